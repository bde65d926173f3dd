"""Person claims: titled names, later short references grouped per person, and what is not a person."""

from __future__ import annotations

import pytest
from conftest import SEEDS, needs_shared
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extractors.people import find_people
from checker.language.names import same_person
from checker.models import Article, PersonClaim
from checker.segmenter import claimcheck_segment


def people(text: str) -> list[PersonClaim]:
    article = Article(path="t.txt", raw=text)
    segments = [s for s in claimcheck_segment(article, None) if s.kind != "furniture"]  # type: ignore[arg-type]
    found = find_people(article, segments)
    for p in found:
        assert article.raw[p.span.start : p.span.end] == p.text
    return found


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("Secretary of State John Kerry threatened to stop the talks.", "John Kerry", "Secretary of State"),
        ("It backed Syrian President Bashar Assad in the war.", "Bashar Assad", "Syrian President"),
        (
            "A statement from State Department Spokesperson John Kirby said so.",
            "John Kirby",
            "State Department Spokesperson",
        ),
        ("Talks with Russian Foreign Minister Sergei Lavrov failed.", "Sergei Lavrov", "Russian Foreign Minister"),
        ("The town hired Police Chief Maria Gomez in May.", "Maria Gomez", "Police Chief"),
        ("Pentagon spokeswoman Dana White spoke.", "Dana White", "Pentagon spokeswoman"),
        ("The letter reached Bashar al-Assad on Monday.", "Bashar al-Assad", None),
        ("Former President George W. Bush attended.", "George W. Bush", "Former President"),
    ],
)
def test_full_names_with_titles(sentence: str, name: str, title: str | None) -> None:
    [p] = people(sentence + "\n")
    assert (p.name, p.title, p.canonical, p.short) == (name, title, name, False)


def test_short_references_are_grouped_under_the_full_name() -> None:
    text = (
        "Russian President Vladimir Putin met Secretary of State John Kerry in Geneva.\n\n"
        "Putin said little. Mr. Kerry said more, and President Putin left early.\n"
    )
    found = people(text)
    assert [(p.text, p.canonical, p.short) for p in found] == [
        ("Vladimir Putin", "Vladimir Putin", False),
        ("John Kerry", "John Kerry", False),
        ("Putin", "Vladimir Putin", True),
        ("Mr. Kerry", "John Kerry", True),
        ("President Putin", "Vladimir Putin", True),
    ]
    assert found[3].title == "Mr."
    assert found[3].name == "Kerry"


def test_particle_variant_in_one_article_is_one_person() -> None:
    text = "Syrian President Bashar al-Assad spoke.\n\nAssad said the war would go on. Bashar Assad left.\n"
    found = people(text)
    assert {p.canonical for p in found} == {"Bashar al-Assad"}
    assert len(found) == 3


@pytest.mark.parametrize(
    "text",
    [
        "The State Department said the Islamic State group was weakened.\n",
        "Aid reached Aleppo and Moscow objected.\n",
        "Fighters linked to al Qaeda and al-Qaeda in Syria held the town.\n",
        "The United Nations Security Council met in New York.\n",
        "On Monday September the Kremlin spoke.\n",
        "Hurricane Dana made landfall near Cape Ruskin and Port Elwyn.\n",
        "A report by the Coastal Resilience Institute warned of floods.\n",
    ],
)
def test_organisations_and_places_are_not_people(text: str) -> None:
    assert people(text) == []


def test_headline_title_case_is_not_a_person() -> None:
    text = "Flood Waters Reach Market Town\n\nMayor Linda Okafor said the river rose overnight.\n"
    assert [p.name for p in people(text)] == ["Linda Okafor"]


@needs_shared(SEEDS / "gold.yaml")
def test_seed_people_and_house_styles() -> None:
    a = people((SEEDS / "000_c04042c6ce3db92b.txt").read_text(encoding="utf-8"))
    b = people((SEEDS / "002_9200173ddc167a50.txt").read_text(encoding="utf-8"))
    assert {p.canonical for p in a} == {"John Kirby", "Bashar Assad", "John Kerry", "Sergei Lavrov"}
    assert {p.canonical for p in b} == {"Barack Obama", "Vladimir Putin", "John Kirby", "John Kerry", "Bashar al-Assad"}
    assert same_person("Bashar Assad", "Bashar al-Assad")
    assert [p.text for p in a if p.canonical == "John Kirby"] == ["John Kirby", "Kirby", "Kirby"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Kirby John Mr. President al-Assad,.\n")), max_size=200))
def test_any_text_gives_spans_in_bounds(text: str) -> None:
    for p in people(text):
        assert 0 <= p.span.start <= p.span.end <= len(text)
        assert p.canonical


@pytest.mark.parametrize(
    "text",
    [
        "The  Acme plan", "the\\nAcme board", "into Acme", "in Acme, who said", "backed by Acme, who said it",
        "Acme X said", "Acme X. said", "Acme Corp said", "Acme Corp. told", "xAcme Corp", "Acme", "by Acme,",
        "Lathe Acme", "bythe Acme", "for Acmes", "Acme\\u00a0Corp", "across  Acme.", "AcmeAcme Corp", "with Acme",
    ],
)  # fmt: skip
def test_organisation_like_reads_the_word_where_it_stands_as_its_pattern_did(text: str) -> None:
    from checker.extractors.people import _organisation_like, _organisation_like_pattern

    for word in ("Acme", "Corp", "X", "Acmes"):
        assert _organisation_like(text, word) == _organisation_like_pattern(text, word), (text, word)


@pytest.mark.parametrize(
    "text",
    [
        "Kirby said O'Leary and McDonald-Hayes met Ki-moon’s aide; x-Ray, 'Tom and Ann Lee' did not.",
        "The U.S. envoy, Ms. Grey, met Mr Vey in Rome. “Grey” and (Vey) spoke; Vey’s plan failed.",
    ],
)
def test_capitalised_words_are_found_capital_first_as_before(text: str) -> None:
    from conftest import FIXTURES

    from checker.extractors.people import _CAPITALISED, _CAPITALISED_BARE, _has_particle

    paragraphs = [text]
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix in (".md", ".txt", ".html"):
            paragraphs += path.read_text(encoding="utf-8", errors="replace").split("\n\n")
    for paragraph in paragraphs:
        if _has_particle(paragraph):
            continue  # the prefixed form ("al-", "Al-", "el-") is read with _CAPITALISED itself
        fast = [(m.span(), m.span("s")) for m in _CAPITALISED_BARE.finditer(paragraph)]
        assert fast == [(m.span(), m.span("s")) for m in _CAPITALISED.finditer(paragraph)]
