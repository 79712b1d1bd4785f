"""A watched website on 127.0.0.1 that can be switched between healthy and broken.

A stdlib `ThreadingHTTPServer` in a thread; `site.mode = "..."` changes how every
following request is answered:

- "healthy": 200 with a page containing `TEXT`;
- "slow": the same after `slow_seconds`;
- "500": a server error page;
- "hang": accepts, reads the request, then says nothing until stopped (or `hang_seconds`);
- "wrong": 200 but a page without `TEXT` (a login page, a parked domain);
- "refuse": the listening socket is closed, so connections are refused; switching to
  any other mode listens again on the same port.

Waits are bounded by a stop event, so stopping the server never hangs a test. With
`certs`, it speaks HTTPS with that certificate.

    with Site() as site:
        site.url          # "http://127.0.0.1:PORT/health"
        site.mode = "500"
"""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

from tests.peers.certs import Certs

HOST = "127.0.0.1"
TEXT = "all systems operational"
MODES = ("healthy", "slow", "500", "hang", "wrong", "refuse")


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # no 40 ms delayed-ACK stalls on small answers

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        site = self.server.site
        with site.lock:
            site.requests += 1
            site.in_flight += 1
            site.max_in_flight = max(site.max_in_flight, site.in_flight)
            site.headers_seen.append(dict(self.headers.items()))
        self._counted = True
        try:
            self._serve(site)
        finally:
            self._done(site)

    def _done(self, site: Site) -> None:
        """Stop counting this request as in flight. Called before the answer is written:
        once the checker has read it, it may start its next request at once, and on a
        loaded machine that request's handler could run before this one's `finally`,
        so a count kept until then saw one more than the checker's bound (CI, 2026-12-01:
        test_due_checks_run_concurrently_and_bounded, 4 == 3)."""
        if self._counted:
            self._counted = False
            with site.lock:
                site.in_flight -= 1

    def _serve(self, site: Site) -> None:
        mode = site.mode
        if mode == "hang":
            site.stop.wait(site.hang_seconds)
            self.close_connection = True
            return
        if mode == "slow":
            site.stop.wait(site.slow_seconds)
        if mode == "500":
            self._answer(500, b"<h1>Internal Server Error</h1>")
        elif mode == "wrong":
            self._answer(200, b"<h1>Please log in</h1>")
        else:
            self._answer(200, f"<h1>Acme</h1><p>{TEXT}</p>".encode())

    def _answer(self, code: int, body: bytes) -> None:
        self._done(self.server.site)
        self.send_response(code)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    site: Site


class Site:
    def __init__(self, certs: Certs | None = None, path: str = "/health") -> None:
        self.certs = certs
        self.path = path
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.requests = 0
        self.in_flight = 0  # requests being answered now
        self.max_in_flight = 0  # the most at once (concurrency of the checker)
        self.headers_seen: list[dict[str, str]] = []
        self.slow_seconds = 0.3
        self.hang_seconds = 30.0
        self.port = 0
        self._mode = "healthy"
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        scheme = "https" if self.certs else "http"
        return f"{scheme}://{HOST}:{self.port}{self.path}"

    @property
    def mode(self) -> str:
        return self._mode

    @mode.setter
    def mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"mode {mode!r}: expected one of {MODES}")
        if mode == "refuse" and self._server is not None:
            self._close()
        elif mode != "refuse" and self._server is None:
            self._listen()
        self._mode = mode

    def _listen(self) -> None:
        server = _Server((HOST, self.port), _Handler)
        server.site = self
        if self.certs is not None:
            ctx = self.certs.server_context()
            server.socket = ctx.wrap_socket(server.socket, server_side=True)
        self.port = server.server_address[1]
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()

    def _close(self) -> None:
        assert self._server is not None and self._thread is not None
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
        self._server = None

    def __enter__(self) -> Site:
        self._listen()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop.set()
        if self._server is not None:
            self._close()


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


__all__ = ["HOST", "MODES", "TEXT", "Site", "closed_port"]
