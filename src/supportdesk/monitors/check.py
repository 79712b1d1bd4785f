"""One HTTP check: status, time to first byte and in all, expected text, TLS expiry.

Each check opens a fresh connection (no keep-alive), as a visitor's browser would
after a while, so a slow DNS, TCP or TLS handshake shows in the latency and a dead
server cannot hide behind a pooled connection. The TLS context is built once per CA
bundle (loading a bundle costs ~20 ms of CPU, more than a check), and the whole check
runs under one deadline: httpx's timeouts are per phase, so a server dripping a byte a
second would otherwise never time out (reliability.md HTTP-01).

The certificate's expiry comes from the live connection: httpx exposes the network
stream as the response extension "network_stream", whose `get_extra_info("ssl_object")`
is the `ssl.SSLObject` of the connection (httpx docs, "Extensions").
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import httpx

from supportdesk.config import MonitorConfig, Secret
from supportdesk.monitors.model import CheckResult

if TYPE_CHECKING:
    from pathlib import Path

MAX_BODY = 1 << 20  # bytes read to look for `expect_text`; the rest is not downloaded
USER_AGENT = "supportdesk-monitor/1"


def expected(cfg: MonitorConfig) -> str:
    """`expect_status` as people write it: "2xx/3xx", "200", "200-204"."""
    parts = []
    for low, high in cfg.expect_status:
        if low == high:
            parts.append(str(low))
        elif low % 100 == 0 and high % 100 == 99:
            parts.extend(f"{d}xx" for d in range(low // 100, high // 100 + 1))
        else:
            parts.append(f"{low}-{high}")
    return "/".join(parts)


def status_ok(cfg: MonitorConfig, status: int) -> bool:
    return any(low <= status <= high for low, high in cfg.expect_status)


def cert_expiry(response: httpx.Response) -> datetime | None:
    """notAfter of the server certificate on the response's connection, if TLS."""
    stream = response.extensions.get("network_stream")
    ssl_object = stream.get_extra_info("ssl_object") if stream is not None else None
    if ssl_object is None:
        return None
    cert = ssl_object.getpeercert()
    not_after = cert.get("notAfter") if cert else None
    if not not_after:
        return None
    return datetime.fromtimestamp(ssl.cert_time_to_seconds(not_after), UTC)


def _describe(exc: BaseException) -> str:
    """A one-line reason, naming refused connections and TLS failures plainly."""
    text = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.ConnectError):
        if _refused(exc):
            return "connection refused"
        if "certificate" in text.lower() or "ssl" in text.lower():
            return f"TLS: {text}"
        return f"cannot connect: {text}"
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out ({type(exc).__name__})"
    return f"{type(exc).__name__}: {text}"


def _refused(exc: BaseException) -> bool:
    """Whether a ConnectionRefusedError is anywhere in the chain (anyio groups the
    attempts of every address into one "All connection attempts failed")."""
    seen: set[int] = set()
    stack: list[BaseException | None] = [exc]
    while stack:
        e = stack.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, ConnectionRefusedError) or "refused" in str(e).lower():
            return True
        stack += [e.__cause__, e.__context__, *getattr(e, "exceptions", ())]
    return False


class Checker:
    """Runs checks; one per checking process. Secrets resolve on first use."""

    def __init__(
        self,
        resolve: Callable[[Secret, str], str] | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._resolve = resolve or _resolve_secret
        self._clock = clock or (lambda: datetime.now(UTC))
        self._clients: dict[Path | None, httpx.AsyncClient] = {}
        self._headers: dict[str, dict[str, str]] = {}

    def _client(self, cfg: MonitorConfig) -> httpx.AsyncClient:
        client = self._clients.get(cfg.ca_cert)
        if client is None:
            verify: Any = True
            if cfg.ca_cert is not None:
                verify = ssl.create_default_context(cafile=str(cfg.ca_cert))
            client = httpx.AsyncClient(
                verify=verify,
                limits=httpx.Limits(max_keepalive_connections=0),
                headers={
                    "User-Agent": USER_AGENT
                },  # proxies from the environment apply, as for sources
            )
            self._clients[cfg.ca_cert] = client
        return client

    def _request_headers(self, cfg: MonitorConfig, index: int) -> dict[str, str]:
        headers = self._headers.get(cfg.name)
        if headers is None:
            headers = {}
            where = f"monitors[{index}]"
            for name, value in cfg.headers.items():
                if isinstance(value, Secret):
                    value = self._resolve(value, f"{where}.headers.{name}")
                headers[name] = value
            if cfg.token is not None:
                headers["Authorization"] = "Bearer " + self._resolve(cfg.token, f"{where}.token")
            self._headers[cfg.name] = headers
        return headers

    async def check(self, cfg: MonitorConfig, index: int = 0) -> CheckResult:
        """Check `cfg` once; never raises for a failure of the site (that is the result)."""
        at = self._clock()
        try:
            headers = self._request_headers(cfg, index)
        except Exception as exc:  # a secret that cannot be resolved fails this check only
            return CheckResult(cfg.name, at, False, error=f"credentials: {exc}")
        start = time.perf_counter()
        status: int | None = None
        ttfb: float | None = None
        cert: datetime | None = None
        try:
            async with asyncio.timeout(cfg.timeout):
                async with self._client(cfg).stream(
                    cfg.method,
                    cfg.url,
                    headers=headers,
                    follow_redirects=cfg.follow_redirects,
                    timeout=cfg.timeout,
                ) as response:
                    ttfb = (time.perf_counter() - start) * 1000
                    status = response.status_code
                    cert = cert_expiry(response)
                    body = await _read(response, bool(cfg.expect_text))
        except TimeoutError:
            return CheckResult(
                cfg.name, at, False, status, ttfb, None, f"no answer within {cfg.timeout:g}s", cert
            )
        except (httpx.HTTPError, OSError, ssl.SSLError) as exc:
            return CheckResult(cfg.name, at, False, status, ttfb, None, _describe(exc), cert)
        total = (time.perf_counter() - start) * 1000
        error = ""
        if not status_ok(cfg, status):
            error = f"HTTP {status} (expected {expected(cfg)})"
        elif cfg.expect_text and cfg.expect_text not in body:
            error = "expected text not found in the response"
        return CheckResult(cfg.name, at, not error, status, ttfb, total, error, cert)

    def forget_secrets(self) -> None:
        """Resolve secrets again on the next check (after a credentials change)."""
        self._headers.clear()

    async def aclose(self) -> None:
        for client in self._clients.values():
            await client.aclose()
        self._clients.clear()


async def _read(response: httpx.Response, keep: bool) -> str:
    """Read up to MAX_BODY bytes (the total latency includes them); the text if `keep`."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if keep:
            chunks.append(chunk)
        if size >= MAX_BODY:
            break
    if not keep:
        return ""
    raw = b"".join(chunks)[:MAX_BODY]
    try:
        return raw.decode(response.encoding or "utf-8", "replace")
    except LookupError:  # a charset Python does not know
        return raw.decode("utf-8", "replace")


def _resolve_secret(secret: Secret, what: str) -> str:
    from supportdesk.credentials import resolve

    return resolve(secret, what).value
