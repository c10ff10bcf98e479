"""The scenario panel: what to serve (model, precision, runtime), the workload and the cost inputs.

Every control edits the state through `AppState.edit`, one undo step per gesture; the panel redraws
from `scenario_changed` inside signal blockers, so an undo moves the controls back without
producing new edits.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.plans.errors import FieldError
from desktop_app.plans.scenario import CURRENCIES, KV_PRECISIONS, WEIGHT_PRECISIONS, Scenario
from desktop_app.ui.i18n import catalog_text, current_language
from desktop_app.ui.state import AppState
from desktop_app.ui.widgets import SliderSpin

from desktop_app.ui.labels import PRECISION_LABELS  # noqa: E402 - kept beside the panel's imports


class ScenarioPanel(QScrollArea):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self._state = state
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(6, 6, 6, 6)

        # --- model and runtime -----------------------------------------------------------
        self.model = QComboBox()
        self.model.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model.setMinimumContentsLength(18)
        self.weight_precision = QComboBox()
        for key in WEIGHT_PRECISIONS:
            self.weight_precision.addItem(PRECISION_LABELS[key], key)
        self.kv_precision = QComboBox()
        for key in KV_PRECISIONS:
            self.kv_precision.addItem(PRECISION_LABELS[key], key)
        self.runtime = QComboBox()
        what = QGroupBox(self.tr("Model and runtime"))
        form = _form(what)
        form.addRow(self.tr("Model"), self.model)
        form.addRow(self.tr("Weight precision"), self.weight_precision)
        form.addRow(self.tr("KV-cache precision"), self.kv_precision)
        form.addRow(self.tr("Runtime"), self.runtime)
        column.addWidget(what)

        # --- requests and targets --------------------------------------------------------
        self.input_len = SliderSpin(16, 262_144, log=True, suffix=self.tr(" tokens"))
        self.output_len = SliderSpin(1, 65_536, log=True, suffix=self.tr(" tokens"))
        self.concurrency_max = SliderSpin(1, 4096, log=True)
        self.ttft_target = SliderSpin(0, 60_000, log=False, suffix=" ms", step=100,
                                      special_text=self.tr("no target"))
        self.tpot_target = SliderSpin(0, 1000, log=False, suffix=" ms", step=5,
                                      special_text=self.tr("no target"))
        requests = QGroupBox(self.tr("Requests and latency targets"))
        form = _form(requests)
        form.addRow(self.tr("Input length"), self.input_len)
        form.addRow(self.tr("Output length"), self.output_len)
        form.addRow(self.tr("Concurrency up to"), self.concurrency_max)
        form.addRow(self.tr("TTFT target"), self.ttft_target)
        form.addRow(self.tr("TPOT target"), self.tpot_target)
        column.addWidget(requests)

        # --- workload ---------------------------------------------------------------------
        self.workload_unit = QComboBox()
        self.workload_unit.addItem(self.tr("tokens per day"), "tokens_per_day")
        self.workload_unit.addItem(self.tr("requests per second"), "requests_per_s")
        self.workload_amount = SliderSpin(0.01, 1e12, log=True, decimals=2, step=1)
        workload = QGroupBox(self.tr("Workload to serve"))
        form = _form(workload)
        form.addRow(self.tr("Measured in"), self.workload_unit)
        form.addRow(self.tr("Amount"), self.workload_amount)
        column.addWidget(workload)

        # --- cost -------------------------------------------------------------------------
        self.currency = QComboBox()
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        self.electricity = SliderSpin(0, 2, decimals=3, step=0.005)
        self.cny_per_usd = SliderSpin(1, 20, decimals=3, step=0.01, suffix=self.tr(" CNY/USD"))
        self.pue = SliderSpin(1.0, 3.0, decimals=2, step=0.05)
        self.years = SliderSpin(1, 10, decimals=0, suffix=self.tr(" years"))
        self.utilisation = SliderSpin(1, 100, decimals=0, suffix=" %")
        cost = QGroupBox(self.tr("Cost inputs"))
        form = _form(cost)
        form.addRow(self.tr("Electricity currency"), self.currency)
        self._electricity_label = QLabel()
        form.addRow(self._electricity_label, self.electricity)
        form.addRow(self.tr("Exchange rate"), self.cny_per_usd)
        form.addRow(self.tr("PUE"), self.pue)
        form.addRow(self.tr("Period"), self.years)
        form.addRow(self.tr("Utilisation"), self.utilisation)
        column.addWidget(cost)

        # --- prices -----------------------------------------------------------------------
        prices = QGroupBox(self.tr("Accelerator prices (USD per device)"))
        self.prices = QFormLayout(prices)
        self.prices.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._price_boxes: dict[str, QDoubleSpinBox] = {}
        column.addWidget(prices)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B3261E;")
        self.problem.hide()
        column.addWidget(self.problem)
        column.addStretch(1)
        self.setWidget(body)
        self.setMinimumWidth(340)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        self._connect()
        self.reload_catalog()
        state.scenario_changed.connect(self._show)
        state.catalog_changed.connect(self.reload_catalog)
        self._show(state.scenario)

    # --- catalog-backed choices ----------------------------------------------------------------
    def reload_catalog(self) -> None:
        catalog = self._state.catalog
        with QSignalBlocker(self.model), QSignalBlocker(self.runtime):
            self.model.clear()
            for model in sorted(catalog.models(), key=lambda m: m.name.lower()):
                self.model.addItem(model.name, model.id)
            self.runtime.clear()
            for runtime in sorted(catalog.runtimes(), key=lambda r: r.name.lower()):
                self.runtime.addItem(runtime.name, runtime.id)
        self._show(self._state.scenario)

    # --- scenario -> controls --------------------------------------------------------------------
    def _show(self, s: Scenario) -> None:
        for combo, value in ((self.model, s.model_id), (self.weight_precision, s.weight_precision),
                             (self.kv_precision, s.kv_precision), (self.runtime, s.runtime_id),
                             (self.workload_unit, s.workload.unit),
                             (self.currency, s.cost.electricity_currency)):
            with QSignalBlocker(combo):
                index = combo.findData(value)
                if index < 0:  # an id the catalog no longer has: keep it visible, flagged
                    combo.addItem(self.tr("{0} (not in catalog)").format(value), value)
                    index = combo.count() - 1
                if combo.currentIndex() != index:
                    combo.setCurrentIndex(index)
        self.input_len.set_value(s.input_len)
        self.output_len.set_value(s.output_len)
        self.concurrency_max.set_value(s.concurrency_max)
        self.ttft_target.set_value(s.ttft_target_ms or 0)
        self.tpot_target.set_value(s.tpot_target_ms or 0)
        if s.workload.unit == "tokens_per_day" and current_language() == "zh_CN":
            # Chinese counts large numbers in 亿 (10^8): "50 亿 token/天", not "5,000 百万".
            self.workload_amount.set_display(1e8, 4, self.tr(" ×100M tokens/day"), 1e4, 1e12)
        elif s.workload.unit == "tokens_per_day":  # in millions: "5,000 M tokens/day" fits the panel
            self.workload_amount.set_display(1e6, 3, self.tr(" M tokens/day"), 1e3, 1e12)
        else:
            self.workload_amount.set_display(1.0, 2, self.tr(" req/s"), 0.01, 1e6)
        self.workload_amount.set_value(s.workload.amount)
        label = self.tr("Electricity ({0}/kWh)").format(s.cost.electricity_currency)
        if self._electricity_label.text() != label:
            self._electricity_label.setText(label)
        self.electricity.set_value(s.cost.electricity_price_per_kwh)
        self.cny_per_usd.set_value(s.cost.cny_per_usd)
        self.pue.set_value(s.cost.pue)
        self.years.set_value(s.cost.years)
        self.utilisation.set_value(round(s.cost.utilisation * 100))
        self._show_prices(s)
        self.problem.hide()

    def _show_prices(self, s: Scenario) -> None:
        """One price box per selected accelerator: empty ("catalog") means the catalog's estimate."""
        if tuple(self._price_boxes) != s.accelerator_ids:
            while self.prices.rowCount():
                self.prices.removeRow(0)
            self._price_boxes = {}
            catalog = self._state.catalog
            for acc_id in s.accelerator_ids:
                try:
                    acc = catalog.accelerator(acc_id)
                except LookupError:
                    continue
                box = QDoubleSpinBox()
                box.setRange(0, 10_000_000)
                box.setDecimals(0)
                box.setSingleStep(500)
                box.setGroupSeparatorShown(True)
                box.setKeyboardTracking(False)
                known = acc.price_usd.value
                box.setSpecialValueText(self.tr("catalog: {0}").format(
                    f"{known:,.0f}" if known is not None else self.tr("unknown")))
                if known is not None:
                    box.setToolTip(self.tr("Catalog estimate {0:,.0f} USD ({1}). Type a price to override it; "
                                           "0 goes back to the catalog.").format(known, acc.price_usd.confidence or ""))
                box.valueChanged.connect(lambda value, a=acc_id: self._on_price(a, value))
                label = QLabel(catalog_text(acc.name))
                label.setWordWrap(True)
                self.prices.addRow(label, box)
                self._price_boxes[acc_id] = box
        for acc_id, box in self._price_boxes.items():
            value = s.cost.price_override_usd(acc_id) or 0
            if box.value() != value:
                with QSignalBlocker(box):
                    box.setValue(value)

    def _on_price(self, accelerator_id: str, value: float) -> None:
        overrides = dict(self._state.scenario.cost.price_overrides_usd)
        if value > 0:
            overrides[accelerator_id] = value
        else:
            overrides.pop(accelerator_id, None)
        self._edit_part(self.tr("Price"), f"price:{accelerator_id}", "cost", price_overrides_usd=overrides)

    # --- controls -> state -----------------------------------------------------------------------
    def _connect(self) -> None:
        self.model.activated.connect(lambda: self._edit(self.tr("Model"), model_id=self.model.currentData()))
        self.weight_precision.activated.connect(lambda: self._edit(
            self.tr("Weight precision"), weight_precision=self.weight_precision.currentData()))
        self.kv_precision.activated.connect(lambda: self._edit(
            self.tr("KV-cache precision"), kv_precision=self.kv_precision.currentData()))
        self.runtime.activated.connect(lambda: self._edit(self.tr("Runtime"), runtime_id=self.runtime.currentData()))
        self.input_len.value_edited.connect(
            lambda v, g: self._edit(self.tr("Input length"), f"input:{g}", input_len=int(v)))
        self.output_len.value_edited.connect(
            lambda v, g: self._edit(self.tr("Output length"), f"output:{g}", output_len=int(v)))
        self.concurrency_max.value_edited.connect(self._on_concurrency)
        self.ttft_target.value_edited.connect(
            lambda v, g: self._edit(self.tr("TTFT target"), f"ttft:{g}", ttft_target_ms=v or None))
        self.tpot_target.value_edited.connect(
            lambda v, g: self._edit(self.tr("TPOT target"), f"tpot:{g}", tpot_target_ms=v or None))
        self.workload_unit.activated.connect(self._on_workload_unit)
        self.workload_amount.value_edited.connect(
            lambda v, g: self._edit_part(self.tr("Workload"), f"workload:{g}", "workload", amount=v))
        self.currency.activated.connect(lambda: self._edit_part(
            self.tr("Electricity currency"), "", "cost", electricity_currency=self.currency.currentData()))
        self.electricity.value_edited.connect(lambda v, g: self._edit_part(
            self.tr("Electricity price"), f"power:{g}", "cost", electricity_price_per_kwh=v))
        self.cny_per_usd.value_edited.connect(lambda v, g: self._edit_part(
            self.tr("Exchange rate"), f"fx:{g}", "cost", cny_per_usd=v))
        self.pue.value_edited.connect(lambda v, g: self._edit_part(self.tr("PUE"), f"pue:{g}", "cost", pue=v))
        self.years.value_edited.connect(
            lambda v, g: self._edit_part(self.tr("Period"), f"years:{g}", "cost", years=v))
        self.utilisation.value_edited.connect(lambda v, g: self._edit_part(
            self.tr("Utilisation"), f"util:{g}", "cost", utilisation=v / 100.0))

    def _edit(self, text: str, merge_key: str = "", **changes) -> None:
        try:
            self._state.edit(text, merge_key, **changes)
        except FieldError as exc:
            self.problem.setText(str(exc))
            self.problem.show()

    def _edit_part(self, text: str, merge_key: str, part: str, **changes) -> None:
        current = getattr(self._state.scenario, part)
        try:
            new_part = current.with_changes(**changes)
        except FieldError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            return
        self._edit(text, merge_key, **{part: new_part})

    def _on_concurrency(self, value: float, gesture: int) -> None:
        maximum = int(value)
        minimum = min(self._state.scenario.concurrency_min, maximum)
        self._edit(self.tr("Concurrency"), f"conc:{gesture}", concurrency_min=minimum,
                   concurrency_max=maximum)

    def _on_workload_unit(self) -> None:
        unit = self.workload_unit.currentData()
        s = self._state.scenario
        if unit == s.workload.unit:
            return
        # Keep the same traffic when switching units: tokens/day = req/s x tokens per request x 86,400.
        tokens_per_request = s.input_len + s.output_len
        if unit == "requests_per_s":
            amount = s.workload.amount / 86_400 / tokens_per_request
        else:
            amount = s.workload.amount * 86_400 * tokens_per_request
        self._edit_part(self.tr("Workload unit"), "", "workload", unit=unit, amount=amount)


def _form(box: QGroupBox) -> QFormLayout:
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    # A label too long for the panel (some translations) goes above its control, never clipped.
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return form
