"""TOTP wrapper: RFC 6238 Appendix B vectors, normalisation, window."""

from __future__ import annotations

import pyotp
import pytest

from trustdesk.identity import totp

# RFC 6238 Appendix B: 8 digits, 30 s steps, ASCII seeds of 20/32/64 bytes for SHA1/SHA256/SHA512.
SEEDS = {
    "sha1": b"12345678901234567890",
    "sha256": b"12345678901234567890123456789012",
    "sha512": b"1234567890123456789012345678901234567890123456789012345678901234",
}
VECTORS = [
    (59, "94287082", "46119246", "90693936"),
    (1111111109, "07081804", "68084774", "25091201"),
    (1111111111, "14050471", "67062674", "99943326"),
    (1234567890, "89005924", "91819424", "93441116"),
    (2000000000, "69279037", "90698825", "38618901"),
    (20000000000, "65353130", "77737706", "47863826"),
]


@pytest.mark.parametrize(("at", "algorithm", "expected"), [
    (at, algo, code) for at, *codes in VECTORS for algo, code in zip(("sha1", "sha256", "sha512"), codes, strict=True)
])
def test_rfc6238_appendix_b(at: int, algorithm: str, expected: str) -> None:
    import base64
    import hashlib

    secret = base64.b32encode(SEEDS[algorithm]).decode()
    generator = pyotp.TOTP(secret, digits=8, interval=30, digest=getattr(hashlib, algorithm))
    assert generator.at(at) == expected


def test_eighteen_vectors() -> None:
    assert len(VECTORS) * 3 == 18


@pytest.mark.parametrize(("raw", "expected"), [
    ("123456", "123456"),
    ("123 456", "123456"),
    ("１２３４５６", "123456"),  # full-width digits normalise to ASCII
    ("12345", None),
    ("1234567", None),
    ("12345a", None),
    ("٠١٢٣٤٥", None),  # Arabic-Indic digits are not ASCII digits after NFKC: rejected
    ("", None),
])
def test_normalise_code(raw: str, expected: str | None) -> None:
    assert totp.normalise_code(raw) == expected


def test_window_accepts_previous_step_and_rejects_two_back() -> None:
    secret = totp.new_secret()
    now = 1_800_000_015.0
    generator = pyotp.TOTP(secret)
    assert totp.matching_step(secret, generator.at(now), at=now) == int(now // 30)
    assert totp.matching_step(secret, generator.at(now - 30), at=now) == int(now // 30) - 1
    assert totp.matching_step(secret, generator.at(now - 60), at=now) is None
    assert totp.matching_step(secret, generator.at(now + 30), at=now) == int(now // 30) + 1


def test_secret_has_at_least_112_bits() -> None:
    import base64

    assert len(base64.b32decode(totp.new_secret())) * 8 >= 160
