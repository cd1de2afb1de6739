"""The import contracts hold, and the linter would notice a broken one."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT = Path(sys.executable).with_name("lint-imports")


def lint(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(LINT)], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_the_import_contracts_are_kept():
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout


def test_a_domain_that_imports_flask_breaks_the_contract(tmp_path):
    for package in ("domain", "projections", "service", "migrations", "bench", "tests"):
        shutil.copytree(ROOT / package, tmp_path / package,
                        ignore=shutil.ignore_patterns("__pycache__", "*.html", "static", ".cache"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    (tmp_path / "domain" / "leak.py").write_text("import flask\n")
    result = subprocess.run([str(LINT)], cwd=tmp_path, capture_output=True, text=True,
                            timeout=120, env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin"})
    assert result.returncode != 0
    assert "domain.leak -> flask" in result.stdout
