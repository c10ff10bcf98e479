"""Small reusable controls: a slider paired with a spin box, on a linear or logarithmic scale.

A slider drag or a held-down spin arrow is one *gesture*: every value it produces carries the same
`gesture` id, so the state merges them into one undo step (STYLE.md §4); the next press starts a new
gesture. Values arrive through `value_edited(value, gesture)` only when the user changed them, never
when the program sets them with `set_value` (no feedback loops).
"""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QSlider, QSpinBox, QWidget

_gestures = itertools.count(1)
_SLIDER_STEPS = 1000


class _TrimmedSpinBox(QDoubleSpinBox):
    """A decimal box that writes 1.5, not 1.500: its decimals are the precision it accepts,
    not zeros it pads with."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt override
        text = super().textFromValue(value)
        point = self.locale().decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text


class SliderSpin(QWidget):
    value_edited = Signal(float, int)  # value, gesture id

    def __init__(self, minimum: float, maximum: float, *, log: bool = False, decimals: int = 0,
                 suffix: str = "", step: float = 1.0, special_text: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._min, self._max, self._log = float(minimum), float(maximum), log
        self._scale = 1.0  # shown = value / scale (see set_display)
        self._gesture = next(_gestures)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, _SLIDER_STEPS)
        self.slider.setMinimumWidth(70)  # a narrow panel wraps its labels rather than hide sliders
        if decimals == 0:
            self.spin: QSpinBox | QDoubleSpinBox = QSpinBox()
            self.spin.setRange(int(minimum), int(maximum))
            self.spin.setSingleStep(int(step))
        else:
            self.spin = _TrimmedSpinBox()
            self.spin.setDecimals(decimals)
            self.spin.setRange(minimum, maximum)
            self.spin.setSingleStep(step)
        self.spin.setGroupSeparatorShown(True)
        self.spin.setKeyboardTracking(False)  # typing "4096" is one edit, not four
        self.spin.setAccelerated(True)
        if suffix:
            self.spin.setSuffix(suffix)
        if special_text:
            self.spin.setSpecialValueText(special_text)
        self.spin.setMinimumWidth(110)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.spin)
        self.slider.sliderPressed.connect(self._new_gesture)
        self.slider.valueChanged.connect(self._on_slider)
        self.spin.valueChanged.connect(self._on_spin)
        self.spin.editingFinished.connect(self._new_gesture)
        self._fit()

    def _fit(self) -> None:
        """Widen the box to its text (value and unit) when that no longer fits: long units in
        some translations would otherwise be cut off. It never narrows, so a drag does not make
        the row jump."""
        metrics = self.spin.fontMetrics()
        text = self.spin.text() or self.spin.specialValueText()
        needed = metrics.horizontalAdvance(text) + 40  # frame, margins and the up/down buttons
        if needed > self.spin.minimumWidth():
            self.spin.setMinimumWidth(needed)

    def value(self) -> float:
        # 12 significant digits: 2.3 x 1e8 is 230,000,000, not 229,999,999.99999997.
        return float(f"{self.spin.value() * self._scale:.12g}")

    def set_display(self, scale: float, decimals: int, suffix: str, minimum: float,
                    maximum: float) -> None:
        """Show values divided by `scale` ("1,000 M tokens/day" for 1e9 with scale 1e6): a box
        narrow enough for the panel; `minimum` and `maximum` in real units. `value`, `set_value`
        and `value_edited` keep real units."""
        lo, hi = minimum / scale, maximum / scale
        if (scale, decimals, suffix, lo, hi) == (self._scale, self.spin.decimals(), self.spin.suffix(),
                                                 self._min, self._max):
            return  # each set repaints, even to the same value
        real = self.value()
        self._scale, self._min, self._max = scale, lo, hi
        with QSignalBlocker(self.spin), QSignalBlocker(self.slider):
            if isinstance(self.spin, QDoubleSpinBox):
                self.spin.setDecimals(decimals)
            self.spin.setRange(lo, hi)
            self.spin.setSuffix(suffix)
            self.spin.setValue(real / scale)
            self.slider.setValue(self._to_slider(real / scale))
        self._fit()

    def set_value(self, value: float) -> None:
        """Show `value` without emitting `value_edited`. Unchanged values are left alone: setting
        them again still repaints the box, and a scenario change resets every control."""
        value = value / self._scale
        shown = round(value) if isinstance(self.spin, QSpinBox) else round(value, self.spin.decimals())
        if self.spin.value() == shown:
            return
        with QSignalBlocker(self.spin), QSignalBlocker(self.slider):
            self.spin.setValue(value)
            self.slider.setValue(self._to_slider(value))
        self._fit()

    def _new_gesture(self) -> None:
        self._gesture = next(_gestures)

    def _to_slider(self, value: float) -> int:
        lo, hi, v = self._min, self._max, min(max(value, self._min), self._max)
        if self._log:
            lo, hi, v = math.log(max(lo, 1e-9)), math.log(hi), math.log(max(v, 1e-9))
        return round((v - lo) / (hi - lo) * _SLIDER_STEPS) if hi > lo else 0

    def _from_slider(self, position: int) -> float:
        t = position / _SLIDER_STEPS
        if self._log:
            lo = math.log(max(self._min, 1e-9))
            value = math.exp(lo + t * (math.log(self._max) - lo))
        else:
            value = self._min + t * (self._max - self._min)
        if isinstance(self.spin, QSpinBox):
            # Round to two significant digits on a log scale: 1,000 / 1,100 / 1,200 ..., not 1,137.
            if self._log and value >= 100:
                digits = 10 ** (int(math.log10(value)) - 1)
                value = round(value / digits) * digits
            return float(round(value))
        return value

    def _on_slider(self, position: int) -> None:
        value = self._from_slider(position)
        with QSignalBlocker(self.spin):
            self.spin.setValue(value)
        self._fit()
        self.value_edited.emit(self.value(), self._gesture)

    def _on_spin(self, value: float) -> None:
        with QSignalBlocker(self.slider):
            self.slider.setValue(self._to_slider(value))
        self._fit()
        self.value_edited.emit(self.value(), self._gesture)
