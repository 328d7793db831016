"""RFC 9421 signing and verification: published vectors, then every way a request can be tampered with."""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable

import pytest
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat, load_pem_public_key

from trustdesk.trust import httpsig
from trustdesk.trust.httpsig import (
    RequestParts,
    SignatureFailure,
    VerificationKey,
    content_digest,
    new_nonce,
    sign_raw,
    sign_request,
    signature_base,
    verify_raw,
    verify_request,
)
from trustdesk.trust.nonces import InMemoryNonceStore
from trustdesk.trust.structured_fields import (
    BareItem,
    InnerList,
    Item,
    parse_dictionary,
    serialize_inner_list,
)

# RFC 9421 Appendix B.1.3 (test-key-ecc-p256, public half) and B.2.4 (a response signed with it).
RFC_P256_PUBLIC_PEM = b"""-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEqIVYZVLCrPZHGHjP17CTW0/+D9Lf
w0EkjqF7xB4FivAxzic30tMM4GF+hR6Dxh71Z50VGGdldkkDXZCnTNnoXQ==
-----END PUBLIC KEY-----
"""
RFC_B24_INPUT = (
    'sig-b24=("@status" "content-type" "content-digest" "content-length");created=1618884473;keyid="test-key-ecc-p256"'
)
RFC_B24_SIGNATURE = "sig-b24=:wNmSUAhwb5LxtOtOpNa6W5xj067m5hFrj0XQ4fvpaCLx0NKocgPquLgyahnzDnDAUy5eCdlYUEkLIj+32oiasw==:"
RFC_B24_DIGEST = "sha-512=:mEWXIS7MaLRuGgxOBdODa3xqM1XdEvxoYhvlCFJ41QJgJc4GTsPp29l5oGX69wWdXymyU0rjJuahq4l5aGgfLQ==:"
RFC_B24_BASE = (
    '"@status": 200\n'
    '"content-type": application/json\n'
    f'"content-digest": {RFC_B24_DIGEST}\n'
    '"content-length": 23\n'
    '"@signature-params": ("@status" "content-type" "content-digest" "content-length")'
    ';created=1618884473;keyid="test-key-ecc-p256"'
)

NOW = 1_800_000_000
URI = "https://desk.example.com/api/v1/me?verbose=1"
DEVICE = "dev_01HXYZ"


def rfc_b24() -> tuple[ec.EllipticCurvePublicKey, InnerList, bytes]:
    key = load_pem_public_key(RFC_P256_PUBLIC_PEM)
    assert isinstance(key, ec.EllipticCurvePublicKey)
    inner = parse_dictionary(RFC_B24_INPUT)["sig-b24"]
    signature = parse_dictionary(RFC_B24_SIGNATURE)["sig-b24"]
    assert isinstance(inner, InnerList)
    assert isinstance(signature, Item)
    assert isinstance(signature.value, bytes)
    return key, inner, signature.value


def test_rfc_9421_b_2_4_signature_base_is_reproduced() -> None:
    _, inner, _ = rfc_b24()
    components = [
        ("@status", "200"),
        ("content-type", "application/json"),
        ("content-digest", RFC_B24_DIGEST),
        ("content-length", "23"),
    ]
    assert signature_base(components, inner) == RFC_B24_BASE.encode()


def test_rfc_9421_b_2_4_published_ecdsa_p256_signature_verifies() -> None:
    key, _, signature = rfc_b24()
    assert len(signature) == 64  # raw r||s, not DER
    assert verify_raw(key, RFC_B24_BASE.encode(), signature)
    assert not verify_raw(key, RFC_B24_BASE.replace("23", "24").encode(), signature)
    assert not verify_raw(key, RFC_B24_BASE.encode(), signature[::-1])


def test_rfc_b_2_4_body_digest_and_rfc_9530_sha256_example() -> None:
    body = b'{"message": "good dog"}'
    assert "sha-512=:" + base64.b64encode(hashlib.sha512(body).digest()).decode() + ":" == RFC_B24_DIGEST
    # RFC 9530 §2: the sha-256 Content-Digest of {"hello": "world"}.
    assert content_digest(b'{"hello": "world"}') == "sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:"


# -- our profile ---------------------------------------------------------------------------------------


@pytest.fixture
def key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


@pytest.fixture
def store() -> InMemoryNonceStore:
    return InMemoryNonceStore()


def resolver(key: ec.EllipticCurvePrivateKey, key_id: str = DEVICE, algorithm: str = httpsig.ALGORITHM):
    stored = VerificationKey(key_id, key.public_key(), algorithm)
    return lambda requested: stored if requested == key_id else None


def signed(
    key: ec.EllipticCurvePrivateKey, method: str = "GET", uri: str = URI, body: bytes = b"", **kw: object
) -> RequestParts:
    headers = sign_request(method, uri, body, private_key=key, key_id=DEVICE, created=NOW, **kw)  # type: ignore[arg-type]
    return RequestParts(method, uri, headers, body)


def check(request: RequestParts, key: ec.EllipticCurvePrivateKey, store: InMemoryNonceStore, now: float = NOW):
    return verify_request(request, resolve_key=resolver(key), nonce_store=store, now=now)


def custom(
    key: ec.EllipticCurvePrivateKey,
    request: RequestParts,
    components: list[tuple[str, str]],
    params: dict[str, BareItem],
    label: str = "td",
    signer: Callable[[bytes], bytes] | None = None,
) -> RequestParts:
    """Sign an arbitrary component list and parameter set, to build requests our signer never makes."""
    inner = InnerList(tuple(Item(name) for name, _ in components), params)
    base = signature_base(components, inner)
    raw = signer(base) if signer else sign_raw(key, base)
    headers = dict(request.headers)
    headers["Signature-Input"] = f"{label}={serialize_inner_list(inner)}"
    headers["Signature"] = f"{label}=:{base64.b64encode(raw).decode()}:"
    return RequestParts(request.method, request.target_uri, headers, request.body)


def params(**overrides: BareItem) -> dict[str, BareItem]:
    base: dict[str, BareItem] = {"created": NOW, "keyid": DEVICE, "nonce": new_nonce(), "tag": "trustdesk"}
    base.update(overrides)
    return {k: v for k, v in base.items() if v is not None}


def test_get_round_trip_covers_method_and_target_uri(key, store) -> None:
    request = signed(key)
    result = check(request, key, store)
    assert result.ok, result
    assert result.key_id == DEVICE
    assert result.covered == ("@method", "@target-uri")
    assert "Content-Digest" not in request.headers
    inner = parse_dictionary(request.headers["Signature-Input"])["td"]
    assert isinstance(inner, InnerList)
    assert list(inner.params) == ["created", "keyid", "nonce", "tag"]
    nonce = inner.params["nonce"]
    assert isinstance(nonce, str)
    assert len(base64.urlsafe_b64decode(nonce + "==")) >= 16


def test_post_round_trip_covers_content_digest(key, store) -> None:
    body = b'{"subject": "help"}'
    request = signed(key, "POST", body=body)
    result = check(request, key, store)
    assert result.ok, result
    assert result.covered == ("@method", "@target-uri", "content-digest")
    assert request.headers["Content-Digest"] == content_digest(body)


def test_header_names_are_case_insensitive(key, store) -> None:
    request = signed(key, "POST", body=b"x")
    lowered = RequestParts(request.method, request.target_uri, {k.lower(): v for k, v in request.headers.items()}, b"x")
    assert check(lowered, key, store).ok


def test_new_nonce_is_long_enough_and_unique() -> None:
    nonces = {new_nonce() for _ in range(200)}
    assert len(nonces) == 200
    with pytest.raises(ValueError, match="at least"):
        new_nonce(8)


@pytest.mark.parametrize(
    ("headers", "failure"),
    [
        ({}, SignatureFailure.MISSING),
        ({"Signature-Input": 'td=("@method");created=1'}, SignatureFailure.MISSING),
        ({"Signature-Input": "td=(", "Signature": "td=:AA==:"}, SignatureFailure.MALFORMED),
        ({"Signature-Input": 'td="x"', "Signature": "td=:AA==:"}, SignatureFailure.MALFORMED),
    ],
)
def test_unsigned_or_garbled_requests_are_rejected(key, store, headers, failure) -> None:
    assert check(RequestParts("GET", URI, headers), key, store).failure is failure


def test_only_the_td_label_counts(key, store) -> None:
    request = signed(key)
    relabelled = {
        "Signature-Input": request.headers["Signature-Input"].replace("td=", "sig1=", 1),
        "Signature": request.headers["Signature"].replace("td=", "sig1=", 1),
    }
    assert check(RequestParts("GET", URI, relabelled), key, store).failure is SignatureFailure.MISSING


def test_unknown_keyid_is_rejected(key, store) -> None:
    headers = sign_request("GET", URI, private_key=key, key_id="dev_unknown", created=NOW)
    assert check(RequestParts("GET", URI, headers), key, store).failure is SignatureFailure.UNKNOWN_KEY


def test_signature_by_another_key_under_a_known_keyid_is_rejected(key, store) -> None:
    thief = ec.generate_private_key(ec.SECP256R1())
    assert check(signed(thief), key, store).failure is SignatureFailure.BAD_SIGNATURE


@pytest.mark.parametrize(
    ("method", "uri"),
    [
        ("DELETE", URI),  # method
        ("GET", "https://desk.example.com/api/v1/admin?verbose=1"),  # path
        ("GET", "https://desk.example.com/api/v1/me?verbose=0"),  # query
        ("GET", "https://desk.example.com/api/v1/me"),  # query removed
        ("GET", "https://evil.example.net/api/v1/me?verbose=1"),  # host
        ("GET", "http://desk.example.com/api/v1/me?verbose=1"),  # scheme
    ],
)
def test_tampered_method_or_target_uri_is_rejected(key, store, method, uri) -> None:
    request = signed(key)
    tampered = RequestParts(method, uri, request.headers)
    assert check(tampered, key, store).failure is SignatureFailure.BAD_SIGNATURE


def test_tampered_body_is_rejected(key, store) -> None:
    request = signed(key, "POST", body=b'{"amount": 10}')
    tampered = RequestParts("POST", URI, request.headers, b'{"amount": 1000}')
    assert check(tampered, key, store).failure is SignatureFailure.DIGEST_MISMATCH


def test_tampered_body_with_recomputed_digest_is_rejected(key, store) -> None:
    request = signed(key, "POST", body=b'{"amount": 10}')
    body = b'{"amount": 1000}'
    headers = dict(request.headers, **{"Content-Digest": content_digest(body)})
    assert check(RequestParts("POST", URI, headers, body), key, store).failure is SignatureFailure.BAD_SIGNATURE


def test_body_added_to_a_request_signed_without_one_is_rejected(key, store) -> None:
    request = signed(key, "POST")
    tampered = RequestParts("POST", URI, request.headers, b'{"smuggled": true}')
    assert check(tampered, key, store).failure is SignatureFailure.MISSING_COMPONENT


def test_body_not_covered_by_the_signature_is_rejected(key, store) -> None:
    body = b"payload"
    request = RequestParts("POST", URI, {"Content-Digest": content_digest(body)}, body)
    forged = custom(key, request, [("@method", "POST"), ("@target-uri", URI)], params())
    assert check(forged, key, store).failure is SignatureFailure.MISSING_COMPONENT


def test_missing_required_component_is_rejected(key, store) -> None:
    forged = custom(key, RequestParts("GET", URI), [("@method", "GET")], params())
    result = check(forged, key, store)
    assert result.failure is SignatureFailure.MISSING_COMPONENT
    assert "@target-uri" in result.detail


def test_unknown_digest_algorithm_only_is_rejected(key, store) -> None:
    body = b"payload"
    digest = "md5=:" + base64.b64encode(hashlib.md5(body).digest()).decode() + ":"  # noqa: S324
    request = RequestParts("POST", URI, {"Content-Digest": digest}, body)
    forged = custom(key, request, [("@method", "POST"), ("@target-uri", URI), ("content-digest", digest)], params())
    assert check(forged, key, store).failure is SignatureFailure.DIGEST_MISMATCH


def test_sha512_digest_is_accepted(key, store) -> None:
    body = b'{"message": "good dog"}'
    request = RequestParts("POST", URI, {"Content-Digest": RFC_B24_DIGEST}, body)
    forged = custom(
        key,
        request,
        [("@method", "POST"), ("@target-uri", URI), ("content-digest", RFC_B24_DIGEST)],
        params(),
    )
    assert check(forged, key, store).ok


def test_replayed_nonce_is_rejected(key, store) -> None:
    request = signed(key)
    assert check(request, key, store).ok
    assert check(request, key, store).failure is SignatureFailure.REPLAYED


def test_same_nonce_on_another_device_is_independent(key, store) -> None:
    other = ec.generate_private_key(ec.SECP256R1())
    nonce = new_nonce()
    mine = signed(key, nonce=nonce)
    theirs = RequestParts(
        "GET", URI, sign_request("GET", URI, private_key=other, key_id="dev_2", created=NOW, nonce=nonce)
    )
    assert check(mine, key, store).ok
    result = verify_request(theirs, resolve_key=resolver(other, "dev_2"), nonce_store=store, now=NOW)
    assert result.ok


def test_nonce_is_claimed_only_after_the_signature_verifies(key, store) -> None:
    nonce = new_nonce()
    forged = signed(ec.generate_private_key(ec.SECP256R1()), nonce=nonce)
    assert check(forged, key, store).failure is SignatureFailure.BAD_SIGNATURE
    assert check(signed(key, nonce=nonce), key, store).ok


@pytest.mark.parametrize(
    ("age", "failure"),
    [
        (300, None),
        (301, SignatureFailure.EXPIRED),
        (86_400, SignatureFailure.EXPIRED),
        (-30, None),
        (-31, SignatureFailure.FUTURE),
    ],
)
def test_created_window_is_minus_300_plus_30_seconds(key, store, age, failure) -> None:
    assert check(signed(key), key, store, now=NOW + age).failure is failure


def test_expires_in_the_past_is_rejected(key, store) -> None:
    forged = custom(key, RequestParts("GET", URI), [("@method", "GET"), ("@target-uri", URI)], params(expires=NOW - 1))
    assert check(forged, key, store).failure is SignatureFailure.EXPIRED


def test_replay_store_remembers_the_nonce_until_the_signature_expires(key) -> None:
    clock = [0.0]
    store = InMemoryNonceStore(clock=lambda: clock[0])
    request = signed(key)
    assert check(request, key, store, now=NOW + 10).ok
    clock[0] = 290.0  # the signature is 300 s old at most when NOW + 300
    assert check(request, key, store, now=NOW + 300).failure is SignatureFailure.REPLAYED


@pytest.mark.parametrize(
    ("overrides", "failure"),
    [
        ({"nonce": None}, SignatureFailure.MISSING_PARAMETER),
        ({"created": None}, SignatureFailure.MISSING_PARAMETER),
        ({"keyid": None}, SignatureFailure.MISSING_PARAMETER),
        ({"tag": None}, SignatureFailure.MISSING_PARAMETER),
        ({"tag": "other-app"}, SignatureFailure.TAG_MISMATCH),
        ({"nonce": "c2hvcnQ"}, SignatureFailure.INVALID_NONCE),  # 5 bytes
        ({"nonce": "A" * 30 + "+/"}, SignatureFailure.INVALID_NONCE),  # not base64url
        ({"nonce": "A" * 200}, SignatureFailure.INVALID_NONCE),
        ({"created": "1800000000"}, SignatureFailure.MALFORMED),
        ({"keyid": 42}, SignatureFailure.MALFORMED),
        ({"context": "x"}, SignatureFailure.UNKNOWN_PARAMETER),
    ],
)
def test_parameters_are_checked(key, store, overrides, failure) -> None:
    forged = custom(key, RequestParts("GET", URI), [("@method", "GET"), ("@target-uri", URI)], params(**overrides))
    assert check(forged, key, store).failure is failure


def test_request_alg_matching_the_stored_algorithm_is_accepted(key, store) -> None:
    forged = custom(
        key,
        RequestParts("GET", URI),
        [("@method", "GET"), ("@target-uri", URI)],
        params(alg="ecdsa-p256-sha256"),
    )
    assert check(forged, key, store).ok


def test_algorithm_confusion_hmac_with_the_public_key_as_secret_is_rejected(key, store) -> None:
    public_bytes = key.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    forged = custom(
        key,
        RequestParts("GET", URI),
        [("@method", "GET"), ("@target-uri", URI)],
        params(alg="hmac-sha256"),
        signer=lambda base: hmac.new(public_bytes, base, hashlib.sha256).digest(),
    )
    assert check(forged, key, store).failure is SignatureFailure.ALGORITHM_MISMATCH


def test_hmac_style_signature_without_alg_is_just_a_bad_signature(key, store) -> None:
    public_bytes = key.public_key().public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)
    forged = custom(
        key,
        RequestParts("GET", URI),
        [("@method", "GET"), ("@target-uri", URI)],
        params(),
        signer=lambda base: hmac.new(public_bytes, base, hashlib.sha256).digest(),
    )
    assert check(forged, key, store).failure is SignatureFailure.BAD_SIGNATURE


def test_stored_algorithm_other_than_ecdsa_p256_is_refused(key, store) -> None:
    result = verify_request(signed(key), resolve_key=resolver(key, algorithm="hmac-sha256"), nonce_store=store, now=NOW)
    assert result.failure is SignatureFailure.UNSUPPORTED_ALGORITHM


def test_only_p256_public_keys_can_be_stored() -> None:
    with pytest.raises(TypeError):
        VerificationKey("k", ec.generate_private_key(ec.SECP384R1()).public_key())
    with pytest.raises(TypeError):
        VerificationKey("k", ed25519.Ed25519PrivateKey.generate().public_key())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("components", "failure"),
    [
        (
            [("@method", "GET"), ("@target-uri", URI), ("@status", "200")],
            SignatureFailure.UNSUPPORTED_COMPONENT,
        ),
        ([("@method", "GET"), ("@target-uri", URI), ("@method", "GET")], SignatureFailure.MALFORMED),
        ([("@method", "GET"), ("@target-uri", URI), ("x-absent", "v")], SignatureFailure.MISSING_COMPONENT),
        ([("@method", "GET"), ("@target-uri", URI), ("Bad Name", "v")], SignatureFailure.MALFORMED),
    ],
)
def test_covered_components_are_checked(key, store, components, failure) -> None:
    forged = custom(key, RequestParts("GET", URI), components, params())
    assert check(forged, key, store).failure is failure


def test_component_parameters_are_not_supported(key, store) -> None:
    request = signed(key)
    headers = dict(request.headers)
    headers["Signature-Input"] = headers["Signature-Input"].replace('"@method"', '"@method";req', 1)
    assert check(RequestParts("GET", URI, headers), key, store).failure is SignatureFailure.UNSUPPORTED_COMPONENT


def test_extra_covered_fields_and_derived_components_are_verified(key, store) -> None:
    uri = "https://Desk.Example.com:443/api/v1/me?a=1&b=two"
    headers = {"Content-Type": "  application/json  "}
    components = [
        ("@method", "GET"),
        ("@target-uri", uri),
        ("@authority", "desk.example.com"),
        ("@scheme", "https"),
        ("@path", "/api/v1/me"),
        ("@query", "?a=1&b=two"),
        ("content-type", "application/json"),
    ]
    request = custom(key, RequestParts("GET", uri, headers), components, params())
    assert check(request, key, store).ok
    tampered = RequestParts("GET", uri, dict(request.headers, **{"Content-Type": "text/html"}))
    assert check(tampered, key, InMemoryNonceStore()).failure is SignatureFailure.BAD_SIGNATURE


def test_signature_value_of_the_wrong_length_is_rejected(key, store) -> None:
    request = signed(key)
    headers = dict(request.headers, Signature="td=:" + base64.b64encode(b"\x01" * 70).decode() + ":")
    assert check(RequestParts("GET", URI, headers), key, store).failure is SignatureFailure.BAD_SIGNATURE


def test_signer_refuses_other_curves() -> None:
    with pytest.raises(TypeError):
        sign_request("GET", URI, private_key=ec.generate_private_key(ec.SECP384R1()), key_id=DEVICE)
