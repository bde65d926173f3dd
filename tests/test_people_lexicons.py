"""The people, speech, pronoun, marker and given-name lexicons: each entry class does its job on text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.language import lexicons, names, speech
from rules.quotes import verdict

PEOPLE = lexicons.people()
SPEECH = lexicons.speech()
MARKERS = lexicons.markers()


def _of(cls: str) -> list[lexicons.Title]:
    return [t for t in PEOPLE.titles if t.cls == cls]


@pytest.mark.parametrize("title", _of("honorific"), ids=lambda t: t.form)
def test_an_honorific_names_no_role_and_says_the_gender_it_gives(title: lexicons.Title) -> None:
    assert names.title_role(title.form) is None
    assert names.gender_of(title.form) == title.gender
    assert names.is_titled_surname(f"{title.form} Quist")


@pytest.mark.parametrize("title", [t for t in _of("office") if t.form[:1].isupper()], ids=lambda t: t.form)
def test_an_office_before_a_name_gives_its_role(title: lexicons.Title) -> None:
    found = names.people_in(f"Yesterday {title.form} Ilse Marrow opened the hall.")
    assert [(n, names.title_role(t)) for _, _, n, t in found] == [("Ilse Marrow", title.role)]


_KIN = {t.role for t in PEOPLE.titles if t.cls == "kin"}


@pytest.mark.parametrize(
    "role", sorted({t.role for t in PEOPLE.titles if t.cls in ("office", "role") and t.role} - _KIN)
)
def test_a_role_description_is_found_with_its_age(role: str) -> None:
    """Every office and role ("the 64-year-old governor"); "the sister" is kin, never Sister the nun."""
    found = names.role_descriptions(f"Later the 64-year-old {role} said the hall would open.")
    assert (role, 64) in [(r, age) for _, _, r, age in found]


def test_heads_of_state_are_marked_and_others_not() -> None:
    assert names.is_head_role("president") and names.is_head_role("prime minister")
    assert not names.is_head_role("governor") and not names.is_head_role("spokesperson")


@pytest.mark.parametrize("title", _of("kin"), ids=lambda t: t.form)
def test_a_kinship_word_introduces_a_relative_not_a_role(title: lexicons.Title) -> None:
    text = f"Tiago Alvim was rescued with his {title.form}, Rosa Alvim, on Sunday."
    assert names.kin_before(text, text.index("Rosa")) == title.form
    assert names.is_kin(title.role)
    assert names.gender_of(title.form) == title.gender
    assert not names.role_descriptions(f"The {title.form} said nothing.")


@pytest.mark.parametrize("verb", sorted(SPEECH.verbs))
def test_a_speech_verb_makes_its_subject_a_speaker(verb: str) -> None:
    text = f"Gonzalez {verb} the committee the law was old."
    assert names.speech_subject(text, 0, len("Gonzalez"))
    assert speech.speaker_before(f"Gonzalez {verb}: ") == ("Gonzalez", verb)
    # a participle never stands before its subject: "…,” adding that the law was old" names no one
    inverted = None if verb.endswith("ing") else ("Gonzalez", verb)
    assert speech.speaker_after(f", {verb} Gonzalez.") == inverted
    assert speech.speaker_after(f" Gonzalez {verb}.") == ("Gonzalez", verb)


@pytest.mark.parametrize("introducer", SPEECH.introducers)
def test_an_introducer_puts_the_source_before_the_words(introducer: str) -> None:
    found = speech.speaker_before(f"{introducer[0].upper()}{introducer[1:]} Brenning, ")
    assert found == ("Brenning", introducer[0].upper() + introducer[1:])


@pytest.mark.parametrize("participle", sorted(SPEECH.participles))
def test_a_participle_aside_keeps_the_speaker_before_it(participle: str) -> None:
    assert speech.speaker_before(f"Lavrov, {participle} in Moscow, said ") == ("Lavrov", "said")
    assert speech.speaker_after(f", Lavrov, {participle} in Moscow, said.") == ("Lavrov", "said")


def test_a_colon_after_a_name_introduces_a_quote() -> None:
    assert SPEECH.colon
    assert speech.speaker_before("Quist: ") == ("Quist", ":")


@pytest.mark.parametrize("word", sorted(SPEECH.negations))
def test_a_negation_dropped_from_a_quote_flips_its_meaning(word: str) -> None:
    said = list(speech.quote_words(f"We {word} rebuild the old harbour wall this year, she said"))
    quoted = list(speech.quote_words("We rebuild the old harbour wall this year, she said"))
    assert word.replace("’", "'") in said
    assert verdict(quoted, said, 0.6, SPEECH.negations)[0] == "fail"
    assert verdict(quoted, said, 0.6)[0] == "warn"  # without the lexicon, only a changed word


@pytest.mark.parametrize("pronoun", lexicons.pronouns().values(), ids=lambda p: p.word)
def test_a_pronoun_has_a_gender_number_and_case(pronoun: lexicons.Pronoun) -> None:
    assert names.pronoun(pronoun.word.capitalize() + ",") == pronoun
    assert pronoun.gender in ("male", "female", "any")
    assert pronoun.number in ("singular", "plural")
    assert (pronoun.word in names.PRONOUNS) == (pronoun.case != "possessive")


@pytest.mark.parametrize("word", sorted(MARKERS.not_name_words))
def test_a_not_name_word_keeps_a_run_from_being_a_personal_name(word: str) -> None:
    assert not names.is_name(f"Marrow {word}") and not names.is_name(f"{word} Marrow")


@pytest.mark.parametrize("word", sorted(MARKERS.time_words))
def test_a_time_word_after_a_name_is_not_part_of_it(word: str) -> None:
    assert [n for _, _, n, _ in names.people_in(f"Ilse Marrow {word} said no.")] == ["Ilse Marrow"]


@pytest.mark.parametrize("word", sorted(MARKERS.place_prefixes))
def test_a_place_prefix_makes_a_place(word: str) -> None:
    assert names.people_in(f"They sailed for {word} Ruskin Elwyn on Monday.") == []


@pytest.mark.parametrize("word", sorted(MARKERS.place_suffixes))
def test_a_place_suffix_makes_a_place(word: str) -> None:
    text = f"She said Ashby {word} would vote."
    assert names.not_a_person(text, text.index("Ashby"), text.index(" would"))


@pytest.mark.parametrize("word", sorted(MARKERS.outlet_words))
def test_an_outlet_word_makes_a_publication(word: str) -> None:
    text = f"She told Vanity {word} the theatre would close."
    assert names.not_a_person(text, text.index("Vanity"), text.index(" the theatre"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She gave an interview with Ilse Marrow on Friday.", "Ilse Marrow"),
        ("Floods hit homes in Ilse Marrow last week.", "Ilse Marrow"),
        ("She wrote in Ilse Marrow that the plan failed.", "Ilse Marrow"),
        ("Ilse Marrow magazine reported on Friday.", "Ilse Marrow"),
        ("Ilse Marrow residents voted on Friday.", "Ilse Marrow"),
    ],
)
def test_the_context_of_a_name_can_make_it_an_organisation_or_place(text: str, name: str) -> None:
    assert names.not_a_person(text, text.index(name), text.index(name) + len(name))


def test_a_person_with_such_words_nearby_stays_a_person() -> None:
    text = "Governor Ilse Marrow said the bill was signed."
    assert not names.not_a_person(text, text.index("Ilse"), text.index(" said"))


@pytest.mark.parametrize(
    "key", ["not_person_before", "not_person_after", "place_before", "place_after", "plural_subject_after"]
)
def test_every_context_pattern_of_the_markers_compiles_on_its_own(key: str) -> None:
    # markers() compiles each class's entries joined, and one by one only to name a bad entry
    entries = lexicons._read("markers.yaml")[key]
    assert entries
    for entry in entries:
        re.compile(entry)  # re.error names the entry's fault


@pytest.mark.parametrize(("name", "gender"), [("Mara Quist", "female"), ("Olaf Brenning", "male"), ("Quist", None)])
def test_a_given_name_says_a_gender_when_it_is_not_used_for_both(name: str, gender: str | None) -> None:
    assert names.gender_of_given(name) == gender
    assert set(lexicons.given_names().values()) == {"female", "male"}


@pytest.mark.parametrize(
    ("file", "text", "says"),
    [
        ("people.yaml", "offices: []\n", "integer 'version'"),
        ("people.yaml", "version: 1\noffices:\n  - {forms: [Governor]}\n", "has no role"),
        ("speech.yaml", "version: 1\nverbs: [said, 3]\n", "'verbs' must be a list"),
        ("pronouns.yaml", "version: 1\npronouns:\n  he: {gender: male}\n", "needs gender, number and case"),
        ("markers.yaml", "version: 1\nnot_person_before: ['(']\n", "invalid pattern"),
        ("given_names.tsv", "# version: 1\nmara\tfemale\nolaf\tmann\n", "given_names.tsv:3"),
    ],
)
def test_a_malformed_lexicon_is_an_error_naming_the_file(
    file: str, text: str, says: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / file).write_text(text, encoding="utf-8")
    monkeypatch.setattr(lexicons, "DATA", tmp_path)
    loader = {
        "people.yaml": lexicons.people,
        "speech.yaml": lexicons.speech,
        "pronouns.yaml": lexicons.pronouns,
        "markers.yaml": lexicons.markers,
        "given_names.tsv": lexicons.given_names,
    }[file]
    loader.cache_clear()
    try:
        with pytest.raises(ValueError, match=says) as err:
            loader()
        assert file in str(err.value)
    finally:
        loader.cache_clear()


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("neighbourhood", "neighborhood"),
        ("realised", "realized"),
        ("centre", "center"),
        ("analysing", "analyzing"),
        ("offence", "offense"),
        ("Twelfth", "12th"),
    ],
)
def test_british_and_american_spellings_are_the_same_quote_words(british: str, american: str) -> None:
    assert speech.quote_words(f"the {british} was calm") == speech.quote_words(f"the {american} was calm")
    assert speech.quote_words("four hours") != speech.quote_words("for hours")


@pytest.mark.parametrize(
    "title",
    list({t.role: t for t in lexicons.people().titles if t.kind_of}.values()),
    ids=lambda t: t.role,
)
def test_an_office_named_by_its_head_noun_fits_a_role_description_of_that_noun(title: lexicons.Title) -> None:
    """Every ``kind_of`` entry: "the minister" may refer to a foreign minister, never the reverse."""
    assert title.kind_of is not None and title.kind_of in {t.role for t in lexicons.people().titles}
    assert names.role_fits(title.kind_of, title.role)
    assert not names.role_fits(title.role, title.kind_of)


def test_an_office_sharing_a_word_is_not_a_kind_of_it() -> None:
    assert not names.role_fits("president", "vice president")
    assert not names.role_fits("minister", "prime minister")
    assert not names.role_fits("general", "attorney general")


@pytest.mark.parametrize(("name", "forms"), sorted(lexicons.people().familiar_forms.items()))
def test_a_familiar_form_is_another_name_than_a_prefix_of_the_full_one(name: str, forms: frozenset[str]) -> None:
    assert forms, f"{name}: no familiar forms listed"
    for form in forms:
        assert form != name and lexicons.people().familiar(form, name) and lexicons.people().familiar(name, form)


@pytest.mark.parametrize(("form", "prefix"), sorted(lexicons.people().office_prefixes.items()))
def test_an_office_prefix_makes_an_office_of_its_own(form: str, prefix: str) -> None:
    title = f"{form[:1].upper()}{form[1:]} Mayor"
    assert names.title_role(title) == f"{prefix} mayor"
    assert names.title_role(title) != names.title_role("Mayor")
    assert form.lower() not in {t.form.lower() for t in lexicons.people().titles if t.cls == "kin"}


@pytest.mark.parametrize("cue", sorted(lexicons.people().namesake_cues))
def test_a_namesake_cue_makes_another_person_of_the_same_name(cue: str) -> None:
    text = f"Tiago Brenvik sold the farm. A cousin, {cue} Tiago Brenvik, runs a dairy."
    assert names.namesake_before(text, text.rindex("Tiago"))
    assert not names.namesake_before(text, 0)


FUNCTION_WORDS = lexicons.speech_words("function_words")


@pytest.mark.parametrize("word", sorted(FUNCTION_WORDS))
def test_function_words_scattered_through_a_quote_leave_it_one_remark(word: str) -> None:
    said = ["we", "cannot", "keep", "closing", "libraries", "to", "balance", "the", "books"]
    # two scattered edits (runs of two and one words left): one remark when both are function words
    quoted = [*said[:5], word, *said[5:7], "our", *said[8:]]
    assert verdict(said, quoted, 0.6, SPEECH.negations, function_words=FUNCTION_WORDS)[0] == "warn"
    content = [*said[:5], "quickly", *said[5:7], "our", *said[8:]]
    assert verdict(said, content, 0.6, SPEECH.negations, function_words=FUNCTION_WORDS)[0] is None


def test_no_form_of_the_people_lexicon_names_two_roles() -> None:
    # "Chairwoman Eleni Karamanlidou" and "the 68-year-old chairwoman" were "chair" and
    # "chairperson": two roles for one word, so a description never found its holder
    roles: dict[str, set[str]] = {}
    for t in lexicons.people().titles:
        if t.role is not None and t.cls != "kin":
            roles.setdefault(t.form.lower(), set()).add(t.role)
    assert {form: r for form, r in roles.items() if len(r) > 1} == {}
