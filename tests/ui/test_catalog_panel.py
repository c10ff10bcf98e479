"""The catalog browser: filters, search, selection synced with the scenario, spec sheets."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from desktop_app.ui.dialogs.spec_sheet import SpecSheetDialog
from desktop_app.ui.panels.catalog_panel import CatalogPanel
from desktop_app.ui.panels.catalog_table import ID_ROLE
from desktop_app.ui.state import AppState


@pytest.fixture
def panel(qtbot, shipped_catalog):
    state = AppState(shipped_catalog, compute=lambda catalog, scenario: None)
    widget = CatalogPanel(state)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def cell_text(panel, entity_id, key, kind="accelerators"):
    model = panel.models[kind]
    return model.index(model.row_of(entity_id), model.column_of(key)).data()


def test_every_kind_is_listed_with_its_count(panel, shipped_catalog):
    for index, kind in enumerate(("accelerators", "systems", "models")):
        panel.set_kind(kind)
        total = len(shipped_catalog.records(kind))
        assert len(panel.visible_ids()) == total
        assert f"({total})" in panel.tabs.tabText(index)
    assert panel.count_label.text() == f"Showing all {len(shipped_catalog.models())}"


def test_status_filter_keeps_only_roadmap_parts(panel, shipped_catalog):
    panel.status_box.setCurrentIndex(panel.status_box.findData("roadmap"))
    shown = panel.visible_ids()
    expected = {a.id for a in shipped_catalog.accelerators() if a.status == "roadmap"}
    assert set(shown) == expected and "huawei-ascend-960" in shown
    assert cell_text(panel, "huawei-ascend-960", "status") == "roadmap"


def test_country_filter_keeps_chinese_vendors(panel, shipped_catalog):
    panel.country_box.setCurrentIndex(panel.country_box.findData("CN"))
    assert panel.country_box.currentText() == "China"
    shown = set(panel.visible_ids())
    assert "huawei-ascend-910c" in shown and "cambricon-mlu590" in shown
    assert "nvidia-h100-sxm" not in shown
    countries = {v.id: v.country for v in shipped_catalog.vendors()}
    assert all(countries[shipped_catalog.accelerator(i).vendor] == "CN" for i in shown)
    # The same choice filters models by their developer's origin.
    panel.set_kind("models")
    assert "deepseek-v3" in panel.visible_ids() and "llama-3.1-70b" not in panel.visible_ids()


def test_memory_filter_drops_small_and_unknown_memory(panel, shipped_catalog):
    panel.memory_spin.setValue(80)
    shown = set(panel.visible_ids())
    assert {"nvidia-h100-sxm", "amd-mi300x"} <= shown
    assert "biren-br100" not in shown  # 64 GiB
    assert "baidu-kunlun-m100" not in shown  # memory unknown: not assumed to be enough
    assert all(shipped_catalog.accelerator(i).memory_gib.value >= 80 for i in shown)
    assert (
        panel.count_label.text() == f"Showing {len(shown)} of {len(shipped_catalog.accelerators())}"
    )
    panel.reset_filters()
    assert len(panel.visible_ids()) == len(shipped_catalog.accelerators())


def test_china_availability_and_stack_filters(panel, shipped_catalog):
    panel.china_box.setCurrentIndex(panel.china_box.findData("unavailable"))
    shown = panel.visible_ids()
    assert shown and all(
        shipped_catalog.accelerator(i).availability_china == "unavailable" for i in shown
    )
    panel.china_box.setCurrentIndex(0)
    panel.stack_box.setCurrentIndex(panel.stack_box.findData("cann"))
    assert set(panel.visible_ids()) == {
        a.id for a in shipped_catalog.accelerators() if a.software_stack == "cann"
    }
    # Systems have no stack: the filter is hidden there and does not empty the list.
    panel.set_kind("systems")
    assert not panel.stack_box.isVisible()
    assert len(panel.visible_ids()) == len(shipped_catalog.systems())


def test_search_matches_name_vendor_and_stack(panel, qtbot):
    qtbot.keyClicks(panel.search, "ascend 910")
    shown = panel.visible_ids()
    assert shown and all(i.startswith("huawei-ascend-910") for i in shown)
    panel.search.clear()
    qtbot.keyClicks(panel.search, "ROCm")
    assert "amd-mi300x" in panel.visible_ids() and "nvidia-h100-sxm" not in panel.visible_ids()


def test_unknown_is_shown_as_unknown_never_zero(panel):
    assert cell_text(panel, "baidu-kunlun-m100", "memory_gib") == "unknown"
    assert cell_text(panel, "nvidia-h100-sxm", "memory_bw_gbps") == "3,350"
    assert cell_text(panel, "nvidia-h100-sxm", "fp4_tflops") is None  # not a column
    panel.set_kind("models")
    # A dense model activates all of its parameters: shown, not "unknown".
    assert cell_text(panel, "llama-3.1-70b", "active_params_b", "models") == "70"


def test_sorting_by_memory_puts_unknown_last_in_descending_order(panel):
    view = panel.views["accelerators"]
    view.sortByColumn(
        panel.models["accelerators"].column_of("memory_gib"), Qt.SortOrder.DescendingOrder
    )
    shown = panel.visible_ids()
    assert shown[0] in ("nvidia-b300", "amd-mi355x", "huawei-ascend-960", "huawei-ascend-970")
    assert shown[-1] in {
        "baidu-kunlun-m100",
        "baidu-kunlun-m300",
        "cambricon-mlu690",
        "enflame-s60",
        "metax-c550",
    }


def check_by_keyboard(panel, qtbot, entity_id):
    view = panel.views["accelerators"]
    model, proxy = panel.models["accelerators"], panel.proxies["accelerators"]
    index = proxy.mapFromSource(model.index(model.row_of(entity_id), 0))
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    return index


def test_ticking_a_row_selects_it_and_undo_unticks_it(panel, qtbot):
    state = panel._state
    index = check_by_keyboard(panel, qtbot, "nvidia-h100-sxm")
    assert state.scenario.accelerator_ids == ("nvidia-h100-sxm",)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None  # its colour swatch
    assert panel.selection_label.text() == "Comparing 1:"
    state.undo_stack.undo()
    assert state.scenario.accelerator_ids == ()
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert index.data(Qt.ItemDataRole.DecorationRole) is None


def test_selection_made_elsewhere_shows_and_clear_selection_empties_it(panel, qtbot):
    state = panel._state
    state.set_selection(("huawei-ascend-910c", "nvidia-h20"))
    model = panel.models["accelerators"]
    for entity_id in ("huawei-ascend-910c", "nvidia-h20"):
        index = model.index(model.row_of(entity_id), 0)
        assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    panel.selected_only.setChecked(True)
    assert set(panel.visible_ids()) == {"huawei-ascend-910c", "nvidia-h20"}
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert state.scenario.accelerator_ids == ()
    assert panel.visible_ids() == []
    assert not panel.clear_button.isEnabled()
    state.undo_stack.undo()  # clearing is one undo step
    assert state.scenario.accelerator_ids == ("huawei-ascend-910c", "nvidia-h20")
    assert len(panel.visible_ids()) == 2


def test_double_click_opens_the_spec_sheet(panel, qtbot):
    view = panel.views["accelerators"]
    proxy, model = panel.proxies["accelerators"], panel.models["accelerators"]
    index = proxy.mapFromSource(
        model.index(model.row_of("nvidia-h100-sxm"), model.column_of("name"))
    )
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    with qtbot.waitSignal(panel.spec_sheet_opened) as blocker:
        # A real double-click: press and release, then the double-click event.
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == ["accelerators", "nvidia-h100-sxm"]
    sheets = panel.findChildren(SpecSheetDialog)
    assert sheets and sheets[0].record.id == "nvidia-h100-sxm" and sheets[0].isVisible()
    assert index.data(ID_ROLE) == "nvidia-h100-sxm"
    for sheet in sheets:
        sheet.close()


def test_compared_accelerators_are_named_in_their_plot_colours(panel):
    state = panel._state
    state.set_selection(("nvidia-h100-sxm", "huawei-ascend-910c"))
    chips = panel.chips.text()
    assert "NVIDIA H100 SXM5 80GB" in chips and "Ascend 910C" in chips
    assert state.colour("nvidia-h100-sxm") in chips and state.colour("huawei-ascend-910c") in chips
    assert chips.index("NVIDIA H100") < chips.index("Ascend 910C")  # in selection order


def test_row_menu_offers_spec_sheet_compare_and_edit(panel):
    menu = panel.row_menu("accelerators", "nvidia-h20")
    texts = [action.text() for action in menu.actions()]
    assert texts == ["Open spec sheet", "Compare", "Edit…"]
    menu.actions()[1].trigger()
    assert panel._state.scenario.accelerator_ids == ("nvidia-h20",)
    assert [a.text() for a in panel.row_menu("accelerators", "nvidia-h20").actions()][
        1
    ] == "Stop comparing"
    assert [a.text() for a in panel.row_menu("systems", "nvidia-dgx-h100").actions()] == [
        "Open spec sheet"
    ]


def test_clicking_the_tick_box_with_the_mouse_selects(panel, qtbot):
    qtbot.waitExposed(panel)
    view, proxy = panel.views["accelerators"], panel.proxies["accelerators"]
    model = panel.models["accelerators"]
    index = proxy.mapFromSource(model.index(model.row_of("amd-mi300x"), 0))
    view.scrollTo(index)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert panel._state.scenario.accelerator_ids == ("amd-mi300x",)
