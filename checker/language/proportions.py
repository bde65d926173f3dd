"""Proportions: a share of a counted population, however it is written.

"One-in-three households", "1 in 3 households", "two out of every five voters", "a third of
households" and "33% of households" each state one quantity, the share of the households (or
voters) the rest of the clause is true of. The figures extractor reads the first three as category
``ratio`` (value N/M, ``against`` M), the fourth as ``fraction`` and the last as ``percent``; this
module puts them on one scale, a share from 0 to 1, and reads what the share is of.

Rounding (the tolerance two proportions of one quantity are compared with):

* a percentage is rounded to its last digit: "33%" is 32.4 % to 33.6 % (``PERCENT_SLACK``, the
  slack :func:`checker.language.quantities.share_of` gives a percentage);
* a proportion in words or "N in M" is a share rounded to a simple fraction: "one in three" and "a
  third" are 1/3 within ±5 % of itself (``WORDS_SLACK``, half the ±10 % of "about"
  in :mod:`checker.extractors.qualifiers`), 31.7 % to 35 %: "33%", "34%" and "a third" agree with
  it, "one in four" (23.75 % to 26.25 %) does not, and "30%" differs by less than CC201's rounding
  option (a warning, not a failure);
* a qualifier keeps the bounds the extractor gave ("nearly one in three" is 30 % to 33.3 %, before
  the slack; "more than one in four" has no upper bound but 100 %).

Functions over plain values and strings; imports nothing of the engine.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property

from checker.language import frame_lexicons
from checker.language.lazy_patterns import on_first_use

#: figure categories that state a proportion of a counted population
CATEGORIES = frozenset({"ratio", "fraction", "percent"})
#: a percentage's rounding, as a share: "33%" is 0.324 to 0.336
PERCENT_SLACK = 0.006
#: a proportion in words' rounding, relative to its value: "one in three" is 0.3167 to 0.35
WORDS_SLACK = 0.05


def share_bounds(
    category: str, value: float | None, low: float | None, high: float | None
) -> tuple[float, float] | None:
    """The least and most share (0 to 1) a proportion figure claims, its rounding included; None when
    the figure is no share of a population (a percentage over 100, a change "by 150%")."""
    if category not in CATEGORIES or value is None:
        return None
    if category == "percent":
        if not 0 <= value <= 100:
            return None
        lo = 0.0 if low is None else max(0.0, low / 100 - PERCENT_SLACK)
        hi = 1.0 if high is None else min(1.0, high / 100 + PERCENT_SLACK)
        return lo, hi
    if not 0 < value <= 1:
        return None
    lo = 0.0 if low is None else low * (1 - WORDS_SLACK)
    hi = 1.0 if high is None else min(1.0, high * (1 + WORDS_SLACK))
    return lo, hi


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: where what is true of a share ends: the clause's end
_END = re.compile(r"[,;:()\"“”]|\.(?:\s|$)|\s(?:and|but|while|whereas|as|after|because|according|compared)\s")
#: a prepositional phrase right after the counted noun, before the verb ("households in rural areas
#: cannot …", "pupils across the county missed …"): a part of the population, or a place
_MODIFIER = re.compile(r"\s+(?:in|at|across|outside|from|of|on|with|without|under|over|aged)\s+", re.I)
#: a subgroup the share is taken of ("Among pensioners, one in two …", "one in two of those surveyed")
_AMONG = re.compile(r"\bamong\s+(?:the\s+)?([a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)", re.I)


#: where the clause a share is the object of begins, read back from the share ("A survey found (that)
#: heating is unaffordable for …": the words after "that", "found", a comma)
_CLAUSE_OPENING = re.compile(
    r"(?:^|[,;:“”\"(]|\bthat\b|\b(?:found|finds|find|said|says|say|showed|shows|suggests|estimated|estimates)\b)\s*",
    re.I,
)
#: marks a predicate read before its share: one read after it is another sentence shape, never the same
BEFORE = "<"


@dataclass(frozen=True)
class ProportionLexicon:
    """``proportions.yaml``: the words a share's predicate and population are read with."""

    #: words dropped from a predicate before comparing ("to", "their", "found")
    function_words: frozenset[str]
    #: each negated form (lower-case phrase) and the word it is read as ("unable to" → "cannot")
    negated: tuple[tuple[str, str], ...]
    #: a verb's singular form and its plural ("has" → "have")
    agreement: Mapping[str, str]
    #: words of a fronted phrase that name the sample, not a subgroup ("surveyed")
    source_words: frozenset[str]
    #: singular → plural the lemma rule does not make ("child" → "children")
    plurals: Mapping[str, str]
    #: plural populations without an -s ("people", "staff")
    populations: frozenset[str]

    @cached_property
    def singulars(self) -> Mapping[str, str]:
        """plural → singular of :attr:`plurals`."""
        return {plural: singular for singular, plural in self.plurals.items()}

    @cached_property
    def negated_pattern(self) -> re.Pattern[str]:
        """Every negated form, longest first, as whole words in any case."""
        forms = sorted((form for form, _ in self.negated), key=lambda f: (-len(f), f))
        return re.compile(r"\b(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + r")\b", re.I)


@cache
def lexicon() -> ProportionLexicon:
    """The proportions lexicon (``checker/language/data/proportions.yaml``), read once.

    :raises frame_lexicons.LexiconError: the file is not a versioned mapping."""
    data = frame_lexicons.raw("proportions.yaml")
    negated = tuple(
        (" ".join(str(form).lower().split()), str(word))
        for word, forms in (data.get("negated") or {}).items()
        for form in forms
    )
    return ProportionLexicon(
        function_words=frozenset(str(w).lower() for w in data.get("function_words") or ()),
        negated=negated,
        agreement={str(k).lower(): str(v).lower() for k, v in (data.get("agreement") or {}).items()},
        source_words=frozenset(str(w).lower() for w in data.get("source_words") or ()),
        plurals={str(k).lower(): str(v).lower() for k, v in (data.get("plurals") or {}).items()},
        populations=frozenset(str(w).lower() for w in data.get("populations") or ()),
    )


def _negations_folded(text: str) -> str:
    lex = lexicon()
    words = {form: word for form, word in lex.negated}
    return lex.negated_pattern.sub(lambda m: words[" ".join(m.group(0).lower().split())], text)


def predicate_before(before: str) -> tuple[tuple[str, ...], str]:
    """What is said of a share written before it, in its clause ("Heating is unaffordable for " →
    ``("<", "heat", "unaffordabl")``, the words as written): ``((), "")`` when nothing is. The first word
    of the clause counts lower-cased ("Heating"); a name after it does not."""
    starts = [m.end() for m in _CLAUSE_OPENING.finditer(before)]
    text = _negations_folded(before[starts[-1] if starts else 0 :])
    words = _WORD.findall(text)
    if words and words[0][:1].isupper() and words[0][1:].islower():
        words[0] = words[0].lower()
    lemmas = tuple(_stem(w) for w in words if w[:1].islower() and w.lower() not in lexicon().function_words)
    written = " ".join(text.split()).rstrip()
    return ((BEFORE, *lemmas), written) if lemmas else ((), "")


def predicate(after: str) -> tuple[tuple[str, ...], str, bool]:
    """What is true of a share, from the text right after its counted noun: ``(lemmas in order, the
    words as written, modified)``; ``modified`` when a lower-case prepositional phrase ("in rural
    areas", "across the county") narrows the population before the verb ("in Tarnmouth", a name, is
    a place and the place is compared elsewhere)."""
    cut = _END.search(after)
    text = _negations_folded(after[: cut.start() if cut else len(after)])
    modified = False
    m = _MODIFIER.match(text)
    if m is not None:
        rest = text[m.end() :]
        words = rest.split()
        # skip the phrase's object: names ("in Tarnmouth", "in the Tarnmouth area"); a lower-case object
        # ("in rural areas") narrows the population
        i = 0
        while i < len(words) and (words[i][:1].isupper() or words[i].lower() == "the"):
            i += 1
        if 0 < i < len(words) and frame_lexicons.lemma(words[i]) in frame_lexicons.counted().scopes:
            i += 1  # "in the Brae valley", "in Marrick county": the area's noun belongs to its name
        modified = i == 0
        text = " ".join(words[i:]) if not modified else rest
    lemmas = tuple(
        _stem(w) for w in _WORD.findall(text) if w[:1].islower() and w.lower() not in lexicon().function_words
    )
    written = text.split()
    while written and written[0].lower() in ("here", "there", "who", "that", "which", "now", "still", "also"):
        written.pop(0)  # "families here cannot afford …": the label reads "that cannot afford …"
    return lemmas, " ".join(written), modified


def _stem(word: str) -> str:
    """A word's lemma without a final silent e: "heating" and "heat" (the lemma rule gives "heate" for the
    first), "charged" and "charges" are one word."""
    lem = lexicon().agreement.get(word.lower()) or frame_lexicons.lemma(word)
    return lem[:-1] if lem.endswith("e") and len(lem) > 4 else lem


def same_predicate(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two predicates say one thing of their shares: the shorter's lemmas are all the longer's,
    and the longer adds words only after the first of them ("cannot afford heating" / "cannot afford
    to heat their homes"); words added before it narrow what is counted ("rural households cannot …")."""
    if not a or not b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if not set(short) <= set(long_):
        return False
    first = min(long_.index(w) for w in short)
    return all(w in short for w in long_[:first])


#: a time other than the present a share is told of, relative to the telling ("Last year one in four
#: households …", "… a decade ago"); a year written out is compared as the quantities linker compares years
# Compiled on first use (an 800-word program).
_other_time = on_first_use(
    r"\b(?:(?:last|previous|next|the\s+previous|the\s+following)\s+(?:year|month|week|decade|winter|summer|spring|autumn|fall|quarter|term)"
    r"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years?|months?|weeks?|decades?)\s+(?:ago|earlier|before)"
    r"|(?:in|by)\s+the\s+(?:past|future)|previously|formerly)\b",
    re.I,
)


def other_time(sentence: str) -> str | None:
    """The time other than the present a sentence tells its share of ("Last year one in four households
    could not …" → "last year"), lower-case; None for the present."""
    m = _other_time().search(sentence)
    return " ".join(m.group(0).lower().split()) if m else None


#: an area opening the sentence before a share ("In the Esk constituency, one in three voters …",
#: "Across the county, one in five …"): its common nouns tell it; a name alone ("In Tarnmouth,") is a
#: place, which the quantities linker compares by its names
_AREA_BEFORE = re.compile(
    r"\b(?:in|across|throughout|outside|within|around)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*,?\s*$", re.I
)


def area_before(sentence_before: str) -> str | None:
    """The common nouns of an area a share is counted over, told right before it in its sentence
    ("In the Esk constituency, " → "constituency"; "Across the county, " → "county"), lower-case lemmas;
    None when no such phrase opens it or it is a name alone."""
    m = _AREA_BEFORE.search(sentence_before)
    if m is None:
        return None
    words = [
        frame_lexicons.lemma(w)
        for w in m.group(1).split()
        if w[:1].islower() and w.lower() not in lexicon().function_words and w.lower() not in ("a", "an")
    ]
    return " ".join(words) or None


#: a phrase opening the sentence before a share, up to its comma ("For single parents, ", "Of those on
#: benefits, "): a part of the population the share is taken of
_FRONTED = re.compile(
    r"^\s*(?:for|of|among|amongst|with|without|within|between|under|over|aged)\s+([^,;:]{1,60}),", re.I
)


def subgroup(sentence_before: str) -> str | None:
    """The subgroup a share is taken among, written before it in its sentence ("Among pensioners, one in
    two …" → "pensioner"; "For single parents, one in two …" → "single parent"; "Of those on benefits, …"
    → "benefit"), lower-case lemmas; None when there is none ("Of those surveyed, …" is the whole sample)."""
    m = _AMONG.search(sentence_before)
    if m is not None:
        return " ".join(
            frame_lexicons.lemma(w) for w in m.group(1).split() if w.lower() not in lexicon().function_words
        )
    m = _FRONTED.match(sentence_before)
    if m is None:
        return None
    words = [w for w in _WORD.findall(m.group(1)) if w[:1].islower() and w.lower() not in lexicon().function_words]
    if not words or any(w.lower() in lexicon().source_words for w in words):
        return None
    return " ".join(frame_lexicons.lemma(w) for w in words)
