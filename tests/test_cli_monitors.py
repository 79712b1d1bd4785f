"""`supportdesk monitors [--json]`, `monitors check [NAME]` and `sync --watch` with
monitors, through the real program against a local site (issue 10)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from supportdesk.monitors import monitors
from tests.peers.site import Site
from tests.test_cli import run


@pytest.fixture
def site():
    with Site() as s:
        yield s


def _config(tmp_path: Path, site: Site, extra: str = "") -> list[str]:
    path = tmp_path / "config.toml"
    path.write_text(
        f'[[monitors]]\nname = "www"\nurl = "{site.url}"\ntimeout = 3\ninterval = 0.3\n'
        f"failures = 1\n{extra}"
        f'[[monitors]]\nname = "api"\nurl = "{site.url}"\ntimeout = 3\nexpect_text = "operational"\n'
    )
    return ["--config", str(path), "--data-dir", str(tmp_path / "desk")]


def test_check_prints_results_and_records_them(site: Site, tmp_path: Path) -> None:
    base = _config(tmp_path, site)
    done = run(*base, "monitors", "check")
    lines = done.stdout.splitlines()
    assert lines[0].startswith("www: ok 200 in ") and "[state: up]" in lines[0]
    assert lines[1].startswith("api: ok 200 in ")
    listing = json.loads(run(*base, "monitors", "--json").stdout)
    www = listing["monitors"][0]
    assert (www["name"], www["state"], www["uptime_24h"]) == ("www", "up", 100.0)
    assert set(www) >= {
        "since", "last_check", "uptime_7d", "p50_ms_24h", "p95_ms_24h", "p50_ms_7d",
        "p95_ms_7d", "cert_expires", "cert_days_left", "outage",
    }  # fmt: skip


def test_check_exits_1_when_a_site_is_down(site: Site, tmp_path: Path) -> None:
    base = _config(tmp_path, site)
    site.mode = "wrong"
    done = run(*base, "monitors", "check", "--json", check=1)
    data = json.loads(done.stdout)
    assert data["recorded"] is True
    by_name = {r["name"]: r for r in data["results"]}
    assert by_name["www"]["ok"] and by_name["www"]["state"] == "up"
    assert by_name["api"] == by_name["api"] | {"ok": False, "status": 200,
                                               "error": "expected text not found in the response"}  # fmt: skip
    site.mode = "500"
    done = run(*base, "monitors", "check", "www", check=1)
    assert done.stdout.startswith("www: DOWN: HTTP 500 (expected 2xx/3xx)")
    table = run(*base, "monitors").stdout
    assert "www   down" in table
    assert "www: last check: HTTP 500 (expected 2xx/3xx)" in table


def test_unknown_monitor_is_a_one_line_error(site: Site, tmp_path: Path) -> None:
    done = run(*_config(tmp_path, site), "monitors", "check", "wwww", check=1)
    assert done.stderr == 'supportdesk: no monitor named "wwww" (did you mean "www"?)\n'
    assert done.stdout == ""


def test_no_monitors_configured(tmp_path: Path) -> None:
    base = ["--data-dir", str(tmp_path / "desk")]
    assert json.loads(run(*base, "monitors", "--json").stdout) == {"monitors": []}
    done = run(*base, "monitors", "check", check=1)
    assert done.stderr == "supportdesk: no [[monitors]] in the config: nothing to check\n"


def test_bad_monitor_config_names_the_key(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[[monitors]]\nname = "www"\nurl = "https://a.test/"\ninterval = "soon"\n')
    done = run("--config", str(path), "monitors", check=1)
    assert done.stderr.startswith(f"supportdesk: {path}: monitors[0].interval: expected a duration")
    assert "Traceback" not in done.stderr


def test_sync_watch_runs_the_monitors_in_the_background(site: Site, tmp_path: Path) -> None:
    base = _config(tmp_path, site)
    proc = subprocess.Popen(
        [sys.executable, "-m", "supportdesk", *base, "sync", "--watch"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    try:
        data = tmp_path / "desk"
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and len(monitors(data)) < 2:
            time.sleep(0.1)
        assert [m.state for m in monitors(data)] == ["up", "up"]
        # While it holds the role, a one-off check is printed but not recorded.
        done = run(*base, "monitors", "check", "www", "--json")
        assert json.loads(done.stdout)["recorded"] is False
        site.mode = "refuse"
        while time.monotonic() < deadline and monitors(data)[0].state != "down":
            time.sleep(0.1)
        assert monitors(data)[0].state == "down"
    finally:
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert "monitors: checking" in err


def test_doctor_checks_each_monitor(site: Site, tmp_path: Path) -> None:
    base = _config(tmp_path, site)
    site.mode = "wrong"
    done = run(*base, "doctor", check=1)
    lines = [ln for ln in done.stdout.splitlines() if " monitor " in ln]
    assert lines[0].startswith("ok    monitor www: ok 200 in ")
    assert lines[1] == "FAIL  monitor api: DOWN: expected text not found in the response"


def test_report_gains_uptime_per_monitor_and_tickets_per_outage(site: Site, tmp_path: Path):
    """Issue 10 in the lead's report (issue 9): uptime per monitor, tickets per outage."""
    base = _config(tmp_path, site, "successes = 1\n")
    run(*base, "monitors", "check", "www")
    site.mode = "500"
    run(*base, "monitors", "check", "www", check=1)  # failures = 1: www is down now
    mail = tmp_path / "angry.eml"
    mail.write_bytes(
        b"From: Ion <ion@example.test>\r\nTo: support@acme.test\r\nSubject: site down?\r\n"
        b"Message-ID: <down-1@example.test>\r\n\r\nNothing loads.\r\n"
    )
    run(*base, "import", str(mail))
    site.mode = "healthy"
    run(*base, "monitors", "check", "www")
    report = json.loads(run(*base, "report", "--since", "1d", "--json").stdout)
    www = next(m for m in report["monitors"]["monitors"] if m["name"] == "www")
    assert www["checks"] == 3 and round(www["uptime"]) == 67
    (outage,) = www["outages"]
    assert outage["tickets"] == 1 and outage["end"] is not None
    table = run(*base, "report", "--since", "1d").stdout
    assert "monitor www: 66.67% up, 1 outages, 1 tickets during them" in table
