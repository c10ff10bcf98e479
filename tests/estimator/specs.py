"""Hand-set catalog records for estimator tests (independent of the shipped seed catalog).

Architectures from the models' published Hugging Face ``config.json``; accelerator figures from
vendor datasheets (dense, without sparsity), as collected in ``shared/research/accelerators.csv``.
"""

from __future__ import annotations

from desktop_app.catalog.records import Accelerator, Model, Spec


def _specs(confidence: str = "datasheet", **values):
    return {k: Spec(v, "test", confidence) for k, v in values.items() if v is not None}


def accelerator(id: str, vendor: str, kind: str = "gpu", memory_type: str = "HBM3", confidence: str = "datasheet",
                **values) -> Accelerator:
    return Accelerator(id=id, name=id, vendor=vendor, kind=kind, memory_type=memory_type, **_specs(confidence, **values))


def model(id: str, attention: str = "gqa", tied: bool = False, qkv_bias: bool = False, **values) -> Model:
    return Model(id=id, name=id, attention=attention, tied_embeddings=tied, qkv_bias=qkv_bias, **_specs(**values))


ACCELERATORS = {
    "nvidia-h100-sxm": accelerator("nvidia-h100-sxm", "nvidia", memory_gib=80, memory_bw_gbps=3350, bf16_tflops=989,
                                   fp16_tflops=989, fp8_tflops=1979, int8_tops=1979, fp32_tflops=67,
                                   scale_up_bw_gbps=900, scale_out_gbit_s=400, tdp_w=700, price_usd=25000),
    "nvidia-h200-sxm": accelerator("nvidia-h200-sxm", "nvidia", memory_type="HBM3e", memory_gib=141, memory_bw_gbps=4800,
                                   bf16_tflops=989, fp16_tflops=989, fp8_tflops=1979, int8_tops=1979, fp32_tflops=67,
                                   scale_up_bw_gbps=900, scale_out_gbit_s=400, tdp_w=700, price_usd=32000),
    "nvidia-b200": accelerator("nvidia-b200", "nvidia", memory_type="HBM3e", memory_gib=180, memory_bw_gbps=8000,
                               bf16_tflops=2250, fp16_tflops=2250, fp8_tflops=4500, int8_tops=4500, fp4_tflops=9000,
                               fp32_tflops=80, scale_up_bw_gbps=1800, scale_out_gbit_s=400, tdp_w=1000, price_usd=40000),
    "nvidia-h20": accelerator("nvidia-h20", "nvidia", memory_gib=96, memory_bw_gbps=4000, bf16_tflops=148, fp16_tflops=148,
                              fp8_tflops=296, int8_tops=296, fp32_tflops=44, scale_up_bw_gbps=900, scale_out_gbit_s=400,
                              tdp_w=400, price_usd=12000),
    "nvidia-a100-80gb-sxm": accelerator("nvidia-a100-80gb-sxm", "nvidia", memory_type="HBM2e", memory_gib=80,
                                        memory_bw_gbps=2039, bf16_tflops=312, fp16_tflops=312, int8_tops=624,
                                        fp32_tflops=19.5, scale_up_bw_gbps=600, scale_out_gbit_s=200, tdp_w=400,
                                        price_usd=15000),
    "amd-mi300x": accelerator("amd-mi300x", "amd", memory_gib=192, memory_bw_gbps=5300, bf16_tflops=1307.4,
                              fp16_tflops=1307.4, fp8_tflops=2614.9, int8_tops=2614.9, fp32_tflops=163.4,
                              scale_up_bw_gbps=896, scale_out_gbit_s=400, tdp_w=750, price_usd=15000),
    "nvidia-tesla-p40": accelerator("nvidia-tesla-p40", "nvidia", memory_type="GDDR5", memory_gib=24, memory_bw_gbps=347,
                                    fp32_tflops=11.76, int8_tops=47, scale_up_bw_gbps=32, tdp_w=250),
    "amd-radeon-rx-7900-xtx": accelerator("amd-radeon-rx-7900-xtx", "amd", memory_type="GDDR6", memory_gib=24,
                                          memory_bw_gbps=960, bf16_tflops=122.8, fp16_tflops=122.8, int8_tops=122.8,
                                          fp32_tflops=61.4, scale_up_bw_gbps=64, tdp_w=355, price_usd=999),
    "nvidia-dgx-spark": accelerator("nvidia-dgx-spark", "nvidia", kind="soc", memory_type="LPDDR5x", memory_gib=128,
                                    memory_bw_gbps=273, bf16_tflops=125, fp16_tflops=125, fp8_tflops=250, int8_tops=250,
                                    fp4_tflops=500, fp32_tflops=31, tdp_w=240, price_usd=3999),
    "nvidia-rtx-4090": accelerator("nvidia-rtx-4090", "nvidia", memory_type="GDDR6X", memory_gib=24, memory_bw_gbps=1008,
                                   bf16_tflops=165.2, fp16_tflops=165.2, fp8_tflops=330.3, int8_tops=660.6,
                                   fp32_tflops=82.6, scale_up_bw_gbps=64, tdp_w=450, price_usd=1599),
    "nvidia-rtx-3060-12gb": accelerator("nvidia-rtx-3060-12gb", "nvidia", memory_type="GDDR6", memory_gib=12,
                                        memory_bw_gbps=360, bf16_tflops=25.6, fp16_tflops=51.2, int8_tops=102.4,
                                        fp32_tflops=12.7, scale_up_bw_gbps=32, tdp_w=170, price_usd=329),
    "nvidia-rtx-3090": accelerator("nvidia-rtx-3090", "nvidia", memory_type="GDDR6X", memory_gib=24, memory_bw_gbps=936,
                                   fp16_tflops=142, bf16_tflops=71, int8_tops=284, fp32_tflops=35.6,
                                   scale_up_bw_gbps=64, tdp_w=350, price_usd=1499),
    "huawei-ascend-910c": accelerator("huawei-ascend-910c", "huawei", kind="npu", memory_type="HBM2e",
                                      confidence="estimate", memory_gib=128, memory_bw_gbps=3200, bf16_tflops=780,
                                      fp16_tflops=800, scale_up_bw_gbps=784, scale_out_gbit_s=400, tdp_w=600,
                                      price_usd=28000),
    "huawei-ascend-910b": accelerator("huawei-ascend-910b", "huawei", kind="npu", memory_type="HBM2e",
                                      confidence="estimate", memory_gib=64, memory_bw_gbps=1600, bf16_tflops=353.9,
                                      fp16_tflops=353.9, int8_tops=707.8, scale_up_bw_gbps=392, scale_out_gbit_s=200,
                                      tdp_w=400, price_usd=15000),
}

_LLAMA3 = dict(heads=64, kv_heads=8, head_dim=128, vocab_size=128256, max_context=131072)
MODELS = {
    "llama-3.1-8b": model("llama-3.1-8b", layers=32, hidden_size=4096, heads=32, kv_heads=8, head_dim=128,
                          ffn_size=14336, vocab_size=128256, max_context=131072),
    "llama-3.1-70b": model("llama-3.1-70b", layers=80, hidden_size=8192, ffn_size=28672, **_LLAMA3),
    "llama-3.3-70b": model("llama-3.3-70b", layers=80, hidden_size=8192, ffn_size=28672, **_LLAMA3),
    "llama-3.1-405b": model("llama-3.1-405b", layers=126, hidden_size=16384, heads=128, kv_heads=8, head_dim=128,
                            ffn_size=53248, vocab_size=128256, max_context=131072),
    "llama-2-7b": model("llama-2-7b", attention="mha", layers=32, hidden_size=4096, heads=32, kv_heads=32,
                        head_dim=128, ffn_size=11008, vocab_size=32000, max_context=4096),
    "llama-2-70b": model("llama-2-70b", layers=80, hidden_size=8192, heads=64, kv_heads=8, head_dim=128,
                         ffn_size=28672, vocab_size=32000, max_context=4096),
    "llama-4-maverick": model("llama-4-maverick", layers=48, hidden_size=5120, heads=40, kv_heads=8, head_dim=128,
                              ffn_size=16384, vocab_size=202048, max_context=1048576, experts=128, experts_active=1,
                              shared_experts=1, expert_ffn_size=8192, moe_layer_step=2, sliding_window=8192,
                              sliding_window_layers=36),
    "qwen3-8b": model("qwen3-8b", layers=36, hidden_size=4096, heads=32, kv_heads=8, head_dim=128, ffn_size=12288,
                      vocab_size=151936, max_context=40960),
    "qwen3-32b": model("qwen3-32b", layers=64, hidden_size=5120, heads=64, kv_heads=8, head_dim=128, ffn_size=25600,
                       vocab_size=151936, max_context=40960),
    "qwen3-30b-a3b": model("qwen3-30b-a3b", layers=48, hidden_size=2048, heads=32, kv_heads=4, head_dim=128,
                           ffn_size=6144, vocab_size=151936, max_context=40960, experts=128, experts_active=8,
                           expert_ffn_size=768),
    "qwen3-235b-a22b": model("qwen3-235b-a22b", layers=94, hidden_size=4096, heads=64, kv_heads=4, head_dim=128,
                             ffn_size=12288, vocab_size=151936, max_context=40960, experts=128, experts_active=8,
                             expert_ffn_size=1536),
    "deepseek-r1": model("deepseek-r1", attention="mla", layers=61, hidden_size=7168, heads=128, kv_heads=128,
                         ffn_size=18432, vocab_size=129280, max_context=163840, q_lora_rank=1536, kv_lora_rank=512,
                         qk_rope_head_dim=64, qk_nope_head_dim=128, v_head_dim=128, experts=256, experts_active=8,
                         shared_experts=1, expert_ffn_size=2048, dense_layers=3),
    "deepseek-v3": model("deepseek-v3", attention="mla", layers=61, hidden_size=7168, heads=128, kv_heads=128,
                         ffn_size=18432, vocab_size=129280, max_context=163840, q_lora_rank=1536, kv_lora_rank=512,
                         qk_rope_head_dim=64, qk_nope_head_dim=128, v_head_dim=128, experts=256, experts_active=8,
                         shared_experts=1, expert_ffn_size=2048, dense_layers=3),
    "gpt-oss-120b": model("gpt-oss-120b", layers=36, hidden_size=2880, heads=64, kv_heads=8, head_dim=64,
                          ffn_size=2880, vocab_size=201088, max_context=131072, experts=128, experts_active=4,
                          expert_ffn_size=2880, sliding_window=128, sliding_window_layers=18),
    "qwen2.5-coder-7b": model("qwen2.5-coder-7b", qkv_bias=True, layers=28, hidden_size=3584, heads=28, kv_heads=4,
                              head_dim=128, ffn_size=18944, vocab_size=152064, max_context=32768),
}
