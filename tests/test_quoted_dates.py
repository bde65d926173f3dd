"""Relative dates inside direct quotations are told from when the words were said (fresh review of
2026-12-01, kind B): read by the quotation's own verbs, counted from the day the article says they were
said, and never set against the same quoted sentence told elsewhere. Articles we wrote."""

from __future__ import annotations

from datetime import date

import pytest

from checker.extractors.dates import extract
from checker.language import quotation
from checker.models import SPEECH_DATED, SPEECH_UNDATED, Article, ArticleMeta, DateClaim
from checker.segmenter import claimcheck_segment
from checker.testing import Runner

WEDNESDAY = date(2026, 7, 1)


def _date(text: str, written: str, published: date = WEDNESDAY) -> DateClaim:
    article = Article(path="t.txt", raw=text, meta=ArticleMeta(published=published))
    segments = [s for s in claimcheck_segment(article, None) if s.kind != "furniture"]  # type: ignore[arg-type]
    hits = [c for c in extract(article, segments) if isinstance(c, DateClaim) and c.text == written]
    assert len(hits) == 1, written
    return hits[0]


# -- which quotations are a speaker's own words ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "direct"),
    [
        ('Harbour master Ines Kalder said: "We start the crossings on Tuesday."', True),
        ('"The pool reopens on Tuesday," Lena Ostrova said.', True),
        ("He told staff: ‘We open the depot on Friday.’", True),
        ('"We are ready. The depot opens on Friday," she said.', True),
        ('Kalder said the crossings would "start again on Tuesday".', False),
        ('Councillors called it "Tuesday\'s fiasco" at the meeting.', False),
    ],
)
def test_a_direct_quotation_is_a_speakers_sentence_or_clause(text: str, direct: bool) -> None:
    (region,) = quotation.regions(text)
    assert quotation.direct(text, *region) is direct


def test_quotation_regions_leave_the_marks_out_and_run_an_unclosed_one_to_the_end() -> None:
    text = 'She said: "We sail on Monday." Then: "And we stay'
    assert [text[a:b] for a, b in quotation.regions(text)] == ["We sail on Monday.", "And we stay"]


# -- the day a quotation was said -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the introducing sentence dates the speech, before or after its reporting verb
        ('After the ballot was counted late on Sunday, depot chief Priya Malhotra told staff: "We open on Tuesday."',
         "2026-06-30"),
        ('Speaking on Sunday, harbour master Ines Kalder said: "We start the crossings on Tuesday."', "2026-06-30"),
        ('On Saturday, Lena Ostrova told swimmers: "The pool reopens on Tuesday."', "2026-06-30"),
        # or the sentence the quotation closes in
        ('"The pool reopens on Tuesday," leisure manager Lena Ostrova said on Saturday.', "2026-06-30"),
        # "yesterday" is the day before the speech, not before publication
        ('Speaking on Monday, fire chief Osric Vale said: "The blaze started yesterday."', "2026-06-28"),
    ],
)  # fmt: skip
def test_a_quoted_relative_date_is_counted_from_the_day_it_was_said(text: str, value: str) -> None:
    d = _date(text, "yesterday" if "yesterday" in text else "Tuesday")
    assert (d.value, d.reason) == (value, SPEECH_DATED)


def test_an_undated_quotation_is_counted_from_publication_and_says_so() -> None:
    d = _date('Alice Dorne said: "We start sailing on Tuesday."', "Tuesday")
    assert (d.value, d.reason) == ("2026-07-07", SPEECH_UNDATED)


def test_a_past_verb_of_the_writers_sentence_does_not_turn_the_quotations_present_into_the_past() -> None:
    # the telling is dated by "Sunday"; "counted" is the writer's verb, "start" the speaker's: the coming Tuesday
    text = (
        'After the vote was counted late on Sunday, ferry chief Alice Dorne told staff: "We start sailing on Tuesday."'
    )
    assert _date(text, "Tuesday").value == "2026-06-30"
    undated = 'When the vote was counted, ferry chief Alice Dorne told staff: "We start sailing on Tuesday."'
    assert _date(undated, "Tuesday").value == "2026-07-07"


@pytest.mark.parametrize(
    "text",
    [
        'Kalder said the crossings would start again on Tuesday, "weather permitting".',  # the writer's date
        'Kalder said the crossings would "start again on Tuesday".',  # a few words worked into the writer's
        "The crossings start on Tuesday, Kalder said on Sunday.",  # reported speech: the writer's deixis
    ],
)
def test_the_writers_dates_are_counted_from_publication(text: str) -> None:
    d = _date(text, "Tuesday")
    assert d.reason is None and d.value == "2026-07-07"


def test_a_day_later_than_publication_does_not_date_the_speech() -> None:
    text = 'Kalder will speak on Friday, July 3, and said: "We start the crossings on Tuesday."'
    assert _date(text, "Tuesday").reason == SPEECH_UNDATED


# -- CC101 on the quoted dates of a story ---------------------------------------------------------


def _article(outlet: str, body: str, published: str = "2026-07-01") -> str:
    return f"---\ntitle: Ferries\npublished: {published}\noutlet: {outlet}\nstory: ferries\n---\n{body}\n"


def _cc101(run: Runner, a: str, b: str) -> list[str]:
    result = run({"a.md": _article("Tarnmouth Herald", a), "b.md": _article("Coastline Post", b)}, select=["CC101"])
    return [f"{f.outcome} {f.message}" for ar in result.results for r in ar.results for f in r.findings]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same quoted sentence by the same speaker: one utterance, whatever the two readings give
        ('After the vote was counted late on Sunday, ferry chief Alice Dorne told staff: "We start sailing on Tuesday."',
         'Alice Dorne said: "We start sailing on Tuesday."'),
        ('"We open the depot on Tuesday," chief executive Priya Malhotra said on Saturday.',
         'Priya Malhotra told staff: "The strike is over. We open the depot on Tuesday."'),
        # other words by the same speaker, one speech dated and one not: the two days cannot be aligned
        ('Speaking on Sunday, harbour master Ines Kalder said: "We start the crossings again on Tuesday."',
         'Ines Kalder told reporters: "Weather permitting, the crossings start again on Tuesday."'),
        # "tomorrow" said on Monday (June 30), and "tomorrow" on a day the other article does not give
        (
            'Speaking on Monday, festival director Amaru Quispe said: "We open the gates tomorrow."',
            'Amaru Quispe told reporters: "The gates open tomorrow, rain or shine."',
        ),
        # a dated quotation and the writer's own date of that day
        ('On Sunday, chief executive Priya Malhotra told staff: "We open the new depot on Tuesday."',
         "Priya Malhotra's company opened the new depot on Tuesday, June 30."),
    ],
)  # fmt: skip
def test_quoted_dates_that_do_not_disagree_are_silent(claimcheck_run: Runner, a: str, b: str) -> None:
    assert _cc101(claimcheck_run, a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a dated quotation against the writer's date of another day
        ('On Sunday, chief executive Priya Malhotra told staff: "We open the new depot on Tuesday."',
         "Priya Malhotra's company opened the new depot on Wednesday, July 1."),
        # two dated speeches that name different days
        ('Speaking on Sunday, harbour master Ines Kalder said: "We start the crossings again on Tuesday."',
         'Speaking on Monday, Ines Kalder said: "We start the crossings again on Thursday."'),
        # an undated quotation whose day no speech in the week before publication reconciles with the
        # dated one's ("Thursday" read as July 2, or June 25; the Sunday's "Tuesday" is June 30)
        (
            'Speaking on Sunday, harbour master Ines Kalder said: "We start the crossings again on Tuesday."',
            'Ines Kalder told reporters: "We start the crossings again on Thursday."',
        ),
        # an undated quotation read from publication against the writer's date
        ('Leisure manager Lena Ostrova said: "The pool reopens on Tuesday."',
         "The pool will reopen on Monday, July 6, the council said."),
    ],
)  # fmt: skip
def test_quoted_dates_that_disagree_still_fail(claimcheck_run: Runner, a: str, b: str) -> None:
    assert [m.split()[0] for m in _cc101(claimcheck_run, a, b)] == ["fail"]
