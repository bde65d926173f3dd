"""Scans written by hand for speed where a pattern searched every place of a text: each finds what
its pattern finds, on our fixture articles at every name-like place and on made-up edge cases."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.language import names
from checker.linkers import story_names

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
#: the pattern :func:`names.learned_word_before` stands for
LEARNED_BEFORE = re.compile(r"(?:(?:(?<=^)|(?<=\n)|(?<=[.!?]\s))[A-Z]|(?<=\s)[a-z])(?P<rest>[a-z]{3,})\s+$")
EDGES = [
    "church organist Ana Pruitt",
    "said the beekeeper Osric Tamm",
    "Beekeeper Osric Tamm",
    "It rained. Beekeeper Osric Tamm",
    "It rained.\nBeekeeper Osric Tamm",
    "It rained.  Beekeeper Osric Tamm",
    "the orgánist Ana Pruitt",
    "an ox Ana",
    "\u00a0keeper\u00a0Ana",
    "x-keeper Ana",
    "  Ana",
    "Ana",
]


def _texts() -> list[str]:
    paths = sorted(FIXTURES.rglob("*.md"))[:400]
    return [p.read_text(encoding="utf-8") for p in paths] + EDGES


def test_fixture_articles_are_read() -> None:
    assert len(_texts()) > 100


@pytest.mark.parametrize("window", [30, 5])
def test_the_learned_word_before_a_name_is_the_one_its_pattern_finds(window: int) -> None:
    tried = found = 0
    for text in _texts():
        for m in re.finditer(r"[A-Z][a-z]+", text):
            start = m.start()
            base = max(0, start - window)
            expected = LEARNED_BEFORE.search(text, base, start)
            assert names.learned_word_before(text, base, start) == (expected.start() if expected else -1), text[
                base:start
            ]
            tried += 1
            found += expected is not None
    assert tried > 1000 and found > 10


def test_a_capitalised_word_before_a_surname_is_found_wherever_the_pattern_may_match() -> None:
    checked = 0
    for text in _texts():
        for word in sorted(set(re.findall(r"\b[A-Z][a-z]{3,}\b", text)))[:15]:
            pattern = re.compile(rf"\b([A-Z][\w.’'-]*)\s+{re.escape(word)}\b")
            if pattern.search(text):
                assert story_names._capital_word_before(text, word), word
                checked += 1
    assert checked > 100
