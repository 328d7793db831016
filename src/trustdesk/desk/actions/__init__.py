"""Writes of the support desk: one transaction each, audited inside it, events published after commit.

Callers use ``from trustdesk.desk import actions`` and ``actions.<verb>_<noun>(..., actor=...)``; the package
is split by concern (conversations, assignment, SLA clocks and escalation, agents) but this is its one surface.
"""

from __future__ import annotations

from trustdesk.desk.actions.agents import create_canned_reply, set_presence, set_region_override, upsert_agent
from trustdesk.desk.actions.assignment import drain_queue
from trustdesk.desk.actions.clocks import refresh_sla
from trustdesk.desk.actions.common import recount_load
from trustdesk.desk.actions.conversations import (
    _store_attachment,
    add_note,
    create_conversation,
    post_message,
    reopen_conversation,
    resolve_conversation,
    set_status,
    submit_csat,
    take_conversation,
    transfer_conversation,
)
from trustdesk.desk.actions.escalation import check_sla
from trustdesk.desk.actions.priority import set_priority

__all__ = [
    "_store_attachment",
    "add_note",
    "check_sla",
    "create_canned_reply",
    "create_conversation",
    "drain_queue",
    "post_message",
    "recount_load",
    "refresh_sla",
    "reopen_conversation",
    "resolve_conversation",
    "set_presence",
    "set_priority",
    "set_region_override",
    "set_status",
    "submit_csat",
    "take_conversation",
    "transfer_conversation",
    "upsert_agent",
]
