"""A fresh, migrated database for a benchmark: SQLite under ``data_dir``, or PostgreSQL at ``pg_url`` (dropped and
recreated: give it a database name of its own)."""

from __future__ import annotations

import os


def setup(pg_url: str | None, data_dir: str) -> str:
    """Configure Django for that database, migrate it, and return its vendor ("sqlite" or "postgresql")."""
    os.environ["TRUSTDESK_DATA_DIR"] = data_dir
    os.environ.setdefault("TRUSTDESK_ENV", "development")
    if pg_url:
        import psycopg

        base, name = pg_url.rsplit("/", 1)
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        os.environ["TRUSTDESK_DATABASE_URL"] = pg_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "trustdesk.config.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from django.db import connection

    return str(connection.vendor)
