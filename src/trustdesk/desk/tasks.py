"""SLA deadlines as scheduled tasks: one task per next deadline of a conversation, never a poll over all.

``refresh_sla`` (in ``actions``) computes the next instant at which a conversation's SLA changes level (risk,
then breach) and schedules :func:`check_sla_task` to run then. The task re-evaluates from the status log, so
a stale task (the conversation was answered or paused meanwhile) does nothing, and each level is handled at
most once (conditional updates in :func:`trustdesk.desk.actions.check_sla`).
"""

from __future__ import annotations

import logging
from datetime import datetime

from django_tasks import task
from django_tasks.exceptions import InvalidTaskError

from trustdesk.core import clock

log = logging.getLogger(__name__)


@task()
def check_sla_task(conversation_id: int) -> list[str]:
    from trustdesk.desk.actions import check_sla

    return check_sla(conversation_id)


def schedule_sla_check(conversation_id: int, at: datetime) -> None:
    """Enqueue the check to run at ``at``; backends that cannot defer run due checks at once."""
    try:
        check_sla_task.using(run_after=at).enqueue(conversation_id)
    except InvalidTaskError:
        if at <= clock.now():
            check_sla_task.enqueue(conversation_id)
        else:
            log.warning(
                "task backend cannot defer; SLA check for conversation %s at %s not scheduled",
                conversation_id,
                at.isoformat(),
            )
