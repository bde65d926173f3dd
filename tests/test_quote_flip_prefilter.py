"""CC301's verdict tells two short quotes apart without the sequence matcher only when no single flip
could make them one: the same verdicts as with the matcher run on every pair."""

from __future__ import annotations

import random
from functools import partial

import pytest

import rules.quotes as quotes
from checker.language import lexicons, speech

NEGATIONS = lexicons.speech().negations
OPPOSITE = partial(speech.opposite, pairs=speech.antonyms(), prefixes=speech.negative_prefixes())
#: words a pair is made of: function words, "do", negations, antonyms, numbers and an ellipsis, so that
#: flips, negations in place, cuts and unrelated words all occur
WORDS = quotes.words(
    "we will the vote was fair unfair final raise cut ready grateful for not never no does did do need needs "
    "3 4 … council rates review publish safe fixed cranes are until"
)


def pairs(seed: int, n: int) -> list[tuple[list[str], list[str]]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        a = [rng.choice(WORDS) for _ in range(rng.randint(3, 13))]
        # a rendering with a few edits, or (one pair in three) another remark in the same words
        b = list(a) if rng.random() < 0.67 else [rng.choice(WORDS) for _ in range(rng.randint(3, 13))]
        for _ in range(rng.randint(0, 3)):  # a few edits: replace, insert or drop a word
            i = rng.randrange(len(b) + 1)
            edit = rng.choice(("replace", "insert", "drop"))
            if edit == "insert" or not b[i:]:
                b.insert(i, rng.choice(WORDS))
            elif edit == "replace":
                b[i] = rng.choice(WORDS)
            else:
                del b[i]
        out.append((a, b))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_same_verdict_as_the_matcher_gives_every_pair(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    cases = pairs(seed, 1500)
    fast = [quotes.verdict(a, b, 0.6, NEGATIONS, None, OPPOSITE) for a, b in cases]
    shortcut = sum(quotes._own_words(*_short_and_vocab(a, b), NEGATIONS) > 1 for a, b in cases)
    monkeypatch.setattr(quotes, "_own_words", lambda *args: 0)  # every pair to the matcher
    slow = [quotes.verdict(a, b, 0.6, NEGATIONS, None, OPPOSITE) for a, b in cases]
    assert fast == slow
    # the pairs reach every outcome, and the shortcut is taken on some of them
    assert {v[0] for v in slow} == {None, "warn", "fail"}
    assert shortcut > 100


def _short_and_vocab(a: list[str], b: list[str]) -> tuple[list[str], set[str]]:
    short, long_ = (b, a) if len(a) > len(b) else (a, b)
    return short, set(long_)


def test_a_flipped_word_in_a_short_quote_still_fails() -> None:
    said = quotes.words("the ferry vote was fair and final")
    quoted = quotes.words("the ferry vote was unfair and final")
    assert quotes.verdict(quoted, said, 0.9, NEGATIONS, None, OPPOSITE)[0] == "fail"
    # a different remark with two words of its own is not compared
    other = quotes.words("the ferry timetable was fair and clear")
    assert quotes.verdict(other, said, 0.9, NEGATIONS, None, OPPOSITE)[0] is None


@pytest.mark.parametrize(
    ("quoted", "said"),
    [
        ("the council does not need cranes", "the council needs cranes fixed until the rates"),
        ("we did not expect the vote", "we expected the vote was ready for review now"),
    ],
)
def test_a_verb_negated_in_one_rendering_only_is_still_compared(quoted: str, said: str) -> None:
    # "does", "did" and "not" are words of the short quote's own, and the two quotes share too few
    # words to be alike: only the one flip makes them one quote
    outcome, changes = quotes.verdict(quotes.words(quoted), quotes.words(said), 0.6, NEGATIONS, None, OPPOSITE)
    assert outcome == "fail"
    assert len(changes) == 1 and " not " in f" {changes[0][0]} "
