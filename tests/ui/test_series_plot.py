"""The banded line plot draws what it is given, hides invalid points and reads out hovers."""

import numpy as np
from PySide6.QtCore import QPointF

from desktop_app.ui.plots.series_plot import Series, SeriesPlot


def _series(key="a", valid=None):
    x = np.array([1.0, 2.0, 4.0, 8.0])
    y = np.array([10.0, 19.0, 35.0, 60.0])
    return Series(key, key.upper(), "#0072B2", x, y, y * 0.9, y * 1.1, valid)


def test_curve_data_is_what_was_given_with_invalid_points_removed(qtbot):
    plot = SeriesPlot("Concurrency (requests)", "Output tokens/s")
    qtbot.addWidget(plot)
    plot.set_series([_series(valid=np.array([True, True, True, False]))])
    x, y = plot.curve_data("a")
    np.testing.assert_allclose(x, [1, 2, 4, 8])
    np.testing.assert_allclose(y[:3], [10, 19, 35])
    assert np.isnan(y[3])


def test_series_are_replaced_not_accumulated(qtbot):
    plot = SeriesPlot("x", "y")
    qtbot.addWidget(plot)
    plot.set_series([_series("a"), _series("b")])
    plot.set_series([_series("b")])
    assert set(plot.series()) == {"b"}


def test_hover_finds_the_nearest_point_and_describes_it(qtbot):
    plot = SeriesPlot("Concurrency (requests)", "Output tokens/s")
    qtbot.addWidget(plot)
    plot.resize(600, 400)
    plot.show()
    plot.set_series([_series()])
    plot.plot_item().getViewBox().autoRange()
    qtbot.wait(10)
    view = plot.plot_item().getViewBox()
    scene_pos = view.mapViewToScene(QPointF(4.0, 35.0))
    key, index, _, _ = plot.nearest_point(scene_pos)
    assert (key, index) == ("a", 2)
    text = plot.describe_point("a", 2)
    assert "35.0" in text and "31.5" in text and "38.5" in text


def test_message_replaces_an_empty_plot(qtbot):
    plot = SeriesPlot("x", "y")
    qtbot.addWidget(plot)
    plot.set_message("Select at least one accelerator")
    assert plot.message() == "Select at least one accelerator"
    plot.set_message("")
    assert plot.message() == ""


def test_validity_marks_are_inside_the_curve_bounds_and_a_refits_after_zoom(qtbot):
    plot = SeriesPlot("Concurrent requests", "Tokens/s", log_x=True)
    qtbot.addWidget(plot)
    plot.resize(600, 400)
    plot.show()
    x = np.array([1, 2, 4, 8, 16, 32.0])
    y = np.array([1, 2, 3, 4, 5, 6.0])
    valid = np.array([1, 1, 1, 0, 0, 0], bool)
    plot.set_series([Series("a", "A", "#0072B2", x, y, y * 0.8, y * 1.2, valid)])
    curve = plot._items["a"].curve
    (mark_x, mark_y), = curve._marks
    assert curve.boundingRect().contains(QPointF(mark_x, mark_y))  # repaints never clip the cross
    view = plot.plot_item().getViewBox()
    fitted = view.viewRange()
    view.scaleBy((0.3, 0.3))
    assert view.viewRange() != fitted
    plot.plot_item().autoBtn.clicked.emit(plot.plot_item().autoBtn)
    np.testing.assert_allclose(view.viewRange(), fitted, rtol=1e-6)


def test_the_grid_is_drawn_in_the_view_at_the_labelled_ticks(qtbot):
    from desktop_app.ui.plots.base import ViewGrid, _tick_values

    plot = SeriesPlot("Concurrent requests", "Tokens/s", log_x=True)
    qtbot.addWidget(plot)
    plot.resize(600, 400)
    plot.show()
    plot.set_series([_series()])
    item = plot.plot_item()
    assert item.getAxis("bottom").grid is False and item.getAxis("left").grid is False
    grids = [i for i in item.items if isinstance(i, ViewGrid)]
    assert len(grids) == 1
    x_ticks = _tick_values(item.getAxis("bottom"), 600)
    np.testing.assert_allclose(x_ticks, np.log10([1, 2, 4, 8]))  # powers of two on the log axis
    y_ticks = _tick_values(item.getAxis("left"), 400)
    assert len(y_ticks) >= 2 and all(np.diff(y_ticks) > 0)
    assert grids[0].boundingRect().contains(QPointF(0.3, 30))  # covers the data area
