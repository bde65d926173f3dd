"""The news sentence splitter: abbreviations, initials, clock times and quotations around their attribution."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.language.sentences import split

CASES = [
    # (paragraph, the sentences it must give)
    ("Lt. Col. Jane Doe met Gen. Mark Ruiz on Friday. They spoke for an hour.",
     ["Lt. Col. Jane Doe met Gen. Mark Ruiz on Friday.", "They spoke for an hour."]),
    ("The convoy left at 10 a.m. Monday and arrived at 3 p.m. Aid workers unloaded it overnight.",
     ["The convoy left at 10 a.m. Monday and arrived at 3 p.m.", "Aid workers unloaded it overnight."]),
    ("He lives on St. Mark's Place near No. 2 Engine. It burned on Sept. 30 last year.",
     ["He lives on St. Mark's Place near No. 2 Engine.", "It burned on Sept. 30 last year."]),
    ("Approx. 40 people, e.g. the Rev. Ann Cole, came. John F. Kennedy Airport was shut.",
     ["Approx. 40 people, e.g. the Rev. Ann Cole, came.", "John F. Kennedy Airport was shut."]),
    ("The aid was paid for by the U.S. The money ran out in May.",
     ["The aid was paid for by the U.S.", "The money ran out in May."]),
    ("The U.S. Embassy and the U.N. Security Council said nothing. Talks resume in Geneva.",
     ["The U.S. Embassy and the U.N. Security Council said nothing.", "Talks resume in Geneva."]),
    ("“This is not a decision that was taken lightly,” Kirby said. “The United States spared no effort.”",
     ["“This is not a decision that was taken lightly,” Kirby said.", "“The United States spared no effort.”"]),
    ("“We will not stop. We will go on,” he said. Officials disagreed.",
     ["“We will not stop. We will go on,” he said.", "Officials disagreed."]),
    ('"We tried. We failed," she said. The vote was 5-2.', ['"We tried. We failed," she said.', "The vote was 5-2."]),
    ("“Unfortunately, Russia failed to live up to its own commitments” to stop bombing, Kirby said Monday, “and was unable.”",
     ["“Unfortunately, Russia failed to live up to its own commitments” to stop bombing, Kirby said Monday, “and was unable.”"]),
    ("An opening quote never closed. “It goes on. And on.", ["An opening quote never closed.", "“It goes on.", "And on."]),
    ("Plan B. The second plan worked! Did it? Yes... It did.",
     ["Plan B.", "The second plan worked!", "Did it?", "Yes...", "It did."]),
    ("Prices rose 3.5 percent. Acme Inc. in Ohio said so.", ["Prices rose 3.5 percent.", "Acme Inc. in Ohio said so."]),
    ("  Leading and trailing spaces.  Kept out.  ", ["Leading and trailing spaces.", "Kept out."]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][0][:24] for c in CASES])
def test_news_sentences(text: str, expected: list[str]) -> None:
    sentences = split(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_offsets_are_exact() -> None:
    text = "Kirby spoke at 9 a.m. ET. He left."
    assert [(s.start, s.end) for s in split(text)] == [(0, 25), (26, 34)]


def test_empty_and_blank() -> None:
    assert split("") == [] and split(" \n\t ") == []


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*'Aa. “”"!?\n…US', " Mr. ", " a.m. ", " Sept. 3", "U.S."]), max_size=80).map("".join))
def test_sentences_in_bounds_ordered_and_exact(text: str) -> None:
    last = 0
    for s in split(text):
        assert last <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text == s.text.strip()
        last = s.end
    # nothing but whitespace lies outside the sentences
    covered = "".join(s.text for s in split(text))
    assert "".join(text.split()) == "".join(covered.split())


#: the splitter's candidate pattern as issue 11 wrote it (look back first): the same matches, slower
_LOOK_BACK_FIRST = r"(?<![.!?…])[.!?…]++[\"”’)\]]*+(?=\s+[\"“‘(\[]?[A-Z0-9])"


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [".", "..", "!", "?", "…", '"', "”", "’", ")", "]", " ", "\n", "A", "a", "7", "“", "(", "Mr", "U.S"]
        ),
        max_size=40,
    ).map("".join)
)
def test_sentence_ends_are_the_candidates_of_the_look_back_first_pattern(text: str) -> None:
    import re

    from checker.language.sentences import _CANDIDATE

    assert [m.span() for m in _CANDIDATE.finditer(text)] == [m.span() for m in re.finditer(_LOOK_BACK_FIRST, text)]
