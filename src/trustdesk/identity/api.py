"""/api/v1/me, /api/v1/tokens, /api/v1/users: thin adapters over identity actions and selectors."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from ninja.pagination import CursorPagination, paginate
from pydantic import Field

from trustdesk.core.errors import Forbidden
from trustdesk.core.schemas import StrictSchema
from trustdesk.identity import actions, selectors
from trustdesk.tenancy.permissions import Perm

router = Router(tags=["identity"])


class OrganizationOut(Schema):
    slug: str
    name: str
    verified: bool
    home_region: str


class MeOut(Schema):
    id: int
    email: str
    display_name: str
    language: str
    role: str
    organization: OrganizationOut
    permissions: list[str]


class UserOut(Schema):
    id: int
    email: str
    display_name: str
    role: str = Field(alias="membership.role")
    department: str = Field(alias="membership.department")
    locked: bool = Field(alias="is_locked")


class TokenIn(StrictSchema):
    name: str = Field(min_length=1, max_length=100)
    scopes: list[str] = Field(default_factory=list, max_length=64)
    expires_in_days: int = Field(default=30, ge=1, le=365)


class TokenOut(Schema):
    id: int
    name: str
    prefix: str
    scopes: list[str]
    created_at: datetime
    expires_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class NewTokenOut(TokenOut):
    token: str


class RoleIn(StrictSchema):
    role: str = Field(min_length=1, max_length=32)


class CountOut(Schema):
    count: int


@router.get("/me", response=MeOut, summary="The authenticated user")
def me(request: HttpRequest) -> dict[str, Any]:
    actor = request.auth  # type: ignore[attr-defined]
    actor.require(Perm.ME_READ)
    org = actor.organization
    return {
        "id": actor.user_id, "email": actor.user.email, "display_name": actor.user.display_name,
        "language": actor.user.language, "role": actor.role,
        "organization": {"slug": org.slug, "name": org.name, "verified": org.verified,
                         "home_region": org.home_region},
        "permissions": sorted(p.value for p in actor.permissions),
    }


@router.post("/me/sessions/revoke-others", response=CountOut, summary="Log out my other sessions")
def revoke_other_sessions(request: HttpRequest) -> dict[str, int]:
    return {"count": actions.revoke_other_sessions(request=request, actor=request.auth)}  # type: ignore[attr-defined]


@router.get("/tokens", response=list[TokenOut], summary="My API tokens")
@paginate(CursorPagination, ordering=("-id",))
def list_tokens(request: HttpRequest) -> Any:
    return selectors.my_tokens(actor=request.auth)  # type: ignore[attr-defined]


@router.post("/tokens", response={201: NewTokenOut}, summary="Create an API token (fresh 2FA, browser session)")
def create_token(request: HttpRequest, payload: TokenIn) -> Status[dict[str, Any]]:
    if getattr(request, "auth_method", "") != "session":
        raise Forbidden(_("API tokens can be created only from a browser session."), code="session-required")
    actions.require_fresh_second_factor(request)
    new = actions.create_api_token(actor=request.auth, name=payload.name, scopes=payload.scopes,  # type: ignore[attr-defined]
                                   expires_in_days=payload.expires_in_days, request=request)
    token = new.token
    return Status(201, {"id": token.pk, "name": token.name, "prefix": token.prefix, "scopes": token.scopes,
                 "created_at": token.created_at, "expires_at": token.expires_at, "last_used_at": None,
                 "revoked_at": None, "token": new.raw})


@router.delete("/tokens/{token_id}", response={204: None}, summary="Revoke one of my API tokens")
def revoke_token(request: HttpRequest, token_id: int) -> Status[None]:
    actions.revoke_api_token(actor=request.auth, token_id=token_id, request=request)  # type: ignore[attr-defined]
    return Status(204, None)


@router.get("/users", response=list[UserOut], summary="People of my organization")
@paginate(CursorPagination, ordering=("-id",))
def list_users(request: HttpRequest) -> Any:
    return selectors.users(actor=request.auth)  # type: ignore[attr-defined]


@router.get("/users/{user_id}", response=UserOut, summary="One person of my organization")
def get_user(request: HttpRequest, user_id: int) -> Any:
    return selectors.get_user(actor=request.auth, user_id=user_id)  # type: ignore[attr-defined]


@router.post("/users/{user_id}/unlock", response=UserOut, summary="Unlock a locked account")
def unlock_user(request: HttpRequest, user_id: int) -> Any:
    return actions.unlock_user(actor=request.auth, user_id=user_id, request=request)  # type: ignore[attr-defined]


@router.post("/users/{user_id}/sessions/revoke", response=CountOut, summary="End every session of a user")
def revoke_user_sessions(request: HttpRequest, user_id: int) -> dict[str, int]:
    count = actions.revoke_all_sessions(actor=request.auth, user_id=user_id, request=request)  # type: ignore[attr-defined]
    return {"count": count}


@router.put("/users/{user_id}/role", response=UserOut, summary="Change a user's role")
def change_role(request: HttpRequest, user_id: int, payload: RoleIn) -> Any:
    if getattr(request, "auth_method", "") == "session":
        actions.require_fresh_second_factor(request)
    membership = actions.change_role(actor=request.auth, user_id=user_id, role=payload.role, request=request)  # type: ignore[attr-defined]
    return membership.user
