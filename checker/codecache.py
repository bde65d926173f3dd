"""Code that the standard library generates at import, compiled once per installation, as Python keeps bytecode.

Three stdlib modules compile source text they generate while classes are made: :mod:`dataclasses`
writes ``__init__``, ``__repr__``, ``__eq__``, ``__hash__`` and a frozen class's ``__setattr__``
as text and ``exec``\\ s it (about 0.25 ms of compiling per class; the ~90 dataclasses claimcheck,
pydantic and ``annotated_types`` define cost a one-article run ~25 ms), and :mod:`typing` compiles
every string annotation it turns into a ``ForwardRef`` (pydantic does that for every field of a
model class, ~6 ms), and :mod:`collections` ``eval``\\ s the ``__new__`` of every named tuple
(``typing.NamedTuple`` included; ~15 us each). The compiled code is plain data: :func:`install`
gives those modules an ``exec``, a ``compile`` and an ``eval`` that take the code object of a text
from a cache file when present and record it otherwise. The code is what ``compile`` gives for the
same text with the same flags (none of the modules has ``__future__`` imports to pass on, which
:func:`install` checks), so a class is made exactly as without the cache; only the compiling is
skipped.

The file sits in ``checker/__pycache__`` (``code.<interpreter tag>.marshal``; in a read-only
installation, the user's cache folder: :mod:`checker.cachedir`), stamped with the interpreter's
version and bytecode magic number, and is rewritten atomically at exit when the run compiled texts
it did not have. As with bytecode, nothing is written with ``sys.dont_write_bytecode``
(``PYTHONDONTWRITEBYTECODE``); ``CLAIMCHECK_CODE_CACHE=0`` switches
the cache off. A module that already has a global of that name (someone else's wrapper) or
``__future__`` flags of its own is left alone.
"""

from __future__ import annotations

import atexit
import builtins
import contextlib
import marshal
import os
import sys
from pathlib import Path
from types import CodeType, ModuleType
from typing import Any

ENV = "CLAIMCHECK_CODE_CACHE"
#: a text not used by the last this many runs that wrote the file is dropped from it
KEEP_WRITES = 30
#: bumped when the file's layout changes
_LAYOUT = 1

_state: dict[str, Any] = {}


def _stamp() -> tuple[Any, ...]:
    from importlib.util import MAGIC_NUMBER

    return (_LAYOUT, sys.version, sys.implementation.cache_tag, MAGIC_NUMBER, marshal.version)


def default_path() -> Path:
    from checker.cachedir import cache_file

    return cache_file(Path(__file__).resolve().parent, f"code.{sys.implementation.cache_tag}.marshal")


def _plain(module: ModuleType, name: str) -> bool:
    """``module`` finds the builtin ``name`` by its global name and has no ``__future__`` flags to pass on."""
    import __future__

    if name in vars(module):
        return False  # a global of that name already there (someone else's wrapper): leave it
    return not any(isinstance(v, __future__._Feature) for v in vars(module).values())


def install(path: Path | None = None) -> bool:
    """Serve the compiling of :mod:`dataclasses`, :mod:`typing` and :mod:`collections` from the cache file; True when in use.

    Idempotent. Call it before the modules whose classes should be made from the cache are imported
    (it imports :mod:`dataclasses` and :mod:`typing` itself; all three are imported by any run anyway).
    """
    if _state or os.environ.get(ENV, "1") in ("0", "false", "no"):
        return bool(_state)
    import collections
    import dataclasses
    import typing

    patch_exec, patch_compile = _plain(dataclasses, "exec"), _plain(typing, "compile")
    patch_eval = _plain(collections, "eval")
    if not (patch_exec or patch_compile or patch_eval):  # pragma: no cover - another interpreter's stdlib
        return False
    target = path or default_path()
    entries: dict[tuple[str, str], CodeType] = {}
    #: per text, the number of the last write whose run used it
    last: dict[tuple[str, str], int] = {}
    writes = 0
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
        with open(target, "rb") as fh:
            blob = fh.read()
        stamp, writes_, loaded, last_ = marshal.loads(blob)
        if tuple(stamp) == _stamp():
            entries, last, writes = loaded, last_, int(writes_)
    used: set[tuple[str, str]] = set()
    fresh = [0]

    def code_of(source: str, mode: str) -> CodeType:
        key = (mode, source)
        code = entries.get(key)
        if code is None:
            # dont_inherit: the flags of this module are not the caller's (checked to have none)
            code = entries[key] = builtins.compile(source, "<string>", mode, dont_inherit=True)
            fresh[0] += 1
        used.add(key)
        return code

    def cached_exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
        if type(source) is not str or globals is None:
            # code objects, or exec in the caller's own namespace: not what dataclasses does
            frame = sys._getframe(1)
            scope = frame.f_globals if globals is None else globals
            builtins.exec(source, scope, frame.f_locals if globals is None and locals is None else locals)
            return
        builtins.exec(code_of(source, "exec"), globals, locals)

    def cached_compile(
        source: Any, filename: Any, mode: str, flags: int = 0, dont_inherit: bool = False, optimize: int = -1
    ) -> Any:
        if type(source) is not str or filename != "<string>" or flags or optimize != -1 or mode != "eval":
            return builtins.compile(source, filename, mode, flags, True, optimize)  # as typing would, uncached
        return code_of(source, mode)

    def cached_eval(source: Any, globals: Any = None, locals: Any = None, /) -> Any:
        if type(source) is not str or globals is None:
            # code objects, or eval in the caller's own namespace: not what namedtuple does
            frame = sys._getframe(1)
            scope = frame.f_globals if globals is None else globals
            return builtins.eval(source, scope, frame.f_locals if globals is None and locals is None else locals)
        return builtins.eval(code_of(source, "eval"), globals, locals)

    patched = []
    if patch_exec:
        dataclasses.exec = cached_exec  # type: ignore[attr-defined]
        patched.append((dataclasses, "exec"))
    if patch_compile:
        typing.compile = cached_compile  # type: ignore[attr-defined]
        patched.append((typing, "compile"))
    if patch_eval:
        collections.eval = cached_eval  # type: ignore[attr-defined]
        patched.append((collections, "eval"))
    _state.update(target=target, entries=entries, used=used, fresh=fresh, last=last, writes=writes, patched=patched)
    atexit.register(save)
    return True


def save() -> None:
    """Write the cache if this process compiled texts it did not have (called at exit)."""
    if not _state or not _state["fresh"][0] or sys.dont_write_bytecode:
        return
    writes = _state["writes"] + 1
    last: dict[tuple[str, str], int] = dict(_state["last"])
    for key in _state["used"]:
        last[key] = writes
    keep = {k for k in _state["entries"] if last.get(k, writes) > writes - KEEP_WRITES}
    entries = {k: v for k, v in _state["entries"].items() if k in keep}
    last = {k: last.get(k, writes) for k in keep}
    from checker.datafiles import write_marshal

    if write_marshal(_state["target"], (_stamp(), writes, entries, last)):  # else a read-only installation
        _state["fresh"][0] = 0


def uninstall() -> None:
    """Give :mod:`dataclasses`, :mod:`typing` and :mod:`collections` the builtins back (tests)."""
    if _state:
        for module, name in _state["patched"]:
            vars(module).pop(name, None)
        atexit.unregister(save)
        _state.clear()


__all__ = ["install", "save", "uninstall"]
