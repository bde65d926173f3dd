"""Single quotation marks as the outer marks of a quotation (British style), told apart from apostrophes.

A paragraph may quote with single marks outside and double marks inside ('… “no more money” …',
'He said, \\'we will not pay\\''). The same characters are apostrophes in "don't", "the Smiths'
house", "the '90s" and "rock 'n' roll", so a single mark is a quotation mark only where it can be
one: an opening mark stands before a word with a space or an opening bracket before it (not before
a year's digits or an elided word of the speech lexicon's ``elisions``), a closing mark stands after
a word with a space, a punctuation mark or the end after it, and the quotation has two words or
more and is no title ("'The Hunger Games'"). A plural possessive ("the Smiths' house") closes a
quotation only when nothing later in the paragraph can, or another quotation opens before the next
closing mark ("'The Hunger Games' sequel 'Catching Fire'"). Single marks inside double quotation marks are the American inner marks and are left
to the double-mark scanner.
"""

from __future__ import annotations

import re

from checker.language import lexicons

OPENING = "‘'"
CLOSING = "’'"
_DOUBLE = re.compile('[“”"]')
# The mark first, what must stand before it checked after it: the matcher skips from mark to mark in
# its fast loop instead of trying a lookbehind at every character (the same matches as lookbehind-first).
_OPEN = re.compile(r"[‘'](?:(?<=^[‘'])|(?<=[\s(\[—–-][‘']))(?=[\w…])")
_CLOSE = re.compile(r"[’'](?<=[^\s‘'][’'])(?=$|[\s,.;:!?)\]—–-])")
_WORD = re.compile(r"[\w’'-]+")
#: what stands right before a quotation that runs on into the next paragraph: nothing, or ": " / ", "
_QUOTE_LEAD = re.compile(r"(?:^|[:,]\s*)$")


def _double_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each stretch inside double quotation marks, paired in order ("…" and “…”)."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for m in _DOUBLE.finditer(text):
        ch = m.group(0)
        if start is None and ch in '“"':
            start = m.start()
        elif start is not None and ch in '”"':
            out.append((start, m.end()))
            start = None
    if start is not None:
        out.append((start, len(text)))
    return out


def _elided(text: str, at: int) -> bool:
    """Whether the apostrophe at ``at`` stands for letters left out ("'90s", "'n'", "'em")."""
    word = _WORD.match(text, at + 1)
    if word is None:
        return True
    w = word.group(0).rstrip("’'").lower()
    return w[:1].isdigit() or w in lexicons.speech().elisions


def _title_cased(words: list[str]) -> bool:
    """Whether a few words are a title or a name ("The Hunger Games", "Armed and Dangerous", "Doctor
    Who"): every word longer than three letters capitalised."""
    words = [w.strip("’'") for w in words]
    long = [w for w in words if len(w) > 3] or words
    return len(words) <= 6 and all(w[:1].isupper() for w in long) and words[0][:1].isupper()


def single_quoted(text: str) -> list[tuple[int, int]]:
    """(open, close) positions of the marks of each single-quoted quotation in a paragraph, in order.

    ``text[open + 1 : close]`` is the quotation's content; nested double marks stay inside it.
    Returns [] for a paragraph without one.
    """
    if "'" not in text and "‘" not in text:
        return []
    first = _OPEN.search(text)
    if first is None:
        return []  # apostrophes only ("don't", "the Smiths'"): no mark opens a quotation
    doubles = _double_regions(text)
    closes = [m.start() for m in _CLOSE.finditer(text)]
    out: list[tuple[int, int]] = []
    after = 0
    for m in _OPEN.finditer(text, first.start()):
        o = m.start()
        if o < after or _elided(text, o) or any(s < o < e for s, e in doubles):
            continue
        later = [c for c in closes if c > o + 1]
        chosen = None
        for i, c in enumerate(later):
            possessive = text[c - 1] in "sS" and text[c + 1 : c + 2].isspace() and text[c - 2 : c - 1] != " "
            reopened = i + 1 < len(later) and _OPEN.search(text, c + 1, later[i + 1]) is not None
            if possessive and i + 1 < len(later) and not reopened:
                continue  # "the Smiths' house": a later mark closes the quotation
            chosen = c
            break
        if chosen is None:
            continue
        words = _WORD.findall(text[o + 1 : chosen])
        if len(words) < 2 or _title_cased(words):
            continue  # "rock 'n' roll", "'Bud'", "'The Hunger Games'": an elision, a nickname or a title
        out.append((o, chosen))
        after = chosen + 1
    return out


def open_single(text: str, pairs: list[tuple[int, int]] | None = None) -> int | None:
    """The position of a single opening mark that no mark in the paragraph closes, after its last
    single-quoted quotation: a quotation that runs on into the next paragraph ('… ¶ '…'), else None.

    ``pairs``: :func:`single_quoted` of the text, when the caller has it. The words after the mark
    must be a quotation's (two or more, no title), the mark no apostrophe of an elided word, and it
    opens the paragraph or follows a colon or a comma ("…, said: 'The water is …").
    """
    if "'" not in text and "‘" not in text:
        return None
    pairs = single_quoted(text) if pairs is None else pairs
    after = pairs[-1][1] + 1 if pairs else 0
    first = _OPEN.search(text, after)
    if first is None:
        return None  # no mark opens a quotation after the last one closed
    doubles = _double_regions(text)
    closes = [m.start() for m in _CLOSE.finditer(text, after)]
    for m in _OPEN.finditer(text, first.start()):
        o = m.start()
        if _elided(text, o) or any(s < o < e for s, e in doubles) or any(c > o + 1 for c in closes):
            continue
        if not _QUOTE_LEAD.search(text, 0, o):
            return None  # "called the lane 'Vaszary's wall": a quotation opens a paragraph or follows ": " or ", "
        words = _WORD.findall(text[o + 1 :])
        if len(words) >= 2 and not _title_cased(words):
            return o
        return None
    return None


#: what stands right before a direct quotation's opening mark: nothing (it opens the paragraph), or ":" / ","
_DIRECT_LEAD = re.compile(r"(?:^|[:,])\s*$")
#: how a direct quotation's words end before the closing mark: a sentence's or a clause's end
_DIRECT_END = re.compile(r"[.,!?…]\s*$")


def regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words of each quotation in a paragraph, double or single marks, in order:
    ``text[start:end]`` is what is quoted, the marks left out; a quotation no mark closes runs to the end."""
    out = []
    for s, e in _double_regions(text):
        closed = e - 1 > s and text[e - 1] in '”"'
        out.append((s + 1, e - 1 if closed else e))
    out += [(o + 1, c) for o, c in single_quoted(text)]
    return sorted(out)


def direct(text: str, start: int, end: int) -> bool:
    """Whether the quotation whose words are ``text[start:end]`` (see :func:`regions`) is a speaker's own
    sentence or clause, not a few words worked into the writer's: it opens with a capital letter or a
    digit, and it opens the paragraph or follows ": " or ", ", or its words end as a sentence or clause
    does. 'Dorne told staff: "We start sailing on Tuesday."' and '"We start on Tuesday," Dorne said' are
    direct; 'sailings would "start again on Tuesday"' and 'called it "Tuesday's fiasco"' are not."""
    words = text[start:end].lstrip(" ….")
    if not words[:1].isupper() and not words[:1].isdigit():
        return False
    return bool(_DIRECT_LEAD.search(text, 0, max(0, start - 1)) or _DIRECT_END.search(text, start, end))
