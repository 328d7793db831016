from __future__ import annotations

import os
from typing import Any

from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate


def _reinstall_triggers(sender: Any, using: str = "default", **kwargs: Any) -> None:
    from django.db import connections

    from trustdesk.audit import triggers

    triggers.install(connections[using])


class AuditConfig(AppConfig):
    name = "trustdesk.audit"
    label = "audit"

    def ready(self) -> None:
        from trustdesk.audit import triggers

        connection_created.connect(triggers.on_connection_created, dispatch_uid="trustdesk-audit-sqlite-flag")
        post_migrate.connect(_reinstall_triggers, sender=self, dispatch_uid="trustdesk-audit-triggers")
        if os.environ.get("TRUSTDESK_INPROCESS_WORKERS") == "1":
            from trustdesk.audit import integrator

            integrator.start_background_thread()
