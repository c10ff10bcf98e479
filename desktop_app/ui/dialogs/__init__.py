"""Dialogs: spec sheets and the form for the user's own catalog entries."""

from PySide6.QtWidgets import QWidget


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Open at `width` x `height`, or smaller on a small screen (1366 x 768 less a taskbar)."""
    available = dialog.screen().availableGeometry()
    dialog.resize(
        min(width, available.width() * 95 // 100), min(height, available.height() * 9 // 10)
    )
