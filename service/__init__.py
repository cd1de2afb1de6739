"""Ketnap's composition root: `create_app(config=None)` wires the store, the read side, the
web forms, the JSON API and the audit tools together (the flaskr / microblog pattern)."""

from __future__ import annotations

from flask import Flask

from service import config as settings
from service.services import Services


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(
        KETNAP_DATABASE_URL=settings.database_url(app.instance_path),
        SECRET_KEY=settings.secret_key(app.instance_path),
        JSON_AS_ASCII=False,
    )
    if config:
        app.config.update(config)
    services = Services(app.config["KETNAP_DATABASE_URL"], clock=app.config.get("KETNAP_CLOCK"))
    app.extensions["ketnap"] = services
    _install_parts(app)
    return app


def _install_parts(app: Flask) -> None:
    """Each part registers its blueprints, hooks and CLI commands (import order matters
    only in that the read side must be installed before the parts that query it)."""
    from service import audit, cli, readside

    readside.install(app)
    cli.install(app)
    audit.install(app)


def services_of(app: Flask) -> Services:
    return app.extensions["ketnap"]
