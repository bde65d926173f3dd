"""Writing report files: atomically, so a crash never leaves half a report."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(target: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to ``target`` through a temporary file in the same folder, then rename."""
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
