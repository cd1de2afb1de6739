"""The living documentation for every role (a secretary reads it too): the same document
`make docs` writes, rendered from the features and the latest test results, with the
committee's review state of each procedure and of each rule."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from flask import current_app

from service.accounts.policy import require
from service.livingdocs import load_features, render_html
from service.livingdocs import reviews as rvs
from service.web.blueprint import bp, services, user

ROOT = Path(__file__).resolve().parents[2]
READERS = rvs.READERS


@bp.route("/tai-lieu-quy-trinh")
def living_docs():
    """Every procedure as executed scenarios, with articles, the latest results and the
    review state."""
    require(user().role in READERS)
    folder = rvs.features_dir(current_app.config)
    results = Path(current_app.config.get("KETNAP_FEATURE_RESULTS",
                                          ROOT / "build" / "cucumber.json"))
    features = load_features(folder, results)
    book = rvs.ReviewBook(services().store, folder, features)
    procedures = book.procedures()
    return render_html(features, reviews={p.path: p for p in procedures},
                       rule_reviews={r.rule_id: r for r in rvs.rule_reviews(procedures, features)},
                       review_link="/tai-lieu-quy-trinh/xem-xet", app_link="/",
                       results_at=_modified(results))


def _modified(path: Path) -> datetime | None:
    """When the results were written (None: never run, and the page says so)."""
    return datetime.fromtimestamp(path.stat().st_mtime, UTC) if path.is_file() else None
