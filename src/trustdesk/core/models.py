"""Shared model bases. No domain models live here."""

from __future__ import annotations

from django.db import models

from trustdesk.core import clock


def utcnow():  # type: ignore[no-untyped-def]
    return clock.now()


class TimeStamped(models.Model):
    created_at = models.DateTimeField(default=utcnow, editable=False)

    class Meta:
        abstract = True


from trustdesk.core.keystore import DataKey  # noqa: E402,F401  (envelope data keys; see core/keystore.py)
