"""Site watch (issue 10): checks against a real local site, the state machine, the log,
outage tagging of imported tickets, the report figures and the one-checker role.

The site is tests/peers/site.py on 127.0.0.1, switched between healthy, slow, 500,
hanging, refusing and wrong content. Timeouts are short so the suite stays fast.
"""

from __future__ import annotations

import asyncio
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from supportdesk.config import MonitorConfig, parse_config
from supportdesk.desk import Desk
from supportdesk.errors import ConfigError
from supportdesk.mail.ingest import convert
from supportdesk.monitors import (
    DOWN,
    SLOW,
    UNKNOWN,
    UP,
    CheckResult,
    current_outages,
    monitors,
    outage_active,
    summary_for_report,
)
from supportdesk.monitors import log as mlog
from supportdesk.monitors.check import Checker
from supportdesk.monitors.model import MonitorState
from supportdesk.monitors.runner import MonitorRole, RoleStatus, Scheduler
from supportdesk.monitors.stats import History, figures, percentile
from tests.peers.certs import make_certs
from tests.peers.site import TEXT, Site, closed_port
from tests.test_intake import OPTS, eml


def cfg(url: str, **kw: object) -> MonitorConfig:
    """A monitor whose healthy checks cannot time out on a loaded machine (3 s); the tests
    that wait for a hanging site pass their own short `timeout`."""
    kw.setdefault("timeout", 3.0)
    kw.setdefault("interval", 0.2)
    return MonitorConfig("www", url, **kw)  # type: ignore[arg-type]


def check(c: MonitorConfig) -> CheckResult:
    async def go() -> CheckResult:
        checker = Checker()
        try:
            return await checker.check(c)
        finally:
            await checker.aclose()

    return asyncio.run(go())


@pytest.fixture
def site():
    with Site() as s:
        yield s


# -- one check ---------------------------------------------------------------------------


def test_healthy_site_is_ok_with_latency_and_no_certificate(site: Site) -> None:
    r = check(cfg(site.url, expect_text=TEXT))
    assert r.ok and r.status == 200 and r.error == ""
    assert r.ttfb_ms is not None and r.total_ms is not None and 0 < r.ttfb_ms <= r.total_ms
    assert r.cert_expires is None  # plain http


@pytest.mark.parametrize(
    ("mode", "error"),
    [
        ("500", "HTTP 500 (expected 2xx/3xx)"),
        ("wrong", "expected text not found in the response"),
        ("hang", "no answer within 0.5s"),
        ("refuse", "connection refused"),
    ],
)
def test_broken_site_fails_with_a_reason(site: Site, mode: str, error: str) -> None:
    site.mode = mode
    r = check(cfg(site.url, expect_text=TEXT, timeout=0.5 if mode == "hang" else 3.0))
    assert not r.ok
    assert r.error == error


def test_closed_port_is_refused_within_the_timeout() -> None:
    r = check(cfg(f"http://127.0.0.1:{closed_port()}/"))
    assert (r.ok, r.error) == (False, "connection refused")


def test_expect_status_ranges(site: Site) -> None:
    site.mode = "500"
    assert check(cfg(site.url, expect_status=((500, 599),))).ok
    site.mode = "healthy"
    assert not check(cfg(site.url, expect_status=((201, 204),))).ok


def test_headers_and_token_are_sent_from_secrets(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEALTH_TOKEN", "tok-123")
    monkeypatch.setenv("HEALTH_KEY", "key-456")
    config = parse_config(
        f"""
[[monitors]]
name = "www"
url = "{site.url}"
token = {{ env = "HEALTH_TOKEN" }}
headers = {{ "X-Health-Key" = {{ env = "HEALTH_KEY" }}, "X-Plain" = "p" }}
""",
        "config.toml",
    )
    assert check(config.monitors[0]).ok
    seen = site.headers_seen[-1]
    assert seen["Authorization"] == "Bearer tok-123"
    assert (seen["X-Health-Key"], seen["X-Plain"]) == ("key-456", "p")


def test_unresolvable_secret_fails_the_check_naming_the_key(site: Site) -> None:
    config = parse_config(
        f'[[monitors]]\nname = "www"\nurl = "{site.url}"\ntoken = {{ env = "NOPE_UNSET" }}\n',
        "config.toml",
    )
    r = check(config.monitors[0])
    assert not r.ok
    assert "monitors[0].token" in r.error and "NOPE_UNSET" in r.error
    assert site.requests == 0


def test_tls_certificate_days_left(tmp_path: Path) -> None:
    certs = make_certs(tmp_path / "certs", days=10)
    with Site(certs) as site:
        r = check(cfg(site.url, ca_cert=certs.ca))
        assert r.ok
        days = r.cert_days(datetime.now(UTC))
        assert days is not None and 9.9 < days <= 10
        untrusted = check(cfg(site.url))  # no CA bundle: verification fails (OUT-05)
        assert not untrusted.ok and untrusted.error.startswith("TLS: ")


# -- the state machine -------------------------------------------------------------------

T0 = datetime(2026, 11, 30, 10, 42, tzinfo=UTC)


def result(i: int, ok: bool, ms: float = 50.0) -> CheckResult:
    at = T0 + timedelta(minutes=i)
    return CheckResult("www", at, ok, 200 if ok else 500, ms, ms if ok else None)


def feed(st: MonitorState, oks: str) -> list[str]:
    """Feed "+" (good) and "-" (failed) checks; the states after each."""
    states = []
    for i, c in enumerate(oks):
        st.advance(result(i, c == "+"), failures=3, successes=2, slow_ms=1000)
        states.append(st.state)
    return states


def test_down_after_n_failures_up_after_n_successes() -> None:
    st = MonitorState("www")
    states = feed(st, "+---+-++")
    # "+" up; two failures are blips; the third makes it down; one good check does
    # not bring it back; the failure after it counts; two good ones in a row do.
    assert states[0] == UP
    assert states[1:3] == [UP, UP]
    assert states[3:7] == [DOWN, DOWN, DOWN, DOWN]
    assert states[7] == UP
    assert st.since == T0 + timedelta(minutes=7)
    assert st.last_outage is not None
    assert st.last_outage.start == T0 + timedelta(minutes=1)  # the first failed check
    assert st.last_outage.end == T0 + timedelta(minutes=7)
    assert st.last_outage.failed_checks == 4  # "---", then the "-" between good checks


def test_alternating_checks_never_flap() -> None:
    st = MonitorState("www")
    states = feed(st, "+-+-+-+--+-+--+")
    assert set(states) == {UP}
    down = MonitorState("www")
    feed(down, "---")
    assert set(feed(down, "+-+-+-+-")) == {DOWN}


def test_slow_is_up_but_shown() -> None:
    st = MonitorState("www")
    st.advance(result(0, True, 1500), failures=3, successes=2, slow_ms=1000)
    assert st.state == SLOW
    st.advance(result(1, True, 20), failures=3, successes=2, slow_ms=1000)
    assert st.state == UP


def test_state_survives_a_round_trip_and_garbage_starts_afresh() -> None:
    st = MonitorState("www")
    feed(st, "+---")
    again = MonitorState.from_json("www", st.as_json())
    assert (again.state, again.since, again.outage) == (DOWN, st.since, st.outage)
    assert MonitorState.from_json("www", {"state": "down", "outage": {"x": 1}}).state == UNKNOWN


# -- the scheduler against the site ------------------------------------------------------


def test_scheduler_transitions_with_the_site_and_records_them(site: Site, tmp_path: Path) -> None:
    data = tmp_path / "desk"
    # slow_ms well above a loaded machine's healthy answer, well below the slow mode's 1 s
    m = cfg(site.url, failures=2, successes=2, slow_ms=700)
    sched = Scheduler([m], data)
    site.slow_seconds = 1.0

    def round_() -> str:
        asyncio.run(sched.check([m]))
        return monitors(data)[0].state

    assert round_() == UP
    site.mode = "slow"  # 1 s > slow_ms
    assert round_() == SLOW
    site.mode = "500"
    assert round_() == SLOW  # one failure: a blip
    assert round_() == DOWN
    site.mode = "refuse"
    assert round_() == DOWN
    site.mode = "healthy"
    assert round_() == DOWN  # one good check is not trusted yet
    assert round_() == UP
    view = monitors(data)[0]
    assert view.last_outage is not None and view.last_outage.failed_checks == 3
    assert view.day["checks"] == 7
    assert view.day["uptime"] == pytest.approx(100 * 4 / 7, abs=0.01)
    assert len(view.spark) == 7
    logged = list(
        mlog.read(
            data,
            "www",
            datetime.now(UTC) - timedelta(hours=1),
            datetime.now(UTC) + timedelta(hours=1),
        )
    )
    assert [r.ok for r in logged] == [True, True, False, False, False, True, True]


def test_a_new_checker_continues_the_state(site: Site, tmp_path: Path) -> None:
    data = tmp_path / "desk"
    m = cfg(site.url, failures=2)
    site.mode = "500"
    first = Scheduler([m], data)
    asyncio.run(first.check([m]))
    second = Scheduler([m], data)  # the first process quit after one failure
    asyncio.run(second.check([m]))
    assert monitors(data)[0].state == DOWN
    assert second.history["www"].figures(datetime.now(UTC), timedelta(days=1)).checks == 2


def test_due_checks_run_concurrently_and_bounded(site: Site, tmp_path: Path) -> None:
    site.mode = "slow"
    site.slow_seconds = 0.3
    ms = [MonitorConfig(f"m{i}", site.url, timeout=2.0, interval=60) for i in range(6)]
    sched = Scheduler(ms, tmp_path / "desk", concurrency=3)
    results = asyncio.run(sched.run_due())
    assert [r.ok for r in results] == [True] * 6
    assert site.max_in_flight == 3  # concurrent, but never more than the bound
    assert asyncio.run(sched.run_due()) == []  # nothing is due for another minute


def test_stale_status_is_unknown_and_tags_nothing(site: Site, tmp_path: Path) -> None:
    data = tmp_path / "desk"
    m = cfg(site.url, failures=1)
    site.mode = "500"
    asyncio.run(Scheduler([m], data).check([m]))
    assert outage_active(data)
    later = datetime.now(UTC) + timedelta(minutes=5)  # the checker died: nobody updated it
    assert monitors(data, later)[0].state == UNKNOWN
    assert not outage_active(data, later)


# -- outage mode -------------------------------------------------------------------------


def _mail(desk: Desk, n: int) -> list[int]:
    now = format_datetime(datetime.now(UTC))
    raws = [
        eml(msgid=f"<o{n}-{i}@example.ro>", subject=f"Site down? {n}.{i}", date=now)
        for i in range(2)
    ]
    return desk.import_messages(convert(r, f"o#{n}{i}", OPTS) for i, r in enumerate(raws)).tickets


def test_tickets_imported_while_down_are_tagged(site: Site, desk: Desk, data_dir: Path) -> None:
    m = cfg(site.url, failures=2, successes=1, timeout=0.5)
    sched = Scheduler([m], data_dir)
    asyncio.run(sched.check([m]))
    before = _mail(desk, 1)
    site.mode = "hang"
    asyncio.run(sched.check([m]))
    blip = _mail(desk, 2)  # one failure: not an outage yet
    asyncio.run(sched.check([m]))
    during = _mail(desk, 3)
    site.mode = "healthy"
    asyncio.run(sched.check([m]))
    after = _mail(desk, 4)
    tags = {tid: desk.get_ticket(tid).tags for tid in before + blip + during + after}
    assert all(tags[t] == [] for t in before + blip + after)
    assert all(tags[t] == ["outage:www"] for t in during)
    report = summary_for_report(
        data_dir,
        datetime.now(UTC) - timedelta(hours=1),
        datetime.now(UTC) + timedelta(minutes=1),
        desk.store,
    )
    (www,) = report["monitors"]
    assert www["checks"] == 4 and www["uptime"] == 50.0
    (outage,) = www["outages"]
    assert outage["failed_checks"] == 2 and outage["end"] is not None
    assert outage["tickets"] == 2 and outage["ticket_ids"] == sorted(during)


def test_current_outage_names_start_and_failed_checks(site: Site, data_dir: Path) -> None:
    m = cfg(site.url, failures=2)
    sched = Scheduler([m], data_dir)
    site.mode = "500"
    for _ in range(3):
        asyncio.run(sched.check([m]))
    (down,) = current_outages(data_dir)
    assert down.outage is not None and down.outage.failed_checks == 3
    assert down.since == down.outage.start


# -- figures and the log -----------------------------------------------------------------


def test_percentiles_nearest_rank() -> None:
    values = sorted(float(v) for v in range(1, 101))
    assert (percentile(values, 50), percentile(values, 95)) == (50.0, 95.0)
    assert percentile([], 50) is None
    f = figures([result(0, True, 10), result(1, False), result(2, True, 30), result(3, True, 20)])
    assert (f.checks, f.uptime, f.p50_ms, f.p95_ms) == (4, 75.0, 20.0, 30.0)


def test_history_windows_day_and_week() -> None:
    now = T0 + timedelta(days=8)
    old = [CheckResult("www", now - timedelta(days=d), True, 200, 1, float(d)) for d in (9, 6, 3)]
    fresh = [CheckResult("www", now - timedelta(hours=h), h != 2, 200, 1, 100.0) for h in (3, 2, 1)]
    h = History([*old, *fresh])
    h.trim(now)
    day, week = h.figures(now, timedelta(days=1)), h.figures(now, timedelta(days=7))
    assert (day.checks, week.checks) == (3, 5)
    assert day.uptime == pytest.approx(200 / 3)
    assert h.spark(4) == [3.0, 100.0, 0.0, 100.0]


def test_log_is_pruned_and_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "desk"
    today = datetime(2026, 11, 30, tzinfo=UTC)
    for days in (40, 36, 35, 1):
        mlog.append(data, [CheckResult("www", today - timedelta(days=days), True, 200, 1, 1)])
    assert mlog.prune(data, today.date()) == 2
    left = sorted(p.stem for p in (data / "monitors" / "log" / "www").iterdir())
    assert left == ["2026-10-26", "2026-11-29"]
    monkeypatch.setattr(mlog, "DAY_CAP", 300)
    for i in range(20):
        mlog.append(data, [CheckResult("www", today + timedelta(seconds=i), True, 200, 1, 1)])
    path = mlog.day_path(data, "www", today.date())
    assert 0 < path.stat().st_size <= 300


def test_torn_log_line_is_skipped(tmp_path: Path) -> None:
    data = tmp_path / "desk"
    mlog.append(data, [result(0, True)])
    path = mlog.day_path(data, "www", T0.date())
    with path.open("ab") as fh:
        fh.write(b'{"t": 17')
    got = list(mlog.read(data, "www", T0 - timedelta(hours=1), T0 + timedelta(hours=1)))
    assert len(got) == 1


# -- one checker per desk ----------------------------------------------------------------


def test_only_one_process_checks_and_another_takes_over(
    site: Site, desk: Desk, data_dir: Path
) -> None:
    m = cfg(site.url, interval=0.2)
    seen: dict[str, list[RoleStatus]] = {"a": [], "b": []}
    a = MonitorRole(desk.store, [m], data_dir, seen["a"].append, retry=0.2)
    b = MonitorRole(desk.store, [m], data_dir, seen["b"].append, retry=0.2)
    ta = a.start_thread()
    deadline = time.monotonic() + 5
    while not a.held and time.monotonic() < deadline:
        time.sleep(0.02)
    tb = b.start_thread()
    while not any("by " in s.text for s in seen["b"]) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert a.held and not b.held
    assert seen["b"][0].text.startswith("monitors: by ")
    a.stop()
    ta.join(5)
    while not b.held and time.monotonic() < deadline:
        time.sleep(0.02)
    assert b.held  # the first one quit: the second took over within a retry
    requests = site.requests
    while site.requests == requests and time.monotonic() < deadline:
        time.sleep(0.02)
    b.stop()
    tb.join(5)
    assert not ta.is_alive() and not tb.is_alive()
    assert monitors(data_dir)[0].state == UP


# -- config ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("interval = 0", "monitors[0].interval: expected a number from 0.1 to 86400"),
        (
            'expect_status = [200, "6xx"]',
            "monitors[0].expect_status[1]: expected a status like 200",
        ),
        ('headers = { "a b" = "x" }', 'monitors[0].headers."a b": not a valid HTTP header name'),
        ("failures = 0", "monitors[0].failures: expected an integer of at least 1"),
        ('method = "POST"', "monitors[0].method: expected"),
        ('url = "ftp://x.test"', "monitors[0].url: expected an http(s) URL"),
        (
            'url = "http://x.test"\ntoken = { env = "T" }',
            "monitors[0].url: plain http would send the token",
        ),
        ('password = "x"', "monitors[0].password: unknown key"),
    ],
)
def test_config_errors_name_the_key(body: str, message: str) -> None:
    text = '[[monitors]]\nname = "www"\n'
    if not body.startswith("url"):
        text += 'url = "https://www.acme.test/"\n'
    with pytest.raises(ConfigError) as err:
        parse_config(text + body + "\n", "config.toml")
    assert str(err.value).startswith("config.toml: " + message)


def test_config_defaults_and_durations() -> None:
    config = parse_config(
        '[[monitors]]\nname = "www"\nurl = "https://www.acme.test/"\ninterval = "2m"\n'
        'expect_status = "200-204"\n',
        "c.toml",
    )
    (m,) = config.monitors
    assert (m.interval, m.timeout, m.expect_status, m.failures, m.successes) == (
        120.0,
        10.0,
        ((200, 204),),
        3,
        2,
    )
    with pytest.raises(ConfigError, match=r'monitors\[1\]\.name: duplicate name "www"'):
        parse_config(
            '[[monitors]]\nname = "www"\nurl = "https://a.test/"\n'
            '[[monitors]]\nname = "www"\nurl = "https://b.test/"\n',
            "c.toml",
        )


def test_threads_left_behind() -> None:
    """No test above leaves a checker thread running."""
    assert not [t for t in threading.enumerate() if t.name == "monitors"]


def test_stopping_cancels_a_check_in_flight(site: Site, desk: Desk, data_dir: Path) -> None:
    """Quitting the TUI must not wait out a hanging site's 20 s timeout."""
    site.mode = "hang"
    role = MonitorRole(desk.store, [cfg(site.url, timeout=20)], data_dir)
    thread = role.start_thread()
    deadline = time.monotonic() + 5
    while site.requests == 0 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert site.requests == 1  # the check is hanging now
    role.stop()
    thread.join(5)
    assert not thread.is_alive()


def test_outage_overview_for_any_front_end(site: Site, desk: Desk, data_dir: Path) -> None:
    from supportdesk.monitors import outage_overview

    m = cfg(site.url, failures=1, successes=1)
    sched = Scheduler([m], data_dir)
    assert outage_overview(data_dir, desk.store) == []
    site.mode = "500"
    asyncio.run(sched.check([m]))
    during = _mail(desk, 7)
    (down,) = outage_overview(data_dir, desk.store)
    assert not down.recovered and sorted(t.id for t in down.tickets) == sorted(during)
    site.mode = "healthy"
    asyncio.run(sched.check([m]))
    (back,) = outage_overview(data_dir, desk.store)
    assert back.recovered and sorted(t.id for t in back.tickets) == sorted(during)
    later = datetime.now(UTC) + timedelta(days=2)  # the offer lapses after a day
    asyncio.run(sched.check([m]))
    assert outage_overview(data_dir, desk.store, later, timedelta(days=1)) == []
