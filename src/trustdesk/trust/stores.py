"""The nonce store every worker shares: Redis when `TRUSTDESK_REDIS_URL` is set, otherwise the database."""

from __future__ import annotations

import secrets
from datetime import timedelta
from functools import cache

from django.conf import settings
from django.db import IntegrityError, transaction

from trustdesk.core import clock
from trustdesk.trust.models import SignatureNonce
from trustdesk.trust.nonces import NonceStore, RedisNonceStore, nonce_key

PURGE_ONE_IN = 200


class DatabaseNonceStore:
    """One row per accepted (keyid, nonce); the unique index decides races between workers atomically."""

    def claim(self, key_id: str, nonce: str, *, ttl_seconds: int) -> bool:
        if ttl_seconds <= 0:
            raise ValueError("ttl_seconds must be positive")
        now = clock.now()
        key = nonce_key(key_id, nonce)
        expires = now + timedelta(seconds=ttl_seconds)
        if secrets.randbelow(PURGE_ONE_IN) == 0:
            SignatureNonce.objects.filter(expires_at__lt=now).delete()
        try:
            with transaction.atomic():
                SignatureNonce.objects.create(key=key, expires_at=expires)
        except IntegrityError:
            # Only a row that has already expired may be reused; the conditional UPDATE is atomic.
            return SignatureNonce.objects.filter(key=key, expires_at__lte=now).update(expires_at=expires) == 1
        return True


@cache
def _redis_store(url: str) -> RedisNonceStore:
    import redis

    return RedisNonceStore(redis.Redis.from_url(url, socket_timeout=2))


def nonce_store() -> NonceStore:
    url = getattr(settings, "REDIS_URL", "")
    return _redis_store(url) if url else DatabaseNonceStore()
