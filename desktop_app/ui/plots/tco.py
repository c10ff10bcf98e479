"""Total cost of ownership: cumulative cost over the years per accelerator (lines), and what it
is made of at the end of the period (stacked bars: capex, porting, power, hosting, maintenance)."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QHBoxLayout, QWidget

from desktop_app.ui import money
from desktop_app.ui.plots.base import ColourFor, ResultsView
from desktop_app.ui.plots.series_plot import Series, SeriesPlot
from desktop_app.ui.plots.stacked_bars import BarGroup, StackedBarPlot

PARTS = ("capex", "porting", "power", "hosting", "maintenance")
PART_COLOURS = ("#0072B2", "#CC79A7", "#E69F00", "#009E73", "#999999")


class TcoPlot(ResultsView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._scale = 1e6
        self.lines = SeriesPlot(self.tr("Years in service"), self.tr("Cumulative cost (million USD)"),
                                legend_offset=(-10, -10))
        self.bars = StackedBarPlot(self.tr("Cost over the period (million USD)"), horizontal=True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lines, 5)
        layout.addWidget(self.bars, 6)  # the bars also hold the accelerators' names
        self._part_names = (self.tr("Hardware"), self.tr("Porting"), self.tr("Power"),
                            self.tr("Hosting"), self.tr("Maintenance"))

    def show_results(self, results, colour_for: ColourFor) -> None:
        message = self.tr("No results: the scenario could not be computed.") if results is None else results.message
        if message:
            self.lines.set_series([])
            self.lines.set_message(message)
            self.bars.set_bars(BarGroup((), (), (), (), np.zeros((0, 0))))
            return
        rate, currency = money.factor(results.scenario), money.currency_word()
        self.lines.plot_item().setLabel("left", self.tr("Cumulative cost (million {0})").format(currency))
        self.bars.set_value_label(self.tr("Cost over the period (million {0})").format(currency))
        tco = {k: v * rate for k, v in results.tco_by_year_usd.items()}
        total = tco["total"] / self._scale
        years = np.arange(total.shape[1], dtype=float)
        fits = np.array([d.fits for d in results.deployments])
        priced = np.isfinite(total).all(axis=1)
        series = [Series(acc_id, results.accelerator_names[i] + ("" if priced[i] else self.tr(" (price unknown)")),
                         colour_for(acc_id), years, np.nan_to_num(total[i]),
                         valid=np.full(years.shape, bool(fits[i] and priced[i])))
                  for i, acc_id in enumerate(results.accelerator_ids)]
        self.lines.set_series(series)
        if not fits.any():
            self.lines.set_message(self.tr("No selected accelerator can serve this model."))
        elif not (fits & priced).any():
            self.lines.set_message(self.tr("No price is known for the selected accelerators: "
                                           "enter one in the cost inputs."))
        else:
            self.lines.set_message("")
        final = np.nan_to_num(np.vstack([tco[p][:, -1] for p in PARTS]) / self._scale)
        self.bars.set_bars(BarGroup(
            categories=results.accelerator_names,
            category_colours=tuple(colour_for(i) for i in results.accelerator_ids),
            parts=self._part_names, part_colours=PART_COLOURS, values=final,
            captions=tuple(_total_text(v * self._scale) if ok and p else self.tr("price unknown") if ok else self.tr("does not fit")
                           for v, ok, p in zip(final.sum(axis=0), fits, priced)),
            valid=fits & priced))

    def set_line_width(self, width: float) -> None:
        self.lines.set_line_width(width)

    def message(self) -> str:
        return self.lines.message()


def _total_text(amount: float) -> str:
    """A bar's total: "4.88 M" in English, "3,508 万" in Chinese (which counts in 万 and 亿)."""
    from desktop_app.ui.i18n import current_language, large_number

    if current_language() == "zh_CN":
        return large_number(amount, "zh_CN")
    return f"{amount / 1e6:,.2f} M"
