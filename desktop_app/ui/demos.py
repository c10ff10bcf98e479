"""Ready-made scenarios for demos (issue: DeepSeek-R1 on Ascend 910C vs H20 vs H200; Qwen3-32B on
a 4 x RTX 3090 workstation vs one H20; Llama-3.3-70B across Chinese accelerators)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.plans.scenario import Scenario, Workload


def demo_scenarios() -> dict[str, Scenario]:
    return {
        "deepseek-r1-910c-h20-h200": Scenario(
            model_id="deepseek-r1",
            accelerator_ids=("huawei-ascend-910c", "nvidia-h20", "nvidia-h200-sxm"),
            weight_precision="int8", kv_precision="bf16", runtime_id="sglang",
            input_len=2048, output_len=1024, concurrency_max=512,
            tpot_target_ms=50.0, workload=Workload("tokens_per_day", 5e9)),
        "qwen3-32b-workstation-vs-h20": Scenario(
            model_id="qwen3-32b",
            accelerator_ids=("nvidia-rtx-3090", "nvidia-h20"),
            weight_precision="int4-awq", kv_precision="fp16", runtime_id="vllm",
            input_len=2048, output_len=512, concurrency_max=64,
            workload=Workload("tokens_per_day", 2e8)),
        "llama-3.3-70b-chinese": Scenario(
            model_id="llama-3.3-70b",
            accelerator_ids=("huawei-ascend-910b", "huawei-ascend-910c", "cambricon-mlu370-x8",
                             "metax-c500", "moorethreads-mtt-s4000", "nvidia-h20"),
            weight_precision="bf16", kv_precision="bf16", runtime_id="vllm",
            input_len=2048, output_len=512, concurrency_max=256,
            workload=Workload("tokens_per_day", 1e9)),
    }


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


#: The shipped plans' titles, so the toolbar and menu can show them in the interface language
#: (the plan files themselves stay as written).
READY_MADE_TITLES = (
    QT_TRANSLATE_NOOP("ReadyMade", "DeepSeek-R1: Ascend 910C vs H20 vs H200"),
    QT_TRANSLATE_NOOP("ReadyMade", "Llama-3.3-70B on Chinese accelerators"),
    QT_TRANSLATE_NOOP("ReadyMade", "Qwen3-32B (4-bit): RTX 3090 workstation vs H20"),
)


def ready_made_plans(language: str = "en") -> list[tuple[str, Path]]:
    """(title, path) of the plans shipped in resources/plans, in file-name order; where a plan
    exists in `language` too (resources/plans/<language>/, same file name), that one."""
    from desktop_app.paths import resources_dir
    from desktop_app.plans.errors import PlanError
    from desktop_app.plans.io import load_plan

    folder = resources_dir() / "plans"
    found = []
    for path in sorted(folder.glob("*.accplan.json")):
        translated = folder / language / path.name
        if language != "en" and translated.is_file():
            path = translated
        try:
            found.append((load_plan(path).title, path))
        except PlanError:
            continue  # a damaged shipped plan is skipped, not fatal; tests check they all load
    return found


def default_scenario() -> Scenario:
    """The first ready-made plan's scenario (or the first built-in demo if none is shipped)."""
    from desktop_app.plans.errors import PlanError
    from desktop_app.plans.io import load_plan

    for _, path in ready_made_plans():
        try:
            return load_plan(path).scenario
        except PlanError:
            continue
    return next(iter(demo_scenarios().values()))
