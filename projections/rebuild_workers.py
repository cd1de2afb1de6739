"""The candidate pass of a rebuild, split by stream key over worker processes.

Reading, decoding and folding events is Python work that holds the GIL, so threads do not
help; processes do. Each worker scans one range of stream keys (the store's primary-key
index gives each range in order), folds its candidates and sends their rows; the parent,
which holds the rebuild's one transaction, writes them as they come. A bounded queue keeps
workers from running ahead of the writes, so memory stays flat.

Workers are started with `spawn`, never `fork`: a forked child would inherit the parent's
open SQLite connection and locks, which SQLite forbids using across a fork. Each worker
opens its own store connection with `open_store`, which must therefore be picklable.
"""

from __future__ import annotations

import multiprocessing
import queue as queues
import traceback
from collections.abc import Callable
from contextlib import AbstractContextManager
from uuid import UUID

from domain import events as ev
from projections.streamwise import Emit, fold_streams
from projections.workdays import Workdays

KEY_SPACE = 1 << 128        # stream ids are UUIDs: hashes, spread evenly over it
POLL_SECONDS = 1.0          # how often a parent waiting for rows checks its workers are alive
OpenStore = Callable[[], AbstractContextManager]


class RebuildWorkerFailed(RuntimeError):
    """A worker raised or died; the rebuild's transaction rolls back."""


def key_ranges(parts: int) -> list[tuple[UUID | None, UUID | None]]:
    """`parts` ranges of stream keys covering all of them: [from, to), None is open."""
    bounds = [UUID(int=KEY_SPACE * n // parts) for n in range(1, parts)]
    return list(zip([None, *bounds], [*bounds, None], strict=True))


def fold_in_workers(open_store: OpenStore, until: int, workdays: Workdays, chunk: int,
                    workers: int, emit: Emit) -> None:
    """Fold every candidate stream up to `until` in `workers` processes; `emit` each chunk
    of rows here, in the calling process."""
    context = multiprocessing.get_context("spawn")
    rows = context.Queue(maxsize=2 * workers)
    calendar = (workdays.context, frozenset(workdays.off), frozenset(workdays.working))
    processes = [context.Process(target=_work, daemon=True,
                                 args=(open_store, until, keys, calendar, chunk, rows))
                 for keys in key_ranges(workers)]
    for process in processes:
        process.start()
    try:
        _receive(rows, processes, emit)
    finally:
        for process in processes:
            if process.is_alive():
                process.terminate()
            process.join()
        rows.close()


def _receive(rows, processes, emit: Emit) -> None:
    finished = 0
    while finished < len(processes):
        try:
            kind, payload, events = rows.get(timeout=POLL_SECONDS)
        except queues.Empty:
            dead = [p for p in processes if p.exitcode not in (None, 0)]
            if dead:
                raise RebuildWorkerFailed(f"a rebuild worker died (exit code "
                                          f"{dead[0].exitcode})") from None
            continue
        if kind == "failed":
            raise RebuildWorkerFailed(f"a rebuild worker failed:\n{payload}")
        if kind == "rows":
            emit(payload, events)
        else:
            finished += 1


def _work(open_store: OpenStore, until: int, keys, calendar: tuple, chunk: int,
          rows) -> None:
    """One worker: its range of candidate streams, folded; every chunk of rows sent."""
    try:
        context, off, working = calendar
        workdays = Workdays(context, off, working)
        with open_store() as store:
            fold_streams(store.events_by_stream(ev.CANDIDATE_EVENTS, until, keys), workdays,
                         chunk, lambda tables, events: rows.put(("rows", tables, events)))
        rows.put(("done", None, 0))
    except BaseException:          # noqa: BLE001 - reported to the parent, which raises
        rows.put(("failed", traceback.format_exc(), 0))
