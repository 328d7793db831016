"""Write an export directory that :mod:`trustdesk.audit.verifier` checks: entries, checkpoint, verifier key.

Framework-free on purpose: the management command streams leaf data out of the database into this writer,
and tests and benchmarks use it directly. The leaf data is written byte for byte, one entry per line, so the
file *is* the log's content and nothing in it needs a schema to verify.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from trustdesk.audit import merkle, note

ENTRIES = "entries.jsonl"
CHECKPOINT = "checkpoint"
VKEY = "log.vkey"


def write_entries(path: Path, leaf_data: Iterable[bytes]) -> merkle.Frontier:
    """Write one leaf per line and return the frontier over what was written (its root, its size)."""
    builder = merkle.RootBuilder()
    batch: list[bytes] = []
    with path.open("wb") as fh:
        for data in leaf_data:
            if b"\n" in data:
                raise ValueError("leaf data must not contain a newline (canonical JSON never does)")
            batch.append(data)
            if len(batch) >= 4096:
                fh.write(b"\n".join(batch) + b"\n")
                builder.extend([merkle.leaf_hash(d) for d in batch])
                batch.clear()
        if batch:
            fh.write(b"\n".join(batch) + b"\n")
            builder.extend([merkle.leaf_hash(d) for d in batch])
    return builder.frontier()


def write_export(
    directory: str | Path,
    leaf_data: Iterable[bytes],
    *,
    checkpoint: str,
    verifiers: Iterable[note.Verifier],
    require_match: bool = True,
) -> merkle.Frontier:
    """Write ``entries.jsonl``, the signed ``checkpoint`` covering exactly them, and ``log.vkey``.

    The checkpoint is passed in already signed (by the integrator, whose key the exporter need not hold).
    With ``require_match`` it is checked against the entries so that a tool never ships a checkpoint that
    does not cover them; the server's export turns that off, because judging is the auditor's job.
    """
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    verifiers = list(verifiers)
    cp, _ = note.open_checkpoint(checkpoint, verifiers)
    frontier = write_entries(d / ENTRIES, leaf_data)
    if require_match and (frontier.size, frontier.root()) != (cp.size, cp.root):
        raise ValueError(f"checkpoint (size {cp.size}) does not cover the {frontier.size} exported entries")
    (d / CHECKPOINT).write_text(checkpoint, encoding="utf-8")
    (d / VKEY).write_text("".join(v.vkey() + "\n" for v in verifiers), encoding="utf-8")
    return frontier
