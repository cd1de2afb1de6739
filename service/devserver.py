"""`ketnap run`: Werkzeug's server without its banner. Flask's own `run` answers every
request with `Server: Werkzeug/… Python/…`, which tells an attacker which known flaws to try;
this one says only `Ketnap`. (Gunicorn, the production server, sends `Server: gunicorn`.)"""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext
from werkzeug.serving import WSGIRequestHandler, run_simple


class QuietRequestHandler(WSGIRequestHandler):
    def version_string(self) -> str:
        return "Ketnap"


@click.command("run")
@click.option("--host", "-h", default="127.0.0.1", show_default=True)
@click.option("--port", "-p", default=5000, show_default=True, type=int)
@with_appcontext
def run_command(host: str, port: int) -> None:
    """Serve the web app and the JSON API (one process, threads; for production: gunicorn)."""
    app = current_app._get_current_object()
    run_simple(host, port, app, threaded=True, request_handler=QuietRequestHandler)
