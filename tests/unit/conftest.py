"""Fixtures building a candidate up to a stage by calling the domain functions.

Tests that need other dates or another person call `tests.unit.support.build` directly.
"""

from __future__ import annotations

import pytest

from tests.unit.support import STUDENT, Story, build


@pytest.fixture
def dossier() -> Story:
    """A Youth-Union student whose dossier is complete, ready for the cell's vote."""
    return build("dossier", STUDENT)


@pytest.fixture
def proposed() -> Story:
    return build("proposed")


@pytest.fixture
def decided() -> Story:
    return build("decided")


@pytest.fixture
def probationary() -> Story:
    """Admitted on 01/06/2024, new-member class done on 01/09/2024."""
    return build("class_done")
