"""Where wrapped data keys live (the ``DataKey`` model) and the process-wide :class:`Envelope`.

Why in ``core`` and not ``tenancy``: every app above core (desk messages and attachments today, lockbox and
incidents later) encrypts through the same envelope, and core is the only layer all of them may import.  The
organization is therefore stored as a plain id, not a foreign key (core sits below tenancy); a data key must
outlive nothing it protects, so deleting an organization deliberately does not cascade into its keys.

Master key configuration (``TRUSTDESK_MASTER_KEY`` or ``TRUSTDESK_MASTER_KEY_FILE``, see
:mod:`trustdesk.core.envelope`) is required in production.  In development and tests, when neither is set, a
random key is created once in ``$TRUSTDESK_DATA_DIR/dev-master.key`` (mode 0600) so ``make demo`` works
without setup; production refuses to start that way.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError, models, transaction

from trustdesk.core import clock
from trustdesk.core.envelope import (
    ENV_MASTER_KEY,
    ENV_MASTER_KEY_FILE,
    Envelope,
    KeyIdConflict,
    MasterKeyring,
    WrappedDataKey,
    generate_master_key,
)


class DataKey(models.Model):
    """One organization data key, wrapped by a master key.  Never holds key material in the clear."""

    org_id = models.CharField(max_length=64)
    key_id = models.PositiveIntegerField()
    wrapped = models.BinaryField()
    master_key_id = models.BinaryField(max_length=8)
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=clock.now, editable=False)
    rewrapped_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "core"
        constraints = [
            models.UniqueConstraint(fields=["org_id", "key_id"], name="core_datakey_org_key_unique"),
            models.UniqueConstraint(
                fields=["org_id"], condition=models.Q(active=True), name="core_datakey_one_active_per_org"
            ),
        ]

    def __str__(self) -> str:
        return f"data key {self.key_id} of organization {self.org_id}"

    def as_record(self) -> WrappedDataKey:
        return WrappedDataKey(
            org_id=self.org_id,
            key_id=self.key_id,
            wrapped=bytes(self.wrapped),
            master_key_id=bytes(self.master_key_id),
            created_at=self.created_at,
            active=self.active,
        )


class DjangoKeyStore:
    """The :class:`~trustdesk.core.envelope.KeyStore` over ``DataKey`` rows (SQLite and PostgreSQL)."""

    def active(self, org_id: str) -> WrappedDataKey | None:
        row = DataKey.objects.filter(org_id=org_id, active=True).first()
        return row.as_record() if row else None

    def get(self, org_id: str, key_id: int) -> WrappedDataKey | None:
        row = DataKey.objects.filter(org_id=org_id, key_id=key_id).first()
        return row.as_record() if row else None

    def insert(self, record: WrappedDataKey) -> None:
        try:
            with transaction.atomic():
                DataKey.objects.filter(org_id=record.org_id, active=True).update(active=False)
                DataKey.objects.create(
                    org_id=record.org_id,
                    key_id=record.key_id,
                    wrapped=record.wrapped,
                    master_key_id=record.master_key_id,
                    created_at=record.created_at,
                    active=True,
                )
        except IntegrityError as exc:  # another process created this key id first
            raise KeyIdConflict(str(exc)) from exc

    def rewrap(self, record: WrappedDataKey) -> None:
        DataKey.objects.filter(org_id=record.org_id, key_id=record.key_id).update(
            wrapped=record.wrapped, master_key_id=record.master_key_id, rewrapped_at=clock.now()
        )

    def all(self) -> Iterator[WrappedDataKey]:
        for row in DataKey.objects.order_by("org_id", "key_id").iterator():
            yield row.as_record()

    def max_key_id(self, org_id: str) -> int:
        return int(DataKey.objects.filter(org_id=org_id).aggregate(m=models.Max("key_id"))["m"] or 0)


def load_keyring() -> MasterKeyring:
    """The configured master keys; in development/test a generated file-backed key if none is configured."""
    if os.environ.get(ENV_MASTER_KEY, "").strip() or os.environ.get(ENV_MASTER_KEY_FILE, "").strip():
        return MasterKeyring.from_env()
    if getattr(settings, "TRUSTDESK_ENV", "production") == "production":
        raise ImproperlyConfigured(
            f"Set {ENV_MASTER_KEY} or {ENV_MASTER_KEY_FILE} (base64 of 32 random bytes): message bodies and "
            "attachments are encrypted at rest under it. Generate one with: trustdesk rotate_keys --generate"
        )
    path = Path(settings.DATA_DIR) / "dev-master.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(generate_master_key() + "\n")
    return MasterKeyring.from_env({ENV_MASTER_KEY_FILE: str(path)})


_envelope: Envelope | None = None
_lock = threading.Lock()


def get_envelope() -> Envelope:
    """The process-wide envelope (keyring read once; unwrapped data keys cached)."""
    global _envelope
    with _lock:
        if _envelope is None:
            _envelope = Envelope(load_keyring(), DjangoKeyStore())
        return _envelope


def reset_envelope() -> None:
    """Forget the keyring and cached keys (after a rotation in this process, and in tests)."""
    global _envelope
    with _lock:
        _envelope = None
