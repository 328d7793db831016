"""Audit events and the tamper-evident Merkle logs built over them.

Tables and why each exists:

* ``AuditEvent``: one security-relevant fact, written in the caller's transaction by ``record()``. Append-only
  (database triggers reject UPDATE and DELETE). It holds no directly identifying personal data: IP address,
  user agent and device id live in ``AuditPersonal`` and the event keeps only a salted commitment to them.
* ``AuditPending``: the integrator's queue on PostgreSQL. ``record()`` adds one row per event in the same
  transaction, so an event that commits is integrated exactly once, whatever order concurrent transactions commit
  in. SQLite commits ids in order and needs no queue: its integrator takes the events above the highest
  integrated id (rows left by an older release are integrated that way and then removed).
* ``AuditLog``: one row per Merkle log (one per organization, plus the platform log): its origin and its head
  (size, frontier, root, and the partial right-edge tiles ``edge``). The integrator updates it with every batch;
  ``trustdesk audit check`` recomputes all of it from the events.
* ``AuditLogEntry`` / ``AuditTile``: position of each event in its log, and the log's *perfect* subtree hashes
  stored as tiles: one row per complete aligned group of 16 hashes of tree level 0, 4, 8, ...
  (``tid = tile level << 56 | index``); the levels in between are recomputed from a tile's row. Both
  append-only; created by raw DDL in the migrations (``WITHOUT ROWID`` on SQLite) to keep the storage per entry
  small. The incomplete right-edge tiles live in ``AuditLog.edge``, so no append-only row ever changes.
* ``AuditCheckpoint``: every signed checkpoint the log published. Append-only.
* ``AuditPersonal``: the erasable personal data of an event plus the salt of its commitment (see
  docs/adr/audit-erasure.md). Deleting a row erases the data without breaking any proof.
* ``AuditLease``: which integrator may write (a lease with an expiry), so two workers never interleave.
"""

from __future__ import annotations

from django.db import models

from trustdesk.audit.choices import Outcome
from trustdesk.core.models import utcnow

PLATFORM_LOG_KEY = "_platform"

# The stored columns of an ``AuditEvent`` in one fixed order: the order the integrator reads raw rows in, the
# export reads them in (all but the organization, which only chooses the log) and a bulk load inserts them in.
EVENT_COLUMNS = (
    "id",
    "organization_id",
    "occurred_at",
    "actor_id",
    "actor_role",
    "action",
    "target_type",
    "target_id",
    "outcome",
    "reasons",
    "country",
    "session_ref",
    "extra",
    "personal_hash",
)


class AuditEvent(models.Model):
    """One security-relevant fact. Never updated, never deleted.

    ``organization`` is the tenant whose log holds the event; NULL means the platform log (operator staff and
    events with no tenant, such as a failed login for an unknown e-mail address). ``actor_id`` is a plain integer,
    not a foreign key, so that no cascade can ever touch the trail. ``personal_hash`` commits to the erasable
    personal data kept in :class:`AuditPersonal`.
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
    country = models.CharField(max_length=2, blank=True, default="")
    session_ref = models.CharField(max_length=16, blank=True, default="", db_index=True)
    extra = models.JSONField(default=dict, blank=True)
    personal_hash = models.CharField(max_length=64, blank=True, default="")

    class Meta:
        indexes = [
            models.Index(fields=["organization", "occurred_at"]),
            models.Index(fields=["target_type", "target_id"]),
        ]

    def __str__(self) -> str:
        return f"{self.occurred_at:%Y-%m-%dT%H:%M:%SZ} {self.action} {self.outcome}"


class AuditPersonal(models.Model):
    """Erasable personal data of one event; ``salt`` makes the event's commitment unguessable."""

    event = models.OneToOneField(AuditEvent, primary_key=True, on_delete=models.PROTECT, related_name="personal")
    salt = models.BinaryField(max_length=16)
    ip = models.GenericIPAddressField(null=True, blank=True, db_index=True)
    user_agent = models.CharField(max_length=300, blank=True, default="")
    device_id = models.CharField(max_length=64, blank=True, default="", db_index=True)

    def __str__(self) -> str:
        return f"personal data of event {self.event_id}"


class AuditPending(models.Model):
    """An event not yet in its Merkle log."""

    event = models.OneToOneField(AuditEvent, primary_key=True, on_delete=models.PROTECT, related_name="+")

    def __str__(self) -> str:
        return f"pending event {self.event_id}"


class AuditLog(models.Model):
    """One Merkle log and its head. ``key`` is the organization slug at creation, or ``_platform``."""

    organization = models.OneToOneField(
        "tenancy.Organization", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    key = models.CharField(max_length=80, unique=True)
    origin = models.CharField(max_length=255, unique=True)
    size = models.BigIntegerField(default=0)
    frontier = models.BinaryField(default=b"")
    root = models.BinaryField(max_length=32)
    edge = models.BinaryField(default=b"")  # partial tiles of the right edge, bottom tile level first
    updated_at = models.DateTimeField(default=utcnow)

    def __str__(self) -> str:
        return f"{self.origin} ({self.size})"


class AuditLogEntry(models.Model):
    """Event ``event`` is leaf ``idx`` of ``log``. Table created by raw DDL (see migration 0002)."""

    pk = models.CompositePrimaryKey("log_id", "idx")
    # No database-level foreign keys (migration 0004): PostgreSQL checks one per row with a row lock on the
    # referenced event, a fifth of the batch time. The integrator writes only ids it read in the same
    # transaction, events can never be deleted (triggers), and `audit check` reports an entry without its event.
    log = models.ForeignKey(AuditLog, on_delete=models.PROTECT, related_name="+", db_constraint=False)
    idx = models.BigIntegerField()
    event = models.OneToOneField(AuditEvent, on_delete=models.PROTECT, related_name="log_entry", db_constraint=False)

    def __str__(self) -> str:
        return f"entry {self.idx} of log {self.log_id}"


class AuditTile(models.Model):
    """16 consecutive perfect-node hashes of one tree level of ``log`` (see ``merkle.TILE_HEIGHT``), complete,
    so it never changes once written. Table created by raw DDL (see migration 0003)."""

    pk = models.CompositePrimaryKey("log_id", "tid")
    log = models.ForeignKey(AuditLog, on_delete=models.PROTECT, related_name="+", db_constraint=False)
    tid = models.BigIntegerField()
    hashes = models.BinaryField()

    def __str__(self) -> str:
        return f"tile {self.tid:#x} of log {self.log_id}"


class AuditCheckpoint(models.Model):
    """A signed checkpoint (C2SP signed note) the log published."""

    log = models.ForeignKey(AuditLog, on_delete=models.PROTECT, related_name="+")
    size = models.BigIntegerField()
    root = models.BinaryField(max_length=32)
    note = models.TextField()
    created_at = models.DateTimeField(default=utcnow)

    class Meta:
        indexes = [models.Index(fields=["log", "size"])]

    def __str__(self) -> str:
        return f"checkpoint {self.size} of log {self.log_id}"


class AuditLease(models.Model):
    """Single-writer lease for the integrator (row-locked inside each batch transaction)."""

    name = models.CharField(max_length=32, primary_key=True)
    holder = models.CharField(max_length=80, blank=True, default="")
    expires_at = models.DateTimeField(default=utcnow)

    def __str__(self) -> str:
        return f"lease {self.name} held by {self.holder or 'nobody'}"
