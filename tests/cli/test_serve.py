"""`trustdesk serve`: several workers only with a shared broker; the options reach uvicorn."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import CommandError, call_command


@pytest.fixture
def uvicorn_calls(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    import uvicorn

    calls: list[dict[str, Any]] = []

    def fake_run(app: str, **kwargs: Any) -> None:
        calls.append({"app": app, **kwargs})

    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.delenv("TRUSTDESK_INPROCESS_WORKERS", raising=False)
    return calls


def test_several_workers_need_redis(settings: Any, uvicorn_calls: list[dict[str, Any]]) -> None:
    settings.REDIS_URL = ""
    with pytest.raises(CommandError, match="TRUSTDESK_REDIS_URL"):
        call_command("serve", "--workers", "2")
    assert uvicorn_calls == []


def test_workers_reach_uvicorn(settings: Any, uvicorn_calls: list[dict[str, Any]], monkeypatch: Any) -> None:
    import os

    settings.REDIS_URL = "redis://127.0.0.1:6379/15"
    call_command("serve", "--workers", "3", "--port", "8123", "--no-background-workers")
    assert uvicorn_calls == [
        {
            "app": "trustdesk.config.asgi:application",
            "host": "127.0.0.1",
            "port": 8123,
            "workers": 3,
            "log_level": "warning",
            "proxy_headers": False,
            "server_header": False,
            "access_log": False,
        }
    ]
    assert os.environ["TRUSTDESK_INPROCESS_WORKERS"] == "0"
    monkeypatch.delenv("TRUSTDESK_INPROCESS_WORKERS")


def test_zero_workers_refused(uvicorn_calls: list[dict[str, Any]]) -> None:
    with pytest.raises(CommandError, match="at least 1"):
        call_command("serve", "--workers", "0")
