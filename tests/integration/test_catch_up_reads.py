"""The catch-up after a command reads the log once: a short page means nothing more to read
(found by `make bench`: the empty second read was ~15 % of a command's catch-up)."""

from __future__ import annotations

from projections import runner
from service.demo import load_demo
from service.readcalendar import projection_context


def test_a_short_page_ends_the_catch_up_without_another_read(services):
    load_demo(services)
    reads = []

    def read_events(after, limit):
        reads.append(after)
        return services.store.read_events(after, limit)

    applied = runner.catch_up(services.engine, read_events, projection_context(), batch_size=1000,
                              stream_events=services.store.stream_events)
    assert applied == services.store.last_position() < 1000
    assert reads == [0]


def test_full_pages_still_read_on_to_the_end(services):
    load_demo(services)
    total = services.store.last_position()
    reads = []

    def read_events(after, limit):
        reads.append(after)
        return services.store.read_events(after, limit)

    assert runner.catch_up(services.engine, read_events, projection_context(), batch_size=10,
                           stream_events=services.store.stream_events) == total
    assert len(reads) == total // 10 + 1
    assert runner.position(services.engine) == total
