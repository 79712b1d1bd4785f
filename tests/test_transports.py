"""Transports against real peers (issue 5; reliability.md OUT-02, OUT-03, OUT-05, OUT-06).

SMTP goes to an aiosmtpd server on 127.0.0.1 (tests/peers/smtp.py), and assertions are
on what that server saw: the envelope (MAIL FROM, RCPT TO) and the bytes after DATA.
Sendmail is a small real script that keeps what it was piped; the file transport writes
into tmp_path.
"""

from __future__ import annotations

import os
import socket
import stat
import time
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from supportdesk.channels.transports import (
    FileTransportChannel,
    SendError,
    SendmailTransportChannel,
    SmtpTransportChannel,
    open_transport,
)
from supportdesk.config import (
    FileTransport,
    Secret,
    SendmailTransport,
    SmtpTransport,
    parse_config,
)
from supportdesk.mail.compose import build, reply_subject
from supportdesk.models import Person
from tests.peers.certs import Certs, make_certs
from tests.peers.smtp import SmtpPeer
from tests.replies import NASTY, make_reply

PASSWORD = "correct horse battery staple"
ENV = "SD_TEST_SMTP_PASSWORD"


def smtp(peer: SmtpPeer, **kw: object) -> SmtpTransportChannel:
    cfg = SmtpTransport(name="smtp", host=peer.host, port=peer.port, timeout_seconds=5, **kw)  # type: ignore[arg-type]
    return SmtpTransportChannel(cfg)


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Certs:
    return make_certs(tmp_path_factory.mktemp("certs"))


@pytest.fixture(scope="module")
def plain_server() -> Iterator[SmtpPeer]:
    with SmtpPeer() as peer:
        yield peer


def reset(server: SmtpPeer) -> SmtpPeer:
    """The module's plain server with no deliveries and no failure switched on."""
    h = server.handler
    h.received.clear()
    h.rcpt_seen.clear()
    h.mail_reply = h.rcpt_reply = h.data_reply = None
    h.drop_after_data = h.hangup_after_data = False
    return server


@pytest.fixture
def peer(plain_server: SmtpPeer) -> SmtpPeer:
    return reset(plain_server)


def text_of(part: EmailMessage) -> str:
    """A text part's content with the wire's CRLF line ends made local again."""
    return part.get_content().replace("\r\n", "\n")


# -- delivery --------------------------------------------------------------------------


def test_smtp_delivers_exact_headers_to_the_envelope_recipient(peer: SmtpPeer) -> None:
    transport = smtp(peer, security="none")
    receipt = transport.send(build(make_reply()))
    transport.close()
    assert receipt == "250 2.0.0 Ok: queued as TEST1"
    (got,) = peer.received
    assert got.mail_from == "support@acme.test"
    assert got.rcpt_tos == ["ion@example.ro"]
    msg = got.message
    assert [(k, str(v)) for k, v in msg.items() if k not in ("Content-Transfer-Encoding",)] == [
        ("From", '"Ana Popescu (Acme Support)" <support@acme.test>'),
        ("To", "Ion Popescu <ion@example.ro>"),
        ("Subject", "Re: Plata nu a ajuns [#1042]"),
        ("Date", "Sun, 01 Mar 2026 10:30:00 +0000"),
        ("Message-ID", "<sd.1042.0011223344556677.8899aabbccddeeff@acme.test>"),
        ("In-Reply-To", "<CAF=customer-2@mail.example.ro>"),
        ("References", "<CAF=customer-1@mail.example.ro> <CAF=customer-2@mail.example.ro>"),
        ("Content-Type", 'text/plain; charset="utf-8"'),
        ("MIME-Version", "1.0"),
    ]
    assert text_of(msg) == make_reply().body
    BytesParser(policy=policy.strict).parsebytes(got.data)  # no defect at all


@pytest.mark.parametrize(
    ("name", "agent", "body"),
    [
        (
            "Ștefan Țărnă",
            "Ioana Ștefănescu",
            "Bună ziua,\nPlata a fost trimisă astăzi. Mulțumim!\n",
        ),
        ("Иван Петров", "Мария Соколова", "Здравствуйте!\nПлатёж получен, спасибо за терпение.\n"),
    ],
)
def test_smtp_utf8_names_bodies_and_attachments(
    peer: SmtpPeer, name: str, agent: str, body: str
) -> None:
    pdf = b"%PDF-1.4\n\x00\xff\xfe" * 100
    msg = build(
        make_reply(
            to=Person(name, "client@example.ro"),
            from_name=agent,
            subject=reply_subject("Întrebare / Вопрос", 5),
            body=body,
            attachments=[("chitanță №5.pdf", "application/pdf", pdf)],
            automatic=False,
        )
    )
    transport = smtp(peer, security="none")
    transport.send(msg)
    transport.close()
    (got,) = peer.received
    assert got.rcpt_tos == ["client@example.ro"]
    parsed = BytesParser(policy=policy.strict).parsebytes(got.data)
    assert parsed["To"].addresses[0].display_name == name
    assert parsed["Subject"] == "Re: Întrebare / Вопрос [#5]"
    assert "Auto-Submitted" not in parsed
    text, attachment = parsed.iter_parts()
    assert text_of(text) == body
    assert text.get_content_charset() == "utf-8"
    assert attachment.get_filename() == "chitanță №5.pdf"
    assert attachment.get_content() == pdf


def test_automatic_reply_is_marked_on_the_wire(peer: SmtpPeer) -> None:
    transport = smtp(peer, security="none")
    transport.send(build(make_reply(automatic=True)))
    transport.close()
    msg = peer.received[0].message
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["X-Loop"] == "support@acme.test"


def test_smtp_keeps_one_connection_and_reconnects_when_dropped(peer: SmtpPeer) -> None:
    transport = smtp(peer, security="none")
    transport.send(build(make_reply()))
    transport.send(build(make_reply(message_id="second@acme.test")))
    peer.handler.hangup_after_data = True  # the server closes the idle connection
    transport.send(build(make_reply(message_id="third@acme.test")))
    time.sleep(0.2)
    transport.send(build(make_reply(message_id="fourth@acme.test")))  # nothing was lost
    transport.close()
    sessions = [r.session for r in peer.received]
    assert len(sessions) == 4
    assert sessions[0] == sessions[1] == sessions[2] != sessions[3]


# -- TLS and login ---------------------------------------------------------------------


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_tls_is_verified(certs: Certs, security: str) -> None:
    with SmtpPeer(security=security, certs=certs) as peer:  # type: ignore[arg-type]
        untrusted = smtp(peer, security=security)
        with pytest.raises(SendError, match="certificate not trusted") as err:
            untrusted.send(build(make_reply()))
        assert err.value.permanent and not err.value.accepted_unknown
        assert untrusted.check()[0].ok is False
        assert peer.received == []

        trusted = smtp(peer, security=security, ca_cert=certs.ca)
        assert trusted.send(build(make_reply())).startswith("250")
        trusted.close()
        (check,) = trusted.check()
        assert check.ok and "verified" in check.detail
        assert len(peer.received) == 1


def test_starttls_is_never_skipped(peer: SmtpPeer) -> None:
    """A server (or a man in the middle) that offers no STARTTLS gets nothing."""
    transport = smtp(peer, security="starttls")
    with pytest.raises(SendError, match="does not offer STARTTLS") as err:
        transport.send(build(make_reply()))
    assert err.value.permanent
    assert peer.received == []


def test_login_with_a_secret_from_the_environment(
    certs: Certs, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, PASSWORD)
    with SmtpPeer(security="starttls", certs=certs, users={"ana": PASSWORD}) as peer:
        config = parse_config(
            f"""
            [[transports]]
            name = "smtp"
            kind = "smtp"
            host = "127.0.0.1"
            port = {peer.port}
            security = "starttls"
            username = "ana"
            password = {{ env = "{ENV}" }}
            ca_cert = "{certs.ca}"
            timeout_seconds = 5
            """,
            "test.toml",
        )
        transport = open_transport(config.transports[0])
        assert isinstance(transport, SmtpTransportChannel)
        assert transport.send(build(make_reply())).startswith("250")
        transport.close()
        assert [r.login for r in peer.received] == ["ana"]
        (check,) = transport.check()
        assert check.ok and "logged in as ana" in check.detail

        monkeypatch.setenv(ENV, "wrong " + PASSWORD)
        refused = open_transport(config.transports[0])
        with pytest.raises(SendError) as err:
            refused.send(build(make_reply()))
        assert err.value.permanent and err.value.code == 535  # no retry storm (OUT-06)
        assert "login as 'ana' refused: 535" in str(err.value)
        assert PASSWORD not in str(err.value) and PASSWORD not in repr(err.value)
        assert PASSWORD not in refused.check()[0].detail

        monkeypatch.delenv(ENV)
        missing = open_transport(config.transports[0])
        with pytest.raises(SendError, match=f"environment variable {ENV} is not set") as err:
            missing.send(build(make_reply()))
        assert err.value.permanent
        assert len(peer.received) == 1


# -- failures --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stage", "answer", "permanent"),
    [
        ("rcpt_reply", "450 4.2.1 Mailbox busy, try later", False),
        ("rcpt_reply", "550 5.1.1 No such user", True),
        ("data_reply", "451 4.3.0 Local error, try later", False),
        ("data_reply", "554 5.6.0 Message refused", True),
        ("mail_reply", "421 4.7.0 Too many connections", False),
        ("mail_reply", "550 5.7.30 Basic authentication is not supported", True),
    ],
)
def test_smtp_refusals_say_whether_to_retry(
    peer: SmtpPeer, stage: str, answer: str, permanent: bool
) -> None:
    setattr(peer.handler, stage, answer)
    transport = smtp(peer, security="none")
    with pytest.raises(SendError) as err:
        transport.send(build(make_reply()))
    transport.close()
    assert err.value.permanent is permanent
    assert err.value.accepted_unknown is False
    assert err.value.code == int(answer[:3])
    assert answer in str(err.value) and "transport smtp" in str(err.value)
    if "5.7.30" in answer:
        assert "basic authentication is off" in str(err.value)
    assert peer.received == []


def test_connection_lost_after_the_final_dot(peer: SmtpPeer) -> None:
    """RFC 1047: the server has the message, the client never heard 250."""
    peer.handler.drop_after_data = True
    transport = smtp(peer, security="none")
    with pytest.raises(SendError, match="may have accepted it") as err:
        transport.send(build(make_reply()))
    transport.close()
    assert err.value.accepted_unknown and not err.value.permanent
    assert len(peer.received) == 1


def test_nobody_listening_is_temporary() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cfg = SmtpTransport(name="smtp", host="127.0.0.1", port=port, security="none")
    with pytest.raises(SendError, match="connection failed") as err:
        SmtpTransportChannel(cfg).send(build(make_reply()))
    assert not err.value.permanent and not err.value.accepted_unknown


def test_silent_server_times_out() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        cfg = SmtpTransport(
            name="smtp", host="127.0.0.1", port=port, security="none", timeout_seconds=0.3
        )
        with pytest.raises(SendError, match=r"no answer within 0\.3s") as err:
            SmtpTransportChannel(cfg).send(build(make_reply()))
    assert not err.value.permanent


# -- header injection, as the server sees it (OUT-02) ----------------------------------

nasty_text = st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=8)), max_size=4).map(
    "".join
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(name=nasty_text, subject=nasty_text)
def test_no_header_injection_reaches_the_envelope(
    plain_server: SmtpPeer, name: str, subject: str
) -> None:
    reset(plain_server)
    transport = smtp(plain_server, security="none")
    transport.send(build(make_reply(to=Person(name, "ion@example.ro"), subject=subject)))
    transport.close()
    (got,) = plain_server.received
    assert got.rcpt_tos == ["ion@example.ro"]
    assert plain_server.handler.rcpt_seen == ["ion@example.ro"]
    msg = BytesParser(policy=policy.strict).parsebytes(got.data)
    names = [k.lower() for k in msg]
    assert len(names) == len(set(names)) and "bcc" not in names and "cc" not in names


# -- sendmail --------------------------------------------------------------------------


def fake_sendmail(folder: Path, status: int) -> Path:
    """A real program standing in for the MTA: keeps stdin and argv, exits `status`."""
    script = folder / f"sendmail-{status}"
    script.write_text(
        "#!/bin/sh\n"
        f'cat > "{folder}/stdin.eml"\n'
        f'printf "%s\\n" "$@" > "{folder}/argv"\n'
        + (f'echo "sendmail: queue file write error" >&2\nexit {status}\n' if status else "")
    )
    script.chmod(0o755)
    return script


def test_sendmail_pipes_the_message(tmp_path: Path) -> None:
    script = fake_sendmail(tmp_path, 0)
    transport = open_transport(SendmailTransport(name="mta", command=str(script)))
    assert isinstance(transport, SendmailTransportChannel)
    msg = build(make_reply())
    assert transport.send(msg) == f"{script}: accepted"
    assert (tmp_path / "stdin.eml").read_bytes() == msg.as_bytes()
    assert (tmp_path / "argv").read_text().split() == ["-i", "-t"]
    assert transport.check()[0].ok


@pytest.mark.parametrize(("status", "permanent"), [(75, False), (1, True)])
def test_sendmail_failure_names_the_exit_status(
    tmp_path: Path, status: int, permanent: bool
) -> None:
    transport = open_transport(
        SendmailTransport(name="mta", command=str(fake_sendmail(tmp_path, status)))
    )
    with pytest.raises(SendError, match=f"exit status {status}: sendmail: queue file") as err:
        transport.send(build(make_reply()))
    assert err.value.permanent is permanent


def test_sendmail_missing_program(tmp_path: Path) -> None:
    transport = open_transport(SendmailTransport(name="mta", command=str(tmp_path / "nope")))
    with pytest.raises(SendError, match="not found") as err:
        transport.send(build(make_reply()))
    assert err.value.permanent
    assert transport.check()[0].ok is False


# -- file ------------------------------------------------------------------------------


def test_file_transport_writes_each_message_once(tmp_path: Path) -> None:
    outbox = tmp_path / "desk" / "outbox"
    transport = open_transport(FileTransport(name="outbox", path=outbox))
    assert isinstance(transport, FileTransportChannel)
    assert transport.check()[0].ok
    msg = build(make_reply())
    first = Path(transport.send(msg))
    again = Path(transport.send(build(make_reply(body="edited, retried"))))  # same Message-ID
    assert first == again
    assert [p.name for p in outbox.iterdir()] == [first.name]
    assert first.name.endswith("-sd.1042.0011223344556677.8899aabbccddeeff@acme.test.eml")
    assert first.read_bytes() == msg.as_bytes()
    assert stat.S_IMODE(outbox.stat().st_mode) == 0o2770
    other = Path(transport.send(build(make_reply(message_id="other@acme.test"))))
    assert sorted(p.name for p in outbox.iterdir()) == sorted([first.name, other.name])


def test_file_transport_names_are_safe(tmp_path: Path) -> None:
    transport = FileTransportChannel(FileTransport(name="outbox", path=tmp_path))
    msg = build(make_reply(message_id="../../../etc/passwd@x"))
    written = Path(transport.send(msg))
    assert written.parent == tmp_path
    assert "/" not in written.name.removesuffix(".eml") and written.name.endswith(".eml")
    assert Path(transport.send(msg)) == written


def test_file_transport_reports_an_unwritable_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    transport = FileTransportChannel(FileTransport(name="outbox", path=blocker / "outbox"))
    assert transport.check()[0].ok is False
    with pytest.raises(SendError, match="transport outbox"):
        transport.send(build(make_reply()))


def test_open_transport_by_kind(tmp_path: Path) -> None:
    cfg = SmtpTransport(name="s", host="127.0.0.1", security="none", password=Secret("env", ENV))
    assert open_transport(cfg).kind == "smtp"
    assert open_transport(SendmailTransport(name="m")).kind == "sendmail"
    assert open_transport(FileTransport(name="f", path=tmp_path)).kind == "file"
    assert os.environ.get(ENV) is None  # opening resolved no secret: that waits for a send
