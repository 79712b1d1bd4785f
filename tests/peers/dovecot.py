"""A real Dovecot IMAP server for tests and benchmarks, on free 127.0.0.1 ports.

Everything lives in a temp dir: its config, runtime and state dirs, log, passwd-file, a
throw-away CA and server certificate (tests/peers/certs.py), and the mailboxes. Two
listeners: plain (with STARTTLS offered) and implicit TLS. Each test gets a fresh user, so one server
serves a whole session: Dovecot starts in ~0.1 s but takes ~2.5 s to stop. Dovecot refuses to run mailboxes as uid 0, so as root the mail
belongs to `nobody`; as another user everything runs as that user.

    with Dovecot.start() as server:
        user = server.add_user()
        server.append(user, "INBOX", [raw_bytes])
"""

from __future__ import annotations

import datetime as dt
import grp
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from imapclient import IMAPClient

from tests.peers.certs import make_certs

PASSWORD_LENGTH = 12


def dovecot_binary() -> str | None:
    """The `dovecot` executable: it lives in /usr/sbin, often not on a user's PATH."""
    return shutil.which("dovecot") or shutil.which("dovecot", path="/usr/sbin:/usr/local/sbin")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {login_user}
first_valid_uid = {uid}
# XOAUTH2 with a passwd-file: Dovecot checks the bearer token as if it were the password
auth_mechanisms = plain login xoauth2
disable_plaintext_auth = no
# tests log in with wrong passwords on purpose: no 2 s reply delay, no per-IP penalty
auth_failure_delay = 0
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
}}
# one passwd-file per user: Dovecot notices a changed file by its mtime in whole seconds
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd.d/%u
}}
userdb {{
  driver = static
  args = uid={mail_user} gid={mail_group} home={root}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    port = {port}
  }}
  inet_listener imaps {{
    port = {tls_port}
    ssl = yes
  }}
{chroot}}}
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
{chroot}}}
"""


@dataclass
class Dovecot:
    """A running Dovecot; `stop()` (or leaving the `with` block) ends it."""

    root: Path
    port: int
    tls_port: int
    ca: Path  # what a client trusts (`ca_cert`): the CA that signed the server's certificate
    process: subprocess.Popen[bytes]
    users: dict[str, str] = field(default_factory=dict)

    @classmethod
    def start(cls, root: Path | None = None) -> Dovecot:
        binary = dovecot_binary()
        if binary is None:
            raise FileNotFoundError("dovecot is not installed (apt-get install dovecot-imapd)")
        root = Path(root or tempfile.mkdtemp(prefix="sd-dovecot-"))
        root.mkdir(parents=True, exist_ok=True)
        root.chmod(0o755)  # the mail user and Dovecot's own users must reach home/ and certs
        certs = make_certs(root)
        (root / "passwd.d").mkdir()
        (root / "home").mkdir(exist_ok=True)
        if os.geteuid() == 0:
            mail_user, mail_group = "nobody", grp.getgrgid(pwd.getpwnam("nobody").pw_gid).gr_name
            internal, internal_group, login, chroot = "dovecot", "dovecot", "dovenull", ""
        else:  # an unprivileged Dovecot: every process runs as us, nothing is chrooted
            mail_user = internal = login = pwd.getpwuid(os.getuid()).pw_name
            mail_group = internal_group = grp.getgrgid(os.getgid()).gr_name
            chroot = "  chroot =\n"
        mail_uid = pwd.getpwnam(mail_user).pw_uid
        (root / "home").chmod(0o777)
        port, tls_port = free_port(), free_port()
        conf = root / "dovecot.conf"
        conf.write_text(
            CONFIG.format(
                root=root,
                cert=certs.cert,
                key=certs.key,
                port=port,
                tls_port=tls_port,
                internal_user=internal,
                internal_group=internal_group,
                login_user=login,
                uid=mail_uid,
                mail_user=mail_user,
                mail_group=mail_group,
                chroot=chroot,
            )
        )
        process = subprocess.Popen(
            [binary, "-F", "-c", str(conf)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        server = cls(root, port, tls_port, certs.ca, process)
        server._wait_ready()
        return server

    def _wait_ready(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                err = self.process.stderr.read().decode() if self.process.stderr else ""
                log = self.root / "dovecot.log"
                err += log.read_text() if log.exists() else ""
                raise RuntimeError(f"dovecot exited with {self.process.returncode}: {err}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                    if s.recv(100).startswith(b"* OK"):
                        return
            except OSError:
                time.sleep(0.02)
        self.stop()
        raise RuntimeError("dovecot did not answer within 10 s")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stderr:
            self.process.stderr.close()
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> Dovecot:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- accounts and mail -------------------------------------------------------------
    def add_user(self, name: str | None = None, password: str | None = None) -> str:
        """A fresh account with an empty mailbox; its name. One passwd-file per user
        (`passwd.d/%u`): Dovecot notices a changed file only by its mtime in seconds."""
        name = name or f"u{secrets.token_hex(4)}"
        password = password or secrets.token_urlsafe(PASSWORD_LENGTH)
        self.users[name] = password
        (self.root / "passwd.d" / name).write_text(f"{name}:{{PLAIN}}{password}::::::\n")
        return name

    def client(self, user: str, *, timeout: float = 10.0) -> IMAPClient:
        """A logged-in plain-text client, as another mail program would be."""
        c = IMAPClient("127.0.0.1", self.port, ssl=False, timeout=timeout)
        c.login(user, self.users[user])
        return c

    def append(
        self,
        user: str,
        folder: str,
        messages: Iterable[bytes],
        flags: tuple[bytes, ...] = (),
        when: dt.datetime | None = None,
    ) -> list[int]:
        """APPEND each message (creating the folder if needed); the UIDs it got."""
        uids: list[int] = []
        with self.client(user) as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            for raw in messages:
                answer = c.append(folder, raw, flags, msg_time=when)
                uids.append(_appended_uid(answer))
        return uids


def _appended_uid(answer: bytes) -> int:
    """The UID from `[APPENDUID validity uid]` (UIDPLUS, which Dovecot has)."""
    text = answer.decode("ascii", "replace")
    if "APPENDUID" not in text:
        return 0
    return int(text.split("APPENDUID", 1)[1].split("]", 1)[0].split()[1])
