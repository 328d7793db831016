"""Writes of the identity area: login steps, factors, sessions, tokens, users.

Every function runs in one transaction and writes its audit event inside it. Views, API endpoints and CLI
commands call these; none of them touch the models directly.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import login as django_login
from django.contrib.auth import logout as django_logout
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils.translation import gettext as _

from trustdesk import audit
from trustdesk.audit.choices import Outcome
from trustdesk.audit.recording import session_ref
from trustdesk.core import clock
from trustdesk.core.errors import Conflict, Forbidden, NotFound, RateLimited, ValidationFailed
from trustdesk.core.ids import keyed_hash
from trustdesk.identity import totp
from trustdesk.identity.choices import IdentityAuditAction as A
from trustdesk.identity.models import ApiToken, Invitation, RecoveryCode, TOTPDevice, User, UserSession
from trustdesk.tenancy.actor import Actor, actor_for
from trustdesk.tenancy.choices import CUSTOMER_ROLES, PLATFORM_ROLES, OrgKind, TenancyAuditAction
from trustdesk.tenancy.models import Membership, Organization
from trustdesk.tenancy.permissions import Perm

PENDING_UID = "td_pending_uid"
PENDING_AT = "td_pending_at"
SESSION_ID = "td_usid"
PENDING_TTL_SECONDS = 600
RECOVERY_CODE_COUNT = 10
TOKEN_MAX_DAYS = 365


class LoginFailed(Exception):
    """Deliberately uninformative: the message never says which of email, password or lock was wrong."""


# --------------------------------------------------------------------------- login, step 1: password


def _membership_org(user: User) -> Organization | None:
    membership = Membership.objects.select_related("organization").filter(user=user).first()
    return membership.organization if membership else None


def _throttle_delay(failures: int) -> timedelta | None:
    """Exponential delay from the third consecutive failure: 1 s, 2 s, 4 s ... capped at 5 minutes."""
    if failures < 3:
        return None
    return timedelta(seconds=min(2 ** (failures - 3), 300))


def _register_failure(user: User, *, field: str, request: Any, action: A, reason: str) -> None:
    User.objects.filter(pk=user.pk).update(**{field: F(field) + 1})
    user.refresh_from_db(fields=[field, "locked_at", "throttled_until"])
    failures = getattr(user, field)
    org = _membership_org(user)
    audit.record(action=action, actor=user, organization=org, target=user, outcome=Outcome.FAILURE,
                 reasons=[reason, f"consecutive failures: {failures}"], request=request)
    if failures >= settings.LOCKOUT_THRESHOLD and user.locked_at is None:
        User.objects.filter(pk=user.pk, locked_at__isnull=True).update(locked_at=clock.now(), locked_reason=field)
        _revoke_sessions(user, reason="locked")
        audit.record(action=A.ACCOUNT_LOCK, actor=user, organization=org, target=user, outcome=Outcome.DENIED,
                     reasons=[f"{failures} consecutive {reason} failures"], request=request)
    else:
        delay = _throttle_delay(failures)
        if delay is not None:
            User.objects.filter(pk=user.pk).update(throttled_until=clock.now() + delay)


def _check_throttle(user: User) -> None:
    if user.throttled_until is not None and user.throttled_until > clock.now():
        raise RateLimited(_("Too many attempts. Wait a moment and try again."))


def authenticate_password(*, request: Any, email: str, password: str) -> User:
    """Step one. On success the session is rotated and holds only a *pending* login, which opens nothing.

    Failures are committed (counter, lock, audit) before ``LoginFailed`` is raised, so an attacker cannot roll
    them back.
    """
    with transaction.atomic():
        user = _password_step(request=request, email=email, password=password)
    if user is None:
        raise LoginFailed
    return user


def _password_step(*, request: Any, email: str, password: str) -> User | None:
    user = User.objects.select_for_update().filter(email=(email or "").strip().lower()).first()
    if user is None:
        User().set_password(password or "x")  # same cost as a real check: no user-enumeration by timing
        audit.record(action=A.LOGIN_FAIL, outcome=Outcome.FAILURE, reasons=["unknown account"], request=request,
                     extra={"email_hash": keyed_hash((email or "").strip().lower(), purpose="audit-email")})
        return None
    if user.is_locked or not user.is_active:
        audit.record(action=A.LOGIN_FAIL, actor=user, organization=_membership_org(user), target=user,
                     outcome=Outcome.DENIED, reasons=["account locked" if user.is_locked else "account disabled"],
                     request=request)
        return None
    _check_throttle(user)
    if not user.check_password(password or ""):
        _register_failure(user, field="failed_password_count", request=request, action=A.LOGIN_FAIL,
                          reason="wrong password")
        return None
    User.objects.filter(pk=user.pk).update(failed_password_count=0, throttled_until=None)
    request.session.cycle_key()
    request.session[PENDING_UID] = user.pk
    request.session[PENDING_AT] = clock.timestamp()
    audit.record(action=A.LOGIN_PASSWORD_OK, actor=user, organization=_membership_org(user), target=user,
                 reasons=["password verified; second factor pending"], request=request)
    return user


def pending_user(request: Any) -> User | None:
    """The user who passed the password step in this session, if that was recent."""
    uid = request.session.get(PENDING_UID)
    started = request.session.get(PENDING_AT)
    if uid is None or started is None or clock.timestamp() - float(started) > PENDING_TTL_SECONDS:
        return None
    user = User.objects.filter(pk=uid, is_active=True, locked_at__isnull=True).first()
    return user


def has_confirmed_totp(user: User) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed_at__isnull=False).exists()


# --------------------------------------------------------------------------- login, step 2: second factor


def _consume_totp(user: User, code: str, *, request: Any, require_confirmed: bool = True) -> bool:
    device = TOTPDevice.objects.filter(user=user).first()
    if device is None or (require_confirmed and device.confirmed_at is None):
        return False
    normalised = totp.normalise_code(code)
    step = totp.matching_step(device.secret, normalised) if normalised else None
    if step is None:
        _register_failure(user, field="failed_otp_count", request=request, action=A.TOTP_FAIL,
                          reason="wrong TOTP code")
        return False
    # Atomic single use: only one of two concurrent requests can move last_timestep forward.
    won = TOTPDevice.objects.filter(pk=device.pk).filter(
        Q(last_timestep__isnull=True) | Q(last_timestep__lt=step)
    ).update(last_timestep=step)
    if not won:
        _register_failure(user, field="failed_otp_count", request=request, action=A.TOTP_REPLAY,
                          reason="TOTP code already used")
        return False
    return True


def _consume_recovery_code(user: User, code: str, *, request: Any) -> bool:
    cleaned = "".join(ch for ch in (code or "").upper() if ch.isalnum())
    if len(cleaned) != 10:
        return False
    used = RecoveryCode.objects.filter(
        user=user, code_hash=keyed_hash(cleaned, purpose="recovery-code"), used_at__isnull=True
    ).update(used_at=clock.now())
    if not used:
        _register_failure(user, field="failed_otp_count", request=request, action=A.TOTP_FAIL,
                          reason="wrong recovery code")
        return False
    audit.record(action=A.RECOVERY_USE, actor=user, organization=_membership_org(user), target=user,
                 reasons=["single-use recovery code consumed"], request=request)
    return True


def start_session(request: Any, user: User, *, factor: str) -> UserSession:
    """Complete a login whose factors were verified (here, or by the passkey ceremony of the trust gate)."""
    # Rotates the session id; the backend loads the membership with the user on every later request.
    django_login(request, user, backend="trustdesk.identity.backends.MembershipModelBackend")
    request.session.pop(PENDING_UID, None)
    request.session.pop(PENDING_AT, None)
    request.session.save()
    now = clock.now()
    user_session = UserSession.objects.create(
        user=user,
        ref=session_ref(request.session.session_key),
        created_at=now,
        last_seen_at=now,
        twofa_at=now,
        ip=request.META.get("REMOTE_ADDR") or None,
        user_agent=(request.META.get("HTTP_USER_AGENT") or "")[:300],
    )
    request.session[SESSION_ID] = user_session.pk
    User.objects.filter(pk=user.pk).update(failed_otp_count=0, throttled_until=None, last_login=now)
    audit.record(action=A.LOGIN_SUCCEED, actor=user, organization=_membership_org(user), target=user,
                 reasons=[f"password + {factor}"], request=request)
    return user_session


def _locked_pending_user(request: Any) -> User:
    user = pending_user(request)
    if user is None:
        raise LoginFailed
    user = User.objects.select_for_update().get(pk=user.pk)
    _check_throttle(user)
    return user


def _second_factor(user: User, code: str, *, request: Any) -> tuple[bool, str]:
    if totp.normalise_code(code) is not None:
        return _consume_totp(user, code, request=request), "totp"
    return _consume_recovery_code(user, code, request=request), "recovery code"


def verify_second_factor(*, request: Any, code: str) -> User:
    """Step two: a TOTP code or a recovery code. Success logs the user in on a fresh session id."""
    with transaction.atomic():
        user = _locked_pending_user(request)
        ok, factor = _second_factor(user, code, request=request)
        if ok:
            start_session(request, user, factor=factor)
    if not ok:
        raise LoginFailed
    return user


@dataclass(frozen=True)
class Enrolment:
    secret: str
    uri: str
    qr_svg: str


@transaction.atomic
def begin_totp_enrolment(*, user: User) -> Enrolment:
    """Create (or reuse the unconfirmed) secret for the first-login enrolment."""
    device = TOTPDevice.objects.filter(user=user).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, secret=totp.new_secret())
    elif device.confirmed_at is not None:
        raise Conflict(_("Two-factor authentication is already set up."))
    uri = totp.provisioning_uri(device.secret, email=user.email)
    return Enrolment(secret=device.secret, uri=uri, qr_svg=totp.qr_svg(uri))


def confirm_totp_enrolment(*, request: Any, code: str) -> list[str]:
    """Confirm the authenticator with a first code, log in, and return fresh recovery codes (shown once)."""
    codes: list[str] = []
    with transaction.atomic():
        user = _locked_pending_user(request)
        ok = _consume_totp(user, code, request=request, require_confirmed=False)
        if ok:
            TOTPDevice.objects.filter(user=user, confirmed_at__isnull=True).update(confirmed_at=clock.now())
            audit.record(action=A.TOTP_ENROL, actor=user, organization=_membership_org(user), target=user,
                         reasons=["authenticator app confirmed"], request=request)
            codes = _new_recovery_codes(user)
            start_session(request, user, factor="totp")
    if not ok:
        raise LoginFailed
    return codes


def _new_recovery_codes(user: User) -> list[str]:
    RecoveryCode.objects.filter(user=user).delete()
    alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
    codes = ["".join(secrets.choice(alphabet) for _i in range(10)) for _n in range(RECOVERY_CODE_COUNT)]
    RecoveryCode.objects.bulk_create(
        RecoveryCode(user=user, code_hash=keyed_hash(code, purpose="recovery-code")) for code in codes
    )
    return [f"{code[:5]}-{code[5:]}" for code in codes]


@transaction.atomic
def regenerate_recovery_codes(*, request: Any, actor: Actor) -> list[str]:
    require_fresh_second_factor(request)
    codes = _new_recovery_codes(actor.user)
    audit.record(action=A.RECOVERY_REGENERATE, actor=actor, target=actor.user, request=request,
                 reasons=["user regenerated recovery codes after step-up"])
    return codes


# --------------------------------------------------------------------------- step-up


def require_fresh_second_factor(request: Any, *, minutes: int | None = None) -> None:
    """Raise StepUpRequired unless this session passed a second factor within ``minutes``."""
    from trustdesk.core.errors import StepUpRequired

    window = timedelta(minutes=minutes or settings.STEP_UP_MINUTES)
    usid = request.session.get(SESSION_ID)
    user_session = UserSession.objects.filter(pk=usid, revoked_at__isnull=True).first() if usid else None
    if user_session is None or clock.now() - user_session.twofa_at > window:
        raise StepUpRequired(_("Confirm it is you: enter a code from your authenticator app."))


def step_up(*, request: Any, actor: Actor, code: str) -> None:
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=actor.user_id)
        _check_throttle(user)
        ok, _factor = _second_factor(user, code, request=request)
        if ok:
            usid = request.session.get(SESSION_ID)
            request.session.cycle_key()  # re-authentication gets a new session token (ASVS 7.2.4)
            UserSession.objects.filter(pk=usid).update(
                twofa_at=clock.now(), ref=session_ref(request.session.session_key)
            )
            audit.record(action=A.STEP_UP, actor=actor, target=actor.user, request=request,
                         reasons=["fresh second factor"])
    if not ok:
        raise LoginFailed


# --------------------------------------------------------------------------- sessions


def _revoke_sessions(user: User, *, reason: str, keep: int | None = None) -> int:
    qs = UserSession.objects.filter(user=user, revoked_at__isnull=True)
    if keep is not None:
        qs = qs.exclude(pk=keep)
    return qs.update(revoked_at=clock.now(), revoked_reason=reason[:32])


def logout(*, request: Any) -> None:
    user = request.user if request.user.is_authenticated else None
    usid = request.session.get(SESSION_ID)
    with transaction.atomic():
        if usid:
            UserSession.objects.filter(pk=usid).update(revoked_at=clock.now(), revoked_reason="logout")
        if user is not None:
            audit.record(action=A.LOGOUT, actor=user, organization=_membership_org(user), target=user,
                         request=request)
    django_logout(request)


@transaction.atomic
def revoke_other_sessions(*, request: Any, actor: Actor) -> int:
    count = _revoke_sessions(actor.user, reason="revoked by user", keep=request.session.get(SESSION_ID))
    audit.record(action=A.SESSIONS_REVOKE_OTHERS, actor=actor, target=actor.user, request=request,
                 reasons=[f"{count} other sessions ended"])
    return count


def expire_session(*, request: Any, user: User, reason: str) -> None:
    usid = request.session.get(SESSION_ID)
    with transaction.atomic():
        if usid:
            UserSession.objects.filter(pk=usid, revoked_at__isnull=True).update(
                revoked_at=clock.now(), revoked_reason=reason[:32]
            )
        audit.record(action=A.SESSION_EXPIRE, actor=user, organization=_membership_org(user), target=user,
                     outcome=Outcome.DENIED, reasons=[reason], request=request)
    django_logout(request)


# --------------------------------------------------------------------------- administration


def _same_tenant_user(actor: Actor, user_id: int) -> User:
    membership = Membership.objects.filter(user_id=user_id).select_related("user", "organization").first()
    if membership is None:
        raise NotFound(_("User not found."))
    if membership.organization_id != actor.organization_id and not actor.can(Perm.ORG_MANAGE):
        raise NotFound(_("User not found."))
    return membership.user


@transaction.atomic
def unlock_user(*, actor: Actor | None, user_id: int, request: Any = None) -> User:
    """``actor`` None is the operator's CLI on the server itself."""
    if actor is not None:
        actor.require(Perm.USER_UNLOCK)
        user = _same_tenant_user(actor, user_id)
    else:
        user = User.objects.get(pk=user_id)
    User.objects.filter(pk=user.pk).update(
        locked_at=None, locked_reason="", failed_password_count=0, failed_otp_count=0, throttled_until=None
    )
    audit.record(action=A.ACCOUNT_UNLOCK, actor=actor, organization=_membership_org(user), target=user,
                 request=request, reasons=["unlocked by an administrator" if actor else "unlocked from the CLI"])
    user.refresh_from_db()
    return user


@transaction.atomic
def revoke_all_sessions(*, actor: Actor, user_id: int, request: Any = None) -> int:
    actor.require(Perm.USER_MANAGE)
    user = _same_tenant_user(actor, user_id)
    count = _revoke_sessions(user, reason="revoked by administrator")
    audit.record(action=A.SESSIONS_REVOKE_ALL, actor=actor, organization=_membership_org(user), target=user,
                 request=request, reasons=[f"{count} sessions ended"])
    return count


def _check_password(password: str, user: User | None = None) -> None:
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise ValidationFailed(" ".join(exc.messages), code="weak-password") from None


def _validate_role(org: Organization, role: str) -> None:
    allowed = PLATFORM_ROLES if org.kind == OrgKind.PLATFORM else CUSTOMER_ROLES
    if role not in allowed:
        raise ValidationFailed(
            _("Role %(role)s does not exist in this kind of organization.") % {"role": role}, code="invalid-role"
        )


@transaction.atomic
def create_organization(
    *, actor: Actor | None, name: str, slug: str, home_region: str = "HK", timezone: str = "UTC",
    default_language: str = "en", verified: bool = False, kind: str = OrgKind.CUSTOMER,
) -> Organization:
    """``actor`` None means the operator's own CLI on the server (bootstrap)."""
    if actor is not None:
        actor.require(Perm.ORG_MANAGE)
    org = Organization(name=name, slug=slug, home_region=home_region, timezone=timezone,
                       default_language=default_language, verified=verified, kind=kind)
    try:
        org.full_clean()
    except ValidationError as exc:
        raise ValidationFailed("; ".join(f"{k}: {' '.join(v)}" for k, v in exc.message_dict.items())) from None
    org.save()
    audit.record(action=TenancyAuditAction.ORG_CREATE, actor=actor, organization=org, target=org,
                 reasons=["created from the command line" if actor is None else "created by platform admin"])
    return org


@transaction.atomic
def create_user(
    *, actor: Actor | None, organization: Organization, email: str, role: str, password: str | None,
    display_name: str = "", department: str = "", language: str = "",
) -> User:
    if actor is not None:
        actor.require(Perm.USER_MANAGE)
        if organization.pk != actor.organization_id and not actor.can(Perm.ORG_MANAGE):
            raise NotFound(_("Organization not found."))
    _validate_role(organization, role)
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        raise ValidationFailed(_("Enter a valid e-mail address."), code="invalid-email") from None
    if password is not None:
        _check_password(password)
    try:
        with transaction.atomic():
            user = User.objects.create_user(email, password, display_name=display_name, language=language)
    except IntegrityError:
        raise Conflict(_("A user with this e-mail address already exists."), code="email-taken") from None
    Membership.objects.create(user=user, organization=organization, role=role, department=department)
    audit.record(action=A.USER_CREATE, actor=actor, organization=organization, target=user,
                 reasons=[f"role {role}"])
    return user


@transaction.atomic
def invite_user(
    *, actor: Actor | None, organization: Organization, email: str, role: str, display_name: str = "",
    department: str = "", valid_days: int = 7,
) -> tuple[User, str]:
    """Create the account without a password; return the one-time invitation token."""
    user = create_user(actor=actor, organization=organization, email=email, role=role, password=None,
                       display_name=display_name, department=department)
    raw = secrets.token_urlsafe(32)
    Invitation.objects.create(user=user, token_hash=keyed_hash(raw, purpose="invitation"),
                              expires_at=clock.now() + timedelta(days=valid_days))
    audit.record(action=A.USER_INVITE, actor=actor, organization=organization, target=user,
                 reasons=[f"invitation valid {valid_days} days"])
    return user, raw


@transaction.atomic
def accept_invitation(*, token: str, password: str, request: Any = None) -> User:
    invitation = (
        Invitation.objects.select_for_update()
        .filter(token_hash=keyed_hash(token or "", purpose="invitation"), accepted_at__isnull=True,
                expires_at__gt=clock.now())
        .select_related("user")
        .first()
    )
    if invitation is None:
        raise NotFound(_("This invitation is not valid or has expired."))
    _check_password(password, invitation.user)
    invitation.user.set_password(password)
    invitation.user.save(update_fields=["password"])
    invitation.accepted_at = clock.now()
    invitation.save(update_fields=["accepted_at"])
    audit.record(action=A.INVITE_ACCEPT, actor=invitation.user, organization=_membership_org(invitation.user),
                 target=invitation.user, request=request)
    return invitation.user


@transaction.atomic
def change_role(*, actor: Actor, user_id: int, role: str, request: Any = None) -> Membership:
    actor.require(Perm.ROLE_ASSIGN)
    user = _same_tenant_user(actor, user_id)
    membership = Membership.objects.select_for_update().select_related("organization").get(user=user)
    _validate_role(membership.organization, role)
    if user.pk == actor.user_id:
        raise Forbidden(_("You cannot change your own role."), code="self-role-change")
    old = membership.role
    membership.role = role
    membership.save(update_fields=["role"])
    audit.record(action=TenancyAuditAction.ROLE_CHANGE, actor=actor, organization=membership.organization,
                 target=user, request=request, reasons=[f"role {old} -> {role}"])
    return membership


@transaction.atomic
def set_language(*, actor: Actor, language: str, request: Any = None) -> None:
    if language not in {code for code, _name in settings.LANGUAGES}:
        raise ValidationFailed(_("Unsupported language."), code="invalid-language")
    User.objects.filter(pk=actor.user_id).update(language=language)
    audit.record(action=A.LANGUAGE_CHANGE, actor=actor, target=actor.user, request=request,
                 reasons=[f"language {language}"])


# --------------------------------------------------------------------------- API tokens


@dataclass(frozen=True)
class NewToken:
    token: ApiToken
    raw: str


@transaction.atomic
def create_api_token(
    *, actor: Actor, name: str, scopes: list[str], expires_in_days: int, request: Any = None
) -> NewToken:
    actor.require(Perm.TOKEN_MANAGE)
    if not name.strip() or len(name) > 100:
        raise ValidationFailed(_("Give the token a name of at most 100 characters."), code="invalid-name")
    if not 1 <= expires_in_days <= TOKEN_MAX_DAYS:
        raise ValidationFailed(
            _("A token must expire within 1 to %(days)d days.") % {"days": TOKEN_MAX_DAYS}, code="invalid-expiry"
        )
    unknown = sorted(set(scopes) - {p.value for p in Perm})
    if unknown:
        raise ValidationFailed(_("Unknown scope: %(scope)s") % {"scope": ", ".join(unknown)}, code="invalid-scope")
    beyond = sorted(set(scopes) - {p.value for p in actor.permissions})
    if beyond:
        raise Forbidden(_("You cannot grant a scope you do not hold: %(scope)s") % {"scope": ", ".join(beyond)},
                        code="scope-not-held")
    prefix = secrets.token_hex(4)
    secret = secrets.token_urlsafe(32)
    raw = f"td_{prefix}_{secret}"
    token = ApiToken.objects.create(
        user=actor.user, name=name.strip(), prefix=prefix, token_hash=keyed_hash(raw, purpose="api-token"),
        scopes=sorted(set(scopes)), expires_at=clock.now() + timedelta(days=expires_in_days),
    )
    audit.record(action=A.TOKEN_CREATE, actor=actor, target=token, request=request,
                 reasons=[f"scopes: {', '.join(token.scopes) or 'none'}", f"expires in {expires_in_days} days"])
    return NewToken(token=token, raw=raw)


@transaction.atomic
def revoke_api_token(*, actor: Actor, token_id: int, request: Any = None) -> None:
    updated = ApiToken.objects.filter(pk=token_id, user_id=actor.user_id, revoked_at__isnull=True).update(
        revoked_at=clock.now()
    )
    if not updated:
        raise NotFound(_("Token not found."))
    audit.record(action=A.TOKEN_REVOKE, actor=actor, target_type="identity.apitoken", target_id=token_id,
                 request=request)


def actor_for_token(raw: str) -> Actor | None:
    """Resolve a bearer token to an actor restricted to the token's scopes, or None."""
    if not raw.startswith("td_") or len(raw) > 200:
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(token_hash=keyed_hash(raw, purpose="api-token"), revoked_at__isnull=True, expires_at__gt=clock.now())
        .first()
    )
    if token is None or not token.user.is_active or token.user.is_locked:
        return None
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=clock.now())
    actor = actor_for(token.user)
    return actor.restricted_to(frozenset(Perm(s) for s in token.scopes if s in Perm._value2member_map_))
