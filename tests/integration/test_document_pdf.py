"""Issue 20: one document rendered by LibreOffice to PDF and by pdftoppm to PNG pages, so a
reviewer can look at it (build/documents/). Where CI=true a missing LibreOffice fails this
test; elsewhere it is skipped with the reason (.ci/run installs Debian's libreoffice-writer
and poppler-utils)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from service import documents
from tests.integration.test_documents import demo, record  # noqa: F401 - the shared demo

OUT = Path(__file__).resolve().parents[2] / "build" / "documents"


def tools() -> tuple[str, str]:
    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if soffice and pdftoppm:
        return soffice, pdftoppm
    if os.environ.get("CI") == "true":
        pytest.fail("LibreOffice (soffice) and pdftoppm are needed where CI=true")
    pytest.skip("LibreOffice (soffice) or pdftoppm is not installed")


def test_the_admission_resolution_prints_as_one_a4_page(demo, tmp_path):  # noqa: F811
    soffice, pdftoppm = tools()
    svc, ids = demo
    body = documents.render(documents.BY_CODE["nghi-quyet-ket-nap"], record(svc, ids["gv-hoa"]))
    OUT.mkdir(parents=True, exist_ok=True)
    source = OUT / "nghi-quyet-ket-nap.docx"
    source.write_bytes(body)
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(OUT), str(source)],
                   check=True, capture_output=True, timeout=180)
    pdf = OUT / "nghi-quyet-ket-nap.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    subprocess.run([pdftoppm, "-png", "-r", "60", str(pdf), str(OUT / "nghi-quyet-ket-nap")],
                   check=True, capture_output=True, timeout=120)
    pages = sorted(OUT.glob("nghi-quyet-ket-nap*.png"))
    assert len(pages) == 1                         # the resolution fits on one A4 page
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert "pts (A4)" in info.stdout
