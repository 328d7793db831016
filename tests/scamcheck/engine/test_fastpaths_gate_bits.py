"""``GateIndex.open`` reads the patterns to check off the binary digits of the opened bits; it must set exactly the
bits of the plain definition (every set the index checks of a pattern has a word in the text), whatever the number
of patterns, wide or narrow, and wherever the checked patterns sit among them."""

from __future__ import annotations

import random

from trustdesk.scamcheck.engine import prefilter

_WORDS = ["ab", "ba", "abc", "bca", "cab", "aab", "bcc", "acb", "abca", "ccab", "bab", "cbc"]


def _plain(gates: list[list[prefilter.Factors] | None], text: str) -> int:
    bits = 0
    for k, clauses in enumerate(gates):
        if not clauses or all(any(w in text for w in words) for words in prefilter.indexed(clauses)):
            bits |= 1 << k
    return bits


def test_gate_index_bits_equal_the_plain_definition() -> None:
    rng = random.Random(21)
    checked = 0
    for n_patterns in (1, 2, 7, 63, 64, 65, 300):
        gates: list[list[prefilter.Factors] | None] = []
        for _ in range(n_patterns):
            if rng.random() < 0.1:
                gates.append(None)
                continue
            gates.append([frozenset(rng.sample(_WORDS, rng.randint(1, 3))) for _ in range(rng.randint(1, 4))])
        index = prefilter.GateIndex(gates)
        for _ in range(60):
            text = "".join(rng.choice("abc ") for _ in range(rng.randint(0, 30)))
            expected = _plain(gates, text)
            assert index.open(text) == expected, (n_patterns, text)
            checked += bin(expected).count("1")
    assert checked > 1000  # the texts open many patterns, not only the ungated ones
