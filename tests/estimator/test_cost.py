"""Tests of the cost (TCO) model: a hand-worked case, monotonicity, broadcasting, bad inputs."""

from __future__ import annotations

from dataclasses import fields

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from desktop_app.estimator.cost import (
    MONEY_FIELDS,
    CostInputs,
    CostResult,
    cny_to_usd,
    estimate_cost,
    result_in_cny,
    tco_by_year,
    tco_usd,
    usd_to_cny,
    usd_per_million_tokens,
)
from desktop_app.estimator.cost_defaults import COST_DEFAULTS, Default, regional


def _hand_inputs(**overrides) -> CostInputs:
    values = dict(
        device_price_usd=25_000, tdp_w=700, devices=8, host_price_usd_per_device=4_000,
        network_usd_per_device=2_000, load_factor=0.5, host_power_w_per_device=150, pue=1.5,
        electricity_usd_per_kwh=0.10, hosting_usd_per_kw_year=1_200,
        maintenance_frac_per_year=0.05, depreciation_years=4, years=3, porting_months=6,
        engineer_usd_per_month=10_000, utilisation=0.5,
    )
    values.update(overrides)
    return CostInputs(**values)


def test_tco_worked_by_hand():
    """Eight accelerators at USD 25,000, served at 1,000 output tokens/s for half the year.

    capex        = 8 x (25,000 + 4,000 host + 2,000 network)           = 248,000 USD
    IT power     = 8 x (700 W x 0.5 + 150 W) = 8 x 500 W              = 4.0 kW
    facility     = 4.0 kW x PUE 1.5                                     = 6.0 kW
    energy       = 6.0 kW x 8,760 h                                     = 52,560 kWh/yr
    power        = 52,560 kWh x 0.10 USD                                = 5,256 USD/yr
    hosting      = 4.0 kW x 1,200 USD/kW-yr                             = 4,800 USD/yr
    maintenance  = 248,000 x 5 %                                        = 12,400 USD/yr
    opex         = 5,256 + 4,800 + 12,400                               = 22,456 USD/yr
    porting      = 6 months x 10,000 USD                                = 60,000 USD
    3-year TCO   = 248,000 + 60,000 + 3 x 22,456                        = 375,368 USD
    annualised   = (248,000 + 60,000) / 4 yr + 22,456                   = 99,456 USD/yr
    tokens/yr    = 1,000 tok/s x 0.5 x 31,536,000 s                     = 1.5768e10
    USD per Mtok = 99,456 x 1e6 / 1.5768e10                             = 6.30746
    J per token  = 6,000 W / (1,000 x 0.5 tok/s)                        = 12 J = 0.003333 Wh
    USD per device-hour = 99,456 / (8 x 8,760)                          = 1.41918
    """
    r = estimate_cost(_hand_inputs(), 1_000)
    assert_allclose(r.capex_usd, 248_000)
    assert_allclose(r.it_power_kw, 4.0)
    assert_allclose(r.facility_power_kw, 6.0)
    assert_allclose(r.energy_kwh_per_year, 52_560)
    assert_allclose(r.power_usd_per_year, 5_256)
    assert_allclose(r.hosting_usd_per_year, 4_800)
    assert_allclose(r.maintenance_usd_per_year, 12_400)
    assert_allclose(r.opex_usd_per_year, 22_456)
    assert_allclose(r.porting_usd, 60_000)
    assert_allclose(r.tco_usd, 375_368)
    assert_allclose(r.depreciation_usd_per_year, 62_000)
    assert_allclose(r.annualised_usd_per_year, 99_456)
    assert_allclose(r.output_tokens_per_year, 1.5768e10)
    assert_allclose(r.usd_per_million_tokens, 99_456e6 / 1.5768e10)
    assert_allclose(r.usd_per_million_tokens, 6.30746, rtol=1e-5)
    assert_allclose(r.energy_j_per_token, 12.0)
    assert_allclose(r.energy_wh_per_token, 12.0 / 3600)
    assert_allclose(r.usd_per_device_hour, 1.41918, rtol=1e-5)
    # No band given: low = central = high.
    assert_allclose(r.usd_per_million_tokens_low, r.usd_per_million_tokens)
    assert_allclose(r.usd_per_million_tokens_high, r.usd_per_million_tokens)


def test_tco_by_year_matches_hand_case_and_tco():
    """Cumulative totals: 308,000 at year 0, then + 22,456 a year (the hand case above)."""
    inp = _hand_inputs()
    by_year = tco_by_year(inp, 3)
    assert_allclose(by_year["total"], [308_000, 330_456, 352_912, 375_368])
    assert_allclose(by_year["power"], [0, 5_256, 10_512, 15_768])
    assert_allclose(by_year["capex"], [248_000] * 4)
    assert_allclose(by_year["total"][..., -1], tco_usd(inp))


def test_band_orders_low_central_high():
    inp = _hand_inputs()
    r = estimate_cost(inp, 1_000, output_tokens_per_s_low=800, output_tokens_per_s_high=1_250)
    assert r.usd_per_million_tokens_low < r.usd_per_million_tokens < r.usd_per_million_tokens_high
    assert_allclose(r.usd_per_million_tokens_low, 99_456e6 / (1_250 * 0.5 * 31_536_000))
    assert_allclose(r.usd_per_million_tokens_high, 99_456e6 / (800 * 0.5 * 31_536_000))
    assert r.energy_j_per_token_low < r.energy_j_per_token < r.energy_j_per_token_high
    # A band given the wrong way round gives the same result.
    swapped = estimate_cost(inp, 1_000, output_tokens_per_s_low=1_250,
                            output_tokens_per_s_high=800)
    assert_allclose(swapped.usd_per_million_tokens_low, r.usd_per_million_tokens_low)
    assert_allclose(swapped.usd_per_million_tokens_high, r.usd_per_million_tokens_high)


@settings(max_examples=200, deadline=None)
@given(
    u1=st.floats(min_value=1e-3, max_value=1.0),
    u2=st.floats(min_value=1e-3, max_value=1.0),
    tps=st.floats(min_value=1e-2, max_value=1e6),
    price=st.floats(min_value=0.0, max_value=1e6),
    porting=st.floats(min_value=0.0, max_value=120.0),
)
def test_cost_per_token_falls_as_utilisation_rises(u1, u2, tps, price, porting):
    lo, hi = sorted((u1, u2))
    cost = usd_per_million_tokens(
        _hand_inputs(device_price_usd=price, porting_months=porting, utilisation=[lo, hi]), tps)
    assert np.all(np.isfinite(cost))
    assert cost[0] >= cost[1]
    if hi > lo * 1.001:
        assert cost[0] > cost[1]


@settings(max_examples=100, deadline=None)
@given(t1=st.floats(min_value=1e-2, max_value=1e7), t2=st.floats(min_value=1e-2, max_value=1e7))
def test_cost_per_token_falls_as_throughput_rises(t1, t2):
    lo, hi = sorted((t1, t2))
    cost = usd_per_million_tokens(_hand_inputs(), np.array([lo, hi]))
    assert cost[0] >= cost[1]


def test_broadcasting_grid():
    """3 prices x 4 utilisations x 2 throughputs evaluate in one call."""
    prices = np.array([10_000.0, 20_000.0, 30_000.0])[:, None, None]
    utils = np.array([0.25, 0.5, 0.75, 1.0])[None, :, None]
    tps = np.array([500.0, 1_000.0])
    inp = _hand_inputs(device_price_usd=prices, utilisation=utils)
    assert inp.shape() == (3, 4, 1)
    r = estimate_cost(inp, tps)
    for f in fields(CostResult):
        assert getattr(r, f.name).shape == (3, 4, 2), f.name
    # Each grid point equals the scalar evaluation.
    one = estimate_cost(_hand_inputs(device_price_usd=20_000, utilisation=0.75), 1_000)
    assert_allclose(r.usd_per_million_tokens[1, 2, 1], one.usd_per_million_tokens)
    assert_allclose(r.tco_usd[1, 2, 1], one.tco_usd)
    assert tco_by_year(inp, 5)["total"].shape == (3, 4, 1, 6)


def test_inputs_are_frozen_float_arrays():
    inp = _hand_inputs()
    assert inp.devices.dtype == np.float64
    with pytest.raises(ValueError):
        inp.devices[...] = 3  # read-only array
    with pytest.raises(AttributeError):
        inp.devices = 3  # frozen dataclass


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("device_price_usd", -1.0, "device_price_usd: must be >= 0"),
        ("tdp_w", float("nan"), "tdp_w: contains NaN"),
        ("electricity_usd_per_kwh", [0.1, float("nan")], "electricity_usd_per_kwh: contains NaN"),
        ("pue", 0.9, "pue: must be >= 1"),
        ("utilisation", 0.0, "utilisation: must be > 0"),
        ("utilisation", 1.5, "utilisation: must be <= 1"),
        ("load_factor", 1.2, "load_factor: must be <= 1"),
        ("devices", 0, "devices: must be > 0"),
        ("depreciation_years", 0, "depreciation_years: must be > 0"),
        ("years", -1, "years: must be >= 0"),
        ("porting_months", float("inf"), "porting_months: contains an infinite value"),
        ("hosting_usd_per_kw_year", "cheap", "hosting_usd_per_kw_year: not a number"),
    ],
)
def test_bad_inputs_raise_clear_errors(field, value, message):
    with pytest.raises(ValueError, match=message):
        _hand_inputs(**{field: value})


def test_shapes_that_do_not_broadcast_are_refused():
    with pytest.raises(ValueError, match="do not broadcast"):
        _hand_inputs(device_price_usd=[1.0, 2.0, 3.0], utilisation=[0.5, 1.0])


def test_bad_throughput_and_years_raise():
    inp = _hand_inputs()
    with pytest.raises(ValueError, match="output_tokens_per_s: contains NaN"):
        estimate_cost(inp, float("nan"))
    with pytest.raises(ValueError, match="output_tokens_per_s_low: must be >= 0"):
        estimate_cost(inp, 100, output_tokens_per_s_low=-5)
    with pytest.raises(ValueError, match="max_years"):
        tco_by_year(inp, -1)
    with pytest.raises(ValueError, match="max_years"):
        tco_by_year(inp, 2.5)
    with pytest.raises(ValueError, match="cny_per_usd: must be > 0"):
        usd_to_cny(100, 0)


def test_zero_throughput_gives_infinite_cost_not_nan():
    r = estimate_cost(_hand_inputs(), [0.0, 100.0, 5e-324])
    assert np.isinf(r.usd_per_million_tokens[0]) and np.isinf(r.energy_j_per_token[0])
    assert np.isfinite(r.usd_per_million_tokens[1])
    assert np.isinf(r.usd_per_million_tokens[2])  # denormal throughput: inf, no overflow warning
    for f in fields(CostResult):
        assert not np.isnan(getattr(r, f.name)).any(), f.name


@settings(max_examples=100, deadline=None)
@given(
    price=st.floats(min_value=0, max_value=1e6),
    tdp=st.floats(min_value=0, max_value=5e3),
    load=st.floats(min_value=0, max_value=1),
    pue=st.floats(min_value=1, max_value=3),
    elec=st.floats(min_value=0, max_value=1),
    util=st.floats(min_value=1e-6, max_value=1),
    years=st.floats(min_value=0, max_value=20),
    tps=st.floats(min_value=0, max_value=1e7),
)
def test_no_nan_for_any_valid_input(price, tdp, load, pue, elec, util, years, tps):
    inp = CostInputs(device_price_usd=price, tdp_w=tdp, load_factor=load, pue=pue,
                     electricity_usd_per_kwh=elec, utilisation=util, years=years)
    r = estimate_cost(inp, tps)
    for f in fields(CostResult):
        assert not np.isnan(getattr(r, f.name)).any(), f.name


def test_currency_conversion_round_trip():
    assert_allclose(usd_to_cny(100.0, 7.2), 720.0)
    assert_allclose(cny_to_usd(720.0, 7.2), 100.0)
    assert_allclose(cny_to_usd(usd_to_cny([1.0, 2.5])), [1.0, 2.5])
    r = estimate_cost(_hand_inputs(), 1_000)
    cny = result_in_cny(r, 7.0)
    assert_allclose(cny["tco_cny"], 375_368 * 7.0)
    assert_allclose(cny["usd_per_million_tokens".replace("usd", "cny")],
                    r.usd_per_million_tokens * 7.0)
    assert_allclose(cny["energy_j_per_token"], 12.0)  # not money: unchanged
    assert "tco_usd" in MONEY_FIELDS and "energy_j_per_token" not in MONEY_FIELDS


def test_every_default_names_its_source():
    assert COST_DEFAULTS, "no defaults"
    for name, d in COST_DEFAULTS.items():
        assert isinstance(d, Default)
        assert np.isfinite(d.value) and d.value >= 0, name
        assert d.unit and d.source_title and d.note, name
        # Only a default that is openly our own assumption may lack a source address.
        assert d.source_url.startswith("https://") or (d.assumption and "assumption" in d.source_title.lower()), name
        assert d.source_date[:4].isdigit(), name
        if d.assumption:
            assert "assum" in d.note.lower() or "we take" in d.note.lower() \
                or "we apply" in d.note.lower() or "our" in d.note.lower(), name


def test_defaults_by_region():
    us = CostInputs.from_defaults(25_000, 700, region="us")
    cn = CostInputs.from_defaults(25_000, 700, region="cn", devices=8)
    assert_allclose(us.electricity_usd_per_kwh, COST_DEFAULTS["electricity_usd_per_kwh_us"].value)
    assert_allclose(cn.electricity_usd_per_kwh, COST_DEFAULTS["electricity_usd_per_kwh_cn"].value)
    assert_allclose(cn.engineer_usd_per_month, COST_DEFAULTS["engineer_usd_per_month_cn"].value)
    assert_allclose(cn.devices, 8)
    assert regional("pue", "cn") is COST_DEFAULTS["pue"]
    with pytest.raises(ValueError, match="region"):
        regional("pue", "eu")
    # Porting effort makes a less mature stack dearer per token.
    ported = CostInputs.from_defaults(25_000, 700, porting_months=12)
    assert usd_per_million_tokens(ported, 1_000) > usd_per_million_tokens(us, 1_000)
