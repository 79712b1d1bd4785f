"""What a check found and what a monitor's state is: up, slow or down, with hysteresis.

A single failed check is a blip, not an outage: a monitor goes `down` only after
`failures` consecutive failed checks, and comes back `up` only after `successes`
consecutive good ones, so a flaky site never makes the banner (and the `outage:` tag on
new tickets) blink on and off. `slow` is an up site answering slower than `slow_ms`; it
is shown, never an outage. No I/O here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

UP = "up"
SLOW = "slow"
DOWN = "down"
UNKNOWN = "unknown"  # never checked, or its checker stopped reporting (stale)
STATES = (UP, SLOW, DOWN, UNKNOWN)


def _time(value: float | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, UTC)


def _stamp(value: datetime | None) -> float | None:
    return None if value is None else round(value.timestamp(), 3)


@dataclass(slots=True)
class CheckResult:
    """One check of one monitor. `ok` means every expectation held (status, text)."""

    monitor: str
    at: datetime
    ok: bool
    status: int | None = None
    ttfb_ms: float | None = None  # time to the response headers
    total_ms: float | None = None  # headers and body
    error: str = ""  # why the check failed ("" when ok)
    cert_expires: datetime | None = None  # the TLS certificate's notAfter (https only)

    def cert_days(self, now: datetime) -> float | None:
        if self.cert_expires is None:
            return None
        return (self.cert_expires - now).total_seconds() / 86400

    def as_json(self) -> dict[str, Any]:
        """A compact log line: logs hold a line per check for weeks."""
        data: dict[str, Any] = {"t": _stamp(self.at), "ok": self.ok}
        if self.status is not None:
            data["code"] = self.status
        if self.ttfb_ms is not None:
            data["ttfb"] = round(self.ttfb_ms, 1)
        if self.total_ms is not None:
            data["ms"] = round(self.total_ms, 1)
        if self.error:
            data["err"] = self.error
        if self.cert_expires is not None:
            data["cert"] = _stamp(self.cert_expires)
        return data

    @classmethod
    def from_json(cls, monitor: str, data: dict[str, Any]) -> CheckResult:
        """The inverse of `as_json`; raises KeyError/TypeError/ValueError on a bad line."""
        at = _time(float(data["t"]))
        assert at is not None
        return cls(
            monitor,
            at,
            bool(data["ok"]),
            int(data["code"]) if data.get("code") is not None else None,
            float(data["ttfb"]) if data.get("ttfb") is not None else None,
            float(data["ms"]) if data.get("ms") is not None else None,
            str(data.get("err", "")),
            _time(float(data["cert"])) if data.get("cert") is not None else None,
        )


@dataclass(slots=True)
class Outage:
    """A stretch of `down`: from the first failed check to the recovery (None: ongoing)."""

    monitor: str
    start: datetime
    failed_checks: int
    end: datetime | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "monitor": self.monitor,
            "start": _stamp(self.start),
            "end": _stamp(self.end),
            "failed_checks": self.failed_checks,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Outage:
        start = _time(float(data["start"]))
        assert start is not None
        end = data.get("end")
        return cls(
            str(data["monitor"]),
            start,
            int(data["failed_checks"]),
            _time(float(end)) if end is not None else None,
        )


@dataclass(slots=True)
class MonitorState:
    """The state machine of one monitor; persisted so a new checker process goes on."""

    name: str
    state: str = UNKNOWN
    since: datetime | None = None
    fails: int = 0  # consecutive failed checks
    oks: int = 0  # consecutive good checks
    streak_start: datetime | None = None  # the first failed check of the current streak
    outage: Outage | None = None  # ongoing (state down)
    last_outage: Outage | None = None  # the most recent one that ended
    last: CheckResult | None = None
    history: list[Outage] = field(default_factory=list)  # ended outages, newest last

    def advance(self, result: CheckResult, *, failures: int, successes: int, slow_ms: int) -> bool:
        """Take one check into account; True if the state changed."""
        self.last = result
        before = self.state
        if result.ok:
            self.fails, self.oks = 0, self.oks + 1
            self.streak_start = None
            if self.state == DOWN and self.oks < successes:
                return False  # not yet trusted: stay down (no flapping)
            if self.state == DOWN and self.outage is not None:
                self.outage.end = result.at
                self.last_outage = self.outage
                self.history = [*self.history, self.outage][-HISTORY:]
                self.outage = None
            slow = result.total_ms is not None and result.total_ms > slow_ms
            new = SLOW if slow else UP
        else:
            self.oks, self.fails = 0, self.fails + 1
            if self.streak_start is None:
                self.streak_start = result.at
            if self.state == DOWN:
                if self.outage is not None:
                    self.outage.failed_checks += 1
                return False
            if self.fails < failures:
                return False  # a blip until it repeats
            start = self.streak_start
            self.outage = Outage(self.name, start, self.fails)
            new = DOWN
        if new != before:
            self.state = new
            self.since = self.outage.start if new == DOWN and self.outage else result.at
            return True
        return False

    def as_json(self) -> dict[str, Any]:
        return {
            "state": self.state,
            "since": _stamp(self.since),
            "fails": self.fails,
            "oks": self.oks,
            "streak_start": _stamp(self.streak_start),
            "outage": self.outage.as_json() if self.outage else None,
            "last_outage": self.last_outage.as_json() if self.last_outage else None,
            "history": [o.as_json() for o in self.history],
            "last": self.last.as_json() if self.last else None,
        }

    @classmethod
    def from_json(cls, name: str, data: dict[str, Any]) -> MonitorState:
        """Restore; anything malformed starts the machine afresh rather than crash."""
        try:
            state = str(data["state"])
            return cls(
                name,
                state if state in STATES else UNKNOWN,
                _time(data.get("since")),
                int(data.get("fails", 0)),
                int(data.get("oks", 0)),
                _time(data.get("streak_start")),
                Outage.from_json(data["outage"]) if data.get("outage") else None,
                Outage.from_json(data["last_outage"]) if data.get("last_outage") else None,
                CheckResult.from_json(name, data["last"]) if data.get("last") else None,
                [Outage.from_json(o) for o in data.get("history", [])],
            )
        except (KeyError, TypeError, ValueError, AssertionError):
            return cls(name)


HISTORY = 200  # ended outages kept in the state, for reports and the recovery offer
