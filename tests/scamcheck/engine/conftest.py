"""Engine tests need no database: they use one process-wide checker (model loaded once)."""

from __future__ import annotations

import dataclasses

import pytest

from trustdesk.scamcheck.engine import Checker, get_checker
from trustdesk.scamcheck.engine.model import load_builtin


@pytest.fixture(scope="session")
def checker() -> Checker:
    return get_checker()


@pytest.fixture(scope="session")
def rules_checker() -> Checker:
    """Rules only: proves a behaviour does not depend on the trained model."""
    return Checker(use_model=False)


@pytest.fixture(scope="session")
def eager_checker() -> Checker:
    """The shipped model with a large offset: the model alone would flag every message, so a test shows that a
    message is not flagged because of the rule it is about, not because the model happens to score it low."""
    model = load_builtin()
    assert model is not None
    return Checker(model=dataclasses.replace(model, offset=model.offset + 8.0))
