"""Enumerations of the anti-impersonation app: directory channels, report states, audit actions."""

from __future__ import annotations

from enum import StrEnum

from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    """How an official contact reaches people; the value is also the engine's directory channel."""

    DOMAIN = "domain", _("Web domain")
    EMAIL = "email", _("E-mail sender")
    SMS_SENDER = "sms_sender", _("SMS sender id")
    ACCOUNT = "account", _("In-app or chat account")
    PHONE = "phone", _("Phone number")


class CheckKind(models.TextChoices):
    MESSAGE = "message", _("Message")
    URL = "url", _("Link")
    PHONE = "phone", _("Phone number")
    ACCOUNT = "account", _("Account name")


class ReportStatus(models.TextChoices):
    OPEN = "open", _("Open")
    REVIEWED = "reviewed", _("Reviewed")
    CLOSED = "closed", _("Closed")


class ScamcheckAuditAction(StrEnum):
    DIRECTORY_ENTRY_CREATE = "scamcheck:directory_entry:create"
    DIRECTORY_ENTRY_DELETE = "scamcheck:directory_entry:delete"
    REPORT_CREATE = "scamcheck:report:create"
    CONTACT_SCAN_RUN = "scamcheck:contact_scan:run"
    BATCH_RUN = "scamcheck:batch:run"
