"""Attachment checks: sniffing decides the type; spoofed declarations, extensions and archives are refused."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import pytest

from trustdesk.core.uploads import (
    DOCX,
    GIF,
    JPEG,
    PDF,
    PNG,
    TEXT,
    WEBP,
    XLSX,
    CheckedUpload,
    NullScanner,
    RejectReason,
    ScanResult,
    UploadRejected,
    Verdict,
    check_upload,
    enforce_scan,
    normalize_declared,
    safe_filename,
    sniff,
)


def _png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))


JPEG_BYTES = (
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 64 + b"\xff\xd9"
)
GIF_BYTES = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"
WEBP_BYTES = b"RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00" + b"\x00" * 24
PDF_BYTES = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
TEXT_BYTES = "Xin chào, tôi không đăng nhập được.\n我无法登录。\r\n\tمرحبا".encode()


def _office(main_part: str, *, extra: dict[str, bytes] | None = None, ct: bytes = b"") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", b'<?xml version="1.0"?><Types>' + ct + b"</Types>")
        z.writestr("_rels/.rels", b"<Relationships/>")
        z.writestr(main_part, b"<document/>")
        for name, body in (extra or {}).items():
            z.writestr(name, body)
    return buf.getvalue()


DOCX_BYTES = _office("word/document.xml")
XLSX_BYTES = _office("xl/workbook.xml")

GOOD = [
    (_png(), PNG, "screen.png"),
    (JPEG_BYTES, JPEG, "photo.JPG"),
    (GIF_BYTES, GIF, "anim.gif"),
    (WEBP_BYTES, WEBP, "x.webp"),
    (PDF_BYTES, PDF, "invoice.pdf"),
    (TEXT_BYTES, TEXT, "log.txt"),
    (b"\xef\xbb\xbfa,b\n1,2\n", TEXT, "table.csv"),
    (DOCX_BYTES, DOCX, "letter.docx"),
    (XLSX_BYTES, XLSX, "sheet.xlsx"),
]


@pytest.mark.parametrize(("data", "ctype", "name"), GOOD)
def test_genuine_files_are_accepted_with_sniffed_type(data: bytes, ctype: str, name: str) -> None:
    result = check_upload(data, declared_type=ctype, filename=name)
    assert result.content_type == ctype
    assert result.size == len(data)
    assert len(result.sha256) == 64


@pytest.mark.parametrize(("data", "ctype", "name"), GOOD)
def test_unknown_declared_type_falls_back_to_content(data: bytes, ctype: str, name: str) -> None:
    assert check_upload(data, declared_type="application/octet-stream", filename=name).content_type == ctype
    assert check_upload(data, declared_type=None, filename=name).content_type == ctype


@pytest.mark.parametrize(
    ("data", "declared", "name"),
    [
        (_png(), JPEG, "a.png"),  # a PNG claiming to be a JPEG
        (PDF_BYTES, PNG, "a.pdf"),
        (TEXT_BYTES, PDF, "a.txt"),
        (DOCX_BYTES, XLSX, "a.docx"),
    ],
)
def test_declared_type_contradicted_by_content_is_rejected(data: bytes, declared: str, name: str) -> None:
    with pytest.raises(UploadRejected) as err:
        check_upload(data, declared_type=declared, filename=name)
    assert err.value.reason is RejectReason.TYPE_MISMATCH


@pytest.mark.parametrize(
    ("data", "declared", "name"),
    [
        (b"<!DOCTYPE html><script>alert(1)</script>", PNG, "cat.png"),
        (b"  <html><body onload=alert(1)>", TEXT, "notes.txt"),
        (b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "image/svg+xml", "logo.svg"),
        (b'<?xml version="1.0"?><x/>', TEXT, "data.txt"),
        (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00", PDF, "invoice.pdf"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 40, TEXT, "readme.txt"),
        (b"plain\x00with nul", TEXT, "a.txt"),
        (b"\xc3\x28 invalid utf8", TEXT, "a.txt"),
        (b"text with escape \x1b[31m", TEXT, "a.txt"),
    ],
)
def test_active_or_unknown_content_is_rejected_whatever_claimed(
    data: bytes, declared: str, name: str
) -> None:
    with pytest.raises(UploadRejected) as err:
        check_upload(data, declared_type=declared, filename=name)
    assert err.value.reason is RejectReason.UNKNOWN_TYPE


@pytest.mark.parametrize(
    ("data", "name"),
    [(_png(), "invoice.pdf"), (_png(), "setup.png.exe"), (PDF_BYTES, "noext"), (TEXT_BYTES, "run.sh")],
)
def test_extension_must_match_content(data: bytes, name: str) -> None:
    with pytest.raises(UploadRejected) as err:
        check_upload(data, declared_type=None, filename=name)
    assert err.value.reason is RejectReason.EXTENSION_MISMATCH


def test_size_limit_and_empty() -> None:
    with pytest.raises(UploadRejected) as err:
        check_upload(b"", declared_type=TEXT, filename="a.txt")
    assert err.value.reason is RejectReason.EMPTY
    data = b"a" * 1025
    assert check_upload(data, declared_type=TEXT, filename="a.txt", max_bytes=1025).size == 1025
    with pytest.raises(UploadRejected) as err:
        check_upload(data, declared_type=TEXT, filename="a.txt", max_bytes=1024)
    assert err.value.reason is RejectReason.TOO_LARGE


def test_allowlist_is_enforced_on_the_sniffed_type() -> None:
    with pytest.raises(UploadRejected) as err:
        check_upload(PDF_BYTES, declared_type=PDF, filename="a.pdf", allowed={PNG, JPEG})
    assert err.value.reason is RejectReason.NOT_ALLOWED


@pytest.mark.parametrize(
    "data",
    [
        _office("word/document.xml", extra={"word/vbaProject.bin": b"\x00" * 10}),
        _office("word/document.xml", ct=b"application/vnd.ms-word.document.macroEnabled.main+xml"),
    ],
)
def test_macro_enabled_office_files_are_rejected(data: bytes) -> None:
    with pytest.raises(UploadRejected) as err:
        check_upload(data, declared_type=DOCX, filename="letter.docx")
    assert err.value.reason is RejectReason.MACROS


def test_zip_bomb_is_rejected_without_extracting() -> None:
    data = _office("word/document.xml", extra={"word/media/big.bin": b"\x00" * (5 * 1024 * 1024)})
    with pytest.raises(UploadRejected) as err:
        check_upload(data, declared_type=DOCX, filename="a.docx")
    assert err.value.reason is RejectReason.UNSAFE_ARCHIVE


def test_plain_zip_and_corrupt_zip_are_rejected() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("payload.exe", b"MZ")
    for data in (buf.getvalue(), b"PK\x03\x04garbage"):
        with pytest.raises(UploadRejected) as err:
            check_upload(data, declared_type=DOCX, filename="a.docx")
        assert err.value.reason is RejectReason.UNKNOWN_TYPE


def test_sniff_ignores_declared_information() -> None:
    assert sniff(_png()) == PNG
    assert sniff(b"just words") == TEXT
    assert sniff(b"\x00\x01\x02") is None


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("C:\\Users\\a\\report.pdf", "report.pdf"),
        ("..hidden.txt", "hidden.txt"),
        ("bad\x00name\u202e.txt", "badname.txt"),
        ("a<script>.txt", "a_script_.txt"),
        ("ảnh chụp màn hình.png", "ảnh chụp màn hình.png"),
        ("", "attachment"),
    ],
)
def test_safe_filename(raw: str, clean: str) -> None:
    assert safe_filename(raw) == clean


def test_long_filename_keeps_its_extension() -> None:
    name = safe_filename("x" * 500 + ".pdf")
    assert len(name) == 120
    assert name.endswith(".pdf")


def test_normalize_declared() -> None:
    assert normalize_declared("Image/JPG; charset=binary") == JPEG
    assert normalize_declared(None) == ""


def test_null_scanner_passes_and_says_it_is_null() -> None:
    upload = check_upload(PDF_BYTES, declared_type=PDF, filename="a.pdf")
    result = enforce_scan(NullScanner(), upload, PDF_BYTES)
    assert result.verdict is Verdict.CLEAN
    assert result.engine == "null"


class _FixedScanner:
    name = "fixed"

    def __init__(self, verdict: Verdict) -> None:
        self.verdict = verdict
        self.seen: list[str] = []

    def scan(self, data: bytes, *, filename: str, content_type: str) -> ScanResult:
        self.seen.append(filename)
        return ScanResult(self.verdict, self.name, "EICAR" if self.verdict is Verdict.INFECTED else "timeout")


@pytest.mark.parametrize(
    ("verdict", "reason"),
    [(Verdict.INFECTED, RejectReason.INFECTED), (Verdict.ERROR, RejectReason.SCAN_FAILED)],
)
def test_scanner_fails_closed(verdict: Verdict, reason: RejectReason) -> None:
    upload = CheckedUpload(content_type=PDF, size=len(PDF_BYTES), sha256="0" * 64, filename="a.pdf")
    scanner = _FixedScanner(verdict)
    with pytest.raises(UploadRejected) as err:
        enforce_scan(scanner, upload, PDF_BYTES)
    assert err.value.reason is reason
    assert scanner.seen == ["a.pdf"]
