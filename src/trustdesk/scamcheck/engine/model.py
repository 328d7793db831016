"""The small trained part of the engine: hashed n-gram features and two linear models.

Features are hashed character n-grams (2–5, within word boundaries) plus word uni/bigrams of the *folded*
text, so the model sees Vietnamese with or without diacritics, Traditional or Simplified Chinese and leetspeak
alike. Hashing needs no vocabulary, so the model file only stores the IDF weights and the coefficients of the
features seen in training, as a NumPy ``.npz`` (no pickle: loading a model file cannot run code).

Two heads share the features: a scam/legitimate logistic regression and a language model over the
Latin-script languages (``en``, ``vi``, ``id``, ``ms``), which ``langid`` uses as a tie-breaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray
from sklearn.feature_extraction.text import HashingVectorizer

CHAR_FEATURES = 2**20
WORD_FEATURES = 2**18
N_FEATURES = CHAR_FEATURES + WORD_FEATURES
MODEL_RESOURCE = "data/model.npz"


def _vectorizers() -> tuple[HashingVectorizer, HashingVectorizer]:
    char = HashingVectorizer(
        analyzer="char_wb", ngram_range=(2, 5), n_features=CHAR_FEATURES, alternate_sign=False, norm=None,
        lowercase=False, dtype=np.float32,
    )
    word = HashingVectorizer(
        analyzer="word", ngram_range=(1, 2), n_features=WORD_FEATURES, alternate_sign=False, norm=None,
        lowercase=False, token_pattern=r"(?u)\b\w+\b", dtype=np.float32,
    )
    return char, word


_CHAR, _WORD = _vectorizers()


def raw_counts(folded_texts: Sequence[str]) -> sp.csr_matrix:
    """Hashed term counts (before IDF) for folded texts."""
    return sp.hstack([_CHAR.transform(folded_texts), _WORD.transform(folded_texts)], format="csr")


def tfidf(counts: sp.csr_matrix, idf: NDArray[np.float32]) -> sp.csr_matrix:
    """Sublinear TF × IDF, L2-normalised rows (the same transform in training and inference)."""
    x = counts.copy()
    x.data = (1.0 + np.log(x.data)).astype(np.float32)
    x = x.multiply(idf.reshape(1, -1)).tocsr()
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags((1.0 / norms).astype(np.float32)) @ x)


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

    def features(self, folded_texts: Sequence[str]) -> sp.csr_matrix:
        return tfidf(raw_counts(folded_texts), self.idf)

    def scam_logits(self, x: sp.csr_matrix) -> NDArray[np.float64]:
        return np.asarray(x @ self.scam_coef, dtype=np.float64).ravel() + self.scam_intercept

    def lang_logprobs(self, x: sp.csr_matrix) -> list[dict[str, float]]:
        scores = np.asarray((x @ self.lang_coef.T).todense(), dtype=np.float64) + self.lang_intercept
        scores -= scores.max(axis=1, keepdims=True)
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
            idf_idx=idf_idx, idf_val=self.idf[idf_idx],
            scam_idx=scam_idx, scam_val=self.scam_coef[scam_idx],
            scam_intercept=np.array([self.scam_intercept]),
            lang_labels=np.array(self.lang_labels), lang_idx=lang_idx, lang_val=dense_lang[:, lang_idx],
            lang_intercept=self.lang_intercept,
            n_features=np.array([N_FEATURES]),
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
                idf, scam, float(z["scam_intercept"][0]), labels, lang,
                z["lang_intercept"].astype(np.float32), hashlib.sha256(raw).hexdigest(),
            )


def load_builtin() -> LinearModel | None:
    """The shipped model, or ``None`` if it has not been trained yet (the engine then runs on rules)."""
    resource = resources.files("trustdesk.scamcheck.engine").joinpath(MODEL_RESOURCE)
    if not resource.is_file():
        return None
    return LinearModel.load(resource.read_bytes())
