"""Literal prefilters for the detector regexes.

Python's regex engine tries every alternative of a big keyword alternation at every position of the text.
Most messages lack the keywords a detector needs, so a cheap check first pays off. From each pattern's parse
tree we extract a set of literal strings ("factors") one of which occurs in every match: for a sequence, the
most selective of its items' factor sets (longest shortest string); for an alternation, the union of its
branches' sets. The factors of all patterns of a detector are compiled into one trie-shaped regex; if it
finds none of them, the detector cannot match and is skipped. A pattern without a usable factor (a match of
``\\d{5}`` needs no particular letters) disables the prefilter of its detector, so the prefilter never changes
a result, only the time taken.
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

MAX_FACTOR = 6  # longer factors are truncated: a prefix of a required string is required too
_ZERO_WIDTH = {c.AT, c.ASSERT, c.ASSERT_NOT}

Factors = frozenset[str]


def _score(factors: Factors) -> tuple[int, int]:
    return (min(len(f) for f in factors), -len(factors))


def _best(candidates: list[Factors]) -> Factors | None:
    usable = [f for f in candidates if f and min(len(x) for x in f) >= 2]
    return max(usable, key=_score) if usable else None


def _factors(items: Any) -> Factors | None:
    """Factor set of a sequence of parse items, or None when no literal is required."""
    candidates: list[Factors] = []
    run = ""
    for op, av in [*list(items), (None, None)]:
        if op is c.LITERAL:
            run += chr(av)
            continue
        if run:
            candidates.append(frozenset({run[:MAX_FACTOR]}))
            run = ""
        if op is None or op in _ZERO_WIDTH:
            continue
        if op is c.SUBPATTERN:
            sub = _factors(av[-1])
        elif op is c.BRANCH:
            branches = [_factors(alternative) for alternative in av[1]]
            sub = None if any(b is None for b in branches) else frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            sub = _factors(av[2])
        else:
            sub = None
        if sub is not None:
            candidates.append(sub)
    return _best(candidates)


def factors(pattern: str) -> Factors | None:
    return _factors(sre_parse.parse(pattern))


def _trie(words: set[str]) -> dict[str, Any]:
    """Character trie of ``words``; the key ``""`` marks the end of a word."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _trie_regex(words: set[str]) -> str:
    trie = _trie(words)

    def build(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # a required string ends here: reaching this node already passes the gate
        alternatives = [re.escape(ch) + build(child) for ch, child in sorted(node.items())]
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return build(trie)


def gate_words(patterns: list[str]) -> Factors | None:
    """The literal strings one of which occurs in every match of any of ``patterns``; ``None``: no gate."""
    words: set[str] = set()
    for pattern in patterns:
        found = factors(pattern)
        if found is None:
            return None
        words |= found
    return frozenset(words)


def gate(patterns: list[str]) -> re.Pattern[str] | None:
    """One regex that must match somewhere for any of ``patterns`` to match, or ``None`` (no gate)."""
    words = gate_words(patterns)
    return None if words is None else re.compile(_trie_regex(set(words)))


class GateIndex:
    """The gates of many detectors answered by one scan of the text instead of one search per detector.

    A detector may match only if one of its words occurs in the text. An Aho-Corasick automaton (pyahocorasick)
    finds every occurrence of every detector's words in one pass in C, overlapping ones included: ``bits`` is
    then the union of the detectors owning the words found. The result is exactly the set of detectors whose
    own gate regex would match, so results do not change, only the time (a regex scan for the longest word at
    each candidate position took four times as long).
    """

    def __init__(self, gates: list[Factors | None]) -> None:
        self.ungated = 0
        owners: dict[str, int] = {}
        for k, words in enumerate(gates):
            if words is None:
                self.ungated |= 1 << k
                continue
            for word in words:
                owners[word] = owners.get(word, 0) | (1 << k)
        self._automaton: ahocorasick.Automaton | None = None
        if owners:
            automaton = ahocorasick.Automaton()
            for word, bits in owners.items():
                automaton.add_word(word, bits)
            automaton.make_automaton()
            self._automaton = automaton

    def open(self, text: str) -> int:
        """Bit ``k`` is set when detector ``k`` may match ``text``."""
        bits = self.ungated
        if self._automaton is not None:
            for _end, owners in self._automaton.iter(text):
                bits |= owners
        return bits


class Gated:
    """A regex searched only when one of its literal factors occurs in the text (``gate``): the same answer as
    ``re.compile(pattern).search``, without trying a long alternation at every position of texts that lack all
    of its words. Patterns without a usable factor are searched directly."""

    def __init__(self, pattern: str) -> None:
        self.regex = re.compile(pattern)
        self.gate = gate([pattern])

    def search(self, text: str) -> re.Match[str] | None:
        if self.gate is not None and self.gate.search(text) is None:
            return None
        return self.regex.search(text)
