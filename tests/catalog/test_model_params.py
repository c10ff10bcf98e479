"""Every shipped model's architecture reproduces its published parameter counts within 3 %.

The seed files are read with tomllib directly, so this test does not depend on the catalog code.
"""

import tomllib
from pathlib import Path

import numpy as np
import pytest

from desktop_app.estimator import params as p

SEED_MODELS = Path(__file__).resolve().parents[2] / "db" / "seed" / "models"
TOLERANCE = 0.03

# Publishers count "active" parameters differently (see each entry's note in the seed file):
# most include the input embedding and the output head; these do not.
ACTIVE_CONVENTION = {
    # OpenAI's gpt-oss card counts the unembedding but not the embedding.
    "gpt-oss-20b": dict(include_embedding=False, include_head=True),
    "gpt-oss-120b": dict(include_embedding=False, include_head=True),
    # GLM-4.5's 32B / 12B match counts without the embedding and the head.
    "glm-4.5": dict(include_embedding=False, include_head=False),
    "glm-4.5-air": dict(include_embedding=False, include_head=False),
    "glm-4.6": dict(include_embedding=False, include_head=False),
}


def _load_models():
    rows = []
    for path in sorted(SEED_MODELS.glob("*.toml")):
        with path.open("rb") as f:
            rows.extend(tomllib.load(f).get("models", []))
    return rows


MODELS = _load_models()


def _value(spec):
    return spec["value"] if isinstance(spec, dict) else spec


def test_seed_has_models():
    assert len(MODELS) >= 27


@pytest.mark.parametrize("row", MODELS, ids=[m["id"] for m in MODELS])
def test_total_params_match_published(row):
    published = _value(row["total_params_b"]) * 1e9
    computed = p.total_params(p.ModelArch.from_dicts([row]))[0]
    assert abs(computed / published - 1) <= TOLERANCE, (
        f"{row['id']}: computed {computed / 1e9:.2f}B vs published {published / 1e9:.2f}B"
    )


MOE_MODELS = [m for m in MODELS if "experts" in m]


@pytest.mark.parametrize("row", MOE_MODELS, ids=[m["id"] for m in MOE_MODELS])
def test_active_params_match_published(row):
    published = _value(row["active_params_b"]) * 1e9
    convention = ACTIVE_CONVENTION.get(row["id"], {})
    computed = p.active_params(p.ModelArch.from_dicts([row]), **convention)[0]
    assert abs(computed / published - 1) <= TOLERANCE, (
        f"{row['id']}: computed {computed / 1e9:.2f}B vs published {published / 1e9:.2f}B"
    )


def test_all_models_in_one_call():
    arch = p.ModelArch.from_dicts(MODELS)
    total = p.total_params(arch)
    active = p.active_params(arch)
    assert total.shape == (len(MODELS),)
    assert np.all(active <= total)
    assert np.all(active > 0)
