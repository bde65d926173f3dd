"""The sources linker: each hedge, estimate, toll and accusation classified once, as CC401 and CC501 read it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checker import hookimpl, rule
from checker.links import CueLink
from tests.conftest import Run, write

HEAD = "---\ntitle: Test\npublished: 2023-06-14\noutlet: Orrin Valley Courier\nstory: {story}\n---\n"


def cues(tmp_path: Path, cli: Callable[..., Run], body: str) -> list[tuple[str, str, str, str]]:
    """(kind, text, status, reason) of every classified cue of one article, through a rule reading links."""
    seen: list[CueLink] = []

    @rule("HS991", "cue-dump")
    def cue_dump(article, links):
        """Record the classified cues.

        What it checks:
            Nothing; a test rule.

        Why it matters:
            It shows what the sources linker made.

        Example:
            Any.

        Instead:
            Nothing.

        Options:
            None.
        """
        seen.extend(links.cues_in(article.path))
        yield from ()

    class Plugin:
        @hookimpl
        def claimcheck_register_rules(self):
            return [cue_dump]

    (path,) = write(tmp_path, {"a.md": HEAD.format(story=tmp_path.name) + body})
    cli(path, "--no-config", "--select", "HS991", plugins=[Plugin()])
    assert seen is not None
    return [(c.kind, c.text, c.status, c.reason) for c in seen]


def test_an_estimate_and_its_hedge_are_one_cue(tmp_path: Path, cli: Callable[..., Run]) -> None:
    found = cues(tmp_path, cli, "An estimated 40,000 civilians have fled the city.\n")
    assert [(k, s) for k, _, s, _ in found] == [("toll", "unsourced")]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("The works closed the valley road, the agency said. An estimated 60,000 people were displaced.\n",
         "previous sentence"),
        ("According to the charging papers, the firm billed the county twice.\n\nIt also overbilled the "
         "school board.\n", "passage source"),
        ("About 30 people were killed, police said.\n", "sentence"),
    ],
)  # fmt: skip
def test_a_source_nearby_covers_the_claim(tmp_path: Path, cli: Callable[..., Run], body: str, reason: str) -> None:
    found = [c for c in cues(tmp_path, cli, body) if c[0] != "hedge"]
    assert found and all(s == "sourced" for _, _, s, _ in found)
    assert reason in {r for *_, r in found}


def test_a_source_in_the_next_sentence_or_paragraph_does_not(tmp_path: Path, cli: Callable[..., Run]) -> None:
    body = "Roughly 275,000 civilians are trapped in the city.\n\nAid groups said the roads were closed.\n"
    assert [(k, s) for k, _, s, _ in cues(tmp_path, cli, body)] == [("toll", "unsourced")]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("Experts believe the dam was weakened by the floods.\n", "vague"),
        ("It is widely believed that the owners will sell.\n", "vague"),
        ("Police believe the driver fell asleep.\n", "held"),
        ("The driver is believed to have fled on foot.\n", "unheld"),
        ("Police said a van was found near the mill. The driver is believed to have fled on foot.\n", "held"),
        ("Oppal said some legal experts believe the charges will not stand.\n", "held"),
        ('The mayor seemed to hold out hope, writing: "We will rebuild."\n', "exempt"),
        ("The fire appears to have been started deliberately.\n", "unheld"),
        ("The alleged gunman was taken to hospital.\n", "exempt"),
        ("If the wall is thought to be unsafe, the school will close.\n", "exempt"),
        ("# Church fire apparently set by an arsonist\n\nThe fire broke out on Friday.\n", "exempt"),
        ("Gaetano Lo Presti, one of 99 alleged Mafia members, died in prison.\n", "exempt"),
    ],
)
def test_hedges_by_holder(tmp_path: Path, cli: Callable[..., Run], body: str, status: str) -> None:
    hedges = [c for c in cues(tmp_path, cli, body) if c[0] == "hedge"]
    assert hedges and hedges[0][2] == status


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("Halden Civil overbilled the county by $2 million.\n", "unsourced"),
        ("The auditors said Halden Civil overbilled the county by $2 million.\n", "sourced"),
        ("She was indicted on charges she defrauded the state of Alaska.\n", "sourced"),
        ("Councillor Ama Boateng named the officials whom she accused of hiding the invoices.\n", "sourced"),
    ],
)
def test_accusations(tmp_path: Path, cli: Callable[..., Run], body: str, status: str) -> None:
    found = [c for c in cues(tmp_path, cli, body) if c[0] == "accusation"]
    assert [s for _, _, s, _ in found] == [status]


@pytest.mark.parametrize(
    "body",
    [
        "Four robbers stole more than $2 million of jewels from the store.\n",
        "About 5,000 people marched to the town hall.\n",
        "The council approved a budget of about $42 million.\n",
        "In 2003 an earthquake killed more than 31,000 people in Bam.\n",
    ],
)
def test_what_needs_no_source(tmp_path: Path, cli: Callable[..., Run], body: str) -> None:
    assert [c for c in cues(tmp_path, cli, body) if c[2] == "unsourced"] == []


def test_a_trial_story_keeps_the_case_record(tmp_path: Path, cli: Callable[..., Run]) -> None:
    body = (
        "The trial of Noor Haddad opened before a jury on Monday.\n\n"
        "She is accused of fraud, and prosecutors say four victims lost their savings.\n\n"
        "The defendant has pleaded not guilty.\n"
    )
    found = cues(tmp_path, cli, body)
    assert found and all(s in ("exempt", "sourced", "held") for _, _, s, _ in found)


@pytest.mark.parametrize(
    ("body", "kind", "status"),
    [
        ("Police said the blaze started in the roof.\n\nNine people were killed.\n", "toll", "sourced"),
        ('"We lost everything," said Mira Dalca.\n\nNine people were killed.\n', "toll", "unsourced"),
        ("Police said the blaze started. It spread fast.\n\nNine people were killed.\n", "toll", "unsourced"),
        ("Police said the blaze started in the roof.\n\nThe driver is believed to have fled.\n", "hedge", "unheld"),
    ],
)
def test_wire_copy_a_statement_alone_in_the_paragraph_before_covers_figures(
    tmp_path: Path, cli: Callable[..., Run], body: str, kind: str, status: str
) -> None:
    found = [c for c in cues(tmp_path, cli, body) if c[0] == kind]
    assert [s for _, _, s, _ in found] == [status]


WIRE = (
    "Twelve people were killed when a quake shook Harrow Island on Sunday.\n\n"
    "The quake struck at dawn near the port of Selby.\n\n"
    "Rescue teams reached the hill villages by midday.\n\n"
    "Twelve people died in the quake, civil defence officer Nadia Farrow said.\n\n"
    "Roads to the villages were blocked by landslides.\n\n"
    "About 300 families had to be evacuated overnight.\n\n"
    "A civil defence spokeswoman said the families were taken to Selby.\n"
)


def test_wire_copy_reads_one_sentence_paragraphs_as_one_passage(tmp_path: Path, cli: Callable[..., Run]) -> None:
    found = {(t, r) for k, t, s, r in cues(tmp_path, cli, WIRE) if s == "sourced"}
    assert ("Twelve", "restates a figure given with its source") in found
    assert ("About 300", "next one-sentence paragraph opens with its source") in found


def test_a_population_is_not_a_toll_but_the_same_words_with_an_outcome_are(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    body = "Dunmore is a camp of about 20,000 refugees.\n\nAbout 5,000 refugees were displaced by the floods.\n"
    assert [(t, s) for _, t, s, _ in cues(tmp_path, cli, body)] == [("About 5,000 refugees", "unsourced")]


def test_an_organisations_own_release_sources_its_figures(tmp_path: Path, cli: Callable[..., Run]) -> None:
    body = (
        "# HRA condemns shelling of the Dunmore camp\n\n"
        "Four of the agency's staff were hurt when a shell hit the clinic.\n"
    )
    assert [(s, r) for _, _, s, r in cues(tmp_path, cli, body)] == [("sourced", "the organisation's own account")]
