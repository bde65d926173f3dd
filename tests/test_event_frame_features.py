"""Event frames told in other words (issue 14, `dates4`): the tense of a date told in a trailing
attribution, a place told before a noun or after "in", the subject's head before its prepositional
phrase. On text we wrote."""

from __future__ import annotations

from datetime import date

import pytest

from checker.extractors import dates
from checker.language import events
from checker.linkers import events as event_links
from checker.testing import Runner

FRIDAY = date(2026, 9, 11)


def _article(body: str, published: str, outlet: str) -> str:
    return f"---\ntitle: T\npublished: {published}\noutlet: {outlet}\nstory: s\n---\n{body}\n"


def _cc101(run: Runner, *bodies: tuple[str, str]) -> list[str]:
    files = {
        f"{chr(97 + i)}.md": _article(body, published, f"Outlet {i}") for i, (body, published) in enumerate(bodies)
    }
    result = run(files, select=["CC101"])
    return [f"{f.outcome} {f.message}" for ar in result.results for r in ar.results for f in r.findings]


def _value(sentence: str, words: str) -> str | None:
    """The value the extractor gives the date written as ``words`` in ``sentence``, published Friday."""
    for m in dates._matches(sentence):
        if m.group(0) == words:
            s, e = m.span()
            return dates.resolve(m, FRIDAY, dates._looks_ahead(sentence, s, e, 0, len(sentence))).value.value
    raise AssertionError(f"no date {words!r} in {sentence!r}")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Harrow ferry will stop running in October, the port authority decided on Thursday.",
        "The Harrow ferry will stop running in October, officials said Thursday.",
        "The Harrow ferry will stop running in October, the mayor told reporters on Thursday.",
        "The Harrow ferry is expected to stop in October, the port authority announced on Thursday.",
        "“We will stop the Harrow ferry in October,” the port authority confirmed on Thursday.",
        "The Harrow ferry will stop in October, according to a statement the port issued Thursday.",
        "The Harrow ferry will stop in October, said the port authority on Thursday.",
        "The Harrow ferry will stop in October, the port authority said in a statement on Thursday.",
    ],
)
def test_a_trailing_attribution_dates_its_report_in_the_past(sentence: str) -> None:
    # the future of the main clause (or of a quotation) does not govern the report's weekday
    assert _value(sentence, "Thursday") == "2026-09-10"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Harrow ferry will stop running on Thursday, the port authority decided.",
        "The port authority said the Harrow ferry will stop running on Thursday.",
        "The Harrow ferry, which was repaired in March, will stop running on Thursday.",
    ],
)
def test_a_future_clause_still_looks_ahead(sentence: str) -> None:
    assert _value(sentence, "Thursday") == "2026-09-17"


def test_a_report_date_after_a_future_clause_is_no_false_alarm(claimcheck_run: Runner) -> None:
    told = "The Olm ice rink will be sold next year, the parish council confirmed on Thursday."
    assert (
        _cc101(
            claimcheck_run,
            (told, "2026-09-11"),
            ("The parish council confirmed on September 10 that it will sell the rink.", "2026-09-12"),
        )
        == []
    )
    wrong = "The parish council confirmed on September 3 that it will sell the rink."
    assert len(_cc101(claimcheck_run, (told, "2026-09-11"), (wrong, "2026-09-12"))) == 1


@pytest.mark.parametrize(
    ("clause", "name", "expected"),
    [
        ("Brasco postal workers walked out", "Brasco", True),
        ("Brasco's nurses walked out", "Brasco", True),
        ("Brasco won the cup", "Brasco", False),
        ("Brasco said the talks failed", "Brasco", False),
        ("Brasco and Dunmere signed", "Brasco", False),
        ("Brasco walked out", "Brasco", False),
    ],
)
def test_a_name_before_a_common_noun_is_a_modifier(clause: str, name: str, expected: bool) -> None:
    assert event_links._modifies_noun(clause, name) is expected


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Bus drivers in Kelsworth walked out on Monday", "driver"),
        ("Kelsworth bus drivers walked out on May 11", "driver"),
        # singular and plural give one key
        ("Nurses at the Dorn Hospital walked out on May 11", "nurs"),
        ("A nurse at the Dorn Hospital walked out on May 11", "nurs"),
        ("The inquiry into the viaduct crash opened on May 11", "inquiry"),
        ("Mara Voss resigned on May 11", None),
        ("They walked out on May 11", None),
    ],
)
def test_the_subject_head_of_a_verb_trigger(text: str, agent: str | None) -> None:
    at = text.index(" on ")
    trigger = events.trigger_of(text, at + 4, len(text))
    assert trigger is not None and trigger.pos == "verb"
    assert event_links._agent(text, trigger, 0) == agent


def test_the_subject_head_is_before_its_prepositional_phrase() -> None:
    assert events.without_subject_pp("The inquiry into the viaduct crash ").split()[-1] == "inquiry"
    assert events.without_subject_pp("The report on the new budget ").split()[-1] == "report"
    assert events.without_subject_pp("The council ").split()[-1] == "council"


def test_a_place_told_as_a_modifier_or_after_in_is_one_place(claimcheck_run: Runner) -> None:
    first = "Postal workers in Brasco walked out on Tuesday over pay."
    assert (
        len(
            _cc101(
                claimcheck_run,
                (first, "2026-09-11"),
                ("Brasco postal workers walked out on September 9.", "2026-09-12"),
            )
        )
        == 1
    )
    assert (
        _cc101(
            claimcheck_run, (first, "2026-09-11"), ("Brasco postal workers walked out on September 8.", "2026-09-12")
        )
        == []
    )
    # two towns' workers, and two trades of one town, are two walkouts
    assert (
        _cc101(
            claimcheck_run, (first, "2026-09-11"), ("Dunmere postal workers walked out on September 9.", "2026-09-12")
        )
        == []
    )
    assert (
        _cc101(claimcheck_run, (first, "2026-09-11"), ("Brasco nurses walked out on September 9.", "2026-09-12")) == []
    )


def test_an_anchor_named_in_the_subject_still_counts(claimcheck_run: Runner) -> None:
    body = (
        "A barge collided with the Fenwick dam on March 3.\n\n"
        "The review of the dam collision began two days after the collision.\n\n"
        "The review began on March {day}, officials said."
    )
    assert len(_cc101(claimcheck_run, (body.format(day=6), "2026-03-20"))) == 1
    assert _cc101(claimcheck_run, (body.format(day=5), "2026-03-20")) == []


def test_a_verb_word_heading_a_noun_phrase_is_a_noun() -> None:
    text = "Refinery workers at the Ostby plant began a two-day strike on Tuesday."
    at = text.index("Tuesday")
    trigger = events.trigger_of(text, at, at + 7)
    assert trigger is not None and (trigger.lemma, trigger.pos) == ("begin", "verb")
    assert events.object_of(text, trigger, 0, len(text), at) == "strike"
    # a past form after a noun is the verb it looks like
    text = "He wanted to wait until the season ended on May 3."
    at = text.index("May 3")
    trigger = events.trigger_of(text, at, at + 5)
    assert trigger is not None and trigger.lemma == "end"


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("The Harl rowing club, which was founded in 1994, celebrated its 30th anniversary in 2021.", 1),
        ("The Harl rowing club, which was founded in 1991, celebrated its 30th anniversary in 2021.", 0),
        # the year of something the holder has, or of another event of the holder's, counts nothing
        ("The Harl rowing club, whose boathouse opened in 1999, celebrated its 30th anniversary in 2021.", 0),
        ("The Harl choir, which bought its hall in 2002, marked its 50th anniversary in 2019.", 0),
    ],
)
def test_an_anniversary_counts_from_its_holders_founding(claimcheck_run: Runner, body: str, found: int) -> None:
    assert len(_cc101(claimcheck_run, (body, "2026-09-11"))) == found


def test_a_relative_clause_event_is_its_antecedents(claimcheck_run: Runner) -> None:
    first = "Refinery workers at the Ostby plant began a two-day strike on Tuesday over overtime."
    same = "The strike by Ostby refinery workers, which started on September {day}, halted deliveries."
    other = "The strike by Marle refinery workers, which started on September 9, halted deliveries."
    assert len(_cc101(claimcheck_run, (first, "2026-09-11"), (same.format(day=9), "2026-09-12"))) == 1
    assert _cc101(claimcheck_run, (first, "2026-09-11"), (same.format(day=8), "2026-09-12")) == []
    assert _cc101(claimcheck_run, (first, "2026-09-11"), (other, "2026-09-12")) == []


SHOOTINGS = (
    "A gunman shot two guards at the Velm bank on June 20.\n\nDeputy Arlo Brandt was shot dead on June 24 outside Velm."
)


@pytest.mark.parametrize(
    ("later", "found"),
    [
        # the deputy's shooting, told "shot dead" (kill class): his wedding two weeks before is June 10
        ("Arlo Brandt married Tessa Quill on June 10, two weeks before the shooting.", 0),
        ("Arlo Brandt married Tessa Quill on June 13, two weeks before the shooting.", 1),
        # someone else's date before "the shooting": which of the two is not known, so nothing is counted
        ("Mayor Hild Sorn opened the Velm fair on June 10, two weeks before the shooting.", 0),
        ("Mayor Hild Sorn opened the Velm fair on June 6, two weeks before the shooting.", 0),
    ],
)
def test_an_anchor_counts_from_the_event_of_its_people(claimcheck_run: Runner, later: str, found: int) -> None:
    assert len(_cc101(claimcheck_run, (SHOOTINGS, "2026-06-26"), (later, "2026-06-27"))) == found


@pytest.mark.parametrize(
    ("body", "label"),
    [
        (
            "The Harrow ferry will stop in October, the port authority decided on Thursday.\n\n"
            "The port authority decided on September 9 to end the Harrow ferry.",
            "port authority decision",
        ),
        (
            "The governments of Oranby and Vesk signed the river water-sharing treaty on September 3.\n\n"
            "The treaty divides the Ister between them.\n\n"
            "Oranby and Vesk approved the river water-sharing treaty on September 4, ending a dispute.",
            "signing of the river treaty",
        ),
        (
            "Saturday's referendum in Corm drew a turnout of 71 per cent.\n\n"
            "The referendum, held on September 6, asked voters whether to merge.",
            "referendum",
        ),
        (
            "Postal workers in Brasco walked out on Tuesday over pay.\n\n"
            "Brasco postal workers walked out on September 9.",
            "Postal worker walkout",
        ),
    ],
)
def test_a_frame_label_reads_as_words(claimcheck_run: Runner, body: str, label: str) -> None:
    found = _cc101(claimcheck_run, (body, "2026-09-11"))
    assert len(found) == 1 and found[0].startswith(f"fail {label}: "), found


def test_a_verb_not_listed_is_named_by_its_gerund() -> None:
    assert event_links._nominal("decide") == "decision"
    assert event_links._nominal("demolish") == "demolition"
    assert event_links._nominal("refurbish") == "refurbishing"
    assert event_links._nominal("raze") == "razing"
    assert event_links._nominal("walk out") == "walkout"


def test_a_place_told_after_of_is_the_place(claimcheck_run: Runner) -> None:
    of = "The postal workers of Dunmere walked out on Tuesday over pay."
    other_town = ("Brasco postal workers walked out on September 9.", "2026-09-12")
    same_town = ("Dunmere postal workers walked out on September 9.", "2026-09-12")
    assert _cc101(claimcheck_run, (of, "2026-09-11"), other_town) == []
    assert len(_cc101(claimcheck_run, (of, "2026-09-11"), same_town)) == 1
    assert event_links._of_name("the postal workers of Dunmere walked out", "Dunmere")
    assert not event_links._of_name("Dunmere postal workers walked out", "Dunmere")
