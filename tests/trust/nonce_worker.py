"""A stand-in for a second worker process: its own interpreter, its own database connection."""

from __future__ import annotations

import os
from typing import Any


def claim_in_worker(database: dict[str, Any], barrier: Any, out: Any) -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trustdesk.config.settings")
    django.setup()
    from django.db import connections

    from trustdesk.trust.stores import DatabaseNonceStore

    connections["default"].settings_dict.update(database)
    barrier.wait()
    try:
        out.put(DatabaseNonceStore().claim("dev_x", "the-replayed-nonce", ttl_seconds=300))
    finally:
        connections["default"].close()
