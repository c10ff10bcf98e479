"""Test configuration shared by every test package.

Qt must run offscreen, so the platform is set before anything imports Qt.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
