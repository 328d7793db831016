"""/api/v1/desk: thin adapters over the desk's actions and selectors.

Every object lookup goes through the actor-scoped selectors, so another tenant's (or another team's)
conversation answers 404 on every endpoint. Text fields are decrypted only while serialising a response.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from django.http import HttpRequest, StreamingHttpResponse
from django.utils.translation import gettext_noop
from ninja import Query, Router, Schema, Status
from ninja.pagination import CursorPagination, paginate
from pydantic import Field

from trustdesk.core.broker import Event, get_broker
from trustdesk.core.errors import NotFound
from trustdesk.core.schemas import StrictSchema
from trustdesk.desk import actions, events, selectors, sse
from trustdesk.desk.choices import Category, Priority
from trustdesk.desk.choices import Status as ConversationStatus
from trustdesk.desk.models import CannedReply, Conversation, Message
from trustdesk.tenancy.actor import Actor

router = Router(tags=["desk"])


def _actor(request: HttpRequest) -> Actor:
    return request.auth  # type: ignore[attr-defined,no-any-return]


def _act_then_read(
    request: HttpRequest, conversation_id: int, action: Callable[..., Any], **fields: Any
) -> Conversation:
    """Run a conversation action as the request's actor and answer with the conversation as they now see it."""
    actor = _actor(request)
    action(actor=actor, conversation_id=conversation_id, request=request, **fields)
    return selectors.get_conversation(actor=actor, conversation_id=conversation_id)


def _created(message: Message) -> Status:
    return Status(201, _message_out(message, message.conversation.organization_id))


# -- schemas ------------------------------------------------------------------------------------------------


class TeamOut(Schema):
    key: str
    name: str
    verified: bool = True  # every team is the platform's official team


class PersonOut(Schema):
    id: int
    display_name: str
    verified: bool


class RequesterOut(PersonOut):
    email: str
    organization: str
    organization_verified: bool


class ConversationOut(Schema):
    id: int
    subject: str
    category: str
    priority: str
    status: str
    preferred_language: str
    region: str
    team: TeamOut | None
    agent: PersonOut | None
    created_at: datetime
    last_message_at: datetime | None
    queued: bool
    first_response_due_at: datetime | None
    resolution_due_at: datetime | None
    csat_score: int | None

    @staticmethod
    def resolve_subject(obj: Conversation) -> str:
        return selectors.subject_of(obj)

    @staticmethod
    def resolve_queued(obj: Conversation) -> bool:
        return obj.agent_id is None and obj.status in {
            ConversationStatus.NEW,
            ConversationStatus.OPEN,
            ConversationStatus.WAITING,
        }

    @staticmethod
    def resolve_team(obj: Conversation) -> dict[str, Any] | None:
        return {"key": obj.team.key, "name": obj.team.name, "verified": True} if obj.team is not None else None

    @staticmethod
    def resolve_agent(obj: Conversation) -> dict[str, Any] | None:
        agent = obj.agent
        if agent is None:
            return None
        membership = getattr(agent, "membership", None)
        verified = bool(membership and membership.organization.is_platform and membership.organization.verified)
        return {"id": agent.pk, "display_name": agent.display_name or agent.email, "verified": verified}


class ConversationDetailOut(ConversationOut):
    requester: RequesterOut | None = None
    reminder: str = ""

    @staticmethod
    def resolve_requester(obj: Conversation) -> dict[str, Any] | None:
        return getattr(obj, "requester_panel", None)

    @staticmethod
    def resolve_reminder(obj: Conversation) -> str:
        return str(getattr(obj, "reminder", ""))


class AttachmentOut(Schema):
    id: str
    filename: str
    content_type: str
    size: int


class MessageOut(Schema):
    id: str
    side: str
    kind: str
    author: str
    body: str
    created_at: datetime
    attachments: list[AttachmentOut]


class ConversationIn(StrictSchema):
    category: str = Field(min_length=1, max_length=16)
    subject: str = Field(min_length=1, max_length=200)
    body: str = Field(min_length=1, max_length=10_000)
    preferred_language: str = Field(default="", max_length=16)
    priority: str = Field(default=Priority.NORMAL, max_length=8)


class BodyIn(StrictSchema):
    body: str = Field(min_length=1, max_length=10_000)


class TransferIn(StrictSchema):
    agent_id: int | None = None
    team: str | None = Field(default=None, max_length=16)
    specialist: bool = False
    reason: str = Field(default="", max_length=300)


class StatusIn(StrictSchema):
    status: str = Field(min_length=1, max_length=24)


class PriorityIn(StrictSchema):
    priority: str = Field(min_length=1, max_length=8)
    reason: str = Field(min_length=1, max_length=300)


class CsatIn(StrictSchema):
    score: int
    comment: str = Field(default="", max_length=2000)


class PresenceIn(StrictSchema):
    presence: str = Field(min_length=1, max_length=16)


class PresenceOut(Schema):
    presence: str
    load: int
    capacity: int
    team: str


class CannedReplyOut(Schema):
    key: str
    language: str
    title: str
    body: str
    team: str = Field(alias="team.key")


class ChoiceOut(Schema):
    value: str
    label: str


class MetricsQuery(Schema):
    since: datetime | None = None
    until: datetime | None = None


REMINDER = gettext_noop("Official support never asks for your password or one-time codes.")


def _message_out(message: Message, organization_id: int) -> dict[str, Any]:
    author = message.author
    return {
        "id": str(message.uuid),
        "side": message.side,
        "kind": message.kind,
        "author": (author.display_name or author.email) if author is not None else "",
        "body": selectors.body_of(message, organization_id=organization_id),
        "created_at": message.created_at,
        "attachments": [
            {"id": str(a.uuid), "filename": a.filename, "content_type": a.content_type, "size": a.size}
            for a in message.attachments.all()
        ],
    }


def _detail(actor: Actor, conversation: Conversation) -> Conversation:
    """Attach what only the detail view shows: the reminder, and the requester panel for the agent side."""
    from django.utils.translation import gettext as _

    conversation.reminder = _(REMINDER)  # type: ignore[attr-defined]
    panel = None
    if selectors.is_agent_side(actor=actor, conversation=conversation):
        requester = conversation.requester
        panel = {
            "id": requester.pk,
            "display_name": requester.display_name or requester.email,
            "email": requester.email,
            "verified": True,  # signed in with both factors through the gate to open it
            "organization": conversation.organization.name,
            "organization_verified": conversation.organization.verified,
        }
    conversation.requester_panel = panel  # type: ignore[attr-defined]
    return conversation


# -- employee side ------------------------------------------------------------------------------------------


@router.get("/categories", response=list[ChoiceOut], summary="Request categories")
def categories(request: HttpRequest) -> list[dict[str, str]]:
    return [{"value": value, "label": str(label)} for value, label in Category.choices]


@router.post("/conversations", response={201: ConversationDetailOut}, summary="Contact Support")
def create_conversation(request: HttpRequest, payload: ConversationIn) -> Status:
    actor = _actor(request)
    conversation = actions.create_conversation(actor=actor, request=request, **payload.dict())
    conversation = selectors.get_conversation(actor=actor, conversation_id=conversation.pk)
    return Status(201, _detail(actor, conversation))


@router.get("/conversations", response=list[ConversationOut], summary="My support conversations")
@paginate(CursorPagination, ordering=("-id",))
def list_conversations(request: HttpRequest) -> Any:
    actor = _actor(request)
    if selectors.is_agent(actor=actor):
        return selectors.my_conversations(actor=actor, active_only=False)
    return selectors.requester_conversations(actor=actor)


@router.get("/conversations/{conversation_id}", response=ConversationDetailOut, summary="One conversation")
def get_conversation(request: HttpRequest, conversation_id: int) -> Conversation:
    actor = _actor(request)
    return _detail(actor, selectors.get_conversation(actor=actor, conversation_id=conversation_id))


@router.get("/conversations/{conversation_id}/messages", response=list[MessageOut], summary="Messages")
def list_messages(request: HttpRequest, conversation_id: int) -> list[dict[str, Any]]:
    actor = _actor(request)
    conversation = selectors.get_conversation(actor=actor, conversation_id=conversation_id)
    return [
        _message_out(m, conversation.organization_id)
        for m in selectors.visible_messages(actor=actor, conversation=conversation)
    ]


@router.post("/conversations/{conversation_id}/messages", response={201: MessageOut}, summary="Reply")
def post_message(request: HttpRequest, conversation_id: int, payload: BodyIn) -> Status:
    return _created(
        actions.post_message(actor=_actor(request), conversation_id=conversation_id, body=payload.body, request=request)
    )


@router.post("/conversations/{conversation_id}/reopen", response=ConversationOut, summary="Reopen")
def reopen(request: HttpRequest, conversation_id: int) -> Conversation:
    return _act_then_read(request, conversation_id, actions.reopen_conversation)


@router.post("/conversations/{conversation_id}/csat", response=ConversationOut, summary="Rate the support")
def csat(request: HttpRequest, conversation_id: int, payload: CsatIn) -> Conversation:
    return _act_then_read(request, conversation_id, actions.submit_csat, score=payload.score, comment=payload.comment)


# -- agent side ---------------------------------------------------------------------------------------------


@router.get("/queue", response=list[ConversationOut], summary="My team's queue")
def queue(request: HttpRequest) -> Any:
    return list(selectors.team_queue(actor=_actor(request))[:200])


@router.get("/mine", response=list[ConversationOut], summary="Conversations assigned to me")
def mine(request: HttpRequest) -> Any:
    return list(selectors.my_conversations(actor=_actor(request))[:200])


@router.post("/conversations/{conversation_id}/notes", response={201: MessageOut}, summary="Internal note")
def add_note(request: HttpRequest, conversation_id: int, payload: BodyIn) -> Status:
    return _created(
        actions.add_note(actor=_actor(request), conversation_id=conversation_id, body=payload.body, request=request)
    )


@router.post("/conversations/{conversation_id}/take", response=ConversationOut, summary="Take from the queue")
def take(request: HttpRequest, conversation_id: int) -> Conversation:
    return _act_then_read(request, conversation_id, actions.take_conversation)


@router.post("/conversations/{conversation_id}/transfer", response=ConversationOut, summary="Transfer")
def transfer(request: HttpRequest, conversation_id: int, payload: TransferIn) -> Any:
    actor = _actor(request)
    conversation = actions.transfer_conversation(
        actor=actor,
        conversation_id=conversation_id,
        to_agent_id=payload.agent_id,
        to_team=payload.team,
        to_specialist=payload.specialist,
        reason=payload.reason,
        request=request,
    )
    try:
        return selectors.get_conversation(actor=actor, conversation_id=conversation_id)
    except NotFound:
        return conversation  # transferred out of the actor's sight: the response is the last state they saw


@router.post("/conversations/{conversation_id}/status", response=ConversationOut, summary="Change status")
def set_status(request: HttpRequest, conversation_id: int, payload: StatusIn) -> Conversation:
    return _act_then_read(request, conversation_id, actions.set_status, status=payload.status)


@router.post("/conversations/{conversation_id}/priority", response=ConversationOut, summary="Change priority")
def set_priority(request: HttpRequest, conversation_id: int, payload: PriorityIn) -> Conversation:
    """Agents of the conversation's team and its lead; the SLA due times are recomputed for the new priority."""
    return _act_then_read(
        request, conversation_id, actions.set_priority, priority=payload.priority, reason=payload.reason
    )


@router.post("/conversations/{conversation_id}/resolve", response=ConversationOut, summary="Resolve")
def resolve(request: HttpRequest, conversation_id: int) -> Conversation:
    return _act_then_read(request, conversation_id, actions.resolve_conversation)


@router.put("/presence", response=PresenceOut, summary="Set my presence")
def presence(request: HttpRequest, payload: PresenceIn) -> dict[str, Any]:
    profile = actions.set_presence(actor=_actor(request), presence=payload.presence, request=request)
    profile.refresh_from_db()
    return {"presence": profile.presence, "load": profile.load, "capacity": profile.capacity, "team": profile.team.key}


@router.get("/presence", response=PresenceOut, summary="My presence")
def get_presence(request: HttpRequest) -> dict[str, Any]:
    profile = selectors.agent_profile(actor=_actor(request))
    if profile is None:
        raise NotFound("Not found.")
    return {"presence": profile.presence, "load": profile.load, "capacity": profile.capacity, "team": profile.team.key}


@router.get("/canned-replies", response=list[CannedReplyOut], summary="My team's canned replies")
def canned(request: HttpRequest, language: str | None = None) -> list[CannedReply]:
    return list(selectors.canned_replies(actor=_actor(request), language=language).select_related("team"))


@router.get("/events", summary="Server-Sent Events: ids of what changed for me (CLI `support watch`)")
def stream_events(request: HttpRequest, seconds: float = 300.0) -> StreamingHttpResponse:
    """Forward the actor's own channels. Events carry kinds and ids only, so forwarding them leaks nothing;
    the client re-reads the conversation through the API, which applies the usual scoping."""
    actor = _actor(request)
    channels = [events.user_channel(actor.user_id)]
    profile = selectors.agent_profile(actor=actor)
    if profile is not None:
        channels.append(events.team_channel(profile.team_id))

    async def render(event: Event) -> list[tuple[str, dict[str, Any]]]:
        kind = str(event.data.get("type", "change"))
        return [(kind, {k: v for k, v in event.data.items() if k != "reason" or profile is not None})]

    limit = min(max(seconds, 1.0), sse.MAX_STREAM_SECONDS)
    return sse.sse_response(sse.event_stream(get_broker(), channels, render, max_seconds=limit))


@router.get("/metrics", summary="Time to first response and to resolution (median, p90)")
def metrics(request: HttpRequest, query: Query[MetricsQuery]) -> dict[str, Any]:
    return selectors.metrics(actor=_actor(request), since=query.since, until=query.until)
