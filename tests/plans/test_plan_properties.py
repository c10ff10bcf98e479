"""Property tests: any valid plan saves and loads back equal; no input crashes the loader."""

import copy
import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.plans import (
    CostInputs,
    Layout,
    Override,
    Plan,
    PlanError,
    ResultsSnapshot,
    Scenario,
    Workload,
    load_plan,
    plan_from_bytes,
    plan_to_bytes,
    save_plan,
)
from desktop_app.plans import scenario as sc
from desktop_app.plans.io import parse_json

from plan_samples import FIXTURES, full_plan

# Enough examples to find the edge cases within a suite that runs in seconds on two cores; for a
# longer hunt, scale them up: PLANS_FUZZ_SCALE=50 pytest tests/plans/test_plan_properties.py
_SCALE = int(os.environ.get("PLANS_FUZZ_SCALE", "1"))
FAST = settings(max_examples=100 * _SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PLANS = settings(max_examples=60 * _SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_LOWER = "abcdefghijklmnopqrstuvwxyz"
_DIGITS = "0123456789"
# Built from alphabets rather than regexes: much faster to generate.
slugs = st.builds(
    str.__add__, st.sampled_from(_LOWER + _DIGITS), st.text(_LOWER + _DIGITS + "._-", max_size=24)
)
field_names = st.builds(
    str.__add__, st.sampled_from(_LOWER), st.text(_LOWER + _DIGITS + "_", max_size=20)
)
# Valid Unicode text: no lone surrogates (they cannot be written as UTF-8).
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
one_line = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=40)


def finite(low=None, high=None, **kw):
    return st.floats(low, high, allow_nan=False, allow_infinity=False, **kw)


@st.composite
def layouts(draw):
    tp, pp, dp = (draw(st.integers(1, 8)) for _ in range(3))
    per_stage = tp * dp
    ep = draw(st.sampled_from([d for d in range(1, per_stage + 1) if per_stage % d == 0]))
    return Layout(devices=per_stage * pp, tp=tp, pp=pp, ep=ep)


@st.composite
def workloads(draw):
    unit = draw(st.sampled_from(sc.WORKLOAD_UNITS))
    return Workload(unit, draw(finite(0, sc.MAX_WORKLOAD[unit], exclude_min=True)))


costs = st.builds(
    CostInputs,
    electricity_price_per_kwh=finite(0, 100),
    electricity_currency=st.sampled_from(sc.CURRENCIES),
    cny_per_usd=finite(0, 1000, exclude_min=True),
    pue=finite(1, 5),
    years=finite(0, 30, exclude_min=True),
    utilisation=finite(0, 1, exclude_min=True),
    price_overrides_usd=st.dictionaries(slugs, finite(0, 1e9), max_size=4),
)


@st.composite
def scenarios(draw):
    low = draw(st.integers(1, sc.MAX_CONCURRENCY))
    return Scenario(
        model_id=draw(slugs),
        accelerator_ids=draw(st.lists(slugs, unique=True, max_size=5)),
        weight_precision=draw(st.sampled_from(sc.WEIGHT_PRECISIONS)),
        kv_precision=draw(st.sampled_from(sc.KV_PRECISIONS)),
        runtime_id=draw(st.sampled_from(sc.RUNTIMES)),
        input_len=draw(st.integers(1, sc.MAX_TOKENS)),
        output_len=draw(st.integers(1, sc.MAX_TOKENS)),
        concurrency_min=low,
        concurrency_max=draw(st.integers(low, sc.MAX_CONCURRENCY)),
        ttft_target_ms=draw(st.none() | finite(0, sc.MAX_LATENCY_MS, exclude_min=True)),
        tpot_target_ms=draw(st.none() | finite(0, sc.MAX_LATENCY_MS, exclude_min=True)),
        workload=draw(workloads()),
        layout=draw(st.none() | layouts()),
        cost=draw(costs),
    )


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63) + 1, 2**63 - 1) | finite() | any_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(any_text, inner, max_size=4),
    max_leaves=20,
)
override_values = st.none() | st.booleans() | st.integers(-(2**62), 2**62) | finite() | any_text


@st.composite
def plans(draw):
    overrides = draw(
        st.dictionaries(st.tuples(slugs, field_names), override_values, max_size=5)
    )
    results = draw(
        st.none()
        | st.builds(
            ResultsSnapshot,
            catalog_version=one_line.filter(str.strip),
            data=st.dictionaries(any_text, json_values, max_size=4),
            app_version=one_line,
        )
    )
    return Plan(
        title=draw(one_line),
        customer=draw(one_line),
        author=draw(one_line),
        date=draw(st.dates()),
        notes=draw(any_text),
        language=draw(st.sampled_from(["en", "zh_CN", "de", "fr_FR", "yue"])),
        scenario=draw(scenarios()),
        models=draw(st.lists(slugs, unique=True, max_size=4)),
        accelerators=draw(st.lists(slugs, unique=True, max_size=4)),
        overrides=tuple(Override(t, f, v) for (t, f), v in overrides.items()),
        results=results,
    )


@PLANS
@given(plans())
def test_any_valid_plan_round_trips_through_bytes(plan):
    assert plan_from_bytes(plan_to_bytes(plan)) == plan


@settings(max_examples=20 * _SCALE, deadline=None)
@given(plans())
def test_any_valid_plan_saves_and_loads_back_equal(plan):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.accplan.json"
        save_plan(plan, path)
        save_plan(plan, path)  # over an existing file too
        assert load_plan(path) == plan


@PLANS
@given(scenarios())
def test_scenario_edit_and_inverse(scenario):
    new, inverse = scenario.edit(input_len=7, runtime_id="lmdeploy")
    assert new.with_changes(**inverse) == scenario


def _load_or_refuse(data: bytes) -> None:
    try:
        result = plan_from_bytes(data)
    except PlanError:
        return
    assert isinstance(result, Plan)


@FAST
@given(st.binary(max_size=400))
def test_random_bytes_never_crash_the_loader(data):
    _load_or_refuse(data)


_VALID = plan_to_bytes(full_plan())


@FAST
@given(st.data())
def test_corrupted_plan_files_never_crash_the_loader(data):
    """Random byte edits of a real plan: truncations, flips and insertions."""
    raw = bytearray(_VALID)
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(raw)))
        edit = data.draw(st.sampled_from(["cut", "flip", "insert"]))
        if edit == "cut":
            del raw[at:]
        elif edit == "flip" and at < len(raw):
            raw[at] = data.draw(st.integers(0, 255))
        else:
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=8))
    _load_or_refuse(bytes(raw))


@FAST
@given(json_values)
def test_random_json_never_crashes_the_loader(value):
    _load_or_refuse(json.dumps(value).encode())


def _paths(value, prefix=()):
    """Every path to a value inside a JSON document."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


_DOCUMENTS = [
    full_plan().to_json_dict(),
    Plan().to_json_dict(),
    parse_json((FIXTURES / "schema0_prerelease.accplan.json").read_bytes()),
]


@FAST
@given(st.data())
def test_plan_like_json_with_a_random_part_replaced_never_crashes(data):
    """A valid document (current or schema 0) with one value replaced, or one key deleted."""
    document = copy.deepcopy(data.draw(st.sampled_from(_DOCUMENTS)))
    path = data.draw(st.sampled_from(list(_paths(document))[1:]))
    parent = document
    for key in path[:-1]:
        parent = parent[key]
    if isinstance(parent, dict) and data.draw(st.booleans()):
        del parent[path[-1]]
    else:
        parent[path[-1]] = data.draw(json_values)
    _load_or_refuse(json.dumps(document).encode())
