"""Business-hours calendars for support teams.

SLA targets are promises made in *business* time: "first response within 4 business hours of the Hong Kong
team" must not tick at 3 a.m. on a Sunday or on Lunar New Year. Peers get this wrong in instructive ways
(no holidays, one interval per weekday, no shifts past midnight, DST bugs), so this module is deliberately
small, framework-free and exhaustively tested.

Model:

* A calendar has an IANA timezone, weekly *shifts* and *holidays*.
* A shift is a wall-clock interval on a weekday, in minutes from that day's local midnight. It may end after
  midnight (``22:00-06:00`` on Friday runs into Saturday morning); several shifts per day give split shifts.
  Overlapping shifts are merged.
* A holiday closes a whole local calendar date, 00:00 to 24:00 local time, including the part of a shift that
  started the evening before and runs into it. (A shift that starts the evening *of* a holiday is closed too
  until local midnight.)
* Wall-clock times are resolved in the calendar's timezone, so a shift of 00:00-08:00 on the night clocks
  spring forward is 7 real hours long and one on the night they fall back is 9. A shift edge inside a DST gap
  resolves with the offset in force before the gap (``fold=0``), i.e. it moves forward by the gap.

All instants given to and returned by the public functions are timezone-aware; results are in UTC. Business
time is a :class:`~datetime.timedelta` (microsecond precision), with minute wrappers for the SLA layer.
*Pauses* (e.g. while waiting on the customer) are extra closed intervals supplied per call.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = [
    "WEEKDAYS",
    "BusinessCalendar",
    "CalendarError",
    "Interval",
    "Shift",
]

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MINUTES_PER_DAY = 24 * 60
# A calendar that is closed for this many consecutive local days is treated as never opening again, so that
# "add business time" cannot loop forever on a calendar whose holidays cover every working day.
_MAX_CLOSED_DAYS = 3 * 366
_SHIFT_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")

Interval = tuple[datetime, datetime]


class CalendarError(ValueError):
    """Raised for an invalid calendar definition or a computation that cannot finish."""


def _require_aware(instant: datetime, name: str) -> datetime:
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise CalendarError(f"{name} must be timezone-aware, got naive {instant!r}")
    return instant.astimezone(UTC)


@dataclass(frozen=True, order=True)
class Shift:
    """An opening interval on one weekday, in minutes after that day's local midnight.

    ``end_minute`` may exceed 1440 (the shift runs into the next day) but a shift is never longer than a day.
    """

    weekday: int
    start_minute: int
    end_minute: int

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise CalendarError(f"weekday must be 0 (Monday) to 6 (Sunday), got {self.weekday}")
        if not 0 <= self.start_minute < MINUTES_PER_DAY:
            raise CalendarError(f"shift start must be within the day, got minute {self.start_minute}")
        if not self.start_minute < self.end_minute <= self.start_minute + MINUTES_PER_DAY:
            raise CalendarError(
                f"shift must end after it starts and last at most 24 h, got {self.start_minute}-{self.end_minute}"
            )

    @classmethod
    def parse(cls, weekday: int | str, text: str) -> Shift:
        """Parse ``"09:00-17:30"``; an end at or before the start means the shift ends the next day.

        ``"00:00-24:00"`` is a whole day, and so is ``"08:00-08:00"`` (from 08:00 to 08:00 the next day).
        """
        day = _weekday_index(weekday)
        match = _SHIFT_RE.match(text)
        if match is None:
            raise CalendarError(f"shift must look like HH:MM-HH:MM, got {text!r}")
        sh, sm, eh, em = (int(g) for g in match.groups())
        if sh > 23 or sm > 59 or eh > 24 or em > 59 or (eh == 24 and em != 0):
            raise CalendarError(f"invalid time in shift {text!r}")
        start = sh * 60 + sm
        end = eh * 60 + em
        if end <= start:
            end += MINUTES_PER_DAY
        return cls(day, start, end)

    def label(self) -> str:
        """The inverse of :meth:`parse` (``"22:00-06:00"``)."""
        end = self.end_minute % MINUTES_PER_DAY if self.end_minute != MINUTES_PER_DAY else MINUTES_PER_DAY
        return f"{self.start_minute // 60:02d}:{self.start_minute % 60:02d}-{end // 60:02d}:{end % 60:02d}"


def _weekday_index(weekday: int | str) -> int:
    if isinstance(weekday, int):
        return weekday
    key = weekday.strip().lower()[:3]
    if key not in WEEKDAYS:
        raise CalendarError(f"unknown weekday {weekday!r}")
    return WEEKDAYS.index(key)


def _merge(intervals: Iterable[Interval]) -> list[Interval]:
    """Sort and merge overlapping or touching intervals; drop empty ones."""
    merged: list[Interval] = []
    for start, end in sorted(i for i in intervals if i[0] < i[1]):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _subtract(intervals: Sequence[Interval], holes: Sequence[Interval]) -> list[Interval]:
    """``intervals`` minus ``holes``; both sorted and merged. Linear in their total length."""
    if not holes:
        return list(intervals)
    out: list[Interval] = []
    h = 0
    for start, end in intervals:
        cursor = start
        while h < len(holes) and holes[h][1] <= cursor:
            h += 1
        k = h
        while k < len(holes) and holes[k][0] < end:
            hole_start, hole_end = holes[k]
            if hole_start > cursor:
                out.append((cursor, hole_start))
            cursor = max(cursor, hole_end)
            if cursor >= end:
                break
            k += 1
        if cursor < end:
            out.append((cursor, end))
    return out


@dataclass(frozen=True)
class BusinessCalendar:
    """A team's opening hours. Immutable and hashable, so per-day expansions can be cached."""

    timezone: str
    shifts: tuple[Shift, ...]
    holidays: frozenset[date] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise CalendarError(f"unknown timezone {self.timezone!r}") from exc
        if not self.shifts:
            raise CalendarError("a calendar needs at least one shift")
        object.__setattr__(self, "shifts", tuple(sorted(set(self.shifts))))
        object.__setattr__(self, "holidays", frozenset(self.holidays))

    # -- construction -------------------------------------------------------------------------------------

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> BusinessCalendar:
        """Build from the JSON form stored on a team.

        ``{"timezone": "Asia/Hong_Kong", "hours": {"mon": ["09:00-12:30", "13:30-18:00"], ...},
        "holidays": ["2026-02-17", ...]}``
        """
        tz = data.get("timezone")
        hours = data.get("hours")
        holidays = data.get("holidays", [])
        if not isinstance(tz, str):
            raise CalendarError("calendar timezone must be a string")
        if not isinstance(hours, Mapping):
            raise CalendarError("calendar hours must map weekdays to lists of shifts")
        if not isinstance(holidays, list | tuple):
            raise CalendarError("calendar holidays must be a list of ISO dates")
        shifts: list[Shift] = []
        for day, spans in hours.items():
            if isinstance(spans, str) or not isinstance(spans, list | tuple):
                raise CalendarError(f"hours for {day!r} must be a list of HH:MM-HH:MM strings")
            shifts.extend(Shift.parse(str(day), str(span)) for span in spans)
        try:
            days = frozenset(date.fromisoformat(str(d)) for d in holidays)
        except ValueError as exc:
            raise CalendarError(f"invalid holiday date: {exc}") from exc
        return cls(tz, tuple(shifts), days)

    def to_dict(self) -> dict[str, object]:
        """The JSON form accepted by :meth:`from_dict`."""
        hours: dict[str, list[str]] = {}
        for shift in self.shifts:
            hours.setdefault(WEEKDAYS[shift.weekday], []).append(shift.label())
        return {
            "timezone": self.timezone,
            "hours": hours,
            "holidays": sorted(d.isoformat() for d in self.holidays),
        }

    @classmethod
    def always_open(cls, timezone: str = "UTC", holidays: Iterable[date] = ()) -> BusinessCalendar:
        """A 24/7 calendar (still closed on holidays): business time equals elapsed time."""
        return cls(timezone, tuple(Shift(d, 0, MINUTES_PER_DAY) for d in range(7)), frozenset(holidays))

    def with_holidays(self, holidays: Iterable[date]) -> BusinessCalendar:
        return BusinessCalendar(self.timezone, self.shifts, self.holidays | frozenset(holidays))

    # -- expansion ----------------------------------------------------------------------------------------

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def _wall(self, day: date, minute: int) -> datetime:
        """The UTC instant of wall-clock ``minute`` after local midnight of ``day`` (may spill past it)."""
        extra_days, minute = divmod(minute, MINUTES_PER_DAY)
        local = datetime.combine(day + timedelta(days=extra_days), time(minute // 60, minute % 60), self.zone)
        return local.astimezone(UTC)

    def _day_intervals(self, day: date) -> tuple[Interval, ...]:
        return _day_intervals_cached(self, day)

    def _raw_day_intervals(self, day: date) -> tuple[Interval, ...]:
        """Open intervals of shifts that *start* on local date ``day``, minus holidays they touch."""
        weekday = day.weekday()
        opened = [
            (self._wall(day, s.start_minute), self._wall(day, s.end_minute))
            for s in self.shifts
            if s.weekday == weekday
        ]
        if not opened:
            return ()
        closed = [
            (self._wall(d, 0), self._wall(d, MINUTES_PER_DAY))
            for d in (day, day + timedelta(days=1))
            if d in self.holidays
        ]
        return tuple(_subtract(_merge(opened), _merge(closed)))

    def _local_date(self, instant: datetime) -> date:
        return instant.astimezone(self.zone).date()

    def open_intervals(self, start: datetime, end: datetime) -> list[Interval]:
        """Merged open intervals clipped to ``[start, end)``, in UTC."""
        start = _require_aware(start, "start")
        end = _require_aware(end, "end")
        if end <= start:
            return []
        # Shifts that began on the previous local day may still be running at ``start``.
        day = self._local_date(start) - timedelta(days=1)
        last = self._local_date(end)
        found: list[Interval] = []
        while day <= last:
            found.extend(self._day_intervals(day))
            day += timedelta(days=1)
        return [(max(s, start), min(e, end)) for s, e in _merge(found) if e > start and s < end]

    def _iter_open(self, start: datetime) -> Iterator[Interval]:
        """Open intervals from ``start`` onwards in order, without overlaps, forever.

        Adjacent intervals are *not* merged (a 24/7 calendar would never yield), only clipped so that no
        time is counted twice. Interval starts never decrease (day ``d + 1`` starts after every start on day
        ``d``), so clipping against the furthest end seen so far is enough.
        """
        day = self._local_date(start) - timedelta(days=1)
        covered = start
        closed_days = 0
        while True:
            todays = self._day_intervals(day)
            day += timedelta(days=1)
            if not todays:
                closed_days += 1
                if closed_days > _MAX_CLOSED_DAYS:
                    raise CalendarError(f"calendar never opens again after {start.isoformat()}")
                continue
            closed_days = 0
            for s, e in todays:
                if e <= covered:
                    continue
                yield (max(s, covered), e)
                covered = e

    # -- queries ------------------------------------------------------------------------------------------

    def is_open(self, instant: datetime) -> bool:
        instant = _require_aware(instant, "instant")
        return bool(self.open_intervals(instant, instant + timedelta(microseconds=1)))

    def next_open(self, instant: datetime) -> datetime:
        """``instant`` if the calendar is open then, otherwise the next opening."""
        instant = _require_aware(instant, "instant")
        return next(self._iter_open(instant))[0]

    def business_time_between(self, start: datetime, end: datetime, *, pauses: Iterable[Interval] = ()) -> timedelta:
        """Open time in ``[start, end)`` outside ``pauses``; negative if ``end`` precedes ``start``."""
        start = _require_aware(start, "start")
        end = _require_aware(end, "end")
        if end < start:
            return -self.business_time_between(end, start, pauses=pauses)
        opened = _subtract(self.open_intervals(start, end), _normalise(pauses))
        return sum((e - s for s, e in opened), timedelta())

    def add_business_time(self, start: datetime, amount: timedelta, *, pauses: Iterable[Interval] = ()) -> datetime:
        """The instant at which ``amount`` of business time after ``start`` has elapsed.

        ``amount`` of zero returns ``start`` itself (even outside hours); otherwise the result is the moment
        the budget runs out, which is the *end* of an open interval rather than the next opening when it runs
        out exactly there.
        """
        start = _require_aware(start, "start")
        if amount < timedelta():
            raise CalendarError("cannot add a negative amount of business time")
        if amount == timedelta():
            return start
        holes = _normalise(pauses)
        remaining = amount
        for s, e in self._iter_open(start):
            for part_start, part_end in _subtract([(s, e)], holes):
                length = part_end - part_start
                if remaining <= length:
                    return part_start + remaining
                remaining -= length
        raise CalendarError("unreachable")  # pragma: no cover - _iter_open is infinite or raises

    def business_minutes_between(self, start: datetime, end: datetime, *, pauses: Iterable[Interval] = ()) -> float:
        return self.business_time_between(start, end, pauses=pauses) / timedelta(minutes=1)

    def add_business_minutes(self, start: datetime, minutes: float, *, pauses: Iterable[Interval] = ()) -> datetime:
        return self.add_business_time(start, timedelta(minutes=minutes), pauses=pauses)


def _normalise(pauses: Iterable[Interval]) -> list[Interval]:
    return _merge((_require_aware(s, "pause start"), _require_aware(e, "pause end")) for s, e in pauses)


@lru_cache(maxsize=8192)
def _day_intervals_cached(calendar: BusinessCalendar, day: date) -> tuple[Interval, ...]:
    # Cached module-level so the frozen dataclass stays a plain value; holidays are part of its hash.
    return calendar._raw_day_intervals(day)
