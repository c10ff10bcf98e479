"""`accel-planner plan new|export` through desktop_app.cli.main, in-process, on a temp catalog.

Every bad input exits with status 2, names the problem on stderr and leaves an existing OUT file
byte-identical.
"""

from __future__ import annotations

import csv
import errno
import json
import os
import sys
import types
from pathlib import Path

import openpyxl
import pytest

from desktop_app.cli import main
from desktop_app.commands import plan as plan_cmd
from desktop_app.plans import io as plan_io
from desktop_app.plans import load_plan, save_plan
from desktop_app.plans.results import compute_results

OLD = b"the customer's previous export\n"
NEW_ARGS = (
    "plan", "new", "--model", "deepseek-r1",
    "--accelerators", "huawei-ascend-910c,nvidia-h20,nvidia-h200-sxm",
    "--weight-precision", "int8", "--runtime", "sglang", "--input-len", "2048",
    "--output-len", "1024", "--concurrency-max", "128", "--tpot-slo-ms", "50",
    "--tokens-per-day", "5e9", "--title", "DeepSeek-R1 for ACME", "--customer", "ACME Cloud",
    "--author", "Jane Analyst",
)  # fmt: skip


@pytest.fixture(scope="module")
def shipped_db(tmp_path_factory) -> Path:
    """A catalog database seeded from db/seed once for this module (the commands only read it)."""
    from desktop_app.catalog.store import Catalog

    path = tmp_path_factory.mktemp("plan-cli") / "catalog.sqlite"
    Catalog.open(str(path)).close()
    return path


@pytest.fixture
def db(shipped_db, monkeypatch) -> Path:
    monkeypatch.setenv("ACCEL_PLANNER_DB", str(shipped_db))
    return shipped_db


@pytest.fixture(scope="module")
def made_plan(shipped_db, tmp_path_factory) -> Path:
    """`plan new` run once for the module; tests export from copies of it."""
    path = tmp_path_factory.mktemp("plan") / "acme.accplan.json"
    saved = os.environ.get("ACCEL_PLANNER_DB")
    os.environ["ACCEL_PLANNER_DB"] = str(shipped_db)
    try:
        assert main([*NEW_ARGS, "--out", str(path)]) == 0
    finally:
        if saved is None:
            del os.environ["ACCEL_PLANNER_DB"]
        else:
            os.environ["ACCEL_PLANNER_DB"] = saved
    return path


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def existing(path: Path) -> Path:
    path.write_bytes(OLD)
    return path


# --- plan new ----------------------------------------------------------------------------------


def test_plan_new_saves_the_scenario_with_its_results(db, tmp_path, capsys):
    out = tmp_path / "new.accplan.json"
    code, stdout, err = run(capsys, *NEW_ARGS, "--out", out)
    assert code == 0, err
    assert f"Wrote {out}" in stdout
    assert "Recommended:" in stdout
    plan = load_plan(out)
    s = plan.scenario
    assert (plan.title, plan.customer, plan.author) == ("DeepSeek-R1 for ACME", "ACME Cloud",
                                                       "Jane Analyst")  # fmt: skip
    assert s.accelerator_ids == ("huawei-ascend-910c", "nvidia-h20", "nvidia-h200-sxm")
    assert plan.accelerators == s.accelerator_ids and plan.models == ("deepseek-r1",)
    assert (s.weight_precision, s.runtime_id, s.input_len, s.output_len) == ("int8", "sglang",
                                                                            2048, 1024)  # fmt: skip
    assert (s.concurrency_max, s.tpot_target_ms, s.ttft_target_ms) == (128, 50.0, None)
    assert (s.workload.unit, s.workload.amount) == ("tokens_per_day", 5e9)
    rows = plan.results.data["comparison"]
    assert [r["accelerator_id"] for r in rows] == list(s.accelerator_ids)


def test_plan_new_by_requests_per_second_with_default_title(db, tmp_path, capsys):
    out = tmp_path / "rps.accplan.json"
    code, _, err = run(capsys, "plan", "new", "--model", "qwen3-32b", "--accelerators",
                       "nvidia-h20", "--requests-per-s", "2.5", "--out", out)  # fmt: skip
    assert code == 0, err
    plan = load_plan(out)
    assert (plan.scenario.workload.unit, plan.scenario.workload.amount) == ("requests_per_s", 2.5)
    assert "H20" in plan.title


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (("--model", "acme-llm"), "--model: 'acme-llm' is not in the catalog"),
        (("--accelerators", "nvidia-h20,acme-x1,acme-x2"),
         "--accelerators: not in the catalog: acme-x1, acme-x2"),
        (("--accelerators", " , "), "--accelerators: give at least one accelerator id"),
        (("--weight-precision", "fp3"), "--weight-precision: expected one of"),
        (("--input-len", "0"), "--input-len: expected a positive integer"),
        (("--tpot-slo-ms", "-5"), "--tpot-slo-ms: expected a number greater than 0"),
        (("--tokens-per-day", "0"), "--tokens-per-day/--requests-per-s: expected a number"),
        (("--concurrency-max", "0"), "--concurrency-max"),
        (("--title", "two\nlines"), "title"),
    ],
)  # fmt: skip
def test_plan_new_bad_input_exits_2_and_keeps_out(db, tmp_path, capsys, extra, message):
    out = existing(tmp_path / "p.accplan.json")
    args = {**dict(zip(NEW_ARGS[2::2], NEW_ARGS[3::2], strict=False))}
    argv = ["plan", "new"]
    for key, value in args.items():
        if key not in extra[0::2]:
            argv += [key, value]
    argv += [*extra, "--out", out]
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert message in err, err
    assert out.read_bytes() == OLD


@pytest.mark.parametrize(
    "extra",
    [
        ("--input-len", "many"),  # not a number: argparse's own message and status
        ("--tokens-per-day", "1e9", "--requests-per-s", "3"),  # two workloads
    ],
)
def test_plan_new_usage_errors_exit_2(db, tmp_path, capsys, extra):
    out = existing(tmp_path / "p.accplan.json")
    with pytest.raises(SystemExit) as caught:
        main(["plan", "new", "--model", "deepseek-r1", "--accelerators", "nvidia-h20", *extra,
              "--out", str(out)])  # fmt: skip
    assert caught.value.code == 2
    assert "--" in capsys.readouterr().err
    assert out.read_bytes() == OLD


def test_plan_new_into_a_read_only_folder_exits_2(db, tmp_path, capsys, monkeypatch):
    out = existing(tmp_path / "p.accplan.json")
    monkeypatch.setattr(plan_io.os, "replace", _fail(errno.EROFS, "Read-only file system"))
    code, _, err = run(capsys, *NEW_ARGS, "--out", out)
    monkeypatch.undo()
    assert code == 2
    assert str(out) in err and "read-only" in err
    assert out.read_bytes() == OLD


# --- plan export -------------------------------------------------------------------------------


def test_export_xlsx_end_to_end(db, made_plan, tmp_path, capsys):
    out = existing(tmp_path / "acme.xlsx")
    code, stdout, err = run(capsys, "plan", "export", made_plan, "--xlsx", out)
    assert code == 0, err
    assert f"Wrote {out}" in stdout
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Summary", "Comparison", "Sweep", "Assumptions", "Sources"]
    # The numbers are the estimator's for the plan's scenario on this catalog.
    from desktop_app.catalog.store import Catalog

    with Catalog.open(str(db)) as catalog:
        results = compute_results(catalog, load_plan(made_plan).scenario)
    sheet = book["Comparison"]
    header = [c.value for c in sheet[1]]
    tpot = header.index("Time per output token (ms)")
    devices = header.index("Devices in all (count)")
    for cells, row in zip(sheet.iter_rows(min_row=2, values_only=True), results.rows, strict=True):
        assert cells[0] == row.accelerator_id
        assert cells[devices] == row.devices
        assert cells[tpot] == pytest.approx(row.tpot_ms, rel=1e-15)


def test_export_xlsx_in_chinese_has_chinese_sheets_headers_and_the_same_numbers(db, made_plan, tmp_path, capsys):
    out = tmp_path / "acme-zh.xlsx"
    code, _, err = run(capsys, "--lang", "zh_CN", "plan", "export", made_plan, "--xlsx", out)
    assert code == 0, err
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["摘要", "对比", "并发扫描", "假设", "来源"]
    header = [c.value for c in book["对比"][1]]
    assert "每输出 token 时延 TPOT（毫秒）" in header
    code, _, err = run(capsys, "plan", "export", made_plan, "--xlsx", tmp_path / "en.xlsx")
    assert code == 0, err
    english = openpyxl.load_workbook(tmp_path / "en.xlsx")
    column = header.index("每输出 token 时延 TPOT（毫秒）")
    en_column = [c.value for c in english["Comparison"][1]].index("Time per output token (ms)")
    zh_values = [r[column] for r in book["对比"].iter_rows(min_row=2, values_only=True)]
    en_values = [r[en_column] for r in english["Comparison"].iter_rows(min_row=2, values_only=True)]
    assert zh_values == en_values


def test_export_csv_writes_comparison_and_sweep_beside_it(db, made_plan, tmp_path, capsys):
    out = existing(tmp_path / "acme.csv")
    code, stdout, err = run(capsys, "plan", "export", made_plan, "--csv", out)
    assert code == 0, err
    sweep = tmp_path / "acme-sweep.csv"
    assert f"Wrote {sweep}" in stdout
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["accelerator_id"] for r in rows] == ["huawei-ascend-910c", "nvidia-h20",
                                                   "nvidia-h200-sxm"]  # fmt: skip
    snap = {r["accelerator_id"]: r for r in load_plan(made_plan).results.data["comparison"]}
    for row in rows:
        if row["tpot_ms"]:
            assert float(row["tpot_ms"]) == snap[row["accelerator_id"]]["tpot_ms"]
    with open(sweep, encoding="utf-8-sig", newline="") as handle:
        sweep_rows = list(csv.DictReader(handle))
    assert {r["metric"] for r in sweep_rows} >= {"ttft_ms", "tpot_ms", "output_tokens_per_s"}


def test_export_json_is_the_plan_with_a_fresh_snapshot(db, made_plan, tmp_path, capsys):
    out = existing(tmp_path / "acme.accplan.json")
    code, _, err = run(capsys, "plan", "export", made_plan, "--json", out)
    assert code == 0, err
    original, exported = load_plan(made_plan), load_plan(out)
    assert exported == original  # same catalog, same scenario: the same plan and snapshot


def test_export_with_some_unknown_accelerators_warns_and_exports_the_rest(
    db, made_plan, tmp_path, capsys
):
    plan = load_plan(made_plan)
    ids = ("acme-x1", "nvidia-h20")
    odd = plan.with_changes(scenario=plan.scenario.with_changes(accelerator_ids=ids),
                            accelerators=ids)  # fmt: skip
    path = tmp_path / "odd.accplan.json"
    save_plan(odd, path)
    out = tmp_path / "odd.csv"
    code, _, err = run(capsys, "plan", "export", path, "--csv", out)
    assert code == 0, err
    assert "warning" in err and "acme-x1" in err
    with open(out, encoding="utf-8-sig", newline="") as handle:
        assert [r["accelerator_id"] for r in csv.DictReader(handle)] == ["nvidia-h20"]
    # The JSON export keeps the unknown id in the plan (loading never drops ids).
    code, _, _ = run(capsys, "plan", "export", path, "--json", tmp_path / "odd2.accplan.json")
    assert code == 0
    assert load_plan(tmp_path / "odd2.accplan.json").scenario.accelerator_ids == ids


def _plan_text(made_plan: Path) -> dict:
    return json.loads(made_plan.read_text(encoding="utf-8"))


def _bad_plans(made_plan: Path) -> dict[str, tuple[bytes | None, str]]:
    """name -> (file content, or None for no file; the message expected on stderr)."""
    good = _plan_text(made_plan)

    def changed(**edits):
        data = json.loads(json.dumps(good))
        for dotted, value in edits.items():
            target = data
            *parents, last = dotted.split("__")
            for key in parents:
                target = target[key]
            target[last] = value
        return json.dumps(data).encode()

    return {
        "malformed json": (b'{"format": "accelerator-planner-plan", ', "not valid JSON"),
        "not json at all": (b"\x89PNG\r\n", "not UTF-8"),
        "wrong type": (changed(scenario__input_len="long"), "scenario.input_len"),
        "wrong top-level type": (b"[1, 2, 3]", "expected"),
        "newer schema": (changed(schema_version=99), "newer version"),
        "unknown model": (changed(scenario__model_id="acme-llm"),
                          "'acme-llm' is not in the catalog"),
        "no known accelerator": (changed(scenario__accelerator_ids=["acme-x1", "acme-x2"]),
                                 "none of the plan's accelerators is in the catalog"),
        "no accelerator": (changed(scenario__accelerator_ids=[]), "selects no accelerator"),
        "missing file": (None, "no such file"),
    }  # fmt: skip


BAD_PLAN_NAMES = (
    "malformed json", "not json at all", "wrong type", "wrong top-level type", "newer schema",
    "unknown model", "no known accelerator", "no accelerator", "missing file",
)  # fmt: skip


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "json", "pdf", "png"])
@pytest.mark.parametrize("name", BAD_PLAN_NAMES)
def test_bad_plan_exits_2_and_keeps_out(db, made_plan, tmp_path, capsys, name, fmt):
    content, message = _bad_plans(made_plan)[name]
    plan = tmp_path / "bad.accplan.json"
    if content is not None:
        plan.write_bytes(content)
    out = existing(tmp_path / f"out.{fmt}")
    code, _, err = run(capsys, "plan", "export", plan, f"--{fmt}", out)
    assert code == 2, err
    assert message in err, err
    assert out.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in (plan, out) if p.exists()
    )


def _fail(code: int, text: str):
    def fail(*args, **kwargs):
        raise OSError(code, text)

    return fail


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "json"])
@pytest.mark.parametrize(
    ("code", "message"),
    [(errno.EROFS, "the destination is read-only"), (errno.ENOSPC, "the disk is full")],
)
def test_unwritable_destination_exits_2_and_keeps_out(
    db, made_plan, tmp_path, capsys, monkeypatch, fmt, code, message
):
    out = existing(tmp_path / f"out.{fmt}")
    sweep = existing(tmp_path / "out-sweep.csv")
    monkeypatch.setattr(plan_io.os, "fsync", _fail(code, "refused"))
    status, _, err = run(capsys, "plan", "export", made_plan, f"--{fmt}", out)
    monkeypatch.undo()
    assert status == 2
    assert str(out if fmt != "csv" else sweep) in err and message in err, err
    assert out.read_bytes() == OLD and sweep.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([out.name, sweep.name])


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "json"])
def test_destination_folder_problems_exit_2(db, made_plan, tmp_path, capsys, fmt):
    code, _, err = run(capsys, "plan", "export", made_plan, f"--{fmt}", tmp_path)
    assert code == 2 and "it is a folder" in err
    code, _, err = run(capsys, "plan", "export", made_plan, f"--{fmt}", tmp_path / "no" / "x")
    assert code == 2 and "the folder does not exist" in err


def test_export_needs_exactly_one_format(db, made_plan, tmp_path, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["plan", "export", str(made_plan), "--xlsx", str(tmp_path / "a"), "--csv",
              str(tmp_path / "b")])  # fmt: skip
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        main(["plan", "export", str(made_plan)])
    assert caught.value.code == 2
    capsys.readouterr()


# --- PDF and images go through the Qt report module --------------------------------------------


def test_pdf_export_before_the_report_module_exists_exits_1(
    db, made_plan, tmp_path, capsys, monkeypatch
):
    monkeypatch.setitem(sys.modules, "desktop_app.ui.report", None)  # import fails as if absent
    out = existing(tmp_path / "r.pdf")
    code, _, err = run(capsys, "plan", "export", made_plan, "--pdf", out)
    assert code == 1
    assert "PDF export is not built yet" in err
    assert out.read_bytes() == OLD


@pytest.fixture
def fake_report(monkeypatch):
    """A stand-in for desktop_app.ui.report that records its calls (no Qt needed)."""
    calls = []
    module = types.ModuleType("desktop_app.ui.report")

    def render_pdf(plan, results, catalog, path, language="en"):
        calls.append(("pdf", plan.title, tuple(results.accelerator_ids), language))
        Path(path).write_bytes(b"%PDF-1.7 fake\n")

    def render_plot_images(results, folder, fmt="png"):
        calls.append(("images", Path(folder), fmt))
        paths = []
        for name in ("throughput", "cost"):
            path = Path(folder) / f"{name}.{fmt}"
            path.write_bytes(b"image")
            paths.append(path)
        return paths

    module.render_pdf = render_pdf
    module.render_plot_images = render_plot_images
    monkeypatch.setitem(sys.modules, "desktop_app.ui.report", module)
    monkeypatch.setattr(plan_cmd, "_qt_application", lambda: None)
    return calls


def test_pdf_export_calls_the_report_module(db, made_plan, tmp_path, capsys, fake_report):
    out = tmp_path / "r.pdf"
    code, stdout, err = run(capsys, "plan", "export", made_plan, "--pdf", out)
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF")
    ids = ("huawei-ascend-910c", "nvidia-h20", "nvidia-h200-sxm")
    assert fake_report == [("pdf", "DeepSeek-R1 for ACME", ids, "en")]
    assert os.environ.get("QT_QPA_PLATFORM") == "offscreen"


def test_png_export_to_a_folder_and_to_a_stem(db, made_plan, tmp_path, capsys, fake_report):
    folder = tmp_path / "plots"
    folder.mkdir()
    code, _, err = run(capsys, "plan", "export", made_plan, "--png", folder)
    assert code == 0, err
    assert sorted(p.name for p in folder.iterdir()) == ["cost.png", "throughput.png"]
    code, stdout, err = run(capsys, "plan", "export", made_plan, "--png", folder / "acme")
    assert code == 0, err
    assert sorted(p.name for p in folder.iterdir()) == [
        "acme-cost.png", "acme-throughput.png", "cost.png", "throughput.png",
    ]  # fmt: skip
    assert f"Wrote {folder / 'acme-cost.png'}" in stdout
    code, _, err = run(capsys, "plan", "export", made_plan, "--png", tmp_path / "nowhere" / "x")
    assert code == 2 and "does not exist" in err


def test_image_export_to_a_new_folder_ending_in_a_slash(
    db, made_plan, tmp_path, capsys, fake_report
):
    code, _, err = run(capsys, "plan", "export", made_plan, "--svg", f"{tmp_path / 'new'}/")
    assert code == 0, err
    assert sorted(p.name for p in (tmp_path / "new").iterdir()) == ["cost.svg", "throughput.svg"]
    assert fake_report[-1][2] == "svg"
