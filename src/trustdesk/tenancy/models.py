from __future__ import annotations

import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from trustdesk.core.models import TimeStamped
from trustdesk.tenancy.choices import OrgKind, Region, Role


def validate_timezone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("Unknown time zone: %(tz)s"), params={"tz": value})


def validate_language(value: str) -> None:
    if value not in {code for code, _name in settings.LANGUAGES}:
        raise ValidationError(_("Unsupported language: %(lang)s"), params={"lang": value})


class Organization(TimeStamped):
    """A tenant. Customer organizations hold employees; the one platform organization holds support staff."""

    kind = models.CharField(max_length=16, choices=OrgKind.choices, default=OrgKind.CUSTOMER)
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=63, unique=True)
    verified = models.BooleanField(default=False)
    home_region = models.CharField(max_length=8, choices=Region.choices, default=Region.HK)
    timezone = models.CharField(max_length=64, default="UTC", validators=[validate_timezone])
    default_language = models.CharField(max_length=10, default="en", validators=[validate_language])

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind"], condition=models.Q(kind="platform"), name="one_platform_organization"
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_platform(self) -> bool:
        return self.kind == OrgKind.PLATFORM


class Membership(TimeStamped):
    """A user's place in exactly one organization, with one role."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership")
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="memberships")
    role = models.CharField(max_length=32, choices=Role.choices)
    department = models.CharField(max_length=100, blank=True, default="")

    def __str__(self) -> str:
        return f"{self.user_id}@{self.organization_id}:{self.role}"
