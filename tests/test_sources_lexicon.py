"""The sources lexicon (checker/language/data/sources.yaml): every entry class, entry by entry."""

from __future__ import annotations

import pytest

from checker.language import sources


def test_lexicon_is_versioned_and_every_class_is_filled() -> None:
    lex = sources.lexicon()
    assert lex.version >= 1
    for name in ("vague", "speech", "estimate", "record", "toll"):
        assert getattr(lex, name), name
    assert lex.impersonal and lex.wrongdoing


@pytest.mark.parametrize(
    ("holder", "vague"),
    [
        ("experts", True),
        ("some residents", True),
        ("Critics of the plan", True),
        ("observers", True),
        ("an analyst", True),
        ("Fans who loved Tennant", True),
        ("several diplomats", True),
        ("experts at Halden University", False),
        ("police", False),
        ("officials", False),
        ("prosecutors", False),
        ("the ministry", False),
        ("Samir Okafor", False),
        ("The senator", False),
    ],
)
def test_holders_vague_names_nobody(holder: str, vague: bool) -> None:
    assert sources.vague_holder(holder) is vague


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("It is widely believed that the mill will close.", "it is widely believed"),
        ("It has long been assumed that the dam is safe.", "it is widely believed"),
        ("Many believe the vote was rigged.", "many believe"),
        ("The plan is widely seen as a failure.", "widely seen as"),
        ("Some in the village don't believe the dam is safe.", "many believe"),
        ("In some circles a player is considered a failure if he stays.", "in some circles"),
        ("Various reports suggest the family lost the fortune.", "various reports"),
    ],
)
def test_holders_impersonal_entries(text: str, entry: str) -> None:
    assert [e for _, _, e in sources.impersonal_in(text)] == [entry]


def test_entries_with_stems_give_the_words_every_match_holds() -> None:
    examples = {
        "it is widely believed": ["It is widely believed that", "it has long been understood", "it was generally held"],
        "many believe": ["Many believe", "some of the fans didn't think", "Others fear", "most people say"],
        "in some circles": ["in some circles", "among certain quarters"],
        "various reports": ["various reports suggest", "Media reports said"],
        "widely seen as": ["widely seen", "commonly regarded", "generally thought"],
    }
    for p in sources.lexicon().impersonal:
        assert p.stems and all(s == s.lower() for s in p.stems), p.name
        for text in examples[p.name]:
            m = p.regex.search(text)
            assert m is not None and any(s in m.group(0).lower() for s in p.stems), (p.name, text)
    # the entries of the other classes that give stems
    more = {
        "years ago": ["four years ago", "a few decades earlier", "ten years before"],
        "last year": ["last year", "the previous decade"],
        "a day after": ["comes a day after", "came less than two months after", "following just one week after"],
        "last January": ["last January"],
        "the last major": ["the last major", "previous deadly", "earlier similar"],
        "since it began": ["since the assault began", "since it broke out"],
        "death toll above": ["death toll above", "pushing the Palestinian toll", "taking the total"],
    }
    lex = sources.lexicon()
    for p in (*lex.background, *lex.running):
        if not p.stems:
            continue
        for text in more[p.name]:
            m = p.regex.search(text)
            assert m is not None and any(s in m.group(0).lower() for s in p.stems), (p.name, text)
    # a sentence with no entry's words is read as holding no impersonal belief
    assert sources.impersonal_in("Fans cheered as the team arrived.") == ()


def test_holders_impersonal_leaves_named_beliefs_alone() -> None:
    assert sources.impersonal_in("Police believe the driver fell asleep.") == ()
    assert sources.impersonal_in("The report suggests the dam is safe.") == ()


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Some in the village don't believe the dam is safe.", "Some in the village"),
        ("Various reports suggest the family lost the fortune.", "Various reports"),
        ("It is widely believed that the dam is safe.", "It is widely believed"),  # nobody at all: the phrase
    ],
)
def test_holders_impersonal_span_is_the_holders_words(text: str, holder: str) -> None:
    ((s, e, _),) = sources.impersonal_in(text)
    assert text[s:e] == holder


@pytest.mark.parametrize("word", ["said", "told", "testified", "described", "denounced", "alleged"])
def test_verbs_speech(word: str) -> None:
    assert sources.speech_verb(word) and sources.speech_verb(word.upper())


@pytest.mark.parametrize("word", ["estimated", "counted", "tallied", "projected", "recorded"])
def test_verbs_estimate(word: str) -> None:
    assert sources.estimate_verb(word)


def test_verbs_neither_speech_nor_estimate() -> None:
    assert not sources.speech_verb("marched") and not sources.estimate_verb("put")


@pytest.mark.parametrize(
    ("clause", "seen"),
    [
        ("About 5,000 people marched to the town hall", True),
        ("thousands gathered outside the court", True),
        ("some 300 fans lined up for tickets", True),
        ("About 5,000 people were evacuated", False),
    ],
)
def test_verbs_observed(clause: str, seen: bool) -> None:
    assert sources.observed(clause) is seen


@pytest.mark.parametrize("noun", ["budget", "votes", "workers", "seats", "salary", "followers", "adherents"])
def test_nouns_record(noun: str) -> None:
    assert sources.record_noun(noun)


@pytest.mark.parametrize(
    ("verb", "position"),
    [("warned", True), ("claim", True), ("claimed", True), ("denied", True), ("urged", True), ("said", False),
     ("told", False), ("reported", False), ("confirmed", False), ("estimated", False)],
)  # fmt: skip
def test_verbs_position(verb: str, position: bool) -> None:
    assert sources.position_verb(verb) is position
    assert sources.position_verb(verb.upper()) is position


@pytest.mark.parametrize("word", ["killed", "injured", "displaced", "trapped", "casualties", "deaths"])
def test_nouns_toll(word: str) -> None:
    assert sources.toll_word(word) and not sources.record_noun(word)


@pytest.mark.parametrize(
    ("sentence", "entry"),
    [
        ("Halden Civil overbilled the county by $2 million.", "overbilled"),
        ("The treasurer embezzled funds from the club.", "embezzled"),
        ("The broker defrauded investors of their savings.", "defrauded"),
        ("The clerk stole from the parish for a decade.", "stole"),
        ("The inspector took bribes from two builders.", "bribed"),
        ("The firm falsified its safety records.", "laundered"),
        ("The council covered up the leak for a year.", "covered up"),
        ("The chairman rigged the ballot.", "rigged"),
        ("Okafor knew of the extra charges and approved them.", "knew and approved"),
        ("The manager knowingly approved the payments.", "knowingly"),
        ("The director lied to the auditors.", "lied"),
        ("The mayor is accused of taking gifts.", "accused of"),
    ],
)
def test_wrongdoing_entries(sentence: str, entry: str) -> None:
    assert [e for _, _, e in sources.wrongdoing_in(sentence)] == [entry]


@pytest.mark.parametrize(
    "sentence",
    [
        "The SEC stole the show on Tuesday.",
        "The firm billed the county twice a year.",
        "She knew of the plan and welcomed it.",
        "The fire was irresponsible for a city of this size.",
        "Students are angry at a political system they see as corrupt.",
    ],
)
def test_wrongdoing_leaves_ordinary_predicates_alone(sentence: str) -> None:
    assert sources.wrongdoing_in(sentence) == []


def test_court_and_trial_stories() -> None:
    court = "Police arrested the man on Monday. He was charged with fraud and appears in court on Friday."
    trial = "The jury heard that the defendant had pleaded not guilty at the start of the trial."
    assert sources.court_story(court) and not sources.trial_story(court)
    assert sources.trial_story(trial) and sources.court_story(trial)
    assert not sources.court_story("The council approved the budget on Monday.")


@pytest.mark.parametrize(
    ("text", "culpable"),
    [
        ("The fire appears to have been started deliberately.", True),
        ("The bridge seems to have caused the flooding.", True),
        ("The mayor seemed to hold out hope.", False),
        ("No single blow appeared to cause serious damage.", False),
    ],
)
def test_culpability(text: str, culpable: bool) -> None:
    assert sources.culpable(text) is culpable


def test_every_wrongdoing_entry_has_the_stems_its_matches_contain() -> None:
    import re
    from importlib import resources

    import yaml

    data = yaml.safe_load(resources.files("checker.language").joinpath("data/sources.yaml").read_text("utf-8"))
    for entry in data["wrongdoing"]:
        assert entry["stems"], entry["cue"]
        assert all(s == s.lower() and re.escape(s) for s in entry["stems"]), entry["cue"]
        # the sources linker tests a sentence for the stems of the whole article: a stem spans no space
        assert not any(ch.isspace() for s in entry["stems"] for ch in s), entry["cue"]


def test_a_sentence_is_tested_for_the_stems_its_article_holds() -> None:
    article = "The treasurer embezzled $40,000. She knew of the audit."
    stems = sources.accusing_stems(article)
    assert "embezzl" in stems and "knew" in stems and "bribe" not in stems
    # a sentence holds no stem its article lacks: testing for the article's stems finds what all would
    for sentence in article.split(". "):
        assert sources.wrongdoing_in(sentence, stems) == sources.wrongdoing_in(sentence)
    assert sources.wrongdoing_in("The treasurer took bribes.", stems) == []


def test_a_sentence_holds_a_stem_in_any_case() -> None:
    stems = sources.accusing_stems("The treasurer EMBEZZLED $40,000. She knew of the audit.")
    assert sources.holds_stem("The Treasurer Embezzled $40,000.", stems)
    assert sources.holds_stem("She KNEW of it.", stems)
    assert not sources.holds_stem("The treasurer took bribes.", stems)  # a stem its article lacks
    assert not sources.holds_stem("The audit found nothing.", stems)


@pytest.mark.parametrize(
    ("sentence", "entry"),
    [
        ("The catastrophe four years ago killed more than 230,000 people.", "years ago"),
        ("Last year a storm destroyed 300 homes.", "last year"),
        ("In February, a gunman killed five people at a mall.", "in a month"),
        ("The last major quake to hit the region killed 612.", "the last major"),
        ("Police said on Monday that five people died.", None),
        ("The quake struck on February 12 and killed five.", None),
        ("The last time we met he said the port reopens in May.", None),
        ("The strike comes as ships return to the docks for the winter.", None),
    ],
)
def test_background_dates_an_earlier_event(sentence: str, entry: str | None) -> None:
    assert sources.background(sentence) == entry


@pytest.mark.parametrize(("holder", "natural"), [("witnesses", True), ("an eyewitness", True), ("experts", False)])
def test_holders_natural(holder: str, natural: bool) -> None:
    assert sources.natural_holder(holder) is natural


@pytest.mark.parametrize("noun", ["refugees", "civilians", "fighters", "militants"])
def test_nouns_status_are_who_a_toll_counts_not_an_outcome(noun: str) -> None:
    assert sources.status_noun(noun) and not sources.toll_word(noun)


@pytest.mark.parametrize(
    ("word", "kind"), [("killed", "death"), ("died", "death"), ("wounded", "injury"), ("evacuated", "displacement")]
)
def test_toll_kinds(word: str, kind: str) -> None:
    assert sources.toll_kind(word) == kind and sources.toll_word(word)


@pytest.mark.parametrize(
    ("sentence", "entry"),
    [
        ("more than 640 Palestinians killed since the assault began 12 days ago", "since it began"),
        ("pushing the Palestinian death toll above 680", "death toll above"),
    ],
)
def test_running_counts(sentence: str, entry: str) -> None:
    assert [e for *_, e in sources.running_count(sentence)] == [entry]
    assert sources.running_count("At least 43 people were killed in the school.") == ()


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("She began a 90-day stay in her reckless driving conviction.", True),
        ("He pleaded guilty to fraud in March.", True),
        ("She was arrested for violating her probation.", True),
        ("He pleaded not guilty and the trial starts in May.", False),
    ],
)
def test_cases_on_record(text: str, record: bool) -> None:
    assert (sources.case_on_record(text) is not None) is record


@pytest.mark.parametrize(("verb", "statement"), [("condemns", True), ("spoke out", True), ("visits", False)])
def test_verbs_statement(verb: str, statement: bool) -> None:
    assert sources.statement_verb(verb) is statement


@pytest.mark.parametrize(
    ("sentence", "entry"),
    [
        ("It comes a day after three bank workers died in a petrol bomb attack.", "a day after"),
        ("That temblor killed at least six people.", "that quake"),
        ("The breakdown comes less than two months after a similar outage cut the island off.", "a day after"),
        ("The same thing happened last January when a strike shut the ports.", "last January"),
    ],
)
def test_background_earlier_events(sentence: str, entry: str) -> None:
    assert sources.background(sentence) == entry


@pytest.mark.parametrize(
    ("verb", "toll"),
    [("killing", "killed"), ("killed", "killed"), ("Injuring", "injured"), ("wounded", "wounded"), ("hit", None),
     ("said", None)],
)  # fmt: skip
def test_verbs_outcome(verb: str, toll: str | None) -> None:
    assert sources.outcome_verb(verb) == toll
    if toll:
        assert sources.toll_word(toll)  # every outcome verb states a toll the toll class knows


@pytest.mark.parametrize("noun", ["man", "women", "children", "teenager"])
def test_nouns_victims(noun: str) -> None:
    assert noun in sources.victim_nouns()
    assert not sources.toll_word(noun) and not sources.record_noun(noun)


@pytest.mark.parametrize("head", ["team", "police", "deputies", "divers"])
def test_holders_acting(head: str) -> None:
    assert head in sources.acting_holders()
    assert "experts" not in sources.acting_holders()  # they hold views, they do not act on them


@pytest.mark.parametrize("noun", sorted(sources.lexicon().evidence))
def test_nouns_evidence_are_things_or_people_investigators_identify(noun: str) -> None:
    # every entry is a concrete thing or a person of a crime, never an outcome or a source
    assert sources.evidence_noun(noun) and sources.evidence_noun(noun.upper())
    assert not sources.toll_word(noun) and not sources.vague_holder(noun) and not sources.speech_verb(noun)


@pytest.mark.parametrize("word", ["failure", "cause", "leader", "witness"])
def test_nouns_evidence_leave_out_what_is_judged_or_who_reports(word: str) -> None:
    assert not sources.evidence_noun(word)


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("a bevy of Nixon-era secrets", "Nixon-era"),
        ("the Soviet-era archives", "Nixon-era"),
        ("the Cold War era", None),  # no hyphenated era: not read
        ("a new era of openness", None),
    ],
)
def test_history(text: str, entry: str | None) -> None:
    assert sources.history(text) == entry


@pytest.mark.parametrize(
    ("count", "words", "routine"),
    [
        ("Dozens", ["people", "evacuated"], True),
        ("several", ["residents", "evacuated"], True),
        ("a handful", ["residents", "evacuated"], True),
        ("Dozens", ["people", "evacuated", "injured"], False),  # a precaution and a harm: a toll
        ("Dozens", ["people", "killed"], False),
        ("Thousands", ["people", "evacuated"], False),  # not a small count
        ("40", ["people", "evacuated"], False),
    ],
)
def test_routine_counts(count: str, words: list[str], routine: bool) -> None:
    assert sources.routine_count(count, words) is routine
