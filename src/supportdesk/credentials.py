"""Resolve the secrets a config refers to: `{ env }`, `{ command }`, `{ keyring, user }`.

Secrets never sit in the config file, and never leave this module except as the return
value: error messages name the reference (the variable, the command's exit status, the
keyring service), never the secret or a command's output (reliability.md CRED-01/02).
Over SSH a keyring usually has no Secret Service to talk to, so `command` and `env` are
first-class, and a keyring failure says which backend was tried and what to use instead.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from dataclasses import dataclass

from supportdesk.config import Secret
from supportdesk.errors import DeskError

COMMAND_TIMEOUT = 10.0


class CredentialError(DeskError):
    """A secret could not be obtained; the message says why without revealing it."""


@dataclass(frozen=True, slots=True)
class Resolved:
    value: str
    backend: str  # "env NAME", "command", "keyring (SecretService Keyring)"

    def __repr__(self) -> str:  # never print the value, even by accident
        return f"Resolved(backend={self.backend!r}, value=<hidden>)"


def resolve(secret: Secret, what: str) -> Resolved:
    """The secret's value; `what` names the config key in errors (`sources[0].password`)."""
    if secret.kind == "env":
        value = os.environ.get(secret.value)
        if not value:
            raise CredentialError(
                f"{what}: environment variable {secret.value} is not set or empty"
            )
        return Resolved(value, f"env {secret.value}")
    if secret.kind == "command":
        return Resolved(_from_command(secret.value, what), "command")
    return _from_keyring(secret, what)


def _from_command(command: str, what: str) -> str:
    """First line of the command's stdout. Run without a shell (shlex-split), with a
    timeout, its stdout kept out of every message (CRED-02)."""
    try:
        argv = shlex.split(command)
    except ValueError as exc:
        raise CredentialError(f"{what}: cannot split the command ({exc})") from None
    if not argv:
        raise CredentialError(f"{what}: the command is empty")
    try:
        done = subprocess.run(
            argv,
            capture_output=True,
            stdin=subprocess.DEVNULL,
            timeout=COMMAND_TIMEOUT,
            check=False,
        )
    except FileNotFoundError:
        raise CredentialError(f"{what}: command {argv[0]!r} not found") from None
    except subprocess.TimeoutExpired:
        raise CredentialError(
            f"{what}: command {argv[0]!r} gave no answer within {COMMAND_TIMEOUT:g}s"
        ) from None
    except OSError as exc:
        raise CredentialError(f"{what}: command {argv[0]!r} cannot run: {exc.strerror}") from None
    if done.returncode != 0:
        raise CredentialError(
            f"{what}: command {argv[0]!r} failed with exit status {done.returncode}"
        )
    first = done.stdout.decode("utf-8", "replace").splitlines()[:1]
    if not first or not first[0].strip():
        raise CredentialError(f"{what}: command {argv[0]!r} printed nothing")
    return first[0].strip()


def keyring_backend() -> tuple[str, bool]:
    """The keyring backend's name, and whether it can hold secrets at all."""
    import keyring
    from keyring.backends import fail, null

    backend = keyring.get_keyring()
    usable = not isinstance(backend, fail.Keyring | null.Keyring)
    name = getattr(backend, "name", type(backend).__name__)
    if "plaintext" in type(backend).__name__.lower():
        usable = False  # never fall back to a plaintext file silently (CRED-01)
    return name, usable


def _from_keyring(secret: Secret, what: str) -> Resolved:
    name, usable = keyring_backend()
    hint = 'use { command = "pass show …" } or { env = "…" } instead'
    if not usable:
        raise CredentialError(
            f"{what}: no usable keyring backend ({name}); over SSH there is often no Secret Service: {hint}"
        )
    import keyring
    from keyring.errors import KeyringError

    try:
        value = keyring.get_password(secret.value, secret.user)
    except KeyringError as exc:
        raise CredentialError(
            f"{what}: keyring {name} failed ({type(exc).__name__}); {hint}"
        ) from None
    if not value:
        raise CredentialError(
            f"{what}: keyring {name} has no entry for service {secret.value!r}, user {secret.user!r}"
        )
    return Resolved(value, f"keyring ({name})")
