"""Sample plans for the plan tests (a module with a unique name, so tests can import it)."""

import datetime as dt
from pathlib import Path

from desktop_app.plans import CostInputs, Layout, Override, Plan, ResultsSnapshot, Scenario, Workload

FIXTURES = Path(__file__).parent / "fixtures"


def full_plan() -> Plan:
    return Plan(
        title="DeepSeek-V3 for ACME — 部署方案",
        customer="ACME Cloud",
        author="Jane Analyst",
        date=dt.date(2026, 11, 23),
        notes="Two options.\nPrices as quoted in November.",
        language="zh_CN",
        scenario=Scenario(
            model_id="deepseek-v3",
            accelerator_ids=("nvidia-h200-sxm", "huawei-ascend-910c"),
            weight_precision="fp8",
            kv_precision="fp8",
            runtime_id="sglang",
            input_len=4096,
            output_len=1024,
            concurrency_min=4,
            concurrency_max=512,
            ttft_target_ms=2000.0,
            tpot_target_ms=50.0,
            workload=Workload("requests_per_s", 40.0),
            layout=Layout(devices=16, tp=8, pp=1, ep=16),
            cost=CostInputs(
                electricity_price_per_kwh=0.65,
                electricity_currency="CNY",
                cny_per_usd=7.2,
                pue=1.25,
                years=5,
                utilisation=0.7,
                price_overrides_usd={"nvidia-h200-sxm": 32000, "huawei-ascend-910c": 18500},
            ),
        ),
        models=("deepseek-v3", "qwen3-235b-a22b"),
        accelerators=("nvidia-h200-sxm", "huawei-ascend-910c", "cambricon-mlu590"),
        overrides=(
            Override("huawei-ascend-910c", "memory_gib", 128),
            Override("huawei-ascend-910c", "bf16_tflops", 780.0),
            Override("cambricon-mlu590", "status", "shipping"),
            Override("cambricon-mlu590", "tdp_w", None),
        ),
        results=ResultsSnapshot(
            catalog_version="2026.11.1",
            data={
                "table": [
                    {"accelerator": "nvidia-h200-sxm", "devices": 16, "tpot_ms": 41.5, "fits": True},
                    {"accelerator": "huawei-ascend-910c", "devices": 32, "tpot_ms": None},
                ],
                "currency": "CNY",
            },
        ),
    )
