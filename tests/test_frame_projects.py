"""Quantity frames of issue 14 told in two ways (a fresh reviewer's kinds, 2026-11-30, `frames5`): a
project's cost as a modifier and by a cost verb, an area burned in synonym verbs, a measure told as a
verb's subject, a vote tally naming no body across articles, and counts that may only rise across
publication dates. Text we wrote."""

from __future__ import annotations

import pytest

from checker.language import frame_lexicons, quantities
from checker.testing import Runner


def _article(body: str, published: str = "2025-07-14") -> str:
    return f"---\ntitle: T\npublished: {published}\noutlet: Harbour Courier\nstory: s\n---\n{body}\n"


def _cc201(run: Runner, files: dict[str, str]) -> list[str]:
    result = run(files, select=["CC201"])
    return [f"{f.outcome} {f.message}" for ar in result.results for r in ar.results for f in r.findings]


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (" Venlo port expansion will double capacity", "venlo port"),
        (" expansion of the Venlo container port will start", "venlo container port"),
        (" renovation of the Harwick library begins in July", "harwick library"),
        (" expansion of the Norcott bus depot.", "norcott bus depot"),
        (" upgrade to the Kell water plant on Monday", "kell water plant"),
        (" renovation will close the library", "renovation"),
        (" company will run the harbour", None),
    ],
)
def test_what_a_project_is_of(text: str, thing: str | None) -> None:
    assert quantities.project_thing(text) == thing


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The $8 billion Venlo port expansion will double capacity.", "expansion"),
        ("a $2.1 million renovation of the library", "renovation"),
        ("The $8 billion company will run the harbour.", None),
        # an amount set off by a comma is not the modifier of the noun after it
        ("It will cost $8 billion, the expansion's backers say.", "cost"),
    ],
)
def test_a_project_noun_a_few_words_after_an_amount_holds_it(text: str, holder: str | None) -> None:
    at = text.index("$")
    end = text.index("illion", at) + len("illion")
    assert quantities.money_holder(text, at, end) == holder


@pytest.mark.parametrize(
    ("outcome", "counted", "expected"),
    [
        ("destroyed", "acre", "burned_area"),
        ("burned_area", "acre", "burned_area"),
        ("burned_area", "square mile", "burned_area"),
        ("burned_area", "home", "destroyed"),
        ("destroyed", "home", "destroyed"),
        ("killed", "person", "killed"),
    ],
)
def test_an_area_burned_in_any_words_is_one_outcome(outcome: str, counted: str, expected: str) -> None:
    assert quantities.outcome_for(outcome, counted) == (expected, True)


def test_every_area_class_merges_known_classes() -> None:
    classes = {c.name: c for c in frame_lexicons.outcomes()}
    areas = [c for c in classes.values() if c.area]
    assert areas, "outcomes.yaml has an area class"
    for c in areas:
        assert c.merges and all(m in classes for m in c.merges)


def test_an_area_class_without_merges_names_its_file(monkeypatch: pytest.MonkeyPatch) -> None:
    data = {"version": 1, "classes": {"burned_area": {"words": ["scorch"], "monotonic": True, "area": ["acre"]}}}
    monkeypatch.setattr(frame_lexicons, "_load", lambda name: data)
    frame_lexicons.outcomes.cache_clear()
    try:
        with pytest.raises(frame_lexicons.LexiconError, match=r"outcomes\.yaml.*`area` and `merges`"):
            frame_lexicons.outcomes()
    finally:
        frame_lexicons.outcomes.cache_clear()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Winds in Orla reached ", ("wind", None)),
        ("The service said winds reached ", ("wind", None)),
        ("Sustained winds hit ", ("wind", "sustained")),
        ("Gusts on the coast topped ", ("gust", None)),
        ("The storm reached ", None),
        ("Prices reached ", None),
    ],
)
def test_what_a_measure_after_a_measure_verb_measures(text: str, expected: tuple[str, str | None] | None) -> None:
    assert quantities.measured_subject(text + "70 mph", len(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gusts of up to 70 mph hit the coast", ("gust", None)),
        ("It was lashed by 70 mph winds", ("wind", None)),
        ("The road has a 70 mph limit", None),
    ],
)
def test_a_measured_noun_around_the_measure(text: str, expected: tuple[str, str | None] | None) -> None:
    at = text.index("70")
    assert quantities.measured_subject(text, at, at + len("70 mph")) == expected


def test_a_named_storm_is_read_from_its_sentence() -> None:
    assert quantities.named_events("When Hurricane Ilse came ashore, Storm Joan's winds eased.") == frozenset(
        {"storm:ilse", "storm:joan"}
    )


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "The Corrin county board voted 6-3 on Tuesday to close the Ashby branch library",
            "ashby branch library close",
        ),
        ("The decision to close the Ashby branch library passed 7-2", "ashby branch library close"),
        ("It also voted 7-2 to repave Mill Road", "mill road repave"),
        ("The council voted 5-4 to approve the levy", "levy"),
        # an action noun is read as its verb, so that the two wordings meet and two actions differ
        ("Board members approved the sale of the Dunn annex 5-2", "dunn annex sell"),
        ("Board members approved the demolition of the Dunn annex 5-2", "dunn annex demolish"),
        ("The library closure was approved 7-2 on Tuesday", "library close"),
    ],
)
def test_a_motion_told_as_a_purpose(clause: str, expected: str) -> None:
    assert quantities.vote_motion(clause) == (True, expected)


@pytest.mark.parametrize(
    "body",
    [
        "The Tessel bridge upgrade will cost $40 million.\n\nThe $4 million Tessel bridge upgrade starts next spring.",
        "A $2.1 million renovation of the Harwick library begins in July.\n\n"
        "Renovating the Harwick library will cost $1.2 million, the council said.",
        "By Sunday the Tallow Creek fire had charred 8,200 acres.\n\nThe fire had burned 6,500 acres by Sunday.",
        "Gusts at Brennock harbour hit 88 mph on Saturday.\n\nOn Saturday gusts reached 70 mph at Brennock harbour.",
    ],
)
def test_one_quantity_told_two_ways_fails(claimcheck_run: Runner, body: str) -> None:
    assert [m.split()[0] for m in _cc201(claimcheck_run, {"a.md": _article(body)})] == ["fail"]


@pytest.mark.parametrize(
    "body",
    [
        "The Tessel bridge upgrade will cost $40 million.\n\nThe $4 million Orrin bridge upgrade starts next spring.",
        "The Tessel bridge upgrade will cost $40 million.\n\nThe city reported a budget surplus of $4 million.",
        "The Tessel harbour expansion will cost $40 million.\n\nThe $8 billion company will run the harbour.",
        "The Kessel fire had burned 5,000 acres by Wednesday.\n\nThe Dunmore fire had scorched 4,000 acres by Wednesday.",
        "Sustained winds in Pell reached 60 mph on Friday.\n\nGusts in Pell reached 85 mph on Friday.",
        "Storm Ada's winds reached 90 mph in Pell.\n\nStorm Belle's winds reached 60 mph in Pell.",
    ],
)
def test_look_alike_quantities_are_not_compared(claimcheck_run: Runner, body: str) -> None:
    assert _cc201(claimcheck_run, {"a.md": _article(body)}) == []


def test_a_tally_naming_no_body_is_the_vote_another_article_names(claimcheck_run: Runner) -> None:
    files = {
        "a.md": _article("The Selkirk city council voted 8-1 on Monday to ban overnight parking downtown."),
        "b.md": _article("The measure passed 7-2 on Monday, officials said."),
    }
    assert [m.split()[0] for m in _cc201(claimcheck_run, files)] == ["fail"]


@pytest.mark.parametrize(
    "first",
    [
        # two motions: which one "the measure" is is not said
        "The Selkirk city council voted 8-1 on Monday to ban overnight parking.\n\nIt also voted 6-3 to raise fines.",
        # another day of voting
        "The Selkirk city council voted 8-1 on Thursday to ban overnight parking.",
    ],
)
def test_a_tally_naming_no_body_stays_apart_when_the_vote_is_not_known(claimcheck_run: Runner, first: str) -> None:
    files = {"a.md": _article(first), "b.md": _article("The measure passed 7-2 on Monday.")}
    assert _cc201(claimcheck_run, files) == []


def test_game_scores_naming_no_body_are_no_vote(claimcheck_run: Runner) -> None:
    files = {
        "a.md": _article("The Harts defeated the Gullmen 20-13 on Sunday."),
        "b.md": _article("The Rovers beat the Stags 65-53 on Sunday."),
    }
    assert _cc201(claimcheck_run, files) == []


@pytest.mark.parametrize(
    ("first", "later", "verdict"),
    [
        # running totals ("has burned", "now") are as of their publication: a rise is no conflict, a fall is
        ("has burned", "has now charred 5,100 acres", []),
        ("has burned", "has scorched 3,900 acres", ["fail"]),
        # a past event's count told higher a day later: which is current is asked
        ("burned", "burned 5,100 acres on Monday", ["warn"]),
    ],
)
def test_an_area_burned_may_rise_but_not_fall_between_publication_dates(
    claimcheck_run: Runner, first: str, later: str, verdict: list[str]
) -> None:
    files = {
        "a.md": _article(f"The Birch Hollow fire {first} 4,300 acres on Monday, rangers said.", "2025-07-10"),
        "b.md": _article(f"The Birch Hollow fire {later}, rangers said.", "2025-07-12"),
    }
    assert [m.split()[0] for m in _cc201(claimcheck_run, files)] == verdict


def test_every_action_noun_names_a_verb_lemma() -> None:
    nouns = frame_lexicons.counted().action_nouns
    assert nouns["closure"] == "close" and nouns["sale"] == "sell"
    assert all(verb == frame_lexicons.lemma(verb) for verb in nouns.values())
