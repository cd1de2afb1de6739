"""The inspection committee's tools (ủy ban kiểm tra): a MAC per event, the Merkle log,
signed and witnessed checkpoints, verify, export bundle with proofs, compliance report,
replay as of a moment.

`install(app)` makes every stored event carry its MAC, seals after every command, and adds
`ketnap audit …` and the `/api/v1/audit/…` endpoints. Nothing here writes to the event log.
"""

from __future__ import annotations

from flask import Flask

from service.audit.keys import key_path
from service.audit.mac import StoredEventMac
from service.audit.tools import AuditRefused, AuditSettings, AuditTools
from service.config import audit_key_file
from service.current import services_of

EXTENSION = "ketnap_audit"

__all__ = ["EXTENSION", "AuditRefused", "AuditTools", "attach", "install", "tools_of"]


def attach(services, key_file, settings: AuditSettings | None = None) -> AuditTools:
    """Every event stored through `services` carries its MAC; seal after every command (also
    usable without Flask)."""
    tools = AuditTools(services, key_file, settings)
    services.store.write_macs_with(StoredEventMac(tools.mac_key))
    services.after_command.append(tools.seal_after_command)
    return tools


def install(app: Flask) -> None:
    from service.audit import cli, views

    services = services_of(app)
    key_file = key_path(app.instance_path, audit_key_file(
        app.config.get("KETNAP_AUDIT_KEY_FILE") or app.config.get("KETNAP_AUDIT_KEY")))
    app.extensions[EXTENSION] = attach(services, key_file, AuditSettings.of(app.config))
    app.cli.add_command(cli.audit_group)
    app.register_blueprint(views.blueprint)
    if "csrf" in app.extensions:      # token-authenticated only: no cookie to forge with
        app.extensions["csrf"].exempt(views.witness_post)


def tools_of(app: Flask) -> AuditTools:
    return app.extensions[EXTENSION]
