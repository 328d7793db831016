"""Demo data: integrate what the foundation seeded, so the logs and their first checkpoints exist at once."""

from __future__ import annotations

from typing import Any


def seed(world: Any) -> None:
    from trustdesk.audit import integrator

    integrator.integrate_all()
