"""Enumerations of the support desk: statuses, priorities, categories, presence, audit actions."""

from __future__ import annotations

from enum import StrEnum

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    NEW = "new", _("New")
    OPEN = "open", _("Open")
    WAITING = "waiting_on_customer", _("Waiting on you")
    RESOLVED = "resolved", _("Resolved")
    CLOSED = "closed", _("Closed")


# SLA clocks run, and an assignment holds agent capacity, only in these statuses (Freshdesk counts only
# SLA-running work against capacity: an agent waiting on five customers is free to help a sixth).
RUNNING_STATUSES = frozenset({Status.NEW.value, Status.OPEN.value})
ACTIVE_STATUSES = frozenset({Status.NEW.value, Status.OPEN.value, Status.WAITING.value})
STOPPED_STATUSES = frozenset({Status.RESOLVED.value, Status.CLOSED.value})


class Priority(models.TextChoices):
    LOW = "low", _("Low")
    NORMAL = "normal", _("Normal")
    HIGH = "high", _("High")
    URGENT = "urgent", _("Urgent")


# Queue order: most urgent first. Stored as a number so the queue is one indexed ORDER BY.
PRIORITY_RANK = {Priority.URGENT: 0, Priority.HIGH: 1, Priority.NORMAL: 2, Priority.LOW: 3}


class Category(models.TextChoices):
    """What the requester needs help with; each category is a skill agents may hold."""

    ACCOUNT = "account", _("Account and sign-in")
    SECURITY = "security", _("Security concern or suspicious contact")
    DEVICE = "device", _("Device and app")
    BILLING = "billing", _("Billing and payments")
    ACCESS = "access", _("Access to systems and data")
    OTHER = "other", _("Something else")


class Presence(models.TextChoices):
    ONLINE = "online", _("Online")
    AWAY = "away", _("Away")
    OFFLINE = "offline", _("Offline")


class Side(models.TextChoices):
    REQUESTER = "requester", _("Requester")
    AGENT = "agent", _("Support")
    SYSTEM = "system", _("System")


class MessageKind(models.TextChoices):
    MESSAGE = "message", _("Message")
    NOTE = "note", _("Internal note")
    EVENT = "event", _("Event")


class Escalation(models.TextChoices):
    LEAD = "lead", _("Team lead")
    SPECIALIST = "specialist", _("Specialist")


class DeskAuditAction(StrEnum):
    CONVERSATION_CREATE = "desk:conversation:create"
    CONVERSATION_ASSIGN = "desk:conversation:assign"
    CONVERSATION_QUEUE = "desk:conversation:queue"
    CONVERSATION_TRANSFER = "desk:conversation:transfer"
    CONVERSATION_STATUS = "desk:conversation:set_status"
    CONVERSATION_PRIORITY = "desk:conversation:set_priority"
    CONVERSATION_RESOLVE = "desk:conversation:resolve"
    CONVERSATION_REOPEN = "desk:conversation:reopen"
    CONVERSATION_ESCALATE = "desk:conversation:escalate"
    SLA_BREACH = "desk:sla:breach"
    MESSAGE_CREATE = "desk:message:create"
    NOTE_CREATE = "desk:note:create"
    ATTACHMENT_CREATE = "desk:attachment:create"
    ATTACHMENT_DOWNLOAD = "desk:attachment:download"
    CSAT_SUBMIT = "desk:csat:submit"
    PRESENCE_SET = "desk:agent:set_presence"
    AGENT_UPDATE = "desk:agent:update"
    TEAM_UPDATE = "desk:team:update"
    CANNED_REPLY_CREATE = "desk:canned_reply:create"
