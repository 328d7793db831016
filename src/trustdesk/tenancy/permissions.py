"""Every permission, and which role holds it: the one place where roles map to rights.

Permissions are ``area:object:verb`` strings. Object-level checks (same tenant, own object) are the selectors' job;
this table says only what a role may do at all.
"""

from __future__ import annotations

from enum import StrEnum

from trustdesk.tenancy.choices import Role


class Perm(StrEnum):
    # identity / tenancy
    ME_READ = "identity:me:read"
    TOKEN_MANAGE = "identity:token:manage"
    USER_READ = "identity:user:read"
    USER_MANAGE = "identity:user:manage"
    USER_UNLOCK = "identity:user:unlock"
    ORG_READ = "tenancy:organization:read"
    ORG_MANAGE = "tenancy:organization:manage"
    ROLE_ASSIGN = "tenancy:membership:assign"
    # audit
    AUDIT_READ = "audit:log:read"
    AUDIT_EXPORT = "audit:log:export"
    AUDIT_PLATFORM_READ = "audit:platform_log:read"
    # zero-trust gate
    DEVICE_ENROL = "trust:device:enrol"
    DEVICE_MANAGE = "trust:device:manage"
    POLICY_MANAGE = "trust:policy:manage"
    DECISION_READ = "trust:decision:read"
    # support desk
    CONVERSATION_CREATE = "desk:conversation:create"
    CONVERSATION_WORK = "desk:conversation:work"
    CONVERSATION_ASSIGN = "desk:conversation:assign"
    TEAM_MANAGE = "desk:team:manage"
    DESK_METRICS_READ = "desk:metrics:read"
    # anti-impersonation
    CHECK_RUN = "scamcheck:check:run"
    DIRECTORY_MANAGE = "scamcheck:directory:manage"
    PLATFORM_DIRECTORY_MANAGE = "scamcheck:platform_directory:manage"
    REPORT_CREATE = "scamcheck:report:create"
    REPORT_READ = "scamcheck:report:read"


_EVERYONE = {Perm.ME_READ, Perm.TOKEN_MANAGE, Perm.DEVICE_ENROL, Perm.CHECK_RUN, Perm.REPORT_CREATE}
_CUSTOMER = _EVERYONE | {Perm.CONVERSATION_CREATE, Perm.ORG_READ}

ROLE_PERMISSIONS: dict[str, frozenset[Perm]] = {
    Role.EMPLOYEE: frozenset(_CUSTOMER),
    Role.IT_ADMIN: frozenset(
        _CUSTOMER
        | {
            Perm.USER_READ,
            Perm.USER_MANAGE,
            Perm.USER_UNLOCK,
            Perm.ROLE_ASSIGN,
            Perm.AUDIT_READ,
            Perm.AUDIT_EXPORT,
            Perm.DEVICE_MANAGE,
            Perm.POLICY_MANAGE,
            Perm.DECISION_READ,
            Perm.DIRECTORY_MANAGE,
            Perm.REPORT_READ,
        }
    ),
    Role.ADMIN_STAFF: frozenset(_CUSTOMER | {Perm.USER_READ, Perm.REPORT_READ}),
    Role.AUDITOR: frozenset(_CUSTOMER | {Perm.USER_READ, Perm.AUDIT_READ, Perm.AUDIT_EXPORT, Perm.DECISION_READ}),
    Role.SUPPORT_AGENT: frozenset(_EVERYONE | {Perm.CONVERSATION_WORK, Perm.CONVERSATION_ASSIGN}),
    Role.TEAM_LEAD: frozenset(
        _EVERYONE | {Perm.CONVERSATION_WORK, Perm.CONVERSATION_ASSIGN, Perm.TEAM_MANAGE, Perm.DESK_METRICS_READ}
    ),
    Role.SECURITY_OFFICER: frozenset(
        _EVERYONE
        | {
            Perm.AUDIT_PLATFORM_READ,
            Perm.AUDIT_READ,
            Perm.AUDIT_EXPORT,
            Perm.DECISION_READ,
            Perm.DESK_METRICS_READ,
            Perm.USER_READ,
            Perm.USER_UNLOCK,
        }
    ),
    Role.PLATFORM_ADMIN: frozenset(
        _EVERYONE
        | {
            Perm.ORG_READ,
            Perm.ORG_MANAGE,
            Perm.USER_READ,
            Perm.USER_MANAGE,
            Perm.USER_UNLOCK,
            Perm.ROLE_ASSIGN,
            Perm.TEAM_MANAGE,
            Perm.DESK_METRICS_READ,
            Perm.PLATFORM_DIRECTORY_MANAGE,
            Perm.DEVICE_MANAGE,
        }
    ),
}


def permissions_for(role: str) -> frozenset[Perm]:
    """Unknown roles get nothing (deny by default)."""
    return ROLE_PERMISSIONS.get(role, frozenset())
