"""Wires the projections into the app: catch up after every command. (Filled in by the
projections work; until then the read side is empty.)"""

from __future__ import annotations

from flask import Flask


def install(app: Flask) -> None:
    """Register the catch-up hook and the `ketnap projections` commands."""
