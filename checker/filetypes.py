"""What kind of file a path is, found without opening it: claimcheck reads regular files only.

Opening a FIFO for reading blocks until a writer appears (forever, in CI); reading a device such
as ``/dev/zero`` never ends; a socket cannot be read at all. :func:`read_regular` therefore looks at
the path with ``stat`` first, opens only a regular file and opens it non-blocking, then checks the
opened descriptor again (the path may have been swapped in between) before reading at most
``limit`` bytes.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


class NotRegularFile(OSError):
    """The path is not a regular file; ``str()`` is the one-line problem ("not a regular file (a FIFO …)")."""


def problem(mode: int) -> str | None:
    """``None`` for a regular file's ``st_mode``, else "not a regular file (a FIFO (named pipe))" and so on."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a directory"
    kind = next((name for test, name in _KINDS if test(mode)), "an unknown kind of file")
    return f"not a regular file ({kind})"


def read_regular(path: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """The bytes of a regular file, at most ``limit`` + 1 of them (so a caller can tell it is over).

    Raises :class:`NotRegularFile` for anything else, without blocking; other ``OSError`` as ``open``.
    """
    found = problem(os.stat(path).st_mode)
    if found:
        raise NotRegularFile(found)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        found = problem(os.fstat(fd).st_mode)
        if found:
            raise NotRegularFile(found)
        chunks = []
        left = -1 if limit is None else limit + 1
        while left != 0:
            chunk = os.read(fd, 1 << 20 if left < 0 else min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            if left > 0:
                left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_regular_text(path: str | os.PathLike[str], limit: int | None = None) -> str:
    """:func:`read_regular` decoded as UTF-8 (a BOM dropped); ``UnicodeDecodeError`` as ``bytes.decode``."""
    return read_regular(path, limit).decode("utf-8-sig")


def folder_problem(path: Path) -> str | None:
    """Why a folder cannot be listed ("cannot list folder: permission denied"), or None when it can."""
    try:
        with os.scandir(path):
            return None
    except OSError as err:
        return f"cannot list folder: {(err.strerror or str(err)).lower()}"
