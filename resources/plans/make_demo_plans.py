"""Write the ready-made plans in this folder from the demo scenarios (desktop_app/ui/demos.py).

    .venv/bin/python resources/plans/make_demo_plans.py

The plans hold the same scenarios as the window's demo menu, with a title and notes for a customer,
in English here and in Simplified Chinese in zh_CN/ (a plan records its language; the window
offers the plans of its own language).
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
AUTHOR = {"en": "Accelerator Planner (ready-made plan)", "zh_CN": "加速卡选型规划器（示例方案）"}

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

#: The same plans in Simplified Chinese (resources/plans/zh_CN/): what the window opens when it
#: runs in Chinese, so a demo's report reads in Chinese, notes included.
TEXT_ZH = {
    "deepseek-r1-910c-h20-h200": (
        "DeepSeek-R1：Ascend 910C、H20 与 H200 对比",
        "DeepSeek-R1（671B 参数混合专家模型）采用 INT8 权重，基于 SGLang 部署，每天 50 亿 token，每个请求 2,048 个输入 token、1,024 个输出 token，每输出 token 时延（TPOT）目标为 50 ms（约合每用户 20 tokens/s）。\n"
        "对比 Huawei 的 Ascend 910C 与 NVIDIA 面向中国市场的 H20 以及 H200。\n"
        "规格库中没有 Ascend 910C 的公开价格或功耗数据：请在成本输入中填写所获报价，以比较其每百万 token 成本。供货情况和出口管制状态见对比表的“提示”列；对外报价前请先核实。",
    ),
    "llama-3.3-70b-chinese": (
        "国产加速卡上的 Llama-3.3-70B",
        "Llama-3.3-70B 以 BF16 精度基于 vLLM 部署，每天 10 亿 token，每个请求 2,048 个输入 token、512 个输出 token，无时延目标。\n"
        "对比 Huawei Ascend 910B 和 910C、Cambricon MLU370-X8、MetaX C500 以及 Moore Threads MTT S4000，以 NVIDIA H20 作为参照。\n"
        "部分数据来自媒体报道或估算（见电子表格导出文件中的“来源”工作表）；缺少数据的加速卡无法进行容量规划，并会说明原因。大多数价格未公开：请在成本输入中填写报价以比较成本。",
    ),
    "qwen3-32b-workstation-vs-h20": (
        "Qwen3-32B（4-bit）：RTX 3090 工作站与 H20 对比",
        "小团队部署：Qwen3-32B 量化为 4-bit AWQ，基于 vLLM 部署，每天 2 亿 token，每个请求 2,048 个输入 token、512 个输出 token，无时延目标。\n"
        "对比消费级 RTX 3090 卡（每卡 24 GB；一台常见工作站可装四张）与一张数据中心级 NVIDIA H20。\n"
        "规格库中没有 RTX 3090 的价格（二手市场价格差异很大）：请在成本输入中填写您能买到的价格，以比较每百万 token 成本。",
    ),
}


def demo_plans(language: str = "en") -> dict[str, Plan]:
    """File stem -> plan, for every demo scenario, in `language` ("en" or "zh_CN")."""
    text = TEXT_ZH if language == "zh_CN" else TEXT
    plans = {}
    for key, scenario in demo_scenarios().items():
        title, notes = text[key]
        plans[key] = Plan(
            title=title,
            author=AUTHOR[language],
            date=DATE,
            notes=notes,
            language=language,
            scenario=scenario,
            models=(scenario.model_id,),
            accelerators=scenario.accelerator_ids,
        )
    return plans


def main() -> None:
    for language, folder in (("en", HERE), ("zh_CN", HERE / "zh_CN")):
        folder.mkdir(exist_ok=True)
        for key, plan in demo_plans(language).items():
            path = folder / f"{key}.accplan.json"
            save_plan(plan, path)
            print(f"wrote {path.relative_to(HERE.parent.parent)}")


if __name__ == "__main__":
    main()
