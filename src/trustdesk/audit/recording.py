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
from trustdesk.audit.models import AuditEvent, AuditPersonal

PERSONAL_DOMAIN = b"trustdesk/audit/personal/v1\x00"

ACTION_PATTERN = re.compile(r"^[a-z][a-z0-9_]*:[a-z][a-z0-9_]*:[a-z][a-z0-9_]*$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


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
    if str(outcome) not in Outcome.values:
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
    event = AuditEvent.objects.create(
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
    if salt:
        AuditPersonal.objects.create(event=event, salt=salt, **personal)
    with connection.cursor() as cur:  # the integrator's queue row; plain SQL, this is the request's hot path
        cur.execute('INSERT INTO "audit_auditpending" ("event_id") VALUES (%s)', [event.pk])
    return event


def personal_commitment(salt: bytes, personal: Mapping[str, Any]) -> str:
    """SHA-256 over a domain tag, the salt and the canonical JSON of the personal fields (hex).

    The salt makes the commitment unguessable (an IP address alone has too little entropy to hide behind a
    bare hash); erasing salt and data leaves a commitment nobody can open, and every proof still verifies.
    """
    return hashlib.sha256(PERSONAL_DOMAIN + salt + rfc8785.dumps(dict(personal))).hexdigest()
