"""Event schema history. Stored events are never migrated in place: an event class that
changes shape bumps `class_version` in `domain/events.py`, and the step from the old shape
is a pure function here. `install()` attaches the steps where eventsourcing's mapper looks
for them (`upcast_vN_vN+1` on the event class) and registers renamed topics.
"""

from __future__ import annotations

from migrations.events.upcasters import RENAMED_TOPICS, UPCASTERS


def install(register_topic) -> None:
    """Attach every upcaster and renamed topic; `register_topic` is eventsourcing's."""
    for (event_class, from_version), step in UPCASTERS.items():
        setattr(event_class, f"upcast_v{from_version}_v{from_version + 1}", staticmethod(step))
    for old_topic, event_class in RENAMED_TOPICS.items():
        register_topic(old_topic, event_class)


def missing_steps() -> list[str]:
    """Event classes whose class_version has a step without an upcaster (must be empty)."""
    from domain import events as ev

    missing = []
    for event_class in vars(ev).values():
        version = getattr(event_class, "class_version", 1) if isinstance(event_class, type) else 1
        missing += [f"{event_class.__name__} v{v}->v{v + 1}" for v in range(1, version)
                    if (event_class, v) not in UPCASTERS]
    return missing
