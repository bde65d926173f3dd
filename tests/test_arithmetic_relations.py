"""More arithmetic news copy implies (issue 14 item 4, `arith5`): list items with "and" inside them, an age
at an event with the birth year in a relative clause, breakdowns into disjoint groups, shares of money in
any currency, best-of-N series, comparisons across a paragraph or with the figure in apposition, and
stated differences. Language helpers, then CC201 on whole articles, all on text we wrote."""

from __future__ import annotations

import pytest

from checker.language import frame_lexicons, quantities
from checker.testing import Runner


def _fails(run: Runner, body: str, published: str = "2024-07-16") -> list[str]:
    text = f"---\ntitle: T\npublished: {published}\nstory: s\n---\n{body}"
    result = run({"a.md": text}, select=["CC201"])
    return [f.message for ar in result.results for r in ar.results for f in r.findings if f.outcome == "fail"]


@pytest.mark.parametrize(
    ("items", "found"),
    [
        ("cheese and pickle, egg and cress, and ham and mustard", 3),  # an "and" inside an item
        ("paper and card, glass, cans and foil, and food waste", 4),
        ("pay, hours and pensions", 3),  # no comma before the last: the last segment holds two
        ("roads, schools, parks", 3),
        ("two from Kelso and one from Ayr", 2),  # no comma: one conjunction joins two
        ("salt and vinegar and cheese and onion", None),  # no comma, more conjunctions: ambiguous
        ("cheese and pickle, egg and cress and ham and mustard", None),  # the last segment is ambiguous
    ],
)
def test_list_items_split_at_commas_not_at_every_and(items: str, found: int | None) -> None:
    got = quantities.list_items(items)
    assert (len(got) if got is not None else None) == found


def test_a_count_against_a_list_with_and_inside_its_items(claimcheck_run: Runner) -> None:
    body = "The Orrin deli makes {} sandwiches: cheese and pickle, egg and cress, and ham and mustard.\n"
    assert _fails(claimcheck_run, body.format("three")) == []
    [message] = _fails(claimcheck_run, body.format("two"))
    assert "2 sandwiches" in message and "3 listed" in message


def test_an_age_at_an_event_is_counted_to_the_event_not_to_the_birth(claimcheck_run: Runner) -> None:
    body = "Teodor Brask, who was born in 1948, was {} when he opened the Brask bakery in 1988.\n"
    assert _fails(claimcheck_run, body.format(40)) == []
    [message] = _fails(claimcheck_run, body.format(34))
    assert "34" in message and "in 1988" in message and "1988 − 1948 = 40" in message


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Of the 30 hurt, 12 were men, 11 were women and 9 were children.", (30, 32)),
        ("Of the 64 pupils evacuated from the school, 40 were boys and 24 were girls.", (64, 64)),
        ("Of the 40 injured, twenty were children and ten were adults.", (40, 30)),
        # groups of no one partition may overlap: nothing is summed
        ("Of the 30 hurt, 22 were treated at the scene and 12 were children.", None),
        ("Of the 64 people evacuated, 40 were residents and 30 were elderly.", None),
        ("Of the 30 hurt, 12 were men.", None),  # one part is no breakdown
        # a later part may leave its verb out, if it names a group of a partition
        ("Of the 30 hurt, 12 were men, 11 women and 9 children.", (30, 32)),
        ("Of the 23 pirates arrested, 12 are reported to be Somali and 11 Yemeni.", None),
        ("Of the 40 injured, 25 were children and two hours later more came.", None),
    ],
)
def test_a_breakdown_into_disjoint_groups(sentence: str, found: tuple[int, int] | None) -> None:
    got = quantities.breakdown(sentence, 0, len(sentence))
    assert ((got[0], sum(v for _, v, _ in got[2])) if got else None) == found


def test_a_breakdown_adding_up_to_more_than_its_total_fails_once(claimcheck_run: Runner) -> None:
    body = "Of the 30 hurt, 12 were men, 11 were women and {} were children, a coastguard spokesman said.\n"
    assert _fails(claimcheck_run, body.format(7)) == []
    [message] = _fails(claimcheck_run, body.format(9))
    assert "12 men + 11 women + 9 children = 32" in message and "more than 30" in message


def test_every_partition_of_the_lexicon_is_disjoint_and_no_mixed_groups_are() -> None:
    lex = frame_lexicons.comparisons()
    assert lex.partitions
    for partition in lex.partitions:
        assert lex.disjoint(sorted(partition))
    assert not lex.disjoint(["children", "hospitalised"])
    assert not lex.disjoint(["children", "children"])


def test_partitions_must_be_lists_of_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    good = {"version": 3, "more": ["more"], "less": ["less"], "as_words": ["many"], "kin": ["son"]}
    for bad in ({**good, "partitions": [["children"]]}, {**good, "partitions": "children, adults"}):
        monkeypatch.setattr(frame_lexicons, "_load", lambda name, bad=bad: bad)
        frame_lexicons.comparisons.cache_clear()
        try:
            with pytest.raises(frame_lexicons.LexiconError, match=r"comparisons\.yaml: `partitions`"):
                frame_lexicons.comparisons()
        finally:
            frame_lexicons.comparisons.cache_clear()


@pytest.mark.parametrize(
    ("body", "fails"),
    [
        (
            "The Dunmore library fund collected €80,000 last year.\n\nMore than half of it, €30,000, came from a bequest.\n",
            True,
        ),
        (
            "The Dunmore library fund collected €80,000 last year.\n\nMore than half of it, €50,000, came from a bequest.\n",
            False,
        ),
        ("Of the £2 million raised for the Ashby lido, £600,000, or half, came from the council.\n", True),
        ("Of the £2 million raised for the Ashby lido, £1 million, or half, came from the council.\n", False),
    ],
)
def test_shares_of_money_in_other_currencies(claimcheck_run: Runner, body: str, fails: bool) -> None:
    found = _fails(claimcheck_run, body)
    assert bool(found) == fails and all("percent" in m for m in found)


@pytest.mark.parametrize(
    ("sentence", "tally", "found"),
    [
        ("The Wolves took the best-of-three series 3-0 over the Otters.", "3-0", 3),
        ("Kessing won the best-of-seven semifinal series 5-2.", "5-2", 7),
        ("Kessing won game two of the best-of-seven series 5-2.", "5-2", None),  # one game's score
        ("Kessing won the final 5-2.", "5-2", None),
    ],
)
def test_the_length_of_a_best_of_series(sentence: str, tally: str, found: int | None) -> None:
    got = quantities.series_length(sentence, sentence.index(tally))
    assert (got[0] if got else None) == found


def test_a_series_result_impossible_in_its_length(claimcheck_run: Runner) -> None:
    assert _fails(claimcheck_run, "Kessing won the best-of-seven semifinal series 4-3 against the Rooks.\n") == []
    [message] = _fails(claimcheck_run, "Kessing won the best-of-seven semifinal series 5-2 against the Rooks.\n")
    assert "5-2" in message and "5 + 2 = 7" in message and "won 4" in message


@pytest.mark.parametrize(
    ("body", "fails"),
    [
        ("The three-day folk festival closed on Sunday.\n\nIt was longer than the four-day festival of 2022.\n", True),
        ("The five-day folk festival closed on Sunday.\n\nIt was longer than the four-day festival of 2022.\n", False),
        ("The five-day folk festival closed on Sunday. It was shorter than the four-day festival of 2022.\n", True),
        ("More pupils sat the exam, 1,150, than the 1,320 who sat it a year earlier.\n", True),
        ("More pupils sat the exam, 1,450, than the 1,320 who sat it a year earlier.\n", False),
        ("Three times as many boats, 45, entered the regatta as the 30 that raced in 2021.\n", True),
        ("Three times as many boats, 90, entered the regatta as the 30 that raced in 2021.\n", False),
    ],
)
def test_comparisons_across_a_paragraph_and_in_apposition(claimcheck_run: Runner, body: str, fails: bool) -> None:
    assert bool(_fails(claimcheck_run, body)) == fails


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The ring road runs 14 miles. It is three miles longer than the old bypass, which ran nine miles.\n", "12"),
        ("The ring road runs 12 miles. It is three miles longer than the old bypass, which ran nine miles.\n", None),
        ("The new ward, with 48 beds, has 12 beds fewer than the old ward, which had 56 beds.\n", "44"),
        ("The new ward, with 44 beds, has 12 beds fewer than the old ward, which had 56 beds.\n", None),
        # no subject's figure: the difference alone is checked against nothing
        ("The new bridge is 200 feet longer than the old one, which was 1,100 feet.\n", None),
    ],
)
def test_a_stated_difference_against_its_two_figures(claimcheck_run: Runner, body: str, expected: str | None) -> None:
    found = _fails(claimcheck_run, body)
    if expected is None:
        assert found == []
    else:
        [message] = found
        assert message.rstrip().endswith(f"= {expected}") or f"= {expected} " in message


@pytest.mark.parametrize(
    ("body", "fails"),
    [
        ("The Rays clinched the best-of-three semifinal series in game four on Friday.\n", True),
        ("Dunsford took the best-of-seven title series in the third game.\n", True),  # four wins at the least
        ("The Rays clinched the best-of-five semifinal series in game four on Friday.\n", False),
        ("Dunsford took the best-of-seven title series in the seventh game.\n", False),
    ],
)
def test_the_game_a_best_of_series_was_decided_in(claimcheck_run: Runner, body: str, fails: bool) -> None:
    found = _fails(claimcheck_run, body)
    assert bool(found) == fails and all("best-of-" in m for m in found)


@pytest.mark.parametrize(
    "body",
    [
        "The Wolves lead the best-of-seven final series 3-2 after game five on Tuesday.\n",
        "Pell trail the best-of-five series 1-2 heading into the fourth game.\n",
    ],
)
def test_a_series_still_being_played_is_not_held_to_its_end(claimcheck_run: Runner, body: str) -> None:
    assert _fails(claimcheck_run, body) == []


def test_every_series_decided_verb_tells_a_decided_series() -> None:
    for verb in frame_lexicons.comparisons().series_decided:
        sentence = f"The Hawks {verb} the best-of-five series 4-1."
        assert quantities.series_decided(sentence, sentence.index("4-1")), verb
    assert not quantities.series_decided("The Hawks lead the best-of-five series 2-1.", 40)


def test_a_fronted_birth_is_the_subjects(claimcheck_run: Runner) -> None:
    body = "Born in 1962, Alma Querney was {} when she won the county seat in 2013.\n"
    assert _fails(claimcheck_run, body.format(51)) == []
    [message] = _fails(claimcheck_run, body.format(45))
    assert message.startswith("Alma Querney: ") and "2013 − 1962 = 51" in message
