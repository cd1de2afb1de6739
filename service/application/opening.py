"""The store opened by URL, as a picklable callable: each worker process of a rebuild opens
its own (this module imports only the store, so a worker starts without the web stack)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from service.application.app import KetnapApplication


class StoreAt:
    def __init__(self, url: str) -> None:
        self.url = url

    @contextmanager
    def __call__(self) -> Iterator[KetnapApplication]:
        store = KetnapApplication(self.url)
        try:
            yield store
        finally:
            store.close()
