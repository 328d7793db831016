"""Attachment checks: size limit, type allowlist decided by the bytes, and a scanning interface.

Why sniff: the browser-declared ``Content-Type`` and the file name are attacker-controlled.  An HTML page
uploaded as ``invoice.png`` and later served inline would run script in our origin; a macro-enabled Office
file renamed ``.docx`` is a classic lure.  So the type is decided by the content's magic bytes (and, for the
zip-based Office formats, by the archive's structure); the declared type and the extension may only agree
with it, never override it.

Framework-free: the web layer passes the bytes, the declared type and the client file name, and stores the
result (encrypted, see :mod:`trustdesk.core.envelope`) only if :func:`check_upload` returns.
"""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

DEFAULT_MAX_BYTES = 10 * 1024 * 1024

PNG = "image/png"
JPEG = "image/jpeg"
GIF = "image/gif"
WEBP = "image/webp"
PDF = "application/pdf"
TEXT = "text/plain"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

DEFAULT_ALLOWED: frozenset[str] = frozenset({PNG, JPEG, GIF, WEBP, PDF, TEXT, DOCX, XLSX})

EXTENSIONS: dict[str, tuple[str, ...]] = {
    PNG: (".png",),
    JPEG: (".jpg", ".jpeg"),
    GIF: (".gif",),
    WEBP: (".webp",),
    PDF: (".pdf",),
    TEXT: (".txt", ".log", ".csv", ".md"),
    DOCX: (".docx",),
    XLSX: (".xlsx",),
}

# Declared types browsers and tools send that mean "I don't know": the sniffed type decides alone.
_UNKNOWN_DECLARED = frozenset({"", "application/octet-stream", "binary/octet-stream", "application/unknown"})
_ALIASES = {
    "image/jpg": JPEG,
    "image/pjpeg": JPEG,
    "image/x-png": PNG,
    "text/csv": TEXT,
    "text/markdown": TEXT,
}

# Zip-based Office files: refuse archives that would be expensive or dangerous to open downstream.
MAX_ZIP_ENTRIES = 2000
MAX_ZIP_UNCOMPRESSED = 100 * 1024 * 1024
MAX_ZIP_RATIO = 200

# Text that a browser would sniff as active content even when labelled text/plain.
_MARKUP_PREFIX = re.compile(rb"^\s*<(?:!doctype|html|head|body|script|svg|iframe|\?xml|!--)", re.IGNORECASE)


class RejectReason(StrEnum):
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    UNKNOWN_TYPE = "unknown_type"
    NOT_ALLOWED = "type_not_allowed"
    TYPE_MISMATCH = "type_mismatch"
    EXTENSION_MISMATCH = "extension_mismatch"
    UNSAFE_ARCHIVE = "unsafe_archive"
    MACROS = "macros"
    INFECTED = "infected"
    SCAN_FAILED = "scan_failed"


class UploadRejected(Exception):
    """The upload is refused; ``reason`` is a stable code the UI/API maps to a translated message."""

    def __init__(self, reason: RejectReason, detail: str) -> None:
        super().__init__(f"{reason.value}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class CheckedUpload:
    content_type: str
    size: int
    sha256: str
    filename: str


def normalize_declared(declared: str | None) -> str:
    """``"Image/JPG; charset=x"`` -> ``"image/jpeg"``."""
    base = (declared or "").split(";", 1)[0].strip().lower()
    return _ALIASES.get(base, base)


def _looks_like_text(data: bytes) -> bool:
    if b"\x00" in data:
        return False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f")
    return controls == 0


def _office_kind(data: bytes) -> str:
    """Classify a zip: DOCX, XLSX, or raise UploadRejected (macros, bombs, anything else)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise UploadRejected(RejectReason.UNKNOWN_TYPE, "corrupt zip archive") from exc
    if len(infos) > MAX_ZIP_ENTRIES:
        raise UploadRejected(RejectReason.UNSAFE_ARCHIVE, "too many entries")
    total = sum(i.file_size for i in infos)
    if total > MAX_ZIP_UNCOMPRESSED or total > MAX_ZIP_RATIO * max(len(data), 1):
        raise UploadRejected(RejectReason.UNSAFE_ARCHIVE, "expands too much")
    names = {i.filename for i in infos}
    if any(n.startswith("/") or ".." in n.split("/") for n in names):
        raise UploadRejected(RejectReason.UNSAFE_ARCHIVE, "path traversal in archive")
    if any(n.lower().endswith(("vbaproject.bin", "vbadata.xml")) for n in names):
        raise UploadRejected(RejectReason.MACROS, "macro-enabled Office document")
    if "[Content_Types].xml" not in names:
        raise UploadRejected(RejectReason.UNKNOWN_TYPE, "zip archive that is not an Office document")
    try:
        content_types = archive.read("[Content_Types].xml")[:65536].lower()
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, NotImplementedError) as exc:
        raise UploadRejected(RejectReason.UNKNOWN_TYPE, "unreadable Office document") from exc
    if b"macroenabled" in content_types:
        raise UploadRejected(RejectReason.MACROS, "macro-enabled Office document")
    if "word/document.xml" in names:
        return DOCX
    if "xl/workbook.xml" in names:
        return XLSX
    raise UploadRejected(RejectReason.UNKNOWN_TYPE, "unsupported Office document")


def sniff(data: bytes) -> str | None:
    """The content type the bytes prove, or ``None`` if they match nothing we accept.

    May raise :class:`UploadRejected` for zip archives that are unsafe (macros, bombs).
    """
    head = data[:16]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return _office_kind(data)
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    if _looks_like_text(body):
        if _MARKUP_PREFIX.match(body[:1024]):
            return None  # HTML/SVG/XML: active content in a browser, never accepted as "text"
        return TEXT
    return None


_UNSAFE_NAME = re.compile(r"[^\w.\- ()\[\]]+", re.UNICODE)


def safe_filename(name: str, *, max_length: int = 120) -> str:
    """A display/download name with no path, no control characters and no leading dots."""
    name = unicodedata.normalize("NFC", name or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = _UNSAFE_NAME.sub("_", name).strip(" .")
    if len(name) > max_length:
        stem, dot, ext = name.rpartition(".")
        name = (
            (stem[: max_length - len(ext) - 1] + dot + ext) if dot and len(ext) <= 10 else name[:max_length]
        )
    return name or "attachment"


def check_upload(
    data: bytes,
    *,
    declared_type: str | None,
    filename: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    allowed: Iterable[str] = DEFAULT_ALLOWED,
) -> CheckedUpload:
    """Accept or refuse an upload.  The returned ``content_type`` is the sniffed one: store and serve that."""
    if not data:
        raise UploadRejected(RejectReason.EMPTY, "empty file")
    if len(data) > max_bytes:
        raise UploadRejected(RejectReason.TOO_LARGE, f"{len(data)} bytes > limit {max_bytes}")
    actual = sniff(data)
    if actual is None:
        raise UploadRejected(RejectReason.UNKNOWN_TYPE, "content matches no accepted type")
    if actual not in frozenset(allowed):
        raise UploadRejected(RejectReason.NOT_ALLOWED, f"{actual} is not allowed")
    declared = normalize_declared(declared_type)
    if declared not in _UNKNOWN_DECLARED and declared != actual:
        raise UploadRejected(RejectReason.TYPE_MISMATCH, f"declared {declared} but content is {actual}")
    clean = safe_filename(filename)
    ext = "." + clean.rsplit(".", 1)[-1].lower() if "." in clean else ""
    if ext not in EXTENSIONS.get(actual, ()):
        raise UploadRejected(RejectReason.EXTENSION_MISMATCH, f"extension {ext or '(none)'} for {actual}")
    return CheckedUpload(
        content_type=actual, size=len(data), sha256=hashlib.sha256(data).hexdigest(), filename=clean
    )


# -- scanning ------------------------------------------------------------------------------------------------


class Verdict(StrEnum):
    CLEAN = "clean"
    INFECTED = "infected"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class ScanResult:
    verdict: Verdict
    engine: str
    detail: str = ""


class Scanner(Protocol):
    """A malware scanner (ClamAV, a vendor API...).  Must not raise: report failures as ``Verdict.ERROR``."""

    name: str

    def scan(self, data: bytes, *, filename: str, content_type: str) -> ScanResult: ...


class NullScanner:
    """The default: scans nothing, says so in the result (``engine="null"``) so the audit trail is honest."""

    name = "null"

    def scan(self, data: bytes, *, filename: str, content_type: str) -> ScanResult:
        return ScanResult(Verdict.CLEAN, self.name, "no scanner configured")


def enforce_scan(scanner: Scanner, upload: CheckedUpload, data: bytes) -> ScanResult:
    """Run the scanner and fail closed: infected or scanner error both refuse the upload."""
    result = scanner.scan(data, filename=upload.filename, content_type=upload.content_type)
    if result.verdict is Verdict.INFECTED:
        raise UploadRejected(RejectReason.INFECTED, f"{result.engine}: {result.detail}")
    if result.verdict is not Verdict.CLEAN:
        raise UploadRejected(RejectReason.SCAN_FAILED, f"{result.engine}: {result.detail}")
    return result
