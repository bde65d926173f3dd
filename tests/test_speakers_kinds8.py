"""Speaker and quote-fidelity kinds from the second issue-13 review, each on text we wrote.

- relatives sharing a surname, each quoted by honorific and surname: the quote goes to the person
  the cue's own mention links to (the honorific's gender), not to the last-named namesake;
- an inverted cue at a clause end ('"…," Okonjo said.') is a person mention, so a surname never
  introduced is reported (CC601).
"""

from __future__ import annotations

from functools import partial

import pytest

from checker.language import lexicons, speech
from checker.models import QuoteClaim
from checker.testing import Runner
from rules.quotes import verdict
from tests.test_people_links import article, links_of

RELATIVES = """Harriet Quennell and her brother, Oswin Quennell, gave evidence on Thursday.

"The crossing was never lit at night," Ms Quennell said.

"The crossing was lit at night," Mr. Quennell said.

Mr Quennell told the coroner: "We asked the council twice."
"""


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        ("The crossing was never lit", "Harriet Quennell"),  # "Ms": the woman, though her brother is named last
        ("The crossing was lit", "Oswin Quennell"),
        ("We asked the council", "Oswin Quennell"),  # a cue before the quote
    ],
)
def test_an_honorific_picks_the_relative_of_its_gender(quote: str, speaker: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(article(RELATIVES))
    links = links_of(result)
    [claim] = [c for c in result.claims("quote") if isinstance(c, QuoteClaim) and c.content.startswith(quote)]
    found = links.entity_of(claim)
    assert found is not None and found.canonical == speaker
    assert not result.findings("CC301")


@pytest.mark.parametrize(
    ("cue", "reported"),
    [
        ('"Nobody expected it to rise so fast," Okonjo said.', True),
        ('"The pumps held," Okonjo said, adding that two homes were flooded.', True),
        ('"The pumps held!" Okonjo said.', True),
        ("Okonjo told reporters the pumps held.", True),
        ('"The pumps held," said engineer Adaeze Okonjo. "Nobody expected it," Okonjo said.', False),
        ('"Enough said," the warden said. Enough said.', False),
    ],
)
def test_an_inverted_cue_names_a_person(cue: str, reported: bool, claimcheck_run: Runner) -> None:
    result = claimcheck_run(article(f"The river burst its banks at Stannard Weir on Sunday.\n\n{cue}\n"))
    found = result.findings("CC601")
    assert bool(found) == reported, found


SPEECH_NEGATIONS = lexicons.speech().negations
OPPOSITE = partial(speech.opposite, pairs=speech.antonyms(), prefixes=speech.negative_prefixes())


@pytest.mark.parametrize(
    ("a", "b", "outcome"),
    [
        ("the pier was safe and sound", "the pier was unsafe and sound", "fail"),  # a negative prefix
        ("we will raise the fares", "we will cut the fares", "fail"),  # a lexicon pair
        ("2 in 5 pupils walk", "3 in 5 pupils walk", "fail"),  # a number (quote words write numbers as digits)
        ("was unfair and final", "the vote was fair and final", "fail"),  # a cut fragment, one flip
        ("the plan will work well", "the plan will not work well", "fail"),  # a negation added
        ("we are ready for the vote", "we are grateful for the vote", None),  # unrelated words: two remarks
        ("we are ready", "we are not ready", None),  # too short to say it is one remark
        ("the ferry leaves at noon today", "the ferry arrives at noon today", None),  # no flip, too few shared runs
    ],
)
def test_a_short_quote_is_compared_when_its_one_difference_flips_it(a: str, b: str, outcome: str | None) -> None:
    found, _ = verdict(a.split(), b.split(), 0.6, SPEECH_NEGATIONS, None, OPPOSITE)
    assert found == outcome


def test_an_antonym_swap_in_a_long_quote_fails_and_another_word_warns() -> None:
    base = [
        "the",
        "council",
        "will",
        "raise",
        "the",
        "parking",
        "fees",
        "in",
        "the",
        "town",
        "centre",
        "next",
        "spring",
    ]
    assert (
        verdict(base, [("cut" if w == "raise" else w) for w in base], 0.6, SPEECH_NEGATIONS, None, OPPOSITE)[0]
        == "fail"
    )
    assert (
        verdict(base, [("set" if w == "raise" else w) for w in base], 0.6, SPEECH_NEGATIONS, None, OPPOSITE)[0]
        == "warn"
    )


@pytest.mark.parametrize("pair", sorted(tuple(sorted(p)) for p in speech.antonyms()))
def test_each_antonym_pair_is_opposite_both_ways(pair: tuple[str, str]) -> None:
    x, y = pair
    assert OPPOSITE(x, y) and OPPOSITE(y, x)
    assert not OPPOSITE(x, x)


@pytest.mark.parametrize("prefix", speech.negative_prefixes())
def test_each_negative_prefix_makes_an_opposite(prefix: str) -> None:
    assert OPPOSITE("mortal", prefix + "mortal")
    assert not OPPOSITE("al", prefix + "al")  # a bare word under three letters is no word the prefix negates


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        ("Union organiser Keir Dalloway said the owner, Roswitha Brandauer, had promised them ", "Roswitha Brandauer"),
        ("Dalloway said Brandauer had assured him ", "Brandauer"),
        ("Dalloway accused Brandauer of saying ", "Brandauer"),
        ("Dalloway recalled Brandauer saying ", "Brandauer"),
        ("Dalloway told Brandauer: ", "Dalloway"),  # the subject's own words to the person named
        ("Dalloway said Brandauer was ", "Dalloway"),  # a label the subject gives, not Brandauer's words
    ],
)
def test_a_quoted_fragment_in_reported_speech_takes_the_reported_speaker(before: str, speaker: str) -> None:
    found = speech.speaker_before(before)
    assert found is not None and found[0] == speaker


@pytest.mark.parametrize("word", sorted(lexicons.speech_words("cue_auxiliaries")))
def test_each_cue_auxiliary_may_stand_before_the_verb(word: str) -> None:
    verb = "saying" if word == "of" else "told"
    assert speech.speaker_before(f"Dalloway said Roswitha Brandauer {word} {verb} them ") == (
        "Roswitha Brandauer",
        verb,
    )
