"""Contact scanner core: read a vCard file, a CSV sheet or a chat export, and find the entries that present
themselves as a support line or hotline of a platform, bank or brand but are not official.

Parsing is tolerant (real exports are messy) but bounded: at most ``MAX_ENTRIES`` entries are read, and the
caller passes the file's text, never a path, so nothing is stored.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from trustdesk.scamcheck.engine.checker import Checker
from trustdesk.scamcheck.engine.types import Kind, Signal, Verdict

MAX_ENTRIES = 20_000
_PHONE = re.compile(r"\+?\d[\d\s\-.()]{6,20}\d")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# WhatsApp/Telegram/LINE style: "[12/01/2026, 10:22] Name: text" or "12/01/2026 10:22 - Name: text".
_CHAT_LINE = re.compile(r"^\[?[\d/.\-]{6,10},?\s+[\d:]{4,8}(?:\s?[APap][Mm])?\]?\s*(?:-\s*)?([^:]{1,80}):\s*(.*)$")


@dataclass
class Contact:
    name: str
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    source_line: int = 0


@dataclass(frozen=True)
class Finding:
    contact: Contact
    verdict: Verdict
    signals: tuple[Signal, ...]


def detect_format(filename: str, text: str) -> str:
    lower = filename.lower()
    if lower.endswith((".vcf", ".vcard")) or "BEGIN:VCARD" in text[:2000].upper():
        return "vcard"
    if lower.endswith(".csv"):
        return "csv"
    return "chat"


def parse_vcard(text: str) -> list[Contact]:
    contacts: list[Contact] = []
    current: Contact | None = None
    # Unfold continuation lines (RFC 6350 §3.2).
    lines = re.sub(r"\r?\n[ \t]", "", text).splitlines()
    for n, line in enumerate(lines, 1):
        key, _, value = line.partition(":")
        prop = key.split(";")[0].strip().upper()
        if prop == "BEGIN":
            current = Contact("", source_line=n)
        elif prop == "END" and current is not None:
            contacts.append(current)
            current = None
        elif current is None:
            continue
        elif prop == "FN":
            current.name = value.strip()
        elif prop == "N" and not current.name:
            current.name = " ".join(p for p in reversed(value.split(";")[:2]) if p).strip()
        elif prop == "ORG" and value.strip():
            current.name = f"{current.name} ({value.strip()})" if current.name else value.strip()
        elif prop == "TEL":
            current.phones.append(value.strip().removeprefix("tel:"))
        elif prop == "EMAIL":
            current.emails.append(value.strip())
        if len(contacts) >= MAX_ENTRIES:
            break
    return contacts


def parse_csv(text: str) -> list[Contact]:
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    if not rows:
        return []
    header = [h.strip().lower() for h in rows[0]]
    has_header = any(re.search(r"name|tên|名|ชื่อ|nama|اسم|phone|tel|mobile|số|电话|โทร|telefon|هاتف", h) for h in header)
    name_cols = (
        [i for i, h in enumerate(header) if re.search(r"name|tên|名|ชื่อ|nama|اسم|org|company", h)] if has_header else []
    )
    contacts: list[Contact] = []
    for n, row in enumerate(rows[1:] if has_header else rows, 2 if has_header else 1):
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        phones = [c for c in cells if _PHONE.fullmatch(c)]
        emails = [c for c in cells if _EMAIL.fullmatch(c)]
        names = [cells[i] for i in name_cols if i < len(cells) and cells[i]] or [
            c for c in cells if c and c not in phones and c not in emails
        ][:1]
        contacts.append(Contact(" ".join(names), phones, emails, n))
        if len(contacts) >= MAX_ENTRIES:
            break
    return contacts


def parse_chat(text: str) -> list[Contact]:
    """Senders of a chat export, with any numbers they posted; a sender that shares a "support" number
    counts as a contact with that number."""
    by_name: dict[str, Contact] = {}
    for n, line in enumerate(text.splitlines(), 1):
        m = _CHAT_LINE.match(line.strip())
        if not m:
            continue
        name, message = m.group(1).strip(), m.group(2)
        contact = by_name.setdefault(name, Contact(name, source_line=n))
        for phone in _PHONE.findall(message):
            if phone not in contact.phones:
                contact.phones.append(phone)
        for email in _EMAIL.findall(message):
            if email not in contact.emails:
                contact.emails.append(email)
        if len(by_name) >= MAX_ENTRIES:
            break
    return list(by_name.values())


def parse(filename: str, text: str) -> list[Contact]:
    fmt = detect_format(filename, text)
    if fmt == "vcard":
        return parse_vcard(text)
    if fmt == "csv":
        return parse_csv(text)
    return parse_chat(text)


def scan(contacts: list[Contact], checker: Checker, *, region: str | None = None) -> list[Finding]:
    """Entries that present themselves as support/official but are not: the "delete these" list.

    A contact is listed when its name is flagged as an account (look-alike of an official account, or
    support/brand wording that is not in the directory), or any of its numbers is flagged when read together
    with its name (a number presented as a support line, premium-rate, shared-cost).
    """
    findings: list[Finding] = []
    for contact in contacts:
        if not contact.name and not contact.phones:
            continue
        account = checker.check(Kind.ACCOUNT, contact.name) if contact.name else None
        if account is not None and account.verdict == Verdict.OFFICIAL:
            continue
        signals: list[Signal] = list(account.signals) if account is not None and account.flagged else []
        worst = account.verdict if account is not None and account.flagged else Verdict.SAFE
        for phone in contact.phones:
            result = checker.check(Kind.PHONE, f"{contact.name} {phone}", region=region)
            if result.verdict == Verdict.OFFICIAL:
                continue
            if result.flagged:
                signals.extend(s for s in result.signals if s not in signals)
                if result.verdict == Verdict.SCAM or worst == Verdict.SAFE:
                    worst = result.verdict
        for email in contact.emails:
            result = checker.check(Kind.ACCOUNT, email)
            if result.flagged:
                signals.extend(s for s in result.signals if s not in signals)
                worst = (
                    Verdict.SCAM
                    if result.verdict == Verdict.SCAM
                    else (worst if worst != Verdict.SAFE else result.verdict)
                )
        if signals:
            findings.append(Finding(contact, worst, tuple(signals)))
    return findings
