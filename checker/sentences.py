"""Sentence splitting for news prose: abbreviations, initials, a.m./p.m., and quotes around their attribution."""

from __future__ import annotations

import re

from checker.models import Sentence

#: abbreviations after which a period never ends a sentence (titles, months before a day, "No. 2")
NEVER_END = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "cpt", "gov", "sen", "rep", "st", "mt", "ft",
    "prof", "rev", "adm", "maj", "brig", "cmdr", "cpl", "pvt", "supt", "insp", "det", "hon", "pres", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vs", "v", "approx", "e.g",
    "i.e", "cf", "fig", "vol", "ave", "blvd", "rd", "sq", "ste", "dept", "est", "mssrs", "messrs", "sr", "jr",
}  # fmt: skip
#: abbreviations that may end a sentence: a boundary only when a usual sentence opener follows
MAY_END = {"u.s", "u.n", "u.k", "e.u", "a.m", "p.m", "inc", "corp", "co", "ltd", "etc", "d.c", "l.a", "n.y"}
OPENERS = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "at", "this", "that",
    "there", "his", "her", "their", "its", "our", "after", "before", "when", "while", "as", "if", "some", "many",
    "officials", "police", "meanwhile", "however", "still", "yet", "so", "now", "then", "what", "who", "for",
}  # fmt: skip
_CANDIDATE = re.compile(r"[.!?…]+[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_NEXT_WORD = re.compile(r"\s+[\"“‘(\[]?([A-Za-z0-9]+)")


def _is_boundary(text: str, end: int, mark_end: int) -> bool:
    """Whether the punctuation ending at ``mark_end`` ends a sentence."""
    if text[end - 1] in "!?…" or text[mark_end - 1] in '”"’)]':
        return True
    m = _WORD_BEFORE.search(text, 0, end)
    if not m:
        return True
    word = m.group(1).lower().rstrip(".")
    nxt = _NEXT_WORD.match(text, mark_end)
    following = nxt.group(1) if nxt else ""
    if word in NEVER_END:
        return False
    if len(word) == 1 and word.isalpha():
        return False  # an initial: "John F. Kennedy", "J. Smith"
    if word in MAY_END or ("." in word and len(word) <= 5):
        return following.lower() in OPENERS
    return True


def split(text: str) -> list[Sentence]:
    """The sentences of a paragraph, with offsets into it; never splits inside an open quotation."""
    out: list[Sentence] = []
    start = 0
    depth = 0
    last = 0
    for m in _CANDIDATE.finditer(text):
        chunk = text[last : m.end()]
        depth += chunk.count("“") - chunk.count("”")
        last = m.end()
        if depth > 0 and "”" not in text[m.start() : m.end()]:
            continue  # inside a quotation that closes later: keep it whole with its attribution
        depth = max(depth, 0)
        if not _is_boundary(text, m.start() + len(m.group(0).rstrip('"”’)]')), m.end()):
            continue
        piece = text[start : m.end()]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            out.append(Sentence(start=start + lead, end=m.end(), text=piece.strip()))
        start = m.end()
    tail = text[start:]
    if tail.strip():
        lead = len(tail) - len(tail.lstrip())
        stripped = tail.strip()
        out.append(Sentence(start=start + lead, end=start + lead + len(stripped), text=stripped))
    return out
