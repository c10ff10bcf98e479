"""Accelerator Planner: choose AI accelerators to serve large language models."""

__version__ = "0.1.0"
