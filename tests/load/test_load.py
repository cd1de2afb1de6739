"""Bounded load and a crash, small enough for `make test`; `make bench` runs them larger.

Concurrent secretaries on different candidates and on one shared candidate: nothing
acknowledged is lost or duplicated, and the only refusals are conflicts. Then a writer is
killed with SIGKILL mid-load: after a restart every acknowledged command is in the log.
"""

from __future__ import annotations

import pytest

from bench import load
from bench.shape import make_app
from service import services_of


@pytest.fixture
def seeded(database_url):
    """A store with cell B00000 (from the bench generator's first cell)."""
    from bench import generate
    from migrations import upgrade
    from service.config import sqlalchemy_url

    upgrade(sqlalchemy_url(database_url))
    app = make_app(database_url)
    store = services_of(app).store
    store.save(*[e for e, _ in zip(generate.events(1), range(1), strict=False)])
    yield database_url, app
    services_of(app).close()


def test_concurrent_secretaries_lose_nothing(seeded):
    _url, app = seeded
    with app.app_context():
        client = load.InProcess(services_of(app))
        outcome = load.run_secretaries(client, different=3, same=2, commands=8, seconds=20)
        assert outcome.errors == []
        assert load.check_log(services_of(app).store, outcome.acknowledged) == []
        # 4 nominations + 3 × 8 on own candidates, and the shared one got at least 8
        assert len(outcome.acknowledged) >= 4 + 3 * 8 + 8


def test_killed_writer_loses_no_acknowledged_command(seeded):
    url, _app = seeded
    result = load.kill_mid_load(url, acknowledgements=20, seconds=20)
    assert result["acknowledged"] >= 20
    assert result["problems"] == []


def test_secretaries_over_http_lose_nothing(seeded):
    url, _app = seeded
    outcome, problems = load.http_secretaries(url, different=3, same=2, commands=6, seconds=20)
    assert outcome.errors == []            # 409 on the shared candidate is fine, 5xx is not
    assert problems == []
    assert len(outcome.acknowledged) >= 4 + 3 * 6 + 6


def test_secretaries_over_http_with_a_follower_lose_nothing_and_it_drains(seeded):
    """The deployed shape: web workers only record; the follower catches up and seals."""
    url, _app = seeded
    outcome, problems = load.http_secretaries(url, different=3, same=2, commands=6, seconds=20,
                                              read_side="follower")
    assert outcome.errors == []
    assert problems == []              # includes: drained within 60 s, and the audit verifies
    assert len(outcome.acknowledged) >= 4 + 3 * 6 + 6


def test_follower_killed_mid_load_is_replaced_and_nothing_is_lost(seeded):
    url, _app = seeded
    result = load.kill_follower_mid_load(url, acknowledgements=15, seconds=8)
    assert result["acknowledged"] >= 15
    assert result["problems"] == []        # every 201 once; drained; the chain verifies
    assert result["drain_s"] is not None


def test_server_killed_mid_load_loses_no_201(seeded):
    url, _app = seeded
    result = load.kill_server_mid_load(url, acknowledgements=20, seconds=20)
    assert result["acknowledged"] >= 20
    assert result["problems"] == []        # includes: the audit verifies after the restart
    assert isinstance(result["catch_up"], int)
