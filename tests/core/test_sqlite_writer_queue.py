"""SQLite: threads of one process queue for the write lock (no busy-handler polling), and always give it back."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from django.db import OperationalError, connection, connections, transaction

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def sqlite_only() -> None:
    if connection.vendor != "sqlite":
        pytest.skip("the writer queue is part of the SQLite backend")


def _writer_lock() -> Any:
    from trustdesk.core.db.sqlite3 import base

    return base._writer


def test_lock_is_held_for_the_transaction_and_released_on_commit_and_rollback() -> None:
    from trustdesk.tenancy.models import Organization

    lock = _writer_lock()
    assert not lock.locked()
    with transaction.atomic():
        assert lock.locked()
        with transaction.atomic():  # a savepoint takes nothing more
            Organization.objects.create(name="Queue Co", slug="queue-co")
    assert not lock.locked()

    def failing_write() -> None:
        with transaction.atomic():
            Organization.objects.create(name="Gone Co", slug="gone-co")
            raise RuntimeError

    with pytest.raises(RuntimeError):
        failing_write()
    assert not lock.locked()
    assert Organization.objects.filter(slug="queue-co").exists()
    assert not Organization.objects.filter(slug="gone-co").exists()


def test_concurrent_writers_take_turns() -> None:
    from trustdesk.tenancy.models import Organization

    inside = 0
    overlap = False
    errors: list[BaseException] = []
    guard = threading.Lock()

    def write(i: int) -> None:
        nonlocal inside, overlap
        try:
            for j in range(5):
                with transaction.atomic():
                    with guard:
                        inside += 1
                        overlap = overlap or inside > 1
                    Organization.objects.create(name=f"T{i}-{j}", slug=f"t{i}-{j}")
                    time.sleep(0.002)
                    with guard:
                        inside -= 1
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=write, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    assert not overlap
    assert Organization.objects.filter(slug__startswith="t").count() == 30
    assert not _writer_lock().locked()


def test_waiting_longer_than_the_timeout_is_a_locked_database() -> None:
    lock = _writer_lock()
    configured = connection.settings_dict["OPTIONS"]["timeout"]
    connection.settings_dict["OPTIONS"]["timeout"] = 0.2
    try:
        assert lock.acquire(timeout=1)
        try:
            with pytest.raises(OperationalError, match="locked"), transaction.atomic():
                pass
        finally:
            lock.release()
    finally:
        connection.settings_dict["OPTIONS"]["timeout"] = configured
    with transaction.atomic():
        assert lock.locked()
    assert not lock.locked()
