"""Reads of the zero-trust gate, always scoped to the actor's organisation."""

from __future__ import annotations

from datetime import timedelta

from django.db.models import QuerySet

from trustdesk.audit.models import AuditEvent
from trustdesk.core.errors import NotFound
from trustdesk.tenancy.actor import Actor
from trustdesk.tenancy.permissions import Perm
from trustdesk.trust import geo
from trustdesk.trust.choices import TrustAuditAction
from trustdesk.trust.models import Device, Passkey, TrustPolicy
from trustdesk.trust.policy import Effect, LocationPolicy, OrgPolicy, Sensitivity

_UNKNOWN_EFFECT = {"allow": Effect.ALLOW, "deny": Effect.DENY, "step_up": Effect.STEP_UP}


def policy_row(organization_id: int | None) -> TrustPolicy | None:
    if organization_id is None:
        return None
    return TrustPolicy.objects.filter(organization_id=organization_id).first()


def org_policy(organization_id: int | None) -> OrgPolicy:
    """The organisation's policy as the decision point sees it; defaults when none is stored."""
    from django.conf import settings

    step_up = timedelta(minutes=int(getattr(settings, "STEP_UP_MINUTES", 10)))
    freshness: dict[Sensitivity, timedelta | None] = {
        Sensitivity.PUBLIC: None,
        Sensitivity.READ: None,
        Sensitivity.WRITE: None,
        Sensitivity.SENSITIVE: step_up,
        Sensitivity.CRITICAL: min(step_up, timedelta(minutes=5)),
    }
    common = {
        "session_max_age": timedelta(seconds=int(getattr(settings, "SESSION_ABSOLUTE_SECONDS", 86400))),
        "session_idle": timedelta(seconds=int(getattr(settings, "SESSION_IDLE_SECONDS", 3600))),
        "second_factor_max_age": freshness,
        "step_up_max_age": step_up,
    }
    row = policy_row(organization_id)
    if row is None:
        return OrgPolicy(**common)  # type: ignore[arg-type]
    location = LocationPolicy(
        allowed_countries=frozenset(code.upper() for code in row.allowed_countries),
        allow_networks=geo.parse_networks(row.allow_cidrs),
        deny_networks=geo.parse_networks(row.deny_cidrs),
        violation_effect=Effect.STEP_UP if row.violation_effect == "step_up" else Effect.DENY,
        unknown_effect=_UNKNOWN_EFFECT.get(row.unknown_effect, Effect.STEP_UP),
        travel_window=timedelta(minutes=row.travel_window_minutes),
    )
    return OrgPolicy(location=location, phishing_resistant_roles=frozenset(row.phishing_resistant_roles), **common)  # type: ignore[arg-type]


def my_devices(*, actor: Actor) -> QuerySet[Device]:
    return Device.objects.filter(user_id=actor.user_id, organization_id=actor.organization_id).order_by("-created_at")


def device_inventory(*, actor: Actor) -> QuerySet[Device]:
    actor.require(Perm.DEVICE_MANAGE)
    return (
        Device.objects.filter(organization_id=actor.organization_id)
        .select_related("user")
        .order_by("status", "-created_at")
    )


def get_device(*, actor: Actor, public_id: str) -> Device:
    """A device the actor may act on: their own, or any of their organisation's with DEVICE_MANAGE."""
    device = Device.objects.filter(public_id=public_id, organization_id=actor.organization_id).first()
    if device is None or (device.user_id != actor.user_id and not actor.can(Perm.DEVICE_MANAGE)):
        raise NotFound("Not found.")
    return device


def recent_decisions(*, actor: Actor, limit: int = 100) -> QuerySet[AuditEvent]:
    actor.require(Perm.DECISION_READ)
    return (
        AuditEvent.objects.filter(organization_id=actor.organization_id, action=TrustAuditAction.DECISION.value)
        .select_related("personal")
        .order_by("-occurred_at", "-id")[:limit]
    )


def my_passkeys(*, actor: Actor) -> QuerySet[Passkey]:
    return Passkey.objects.filter(user_id=actor.user_id).order_by("-created_at")
