"""The edit-distance pre-tests (checker.language.edits) decide exactly what rapidfuzz's Levenshtein does.

Pairs: the given names of the lexicon (``given_names.tsv``) against each other, which are mostly far
apart, and each against its own variants one, two and three edits away (letters deleted, inserted,
substituted, swapped), which are close: every answer is compared with the library's distance.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from rapidfuzz.distance import Levenshtein

from checker.language import edits, lexicons, names

_LETTERS = "aeinorsty'-é"


def _lexicon_names() -> list[str]:
    return sorted(lexicons.given_names())


def _variant(word: str, rng: random.Random, n: int) -> str:
    """``word`` with ``n`` random edits (each a deletion, insertion, substitution or swap of neighbours)."""
    w = list(word)
    for _ in range(n):
        op = rng.choice("disx") if len(w) > 1 else "i"
        i = rng.randrange(len(w))
        if op == "d":
            del w[i]
        elif op == "i":
            w.insert(i, rng.choice(_LETTERS))
        elif op == "s":
            w[i] = rng.choice(_LETTERS)
        elif i + 1 < len(w):
            w[i], w[i + 1] = w[i + 1], w[i]
    return "".join(w)


def _pairs() -> Iterator[tuple[str, str]]:
    lexicon = _lexicon_names()
    sample = lexicon[::40]  # ~240 names: ~29,000 pairs of different names, as the lexicon spells them
    for i, a in enumerate(sample):
        for b in sample[i + 1 :]:
            yield a, b
    rng = random.Random(16)
    for word in lexicon[::7]:  # ~1,400 names, each with close variants
        for n in (1, 1, 2, 2, 3):
            yield word, _variant(word, rng, n)
        yield word, word
        yield word.capitalize(), word  # a capital letter is another letter


PAIRS = list(_pairs())


def test_the_pairs_cover_every_distance_the_callers_ask_about() -> None:
    seen = {min(Levenshtein.distance(a, b), 4) for a, b in PAIRS}
    assert seen == {0, 1, 2, 3, 4}


def test_lower_bound_never_exceeds_the_distance_and_often_meets_it() -> None:
    met = 0
    for a, b in PAIRS:
        bound, d = edits.lower_bound(a, b), Levenshtein.distance(a, b)
        assert bound <= d, (a, b)
        met += bound == d
    assert met > len(PAIRS) // 4


def test_within_one_edit_is_distance_at_most_one() -> None:
    for a, b in PAIRS:
        assert edits.within_one_edit(a, b) is (Levenshtein.distance(a, b) <= 1), (a, b)
        assert edits.one_edit_apart(a, b) is (Levenshtein.distance(a, b) == 1), (a, b)


@pytest.mark.parametrize("loaded", [False, True], ids=["pre-tests", "library loaded"])
def test_distance_at_most(monkeypatch: pytest.MonkeyPatch, loaded: bool) -> None:
    if not loaded:
        monkeypatch.setattr(edits, "_LOADED", [])
    else:
        monkeypatch.setattr(edits, "_LOADED", [Levenshtein])
    for a, b in PAIRS:
        d = Levenshtein.distance(a, b)
        for limit in (0, 1, 2, 3):
            assert edits.distance_at_most(a, b, limit) == (d if d <= limit else None), (a, b, limit)


def test_rapidfuzz_is_imported_only_for_pairs_that_may_be_close(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(edits, "_LOADED", [])
    assert edits.distance_at_most("kirby", "kerry", 1) is None  # two letters of each unmatched
    assert edits.distance_at_most("gonzales", "gonzalez", 2) == 1
    assert edits.distance_at_most("kirby", "kurbi", 1) is None
    assert edits._LOADED == []
    assert edits.distance_at_most("kirby", "kurbi", 2) == 2  # close enough: the library measures it
    assert edits._LOADED[0] is Levenshtein


def _close_spelling_by_library(a: str, b: str, max_edits: int, min_length: int) -> bool:
    """:func:`names.close_spelling` as written before the pre-tests, on rapidfuzz's distance."""
    x, y = names.strip_accents(a).lower(), names.strip_accents(b).lower()
    if x == y or min(len(x), len(y)) < min_length or x[0] != y[0]:
        return False
    short, long_ = sorted((x, y), key=len)
    if long_.startswith(short) and long_[len(short) :] in names._SUFFIXES:
        return False
    d = Levenshtein.distance(x, y)
    return 0 < d <= max_edits and d < min(len(x), len(y)) / 3


def _given_names_close_by_library(a: str, b: str) -> bool:
    x, y = names.strip_accents(a).lower().strip("."), names.strip_accents(b).lower().strip(".")
    if not x or not y or x == y or x[0] != y[0]:
        return False
    return bool(Levenshtein.normalized_similarity(x, y) >= 0.5)


def test_the_name_comparisons_answer_as_on_the_library_distance(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(edits, "_LOADED", [])
    close = 0
    for a, b in PAIRS:
        a, b = a.capitalize(), b.capitalize()
        for max_edits, min_length in ((2, 4), (1, 5)):
            expected = _close_spelling_by_library(a, b, max_edits, min_length)
            assert names.close_spelling.__wrapped__(a, b, max_edits, min_length) is expected, (a, b)
            close += expected
        assert names.given_names_close(a, b) is _given_names_close_by_library(a, b), (a, b)
    assert close > 100
