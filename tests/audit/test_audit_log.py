"""The Merkle logs in the database: record, integrate, checkpoints, proofs, triggers, tamper detection."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
import rfc8785
from django.db import DatabaseError, connection, transaction

from trustdesk import audit
from trustdesk.audit import actions, integrator, keys, leaf, merkle, note, selectors, triggers, verifier
from trustdesk.audit.models import (
    AuditCheckpoint,
    AuditEvent,
    AuditLog,
    AuditLogEntry,
    AuditPending,
    AuditPersonal,
    AuditTile,
)
from trustdesk.audit.recording import personal_commitment

pytestmark = pytest.mark.django_db


def emit(org: Any, n: int, **kw: Any) -> list[AuditEvent]:
    return [
        audit.record(
            action="desk:conversation:assign",
            organization=org,
            target_type="desk.conversation",
            target_id=str(i % 5),
            extra={"n": i},
            **kw,
        )
        for i in range(n)
    ]


def log_of(org: Any) -> AuditLog:
    return AuditLog.objects.get(organization=org)


@pytest.fixture
def integrated(org: Any) -> AuditLog:
    emit(org, 37, ip="203.0.113.7", user_agent="UA/1", device_id="dev-1", country="vn")
    integrator.integrate_all()
    return log_of(org)


def test_record_queues_event_and_keeps_personal_data_aside(org: Any) -> None:
    ev = audit.record(action="desk:conversation:assign", organization=org, ip="198.51.100.4", user_agent="UA")
    # the queue row exists on PostgreSQL only: SQLite's integrator reads above its cursor (test_audit_cursor.py)
    assert AuditPending.objects.filter(event=ev).exists() == (connection.vendor == "postgresql")
    assert not AuditLogEntry.objects.filter(event=ev).exists()
    personal = AuditPersonal.objects.get(event=ev)
    assert personal.ip == "198.51.100.4"
    assert ev.personal_hash == personal_commitment(
        bytes(personal.salt), {"ip": "198.51.100.4", "user_agent": "UA", "device_id": ""}
    )
    bare = audit.record(action="desk:conversation:assign", organization=org)
    assert bare.personal_hash == ""
    assert not AuditPersonal.objects.filter(event=bare).exists()


def test_record_refuses_extra_that_cannot_be_canonical(org: Any) -> None:
    with pytest.raises(ValueError, match="canonical"):
        audit.record(action="desk:conversation:assign", organization=org, extra={"big": 2**60})


def test_integrate_builds_log_nodes_and_signed_checkpoint(integrated: AuditLog) -> None:
    size = integrated.size
    assert size >= 37
    assert not AuditPending.objects.exists()
    assert list(AuditLogEntry.objects.filter(log=integrated).order_by("idx").values_list("idx", flat=True)) == list(
        range(size)
    )
    datas = list(selectors.iter_leaf_data(integrated, size=size))
    builder = merkle.RootBuilder()
    builder.extend([merkle.leaf_hash(d) for d in datas])
    assert builder.root() == bytes(integrated.root)
    # Exactly the complete tiles (16 hashes of level 0, 4, 8, ...); the partial ones are the head's edge.
    tiles = {t.tid: bytes(t.hashes) for t in AuditTile.objects.filter(log=integrated)}
    assert len(tiles) == sum(full for full, _ in merkle.edge_layout(size)) == (size >> 4) + (size >> 8)
    assert all(len(h) == 16 * 32 for h in tiles.values())
    # ... and together they give every perfect node of the tree, equal to the recomputed one.
    reference = merkle.DictNodeStore()
    reference.put(merkle.append(merkle.Frontier(), [merkle.leaf_hash(d) for d in datas])[1])
    assert selectors.node_store(integrated).get(list(reference.nodes)) == reference.nodes
    row = selectors.latest_checkpoint(integrated)
    assert row is not None
    cp = selectors.verified_checkpoint(integrated, row)
    assert (cp.origin, cp.size, cp.root) == (integrated.origin, size, bytes(integrated.root))
    assert cp.origin == f"{keys.origin_for('harbour')}"
    assert json.loads(datas[-1])["idx"] == size - 1


def test_logs_are_per_organization_with_a_platform_log(org: Any, other_org: Any) -> None:
    emit(org, 3)
    emit(other_org, 5)
    audit.record(action="identity:login:fail", organization=None)
    integrator.integrate_all()
    mine, theirs = log_of(org), log_of(other_org)
    platform = AuditLog.objects.get(organization__isnull=True)
    assert platform.origin.endswith("/_platform")
    assert mine.origin != theirs.origin
    for lg in (mine, theirs, platform):
        events = {e.organization_id for e in AuditEvent.objects.filter(log_entry__log=lg)}
        assert events == {lg.organization_id}


def test_proofs_from_the_database_verify_against_the_checkpoint(integrated: AuditLog) -> None:
    emit(integrated.organization, 20)
    integrator.integrate_all()
    lg = AuditLog.objects.get(pk=integrated.pk)
    row = selectors.latest_checkpoint(lg)
    assert row is not None
    cp = selectors.verified_checkpoint(lg, row)
    for index in (0, 1, 17, cp.size - 1):
        p = selectors.inclusion_proof(lg, index=index)
        merkle.verify_inclusion(
            p["leafIdx"],
            p["treeSize"],
            base64.b64decode(p["leafHash"]),
            [base64.b64decode(h) for h in p["proof"]],
            cp.root,
        )
    old = AuditCheckpoint.objects.filter(log=lg).order_by("size").first()
    assert old is not None
    c = selectors.consistency_proof(lg, size1=old.size)
    merkle.verify_consistency(
        c["size1"], c["size2"], [base64.b64decode(h) for h in c["proof"]], bytes(old.root), cp.root
    )


@pytest.mark.parametrize("table", triggers.APPEND_ONLY_TABLES)
def test_triggers_reject_update_and_delete(integrated: AuditLog, table: str) -> None:
    columns = {"audit_auditevent": "action", "audit_auditlogentry": "idx", "audit_audittile": "hashes"}
    column = columns.get(table, "note")
    value = {"action": "x:y:z", "idx": 999999, "hashes": b"\x00" * 512, "note": "forged"}[column]
    statements = ((f'UPDATE "{table}" SET "{column}" = %s', [value]), (f'DELETE FROM "{table}"', []))  # noqa: S608
    for sql, params in statements:
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cur:
            cur.execute(sql, params)


def test_orm_delete_of_event_rejected(integrated: AuditLog) -> None:
    ev = AuditEvent.objects.filter(organization=integrated.organization).first()
    assert ev is not None
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEvent.objects.filter(pk=ev.pk).update(outcome="failure")


def test_leaf_v1_golden_bytes() -> None:
    """Version 1 of the leaf encoding is frozen: exports must re-derive identical bytes forever."""
    from datetime import UTC, datetime
    from types import SimpleNamespace

    ev = SimpleNamespace(
        pk=42,
        occurred_at=datetime(2026, 11, 27, 22, 41, 21, 123456, tzinfo=UTC),
        actor_id=7,
        actor_role="auditor",
        action="desk:conversation:assign",
        target_type="desk.conversation",
        target_id="9",
        outcome="success",
        reasons=["a", "Ngôn ngữ"],
        country="VN",
        session_ref="0123456789abcdef",
        extra={"z": 1, "a": [True, None]},
        personal_hash="ab" * 32,
    )
    data = leaf.leaf_data(ev, origin="trustdesk.example/audit/acme", idx=5)
    assert (
        data
        == (
            '{"action":"desk:conversation:assign","actor":7,"at":"2026-11-27T22:41:21.123456Z","country":"VN",'
            '"event":42,"extra":{"a":[true,null],"z":1},"idx":5,"log":"trustdesk.example/audit/acme",'
            '"outcome":"success","personal":"' + "ab" * 32 + '","reasons":["a","Ngôn ngữ"],"role":"auditor",'
            '"session":"0123456789abcdef","target":{"id":"9","type":"desk.conversation"},"v":1}'
        ).encode()
    )
    assert data == rfc8785.dumps(json.loads(data))


@pytest.mark.parametrize(
    "extra",
    [{"f": 1.5}, {"ключ": 1}, {"\U0001f600": 1, "\ufb01": 2}, {"n": -(2**53 - 1)}, {"s": '\x01\u2028"\\'}],
)
def test_leaf_encoding_equals_rfc8785(extra: dict[str, Any]) -> None:
    obj = {"v": 1, "extra": extra}
    assert leaf.canonical(obj) == rfc8785.dumps(obj)


# ------------------------------------------------------------------------------------------ export + verify


def export(lg: AuditLog, tmp: Path, name: str = "exp") -> Path:
    out = tmp / name
    actions.do_export_log(AuditLog.objects.get(pk=lg.pk), out)
    return out


def test_export_verifies_standalone(integrated: AuditLog, tmp_path: Path) -> None:
    out = export(integrated, tmp_path)
    res = verifier.verify_export(out, check_json=True, index_key=leaf.INDEX_KEY)
    assert res.ok, res.failure
    assert res.entries == integrated.size
    assert actions.check_log_database(AuditLog.objects.get(pk=integrated.pk)).ok


def test_export_is_itself_audited(integrated: AuditLog, tmp_path: Path) -> None:
    export(integrated, tmp_path)
    assert AuditEvent.objects.filter(action="audit:log:export", target_id=integrated.key).exists()


@pytest.fixture
def dba() -> Any:
    """Play a database administrator: drop the triggers for the test, put them back afterwards."""
    triggers.uninstall(connection)
    yield connection
    triggers.install(connection)


def _sql(sql: str, params: list[Any]) -> None:
    with connection.cursor() as cur:
        cur.execute(sql, params)


def _event_at(lg: AuditLog, idx: int) -> int:
    return AuditLogEntry.objects.get(log=lg, idx=idx).event_id


@pytest.mark.parametrize(
    "tamper",
    [
        "modify-event",
        "modify-extra",
        "delete-entry",
        "insert-entry",
        "reorder",
        "truncate",
        "modify-personal-hash",
        "dangling-entry",
    ],
)
def test_tampering_in_the_database_is_detected(integrated: AuditLog, tmp_path: Path, dba: Any, tamper: str) -> None:
    lg = integrated
    old = tmp_path / "old.checkpoint"
    first = AuditCheckpoint.objects.filter(log=lg).order_by("size").first()
    assert first is not None
    old.write_text(first.note)
    a, b = _event_at(lg, 10), _event_at(lg, 11)
    if tamper == "modify-event":
        _sql('UPDATE "audit_auditevent" SET "outcome" = %s WHERE "id" = %s', ["denied", a])
    elif tamper == "modify-extra":
        _sql('UPDATE "audit_auditevent" SET "extra" = %s WHERE "id" = %s', ['{"n": 99}', a])
    elif tamper == "modify-personal-hash":
        _sql('UPDATE "audit_auditevent" SET "personal_hash" = %s WHERE "id" = %s', ["00" * 32, a])
    elif tamper == "delete-entry":
        _sql('DELETE FROM "audit_auditlogentry" WHERE "log_id" = %s AND "idx" = %s', [lg.pk, 10])
    elif tamper == "insert-entry":
        extra = audit.record(action="desk:conversation:assign", organization=lg.organization)
        AuditPending.objects.filter(event=extra).delete()
        _sql('UPDATE "audit_auditlogentry" SET "idx" = "idx" + 1000 WHERE "log_id" = %s AND "idx" >= 10', [lg.pk])
        _sql('UPDATE "audit_auditlogentry" SET "idx" = "idx" - 999 WHERE "log_id" = %s AND "idx" >= 1010', [lg.pk])
        _sql(
            'INSERT INTO "audit_auditlogentry" ("log_id", "idx", "event_id") VALUES (%s, %s, %s)', [lg.pk, 10, extra.pk]
        )
    elif tamper == "reorder":
        _sql('UPDATE "audit_auditlogentry" SET "event_id" = %s WHERE "log_id" = %s AND "idx" = 10', [-1, lg.pk])
        _sql('UPDATE "audit_auditlogentry" SET "event_id" = %s WHERE "log_id" = %s AND "idx" = 11', [a, lg.pk])
        _sql('UPDATE "audit_auditlogentry" SET "event_id" = %s WHERE "log_id" = %s AND "idx" = 10', [b, lg.pk])
    elif tamper == "dangling-entry":  # PostgreSQL has no foreign key here since migration 0004: check must see it
        if connection.vendor == "sqlite":
            pytest.skip("SQLite keeps the foreign key, which rejects a dangling entry at commit")
        _sql('UPDATE "audit_auditlogentry" SET "event_id" = %s WHERE "log_id" = %s AND "idx" = 10', [10**12, lg.pk])
    elif tamper == "truncate":
        _sql('DELETE FROM "audit_auditlogentry" WHERE "log_id" = %s AND "idx" >= %s', [lg.pk, lg.size - 3])
    res = verifier.verify_export(export(lg, tmp_path))
    assert not res.ok, tamper
    assert not actions.check_log_database(AuditLog.objects.get(pk=lg.pk)).ok


@pytest.mark.parametrize(
    "tamper", ["modify-tile", "modify-upper-tile", "delete-tile", "insert-tile", "shorten-tile", "modify-edge"]
)
def test_tile_tampering_is_detected(org: Any, dba: Any, tamper: str) -> None:
    emit(org, 300)  # 18 complete level-0 tiles, one complete level-4 tile, partial tiles on the right edge
    integrator.integrate_all()
    lg = log_of(org)
    assert actions.check_log_database(lg).ok
    if tamper == "modify-tile":
        _sql('UPDATE "audit_audittile" SET "hashes" = %s WHERE "log_id" = %s AND "tid" = %s', [b"\x01" * 512, lg.pk, 3])
    elif tamper == "modify-upper-tile":
        _sql(
            'UPDATE "audit_audittile" SET "hashes" = %s WHERE "log_id" = %s AND "tid" = %s',
            [b"\x01" * 512, lg.pk, 1 << 56],
        )
    elif tamper == "delete-tile":
        _sql('DELETE FROM "audit_audittile" WHERE "log_id" = %s AND "tid" = %s', [lg.pk, 2])
    elif tamper == "insert-tile":
        _sql(
            'INSERT INTO "audit_audittile" ("log_id", "tid", "hashes") VALUES (%s, %s, %s)',
            [lg.pk, 40, b"\x02" * 512],
        )
    elif tamper == "shorten-tile":
        _sql(
            'UPDATE "audit_audittile" SET "hashes" = substr("hashes", 1, 480) WHERE "log_id" = %s AND "tid" = %s',
            [lg.pk, 5],
        )
    else:
        edge = bytearray(bytes(lg.edge))
        edge[0] ^= 1
        AuditLog.objects.filter(pk=lg.pk).update(edge=bytes(edge))
    check = actions.check_log_database(AuditLog.objects.get(pk=lg.pk))
    assert not check.ok
    assert check.problems


def test_modified_tile_breaks_proofs(integrated: AuditLog, dba: Any) -> None:
    lg = integrated
    first = selectors.fetch_tiles(lg.pk, [0])[0]
    _sql(
        'UPDATE "audit_audittile" SET "hashes" = %s WHERE "log_id" = %s AND "tid" = %s',
        [first[:32] + b"\x01" * 32 + first[64:], lg.pk, 0],
    )
    row = selectors.latest_checkpoint(lg)
    assert row is not None
    root = selectors.verified_checkpoint(lg, row).root
    p = selectors.inclusion_proof(lg, index=0)
    with pytest.raises(merkle.ProofError):
        merkle.verify_inclusion(
            0, p["treeSize"], base64.b64decode(p["leafHash"]), [base64.b64decode(h) for h in p["proof"]], root
        )


def test_proofs_from_an_older_head_stay_exact(integrated: AuditLog) -> None:
    """A head read before the integrator moved on still serves exact proofs up to its own size: a tile that was
    partial then comes from its (older) edge, not from the newer table."""
    stale = AuditLog.objects.get(pk=integrated.pk)
    emit(integrated.organization, 40)
    integrator.integrate_all()
    fresh = AuditLog.objects.get(pk=integrated.pk)
    assert fresh.size > stale.size
    for index in range(stale.size):
        p = merkle.prove_inclusion(selectors.node_store(stale), index, stale.size)
        merkle.verify_inclusion(index, stale.size, p.leaf_hash, p.proof, bytes(stale.root))
    c = merkle.prove_consistency(selectors.node_store(fresh), stale.size, fresh.size)
    merkle.verify_consistency(stale.size, fresh.size, c.proof, bytes(stale.root), bytes(fresh.root))
    # the latest checkpoint is newer than that head: proofs at its size read the head again
    p = selectors.inclusion_proof(stale, index=fresh.size - 1)
    assert p["treeSize"] == fresh.size
    merkle.verify_inclusion(
        p["leafIdx"], fresh.size, base64.b64decode(p["leafHash"]), [base64.b64decode(h) for h in p["proof"]], fresh.root
    )
    c2 = selectors.consistency_proof(stale, size1=stale.size)
    merkle.verify_consistency(
        stale.size, fresh.size, [base64.b64decode(h) for h in c2["proof"]], bytes(stale.root), bytes(fresh.root)
    )


def test_resigned_history_fails_against_auditors_checkpoint(integrated: AuditLog, tmp_path: Path, dba: Any) -> None:
    """Someone with the database *and* the key rewrites an old event and re-signs: the fork shows against the
    checkpoint the auditor kept."""
    lg = integrated
    kept = tmp_path / "kept.checkpoint"
    row = selectors.latest_checkpoint(lg)
    assert row is not None
    kept.write_text(row.note)
    _sql('UPDATE "audit_auditevent" SET "outcome" = %s WHERE "id" = %s', ["denied", _event_at(lg, 3)])
    builder = merkle.RootBuilder()
    builder.extend([merkle.leaf_hash(d) for d in selectors.iter_leaf_data(lg, size=lg.size)])
    forged = note.sign_checkpoint(note.Checkpoint(lg.origin, lg.size, builder.root()), [keys.signer_for(lg.origin)])
    out = export(lg, tmp_path)
    (out / "checkpoint").write_text(forged)
    assert verifier.verify_export(out).ok  # self-consistent on its own ...
    res = verifier.verify_export(out, previous=kept)
    assert not res.ok  # ... but not against what the auditor kept
    assert res.failure.startswith("consistency")


def test_erasure_keeps_proofs_valid(integrated: AuditLog, tmp_path: Path, make_user: Any, actor_of: Any) -> None:
    ev = AuditEvent.objects.filter(organization=integrated.organization).exclude(personal_hash="").first()
    assert ev is not None
    officer = actor_of(make_user(role="it_admin", organization=integrated.organization))
    assert actions.do_erase_personal(ev, actor=officer)
    assert not AuditPersonal.objects.filter(event=ev).exists()
    integrator.integrate_all()
    assert verifier.verify_export(export(integrated, tmp_path)).ok


def test_two_integrators_do_not_fork(org: Any) -> None:
    emit(org, 10)
    first = integrator.integrate_once(holder="worker-a")
    emit(org, 10)
    blocked = integrator.integrate_once(holder="worker-b")
    assert blocked.lease_busy
    assert blocked.integrated == 0
    again = integrator.integrate_once(holder="worker-a")
    assert first.integrated >= 10
    assert again.integrated == 10
    integrator.release_lease("worker-a")
    emit(org, 1)
    assert integrator.integrate_once(holder="worker-b").integrated == 1


@pytest.mark.django_db(transaction=True)
def test_flush_can_empty_the_append_only_tables(org: Any) -> None:
    """The test runner flushes between transactional tests; only that path may wipe the audit tables."""
    from django.core.management import call_command

    emit(org, 20)  # at least one complete tile
    integrator.integrate_all()
    assert AuditTile.objects.exists()
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cur:
        cur.execute('DELETE FROM "audit_audittile"')
    call_command("flush", interactive=False, verbosity=0)
    assert not AuditTile.objects.exists()
    ev = audit.record(action="desk:conversation:assign", organization=None)
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEvent.objects.filter(pk=ev.pk).delete()
