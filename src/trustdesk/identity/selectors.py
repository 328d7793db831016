"""Reads of the identity area, scoped to the actor."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from trustdesk.core.errors import NotFound
from trustdesk.identity.models import ApiToken, User, UserSession
from trustdesk.tenancy.actor import Actor
from trustdesk.tenancy.permissions import Perm


def my_sessions(*, actor: Actor) -> QuerySet[UserSession]:
    return UserSession.objects.filter(user_id=actor.user_id, revoked_at__isnull=True).order_by("-last_seen_at")


def my_tokens(*, actor: Actor) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(user_id=actor.user_id).order_by("-id")


def users(*, actor: Actor) -> QuerySet[User]:
    """People of the actor's own organization."""
    actor.require(Perm.USER_READ)
    return User.objects.filter(membership__organization_id=actor.organization_id).select_related(
        "membership"
    )


def get_user(*, actor: Actor, user_id: int) -> User:
    if user_id == actor.user_id:
        return User.objects.select_related("membership").get(pk=user_id)
    try:
        return users(actor=actor).get(pk=user_id)
    except User.DoesNotExist:
        raise NotFound(_("User not found.")) from None
