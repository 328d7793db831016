"""Device public keys as JWKs (RFC 7517/7518) and their RFC 7638 thumbprints.

A browser exports its non-extractable WebCrypto key's *public* half as a JWK; the CLI does the same with
`cryptography`. The server stores the JWK, refuses anything but an uncompressed P-256 point that lies on the
curve, refuses a JWK that carries private material (`d`), and identifies the key by its RFC 7638 thumbprint
so that the same key cannot be enrolled twice under different names.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Mapping

from cryptography.hazmat.primitives.asymmetric import ec

__all__ = ["JwkError", "b64url", "b64url_decode", "load_p256_jwk", "p256_jwk", "thumbprint"]

_P256_BYTES = 32
_REQUIRED_MEMBERS = {"EC": ("crv", "kty", "x", "y"), "RSA": ("e", "kty", "n"), "OKP": ("crv", "kty", "x")}


class JwkError(ValueError):
    """The JWK is not an acceptable device public key."""


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    if "=" in text or "+" in text or "/" in text:
        raise JwkError("expected unpadded base64url")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise JwkError("invalid base64url") from exc


def p256_jwk(public_key: ec.EllipticCurvePublicKey) -> dict[str, str]:
    """The public JWK of a P-256 key, with fixed-length 32-byte coordinates as RFC 7518 §6.2.1.2 requires."""
    if not isinstance(public_key.curve, ec.SECP256R1):
        raise JwkError("only P-256 keys are supported")
    numbers = public_key.public_numbers()
    return {
        "kty": "EC",
        "crv": "P-256",
        "x": b64url(numbers.x.to_bytes(_P256_BYTES, "big")),
        "y": b64url(numbers.y.to_bytes(_P256_BYTES, "big")),
    }


def load_p256_jwk(jwk: Mapping[str, object]) -> ec.EllipticCurvePublicKey:
    """Parse and validate a public P-256 JWK; raises JwkError for anything else."""
    if "d" in jwk:
        raise JwkError("the JWK contains a private key")
    if jwk.get("kty") != "EC" or jwk.get("crv") != "P-256":
        raise JwkError("only EC P-256 keys are supported")
    x, y = jwk.get("x"), jwk.get("y")
    if not isinstance(x, str) or not isinstance(y, str):
        raise JwkError("x and y must be strings")
    x_bytes, y_bytes = b64url_decode(x), b64url_decode(y)
    if len(x_bytes) != _P256_BYTES or len(y_bytes) != _P256_BYTES:
        raise JwkError("P-256 coordinates must be 32 bytes")
    point = b"\x04" + x_bytes + y_bytes
    try:
        return ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), point)
    except ValueError as exc:
        raise JwkError("the point is not on the P-256 curve") from exc


def thumbprint(jwk: Mapping[str, object]) -> str:
    """RFC 7638 SHA-256 thumbprint: the required members only, sorted, no whitespace, base64url."""
    kty = jwk.get("kty")
    members = _REQUIRED_MEMBERS.get(kty) if isinstance(kty, str) else None
    if members is None:
        raise JwkError(f"unsupported key type {kty!r}")
    if any(not isinstance(jwk.get(name), str) for name in members):
        raise JwkError("a required JWK member is missing")
    canonical = json.dumps({name: jwk[name] for name in members}, separators=(",", ":"), ensure_ascii=False)
    return b64url(hashlib.sha256(canonical.encode("utf-8")).digest())
