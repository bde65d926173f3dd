"""The sources linker's scan for first-person words finds what its look-behind pattern finds."""

from __future__ import annotations

import pytest

from checker.linkers.sources import _FIRST_PERSON_ANY, _first_person_in


@pytest.mark.parametrize(
    ("text", "first_person"),
    [
        ("I think the shares remain a buy.", True),
        ("The council said we would wait, and my view is plain.", True),
        ("Agents of the F.B.I arrived on Monday.", False),  # "I" ending an abbreviation
        ("The F.B.I said I would be told.", True),  # a candidate turned down, a later one taken
        ("Officials in Fiji and Hawaii met in Taipei.", False),  # "i" ending a longer word: no match anyway
        ("The famous mayor of Aumus spoke.", False),  # "us" ending a word
        ("Ilse’s deputy and the 2us team left.", False),  # a digit before "us"
        ("a_us token", False),  # "_" is a word character
        ("Then I", True),  # at the end of the text
        ("us, the residents", True),  # at its start
        ("We’ll decide,” she said. Tell us.", True),
    ],
)
def test_the_scan_agrees_with_the_pattern(text: str, first_person: bool) -> None:
    assert (_FIRST_PERSON_ANY.search(text) is not None) is first_person
    assert _first_person_in(text) is first_person
