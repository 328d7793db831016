"""``record()``: the single write path into the audit trail."""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any

import rfc8785
from django.db import connection

from trustdesk.audit.choices import Outcome
from trustdesk.audit.leaf import canonical, is_plain
from trustdesk.audit.models import AuditEvent

PERSONAL_DOMAIN = b"trustdesk/audit/personal/v1\x00"

ACTION_PATTERN = re.compile(r"^[a-z][a-z0-9_]*:[a-z][a-z0-9_]*:[a-z][a-z0-9_]*$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_OUTCOMES = frozenset(Outcome.values)


def _clean(value: str, limit: int) -> str:
    """Neutralise CR/LF and other control characters (log injection) and bound the length."""
    return _CONTROL.sub(" ", value)[:limit]


def session_ref(session_key: str | None) -> str:
    """A stable, non-secret handle on a session for tracing: never the session id itself."""
    if not session_key:
        return ""
    return hashlib.sha256(b"trustdesk-session:" + session_key.encode()).hexdigest()[:16]


def _request_fields(request: Any) -> dict[str, Any]:
    if request is None:
        return {}
    meta = getattr(request, "META", {})
    session = getattr(request, "session", None)
    return {
        # The zero-trust gate sets client_ip/country/device_id after resolving trusted proxies.
        "ip": getattr(request, "client_ip", None) or meta.get("REMOTE_ADDR") or None,
        "user_agent": meta.get("HTTP_USER_AGENT", ""),
        "country": getattr(request, "country", "") or "",
        "device_id": str(getattr(request, "device_id", "") or ""),
        "session_ref": session_ref(getattr(session, "session_key", None)),
    }


def record(
    *,
    action: StrEnum | str,
    actor: Any = None,
    organization: Any = None,
    target: Any = None,
    target_type: str = "",
    target_id: str | int = "",
    outcome: Outcome | str = Outcome.SUCCESS,
    reasons: Iterable[str] = (),
    request: Any = None,
    ip: str | None = None,
    user_agent: str | None = None,
    device_id: str | None = None,
    country: str | None = None,
    extra: Mapping[str, Any] | None = None,
) -> AuditEvent:
    """Write one audit event in the caller's transaction.

    ``actor`` is an :class:`~trustdesk.tenancy.actor.Actor`, a user, or None (anonymous). ``organization``
    defaults to the actor's; None with no actor means the platform log. ``target`` may be a model instance
    (its label and pk are used) or given as ``target_type``/``target_id``. Secrets never belong in ``extra``,
    and neither does personal data: ``extra`` is part of the immutable leaf, while IP address, user agent and
    device id go to the erasable ``AuditPersonal`` row behind a salted commitment (docs/adr/audit-erasure.md).
    """
    action_value = str(action.value if isinstance(action, StrEnum) else action)
    if not ACTION_PATTERN.match(action_value):
        raise ValueError(f"audit action must look like area:object:verb, got {action_value!r}")
    if str(outcome) not in _OUTCOMES:
        raise ValueError(f"unknown audit outcome {outcome!r}")

    actor_id = None
    actor_role = ""
    if actor is not None:
        user = getattr(actor, "user", actor)
        actor_id = getattr(user, "pk", None)
        actor_role = str(getattr(actor, "role", "") or "")
        if organization is None:
            organization = getattr(actor, "organization", None)
    if organization is not None and getattr(organization, "is_platform", False):
        organization = None  # platform staff write to the platform log

    if target is not None:
        target_type = target_type or target._meta.label_lower
        target_id = target_id or target.pk

    fields = _request_fields(request)
    overrides = (("ip", ip), ("user_agent", user_agent), ("device_id", device_id), ("country", country))
    for key, value in overrides:
        if value is not None:
            fields[key] = value

    extra_value = dict(extra or {})
    if not is_plain(extra_value):  # plain JSON values are encodable by construction: skip the slow check
        try:
            rfc8785.dumps(extra_value)  # the leaf must be encodable later: fail in the caller's transaction, now
        except (rfc8785.CanonicalizationError, TypeError) as exc:
            raise ValueError(f"audit extra is not canonical-JSON encodable: {exc}") from exc

    personal = {
        "ip": fields.get("ip") or None,
        "user_agent": _clean(fields.get("user_agent") or "", 300),
        "device_id": _clean(fields.get("device_id") or "", 64),
    }
    salt = secrets.token_bytes(16) if any(personal.values()) else b""
    event = AuditEvent(
        organization=organization,
        actor_id=actor_id,
        actor_role=actor_role,
        action=action_value,
        target_type=_clean(str(target_type), 64),
        target_id=_clean(str(target_id), 64),
        outcome=str(outcome),
        reasons=[_clean(str(reason), 500) for reason in reasons],
        country=_clean(fields.get("country") or "", 2),
        session_ref=fields.get("session_ref", ""),
        extra=extra_value,
        personal_hash=personal_commitment(salt, personal) if salt else "",
    )
    _insert(event, personal if salt else None, salt)
    return event


_EVENT_COLUMNS: list[Any] = []


def _insert(event: AuditEvent, personal: Mapping[str, Any] | None, salt: bytes) -> None:
    """Event, personal row and queue row in one round trip on PostgreSQL (a CTE); event and personal row by plain
    SQL on SQLite, which needs no queue row.

    This is the request's hot path: the ORM's three ``create()`` calls cost three round trips and most of a
    millisecond; values are still adapted by the model fields themselves, so storage is identical.
    """
    if not _EVENT_COLUMNS:
        _EVENT_COLUMNS.extend(f for f in AuditEvent._meta.concrete_fields if not f.primary_key)
    cols = ", ".join(f'"{f.column}"' for f in _EVENT_COLUMNS)
    marks = ", ".join(["%s"] * len(_EVENT_COLUMNS))
    values = [f.get_db_prep_save(getattr(event, f.attname), connection) for f in _EVENT_COLUMNS]
    insert_event = f'INSERT INTO "audit_auditevent" ({cols}) VALUES ({marks})'  # noqa: S608 - model columns
    with connection.cursor() as cur:
        if connection.vendor == "postgresql":
            sql = f"WITH e AS ({insert_event} RETURNING id)"
            params = list(values)
            if personal is not None:
                sql += (
                    ', p AS (INSERT INTO "audit_auditpersonal" ("event_id", "salt", "ip", "user_agent", "device_id")'
                    " SELECT id, %s, %s, %s, %s FROM e)"
                )
                params += [salt, personal["ip"], personal["user_agent"], personal["device_id"]]
            sql += ', q AS (INSERT INTO "audit_auditpending" ("event_id") SELECT id FROM e) SELECT id FROM e'
            cur.execute(sql, params)
            event.pk = cur.fetchone()[0]
        else:
            cur.execute(insert_event + " RETURNING id", values)
            event.pk = cur.fetchone()[0]
            if personal is not None:
                cur.execute(
                    'INSERT INTO "audit_auditpersonal" ("event_id", "salt", "ip", "user_agent", "device_id")'
                    " VALUES (%s, %s, %s, %s, %s)",
                    [event.pk, salt, personal["ip"], personal["user_agent"], personal["device_id"]],
                )
            # no queue row on SQLite: ids commit in order there, so the integrator takes the events above the
            # highest integrated id (docs/adr/audit-log.md, "Write path")
    event._state.adding = False
    event._state.db = connection.alias


def personal_commitment(salt: bytes, personal: Mapping[str, Any]) -> str:
    """SHA-256 over a domain tag, the salt and the canonical JSON of the personal fields (hex).

    The salt makes the commitment unguessable (an IP address alone has too little entropy to hide behind a
    bare hash); erasing salt and data leaves a commitment nobody can open, and every proof still verifies.
    """
    return hashlib.sha256(PERSONAL_DOMAIN + salt + canonical(dict(personal))).hexdigest()
