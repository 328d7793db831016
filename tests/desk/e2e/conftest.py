"""Real ASGI servers for desk browser tests: SSE needs an ASGI server (the live-server fixture is WSGI).

Each server is a separate ``uvicorn`` process on the test database, so a test can connect the employee to
one process and the agent to another and prove that events cross processes through Redis.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.browser import browser_login as login  # noqa: F401  (the desk browser tests log in through it)
from trustdesk.core.envelope import ENV_MASTER_KEY, generate_master_key

REDIS_URL = os.environ.get("TRUSTDESK_TEST_REDIS_URL", "redis://127.0.0.1:6379/14")
SRC = str(Path(__file__).resolve().parents[3] / "src")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def database_url() -> str:
    from django.db import connection

    cfg = connection.settings_dict
    if cfg["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{cfg['NAME']}" if str(cfg["NAME"]).startswith("/") else f"sqlite:////{cfg['NAME']}"
    user = cfg.get("USER") or "postgres"
    auth = f"{user}:{cfg['PASSWORD']}" if cfg.get("PASSWORD") else user
    return f"postgresql://{auth}@{cfg.get('HOST') or '127.0.0.1'}:{cfg.get('PORT') or 5432}/{cfg['NAME']}"


@pytest.fixture
def master_key(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """One master key shared by the test process and the servers (they read the same rows)."""
    from trustdesk.core.keystore import reset_envelope

    key = generate_master_key()
    monkeypatch.setenv(ENV_MASTER_KEY, key)
    reset_envelope()
    yield key
    reset_envelope()


@pytest.fixture
def asgi_servers(master_key: str) -> Iterator[Callable[..., list[str]]]:
    procs: list[subprocess.Popen[bytes]] = []

    def start(count: int = 1, *, redis: bool = True) -> list[str]:
        env = dict(os.environ)
        env.update(
            PYTHONPATH=SRC,
            DJANGO_SETTINGS_MODULE="trustdesk.config.settings",
            TRUSTDESK_DATABASE_URL=database_url(),
            TRUSTDESK_MASTER_KEY=master_key,
            TRUSTDESK_ENV="test",
            TRUSTDESK_TASKS_BACKEND="immediate",
        )
        env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        if redis:
            env["TRUSTDESK_REDIS_URL"] = REDIS_URL
        else:
            env.pop("TRUSTDESK_REDIS_URL", None)
        urls = []
        for _ in range(count):
            port = _free_port()
            cmd = [
                sys.executable,
                "-m",
                "uvicorn",
                "trustdesk.config.asgi:application",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--log-level",
                "warning",
            ]
            procs.append(subprocess.Popen(cmd, env=env))
            urls.append(f"http://localhost:{port}")
        for url in urls:
            deadline = time.monotonic() + 30
            while True:
                try:
                    with urllib.request.urlopen(f"{url}/healthz", timeout=2) as r:
                        if r.status == 200:
                            break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    pytest.fail(f"ASGI server at {url} did not start")
                time.sleep(0.2)
        return urls

    yield start
    for proc in procs:
        proc.terminate()
    for proc in procs:
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
