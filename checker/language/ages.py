"""An age set off right after a name or a role: the marks the figures extractor tags an age by and the
people linker gives that age to the person by, so the two always agree.

Two house styles: commas ("Ilse Marrow, 66, said"; the number closed by a second comma) and British
brackets ("Ilse Marrow (66) has resigned"). A number in brackets that holds more than the number
("(44 homes)"), or a year range ("(1944–2001)", more than three digits), is no age.
"""

from __future__ import annotations

import re

#: no person is this many years old: a larger "age" is a building's or a place's ("Grace Church, 150 years old")
MAX_AGE = 120
#: the mark that opens an age right after the word before it, and the one that must close it
MARKS = {",": ",", "(": ")"}
#: the opening mark with its spaces, as the end of a pattern that finds the word before an age
#: ("Marrow, " / "Marrow (")
OPENING = r"(?:,\s*|\s*\(\s*)"
_OPENING = re.compile(OPENING)


def set_off(text: str, word_end: int, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is set off as an age right after the word ending at
    ``word_end``: only an opening mark between ("Marrow, 66" / "Marrow (66"), and its closing mark
    right after the figure ("66," / "66)").

    ``start``/``end`` are character offsets of the figure (a bare number, or "aged 66"); ``word_end``
    is the offset where the name or role word before it ends."""
    if word_end > start or not _OPENING.fullmatch(text, word_end, start):
        return False
    close = MARKS[text[word_end:start].strip()]
    return text[end:].lstrip().startswith(close)


#: what stands between a name and its age stated with a copula: "Ola Brisk is 29", "Ola Brisk, the club's
#: new forward, is 29", "Ola Brisk turned 29" (an apposition set off by commas may stand between)
COPULA = r"(?:,\s+(?:the|a|an)\s+[^,.;:()]{1,60},)?\s+(?:is|was|turns|turned|will\s+be)\s+(?:now\s+)?"
_COPULA = re.compile(COPULA)
#: a stated age ends its clause ("is 29.", "is 29 years old,"), or a verb joined by "and" follows ("is 26 and
#: has played for four clubs"); not "is 29 points clear", "is 26 and 27"
_COPULA_END = re.compile(r"\s*(?:[.;,!?)”\"]|$)|\s+(?:and|but)\s+(?:has|had|is|was|lives|plays|[a-z]+ed)\b")


def stated(text: str, word_end: int, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is an age stated with a copula right after the name
    ending at ``word_end`` ("Ola Brisk is 29.", "Ola Brisk, the club's new forward, is 29 years old"):
    only :data:`COPULA` between, and the clause ends right after the figure (offsets as in :func:`set_off`)."""
    if word_end > start or not _COPULA.fullmatch(text, word_end, start):
        return False
    return _COPULA_END.match(text, end) is not None


#: a relative clause that states a person's age now, after a name or a role ("Ostrander, who is 65,",
#: "the mayor, who turned 45 in May,", "who is now 65"). "who was 65" is left out: an age at another time
#: ("who was 65 when she founded the firm"), as is "who has 65": a count ("who has 65 employees").
RELATIVE_VERBS = ("is", "turned", "turns", "has turned", "has just turned", "just turned", "will be", "is now")
RELATIVE = (
    r",\s*who\s+(?:"
    + "|".join(v.replace(" ", r"\s+") for v in sorted(RELATIVE_VERBS, key=len, reverse=True))
    + r")\s+(?:now\s+)?"
)
#: an age opening of either kind, as the end of a pattern that finds the word before an age
LEAD = rf"(?:{RELATIVE}|{OPENING})"
_RELATIVE = re.compile(RELATIVE)
#: what closes the age in a relative clause: a clause mark, maybe after the time of the birthday
#: ("who turned 65 in May,", "who turned 65 last week."); a year is left out ("who turned 65 in 2019"
#: is no age now), and a word after the number makes it a count ("who is 65 percent owner")
_RELATIVE_CLOSE = re.compile(r"(?:\s+(?:in|on|last|this|earlier\s+this)\s+[A-Za-z]+)?\s*(?:[,.;:)]|\s[—–-]\s|$)")


def relative_clause(text: str, word_end: int, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` (a bare whole number under :data:`MAX_AGE`) is an age
    told in a relative clause right after the word ending at ``word_end`` ("Ostrander, who is 65,")."""
    number = text[start:end]
    if not (number.isdigit() and 0 < int(number) < MAX_AGE):
        return False
    return _RELATIVE.fullmatch(text, word_end, start) is not None and _RELATIVE_CLOSE.match(text, end) is not None


def stated_after(text: str, word_end: int, start: int, end: int) -> bool:
    """Whether the figure is an age stated right after the word ending at ``word_end``: set off
    (:func:`set_off`) or in a relative clause (:func:`relative_clause`)."""
    return set_off(text, word_end, start, end) or relative_clause(text, word_end, start, end)


_NUMBER = re.compile(r"\d{1,3}")


def set_off_after(text: str, word_end: int) -> bool:
    """Whether a whole number under :data:`MAX_AGE` is set off as an age (:func:`set_off`) right after
    the word ending at ``word_end`` ("Ollie Green, 24, scored"): the word ends a person's name."""
    m = _OPENING.match(text, word_end)
    if m is None:
        return False
    n = _NUMBER.match(text, m.end())
    return n is not None and 0 < int(n.group(0)) < MAX_AGE and set_off(text, word_end, n.start(), n.end())


#: "At" opening a sentence right before a number: an age fronted before the clause it is the subject's
#: ("At 45, the chief executive is the youngest …")
_FRONTED_OPEN = re.compile(r"(?:^|[.!?][\"”’)]*\s+|\n\s*)At\s+$")
#: the comma after a fronted age, before its clause's subject: a description ("the chief executive"),
#: a pronoun, or a name that a verb of being or having follows ("Kobayashi is", "Okafor has")
_FRONTED_CLOSE = re.compile(
    r",\s+(?=the\s+[a-z]|(?:he|she)\s|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:is|was|has|had|became|remains)\b)"
)


def fronted(text: str, start: int, end: int) -> int | None:
    """Where the subject of the clause begins when the figure at ``text[start:end]`` (a whole number
    under :data:`MAX_AGE`) is an age fronted before it ("At 45, the chief executive is …" → the offset
    of "the"), else None. Whether a description there names a role is the caller's to say."""
    number = text[start:end]
    if not (number.isdigit() and len(number) <= 3 and 0 < int(number) < MAX_AGE):
        return None
    if not _FRONTED_OPEN.search(text, max(0, start - 8), start):
        return None
    m = _FRONTED_CLOSE.match(text, end)
    return m.end() if m else None
