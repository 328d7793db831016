"""Business-hours calendars: split shifts, shifts past midnight, holidays, timezones, DST and pauses."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from trustdesk.desk.calendar import BusinessCalendar, CalendarError, Shift

HK = ZoneInfo("Asia/Hong_Kong")
NY = ZoneInfo("America/New_York")
LON = ZoneInfo("Europe/London")


WORKWEEK = "mon tue wed thu fri"
ALL_WEEK = "mon tue wed thu fri sat sun"


def office(tz: str, spans: tuple[str, ...] = ("09:00-17:00",), days: str = WORKWEEK, **kw: object) -> BusinessCalendar:
    return BusinessCalendar.from_dict({"timezone": tz, "hours": {d: list(spans) for d in days.split()}, **kw})


def local(tz: ZoneInfo, *args: int) -> datetime:
    return datetime(*args, tzinfo=tz)  # type: ignore[misc,arg-type]


# -- shifts and parsing -------------------------------------------------------------------------------------


def test_shift_parse_handles_overnight_and_whole_day() -> None:
    assert Shift.parse("fri", "22:00-06:00") == Shift(4, 22 * 60, 30 * 60)
    assert Shift.parse(0, "00:00-24:00") == Shift(0, 0, 1440)
    assert Shift.parse("Sunday", "08:00-08:00") == Shift(6, 480, 480 + 1440)
    for text in ("22:00-06:00", "00:00-24:00", "08:00-08:00", "09:30-12:15"):
        assert Shift.parse("mon", text).label() == text


@pytest.mark.parametrize("text", ["9-17", "25:00-26:00", "09:60-10:00", "24:30-01:00", "", "09:00-"])
def test_shift_parse_rejects_garbage(text: str) -> None:
    with pytest.raises(CalendarError):
        Shift.parse("mon", text)


def test_calendar_validation() -> None:
    with pytest.raises(CalendarError, match="timezone"):
        BusinessCalendar("Mars/Olympus_Mons", (Shift(0, 0, 60),))
    with pytest.raises(CalendarError, match="at least one shift"):
        BusinessCalendar("UTC", ())
    with pytest.raises(CalendarError, match="weekday"):
        Shift.parse("funday", "09:00-10:00")
    with pytest.raises(CalendarError, match="holiday"):
        BusinessCalendar.from_dict({"timezone": "UTC", "hours": {"mon": ["09:00-10:00"]}, "holidays": ["x"]})
    with pytest.raises(CalendarError):
        BusinessCalendar.from_dict({"timezone": "UTC", "hours": {"mon": "09:00-10:00"}})


def test_dict_round_trip() -> None:
    cal = office("Asia/Ho_Chi_Minh", ("08:00-12:00", "13:30-17:30"), holidays=["2026-04-30", "2026-09-02"])
    again = BusinessCalendar.from_dict(cal.to_dict())
    assert again == cal
    assert cal.to_dict()["holidays"] == ["2026-04-30", "2026-09-02"]


def test_naive_datetimes_are_refused() -> None:
    cal = office("UTC")
    with pytest.raises(CalendarError, match="timezone-aware"):
        cal.add_business_minutes(datetime(2026, 3, 2, 9), 10)
    with pytest.raises(CalendarError, match="timezone-aware"):
        cal.business_minutes_between(datetime(2026, 3, 2, 9), datetime.now(UTC))


# -- adding business time -----------------------------------------------------------------------------------


def test_add_rolls_over_the_weekend() -> None:
    cal = office("Asia/Hong_Kong")
    friday = local(HK, 2026, 3, 6, 16, 30)
    assert cal.add_business_minutes(friday, 60) == local(HK, 2026, 3, 9, 9, 30)


def test_add_starting_before_opening_counts_from_opening() -> None:
    cal = office("Asia/Hong_Kong")
    assert cal.add_business_minutes(local(HK, 2026, 3, 2, 6, 0), 30) == local(HK, 2026, 3, 2, 9, 30)


def test_split_shift_skips_lunch() -> None:
    cal = office("Asia/Hong_Kong", ("09:00-12:00", "13:00-18:00"))
    assert cal.add_business_minutes(local(HK, 2026, 3, 2, 10), 240) == local(HK, 2026, 3, 2, 15)
    assert cal.business_minutes_between(local(HK, 2026, 3, 2, 8), local(HK, 2026, 3, 2, 20)) == 8 * 60


def test_budget_ending_exactly_at_closing_returns_closing_time() -> None:
    cal = office("UTC")
    start = datetime(2026, 3, 2, 16, tzinfo=UTC)
    assert cal.add_business_minutes(start, 60) == datetime(2026, 3, 2, 17, tzinfo=UTC)
    assert cal.add_business_minutes(start, 61) == datetime(2026, 3, 3, 9, 1, tzinfo=UTC)


def test_adding_zero_returns_start_and_negative_is_refused() -> None:
    cal = office("UTC")
    sunday = datetime(2026, 3, 1, 3, tzinfo=UTC)
    assert cal.add_business_minutes(sunday, 0) == sunday
    with pytest.raises(CalendarError):
        cal.add_business_minutes(sunday, -1)


def test_overnight_shift_runs_into_next_day() -> None:
    cal = office("Asia/Singapore", ("22:00-06:00",), days="fri")
    sg = ZoneInfo("Asia/Singapore")
    assert cal.is_open(local(sg, 2026, 3, 7, 5, 59))  # Saturday morning, Friday's shift
    assert not cal.is_open(local(sg, 2026, 3, 7, 6, 0))
    assert not cal.is_open(local(sg, 2026, 3, 6, 21, 59))
    assert cal.business_minutes_between(local(sg, 2026, 3, 6, 12), local(sg, 2026, 3, 8)) == 8 * 60
    # Next Friday's shift is the next opening after Saturday 06:00.
    assert cal.add_business_minutes(local(sg, 2026, 3, 7, 5), 120) == local(sg, 2026, 3, 13, 23)


def test_overlapping_shifts_are_not_double_counted() -> None:
    cal = BusinessCalendar.from_dict(
        {"timezone": "UTC", "hours": {"mon": ["20:00-04:00", "09:00-21:00"], "tue": ["02:00-10:00"]}}
    )
    monday = datetime(2026, 3, 2, tzinfo=UTC)
    # Monday 09:00 -> Tuesday 10:00 is one continuous opening of 25 hours.
    assert cal.business_minutes_between(monday, monday + timedelta(days=2)) == 25 * 60
    assert cal.open_intervals(monday, monday + timedelta(days=2)) == [
        (monday + timedelta(hours=9), monday + timedelta(hours=34))
    ]


def test_next_open() -> None:
    cal = office("Asia/Hong_Kong")
    assert cal.next_open(local(HK, 2026, 3, 7, 12)) == local(HK, 2026, 3, 9, 9)
    inside = local(HK, 2026, 3, 9, 11)
    assert cal.next_open(inside) == inside


# -- holidays and timezones ---------------------------------------------------------------------------------


def test_holiday_closes_the_local_date() -> None:
    cal = office("Asia/Hong_Kong", holidays=["2026-02-17", "2026-02-18", "2026-02-19"])  # Lunar New Year
    before = local(HK, 2026, 2, 16, 16)
    assert cal.add_business_minutes(before, 120) == local(HK, 2026, 2, 20, 10)
    assert cal.business_minutes_between(local(HK, 2026, 2, 16), local(HK, 2026, 2, 21)) == 2 * 8 * 60


def test_holiday_cuts_an_overnight_shift_at_local_midnight() -> None:
    cal = office("Europe/London", ("20:00-04:00",), days="thu fri", holidays=["2026-12-25"])
    # Thu 24 Dec 20:00 -> Fri 25 Dec 04:00 loses the part after midnight; Friday 25's own shift is closed
    # until midnight and reopens on Saturday 26 from 00:00 to 04:00.
    got = cal.open_intervals(local(LON, 2026, 12, 24), local(LON, 2026, 12, 27))
    assert got == [
        (local(LON, 2026, 12, 24, 20).astimezone(UTC), local(LON, 2026, 12, 25).astimezone(UTC)),
        (local(LON, 2026, 12, 26).astimezone(UTC), local(LON, 2026, 12, 26, 4).astimezone(UTC)),
    ]


def test_holidays_are_per_team_timezone() -> None:
    """The same UTC window: Hong Kong is closed for its holiday, Hanoi works, New York is asleep."""
    hk = office("Asia/Hong_Kong", holidays=["2026-10-01"])
    vn = office("Asia/Ho_Chi_Minh")
    ny = office("America/New_York")
    instant = datetime(2026, 10, 1, 3, tzinfo=UTC)  # 11:00 in HK, 10:00 in Hanoi, 23:00 (30 Sep) in New York
    assert not hk.is_open(instant)
    assert vn.is_open(instant)
    assert not ny.is_open(instant)
    assert hk.next_open(instant) == local(HK, 2026, 10, 2, 9)
    assert ny.next_open(instant) == local(NY, 2026, 10, 1, 9)


def test_holiday_in_one_zone_is_a_different_utc_window_in_another() -> None:
    ny = office("America/New_York", ("00:00-24:00",), days=ALL_WEEK, holidays=["2026-12-25"])
    closed = ny.open_intervals(datetime(2026, 12, 24, tzinfo=UTC), datetime(2026, 12, 27, tzinfo=UTC))
    # Christmas in New York runs from 05:00 UTC on the 25th to 05:00 UTC on the 26th.
    assert closed == [
        (datetime(2026, 12, 24, tzinfo=UTC), datetime(2026, 12, 25, 5, tzinfo=UTC)),
        (datetime(2026, 12, 26, 5, tzinfo=UTC), datetime(2026, 12, 27, tzinfo=UTC)),
    ]


def test_calendar_that_never_opens_again_raises() -> None:
    mondays = [date(2026, 1, 5) + timedelta(weeks=w) for w in range(52 * 4)]
    cal = office("UTC", days="mon", holidays=[d.isoformat() for d in mondays])
    with pytest.raises(CalendarError, match="never opens"):
        cal.add_business_minutes(datetime(2026, 1, 1, tzinfo=UTC), 1)


# -- daylight saving time -----------------------------------------------------------------------------------


def test_spring_forward_night_shift_is_one_hour_shorter() -> None:
    cal = office("America/New_York", ("00:00-08:00",), days="sun")
    day = (local(NY, 2026, 3, 8), local(NY, 2026, 3, 9))  # clocks jump 02:00 -> 03:00
    assert cal.business_minutes_between(*day) == 7 * 60
    normal = (local(NY, 2026, 3, 1), local(NY, 2026, 3, 2))
    assert cal.business_minutes_between(*normal) == 8 * 60


def test_fall_back_night_shift_is_one_hour_longer() -> None:
    cal = office("America/New_York", ("00:00-08:00",), days="sun")
    assert cal.business_minutes_between(local(NY, 2026, 11, 1), local(NY, 2026, 11, 2)) == 9 * 60


def test_shift_edge_inside_the_gap_moves_forward() -> None:
    cal = office("America/New_York", ("02:30-05:00",), days="sun")
    got = cal.open_intervals(local(NY, 2026, 3, 8), local(NY, 2026, 3, 9))
    assert got == [(datetime(2026, 3, 8, 7, 30, tzinfo=UTC), datetime(2026, 3, 8, 9, tzinfo=UTC))]


def test_adding_across_a_dst_weekend_keeps_wall_clock_hours() -> None:
    cal = office("America/New_York")
    friday = local(NY, 2026, 3, 6, 16)  # EST, UTC-5
    due = cal.add_business_minutes(friday, 120)
    assert due == local(NY, 2026, 3, 9, 10)  # EDT, UTC-4
    assert due == datetime(2026, 3, 9, 14, tzinfo=UTC)


def test_always_open_counts_real_time_across_dst() -> None:
    cal = BusinessCalendar.always_open("Europe/London")
    start, end = local(LON, 2026, 3, 28, 12), local(LON, 2026, 3, 29, 12)
    assert cal.business_time_between(start, end) == end.astimezone(UTC) - start.astimezone(UTC)
    assert cal.business_time_between(start, end) == timedelta(hours=23)


# -- pauses -------------------------------------------------------------------------------------------------


def test_pause_pushes_the_deadline_by_its_business_length() -> None:
    cal = office("UTC")
    start = datetime(2026, 3, 2, 9, tzinfo=UTC)
    pause = (datetime(2026, 3, 2, 10, tzinfo=UTC), datetime(2026, 3, 2, 11, 30, tzinfo=UTC))
    assert cal.add_business_minutes(start, 120, pauses=[pause]) == datetime(2026, 3, 2, 12, 30, tzinfo=UTC)
    assert cal.business_minutes_between(start, datetime(2026, 3, 2, 17, tzinfo=UTC), pauses=[pause]) == 390


def test_pause_outside_business_hours_changes_nothing() -> None:
    cal = office("UTC")
    start = datetime(2026, 3, 6, 16, tzinfo=UTC)
    weekend = (datetime(2026, 3, 7, tzinfo=UTC), datetime(2026, 3, 9, 8, tzinfo=UTC))
    assert cal.add_business_minutes(start, 120, pauses=[weekend]) == cal.add_business_minutes(start, 120)


def test_between_is_antisymmetric() -> None:
    cal = office("Asia/Hong_Kong")
    a, b = local(HK, 2026, 3, 2, 10), local(HK, 2026, 3, 4, 15)
    assert cal.business_time_between(b, a) == -cal.business_time_between(a, b)


# -- properties against an independent oracle --------------------------------------------------------------

CALENDARS = [
    office("America/New_York", ("08:00-12:00", "13:00-17:30"), holidays=["2026-03-09"]),
    office("Europe/London", ("22:00-06:00",), days="mon wed fri sun", holidays=["2026-10-25"]),
    office("Asia/Hong_Kong", ("09:00-18:00",), days="mon tue wed thu fri sat", holidays=["2026-10-01"]),
    office("America/New_York", ("01:00-03:30", "20:00-02:00"), days="sat sun", holidays=["2026-11-02"]),
    BusinessCalendar.always_open("Australia/Lord_Howe"),  # a 30-minute DST shift
]


def _open_by_definition(cal: BusinessCalendar, instant: datetime) -> bool:
    """Minute-level oracle straight from the documented rules."""
    zone = ZoneInfo(cal.timezone)
    if instant.astimezone(zone).date() in cal.holidays:
        return False
    today = instant.astimezone(zone).date()
    for day in (today - timedelta(days=1), today):
        for shift in cal.shifts:
            if shift.weekday != day.weekday():
                continue
            midnight = datetime.combine(day, datetime.min.time(), zone)
            start = midnight + timedelta(minutes=shift.start_minute)
            end_day = datetime.combine(day + timedelta(days=shift.end_minute // 1440), datetime.min.time(), zone)
            end = end_day + timedelta(minutes=shift.end_minute % 1440)
            if start.astimezone(UTC) <= instant < end.astimezone(UTC):
                return True
    return False


@pytest.mark.parametrize(
    ("cal", "window_start"),
    [
        (CALENDARS[0], datetime(2026, 3, 5, tzinfo=UTC)),
        (CALENDARS[1], datetime(2026, 10, 22, tzinfo=UTC)),
        (CALENDARS[2], datetime(2026, 9, 28, tzinfo=UTC)),
        (CALENDARS[3], datetime(2026, 10, 29, tzinfo=UTC)),
        (CALENDARS[3], datetime(2026, 3, 5, tzinfo=UTC)),
        (CALENDARS[4], datetime(2026, 4, 1, tzinfo=UTC)),
    ],
)
def test_business_minutes_match_an_oracle(cal: BusinessCalendar, window_start: datetime) -> None:
    """Sampled every 15 minutes (all shift edges here are on the quarter hour)."""
    minutes = 7 * 24 * 60
    step = 15
    expected = sum(
        step for m in range(0, minutes, step) if _open_by_definition(cal, window_start + timedelta(minutes=m))
    )
    got = cal.business_minutes_between(window_start, window_start + timedelta(minutes=minutes))
    assert got == expected


@pytest.mark.parametrize("cal", CALENDARS)
def test_add_and_between_are_inverse(cal: BusinessCalendar) -> None:
    rng = random.Random(cal.timezone + str(len(cal.shifts)))
    base = datetime(2026, 1, 1, tzinfo=UTC)
    for _ in range(60):
        start = base + timedelta(minutes=rng.randrange(0, 365 * 24 * 60))
        amount = timedelta(minutes=rng.randrange(1, 5000))
        due = cal.add_business_time(start, amount)
        assert due > start
        assert cal.business_time_between(start, due) == amount
        assert cal.is_open(due - timedelta(microseconds=1))
