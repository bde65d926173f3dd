"""Suggestions for misspelt words: flags, keys, rule codes and names, sub-commands, suppression verbs.

Kept apart from the models so the command line can suggest before pydantic is imported.
"""

from __future__ import annotations

from collections.abc import Iterable


def closest(word: str, candidates: Iterable[str], cutoff: float = 0.7) -> str | None:
    """The candidate closest to ``word`` (difflib's ratio, as Python's own errors use), or None."""
    import difflib  # here: a run that mistypes nothing never needs it

    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=cutoff)
    return close[0] if close else None


def did_you_mean(word: str, candidates: Iterable[str], prefix: str = "") -> str:
    """`` (did you mean X?)`` naming the closest candidate, or ``""``."""
    found = closest(word, candidates)
    return f" (did you mean {prefix}{found}?)" if found else ""
