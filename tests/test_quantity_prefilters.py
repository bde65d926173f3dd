"""The quantities linker's cheap tests before its costly readings find what the readings would."""

from __future__ import annotations

import pytest

from checker.language import quantities
from checker.linkers.quantities import _unattributed


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Of the 200 members, 40 percent, or 80, voted to strike.", True),
        ("More than half of that, $15,000, came from one donor.", True),
        ("A THIRD of the 300 nurses, 100, joined.", True),
        ("The 200 members voted to strike on Monday.", False),
        ("The union's 200 members voted, its president said.", False),
        ("Of the 200 members, 40 PER  CENT, or 80, voted to strike.", True),
        ("In recent years the century-old hall's 200 members were innocent of it.", False),  # "cent" in words
    ],
)
def test_a_sentence_names_a_share_when_the_share_readings_can_find_one(sentence: str, names: bool) -> None:
    assert quantities.names_share(sentence, 0, len(sentence)) is names
    if not names:
        assert quantities.stated_shares(sentence, 0, len(sentence)) == []
        assert quantities.anaphoric_shares(sentence, 0, len(sentence)) == []


def test_every_count_of_a_sentence_reads_its_one_site() -> None:
    sentence = "Shelling killed 12 people and wounded 30 others at a UN school in Khan Younis."
    first, second = sentence.index("12"), sentence.index("30")
    assert quantities.part_of(sentence, first, first + 2) == "site school in khan younis"
    assert quantities.part_of(sentence, second, second + 2) == quantities.part_of(sentence, first, first + 2)
    # a count with its own agent is the agent's, whatever the sentence's site
    agent = "At a UN school she had already treated 20 victims."
    at = agent.index("20")
    assert quantities.part_of(agent, at, at + 2) == "agent"


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Twelve people died in the fire, the fire service said.", "Twelve people died in the fire"),
        ("Twelve people died, according to the police.", "Twelve people died"),
        ("Twelve people died in the fire.", "Twelve people died in the fire."),  # no attribution: as written
        (
            "Twelve people died in the fire, the fire service SAID.",
            "Twelve people died in the fire, the fire service SAID.",
        ),
    ],
)
def test_an_attribution_tail_is_cut_from_a_figure_clause(sentence: str, clause: str) -> None:
    assert _unattributed(sentence) == clause
