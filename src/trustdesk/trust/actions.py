"""Writes of the zero-trust gate: device enrolment, binding, approval, revocation, location policy.

Each runs in one transaction and writes its audit record inside it. Cross-tenant ids are "not found".
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from trustdesk import audit
from trustdesk.audit.choices import Outcome
from trustdesk.audit.recording import session_ref
from trustdesk.core import clock
from trustdesk.core.errors import Conflict, NotFound, ValidationFailed
from trustdesk.core.ids import token
from trustdesk.identity.actions import SESSION_ID, require_fresh_second_factor
from trustdesk.tenancy.actor import Actor
from trustdesk.tenancy.choices import Role
from trustdesk.tenancy.permissions import Perm
from trustdesk.trust import geo
from trustdesk.trust.choices import ApprovalMode, DevicePlatform, DeviceStatus, TrustAuditAction
from trustdesk.trust.gate import DEVICE_KEY
from trustdesk.trust.httpsig import verify_raw
from trustdesk.trust.jwk import JwkError, b64url_decode, load_p256_jwk, thumbprint
from trustdesk.trust.models import Device, EnrolmentChallenge, TrustPolicy
from trustdesk.trust.policy import Effect, LocationPolicy, location_effect
from trustdesk.trust.selectors import get_device, policy_row

CHALLENGE_TTL = timedelta(minutes=5)
ENROL_CONTEXT = b"trustdesk-device-enrolment:"


def enrolment_message(challenge: str) -> bytes:
    """What the new key signs: a fixed context string, so the signature is useless for anything else."""
    return ENROL_CONTEXT + challenge.encode("ascii")


def _session_ref(request: Any) -> str:
    return session_ref(getattr(request.session, "session_key", None))


def _refuse_if_bound(request: Any) -> None:
    """A session that already belongs to an active device cannot enrol another one: otherwise a stolen
    session cookie, still inside the step-up window, could move the session to the thief's key."""
    bound = request.session.get(DEVICE_KEY)
    if bound and Device.objects.filter(public_id=bound, status=DeviceStatus.ACTIVE).exists():
        raise Conflict(_("This session already belongs to a device. Log in on the new device to register it."))


@transaction.atomic
def begin_enrolment(*, request: Any, actor: Actor) -> EnrolmentChallenge:
    """A fresh, single-use challenge for this session. Needs a second factor within the step-up window."""
    actor.require(Perm.DEVICE_ENROL)
    require_fresh_second_factor(request)
    _refuse_if_bound(request)
    now = clock.now()
    return EnrolmentChallenge.objects.create(
        user_id=actor.user_id,
        session_ref=_session_ref(request),
        challenge=token(32),
        created_at=now,
        expires_at=now + CHALLENGE_TTL,
    )


@dataclass(frozen=True)
class Enrolled:
    device: Device
    bound: bool


def _decode_signature(signature: str) -> bytes:
    try:
        return b64url_decode(signature)
    except JwkError:
        try:
            return base64.b64decode(signature, validate=True)
        except ValueError as exc:
            raise ValidationFailed(_("The signature is not valid base64.")) from exc


def complete_enrolment(
    *,
    request: Any,
    actor: Actor,
    challenge: str,
    public_jwk: dict[str, Any],
    signature: str,
    name: str,
    platform: str,
) -> Enrolled:
    """Register the key that signed the challenge. Active at once or pending, as the organisation decides."""
    actor.require(Perm.DEVICE_ENROL)
    require_fresh_second_factor(request)
    _refuse_if_bound(request)
    if platform not in DevicePlatform.values:
        raise ValidationFailed(_("Unknown device platform."))
    name = (name or "").strip()[:100] or _("Unnamed device")
    try:
        key = load_p256_jwk(public_jwk)
    except JwkError as exc:
        raise ValidationFailed(_("The device key is not an ECDSA P-256 public key.")) from exc
    now = clock.now()
    with transaction.atomic():
        # Consuming the challenge is a conditional UPDATE: a reused or concurrent challenge matches no row.
        used = EnrolmentChallenge.objects.filter(
            challenge=challenge,
            user_id=actor.user_id,
            session_ref=_session_ref(request),
            used_at__isnull=True,
            expires_at__gt=now,
        ).update(used_at=now)
        if used != 1:
            audit.record(
                action=TrustAuditAction.DEVICE_ENROL,
                actor=actor,
                outcome=Outcome.DENIED,
                reasons=["enrolment challenge unknown, expired or already used"],
                request=request,
            )
    if used != 1:
        raise ValidationFailed(_("This enrolment challenge is not valid any more. Start again."))
    if not verify_raw(key, enrolment_message(challenge), _decode_signature(signature)):
        with transaction.atomic():
            audit.record(
                action=TrustAuditAction.DEVICE_ENROL,
                actor=actor,
                outcome=Outcome.DENIED,
                reasons=["challenge signature does not match the key"],
                request=request,
            )
        raise ValidationFailed(_("The challenge was not signed by this key."))
    row = policy_row(actor.organization_id)
    needs_approval = row is not None and row.device_approval == ApprovalMode.IT_ADMIN
    status = DeviceStatus.PENDING if needs_approval else DeviceStatus.ACTIVE
    location_country = getattr(request, "country", "") or ""
    try:
        with transaction.atomic():
            device = Device.objects.create(
                public_id="dev_" + token(12),
                organization_id=actor.organization_id,
                user_id=actor.user_id,
                name=name,
                platform=platform,
                public_jwk={k: public_jwk[k] for k in ("kty", "crv", "x", "y")},
                thumbprint=thumbprint(public_jwk),
                status=status,
                user_agent=(request.META.get("HTTP_USER_AGENT") or "")[:300],
                approved_at=now if status == DeviceStatus.ACTIVE else None,
                last_seen_at=now,
                last_ip=getattr(request, "client_ip", None) or None,
                last_country=location_country,
            )
            audit.record(
                action=TrustAuditAction.DEVICE_ENROL,
                actor=actor,
                target=device,
                request=request,
                device_id=device.public_id,
                reasons=[
                    f"{platform} device enrolled with fresh second factor",
                    "active: organization policy auto-activates"
                    if status == DeviceStatus.ACTIVE
                    else "pending: an IT administrator must approve",
                ],
                extra={"thumbprint": device.thumbprint, "status": status},
            )
    except IntegrityError as exc:
        raise Conflict(_("This key is already registered.")) from exc
    bound = status == DeviceStatus.ACTIVE
    if bound:
        request.session[DEVICE_KEY] = device.public_id
    return Enrolled(device, bound)


@transaction.atomic
def bind_session(*, request: Any, actor: Actor) -> Device:
    """Bind this session to the device whose signature the gate verified on this very request."""
    proof = getattr(request, "trust_proof", None)
    device: Device | None = getattr(request, "trust_device", None)
    if proof is None or not proof.valid or device is None or proof.key_id != device.public_id:
        raise ValidationFailed(_("Binding needs a request signed by the device."))
    if device.user_id != actor.user_id or device.organization_id != actor.organization_id:
        raise NotFound("Not found.")
    if device.status != DeviceStatus.ACTIVE:
        raise Conflict(_("This device is not active."), extra={"device_status": device.status})
    previous = request.session.get(DEVICE_KEY)
    if previous not in (None, device.public_id):
        # One session, one device: a session already bound elsewhere never moves (a stolen cookie stays useless).
        audit.record(
            action=TrustAuditAction.SESSION_BIND,
            actor=actor,
            target=device,
            outcome=Outcome.DENIED,
            reasons=["session already bound to another device"],
            request=request,
            device_id=device.public_id,
        )
        raise Conflict(_("This session belongs to another device. Log in again on this device."))
    if previous is None:
        request.session[DEVICE_KEY] = device.public_id
        audit.record(
            action=TrustAuditAction.SESSION_BIND,
            actor=actor,
            target=device,
            request=request,
            reasons=["session bound to signing device"],
            device_id=device.public_id,
            extra={"user_session": request.session.get(SESSION_ID)},
        )
    return device


def _set_status(
    *, actor: Actor, public_id: str, status: DeviceStatus, action: TrustAuditAction, request: Any, admin_only: bool
) -> Device:
    with transaction.atomic():
        device = get_device(actor=actor, public_id=public_id)
        if admin_only or device.user_id != actor.user_id:
            actor.require(Perm.DEVICE_MANAGE)
        device = Device.objects.select_for_update().get(pk=device.pk)
        if device.status == DeviceStatus.REVOKED:
            raise Conflict(_("A revoked device cannot be changed. Enrol it again."))
        before = device.status
        device.status = status
        now = clock.now()
        if status == DeviceStatus.ACTIVE:
            device.approved_by_id = actor.user_id
            device.approved_at = now
        if status == DeviceStatus.REVOKED:
            device.revoked_at = now
        device.save(update_fields=["status", "approved_by", "approved_at", "revoked_at"])
        audit.record(
            action=action,
            actor=actor,
            target=device,
            request=request,
            device_id=device.public_id,
            reasons=[f"{before} -> {status}"],
            extra={"owner": device.user_id},
        )
    return device


def approve_device(*, actor: Actor, public_id: str, request: Any = None) -> Device:
    return _set_status(
        actor=actor,
        public_id=public_id,
        status=DeviceStatus.ACTIVE,
        action=TrustAuditAction.DEVICE_APPROVE,
        request=request,
        admin_only=True,
    )


def suspend_device(*, actor: Actor, public_id: str, request: Any = None) -> Device:
    return _set_status(
        actor=actor,
        public_id=public_id,
        status=DeviceStatus.SUSPENDED,
        action=TrustAuditAction.DEVICE_SUSPEND,
        request=request,
        admin_only=True,
    )


def revoke_device(*, actor: Actor, public_id: str, request: Any = None) -> Device:
    """Users revoke their own devices; IT administrators any device of their organisation."""
    return _set_status(
        actor=actor,
        public_id=public_id,
        status=DeviceStatus.REVOKED,
        action=TrustAuditAction.DEVICE_REVOKE,
        request=request,
        admin_only=False,
    )


def _countries(values: list[str]) -> list[str]:
    cleaned = sorted({value.strip().upper() for value in values if value.strip()})
    bad = [value for value in cleaned if len(value) != 2 or not value.isalpha() or not value.isascii()]
    if bad:
        raise ValidationFailed(_("Countries must be two-letter ISO 3166 codes: %(bad)s") % {"bad": ", ".join(bad)})
    return cleaned


def _cidrs(values: list[str]) -> list[str]:
    try:
        return [str(network) for network in geo.parse_networks(values)]
    except ValueError as exc:
        raise ValidationFailed(_("Invalid network: %(error)s") % {"error": exc}) from exc


@transaction.atomic
def update_policy(
    *,
    actor: Actor,
    request: Any = None,
    device_approval: str,
    allowed_countries: list[str],
    allow_cidrs: list[str],
    deny_cidrs: list[str],
    violation_effect: str,
    unknown_effect: str,
    travel_window_minutes: int,
    phishing_resistant_roles: list[str],
) -> TrustPolicy:
    actor.require(Perm.POLICY_MANAGE)
    if device_approval not in ApprovalMode.values:
        raise ValidationFailed(_("Unknown device approval mode."))
    if violation_effect not in ("deny", "step_up") or unknown_effect not in ("allow", "deny", "step_up"):
        raise ValidationFailed(_("Unknown policy effect."))
    if not 1 <= travel_window_minutes <= 24 * 60:
        raise ValidationFailed(_("The travel window must be between 1 and 1440 minutes."))
    roles = sorted(set(phishing_resistant_roles))
    if any(role not in Role.values for role in roles):
        raise ValidationFailed(_("Unknown role."))
    countries, allow, deny = _countries(allowed_countries), _cidrs(allow_cidrs), _cidrs(deny_cidrs)
    if request is not None:
        rules = LocationPolicy(
            allowed_countries=frozenset(countries),
            allow_networks=geo.parse_networks(allow),
            deny_networks=geo.parse_networks(deny),
            violation_effect=Effect.STEP_UP if violation_effect == "step_up" else Effect.DENY,
            unknown_effect={"allow": Effect.ALLOW, "deny": Effect.DENY}.get(unknown_effect, Effect.STEP_UP),
        )
        here = geo.locate(geo.parse_ip(getattr(request, "client_ip", None)), geo.default_provider())
        if location_effect(rules, here, clock.now()) is Effect.DENY:
            raise ValidationFailed(
                _("This policy would block your own current location (%(where)s). Add your network first.")
                % {"where": here.country or str(here.ip or "?")}
            )
    row, _created = TrustPolicy.objects.select_for_update().get_or_create(organization_id=actor.organization_id)
    before = {
        "device_approval": row.device_approval,
        "allowed_countries": row.allowed_countries,
        "allow_cidrs": row.allow_cidrs,
        "deny_cidrs": row.deny_cidrs,
        "violation_effect": row.violation_effect,
        "unknown_effect": row.unknown_effect,
        "travel_window_minutes": row.travel_window_minutes,
        "phishing_resistant_roles": row.phishing_resistant_roles,
    }
    row.device_approval = device_approval
    row.allowed_countries = countries
    row.allow_cidrs = allow
    row.deny_cidrs = deny
    row.violation_effect = violation_effect
    row.unknown_effect = unknown_effect
    row.travel_window_minutes = travel_window_minutes
    row.phishing_resistant_roles = roles
    row.save()
    after = {key: getattr(row, key) for key in before}
    audit.record(
        action=TrustAuditAction.POLICY_CHANGE,
        actor=actor,
        target=row,
        request=request,
        reasons=[f"{key} changed" for key in before if before[key] != after[key]] or ["no change"],
        extra={"before": before, "after": after},
    )
    return row
