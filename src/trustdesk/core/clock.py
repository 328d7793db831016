"""The one source of "now".

Everything that compares times (session timeouts, TOTP steps, SLA deadlines, signature windows) asks this module,
so tests can move time with :func:`frozen` instead of sleeping or patching ``datetime``.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

_override = threading.local()
_global_offset: list[timedelta] = [timedelta(0)]


def now() -> datetime:
    """Current time, timezone-aware UTC."""
    fixed: datetime | None = getattr(_override, "value", None)
    if fixed is not None:
        return fixed
    return datetime.now(UTC) + _global_offset[0]


def timestamp() -> float:
    return now().timestamp()


@contextlib.contextmanager
def frozen(at: datetime) -> Iterator[None]:
    """Freeze time for the current thread (tests)."""
    if at.tzinfo is None:
        raise ValueError("frozen() needs an aware datetime")
    previous = getattr(_override, "value", None)
    _override.value = at
    try:
        yield
    finally:
        _override.value = previous


@contextlib.contextmanager
def shifted(by: timedelta) -> Iterator[None]:
    """Move the clock of every thread forward by ``by`` (tests of timeouts served by another thread)."""
    _global_offset[0] += by
    try:
        yield
    finally:
        _global_offset[0] -= by
