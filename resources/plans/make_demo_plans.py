"""Write the ready-made plans in this folder from the demo scenarios (desktop_app/ui/demos.py).

    .venv/bin/python resources/plans/make_demo_plans.py

The plans hold the same scenarios as the window's demo menu, with a title and notes for a customer.
They carry no results snapshot: the app computes results from the catalog it has, so a catalog
update never makes these files stale. The date is fixed so that regenerating gives identical files.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from desktop_app.plans import Plan, save_plan  # noqa: E402
from desktop_app.ui.demos import demo_scenarios  # noqa: E402

DATE = dt.date(2026, 11, 23)
AUTHOR = "Accelerator Planner (ready-made plan)"

TEXT = {
    "deepseek-r1-910c-h20-h200": (
        "DeepSeek-R1: Ascend 910C vs H20 vs H200",
        "DeepSeek-R1 (671B-parameter mixture of experts) with INT8 weights on SGLang, 5 billion "
        "tokens a day, 2,048 input and 1,024 output tokens per request, and a 50 ms "
        "time-per-output-token target (about 20 tokens/s per user).\n"
        "Compares Huawei's Ascend 910C with NVIDIA's China-market H20 and the H200.\n"
        "The catalog has no public price or power figure for the Ascend 910C: enter a quoted "
        "price in the cost inputs to compare its cost per million tokens. Availability and "
        "export-control status are in the comparison table's flags; check them before quoting.",
    ),
    "qwen3-32b-workstation-vs-h20": (
        "Qwen3-32B (4-bit): RTX 3090 workstation vs H20",
        "A small team's deployment: Qwen3-32B quantised to 4-bit AWQ on vLLM, 200 million tokens "
        "a day, 2,048 input and 512 output tokens per request, no latency target.\n"
        "Compares consumer RTX 3090 cards (24 GB each; four fit a typical workstation) with one "
        "data-centre NVIDIA H20.\n"
        "The RTX 3090 has no catalog price (used-market prices vary widely): enter the price you "
        "can buy at in the cost inputs to compare cost per million tokens.",
    ),
    "llama-3.3-70b-chinese": (
        "Llama-3.3-70B on Chinese accelerators",
        "Llama-3.3-70B in BF16 on vLLM, 1 billion tokens a day, 2,048 input and 512 output tokens "
        "per request, no latency target.\n"
        "Compares Huawei Ascend 910B and 910C, Cambricon MLU370-X8, MetaX C500 and Moore Threads "
        "MTT S4000, with the NVIDIA H20 as the reference.\n"
        "Several figures are press reports or estimates (see the Sources sheet of the spreadsheet "
        "export); an accelerator with a missing figure cannot be sized and says why. Most prices "
        "are not public: enter quotes in the cost inputs to compare cost.",
    ),
}


def demo_plans() -> dict[str, Plan]:
    """File stem -> plan, for every demo scenario."""
    plans = {}
    for key, scenario in demo_scenarios().items():
        title, notes = TEXT[key]
        plans[key] = Plan(
            title=title,
            author=AUTHOR,
            date=DATE,
            notes=notes,
            scenario=scenario,
            models=(scenario.model_id,),
            accelerators=scenario.accelerator_ids,
        )
    return plans


def main() -> None:
    for key, plan in demo_plans().items():
        path = HERE / f"{key}.accplan.json"
        save_plan(plan, path)
        print(f"wrote {path.relative_to(HERE.parent.parent)}")


if __name__ == "__main__":
    main()
