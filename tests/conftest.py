"""Shared fixtures: every test gets its own XDG dirs so no real config or desk is touched."""

from __future__ import annotations

from pathlib import Path

import pytest

from supportdesk.config import Config, load_config
from supportdesk.desk import Desk
from supportdesk.store import open_store


@pytest.fixture(autouse=True)
def _isolated_xdg(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    for var in (
        "SUPPORTDESK_CONFIG",
        "SUPPORTDESK_DATA_DIR",
        "SUPPORTDESK_AGENT",
        "SUPPORTDESK_CRASH_AT",
    ):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def config() -> Config:
    return load_config(None)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "desk"


@pytest.fixture
def desk(data_dir: Path, config: Config) -> Desk:
    return Desk(open_store(data_dir), config, "ana")


@pytest.fixture(scope="session")
def dovecot():
    """A real Dovecot on 127.0.0.1 for the whole session (it takes ~2.5 s to stop); each
    test adds its own user, so mailboxes never leak between tests. In CI a missing
    Dovecot is a failure, not a skip (issue 4)."""
    import os

    from tests.peers.dovecot import Dovecot, dovecot_binary

    if dovecot_binary() is None:
        message = "dovecot is not installed: apt-get install -y dovecot-imapd"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    server = Dovecot.start()
    yield server
    server.stop()
