"""Devices, enrolment challenges, the shared nonce table, per-organisation trust policy and passkeys."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from trustdesk.core.models import TimeStamped
from trustdesk.trust.choices import (
    ApprovalMode,
    DevicePlatform,
    DeviceStatus,
    UnknownLocationEffect,
    ViolationEffect,
)
from trustdesk.trust.httpsig import ALGORITHM


class Device(TimeStamped):
    """One browser profile or one CLI installation of one user, identified by its P-256 public key.

    ``public_id`` is the `keyid` of its request signatures. ``algorithm`` is fixed at enrolment: the verifier
    uses it and never an algorithm named by a request. ``created_at`` is the first-seen time.
    """

    public_id = models.CharField(max_length=40, unique=True)
    organization = models.ForeignKey("tenancy.Organization", on_delete=models.PROTECT, related_name="devices")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="devices")
    name = models.CharField(max_length=100)
    platform = models.CharField(max_length=16, choices=DevicePlatform.choices)
    public_jwk = models.JSONField()
    thumbprint = models.CharField(max_length=64, unique=True)
    algorithm = models.CharField(max_length=32, default=ALGORITHM)
    status = models.CharField(max_length=16, choices=DeviceStatus.choices, default=DeviceStatus.PENDING)
    user_agent = models.CharField(max_length=300, blank=True, default="")
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_seen_at = models.DateTimeField(null=True, blank=True)
    last_ip = models.GenericIPAddressField(null=True, blank=True)
    last_country = models.CharField(max_length=2, blank=True, default="")

    class Meta:
        indexes = [models.Index(fields=["organization", "status"])]

    def __str__(self) -> str:
        return f"{self.name} ({self.public_id})"


class EnrolmentChallenge(TimeStamped):
    """A single-use server challenge the new key signs: the enrolling client proves it holds the key."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    session_ref = models.CharField(max_length=16)
    challenge = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"challenge for user {self.user_id}"


class SignatureNonce(models.Model):
    """Nonces of accepted request signatures; the unique key makes a replay to any worker fail."""

    key = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return self.key


class TrustPolicy(TimeStamped):
    """An organisation's device and location policy. Absent row = defaults (auto-activate, any country)."""

    organization = models.OneToOneField("tenancy.Organization", on_delete=models.CASCADE, related_name="trust_policy")
    device_approval = models.CharField(max_length=16, choices=ApprovalMode.choices, default=ApprovalMode.AUTO)
    allowed_countries = models.JSONField(default=list, blank=True)
    allow_cidrs = models.JSONField(default=list, blank=True)
    deny_cidrs = models.JSONField(default=list, blank=True)
    violation_effect = models.CharField(max_length=16, choices=ViolationEffect.choices, default=ViolationEffect.DENY)
    unknown_effect = models.CharField(
        max_length=16, choices=UnknownLocationEffect.choices, default=UnknownLocationEffect.STEP_UP
    )
    travel_window_minutes = models.PositiveIntegerField(default=60)
    phishing_resistant_roles = models.JSONField(default=list, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"trust policy of organization {self.organization_id}"


class Passkey(TimeStamped):
    """A WebAuthn credential registered as a second factor."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="passkeys")
    name = models.CharField(max_length=100)
    credential_id = models.CharField(max_length=1400, unique=True)
    public_key = models.BinaryField()
    sign_count = models.PositiveBigIntegerField(default=0)
    transports = models.JSONField(default=list, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.name
