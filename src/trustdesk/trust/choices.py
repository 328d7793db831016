"""Choices and audit actions of the zero-trust gate."""

from __future__ import annotations

from enum import StrEnum

from django.db import models
from django.utils.translation import gettext_lazy as _


class DeviceStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for approval")
    ACTIVE = "active", _("Active")
    SUSPENDED = "suspended", _("Suspended")
    REVOKED = "revoked", _("Revoked")


class DevicePlatform(models.TextChoices):
    BROWSER = "browser", _("Web browser")
    CLI = "cli", _("Command-line client")


class ApprovalMode(models.TextChoices):
    AUTO = "auto", _("Active at once (recorded in the audit log)")
    IT_ADMIN = "it_admin", _("An IT administrator approves each new device")


class ViolationEffect(models.TextChoices):
    DENY = "deny", _("Deny the request")
    STEP_UP = "step_up", _("Ask for a fresh second factor")


class UnknownLocationEffect(models.TextChoices):
    ALLOW = "allow", _("Allow")
    DENY = "deny", _("Deny the request")
    STEP_UP = "step_up", _("Ask for a fresh second factor")


class TrustAuditAction(StrEnum):
    DEVICE_ENROL = "trust:device:enrol"
    DEVICE_APPROVE = "trust:device:approve"
    DEVICE_REVOKE = "trust:device:revoke"
    DEVICE_SUSPEND = "trust:device:suspend"
    DEVICE_RENAME = "trust:device:rename"
    SESSION_BIND = "trust:session:bind"
    POLICY_CHANGE = "trust:policy:change"
    DECISION = "trust:request:decide"
    PASSKEY_REGISTER = "trust:passkey:register"
    PASSKEY_REMOVE = "trust:passkey:remove"
    PASSKEY_SIGN_IN = "trust:passkey:sign_in"
    PASSKEY_FAIL = "trust:passkey:fail"
