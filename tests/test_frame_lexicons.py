"""The event and quantity lexicons: every class of every data file is loaded and behaves, on words we chose."""

from __future__ import annotations

import os

import pytest

from checker.language import events, frame_lexicons, quantities


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("homes", "home"), ("houses", "house"), ("broke", "break"), ("razed", "raze"), ("collapsed", "collapse"),
        ("stopped", "stop"), ("pleaded", "plead"), ("died", "die"), ("fatalities", "fatality"), ("won", "win"),
    ],
)  # fmt: skip
def test_lemmas(word: str, lemma: str) -> None:
    assert frame_lexicons.lemma(word) == lemma


def test_every_trigger_class_is_found_in_a_sentence() -> None:
    lex = frame_lexicons.triggers()
    classes = {p.cls for p in lex.verbs} | {p.cls for p in lex.nouns}
    assert {"start", "approve", "publish", "report", "attack", "plead"} <= classes
    for phrase in lex.nouns:
        noun = " ".join(phrase.lemmas)
        text = f"The March 3 {noun} was covered widely."
        s = text.index("March 3")
        found = events.trigger_of(text, s, s + len("March 3"))
        assert found is not None and found.cls == phrase.cls, (noun, found)


@pytest.mark.parametrize(
    ("sentence", "date", "cls"),
    [
        ("Fighting broke out on Friday in the Kelso district.", "Friday", "start"),
        ("The fire erupted on Friday.", "Friday", "start"),
        ("The mayor signed the bill on Monday.", "Monday", "approve"),
        ("The senate passed the bill on Monday.", "Monday", "approve"),
        ("The report went online on Oct. 3.", "Oct. 3", "publish"),
        ("The company said on Monday it would close the plant.", "Monday", "report"),
        ("Saturday's call lasted an hour.", "Saturday", "meet"),
        ("Councillors voted to sell the old hall on March 15.", "March 15", "vote"),
    ],
)
def test_trigger_classes(sentence: str, date: str, cls: str) -> None:
    s = sentence.index(date)
    found = events.trigger_of(sentence, s, s + len(date))
    assert found is not None and found.cls == cls


@pytest.mark.parametrize(
    ("sentence", "date", "tense"),
    [
        ("The new rules take effect July 1.", "July 1", "present"),
        ("The footbridge will reopen on Dec. 5.", "Dec. 5", "future"),
        ("Officials said the footbridge would reopen on Dec. 5.", "Dec. 5", "future_in_past"),
        ("The footbridge was closed on Oct. 14.", "Oct. 14", "past"),
        ("A hearing was scheduled for Nov. 20.", "Nov. 20", "future"),
        ('He said on Monday that "we will win", and the count ended on Tuesday.', "Tuesday", "past"),
    ],
)
def test_tense_comes_from_the_governing_verb(sentence: str, date: str, tense: str) -> None:
    s = sentence.index(date)
    found = events.trigger_of(sentence, s, s + len(date))
    assert events.tense_of(sentence, found, s, s + len(date)) == tense


def test_a_baseline_date_is_not_an_event_date() -> None:
    text = "Shares closed at 41.20, down from the close on Wednesday."
    assert events.is_baseline(text, text.index("Wednesday"))
    assert not events.is_baseline("The shares closed on Wednesday.", 23)


def test_every_outcome_class_is_found_after_a_count() -> None:
    for cls in frame_lexicons.outcomes():
        for phrase in cls.phrases[:2]:
            words = " ".join(phrase.lemmas)
            assert quantities.outcome_in(words, 8)[0] == cls.name, words


@pytest.mark.parametrize(
    ("noun", "cls"),
    [("houses", "home"), ("homes", "home"), ("residences", "home"), ("people", "person"), ("trucks", "vehicle")],
)
def test_counted_noun_classes(noun: str, cls: str) -> None:
    assert quantities.counted_class(noun)[1] == cls


def test_every_polarity_class_has_both_signs_found() -> None:
    seen: dict[str, set[bool]] = {}
    # slots of polarity.yaml
    fillers = {"<person>": "former sergeant Colm Dorn", "<charge>": "stealing", "<chamber>": "the state Senate"}
    for p in frame_lexicons.polarity().phrases:
        words = " ".join(fillers.get(w, w) for w in p.lemmas)
        # a phrase with a person acted on is a verb only when inflected or after an auxiliary ("did fire")
        subject = "Yesterday the court did " if words != " ".join(p.lemmas) else "Yesterday the accused "
        found = events.outcome_statements(subject + words + " in court.")
        assert found, p
        assert (found[0].cls, found[0].positive) == (p.cls, p.positive), p
        seen.setdefault(found[0].cls, set()).add(found[0].positive)
    assert all(signs == {True, False} for signs in seen.values()), seen


def test_pleaded_not_guilty_is_not_read_as_pleaded_guilty() -> None:
    [st] = events.outcome_statements("A Fenby man pleaded not guilty on Thursday.")
    assert (st.cls, st.positive) == ("plea", False)
    [st] = events.outcome_statements("He initially pleaded not guilty.")
    assert st.revised


def test_money_holders_lists_body_sizes_and_series() -> None:
    text = "the deficit of $3.1 million"
    assert quantities.money_holder(text, text.index("$"), len(text)) == "deficit"
    text = "a $1.3 million deficit"
    assert quantities.money_holder(text, 2, text.index(" deficit")) == "deficit"
    text = "The board named four priorities for next year: reading, school buses and roof repairs."
    assert quantities.listed_items(text, text.index(" priorities"))[0] == 3  # type: ignore[index]
    assert quantities.body_size("The seven-member board approved the plan 5-3.")[0] == 7  # type: ignore[index]
    assert quantities.series_games("won the final series 3-2, clinching it in the seventh game")[0] == 7  # type: ignore[index]
    assert quantities.series_games("won the vote 3-2 in the seventh round") is None
    assert quantities.series_games("won the series 4-3 in game six on Sunday")[0] == 6  # type: ignore[index]
    assert quantities.series_games("won the final 2-1, clinching it in game 4")[0] == 4  # type: ignore[index]
    assert quantities.series_games("won the series 4-3 after losing game one") is None  # a game lost, not the decider


def test_a_malformed_lexicon_names_its_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(frame_lexicons, "_load", lambda name: {"version": 1, "classes": {"x": {"monotonic": "yes"}}})
    frame_lexicons.outcomes.cache_clear()
    try:
        with pytest.raises(frame_lexicons.LexiconError, match=r"outcomes\.yaml"):
            frame_lexicons.outcomes()
    finally:
        frame_lexicons.outcomes.cache_clear()


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("18 of the 40 members, more than half, voted.", (40.0, "more than half")),
        ("12 of the 50 residents, or 40 percent, left.", (50.0, "40 percent")),
        ("12 of the 50 residents left.", None),
    ],
)
def test_a_part_and_the_share_its_sentence_states(sentence: str, share: tuple[float, str] | None) -> None:
    end = sentence.index(" of")
    found = quantities.share_of(sentence, end, 0, len(sentence))
    assert (found[0], found[3]) == share if found else share is None


@pytest.mark.parametrize(
    ("sentence", "date", "days", "cls"),
    [
        ("Results came three days after the election.", "three days after", 3, "vote"),
        ("They met the day after the vote.", "the day after", 1, "vote"),
        ("Talks began two weeks before the summit.", "two weeks before", -14, "meet"),
    ],
)
def test_a_date_told_relative_to_another_event(sentence: str, date: str, days: int, cls: str) -> None:
    s = sentence.index(date)
    anchor = events.anchor_of(sentence, s, s + len(date))
    assert anchor is not None and (anchor.days, anchor.cls) == (days, cls)


@pytest.mark.parametrize("noun", ["expansion", "renovation", "upgrade", "takeover"])
def test_a_project_noun_after_an_amount_holds_it(noun: str) -> None:
    text = f"approved an $800 million {noun} of the terminal"
    at = text.index("$")
    assert quantities.money_holder(text, at, text.index(f" {noun}")) == noun


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("The school board approved the new calendar 6-3 on Tuesday", (True, "new calendar")),
        ("The waste contract was approved 6-3", (True, "waste contract")),
        ("The calendar was approved 5-4, with the chair casting the deciding vote", (True, "calendar")),
        ("It then rejected the levy 5-4", (True, "levy")),
        # a motion anaphor names no motion; a game is no vote
        ("The measure passed 5-4", (True, None)),
        ("The 5-4 vote came after a long debate", (True, None)),
        ("The Harts beat the Gullmen 6-3 on Tuesday", (False, None)),
    ],
)
def test_vote_verbs_and_motion_anaphors(clause: str, expected: tuple[bool, str | None]) -> None:
    assert quantities.vote_motion(clause) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The seven-member Lanwick zoning board approved the tower 5-3.",
            (7, "seven-member Lanwick zoning board", "board"),
        ),
        ("All eight members of the licensing board attended.", (8, "eight members of the licensing board", "board")),
        ("The five-member commission will meet in June.", (5, "five-member commission", "commission")),
        ("Seven members of the public spoke.", None),
        ("The 12-member team beat the Lanwick board.", None),
    ],
)
def test_a_bodys_size_with_names_between(sentence: str, expected: tuple[int, str, str] | None) -> None:
    assert quantities.sized_body(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("More than half of that, $15,000, came from a single donor.", "$15,000"),
        ("About a quarter of them, 20, were rebuilt.", "20"),
        ("More than half of the total, $15,000, came from one donor.", "$15,000"),
    ],
)
def test_a_share_of_a_total_told_before(sentence: str, part: str) -> None:
    found = quantities.anaphoric_shares(sentence, 0, len(sentence))
    assert [sentence[at : at + len(part)] for at, *_ in found] == [part]


@pytest.mark.parametrize(
    ("sentence", "total", "part"),
    [
        ("Of the $40,000 raised, $15,000, more than half, came from one donor.", 40000, "$15,000"),
        ("Of the 40 workers at the plant, 15 voted to strike, more than half.", 40, "15"),
        ("The charity raised $40,000, more than half of it, $15,000, from one donor.", 40000, "$15,000"),
    ],
)
def test_a_share_stated_after_its_part(sentence: str, total: float, part: str) -> None:
    found = quantities.stated_shares(sentence, 0, len(sentence))
    assert [(t, sentence[at : at + len(part)]) for at, t, *_ in found] == [(total, part)]


def test_a_list_closed_by_a_dash_before_its_attribution() -> None:
    text = "The plan has three parts — a new clinic, a bus route, a library and a pool — the mayor said."
    assert quantities.listed_items(text, text.index(" parts") + len(" parts")) == (
        4,
        "a new clinic, a bus route, a library and a pool",
    )
    aside = "The plan has three parts — two more than last year's — and will cost $4 million."
    assert quantities.listed_items(aside, aside.index(" parts") + len(" parts")) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ashgrove appeared in court on Wednesday, entering a plea of not guilty.", [("plea", False)]),
        ("Ashgrove entered a plea of guilty.", [("plea", True)]),
        ("After a losing streak, the Harts rested.", []),
    ],
)
def test_a_plea_entered_in_a_participle_clause(sentence: str, expected: list[tuple[str, bool]]) -> None:
    found = [(s.cls, s.positive) for s in events.outcome_statements(sentence) if s.cls == "plea" or s.cls == "contest"]
    assert found == expected


def test_a_place_named_after_a_place_noun() -> None:
    from checker.linkers._text import place_of

    assert place_of("a shell hit a school in the southern city of Khan Younis") == "Khan Younis"
    assert place_of("a shell hit a school in Pellow") == "Pellow"


def test_a_count_said_to_be_also_is_a_part() -> None:
    text = "Three people also died in an air strike."
    assert quantities.partial(text, 0, len("Three"))


@pytest.mark.parametrize(
    ("text", "holder", "thing"),
    [
        ("The Ostrava rail link will cost $800 million", "cost", "link"),
        ("The new depots are expected to cost $8 billion", "cost", "depot"),
        ("The ministry put the cost of the Ostrava rail link at $8 billion", "cost", "link"),
        ("Engineers estimated the total cost of the tunnels at about $2 billion", "cost", "tunnel"),
        ("The tram depot beside it will cost $45 million", "cost", "depot"),
        ("The cost is $40 million", "cost", None),
        # a price paid, or a loss told with "cost", is no holder's cost told here
        ("The ministry set the fare at $8", None, None),
    ],
)
def test_a_cost_told_with_the_noun_or_the_verb_holds_its_amount(
    text: str, holder: str | None, thing: str | None
) -> None:
    at = text.index("$")
    assert quantities.money_holder(text, at, len(text)) == holder
    assert quantities.costed_thing(text, at) == thing


@pytest.mark.parametrize(
    ("predicate", "outcome"),
    [
        (
            "of Pell were forced from their homes on Sunday",
            "evacuated",
        ),  # starts at the fourth word, ends after the sixth
        ("of Pell were evacuated on Sunday", "evacuated"),
        ("of Pell met the mayor on Sunday to ask when they could go back to their homes", None),
    ],
)
def test_an_outcome_phrase_may_end_after_the_words_it_must_start_in(predicate: str, outcome: str | None) -> None:
    assert quantities.outcome_in(predicate, 6)[0] == outcome


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Of the $10 million Orlen county fund, 60 percent, or $4 million, will go to roads.", 10e6),
        ("Of the $2.5 billion budget, more than half, $1.4 billion, goes to schools.", 2.5e9),
        ("Of the 200 members, about 40 percent, or about 80, voted to strike.", 200),
    ],
)
def test_a_stated_share_reads_totals_with_their_magnitude(text: str, total: float) -> None:
    [(_, found, _, _, _)] = quantities.stated_shares(text, 0, len(text))
    assert found == total


def test_an_anaphoric_share_finds_a_part_in_millions() -> None:
    text = "The budget is $40 million. More than half of it, $15 million, goes to schools."
    [(at, low, _, words)] = quantities.anaphoric_shares(text, 0, len(text))
    assert text[at:].startswith("$15 million") and low > 0.5 and words == "More than half"


def test_a_form_two_lemmas_make_is_the_longer_lemmas_in_every_process() -> None:
    """ "noted" is an inflection of "note" and, by the suffix rules, of "not": which one the index kept
    used to depend on the set order of the process (its hash seed), so -n workers could disagree."""
    import subprocess
    import sys

    code = (
        "from checker.language import frame_lexicons as f; "
        "print(f.lemma('noted'), f.lemma('noting'));"
        "import hashlib; print(hashlib.sha1(repr(sorted(f._form_index().items())).encode()).hexdigest())"
    )
    outs = set()
    for seed in ("0", "1", "2", "3"):
        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        outs.add(done.stdout)
    assert len(outs) == 1
    assert next(iter(outs)).startswith("note note\n")
