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
