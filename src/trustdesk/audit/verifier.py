"""Standalone verifier of an audit export: trust nothing but the log's public key.

An export directory holds ``entries.jsonl`` (line *i* is exactly the leaf data of entry *i*, each line
ended by ``\\n``), ``checkpoint`` (a C2SP signed note over the tree of all of them) and ``log.vkey`` (the
log's verifier key; several lines after a key rotation). The verifier recomputes the RFC 9162 root from the
entries and compares it with the signed checkpoint; with a previous checkpoint it also recomputes the root at
the older size, which proves the old tree is a prefix of the new one (consistency by recomputation).

Why standalone: an auditor must be able to run this on a machine with no database, no Django and no access to
the operator, so it depends on the standard library and ``cryptography`` only (through ``merkle`` and
``note``, which obey the same rule). It streams the file in fixed-size chunks and keeps only the O(log n)
frontier, so memory does not grow with the log.

What it can pinpoint: a malformed line (empty, not a JSON object, not UTF-8, unterminated) is named by index,
and so is an extra or a missing entry when the count disagrees with the checkpoint. A well-formed but altered,
inserted, deleted or reordered entry changes the root; then the failed check is the root (and, with
``--previous``, whether the damage lies before or after the older checkpoint). With ``check_json`` and an
``index_key`` every line is parsed and its own index compared, which names the first out-of-place entry too.

Run it as ``python -m trustdesk.audit.verifier DIR [--previous FILE]``; exit status 0 means all checks hold.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from trustdesk.audit import merkle, note

ProgressCallback = Callable[[int, int], None]
"""Called with (entries verified so far, entries the checkpoint covers)."""

CHUNK_BYTES = 1 << 22


@dataclass
class VerifyResult:
    """Outcome: ``failure`` names the first failed check, ``bad_entry`` the entry when it can be known."""

    ok: bool = False
    entries: int = 0
    checkpoint: note.Checkpoint | None = None
    previous: note.Checkpoint | None = None
    failure: str = ""
    bad_entry: int | None = None
    passed: list[str] = field(default_factory=list)

    def fail(self, message: str, bad_entry: int | None = None) -> VerifyResult:
        self.ok = False
        self.failure = message
        self.bad_entry = bad_entry
        return self


class _Unterminated(Exception):
    """The file ends inside a line."""


class _BadEntry(Exception):
    def __init__(self, index: int, reason: str) -> None:
        super().__init__(f"entry {index}: {reason}")
        self.index = index


def load_verifiers(path: Path) -> list[note.Verifier]:
    """Every non-empty line of the key file is a verifier key (old keys stay listed after a rotation)."""
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    if not lines:
        raise note.KeyFormatError("no verifier key in the key file")
    return [note.Verifier.parse(ln) for ln in lines]


def _chunks(path: Path, chunk_bytes: int) -> Iterator[bytes]:
    """Yield blocks of complete ``\\n``-terminated lines, so splitting and hashing run over large buffers.

    A final unterminated line is an error: the export was truncated mid-entry.
    """
    carry = b""
    with path.open("rb") as fh:
        while block := fh.read(chunk_bytes):
            data = carry + block if carry else block
            cut = data.rfind(b"\n") + 1
            carry = data[cut:]
            if cut:
                yield data[:cut]
    if carry:
        raise _Unterminated


def _split_prefixed(data: bytes) -> list[bytes]:
    """Split a block into lines that already carry the 0x00 leaf prefix (one C pass, no per-line concat)."""
    return (merkle.LEAF_PREFIX + data[:-1].replace(b"\n", b"\n\x00")).split(b"\n")


def _line_problem(line: bytes) -> str | None:
    """Why a line cannot be leaf data, or None. Used only to *locate* damage once a check has failed."""
    if not line:
        return "empty line"
    if line[:1] != b"{" or line[-1:] != b"}":
        return "line is not a JSON object"
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return "not valid UTF-8"
    return None


def _locate(path: Path, limit: int, chunk_bytes: int) -> tuple[int, str] | None:
    """Diagnostic pass after a failure: the first malformed line among the first ``limit`` ones, if any."""
    first = 0
    try:
        for data in _chunks(path, chunk_bytes):
            lines = data.split(b"\n")[:-1]
            for i, line in enumerate(lines[: max(0, limit - first)]):
                problem = _line_problem(line)
                if problem:
                    return first + i, problem
            first += len(lines)
    except _Unterminated:
        return first, "line is not terminated by a newline (truncated export?)"
    return None


def _utf16_key(key: str) -> bytes:
    return key.encode("utf-16-be", "surrogatepass")


def canonical_json(value: object) -> str:
    """RFC 8785 for the values TrustDesk leaves contain (objects, arrays, strings, integers, booleans, null).

    Floats are refused: leaf data never holds them, and their RFC 8785 form needs ECMAScript number printing.
    """
    if isinstance(value, dict):
        items = sorted(value.items(), key=lambda kv: _utf16_key(kv[0]))
        return "{" + ",".join(f"{canonical_json(k)}:{canonical_json(v)}" for k, v in items) + "}"
    if isinstance(value, list):
        return "[" + ",".join(canonical_json(v) for v in value) + "]"
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int):
        if abs(value) > 2**53 - 1:
            raise ValueError("integer outside the I-JSON range")
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    raise ValueError(f"{type(value).__name__} is not used in leaf data")


def _reject_float(text: str) -> object:
    raise ValueError(f"number {text} is not an integer (leaf data holds no floats)")


def _check_json(first: int, lines: list[bytes], index_key: str | None) -> None:
    """Parse every line, require RFC 8785 form, and optionally its own index under ``index_key``.

    Python's sorted compact dump equals RFC 8785 for float-free data whose keys are all in the Basic
    Multilingual Plane; lines with 4-byte UTF-8 sequences go through the exact (slower) encoder.
    """
    loads, dumps = json.loads, json.dumps
    for i, line in enumerate(lines):
        try:
            obj = loads(line, parse_float=_reject_float)
            if not isinstance(obj, dict):
                raise ValueError("not an object")
            if max(line) >= 0xF0:
                canonical = canonical_json(obj).encode()
            else:
                canonical = dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
            if canonical != line:
                raise ValueError("not in canonical (RFC 8785) form")
        except ValueError as exc:
            raise _BadEntry(first + i, str(exc)) from exc
        if index_key is not None and obj.get(index_key) != first + i:
            raise _BadEntry(first + i, f"its {index_key!r} is {obj.get(index_key)!r}, expected {first + i}")


PARALLEL_MIN_BYTES = 64 << 20
TASK_BYTES = 4 << 20


def default_workers() -> int:
    """Processes for hashing: the CPUs this process may run on (leaf hashing holds the GIL, threads would not
    help)."""
    try:
        n = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        n = os.cpu_count() or 1
    return max(1, min(n, 8))


_Task = tuple[str, int, int, int, tuple[int, ...]]


def _tasks(path: Path, cuts: tuple[int, ...], task_bytes: int, state: dict[str, int]) -> Iterator[_Task]:
    """Line-aligned byte ranges of the file with the index of their first line (the only sequential work:
    one read into a reused buffer and one newline count per range). Sets ``state["unterminated"]`` if the
    file ends inside a line."""
    first = 0
    offset = 0
    buf = bytearray(task_bytes)
    with path.open("rb") as fh:
        while True:
            got = fh.readinto(buf)
            if not got:
                return
            cut = buf.rfind(b"\n", 0, got) + 1
            extra = 0
            while not cut:  # a line longer than a task: count on to its end
                more = fh.read(task_bytes)
                if not more:
                    state["unterminated"] = 1
                    return
                newline = more.find(b"\n") + 1
                if newline:
                    cut = got + extra + newline
                    fh.seek(offset + cut)
                    break
                extra += len(more)
            else:
                if cut < got:
                    fh.seek(offset + cut)
            n = buf.count(b"\n", 0, min(cut, got)) + (1 if cut > got else 0)
            yield str(path), offset, cut, first, cuts
            offset += cut
            first += n


def _hash_task(task: _Task) -> tuple[int, list[tuple[int, bytes]]]:
    """Worker: hash the leaves of one range and fold them into aligned perfect subtrees."""
    path, offset, length, first, cuts = task
    with open(path, "rb") as fh:
        fh.seek(offset)
        data = fh.read(length)
    sha = hashlib.sha256
    hashes = [sha(p).digest() for p in _split_prefixed(data)]
    return len(hashes), merkle.aligned_blocks(first, hashes, cuts)


def _parallel_roots(
    entries: Path, want: int, prev_size: int | None, workers: int, progress: ProgressCallback | None, task_bytes: int
) -> tuple[int, bytes, bytes | None] | None:
    """(entry count, root over the first ``want`` entries, root over the first ``prev_size``) computed by
    ``workers`` processes; None when the file ends inside a line (the sequential pass then says where)."""
    import multiprocessing
    import threading

    cuts = tuple(c for c in (want, prev_size) if c)
    builder = merkle.RootBuilder()
    prev_root = merkle.EMPTY_ROOT if prev_size == 0 else None
    state: dict[str, int] = {}
    total = 0
    # fork is cheap and safe while this process runs a single thread; otherwise start clean interpreters.
    method = "fork" if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with multiprocessing.get_context(method).Pool(workers) as pool:
        for count, blocks in pool.imap(_hash_task, _tasks(entries, cuts, task_bytes, state)):
            total += count
            for level, h in blocks:
                if builder.size >= want:
                    break
                builder.push_subtree(level, h)
                if builder.size == prev_size:
                    prev_root = builder.root()
            if progress is not None:
                progress(min(builder.size, want), want)
    if state.get("unterminated"):
        return None
    return total, builder.root(), prev_root


def verify_export(
    directory: str | Path,
    *,
    previous: str | Path | None = None,
    progress: ProgressCallback | None = None,
    check_json: bool = False,
    index_key: str | None = None,
    chunk_bytes: int = CHUNK_BYTES,
    workers: int | None = None,
) -> VerifyResult:
    """Verify an export directory; never raises for bad data, the result says what failed.

    Large exports are hashed by ``workers`` processes (default: one per CPU) over line-aligned ranges, each
    folded into aligned perfect subtrees that the parent combines, so the root is the same tree computed the
    same way, only in parallel. If any check fails there, the sequential pass runs to name the failure exactly.
    """
    d = Path(directory)
    res = VerifyResult()
    try:
        verifiers = load_verifiers(d / "log.vkey")
    except (OSError, ValueError) as exc:
        return res.fail(f"log.vkey: {exc}")
    try:
        cp, _ = note.open_checkpoint((d / "checkpoint").read_bytes(), verifiers)
    except (OSError, ValueError) as exc:
        return res.fail(f"checkpoint: {exc}")
    res.checkpoint = cp
    res.passed.append(f"checkpoint signature ({cp.origin}, size {cp.size})")

    prev: note.Checkpoint | None = None
    if previous is not None:
        try:
            prev, _ = note.open_checkpoint(Path(previous).read_bytes(), verifiers, origin=cp.origin)
        except (OSError, ValueError) as exc:
            return res.fail(f"previous checkpoint: {exc}")
        res.previous = prev
        res.passed.append(f"previous checkpoint signature (size {prev.size})")
        if prev.size > cp.size:
            return res.fail(
                f"consistency: previous checkpoint covers {prev.size} entries, the new one only {cp.size}"
                " (the log was truncated or forked)"
            )
        if prev.size == 0 and prev.root != merkle.EMPTY_ROOT:
            return res.fail("consistency: previous checkpoint of size 0 has a non-empty root")

    want = cp.size
    entries = d / "entries.jsonl"
    workers = default_workers() if workers is None else workers
    if workers > 1 and not check_json and _size_of(entries) >= PARALLEL_MIN_BYTES:
        try:
            got = _parallel_roots(entries, want, prev.size if prev else None, workers, progress, TASK_BYTES)
        except (OSError, ValueError):
            got = None  # the sequential pass below reports the problem precisely
        if got is not None:
            total, root, prev_root = got
            if total == want and root == cp.root and (prev is None or prev_root == prev.root):
                res.entries = want
                if prev is not None:
                    res.passed.append(f"consistency with previous checkpoint at size {prev.size}")
                res.passed.append(f"root over {want} entries")
                res.ok = True
                return res

    builder = merkle.RootBuilder()
    total = 0
    sha = hashlib.sha256
    try:
        for data in _chunks(entries, chunk_bytes):
            pieces = _split_prefixed(data)
            first = total
            total += len(pieces)
            if first >= want:
                continue  # only counted: entries beyond the checkpoint are reported below
            if total > want:
                pieces = pieces[: want - first]
            if check_json:
                _check_json(first, [p[1:] for p in pieces], index_key)
            hashes = [sha(p).digest() for p in pieces]
            if prev is not None and first < prev.size <= first + len(pieces):
                cut = prev.size - first
                builder.extend(hashes[:cut])
                hashes = hashes[cut:]
                if builder.root() != prev.root:
                    res.entries = builder.size
                    return _located(
                        res.fail(
                            f"consistency: the first {prev.size} entries do not hash to the previous"
                            " checkpoint's root (history was rewritten before it, or the log forked)"
                        ),
                        entries,
                        prev.size,
                        chunk_bytes,
                    )
                res.passed.append(f"consistency with previous checkpoint at size {prev.size}")
            builder.extend(hashes)
            res.entries = builder.size
            if progress is not None:
                progress(builder.size, want)
    except _BadEntry as exc:
        return res.fail(str(exc), exc.index)
    except _Unterminated:
        return res.fail(f"entry {total}: line is not terminated by a newline (truncated export?)", total)
    except OSError as exc:
        return res.fail(f"entries.jsonl: {exc}")

    after = ""
    if prev is not None and prev.size > 0 and builder.size >= prev.size:
        after = f"; the first {prev.size} entries match the previous checkpoint, so the damage is after them"
    if total < want:
        return _located(
            res.fail(
                f"count: export has {total} entries but the checkpoint covers {want}"
                f" (entries deleted or the export truncated){after}"
            ),
            entries,
            want,
            chunk_bytes,
        )
    root_ok = builder.root() == cp.root
    if total > want:
        if root_ok:
            return res.fail(f"count: entries from {want} on ({total - want}) are not covered by the checkpoint", want)
        return _located(
            res.fail(f"count: export has {total} entries but the checkpoint covers {want} (entries inserted){after}"),
            entries,
            want,
            chunk_bytes,
        )
    if not root_ok:
        return _located(
            res.fail(
                "root: the entries do not hash to the checkpoint's root (an entry was altered, inserted,"
                f" deleted or reordered){after}"
            ),
            entries,
            want,
            chunk_bytes,
        )
    if prev is not None and prev.size == 0:
        res.passed.append("consistency with previous checkpoint at size 0")
    res.passed.append(f"root over {want} entries")
    res.ok = True
    return res


def _size_of(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _located(res: VerifyResult, entries: Path, limit: int, chunk_bytes: int) -> VerifyResult:
    """After a failed check, name the first malformed entry if there is one (a second, slower pass)."""
    found = _locate(entries, limit, chunk_bytes)
    if found is not None:
        index, problem = found
        res.bad_entry = index
        res.failure = f"entry {index}: {problem}; {res.failure}"
    return res


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m trustdesk.audit.verifier DIR [--previous FILE]``."""
    ap = argparse.ArgumentParser(description="Verify a TrustDesk audit export without a server.")
    ap.add_argument("directory", help="export directory (entries.jsonl, checkpoint, log.vkey)")
    ap.add_argument("--previous", help="an older signed checkpoint of the same log, kept by the auditor")
    ap.add_argument("--check-json", action="store_true", help="also parse every entry and check RFC 8785 form")
    ap.add_argument("--index-key", help="with --check-json: the field holding each entry's own index")
    ap.add_argument(
        "--workers", type=int, default=None, help="hashing processes (default: one per CPU; 1 = in this process)"
    )
    args = ap.parse_args(argv)
    res = verify_export(
        args.directory,
        previous=args.previous,
        check_json=args.check_json,
        index_key=args.index_key,
        workers=args.workers,
    )
    for line in res.passed:
        print(f"ok    {line}")
    if res.ok:
        print(f"VERIFIED {res.entries} entries")
        return 0
    print(f"FAILED {res.failure}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
