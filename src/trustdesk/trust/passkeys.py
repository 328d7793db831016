"""Passkeys (WebAuthn) as a second factor beside TOTP, and as the phishing-resistant factor some roles need.

A passkey is bound to the site's origin by the browser: a fake support agent can talk a user into reading
out a TOTP code, but there is no code to read out of a passkey, and a look-alike site gets a signature
for the wrong origin that the server rejects (`expected_origin`/`expected_rp_id` below).

Registration happens in a signed, logged-in session after a fresh second factor. Sign-in with a passkey
completes a pending password login (step two), or refreshes the second factor of a running session
(step-up). The session remembers when a passkey was last used (`PASSKEY_AT`), so the gate can tell a
passkey session from a TOTP one.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _
from webauthn import (
    generate_authentication_options,
    generate_registration_options,
    options_to_json,
    verify_authentication_response,
    verify_registration_response,
)
from webauthn.helpers import base64url_to_bytes, bytes_to_base64url
from webauthn.helpers.exceptions import InvalidAuthenticationResponse, InvalidRegistrationResponse
from webauthn.helpers.structs import (
    AuthenticatorSelectionCriteria,
    PublicKeyCredentialDescriptor,
    ResidentKeyRequirement,
    UserVerificationRequirement,
)

from trustdesk import audit
from trustdesk.audit.choices import Outcome
from trustdesk.core import clock
from trustdesk.core.errors import AuthenticationRequired, NotFound, ValidationFailed
from trustdesk.identity import actions as identity_actions
from trustdesk.identity.actions import SESSION_ID, require_fresh_second_factor
from trustdesk.identity.models import User, UserSession
from trustdesk.tenancy.actor import Actor
from trustdesk.trust.choices import TrustAuditAction
from trustdesk.trust.models import Passkey

REGISTER_CHALLENGE = "td_webauthn_register"
LOGIN_CHALLENGE = "td_webauthn_login"
PASSKEY_AT = "td_passkey_at"


def _rp(request: Any) -> tuple[str, str]:
    origin = getattr(settings, "TRUST_PUBLIC_ORIGIN", "") or f"{request.scheme}://{request.get_host()}"
    host = origin.split("://", 1)[1].split("/", 1)[0]
    rp_id = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    return rp_id.strip("[]"), origin.rstrip("/")


def registration_options(*, request: Any, actor: Actor) -> str:
    require_fresh_second_factor(request)
    rp_id, _origin = _rp(request)
    existing = Passkey.objects.filter(user_id=actor.user_id)
    options = generate_registration_options(
        rp_id=rp_id,
        rp_name="TrustDesk",
        user_name=actor.user.email,
        user_id=f"trustdesk-user-{actor.user_id}".encode(),
        user_display_name=str(actor.user),
        authenticator_selection=AuthenticatorSelectionCriteria(
            resident_key=ResidentKeyRequirement.PREFERRED, user_verification=UserVerificationRequirement.PREFERRED
        ),
        exclude_credentials=[PublicKeyCredentialDescriptor(id=base64url_to_bytes(p.credential_id)) for p in existing],
    )
    request.session[REGISTER_CHALLENGE] = bytes_to_base64url(options.challenge)
    return options_to_json(options)


def register(*, request: Any, actor: Actor, credential: dict[str, Any], name: str) -> Passkey:
    require_fresh_second_factor(request)
    challenge = request.session.pop(REGISTER_CHALLENGE, None)
    if not challenge:
        raise ValidationFailed(_("Start the passkey registration again."))
    rp_id, origin = _rp(request)
    try:
        verified = verify_registration_response(
            credential=credential,
            expected_challenge=base64url_to_bytes(challenge),
            expected_rp_id=rp_id,
            expected_origin=origin,
        )
    except InvalidRegistrationResponse as exc:
        raise ValidationFailed(_("The passkey could not be verified.")) from exc
    transports = credential.get("response", {}).get("transports", []) if isinstance(credential, dict) else []
    with transaction.atomic():
        passkey = Passkey.objects.create(
            user_id=actor.user_id,
            name=(name or "").strip()[:100] or _("Passkey"),
            credential_id=bytes_to_base64url(verified.credential_id),
            public_key=verified.credential_public_key,
            sign_count=verified.sign_count,
            transports=[str(t) for t in transports][:8],
        )
        audit.record(
            action=TrustAuditAction.PASSKEY_REGISTER,
            actor=actor,
            target=passkey,
            request=request,
            reasons=["passkey registered after fresh second factor"],
        )
    return passkey


@transaction.atomic
def remove(*, request: Any, actor: Actor, passkey_id: int) -> None:
    require_fresh_second_factor(request)
    passkey = Passkey.objects.filter(pk=passkey_id, user_id=actor.user_id).first()
    if passkey is None:
        raise NotFound("Not found.")
    audit.record(
        action=TrustAuditAction.PASSKEY_REMOVE,
        actor=actor,
        target=passkey,
        request=request,
        reasons=["passkey removed after fresh second factor"],
    )
    passkey.delete()


def _who(request: Any) -> User | None:
    """The user finishing a password login, or the user of the running session (step-up)."""
    pending = identity_actions.pending_user(request)
    if pending is not None:
        return pending
    user = request.user
    return user if getattr(user, "is_authenticated", False) else None


def authentication_options(*, request: Any) -> str:
    user = _who(request)
    if user is None:
        raise AuthenticationRequired(_("Enter your e-mail address and password first."))
    rp_id, _origin = _rp(request)
    allowed = [
        PublicKeyCredentialDescriptor(id=base64url_to_bytes(p.credential_id)) for p in Passkey.objects.filter(user=user)
    ]
    if not allowed:
        raise ValidationFailed(_("You have no passkey yet. Use your authenticator app."))
    options = generate_authentication_options(
        rp_id=rp_id, allow_credentials=allowed, user_verification=UserVerificationRequirement.PREFERRED
    )
    request.session[LOGIN_CHALLENGE] = bytes_to_base64url(options.challenge)
    return options_to_json(options)


def authenticate(*, request: Any, credential: dict[str, Any]) -> User:
    """Verify the assertion; then finish the pending login, or refresh the session's second factor."""
    user = _who(request)
    challenge = request.session.pop(LOGIN_CHALLENGE, None)
    if user is None or not challenge:
        raise AuthenticationRequired(_("Enter your e-mail address and password first."))
    raw_id = credential.get("rawId") or credential.get("id") if isinstance(credential, dict) else None
    passkey = Passkey.objects.filter(user=user, credential_id=str(raw_id or "")).first()
    rp_id, origin = _rp(request)
    try:
        if passkey is None:
            raise InvalidAuthenticationResponse("unknown credential")
        verified = verify_authentication_response(
            credential=credential,
            expected_challenge=base64url_to_bytes(challenge),
            expected_rp_id=rp_id,
            expected_origin=origin,
            credential_public_key=bytes(passkey.public_key),
            credential_current_sign_count=passkey.sign_count,
        )
    except InvalidAuthenticationResponse as exc:
        with transaction.atomic():
            audit.record(
                action=TrustAuditAction.PASSKEY_FAIL,
                actor=user,
                outcome=Outcome.FAILURE,
                reasons=[f"passkey assertion rejected: {exc}"[:200]],
                request=request,
            )
        raise AuthenticationRequired(_("The passkey could not be verified.")) from exc
    now = clock.now()
    with transaction.atomic():
        Passkey.objects.filter(pk=passkey.pk).update(sign_count=verified.new_sign_count, last_used_at=now)
        if identity_actions.pending_user(request) is not None:
            # Step two of the login, exactly as a TOTP code would complete it (new session id, audit).
            identity_actions.start_session(request, user, factor="passkey")
        else:
            request.session.cycle_key()
            UserSession.objects.filter(pk=request.session.get(SESSION_ID)).update(twofa_at=now)
        audit.record(
            action=TrustAuditAction.PASSKEY_SIGN_IN,
            actor=user,
            target=passkey,
            request=request,
            reasons=["phishing-resistant second factor (passkey)"],
        )
    request.session[PASSKEY_AT] = clock.now().timestamp()
    return user
