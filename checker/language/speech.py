"""Who a direct quotation is attributed to, from the words around its quotation marks.

Patterns are built from the speech lexicon (``data/speech.yaml``: verbs, introducers, participle
asides, the colon) and the people lexicon's roles. They return the speaker as written ("Quist",
"Foreign Minister Piet Lavrov", "she", "the mayor") and the cue; resolving that to a person is
the speakers linker's work.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language import lexicons

_NAME = r"(?:(?:[A-Z][\w’'.-]*|of|de|van|von|al-\w+)\s+){0,5}[A-Z][\w’'-]*"
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    sp = lexicons.speech()
    verbs = "|".join(sorted(map(re.escape, sp.verbs), key=lexicons.longest_first))
    roles = "|".join(sorted(map(re.escape, lexicons.people().role_words()), key=len, reverse=True))
    parts = "|".join(sorted(map(re.escape, sp.participles), key=lexicons.longest_first))
    role = rf"(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){{0,3}}?(?:{roles})"
    speaker = rf"(?P<s>{_PRONOUN}|{role}|{_NAME})"
    aside = rf"(?:,\s+(?:{parts})\b[^,“”\"]{{0,60}},|,\s+who\b[^,“”\"]{{0,60}},)?"
    intro = "|".join(re.escape(x) for x in sp.introducers)
    before = re.compile(
        rf"(?:(?<![\w’'-]){speaker}{aside}\s+(?:also\s+|later\s+|then\s+|[a-z][^“”\".!?;]{{0,80}}?\s+and\s+)?(?P<v>{verbs})\b[^“”\".!?]{{0,80}}?[:,]?"
        rf"|(?P<i>(?i:{intro}))\s+(?P<s2>{_NAME}|{role}),"
        + (rf"|(?<![\w’'-])(?P<s3>{_NAME}):" if sp.colon else "")
        + r")\s*$"
    )
    # ", said Troy police Lt. Gerry Scherlinck." / ", said the evangelist": up to the next punctuation
    # a full stop ends the speaker unless it closes an abbreviation ("Lt.", "Gov.") or an initial
    abbreviations = sorted({t.form[:-1] for t in lexicons.people().titles if t.form.endswith(".")})
    not_abbreviation = "".join(f"(?<!{re.escape(a)})" for a in abbreviations) + r"(?<!\b[A-Z])"
    verb_first = re.compile(
        rf"^[,.!?—-]?\s*(?P<v>{verbs})\s+(?P<s>(?:[Tt]he\s|[Aa]n?\s|[A-Za-z])[^,;:!?“”\"\n]{{0,70}}?)"
        rf"(?P<apposed>,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{1,3}}(?=[,.;]|$))?"
        rf"(?=\s*(?:[,;:!?]|{not_abbreviation}\.(?:\s|$)|$|\s+(?:in|on|at|after|before|during|when|who|while|to|from)\s))"
    )
    # "…,” Jeffs is heard saying", "…,” the governor was quoted as saying"
    heard = r"(?:(?:is|was)\s+(?:heard|quoted\s+as|seen)\s+)?"
    subject_first = re.compile(rf"^[,.!?—-]?\s*{speaker}{aside}\s+(?:also\s+|later\s+|then\s+)?{heard}(?P<v>{verbs})\b")
    return before, verb_first, subject_first


def speaker_before(text: str) -> tuple[str, str] | None:
    """(speaker as written, cue) from the words right before an opening quotation mark.

    "Lavrov, speaking in Moscow, said “", "Brenning asked: “", "Quist: “", "According to
    Brenning, “", "Brenning called the plan “", "she said “".
    """
    m = _patterns()[0].search(text[-240:])
    if m is None:
        return None
    if m.group("s"):
        return m.group("s"), m.group("v")
    if m.group("s2"):
        return m.group("s2"), m.group("i")
    return m.group("s3"), ":"


def speaker_after(text: str) -> tuple[str, str] | None:
    """(speaker as written, cue) from the words right after a closing quotation mark: "…,” said
    Quist", "…,” Quist added", "…,” Lavrov, speaking in Moscow, said"."""
    head = text[:160]
    for pattern in _patterns()[1:]:
        m = pattern.match(head)
        if m is not None:
            apposed = m.groupdict().get("apposed")
            # "said Biancardi's attorney, James Zeszutek": the name in apposition is the speaker
            return (apposed.lstrip(", ").rstrip(".") if apposed else m.group("s")), m.group("v")
    return None


_BRACKETED = re.compile(r"\[[^\]]*\]")
_ON_THE_HOUR = re.compile(r"\b(\d{1,2}):00\b")  # "6:00 p.m." and "6 p.m." are the same words
_QUOTE_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|…")


def quote_words(text: str) -> tuple[str, ...]:
    """A quotation's words for comparing two renderings of it: lower-case, punctuation dropped, a
    bracketed insertion as a gap ("…"), numbers written in words as digits ("one-in-three" and
    "1 in 3" are the same words), "6:00" as "6", ordinals as digits ("Twelfth"/"12th"), British spellings as American ("neighbourhood",
    "offence")."""
    from checker.language.numbers import ORDINALS, TENS, UNITS

    text = _BRACKETED.sub(" … ", _ON_THE_HOUR.sub(r"\1", text.replace("’", "'")))
    out = []
    for w in _QUOTE_WORD.findall(text.lower()):
        value = UNITS.get(w, TENS.get(w))
        ordinal = ORDINALS.get(w)
        if value is not None:
            out.append(str(value))
        elif ordinal is not None and w != "second":  # "the second" is also a unit of time
            out.append(f"{ordinal}{_SUFFIX.get(ordinal % 10 if ordinal % 100 not in (11, 12, 13) else 0, 'th')}")
        else:
            out.append(_american(w))
    return tuple(out)


#: British and American spellings of one word ("neighbourhood"/"neighborhood", "realise"/"realize",
#: "centre"/"center"): both renderings are folded, and only after three letters ("four", "hour" stay)
_SPELLINGS = (
    (re.compile(r"(?<=[a-z]{3})our"), "or"),
    (re.compile(r"(?<=[a-z]{3})is(e[sd]?|ing|ation)\b"), r"iz\1"),
    (re.compile(r"(?<=[a-z]{3})ys(e[sd]?|ing)\b"), r"yz\1"),
    (re.compile(r"(?<=[a-z]{3})tre(s?)\b"), r"ter\1"),
    (re.compile(r"(?<=[a-z]{3})ence(s?)\b"), r"ense\1"),
)
_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


@lru_cache(maxsize=65536)
def _american(word: str) -> str:
    if len(word) < 6:
        return word
    for pattern, repl in _SPELLINGS:
        word = pattern.sub(repl, word)
    return word
