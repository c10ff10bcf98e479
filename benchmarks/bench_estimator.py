"""Speed of the estimator: full catalog grid, one GUI refresh, and vectorised vs one-at-a-time.

    python benchmarks/bench_estimator.py

Prints one JSON line: ``grid_configs`` (every catalog accelerator x every model x 256 batch sizes x
16 context lengths; every metric and its log-sigma, the low/high arrays being made on access),
``grid_seconds``, ``configs_per_s``, ``peak_rss_mib``, ``refresh_ms`` (12 accelerators x 4 models
x 256 concurrency points, every metric with its low and high band materialised, median of 50) and
``vs_scalar`` (time per configuration evaluated one at a time through the same functions, over the
vectorised time per configuration, on a sample of 2,000 configurations).
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.catalog.arrays import hardware_arrays, missing_model_specs, model_arrays  # noqa: E402
from desktop_app.catalog.seed import load_seed  # noqa: E402
from desktop_app.estimator.api import BANDED, estimate  # noqa: E402

BATCHES = np.unique(np.round(np.geomspace(1, 4096, 256))).astype(float)
BATCHES = np.concatenate([BATCHES, np.arange(4097, 4097 + 256 - BATCHES.size)]).astype(float)
CONTEXTS = np.geomspace(128, 131072, 16).round()
CHUNK = 4  # accelerators per vectorised call: keeps temporaries small (RSS) and cache-friendly
THREADS = 1  # numpy releases the GIL, but on 2 busy cores a second thread did not pay off



def load():
    seed = load_seed()
    models = [m for m in seed.models if not missing_model_specs(m)]
    return hardware_arrays(seed.accelerators, seed.systems), model_arrays(models), len(seed.accelerators), len(models)


def grid(hw, models, n_acc, n_mod) -> tuple[int, float]:
    m = models.reshape((1, n_mod, 1, 1))
    b = BATCHES.reshape((1, 1, -1, 1))
    ctx = CONTEXTS.reshape((1, 1, 1, -1))
    def chunk(start: int) -> int:
        idx = np.arange(start, min(start + CHUNK, n_acc))
        h = hw.take(idx).reshape((idx.size, 1, 1, 1))
        est = estimate(h, m, runtime="vllm", weight_precision="fp8", batch=b, input_len=ctx, output_len=256)
        return est.result.output_tokens_per_s.size

    t0 = time.perf_counter()
    # Chunks of the accelerator axis, each a full sub-grid; numpy releases the GIL inside its
    # array operations, so two threads use both cores.
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        total = sum(pool.map(chunk, range(0, n_acc, CHUNK)))
    return total, time.perf_counter() - t0


def refresh(hw, models, n_acc, n_mod) -> float:
    h = hw.take(np.arange(12) % n_acc).reshape((12, 1, 1))
    m = models.take(np.arange(4) % n_mod).reshape((1, 4, 1))
    b = np.arange(1, 257, dtype=float).reshape((1, 1, 256))
    times = []
    for _ in range(50):
        t0 = time.perf_counter()
        est = estimate(h, m, runtime="vllm", weight_precision="fp8", batch=b, input_len=2048, output_len=512)
        _ = [est.low[k] for k in BANDED] + [est.high[k] for k in BANDED]  # every band, materialised
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1e3


def scalar(hw, models, n_acc, n_mod, grid_per_config: float, n: int = 2000) -> float:
    rng = np.random.default_rng(0)
    ai, mi = rng.integers(0, n_acc, n), rng.integers(0, n_mod, n)
    bi, ci = rng.integers(0, BATCHES.size, n), rng.integers(0, CONTEXTS.size, n)
    t0 = time.perf_counter()
    for k in range(n):  # deliberately one configuration at a time: the baseline being measured
        estimate(hw.take([ai[k]]), models.take([mi[k]]), runtime="vllm", weight_precision="fp8",
                 batch=BATCHES[bi[k]], input_len=CONTEXTS[ci[k]], output_len=256)
    per_config = (time.perf_counter() - t0) / n
    return per_config / grid_per_config


def main() -> int:
    hw, models, n_acc, n_mod = load()
    estimate(hw.take([0]), models.take([0]))  # warm up imports and caches
    configs, seconds = grid(hw, models, n_acc, n_mod)
    rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    refresh_ms = refresh(hw, models, n_acc, n_mod)
    ratio = scalar(hw, models, n_acc, n_mod, seconds / configs)
    print(json.dumps({
        "grid_configs": configs,
        "accelerators": n_acc,
        "models": n_mod,
        "grid_seconds": round(seconds, 3),
        "configs_per_s": round(configs / seconds),
        "peak_rss_mib": round(rss_mib, 1),
        "refresh_ms": round(refresh_ms, 2),
        "vs_scalar": round(ratio, 1),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
