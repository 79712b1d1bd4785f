"""Answering an unclaimed ticket claims it ([desk] claim_on_reply), through the real program.

Before this, a reply left the ticket with nobody, so when the customer wrote again and
the next-response deadline passed, the lead's report put the breach on "(unassigned)"
although an agent had been answering it (noticed in ux21). The claim is made in the
reply's own transaction and logged as a `claim` event, which the report's fold replays.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from supportdesk.config import load_config
from supportdesk.desk import Desk
from supportdesk.store import open_store
from tests.test_report_cli import cli, eml

FOLLOW_UP = "In-Reply-To: <first@example.ro>\r\nReferences: <first@example.ro>\r\n"


def _desk(tmp_path: Path, extra: str = "") -> Path:
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        f'[desk]\naddress = "support@acme.test"\ndata_dir = "{tmp_path / "desk"}"\n{extra}'
        '[[transports]]\nname = "out"\nkind = "file"\n'
        f'path = "{tmp_path / "outbox"}"\n'
        '[sla]\nnext_response = { urgent = "1s", high = "1s", normal = "1s", low = "1s" }\n'
    )
    (tmp_path / "a.eml").write_text(eml("first@example.ro", datetime.now(UTC) - timedelta(hours=1)))
    assert cli(cfg, "import", str(tmp_path / "a.eml")).returncode == 0
    return cfg


def _reply(cfg: Path, agent: str) -> None:
    done = cli(
        cfg, "reply", "1", "--template", "acknowledgement", "--status", "pending", "--send",
        "--yes", agent=agent,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def _customer_writes_again(cfg: Path, tmp_path: Path) -> None:
    (tmp_path / "c.eml").write_text(eml("again@example.ro", datetime.now(UTC), FOLLOW_UP))
    done = cli(cfg, "import", str(tmp_path / "c.eml"), "--json")
    assert json.loads(done.stdout)["threaded"] == 1, done.stderr
    time.sleep(1.5)  # the 1 s next-response deadline passes, unanswered


def _ticket(cfg: Path) -> dict:
    return json.loads(cli(cfg, "tickets", "show", "1", "--json").stdout)


def _breaches(cfg: Path) -> dict[str, int]:
    data = json.loads(cli(cfg, "report", "--since", "1d", "--json").stdout)
    rows = {r["agent"]: r["sla_breaches"] for r in data["agents"]}
    rows["(unassigned)"] = data.get("unassigned", {}).get("sla_breaches", 0)
    return rows


def test_a_reply_claims_an_unclaimed_ticket_and_owns_its_next_deadline(tmp_path: Path) -> None:
    cfg = _desk(tmp_path)
    assert _ticket(cfg)["assignee"] == ""
    _reply(cfg, "bob")
    ticket = _ticket(cfg)
    assert ticket["assignee"] == "bob"
    kinds = [e.kind for e in open_store(tmp_path / "desk").events() if e.ticket_id == 1]
    # claimed in the reply's transaction, before it was queued and sent
    assert kinds[-3:] == ["claim", "reply_queued", "reply"]
    _customer_writes_again(cfg, tmp_path)
    assert _ticket(cfg)["status"] == "open"  # a claimed ticket's follow-up: open, not new
    assert _breaches(cfg) == {"bob": 1, "(unassigned)": 0}


def test_the_switch_off_leaves_the_ticket_unclaimed(tmp_path: Path) -> None:
    cfg = _desk(tmp_path, "claim_on_reply = false\n")
    _reply(cfg, "bob")
    assert _ticket(cfg)["assignee"] == ""
    kinds = [e.kind for e in open_store(tmp_path / "desk").events() if e.ticket_id == 1]
    assert "claim" not in kinds
    _customer_writes_again(cfg, tmp_path)
    assert _ticket(cfg)["status"] == "new"
    assert _breaches(cfg) == {"bob": 0, "(unassigned)": 1}


def test_a_reply_never_takes_a_ticket_another_agent_holds(tmp_path: Path) -> None:
    cfg = _desk(tmp_path)
    # the CLI has no claim verb: ana claims through the desk, as her TUI's `a` does
    Desk(open_store(tmp_path / "desk"), load_config(cfg), "ana").claim(1)
    _reply(cfg, "bob")
    assert _ticket(cfg)["assignee"] == "ana"
    claims = [e for e in open_store(tmp_path / "desk").events() if e.kind in ("claim", "steal")]
    assert [(e.kind, e.agent) for e in claims] == [("claim", "ana")]
    _customer_writes_again(cfg, tmp_path)
    assert _breaches(cfg) == {"ana": 1, "bob": 0, "(unassigned)": 0}


@pytest.mark.parametrize("value", ['"yes"', "1"])
def test_a_bad_switch_is_a_one_line_error_naming_the_key(tmp_path: Path, value: str) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text(f'[desk]\ndata_dir = "{tmp_path / "desk"}"\nclaim_on_reply = {value}\n')
    done = cli(cfg, "tickets", "list")
    assert done.returncode == 1
    assert "claim_on_reply" in done.stderr and len(done.stderr.strip().splitlines()) == 1
