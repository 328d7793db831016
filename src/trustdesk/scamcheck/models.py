"""Official directory entries and reports to IT.

The platform's entries have ``organization = NULL`` and are managed by platform admins; an organization's
entries (its IT helpdesk numbers, domains, accounts) by its IT admins. Both extend the engine's built-in
directory. A report keeps the evidence of one check so IT staff can act on it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from trustdesk.core.models import TimeStamped
from trustdesk.scamcheck.choices import Channel, CheckKind, ReportStatus


class OfficialEntry(TimeStamped):
    organization = models.ForeignKey(
        "tenancy.Organization", null=True, blank=True, on_delete=models.CASCADE, related_name="official_entries"
    )
    channel = models.CharField(max_length=16, choices=Channel.choices)
    value = models.CharField(max_length=255, help_text="Normalised: lower-case domain, E.164 number, …")
    owner = models.CharField(max_length=120, help_text="Who this channel belongs to, as shown to users")
    note = models.CharField(max_length=255, blank=True, default="")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organization", "channel", "value"], name="scamcheck_entry_unique"),
            models.UniqueConstraint(
                fields=["channel", "value"],
                condition=models.Q(organization__isnull=True),
                name="scamcheck_platform_entry_unique",
            ),
        ]
        ordering = ["channel", "value"]

    def __str__(self) -> str:
        return f"{self.channel}:{self.value}"


class ScamReport(TimeStamped):
    """A "Report to IT" filed from a check result. The incident module will later read these through
    ``trustdesk.scamcheck.reports`` rather than this model, so the storage can move without touching callers."""

    organization = models.ForeignKey("tenancy.Organization", on_delete=models.CASCADE, related_name="scam_reports")
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    kind = models.CharField(max_length=16, choices=CheckKind.choices)
    text = models.TextField()
    verdict = models.CharField(max_length=16)
    score = models.FloatField()
    lang = models.CharField(max_length=16)
    signals = models.JSONField(default=list)
    note = models.TextField(blank=True, default="")
    status = models.CharField(max_length=16, choices=ReportStatus.choices, default=ReportStatus.OPEN)

    class Meta:
        ordering = ["-id"]
        indexes = [models.Index(fields=["organization", "-id"], name="scamcheck_report_org_idx")]

    def __str__(self) -> str:
        return f"report {self.pk} ({self.verdict})"
