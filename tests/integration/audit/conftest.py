from __future__ import annotations

import pytest

from service.audit import attach


@pytest.fixture
def tools(services, tmp_path):
    return attach(services, tmp_path / "keys" / "audit.pem")


@pytest.fixture
def demo(sealed_demo_copy, services, tools):
    """The clean demo history, recorded through the use cases and sealed command by command
    (≈219 events): a copy of the one this session recorded."""
    return tools
