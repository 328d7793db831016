"""C2SP signed notes (Ed25519) and tlog-checkpoints: what a log signs and what an auditor verifies.

Follows C2SP ``signed-note.md`` and ``tlog-checkpoint.md`` and the Go reference
(golang.org/x/mod/sumdb/note): the same key id, verifier-key and signer-key strings, so a TrustDesk checkpoint
can be checked with Go's ``note.Open`` or any witness, and keys made by Go's ``note.GenerateKey`` work here.

Why the verifier rules are strict: a checkpoint is the only thing an auditor trusts, so parsing must be
unambiguous (one encoding per value: no leading zeros, standard base64, no control characters) and a
signature by a key we know that fails to verify is an attack, not noise, so the whole note is rejected.

Standard library and ``cryptography`` only: the standalone export verifier imports this module.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

ALG_ED25519 = 0x01
SIG_PREFIX = "\u2014 "  # em dash + space
MAX_SIGNATURES = 100  # the spec asks verifiers to accept at least 16; Go stops at 100
_SIGNER_PREFIX = "PRIVATE+KEY+"
_SIZE_RE = re.compile(r"0|[1-9][0-9]{0,19}")
_B64_RE = re.compile(r"[A-Za-z0-9+/]*={0,2}")
_MAX_SIZE = (1 << 64) - 1


class NoteError(ValueError):
    """Base class: the note or checkpoint must not be trusted."""


class MalformedNoteError(NoteError):
    """The bytes do not follow the signed-note or checkpoint grammar."""


class InvalidSignatureError(NoteError):
    """A signature from a known key did not verify: the note was altered or forged."""


class UnverifiedNoteError(NoteError):
    """No signature from any known key: the note may be genuine but nothing vouches for it."""


class KeyFormatError(ValueError):
    """A key string is malformed or its embedded key id does not match."""


def _b64decode(s: str) -> bytes:
    """Standard base64 with padding (RFC 4648 §4), nothing else accepted."""
    if len(s) % 4 or not _B64_RE.fullmatch(s):
        raise ValueError("not standard padded base64")
    try:
        return base64.b64decode(s, validate=True)
    except binascii.Error as exc:
        raise ValueError("not standard padded base64") from exc


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def valid_key_name(name: str) -> bool:
    """Key names are non-empty, contain no whitespace and no ``+`` (the key-string separator)."""
    return bool(name) and "+" not in name and not any(c.isspace() for c in name)


def key_id(name: str, key: bytes) -> int:
    """First four bytes of SHA-256(name || 0x0A || alg || public key), big-endian."""
    return int.from_bytes(hashlib.sha256(name.encode() + b"\n" + key).digest()[:4], "big")


@dataclass(frozen=True)
class Verifier:
    """An Ed25519 note verifier, usually parsed from ``<name>+<hex id>+<base64(0x01 || public key)>``."""

    name: str
    key_id: int
    public_key: Ed25519PublicKey = field(compare=False)
    raw: bytes = field(repr=False)  # 0x01 || 32-byte public key

    @classmethod
    def from_public_key(cls, name: str, public_key: Ed25519PublicKey) -> Verifier:
        if not valid_key_name(name):
            raise KeyFormatError(f"invalid key name {name!r}")
        raw = bytes([ALG_ED25519]) + public_key.public_bytes_raw()
        return cls(name, key_id(name, raw), public_key, raw)

    @classmethod
    def parse(cls, vkey: str) -> Verifier:
        """Parse a verifier key string, checking that its id really is the hash of name and key."""
        parts = vkey.strip().split("+", 2)
        if len(parts) != 3:
            raise KeyFormatError("verifier key must be <name>+<hex id>+<base64 key>")
        name, hex_id, b64 = parts
        if not valid_key_name(name) or not re.fullmatch(r"[0-9a-f]{8}", hex_id):
            raise KeyFormatError("verifier key has an invalid name or key id")
        try:
            raw = _b64decode(b64)
        except ValueError as exc:
            raise KeyFormatError("verifier key is not base64") from exc
        if len(raw) != 33 or raw[0] != ALG_ED25519:
            raise KeyFormatError("only Ed25519 (type 0x01, 32-byte) verifier keys are supported")
        if key_id(name, raw) != int(hex_id, 16):
            raise KeyFormatError("verifier key id does not match its name and key")
        return cls(name, int(hex_id, 16), Ed25519PublicKey.from_public_bytes(raw[1:]), raw)

    def vkey(self) -> str:
        return f"{self.name}+{self.key_id:08x}+{_b64(self.raw)}"

    def verify(self, message: bytes, signature: bytes) -> bool:
        try:
            self.public_key.verify(signature, message)
        except InvalidSignature:
            return False
        return True


class Signer:
    """An Ed25519 note signer. Its key lives in a file or an environment variable, never in the database."""

    def __init__(self, name: str, private_key: Ed25519PrivateKey) -> None:
        self.name = name
        self._private_key = private_key
        self.verifier = Verifier.from_public_key(name, private_key.public_key())
        self.key_id = self.verifier.key_id

    @classmethod
    def generate(cls, name: str) -> Signer:
        return cls(name, Ed25519PrivateKey.generate())

    @classmethod
    def parse(cls, skey: str) -> Signer:
        """Parse Go's signer key string ``PRIVATE+KEY+<name>+<hex id>+<base64(0x01 || 32-byte seed)>``."""
        skey = skey.strip()
        if not skey.startswith(_SIGNER_PREFIX):
            raise KeyFormatError("signer key must start with PRIVATE+KEY+")
        parts = skey[len(_SIGNER_PREFIX) :].split("+", 2)
        if len(parts) != 3 or not re.fullmatch(r"[0-9a-f]{8}", parts[1]):
            raise KeyFormatError("signer key must be PRIVATE+KEY+<name>+<hex id>+<base64 key>")
        name, hex_id, b64 = parts
        try:
            raw = _b64decode(b64)
        except ValueError as exc:
            raise KeyFormatError("signer key is not base64") from exc
        if len(raw) != 33 or raw[0] != ALG_ED25519:
            raise KeyFormatError("only Ed25519 signer keys are supported")
        signer = cls(name, Ed25519PrivateKey.from_private_bytes(raw[1:]))
        if signer.key_id != int(hex_id, 16):
            raise KeyFormatError("signer key id does not match its name and key")
        return signer

    @property
    def private_key(self) -> Ed25519PrivateKey:
        return self._private_key

    def skey(self) -> str:
        seed = self._private_key.private_bytes_raw()
        return f"{_SIGNER_PREFIX}{self.name}+{self.key_id:08x}+{_b64(bytes([ALG_ED25519]) + seed)}"

    def sign(self, message: bytes) -> bytes:
        return self._private_key.sign(message)


@dataclass(frozen=True)
class Signature:
    name: str
    key_id: int
    b64: str


@dataclass(frozen=True)
class Note:
    """An opened note: ``text`` is what was signed; ``sigs`` verified, ``unverified`` from unknown keys."""

    text: str
    sigs: tuple[Signature, ...]
    unverified: tuple[Signature, ...]


def _check_text(text: str) -> None:
    if any(ord(c) < 0x20 and c != "\n" for c in text):
        raise MalformedNoteError("note contains a control character other than newline")


def sign_note(text: str, signers: Iterable[Signer]) -> str:
    """Sign ``text`` (which must end in a newline) with every signer; returns the full note."""
    signers = list(signers)
    if not text.endswith("\n") or "\n\n" in text or not signers:
        raise MalformedNoteError("note text must end with one newline, contain no blank line, have a signer")
    _check_text(text)
    msg = text.encode()
    lines = []
    for s in signers:
        if not valid_key_name(s.name):
            raise MalformedNoteError(f"invalid key name {s.name!r}")
        blob = s.key_id.to_bytes(4, "big") + s.sign(msg)
        lines.append(f"{SIG_PREFIX}{s.name} {_b64(blob)}\n")
    return text + "\n" + "".join(lines)


def open_note(msg: bytes | str, verifiers: Iterable[Verifier]) -> Note:
    """Verify a signed note against known keys, following Go's ``note.Open``.

    Unknown (name, id) pairs are ignored; a known key whose signature fails rejects the note
    (:class:`InvalidSignatureError`); no verified signature at all raises :class:`UnverifiedNoteError`.
    """
    if isinstance(msg, bytes):
        try:
            msg = msg.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise MalformedNoteError("note is not valid UTF-8") from exc
    _check_text(msg)
    split = msg.rfind("\n\n")
    if split < 0:
        raise MalformedNoteError("note has no blank line before the signatures")
    text, block = msg[: split + 1], msg[split + 2 :]
    if not block or not block.endswith("\n"):
        raise MalformedNoteError("signature block must be non-empty and end with a newline")
    known: dict[tuple[str, int], Verifier] = {(v.name, v.key_id): v for v in verifiers}
    signed = text.encode()
    sigs: list[Signature] = []
    unverified: list[Signature] = []
    seen: set[tuple[str, int]] = set()
    lines = block[:-1].split("\n")
    if len(lines) > MAX_SIGNATURES:
        raise MalformedNoteError(f"more than {MAX_SIGNATURES} signatures")
    for line in lines:
        if not line.startswith(SIG_PREFIX):
            raise MalformedNoteError("signature line must start with an em dash and a space")
        name, _, b64 = line[len(SIG_PREFIX) :].partition(" ")
        try:
            blob = _b64decode(b64)
        except ValueError as exc:
            raise MalformedNoteError("signature is not standard base64") from exc
        if not valid_key_name(name) or not b64 or len(blob) < 5:
            raise MalformedNoteError("malformed signature line")
        kid = int.from_bytes(blob[:4], "big")
        sig = Signature(name, kid, b64)
        verifier = known.get((name, kid))
        if verifier is None:
            if sig not in unverified:
                unverified.append(sig)
            continue
        if (name, kid) in seen:
            continue
        seen.add((name, kid))
        if not verifier.verify(signed, blob[4:]):
            raise InvalidSignatureError(f"signature by known key {name}+{kid:08x} does not verify")
        sigs.append(sig)
    if not sigs:
        raise UnverifiedNoteError("no signature from a known key")
    return Note(text, tuple(sigs), tuple(unverified))


@dataclass(frozen=True)
class Checkpoint:
    """A tlog-checkpoint body: origin, tree size, RFC 6962 root, optional extension lines."""

    origin: str
    size: int
    root: bytes
    extensions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.origin or any(c.isspace() for c in self.origin) or not self.origin.isprintable():
            raise MalformedNoteError("checkpoint origin must be non-empty, without spaces or control characters")
        if not 0 <= self.size <= _MAX_SIZE:
            raise MalformedNoteError("checkpoint size out of range")
        if len(self.root) != 32:
            raise MalformedNoteError("checkpoint root must be 32 bytes")
        if any(not e or "\n" in e for e in self.extensions):
            raise MalformedNoteError("checkpoint extension lines must be non-empty single lines")

    def body(self) -> str:
        lines = [self.origin, str(self.size), _b64(self.root), *self.extensions]
        return "".join(line + "\n" for line in lines)


def parse_checkpoint(text: str) -> Checkpoint:
    """Parse a checkpoint body (the signed text of the note) with one accepted encoding per value."""
    if not text.endswith("\n"):
        raise MalformedNoteError("checkpoint must end with a newline")
    lines = text[:-1].split("\n")
    if len(lines) < 3:
        raise MalformedNoteError("checkpoint needs origin, size and root lines")
    origin, size_s, root_s, *ext = lines
    if not _SIZE_RE.fullmatch(size_s) or int(size_s) > _MAX_SIZE:
        raise MalformedNoteError("checkpoint size must be decimal without leading zeros")
    try:
        root = _b64decode(root_s)
    except ValueError as exc:
        raise MalformedNoteError("checkpoint root is not standard base64") from exc
    return Checkpoint(origin, int(size_s), root, tuple(ext))


def sign_checkpoint(checkpoint: Checkpoint, signers: Iterable[Signer]) -> str:
    """Sign a checkpoint; the log's key name should equal the origin (checked by :func:`open_checkpoint`)."""
    return sign_note(checkpoint.body(), signers)


def open_checkpoint(
    msg: bytes | str, verifiers: Iterable[Verifier], *, origin: str | None = None
) -> tuple[Checkpoint, Note]:
    """Verify the note, parse the checkpoint, and require a verified signature by a key named after it.

    ``origin`` pins the log identity so that a validly signed checkpoint of *another* log (same operator,
    same key) cannot be substituted.
    """
    note = open_note(msg, verifiers)
    cp = parse_checkpoint(note.text)
    if origin is not None and cp.origin != origin:
        raise MalformedNoteError(f"checkpoint origin {cp.origin!r} is not the expected {origin!r}")
    if not any(s.name == cp.origin for s in note.sigs):
        raise UnverifiedNoteError(f"no verified signature by a key named {cp.origin!r}")
    return cp, note
