"""`trustdesk support` rides on the signed session of `trustdesk login`, through the enforcing gate."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.conftest import PASSWORD, next_code
from trustdesk.trust.cli_session import CliClient, login

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config" / "trustdesk"
    monkeypatch.setenv("TRUSTDESK_CONFIG_DIR", str(path))
    return path


def test_support_new_and_list_through_the_saved_signed_session(gate: Any, live_server: Any, folder: Path) -> None:
    from trustdesk.cli.demo import seed  # teams and agents, so the request is routed

    world = seed()
    user = world.users["mei.chan@harbour.example"]
    from tests.conftest import enrol_totp

    enrol_totp(user)
    user.set_password(PASSWORD)
    user.save(update_fields=["password"])
    login(CliClient(live_server.url), email=user.email, password=PASSWORD, code=next_code(user), folder=folder)

    out = StringIO()
    call_command("support", "--json", "new", "--category", "account", "--subject", "Cannot sign in",
                 "--body", "My account shows an error", stdout=out)
    created = json.loads(out.getvalue())
    assert created["subject"] == "Cannot sign in"
    assert created["team"]["key"]
    listed = StringIO()
    call_command("support", "--json", "list", stdout=listed)
    assert [row["id"] for row in json.loads(listed.getvalue())] == [created["id"]]


def test_support_without_login_says_how(gate: Any, folder: Path) -> None:
    with pytest.raises(CommandError, match="trustdesk login"):
        call_command("support", "list")
