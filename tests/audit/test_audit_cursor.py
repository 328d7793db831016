"""SQLite's integrator takes the events above the highest integrated id (no pending queue); PostgreSQL keeps the
queue. Upgrade from queue rows, an event behind the cursor, a failed batch (rolled-back writers: see
test_audit_concurrency.py)."""

from __future__ import annotations

from typing import Any
from unittest import mock

import pytest
from django.db import connection

from trustdesk import audit
from trustdesk.audit import actions, integrator
from trustdesk.audit.models import AuditCheckpoint, AuditEvent, AuditLog, AuditLogEntry, AuditPending

pytestmark = pytest.mark.django_db
sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="the cursor path is SQLite's")


def emit(org: Any, n: int, tag: str = "") -> list[AuditEvent]:
    return [
        audit.record(action="desk:conversation:assign", organization=org, target_id=f"{tag}{i}", extra={"n": i})
        for i in range(n)
    ]


def integrated_ids() -> list[int]:
    return sorted(AuditLogEntry.objects.values_list("event_id", flat=True))


def all_checks_pass() -> None:
    for audit_log in AuditLog.objects.all():
        check = actions.check_log_database(audit_log)
        assert check.ok, check.problems


@sqlite_only
def test_record_writes_no_queue_row_and_the_cursor_integrates_every_log(org: Any) -> None:
    integrator.integrate_all()  # the organization's own creation event
    events = emit(org, 5)
    events.append(audit.record(action="desk:conversation:assign"))  # platform log
    events += emit(org, 3, "b")
    assert not AuditPending.objects.exists()
    assert integrator.integrated_through() < events[0].pk
    done = set(integrated_ids())
    res = integrator.integrate_once(batch=4)
    assert res.integrated == 4
    assert set(integrated_ids()) - done == {e.pk for e in events[:4]}  # the lowest ids first, whatever their log
    assert integrator.integrated_through() == events[3].pk
    integrator.integrate_all(batch=4)
    assert set(integrated_ids()) >= {e.pk for e in events}
    assert set(AuditEvent.objects.values_list("pk", flat=True)) == set(integrated_ids())
    assert integrator.integrate_once().integrated == 0  # nothing above the cursor: no empty checkpoint
    all_checks_pass()


def test_an_event_no_batch_will_take_is_reported_by_check(org: Any) -> None:
    """SQLite: an event inserted with an explicit id below the cursor (record() never does) is behind the
    integrator for good; PostgreSQL: an event whose queue row was deleted. ``audit check`` names either."""
    emit(org, 3)
    audit.record(action="desk:conversation:assign")  # the platform log
    integrator.integrate_all()
    row = {"organization_id": org.pk, "action": "desk:conversation:assign", "outcome": "success"}
    if connection.vendor == "sqlite":
        # an explicit id above the cursor is integrated like any other; it leaves free ids below it
        above = AuditEvent.objects.create(id=integrator.integrated_through() + 10, **row)
        integrator.integrate_all()
        assert integrator.integrated_through() == above.pk
        lost = AuditEvent.objects.create(id=above.pk - 3, **row)
        nxt = audit.record(action="desk:conversation:assign", organization=org)  # the table's own next id
        assert nxt.pk == above.pk + 1
    else:
        lost = audit.record(action="desk:conversation:assign", organization=org)
        AuditPending.objects.filter(event=lost).delete()
    integrator.integrate_all()
    assert not AuditLogEntry.objects.filter(event=lost).exists()
    check = actions.check_log_database(AuditLog.objects.get(organization=org))
    assert not check.ok
    assert check.problems == [f"event {lost.pk} is in no log and no batch will take it"]
    assert actions.check_log_database(AuditLog.objects.get(organization=None)).ok  # other logs are unaffected


@sqlite_only
def test_queue_rows_of_an_older_release_are_integrated_once_and_removed(org: Any) -> None:
    """An upgraded database (or a process still on the previous release) has queue rows: their events lie above
    the cursor, so the cursor integrates them; their rows go once integrated, and nothing is integrated twice."""
    first = emit(org, 4, "a")
    integrator.integrate_all()
    old = emit(org, 6, "o")
    AuditPending.objects.bulk_create([AuditPending(event=e) for e in old])  # what the old record() wrote
    res = integrator.integrate_once(batch=4)
    assert res.integrated == 4
    assert sorted(AuditPending.objects.values_list("event_id", flat=True)) == [e.pk for e in old[4:]]
    integrator.integrate_all()
    assert not AuditPending.objects.exists()
    assert set(integrated_ids()) >= {e.pk for e in first + old}
    assert set(AuditEvent.objects.values_list("pk", flat=True)) == set(integrated_ids())
    all_checks_pass()


def test_a_failed_batch_changes_nothing_and_the_next_one_integrates_it(org: Any) -> None:
    """A crash inside a batch (here: after its entries are written) rolls back entries, tiles, head and queue
    together; the events are taken again by the next batch, exactly once (SQLite's cursor is derived from the
    entries)."""
    events = emit(org, 9)
    before = AuditCheckpoint.objects.count()
    with (
        mock.patch.object(integrator, "_insert_tiles", side_effect=RuntimeError("disk gone")),  # after the entries
        pytest.raises(RuntimeError),
    ):
        integrator.integrate_once(batch=5)
    assert not AuditLogEntry.objects.filter(event_id__in=[e.pk for e in events]).exists()
    assert AuditCheckpoint.objects.count() == before
    integrator.integrate_all(batch=5)
    assert {e.pk for e in events} <= set(integrated_ids())
    assert len(integrated_ids()) == len(set(integrated_ids()))
    all_checks_pass()


@sqlite_only
def test_sqlite_batch_is_computed_before_the_lock_and_recomputed_if_another_batch_won(org: Any) -> None:
    """The batch is read, hashed and signed before the write lock; under the lock it is written only if the cursor
    and the heads are still those it was computed from. Otherwise (another integrator's batch committed in
    between) it is recomputed under the lock: never written stale, never integrated twice."""
    integrator.integrate_all()
    events = emit(org, 6)
    # a quiet batch uses what was computed before the lock: nothing is read under it
    with mock.patch.object(integrator, "_events_after_cursor", side_effect=AssertionError("read under the lock")):
        assert integrator.integrate_once(batch=2).integrated == 2
    integrator.release_lease(integrator.holder_id())
    real = integrator._prepare_sqlite
    raced = []

    def prepare_then_lose_the_race(batch: int) -> Any:
        prepared = real(batch)
        if not raced:
            raced.append(True)
            assert integrator.integrate_once(batch=1, holder="other").integrated == 1  # commits after our read
            integrator.release_lease("other")
        return prepared

    with mock.patch.object(integrator, "_prepare_sqlite", side_effect=prepare_then_lose_the_race):
        assert integrator.integrate_once(batch=2).integrated == 2  # recomputed above the moved cursor
    integrator.integrate_all()
    ids = integrated_ids()
    assert len(ids) == len(set(ids))
    assert {e.pk for e in events} <= set(ids)
    all_checks_pass()


@sqlite_only
def test_sqlite_batch_read_walks_the_primary_key_and_stops_at_the_limit() -> None:
    """A backlog (an integrator down for a while) must not be sorted in full for every batch of it."""
    for sql in (integrator._CURSOR_AND_BATCH, integrator._SELECT["sqlite"] + integrator._AFTER_CURSOR):
        with connection.cursor() as cur:
            cur.execute("EXPLAIN QUERY PLAN " + sql, [5000])
            plan = [str(row[-1]) for row in cur.fetchall()]
        assert any("audit_auditevent USING INTEGER PRIMARY KEY" in step for step in plan), plan
        assert not any("TEMP B-TREE" in step or step.startswith("SCAN audit_auditevent") for step in plan), plan
