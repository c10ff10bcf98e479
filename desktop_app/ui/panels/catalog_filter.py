"""Which catalog rows the user asked to see: the criteria and the proxy model that applies them.

The criteria look at `RowFacts`, computed once per row by `CatalogTableModel`, so filtering a few
hundred rows on every keystroke in the search box stays well under a frame.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt

from desktop_app.ui.panels.catalog_table import SORT_ROLE, CatalogTableModel, ModelIndex


@dataclass(frozen=True)
class CatalogFilter:
    """What the user asked to see; empty criteria let everything through."""

    text: str = ""
    vendor: str = ""
    country: str = ""
    min_memory_gib: float = 0.0
    china: str = ""  # an availability value, or "usable" for available or limited
    stack: str = ""
    status: str = ""
    selected_only: bool = False


class CatalogFilterProxy(QSortFilterProxyModel):
    """Filters rows by `CatalogFilter` and sorts by each column's sort key (unknown lowest)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._filter = CatalogFilter()
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    @property
    def current_filter(self) -> CatalogFilter:
        return self._filter

    def set_filter(self, catalog_filter: CatalogFilter) -> None:
        if catalog_filter == self._filter:
            return
        self.beginFilterChange()
        self._filter = catalog_filter
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refresh(self) -> None:
        """Filter again with the same criteria (the selection, which they may look at, changed)."""
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, CatalogTableModel):
            return True
        facts = model.facts(source_row)
        f = self._filter
        if f.text and not all(word in facts.search_text for word in f.text.casefold().split()):
            return False
        if f.vendor and facts.vendor != f.vendor:
            return False
        if f.country and facts.country != f.country:
            return False
        if f.min_memory_gib > 0 and (
            facts.memory_gib is None or facts.memory_gib < f.min_memory_gib
        ):
            return False
        if f.china:
            wanted = ("available", "limited") if f.china == "usable" else (f.china,)
            if facts.china not in wanted:
                return False
        if f.stack and facts.stack != f.stack:
            return False
        if f.status and facts.status != f.status:
            return False
        return not (f.selected_only and not model.is_selected(facts.id))
