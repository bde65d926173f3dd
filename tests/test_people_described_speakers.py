"""People links for kinds a blind reviewer's set found (rev24), on text we wrote: an age alone
describing a speaker, sides named in the plural, sentence openers before a surname, abbreviated
titles among namesakes, compound surnames written alone, and a changed given name no list knows."""

from __future__ import annotations

import pytest

from checker.language import ages, lexicons, names
from checker.models import QuoteClaim
from checker.testing import Runner
from tests.test_people_links import article, links_of, person


@pytest.mark.parametrize(
    "sentence",
    [
        "The 49-year-old said the channel had silted up.",
        "The 49-year-old told the board the channel had silted up.",
        '"The channel has silted up," said the 49-year-old on Monday.',
        '"The channel has silted up," said the 49-year-old.',
    ],
)
def test_an_age_alone_describing_a_speaker_is_the_person_named_before(sentence: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(f"Harbourmaster Ines Calloway, 52, spoke to the port board on Monday.\n\n{sentence}\n")
    )
    holder = person(links_of(result), "Ines Calloway")
    assert "role" in [m.form for m in holder.mentions]
    [hit] = result.findings("CC201")
    assert hit.line == 9 and "49" in hit.message and "52" in hit.message


def test_a_kinship_word_after_the_age_picks_the_person_of_its_gender(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Tomas Ferreira, 38, and his daughter Ana Ferreira, 9, were lifted from a van roof on Sunday.\n\n"
            "The 36-year-old father said the water rose within minutes.\n"
        )
    )
    [hit] = result.findings("CC201")
    assert "Tomas Ferreira" in hit.message


@pytest.mark.parametrize(
    "text",
    [
        # two people named in the sentence before: either may be the 34-year-old
        "Coach Anton Drees, 50, and his assistant Pia Lund, 34, signed on Friday.\n\n"
        "The 36-year-old said the offer had come late.\n",
        # the age describes someone the sentence goes on to name by a noun
        "Prosecutor Lena Voss, 45, spoke on Tuesday.\n\nVoss said the 29-year-old driver had been banned.\n",
        # not a speaker: often someone unnamed ("arrested a man … The 23-year-old was charged")
        "Constable Mirek Halas, 41, arrested a man on Saturday.\n\nThe 23-year-old was charged with theft.\n",
    ],
)
def test_an_age_that_may_be_someone_else_is_nobodys(text: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(article(text))
    assert result.findings("CC201") == []


@pytest.mark.parametrize("verb", ["have appointed", "are top of the league", "were fined"])
def test_a_name_opening_a_sentence_with_a_verb_in_the_plural_is_a_side_not_a_person(
    verb: str, claimcheck_run: Runner
) -> None:
    text = f"Sokol Varna {verb} on Monday."
    assert names.not_a_person(text, 0, len("Sokol Varna"))
    result = claimcheck_run(article(f"{text}\n\nDimitar Kolev, 47, will coach the side.\n"))
    assert [e.canonical for e in links_of(result).entities] == ["Dimitar Kolev"]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Roe and Ana Poe are the new wardens.",  # a list's plural verb
        "Proceedings against Ana Poe have begun.",  # the verb is the sentence's subject's
        "The victims, 48-year-old Ana Poe and Tom Roe, were named.",
    ],
)
def test_a_plural_verb_after_a_name_inside_a_sentence_keeps_the_person(text: str) -> None:
    start = text.index("Ana Poe")
    assert not names.not_a_person(text, start, start + len("Ana Poe"))


@pytest.mark.parametrize("word", sorted(lexicons.markers().sentence_openers))
def test_a_sentence_opener_is_never_a_given_name(word: str) -> None:
    text = f"Trade minister Ruth Stefanik spoke on Monday. {word} Stefanik said a deal was near."
    found = [n for _, _, n, _ in names.people_in(text)]
    assert f"{word} Stefanik" not in found


def test_a_plural_subject_pattern_is_data() -> None:
    pattern = lexicons.markers().plural_subject_after
    assert pattern.search(" have named a coach") and not pattern.search(" has named a coach")


@pytest.mark.parametrize("abbreviation", ["Cllr", "Cllr.", "Sgt.", "Sgt"])
def test_an_abbreviated_title_picks_the_namesake_who_holds_it(abbreviation: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Sergeant Ada Moss spoke to the safety committee on Wednesday.\n\n"
            "Councillor Piet Moss, who chairs the committee, asked for a report.\n\n"
            f"{abbreviation} Moss said the report would come in March.\n"
        )
    )
    links = links_of(result)
    holder = "Piet Moss" if abbreviation.startswith("Cllr") else "Ada Moss"
    assert f"{abbreviation} Moss" in [m.text for m in person(links, holder).mentions]
    assert result.findings("CC601") == []


def test_a_compound_surname_written_alone_is_the_person_and_its_respelling_is_reported(
    claimcheck_run: Runner,
) -> None:
    same = claimcheck_run(
        article("Lucía Herrera Valdivieso called a strike on Monday.\n\nHerrera Valdivieso said members had waited.\n")
    )
    holder = person(links_of(same), "Lucía Herrera Valdivieso")
    assert "Herrera Valdivieso" in [m.text for m in holder.mentions]
    assert same.findings("CC601") == []
    respelt = claimcheck_run(
        article("Lucía Herrera Valdivieso called a strike on Monday.\n\nHerrera Valdiviezo said members had waited.\n")
    )
    [hit] = respelt.findings("CC601")
    assert "Valdiviezo" in hit.message and "Valdivieso" in hit.message


def test_a_changed_given_name_of_unknown_gender_is_reported(claimcheck_run: Runner) -> None:
    """The given name no list knows ("Iolo") has no gender: it must not count as a second gender."""
    assert not names.known_given_name("Iolo") and names.gender_of_given("Gareth Aranwy") == "male"
    result = claimcheck_run(
        article(
            "Councillor Gareth Aranwy asked the committee to turn the pier car park into a market.\n\n"
            "Iolo Aranwy said the car park stood empty for most of the year.\n"
        )
    )
    [hit] = result.findings("CC601")
    assert "Iolo Aranwy" in hit.message and "Gareth Aranwy" in hit.message


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("At 49, the chief executive is the youngest head of a Nordic carrier.", "Maren Solvik"),
        ("At 49, Solvik is the youngest head of a Nordic carrier.", "Maren Solvik"),
    ],
)
def test_an_age_fronted_before_its_subject_is_the_subjects(sentence: str, owner: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(f"Chief executive Maren Solvik, 52, told shareholders the airline would order jets.\n\n{sentence}\n")
    )
    assert sorted(age for age, _ in person(links_of(result), owner).ages) == [49, 52]
    [hit] = result.findings("CC201")
    assert hit.line == 9


def test_an_age_fronted_before_a_thing_is_nobodys(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Chief executive Maren Solvik, 52, told shareholders the airline would order jets.\n\n"
            "At 80, the company is the oldest airline in the region.\n"
        )
    )
    assert [age for age, _ in person(links_of(result), "Maren Solvik").ages] == [52]
    assert result.findings("CC201") == []


def test_a_long_run_of_digits_is_no_fronted_age() -> None:
    """Python refuses int() of more than 4,300 digits: the length is tested first (a fuzzing find)."""
    text = "At " + "1" * 5000 + ", the chief executive is here."
    assert ages.fronted(text, 3, 5003) is None


@pytest.mark.parametrize(
    ("text", "speaks"),
    [
        ("Okafor, 61, who has sat on the high court bench since 2009, said it.", True),
        ("Marowby, who trained in Leeds and Oslo before joining the hospital in 2012, said it.", True),
        ("Raman, 41, a veteran of the drugs squad, said it.", True),
        ("Lavrov, speaking in Moscow, said it.", True),
        ("Okafor, 61, Raman, 41, and Quist said it.", False),  # a list, not asides
        ("Okafor, the judge, and Raman said it.", False),
        ("Okafor, 61, who has sat on the bench, ruled on it.", False),  # no speech verb
    ],
)
def test_a_speech_subject_may_have_two_asides_before_its_verb(text: str, speaks: bool) -> None:
    assert names.speech_subject(text, 0, text.index(",")) is speaks


@pytest.mark.parametrize("family", sorted(lexicons.name_forms().korean_family_names))
def test_a_korean_family_name_takes_a_given_name_with_a_long_first_syllable(family: str) -> None:
    found = names.people_in(f"Coach {family} Dong-won said on Monday.")
    assert [n for _, _, n, _ in found] == [f"{family} Dong-won"]
    assert names.given_surname_order(f"{family} Dong-won") == f"Dong-won {family}"


@pytest.mark.parametrize("text", ["Bruce Smith-the best of them-said so.", "Matt Smith-thought otherwise."])
def test_a_dash_typed_as_a_hyphen_after_a_surname_is_no_given_name(text: str) -> None:
    assert [n for _, _, n, _ in names.people_in(text)] == [text.split("-")[0]]


def test_a_broader_noun_of_a_police_rank_refers_to_the_holder_of_a_two_word_rank(claimcheck_run: Runner) -> None:
    """ "Chief inspector" is a kind of inspector the lexicon does not list; "officer" describes its head."""
    assert names.role_fits("officer", "chief inspector") and not names.role_fits("constable", "chief inspector")
    result = claimcheck_run(
        article(
            "Detective Chief Inspector Marit Solberg, 49, said two men had been charged.\n\n"
            "The 46-year-old officer said the cash had not been found.\n"
        )
    )
    assert sorted(a for a, _ in person(links_of(result), "Marit Solberg").ages) == [46, 49]


def test_a_generic_role_without_an_age_is_not_taken_for_a_holder_of_a_narrower_one(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Police spokesman Constable Tim Fanshaw said the office had been cleared.\n\n"
            "A police officer banged at the window of the studio across the street.\n\n"
            "The officer told the staff to go to the basement.\n"
        )
    )
    fanshaw = person(links_of(result), "Tim Fanshaw")
    assert "The officer" not in [m.text for m in fanshaw.mentions]


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        # the quotation closes its own sentence: the name after it begins another, of reported speech
        ('"The seepage is in the core wall." Ines Valcourt said the memo was a draft.', "Tobias Renwick"),
        # no full stop inside: the words after are the quotation's own attribution
        ('"The seepage is in the core wall," Ines Valcourt said.', "Ines Valcourt"),
    ],
)
def test_a_quotation_closing_its_sentence_keeps_the_cue_before_it(
    after: str, speaker: str, claimcheck_run: Runner
) -> None:
    result = claimcheck_run(article(f"When councillor Tobias Renwick took the floor, he read from a memo: {after}\n"))
    [quote] = result.claims("quote")
    assert isinstance(quote, QuoteClaim) and quote.speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            'According to Dr. Amara Quennell, who led the survey, the ferry "will need a deeper berth."',
            "Dr. Amara Quennell",
        ),
        ('According to Quennell, the ferry "will need a deeper berth."', "Quennell"),
        ('Said Lt. Gerry Scherlinck: "The ferry will need a deeper berth."', "Lt. Gerry Scherlinck"),
    ],
)
def test_according_to_a_titled_source_with_an_aside_gives_the_quote_its_speaker(
    sentence: str, speaker: str, claimcheck_run: Runner
) -> None:
    result = claimcheck_run(article(f"Dr. Amara Quennell and Lt. Gerry Scherlinck met on Monday.\n\n{sentence}\n"))
    [quote] = result.claims("quote")
    assert isinstance(quote, QuoteClaim) and quote.speaker_text == speaker
    assert result.findings("CC601") == []
