"""The fast paths of language identification, folding and word hashing give exactly what their straightforward
definitions give: on the shipped corpus, on hand-picked edge cases and on random strings built from the characters
each shortcut depends on (digits next to letters, leet characters, Unicode spaces and digits, case changes that turn
non-ASCII letters into ASCII ones)."""

from __future__ import annotations

import itertools
import random
import re

import numpy as np

from trustdesk.scamcheck.engine import langid, model, normalize
from trustdesk.scamcheck.engine.training.train import load_corpus

CORPUS = [e.text for e in load_corpus()]


def _random_texts(alphabet: list[str], n: int, seed: int, max_len: int = 30) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(max_len))) for _ in range(n)]


def _looks_arabizi_reference(text: str) -> bool:
    """``langid.looks_arabizi`` as first written: every token is tested."""
    if not any(c in text for c in "2356789"):
        return False
    lowered = text.lower()
    tokens = langid._TOKEN.findall(lowered)
    words = sum(
        1
        for t in tokens
        if sum(c.isalpha() for c in t) >= 3
        and langid._ARABIZI_DIGIT_WORD.fullmatch(t) is not None
        and langid._NOT_ARABIZI_WORD.fullmatch(t) is None
    )
    if words < 2 or sum(1 for t in tokens if langid._LEET_WORD.fullmatch(t)) >= words:
        return False
    return words >= 3 or langid._ARABIZI_WORD.search(lowered) is not None


def test_looks_arabizi_fast_path_equals_the_token_loop() -> None:
    tricky = [
        "ab3atly el code elly gak 3ala el mobile",
        "ya 7abibi 2olly el ramz",
        "ma3ak wa ma3ah",  # final 3 only
        "th1s is amaz0n supp0rt, pl3ase s3nd the c0de",  # leet words outnumber the digit-words
        "rm2k rm9k 5pm 2day 2nite maybank2u",  # amounts and text-speak
        "ba2a/7abibi ba2a'7abibi ba2a_7abibi",  # tokens glued to '/', "'" or "_" are no tokens
        "é7abibi 7abibié ba2a ma3ak el",  # a non-ASCII letter next to the token
        "\u212a3ala \u212a7ab el ba2a",  # KELVIN SIGN lowers to an ASCII "k"
        "\u01303ala ba2a el 7ob",  # "İ" lowers to "i" and a combining dot
        "A" * 50 + "2" + "b" * 50 + " " + "x7" * 40 + "'",
        "2356789",
        "",
    ]
    alphabet = [*"ab3eKz2579401 '/_é-.,", "\u212a", "\u0130", "el ", "ya ", "3ala", "7abibi", "ma3", "th1s", "rm2k"]
    texts = CORPUS + tricky + _random_texts(alphabet, 30_000, seed=11)
    positives = 0
    for text in texts:
        expected = _looks_arabizi_reference(text)
        positives += expected
        assert langid.looks_arabizi(text) == expected, repr(text)
    assert positives > 500  # the random strings reach the slow path, not only the shortcuts


def test_arabizi_candidates_are_the_tokens_with_a_letter_digit_pair() -> None:
    alphabet = [*"ab3eKz2579401 '/_é-.,", "7abibi", "ma3", "rm2k"]
    for text in _random_texts(alphabet, 20_000, seed=12):
        lowered = text.lower()
        pair = re.compile(r"[a-z][235-9]|[2357][a-z]")
        expected = [t for t in langid._TOKEN.findall(lowered) if pair.search(t)]
        assert langid._ARABIZI_CANDIDATE.findall(lowered) == expected, repr(text)
        assert (langid._ARABIZI_PAIR.search(lowered) is not None) == (pair.search(lowered) is not None), repr(text)


def _fold_reference(text: str) -> str:
    folded = text.translate(normalize._TABLE)
    if re.search(r"[0134579@$]", folded):
        folded = normalize._LEET_TOKEN.sub(normalize._deleet, folded)
    return re.sub(r"\s+", " ", folded).strip()


def test_fold_fast_paths_equal_the_table_and_regex_path() -> None:
    assert all(normalize._TABLE[c] == chr(c).lower() for c in range(128))
    alphabet = [*"aZ013459@$ _-.,'/éÀ\u00a0\u2003\t\n\x1c\x85\u200bｐ４\u212a\u0130₫", "p4ss", "0tp", "rm50k", "_3ab"]
    texts = CORPUS + [t.upper() for t in CORPUS[::5]] + _random_texts(alphabet, 30_000, seed=13)
    leet = 0
    for text in texts:
        assert normalize.fold(text) == _fold_reference(text), repr(text)
        folded = text.translate(normalize._TABLE)
        if normalize._LEET_TOKEN.search(folded):
            leet += 1
            assert normalize._LEET_HINT.search(folded), repr(folded)
    assert leet > 1000


def test_script_counts_equal_counting_letter_by_letter() -> None:
    def count(pattern: re.Pattern[str], text: str) -> int:
        return len(re.findall(pattern.pattern.removesuffix("+"), text))

    alphabet = [*"aZé ậẠ中帳ไ ك1\x7f\t\u212a", "the ", "khong "]
    for text in CORPUS + _random_texts(alphabet, 20_000, seed=14):
        latin, thai, arabic, han, hant, vi = langid._script_counts(text)
        assert latin == count(langid._LATIN_LETTER, text), repr(text)
        if text.isascii():
            assert (thai, arabic, han, hant, vi) == (0, 0, 0, 0, 0)
            continue
        assert (thai, arabic, han) == tuple(count(p, text) for p in (langid._THAI, langid._ARABIC, langid._HAN))
        assert hant == (count(langid._HANT, text) if han else 0), repr(text)
        assert vi == (count(langid._VI_MARK, text) if latin else 0), repr(text)


def _word_columns_reference(texts: list[str]) -> tuple[list[int], list[int]]:
    indices: list[int] = []
    indptr = [0]
    for text in texts:
        words = re.findall(r"\w+", text)
        indices += [model.word_index(w) for w in words]
        indices += [model.word_index(f"{a} {b}") for a, b in itertools.pairwise(words)]
        indices += [model.shape_index(w) for w in re.findall(r"(?<!\w)(?=\w*\d)\w+", text)]
        indptr.append(len(indices))
    return indices, indptr


def test_word_columns_equal_word_index_and_shape_index() -> None:
    # Unicode digits (Arabic-Indic, Thai, full-width) are \d but fold to ASCII only in folded text: test them raw.
    alphabet = [*"ab9 _0é٣²١๓４中ไ\u00a0-.'", "x1", "12", "rm50", "mật"]
    texts = [normalize.fold(t) for t in CORPUS] + _random_texts(alphabet, 20_000, seed=15) + ["", "a", " "]
    indices, indptr = model._word_columns(texts)
    expected_indices, expected_indptr = _word_columns_reference(texts)
    assert indptr.tolist() == expected_indptr
    assert indices.tolist() == expected_indices
    assert model._word_columns([])[1].tolist() == [0]


def test_model_score_is_bit_identical_to_the_reference_columns(checker) -> None:  # type: ignore[no-untyped-def]
    """The word columns feed the same segment sums in the same order, so the logits are equal to the last bit."""
    m = checker.model
    assert m is not None
    texts = [normalize.fold(f"{t} #{i}") for i, t in enumerate(CORPUS[::4])] + ["", "a"]
    logits, lang = m.score(texts)
    char_cols, char_per_doc = model._char_columns(texts)
    indices, indptr = _word_columns_reference(texts)
    sums = m._segment_sums(char_cols, char_per_doc)
    sums += m._segment_sums(np.asarray(indices, dtype=np.int64) + model.CHAR_FEATURES, np.diff(indptr))
    norms = np.sqrt(sums[:, 0])
    norms[norms == 0] = 1.0
    assert np.array_equal(logits, sums[:, 1] / norms + m.scam_intercept)
    assert lang == m._logprob_dicts(sums[:, 2:] / norms[:, None] + m.lang_intercept)
