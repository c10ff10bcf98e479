"""Memory per device at the operating point, stacked, against each accelerator's capacity."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.ui.plots.base import ColourFor, ResultsView
from desktop_app.ui.plots.stacked_bars import BarGroup, StackedBarPlot

PART_COLOURS = ("#0072B2", "#56B4E9", "#009E73", "#999999")


class MemoryPlot(ResultsView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # On their side: a dozen accelerators' names fit on the left axis, never over each other.
        self.bars = StackedBarPlot(self.tr("Memory per device (GiB)"), self.tr("Capacity"), horizontal=True)
        self.bars.bar_hovered.connect(lambda i: self.point_hovered.emit(i, -1))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bars)

    def show_results(self, results, colour_for: ColourFor) -> None:
        if results is None or results.message:
            self.bars.set_bars(BarGroup((), (), (), (), np.zeros((0, 0))))
            self.bars.set_message(results.message if results is not None
                                  else self.tr("No results: the scenario could not be computed."))
            return
        self.bars.set_message("")
        mem = results.memory_gib
        captions = []
        for dep in results.deployments:
            if dep.fits:
                captions.append(self.tr("{0} × {1} devices").format(dep.replicas, dep.devices)
                                if dep.replicas > 1 else self.tr("{0} devices").format(dep.devices)
                                if dep.devices > 1 else self.tr("1 device"))
            elif dep.missing_spec:
                captions.append(self.tr("figures missing"))
            else:
                captions.append(self.tr("does not fit"))
        self.bars.set_bars(BarGroup(
            categories=results.accelerator_names,
            category_colours=tuple(colour_for(i) for i in results.accelerator_ids),
            parts=(self.tr("Weights"), self.tr("KV cache"), self.tr("Activations"), self.tr("Overhead")),
            part_colours=PART_COLOURS,
            values=np.vstack([mem["weights"], mem["kv_cache"], mem["activations"], mem["overhead"]]),
            capacity=mem["capacity"],
            captions=tuple(captions),
            valid=np.array([d.fits for d in results.deployments]),
        ))

    def message(self) -> str:
        return self.bars.message()
