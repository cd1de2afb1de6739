"""The rebuild's writer thread: every chunk written, in order, at most `depth` waiting; its
error reaches the rebuild; a failing fold never leaves it hanging."""

from __future__ import annotations

import threading

import pytest

from projections.background import BackgroundWriter


def test_every_chunk_is_written_in_order_before_the_block_ends():
    written = []
    with BackgroundWriter(lambda rows, events: written.append((rows, events))) as emit:
        for n in range(50):
            emit([n], n)
    assert written == [([n], n) for n in range(50)]


def test_the_producer_goes_on_while_a_chunk_is_written_with_at_most_depth_waiting():
    release, writing = threading.Event(), threading.Event()
    written, emitted = [], []

    def slow_write(chunk):
        writing.set()
        release.wait()
        written.append(chunk)

    def produce(emit):
        for n in range(4):
            emit(n)
            emitted.append(n)

    with BackgroundWriter(slow_write, depth=2) as emit:
        producer = threading.Thread(target=produce, args=(emit,))
        producer.start()
        writing.wait(timeout=5)
        producer.join(timeout=0.3)
        # 0 is being written, 1 and 2 wait: the fourth chunk waits for room
        assert emitted == [0, 1, 2] and written == []
        release.set()
        producer.join(timeout=5)
    assert written == [0, 1, 2, 3]


def test_a_write_error_reaches_the_producer_and_a_full_queue_does_not_block_it():
    calls = []

    def failing(chunk):
        calls.append(chunk)
        raise ValueError("disk full")

    with pytest.raises(ValueError, match="disk full"), BackgroundWriter(failing, depth=1) as emit:
        for n in range(100):          # would block for ever if the writer stopped taking
            emit(n)
    assert calls == [0]               # nothing written after the error


def test_a_failing_producer_stops_the_writer_after_what_was_queued():
    written = []
    with pytest.raises(RuntimeError, match="fold failed"), \
            BackgroundWriter(written.append) as emit:
        emit("a")
        raise RuntimeError("fold failed")
    assert written == ["a"]
    assert "rebuild-writer" not in {thread.name for thread in threading.enumerate()}
