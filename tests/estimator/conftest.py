"""Fixtures for estimator tests: hardware and model arrays from hand-set records (tests/estimator/specs.py)."""

from __future__ import annotations

import pytest

from desktop_app.catalog.arrays import hardware_arrays, model_arrays
from tests.estimator import specs


@pytest.fixture(scope="session")
def hw_by_id():
    return lambda *ids: hardware_arrays([specs.ACCELERATORS[i] for i in ids])


@pytest.fixture(scope="session")
def models_by_id():
    return lambda *ids: model_arrays([specs.MODELS[i] for i in ids])
