"""SLA clocks derived from a conversation's state-transition history.

Why derive instead of storing counters: the due time must survive a status flip-flop, a reopen, a priority
change or a calendar edit without drift. Zammad rebuilds pauses from history for the same reason; we do it in
one pure function so the Django layer only stores the history and the *result* (due times to schedule tasks
at), and can recompute from scratch whenever anything changes.

Two clocks per conversation, both measured in business time of the team's calendar:

* **first response** runs from creation until the first public agent reply;
* **resolution** runs from creation until the conversation is resolved. A reopen resumes it with the budget
  that was left (the requester's problem was not solved, so time already spent still counts).

Both clocks run only while the status is a *running* status; they are paused while waiting on the customer
and stopped while resolved or closed. Targets are per priority. A clock is *at risk* once it has consumed
``risk_ratio`` of its target (default 75 %) and *breached* once it has consumed all of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from itertools import pairwise

from trustdesk.desk.calendar import BusinessCalendar, Interval

__all__ = [
    "PAUSED_STATUSES",
    "RUNNING_STATUSES",
    "STOPPED_STATUSES",
    "ClockState",
    "SlaClock",
    "SlaError",
    "SlaPolicy",
    "SlaStatus",
    "SlaTargets",
    "Transition",
    "evaluate",
]

RUNNING_STATUSES: frozenset[str] = frozenset({"new", "open"})
PAUSED_STATUSES: frozenset[str] = frozenset({"waiting_on_customer"})
STOPPED_STATUSES: frozenset[str] = frozenset({"resolved", "closed"})


class SlaError(ValueError):
    """Raised for an inconsistent policy or history."""


class ClockState(StrEnum):
    RUNNING = "running"
    PAUSED = "paused"
    MET = "met"
    BREACHED = "breached"


@dataclass(frozen=True)
class SlaTargets:
    """Targets for one priority, in business minutes. ``None`` means no target for that clock."""

    first_response_minutes: int | None
    resolution_minutes: int | None

    def __post_init__(self) -> None:
        for value in (self.first_response_minutes, self.resolution_minutes):
            if value is not None and value < 0:
                raise SlaError("SLA targets cannot be negative")


@dataclass(frozen=True)
class SlaPolicy:
    targets: Mapping[str, SlaTargets]
    risk_ratio: float = 0.75

    def __post_init__(self) -> None:
        if not 0 < self.risk_ratio <= 1:
            raise SlaError("risk_ratio must be in (0, 1]")

    def for_priority(self, priority: str) -> SlaTargets:
        try:
            return self.targets[priority]
        except KeyError:
            raise SlaError(f"no SLA targets for priority {priority!r}") from None

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> SlaPolicy:
        """``{"risk_ratio": 0.75, "targets": {"urgent": {"first_response": 15, "resolution": 240}, ...}}``."""
        raw = data.get("targets")
        if not isinstance(raw, Mapping):
            raise SlaError("SLA policy needs a 'targets' mapping")
        targets: dict[str, SlaTargets] = {}
        for priority, spec in raw.items():
            if not isinstance(spec, Mapping):
                raise SlaError(f"targets for {priority!r} must be a mapping")
            targets[str(priority)] = SlaTargets(_opt_int(spec.get("first_response")), _opt_int(spec.get("resolution")))
        ratio = data.get("risk_ratio", 0.75)
        if not isinstance(ratio, int | float):
            raise SlaError("risk_ratio must be a number")
        return cls(targets, float(ratio))


def _opt_int(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise SlaError(f"SLA target must be whole minutes, got {value!r}")
    return value


@dataclass(frozen=True)
class Transition:
    """The conversation entered ``status`` at ``at``. The first transition is the creation."""

    at: datetime
    status: str


@dataclass(frozen=True)
class SlaClock:
    """One clock evaluated at ``now``.

    ``due_at`` and ``risk_at`` are when the clock reaches its target / risk threshold, assuming it keeps
    running from ``now`` on; they are ``None`` while paused or once stopped before reaching them. For a
    breached clock ``due_at`` is the moment of the breach (in the past).
    """

    target: timedelta
    elapsed: timedelta
    state: ClockState
    due_at: datetime | None
    risk_at: datetime | None
    stopped_at: datetime | None

    @property
    def remaining(self) -> timedelta:
        return self.target - self.elapsed

    def next_deadline(self, now: datetime) -> datetime | None:
        """The next future instant this clock changes level (risk, then breach): when to schedule a task."""
        if self.state is not ClockState.RUNNING:
            return None
        for instant in (self.risk_at, self.due_at):
            if instant is not None and instant > now:
                return instant
        return None


@dataclass(frozen=True)
class SlaStatus:
    now: datetime
    first_response: SlaClock | None
    resolution: SlaClock | None

    def clocks(self) -> dict[str, SlaClock]:
        found = {"first_response": self.first_response, "resolution": self.resolution}
        return {name: clock for name, clock in found.items() if clock is not None}

    def at_risk(self, name: str) -> bool:
        """Running, past the risk threshold but not yet breached."""
        clock = self.clocks().get(name)
        return (
            clock is not None
            and clock.state is ClockState.RUNNING
            and clock.risk_at is not None
            and clock.risk_at <= self.now
        )

    def next_deadline(self) -> datetime | None:
        """Earliest future risk/breach instant over both clocks: when the scheduler should look again."""
        found = [d for c in self.clocks().values() if (d := c.next_deadline(self.now)) is not None]
        return min(found, default=None)


def _aware(instant: datetime, name: str) -> datetime:
    if instant.tzinfo is None:
        raise SlaError(f"{name} must be timezone-aware")
    return instant.astimezone(UTC)


def _running_intervals(
    history: Sequence[Transition], end: datetime, running: frozenset[str]
) -> list[tuple[datetime, datetime | None]]:
    """Intervals in a running status up to ``end``; the last is open-ended (``None``) if still running."""
    spans: list[tuple[datetime, datetime | None]] = []
    for index, step in enumerate(history):
        if step.status not in running:
            continue
        start = step.at
        stop = history[index + 1].at if index + 1 < len(history) else None
        if start > end:
            break
        if stop is not None and stop > end:
            stop = None
        if stop is not None and stop <= start:
            continue
        spans.append((start, stop))
    return spans


def _reach(
    calendar: BusinessCalendar,
    spans: Sequence[tuple[datetime, datetime | None]],
    amount: timedelta,
) -> datetime | None:
    """When accumulated business time over ``spans`` reaches ``amount``.

    Closed spans are measured exactly; the open-ended last span (if any) is extrapolated from its start into
    the future. ``None`` if the spans end before ``amount`` is reached.
    """
    accumulated = timedelta()
    for start, stop in spans:
        if stop is None:
            return calendar.add_business_time(start, amount - accumulated)
        length = calendar.business_time_between(start, stop)
        if accumulated + length >= amount:
            return calendar.add_business_time(start, amount - accumulated)
        accumulated += length
    return None


def _clock(
    calendar: BusinessCalendar,
    target_minutes: int,
    risk_ratio: float,
    spans: list[tuple[datetime, datetime | None]],
    now: datetime,
    stopped_at: datetime | None,
    paused: bool,
) -> SlaClock:
    target = timedelta(minutes=target_minutes)
    elapsed = sum((calendar.business_time_between(s, e if e is not None else now) for s, e in spans), timedelta())
    due_at = _reach(calendar, spans, target)
    risk_at = _reach(calendar, spans, target * risk_ratio)
    # Answering exactly at the due time meets the target; a running clock is breached from its due time on,
    # so a task scheduled at ``due_at`` sees the breach.
    if stopped_at is not None:
        breached = due_at is not None and due_at < stopped_at
    else:
        breached = due_at is not None and due_at <= now
    if breached:
        state = ClockState.BREACHED
    elif stopped_at is not None:
        state = ClockState.MET
    elif paused:
        state = ClockState.PAUSED
        due_at = risk_at = None
    else:
        state = ClockState.RUNNING
    if state is ClockState.MET:
        due_at = risk_at = None
    return SlaClock(target, elapsed, state, due_at, risk_at, stopped_at)


def evaluate(
    calendar: BusinessCalendar,
    policy: SlaPolicy,
    priority: str,
    history: Iterable[Transition],
    *,
    now: datetime,
    first_response_at: datetime | None = None,
    running_statuses: frozenset[str] = RUNNING_STATUSES,
    stopped_statuses: frozenset[str] = STOPPED_STATUSES,
) -> SlaStatus:
    """Evaluate both clocks of a conversation at ``now``.

    ``history`` lists status transitions in time order, the first being the creation. Statuses neither running
    nor stopped pause the clocks. ``first_response_at`` is the first public agent reply, if any.
    """
    now = _aware(now, "now")
    steps = [Transition(_aware(t.at, "transition time"), t.status) for t in history]
    if not steps:
        raise SlaError("history must contain at least the creation")
    if any(b.at < a.at for a, b in pairwise(steps)):
        raise SlaError("history must be in time order")
    steps = [t for t in steps if t.at <= now]
    if not steps:
        raise SlaError("conversation was created after 'now'")
    targets = policy.for_priority(priority)
    current = steps[-1].status

    first: SlaClock | None = None
    if targets.first_response_minutes is not None:
        replied = _aware(first_response_at, "first_response_at") if first_response_at is not None else None
        if replied is not None and replied > now:
            replied = None
        # A conversation resolved without any agent reply (e.g. the requester withdrew it) stops the clock.
        stop = replied
        if stop is None and current in stopped_statuses:
            stop = steps[-1].at
        limit = stop if stop is not None else now
        spans = _running_intervals(steps, limit, running_statuses)
        if stop is not None:
            spans = [(s, e if e is not None else stop) for s, e in spans]
        first = _clock(
            calendar,
            targets.first_response_minutes,
            policy.risk_ratio,
            spans,
            now,
            stop,
            paused=stop is None and current not in running_statuses,
        )

    resolution: SlaClock | None = None
    if targets.resolution_minutes is not None:
        stopped = steps[-1].at if current in stopped_statuses else None
        limit = stopped if stopped is not None else now
        spans = _running_intervals(steps, limit, running_statuses)
        if stopped is not None:
            spans = [(s, e if e is not None else stopped) for s, e in spans]
        resolution = _clock(
            calendar,
            targets.resolution_minutes,
            policy.risk_ratio,
            spans,
            now,
            stopped,
            paused=stopped is None and current not in running_statuses,
        )
    return SlaStatus(now, first, resolution)


def pauses_from_history(
    history: Sequence[Transition], end: datetime, running: frozenset[str] = RUNNING_STATUSES
) -> list[Interval]:
    """The non-running intervals of ``history`` up to ``end``, for callers that want calendar-level pauses."""
    spans = _running_intervals(history, end, running)
    out: list[Interval] = []
    cursor = history[0].at if history else end
    for start, stop in spans:
        if start > cursor:
            out.append((cursor, start))
        cursor = stop if stop is not None else end
    if cursor < end:
        out.append((cursor, end))
    return out
