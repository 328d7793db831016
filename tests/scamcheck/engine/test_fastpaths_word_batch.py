"""The word columns of a batch are hashed in one sequence (the space after each word added in NumPy, the pairs that
span two texts dropped): each text must get exactly its own columns, in its own order, whatever its neighbours."""

from __future__ import annotations

import random
import zlib

import numpy as np

from trustdesk.scamcheck.engine import model


def test_space_continuation_equals_zlib() -> None:
    rng = random.Random(5)
    values = [0, 1, 0xFFFFFFFF, 0x80000000, *(rng.getrandbits(32) for _ in range(5000))]
    got = model._crc32_space(np.array(values, dtype=np.uint32)).tolist()
    assert got == [zlib.crc32(b" ", v) for v in values]


def test_word_columns_do_not_depend_on_the_batch() -> None:
    rng = random.Random(9)
    pieces = ["", " ", "a", "ab 12", "x1y", "٣٤ ok", "mật khẩu", "中文 ไทย", "9", "a b c d", "--", "rm50 now"]
    texts = [" ".join(rng.choices(pieces, k=rng.randint(0, 5))) for _ in range(400)]
    indices, indptr = model._word_columns(texts)
    for i, text in enumerate(texts):
        alone, alone_ptr = model._word_columns([text])
        assert alone_ptr.tolist() == [0, len(alone)]
        assert indices[indptr[i] : indptr[i + 1]].tolist() == alone.tolist(), repr(text)
    for size in (1, 2, 3, 50):
        parts = [model._word_columns(texts[j : j + size])[0] for j in range(0, len(texts), size)]
        assert np.concatenate(parts).tolist() == indices.tolist()
