"""Kinds of speaker attribution met in real news copy, each on text we wrote (invented names).

Each kind was an error of the speaker linker on ECB+ quotes (benchmarks/accuracy_speakers.py); the
tests assert the speaker entity of each quote, and the cue patterns of the speech lexicon's new
entry classes (``clause_cues``, ``speaker_ends``) entry by entry.
"""

from __future__ import annotations

import pytest

from checker.language import lexicons, speech
from checker.models import QuoteClaim
from checker.testing import Runner
from tests.test_people_links import article, links_of

SPEECH = lexicons.speech()

KINDS = """Harbour master Orla Quennell and the treasurer, Olaf Brenning, met on Monday.

"The pier is closed until spring," Captain Tamsin Vey, a coastguard spokeswoman, told Channel Nine.

Prime Minister Edvard Lund has dismissed calls to resign, saying the country needs "a calm hand on the tiller".

"We acted within the rules," Northern Harbour Police Sgt. Brenning said.

"Nobody was hurt at any point."

"The ferry will run again," said Ruben Askeland of the Northern Ferry Company, a private operator.

"It was a long night for the crew," said veteran skipper Halvor Dyrud Monday.

Askeland said nothing after the hearing, Dyrud said, describing the owners as "tired and very worried".

"We will rebuild the jetty," Lise Haugen and Per Moen added in a letter.

"We have lost two boats this winter," said 54-year-old fisherman Knut Rasmussen.

Brenning spoke first. Then a deckhand shouted, "Get everyone off the quay now!"

Quennell offered some advice to the crews who will work with Brenning:

"Keep your radios on at all times and check the tide tables twice."

A harbour spokeswoman said: "The berths will be reassigned next week."

"The harbour fees will not rise," the Tidewater Gazette quoted Lise Haugen as saying.

"We are ready," Per Moen, the pilot, and his crew said.
"""


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        ("The pier is closed", "Tamsin Vey"),  # an appositive between the name and "told", not the channel
        ("a calm hand", "Edvard Lund"),  # ", saying": the subject of the clause before the participle
        ("Nobody was hurt", "Olaf Brenning"),  # a quote right after one by the same speaker
        ("The ferry will run", "Ruben Askeland"),  # "of the Northern Ferry Company": an affiliation, not a name
        ("It was a long night", "Halvor Dyrud"),  # a day after the name is not part of it
        ("tired and very worried", "Halvor Dyrud"),  # the speech verb nearest the quote, not the first one
        ("We will rebuild", "Lise Haugen"),  # two people credited together: the first
        ("We have lost two boats", "Knut Rasmussen"),  # an age and a role before the name
        ("Get everyone off", None),  # "a deckhand": someone new, not the person named before
        ("Keep your radios on", "Orla Quennell"),  # the subject of a clause ending in a colon, not its object
        ("The berths will be", None),  # an indefinite description is nobody named
        ("The harbour fees", "Lise Haugen"),  # "quoted X as saying"
    ],
)
def test_each_kind_of_attribution_takes_its_speaker(quote: str, speaker: str | None, claimcheck_run: Runner) -> None:
    result = claimcheck_run(article(KINDS))
    links = links_of(result)
    [claim] = [c for c in result.claims("quote") if isinstance(c, QuoteClaim) and c.content.startswith(quote)]
    found = links.entity_of(claim)
    assert (found.canonical if found else None) == speaker


@pytest.mark.parametrize("cue", sorted(SPEECH.clause_cues))
def test_a_clause_cue_hands_the_quote_to_the_clause_subject(cue: str) -> None:
    text = f"However, Governor Ilse Marrow rejected the report, {cue} it was "
    assert speech.speaker_before(text) == ("Governor Ilse Marrow", cue)
    # after a subordinator, the pronoun subject: "years before he broke cover, admitting:"
    assert speech.speaker_before(f"It was years before he broke cover, {cue} in 2006: ") == ("he", cue)


@pytest.mark.parametrize("word", sorted(SPEECH.speaker_ends))
def test_a_speaker_end_word_is_not_part_of_the_name(word: str) -> None:
    found = speech.speaker_after(f", said skipper Halvor Dyrud {word} the quay.")
    assert found is not None and found[0] == "skipper Halvor Dyrud"


def test_cleaning_keeps_titles_of_offices_and_drops_affiliations() -> None:
    assert speech.clean_speaker("Secretary of State Mara Quist") == "Secretary of State Mara Quist"
    assert speech.clean_speaker("Ruben Askeland of the Northern Ferry Company") == "Ruben Askeland"
    assert speech.clean_speaker("Quennell herself") == "Quennell"
    assert speech.clean_speaker("Haugen and Moen") == "Haugen"


NAMES = """Festival directors Mara Quist and Olaf Brenning opened the season on Friday.

"We sold every seat," Brenning explains, "and we will add a matinee."

Programme chief A. J. Rundqvist confirmed the dates.

"The tour starts in May," Rundqvist said.

Choosing Quist as host was the board's idea, a member said.

Rescuers reached Tirta Lasi on Tuesday, and most families in Tirta Lasi slept outdoors.

"The roads are open again," he added.
"""


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        ("We sold every seat", "Olaf Brenning"),  # the second of two people named together; a present-tense cue
        ("The tour starts", "A. J. Rundqvist"),  # initials for the given names
        ("The roads are open", "A. J. Rundqvist"),  # "he": not the place written as a name, nor "Choosing Quist"
    ],
)
def test_names_written_together_with_initials_or_as_places(
    quote: str, speaker: str | None, claimcheck_run: Runner
) -> None:
    result = claimcheck_run(article(NAMES))
    links = links_of(result)
    people = {e.canonical for e in links.entities if e.kind == "person"}
    assert "Tirta Lasi" not in people and "Choosing Quist" not in people
    [claim] = [c for c in result.claims("quote") if isinstance(c, QuoteClaim) and c.content.startswith(quote)]
    found = links.entity_of(claim)
    assert (found.canonical if found else None) == speaker


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Families in Tirta Lasi slept outdoors.", True),  # place_before: a locative preposition
        ("Tirta Lasi district was cut off.", True),  # place_after: a place noun
        ("Staff in Mara Quist's office left.", False),  # a possessive is a person's
        ("Mara Quist said the roads were open.", False),
    ],
)
def test_a_name_written_as_a_place(text: str, place: bool) -> None:
    from checker.language import names

    start = text.index("Tirta Lasi") if "Tirta" in text else text.index("Mara Quist")
    end = start + len("Tirta Lasi" if "Tirta" in text else "Mara Quist")
    assert names.used_as_place(text, start, end) == place


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Programme chief A. J. Rundqvist said so.", ["A. J. Rundqvist"]),
        ("T.J. Rundqvist said so.", ["T.J. Rundqvist"]),
        ("The U.S. Navy said so.", []),  # initials of a place
        ("Olaf K. Brenning said so.", ["Olaf K. Brenning"]),  # a middle initial, not a name of its own
        ("They live in Tirta, B. C. Tirta is small.", []),  # a province after a place, not initials
    ],
)
def test_initials_stand_for_given_names_only_at_the_start_of_a_name(text: str, found: list[str]) -> None:
    from checker.language import names

    assert [name for _, _, name, _ in names.people_in(text)] == found


ROUND3 = """Harbour master Orla Quennell and disaster agency spokesman Edvin Lunde Strand met on Monday.

Below is a statement by Orla Quennell, head of the harbour board:

"The berths will be reassigned before the storm season."

"The sea wall held," said agency spokesman Strand.

Ironically Strand had warned of the storm a week before, the Tidewater Gazette said.

"Nobody was hurt," Strand told the crews, adding that the ferries would sail again.

Edvin Lunde Strand visited the pier, and a local official showed him the damage. "The pumps failed at midnight," he said.

Quennell met the crews. A young fisherman named Thomas Brandt showed his nets to the crews. "We lost half of them," she said.

On Saturday the Harbour Master said she regretted the closure of the "old and much-loved" fish market.
"""


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        ("The berths will be", "Orla Quennell"),  # "a statement by X, …:" names the source before the colon
        ("The sea wall held", "Edvin Lunde Strand"),  # a surname after its role noun
        ("Nobody was hurt", "Edvin Lunde Strand"),  # ", adding that …" after the quote is no speaker
        ("The pumps failed", None),  # "he" after an unnamed official: not the person named before
        ("old and much-loved", "Orla Quennell"),  # a role with capitals ("the Harbour Master")
        ("We lost half", "Orla Quennell"),  # an indefinite person then named is no unnamed speaker
    ],
)
def test_round_three_kinds(quote: str, speaker: str | None, claimcheck_run: Runner) -> None:
    result = claimcheck_run(article(ROUND3))
    links = links_of(result)
    assert "Ironically Strand" not in {e.canonical for e in links.entities}
    [claim] = [c for c in result.claims("quote") if isinstance(c, QuoteClaim) and c.content.startswith(quote)]
    found = links.entity_of(claim)
    assert (found.canonical if found else None) == speaker


def test_surname_keys_give_the_people_a_name_may_be_in_story_order() -> None:
    from checker.language import names
    from checker.linkers.speakers import _first_named, _SurnameKeys
    from checker.links import Entity

    people = [
        Entity(id="E1", canonical="Orla Quennell", forms=("Orla Quennell", "Quennell")),
        Entity(id="E2", canonical="Moammar Qadhafi", forms=("Moammar Qadhafi",)),
        Entity(id="E3", canonical="Ivo Quennel", forms=("Ivo Quennel",)),
        Entity(id="E4", canonical="Muammar Gaddafi", forms=("Muammar Gaddafi",)),
    ]
    keys = _SurnameKeys(people)
    assert [e.id for e in keys.named_by(names.surname_key("Quennell"))] == ["E1", "E3"]
    # one name romanised twice has one key, so both spellings are asked about
    assert [e.id for e in keys.named_by(names.surname_key("Gaddafi"))] == ["E2", "E4"]
    assert keys.named_by(names.surname_key("Brenning")) == []
    for core in ("Quennell", "Ivo Quennel", "Gaddafi", "Muammar Qadhafi", "Brenning"):
        found = _first_named(keys.named_by(names.surname_key(core)), core)
        assert found == _first_named(people, core), core
