"""audit.record(): the one write path; action names are area:object:verb and unique across the project."""

from __future__ import annotations

import importlib
import pkgutil
from enum import StrEnum
from typing import Any

import pytest

import trustdesk
from trustdesk import audit
from trustdesk.audit.models import AuditEvent
from trustdesk.audit.recording import ACTION_PATTERN
from trustdesk.tenancy.permissions import Perm


def _enums(suffix: str) -> list[type[StrEnum]]:
    found = []
    for module_info in pkgutil.walk_packages(trustdesk.__path__, "trustdesk."):
        if not module_info.name.endswith(".choices"):
            continue
        module = importlib.import_module(module_info.name)
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, StrEnum) and value.__name__.endswith(suffix):
                found.append(value)
    return found


@pytest.mark.django_db
def test_audit_actions_are_well_formed_and_unique() -> None:
    enums = _enums("AuditAction")
    assert len(enums) >= 2
    values = [member.value for enum in enums for member in enum]
    assert all(ACTION_PATTERN.match(v) for v in values), [v for v in values if not ACTION_PATTERN.match(v)]
    assert len(values) == len(set(values))


def test_permissions_are_well_formed_and_unique() -> None:
    values = [p.value for p in Perm]
    assert all(ACTION_PATTERN.match(v) for v in values)
    assert len(values) == len(set(values))


@pytest.mark.django_db
def test_record_writes_one_clean_event(make_user: Any, actor_of: Any) -> None:
    from django.test import RequestFactory

    from trustdesk.identity.choices import IdentityAuditAction

    user = make_user()
    request = RequestFactory().get("/", HTTP_USER_AGENT="evil\r\nInjected: yes", REMOTE_ADDR="2001:db8::1")
    event = audit.record(
        action=IdentityAuditAction.TOKEN_CREATE,
        actor=actor_of(user),
        target=user,
        reasons=["line one\nline two"],
        request=request,
    )
    event.refresh_from_db()
    assert event.organization_id == user.membership.organization_id
    assert event.actor_role == "employee"
    personal = event.personal  # IP and user agent live beside the leaf, erasable (see the erasure ADR)
    assert "\n" not in personal.user_agent and "\r" not in personal.user_agent
    assert event.reasons == ["line one line two"]
    assert personal.ip == "2001:db8::1"
    assert event.target_type == "identity.user" and event.target_id == str(user.pk)


@pytest.mark.django_db
def test_record_rejects_bad_action_and_platform_goes_to_platform_log(make_user: Any, actor_of: Any) -> None:
    with pytest.raises(ValueError, match="area:object:verb"):
        audit.record(action="login")
    agent = make_user(role="support_agent")
    from trustdesk.identity.choices import IdentityAuditAction

    event = audit.record(action=IdentityAuditAction.LOGOUT, actor=actor_of(agent))
    assert event.organization_id is None
    assert AuditEvent.objects.filter(pk=event.pk).exists()
