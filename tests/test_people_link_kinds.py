"""People links on near variants of issue 13's kinds, on text we wrote: appositions with a role,
place words that are surnames, role words before a name, speakers after a colon, relatives."""

from __future__ import annotations

import pytest

from checker.language import lexicons, names
from checker.models import QuoteClaim
from checker.testing import Runner
from tests.test_people_links import article, links_of, person


@pytest.mark.parametrize(
    "apposition",
    ["the city manager", "the town librarian", "the village postmaster", "the company's founder", "a city engineer"],
)
def test_a_role_modified_by_a_place_noun_keeps_the_name_a_person(apposition: str) -> None:
    text = f"Jane Ostrander, {apposition}, opened the hall on Monday."
    assert [n for _, _, n, _ in names.people_in(text)] == ["Jane Ostrander"]
    assert not names.not_a_person(text, 0, len("Jane Ostrander"))


@pytest.mark.parametrize(
    "apposition",
    ["a town in the north", "the small city where she grew up", "a village of 400 people", "a company founded in 1990"],
)
def test_an_apposition_headed_by_a_place_noun_makes_a_place(apposition: str) -> None:
    text = f"Ashby Tarrow, {apposition}, voted on Monday."
    assert names.not_a_person(text, 0, len("Ashby Tarrow"))


def test_a_changed_given_name_after_a_town_role_is_reported(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Marta Quennell, the town librarian, reopened the library on Saturday.\n\n"
            "Martha Quennell said the children's room would open next month.\n"
        )
    )
    [hit] = result.findings("CC601")
    assert hit.line == 9 and "Marta Quennell" in hit.message


@pytest.mark.parametrize("surname", ["Marsh", "Park", "Lake", "Wells", "Hall", "Ford", "Glen"])
def test_a_place_word_surname_after_a_role_or_given_name_is_a_person(surname: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(f"Council treasurer Rachel {surname} presented the budget on Monday.\n\n{surname} said it balanced.\n")
    )
    holder = person(links_of(result), f"Rachel {surname}")
    assert [m.form for m in holder.mentions] == ["full", "surname"]


@pytest.mark.parametrize(
    "text",
    [
        "Floods reached Ashby Marsh on Monday.",
        "She said Ashby Park would vote.",
        "Residents of Tarrow Wells met at the church.",
        "Ashby Lake residents voted on Monday.",
    ],
)
def test_a_place_word_name_without_a_person_cue_stays_a_place(text: str) -> None:
    assert names.people_in(text) == [] or all(names.not_a_person(text, s, e) for s, e, _, _ in names.people_in(text))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Librarian Dana Quennell reopened the library.", "Librarian"),
        ("Harbourmaster Ola Brenning closed the slip.", "Harbourmaster"),
        ("Beekeeper Dana Quennell sold the honey.", None),  # a job word the lexicon lacks
        ("Archivist Ola Brenning found the map.", "Archivist"),
    ],
)
def test_a_capitalised_job_word_before_a_name_is_a_title_not_a_given_name(text: str, title: str | None) -> None:
    [(_, _, name, found)] = names.people_in(text)
    assert len(name.split()) == 2 and found == title


def test_a_given_name_before_a_name_stays_in_it() -> None:
    assert [n for _, _, n, _ in names.people_in("Mary Walker Quennell spoke.")] == ["Mary Walker Quennell"]


def test_a_changed_given_name_after_a_job_word_is_reported(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article("Curator Dana Quennell opened the show on Saturday.\n\nDiane Quennell said it would tour.\n")
    )
    [hit] = result.findings("CC601")
    assert hit.line == 9 and "Dana Quennell" in hit.message
    assert person(links_of(result), "Dana Quennell").titles == ("Curator",)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Ruth Pelham, the mayor, met the press.", "mayor"),
        ("Ruth Pelham, 58, the mayor of Fenmoor, met the press.", "mayor"),
        ("Ola Brenning, a harbour inspector, met the press.", "inspector"),
        ("Ruth Pelham, who has been mayor since 2019, met the press.", "mayor"),
        ("Ruth Pelham, the mayor's husband, met the press.", None),  # the role is someone else's
        ("Tiago Brenning, her son, met the press.", None),  # kinship relates, it is no role
    ],
)
def test_a_role_written_after_a_name_is_one_its_holder_has(text: str, role: str | None) -> None:
    found = names.role_apposition(text, text.index(","))
    assert (found[2] if found else None) == role


def test_a_role_after_the_name_corefers_with_a_later_role_description(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Ruth Pelham, 58, the mayor of Fenmoor, opened the new ferry slip on Monday.\n\n"
            "The slip cost two million.\n\n"
            "The 56-year-old mayor said it was the proudest day of her term.\n"
        )
    )
    pelham = person(links_of(result), "Ruth Pelham")
    assert [m.form for m in pelham.mentions] == ["full", "role", "role"]
    [hit] = result.findings("CC201")
    assert hit.outcome == "fail" and hit.line == 11


def test_a_quote_of_the_role_goes_to_the_person_it_was_written_after(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Ruth Pelham, the harbour master's deputy, spoke first. Anton Vey, the mayor, met the press.\n\n"
            '"We will rebuild the slip," the mayor said later.\n'
        )
    )
    [quote] = [c for c in result.claims("quote") if isinstance(c, QuoteClaim)]
    found = links_of(result).entity_of(quote)
    assert quote.speaker == "Anton Vey" and found is not None and found.canonical == "Anton Vey"


@pytest.mark.parametrize(
    "lead",
    [
        "Later, Pelham repeated:",
        "On Monday, Pelham said:",
        "Pelham echoed the point:",
        "Afterwards, Pelham offered one more line:",
    ],
)
def test_a_colon_after_a_name_and_its_clause_gives_that_name(lead: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            'Mayor Ruth Pelham opened the meeting. "The ferry will stop," Pelham said.\n\n'
            'Harbour chief Anton Vey disagreed. "The ferry will run," Vey said.\n\n'
            f'{lead} "The ferry will stop in winter."\n'
        )
    )
    [last] = [c for c in result.claims("quote") if isinstance(c, QuoteClaim) and "in winter" in c.content]
    found = links_of(result).entity_of(last)
    assert found is not None and found.canonical == "Ruth Pelham"


def test_a_bare_surname_among_relatives_names_one_person_in_claim_and_entity(claimcheck_run: Runner) -> None:
    from checker.report import claim_dict

    result = claimcheck_run(
        article(
            "Tiago Brenvik, 35, was rescued from his roof on Sunday, along with his mother, Rosa Brenvik, 61.\n\n"
            "Firefighters reached the house by boat.\n\n"
            "Brenvik said the water rose faster than anyone expected.\n"
        )
    )
    [r] = result.results
    links = links_of(result)
    [short] = [c for c in result.claims("person") if c.text == "Brenvik"]
    data = claim_dict(short, links, r.path)
    entity = links.entity(data["entity"])
    # the principal, not the relative named nearest (issue 13: "His mother, Rosa Alvim" … "Alvim said")
    assert entity is not None and data["canonical"] == entity.canonical == "Tiago Brenvik"


def test_a_changed_number_word_is_shown_as_written(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            'Skipper Ola Brenning spoke on Monday. "We lost one of the boats in the storm," Brenning said.\n\n'
            '"We lost two of the boats in the storm," Brenning told the inquiry.\n'
        )
    )
    [hit] = result.findings("CC301")
    assert hit.outcome == "fail" and "“two” here, “one” there" in hit.message


def test_two_statements_that_open_alike_are_not_one_quote_rendered_twice(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Coach Ola Brenning praised his striker.\n\n"
            '"He is used to being the man," Brenning said.\n\n'
            '"He is used to being the one everyone counts on in the last minutes, all the way from school '
            'to the first team. That is in his blood. He is a very competitive man."\n'
        )
    )
    assert not result.findings("CC301")


def test_a_role_in_apposition_before_a_name_corefers_with_a_later_role_description(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "The plant was switched on by its chief engineer, Tomas Arkwright, 39, on Thursday.\n\n"
            "Speaking at the gates, the 41-year-old engineer said the pipes had been tested twice.\n"
        )
    )
    [hit] = result.findings("CC201")
    assert hit.line == 9 and "Tomas Arkwright" in hit.message


@pytest.mark.parametrize(
    "line",
    [
        "Gonzalvez said the stage would be moved closer to the river.",
        "The stage will move closer to the river, Gonzalvez told reporters.",
        "The stage will move closer to the river, said Gonzalvez.",
    ],
)
def test_an_unknown_surname_reporting_speech_is_a_person_nobody_introduced(line: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(article(f"Organiser Jonah Pell said the festival returns on Friday.\n\n{line}\n"))
    [hit] = result.findings("CC601")
    assert hit.line == 9 and "Gonzalvez" in hit.message and "nobody introduced" in hit.message


@pytest.mark.parametrize(
    "line",
    [
        "Officials said the stage would be moved closer to the river.",
        "Calloway said it would move the stage closer to the river.",  # "it": an organisation
        "Enough said.",
        "Drake countered with a late goal, and the stage moved closer to the river.",  # not a reporting verb
        "Police said the stage would move. The police closed the road.",  # a common noun
        "Rangers said the stage would move.",  # the plural of a role word
        "The board said Calloway's stage would move.",  # said introduces a clause, not its subject
        "On its website, Calloway said the stage would move.",  # "its" before: an organisation
        "Friends said the stage would move.",
        "The stage will move, ferry operator Calloway told reporters.",  # a name inside a noun phrase
        "Calloway has moved its stage. The stage is closer to the river, said Calloway.",  # "its" elsewhere
    ],
)
def test_groups_organisations_and_words_that_open_sentences_are_not_unknown_people(
    line: str, claimcheck_run: Runner
) -> None:
    result = claimcheck_run(article(f"Organiser Jonah Pell said the festival returns on Friday.\n\n{line}\n"))
    assert not result.findings("CC601")


@pytest.mark.parametrize("word", sorted(lexicons.markers().place_surnames))
def test_a_place_surname_is_a_place_alone_and_a_surname_after_a_title(word: str) -> None:
    assert word in names.NOT_NAMES
    assert names.people_in(f"Floods reached Ashby {word} on Monday.") == []
    assert [n for _, _, n, _ in names.people_in(f"Council treasurer Rachel {word} resigned.")] == [f"Rachel {word}"]


@pytest.mark.parametrize("verb", sorted(lexicons.speech().reporting))
def test_a_reporting_verb_makes_an_unknown_surname_a_person(verb: str) -> None:
    from checker.extractors.people import _unknown_reference

    text = f"Gonzalvez {verb} the stage would move."
    assert _unknown_reference(text, 0, 9, "Gonzalvez", None, {"Pell"}, {"Jonah", "Pell"}, text)


@pytest.mark.parametrize("word", sorted(lexicons.speech().group_subjects))
def test_a_group_subject_is_never_an_unknown_person(word: str) -> None:
    from checker.extractors.people import _unknown_reference

    cap = word.capitalize()
    text = f"{cap} said the stage would move."
    assert not _unknown_reference(text, 0, len(cap), cap, None, {"Pell"}, {"Jonah", "Pell"}, text)


@pytest.mark.parametrize("word", sorted(lexicons.speech().subject_joiners - lexicons.speech().reporting))
def test_a_joiner_before_an_unknown_surname_keeps_it_a_subject(word: str) -> None:
    from checker.extractors.people import _unknown_reference

    for text in (f"The stage moved {word} Gonzalvez said the river rose.", "The stage moved, Gonzalvez said."):
        at = text.index("Gonzalvez")
        assert _unknown_reference(text, at, at + 9, "Gonzalvez", None, {"Pell"}, {"Jonah", "Pell"}, text)
    text = f"The stage moved {word} ferry operator Calloway said the river rose."
    at = text.index("Calloway")
    assert not _unknown_reference(text, at, at + 8, "Calloway", None, {"Pell"}, {"Jonah", "Pell"}, text)


@pytest.mark.parametrize(
    ("intro", "found"),
    [
        ("The shelter is full, said Marjeta, who like many villagers uses a single name.", False),
        ("The shelter is full, said Marjeta, a nurse.", False),
        ("The shelter is full, said Marjeta, who added that she would stay.", True),  # speech goes on
    ],
)
def test_a_person_known_by_one_name_and_described_is_no_missing_first_reference(
    intro: str, found: bool, claimcheck_run: Runner
) -> None:
    result = claimcheck_run(article(f"Organiser Jonah Pell opened the shelter on Friday.\n\n{intro}\n"))
    assert bool(result.findings("CC601")) is found


def test_an_age_after_a_role_in_apposition_is_the_named_persons(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Marta Quennell, the town librarian, 52, reopened the reading room on Saturday.\n\n"
            "Quennell, 54, said the repairs took a year.\n"
        )
    )
    quennell = person(links_of(result), "Marta Quennell")
    assert sorted(age for age, _ in quennell.ages) == [52, 54]
    [hit] = result.findings("CC201")
    assert hit.outcome == "fail" and hit.line == 9


@pytest.mark.parametrize(
    ("title", "described"),
    [
        ("Foreign Minister", "minister"),
        ("Interior Minister", "minister"),
        ("Police Chief", "chief"),
        ("Home Secretary", "secretary"),
        ("Lieutenant Colonel", "colonel"),
    ],
)
def test_a_role_named_by_the_head_noun_of_a_title_is_its_holder(
    title: str, described: str, claimcheck_run: Runner
) -> None:
    result = claimcheck_run(
        article(
            f"{title} Wenna Tolliver, 47, toured the flooded estate on Tuesday.\n\n"
            f"The 45-year-old {described} said the pumps would run all night.\n"
        )
    )
    tolliver = person(links_of(result), "Wenna Tolliver")
    assert [(m.form, m.role) for m in tolliver.mentions][-1] == ("role", described)
    [hit] = result.findings("CC201")
    assert hit.outcome == "fail" and hit.line == 9


def test_a_head_noun_held_by_two_people_is_nobodys(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Foreign Minister Wenna Tolliver, 47, and Defence Minister Olek Barrowby, 52, met on Tuesday.\n\n"
            "According to the minister, the 49-year-old minister from the coast was not invited.\n"
        )
    )
    links = links_of(result)
    assert all(m.form != "role" for e in links.entities for m in e.mentions)
    assert not result.findings("CC201")


def test_another_office_sharing_a_word_is_not_its_holder(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Vice President Wenna Tolliver, 47, opened the dock on Tuesday.\n\n"
            "The 60-year-old president of the dockers' union spoke after her.\n"
        )
    )
    assert not result.findings("CC201")


def test_a_role_in_another_article_of_the_story_refers_to_its_one_holder(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        {
            "a.md": article("Mayor Odile Fenwick, 58, opened the harbour wall on Saturday.\n", "wall"),
            "b.md": article(
                "Boats were back by Saturday.\n\nThe 56-year-old mayor told the crowd it cost nothing.\n",
                "wall",
                "Coastal Ledger",
            ),
        }
    )
    links = links_of(result)
    fenwick = person(links, "Odile Fenwick")
    assert [(m.article.endswith("b.md"), m.form, m.role) for m in fenwick.mentions][-1] == (True, "role", "mayor")
    [attribution] = result.claims("attribution", "b.md")
    speaker = links_of(result, "b.md").entity_of(attribution)
    assert speaker is not None and speaker.id == fenwick.id
    [hit] = result.findings("CC201")
    assert hit.path.endswith("b.md") and hit.outcome == "fail" and "58" in hit.message


def test_a_role_with_two_holders_in_the_story_is_nobodys(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        {
            "a.md": article("Mayor Odile Fenwick, 58, and Mayor Piet Arnaud, 61, signed on Saturday.\n", "pact"),
            "b.md": article("The 56-year-old mayor told the crowd it cost nothing.\n", "pact", "Coastal Ledger"),
        }
    )
    assert not result.findings("CC201")
    assert all(m.form != "role" for e in links_of(result).entities for m in e.mentions)


@pytest.mark.parametrize(
    ("dates", "ages", "outcome"),
    [
        (("2024-05-02", "2024-05-02"), (71, 71), None),
        (("2024-05-02", "2024-05-02"), (71, 72), "warn"),  # a birthday that day, or a slip
        (("2024-05-02", "2024-05-02"), (71, 74), "fail"),
        (("2024-03-02", "2024-06-20"), (71, 72), None),  # a birthday between
        (("2024-03-02", "2024-06-20"), (71, 70), "warn"),  # younger later
        (("2022-03-02", "2024-06-20"), (71, 73), None),
        (("2022-03-02", "2024-06-20"), (71, 72), "warn"),
        (("2022-03-02", "2024-06-20"), (71, 71), "fail"),
        (("2022-03-02", "2024-06-20"), (71, 76), "fail"),
    ],
)
def test_ages_of_one_person_across_a_story_agree_with_the_dates_between(
    dates: tuple[str, str], ages: tuple[int, int], outcome: str | None, claimcheck_run: Runner
) -> None:
    def dated(published: str, body: str, outlet: str) -> str:
        return article(body, "mill", outlet).replace("published: 2024-05-02", f"published: {published}")

    result = claimcheck_run(
        {
            "a.md": dated(dates[0], f"Casimir Vandeleur, {ages[0]}, closed the mill.\n", "Harrowgate Post"),
            "b.md": dated(dates[1], f"Casimir Vandeleur, {ages[1]}, blamed power costs.\n", "Coastal Ledger"),
        }
    )
    assert [(h.path.rsplit("/", 1)[-1], h.outcome) for h in result.findings("CC201")] == (
        [("b.md", outcome)] if outcome else []
    )


def test_ages_across_articles_without_dates_are_not_compared(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        {
            "a.md": "Casimir Vandeleur, 27, was arrested on Friday.\n",
            "b.md": "A jury convicted Casimir Vandeleur, 29, of the shooting.\n",
        },
        story="mill",
    )
    assert not result.findings("CC201")


@pytest.mark.parametrize("verb", ["told reporters", "said", "added"])
def test_a_surname_with_its_age_that_speaks_is_a_person_mention(verb: str, claimcheck_run: Runner) -> None:
    alone = claimcheck_run(article(f"Dockworkers met on Monday. Pemberthy, 44, {verb} the budget was balanced.\n"))
    [hit] = alone.findings("CC601")
    assert hit.outcome == "warn" and "Pemberthy" in hit.message
    story = claimcheck_run(
        {
            "a.md": article("Harbour master Tobiah Pemberthy, 50, said the channel was silted.\n", "silt"),
            "b.md": article(f"Boats waited. Pemberthy, 53, {verb} dredging would start.\n", "silt", "Coastal Ledger"),
        }
    )
    assert [e.canonical for e in links_of(story).entities] == ["Tobiah Pemberthy"]
    [hit] = story.findings("CC201")
    assert hit.path.endswith("b.md") and hit.outcome == "fail"


@pytest.mark.parametrize("given", ["Fatima", "Ahmed", "Maria"])
def test_a_given_name_with_its_age_is_a_person_known_by_one_name(given: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(article(f"More families reached the camp. {given}, 38, said the road was closed.\n"))
    assert not result.findings("CC601")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Rowena Rathbourne", "Rowena Rathborne"),
        ("Renata Gonzales", "Renata Gonzalez"),
        ("Ivo Pettersen", "Ivo Petterson"),
    ],
)
def test_one_letter_of_a_surname_changed_across_a_story_is_reported(
    first: str, second: str, claimcheck_run: Runner
) -> None:
    result = claimcheck_run(
        {
            "a.md": article(f"Farmer {first} sold the orchard on Tuesday.\n", "orchard"),
            "b.md": article(f"The orchard was sold by {second} on Tuesday.\n", "orchard", "Coastal Ledger"),
        }
    )
    assert len(links_of(result).entities) == 1
    [hit] = result.findings("CC601")
    assert hit.path.endswith("b.md") and hit.outcome == "warn"
    assert first.split()[-1] in hit.message and second.split()[-1] in hit.message


def test_one_letter_of_a_surname_changed_in_an_article_is_reported(claimcheck_run: Runner) -> None:
    result = claimcheck_run(article("Renata Gonzales opened the hall.\n\nLater Renata Gonzalez said it was overdue.\n"))
    [hit] = result.findings("CC601")
    assert hit.line == 9 and "Gonzales" in hit.message


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Muammar Gaddafi", "Muammar Qaddafi"),
        ("Yevgeny Sergeyev", "Yevgeny Sergeev"),
        ("Yevgeny Kolesnikov", "Yevgeny Kolesnikow"),
        ("Khalid al-Haddad", "Khalid Haddad"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
    ],
)
def test_a_surname_romanised_another_way_across_a_story_is_a_house_style(
    first: str, second: str, claimcheck_run: Runner
) -> None:
    result = claimcheck_run(
        {
            "a.md": article(f"Envoy {first} arrived on Monday.\n", "envoy"),
            "b.md": article(f"Envoy {second} arrived on Monday.\n", "envoy", "Coastal Ledger"),
        }
    )
    assert not result.findings("CC601")


def test_a_relative_with_a_surname_one_letter_apart_is_someone_else(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article("Renata Gonzales, 40, was rescued with her mother, Renata Gonzalez, 66, on Sunday.\n")
    )
    assert not result.findings("CC601") and not result.findings("CC201")


@pytest.mark.parametrize(
    "sentence",
    [
        "Her lawyer said he had told the judge everything.",  # an object: any judge
        "The local chief said the fire was suspicious.",  # a role that fits most others
    ],
)
def test_a_role_description_another_article_may_not_mean_stays_unlinked(sentence: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        {
            "a.md": article("Judge Hal Brennock and fire chief Ivo Marden spoke on Friday.\n", "fire"),
            "b.md": article(f"Ash covered the hall.\n\n{sentence}\n", "fire", "Coastal Ledger"),
        }
    )
    links = links_of(result)
    assert not [m for e in links.entities for m in e.mentions if m.article.endswith("b.md") and m.form == "role"]


@pytest.mark.parametrize(
    ("described", "ages", "fails"),
    [
        ("The mayor, 45, said it was her last term.", [54, 45], True),
        ("The mayor, who is 45, said it was her last term.", [54, 45], True),
        ("The mayor, who is 54, said it was her last term.", [54, 54], False),
        ("The governor, 45, said the roads were closed.", [54], False),  # another office, no holder named
        ("The mayor said 45 stalls were open.", [54], False),  # a count, not an age
    ],
)
def test_an_age_given_with_a_role_description_is_its_holders(
    described: str, ages: list[int], fails: bool, claimcheck_run: Runner
) -> None:
    result = claimcheck_run(article(f"Mayor Wenna Tolliver, 54, opened the fair on Saturday.\n\n{described}\n"))
    tolliver = person(links_of(result), "Wenna Tolliver")
    assert [age for age, _ in tolliver.ages] == ages
    assert bool(result.findings("CC201")) is fails


@pytest.mark.parametrize(
    ("office", "deputy", "description"),
    [
        ("Mayor", "Deputy Mayor", "mayor"),
        ("Governor", "Lieutenant Governor", "governor"),
        ("Chair", "Vice Chair", "chair"),
        ("Commissioner", "Assistant Commissioner", "commissioner"),
    ],
)
def test_the_office_is_not_its_deputys_office(
    office: str, deputy: str, description: str, claimcheck_run: Runner
) -> None:
    result = claimcheck_run(
        article(
            f"{office} Halvard Strand, 61, and {deputy} Ottilie Brisk, 44, opened the ferry pier on Friday.\n\n"
            f'The 61-year-old {description} called the pier "long awaited".\n'
        )
    )
    assert not result.findings("CC201")
    strand = person(links_of(result), "Halvard Strand")
    assert [m.form for m in strand.mentions] == ["full", "role"]
    assert [m.form for m in person(links_of(result), "Ottilie Brisk").mentions] == ["full"]
    [quote] = [c for c in result.claims("quote") if isinstance(c, QuoteClaim)]
    found = links_of(result).entity_of(quote)
    assert found is not None and found.canonical == "Halvard Strand"


def test_the_deputys_description_refers_to_the_deputy(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Mayor Halvard Strand, 61, and Deputy Mayor Ottilie Brisk, 44, opened the ferry pier on Friday.\n\n"
            "The 45-year-old deputy mayor said the pier would bring trade.\n"
        )
    )
    [hit] = result.findings("CC201")
    assert "Ottilie Brisk" in hit.message and "44" in hit.message


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Deputy Mayor", "deputy mayor"),
        ("Lt. Gov.", "lieutenant governor"),
        ("Former Vice Chair", "vice chair"),
        ("Deputy Prime Minister", "deputy prime minister"),
        ("Vice President", "vice president"),
        ("Lieutenant Colonel", "lieutenant colonel"),
        ("Mayor", "mayor"),
    ],
)
def test_an_office_prefix_makes_another_office(title: str, role: str) -> None:
    assert names.title_role(title) == role


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillor Drewitt welcomed the delay.",
        "Senator Drewitt, who opposes the levy, welcomed the delay.",
        "The delay was welcomed by Mayor Drewitt.",
        "Mayor Drewitt opened the meeting.",
    ],
)
def test_an_office_and_a_surname_name_a_person_without_a_speech_verb(sentence: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(article(f"The levy vote moved to November on Wednesday.\n\n{sentence}\n"))
    [hit] = result.findings("CC601")
    assert hit.line == 9 and "Drewitt" in hit.message and "nobody introduced" in hit.message


@pytest.mark.parametrize(
    "sentence",
    [
        "Pope Gregory sent a message.",
        "The plan was discussed on the Larry King Show.",
        "Captain Manrosan, who goes by a single name, opened the meeting.",
        "Councillor Ilse Drewitt opened the meeting. Councillor Drewitt welcomed the delay.",
    ],
)
def test_an_office_before_a_given_name_or_in_a_longer_name_is_no_unintroduced_person(
    sentence: str, claimcheck_run: Runner
) -> None:
    result = claimcheck_run(article(f"The levy vote moved to November on Wednesday.\n\n{sentence}\n"))
    assert not result.findings("CC601")


@pytest.mark.parametrize(
    "relative",
    ["His mother, Rosa Brenvik, 61, had run it for thirty years.", "His sister Rosa Brenvik, 31, kept the books."],
)
def test_a_bare_surname_among_relatives_is_the_principals_quote(relative: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            f"Farmer Tiago Brenvik, 35, sold the family orchard on Monday. {relative}\n\n"
            '"It was the hardest decision of my life," Brenvik said.\n'
        )
    )
    [quote] = [c for c in result.claims("quote") if isinstance(c, QuoteClaim)]
    found = links_of(result).entity_of(quote)
    assert quote.speaker == "Tiago Brenvik" and found is not None and found.canonical == "Tiago Brenvik"


def test_a_bare_surname_with_the_relatives_age_is_the_relatives(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Farmer Tiago Brenvik, 35, sold the family orchard on Monday. His mother, Rosa Brenvik, 61, had run it.\n\n"
            '"I cried all night," Brenvik, 61, said.\n'
        )
    )
    [quote] = [c for c in result.claims("quote") if isinstance(c, QuoteClaim)]
    found = links_of(result).entity_of(quote)
    assert found is not None and found.canonical == "Rosa Brenvik"


def test_a_relative_the_article_goes_on_to_keeps_the_bare_surname(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Coach Arvo Tennant, 58, took over the club on Monday.\n\n"
            "His son, Emil Tennant, plays in goal for the county, and he said he was proud.\n\n"
            '"My dad has waited years for this," Tennant said.\n'
        )
    )
    [quote] = [c for c in result.claims("quote") if isinstance(c, QuoteClaim)]
    found = links_of(result).entity_of(quote)
    assert found is not None and found.canonical == "Emil Tennant"


def test_a_full_name_speaker_is_that_person_not_a_relative_named_by_surname(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "The jury convicted Dorian Pask in the death of Lise Marwood on Thursday.\n\n"
            '"We got the verdict we wanted," said Marwood\'s father, Osric Marwood.\n\n'
            '"She deserved better."\n\n'
            "Prosecutors showed a photograph of Marwood's car.\n"
        )
    )
    quotes = [c for c in result.claims("quote") if isinstance(c, QuoteClaim)]
    assert [getattr(links_of(result).entity_of(q), "canonical", None) for q in quotes] == ["Osric Marwood"] * 2


@pytest.mark.parametrize("cue", ["also named", "also called"])
def test_a_namesake_is_another_person_and_keeps_their_own_age(cue: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            f"Farmer Tiago Brenvik, 35, sold the family orchard on Monday. A cousin, {cue} Tiago Brenvik, 52, "
            "runs a dairy nearby.\n"
        )
    )
    assert not result.findings("CC201")
    ages = sorted(tuple(a for a, _ in e.ages) for e in links_of(result).entities if e.canonical == "Tiago Brenvik")
    assert ages == [(35.0,), (52.0,)]


@pytest.mark.parametrize("verb", sorted(lexicons.speech_words("singular_verbs")))
def test_a_singular_relative_clause_makes_an_unknown_surname_a_person(verb: str) -> None:
    from checker.extractors.people import _unknown_reference

    text = f"Hartigan, who {verb} run the chandlery for years, said trade had halved."
    assert _unknown_reference(text, 0, 8, "Hartigan", None, {"Pell"}, {"Jonah", "Pell"}, text)
    plural = text.replace(f"who {verb}", "who have")  # a side in the plural ("Rovers, who have")
    assert not _unknown_reference(plural, 0, 8, "Hartigan", None, {"Pell"}, {"Jonah", "Pell"}, plural)


@pytest.mark.parametrize("word", ["Commuters", "Islanders", "Cyclists", "Holidaymakers"])
def test_a_plural_person_noun_opening_a_sentence_is_a_group(word: str) -> None:
    from checker.extractors.people import _unknown_reference

    text = f"{word} said the crossing should stay open."
    assert not _unknown_reference(text, 0, len(word), word, None, {"Pell"}, {"Jonah", "Pell"}, text)
    # a surname made of a given name is no plural noun ("Peters said")
    name = "Peters said the crossing should stay open."
    assert _unknown_reference(name, 0, 6, "Peters", None, {"Pell"}, {"Jonah", "Pell"}, name)
