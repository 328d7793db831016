"""/api/v1/trust/...: devices, session binding, location policy, decisions, and the CLI sign-in.

Thin adapters over `actions` and `selectors`; the gate middleware has already decided whether the request
may run at all (see `registry` for the proof each operation needs).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from pydantic import Field

from trustdesk.core.errors import AuthenticationRequired
from trustdesk.core.schemas import StrictSchema
from trustdesk.identity import actions as identity_actions
from trustdesk.identity.actions import SESSION_ID, LoginFailed
from trustdesk.tenancy.actor import actor_for
from trustdesk.tenancy.permissions import Perm
from trustdesk.trust import actions, binding, passkeys, selectors
from trustdesk.trust.gate import DEVICE_KEY
from trustdesk.trust.models import Device, Passkey

router = Router(tags=["trust"])


class DeviceOut(Schema):
    id: str = Field(alias="public_id")
    name: str
    platform: str
    status: str
    thumbprint: str
    created_at: datetime
    last_seen_at: datetime | None
    last_country: str
    approved_at: datetime | None
    revoked_at: datetime | None


class InventoryOut(DeviceOut):
    user_id: int
    user_email: str = Field(alias="user.email")


class SessionOut(Schema):
    device: DeviceOut | None
    binding_seconds: int


class ChallengeOut(Schema):
    challenge: str
    expires_at: datetime
    sign: str = Field(description="The exact message the new key signs: this prefix followed by the challenge")


class EnrolIn(StrictSchema):
    challenge: str = Field(min_length=16, max_length=64)
    public_jwk: dict[str, Any]
    signature: str = Field(min_length=16, max_length=200)
    name: str = Field(default="", max_length=100)
    platform: str = Field(max_length=16)


class EnrolOut(Schema):
    device: DeviceOut
    bound: bool


class PolicyIO(StrictSchema):
    device_approval: str = "auto"
    allowed_countries: list[str] = Field(default_factory=list, max_length=250)
    allow_cidrs: list[str] = Field(default_factory=list, max_length=500)
    deny_cidrs: list[str] = Field(default_factory=list, max_length=500)
    violation_effect: str = "deny"
    unknown_effect: str = "step_up"
    travel_window_minutes: int = 60
    phishing_resistant_roles: list[str] = Field(default_factory=list, max_length=16)


class DecisionOut(Schema):
    occurred_at: datetime
    actor_id: int | None
    outcome: str
    action: str = Field(alias="target_id")
    reasons: list[str]
    ip: str | None = None
    country: str
    device_id: str = ""
    extra: dict[str, Any]

    @staticmethod
    def resolve_ip(event: Any) -> str | None:
        personal = getattr(event, "personal", None)
        return personal.ip if personal is not None else None

    @staticmethod
    def resolve_device_id(event: Any) -> str:
        personal = getattr(event, "personal", None)
        return personal.device_id if personal is not None else ""


class LoginIn(StrictSchema):
    email: str = Field(max_length=254)
    password: str = Field(max_length=1024)


class CodeIn(StrictSchema):
    code: str = Field(max_length=32)


class PasskeyOut(Schema):
    id: int
    name: str
    created_at: datetime
    last_used_at: datetime | None


class PasskeyIn(StrictSchema):
    credential: dict[str, Any]
    name: str = Field(default="", max_length=100)


class CredentialIn(StrictSchema):
    credential: dict[str, Any]


class LoginOut(Schema):
    next: str
    email: str | None = None


def _actor(request: HttpRequest) -> Any:
    return request.auth  # type: ignore[attr-defined]


@router.get("/session", response=SessionOut, summary="The device this session is bound to")
def session_state(request: HttpRequest) -> dict[str, Any]:
    actor = _actor(request)
    public_id = request.session.get(DEVICE_KEY)
    device = Device.objects.filter(public_id=public_id, user_id=actor.user_id).first() if public_id else None
    return {"device": device, "binding_seconds": binding.lifetime_seconds()}


@router.post("/session/bind", response=DeviceOut, summary="Bind this session to the signing device")
def bind_session(request: HttpRequest) -> Device:
    device = actions.bind_session(request=request, actor=_actor(request))
    request._trust_binding = (request.session.get(SESSION_ID), device.public_id)  # type: ignore[attr-defined]
    return device


@router.post("/devices/challenge", response=ChallengeOut, summary="Start enrolling a device (fresh 2FA)")
def enrolment_challenge(request: HttpRequest) -> dict[str, Any]:
    challenge = actions.begin_enrolment(request=request, actor=_actor(request))
    return {
        "challenge": challenge.challenge,
        "expires_at": challenge.expires_at,
        "sign": actions.ENROL_CONTEXT.decode("ascii"),
    }


@router.post("/devices", response={201: EnrolOut}, summary="Enrol a device with its signed challenge")
def enrol_device(request: HttpRequest, payload: EnrolIn) -> Status[dict[str, Any]]:
    enrolled = actions.complete_enrolment(request=request, actor=_actor(request), **payload.dict())
    return Status(201, {"device": enrolled.device, "bound": enrolled.bound})


@router.get("/devices", response=list[DeviceOut], summary="My devices")
def my_devices(request: HttpRequest) -> Any:
    return selectors.my_devices(actor=_actor(request))


@router.get("/devices/inventory", response=list[InventoryOut], summary="All devices of my organization")
def inventory(request: HttpRequest) -> Any:
    return selectors.device_inventory(actor=_actor(request))


@router.post("/devices/{public_id}/approve", response=DeviceOut, summary="Approve a pending device")
def approve(request: HttpRequest, public_id: str) -> Device:
    return actions.approve_device(actor=_actor(request), public_id=public_id, request=request)


@router.post("/devices/{public_id}/suspend", response=DeviceOut, summary="Suspend a device")
def suspend(request: HttpRequest, public_id: str) -> Device:
    return actions.suspend_device(actor=_actor(request), public_id=public_id, request=request)


@router.post("/devices/{public_id}/revoke", response=DeviceOut, summary="Revoke a device")
def revoke(request: HttpRequest, public_id: str) -> Device:
    return actions.revoke_device(actor=_actor(request), public_id=public_id, request=request)


@router.get("/policy", response=PolicyIO, summary="My organization's device and location policy")
def get_policy(request: HttpRequest) -> Any:
    actor = _actor(request)
    actor.require(Perm.POLICY_MANAGE)
    row = selectors.policy_row(actor.organization_id)
    return row if row is not None else PolicyIO()


@router.put("/policy", response=PolicyIO, summary="Change the device and location policy (fresh 2FA)")
def put_policy(request: HttpRequest, payload: PolicyIO) -> Any:
    return actions.update_policy(actor=_actor(request), request=request, **payload.dict())


@router.get("/decisions", response=list[DecisionOut], summary="Recent gate decisions with their reasons")
def decisions(request: HttpRequest, limit: int = 100) -> Any:
    return selectors.recent_decisions(actor=_actor(request), limit=max(1, min(limit, 500)))


@router.post("/cli/login", auth=None, response=LoginOut, summary="CLI sign-in, step 1: password")
def cli_login(request: HttpRequest, payload: LoginIn) -> dict[str, Any]:
    try:
        user = identity_actions.authenticate_password(request=request, email=payload.email, password=payload.password)
    except LoginFailed:
        raise AuthenticationRequired(_("Wrong e-mail address or password, or the account is locked.")) from None
    if not identity_actions.has_confirmed_totp(user):
        raise AuthenticationRequired(_("Set up two-factor authentication in the browser first."))
    return {"next": "second-factor"}


@router.post("/cli/second-factor", auth=None, response=LoginOut, summary="CLI sign-in, step 2: TOTP or recovery code")
def cli_second_factor(request: HttpRequest, payload: CodeIn) -> dict[str, Any]:
    try:
        user = identity_actions.verify_second_factor(request=request, code=payload.code)
    except LoginFailed:
        raise AuthenticationRequired(_("The code is not valid.")) from None
    actor_for(user)
    return {"next": "enrol-device", "email": user.email}


@router.post("/passkeys/register/options", summary="Options for registering a passkey (fresh 2FA)")
def passkey_register_options(request: HttpRequest) -> HttpResponse:
    return HttpResponse(
        passkeys.registration_options(request=request, actor=_actor(request)), content_type="application/json"
    )


@router.post("/passkeys/register/verify", response={201: PasskeyOut}, summary="Register a passkey")
def passkey_register(request: HttpRequest, payload: PasskeyIn) -> Status[Passkey]:
    passkey = passkeys.register(
        request=request, actor=_actor(request), credential=payload.credential, name=payload.name
    )
    return Status(201, passkey)


@router.get("/passkeys", response=list[PasskeyOut], summary="My passkeys")
def my_passkeys(request: HttpRequest) -> Any:
    return selectors.my_passkeys(actor=_actor(request))


@router.delete("/passkeys/{passkey_id}", response={204: None}, summary="Remove a passkey (fresh 2FA)")
def passkey_remove(request: HttpRequest, passkey_id: int) -> Status[None]:
    passkeys.remove(request=request, actor=_actor(request), passkey_id=passkey_id)
    return Status(204, None)


@router.post("/passkeys/login/options", auth=None, summary="Options for signing in with a passkey")
def passkey_login_options(request: HttpRequest) -> HttpResponse:
    return HttpResponse(passkeys.authentication_options(request=request), content_type="application/json")


@router.post("/passkeys/login/verify", auth=None, response=LoginOut, summary="Second factor or step-up by passkey")
def passkey_login(request: HttpRequest, payload: CredentialIn) -> dict[str, Any]:
    user = passkeys.authenticate(request=request, credential=payload.credential)
    return {"next": "done", "email": user.email}
