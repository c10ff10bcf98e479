"""The estimator: memory, latency, throughput, serving, sizing and cost of LLM deployments.

numpy and the standard library only; pure functions over arrays that broadcast, so one call
evaluates a whole grid (accelerators × models × layouts × concurrency × context ...). SI units
inside (bytes, FLOP/s, bytes/s, seconds, W, USD); names carry a unit suffix otherwise.

Front door (``api.py``)
    ``estimate(hw, model, runtime=, weight_precision=, kv_precision=, devices=, tp=, pp=, ep=,
    batch= | "max", input_len=, output_len=, tpot_slo_s=, ttft_slo_s=, requests_per_s=)``
    → ``Estimate`` (``.result``: ``serving.ServingResult``; ``.low`` / ``.high``: bands);
    ``explain(estimate, index)`` → plain dict breakdown of one configuration;
    ``layout_front(hw, model, layouts, concurrency, ...)`` → Pareto front across layouts.
    Build ``hw`` / ``model`` with ``desktop_app.catalog.arrays`` (``hardware_arrays``,
    ``model_arrays``).

Modules, one physical effect each
    precision     storage cost of weight / KV formats (block scales) and the compute dtype they use
    hardware      ``HardwareArrays`` and confidence → relative uncertainty
    params        parameter counts from the architecture (``ModelArch``)
    model         ``ModelArrays``: counts grouped for sharding, KV and attention coefficients
    memory        weights, KV cache, activations, overhead per device; max batch / context
    performance   per-operator rooflines, collectives (TP all-reduce, EP all-to-all, PP), overheads
    serving       steady-state continuous batching, SLO-limited batch, request-rate load, Pareto
    sizing        devices / replicas / layout per accelerator for a workload, priced with ``cost``
    cost          TCO, cost per million tokens, energy per token (``cost_defaults``: the defaults)
    uncertainty   first-order propagation of spec confidence and calibration scatter
    runtime       ``RuntimeParams``: what the serving software contributes
    calibration   runtime settings, interconnect priors and fitted efficiencies (with their rows)
    fit           predicting measured results and refitting the efficiencies
"""
