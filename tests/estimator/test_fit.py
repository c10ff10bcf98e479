"""The fitting code recovers an efficiency it is given, and records where each figure came from."""

import copy
import csv

import numpy as np

from desktop_app.catalog.arrays import measured_rowset
from desktop_app.estimator import calibration
from desktop_app.estimator.fit import fit, predict
from desktop_app.paths import seed_dir
from tests.estimator import specs


def test_fit_recovers_a_known_bandwidth_efficiency():
    with (seed_dir() / "measured_results.csv").open(newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["runtime"] == "llama.cpp" and r["metric"] == "per_user_tokens_per_s"]
    rowset, _, skipped = measured_rowset(rows, specs.ACCELERATORS, specs.MODELS)
    assert not skipped and len(rowset.ids) >= 5
    truth = copy.deepcopy(calibration.PRIORS)
    truth["runtime"]["llama.cpp"]["memory_eff"] = 0.6  # the prior says 0.8
    synthetic = rowset.__class__(**{**rowset.__dict__, "measured": predict(rowset, truth)})
    fitted, report = fit(synthetic, iterations=12)
    assert abs(fitted["runtime"]["llama.cpp"]["memory_eff"] - 0.6) < 0.1
    assert report["median_ape"] < 12.0  # the prior still pulls the other parameters
    assert fitted["runtime"]["llama.cpp"]["rows"] == sorted(rowset.ids)
