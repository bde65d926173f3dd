"""Page furniture (comment links, photo credits, sponsored blocks, share prompts): patterns kept as data."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from checker.suppression import LINE as DIRECTIVE_LINE


@lru_cache(maxsize=1)
def default_patterns() -> tuple[str, ...]:
    """The shipped patterns (``checker/data/furniture.yaml``)."""
    import yaml

    text = resources.files("checker").joinpath("data/furniture.yaml").read_text(encoding="utf-8")
    return tuple(yaml.safe_load(text)["patterns"])


@lru_cache(maxsize=16)
def matcher(extra: tuple[str, ...] = ()) -> re.Pattern[str]:
    """One compiled pattern for the shipped patterns plus a newsroom's own."""
    body = "|".join(f"(?:{p})" for p in (*default_patterns(), *extra))
    return re.compile(rf"^\s*(?:{body})\s*$", re.IGNORECASE)


def is_furniture(line: str, extra: Iterable[str] = ()) -> bool:
    """Whether a line of a page is furniture rather than article text (suppression comments included)."""
    return bool(matcher(tuple(extra)).match(line) or DIRECTIVE_LINE.match(line))
