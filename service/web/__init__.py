"""The Vietnamese web interface: login, plan dashboard, register, candidate pages with one
form per action, deadlines and exports. Every form is CSRF-protected; autoescaping is on."""

from __future__ import annotations

from flask import Flask, render_template

from service.accounts import Forbidden
from service.web import (  # noqa: F401 - routes register on import
    candidates,
    corrections,
    docs,
    exports,
    members,
    plans,
)
from service.web.blueprint import bp
from service.web.session import SessionInterface
from service.web.text import install_filters


def install(app: Flask) -> None:
    app.register_blueprint(bp)
    app.session_interface = SessionInterface()
    install_filters(app)
    app.register_error_handler(Forbidden, forbidden)
    app.register_error_handler(403, forbidden)


def forbidden(_error):
    return render_template("error.html", code=403,
                           message="Bạn không có quyền thực hiện việc này."), 403
