"""Everything a scenario's views and exports show, computed once from (catalog, scenario).

Qt-free, so the window, the PDF/XLSX/CSV exports and the command line all show the same numbers.
`compute_results(catalog, scenario)` runs the estimator over every selected accelerator at once:

- a deployment per accelerator: the layout the sizing chose for the workload (cheapest that fits
  and meets the targets), or the scenario's explicit layout;
- the sweep over concurrency of that deployment's replica (throughput, per-user speed, TTFT, TPOT,
  each with its low/high band, and which points are valid);
- the Pareto front of tokens/s per device vs tokens/s per user across candidate layouts;
- memory per device at the operating point, the cost over the years and per million tokens;
- one comparison row per accelerator.

Arrays are indexed [accelerator] or [accelerator, concurrency point]; units are in the names.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from desktop_app.catalog.translations import CONTEXT as CATALOG_CONTEXT
from desktop_app.plans.tables import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Deployment:
    """The layout used for one accelerator and what it serves."""

    devices: int
    tp: int
    pp: int
    ep: int
    replicas: int
    fits: bool
    reason: str
    missing_spec: bool = False  # it cannot be estimated: a figure it needs is unknown


@dataclass(frozen=True)
class ComparisonRow:
    """One row of the comparison table (and of its CSV/XLSX export). None = not available."""

    accelerator_id: str
    name: str
    vendor: str
    layout: str
    devices: int | None
    fits: bool
    reason: str
    max_concurrency: float | None
    ttft_ms: float | None
    tpot_ms: float | None
    tokens_per_s_per_device: float | None
    tokens_per_s_per_device_low: float | None
    tokens_per_s_per_device_high: float | None
    usd_per_million_tokens: float | None
    usd_per_million_tokens_low: float | None
    usd_per_million_tokens_high: float | None
    tco_usd: float | None
    power_kw: float | None
    stack: str
    stack_maturity: float | None
    availability_china: str
    export_control: str
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ScenarioResults:
    scenario: Any
    catalog_version: str
    model_id: str
    model_name: str
    accelerator_ids: tuple[str, ...]
    accelerator_names: tuple[str, ...]
    message: str = ""  # why there is nothing to show ("" when there is)
    deployments: tuple[Deployment, ...] = ()
    concurrency: np.ndarray = field(default_factory=lambda: np.zeros(0))
    # metric -> [A, C] arrays: output_tokens_per_s, output_tokens_per_s_per_device,
    # per_user_tokens_per_s, ttft_ms, tpot_ms; `low`/`high` hold the bands of the same metrics.
    sweep: dict[str, np.ndarray] = field(default_factory=dict)
    sweep_low: dict[str, np.ndarray] = field(default_factory=dict)
    sweep_high: dict[str, np.ndarray] = field(default_factory=dict)
    valid: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), bool))  # [A, C]
    meets_targets: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), bool))  # [A, C]
    # Pareto view: per accelerator, arrays over candidate (layout, concurrency) points.
    pareto_per_user: tuple[np.ndarray, ...] = ()
    pareto_per_device: tuple[np.ndarray, ...] = ()
    pareto_front: tuple[np.ndarray, ...] = ()
    pareto_labels: tuple[tuple[str, ...], ...] = ()
    # Memory per device at the operating point, GiB, [A] each: weights, kv_cache, activations,
    # overhead, capacity.
    memory_gib: dict[str, np.ndarray] = field(default_factory=dict)
    # Cumulative cost by year, USD, [A, years + 1]: capex, porting, power, hosting, maintenance, total.
    tco_by_year_usd: dict[str, np.ndarray] = field(default_factory=dict)
    usd_per_million_tokens: np.ndarray = field(default_factory=lambda: np.zeros(0))
    usd_per_million_tokens_low: np.ndarray = field(default_factory=lambda: np.zeros(0))
    usd_per_million_tokens_high: np.ndarray = field(default_factory=lambda: np.zeros(0))
    # Roofline: per accelerator peak FLOP/s and bandwidth (B/s); operating points' arithmetic
    # intensity (FLOP/byte) and attained FLOP/s, [A, C].
    roofline_peak_flops: np.ndarray = field(default_factory=lambda: np.zeros(0))
    roofline_bandwidth: np.ndarray = field(default_factory=lambda: np.zeros(0))
    roofline_intensity: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))
    roofline_attained: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))
    rows: tuple[ComparisonRow, ...] = ()
    estimate: Any = None  # the estimator's Estimate of the sweep, for `explain`


# --- computation --------------------------------------------------------------------------------

#: The estimator's reasons (estimator.serving.REASONS), here so that lupdate puts them in the
#: translation files; they are shown through translate("Reasons", ...). A test keeps the two equal.
REASON_TEXTS = (
    QT_TRANSLATE_NOOP("Reasons", "missing spec: memory bandwidth unknown"),
    QT_TRANSLATE_NOOP("Reasons", "missing spec: compute throughput unknown for this precision"),
    QT_TRANSLATE_NOOP("Reasons", "missing spec: memory capacity unknown"),
    QT_TRANSLATE_NOOP("Reasons", "missing spec: interconnect bandwidth unknown"),
    QT_TRANSLATE_NOOP("Reasons", "invalid layout: devices must be a multiple of tp x pp, and ep must divide devices"),
    QT_TRANSLATE_NOOP("Reasons", "weights do not fit in device memory"),
    QT_TRANSLATE_NOOP("Reasons", "KV cache of the requested batch and context does not fit"),
    QT_TRANSLATE_NOOP("Reasons", "input and output lengths must be positive"),
    QT_TRANSLATE_NOOP("Reasons", "saturated: the requested load exceeds what this deployment can serve"),
)


def same_text(context: str, text: str) -> str:
    """The default `translate`: English as written. The GUI passes QCoreApplication.translate,
    and pyside6-lupdate collects every `translate("Context", "text")` call below for the .ts."""
    return text


# Concurrency points drawn per curve at most (log-spaced between the scenario's min and max).
MAX_POINTS = 48
# Runtimes the estimator has its own calibration for; others borrow the nearest one's.
RUNTIME_ALIASES = {"vllm-ascend": "vllm", "lmdeploy": "vllm"}
# Device counts a replica may use (one server and multiples of it; a SuperPoD beyond that).
DEVICE_COUNTS = (1, 2, 4, 8, 16, 32, 64)


def short_name(name: str) -> str:
    """A catalog name without its parenthetical detail, for plot labels ("Ascend 910C (one
    package, two dies)" -> "Ascend 910C")."""
    import re

    short = re.sub(r"\s*\([^)]*\)", "", name).strip()
    return short or name


def concurrency_points(lo: int, hi: int, n: int = MAX_POINTS) -> np.ndarray:
    """Whole concurrencies from lo to hi, log-spaced, without repeats."""
    pts = np.unique(np.round(np.geomspace(max(lo, 1), max(hi, lo, 1), n)))
    return pts.astype(np.float64)


def candidate_layouts(is_moe: bool) -> np.ndarray:
    """Replica layouts (devices, tp, pp, ep) worth trying, as rows of an int array.

    Dense models: tensor parallelism within a server (up to 8), pipeline stages beyond it.
    MoE models additionally: attention data-parallel with experts spread over every device
    (DeepSeek-style serving), and tensor parallelism with experts over the tensor group.
    """
    rows = []
    for d in DEVICE_COUNTS:
        tp = min(d, 8)
        rows.append((d, tp, d // tp, 1))
        if is_moe:
            rows.append((d, tp, d // tp, tp))
            if d > 1:
                rows.append((d, 1, 1, d))
    return np.unique(np.array(rows, dtype=np.int64), axis=0)


def required_output_tokens_per_s(scenario) -> float:
    """The workload in output tokens/s (tokens per day count input and output tokens)."""
    w = scenario.workload
    per_request = scenario.input_len + scenario.output_len
    if w.unit == "requests_per_s":
        return w.amount * scenario.output_len
    return w.amount / 86_400.0 * scenario.output_len / max(per_request, 1)


@functools.lru_cache(maxsize=16)
def _catalog_arrays(accelerators: tuple, systems: tuple, model) -> tuple[Any, Any]:
    """The estimator's arrays of these records. They only change when the selection or the
    catalog does (records are frozen and compare by value), not on a slider move, so they are
    kept; read-only, so that no caller can change what the next call gets."""
    from desktop_app.catalog.arrays import hardware_arrays, model_arrays

    arrays = hardware_arrays(accelerators, systems), model_arrays([model])
    for item in arrays:
        for f in dataclasses.fields(item):
            value = getattr(item, f.name)
            if isinstance(value, np.ndarray):
                value.flags.writeable = False
    return arrays


def compute_results(catalog, scenario, translate=same_text) -> ScenarioResults:
    """Everything the views and exports show for `scenario` (see the module docstring).
    `translate(context, text)` translates the texts it writes (messages, reasons, flags)."""
    from desktop_app.catalog.queries import UnknownIdError
    from desktop_app.estimator.api import estimate
    from desktop_app.estimator.serving import REASONS, pareto_front

    version = catalog.version
    known = {a.id: a for a in catalog.accelerators()}
    ids = tuple(i for i in scenario.accelerator_ids if i in known)
    names = tuple(short_name(known[i].name) for i in ids)
    try:
        model = catalog.model(scenario.model_id)
    except (UnknownIdError, LookupError):
        return ScenarioResults(scenario, version, scenario.model_id, scenario.model_id, ids, names,
                               message=translate("Results", "The model {0} is not in the catalog.")
                               .format(scenario.model_id))
    base = dict(scenario=scenario, catalog_version=version, model_id=model.id, model_name=model.name,
                accelerator_ids=ids, accelerator_names=names)
    if not ids:
        missing = [i for i in scenario.accelerator_ids if i not in known]
        text = translate("Results", "Select at least one accelerator in the Catalog tab to compare.")
        if missing:
            text = translate("Results", "Not in the catalog: {0}.").format(", ".join(missing)) + " " + text
        return ScenarioResults(**base, message=text)

    accs = tuple(known[i] for i in ids)
    hw, m = _catalog_arrays(accs, tuple(catalog.systems()), model)
    a_count = len(ids)
    conc = concurrency_points(scenario.concurrency_min, scenario.concurrency_max)
    is_moe = bool(np.asarray(m.experts).ravel()[0] > 0)
    layouts = candidate_layouts(is_moe)
    runtime = RUNTIME_ALIASES.get(scenario.runtime_id, scenario.runtime_id)
    common = dict(runtime=runtime, weight_precision=scenario.weight_precision,
                  kv_precision=scenario.kv_precision, input_len=scenario.input_len,
                  output_len=scenario.output_len)
    ttft_s = None if scenario.ttft_target_ms is None else scenario.ttft_target_ms / 1e3
    tpot_s = None if scenario.tpot_target_ms is None else scenario.tpot_target_ms / 1e3

    # 1. Every candidate layout over the concurrency sweep: [A, L, C].
    L = layouts.shape[0]
    grid = estimate(hw.reshape((a_count, 1, 1)), m.reshape((1, 1, 1)),
                    devices=layouts[:, 0].reshape(1, L, 1), tp=layouts[:, 1].reshape(1, L, 1),
                    pp=layouts[:, 2].reshape(1, L, 1), ep=layouts[:, 3].reshape(1, L, 1),
                    batch=conc.reshape(1, 1, -1), **common)
    r = grid.result
    meets = r.fits.copy()
    if tpot_s is not None:
        meets &= r.tpot_s <= tpot_s
    if ttft_s is not None:
        meets &= r.ttft_s <= ttft_s
    # Best operating point of each layout: most output per device among points meeting targets.
    per_dev = np.where(meets, r.output_tokens_per_s_per_device, 0.0)
    best_c = np.argmax(per_dev, axis=2)  # [A, L]
    best_per_dev = np.take_along_axis(per_dev, best_c[..., None], axis=2)[..., 0]
    best_replica = best_per_dev * layouts[:, 0][None, :]

    # 2. Size each layout for the workload and price it; pick the cheapest that serves it.
    need = required_output_tokens_per_s(scenario)
    replicas = np.where(best_replica > 0, np.ceil(need / np.maximum(best_replica, 1e-9)), np.inf)
    replicas = np.maximum(replicas, 1.0)
    total_devices = replicas * layouts[:, 0][None, :]
    price = np.where(np.isfinite(hw.price_usd), hw.price_usd, 0.0)[:, None]
    score = np.where(np.isfinite(total_devices), total_devices * np.maximum(price, 1.0), np.inf)
    chosen = np.argmin(score, axis=1)  # [A]
    any_ok = np.isfinite(np.take_along_axis(score, chosen[:, None], axis=1)[:, 0])
    # Where nothing meets the targets, show the smallest layout that fits at some concurrency.
    fits_any = r.fits.any(axis=2)
    smallest_fit = np.argmax(fits_any, axis=1)
    chosen = np.where(any_ok, chosen, np.where(fits_any.any(axis=1), smallest_fit, 0))
    pick = np.arange(a_count)

    def at_layout(x):
        """Select each accelerator's chosen layout: [A, L, ...] -> [A, ...]."""
        x = np.asarray(x)
        if x.ndim >= 2:
            x = np.broadcast_to(x, r.fits.shape[: x.ndim] if x.ndim <= 3 else x.shape)
        else:
            x = np.broadcast_to(x, r.fits.shape)
        return x[pick, chosen]

    dep_layout = layouts[chosen]
    dep_fits = at_layout(fits_any)
    dep_replicas = np.where(any_ok, at_layout(replicas), 0.0)
    dep_devices_total = np.where(any_ok, at_layout(total_devices), np.nan)
    op_c = at_layout(best_c)

    reasons, missing = [], []
    for a in range(a_count):
        code = int(at_layout(r.reason)[a, 0])
        missing.append(REASONS[code].startswith("missing spec"))
        if not dep_fits[a]:
            reasons.append(translate("Reasons", REASONS[code]) if REASONS[code]
                           else translate("Results", "does not fit"))
        elif not any_ok[a]:
            reasons.append(translate("Results", "fits, but no concurrency meets the latency targets"))
        else:
            reasons.append("")
    deployments = tuple(
        Deployment(devices=int(dep_layout[a, 0]), tp=int(dep_layout[a, 1]), pp=int(dep_layout[a, 2]),
                   ep=int(dep_layout[a, 3]), replicas=int(dep_replicas[a]), fits=bool(dep_fits[a]),
                   reason=reasons[a], missing_spec=bool(missing[a] and not dep_fits[a]))
        for a in range(a_count))

    # 3. The sweep of the chosen replica layout: [A, C].
    sweep_names = {"output_tokens_per_s": 1.0, "output_tokens_per_s_per_device": 1.0,
                   "per_user_tokens_per_s": 1.0, "ttft_s": 1e3, "tpot_s": 1e3}
    sweep, low, high = {}, {}, {}
    for name, scale in sweep_names.items():
        key = name.replace("_s", "_ms") if scale == 1e3 else name
        sweep[key] = at_layout(getattr(r, name)) * scale
        low[key] = at_layout(grid.low[name]) * scale
        high[key] = at_layout(grid.high[name]) * scale
    valid = at_layout(r.fits)
    meets_ac = at_layout(meets)

    # 4. Pareto view across every layout and concurrency of each accelerator.
    pu = r.per_user_tokens_per_s.reshape(a_count, -1)
    pd = r.output_tokens_per_s_per_device.reshape(a_count, -1)
    labels = tuple(f"{d}× TP{tp} PP{pp} EP{ep}, {int(c)} concurrent"
                   for d, tp, pp, ep in layouts for c in conc)
    fronts = tuple(pareto_front(pu, pd, axes=1))  # one front per accelerator, in one call

    # 5. Memory per device at the operating point.
    gib = 2.0**30
    mem = {k: at_layout(getattr(r.memory, k))[pick, op_c] / gib
           for k in ("weights", "kv_cache", "activations", "overhead")}
    mem["capacity"] = np.where(np.isfinite(hw.memory_bytes), hw.memory_bytes / gib, np.nan)

    # 6. Cost of the sized deployment.
    cost = _costs(catalog, scenario, accs, hw, dep_devices_total,
                  at_layout(r.output_tokens_per_s_per_device)[pick, op_c] * dep_devices_total,
                  at_layout(grid.low["output_tokens_per_s_per_device"])[pick, op_c] * dep_devices_total,
                  at_layout(grid.high["output_tokens_per_s_per_device"])[pick, op_c] * dep_devices_total)

    # 7. Roofline operating points of the decode step.
    peak = np.asarray(r.peak_flops)
    intensity, attained = _roofline_points(m, r, scenario, pick, chosen)

    rows = _rows(catalog, accs, deployments, dep_devices_total, sweep, low, high, meets_ac, conc, op_c,
                 cost, valid, translate)
    return ScenarioResults(
        **base, deployments=deployments, concurrency=conc, sweep=sweep, sweep_low=low, sweep_high=high,
        valid=valid, meets_targets=meets_ac, pareto_per_user=tuple(pu), pareto_per_device=tuple(pd),
        pareto_front=fronts, pareto_labels=(labels,) * a_count, memory_gib=mem,
        tco_by_year_usd=cost["by_year"], usd_per_million_tokens=cost["per_m"],
        usd_per_million_tokens_low=cost["per_m_low"], usd_per_million_tokens_high=cost["per_m_high"],
        roofline_peak_flops=at_layout(np.broadcast_to(peak, r.fits.shape))[:, 0],
        roofline_bandwidth=np.where(np.isfinite(hw.memory_bw), hw.memory_bw, np.nan),
        roofline_intensity=intensity, roofline_attained=attained, rows=rows,
        estimate=(grid, chosen))


def _costs(catalog, scenario, accs, hw, devices_total, tps, tps_low, tps_high) -> dict[str, Any]:
    """TCO and cost per million tokens of each sized deployment (NaN where it cannot be priced)."""
    from desktop_app.estimator.cost import CostInputs, estimate_cost, tco_by_year

    c = scenario.cost
    stacks = {s.id: s for s in catalog.stacks()}
    price = np.array([c.price_override_usd(a.id) if c.price_override_usd(a.id) is not None
                      else (a.price_usd.value if a.price_usd.known else np.nan) for a in accs], float)
    tdp = np.where(np.isfinite(hw.tdp_w), hw.tdp_w, np.nan)
    porting = np.array([_spec_value(stacks.get(a.software_stack), "porting_months", 0.0) for a in accs])
    ok = np.isfinite(price) & np.isfinite(tdp) & np.isfinite(devices_total) & (tps > 0)
    electricity = c.electricity_price_per_kwh
    if c.electricity_currency == "CNY":
        electricity = electricity / c.cny_per_usd
    region = "cn" if c.electricity_currency == "CNY" else "us"
    years = max(int(np.ceil(c.years)), 1)
    inputs = CostInputs.from_defaults(
        np.where(ok, price, 0.0), np.where(ok, tdp, 0.0), region=region,
        devices=np.where(ok, devices_total, 1.0), porting_months=porting, pue=c.pue,
        electricity_usd_per_kwh=electricity, years=c.years, utilisation=c.utilisation)
    safe = lambda x: np.where(ok, np.maximum(x, 1e-12), 1.0)  # noqa: E731
    result = estimate_cost(inputs, safe(tps), safe(tps_low), safe(tps_high))
    by_year = tco_by_year(inputs, years)
    nan = lambda x: np.where(ok[..., None] if np.ndim(x) > 1 else ok, x, np.nan)  # noqa: E731
    return {
        "ok": ok,
        "price": price,
        "per_m": nan(result.usd_per_million_tokens),
        "per_m_low": nan(result.usd_per_million_tokens_low),
        "per_m_high": nan(result.usd_per_million_tokens_high),
        "tco": nan(result.tco_usd),
        "power_kw": nan(result.facility_power_kw),
        "by_year": {k: nan(v) for k, v in by_year.items()},
    }


def _spec_value(record, name: str, default: float) -> float:
    spec = getattr(record, name, None) if record is not None else None
    value = getattr(spec, "value", None)
    return default if value is None else float(value)


def _roofline_points(m, r, scenario, pick, chosen) -> tuple[np.ndarray, np.ndarray]:
    """Arithmetic intensity (FLOP/byte) and attained FLOP/s per device of each decode step [A, C].

    FLOPs per output token: 2 x active parameters plus attention over the mean context; bytes per
    step: the weights and KV cache each device reads once per step. For MoE models this counts all
    resident expert weights, so at small batches the intensity shown is a lower bound.
    """
    ctx = scenario.input_len + scenario.output_len / 2.0
    active = np.asarray(m.active_params).ravel()[0]
    attn = np.asarray(m.attn_flops_decode).ravel()[0] * np.asarray(m.layers).ravel()[0] * ctx
    flops_per_token = 2.0 * active + attn
    per_dev = np.asarray(r.output_tokens_per_s_per_device)[pick, chosen]
    attained = per_dev * flops_per_token
    step = np.asarray(np.broadcast_to(r.decode.total_s, r.fits.shape))[pick, chosen]
    bytes_step = (np.asarray(np.broadcast_to(r.memory.weights, r.fits.shape))[pick, chosen]
                  + np.asarray(np.broadcast_to(r.memory.kv_cache, r.fits.shape))[pick, chosen])
    with np.errstate(divide="ignore", invalid="ignore"):
        intensity = np.where((step > 0) & (bytes_step > 0), attained * step / bytes_step, np.nan)
    return intensity, attained


def _finite_or_none(x) -> float | None:
    x = float(x)
    return x if np.isfinite(x) else None


def _rows(catalog, accs, deployments, devices_total, sweep, low, high, meets, conc, op_c, cost, valid,
          translate=same_text):
    stacks = {s.id: s for s in catalog.stacks()}
    rows = []
    for a, acc in enumerate(accs):
        dep = deployments[a]
        c = int(op_c[a])
        served = dep.fits and dep.replicas > 0
        layout = f"TP{dep.tp}" + (f" × PP{dep.pp}" if dep.pp > 1 else "") + (f" · EP{dep.ep}" if dep.ep > 1 else "")
        layout = f"{dep.devices}× ({layout})"
        if dep.replicas > 1:
            layout += " " + translate("Results", "× {0} replicas").format(dep.replicas)
        meeting = conc[meets[a]]
        stack = stacks.get(acc.software_stack)
        flags = []
        words = {"announced": translate("Results", "announced"), "roadmap": translate("Results", "roadmap"),
                 "limited": translate("Results", "limited"), "unavailable": translate("Results", "unavailable")}
        if acc.status in ("announced", "roadmap"):
            flags.append(translate("Results", "{0}: not shipping yet").format(words[acc.status]))
        if not np.isfinite(cost["price"][a]):
            flags.append(translate("Results", "price unknown: enter one in the cost inputs"))
        if not acc.tdp_w.known:
            flags.append(translate("Results", "power (TDP) unknown"))
        if acc.availability_china in ("limited", "unavailable"):
            flags.append(translate("Results", "China: {0}").format(words[acc.availability_china]))
        if acc.availability_elsewhere in ("limited", "unavailable"):
            flags.append(translate("Results", "outside China: {0}").format(words[acc.availability_elsewhere]))
        if acc.export_control:
            # The rule itself is catalog text: translated from the catalog's translation files.
            flags.append(translate("Results", "export control: {0}").format(
                translate(CATALOG_CONTEXT, acc.export_control)))
        figure_names = {"memory_gib": translate("Results", "memory"),
                        "memory_bw_gbps": translate("Results", "memory bandwidth"),
                        "bf16_tflops": translate("Results", "BF16 compute"),
                        "fp8_tflops": translate("Results", "FP8 compute")}
        weak = [name for f, name in figure_names.items()
                if getattr(acc, f).known and getattr(acc, f).confidence in ("press", "rumour")]
        if weak:
            flags.append(translate("Results", "figures from press or rumour: {0}").format(", ".join(weak)))
        rows.append(ComparisonRow(
            accelerator_id=acc.id, name=translate(CATALOG_CONTEXT, acc.name), vendor=acc.vendor, layout=layout,
            devices=int(devices_total[a]) if served and np.isfinite(devices_total[a]) else None,
            fits=dep.fits, reason=dep.reason,
            max_concurrency=float(meeting.max() * max(dep.replicas, 1)) if meeting.size else None,
            ttft_ms=_finite_or_none(sweep["ttft_ms"][a, c]) if served else None,
            tpot_ms=_finite_or_none(sweep["tpot_ms"][a, c]) if served else None,
            tokens_per_s_per_device=_finite_or_none(sweep["output_tokens_per_s_per_device"][a, c]) if served else None,
            tokens_per_s_per_device_low=_finite_or_none(low["output_tokens_per_s_per_device"][a, c]) if served else None,
            tokens_per_s_per_device_high=_finite_or_none(high["output_tokens_per_s_per_device"][a, c]) if served else None,
            usd_per_million_tokens=_finite_or_none(cost["per_m"][a]),
            usd_per_million_tokens_low=_finite_or_none(cost["per_m_low"][a]),
            usd_per_million_tokens_high=_finite_or_none(cost["per_m_high"][a]),
            tco_usd=_finite_or_none(cost["tco"][a]),
            power_kw=_finite_or_none(cost["power_kw"][a]),
            stack=stack.name if stack else (acc.software_stack or "unknown"),
            stack_maturity=_spec_value(stack, "maturity", np.nan) if stack else None,
            availability_china=acc.availability_china or "unknown",
            export_control=translate(CATALOG_CONTEXT, acc.export_control) if acc.export_control else "",
            flags=tuple(flags)))
    return tuple(rows)


def in_language(results: ScenarioResults | None, catalog, translate=same_text) -> ScenarioResults | None:
    """`results` with their words (flags, reasons, catalog names and rules) in the language of
    `translate`: an export in the plan's language whatever language the window computed them in.
    The numbers are the same (the same scenario and catalog); None stays None."""
    if results is None:
        return None
    return compute_results(catalog, results.scenario, translate=translate)


def explain_point(results: ScenarioResults, catalog, a: int, c: int = -1,
                  translate=same_text) -> dict[str, Any]:
    """The breakdown of accelerator `a` at concurrency index `c` (-1: its operating point), as plain
    data: title, subtitle, fits, reason, sections [(heading, [(label, value[, confidence, source,
    url])])], notes. The window and the PDF report both render it."""
    from desktop_app.catalog.arrays import hardware_provenance
    from desktop_app.estimator.api import explain

    grid, chosen = results.estimate
    dep = results.deployments[a]
    if c < 0:
        per_dev = np.where(results.meets_targets[a], results.sweep["output_tokens_per_s_per_device"][a], 0)
        c = int(np.argmax(per_dev))
    info = explain(grid, (a, int(chosen[a]), c))
    acc = catalog.accelerator(results.accelerator_ids[a])
    conc = int(results.concurrency[c])
    name = translate(CATALOG_CONTEXT, acc.name)
    title = f"{name} · {results.model_name}"
    subtitle = translate("Breakdown", "{0} devices per replica (TP{1}, PP{2}, EP{3}), {4} concurrent requests") \
        .format(dep.devices, dep.tp, dep.pp, dep.ep, conc)
    v, lo, hi = info["values"], info["low"], info["high"]

    def rng(name, scale=1.0, digits=0):
        if not info["fits"]:
            return "—"
        return (f"{v[name] * scale:,.{digits}f}  ({lo[name] * scale:,.{digits}f} – "
                f"{hi[name] * scale:,.{digits}f})")

    sections = [(translate("Breakdown", "Results (range)"), [
        (translate("Breakdown", "Time to first token, ms"), rng("ttft_s", 1e3)),
        (translate("Breakdown", "Time per output token, ms"), rng("tpot_s", 1e3, 1)),
        (translate("Breakdown", "Tokens/s per user"), rng("per_user_tokens_per_s", 1, 1)),
        (translate("Breakdown", "Output tokens/s per device"), rng("output_tokens_per_s_per_device")),
        (translate("Breakdown", "Prefill tokens/s"), rng("prefill_tokens_per_s")),
    ])]
    step = info["decode_step_s"]
    total = step["total_s"] or 1.0
    sections.append((translate("Breakdown", "Where a decode step's time goes"), [
        (label, f"{step[key] * 1e3:,.2f} ms  ({step[key] / total:.0%})")
        for label, key in ((translate("Breakdown", "Compute"), "compute_s"),
                           (translate("Breakdown", "Memory traffic"), "memory_s"),
                           (translate("Breakdown", "Communication"), "comm_s"),
                           (translate("Breakdown", "Fixed overhead"), "fixed_s"))]))
    mem = info["memory_bytes"]
    gib = 2.0**30
    sections.append((translate("Breakdown", "Memory per device"), [
        (label, f"{mem[key] / gib:,.1f} GiB") for label, key in (
            (translate("Breakdown", "Weights"), "weights"), (translate("Breakdown", "KV cache"), "kv_cache"),
            (translate("Breakdown", "Activations"), "activations"),
            (translate("Breakdown", "Runtime overhead"), "overhead"), (translate("Breakdown", "Total"), "total"),
            (translate("Breakdown", "Capacity"), "capacity"))]))
    figures = []
    for name, p in hardware_provenance(acc).items():
        if p.get("value") is None:
            continue
        source = catalog.source(p["source"]) if p.get("source") else None
        figures.append((name, f"{p['value']:,g}", p.get("confidence") or "unstated",
                        source.title if source else (p.get("source") or ""),
                        (source.url or "") if source else ""))
    sections.append((translate("Breakdown", "Catalog figures used"), figures))
    sections.append((translate("Breakdown", "Efficiencies applied (calibrated)"), [
        (k, f"{val:,.3g}") for k, val in info["efficiencies"].items()
        if k in ("compute_eff", "memory_eff", "expert_eff", "attn_eff", "link_eff", "step_s", "collective_s")]))
    notes = []
    if info["bound"]:
        bound = {"compute": translate("Breakdown", "compute"), "memory": translate("Breakdown", "memory"),
                 "communication": translate("Breakdown", "communication"),
                 "overhead": translate("Breakdown", "overhead")}.get(info["bound"], info["bound"])
        notes.append(translate("Breakdown", "This step is {0}-bound; compute runs in {1}.")
                     .format(bound, info["compute_dtype"]))
    notes.append(translate("Breakdown", "Ranges combine the confidence of the figures used with the calibration spread of the runtime's efficiencies."))  # noqa: E501 - one literal, so lupdate finds it
    reason = translate("Reasons", info["reason"]) if info["reason"] else ""
    return {"title": title, "subtitle": subtitle, "fits": info["fits"], "reason": reason,
            "sections": sections, "notes": notes}
