"""Shipped data files (lexicons, pattern lists) read fast: parsed once per installation, as Python caches bytecode.

A data file is YAML for the people who edit it; a run should not pay for importing a YAML parser
and parsing it every time. :func:`load` keeps the parsed data beside the file in ``__pycache__``
(``marshal``, the format of ``.pyc`` files, for plain data: dicts, lists, strings, numbers,
booleans, None), stamped with the file's size and modification time, and reads it back when the
stamp still matches; where that folder is read-only, in the user's cache folder instead
(:mod:`checker.cachedir`). Like bytecode, the cache is not written when ``sys.dont_write_bytecode``
is set (``PYTHONDONTWRITEBYTECODE``); the file is then simply parsed.
"""

from __future__ import annotations

import contextlib
import importlib
import marshal
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from checker.cachedir import cache_file

#: bumped when the cache layout changes; marshal's own version guards the encoding
_LAYOUT = 1


def load(package: str, name: str) -> Any:
    """The parsed YAML data file ``name`` (a path inside ``package``), from the cache when it is current.

    :raises OSError: the file cannot be read. YAML errors propagate as from :func:`checker.yamltext.load`.
    """
    path = _on_disk(package, name)
    if path is None:
        from importlib import resources

        return _parse(resources.files(package).joinpath(name).read_text(encoding="utf-8"))  # inside a zip: no cache
    return load_path(path)


def _on_disk(package: str, name: str) -> Path | None:
    """The file ``name`` inside ``package`` when the package is a folder on disk, else None.

    What ``importlib.resources.files(package) / name`` gives for a package imported from a folder,
    without importing ``importlib.resources`` (with ``tempfile`` and ``zipfile``, ~8 ms a run).
    """
    module = importlib.import_module(package)
    spec = module.__spec__
    folders = list(spec.submodule_search_locations or ()) if spec is not None else []
    if len(folders) != 1 or spec is None or not spec.has_location:
        return None  # a namespace package, a zip, a frozen module: importlib.resources knows
    path = Path(folders[0]) / name
    try:
        path.stat()
    except OSError:
        return None
    return path


def load_path(path: Path) -> Any:
    """The parsed YAML file at ``path``, from the cache beside it when current (see :func:`load`).

    :raises OSError: the file cannot be read.
    """
    st = path.stat()
    stamp = (_LAYOUT, marshal.version, st.st_size, st.st_mtime_ns)
    return _through_cache(path, _cache_file(path), stamp, lambda p: _parse(p.read_text(encoding="utf-8")))


def derived(package: str, name: str, what: str, version: int, compute: Callable[[Any], Any]) -> Any:
    """``compute(load(package, name))``, kept in the cache beside the data file like the parsed data.

    For what a run derives from a data file the same way every time (the hedge lexicon's literal
    prefixes, say, which take the stdlib's regex parser over every pattern). ``what`` names the
    derivation in the cache file's name; ``version`` (a number bumped with the deriving code, or
    its module's modification time) is part of the stamp, so changed code recomputes. ``compute``
    must return plain data (what ``marshal`` writes); otherwise it is simply computed every time.
    """
    path = _on_disk(package, name)
    if path is None:
        return compute(load(package, name))  # inside a zip: no cache
    return cached(path, what, version, lambda p: compute(load_path(p)))


def cached(path: Path, what: str, version: int, read: Callable[[Path], Any]) -> Any:
    """``read(path)``, kept in ``__pycache__`` beside the file (``<name>.<what>.<tag>.marshal``).

    Stamped with the file's size and modification time and ``version``; for files that are not
    YAML (a word list in TSV) or for data derived from one. ``read`` must return plain data to be
    cached, and raises as it would without the cache (nothing is cached then).
    """
    st = path.stat()
    stamp = (_LAYOUT, marshal.version, st.st_size, st.st_mtime_ns, version)
    return _through_cache(path, _cache_file(path, what), stamp, read)


def derived_from(inputs: Sequence[Path], what: str, compute: Callable[[], Any]) -> Any:
    """``compute()``, kept in ``__pycache__`` beside ``inputs[0]`` (``<name>.<what>.<tag>.marshal``).

    For what a run derives from several data files the same way every time (the lemma of every
    lexicon word's inflections, one regex alternation of a lexicon's words). ``inputs`` are every
    file the result depends on: the data files and the source files of the code that reads and
    derives them; the stamp holds the size and modification time of each, so editing any of them
    recomputes. ``compute`` must return plain data (what ``marshal`` writes); otherwise it is
    simply computed every time, as it is when an input cannot be stat'ed.
    """
    try:
        stats = [os.stat(p) for p in inputs]
    except OSError:
        return compute()
    stamp = (_LAYOUT, marshal.version, *(n for st in stats for n in (st.st_size, st.st_mtime_ns)))
    return _through_cache(inputs[0], _cache_file(inputs[0], what), stamp, lambda _: compute())


def _cache_file(path: Path, what: str = "") -> Path:
    """Where the cache of ``path`` (or of what is derived from it, ``what``) is kept: its folder's
    ``__pycache__`` (or the user's cache folder, :mod:`checker.cachedir`), as
    ``<name>[.<what>].<interpreter tag>.marshal``."""
    middle = f".{what}" if what else ""
    return cache_file(path.parent, f"{path.name}{middle}.{sys.implementation.cache_tag}.marshal")


def _through_cache(path: Path, cache: Path, stamp: tuple[int, ...], read: Callable[[Path], Any]) -> Any:
    """The data in ``cache`` when its stamp is ``stamp``, else ``read(path)`` (then written there)."""
    try:
        with open(cache, "rb") as fh:
            # loads of the whole file: marshal.load on a file object reads it piece by piece
            # through readinto, ~6x slower (10 of a one-article run's ms for its 15 files)
            cached_stamp, data = marshal.loads(fh.read())
        if tuple(cached_stamp) == stamp:
            return data
    except (OSError, EOFError, ValueError, TypeError):
        pass  # no cache yet, or a stale or damaged one: read the file and rewrite it
    data = read(path)
    if not sys.dont_write_bytecode:
        _write(cache, stamp, data)
    return data


def _parse(text: str) -> Any:
    from checker import yamltext

    return yamltext.load(text)


def _write(cache: Path, stamp: tuple[int, ...], data: Any) -> None:
    # data marshal cannot hold (a YAML date, say) is parsed every time rather than fail
    write_marshal(cache, (stamp, data))


def write_marshal(target: Path, data: Any) -> bool:
    """``data`` in ``target`` as :mod:`marshal` writes it, through a temporary file renamed over it (a
    concurrent run reads the old file or the new one); False, and nothing left behind, when it cannot
    be written (a read-only installation) or marshal cannot hold it. For the caches claimcheck keeps
    beside its code as Python keeps bytecode (parsed data files, patterns, generated code)."""
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        blob = marshal.dumps(data)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(blob)
        os.replace(tmp, target)
        return True
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        return False


__all__ = ["cached", "derived", "derived_from", "load", "load_path", "write_marshal"]
