"""Random identifiers and secrets, always from the OS CSPRNG."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from django.conf import settings


def token(nbytes: int = 32) -> str:
    return secrets.token_urlsafe(nbytes)


def keyed_hash(value: str, *, purpose: str) -> str:
    """HMAC-SHA-256 of a high-entropy secret (API token, recovery code) under the server key.

    Such secrets have >= 64 bits of entropy, so a slow password hash adds nothing; the key makes a stolen table
    useless without the server secret.
    """
    key = hashlib.sha256(f"trustdesk:{purpose}:{settings.SECRET_KEY}".encode()).digest()
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()
