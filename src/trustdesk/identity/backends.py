"""The authentication backend: Django's ModelBackend, loading the user's membership and organization with them.

Every authenticated request needs the user's tenant (the zero-trust gate, the user's time zone, the Actor of
every view and API operation); loading them with the user row turns three queries per request into one.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class MembershipModelBackend(ModelBackend):
    def get_user(self, user_id: Any) -> Any:
        model = get_user_model()
        try:
            user = model._default_manager.select_related("membership__organization").get(pk=user_id)
        except model.DoesNotExist:
            return None
        if not self.user_can_authenticate(user):
            return None
        # Read by tenancy.actor.actor_for: the membership came with this request's own fresh row.
        user.membership_preloaded = True  # type: ignore[attr-defined]
        return user
