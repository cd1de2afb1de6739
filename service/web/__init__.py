"""The Vietnamese web interface: login, plan dashboard, register, candidate pages with one
form per action, deadlines and exports. Every form is CSRF-protected; autoescaping is on."""

from __future__ import annotations

from flask import Flask

from service.accounts import Forbidden
from service.accounts.policy import OutOfReach
from service.errorpages import MESSAGES, page
from service.web import (  # noqa: F401 - routes register on import
    admin,
    candidates,
    corrections,
    docs,
    documents,
    exports,
    inspection,
    members,
    moved,
    personal,
    plan_entry,
    plans,
    reviews,
)
from service.web.blueprint import bp, install_login
from service.web.session import SessionInterface
from service.web.text import install_filters


def install(app: Flask) -> None:
    app.register_blueprint(bp)
    app.session_interface = SessionInterface()
    install_login(app)
    install_filters(app)
    app.register_error_handler(Forbidden, forbidden)


def forbidden(error):
    """403 in Vietnamese; a committee user is told which body the cell is under (issue 14)."""
    return page(403, str(error) if isinstance(error, OutOfReach) else MESSAGES[403])
