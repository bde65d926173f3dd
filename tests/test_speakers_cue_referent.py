"""Speakers at the cue, pronoun mentions and entity ids of articles outside a story (issue 13).

Articles we wrote, with invented names: each kind in several wordings and orders, with look-alike
controls that must stay as they are.
"""

from __future__ import annotations

from typing import Any

import pytest

from checker.links import Entity, Mention, StoryLinks
from checker.models import QuoteClaim
from checker.testing import Runner, RunResult
from tests.test_people_links import article, links_of

# --- 1. a surname at the cue is the person it denotes there, not a namesake introduced after it


NAMESAKE_AFTER = [
    (  # the cue after the quote, a relative introduced in the next paragraph
        "Judge Petra Lindqvist, 58, opened the hearing. "
        '"The court will not sit on Friday," Lindqvist said.\n\n'
        "Lindqvist's brother, Anders Lindqvist, 61, watched from the gallery.\n",
        "The court will not sit",
        "Petra Lindqvist",
    ),
    (  # an inverted cue, a rival named in the same paragraph right after it
        "Treasurer Irene Castellanos presented the budget on Monday. "
        '"The figures are final," said Castellanos. Later, Rafael Castellanos, a rival, spoke.\n',
        "The figures are final",
        "Irene Castellanos",
    ),
    (  # a quote split around its cue, the husband named after it
        "Fire chief Ruth Okafor, 47, visited the pumping station. "
        '"We tried," Okafor said, "but the pumps failed." '
        "Her husband, Emeka Okafor, 50, runs the depot.\n",
        "We tried",
        "Ruth Okafor",
    ),
    (  # the cue before the quote, a nephew named after it
        "Senator Wim Haverkamp spoke first at the rally. "
        'Haverkamp told the hall: "We will close the depot."\n\n'
        "Also there was Haverkamp's nephew, Joris Haverkamp, 22.\n",
        "We will close the depot",
        "Wim Haverkamp",
    ),
]


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (  # the cue before the quote; the sentence ends after the closing mark, a son named next
            "Mayor Nadia Krol, 49, spoke on Monday. "
            'According to Krol, "the depot is not for sale". Pavel Krol, her son, agreed.\n',
            "the depot is not",
            "Nadia Krol",
        ),
        (  # a quoted fragment in reported speech, a deputy of the same name next
            "Chief engineer Ingrid Salo inspected the dam on Sunday. "
            'Salo told the board the spillway "would hold all winter". Aksel Salo, her deputy, agreed.\n',
            "would hold all winter",
            "Ingrid Salo",
        ),
        (  # control: an abbreviated title at the cue ends no sentence
            "Governor Mirela Dancu, 58, toured the port. His cousin Petru Dancu, a pilot, met her there. "
            '"The port will not close," said Gov. Mirela Dancu.\n',
            "The port will not close",
            "Mirela Dancu",
        ),
        (  # control: a cue after the closing mark in the quote's own sentence is the speaker's
            'Mayor Nadia Krol, 49, spoke on Monday. "The depot is not for sale," said Pavel Krol, her son.\n',
            "The depot is not",
            "Pavel Krol",
        ),
    ],
)
def test_a_name_opening_the_next_sentence_is_not_the_quotes_cue(
    body: str, quote: str, speaker: str, claimcheck_run: Runner
) -> None:
    result = claimcheck_run(article(body))
    claim = _quote(result, quote)
    found = links_of(result).entity_of(claim)
    assert found is not None and found.canonical == speaker, found
    assert claim.speaker == speaker


def _quote(result: RunResult, start: str) -> QuoteClaim:
    [claim] = [c for c in result.claims("quote") if isinstance(c, QuoteClaim) and c.content.startswith(start)]
    return claim


@pytest.mark.parametrize(("body", "quote", "speaker"), NAMESAKE_AFTER)
def test_a_surname_at_the_cue_is_the_person_it_denotes_there(
    body: str, quote: str, speaker: str, claimcheck_run: Runner
) -> None:
    result = claimcheck_run(article(body))
    links = links_of(result)
    claim = _quote(result, quote)
    found = links.entity_of(claim)
    assert found is not None and found.canonical == speaker, found
    assert claim.speaker == speaker  # the extractor's own choice agrees
    # the same surname at the cue, as a person claim, is the same entity in the people links
    surname = speaker.split()[-1]
    at_cue = [
        c
        for c in result.claims("person")
        if c.text == surname and min(abs(c.span.start - claim.span.end), abs(claim.span.start - c.span.end)) < 40
    ]
    assert at_cue
    for c in at_cue:
        person = links.entity_of(c)
        assert person is not None and person.id == found.id
    # the report names the speaker as the links do
    [entry] = [q for a in result.report["articles"] for q in a["claims"] if q["id"] == claim.id]
    assert entry["speaker"] == speaker and entry["entity"] == found.id


def test_a_later_full_name_is_the_speaker_when_nobody_so_named_comes_before(claimcheck_run: Runner) -> None:
    body = (
        "The leisure board met on Tuesday.\n\n"
        '"We will reopen the pool," said Councillor Maeve Brennan, 45, who chairs the board.\n\n'
        "Her son, Cathal Brennan, 19, is a lifeguard there.\n"
    )
    result = claimcheck_run(article(body))
    found = links_of(result).entity_of(_quote(result, "We will reopen"))
    assert found is not None and found.canonical == "Maeve Brennan"


MAYOR = (
    "Mayor Lidia Fenwick, 52, said on Monday she would stand again. "
    '"I will not close the night market," Fenwick said.\n\n'
    "Fenwick's son, Oskar Fenwick, 20, said he would hand out leaflets.\n"
)


@pytest.mark.parametrize(
    ("other", "caught"),
    [
        # the mayor quoted the other way round in another outlet: caught, the son notwithstanding
        ('Mayor Lidia Fenwick told supporters: "I will close the night market."\n', True),
        # controls: the same words from the mayor; the opposite words from her son, another person
        ('Mayor Lidia Fenwick told supporters: "I will not close the night market."\n', False),
        ('Oskar Fenwick, 20, told supporters: "I will close the night market."\n', False),
    ],
)
def test_quote_fidelity_compares_the_speaker_at_the_cue(other: str, caught: bool, claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        {"a.md": article(MAYOR, outlet="Quayside Ledger"), "b.md": article(other, outlet="Evening Lantern")},
        select=["CC301"],
    )
    found = [f for f in result.findings("CC301") if f.outcome == "fail"]
    assert bool(found) == caught, found


# --- 2. a pronoun speaker resolved to a person is a mention of that person (form "pronoun")


def _pronouns(links: StoryLinks, entity: Entity) -> list[Mention]:
    return [m for m in links.mentions_of(entity) if m.form == "pronoun"]


@pytest.mark.parametrize(
    ("body", "quote", "speaker", "pronoun"),
    [
        (
            "Governor Ada Brisk, 61, visited the flooded school on Friday.\n\n"
            '"We will rebuild it by spring," she said.\n',
            "We will rebuild",
            "Ada Brisk",
            "she",
        ),
        (  # a quote split around its cue
            "Warden Ilse Tamm, 39, closed the trail on Saturday.\n\n"
            '"We tried to keep it open," she said, "but the bridge is unsafe."\n',
            "We tried to keep",
            "Ilse Tamm",
            "she",
        ),
        (
            "Coach Bram Velde watched the final from the bench. "
            '"We lost our nerve in the second half," he told reporters.\n',
            "We lost our nerve",
            "Bram Velde",
            "he",
        ),
    ],
)
def test_a_resolved_pronoun_speaker_is_a_mention_of_its_person(
    body: str, quote: str, speaker: str, pronoun: str, claimcheck_run: Runner
) -> None:
    result = claimcheck_run(article(body))
    links = links_of(result)
    claim = _quote(result, quote)
    entity = links.entity_of(claim)
    assert entity is not None and entity.canonical == speaker
    [m] = _pronouns(links, entity)
    assert (m.article, m.claim, m.text, m.form) == (result.results[0].path, claim.id, pronoun, "pronoun")
    assert m.span is not None and result.results[0].article is not None
    assert result.results[0].article.raw[m.span.start : m.span.end] == pronoun
    # the cue, not a word inside the quotation
    assert not any(p.span.start <= m.span.start < p.span.end for p in claim.parts)
    # the people links' own mentions are left as they were; the report lists the pronoun with them
    assert all(x.form != "pronoun" for x in entity.mentions)
    [story] = result.report["stories"]
    [listed] = [e for e in story["entities"] if e["id"] == entity.id]
    assert {"path": m.article, "claim": claim.id, "text": pronoun, "form": "pronoun"}.items() <= listed["mentions"][
        -1
    ].items()


@pytest.mark.parametrize(
    "body",
    [
        # a group speaks
        'Nurses Ada Brisk and Lene Moor walked out on Friday. "We are exhausted," they said.\n',
        # the unnamed official, not the person named before
        "Governor Ada Brisk toured the dam. A local official told reporters the spillway held. "
        '"We were lucky," he added.\n',
        # a named speaker; a pronoun inside the quotation is no cue
        'Governor Ada Brisk toured the dam. "She held, and he did too," Brisk said.\n',
        # a named speaker with a pronoun only in the quote before it
        'Governor Ada Brisk toured the dam. "Did she come?" asked Ivo Brandt. "Yes," Brandt said.\n',
    ],
)
def test_no_pronoun_mention_without_a_resolved_pronoun_speaker(body: str, claimcheck_run: Runner) -> None:
    links = links_of(claimcheck_run(article(body)))
    assert not links.get("pronouns")
    assert all(m.form != "pronoun" for e in links.entities for m in links.mentions_of(e))


# --- 3. every entity id of the report refers to an entities list, articles outside a story included


def _entry_of(report: dict[str, Any], art: dict[str, Any]) -> dict[str, Any]:
    """The stories entry an article's entity ids refer to."""
    found = [
        s
        for s in report["stories"]
        if (s["story"] is not None and s["story"] == art["story"])
        or (s["story"] is None and s.get("path") == art["path"])
    ]
    assert len(found) == 1, report["stories"]
    return found[0]


def test_articles_outside_a_story_each_have_their_own_entities(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        {
            "one.txt": "Mayor Dana Pell, 52, opened the footbridge on Monday.\n",
            "two.txt": "Councillor Ivo Brandt, 40, voted against the harbour budget.\n",
        },
        published="2026-01-01",
    )
    report = result.report
    assert [s["story"] for s in report["stories"]] == [None, None]
    assert sorted(s["path"] for s in report["stories"]) == sorted(a["path"] for a in report["articles"])
    for art in report["articles"]:
        entities = {e["id"]: e for e in _entry_of(report, art)["entities"]}
        persons = [c for c in art["claims"] if c["kind"] == "person"]
        assert persons
        for c in persons:
            assert entities[c["entity"]]["canonical"] == c["canonical"]
            assert any(m["path"] == art["path"] for m in entities[c["entity"]]["mentions"])


def test_a_story_keeps_one_entry_without_a_path(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        {
            "a.md": article("Mayor Dana Pell, 52, opened the footbridge on Monday.\n", story="bridge"),
            "b.md": article("Mayor Dana Pell cut the ribbon on Monday.\n", story="bridge", outlet="Evening Lantern"),
        }
    )
    [entry] = result.report["stories"]
    assert entry["story"] == "bridge" and "path" not in entry
    for art in result.report["articles"]:
        ids = {e["id"] for e in _entry_of(result.report, art)["entities"]}
        assert all(c["entity"] in ids for c in art["claims"] if "entity" in c)


def test_a_quote_carried_over_paragraphs_adds_one_pronoun_mention(claimcheck_run: Runner) -> None:
    body = (
        "Harbourmaster Tove Lindgren, 55, inspected the sea wall on Sunday.\n\n"
        '"The wall held through the night," she said.\n\n'
        '"The next storm may not be so kind."\n'
    )
    result = claimcheck_run(article(body))
    links = links_of(result)
    quotes = [c for c in result.claims("quote") if isinstance(c, QuoteClaim)]
    assert len(quotes) == 2
    entities = {links.entity_of(q) for q in quotes}
    [entity] = [e for e in entities if e is not None]
    assert entity.canonical == "Tove Lindgren"
    [m] = _pronouns(links, entity)
    assert m.claim == quotes[0].id and m.text == "she"


@pytest.mark.parametrize(
    ("body", "speaker", "pronoun"),
    [
        (
            "Inspector Oda Rask, 44, reached the quarry at noon. She told reporters the slope had moved.\n",
            "Oda Rask",
            "She",
        ),
        ("Pilot Jonas Eek landed the plane on the river. Later he said the engine had failed.\n", "Jonas Eek", "he"),
    ],
)
def test_a_resolved_pronoun_source_of_an_attribution_is_a_mention(
    body: str, speaker: str, pronoun: str, claimcheck_run: Runner
) -> None:
    result = claimcheck_run(article(body))
    links = links_of(result)
    [attribution] = [c for c in result.claims("attribution") if c.source.lower() == pronoun.lower()]
    entity = links.entity_of(attribution)
    assert entity is not None and entity.canonical == speaker
    [m] = _pronouns(links, entity)
    assert (m.claim, m.text) == (attribution.id, pronoun)
    assert m.span is not None and attribution.span.start <= m.span.start < attribution.span.end


def test_a_quote_and_its_attribution_share_one_pronoun_mention_the_quotes(claimcheck_run: Runner) -> None:
    result = claimcheck_run(article('Skipper Lise Holm, 50, brought the ferry in. "The sea was wild," she said.\n'))
    links = links_of(result)
    quote = _quote(result, "The sea was wild")
    entity = links.entity_of(quote)
    assert entity is not None and entity.canonical == "Lise Holm"
    [m] = _pronouns(links, entity)
    assert m.claim == quote.id
