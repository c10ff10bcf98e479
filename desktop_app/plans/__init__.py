"""Plan documents: the user's scenario, selections and overrides, saved as `*.accplan.json`.

Qt-free (the GUI, the CLI and tests all use it). See DESIGN.md "Plan files".
"""

from desktop_app.plans.document import (
    PLAN_SUFFIX,
    SCHEMA_VERSION,
    Override,
    Plan,
    ResultsSnapshot,
    UnknownIds,
)
from desktop_app.plans.errors import FieldError, PlanError, ScenarioError
from desktop_app.plans.io import (
    MAX_PLAN_BYTES,
    LoadedPlan,
    load_plan,
    load_plan_with_info,
    plan_from_bytes,
    plan_to_bytes,
    save_plan,
)
from desktop_app.plans.scenario import CostInputs, Layout, Scenario, Workload

__all__ = [
    "MAX_PLAN_BYTES",
    "PLAN_SUFFIX",
    "SCHEMA_VERSION",
    "CostInputs",
    "FieldError",
    "Layout",
    "LoadedPlan",
    "Override",
    "Plan",
    "PlanError",
    "ResultsSnapshot",
    "Scenario",
    "ScenarioError",
    "UnknownIds",
    "Workload",
    "load_plan",
    "load_plan_with_info",
    "plan_from_bytes",
    "plan_to_bytes",
    "save_plan",
]
