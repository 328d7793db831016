"""Settings come only from TRUSTDESK_* variables through typed parsers; production refuses the dev key."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from trustdesk.config.env import SettingError, env_bool, env_int, env_list, parse_database_url

ROOT = Path(__file__).resolve().parents[2]


def _start(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("TRUSTDESK_")}
    code = "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='trustdesk.config.settings'; django.setup()"
    return subprocess.run([sys.executable, "-c", code], env={**clean, **env}, capture_output=True, text=True,
                          cwd=ROOT, timeout=60)


def test_production_refuses_development_secret_key(tmp_path: Path) -> None:
    result = _start({"TRUSTDESK_ENV": "production", "TRUSTDESK_DATA_DIR": str(tmp_path)})
    assert result.returncode != 0
    assert "Refusing to start in production with the development secret key" in result.stderr


def test_production_starts_with_a_real_key(tmp_path: Path) -> None:
    result = _start({"TRUSTDESK_ENV": "production", "TRUSTDESK_SECRET_KEY": "k" * 64,
                     "TRUSTDESK_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr


def test_bad_value_names_the_variable(tmp_path: Path) -> None:
    result = _start({"TRUSTDESK_SESSION_IDLE_SECONDS": "an hour", "TRUSTDESK_DATA_DIR": str(tmp_path)})
    assert result.returncode != 0
    assert "TRUSTDESK_SESSION_IDLE_SECONDS must be an integer" in result.stderr


@pytest.mark.parametrize(("raw", "expected"), [("true", True), ("0", False), ("Yes", True), (None, False)])
def test_env_bool(raw: str | None, expected: bool) -> None:
    environ = {} if raw is None else {"TRUSTDESK_FLAG": raw}
    assert env_bool("FLAG", False, environ) is expected


def test_env_parsers_reject_garbage() -> None:
    with pytest.raises(SettingError):
        env_bool("FLAG", False, {"TRUSTDESK_FLAG": "maybe"})
    with pytest.raises(SettingError):
        env_int("N", 1, minimum=5, environ={"TRUSTDESK_N": "2"})
    assert env_list("HOSTS", ["a"], {"TRUSTDESK_HOSTS": "x, y,,z"}) == ["x", "y", "z"]


def test_database_urls(tmp_path: Path) -> None:
    sqlite = parse_database_url("sqlite:///var/x.sqlite3", base_dir=tmp_path)
    assert sqlite["NAME"] == str(tmp_path / "var" / "x.sqlite3")
    absolute = parse_database_url("sqlite:////srv/td.sqlite3", base_dir=tmp_path)
    assert absolute["NAME"] == "/srv/td.sqlite3"
    pg = parse_database_url("postgresql://td:s%40cret@db.internal:6432/trustdesk", base_dir=tmp_path)
    assert (pg["USER"], pg["PASSWORD"], pg["HOST"], pg["PORT"], pg["NAME"]) == (
        "td", "s@cret", "db.internal", "6432", "trustdesk")
    assert pg["CONN_MAX_AGE"] == 0 and "OPTIONS" not in pg  # no per-thread connections under ASGI
    pooled = parse_database_url("postgresql://td@db/trustdesk", base_dir=tmp_path, pool_size=12)
    assert pooled["OPTIONS"] == {"pool": {"min_size": 1, "max_size": 12, "timeout": 10}}
    with pytest.raises(SettingError):
        parse_database_url("mysql://x/y", base_dir=tmp_path)


def test_every_setting_is_in_env_example() -> None:
    import re

    used = set(re.findall(r'env_\w+\(\s*"([A-Z0-9_]+)"', (ROOT / "src/trustdesk/config/settings.py").read_text()))
    example = set(re.findall(r"^TRUSTDESK_([A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), re.M))
    assert used, "no settings found"
    assert used <= example, f"missing from .env.example: {sorted(used - example)}"
