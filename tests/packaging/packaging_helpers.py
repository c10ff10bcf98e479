"""Load the scripts under packaging/ by path: `packaging` is also the name of a PyPI library."""

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(name: str):
    """The module packaging/<name>.py, imported once under the name `accel_packaging_<name>`."""
    key = f"accel_packaging_{name}"
    if key in sys.modules:
        return sys.modules[key]
    if str(PACKAGING) not in sys.path:
        sys.path.insert(0, str(PACKAGING))  # make_tarball imports build_config by name
    spec = importlib.util.spec_from_file_location(key, PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[key] = module
    spec.loader.exec_module(module)
    return module
