"""The integrator's raw-row leaf encoder gives exactly the bytes of the reference RFC 8785 encoding."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from types import SimpleNamespace
from typing import Any

import pytest
import rfc8785

from trustdesk.audit import integrator, leaf

EXTRAS: list[Any] = [
    {},
    {"len": 3},
    {"z": 1, "a": [True, None, "x"]},
    {"s": '\x01\u2028"\\\t'},
    {"f": 1.5},
    {"ключ": {"b": "Ngôn ngữ"}},
    {"\U0001f600": 1, "\ufb01": 2},
    {"n": -(2**53 - 1)},
    {"big": 2**60},
]
REASONS: list[list[str]] = [[], ["a"], ["line\nbreak", "ع"]]


def reference(ev: Any, origin: str, idx: int) -> bytes:
    """The leaf as specified: the object, encoded by the reference RFC 8785 encoder."""
    obj = {
        "v": 1,
        "log": origin,
        "idx": idx,
        "event": ev.pk,
        "at": ev.occurred_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "actor": ev.actor_id,
        "role": ev.actor_role,
        "action": ev.action,
        "target": {"type": ev.target_type, "id": ev.target_id},
        "outcome": ev.outcome,
        "reasons": list(ev.reasons),
        "country": ev.country,
        "session": ev.session_ref,
        "extra": ev.extra,
        "personal": ev.personal_hash or None,
    }
    return rfc8785.dumps(obj)


def events() -> list[SimpleNamespace]:
    out = []
    at = datetime(2026, 11, 27, 22, 41, 21, 123456, tzinfo=UTC)
    for i, (extra, reasons) in enumerate((e, r) for e in EXTRAS for r in REASONS):
        out.append(
            SimpleNamespace(
                pk=1000 + i,
                occurred_at=at + timedelta(seconds=i, microseconds=-at.microsecond if i % 5 == 0 else 0),
                actor_id=None if i % 3 == 0 else i,
                actor_role="auditor" if i % 2 else "",
                action="desk:conversation:assign",
                target_type="desk.conversation",
                target_id=f'"{i}"\x1f',
                outcome="success",
                reasons=reasons,
                country="VN",
                session_ref="0123456789abcdef",
                extra=extra,
                personal_hash="" if i % 4 == 0 else "ab" * 32,
            )
        )
    return out


@pytest.mark.parametrize("ev", events(), ids=lambda ev: str(ev.pk))
def test_leaf_data_equals_reference(ev: SimpleNamespace) -> None:
    if ev.extra.get("big"):  # outside I-JSON: refused, as record() refuses it up front
        with pytest.raises(rfc8785.IntegerDomainError):
            leaf.leaf_data(ev, origin="o/acme", idx=7)
        return
    assert leaf.leaf_data(ev, origin="o/acme", idx=7) == reference(ev, "o/acme", 7)


@pytest.mark.parametrize("as_text", [True, False])
def test_raw_rows_give_the_same_leaves(as_text: bool) -> None:
    """Rows as the drivers return them (SQLite text or naive datetimes, JSON text) -> the same bytes."""
    evs = [ev for ev in events() if not ev.extra.get("big")]
    rows = []
    for ev in evs:
        naive = ev.occurred_at.astimezone(UTC).replace(tzinfo=None)
        at: Any = str(naive) if as_text else naive
        rows.append(
            (
                ev.pk,
                1,
                at,
                ev.actor_id,
                ev.actor_role,
                ev.action,
                ev.target_type,
                ev.target_id,
                ev.outcome,
                json.dumps(ev.reasons),
                ev.country,
                ev.session_ref,
                json.dumps(ev.extra),
                ev.personal_hash,
            )
        )
    for _ in range(2):  # second pass hits the memo of stored JSON texts
        got = integrator._leaves(rows, "o/acme", 40)
        assert got == [reference(ev, "o/acme", 40 + i) for i, ev in enumerate(evs)]


def test_aware_non_utc_datetime_is_normalised() -> None:
    ev = events()[1]
    ev.occurred_at = ev.occurred_at.astimezone(timezone(timedelta(hours=7)))
    assert leaf.leaf_data(ev, origin="o/acme", idx=1) == reference(ev, "o/acme", 1)


@pytest.mark.parametrize(
    "personal",
    [
        {"ip": "203.0.113.9", "user_agent": "Mozilla/5.0", "device_id": "dev-1"},
        {"ip": None, "user_agent": 'UA "quoted" \\ é 你 \u2028', "device_id": ""},
        {"ip": "2001:db8::1", "user_agent": "", "device_id": "ع"},
    ],
)
def test_personal_commitment_is_over_the_rfc8785_bytes(personal: dict[str, Any]) -> None:
    import hashlib

    from trustdesk.audit import recording

    salt = bytes(range(16))
    expected = hashlib.sha256(recording.PERSONAL_DOMAIN + salt + rfc8785.dumps(personal)).hexdigest()
    assert recording.personal_commitment(salt, personal) == expected
