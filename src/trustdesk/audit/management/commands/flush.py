"""``flush`` that may also empty the append-only audit tables (it wipes the whole database anyway).

Django's test runner flushes the database after every transactional test; without this the audit triggers
would (rightly) refuse. The escape hatch is scoped to this one connection for the duration of the flush.
"""

from __future__ import annotations

from typing import Any

from django.core.management.commands.flush import Command as FlushCommand
from django.db import connections

from trustdesk.audit import triggers


class Command(FlushCommand):
    def handle(self, **options: Any) -> None:
        with triggers.maintenance(connections[options["database"]]):
            super().handle(**options)
