"""The currency money is shown in: the user's choice, else the interface language's (CNY in
Chinese, USD otherwise). The estimator and exports compute in USD; views convert at the scenario's
exchange rate, so changing the rate or the currency never changes a result, only its display."""

from __future__ import annotations

from desktop_app.ui import i18n, settings


def display_currency() -> str:
    chosen = str(settings.get("currency") or "")
    return chosen or i18n.default_currency()


def factor(scenario) -> float:
    """Multiply a USD amount by this to show it in the display currency."""
    return float(scenario.cost.cny_per_usd) if display_currency() == "CNY" else 1.0


def currency_word(code: str | None = None) -> str:
    """The currency as a unit in a label: "USD"/"CNY" in English, 美元/元 in Chinese."""
    from PySide6.QtCore import QCoreApplication

    code = code or display_currency()
    words = {"USD": QCoreApplication.translate("Money", "USD"),
             "CNY": QCoreApplication.translate("Money", "CNY")}
    return words.get(code, code)
