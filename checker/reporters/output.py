"""Writing report files: atomically, so a crash never leaves half a report."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(target: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to ``target`` through a temporary file in the same folder, then rename.

    A file that cannot be written is the user's to fix (a wrong folder, no permission): a
    :class:`~checker.errors.UsageError` naming it, exit 4, rather than a traceback.
    """
    try:
        _write(Path(target), text)
    except OSError as err:
        from checker.errors import UsageError

        raise UsageError(f"cannot write {os.fspath(target)}: {err.strerror or err}") from None


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp creates 0600; a report is as readable as any file the user writes
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
