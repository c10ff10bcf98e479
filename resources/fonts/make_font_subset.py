"""Make the CJK fallback font shipped with the app: resources/fonts/NotoSansSC-Planner-Regular.ttf.

Source: Noto Sans CJK (SIL Open Font License 1.1, see OFL.txt), the variable OpenType collection
`NotoSansCJK-VF.otf.ttc` from the PyPI package `manimgx-fonts-cjk` (or any copy of that file, e.g.
Debian's fonts-noto-cjk). Steps:

1. take the Simplified Chinese face ("Noto Sans CJK SC") of the collection;
2. keep only the characters a Simplified Chinese UI and report need: the 6763 hanzi and the symbols
   of GB 2312, CJK punctuation, full-width forms, Latin-1, and every character used in the
   translations (resources/i18n/*.ts), so the font covers all our text plus what users type;
3. draw every glyph at the Regular weight (wght 400) and store it as a static quadratic TrueType
   (glyf) outline: Qt synthesises bold from it, one weight keeps the bundle small, and Qt's PDF
   writer embeds TrueType fonts as subsets with a ToUnicode map (the text can be extracted);
4. drop the variation tables and the OpenType layout tables (GPOS kerning only matters for
   Latin, which the UI font draws; GSUB would pull in vertical and JP/KR/TC variant glyphs);
5. rename the family to "Noto Sans SC Planner" so it never shadows a full Noto install (the OFL
   reserves only the name "Source" for this font).

Needs fontTools at build time only (`pip install fonttools`); the app itself just loads the TTF.

    .venv/bin/python resources/fonts/make_font_subset.py [PATH/TO/NotoSansCJK-VF.otf.ttc]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
I18N = HERE.parent / "i18n"
OUTPUT = HERE / "NotoSansSC-Planner-Regular.ttf"
FAMILY = "Noto Sans SC Planner"


def _find_source() -> Path:
    try:
        import manimgx_fonts_cjk  # noqa: F401 - only to locate the file
    except ImportError:
        sys.exit("give the path of NotoSansCJK-VF.otf.ttc, or pip install manimgx-fonts-cjk")
    return Path(manimgx_fonts_cjk.__file__).parent / "NotoSansCJK-VF.otf.ttc"


def wanted_codepoints() -> set[int]:
    points: set[int] = set(range(0x20, 0x7F)) | set(range(0xA0, 0x180))
    # GB 2312: rows 1-9 symbols, rows 16-87 hanzi (EUC-CN bytes 0xA1..0xFE).
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                points.update(map(ord, bytes((hi, lo)).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    points.update(range(0x2000, 0x2070))  # general punctuation (… — ‘ ’ “ ” · ‰)
    points.update(range(0x2190, 0x21FF))  # arrows
    points.update(range(0x2200, 0x2300))  # mathematical operators (≤ ≥ ≈ × ÷)
    points.update(range(0x3000, 0x3040))  # CJK symbols and punctuation
    points.update(range(0xFF00, 0xFFF0))  # full-width forms
    points.update((0x00B7, 0x2022, 0x20AC, 0x00A5, 0x2103, 0x2116))
    for ts in sorted(I18N.glob("*.ts")):
        text = ts.read_text(encoding="utf-8")
        text = re.sub(r"&#x([0-9a-fA-F]+);", lambda m: chr(int(m.group(1), 16)), text)
        points.update(ord(ch) for ch in text if ord(ch) >= 0x20)
    return points


def _to_static_truetype(font, weight: float) -> None:
    """Replace the variable CFF2 outlines with static glyf outlines drawn at `weight`
    (cubic -> quadratic within 1 font unit), and drop the variation tables."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    glyph_set = font.getGlyphSet(location={"wght": weight})
    glyf = newTable("glyf")
    glyf.glyphOrder = font.getGlyphOrder()
    glyf.glyphs = {}
    metrics = font["hmtx"].metrics
    for name in glyf.glyphOrder:
        pen = TTGlyphPen(None)
        glyph = glyph_set[name]
        glyph.draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
        metrics[name] = (int(round(glyph.width)), metrics[name][1])
    # Variation data (any layout table left would refer to it; GPOS kerning matters for
    # Latin, which comes from the UI font anyway).
    for tag in ("CFF ", "CFF2", "VORG", "fvar", "avar", "HVAR", "VVAR", "MVAR", "STAT", "GPOS",
                "GDEF"):
        if tag in font:
            del font[tag]
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0  # no glyph names: smaller
    font.sfntVersion = "\x00\x01\x00\x00"


def _add_format12_cmap(font) -> None:
    """Add a format 12 (3, 10) cmap beside the format 4 one. With ~7900 scattered code points the
    format 4 table needs a large glyph-id array whose 16-bit offsets some readers (Qt's cmap
    parser among them) cannot follow past 64 KiB: those characters would show as boxes."""
    from fontTools.ttLib.tables._c_m_a_p import CmapSubtable

    mapping = font.getBestCmap()
    table = CmapSubtable.newSubtable(12)
    table.platformID, table.platEncID, table.language = 3, 10, 0
    table.cmap = dict(mapping)
    font["cmap"].tables.append(table)


def _rename(font) -> None:
    name = font["name"]
    full = f"{FAMILY} Regular"
    ps = FAMILY.replace(" ", "") + "-Regular"
    for record in list(name.names):
        if record.nameID in (16, 17, 21, 22, 25):
            name.removeNames(nameID=record.nameID)
    for name_id, value in ((1, FAMILY), (2, "Regular"), (3, f"{ps};subset"), (4, full), (6, ps)):
        name.setName(value, name_id, 3, 1, 0x409)
        name.setName(value, name_id, 1, 0, 0)
    # Keep the copyright, licence and trademark records (IDs 0, 7, 13, 14) as the OFL requires.


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, help="NotoSansCJK-VF.otf.ttc")
    args = parser.parse_args()
    from fontTools import subset
    from fontTools.ttLib import TTCollection

    source = args.source or _find_source()
    collection = TTCollection(str(source))
    font = next(f for f in collection.fonts if f["name"].getDebugName(1).endswith("CJK SC"))
    options = subset.Options()
    # No OpenType layout: the glyph closure of GSUB (vertical forms, JP/KR/TC locl variants)
    # would nearly double the glyph count, and UI and report text is horizontal SC only.
    options.layout_features = []
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.drop_tables += ["DSIG", "BASE", "vhea", "vmtx", "VVAR", "GSUB", "GPOS", "GDEF"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted_codepoints())
    subsetter.subset(font)
    _to_static_truetype(font, 400.0)
    _add_format12_cmap(font)
    _rename(font)
    font.save(str(OUTPUT))
    print(f"{OUTPUT}: {OUTPUT.stat().st_size / 2**20:.2f} MiB, {len(font.getGlyphOrder())} glyphs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
