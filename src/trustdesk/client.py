"""A small TrustDesk API client that signs every request with the device key (RFC 9421, label `td`).

Used by the `trustdesk` CLI and by the tests. The device key is a P-256 private key kept in a PKCS#8 PEM
file readable by its owner only (mode 0600); loading a key file that group or others can read is refused,
as ssh does, because anyone who can read it can act as this device.

The signed target URI is rebuilt from exactly what goes on the wire (scheme, `Host` header, raw path and
query), which is also what the server reconstructs, so encoding differences cannot break verification.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from trustdesk.trust.httpsig import sign_request
from trustdesk.trust.jwk import p256_jwk, thumbprint

__all__ = ["DeviceKey", "InsecureKeyFile", "SignatureAuth", "TrustDeskClient", "target_uri"]


class InsecureKeyFile(PermissionError):
    """The key file can be read by someone other than its owner."""


@dataclass(frozen=True, slots=True)
class DeviceKey:
    private_key: ec.EllipticCurvePrivateKey

    @classmethod
    def generate(cls) -> DeviceKey:
        return cls(ec.generate_private_key(ec.SECP256R1()))

    @classmethod
    def load(cls, path: Path) -> DeviceKey:
        if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) & 0o077:
            raise InsecureKeyFile(f"{path} must not be accessible by group or others (chmod 600)")
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(key, ec.EllipticCurvePrivateKey) or not isinstance(key.curve, ec.SECP256R1):
            raise ValueError(f"{path} does not hold a P-256 private key")
        return cls(key)

    def save(self, path: Path) -> None:
        """Write the key with mode 0600 from the first byte on (no window where it is world-readable)."""
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        pem = self.private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            if os.name == "posix":
                os.fchmod(fd, 0o600)  # an existing file keeps its old mode through O_CREAT
            os.write(fd, pem)
        finally:
            os.close(fd)

    @property
    def public_jwk(self) -> dict[str, str]:
        return p256_jwk(self.private_key.public_key())

    @property
    def thumbprint(self) -> str:
        return thumbprint(self.public_jwk)


def target_uri(request: httpx.Request) -> str:
    """The absolute URI as the server sees it: scheme, the Host header actually sent, raw path and query."""
    host = request.headers.get("host") or request.url.netloc.decode("ascii")
    return f"{request.url.scheme}://{host}{request.url.raw_path.decode('ascii')}"


class SignatureAuth(httpx.Auth):
    """httpx auth flow adding `Content-Digest`, `Signature-Input` and `Signature` to each request."""

    requires_request_body = True

    def __init__(self, key: DeviceKey, device_id: str) -> None:
        self._key = key
        self._device_id = device_id

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        headers = sign_request(
            request.method,
            target_uri(request),
            request.content,
            private_key=self._key.private_key,
            key_id=self._device_id,
        )
        request.headers.update(headers)
        yield request


class TrustDeskClient:
    """An httpx client bound to one server and one device; unsigned until `device_id` is known."""

    def __init__(
        self,
        base_url: str,
        key: DeviceKey,
        device_id: str | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.key = key
        self.device_id = device_id
        self.http = httpx.Client(base_url=base_url, transport=transport, timeout=timeout)

    def bind(self, device_id: str) -> None:
        """Start signing as `device_id` (after enrolment told us our id)."""
        self.device_id = device_id

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        auth = SignatureAuth(self.key, self.device_id) if self.device_id else None
        return self.http.request(method, url, auth=auth, **kwargs)

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def delete(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("DELETE", url, **kwargs)

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> TrustDeskClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
