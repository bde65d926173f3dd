"""How a story reads its person claims (checker/linkers/story_names.py ``read_story``): a name one
article writes as a vessel's is no person in the others, and a title that is also a given name
("Dean", "Canon", "Judge") is read from the evidence around it, in one article and across a story.
One test per entry class of ``names.yaml`` (vessels) and ``people.yaml`` (``given_name_titles``,
``title_styles``), with look-alike controls."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import lexicon_error

from checker.language import lexicons, names
from checker.models import AttributionClaim
from checker.testing import Runner, RunResult
from tests.test_people_links import article, links_of

FORMS = lexicons.name_forms()
PEOPLE = lexicons.people()


def _story(*bodies: str) -> dict[str, str]:
    outlets = ("Harrowgate Post", "Coastal Ledger", "West Wire")
    return {f"{n}.md": article(b, story="sea", outlet=o) for n, b, o in zip("abc", bodies, outlets, strict=False)}


def _people(result: RunResult) -> dict[str, list[tuple[str, str]]]:
    """Each person entity's canonical name → its mentions (text, form)."""
    return {e.canonical: [(m.text, m.form) for m in e.mentions] for e in links_of(result).entities}


# -- 1. a vessel named bare in another article of the story ---------------------------------------


@pytest.mark.parametrize("prefix", sorted(FORMS.vessel_prefixes))
def test_a_name_given_a_vessel_prefix_in_one_article_is_no_person_in_another(
    prefix: str, claimcheck_run: Runner
) -> None:
    result = claimcheck_run(
        _story(
            f"The crew of {prefix} Grace Harper were brought ashore on Tuesday.\n",
            "Grace Harper's master said the engines had failed.\n\nGrace Harper was towed to Penmarrow.\n",
        )
    )
    assert "Grace Harper" not in _people(result)
    assert result.findings("CC601") == []


@pytest.mark.parametrize("noun", sorted(FORMS.vessel_nouns))
def test_a_name_after_a_vessel_noun_in_one_article_is_no_person_in_another(noun: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        _story(
            f"The {noun} Ellen Harper was damaged on Tuesday, and so was the {noun} Grace Harper.\n",
            "Ellen Harper's owners said the repairs would take a month.\n\nGrace Harper was back in service.\n",
        )
    )
    assert _people(result) == {}
    assert result.findings("CC601") == []  # not "Grace Harper" a changed given name of "Ellen Harper"


def test_the_article_writing_the_vessel_bare_may_come_first(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        _story(
            "Grace Harper's master said the engines had failed.\n\nGrace Harper was towed in.\n",
            "The crew of the ferry MV Grace Harper were brought ashore on Tuesday.\n",
        )
    )
    assert _people(result) == {}


@pytest.mark.parametrize("prefix", sorted(FORMS.the_vessel_prefixes))
def test_a_prefix_that_makes_a_vessel_only_after_the_or_a_vessel_noun(prefix: str) -> None:
    for text in (f"The crew of the {prefix} Orla Star were safe.", f"They sailed on the liner {prefix} Orla Star."):
        start = text.index("Orla")
        assert names.vessel_before(text, start), text
    text = f"The trade sent AAA {prefix} Brandon Wood to the Padres."
    assert not names.vessel_before(text, text.index("Brandon"))


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers found the plane Kobe Ward was travelling in on Sunday.",
        "Police searched the ship Ines Ferrante boarded at Tilbury.",
        "The boat Ana Pruitt skippered sank in 1998.",
    ],
)
def test_a_name_subject_of_a_relative_clause_after_a_vessel_noun_stays_a_person(text: str) -> None:
    """``not_vessel_after``: the name is who rode, boarded or skippered the vessel."""
    [(start, end, _, _)] = names.people_in(text)
    assert not names.vessel_before(text, start)
    assert not names.named_as_place(text, start, end)


def test_a_vessel_followed_by_a_verb_of_its_own_stays_a_vessel() -> None:
    text = "The ferry Ellen Star was towed to port, and the tug Ada Penrose sailed beside her."
    for name in ("Ellen Star", "Ada Penrose"):
        start = text.index(name)
        assert names.named_as_place(text, start, start + len(name)), name


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("Aid arrived in Banda Tirta on Friday.", "Banda Tirta", True),
        ("The quake hit Bener Lasi district.", "Bener Lasi", True),
        ("Flood water reached Willow Creek on Friday.", "Willow Creek", True),
        ("They won the top prize in Elton Brand last summer.", "Elton Brand", False),
        ("The second book in Suzanne Collins' trilogy sold well.", "Suzanne Collins", False),
        ("The club is bringing in Maurice Cheeks as coach.", "Maurice Cheeks", False),
    ],
)
def test_a_place_written_so_that_no_article_of_the_story_has_it_for_a_person(text: str, name: str, place: bool) -> None:
    """A locative preposition alone makes a place story-wide only before a name whose first word is
    no given name: "in Elton Brand" (a signing) is still a person in the story's other articles."""
    start = text.index(name)
    assert names.named_as_place(text, start, start + len(name)) is place


def test_a_person_named_after_a_preposition_in_one_article_stays_a_person_in_another(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        _story(
            "The club landed the summer's top prize in Elton Brand.\n",
            "Elton Brand, 29, scored 20 points on Friday.\n\nBrand said the team had played well.\n",
        )
    )
    assert _people(result)["Elton Brand"] == [("Elton Brand", "full"), ("Brand", "surname")]


def test_a_person_who_shares_a_vessel_surname_keeps_the_surname(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        _story(
            "The ferry MV Ellen Star ran aground on Friday.\n",
            "Ellen Star's master, Tom Star, 50, said the tide had turned.\n\nStar said nobody was hurt.\n",
        )
    )
    people = _people(result)
    assert "Ellen Star" not in people
    assert people["Tom Star"] == [("Tom Star", "full"), ("Star", "surname")]


def test_a_surname_standing_for_a_vessel_is_no_reference_to_nobody(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        _story(
            "The trawler Bethan Rose sank off Kells Point.\n",
            "Bethan Rose had been fishing for crab. Rose's hull split in the swell.\n",
        )
    )
    assert _people(result) == {}
    assert result.findings("CC601") == []


def test_a_vessel_named_in_another_article_is_no_speaker(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        _story(
            "The ferry MV Morwenna Star ran aground.\n\nCaptain Ilse Padstow, 51, said the crew was safe.\n",
            "Morwenna Star's owners said the hull was intact.\n\nPadstow said nobody was hurt.\n",
        )
    )
    links = links_of(result, "b.md")
    cues = [c for c in result.claims("attribution", "b.md") if isinstance(c, AttributionClaim)]
    speakers = {c.text: links.entity_of(c) for c in cues}
    assert {t: (e.canonical if e else None) for t, e in speakers.items()} == {
        "Morwenna Star's owners said": None,  # was the vessel, read as a person
        "Padstow said": "Ilse Padstow",
    }


def test_a_person_misspelt_in_a_vessel_story_is_still_reported(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        _story(
            "The ferry MV Morwenna Star ran aground.\n\nCaptain Ilse Padstow, 51, said the crew was safe.\n",
            "Morwenna Star was towed to port.\n\nPadstaw said nobody was hurt.\n",
        )
    )
    [hit] = result.findings("CC601")
    assert "“Padstaw”" in hit.message and "“Padstow”" in hit.message


# -- 2. titles that are also given names ----------------------------------------------------------

GIVEN_TITLES = sorted(PEOPLE.given_name_titles.items())


@pytest.mark.parametrize(("word", "reading"), GIVEN_TITLES)
def test_a_given_name_title_before_a_given_name_and_a_surname_is_a_title(word: str, reading: str) -> None:
    assert [(n, t) for _, _, n, t in names.people_in(f"{word} Rupert Pengelly opened the hall.")] == [
        ("Rupert Pengelly", word)
    ]


@pytest.mark.parametrize(("word", "reading"), GIVEN_TITLES)
def test_a_given_name_title_after_the_or_with_its_office_in_apposition_is_a_title(word: str, reading: str) -> None:
    role = names.title_role(word)
    for text in (
        f"Later the {word} Pengelly opened the hall.",
        f"{word} Pengelly, the {role} of Lenwick, opened the hall.",
        f"{word} Pengelly, {role} of the college, opened the hall.",
    ):
        assert names.people_in(text) == [], text


@pytest.mark.parametrize(("word", "reading"), GIVEN_TITLES)
def test_a_given_name_title_with_an_age_and_an_occupation_is_a_given_name(word: str, reading: str) -> None:
    for text in (f"{word} Marlow, 44, a plumber, was first on the scene.", f"{word} Marlow, 27, a roofer, was first."):
        assert [(n, t) for _, _, n, t in names.people_in(text)] == [(f"{word} Marlow", None)], text
    # without the age, only a word read as a given name anyway
    found = [n for _, _, n, _ in names.people_in(f"{word} Marlow, a roofer, was first.")]
    assert found == ([f"{word} Marlow"] if reading == "given" else [])


@pytest.mark.parametrize(
    "text",
    [
        "U.S. District Judge Brandt, a Clinton appointee, ruled on Friday.",
        "Judge Brandt, a former prosecutor, ruled on Friday.",
        "Judge Brandt, 61, a former prosecutor, ruled on Friday.",
        "Major Hale, 34, an officer, said the convoy left at dawn.",
        "Chancellor Ormsby, a historian, opened the library.",
    ],
)
def test_a_title_holder_described_after_the_name_keeps_the_title(text: str) -> None:
    """A description without an age, a past career, or a role that fits most others: the holder of
    the title described, not a person whose given name it is."""
    assert names.people_in(text) == []


@pytest.mark.parametrize(("word", "reading"), GIVEN_TITLES)
def test_with_nothing_to_tell_the_entry_reading_decides(word: str, reading: str) -> None:
    """An age alone tells nothing ("Judge Brandt, 61," is a judge named without her given name), nor
    another office said with "the" ("Canon Tamblyn, the cathedral's treasurer,": a canon may hold it)."""
    for text in (
        f"{word} Pengelly said the hall would open.",
        f"{word} Pengelly, 61, said the hall would open.",
        f"{word} Pengelly, the cathedral's treasurer, said the hall would open.",
    ):
        found = [n for _, _, n, _ in names.people_in(text)]
        assert found == ([f"{word} Pengelly"] if reading == "given" else []), text


@pytest.mark.parametrize("style", sorted(PEOPLE.title_styles))
def test_a_style_before_a_given_name_title_makes_it_a_title(style: str) -> None:
    assert names.people_in(f"Yesterday {style} Dean Pengelly opened the hall.") == []
    assert names.people_in(f"Yesterday {style} Canon Pengelly opened the hall.") == []


def test_an_office_of_its_own_before_a_given_name_title_leaves_it_a_given_name() -> None:
    text = "A request to interview club President Dean Ashworth was declined."
    assert [(n, t) for _, _, n, t in names.people_in(text)] == [("Dean Ashworth", "President")]


@pytest.mark.parametrize(("word", "reading"), GIVEN_TITLES)
def test_a_title_and_surname_in_another_article_is_the_person_holding_the_office(
    word: str, reading: str, claimcheck_run: Runner
) -> None:
    """Whichever reading the bare "W Pengelly" takes, it refers to the story's Pengelly holding W's
    office; the person's given name is not changed to W."""
    result = claimcheck_run(
        _story(
            f"The {word}, Rupert Pengelly, said the roof appeal had raised £2m.\n",
            f"{word} Pengelly said work would start in June.\n",
            "Rupert Pengelly said the scaffolding would cost £300,000.\n",
        )
    )
    people = _people(result)
    assert list(people) == ["Rupert Pengelly"]
    assert (f"{word} Pengelly", "title_surname") in people["Rupert Pengelly"]
    assert result.findings("CC601") == []


def test_a_title_and_misspelt_surname_in_another_article_is_reported(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        _story("Dean Ngozi Adeyemi thanked the donors.\n", "Dean Adeyemmi said the wing would house the archive.\n")
    )
    [hit] = result.findings("CC601")
    assert "“Adeyemmi”" in hit.message and "“Adeyemi”" in hit.message


def test_a_given_name_reading_across_the_story_is_one_person(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        _story(
            "Dean Carrick, 39, a roofer, was first onto the burning barn.\n\nCarrick said the beams were alight.\n",
            "Dean Carrick said he had pulled two calves out.\n",
        )
    )
    assert list(_people(result)) == ["Dean Carrick"]
    assert result.findings("CC601") == []


@pytest.mark.parametrize(("word", "reading"), [g for g in GIVEN_TITLES if g[1] == "title"])
def test_a_title_reading_of_a_name_the_story_gives_as_a_given_name_holds_no_office(
    word: str, reading: str, claimcheck_run: Runner
) -> None:
    """ "Bishop Okoye, 24, a midfielder," in one article: "Bishop Okoye said" in another is the
    midfielder, with no bishop's office, and his surname alone there is his too."""
    result = claimcheck_run(
        _story(
            f"{word} Okoye, 24, a midfielder, scored twice on Saturday.\n",
            f"{word} Okoye said the second goal was his best.\n\nOkoye has scored nine this season.\n",
        )
    )
    [entity] = links_of(result).entities
    assert entity.canonical == f"{word} Okoye"
    assert entity.roles == ("midfielder",)
    # the surname alone is linked across the story for a given name of the gendered list ("Marshal" is not on it)
    alone = ["Okoye"] if word.lower() in lexicons.given_names() else []
    assert [m.text for m in entity.mentions if m.article.endswith("b.md")] == [f"{word} Okoye", *alone]
    assert result.findings("CC601") == []


def test_a_title_word_given_name_of_someone_without_the_office_is_no_title_reference(claimcheck_run: Runner) -> None:
    """The story's Adeyemi is a nurse, not a dean: "Dean Adeyemi" is not a title + surname of hers."""
    result = claimcheck_run(
        _story("Ngozi Adeyemi, 52, a nurse, treated the injured.\n", "Dean Adeyemi said the ward was full.\n")
    )
    mentions = [m for e in links_of(result).entities for m in e.mentions if m.text == "Dean Adeyemi"]
    assert [m.form for m in mentions] == ["full"]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("version: 1\ngiven_name_titles:\n  - {form: Dean, reading: maybe}\n", "given_name_titles"),
        ("version: 1\ngiven_name_titles:\n  - {form: Bogus, reading: title}\n", "given_name_titles"),
        ("version: 1\ntitle_styles: [Rev, 3]\n", "'title_styles' must be a list"),
    ],
)
def test_a_malformed_people_lexicon_is_an_error_naming_the_file(
    text: str, says: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    message = lexicon_error(tmp_path, monkeypatch, "people.yaml", lexicons.people, text)
    assert re.search(says, message) and "people.yaml" in message


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("version: 2\nnot_vessel_after: ['(']\n", "invalid pattern"),
        ("version: 2\nthe_vessel_prefixes: [SS, 3]\n", "'the_vessel_prefixes' must be a list"),
    ],
)
def test_a_malformed_names_lexicon_is_an_error_naming_the_file(
    text: str, says: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    message = lexicon_error(tmp_path, monkeypatch, "names.yaml", lexicons.name_forms, text)
    assert re.search(says, message) and "names.yaml" in message
