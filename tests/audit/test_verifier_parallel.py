"""The multi-process verifier pass computes exactly the roots of the one-process pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.audit.test_audit_verifier import leaves
from trustdesk.audit import merkle, verifier


@pytest.mark.parametrize("n", [1, 2, 3, 8, 31, 100, 333])
def test_parallel_roots_equal_sequential(tmp_path: Path, n: int) -> None:
    data = leaves(n)
    (tmp_path / "e").write_bytes(b"".join(d + b"\n" for d in data))
    for want in {n, max(1, n - 1), n // 2 or 1}:
        for prev in {None, 0, 1, want // 3, want - 1, want}:
            got = verifier._parallel_roots(tmp_path / "e", want, prev, 2, None, (n * 40) // 7 + 1)
            assert got is not None
            total, root, prev_root = got
            full = merkle.RootBuilder()
            full.extend([merkle.leaf_hash(d) for d in data[:want]])
            assert (total, root) == (n, full.root())
            if prev is not None:
                part = merkle.RootBuilder()
                part.extend([merkle.leaf_hash(d) for d in data[:prev]])
                assert prev_root == part.root()


def test_parallel_roots_see_an_unterminated_file(tmp_path: Path) -> None:
    (tmp_path / "e").write_bytes(b"".join(d + b"\n" for d in leaves(20)) + b'{"cut')
    assert verifier._parallel_roots(tmp_path / "e", 20, None, 2, None, 300) is None
