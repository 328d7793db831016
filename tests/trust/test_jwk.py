import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from trustdesk.trust.jwk import JwkError, b64url, load_p256_jwk, p256_jwk, thumbprint

# RFC 7638 §3.1: the example RSA key and its SHA-256 thumbprint.
RFC7638_N = (
    "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3ok"
    "njhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu"
    "6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8aw"
    "apJzKnqDKgw"
)


def test_rfc_7638_example_thumbprint() -> None:
    jwk = {"kty": "RSA", "n": RFC7638_N, "e": "AQAB", "alg": "RS256", "kid": "2011-04-29"}
    assert thumbprint(jwk) == "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"


def test_p256_jwk_round_trip_and_stable_thumbprint() -> None:
    key = ec.generate_private_key(ec.SECP256R1()).public_key()
    jwk = p256_jwk(key)
    assert set(jwk) == {"kty", "crv", "x", "y"}
    assert load_p256_jwk(jwk).public_numbers() == key.public_numbers()
    shuffled = {"y": jwk["y"], "ext": True, "x": jwk["x"], "key_ops": ["verify"], "crv": "P-256", "kty": "EC"}
    assert thumbprint(shuffled) == thumbprint(jwk)  # as WebCrypto exports it: extra members, any order


def test_small_coordinates_are_left_padded_to_32_bytes() -> None:
    for _ in range(3000):  # about 1 in 128 keys has a coordinate with a leading zero byte
        key = ec.generate_private_key(ec.SECP256R1()).public_key()
        numbers = key.public_numbers()
        if numbers.x < 2**248 or numbers.y < 2**248:
            jwk = p256_jwk(key)
            assert len(jwk["x"]) == len(jwk["y"]) == 43
            assert load_p256_jwk(jwk).public_numbers() == numbers
            return
    pytest.skip("no key with a short coordinate drawn")


@pytest.mark.parametrize(
    "mutate",
    [
        lambda j: j | {"d": "AAAA"},  # private material must never reach the server
        lambda j: j | {"crv": "P-384"},
        lambda j: j | {"kty": "OKP"},
        lambda j: j | {"x": j["x"][:-2]},
        lambda j: j | {"x": j["x"] + "=="},
        lambda j: j | {"y": 123},
        lambda j: j | {"y": b64url(b"\x01" * 32)},  # not on the curve
    ],
)
def test_invalid_device_jwks_are_refused(mutate) -> None:  # type: ignore[no-untyped-def]
    jwk = p256_jwk(ec.generate_private_key(ec.SECP256R1()).public_key())
    with pytest.raises(JwkError):
        load_p256_jwk(mutate(jwk))


def test_thumbprint_needs_the_required_members() -> None:
    with pytest.raises(JwkError):
        thumbprint({"kty": "EC", "crv": "P-256", "x": "abc"})
    with pytest.raises(JwkError):
        thumbprint({"kty": "oct", "k": "secret"})


def test_only_p256_keys_export() -> None:
    with pytest.raises(JwkError):
        p256_jwk(ec.generate_private_key(ec.SECP384R1()).public_key())
