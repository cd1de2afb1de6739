"""What every `ketnap` command group shares: who acts, and a refusal as a clear error.

Apart from service/cli.py so that the groups defined elsewhere (service/personal/cli.py)
can use it without importing the command that installs them (no import circle)."""

from __future__ import annotations

import getpass

import click

from domain.errors import DomainError, RuleViolation
from domain.labels import field_label


def actor_option(f):
    return click.option("--actor", default=lambda: getpass.getuser(), show_default="$USER",
                        help="Who records this (kept on the event).")(f)


def run_use_case_with(function, *args, **kwargs):
    try:
        return function(*args, **kwargs)
    except RuleViolation as error:
        raise click.ClickException(
            f"{error.message} ({error.article})") from None
    except DomainError as error:
        field = getattr(error, "field", None)
        raise click.ClickException(
            f"{field_label(field)}: {error.message}" if field else error.message) from None
