from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Serve TrustDesk over ASGI (uvicorn)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--workers", type=int, default=1, help="worker processes (stateless; >1 needs "
                            "PostgreSQL and TRUSTDESK_REDIS_URL for real-time fan-out)")

    def handle(self, *args: Any, host: str, port: int, workers: int, **options: Any) -> None:
        import os

        import uvicorn

        os.environ.setdefault("TRUSTDESK_INPROCESS_WORKERS", "1")  # in-process background workers (audit integrator)

        uvicorn.run("trustdesk.config.asgi:application", host=host, port=port, workers=workers,
                    log_level="warning", proxy_headers=False, server_header=False)
