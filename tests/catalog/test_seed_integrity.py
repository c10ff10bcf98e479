"""The shipped catalog (db/seed): complete, sourced, and physically plausible.

Built once per session (the `shipped_catalog` fixture) so these checks stay fast.
"""

from __future__ import annotations

import dataclasses

import pytest

from desktop_app.catalog.derived import computed_params
from desktop_app.catalog.records import CONFIDENCES, Spec
from desktop_app.catalog.seed import read_seed

REQUIRED = {
    "accelerators": """nvidia-a100-40gb-sxm nvidia-a100-80gb-sxm nvidia-a800-80gb nvidia-h100-sxm
        nvidia-h100-pcie nvidia-h800 nvidia-h20 nvidia-h200-sxm nvidia-b200 nvidia-l20 nvidia-l40s
        nvidia-rtx-pro-6000-blackwell nvidia-rtx-3060-12gb nvidia-rtx-3090 nvidia-rtx-4090 nvidia-rtx-5090
        nvidia-tesla-p40 nvidia-dgx-spark amd-mi250x amd-mi300x amd-mi325x amd-radeon-rx-7900-xtx
        intel-gaudi2 intel-gaudi3 huawei-ascend-910 huawei-ascend-910b huawei-ascend-910c
        huawei-ascend-950pr huawei-ascend-950dt huawei-ascend-960 huawei-ascend-970 huawei-ascend-310p
        cambricon-mlu290 cambricon-mlu370-x8 cambricon-mlu590 cambricon-mlu690 baidu-kunlun-1
        baidu-kunlun-2 baidu-kunlun-p800 baidu-kunlun-m100 baidu-kunlun-m300 alibaba-hanguang-800
        alibaba-ppu moorethreads-mtt-s80 moorethreads-mtt-s3000 moorethreads-mtt-s4000 biren-br100
        biren-br104 metax-c500 metax-c550 enflame-i20 enflame-s60 hygon-dcu-z100 hygon-dcu-k100
        iluvatar-tiangai-100 groq-lpu cerebras-wse-3""",
    "systems": """nvidia-dgx-h100 nvidia-hgx-h200 nvidia-dgx-b200 nvidia-gb200-nvl72 amd-mi300x-platform
        huawei-atlas-800i-a2 huawei-atlas-800i-a3 huawei-atlas-900-a3-superpod huawei-atlas-950-superpod
        huawei-atlas-960-superpod alibaba-panjiu-al128 alibaba-16x-ppu-server workstation-4x-rtx-3090""",
    "models": """deepseek-v3 deepseek-r1 kimi-k2 glm-4.5 glm-4.5-air qwen3-235b-a22b qwen3-30b-a3b
        qwen3-32b qwen3-14b qwen3-8b qwen3-coder-480b-a35b qwen3-coder-30b-a3b qwen2.5-72b
        qwen2.5-coder-7b qwen2.5-coder-3b llama-2-7b llama-2-70b llama-3.1-8b llama-3.1-70b
        llama-3.3-70b llama-3.1-405b llama-3.2-3b llama-4-scout llama-4-maverick mixtral-8x7b
        gpt-oss-20b gpt-oss-120b""",
    "runtimes": "vllm sglang trt-llm llama.cpp mindie vllm-ascend hf-transformers lmdeploy",
}


def test_seed_has_no_problems():
    _, problems = read_seed()
    assert [str(p) for p in problems] == []


def test_shipped_catalog_built_without_problems(shipped_catalog):
    assert shipped_catalog.seed_problems == ()
    assert shipped_catalog.version != "0"


@pytest.mark.parametrize("kind", sorted(REQUIRED))
def test_required_ids_are_present(shipped_catalog, kind):
    rows = shipped_catalog.runtimes() if kind == "runtimes" else shipped_catalog.records(kind)
    missing = set(REQUIRED[kind].split()) - {r.id for r in rows}
    assert not missing, f"missing {kind}: {sorted(missing)}"


@pytest.mark.parametrize("kind", ["accelerators", "systems", "models", "stacks"])
def test_every_number_has_a_source_and_a_confidence(shipped_catalog, kind):
    sources = {s.id for s in shipped_catalog.sources()}
    bad = []
    for record in shipped_catalog.records(kind):
        for f in dataclasses.fields(record):
            spec = getattr(record, f.name)
            if not (isinstance(spec, Spec) and spec.known):
                continue
            if spec.source not in sources or spec.confidence not in CONFIDENCES:
                bad.append(
                    f"{record.id}.{f.name}: source={spec.source!r} confidence={spec.confidence!r}"
                )
    assert not bad, bad


def test_accelerators_are_plausible(shipped_catalog):
    bad = []
    for acc in shipped_catalog.accelerators():
        memory, bandwidth = acc.memory_gib.value, acc.memory_bw_gbps.value
        if memory is not None and not memory > 0:
            bad.append(f"{acc.id}: memory {memory}")
        if bandwidth is not None and not bandwidth > 0:
            bad.append(f"{acc.id}: bandwidth {bandwidth}")
        bf16, fp8 = acc.bf16_tflops.value, acc.fp8_tflops.value
        if bf16 and fp8 and fp8 > 2.05 * bf16:
            bad.append(f"{acc.id}: dense fp8 {fp8} > 2.05 x bf16 {bf16} (a sparse figure?)")
    assert not bad, bad


def test_systems_refer_to_catalog_accelerators(shipped_catalog):
    ids = {a.id for a in shipped_catalog.accelerators()}
    assert [s.id for s in shipped_catalog.systems() if s.accelerator not in ids] == []


def test_moe_active_does_not_exceed_total(shipped_catalog):
    models = shipped_catalog.models()
    bad = []
    for model, computed in zip(models, computed_params(models), strict=True):
        total, active = model.total_params_b.value, model.active_params_b.value
        if total is not None and active is not None and active > total:
            bad.append(f"{model.id}: published active {active} > total {total}")
        if computed.total_params_b is None:
            bad.append(f"{model.id}: architecture incomplete")
        elif computed.active_params_b > computed.total_params_b * (1 + 1e-9):
            bad.append(f"{model.id}: computed active > total")
        if model.experts.known and model.experts_active.value > model.experts.value:
            bad.append(f"{model.id}: experts_active > experts")
    assert not bad, bad


def test_measured_results_refer_to_the_catalog(shipped_catalog):
    accelerators = {a.id for a in shipped_catalog.accelerators()}
    models = {m.id for m in shipped_catalog.models()}
    runtimes = {r.id for r in shipped_catalog.runtimes()}
    bad = [
        m.id
        for m in shipped_catalog.measured_results()
        if m.accelerator not in accelerators or m.model not in models or m.runtime not in runtimes
    ]
    assert not bad, bad


def test_support_matrix_refers_to_the_catalog(shipped_catalog):
    stacks = {s.id for s in shipped_catalog.stacks()}
    runtimes = {r.id for r in shipped_catalog.runtimes()}
    assert [
        (c.runtime, c.stack)
        for c in shipped_catalog.support()
        if c.runtime not in runtimes or c.stack not in stacks
    ] == []
    used = {a.software_stack for a in shipped_catalog.accelerators() if a.software_stack}
    assert used <= stacks
