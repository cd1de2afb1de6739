"""The living documentation, read-only, for the committee and the inspectors: the same
document `make docs` writes, rendered from the features and the latest test results."""

from __future__ import annotations

from pathlib import Path

from flask import current_app

from service.accounts.policy import require
from service.livingdocs import load_features, render_html
from service.web.blueprint import bp, user

ROOT = Path(__file__).resolve().parents[2]
READERS = ("committee", "inspector", "admin")


@bp.route("/tai-lieu-quy-trinh")
def living_docs():
    """Every procedure as executed scenarios, with articles and the latest results."""
    require(user().role in READERS)
    features = Path(current_app.config.get("KETNAP_FEATURES_DIR", ROOT / "features"))
    results = Path(current_app.config.get("KETNAP_FEATURE_RESULTS",
                                          ROOT / "build" / "cucumber.json"))
    return render_html(load_features(features, results))
