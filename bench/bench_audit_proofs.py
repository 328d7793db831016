"""Audit log read side at scale: proofs, standalone verifier, storage; pymerkle and the SHA-256 floor beside.

Builds a log of N (default 1,000,000) ~400-byte canonical-JSON entries with the production append function,
stores its perfect nodes in memory and as tiles in an SQLite ``tile`` table, then measures:

* inclusion and consistency proof generation at size N (median / p99): in-memory store of every perfect node,
  and the production layout (16-hash tiles in SQLite, levels in between recomputed) with one
  ``SELECT ... WHERE tid IN (...)`` per proof; proof verification;
* the standalone export verifier over the N-entry export (fast path, and with --json the parsing mode);
* the SHA-256 floor of this machine (hashlib, 32-byte input) and leaf hashing at the entry size;
* pymerkle 7.0.0 on the same entries (append, root, inclusion and consistency proof) as a ratio;
* bytes per entry of the tile table.

Usage: python bench/bench_audit_proofs.py [--entries N] [--samples K] [--json] [--no-pymerkle]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import cryptography
import rfc8785

from trustdesk.audit import exporting, merkle, note, verifier

ORIGIN = "trustdesk.example/bench"
ACTIONS = [
    "desk:conversation:message",
    "desk:conversation:assign",
    "identity:session:login",
    "trust:device:bind",
]


def entry(i: int) -> bytes:
    """A ~400-byte canonical JSON event (keys pre-sorted; checked against rfc8785 below)."""
    return (
        f'{{"action":"{ACTIONS[i % 4]}",'
        f'"actor":{{"id":{i % 9973},"kind":"agent","name":"Agent {i % 9973:05d}"}},'
        f'"context":{{"conversation":"c_{i // 7:08d}","session":"s_{i // 50:08x}"}},'
        f'"country":"VN","device":"dev_{i % 4099:012x}","ip":"203.0.113.{i % 251}",'
        f'"log":"acme","outcome":"ok","schema":1,"seq":{i},'
        f'"target":{{"id":"{i * 2654435761 % 4294967296:010d}","type":"conversation"}},'
        f'"ts":"2026-11-27T22:{i // 60 % 60:02d}:{i % 60:02d}.{i % 1000:03d}Z",'
        f'"ua":"Mozilla/5.0 (X11; Linux x86_64) TrustDesk/0.1"}}'
    ).encode()


def machine() -> str:
    return (
        f"machine: {platform.platform()} | {platform.processor() or platform.machine()} | "
        f"{os.cpu_count()} CPUs | Python {platform.python_version()} | SQLite {sqlite3.sqlite_version} | "
        f"cryptography {cryptography.__version__} | load average {os.getloadavg()[0]:.2f} (shared machine)"
    )


def pct(samples: list[float]) -> tuple[float, float]:
    """Median and p99 in microseconds."""
    q = statistics.quantiles(samples, n=100, method="inclusive")
    return statistics.median(samples) * 1e6, q[98] * 1e6


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


class SqliteTileStore:
    """The tile table as production has it (``WITHOUT ROWID``, key (log, tile id), 16 hashes per row); with the
    right edge it serves proofs through :class:`merkle.TileNodeStore`, one SELECT per proof."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS tile (log_id INTEGER NOT NULL, tid INTEGER NOT NULL, hashes BLOB NOT NULL,"
            " PRIMARY KEY (log_id, tid)) WITHOUT ROWID"
        )
        self.edge = b""
        self.size = 0

    def put(self, new_size: int, nodes: list[tuple[int, bytes]]) -> None:
        tiles, self.edge = merkle.extend_tiles(self.size, new_size, self.edge, nodes)
        self.size = new_size
        self.conn.executemany("INSERT INTO tile (log_id, tid, hashes) VALUES (1, ?, ?)", tiles)

    def fetch(self, ids: list[int]) -> dict[int, bytes]:
        sql = f"SELECT tid, hashes FROM tile WHERE log_id = 1 AND tid IN ({','.join('?' * len(ids))})"  # noqa: S608
        return dict(self.conn.execute(sql, ids).fetchall())

    def store(self) -> merkle.TileNodeStore:
        return merkle.TileNodeStore(self.fetch, self.size, self.edge)


def sha256_floor(n: int = 1_000_000) -> tuple[float, float]:
    """hashlib hashes per second at 32 bytes and at the entry size."""
    sha = hashlib.sha256
    x = b"\x00" * 32
    t = time.perf_counter()
    for _ in range(n):
        sha(x).digest()
    small = n / (time.perf_counter() - t)
    e = entry(12345)
    t = time.perf_counter()
    for _ in range(n // 4):
        sha(e).digest()
    big = (n // 4) / (time.perf_counter() - t)
    return small, big


def build(n: int, export_dir: Path, db: Path) -> tuple[merkle.Frontier, merkle.DictNodeStore, SqliteTileStore, dict]:
    """Write the export file, the in-memory node store and the SQLite tiles; time the pure append (hash +
    frontier) separately."""
    mem = merkle.DictNodeStore()
    sql = SqliteTileStore(db)
    frontier = merkle.Frontier()
    t_append = t_sql = 0.0
    batch = 1000
    entries_path = export_dir / exporting.ENTRIES
    with entries_path.open("wb") as fh:
        for start in range(0, n, batch):
            lines = [entry(i) for i in range(start, min(n, start + batch))]
            fh.write(b"\n".join(lines) + b"\n")
            t = time.perf_counter()
            frontier, nodes = merkle.append(frontier, [merkle.leaf_hash(x) for x in lines])
            t_append += time.perf_counter() - t
            mem.put(nodes)
            t = time.perf_counter()
            sql.put(frontier.size, nodes)
            t_sql += time.perf_counter() - t
    t = time.perf_counter()
    sql.conn.commit()
    t_sql += time.perf_counter() - t
    return frontier, mem, sql, {"append": t_append, "sqlite_insert": t_sql}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--entries", type=int, default=1_000_000)
    ap.add_argument("--samples", type=int, default=2000)
    ap.add_argument("--json", action="store_true", help="also time the verifier's JSON-checking mode")
    ap.add_argument("--no-pymerkle", action="store_true")
    args = ap.parse_args()
    n = args.entries
    rng = random.Random(20261127)

    print(machine())
    for i in (0, 1, 777, n - 1):
        assert rfc8785.dumps(json.loads(entry(i))) == entry(i), "bench entries must be canonical"
    avg = sum(len(entry(i)) for i in range(0, n, max(1, n // 1000))) / len(range(0, n, max(1, n // 1000)))
    print(f"entries: {n:,} canonical JSON lines, {avg:.0f} B average")

    small, big = sha256_floor()
    print(f"SHA-256 floor (hashlib): {small / 1e6:.2f} M hashes/s at 32 B; {big / 1e6:.2f} M/s at {len(entry(0))} B")

    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        export_dir = tmpd / "export"
        export_dir.mkdir()
        t0 = time.perf_counter()
        frontier, mem, sql, times = build(n, export_dir, tmpd / "nodes.sqlite")
        print(
            f"append (leaf hash + frontier + node list): {n / times['append']:,.0f} entries/s; "
            f"SQLite tiles (build + insert) {n / times['sqlite_insert']:,.0f} entries/s; "
            f"built in {time.perf_counter() - t0:.1f} s"
        )
        rows = len(mem)
        sql.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = sql.conn.execute("PRAGMA page_count").fetchone()[0] * sql.conn.execute("PRAGMA page_size").fetchone()[0]
        tiles = sql.conn.execute("SELECT COUNT(*) FROM tile").fetchone()[0]
        print(
            f"perfect nodes: {rows:,} ({rows / n:.2f}/entry); stored as {tiles:,} tiles of 16 hashes (levels 0, 4, "
            f"8, ...), SQLite {pages / n:.1f} B/entry (tile payload alone {tiles * 512 / n:.1f} B/entry), plus a "
            f"{len(sql.edge):,}-byte right edge"
        )

        signer = note.Signer.generate(ORIGIN)
        cp = note.Checkpoint(ORIGIN, n, frontier.root())
        sign_t = timed(lambda: note.sign_checkpoint(cp, [signer]), 200)
        signed = note.sign_checkpoint(cp, [signer])
        open_t = timed(lambda: note.open_checkpoint(signed, [signer.verifier]), 200)
        print(f"checkpoint: sign {pct(sign_t)[0]:.0f} us, open+verify {pct(open_t)[0]:.0f} us (median)")
        (export_dir / exporting.CHECKPOINT).write_text(signed)
        (export_dir / exporting.VKEY).write_text(signer.verifier.vkey() + "\n")
        prev_size = rng.randrange(1, n)
        prev_store = merkle.DictNodeStore(mem.nodes)
        prev_cp = note.Checkpoint(ORIGIN, prev_size, merkle.root_at(prev_store, prev_size))
        (tmpd / "previous").write_text(note.sign_checkpoint(prev_cp, [signer]))

        idx = [rng.randrange(n) for _ in range(args.samples)]
        s1 = [rng.randrange(1, n) for _ in range(args.samples)]
        tiled = sql.store()
        for i, m in zip(idx[:200], s1[:200], strict=True):  # the tile layout serves the very same proofs
            assert merkle.prove_inclusion(tiled, i, n) == merkle.prove_inclusion(mem, i, n)
            assert merkle.prove_consistency(tiled, m, n) == merkle.prove_consistency(mem, m, n)
        for name, store in (("memory, one node per key", mem), ("SQLite tiles", tiled)):
            inc = []
            for i in idx:
                t = time.perf_counter()
                merkle.prove_inclusion(store, i, n)
                inc.append(time.perf_counter() - t)
            con = []
            for m in s1:
                t = time.perf_counter()
                merkle.prove_consistency(store, m, n)
                con.append(time.perf_counter() - t)
            (im, ip), (cm, cp99) = pct(inc), pct(con)
            print(
                f"proofs at {n:,} ({name} store, one fetch each): "
                f"inclusion median {im:.0f} us p99 {ip:.0f} us; "
                f"consistency median {cm:.0f} us p99 {cp99:.0f} us"
            )
        proofs = [merkle.prove_inclusion(mem, i, n) for i in idx[:500]]
        vi = []
        for p in proofs:
            t = time.perf_counter()
            merkle.verify_inclusion(p.leaf_index, p.tree_size, p.leaf_hash, p.proof, p.root)
            vi.append(time.perf_counter() - t)
        cproofs = [merkle.prove_consistency(mem, m, n) for m in s1[:500]]
        vc = []
        for c in cproofs:
            t = time.perf_counter()
            merkle.verify_consistency(c.size1, c.size2, c.proof, c.root1, c.root2)
            vc.append(time.perf_counter() - t)
        print(
            f"proof verification: inclusion median {pct(vi)[0]:.1f} us ({len(proofs[0].proof)} hashes), "
            f"consistency median {pct(vc)[0]:.1f} us"
        )
        del proofs, cproofs

        workers = verifier.default_workers()
        for prev, nproc in ((None, 1), (None, workers), (tmpd / "previous", workers)):
            load = os.getloadavg()[0]
            t = time.perf_counter()
            res = verifier.verify_export(export_dir, previous=prev, workers=nproc)
            dt = time.perf_counter() - t
            assert res.ok, res.failure
            label = "verify export" + (f" --previous (size {prev_size:,})" if prev else "")
            print(
                f"{label}, {nproc} process{'es' if nproc > 1 else ''}: {n:,} entries in {dt:.2f} s = "
                f"{n / dt:,.0f} entries/s (= {small * dt / n:.2f} x the time of one 32-B SHA-256 per entry; "
                f"load average {load:.2f})"
            )
        import subprocess

        load = os.getloadavg()[0]
        t = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "trustdesk.audit.verifier", str(export_dir)], capture_output=True, check=False
        )
        dt = time.perf_counter() - t
        assert done.returncode == 0, done.stderr
        print(
            f"verifier command line (python -m trustdesk.audit.verifier DIR, interpreter start included, "
            f"{workers} processes): {dt:.2f} s wall (load average {load:.2f})"
        )
        if args.json:
            t = time.perf_counter()
            res = verifier.verify_export(export_dir, check_json=True, index_key="seq")
            dt = time.perf_counter() - t
            assert res.ok, res.failure
            print(f"verify export --check-json: {n:,} entries in {dt:.2f} s = {n / dt:,.0f} entries/s")
        size = (export_dir / exporting.ENTRIES).stat().st_size
        print(f"export file: {size / 1e6:.0f} MB")
        sql.conn.close()
        del mem

        if not args.no_pymerkle:
            bench_pymerkle(n, frontier.root(), idx[:200], s1[:200], times["append"])
    return 0


def _entries(n: int) -> Iterator[bytes]:
    return (entry(i) for i in range(n))


def bench_pymerkle(n: int, root: bytes, idx: list[int], s1: list[int], our_append: float) -> None:
    from pymerkle import InmemoryTree

    tree = InmemoryTree(algorithm="sha256")
    t = time.perf_counter()
    for e in _entries(n):
        tree.append_entry(e)
    t_append = time.perf_counter() - t
    t = time.perf_counter()
    their_root = tree.get_root()
    t_root = time.perf_counter() - t
    assert their_root == root, "pymerkle and TrustDesk roots differ"
    inc = timed_iter(lambda i: tree.prove_inclusion(i + 1, n), idx)
    con = timed_iter(lambda m: tree.prove_consistency(m, n), s1)
    print(
        f"pymerkle 7.0.0 InmemoryTree, same {n:,} entries: append {n / t_append:,.0f} entries/s "
        f"(ours {n / our_append:,.0f}/s, ratio {t_append / our_append:.1f}x), "
        f"root {t_root * 1e3:.0f} ms (equal root), "
        f"inclusion median {pct(inc)[0]:.0f} us, consistency median {pct(con)[0]:.0f} us"
    )


def timed_iter(fn: Callable[[int], object], xs: list[int]) -> list[float]:
    out = []
    for x in xs:
        t = time.perf_counter()
        fn(x)
        out.append(time.perf_counter() - t)
    return out


if __name__ == "__main__":
    sys.exit(main())
