"""Writes of the anti-impersonation app. Every change of the directory, every report and every contact scan is
audited inside the same transaction."""

from __future__ import annotations

import re
from typing import Any

import phonenumbers
import tldextract
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from trustdesk import audit
from trustdesk.core.errors import Conflict, ValidationFailed
from trustdesk.scamcheck import reports, selectors
from trustdesk.scamcheck.choices import Channel, CheckKind, ScamcheckAuditAction
from trustdesk.scamcheck.engine import CheckResult, Kind
from trustdesk.scamcheck.engine import contacts as contact_scanner
from trustdesk.scamcheck.explanations import explain
from trustdesk.scamcheck.models import OfficialEntry
from trustdesk.tenancy.actor import Actor
from trustdesk.tenancy.permissions import Perm

MAX_CHECK_TEXT = 10_000
MAX_SCAN_BYTES = 2_000_000
_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def normalise_entry(channel: str, value: str) -> str:
    """The stored form of a directory value, so look-ups match however the admin typed it."""
    value = value.strip()
    if not value:
        raise ValidationFailed(_("The value is empty."))
    if channel == Channel.DOMAIN:
        host = re.sub(r"^[a-z]+://", "", value.lower()).split("/")[0].rstrip(".")
        if not re.fullmatch(r"[a-z0-9.-]+\.[a-z0-9-]{2,}", host):
            raise ValidationFailed(_("Enter a domain name such as example.com."))
        return host
    if channel == Channel.PHONE:
        try:
            number = phonenumbers.parse(value, None)
        except phonenumbers.NumberParseException:
            raise ValidationFailed(
                _("Enter the number in international format, for example +84 24 1234 5678.")
            ) from None
        if not phonenumbers.is_valid_number(number):
            raise ValidationFailed(_("This is not a valid phone number."))
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if channel == Channel.EMAIL:
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
            raise ValidationFailed(_("Enter an e-mail address."))
        return value.lower()
    if channel in (Channel.ACCOUNT, Channel.SMS_SENDER):
        if len(value) > 120:
            raise ValidationFailed(_("The name is too long."))
        return re.sub(r"\s+", " ", value)
    raise ValidationFailed(_("Unknown channel."))


def do_add_directory_entry(
    *, actor: Actor, channel: str, value: str, owner: str, note: str = "", platform: bool = False
) -> OfficialEntry:
    """Add an official channel: to the platform directory (platform admins) or the actor's organization's."""
    if channel not in Channel.values:
        raise ValidationFailed(_("Unknown channel."))
    if platform:
        actor.require(Perm.PLATFORM_DIRECTORY_MANAGE)
        organization = None
    else:
        actor.require(Perm.DIRECTORY_MANAGE)
        organization = actor.organization
    if channel == Channel.PHONE and platform:
        # The platform's support is reached in the app only; a platform phone number would teach users
        # exactly the habit scammers exploit.
        raise ValidationFailed(_("Official TrustDesk support has no phone number."))
    owner = owner.strip()
    if not owner or len(owner) > 120:
        raise ValidationFailed(_("Say who this channel belongs to (at most 120 characters)."))
    stored = normalise_entry(channel, value)
    try:
        with transaction.atomic():
            entry = OfficialEntry.objects.create(
                organization=organization,
                channel=channel,
                value=stored,
                owner=owner,
                note=note.strip()[:255],
                created_by_id=actor.user_id,
            )
            audit.record(
                action=ScamcheckAuditAction.DIRECTORY_ENTRY_CREATE,
                actor=actor,
                organization=organization,
                target=entry,
                extra={"channel": channel, "value": stored, "owner": owner, "platform": platform},
            )
    except IntegrityError:
        raise Conflict(_("This entry is already in the directory.")) from None
    return entry


def do_remove_directory_entry(*, actor: Actor, entry_id: int) -> None:
    entry = selectors.get_entry_for_change(actor=actor, entry_id=entry_id)
    with transaction.atomic():
        audit.record(
            action=ScamcheckAuditAction.DIRECTORY_ENTRY_DELETE,
            actor=actor,
            organization=entry.organization,
            target=entry,
            extra={"channel": entry.channel, "value": entry.value, "owner": entry.owner},
        )
        entry.delete()


def run_check(
    *, actor: Actor | None, kind: str, text: str, lang: str | None = None, region: str | None = None
) -> CheckResult:
    """Check one item against the engine and the directory that applies to the actor (the platform's only
    for anonymous visitors). Checks are not audited: they carry no change and may contain private text."""
    if kind not in CheckKind.values:
        raise ValidationFailed(_("Choose what to check: a message, a link, a phone number or an account name."))
    text = text.strip()
    if not text:
        raise ValidationFailed(_("Paste something to check."))
    if len(text) > MAX_CHECK_TEXT:
        raise ValidationFailed(_("The text is too long to check (at most 10,000 characters)."))
    if actor is not None:
        actor.require(Perm.CHECK_RUN)
    checker = selectors.checker_for(actor.organization_id if actor is not None else None)
    return checker.check(Kind(kind), text, lang=lang, region=region)


def do_report_to_it(*, actor: Actor, kind: str, text: str, note: str = "", request: Any = None) -> int:
    """File a report with the evidence of a fresh check (re-run here, so a client cannot forge the verdict)."""
    actor.require(Perm.REPORT_CREATE)
    result = run_check(actor=actor, kind=kind, text=text)
    payload = explain(result)
    with transaction.atomic():
        report_id = reports.get_sink().file(
            organization_id=actor.organization_id,
            reporter_id=actor.user_id,
            kind=kind,
            text=text.strip(),
            result=payload,
            note=note.strip()[:2000],
        )
        audit.record(
            action=ScamcheckAuditAction.REPORT_CREATE,
            actor=actor,
            target_type="scamcheck.scamreport",
            target_id=report_id,
            request=request,
            extra={"kind": kind, "verdict": result.verdict.value, "signals": sorted(result.signal_types())},
        )
    return report_id


def do_scan_contacts(*, actor: Actor, filename: str, content: bytes, request: Any = None) -> list[dict[str, Any]]:
    """Scan an uploaded contacts file and return the "delete these" list.

    The file is read from memory and dropped when this returns; the audit record holds counts and the file's
    name and size, never its contents.
    """
    actor.require(Perm.CHECK_RUN)
    if len(content) > MAX_SCAN_BYTES:
        raise ValidationFailed(_("The file is too large (at most 2 MB)."))
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = content.decode("utf-16")
        except UnicodeDecodeError:
            raise ValidationFailed(_("The file is not UTF-8 text.")) from None
    fmt = contact_scanner.detect_format(filename, text)
    entries = contact_scanner.parse(filename, text)
    findings = contact_scanner.scan(entries, selectors.checker_for(actor.organization_id))
    with transaction.atomic():
        audit.record(
            action=ScamcheckAuditAction.CONTACT_SCAN_RUN,
            actor=actor,
            request=request,
            extra={"format": fmt, "bytes": len(content), "entries": len(entries), "flagged": len(findings)},
        )
    out = []
    for f in findings:
        out.append(
            {
                "name": f.contact.name,
                "phones": f.contact.phones,
                "emails": f.contact.emails,
                "line": f.contact.source_line,
                "verdict": f.verdict.value,
                "signals": [s.to_dict() for s in f.signals],
            }
        )
    return out
