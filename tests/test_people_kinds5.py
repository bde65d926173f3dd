"""People links on a fresh reviewer's fifth round of near variants (issue 13), on text we wrote:
dignities known with one name, British quotation marks, roles learned from an apposition,
sentence-initial surnames of any verb, and multi-word role phrases."""

from __future__ import annotations

import pytest

from checker.language import lexicons, names, quotation
from checker.models import QuoteClaim
from checker.testing import Runner
from tests.test_people_links import article, links_of


@pytest.mark.parametrize(
    "title", sorted({t.form for t in lexicons.people().titles if t.dignity and t.form[:1].isupper()})
)
def test_a_dignity_and_one_name_is_no_missing_first_reference(title: str, claimcheck_run: Runner) -> None:
    """Every ``dignity`` entry: "Cardinal Richelieu" may be a figure known by the title and one name."""
    result = claimcheck_run(
        article(
            f"The letters go on show in June.\n\nThe oldest were written for {title} Quarrington, the curator said.\n"
        )
    )
    assert not result.findings("CC601")


@pytest.mark.parametrize("title", ["Mayor", "Councillor", "Senator", "Governor"])
def test_an_office_and_a_surname_is_still_a_missing_first_reference(title: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(f"The letters go on show in June.\n\nThe loan was approved by {title} Quarrington on Monday.\n")
    )
    [hit] = result.findings("CC601")
    assert "Quarrington" in hit.message


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Later the 61-year-old chief constable said", "chief constable"),
        ("the chief inspector at the station", "chief inspector"),
        ("The chief executive spoke", "chief executive"),
        ("The police chief spoke", "police chief"),
        ("The chief said", "chief"),
        ("The deputy mayor said", "deputy mayor"),
        ("The chief financial officer said", "chief financial officer"),
        ("The deputy chief constable said", "deputy chief constable"),
        ("The chief executive officer said", "chief executive"),
        ("The mayor told officer Dunn", "mayor"),
    ],
)
def test_a_role_description_is_the_whole_role_phrase(text: str, role: str) -> None:
    [(_, _, found, _)] = names.role_descriptions(text)
    assert found == role


@pytest.mark.parametrize(
    ("apposition", "role"),
    [(", the chief inspector at Fenmoor,", "chief inspector"), (", the chief constable,", "chief constable")],
)
def test_a_role_phrase_in_apposition_is_whole(apposition: str, role: str) -> None:
    text = f"Idris Pennock{apposition} spoke."
    found = names.role_apposition(text, len("Idris Pennock"))
    assert found is not None and found[2] == role


def test_a_role_phrase_is_a_kind_of_its_head_noun_not_of_its_first_word() -> None:
    assert names.title_role("Chief Constable") == "chief constable"
    assert names.role_fits("constable", "chief constable")
    assert not names.role_fits("chief", "chief constable")
    assert not names.role_fits("police chief", "chief constable")
    assert names.title_role("Acting Mayor") == "mayor"  # a qualifier leaves the office as it is
    assert names.title_role("Deputy Chief Constable") == "deputy chief constable"
    assert names.title_role("Chief Financial Officer") == "chief financial officer"
    assert not names.role_fits("chief", "chief financial officer")


@pytest.mark.parametrize("qualifier", sorted(lexicons.people().role_qualifiers))
def test_a_role_qualifier_makes_no_role_phrase(qualifier: str) -> None:
    assert names.role_phrase(qualifier, "mayor") is None


def test_two_role_phrases_sharing_a_word_are_different_people(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Police Chief Rhona Basset, 55, spoke first on Monday.\n\n"
            "Later the 61-year-old chief constable said the force was short of officers.\n"
        )
    )
    assert not result.findings("CC201")


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("'We will not pay a penny more,' Birtwistle said.", ["We will not pay a penny more,"]),
        ("He said, 'we will not pay'.", ["we will not pay"]),
        ("‘Residents told us “no more money”,’ she said.", ["Residents told us “no more money”,"]),
        ("She told us: ‘The Smiths’ bill is paid at last.’", ["The Smiths’ bill is paid at last."]),
        ("'Not now,' he said. 'Not ever.'", ["Not now,", "Not ever."]),
    ],
)
def test_single_marks_around_words_are_a_quotation(text: str, quoted: list[str]) -> None:
    assert [text[o + 1 : c] for o, c in quotation.single_quoted(text)] == quoted


@pytest.mark.parametrize(
    "text",
    [
        "The Smiths' house was sold in the '90s.",
        "Don't worry, the band played rock 'n' roll all night.",
        "The Joneses' neighbours and the Smiths' cousins came.",
        "“He told me ‘never again’ and left,” she said.",
        "Her nickname was 'Bud' at school.",
    ],
)
def test_apostrophes_and_inner_marks_are_no_single_quotation(text: str) -> None:
    assert quotation.single_quoted(text) == []


@pytest.mark.parametrize("word", sorted(lexicons.speech().elisions))
def test_an_elided_word_opens_no_quotation(word: str) -> None:
    text = f"They sang '{word} all night long,' the band said."
    assert quotation.single_quoted(text) == []


def test_a_single_quoted_quotation_is_a_quote_with_its_speaker(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Councillor Hana Birtwistle spoke on Monday.\n\n"
            "'Residents told us “no more money” and we listened,' Birtwistle said.\n"
        )
    )
    quotes = [c for c in result.claims("quote")]
    assert [(q.content, q.speaker) for q in quotes] == [
        ("Residents told us “no more money” and we listened,", "Hana Birtwistle")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "'The Fix' will close the hole, the company said.",
        "The Hunger Games' sequel 'Catching Fire' opens in May.",
        "The film 'Armed and Dangerous' opened on Friday.",
    ],
)
def test_a_title_in_single_marks_is_no_quotation(text: str) -> None:
    assert quotation.single_quoted(text) == []


def test_a_possessive_before_another_opening_mark_closes_the_title() -> None:
    text = "'The Hunger Games' sequel 'will be darker still', the studio said."
    assert [text[o + 1 : c] for o, c in quotation.single_quoted(text)] == ["will be darker still"]


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Whitcomb declined to comment on the rota.", "Whitcomb"),
        ("Whitcomb, however, was not at the meeting.", "Whitcomb"),
        ("Whitcombe's deputy left early. Whitcomb later returned to the clinic.", "Whitcomb"),
        ("Whitcomb had already left for the day.", "Whitcomb"),
        ("Whitcomb, 45, declined to comment.", "Whitcomb"),
        ("Whitcomb, the manager, later returned.", "Whitcomb"),
    ],
)
def test_a_misspelt_surname_opening_a_sentence_as_a_verbs_subject_is_reported(
    sentence: str, written: str, claimcheck_run: Runner
) -> None:
    result = claimcheck_run(
        article(f"Dana Whitcombe, the clinic manager, said the clinic would close.\n\n{sentence}\n")
    )
    [hit] = result.findings("CC601")
    assert f"“{written}”" in hit.message and "Whitcombe" in hit.message


@pytest.mark.parametrize(
    "sentence",
    [
        "Whitcombe arrived at 9 a.m. to meet the builders.",
        "Whitby officials said the road would stay open.",
        "Whitcomb Street was closed for the morning.",
        "Witness statements were taken on Friday.",
        "Parks reopened on Monday, and the town's parks were busy.",
    ],
)
def test_a_surname_place_or_common_word_opening_a_sentence_is_no_misspelling(
    sentence: str, claimcheck_run: Runner
) -> None:
    result = claimcheck_run(article(f"Dana Whitcombe and Nia Parkes said the clinic would close.\n\n{sentence}\n"))
    assert not result.findings("CC601")


@pytest.mark.parametrize("verb", sorted(lexicons.speech().subject_verbs))
def test_a_subject_verb_makes_a_sentence_initial_near_surname_a_mention(verb: str) -> None:
    from checker.extractors.people import _unknown_reference

    text = f"Whitcomb {verb} there."
    assert _unknown_reference(text, 0, 8, "Whitcomb", None, {"Whitcombe"}, {"Dana", "Whitcombe"}, text)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Ana Pruitt, 48, the church organist, played.", "Ana Pruitt", "organist"),
        ("Ana Pruitt, a beekeeper from Lydmouth, spoke.", "Ana Pruitt", "beekeeper"),
        ("The fete was opened by church organist Ana Pruitt on Saturday.", "Ana Pruitt", "organist"),
        ("Groundskeeper Ana Pruitt said the pitch was soft.", "Ana Pruitt", "groundskeeper"),
        ("Ana Pruitt, the village's farrier, said.", "Ana Pruitt", "farrier"),
        ("Ana Pruitt, who has been the chapel's bellringer since 1990, rang.", "Ana Pruitt", "bellringer"),
        ("The church organist, Ana Pruitt, 48, played.", "Ana Pruitt", "organist"),
    ],
)
def test_a_role_no_lexicon_lists_is_learned_from_the_text(text: str, name: str, role: str) -> None:
    assert role not in lexicons.people().role_words()
    at = text.index(name)
    found = names.learned_role(text, at, at + len(name))
    assert found is not None and found[2] == role


@pytest.mark.parametrize(
    "text",
    [
        "Ana Pruitt, the first to arrive, sat down.",
        "Ana Pruitt, 48, the other, sat down.",
        "They met after Ana Pruitt left.",
        "Whether Ana Pruitt stays is unclear.",
        "The first to speak, Ana Pruitt, sat down.",
        "Ana Pruitt, the mayor, spoke.",  # a lexicon role: found by role_apposition, not learned
    ],
)
def test_words_that_name_no_role_are_not_learned(text: str) -> None:
    at = text.index("Ana Pruitt")
    assert names.learned_role(text, at, at + len("Ana Pruitt")) is None


@pytest.mark.parametrize("word", sorted(lexicons.people().not_role_words))
def test_a_not_role_word_is_never_learned(word: str) -> None:
    text = f"Ana Pruitt, the {word}, sat down. The {word} Ana Pruitt left."
    assert names.learned_role(text, 0, len("Ana Pruitt")) is None
    at = text.rindex("Ana Pruitt")
    assert names.learned_role(text, at, at + len("Ana Pruitt")) is None


@pytest.mark.parametrize("ending", sorted(lexicons.people().role_endings))
def test_a_person_noun_ending_before_a_name_makes_a_role(ending: str) -> None:
    word = f"zorb{ending}"
    text = f"The fete was opened by {word} Ana Pruitt."
    at = text.index("Ana Pruitt")
    found = names.learned_role(text, at, at + len("Ana Pruitt"))
    assert found is not None and found[2] == word


def test_a_learned_role_held_by_two_people_or_in_the_plural_is_nobodys(claimcheck_run: Runner) -> None:
    two = claimcheck_run(
        article(
            "Ana Pruitt, 48, the church organist, and Wilf Carrow, 52, the chapel organist, played.\n\n"
            "The 50-year-old organist from Lydmouth closed the evening.\n"
        )
    )
    assert not two.findings("CC201")
    plural = claimcheck_run(
        article("Ana Pruitt, 48, the church organist, played.\n\nThe organists, the youngest 15, came from afar.\n")
    )
    assert not plural.findings("CC201")


def test_a_learned_role_links_its_holders_ages(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article("Ana Pruitt, 48, the church organist, played.\n\nThe 52-year-old organist chose the hymns.\n")
    )
    [hit] = result.findings("CC201")
    assert "Ana Pruitt" in hit.message and "52" in hit.message


def test_a_learned_role_refers_across_the_story_to_its_one_holder(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        {
            "a.md": article("Ana Pruitt, 48, the church organist, rang the bells.\n", outlet="Otterby Times"),
            "b.md": article("The bells rang again.\n\nThe 52-year-old organist said they were restored.\n"),
        }
    )
    [hit] = result.findings("CC201")
    assert "Ana Pruitt" in hit.message and "52" in hit.message


@pytest.mark.parametrize(
    ("pronoun", "person", "place"),
    [
        ("he", "Mr Rowntree", "a local Kwik Fit"),
        ("she", "Ms Rowntree", "a local Fenna Gold"),
    ],
)
def test_a_pronoun_whose_sentence_opens_with_it_keeps_to_the_chain(
    pronoun: str, person: str, place: str, claimcheck_run: Runner
) -> None:
    """'Mr Rowntree described … He added that a man was attacked outside a local Kwik Fit. ‘…,’ he
    wrote': the pronoun refers to whom the sentence's own subject pronoun does, not the name after it."""
    first = "Jude" if pronoun == "he" else "Ada"
    result = claimcheck_run(
        article(
            f"Councillor {first} Rowntree was at the scene on Sunday.\n\n"
            f"{person} later described the chaos. {pronoun.capitalize()} added that a man had been attacked "
            f"outside {place}.\n\n"
            f"‘Tonight was a peaceful vigil that turned into a riot,’ {pronoun} wrote.\n"
        )
    )
    [quote] = [c for c in result.claims("quote")]
    found = links_of(result).entity_of(quote)
    assert found is not None and found.canonical == f"{first} Rowntree"


@pytest.mark.parametrize(
    ("text", "runs_on"),
    [
        ("She said: 'The water is two feet below the wall.", True),
        ("'We have sandbags at every gate.", True),
        ("Residents called it 'Vaszary's wall for years.", False),
        ("'We have sandbags,' she said.", False),
        ("The band played rock 'n' roll all night.", False),
        ("She said: 'The Flood Wall", False),
    ],
)
def test_a_single_quotation_runs_on_only_from_a_quotations_start(text: str, runs_on: bool) -> None:
    assert (quotation.open_single(text) is not None) is runs_on


def test_a_single_quotation_over_paragraphs_is_one_quote(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Warden Petra Vaszary, 57, said: 'The water is two feet below the wall.\n\n"
            "'We have sandbags at every gate.\n\n'Nobody needs to leave tonight.'\n"
        )
    )
    [quote] = result.claims("quote")
    assert isinstance(quote, QuoteClaim) and not quote.unbalanced
    assert quote.content.startswith("The water") and quote.content.endswith("leave tonight.")
    assert quote.speaker == "Petra Vaszary"


def test_an_apostrophe_left_open_makes_no_quote(claimcheck_run: Runner) -> None:
    result = claimcheck_run(article("Warden Petra Vaszary, 57, said: 'The water is two feet below the wall.\n"))
    assert result.claims("quote") == []


@pytest.mark.parametrize(
    "figure", ["Cardinal Richelieu", "Pope Francis", "Queen Victoria", "King Charles", "Saint Augustine", "Lord Nelson"]
)
def test_a_known_figure_by_title_and_name_is_no_missing_first_reference(figure: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(f"Curator Ines Beaudry opened the room on Monday.\n\nA letter from {figure} hangs by the door.\n")
    )
    assert not result.findings("CC601")


@pytest.mark.parametrize(("after", "conflict"), [("70, from Lydmouth", True), ("40 hives in all", False)])
def test_a_number_closing_a_learned_apposition_is_its_holders_age(
    after: str, conflict: bool, claimcheck_run: Runner
) -> None:
    result = claimcheck_run(
        article(
            f"The hives died, said Osric Tamm, a beekeeper, {after}.\n\n"
            "The 73-year-old beekeeper said he would rebuild.\n"
        )
    )
    assert bool(result.findings("CC201")) is conflict
