"""Two fast paths of ``textsignals`` must give what the plain regexes give: the per-text literal check of the rules
searched around a match (``_may``: a rule that matches any part of a text is never ruled out), and the long
negation and contrast alternations run as their open alternatives (``_SplitRegex``: the same spans as
``finditer`` of the whole alternation, on any part of a text)."""

from __future__ import annotations

import random
from functools import lru_cache

from trustdesk.scamcheck.engine import normalize, textsignals
from trustdesk.scamcheck.engine.training.train import load_corpus

_SPLIT = {
    "_NEGATION": textsignals._NEGATION,
    "_NEGATION_WITHOUT_VI_KO": textsignals._NEGATION_WITHOUT_VI_KO,
    "_NEGATION_FOR_ARABIZI": textsignals._NEGATION_FOR_ARABIZI,
    "_CONTRAST": textsignals._CONTRAST,
}
_EXTRA = [
    "do not share your OTP, but never send it, không đưa mã, jangan kasih, 不要转账或者 ห้ามโอน لا ترسل",
    "don't don't dont never ko ko dung dung tak tidak but but tapi 但但 แต่แต่",
    "if you didn't authorise this, provide your PIN; pretending to be the bank 冒充 假冒 แอบอ้าง",
]


@lru_cache(maxsize=1)
def _texts() -> list[str]:
    rng = random.Random(5)
    corpus = [normalize.fold(e.text) for e in load_corpus()]
    texts = rng.sample(corpus, 2500) + [normalize.fold(t) for t in _EXTRA]
    return texts + [normalize.compact(t) for t in texts if normalize.compact(t) != t]


def test_rule_gates_never_rule_out_a_match() -> None:
    rng = random.Random(8)
    matched = 0
    for rule in textsignals._GATED_RULES:
        for text in _texts():
            lo = rng.randint(0, len(text))
            hi = rng.randint(lo, len(text))
            for part in (text, text[lo:hi]):
                if rule.search(part) is not None:
                    matched += 1
                    assert textsignals._may(rule, text), (rule, text)
    assert matched > 500


def test_split_alternations_find_the_plain_spans() -> None:
    rng = random.Random(13)
    compared = 0
    for name, split in _SPLIT.items():
        assert split._open is not None, name  # split into alternatives, gated by their literals
        for text in _texts():
            lo = rng.randint(0, len(text))
            hi = rng.randint(lo, len(text))
            for segment in (text, text[lo:hi], text[: len(text) // 2]):
                expected = [m.span() for m in split.regex.finditer(segment)]
                assert [m.span() for m in split.finditer(segment, text)] == expected, (name, segment)
                compared += len(expected)
    assert compared > 1000
