"""`accel-planner estimate / validate / size` on the shipped catalog (a throw-away database)."""

import json
import math

import pytest

from desktop_app import cli
from desktop_app.paths import DB_ENV_VAR, seed_dir

THROUGHPUT = ("per_user_tokens_per_s", "output_tokens_per_s", "output_tokens_per_s_per_device",
              "prefill_tokens_per_s", "ttft_ms", "tpot_ms")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return str(tmp_path_factory.mktemp("db") / "catalog.sqlite")


@pytest.fixture
def run(db, monkeypatch, capsys):
    monkeypatch.setenv(DB_ENV_VAR, db)

    def _run(*argv):
        code = cli.main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def test_estimate_deepseek_on_ascend_every_field_with_range(run):
    code, out, _ = run("estimate", "--model", "deepseek-r1", "--accelerator", "huawei-ascend-910c", "--devices",
                       "16", "--ep", "16", "--weight-precision", "int8", "--batch", "max", "--input-len", "2048",
                       "--output-len", "2048", "--json")
    assert code == 0
    p = json.loads(out)
    assert p["fits"] is True
    assert set(p["memory_per_device_gib"]) >= {"weights", "kv_cache", "activations", "overhead", "total", "capacity"}
    for key in THROUGHPUT:
        assert p[key] > 0, key
        assert p["range"]["low"][key] <= p[key] <= p["range"]["high"][key] or key in ("ttft_ms", "tpot_ms")
        assert p["range"]["low"][key] > 0 and p["range"]["high"][key] > 0
    assert p["max_batch"] >= 1 and p["bound"] in ("compute", "memory", "communication", "overhead")
    assert p["breakdown"]["accelerator_specs"]["memory_bw_gbps"]["source"]
    assert math.isclose(p["output_tokens_per_s_per_device"] * 16, p["output_tokens_per_s"], rel_tol=1e-6)


def test_estimate_does_not_fit_says_why(run):
    code, out, _ = run("estimate", "--model", "llama-3.1-405b", "--accelerator", "nvidia-rtx-3090", "--devices", "1")
    assert code == 0
    assert "does not fit" in out and "weights" in out and "GiB" in out
    code, out, _ = run("estimate", "--model", "llama-3.1-405b", "--accelerator", "nvidia-rtx-3090", "--devices", "1",
                       "--json")
    p = json.loads(out)
    assert p["fits"] is False and "weights do not fit" in p["reason"] and p["tpot_ms"] is None


@pytest.mark.parametrize(
    "argv",
    [
        ("--model", "no-such-model", "--accelerator", "nvidia-h100-sxm"),
        ("--model", "llama-3.1-8b", "--accelerator", "no-such-gpu"),
        ("--model", "llama-3.1-8b", "--accelerator", "nvidia-h100-sxm", "--input-len", "0"),
        ("--model", "llama-3.1-8b", "--accelerator", "nvidia-h100-sxm", "--output-len", "-5"),
        ("--model", "llama-3.1-8b", "--accelerator", "nvidia-h100-sxm", "--batch", "nan"),
        ("--model", "llama-3.1-8b", "--accelerator", "nvidia-h100-sxm", "--devices", "inf"),
        ("--model", "llama-3.1-8b", "--accelerator", "nvidia-h100-sxm", "--weight-precision", "fp5"),
        ("--model", "llama-3.1-8b", "--accelerator", "nvidia-h100-sxm", "--devices", "3", "--tp", "2"),
    ],
)
def test_estimate_bad_input_exits_2(run, argv):
    with pytest.raises(SystemExit) as exc:  # argparse refusals exit 2 themselves
        code, _, err = run("estimate", *argv)
        raise SystemExit(code)
    assert exc.value.code == 2


def test_validate_seed_measurements(run):
    code, out, err = run("validate", str(seed_dir() / "measured_results.csv"), "--json")
    assert code == 0
    rows = json.loads(out)
    assert rows and all({"id", "metric", "measured", "predicted"} <= set(r) for r in rows)
    assert not [r for r in rows if r.get("skipped")]
    errors = sorted(r["ape_pct"] for r in rows)
    assert errors[len(errors) // 2] <= 15.0
    assert "median APE" in err


def test_validate_lists_skipped_rows(run, tmp_path):
    path = tmp_path / "rows.csv"
    header = "id,model,accelerator,devices,tp,pp,ep,weight_precision,kv_precision,runtime,batch,input_len," \
             "output_len,tpot_slo_ms,metric,value,source,notes\n"
    path.write_text(header
                    + "A1,llama-3.1-8b,nvidia-h100-sxm,1,1,1,1,bf16,bf16,vllm,1,0,128,,per_user_tokens_per_s,150,x,\n"
                    + "A2,nope,nvidia-h100-sxm,1,1,1,1,bf16,bf16,vllm,1,0,128,,per_user_tokens_per_s,150,x,\n",
                    encoding="utf-8")
    code, out, _ = run("validate", str(path))
    assert code == 0 and "A2" in out and "unknown model" in out and "skipped: 1" in out
    code, _, err = run("validate", str(tmp_path / "missing.csv"))
    assert code == 2 and "no such file" in err


def test_size_json(run):
    code, out, _ = run("size", "--model", "llama-3.3-70b", "--accelerators", "nvidia-h100-sxm,huawei-ascend-910c",
                       "--tokens-per-day", "1e9", "--input-len", "2048", "--output-len", "512", "--tpot-slo-ms",
                       "60", "--json")
    assert code == 0
    p = json.loads(out)
    items = {i["accelerator"]: i for i in p["accelerators"]}
    h100 = items["nvidia-h100-sxm"]
    assert h100["ok"] and h100["devices"] == h100["replicas"] * h100["layout"]["devices_per_replica"]
    assert h100["throughput_range"]["low"] <= h100["throughput_tokens_per_s"] <= h100["throughput_range"]["high"]
    assert h100["tpot_ms"] <= 60
    if h100["cost"]:
        c = h100["cost"]
        assert c["range"]["low"] <= c["cost_per_million_tokens_usd"] <= c["range"]["high"]


@pytest.mark.parametrize(
    "argv",
    [
        ("--model", "llama-3.1-405b", "--accelerators", "nvidia-rtx-3060-12gb", "--requests-per-s", "1",
         "--input-len", "100", "--output-len", "100", "--weight-precision", "bf16"),
        ("--model", "llama-3.1-8b", "--accelerators", "nope", "--requests-per-s", "1", "--input-len", "100",
         "--output-len", "100"),
        ("--model", "llama-3.1-8b", "--accelerators", "nvidia-h100-sxm", "--requests-per-s", "nan", "--input-len",
         "100", "--output-len", "100"),
        ("--model", "llama-3.1-8b", "--accelerators", "nvidia-h100-sxm", "--requests-per-s", "1", "--input-len",
         "0", "--output-len", "100"),
    ],
)
def test_size_bad_input_exits_2(run, argv):
    with pytest.raises(SystemExit) as exc:
        code, _, err = run("size", *argv)
        raise SystemExit(code)
    assert exc.value.code == 2
