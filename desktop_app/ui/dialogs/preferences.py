"""Preferences: the interface language and the theme.

A new language applies at once: every window, menu and plot builds its texts once, so the main
window is rebuilt in it over the same state (scenario, undo history, open plan, layout). The theme
applies at once to the widgets; plot colours follow after a restart.
Choices are stored through `desktop_app.ui.settings` (values equal to the default are not written).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui import i18n, settings


class PreferencesDialog(QDialog):
    """Modal dialog; `exec()` returns Accepted when the choices were saved.
    `restart_needed` tells the caller whether the language differs from the running one."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.restart_needed = False

        self.language = QComboBox()
        system = i18n.LANGUAGES.get(i18n.system_language(), "English")
        self.language.addItem(self.tr("System language ({0})").format(system), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)  # each in its own language, never translated
        self._select(self.language, str(settings.get("language")))

        self.theme = QComboBox()
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self._select(self.theme, str(settings.get("theme")))
        self.currency = QComboBox()
        self.currency.addItem(self.tr("As the language (CNY in Chinese, USD otherwise)"), "")
        self.currency.addItem(self.tr("US dollars (USD)"), "USD")
        self.currency.addItem(self.tr("Chinese yuan (CNY, ¥)"), "CNY")
        self._select(self.currency, str(settings.get("currency")))

        note = QLabel(self.tr("A new language applies the next time Accelerator Planner starts. "
                              "Reports and workbooks are written in each plan's own language."))
        note.setWordWrap(True)
        note.setEnabled(False)  # muted: an explanation, not a control

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", note)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("&Money shown in:"), self.currency)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def accept(self) -> None:
        language = self.language.currentData()
        theme = self.theme.currentData()
        settings.set_("language", language)
        settings.set_("currency", self.currency.currentData())
        if theme != settings.get("theme"):
            from desktop_app.ui.theme import THEMES, apply_theme

            settings.set_("theme", theme)
            app = QApplication.instance()
            if app is not None:
                apply_theme(app, THEMES[theme])
        self.restart_needed = i18n.choose_language(None, language) != i18n.current_language()
        super().accept()


def add_to_menu(menu: QMenu, window: QMainWindow) -> QAction:
    """A "Preferences…" entry in `menu` that opens the dialog over `window` (on macOS Qt moves it
    to the application menu)."""
    action = menu.addAction(QCoreApplication.translate("PreferencesDialog", "&Preferences…"))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    action.triggered.connect(lambda _=False: open_preferences(window))
    return action


def open_preferences(window: QMainWindow) -> bool:
    """Show the dialog; when the language changed, the window is rebuilt in it at once (or, for
    a window that cannot, the status bar says it applies after a restart). Returns whether the
    choices were saved."""
    dialog = PreferencesDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if dialog.restart_needed:
        language = i18n.choose_language(None, str(settings.get("language")))
        if hasattr(window, "switch_language"):
            window.switch_language(language)
        else:
            window.statusBar().showMessage(QCoreApplication.translate(
                "PreferencesDialog", "The new language applies after a restart."), 10000)
    return True


if __name__ == "__main__":
    app = QApplication([])
    i18n.register_cjk_font()
    i18n.install(i18n.choose_language(None, str(settings.get("language"))))
    PreferencesDialog().exec()
