"""Rules that tell two claims of one sentence from two sentences of one paragraph (rules._compare):
CC201 compares figures of one quantity across sentences but not within one; CC701 outcomes likewise."""

from __future__ import annotations

from checker.api import check

BARNS = """---
title: Barn fire at Hollin Farm
published: 2019-05-02
---
Fire destroyed 12 barns at Hollin Farm on Tuesday, the fire service said. It said 15 barns were destroyed at the farm on Tuesday.

Firefighters from Ashby said between 12 and 15 barns burned at Hollin Farm on Tuesday.
"""

VOTE = """---
title: Brennock harbour vote
published: 2019-05-02
---
The Brennock council approved the harbour plan on Monday. The Brennock council rejected the harbour plan on Monday.

Members said the plan was approved on Monday and the old plan rejected in March.
"""


def findings(text: str, code: str) -> list[tuple[str, int, str]]:
    report = check(text=text, no_config=True, select=[code])
    return [(f.outcome.value, f.span.line if f.span else 0, f.message) for _, _, f in report.findings()]


def test_two_sentences_of_one_paragraph_giving_one_quantity_two_values_fail_and_a_range_does_not() -> None:
    found = findings(BARNS, "CC201")
    # the two sentences of line 5 are 60 characters apart: found apart by their sentences, not their distance
    assert [(outcome, line) for outcome, line, _ in found] == [("fail", 5)]
    assert "15 barns" in found[0][2] and "12 barns" in found[0][2]


def test_opposite_outcomes_in_two_sentences_of_one_paragraph_fail() -> None:
    found = findings(VOTE, "CC701")
    assert [(outcome, line) for outcome, line, _ in found] == [("fail", 5)]
    assert "rejected here" in found[0][2]
