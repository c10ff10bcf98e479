"""desktop_app.selftest: its file checks and its verdict (the full run is `make bundle-smoke`)."""

import io
import zipfile

import pytest

from desktop_app import selftest


def test_a_well_formed_pdf_passes_and_a_truncated_one_fails(tmp_path):
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n" + b" " * 5000 + b"\n%%EOF\n")
    assert selftest._check_pdf(pdf).startswith("1 page(s)")
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Pages >> endobj\n" + b" " * 5000)
    with pytest.raises(selftest.CheckFailed, match="truncated"):
        selftest._check_pdf(pdf)


def _xlsx(rows: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as book:
        book.writestr("[Content_Types].xml", "<Types/>")
        book.writestr("xl/workbook.xml", "<workbook/>")
        book.writestr(
            "xl/worksheets/sheet1.xml", "<sheetData>" + "<row r='1'></row>" * rows + "</sheetData>"
        )
    return buffer.getvalue()


def test_an_xlsx_needs_a_sheet_with_data_under_its_header(tmp_path):
    book = tmp_path / "plan.xlsx"
    book.write_bytes(_xlsx(3))
    assert selftest._check_xlsx(book) == "1 sheet(s), 3 rows"
    book.write_bytes(_xlsx(1))
    with pytest.raises(selftest.CheckFailed, match="no sheet has a row of data"):
        selftest._check_xlsx(book)
    book.write_bytes(b"not a zip")
    with pytest.raises(selftest.CheckFailed, match="not an XLSX"):
        selftest._check_xlsx(book)


def test_a_missing_module_is_not_built_yet_rather_than_a_failure():
    with pytest.raises(selftest.NotBuilt, match="desktop_app.no_such_part"):
        selftest._module("desktop_app.no_such_part", "a part")
    assert selftest._module("desktop_app.paths", "paths").__name__ == "desktop_app.paths"


CHECKS = (
    "check_bundle_data",
    "check_catalog_first_run",
    "check_catalog_reopen",
    "check_migrations",
    "check_scenarios",
    "check_estimate_command",
    "check_main_window",
    "check_plot_tabs",
    "check_export",
)


@pytest.mark.parametrize(
    ("raised", "strict", "status"),
    [
        (None, False, 0),
        (selftest.NotBuilt("x"), False, 0),
        (selftest.NotBuilt("x"), True, 1),
        (selftest.CheckFailed("x"), False, 1),
        (ValueError("x"), False, 1),
    ],
)
def test_verdict(monkeypatch, tmp_path, capsys, raised, strict, status):
    monkeypatch.setattr(selftest._SelfTest, "_isolate", lambda self: None)
    for name in CHECKS:
        monkeypatch.setattr(selftest._SelfTest, name, lambda self, *args: "fine")

    def broken(self):
        if raised is not None:
            raise raised
        return "fine"

    monkeypatch.setattr(selftest._SelfTest, "check_plot_tabs", broken)
    assert selftest.run_self_test(tmp_path, strict=strict) == status
    out = capsys.readouterr().out
    assert ("self-test: passed" in out) == (status == 0)
    if isinstance(raised, selftest.NotBuilt):
        assert "TODO  plot tabs" in out
