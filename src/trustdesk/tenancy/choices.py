from __future__ import annotations

from enum import StrEnum

from django.db import models
from django.utils.translation import gettext_lazy as _


class OrgKind(models.TextChoices):
    CUSTOMER = "customer", _("Customer organization")
    PLATFORM = "platform", _("Platform operator")


class Role(models.TextChoices):
    # Customer organization roles
    EMPLOYEE = "employee", _("Employee")
    IT_ADMIN = "it_admin", _("IT administrator")
    ADMIN_STAFF = "admin_staff", _("Administration staff")
    AUDITOR = "auditor", _("Auditor")
    # Platform (operator) roles
    SUPPORT_AGENT = "support_agent", _("Support agent")
    TEAM_LEAD = "team_lead", _("Team lead")
    SECURITY_OFFICER = "security_officer", _("Security officer")
    PLATFORM_ADMIN = "platform_admin", _("Platform administrator")


CUSTOMER_ROLES = frozenset({Role.EMPLOYEE, Role.IT_ADMIN, Role.ADMIN_STAFF, Role.AUDITOR})
PLATFORM_ROLES = frozenset({Role.SUPPORT_AGENT, Role.TEAM_LEAD, Role.SECURITY_OFFICER, Role.PLATFORM_ADMIN})


class Region(models.TextChoices):
    """Regions served by an official support team."""

    HK = "HK", _("Hong Kong")
    VN = "VN", _("Vietnam")
    SG = "SG", _("Singapore")


class TenancyAuditAction(StrEnum):
    ORG_CREATE = "tenancy:organization:create"
    ORG_UPDATE = "tenancy:organization:update"
    ROLE_CHANGE = "tenancy:membership:change_role"
    MEMBER_ADD = "tenancy:membership:create"
