"""Sealing a backlog while web workers go on recording (the follower's situation).

The seal reads the log with a cursor and writes the chain in batches. On SQLite, writing
while that read is open, after another connection committed, is refused outright
(SQLITE_BUSY_SNAPSHOT: no busy wait); under steady load a large backlog was refused on
every attempt and the follower never caught up (found by `make bench`). The seal takes the
write lock first, as it takes PostgreSQL's table lock.
"""

from __future__ import annotations

import itertools
import threading

from bench import generate
from domain.candidate import Person
from service.audit.sealing import BATCH, chain_tail


def test_a_large_backlog_is_sealed_while_commands_keep_committing(services, tools):
    services.read_side = "follower"                 # commands do not seal: a backlog grows
    backlog = BATCH + 1000                          # more than one batch of chain rows
    services.store.save(*itertools.islice(generate.events(backlog + 2000), backlog))
    cell = generate.cell_code(0)
    person = Person("Lê Văn Tải", generate.NOW.date().replace(year=2008), "male", "Kinh", "HS",
                    True, "upper_secondary", "11A1")
    stop, committed = threading.Event(), []

    def writer() -> None:
        while not stop.is_set():
            committed.append(services.command("nominate", cell, person,
                                              generate.NOW.date(), "tai"))

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        while len(committed) < 5:                   # the writer is committing now
            stop.wait(0.01)
        sealed = tools.seal()
    finally:
        stop.set()
        thread.join(30)
    assert sealed >= backlog
    tools.seal()                                    # what the writer added meanwhile
    with services.engine.connect() as conn:
        assert chain_tail(conn).position == services.store.last_position()
    assert tools.verify().ok
