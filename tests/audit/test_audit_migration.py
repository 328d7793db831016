"""Migration 0003 (node rows -> tiles) on a database with data, both ways, and its refusal of a broken node table."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from trustdesk import audit
from trustdesk.audit import actions, integrator, merkle, selectors, triggers
from trustdesk.audit.models import AuditLog

BEFORE = ("audit", "0002_merkle_log")
TILES = ("audit", "0003_tiles")
LATEST = ("audit", "0005_pk_fillfactor")


def migrate(target: tuple[str, str]) -> None:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([target])


def rows(sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    with connection.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()


def tile_rows() -> list[tuple[int, int, bytes]]:
    return [
        (int(a), int(b), bytes(c))
        for a, b, c in rows('SELECT "log_id", "tid", "hashes" FROM "audit_audittile" ORDER BY 1, 2', [])
    ]


@pytest.mark.django_db(transaction=True)
def test_nodes_become_tiles_and_back(org: Any) -> None:
    for i in range(300):
        audit.record(action="desk:conversation:assign", organization=org, target_id=str(i), extra={"n": i})
    audit.record(action="identity:login:fail", organization=None)
    integrator.integrate_all(batch=97)
    lg = AuditLog.objects.get(organization=org)
    size, root, edge = lg.size, bytes(lg.root), bytes(lg.edge)
    tiles = tile_rows()
    assert len(tiles) == sum(full for g in AuditLog.objects.all() for full, _ in merkle.edge_layout(g.size)) > 18
    reference = merkle.DictNodeStore()
    leaves = [merkle.leaf_hash(d) for d in selectors.iter_leaf_data(lg, size=size)]
    reference.put(merkle.append(merkle.Frontier(), leaves)[1])
    try:
        migrate(BEFORE)  # tiles -> one row per perfect node
        nodes = {
            int(n): bytes(h)
            for n, h in rows('SELECT "nid", "hash" FROM "audit_auditnode" WHERE "log_id" = %s', [lg.pk])
        }
        assert nodes == reference.nodes
        assert "audit_audittile" not in connection.introspection.table_names()
        migrate(TILES)  # and back: the same tiles and edge as the integrator wrote
    finally:
        migrate(LATEST)
    assert tile_rows() == tiles
    migrated = AuditLog.objects.get(pk=lg.pk)
    assert (migrated.size, bytes(migrated.root), bytes(migrated.edge)) == (size, root, edge)
    assert "audit_auditnode" not in connection.introspection.table_names()
    assert actions.check_log_database(migrated).ok
    p = merkle.prove_inclusion(selectors.node_store(migrated), 123, size)
    merkle.verify_inclusion(123, size, p.leaf_hash, p.proof, root)
    # the new table is append-only again, and the log keeps growing from the converted state
    with pytest.raises(Exception, match="append-only"), connection.cursor() as cur:
        cur.execute('DELETE FROM "audit_audittile"')
    audit.record(action="desk:conversation:assign", organization=org)
    integrator.integrate_all()
    assert actions.check_log_database(AuditLog.objects.get(pk=lg.pk)).ok


@pytest.mark.django_db(transaction=True)
def test_missing_node_stops_the_conversion(org: Any) -> None:
    for i in range(40):
        audit.record(action="desk:conversation:assign", organization=org, extra={"n": i})
    integrator.integrate_all()
    lg = AuditLog.objects.get(organization=org)
    try:
        migrate(BEFORE)
        (saved,) = rows('SELECT "hash" FROM "audit_auditnode" WHERE "log_id" = %s AND "nid" = %s', [lg.pk, 17])
        triggers.uninstall(connection, ("audit_auditnode",))
        with connection.cursor() as cur:
            cur.execute('DELETE FROM "audit_auditnode" WHERE "log_id" = %s AND "nid" = %s', [lg.pk, 17])
        with pytest.raises(RuntimeError, match=r"level 0 .* missing"):
            migrate(TILES)
        assert "audit_audittile" not in connection.introspection.table_names()  # rolled back, nothing half-done
        with connection.cursor() as cur:
            cur.execute(
                'INSERT INTO "audit_auditnode" ("log_id", "nid", "hash") VALUES (%s, %s, %s)', [lg.pk, 17, saved[0]]
            )
    finally:
        migrate(LATEST)
    assert actions.check_log_database(AuditLog.objects.get(pk=lg.pk)).ok
