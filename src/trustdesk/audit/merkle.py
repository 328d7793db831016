"""RFC 9162 §2.1 Merkle tree hashing, append with a frontier, proofs from a node store, strict verifiers.

Why this shape:

* Only *perfect* subtrees are ever stored (all ``2**level`` leaves present). Such a node never changes, so the
  node table can be append-only and protected by database triggers. The right edge of a growing tree is
  recomputed on demand from at most ``log2(n)`` stored perfect nodes.
* A node is named ``level << 56 | index`` (``index`` counts perfect subtrees of that level from the left),
  so a proof's whole working set is a list of integer keys known *before* touching storage: one
  ``SELECT ... IN``.
* The verifiers follow transparency-dev/merkle (``proof/verify.go``) byte for byte, with the strict edge
  policy documented on :func:`verify_consistency`, so proofs we emit are accepted by that library and
  vice versa.

This module is deliberately standard library only: the standalone export verifier imports it on machines
that have neither Django nor a database.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

HASH_SIZE = 32
LEAF_PREFIX = b"\x00"
NODE_PREFIX = b"\x01"
LEVEL_SHIFT = 56
INDEX_MASK = (1 << LEVEL_SHIFT) - 1
EMPTY_ROOT = hashlib.sha256(b"").digest()

_sha256 = hashlib.sha256
_LEAF_SEED = hashlib.sha256(LEAF_PREFIX)


class ProofError(ValueError):
    """A proof, size or hash was rejected; the message says which check failed."""


class MissingNodeError(LookupError):
    """The node store lacks a perfect node that a complete tree of the requested size must have."""


class NodeStore(Protocol):
    """Where perfect nodes live: a dict, an SQLite table, a Django model. One call per proof."""

    def get(self, ids: Iterable[int]) -> dict[int, bytes]: ...


# --------------------------------------------------------------------------------------------- hashing


def leaf_hash(data: bytes) -> bytes:
    """``H(0x00 || data)``: the prefix stops an interior node from being passed off as a 64-byte leaf."""
    h = _LEAF_SEED.copy()
    h.update(data)
    return h.digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """``H(0x01 || left || right)``."""
    return _sha256(NODE_PREFIX + left + right).digest()


def node_id(level: int, index: int) -> int:
    """Storage key of the perfect node covering leaves ``[index << level, (index + 1) << level)``."""
    if not 0 <= level < 64 or not 0 <= index <= INDEX_MASK:
        raise ValueError(f"node ({level}, {index}) out of range")
    return level << LEVEL_SHIFT | index


def split_node_id(nid: int) -> tuple[int, int]:
    """Inverse of :func:`node_id`."""
    return nid >> LEVEL_SHIFT, nid & INDEX_MASK


def _largest_power_of_two_below(n: int) -> int:
    """The RFC split point k: the largest power of two *strictly* less than ``n`` (``n >= 2``)."""
    return 1 << ((n - 1).bit_length() - 1)


def _perfect_level(hashes: Sequence[bytes]) -> list[list[bytes]]:
    """All levels of the perfect tree over ``hashes`` (length a power of two), leaves first."""
    levels = [list(hashes)]
    level = levels[0]
    sha = _sha256
    prefix = NODE_PREFIX
    while len(level) > 1:
        it = iter(level)
        level = [sha(prefix + a + b).digest() for a, b in zip(it, it, strict=True)]
        levels.append(level)
    return levels


def _perfect_root(hashes: Sequence[bytes]) -> bytes:
    """Root of the perfect tree over ``hashes`` without keeping the intermediate levels."""
    level = hashes
    sha = _sha256
    prefix = NODE_PREFIX
    while len(level) > 1:
        it = iter(level)
        level = [sha(prefix + a + b).digest() for a, b in zip(it, it, strict=True)]
    return level[0]


# --------------------------------------------------------------------------------------------- frontier


@dataclass(frozen=True, slots=True)
class Frontier:
    """The right edge of a tree of ``size`` leaves: one perfect-subtree root per set bit of ``size``.

    ``hashes`` runs left to right (largest subtree first). It is all an appender needs to continue the tree
    and all a verifier needs to know the root, hence O(log n) memory for any log size.
    """

    size: int = 0
    hashes: tuple[bytes, ...] = ()

    def __post_init__(self) -> None:
        if self.size < 0 or len(self.hashes) != self.size.bit_count():
            raise ValueError("frontier must hold one hash per set bit of size")
        if any(len(h) != HASH_SIZE for h in self.hashes):
            raise ValueError("frontier hashes must be 32 bytes")

    def levels(self) -> list[int]:
        """Levels of ``hashes``, left to right (the set bits of ``size``, highest first)."""
        return [b for b in range(self.size.bit_length() - 1, -1, -1) if self.size >> b & 1]

    def root(self) -> bytes:
        """RFC 9162 root: fold the perfect roots right to left; ``H("")`` for the empty tree."""
        return fold_root(self.hashes)

    def ids(self) -> list[int]:
        """Node ids of the frontier hashes, i.e. what to fetch to resume appending after a restart."""
        return perfect_ids(0, self.size)


def fold_root(perfect_roots: Sequence[bytes]) -> bytes:
    """Combine a range's perfect decomposition (left to right) into its RFC hash."""
    if not perfect_roots:
        return EMPTY_ROOT
    acc = perfect_roots[-1]
    for h in reversed(perfect_roots[:-1]):
        acc = node_hash(h, acc)
    return acc


class _Edge:
    """Mutable working copy of a frontier as (level, hash) pairs; merges equal-height neighbours."""

    __slots__ = ("every", "nodes", "size", "stack")

    def __init__(self, frontier: Frontier, nodes: list[tuple[int, bytes]] | None, every: int = 1) -> None:
        self.size = frontier.size
        self.stack = list(zip(frontier.levels(), frontier.hashes, strict=True))
        self.nodes = nodes
        self.every = every  # keep only nodes whose level is a multiple of this (tile rows: see extend_tiles)

    def push(self, level: int, h: bytes) -> None:
        """Push the perfect subtree of ``2**level`` leaves starting at ``self.size`` (which is aligned)."""
        stack = self.stack
        start = self.size
        self.size += 1 << level
        while stack and stack[-1][0] == level:
            _, left = stack.pop()
            h = node_hash(left, h)
            level += 1
            if self.nodes is not None and level % self.every == 0:
                self.nodes.append((level << LEVEL_SHIFT | (start >> level), h))
        stack.append((level, h))

    def extend(self, leaf_hashes: Sequence[bytes]) -> None:
        """Add leaves in the largest aligned perfect blocks so hashing runs in list comprehensions."""
        i = 0
        n = len(leaf_hashes)
        nodes = self.nodes
        while i < n:
            size = self.size
            level = (n - i).bit_length() - 1
            if size:
                level = min(level, (size & -size).bit_length() - 1)
            width = 1 << level
            block = leaf_hashes[i : i + width]
            if nodes is None:
                top = _perfect_root(block)
            else:
                levels = _perfect_level(block)
                for lv in range(0, len(levels), self.every):
                    hashes = levels[lv]
                    first = lv << LEVEL_SHIFT | size >> lv  # ids of one level are consecutive integers
                    nodes.extend(zip(range(first, first + len(hashes)), hashes, strict=True))
                top = levels[-1][0]
            self.push(level, top)
            i += width

    def frontier(self) -> Frontier:
        return Frontier(self.size, tuple(h for _, h in self.stack))


def append(
    frontier: Frontier, leaf_hashes: Sequence[bytes], *, every: int = 1
) -> tuple[Frontier, list[tuple[int, bytes]]]:
    """Append leaves; return the new frontier and *only* the newly completed perfect nodes.

    Every returned ``(node_id, hash)`` is final (its subtree is full), so the caller can insert them into an
    append-only table; level-0 nodes are the leaf hashes themselves. Right-edge nodes of incomplete subtrees
    are never returned: they would change with the next append. With ``every=k`` only the nodes of levels
    0, k, 2k, ... are returned (what :func:`extend_tiles` stores); within a level they come in index order.
    """
    if any(len(h) != HASH_SIZE for h in leaf_hashes):
        raise ValueError("leaf hashes must be 32 bytes")
    if every < 1:
        raise ValueError("every must be >= 1")
    nodes: list[tuple[int, bytes]] = []
    edge = _Edge(frontier, nodes, every)
    edge.extend(leaf_hashes)
    return edge.frontier(), nodes


class RootBuilder:
    """Streaming root computation without storing nodes: the verifier's O(log n) accumulator."""

    __slots__ = ("_edge",)

    def __init__(self) -> None:
        self._edge = _Edge(Frontier(), None)

    @property
    def size(self) -> int:
        return self._edge.size

    def extend(self, leaf_hashes: Sequence[bytes]) -> None:
        self._edge.extend(leaf_hashes)

    def push_subtree(self, level: int, subtree_root: bytes) -> None:
        """Append a whole perfect subtree of ``2**level`` leaves given by its root (computed elsewhere, e.g.
        in a worker process); the current size must be a multiple of ``2**level``."""
        if self._edge.size % (1 << level):
            raise ValueError("a perfect subtree must start at a multiple of its width")
        self._edge.push(level, subtree_root)

    def frontier(self) -> Frontier:
        return self._edge.frontier()

    def root(self) -> bytes:
        return self._edge.frontier().root()


def aligned_blocks(first: int, leaf_hashes: Sequence[bytes], cuts: Sequence[int] = ()) -> list[tuple[int, bytes]]:
    """The leaves ``[first, first + len)`` as maximal aligned perfect subtrees ``(level, root)``, left to right,
    with a block boundary at every index in ``cuts``. Pushed in order into a :class:`RootBuilder` that stands
    at ``first``, they give the same tree as extending it with the leaves themselves."""
    end = first + len(leaf_hashes)
    out: list[tuple[int, bytes]] = []
    pos = first
    for bound in [*sorted(c for c in cuts if first < c < end), end]:
        while pos < bound:
            level = (bound - pos).bit_length() - 1
            if pos:
                level = min(level, (pos & -pos).bit_length() - 1)
            width = 1 << level
            out.append((level, _perfect_root(leaf_hashes[pos - first : pos - first + width])))
            pos += width
    return out


# --------------------------------------------------------------------------------------------- proofs


def perfect_ids(start: int, end: int) -> list[int]:
    """Ids of the perfect decomposition of the leaf range ``[start, end)``, left to right.

    For the ranges that occur in RFC 9162 trees (``start`` aligned to the next power of two above the width)
    these are exactly the set bits of the width, so folding their hashes gives the range's RFC hash.
    """
    ids = []
    while start < end:
        level = (end - start).bit_length() - 1
        if start:
            level = min(level, (start & -start).bit_length() - 1)
        ids.append(level << LEVEL_SHIFT | (start >> level))
        start += 1 << level
    return ids


def _inclusion_ranges(index: int, size: int) -> list[tuple[int, int]]:
    """RFC 9162 §2.1.3.1 PATH(m, D[0:n]) as leaf ranges, leaf to root."""
    ranges: list[tuple[int, int]] = []
    lo, hi = 0, size
    while hi - lo > 1:
        k = _largest_power_of_two_below(hi - lo)
        if index - lo < k:
            ranges.append((lo + k, hi))
            hi = lo + k
        else:
            ranges.append((lo, lo + k))
            lo += k
    ranges.reverse()
    return ranges


def _consistency_ranges(size1: int, size2: int) -> list[tuple[int, int]]:
    """RFC 9162 §2.1.4.1 SUBPROOF(m, D[0:n], true) as leaf ranges, in proof order."""
    ranges: list[tuple[int, int]] = []
    lo, hi, m, complete = 0, size2, size1, True
    while m != hi - lo:
        n = hi - lo
        k = _largest_power_of_two_below(n)
        if m <= k:
            ranges.append((lo + k, hi))
            hi = lo + k
        else:
            ranges.append((lo, lo + k))
            lo += k
            m -= k
            complete = False
    if not complete:
        ranges.append((lo, hi))
    ranges.reverse()
    return ranges


def _fetch(store: NodeStore, wanted: Iterable[int]) -> dict[int, bytes]:
    ids = sorted(set(wanted))
    got = store.get(ids)
    missing = [i for i in ids if i not in got]
    if missing:
        lv, ix = split_node_id(missing[0])
        raise MissingNodeError(f"node store lacks {len(missing)} node(s), first (level {lv}, index {ix})")
    return got


def _range_hash(got: dict[int, bytes], start: int, end: int) -> bytes:
    return fold_root([got[i] for i in perfect_ids(start, end)])


@dataclass(frozen=True, slots=True)
class InclusionProof:
    """Field names as in the transparency-dev vectors (``leafIdx, treeSize, leafHash, proof, root``)."""

    leaf_index: int
    tree_size: int
    leaf_hash: bytes
    proof: tuple[bytes, ...]
    root: bytes


@dataclass(frozen=True, slots=True)
class ConsistencyProof:
    """Field names as in the transparency-dev vectors (``size1, size2, root1, root2, proof``)."""

    size1: int
    size2: int
    root1: bytes
    root2: bytes
    proof: tuple[bytes, ...]


def root_at(store: NodeStore, size: int) -> bytes:
    """Root of the first ``size`` leaves, from at most ``log2(size)`` stored perfect nodes (one fetch)."""
    if size < 0:
        raise ValueError("size must be >= 0")
    ids = perfect_ids(0, size)
    got = _fetch(store, ids) if ids else {}
    return fold_root([got[i] for i in ids])


def prove_inclusion(store: NodeStore, index: int, size: int) -> InclusionProof:
    """Inclusion proof of leaf ``index`` in the tree of ``size`` leaves, with leaf hash and root.

    All nodes (proof, leaf, root decomposition) are fetched in one store call.
    """
    if not 0 <= index < size:
        raise ValueError(f"leaf index {index} is not below tree size {size}")
    ranges = _inclusion_ranges(index, size)
    leaf = index  # level-0 node id is the index itself
    root_ids = perfect_ids(0, size)
    got = _fetch(store, [leaf, *root_ids, *(i for r in ranges for i in perfect_ids(*r))])
    proof = tuple(_range_hash(got, a, b) for a, b in ranges)
    return InclusionProof(index, size, got[leaf], proof, fold_root([got[i] for i in root_ids]))


def prove_consistency(store: NodeStore, size1: int, size2: int) -> ConsistencyProof:
    """Consistency proof from ``size1`` to ``size2`` with both roots (one fetch).

    Sizes follow the strict policy of :func:`verify_consistency`: ``0 < size1 <= size2``.
    """
    if not 0 < size1 <= size2:
        raise ValueError(f"consistency needs 0 < size1 <= size2, got {size1}, {size2}")
    ranges = _consistency_ranges(size1, size2) if size1 < size2 else []
    ids1 = perfect_ids(0, size1)
    ids2 = perfect_ids(0, size2)
    got = _fetch(store, [*ids1, *ids2, *(i for r in ranges for i in perfect_ids(*r))])
    proof = tuple(_range_hash(got, a, b) for a, b in ranges)
    root1 = fold_root([got[i] for i in ids1])
    root2 = fold_root([got[i] for i in ids2])
    return ConsistencyProof(size1, size2, root1, root2, proof)


class DictNodeStore:
    """In-memory node store for tests, benchmarks and small tools."""

    __slots__ = ("nodes",)

    def __init__(self, nodes: dict[int, bytes] | None = None) -> None:
        self.nodes: dict[int, bytes] = {} if nodes is None else nodes

    def put(self, items: Iterable[tuple[int, bytes]]) -> None:
        self.nodes.update(items)

    def get(self, ids: Iterable[int]) -> dict[int, bytes]:
        nodes = self.nodes
        return {i: nodes[i] for i in ids if i in nodes}

    def __len__(self) -> int:
        return len(self.nodes)


# --------------------------------------------------------------------------------------------- tiles

TILE_HEIGHT = 4
"""A tile holds ``2**TILE_HEIGHT`` consecutive hashes of one level ``L * TILE_HEIGHT`` (C2SP tlog-tiles' idea,
with a smaller height so a proof recomputes at most ``2**(TILE_HEIGHT - 1)`` hashes per node it needs)."""


def tile_id(tile_level: int, index: int) -> int:
    """Storage key of tile ``index`` of tile level ``tile_level`` (same shape as :func:`node_id`)."""
    return node_id(tile_level, index)


def edge_layout(size: int, height: int = TILE_HEIGHT) -> list[tuple[int, int]]:
    """Per tile level, bottom first: (complete tiles, hashes in the partial right-edge tile) of a tree of ``size``.

    Tile level ``L`` holds the perfect nodes of tree level ``L * height``; there are ``size >> (L * height)``
    of them, ``2**height`` per complete tile, the rest in the partial one.
    """
    out = []
    lv = 0
    while size >> lv:
        count = size >> lv
        out.append((count >> height, count & ((1 << height) - 1)))
        lv += height
    return out


def split_edge(size: int, edge: bytes, height: int = TILE_HEIGHT) -> list[bytes]:
    """The partial tiles of a tree of ``size`` (bottom first) out of their concatenation; ValueError if ``edge``
    does not have exactly the length that ``size`` implies."""
    parts = []
    pos = 0
    for _full, partial in edge_layout(size, height):
        parts.append(edge[pos : pos + partial * HASH_SIZE])
        pos += partial * HASH_SIZE
    if pos != len(edge):
        raise ValueError(f"right edge has {len(edge)} bytes, a tree of {size} needs {pos}")
    return parts


def extend_tiles(
    size: int, new_size: int, edge: bytes, nodes: Sequence[tuple[int, bytes]], height: int = TILE_HEIGHT
) -> tuple[list[tuple[int, bytes]], bytes]:
    """Grow the tiles of a tree from ``size`` to ``new_size`` leaves.

    ``edge`` is the concatenated partial tiles at ``size``; ``nodes`` the new perfect nodes that
    ``append(..., every=height)`` returned for that growth. Returns the newly *complete* tiles as
    ``(tile_id, 2**height * 32 bytes)`` (final: they can go into an append-only table) and the new edge (which
    changes with every append, so it belongs in the mutable log head). Raises ValueError if ``nodes`` is not
    exactly that growth's nodes of the tile levels.
    """
    parts = split_edge(size, edge, height)
    width = HASH_SIZE << height
    by_level: dict[int, list[bytes]] = {}
    for nid, h in nodes:
        level = nid >> LEVEL_SHIFT
        if level % height == 0:
            by_level.setdefault(level // height, []).append(h)
    tiles: list[tuple[int, bytes]] = []
    new_parts = []
    for tl, (full_after, _partial) in enumerate(edge_layout(new_size, height)):
        lv = tl * height
        before = size >> lv
        new = by_level.pop(tl, [])
        if len(new) != (new_size >> lv) - before:
            raise ValueError(
                f"tile level {tl}: {len(new)} new nodes, growth {size} -> {new_size} needs {(new_size >> lv) - before}"
            )
        buf = (parts[tl] if tl < len(parts) else b"") + b"".join(new)
        first = before >> height
        for j in range(full_after - first):
            tiles.append((tl << LEVEL_SHIFT | (first + j), buf[j * width : (j + 1) * width]))
        new_parts.append(buf[(full_after - first) * width :])
    if by_level:
        raise ValueError(f"nodes above the tree of {new_size} leaves")
    return tiles, b"".join(new_parts)


class TileNodeStore:
    """A :class:`NodeStore` over tiles: complete tiles come from ``fetch`` (one call per ``get``), the partial
    right edge from ``edge`` as of ``size``; a node inside a tile's height is recomputed from its bottom row
    (at most ``2**(height - 1)`` hashes).

    ``size``/``edge`` may be older than the tiles ``fetch`` sees (a head read before a concurrent append): a
    tile that was partial at ``size`` is read from ``edge``, whose hashes never change, so proofs up to
    ``size`` stay exact.
    """

    __slots__ = ("fetch", "height", "parts", "size")

    def __init__(
        self,
        fetch: Callable[[list[int]], dict[int, bytes]],
        size: int,
        edge: bytes,
        height: int = TILE_HEIGHT,
    ) -> None:
        self.fetch = fetch
        self.size = size
        self.height = height
        try:
            self.parts = split_edge(size, edge, height)
        except ValueError:
            self.parts = []  # a damaged edge serves nothing: proofs needing it fail as missing nodes

    def get(self, ids: Iterable[int]) -> dict[int, bytes]:
        height = self.height
        mask = (1 << height) - 1
        size = self.size
        plan = []
        need = set()
        for nid in ids:
            level, index = nid >> LEVEL_SHIFT, nid & INDEX_MASK
            tl, r = divmod(level, height)
            first = index << r
            t = first >> height
            at_edge = t == (size >> (tl * height)) >> height
            plan.append((nid, tl, t, at_edge, (first & mask) * HASH_SIZE, HASH_SIZE << r))
            if not at_edge:
                need.add(tl << LEVEL_SHIFT | t)
        got = self.fetch(sorted(need)) if need else {}
        parts = self.parts
        out = {}
        for nid, tl, t, at_edge, pos, length in plan:
            buf = (parts[tl] if tl < len(parts) else None) if at_edge else got.get(tl << LEVEL_SHIFT | t)
            if buf is None or len(buf) < pos + length:
                continue
            if length == HASH_SIZE:
                out[nid] = buf[pos : pos + HASH_SIZE]
            else:
                out[nid] = _perfect_root([buf[i : i + HASH_SIZE] for i in range(pos, pos + length, HASH_SIZE)])
        return out


# --------------------------------------------------------------------------------------------- verifiers


def _check_hashes(proof: Sequence[bytes]) -> None:
    for pos, h in enumerate(proof):
        if len(h) != HASH_SIZE:
            raise ProofError(f"proof hash {pos} has {len(h)} bytes, want {HASH_SIZE}")


def _decomp_inclusion(index: int, size: int) -> tuple[int, int]:
    """Split an inclusion path into its inner part (below the fork with the right edge) and border part."""
    inner = (index ^ (size - 1)).bit_length()
    border = (index >> inner).bit_count()
    return inner, border


def _chain_inner(seed: bytes, proof: Sequence[bytes], index: int) -> bytes:
    for i, h in enumerate(proof):
        seed = node_hash(seed, h) if (index >> i) & 1 == 0 else node_hash(h, seed)
    return seed


def _chain_inner_right(seed: bytes, proof: Sequence[bytes], index: int) -> bytes:
    for i, h in enumerate(proof):
        if (index >> i) & 1 == 1:
            seed = node_hash(h, seed)
    return seed


def _chain_border_right(seed: bytes, proof: Sequence[bytes]) -> bytes:
    for h in proof:
        seed = node_hash(h, seed)
    return seed


def _match(calculated: bytes, expected: bytes, what: str) -> None:
    if not hmac.compare_digest(calculated, expected):
        raise ProofError(f"{what} mismatch: calculated {calculated.hex()}, expected {expected.hex()}")


def root_from_inclusion_proof(index: int, size: int, leaf: bytes, proof: Sequence[bytes]) -> bytes:
    """The root implied by an inclusion proof; rejects every malformed shape before hashing."""
    if index < 0 or size < 0:
        raise ProofError("negative index or size")
    if index >= size:
        raise ProofError(f"index {index} is not below size {size}")
    if len(leaf) != HASH_SIZE:
        raise ProofError(f"leaf hash has {len(leaf)} bytes, want {HASH_SIZE}")
    inner, border = _decomp_inclusion(index, size)
    if len(proof) != inner + border:
        raise ProofError(f"wrong proof size {len(proof)}, want {inner + border}")
    _check_hashes(proof)
    res = _chain_inner(leaf, proof[:inner], index)
    return _chain_border_right(res, proof[inner:])


def verify_inclusion(index: int, size: int, leaf: bytes, proof: Sequence[bytes], root: bytes) -> None:
    """Raise :class:`ProofError` unless ``proof`` shows leaf ``index`` in the tree of ``size`` with ``root``.

    ``root`` must come from a checkpoint whose signature was already verified.
    """
    _match(root_from_inclusion_proof(index, size, leaf, proof), root, "root")


def verify_consistency(size1: int, size2: int, proof: Sequence[bytes], root1: bytes, root2: bytes) -> None:
    """Raise :class:`ProofError` unless ``proof`` shows tree ``size1`` is a prefix of tree ``size2``.

    Strict edges (transparency-dev plus the vectors' policy): ``size1 == 0`` is rejected first, even for
    ``0 -> 0``, because an empty tree is trivially a prefix and accepting it lets a client skip its check;
    ``size1 > size2`` is rejected; equal sizes need an empty proof and byte-equal roots; otherwise the proof
    must be non-empty and of exactly the expected length.
    """
    if size1 < 0 or size2 < 0:
        raise ProofError("negative size")
    if size1 == 0:
        raise ProofError("consistency proof with size1 = 0")
    if size2 < size1:
        raise ProofError(f"size2 ({size2}) < size1 ({size1})")
    if size1 == size2:
        if proof:
            raise ProofError("size1 = size2, but proof is not empty")
        _match(root1, root2, "root")
        return
    if not proof:
        raise ProofError("empty proof")
    _check_hashes(proof)

    inner, border = _decomp_inclusion(size1 - 1, size2)
    shift = (size1 & -size1).bit_length() - 1
    inner -= shift
    if size1 == 1 << shift:
        seed, start = root1, 0
    else:
        seed, start = proof[0], 1
    if len(proof) != start + inner + border:
        raise ProofError(f"wrong proof size {len(proof)}, want {start + inner + border}")
    rest = proof[start:]
    mask = (size1 - 1) >> shift
    hash1 = _chain_border_right(_chain_inner_right(seed, rest[:inner], mask), rest[inner:])
    _match(hash1, root1, "root1")
    hash2 = _chain_border_right(_chain_inner(seed, rest[:inner], mask), rest[inner:])
    _match(hash2, root2, "root2")
