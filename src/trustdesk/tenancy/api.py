"""/api/v1/organizations: read-only views of tenants, scoped to the actor."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema
from ninja.pagination import CursorPagination, paginate

from trustdesk.tenancy import selectors
from trustdesk.tenancy.models import Organization
from trustdesk.tenancy.permissions import Perm

router = Router(tags=["tenancy"])


class OrganizationDetail(Schema):
    slug: str
    name: str
    kind: str
    verified: bool
    home_region: str
    timezone: str
    default_language: str


@router.get("", response=list[OrganizationDetail], summary="Organizations I can see")
@paginate(CursorPagination, ordering=("-id",))
def list_organizations(request: HttpRequest) -> Any:
    request.auth.require(Perm.ORG_READ)  # type: ignore[attr-defined]
    return selectors.visible_organizations(actor=request.auth)  # type: ignore[attr-defined]


@router.get("/{slug}", response=OrganizationDetail, summary="One organization")
def get_organization(request: HttpRequest, slug: str) -> Organization:
    request.auth.require(Perm.ORG_READ)  # type: ignore[attr-defined]
    return selectors.get_organization(actor=request.auth, slug=slug)  # type: ignore[attr-defined]
