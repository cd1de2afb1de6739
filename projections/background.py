"""A rebuild's rows written by a thread of their own while the next ones are folded.

The inserting is the database's work (SQLite's B-tree pages, PostgreSQL's COPY in its own
process), and the driver lets go of the GIL while it waits for it, so the folding goes on
meanwhile. At most `depth` chunks wait to be written: memory stays flat.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

_DONE = object()


class BackgroundWriter:
    """`with BackgroundWriter(write) as emit:` ... `emit(*chunk)` queues `write(*chunk)`.

    Leaving the block waits for every queued chunk; the writer's error, if any, is raised
    there (or at the next `emit`). After an error the writer drops what is still queued,
    so a producer blocked on a full queue is never stuck."""

    def __init__(self, write: Callable[..., None], depth: int = 2) -> None:
        self._write = write
        self._queue: queue.Queue = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="rebuild-writer", daemon=True)

    def __enter__(self) -> Callable[..., None]:
        self._thread.start()
        return self.emit

    def emit(self, *chunk: Any) -> None:
        self._raise_if_failed()
        self._queue.put(chunk)

    def __exit__(self, kind, error, trace) -> None:
        self._queue.put(_DONE)
        self._thread.join()
        if kind is None:
            self._raise_if_failed()

    def _run(self) -> None:
        while (chunk := self._queue.get()) is not _DONE:
            if self._error is None:
                try:
                    self._write(*chunk)
                except BaseException as error:  # noqa: BLE001 - handed to the producer
                    self._error = error

    def _raise_if_failed(self) -> None:
        if self._error is not None:
            raise self._error
