"""Engine tests need no database: they use one process-wide checker (model loaded once)."""

from __future__ import annotations

import pytest

from trustdesk.scamcheck.engine import Checker, get_checker


@pytest.fixture(scope="session")
def checker() -> Checker:
    return get_checker()


@pytest.fixture(scope="session")
def rules_checker() -> Checker:
    """Rules only: proves a behaviour does not depend on the trained model."""
    return Checker(use_model=False)
