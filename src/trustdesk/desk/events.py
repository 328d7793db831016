"""Broker channels and event payloads of the desk.

Events carry ids and kinds only, never message text: they may cross Redis, and each SSE stream re-reads what
its viewer may see through the selectors (an internal note must never reach the requester's stream).
Events are published after commit, so a subscriber that re-reads on an event always finds the data.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction

from trustdesk.core.broker import get_broker


def conversation_channel(conversation_id: int) -> str:
    """Both sides of one conversation."""
    return f"desk.conversation.{conversation_id}"


def team_channel(team_id: int) -> str:
    """The agents of a team: the queue changed."""
    return f"desk.team.{team_id}"


def user_channel(user_id: int) -> str:
    """One person: an assignment or escalation for an agent; a status change for a requester's list."""
    return f"desk.user.{user_id}"


def publish_on_commit(channel: str, event: dict[str, Any]) -> None:
    """Publish when (and only if) the surrounding transaction commits."""

    def _send() -> None:
        get_broker().publish(channel, event)

    transaction.on_commit(_send)
