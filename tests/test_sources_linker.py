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
        ("And yes, the new phone boasts that rumored curved screen.\n", "exempt"),  # a label, like "alleged"
        ("The new phone is rumored to have a curved screen.\n", "unheld"),
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


# Round 3 (issue 15): kinds of wrong findings seen on ECB+ wire copy, each on text we wrote.


def test_a_headline_attributed_with_a_perfect_tense_is_the_stated_source(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    body = (
        "# A strong quake has shaken Varna province, officials have said.\n\n"
        "Dozens of people were injured in the quake, which also sent small waves into the bay of Selby.\n"
    )
    tolls = [s for k, _, s, _ in cues(tmp_path, cli, body) if k == "toll"]
    assert tolls and all(s == "sourced" for s in tolls)


WIRE_IT_SAID = (
    "Aid reached the Dunmore camp on Monday.\n\n"
    "The Harrow Relief Agency said more than a million people had no power.\n\n"
    "It said more fuel was needed to restart the plant.\n\n"
    "Ten transformers have been damaged in the fighting.\n\n"
    "The crossing at Selby stayed closed.\n"
)


def test_it_said_takes_the_organisation_named_before(tmp_path: Path, cli: Callable[..., Run]) -> None:
    tolls = [(s, r) for k, _, s, r in cues(tmp_path, cli, WIRE_IT_SAID) if k == "toll"]
    assert tolls == [("sourced", "previous one-sentence paragraph")]


def test_it_said_with_nobody_named_before_still_asks(tmp_path: Path, cli: Callable[..., Run]) -> None:
    body = WIRE_IT_SAID.replace("The Harrow Relief Agency said more", "More").replace(" people had", " people have")
    tolls = [s for k, _, s, _ in cues(tmp_path, cli, body) if k == "toll"]
    assert tolls == ["unsourced"]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("An estimated 10,000 Selby Brethren followers live in the valley.\n", "exempt"),
        ("The sect, with an estimated 4,000 members, is based in Dunmore.\n", "exempt"),
        ("An estimated 100,000 people took to the streets of Harrow.\n", "unsourced"),
        ("An estimated 2,000 followers fled the valley after the floods.\n", "unsourced"),
        ("An estimated 10,000 workers walked out of the Harrow mills.\n", "unsourced"),
    ],
)
def test_a_groups_size_is_background_but_a_crowd_or_a_toll_is_not(
    tmp_path: Path, cli: Callable[..., Run], body: str, status: str
) -> None:
    found = [s for k, _, s, _ in cues(tmp_path, cli, body) if k in ("toll", "estimate")]
    assert found == [status]


RESTATED = (
    "A petrol bomb attack on a bank in Harrow left three staff dead on Wednesday.\n\n"
    "Thousands of strikers marched through the city.\n\n"
    "Police fired tear gas at the crowd near the town hall.\n\n"
    "{line}\n\n"
    "The strike closed schools and ports.\n"
)


@pytest.mark.parametrize(
    ("line", "unsourced"),
    [
        ("The three bank workers, a man and two women, died in the fire.", 1),
        ("The bomb killed two women and a man who were trapped inside.", 1),
        ("Two of the three staff killed were trapped on the top floor.", 1),
        ("Four people were killed in a second fire in Selby.", 2),
    ],
)
def test_a_toll_told_again_is_one_finding(tmp_path: Path, cli: Callable[..., Run], line: str, unsourced: int) -> None:
    found = cues(tmp_path, cli, RESTATED.format(line=line))
    assert len([1 for k, _, s, _ in found if k == "toll" and s == "unsourced"]) == unsourced


@pytest.mark.parametrize(
    ("statement", "status"),
    [
        ("The officers claim the shot was fired in self-defence.", "unsourced"),
        ("The union has warned that the strike will spread.", "unsourced"),
        ("The army said the shell had hit a 'weapons store' near the school.", "sourced"),
    ],
)
def test_a_partys_stand_does_not_source_the_next_paragraphs_figure(
    tmp_path: Path, cli: Callable[..., Run], statement: str, status: str
) -> None:
    body = (
        "Riots spread across Harrow for a third night.\n\n"
        "Shops were looted near the port.\n\n"
        f"{statement}\n\n"
        "The unrest could cost the city an estimated $40 million.\n\n"
        "Schools stayed closed on Friday.\n"
    )
    found = [s for k, _, s, _ in cues(tmp_path, cli, body) if k in ("toll", "estimate")]
    assert found == [status]


def test_a_party_cited_twice_with_warnings_is_no_stated_source(tmp_path: Path, cli: Callable[..., Run]) -> None:
    body = (
        "# Council condemns shelling of Dunmore school\n\n"
        "Shelling of the Dunmore school killed at least 40 people on Tuesday.\n\n"
        "The council warned the army that the shelling was unacceptable.\n\n"
        "The council has also warned the army that the talks would end.\n"
    )
    tolls = [s for k, _, s, _ in cues(tmp_path, cli, body) if k == "toll"]
    assert tolls == ["unsourced"]


def test_police_claim_that_holds_the_belief_after_it(tmp_path: Path, cli: Callable[..., Run]) -> None:
    body = (
        "A fire destroyed the Harrow depot on Friday.\n\n"
        "Crews fought the blaze for eight hours.\n\n"
        "Police claim that nearby homes were cleared and roads closed.\n\n"
        "No-one is believed to have been injured in the fire.\n\n"
        "The depot will not reopen.\n"
    )
    hedges = [s for k, _, s, _ in cues(tmp_path, cli, body) if k == "hedge"]
    assert hedges == ["held"]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("Shelling of the Dunmore school killed at least 40 people on Tuesday.\n", "unsourced"),
        ("The blast injured 16 workers at the Harrow plant.\n", "unsourced"),
        ("The blast injured 16 workers at the Harrow plant, the fire service said.\n", "sourced"),
    ],
)
def test_a_toll_as_the_object_of_its_outcome(tmp_path: Path, cli: Callable[..., Run], body: str, status: str) -> None:
    assert [s for k, _, s, _ in cues(tmp_path, cli, body) if k == "toll"] == [status]


def test_a_passage_source_in_wire_copy_goes_on_while_the_same_source_is_cited(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    body = (
        "According to Lena Ward of the Selby Gazette, the Harrow club made an offer to Tom Reyes.\n\n"
        "Ward believes it to be for six years.\n\n"
        "Reyes is believed to be seeking more than $20 million a year.\n\n"
        "Two other clubs are reportedly at five years.\n\n"
        "The club's manager said on Monday that talks were going well.\n\n"
        "A rival bid is rumoured to be near.\n"
    )
    hedges = [(t, s, r) for k, t, s, r in cues(tmp_path, cli, body) if k == "hedge" and t != "believes"]
    assert hedges[:2] == [("believed to", "held", "passage source"), ("reportedly", "held", "passage source")]
    assert hedges[-1][:2] == ("rumoured", "unheld")  # another source cited in between ends the passage


def test_a_short_wire_story_reads_the_next_paragraphs_report(tmp_path: Path, cli: Callable[..., Run]) -> None:
    body = (
        "Director Ana Ruiz has reportedly left the Harrow Story sequel.\n\n"
        "Ruiz has decided not to return, according to the Selby Gazette.\n\n"
        "Talk of a successor has begun.\n"
    )
    assert [s for k, _, s, _ in cues(tmp_path, cli, body) if k == "hedge"] == ["held"]


@pytest.mark.parametrize(
    ("later", "status"),
    [
        ("Police said two women and one man died at the branch.", "sourced"),
        ("Police said a man, a woman and a child died at the branch.", "sourced"),
        ("Police said at least three people, a man and two women, were killed at the branch.", "sourced"),
        ('"We have treated around 50 people with injuries," Dr Ema Kovac told reporters.', "sourced"),
        ("Police said two women and two men died at the branch.", "unsourced"),  # four, not three
        ("Two women and one man died at the branch.", "unsourced"),  # the same toll, with no source either
    ],
)
def test_a_toll_restated_in_other_words_with_a_source(
    tmp_path: Path, cli: Callable[..., Run], later: str, status: str
) -> None:
    lead = (
        "A firebomb attack on a Harrow bank killed at least three people today."
        if "died" in later or "killed" in later
        else "A quake struck Varna today, injuring at least 50 people."
    )
    body = (
        f"{lead}\n\nHooded youths hurled petrol bombs at shops.\n\nSchools were shut across the city.\n\n"
        f"{later}\n\nThe strike ended at midnight.\n"
    )
    lead = [s for k, t, s, _ in cues(tmp_path, cli, body) if k == "toll" and t.startswith("at least")]
    assert lead == [status]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("A quake hit the town of Dunmore in February, killing hundreds of people.", []),
        ("A quake hit the town of Dunmore on Sunday, killing hundreds of people.", ["unsourced"]),
        ("A quake hit the town of Dunmore in June, killing hundreds of people.", ["unsourced"]),  # the article's month
        ("A quake hit the town of Dunmore in April, killing hundreds of people.", ["unsourced"]),  # two months before
    ],
)
def test_a_toll_dated_to_another_month_is_background(
    tmp_path: Path, cli: Callable[..., Run], sentence: str, status: list[str]
) -> None:
    assert [s for k, _, s, _ in cues(tmp_path, cli, sentence + "\n") if k == "toll"] == status


def test_a_named_report_in_the_lead_is_the_stated_source(tmp_path: Path, cli: Callable[..., Run]) -> None:
    body = (
        "# Worker kills two at Harrow plant\n\n"
        "A suspended worker opened fire at a Harrow bakery last night, killing two workers and wounding two "
        "others.\n\n"
        "The shooting happened moments after she was suspended, the Selby Gazette reports.\n\n"
        "The plant was closed on Friday.\n"
    )
    tolls = [(s, r) for k, _, s, r in cues(tmp_path, cli, body) if k == "toll"]
    assert tolls and all(x == ("sourced", "the article's stated source") for x in tolls)


def test_a_report_summed_up_holds_the_next_paragraphs_hedges(tmp_path: Path, cli: Callable[..., Run]) -> None:
    body = (
        "Lena Ward reports that the Harrow club has made an offer to Tom Reyes.\n\n"
        "The offer is believed to be for at least six years.\n\n"
        "Reyes met the club on Monday.\n\n"
        "Talks were going well.\n\n"
        "A rival bid is rumoured to be near.\n"
    )
    hedges = [(t, s) for k, t, s, _ in cues(tmp_path, cli, body) if k == "hedge"]
    assert hedges == [("believed to", "held"), ("rumoured", "unheld")]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("The Selby Brethren sect is believed to have about 4,000 followers.\n", "exempt"),
        ("The sect is believed to have about 4,000 members in the valley.\n", "exempt"),
        ("The sect is believed to have moved its 4,000 followers to Dunmore.\n", "unheld"),
    ],
)
def test_a_groups_size_believed_is_background(tmp_path: Path, cli: Callable[..., Run], body: str, status: str) -> None:
    assert [s for k, _, s, _ in cues(tmp_path, cli, body) if k == "hedge"] == [status]


def test_a_partys_notice_holds_the_allegations_listed_after_it(tmp_path: Path, cli: Callable[..., Run]) -> None:
    body = (
        "The Harrow League notified Selby College on Monday of nine alleged rules violations.\n\n"
        "Seven of the violations involved the rowing club, including a booster allegedly giving cash to a rower.\n\n"
        "The others involved a booster allegedly giving $500 to a swimmer.\n\n"
        "The college has until July to respond.\n\n"
        "A rival college allegedly paid its coach twice.\n"
    )
    hedges = [s for k, _, s, _ in cues(tmp_path, cli, body) if k == "hedge"]
    assert hedges == ["held", "held", "unheld"]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("A police dive team searched the quarry where it was believed the van had sunk.\n", "held"),
        ("The van sank in the quarry, where it was believed the driver had fled.\n", "unheld"),
    ],
)
def test_a_belief_the_subject_acts_on_is_its_own(
    tmp_path: Path, cli: Callable[..., Run], body: str, status: str
) -> None:
    assert [s for k, _, s, _ in cues(tmp_path, cli, body) if k == "hedge"] == [status]


def test_a_reports_hedged_account_goes_on_with_its_passage(tmp_path: Path, cli: Callable[..., Run]) -> None:
    body = (
        "Lena Ward reports that the Harrow club has made an offer to Tom Reyes.\n\n"
        "The offer is the largest in the club's history.\n\n"
        "It is believed to be for at least six years.\n\n"
        "Reyes is believed to be seeking more than $20 million a year.\n\n"
        "The season starts in May.\n\n"
        "Pitchers start training in March.\n\n"
        "A rival bid is rumoured to be near.\n"
    )
    hedges = [(s, r) for k, _, s, r in cues(tmp_path, cli, body) if k == "hedge"]
    assert hedges == [("held", "passage source"), ("held", "passage source"), ("unheld", "")]


def _cc401(tmp_path: Path, cli: Callable[..., Run], body: str) -> list[str]:
    """CC401's messages on one article."""
    (path,) = write(tmp_path, {"a.md": HEAD.format(story=tmp_path.name) + body})
    report = cli(path, "--no-config", "--select", "CC401", "--format", "json").json()
    return [f["message"] for a in report["articles"] for r in a["results"] for f in r["findings"]]


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # a quote ending on a comma, then a subject and a verb in the past tense: its speech tag, any verb
        ("The channel had hinted at news all week.\n\n\"The choice is made and the time has come to name the new "
         "keeper of the Harrow light,\" KestrelTV teased on its feed.\n", False),
        # a quote closed with a single mark before its speaker
        ("Ostby wrote to readers on Sunday.\n\n\"I am sorry that Maren is not staying with us for 'Low Tide, ' "
         "she wrote in a note on her site, and then added that, with Dahl:\n\n\" Nobody needs to worry about "
         "the second book.\"\n", False),
        ("The channel had hinted at news all week.\n\n\"The choice is made and the time has come to name the new "
         "keeper of the Harrow light.\"\n", True),
    ],
)  # fmt: skip
def test_a_quotes_speech_tag_with_any_verb_or_a_broken_mark(
    tmp_path: Path, cli: Callable[..., Run], body: str, flagged: bool
) -> None:
    found = [m for m in _cc401(tmp_path, cli, body) if "no speaker" in m]
    assert bool(found) is flagged


@pytest.mark.parametrize(
    ("body", "status"),
    [
        # an earlier event dated two sentences back, its account going on
        ("The blackout comes less than a year after a similar failure cut power across the Vell valley.\n\n"
         "Those failures were blamed on ice on the lines.\n\n"
         "As many as two million people were affected across the valley.\n", []),
        ("The same thing happened last January when a strike shut the Orrin docks.\n\n"
         "Only 40 ships sailed that month.\n\n"
         "The port lost an estimated $3 million in fees.\n", []),
        # back in the running story: a date of its own
        ("The blackout comes less than a year after a similar failure cut power across the Vell valley.\n\n"
         "Those failures were blamed on ice on the lines.\n\n"
         "As many as two million people were affected today.\n", ["unsourced"]),
        # the earlier event three sentences back is too far
        ("The blackout comes less than a year after a similar failure cut power across the Vell valley.\n\n"
         "Those failures were blamed on ice on the lines.\n\n"
         "Crews worked through the night to restore the lines.\n\n"
         "As many as two million people were affected across the valley.\n", ["unsourced"]),
    ],
)  # fmt: skip
def test_a_figure_in_a_passage_of_background(
    tmp_path: Path, cli: Callable[..., Run], body: str, status: list[str]
) -> None:
    lead = "Power failed across the whole Vell valley overnight. Crews from three towns were called out to help.\n\n"
    found = cues(tmp_path, cli, lead + body)
    assert [s for k, _, s, _ in found if k in ("toll", "estimate") and s != "exempt"] == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("They sail the boats to coastal towns in the south, with an estimated 2,000 smugglers.", "exempt"),
        ("The storm flattened coastal towns in the south, with an estimated 2,000 people dead.", "unsourced"),
    ],
)
def test_what_a_place_holds_is_background(tmp_path: Path, cli: Callable[..., Run], sentence: str, status: str) -> None:
    found = [s for k, _, s, _ in cues(tmp_path, cli, sentence + "\n") if k in ("toll", "estimate")]
    assert found == [status]


@pytest.mark.parametrize(
    ("third", "status"),
    [
        ("Three people also died in an air strike on a school in the Vell camp.", ["sourced", "sourced", "sourced"]),
        # another kind of toll is not the same account read on
        ("Three people were injured in an air strike on a school in the Vell camp.",
         ["sourced", "sourced", "unsourced"]),
    ],
)  # fmt: skip
def test_a_run_of_tolls_after_a_sourced_one(
    tmp_path: Path, cli: Callable[..., Run], third: str, status: list[str]
) -> None:
    body = (
        "Two shells hit the Orrin girls school on Tuesday, according to agency spokesman Halvard Moe.\n\n"
        "At least 20 people were killed in the school, where hundreds had sought refuge.\n\n"
        "Two people were killed when a shell hit a clinic in the southern town of Dunmore.\n\n"
        f"{third}\n\n"
        "The fighting went on through the night.\n"
    )
    assert [s for k, _, s, _ in cues(tmp_path, cli, body) if k == "toll"] == status


def test_a_run_of_tolls_needs_a_sourced_start(tmp_path: Path, cli: Callable[..., Run]) -> None:
    body = (
        "Two shells hit the Orrin girls school on Tuesday.\n\n"
        "The fighting went on through the night.\n\n"
        "Two people were killed when a shell hit a clinic in the southern town of Dunmore.\n\n"
        "Three people also died in an air strike on a school in the Vell camp.\n"
    )
    assert [s for k, _, s, _ in cues(tmp_path, cli, body) if k == "toll"] == ["unsourced", "unsourced"]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("A .32-caliber pistol believed to be the murder weapon was found in a drain.", "held"),
        ("A body believed to be that of the missing clerk was pulled from the canal.", "held"),
        # a belief about what happened is still nobody's
        ("The clerk is believed to have met the defendant twice before the shooting.", "unheld"),
    ],
)
def test_an_identification_in_a_police_story_is_the_investigators(
    tmp_path: Path, cli: Callable[..., Run], sentence: str, status: str
) -> None:
    body = (
        "Detectives arrested Tomas Reyk, 31, on Friday and charged him with the murder of a shop clerk in Dunmore.\n\n"
        f"{sentence}\n\nReyk is due in court on Monday.\n"
    )
    assert [s for k, _, s, _ in cues(tmp_path, cli, body) if k == "hedge"] == [status]


def test_an_identification_outside_a_police_story_still_needs_a_holder(tmp_path: Path, cli: Callable[..., Run]) -> None:
    body = "A painting believed to be the lost Orrin portrait was sold at a fair in Dunmore.\n"
    assert [s for k, _, s, _ in cues(tmp_path, cli, body) if k == "hedge"] == ["unheld"]


def test_a_quote_after_a_participle_of_saying_has_its_speaker(tmp_path: Path, cli: Callable[..., Run]) -> None:
    body = (
        "The ferry line ordered two new boats today.\n\n"
        "Harbour chief Lisa Varga defended the choice of yard by saying, “The Kestrel hull is the most reliable on "
        "the fjord and keeps us on time.”\n"
    )
    assert not [m for m in _cc401(tmp_path, cli, body) if "no speaker" in m]
    body = body.replace("defended the choice of yard by saying, ", "chose the yard. ")
    assert [m for m in _cc401(tmp_path, cli, body) if "no speaker" in m]


@pytest.mark.parametrize(
    ("later", "status"),
    [
        # another quake, on another day: its toll and the next sentence's are background
        ("On Saturday, a quake in the southern hills killed 12 people. It destroyed 3,000 homes.", []),
        # the story's own day: the running story, a source is needed
        ("On Sunday, a second quake in the southern hills killed 12 people.", ["unsourced"]),
        # a definite event is the story's own
        ("On Saturday, the foreshock killed 12 people.", ["unsourced"]),
    ],
)
def test_another_event_on_another_day_is_background(
    tmp_path: Path, cli: Callable[..., Run], later: str, status: list[str]
) -> None:
    body = (
        "A strong earthquake hit the Vell valley on Sunday, damaging the old bridge at Dunmore, the survey said.\n\n"
        "Schools in the valley were closed on Sunday as a precaution, the regional council said.\n\n"
        "The quake was felt as far away as the coast.\n\n"
        f"{later}\n"
    )
    assert [s for k, _, s, _ in cues(tmp_path, cli, body) if k == "toll" and s != "exempt"] == status


@pytest.mark.parametrize(
    ("lead", "opener"),
    [
        # a year, but no earlier event told
        ("Power failed across the whole Vell valley overnight. Crews from three towns were called out to help.",
         "Acme Grid, founded in 1998, runs the lines to the valley."),
        # an earlier event, but told in the lead: the lead tells the story's own event
        ("", "The blackout, which comes a year after a similar failure, was the worst in the valley's history."),
    ],
)  # fmt: skip
def test_no_background_passage_without_an_earlier_event_told(
    tmp_path: Path, cli: Callable[..., Run], lead: str, opener: str
) -> None:
    body = f"{lead}\n\n{opener}\n\nCrews worked on the lines.\n\nAs many as two million people were affected in the valley.\n"
    assert [s for k, _, s, _ in cues(tmp_path, cli, body.lstrip()) if k == "toll"] == ["unsourced"]


def test_what_a_hospital_has_is_no_place_described(tmp_path: Path, cli: Callable[..., Run]) -> None:
    body = "The Dunmore hospital has an estimated 40 patients in critical condition after the crash.\n"
    assert [s for k, _, s, _ in cues(tmp_path, cli, body) if k in ("toll", "estimate")] == ["unsourced"]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        # the next sentence opens with a named source's quotation that restates the claim
        ("The old mill on Ferrow Lane burned down overnight.\n\nArson is suspected.\n\n"
         "\"You can't call it arson yet,\" Halden fire chief Miro Tansk said.\n", "held"),
        # a hedge inside a witness's account, her name in the sentences before and after
        ("Ada Brisk said she heard a shout from the corner.\n\nThey reportedly ran back outside.\n\n"
         "\"I thought it was a firework,\" Brisk said.\n", "held"),
        # control: the next sentence's source speaks of something else
        ("The old mill on Ferrow Lane burned down overnight.\n\nArson is suspected.\n\n"
         "\"We closed the road at noon,\" Mayor Ida Brannock said.\n", "unheld"),
        # control: the source comes late in the next sentence, about another matter
        ("Divers were reported to have rescued two fishing boats.\n\n"
         "Later, the cutter sank a trawler that the coastguard said was a smuggling boat.\n", "unheld"),
    ],
)  # fmt: skip
def test_the_next_sentences_source_holds_the_claim_it_restates(
    tmp_path: Path, cli: Callable[..., Run], body: str, status: str
) -> None:
    found = [s for k, _, s, _ in cues(tmp_path, cli, body) if k == "hedge"]
    assert found == [status]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("None of the other clubs in the chase has been reported to have offered more than six years.", "exempt"),
        ("The Owls have not been reported to have made any bid.", "exempt"),
        # control: a report stated, with nobody named
        ("The Kites are reported to have offered $40 million over five years.", "unheld"),
    ],
)
def test_what_has_not_been_reported_is_no_hedge(
    tmp_path: Path, cli: Callable[..., Run], sentence: str, status: str
) -> None:
    body = f"The Halden club made its offer to the pitcher on Monday.\n\n{sentence}\n"
    found = [s for k, _, s, _ in cues(tmp_path, cli, body) if k == "hedge"]
    assert found == [status]


@pytest.mark.parametrize(
    ("headline", "status"),
    [
        ("ORRA condemns shelling of refugee camp near Halden", "held"),
        # control: a news story's headline, no organisation's statement
        ("Shelling hits refugee camp near Halden", "unheld"),
    ],
)
def test_an_organisations_statement_passes_on_reports(
    tmp_path: Path, cli: Callable[..., Run], headline: str, status: str
) -> None:
    body = (
        f"# {headline}\n\nThe refugee agency on Friday condemned the shelling of a camp sheltering 9,000 people.\n\n"
        "As many as 500 families from the hill villages are said to be moving south.\n"
    )
    found = [s for k, _, s, _ in cues(tmp_path, cli, body) if k == "hedge"]
    assert found == [status]


@pytest.mark.parametrize(
    ("before", "status"),
    [
        # the source's account tells of the deaths, with no figure; the next sentence counts them
        ("The Orrin army claimed that its shell killed known Front gunmen in the yard.", "sourced"),
        # control: the source's account is of something else
        ("The Orrin army claimed that a mortar was fired from the yard.", "unsourced"),
    ],
)
def test_a_count_of_the_deaths_a_source_told_of(
    tmp_path: Path, cli: Callable[..., Run], before: str, status: str
) -> None:
    body = f"Shells hit a school in Selby on Tuesday.\n\n{before}\n\nTwo Front gunmen were among the dead.\n"
    found = [s for k, _, s, _ in cues(tmp_path, cli, body) if k == "toll"]
    assert found == [status]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Tomas Reyl, 17, was shot by police on Saturday after allegedly pointing a gun at them.", "held"),
        ("The man was stopped by officers when he allegedly ran a red light.", "held"),
        # control: no party acted on the allegation in the sentence
        ("Tomas Reyl, 17, allegedly pointed a gun at a neighbour on Saturday.", "unheld"),
        # an official's appeal makes the sentence its bulletin
        ("Nobody is thought to have been hurt, and anyone with information is asked to call police.", "held"),
        # control: a belief with no appeal
        ("Nobody is thought to have been hurt in the fire at the Selby depot.", "unheld"),
    ],
)
def test_a_holder_evident_from_the_sentences_frame(
    tmp_path: Path, cli: Callable[..., Run], sentence: str, status: str
) -> None:
    body = f"A fire and a shooting kept Selby busy at the weekend.\n\n{sentence}\n"
    found = [(s, r) for k, _, s, r in cues(tmp_path, cli, body) if k == "hedge"]
    assert [s for s, _ in found] == [status]
    if status == "held":
        assert found[0][1] in ("the party that acted on it", "the appeal's issuer")


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Brannock was named as Whisper, the informant believed to have helped two reporters expose "
         "Tarrow-era bribes.", "exempt"),
        # control: the same belief with no past era is a claim someone holds
        ("Brannock was named as Whisper, the informant believed to have helped two reporters expose "
         "the bribes.", "unheld"),
    ],
)  # fmt: skip
def test_a_belief_about_a_past_era_is_settled_history(
    tmp_path: Path, cli: Callable[..., Run], sentence: str, status: str
) -> None:
    body = f"Ivo Brannock, a former aide to the governor, died on Monday.\n\n{sentence}\n"
    found = [s for k, _, s, _ in cues(tmp_path, cli, body) if k == "hedge"]
    assert found == [status]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Dozens of people were evacuated from their homes and spent the night in a church hall.", []),
        # controls: a harm, and a large count, still need a source
        ("Dozens of people were injured and spent the night in hospital.", ["unsourced"]),
        ("Thousands of people were evacuated from their homes.", ["unsourced"]),
    ],
)
def test_a_few_evacuated_is_routine(tmp_path: Path, cli: Callable[..., Run], sentence: str, status: list[str]) -> None:
    body = f"A fire destroyed the Selby supermarket on Friday night.\n\n{sentence}\n"
    found = [s for k, _, s, _ in cues(tmp_path, cli, body) if k == "toll"]
    assert found == status
