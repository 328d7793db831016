"""``trustdesk rotate_keys``: audited master re-wrap and data-key rotation; data stays readable."""

from __future__ import annotations

import base64
from io import StringIO
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from trustdesk.audit.models import AuditEvent
from trustdesk.core.envelope import (
    ENV_MASTER_KEY,
    ciphertext_key_id,
    generate_master_key,
)
from trustdesk.core.keystore import DataKey, get_envelope, reset_envelope
from trustdesk.desk.keys import KeyAuditAction

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("master_key")]


def _run(*args: str) -> str:
    out = StringIO()
    call_command("rotate_keys", *args, stdout=out)
    return out.getvalue()


def test_generate_prints_a_usable_master_key() -> None:
    assert len(base64.b64decode(_run("--generate").strip())) == 32


def test_data_rotation_for_one_org_is_audited_in_that_org(org: Any, other_org: Any) -> None:
    env = get_envelope()
    old = env.seal(b"before", org_id=org.pk, object_type="t", object_id="1")
    other = env.seal(b"other", org_id=other_org.pk, object_type="t", object_id="1")
    assert "harbour: new data key 2" in _run("data", "--org", "harbour")
    new = env.seal(b"after", org_id=org.pk, object_type="t", object_id="2")
    assert ciphertext_key_id(new) == 2
    assert ciphertext_key_id(env.seal(b"x", org_id=other_org.pk, object_type="t", object_id="2")) == 1
    assert env.open(old, org_id=org.pk, object_type="t", object_id="1") == b"before"
    assert env.open(other, org_id=other_org.pk, object_type="t", object_id="1") == b"other"
    event = AuditEvent.objects.get(action=KeyAuditAction.DATA_KEY_ROTATE.value)
    assert event.organization_id == org.pk


def test_unknown_org_is_an_error() -> None:
    with pytest.raises(CommandError):
        _run("data", "--org", "nope")


def test_master_rotation_end_to_end(org: Any, other_org: Any, monkeypatch: pytest.MonkeyPatch, master_key: str) -> None:
    env = get_envelope()
    blobs = {o.pk: env.seal(b"secret", org_id=o.pk, object_type="t", object_id="1") for o in (org, other_org)}
    new = generate_master_key()
    monkeypatch.setenv(ENV_MASTER_KEY, f"{new},{master_key}")
    reset_envelope()
    assert "awaiting re-wrap 1" in _run("status")
    assert "Re-wrapped 2 data keys" in _run("master")
    assert "Re-wrapped 0 data keys" in _run("master")  # idempotent
    event = AuditEvent.objects.filter(action=KeyAuditAction.MASTER_REWRAP.value).first()
    assert event is not None
    assert event.organization_id is None  # platform log

    monkeypatch.setenv(ENV_MASTER_KEY, new)  # the old master key is gone
    reset_envelope()
    env = get_envelope()
    for pk, blob in blobs.items():
        assert env.open(blob, org_id=pk, object_type="t", object_id="1") == b"secret"
    assert DataKey.objects.filter(rewrapped_at__isnull=True).count() == 0


def test_master_key_missing_from_configuration_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    get_envelope().active_key(1)
    monkeypatch.setenv(ENV_MASTER_KEY, generate_master_key())  # neither new-with-old nor the old one
    reset_envelope()
    with pytest.raises(CommandError):
        _run("master")
