"""The checkpoint signing key and the verifier keys of each log.

The private key comes from ``TRUSTDESK_LOG_SIGNING_KEY`` (Go note signer format ``PRIVATE+KEY+<name>+<id>+<key>``)
or the file named by ``TRUSTDESK_LOG_SIGNING_KEY_FILE``; it is never stored in the database, so whoever can
rewrite the tables still cannot sign a rewritten history. Development and tests fall back to a generated key
file in the data directory; production refuses to start signing without a configured key.

One key signs every log, each under its own key *name* (the log's origin, as C2SP recommends), so the key id
differs per log and a checkpoint of one tenant's log can never pass for another's. Earlier public keys stay
listed in ``TRUSTDESK_LOG_VERIFIER_KEYS`` after a rotation, so old checkpoints keep verifying.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from trustdesk.audit import note

ENV_KEY = "TRUSTDESK_LOG_SIGNING_KEY"
ENV_KEY_FILE = "TRUSTDESK_LOG_SIGNING_KEY_FILE"

_lock = threading.Lock()
_cached: tuple[str, Ed25519PrivateKey] | None = None


def _read_key_string() -> str:
    value = os.environ.get(ENV_KEY, "").strip()
    if value:
        return value
    path = os.environ.get(ENV_KEY_FILE, "").strip()
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ImproperlyConfigured(f"cannot read {ENV_KEY_FILE}: {exc.__class__.__name__}") from exc
    if getattr(settings, "TRUSTDESK_ENV", "production") == "production":
        raise ImproperlyConfigured(
            f"Set {ENV_KEY} or {ENV_KEY_FILE}: audit checkpoints are signed with it. "
            "Generate one with: trustdesk audit keygen"
        )
    dev = Path(settings.DATA_DIR) / "dev-log-signing.key"
    if not dev.exists():
        dev.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(dev, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return dev.read_text(encoding="utf-8").strip()
        with os.fdopen(fd, "w") as fh:
            fh.write(note.Signer.generate(settings.AUDIT_LOG_ORIGIN).skey() + "\n")
    return dev.read_text(encoding="utf-8").strip()


def signing_key() -> Ed25519PrivateKey:
    """The configured private key (parsed once per process and per key string)."""
    global _cached
    raw = _read_key_string()
    with _lock:
        if _cached is None or _cached[0] != raw:
            try:
                signer = note.Signer.parse(raw)
            except ValueError as exc:
                raise ImproperlyConfigured(f"{ENV_KEY} is not a valid Ed25519 note signer key: {exc}") from exc
            _cached = (raw, signer.private_key)
        return _cached[1]


def signer_for(origin: str) -> note.Signer:
    """Signer named after the log's origin."""
    return note.Signer(origin, signing_key())


def public_keys() -> list[Ed25519PublicKey]:
    """Current public key first, then the earlier ones kept for verifying old checkpoints."""
    keys = [signing_key().public_key()]
    for vkey in settings.AUDIT_LOG_VERIFIER_KEYS:
        try:
            keys.append(note.Verifier.parse(vkey).public_key)
        except ValueError as exc:
            raise ImproperlyConfigured(f"TRUSTDESK_LOG_VERIFIER_KEYS holds an invalid key: {exc}") from exc
    return keys


def verifiers_for(origin: str) -> list[note.Verifier]:
    """Every verifier key of one log (current and earlier keys, each under the log's name)."""
    seen: set[bytes] = set()
    out = []
    for key in public_keys():
        raw = key.public_bytes_raw()
        if raw not in seen:
            seen.add(raw)
            out.append(note.Verifier.from_public_key(origin, key))
    return out


def origin_for(key: str) -> str:
    return f"{settings.AUDIT_LOG_ORIGIN}/{key}"
