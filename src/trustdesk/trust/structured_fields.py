"""The subset of RFC 8941 Structured Field Values that HTTP Message Signatures need.

`Signature-Input`, `Signature` and `Content-Digest` are structured-field dictionaries. Parsing them with
ad-hoc string splitting is how signature verifiers get fooled (a quoted `;` or `,` inside a string, a
duplicate key, trailing garbage), so this module follows the RFC 8941 §4.2 parsing algorithm strictly and
raises `StructuredFieldError` on anything it does not understand. Serialisation (§4.1) is used to rebuild
the `@signature-params` line of a signature base from the parsed values, so signer and verifier agree
byte for byte.

Supported bare items: integers, decimals, strings, tokens, byte sequences and booleans (everything in
RFC 8941; Dates and Display Strings of RFC 9651 are not needed here and are rejected).
"""

from __future__ import annotations

import base64
import binascii
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

__all__ = [
    "BareItem",
    "InnerList",
    "Item",
    "StructuredFieldError",
    "Token",
    "parse_dictionary",
    "serialize_inner_list",
    "serialize_item",
    "serialize_parameters",
]


class StructuredFieldError(ValueError):
    """The field value is not a valid structured field of the expected type."""


class Token(str):
    """An sf-token, kept distinct from an sf-string so that serialisation round-trips."""

    __slots__ = ()


BareItem = int | Decimal | str | Token | bytes | bool
Parameters = dict[str, BareItem]


@dataclass(frozen=True, slots=True)
class Item:
    value: BareItem
    params: Parameters = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class InnerList:
    items: tuple[Item, ...]
    params: Parameters = field(default_factory=dict)


_KEY_FIRST = set(string.ascii_lowercase + "*")
_KEY_REST = _KEY_FIRST | set(string.digits + "_-.")
_TOKEN_FIRST = set(string.ascii_letters + "*")
_TOKEN_REST = _TOKEN_FIRST | set(string.digits + "!#$%&'+-.^_`|~:/")
_BASE64 = set(string.ascii_letters + string.digits + "+/=")
_MAX_INTEGER = 999_999_999_999_999
# Regular expressions do the per-character scanning in C; the parser stays a direct transcription of §4.2.
_KEY_RE = re.compile(r"[a-z*][a-z0-9_\-.*]*")
_TOKEN_RE = re.compile(r"[A-Za-z*][A-Za-z0-9!#$%&'*+\-.^_`|~:/]*")
_STRING_RUN_RE = re.compile(r"[ !#-\[\]-~]*")  # printable ASCII except '"' and '\\'
_PRINTABLE_RE = re.compile(r"[ -~]*")


class _Parser:
    """A cursor over the input string implementing the RFC 8941 §4.2 algorithms."""

    def __init__(self, text: str) -> None:
        if not text.isascii():
            raise StructuredFieldError("structured fields are ASCII only")
        self.text = text
        self.pos = 0

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def take(self) -> str:
        char = self.peek()
        if not char:
            raise StructuredFieldError("unexpected end of field")
        self.pos += 1
        return char

    def skip_sp(self) -> None:
        while self.peek() == " ":
            self.pos += 1

    def skip_ows(self) -> None:
        while self.peek() in (" ", "\t"):
            self.pos += 1

    def at_end(self) -> bool:
        return self.pos >= len(self.text)

    def parse_dictionary(self) -> dict[str, Item | InnerList]:
        members: dict[str, Item | InnerList] = {}
        self.skip_sp()
        while not self.at_end():
            key = self.parse_key()
            if key in members:
                # RFC 8941 says the last value wins; for security fields an ambiguous duplicate is refused.
                raise StructuredFieldError(f"duplicate dictionary key {key!r}")
            if self.peek() == "=":
                self.pos += 1
                members[key] = self.parse_item_or_inner_list()
            else:
                members[key] = Item(True, self.parse_parameters())
            self.skip_ows()
            if self.at_end():
                return members
            if self.take() != ",":
                raise StructuredFieldError("expected ',' between dictionary members")
            self.skip_ows()
            if self.at_end():
                raise StructuredFieldError("trailing ',' in dictionary")
        return members

    def parse_item_or_inner_list(self) -> Item | InnerList:
        if self.peek() == "(":
            return self.parse_inner_list()
        return Item(self.parse_bare_item(), self.parse_parameters())

    def parse_inner_list(self) -> InnerList:
        self.take()  # "("
        items: list[Item] = []
        while not self.at_end():
            self.skip_sp()
            if self.peek() == ")":
                self.pos += 1
                return InnerList(tuple(items), self.parse_parameters())
            items.append(Item(self.parse_bare_item(), self.parse_parameters()))
            if self.peek() not in (" ", ")"):
                raise StructuredFieldError("expected ' ' or ')' in inner list")
        raise StructuredFieldError("unterminated inner list")

    def parse_parameters(self) -> Parameters:
        params: Parameters = {}
        while self.peek() == ";":
            self.pos += 1
            self.skip_sp()
            key = self.parse_key()
            if key in params:
                raise StructuredFieldError(f"duplicate parameter {key!r}")
            value: BareItem = True
            if self.peek() == "=":
                self.pos += 1
                value = self.parse_bare_item()
            params[key] = value
        return params

    def parse_key(self) -> str:
        match = _KEY_RE.match(self.text, self.pos)
        if match is None:
            raise StructuredFieldError("invalid key")
        self.pos = match.end()
        return match.group()

    def parse_bare_item(self) -> BareItem:
        char = self.peek()
        if char == "-" or char.isdigit():
            return self.parse_number()
        if char == '"':
            return self.parse_string()
        if char == ":":
            return self.parse_byte_sequence()
        if char == "?":
            return self.parse_boolean()
        if char and char in _TOKEN_FIRST:
            return self.parse_token()
        raise StructuredFieldError("invalid bare item")

    def parse_number(self) -> int | Decimal:
        start = self.pos
        if self.peek() == "-":
            self.pos += 1
        whole_start = self.pos
        while self.peek().isdigit():
            self.pos += 1
        whole = self.pos - whole_start
        if whole == 0:
            raise StructuredFieldError("number without digits")
        if self.peek() != ".":
            if whole > 15:
                raise StructuredFieldError("integer out of range")
            return int(self.text[start : self.pos])
        self.pos += 1
        frac_start = self.pos
        while self.peek().isdigit():
            self.pos += 1
        frac = self.pos - frac_start
        if whole > 12 or not 1 <= frac <= 3:
            raise StructuredFieldError("invalid decimal")
        return Decimal(self.text[start : self.pos])

    def parse_string(self) -> str:
        self.take()  # opening quote
        out: list[str] = []
        while True:
            run = _STRING_RUN_RE.match(self.text, self.pos)
            if run is not None and run.end() > self.pos:
                out.append(run.group())
                self.pos = run.end()
            char = self.take()
            if char == "\\":
                escaped = self.take()
                if escaped not in ('"', "\\"):
                    raise StructuredFieldError("invalid escape in string")
                out.append(escaped)
            elif char == '"':
                return "".join(out)
            elif not (" " <= char <= "~"):
                raise StructuredFieldError("control character in string")
            else:
                out.append(char)

    def parse_token(self) -> Token:
        match = _TOKEN_RE.match(self.text, self.pos)
        if match is None:
            raise StructuredFieldError("invalid token")
        self.pos = match.end()
        return Token(match.group())

    def parse_byte_sequence(self) -> bytes:
        self.take()  # opening colon
        end = self.text.find(":", self.pos)
        if end < 0:
            raise StructuredFieldError("unterminated byte sequence")
        encoded = self.text[self.pos : end]
        self.pos = end + 1
        if not set(encoded) <= _BASE64:
            raise StructuredFieldError("invalid base64 in byte sequence")
        try:
            return base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
        except binascii.Error as exc:
            raise StructuredFieldError("invalid base64 in byte sequence") from exc

    def parse_boolean(self) -> bool:
        self.take()  # "?"
        char = self.take()
        if char not in ("0", "1"):
            raise StructuredFieldError("invalid boolean")
        return char == "1"


def parse_dictionary(text: str) -> dict[str, Item | InnerList]:
    """Parse an sf-dictionary (RFC 8941 §4.2.2), refusing duplicate keys and any trailing garbage."""
    parser = _Parser(text)
    members = parser.parse_dictionary()
    parser.skip_sp()
    if not parser.at_end():
        raise StructuredFieldError("trailing characters after dictionary")
    return members


def _serialize_bare_item(value: BareItem) -> str:
    if isinstance(value, bool):
        return "?1" if value else "?0"
    if isinstance(value, int):
        if abs(value) > _MAX_INTEGER:
            raise StructuredFieldError("integer out of range")
        return str(value)
    if isinstance(value, Decimal):
        whole, _, frac = format(value.quantize(Decimal("0.001")), "f").partition(".")
        if len(whole.lstrip("-")) > 12:
            raise StructuredFieldError("decimal out of range")
        return f"{whole}.{frac.rstrip('0') or '0'}"
    if isinstance(value, bytes):
        return ":" + base64.b64encode(value).decode("ascii") + ":"
    if isinstance(value, Token):
        if not value or value[0] not in _TOKEN_FIRST or not set(value[1:]) <= _TOKEN_REST:
            raise StructuredFieldError("invalid token")
        return str(value)
    if not _PRINTABLE_RE.fullmatch(value):
        raise StructuredFieldError("strings must be printable ASCII")
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def serialize_parameters(params: Mapping[str, BareItem]) -> str:
    """Serialise parameters in their insertion order, as RFC 8941 §4.1.1.2 requires."""
    parts: list[str] = []
    for key, value in params.items():
        if not key or key[0] not in _KEY_FIRST or not set(key) <= _KEY_REST:
            raise StructuredFieldError(f"invalid parameter key {key!r}")
        parts.append(f";{key}" if value is True else f";{key}={_serialize_bare_item(value)}")
    return "".join(parts)


def serialize_item(item: Item) -> str:
    return _serialize_bare_item(item.value) + serialize_parameters(item.params)


def serialize_inner_list(inner: InnerList) -> str:
    members = " ".join(serialize_item(item) for item in inner.items)
    return f"({members}){serialize_parameters(inner.params)}"
