"""`ketnap --help` and every command's help are Vietnamese (issue 19): the catalogue is
service/cli_vi.py; a command added without a Vietnamese help fails here."""

from __future__ import annotations

import re

import click
import pytest
from click.testing import CliRunner

ENGLISH = re.compile(r"\b(the|and|of|to|with|from|for|Show|Create|Load|Print|List|Write|"
                     r"Usage|Options|Commands|Error|Missing|required|this|exit|"
                     r"TEXT|INTEGER|FLOAT|PATH|FILENAME|UUID|CODE|USERNAME|PERSON_ID|DAY)\b")


def _paths(group: click.Group, ctx: click.Context, path=()) -> list[tuple[str, ...]]:
    found = [path]
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if isinstance(command, click.Group):
            found += _paths(command, click.Context(command, parent=ctx), (*path, name))
        else:
            found.append((*path, name))
    return found


@pytest.fixture
def cli(tmp_path, monkeypatch):
    monkeypatch.setenv("KETNAP_DATABASE_URL", f"sqlite:///{tmp_path}/k.sqlite")
    monkeypatch.setenv("KETNAP_SECRET_KEY", "help")
    from flask.cli import ScriptInfo

    from service.cli import _create_app, cli
    return cli, ScriptInfo(create_app=_create_app)


def test_every_help_text_is_vietnamese(cli):
    group, info = cli
    # Flask's group pushes an app context while listing: the `with` pops it again
    with click.Context(group, obj=info) as context:
        paths = _paths(group, context)
    assert ("user", "add") in paths and ("audit", "report") in paths and len(paths) > 30
    assert ("routes",) not in paths and ("shell",) not in paths
    runner = CliRunner()
    for path in paths:
        result = runner.invoke(group, [*path, "--help"], obj=info, prog_name="ketnap")
        assert result.exit_code == 0, (path, result.output)
        text = re.sub(r"--[\w-]+", "", result.output)   # option names stay as typed
        assert not ENGLISH.search(text), (path, ENGLISH.findall(text))
        assert "Cách dùng: ketnap" in result.output and "Tùy chọn:" in result.output


def test_click_errors_are_vietnamese_too(cli):
    group, info = cli
    result = CliRunner().invoke(group, ["khong-co-lenh"], obj=info, prog_name="ketnap")
    assert result.exit_code == 2 and "Lỗi: Không có lệnh 'khong-co-lenh'." in result.output
