"""The sources linker's first-person pattern finds what the look-behind-first pattern it replaced finds."""

from __future__ import annotations

import re

import pytest

from checker.linkers.sources import _FIRST_PERSON_ANY

#: the pattern as first written: the test of the character before the word comes first
_SPEC = re.compile(r"(?<![\w’'.])(?:I|we|We|my|My|our|Our|me|us)(?=[\s,;:!?’']|$)")


@pytest.mark.parametrize(
    ("text", "first_person"),
    [
        ("I think the shares remain a buy.", True),
        ("The council said we would wait, and my view is plain.", True),
        ("Agents of the F.B.I arrived on Monday.", False),  # "I" ending an abbreviation
        ("The F.B.I said I would be told.", True),  # a word turned down, a later one taken
        ("The famous mayor came home to the army.", False),  # "us", "me", "my" ending longer words
        ("Ilse’s deputy and the 2us team left.", False),  # a digit before "us"
        ("a_us token", False),  # "_" is a word character
        ("Then I", True),  # at the end of the text
        ("us, the residents", True),  # at its start
        ("We’ll decide,” she said. Tell us.", True),
        ("’we and ’our", False),  # a closing quote before the word
    ],
)
def test_the_pattern_finds_what_the_look_behind_first_one_finds(text: str, first_person: bool) -> None:
    assert [m.span() for m in _FIRST_PERSON_ANY.finditer(text)] == [m.span() for m in _SPEC.finditer(text)]
    assert (_FIRST_PERSON_ANY.search(text) is not None) is first_person
