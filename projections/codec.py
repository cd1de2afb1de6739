"""Events to JSON-safe data (the history's `data`) and the patching a correction does when a
candidate is replayed."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from functools import cache
from uuid import UUID

from domain import events as ev

ZERO = timedelta(0)
BASE_FIELDS = frozenset(f.name for f in dataclasses.fields(ev.Event))


@cache
def own_fields(cls: type[ev.Event]) -> tuple[tuple[str, str], ...]:
    """(name, annotation) of the fields an event adds to the common ones."""
    return tuple((f.name, str(f.type)) for f in dataclasses.fields(cls)
                 if f.name not in BASE_FIELDS)


def plain(value):
    """A JSON-safe copy: dates as ISO text, tuples as lists, ids as text."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, UUID):
        return str(value)
    return value


def event_data(event: ev.Event) -> dict:
    return {name: plain(getattr(event, name)) for name, _ in own_fields(type(event))}


def typed(annotation: str, value):
    """Back from JSON by the field's annotation (the events use only these few shapes)."""
    if value is None:
        return None
    if annotation.startswith("date"):
        return date.fromisoformat(value)
    if annotation.startswith("tuple"):
        return tuple(value)
    return value


def field_annotation(cls: type[ev.Event], name: str) -> str:
    if name in BASE_FIELDS:
        return {f.name: str(f.type) for f in dataclasses.fields(ev.Event)}[name]
    return dict(own_fields(cls))[name]


def patched(stream: list[ev.Event]) -> list[ev.Event]:
    """Apply every RecordCorrected to the event it cites (as domain.candidate.state does),
    with the corrected values typed as the fields they replace."""
    patches: dict[int, dict] = {}
    for event in stream:
        if isinstance(event, ev.RecordCorrected):
            patches.setdefault(event.corrects, {}).update(event.fields)
    out = []
    for event in stream:
        fields = patches.get(event.originator_version)
        if fields:
            cls = type(event)
            event = dataclasses.replace(event, **{
                k: typed(field_annotation(cls, k), v) if isinstance(v, str) else v
                for k, v in fields.items()})
        out.append(event)
    return out


def naive_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() == ZERO:
        return moment.replace(tzinfo=None)
    return moment.astimezone(UTC).replace(tzinfo=None)
