"""Audit events: an append-only table. The tamper-evident Merkle log is built over these rows."""

from __future__ import annotations

from django.db import models

from trustdesk.audit.choices import Outcome
from trustdesk.core.models import utcnow


class AuditEvent(models.Model):
    """One security-relevant fact. Never updated, never deleted.

    ``organization`` is the tenant whose log holds the event; NULL means the platform log (operator staff and
    events with no tenant, such as a failed login for an unknown e-mail address). ``actor_id`` is a plain integer,
    not a foreign key, so that no cascade can ever touch the trail.
    """

    organization = models.ForeignKey(
        "tenancy.Organization", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    occurred_at = models.DateTimeField(default=utcnow, db_index=True)
    actor_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    actor_role = models.CharField(max_length=32, blank=True, default="")
    action = models.CharField(max_length=80, db_index=True)
    target_type = models.CharField(max_length=64, blank=True, default="")
    target_id = models.CharField(max_length=64, blank=True, default="")
    outcome = models.CharField(max_length=16, choices=Outcome.choices, default=Outcome.SUCCESS)
    reasons = models.JSONField(default=list, blank=True)
    ip = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=300, blank=True, default="")
    device_id = models.CharField(max_length=64, blank=True, default="")
    country = models.CharField(max_length=2, blank=True, default="")
    session_ref = models.CharField(max_length=16, blank=True, default="", db_index=True)
    extra = models.JSONField(default=dict, blank=True)

    class Meta:
        indexes = [models.Index(fields=["organization", "occurred_at"])]

    def __str__(self) -> str:
        return f"{self.occurred_at:%Y-%m-%dT%H:%M:%SZ} {self.action} {self.outcome}"
