from __future__ import annotations

from typing import Any, ClassVar

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.db import models

from trustdesk.core.models import TimeStamped, utcnow


class UserManager(BaseUserManager["User"]):
    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.save(using=self._db)
        return user


class User(AbstractBaseUser):
    """A person. Their organization and role live in ``tenancy.Membership``."""

    email = models.EmailField(unique=True)
    display_name = models.CharField(max_length=150, blank=True, default="")
    language = models.CharField(max_length=10, blank=True, default="")
    timezone = models.CharField(max_length=64, blank=True, default="")
    is_active = models.BooleanField(default=True)  # type: ignore[misc]  # a real column, not the base default
    created_at = models.DateTimeField(default=utcnow, editable=False)
    # Throttling and lockout are per account (OWASP), never per IP.
    failed_password_count = models.PositiveIntegerField(default=0)
    failed_otp_count = models.PositiveIntegerField(default=0)
    throttled_until = models.DateTimeField(null=True, blank=True)
    locked_at = models.DateTimeField(null=True, blank=True)
    locked_reason = models.CharField(max_length=32, blank=True, default="")

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    def __str__(self) -> str:
        return self.display_name or self.email

    @property
    def is_locked(self) -> bool:
        return self.locked_at is not None


class TOTPDevice(TimeStamped):
    """The user's authenticator app. ``last_timestep`` makes every code single-use."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="totp")
    secret = models.CharField(max_length=64)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    last_timestep = models.BigIntegerField(null=True, blank=True)


class RecoveryCode(TimeStamped):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="recovery_codes")
    code_hash = models.CharField(max_length=64, unique=True)
    used_at = models.DateTimeField(null=True, blank=True)


class UserSession(TimeStamped):
    """Server-side record of a logged-in session, so users and admins can list and end sessions."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="sessions")
    ref = models.CharField(max_length=16, db_index=True)
    last_seen_at = models.DateTimeField(default=utcnow)
    twofa_at = models.DateTimeField(default=utcnow)
    ip = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=300, blank=True, default="")
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_reason = models.CharField(max_length=32, blank=True, default="")


class ApiToken(TimeStamped):
    """A personal API token for the CLI: hashed, scoped, expiring. Shown once at creation."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100)
    prefix = models.CharField(max_length=12, unique=True)
    token_hash = models.CharField(max_length=64, unique=True)
    scopes = models.JSONField(default=list)
    expires_at = models.DateTimeField()
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)


class Invitation(TimeStamped):
    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="invitation")
    token_hash = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
