"""Reads of organizations and memberships, always scoped to the actor."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from trustdesk.core.errors import NotFound
from trustdesk.tenancy.actor import Actor
from trustdesk.tenancy.models import Membership, Organization
from trustdesk.tenancy.permissions import Perm


def visible_organizations(*, actor: Actor) -> QuerySet[Organization]:
    """Platform administrators see every tenant; everybody else sees only their own."""
    if actor.can(Perm.ORG_MANAGE):
        return Organization.objects.all()
    return Organization.objects.filter(pk=actor.organization_id)


def get_organization(*, actor: Actor, slug: str) -> Organization:
    try:
        return visible_organizations(actor=actor).get(slug=slug)
    except Organization.DoesNotExist:
        raise NotFound(_("Organization not found.")) from None


def get_platform_organization() -> Organization:
    return Organization.objects.get(kind="platform")


def members(*, actor: Actor) -> QuerySet[Membership]:
    """Memberships of the actor's own organization (the user directory)."""
    actor.require(Perm.USER_READ)
    return Membership.objects.filter(organization_id=actor.organization_id).select_related("user")
