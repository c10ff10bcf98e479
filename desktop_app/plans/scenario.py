"""The user's scenario: what to serve, on what, how fast, how much, at what cost.

Plain frozen dataclasses (stdlib only) so that the same object is the GUI's state (undo stores old
and new scenarios, and equal scenarios compare equal and hash alike), the input the estimator is
built from, and the `scenario` part of a plan file. Every constructor validates, so an invalid
scenario cannot exist; `with_changes` is the only way to "edit" one and it validates too.

Units: lengths in tokens, latencies in milliseconds (as the GUI shows them: `_ms` suffix), money in
the stated currency, workload in tokens per day or requests per second.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Self

from desktop_app.estimator.cost_defaults import COST_DEFAULTS
from desktop_app.plans import _checks as check
from desktop_app.plans.errors import FieldError, ScenarioError, translate

WEIGHT_PRECISIONS = (
    "bf16", "fp16", "fp8", "int8", "int4-awq", "nvfp4", "mxfp4", "q4_0", "q4_k_m", "q8_0",
)  # fmt: skip
KV_PRECISIONS = ("bf16", "fp16", "fp8", "int8")
#: The number formats as engineers name them (the same in every language).
PRECISION_NAMES = {
    "bf16": "BF16", "fp16": "FP16", "fp8": "FP8", "int8": "INT8 (W8A8)", "int4-awq": "INT4 (AWQ)",
    "nvfp4": "NVFP4", "mxfp4": "MXFP4", "q4_0": "GGUF Q4_0", "q4_k_m": "GGUF Q4_K_M",
    "q8_0": "GGUF Q8_0",
}  # fmt: skip
RUNTIMES = (
    "vllm", "sglang", "trt-llm", "llama.cpp", "mindie", "vllm-ascend", "hf-transformers",
    "lmdeploy",
)  # fmt: skip
CURRENCIES = ("USD", "CNY")
#: How the workload is sized. "tokens_per_day" counts every token processed (input + output).
WORKLOAD_UNITS = ("tokens_per_day", "requests_per_s")

#: Upper bounds: far beyond anything real, low enough to catch a slip of the finger (or a unit
#: mix-up) before it reaches the estimator.
MAX_TOKENS = 10_000_000  # longest context announced so far is 10M tokens (Llama 4 Scout)
MAX_CONCURRENCY = 1_000_000
MAX_DEVICES = 1_000_000
MAX_LATENCY_MS = 86_400_000.0  # a day
MAX_WORKLOAD = {"tokens_per_day": 1e17, "requests_per_s": 1e9}
MAX_ACCELERATOR_PRICE_USD = 1e9

DEFAULT_MODEL_ID = "llama-3.1-70b"


def _wrap(at: str, exc: FieldError) -> ScenarioError:
    """Re-raise a validator's error as a ScenarioError, seen from the enclosing object at `at`."""
    field = f"{at}.{exc.field}" if at else exc.field
    return ScenarioError(field, exc.problem)


def _need(field: str, value: Any, cls: type) -> Any:
    if not isinstance(value, cls):
        problem = translate("PlanErrors", "expected a {0}, got {1}")
        raise FieldError(field, problem.format(cls.__name__, check.show(value)))
    return value


@dataclass(frozen=True, slots=True)
class Layout:
    """An explicit parallel layout: `devices` in all, split by tensor, pipeline, expert parallelism.

    `tp * pp` must divide `devices` (the rest is data parallelism) and `ep` must divide the devices
    of one pipeline stage, which is how vLLM, SGLang and TensorRT-LLM lay out experts.
    """

    devices: int = 1
    tp: int = 1
    pp: int = 1
    ep: int = 1

    def __post_init__(self) -> None:
        try:
            check.whole("devices", self.devices, maximum=MAX_DEVICES)
            for name in ("tp", "pp", "ep"):
                check.whole(name, getattr(self, name), maximum=MAX_DEVICES)
            if self.devices % (self.tp * self.pp):
                problem = translate(
                    "PlanErrors",
                    "{0} devices cannot be split into tp={1} x pp={2} "
                    "(tp x pp must divide the device count)",
                )
                raise FieldError("devices", problem.format(self.devices, self.tp, self.pp))
            per_stage = self.devices // self.pp
            if per_stage % self.ep:
                problem = translate(
                    "PlanErrors", "ep={0} must divide the {1} devices of one pipeline stage"
                )
                raise FieldError("ep", problem.format(self.ep, per_stage))
        except FieldError as exc:
            raise _wrap("", exc) from None

    def with_changes(self, **changes: Any) -> Self:
        return dataclasses.replace(self, **changes)

    def to_json_dict(self) -> dict[str, Any]:
        return {"devices": self.devices, "tp": self.tp, "pp": self.pp, "ep": self.ep}

    @classmethod
    def from_json_dict(cls, raw: Any, at: str = "layout") -> Self:
        names = ("devices", "tp", "pp", "ep")
        data = _read(at, raw, names)
        return _build(cls, at, {name: data[name] for name in names})


@dataclass(frozen=True, slots=True)
class Workload:
    """How much traffic the deployment must carry: `amount` in `unit` (see WORKLOAD_UNITS)."""

    unit: str = "tokens_per_day"
    amount: float = 1e9  # 1 billion tokens a day, about 11.6k tokens/s: a mid-size service

    def __post_init__(self) -> None:
        try:
            check.choice("unit", self.unit, WORKLOAD_UNITS)
            amount = check.number("amount", self.amount, above=0, maximum=MAX_WORKLOAD[self.unit])
        except FieldError as exc:
            raise _wrap("", exc) from None
        object.__setattr__(self, "amount", amount)

    def with_changes(self, **changes: Any) -> Self:
        return dataclasses.replace(self, **changes)

    def to_json_dict(self) -> dict[str, Any]:
        return {"unit": self.unit, "amount": self.amount}

    @classmethod
    def from_json_dict(cls, raw: Any, at: str = "workload") -> Self:
        data = _read(at, raw, ("unit", "amount"))
        return _build(cls, at, {"unit": data["unit"], "amount": data["amount"]})


@dataclass(frozen=True, slots=True)
class CostInputs:
    """What the total cost of ownership is computed from.

    Defaults come from the estimator's cited cost defaults (`desktop_app.estimator.cost_defaults`,
    each with its source); the period defaults to the depreciation period.

    `price_overrides_usd` replaces the catalog's price of an accelerator (USD per device). It is
    kept as a tuple of (accelerator id, price) sorted by id, so the scenario stays hashable and two
    equal sets of overrides compare equal whatever order they were entered in; a dict is accepted.
    """

    electricity_price_per_kwh: float = COST_DEFAULTS["electricity_usd_per_kwh_us"].value
    electricity_currency: str = "USD"
    cny_per_usd: float = COST_DEFAULTS["cny_per_usd"].value
    pue: float = COST_DEFAULTS["pue"].value
    years: float = COST_DEFAULTS["depreciation_years"].value
    utilisation: float = COST_DEFAULTS["utilisation"].value
    price_overrides_usd: tuple[tuple[str, float], ...] = ()

    def __post_init__(self) -> None:
        try:
            values = {
                "electricity_price_per_kwh": check.number(
                    "electricity_price_per_kwh",
                    self.electricity_price_per_kwh,
                    minimum=0,
                    maximum=100,
                ),
                "electricity_currency": check.choice(
                    "electricity_currency", self.electricity_currency, CURRENCIES
                ),
                "cny_per_usd": check.number("cny_per_usd", self.cny_per_usd, above=0, maximum=1000),
                "pue": check.number("pue", self.pue, minimum=1.0, maximum=5.0),
                "years": check.number("years", self.years, above=0, maximum=30),
                "utilisation": check.number("utilisation", self.utilisation, above=0, maximum=1),
                "price_overrides_usd": _price_overrides(self.price_overrides_usd),
            }
        except FieldError as exc:
            raise _wrap("", exc) from None
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def with_changes(self, **changes: Any) -> Self:
        return dataclasses.replace(self, **changes)

    def price_override_usd(self, accelerator_id: str) -> float | None:
        """The user's price for this accelerator, or None to use the catalog's."""
        for key, price in self.price_overrides_usd:
            if key == accelerator_id:
                return price
        return None

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "electricity_price_per_kwh": self.electricity_price_per_kwh,
            "electricity_currency": self.electricity_currency,
            "cny_per_usd": self.cny_per_usd,
            "pue": self.pue,
            "years": self.years,
            "utilisation": self.utilisation,
            "price_overrides_usd": dict(self.price_overrides_usd),
        }

    @classmethod
    def from_json_dict(cls, raw: Any, at: str = "cost") -> Self:
        names = tuple(field.name for field in dataclasses.fields(cls))
        data = _read(at, raw, names)
        overrides = data["price_overrides_usd"]
        if not isinstance(overrides, dict):  # a list of pairs is a Python nicety, not JSON's form
            problem = translate(
                "PlanErrors", "expected an object of accelerator id -> price, got {0}"
            )
            raise ScenarioError(
                check.join(at, "price_overrides_usd"), problem.format(check.show(overrides))
            )
        return _build(cls, at, {name: data[name] for name in names})


def _price_overrides(value: Any) -> tuple[tuple[str, float], ...]:
    field = "price_overrides_usd"
    seen: dict[str, float] = {}
    for key, price in check.pairs(field, value):
        check.slug(f"{field}", key)
        if key in seen:
            raise FieldError(f"{field}.{key}", translate("PlanErrors", "given twice"))
        seen[key] = check.number(
            f"{field}.{key}", price, minimum=0, maximum=MAX_ACCELERATOR_PRICE_USD
        )
    return tuple(sorted(seen.items()))


@dataclass(frozen=True, slots=True)
class Scenario:
    """One serving scenario; see the module docstring for units.

    `accelerator_ids` keeps the user's order (it is the order of columns and legend entries).
    `layout` None means "let the estimator choose the layout"; a `Layout` pins it for every
    selected accelerator. Latency targets None mean "no target".
    """

    model_id: str = DEFAULT_MODEL_ID
    accelerator_ids: tuple[str, ...] = ()
    weight_precision: str = "bf16"
    kv_precision: str = "bf16"
    runtime_id: str = "vllm"
    input_len: int = 2048
    output_len: int = 512
    concurrency_min: int = 1
    concurrency_max: int = 256
    ttft_target_ms: float | None = None
    tpot_target_ms: float | None = None
    workload: Workload = Workload()
    layout: Layout | None = None
    cost: CostInputs = CostInputs()

    def __post_init__(self) -> None:
        try:
            values = {
                "model_id": check.slug("model_id", self.model_id),
                "accelerator_ids": check.slugs("accelerator_ids", self.accelerator_ids),
                "weight_precision": check.choice(
                    "weight_precision", self.weight_precision, WEIGHT_PRECISIONS
                ),
                "kv_precision": check.choice("kv_precision", self.kv_precision, KV_PRECISIONS),
                "runtime_id": check.choice("runtime_id", self.runtime_id, RUNTIMES),
                "input_len": check.whole("input_len", self.input_len, maximum=MAX_TOKENS),
                "output_len": check.whole("output_len", self.output_len, maximum=MAX_TOKENS),
                "concurrency_min": check.whole(
                    "concurrency_min", self.concurrency_min, maximum=MAX_CONCURRENCY
                ),
                "concurrency_max": check.whole(
                    "concurrency_max", self.concurrency_max, maximum=MAX_CONCURRENCY
                ),
                "ttft_target_ms": check.optional_number(
                    "ttft_target_ms", self.ttft_target_ms, above=0, maximum=MAX_LATENCY_MS
                ),
                "tpot_target_ms": check.optional_number(
                    "tpot_target_ms", self.tpot_target_ms, above=0, maximum=MAX_LATENCY_MS
                ),
            }
            if self.concurrency_max < self.concurrency_min:
                problem = translate("PlanErrors", "must be at least concurrency_min ({0}), got {1}")
                raise FieldError(
                    "concurrency_max", problem.format(self.concurrency_min, self.concurrency_max)
                )
            _need("workload", self.workload, Workload)
            _need("cost", self.cost, CostInputs)
            if self.layout is not None:
                _need("layout", self.layout, Layout)
        except FieldError as exc:
            raise _wrap("", exc) from None
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def with_changes(self, **changes: Any) -> Self:
        """A new scenario with `changes` applied and validated; this one is untouched."""
        return dataclasses.replace(self, **changes)

    def edit(self, **changes: Any) -> tuple[Self, dict[str, Any]]:
        """Apply `changes`; return the new scenario and the changes that undo it.

        This is the pure core of an undo command (STYLE.md §4): `new.with_changes(**inverse)`
        equals `self`.
        """
        new = self.with_changes(**changes)
        inverse = {name: getattr(self, name) for name in changes}
        return new, inverse

    @property
    def automatic_layout(self) -> bool:
        return self.layout is None

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "model_id": self.model_id,
            "accelerator_ids": list(self.accelerator_ids),
            "weight_precision": self.weight_precision,
            "kv_precision": self.kv_precision,
            "runtime_id": self.runtime_id,
            "input_len": self.input_len,
            "output_len": self.output_len,
            "concurrency_min": self.concurrency_min,
            "concurrency_max": self.concurrency_max,
            "ttft_target_ms": self.ttft_target_ms,
            "tpot_target_ms": self.tpot_target_ms,
            "workload": self.workload.to_json_dict(),
            "layout": None if self.layout is None else self.layout.to_json_dict(),
            "cost": self.cost.to_json_dict(),
        }

    @classmethod
    def from_json_dict(cls, raw: Any, at: str = "") -> Self:
        """Build from the JSON form; errors name the field as a dotted path below `at`."""
        names = tuple(field.name for field in dataclasses.fields(cls))
        data = _read(at, raw, names)
        values = {name: data[name] for name in names}
        values["workload"] = Workload.from_json_dict(data["workload"], check.join(at, "workload"))
        values["cost"] = CostInputs.from_json_dict(data["cost"], check.join(at, "cost"))
        if data["layout"] is not None:
            values["layout"] = Layout.from_json_dict(data["layout"], check.join(at, "layout"))
        if not isinstance(values["accelerator_ids"], list):
            problem = translate("PlanErrors", "expected a list of catalog ids, got {0}")
            raise ScenarioError(
                check.join(at, "accelerator_ids"),
                problem.format(check.show(values["accelerator_ids"])),
            )
        return _build(cls, at, values)


def _read(at: str, raw: Any, names: tuple[str, ...]) -> dict:
    try:
        return check.json_object(at, raw, names)
    except FieldError as exc:
        raise ScenarioError(exc.field, exc.problem) from None


def _build(cls: type, at: str, values: Mapping[str, Any]) -> Any:
    try:
        return cls(**values)
    except FieldError as exc:
        raise _wrap(at, exc) from None
