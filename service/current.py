"""The running app's services, for code that runs inside a request or a CLI command: the one
place that knows where `create_app` keeps them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flask import Flask, current_app

if TYPE_CHECKING:    # only a type: the access log, below the services, reads through here
    from service.services import Services

EXTENSION = "ketnap"


def services_of(app: Flask) -> Services:
    """What `create_app` set up on `app`: the store, the engine, the read side."""
    return app.extensions[EXTENSION]


def services() -> Services:
    """The services of the app handling this request or command."""
    return services_of(current_app)
