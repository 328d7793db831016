"""Several processes write events while two integrators race: no event lost, none doubled, one consistent log.

On SQLite this exercises the cursor path (no pending queue; some writers roll back, so ids get reused), on
PostgreSQL the queue.

Runs on whichever database the suite uses (SQLite file database or PostgreSQL), with real processes.
"""

from __future__ import annotations

import multiprocessing
from typing import Any

import pytest
from django.db import connections

from trustdesk.audit import actions, integrator
from trustdesk.audit.models import AuditCheckpoint, AuditEvent, AuditLog, AuditLogEntry, AuditPending

WRITERS = 4
EVENTS_PER_WRITER = 40


class _RolledBack(Exception):
    pass


def _writer(org_id: int, n: int, tag: int) -> None:
    connections.close_all()
    from django.db import transaction

    from trustdesk import audit
    from trustdesk.tenancy.models import Organization

    org = Organization.objects.get(pk=org_id)
    for i in range(n):
        with transaction.atomic():
            audit.record(
                action="desk:conversation:assign",
                organization=org if i % 4 else None,  # some go to the platform log
                target_id=f"{tag}-{i}",
                ip="203.0.113.1",
            )
        if i % 5 == 0:  # a request that fails after recording: its id is never seen (SQLite reuses it)
            try:
                with transaction.atomic():
                    audit.record(action="desk:conversation:assign", organization=org, target_id=f"{tag}-x{i}")
                    raise _RolledBack
            except _RolledBack:
                pass
    connections.close_all()


def _integrator(holder: str, rounds: int) -> None:
    import time

    connections.close_all()
    for _ in range(rounds):
        integrator.integrate_once(batch=7, holder=holder)
        integrator.release_lease(holder)  # let the other one in: maximise interleaving
        time.sleep(0.005)
    connections.close_all()


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_and_integrators(org: Any) -> None:
    before = AuditEvent.objects.count()
    connections.close_all()
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_writer, args=(org.pk, EVENTS_PER_WRITER, t)) for t in range(WRITERS)]
    procs += [ctx.Process(target=_integrator, args=(f"integrator-{k}", 25)) for k in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    # The racing integrators did real work (batches of 7 each signed a checkpoint) before the final sweep.
    assert AuditCheckpoint.objects.count() > 5
    integrator.integrate_all(holder="final")

    assert AuditEvent.objects.count() == before + WRITERS * EVENTS_PER_WRITER
    assert not AuditEvent.objects.filter(target_id__contains="-x").exists()  # rolled back: never written
    assert not AuditPending.objects.exists()
    integrated = list(AuditLogEntry.objects.values_list("event_id", flat=True))
    assert len(integrated) == len(set(integrated)) == AuditEvent.objects.count()
    for audit_log in AuditLog.objects.all():
        idx = sorted(AuditLogEntry.objects.filter(log=audit_log).values_list("idx", flat=True))
        assert idx == list(range(audit_log.size))
        check = actions.check_log_database(audit_log)
        assert check.ok, check.problems
