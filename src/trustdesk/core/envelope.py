"""Envelope encryption at rest: AES-256-GCM under per-organization data keys wrapped by a master key.

Why envelopes: the master key never touches row data, so rotating it only re-wraps one small data key per
organization instead of re-encrypting every message; and each organization's data can be crypto-shredded by
destroying its data keys.

Ciphertext layout (``seal``), all integers big-endian::

    b"\\x01" | key_id (4 bytes) | nonce (12 bytes) | AES-GCM ciphertext + 16-byte tag

The header (version + key id) and the binding ``(org id, object type, object id)`` are the GCM associated
data, so a ciphertext copied to another row, object type or organization fails to decrypt, and the header
cannot be edited to point at another key.  The object id must therefore be known *before* the row is
written (use a client-generated UUID or another stable natural id, never an auto-increment primary key).

Wrapped data keys carry the id of the master key that wrapped them, so several master keys can be configured
during a rotation: the first is the current one (used for wrapping), the others only unwrap.

This module is framework-free; the storage of wrapped keys is a :class:`KeyStore` (a Django model in the app
layer, :class:`MemoryKeyStore` for tests and tools).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import secrets
import struct
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol
from uuid import UUID

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
CIPHERTEXT_VERSION = 1
WRAP_VERSION = 1
MASTER_KEY_ID_BYTES = 8
_HEADER = struct.Struct(">BI")
_WRAP_HEADER = struct.Struct(">B8s")

Ident = str | int | UUID
"""Organization and object ids may be given as str, int or UUID; they are bound as their ``str()``."""

ENV_MASTER_KEY = "TRUSTDESK_MASTER_KEY"
ENV_MASTER_KEY_FILE = "TRUSTDESK_MASTER_KEY_FILE"


class EnvelopeError(Exception):
    """Base class of every error raised here."""


class MasterKeyError(EnvelopeError):
    """The master key configuration is missing or malformed."""


class DecryptionError(EnvelopeError):
    """A ciphertext or wrapped key could not be opened (tampered, moved, wrong key, unknown key id).

    Deliberately one error with no detail about which check failed: callers show "cannot decrypt", and an
    attacker learns nothing about which part of a forged blob was wrong.
    """


class KeyIdConflict(EnvelopeError):
    """Raised by a :class:`KeyStore` when a data key with the same (org, key id) already exists."""


@dataclass(frozen=True, slots=True)
class MasterKey:
    """One 256-bit master key with its id (first 8 bytes of SHA-256 of the key; stable, not secret)."""

    key: bytes

    def __post_init__(self) -> None:
        if len(self.key) != KEY_BYTES:
            raise MasterKeyError(f"a master key must be {KEY_BYTES} bytes, got {len(self.key)}")

    @property
    def key_id(self) -> bytes:
        return hashlib.sha256(b"trustdesk-master-key-id\x00" + self.key).digest()[:MASTER_KEY_ID_BYTES]

    def __repr__(self) -> str:  # never print key material
        return f"MasterKey(id={self.key_id.hex()})"


def _decode_b64_key(text: str) -> MasterKey:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise MasterKeyError("a master key must be base64 (standard alphabet)") from exc
    return MasterKey(raw)


@dataclass(frozen=True, slots=True)
class MasterKeyring:
    """The configured master keys: ``keys[0]`` wraps new data keys; all of them can unwrap."""

    keys: tuple[MasterKey, ...]

    def __post_init__(self) -> None:
        if not self.keys:
            raise MasterKeyError("at least one master key is required")
        ids = [k.key_id for k in self.keys]
        if len(set(ids)) != len(ids):
            raise MasterKeyError("the same master key is configured twice")

    @property
    def current(self) -> MasterKey:
        return self.keys[0]

    def find(self, key_id: bytes) -> MasterKey | None:
        for key in self.keys:
            if key.key_id == key_id:
                return key
        return None

    @classmethod
    def parse(cls, text: str) -> MasterKeyring:
        """Parse ``"<b64 current>[,<b64 older>...]"``: comma or whitespace separated base64 keys."""
        parts = [p for p in text.replace(",", " ").split() if p]
        return cls(tuple(_decode_b64_key(p) for p in parts))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> MasterKeyring:
        """Read the keyring from ``TRUSTDESK_MASTER_KEY``, else from the ``TRUSTDESK_MASTER_KEY_FILE`` file.

        The file form exists so the key can come from a secrets mount (Docker/Kubernetes secret, systemd
        credential) instead of the process environment, which leaks into ``/proc`` and crash reports.
        """
        env = os.environ if environ is None else environ
        inline = env.get(ENV_MASTER_KEY, "").strip()
        if inline:
            return cls.parse(inline)
        path = env.get(ENV_MASTER_KEY_FILE, "").strip()
        if path:
            try:
                text = Path(path).read_text(encoding="ascii")
            except (OSError, UnicodeDecodeError) as exc:
                raise MasterKeyError(f"cannot read {ENV_MASTER_KEY_FILE}: {exc.__class__.__name__}") from exc
            return cls.parse(text)
        raise MasterKeyError(f"set {ENV_MASTER_KEY} or {ENV_MASTER_KEY_FILE} (base64 of 32 random bytes)")


def generate_master_key() -> str:
    """A fresh master key, base64-encoded, ready for ``TRUSTDESK_MASTER_KEY``."""
    return base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode("ascii")


@dataclass(frozen=True, slots=True)
class WrappedDataKey:
    """A data key as stored: wrapped (encrypted) under a master key, never in the clear."""

    org_id: str
    key_id: int
    wrapped: bytes
    master_key_id: bytes
    created_at: datetime
    active: bool = True


class KeyStore(Protocol):
    """Persistence of wrapped data keys. Implementations must make :meth:`insert` atomic per (org, key id)."""

    def active(self, org_id: str) -> WrappedDataKey | None:
        """The key that new writes of ``org_id`` use, or ``None`` if the organization has none yet."""
        ...

    def get(self, org_id: str, key_id: int) -> WrappedDataKey | None: ...

    def insert(self, record: WrappedDataKey) -> None:
        """Store a new key and make it the organization's only active key.

        Raises :class:`KeyIdConflict` if ``(org_id, key_id)`` exists (another process won the race).
        """
        ...

    def rewrap(self, record: WrappedDataKey) -> None:
        """Replace ``wrapped`` and ``master_key_id`` of an existing key (master-key rotation)."""
        ...

    def all(self) -> Iterable[WrappedDataKey]: ...

    def max_key_id(self, org_id: str) -> int:
        """The highest key id of the organization, 0 if none."""
        ...


class MemoryKeyStore:
    """A thread-safe in-memory :class:`KeyStore` for tests, benchmarks and tools."""

    def __init__(self) -> None:
        self._rows: dict[tuple[str, int], WrappedDataKey] = {}
        self._lock = threading.Lock()

    def active(self, org_id: str) -> WrappedDataKey | None:
        with self._lock:
            rows = [r for (o, _), r in self._rows.items() if o == org_id and r.active]
        return max(rows, key=lambda r: r.key_id) if rows else None

    def get(self, org_id: str, key_id: int) -> WrappedDataKey | None:
        with self._lock:
            return self._rows.get((org_id, key_id))

    def insert(self, record: WrappedDataKey) -> None:
        with self._lock:
            if (record.org_id, record.key_id) in self._rows:
                raise KeyIdConflict(f"data key {record.key_id} of {record.org_id} exists")
            for k, row in list(self._rows.items()):
                if row.org_id == record.org_id and row.active:
                    self._rows[k] = replace(row, active=False)
            self._rows[(record.org_id, record.key_id)] = replace(record, active=True)

    def rewrap(self, record: WrappedDataKey) -> None:
        with self._lock:
            old = self._rows[(record.org_id, record.key_id)]
            self._rows[(record.org_id, record.key_id)] = replace(
                old, wrapped=record.wrapped, master_key_id=record.master_key_id
            )

    def all(self) -> list[WrappedDataKey]:
        with self._lock:
            return list(self._rows.values())

    def max_key_id(self, org_id: str) -> int:
        with self._lock:
            return max((k for o, k in self._rows if o == org_id), default=0)


def _lp(*parts: bytes) -> bytes:
    """Length-prefixed concatenation, so ("a|b", "c") and ("a", "b|c") never produce the same bytes."""
    return b"".join(struct.pack(">I", len(p)) + p for p in parts)


def _binding(org_id: str, object_type: str, object_id: Ident) -> bytes:
    oid = str(object_id)
    if not org_id or not object_type or not oid:
        raise EnvelopeError("org id, object type and object id are all required for the binding")
    return _lp(b"trustdesk-row-v1", org_id.encode(), object_type.encode(), oid.encode())


def _wrap_aad(org_id: str, key_id: int) -> bytes:
    return _lp(b"trustdesk-dek-v1", org_id.encode(), str(key_id).encode())


def wrap_data_key(master: MasterKey, org_id: str, key_id: int, data_key: bytes) -> bytes:
    """Encrypt a data key under a master key, bound to its organization and key id."""
    header = _WRAP_HEADER.pack(WRAP_VERSION, master.key_id)
    nonce = secrets.token_bytes(NONCE_BYTES)
    return header + nonce + AESGCM(master.key).encrypt(nonce, data_key, header + _wrap_aad(org_id, key_id))


def unwrap_data_key(ring: MasterKeyring, record: WrappedDataKey) -> bytes:
    blob = record.wrapped
    if len(blob) != _WRAP_HEADER.size + NONCE_BYTES + KEY_BYTES + TAG_BYTES:
        raise DecryptionError("cannot decrypt")
    version, master_id = _WRAP_HEADER.unpack_from(blob)
    master = ring.find(master_id)
    if version != WRAP_VERSION or master is None:
        raise DecryptionError("cannot decrypt")
    header = blob[: _WRAP_HEADER.size]
    nonce = blob[_WRAP_HEADER.size : _WRAP_HEADER.size + NONCE_BYTES]
    try:
        return AESGCM(master.key).decrypt(
            nonce, blob[_WRAP_HEADER.size + NONCE_BYTES :], header + _wrap_aad(record.org_id, record.key_id)
        )
    except InvalidTag as exc:
        raise DecryptionError("cannot decrypt") from exc


def ciphertext_key_id(blob: bytes) -> int:
    """The data key id a ciphertext was sealed with (to find rows still on an old key)."""
    if len(blob) < _HEADER.size or blob[0] != CIPHERTEXT_VERSION:
        raise DecryptionError("cannot decrypt")
    return int(_HEADER.unpack_from(blob)[1])


class Envelope:
    """Seal and open row data for an organization.

    Unwrapped data keys are cached in this process (bounded) because unwrapping costs an AES operation; the
    cache is keyed by the wrapped blob, so a re-wrapped or replaced key is simply unwrapped again.
    The active key id is read from the store on every seal, so a data-key rotation done by another process
    takes effect at once.
    """

    def __init__(self, ring: MasterKeyring, store: KeyStore, *, cache_size: int = 4096) -> None:
        self.ring = ring
        self.store = store
        # Keyed by the wrapped blob too: if a key created in a rolled-back transaction was cached, and another
        # process then created a different key under the same id, the stale entry can never be used.
        self._cache: dict[tuple[str, int, bytes], AESGCM] = {}
        self._cache_size = cache_size
        self._lock = threading.Lock()

    # -- keys -------------------------------------------------------------------------------------------

    def _aead(self, record: WrappedDataKey) -> AESGCM:
        cache_key = (record.org_id, record.key_id, record.wrapped)
        with self._lock:
            aead = self._cache.get(cache_key)
        if aead is None:
            aead = AESGCM(unwrap_data_key(self.ring, record))
            with self._lock:
                if len(self._cache) >= self._cache_size:
                    self._cache.pop(next(iter(self._cache)))
                self._cache[cache_key] = aead
        return aead

    def _new_data_key(self, org_id: str) -> WrappedDataKey:
        """Create the next data key; on a lost race, return the key the winner created."""
        key_id = self.store.max_key_id(org_id) + 1
        data_key = secrets.token_bytes(KEY_BYTES)
        record = WrappedDataKey(
            org_id=org_id,
            key_id=key_id,
            wrapped=wrap_data_key(self.ring.current, org_id, key_id, data_key),
            master_key_id=self.ring.current.key_id,
            created_at=datetime.now(UTC),
        )
        try:
            self.store.insert(record)
        except KeyIdConflict:
            winner = self.store.active(org_id)
            if winner is None:
                raise
            return winner
        with self._lock:
            self._cache[(org_id, key_id, record.wrapped)] = AESGCM(data_key)
        return record

    def active_key(self, org_id: Ident) -> WrappedDataKey:
        return self.store.active(str(org_id)) or self._new_data_key(str(org_id))

    def rotate_data_key(self, org_id: Ident) -> WrappedDataKey:
        """Start a new data key for new writes; older ciphertexts keep opening with their own key."""
        return self._new_data_key(str(org_id))

    def rewrap_all(self) -> int:
        """Re-wrap every data key not wrapped by the current master key; returns how many changed.

        Idempotent and safe to interrupt: each key is rewritten on its own, and until the old master key is
        removed from the configuration both wrappings open.
        """
        changed = 0
        current = self.ring.current
        for record in self.store.all():
            if record.master_key_id == current.key_id:
                continue
            data_key = unwrap_data_key(self.ring, record)
            self.store.rewrap(
                replace(
                    record,
                    wrapped=wrap_data_key(current, record.org_id, record.key_id, data_key),
                    master_key_id=current.key_id,
                )
            )
            changed += 1
        return changed

    # -- data -------------------------------------------------------------------------------------------

    def seal(self, plaintext: bytes, *, org_id: Ident, object_type: str, object_id: Ident) -> bytes:
        org_id = str(org_id)
        record = self.active_key(org_id)
        header = _HEADER.pack(CIPHERTEXT_VERSION, record.key_id)
        nonce = secrets.token_bytes(NONCE_BYTES)
        aad = header + _binding(org_id, object_type, object_id)
        return header + nonce + self._aead(record).encrypt(nonce, plaintext, aad)

    def open(self, blob: bytes, *, org_id: Ident, object_type: str, object_id: Ident) -> bytes:
        org_id = str(org_id)
        if len(blob) < _HEADER.size + NONCE_BYTES + TAG_BYTES:
            raise DecryptionError("cannot decrypt")
        key_id = ciphertext_key_id(blob)
        record = self.store.get(org_id, key_id)
        if record is None:
            raise DecryptionError("cannot decrypt")
        header = blob[: _HEADER.size]
        nonce = blob[_HEADER.size : _HEADER.size + NONCE_BYTES]
        aad = header + _binding(org_id, object_type, object_id)
        try:
            return self._aead(record).decrypt(nonce, blob[_HEADER.size + NONCE_BYTES :], aad)
        except InvalidTag as exc:
            raise DecryptionError("cannot decrypt") from exc

    def seal_text(self, text: str, *, org_id: Ident, object_type: str, object_id: Ident) -> bytes:
        return self.seal(text.encode("utf-8"), org_id=org_id, object_type=object_type, object_id=object_id)

    def open_text(self, blob: bytes, *, org_id: Ident, object_type: str, object_id: Ident) -> str:
        return self.open(blob, org_id=org_id, object_type=object_type, object_id=object_id).decode("utf-8")


def key_ids_in_use(blobs: Sequence[bytes]) -> set[int]:
    """Which data keys a set of ciphertexts depends on (before retiring a key, check it is unused)."""
    return {ciphertext_key_id(b) for b in blobs}
