"""Sentence splitting for news prose: abbreviations, initials, a.m./p.m., and quotes around their attribution."""

from __future__ import annotations

import re
from typing import NamedTuple


class Sentence(NamedTuple):
    """One sentence of a paragraph: character offsets into the paragraph and its text."""

    start: int
    end: int
    text: str


#: abbreviations after which a period never ends a sentence (titles and honorifics)
NEVER_END = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "cpt", "gov", "sen", "rep", "st", "mt", "ft",
    "prof", "rev", "adm", "maj", "brig", "cmdr", "cpl", "pvt", "supt", "insp", "det", "hon", "pres", "atty",
    "vs", "v", "approx", "e.g", "i.e", "cf", "ave", "blvd", "sq", "ste", "dept", "messrs", "mssrs", "sr", "jr",
    "gov.-elect", "lt.-gen", "rep.-elect", "sens", "reps", "govs", "gens", "amb", "sec", "secy", "cmdt", "spc",
}  # fmt: skip
#: abbreviations that stay inside the sentence when a number follows ("No. 2", "Sept. 30", "Vol. 3")
BEFORE_NUMBER = {
    "no", "nos", "vol", "fig", "art", "p", "pp", "ch", "sec", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "rd",
}  # fmt: skip
#: month abbreviations: before a capitalised word they rarely end a sentence either ("Sept. The" is rare)
MONTHS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
#: abbreviations that may end a sentence: a boundary only when a usual sentence opener follows
MAY_END = {"u.s", "u.n", "u.k", "e.u", "inc", "corp", "co", "ltd", "etc", "d.c", "l.a", "n.y", "u.s.a", "llc", "bros"}
#: a.m./p.m.: a boundary unless what follows belongs to the time ("10 a.m. Monday", "3 p.m. ET")
CLOCK = {"a.m", "p.m"}
TIME_FOLLOWERS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "et", "edt", "est", "ct", "cdt",
    "cst", "pt", "pdt", "pst", "mt", "gmt", "utc", "bst", "cet", "cest", "local", "jan", "feb", "mar", "apr", "may",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june",
    "july", "august", "september", "october", "november", "december",
}  # fmt: skip
OPENERS = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at", "this", "that",
    "these", "those", "there", "his", "her", "their", "its", "our", "my", "after", "before", "when", "while", "as",
    "if", "some", "many", "most", "officials", "police", "meanwhile", "however", "still", "yet", "so", "now",
    "then", "what", "who", "for", "since", "although", "though", "because", "both", "neither", "no", "not",
    "one", "two", "three", "last", "next", "earlier", "later", "instead", "also", "even", "under", "with",
    "by", "from", "to", "of", "according", "during", "until", "among", "all", "each", "every", "such", "other",
}  # fmt: skip
# A run of end punctuation (with closing quotes/brackets) followed by space and a capital, digit or opening mark.
# issue 11: starting only where a run of end marks starts, and possessive, keeps a line of 40,000 dots linear.
# The first mark comes first and the look back (no mark before it) after it: a pattern that opens with a
# set of characters lets the matcher skip to the next one; opening with the look back, it tried every
# position of every paragraph (issue 16: the splitter took 37 ms on ECB+, 21 ms so)
_CANDIDATE = re.compile(r"[.!?…](?<![.!?…].)[.!?…]*+[\"”’)\]]*+(?=\s+[\"“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.\-]*)\.$")
_NEXT_WORD = re.compile(r"\s+[\"“‘(\[]?([A-Za-z0-9]+)")
_CLOSERS = '"”’)]'


def _is_boundary(text: str, end: int, mark_end: int) -> bool:
    """Whether the punctuation ending at ``end`` (closers run on to ``mark_end``) ends a sentence."""
    if text[end - 1] in "!?…" or text[end - 2 : end] == "..":
        return True
    m = _WORD_BEFORE.search(text, max(0, end - 24), end)
    if not m:
        return True
    word = m.group(1).lower().rstrip(".")
    if text[end:mark_end] and word not in MAY_END and word not in CLOCK:
        return True  # a closing quote after the period: `…lightly.” Kirby said` ends a sentence
    nxt = _NEXT_WORD.match(text, mark_end)
    following = nxt.group(1) if nxt else ""
    low = following.lower()
    if word in NEVER_END:
        return False
    if word in BEFORE_NUMBER and following[:1].isdigit():
        return False
    if word in MONTHS:
        return low in OPENERS
    if word in CLOCK:
        return low not in TIME_FOLLOWERS and not following[:1].isdigit()
    if len(word) == 1 and word.isalpha():
        if len(following) == 1 and text.startswith(".", nxt.end() if nxt else 0):
            return False  # a run of initials ("L. A. Superior Court")
        return low in OPENERS  # an initial ("John F. Kennedy") unless a sentence plainly starts ("Plan B. The")
    if word in MAY_END or "." in word:
        return low in OPENERS
    return True


def split(text: str) -> list[Sentence]:
    """The sentences of a paragraph, with offsets into it; never splits inside a quotation that closes later.

    A quotation of several sentences stays one unit with its attribution (``“…. …,” Kirby said.``),
    so a quote claim never straddles two sentences.
    """
    out: list[Sentence] = []
    start = 0
    curly = 0
    straight = False
    last = 0
    n = len(text)
    last_curly, last_straight = text.rfind("”"), text.rfind('"')
    for m in _CANDIDATE.finditer(text):
        chunk = text[last : m.end()]
        curly = max(0, curly + chunk.count("“") - chunk.count("”"))
        if chunk.count('"') % 2:
            straight = not straight
        last = m.end()
        # a closing mark ahead: compared with the last one in the paragraph, not searched for (issue 11: linear)
        inside = (curly > 0 and m.end() <= last_curly) or (straight and m.end() <= last_straight)
        if inside:
            continue
        curly, straight = 0, False
        mark = m.group(0)
        end = m.start() + len(mark.rstrip(_CLOSERS))
        if not _is_boundary(text, end, m.end()):
            continue
        _add(out, text, start, m.end())
        start = m.end()
    _add(out, text, start, n)
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
