"""The events and outcomes linkers skip work with cheap tests (issue 13's linking budget): each test
must never skip what the full reading finds. Checked here against the full reading on sentences we
wrote, look-alikes included (a cue inside another word, a modifier glued to punctuation)."""

from __future__ import annotations

import pytest

from checker.language import events, frame_lexicons
from checker.linkers import events as event_links

_SENTENCES = [
    "Voters in Marrick rejected the levy on Tuesday, the council said.",
    "A second attack struck Pellow on Friday, three days after the first.",
    "The weekly market closed at 3,210 on Monday.",
    "Kelsworth bus drivers walked out on 4 March (since 2019 they have struck twice).",
    "Shares fell sharply, down from the close on Wednesday, as of 9 a.m. Thursday.",
    "The newsroom renewed its fortnightly briefing until noon on Friday.",
    "Was the bill passed? It was voted down in the Senate by 52 votes to 48 last week.",
    "She was fired by Orvane Rovers and was not re-elected in May; the club lost to Dunmore.",
    "Unseen ſince 2019 — the ſign reads “STEP DOWN”, said Ana Rusk's aide.",
    "  ",
    "",
]


def _stretches(text: str) -> list[tuple[int, int]]:
    return [(a, b) for a in range(len(text) + 1) for b in range(a, min(len(text), a + 45) + 1)]


@pytest.mark.parametrize("text", _SENTENCES)
def test_the_bound_pretest_passes_wherever_the_bound_pattern_matches(text: str) -> None:
    for a, b in _stretches(text):
        if event_links._BOUND_BEFORE.search(text, a, b):
            assert event_links._bound_word_before(text, a, b), (text, a, b)
    assert event_links._BOUND_BEFORE.search("closed since ", 0, 13)
    assert not event_links._bound_word_before("the index closed on Friday at ", 0, 26)


@pytest.mark.parametrize("text", _SENTENCES)
def test_the_last_word_is_the_one_the_anchored_pattern_finds(text: str) -> None:
    for a in range(len(text) + 1):
        head = text[:a]
        expected, got = events._LAST_WORD.search(head), events._last_word(head)
        assert (expected and expected.span(1)) == (got and got.span(1)), head


@pytest.mark.parametrize("text", _SENTENCES)
def test_cue_tests_read_what_the_words_read(text: str) -> None:
    lex = frame_lexicons.triggers()
    cues = lex.distinct_cues | frame_lexicons.recurring().cues
    words = set(frame_lexicons.WORD.findall(text.lower())) | {w.lower() for w in frame_lexicons.WORD.findall(text)}
    if words & cues:  # a cue written as a word is always found by the search
        assert events._written(frozenset(cues)).search(text.lower())
    head = text.lower()
    assert (events._written(lex.baseline_cues).search(head) is not None) == any(c in head for c in lex.baseline_cues)


def test_a_cue_inside_another_word_reads_the_words_and_finds_none() -> None:
    # "renewed" holds "new", "firstly" holds "first": the search finds them, the words do not
    assert events.distinct_event("The council renewed the contract firstly for a year.", "approve") is None
    assert events.distinct_event("A second attack struck Pellow.", "attack") == "second"
    assert not events.is_recurring("meet", set(), "The biweekly-ish plan was dailyness itself.")
    assert events.is_recurring("meet", set(), "The Weekly meeting was held on Monday.")


@pytest.mark.parametrize("text", _SENTENCES)
def test_first_words_are_found_at_every_place_they_are_written(text: str) -> None:
    seen = events._WORDS_LOWER.findall(text.lower())
    for wanted in (frame_lexicons.polarity().first_forms, {"was", "the"}, {"on"}, set()):
        hits = wanted.intersection(seen)
        assert events._places(seen, hits) == [k for k, w in enumerate(seen) if w in hits]


def test_outcome_phrases_are_read_where_a_paragraph_has_several_first_words() -> None:
    text = "Was the bill passed? It was voted down in the Senate by 52 votes to 48 last week."
    found = [(s.cls, s.positive, text[s.start : s.end]) for s in events.outcome_statements(text)]
    assert found == [("decision", True, "passed"), ("decision", False, "was voted down in the Senate")]
    text = "She was fired by Orvane Rovers and was not re-elected in May; the club lost to Dunmore."
    found = [(s.cls, s.positive, text[s.start : s.end]) for s in events.outcome_statements(text)]
    assert found == [("departure", False, "was fired"), ("contest", False, "lost to")]
    assert events.outcome_statements("It was a bill that was the first to be heard, as is the rule.") == []


_SUBJECTS = [
    "The report, which was",
    "The inquiry into the crash that has been",
    "Bus drivers in Kelsworth",
    "Workers at the Dorn plant who were",
    "The strike by Ostby refinery workers in Ostby's",
    "He said the plan, which",
    "Officials from Marl County Council will",
]


@pytest.mark.parametrize("text", _SENTENCES + _SUBJECTS)
def test_end_anchored_patterns_are_searched_wherever_they_can_match(text: str) -> None:
    for a in range(len(text) + 1):
        back = text[:a] + " "
        if events._RELATIVE_BACK.search(back):
            assert back.rstrip().endswith(("which", "who", "that")), back
        if events._AUXILIARIES_BACK.search(back):
            assert back.rstrip().endswith(events._BACK_AUXILIARIES), back
        subject = text[:a].rstrip()
        if event_links._SUBJECT_TAIL.search(subject):
            assert "A" <= subject.rsplit(None, 1)[-1][0] <= "Z", subject


@pytest.mark.parametrize(
    "text", _SENTENCES + _SUBJECTS + ["the inquiry into the viaduct crash ", "a vote\ton\tthe levy"]
)
def test_a_subjects_phrase_is_taken_off_as_a_search_of_the_whole_text_would(text: str) -> None:
    for a in range(len(text) + 1):
        head = text[:a]
        m = events._SUBJECT_PP.search(head)
        expected = head if m is None else head[: m.start()] + m.group(1) + head[m.end() :]
        assert events.without_subject_pp(head) == expected, head
