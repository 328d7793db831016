"""An in-process task worker for the demo / single-process ``trustdesk serve``.

SLA deadlines are scheduled tasks; something must run them when they fall due. A deployment runs
``trustdesk db_worker`` processes (django-tasks' database worker); the single-process demo starts this daemon
thread instead (only when ``TRUSTDESK_INPROCESS_WORKERS=1``, which ``trustdesk serve`` sets), so SLA breaches
escalate in the demo without a second command. Several workers are safe: each task is claimed under a lock.
"""

from __future__ import annotations

import logging
import os
import threading

log = logging.getLogger(__name__)
_started = threading.Event()


def start_background_thread(interval: float = 1.0) -> None:
    if _started.is_set():
        return
    _started.set()

    def run() -> None:
        from django_tasks_db.management.commands.db_worker import Worker

        worker = Worker(
            queue_names=["default"],
            interval=interval,
            batch=False,
            backend_name="default",
            startup_delay=True,
            max_tasks=None,
            worker_id=f"inprocess-{os.getpid()}",
        )
        try:
            worker.run()
        except Exception:  # the demo keeps serving even if the worker dies; the log says why
            log.exception("in-process task worker stopped")

    threading.Thread(target=run, name="trustdesk-task-worker", daemon=True).start()
