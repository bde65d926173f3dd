"""First-character guards of a pattern's alternatives: a lookahead that lets the matcher skip a branch at one test.

A pattern of many alternatives is tried branch by branch at each place: a branch that cannot start
with the character there still runs its own alternatives (a number's 28 words, a month's 30 names)
before it fails. :func:`guarded` writes a lookahead ``(?=(?i:[…]))`` before each branch naming every
character a match of the branch can open with; it fails at once where none is and changes nothing
else, since every match of the branch starts with one of those characters. A branch that can match
the empty string, or open with any character (a negated class, ``.``, a back-reference), gets none.

The characters come from Python's own parse of the branch (:mod:`re._parser`), which takes ~20 ms
for the figures extractor's branches: they are kept beside the module that asks, keyed by the text
of its branches and this module's own size and time (:func:`checker.datafiles.kept_for`), so a run
pays for the parse only when a branch or this module has changed. Case is ignored in a guard: it may admit a few characters the branch does not.
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from checker import datafiles

#: bumped when the guards' form changes (part of the cache key)
_VERSION = 1

_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w", "CATEGORY_SPACE": r"\s"}


class _Anything(Exception):
    """A branch may open with any character: no guard."""


def guarded(branches: Sequence[str], flags: int, beside: Path, what: str = "guards") -> list[str]:
    """``branches`` (alternatives of one pattern, compiled with ``flags``), each with its guard before it.

    ``beside``: the source file of the module whose pattern it is; the guards are kept in its
    ``__pycache__`` under ``what`` (one name for each list a module guards). Raises :class:`re.error`
    for a branch that is no pattern.
    """
    own = os.stat(__file__)  # a changed way of working guards out makes them again, as a changed branch does
    key = (_VERSION, own.st_size, own.st_mtime_ns, int(flags), *branches)
    guards = datafiles.kept_for(beside, what, key, lambda: [guard(b, flags) for b in branches])
    return [g + b for g, b in zip(guards, branches, strict=True)]


def guard(branch: str, flags: int = 0) -> str:
    """The lookahead naming every character a match of ``branch`` can open with, or "" when none can be
    written (the branch may match the empty string or open with any character, or this interpreter's
    regex parser is not the one this module reads)."""
    try:
        parser: Any = importlib.import_module("re._parser")  # the stdlib's own regex parser (no public API)
    except ImportError:
        return ""
    parsed = parser.parse(branch, flags)  # re.error for a branch that is no pattern
    try:
        chars, empty = _first(parsed)
    except (_Anything, AttributeError, IndexError, TypeError, ValueError):
        return ""  # an item this module does not know, or laid out otherwise: no guard, never a wrong one
    if empty or not chars:
        return ""
    return "(?=(?i:[" + "".join(sorted(chars)) + "]))"


def _first(items: Any) -> tuple[set[str], bool]:
    """The class items (as regex text) a match of the parsed sequence ``items`` can open with, and
    whether it can match the empty string."""
    chars: set[str] = set()
    for op, av in items:
        more, empty = _first_of(str(op), av)
        chars |= more
        if not empty:
            return chars, False
    return chars, True


def _first_of(op: str, av: Any) -> tuple[set[str], bool]:
    if op == "LITERAL":
        return {re.escape(chr(av))}, False
    if op == "IN":
        return _class(av), False
    if op == "BRANCH":
        chars: set[str] = set()
        empty = False
        for alternative in av[1]:
            more, e = _first(alternative)
            chars |= more
            empty = empty or e
        return chars, empty
    if op == "SUBPATTERN":
        return _first(av[3])
    if op == "ATOMIC_GROUP":
        return _first(av)
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _, sub = av
        chars, empty = _first(sub)
        return chars, empty or low == 0
    if op in ("AT", "ASSERT", "ASSERT_NOT"):
        return set(), True  # consumes nothing: the next item opens the match
    raise _Anything(op)  # ANY, NOT_LITERAL, a back-reference, a conditional


def _class(items: Any) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.add(re.escape(chr(av)))
        elif name == "RANGE":
            out.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif name == "CATEGORY" and str(av) in _CATEGORIES:
            out.add(_CATEGORIES[str(av)])
        else:
            raise _Anything(name)  # a negated class or category
    return out


__all__ = ["guard", "guarded"]
