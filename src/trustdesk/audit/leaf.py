"""The leaf data of an audit event: its canonical JSON (RFC 8785), the bytes the Merkle tree commits to.

Version 1 of this encoding must never change: exports are re-derived from the event rows, and an auditor's old
checkpoints only verify if the same rows give the same bytes forever. A new field means ``"v": 2``, chosen per
event, never a silent change. A golden test pins the exact bytes.

Personal data is not in the leaf: ``personal`` is the salted commitment kept on the event, so erasing the data
and its salt (``AuditPersonal``) leaves every proof intact (docs/adr/audit-erasure.md).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from json.encoder import encode_basestring as _quote
from typing import Any

import rfc8785

LEAF_VERSION = 1
_dumps = json.dumps
_loads = json.loads
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
        for k, v in value.items():  # flat values inline: this runs once per event in the integrator
            if not (isinstance(k, str) and k.isascii()):
                return False
            t = type(v)
            if t is str or t is bool or v is None:
                continue
            if t is int:
                if -_MAX_SAFE_INT <= v <= _MAX_SAFE_INT:
                    continue
                return False
            if not _plain(v):
                return False
        return True
    return False


# json.dumps with these arguments builds this very encoder on every call; build it once.
_encode_sorted = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode


def is_plain(value: Any) -> bool:
    """Public name of the check above: ``canonical(value)`` needs no reference encoder, and cannot fail."""
    return _plain(value)


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
    fast = _fragments(extra, reasons)
    return leaf_from_values(
        origin,
        idx,
        event.pk,
        event.occurred_at,
        event.actor_id,
        event.actor_role,
        event.action,
        event.target_type,
        event.target_id,
        event.outcome,
        reasons,
        event.country,
        event.session_ref,
        extra,
        event.personal_hash,
        fast,
    )


def _fragments(extra: Any, reasons: list[Any]) -> tuple[str, str] | None:
    """Canonical text of ``extra`` and ``reasons`` when the stdlib encoder provably gives RFC 8785, else None."""
    if _plain(extra) and all(type(r) is str for r in reasons):
        return _encode_sorted(extra), _encode_sorted(reasons) if reasons else "[]"
    return None


_FRAGMENT_CACHE: dict[str, tuple[str, str] | None] = {}
_FRAGMENT_CACHE_MAX = 4096
_MISS: Any = object()


def fragments_of_json_text(extra_text: Any, reasons_text: Any) -> tuple[Any, list[Any], tuple[str, str] | None]:
    """``extra`` and ``reasons`` from their stored JSON text, plus their canonical text (see ``_fragments``).

    The integrator's hot path: most events repeat a handful of stored texts (``{}``/``[]`` above all), so the
    parse-and-reencode result is memoised per exact stored text (a pure function of it, bounded cache). On a
    hit the values themselves are not needed (only the object path uses them) and come back as None.
    """
    key = None
    if isinstance(extra_text, str) and isinstance(reasons_text, str):
        key = extra_text + "\x00" + reasons_text
        fast = _FRAGMENT_CACHE.get(key, _MISS)
        if fast is not _MISS and fast is not None:
            return None, [], fast  # type: ignore[return-value]
    extra = _loads(extra_text) if isinstance(extra_text, str | bytes) else extra_text
    reasons_raw = _loads(reasons_text) if isinstance(reasons_text, str | bytes) else reasons_text
    extra = extra if extra is not None else {}
    reasons = list(reasons_raw or [])
    fast = _fragments(extra, reasons)
    if key is not None:
        if len(_FRAGMENT_CACHE) >= _FRAGMENT_CACHE_MAX:
            _FRAGMENT_CACHE.clear()
        _FRAGMENT_CACHE[key] = fast
    return extra, reasons, fast


_ZERO = timedelta(0)


def _timestamp_fast(value: Any) -> str:
    """``timestamp()`` for the values the drivers return, without the generic conversions.

    SQLite gives Django's stored UTC text (``YYYY-MM-DD HH:MM:SS.ffffff``) or a naive UTC datetime, PostgreSQL
    an aware UTC datetime. Other offsets take the generic path, so the output is always ``timestamp()``'s for
    the same instant.
    """
    if isinstance(value, str):
        parsed = datetime.fromisoformat(value)  # validates the text
        if parsed.tzinfo is None and len(value) == 26 and value[10] == " ":
            return value[:10] + "T" + value[11:] + "Z"
        value = parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
    if value.tzinfo is None:  # the drivers' naive values are UTC (Django stores UTC)
        return value.isoformat(timespec="microseconds") + "Z"
    if value.utcoffset() == _ZERO:
        return value.isoformat(timespec="microseconds")[:-6] + "Z"
    return timestamp(value)


def leaf_from_values(
    origin: str,
    idx: int,
    event_id: Any,
    occurred_at: Any,
    actor_id: Any,
    actor_role: Any,
    action: Any,
    target_type: Any,
    target_id: Any,
    outcome: Any,
    reasons: list[Any],
    country: Any,
    session_ref: Any,
    extra: Any,
    personal_hash: Any,
    fast: tuple[str, str] | None,
) -> bytes:
    """The leaf bytes from an event's values (``fast``: see ``_fragments``).

    The common case is one string template with the C string escaper: its output is exactly what
    ``json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)`` gives for the object built
    in ``_leaf_object`` (keys below are in sorted order), which in turn equals RFC 8785 for such data. Any
    value of an unexpected type takes the object path, so the bytes never depend on which path ran.
    """
    personal = personal_hash or None
    if (
        fast is not None
        and type(event_id) is int
        and (actor_id is None or type(actor_id) is int)
        and type(idx) is int
        and type(origin) is str
        and (personal is None or type(personal) is str)
        and type(actor_role) is str
        and type(action) is str
        and type(target_type) is str
        and type(target_id) is str
        and type(outcome) is str
        and type(country) is str
        and type(session_ref) is str
    ):
        q = _quote
        return (
            f'{{"action":{q(action)},"actor":{"null" if actor_id is None else actor_id},'
            f'"at":"{_timestamp_fast(occurred_at)}","country":{q(country)},"event":{event_id},'
            f'"extra":{fast[0]},"idx":{idx},"log":{q(origin)},"outcome":{q(outcome)},'
            f'"personal":{"null" if personal is None else q(personal)},"reasons":{fast[1]},'
            f'"role":{q(actor_role)},"session":{q(session_ref)},'
            f'"target":{{"id":{q(target_id)},"type":{q(target_type)}}},"v":{LEAF_VERSION}}}'
        ).encode()
    at = datetime.fromisoformat(occurred_at) if isinstance(occurred_at, str) else occurred_at
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    obj = {
        "v": LEAF_VERSION,
        "log": origin,
        INDEX_KEY: idx,
        "event": event_id,
        "at": timestamp(at),
        "actor": actor_id,
        "role": actor_role,
        "action": action,
        "target": {"type": target_type, "id": target_id},
        "outcome": outcome,
        "reasons": reasons,
        "country": country,
        "session": session_ref,
        "extra": extra,
        "personal": personal,
    }
    # The fixed fields are strings and small integers by construction; only the free-form parts need a look.
    if fast is not None:
        return _dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    return rfc8785.dumps(obj)
