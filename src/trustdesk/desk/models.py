"""Support desk data: teams, agents, conversations, messages (encrypted), status history, canned replies.

Why message bodies are ``BinaryField``s: they are sealed with the per-organization envelope
(:mod:`trustdesk.core.keystore`) bound to the row's UUID, so the database never holds customer text in the
clear and a ciphertext cannot be moved to another row. The UUID is generated before the row is written.

Why ``AgentProfile.load`` is a stored counter: assignment must be atomic under concurrency, and a conditional
``UPDATE ... SET load = load + 1 WHERE load < capacity`` is atomic on SQLite and PostgreSQL alike. Only
conversations in a running status (new/open) hold capacity; every action that changes assignment or status
adjusts it in the same transaction, and :func:`trustdesk.desk.actions.recount_load` can rebuild it.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models

from trustdesk.core.models import TimeStamped
from trustdesk.desk.calendar import BusinessCalendar
from trustdesk.desk.choices import Category, Escalation, MessageKind, Presence, Priority, Side, Status
from trustdesk.desk.sla import SlaPolicy
from trustdesk.tenancy.choices import Region
from trustdesk.tenancy.models import Organization


class PlainLanguageKey(models.Func):
    """An agent's language list as routing matches it with LIKE, or NULL when it is not *plain*.

    Plain: ASCII, no JSON escape, no space next to a quote except in the ``", "`` separators (no padded tag), as
    both databases print a list of BCP 47 tags. Every '"' then delimits a whole element that needs no trimming, so
    the text lower-cased with '_' as '-' holds ``"zh-hant"`` exactly when an element normalises to ``zh-hant``
    (:func:`trustdesk.desk.routing.normalise_language`). Routing decodes the other lists element by element.
    Used as a stored generated column: the database keeps it in step with ``languages`` on every write.
    """

    output_field = models.TextField()
    _TEMPLATE = (
        "CASE WHEN {find}({text}, '\\') = 0 AND {find}({tight}, '\" ') = 0 AND {find}({tight}, ' \"') = 0"
        " AND {bytes} = length({text}) THEN lower(replace({text}, '_', '-')) END"
    )

    def _template(self, text: str, find: str, byte_length: str) -> str:
        tight = f"replace({text}, '\", \"', '\",\"')"
        return self._TEMPLATE.format(find=find, text=text, tight=tight, bytes=byte_length)

    def as_sqlite(self, compiler, connection, **extra):  # type: ignore[no-untyped-def]
        text = "%(expressions)s"
        template = self._template(text, "instr", f"length(CAST({text} AS BLOB))")
        return self.as_sql(compiler, connection, template=template, **extra)

    def as_postgresql(self, compiler, connection, **extra):  # type: ignore[no-untyped-def]
        text = "(%(expressions)s)::text"
        template = self._template(text, "strpos", f"octet_length({text})")
        return self.as_sql(compiler, connection, template=template, **extra)


DEFAULT_SLA_POLICY = {
    "risk_ratio": 0.75,
    "targets": {
        "urgent": {"first_response": 15, "resolution": 240},
        "high": {"first_response": 60, "resolution": 480},
        "normal": {"first_response": 240, "resolution": 1440},
        "low": {"first_response": 480, "resolution": 2880},
    },
}


class Team(TimeStamped):
    """An official regional support team with its business-hours calendar and SLA policy."""

    key = models.CharField(max_length=16, unique=True)
    name = models.CharField(max_length=120)
    regions = models.JSONField(default=list)
    languages = models.JSONField(default=list)
    skills = models.JSONField(default=list)
    calendar = models.JSONField(default=dict)
    sla_policy = models.JSONField(default=dict, blank=True)
    fallback = models.BooleanField(default=False)
    lead = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="led_teams"
    )

    def __str__(self) -> str:
        return self.key

    def business_calendar(self) -> BusinessCalendar:
        if not self.calendar:
            return BusinessCalendar.always_open("UTC")
        return BusinessCalendar.from_dict(self.calendar)

    def policy(self) -> SlaPolicy:
        return SlaPolicy.from_dict(self.sla_policy or DEFAULT_SLA_POLICY)


class AgentProfile(TimeStamped):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="agent_profile")
    team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="agents")
    languages = models.JSONField(default=list)
    # ``languages`` for routing's LIKE match (see PlainLanguageKey); written by the database, never by us.
    languages_key = models.GeneratedField(
        expression=PlainLanguageKey("languages"), output_field=models.TextField(null=True), db_persist=True
    )
    skills = models.JSONField(default=list)
    capacity = models.PositiveSmallIntegerField(default=5)
    load = models.PositiveIntegerField(default=0)
    presence = models.CharField(max_length=16, choices=Presence.choices, default=Presence.OFFLINE)
    presence_changed_at = models.DateTimeField(null=True, blank=True)
    last_assigned_at = models.DateTimeField(null=True, blank=True)
    is_lead = models.BooleanField(default=False)
    is_specialist = models.BooleanField(default=False)

    def __str__(self) -> str:
        return f"agent {self.user_id} ({self.team_id})"


class RegionOverride(models.Model):
    """A requester served by another region's team than their organization's home region."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="support_region")
    region = models.CharField(max_length=8, choices=Region.choices)

    def __str__(self) -> str:
        return f"{self.user_id} -> {self.region}"


class Conversation(TimeStamped):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="conversations")
    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="support_conversations"
    )
    region = models.CharField(max_length=8, blank=True, default="")
    team = models.ForeignKey(Team, null=True, blank=True, on_delete=models.PROTECT, related_name="conversations")
    agent = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assigned_conversations",
    )
    category = models.CharField(max_length=16, choices=Category.choices)
    subject_sealed = models.BinaryField()
    priority = models.CharField(max_length=8, choices=Priority.choices, default=Priority.NORMAL)
    priority_rank = models.PositiveSmallIntegerField(default=2)
    status = models.CharField(max_length=24, choices=Status.choices, default=Status.NEW)
    preferred_language = models.CharField(max_length=16, blank=True, default="")
    # Set while the conversation waits in its team queue (nobody available), cleared on assignment.
    queued_at = models.DateTimeField(null=True, blank=True)
    assigned_at = models.DateTimeField(null=True, blank=True)
    first_response_at = models.DateTimeField(null=True, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    last_message_at = models.DateTimeField(null=True, blank=True)
    # SLA: due times as computed at the last change (re-derived from StatusChange rows), and what happened.
    first_response_due_at = models.DateTimeField(null=True, blank=True)
    resolution_due_at = models.DateTimeField(null=True, blank=True)
    sla_next_check_at = models.DateTimeField(null=True, blank=True, db_index=True)
    first_response_breached_at = models.DateTimeField(null=True, blank=True)
    resolution_breached_at = models.DateTimeField(null=True, blank=True)
    escalated_to_lead_at = models.DateTimeField(null=True, blank=True)
    escalated_to_specialist_at = models.DateTimeField(null=True, blank=True)
    csat_score = models.PositiveSmallIntegerField(null=True, blank=True)
    csat_comment_sealed = models.BinaryField(null=True, blank=True)
    csat_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["team", "agent", "priority_rank", "created_at"], name="desk_conv_queue_idx"),
            models.Index(fields=["agent", "status"], name="desk_conv_agent_status_idx"),
            models.Index(fields=["requester", "created_at"], name="desk_conv_requester_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(csat_score__isnull=True) | models.Q(csat_score__gte=1, csat_score__lte=5),
                name="desk_conv_csat_range",
            )
        ]

    def __str__(self) -> str:
        return f"conversation {self.pk}"


class StatusChange(models.Model):
    """The state-transition log the SLA clocks are derived from (the first row is the creation)."""

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="status_changes")
    status = models.CharField(max_length=24, choices=Status.choices)
    at = models.DateTimeField()
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.conversation_id}: {self.status} at {self.at.isoformat()}"


class Message(TimeStamped):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    side = models.CharField(max_length=16, choices=Side.choices)
    kind = models.CharField(max_length=16, choices=MessageKind.choices, default=MessageKind.MESSAGE)
    body_sealed = models.BinaryField()

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["conversation", "created_at"], name="desk_msg_conv_idx")]

    def __str__(self) -> str:
        return f"message {self.uuid}"


class Attachment(TimeStamped):
    """A file on a message, checked (size, sniffed type, scan) and stored sealed like message bodies."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="attachments")
    filename = models.CharField(max_length=150)
    content_type = models.CharField(max_length=120)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    data_sealed = models.BinaryField()

    def __str__(self) -> str:
        return f"attachment {self.uuid}"


class CannedReply(TimeStamped):
    """A team's prepared answer in one language (team content, not customer data: stored in the clear)."""

    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="canned_replies")
    key = models.SlugField(max_length=64)
    language = models.CharField(max_length=16)
    title = models.CharField(max_length=120)
    body = models.TextField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["team", "key", "language"], name="desk_canned_team_key_lang_unique")
        ]

    def __str__(self) -> str:
        return f"{self.team_id}:{self.key}:{self.language}"


class EscalationRecord(TimeStamped):
    """One escalation (to the team lead or a specialist), with why; also written to the audit log."""

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="escalations")
    kind = models.CharField(max_length=16, choices=Escalation.choices)
    reason = models.CharField(max_length=300)
    notified = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    def __str__(self) -> str:
        return f"{self.conversation_id}: {self.kind}"
