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

import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator
from functools import reduce
from operator import itemgetter, or_
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

MAX_FACTOR = 6  # longer factors are truncated: a prefix of a required string is required too
_ZERO_WIDTH = {c.AT, c.ASSERT, c.ASSERT_NOT}

Factors = frozenset[str]


def _score(factors: Factors) -> tuple[int, int]:
    return (min(len(f) for f in factors), -len(factors))


def _usable(factors: Factors) -> bool:
    """Whether every string of ``factors`` is selective enough to gate on: two characters or more, or one Han
    character (a single ideograph is rarer in text than most Latin pairs)."""
    return bool(factors) and all(len(x) >= 2 or "\u3400" <= x <= "\u9fff" for x in factors)


def _best(candidates: list[Factors]) -> Factors | None:
    usable = [f for f in candidates if _usable(f)]
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


def _clauses(items: Any) -> list[Factors]:
    """Every literal requirement of a sequence of parse items, as a conjunction of factor sets ("one of these
    strings occurs"), where ``_factors`` keeps only the most selective one. Literal runs are kept whole (the
    automaton of ``GateIndex`` takes long words as cheaply as short ones). A positive lookaround at a required
    position requires its own literals too (they are in the text, before or after the match)."""
    found: list[Factors] = []
    run = ""
    for op, av in [*list(items), (None, None)]:
        if op is c.LITERAL:
            run += chr(av)
            continue
        if run:
            found.append(frozenset({run}))
            run = ""
        if op is c.ASSERT:
            found.extend(_clauses(av[1]))
        elif op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if not (add_flags | del_flags) & c.SRE_FLAG_IGNORECASE:  # a case-blind literal is no literal
                found.extend(_clauses(sub))
        elif op is c.BRANCH:
            found.extend(_branch_clauses(av[1]))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            found.extend(_clauses(av[2]))
    return list(dict.fromkeys(f for f in found if _usable(f)))


_MAX_BRANCH_CLAUSES = 16
# A further set is indexed only when its words are 3+ characters: two-letter words ("at", "di") occur in most
# texts, and every occurrence is one more step of the scan's Python loop, for little selectivity.
_MIN_FURTHER = 3


def _branch_clauses(alternatives: list[Any]) -> list[Factors]:
    """An alternation requires, for each way of picking one requirement per alternative, one of those picked:
    ``(A and B) or C`` is ``(A or C) and (B or C)``. Past a few combinations, only each alternative's most
    selective requirement is combined (as ``_factors`` does)."""
    per_alternative = [_clauses(alternative) for alternative in alternatives]
    if not per_alternative or any(not required for required in per_alternative):
        return []
    if math.prod(map(len, per_alternative)) <= _MAX_BRANCH_CLAUSES:
        return [frozenset().union(*picked) for picked in itertools.product(*per_alternative)]
    return [frozenset().union(*(max(required, key=_score) for required in per_alternative))]


def required_clauses(pattern: str) -> list[Factors] | None:
    """The factor sets that must *all* be present (one string of each) for ``pattern`` to match; ``None``
    when it requires no literal."""
    parsed = sre_parse.parse(pattern)
    if parsed.state.flags & c.SRE_FLAG_IGNORECASE:
        return None
    return _clauses(parsed) or None


def indexed(clauses: list[Factors]) -> list[Factors]:
    """The sets ``GateIndex`` checks of a pattern's required ones: the most selective first, then the others
    whose words are long enough to be worth a step of its scan (``_MIN_FURTHER``)."""
    first = max(clauses, key=_score)
    return [first, *(f for f in clauses if f != first and min(map(len, f)) >= _MIN_FURTHER)]


class GateIndex:
    """The gates of many detector patterns answered by one scan of the text instead of one search per pattern.

    A pattern may match only if, for each of its required factor sets (``required_clauses``), one of the set's
    words occurs in the text. An Aho-Corasick automaton (pyahocorasick) finds every occurrence of every word in
    one pass in C, overlapping ones included. Each pattern's most selective set opens its bit (as a single
    gate did); its other sets, each given a bit of their own, are checked afterwards for the few patterns
    opened. The result is exactly the set of patterns whose requirements are all met, so results do not change,
    only the time: requiring every literal part ("pay … at", not "pay" alone) leaves half the patterns closed.
    """

    def __init__(self, gates: list[list[Factors] | None]) -> None:
        self.ungated = 0
        self._checked = 0  # patterns with further required sets
        self._needs: dict[int, int] = {}  # pattern bit -> bits of its further sets
        owners: dict[str, list[int]] = {}  # word -> [pattern bits it opens, set bits it satisfies]
        set_bit: dict[Factors, int] = {}
        for k, clauses in enumerate(gates):
            if not clauses:
                self.ungated |= 1 << k
                continue
            first, *further = indexed(clauses)
            for word in first:
                owners.setdefault(word, [0, 0])[0] |= 1 << k
            need = 0
            for clause in further:
                bit = set_bit.setdefault(clause, 1 << len(set_bit))
                need |= bit
                for word in clause:
                    owners.setdefault(word, [0, 0])[1] |= bit
            if need:
                self._checked |= 1 << k
                self._needs[1 << k] = need
        # One int per word, its set bits above the pattern bits: a scan only ORs them together.
        self._width = len(gates)
        # By pattern index: its further sets (0: none) and its own bit.
        self._need_of = [self._needs.get(1 << k, 0) for k in range(self._width)]
        self._bit = [1 << k for k in range(self._width)]
        self._automaton: ahocorasick.Automaton | None = None
        if owners:
            automaton = ahocorasick.Automaton()
            for word, (bits, sets) in owners.items():
                automaton.add_word(word, bits | (sets << self._width))
            automaton.make_automaton()
            self._automaton = automaton

    def open(self, text: str) -> int:
        """Bit ``k`` is set when pattern ``k`` may match ``text``."""
        bits = self.ungated
        if self._automaton is None:
            return bits
        # (the OR of every occurrence's owners, folded in C: a Python loop over the occurrences cost more)
        found = reduce(or_, map(itemgetter(1), self._automaton.iter(text)), 0)
        bits |= found & ((1 << self._width) - 1)
        todo = bits & self._checked
        if not todo:
            return bits
        # The patterns to check, read off the binary digits of ``todo`` (bit k is the k-th digit from the right): a
        # dozen per text, each a string search, where isolating and clearing the lowest bit of the wide ``todo`` cost
        # several big-integer operations per pattern.
        unmet = ~(found >> self._width)
        digits = bin(todo)
        last = len(digits) - 1
        closed = 0
        i = digits.find("1", 2)
        while i >= 0:
            k = last - i
            if self._need_of[k] & unmet:
                closed |= self._bit[k]
            i = digits.find("1", i + 1)
        return bits ^ closed


def alternatives(pattern: str) -> list[str] | None:
    """The top-level alternatives of ``pattern`` as written (split at each ``|`` outside groups and classes, and
    an alternative wholly in one ``(?:…)`` split inside it: ``a|(?:b|c)`` is ``a|b|c``), or ``None`` when they
    cannot stand alone: an inline global flag, a group reference, a conditional or a named group ties them
    together."""
    if re.search(r"\(\?[aiLmsux]+\)|\(\?P|\(\?\(|\\[1-9]", pattern):
        return None
    parts = _split(pattern)
    if parts is None:
        return None
    flat: list[str] = []
    for part in parts:
        inner = _split(part[3:-1]) if part.startswith("(?:") and part.endswith(")") else None
        # (None also when the first "(" closes before the end: "(?:a)(?:b)")
        flat.extend([part] if inner is None else alternatives(part[3:-1]) or [part])
    return flat


def _split(pattern: str) -> list[str] | None:
    """``pattern`` split at its top-level ``|``; ``None`` when its parentheses do not balance."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1
            i += pattern.startswith("^", i)
            i += pattern.startswith("]", i)  # a "]" first in a class is one of its characters
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    if depth != 0 or in_class:
        return None
    parts.append(pattern[start:])
    return parts


# One pattern's search from a position: ``regex.search`` or a variant with the same meaning (see ``textsignals``).
Search = Callable[[str, int], "re.Match[str] | None"]


def earliest(searches: Iterable[Search], text: str, pos: int = 0) -> re.Match[str] | None:
    """What the alternation of some patterns finds searching ``text`` from ``pos``, from each pattern's own search
    (given in pattern order): the match starting first, at equal starts the earlier pattern's. Its span is the
    alternation's; its groups are numbered within its own pattern."""
    best: re.Match[str] | None = None
    for search in searches:
        m = search(text, pos)
        if m is not None and (best is None or m.start() < best.start()):
            best = m
    return best


def earliest_each(searches: Iterable[Search], text: str) -> Iterator[re.Match[str]]:
    """``finditer`` of that alternation (``earliest`` again after each match); no pattern may match the empty
    string, whose next search would move on differently."""
    searches = list(searches)
    pos = 0
    while (m := earliest(searches, text, pos)) is not None:
        yield m
        pos = m.end()  # never empty, so the search moves on


class Gated:
    """A regex searched only when one of its literal factors occurs in the text (``gate``): the same answer as
    ``re.compile(pattern).search``, without trying a long alternation at every position of texts that lack all
    of its words. Patterns without a usable factor are searched directly.

    A pattern that is an alternation of many phrases (a notice cue) is searched further by its top-level
    alternatives: one scan (``GateIndex``) tells which of them have all their required literals in the text,
    and only those are searched. The alternation's first match is the earliest of its alternatives' first
    matches (at equal starts, the earlier alternative's), so the match found has the same span; only its
    groups are numbered within its own alternative. The lone alternative's search costs far less than trying
    every phrase at every position."""

    def __init__(self, pattern: str) -> None:
        self.regex = re.compile(pattern)
        self.gate = gate([pattern])
        branches = alternatives(pattern)
        self._branches: list[re.Pattern[str]] = []
        self._index: GateIndex | None = None
        if branches is not None and len(branches) > 1:
            clauses = [required_clauses(branch) for branch in branches]
            if any(clauses):
                self._branches = [re.compile(branch) for branch in branches]
                self._index = GateIndex(clauses)
        self._all = (1 << len(self._branches)) - 1

    def search(self, text: str) -> re.Match[str] | None:
        if self.gate is not None and self.gate.search(text) is None:
            return None
        if self._index is None:
            return self.regex.search(text)
        bits = self._index.open(text)
        if bits == self._all:
            return self.regex.search(text)
        searches = []
        while bits:  # the open alternatives, first to last
            low = bits & -bits
            searches.append(self._branches[low.bit_length() - 1].search)
            bits ^= low
        return earliest(searches, text)
