"""The inspection committee's tools (ủy ban kiểm tra): hash chain, verify, signed checkpoints,
export bundle, compliance report, replay as of a moment.

`install(app)` seals the chain after every command and adds `ketnap audit …` and the
`/api/v1/audit/…` endpoints. Nothing here writes to the event log.
"""

from __future__ import annotations

from flask import Flask

from service.audit.keys import key_path
from service.audit.tools import AuditRefused, AuditTools
from service.config import audit_key_file

EXTENSION = "ketnap_audit"

__all__ = ["EXTENSION", "AuditRefused", "AuditTools", "attach", "install", "tools_of"]


def attach(services, key_file) -> AuditTools:
    """Seal after every command run through `services` (also usable without Flask)."""
    tools = AuditTools(services, key_file)
    services.after_command.append(tools.seal)
    return tools


def install(app: Flask) -> None:
    from service.audit import cli, views

    services = app.extensions["ketnap"]
    key_file = key_path(app.instance_path, audit_key_file(
        app.config.get("KETNAP_AUDIT_KEY_FILE") or app.config.get("KETNAP_AUDIT_KEY")))
    app.extensions[EXTENSION] = attach(services, key_file)
    app.cli.add_command(cli.audit_group)
    app.register_blueprint(views.blueprint)


def tools_of(app: Flask) -> AuditTools:
    return app.extensions[EXTENSION]
