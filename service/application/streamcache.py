"""Decoded streams, kept per process and brought up to date by one query at each load.

Why it exists: a command used to read, decode and decrypt its candidate's whole stream before
deciding, which was about half of a command's time on SQLite (bench/README.md). A stream only
grows and no stored event is ever edited, so the events already decoded stay true; each load
asks the store only for the events after the last one kept (another worker's writes
included) and the aggregate is folded again from the whole stream (folding is cheap, decoding
is not). What is kept is therefore always a prefix of the stream as stored.

Personal data (issue 18): a stream holding an erasure (PersonErased) is never kept. Seeing
one arrive drops what was kept and the person's key this process may still hold (another
process may have destroyed it), and the stream is read again, as [đã xóa]. What this process
kept of a person erased by another process, and not loaded since, is forgotten after
KEPT_SECONDS at the latest (docs/personal-data.md).

A command on a candidate does not even ask for the new events (`kept`): it decides on what
is kept and saves the next version of the stream. If another worker wrote meanwhile, that
version is taken and the save is refused, so a decision on a stale stream is never stored;
the use case then decides again on the stream as stored (CandidateUseCases._decide).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from uuid import UUID

from domain import events as ev
from service.caches import ttl

STREAMS_KEPT = 2_000      # streams: a cell's working set many times over, a few MB at most
KEPT_SECONDS = 600.0      # how long decoded personal data may outlive an erasure elsewhere


class StreamCache:
    def __init__(self, event_store, forget_person: Callable[[UUID], None],
                 size: int = STREAMS_KEPT, seconds: float = KEPT_SECONDS) -> None:
        self._store = event_store
        self._forget_person = forget_person
        self._kept = ttl(size, seconds, time.monotonic)

    def events(self, stream_id: UUID) -> tuple[ev.Event, ...]:
        """The stream as stored now, oldest first."""
        kept = self._kept.get(stream_id) or ()
        after = kept[-1].originator_version if kept else None
        new = tuple(self._store.get(stream_id, gt=after))
        if _erases(new):
            # this process may still hold the key another destroyed: forget it, and read
            # the stream again without it (erased streams are rare, and never kept)
            self._kept.pop(stream_id)
            self._forget_person(stream_id)
            return tuple(self._store.get(stream_id))
        if new:
            self._kept.put(stream_id, kept + new)
        return kept + new

    def kept(self, stream_id: UUID) -> tuple[ev.Event, ...] | None:
        """What is kept of the stream, without asking the store: it may lack another
        worker's latest events. Only for a command that saves on this very stream, whose
        save is then refused if it is behind (CandidateUseCases._decide)."""
        return self._kept.get(stream_id)

    def forget(self, stream_id: UUID) -> None:
        self._kept.pop(stream_id)

    def written(self, event: ev.Event) -> None:
        """`event` was just stored: keep it too when it extends what is kept (no decode
        needed then); otherwise forget the stream, and the next load reads it afresh."""
        kept = self._kept.get(event.originator_id)
        if not kept:
            return
        if (kept[-1].originator_version + 1 == event.originator_version
                and not _erases((event,))):
            self._kept.put(event.originator_id, (*kept, event))
        else:
            self._kept.pop(event.originator_id)


def _erases(events: tuple[ev.Event, ...]) -> bool:
    return any(isinstance(e, ev.PersonErased) for e in events)
