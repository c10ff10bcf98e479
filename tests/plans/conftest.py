"""Shared plan fixtures: one plan that uses every part of the schema, and the fixture folder."""

from pathlib import Path

import pytest
from plan_samples import FIXTURES, full_plan

from desktop_app.plans import Plan


@pytest.fixture
def plan() -> Plan:
    return full_plan()


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
