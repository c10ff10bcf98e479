"""Import and export: exact round trips, and all-or-nothing refusal of bad files."""

from __future__ import annotations

import json

import pytest
from catalog_helpers import MINI_SEED
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.catalog import io
from desktop_app.catalog.store import Catalog, CatalogInputError


@pytest.fixture
def edited_catalog(mini_catalog):
    """The mini catalog plus user rows exercising notes, missing sources, flags and odd text."""
    mini_catalog.add_accelerator(
        {
            "id": "my-card",
            "name": 'My "card", v2\nsecond line',
            "vendor": "bolt",
            "notes": "naïve, 中文",
            "memory_gib": {"value": 48.5, "source": None, "confidence": "measured", "note": "a, b"},
            "bf16_tflops": {
                "value": 0.1 + 0.2,
                "source": "acme-x1-datasheet",
                "confidence": "rumour",
            },
        }
    )
    mini_catalog.edit_model(
        "tiny-dense-1b",
        qkv_bias=True,
        layers={"value": 20, "source": None, "confidence": "estimate"},
    )
    return mini_catalog


def _fresh():
    return Catalog.open("sqlite://", seed_dir=MINI_SEED)


@pytest.mark.parametrize("kind", ["accelerators", "systems", "models"])
def test_csv_round_trip_is_exact(edited_catalog, tmp_path, kind):
    first = tmp_path / "first.csv"
    io.export_file(edited_catalog, first, kind)
    with _fresh() as fresh:
        io.import_file(fresh, first)  # the kind is told by the header
        second = tmp_path / "second.csv"
        io.export_file(fresh, second, kind)
        assert set(fresh.user_ids(kind)) == {r.id for r in fresh.records(kind)}
    assert second.read_bytes() == first.read_bytes()


def test_json_round_trip_is_exact(edited_catalog, tmp_path):
    first = tmp_path / "first.json"
    io.export_file(edited_catalog, first)
    document = json.loads(first.read_text(encoding="utf-8"))
    assert document["format"] == "accel-planner-catalog"
    assert {"accelerators", "systems", "models"} <= set(document)
    with _fresh() as fresh:
        counts = io.import_file(fresh, first)
        assert counts == {"accelerators": 3, "systems": 1, "models": 2}
        second = tmp_path / "second.json"
        io.export_file(fresh, second)
        assert fresh.accelerator("my-card") == edited_catalog.accelerator("my-card")
    assert second.read_bytes() == first.read_bytes()


def test_csv_values_and_provenance(edited_catalog):
    text = io.export_csv(edited_catalog, "accelerators")
    header = text.splitlines()[0].split(",")
    assert header[:3] == ["id", "name", "vendor"]
    assert {"memory_gib", "memory_gib_source", "memory_gib_confidence", "memory_gib_note"} <= set(
        header
    )


def _csv(
    rows: list[str],
    header: str = "id,name,vendor,memory_gib,memory_gib_source,memory_gib_confidence",
) -> str:
    return "\n".join([header, *rows]) + "\n"


GOOD = "new-1,New one,acme,64,acme-x1-datasheet,estimate"

BAD_CSV = [
    (_csv([GOOD, ",No id,acme,64,,estimate"]), 3, "id", "missing id"),
    (
        _csv([GOOD, "new-1,Again,acme,64,,estimate"]),
        3,
        "id",
        "duplicate id 'new-1' (first at row 2)",
    ),
    (_csv([GOOD, "new-2,Neg,acme,-64,,estimate"]), 3, "memory_gib", "must not be negative"),
    (_csv([GOOD, "new-2,Text,acme,lots,,estimate"]), 3, "memory_gib", "not a number: 'lots'"),
    (_csv([GOOD, "new-2,Conf,acme,64,,sure"]), 3, "memory_gib.confidence", "'sure' is not one of"),
    (_csv([GOOD, "new-2,Conf,acme,64,,"]), 3, "memory_gib.confidence", "missing"),
    (_csv([GOOD, "new-2,Vendor,acme-inc,64,,estimate"]), 3, "vendor", "unknown vendor 'acme-inc'"),
    (
        _csv([GOOD, "new-2,Source,acme,64,no-such-source,estimate"]),
        3,
        "memory_gib.source",
        "unknown source 'no-such-source'",
    ),
    (
        _csv([GOOD], header="id,name,vendor,memory_gb,memory_gib_source,memory_gib_confidence"),
        1,
        "memory_gb",
        "unknown column",
    ),
    (_csv([GOOD, "new-2,Short,acme"]), 3, "", "3 cells for 6 columns"),
]


@pytest.mark.parametrize(("content", "row", "column", "reason"), BAD_CSV)
def test_bad_csv_is_refused_as_a_whole(mini_catalog, tmp_path, content, row, column, reason):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    before = io.export_json(mini_catalog)
    with pytest.raises(CatalogInputError) as info:
        io.import_file(mini_catalog, path, "accelerators")
    problems = info.value.problems
    assert any(p.row == row and p.column == column and reason in p.reason for p in problems), (
        problems
    )
    assert "nothing was changed" in str(info.value)
    assert io.export_json(mini_catalog) == before  # the good row did not go in either
    assert mini_catalog.user_ids("accelerators") == ()


def test_good_csv_goes_into_the_user_layer(mini_catalog, tmp_path):
    path = tmp_path / "good.csv"
    path.write_text(_csv([GOOD, "acme-x1,Acme X1 mine,acme,81,,measured"]), encoding="utf-8")
    assert io.import_file(mini_catalog, path) == {"accelerators": 2}
    assert mini_catalog.user_ids("accelerators") == ("acme-x1", "new-1")
    assert mini_catalog.accelerator("acme-x1").memory_gib.value == 81


BAD_JSON = [
    ('{"accelerators": [{"name": "x", "vendor": "acme"}]}', "accelerators #1", "id", "missing id"),
    (
        '{"accelerators": [{"id": "a", "name": "x", "vendor": "acme", "memory_gib": "64"}]}',
        "accelerators #1",
        "memory_gib",
        "not a number",
    ),
    (
        '{"accelerators": [{"id": "a", "name": "x", "vendor": "acme", "tdp_w": {"value": -1, "confidence": "estimate"}}]}',
        "accelerators #1",
        "tdp_w",
        "must not be negative",
    ),
    (
        '{"models": [{"id": "m", "name": "m", "layers": 3}]}',
        "models #1",
        "layers.confidence",
        "missing",
    ),
    ('{"gizmos": []}', "file", "gizmos", "unknown kind"),
    ('{"accelerators": [', 1, "", "not valid JSON"),
    (
        '{"systems": [{"id": "s", "name": "s", "vendor": "acme", "accelerator": "nope"}]}',
        "systems #1",
        "accelerator",
        "unknown accelerator 'nope'",
    ),
]


@pytest.mark.parametrize(("content", "row", "column", "reason"), BAD_JSON)
def test_bad_json_is_refused_as_a_whole(mini_catalog, tmp_path, content, row, column, reason):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    before = io.export_json(mini_catalog)
    with pytest.raises(CatalogInputError) as info:
        io.import_file(mini_catalog, path)
    assert any(
        p.row == row and p.column == column and reason in p.reason for p in info.value.problems
    ), info.value.problems
    assert io.export_json(mini_catalog) == before


def test_json_rows_may_refer_to_each_other(mini_catalog, tmp_path):
    document = {
        "accelerators": [{"id": "new-acc", "name": "New", "vendor": "acme"}],
        "systems": [{"id": "new-box", "name": "Box", "vendor": "acme", "accelerator": "new-acc"}],
    }
    path = tmp_path / "linked.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert io.import_file(mini_catalog, path) == {"accelerators": 1, "systems": 1}


def test_unknown_format(mini_catalog, tmp_path):
    path = tmp_path / "rows.xlsx"
    path.write_text("x")
    with pytest.raises(CatalogInputError, match="unknown format"):
        io.import_file(mini_catalog, path)
    with pytest.raises(CatalogInputError, match="unknown format"):
        io.export_file(mini_catalog, path)


# -- property: any valid user row survives CSV and JSON round trips byte for byte -----------------

_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=30,
)
_NUMBER = st.floats(min_value=1e-6, max_value=1e12, allow_nan=False, allow_infinity=False)


@pytest.fixture(scope="module")
def two_catalogs():
    first = Catalog.open("sqlite://", seed_dir=MINI_SEED)
    second = Catalog.open("sqlite://", seed_dir=MINI_SEED)
    yield first, second
    first.close()
    second.close()


@settings(max_examples=15, deadline=None)
@given(
    name=_TEXT.filter(str.strip),
    notes=_TEXT,
    memory=_NUMBER,
    note=_TEXT,
    year=st.integers(min_value=1990, max_value=2100),
    with_source=st.booleans(),
)
def test_any_row_round_trips(
    two_catalogs, tmp_path_factory, name, notes, memory, note, year, with_source
):
    first, second = two_catalogs
    first.add_accelerator(
        {
            "id": "prop-card",
            "name": name,
            "vendor": "acme",
            "notes": notes,
            "memory_gib": {
                "value": memory,
                "source": "acme-x1-datasheet" if with_source else None,
                "confidence": "estimate",
                "note": note,
            },
            "release_year": {"value": year, "source": None, "confidence": "press"},
        }
    )
    folder = tmp_path_factory.mktemp("prop")
    try:
        for suffix in (".csv", ".json"):
            out1, out2 = folder / f"one{suffix}", folder / f"two{suffix}"
            io.export_file(first, out1, "accelerators")
            io.import_file(second, out1, "accelerators")
            io.export_file(second, out2, "accelerators")
            assert out2.read_bytes() == out1.read_bytes()
            assert second.accelerator("prop-card") == first.accelerator("prop-card")
    finally:
        for catalog in (first, second):
            for entity_id in catalog.user_ids("accelerators"):
                catalog.revert("accelerators", entity_id)


def test_malformed_csv_is_bad_input(mini_catalog, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text('id,name,vendor\n"unclosed,x,acme\n', encoding="utf-8")
    with pytest.raises(CatalogInputError, match="not valid CSV"):
        io.import_file(mini_catalog, path, "accelerators")
    path.write_text("", encoding="utf-8")
    with pytest.raises(CatalogInputError, match="no header"):
        io.import_file(mini_catalog, path, "accelerators")
