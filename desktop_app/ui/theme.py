"""Colours and themes.

Accelerator colours come from the Okabe-Ito palette (Okabe & Ito, "Color Universal Design", 2008),
which stays distinguishable under the common forms of colour blindness, extended with Paul Tol's
"muted" scheme (https://personal.sron.nl/~pault/) for selections larger than eight. A colour is tied
to an accelerator id, not to its position in a list, so it stays the same in every plot and table
while the selection changes.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

OKABE_ITO = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow (weak on white: used last)
    "#000000",  # black (swapped for light grey in the dark theme)
)
TOL_MUTED = (
    "#332288", "#88CCEE", "#44AA99", "#117733", "#999933",
    "#DDCC77", "#CC6677", "#882255", "#AA4499",
)
PALETTE = OKABE_ITO + TOL_MUTED


class ColourBook:
    """Stable colour per id: the first free palette slot when an id is first seen, kept after.

    Ids seen before keep their slot even when deselected, so re-selecting a part brings its colour
    back; a fresh id prefers the slot its name hashes to, when that slot is free.
    """

    def __init__(self) -> None:
        self._slots: dict[str, int] = {}

    def colour(self, item_id: str, dark: bool = False) -> str:
        slot = self._slots.get(item_id)
        if slot is None:
            taken = set(self._slots.values())
            preferred = zlib.crc32(item_id.encode()) % len(PALETTE)
            free = [i for i in range(len(PALETTE)) if i not in taken]
            slot = preferred if preferred in free or not free else free[0]
            self._slots[item_id] = slot
        value = PALETTE[slot]
        if dark and value == "#000000":
            return "#DDDDDD"
        if dark:
            return _readable_on_dark(value)
        return value

    def assign(self, ids: list[str]) -> None:
        """Give the ids in a selection distinct slots in order, keeping slots already given."""
        for item_id in ids:
            self.colour(item_id)


def _readable_on_dark(colour: str) -> str:
    """Lighten a palette colour too dark to read on the dark theme's background (Tol's indigo and
    wine), mixing it towards white; the hue, and so the colour's identity, stays."""
    c = QColor(colour)
    luminance = 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()
    if luminance >= 0.3:
        return colour
    mix = 0.45
    return QColor.fromRgbF(c.redF() + (1 - c.redF()) * mix, c.greenF() + (1 - c.greenF()) * mix,
                           c.blueF() + (1 - c.blueF()) * mix).name().upper()


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    base: str
    text: str
    muted_text: str
    grid_alpha: float
    plot_background: str
    plot_foreground: str


LIGHT = Theme("light", "#F4F5F7", "#FFFFFF", "#1B1F24", "#5A6270", 0.25, "#FFFFFF", "#1B1F24")
DARK = Theme("dark", "#1E2127", "#252932", "#E6E8EB", "#A0A7B4", 0.20, "#1A1D23", "#E6E8EB")
THEMES = {"light": LIGHT, "dark": DARK}


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Fusion style with our palette: looks the same on Linux, Windows and macOS."""
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(theme.window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.text))
    palette.setColor(QPalette.ColorRole.Base, QColor(theme.base))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(theme.window))
    palette.setColor(QPalette.ColorRole.Text, QColor(theme.text))
    palette.setColor(QPalette.ColorRole.Button, QColor(theme.window))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(theme.text))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor(theme.base))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(theme.text))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(theme.muted_text))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#0072B2"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#0072B2" if theme.name == "light" else "#56B4E9"))
    # Disabled controls must look disabled (a greyed Save button tells the user the form has a
    # problem): the roles above were set for every state at once.
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.muted_text))
    app.setPalette(palette)
    import pyqtgraph as pg

    # Plots created after this call use the theme's axis and text colours.
    pg.setConfigOptions(antialias=True, background=None, foreground=theme.plot_foreground)
