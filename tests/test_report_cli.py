"""`supportdesk report` through the real program, and the events the real verbs log."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from supportdesk.store import open_store
from tests.metrics_timelines import week, write


def cli(cfg: Path, *args: str, agent: str = "ana") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "supportdesk", "--config", str(cfg), "--agent", agent, *args],
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if not k.startswith("SUPPORTDESK_")},
        timeout=60,
    )


@pytest.fixture(scope="module")
def week_desk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("week")
    write(open_store(root / "desk"), week())
    cfg = root / "config.toml"
    cfg.write_text(f'[desk]\ndata_dir = "{root / "desk"}"\n')
    return cfg


SPAN = ("--from", "2026-03-02", "--to", "2026-03-08")


def test_json_has_the_design_shape_and_exact_figures(week_desk: Path) -> None:
    done = cli(week_desk, "report", *SPAN, "--format", "json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["period"] == {
        "from": "2026-03-02T00:00:00+00:00",
        "to": "2026-03-09T00:00:00+00:00",
    }
    agent_keys = {"agent", "replies", "tickets", "first_response", "next_response", "resolution",
                  "sla_breaches"}  # fmt: skip
    for row in data["agents"]:
        assert set(row) >= agent_keys
        for measure in ("first_response", "next_response", "resolution"):
            assert set(row[measure]) >= {"count", "median_s", "p90_s"}
    assert set(data["team"]) >= agent_keys - {"agent"}
    ana, bob = data["agents"]
    assert (ana["agent"], ana["replies"], ana["first_response"]["median_s"]) == ("ana", 5, 2400)
    assert (bob["sla_breaches"], bob["breached_tickets"], bob["fcr_rate"]) == (1, [3], 0.5)
    assert data["team"]["sla_breaches"] == 2
    # the other one: ticket nobody had claimed at its deadline (ux19: the team's count
    # adds up from the rows)
    assert data["unassigned"]["sla_breaches"] == 1
    assert sum(r["sla_breaches"] for r in [*data["agents"], data["unassigned"]]) == 2
    assert data["templates"] == [{"template": "ack", "count": 2}]
    assert len(data["team"]["by_hour"]) == 24


def test_csv_and_table_formats(week_desk: Path) -> None:
    done = cli(week_desk, "report", *SPAN, "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [r["agent"] for r in rows] == ["ana", "bob", "(unassigned)", "(team)"]
    assert rows[1]["first_response_median_s"] == "5400.0"
    assert rows[1]["next_response_median_s"] == ""  # bob never answered a follow-up
    assert [r["sla_breaches"] for r in rows] == ["0", "1", "1", "2"]

    table = cli(week_desk, "report", *SPAN)
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[1].split()[:3] == ["AGENT", "REPL", "TKTS"]
    assert max(len(line) for line in lines[1:6]) <= 80
    assert lines[2].split()[:6] == ["ana", "5", "4", "40m", "5h00m", "52m"]
    assert [line.split()[0] for line in lines[4:6]] == ["(unassigned)", "(team)"]
    assert "templates: ack (2)" in table.stdout

    only = json.loads(cli(week_desk, "report", *SPAN, "--agent", "bob", "--json").stdout)
    assert [a["agent"] for a in only["agents"]] == ["bob"]
    assert only["team"]["replies"] == 7
    assert "unassigned" not in only  # one agent's rows: the team's count cannot add up


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (("--since", "7x"), 1, "report --since"),
        (("--from", "March"), 1, "report --from 'March'"),
        (("--from", "2026-03-09", "--to", "2026-03-01"), 1, "must end after it starts"),
        (("--since", "7d", "--from", "2026-03-01"), 2, "not allowed with"),
        (("--since", "7d", "--to", "2026-03-01"), 2, "--to goes with --from"),
        (("--format", "xml"), 2, "invalid choice"),
    ],
)
def test_bad_periods_are_one_line_errors(week_desk: Path, args, code: int, needle: str) -> None:
    done = cli(week_desk, "report", *args)
    assert done.returncode == code
    assert needle in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    if code == 1:
        assert len(done.stderr.strip().splitlines()) == 1


# -- what the real intake and outbox log -------------------------------------------------


def eml(message_id: str, when: datetime, extra: str = "") -> str:
    return (
        "From: Ion Popescu <ion@example.ro>\r\nTo: support@acme.test\r\n"
        f"Subject: Payment missing\r\nDate: {format_datetime(when)}\r\n"
        f"Message-ID: <{message_id}>\r\n{extra}"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nMy payment is missing.\r\n"
    )


def test_intake_and_outbox_log_what_the_report_counts(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        f'[desk]\naddress = "support@acme.test"\ndata_dir = "{tmp_path / "desk"}"\n'
        '[[transports]]\nname = "out"\nkind = "file"\n'
        f'path = "{tmp_path / "outbox"}"\n'
    )
    wrote = datetime.now(UTC) - timedelta(hours=1)
    (tmp_path / "a.eml").write_text(eml("first@example.ro", wrote))
    ooo = "In-Reply-To: <first@example.ro>\r\nAuto-Submitted: auto-replied\r\n"
    (tmp_path / "b.eml").write_text(eml("ooo@example.ro", wrote + timedelta(minutes=5), ooo))
    for name in ("a.eml", "b.eml"):
        assert cli(cfg, "import", str(tmp_path / name)).returncode == 0
    done = cli(cfg, "reply", "1", "--template", "acknowledgement", "--send", "--yes", agent="bob")
    assert done.returncode == 0, done.stderr

    events = [e for e in open_store(tmp_path / "desk").events() if e.ticket_id == 1]
    kinds = [e.kind for e in events]
    assert kinds[:3] == ["ticket_created", "message_in", "message_in"]
    assert events[0].data["priority"] == "normal"
    assert "auto_reply" not in events[1].data and events[2].data["auto_reply"] is True
    [reply] = [e for e in events if e.kind == "reply"]
    assert reply.agent == "bob" and reply.data["template"] == "acknowledgement"
    assert datetime.fromisoformat(str(reply.data["written_at"])) <= reply.at
    assert reply.at.tzinfo is not None and reply.at.utcoffset() == timedelta(0)

    data = json.loads(cli(cfg, "report", "--since", "1d", "--json").stdout)
    [bob] = data["agents"]
    assert (bob["agent"], bob["replies"], bob["first_response"]["count"]) == ("bob", 1, 1)
    # the clock ran from the customer's message, not from the auto-reply 5 minutes later
    assert bob["first_response"]["median_s"] >= 3600
    assert data["automatic_messages"] == 1 and data["customer_messages"] == 1
    assert data["templates"] == [{"template": "acknowledgement", "count": 1}]
