"""The policy decision point: one pure function decides every request.

`evaluate(context, action)` looks at who is asking (identity), how they signed in (session age, second
factor and its freshness), from which device (registered, active, bound to this session), with which proof
(request signature or session-binding cookie), from where (country and network against the organisation's
location policy, and country changes within a session), and what the action is worth (sensitivity). It
returns `allow`, `step_up` (ask for a fresh second factor, then retry) or `deny`, with every reason.

It is deny by default: `allow` is returned only when each required input is present and positively checks
out; a missing input is a deny reason, not a pass. It performs no I/O, so the enforcement point (phase 2:
middleware for web, API and CLI) gathers the inputs, calls it, acts on the effect and writes the audit
record; and the same rules can be tested exhaustively without a server (NIST SP 800-207 §3.1: the policy
engine, separate from the enforcement point).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from trustdesk.trust.geo import IPAddress, IPNetwork, Location

__all__ = [
    "PHISHING_RESISTANT_FACTORS",
    "Action",
    "Context",
    "Decision",
    "Device",
    "DeviceStatus",
    "Effect",
    "Identity",
    "LocationPolicy",
    "OrgPolicy",
    "Proof",
    "ProofKind",
    "ProofRequirement",
    "Reason",
    "SecondFactor",
    "Sensitivity",
    "Session",
    "evaluate",
    "location_effect",
]


class Effect(StrEnum):
    ALLOW = "allow"
    STEP_UP = "step_up"
    DENY = "deny"


_SEVERITY = {Effect.ALLOW: 0, Effect.STEP_UP: 1, Effect.DENY: 2}
_ROUTINE = frozenset({"location.network_allowed"})


class Sensitivity(StrEnum):
    """How much an action is worth to an attacker; decides 2FA freshness and whether allows are audited."""

    PUBLIC = "public"  # no identity needed (sign-in pages); only the location policy applies
    READ = "read"
    WRITE = "write"
    SENSITIVE = "sensitive"  # admin functions, device approval, customer data export
    CRITICAL = "critical"  # security settings, lockbox approval, role changes

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {level: index for index, level in enumerate(Sensitivity)}


class ProofRequirement(StrEnum):
    """What must prove the request comes from the session's device."""

    SIGNATURE = "signature"  # API and CLI: an RFC 9421 signature by the device key
    SIGNATURE_OR_BINDING = "signature_or_binding"  # page navigations: a valid session-binding cookie suffices
    NONE = "none"  # before a device exists: sign-in and enrolment


class DeviceStatus(StrEnum):
    PENDING = "pending"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    REVOKED = "revoked"


class SecondFactor(StrEnum):
    TOTP = "totp"
    RECOVERY_CODE = "recovery_code"
    PASSKEY = "passkey"


PHISHING_RESISTANT_FACTORS = frozenset({SecondFactor.PASSKEY})


class ProofKind(StrEnum):
    SIGNATURE = "signature"
    BINDING_COOKIE = "binding_cookie"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Action:
    """`any_factor` exempts an action from a role's passkey requirement: the pages and calls that register
    the first passkey must work with TOTP, or such a user could never get one."""

    name: str
    sensitivity: Sensitivity
    proof: ProofRequirement = ProofRequirement.SIGNATURE
    any_factor: bool = False


@dataclass(frozen=True, slots=True)
class Identity:
    user_id: str
    org_id: str
    roles: frozenset[str] = frozenset()
    active: bool = True


@dataclass(frozen=True, slots=True)
class Session:
    """Server-side session facts. `device_id` is the device the session was bound to when it was created;
    `last_country`/`last_country_at` are where and when the session was last seen (for impossible travel)."""

    authenticated_at: datetime
    last_seen_at: datetime
    second_factor: SecondFactor | None = None
    second_factor_at: datetime | None = None
    device_id: str | None = None
    last_country: str | None = None
    last_country_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Device:
    device_id: str
    user_id: str
    org_id: str
    status: DeviceStatus


@dataclass(frozen=True, slots=True)
class Proof:
    """The result of checking the request's device proof. `failure` is a stable identifier such as a
    `httpsig.SignatureFailure` value; `key_id` is the device the proof verified for."""

    kind: ProofKind = ProofKind.NONE
    key_id: str | None = None
    failure: str | None = None

    @property
    def valid(self) -> bool:
        return self.kind is not ProofKind.NONE and self.failure is None and self.key_id is not None


@dataclass(frozen=True, slots=True)
class LocationPolicy:
    """An organisation's operating regions. Empty `allowed_countries` means any country. CIDR lists win over
    countries; when both lists match, the longer prefix wins and a tie goes to deny."""

    allowed_countries: frozenset[str] = frozenset()
    allow_networks: tuple[IPNetwork, ...] = ()
    deny_networks: tuple[IPNetwork, ...] = ()
    violation_effect: Effect = Effect.DENY
    unknown_effect: Effect = Effect.STEP_UP
    travel_window: timedelta = timedelta(minutes=60)

    def __post_init__(self) -> None:
        if self.violation_effect is Effect.ALLOW:
            raise ValueError("a location violation must deny or step up")


def _default_freshness() -> dict[Sensitivity, timedelta | None]:
    return {
        Sensitivity.PUBLIC: None,
        Sensitivity.READ: None,
        Sensitivity.WRITE: None,
        Sensitivity.SENSITIVE: timedelta(minutes=15),
        Sensitivity.CRITICAL: timedelta(minutes=5),
    }


@dataclass(frozen=True, slots=True)
class OrgPolicy:
    """Per-organisation settings. Defaults follow NIST SP 800-63B-4 (24 h overall, 1 h idle)."""

    location: LocationPolicy = field(default_factory=LocationPolicy)
    session_max_age: timedelta = timedelta(hours=24)
    session_idle: timedelta = timedelta(hours=1)
    second_factor_max_age: Mapping[Sensitivity, timedelta | None] = field(default_factory=_default_freshness)
    step_up_max_age: timedelta = timedelta(minutes=15)
    phishing_resistant_roles: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Context:
    now: datetime
    policy: OrgPolicy
    identity: Identity | None = None
    session: Session | None = None
    device: Device | None = None
    proof: Proof = field(default_factory=Proof)
    location: Location | None = None


@dataclass(frozen=True, slots=True)
class Reason:
    """One finding. `effect` is what this finding alone demands; ALLOW findings are notes for the audit."""

    code: str
    effect: Effect
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Decision:
    effect: Effect
    reasons: tuple[Reason, ...]
    action: str
    sensitivity: Sensitivity

    @property
    def allowed(self) -> bool:
        return self.effect is Effect.ALLOW

    @property
    def audit_required(self) -> bool:
        """Denies and step-ups are always recorded, and so are allows of sensitive actions and allows that
        needed an exception (a location finding waived by a recent second factor or by signing in). A hit on
        the always-allowed networks is the configured normal case (the office), not an exception."""
        if self.effect is not Effect.ALLOW:
            return True
        if any(reason.code not in _ROUTINE for reason in self.reasons):
            return True
        return self.sensitivity.rank >= Sensitivity.SENSITIVE.rank

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(reason.code for reason in self.reasons)


def _check_identity(ctx: Context) -> list[Reason]:
    if ctx.identity is None:
        return [Reason("identity.missing", Effect.DENY)]
    if not ctx.identity.active:
        return [Reason("identity.inactive", Effect.DENY)]
    return []


def _check_session(ctx: Context, action: Action) -> list[Reason]:
    session, policy = ctx.session, ctx.policy
    if session is None:
        return [Reason("session.missing", Effect.DENY)]
    reasons = []
    if ctx.now - session.authenticated_at > policy.session_max_age:
        reasons.append(Reason("session.expired", Effect.DENY))
    if ctx.now - session.last_seen_at > policy.session_idle:
        reasons.append(Reason("session.idle", Effect.DENY))
    if action.proof is not ProofRequirement.NONE:
        if session.device_id is None:
            reasons.append(Reason("session.unbound", Effect.DENY))
        elif ctx.device is not None and session.device_id != ctx.device.device_id:
            reasons.append(Reason("session.device_mismatch", Effect.DENY))
    return reasons


def _check_device(ctx: Context) -> list[Reason]:
    device, identity = ctx.device, ctx.identity
    if device is None:
        return [Reason("device.unknown", Effect.DENY)]
    if identity is not None and (device.user_id != identity.user_id or device.org_id != identity.org_id):
        return [Reason("device.not_owned", Effect.DENY)]
    if device.status is not DeviceStatus.ACTIVE:
        return [Reason(f"device.{device.status.value}", Effect.DENY)]
    return []


def _check_proof(ctx: Context, action: Action) -> list[Reason]:
    proof = ctx.proof
    accepted = {ProofKind.SIGNATURE}
    if action.proof is ProofRequirement.SIGNATURE_OR_BINDING:
        accepted.add(ProofKind.BINDING_COOKIE)
    if proof.kind is ProofKind.NONE:
        return [Reason("proof.missing", Effect.DENY, action.proof.value)]
    if proof.kind not in accepted:
        return [Reason("proof.insufficient", Effect.DENY, f"{proof.kind.value} is not enough")]
    if not proof.valid:
        return [Reason(f"proof.{proof.kind.value}_invalid", Effect.DENY, proof.failure or "")]
    if ctx.device is not None and proof.key_id != ctx.device.device_id:
        return [Reason("proof.key_mismatch", Effect.DENY)]
    return []


def _check_presented_signature(ctx: Context) -> list[Reason]:
    """Where no device proof is required, a signature that was sent but failed is still an attempted
    forgery or replay: refuse it rather than ignore it."""
    proof = ctx.proof
    if proof.kind is ProofKind.SIGNATURE and not proof.valid:
        return [Reason("proof.signature_invalid", Effect.DENY, proof.failure or "")]
    return []


def _fresh(ctx: Context, max_age: timedelta) -> bool:
    at = ctx.session.second_factor_at if ctx.session else None
    return at is not None and ctx.now - at <= max_age


def _check_second_factor(ctx: Context, action: Action) -> list[Reason]:
    session = ctx.session
    if session is None:
        return []
    if session.second_factor is None or session.second_factor_at is None:
        # Password alone never reaches a protected resource (ASVS 2.3.1: no step can be skipped).
        return [Reason("second_factor.missing", Effect.DENY)]
    reasons = []
    max_age = ctx.policy.second_factor_max_age.get(action.sensitivity)
    if max_age is not None and not _fresh(ctx, max_age):
        detail = f"max age {int(max_age.total_seconds())} s"
        reasons.append(Reason("second_factor.stale", Effect.STEP_UP, detail))
    needs_phishing_resistant = ctx.identity is not None and bool(
        ctx.identity.roles & ctx.policy.phishing_resistant_roles
    )
    if needs_phishing_resistant and not action.any_factor and session.second_factor not in PHISHING_RESISTANT_FACTORS:
        reasons.append(Reason("second_factor.phishing_resistant_required", Effect.STEP_UP))
    return reasons


def _longest_match(ip: IPAddress, networks: tuple[IPNetwork, ...]) -> int:
    return max((net.prefixlen for net in networks if net.version == ip.version and ip in net), default=-1)


def _violation(ctx: Context, action: Action, reason: Reason) -> list[Reason]:
    """A location finding demanding step-up is satisfied by a recent second factor (otherwise the user
    would be asked again forever); on public actions the sign-in itself is the step-up."""
    if reason.effect is not Effect.STEP_UP:
        return [reason]
    if action.sensitivity is Sensitivity.PUBLIC:
        satisfied_by = "location.step_up_at_sign_in"
    elif _fresh(ctx, ctx.policy.step_up_max_age):
        satisfied_by = "location.step_up_satisfied"
    else:
        return [reason]
    return [Reason(reason.code, Effect.ALLOW, reason.detail), Reason(satisfied_by, Effect.ALLOW)]


def _check_location(ctx: Context, action: Action) -> list[Reason]:
    rules = ctx.policy.location
    location = ctx.location
    ip = location.ip if location is not None else None
    if ip is not None:
        denied, allowed = _longest_match(ip, rules.deny_networks), _longest_match(ip, rules.allow_networks)
        if denied >= 0 and denied >= allowed:
            return _violation(ctx, action, Reason("location.network_denied", rules.violation_effect, str(ip)))
        if allowed >= 0:
            return [Reason("location.network_allowed", Effect.ALLOW, str(ip))]
    if not rules.allowed_countries:
        return []
    country = location.country if location is not None else None
    if country is None:
        finding = Reason("location.country_unknown", rules.unknown_effect, str(ip or ""))
        return _violation(ctx, action, finding)
    if country not in rules.allowed_countries:
        finding = Reason("location.country_not_allowed", rules.violation_effect, country)
        return _violation(ctx, action, finding)
    return []


def location_effect(rules: LocationPolicy, location: Location | None, now: datetime) -> Effect:
    """What the location rules alone say about a place: used to stop an administrator from saving a policy
    that would lock out the very request saving it."""
    ctx = Context(now=now, policy=OrgPolicy(location=rules), location=location)
    effect = Effect.ALLOW
    for reason in _check_location(ctx, Action("policy:preview", Sensitivity.READ, ProofRequirement.NONE)):
        if _SEVERITY[reason.effect] > _SEVERITY[effect]:
            effect = reason.effect
    return effect


def _check_travel(ctx: Context) -> list[Reason]:
    session, location = ctx.session, ctx.location
    if session is None or location is None or location.country is None:
        return []
    if session.last_country is None or session.last_country_at is None:
        return []
    if location.country == session.last_country:
        return []
    if ctx.now - session.last_country_at > ctx.policy.location.travel_window:
        return []
    detail = f"{session.last_country}->{location.country}"
    at = session.second_factor_at
    if at is not None and at >= session.last_country_at:
        return [Reason("location.travel_step_up_satisfied", Effect.ALLOW, detail)]
    return [Reason("location.impossible_travel", Effect.STEP_UP, detail)]


def evaluate(context: Context, action: Action | None) -> Decision:
    """Decide one request. Deny wins over step-up, step-up over allow; all findings are returned."""
    if action is None:
        return Decision(Effect.DENY, (Reason("action.unknown", Effect.DENY),), "", Sensitivity.CRITICAL)
    reasons: list[Reason] = []
    if action.sensitivity is not Sensitivity.PUBLIC:
        reasons += _check_identity(context)
        reasons += _check_session(context, action)
        if action.proof is not ProofRequirement.NONE:
            reasons += _check_device(context)
            reasons += _check_proof(context, action)
        reasons += _check_second_factor(context, action)
        reasons += _check_travel(context)
    if action.proof is ProofRequirement.NONE:
        reasons += _check_presented_signature(context)
    reasons += _check_location(context, action)
    effect = Effect.ALLOW
    for reason in reasons:
        if _SEVERITY[reason.effect] > _SEVERITY[effect]:
            effect = reason.effect
    return Decision(effect, tuple(reasons), action.name, action.sensitivity)
