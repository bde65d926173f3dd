"""Whose amount of money a sentence tells (quantities.money_owner): two bodies' deficits are two quantities."""

import pytest

from checker.language import frame_lexicons, quantities


def _owner(sentence: str, holder: str) -> str | None:
    return quantities.money_owner(sentence, sentence.index("$"), holder)


@pytest.mark.parametrize(
    ("sentence", "holder", "owner"),
    [
        ("Harl's $3.1 million deficit is the largest in the region.", "deficit", "harl"),
        ("Under the plan, Corran's $9 million debt would be refinanced.", "debt", "corran"),
        ("The city of Harl faces a $3.1 million deficit.", "deficit", "city of harl"),
        ("Harl County faces a $1.3 million deficit.", "deficit", "harl county"),
        ("The school board is facing a $2 million deficit.", "deficit", "school board"),
        ("The deficit of Harl County is $1.3 million.", "deficit", "harl county"),
    ],
)
def test_named_holders(sentence: str, holder: str, owner: str) -> None:
    assert _owner(sentence, holder) == owner


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("The city's $3.1 million deficit is the largest.", "deficit"),  # an anaphor: the one named before
        ("Its budget stood at $3 million.", "budget"),
        ("Councillor Ida Marrow said a $1.3 million deficit was coming.", "deficit"),  # "said" owns nothing
        ("The board faces a $2 million deficit.", "deficit"),
    ],
)
def test_no_named_holder(sentence: str, holder: str) -> None:
    assert _owner(sentence, holder) is None


def test_owning_verbs_are_data() -> None:
    verbs = frame_lexicons.counted().money_owner_verbs
    assert "faces" in verbs and "is facing" in verbs
    assert all(v == v.lower() and v.strip() == v for v in verbs)
