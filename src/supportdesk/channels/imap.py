"""An IMAP mailbox as a source, on imapclient (reliability.md ING-01…07, OUT-05, CRED).

- UIDs decide what is new, never `\\Seen` (another mail client may have read the mail
  first, ING-01): per folder the state keeps UIDVALIDITY and the last committed UID, and
  mail is fetched with `BODY.PEEK[]`, which never marks it read.
- Nothing is acknowledged before it is stored (ING-02): `after_import` (`\\Seen`, or a
  move) runs in the batch's `on_committed`, and only then does the last UID advance, so a
  crash or a cut connection mid-batch means the next run fetches that batch again and
  intake counts what it already has as duplicates (ING-05). Moves use UID MOVE, else
  COPY + `\\Deleted` + UID EXPUNGE of exactly those UIDs; never a bare EXPUNGE.
- A changed UIDVALIDITY re-scans the folder from UID 1 and relies on intake's
  deduplication, never importing twice (ING-04); it is reported in `notes`.
- Every network step has a deadline (ING-06): a read timeout catches a silent server,
  and a watchdog cuts a server that drips a byte at a time, which no read timeout does.
- TLS is verified (OUT-05); plaintext only to loopback. Secrets never reach a message or
  a log record: errors are one line naming source, server and step (CRED).
"""

from __future__ import annotations

import base64
import contextlib
import imaplib
import logging
import re
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from functools import partial
from typing import Any

from imapclient import SEEN, IMAPClient, exceptions, tls

from supportdesk import credentials
from supportdesk.channels.base import Batch, Check, Source, SourceState
from supportdesk.config import ImapSource
from supportdesk.configcheck import is_loopback
from supportdesk.errors import DeskError
from supportdesk.mail.oversized import HEAD_BYTES, Oversized
from supportdesk.store.files import crash_point

FETCH_ITEMS = ["BODY.PEEK[]", "INTERNALDATE", "RFC822.SIZE"]
SIZE_CHUNK = 1000  # UIDs per RFC822.SIZE look-up: the command line stays far below 64 KB
MAX_BATCH_BYTES = 64 << 20  # a batch of large mail is cut short so memory stays bounded
MIN_RATE = 64 << 10  # bytes/s: a FETCH's deadline grows with its size at this rate
MAX_LINE = 100 << 20  # imaplib stops at 1 MB, less than a SEARCH answer of 150k UIDs
STREAM_CHUNK = 4 << 20  # bytes per partial FETCH of mail over max_message_bytes (ING-07)

log = logging.getLogger(__name__)


class ImapError(DeskError):
    """A mailbox could not be reached or read; one line, never a secret."""


class _Flapping(Exception):
    """A folder's UIDVALIDITY keeps changing: it is skipped, the other folders go on."""


class _Short(Exception):
    """An oversized message came shorter than its RFC822.SIZE."""


class _Secrets(logging.Filter):
    """Drops imapclient/imaplib log records that contain a secret in use. imapclient
    already redacts LOGIN and AUTHENTICATE lines; this also covers what it does not know."""

    active: set[str] = set()  # noqa: RUF012 - shared by design: one filter, every channel

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            text = record.getMessage()
        except Exception:  # a record that cannot format is not ours to judge
            return True
        return not any(s in text for s in self.active)


_FILTER = _Secrets()
for _name in ("imapclient", "imapclient.imapclient", "imapclient.imaplib"):
    logging.getLogger(_name).addFilter(_FILTER)  # logger filters do not inherit


class _Watchdog:
    """Cuts the connection when a step overruns its deadline: a read timeout alone never
    fires on a server that sends one byte a second. It holds a duplicate of the socket's
    descriptor, so `shutdown` still reaches it after TLS wrapping took over the original."""

    def __init__(self) -> None:
        self.sock: socket.socket | None = None
        self.fired = False

    def watch(self, sock: socket.socket) -> None:
        self.release()
        self.sock = sock.dup()

    def release(self) -> None:
        sock, self.sock = self.sock, None
        if sock is not None:
            sock.close()

    @contextlib.contextmanager
    def limit(self, seconds: float) -> Iterator[None]:
        self.fired = False
        timer = threading.Timer(seconds, self._fire)
        timer.daemon = True
        timer.start()
        try:
            yield
        finally:
            timer.cancel()

    def _fire(self) -> None:
        self.fired = True
        with contextlib.suppress(OSError, AttributeError):
            self.sock.shutdown(socket.SHUT_RDWR)  # type: ignore[union-attr]


class _Watched(imaplib.IMAP4):
    """imaplib's connection, its TCP socket handed to the watchdog as soon as it exists
    (so a dripping greeting or TLS handshake is bounded too), with a larger line cap."""

    def __init__(self, host: str, port: int, watchdog: _Watchdog, timeout: float, ctx: Any) -> None:
        self.watchdog, self.ctx = watchdog, ctx
        super().__init__(host, port, timeout)

    def _create_socket(self, timeout: float | None = None) -> socket.socket:
        sock = socket.create_connection((self.host, self.port), timeout)
        self.watchdog.watch(sock)
        return tls.wrap_socket(sock, self.ctx, self.host) if self.ctx else sock

    def readline(self) -> bytes:
        line = self.file.readline(MAX_LINE + 1)
        if len(line) > MAX_LINE:
            raise self.error(f"got more than {MAX_LINE} bytes in one line")
        return line


class _Client(IMAPClient):
    """IMAPClient over `_Watched` (replaces its private `_create_IMAP4`; imapclient 4.x)."""

    def __init__(self, cfg: ImapSource, ctx: ssl.SSLContext | None, watchdog: _Watchdog) -> None:
        self._watchdog = watchdog
        tls_now = cfg.security == "tls"
        super().__init__(
            cfg.host, cfg.port, ssl=tls_now, ssl_context=ctx, timeout=cfg.timeout_seconds
        )
        # imapclient sets imaplib's debug level to 5 to send its protocol trace to the
        # "imapclient.imaplib" logger; imaplib then formats the repr of every literal (each
        # message fetched) and of each command's whole response whether or not anything is
        # recorded: ~150 us of a first sync's ~240 us a message in the fetch. The trace is
        # kept for a process that records that logger at DEBUG.
        if not logging.getLogger("imapclient.imaplib").isEnabledFor(logging.DEBUG):
            self._imap.debug = 0

    def _create_IMAP4(self) -> imaplib.IMAP4:
        ctx = self.ssl_context if self.ssl else None
        return _Watched(self.host, self.port, self._watchdog, self._timeout.connect, ctx)


def _batches(uids: list[int], sizes: dict[int, int], limit: int) -> Iterator[tuple[list[int], int]]:
    """UIDs in batches of at most `limit` messages and MAX_BATCH_BYTES (one big mail may
    exceed it alone), with each batch's total size."""
    batch: list[int] = []
    total = 0
    for uid in uids:
        if batch and (len(batch) >= limit or total + sizes.get(uid, 0) > MAX_BATCH_BYTES):
            yield batch, total
            batch, total = [], 0
        batch.append(uid)
        total += sizes.get(uid, 0)
    if batch:
        yield batch, total


def _why(exc: Exception, username: str) -> str:
    """What failed, in words a person can act on (never the exception's repr)."""
    text = str(exc)
    if m := re.fullmatch(r"""b(['"])(.*)\1""", text):
        text = m.group(2)  # imaplib hands server text over as a bytes repr
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"certificate verify failed ({exc.verify_message}); ca_cert names a CA to trust"
    if isinstance(exc, ssl.SSLError):
        return f"TLS failed ({exc.reason or text})"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, socket.gaierror):
        return "host not found"
    if isinstance(exc, exceptions.LoginError):
        return f"login failed for user {username!r} ({text})"
    if isinstance(exc, imaplib.IMAP4.abort):
        return f"connection lost ({text})"
    if isinstance(exc, OSError):
        return exc.strerror or text or type(exc).__name__
    return text or type(exc).__name__


class ImapSourceChannel(Source):
    kind = "imap"
    poll_seconds = 60

    def __init__(self, cfg: ImapSource) -> None:
        self.cfg = cfg
        self.name = cfg.name
        self.notes: list[str] = []  # things a person should know about the last run
        self._client: _Client | None = None
        self._selected: tuple[str, bool, dict[bytes, Any]] | None = None
        self._watchdog = _Watchdog()
        self._secret = ""
        self._known_folders: set[str] = set()
        moves = cfg.after_import.startswith("move:")
        self._target = cfg.after_import.removeprefix("move:") if moves else None
        self.folders = [f for f in dict.fromkeys([cfg.folder, *cfg.folders]) if f != self._target]

    # -- connection ---------------------------------------------------------------------
    @contextlib.contextmanager
    def _step(self, what: str, seconds: float | None = None) -> Iterator[None]:
        """Run one network step under a deadline. Any failure drops the connection (the
        next run starts clean) and becomes one ImapError line naming source, server and step."""
        seconds = seconds or self.cfg.timeout_seconds
        try:
            with self._watchdog.limit(seconds):
                yield
        except Exception as exc:
            fired = self._watchdog.fired
            self._drop()
            if isinstance(exc, DeskError):
                raise
            why = _why(exc, self.cfg.username)
            if fired or isinstance(exc, TimeoutError):
                why = f"timed out (no complete answer within {seconds:g} s)"
            line = f"source {self.name}: {self.cfg.host}:{self.cfg.port}: {what}: {why}"
            for secret in {*_FILTER.active, self._secret} - {""}:
                line = line.replace(secret, "***")
            raise ImapError(" ".join(line.split())[:400]) from None

    def _drop(self) -> None:
        client, self._client, self._selected = self._client, None, None
        if client is not None:
            with contextlib.suppress(Exception):
                client.shutdown()
        self._watchdog.release()

    def _resolve(self) -> credentials.Resolved:
        """The password or OAuth2 token, fetched anew for each login (tokens expire)."""
        what = f"sources.{self.name}.password"
        if self.cfg.password is None:
            raise ImapError(f"source {self.name}: {what} is not set")
        found = credentials.resolve(self.cfg.password, what)
        self._secret = found.value
        _FILTER.active.add(found.value)
        if self.cfg.auth == "xoauth2":  # the SASL string imaplib sends, base64-encoded
            sasl = f"user={self.cfg.username}\1auth=Bearer {found.value}\1\1"
            _FILTER.active.add(base64.b64encode(sasl.encode()).decode())
        return found

    def _open(self) -> _Client:
        """Connect, with TLS verified (OUT-05): implicit, STARTTLS, or loopback plaintext."""
        cfg = self.cfg
        if cfg.security == "none" and not is_loopback(cfg.host):
            raise ImapError(
                f'source {self.name}: security = "none" is allowed only for a '
                f"loopback host, not {cfg.host}"
            )
        if cfg.ca_cert is not None and not cfg.ca_cert.is_file():
            raise ImapError(f"source {self.name}: ca_cert {cfg.ca_cert}: no such file")
        with self._step("connect"):
            ctx = None if cfg.security == "none" else ssl.create_default_context(cafile=cfg.ca_cert)
            self._client = client = _Client(cfg, ctx, self._watchdog)
            if cfg.security == "starttls":
                client.starttls(ctx)
        return client

    def _login(self, client: _Client) -> None:
        with self._step("login"):
            if self.cfg.auth == "xoauth2":
                client.oauth2_login(self.cfg.username, self._secret)
            else:
                client.login(self.cfg.username, self._secret)

    def _connection(self) -> _Client:
        """The open connection if it still answers, else a new one, logged in."""
        if self._client is not None:
            with contextlib.suppress(DeskError), self._step("noop"):
                self._client.noop()
                return self._client
        client = self._open()  # first: a refused config runs no password command
        self._resolve()
        self._login(client)
        return client

    def _select(self, client: _Client, folder: str, writable: bool) -> dict[bytes, Any]:
        """SELECT when we will write flags or move mail, else EXAMINE (read-only)."""
        if self._selected and self._selected[0] == folder and self._selected[1] >= writable:
            return self._selected[2]
        info = client.select_folder(folder, readonly=not writable)
        self._selected = (folder, writable, info)
        return info

    # -- fetching -----------------------------------------------------------------------
    def fetch(self, state: SourceState) -> Iterator[Batch]:
        self.notes = []
        self._selected = None  # SELECT afresh each run: counts and UIDVALIDITY may change
        client = self._connection()
        halted: list[str] = []  # folders whose UIDVALIDITY keeps changing: the others go on
        for folder in self.folders:
            try:
                yield from self._fetch_folder(client, state, folder)
            except _Flapping as exc:
                halted.append(str(exc))
        if halted:
            raise ImapError(f"source {self.name}: " + "; ".join(halted))

    def _fetch_folder(self, client: _Client, state: SourceState, folder: str) -> Iterator[Batch]:
        with self._step(f"select {folder}"):
            info = self._select(client, folder, writable=self.cfg.after_import != "keep")
        validity = int(info[b"UIDVALIDITY"])
        last = self._check_validity(state, folder, validity)
        with self._step(f"search {folder}"):  # `N:*` always matches the last message
            uids = sorted(u for u in client.search(["UID", f"{last + 1}:*"]) if u > last)
        for start in range(0, len(uids), SIZE_CHUNK):
            chunk = uids[start : start + SIZE_CHUNK]
            with self._step(f"fetch sizes in {folder}"):
                found = client.fetch(chunk, ["RFC822.SIZE"])
            sizes = {uid: item.get(b"RFC822.SIZE", 0) for uid, item in found.items()}
            # Oversized mail is streamed on its own (ING-07): it never fills a batch.
            fetched = {u: s if s <= state.max_message_bytes else 0 for u, s in sizes.items()}
            for batch, total in _batches(chunk, fetched, self.cfg.batch_size):
                where = (state, folder, validity)
                yield from self._fetch_batch(client, where, batch, sizes, total)

    def _check_validity(self, state: SourceState, folder: str, validity: int) -> int:
        """The last UID imported from the folder under the server's UIDVALIDITY.

        A change means the UIDs were renumbered: the folder is re-scanned from UID 1 and
        intake counts what it has as duplicates, by Message-ID and content (ING-04). A
        folder whose UIDVALIDITY changes on `max_uidvalidity_changes` runs in a row is
        broken or being rebuilt; re-scanning it on every run would fetch everything for
        ever, so it stops with one error line until the value holds for a run."""
        saved = state.load()
        entry = saved.get("folders", {}).get(folder)

        def save(new: dict[str, Any]) -> None:
            state.save({**saved, "folders": {**saved.get("folders", {}), folder: new}})

        if entry is None:
            save({"uidvalidity": validity, "last_uid": 0})
            return 0
        if entry.get("uidvalidity") == validity:
            if entry.get("changes"):  # stable for a run: the count starts again
                save({"uidvalidity": validity, "last_uid": entry["last_uid"]})
            return int(entry["last_uid"])
        changes = int(entry.get("changes", 0)) + 1
        old = entry.get("uidvalidity")
        save({"uidvalidity": validity, "last_uid": 0, "changes": changes})
        if changes > self.cfg.max_uidvalidity_changes:
            raise _Flapping(
                f"{folder}: UIDVALIDITY changed on {changes} runs in a row (now {old} → "
                f"{validity}); not re-scanned again (max_uidvalidity_changes = "
                f"{self.cfg.max_uidvalidity_changes}); it syncs again once the value holds"
            )
        self._note(
            f"{folder}: UIDVALIDITY changed ({old} → {validity}); re-scanned, mail "
            "already imported counts as duplicate"
        )
        return 0

    def _fetch_batch(
        self,
        client: _Client,
        where: tuple[SourceState, str, int],
        uids: list[int],
        sizes: dict[int, int],
        total: int,
    ) -> Iterator[Batch]:
        """One FETCH; a message shorter than its RFC822.SIZE ends the batch before it, so
        it is never stored incomplete and the next run fetches it again (ING-06). Mail
        over `max_message_bytes` is streamed into a blob piece by piece (ING-07)."""
        state, folder, validity = where
        limit = state.max_message_bytes
        small = [u for u in uids if sizes.get(u, 0) <= limit]
        data: dict[int, Any] = {}
        with self._step(f"fetch in {folder}", self.cfg.timeout_seconds + total / MIN_RATE):
            # Acknowledging the previous batch (sync runs one batch ahead) may have
            # selected another folder in between: select ours again, same UIDVALIDITY.
            info = self._select(client, folder, writable=self.cfg.after_import != "keep")
            if int(info[b"UIDVALIDITY"]) != validity:
                raise ImapError(
                    f"source {self.name}: {folder}: UIDVALIDITY changed during the sync; "
                    "re-scanned next run"
                )
            if small:
                data = client.fetch(small, FETCH_ITEMS)
        raws: list[tuple[bytes, str]] = []
        big: list[Oversized] = []
        done: list[int] = []
        broken = None
        for uid in uids:
            url = f"imap://{self.cfg.host}/{folder};UIDVALIDITY={validity}/;UID={uid}"
            if sizes.get(uid, 0) > limit:
                if (found := self._stream(client, state, folder, uid, sizes[uid], url)) is None:
                    broken = uid
                    break
                big.append(found)
            elif (item := data.get(uid)) is not None:  # else expunged by another client
                if (raw := self._complete(client, folder, uid, item)) is None:
                    broken = uid
                    break
                raws.append((raw, url))
            done.append(uid)
        if done:
            committed = partial(self._committed, state, folder, validity, done)
            yield Batch(raws=raws, oversized=big, on_committed=committed)
        if broken is not None:
            raise ImapError(
                f"source {self.name}: {self.cfg.host}:{self.cfg.port}: fetch in "
                f"{folder}: UID {broken} came incomplete; fetched again next run"
            )

    def _complete(
        self, client: _Client, folder: str, uid: int, item: dict[bytes, Any]
    ) -> bytes | None:
        """The message if it arrived whole. On a length that differs from RFC822.SIZE it is
        fetched once more alone: a server whose SIZE is merely wrong (Exchange's can be)
        gives identical bytes twice and is believed, else the message would block for ever."""
        raw, size = item.get(b"BODY[]"), item.get(b"RFC822.SIZE")
        if raw is not None and (size is None or len(raw) == size):
            return bytes(raw)
        with self._step(f"fetch in {folder}", self.cfg.timeout_seconds + (size or 0) / MIN_RATE):
            again = client.fetch([uid], ["BODY.PEEK[]", "RFC822.SIZE"]).get(uid, {}).get(b"BODY[]")
        if again is not None and len(again) == size:
            return bytes(again)
        if again is None or again != raw:
            return None
        self._note(
            f"{folder}: UID {uid} is {len(again)} bytes, the server says {size}; "
            "identical on a second fetch, so imported as is"
        )
        return bytes(again)

    def _stream(
        self, client: _Client, state: SourceState, folder: str, uid: int, size: int, url: str
    ) -> Oversized | None:
        """Store a message over `max_message_bytes` piece by piece (`BODY.PEEK[]<off.len>`),
        holding one piece at a time; None if it came short (expunged meanwhile, or cut)."""
        head = bytearray()

        def pieces() -> Iterator[bytes]:
            offset = 0
            while offset < size:
                n = min(STREAM_CHUNK, size - offset)
                with self._step(f"fetch in {folder}", self.cfg.timeout_seconds + n / MIN_RATE):
                    item = client.fetch([uid], [f"BODY.PEEK[]<{offset}.{n}>"]).get(uid, {})
                piece = item.get(f"BODY[]<{offset}>".encode())
                if not piece:
                    raise _Short
                head.extend(piece[: max(0, HEAD_BYTES - len(head))])
                offset += len(piece)
                yield bytes(piece)

        try:
            blob = state.put_blob_stream(pieces())
        except _Short:
            return None
        self._note(f"{folder}: UID {uid} is {size:,} bytes, over max_message_bytes: kept raw")
        return Oversized(bytes(head), size, blob, url)

    def _committed(self, state: SourceState, folder: str, validity: int, uids: list[int]) -> None:
        """The desk has stored these: acknowledge them on the server, then advance."""
        if self.cfg.after_import != "keep":
            self._acknowledge(folder, validity, uids)
            crash_point("imap-acknowledged")  # flagged, last UID not yet advanced
        saved = state.load()
        old = saved.get("folders", {}).get(folder) or {}
        same = old.get("uidvalidity") == validity
        last = int(old.get("last_uid", 0)) if same else 0
        entry = {"uidvalidity": validity, "last_uid": max(last, *uids)}
        if same and old.get("changes"):  # a re-scan's count lasts until a stable run
            entry["changes"] = old["changes"]
        state.save({**saved, "folders": {**saved.get("folders", {}), folder: entry}})

    def _acknowledge(self, folder: str, validity: int, uids: list[int]) -> None:
        """`\\Seen` or move, by UID only, and only under the UIDVALIDITY fetched with."""
        client = self._connection()
        with self._step(f"after_import {self.cfg.after_import} in {folder}"):
            if int(self._select(client, folder, True)[b"UIDVALIDITY"]) != validity:
                self._note(f"{folder}: UIDVALIDITY changed during the sync; left unmarked")
            elif self._target is None:
                client.add_flags(uids, [SEEN], silent=True)
            else:
                self._move(client, folder, uids, self._target)

    def _move(self, client: _Client, folder: str, uids: list[int], target: str) -> None:
        if target not in self._known_folders:
            if not client.folder_exists(target):
                client.create_folder(target)
            self._known_folders.add(target)
        if client.has_capability("MOVE"):
            client.move(uids, target)
            return
        client.copy(uids, target)
        client.delete_messages(uids, silent=True)
        if client.has_capability("UIDPLUS"):
            client.uid_expunge(uids)
        else:  # a bare EXPUNGE would also remove other clients' \Deleted mail
            self._note(f"{folder}: no UIDPLUS: moved mail is copied and flagged \\Deleted")

    def _note(self, text: str) -> None:
        self.notes.append(text)
        log.warning("source %s: %s", self.name, text)

    # -- doctor and shutdown ------------------------------------------------------------
    # -- waiting for mail ---------------------------------------------------------------
    def wait(self, stop: threading.Event, seconds: float) -> bool:
        """Wait up to `seconds` for new mail: IMAP IDLE on the main folder when the server
        supports it (mail is synced as it arrives), plain sleeping otherwise. True when
        the server announced something; any IDLE failure falls back to sleeping."""
        try:
            client = self._connection()
            if b"IDLE" not in client.capabilities():
                return super().wait(stop, seconds)
            with self._step("idle", seconds + self.cfg.timeout_seconds):
                client.select_folder(self.cfg.folder, readonly=True)
                self._selected = None
                client.idle()
                try:
                    deadline = time.monotonic() + seconds
                    while not stop.is_set() and (left := deadline - time.monotonic()) > 0:
                        news = client.idle_check(timeout=min(1.0, left))
                        if any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in news):
                            return True
                finally:
                    client.idle_done()
        except DeskError:
            return super().wait(stop, seconds)
        return False

    # -- the Sent folder (replies, issue 5) ---------------------------------------------
    def append_sent(self, folder: str, raw: bytes) -> None:
        """File a copy of a reply we sent (seen), creating the folder if needed."""
        client = self._connection()
        with self._step(f"append to {folder}"):
            if not client.folder_exists(folder):
                client.create_folder(folder)
            client.append(folder, raw, flags=(SEEN,))
            self._selected = None

    def holds_message_id(self, folder: str, message_id: str) -> bool:
        """Whether `folder` has a message with this Message-ID: proof a send we lost
        track of did happen (OUT-03/OUT-04), so it need not be repeated."""
        client = self._connection()
        with self._step(f"search {folder}"):
            if not client.folder_exists(folder):
                return False
            client.select_folder(folder, readonly=True)
            self._selected = None
            return bool(client.search(["HEADER", "Message-ID", f"<{message_id}>"]))

    def check(self) -> list[Check]:
        """Secret, connection and TLS, login, each folder: one line each; never raises."""
        what, server = f"source {self.name}", f"{self.cfg.host}:{self.cfg.port}"
        checks: list[Check] = []
        try:
            found = self._resolve()
            checks.append(Check(f"{what} secret", True, f"found via {found.backend}"))
            client = self._open()
            mode = {"tls": "TLS", "starttls": "STARTTLS", "none": "plaintext, loopback"}
            checks.append(Check(f"{what} connect", True, f"{server} ({mode[self.cfg.security]})"))
            self._login(client)
            checks.append(Check(f"{what} login", True, f"as {self.cfg.username} ({self.cfg.auth})"))
            for folder in self.folders:
                checks.append(self._check_folder(client, folder))
            if self._target is not None:
                checks.append(self._check_folder(client, self._target, target=True))
        except DeskError as exc:
            step = ("secret", "connect", "login")[min(len(checks), 2)]
            checks.append(Check(f"{what} {step}", False, str(exc)))
        except Exception as exc:  # doctor must report, not crash
            checks.append(Check(what, False, type(exc).__name__))
        finally:
            self.close()
        return checks

    def _check_folder(self, client: _Client, folder: str, target: bool = False) -> Check:
        what = f"source {self.name} folder {folder}"
        try:
            with self._step(f"status {folder}"):
                if not client.folder_exists(folder):
                    why = "absent; created on first move" if target else "does not exist"
                    return Check(what, target, why)
                count = client.folder_status(folder, [b"MESSAGES"])[b"MESSAGES"]
            return Check(what, True, f"{count} messages")
        except DeskError as exc:
            return Check(what, False, str(exc))

    def close(self) -> None:
        """Log out politely; a connection that is already gone is simply dropped."""
        if (client := self._client) is not None:
            with contextlib.suppress(Exception), self._watchdog.limit(self.cfg.timeout_seconds):
                client.logout()
        self._drop()
