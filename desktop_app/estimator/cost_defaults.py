"""Default inputs of the cost (TCO) model, each with the public source it was read from.

Every value here is only a starting point: the user edits it in the scenario. A default that rests
on our own assumption says so in its ``note`` and has ``assumption=True``. Money is in USD unless
the unit says otherwise; the USD/CNY rate converts for display.

Keys of ``COST_DEFAULTS`` match the field names of :class:`desktop_app.estimator.cost.CostInputs`
where a field exists; region-specific values carry a ``_us`` / ``_cn`` suffix.

Standard library only (the estimator package may import numpy and stdlib, nothing else).
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping


@dataclass(frozen=True)
class Default:
    """One editable default: its value, its unit and where it comes from."""

    value: float
    unit: str
    source_title: str
    source_url: str
    source_date: str  # YYYY, YYYY-MM or YYYY-MM-DD of the source (or of the figure in it)
    note: str
    assumption: bool = False  # True when the value is our own choice, not read from the source


_DEFAULTS: dict[str, Default] = {
    # --- electricity -------------------------------------------------------------------------
    "electricity_usd_per_kwh_us": Default(
        value=0.0862,
        unit="USD/kWh",
        source_title="EIA Electric Power Monthly, Table 5.3: Average Price of Electricity to "
        "Ultimate Customers (industrial sector)",
        source_url="https://www.eia.gov/electricity/monthly/epm_table_grapher.php?t=epmt_5_3",
        source_date="2025",
        note="US industrial-sector average for 2025, 8.62 cents/kWh, as quoted from this EIA table "
        "in a public analysis (we did not open the table itself). Large data centres usually buy "
        "at industrial-like rates; commercial-sector prices are about 40-50 % higher. State "
        "prices range widely (EIA Electricity Monthly Update: roughly 8 to 29 cents/kWh).",
    ),
    "electricity_usd_per_kwh_cn": Default(
        value=0.088,
        unit="USD/kWh",
        source_title="China Briefing (Dezan Shira & Associates): China's Industrial Power Rates: "
        "A Guide for Investors",
        source_url="https://china-briefing.com/news/china-electricity-prices-industrial-consumers",
        source_date="2024",
        note="Average Chinese industrial power rate about USD 0.088/kWh in 2024 (up from 0.084 in "
        "2019), per the article. Tariffs are set provincially under NDRC rules and vary by "
        "province, voltage level and time of use; western hub provinces are cheaper.",
    ),
    # --- facility ----------------------------------------------------------------------------
    "pue": Default(
        value=1.58,
        unit="ratio (facility power / IT power)",
        source_title="Uptime Institute: Large data centers are mostly more efficient, analysis "
        "confirms (Global Data Center Survey data)",
        source_url="https://journal.uptimeinstitute.com/large-data-centers-are-mostly-more-"
        "efficient-analysis-confirms/",
        source_date="2024-02-07",
        note="Industry-average PUE 1.58 in 2023; flat at 1.55-1.59 since about 2020. New large "
        "facilities reach about 1.3 or better, hyperscale sites 1.1-1.2.",
    ),
    "hosting_usd_per_kw_month": Default(
        value=184.06,
        unit="USD per kW of IT load per month",
        source_title="CBRE: North America Data Center Trends H2 2024",
        source_url="https://www.cbre.com/insights/reports/north-america-data-center-trends-h2-2024",
        source_date="2025-02-26",
        note="Average monthly asking rate for a 250-500 kW colocation requirement across primary "
        "North American markets, USD 184.06 per kW (+12.6 % year on year). Wholesale rates "
        "like this usually exclude the metered electricity, which we charge separately; set "
        "electricity to 0 if a quote includes power. The model uses 12 x this per kW-year.",
    ),
    # --- capex -------------------------------------------------------------------------------
    "host_price_usd_per_device": Default(
        value=4000.0,
        unit="USD per accelerator",
        source_title="SemiAnalysis: AI Server Cost Analysis - Memory Is The Biggest Loser "
        "(DGX H100 bill of materials, as reproduced in Epoch AI's training-cost-trends notebook)",
        source_url="https://github.com/epoch-research/training-cost-trends",
        source_date="2023-05",
        note="The non-GPU components of a DGX H100 (CPUs, memory, NICs, NVSwitch baseboard, "
        "storage, chassis, power) sum to about USD 32,010 per 8-GPU server in that bill of "
        "materials, i.e. about USD 4,000 per GPU. That is a component cost; a buyer pays more "
        "(Epoch AI's chip-sales documentation is reported to put an 8-GPU H100 server at about "
        "38 % over its GPUs' price, i.e. ~USD 10k per GPU at USD 25.6k per H100).",
    ),
    "network_usd_per_device": Default(
        value=1882.0,
        unit="USD per accelerator",
        source_title="Tech Talk CTO (E. Cheah): H100 Freakonomics - the economical tiers of "
        "H100s (public cost spreadsheet)",
        source_url="https://substack.tech-talk-cto.com/p/h100-freakonomics-the-economical",
        source_date="2024-08",
        note="Switches (USD 288,000) plus InfiniBand connectors and cables (USD 675,840) for a "
        "64-node, 512-GPU cluster with one switch layer, 8 x 400 Gb/s per node: USD 1,882 per "
        "GPU. Two switch layers (up to 2,048 nodes) come to about USD 4,250 per GPU; two nodes "
        "wired back to back about USD 810.",
    ),
    "depreciation_years": Default(
        value=5.0,
        unit="years",
        source_title="Amazon.com 10-K for 2024 (as quoted by Deep Quarry, 'Amazon revises server "
        "lifespan amid AI shift')",
        source_url="https://deepquarry.substack.com/p/amazon-revises-server-lifespan-amid",
        source_date="2025-02-07",
        note="Amazon shortened the useful life of a subset of servers and networking equipment "
        "from six to five years from 1 Jan 2025, citing the pace of AI/ML technology; "
        "Microsoft, Alphabet and Meta use five to six years. Accelerator buyers often plan "
        "for 3-5 years.",
    ),
    "maintenance_frac_per_year": Default(
        value=0.06,
        unit="fraction of hardware capex per year",
        source_title="CTWatch Quarterly: Designing and Supporting High-End Computational "
        "Facilities",
        source_url="https://icl.utk.edu/ctwatch/quarterly/articles/2006/05/designing-and-"
        "supporting-high-end-computational-facilities/2/index.html",
        source_date="2006-05",
        note="After the first year, annual maintenance of HPC systems ranges 4-8 % of purchase "
        "price per that article; we take the midpoint. Old and HPC-generic: no recent public "
        "figure for GPU servers was found. First-year warranty is not modelled separately.",
        assumption=True,
    ),
    # --- power -------------------------------------------------------------------------------
    "load_factor": Default(
        value=0.75,
        unit="fraction of TDP (average draw)",
        source_title="Empirically-Calibrated H100 Node Power Models for Reducing Uncertainty in "
        "AI Training Energy Estimation (arXiv:2506.14551, Brookhaven National Laboratory)",
        source_url="https://arxiv.org/abs/2506.14551",
        source_date="2025-06-17",
        note="Measured 8-GPU H100 nodes drew at most about 76 % of their 10.2 kW rating even under "
        "compute-intensive training; we apply 0.75 to the accelerator TDP. LLM decode is "
        "memory-bound and often draws less, so this leans high for serving.",
        assumption=True,
    ),
    "host_power_w_per_device": Default(
        value=575.0,
        unit="W per accelerator",
        source_title="NVIDIA DGX H100 datasheet",
        source_url="https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/nvidia-dgx-"
        "h100-datasheet.pdf",
        source_date="2023",
        note="System power about 10.2 kW max for 8 x 700 W H100: (10,200 - 5,600) / 8 = 575 W per "
        "GPU of CPUs, memory, NICs, NVSwitches, fans and PSU loss at maximum. It is a maximum; "
        "the load factor is applied to the accelerators only.",
    ),
    # --- people ------------------------------------------------------------------------------
    "engineer_usd_per_month_us": Default(
        value=17200.0,
        unit="USD per engineer-month (fully loaded)",
        source_title="US BLS Occupational Employment and Wage Statistics, May 2024: Software "
        "Developers (15-1252); BLS Employer Costs for Employee Compensation",
        source_url="https://www.bls.gov/oes/current/oes151252.htm",
        source_date="2024-05",
        note="Mean annual wage USD 144,570 (OEWS May 2024, as listed by a mirror of the data) / 12 "
        "= USD 12,048; divided by about 0.70, the wage share of total compensation in private "
        "industry per BLS ECEC (our rounding), gives about USD 17,200 a month. Accelerator "
        "porting specialists are usually paid above the mean.",
        assumption=True,
    ),
    "engineer_usd_per_month_cn": Default(
        value=4200.0,
        unit="USD per engineer-month (fully loaded)",
        source_title="National Bureau of Statistics of China: 2024 average wages of urban "
        "employees (as reported by China News Service)",
        source_url="https://www.stats.gov.cn/",
        source_date="2025-05-16",
        note="OUR ASSUMPTION: CNY 30,000 a month fully loaded (about USD 4,200 at 7.19). NBS "
        "reports an average of CNY 124,110 a year for all urban non-private units in 2024 and "
        "ranks information transmission, software and IT services first among sectors, but "
        "we did not retrieve that sector's figure; experienced AI-infrastructure engineers in "
        "Beijing/Shanghai/Shenzhen earn well above the all-sector average.",
        assumption=True,
    ),
    # --- load ----------------------------------------------------------------------------------
    "utilisation": Default(
        value=0.6,
        unit="fraction of the year at planned throughput",
        source_title="Accelerator Planner assumption (no public source found)",
        source_url="",
        source_date="2026-11",
        note="Share of the year the deployment serves at the throughput it was sized for. Interactive "
        "traffic follows a daily cycle, so capacity sized for the peak averages well below it; "
        "batch and offline work can push it towards 1. Set it from your own traffic data.",
        assumption=True,
    ),
    # --- currency ----------------------------------------------------------------------------
    "cny_per_usd": Default(
        value=7.1883,
        unit="CNY per USD",
        source_title="MNI: PBOC Sets Yuan Parity Higher At 7.1883 Weds (CFETS central parity)",
        source_url="https://marketnews.com/mni-pboc-sets-yuan-parity-higher-at-71883-weds-"
        "229percent-yy-1736904003241",
        source_date="2025-01-15",
        note="USD/CNY central parity fixed by the PBOC on 15 Jan 2025. Dated: update it to the "
        "current CFETS fixing (chinamoney.com.cn) before quoting CNY figures.",
    ),
}

COST_DEFAULTS: Mapping[str, Default] = MappingProxyType(_DEFAULTS)
"""Read-only mapping of default name to :class:`Default`."""

REGIONS = ("us", "cn")


def regional(name: str, region: str) -> Default:
    """Return the default ``name`` for ``region`` ("us" or "cn").

    Looks up ``f"{name}_{region}"`` first and falls back to ``name`` for defaults that do not
    depend on the region.
    """
    if region not in REGIONS:
        raise ValueError(f"unknown region {region!r}; expected one of {REGIONS}")
    key = f"{name}_{region}"
    if key in COST_DEFAULTS:
        return COST_DEFAULTS[key]
    if name in COST_DEFAULTS:
        return COST_DEFAULTS[name]
    raise KeyError(f"no cost default named {name!r}")
