"""Writing report files: kept for plugins that import it from here; the code lives in :mod:`checker.atomicio`."""

from __future__ import annotations

from checker.atomicio import write_atomic, write_result

__all__ = ["write_atomic", "write_result"]
