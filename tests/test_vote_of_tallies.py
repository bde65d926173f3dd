"""A tally written "by a vote of 5 to 3" or "voted 4 to 3" is a tally, not a ratio (issue 14), on text we wrote."""

from __future__ import annotations

import pytest

from checker.extractors.figures import find_figures
from checker.testing import Runner


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The board approved the plan by a vote of 5 to 3.", "tally"),
        ("The council voted 4 to 3 to approve the levy.", "tally"),
        ("Bookmakers put the odds at 5 to 3 against the levy.", "ratio"),
    ],
)
def test_a_vote_of_two_numbers_is_a_tally(text: str, category: str) -> None:
    [figure] = [f for f in find_figures(text) if f.against is not None]
    assert figure.category == category


def test_a_vote_of_more_than_the_body_fails(claimcheck_run: Runner) -> None:
    body = "The {}-member Prescott zoning board approved the depot plan by a vote of 6 to 2 on Tuesday."
    article = "---\ntitle: T\npublished: 2025-04-23\noutlet: Ledger\nstory: s\n---\n{}\n"

    def found(size: str) -> list[str]:
        result = claimcheck_run({"a.md": article.format(body.format(size))}, select=["CC201"])
        return [f"{f.outcome} {f.message}" for ar in result.results for r in ar.results for f in r.findings]

    [message] = found("seven")
    assert message.startswith("fail") and "8 votes (6 + 2)" in message
    assert found("nine") == []
