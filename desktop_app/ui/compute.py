"""From (catalog, scenario) to everything the window draws: the Qt-free computation in
`desktop_app.plans.results`, so exports and the window always show the same numbers; its texts
come out in the interface language."""

from PySide6.QtCore import QCoreApplication

from desktop_app.plans import results


def compute_results(catalog, scenario):
    return results.compute_results(catalog, scenario, translate=QCoreApplication.translate)


__all__ = ["compute_results"]
