"""Database triggers that make the audit tables append-only, on SQLite and PostgreSQL.

Why triggers when the Merkle tree already makes tampering *detectable*: they make it *harder* (an application
bug or a careless ``DELETE`` cannot touch the trail; an attacker must first drop the triggers, which needs DDL
rights and is itself visible). The tree, checked against checkpoints held elsewhere, stays the real guarantee.

One escape hatch exists, for wiping a whole database (``flush``, used between transactional tests): a
per-connection maintenance flag. On SQLite it is a SQL function registered by Django on each of its own
connections, so any other client (the ``sqlite3`` shell) fails the trigger with "no such function"; on
PostgreSQL it is the ``trustdesk.audit_maintenance`` setting.

Triggers are (re)installed after every ``migrate`` because SQLite drops a table's triggers when Django rebuilds
the table to alter it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

APPEND_ONLY_TABLES = ("audit_auditevent", "audit_auditlogentry", "audit_audittile", "audit_auditcheckpoint")
MESSAGE = "audit trail is append-only"
SQLITE_FLAG_FUNCTION = "trustdesk_audit_maintenance"
PG_SETTING = "trustdesk.audit_maintenance"

_PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION trustdesk_audit_append_only() RETURNS trigger AS $$
BEGIN
    IF current_setting('{PG_SETTING}', true) = 'on' THEN
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '{MESSAGE}: % on % rejected', TG_OP, TG_TABLE_NAME USING ERRCODE = '42501';
END
$$ LANGUAGE plpgsql
"""


def _sqlite_statements(table: str) -> list[str]:
    return [
        f'CREATE TRIGGER IF NOT EXISTS "{table}_no_{op.lower()}" BEFORE {op} ON "{table}" '
        f"WHEN NOT {SQLITE_FLAG_FUNCTION}() BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
        for op in ("UPDATE", "DELETE")
    ]


def _pg_statements(table: str) -> list[str]:
    return [
        f'DROP TRIGGER IF EXISTS "{table}_append_only" ON "{table}"',
        f'CREATE TRIGGER "{table}_append_only" BEFORE UPDATE OR DELETE ON "{table}" '
        "FOR EACH ROW EXECUTE FUNCTION trustdesk_audit_append_only()",
        f'DROP TRIGGER IF EXISTS "{table}_no_truncate" ON "{table}"',
        f'CREATE TRIGGER "{table}_no_truncate" BEFORE TRUNCATE ON "{table}" '
        "FOR EACH STATEMENT EXECUTE FUNCTION trustdesk_audit_append_only()",
    ]


def install(connection: Any, tables: tuple[str, ...] = APPEND_ONLY_TABLES) -> None:
    """Create the triggers if missing (idempotent). Tables that do not exist (yet: an early migration runs this
    before a later one creates a table) are skipped; the post-migrate hook installs them afterwards."""
    with connection.cursor() as cur:
        existing = set(connection.introspection.table_names(cur))
        present = [t for t in tables if t in existing]
        if connection.vendor == "sqlite":
            register_sqlite_function(connection)
            for table in present:
                for sql in _sqlite_statements(table):
                    cur.execute(sql)
        elif connection.vendor == "postgresql":
            cur.execute(_PG_FUNCTION)
            for table in present:
                for sql in _pg_statements(table):
                    cur.execute(sql)


def uninstall(connection: Any, tables: tuple[str, ...] = APPEND_ONLY_TABLES) -> None:
    """Drop the triggers (migration rollback, and tamper tests that play a database administrator)."""
    with connection.cursor() as cur:
        existing = set(connection.introspection.table_names(cur))
        for table in tables:
            if connection.vendor == "sqlite":
                for op in ("update", "delete"):
                    cur.execute(f'DROP TRIGGER IF EXISTS "{table}_no_{op}"')
            elif connection.vendor == "postgresql" and table in existing:
                cur.execute(f'DROP TRIGGER IF EXISTS "{table}_append_only" ON "{table}"')
                cur.execute(f'DROP TRIGGER IF EXISTS "{table}_no_truncate" ON "{table}"')


def register_sqlite_function(connection: Any) -> None:
    """Give a Django SQLite connection the flag function the triggers consult (off unless in maintenance)."""
    raw = connection.connection
    if raw is None:
        return
    raw.create_function(SQLITE_FLAG_FUNCTION, 0, lambda: 1 if getattr(connection, "audit_maintenance", False) else 0)


def on_connection_created(sender: Any, connection: Any, **kwargs: Any) -> None:
    if connection.vendor == "sqlite":
        register_sqlite_function(connection)


@contextmanager
def maintenance(connection: Any) -> Iterator[None]:
    """Allow wiping the audit tables on this connection only (database flush); never used by the app."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cur:
            cur.execute(f"SET {PG_SETTING} = 'on'")
        try:
            yield
        finally:
            with connection.cursor() as cur:
                cur.execute(f"RESET {PG_SETTING}")
        return
    connection.audit_maintenance = True
    try:
        yield
    finally:
        connection.audit_maintenance = False
