"""Living documentation for the committee: the Vietnamese features, each scenario with its
steps, articles and latest result, and a closing table article → scenarios → rule.

    python -m service.livingdocs build/cucumber.json build/docs
"""

from service.livingdocs.model import Feature, Scenario, load_features
from service.livingdocs.render import render_html

__all__ = ["Feature", "Scenario", "load_features", "render_html"]
