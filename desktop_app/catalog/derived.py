"""Figures the catalog derives from its rows with the estimator, e.g. parameter counts of models.

Published parameter counts differ in what they include; computing them from the architecture
(desktop_app.estimator.params) gives one convention for every model and a cross-check of the
published figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.catalog.records import Model, Spec, spec_fields
from desktop_app.estimator import params

#: Fields without which a parameter count would be meaningless.
_REQUIRED = ("layers", "hidden_size", "heads", "vocab_size")


@dataclass(frozen=True, slots=True)
class ComputedParams:
    """Parameter counts in billions computed from the architecture (None: architecture incomplete).

    `active_params_b` counts the input embedding and the output head (the convention of most
    publishers; gpt-oss leaves out the embedding and GLM-4.5 both, see estimator/params.py).
    """

    total_params_b: float | None
    active_params_b: float | None


def architecture_dict(model: Model) -> dict[str, object]:
    """The model's architecture as the plain dict `params.ModelArch.from_dicts` reads."""
    arch: dict[str, object] = {
        f.name: getattr(model, f.name).value
        for f in spec_fields(Model)
        if isinstance(getattr(model, f.name), Spec)
        and f.name not in ("total_params_b", "active_params_b")
    }
    arch["attention"] = model.attention or "gqa"
    arch["tied_embeddings"] = bool(model.tied_embeddings)
    arch["qkv_bias"] = bool(model.qkv_bias)
    return arch


def computed_params(models: Sequence[Model]) -> list[ComputedParams]:
    """Total and active parameters of each model, computed in one vectorised call."""
    if not models:
        return []
    names = set(params.ModelArch.field_names()) | {"attention"}
    rows = [{k: v for k, v in architecture_dict(m).items() if k in names} for m in models]
    arch = params.ModelArch.from_dicts(rows)
    total = params.total_params(arch) / 1e9
    active = params.active_params(arch) / 1e9
    result = []
    for i, model in enumerate(models):
        complete = all(getattr(model, name).known for name in _REQUIRED)
        result.append(
            ComputedParams(float(total[i]), float(active[i]))
            if complete
            else ComputedParams(None, None)
        )
    return result
