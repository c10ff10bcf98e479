"""Spec sheets and the form for the user's own entries."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop_app.catalog.store import Catalog
from desktop_app.ui.dialogs.edit_entry import EditEntryDialog
from desktop_app.ui.dialogs.spec_sheet import SpecSheetDialog
from desktop_app.ui.panels.catalog_panel import CatalogPanel
from desktop_app.ui.state import AppState


@pytest.fixture
def state(shipped_catalog):
    return AppState(shipped_catalog, compute=lambda catalog, scenario: None)


@pytest.fixture
def catalog_file(tmp_path):
    """A catalog of the test's own in a file, for tests that write and reopen."""
    path = tmp_path / "catalog.sqlite"
    catalog = Catalog.open(str(path))
    yield catalog, path
    catalog.close()


@pytest.fixture
def own_state(catalog_file):
    return AppState(catalog_file[0], compute=lambda catalog, scenario: None)


def sheet_for(qtbot, state, kind, entity_id):
    sheet = SpecSheetDialog(state, kind, entity_id)
    qtbot.addWidget(sheet)
    return sheet


def row_cells(text, label, count):
    """The `count` cells after the cell `label` in a sheet's plain text (one cell per line)."""
    lines = text.splitlines()
    start = lines.index(label) + 1
    return lines[start : start + count]


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def choose(box, data):
    index = box.findData(data)
    assert index >= 0, data
    box.setCurrentIndex(index)


def fill_new_accelerator(dialog, qtbot):
    qtbot.keyClicks(dialog.name_edit, "Lab Card X1")
    choose(dialog.text_widgets["vendor"], "huawei")
    choose(dialog.text_widgets["status"], "announced")
    dialog.source_edit.setText("my measurement, 2026-11")
    choose(dialog.confidence_box, "measured")
    qtbot.keyClicks(dialog.figures["memory_gib"].value, "128")
    qtbot.keyClicks(dialog.figures["memory_bw_gbps"].value, "3,200")
    qtbot.keyClicks(dialog.figures["bf16_tflops"].value, "700")
    # One figure from a catalog source, by its title, with a weaker confidence.
    dialog.figures["tdp_w"].value.setText("600")
    dialog.figures["tdp_w"].source.setText(
        "NVIDIA H100 specification table (mirror of the NVIDIA H100 Tensor Core GPU datasheet)"
    )
    choose(dialog.figures["tdp_w"].confidence, "estimate")


# --- spec sheet ------------------------------------------------------------------------------


def test_spec_sheet_shows_figures_with_unit_source_and_confidence(qtbot, state):
    sheet = sheet_for(qtbot, state, "accelerators", "nvidia-h100-sxm")
    text = sheet.browser.toPlainText()
    # value, unit, confidence badge, source title (publisher, date), note
    value, unit, confidence, source, note = row_cells(text, "Memory bandwidth", 5)
    assert (value, unit, confidence.strip()) == ("3,350", "GB/s", "datasheet")
    assert source.startswith("NVIDIA H100 specification table") and "2023" in source
    assert "LLM-Viewer uses 3072" in note  # the note that records a conflict
    assert row_cells(text, "Price", 3)[2].strip() == "estimate"
    assert 'href="https://archive-lib.hpctech.co.jp/gpuproduct/nvidia-h100.html"' in sheet.html()
    assert sheet.browser.openExternalLinks()
    # FP4 is not supported on Hopper: unknown, never 0.
    assert row_cells(text, "FP4 dense", 1) == ["unknown"]
    assert "LLM-Viewer uses 3072" in text  # the note that records a conflict
    assert sheet.edit_button.isVisibleTo(sheet) and not sheet.revert_button.isVisibleTo(sheet)


def test_spec_sheet_lists_measured_results_as_evidence(qtbot, state, shipped_catalog):
    sheet = sheet_for(qtbot, state, "accelerators", "nvidia-h200-sxm")
    measured = [m for m in shipped_catalog.measured_results() if m.accelerator == "nvidia-h200-sxm"]
    assert measured and len(sheet.measured_results()) == len(measured)
    text = sheet.browser.toPlainText()
    assert "Measured results" in text and "TensorRT-LLM" in text
    model_sheet = sheet_for(qtbot, state, "models", "deepseek-r1")
    assert all(m.model == "deepseek-r1" for m in model_sheet.measured_results())
    assert (
        "Origin" in model_sheet.browser.toPlainText()
        and "China" in model_sheet.browser.toPlainText()
    )


def test_system_spec_sheet_has_no_edit_button(qtbot, state, shipped_catalog):
    system = shipped_catalog.systems()[0]
    sheet = sheet_for(qtbot, state, "systems", system.id)
    assert not sheet.edit_button.isVisibleTo(sheet)
    assert system.name in sheet.title.text()


# --- the form --------------------------------------------------------------------------------


def test_invalid_input_disables_save_and_names_the_problem(qtbot, state):
    dialog = EditEntryDialog(state, "accelerators")
    qtbot.addWidget(dialog)
    assert not save_button(dialog).isEnabled()  # nothing filled in yet
    assert "Name" in dialog.message.text()
    fill_new_accelerator(dialog, qtbot)
    assert save_button(dialog).isEnabled(), dialog.message.text()
    assert dialog.id_edit.text() == "huawei-lab-card-x1"

    memory = dialog.figures["memory_gib"].value
    for text, words in (
        ("-5", "negative"),
        ("0", "more than 0"),
        ("lots", "not a number"),
        ("1e7", "too large"),
    ):
        memory.setText(text)
        assert not save_button(dialog).isEnabled(), text
        assert "Memory" in dialog.message.text() and words in dialog.message.text()
        assert memory.property("invalid") is True and words in memory.toolTip()
    memory.setText("")  # unknown is allowed
    assert save_button(dialog).isEnabled()
    assert memory.property("invalid") is False

    choose(dialog.text_widgets["vendor"], "")
    assert not save_button(dialog).isEnabled() and "Vendor" in dialog.message.text()
    choose(dialog.text_widgets["vendor"], "huawei")
    dialog.id_edit.setText("nvidia-h100-sxm")  # taken by a shipped part
    dialog._on_id_edited("nvidia-h100-sxm")
    assert not save_button(dialog).isEnabled() and "already in the catalog" in dialog.message.text()
    dialog.id_edit.setText("Bad Id")
    dialog._on_id_edited("Bad Id")
    assert not save_button(dialog).isEnabled() and "lowercase" in dialog.message.text()


def test_release_year_must_be_whole_and_model_counts_consistent(qtbot, state):
    dialog = EditEntryDialog(state, "models")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "My MoE 30B")
    dialog.figures["total_params_b"].value.setText("30")
    dialog.figures["active_params_b"].value.setText("45")
    assert not save_button(dialog).isEnabled() and "cannot exceed" in dialog.message.text()
    dialog.figures["active_params_b"].value.setText("3")
    dialog.figures["layers"].value.setText("48.5")
    assert not save_button(dialog).isEnabled() and "whole number" in dialog.message.text()
    dialog.figures["layers"].value.setText("48")
    assert save_button(dialog).isEnabled(), dialog.message.text()


def test_adding_an_accelerator_lists_selects_and_keeps_it(
    qtbot, own_state, catalog_file, monkeypatch
):
    _catalog, path = catalog_file
    panel = CatalogPanel(own_state)
    qtbot.addWidget(panel)

    def fill_and_save(dialog):
        fill_new_accelerator(dialog, qtbot)
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(EditEntryDialog, "exec", fill_and_save)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)

    assert "huawei-lab-card-x1" in panel.visible_ids()
    model = panel.models["accelerators"]
    row = model.row_of("huawei-lab-card-x1")
    assert model.index(row, model.column_of("name")).data() == "Lab Card X1 (yours)"
    assert model.index(row, model.column_of("memory_gib")).data() == "128"
    assert model.index(row, model.column_of("fp8_tflops")).data() == "unknown"
    assert own_state.scenario.accelerator_ids == ("huawei-lab-card-x1",)  # selected on adding
    assert model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    with Catalog.open(str(path)) as reopened:
        saved = reopened.accelerator("huawei-lab-card-x1")
    assert saved.layer == "user" and saved.status == "announced"
    assert saved.memory_bw_gbps.value == 3200 and saved.memory_bw_gbps.confidence == "measured"
    assert saved.memory_gib.note == "Source: my measurement, 2026-11"
    assert saved.tdp_w.source == "nvidia-h100-datasheet" and saved.tdp_w.confidence == "estimate"

    sheet = sheet_for(qtbot, own_state, "accelerators", "huawei-lab-card-x1")
    text = sheet.browser.toPlainText()
    assert (
        "(yours)" in sheet.title.text() and "my measurement, 2026-11" in text and "measured" in text
    )


def test_editing_from_the_spec_sheet_goes_to_the_user_layer_and_can_be_undone(
    qtbot, own_state, monkeypatch
):
    catalog = own_state.catalog
    shipped = catalog.accelerator("nvidia-h20")
    sheet = sheet_for(qtbot, own_state, "accelerators", "nvidia-h20")
    panel = CatalogPanel(own_state)
    qtbot.addWidget(panel)

    def change_memory(dialog):
        assert dialog.figures["memory_gib"].value.text() == "96"
        assert (
            dialog.figures["memory_gib"].confidence.currentData() == shipped.memory_gib.confidence
        )
        dialog.figures["memory_gib"].value.setText("141")
        dialog.figures["memory_gib"].note.setText("our vendor's quote")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(EditEntryDialog, "exec", change_memory)
    with qtbot.waitSignal(own_state.catalog_changed):
        qtbot.mouseClick(sheet.edit_button, Qt.MouseButton.LeftButton)
    edited = catalog.accelerator("nvidia-h20")
    assert edited.layer == "user" and edited.memory_gib.value == 141
    assert edited.memory_gib.note == "our vendor's quote"
    assert (
        edited.memory_bw_gbps == shipped.memory_bw_gbps
    )  # the other figures are kept as they were
    assert edited.notes == shipped.notes and edited.export_control == shipped.export_control
    assert "141" in sheet.browser.toPlainText() and "(yours)" in sheet.title.text()
    model = panel.models["accelerators"]
    assert model.index(model.row_of("nvidia-h20"), model.column_of("memory_gib")).data() == "141"

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    assert sheet.revert_button.isVisibleTo(sheet)
    qtbot.mouseClick(sheet.revert_button, Qt.MouseButton.LeftButton)
    assert catalog.accelerator("nvidia-h20").memory_gib.value == 96
    assert catalog.accelerator("nvidia-h20").layer == "shipped"
    assert model.index(model.row_of("nvidia-h20"), model.column_of("memory_gib")).data() == "96"


def test_saving_an_untouched_form_writes_nothing(qtbot, own_state):
    catalog = own_state.catalog
    for kind, entity_id in (("accelerators", "huawei-ascend-910c"), ("models", "deepseek-r1")):
        dialog = EditEntryDialog(own_state, kind, catalog.get(kind, entity_id))
        qtbot.addWidget(dialog)
        assert save_button(dialog).isEnabled(), dialog.message.text()
        dialog.accept()
        assert dialog.result() == dialog.DialogCode.Accepted
        assert catalog.user_ids(kind) == ()
