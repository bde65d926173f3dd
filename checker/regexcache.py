"""Compiled regular expressions kept across runs, as Python keeps bytecode: start-up without re-parsing patterns.

Python's :mod:`re` caches compiled patterns only inside one process; a claimcheck run that checks
one article spends as long compiling its ~300 patterns (extractors, lexicons, rules) as checking
the article. The costly part is pure Python (``re._parser`` and ``re._compiler``): its output, the
program the C matcher runs, is plain data. :func:`install` wraps ``re._compiler.compile`` so that
the program of a text pattern (``str`` or ``bytes``) is taken from a cache file when present and recorded otherwise;
the C matcher (``_sre.compile``) still builds every pattern object, from the same program, so a
pattern behaves exactly as one compiled without the cache.

The file sits in ``checker/__pycache__`` (``regex.<interpreter tag>.marshal``; in a read-only
installation, the user's cache folder: :mod:`checker.cachedir`), stamped with the interpreter
version and the matcher's ``MAGIC``, and is rewritten atomically at exit when the run compiled new
patterns. As with bytecode, nothing is written with ``sys.dont_write_bytecode``
(``PYTHONDONTWRITEBYTECODE``); ``CLAIMCHECK_REGEX_CACHE=0``
switches the cache off. On an interpreter whose internals differ, :func:`install` does nothing.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import sys
from array import array
from pathlib import Path
from typing import Any

ENV = "CLAIMCHECK_REGEX_CACHE"
#: a pattern not used by the last this many runs that wrote the file is dropped from it (a pattern
#: built from a set changes text from process to process; without this the file would only grow)
KEEP_WRITES = 30
#: a pattern only one run ever used is dropped once this many later runs wrote the file without it:
#: the texts built from a set in hash order are each a one-off, and 30 runs' worth of them made the
#: file 2-3x the size of what a run uses (reading it was ~4 of a one-article run's ms)
ONE_OFF_WRITES = 2

#: (flags, the matcher's program as machine words, groups, group index, index group)
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_state: dict[str, Any] = {}


def _stamp() -> tuple[Any, ...]:
    import _sre

    return (3, tuple(sys.version_info[:3]), _sre.MAGIC, _sre.CODESIZE, sys.implementation.cache_tag)


def default_path() -> Path:
    from checker.cachedir import cache_file

    return cache_file(Path(__file__).resolve().parent, f"regex.{sys.implementation.cache_tag}.marshal")


def install(path: Path | None = None) -> bool:
    """Serve ``re``'s compilation of text patterns from the cache file; True when the cache is in use.

    Idempotent. Call it before the modules whose patterns should be cached are imported.
    """
    if _state or os.environ.get(ENV, "1") in ("0", "false", "no"):
        return bool(_state)
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]

        original = _compiler.compile
        code_of = _compiler._code
        if _sre.MAGIC is None or not callable(code_of):  # pragma: no cover - another interpreter
            return False
    except (ImportError, AttributeError):  # pragma: no cover - an interpreter without these internals
        return False
    target = path or default_path()
    entries: dict[tuple[str | bytes, int], _Entry] = {}
    #: per pattern, the numbers of the first and the last write whose runs used it
    seen: dict[tuple[str | bytes, int], tuple[int, int]] = {}
    writes = 0
    word = "I" if _sre.CODESIZE == 4 else "H"
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
        with open(target, "rb") as fh:
            blob = fh.read()
        stamp, writes_, loaded, seen_ = marshal.loads(blob)
        if tuple(stamp) == _stamp():
            entries, seen, writes = loaded, seen_, int(writes_)
    used: set[tuple[str | bytes, int]] = set()
    fresh: list[int] = [0]

    def compile(p: Any, flags: int = 0) -> Any:
        # pre-parsed input and re.DEBUG: as before. Bytes patterns are cached too: the standard library
        # compiles two at import in every run (``platform``'s libc search, ~0.4 ms to parse, imported
        # by pydantic through ``uuid``; ``tokenize``'s blank line, through ``inspect``)
        if (type(p) is not str and type(p) is not bytes) or flags & 128:
            return original(p, flags)
        # an int, not the int subclass some callers pass (Python 3.13's re gives ``_ZeroSentinel`` as
        # the default): marshal writes only plain ints, and one such key kept the whole file unwritten
        flags = int(flags)
        key = (p, flags)
        hit = entries.get(key)
        if hit is None:
            parsed = _parser.parse(p, flags)
            code = code_of(parsed, flags)
            groupindex = dict(parsed.state.groupdict)
            indexgroup: list[str | None] = [None] * parsed.state.groups
            for name, i in groupindex.items():
                indexgroup[i] = name
            # the program as bytes: one object to load rather than a list of ints for the collector to walk
            hit = (
                int(flags | parsed.state.flags),
                array(word, code).tobytes(),
                int(parsed.state.groups - 1),
                {str(k): int(v) for k, v in groupindex.items()},
                tuple(indexgroup),
            )
            entries[key] = hit
            fresh[0] += 1
        used.add(key)
        final, program, groups, index, names = hit
        return _sre.compile(p, final, array(word, program).tolist(), groups, index, names)

    _compiler.compile = compile
    _state.update(target=target, entries=entries, used=used, fresh=fresh, original=original, seen=seen, writes=writes)
    atexit.register(save)
    return True


def save() -> None:
    """Write the cache if this process compiled patterns it did not have (called at exit)."""
    if not _state or not _state["fresh"][0] or sys.dont_write_bytecode:
        return
    writes = _state["writes"] + 1
    seen: dict[tuple[str | bytes, int], tuple[int, int]] = dict(_state["seen"])
    for key in _state["used"]:
        seen[key] = (seen.get(key, (writes, writes))[0], writes)

    def kept(first: int, last: int) -> bool:
        return last > writes - KEEP_WRITES and (first < last or last > writes - ONE_OFF_WRITES)

    entries = {k: v for k, v in _state["entries"].items() if kept(*seen.get(k, (writes, writes)))}
    seen = {k: seen.get(k, (writes, writes)) for k in entries}
    from checker.datafiles import write_marshal

    if write_marshal(_state["target"], (_stamp(), writes, entries, seen)):  # else a read-only installation
        _state["fresh"][0] = 0


def uninstall() -> None:
    """Put ``re``'s own compilation back (tests)."""
    if _state:
        from re import _compiler  # type: ignore[attr-defined]

        _compiler.compile = _state["original"]
        atexit.unregister(save)
        _state.clear()


__all__ = ["install", "save", "uninstall"]
