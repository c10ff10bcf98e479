"""The seed loader: a valid seed loads; each kind of mistake is reported with file, entry, field."""

from __future__ import annotations

import pytest
from catalog_helpers import MINI_SEED, append, replace

from desktop_app.catalog import seed as seed_mod
from desktop_app.catalog.records import Spec
from desktop_app.catalog.seed import SeedError, load_seed, read_seed


def problems_of(directory) -> list[str]:
    _, problems = read_seed(directory)
    return [str(p) for p in problems]


def test_mini_seed_loads_with_provenance():
    seed = load_seed(MINI_SEED)
    assert seed.version == "1.0"
    x1 = next(a for a in seed.accelerators if a.id == "acme-x1")
    assert x1.memory_gib == Spec(80, "acme-x1-datasheet", "datasheet", None)
    assert x1.price_usd == Spec(25000, "press-x1-price", "press", "street price")
    assert x1.fp4_tflops == Spec()  # unknown, not 0
    assert not x1.fp4_tflops.known
    assert isinstance(x1.release_year.value, int)
    moe = next(m for m in seed.models if m.id == "tiny-moe-8x1b")
    assert moe.shared_experts.value == 1 and moe.experts.value == 8
    dense = next(m for m in seed.models if m.id == "tiny-dense-1b")
    assert dense.tied_embeddings is True and dense.qkv_bias is False
    stack = next(s for s in seed.stacks if s.id == "acme-sdk")
    assert stack.porting_months.value == 0  # zero is a real value here
    assert {m.batch for m in seed.measured} == {None, 1}
    assert next(s for s in seed.sources if s.id == "press-x1-price").date == "2024-05-01"


def test_missing_files_are_tolerated(tmp_path):
    (tmp_path / "catalog.toml").write_text('version = "3"\n')
    seed = load_seed(tmp_path)
    assert seed.version == "3" and seed.accelerators == ()


def test_missing_defining_file_skips_those_references(mini_seed):
    (mini_seed / "software.toml").unlink()
    problems = problems_of(mini_seed)
    assert not any("unknown stack" in p or "unknown runtime" in p for p in problems)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "memory_gib = 80",
            "memory_gb = 80",
            "accelerators/acme.toml: acme-x1: memory_gb: unknown field",
        ),
        ("memory_gib = 80", "memory_gib = -80", "acme-x1: memory_gib: must not be negative"),
        ("memory_gib = 80", 'memory_gib = "eighty"', "acme-x1: memory_gib: not a number"),
        ("memory_gib = 80", "memory_gib = 0", "acme-x1: memory_gib: must be positive"),
        (
            "release_year = 2023",
            "release_year = 2023.5",
            "acme-x1: release_year: must be a whole number",
        ),
        (
            'vendor = "acme"\nkind',
            'vendor = "acme-corp"\nkind',
            "acme-x1: vendor: unknown vendor 'acme-corp'",
        ),
        (
            'software_stack = "acme-sdk"',
            'software_stack = "cuda"',
            "acme-x1: software_stack: unknown stack",
        ),
        ('kind = "gpu"', 'kind = "tpu"', "acme-x1: kind: 'tpu' is not one of"),
        (
            'confidence = "press", note',
            'confidence = "sure", note',
            "acme-x1: price_usd.confidence: 'sure' is not one of",
        ),
        (
            'source = "press-x1-price"',
            'source = "nope"',
            "acme-x1: price_usd.source: unknown source 'nope'",
        ),
        (
            'source = "acme-x1-datasheet"\nconfidence = "datasheet"\nmemory_gib',
            'confidence = "datasheet"\nmemory_gib',
            "acme-x1: memory_gib.source: missing",
        ),
        (
            'confidence = "datasheet"\nmemory_gib',
            "memory_gib",
            "acme-x1: bf16_tflops.confidence: missing",
        ),
        (
            'source = "acme-x1-datasheet"\nconfidence = "datasheet"\nmemory_gib',
            'source = "typo-source"\nconfidence = "datasheet"\nmemory_gib',
            "acme-x1: source: unknown source 'typo-source'",
        ),
        (
            'availability_china_date = "2023-10"',
            'availability_china_date = "Oct 2023"',
            "availability_china_date: not a date",
        ),
        ('id = "acme-x1"', 'id = "Acme X1"', "id 'Acme X1' is not a lowercase slug"),
        (
            'confidence = "press", note = "street price" }',
            'confidence = "press", nte = "x" }',
            "acme-x1: price_usd.nte: unknown field",
        ),
        (
            '[[accelerators]]\nid = "bolt-b2"',
            '[[accelerator]]\nid = "bolt-b2"',
            "accelerators/acme.toml: accelerator: unknown table",
        ),
    ],
)
def test_accelerator_mistakes_are_named(mini_seed, old, new, expected):
    replace(mini_seed / "accelerators" / "acme.toml", old, new)
    problems = problems_of(mini_seed)
    assert any(expected in p for p in problems), problems
    with pytest.raises(SeedError):
        load_seed(mini_seed)


def test_duplicate_ids_across_files(mini_seed):
    (mini_seed / "accelerators" / "zzz.toml").write_text(
        '[[accelerators]]\nid = "acme-x1"\nname = "again"\nvendor = "acme"\n'
    )
    assert any(
        "accelerators/zzz.toml: acme-x1: id: duplicate accelerator id (first in accelerators/acme.toml)"
        in p
        for p in problems_of(mini_seed)
    )


def test_duplicate_source_ids_across_files(mini_seed):
    append(
        mini_seed / "models" / "tiny.toml",
        '[sources.acme-x1-datasheet]\ntitle = "x"\nurl = "https://x"',
    )
    assert any(
        "models/tiny.toml: acme-x1-datasheet: duplicate source id" in p
        for p in problems_of(mini_seed)
    )


def test_source_needs_title_and_url_or_document(mini_seed):
    append(mini_seed / "vendors.toml", '[sources.bad-source]\npublisher = "x"\nwhen = "2020"')
    problems = problems_of(mini_seed)
    for expected in (
        "bad-source: title: missing",
        "bad-source: url: missing",
        "bad-source: when: unknown field",
    ):
        assert any(expected in p for p in problems), problems


def test_system_and_model_and_support_references(mini_seed):
    replace(
        mini_seed / "systems" / "acme.toml", 'accelerator = "acme-x1"', 'accelerator = "acme-x9"'
    )
    replace(mini_seed / "models" / "tiny.toml", 'attention = "gqa"', 'attention = "dense"')
    replace(mini_seed / "software.toml", 'level = "official"', 'level = "yes"')
    problems = problems_of(mini_seed)
    for expected in (
        "systems/acme.toml: acme-box-8: accelerator: unknown accelerator 'acme-x9'",
        "models/tiny.toml: tiny-dense-1b: attention: 'dense' is not one of",
        "software.toml: support fastserve x acme-sdk: level: 'yes' is not one of",
    ):
        assert any(expected in p for p in problems), problems


def test_measured_results_rows(mini_seed):
    append(
        mini_seed / "measured_results.csv",
        "M3,tiny-dense-1b,acme-x1,one,1,1,1,bf16,bf16,nope,max,1,1,,speed,-3,,",
    )
    problems = problems_of(mini_seed)
    for expected in (
        "measured_results.csv: M3: devices: not a number",
        "M3: runtime: unknown runtime 'nope'",
        "M3: metric: 'speed' is not one of",
        "M3: value: must not be negative",
        "M3: source: missing",
    ):
        assert any(expected in p for p in problems), problems


def test_plausibility_sparse_fp8_is_flagged(mini_seed):
    replace(mini_seed / "accelerators" / "acme.toml", "fp8_tflops = 1979", "fp8_tflops = 3958")
    assert any("acme-x1: fp8_tflops:" in p and "2.05" in p for p in problems_of(mini_seed))


def test_check_command(mini_seed, capsys):
    assert seed_mod.main(["check", str(mini_seed)]) == 0
    assert capsys.readouterr().out.startswith("OK: seed catalog 1.0: 2 vendors")
    replace(mini_seed / "accelerators" / "acme.toml", "memory_gib = 80", "memory_gb = 80")
    assert seed_mod.main(["check", str(mini_seed)]) == 2
    assert "acme-x1: memory_gb: unknown field" in capsys.readouterr().out
    assert seed_mod.main(["bogus"]) == 2
