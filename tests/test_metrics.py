"""The report's figures on synthetic timelines, worked out by hand (issue 9).

Every expected number below is derived in a comment from the timeline in
tests/metrics_timelines.py, so a change in what counts shows up as a named failure.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from supportdesk.config import parse_config
from supportdesk.configcheck import calendar
from supportdesk.metrics.business import BusinessHours
from supportdesk.metrics.deadlines import business_hours, due_at
from supportdesk.metrics.period import Period, parse_period
from supportdesk.metrics.report import build_report
from supportdesk.models import Person, Priority, Status, Ticket
from supportdesk.store import open_store
from tests.metrics_timelines import at, open_ticket_for, opened, period_end, week, write

BUCHAREST = ZoneInfo("Europe/Bucharest")
H = 3600


@pytest.fixture
def week_report(tmp_path: Path):
    store = open_store(tmp_path / "desk")
    write(store, week())
    open_ticket_for(store, "ana")
    config = parse_config("", "c.toml")
    return build_report(store, config, Period(at(2, 0), period_end()), now=period_end())


def test_first_next_and_resolution_times_per_agent(week_report) -> None:
    ana, bob = week_report.agent("ana"), week_report.agent("bob")
    assert [a.agent for a in week_report.agents] == ["ana", "bob"]
    # ana replied on #1 (twice), #2, #4 and #6 (#6 was opened before the period)
    assert (ana.replies, ana.tickets) == (5, 4)
    # first responses: #1 30m (the auto-reply at 9:10 did not count), #4 40m, #6 5h
    assert ana.first_response.count == 3
    assert (ana.first_response.median_s, ana.first_response.p90_s) == (2400, 5 * H)
    # next responses: #1 10:00 -> written 10:45 (sent 11:00) = 45m; #2 reopened 9:00 -> 10:00
    assert (ana.next_response.median_s, ana.next_response.p90_s) == (3150, H)
    # resolutions: #4 40m, #2's second episode 1h, #1 1h45m (from 9:00, written 10:45)
    assert ana.resolution.count == 3
    assert (ana.resolution.median_s, ana.resolution.p90_s) == (H, 6300)
    # bob: #2 1h (the bounce at 12:20 did not count), #3 2h
    assert (bob.replies, bob.tickets) == (2, 2)
    assert (bob.first_response.median_s, bob.first_response.p90_s) == (5400, 2 * H)
    assert bob.next_response.count == 0 and bob.next_response.median_s is None
    assert (bob.resolution.median_s, bob.resolution.p90_s) == (5400, 2 * H)


def test_breaches_fcr_and_counts(week_report) -> None:
    ana, bob, team = week_report.agent("ana"), week_report.agent("bob"), week_report.team
    # #3 (urgent, due 9:00, answered 10:00) was bob's; #5 (due Fri 20:00) nobody's
    assert (bob.sla_breaches, bob.breached_tickets) == (1, [3])
    assert ana.sla_breaches == 0
    assert (team.sla_breaches, team.breached_tickets) == (2, [3, 5])
    # R9: #3 was solved on first contact; #2 reopened, #1 took two replies, #4 escalated
    assert (bob.resolved, bob.fcr_rate) == (2, 0.5)
    assert (ana.resolved, ana.fcr_rate) == (2, 0.0)
    assert (team.resolved, team.fcr_rate) == (4, 0.25)
    assert (ana.escalations, ana.notes, ana.tone_overrides) == (1, 1, 1)
    assert (ana.open_assigned, bob.open_assigned, team.open_assigned) == (1, 0, 1)
    assert team.replies == 7 and team.tickets == 5
    # team first responses 30m, 40m, 1h, 2h, 5h
    assert (team.first_response.median_s, team.first_response.p90_s) == (H, 5 * H)
    assert week_report.reopens == 1
    # customer messages in the period: #1 x3, #2 x2, #3, #4, #5; the auto-reply and the
    # bounce are counted apart and never start a clock
    assert (week_report.customer_messages, week_report.automatic_messages) == (8, 2)


def test_hours_templates_daily_and_histogram(week_report) -> None:
    ana = week_report.agent("ana")
    # R10: ana's replies at 01:00, 09:30, 09:40, 10:00 and 10:45 (written, not sent)
    assert {h: n for h, n in enumerate(ana.by_hour) if n} == {1: 1, 9: 2, 10: 2}
    assert week_report.templates == [("ack", 2)]
    days = {d.isoformat(): v for d, v in week_report.daily["ana"]}
    # Monday: #6 5h, #1 30m and 45m -> median 45m; Tuesday: #2 1h; Thursday: #4 40m
    assert days == {"2026-03-02": 2700, "2026-03-03": H, "2026-03-05": 2400}
    histogram = dict(week_report.first_response_histogram)
    assert (histogram["<30m"], histogram["<1h"], histogram["<2h"]) == (0, 2, 1)  # 30m, 40m; 1h
    data = week_report.as_dict()
    assert set(data) >= {"period", "agents", "team"}
    assert data["period"] == {
        "from": "2026-03-02T00:00:00+00:00",
        "to": "2026-03-09T00:00:00+00:00",
    }
    assert data["agents"][0]["first_response"] == {
        "count": 3,
        "median_s": 2400,
        "p90_s": 18000,
        "business_median_s": 2400,
        "business_p90_s": 18000,
    }


def test_agent_filter_keeps_the_team(tmp_path: Path) -> None:
    store = open_store(tmp_path / "desk")
    write(store, week())
    config = parse_config("", "c.toml")
    only = build_report(store, config, Period(at(2, 0), period_end()), agent="bob")
    assert [a.agent for a in only.agents] == ["bob"]
    assert only.team.replies == 7


# -- business calendar, weekends and DST (Europe/Bucharest) --------------------------------

CAL = '[desk]\ntimezone = "Europe/Bucharest"\n[sla]\ncalendar = "mon-fri 09:00-18:00"\n'


def local(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return at(day, hour, minute, month=month, tz=BUCHAREST)


def test_business_time_across_weekends_and_both_dst_changes(tmp_path: Path) -> None:
    store = open_store(tmp_path / "desk")
    write(
        store,
        [
            # A: Friday 27 March 17:00 (EET) -> Monday 30 March 10:00 (EEST, after the
            # last Sunday of March): 64 real hours (65 on the wall clock), 2 business hours
            *opened(1, local(3, 27, 17)),
            ("reply", 1, "ana", local(3, 30, 10), {}),
            # B: urgent, Friday 17:30 -> Monday 9:45: 75 business minutes, due 1h after
            # 17:30 = Monday 9:30, so a breach
            *opened(2, local(3, 27, 17, 30), "urgent"),
            ("reply", 2, "ana", local(3, 30, 9, 45), {}),
            # C: Saturday 24 October 12:00 (EEST) -> Monday 26 October 9:30 (EET, after
            # the last Sunday of October): 46.5 real hours, 30 business minutes
            *opened(3, local(10, 24, 12)),
            ("reply", 3, "ana", local(10, 26, 9, 30), {}),
        ],
    )
    config = parse_config(CAL, "c.toml")
    period = Period(local(3, 23, 0), local(11, 1, 0))
    report = build_report(store, config, period, now=period.end)
    first = report.agent("ana").first_response
    assert first.count == 3
    assert (first.median_s, first.p90_s) == (63.25 * H, 64 * H)  # B 63h15m, C 46h30m, A 64h
    assert (first.business_median_s, first.business_p90_s) == (4500, 7200)
    assert report.agent("ana").breached_tickets == [2]
    assert report.calendar == "mon-fri 09:00-18:00"


def test_queue_deadline_follows_the_calendar() -> None:
    """The queue's `due_at` and the report's deadline are the same computation."""
    config = parse_config(CAL, "c.toml")
    hours = business_hours(config)
    assert hours is not None
    ticket = Ticket(1, "s", Person("C", "c@x.test"), status=Status.NEW)
    ticket.last_customer_at = local(3, 27, 17)  # Friday 17:00, normal = 8 business hours
    due = due_at(ticket, config.sla.first_response, config.sla.next_response, hours)
    assert due == local(3, 30, 16)  # 1h on Friday, 7h on Monday (now summer time)
    ticket.priority = Priority.URGENT
    # 1h from 17:00 ends with Friday's hours: 18:00, not Monday's opening
    assert due_at(ticket, config.sla.first_response, {}, hours) == local(3, 27, 18)
    # 24/7 keeps plain arithmetic
    plain = parse_config("", "c.toml")
    assert business_hours(plain) is None
    ticket.priority = Priority.NORMAL
    assert due_at(ticket, plain.sla.first_response, {}) == local(3, 28, 1)


def test_round_the_clock_calendar_counts_real_hours_on_dst_days() -> None:
    hours = BusinessHours(calendar("mon-sun 00:00-24:00"), BUCHAREST)
    day = 24 * H
    spring = hours.between(local(3, 28, 12).timestamp(), local(3, 29, 12).timestamp())
    autumn = hours.between(local(10, 24, 12).timestamp(), local(10, 25, 12).timestamp())
    assert (spring, autumn) == (day - H, day + H)
    assert hours.local_hour(local(3, 29, 4).timestamp()) == 4  # summer time already
    # a deadline landing at the end of a day is that end, not the next opening
    office = BusinessHours(calendar("mon-fri 09:00-18:00"), BUCHAREST)
    assert office.add(local(3, 27, 9).timestamp(), 9 * H) == local(3, 27, 18).timestamp()


# -- periods ---------------------------------------------------------------------------


def test_periods() -> None:
    now = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    assert parse_period(since="7d", now=now) == Period(datetime(2026, 3, 3, 12, tzinfo=UTC), now)
    today = parse_period(since="today", now=now, tz=BUCHAREST)
    assert today.start == local(3, 10, 0)
    span = parse_period(start="2026-03-01", end="2026-03-07", tz=BUCHAREST, now=now)
    assert (span.start, span.end) == (local(3, 1, 0), local(3, 8, 0))  # --to is inclusive
    from supportdesk.errors import DeskError

    for bad in ({"since": "7x"}, {"start": "March"}, {"start": "2026-03-05", "end": "2026-03-01"}):
        with pytest.raises(DeskError):
            parse_period(now=now, **bad)  # type: ignore[arg-type]


def test_the_queue_stores_business_deadlines_on_import(tmp_path: Path) -> None:
    """Intake and the desk verbs store `due_at` with the calendar (the queue's countdown)."""
    from supportdesk.desk import Desk
    from supportdesk.models import Direction, Incoming, Message

    desk = Desk(open_store(tmp_path / "desk"), parse_config(CAL, "c.toml"), "ana")
    when = local(3, 27, 17)  # Friday 17:00: 8 business hours end Monday 16:00
    msg = Message(0, Direction.IN, Person("C", "c@x.test"), "Hi", "text", when, message_id="m@x")
    [tid] = desk.import_messages([Incoming(msg)]).tickets
    assert desk.get_ticket(tid).due_at == local(3, 30, 16)
    desk.set_priority(tid, "high")  # 4 business hours: 1h Friday, 3h Monday
    assert desk.get_ticket(tid).due_at == local(3, 30, 12)


def test_monitors_section_is_optional(tmp_path: Path) -> None:
    store = open_store(tmp_path / "desk")
    config = parse_config("", "c.toml")
    period = Period(at(2, 0), period_end())
    assert "monitors" not in build_report(store, config, period).as_dict()
    section = {"www": {"uptime": 0.999, "outages": [{"tickets": 3}]}}
    report = build_report(store, config, period, monitors=lambda _s, _c, _p: section)
    assert report.as_dict()["monitors"] == section


def test_event_dicts_skips_unwanted_kinds_and_torn_lines(tmp_path: Path) -> None:
    store = open_store(tmp_path / "desk")
    write(store, [*opened(1, at(2, 9)), ("reply_queued", 1, "ana", at(2, 9, 5), {})])
    [log] = (tmp_path / "desk" / "events").glob("*.jsonl")
    with log.open("ab") as fh:  # another writer's key order, then a line torn by a crash
        fh.write(b'{"ticket_id":1,"kind":"reply","agent":"ana","at":"2026-03-02T09:30:00+00:00"')
        fh.write(b',"data":{}}\n{"kind":"reply","ticket_id":1,"ag\n')
    kinds = [e["kind"] for e in store.event_dicts(["ticket_created", "message_in", "reply"])]
    assert kinds == ["ticket_created", "message_in", "reply"]
    assert len(list(store.event_dicts())) == 4


def test_a_message_that_crossed_a_reply_still_waits_for_an_answer(tmp_path: Path) -> None:
    """A reply counts from when it was written: a customer message that arrived after
    that, while the reply was being sent, is not answered by it (as on the queue)."""
    store = open_store(tmp_path / "desk")
    written = {"written_at": at(2, 10).isoformat()}
    write(
        store,
        [
            # 1: waiting since 9:00; written 10:00, the customer adds at 10:02, sent 10:05
            *opened(1, at(2, 9)),
            ("message_in", 1, "", at(2, 10, 2), {}),
            ("reply", 1, "ana", at(2, 10, 5), written),
            ("reply", 1, "ana", at(2, 11), {}),  # answers 10:02 after 58m
            # 2: answered; ana writes unprompted at 10:00, the customer writes at 10:01
            *opened(2, at(2, 8)),
            ("reply", 2, "ana", at(2, 8, 30), {}),
            ("message_in", 2, "", at(2, 10, 1), {}),
            ("reply", 2, "ana", at(2, 10, 2), written),  # answers nothing
            ("reply", 2, "ana", at(2, 10, 31), {}),  # answers 10:01 after 30m
        ],
    )
    config = parse_config("", "c.toml")
    ana = build_report(store, config, Period(at(2, 0), period_end())).agent("ana")
    assert ana.first_response.count == 2  # 1h and 30m
    assert ana.next_response.count == 2
    assert (ana.next_response.median_s, ana.next_response.p90_s) == (2640, 3480)  # 30m, 58m


def test_a_recent_period_reads_only_tickets_that_can_change_it(tmp_path: Path) -> None:
    """Tickets settled before the period are skipped; one still open whose deadline
    passes in the period is read although it logged nothing since."""
    store = open_store(tmp_path / "desk")
    with store.transaction() as tx:  # tickets 1 (closed) and 2 (still open, waiting)
        for status in (Status.CLOSED, Status.NEW):
            t = tx.new_ticket(Ticket(0, "s", Person("C", "c@x.test")))
            t.status = status
            tx.put_ticket(t)
    write(
        store,
        [
            *opened(1, at(10, 9, month=1)),
            ("reply", 1, "ana", at(10, 10, month=1), {"status": "solved"}),
            *opened(2, at(31, 20, month=1)),  # due 1 February 04:00, never answered
            *opened(3, at(2, 9, month=2)),
            ("reply", 3, "bob", at(2, 9, 30, month=2), {}),
        ],
    )
    assert store.tickets_with_events(at(1, 0, month=2)) == {3}
    assert store.tickets_with_events(at(1, 0, month=1)) is None  # the whole log
    only = {e["ticket_id"] for e in store.event_dicts(None, {1, 3})}
    assert only == {1, 3}
    config = parse_config("", "c.toml")
    report = build_report(store, config, Period(at(1, 0, month=2), at(1, 0)), now=at(1, 0))
    assert report.team.breached_tickets == [2]
    assert (report.team.replies, report.team.first_response.median_s) == (1, 1800)
