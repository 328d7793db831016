"""SLA clocks: per-priority targets in business time, pauses while waiting on the customer, breach, risk."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from trustdesk.desk.calendar import BusinessCalendar
from trustdesk.desk.sla import (
    ClockState,
    SlaClock,
    SlaError,
    SlaPolicy,
    SlaStatus,
    SlaTargets,
    Transition,
    evaluate,
    pauses_from_history,
)

HK = ZoneInfo("Asia/Hong_Kong")
ALWAYS = BusinessCalendar.always_open("UTC")
HK_OFFICE = BusinessCalendar.from_dict(
    {
        "timezone": "Asia/Hong_Kong",
        "hours": {d: ["09:00-13:00", "14:00-18:00"] for d in ("mon", "tue", "wed", "thu", "fri")},
        "holidays": ["2026-04-06"],  # Ching Ming (observed), a Monday
    }
)
POLICY = SlaPolicy.from_dict(
    {
        "risk_ratio": 0.75,
        "targets": {
            "urgent": {"first_response": 15, "resolution": 240},
            "high": {"first_response": 60, "resolution": 480},
            "normal": {"first_response": 240, "resolution": 1440},
            "low": {"first_response": None, "resolution": 2880},
        },
    }
)
T0 = datetime(2026, 3, 2, 9, tzinfo=UTC)  # a Monday


def fr(status: SlaStatus) -> SlaClock:
    assert status.first_response is not None
    return status.first_response


def res(status: SlaStatus) -> SlaClock:
    assert status.resolution is not None
    return status.resolution


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def history(*steps: tuple[float, str]) -> list[Transition]:
    return [Transition(at(m), status) for m, status in steps]


def test_running_clock_due_and_risk_times() -> None:
    status = evaluate(ALWAYS, POLICY, "high", history((0, "new")), now=at(10))
    first = status.first_response
    assert first is not None
    assert first.state is ClockState.RUNNING
    assert first.due_at == at(60)
    assert first.risk_at == at(45)
    assert first.elapsed == timedelta(minutes=10)
    assert first.remaining == timedelta(minutes=50)
    assert status.resolution is not None
    assert status.resolution.due_at == at(480)
    assert status.next_deadline() == at(45)
    assert not status.at_risk("first_response")
    later = evaluate(ALWAYS, POLICY, "high", history((0, "new")), now=at(50))
    assert later.at_risk("first_response")
    assert later.next_deadline() == at(60)


def test_due_time_does_not_depend_on_when_it_is_evaluated() -> None:
    steps = history((0, "new"), (5, "open"))
    dues = {fr(evaluate(HK_OFFICE, POLICY, "normal", steps, now=at(m))).due_at for m in range(5, 200, 7)}
    assert len(dues) == 1
    assert None not in dues


def test_first_response_met_and_breached() -> None:
    steps = history((0, "new"), (3, "open"))
    met = evaluate(ALWAYS, POLICY, "urgent", steps, now=at(100), first_response_at=at(15)).first_response
    assert met is not None
    assert met.state is ClockState.MET  # answering exactly at the due time meets the target
    assert met.due_at is None
    assert met.stopped_at == at(15)
    late = evaluate(ALWAYS, POLICY, "urgent", steps, now=at(100), first_response_at=at(20)).first_response
    assert late is not None
    assert late.state is ClockState.BREACHED
    assert late.due_at == at(15)  # the moment of the breach
    assert late.elapsed == timedelta(minutes=20)


def test_running_clock_is_breached_from_its_due_time_on() -> None:
    steps = history((0, "new"))
    assert fr(evaluate(ALWAYS, POLICY, "urgent", steps, now=at(14))).state is ClockState.RUNNING
    at_due = evaluate(ALWAYS, POLICY, "urgent", steps, now=at(15))
    assert fr(at_due).state is ClockState.BREACHED
    assert at_due.next_deadline() == at(240 * 0.75)  # only the resolution clock still has a future level


def test_waiting_on_customer_pauses_both_clocks() -> None:
    steps = history((0, "new"), (10, "waiting_on_customer"), (70, "open"))
    status = evaluate(ALWAYS, POLICY, "high", steps, now=at(80))
    assert fr(status).due_at == at(60 + 60)
    assert res(status).due_at == at(480 + 60)
    assert res(status).elapsed == timedelta(minutes=20)


def test_paused_clock_has_no_deadline_and_keeps_its_elapsed_time() -> None:
    steps = history((0, "new"), (10, "waiting_on_customer"))
    status = evaluate(ALWAYS, POLICY, "high", steps, now=at(500))
    first = status.first_response
    assert first is not None
    assert first.state is ClockState.PAUSED
    assert first.due_at is None
    assert first.risk_at is None
    assert first.elapsed == timedelta(minutes=10)
    assert status.next_deadline() is None


def test_breach_before_a_pause_stays_a_breach() -> None:
    steps = history((0, "new"), (30, "waiting_on_customer"))
    first = evaluate(ALWAYS, POLICY, "urgent", steps, now=at(60)).first_response
    assert first is not None
    assert first.state is ClockState.BREACHED
    assert first.due_at == at(15)


def test_resolution_stops_on_resolve_and_resumes_on_reopen() -> None:
    resolved = history((0, "new"), (30, "open"), (100, "resolved"))
    status = evaluate(ALWAYS, POLICY, "urgent", resolved, now=at(1000), first_response_at=at(12))
    assert res(status).state is ClockState.MET
    assert res(status).elapsed == timedelta(minutes=100)
    reopened = [*resolved, Transition(at(1000), "open")]
    again = evaluate(ALWAYS, POLICY, "urgent", reopened, now=at(1010), first_response_at=at(12))
    assert res(again).state is ClockState.RUNNING
    assert res(again).elapsed == timedelta(minutes=110)
    assert res(again).due_at == at(1000 + 140)
    assert fr(again).state is ClockState.MET


def test_resolved_without_reply_stops_the_first_response_clock() -> None:
    steps = history((0, "new"), (5, "resolved"))
    first = evaluate(ALWAYS, POLICY, "urgent", steps, now=at(100)).first_response
    assert first is not None
    assert first.state is ClockState.MET
    assert first.stopped_at == at(5)


def test_business_hours_after_closing_on_friday_with_a_monday_holiday() -> None:
    created = datetime(2026, 4, 3, 17, 30, tzinfo=HK)  # Friday; Monday 6 April is a holiday
    steps = [Transition(created, "new")]
    status = evaluate(HK_OFFICE, POLICY, "high", steps, now=created + timedelta(minutes=1))
    # 30 minutes on Friday, then Tuesday from 09:00.
    assert fr(status).due_at == datetime(2026, 4, 7, 9, 30, tzinfo=HK)
    assert fr(status).elapsed == timedelta(minutes=1)


def test_pause_over_lunch_counts_no_business_time() -> None:
    day = datetime(2026, 3, 3, tzinfo=HK)
    steps = [
        Transition(day + timedelta(hours=12), "new"),
        Transition(day + timedelta(hours=12, minutes=30), "waiting_on_customer"),
        Transition(day + timedelta(hours=15), "open"),
    ]
    status = evaluate(HK_OFFICE, POLICY, "high", steps, now=day + timedelta(hours=15))
    # 30 business minutes before the pause, lunch 13-14 would not have counted anyway; 30 left after 15:00.
    assert fr(status).due_at == day + timedelta(hours=15, minutes=30)


def test_missing_target_means_no_clock() -> None:
    status = evaluate(ALWAYS, POLICY, "low", history((0, "new")), now=at(1))
    assert status.first_response is None
    assert status.resolution is not None
    assert set(status.clocks()) == {"resolution"}


def test_history_after_now_is_ignored_for_a_controlled_clock() -> None:
    steps = history((0, "new"), (30, "waiting_on_customer"))
    status = evaluate(ALWAYS, POLICY, "high", steps, now=at(20))
    assert fr(status).state is ClockState.RUNNING
    assert fr(status).due_at == at(60)


def test_invalid_inputs() -> None:
    with pytest.raises(SlaError, match="priority"):
        evaluate(ALWAYS, POLICY, "critical", history((0, "new")), now=at(1))
    with pytest.raises(SlaError, match="time order"):
        evaluate(ALWAYS, POLICY, "high", history((10, "new"), (5, "open")), now=at(20))
    with pytest.raises(SlaError, match="creation"):
        evaluate(ALWAYS, POLICY, "high", [], now=at(1))
    with pytest.raises(SlaError, match="after"):
        evaluate(ALWAYS, POLICY, "high", history((10, "new")), now=at(1))
    with pytest.raises(SlaError, match="aware"):
        evaluate(ALWAYS, POLICY, "high", history((0, "new")), now=datetime(2026, 3, 2))
    with pytest.raises(SlaError):
        SlaTargets(-1, 10)
    with pytest.raises(SlaError):
        SlaPolicy({}, risk_ratio=0)
    with pytest.raises(SlaError, match="whole minutes"):
        SlaPolicy.from_dict({"targets": {"high": {"first_response": "soon"}}})


def test_pauses_from_history() -> None:
    steps = history((0, "new"), (10, "waiting_on_customer"), (20, "open"), (30, "resolved"))
    assert pauses_from_history(steps, at(40)) == [(at(10), at(20)), (at(30), at(40))]


@pytest.mark.parametrize("cal", [ALWAYS, HK_OFFICE])
def test_due_time_equals_calendar_add_with_pauses(cal: BusinessCalendar) -> None:
    """The SLA layer and the calendar agree: due = created + target, skipping the non-running periods."""
    steps = history(
        (0, "new"), (100, "waiting_on_customer"), (400, "open"), (900, "waiting_on_customer"), (950, "open")
    )
    status = evaluate(cal, POLICY, "normal", steps, now=at(1000))
    pauses = pauses_from_history(steps, at(1000))
    expected = cal.add_business_time(at(0), timedelta(minutes=1440), pauses=pauses)
    assert res(status).due_at == expected
    assert res(status).elapsed == cal.business_time_between(at(0), at(1000), pauses=pauses)
