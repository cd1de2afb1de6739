"""The running app's services, for code that runs inside a request or a CLI command."""

from __future__ import annotations

from flask import current_app

from service.services import Services


def services() -> Services:
    """What `create_app` set up: the store, the engine, the read side."""
    return current_app.extensions["ketnap"]
