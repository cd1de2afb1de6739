"""Events written by an earlier release must still load with today's code."""

from __future__ import annotations

import json
from pathlib import Path
from uuid import UUID

from eventsourcing.persistence import StoredEvent

from domain import candidate as cd
from domain import events as ev
from migrations.events import missing_steps
from service.application import KetnapApplication

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "golden_log_v0.1.jsonl"


def test_every_event_class_version_has_its_upcasters():
    assert missing_steps() == []


def test_the_golden_log_of_release_0_1_still_decodes_and_projects(sqlite_url):
    app = KetnapApplication(sqlite_url)
    try:
        events = [app.mapper.to_domain_event(_stored(line))
                  for line in GOLDEN.read_text(encoding="utf-8").splitlines()]
    finally:
        app.close()
    assert len(events) > 200 and all(isinstance(e, ev.Event) for e in events)
    streams: dict = {}
    for e in events:
        if type(e) in ev.CANDIDATE_EVENTS:
            streams.setdefault(e.originator_id, []).append(e)
    stages = {cd.project(None, s).stage for s in streams.values()}
    assert {"official", "transferred_out", "withdrawn", "proposed"} <= stages


def _stored(line: str) -> StoredEvent:
    row = json.loads(line)
    return StoredEvent(UUID(row["originator_id"]), row["originator_version"], row["topic"],
                       row["state"].encode("utf-8"))
