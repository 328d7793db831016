"""The small trained part of the engine: hashed n-gram features and two linear models.

Features are hashed character n-grams (2–5, over the whole padded text) plus word uni/bigrams of the *folded*
text, so the model sees Vietnamese with or without diacritics, Traditional or Simplified Chinese and leetspeak
alike. Hashing needs no vocabulary, so the model file only stores the IDF weights and the coefficients of the
features seen in training, as a NumPy ``.npz`` (no pickle: loading a model file cannot run code).

Two heads share the features: a scam/legitimate logistic regression and a language model over the
Latin-script languages (``en``, ``vi``, ``id``, ``ms``), which ``langid`` uses as a tie-breaker.
"""

from __future__ import annotations

import itertools
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray

CHAR_FEATURES = 2**20
WORD_FEATURES = 2**18
N_FEATURES = CHAR_FEATURES + WORD_FEATURES
MODEL_RESOURCE = "data/model.npz"


_NGRAM_ORDERS = (2, 3, 4, 5)
_MULT = np.uint64(0x9E3779B97F4A7C15)
_WORD_RE = re.compile(r"\w+")


def _char_columns(texts: Sequence[str]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Hashed character 2–5-gram columns of ``" " + text + " "`` for the whole batch, computed in NumPy: the
    columns of every document in order (one entry per occurrence) and the number of entries per document.

    Each n-gram's hash is a multiplicative rolling hash of its code points (uint64 arithmetic wraps), so the
    features are the same on every platform and process (unlike Python's randomised ``hash``).
    """
    n_docs = len(texts)
    padded = [f" {t} " for t in texts]
    lengths = np.fromiter((len(t) for t in padded), dtype=np.int64, count=n_docs)
    if n_docs == 0 or lengths.sum() == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(n_docs, dtype=np.int64)
    cps = np.frombuffer("".join(padded).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    total = len(cps)
    doc = np.repeat(np.arange(n_docs, dtype=np.int64), lengths)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    remaining = np.repeat(starts + lengths, lengths) - np.arange(total, dtype=np.int64)  # chars left in doc
    hashes, masks = [], []
    h = np.zeros(total, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(1, max(_NGRAM_ORDERS) + 1):
            nxt = np.zeros(total, dtype=np.uint64)
            if k <= total:  # a batch shorter than k characters (one message "k") has no k-gram at all
                nxt[: total - k + 1] = cps[k - 1 :]
            h = h * _MULT + nxt + np.uint64(k)  # h[i] now hashes cps[i : i + k]
            if k in _NGRAM_ORDERS:
                mixed = h ^ (h >> np.uint64(29))
                hashes.append(((mixed * _MULT) >> np.uint64(40)) % np.uint64(CHAR_FEATURES))
                masks.append(remaining >= k)
    # Position-major layout keeps entries grouped by document, so no global sort is needed.
    cols_by_pos = np.stack(hashes, axis=1)
    valid = np.stack(masks, axis=1)
    cols = cols_by_pos[valid].astype(np.int64)
    per_doc = np.bincount(doc, weights=valid.sum(axis=1), minlength=n_docs).astype(np.int64)
    return cols, per_doc


def _char_counts(texts: Sequence[str]) -> sp.csr_matrix:
    """``_char_columns`` as a sparse count matrix (repeated n-grams stay as repeated entries: ``tfidf`` is
    written to give the same result either way)."""
    cols, per_doc = _char_columns(texts)
    indptr = np.concatenate(([0], np.cumsum(per_doc)))
    return sp.csr_matrix((np.ones(len(cols), dtype=np.float32), cols, indptr), shape=(len(texts), CHAR_FEATURES))


def word_index(token: str) -> int:
    """Column (within the word block) of a word or word bigram; stable across processes (CRC-32)."""
    return zlib.crc32(token.encode("utf-8")) % WORD_FEATURES


def shape_index(token: str) -> int:
    """Column (within the word block) of the shape of a word with digits (each digit as ``9``: ``09061701461`` ->
    ``99999999999``, ``150p`` -> ``999p``), so a premium number, a short code or a price in pence shares one feature
    across messages instead of one unique literal each; stable across processes."""
    return zlib.crc32(("\x00" + _DIGIT.sub("9", token)).encode("utf-8")) % WORD_FEATURES


_DIGIT = re.compile(r"\d")
_CRC_NUL = zlib.crc32(b"\x00")


def _crc_table() -> NDArray[np.uint32]:
    """The byte table of CRC-32 (reflected, polynomial 0xEDB88320), as ``zlib.crc32`` uses it."""
    table = np.arange(256, dtype=np.uint32)
    for _ in range(8):
        table = np.where(table & 1, (table >> 1) ^ np.uint32(0xEDB88320), table >> 1).astype(np.uint32)
    return table


_CRC_TABLE = _crc_table()


def _crc32_space(crcs: NDArray[np.uint32]) -> NDArray[np.uint32]:
    """``zlib.crc32(b" ", c)`` for every ``c`` of ``crcs`` at once (one byte of the CRC's table-driven update)."""
    state = crcs ^ np.uint32(0xFFFFFFFF)
    return _CRC_TABLE[(state ^ np.uint32(0x20)) & np.uint32(0xFF)] ^ (state >> np.uint32(8)) ^ np.uint32(0xFFFFFFFF)


def _word_columns(texts: Sequence[str]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Word, word-bigram and digit-shape columns (within the word block) of every text, and the CSR row
    pointer: text ``i`` owns ``indices[indptr[i]:indptr[i + 1]]``, its words, then its word pairs, then its shapes.

    The columns are ``word_index`` and ``shape_index``, computed without a Python call per token: CRC-32 can be
    continued (``crc32(b, crc32(a)) == crc32(a + b)``), so a bigram ``"a b"`` is ``b`` continued from ``"a "`` (the
    space added to every word at once in NumPy), and a shape is the word continued from ``"\x00"``. Replacing each
    digit by ``9`` keeps every character a word character and a digit as before, so the shapes are the text's words
    that hold a digit, each shaped. The words of the whole batch are hashed in one sequence; the pairs that span two
    texts are dropped and each text's entries put in its order with index arithmetic.
    """
    n_docs = len(texts)
    encode = str.encode
    crc32 = zlib.crc32
    repeat = itertools.repeat
    has_digit = _DIGIT.search
    shape = _DIGIT.sub
    words: list[bytes] = []
    shapes: list[str] = []
    n_words = [0] * n_docs
    n_shapes = [0] * n_docs
    for d, text in enumerate(texts):
        found = _WORD_RE.findall(text)
        words += map(encode, found)
        n_words[d] = len(found)
        if has_digit(text):
            before = len(shapes)
            shapes += map(shape, repeat("9"), itertools.compress(found, map(has_digit, found)))
            n_shapes[d] = len(shapes) - before
    unigrams = np.array(list(map(crc32, words)), dtype=np.uint32)
    spaced = _crc32_space(unigrams).tolist()
    pairs = np.array(list(map(crc32, words[1:], spaced)), dtype=np.uint32)  # every neighbour pair of the batch
    shaped = np.array(list(map(crc32, map(encode, shapes), repeat(_CRC_NUL))), dtype=np.uint32)
    w = np.array(n_words, dtype=np.int64)
    sh = np.array(n_shapes, dtype=np.int64)
    b = np.maximum(w - 1, 0)
    indptr = np.zeros(n_docs + 1, dtype=np.int64)
    np.cumsum(w + b + sh, out=indptr[1:])
    out = np.empty(indptr[-1], dtype=np.int64)
    # Entry j of a block of text d goes to indptr[d] + (the block's offset in the text) + (j - the text's first j).
    word_start = np.cumsum(w) - w
    word_doc = np.repeat(np.arange(n_docs), w)
    out[np.arange(len(unigrams)) + np.repeat(indptr[:-1] - word_start, w)] = unigrams
    same_text = word_doc[:-1] == word_doc[1:]  # pair (i, i + 1) lies within one text
    pair_dest = np.arange(len(pairs)) + np.repeat(indptr[:-1] + w - word_start, w)[:-1] if len(pairs) else pairs
    out[pair_dest[same_text]] = pairs[same_text]
    shape_start = np.cumsum(sh) - sh
    out[np.arange(len(shaped)) + np.repeat(indptr[:-1] + w + b - shape_start, sh)] = shaped
    # CRC-32 is unsigned and WORD_FEATURES a power of two, so the mask is the ``% WORD_FEATURES`` of ``word_index``.
    return out & (WORD_FEATURES - 1), indptr


def _word_counts(texts: Sequence[str]) -> sp.csr_matrix:
    indices, indptr = _word_columns(texts)
    data = np.ones(len(indices), dtype=np.float32)
    return sp.csr_matrix((data, indices, indptr), shape=(len(texts), WORD_FEATURES))


def raw_counts(folded_texts: Sequence[str]) -> sp.csr_matrix:
    """Hashed term counts (before IDF) for folded texts: character n-grams, then words and word bigrams."""
    return sp.hstack([_char_counts(folded_texts), _word_counts(folded_texts)], format="csr")


def tfidf(counts: sp.csr_matrix, idf: NDArray[np.float32]) -> sp.csr_matrix:
    """TF × IDF with rows scaled to unit "count-weighted" length, sqrt(sum_c count_c * idf_c²).

    That norm can be computed entry by entry, so a matrix that repeats an entry per occurrence (inference:
    no duplicate summing, which is the expensive step) and one with summed counts (training) give the same
    features.
    """
    n = counts.shape[0]
    w = idf[counts.indices]
    row = np.repeat(np.arange(n), np.diff(counts.indptr))
    sq = np.bincount(row, weights=counts.data * w * w, minlength=n)
    norms = np.sqrt(sq)
    norms[norms == 0] = 1.0
    data = (counts.data * w / norms[row]).astype(np.float32)
    return sp.csr_matrix((data, counts.indices, counts.indptr), shape=counts.shape)


@dataclass(frozen=True)
class LinearModel:
    """Weights of both heads; ``scam_coef`` is dense over ``N_FEATURES`` for fast sparse dot products."""

    idf: NDArray[np.float32]
    scam_coef: NDArray[np.float32]
    scam_intercept: float
    lang_labels: tuple[str, ...]
    lang_coef: sp.csr_matrix  # (n_langs, N_FEATURES), sparse: only features seen in training
    lang_intercept: NDArray[np.float32]
    sha256: str = ""
    # Added to the scam log-odds where the checker combines them with the rule signals (``checker.combine``):
    # the combination's threshold for the model, chosen by nested cross-validation when training.
    offset: float = 0.0
    # The common factor of the rule weights in that combination (1 = the hand-set weights), chosen with the offset.
    rule_scale: float = 1.0
    # Added to the scam log-odds, on top of ``offset``, of a message identified as one of these languages: chosen
    # by forward validation on the newest rounds of the corpus (``train.select_lang_offsets``).
    lang_offsets: dict[str, float] = field(default_factory=dict, hash=False)
    # Inference works on the hashed columns directly, with the IDF folded into the weights: a message's
    # TF-IDF row is count × idf / norm, so its logit is sum(idf × coef) / norm + intercept, where
    # norm² = sum(idf²) over its entries (``tfidf``); the language head likewise. One table row per column,
    # [idf², idf × scam coef, idf × language coefs…], so a message's entries cost one gather and one segment
    # sum instead of building the count matrix, stacking its blocks and scaling it. The extra last row is
    # zeros: the end of every segment can then be indexed even when the last messages have no entries.
    _table: NDArray[np.float32] = field(init=False, repr=False, compare=False)
    _rows: NDArray[np.void] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        n_langs = len(self.lang_labels)
        table = np.zeros((self.idf.shape[0] + 1, 2 + n_langs), dtype=np.float32)
        table[:-1, 0] = self.idf * self.idf
        table[:-1, 1] = self.idf * self.scam_coef
        table[:-1, 2:] = self.lang_coef.T.toarray() * self.idf[:, None]
        object.__setattr__(self, "_table", table)
        # The same rows as one opaque item each: gathering whole rows of a 1-D array is a single copy per
        # entry, about twice as fast as fancy-indexing the rows of the 2-D table.
        object.__setattr__(self, "_rows", table.view(np.dtype((np.void, table.itemsize * table.shape[1]))).ravel())

    def features(self, folded_texts: Sequence[str]) -> sp.csr_matrix:
        return tfidf(raw_counts(folded_texts), self.idf)

    def scam_logits(self, x: sp.csr_matrix) -> NDArray[np.float64]:
        return np.asarray(x @ self.scam_coef, dtype=np.float64).ravel() + self.scam_intercept

    def lang_logprobs(self, x: sp.csr_matrix) -> list[dict[str, float]]:
        scores = np.asarray((x @ self.lang_coef.T).toarray(), dtype=np.float64) + self.lang_intercept
        return self._logprob_dicts(scores)

    def score(self, folded_texts: Sequence[str]) -> tuple[NDArray[np.float64], list[dict[str, float]]]:
        """Scam log-odds and language log-probabilities of folded texts: the same numbers as
        ``scam_logits(features(t))`` and ``lang_logprobs(features(t))`` (to float rounding), computed without
        building the TF-IDF matrix (see ``_table``)."""
        char_cols, char_per_doc = _char_columns(folded_texts)
        word_cols, word_indptr = _word_columns(folded_texts)
        sums = self._segment_sums(char_cols, char_per_doc)
        sums += self._segment_sums(word_cols + CHAR_FEATURES, np.diff(word_indptr))
        norms = np.sqrt(sums[:, 0])
        norms[norms == 0] = 1.0
        logits = sums[:, 1] / norms + self.scam_intercept
        lang = sums[:, 2:] / norms[:, None] + self.lang_intercept
        return logits, self._logprob_dicts(lang)

    def _segment_sums(self, cols: NDArray[np.int64], per_doc: NDArray[np.int64]) -> NDArray[np.float64]:
        """Per document, the sum of the table rows of its entries (``cols`` grouped by document)."""
        n = len(per_doc)
        if n == 0:
            return np.zeros((0, self._table.shape[1]))
        width = self._table.shape[1]
        rows = np.take(self._rows, np.append(cols, self._table.shape[0] - 1)).view(np.float32).reshape(-1, width)
        starts = np.zeros(n, dtype=np.int64)
        np.cumsum(per_doc[:-1], out=starts[1:])
        sums = np.add.reduceat(rows, starts, axis=0).astype(np.float64)
        sums[per_doc == 0] = 0.0  # reduceat gives an empty segment the row at its start
        return sums

    def _logprob_dicts(self, scores: NDArray[np.float64]) -> list[dict[str, float]]:
        scores = scores - scores.max(axis=1, keepdims=True)
        logp = scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))
        return [dict(zip(self.lang_labels, row.tolist(), strict=True)) for row in logp]

    # --- persistence --------------------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        """Store only non-zero weights (sparse) so the file stays small."""
        idf_idx = np.flatnonzero(self.idf != 1.0).astype(np.int32)
        scam_idx = np.flatnonzero(self.scam_coef).astype(np.int32)
        dense_lang = np.asarray(self.lang_coef.todense(), dtype=np.float32)
        lang_idx = np.flatnonzero(np.any(dense_lang != 0, axis=0)).astype(np.int32)
        np.savez_compressed(
            path,
            idf_idx=idf_idx,
            idf_val=self.idf[idf_idx],
            scam_idx=scam_idx,
            scam_val=self.scam_coef[scam_idx],
            scam_intercept=np.array([self.scam_intercept]),
            lang_labels=np.array(self.lang_labels),
            lang_idx=lang_idx,
            lang_val=dense_lang[:, lang_idx],
            lang_intercept=self.lang_intercept,
            n_features=np.array([N_FEATURES]),
            offset=np.array([self.offset]),
            rule_scale=np.array([self.rule_scale]),
            lang_offset_labels=np.array(sorted(self.lang_offsets), dtype=str),
            lang_offset_values=np.array([self.lang_offsets[k] for k in sorted(self.lang_offsets)], dtype=np.float64),
        )

    @classmethod
    def load(cls, data: bytes | Path) -> LinearModel:
        import hashlib
        import io

        raw = data.read_bytes() if isinstance(data, Path) else data
        with np.load(io.BytesIO(raw), allow_pickle=False) as z:
            if int(z["n_features"][0]) != N_FEATURES:
                raise ValueError("model was trained with another feature layout; retrain it")
            idf = np.ones(N_FEATURES, dtype=np.float32)
            idf[z["idf_idx"]] = z["idf_val"]
            scam = np.zeros(N_FEATURES, dtype=np.float32)
            scam[z["scam_idx"]] = z["scam_val"]
            labels = tuple(str(x) for x in z["lang_labels"])
            lang_idx, lang_val = z["lang_idx"], z["lang_val"]
            rows = np.repeat(np.arange(len(labels)), len(lang_idx))
            cols = np.tile(lang_idx, len(labels))
            lang = sp.csr_matrix((lang_val.ravel(), (rows, cols)), shape=(len(labels), N_FEATURES), dtype=np.float32)
            return cls(
                idf,
                scam,
                float(z["scam_intercept"][0]),
                labels,
                lang,
                z["lang_intercept"].astype(np.float32),
                hashlib.sha256(raw).hexdigest(),
                offset=float(z["offset"][0]) if "offset" in z.files else 0.0,
                rule_scale=float(z["rule_scale"][0]) if "rule_scale" in z.files else 1.0,
                lang_offsets=(
                    {str(k): float(v) for k, v in zip(z["lang_offset_labels"], z["lang_offset_values"], strict=True)}
                    if "lang_offset_labels" in z.files
                    else {}
                ),
            )


def load_builtin() -> LinearModel | None:
    """The shipped model, or ``None`` if it has not been trained yet (the engine then runs on rules)."""
    resource = resources.files("trustdesk.scamcheck.engine").joinpath(MODEL_RESOURCE)
    if not resource.is_file():
        return None
    return LinearModel.load(resource.read_bytes())
