"""Cost of serving: capex, running cost, N-year TCO, cost per million tokens, energy per token.

Pure functions over numpy arrays (numpy + stdlib only). Every input broadcasts against every other,
so one call prices a whole grid (accelerators x device counts x utilisations ...).

Public API
----------
``CostInputs`` (frozen dataclass; every field an array, validated and converted to float64):

    device_price_usd            USD per accelerator
    tdp_w                       W, accelerator board/module power
    devices                     number of accelerators (default 1)
    host_price_usd_per_device   USD, share of the server (CPUs, memory, chassis ...) per accelerator
    network_usd_per_device      USD, scale-out network (NICs excluded if in the host, switches,
                                cables, optics) per accelerator
    load_factor                 average draw as a fraction of TDP, in [0, 1]
    host_power_w_per_device     W of host power (CPUs, NICs, fans ...) per accelerator
    pue                         facility power / IT power, >= 1
    electricity_usd_per_kwh     USD/kWh
    hosting_usd_per_kw_year     USD per kW of IT load per year (colocation: space, cooling, ops)
    maintenance_frac_per_year   fraction of hardware capex per year
    depreciation_years          years, > 0 (straight line)
    years                       planning horizon of the TCO, years >= 0
    porting_months              engineer-months, one-time software porting (from the stack)
    engineer_usd_per_month      USD per engineer-month, fully loaded
    utilisation                 share of the year it serves at the given throughput, (0, 1]

``CostInputs.from_defaults(device_price_usd, tdp_w, region="us"|"cn", **overrides)`` fills every
other field from ``cost_defaults.COST_DEFAULTS`` (regional: electricity price, engineer cost). The
dataclass's own field defaults are the same values for the US; ``porting_months`` defaults to 0
(CUDA) and ``utilisation`` to 1.

``estimate_cost(inputs, output_tokens_per_s, output_tokens_per_s_low=None,
output_tokens_per_s_high=None) -> CostResult``; throughput is output tokens/s of the whole
deployment (all devices) while it serves. ``CostResult`` fields (arrays, broadcast shape):

    capex_usd                   hardware: devices x (device + host share + network); porting apart
    porting_usd                 porting_months x engineer_usd_per_month (one-time)
    it_power_kw, facility_power_kw
    energy_kwh_per_year
    power_usd_per_year, hosting_usd_per_year, maintenance_usd_per_year, opex_usd_per_year
    depreciation_usd_per_year   capex / depreciation_years
    annualised_usd_per_year     (capex + porting) / depreciation_years + opex
    usd_per_device_hour         annualised cost per accelerator-hour
    tco_usd                     capex + porting + years x opex
    output_tokens_per_year
    usd_per_million_tokens[_low|_high]   low = best case (from the high throughput)
    energy_j_per_token[_low|_high], energy_wh_per_token[_low|_high]

``tco_by_year(inputs, max_years) -> dict[str, ndarray]`` cumulative cost by category at the end of
years 0..max_years (last axis), for the TCO-over-time plot.

``usd_to_cny(usd, cny_per_usd)``, ``cny_to_usd(cny, cny_per_usd)``, ``result_in_cny(result,
cny_per_usd)`` convert money (the result's non-money fields are left alone).

Conventions (why): capex is paid at year 0 and not refreshed within the horizon; power draw does
not change with utilisation (idle accelerators still burn most of their power and the capacity is
reserved), so a lower utilisation raises the cost and the energy per delivered token. Cost per
token uses the annualised cost (straight-line depreciation, porting spread over the same life),
the cost-per-hour convention of GPU TCO models such as SemiAnalysis' AI Neocloud analysis; the
N-year TCO is plain cash without residual value.
Bad inputs (NaN, infinite, negative, out of range) raise ``ValueError`` naming the field; results
never contain NaN (a throughput of 0 gives an infinite cost per token).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

import numpy as np

from desktop_app.estimator.cost_defaults import COST_DEFAULTS, regional

HOURS_PER_YEAR = 8760.0  # 365 d x 24 h; leap days ignored
SECONDS_PER_YEAR = HOURS_PER_YEAR * 3600.0
J_PER_WH = 3600.0

ArrayLike = Any  # a number, a sequence or an ndarray that numpy can broadcast

# Validation rules per field: (lower bound, lower inclusive, upper bound, upper inclusive).
_RULES: dict[str, tuple[float, bool, float, bool]] = {
    "device_price_usd": (0.0, True, np.inf, False),
    "tdp_w": (0.0, True, np.inf, False),
    "devices": (0.0, False, np.inf, False),
    "host_price_usd_per_device": (0.0, True, np.inf, False),
    "network_usd_per_device": (0.0, True, np.inf, False),
    "load_factor": (0.0, True, 1.0, True),
    "host_power_w_per_device": (0.0, True, np.inf, False),
    "pue": (1.0, True, np.inf, False),
    "electricity_usd_per_kwh": (0.0, True, np.inf, False),
    "hosting_usd_per_kw_year": (0.0, True, np.inf, False),
    "maintenance_frac_per_year": (0.0, True, np.inf, False),
    "depreciation_years": (0.0, False, np.inf, False),
    "years": (0.0, True, np.inf, False),
    "porting_months": (0.0, True, np.inf, False),
    "engineer_usd_per_month": (0.0, True, np.inf, False),
    "utilisation": (0.0, False, 1.0, True),
}


def _as_checked_array(name: str, value: ArrayLike,
                      rule: tuple[float, bool, float, bool]) -> np.ndarray:
    """Convert ``value`` to a float64 array and check it against ``rule`` (ValueError if bad)."""
    try:
        arr = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name}: not a number or array of numbers ({exc})") from exc
    if np.isnan(arr).any():
        raise ValueError(f"{name}: contains NaN")
    lo, lo_inc, hi, hi_inc = rule
    if np.isinf(arr).any():
        raise ValueError(f"{name}: contains an infinite value")
    too_low = arr < lo if lo_inc else arr <= lo
    if too_low.any():
        bound = ">=" if lo_inc else ">"
        raise ValueError(f"{name}: must be {bound} {lo:g}, got {arr[too_low].flat[0]:g}")
    if np.isfinite(hi):
        too_high = arr > hi if hi_inc else arr >= hi
        if too_high.any():
            bound = "<=" if hi_inc else "<"
            raise ValueError(f"{name}: must be {bound} {hi:g}, got {arr[too_high].flat[0]:g}")
    arr.setflags(write=False)
    return arr


def _d(name: str) -> float:
    return COST_DEFAULTS[name].value


@dataclass(frozen=True)
class CostInputs:
    """Inputs of the cost model; see the module docstring for units. All fields broadcast."""

    device_price_usd: ArrayLike
    tdp_w: ArrayLike
    devices: ArrayLike = 1.0
    host_price_usd_per_device: ArrayLike = _d("host_price_usd_per_device")
    network_usd_per_device: ArrayLike = _d("network_usd_per_device")
    load_factor: ArrayLike = _d("load_factor")
    host_power_w_per_device: ArrayLike = _d("host_power_w_per_device")
    pue: ArrayLike = _d("pue")
    electricity_usd_per_kwh: ArrayLike = _d("electricity_usd_per_kwh_us")
    hosting_usd_per_kw_year: ArrayLike = 12.0 * _d("hosting_usd_per_kw_month")
    maintenance_frac_per_year: ArrayLike = _d("maintenance_frac_per_year")
    depreciation_years: ArrayLike = _d("depreciation_years")
    years: ArrayLike = _d("depreciation_years")
    porting_months: ArrayLike = 0.0
    engineer_usd_per_month: ArrayLike = _d("engineer_usd_per_month_us")
    utilisation: ArrayLike = 1.0

    def __post_init__(self) -> None:
        arrays = {}
        for f in fields(self):
            arrays[f.name] = _as_checked_array(f.name, getattr(self, f.name), _RULES[f.name])
        try:
            np.broadcast_shapes(*(a.shape for a in arrays.values()))
        except ValueError as exc:
            shapes = ", ".join(f"{k}{v.shape}" for k, v in arrays.items() if v.shape)
            raise ValueError(f"cost inputs do not broadcast together: {shapes}") from exc
        for name, arr in arrays.items():
            object.__setattr__(self, name, arr)

    @classmethod
    def from_defaults(cls, device_price_usd: ArrayLike, tdp_w: ArrayLike, region: str = "us",
                      **overrides: ArrayLike) -> "CostInputs":
        """Inputs with every default from ``COST_DEFAULTS`` for ``region`` ("us" or "cn").

        Region-specific defaults: electricity price and engineer cost. ``overrides`` replace any
        field by name.
        """
        values: dict[str, ArrayLike] = {
            "electricity_usd_per_kwh": regional("electricity_usd_per_kwh", region).value,
            "engineer_usd_per_month": regional("engineer_usd_per_month", region).value,
        }
        values.update(overrides)
        return cls(device_price_usd=device_price_usd, tdp_w=tdp_w, **values)

    def shape(self) -> tuple[int, ...]:
        """Broadcast shape of all inputs."""
        return np.broadcast_shapes(*(getattr(self, f.name).shape for f in fields(self)))


@dataclass(frozen=True)
class CostResult:
    """Outputs of :func:`estimate_cost`; money in USD (see :func:`result_in_cny`)."""

    capex_usd: np.ndarray
    porting_usd: np.ndarray
    it_power_kw: np.ndarray
    facility_power_kw: np.ndarray
    energy_kwh_per_year: np.ndarray
    power_usd_per_year: np.ndarray
    hosting_usd_per_year: np.ndarray
    maintenance_usd_per_year: np.ndarray
    opex_usd_per_year: np.ndarray
    depreciation_usd_per_year: np.ndarray
    annualised_usd_per_year: np.ndarray
    usd_per_device_hour: np.ndarray
    tco_usd: np.ndarray
    output_tokens_per_year: np.ndarray
    usd_per_million_tokens: np.ndarray
    usd_per_million_tokens_low: np.ndarray
    usd_per_million_tokens_high: np.ndarray
    energy_j_per_token: np.ndarray
    energy_j_per_token_low: np.ndarray
    energy_j_per_token_high: np.ndarray
    energy_wh_per_token: np.ndarray
    energy_wh_per_token_low: np.ndarray
    energy_wh_per_token_high: np.ndarray


# Fields of CostResult that hold money (converted by result_in_cny).
MONEY_FIELDS = tuple(f.name for f in fields(CostResult) if "usd" in f.name)


# ----------------------------------------------------------------------------------------------
# The effects, each a small formula
# ----------------------------------------------------------------------------------------------

def hardware_capex_usd(inp: CostInputs) -> np.ndarray:
    """Hardware capex = devices x (device price + host share + network per device).

    The host share and network cost per accelerator are the usual way TCO models spread a server
    and its fabric over the accelerators it carries (SemiAnalysis AI server cost / neocloud TCO
    articles; defaults in ``cost_defaults``).
    """
    return inp.devices * (inp.device_price_usd + inp.host_price_usd_per_device
                          + inp.network_usd_per_device)


def porting_usd(inp: CostInputs) -> np.ndarray:
    """One-time porting cost = porting_months x engineer_usd_per_month.

    ``porting_months`` comes from the software stack's default (``software.toml``) or the user; it
    is per deployment, not per device.
    """
    return inp.porting_months * inp.engineer_usd_per_month


def it_power_kw(inp: CostInputs) -> np.ndarray:
    """IT power in kW = devices x (TDP x load factor + host power per device) / 1000."""
    return inp.devices * (inp.tdp_w * inp.load_factor + inp.host_power_w_per_device) / 1000.0


def facility_power_kw(inp: CostInputs) -> np.ndarray:
    """Facility power in kW = IT power x PUE (PUE as defined by The Green Grid / Uptime)."""
    return it_power_kw(inp) * inp.pue


def energy_kwh_per_year(inp: CostInputs) -> np.ndarray:
    """Facility energy per year = facility power x 8760 h (power assumed constant all year)."""
    return facility_power_kw(inp) * HOURS_PER_YEAR


def power_usd_per_year(inp: CostInputs) -> np.ndarray:
    """Electricity cost per year = (TDP x load + host) x devices x PUE x 8760 h x price per kWh."""
    return energy_kwh_per_year(inp) * inp.electricity_usd_per_kwh


def hosting_usd_per_year(inp: CostInputs) -> np.ndarray:
    """Hosting per year = IT kW x hosting price per kW-year.

    Colocation is priced per kW of IT capacity (CBRE data centre trends reports), so PUE is not
    applied here; it is applied to the metered electricity.
    """
    return it_power_kw(inp) * inp.hosting_usd_per_kw_year


def maintenance_usd_per_year(inp: CostInputs) -> np.ndarray:
    """Maintenance per year = hardware capex x maintenance fraction per year."""
    return hardware_capex_usd(inp) * inp.maintenance_frac_per_year


def opex_usd_per_year(inp: CostInputs) -> np.ndarray:
    """Running cost per year = power + hosting + maintenance."""
    return power_usd_per_year(inp) + hosting_usd_per_year(inp) + maintenance_usd_per_year(inp)


def annualised_usd_per_year(inp: CostInputs) -> np.ndarray:
    """Annualised cost = (hardware capex + porting) / depreciation years + opex per year.

    Straight-line depreciation; the one-time porting effort is spread over the same life.
    """
    return (hardware_capex_usd(inp) + porting_usd(inp)) / inp.depreciation_years \
        + opex_usd_per_year(inp)


def tco_usd(inp: CostInputs) -> np.ndarray:
    """N-year TCO (cash) = hardware capex + porting + years x opex per year; no residual value."""
    return hardware_capex_usd(inp) + porting_usd(inp) + inp.years * opex_usd_per_year(inp)


def output_tokens_per_year(inp: CostInputs, output_tokens_per_s: np.ndarray) -> np.ndarray:
    """Tokens delivered per year = throughput x utilisation x 8760 h x 3600 s."""
    return output_tokens_per_s * inp.utilisation * SECONDS_PER_YEAR


def usd_per_million_tokens(inp: CostInputs, output_tokens_per_s: ArrayLike) -> np.ndarray:
    """Cost per million output tokens = annualised cost / tokens per year x 1e6.

    Falls strictly as throughput or utilisation rises (the annualised cost does not depend on
    either). Zero throughput gives +inf.
    """
    tps = _as_checked_array("output_tokens_per_s", output_tokens_per_s, (0.0, True, np.inf, False))
    tokens = output_tokens_per_year(inp, tps)
    safe = np.where(tokens > 0, tokens, 1.0)
    with np.errstate(over="ignore"):  # a vanishing throughput gives +inf, deliberately
        return np.where(tokens > 0, annualised_usd_per_year(inp) * 1e6 / safe, np.inf)


def energy_j_per_token(inp: CostInputs, output_tokens_per_s: ArrayLike) -> np.ndarray:
    """Facility energy per delivered output token, J = facility W / (tokens/s x utilisation).

    Includes host power and PUE; prefill work is charged to the output tokens it precedes.
    """
    tps = _as_checked_array("output_tokens_per_s", output_tokens_per_s, (0.0, True, np.inf, False))
    rate = tps * inp.utilisation
    watts = facility_power_kw(inp) * 1000.0
    with np.errstate(over="ignore"):  # a vanishing throughput gives +inf, deliberately
        return np.where(rate > 0, watts / np.where(rate > 0, rate, 1.0), np.inf)


def estimate_cost(inputs: CostInputs, output_tokens_per_s: ArrayLike,
                  output_tokens_per_s_low: ArrayLike | None = None,
                  output_tokens_per_s_high: ArrayLike | None = None) -> CostResult:
    """Evaluate the whole cost model.

    ``output_tokens_per_s`` is the output-token throughput of the whole deployment while serving;
    the optional low/high throughputs (e.g. the performance estimate's uncertainty band) give the
    cost band: ``*_low`` is the best case (from the high throughput), ``*_high`` the worst case.
    When a bound is omitted the central value is used.
    """
    tps = _as_checked_array("output_tokens_per_s", output_tokens_per_s, (0.0, True, np.inf, False))
    lo_tps = tps if output_tokens_per_s_low is None else _as_checked_array(
        "output_tokens_per_s_low", output_tokens_per_s_low, (0.0, True, np.inf, False))
    hi_tps = tps if output_tokens_per_s_high is None else _as_checked_array(
        "output_tokens_per_s_high", output_tokens_per_s_high, (0.0, True, np.inf, False))
    # A band given the wrong way round is still a band: take min/max element-wise.
    best = np.maximum(np.maximum(lo_tps, hi_tps), 0.0)
    worst = np.minimum(lo_tps, hi_tps)

    shape = np.broadcast_shapes(inputs.shape(), tps.shape, best.shape, worst.shape)

    def b(x: np.ndarray) -> np.ndarray:
        return np.broadcast_to(np.asarray(x, dtype=np.float64), shape)

    capex = hardware_capex_usd(inputs)
    annual = annualised_usd_per_year(inputs)
    j_tok = energy_j_per_token(inputs, tps)
    j_best = energy_j_per_token(inputs, best)
    j_worst = energy_j_per_token(inputs, worst)
    return CostResult(
        capex_usd=b(capex),
        porting_usd=b(porting_usd(inputs)),
        it_power_kw=b(it_power_kw(inputs)),
        facility_power_kw=b(facility_power_kw(inputs)),
        energy_kwh_per_year=b(energy_kwh_per_year(inputs)),
        power_usd_per_year=b(power_usd_per_year(inputs)),
        hosting_usd_per_year=b(hosting_usd_per_year(inputs)),
        maintenance_usd_per_year=b(maintenance_usd_per_year(inputs)),
        opex_usd_per_year=b(opex_usd_per_year(inputs)),
        depreciation_usd_per_year=b(capex / inputs.depreciation_years),
        annualised_usd_per_year=b(annual),
        usd_per_device_hour=b(annual / (inputs.devices * HOURS_PER_YEAR)),
        tco_usd=b(tco_usd(inputs)),
        output_tokens_per_year=b(output_tokens_per_year(inputs, tps)),
        usd_per_million_tokens=b(usd_per_million_tokens(inputs, tps)),
        usd_per_million_tokens_low=b(usd_per_million_tokens(inputs, best)),
        usd_per_million_tokens_high=b(usd_per_million_tokens(inputs, worst)),
        energy_j_per_token=b(j_tok),
        energy_j_per_token_low=b(j_best),
        energy_j_per_token_high=b(j_worst),
        energy_wh_per_token=b(j_tok / J_PER_WH),
        energy_wh_per_token_low=b(j_best / J_PER_WH),
        energy_wh_per_token_high=b(j_worst / J_PER_WH),
    )


def tco_by_year(inputs: CostInputs, max_years: int) -> dict[str, np.ndarray]:
    """Cumulative cost by category at the end of years 0..max_years (a new last axis).

    Keys: ``capex``, ``porting``, ``power``, ``hosting``, ``maintenance``, ``total`` (USD). Year 0
    holds the one-time costs only; year k adds k years of each running cost. ``total`` at year N
    equals :func:`tco_usd` with ``years = N``.
    """
    if isinstance(max_years, bool) or int(max_years) != max_years or max_years < 0:
        raise ValueError(f"max_years: must be a whole number >= 0, got {max_years!r}")
    k = np.arange(int(max_years) + 1, dtype=np.float64)
    shape = inputs.shape() + (k.size,)

    def one_time(x: np.ndarray) -> np.ndarray:
        return np.broadcast_to(np.asarray(x)[..., None], shape).copy()

    def running(x: np.ndarray) -> np.ndarray:
        return np.broadcast_to(np.asarray(x)[..., None] * k, shape).copy()

    out = {
        "capex": one_time(hardware_capex_usd(inputs)),
        "porting": one_time(porting_usd(inputs)),
        "power": running(power_usd_per_year(inputs)),
        "hosting": running(hosting_usd_per_year(inputs)),
        "maintenance": running(maintenance_usd_per_year(inputs)),
    }
    out["total"] = sum(out[k] for k in ("capex", "porting", "power", "hosting", "maintenance"))
    return out


# ----------------------------------------------------------------------------------------------
# Currency
# ----------------------------------------------------------------------------------------------

def _rate(cny_per_usd: ArrayLike) -> np.ndarray:
    return _as_checked_array("cny_per_usd", cny_per_usd, (0.0, False, np.inf, False))


_DEFAULT_RATE = COST_DEFAULTS["cny_per_usd"].value


def usd_to_cny(usd: ArrayLike, cny_per_usd: ArrayLike = _DEFAULT_RATE) -> np.ndarray:
    """CNY = USD x rate (CNY per USD; default the dated PBOC central parity in cost_defaults)."""
    return np.asarray(usd, dtype=np.float64) * _rate(cny_per_usd)


def cny_to_usd(cny: ArrayLike, cny_per_usd: ArrayLike = _DEFAULT_RATE) -> np.ndarray:
    """USD = CNY / rate (CNY per USD)."""
    return np.asarray(cny, dtype=np.float64) / _rate(cny_per_usd)


def result_in_cny(result: CostResult,
                  cny_per_usd: ArrayLike = _DEFAULT_RATE) -> dict[str, np.ndarray]:
    """All fields of ``result`` as a dict, money fields converted to CNY and renamed ``*_cny``."""
    rate = _rate(cny_per_usd)
    out: dict[str, np.ndarray] = {}
    for f in fields(result):
        value = getattr(result, f.name)
        if f.name in MONEY_FIELDS:
            out[f.name.replace("usd", "cny")] = value * rate
        else:
            out[f.name] = value
    return out


__all__ = [
    "CostInputs", "CostResult", "MONEY_FIELDS", "HOURS_PER_YEAR", "SECONDS_PER_YEAR",
    "estimate_cost", "tco_by_year", "usd_to_cny", "cny_to_usd", "result_in_cny",
    "hardware_capex_usd", "porting_usd", "it_power_kw", "facility_power_kw",
    "energy_kwh_per_year", "power_usd_per_year", "hosting_usd_per_year",
    "maintenance_usd_per_year", "opex_usd_per_year", "annualised_usd_per_year", "tco_usd",
    "output_tokens_per_year", "usd_per_million_tokens", "energy_j_per_token",
]
