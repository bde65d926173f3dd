"""Writing report files: kept for plugins that import it from here; the code lives in :mod:`checker.atomicio`."""

from __future__ import annotations

from checker.atomicio import chunks, spool, write_atomic, write_result

__all__ = ["chunks", "spool", "write_atomic", "write_result"]
