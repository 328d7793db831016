"""RFC 9162 hashing, frontier append, proofs from a node store, and the strict verifiers."""

from __future__ import annotations

import base64
import functools
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from pymerkle import InmemoryTree

from trustdesk.audit import merkle

VECTORS = Path(__file__).parent / "data" / "merkle-vectors"

# transparency-dev/merkle testonly/constants.go (originally the C++ CT merkle_tree_test.cc).
LEAF_INPUTS = [
    b"",
    b"\x00",
    b"\x10",
    b"\x20\x21",
    b"\x30\x31",
    b"\x40\x41\x42\x43",
    b"\x50\x51\x52\x53\x54\x55\x56\x57",
    b"\x60\x61\x62\x63\x64\x65\x66\x67\x68\x69\x6a\x6b\x6c\x6d\x6e\x6f",
]
ROOTS = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]


# ----------------------------------------------------------------------------- an independent reference


def ref_mth(leaves: list[bytes]) -> bytes:
    """RFC 9162 MTH written straight from the spec's recursive definition."""
    n = len(leaves)
    if n == 0:
        return hashlib.sha256(b"").digest()
    if n == 1:
        return hashlib.sha256(b"\x00" + leaves[0]).digest()
    k = 1
    while k * 2 < n:
        k *= 2
    return hashlib.sha256(b"\x01" + ref_mth(leaves[:k]) + ref_mth(leaves[k:])).digest()


def ref_path(m: int, leaves: list[bytes]) -> list[bytes]:
    n = len(leaves)
    if n == 1:
        return []
    k = 1
    while k * 2 < n:
        k *= 2
    if m < k:
        return [*ref_path(m, leaves[:k]), ref_mth(leaves[k:])]
    return [*ref_path(m - k, leaves[k:]), ref_mth(leaves[:k])]


def ref_subproof(m: int, leaves: list[bytes], complete: bool) -> list[bytes]:
    n = len(leaves)
    if m == n:
        return [] if complete else [ref_mth(leaves)]
    k = 1
    while k * 2 < n:
        k *= 2
    if m <= k:
        return [*ref_subproof(m, leaves[:k], complete), ref_mth(leaves[k:])]
    return [*ref_subproof(m - k, leaves[k:], False), ref_mth(leaves[:k])]


def build(entries: list[bytes], batches: list[int] | None = None) -> tuple[merkle.Frontier, merkle.DictNodeStore]:
    """Append ``entries`` in the given batch sizes, storing only what append() returns."""
    store = merkle.DictNodeStore()
    frontier = merkle.Frontier()
    hashes = [merkle.leaf_hash(e) for e in entries]
    pos = 0
    for size in batches or [len(entries)]:
        frontier, nodes = merkle.append(frontier, hashes[pos : pos + size])
        for nid, _ in nodes:
            assert nid not in store.nodes, "a perfect node was emitted twice"
        store.put(nodes)
        pos += size
    assert pos == len(entries)
    return frontier, store


def data(n: int) -> list[bytes]:
    return [f'{{"i":{i},"x":"{"y" * (i % 7)}"}}'.encode() for i in range(n)]


# ----------------------------------------------------------------------------- hashing


def test_hasher_vectors() -> None:
    # transparency-dev/merkle rfc6962/rfc6962_test.go
    assert merkle.EMPTY_ROOT.hex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert merkle.leaf_hash(b"").hex() == "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"
    assert merkle.leaf_hash(b"L123456").hex() == ("395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56")
    assert merkle.node_hash(b"N123", b"N456").hex() == (
        "aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb"
    )


def test_standard_roots_for_sizes_0_to_8() -> None:
    assert merkle.Frontier().root() == merkle.EMPTY_ROOT
    for n in range(1, 9):
        frontier, store = build(LEAF_INPUTS[:n])
        assert frontier.root().hex() == ROOTS[n - 1]
        assert merkle.root_at(store, n).hex() == ROOTS[n - 1]


def test_no_padding_second_preimage() -> None:
    """[a,b,c] and [a,b,c,c] must differ (CVE-2012-2459), and a node is not a 64-byte leaf."""
    a, b, c = b"a", b"b", b"c"
    assert build([a, b, c])[0].root() != build([a, b, c, c])[0].root()
    interior = merkle.leaf_hash(a) + merkle.leaf_hash(b)
    assert build([interior])[0].root() != build([a, b])[0].root()


def test_node_ids_round_trip_and_bounds() -> None:
    assert merkle.node_id(0, 5) == 5
    assert merkle.split_node_id(merkle.node_id(20, 12345)) == (20, 12345)
    assert merkle.node_id(3, 1) == 3 << 56 | 1
    with pytest.raises(ValueError, match="out of range"):
        merkle.node_id(0, 1 << 56)
    with pytest.raises(ValueError, match="out of range"):
        merkle.node_id(-1, 0)


def test_frontier_rejects_wrong_shape() -> None:
    with pytest.raises(ValueError, match="one hash per set bit"):
        merkle.Frontier(3, (b"\x00" * 32,))
    with pytest.raises(ValueError, match="32 bytes"):
        merkle.Frontier(1, (b"\x00",))
    with pytest.raises(ValueError, match="32 bytes"):
        merkle.append(merkle.Frontier(), [b"short"])


@pytest.mark.parametrize("n", [3, 5, 6, 7])
def test_odd_sizes_match_reference(n: int) -> None:
    entries = data(n)
    frontier, store = build(entries)
    assert frontier.root() == ref_mth(entries)
    for m in range(n):
        p = merkle.prove_inclusion(store, m, n)
        assert list(p.proof) == ref_path(m, entries)
        merkle.verify_inclusion(m, n, p.leaf_hash, p.proof, p.root)


def test_roots_equal_pymerkle_for_every_size_1_to_1000() -> None:
    entries = data(1000)
    tree = InmemoryTree(algorithm="sha256")
    builder = merkle.RootBuilder()
    frontier = merkle.Frontier()
    for i, e in enumerate(entries, start=1):
        tree.append_entry(e)
        h = merkle.leaf_hash(e)
        frontier, _ = merkle.append(frontier, [h])
        builder.extend([h])
        want = tree.get_root(i)
        assert frontier.root() == want, i
        assert builder.root() == want, i
    _, store = build(entries, [1, 2, 3, 250, 744])
    for i in range(1, 1001):
        assert merkle.root_at(store, i) == tree.get_root(i), i


def test_batching_does_not_change_nodes_or_frontier() -> None:
    entries = data(300)
    f1, s1 = build(entries)
    f2, s2 = build(entries, [1] * 300)
    f3, s3 = build(entries, [7, 64, 1, 100, 128])
    assert f1 == f2 == f3
    assert s1.nodes == s2.nodes == s3.nodes


def test_only_perfect_nodes_are_stored() -> None:
    entries = data(300)
    _, store = build(entries)
    for nid, h in store.nodes.items():
        level, index = merkle.split_node_id(nid)
        start, end = index << level, (index + 1) << level
        assert end <= 300, f"node ({level},{index}) is not complete"
        assert h == ref_mth(entries[start:end])
    # A perfect node per completed subtree: 300 leaves + 150 + 75 + 37 + 18 + 9 + 4 + 2 + 1 = 596.
    assert len(store) == sum(300 >> lv for lv in range(9))


def test_frontier_ids_resume_append() -> None:
    entries = data(77)
    frontier, store = build(entries)
    got = store.get(frontier.ids())
    resumed = merkle.Frontier(77, tuple(got[i] for i in frontier.ids()))
    assert resumed == frontier


def test_exhaustive_round_trip_up_to_256() -> None:
    """Every inclusion and consistency proof for n <= 256 equals the RFC's recursion and verifies."""
    entries = data(256)
    frontier = merkle.Frontier()
    store = merkle.DictNodeStore()
    roots = [merkle.EMPTY_ROOT]
    for e in entries:
        frontier, nodes = merkle.append(frontier, [merkle.leaf_hash(e)])
        store.put(nodes)
        roots.append(frontier.root())
    assert roots[-1] == ref_mth(entries)
    for n in range(1, 257):
        for m in range(n):
            p = merkle.prove_inclusion(store, m, n)
            assert p.root == roots[n]
            merkle.verify_inclusion(m, n, p.leaf_hash, p.proof, roots[n])
            assert p.leaf_hash == merkle.leaf_hash(entries[m])
        for m in range(1, n + 1):
            c = merkle.prove_consistency(store, m, n)
            assert (c.root1, c.root2) == (roots[m], roots[n])
            merkle.verify_consistency(m, n, c.proof, roots[m], roots[n])
    # Spot-check the exact hash lists against the spec recursion (full cross product is slow in pure Python).
    for n in (1, 2, 3, 5, 8, 13, 64, 100, 255, 256):
        for m in range(1, n + 1):
            want = ref_subproof(m, entries[:n], True) if m < n else []
            assert list(merkle.prove_consistency(store, m, n).proof) == want
        for m in range(n):
            assert list(merkle.prove_inclusion(store, m, n).proof) == ref_path(m, entries[:n])


def test_proofs_do_one_store_call() -> None:
    class Counting(merkle.DictNodeStore):
        calls = 0

        def get(self, ids: Any) -> dict[int, bytes]:
            type(self).calls += 1
            return super().get(ids)

    _, base = build(data(1000))
    store = Counting(base.nodes)
    merkle.prove_inclusion(store, 617, 999)
    merkle.prove_consistency(store, 333, 1000)
    merkle.root_at(store, 777)
    assert Counting.calls == 3


def test_missing_node_is_reported_not_invented() -> None:
    _, store = build(data(10))
    with pytest.raises(merkle.MissingNodeError, match="lacks"):
        merkle.prove_inclusion(store, 0, 11)
    with pytest.raises(ValueError, match="not below"):
        merkle.prove_inclusion(store, 10, 10)
    with pytest.raises(ValueError, match="0 < size1"):
        merkle.prove_consistency(store, 0, 5)


def test_tampered_proof_rejected() -> None:
    entries = data(37)
    frontier, store = build(entries)
    p = merkle.prove_inclusion(store, 20, 37)
    bad = list(p.proof)
    bad[2] = bytes([bad[2][0] ^ 1]) + bad[2][1:]
    with pytest.raises(merkle.ProofError, match="mismatch"):
        merkle.verify_inclusion(20, 37, p.leaf_hash, bad, frontier.root())
    with pytest.raises(merkle.ProofError, match="proof hash"):
        merkle.verify_inclusion(20, 37, p.leaf_hash, [*p.proof[:-1], b"x" * 31], frontier.root())
    c = merkle.prove_consistency(store, 10, 37)
    with pytest.raises(merkle.ProofError, match="wrong proof size"):
        merkle.verify_consistency(10, 37, c.proof[:-1], c.root1, c.root2)
    with pytest.raises(merkle.ProofError, match="root1 mismatch"):
        merkle.verify_consistency(10, 37, c.proof, c.root2, c.root2)


# ----------------------------------------------------------------------------- transparency-dev vectors


def _b64(v: str | None) -> bytes:
    return base64.b64decode(v or "")


def _cases(kind: str) -> list[Path]:
    return sorted((VECTORS / kind).rglob("*.json"))


def _case_id(path: Path) -> str:
    return str(path.relative_to(VECTORS))


def test_vector_inventory() -> None:
    inc = [json.loads(p.read_text()) for p in _cases("inclusion")]
    con = [json.loads(p.read_text()) for p in _cases("consistency")]
    assert (len(inc), len(con)) == (98, 98)
    assert sum(not c["wantErr"] for c in inc) == 6
    assert sum(not c["wantErr"] for c in con) == 6


@pytest.mark.parametrize("path", _cases("inclusion"), ids=_case_id)
def test_inclusion_vector(path: Path) -> None:
    case = json.loads(path.read_text())
    proof = [_b64(h) for h in case["proof"] or []]
    args = (case["leafIdx"], case["treeSize"], _b64(case["leafHash"]), proof, _b64(case["root"]))
    if case["wantErr"]:
        with pytest.raises(merkle.ProofError):
            merkle.verify_inclusion(*args)
    else:
        merkle.verify_inclusion(*args)


@pytest.mark.parametrize("path", _cases("consistency"), ids=_case_id)
def test_consistency_vector(path: Path) -> None:
    case = json.loads(path.read_text())
    proof = [_b64(h) for h in case["proof"] or []]
    args = (case["size1"], case["size2"], proof, _b64(case["root1"]), _b64(case["root2"]))
    if case["wantErr"]:
        with pytest.raises(merkle.ProofError):
            merkle.verify_consistency(*args)
    else:
        merkle.verify_consistency(*args)


def test_generated_proofs_equal_vector_happy_paths() -> None:
    """Our prover emits byte-identical proofs for the vectors' tree (the 8 standard leaves)."""
    _, store = build(LEAF_INPUTS)
    for path in _cases("inclusion"):
        case = json.loads(path.read_text())
        if case["wantErr"] or path.parent.name == "single-entry":
            continue
        p = merkle.prove_inclusion(store, case["leafIdx"], case["treeSize"])
        assert [base64.b64encode(h).decode() for h in p.proof] == (case["proof"] or []), path
        assert base64.b64encode(p.root).decode() == case["root"]
    for path in _cases("consistency"):
        case = json.loads(path.read_text())
        if case["wantErr"] or path.parent.name == "additional":
            continue
        c = merkle.prove_consistency(store, case["size1"], case["size2"])
        assert [base64.b64encode(h).decode() for h in c.proof] == (case["proof"] or []), path
        assert base64.b64encode(c.root2).decode() == case["root2"]


# ----------------------------------------------------------------------------- tiles


def from_dict(tiles: dict[int, bytes], ids: list[int]) -> dict[int, bytes]:
    return {i: tiles[i] for i in ids if i in tiles}


def build_tiles(
    entries: list[bytes], batches: list[int], height: int = merkle.TILE_HEIGHT
) -> tuple[merkle.Frontier, dict[int, bytes], bytes]:
    """Append in batches keeping only complete tiles (append-only: a tile id is never written twice) + edge."""
    frontier = merkle.Frontier()
    tiles: dict[int, bytes] = {}
    edge = b""
    hashes = [merkle.leaf_hash(e) for e in entries]
    pos = 0
    for size in batches:
        grown, nodes = merkle.append(frontier, hashes[pos : pos + size], every=height)
        assert all((nid >> merkle.LEVEL_SHIFT) % height == 0 for nid, _ in nodes)
        new, edge = merkle.extend_tiles(frontier.size, grown.size, edge, nodes, height)
        for tid, row in new:
            assert tid not in tiles, "a tile was written twice"
            assert len(row) == 32 << height
            tiles[tid] = row
        frontier = grown
        pos += size
    return frontier, tiles, edge


@pytest.mark.parametrize("height", [1, 2, 3, 4, 5])
def test_tiles_serve_exactly_the_perfect_nodes(height: int) -> None:
    """After any sequence of batches, tiles + edge give every perfect node (equal to the one-node-per-row
    store) and nothing beyond the tree."""
    import random

    rng = random.Random(height)
    entries = data(700)
    for _ in range(12):
        batches = []
        left = rng.randrange(1, 700)
        while left:
            batches.append(min(left, rng.choice([1, 2, 3, 7, 15, 16, 17, 64, 100, 255])))
            left -= batches[-1]
        n = sum(batches)
        frontier, tiles, edge = build_tiles(entries[:n], batches, height)
        _, reference = build(entries[:n], batches)
        assert len(tiles) == sum(full for full, _ in merkle.edge_layout(n, height))
        assert len(edge) == 32 * sum(part for _, part in merkle.edge_layout(n, height))
        store = merkle.TileNodeStore(functools.partial(from_dict, tiles), n, edge, height)
        assert store.get(list(reference.nodes)) == reference.nodes
        beyond = [merkle.node_id(0, n), merkle.node_id(height, (n >> height) + 1), merkle.node_id(n.bit_length(), 0)]
        assert store.get(beyond) == {}
        assert merkle.root_at(store, n) == frontier.root() == ref_mth(entries[:n])


def test_tile_proofs_equal_node_proofs_and_fetch_once() -> None:
    entries = data(1000)
    _, tiles, edge = build_tiles(entries, [333, 1, 600, 66])
    _, reference = build(entries)
    calls = []

    def fetch(ids: list[int]) -> dict[int, bytes]:
        calls.append(ids)
        return {i: tiles[i] for i in ids if i in tiles}

    store = merkle.TileNodeStore(fetch, 1000, edge)
    for index, size in ((0, 1000), (617, 999), (999, 1000), (15, 16), (16, 17)):
        before = len(calls)
        assert merkle.prove_inclusion(store, index, size) == merkle.prove_inclusion(reference, index, size)
        assert len(calls) - before <= 1  # at most one fetch per proof (none if the edge has it all)
    for size1, size2 in ((1, 1000), (333, 1000), (512, 997), (16, 32)):
        before = len(calls)
        assert merkle.prove_consistency(store, size1, size2) == merkle.prove_consistency(reference, size1, size2)
        assert len(calls) - before <= 1
    assert calls
    assert all(len(ids) <= 2 * (1000).bit_length() for ids in calls)


def test_tiles_reject_inconsistent_input() -> None:
    entries = data(40)
    frontier, tiles, edge = build_tiles(entries, [40])
    hashes = [merkle.leaf_hash(e) for e in data(5)]
    _, nodes = merkle.append(frontier, hashes, every=merkle.TILE_HEIGHT)
    with pytest.raises(ValueError, match="right edge"):
        merkle.extend_tiles(40, 45, edge[:-32], nodes)
    with pytest.raises(ValueError, match="new nodes"):
        merkle.extend_tiles(40, 45, edge, nodes[:-1])
    with pytest.raises(ValueError, match="new nodes"):
        merkle.extend_tiles(40, 46, edge, nodes)
    # a damaged edge serves nothing from the edge (proofs then fail as missing nodes), complete tiles still work
    store = merkle.TileNodeStore(lambda ids: {i: tiles[i] for i in ids if i in tiles}, 40, edge[:-1])
    assert merkle.node_id(0, 39) not in store.get([merkle.node_id(0, 39)])
    assert store.get([merkle.node_id(0, 3)]) == {merkle.node_id(0, 3): merkle.leaf_hash(entries[3])}
    with pytest.raises(merkle.MissingNodeError):
        merkle.prove_inclusion(store, 39, 40)
