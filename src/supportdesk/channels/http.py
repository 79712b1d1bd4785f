"""The HTTP inbox (design.md "HTTP inbox protocol"): polling a website's tickets, posting replies.

Every request runs in its own short event loop under `anyio.fail_after`, because httpx's
timeouts are per phase: a server dripping one byte every 0.8 s never trips a 2 s read
timeout, during the headers as much as the body (HTTP-01). The body is streamed raw and
decompressed here with a bounded output, so neither a `Content-Length: 10GB` nor a gzip
bomb gets past `max_response_bytes` (HTTP-06). 5xx, 429 and broken connections are
retried a few times with jittered exponential backoff, `Retry-After` honoured within a
cap (HTTP-02); a timeout is not retried, because it already spent the whole budget and
the next poll is the retry. The cursor moves only in `on_committed`, after the sync
service stored the page (HTTP-04). TLS is always verified, against `ca_cert` when set
(HTTP-03). The token travels in the Authorization header only; httpx logs full URLs at
INFO, so its loggers are held at WARNING while this module talks, and no message built
here contains the token or the configured URL's query or credentials (HTTP-07).
"""

from __future__ import annotations

import contextlib
import email.utils
import functools
import logging
import random
import ssl
import sys
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from types import ModuleType
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import anyio

from supportdesk.channels.base import Batch, Check, Source, SourceState
from supportdesk.channels.http_items import (
    RAW_CAP,
    Fields,
    ItemContext,
    MalformedPage,
    convert_item,
    item_id_of,
    load_json,
    parse_page,
)
from supportdesk.config import HttpSource
from supportdesk.credentials import Resolved, resolve
from supportdesk.errors import DeskError
from supportdesk.models import Quarantined, utcnow
from supportdesk.text import clean, truncate


def _import_httpx() -> ModuleType:
    """httpx without its command-line tool: `httpx/__init__` imports `httpx._main`, which
    loads Rich and Click whenever they are installed (they are, for the TUI), and the core
    must not import Rich (design.md: layers). A None entry in `sys.modules` makes that one
    import fail, and httpx then falls back to a stub `main`."""
    if "httpx" not in sys.modules:
        sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
    import httpx

    return httpx


if TYPE_CHECKING:
    import httpx
else:
    httpx = _import_httpx()

__all__ = [
    "HttpAuthError",
    "HttpError",
    "HttpSourceChannel",
    "RetryPolicy",
    "item_id_of",
    "post_reply",
]

log = logging.getLogger(__name__)

PAGE_SIZE = 100  # items asked for per GET
MAX_PAGES = 1000  # per fetch, so one sync stays bounded; the rest comes next run
DEADLINE_FACTOR = 4  # whole-request deadline = timeout_seconds × this
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_LOUD_LOGGERS = ("httpx", "httpcore", "hpack")


class HttpError(DeskError):
    """The inbox could not be read or written; one line naming the source."""


class HttpAuthError(HttpError):
    """The server refused the token: retrying would only hammer it (HTTP-08)."""


class _Fatal(Exception):
    """A failure of one exchange that retrying cannot fix (too large, TLS, timeout)."""


class _Flaky(Exception):
    """A failure of one exchange that may pass on a retry (connection reset or refused)."""


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How hard to try: attempts per request and how long to wait between them, in total."""

    attempts: int = 4
    base_seconds: float = 0.5
    max_delay_seconds: float = 8.0
    max_total_wait_seconds: float = 30.0
    retry_after_cap_seconds: float = 30.0

    def backoff(self, attempt: int) -> float:
        """Exponential with "equal jitter", so several desks never retry in step."""
        ceiling = min(self.max_delay_seconds, self.base_seconds * 2 ** (attempt - 1))
        return ceiling / 2 + random.uniform(0, ceiling / 2)  # noqa: S311 - not cryptographic


@dataclass(frozen=True, slots=True)
class Answer:
    status: int
    headers: httpx.Headers
    body: bytes


def public_url(url: str | httpx.URL) -> str:
    """The URL as it may appear in messages: no credentials, query or fragment."""
    u = httpx.URL(url)
    host = f"[{u.host}]" if ":" in u.host else u.host  # IPv6
    port = f":{u.port}" if u.port else ""
    return f"{u.scheme}://{host}{port}{u.path}"


class _QuietLogs:
    """Holds the httpx/httpcore loggers at WARNING while any request of ours runs.

    Counted, so overlapping requests in several threads restore the levels only when
    the last one ends.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._saved: dict[str, int] = {}

    @contextlib.contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self._depth == 0:
                for name in _LOUD_LOGGERS:
                    logger = logging.getLogger(name)
                    self._saved[name] = logger.level
                    if logger.getEffectiveLevel() < logging.WARNING:
                        logger.setLevel(logging.WARNING)
            self._depth += 1
        try:
            yield
        finally:
            with self._lock:
                self._depth -= 1
                if self._depth == 0:
                    for name, level in self._saved.items():
                        logging.getLogger(name).setLevel(level)
                    self._saved.clear()


_quiet_logs = _QuietLogs()


class _Decoder:
    """Content-Encoding decoding that never produces more than asked for (gzip bombs)."""

    def __init__(self, encoding: str) -> None:
        encoding = encoding.strip().lower()
        if encoding in ("", "identity"):
            self._z = None
        elif encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = zlib.decompressobj()
        else:
            raise _Fatal(f"unsupported Content-Encoding {encoding[:20]!r}")

    def feed(self, data: bytes, room: int) -> bytes:
        """Decoded bytes of `data`, at most `room + 1` of them: one past the cap is enough
        to know the answer is too large."""
        if self._z is None:
            return data
        try:
            return self._z.decompress(data, max(room, 0) + 1)
        except zlib.error:
            raise _Fatal("corrupt compressed data") from None


@functools.cache
def _system_ssl_context() -> ssl.SSLContext:
    """The system's CAs, verified hostnames: shared by every source without `ca_cert`."""
    return ssl.create_default_context()


def _tls_problem(exc: BaseException) -> str | None:
    """The certificate or handshake problem behind a connection error, if any."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, ssl.SSLCertVerificationError):
            why = cause.verify_message or cause.reason
            return f"TLS certificate not trusted ({why}); set ca_cert to the CA that signed it"
        if isinstance(cause, ssl.SSLError):
            return f"TLS handshake failed ({cause.reason or type(cause).__name__})"
        cause = cause.__cause__ or cause.__context__
    return None


class _Client:
    """One configured endpoint: TLS context, token, headers, and the retrying exchange."""

    def __init__(self, cfg: HttpSource) -> None:
        self.cfg = cfg
        self.name = cfg.name
        self.where = public_url(cfg.url)
        self.fields = Fields(cfg.fields)
        self.deadline = cfg.timeout_seconds * DEADLINE_FACTOR
        self.retries = 0  # retried exchanges since this client was made
        self._ssl: ssl.SSLContext | None = None
        self._token: Resolved | None = None

    # -- setup ------------------------------------------------------------------------
    def ssl_context(self) -> ssl.SSLContext:
        """Verification always on; `ca_cert` replaces the system's CAs when given.

        Loading the system's CAs costs ~70 ms, so it is done once per process, and not at
        all for a plain-http loopback URL, whose context (verifying, with no CA to trust)
        could only ever refuse: redirects are not followed.
        """
        if self._ssl is None:
            cafile = self.cfg.ca_cert
            try:
                if cafile is not None:
                    self._ssl = ssl.create_default_context(cafile=str(cafile))
                elif httpx.URL(self.cfg.url).scheme == "http":
                    self._ssl = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
                else:
                    self._ssl = _system_ssl_context()
            except ssl.SSLError as exc:  # before OSError, its base: `reason` is the short form
                reason = f"not a PEM CA certificate: {exc.reason or type(exc).__name__}"
                raise HttpError(f"{self.name}: ca_cert {cafile}: cannot load ({reason})") from None
            except OSError as exc:
                reason = exc.strerror or type(exc).__name__
                raise HttpError(f"{self.name}: ca_cert {cafile}: cannot load ({reason})") from None
        return self._ssl

    def token(self, *, fresh: bool = False) -> Resolved | None:
        """The token, looked up once and again only after a 401 (it may have rotated)."""
        if self.cfg.token is None:
            return None
        if self._token is None or fresh:
            found = resolve(self.cfg.token, f"{self.name}: token")
            if not found.value.isascii() or not found.value.isprintable():
                raise HttpError(
                    f"{self.name}: token: contains characters an HTTP header cannot carry"
                )
            self._token = found
        return self._token

    def headers(self) -> dict[str, str]:
        headers = {"Accept": "application/json", "Accept-Encoding": "gzip"}
        token = self.token()
        if token is not None:
            headers["Authorization"] = f"Bearer {token.value}"
        return headers

    def scrub(self, text: str) -> str:
        """`text` without the token or the configured URL, on one short line."""
        if self._token is not None and self._token.value:
            text = text.replace(self._token.value, "<token>")
        text = text.replace(self.cfg.url, self.where)
        return truncate(clean(text, single_line=True), 200)

    def url(self, *path: str, **params: str | int) -> httpx.URL:
        """The endpoint URL with `path` segments appended and `params` merged into its query."""
        url = httpx.URL(self.cfg.url)
        if path:
            tail = "/".join(quote(p, safe="") for p in path)
            url = url.copy_with(path=url.path.rstrip("/") + "/" + tail)
        return url.copy_merge_params(params) if params else url

    # -- one exchange -----------------------------------------------------------------
    async def _exchange(
        self, method: str, url: httpx.URL, headers: dict[str, str], body: Any
    ) -> Answer:
        cap = self.cfg.max_response_bytes
        with anyio.fail_after(self.deadline):
            async with (
                httpx.AsyncClient(
                    verify=self.ssl_context(),
                    timeout=httpx.Timeout(self.cfg.timeout_seconds),
                    follow_redirects=False,
                ) as client,
                client.stream(method, url, headers=headers, json=body) as response,
            ):
                length = response.headers.get("content-length", "")
                if length.isdigit() and int(length) > cap:
                    raise _Fatal(
                        f"announced {int(length):,} bytes, over the cap of {cap:,} bytes; aborted"
                    )
                decoder = _Decoder(response.headers.get("content-encoding", ""))
                data = bytearray()
                async for chunk in response.aiter_raw():
                    data += decoder.feed(chunk, cap - len(data))
                    if len(data) > cap:
                        raise _Fatal(f"sent more than the cap of {cap:,} bytes; aborted")
                return Answer(response.status_code, response.headers, bytes(data))

    def _once(self, method: str, url: httpx.URL, body: Any) -> Answer:
        """One exchange, its failures sorted into `_Fatal` and `_Flaky`.

        The token and TLS context are ready before the clock starts: a `command` secret
        runs a blocking subprocess that a deadline could not interrupt anyway.
        """
        headers = self.headers()
        self.ssl_context()
        try:
            with _quiet_logs():
                return anyio.run(self._exchange, method, url, headers, body)
        except TimeoutError:
            raise _Fatal(f"no complete answer within {self.deadline:g}s") from None
        except httpx.TimeoutException as exc:
            phase = {
                httpx.ConnectTimeout: "no connection within",
                httpx.PoolTimeout: "no free connection within",
                httpx.WriteTimeout: "the request was not taken within",
            }.get(type(exc), "silent for")
            raise _Fatal(f"{phase} {self.cfg.timeout_seconds:g}s") from None
        except httpx.TransportError as exc:
            tls = _tls_problem(exc)
            if tls:
                raise _Fatal(tls) from None
            detail = self.scrub(str(exc)) or type(exc).__name__
            raise _Flaky(f"connection failed: {detail}") from None
        except (_Fatal, _Flaky, DeskError):
            raise
        except Exception as exc:  # an httpx or anyio surprise: never let its text out raw
            raise _Fatal(f"failed: {type(exc).__name__}: {self.scrub(str(exc))}") from None

    def _retry_after(self, answer: Answer, policy: RetryPolicy) -> float | None:
        """Seconds the server asked us to wait (number or HTTP date), capped; None if unsaid."""
        value = answer.headers.get("retry-after", "").strip()
        if not value:
            return None
        try:
            seconds = float(value)
        except ValueError:
            try:
                when = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError):
                return None
            if when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
            seconds = (when - datetime.now(UTC)).total_seconds()
        return min(max(seconds, 0.0), policy.retry_after_cap_seconds)

    # -- the retrying request ---------------------------------------------------------
    def request(
        self, method: str, url: httpx.URL, *, body: Any = None, policy: RetryPolicy
    ) -> Answer:
        """An answer whose status is not retryable, or `HttpError` after the retries.

        A 401 looks the token up again once: a `command` secret may hand out a fresh
        one. A second refusal is returned for the caller to report, never retried.
        """
        waited = 0.0
        refreshed = False
        attempt = 0
        while True:
            attempt += 1
            delay: float | None = None
            try:
                answer = self._once(method, url, body)
            except _Fatal as exc:
                raise HttpError(f"{self.name}: {self.where}: {exc}") from None
            except _Flaky as exc:
                problem = str(exc)
            else:
                if answer.status == 401 and not refreshed and self._token_may_rotate():
                    refreshed = True
                    old = self._token
                    if self.token(fresh=True) != old:
                        attempt -= 1  # a new token is a new request, not a retry
                        continue
                if answer.status not in RETRY_STATUSES:
                    return answer
                problem = f"answered HTTP {answer.status}"
                delay = self._retry_after(answer, policy)
            delay = policy.backoff(attempt) if delay is None else delay * random.uniform(1, 1.1)  # noqa: S311
            if attempt >= policy.attempts or waited + delay > policy.max_total_wait_seconds:
                tries = f"{attempt} attempt{'s' if attempt > 1 else ''}"
                raise HttpError(f"{self.name}: {self.where}: {problem} (gave up after {tries})")
            log.info(
                "%s: %s %s, retrying in %.1fs (attempt %d of %d)",
                self.name,
                self.where,
                problem,
                delay,
                attempt,
                policy.attempts,
            )
            time.sleep(delay)
            waited += delay
            self.retries += 1

    def _token_may_rotate(self) -> bool:
        return self.cfg.token is not None and self.cfg.token.kind in ("command", "keyring")

    def refusal(self, answer: Answer) -> HttpError | None:
        """The error a non-2xx answer means, or None for success."""
        status = answer.status
        if 200 <= status < 300:
            return None
        if status in (401, 403):
            if self.cfg.token is None:
                return HttpAuthError(
                    f"{self.name}: the server requires a token ({status}); set token in its config"
                )
            return HttpAuthError(f"{self.name}: the server refused the token ({status})")
        if 300 <= status < 400:
            target = answer.headers.get("location", "")
            to = f" to {public_url(self.url().join(target))}" if target else ""
            return HttpError(
                f"{self.name}: {self.where}: redirects ({status}){to}; set url to the final address"
            )
        if status == 404:
            return HttpError(f"{self.name}: {self.where}: no such address (404); check url")
        return HttpError(f"{self.name}: {self.where}: answered HTTP {status}")


class HttpSourceChannel(Source):
    """Polls `GET {url}?cursor=C&limit=N` page by page until `has_more` is false."""

    kind = "http"

    def __init__(self, cfg: HttpSource) -> None:
        self.cfg = cfg
        self.name = cfg.name
        self.client = _Client(cfg)
        self.retry = RetryPolicy()
        self.page_size = PAGE_SIZE
        self.max_pages = MAX_PAGES

    @property
    def retries(self) -> int:
        """Retried requests so far: shown by tests and useful when diagnosing a flaky server."""
        return self.client.retries

    def _page_url(self, cursor: str | None, limit: int) -> httpx.URL:
        fields = self.client.fields
        params: dict[str, str | int] = {fields("limit"): limit}
        if cursor is not None:
            params = {fields("cursor"): cursor, **params}
        return self.client.url(**params)

    def _get_page(self, cursor: str | None, limit: int, policy: RetryPolicy) -> Answer:
        return self.client.request("GET", self._page_url(cursor, limit), policy=policy)

    def fetch(self, state: SourceState) -> Iterator[Batch]:
        cursor: str | None = state.load().get("cursor")
        restarted = False
        client = self.client
        for _ in range(self.max_pages):
            answer = self._get_page(cursor, self.page_size, self.retry)
            if answer.status == 410 and cursor is not None and not restarted:
                # The cursor expired: walk again from the start; dedupe drops what we have.
                log.warning("%s: cursor expired (410); reading from the start", self.name)
                cursor, restarted = None, True
                continue
            refused = client.refusal(answer)
            if refused is not None:
                raise refused
            at = (
                "the start"
                if cursor is None
                else f"cursor {truncate(clean(cursor, single_line=True), 40)}"
            )
            try:
                page = parse_page(answer.body, client.fields)
            except MalformedPage as exc:
                why = f"the page at {at} is not valid: {exc}"
                yield Batch(
                    items=[
                        Quarantined(answer.body[:RAW_CAP], why, self.name, f"{client.where} {at}")
                    ]
                )
                raise HttpError(
                    f"{self.name}: {why}; kept in quarantine, cursor unchanged"
                ) from None
            ctx = ItemContext(self.name, client.where, client.fields, utcnow())
            items = [convert_item(item, i, ctx) for i, item in enumerate(page.items)]
            advance = page.next_cursor if page.next_cursor is not None else cursor
            yield Batch(items=items, on_committed=functools.partial(_save_cursor, state, advance))
            if not page.has_more:
                return
            if page.next_cursor == cursor:
                raise HttpError(
                    f"{self.name}: the server sent {at} again with has_more true; stopped"
                )
            cursor = page.next_cursor
        log.info("%s: %d pages read; the rest comes next run", self.name, self.max_pages)

    def check(self) -> list[Check]:
        """Token and one small GET; each problem on its own line, never an exception."""
        what = f"source {self.name}"
        client = self.client
        checks: list[Check] = []
        try:
            token = client.token()
            found = f"from {token.backend}" if token else "none configured (no Authorization sent)"
            checks.append(Check(what, True, f"token: {found}"))
        except DeskError as exc:
            return [Check(what, False, str(exc))]
        except Exception as exc:
            return [Check(what, False, f"{self.name}: token: {type(exc).__name__}")]
        try:
            answer = self._get_page(None, 1, replace(self.retry, attempts=1))
            refused = client.refusal(answer)
            if refused is not None:
                raise refused
            parse_page(answer.body, client.fields)
            checks.append(
                Check(what, True, f"{client.where}: reachable, authorised, answers pages")
            )
        except MalformedPage as exc:
            checks.append(Check(what, False, f"{client.where}: answers, but not a page: {exc}"))
        except DeskError as exc:
            checks.append(Check(what, False, str(exc)))
        except Exception as exc:
            checks.append(Check(what, False, f"{self.name}: {type(exc).__name__}"))
        return checks


def _save_cursor(state: SourceState, cursor: str | None) -> None:
    """Runs after the page is stored: only now may the next run start past it (HTTP-04)."""
    saved = state.load()
    if cursor is None:
        saved.pop("cursor", None)
    else:
        saved["cursor"] = cursor
    state.save(saved)


def post_reply(
    cfg: HttpSource,
    item_id: str,
    body: str,
    agent: str,
    message_id: str,
    *,
    policy: RetryPolicy | None = None,
) -> None:
    """Deliver a reply with `POST {url}/{item_id}/replies`; raises `HttpError` if it was not.

    `message_id` makes the POST idempotent, which is what makes retrying it safe: a 201
    is a delivery, and a 200 or 409 that names the same `message_id` means an earlier
    attempt already got through (its answer was lost), so it counts as delivered too.
    """
    client = _Client(cfg)
    fields = client.fields
    payload = {fields("body"): body, fields("agent"): agent, fields("message_id"): message_id}
    answer = client.request(
        "POST", client.url(item_id, "replies"), body=payload, policy=policy or RetryPolicy()
    )
    if answer.status == 201:
        return
    if answer.status in (200, 409):
        try:
            echoed = load_json(answer.body)
        except MalformedPage:
            echoed = None
        if isinstance(echoed, dict) and echoed.get(fields("message_id")) == message_id:
            return
        if answer.status == 200 and not answer.body.strip():
            return  # a success without a body: delivered
        raise HttpError(
            f"{cfg.name}: reply to item {truncate(clean(item_id, single_line=True), 40)} "
            f"answered {answer.status} for a different reply"
        )
    refused = client.refusal(answer)
    raise refused or HttpError(f"{cfg.name}: {client.where}: answered HTTP {answer.status}")
