"""Web adapters of the desk: the employee's Contact Support pages, the agent console, and SSE streams.

Thin by design: every read goes through ``selectors`` (tenant- and role-scoped; anything not visible is a 404)
and every write through ``actions`` (or ``ui_support`` for upload intake), so the web, the API and the CLI
enforce the same rules.  Streams are async views (ASGI): a waiting SSE client holds no thread.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote

from asgiref.sync import sync_to_async
from django.conf import settings
from django.contrib import messages as flash
from django.db import connections
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseRedirect,
    JsonResponse,
    StreamingHttpResponse,
)
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from trustdesk.core.broker import Event, get_broker
from trustdesk.core.errors import AuthenticationRequired, DomainError, NotFound, ValidationFailed
from trustdesk.desk import actions, events, selectors, ui_support
from trustdesk.desk.choices import Category, Presence, Priority, Side, Status
from trustdesk.desk.models import Team
from trustdesk.desk.sse import Frame, event_stream, sse_response
from trustdesk.identity.decorators import actor_required
from trustdesk.tenancy.actor import Actor, actor_for
from trustdesk.tenancy.permissions import Perm

STOPPED = {Status.RESOLVED.value, Status.CLOSED.value}


def _actor(request: HttpRequest) -> Actor:
    return request.actor  # type: ignore[attr-defined,no-any-return]


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _error_json(exc: DomainError) -> JsonResponse:
    return JsonResponse({"code": exc.code, "detail": str(exc.detail)}, status=exc.status)


def _conversation_or_404(actor: Actor, pk: int) -> Any:
    try:
        return selectors.get_conversation(actor=actor, conversation_id=pk)
    except NotFound:
        raise Http404 from None


# -- employee ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _ListRow:
    """One line of "My requests": what the page shows and what a live ``row`` frame patches."""

    pk: int
    subject: str
    status: str
    status_label: str
    team_name: str
    agent_name: str
    last_activity: datetime | None
    created_at: datetime


def _list_rows(actor: Actor) -> list[_ListRow]:
    conversations = list(selectors.requester_conversations(actor=actor)[:100])
    return [
        _ListRow(
            pk=row.pk,
            subject=row.subject,
            status=str(c.status),
            status_label=row.status_label,
            team_name=row.team_name,
            agent_name=ui_support.display_name(c.agent),
            last_activity=c.last_message_at,
            created_at=c.created_at,
        )
        for row, c in zip(ui_support.rows(conversations), conversations, strict=True)
    ]


def _row_state(conversation: Any, *, reply: bool) -> dict[str, Any]:
    """A row's live state: ids, status, names and a time; never the subject or any message text."""
    last = conversation.last_message_at
    return {
        "conversation": conversation.pk,
        "status": str(conversation.status),
        "status_label": ui_support.status_label(conversation.status),
        "team": conversation.team.name if conversation.team else "",
        "agent": ui_support.display_name(conversation.agent),
        "last_activity": last.isoformat() if last is not None else "",
        "reply": reply,
    }


@actor_required
@require_GET
def support_list(request: HttpRequest) -> HttpResponse:
    actor = _actor(request)
    if selectors.is_agent(actor=actor):
        return HttpResponseRedirect(reverse("desk:console"))
    return render(request, "desk/list.html", {"rows": _list_rows(actor)})


@actor_required
@require_GET
def support_list_rows(request: HttpRequest) -> HttpResponse:
    """The list's table alone: the live page re-reads it after (re)connecting and for a row it does not have."""
    actor = _actor(request)
    if selectors.is_agent(actor=actor):
        raise Http404
    return HttpResponse(render_to_string("desk/_list_rows.html", {"rows": _list_rows(actor)}, request=request))


@actor_required
@require_http_methods(["GET", "POST"])
def support_new(request: HttpRequest) -> HttpResponse:
    """Me → Help & Feedback → Contact Support."""
    actor = _actor(request)
    if selectors.is_agent(actor=actor):
        return HttpResponseRedirect(reverse("desk:console"))
    language = translation.get_language() or settings.LANGUAGE_CODE
    form = {"category": Category.ACCOUNT.value, "subject": "", "description": "", "preferred_language": language}
    error = ""
    status = 200
    if request.method == "POST":
        form = {key: request.POST.get(key, "") for key in form}
        try:
            conversation = ui_support.create_request(
                actor=actor,
                category=form["category"],
                subject=form["subject"],
                description=form["description"],
                preferred_language=form["preferred_language"],
                files=request.FILES.getlist("attachments"),
                request=request,
            )
        except DomainError as exc:
            error, status = str(exc.detail), exc.status
        else:
            return HttpResponseRedirect(reverse("desk:conversation", args=[conversation.pk]))
    context = {
        "form": form,
        "error": error,
        "categories": Category.choices,
        "accept": ui_support.ACCEPT,
        "max_mb": settings.ATTACHMENT_MAX_BYTES // (1024 * 1024) or 1,
    }
    return render(request, "desk/new.html", context, status=status)


@actor_required
@require_GET
def conversation_page(request: HttpRequest, pk: int) -> HttpResponse:
    actor = _actor(request)
    conversation = _conversation_or_404(actor, pk)
    if selectors.is_agent_side(actor=actor, conversation=conversation):
        return HttpResponseRedirect(reverse("desk:agent_conversation", args=[pk]))
    context = ui_support.conversation_context(actor=actor, conversation=conversation)
    context["show_csat"] = conversation.status in STOPPED and conversation.csat_score is None
    context["csat_score"] = conversation.csat_score
    context["csat_scale"] = range(1, 6)
    return render(request, "desk/conversation.html", context)


@actor_required
@require_GET
def messages_json(request: HttpRequest, pk: int) -> JsonResponse:
    """What a live page missed while (re)connecting: messages after ``?after=<seq>`` plus the current state."""
    actor = _actor(request)
    conversation = _conversation_or_404(actor, pk)
    try:
        after = max(0, int(request.GET.get("after", "0")))
    except ValueError:
        after = 0
    items = ui_support.messages_after(actor=actor, conversation=conversation, after=after)
    return JsonResponse(
        {"messages": [ui_support.json_message(m) for m in items], **ui_support.conversation_state(conversation)}
    )


@actor_required
@require_POST
def reply(request: HttpRequest, pk: int) -> HttpResponse:
    """A message from either side, or an internal note (agent side, ``internal=1``).

    The hot path of live chat: the action itself resolves (and authorises) the conversation, and the JSON
    answer is built from the message just written, so a reply costs no extra lookups here.
    """
    actor = _actor(request)
    body = request.POST.get("body", "")
    internal = request.POST.get("internal") == "1"
    try:
        if internal:
            if request.FILES:
                raise ValidationFailed(translation.gettext("Internal notes cannot carry attachments."))
            message = actions.add_note(actor=actor, conversation_id=pk, body=body, request=request)
        else:
            uploads = ui_support.check_files(request.FILES.getlist("attachments"))
            message = actions.post_message(
                actor=actor, conversation_id=pk, body=body, attachments=uploads, request=request
            )
    except NotFound:
        raise Http404 from None
    except DomainError as exc:
        if _wants_json(request):
            return _error_json(exc)
        flash.error(request, str(exc.detail))
        conversation = _conversation_or_404(actor, pk)
        agent_side = selectors.is_agent_side(actor=actor, conversation=conversation)
        return HttpResponseRedirect(
            reverse("desk:agent_conversation" if agent_side else "desk:conversation", args=[pk])
        )
    if _wants_json(request):
        view = ui_support.message_view(message, conversation=message.conversation)
        return JsonResponse({"message": ui_support.json_message(view)}, status=201)
    page = "desk:conversation" if message.side == Side.REQUESTER else "desk:agent_conversation"
    return HttpResponseRedirect(reverse(page, args=[pk]))


@actor_required
@require_POST
def csat(request: HttpRequest, pk: int) -> HttpResponse:
    actor = _actor(request)
    _conversation_or_404(actor, pk)
    try:
        score = int(request.POST.get("score", ""))
    except ValueError:
        score = 0
    try:
        actions.submit_csat(
            actor=actor, conversation_id=pk, score=score, comment=request.POST.get("comment", ""), request=request
        )
    except DomainError as exc:
        flash.error(request, str(exc.detail))
    return HttpResponseRedirect(reverse("desk:conversation", args=[pk]))


@actor_required
@require_GET
def attachment(request: HttpRequest, uuid: Any) -> HttpResponse:
    """Participants only (404 for anyone else); served as a download in a sandbox, never rendered inline."""
    try:
        item, data = ui_support.download_attachment(actor=_actor(request), attachment_uuid=str(uuid), request=request)
    except NotFound:
        raise Http404 from None
    response = HttpResponse(data, content_type=item.content_type)
    ascii_name = item.filename.encode("ascii", "replace").decode().replace('"', "_").replace("?", "_")
    response["Content-Disposition"] = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(item.filename)}"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


# -- agent console ----------------------------------------------------------------------------------------


def _profile_or_404(actor: Actor) -> Any:
    profile = selectors.agent_profile(actor=actor)
    if profile is None:
        raise Http404
    return profile


def _panel_context(actor: Actor) -> dict[str, Any]:
    return {
        "mine": ui_support.rows(selectors.my_conversations(actor=actor)[:100]),
        "queue": ui_support.rows(selectors.team_queue(actor=actor)[:100]),
    }


@actor_required
@require_GET
def console(request: HttpRequest) -> HttpResponse:
    actor = _actor(request)
    profile = _profile_or_404(actor)
    context = {
        "profile": profile,
        "presence_label": ui_support._label(Presence, profile.presence),
        "presence_choices": Presence.choices,
        **_panel_context(actor),
    }
    return render(request, "desk/console.html", context)


@actor_required
@require_GET
def panel(request: HttpRequest) -> HttpResponse:
    actor = _actor(request)
    _profile_or_404(actor)
    return HttpResponse(render_to_string("desk/_panel.html", _panel_context(actor), request=request))


@actor_required
@require_POST
def presence(request: HttpRequest) -> HttpResponse:
    actor = _actor(request)
    _profile_or_404(actor)
    try:
        actions.set_presence(actor=actor, presence=request.POST.get("presence", ""), request=request)
    except DomainError as exc:
        flash.error(request, str(exc.detail))
    return HttpResponseRedirect(reverse("desk:console"))


@actor_required
@require_GET
def agent_conversation(request: HttpRequest, pk: int) -> HttpResponse:
    actor = _actor(request)
    conversation = _conversation_or_404(actor, pk)
    if not selectors.is_agent_side(actor=actor, conversation=conversation):
        return HttpResponseRedirect(reverse("desk:conversation", args=[pk]))
    context = ui_support.conversation_context(actor=actor, conversation=conversation)
    teams, agents = ui_support.transfer_targets(actor=actor, conversation=conversation)
    active = conversation.status not in STOPPED
    context.update(
        requester=ui_support.requester_panel(conversation),
        canned=list(selectors.canned_replies(actor=actor)),
        can_take=active and conversation.agent_id is None,
        can_resolve=active,
        can_reopen=conversation.status == Status.RESOLVED,
        can_transfer=active,
        can_prioritise=active and selectors.works_for_team(actor=actor, conversation=conversation),
        priority_choices=Priority.choices,
        transfer_teams=teams,
        transfer_agents=agents,
    )
    return render(request, "desk/agent_conversation.html", context)


def _agent_action(request: HttpRequest, pk: int, run: Any) -> HttpResponse:
    actor = _actor(request)
    _conversation_or_404(actor, pk)
    try:
        run(actor)
    except NotFound:
        raise Http404 from None
    except DomainError as exc:
        flash.error(request, str(exc.detail))
    return HttpResponseRedirect(reverse("desk:agent_conversation", args=[pk]))


@actor_required
@require_POST
def take(request: HttpRequest, pk: int) -> HttpResponse:
    return _agent_action(request, pk, lambda a: actions.take_conversation(actor=a, conversation_id=pk, request=request))


@actor_required
@require_POST
def resolve(request: HttpRequest, pk: int) -> HttpResponse:
    return _agent_action(
        request, pk, lambda a: actions.resolve_conversation(actor=a, conversation_id=pk, request=request)
    )


@actor_required
@require_POST
def reopen(request: HttpRequest, pk: int) -> HttpResponse:
    return _agent_action(
        request, pk, lambda a: actions.reopen_conversation(actor=a, conversation_id=pk, request=request)
    )


@actor_required
@require_POST
def transfer(request: HttpRequest, pk: int) -> HttpResponse:
    kind, _sep, value = request.POST.get("target", "").partition(":")

    def run(actor: Actor) -> None:
        if kind == "agent" and value.isdigit():
            actions.transfer_conversation(actor=actor, conversation_id=pk, to_agent_id=int(value), request=request)
        elif kind == "team" and value.isdigit():
            team = Team.objects.filter(pk=int(value)).values_list("key", flat=True).first()
            if team is None:
                raise NotFound("Team not found.")
            actions.transfer_conversation(actor=actor, conversation_id=pk, to_team=str(team), request=request)
        else:
            raise NotFound("Not found.")

    return _agent_action(request, pk, run)


@actor_required
@require_POST
def priority(request: HttpRequest, pk: int) -> HttpResponse:
    return _agent_action(
        request,
        pk,
        lambda a: actions.set_priority(
            actor=a,
            conversation_id=pk,
            priority=request.POST.get("priority", ""),
            reason=request.POST.get("reason", ""),
            request=request,
        ),
    )


# -- live streams (async, ASGI) ----------------------------------------------------------------------------


async def _stream_actor(request: HttpRequest) -> Actor:
    user = await request.auser()
    try:
        return await sync_to_async(actor_for)(user)
    except AuthenticationRequired:
        raise Http404 from None


async def _release_db(stream: AsyncIterator[str]) -> AsyncIterator[str]:
    """Close the request thread's database connections before streaming.

    Under ASGI each request's sync parts (middleware, auth) run in a thread of their own; a connection opened
    there would stay open for the whole life of the stream, so 200 open chats would hold 200 PostgreSQL
    connections.  Streams therefore give theirs back at once and render events in the shared, bounded
    executor (``thread_sensitive=False``), whose few threads keep a few persistent connections.
    """
    await sync_to_async(connections.close_all)()
    async for chunk in stream:
        yield chunk


class _ConversationStream:
    """Renders one viewer's events of one conversation (sync; runs in a shared executor thread).

    Access is re-checked through the selectors on every status or assignment event and at least every
    ``RECHECK_SECONDS`` otherwise, so a participant who loses access stops receiving within seconds (and the
    stream itself ends after ``MAX_STREAM_SECONDS``), without a conversation lookup per chat message.
    """

    RECHECK_SECONDS = 5.0

    def __init__(self, actor: Actor, pk: int, language: str | None) -> None:
        self.actor = actor
        self.pk = pk
        self.language = language
        self.conversation: Any = None
        self.checked_at = 0.0

    def _load(self) -> bool:
        try:
            self.conversation = selectors.get_conversation(actor=self.actor, conversation_id=self.pk)
        except NotFound:
            self.conversation = None
            return False
        self.checked_at = time.monotonic()
        return True

    def frames(self, ev: Event) -> list[Frame]:
        with translation.override(self.language):
            return self._frames(ev)

    def _frames(self, ev: Event) -> list[Frame]:
        kind = ev.data.get("type")
        stale = time.monotonic() - self.checked_at > self.RECHECK_SECONDS
        if (self.conversation is None or stale or kind not in ("message", "note")) and not self._load():
            return [("status", {"status": "gone", "status_label": "", "reload": True})]
        conversation = self.conversation
        if kind in ("message", "note"):
            try:
                message = selectors.get_message(
                    actor=self.actor, conversation=conversation, message_uuid=str(ev.data.get("message", ""))
                )
            except NotFound:
                return []  # e.g. an internal note on the requester's stream
            view = ui_support.message_view(message, conversation=conversation)
            return [("message.new", ui_support.json_message(view))]
        if kind == "assignment":
            return [("assigned", {"agent": ui_support.agent_view(conversation)})]
        if kind == "priority":
            return [("priority", ui_support.priority_state(conversation))]
        if kind in ("status", "csat"):
            state = ui_support.conversation_state(conversation)
            state["reload"] = not selectors.is_agent_side(actor=self.actor, conversation=conversation) and (
                conversation.status in STOPPED or kind == "csat"
            )
            return [("status", state)]
        return [("sync", {})]


@require_GET
async def conversation_events(request: HttpRequest, pk: int) -> StreamingHttpResponse | HttpResponse:
    actor = await _stream_actor(request)
    renderer = _ConversationStream(actor, pk, translation.get_language())
    if not await sync_to_async(renderer._load)():
        raise Http404

    async def render_event(ev: Event) -> Iterable[Frame]:
        return await sync_to_async(renderer.frames, thread_sensitive=False)(ev)

    stream = event_stream(get_broker(), [events.conversation_channel(pk)], render_event)
    return sse_response(_release_db(stream))


@require_GET
async def agent_events(request: HttpRequest) -> StreamingHttpResponse | HttpResponse:
    """The console's stream: the agent's teams (queue changes) and the agent's own channel (assignments)."""
    actor = await _stream_actor(request)
    team_ids = await sync_to_async(selectors._agent_team_ids)(actor) if selectors.is_agent(actor=actor) else set()
    if not team_ids:
        raise Http404
    channels = [events.team_channel(t) for t in sorted(team_ids)] + [events.user_channel(actor.user_id)]

    async def render_event(ev: Event) -> Iterable[Frame]:
        kind = str(ev.data.get("type", "sync"))
        name = {"message": "message.new", "assignment": "assigned", "status": "status"}.get(kind, "queue")
        return [(name, {"conversation": ev.data.get("conversation")})]

    return sse_response(_release_db(event_stream(get_broker(), channels, render_event)))


class _RequesterListStream:
    """Renders the events of the requester's own channel as ``row`` frames of "My requests" (sync; shared executor).

    Deny by default: the stream listens only on ``user_channel(actor)``, and every event is re-read through
    ``requester_conversations``, so an event naming a conversation that is not the viewer's own (a mis-published
    or forged id, an agent notice) yields nothing.  Only the kinds that change a row are rendered.
    """

    KINDS = frozenset({"conversation.created", "assignment", "routing", "status", "message", "priority", "csat"})

    def __init__(self, actor: Actor, language: str | None) -> None:
        self.actor = actor
        self.language = language

    def frames(self, ev: Event) -> list[Frame]:
        with translation.override(self.language):
            return self._frames(ev)

    def _frames(self, ev: Event) -> list[Frame]:
        if ev.data.get("type") not in self.KINDS:
            return []
        try:
            pk = int(ev.data.get("conversation"))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return []
        conversation = selectors.requester_conversations(actor=self.actor).filter(pk=pk).first()
        if conversation is None:
            return []
        reply = False
        if ev.data.get("type") == "message":
            try:
                message = selectors.get_message(
                    actor=self.actor, conversation=conversation, message_uuid=str(ev.data.get("message", ""))
                )
            except NotFound:
                return []
            reply = message.side == Side.AGENT
        return [("row", _row_state(conversation, reply=reply))]


def _is_requester(actor: Actor) -> bool:
    """Who has a "My requests" list: someone who may open a request and is not on the support side."""
    return actor.can(Perm.CONVERSATION_CREATE) and not selectors.is_agent(actor=actor)


@require_GET
async def support_list_events(request: HttpRequest) -> StreamingHttpResponse | HttpResponse:
    """The list's stream: the signed-in requester's own channel only (status, assignment, replies)."""
    actor = await _stream_actor(request)
    if not _is_requester(actor):
        raise Http404
    renderer = _RequesterListStream(actor, translation.get_language())

    async def render_event(ev: Event) -> Iterable[Frame]:
        return await sync_to_async(renderer.frames, thread_sensitive=False)(ev)

    stream = event_stream(get_broker(), [events.user_channel(actor.user_id)], render_event)
    return sse_response(_release_db(stream))
