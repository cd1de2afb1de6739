"""The per-process caches (status views, pages, verified users and session cookies):
cachetools' LRU and time-to-live caches behind a lock.

The lock is ours because cachetools' caches are not safe across threads and a worker's
threads share these; `cachetools.cached` cannot serve, as callers also forget entries
(a logout, a disabled user) and never keep a failed look-up."""

from __future__ import annotations

import threading
from collections.abc import Callable

from cachetools import Cache, LRUCache, TTLCache


class Locked:
    def __init__(self, cache: Cache) -> None:
        self._cache = cache
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            return self._cache.get(key)

    def __getitem__(self, key):
        with self._lock:
            return self._cache[key]

    def put(self, key, value) -> None:
        with self._lock:
            self._cache[key] = value

    def pop(self, key) -> None:
        with self._lock:
            self._cache.pop(key, None)

    def items(self) -> list[tuple]:
        """The live entries (an expired one reads as missing and is left out)."""
        with self._lock:
            found = ((key, self._cache.get(key)) for key in list(self._cache))
            return [(key, value) for key, value in found if value is not None]


def lru(size: int) -> Locked:
    """At most `size` entries, the least recently used dropped first."""
    return Locked(LRUCache(size))


def ttl(size: int, seconds: float, timer: Callable[[], float]) -> Locked:
    """At most `size` entries, each forgotten `seconds` after it was put (by `timer`)."""
    return Locked(TTLCache(size, seconds, timer=timer))
