"""Patterns compiled when first used, not when their module is imported.

A one-article run imports every extractor and linker but reads many of their patterns on one rare
path only (a share, a vote, a site, a cost). Each pattern compiled at import costs its parse, or,
from the regex cache, turning its stored program back into the list ``_sre.compile`` takes.
:func:`on_first_use` returns a function that compiles its pattern on the first call and returns
the same object afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial


def on_first_use(pattern: str, flags: int | re.RegexFlag = 0) -> Callable[[], re.Pattern[str]]:
    """A function of no arguments returning ``re.compile(pattern, flags)``, compiled on the first call.
    A bad pattern raises :class:`re.error` there, not at import; a test should call it once."""
    compiled: Callable[[], re.Pattern[str]] = cache(partial(re.compile, pattern, flags))
    return compiled


__all__ = ["on_first_use"]
