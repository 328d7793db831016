"""The shape of a rule-class test: every scam wording is flagged and names the class's signal, and no legitimate
counterpart written with the same vocabulary gets that signal."""

from __future__ import annotations

from collections.abc import Iterable

from trustdesk.scamcheck.engine import Checker, SignalType


def assert_class(checker: Checker, signal: SignalType, scams: Iterable[str], legits: Iterable[str]) -> None:
    for text in scams:
        result = checker.check("message", text)
        assert result.flagged, text
        assert signal in result.signal_types(), text
    for text in legits:
        assert signal not in checker.check("message", text).signal_types(), text


def assert_fp_class(checker: Checker, signal: SignalType, scams: Iterable[str], legits: Iterable[str]) -> None:
    """A false-positive class: every scam wording is flagged and names ``signal``; no legitimate wording is flagged
    (it may still show the signal, shown but not weighed)."""
    for text in scams:
        result = checker.check("message", text)
        assert result.flagged, text
        assert signal in result.signal_types(), text
    for text in legits:
        assert not checker.check("message", text).flagged, text
