"""Site watch in the TUI (issue 10): the header strip, the outage banner on every
agent's screen, the monitors screen, and the recovery flow that answers the tagged
tickets with the "resolved" template one review at a time (R4), never in bulk.

The watched site is tests/peers/site.py on 127.0.0.1. Changes come from the checker
thread and from other processes, so tests wait with `until`, never on timings.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from textual.widgets import Static

from supportdesk.config import parse_config
from supportdesk.demo.seed import demo_config_toml
from supportdesk.desk import Desk
from supportdesk.mail.ingest import convert
from supportdesk.metrics.period import Period
from supportdesk.models import Status
from supportdesk.monitors import monitors
from supportdesk.monitors.runner import Scheduler
from supportdesk.store import open_store
from supportdesk.tui import monitor_watch
from supportdesk.tui.app import SupportdeskApp
from supportdesk.tui.clock import fixed_clock
from supportdesk.tui.screens.lead import LeadScreen
from supportdesk.tui.screens.monitors import MonitorCard, MonitorsScreen
from supportdesk.tui.screens.review import ReviewScreen
from supportdesk.tui.widgets.monitor_strip import MonitorStrip, OutageBanner
from tests.peers.site import Site
from tests.test_intake import OPTS, eml
from tests.tui.conftest import NOW, settle, until


@pytest.fixture(autouse=True)
def _fast_poll(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(monitor_watch, "POLL", 0.2)


@pytest.fixture
def site():
    with Site() as s:
        yield s


def monitor_desk(root: Path, site: Site, agent: str = "ana") -> Desk:
    toml = demo_config_toml(str(root / "desk"), str(root / "outbox"), agent)
    toml += (
        f'\n[[monitors]]\nname = "www"\nurl = "{site.url}"\ninterval = 0.2\ntimeout = 0.5\n'
        "failures = 2\nsuccesses = 2\n"
    )
    return Desk(open_store(root / "desk"), parse_config(toml, "monitors.toml"), agent)


def import_mail(desk: Desk, n: int) -> list[int]:
    now = format_datetime(datetime.now(UTC))
    raws = [
        eml(frm=f"Client {i} <c{i}@example.com>", msgid=f"<down{n}-{i}@example.com>",
            subject=f"Site is down {i}", body="Your site does not open!!!", date=now)
        for i in range(n)
    ]  # fmt: skip
    return desk.import_messages(convert(r, f"down#{i}", OPTS) for i, r in enumerate(raws)).tickets


def banner_text(app: SupportdeskApp) -> str:
    banner = app.screen.query_one(OutageBanner)
    return "\n".join(str(c) for c in banner.text_lines()) if banner.display else ""


async def test_banner_and_strip_on_a_screen_that_does_not_check(demo_root: Path, site: Site):
    """Another process checks; this agent's app has no [[monitors]] and still shows it."""
    checker_desk = monitor_desk(demo_root, site, "mihai")
    m = checker_desk.config.monitors[0]
    sched = Scheduler([m], demo_root / "desk")
    site.mode = "500"
    for _ in range(3):
        await sched.check([m])
    tagged = import_mail(checker_desk, 2)
    assert all(checker_desk.get_ticket(t).tags == ["outage:www"] for t in tagged)
    plain_desk = Desk(open_store(demo_root / "desk"), checker_desk.config.__class__(), "ana")
    app = SupportdeskApp(plain_desk, clock=fixed_clock(NOW))
    async with app.run_test(size=(100, 30)) as pilot:
        # The message says what the banner showed instead (a rare failure under full-suite
        # load left no clue otherwise).
        shown = await until(pilot, lambda: "down since" in banner_text(app))
        assert shown, (
            f"banner: {banner_text(app)!r}, strip: {app.screen.query_one(MonitorStrip).render().plain!r}"
        )
        since = monitors(demo_root / "desk")[0].since.astimezone(app.screen.tz).strftime("%H:%M")
        assert banner_text(app) == (
            f"✖ 127.0.0.1 down since {since}, 3 failed checks, 2 tickets since"
        )
        strip = app.screen.query_one(MonitorStrip)
        # The state is in the glyph's shape, not only its colour (NO_COLOR, 16 colours).
        assert strip.render().plain == "✖ www"
        assert app.screen.template_boost == {"outage"}  # R4: outage templates first
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Monitors: state, latency and uptime" in titles  # in the palette too
        await pilot.press("M")
        await settle(pilot)
        assert isinstance(app.screen, MonitorsScreen)
        card = app.screen.query_one(MonitorCard)
        assert await until(pilot, lambda: "down since" in str(card.query_one(".summary").render()))
        await pilot.press("escape")
        assert not isinstance(app.screen, MonitorsScreen)


async def test_outage_then_recovery_offers_resolved_replies_one_review_at_a_time(
    demo_root: Path, site: Site
):
    desk = monitor_desk(demo_root, site)
    app = SupportdeskApp(desk, clock=fixed_clock(NOW), sync_retry=0.2)
    async with app.run_test(size=(100, 30)) as pilot:
        strip = app.screen.query_one(MonitorStrip)
        assert await until(pilot, lambda: strip.render().plain == "●")  # the app checks
        site.mode = "hang"
        assert await until(pilot, lambda: "down since" in banner_text(app))
        other = Desk(open_store(demo_root / "desk"), desk.config, "mihai")  # mail arrives
        first, second = await asyncio.to_thread(import_mail, other, 2)
        assert await until(pilot, lambda: "2 tickets since" in banner_text(app))
        site.mode = "healthy"
        assert await until(pilot, lambda: "is back up" in banner_text(app))
        assert "2 tagged tickets to tell · press R" in banner_text(app)
        assert app.screen.template_boost == frozenset()  # recovered: normal ranking
        await pilot.press("R")
        assert await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert "Site is down 0" in review.subject and "c0@example.com" in review.to
        assert "working normally again since" in review.body
        await pilot.press("y")  # send this one
        assert await until(
            pilot, lambda: isinstance(app.screen, ReviewScreen) and app.screen is not review
        )
        assert "Site is down 1" in app.screen.subject  # the next one, reviewed on its own
        await pilot.press("p")  # keep it as a draft
        assert await until(pilot, lambda: not isinstance(app.screen, ReviewScreen))

        def done() -> list[str]:
            return [n.message for n in app._notifications if n.message.startswith("outage rep")]

        assert await until(pilot, done)
        assert done() == ["outage replies done: 1 sent, 1 kept as drafts"]
        # The sent one no longer awaits a reply; the postponed one is still offered.
        assert await until(pilot, lambda: "1 tagged ticket to tell" in banner_text(app))
        assert await until(pilot, lambda: desk.draft(second) != "")
        await pilot.press("L")  # the lead's screen: uptime and tickets of the outage
        assert await until(pilot, lambda: isinstance(app.screen, LeadScreen))
        lead = app.screen

        def sites() -> str:
            return str(lead.query_one("#sites-body", Static).render())

        assert await until(pilot, lambda: "www" in sites())
        # The app's clock is frozen in the demo's week; the checks ran just now.
        real_now = datetime.now(UTC)
        lead.compute(Period(real_now - timedelta(hours=1), real_now + timedelta(minutes=1)))
        assert await until(pilot, lambda: "failed checks, 2 tickets" in sites())
        assert "% " in sites() or "%\n" in sites()  # an uptime figure, not "no checks"
    sent = desk.get_ticket(first)
    assert sent.status is Status.SOLVED  # the template's status_after
    assert "outage" in sent.tags and "outage:www" in sent.tags
    assert len(list((demo_root / "outbox").glob("*.eml"))) == 1
    assert desk.get_ticket(second).status is Status.NEW
    assert "working normally again" in desk.draft(second)
