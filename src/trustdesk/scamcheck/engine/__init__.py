"""Framework-free scam-signal engine: normalisation, language identification, signal detectors, link/number/
account analysis against the official directory, a small trained model, and batch mode.

Typical use::

    from trustdesk.scamcheck.engine import get_checker
    result = get_checker().check("message", "Please read me the code we just sent you")
    result.verdict, result.score, result.lang, result.signals
"""

from __future__ import annotations

import gc
from functools import lru_cache

from trustdesk.scamcheck.engine.checker import Checker, Item
from trustdesk.scamcheck.engine.directory import Directory, Entry, builtin_directory
from trustdesk.scamcheck.engine.types import CheckResult, Kind, OfficialMatch, Signal, SignalType, Verdict


@lru_cache(maxsize=1)
def get_checker() -> Checker:
    """The process-wide checker with the built-in directory and model (loaded once).

    It lives as long as the process, so everything alive once it is loaded is moved out of the cyclic garbage
    collector's generations (``gc.freeze``): checking allocates many short-lived objects, and each full collection
    would otherwise walk the checker's tables and model again (about 5 % of batch time)."""
    checker = Checker()
    gc.freeze()
    return checker


__all__ = [
    "CheckResult",
    "Checker",
    "Directory",
    "Entry",
    "Item",
    "Kind",
    "OfficialMatch",
    "Signal",
    "SignalType",
    "Verdict",
    "builtin_directory",
    "get_checker",
]
