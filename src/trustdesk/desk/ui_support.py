"""What the web UI and the SSE streams need on top of desk actions/selectors: presenters and upload intake.

Presenters turn models into the small dicts the templates, the JSON endpoints and the SSE frames share, so a
message looks the same whether it was rendered with the page or arrived live.  Decryption happens only here
and in selectors, for a viewer the selectors have already authorised.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from trustdesk import audit
from trustdesk.audit.models import AuditEvent
from trustdesk.core.errors import ValidationFailed
from trustdesk.core.uploads import (
    DEFAULT_ALLOWED,
    EXTENSIONS,
    CheckedUpload,
    NullScanner,
    RejectReason,
    Scanner,
    UploadRejected,
    check_upload,
    enforce_scan,
)
from trustdesk.desk import actions, selectors
from trustdesk.desk.choices import Category, DeskAuditAction, MessageKind, Priority, Side, Status
from trustdesk.desk.models import AgentProfile, Attachment, Conversation, Message, Team
from trustdesk.tenancy.actor import Actor

ACCEPT = ",".join(sorted({ext for t in DEFAULT_ALLOWED for ext in EXTENSIONS[t]}))

_scanner: Scanner = NullScanner()


def set_scanner(scanner: Scanner) -> None:
    """Install a real scanner (ClamAV, vendor API) at startup; the null scanner is the default."""
    global _scanner
    _scanner = scanner


def _label(choices: Any, value: str) -> str:
    try:
        return str(choices(value).label)
    except ValueError:
        return value


def status_label(value: str) -> str:
    return _label(Status, value)


def display_name(user: Any) -> str:
    return str(user.display_name or user.email) if user is not None else ""


# -- uploads ------------------------------------------------------------------------------------------------


def reject_message(reason: RejectReason) -> str:
    """The user's-language explanation of a refused file (never the internal detail)."""
    messages = {
        RejectReason.EMPTY: _("The file is empty."),
        RejectReason.TOO_LARGE: _("The file is too large."),
        RejectReason.UNKNOWN_TYPE: _("This type of file is not accepted."),
        RejectReason.NOT_ALLOWED: _("This type of file is not accepted."),
        RejectReason.TYPE_MISMATCH: _("The file's content does not match its type."),
        RejectReason.EXTENSION_MISMATCH: _("The file's name does not match its content."),
        RejectReason.UNSAFE_ARCHIVE: _("The document is malformed or too large when unpacked."),
        RejectReason.MACROS: _("Documents with macros are not accepted."),
        RejectReason.INFECTED: _("The file was flagged by the malware scanner."),
        RejectReason.SCAN_FAILED: _("The file could not be scanned. Please try again later."),
    }
    return messages[reason]


def check_files(files: Sequence[UploadedFile]) -> list[tuple[CheckedUpload, bytes]]:
    """Check every uploaded file (size, sniffed type, scan) before anything is written; all or nothing."""
    if len(files) > settings.ATTACHMENT_MAX_FILES:
        raise ValidationFailed(_("At most %(n)d files per message.") % {"n": settings.ATTACHMENT_MAX_FILES})
    checked: list[tuple[CheckedUpload, bytes]] = []
    for upload in files:
        name = upload.name or ""
        if upload.size is not None and upload.size > settings.ATTACHMENT_MAX_BYTES:
            raise ValidationFailed(f"{name}: {reject_message(RejectReason.TOO_LARGE)}")
        data = upload.read(settings.ATTACHMENT_MAX_BYTES + 1)
        try:
            result = check_upload(
                data, declared_type=upload.content_type, filename=name, max_bytes=settings.ATTACHMENT_MAX_BYTES
            )
            enforce_scan(_scanner, result, data)
        except UploadRejected as exc:
            raise ValidationFailed(f"{name}: {reject_message(exc.reason)}") from None
        checked.append((result, data))
    return checked


def create_request(
    *,
    actor: Actor,
    category: str,
    subject: str,
    description: str,
    preferred_language: str,
    files: Sequence[UploadedFile] = (),
    request: Any = None,
) -> Conversation:
    """Contact Support with attachments: files checked first, then one transaction for everything.

    The desk action creates the conversation without files; the files are attached to its first message in the
    same (outer) transaction, so the "created" event, published on commit, already finds them.
    """
    uploads = check_files(files)
    with transaction.atomic():
        conversation = actions.create_conversation(
            actor=actor,
            category=category,
            subject=subject,
            body=description,
            preferred_language=preferred_language,
            request=request,
        )
        if uploads:
            first = Message.objects.filter(conversation=conversation, kind=MessageKind.MESSAGE).order_by("id")[0]
            for upload in uploads:
                actions._store_attachment(conversation, first, upload)
    return conversation


def download_attachment(*, actor: Actor, attachment_uuid: str, request: Any = None) -> tuple[Attachment, bytes]:
    """A participant's download, audited (auditors follow who read what through the trail)."""
    attachment = selectors.get_attachment(actor=actor, attachment_uuid=attachment_uuid)
    conversation = attachment.message.conversation
    data = selectors.attachment_data(attachment, organization_id=conversation.organization_id)
    audit.record(
        action=DeskAuditAction.ATTACHMENT_DOWNLOAD,
        actor=actor,
        organization=conversation.organization,
        target=attachment,
        request=request,
        extra={"conversation": conversation.pk, "sha256": attachment.sha256},
    )
    return attachment, data


# -- presenters ---------------------------------------------------------------------------------------------


def message_view(message: Message, *, conversation: Conversation) -> dict[str, Any]:
    """One message as templates, JSON and SSE frames all show it."""
    author = message.author
    if message.side == Side.AGENT:
        name = display_name(author)
        badge = _("Verified TrustDesk staff")
    elif message.side == Side.REQUESTER:
        name = display_name(author)
        badge = ""
    else:
        name = _("TrustDesk")
        badge = ""
    return {
        "id": str(message.uuid),
        "seq": message.pk,
        "author_name": name,
        "author_role": str(message.side),
        "author_badge": badge,
        "internal": message.kind == MessageKind.NOTE,
        "kind": str(message.kind),
        "body": getattr(message, "plain_body", None)
        or selectors.body_of(message, organization_id=conversation.organization_id),
        "created_at": message.created_at.isoformat(),
        "created_at_dt": message.created_at,
        "attachments": [
            {
                "filename": a.filename,
                "size": a.size,
                "url": reverse("desk:attachment", args=[str(a.uuid)]),
            }
            for a in message.attachments.all()
        ],
    }


def json_message(view: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in view.items() if k != "created_at_dt"}


def messages_after(*, actor: Actor, conversation: Conversation, after: int = 0) -> list[dict[str, Any]]:
    qs = selectors.visible_messages(actor=actor, conversation=conversation)
    if after:
        qs = qs.filter(pk__gt=after)
    return [message_view(m, conversation=conversation) for m in qs]


def agent_view(conversation: Conversation) -> dict[str, Any] | None:
    if conversation.agent is None:
        return None
    return {"name": display_name(conversation.agent), "id": conversation.agent_id}


def priority_state(conversation: Conversation) -> dict[str, Any]:
    return {"priority": str(conversation.priority), "priority_label": _label(Priority, conversation.priority)}


def conversation_state(conversation: Conversation) -> dict[str, Any]:
    return {
        "status": str(conversation.status),
        "status_label": status_label(conversation.status),
        "agent": agent_view(conversation),
    }


@dataclass(frozen=True)
class Row:
    pk: int
    subject: str
    status_label: str
    priority_label: str
    organization: str
    team_name: str
    created_at: Any


def rows(conversations: Iterable[Conversation]) -> list[Row]:
    return [
        Row(
            pk=c.pk,
            subject=selectors.subject_of(c),
            status_label=status_label(c.status),
            priority_label=_label(Priority, c.priority),
            organization=c.organization.name,
            team_name=c.team.name if c.team else "",
            created_at=c.created_at,
        )
        for c in conversations
    ]


def conversation_context(*, actor: Actor, conversation: Conversation) -> dict[str, Any]:
    """Everything both conversation pages show."""
    agent_side = selectors.is_agent_side(actor=actor, conversation=conversation)
    return {
        "conversation": conversation,
        "subject": selectors.subject_of(conversation),
        "status_label": status_label(conversation.status),
        "priority_label": _label(Priority, conversation.priority),
        "category_label": _label(Category, conversation.category),
        "team": conversation.team,
        "agent": agent_view(conversation),
        # Not "messages": that name belongs to the flash messages the base template shows.
        "chat": messages_after(actor=actor, conversation=conversation),
        "can_reply": conversation.status != Status.CLOSED,
        "agent_side": agent_side,
        "accept": ACCEPT,
    }


def requester_panel(conversation: Conversation) -> dict[str, Any]:
    """Who is asking: verified identity, organization, and what the gate last saw of them.

    Device, country and the latest trust decision come from the audit trail (the zero-trust gate records each
    decision with the device and country it saw), so the panel shows what was verified, not what was claimed.
    """
    from trustdesk.identity.models import TOTPDevice
    from trustdesk.tenancy.models import Membership

    user = conversation.requester
    membership = Membership.objects.filter(user_id=user.pk).first()
    recent = AuditEvent.objects.filter(actor_id=user.pk).order_by("-id")
    located = recent.exclude(country="").first()
    latest = recent.first()
    decision = recent.filter(action__startswith="trust:").first()
    where = decision or located
    return {
        "name": display_name(user),
        "email": user.email,
        "verified": TOTPDevice.objects.filter(user_id=user.pk, confirmed_at__isnull=False).exists(),
        "organization": conversation.organization.name,
        "organization_verified": conversation.organization.verified,
        "role": membership.get_role_display() if membership else "",
        "device": _device_of(decision or latest),
        "country": where.country if where is not None else "",
        "decision": _decision_text(decision),
    }


def _device_of(event: AuditEvent | None) -> str:
    """Device id (or browser) the gate saw; empty once the personal data of that event has been erased."""
    if event is None or not _has_personal(event):
        return ""
    return str(event.personal.device_id or event.personal.user_agent[:80])


def _has_personal(event: AuditEvent) -> bool:
    try:
        return event.personal is not None
    except Exception:  # RelatedObjectDoesNotExist: erased or never recorded
        return False


def _decision_text(event: AuditEvent | None) -> str:
    if event is None:
        return ""
    reasons = "; ".join(str(r) for r in event.reasons or [])
    return f"{event.action} · {event.outcome}" + (f" · {reasons}" if reasons else "")


def transfer_targets(*, actor: Actor, conversation: Conversation) -> tuple[list[Team], list[dict[str, Any]]]:
    teams = list(Team.objects.exclude(pk=conversation.team_id or 0).order_by("key"))
    agents = [
        {
            "user_id": p.user_id,
            "name": display_name(p.user),
            "team": p.team.key,
            "is_specialist": p.is_specialist,
        }
        for p in AgentProfile.objects.select_related("user", "team")
        .exclude(user_id=actor.user_id)
        .order_by("team__key", "user__email")
        if p.user_id != conversation.agent_id
    ]
    return teams, agents
