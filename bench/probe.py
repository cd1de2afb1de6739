"""Run in a subprocess so peak memory is the measured work's own:
`python -m bench.probe fetch|fetch-sealed|rebuild URL` prints one JSON line."""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def peak_rss_mb() -> float:
    """VmHWM: this process's own peak resident memory. (getrusage's ru_maxrss would carry the
    parent's peak over the fork and exec.)"""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def fetch(url: str, decrypt: bool = True) -> tuple[int, float]:
    """The raw reference: select_notifications in pages of 1,000 + mapper.to_domain_event,
    with every person's key loaded once inside the timer, as the rebuild does. With
    `decrypt=False` the library's own mapper reads the events and leaves the personal
    fields sealed: the cost of the decryption (issue 18), side by side."""
    from eventsourcing.persistence import Mapper

    from service.application import KetnapApplication

    store = KetnapApplication(url)
    mapper = store.mapper if decrypt else Mapper(store.construct_transcoder())
    started = time.perf_counter()
    if decrypt:
        store.personal_keys.preload()
    last, count = 0, 0
    while notes := store.recorder.select_notifications(start=last, limit=1000,
                                                       inclusive_of_start=False):
        for n in notes:
            mapper.to_domain_event(n)
        count += len(notes)
        last = notes[-1].id
    seconds = time.perf_counter() - started
    store.close()
    return count, seconds


def rebuild(url: str) -> tuple[int, float]:
    from service.readside import rebuild_all
    from service.services import Services

    services = Services(url)
    try:
        _warm_up()
        started = time.perf_counter()
        rebuild_all(services)
        seconds = time.perf_counter() - started
        return services.store.last_position(), seconds
    finally:
        services.close()


def _warm_up() -> None:
    """Once per process and outside the timer, as the store's construction is for `fetch`:
    the public holidays, whose first use imports the `holidays` library's 200-odd country
    modules (about 0.14 s, a third of a 10k-event rebuild, nothing at 1M)."""
    from service.readcalendar import projection_context

    projection_context()


def main(mode: str, url: str) -> None:
    count, seconds = {"fetch": fetch, "rebuild": rebuild,
                      "fetch-sealed": lambda u: fetch(u, decrypt=False)}[mode](url)
    own, workers = peak_rss_mb(), workers_started(count) if mode == "rebuild" else 0
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 if workers else 0
    # the rebuild's worker processes count too: as many as ran, each at the largest's peak
    print(json.dumps({"events": count, "seconds": seconds, "rate": count / seconds,
                      "peak_rss_mb": own + workers * largest, "own_rss_mb": own,
                      "workers": workers, "worker_rss_mb": largest}))


def workers_started(events: int) -> int:
    """How many worker processes `ketnap projections rebuild` started (0: none)."""
    from service.readside import workers_for

    workers = workers_for(events)
    return workers if workers > 1 else 0


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
