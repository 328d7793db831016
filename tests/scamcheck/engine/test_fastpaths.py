"""The batch fast paths give exactly the results of the straightforward code they replace.

Each fast path (one-scan detector gates, partial pattern alternations, run-based evidence offsets, the dense
language head, the chained word-column hashes) is compared with its reference on a third of the shipped corpus plus
evasion variants, so a later edit of the lexicon or the normaliser cannot make them drift apart unnoticed.
"""

from __future__ import annotations

import itertools
import random
import re

import numpy as np
import pytest
import scipy.sparse as sp

from trustdesk.scamcheck.engine import Checker, normalize, prefilter, textsignals, urls
from trustdesk.scamcheck.engine.checker import Item
from trustdesk.scamcheck.engine.model import _word_counts, shape_index, word_index
from trustdesk.scamcheck.engine.training.train import load_corpus


def _texts() -> list[str]:
    # Every third message of the corpus (so every file, language and round is in) and evasion variants of every
    # ninth: the whole corpus took several CPU-minutes per test and grows each round; a drift between a fast path
    # and its reference shows on thousands of messages as surely as on all of them.
    base = [e.text for e in load_corpus()][::3]
    variants = []
    for t in base[::3]:
        variants += [t.upper(), " ".join(t), t.replace("o", "0").replace("a", "@"), f"ｆｕｌｌ  {t}\u200b ﬁ ½"]
    return base + variants


TEXTS = _texts()


def _all_open(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reference behaviour: every pattern of every detector runs (no gates at all)."""
    n = sum(len(d.patterns) for d in textsignals._DETECTORS)
    monkeypatch.setattr(textsignals, "_FOLDED_GATES", prefilter.GateIndex([None] * n))
    monkeypatch.setattr(textsignals, "_COMPACT_GATES", prefilter.GateIndex([None] * n))
    monkeypatch.setattr(textsignals, "_FOLDED_FORM_BITS", -1)


def test_gate_index_agrees_with_each_detector_gate() -> None:
    """A pattern's bit is set exactly when each set the index checks of it has a word in the text."""
    clauses_of = {p: prefilter.required_clauses(p) for det in textsignals._DETECTORS for p in det.patterns}
    checked_of = {p: prefilter.indexed(clauses) if clauses else None for p, clauses in clauses_of.items()}
    for text in TEXTS:
        folded = normalize.fold(text)
        compacted = normalize.compact(folded)
        folded_bits = textsignals._FOLDED_GATES.open(folded)
        compact_bits = textsignals._COMPACT_GATES.open(compacted)
        for det in textsignals._DETECTORS:
            compact_form = det.script in textsignals._COMPACT_SCRIPTS
            form, bits = (compacted, compact_bits) if compact_form else (folded, folded_bits)
            for i, pattern in enumerate(det.patterns):
                checked = checked_of[pattern]
                expected = checked is None or all(any(w in form for w in words) for words in checked)
                assert bool((bits >> (det.offset + i)) & 1) == expected, (det.signal, pattern, text)


def test_gate_index_sees_overlapping_and_prefix_words() -> None:
    index = prefilter.GateIndex([[frozenset({"ab"})], [frozenset({"abcd"})], None, [frozenset({"bc", "zz"})]])
    assert index.open("abcd") == 0b1111
    assert index.open("xabx") == 0b0101
    assert index.open("xbc") == 0b1100
    assert index.open("nothing") == 0b0100


def test_gate_index_requires_every_literal_part() -> None:
    """``pay … (here|via)`` or ``settle (now|link)``: a pattern opens only when one alternative can have all its
    literal parts."""
    clauses = prefilter.required_clauses(r"\bpay\b.{0,9}(?:here|via)|\bsettle (?:now|link)")
    assert clauses is not None and len(clauses) == 4  # (pay or settle) and (pay or now or link) and ...
    index = prefilter.GateIndex([clauses])
    assert index.open("pay via app") == 1
    assert index.open("settle link") == 1
    assert index.open("pay now") == 0  # "pay" needs here/via, "now" needs settle
    assert index.open("pay due") == 0
    assert prefilter.required_clauses(r"(?=.*otp)\d{6}") == [frozenset({"otp"})]  # a lookahead's literal
    assert prefilter.required_clauses(r"(?i:otp)\d") is None  # a case-blind literal is not required as written


def test_detect_is_unchanged_without_gates(monkeypatch: pytest.MonkeyPatch) -> None:
    forms = [(normalize.fold(t), t) for t in TEXTS]
    gated = [textsignals.detect(f, normalize.compact(f), t) for f, t in forms]
    _all_open(monkeypatch)
    ungated = [textsignals.detect(f, normalize.compact(f), t) for f, t in forms]
    assert gated == ungated
    assert sum(bool(s) for s in gated) > len(TEXTS) // 3  # the comparison covers many signals


def test_checker_results_are_unchanged_without_fast_paths(monkeypatch: pytest.MonkeyPatch, checker: Checker) -> None:
    items = [Item("message", t) for t in TEXTS]  # type: ignore[arg-type]
    fast = [r.to_dict() for r in checker.check_many(items)]
    _all_open(monkeypatch)
    monkeypatch.setattr(normalize, "_fold_one_to_one", normalize._fold_any_with_offsets)
    reference = [r.to_dict() for r in checker.check_many(items)]
    assert fast == reference


def test_run_based_offsets_equal_the_general_path() -> None:
    rng = random.Random(11)
    alphabet = " \t\n\x1c\u00a0\u3000aáĐ1@0ｆ\u200bﬁ x"
    samples = TEXTS + ["".join(rng.choice(alphabet) for _ in range(rng.randrange(12))) for _ in range(3000)]
    fast_path = 0
    for text in samples:
        expected = normalize._fold_any_with_offsets(text)
        assert normalize.fold_with_offsets(text) == expected, repr(text)
        assert normalize._fold_runs_with_offsets(text) == expected, repr(text)
        fast_path += all(len(normalize._TABLE[ord(c)]) == 1 for c in set(text))
    assert fast_path > len(samples) // 2


def test_model_score_equals_the_tfidf_matrix_path(checker: Checker) -> None:
    """``LinearModel.score`` (IDF folded into one weight table, segment sums over the hashed columns) gives the
    scam log-odds and language log-probabilities of the TF-IDF matrix and its products."""
    model = checker.model
    assert model is not None
    texts = [normalize.fold(t) for t in TEXTS[:400]] + ["", "!!!", "a"]
    x = model.features(texts)
    expected_logits = model.scam_logits(x)
    scores = np.asarray((x @ model.lang_coef.T).todense(), dtype=np.float64) + model.lang_intercept
    scores -= scores.max(axis=1, keepdims=True)
    logp = scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))
    logits, lang = model.score(texts)
    assert np.allclose(logits, expected_logits, atol=1e-4)
    assert len(lang) == len(texts)
    for row, expected in zip(lang, logp, strict=True):
        assert list(row) == list(model.lang_labels)
        assert np.allclose(list(row.values()), expected, atol=1e-4)
    # Batches of one and an empty batch agree with the whole batch.
    assert np.allclose(model.score(texts[:1])[0], logits[:1], atol=1e-6)
    assert model.score([])[0].shape == (0,)


def test_evidence_without_an_offset_map_quotes_the_same_words() -> None:
    """When folding keeps every position (one character each, no whitespace run), evidence is sliced directly;
    it must be what the offset map gives."""
    checked = 0
    for text in TEXTS:
        folded = normalize.fold(text)
        if len(folded) != len(text) or not normalize.folds_one_to_one(text):
            continue
        f, origin = normalize.fold_with_offsets(text)
        assert f == folded
        assert origin == list(range(len(text)))
        checked += 1
    assert checked > len(TEXTS) // 3


def test_word_columns_equal_crc32_columns() -> None:
    texts = [normalize.fold(t) for t in TEXTS[:300]]
    counts = _word_counts(texts)
    for i, text in enumerate(texts):
        words = re.findall(r"\w+", text)
        expected = [word_index(w) for w in words] + [word_index(f"{a} {b}") for a, b in itertools.pairwise(words)]
        expected += [shape_index(w) for w in words if re.search(r"\d", w)]
        assert counts.indices[counts.indptr[i] : counts.indptr[i + 1]].tolist() == expected
    assert isinstance(counts, sp.csr_matrix)


def test_url_evidence_is_the_link_checked_not_an_earlier_one_on_the_same_host(checker: Checker) -> None:
    first = checker.check("url", "http://bit.ly/first-link")
    second = checker.check("url", "http://bit.ly/second-link")
    assert {s.evidence for s in first.signals} == {"http://bit.ly/first-link"}
    assert {s.evidence for s in second.signals} == {"http://bit.ly/second-link"}
    msg = checker.check("message", "Claim your prize now at bit.ly/third-link")
    assert "bit.ly/third-link" in {s.evidence for s in msg.signals}


def test_ascii_text_folds_one_character_per_character() -> None:
    """``normalize.folds_one_to_one`` answers ASCII text without a table look-up; that holds only while every
    ASCII character folds to exactly one character."""
    assert all(len(normalize.fold_pattern(chr(c))) == 1 for c in range(128))
    assert all(normalize.folds_one_to_one(chr(c)) for c in range(128))


def test_find_urls_shortcut_finds_what_the_link_regex_finds() -> None:
    """Text with neither a dot nor "://" is skipped; the regexes themselves find nothing in such text."""
    from trustdesk.scamcheck.engine import urls

    samples = [*TEXTS, "http://localhost/x", "hxxp://evil/login", "see www.x", "no link here", "a.b"]
    for text in samples:
        reference = list(dict.fromkeys(m.group(0).rstrip(urls._TRAILING) for m in urls.URL_RE.finditer(text)))
        # Thai and Han names ("โดเมน.ไทย") are read by their own regex.
        reference += [m.group(0).rstrip(urls._TRAILING) for m in urls._IDN_RE.finditer(text)]
        if "." not in text and "://" not in text:
            assert reference == [], text
        assert set(urls.find_urls(text)) <= set(reference), text


def test_cue_scores_table_counts_like_the_word_sets() -> None:
    """``langid.cue_scores`` (one look-up per word) equals counting each language's cue set directly."""
    from trustdesk.scamcheck.engine import langid

    def reference(folded: str) -> dict[str, float]:
        scores = {"en": 0.0, "vi": 0.0, "id": 0.0, "ms": 0.0}
        for word in re.findall(r"[a-z]+", folded):
            for lang in ("en", "vi"):
                if word in langid._CUES[lang]:
                    scores[lang] += 1.0
            if word in langid._SHARED_IDMS:
                scores["id"] += 0.5
                scores["ms"] += 0.5
            elif word in langid._CUES["id"]:
                scores["id"] += 1.0
            elif word in langid._CUES["ms"]:
                scores["ms"] += 1.0
        return scores

    for text in TEXTS:
        folded = normalize.fold(text)
        assert langid.cue_scores(folded) == reference(folded), text


def test_patterns_without_their_leading_boundary_find_the_same_matches() -> None:
    """A pattern compiled without its leading word boundary, with the boundary checked by its search
    (``_PATTERN_SEARCHES``, ``_bounded_search``), finds the same matches as the pattern itself, in every text form
    (the fast path is used for about half the patterns)."""
    stripped = [
        (re.compile(pattern), search)
        for det, compiled, searches in zip(
            textsignals._DETECTORS, textsignals._PATTERN_REGEXES, textsignals._PATTERN_SEARCHES, strict=True
        )
        for pattern, (_, boundary), search in zip(det.patterns, compiled, searches, strict=True)
        if boundary
    ]
    assert len(stripped) > 50
    forms = [normalize.fold(t) for t in TEXTS[::2]] + ["xpay now", "_pay", "repay it", "pay", "ôpay", "9pay"]
    for reference, search in stripped:
        for text in forms:
            expected = [(m.start(), m.end()) for m in reference.finditer(text)]
            found, pos = [], 0
            while (m := search(text, pos)) is not None:
                found.append((m.start(), m.end()))
                pos = m.end()
            assert found == expected, (reference.pattern, text)


def test_compact_offsets_drop_exactly_the_compacted_spaces() -> None:
    """``compact_with_offsets`` (kept per run) equals removing each character ``compact`` removes, one by one."""
    for text in [*TEXTS, " ไทย  ข้อความ 中 文 a b ", "中 文"]:
        folded, origin = normalize.fold_with_offsets(text)
        removed = {j for m in normalize._SPACED_SCRIPT.finditer(folded) for j in range(m.start(), m.end())}
        expected = (
            "".join(c for j, c in enumerate(folded) if j not in removed),
            [o for j, o in enumerate(origin) if j not in removed],
        )
        assert normalize.compact_with_offsets(folded, origin) == expected, repr(text)
        assert expected[0] == normalize.compact(folded)


def test_url_hint_is_in_every_link_found() -> None:
    """``find_urls`` skips texts without ``_URL_HINT``: each of those has no URL_RE match at all."""
    samples = [*TEXTS, "WWW.x", "a-.com", "xn--p1ai.xn--p1ai", "see shop.vn.", "http://1.2.3.4", "v1.2 ok. 3.5"]
    skipped = 0
    for text in samples:
        if urls._URL_HINT.search(text) is None:
            skipped += 1
            assert urls.URL_RE.search(text) is None, repr(text)
    assert skipped > len(samples) // 3
