"""RFC 9421 HTTP Message Signatures for device-bound requests, profile `td`.

Every API or CLI request of an enrolled device carries a signature under the label `td` with the single
algorithm `ecdsa-p256-sha256` (raw r||s, RFC 9421 §3.3.4), covering `@method`, `@target-uri` and, when the
request has a body, `content-digest` (RFC 9530, sha-256). The signature parameters are `created`, `keyid`
(the device id), `nonce` (>= 16 random bytes, base64url) and `tag="trustdesk"`, which scopes a signature to
this application so it cannot be replayed into another protocol that trusts the same key.

Why these rules, in the verifier:

* The algorithm comes from the stored key (`VerificationKey.algorithm`), never from the request: an `alg`
  parameter is only compared with it, so "algorithm confusion" (asking for HMAC with the public key as the
  secret, or `none`) cannot happen. Only P-256 public keys are representable at all.
* `created` must be at most 300 s old and at most 30 s in the future; the nonce is claimed in a replay store
  shared by all workers for exactly as long as the signature could still be accepted.
* The nonce is claimed only after the signature verified, so unauthenticated traffic cannot fill the store
  or burn a legitimate client's nonces.
* A body that is not covered by `content-digest`, or a digest that does not match the body, is refused:
  the signature covers the digest header, the digest covers the body.
* Structured fields are parsed strictly (`structured_fields`), and the `@signature-params` line is
  re-serialised from the parsed values, as RFC 9421 §2.3 defines it.

Failures are reported as a `SignatureFailure` value (a stable string used in audit reasons), never as an
exception, so the policy decision point can combine them with the other signals.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature

from trustdesk.trust.nonces import NonceStore
from trustdesk.trust.structured_fields import (
    BareItem,
    InnerList,
    Item,
    StructuredFieldError,
    parse_dictionary,
    serialize_inner_list,
    serialize_item,
)

__all__ = [
    "ALGORITHM",
    "LABEL",
    "MAX_AGE_SECONDS",
    "MAX_FUTURE_SKEW_SECONDS",
    "MIN_NONCE_BYTES",
    "TAG",
    "KeyResolver",
    "RequestParts",
    "SignatureFailure",
    "Verification",
    "VerificationKey",
    "content_digest",
    "new_nonce",
    "sign_raw",
    "sign_request",
    "signature_base",
    "verify_raw",
    "verify_request",
]

ALGORITHM = "ecdsa-p256-sha256"
LABEL = "td"
TAG = "trustdesk"
MAX_AGE_SECONDS = 300
MAX_FUTURE_SKEW_SECONDS = 30
MIN_NONCE_BYTES = 16
MAX_NONCE_CHARS = 128
REQUIRED_COMPONENTS = ("@method", "@target-uri")
DIGEST_COMPONENT = "content-digest"
_KNOWN_PARAMETERS = frozenset({"created", "expires", "nonce", "alg", "keyid", "tag"})
_DERIVED = frozenset({"@method", "@target-uri", "@authority", "@scheme", "@path", "@query"})
_FIELD_NAME = re.compile(r"^[a-z0-9!#$%&'*+.^_`|~-]+$")
_BASE64URL = re.compile(r"^[A-Za-z0-9_-]+$")
_DIGESTS = {"sha-256": hashlib.sha256, "sha-512": hashlib.sha512}
_P256_COORDINATE_BYTES = 32


class SignatureFailure(StrEnum):
    """Why a request signature was not accepted; values are stable identifiers for audit reasons."""

    MISSING = "signature_missing"
    MALFORMED = "signature_malformed"
    MISSING_COMPONENT = "component_missing"
    UNSUPPORTED_COMPONENT = "component_unsupported"
    MISSING_PARAMETER = "parameter_missing"
    UNKNOWN_PARAMETER = "parameter_unknown"
    TAG_MISMATCH = "tag_mismatch"
    INVALID_NONCE = "nonce_invalid"
    EXPIRED = "created_too_old"
    FUTURE = "created_in_future"
    UNKNOWN_KEY = "key_unknown"
    UNSUPPORTED_ALGORITHM = "algorithm_unsupported"
    ALGORITHM_MISMATCH = "algorithm_mismatch"
    DIGEST_MISMATCH = "digest_mismatch"
    BAD_SIGNATURE = "signature_invalid"
    REPLAYED = "nonce_replayed"


@dataclass(frozen=True, slots=True)
class RequestParts:
    """The parts of an HTTP request a signature can cover, independent of any web framework.

    `target_uri` is the absolute URI the server reconstructs for the request (scheme, authority, path,
    query); the adapter must build it from the server's own idea of its origin, not from a client header
    it does not trust. Header names are matched case-insensitively.
    """

    method: str
    target_uri: str
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        for key, value in self.headers.items():
            if key.lower() == wanted:
                return value
        return None


@dataclass(frozen=True, slots=True)
class VerificationKey:
    """A device's stored public key and the algorithm recorded with it at enrolment."""

    key_id: str
    public_key: ec.EllipticCurvePublicKey
    algorithm: str = ALGORITHM

    def __post_init__(self) -> None:
        if not isinstance(self.public_key, ec.EllipticCurvePublicKey) or not isinstance(
            self.public_key.curve, ec.SECP256R1
        ):
            raise TypeError("device keys must be ECDSA P-256 public keys")


@dataclass(frozen=True, slots=True)
class Verification:
    """The outcome of verifying one request; `ok` is True only when every check passed."""

    failure: SignatureFailure | None
    detail: str = ""
    key_id: str | None = None
    created: int | None = None
    nonce: str | None = None
    covered: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.failure is None


KeyResolver = Callable[[str], VerificationKey | None]
"""Maps a `keyid` to the stored key of an enrolled device, or None when no such device exists."""


class _Reject(Exception):
    def __init__(self, failure: SignatureFailure, detail: str = "") -> None:
        super().__init__(failure, detail)
        self.failure = failure
        self.detail = detail


def new_nonce(num_bytes: int = 24) -> str:
    """A fresh base64url nonce (unpadded) from the CSPRNG; 24 bytes = 192 bits by default."""
    if num_bytes < MIN_NONCE_BYTES:
        raise ValueError(f"nonces need at least {MIN_NONCE_BYTES} bytes")
    return base64.urlsafe_b64encode(secrets.token_bytes(num_bytes)).rstrip(b"=").decode("ascii")


def content_digest(body: bytes) -> str:
    """The RFC 9530 `Content-Digest` field value for `body` with sha-256."""
    return "sha-256=:" + base64.b64encode(hashlib.sha256(body).digest()).decode("ascii") + ":"


def signature_base(components: Sequence[tuple[str, str]], signature_params: InnerList) -> bytes:
    """Build the RFC 9421 §2.5 signature base from (identifier, value) pairs and the parameters list.

    The identifiers must be exactly the items of `signature_params`, in order; each line is the serialised
    component identifier, ": ", the component value; the last line is `"@signature-params": ` followed by
    the serialised inner list, with no trailing newline.
    """
    identifiers = [item.value for item in signature_params.items]
    if identifiers != [name for name, _ in components]:
        raise ValueError("components do not match the signature parameters")
    lines = []
    for item, (_, value) in zip(signature_params.items, components, strict=True):
        if "\n" in value or "\r" in value:
            raise ValueError("component values cannot contain newlines")
        lines.append(f"{serialize_item(item)}: {value}")
    lines.append(f'"@signature-params": {serialize_inner_list(signature_params)}')
    return "\n".join(lines).encode("ascii")


def _derived_value(name: str, request: RequestParts) -> str:
    if name == "@method":
        return request.method
    if name == "@target-uri":
        return request.target_uri
    parts = urlsplit(request.target_uri)
    if name == "@scheme":
        return parts.scheme.lower()
    if name == "@authority":
        host = (parts.hostname or "").lower()
        if ":" in host:
            host = f"[{host}]"
        default_port = {"http": 80, "https": 443}.get(parts.scheme.lower())
        return host if parts.port in (None, default_port) else f"{host}:{parts.port}"
    if name == "@path":
        return parts.path or "/"
    if name == "@query":
        return "?" + parts.query
    raise _Reject(SignatureFailure.UNSUPPORTED_COMPONENT, name)


def _component_value(name: str, request: RequestParts) -> str:
    if name in _DERIVED:
        return _derived_value(name, request)
    value = request.header(name)
    if value is None:
        raise _Reject(SignatureFailure.MISSING_COMPONENT, f"covered field {name!r} is absent")
    # RFC 9421 §2.1: trim the field value; obsolete line folding becomes a single space.
    return re.sub(r"\r?\n[ \t]+", " ", value).strip()


def sign_raw(private_key: ec.EllipticCurvePrivateKey, base: bytes) -> bytes:
    """Sign a signature base with `ecdsa-p256-sha256`, returning raw r||s (64 bytes)."""
    r, s = decode_dss_signature(private_key.sign(base, ec.ECDSA(hashes.SHA256())))
    return r.to_bytes(_P256_COORDINATE_BYTES, "big") + s.to_bytes(_P256_COORDINATE_BYTES, "big")


def verify_raw(public_key: ec.EllipticCurvePublicKey, base: bytes, signature: bytes) -> bool:
    """Check an `ecdsa-p256-sha256` signature in the raw r||s form RFC 9421 §3.3.4 prescribes."""
    if len(signature) != 2 * _P256_COORDINATE_BYTES:
        return False
    r = int.from_bytes(signature[:_P256_COORDINATE_BYTES], "big")
    s = int.from_bytes(signature[_P256_COORDINATE_BYTES:], "big")
    try:
        public_key.verify(encode_dss_signature(r, s), base, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, ValueError):
        return False
    return True


def sign_request(
    method: str,
    target_uri: str,
    body: bytes = b"",
    *,
    private_key: ec.EllipticCurvePrivateKey,
    key_id: str,
    created: int | None = None,
    nonce: str | None = None,
) -> dict[str, str]:
    """Sign a request and return the header fields to add (`Signature-Input`, `Signature`, and
    `Content-Digest` when there is a body). The caller must send exactly `method`, `target_uri` and `body`.
    """
    if not isinstance(private_key.curve, ec.SECP256R1):
        raise TypeError("device keys must be ECDSA P-256")
    headers: dict[str, str] = {}
    names = list(REQUIRED_COMPONENTS)
    values = [method, target_uri]
    if body:
        headers["Content-Digest"] = content_digest(body)
        names.append(DIGEST_COMPONENT)
        values.append(headers["Content-Digest"])
    params: dict[str, BareItem] = {
        "created": int(time.time()) if created is None else created,
        "keyid": key_id,
        "nonce": new_nonce() if nonce is None else nonce,
        "tag": TAG,
    }
    inner = InnerList(tuple(Item(name) for name in names), params)
    base = signature_base(list(zip(names, values, strict=True)), inner)
    signature = base64.b64encode(sign_raw(private_key, base)).decode("ascii")
    headers["Signature-Input"] = f"{LABEL}={serialize_inner_list(inner)}"
    headers["Signature"] = f"{LABEL}=:{signature}:"
    return headers


def _parse_member(request: RequestParts) -> tuple[InnerList, bytes]:
    raw_input = request.header("signature-input")
    raw_signature = request.header("signature")
    if not raw_input or not raw_signature:
        raise _Reject(SignatureFailure.MISSING, "no Signature-Input or Signature field")
    try:
        inputs = parse_dictionary(raw_input)
        signatures = parse_dictionary(raw_signature)
    except StructuredFieldError as exc:
        raise _Reject(SignatureFailure.MALFORMED, str(exc)) from exc
    if LABEL not in inputs or LABEL not in signatures:
        raise _Reject(SignatureFailure.MISSING, f"no signature labelled {LABEL!r}")
    inner, sig = inputs[LABEL], signatures[LABEL]
    if not isinstance(inner, InnerList) or not isinstance(sig, Item) or not isinstance(sig.value, bytes):
        raise _Reject(SignatureFailure.MALFORMED, "wrong structured-field types")
    return inner, sig.value


def _covered_names(inner: InnerList, request: RequestParts) -> tuple[str, ...]:
    names: list[str] = []
    for item in inner.items:
        name = item.value
        if type(name) is not str or item.params:
            raise _Reject(SignatureFailure.UNSUPPORTED_COMPONENT, "identifiers must be plain strings")
        if name in names:
            raise _Reject(SignatureFailure.MALFORMED, f"component {name!r} covered twice")
        if name.startswith("@") and name not in _DERIVED:
            raise _Reject(SignatureFailure.UNSUPPORTED_COMPONENT, name)
        if not name.startswith("@") and not _FIELD_NAME.match(name):
            raise _Reject(SignatureFailure.MALFORMED, f"invalid field name {name!r}")
        names.append(name)
    required = list(REQUIRED_COMPONENTS)
    if request.body or request.header(DIGEST_COMPONENT) is not None:
        required.append(DIGEST_COMPONENT)
    missing = [name for name in required if name not in names]
    if missing:
        raise _Reject(SignatureFailure.MISSING_COMPONENT, ", ".join(missing))
    return tuple(names)


@dataclass(frozen=True, slots=True)
class _Params:
    created: int
    key_id: str
    nonce: str
    alg: str | None
    expires: int | None


def _parameters(inner: InnerList) -> _Params:
    params = inner.params
    unknown = set(params) - _KNOWN_PARAMETERS
    if unknown:
        raise _Reject(SignatureFailure.UNKNOWN_PARAMETER, ", ".join(sorted(unknown)))
    for name in ("created", "keyid", "nonce", "tag"):
        if name not in params:
            raise _Reject(SignatureFailure.MISSING_PARAMETER, name)
    created, key_id, nonce = params["created"], params["keyid"], params["nonce"]
    alg, expires, tag = params.get("alg"), params.get("expires"), params["tag"]
    if type(created) is not int or (expires is not None and type(expires) is not int):
        raise _Reject(SignatureFailure.MALFORMED, "created and expires must be integers")
    if type(key_id) is not str or type(nonce) is not str or type(tag) is not str:
        raise _Reject(SignatureFailure.MALFORMED, "keyid, nonce and tag must be strings")
    if alg is not None and type(alg) is not str:
        raise _Reject(SignatureFailure.MALFORMED, "alg must be a string")
    if tag != TAG:
        raise _Reject(SignatureFailure.TAG_MISMATCH, tag)
    return _Params(created, key_id, nonce, alg, expires)


def _check_nonce(nonce: str) -> None:
    if len(nonce) > MAX_NONCE_CHARS or not _BASE64URL.match(nonce):
        raise _Reject(SignatureFailure.INVALID_NONCE, "nonce must be unpadded base64url")
    try:
        decoded = base64.urlsafe_b64decode(nonce + "=" * (-len(nonce) % 4))
    except (binascii.Error, ValueError) as exc:
        raise _Reject(SignatureFailure.INVALID_NONCE, "nonce is not base64url") from exc
    if len(decoded) < MIN_NONCE_BYTES:
        raise _Reject(SignatureFailure.INVALID_NONCE, f"nonce shorter than {MIN_NONCE_BYTES} bytes")


def _check_digest(request: RequestParts) -> None:
    header = request.header(DIGEST_COMPONENT)
    if header is None:
        return
    try:
        digests = parse_dictionary(header)
    except StructuredFieldError as exc:
        raise _Reject(SignatureFailure.DIGEST_MISMATCH, f"unparseable Content-Digest: {exc}") from exc
    checked = 0
    for algorithm, member in digests.items():
        hasher = _DIGESTS.get(algorithm)
        if hasher is None:
            continue
        if not isinstance(member, Item) or not isinstance(member.value, bytes):
            raise _Reject(SignatureFailure.DIGEST_MISMATCH, f"{algorithm} is not a byte sequence")
        if not hmac.compare_digest(member.value, hasher(request.body).digest()):
            raise _Reject(SignatureFailure.DIGEST_MISMATCH, f"{algorithm} does not match the body")
        checked += 1
    if not checked:
        raise _Reject(SignatureFailure.DIGEST_MISMATCH, "no supported digest algorithm")


def _verify(
    request: RequestParts,
    resolve_key: KeyResolver,
    nonce_store: NonceStore,
    now: float,
    max_age: int,
    max_skew: int,
) -> Verification:
    inner, signature = _parse_member(request)
    names = _covered_names(inner, request)
    params = _parameters(inner)
    _check_nonce(params.nonce)
    if now - params.created > max_age or (params.expires is not None and now > params.expires):
        raise _Reject(SignatureFailure.EXPIRED, f"created={params.created}")
    if params.created - now > max_skew:
        raise _Reject(SignatureFailure.FUTURE, f"created={params.created}")
    key = resolve_key(params.key_id)
    if key is None:
        raise _Reject(SignatureFailure.UNKNOWN_KEY, params.key_id)
    if key.algorithm != ALGORITHM:
        raise _Reject(SignatureFailure.UNSUPPORTED_ALGORITHM, key.algorithm)
    if params.alg is not None and params.alg != key.algorithm:
        raise _Reject(SignatureFailure.ALGORITHM_MISMATCH, params.alg)
    _check_digest(request)
    base = signature_base([(name, _component_value(name, request)) for name in names], inner)
    if not verify_raw(key.public_key, base, signature):
        raise _Reject(SignatureFailure.BAD_SIGNATURE)
    ttl = max(1, int(params.created + max_age - now) + 1)
    if not nonce_store.claim(key.key_id, params.nonce, ttl_seconds=ttl):
        raise _Reject(SignatureFailure.REPLAYED, params.nonce)
    return Verification(None, key_id=key.key_id, created=params.created, nonce=params.nonce, covered=names)


def verify_request(
    request: RequestParts,
    *,
    resolve_key: KeyResolver,
    nonce_store: NonceStore,
    now: float | None = None,
    max_age: int = MAX_AGE_SECONDS,
    max_skew: int = MAX_FUTURE_SKEW_SECONDS,
) -> Verification:
    """Verify the `td` signature of `request`; see the module docstring for the rules applied."""
    when = time.time() if now is None else now
    try:
        return _verify(request, resolve_key, nonce_store, when, max_age, max_skew)
    except _Reject as rejection:
        return Verification(rejection.failure, rejection.detail)
