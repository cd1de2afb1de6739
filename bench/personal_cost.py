"""Rough cost per event of the personal-data encryption (issue 18), without a database:
the store's mapper with and without the person's key, on a nomination (the event with the
most personal fields) and a step (one personal field). `python bench/personal_cost.py`."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from uuid import uuid4

sys.path[0] = str(Path(__file__).resolve().parents[1])   # not bench/: its http.py

from eventsourcing.persistence import JSONTranscoder, Mapper  # noqa: E402

from domain import events as ev  # noqa: E402
from service.application.store import DateAsISO  # noqa: E402
from service.encryption.keys import KeyStore  # noqa: E402
from service.encryption.mapper import PersonalMapper  # noqa: E402


class _Keys(KeyStore):
    """The real key cache and cipher, without a table (the key is made once, then cached)."""

    def cipher(self, person, create=False):
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        return self._keys.setdefault(person, AESGCM(AESGCM.generate_key(bit_length=256)))


def transcoder() -> JSONTranscoder:
    from eventsourcing.persistence import DatetimeAsISO, DecimalAsStr, UUIDAsHex
    t = JSONTranscoder()
    for transcoding in (UUIDAsHex(), DecimalAsStr(), DatetimeAsISO(), DateAsISO()):
        t.register(transcoding)
    return t


def events(n: int):
    now = datetime.now(UTC)
    for _ in range(n):
        person = uuid4()
        yield ev.CandidateNominated(
            originator_id=person, originator_version=1, timestamp=now, actor="bithu",
            occurred_on=date(2024, 2, 1), cell_code="C1", full_name="Nguyễn Văn Thử",
            birth_date=date(2007, 3, 4), gender="male", ethnicity="Kinh", category="HS",
            youth_union_member=True, education="upper_secondary", class_name="11A1")
        yield ev.Withdrawn(originator_id=person, originator_version=2, timestamp=now,
                           actor="bithu", occurred_on=date(2024, 5, 1), reason="Chuyển trường")


def measure(mapper, sample) -> tuple[float, float]:
    start = time.perf_counter()
    stored = [mapper.to_stored_event(e) for e in sample]
    middle = time.perf_counter()
    for s in stored:
        mapper.to_domain_event(s)
    end = time.perf_counter()
    return (middle - start) / len(sample) * 1e6, (end - middle) / len(sample) * 1e6


def main(n: int = 20000) -> None:
    sample = list(events(n // 2))
    folder = tempfile.mkdtemp()
    keys = _Keys(Path(folder, "master.key"))
    plain, personal = Mapper(transcoder()), PersonalMapper(transcoder(), keys)
    measure(personal, sample[:1000])            # warm up: the keys made once
    for name, mapper in (("clear", plain), ("encrypted", personal)):
        encode, decode = measure(mapper, sample)
        print(f"{name:10} encode {encode:6.1f} µs/event   decode {decode:6.1f} µs/event")
    os.remove(Path(folder, "master.key"))


if __name__ == "__main__":
    main()
