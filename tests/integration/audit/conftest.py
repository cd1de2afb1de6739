from __future__ import annotations

import pytest

from service.audit import attach
from service.demo import load_demo


@pytest.fixture
def tools(services, tmp_path):
    return attach(services, tmp_path / "keys" / "audit.pem")


@pytest.fixture
def demo(services, tools):
    """The clean demo history, sealed command by command (≈219 events)."""
    load_demo(services)
    return tools
