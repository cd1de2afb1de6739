"""Ketnap's composition root: `create_app(config=None)` wires the store, the read side, the
web forms, the JSON API and the audit tools together (the flaskr / microblog pattern)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flask import Flask
from flask_wtf.csrf import CSRFProtect

from domain.clock import use_zone
from service import config as settings
from service.current import EXTENSION, services_of
from service.services import Services


class KetnapFlask(Flask):
    """Flask, asking once per hook whether it is a coroutine function: Flask asks for every
    before/after hook and view of every request (a dozen here), which cost a status page
    about a tenth of its time. Hooks and views are fixed once the app is set up."""

    def ensure_sync(self, func):
        known = self.__dict__.setdefault("_sync_of", {})
        sync = known.get(func)
        if sync is None:
            sync = known[func] = super().ensure_sync(func)
        return sync


def create_app(config: dict | None = None) -> Flask:
    app = KetnapFlask(__name__, instance_relative_config=True, instance_path=settings.instance_path())
    app.config.from_mapping(
        KETNAP_DATABASE_URL=settings.database_url(app.instance_path),
        SECRET_KEY=settings.secret_key(app.instance_path),
        JSON_AS_ASCII=False,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SECURE=False,     # True: even over plain HTTP; otherwise per request
        KETNAP_PROXY_HOPS=settings.proxy_hops(),
        KETNAP_SESSION_IDLE_MINUTES=settings.session_idle_minutes(),
        KETNAP_SESSION_HOURS=settings.session_hours(),
        MAX_CONTENT_LENGTH=settings.max_content_length(),
        KETNAP_REPORT_PLACE=settings.report_place(),
        KETNAP_READ_SIDE=settings.read_side(),
        KETNAP_TIMEZONE=settings.timezone(),
    )
    if config:
        app.config.update(config)
    use_zone(app.config["KETNAP_TIMEZONE"])
    services = Services(app.config["KETNAP_DATABASE_URL"], clock=app.config.get("KETNAP_CLOCK"),
                        read_side=app.config["KETNAP_READ_SIDE"],
                        settle_timeout=float(app.config.get("KETNAP_SETTLE_TIMEOUT", 3.0)))
    app.extensions[EXTENSION] = services
    _install_parts(app)
    _behind_proxy(app)
    return app


def _behind_proxy(app: Flask) -> None:
    """Behind N reverse proxies, trust their X-Forwarded-For/-Proto (the login backoff is per
    client address; the cookie is Secure when the client spoke HTTPS to the first proxy), and
    only as many of them as there are proxies: without one, the headers are ignored."""
    hops = int(app.config["KETNAP_PROXY_HOPS"])
    if hops:
        from werkzeug.middleware.proxy_fix import ProxyFix
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)


def _install_parts(app: Flask) -> None:
    """Each part registers its blueprints, hooks and CLI commands (import order matters
    only in that the read side must be installed before the parts that query it)."""
    from service import (
        accounts_cli,
        api,
        audit,
        cli,
        errorpages,
        headers,
        idempotency,
        inputs,
        readside,
        statuscache,
        web,
    )

    readside.install(app)
    headers.install(app)
    errorpages.install(app)
    inputs.install(app)
    idempotency.install(app)
    statuscache.install(app)
    app.extensions["ketnap_accounts"] = _accounts(app)
    csrf = CSRFProtect(app)
    web.install(app)
    audit.install(app)     # before the API, whose OpenAPI document lists the audit routes
    api.install(app)
    csrf.exempt(api.blp)   # token-authenticated only: no cookie, so no cross-site forgery
    cli.install(app)
    accounts_cli.install(app)


def _accounts(app: Flask):
    from argon2 import PasswordHasher
    from argon2.profiles import CHEAPEST

    from domain.errors import NotFound
    from service.accounts import Accounts

    clock = app.config.get("KETNAP_CLOCK") or (lambda: datetime.now(UTC))
    cheap = app.config.get("KETNAP_CHEAP_PASSWORD_HASHES")   # tests only: fast argon2
    hasher = PasswordHasher.from_parameters(CHEAPEST) if cheap else PasswordHasher()
    store = services_of(app).store

    def cell_exists(code: str) -> bool:   # the log, not a read model that may lag behind
        try:
            return bool(store.cell(code))
        except NotFound:
            return False
    accounts = Accounts(services_of(app).engine, clock, hasher, cell_exists=cell_exists,
                        superiors=CellsOnRecord(store))
    accounts.sessions.idle = timedelta(minutes=float(app.config["KETNAP_SESSION_IDLE_MINUTES"]))
    accounts.sessions.lifetime = timedelta(hours=float(app.config["KETNAP_SESSION_HOURS"]))
    return accounts


class CellsOnRecord:
    """A committee user's reach as the log says it (issue 14): each cell's superior body on a
    day, read from the cell's own stream (short), never from a read model that may lag."""

    def __init__(self, store) -> None:
        self.store = store

    def superior_on(self, cell_code: str, day):
        from domain.errors import NotFound
        try:
            return self.store.cell(cell_code).superior_on(day)
        except NotFound:
            return None

    def today(self):
        return self.store.today()


