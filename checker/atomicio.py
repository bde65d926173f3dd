"""Writing files claimcheck produces (reports, baselines): atomically, and never over a file the run reads.

Every file claimcheck writes goes through :func:`write_atomic`: the text is written to a temporary
file in the target's folder, flushed and ``fsync``-ed, then renamed over the target with
``os.replace`` (atomic on POSIX and Windows). A crash, Ctrl-C or SIGTERM at any moment leaves either
the old file or the new one, never half of either.

:func:`write_result` is what reporters and the baseline call at the end of a run: a run that was
interrupted writes nothing (an earlier complete report or baseline is kept as it was) and says so on
stderr. Why not write the partial report marked incomplete instead: a consumer that reads a file
and not its fine print (a SARIF upload that closes alerts for articles it no longer sees, a
baseline that silently drops accepted findings) would take a partial result for a complete one.

:func:`refuse_inputs` is the check every output flag runs before anything is written: an output
that names an article of the run or a file the run reads (configuration, baseline, local plugin
file) is a usage error naming the flag and the file, exit 4.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING

from checker.errors import UsageError

if TYPE_CHECKING:
    from checker.session import Session


#: Report text kept in memory before a spool moves to a temporary file (characters).
SPOOL_CHARS = 4_000_000


def spool() -> IO[str]:
    """A text buffer for report parts written while the run goes: in memory while small, then on disk."""
    import tempfile  # when a report is written, not at import

    return tempfile.SpooledTemporaryFile(max_size=SPOOL_CHARS, mode="w+", encoding="utf-8", newline="\n")


def chunks(buffer: IO[str], size: int = 1 << 20) -> Iterator[str]:
    """The text of a :func:`spool` from its start, in pieces of ``size`` characters."""
    buffer.seek(0)
    return iter(lambda: buffer.read(size), "")


def write_atomic(target: str | os.PathLike[str], text: str | Iterable[str]) -> None:
    """Write ``text`` (a string, or its pieces in order; UTF-8, ``\\n`` line ends) to ``target``
    through a temporary file, then rename.

    A file that cannot be written is the user's to fix (a wrong folder, no permission): a
    :class:`~checker.errors.UsageError` naming it, exit 4, rather than a traceback.
    """
    try:
        _write(Path(target), text)
    except OSError as err:
        raise UsageError(f"cannot write {os.fspath(target)}: {err.strerror or err}") from None


def _write(path: Path, text: str | Iterable[str]) -> None:
    if path.exists() and not path.is_file() and not path.is_dir():
        # a device or a pipe (``--json /dev/null``, ``/dev/stdout``, a FIFO): written into, as a shell
        # redirect does; renaming a temporary file onto it would replace it (as root: /dev/null itself)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            if isinstance(text, str):
                fh.write(text)
            else:
                fh.writelines(text)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    import tempfile  # when a report is written, not at import

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp creates 0600; a report is as readable as any file the user writes
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            if isinstance(text, str):
                fh.write(text)
            else:
                fh.writelines(text)  # a streamed report: its pieces, never all of it in memory
            fh.flush()
            os.fsync(fh.fileno())  # the data is on disk before the name points at it
        os.replace(tmp, path)
    except BaseException:  # Ctrl-C included: the temporary file goes, the target is untouched
        Path(tmp).unlink(missing_ok=True)
        raise


def write_result(
    target: str | os.PathLike[str], text: str | Iterable[str], session: Session | None, what: str = "report"
) -> bool:
    """Write a run's result file unless the run was interrupted; returns whether it was written."""
    if session is not None and session.interrupted:
        print(f"interrupted: {what} {os.fspath(target)} not written (an earlier one is kept)", file=sys.stderr)
        return False
    write_atomic(target, text)
    return True


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether two paths name one file: the same inode when both exist (links), else the same resolved path."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        pass
    try:
        return Path(a).resolve() == Path(b).resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return os.path.abspath(a) == os.path.abspath(b)


def refuse_inputs(flag: str, target: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str]]) -> None:
    """Raise a UsageError (exit 4) when output ``target`` of ``flag`` names any of ``inputs``."""
    for item in inputs:
        if same_file(target, item):
            raise UsageError(
                f"{flag} {os.fspath(target)}: that file is read by this run ({os.fspath(item)}); not overwritten"
            )
