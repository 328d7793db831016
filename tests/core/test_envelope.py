"""Envelope encryption: round trips, binding to (org, type, id), tamper detection, both rotations."""

from __future__ import annotations

import base64
import secrets
import threading
import uuid
from dataclasses import replace
from pathlib import Path

import pytest

from trustdesk.core.envelope import (
    ENV_MASTER_KEY,
    ENV_MASTER_KEY_FILE,
    DecryptionError,
    Envelope,
    EnvelopeError,
    MasterKey,
    MasterKeyError,
    MasterKeyring,
    MemoryKeyStore,
    ciphertext_key_id,
    generate_master_key,
    key_ids_in_use,
)


def _ring(*keys: str) -> MasterKeyring:
    return MasterKeyring.parse(",".join(keys))


@pytest.fixture
def key_a() -> str:
    return generate_master_key()


@pytest.fixture
def env(key_a: str) -> Envelope:
    return Envelope(_ring(key_a), MemoryKeyStore())


BIND = {"org_id": "org-1", "object_type": "desk.message", "object_id": "7f1c"}


def test_round_trip_text_and_bytes(env: Envelope) -> None:
    blob = env.seal_text("mật khẩu của tôi 密码 🔒", **BIND)
    assert env.open_text(blob, **BIND) == "mật khẩu của tôi 密码 🔒"
    raw = secrets.token_bytes(1000)
    assert env.open(env.seal(raw, **BIND), **BIND) == raw


def test_ciphertext_hides_plaintext_and_is_randomised(env: Envelope) -> None:
    a = env.seal_text("hello hello hello", **BIND)
    b = env.seal_text("hello hello hello", **BIND)
    assert b"hello" not in a
    assert a != b  # fresh nonce each time


def test_empty_plaintext_round_trips(env: Envelope) -> None:
    assert env.open(env.seal(b"", **BIND), **BIND) == b""


@pytest.mark.parametrize(
    ("field", "other"),
    [("org_id", "org-2"), ("object_type", "desk.attachment"), ("object_id", "7f1d")],
)
def test_ciphertext_cannot_move_between_rows(env: Envelope, field: str, other: str) -> None:
    blob = env.seal_text("secret", **BIND)
    if field == "org_id":
        env.active_key("org-2")  # the other org has keys too: the failure is the binding, not a missing key
    moved = dict(BIND, **{field: other})
    with pytest.raises(DecryptionError):
        env.open(blob, **moved)


def test_ids_accept_int_and_uuid(env: Envelope) -> None:
    oid = uuid.uuid4()
    blob = env.seal(b"x", org_id=42, object_type="t", object_id=oid)
    assert env.open(blob, org_id="42", object_type="t", object_id=str(oid)) == b"x"


def test_binding_is_unambiguous(env: Envelope) -> None:
    blob = env.seal(b"x", org_id="a", object_type="b|c", object_id="d")
    with pytest.raises(DecryptionError):
        env.open(blob, org_id="a", object_type="b", object_id="c|d")


def test_empty_binding_refused(env: Envelope) -> None:
    with pytest.raises(EnvelopeError):
        env.seal(b"x", org_id="o", object_type="t", object_id="")


@pytest.mark.parametrize("position", [0, 1, 4, 6, 20, -1])
def test_any_flipped_byte_is_detected(env: Envelope, position: int) -> None:
    blob = bytearray(env.seal_text("secret message", **BIND))
    blob[position] ^= 0x01
    with pytest.raises(DecryptionError):
        env.open(bytes(blob), **BIND)


def test_truncated_ciphertext_is_rejected(env: Envelope) -> None:
    blob = env.seal_text("secret", **BIND)
    for n in (0, 4, 16, len(blob) - 1):
        with pytest.raises(DecryptionError):
            env.open(blob[:n], **BIND)


def test_wrong_master_key_cannot_open(key_a: str) -> None:
    store = MemoryKeyStore()
    blob = Envelope(_ring(key_a), store).seal(b"x", **BIND)
    stranger = Envelope(_ring(generate_master_key()), store)
    with pytest.raises(DecryptionError):
        stranger.open(blob, **BIND)


def test_organizations_get_distinct_data_keys(env: Envelope) -> None:
    a = env.active_key("org-1")
    b = env.active_key("org-2")
    assert a.wrapped != b.wrapped
    assert env.active_key("org-1") == a  # stable until rotated


def test_wrapped_key_cannot_be_moved_to_another_org(key_a: str) -> None:
    store = MemoryKeyStore()
    env = Envelope(_ring(key_a), store)
    env.active_key("org-1")
    env.active_key("org-2")
    k1 = store.get("org-1", 1)
    assert k1 is not None
    # an attacker with database access copies org-1's wrapped key over org-2's
    store.rewrap(replace(k1, org_id="org-2"))
    fresh = Envelope(_ring(key_a), store)  # no cached keys
    with pytest.raises(DecryptionError):
        fresh.seal(b"x", org_id="org-2", object_type="t", object_id="1")


def test_data_key_rotation_new_writes_new_key_old_still_open(env: Envelope) -> None:
    old = env.seal_text("before", **BIND)
    assert ciphertext_key_id(old) == 1
    rotated = env.rotate_data_key("org-1")
    assert rotated.key_id == 2
    new = env.seal_text("after", **BIND)
    assert ciphertext_key_id(new) == 2
    assert env.open_text(old, **BIND) == "before"
    assert env.open_text(new, **BIND) == "after"
    assert key_ids_in_use([old, new]) == {1, 2}
    # only the newest key is active
    actives = [r for r in env.store.all() if r.org_id == "org-1" and r.active]
    assert [r.key_id for r in actives] == [2]


def test_rotation_by_another_process_takes_effect_at_once(key_a: str) -> None:
    store = MemoryKeyStore()
    p1 = Envelope(_ring(key_a), store)
    p2 = Envelope(_ring(key_a), store)
    p1.seal(b"x", **BIND)
    p2.rotate_data_key("org-1")
    assert ciphertext_key_id(p1.seal(b"y", **BIND)) == 2


def test_master_key_rotation_rewraps_and_old_key_can_be_dropped(key_a: str) -> None:
    store = MemoryKeyStore()
    old_env = Envelope(_ring(key_a), store)
    blobs = {
        org: old_env.seal_text(f"data of {org}", org_id=org, object_type="t", object_id="1") for org in "abc"
    }
    old_env.rotate_data_key("a")
    blobs["a2"] = old_env.seal_text("second key", org_id="a", object_type="t", object_id="2")

    key_b = generate_master_key()
    during = Envelope(_ring(key_b, key_a), store)  # new key first, old one still configured
    assert during.rewrap_all() == 4
    assert during.rewrap_all() == 0  # idempotent
    b_id = MasterKeyring.parse(key_b).current.key_id
    assert all(r.master_key_id == b_id for r in store.all())

    after = Envelope(_ring(key_b), store)  # old master key removed from configuration
    for org in "abc":
        assert after.open_text(blobs[org], org_id=org, object_type="t", object_id="1") == f"data of {org}"
    assert after.open_text(blobs["a2"], org_id="a", object_type="t", object_id="2") == "second key"
    with pytest.raises(DecryptionError):  # and the old master key alone no longer opens anything
        Envelope(_ring(key_a), store).open(blobs["b"], org_id="b", object_type="t", object_id="1")


def test_concurrent_first_use_creates_one_key(key_a: str) -> None:
    store = MemoryKeyStore()
    envs = [Envelope(_ring(key_a), store) for _ in range(8)]
    blobs: list[bytes] = []
    barrier = threading.Barrier(len(envs))

    def work(e: Envelope) -> None:
        barrier.wait()
        blobs.append(e.seal(b"x", **BIND))

    threads = [threading.Thread(target=work, args=(e,)) for e in envs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # every writer can be read by every other process, whoever won the race
    reader = Envelope(_ring(key_a), store)
    assert all(reader.open(b, **BIND) == b"x" for b in blobs)
    assert len([r for r in store.all() if r.org_id == "org-1" and r.active]) == 1


def test_keyring_from_env_inline_and_file(tmp_path: Path, key_a: str) -> None:
    ring = MasterKeyring.from_env({ENV_MASTER_KEY: key_a})
    assert ring.current.key == base64.b64decode(key_a)
    path = tmp_path / "master.key"
    path.write_text(key_a + "\n")
    assert MasterKeyring.from_env({ENV_MASTER_KEY_FILE: str(path)}).current == ring.current
    # inline wins over file
    other = generate_master_key()
    both = MasterKeyring.from_env({ENV_MASTER_KEY: other, ENV_MASTER_KEY_FILE: str(path)})
    assert both.current.key == base64.b64decode(other)


@pytest.mark.parametrize(
    "environ",
    [
        {},
        {ENV_MASTER_KEY: "not base64!!"},
        {ENV_MASTER_KEY: base64.b64encode(b"short").decode()},
        {ENV_MASTER_KEY_FILE: "/nonexistent/trustdesk.key"},
    ],
)
def test_bad_master_key_configuration_fails_loudly(environ: dict[str, str]) -> None:
    with pytest.raises(MasterKeyError):
        MasterKeyring.from_env(environ)


def test_duplicate_master_key_refused(key_a: str) -> None:
    with pytest.raises(MasterKeyError):
        _ring(key_a, key_a)


def test_master_key_repr_never_shows_key(key_a: str) -> None:
    key = MasterKey(base64.b64decode(key_a))
    assert key_a not in repr(key)
    assert base64.b64decode(key_a).hex() not in repr(key)


def test_key_from_a_rolled_back_transaction_is_never_reused(key_a: str) -> None:
    store = MemoryKeyStore()
    a = Envelope(_ring(key_a), store)
    a.active_key("org-1")  # process A creates key 1 ... inside a transaction that then rolls back
    store._rows.clear()
    b = Envelope(_ring(key_a), store)
    b_blob = b.seal(b"from b", **BIND)  # process B creates a different key 1 and commits
    a_blob = a.seal(b"from a", **BIND)  # A must use B's key 1, not its stale cached one
    assert b.open(a_blob, **BIND) == b"from a"
    assert a.open(b_blob, **BIND) == b"from b"
