"""`accel-planner catalog ...` through desktop_app.cli.main, in-process (fast), on a temp database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main

MINI_SEED = Path(__file__).resolve().parent.parent / "fixtures" / "mini_seed"


@pytest.fixture(scope="module")
def shipped_db(tmp_path_factory) -> Path:
    """A catalog database file seeded from db/seed once for this module (commands only read it)."""
    from desktop_app.catalog.store import Catalog

    path = tmp_path_factory.mktemp("cli") / "catalog.sqlite"
    Catalog.open(str(path)).close()
    return path


@pytest.fixture
def db(shipped_db, monkeypatch) -> Path:
    monkeypatch.setenv("ACCEL_PLANNER_DB", str(shipped_db))
    return shipped_db


@pytest.fixture
def scratch_db(tmp_path, monkeypatch) -> Path:
    """A writable database seeded from the tiny synthetic seed (for import)."""
    from desktop_app import paths
    from desktop_app.catalog.store import Catalog

    path = tmp_path / "scratch.sqlite"
    monkeypatch.setattr(paths, "seed_dir", lambda: MINI_SEED)
    Catalog.open(str(path)).close()
    monkeypatch.setenv("ACCEL_PLANNER_DB", str(path))
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_accelerators_json(db, capsys):
    code, out, _ = run(capsys, "catalog", "list", "--kind", "accelerators", "--json")
    assert code == 0
    items = json.loads(out)
    ids = {item["id"] for item in items}
    assert {"nvidia-h100-sxm", "huawei-ascend-910c", "cambricon-mlu590"} <= ids
    h100 = next(item for item in items if item["id"] == "nvidia-h100-sxm")
    assert set(h100["memory_gib"]) == {"value", "source", "confidence", "note"}


def test_list_models_json_has_architecture_and_computed_params(db, capsys):
    code, out, _ = run(capsys, "catalog", "list", "--kind", "models", "--json")
    assert code == 0
    models = {item["id"]: item for item in json.loads(out)}
    v3 = models["deepseek-v3"]
    assert v3["attention"] == "mla" and v3["layers"]["value"] == 61
    assert 650 < v3["computed_total_params_b"] < 700
    assert 30 < v3["computed_active_params_b"] < 45
    dense = models["llama-3.1-8b"]
    assert dense["computed_total_params_b"] == pytest.approx(dense["computed_active_params_b"])


@pytest.mark.parametrize(
    "kind", ["systems", "runtimes", "stacks", "support", "measured", "sources", "vendors"]
)
def test_list_other_kinds(db, capsys, kind):
    code, out, _ = run(capsys, "catalog", "list", "--kind", kind, "--json")
    assert code == 0 and json.loads(out)
    code, out, _ = run(capsys, "catalog", "list", "--kind", kind)
    assert code == 0 and out.strip()


def test_show_gives_every_spec_with_source_and_confidence(db, capsys):
    code, out, _ = run(capsys, "catalog", "show", "huawei-ascend-910c", "--json")
    assert code == 0
    item = json.loads(out)
    assert (
        item["catalog_kind"] == "accelerators"
        and item["kind"] == "npu"
        and item["vendor"] == "huawei"
    )
    assert item["memory_gib"]["value"] > 0 and item["memory_gib"]["confidence"]
    assert item["memory_gib"]["source"] in item["sources"]
    assert "fp4_tflops" in item  # unknown figures are listed too, as null
    for name in ("memory_gib", "memory_bw_gbps", "bf16_tflops", "tdp_w", "price_usd"):
        spec = item[name]
        assert set(spec) == {"value", "source", "confidence", "note"}
        assert spec["value"] is None or spec["confidence"]
    code, out, _ = run(capsys, "catalog", "show", "huawei-ascend-910c")
    assert code == 0 and "memory_gib" in out and "unknown" in out


def test_show_model_and_runtime(db, capsys):
    code, out, _ = run(capsys, "catalog", "show", "qwen3-235b-a22b")
    assert code == 0 and "computed total params" in out
    code, out, _ = run(capsys, "catalog", "show", "vllm", "--json")
    assert code == 0 and json.loads(out)["catalog_kind"] == "runtimes"


def test_show_unknown_id_is_bad_input(db, capsys):
    code, out, err = run(capsys, "catalog", "show", "nvidia-h999")
    assert code == 2
    assert "unknown catalog entry id 'nvidia-h999'" in err and out == ""


def test_export_and_import(scratch_db, tmp_path, capsys):
    exported = tmp_path / "accs.csv"
    code, out, _ = run(capsys, "catalog", "export", str(exported))
    assert code == 0 and "exported 2 rows" in out
    code, out, _ = run(capsys, "catalog", "import", str(exported))
    assert code == 0 and "imported 2 accelerators" in out
    code, _, _ = run(capsys, "catalog", "export", str(tmp_path / "all.json"))
    assert code == 0 and json.loads((tmp_path / "all.json").read_text())["models"]
    code, _, _ = run(capsys, "catalog", "export", str(tmp_path / "models.csv"), "--kind", "models")
    assert code == 0 and (tmp_path / "models.csv").read_text().startswith("id,name,developer")


def test_bad_import_exits_2_and_changes_nothing(scratch_db, tmp_path, capsys):
    before = tmp_path / "before.json"
    run(capsys, "catalog", "export", str(before))
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "id,name,vendor,memory_gib,memory_gib_confidence\nok-1,Ok,acme,8,estimate\nbad-1,Bad,acme,-8,estimate\n"
    )
    code, _, err = run(capsys, "catalog", "import", str(bad))
    assert code == 2
    assert "row 3: memory_gib: must not be negative" in err
    after = tmp_path / "after.json"
    run(capsys, "catalog", "export", str(after))
    assert after.read_bytes() == before.read_bytes()


def test_import_missing_file_and_bad_format(scratch_db, tmp_path, capsys):
    code, _, err = run(capsys, "catalog", "import", str(tmp_path / "nope.csv"))
    assert code == 2 and "no such file" in err
    code, _, err = run(capsys, "catalog", "export", str(tmp_path / "out.txt"))
    assert code == 2 and "unknown format" in err


def test_db_option_points_at_another_database(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("ACCEL_PLANNER_DB", raising=False)
    from desktop_app import paths

    monkeypatch.setattr(paths, "seed_dir", lambda: MINI_SEED)
    target = tmp_path / "other.sqlite"
    code, out, _ = run(capsys, "--db", str(target), "catalog", "list", "--json")
    assert code == 0 and {i["id"] for i in json.loads(out)} == {"acme-x1", "bolt-b2"}
    assert target.exists()


def test_summary(db, capsys):
    from desktop_app.commands.catalog import print_summary

    assert print_summary() == 0
    out = capsys.readouterr().out
    assert "accelerators" in out and "Huawei" in out
