"""Where replies leave the desk: SMTP, the local sendmail, or a folder of `.eml` files.

A transport delivers one built message (`mail.compose.build`) and says how it went.
The outbox above it decides about retries, so failures carry the two facts it needs:
`permanent` (a 5xx, a refused login, a certificate we do not trust: retrying the same
thing cannot help, and hammering a server that retired basic auth only gets the account
locked, reliability.md OUT-06) and `accepted_unknown` (the connection died after the
message body went out: the server may have queued it, so a blind resend could deliver
it twice, OUT-03).

TLS is always verified (OUT-05): `smtplib.starttls()` and `SMTP_SSL()` without a
`context=` accept any certificate. Envelope recipients are exactly `compose.recipients`
(To and Cc), never re-derived from headers. Passwords appear in no message: no SMTP
debug output is enabled, and server replies are scrubbed before they are quoted.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import re
import shlex
import shutil
import smtplib
import socket
import ssl
import subprocess
from abc import ABC, abstractmethod
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from supportdesk.channels.base import Check
from supportdesk.config import FileTransport, SendmailTransport, SmtpTransport
from supportdesk.config import Transport as TransportConfig
from supportdesk.credentials import resolve
from supportdesk.errors import DeskError
from supportdesk.mail.compose import recipients, sender
from supportdesk.store.files import ensure_dir, write_atomic

SENDMAIL_TIMEOUT = 60.0
EX_TEMPFAIL = 75  # sysexits.h: "try again later", what Postfix and Exim exit with
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
# Microsoft's "SMTP AUTH (basic) is disabled" family (550 5.7.30, 535 5.7.139, 5.7.57).
_BASIC_AUTH_OFF = re.compile(r"\b5\.7\.(?:30|57|139)\b")


class SendError(DeskError):
    """A reply was not (or not certainly) delivered; the message names the transport.

    `permanent`: retrying unchanged cannot succeed (5xx, refused login, bad config).
    `accepted_unknown`: the body was sent before the connection failed, so the server
    may have accepted it; the caller must check (Sent folder) or ask, not resend.
    `code`: the SMTP reply code when there was one, else 0.
    """

    def __init__(
        self,
        message: str,
        *,
        permanent: bool = False,
        accepted_unknown: bool = False,
        code: int = 0,
    ) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.accepted_unknown = accepted_unknown
        self.code = code


class Transport(ABC):
    """One configured way out. Not thread-safe: one sender per instance."""

    name: str
    kind: str

    @abstractmethod
    def send(self, msg: EmailMessage) -> str:
        """Deliver `msg`; a short receipt (server reply, file path) or SendError."""

    @abstractmethod
    def check(self) -> list[Check]:
        """`doctor` lines: can this transport deliver right now (nothing is sent)?"""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release a kept connection."""


def _one_line(text: str, limit: int = 200) -> str:
    """Server or process text made safe to quote: one line, bounded."""
    return _CONTROLS.sub(" ", text).strip()[:limit]


# -- SMTP ----------------------------------------------------------------------------


class _Tracked:
    """Notes whether DATA got as far as sending the body, and the final reply.

    `smtplib.SMTP.data()` sends the DATA command, then the body; a disconnect after the
    second send may follow a server that already queued the mail (RFC 1047).
    """

    body_sent = False
    data_reply = ""
    _data_sends = -1  # -1: outside data()

    def data(self, msg: bytes | str) -> tuple[int, bytes]:
        self._data_sends = 0
        try:
            code, reply = super().data(msg)  # type: ignore[misc]
        finally:
            self._data_sends = -1
        self.data_reply = f"{code} {reply.decode('utf-8', 'replace')}"
        return code, reply

    def send(self, s: bytes | str) -> None:
        if self._data_sends >= 0:
            self._data_sends += 1
            if self._data_sends >= 2:
                self.body_sent = True
        super().send(s)  # type: ignore[misc]


class _SMTP(_Tracked, smtplib.SMTP):
    pass


class _SMTPSSL(_Tracked, smtplib.SMTP_SSL):
    pass


def _stale(exc: Exception) -> bool:
    """A kept connection the server has closed: disconnected, or 421 "timeout"."""
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return True
    return isinstance(exc, smtplib.SMTPResponseException) and exc.smtp_code == 421


@functools.cache
def _local_hostname() -> str:
    """EHLO name, looked up once: `getfqdn` can wait on DNS for seconds."""
    return socket.getfqdn() or "localhost"


class SmtpTransportChannel(Transport):
    """smtplib with a verifying TLS context, a timeout and one kept connection."""

    kind = "smtp"

    def __init__(self, cfg: SmtpTransport) -> None:
        self.cfg = cfg
        self.name = cfg.name
        self._where = f"transport {cfg.name}: {cfg.host}:{cfg.port}"
        self._smtp: _SMTP | _SMTPSSL | None = None
        self._password: str | None = None  # resolved once: a `command` secret is slow

    def _context(self) -> ssl.SSLContext:
        ca = self.cfg.ca_cert  # when set, only that CA is trusted (private CA, pinning)
        try:
            return ssl.create_default_context(cafile=str(ca) if ca else None)
        except (OSError, ssl.SSLError) as exc:
            raise SendError(
                f"{self._where}: cannot load ca_cert {ca}: {exc}", permanent=True
            ) from None

    def _secret(self) -> str:
        if self._password is None:
            if self.cfg.password is None:
                raise SendError(
                    f"{self._where}: username is set but password is not", permanent=True
                )
            try:
                self._password = resolve(
                    self.cfg.password, f"transport {self.name}: password"
                ).value
            except DeskError as exc:
                raise SendError(str(exc), permanent=True) from None
        return self._password

    def _connect(self) -> _SMTP | _SMTPSSL:
        cfg, smtp = self.cfg, None
        try:
            if cfg.security == "tls":
                smtp = _SMTPSSL(
                    cfg.host,
                    cfg.port,
                    _local_hostname(),
                    timeout=cfg.timeout_seconds,
                    context=self._context(),
                )
                smtp.ehlo()
            else:
                context = self._context() if cfg.security == "starttls" else None
                smtp = _SMTP(cfg.host, cfg.port, _local_hostname(), timeout=cfg.timeout_seconds)
                smtp.ehlo()
                if context is not None:
                    if not smtp.has_extn("starttls"):  # never fall back to clear text
                        msg = f"{self._where}: the server does not offer STARTTLS; refusing to send in clear text"
                        raise SendError(msg, permanent=True)
                    smtp.starttls(context=context)
                    smtp.ehlo()
            if cfg.username:
                smtp.login(cfg.username, self._secret())
        except Exception as exc:
            if smtp is not None:
                smtp.close()
            raise exc if isinstance(exc, SendError) else self._error(exc, False) from None
        return smtp

    def send(self, msg: EmailMessage) -> str:
        to_addrs, from_addr = recipients(msg), sender(msg)
        if not to_addrs:
            raise SendError(f"transport {self.name}: the message has no recipient", permanent=True)
        for attempt in (1, 2):
            reused = self._smtp is not None
            smtp = self._smtp = self._smtp or self._connect()
            smtp.body_sent, smtp.data_reply = False, ""
            try:
                refused = smtp.send_message(msg, from_addr=from_addr, to_addrs=to_addrs)
            except Exception as exc:
                self._drop()
                if attempt == 1 and reused and not smtp.body_sent and _stale(exc):
                    continue  # the kept connection timed out while idle; nothing was sent
                raise self._error(exc, smtp.body_sent) from None
            receipt = _one_line(self._scrub(smtp.data_reply)) or "accepted"
            if refused:
                receipt += "; refused: " + ", ".join(f"{a} ({c})" for a, (c, _) in refused.items())
            return receipt
        raise AssertionError("unreachable")  # pragma: no cover

    def _scrub(self, text: str) -> str:
        return text.replace(self._password, "***") if self._password else text

    def _error(self, exc: Exception, body_sent: bool) -> SendError:
        """The one-line SendError for whatever smtplib, ssl or the socket raised."""
        where, said = self._where, _one_line(self._scrub(str(exc)))
        if isinstance(exc, smtplib.SMTPRecipientsRefused):
            items = [
                (a, c, _one_line(self._scrub(t.decode("utf-8", "replace"))))
                for a, (c, t) in exc.recipients.items()
            ]
            why = "; ".join(f"{a}: {c} {t}" for a, c, t in items)
            codes = [c for _, c, _ in items] or [0]
            return SendError(
                f"{where}: recipient refused: {why}", permanent=min(codes) >= 500, code=max(codes)
            )
        if isinstance(exc, smtplib.SMTPResponseException):
            code, raw = exc.smtp_code, exc.smtp_error
            text = _one_line(
                self._scrub(raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw))
            )
            basic_off = _BASIC_AUTH_OFF.search(text)
            if isinstance(exc, smtplib.SMTPAuthenticationError) or basic_off:
                who = f"login as {self.cfg.username!r}" if self.cfg.username else "sending"
                hint = (
                    "basic authentication is off for this account: use an app password"
                    if basic_off
                    else "check the username and password"
                )
                return SendError(
                    f"{where}: {who} refused: {code} {text} ({hint})", permanent=True, code=code
                )
            kind = "rejected" if code >= 500 else "temporarily refused"
            return SendError(f"{where}: {kind}: {code} {text}", permanent=code >= 500, code=code)
        if isinstance(exc, OSError) and body_sent:  # SMTPServerDisconnected is an OSError
            return SendError(
                f"{where}: connection lost after the message was sent ({said}); the server may have accepted it",
                accepted_unknown=True,
            )
        if isinstance(exc, ssl.SSLCertVerificationError):
            why = _one_line(exc.verify_message or str(exc))
            return SendError(
                f"{where}: TLS certificate not trusted ({why}); set ca_cert to the CA that signed it",
                permanent=True,
            )
        if isinstance(exc, ssl.SSLError) and not isinstance(exc, ssl.SSLEOFError):
            return SendError(f"{where}: TLS failed ({said})", permanent=True)
        if isinstance(exc, TimeoutError) or isinstance(exc.__context__, TimeoutError):
            # smtplib reports a read timeout as "Connection unexpectedly closed".
            return SendError(f"{where}: no answer within {self.cfg.timeout_seconds:g}s")
        if isinstance(exc, smtplib.SMTPServerDisconnected):
            return SendError(f"{where}: connection lost ({said})")
        if isinstance(exc, smtplib.SMTPException):
            # "SMTP AUTH extension not supported", "No suitable authentication method":
            # configuration, not bad luck.
            return SendError(f"{where}: {said}", permanent=True)
        if isinstance(exc, OSError):
            return SendError(f"{where}: connection failed ({_one_line(exc.strerror or said)})")
        return SendError(f"{where}: {type(exc).__name__}: {said}")

    def check(self) -> list[Check]:
        what = f"transport {self.name}"
        try:
            smtp = self._connect()
        except SendError as exc:
            return [Check(what, False, str(exc))]
        with contextlib.suppress(smtplib.SMTPException, OSError):
            smtp.noop()
            smtp.quit()
        smtp.close()
        tls = {"tls": "TLS verified", "starttls": "STARTTLS verified", "none": "no TLS (loopback)"}
        login = f", logged in as {self.cfg.username}" if self.cfg.username else ""
        return [
            Check(
                what, True, f"smtp {self.cfg.host}:{self.cfg.port}: {tls[self.cfg.security]}{login}"
            )
        ]

    def _drop(self) -> None:
        if self._smtp is not None:
            self._smtp.close()
            self._smtp = None

    def close(self) -> None:
        if self._smtp is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                self._smtp.quit()
            self._drop()


# -- sendmail ------------------------------------------------------------------------


class SendmailTransportChannel(Transport):
    """`sendmail -i -t` of the local MTA: recipients from the (sanitised) headers."""

    kind = "sendmail"

    def __init__(self, cfg: SendmailTransport) -> None:
        self.cfg = cfg
        self.name = cfg.name

    def _argv(self) -> list[str]:
        """The command without a shell; `command` may carry options (`-f bounce@…`)."""
        try:
            argv = shlex.split(self.cfg.command)
        except ValueError:
            argv = []
        if not argv:
            raise SendError(f"transport {self.name}: cannot use command", permanent=True)
        return argv

    def send(self, msg: EmailMessage) -> str:
        argv = self._argv()
        where = f"transport {self.name}: {argv[0]}"
        try:
            done = subprocess.run(
                [*argv, "-i", "-t"],
                input=msg.as_bytes(),
                capture_output=True,
                timeout=SENDMAIL_TIMEOUT,
                check=False,
            )
        except FileNotFoundError:
            raise SendError(f"{where}: not found", permanent=True) from None
        except subprocess.TimeoutExpired:
            raise SendError(
                f"{where}: no exit within {SENDMAIL_TIMEOUT:g}s; it may have queued the message",
                accepted_unknown=True,
            ) from None
        except OSError as exc:
            raise SendError(f"{where}: cannot run ({exc.strerror})", permanent=True) from None
        if done.returncode == 0:
            return f"{argv[0]}: accepted"
        said = _one_line(done.stderr.decode("utf-8", "replace").strip().split("\n")[0])
        said = f": {said}" if said else ""
        if done.returncode < 0:
            raise SendError(f"{where}: killed by signal {-done.returncode}{said}")
        raise SendError(
            f"{where}: failed with exit status {done.returncode}{said}",
            permanent=done.returncode != EX_TEMPFAIL,
        )

    def check(self) -> list[Check]:
        what = f"transport {self.name}"
        try:
            found = shutil.which(program := self._argv()[0])
        except SendError as exc:
            return [Check(what, False, str(exc))]
        if found is None:
            return [Check(what, False, f"sendmail {program}: not found or not executable")]
        return [Check(what, True, f"sendmail {found}: executable")]


# -- file ----------------------------------------------------------------------------

_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._@+=-]")


def eml_stem(message_id: str) -> str:
    """A file-name-safe form of a Message-ID; a hash keeps lossy forms distinct."""
    bare = message_id.strip().strip("<>")
    safe = _UNSAFE_NAME.sub("_", bare).lstrip(".")[:120]
    if safe != bare:
        safe += "-" + hashlib.sha256(bare.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return safe


class FileTransportChannel(Transport):
    """One `.eml` per reply in a folder (the demo's outbox, or a hand-off to another
    system). Named `<UTC time>-<Message-ID>.eml`, so a retried send of the same reply
    finds its file and writes no second one."""

    kind = "file"

    def __init__(self, cfg: FileTransport) -> None:
        self.cfg = cfg
        self.name = cfg.name

    def existing(self, message_id: str) -> Path | None:
        """The file already written for `message_id`, if any (the stem has no glob
        metacharacters; temp files of `write_atomic` start with a dot and end `.tmp`)."""
        return next(iter(sorted(self.cfg.path.glob(f"*-{eml_stem(message_id)}.eml"))), None)

    def send(self, msg: EmailMessage) -> str:
        message_id = str(msg.get("Message-ID", "")).strip()
        where = f"transport {self.name}: {self.cfg.path}"
        if not message_id:
            raise SendError(f"{where}: the message has no Message-ID", permanent=True)
        try:
            found = self.existing(message_id)
            if found is not None:
                return str(found)
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
            target = self.cfg.path / f"{stamp}-{eml_stem(message_id)}.eml"
            ensure_dir(target.parent)  # 0o2770: the desk's group, nobody else
            write_atomic(target, msg.as_bytes())
        except DeskError as exc:
            raise SendError(f"transport {self.name}: {exc}") from None
        except OSError as exc:
            raise SendError(f"{where}: cannot write ({exc.strerror})") from None
        return str(target)

    def check(self) -> list[Check]:
        what, path = f"transport {self.name}", Path(self.cfg.path)
        probe = path if path.exists() else next((p for p in path.parents if p.exists()), path)
        if not probe.is_dir() or not os.access(probe, os.W_OK | os.X_OK):
            return [Check(what, False, f"folder {path}: not writable")]
        state = "exists" if probe == path else "will be created"
        return [Check(what, True, f"folder {path}: writable ({state})")]


def open_transport(cfg: TransportConfig) -> Transport:
    """The channel for a `[[transports]]` entry."""
    if isinstance(cfg, SmtpTransport):
        return SmtpTransportChannel(cfg)
    if isinstance(cfg, SendmailTransport):
        return SendmailTransportChannel(cfg)
    if isinstance(cfg, FileTransport):
        return FileTransportChannel(cfg)
    raise DeskError(f"transport {cfg.name}: kind {cfg.kind!r} is not supported")
