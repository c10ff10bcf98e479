"""Throughput vs concurrency, one banded curve per accelerator (its whole sized deployment)."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.ui.plots.base import ColourFor, ResultsView
from desktop_app.ui.plots.series_plot import Series, SeriesPlot


class ThroughputPlot(ResultsView):
    def __init__(self, metric: str = "output_tokens_per_s", parent: QWidget | None = None):
        super().__init__(parent)
        self._metric = metric
        y_label = {
            "output_tokens_per_s": self.tr("Output tokens/s per replica"),
            "output_tokens_per_s_per_device": self.tr("Output tokens/s per device"),
            "per_user_tokens_per_s": self.tr("Tokens/s per user"),
            "ttft_ms": self.tr("Time to first token (ms)"),
            "tpot_ms": self.tr("Time per output token (ms)"),
        }[metric]
        self.plot = SeriesPlot(self.tr("Concurrent requests"), y_label, log_x=True)
        self.plot.point_hovered.connect(self._on_hovered)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self._keys: list[str] = []

    def show_results(self, results, colour_for: ColourFor) -> None:
        message = "" if results is None else results.message
        if results is None:
            message = self.tr("No results: the scenario could not be computed.")
        series = []
        if not message:
            x = results.concurrency
            for i, acc_id in enumerate(results.accelerator_ids):
                dep = results.deployments[i]
                label = f"{results.accelerator_names[i]} · {dep.devices}×"
                series.append(Series(
                    key=acc_id, label=label, colour=colour_for(acc_id), x=x,
                    y=results.sweep[self._metric][i],
                    low=results.sweep_low[self._metric][i], high=results.sweep_high[self._metric][i],
                    valid=results.valid[i]))
            if not any(np.any(s.valid) for s in series):
                message = self.tr("No selected accelerator can serve this model at these settings: "
                                  "see the Memory tab for why.")
        self._keys = [s.key for s in series]
        self.plot.set_series(series)
        self.plot.set_message(message)

    def _on_hovered(self, key: str, index: int) -> None:
        if key in self._keys:
            self.point_hovered.emit(self._keys.index(key), index)

    def set_line_width(self, width: float) -> None:
        self.plot.set_line_width(width)

    def message(self) -> str:
        return self.plot.message()
