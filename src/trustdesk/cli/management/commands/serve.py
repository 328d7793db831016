from __future__ import annotations

import os
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    help = "Serve TrustDesk over ASGI (uvicorn), in one or several worker processes."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument(
            "--workers",
            type=int,
            default=1,
            help="worker processes sharing the port (default 1). More than one needs "
            "TRUSTDESK_REDIS_URL: real-time events, replay nonces and rate limits must be shared between them; "
            "PostgreSQL is recommended (SQLite serialises every write)",
        )
        parser.add_argument(
            "--no-background-workers",
            action="store_true",
            help="do not run the task worker and audit integrator threads inside the server processes (when "
            "separate `trustdesk db_worker` processes run them)",
        )

    def handle(self, *args: Any, host: str, port: int, workers: int, **options: Any) -> None:
        import uvicorn
        from django.conf import settings

        if workers < 1:
            raise CommandError("--workers must be at least 1.")
        if workers > 1 and not settings.REDIS_URL:
            raise CommandError(
                "--workers > 1 needs TRUSTDESK_REDIS_URL (for example redis://127.0.0.1:6379/0): without it each "
                "process has its own real-time events, replay-nonce store and rate limits."
            )
        if workers > 1 and str(settings.DATABASES["default"]["ENGINE"]).endswith("sqlite3"):
            self.stderr.write("note: several workers on SQLite share one writer; use PostgreSQL for scale-out.")
        # In-process background work (SLA deadline tasks, audit integrator): safe in several processes at once
        # (task claims and the integrator lease are row locks), so every worker runs them unless told not to.
        os.environ.setdefault("TRUSTDESK_INPROCESS_WORKERS", "0" if options["no_background_workers"] else "1")

        uvicorn.run(
            "trustdesk.config.asgi:application",
            host=host,
            port=port,
            workers=workers,
            log_level="warning",
            proxy_headers=False,
            server_header=False,
            access_log=False,
        )
