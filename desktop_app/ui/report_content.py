"""The words and tables of the PDF report, as rich text (the subset of HTML QTextDocument reads).

Each function returns the HTML of one part of the report from the plan, the results and the
catalog; `desktop_app.ui.report` lays the parts out on pages. The recommendation is worked out here
from the comparison rows (`recommend`), so the summary and its test read the same rule: the
cheapest per million tokens among the options that fit and meet the latency targets.

Every word goes through `QCoreApplication.translate("Report", ...)`, so a translation can follow.
Money goes through `Money`: the results are in USD, the report shows its reader's currency.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from html import escape

import numpy as np
from PySide6.QtCore import QCoreApplication

from desktop_app import __version__
from desktop_app.catalog.records import Accelerator, spec_fields
from desktop_app.catalog.queries import UnknownIdError
from desktop_app.estimator.cost_defaults import COST_DEFAULTS, Default, regional
from desktop_app.ui import labels, money
from desktop_app.ui.i18n import catalog_text

#: `translate("Report", "literal")` is what pyside6-lupdate extracts (a helper would hide the text).
translate = QCoreApplication.translate

#: Ink and accents of the printed report (the app's light theme and the Okabe-Ito blue).
INK = "#1B1F24"
MUTED = "#5A6270"
ACCENT = "#0B4F8A"
RULE = "#B8C0CC"
HEADER_FILL = "#E8EEF5"
ALTERNATE_FILL = "#F5F7FA"
BAD = "#B3261E"

#: Default style sheet of every text page (pt sizes: body 10 pt, tables 9 pt).
STYLE_SHEET = f"""
body {{ color: {INK}; }}
h1 {{ font-size: 17pt; font-weight: 600; color: {ACCENT}; margin-top: 0px; margin-bottom: 10px; }}
h2 {{ font-size: 12pt; font-weight: 600; color: {ACCENT}; margin-top: 16px; margin-bottom: 6px; }}
h3 {{ font-size: 10.5pt; font-weight: 600; color: {INK}; margin-top: 10px; margin-bottom: 4px; }}
p {{ margin-top: 0px; margin-bottom: 7px; line-height: 118%; }}
li {{ margin-bottom: 4px; line-height: 118%; }}
table.grid {{ border-collapse: collapse; border-color: {RULE}; border-style: solid; }}
table.grid td, table.grid th {{ font-size: 8.5pt; padding: 3px; border-color: {RULE}; }}
table.grid th {{ background-color: {HEADER_FILL}; font-weight: 600; text-align: left; }}
table.kv td {{ padding: 2px; font-size: 9.5pt; }}
.muted {{ color: {MUTED}; }}
.small {{ font-size: 8pt; }}
.bad {{ color: {BAD}; }}
.box {{ background-color: {HEADER_FILL}; }}
a {{ color: {ACCENT}; text-decoration: none; }}
"""



# --- formatting ------------------------------------------------------------------------------------


def _heading(level: int, text: str) -> str:
    return f"<h{level}>{escape(text)}</h{level}>"


def _finite(value) -> bool:
    return value is not None and isinstance(value, (int, float)) and math.isfinite(value)


def fmt(value, digits: int = 0) -> str:
    """A number as the comparison table shows it (thousands grouped), "—" when not available."""
    if not _finite(value):
        return "—"
    return f"{value:,.{digits}f}"


def fmt_range(low, high, digits: int = 0) -> str:
    if not (_finite(low) and _finite(high)):
        return ""
    return f"{low:,.{digits}f}–{high:,.{digits}f}"


def breakable(text: str) -> str:
    """Escaped text with break opportunities after URL punctuation, so a long address wraps in a
    narrow table cell instead of running off the page (a zero-width space breaks, prints nothing)."""
    out = escape(text)
    for mark in ("/", ".", "-", "_", "?", "&amp;", "="):
        out = out.replace(mark, mark + "\u200b")
    return out


def _link(url: str | None) -> str:
    if not url:
        return ""
    return f'<a href="{escape(url, quote=True)}">{breakable(url)}</a>'


@dataclass(frozen=True)
class Money:
    """How the report shows money: in `code` ("USD" or "CNY"), at `rate` units of it per USD.

    The estimator and the results are in USD; only the printed figures are converted. The currency
    is the one the report's plots use (`desktop_app.ui.money`): the user's choice in Preferences,
    else the report language's, whose translator is installed while the report renders (CNY for
    Chinese, USD otherwise), at the scenario's exchange rate.
    """

    code: str = "USD"
    rate: float = 1.0

    @classmethod
    def of(cls, scenario) -> Money:
        if scenario is None:
            return cls()
        return cls(money.display_currency(), money.factor(scenario))

    @property
    def token_cost_digits(self) -> int:
        """Decimals of a cost per million tokens: 3 in USD, 2 in CNY (a yuan is about a seventh of
        a dollar, so one decimal fewer keeps the precision and the comparison table's width)."""
        return 2 if self.code == "CNY" else 3

    def value(self, usd) -> float | None:
        """A USD amount converted (None when unknown)."""
        return usd * self.rate if _finite(usd) else None

    def number(self, usd, digits: int = 0) -> str:
        """The converted amount without its currency: "86,260"."""
        return fmt(self.value(usd), digits)

    def amount(self, usd, digits: int = 0) -> str:
        """The converted amount with its currency: "¥86,260", "12,000 USD"; "—" when unknown."""
        if not _finite(usd):
            return "—"
        if self.code == "CNY":
            return "¥" + self.number(usd, digits)
        return translate("Report", "{0} USD").format(self.number(usd, digits))

    def span(self, low, high, digits: int = 0) -> str:
        """The converted range "10.1–12.3" ("" when either end is unknown)."""
        return fmt_range(self.value(low), self.value(high), digits)

    def unit(self) -> str:
        """The currency as a header names it: "USD" ("美元" in Chinese) or "CNY" ("元")."""
        return translate("Report", "CNY") if self.code == "CNY" else translate("Report", "USD")

    def note(self) -> str:
        """Where converted amounts come from, said once per part ("" when nothing is converted)."""
        if self.code == "USD":
            return ""
        return translate("Report",
            "Money is shown in CNY, converted from the planner's figures in USD at this plan's "
            "exchange rate of {0} CNY per USD.").format(f"{self.rate:g}")

    def usd_note(self, usd, digits: int = 0) -> str:
        """The amount in USD as its source gives it, small under a converted one ("" for USD)."""
        if self.code == "USD" or not _finite(usd):
            return ""
        original = translate("Report", "{0} USD").format(fmt(usd, digits))
        return f'<br><span class="small muted">{escape(original)}</span>'


def _money_note(m: Money) -> str:
    note = m.note()
    return f'<p class="small muted" style="margin-top:5px">{escape(note)}</p>' if note else ""


def _ids_to_names(catalog, ids) -> list[str]:
    names = []
    for i in ids:
        try:
            names.append(catalog_text(catalog.accelerator(i).name))
        except (UnknownIdError, LookupError):
            names.append(i)
    return names


def _workload_text(scenario) -> str:
    w = scenario.workload
    if w.unit == "requests_per_s":
        return translate("Report", "{0} requests per second").format(labels.format_number(w.amount))
    return translate("Report", "{0} tokens per day (input and output)").format(_big(w.amount))


def _big(value: float) -> str:
    """"5 billion" in English, "50 亿" in Chinese (which groups digits by 10^4)."""
    from desktop_app.ui.i18n import current_language, large_number

    return large_number(value, current_language())


def _targets_text(scenario) -> str:
    parts = []
    if scenario.ttft_target_ms is not None:
        parts.append(translate("Report", "time to first token at most {0} ms").format(fmt(scenario.ttft_target_ms)))
    if scenario.tpot_target_ms is not None:
        parts.append(translate("Report", "time per output token at most {0} ms").format(fmt(scenario.tpot_target_ms, 1)))
    return translate("Report", " and ").join(parts) if parts else translate("Report", "no latency target")


# --- the recommendation ----------------------------------------------------------------------------


@dataclass
class Recommendation:
    """The summary's conclusion: the row index recommended (None: none), a headline and the
    reasons, as plain sentences."""

    index: int | None
    headline: str
    reasons: list[str] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)


def _serves(row) -> bool:
    return bool(row.fits and row.devices is not None and _finite(row.tokens_per_s_per_device))


def recommend(results) -> Recommendation:
    """Cheapest per million tokens among options that fit and meet the latency targets; if none
    does, say so and name the closest."""
    if results is None or results.message or not results.rows:
        text = results.message if results is not None and results.message else translate("Report",
            "The scenario could not be computed.")
        return Recommendation(None, translate("Report", "No recommendation: the scenario could not be computed."),
                              [text])
    rows = results.rows
    scenario = results.scenario
    m = Money.of(scenario)
    serving = [i for i, r in enumerate(rows) if _serves(r)]
    priced = sorted((i for i in serving if _finite(rows[i].usd_per_million_tokens)),
                    key=lambda i: rows[i].usd_per_million_tokens)
    unpriced = [i for i in serving if i not in priced]
    failing = [i for i, r in enumerate(rows) if not _serves(r)]
    reasons: list[str] = []
    if priced:
        best = rows[priced[0]]
        digits = m.token_cost_digits
        reasons.append(translate("Report",
            "{0} is the cheapest option per million output tokens, at {1} (range {2}), among "
            "the {3} of {4} options that fit the model and meet the latency targets ({5}).").format(
            best.name, m.amount(best.usd_per_million_tokens, digits),
            m.span(best.usd_per_million_tokens_low, best.usd_per_million_tokens_high, digits)
            or "—",
            len(serving), len(rows), _targets_text(scenario)))
        if len(priced) > 1:
            second = rows[priced[1]]
            more = second.usd_per_million_tokens / best.usd_per_million_tokens - 1.0
            reasons.append(translate("Report",
                "The next cheapest, {0}, costs {1} per million tokens ({2:.0%} more).").format(
                second.name, m.amount(second.usd_per_million_tokens, digits), more))
            overlap = (_finite(best.usd_per_million_tokens_high)
                       and _finite(second.usd_per_million_tokens_low)
                       and best.usd_per_million_tokens_high >= second.usd_per_million_tokens_low)
            reasons.append(translate("Report",
                "Their uncertainty ranges overlap, so the difference is not decisive: keep both on "
                "the shortlist and confirm with a benchmark on your own workload.") if overlap else translate("Report",
                "Their uncertainty ranges do not overlap, so the ranking holds within the stated "
                "uncertainty."))
        reasons.append(translate("Report",
            "Sized for a workload of {0}, it needs {1} devices ({2}) and produces {3} output "
            "tokens/s per device at the operating point, with a time to first token of {4} ms and "
            "{5} ms per output token. Its total cost of ownership over {6} years is {7}.").format(
            _workload_text(scenario), fmt(best.devices), best.layout, fmt(best.tokens_per_s_per_device),
            fmt(best.ttft_ms), fmt(best.tpot_ms, 1), fmt(scenario.cost.years, 0),
            m.amount(best.tco_usd)))
        if unpriced:
            reasons.append(translate("Report",
                "{0} also meet the targets but have no known price, so they could not be ranked on "
                "cost; enter a price in the cost inputs to include them.").format(
                ", ".join(rows[i].name for i in unpriced)))
        for i in failing:
            reasons.append(translate("Report", "{0} is not an option here: {1}.").format(
                rows[i].name, rows[i].reason or translate("Report", "it does not meet the targets")))
        return Recommendation(priced[0], translate("Report", "Recommended: {0}").format(best.name), reasons,
                              list(best.flags))
    if serving:
        top = max(serving, key=lambda i: rows[i].tokens_per_s_per_device)
        reasons.append(translate("Report",
            "{0} fit the model and meet the latency targets, but no price is known for any of them, "
            "so the cheapest cannot be named. Enter prices in the cost inputs.").format(
            ", ".join(rows[i].name for i in serving)))
        reasons.append(translate("Report", "Of these, {0} produces the most output per device: {1} tokens/s.")
                       .format(rows[top].name, fmt(rows[top].tokens_per_s_per_device)))
        return Recommendation(None, translate("Report", "No option can be ranked on cost"), reasons,
                              list(rows[top].flags))
    # Nothing serves: say so plainly, and what is closest.
    headline = translate("Report", "None of the selected options meets the requirements")
    closest = _closest(results)
    fitting = [i for i, r in enumerate(rows) if r.fits]
    if closest is not None:
        i, ttft, tpot, ratio = closest
        reasons.append(translate("Report",
            "Every option that holds the model misses the latency targets ({0}) at every "
            "concurrency.").format(_targets_text(scenario)))
        reasons.append(translate("Report",
            "Closest: {0}. At its best point it reaches a time to first token of {1} ms and {2} ms "
            "per output token, {3:.0%} over the tighter target. Relax the targets, or compare "
            "faster accelerators.").format(rows[i].name, fmt(ttft), fmt(tpot, 1), ratio - 1.0))
    elif not fitting:
        reasons.append(translate("Report",
            "None of the selected accelerators can hold the model at these settings. Consider more "
            "devices per replica, a lower-precision weight format, or accelerators with more memory."))
    for i in failing:
        reasons.append(translate("Report", "{0}: {1}.").format(rows[i].name, rows[i].reason or translate("Report", "does not serve")))
    return Recommendation(None, headline, reasons)


def _closest(results):
    """(row index, TTFT ms, TPOT ms, ratio to target) of the valid point nearest the targets."""
    scenario = results.scenario
    best = None
    for a in range(len(results.rows)):
        valid = np.asarray(results.valid[a], bool)
        if not valid.any():
            continue
        ttft = np.asarray(results.sweep["ttft_ms"][a], float)
        tpot = np.asarray(results.sweep["tpot_ms"][a], float)
        ratio = np.ones_like(ttft)
        if scenario.ttft_target_ms is not None:
            ratio = np.maximum(ratio, ttft / scenario.ttft_target_ms)
        if scenario.tpot_target_ms is not None:
            ratio = np.maximum(ratio, tpot / scenario.tpot_target_ms)
        ratio = np.where(valid & np.isfinite(ratio), ratio, np.inf)
        c = int(np.argmin(ratio))
        if np.isfinite(ratio[c]) and (best is None or ratio[c] < best[3]):
            best = (a, float(ttft[c]), float(tpot[c]), float(ratio[c]))
    return best


# --- pages -----------------------------------------------------------------------------------------


def cover_html(plan, results, catalog, colour_for) -> str:
    scenario = plan.scenario
    model = results.model_name if results is not None else scenario.model_id
    rows = []
    names = _ids_to_names(catalog, scenario.accelerator_ids)
    for acc_id, name in zip(scenario.accelerator_ids, names):
        swatch = (f'<span style="background-color:{colour_for(acc_id)}; font-size:9pt">'
                  "&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;&nbsp;")
        rows.append(f"<tr><td>{swatch}{escape(name)}</td></tr>")
    facts = [
        (translate("Report", "Prepared for"), plan.customer or "—"),
        (translate("Report", "Prepared by"), plan.author or "—"),
        (translate("Report", "Date"), labels.format_date(plan.date)),
        (translate("Report", "Model served"), model),
        (translate("Report", "Runtime"), labels.runtime_name(catalog, scenario.runtime_id)),
    ]
    fact_rows = "".join(
        f'<tr><td width="30%" style="font-size:11pt; color:{MUTED}">{escape(k)}</td>'
        f'<td style="font-size:11pt"><b>{escape(v)}</b></td></tr>'
        for k, v in facts)
    subtitle = translate("Report", "Accelerator comparison and sizing for serving {0}").format(model)
    compared = translate("Report", "Accelerators compared")
    return (
        f'<p style="font-size:30pt; font-weight:600; color:{INK}; margin-bottom:6px">'
        f"{escape(plan.title)}</p>"
        f'<p style="font-size:13pt; color:{MUTED}; margin-bottom:36px">{escape(subtitle)}</p>'
        f'<table width="100%" cellspacing="0" cellpadding="4">{fact_rows}</table>'
        f'<p style="font-size:11pt; margin-top:30px; margin-bottom:6px; color:{MUTED}">'
        f"{escape(compared)}</p>"
        f'<table cellspacing="0" cellpadding="3" style="font-size:12pt">{"".join(rows)}</table>'
    )


def cover_footnote_html(results) -> str:
    version = results.catalog_version if results is not None else "—"
    return (f'<p class="small muted">' + escape(translate("Report",
        "Produced with Accelerator Planner {0} from catalog version {1}. Figures are estimates from "
        "published specifications and calibrated models, not measurements; see the methodology "
        "and the disclaimer.").format(__version__, version)) + "</p>")


def toc_html(entries: list[tuple[int, str, int]]) -> str:
    """entries: (level, title, page)."""
    rows = []
    for level, title, page in entries:
        weight = "font-weight:600; " if level == 0 else ""
        indent = "&nbsp;" * 6 * level
        top = "padding-top:7px; " if level == 0 else ""
        rows.append(f'<tr><td style="{weight}{top}">{indent}{escape(title)}</td>'
                    f'<td align="right" style="{weight}{top}">{page}</td></tr>')
    return (_heading(1, translate("Report", "Table of contents")) +
            f'<table width="100%" cellspacing="0" cellpadding="3" style="font-size:10.5pt">'
            f'{"".join(rows)}</table>')


def summary_html(plan, results, catalog, colour_for) -> str:
    rec = recommend(results)
    out = [_heading(1, translate("Report", "Summary"))]
    scenario = plan.scenario
    model = results.model_name if results is not None else scenario.model_id
    out.append("<p>" + escape(translate("Report",
        "This report compares {0} accelerators for serving {1} with the {2} runtime, weights in "
        "{3} and the KV cache in {4}, {5} input and {6} output tokens per request, for a workload "
        "of {7}. Latency targets: {8}.").format(
        len(scenario.accelerator_ids), model, labels.runtime_name(catalog, scenario.runtime_id),
        labels.precision_name(scenario.weight_precision), labels.precision_name(scenario.kv_precision),
        fmt(scenario.input_len), fmt(scenario.output_len),
        _workload_text(scenario), _targets_text(scenario))) + "</p>")
    colour = ACCENT if rec.index is not None else BAD
    out.append(
        f'<table width="100%" cellspacing="0" cellpadding="10" style="background-color:{HEADER_FILL}; '
        f'margin-top:8px; margin-bottom:10px"><tr><td>'
        f'<p style="font-size:15pt; font-weight:600; color:{colour}; margin-bottom:8px">'
        f"{escape(rec.headline)}</p>"
        + "".join(f"<p>{escape(r)}</p>" for r in rec.reasons) + "</td></tr></table>")
    if rec.index is not None and results is not None:
        row = results.rows[rec.index]
        m = Money.of(results.scenario)
        figures = [
            (translate("Report", "Devices for the workload"), fmt(row.devices)),
            (translate("Report", "Layout"), row.layout),
            (translate("Report", "Output tokens/s per device"), _with_range(row.tokens_per_s_per_device,
                                                           row.tokens_per_s_per_device_low,
                                                           row.tokens_per_s_per_device_high)),
            (translate("Report", "Time to first token"), fmt(row.ttft_ms) + " ms"),
            (translate("Report", "Time per output token"), fmt(row.tpot_ms, 1) + " ms"),
            (translate("Report", "Cost per million output tokens ({0})").format(m.unit()),
             _with_range(m.value(row.usd_per_million_tokens),
                         m.value(row.usd_per_million_tokens_low),
                         m.value(row.usd_per_million_tokens_high), m.token_cost_digits)),
            (translate("Report", "Total cost of ownership"), m.amount(row.tco_usd)),
            (translate("Report", "Facility power"), fmt(row.power_kw, 1) + " kW"),
        ]
        out.append(_heading(2, translate("Report", "The recommended option at a glance")))
        out.append(_kv_table([(k, escape(v)) for k, v in figures]))
        out.append(_money_note(m))
    if rec.checks:
        out.append(_heading(2, translate("Report", "Check before deciding")) + "<ul>")
        out.extend(f"<li>{escape(c)}</li>" for c in rec.checks)
        out.append("</ul>")
    if plan.notes.strip():
        out.append(_heading(2, translate("Report", "Notes")))
        out.extend(f"<p>{escape(p)}</p>" for p in plan.notes.strip().split("\n") if p.strip())
    out.append(
        f'<p class="small muted" style="margin-top:16px">' + escape(translate("Report",
            "All figures are estimates from published specifications and a calibrated model, not "
            "measurements. Vendor claims are not measurements: confirm any decision with a "
            "benchmark of your own workload. Ranges are one-sigma bands (see Methodology).")) + "</p>")
    return "".join(out)


def _with_range(value, low, high, digits: int = 0) -> str:
    text = fmt(value, digits)
    rng = fmt_range(low, high, digits)
    return translate("Report", "{0}  (range {1})").format(text, rng) if rng else text


def _kv_table(pairs, label_width: str = "38%") -> str:
    """A two-column table of (label, value); labels are plain text, values are rich text."""
    rows = []
    for index, (key, value) in enumerate(pairs):
        fill = f' bgcolor="{ALTERNATE_FILL}"' if index % 2 else ""
        rows.append(f'<tr{fill}><td width="{label_width}">{escape(key)}</td>'
                    f"<td>{value}</td></tr>")
    return (f'<table class="kv" width="100%" cellspacing="0" cellpadding="3">'
            f'{"".join(rows)}</table>')


# --- scenario and assumptions ----------------------------------------------------------------------


def assumptions_html(plan, results, catalog) -> str:
    s = plan.scenario
    c = s.cost
    m = Money.of(s)
    model = results.model_name if results is not None else s.model_id
    out = [_heading(1, translate("Report", "Scenario and assumptions")),
           "<p>" + escape(translate("Report", "Every input the results in this report were computed from.")) + "</p>",
           _heading(2, translate("Report", "Scenario"))]
    layout = (translate("Report", "chosen by the planner for each accelerator (cheapest that fits and meets the "
                  "targets)") if s.layout is None else
              translate("Report", "{0} devices: TP {1}, PP {2}, EP {3}").format(s.layout.devices, s.layout.tp,
                                                                 s.layout.pp, s.layout.ep))
    from desktop_app.plans.results import required_output_tokens_per_s

    pairs = [
        (translate("Report", "Model"), f"{model} ({s.model_id})"),
        (translate("Report", "Accelerators compared"), ", ".join(_ids_to_names(catalog, s.accelerator_ids))),
        (translate("Report", "Weight precision"), labels.precision_name(s.weight_precision)),
        (translate("Report", "KV-cache precision"), labels.precision_name(s.kv_precision)),
        (translate("Report", "Serving runtime"), labels.runtime_name(catalog, s.runtime_id)),
        (translate("Report", "Input tokens per request"), fmt(s.input_len)),
        (translate("Report", "Output tokens per request"), fmt(s.output_len)),
        (translate("Report", "Concurrency swept"), translate("Report", "{0} to {1} concurrent requests").format(
            fmt(s.concurrency_min), fmt(s.concurrency_max))),
        (translate("Report", "Time-to-first-token target"), translate("Report", "none") if s.ttft_target_ms is None
         else f"{fmt(s.ttft_target_ms)} ms"),
        (translate("Report", "Time-per-output-token target"), translate("Report", "none") if s.tpot_target_ms is None
         else f"{fmt(s.tpot_target_ms, 1)} ms"),
        (translate("Report", "Workload"), translate("Report", "{0}, i.e. {1} output tokens/s on average").format(
            _workload_text(s), fmt(required_output_tokens_per_s(s)))),
        (translate("Report", "Parallel layout"), layout),
    ]
    out.append(_kv_table([(k, escape(v)) for k, v in pairs]))

    region = "cn" if c.electricity_currency == "CNY" else "us"
    out.append(_heading(2, translate("Report", "Cost inputs of this plan")))
    elec_default = regional("electricity_usd_per_kwh", region)
    cost_rows = [
        (translate("Report", "Electricity price"), f"{c.electricity_price_per_kwh:g} {c.electricity_currency}/kWh",
         elec_default if c.electricity_currency == "USD"
         and math.isclose(c.electricity_price_per_kwh, elec_default.value) else None),
        (translate("Report", "Power usage effectiveness (PUE)"), f"{c.pue:g}", _if_default("pue", c.pue)),
        (translate("Report", "Planning period"), translate("Report", "{0} years").format(f"{c.years:g}"),
         _if_default("depreciation_years", c.years)),
        (translate("Report", "Utilisation"), f"{c.utilisation:.0%}", _if_default("utilisation", c.utilisation)),
        (translate("Report", "Exchange rate"), f"{c.cny_per_usd:g} CNY/USD", _if_default("cny_per_usd", c.cny_per_usd)),
    ]
    rows = []
    for index, (name, value, default) in enumerate(cost_rows):
        source = (_source_cell(default) if default is not None
                  else '<span class="muted">' + escape(translate("Report", "set for this plan")) + '</span>')
        rows.append(_row(index, [escape(name), escape(value), source]))
    out.append(_grid([translate("Report", "Input"), translate("Report", "Value"), translate("Report", "Source")], rows, ("28%", "18%", "54%")))
    out.append(_money_note(m))

    out.append(_heading(2, translate("Report", "Prices and power of the accelerators")))
    out.append(_prices_html(plan, catalog, m))

    out.append(_heading(2, translate("Report", "Cost defaults used")))
    out.append("<p>" + escape(translate("Report",
        "Figures the cost model takes from its defaults ({0} region). Each is a starting point "
        "from the public source named; those marked as our assumption are a choice, not a "
        "figure read from the source.").format(translate("Report", "China") if region == "cn" else translate("Report", "US"))) + "</p>")
    names = ("host_price_usd_per_device", "network_usd_per_device", "load_factor",
             "host_power_w_per_device", "hosting_usd_per_kw_month", "maintenance_frac_per_year",
             "depreciation_years", "engineer_usd_per_month")
    rows = []
    for index, name in enumerate(names):
        d = regional(name, region)
        label = escape(_default_label(name))
        if d.assumption:
            label += '<br><span class="small muted">' + escape(translate("Report", "our assumption")) + '</span>'
        rows.append(_row(index, [label, _default_value(d, m), _source_cell(d, note=True)]))
    out.append(_grid([translate("Report", "Default"), translate("Report", "Value"), translate("Report", "Source and note")], rows,
                     ("24%", "22%", "54%")))
    return "".join(out)


def _default_value(d: Default, m: Money) -> str:
    """A cost default with its unit in the report's words; money in the report's currency, with
    the source's USD figure under it."""
    digits = 0 if float(d.value).is_integer() else 2
    money_units = {
        "USD per accelerator": translate("Report", "{0} per accelerator"),
        "USD per kW of IT load per month": translate("Report", "{0} per kW of IT load per month"),
        "USD per engineer-month (fully loaded)":
            translate("Report", "{0} per engineer-month (fully loaded)"),
    }
    original = m.usd_note(d.value, digits)
    if d.unit in money_units:
        return escape(money_units[d.unit].format(m.amount(d.value, digits))) + original
    if d.unit.startswith("USD"):  # a unit added later: convert it all the same
        return escape(m.amount(d.value, digits) + d.unit[3:]) + original
    other_units = {
        "fraction of TDP (average draw)": translate("Report", "{0} of TDP (average draw)"),
        "fraction of hardware capex per year":
            translate("Report", "{0} of the hardware cost per year"),
    }
    if d.unit in other_units:
        return escape(other_units[d.unit].format(f"{d.value:.0%}"))
    if d.unit == "W per accelerator":
        return escape(translate("Report", "{0} W per accelerator").format(fmt(d.value)))
    if d.unit == "years":
        return escape(translate("Report", "{0} years").format(f"{d.value:g}"))
    return escape(f"{d.value:,g} {d.unit}")


def _if_default(name: str, value: float) -> Default | None:
    d = COST_DEFAULTS[name]
    return d if math.isclose(value, d.value) else None


def _default_label(name: str) -> str:
    return {
        "host_price_usd_per_device": translate("Report", "Server share per accelerator"),
        "network_usd_per_device": translate("Report", "Network per accelerator"),
        "load_factor": translate("Report", "Average power draw"),
        "host_power_w_per_device": translate("Report", "Host power per accelerator"),
        "hosting_usd_per_kw_month": translate("Report", "Hosting (colocation)"),
        "maintenance_frac_per_year": translate("Report", "Maintenance"),
        "depreciation_years": translate("Report", "Depreciation period"),
        "engineer_usd_per_month": translate("Report", "Engineering cost (porting)"),
    }.get(name, name)


def _source_cell(d: Default, note: bool = False) -> str:
    # Our own assumptions' titles and every note are our text, in the report's language; the
    # titles of published sources stay as published.
    text = escape(catalog_text(d.source_title))  # only our own "no public source" title has one
    if d.source_date:
        text += f' <span class="muted">({escape(d.source_date)})</span>'
    if d.source_url:
        text += f'<br><span class="small">{_link(d.source_url)}</span>'
    if note and d.note:
        text += f'<br><span class="small muted">{escape(catalog_text(d.note))}</span>'
    return text


def _row(index: int, cells: list[str], align: tuple[str, ...] = ()) -> str:
    fill = f' bgcolor="{ALTERNATE_FILL}"' if index % 2 else ""
    tds = "".join(
        f'<td valign="top"{" align=" + chr(34) + align[i] + chr(34) if i < len(align) and align[i] else ""}>'
        f"{cell}</td>" for i, cell in enumerate(cells))
    return f"<tr{fill}>{tds}</tr>"


def _grid(headers: list[str], rows: list[str], widths: tuple[str, ...] = (),
          align: tuple[str, ...] = ()) -> str:
    """A ruled table; a header's "\n" starts a new line in its cell."""
    heads = "".join(
        f'<th{" width=" + chr(34) + widths[i] + chr(34) if i < len(widths) else ""}'
        f'{" align=" + chr(34) + align[i] + chr(34) if i < len(align) and align[i] else ""}>'
        f'{escape(h).replace(chr(10), "<br>")}</th>' for i, h in enumerate(headers))
    return (f'<table class="grid" width="100%" border="0.5" cellspacing="0" cellpadding="3">'
            f'<thead><tr>{heads}</tr></thead>{"".join(rows)}</table>')


def _spec_source(catalog, spec) -> str:
    if not spec.known:
        return '<span class="muted">—</span>'
    parts = []
    if spec.source:
        try:
            src = catalog.source(spec.source)
            parts.append(escape(src.title) + (f' <span class="muted">({escape(src.date)})</span>'
                                              if src.date else ""))
            if src.url:
                parts.append(f'<span class="small">{_link(src.url)}</span>')
            elif src.document:
                parts.append(f'<span class="small">{escape(src.document)}</span>')
        except (UnknownIdError, LookupError):
            parts.append(escape(spec.source))
    else:
        parts.append('<span class="muted">' + escape(translate("Report", "no source given")) + '</span>')
    if spec.note:
        parts.append(f'<span class="small muted">{escape(catalog_text(spec.note))}</span>')
    return "<br>".join(parts)


def _confidence(word: str | None) -> str:
    if not word:
        return '<span class="muted">' + escape(translate("Report", "unstated")) + '</span>'
    colour = labels.CONFIDENCE_COLOURS.get(word, MUTED)
    return (f'<span style="color:{colour}; font-weight:600">'
            f"{escape(labels.choice_word('confidence', word))}</span>")


def _prices_html(plan, catalog, m: Money) -> str:
    s = plan.scenario
    stacks = {st.id: st for st in catalog.stacks()}
    rows = []
    for index, acc_id in enumerate(s.accelerator_ids):
        try:
            acc = catalog.accelerator(acc_id)
        except (UnknownIdError, LookupError):
            continue
        override = s.cost.price_override_usd(acc_id)
        if override is not None:
            price = escape(m.amount(override)) + m.usd_note(override)
            price_src = '<span class="muted">' + escape(translate("Report", "set for this plan")) + '</span>'
        elif acc.price_usd.known:
            price = (escape(m.amount(acc.price_usd.value)) + m.usd_note(acc.price_usd.value)
                     + f"<br>{_confidence(acc.price_usd.confidence)}")
            price_src = _spec_source(catalog, acc.price_usd)
        else:
            price = f'<span class="bad">{escape(labels.unknown_text())}</span>'
            price_src = escape(translate("Report", "No price known: this option cannot be costed."))
        tdp = (f"{fmt(acc.tdp_w.value)} W<br>{_confidence(acc.tdp_w.confidence)}"
               if acc.tdp_w.known else f'<span class="bad">{escape(labels.unknown_text())}</span>')
        stack = stacks.get(acc.software_stack)
        porting = (stack.porting_months.value if stack is not None and stack.porting_months.known
                   else None)
        stack_text = escape(stack.name if stack else (acc.software_stack or labels.unknown_text()))
        if porting is not None:
            stack_text += "<br>" + escape(translate("Report", "porting: {0} engineer-months").format(fmt(porting, 0)))
        rows.append(_row(index, [escape(catalog_text(acc.name)), price, tdp, stack_text, price_src]))
    return _grid([translate("Report", "Accelerator"), translate("Report", "Price per device"), translate("Report", "Power (TDP)"),
                  translate("Report", "Software stack"), translate("Report", "Price source")], rows,
                 ("18%", "15%", "11%", "18%", "38%"))


# --- comparison ------------------------------------------------------------------------------------


def comparison_html(results, colour_for) -> str:
    out = [_heading(1, translate("Report", "Comparison"))]
    if results is None or results.message or not results.rows:
        out.append("<p>" + escape(results.message if results is not None and results.message
                                  else translate("Report", "The scenario could not be computed.")) + "</p>")
        return "".join(out)
    years = fmt(results.scenario.cost.years, 0)
    m = Money.of(results.scenario)
    out.append("<p>" + escape(translate("Report",
        "Each option is sized for the workload with the layout that serves it at the lowest "
        "hardware cost while meeting the latency targets. Figures are at each option's operating "
        "point (the concurrency giving the most output per device within the targets); the range "
        "under a figure is its uncertainty band.")) + "</p>")
    rows = []
    for index, r in enumerate(results.rows):
        swatch = (f'<span style="background-color:{colour_for(r.accelerator_id)}">&nbsp;&nbsp;'
                  "</span>&nbsp;")
        name = f"{swatch}<b>{escape(r.name)}</b><br><span class=\"small muted\">{escape(r.layout)}</span>"
        if not _serves(r):
            reason = r.reason or translate("Report", "does not meet the targets")
            cells = [name, f'<span class="bad">{escape(reason)}</span>']
            fill = f' bgcolor="{ALTERNATE_FILL}"' if index % 2 else ""
            rows.append(f'<tr{fill}><td valign="top">{cells[0]}</td>'
                        f'<td colspan="7" valign="top">{cells[1]}</td></tr>')
            continue

        def ranged(v, lo, hi, digits=0):
            rng = fmt_range(lo, hi, digits)
            small = f'<br><span class="small muted">{rng}</span>' if rng else ""
            return f"{fmt(v, digits)}{small}"

        cost = (ranged(m.value(r.usd_per_million_tokens), m.value(r.usd_per_million_tokens_low),
                       m.value(r.usd_per_million_tokens_high), m.token_cost_digits)
                if _finite(r.usd_per_million_tokens)
                else '<span class="muted">' + escape(translate("Report", "price unknown")) + '</span>')
        tco = m.number(r.tco_usd / 1e6, 2) if _finite(r.tco_usd) else "—"
        rows.append(_row(index, [
            name, fmt(r.devices), fmt(r.max_concurrency), fmt(r.ttft_ms), fmt(r.tpot_ms, 1),
            ranged(r.tokens_per_s_per_device, r.tokens_per_s_per_device_low,
                   r.tokens_per_s_per_device_high),
            cost, tco], ("", "right", "right", "right", "right", "right", "right", "right")))
    out.append(_grid(
        [translate("Report", "Option and layout"), translate("Report", "Devices"), translate("Report", "Max concurrent requests"), translate("Report", "TTFT (ms)"),
         translate("Report", "TPOT (ms)"), translate("Report", "Tokens/s per device"),
         translate("Report", "Cost per M tokens ({0})").format(m.unit()),
         # The unit on a line of its own: a narrow column would otherwise split it ("百万 / 元").
         translate("Report", "TCO, {0} y").format(years) + "\n"
         + translate("Report", "(M {0})").format(m.unit())], rows,
        ("22%", "9%", "12%", "8%", "8%", "13%", "13%", "15%"),
        ("", "right", "right", "right", "right", "right", "right", "right")))
    out.append('<p class="small muted" style="margin-top:5px">' + escape(translate("Report",
        "Devices: accelerators needed for the workload. Max concurrent requests: requests served at once "
        "within the targets (all replicas). TTFT: time to first token. TPOT: time per output token. "
        "M: million.")) + "</p>")

    out.append(_heading(2, translate("Report", "Practical considerations")))
    rows = []
    for index, r in enumerate(results.rows):
        stack = escape(r.stack)
        if r.stack_maturity is not None and _finite(r.stack_maturity):
            stack += "<br>" + escape(translate("Report", "maturity {0} of 5").format(fmt(r.stack_maturity, 0)))
        power = f"{fmt(r.power_kw, 1)} kW" if _finite(r.power_kw) else "—"
        flags = "<br>".join("• " + escape(f) for f in r.flags) or "—"
        rows.append(_row(index, [f"<b>{escape(r.name)}</b>", stack, escape(
            labels.choice_word("availability_china", r.availability_china)), power,
            f'<span class="small">{flags}</span>']))
    out.append(_grid([translate("Report", "Option"), translate("Report", "Software stack"), translate("Report", "China availability"),
                      translate("Report", "Facility power"), translate("Report", "Flags")], rows,
                     ("18%", "16%", "12%", "10%", "44%")))
    return "".join(out)


# --- spec sheets -----------------------------------------------------------------------------------


def spec_sheet_html(catalog, acc: Accelerator, results, index: int | None, scenario=None) -> str:
    """The accelerator's figures with their sources; its price in the currency of `scenario`'s
    report (USD without one)."""
    m = Money.of(scenario)
    vendors = {v.id: v.name for v in catalog.vendors()}
    stacks = {st.id: st.name for st in catalog.stacks()}
    facts = [vendors.get(acc.vendor, acc.vendor)]
    for key in ("kind", "status"):
        value = getattr(acc, key)
        if value:
            facts.append(labels.choice_word(key, value))
    out = [_heading(1, translate("Report", "Spec sheet: {0}").format(catalog_text(acc.name))),
           f'<p class="muted">{escape(" · ".join(facts))} · {escape(acc.id)}</p>',
           _heading(2, translate("Report", "Figures"))]
    rows = []
    for i, f in enumerate(spec_fields(Accelerator)):
        spec = getattr(acc, f.name)
        label, unit = labels.field_labels().get(f.name, (f.name, ""))
        original = ""
        if f.name == "price_usd":  # money: the report's currency, the source's USD under it
            unit, original = m.unit(), m.usd_note(spec.value if spec.known else None)
        if spec.known:
            value = escape(m.number(spec.value) if f.name == "price_usd"
                           else labels.format_spec(f.name, spec, with_unit=False))
            conf = _confidence(spec.confidence)
        else:
            value = f'<span class="muted">{escape(labels.unknown_text())}</span>'
            conf = '<span class="muted">—</span>'
        rows.append(_row(i, [escape(label), f"<b>{value}</b>{original}", escape(unit), conf,
                             _spec_source(catalog, spec)], ("", "right")))
    out.append(_grid([translate("Report", "Figure"), translate("Report", "Value"), translate("Report", "Unit"), translate("Report", "Confidence"), translate("Report", "Source")],
                     rows, ("18%", "11%", "9%", "14%", "48%"), ("", "right")))
    out.append('<p class="small muted" style="margin-top:5px">' + escape(translate("Report",
        "Confidence: datasheet = the vendor's own published specification; measured = an "
        "independent measurement; estimate = an analyst's estimate or a derived value; press = a "
        "press report of a claim; rumour = treat with care. Unknown figures are left unknown, "
        "never guessed as zero.")) + "</p>")

    details = []
    for name in ("form_factor", "memory_type", "process_node", "foundry", "software_stack",
                 "scale_up_name", "scale_out", "availability_china", "availability_china_note",
                 "availability_elsewhere", "availability_elsewhere_note", "export_control", "notes"):
        value = getattr(acc, name)
        if name == "software_stack" and value:
            value = stacks.get(value, value)
        elif name.startswith("availability") and not name.endswith("note"):
            value = labels.choice_word(name, value) if value else None
        else:
            value = catalog_text(value)  # free text from the catalog, in the report's language
        details.append((labels.field_label(name), value or labels.unknown_text()))
    if acc.source:
        try:
            src = catalog.source(acc.source)
            details.append((translate("Report", "Main source"), src.title + (f" — {src.url}" if src.url else "")))
        except (UnknownIdError, LookupError):
            details.append((translate("Report", "Main source"), acc.source))
    out.append(_heading(2, translate("Report", "Details")))
    out.append(_kv_table([(k, breakable(v) if "http" in v else escape(v)) for k, v in details],
                         "26%"))
    if index is not None and results is not None and not results.message:
        out.append(_operating_point_html(results, catalog, index))
    return "".join(out)


def _operating_point_html(results, catalog, index: int) -> str:
    """The estimator's breakdown at the option's operating point (the window's "why this
    number" panel), one small table per part."""
    from desktop_app.plans.results import explain_point

    try:
        info = explain_point(results, catalog, index, translate=translate)
    except Exception:  # noqa: BLE001 - the breakdown is optional; the sheet stands without it
        return ""
    out = [_heading(2, translate("Report", "At the operating point")),
           f'<p class="muted">{escape(info["subtitle"])}</p>']
    if not info.get("fits", True):
        out.append('<p class="bad">' + escape(info.get("reason") or translate("Report", "does not fit")) + '</p>')
        return "".join(out)
    efficiency_labels = _efficiency_labels()
    for heading, items in info["sections"]:
        if heading == translate("Breakdown", "Catalog figures used"):  # the table above has them
            continue
        pairs = []
        for item in items:
            key, value = str(item[0]), str(item[1])
            if key in efficiency_labels:
                key, value = efficiency_labels[key], _efficiency_value(key, item[1])
            pairs.append((key, escape(value)))
        out.append(_heading(3, heading))
        out.append(_kv_table(pairs, "45%"))
    out.extend(f'<p class="small muted" style="margin-top:6px">{escape(n)}</p>'
               for n in info.get("notes", ()))
    return "".join(out)


def _efficiency_labels() -> dict[str, str]:
    return {
        "compute_eff": translate("Report", "Share of peak compute reached"),
        "memory_eff": translate("Report", "Share of peak memory bandwidth reached"),
        "expert_eff": translate("Report", "Expert-kernel efficiency (MoE)"),
        "attn_eff": translate("Report", "Attention-kernel efficiency"),
        "link_eff": translate("Report", "Share of interconnect bandwidth reached"),
        "step_s": translate("Report", "Fixed time per step"),
        "collective_s": translate("Report", "Latency per collective operation"),
    }


def _efficiency_value(key: str, text: str) -> str:
    try:
        value = float(str(text).replace(",", ""))
    except ValueError:
        return str(text)
    if key in ("step_s", "collective_s"):
        return f"{value * 1e3:,.3g} ms" if value >= 1e-3 else f"{value * 1e6:,.3g} µs"
    return f"{value:.0%}"


# --- methodology -----------------------------------------------------------------------------------


def methodology_html() -> str:
    from desktop_app.estimator.hardware import CONFIDENCE_SIGMA
    from desktop_app.estimator.uncertainty import Z

    sigma = ", ".join(f"{labels.choice_word('confidence', k)} {v:.0%}" for k, v in CONFIDENCE_SIGMA.items())
    paragraphs = [
        ("h1", translate("Report", "Methodology")),
        ("p", translate("Report",
            "The planner estimates how an accelerator serves a language model from the model's "
            "architecture and the accelerator's published figures, with efficiencies calibrated "
            "against published measurements. It does not run the model. This section says in plain "
            "words what it computes.")),
        ("h2", translate("Report", "Memory and fit")),
        ("p", translate("Report",
            "Each device must hold its share of the weights (at the chosen precision, including "
            "quantisation scales), the KV cache of the requests it serves (by attention kind: full, "
            "grouped or latent attention, sliding windows), activations and the runtime's own "
            "overhead. Weights and cache are split by tensor, pipeline and expert parallelism. A "
            "configuration fits when this is within the memory the runtime may use.")),
        ("h2", translate("Report", "Time per step: a roofline of compute, memory and communication")),
        ("p", translate("Report",
            "Each decoding step of the batch is timed as a roofline: every group of operations "
            "takes the longer of its arithmetic at the device's peak rate and its memory traffic at "
            "the device's bandwidth. Collective communication between devices (tensor-parallel "
            "all-reduce, expert all-to-all, pipeline sends) is added with its bandwidth and "
            "per-message latency, and a fixed overhead per step covers scheduling and sampling on "
            "the host. Mixture-of-experts models count the active parameters and the number of "
            "distinct experts a batch touches; attention cost grows with the context.")),
        ("h2", translate("Report", "Calibrated efficiencies")),
        ("p", translate("Report",
            "No device reaches its peak figures. The share of peak compute and bandwidth each "
            "runtime achieves, and its fixed overheads, are fitted to published measurements of "
            "real deployments; each fitted factor records the measurements it came from. Hardware "
            "families without measurements keep a prior and a wider uncertainty.")),
        ("h2", translate("Report", "Serving: continuous batching in steady state")),
        ("p", translate("Report",
            "Requests are served with continuous batching: at a given number of concurrent "
            "requests, each step decodes one token for every running request while new prompts are "
            "prefilled in chunks alongside. From the step time follow the time per output token, "
            "the time to first token, the speed each user sees and the throughput per device. "
            "Queueing beyond the batch limit is not modelled.")),
        ("h2", translate("Report", "Sizing")),
        ("p", translate("Report",
            "For each accelerator, candidate layouts (devices per replica and their split into "
            "tensor, pipeline and expert parallelism) are evaluated across the concurrency range. "
            "The operating point of a layout is the concurrency with the most output per device "
            "that still meets the latency targets; the number of replicas follows from the "
            "workload, and the layout with the lowest hardware cost is chosen.")),
        ("h2", translate("Report", "Total cost of ownership")),
        ("p", translate("Report",
            "Hardware cost is the devices plus a share of the server and the network per device. "
            "Running costs are power (average draw of the devices and hosts, times the PUE, times "
            "the electricity price), hosting per kW, and yearly maintenance; a one-time porting "
            "effort depends on the maturity of the vendor's software stack. Cost per million tokens "
            "spreads the hardware over its depreciation period and adds the running costs, divided "
            "by the tokens served at the planned utilisation.")),
        ("h2", translate("Report", "Uncertainty ranges")),
        ("p", translate("Report",
            "Every catalog figure carries a confidence level, translated into a relative "
            "uncertainty ({0}). The uncertainty of a step time combines the uncertainty of each "
            "figure in proportion to the share of the step it governs (compute, memory or "
            "communication) with the calibration spread of the runtime: the scatter of the "
            "calibrated model around the measurements. The bands shown are {1}-sigma bands (about "
            "two chances in three that the real value lies inside, if the errors are log-normal). "
            "Throughput and cost ranges follow from the same band.").format(sigma, f"{Z:g}")),
        ("h1", translate("Report", "Disclaimer")),
        ("p", translate("Report",
            "This report is a planning estimate, not a measurement or a guarantee of performance. "
            "Vendor claims are not measurements: many figures, especially for accelerators without "
            "independent benchmarks, come from datasheets, press reports or estimates, as the "
            "confidence of each figure states. Real performance depends on the software version, "
            "drivers, model build, request mix and configuration. Prices, availability and export "
            "rules change; check them at the time of purchase. Confirm any decision with a "
            "benchmark of your own workload on the hardware considered.")),
    ]
    out = []
    for tag, text in paragraphs:
        extra = ' style="margin-top:24px"' if tag == "h1" and out else ""
        out.append(f"<{tag}{extra}>{escape(text)}</{tag}>")
    return "".join(out)
