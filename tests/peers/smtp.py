"""A real SMTP server for the transport tests: aiosmtpd on 127.0.0.1, on a free port.

It records what a mail server actually sees — the envelope (MAIL FROM, RCPT TO) and the
bytes after DATA — so tests can assert on recipients as the server knew them, not on
header text. Failure modes are switched on the handler: a reply code for MAIL, RCPT or
DATA, a login that is refused, or a connection cut right after the final dot.
TLS uses a throw-away CA and server certificate (tests/peers/certs.py).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any, Literal

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.peers.certs import HOST, Certs


@dataclass
class Received:
    """One message as the server accepted it."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    session: int  # id of the SMTP session: equal for messages sent on one connection
    login: str | None  # the AUTH user, if the client logged in

    @property
    def message(self) -> EmailMessage:
        return BytesParser(policy=policy.default).parsebytes(self.data)  # type: ignore[return-value]


@dataclass
class Recorder:
    """aiosmtpd handler: records deliveries; the reply fields inject failures."""

    received: list[Received] = field(default_factory=list)
    mail_reply: str | None = None  # e.g. "550 5.7.30 Basic authentication is not supported"
    rcpt_reply: str | None = None  # e.g. "450 4.2.1 try later"
    data_reply: str | None = None  # e.g. "554 5.6.0 message refused"
    drop_after_data: bool = False  # cut the connection after the final dot, before "250"
    hangup_after_data: bool = False  # answer "250", then close the idle connection
    users: dict[str, str] = field(default_factory=dict)
    logins: list[str] = field(default_factory=list)
    rcpt_seen: list[str] = field(default_factory=list)  # every RCPT TO, refused ones too

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if self.mail_reply:
            return self.mail_reply
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        self.rcpt_seen.append(address)
        if self.rcpt_reply:
            return self.rcpt_reply
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(options)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.data_reply:
            return self.data_reply
        login = session.auth_data.login.decode() if session.authenticated else None
        self.received.append(
            Received(
                envelope.mail_from,
                list(envelope.rcpt_tos),
                bytes(envelope.original_content or envelope.content),
                id(session),
                login,
            )
        )
        if self.drop_after_data:
            # The server has the whole message (it may well deliver it), but the
            # client never hears "250": RFC 1047's window, made reproducible.
            server.transport.abort()
        elif self.hangup_after_data:
            asyncio.get_running_loop().call_later(0.05, server.transport.close)
        return "250 2.0.0 Ok: queued as TEST1"

    def authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        if isinstance(auth_data, LoginPassword):
            user, password = auth_data.login.decode(), auth_data.password.decode()
            self.logins.append(user)
            if user in self.users and self.users[user] == password:
                return AuthResult(success=True, auth_data=auth_data)
        return AuthResult(success=False, handled=False)


class _FreePortController(Controller):
    """Binds port 0 and learns the real port before aiosmtpd's start-up probe."""

    def _create_server(self) -> Any:
        create = super()._create_server()

        async def bound() -> Any:
            server = await create
            self.port = server.sockets[0].getsockname()[1]
            return server

        return bound()


class SmtpPeer:
    """`with SmtpPeer(...) as peer:` a running server at `peer.host`, `peer.port`.

    `security`: "none" (plain), "starttls" (offered, required when `certs` given) or
    "tls" (implicit TLS from the first byte). `users` enables AUTH PLAIN/LOGIN.
    """

    def __init__(
        self,
        *,
        security: Literal["none", "starttls", "tls"] = "none",
        certs: Certs | None = None,
        users: dict[str, str] | None = None,
    ) -> None:
        self.handler = Recorder(users=dict(users or {}))
        self.host = HOST
        self.security = security
        kwargs: dict[str, Any] = {"authenticator": self.handler.authenticate}
        if security == "starttls":
            assert certs is not None
            kwargs |= {"tls_context": certs.server_context(), "require_starttls": True}
            kwargs |= {"auth_required": bool(users), "auth_require_tls": True}
        elif security == "tls":
            assert certs is not None
            kwargs |= {"ssl_context": certs.server_context(), "auth_require_tls": False}
        else:
            kwargs |= {"auth_require_tls": False}  # loopback tests only
        self._controller = _FreePortController(self.handler, hostname=HOST, port=0, **kwargs)

    @property
    def port(self) -> int:
        return self._controller.port

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    def __enter__(self) -> SmtpPeer:
        self._controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._controller.stop()
