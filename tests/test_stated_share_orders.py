"""Shares stated with their part in more word orders, and lists after a dash, against their totals
(issue 14, near variants of 2026-11-30), on text we wrote."""

from __future__ import annotations

import pytest

from checker.language import quantities
from checker.testing import Runner


@pytest.mark.parametrize(
    ("sentence", "part", "total"),
    [
        ("Of the $3 million the appeal raised, $2.1 million, or 40 percent, came from firms.", "$2.1 million", 3e6),
        ("Of the 240 porters at the hospital, 96 — 60 percent — walked out.", "96", 240.0),
        ("Local firms gave $900,000 of the $3 million the appeal raised, or 45 percent.", "$900,000", 3e6),
        ("The appeal raised $3 million, with local firms giving 45 percent, or $900,000.", "$900,000", 3e6),
    ],
)
def test_a_share_stated_with_its_part(sentence: str, part: str, total: float) -> None:
    found = quantities.stated_shares(sentence, 0, len(sentence))
    assert (sentence.index(part), total) in [(at, t) for at, t, *_ in found]


def test_an_aside_between_dashes_states_no_share() -> None:
    sentence = "Of the 240 porters at the hospital, 96 — most of them on night shifts — walked out."
    assert quantities.stated_shares(sentence, 0, len(sentence)) == []


def test_a_list_after_a_dash_and_two_words_of_the_noun() -> None:
    sentence = "The panel has two new judges — Ines Abara, Tom Bellweather and Ruth Cazal."
    assert quantities.listed_items(sentence, sentence.index("two") + 3) == (
        3,
        "Ines Abara, Tom Bellweather and Ruth Cazal",
    )


def test_a_share_read_two_ways_fails_once(claimcheck_run: Runner) -> None:
    body = "At the Caddow plant, 18 of the 40 workers, more than half, voted to strike."
    article = f"---\ntitle: T\npublished: 2025-04-25\noutlet: Times\nstory: s\n---\n{body}\n"
    result = claimcheck_run({"a.md": article}, select=["CC201"])
    assert len([f for ar in result.results for r in ar.results for f in r.findings]) == 1
