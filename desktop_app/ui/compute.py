"""From (catalog, scenario) to everything the window draws: the Qt-free computation in
`desktop_app.plans.results`, so exports and the window always show the same numbers."""

from desktop_app.plans.results import compute_results

__all__ = ["compute_results"]
