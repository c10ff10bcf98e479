"""The PDF report and the plot images: what a reader of the file would find in it."""

from __future__ import annotations

import datetime as dt
import os
import re
import xml.etree.ElementTree as ET
from html import unescape

import pytest

from desktop_app.catalog.store import Catalog
from desktop_app.plans.document import Plan
from desktop_app.plans.results import compute_results
from desktop_app.ui import report, report_content
from desktop_app.ui.demos import demo_scenarios
from desktop_app.ui.report_content import fmt, recommend

pypdf = pytest.importorskip("pypdf")

DEMO = "deepseek-r1-910c-h20-h200"


@pytest.fixture(scope="module")
def catalog():
    catalog = Catalog.open(":memory:")
    yield catalog
    catalog.close()


@pytest.fixture(scope="module")
def results(catalog):
    return compute_results(catalog, demo_scenarios()[DEMO])


@pytest.fixture(scope="module")
def plan():
    return Plan(title="DeepSeek-R1 serving options", customer="Example Cloud Co.",
                author="Jane Analyst", date=dt.date(2026, 11, 23),
                notes="Budget approved for up to 64 devices.", scenario=demo_scenarios()[DEMO])


def _pdf_text(path) -> tuple[int, str]:
    reader = pypdf.PdfReader(str(path))
    # Zero-width spaces let long URLs wrap in the PDF; drop them before searching.
    text = "\n".join(page.extract_text() or "" for page in reader.pages).replace("\u200b", "")
    return len(reader.pages), text


def test_pdf_has_every_part_of_the_report(qtbot, tmp_path, plan, results, catalog):
    path = report.render_pdf(plan, results, catalog, tmp_path / "report.pdf")
    assert path == tmp_path / "report.pdf"
    pages, text = _pdf_text(path)
    # Cover, contents, summary, assumptions, comparison, six plots, three spec sheets, method.
    assert 16 <= pages <= 40
    flat = " ".join(text.split())
    for words in ("DeepSeek-R1 serving options", "Example Cloud Co.", "Jane Analyst",
                  "Table of contents", "Summary", "Scenario and assumptions", "Comparison",
                  "Methodology", "Disclaimer", "Vendor claims are not measurements",
                  "Spec sheet", "How to read it", f"page 1 of {pages}", f"page {pages} of {pages}"):
        assert words in flat, words
    for name in ("Ascend 910C", "NVIDIA H20 96GB", "NVIDIA H200 SXM 141GB"):
        assert name in flat
    # A figure of the comparison table, formatted as the table shows it.
    served = [r for r in results.rows if r.tokens_per_s_per_device is not None]
    assert served
    for row in served:
        assert fmt(row.tokens_per_s_per_device) in flat
    # The recommendation is the cheapest option per million tokens that meets the targets.
    rec = recommend(results)
    assert rec.index is not None
    cheapest = min((r for r in served if r.usd_per_million_tokens is not None),
                   key=lambda r: r.usd_per_million_tokens)
    assert results.rows[rec.index] is cheapest
    assert f"Recommended: {cheapest.name}" in flat
    # The plots are vector drawings: no page carries a bitmap.
    assert not any(page.images for page in pypdf.PdfReader(str(path)).pages)
    # No temporary file is left behind.
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_summary_says_plainly_when_nothing_meets_the_targets(qtbot, catalog):
    scenario = demo_scenarios()[DEMO].with_changes(tpot_target_ms=0.5)
    rec = recommend(compute_results(catalog, scenario))
    assert rec.index is None
    assert "None of the selected options" in rec.headline
    assert any("Closest" in reason for reason in rec.reasons)


@pytest.mark.parametrize("fmt_name", ["png", "svg"])
def test_plot_images_one_file_per_plot(qtbot, tmp_path, results, fmt_name):
    from desktop_app.ui.main_window import TAB_NAMES

    paths = report.render_plot_images(results, tmp_path / "plots", fmt_name, size=(600, 400))
    assert [p.name for p in paths] == [f"{name}.{fmt_name}" for name in TAB_NAMES]
    for path in paths:
        data = path.read_bytes()
        assert len(data) > 1000, path
        if fmt_name == "png":
            assert data.startswith(b"\x89PNG")
        else:
            root = ET.fromstring(data)
            assert root.tag.endswith("svg")
            # Vector drawing, not an embedded bitmap.
            assert b"<image" not in data and (b"<path" in data or b"<polyline" in data)
    assert sorted(p.name for p in (tmp_path / "plots").iterdir()) == sorted(p.name for p in paths)


def test_failed_write_keeps_the_old_file_and_names_the_path(qtbot, tmp_path, monkeypatch, plan,
                                                            results, catalog):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"the previous report")

    def refuse(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="report.pdf") as info:
        report.render_pdf(plan, results, catalog, path)
    assert isinstance(info.value, report.ReportError)
    assert str(path) in str(info.value)
    assert path.read_bytes() == b"the previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_pdf_of_a_scenario_without_results_still_explains_itself(qtbot, tmp_path, catalog):
    scenario = demo_scenarios()[DEMO].with_changes(accelerator_ids=())
    empty = compute_results(catalog, scenario)
    assert empty.message
    plan = Plan(title="Empty plan", scenario=scenario)
    pages, text = _pdf_text(report.render_pdf(plan, empty, catalog, tmp_path / "empty.pdf"))
    flat = " ".join(text.split())
    assert pages >= 8
    assert "No recommendation" in flat and "Select at least one accelerator" in flat


def test_contents_page_numbers_point_at_their_sections(qtbot, tmp_path, plan, results, catalog):
    path = report.render_pdf(plan, results, catalog, tmp_path / "report.pdf")
    pages = [" ".join((p.extract_text() or "").replace("\u200b", "").split())
             for p in pypdf.PdfReader(str(path)).pages]
    contents = next(text for text in pages if "Table of contents" in text)
    for entry, opening in (("Summary and recommendation", "Summary This report compares"),
                           ("Comparison", "Comparison Each option is sized"),
                           ("Methodology and uncertainty", "Methodology The planner estimates")):
        page = int(re.search(re.escape(entry) + r" (\d+)", contents).group(1))
        assert opening in pages[page - 1], (entry, page)


def _black(accelerator_id: str) -> str:
    return "#000000"


def _flat(html: str) -> str:
    """What a reader sees of rich text: the words, without tags or line breaks."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_chinese_report_shows_money_in_yuan_at_the_plans_rate(qtbot, tmp_path, plan, results,
                                                               catalog):
    rate = plan.scenario.cost.cny_per_usd
    best = results.rows[recommend(results).index]
    path = report.render_pdf(plan, results, catalog, tmp_path / "zh.pdf", language="zh_CN")
    flat = "".join(_pdf_text(path)[1].split())
    # The recommended option's TCO, converted: in the recommendation and the key figures.
    tco = f"¥{fmt(best.tco_usd * rate)}"
    assert flat.count(tco) >= 2, tco
    # Its cost per million tokens (2 decimals in yuan) and the comparison table's TCO in 百万元.
    assert f"¥{fmt(best.usd_per_million_tokens * rate, 2)}" in flat
    assert fmt(best.tco_usd * rate / 1e6, 2) in flat and "（百万元）" in flat
    # A catalog price, converted, with the source's dollars under it.
    h20 = catalog.accelerator("nvidia-h20")
    assert f"¥{fmt(h20.price_usd.value * rate)}{fmt(h20.price_usd.value)}美元" in flat
    # Where the yuan come from, in the summary and in the cost inputs.
    assert flat.count(f"1美元={rate:g}元") == 2
    # No dollar figure left from the estimator: only the sources' own text says USD.
    assert f"{fmt(best.tco_usd)}USD" not in flat and f"{fmt(best.tco_usd)}美元" not in flat


def test_english_report_keeps_dollars(qtbot, plan, results, catalog):
    best = results.rows[recommend(results).index]
    summary = _flat(report_content.summary_html(plan, results, catalog, _black))
    assert f"Its total cost of ownership over 5 years is {fmt(best.tco_usd)} USD." in summary
    assert f"Cost per million output tokens (USD) {fmt(best.usd_per_million_tokens, 3)}" in summary
    assert "¥" not in summary and "CNY per USD" not in summary
    comparison = _flat(report_content.comparison_html(results, _black))
    assert "Cost per M tokens (USD)" in comparison and "(M USD)" in comparison
    assert fmt(best.tco_usd / 1e6, 2) in comparison


def test_report_money_follows_the_currency_chosen_in_preferences(qtbot, plan, results, catalog):
    """The plots convert with the preference (desktop_app.ui.money); the text must agree."""
    from desktop_app.ui import i18n, settings

    rate = plan.scenario.cost.cny_per_usd
    best = results.rows[recommend(results).index]
    settings.set_("currency", "CNY")
    summary = _flat(report_content.summary_html(plan, results, catalog, _black))
    assert f"is ¥{fmt(best.tco_usd * rate)}." in summary
    assert f"at this plan's exchange rate of {rate:g} CNY per USD" in summary
    settings.set_("currency", "USD")
    with i18n.using_language("zh_CN"):
        summary = _flat(report_content.summary_html(plan, results, catalog, _black))
    assert f"{fmt(best.tco_usd)} 美元" in summary and "¥" not in summary
