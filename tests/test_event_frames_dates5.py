"""Event frames told in other words (issue 14, `dates5`): the historic present of headlines, a
capitalised event noun at a headline's head. On text we wrote."""

from __future__ import annotations

from datetime import date

import pytest

from checker.extractors import dates
from checker.language import events, frame_lexicons
from checker.linkers import events as event_links
from checker.testing import Runner

TUESDAY = date(2026, 3, 10)


def _value(sentence: str, words: str, headline: bool) -> str | None:
    """The value the extractor gives the date ``words`` in ``sentence``, published on a Tuesday."""
    for m in dates._matches(sentence):
        if m.group(0) == words:
            s, e = m.span()
            ahead = dates._looks_ahead(sentence, s, e, 0, len(sentence), headline=headline)
            return dates.resolve(m, TUESDAY, ahead).value.value
    raise AssertionError(f"no date {words!r} in {sentence!r}")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gale flattens Dunmore barns on Monday", "2026-03-09"),
        ("Blaze guts Orrin warehouse on Saturday", "2026-03-07"),
        ("Storm lashes Castrel coast Friday", "2026-03-06"),
        # the future markers of headlinese still look ahead
        ("Orrin pool to reopen on Friday", "2026-03-13"),
        ("Orrin pool set to reopen on Friday", "2026-03-13"),
        ("Orrin pool will reopen on Friday", "2026-03-13"),
    ],
)
def test_a_headline_present_is_historic(sentence: str, expected: str) -> None:
    assert _value(sentence, sentence.split()[-1], headline=True) == expected


def test_the_body_present_still_looks_ahead() -> None:
    # "takes effect Friday" in a body sentence is a scheduled present
    assert _value("The Orrin levy takes effect Friday.", "Friday", headline=False) == "2026-03-13"


@pytest.mark.parametrize("word", ["Quake", "quake", "Earthquakes", "Blaze", "Tremor"])
def test_an_event_noun_in_any_case_is_no_name(word: str) -> None:
    assert events.is_event_noun(word)


@pytest.mark.parametrize("word", ["Norvale", "Castrel", "Kestrel"])
def test_a_name_is_no_event_noun(word: str) -> None:
    assert not events.is_event_noun(word)


def test_synonym_subjects_give_one_agent() -> None:
    a = "Quake strikes Norvale on Sunday"
    b = "The earthquake struck Norvale on Sunday"
    ta = events.trigger_of(a, a.index("Sunday"), len(a))
    tb = events.trigger_of(b, b.index("Sunday"), len(b))
    assert event_links._agent(a, ta, 0) == event_links._agent(b, tb, 0) is not None


def _cc101(run: Runner, text: str) -> list[str]:
    files = {"a.md": f"---\ntitle: T\npublished: 2026-03-10\noutlet: O\nstory: s\n---\n{text}\n"}
    result = run(files, select=["CC101"])
    return [f.message for ar in result.results for r in ar.results for f in r.findings]


def test_a_headline_and_its_body_tell_one_day(claimcheck_run: Runner) -> None:
    right = "# Fire destroys Hallam depot on Monday\n\nA fire destroyed the Hallam depot on Monday."
    assert _cc101(claimcheck_run, right) == []
    wrong = "# Fire destroys Hallam depot on Monday\n\nA fire destroyed the Hallam depot on Sunday."
    assert len(_cc101(claimcheck_run, wrong)) == 1
    quake = "# Quake strikes Norvale on Sunday\n\nThe earthquake struck Norvale on Saturday."
    assert len(_cc101(claimcheck_run, quake)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Lerwick council voted on the zoning plan on March 2.", "plan"),
        ("The Brisk town board ruled on the harbour permit on April 2.", "permit"),
        ("Tolvey councillors voted against the bypass plan on Monday.", "plan"),
        # no object after the preposition: the date itself, and the subject is read as before
        ("The motion was voted on on Monday.", "motion"),
    ],
)
def test_the_object_of_a_prepositional_verb(text: str, expected: str) -> None:
    at = text.rindex(" on ")  # the date's preposition
    trigger = events.trigger_of(text, at + 4, len(text) - 1)
    assert events.object_of(text, trigger, 0, len(text), at + 4) == expected


def test_prepositional_verbs_cover_their_forms() -> None:
    verbs = frame_lexicons.prepositional_verbs()
    assert "on" in verbs["voted"] and "on" in verbs["rules"] and "on" in verbs["ruling"]
    assert "lifted" not in verbs


def test_people_are_told_apart_by_their_entity_ids(claimcheck_run: Runner) -> None:
    siblings = "Officers detained Rolf Tamm on May 3.\n\nHis cousin, Oskar Tamm, was detained on May 5."
    assert _cc101(claimcheck_run, siblings) == []
    again = "Officers detained Rolf Tamm on May 3.\n\nRolf Tamm, 41, was detained on May 5."
    assert len(_cc101(claimcheck_run, again)) == 1


@pytest.mark.parametrize(
    ("cls", "things", "sentence", "expected"),
    [
        ("end", {"index"}, "The index closed on Monday at 3,250.", True),
        ("open", {"market"}, "The market opened lower on Monday.", True),
        ("meet", {None}, "At its weekly meeting on Monday, the council discussed potholes.", True),
        ("end", {"strike"}, "The strike ended on Monday.", False),
        ("end", {"factory"}, "The factory closed on Monday.", False),
    ],
)
def test_recurring_events(cls: str, things: set[str | None], sentence: str, expected: bool) -> None:
    assert events.is_recurring(cls, things, sentence) is expected


def test_recurring_dates_join_only_by_a_figure(claimcheck_run: Runner) -> None:
    closes = "The Corvan index closed at 1,842 on Friday, down from 1,870 on Wednesday.\n\nThe index closed on Monday at 1,901."
    assert _cc101(claimcheck_run, closes) == []
    same = "The Corvan index closed at 1,842 on Friday.\n\nThe Corvan index closed at 1,842 on Thursday, its lowest in a year."
    assert len(_cc101(claimcheck_run, same)) == 1
    plant = "The Corvan plant closed on Friday.\n\nThe Corvan plant closed on Thursday, after 40 years."
    assert len(_cc101(claimcheck_run, plant)) == 1


def test_an_appositive_attribution_is_no_participant(claimcheck_run: Runner) -> None:
    told = "Kestrel Air grounded its fleet on Feb. 27.\n\nThe airline grounded its fleet on Feb. {d}, a spokeswoman, Lin Havas, said."
    assert _cc101(claimcheck_run, told.format(d=27)) == []
    assert len(_cc101(claimcheck_run, told.format(d=26))) == 1


@pytest.mark.parametrize(
    ("text", "cls", "pos"),
    [
        ("The earthquake struck Norvale on Sunday", "quake", "verb"),
        ("The quake hit Norvale on Sunday", "quake", "verb"),
        ("Rebels struck the convoy on Sunday", "attack", "verb"),
        ("The call between Adela Vasko and Jon Lunde took place on March 8", "meet", "noun"),
        ("The meeting was held on March 8", "meet", "noun"),
        ("The race took place on March 8", "run", "verb"),
    ],
)
def test_the_subject_tells_the_event_class(text: str, cls: str, pos: str) -> None:
    at = text.rindex(" on ") + 4
    trigger = events.trigger_of(text, at, len(text))
    assert trigger is not None
    framed = events.with_subject_class(text, trigger, 0)
    assert (framed.cls, framed.pos) == (cls, pos)
