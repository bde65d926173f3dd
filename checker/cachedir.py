"""Where claimcheck keeps what it derives from its own files: parsed lexicons, compiled patterns, generated code.

Beside the files, in their folder's ``__pycache__``, as Python keeps bytecode. Where that folder
cannot be written (a read-only installation: a system package, a container image built by another
user, a read-only mount), every run would otherwise parse, compile and generate it all again: a
one-article run takes ~2.3x as long (253 against 111 ms CPU, ``benchmarks/bench_startup.py``'s
article, measured 2026-12-01). So the caches then go to a per-user folder, as pip's and ruff's do:
``$CLAIMCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/claimcheck``, else ``~/.cache/claimcheck``, under
the installation's absolute path (two installations never share a file). Python's own
``sys.pycache_prefix`` (``PYTHONPYCACHEPREFIX``, ``-X pycache_prefix``) wins over both when set, as it
does for bytecode. Nothing is written with ``sys.dont_write_bytecode``; the callers check that.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV = "CLAIMCHECK_CACHE_DIR"

#: per folder of source files, whether its ``__pycache__`` can be written (one ``os.access`` per folder and run)
_writable_beside: dict[str, bool] = {}


def cache_file(folder: Path, name: str) -> Path:
    """The cache file ``name`` for data derived from files in ``folder`` (an absolute path).

    ``folder/__pycache__/name`` when that folder can be written (or made), or already holds the
    file (a cache written when the installation was made, by its owner); else the same name under
    :func:`user_root` (or ``sys.pycache_prefix``), below ``folder``'s absolute path.
    """
    if sys.pycache_prefix:
        return _mirrored(Path(sys.pycache_prefix), folder) / name
    beside = folder / "__pycache__"
    key = str(folder)
    writable = _writable_beside.get(key)
    if writable is None:
        writable = _writable_beside[key] = _writable(beside, folder)
    if writable or os.path.isfile(beside / name):
        return beside / name
    root = user_root()
    return beside / name if root is None else _mirrored(root, folder) / name


def user_root() -> Path | None:
    """The per-user cache folder (``$CLAIMCHECK_CACHE_DIR``, ``$XDG_CACHE_HOME/claimcheck``, ``~/.cache/claimcheck``); None without a home."""
    given = os.environ.get(ENV)
    if given:
        return Path(given)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "claimcheck"
    try:
        return Path.home() / ".cache" / "claimcheck"
    except RuntimeError:  # no home directory to be found
        return None


def _writable(beside: Path, folder: Path) -> bool:
    """``beside`` is a folder this process may write in, or can be made in ``folder``."""
    if os.path.isdir(beside):
        return os.access(beside, os.W_OK)
    return not os.path.lexists(beside) and os.access(folder, os.W_OK)


def _mirrored(root: Path, folder: Path) -> Path:
    # as sys.pycache_prefix does: the absolute path below the root, its anchor dropped
    return root.joinpath(*folder.resolve().parts[1:])


def forget() -> None:
    """Drop the folders chosen so far (tests that change the environment or the permissions)."""
    _writable_beside.clear()


__all__ = ["ENV", "cache_file", "forget", "user_root"]
