"""Typed parsers for ``TRUSTDESK_*`` environment variables.

Settings come only from the environment (twelve-factor). Each parser fails loudly with the variable's name, so a
typo in a deployment is found at start-up and not at the first request that needs the value.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import unquote, urlsplit

PREFIX = "TRUSTDESK_"


class SettingError(ValueError):
    """A TRUSTDESK_* variable holds a value that cannot be used."""


def _raw(name: str, environ: Mapping[str, str] | None = None) -> str | None:
    env = os.environ if environ is None else environ
    value = env.get(PREFIX + name)
    if value is None or value.strip() == "":
        return None
    return value.strip()


def env_str(name: str, default: str, environ: Mapping[str, str] | None = None) -> str:
    value = _raw(name, environ)
    return default if value is None else value


def env_bool(name: str, default: bool, environ: Mapping[str, str] | None = None) -> bool:
    value = _raw(name, environ)
    if value is None:
        return default
    lowered = value.lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise SettingError(f"{PREFIX}{name} must be a boolean (true/false), got {value!r}")


def env_int(
    name: str, default: int, *, minimum: int | None = None, environ: Mapping[str, str] | None = None
) -> int:
    value = _raw(name, environ)
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        raise SettingError(f"{PREFIX}{name} must be an integer, got {value!r}") from None
    if minimum is not None and number < minimum:
        raise SettingError(f"{PREFIX}{name} must be >= {minimum}, got {number}")
    return number


def env_list(name: str, default: list[str], environ: Mapping[str, str] | None = None) -> list[str]:
    value = _raw(name, environ)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def env_choice(
    name: str, default: str, choices: tuple[str, ...], environ: Mapping[str, str] | None = None
) -> str:
    value = env_str(name, default, environ)
    if value not in choices:
        raise SettingError(f"{PREFIX}{name} must be one of {', '.join(choices)}, got {value!r}")
    return value


def parse_database_url(url: str, *, base_dir: Path, pool_size: int = 0) -> dict[str, object]:
    """Turn ``sqlite:///path`` or ``postgresql://user@host:port/name`` into a Django DATABASES entry.

    PostgreSQL connections are not kept per thread (``CONN_MAX_AGE`` 0): under ASGI every request may run on a
    different thread, and persistent per-thread connections pile up until the server refuses more. With
    ``pool_size`` > 0 each worker process shares a psycopg connection pool of that size instead.
    """
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        # sqlite:///var/db.sqlite3 is relative to the project; sqlite:////abs/path is absolute.
        raw_path = unquote(parts.path)[1:]
        if not raw_path:
            raise SettingError(f"{PREFIX}DATABASE_URL has no SQLite file path: {url!r}")
        path = Path(raw_path)
        if not path.is_absolute():
            path = base_dir / path
        return {
            "ENGINE": "trustdesk.core.db.sqlite3",
            "NAME": str(path),
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
                    "PRAGMA busy_timeout=20000;"
                ),
            },
        }
    if parts.scheme in {"postgres", "postgresql"}:
        name = unquote(parts.path.lstrip("/"))
        if not name:
            raise SettingError(f"{PREFIX}DATABASE_URL names no PostgreSQL database: {url!r}")
        entry: dict[str, object] = {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": name,
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(parts.port or ""),
            "CONN_MAX_AGE": 0,
        }
        if pool_size > 0:
            entry["OPTIONS"] = {"pool": {"min_size": 1, "max_size": pool_size, "timeout": 10}}
        return entry
    raise SettingError(f"{PREFIX}DATABASE_URL must start with sqlite:// or postgresql://, got {parts.scheme!r}")
