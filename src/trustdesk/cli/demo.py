"""The demo world: the platform with regional support teams, and one Hong Kong trading company.

Domain apps add their part through an optional ``trustdesk.<app>.demo`` module with ``seed(world)``.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction

from trustdesk.identity import actions
from trustdesk.identity.models import TOTPDevice, User
from trustdesk.tenancy.choices import OrgKind, Region, Role
from trustdesk.tenancy.models import Organization

DEMO_PASSWORD = "TrustDesk-demo-2026!"  # noqa: S105 - printed on purpose: demo only
DOMAIN_APPS = ("audit", "trust", "desk", "scamcheck")


@dataclass
class DemoAccount:
    email: str
    role: str
    organization: str
    note: str = ""
    totp_secret: str = ""


@dataclass
class DemoWorld:
    platform: Organization
    customer: Organization
    accounts: list[DemoAccount] = field(default_factory=list)
    users: dict[str, User] = field(default_factory=dict)


PLATFORM_STAFF = [
    ("lead.hk@platform.example", Role.TEAM_LEAD, "Hong Kong team lead", Region.HK),
    ("agent.hk1@platform.example", Role.SUPPORT_AGENT, "Hong Kong agent", Region.HK),
    ("agent.hk2@platform.example", Role.SUPPORT_AGENT, "Hong Kong agent", Region.HK),
    ("lead.vn@platform.example", Role.TEAM_LEAD, "Vietnam team lead", Region.VN),
    ("agent.vn1@platform.example", Role.SUPPORT_AGENT, "Vietnam agent", Region.VN),
    ("lead.sg@platform.example", Role.TEAM_LEAD, "Singapore team lead", Region.SG),
    ("agent.sg1@platform.example", Role.SUPPORT_AGENT, "Singapore agent", Region.SG),
    ("security@platform.example", Role.SECURITY_OFFICER, "Security officer", None),
    ("admin@platform.example", Role.PLATFORM_ADMIN, "Platform administrator", None),
]

CUSTOMER_PEOPLE = [
    ("mei.chan@harbour.example", Role.EMPLOYEE, "Mei Chan", "Sales"),
    ("ka.wong@harbour.example", Role.EMPLOYEE, "Ka Wong", "Sales"),
    ("lin.ho@harbour.example", Role.EMPLOYEE, "Lin Ho", "Finance"),
    ("raj.patel@harbour.example", Role.EMPLOYEE, "Raj Patel", "Finance"),
    ("it.admin@harbour.example", Role.IT_ADMIN, "Ivy Tse (IT)", "IT"),
    ("office@harbour.example", Role.ADMIN_STAFF, "Olivia Lam (Administration)", "Administration"),
    ("auditor@harbour.example", Role.AUDITOR, "Alan Yip (Audit)", "Compliance"),
]
NEW_HIRE = ("new.hire@harbour.example", Role.EMPLOYEE, "Nina Leung (new hire)", "Sales")


def _enrol_totp(user: User) -> str:
    from trustdesk.core import clock
    from trustdesk.identity.totp import new_secret

    secret = new_secret()
    TOTPDevice.objects.update_or_create(user=user, defaults={"secret": secret, "confirmed_at": clock.now()})
    return secret


@transaction.atomic
def seed() -> DemoWorld:
    """Create the demo world once; on later runs return it unchanged (secrets are shown only at creation)."""
    existing = Organization.objects.filter(kind=OrgKind.PLATFORM).first()
    if existing is not None:
        customer = Organization.objects.get(slug="harbour-trading")
        return DemoWorld(platform=existing, customer=customer)

    platform = actions.create_organization(
        actor=None, name="TrustDesk Platform", slug="platform", kind=OrgKind.PLATFORM, verified=True,
        home_region=Region.HK, timezone="Asia/Hong_Kong",
    )
    customer = actions.create_organization(
        actor=None, name="Harbour Trading Ltd", slug="harbour-trading", verified=True, home_region=Region.HK,
        timezone="Asia/Hong_Kong", default_language="en",
    )
    world = DemoWorld(platform=platform, customer=customer)
    for email, role, name, region in PLATFORM_STAFF:
        user = actions.create_user(actor=None, organization=platform, email=email, role=role,
                                   password=DEMO_PASSWORD, display_name=name,
                                   department=f"Support {region}" if region else "Security")
        world.users[email] = user
        world.accounts.append(DemoAccount(email, role, platform.slug, name, _enrol_totp(user)))
    for email, role, name, department in CUSTOMER_PEOPLE:
        user = actions.create_user(actor=None, organization=customer, email=email, role=role,
                                   password=DEMO_PASSWORD, display_name=name, department=department)
        world.users[email] = user
        world.accounts.append(DemoAccount(email, role, customer.slug, name, _enrol_totp(user)))
    email, role, name, department = NEW_HIRE
    user = actions.create_user(actor=None, organization=customer, email=email, role=role, password=DEMO_PASSWORD,
                               display_name=name, department=department)
    world.users[email] = user
    world.accounts.append(DemoAccount(email, role, customer.slug, name + ": sets up 2FA at first login"))

    for app in DOMAIN_APPS:
        module_name = f"trustdesk.{app}.demo"
        if importlib.util.find_spec(module_name) is not None:
            module: Any = importlib.import_module(module_name)
            module.seed(world)
    return world
