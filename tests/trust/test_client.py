"""The signing client against an in-process server that verifies like the real one will."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import httpx
import pytest

from trustdesk.client import DeviceKey, InsecureKeyFile, TrustDeskClient
from trustdesk.trust.httpsig import RequestParts, VerificationKey, verify_request
from trustdesk.trust.jwk import load_p256_jwk, thumbprint
from trustdesk.trust.nonces import InMemoryNonceStore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def test_key_file_is_written_owner_only_and_loads_back(tmp_path: Path) -> None:
    key = DeviceKey.generate()
    path = tmp_path / "config" / "trustdesk" / "device.pem"
    key.save(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert DeviceKey.load(path).public_jwk == key.public_jwk


def test_overwriting_a_loose_file_tightens_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "device.pem"
    path.write_text("old")
    path.chmod(0o644)
    DeviceKey.generate().save(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_readable_key_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "device.pem"
    DeviceKey.generate().save(path)
    path.chmod(0o640)
    with pytest.raises(InsecureKeyFile):
        DeviceKey.load(path)


def test_thumbprint_matches_the_public_jwk() -> None:
    key = DeviceKey.generate()
    assert key.thumbprint == thumbprint(key.public_jwk)
    assert load_p256_jwk(key.public_jwk).public_numbers() == key.private_key.public_key().public_numbers()


class VerifyingServer:
    """Verifies each request the way the server adapter will: target URI from what arrived on the wire."""

    def __init__(self, key: DeviceKey, device_id: str) -> None:
        self.keys = {device_id: VerificationKey(device_id, key.private_key.public_key())}
        self.store = InMemoryNonceStore()
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        parts = RequestParts(request.method, str(request.url), dict(request.headers), request.content)
        result = verify_request(parts, resolve_key=self.keys.get, nonce_store=self.store)
        if not result.ok:
            return httpx.Response(401, json={"failure": str(result.failure)})
        return httpx.Response(200, json={"device": result.key_id, "covered": list(result.covered)})


@pytest.fixture
def key() -> DeviceKey:
    return DeviceKey.generate()


def test_get_and_post_are_signed_and_verify(key: DeviceKey) -> None:
    server = VerifyingServer(key, "dev_1")
    with TrustDeskClient("https://desk.example.com", key, "dev_1", transport=httpx.MockTransport(server)) as client:
        got = client.get("/api/v1/me", params={"q": "a b/ü&x=1"})
        assert got.status_code == 200, got.text
        assert got.json() == {"device": "dev_1", "covered": ["@method", "@target-uri"]}
        posted = client.post("/api/v1/conversations", json={"subject": "Refund?"})
        assert posted.status_code == 200, posted.text
        assert posted.json()["covered"] == ["@method", "@target-uri", "content-digest"]
        assert json.loads(server.seen[-1].content) == {"subject": "Refund?"}


def test_each_request_gets_a_fresh_nonce(key: DeviceKey) -> None:
    server = VerifyingServer(key, "dev_1")
    with TrustDeskClient(
        "https://desk.example.com:8443", key, "dev_1", transport=httpx.MockTransport(server)
    ) as client:
        assert [client.get("/api/v1/me").status_code for _ in range(3)] == [200, 200, 200]
    inputs = {request.headers["signature-input"] for request in server.seen}
    assert len(inputs) == 3


def test_unbound_client_sends_no_signature_and_is_refused(key: DeviceKey) -> None:
    server = VerifyingServer(key, "dev_1")
    with TrustDeskClient("https://desk.example.com", key, transport=httpx.MockTransport(server)) as client:
        response = client.get("/api/v1/me")
        assert response.status_code == 401
        assert response.json() == {"failure": "signature_missing"}
        assert "signature" not in server.seen[-1].headers
        client.bind("dev_1")
        assert client.get("/api/v1/me").status_code == 200


def test_another_device_key_under_the_same_id_is_refused(key: DeviceKey) -> None:
    server = VerifyingServer(key, "dev_1")
    thief = DeviceKey.generate()
    with TrustDeskClient("https://desk.example.com", thief, "dev_1", transport=httpx.MockTransport(server)) as client:
        response = client.delete("/api/v1/devices/dev_1")
        assert response.status_code == 401
        assert response.json() == {"failure": "signature_invalid"}
