"""Rewordings of issue 14's kinds that a templated dev set missed (review of 2026-11-30): statements of one
paragraph, anchors counted from an event's own date, on text we wrote."""

from __future__ import annotations

import pytest

from checker.language import event_nouns, events
from checker.testing import Runner


def _article(body: str, published: str = "2025-03-14") -> str:
    return f"---\ntitle: T\npublished: {published}\noutlet: Daily Gazette\nstory: s\n---\n{body}\n"


def _found(run: Runner, body: str, code: str, published: str = "2025-03-14") -> list[str]:
    result = run({"a.md": _article(body, published)}, select=[code])
    return [f"{f.outcome} {f.message}" for ar in result.results for r in ar.results for f in r.findings]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (
            "The Orrisby wildfire burned 12 houses by Monday, the fire service said. "
            "By Monday, 15 homes had been lost to the fire, officials said.",
            "CC201",
        ),
        (
            "The Kessport council approved the bridge plan on Tuesday. "
            "The Kessport council rejected the bridge plan on Tuesday.",
            "CC701",
        ),
    ],
)
def test_two_sentences_of_one_paragraph_are_compared(claimcheck_run: Runner, body: str, code: str) -> None:
    assert [m.split()[0] for m in _found(claimcheck_run, body, code)] == ["fail"]


@pytest.mark.parametrize(
    "body",
    [
        "The fire destroyed between 12 and 15 houses on Monday, officials said.",
        "The Orrisby fire burned 12 houses and 3 barns by Monday, officials said.",
        "By Monday night the Orrisby fire had destroyed 31 homes. By Tuesday night the fire had destroyed 40 homes.",
        "The storm destroyed 40 homes in Larkhollow. The storm destroyed 18 homes in Brindlemoor.",
    ],
)
def test_a_range_a_breakdown_or_two_places_in_one_paragraph_agree(claimcheck_run: Runner, body: str) -> None:
    assert _found(claimcheck_run, body, "CC201") == []


def test_an_anchor_noun_is_not_the_trigger_of_the_date_beside_it() -> None:
    sentence = "Three days after the election, on March 5, the winner named his cabinet."
    at = sentence.index("March 5")
    trigger = events.trigger_of(sentence, at, at + len("March 5"), 0, len(sentence))
    assert trigger is not None and trigger.lemma == "name"


def test_a_passive_light_verb_dates_its_subject() -> None:
    sentence = "The Tolvern election was held on March 2."
    at = sentence.index("March 2")
    trigger = events.trigger_of(sentence, at, at + len("March 2"), 0, len(sentence))
    assert trigger is not None and (trigger.lemma, trigger.cls) == ("election", "vote")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # counted from the election's own date, March 2: March 5 is right, March 7 is wrong
        (
            "The Tolvern election was held on March 2. Three days after the election, on March 5, the winner named his cabinet.",
            [],
        ),
        (
            "The Tolvern election was held on March 2. Three days after the election, on March 7, the winner named his cabinet.",
            ["fail"],
        ),
        (
            "The Tolvern election was held on Sunday, March 2.\n\nThe winner named his cabinet three days after the election, on March 7.",
            ["fail"],
        ),
        # the election's date is not given: the anchor stays unresolved
        ("Three days after the election, on March 7, the Ostley winner named his cabinet.", []),
    ],
)
def test_an_anchor_counts_from_its_events_own_date(claimcheck_run: Runner, body: str, expected: list[str]) -> None:
    assert [m.split()[0] for m in _found(claimcheck_run, body, "CC101")] == expected


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # the year comes from the tense and the publication date, and the weekday is checked against it
        (
            "The Dransfield bridge will reopen on Monday, April 15, officials said.",
            "2025-03-14",
            "2025-04-15 is a Tuesday",
        ),
        ("The Dransfield bridge closed on Tuesday, March 12.", "2025-03-14", "2025-03-12 is a Wednesday"),
        ("The Dransfield bridge will reopen on Tuesday, April 15, officials said.", "2025-03-14", None),
        ("The Orlan mill shut on Monday, Dec. 30, and its workers were sent home.", "2025-01-06", None),
        ("The Tessary ferry will resume sailing on Monday, Jan. 6, the operator said.", "2024-12-20", None),
    ],
)
def test_a_weekday_never_moves_the_year_of_its_date(
    claimcheck_run: Runner, body: str, published: str, expected: str | None
) -> None:
    found = _found(claimcheck_run, body, "CC101", published)
    if expected is None:
        assert found == []
    else:
        assert len(found) == 1 and found[0].startswith("fail") and expected in found[0]


def test_an_anaphor_refers_back_to_the_nearest_earlier_mention_of_its_noun() -> None:
    text = "The Wednesday bombings in Tessary drew protests. Seven people were killed in those bombings."
    at = text.index("Seven")
    noun = event_nouns.event_noun_of(text, at, at + len("Seven"), text.index("Seven"), len(text))
    assert noun is not None and (noun.lemma, noun.anaphoric) == ("bombing", True)
    before = event_nouns.antecedent(text, noun, at)
    assert before is not None and text[before.start : before.end] == "bombings" and before.start < at


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "those bombings" are the Wednesday bombings in another province: another event's toll
        (
            "Twelve people were killed in Thursday's bombing of the Orlan camp, the governor said.\n\n"
            "The Wednesday bombings in Tessary province drew condemnation.\n\n"
            "The president said on Thursday that seven people were killed in those bombings.",
            [],
        ),
        ("Twelve people were killed in Thursday's bombing. Seven people were killed in Wednesday's bombing.", []),
        # "that bombing" is Thursday's: one event, two tolls
        (
            "Twelve people were killed in Thursday's bombing of the Orlan camp, the governor said.\n\n"
            "The bombing drew condemnation.\n\n"
            "The president said on Friday that seven people were killed in that bombing.",
            ["fail"],
        ),
        (
            "The Thursday bombing of the Marrick depot killed 12 people.\n\n"
            "Officials said on Friday that seven people were killed in Thursday's bombing.",
            ["fail"],
        ),
    ],
)
def test_a_toll_belongs_to_the_day_of_its_event(claimcheck_run: Runner, body: str, expected: list[str]) -> None:
    assert [m.split()[0] for m in _found(claimcheck_run, body, "CC201")] == expected


@pytest.mark.parametrize(
    ("born", "expected"),
    [
        # the birthday (June 2) is later in the year than publication (March 14): 54, not 2025 - 1970
        ("June 2, 1970", "makes 54 on 2025-03-14 (2025 − 1970 − 1 = 54: the birthday is later in the year)"),
        ("Jan. 9, 1970", "makes 55 on 2025-03-14 (2025 − 1970 = 55)"),
        ("1970", "makes 54 or 55 on 2025-03-14 (2025 − 1970 = 55, or 54 before the birthday)"),
    ],
)
def test_an_age_against_a_birth_date_shows_the_sum_it_reports(claimcheck_run: Runner, born: str, expected: str) -> None:
    body = f"Hollis Brandt, 45, was elected chair on Tuesday.\n\nBrandt was born in {born}, in Wexbury."
    if born[0].isalpha():
        body = body.replace(f"born in {born}", f"born on {born}")
    found = _found(claimcheck_run, body, "CC201")
    assert len(found) == 1 and expected in found[0]


def test_two_outlets_tolls_show_when_each_was_published(claimcheck_run: Runner) -> None:
    def article(body: str, published: str, outlet: str) -> str:
        return f"---\ntitle: T\npublished: {published}\noutlet: {outlet}\nstory: s\n---\n{body}\n"

    files = {
        "a.md": article("The flood in Marrowdale has killed 35 people, officials said.", "2025-03-10", "Harbor Times"),
        "b.md": article(
            "The flood in Marrowdale has killed 21 people, officials said.", "2025-03-12", "Coastal Ledger"
        ),
    }
    result = claimcheck_run(files, select=["CC201"])
    found = [f"{f.outcome} {f.message}" for ar in result.results for r in ar.results for f in r.findings]
    assert found == [
        "fail people killed: 21 people here (published 2025-03-12), 35 people in Harbor Times, line 7 (published 2025-03-10)"
    ]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # the speaker who opens the sentence owns no figure of it
        ("Councillor Ida Marrow said a $1.3 million deficit was manageable.", ["fail"]),
        ("Board member Tomas Iver told reporters that the $1.3 million deficit was the largest in years.", ["fail"]),
        # another body's deficit
        ("Councillor Ida Marrow said the Orbury council's $1.3 million deficit was a warning.", []),
    ],
)
def test_a_deficit_told_by_a_speaker_is_the_bodys(claimcheck_run: Runner, second: str, expected: list[str]) -> None:
    body = f"The Elmsworth council voted on Tuesday to close the deficit of $3.1 million.\n\n{second}"
    assert [m.split()[0] for m in _found(claimcheck_run, body, "CC201")] == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The Caddon port authority on Tuesday approved an $8 billion expansion of its container terminal.", ["fail"]),
        ("The Caddon port authority also plans a $2 billion expansion of the rail yard.", []),
    ],
)
def test_a_projects_cost_is_compared_by_what_it_builds(
    claimcheck_run: Runner, second: str, expected: list[str]
) -> None:
    body = f"The Caddon port authority approved an $800 million expansion of the container terminal on Tuesday.\n\n{second}"
    assert [m.split()[0] for m in _found(claimcheck_run, body, "CC201")] == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # a passive outcome: the subject is what it concerns, the agent after "by" whom it is of
        ("The bridge plan was rejected by the council on Tuesday, the mayor said.", ["fail"]),
        ("The bridge plan was rejected by the Orwell council on Tuesday, the mayor said.", []),
        ("The harbour plan was rejected by the council on Tuesday.", []),
        # an intent is no outcome stated
        ("The Kessport council plans to reject the bridge plan on Tuesday.", []),
    ],
)
def test_a_passive_outcome_is_of_its_agent(claimcheck_run: Runner, second: str, expected: list[str]) -> None:
    body = f"The Kessport council approved the bridge plan on Tuesday.\n\n{second}"
    assert [m.split()[0] for m in _found(claimcheck_run, body, "CC701")] == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # a relative clause's outcome is of the noun before it
        ("Ashgrove, who pleaded not guilty on Wednesday, will be sentenced in May.", ["fail"]),
        # another person of that surname; another plea, months before
        ("His brother Ivo Ashgrove, who pleaded not guilty on Wednesday, will stand trial.", []),
        ("Ashgrove, who pleaded not guilty in January, changed his plea after a deal.", []),
    ],
)
def test_a_plea_in_a_relative_clause_is_its_persons(claimcheck_run: Runner, second: str, expected: list[str]) -> None:
    body = f"Tobin Ashgrove pleaded guilty on Wednesday to stealing $20,000.\n\n{second}"
    result = claimcheck_run({"a.md": _article(body)}, select=["CC701", "CC101"])
    found = [f.outcome for ar in result.results for r in ar.results for f in r.findings]
    assert found == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # a vote that names no body is the vote the article told before it
        ("The measure passed 5-4, with board chair Lenora Fisk casting the deciding vote.", ["fail"]),
        ("The calendar was approved 5-4 after a long debate.", ["fail"]),
        ("The 5-4 vote came after a long debate.", ["fail"]),
        # another motion, another year
        ("It then rejected the levy 5-4.", []),
        ("The measure passed 5-4 on March 3, 2020.", []),
    ],
)
def test_a_tally_given_twice_in_one_article(claimcheck_run: Runner, second: str, expected: list[str]) -> None:
    body = f"The Quarrington school board approved the new calendar 6-3 on Tuesday.\n\n{second}"
    assert [m.split()[0] for m in _found(claimcheck_run, body, "CC201")] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The seven-member Lanwick zoning board approved the tower 5-3 on Tuesday.", ["fail"]),
        (
            "The Lanwick zoning board approved the tower 5-3 on Tuesday. The seven-member board will meet in April.",
            ["fail"],
        ),
        ("The Orbury licensing board renewed the permit 6-3.\n\nAll eight members of the board attended.", ["fail"]),
        # another body of that noun; the size agrees
        ("The Lanwick zoning board approved the tower 5-3. The seven-member planning board will review it.", []),
        ("The Orbury licensing board renewed the permit 6-3.\n\nAll nine members of the board attended.", []),
    ],
)
def test_a_tally_against_its_bodys_size_told_anywhere(claimcheck_run: Runner, body: str, expected: list[str]) -> None:
    assert [m.split()[0] for m in _found(claimcheck_run, body, "CC201")] == expected


def test_two_outcomes_of_one_year_without_objects_are_not_one_event(claimcheck_run: Runner) -> None:
    body = "Tobin Ashgrove pleaded guilty in 2019.\n\nAshgrove, who pleaded not guilty in 2019, was later cleared."
    assert _found(claimcheck_run, body, "CC701") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Harlow footbridge reopened on Thursday, March 20, after repairs.", ["warn"]),
        ("The Harlow footbridge reopened on March 20 after repairs.", ["warn"]),
        ("The Harlow footbridge will reopen on Thursday, March 20, after repairs.", []),
        ("The Harlow footbridge reopened on Monday, March 10, after repairs.", []),
    ],
)
def test_a_month_day_told_in_the_past_after_publication(claimcheck_run: Runner, body: str, expected: list[str]) -> None:
    assert [m.split()[0] for m in _found(claimcheck_run, body, "CC101")] == expected


def test_a_month_day_away_from_its_verb_is_not_read_as_past(claimcheck_run: Runner) -> None:
    body = "Its first stop in Kelso, on March 20, maybe dropped in favour of a stop on March 25."
    assert _found(claimcheck_run, body, "CC101") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the day each toll is told as of: its report's, or the day it stood at it
        (
            "The Dorrow landslide has killed 70 people, officials said on Monday.\n\nOn Tuesday officials said the death toll was 62.",
            ["fail"],
        ),
        (
            "The death toll from the Dorrow landslide stood at 41 on Wednesday.\n\nBy Tuesday, the landslide had killed 48 people.",
            ["fail"],
        ),
        (
            "The Dorrow landslide has killed 62 people, officials said on Monday.\n\nOn Tuesday officials said the death toll was 70.",
            [],
        ),
        (
            "The death toll from the Dorrow landslide stood at 48 on Wednesday.\n\nBy Tuesday, the landslide had killed 41 people.",
            [],
        ),
    ],
)
def test_a_toll_that_falls_from_one_day_to_the_next(claimcheck_run: Runner, body: str, expected: list[str]) -> None:
    assert [m.split()[0] for m in _found(claimcheck_run, body, "CC201")] == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("A second attack struck Pellow on Tuesday.", "second"),
        ("In a separate bomb attack, militants struck the depot.", "separate"),
        ("The attack struck Pellow on Tuesday.", None),
        ("A second vote was held on Tuesday.", None),  # a vote is no attack
    ],
)
def test_a_distinct_cue_before_an_event_noun_of_the_class(clause: str, expected: str | None) -> None:
    assert events.distinct_event(clause, "attack") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the compared figure given by a relative clause, in another unit
        (
            "The second trial, which lasted three weeks, was shorter than the first, which lasted 21 days.",
            "3 weeks − 3 weeks = 0 weeks",
        ),
        (
            "The new strike, at eight days, was longer than the last one, which ran nine days.",
            "8 days − 9 days = -1 days",
        ),
        ("The second trial, which lasted three weeks, was shorter than the first, which lasted 25 days.", None),
        # words between the relative verb and the figure ("also", "is also")
        (
            "The Tarrow strike lasted six weeks, longer than the 2019 strike, which also lasted six weeks.",
            "6 weeks − 6 weeks = 0 weeks",
        ),
        ("The new Brell trail is 4 miles, longer than the old trail, which is also 4 miles.", "4 miles − 4 miles"),
        ("The Tarrow strike lasted six weeks, longer than the 2019 strike, which also lasted five weeks.", None),
    ],
)
def test_a_comparison_with_a_figure_a_relative_clause_gives(
    claimcheck_run: Runner, body: str, expected: str | None
) -> None:
    found = _found(claimcheck_run, body, "CC201")
    assert (found == []) if expected is None else (len(found) == 1 and expected in found[0])


@pytest.mark.parametrize(
    ("body", "code", "expected"),
    [
        # an anchor noun dated by another verb in its sentence
        (
            "Voting in the Marrick referendum took place on Sunday, March 2. Two days after the referendum, on March 5, officials certified the result.",
            "CC101",
            ["fail"],
        ),
        # two events of two days and places
        (
            "Twelve people were killed in Thursday's bombing in Orlan. Seven people were killed in Wednesday's bombing in Tessary.",
            "CC101",
            [],
        ),
        # a sentence-initial number word is no party
        (
            "The blast at the Hessington plant injured 14 workers. Nineteen workers were hurt in the blast.",
            "CC201",
            ["fail"],
        ),
        # two contracts told apart by what they are for
        (
            "The Dunmore council approved the new bus contract 7-2 on Monday.\n\nThe waste contract was approved 6-3.",
            "CC201",
            [],
        ),
    ],
)
def test_more_rewordings(claimcheck_run: Runner, body: str, code: str, expected: list[str]) -> None:
    assert [m.split()[0] for m in _found(claimcheck_run, body, code)] == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The sinking caused 27 deaths, the coast guard said.", ["fail"]),
        ("The sinking caused 31 deaths, the coast guard said.", []),
        ("In 1998 a storm caused 27 deaths in the harbour.", []),
    ],
)
def test_a_count_whose_noun_is_its_outcome(claimcheck_run: Runner, second: str, expected: list[str]) -> None:
    body = f"The Kessport ferry sinking left 31 people dead, the coast guard said.\n\n{second}"
    assert [m.split()[0] for m in _found(claimcheck_run, body, "CC201")] == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # the person after an active verdict verb is whom it is of, as a passive's subject is
        ("Marit Oddsen was convicted of arson on Wednesday.", ["fail"]),
        ("Oddsen was found guilty of arson on Wednesday.", ["fail"]),
        # another defendant; another charge
        ("Her neighbour Ruben Kask was convicted of arson on Wednesday.", []),
        ("Marit Oddsen was convicted of fraud in 2019.", []),
    ],
)
def test_an_active_verdicts_object_is_the_passives_subject(
    claimcheck_run: Runner, second: str, expected: list[str]
) -> None:
    body = f"A Fenby jury acquitted Marit Oddsen of arson on Wednesday.\n\n{second}"
    assert [m.split()[0] for m in _found(claimcheck_run, body, "CC701")] == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # the anchor after the date it explains: the date is the meeting's, the anchor's noun the vote's
        ("The school board met on Friday, March 7, three days after the Tolvern levy vote.", ["fail"]),
        ("The school board met on Wednesday, March 5, three days after the Tolvern levy vote.", []),
    ],
)
def test_an_anchor_after_its_date_dates_the_clauses_event(
    claimcheck_run: Runner, second: str, expected: list[str]
) -> None:
    body = f"The Tolvern levy vote was held on Sunday, March 2.\n\n{second}"
    assert [m.split()[0] for m in _found(claimcheck_run, body, "CC101")] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Corran bridge opened in 2018, three years after the 2016 flood.", ["fail"]),
        ("The Corran bridge opened in 2019, three years after the 2016 flood.", []),
        ("The Corran bridge opened in 2018. The 2016 flood had closed the old one.", []),
    ],
)
def test_an_anchor_in_years_is_counted_from_the_anchors_year(
    claimcheck_run: Runner, body: str, expected: list[str]
) -> None:
    assert [m.split()[0] for m in _found(claimcheck_run, body, "CC101")] == expected
