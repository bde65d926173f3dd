"""Sources and holders: the lexicon of who may stand behind a claim and which claims need one.

Data: ``checker/language/data/sources.yaml`` (versioned, each class tested). Plain values only: the
engine's extractors and linkers build claims and links from them.

- :func:`vague_holder` — does a holder phrase name nobody ("experts", "some residents", "critics")?
- :func:`impersonal_in` — "it is widely believed", "many believe": beliefs nobody holds.
- :func:`wrongdoing_in` — predicates accusing someone of wrongdoing ("overbilled the county").
- :func:`court_story` — does a text read as a court or police report (charges on the record)?
- :func:`observed`, :func:`record_noun`, :func:`toll_word`, :func:`status_noun`, :func:`running_count` —
  which figures need a source.
- :func:`natural_holder` — "witnesses": the natural source of what they saw.
- :func:`case_on_record` — a conviction or plea: the wrongdoing it was about is on the record.
- :func:`speech_verb`, :func:`estimate_verb` — verbs that make their subject a source;
  :func:`position_verb` — those that only state the subject's stand ("warned", "claim", "denied");
  :func:`outcome_verb` — "killed at least 40 people": the outcome before a toll.
- :func:`victim_nouns` — "two women and one man": a toll told as its parts; :func:`acting_holders` —
  "a SWAT team … where it was believed": subjects that act on a belief.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from checker.language.lexicons import longest_first
from checker.language.prefilter import may_hold

_WORD = re.compile(r"[A-Za-z][\w’'-]*")


@dataclass(frozen=True)
class Pattern:
    """A named lexicon pattern (one entry of a class with regular expressions).

    ``source`` is the regular expression's text; ``regex`` compiles it (case ignored) on first use: a
    one-article run reads only a few of the lexicon's entries one by one (the wrongdoing entries are
    searched as one pattern first), and compiling the rest at the first article was ~1 ms of start-up.
    """

    name: str
    source: str
    #: lower-case words one of which every match holds, when the entry gives them (a text holding none
    #: is not matched); () tests every text
    stems: tuple[str, ...] = ()

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.source, re.I)


@dataclass(frozen=True)
class SourceLexicon:
    """The compiled lexicon (see the module docstring for the classes).

    The three whole-class alternations (``observed``, ``wrongdoing_any``, ``culpability``) are kept as
    their texts and compiled on first use, as each entry's :class:`Pattern` is: ~4,500 program words a
    one-article run that reads no such class does not compile.
    """

    version: int
    vague: frozenset[str]
    impersonal: tuple[Pattern, ...]
    speech: frozenset[str]
    estimate: frozenset[str]
    #: the text of ``observed``
    observed_source: str
    record: frozenset[str]
    toll: frozenset[str]
    wrongdoing: tuple[Pattern, ...]
    #: the text of ``wrongdoing_any``
    wrongdoing_any_source: str
    court_words: frozenset[str]
    background: tuple[Pattern, ...]
    history: tuple[Pattern, ...]
    #: the text of ``culpability``
    culpability_source: str
    trial_words: frozenset[str]
    #: lower-case stems one of which every wrongdoing match contains: a sentence without any is skipped
    #: (plain substrings: thirty ``in`` tests cost less than one regex alternation of them over a text)
    wrongdoing_stems: tuple[str, ...]
    natural: frozenset[str] = frozenset()
    status: frozenset[str] = frozenset()
    running: tuple[Pattern, ...] = ()
    case_record: tuple[Pattern, ...] = ()
    statement: frozenset[str] = frozenset()
    toll_kinds: tuple[tuple[str, frozenset[str]], ...] = ()
    position: frozenset[str] = frozenset()
    outcome: tuple[tuple[str, str], ...] = ()
    victims: frozenset[str] = frozenset()
    acting: frozenset[str] = frozenset()
    evidence: frozenset[str] = frozenset()
    precaution: frozenset[str] = frozenset()
    few: frozenset[str] = frozenset()

    @cached_property
    def observed(self) -> re.Pattern[str]:
        """Verbs of seeing a figure for oneself, as one alternation (case ignored)."""
        return re.compile(self.observed_source, re.I)

    @cached_property
    def wrongdoing_any(self) -> re.Pattern[str]:
        """Every wrongdoing entry's pattern, as group ``w<i>`` of one alternation (case ignored)."""
        return re.compile(self.wrongdoing_any_source, re.I)

    @cached_property
    def culpability(self) -> re.Pattern[str]:
        """Words of guilt or blame, as one alternation (case ignored)."""
        return re.compile(self.culpability_source, re.I)


def _words(items: Any) -> frozenset[str]:
    return frozenset(str(x).lower() for x in items)


def _patterns(items: Any) -> tuple[Pattern, ...]:
    out = []
    for raw in items:
        body = re.sub(r"(?<!\\) +", r"\\s+", str(raw["pattern"]))
        stems = tuple(str(x).lower() for x in raw.get("stems") or ())
        out.append(Pattern(str(raw["cue"]), rf"(?<![\w-])(?:{body})(?![\w-])", stems))
    return tuple(out)


def _alternation(words: frozenset[str]) -> str:
    """The text of one case-ignoring alternation of ``words`` (longest first), bounded by non-word characters."""
    alts = sorted((re.sub(r" +", r"\\s+", re.escape(w).replace("\\ ", " ")) for w in words), key=longest_first)
    return rf"(?<![\w-])(?:{'|'.join(alts)})(?![\w-])"


@lru_cache(maxsize=1)
def lexicon() -> SourceLexicon:
    """The shipped lexicon, parsed and compiled once."""
    from checker import datafiles

    data = datafiles.load("checker.language", "data/sources.yaml")  # parsed once, then cached like bytecode
    wrong = _patterns(data["wrongdoing"])
    return SourceLexicon(
        version=int(data["version"]),
        vague=_words(data["holders"]["vague"]),
        impersonal=_patterns(data["holders"]["impersonal"]),
        speech=_words(data["verbs"]["speech"]),
        estimate=_words(data["verbs"]["estimate"]),
        observed_source=_alternation(_words(data["verbs"]["observed"])),
        record=_words(data["nouns"]["record"]),
        toll=_words(data["nouns"]["toll"]),
        wrongdoing=wrong,
        wrongdoing_any_source="|".join(f"(?P<w{i}>{p.source})" for i, p in enumerate(wrong)),
        court_words=_words(data["court"]),
        background=_patterns(data["background"]),
        history=_patterns(data["history"]),
        precaution=_words(data["routine"]["precaution"]),
        few=_words(data["routine"]["few"]),
        culpability_source=_alternation(_words(data["culpability"])),
        trial_words=_words(data["trial"]),
        wrongdoing_stems=tuple(str(x).lower() for r in data["wrongdoing"] for x in r["stems"]),
        natural=_words(data["holders"]["natural"]),
        status=_words(data["nouns"]["status"]),
        running=_patterns(data["running"]),
        case_record=_patterns(data["record"]),
        statement=_words(data["verbs"]["statement"]),
        toll_kinds=tuple((str(k), _words(v)) for k, v in data["toll_kinds"].items()),
        position=_words(data["verbs"]["position"]),
        outcome=tuple((str(k).lower(), str(v).lower()) for k, v in data["verbs"]["outcome"].items()),
        victims=_words(data["nouns"]["victims"]),
        acting=_words(data["holders"]["acting"]),
        evidence=_words(data["nouns"]["evidence"]),
    )


def vague_holder(phrase: str) -> bool:
    """Whether a holder phrase names nobody: "experts", "some residents", "an analyst", "critics of the plan".

    The head is the last word before a preposition or relative ("critics of the plan" → critics); a
    capitalised name before any relative clause ("experts at Halden University") makes the holder named,
    one inside it ("fans who loved Tennant") does not. An indefinite holder ("a diplomat") is anonymous.
    """
    words = _WORD.findall(_RELATIVE.split(phrase, maxsplit=1)[0])
    if not words:
        return True
    lex = lexicon()
    head_words: list[str] = []
    for w in words:
        if w.lower() in _PREPOSITIONS:
            break
        head_words.append(w)
    if any(w[:1].isupper() and w.lower() not in lex.vague for w in words[1:]):
        return False
    if words[0].lower() in ("a", "an", "one", "another"):
        return True
    head = (head_words or words)[-1].lower()
    return head in lex.vague or (len(head_words) == 1 and head_words[0].lower() in lex.vague)


_RELATIVE = re.compile(r"(?<!\s)\s+(?:who|whom|whose|that|which)\b|,", re.I)  # (?<!\s): linear over long space runs
_PREPOSITIONS = {"of", "in", "at", "from", "with", "on", "close", "familiar", "for", "near", "inside", "within"}


@lru_cache(maxsize=256)
def impersonal_in(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, entry) of every belief nobody holds: "it is widely believed", "many believe".

    The span is the vague holder's words when the entry marks them (``(?P<holder>…)``: "some in the
    community" of "some in the community don't believe"), else the whole match."""
    found: list[tuple[int, int, str]] = []
    for p in lexicon().impersonal:
        if p.stems and not may_hold(text, p.stems):
            continue  # most sentences hold none of an entry's words
        for m in p.regex.finditer(text):
            held = "holder" in p.regex.groupindex and m.group("holder") is not None
            found.append((*(m.span("holder") if held else m.span()), p.name))
    out: list[tuple[int, int, str]] = []
    for hit in sorted(found, key=lambda h: (h[0], -h[1])):
        if not out or hit[0] >= out[-1][1]:  # overlapping entries: the first and longest stands
            out.append(hit)
    return tuple(out)


def may_accuse(text: str) -> bool:
    """Whether a text holds any wrongdoing stem at all (a fast test before :func:`wrongdoing_in`)."""
    return bool(accusing_stems(text))


def accusing_stems(text: str, stems: Sequence[str] | None = None) -> tuple[str, ...]:
    """The wrongdoing stems (of ``stems``, by default all the lexicon's) that a text holds, in any case:
    the stems worth testing in each part of the text (a sentence holds none the whole text lacks)."""
    # searched as UTF-8 bytes: a stem is in the encoded text exactly where it is in the text, and a byte
    # search is faster than one over text with a character beyond Latin-1 (’)
    low = text.lower()
    wanted = lexicon().wrongdoing_stems if stems is None else tuple(stems)
    found = []
    if low.isascii():  # a flag of the string: an ASCII text is searched as fast as its bytes, without encoding
        for stem in wanted:
            if stem in low:
                found.append(stem)
        return tuple(found)
    encoded_text = low.encode()
    for stem, encoded in zip(wanted, _utf8(wanted), strict=True):  # a loop: no generator per stem
        if encoded in encoded_text:
            found.append(stem)
    return tuple(found)


def holds_stem(text: str, stems: Sequence[str]) -> bool:
    """Whether a text holds one of ``stems`` (lower case) in any case: a short text (a sentence) tested for
    the few stems :func:`accusing_stems` found in the text around it."""
    low = text.lower()
    return any(stem in low for stem in stems)


@lru_cache(maxsize=256)
def _utf8(stems: tuple[str, ...]) -> tuple[bytes, ...]:
    return tuple(s.encode() for s in stems)


def wrongdoing_in(text: str, stems: Sequence[str] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, entry) of every predicate that accuses someone of wrongdoing, left to right.

    ``stems``: the stems to test the text for before matching (:func:`accusing_stems` of a text that
    holds this one); by default all the lexicon's."""
    lex = lexicon()
    out: list[tuple[int, int, str]] = []
    if not accusing_stems(text, stems):
        return out
    for m in lex.wrongdoing_any.finditer(text):
        k = int((m.lastgroup or "w0")[1:])
        out.append((m.start(), m.end(), lex.wrongdoing[k].name))
    return out


def routine_count(count: str, words: Sequence[str]) -> bool:
    """Whether a vague small count ("Dozens", "several") of an outcome that is only a precaution
    ("evacuated") is a routine count: ``words`` are the figure's counted noun and the words after it."""
    toll = [w.lower() for w in words if w and toll_word(w)]
    lex = lexicon()
    return count.lower() in lex.few and bool(toll) and all(w in lex.precaution for w in toll)


def history(sentence: str) -> str | None:
    """The entry placing a sentence in a past era ("Nixon-era secrets"), or None."""
    for p in lexicon().history:
        if p.regex.search(sentence):
            return p.name
    return None


@lru_cache(maxsize=256)  # asked once per figure of a sentence: a run-on sentence has hundreds
def background(sentence: str) -> str | None:
    """The entry dating a sentence's event before the article's ("four years ago", "In February, …"), or None."""
    for p in lexicon().background:
        if (not p.stems or may_hold(sentence, p.stems)) and p.regex.search(sentence):
            return p.name
    return None


def court_story(text: str, least: int = 2) -> bool:
    """Whether a text reads as a court or police report: at least ``least`` distinct court words."""
    return len(_wordset(text) & lexicon().court_words) >= least


def trial_story(text: str, least: int = 2) -> bool:
    """Whether a text reports a trial or charges on the record: at least ``least`` distinct trial words."""
    return len(_wordset(text) & lexicon().trial_words) >= least


@lru_cache(maxsize=4)
def _wordset(text: str) -> frozenset[str]:
    """The lower-case words of a text, once per text (an article is asked about twice)."""
    return frozenset(_LOWER_WORD.findall(text.lower()))


_LOWER_WORD = re.compile(r"[a-z]+")


def culpable(text: str) -> bool:
    """Whether a text claims a cause, blame or harm ("caused", "deliberately", "responsible", "killed")."""
    return lexicon().culpability.search(text) is not None


@lru_cache(maxsize=256)
def observed(text: str) -> bool:
    """Whether a clause says what a crowd did at an event ("marched", "gathered", "turned out")."""
    return lexicon().observed.search(text) is not None


def record_noun(word: str) -> bool:
    """Whether a counted noun is a matter of record or settled background (budget, votes, workers)."""
    return word.lower().strip(".") in lexicon().record


def status_noun(word: str) -> bool:
    """Whether a counted noun says who a toll may count (refugees, civilians): a toll only with an outcome."""
    return word.lower().strip(".") in lexicon().status


def toll_kind(word: str) -> str:
    """The kind of toll an outcome word states ("died" → "death"), or the word itself when it has none."""
    w = word.lower()
    for kind, words in lexicon().toll_kinds:
        if w in words:
            return kind
    return w


@lru_cache(maxsize=256)
def running_count(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, entry) of every phrase making a toll a conflict's running count ("since the assault
    began", "pushing the death toll above"), left to right."""
    found = [
        (m.start(), m.end(), p.name)
        for p in lexicon().running
        if not p.stems or may_hold(sentence, p.stems)
        for m in p.regex.finditer(sentence)
    ]
    return tuple(sorted(found))


def natural_holder(phrase: str) -> bool:
    """Whether a holder is the natural source of what it saw ("witnesses", "an eyewitness")."""
    words = _WORD.findall(phrase.lower())
    return bool(words) and words[-1] in lexicon().natural


def case_on_record(text: str) -> str | None:
    """The entry saying a text reports a case closed on the record (a conviction, a plea), or None."""
    for p in lexicon().case_record:
        if p.regex.search(text):
            return p.name
    return None


def toll_word(word: str) -> bool:
    """Whether a word makes a figure a toll or damage count (killed, injured, displaced)."""
    return word.lower() in lexicon().toll


def speech_verb(word: str) -> bool:
    """Whether a verb of saying makes its subject a source ("said", "told", "alleged")."""
    return word.lower() in lexicon().speech


def statement_verb(word: str) -> bool:
    """Whether a headline verb has its subject make a statement ("condemns", "spoke out", "warns")."""
    return " ".join(word.lower().split()) in lexicon().statement


def position_verb(word: str) -> bool:
    """Whether a verb of saying only states its subject's position ("warned", "claim", "denied"): a party's
    stand, not an account of the facts around it."""
    return word.lower() in lexicon().position


def outcome_verb(word: str) -> str | None:
    """The toll word an outcome verb before a figure states ("killing" → "killed"), or None."""
    return _outcome_verbs().get(word.lower())


@lru_cache(maxsize=1)
def _outcome_verbs() -> dict[str, str]:
    """``outcome`` of the lexicon as a mapping, made once (asked once per figure)."""
    return dict(lexicon().outcome)


def victim_nouns() -> frozenset[str]:
    """Who a toll's victims may be, counted in its parts ("two women and one man")."""
    return lexicon().victims


def acting_holders() -> frozenset[str]:
    """Heads of subjects that act on a belief ("a SWAT team", "police divers"): the belief is theirs."""
    return lexicon().acting


def estimate_verb(word: str) -> bool:
    """Whether a verb makes its subject a figure's source ("estimated", "counted", "put … at")."""
    return word.lower() in lexicon().estimate


def evidence_noun(word: str) -> bool:
    """Whether investigators identify such a thing or person in a police story ("the murder weapon", "the gunman")."""
    return word.lower() in lexicon().evidence


__all__ = [
    "Pattern",
    "SourceLexicon",
    "accusing_stems",
    "acting_holders",
    "background",
    "case_on_record",
    "court_story",
    "culpable",
    "estimate_verb",
    "evidence_noun",
    "holds_stem",
    "impersonal_in",
    "lexicon",
    "may_accuse",
    "natural_holder",
    "observed",
    "outcome_verb",
    "position_verb",
    "record_noun",
    "running_count",
    "speech_verb",
    "statement_verb",
    "status_noun",
    "toll_kind",
    "toll_word",
    "trial_story",
    "vague_holder",
    "victim_nouns",
    "wrongdoing_in",
]
