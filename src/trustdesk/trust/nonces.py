"""Replay stores for request-signature nonces.

A signed request may be accepted once. The verifier claims `(keyid, nonce)` after the signature checked
out; the store answers True only for the first claim while the entry lives. Entries live as long as the
signature could still be accepted (`created + max_age`), so the store stays small and a replay after expiry
is already refused by the `created` window.

The store must be shared by every worker process that verifies signatures, or a replay sent to a second
worker would pass. Hence two production implementations: Redis (`SET key 1 NX EX ttl`, one atomic round
trip) and the database (phase 2, an insert into a table with a unique key). `InMemoryNonceStore` is for
unit tests and single-process tools only.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from typing import Protocol, runtime_checkable

__all__ = ["InMemoryNonceStore", "NonceStore", "RedisNonceStore", "nonce_key"]


@runtime_checkable
class NonceStore(Protocol):
    def claim(self, key_id: str, nonce: str, *, ttl_seconds: int) -> bool:
        """Record the nonce for this key; True if it was not seen before (the request may proceed)."""
        ...


def nonce_key(key_id: str, nonce: str) -> str:
    """A fixed-length storage key; hashing keeps attacker-chosen strings out of key names and bounds size."""
    digest = hashlib.sha256(key_id.encode("utf-8") + b"\x00" + nonce.encode("utf-8")).hexdigest()
    return digest


class InMemoryNonceStore:
    """A per-process store with expiry; thread-safe, but NOT shared between worker processes."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, max_entries: int = 1_000_000) -> None:
        self._clock = clock
        self._max_entries = max_entries
        self._expires: dict[str, float] = {}
        self._lock = threading.Lock()

    def claim(self, key_id: str, nonce: str, *, ttl_seconds: int) -> bool:
        if ttl_seconds <= 0:
            raise ValueError("ttl_seconds must be positive")
        key = nonce_key(key_id, nonce)
        now = self._clock()
        with self._lock:
            expires = self._expires.get(key)
            if expires is not None and expires > now:
                return False
            if len(self._expires) >= self._max_entries:
                self._purge(now)
                if len(self._expires) >= self._max_entries:
                    # Fail closed: refusing a request is recoverable, forgetting a nonce is not.
                    return False
            self._expires[key] = now + ttl_seconds
            return True

    def _purge(self, now: float) -> None:
        for key in [key for key, expires in self._expires.items() if expires <= now]:
            del self._expires[key]

    def __len__(self) -> int:
        with self._lock:
            self._purge(self._clock())
            return len(self._expires)


class _RedisLike(Protocol):
    def set(self, name: str, value: str, *, nx: bool, ex: int) -> object: ...


class RedisNonceStore:
    """Nonces in Redis: `SET <prefix><hash> 1 NX EX <ttl>` is atomic, so concurrent replays to different
    workers cannot both win, and Redis expires the entries itself."""

    def __init__(self, client: _RedisLike, prefix: str = "trustdesk:nonce:") -> None:
        self._client = client
        self._prefix = prefix

    def claim(self, key_id: str, nonce: str, *, ttl_seconds: int) -> bool:
        if ttl_seconds <= 0:
            raise ValueError("ttl_seconds must be positive")
        return bool(self._client.set(self._prefix + nonce_key(key_id, nonce), "1", nx=True, ex=ttl_seconds))
