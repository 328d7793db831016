"""The literal prefilter may only skip detectors that cannot match."""

from __future__ import annotations

import re

from trustdesk.scamcheck.engine import textsignals
from trustdesk.scamcheck.engine.prefilter import factors, gate
from trustdesk.scamcheck.engine.training.train import load_corpus


def test_factors_of_simple_patterns() -> None:
    assert factors(r"\b(?:send|give)\b\s+(?:otp|code)") == {"send", "give"}
    assert factors(r"\d{5}") is None
    assert factors(r"(?:ab)?cd") == {"cd"}
    # one Han character is selective enough to gate on; one Latin letter is not
    assert factors(r"\d{2,}元?费") == {"费"}
    assert factors(r"\d{2,}x") is None


def test_gate_is_never_stricter_than_the_detector() -> None:
    """On every corpus message, a detector whose gate rejects the text has no match either."""
    from trustdesk.scamcheck.engine.normalize import compact, fold

    checked = 0
    for example in load_corpus():
        folded = fold(example.text)
        texts = {"thai": compact(folded), "han": compact(folded)}
        for det in textsignals._DETECTORS:
            text = texts.get(det.script, folded)
            if det.gate is not None and det.gate.search(text) is None:
                assert det.regex.search(text) is None, (det.signal, example.text)
                checked += 1
    assert checked > 1000


def test_gate_regex_matches_any_required_word() -> None:
    g = gate([r"\b(?:send|give|go)\b", r"otp|pin"])
    assert isinstance(g, re.Pattern)
    for word in ("send", "give", "go", "otp", "pin"):
        assert g.search(f"xx {word} yy")
    assert g.search("nothing here") is None
