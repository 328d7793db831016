"""Who is acting: the user, their tenant, their role and what that role may do.

Every selector and action takes an ``Actor`` (keyword ``actor=``), never a bare user, so tenant scope and
permissions travel together and cannot be forgotten.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext as _

from trustdesk.core.errors import AuthenticationRequired, NotFound
from trustdesk.tenancy.permissions import Perm, permissions_for

if TYPE_CHECKING:
    from trustdesk.tenancy.models import Organization


@dataclass(frozen=True)
class Actor:
    user: Any
    organization: Organization
    role: str
    permissions: frozenset[Perm] = field(default_factory=frozenset)

    @property
    def user_id(self) -> int:
        return int(self.user.pk)

    @property
    def organization_id(self) -> int:
        return int(self.organization.pk)

    @property
    def is_platform(self) -> bool:
        return self.organization.is_platform

    def can(self, perm: Perm) -> bool:
        return perm in self.permissions

    def require(self, perm: Perm) -> None:
        """Raise 404 (not 403): a missing right must not reveal that the thing exists."""
        if perm not in self.permissions:
            raise NotFound(_("Not found."))

    def restricted_to(self, scopes: frozenset[Perm]) -> Actor:
        """The same actor with only the permissions a scoped API token grants."""
        return Actor(self.user, self.organization, self.role, self.permissions & scopes)


def actor_for(user: Any) -> Actor:
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        raise AuthenticationRequired(_("Authentication required."))
    from trustdesk.tenancy.models import Membership

    membership: Any = None
    if getattr(user, "membership_preloaded", False):
        # The request's user was loaded with its membership and organization in the same query (see
        # identity.backends); any other user object is read afresh, so a changed role is never missed.
        membership = getattr(user, "membership", None)
    if membership is None:
        try:
            membership = Membership.objects.select_related("organization").get(user_id=user.pk)
        except Membership.DoesNotExist:
            raise AuthenticationRequired(_("This account belongs to no organization.")) from None
    return Actor(user, membership.organization, membership.role, permissions_for(membership.role))
