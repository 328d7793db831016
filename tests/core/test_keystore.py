"""Data keys in the database: the Django KeyStore, the process envelope and master-key configuration."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured

from trustdesk.core.envelope import (
    ENV_MASTER_KEY,
    Envelope,
    KeyIdConflict,
    MasterKeyring,
    generate_master_key,
    unwrap_data_key,
)
from trustdesk.core.keystore import DataKey, DjangoKeyStore, get_envelope, load_keyring, reset_envelope

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("master_key")]


def test_round_trip_through_database_rows() -> None:
    env = get_envelope()
    blob = env.seal_text("hồ sơ mật", org_id=1, object_type="desk.message", object_id="abc")
    assert DataKey.objects.filter(org_id="1", active=True).count() == 1
    reset_envelope()  # a fresh process: nothing cached, everything read back from the database
    assert get_envelope().open_text(blob, org_id=1, object_type="desk.message", object_id="abc") == "hồ sơ mật"


def test_stored_row_holds_no_clear_key() -> None:
    env = get_envelope()
    env.active_key(7)
    row = DataKey.objects.get(org_id="7")
    clear = unwrap_data_key(env.ring, row.as_record())
    assert len(clear) == 32
    assert clear not in bytes(row.wrapped)


def test_rotation_keeps_one_active_row_and_old_rows_readable() -> None:
    env = get_envelope()
    old = env.seal(b"old", org_id=3, object_type="t", object_id="1")
    env.rotate_data_key(3)
    env.rotate_data_key(3)
    assert list(DataKey.objects.filter(org_id="3", active=True).values_list("key_id", flat=True)) == [3]
    assert env.open(old, org_id=3, object_type="t", object_id="1") == b"old"


def test_duplicate_key_id_is_a_conflict_not_a_crash() -> None:
    env = get_envelope()
    record = env.active_key(9)
    with pytest.raises(KeyIdConflict):
        DjangoKeyStore().insert(record)
    assert DataKey.objects.filter(org_id="9").count() == 1


def test_rewrap_in_database(master_key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    blob = get_envelope().seal(b"x", org_id=5, object_type="t", object_id="1")
    new = generate_master_key()
    store = DjangoKeyStore()
    assert Envelope(MasterKeyring.parse(f"{new},{master_key}"), store).rewrap_all() == 1
    assert DataKey.objects.get(org_id="5").rewrapped_at is not None
    assert Envelope(MasterKeyring.parse(new), store).open(blob, org_id=5, object_type="t", object_id="1") == b"x"


def test_dev_key_file_is_created_once_with_private_mode(
    monkeypatch: pytest.MonkeyPatch, settings: Any, tmp_path: Path
) -> None:
    monkeypatch.delenv(ENV_MASTER_KEY)
    settings.DATA_DIR = tmp_path
    settings.TRUSTDESK_ENV = "development"
    first = load_keyring()
    path = tmp_path / "dev-master.key"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert load_keyring().current == first.current


def test_production_without_master_key_refuses(monkeypatch: pytest.MonkeyPatch, settings: Any) -> None:
    monkeypatch.delenv(ENV_MASTER_KEY)
    settings.TRUSTDESK_ENV = "production"
    with pytest.raises(ImproperlyConfigured):
        load_keyring()
