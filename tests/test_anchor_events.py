"""Anchors told in other words than their event (issue 14, `dates3`): "three days after the levy vote" /
"approved the school levy"; years told in the anchor's clause; anniversaries. On text we wrote."""

from __future__ import annotations

import pytest

from checker.language import events, frame_lexicons
from checker.testing import Runner


def _article(body: str, published: str, outlet: str = "Tellbury Post") -> str:
    return f"---\ntitle: T\npublished: {published}\noutlet: {outlet}\nstory: s\n---\n{body}\n"


def _cc101(run: Runner, *bodies: tuple[str, str]) -> list[str]:
    files = {
        f"{chr(97 + i)}.md": _article(body, published, f"Outlet {i}") for i, (body, published) in enumerate(bodies)
    }
    result = run(files, select=["CC101"])
    return [f"{f.outcome} {f.message}" for ar in result.results for r in ar.results for f in r.findings]


def _anchor(sentence: str) -> events.Anchor | None:
    at = sentence.index(" after") + len(" after") if " after" in sentence else sentence.index(" before") + 7
    start = 0
    return events.anchor_of(sentence, start, at)


@pytest.mark.parametrize(
    ("sentence", "cls", "obj", "mods"),
    [
        # a noun phrase: its head is its last event noun; what it concerns the word before it
        ("Three days after the levy vote, on", "vote", "levy", set()),
        ("Three days after the fire levy vote, on", "vote", "levy", {"fire"}),
        ("A week after the levy's passage, on", "approve", "levy", set()),
        ("Two days after the vote on the road levy, the", "vote", "levy", {"road"}),
        ("A week after the passage of the Tellbury parks levy, the", "approve", "levy", {"parks"}),
        # a clause: passive (its subject is what it concerns) or active (its object)
        ("The day after the levy was passed, on", "approve", "levy", set()),
        ("Two days after voters approved the school levy on", "approve", "levy", {"school"}),
        ("Two years after construction began in 2015, the", "start", None, set()),
        ("Three years after she was elected in 2019, she", "elect", None, set()),
        ("Four years after the dam was completed in 2010, the", "end", "dam", set()),
    ],
)
def test_an_anchor_is_read_as_a_noun_phrase_or_a_clause(
    sentence: str, cls: str, obj: str | None, mods: set[str]
) -> None:
    anchor = _anchor(sentence)
    assert anchor is not None
    assert (anchor.cls, anchor.object, set(anchor.mods)) == (cls, obj, mods)


@pytest.mark.parametrize(
    "sentence",
    [
        "Three days after police said the levy failed, the",  # a report, not an event
        "Two days after that, the board met",  # no event named
        "A week after the Tellbury, the",  # a name, no event word
    ],
)
def test_words_that_name_no_event_are_no_anchor(sentence: str) -> None:
    assert _anchor(sentence) is None


def test_a_name_in_the_anchor_is_kept_as_whose_event_it_is() -> None:
    anchor = _anchor("Three days after the Marl County commission's levy vote, on")
    assert anchor is not None and {"Marl", "County"} <= anchor.names and anchor.cls == "vote"


def test_occasions_join_a_vote_and_its_decision_and_nothing_else() -> None:
    occasions = frame_lexicons.occasions()
    assert {"approve", "reject"} <= occasions["vote"]
    assert "vote" in occasions["approve"] and "vote" in occasions["reject"]
    assert "attack" not in occasions.get("vote", frozenset())
    assert "attack" not in occasions  # a class of no occasion group is one occasion only with itself


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("The plant, which opened in 1998, celebrated its 25th anniversary in 2021", 25),
        ("the choir marked its fortieth anniversary in 2018", 40),
        ("the club played its 25th season in 2021", None),  # not an anniversary noun
        ("held its 30th anniversary dinner in 2021", None),  # the ordinal does not count the date's year
    ],
)
def test_an_anniversary_counts_years(text: str, years: int | None) -> None:
    assert events.anniversary_before(text, text.rindex("20")) == years


LEVY = ("The Tellbury school board approved the school levy on Tuesday, March 3, after a long debate.", "2026-03-06")


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        # the anchor told with another word than its event, in another article: counted from March 3
        ("Three days after the levy vote, on Saturday, March 7, the board hired a superintendent.", ["fail"]),
        ("The day after the levy was passed, on Thursday, March 5, parents met at the library.", ["fail"]),
        ("A week after the levy's passage, on Wednesday, March 11, the board posted forty jobs.", ["fail"]),
        # the same, consistent
        ("Three days after the levy vote, on Friday, March 6, the board hired a superintendent.", []),
        ("The day after the levy was passed, on Wednesday, March 4, parents met at the library.", []),
        # another levy, another body: not the anchor
        ("Three days after the fire levy vote, on Saturday, March 7, the fire chief hired two firefighters.", []),
        (
            "Three days after the Marl County commission's levy vote, on Saturday, March 7, the county hired two deputies.",
            [],
        ),
    ],
)
def test_an_anchor_told_in_other_words_counts_from_its_event(
    claimcheck_run: Runner, later: str, expected: list[str]
) -> None:
    found = _cc101(claimcheck_run, LEVY, (later, "2026-03-20"))
    assert [m.split()[0] for m in found] == expected


def test_a_planned_vote_is_no_anchor(claimcheck_run: Runner) -> None:
    plan = ("The Seld council is scheduled to approve the parking levy on Tuesday, March 3.", "2026-03-02")
    later = (
        "The vote was delayed. Three days after the levy vote, on Thursday, March 19, shop owners protested.",
        "2026-03-20",
    )
    assert _cc101(claimcheck_run, plan, later) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Two years after construction began in 2015, the Pellam footbridge opened in 2016.", ["fail"]),
        ("Two years after construction began in 2015, the Pellam footbridge opened in 2017.", []),
        # a comma: the year is the clause's own event's, not the anchor's
        ("Two years after construction began, in 2017, the Pellam footbridge opened.", []),
        ("Three years after she was elected in 2019, Mayor Ana Coll resigned in 2021.", ["fail"]),
        ("The Corvel plant, which opened in 1998, celebrated its 25th anniversary in 2021.", ["fail"]),
        ("The Corvel plant, which opened in 1998, celebrated its 25th anniversary in 2023.", []),
    ],
)
def test_years_told_in_the_anchor_clause(claimcheck_run: Runner, body: str, expected: list[str]) -> None:
    assert [m.split()[0] for m in _cc101(claimcheck_run, (body, "2026-04-20"))] == expected


def test_an_anchor_the_story_dates_twice_is_not_resolved(claimcheck_run: Runner) -> None:
    shootings = (
        "A gunman shot a farmer in Pell on Monday, June 20. On Friday, June 24, the same gunman shot a deputy in Rusk.",
        "2022-06-27",
    )
    wedding = (
        "The deputy had married two weeks before the shooting, on Friday, June 10, in a small chapel.",
        "2022-06-28",
    )
    assert _cc101(claimcheck_run, shootings, wedding) == []


@pytest.mark.parametrize(
    ("text", "days"),
    [("two years later", 730), ("four days earlier", -4), ("a week later", 7), ("three days after", None)],
)
def test_a_date_told_later_or_earlier_counts_days(text: str, days: int | None) -> None:
    assert events.offset_later(text) == days


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Work on the Quell library started in 2019. The library opened three years later, in 2021.", ["fail"]),
        ("Work on the Quell library started in 2019. The library opened two years later, in 2021.", []),
        (
            "The ferry Arlo ran aground on Monday, April 6. Crews refloated it two days later, on Thursday, April 9.",
            ["fail"],
        ),
        # a delay against a plan, and an event not counted from itself
        ("The ferry Arlo is expected to reach Quell on Thursday, April 9, three days later than planned.", []),
    ],
)
def test_a_date_told_later_counts_from_the_event_told_before(
    claimcheck_run: Runner, body: str, expected: list[str]
) -> None:
    assert [m.split()[0] for m in _cc101(claimcheck_run, (body, "2026-04-07"))] == expected


def test_the_following_weekday_is_read_as_a_weekday_after_another_day() -> None:
    assert events.following_weekday("the following Tuesday") == 1
    assert events.following_weekday("next Tuesday") is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Judge Ada Penn heard motions on Monday, March 2. The trial opened the following Monday, March 16.", ["fail"]),
        ("Judge Ada Penn heard motions on Monday, March 2. The trial opened the following Monday, March 9.", []),
    ],
)
def test_the_following_weekday_counts_from_the_day_told_before(
    claimcheck_run: Runner, body: str, expected: list[str]
) -> None:
    assert [m.split()[0] for m in _cc101(claimcheck_run, (body, "2026-03-20"))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a weekday anchor: the last such weekday the offset allows, whatever week publication gives it
        ("The Kerr school board hired four aides on Friday, March 6, two days after Tuesday's budget vote.", ["fail"]),
        ("The Kerr school board hired four aides on Thursday, March 5, two days after Tuesday's budget vote.", []),
        ("Teachers in Kerr rallied on Thursday, March 5, three days after Monday's budget hearing.", []),
        # a meeting with no object and the anchored date beside it are one event
        ("Parents in Kerr met on Thursday, March 5, a day after the March 3 vote on the budget.", ["fail"]),
        ("Parents in Kerr met on Wednesday, March 4, a day after the March 3 vote on the budget.", []),
    ],
)
def test_an_anchor_dated_in_its_own_words(claimcheck_run: Runner, body: str, expected: list[str]) -> None:
    assert [m.split()[0] for m in _cc101(claimcheck_run, (body, "2026-03-09"))] == expected


def test_the_month_may_is_no_modal() -> None:
    text = "A week after her election, on Monday, May 11, she named a new police chief."
    s = text.index("Monday")
    trigger = events.trigger_of(text, s, text.index(", she"))
    assert trigger is not None and events.tense_of(text, trigger, s, s + 14) == "past"
    modal = "The council may approve the plan on Monday."
    trigger = events.trigger_of(modal, modal.index("Monday"), modal.index("Monday") + 6)
    assert trigger is not None and events.tense_of(modal, trigger) == "future"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an anchor naming nothing it concerns: the one occasion of its group the article dates
        (
            "Dorn voters chose Ilka Brandt for the council seat on Tuesday, May 5. Two days after her election,"
            " on Friday, May 8, Brandt hired two aides.",
            ["fail"],
        ),
        (
            "Dorn voters chose Ilka Brandt for the council seat on Tuesday, May 5. Two days after her election,"
            " on Thursday, May 7, Brandt hired two aides.",
            [],
        ),
        # two such events in the article: the one told last before the anchored date
        (
            "Dorn voters chose Ilka Brandt on Tuesday, May 5, and the board appointed Omar Hale treasurer on"
            " Friday, May 8. Two days after his appointment, on Sunday, May 10, Hale hired two aides.",
            [],
        ),
    ],
)
def test_an_anchor_in_an_article_that_dates_its_occasion(
    claimcheck_run: Runner, body: str, expected: list[str]
) -> None:
    assert [m.split()[0] for m in _cc101(claimcheck_run, (body, "2026-05-20"))] == expected


@pytest.mark.parametrize(
    ("sentence", "cls", "obj"),
    [
        # a possessive before the event noun is whose event it is when "of" names the thing
        ("Ten days after the commission's endorsement of the pool bond, on", "approve", "bond"),
        ("A week after the levy's passage, on", "approve", "levy"),
        # irregular participles of the build class
        ("Eight years after the Fenn grange hall was built in 1990, a", "build", "hall"),
    ],
)
def test_a_possessive_agent_and_a_built_anchor(sentence: str, cls: str, obj: str) -> None:
    anchor = _anchor(sentence)
    assert anchor is not None and (anchor.cls, anchor.object) == (cls, obj)
