"""Business time: how much of an interval falls inside the desk's working hours (R10).

`[sla] calendar` ("24/7" or e.g. "mon-fri 09:00-18:00") is read in `[desk] timezone`,
so "09:00" is the desk's local nine o'clock on every day, summer or winter. Each local
day's window is turned into UTC instants through zoneinfo, which is what makes a DST
change come out right: the night of the last Sunday of March has one hour less, and a
24-hour window on that day is 23 real hours long.

Everything works on POSIX timestamps (float seconds): the report folds a million events
and converting datetimes back and forth would dominate its cost. Per-day windows and
a running total of business seconds per day are cached, so `between` and `add` cost a
few dictionary look-ups, not a walk over the days in between.
"""

from __future__ import annotations

import datetime as dt
import threading
from datetime import UTC, tzinfo

from supportdesk.configcheck import Calendar

_DAY = 86400
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


class BusinessHours:
    """A calendar in a time zone; all arguments and results are UTC timestamps."""

    def __init__(self, calendar: Calendar, tz: tzinfo = UTC) -> None:
        self.calendar = calendar
        self.tz = tz
        self.always = calendar.always
        self._offsets: dict[int, float] = {}  # hour bucket -> UTC offset in seconds
        self._windows: dict[int, tuple[float, float]] = {}  # local day -> (start, end)
        # (first local day, business seconds before each day since then); replaced
        # whole and extended under a lock: the TUI computes deadlines in several threads
        self._cum: tuple[int, list[float]] = (0, [])
        self._lock = threading.Lock()

    # -- local time -----------------------------------------------------------------
    def offset(self, ts: float) -> float:
        """The desk's UTC offset at `ts`, in seconds (cached per hour: offsets change
        on the hour or half hour, never in between)."""
        bucket = int(ts // 1800)
        off = self._offsets.get(bucket)
        if off is None:
            moment = dt.datetime.fromtimestamp(bucket * 1800, UTC).astimezone(self.tz)
            delta = moment.utcoffset()
            off = self._offsets[bucket] = delta.total_seconds() if delta else 0.0
        return off

    def local_day(self, ts: float) -> int:
        """Days since 1970-01-01 of the desk's local date at `ts`."""
        return int((ts + self.offset(ts)) // _DAY)

    def local_hour(self, ts: float) -> int:
        return int((ts + self.offset(ts)) // 3600) % 24

    @staticmethod
    def day_date(day: int) -> dt.date:
        return dt.date.fromordinal(_EPOCH_ORDINAL + day)

    def window(self, day: int) -> tuple[float, float]:
        """The UTC instants a local day's business hours start and end (equal: closed)."""
        found = self._windows.get(day)
        if found is not None:
            return found
        date = self.day_date(day)
        cal = self.calendar
        if date.weekday() not in cal.days:
            found = (0.0, 0.0)
        else:
            start = self._instant(date, cal.start)
            if cal.end == dt.time.max:
                end = self._instant(date + dt.timedelta(days=1), dt.time(0, 0))
            else:
                end = self._instant(date, cal.end)
            found = (start, max(start, end))
        self._windows[day] = found
        return found

    def _instant(self, date: dt.date, at: dt.time) -> float:
        """A local wall-clock time as a timestamp (a time skipped by DST maps forward)."""
        return dt.datetime.combine(date, at, tzinfo=self.tz).timestamp()

    # -- business seconds ---------------------------------------------------------------
    def _cum_before(self, day: int) -> float:
        """Business seconds from the origin day up to the start of `day`."""
        origin, cum = self._cum
        index = day - origin
        if 0 <= index < len(cum):
            return cum[index]
        with self._lock:
            origin, cum = self._cum
            if not cum or day < origin:
                origin, cum = day - 366, [0.0]
                self._cum = (origin, cum)
            index = day - origin
            while len(cum) <= index:
                start, end = self.window(origin + len(cum) - 1)
                cum.append(cum[-1] + (end - start))
            return cum[index]

    def position(self, ts: float) -> float:
        """Business seconds from an arbitrary origin to `ts`: differences are what count."""
        if self.always:
            return ts
        day = self.local_day(ts)
        start, end = self.window(day)
        return self._cum_before(day) + (min(max(ts, start), end) - start)

    def between(self, start: float, end: float) -> float:
        """Business seconds in [start, end) (0 when end is not after start)."""
        if end <= start:
            return 0.0
        if self.always:
            return end - start
        return max(0.0, self.position(end) - self.position(start))

    def add(self, start: float, seconds: float) -> float:
        """The instant `seconds` of business time after `start` (a deadline).

        A deadline that lands exactly at the end of a day's hours is that end (Friday
        18:00), not the next opening (Monday 09:00): the same business instant, and the
        one a person reads more easily.
        """
        if self.always:
            return start + seconds
        target = self.position(start) + seconds
        day = self.local_day(start)
        for _ in range(3700):  # ten years of closed days would be a broken calendar
            begin, end = self.window(day)
            if end > begin and self._cum_before(day + 1) >= target:
                return begin + (target - self._cum_before(day))
            day += 1
        raise ValueError(f"sla.calendar {self.calendar.text!r}: no business hours")
