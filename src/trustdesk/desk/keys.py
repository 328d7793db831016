"""Audited key operations for encryption at rest (the ``trustdesk rotate_keys`` command is a thin adapter).

Lives in desk rather than core because rotations are written to the audit trail, and core sits below audit.
Two rotations, on different clocks:

* master key (yearly, or at once when it may have leaked): configure ``TRUSTDESK_MASTER_KEY="NEW,OLD"``, run
  :func:`rewrap_master`, then drop ``OLD``.  Only the small wrapped data keys change; no row is re-encrypted.
* data key (per organization, e.g. when staff with database access leave): :func:`rotate_data_keys` starts a
  new key for new writes; older rows keep opening with their own key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from django.db import transaction

from trustdesk import audit
from trustdesk.core.keystore import DataKey, get_envelope


class KeyAuditAction(StrEnum):
    MASTER_REWRAP = "core:master_key:rewrap"
    DATA_KEY_ROTATE = "core:data_key:rotate"


@dataclass
class KeyStatus:
    org_id: str
    key_ids: list[int] = field(default_factory=list)
    active_key_id: int | None = None
    stale_wrappings: int = 0


def rewrap_master(*, actor: Any = None) -> int:
    """Re-wrap every data key under the current master key; returns how many changed (0 when up to date)."""
    envelope = get_envelope()
    with transaction.atomic():
        changed = envelope.rewrap_all()
        audit.record(
            action=KeyAuditAction.MASTER_REWRAP,
            actor=actor,
            organization=None,
            target_type="core.masterkey",
            target_id=envelope.ring.current.key_id.hex(),
            reasons=[f"re-wrapped {changed} data keys under master key {envelope.ring.current.key_id.hex()}"],
            extra={"rewrapped": changed, "configured_master_keys": len(envelope.ring.keys)},
        )
    return changed


def rotate_data_keys(organizations: list[Any], *, actor: Any = None) -> dict[str, int]:
    """Start a new data key for each organization; returns ``{slug: new key id}``."""
    envelope = get_envelope()
    result: dict[str, int] = {}
    for org in organizations:
        with transaction.atomic():
            record = envelope.rotate_data_key(org.pk)
            audit.record(
                action=KeyAuditAction.DATA_KEY_ROTATE,
                actor=actor,
                organization=org,
                target_type="core.datakey",
                target_id=f"{org.pk}:{record.key_id}",
                reasons=[f"new data key {record.key_id} for new writes; older keys stay readable"],
            )
        result[org.slug] = record.key_id
    return result


def key_status() -> list[KeyStatus]:
    """Per organization: its key ids, the active one, and how many are still wrapped by an old master key."""
    current = get_envelope().ring.current.key_id
    by_org: dict[str, KeyStatus] = {}
    for row in DataKey.objects.order_by("org_id", "key_id"):
        st = by_org.setdefault(row.org_id, KeyStatus(row.org_id))
        st.key_ids.append(row.key_id)
        if row.active:
            st.active_key_id = row.key_id
        if bytes(row.master_key_id) != current:
            st.stale_wrappings += 1
    return list(by_org.values())
