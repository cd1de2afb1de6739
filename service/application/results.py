"""What a command returns to its caller."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID


@dataclass(frozen=True)
class Recorded:
    """What a command stored: the stream, its new version (history position) and log position."""

    id: UUID
    version: int
    log_position: int
    stage: str | None = None
