"""Batch mode core: JSONL in, JSONL out, framework-free.

Input lines: ``{"id": str, "kind": "message"|"url"|"phone"|"account", "text": str, "lang"?: str,
"region"?: str}``; output lines: ``{"id", "verdict", "score", "lang", "signals": [{"type", "evidence"}]}``.

Bad input is never skipped silently: ``parse_lines`` raises ``BatchInputError`` naming the first bad line (and
how many more are bad), before any output is written, so an output file is always complete for its input.
Lines are processed in chunks so the model runs vectorised and a progress callback can report per chunk.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from trustdesk.scamcheck.engine.checker import Checker, Item
from trustdesk.scamcheck.engine.langid import LANGS
from trustdesk.scamcheck.engine.types import CheckResult, Kind

CHUNK = 1024
MAX_TEXT = 20_000
_ALLOWED_KEYS = frozenset({"id", "kind", "text", "lang", "region"})
_KINDS = {k.value: k for k in Kind}  # a dict look-up instead of the slower ``Kind(value)`` per line
# ``json.dumps(..., ensure_ascii=False)`` builds a new encoder per call; one shared encoder writes the same text.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


class BatchInputError(ValueError):
    """A bad input line; ``line`` is 1-based."""

    def __init__(self, line: int, reason: str, *, more: int = 0) -> None:
        self.line = line
        self.reason = reason
        self.more = more
        suffix = f" ({more} more bad line{'s' if more != 1 else ''} after it)" if more else ""
        super().__init__(f"line {line}: {reason}{suffix}")


@dataclass(frozen=True, slots=True)
class BatchItem:
    id: str
    item: Item


def parse_line(raw: str, line_no: int) -> BatchItem:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise BatchInputError(line_no, f"not valid JSON ({exc.msg})") from None
    if not isinstance(obj, dict):
        raise BatchInputError(line_no, "expected a JSON object")
    if not _ALLOWED_KEYS.issuperset(obj):
        unknown = set(obj) - _ALLOWED_KEYS
        raise BatchInputError(line_no, f"unknown field(s): {', '.join(sorted(unknown))}")
    for key in ("id", "kind", "text"):
        if key not in obj:
            raise BatchInputError(line_no, f'missing "{key}"')
        if not isinstance(obj[key], str):
            raise BatchInputError(line_no, f'"{key}" must be a string')
    if not obj["id"]:
        raise BatchInputError(line_no, '"id" must not be empty')
    try:
        kind = Kind(obj["kind"])
    except ValueError:
        raise BatchInputError(line_no, f'"kind" must be one of {", ".join(k.value for k in Kind)}') from None
    if len(obj["text"]) > MAX_TEXT:
        raise BatchInputError(line_no, f'"text" is longer than {MAX_TEXT} characters')
    lang = obj.get("lang")
    if lang is not None and (not isinstance(lang, str) or _norm_lang(lang) not in LANGS):
        raise BatchInputError(line_no, f'"lang" must be one of {", ".join(LANGS)}')
    region = obj.get("region")
    if region is not None and (not isinstance(region, str) or len(region) != 2 or not region.isalpha()):
        raise BatchInputError(line_no, '"region" must be a two-letter country code')
    return BatchItem(
        obj["id"], Item(kind, obj["text"], _norm_lang(lang) if lang else None, region.upper() if region else None)
    )


def _norm_lang(lang: str) -> str:
    aliases = {"zh": "zh-Hans", "zh-hans": "zh-Hans", "zh_hans": "zh-Hans", "zh-hant": "zh-Hant", "zh_hant": "zh-Hant"}
    return aliases.get(lang.lower(), lang.lower() if lang.lower() in LANGS else lang)


def parse_lines(lines: Iterable[str]) -> list[BatchItem]:
    """Parse and validate every line first; blank lines are allowed and ignored (they carry no item).

    Raises ``BatchInputError`` for the first bad line, counting the other bad lines, and for duplicate ids.
    """
    items: list[BatchItem] = []
    first: BatchInputError | None = None
    more = 0
    seen: dict[str, int] = {}
    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            item = parse_line(raw, n)
            if item.id in seen:
                raise BatchInputError(n, f'duplicate id "{item.id}" (first on line {seen[item.id]})')
            seen[item.id] = n
            items.append(item)
        except BatchInputError as exc:
            if first is None:
                first = exc
            else:
                more += 1
    if first is not None:
        raise BatchInputError(first.line, first.reason, more=more)
    return items


def result_record(item_id: str, result: CheckResult) -> dict[str, Any]:
    return {
        "id": item_id,
        "verdict": result.verdict.value,
        "score": round(result.score, 4),
        "lang": result.lang,
        "signals": [{"type": s.type.value, "evidence": s.evidence} for s in result.signals],
    }


def run(
    items: list[BatchItem], checker: Checker, *, progress: Callable[[int], None] | None = None
) -> Iterator[dict[str, Any]]:
    """Check items in chunks, yielding output records in input order."""
    for start in range(0, len(items), CHUNK):
        chunk = items[start : start + CHUNK]
        results = checker.check_many([b.item for b in chunk])
        for b, r in zip(chunk, results, strict=True):
            yield result_record(b.id, r)
        if progress is not None:
            progress(len(chunk))


def run_file(src: IO[str], dst: IO[str], checker: Checker, *, progress: Callable[[int], None] | None = None) -> int:
    """Validate all of ``src``, then write one output line per item to ``dst``; returns the item count."""
    items = parse_lines(src)
    count = 0
    for record in run(items, checker, progress=progress):
        dst.write(_ENCODE(record) + "\n")
        count += 1
    return count
