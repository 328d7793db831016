from __future__ import annotations

from typing import Any

import pytest

from trustdesk.scamcheck import demo
from trustdesk.scamcheck.models import OfficialEntry, ScamReport
from trustdesk.tenancy.choices import Role

pytestmark = pytest.mark.django_db


def test_demo_seed_adds_org_directory_and_a_report(make_user: Any, org: Any) -> None:
    users = {
        "it.admin@harbour.example": make_user(Role.IT_ADMIN),
        "mei.chan@harbour.example": make_user(Role.EMPLOYEE),
    }
    world = type("World", (), {"users": users, "customer": org})()
    demo.seed(world)
    demo.seed(world)  # idempotent
    assert OfficialEntry.objects.filter(organization=org).count() == len(demo.ENTRIES)
    assert ScamReport.objects.filter(organization=org).count() == 1
