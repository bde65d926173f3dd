"""Quote fidelity (CC301) when one rendering is cut at an edge: a cut that leaves out the negation
the quoted words stand under flips their meaning; other cuts keep it. Text written by us."""

from __future__ import annotations

import pytest

from checker.language import lexicons
from rules.quotes import verdict, words

NEGATIONS = lexicons.speech().negations


@pytest.mark.parametrize("negation", sorted(w for w in NEGATIONS if " " not in w and "'" not in w))
def test_a_cut_right_after_a_negation_flips_the_meaning(negation: str) -> None:
    long_ = f"we had {negation} received a single report of cracks in the deck"
    short = "received a single report of cracks in the deck"
    outcome, changes = verdict(words(long_), words(short), 0.8, NEGATIONS)
    assert outcome == "fail" and changes[0][1] == ""


def test_a_negation_that_ends_the_other_quote_is_dropped_at_the_end() -> None:
    outcome, changes = verdict(
        words("Who will fund the harbour wall if the county will not?"),
        words("Who will fund the harbour wall if the county will?"),
        0.8,
        NEGATIONS,
    )
    assert outcome == "fail" and changes == [("not", "")]


@pytest.mark.parametrize(
    ("long_", "short"),
    [
        # the negation belongs to a clause the cut leaves out
        ("We will go back to the table on Monday, not walk away from it", "We will go back to the table on Monday"),
        # the words before the cut hold no negation
        ("we have received a single report of cracks in the deck", "received a single report of cracks in the deck"),
        # a negation further back than the cut's edge
        ("we did not expect it, but we received a single report of cracks", "we received a single report of cracks"),
    ],
)
def test_a_cut_that_keeps_the_meaning_is_faithful(long_: str, short: str) -> None:
    assert verdict(words(long_), words(short), 0.8, NEGATIONS)[0] is None


@pytest.mark.parametrize(
    ("negated", "plain"),
    [
        (
            "the grain store does not need a new roof before the harvest",
            "the grain store needs a new roof before the harvest",
        ),
        ("we did not expect a vote on the levy this week", "we expected a vote on the levy this week"),
        ("does not need a new roof before the harvest", "needs a new roof before the harvest"),
    ],
)
def test_a_verb_negated_with_do_in_one_rendering_only_flips_the_meaning(negated: str, plain: str) -> None:
    for a, b in ((negated, plain), (plain, negated)):
        assert verdict(words(a), words(b), 0.8, NEGATIONS)[0] == "fail"
