"""The audit trail. ``record()`` is the one way to write an audit event."""

from __future__ import annotations

from typing import Any


def record(**kwargs: Any) -> Any:
    """Write one audit event inside the caller's transaction; see :func:`trustdesk.audit.recording.record`."""
    from trustdesk.audit.recording import record as _record

    return _record(**kwargs)
