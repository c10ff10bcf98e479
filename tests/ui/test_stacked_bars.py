"""Stacked memory bars: totals as given, capacity lines, captions and invalid categories."""

import numpy as np

from desktop_app.ui.plots.stacked_bars import BarGroup, StackedBarPlot


def _group(valid=(True, False)):
    return BarGroup(
        categories=("H20", "RTX 3090"),
        category_colours=("#0072B2", "#E69F00"),
        parts=("Weights", "KV cache"),
        part_colours=("#0072B2", "#56B4E9"),
        values=np.array([[60.0, 30.0], [20.0, 5.0]]),
        capacity=np.array([96.0, 24.0]),
        captions=("1 device", "does not fit"),
        valid=np.array(valid),
    )


def test_bar_totals_are_the_sum_of_parts(qtbot):
    plot = StackedBarPlot("Memory per device (GiB)", "Capacity")
    qtbot.addWidget(plot)
    plot.set_bars(_group())
    np.testing.assert_allclose(plot.bar_tops(), [80.0, 35.0])


def test_description_lists_parts_capacity_and_caption(qtbot):
    plot = StackedBarPlot("Memory per device (GiB)", "Capacity")
    qtbot.addWidget(plot)
    plot.set_bars(_group())
    text = plot.describe_bar(1)
    assert "RTX 3090" in text and "Weights: 30.0" in text and "Capacity: 24.0" in text
    assert "does not fit" in text


def test_redrawing_replaces_the_bars(qtbot):
    plot = StackedBarPlot("GiB", "Capacity")
    qtbot.addWidget(plot)
    plot.set_bars(_group())
    plot.set_bars(_group(valid=(True, True)))
    assert len(plot._bars) == 2  # one item per part, none left over


def test_horizontal_bars_name_every_category_on_the_left_and_keep_the_values(qtbot):
    plot = StackedBarPlot("Cost (million USD)", horizontal=True)
    qtbot.addWidget(plot)
    group = _group()
    plot.set_bars(group)
    np.testing.assert_allclose(plot.bar_tops(), [80.0, 35.0])
    axis = plot.plot_item().getAxis("left")
    assert [name for _, name in axis._tickLevels[0]] == list(group.categories)
    assert axis.fixedWidth > 40  # wide enough for the names before the first paint
    assert plot.plot_item().getAxis("bottom").labelText == "Cost (million USD)"
    assert plot.plot_item().getViewBox().yInverted()  # the first category on top
