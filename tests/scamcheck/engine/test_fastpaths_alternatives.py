"""Searching a long alternation by its gated top-level alternatives (``prefilter.Gated``) finds the match the whole
regex finds: same span, on the shipped corpus, its evasion variants and random patterns and texts."""

from __future__ import annotations

import random
import re

import pytest

from trustdesk.scamcheck.engine import checker, normalize, prefilter, textsignals
from trustdesk.scamcheck.engine.training.train import load_corpus


def test_alternatives_split_only_at_the_top_level() -> None:
    assert prefilter.alternatives(r"a|(?:b|c)|[|)]|\||(d|e)") == ["a", "b", "c", "[|)]", r"\|", "(d|e)"]
    assert prefilter.alternatives(r"(?:x|(?:y|z))") == ["x", "y", "z"]
    assert prefilter.alternatives(r"(?:a)(?:b|c)") == ["(?:a)(?:b|c)"]  # the first group closes before the end
    assert prefilter.alternatives(r"[]|]x|y") == ["[]|]x", "y"]  # a "]" first in a class is a member
    assert prefilter.alternatives(r"(?i)a|b") is None
    assert prefilter.alternatives(r"(a)|\1") is None
    assert prefilter.alternatives(r"(?P<n>a)|b") is None
    assert prefilter.alternatives(r"(a)?x|(?(1)b|c)") is None


def _gated() -> list[prefilter.Gated]:
    return [g for module in (checker, textsignals) for g in vars(module).values() if isinstance(g, prefilter.Gated)]


def _texts() -> list[str]:
    base = [normalize.fold(e.text) for e in load_corpus()][::2]
    variants = [t.upper() for t in base[::5]] + [" ".join(t) for t in base[::7]]
    return base + [normalize.compact(t) for t in base[::3]] + variants


def test_gated_cues_find_the_spans_of_their_whole_regex() -> None:
    gated = _gated()
    assert len(gated) > 20 and all(g._index is not None for g in gated)  # every cue is split
    texts = _texts()
    found = 0
    for g in gated:
        for text in texts:
            expected = g.regex.search(text)
            got = g.search(text)
            assert (got and got.span()) == (expected and expected.span()), (g.regex.pattern[:80], text)
            found += expected is not None
    assert found > 1000


_WORDS = ["ab", "abc", "bc", "cab", "ca", "b", "a b", "x"]


def _random_pattern(rng: random.Random, depth: int = 0) -> str:
    """An alternation of words, optional parts, classes, boundaries, lookarounds and nested groups."""
    parts = []
    for _ in range(rng.randrange(1, 5)):
        pieces = []
        for _ in range(rng.randrange(1, 3)):
            kind = rng.randrange(8)
            if kind == 0 and depth < 2:
                pieces.append(f"(?:{_random_pattern(rng, depth + 1)})")
            elif kind == 1:
                pieces.append(r"\b")
            elif kind == 2:
                pieces.append(rng.choice(["[ab]", "[^c]", "[]a]", "."]) + rng.choice(["", "?", "{0,2}", "+"]))
            elif kind == 3:
                pieces.append(f"(?<!{rng.choice(['a', 'x'])})")
            elif kind == 4:
                pieces.append(f"(?={rng.choice(_WORDS)})")
            else:
                pieces.append(re.escape(rng.choice(_WORDS)) + rng.choice(["", "", "?"]))
        parts.append("".join(pieces))
    return "|".join(parts)


@pytest.mark.parametrize("seed", range(4))
def test_gated_random_alternations_match_the_whole_regex(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = "abcx .|"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(30))) for _ in range(150)]
    split = 0
    for _ in range(150):
        pattern = _random_pattern(rng)
        g = prefilter.Gated(pattern)
        split += g._index is not None
        for text in texts:
            expected = g.regex.search(text)
            got = g.search(text)
            assert (got and got.span()) == (expected and expected.span()), (pattern, text)
    assert split > 50
