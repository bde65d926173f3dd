"""Literal prefilters: a cheap test that a text may hold a match of a costly pattern.

A regular expression searched over a whole sentence or article tries its alternatives at every
offset; most texts hold none of the words every match contains ("percent", "half"), and Python's
substring test finds out in a fraction of the time. :func:`may_hold` is that test, exact for
case-insensitive patterns: it never says False where the pattern would match.
"""

from __future__ import annotations

from collections.abc import Iterable

#: characters that ``re.IGNORECASE`` matches to an ASCII letter but ``str.lower`` does not turn into
#: it (dotless i, capital I with dot, long s): a text with one is handed to the pattern itself
_FOLDS_TO_ASCII = ("ı", "İ", "ſ")


def may_hold(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` may hold a case-insensitive match of a pattern every match of which contains
    one of ``words`` (lower case): False only when no word is in ``text`` by any case."""
    low = text.lower()
    for w in words:  # a loop, not any() over a generator: this runs once per figure or sentence
        if w in low:
            return True
    return _FOLDS_TO_ASCII[0] in text or _FOLDS_TO_ASCII[1] in text or _FOLDS_TO_ASCII[2] in text


def fewest(words: Iterable[str]) -> tuple[str, ...]:
    """``words`` without those that hold another of them ("admitted" holds "admit"): a text holds one of
    the result exactly when it holds one of ``words``, and :func:`may_hold` makes fewer tests."""
    unique = set(words)
    return tuple(sorted(w for w in unique if not any(v != w and v in w for v in unique)))


__all__ = ["fewest", "may_hold"]
