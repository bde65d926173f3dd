"""Quote claims: split, multi-paragraph, partial and nested quotes, with speakers resolved to full names."""

from __future__ import annotations

import pytest
from conftest import SEEDS, needs_shared
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extractors.quotes import find_quotes
from checker.models import Article, QuoteClaim, Segment
from checker.segmenter import claimcheck_segment


def parse(text: str) -> tuple[Article, list[Segment]]:
    article = Article(path="t.txt", raw=text)
    return article, [s for s in claimcheck_segment(article, None) if s.kind != "furniture"]  # type: ignore[arg-type]


def quotes(text: str) -> list[QuoteClaim]:
    article, segments = parse(text)
    found = find_quotes(article, segments)
    for q in found:  # every span points at the text it claims
        assert article.raw[q.span.start : q.span.end] == q.text
        for part in q.parts:
            assert article.raw[part.span.start : part.span.end] == part.text
    return found


def test_split_quote_is_one_claim_with_two_parts() -> None:
    text = (
        "State Department spokesman John Kirby spoke on Monday.\n\n"
        "“We will not walk away from the table,” Kirby said. “But the talks are over for now.”\n"
    )
    [q] = quotes(text)
    assert [p.text for p in q.parts] == ["We will not walk away from the table,", "But the talks are over for now."]
    assert q.speaker == "John Kirby"
    assert q.speaker_text == "Kirby"
    assert q.cue == "said"
    assert q.content == "We will not walk away from the table, But the talks are over for now."
    assert q.form == "full"
    assert not q.unbalanced


def test_straight_marks_and_inverted_cue() -> None:
    text = 'Mayor Linda Okafor visited the flooded street.\n\n"We will rebuild every house," said Okafor.\n'
    [q] = quotes(text)
    assert q.content == "We will rebuild every house,"
    assert q.speaker == "Linda Okafor"
    assert q.speaker_text == "Okafor"


def test_two_quotes_with_a_sentence_between_are_two_claims() -> None:
    text = (
        "Chief executive Ron Okoye said “We took a big swing, and we hit a home run.” Air force officials said "
        "the contract was awarded on cost, with analyst Dan Stroud saying “The key was the fuel load.”\n"
    )
    first, second = quotes(text)
    assert (first.content, first.speaker) == ("We took a big swing, and we hit a home run.", "Ron Okoye")
    assert (second.content, second.speaker) == ("The key was the fuel load.", "Dan Stroud")


def test_split_quote_continuing_the_sentence() -> None:
    text = (
        "“Unfortunately, the city failed to keep its own promises” to residents of the flooded streets, "
        "Mayor Linda Okafor said in a statement on Monday, “and was unable to move them in time.”\n"
    )
    [q] = quotes(text)
    assert len(q.parts) == 2
    assert q.speaker == "Linda Okafor"
    assert q.form == "trimmed"


def test_quote_running_over_paragraphs() -> None:
    text = (
        "“The first thing we did was call the fire brigade,” said Maria Lopez, a neighbour. “Then we waited.\n\n"
        "“Nobody came for two hours.”\n\n"
        "The fire was put out by noon.\n"
    )
    [q] = quotes(text)
    assert [p.text for p in q.parts] == [
        "The first thing we did was call the fire brigade,",
        "Then we waited.",
        "Nobody came for two hours.",
    ]
    assert q.parts[2].span.line == 3
    assert q.speaker == "Maria Lopez"
    assert not q.unbalanced


def test_partial_quote_and_role_noun_speaker() -> None:
    text = (
        "Russian President Vladimir Putin met the envoy in Moscow.\n\n"
        "The Russian leader said he left the talks because of “hostile moves” by the West.\n"
    )
    [q] = quotes(text)
    assert q.content == "hostile moves"
    assert q.form == "partial"
    assert q.speaker_text == "The Russian leader"
    assert q.speaker == "Vladimir Putin"


def test_trimmed_quote_goes_on_outside_the_marks() -> None:
    text = "“The city failed to keep its own promises” to residents, Mayor Linda Okafor said on Tuesday.\n"
    [q] = quotes(text)
    assert q.form == "trimmed"
    assert q.speaker == "Linda Okafor"


def test_nested_single_quotes_stay_inside() -> None:
    text = "Teacher Paul Meyer sheltered the class.\n\n“He told me, ‘Leave now,’ and I did,” Meyer said.\n"
    [q] = quotes(text)
    assert q.content == "He told me, ‘Leave now,’ and I did,"
    assert q.speaker == "Paul Meyer"


def test_bracketed_insertion_is_kept_in_the_content() -> None:
    text = "“They struck [the rebel group] twice,” said Col. Ana Ruiz.\n"
    [q] = quotes(text)
    assert "[the rebel group]" in q.content
    assert q.speaker == "Ana Ruiz"


def test_the_spokesman_is_the_last_named_spokesperson() -> None:
    text = (
        "Pentagon spokeswoman Dana White and Navy spokesman Tom Grady briefed reporters.\n\n"
        "“The ship is safe,” the spokesman said.\n"
    )
    [q] = quotes(text)
    assert q.speaker == "Tom Grady"


def test_pronoun_points_to_the_last_named_speaker() -> None:
    text = (
        "“We expect a vote next week,” Senator Ruth Adler said.\n\n"
        "Her office did not say when.\n\n"
        "“It will be close,” she said.\n"
    )
    first, second = quotes(text)
    assert first.speaker == "Ruth Adler"
    assert second.speaker_text == "she"
    assert second.speaker == "Ruth Adler"


def test_title_and_surname_resolve_to_the_full_name() -> None:
    text = (
        "Local fisherman Joe Baptiste, 62, said his boat was lost.\n\n"
        "“The sea took everything,” Mr. Baptiste said.\n\n"
        "“We will come back,” they said.\n"
    )
    first, second = quotes(text)
    assert (first.speaker, first.speaker_text) == ("Joe Baptiste", "Mr. Baptiste")
    assert (second.speaker, second.speaker_text) == (None, "they")


def test_statement_from_a_titled_person() -> None:
    text = "“This decision was not taken lightly,” a statement from State Department Spokesperson John Kirby said.\n"
    [q] = quotes(text)
    assert q.speaker == "John Kirby"
    assert q.cue == "said"


def test_unbalanced_opening_mark_is_reported_not_guessed() -> None:
    text = "“The bridge will reopen in May, the council said.\n\nWork began last year.\n"
    [q] = quotes(text)
    assert q.unbalanced
    assert q.content.startswith("The bridge will reopen")


def test_stray_closing_mark_is_unbalanced() -> None:
    [q] = quotes("The bridge will reopen in May,” the council said.\n")
    assert q.unbalanced


def test_quote_without_attribution_has_no_speaker() -> None:
    [q] = quotes("The sign read “Closed for repairs” all week.\n")
    assert q.speaker is None
    assert q.form == "partial"


@needs_shared(SEEDS / "gold.yaml")
@pytest.mark.parametrize(
    ("name", "line", "words", "speaker"),
    [
        ("000_c04042c6ce3db92b.txt", 2, "This is not a decision that was taken lightly", "John Kirby"),
        ("000_c04042c6ce3db92b.txt", 10, "Russia and the Syrian regime have chosen", "John Kirby"),
        (
            "002_9200173ddc167a50.txt",
            10,
            "Unfortunately, Russia failed to live up to its own commitments",
            "John Kirby",
        ),
        ("002_9200173ddc167a50.txt", 14, "unfriendly actions", "Vladimir Putin"),
        ("002_9200173ddc167a50.txt", 22, "This is not a decision that was taken lightly", "John Kirby"),
    ],
)
def test_seed_quotes_have_their_speakers(name: str, line: int, words: str, speaker: str) -> None:
    article, segments = parse((SEEDS / name).read_text(encoding="utf-8"))
    found = [q for q in find_quotes(article, segments) if q.span.line == line and words in q.content]
    assert [q.speaker for q in found] == [speaker]


def test_seed_000_split_quote_keeps_both_parts() -> None:
    text = (
        "“This is not a decision that was taken lightly,” a statement from State Department Spokesperson John "
        "Kirby said. “The United States spared no effort, including [the Islamic State group].”\n"
    )
    [q] = quotes(text)
    assert len(q.parts) == 2
    assert q.parts[1].text.endswith("[the Islamic State group].")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab Kirby said“”"‘’,.\n[]-JohnMr')), max_size=200))
def test_any_text_gives_spans_in_bounds(text: str) -> None:
    article, segments = parse(text)
    for q in find_quotes(article, segments):
        assert 0 <= q.span.start <= q.span.end <= len(text)
        for p in q.parts:
            assert 0 <= p.span.start <= p.span.end <= len(text)


# -- the mark-first scans of single quotation marks (speed, issue 16) -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "'We will not pay,' she said. 'Not now.' The Smiths' house, rock 'n' roll, the '90s.",
        "(‘Stay calm,’ he wrote) — 'We are ready' — and ‘Then again’s end’ '' ' ' a'' ’",
        "'Right now, things are tense. ¶ She called the lane 'Vaszary's wall",
    ],
)
def test_single_marks_are_found_as_the_lookbehind_first_patterns_found_them(text: str) -> None:
    import re

    from conftest import FIXTURES

    from checker.language import quotation

    opening = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))[‘'](?=[\w…])")
    closing = re.compile(r"(?<=[^\s‘'])[’'](?=$|[\s,.;:!?)\]—–-])")
    paragraphs = [text]
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix in (".md", ".txt", ".html"):
            paragraphs += path.read_text(encoding="utf-8", errors="replace").split("\n\n")
    for paragraph in paragraphs:
        for fast, slow in ((quotation._OPEN, opening), (quotation._CLOSE, closing)):
            assert [m.span() for m in fast.finditer(paragraph)] == [m.span() for m in slow.finditer(paragraph)]
            for start in range(0, len(paragraph), 11):
                got, want = fast.search(paragraph, start, start + 30), slow.search(paragraph, start, start + 30)
                assert (got and got.span()) == (want and want.span())
