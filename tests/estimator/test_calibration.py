"""Calibrated efficiencies: provenance, sanity, and accuracy on the shipped measured results."""

import csv

import numpy as np

from desktop_app.catalog.arrays import measured_rowset
from desktop_app.estimator import calibration
from desktop_app.estimator.fit import METRICS, ape, predict
from desktop_app.estimator.hardware import FAMILIES
from desktop_app.estimator.runtime import RUNTIMES, RuntimeParams
from desktop_app.paths import seed_dir
from tests.estimator import specs


def test_every_fitted_runtime_names_its_rows():
    for name in ("trt-llm", "vllm", "sglang", "llama.cpp"):
        entry = calibration.FITTED["runtime"][name]
        assert entry["rows"], name
        assert 0.05 < entry["compute_eff"] <= 1.0 and 0.2 < entry["memory_eff"] <= 1.0


def test_efficiencies_are_physical():
    rt = calibration.runtime_params(np.arange(len(RUNTIMES))[:, None], np.arange(len(FAMILIES))[None, :])
    for name in RuntimeParams.field_names():
        value = getattr(rt, name)
        assert value.shape == (len(RUNTIMES), len(FAMILIES)), name
        assert np.all(np.isfinite(value)) and np.all(value >= 0), name
    assert np.all(rt.compute_eff <= 0.95) and np.all(rt.memory_eff <= 0.95)


def test_spread_is_wider_for_uncalibrated_families():
    cal = calibration.spread(RUNTIMES.index("vllm"), FAMILIES.index("nvidia-datacenter"))
    uncal = calibration.spread(RUNTIMES.index("vllm"), FAMILIES.index("other-npu"))
    assert uncal > cal


def _seed_rows():
    with (seed_dir() / "measured_results.csv").open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_accuracy_on_measured_results_with_hand_specs():
    """The shipped measured results (same rows as shared/validation/calibration.csv), predicted with
    this file's hand-set specs rather than the catalog's: the calibration is not tied to one copy of
    the figures."""
    rowset, _, skipped = measured_rowset(_seed_rows(), specs.ACCELERATORS, specs.MODELS)
    assert not skipped
    err = ape(predict(rowset), rowset.measured)
    assert not np.any(np.isnan(err))
    assert np.median(err) <= 15.0
    assert np.percentile(err, 90) <= 45.0
    for i, metric in enumerate(METRICS):
        mask = rowset.metric == i
        if mask.any():
            assert np.median(err[mask]) <= 25.0, metric
