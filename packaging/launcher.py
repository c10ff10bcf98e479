"""The frozen executable's entry script: the same `desktop_app.cli.main` as `accel-planner`."""

import sys

from desktop_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
