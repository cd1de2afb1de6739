"""python -m service.livingdocs RESULTS.json OUT_DIR: write index.html (and a PDF when
Chromium is installed)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from service.livingdocs.model import load_features
from service.livingdocs.render import render_html

FEATURES = Path(__file__).resolve().parents[2] / "features"


def main(argv: list[str]) -> int:
    results, out = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    html = out / "index.html"
    ran_at = (datetime.fromtimestamp(results.stat().st_mtime, UTC)
              if results.is_file() else None)
    html.write_text(render_html(load_features(FEATURES, results), results_at=ran_at),
                    encoding="utf-8")
    print(f"Tài liệu: {html}")
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser:
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-first-run", "--disable-background-networking",
                        f"--print-to-pdf={out / 'tai-lieu-quy-trinh.pdf'}",
                        "--no-pdf-header-footer", html.resolve().as_uri()],
                       check=False, capture_output=True, timeout=120)
        print(f"PDF: {out / 'tai-lieu-quy-trinh.pdf'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
