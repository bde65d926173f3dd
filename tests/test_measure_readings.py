"""Readings of a measure (issue 14, `frames6`): a measure verb whose object is a measured value tells one
reading, so readings of different values on two days are not one event told with two dates (CC101); a
figure its sentence shifts from the time told before it ("a week later") is at another time, so a peak
that differs is not a contradiction (CC201). On text we wrote."""

from __future__ import annotations

import pytest

from checker.language import frame_lexicons, timex
from checker.testing import Runner


def _findings(run: Runner, body: str, code: str) -> list[str]:
    text = f"---\ntitle: T\npublished: 2025-03-14\noutlet: Carrow Post\nstory: s\n---\n{body}\n"
    result = run({"a.md": text}, select=[code])
    return [f"{f.outcome} {f.message}" for ar in result.results for r in ar.results for f in r.findings]


@pytest.mark.parametrize(
    ("text", "shift"),
    [
        # phrases
        ("The next day, gusts in Harlow reached 45 mph", "the next day"),
        ("Later that night, temperatures fell", "later that night"),
        ("By the weekend, the river reached 4.2 metres", "by the weekend"),
        ("Earlier in the week, waves reached 6 metres", "earlier in the week"),
        ("Later, gusts reached 85 mph", "later"),
        ("Within days, winds in Pell reached 60 mph", "within days"),
        # a count, a unit and a closing word
        ("A week later, winds in Pell reached 60 mph", "a week later"),
        ("Two days after that, winds reached 75 mph", "two days after that"),
        ("3 hours earlier, the gauge read 2 metres", "3 hours earlier"),
        ("Several months on, prices hit $40", "several months on"),
    ],
)
def test_every_shift_class_is_found(text: str, shift: str) -> None:
    assert timex.time_shift(text) == shift


@pytest.mark.parametrize(
    "text",
    ["Winds in Pell reached 90 mph on Tuesday", "The collateral damage was latent", "a weekly market"],
)
def test_a_clause_without_a_shift_has_none(text: str) -> None:
    assert timex.time_shift(text) is None


def test_every_shift_phrase_of_the_data_is_found() -> None:
    for phrase in frame_lexicons.raw("shifts.yaml")["phrases"]:
        assert timex.time_shift(f"{phrase.capitalize()}, gusts reached 45 mph.") == phrase


@pytest.mark.parametrize(
    "body",
    [
        "Gusts in Carrow reached 70 mph on Saturday.\n\nGusts in Carrow reached 85 mph on Sunday, officials said.",
        "Shares in Bralton Foods hit $40 on Tuesday.\n\nShares in Bralton Foods hit $46 on Friday, traders said.",
        "The Wend peaked at 2.8 metres in Ashby on Saturday.\n\nThe Wend peaked at 3.3 metres in Ashby on Monday.",
        "The index fell 3 percent on Monday.\n\nThe index fell 5 percent on Thursday, dealers said.",
        # the unit word read as the date's verb: the reading is its value all the same
        "The Tane rose to 5.2 metres at Dunmore on Monday.\n\nThe Tane rose to 6.4 metres at Dunmore on Wednesday.",
        # a level counted in points
        "The Carrow 50 closed at 7,552 points on Monday.\n\nThe Carrow 50 closed at 7,610 points on Tuesday.",
    ],
)
def test_readings_of_different_values_are_two_events(claimcheck_run: Runner, body: str) -> None:
    assert _findings(claimcheck_run, body, "CC101") == []


@pytest.mark.parametrize(
    "body",
    [
        "The River Dwell reached 6.1 metres at Marlow on Monday.\n\n"
        "The River Dwell reached 6.1 metres at Marlow on Tuesday, the agency said.",
        "The Wend peaked at 3.3 metres in Ashby on Saturday.\n\nThe Wend peaked at 3.3 metres in Ashby on Monday.",
        "The Tane rose to 6.4 metres at Dunmore on Monday.\n\nThe Tane rose to 6.4 metres at Dunmore on Wednesday.",
    ],
)
def test_one_value_told_on_two_days_is_still_compared(claimcheck_run: Runner, body: str) -> None:
    found = _findings(claimcheck_run, body, "CC101")
    assert len(found) == 1 and found[0].startswith("fail")


@pytest.mark.parametrize(
    "body",
    [
        "Winds in Pell reached 90 mph on Tuesday.\n\nA week later, winds in Pell reached 60 mph.",
        "Gusts in Harlow reached 70 mph on Friday.\n\nThe next day, gusts in Harlow reached 45 mph.",
        "Gusts in Renmore topped 80 mph on Tuesday.\n\nGusts in Renmore topped 55 mph the following day.",
        "Gusts in Ferrow reached 60 mph.\n\nLater, gusts in Ferrow reached 85 mph as the storm stalled.",
    ],
)
def test_a_peak_shifted_to_another_time_is_not_compared(claimcheck_run: Runner, body: str) -> None:
    assert _findings(claimcheck_run, body, "CC201") == []


@pytest.mark.parametrize(
    "body",
    [
        # the shift dates the report, not the reading
        "Winds in Ferrow reached 85 mph on Tuesday.\n\nA day later, forecasters said winds in Ferrow had reached 70 mph.",
        "Winds in Ferrow reached 85 mph on Tuesday.\n\nWinds in Ferrow reached 70 mph, forecasters said later.",
        # the same day told again
        "Gusts in Tolby topped 80 mph on Saturday.\n\n"
        "The next day, officials said gusts in Tolby had topped 65 mph on Saturday.",
    ],
)
def test_a_report_told_later_still_compares_its_figure(claimcheck_run: Runner, body: str) -> None:
    found = _findings(claimcheck_run, body, "CC201")
    assert len(found) == 1 and found[0].startswith("fail"), found
