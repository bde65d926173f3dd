"""The literal prefilter never rules out a text a case-insensitive pattern matches."""

from __future__ import annotations

import re

import pytest

from checker.language.prefilter import fewest, may_hold

_HALF = re.compile(r"\b(?:more\s+than\s+half|most)\b", re.I)


@pytest.mark.parametrize(
    "text",
    [
        "More than HALF of the 300 residents left.",
        "Most voters stayed home.",
        # characters re.IGNORECASE folds to ASCII letters and str.lower does not: "moſt" (long s)
        "Moſt voters stayed home.",
    ],
)
def test_a_text_the_pattern_matches_passes(text: str) -> None:
    assert _HALF.search(text)
    assert may_hold(text, ("half", "most"))


def test_a_text_without_the_words_is_ruled_out() -> None:
    text = "Forty residents left on Monday, the council said."
    assert not _HALF.search(text)
    assert not may_hold(text, ("half", "most"))


def test_a_text_with_a_word_but_no_match_passes_to_the_pattern() -> None:
    # "almost" holds "most": the prefilter lets the text through, the pattern decides
    assert may_hold("It almost rained.", ("half", "most"))
    assert not _HALF.search("It almost rained.")


def test_the_fewest_words_find_what_all_find() -> None:
    words = ["admit", "admits", "admitted", "rescue", "rescuing", "saw", "seen", "see"]
    assert fewest(words) == ("admit", "rescue", "rescuing", "saw", "see")
    for text in ("She had admitted 20 patients.", "They were rescuing 12 miners.", "He has seen 40.", "Nobody came."):
        assert may_hold(text, fewest(words)) is may_hold(text, words)
