"""Page furniture (comment links, photo credits, sponsored blocks, share prompts): patterns kept as data."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from checker.errors import ConfigError
from checker.suppression import LINE as DIRECTIVE_LINE


@lru_cache(maxsize=1)
def default_patterns() -> tuple[str, ...]:
    """The shipped patterns (``checker/data/furniture.yaml``)."""
    from checker import datafiles

    return tuple(datafiles.load("checker", "data/furniture.yaml")["patterns"])


@lru_cache(maxsize=16)
def matcher(extra: tuple[str, ...] = ()) -> re.Pattern[str]:
    """One compiled pattern for the shipped patterns plus a newsroom's own (``furniture:`` in the config)."""
    for p in extra:
        try:
            re.compile(p)
        except re.error as err:
            raise ConfigError("configuration", "furniture", f"{p!r} is not a valid regular expression: {err}") from None
    body = "|".join(f"(?:{p})" for p in (*default_patterns(), *extra))
    return re.compile(rf"^\s*(?:{body})\s*$", re.IGNORECASE)


#: furniture is short; a longer block is article text (and need not run the patterns)
MAX_LENGTH = 200


def is_furniture(line: str, extra: Iterable[str] = ()) -> bool:
    """Whether a line of a page is furniture rather than article text (suppression directives included)."""
    if "claimcheck:" in line and DIRECTIVE_LINE.match(line):
        return True
    return len(line) <= MAX_LENGTH and bool(matcher(extra if isinstance(extra, tuple) else tuple(extra)).match(line))
