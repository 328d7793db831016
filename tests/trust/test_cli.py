"""`trustdesk login / devices / logout` against a live server with the gate enforcing."""

from __future__ import annotations

import stat
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.conftest import PASSWORD, next_code
from trustdesk.trust.cli_session import CliClient, CliError, login, logout, resume
from trustdesk.trust.models import Device

pytestmark = pytest.mark.django_db(transaction=True)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config" / "trustdesk"
    monkeypatch.setenv("TRUSTDESK_CONFIG_DIR", str(path))
    return path


def test_login_enrols_a_cli_device_and_signs_every_call(
    gate: Any, live_server: Any, make_user: Any, folder: Path
) -> None:
    user = make_user()
    client = CliClient(live_server.url)
    saved = login(client, email=user.email, password=PASSWORD, code=next_code(user), folder=folder)
    client.close()
    assert mode(folder / "device.pem") == 0o600
    assert mode(folder / "session.json") == 0o600
    device = Device.objects.get(public_id=saved.device_id)
    assert (device.platform, device.status, device.user_id) == ("cli", "active", user.pk)

    session = resume(folder)
    assert session.request("GET", "/api/v1/me").status_code == 200
    assert session.request("GET", "/api/v1/me", sign=False).status_code == 401  # the cookie alone opens nothing
    session.close()

    out = StringIO()
    call_command("devices", "list", stdout=out)
    assert saved.device_id in out.getvalue()

    call_command("devices", "revoke", saved.device_id, stdout=StringIO())
    assert Device.objects.get(public_id=saved.device_id).status == "revoked"
    with pytest.raises(CommandError, match="401"):
        call_command("devices", "list", stdout=StringIO())  # revocation applies to the very next request


def test_second_login_reuses_the_device_key(gate: Any, live_server: Any, make_user: Any, folder: Path) -> None:
    user = make_user()
    first = login(CliClient(live_server.url), email=user.email, password=PASSWORD, code=next_code(user), folder=folder)
    logout(folder)
    assert not (folder / "session.json").exists()
    second = login(CliClient(live_server.url), email=user.email, password=PASSWORD, code=next_code(user), folder=folder)
    assert second.device_id == first.device_id
    assert Device.objects.filter(user=user).count() == 1


def test_wrong_code_fails_and_enrols_nothing(gate: Any, live_server: Any, make_user: Any, folder: Path) -> None:
    user = make_user()
    with pytest.raises(CliError):
        login(CliClient(live_server.url), email=user.email, password=PASSWORD, code="000000", folder=folder)
    assert not Device.objects.exists()
    assert not (folder / "device.pem").exists()
