"""The trustdesk console script: help on every command, clear errors, non-zero exit on bad arguments."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "trustdesk.cli.main", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, env={**os.environ, **(env or {})})


def test_help_lists_commands() -> None:
    result = _run("--help")
    assert result.returncode == 0
    for name in ("demo", "serve", "migrate", "org", "user"):
        assert f"  {name}" in result.stdout


@pytest.mark.parametrize("command", [["demo"], ["serve"], ["migrate"], ["org", "create"], ["user", "create"],
                                     ["user", "invite"]])
def test_every_command_has_help(command: list[str]) -> None:
    result = _run(*command, "--help")
    assert result.returncode == 0, result.stderr
    assert "usage:" in result.stdout


def test_unknown_command_and_bad_arguments_exit_non_zero() -> None:
    unknown = _run("frobnicate")
    assert unknown.returncode == 2 and "unknown command" in unknown.stderr
    bad = _run("org", "create", "--name", "X")  # --slug missing
    assert bad.returncode != 0 and "--slug" in bad.stderr
    bad_role = _run("user", "create", "--org", "x", "--email", "a@b.example", "--role", "emperor")
    assert bad_role.returncode != 0 and "invalid choice" in bad_role.stderr


@pytest.mark.django_db
def test_org_and_user_commands(capsys: Any) -> None:
    """In-process through call_command: the CLI's exit codes are covered by the subprocess tests above."""
    from django.core.management import CommandError, call_command

    from trustdesk.audit.models import AuditEvent
    from trustdesk.identity.models import Invitation, User

    call_command("org", "create", "--name", "Saigon Traders", "--slug", "saigon-traders", "--region", "VN",
                 "--timezone", "Asia/Ho_Chi_Minh", "--language", "vi")
    with pytest.raises(CommandError, match="already exists"):
        call_command("org", "create", "--name", "Dup", "--slug", "saigon-traders")
    with pytest.raises(CommandError, match="time zone"):
        call_command("org", "create", "--name", "Tz", "--slug", "tz-org", "--timezone", "Mars/Olympus")
    call_command("user", "invite", "--org", "saigon-traders", "--email", "Lan@Saigon.example", "--role", "it_admin")
    assert "/account/invitation/" in capsys.readouterr().out
    user = User.objects.get(email="lan@saigon.example")
    assert not user.has_usable_password()
    assert Invitation.objects.filter(user=user).exists()
    with pytest.raises(CommandError, match="No organization"):
        call_command("user", "invite", "--org", "nowhere", "--email", "x@y.example", "--role", "employee")
    with pytest.raises(CommandError, match="does not exist in this kind"):
        call_command("user", "invite", "--org", "saigon-traders", "--email", "z@y.example", "--role",
                     "support_agent")
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"tenancy:organization:create", "identity:user:create", "identity:user:invite"} <= actions


@pytest.mark.django_db
def test_demo_seed_creates_the_demo_world(capsys: Any) -> None:
    from trustdesk.cli import demo
    from trustdesk.tenancy.models import Membership

    world = demo.seed()
    assert world.platform.is_platform and world.customer.slug == "harbour-trading"
    roles = set(Membership.objects.filter(organization=world.customer).values_list("role", flat=True))
    assert roles == {"employee", "it_admin", "admin_staff", "auditor"}
    departments = set(Membership.objects.filter(organization=world.customer, role="employee")
                      .values_list("department", flat=True))
    assert len(departments) >= 2
    staff = Membership.objects.filter(organization=world.platform)
    assert {"HK", "VN", "SG"} <= {m.department.split()[-1] for m in staff if m.department.startswith("Support")}
    assert demo.seed().accounts == []  # idempotent
