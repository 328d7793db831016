"""The leaf data of an audit event: its canonical JSON (RFC 8785), the bytes the Merkle tree commits to.

Version 1 of this encoding must never change: exports are re-derived from the event rows, and an auditor's old
checkpoints only verify if the same rows give the same bytes forever. A new field means ``"v": 2``, chosen per
event, never a silent change. A golden test pins the exact bytes.

Personal data is not in the leaf: ``personal`` is the salted commitment kept on the event, so erasing the data
and its salt (``AuditPersonal``) leaves every proof intact (docs/adr/audit-erasure.md).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import rfc8785

LEAF_VERSION = 1
_dumps = json.dumps
INDEX_KEY = "idx"


def timestamp(value: datetime) -> str:
    """UTC, microseconds, ``Z``: one spelling per instant."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


_MAX_SAFE_INT = 2**53 - 1


def _plain(value: Any) -> bool:
    """True when Python's sorted compact JSON is byte-identical to RFC 8785 for ``value``.

    That holds for strings, booleans, null, integers in the I-JSON range, and containers of them whose keys
    are in the Basic Multilingual Plane (where code-point order equals RFC 8785's UTF-16 order). Floats and
    anything unusual go through the reference ``rfc8785`` encoder.
    """
    if value is None or isinstance(value, bool | str):
        return True
    if isinstance(value, int):
        return -_MAX_SAFE_INT <= value <= _MAX_SAFE_INT
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and k.isascii() and _plain(v) for k, v in value.items())
    return False


def canonical(obj: dict[str, Any]) -> bytes:
    """RFC 8785 bytes of ``obj``; a fast stdlib path when provably identical, else the reference encoder."""
    if _plain(obj):
        return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    return rfc8785.dumps(obj)


def leaf_data(event: Any, *, origin: str, idx: int) -> bytes:
    """Canonical JSON of ``event`` as entry ``idx`` of the log ``origin``.

    The log and index are inside the leaf so an entry cannot be replayed into another log or position, and
    so the standalone verifier can name the first out-of-place line (``--index-key idx``).
    """
    extra = event.extra if event.extra is not None else {}
    reasons = list(event.reasons or [])
    obj = {
        "v": LEAF_VERSION,
        "log": origin,
        INDEX_KEY: idx,
        "event": event.pk,
        "at": timestamp(event.occurred_at),
        "actor": event.actor_id,
        "role": event.actor_role,
        "action": event.action,
        "target": {"type": event.target_type, "id": event.target_id},
        "outcome": event.outcome,
        "reasons": reasons,
        "country": event.country,
        "session": event.session_ref,
        "extra": extra,
        "personal": event.personal_hash or None,
    }
    # The fixed fields are strings and small integers by construction; only the free-form parts need a look.
    if _plain(extra) and all(type(r) is str for r in reasons):
        return _dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    return rfc8785.dumps(obj)
