"""Edit distance between two words (Levenshtein: letters inserted, deleted or substituted, one each).

The distance itself is rapidfuzz's (:func:`distance_at_most`, :func:`normalized_similarity`). The
library takes ~6 ms to import, and most pairs a run compares are far apart ("Kirby"/"Kerry", a
capitalised word against an article's surnames): this module decides those exactly without it, with

* :func:`lower_bound` — the letters of one word not matched by the other's, counted as multisets,
  on the side with more: each edit removes at most one unmatched letter from each side, so the
  distance is at least that many (and at least the difference in length, which it includes);
* :func:`within_one_edit` — whether the distance is at most one, decided letter by letter;

and imports the library only for a pair these leave open. Once it is loaded it is asked directly.

Words are compared as Python strings: code point by code point, case and accents as given.
"""

from __future__ import annotations

from typing import Any

#: rapidfuzz's ``Levenshtein`` once imported (kept: an import statement in a function runs
#: importlib's Python code on every call); then the pre-tests are skipped, the library being faster
_LOADED: list[Any] = []


def _levenshtein() -> Any:
    if not _LOADED:
        from rapidfuzz.distance import Levenshtein

        _LOADED.append(Levenshtein)
    return _LOADED[0]


def normalized_similarity(a: str, b: str) -> float:
    """One less the edit distance over the longer word's length (rapidfuzz's): 1.0 for equal words."""
    sim: float = _levenshtein().normalized_similarity(a, b)
    return sim


def lower_bound(a: str, b: str) -> int:
    """A number the edit distance of ``a`` and ``b`` is never below: of the letters of each word not
    matched in the other (as multisets), the larger count. Every letter of ``a`` left unmatched
    (not kept in place against an equal letter of ``b``) is substituted or deleted, one edit each;
    at most as many letters are matched as the words have in common."""
    more = 0  # letters of a that b lacks
    for ch in set(a):
        n = a.count(ch) - b.count(ch)
        if n > 0:
            more += n
    return max(more, more - len(a) + len(b))  # b's unmatched letters: more - (len(a) - len(b))


def within_one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are equal or one edit apart: of the same length with exactly one
    letter in another place; or one letter longer, and the shorter is the longer with one letter
    deleted."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if la == lb:
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if abs(la - lb) != 1:
        return False
    short, long_ = (a, b) if la < lb else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y), len(short))
    return short[i:] == long_[i + 1 :]


def one_edit_apart(a: str, b: str) -> bool:
    """Whether the edit distance of ``a`` and ``b`` is exactly one."""
    return a != b and within_one_edit(a, b)


def distance_at_most(a: str, b: str, limit: int) -> int | None:
    """The edit distance of ``a`` and ``b`` when it is at most ``limit``, else None; rapidfuzz is
    asked only when neither :func:`lower_bound` nor :func:`within_one_edit` settles it."""
    if a == b:
        return 0 if limit >= 0 else None
    if limit < 1 or abs(len(a) - len(b)) > limit:
        return None
    if not _LOADED:
        if lower_bound(a, b) > limit:
            return None
        if within_one_edit(a, b):
            return 1
        if limit < 2:
            return None
    d: int = _levenshtein().distance(a, b)
    return d if d <= limit else None


__all__ = ["distance_at_most", "lower_bound", "normalized_similarity", "one_edit_apart", "within_one_edit"]
