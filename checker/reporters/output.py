"""Writing report files: atomically, so a crash never leaves half a report."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

#: Report text kept in memory before a spool moves to a temporary file (characters).
SPOOL_CHARS = 4_000_000


def spool() -> IO[str]:
    """A text buffer for report parts written while the run goes: in memory while small, then on disk."""
    return tempfile.SpooledTemporaryFile(max_size=SPOOL_CHARS, mode="w+", encoding="utf-8", newline="\n")


def chunks(buffer: IO[str], size: int = 1 << 20) -> Iterator[str]:
    """The text of a :func:`spool` from its start, in pieces of ``size`` characters."""
    buffer.seek(0)
    return iter(lambda: buffer.read(size), "")


def write_atomic(target: str | os.PathLike[str], text: str | Iterable[str]) -> None:
    """Write ``text`` (a string, or its pieces in order) to ``target`` through a temporary file in the same folder, then rename.

    A file that cannot be written is the user's to fix (a wrong folder, no permission): a
    :class:`~checker.errors.UsageError` naming it, exit 4, rather than a traceback.
    """
    try:
        _write(Path(target), text)
    except OSError as err:
        from checker.errors import UsageError

        raise UsageError(f"cannot write {os.fspath(target)}: {err.strerror or err}") from None


def _write(path: Path, text: str | Iterable[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp creates 0600; a report is as readable as any file the user writes
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            if isinstance(text, str):
                fh.write(text)
            else:
                fh.writelines(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
