"""The ASGI entry point: sync views run the sync middleware chain in one hop, async views the async chain,
and both answer with the same security headers."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from asgiref.testing import ApplicationCommunicator


def _scope(path: str) -> dict[str, Any]:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"127.0.0.1")],
        "client": ("127.0.0.1", 40000),
        "server": ("127.0.0.1", 8000),
    }


async def _get(app: Any, path: str) -> tuple[int, dict[str, str]]:
    communicator = ApplicationCommunicator(app, _scope(path))
    await communicator.send_input({"type": "http.request", "body": b"", "more_body": False})
    start = await communicator.receive_output(timeout=10)
    await communicator.wait(timeout=10)
    headers = {k.decode().lower(): v.decode() for k, v in start["headers"]}
    return int(start["status"]), headers


def _run(coroutine: Coroutine[Any, Any, Any]) -> Any:
    """In a thread of its own: a browser test earlier in the session may leave an event loop running here."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch) -> Any:
    from trustdesk.config import asgi

    application = asgi.application
    calls: list[str] = []
    sync_get_response = application._sync_handler.get_response

    def counting(request: Any) -> Any:
        calls.append(request.path)
        return sync_get_response(request)

    monkeypatch.setattr(application._sync_handler, "get_response", counting)
    application.sync_calls = calls
    return application


def test_sync_view_runs_the_sync_chain_once(app: Any) -> None:
    status, headers = _run(_get(app, "/healthz"))
    assert status == 200
    assert app.sync_calls == ["/healthz"]
    assert headers["x-frame-options"] == "DENY"
    assert "default-src 'self'" in headers["content-security-policy"]
    assert headers["strict-transport-security"].startswith("max-age=")
    assert headers["x-content-type-options"] == "nosniff"


def test_unknown_path_is_a_sync_404(app: Any) -> None:
    status, headers = _run(_get(app, "/no/such/page"))
    assert status == 404
    assert app.sync_calls == ["/no/such/page"]
    assert headers["x-frame-options"] == "DENY"


def test_async_stream_view_keeps_the_async_chain(app: Any) -> None:
    # Not logged in: the stream answers 404 before streaming, through the async middleware chain.
    status, headers = _run(_get(app, "/support/c/1/events"))
    assert status in (302, 401, 404)
    assert app.sync_calls == []
    assert headers["x-frame-options"] == "DENY"
    assert "default-src 'self'" in headers["content-security-policy"]
    assert headers["permissions-policy"].startswith("camera=()")


def test_view_kind_is_decided_by_the_resolved_view() -> None:
    from django.test import RequestFactory

    from trustdesk.config.asgi import TrustDeskASGIHandler

    factory = RequestFactory()
    assert TrustDeskASGIHandler._sync_view(factory.post("/support/c/1/reply"))
    assert TrustDeskASGIHandler._sync_view(factory.get("/api/v1/me"))
    assert not TrustDeskASGIHandler._sync_view(factory.get("/support/c/1/events"))
    assert not TrustDeskASGIHandler._sync_view(factory.get("/agent/events"))
