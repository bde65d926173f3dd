"""Who a direct quotation is attributed to, from the words around its quotation marks.

Patterns are built from the speech lexicon (``data/speech.yaml``: verbs, introducers, participle
asides, the colon) and the people lexicon's roles. They return the speaker as written ("Quist",
"Foreign Minister Piet Lavrov", "she", "the mayor") and the cue; resolving that to a person is
the speakers linker's work.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from checker.language import lexicons

_NAME = r"(?:(?:[A-Z][\w’'.-]*|of|de|van|von|al-\w+)\s+){0,5}[A-Z][\w’'-]*(?:,?\s+(?:Jr|Sr)\b\.?)?"
#: two people credited together ("Zadan and Meron added:")
_NAMES = rf"{_NAME}(?:\s+and\s+{_NAME})?"
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey)"
#: an appositive between a speaker and the verb: ", a navy spokesman,", ", senior vice president of
#: Halvard Foods,": lower-case or possessive at its start, no quotation mark, no sentence end (an
#: abbreviation's full stop, "Sen.", "U.S.", may stand inside)
_APPOSITIVE = r",\s+(?=[a-z0-9]|[A-Z][\w’'-]*[’']s\s)(?:[^“”\"!?;:.]|\.(?=\S)|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.){1,130}?,"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    """The speaker patterns (before a quote, after it, …: see :func:`_pattern_texts`), compiled."""
    return tuple(re.compile(p) for p in _pattern_texts())


def _pattern_texts() -> tuple[str, ...]:
    """The texts of :func:`_patterns`, kept beside the speech lexicon (:func:`checker.datafiles.derived_from`):
    writing them takes the people and speech lexicons' word lists apart and escapes them (~1 ms a process)."""
    from checker import datafiles

    inputs = [lexicons.DATA / "speech.yaml", lexicons.DATA / "people.yaml", Path(lexicons.__file__), Path(__file__)]
    texts: tuple[str, ...] = tuple(datafiles.derived_from(inputs, "speaker_patterns", _write_patterns))
    return texts


def _write_patterns() -> tuple[str, ...]:
    # the word lists as trees of their letters (:func:`names.alternation`): the same matches, longest
    # word first, as the flat lists longest first; the matcher tries a few branches at each letter
    # instead of the 311 roles one by one at every word (a quarter of the quote extractor's time)
    from checker.language.names import alternation

    def alt(words: Iterable[str]) -> str:
        words = list(words)
        return alternation(words) if words else ""  # no words: the empty alternation a flat list makes

    sp = lexicons.speech()
    verbs = alt(sp.verbs)
    roles = alt(lexicons.people().role_words())
    parts = alt(sp.participles)
    cues = alt(sp.clause_cues)
    role = rf"(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){{0,3}}?(?:{roles})s?"
    # a name after its role noun, the role maybe after a place or organisation: "Qeshm governor Mehdi
    # Irannejad", "32-year-old protester Paris Kyriakides", "producers Ann Roe and Ben Poe"
    titled = rf"(?:[A-Z][\w’'.-]*\s+){{0,3}}(?:[a-z0-9][\w-]*\s+){{0,2}}(?:{roles})s?\s+{_NAMES}"
    # "a co-worker", "a source close to the team": someone new, named by no one
    indefinite = r"[Aa]n?\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*"
    speaker = rf"(?P<s>{_PRONOUN}|{titled}|{role}|{indefinite}|{_NAMES})"
    aside = rf"(?:,\s+(?:{parts})\b[^,“”\"]{{0,60}},|,\s+who\b[^,“”\"]{{0,60}},|{_APPOSITIVE})?"
    intro = "|".join(re.escape(x) for x in sp.introducers)
    # words between a speaker and the cue verb ("Bergqvist had told her", "accused Bergqvist of
    # saying"): a quote after them is the words of the person they follow, reported inside another
    # speaker's sentence ("Ruiz said her opponent, Nils Bergqvist, had told her “…”")
    auxiliaries = alt(lexicons.speech_words("cue_auxiliaries"))
    # a name in apposition closes with a comma before its auxiliary ("her opponent, Nils Bergqvist,
    # had told"); not before a participle ("a one liner, saying"), which is a clause cue
    apposed = rf"(?:(?<=[a-z]),(?=\s+(?:{auxiliaries})\s))?"
    # the colon alternative: after a name that is the whole clause ("Quist: “…”"), maybe with its
    # apposition, not after an object ("… will handle Nichols: “…”")
    before = (
        rf"(?:(?<![\w’'-]){speaker}{aside}{apposed}\s+(?:(?:{auxiliaries})\s+|[a-z][^“”\".!?;]{{0,80}}?\s+and\s+)?(?P<v>{verbs})\b[^“”\".!?]{{0,80}}?[:,]?"
        # "According to Brenning, “…”", "According to Dr. Sipho Ndlovu, who ran the trials, the
        # vaccine “…”": the source governs its sentence, an aside and the clause's first words between
        rf"|(?P<i>(?i:{intro}))\s+(?P<s2>{_NAME}|{role})(?:,\s+who\b[^,“”\"]{{0,60}})?,(?:\s+[^“”\".!?;:,]{{1,80}}?)?"
        # "Quist: “…”", "Zhou Meilin, the factory's manager: “…”", "Said Zhou Meilin: “…”" (a cue
        # verb opening the sentence before its speaker)
        + (rf"|^\s*(?:Said\s+)?(?P<s3>{_NAME})(?:,\s+[a-z][^,:;“”\".!?]{{0,59}})?:" if sp.colon else "")
        + r")\s*$"
    )
    # the subject of a clause ending in a colon: "The judge offered advice for the guards:"; or the
    # source named before the colon: "Below is a statement by Ann Roe, director of the institute:"
    # a sentence adverb or time before the subject may open it ("Later, Calder repeated:")
    colon_clause = (
        rf"^\s*(?:[A-Z][a-z]+(?:\s+[A-Z]?[a-z]+){{0,2}},\s+)?{speaker}{aside}\s+[a-z][^“”\".!?]{{0,140}}:\s*$"
    )
    colon_by = rf"\b(?:by|from|such\s+as)\s+(?:the\s+[a-z]+\s+)?(?P<s>{titled}|{_NAMES})(?:,\s+[^“”\":]{{1,120}})?:\s*$"
    # "Karamanlis has dismissed calls to quit, saying the country needs “…”": the clause's subject,
    # at the sentence start (after a sentence adverb) or after a subordinator ("years before he …")
    clause = (
        rf"^\s*(?:[A-Z][a-z]+,\s+)?(?:[A-Z][^“”\".!?;]{{0,60}}?\b(?:before|after|when|as|while|but|and)\s+)?"
        rf"{speaker}{aside}\s+[a-z][^“”\".!?;]{{0,140}}?,\s+(?P<v>{cues})\b[^“”\".!?]{{0,80}}?[:,]?\s*$"
    )
    # "…,” said Troy police Lt. Gerry Scherlinck." / ", said the evangelist": up to the next punctuation
    # a full stop ends the speaker unless it closes an abbreviation ("Lt.", "Gov.") or an initial
    not_abbreviation = "".join(f"(?<!{re.escape(a)})" for a in title_abbreviations()) + r"(?<!\b[A-Z])"
    ends = alt(sp.speaker_ends)
    # "…,” adding that the roads were open": a participle never stands before its subject
    finite = alt(v for v in sp.verbs if not v.endswith("ing"))
    verb_first = (
        rf"^[,.!?—-]?\s*(?P<v>{finite})\s+(?P<s>(?:[Tt]he\s|[Aa]n?\s|[A-Za-z0-9])[^,;:!?“”\"\n]{{0,70}}?)"
        rf"(?P<apposed>,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{1,3}}(?=[,.;]|$))?"
        rf"(?=\s*(?:[,;:!?]|{not_abbreviation}\.(?:\s|$)|$|\s+(?:{ends})\b))"
    )
    # "…,” Jeffs is heard saying", "…,” the governor was quoted as saying"
    heard = r"(?:(?:is|was|can\s+be)\s+(?:heard|quoted\s+as|seen)\s+)?"
    subject_first = rf"^[,.!?—-]?\s*{speaker}{aside}\s+(?:also\s+|later\s+|then\s+)?{heard}(?P<v>{verbs})\b"
    # "…,” the Daily Ledger quoted witness Ivo Brandt as saying"
    quoted_as = rf"^[,.!?—-]?\s*(?:[^“”\".!?]{{0,60}}?\s)?quoted\s+{speaker}\s+as\s+(?P<v>saying)\b"
    # "Her rival, Councillor Oskar Nyberg, replied: “": a name in apposition after a description is
    # the verb's subject; "Harbour director Marek Zieliński: “": a role and a name before a colon
    apposed_before = (
        rf",\s+(?P<s>{titled}|{_NAMES}),\s+(?:also\s+|later\s+|then\s+)?(?P<v>{verbs})\b[^“”\".!?]{{0,80}}?[:,]?\s*$"
    )
    titled_colon = rf"^\s*(?:[A-Z][a-z]+,\s+)?(?P<s>{titled}):\s*$"
    # what the patterns before a quote cannot match without (see :func:`speaker_before`): a speech
    # verb or a clause cue after white space, an introducer
    verb_after_space = rf"\s(?:{verbs})\b"
    cue_after_space = rf"\s(?:{cues})\b"
    introducer = rf"(?i:{intro})"
    return (
        before,
        verb_first,
        subject_first,
        quoted_as,
        clause,
        colon_clause,
        colon_by,
        apposed_before,
        titled_colon,
        verb_after_space,
        cue_after_space,
        introducer,
    )


@lru_cache(maxsize=1)
def title_abbreviations() -> tuple[str, ...]:
    """The people lexicon's titles written with a full stop, without it ("Dr", "Gov", "Lt. Col"),
    in spelling order: their full stop ends no sentence."""
    return tuple(sorted({t.form[:-1] for t in lexicons.people().titles if t.form.endswith(".")}))


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The match whose cue is nearest the end ("X said nothing after …, Quist said, describing him
    as “": Quist), the longest speaker among those of one cue ("Zadan and Meron added")."""
    best = m = pattern.search(text)
    while m is not None:
        m = pattern.search(text, m.start() + 1)
        if m is not None and best is not None and _cue_at(m) > _cue_at(best):
            best = m
    return best


def _cue_at(m: re.Match[str]) -> int:
    for group in ("v", "i", "s3"):
        if m.groupdict().get(group):
            return m.start(group)
    return m.start()


def clean_speaker(written: str) -> str:
    """A speaker as written without what is not the speaker's name or description: a reflexive
    ("DeGeneres herself"), a second person credited together ("Zadan and Meron" → "Zadan"), an
    affiliation after a name ("Noah Greenwald of the Center for …" → "Noah Greenwald") and a day
    after it ("Joe Coffey Monday")."""
    from checker.language import names

    w = re.sub(r"\s+(?:him|her|them)sel(?:f|ves)$", "", written.strip())
    w = re.sub(r",?\s+(?:Jr|Sr)\.?$", "", w)  # "Harold Child Jr.": the suffix is no surname of its own
    first, sep, _ = w.partition(" and ")
    if sep and first[-1:].isalpha() and re.search(r"(?:^|\s)[A-Z][\w’'-]+$", first):
        w = first
    m = re.match(r"(.*?\S)\s+(?:of|from|at|with)\s+(?:the\s+)?[A-Z]", w)
    if m and names.people_in(m.group(1)):
        w = m.group(1)
    ends = lexicons.speech().speaker_ends
    words = w.split()
    while len(words) > 1 and words[-1] in ends:
        words.pop()
    return " ".join(words)


def speaker_before(text: str) -> tuple[str, str] | None:
    """(speaker as written, cue) from the words right before an opening quotation mark.

    "Lavrov, speaking in Moscow, said “", "Brenning asked: “", "Quist: “", "According to
    Brenning, “", "Brenning called the plan “", "she said “", "Karamanlis dismissed calls to
    quit, saying “", "The judge offered advice for the guards: “".
    """
    tail = text[-240:]
    pats = _patterns()
    # each pattern is tried only where the words it cannot match without are there (a speech verb, a
    # clause cue, an introducer, a colon closing the text: a cheap search each), in the same order:
    # three in four texts before a quote have none of them
    verb = pats[9].search(tail) is not None
    colon = _COLON_END.search(tail) is not None
    m = _last(pats[0], tail) if verb or colon or pats[11].search(tail) else None
    if m is not None:
        if m.group("s"):
            return clean_speaker(m.group("s")), m.group("v")
        if m.group("s2"):
            return clean_speaker(m.group("s2")), m.group("i")
        return m.group("s3"), ":"
    m = pats[4].search(tail) if pats[10].search(tail) else None
    if m is not None:
        return clean_speaker(m.group("s")), m.group("v")
    m = pats[7].search(tail) if verb else None
    if m is not None:
        return clean_speaker(m.group("s")), m.group("v")
    if not colon:
        return None
    m = pats[8].search(tail)
    if m is not None:
        return clean_speaker(m.group("s")), ":"
    m = pats[6].search(tail)
    if m is not None:
        return clean_speaker(m.group("s")), ":"
    m = pats[5].search(tail)
    if m is not None and _names_someone(m.group("s"), tail[m.start("s") :]):
        return clean_speaker(m.group("s")), ":"
    return None


#: a colon closing a text: what the colon patterns before a quote end with
_COLON_END = re.compile(r":\s*$")


@lru_cache(maxsize=1)
def _verbs() -> str:
    return "|".join(sorted(map(re.escape, lexicons.speech().verbs), key=lexicons.longest_first))


@lru_cache(maxsize=1)
def _acting() -> re.Pattern[str]:
    """What follows a surname acting as a clause's subject: a verb ("Quennell offered", "Quist says")."""
    return re.compile(rf"\s+(?:[a-z]+ed|[a-z]+[^s\W]s|{_verbs()})\b")


def _names_someone(subject: str, clause: str) -> bool:
    """Whether a clause's capitalised subject is a person, not a sentence-opening word ("Below is
    …:", "Expect …:"): a pronoun, a description, a full name, or a title and a surname."""
    from checker.language import names

    words = subject.split()
    if len(words) == 1 and words[0][:1].isupper():
        # a surname acting ("Quennell offered advice …:"), not an opening word ("Below is", "Expect endless")
        return clause.startswith(words[0]) and _acting().match(clause, len(words[0])) is not None
    return (
        subject[:1].islower()
        or words[0] in ("The", "the", "A", "An", "He", "She", "They")
        or bool(names.people_in(subject))
        or names.is_titled_surname(" ".join(words[-2:]))
    )


def speaker_after(text: str) -> tuple[str, str] | None:
    """(speaker as written, cue) from the words right after a closing quotation mark: "…,” said
    Quist", "…,” Quist added", "…,” Lavrov, speaking in Moscow, said", "…,” Nirad Sinha, a navy
    spokesman, told Channel 9"."""
    head = text[:260]
    for pattern in _patterns()[1:4]:
        m = pattern.match(head)
        if m is not None:
            apposed = m.groupdict().get("apposed")
            # "said Biancardi's attorney, James Zeszutek": the name in apposition is the speaker
            return clean_speaker(apposed.lstrip(", ").rstrip(".") if apposed else m.group("s")), m.group("v")
    return None


#: an editor's insertion in a quotation: "[on Mill Lane]", and the parentheses some house styles
#: use for one ("the final (rule) language"); a longer parenthesis may be the speaker's own aside
_BRACKETED = re.compile(r"\[[^\]]*\]|\((?:[^()\s]+\s?){1,4}\)")
_ON_THE_HOUR = re.compile(r"\b(\d{1,2}):00\b")  # "6:00 p.m." and "6 p.m." are the same words
#: a word, an ellipsis, or a percent sign ("33%" is "33 percent": a proportion's words, see _folded)
_QUOTE_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|…|%")


def quote_words(text: str) -> tuple[str, ...]:
    """A quotation's words for comparing two renderings of it: lower-case, punctuation dropped, a
    bracketed insertion ("[on Mill Lane]", "(rule)", up to four words) as a gap ("…"), numbers written in words as digits ("one-in-three" and
    "1 in 3" are the same words), "6:00" as "6", "%" as "percent", ordinals as digits ("Twelfth"/"12th"), British spellings as American ("neighbourhood",
    "offence")."""
    return folded_words(quote_written_words(text))


def folded_words(written: tuple[str, ...]) -> tuple[str, ...]:
    """:func:`quote_words` of a quotation whose :func:`quote_written_words` are ``written``."""
    return tuple(map(_folded, written))


@lru_cache(maxsize=65536)  # a quotation's words are common words: each folded once a run
def _folded(w: str) -> str:
    """One written word of a quotation as :func:`quote_words` compares it ("one" → "1", "twelfth"
    → "12th", "neighbourhood" → "neighborhood")."""
    if w == "%":
        return "percent"  # "33%" and "33 percent" are the same words
    units, tens, ordinals = _number_words()
    value = units.get(w, tens.get(w))
    ordinal = ordinals.get(w)
    if value is not None:
        return str(value)
    if ordinal is not None and w != "second":  # "the second" is also a unit of time
        return f"{ordinal}{_SUFFIX.get(ordinal % 10 if ordinal % 100 not in (11, 12, 13) else 0, 'th')}"
    return _american(w)


@lru_cache(maxsize=1)
def _number_words() -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """The number words of :mod:`checker.language.numbers` (units, tens, ordinals), imported on first
    use (not at start-up) and once: an import statement in :func:`_folded` ran on every new word."""
    from checker.language.numbers import ORDINALS, TENS, UNITS

    return UNITS, TENS, ORDINALS


def quote_written_words(text: str) -> tuple[str, ...]:
    """A quotation's words as written (lower-case, punctuation dropped), one for each word of
    :func:`quote_words`, so that a change found between folded words is shown in the text's words
    ("one", not "1")."""
    text = text.replace("’", "'")
    if ":00" in text:  # (a substitution with a group reference runs Python code even where nothing matches)
        text = _ON_THE_HOUR.sub(r"\1", text)
    if "[" in text or "(" in text:
        text = _BRACKETED.sub(" … ", text)
    return tuple(_QUOTE_WORD.findall(text.lower()))


#: British and American spellings of one word ("neighbourhood"/"neighborhood", "realise"/"realize",
#: "centre"/"center"): both renderings are folded, and only after three letters ("four", "hour" stay)
_SPELLINGS = (
    # (what the pattern needs in the word, the pattern, its replacement): most words hold none
    ("our", re.compile(r"(?<=[a-z]{3})our"), "or"),
    ("is", re.compile(r"(?<=[a-z]{3})is(e[sd]?|ing|ation)\b"), r"iz\1"),
    ("ys", re.compile(r"(?<=[a-z]{3})ys(e[sd]?|ing)\b"), r"yz\1"),
    ("tre", re.compile(r"(?<=[a-z]{3})tre(s?)\b"), r"ter\1"),
    ("ence", re.compile(r"(?<=[a-z]{3})ence(s?)\b"), r"ense\1"),
)
_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


@lru_cache(maxsize=65536)
def _american(word: str) -> str:
    if len(word) < 6:
        return word
    for needed, pattern, repl in _SPELLINGS:
        if needed in word:
            word = pattern.sub(repl, word)
    return word


@lru_cache(maxsize=1)
def antonyms() -> frozenset[frozenset[str]]:
    """The speech lexicon's antonym pairs (``antonyms``), each a set of two lower-case words.

    :raises ValueError: naming ``speech.yaml`` when an entry is not a pair of two different words.
    """
    data = lexicons.speech_data()
    out = set()
    for pair in data.get("antonyms", []):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(w, str) and w for w in pair)):
            raise ValueError(
                f"{lexicons.DATA / 'speech.yaml'}: 'antonyms' entries must be pairs of words, not {pair!r}"
            )
        if pair[0].lower() == pair[1].lower():
            raise ValueError(f"{lexicons.DATA / 'speech.yaml'}: antonym pair {pair!r} names one word twice")
        out.add(frozenset(w.lower() for w in pair))
    return frozenset(out)


@lru_cache(maxsize=1)
def negative_prefixes() -> tuple[str, ...]:
    """Prefixes that make a word's opposite (``negative_prefixes``: "un" in "unfair"), longest first."""
    return tuple(sorted(lexicons.speech_words("negative_prefixes"), key=len, reverse=True))


def opposite(a: str, b: str, pairs: frozenset[frozenset[str]], prefixes: tuple[str, ...]) -> bool:
    """Whether two words are of opposite meaning: a pair of ``pairs`` (:func:`antonyms`), or one is
    the other with a negative prefix ("fair"/"unfair"; the bare word at least three letters)."""
    if frozenset((a, b)) in pairs:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and any(long_ == p + short for p in prefixes)
