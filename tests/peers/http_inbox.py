"""A real HTTP inbox (design.md "HTTP inbox protocol") on 127.0.0.1, with fault modes.

A stdlib `ThreadingHTTPServer` in a thread serves an in-memory list of items with cursor
pagination behind a Bearer token, stores POSTed replies idempotently by `message_id`, and
misbehaves on request: `server.fail("500", times=2)` makes the next two GETs fail. Every
fault is bounded (sleeps wait on a stop event, drips stop after a few dozen bytes), so
stopping the server never hangs a test.

    with InboxServer(items=[...]) as server:
        server.url  # "http://127.0.0.1:PORT/api"

Fault modes (GET unless said): "500", "503" (with Retry-After), "429" (with Retry-After),
"slow" (sleeps `seconds` before answering), "drip" (body 1 byte per `interval`),
"drip_headers" (status line 1 byte per `interval`), "truncated" (cut JSON), "html" (a
login page with 200), "deep" ("[" * 200000), "bom" (a page behind a UTF-8 BOM),
"oversized" (`size` bytes with Content-Length), "oversized_stream" (the same without),
"gzip_bomb" (gzip of `size` zero bytes), "raw" (`body` as given), "gone" (410 for a request with a cursor),
"reset" (closes the connection without an answer), and for POST "lost_answer" (stores
the reply, then closes the connection without answering).
"""

from __future__ import annotations

import contextlib
import gzip
import json
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from tests.peers.certs import Certs

BASE_PATH = "/api"
TOKEN = "tok-Zq8vN3xR7pLw2"


@dataclass
class Fault:
    mode: str
    times: int = 1  # requests it applies to; -1: until cleared
    method: str = "GET"
    retry_after: str = "1"
    seconds: float = 3.0  # "slow"
    interval: float = 0.8  # "drip"
    size: int = 20_000_000  # "oversized", "gzip_bomb"
    body: bytes = b""  # "raw": these exact bytes with 200


@dataclass
class Seen:
    """One request as the server saw it (the Authorization value is not kept)."""

    method: str
    path: str
    query: dict[str, str]
    authorised: bool
    at: float


@dataclass
class Inbox:
    """The server's state, shared by its handler threads under `lock`."""

    items: list[Any]
    token: str | None
    fields: dict[str, str]
    lock: threading.Lock = field(default_factory=threading.Lock)
    faults: list[Fault] = field(default_factory=list)
    seen: list[Seen] = field(default_factory=list)
    replies: dict[str, dict[str, Any]] = field(default_factory=dict)  # message_id → reply
    stop: threading.Event = field(default_factory=threading.Event)

    def name(self, protocol: str) -> str:
        return self.fields.get(protocol, protocol)

    def take_fault(self, method: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.method == method and fault.times != 0:
                    if fault.times > 0:
                        fault.times -= 1
                    return fault
        return None


@cache
def _gzip_zeros(size: int) -> bytes:
    return gzip.compress(bytes(size), compresslevel=9)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    disable_nagle_algorithm = True  # else every request costs ~44 ms (delayed ACK)
    protocol_version = "HTTP/1.0"  # one request per connection: no keep-alive to manage

    def log_message(self, format: str, *args: Any) -> None:
        pass  # tests read `inbox.seen`; stderr stays quiet

    def handle(self) -> None:
        # The client gave up (deadline, cap) mid-answer: expected in fault tests.
        with contextlib.suppress(ConnectionError, TimeoutError, ssl.SSLError):
            super().handle()

    # -- helpers ----------------------------------------------------------------------
    @property
    def inbox(self) -> Inbox:
        return self.server.inbox

    def _send(
        self, status: int, body: bytes, ctype: str = "application/json", **headers: str
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, data: Any, **headers: str) -> None:
        self._send(status, json.dumps(data).encode(), **headers)

    def _authorised(self, method: str, path: str, query: dict[str, str]) -> bool:
        inbox = self.inbox
        ok = inbox.token is None or self.headers.get("Authorization") == f"Bearer {inbox.token}"
        with inbox.lock:
            inbox.seen.append(Seen(method, path, query, ok, time.monotonic()))
        if not ok:
            self._json(401, {"error": "unauthorized"})
        return ok

    def _drop(self) -> None:
        """Close the connection without an answer, as a crashed upstream would."""
        self.close_connection = True
        self.connection.shutdown(socket.SHUT_RDWR)

    def _drip(self, data: bytes, interval: float, limit: int = 40) -> None:
        for byte in data[:limit]:
            if self.inbox.stop.wait(interval):
                return
            self.wfile.write(bytes([byte]))
            self.wfile.flush()

    # -- GET: a page of items -----------------------------------------------------------
    def do_GET(self) -> None:
        url = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(url.query).items()}
        if not self._authorised("GET", url.path, query):
            return
        if url.path.rstrip("/") != BASE_PATH:
            self._json(404, {"error": "no such path"})
            return
        inbox = self.inbox
        cursor = query.get(inbox.name("cursor"))
        fault = inbox.take_fault("GET")
        if fault and not (fault.mode == "gone" and cursor is None):
            self._fault(fault)
            return
        if fault and fault.mode == "gone":
            with inbox.lock:
                fault.times += 1  # a request without a cursor does not use up "gone"
        try:
            offset = int(cursor[1:]) if cursor else 0
            limit = int(query.get(inbox.name("limit"), "50"))
        except ValueError:
            self._json(400, {"error": "bad cursor or limit"})
            return
        self._json(200, self.page(offset, limit))

    def page(self, offset: int, limit: int) -> dict[str, Any]:
        inbox = self.inbox
        with inbox.lock:
            chunk = inbox.items[offset : offset + max(1, min(limit, 100))]
            end = offset + len(chunk)
            more = end < len(inbox.items)
        return {
            inbox.name("items"): chunk,
            inbox.name("next_cursor"): f"c{end}",
            inbox.name("has_more"): more,
        }

    def _fault(self, fault: Fault) -> None:
        mode = fault.mode
        page = json.dumps(self.page(0, 50)).encode()
        if mode in ("500", "503"):
            extra = {"Retry_After": fault.retry_after} if mode == "503" else {}
            self._json(int(mode), {"error": "upstream trouble"}, **extra)
        elif mode == "429":
            self._json(429, {"error": "slow down"}, Retry_After=fault.retry_after)
        elif mode == "slow":
            if not self.inbox.stop.wait(fault.seconds):
                self._send(200, page)
        elif mode == "drip":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.flush()
            self._drip(page, fault.interval)
        elif mode == "drip_headers":
            self._drip(b"HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n", fault.interval)
        elif mode == "truncated":
            self._send(200, page[: len(page) // 2])
        elif mode == "html":
            self._send(200, b"<!doctype html><html><body>Please log in</body></html>", "text/html")
        elif mode == "deep":
            self._send(200, b"[" * 200_000)
        elif mode == "bom":
            self._send(200, b"\xef\xbb\xbf" + page)
        elif mode == "oversized":
            self._send(200, b" " * fault.size)
        elif mode == "oversized_stream":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            chunk = b" " * 65536
            for _ in range(fault.size // len(chunk) + 1):
                self.wfile.write(chunk)
        elif mode == "gzip_bomb":
            self._send(200, _gzip_zeros(fault.size), Content_Encoding="gzip")
        elif mode == "raw":
            self._send(200, fault.body)
        elif mode == "gone":
            self._json(410, {"error": "cursor expired"})
        elif mode == "reset":
            self._drop()
        else:
            raise ValueError(f"unknown fault mode {mode!r}")

    # -- POST: a reply ------------------------------------------------------------------
    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if not self._authorised("POST", url.path, {}):
            return
        parts = url.path.removeprefix(BASE_PATH + "/").split("/")
        length = int(self.headers.get("Content-Length") or 0)
        data = json.loads(self.rfile.read(length) or b"null")
        inbox = self.inbox
        if len(parts) != 2 or parts[1] != "replies" or not isinstance(data, dict):
            self._json(400, {"error": "expected POST /api/{id}/replies with a JSON object"})
            return
        mid = data.get(inbox.name("message_id"))
        fault = inbox.take_fault("POST")
        if fault and fault.mode != "lost_answer":
            self._fault(fault)  # failed before storing anything
            return
        with inbox.lock:
            if mid in inbox.replies:
                self._json(409, {inbox.name("message_id"): mid, "error": "already delivered"})
                return
            inbox.replies[mid] = {"item": unquote(parts[0]), **data}
        if fault:
            self._drop()  # stored, but the answer is lost
        else:
            self._json(201, {inbox.name("message_id"): mid})


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    inbox: Inbox

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that went away mid-answer is what fault tests do


class InboxServer:
    """The protocol over `items`, on a free 127.0.0.1 port, HTTPS when given `tls`."""

    def __init__(
        self,
        items: list[Any] | None = None,
        *,
        token: str | None = TOKEN,
        fields: dict[str, str] | None = None,
        tls: Certs | None = None,
    ) -> None:
        self.inbox = Inbox(list(items or []), token, dict(fields or {}))
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.inbox = self.inbox
        self.scheme = "http"
        if tls is not None:
            self._server.socket = tls.server_context().wrap_socket(
                self._server.socket, server_side=True
            )
            self.scheme = "https"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"{self.scheme}://{host}:{port}{BASE_PATH}"

    def start(self) -> InboxServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.inbox.stop.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> InboxServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- what tests change and look at --------------------------------------------------
    def fail(self, mode: str, times: int = 1, **options: Any) -> Fault:
        fault = Fault(mode, times, **options)
        with self.inbox.lock:
            self.inbox.faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        with self.inbox.lock:
            self.inbox.faults.clear()

    def add(self, *items: Any) -> None:
        with self.inbox.lock:
            self.inbox.items.extend(items)

    @property
    def seen(self) -> list[Seen]:
        with self.inbox.lock:
            return list(self.inbox.seen)

    @property
    def replies(self) -> dict[str, dict[str, Any]]:
        with self.inbox.lock:
            return dict(self.inbox.replies)


def item(
    n: int,
    *,
    email: str = "",
    subject: str = "",
    body: str = "",
    thread: int | None = None,
    created_at: str | None = None,
) -> dict[str, Any]:
    """A well-formed item numbered `n`, each from its own customer unless told otherwise."""
    data: dict[str, Any] = {
        "id": n,
        "created_at": created_at or f"2026-11-24T{8 + n // 60:02d}:{n % 60:02d}:00+02:00",
        "from": {"name": f"Customer {n}", "email": email or f"c{n}@example.com"},
        "subject": subject or f"Order {1000 + n} has not arrived",
        "body": body or f"Hello, my order number {1000 + n} has still not arrived. Please help.",
    }
    if thread is not None:
        data["thread"] = thread
    return data
