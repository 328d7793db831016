"""SQLite, with the threads of one process queueing for the write lock instead of polling for it.

SQLite admits one writing transaction at a time (``BEGIN IMMEDIATE`` takes the lock at the start). A thread that
finds it taken waits in SQLite's busy handler, which sleeps and retries on a fixed schedule growing to 100 ms
per try: under ASGI, where every request runs on a thread of its own, 30 concurrent writers spend most of their
time asleep while the lock is free, so throughput falls and the slowest requests wait seconds. Here the
threads of a process first queue on a process-wide lock (woken the moment it is released, in order), and only
the one at the head meets SQLite's lock, which other processes may still hold (then the busy handler applies
as before). The wait is bounded by the same timeout as SQLite's, and ends in the same "database is locked"
error.
"""

from __future__ import annotations

import threading
from typing import Any

from django.db import OperationalError
from django.db.backends.sqlite3 import base

_writer = threading.Lock()


class DatabaseWrapper(base.DatabaseWrapper):
    _holds_writer = False

    def _lock_timeout(self) -> float:
        options: dict[str, Any] = self.settings_dict.get("OPTIONS") or {}
        return float(options.get("timeout", 5))

    def _start_transaction_under_autocommit(self) -> None:
        if not self._holds_writer:
            if not _writer.acquire(timeout=self._lock_timeout()):
                raise OperationalError("database is locked (another thread of this process is writing)")
            self._holds_writer = True
        try:
            super()._start_transaction_under_autocommit()  # type: ignore[misc]  # private in django-stubs
        except BaseException:
            self._release_writer()
            raise

    def _release_writer(self) -> None:
        if self._holds_writer:
            self._holds_writer = False
            _writer.release()

    def _commit(self) -> None:
        try:
            super()._commit()  # type: ignore[misc]  # private in django-stubs
        finally:
            self._release_writer()

    def _rollback(self) -> None:
        try:
            super()._rollback()  # type: ignore[misc]  # private in django-stubs
        finally:
            self._release_writer()

    def _close(self) -> None:
        try:
            super()._close()  # type: ignore[misc]  # private in django-stubs
        finally:
            self._release_writer()
