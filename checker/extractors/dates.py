"""Date claims: temporal expressions found in text and resolved against the publication date.

A relative date inside a direct quotation is the speaker's: read by the quotation's own verbs and
resolved against the day the article says the words were said, when it gives one (``reason``:
``SPEECH_DATED``; else ``SPEECH_UNDATED``, resolved against publication)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from checker import datafiles
from checker.hookspecs import hookimpl
from checker.language import branch_guards, frame_lexicons, numbers, quotation, timex
from checker.language import events as language_events
from checker.language.lazy_patterns import on_first_use
from checker.language.numbers import ORDINALS, TENS, UNITS, WORDS_RE, longest_first, ordinal_to_number, to_number
from checker.models import SPEECH_DATED, SPEECH_UNDATED, Article, ClaimBase, DateClaim, Segment

if TYPE_CHECKING:
    from checker.config import Config

_M = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.|Sept|Sep|Oct|Nov|Dec|Jan|Feb|Aug)(?![a-z])"
)
_W = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_Y = r"(?:1[5-9]\d\d|20\d\d)"
_HOLIDAY = (
    r"(?-i:Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday"
    r"|Thanksgiving(?:\s+Day)?|Independence\s+Day|(?:the\s+)?Fourth\s+of\s+July|Memorial\s+Day|Labou?r\s+Day"
    r"|Election\s+Day|Halloween|Valentine['’]s\s+Day|Boxing\s+Day|Bastille\s+Day|Veterans\s+Day|Armistice\s+Day)\b"
)
_NUM = rf"(?:\d+|{WORDS_RE}|an?|a\s+couple\s+of|a\s+few|several)"
# "first" … "twentieth", "twenty-first", "twenty-second": the ordinals a century takes
_CENTURY_ORDINALS = (
    r"(?:twenty[\s-]+(?:first|second)|"
    + "|".join(sorted([w for w, n in ORDINALS.items() if n <= 20], key=len, reverse=True))
    + ")"
)
_TIME = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\d{1,2}:\d{2}\b|noon|midnight)"

#: PATTERN's alternatives, in the order they are tried (under IGNORECASE)
_BRANCHES = [
    rf"(?P<iy>{_Y})-(?P<im>0[1-9]|1[0-2])-(?P<id>[0-3]\d)\b",
    rf"(?P<nm>0?[1-9]|1[0-2])/(?P<nd>[0-3]?\d)/(?P<ny>{_Y}|\d\d)\b(?!/)",
    rf"(?:the\s+)?(?P<qo>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?(?P<qy>{_Y})\b"
    rf"|(?-i:Q)(?P<qn>[1-4])\s+(?P<qy2>{_Y})\b|(?P<qy3>{_Y})\s+(?-i:Q)(?P<qn2>[1-4])\b",
    rf"(?P<hol>{_HOLIDAY})(?:,?\s+(?P<holy>{_Y})\b)?",
    rf"(?:(?:between|from)\s+(?P<ry1>{_Y})\s+(?:and|to|until|till|through)|(?P<ry5>{_Y})\s+(?:to|until|till|through))"
    rf"\s+(?P<ry2>{_Y})\b",
    rf"(?<!\d[-–])(?P<ry3>{_Y})\s*[-–]\s*(?P<ry4>{_Y}|\d\d)\b(?![-–]?\d)",
    rf"(?:from|between)\s+(?P<rm1>{_M})\s+(?:to|until|through|and)\s+(?P<rm2>{_M})(?:,?\s+(?:of\s+)?(?P<rmy>{_Y}))?\b",
    rf"(?:(?P<mdw>{_W})(?:['’]s)?,?\s+)?(?P<mdm>{_M})\s+(?P<mdd>[0-3]?\d)(?:st|nd|rd|th)?\b(?![,.]?\d)"
    rf"(?:\s*,?\s+(?:of\s+)?(?P<mdy>{_Y})\b)?(?:\s+of\s+(?P<mdrel>last|this|next)\s+year)?",
    rf"(?:(?P<dmw>{_W}),?\s+)?(?<![:.,/$£€])(?P<dmd>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|-)(?P<dmm>{_M})"
    rf"(?:(?:,?\s+(?:of\s+)?|-)(?P<dmy>{_Y})\b)?",
    rf"(?:(?P<myq>early|mid|late)[\s-]+)?(?P<mym>{_M}),?\s+(?:of\s+)?(?P<myy>{_Y})\b",
    rf"(?:(?P<emq>early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)[\s-]*)(?P<emy>{_Y})\b",
    rf"(?:(?P<sq>last|this|next|early|late)\s+)(?P<sn>spring|summer|autumn|fall|winter)\b"
    rf"|(?P<sn2>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<sy>{_Y})\b",
    rf"(?:(?P<cent>1\d|2[01]|[1-9])(?:st|nd|rd|th)|(?P<centw>{_CENTURY_ORDINALS}))[\s-]+century\b",
    r"(?:the\s+)?(?:(?P<dq2>early|mid|late)[\s-]+)?['’](?P<dec2>[2-9]0)s\b",
    r"(?:the\s+)?(?:(?P<dq>early|mid|late)[\s-]+)?(?P<dec>(?:1[5-9]|20)\d0)['’]?s\b",
    rf"(?P<agon>{_NUM}|the)\s+(?P<agou>day|week|month|year|decade)s?\s+(?P<agod>ago|earlier|before|later|after)\b",
    r"(?P<ew>earlier|later|early|late)\s+(?P<ewr>this|last|next)\s+(?P<eu>week|month|year)\b",
    r"(?P<ein>earlier|later)\s+in\s+the\s+(?P<einu>week|month|year)\b",
    r"(?P<pod>last\s+night|this\s+(?:morning|afternoon|evening))\b",
    r"(?:(?:in|over|during)\s+)?the\s+(?P<r2w>last|past|previous)\s+(?P<r2u>week|month|year)\b",
    r"(?P<rw>last|this|next|past|coming|previous)\s+(?P<ru>week|month|year|weekend)\b",
    r"(?P<recent>in\s+recent\s+(?:days|weeks|months|years))\b",
    r"\b(?P<deic>yesterday|today|tomorrow|tonight)\b",
    rf"(?:(?P<wdq>last|next|this|previous|coming|past|the\s+following)\s+)?(?P<wd>{_W})(?:['’]s)?(?:\s+(?P<wdp>morning|afternoon|evening|night))?\b",
    rf"(?:(?P<qmq>last|this|next|early|mid|late|the\s+(?:end|start|beginning|middle)\s+of)[\s-]+)?"
    rf"(?P<qm>{_M})\b(?!\s+\d)(?:\s+of\s+(?P<qmrel>last|this|next)\s+year\b)?",
    rf"(?<![\d,.$£€#])(?<!\d[-–/])(?P<y>{_Y})\b(?![,.]?\d|\s*%|-)",
]
# Every branch starts at a word start: a cheap test that spares the branches at most positions. Each
# branch is behind a guard naming the characters it can open with (checker.language.branch_guards):
# at "the", "in", "a", where most tries fail, only the few branches that open with that letter run
PATTERN = re.compile(
    r"(?<!\w)(?:" + "|".join(branch_guards.guarded(_BRANCHES, re.IGNORECASE, Path(__file__))) + ")", re.IGNORECASE
)
_TIME_AFTER = re.compile(rf",?\s+(?:at\s+|around\s+|about\s+|from\s+)?(?P<t>{_TIME})", re.IGNORECASE)
_TIME_BEFORE = re.compile(rf"(?P<t>{_TIME})\s+(?:on\s+)?$", re.IGNORECASE)
# Cues that the clause before a date looks ahead (reported "would" is left out: it is often past).
_FUTURE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected|planned|slated|to)|plans?\s+to"
    r"|upcoming|ahead\s+of)\b|['’]ll\b"
)
_LIST_GAP = re.compile(r"\s*(?:,|;)?\s*(?:(?:and|or)\s+)?(?:(?:on|in|since|until|by)\s+)?")
_MODIFIERS = {"since", "until", "till", "by", "before", "after", "in", "on", "from", "during", "through", "as of"}
_PREV_WORD = re.compile(r"(\w+)\W*$")
# A bare year followed by a plural noun or a unit is a count ("2000 people") unless a cue precedes it.
# Words ending in "s" that are not plural nouns ("came into 2010 as the leader") and a noun starting a
# hyphenated modifier ("a 1970 police-bribery case") do not make the year a count.
_count_nouns = on_first_use(
    r"\s+(?:(?!(?:as|is|was|has|his|its|this|thus|us|yes|plus|whereas|perhaps|always|unless|less)\b)[a-z]+s\b(?!['’])"
    r"|people|children|men|women|police|staff|personnel|times|percent|per\s+cent"
    r"|km|miles|metres|meters|feet|tons|tonnes|kg|pounds|dollars|euros)(?!-)",
)


_NON_YEAR_BEFORE = re.compile(r"(?:No\.|Nos\.|Route|Highway|Flight|Room|Suite|page|p\.|number|#|\$|£|€)\s*$", re.I)
_PEOPLE = re.compile(r"\s+(?:people|children|men|women|troops|soldiers)")


# Every expression contains at least one of these words or a number (see the PATTERN branches), so
# PATTERN is only tried at the few word starts just before each of them.
_TRIGGER_WORDS = frozenset(
    [*timex.MONTHS, *timex.WEEKDAYS, *timex.SEASONS, "yesterday", "today", "tomorrow", "tonight", "night",
     "morning", "afternoon", "evening", "century", "day", "days", "week", "weeks", "weekend", "weekends",
     "month", "months", "year", "years", "decade", "decades", "sept", "christmas", "easter", "thanksgiving",
     "independence", "memorial", "labor", "labour", "election", "halloween", "valentine", "boxing", "bastille",
     "veterans", "armistice", "quarter"]
)  # fmt: skip
_ALPHA = re.compile(r"[a-z]+")
_DIGITS = re.compile(r"\d+")
_WORD_START = re.compile(r"(?<!\w)\w")
# The words a match may open with: every PATTERN branch's possible first token, whose letters are
# followed by a non-letter in every branch. A word opening with any other run of letters cannot begin
# a match, so PATTERN is not tried there ("of", "and", "said": most words just before a trigger).
_FIRST_WORDS = frozenset(
    [*_TRIGGER_WORDS, *timex.MONTHS, *timex.WEEKDAYS, *timex.SEASONS, *UNITS, *TENS,
     *(w for w, n in ORDINALS.items() if n <= 20),
     "the", "between", "from", "first", "second", "third", "fourth", "q", "new", "good", "early", "mid", "late",
     "last", "this", "next", "earlier", "later", "in", "over", "during", "past", "coming", "previous", "a", "an",
     "several", "yesterday", "today", "tomorrow", "tonight"]
)  # fmt: skip
#: in lower-cased text, a word start where a match may begin: one of those words as the word's whole run
#: of letters, or any other character that opens a word (a digit, a letter outside a-z)
#: (the words' alternation, ~0.2 ms to build, is kept beside this module, made again when it or the
#: modules of the words and of the alternation change)
_OPENING = re.compile(
    r"(?<!\w)(?:(?:"
    + datafiles.derived_from(
        [Path(__file__), Path(numbers.__file__), Path(timex.__file__)], "openings", lambda: longest_first(_FIRST_WORDS)
    )
    + r")(?![a-z])|(?![a-z])\w)"
)
#: how far before its first trigger word a match may start ("the beginning of 2016", "twenty-five days")
_BACK = 28


def date_spans(text: str) -> list[tuple[int, int]]:
    """Spans of every temporal expression in a string (the figures extractor masks them)."""
    return [m.span() for m in _matches(text)]


@lru_cache(maxsize=256)
def _matches(text: str) -> tuple[re.Match[str], ...]:
    """Every accepted match in ``text`` (cached: the figures extractor asks for the same segments)."""
    return tuple(m for m in _raw_matches(text) if _accept(text, m))


def _starts(text: str) -> list[int]:
    """Word starts where a match may begin: at or shortly before a trigger word, in order."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two; offsets would drift
        return [m.start() for m in _WORD_START.finditer(text)]
    triggers = _triggers(low)
    if not triggers:
        return []
    triggers.sort()
    last = triggers[-1]
    starts = []
    j = 0  # the first trigger at or after the word start
    # one pass over the openings from the first trigger's reach to the last trigger, not one search
    # window per trigger: the same starts, a third of the time on ECB+
    for m in _OPENING.finditer(low, max(0, triggers[0] - _BACK)):
        s = m.start()
        if s > last:
            break
        while triggers[j] < s:
            j += 1
        if triggers[j] - s <= _BACK:
            starts.append(s)
    return starts


def _triggers(low: str) -> list[int]:
    """Offsets of the numbers and trigger words in lower-cased text (str.find beats a word alternation)."""
    found = [m.start() for m in _DIGITS.finditer(low)]
    for w in _TRIGGER_WORDS.intersection(_ALPHA.findall(low)):
        n = len(w)
        i = low.find(w)
        while i >= 0:
            if (i == 0 or not low[i - 1].isalpha()) and not low[i + n : i + n + 1].isalpha():
                found.append(i)
            i = low.find(w, i + n)
    return found


def _raw_matches(text: str) -> Iterator[re.Match[str]]:
    end = 0
    match = PATTERN.match
    for pos in _starts(text):
        if pos < end:
            continue
        m = match(text, pos)
        if m and m.end() > pos:
            end = m.end()
            yield m


def _accept(text: str, m: re.Match[str]) -> bool:
    if m.group("centw"):
        return 1 <= (ordinal_to_number(m.group("centw")) or 0) <= 22
    if m.group("ry3") or m.group("ry5"):
        return _year_range(m.group("ry3") or m.group("ry5"), m.group("ry4") or m.group("ry2")) is not None
    if m.group("y") and not _is_year(text, m):
        return False
    return not (m.group("qm") and not _is_bare_month(text, m))


def _prev_word(text: str, i: int) -> str:
    """The word just before offset ``i`` (only spaces between), lower-cased, or ""."""
    m = _PREV_WORD.search(text, max(0, i - 32), i)
    return m.group(1).lower() if m and text[m.end(1) : i].strip() == "" else ""


def _is_year(text: str, m: re.Match[str]) -> bool:
    s = m.start()
    if _NON_YEAR_BEFORE.search(text, max(0, s - 12), s):
        return False
    if _count_nouns().match(text, m.end()):
        return _prev_word(text, s) in {"in", "since", "of", "until", "by", "during"} and not _PEOPLE.match(
            text, m.end()
        )
    return True


_MONTH_CUES = frozenset({"in", "since", "until", "by", "during", "through", "of", "last", "this", "next"})
# "set for October", "before January", "into March" date a capitalised month as well as "in" does.
_CAP_MONTH_CUES = _MONTH_CUES | {
    "from", "to", "and", "early", "mid", "late", "", "for", "before", "after", "till", "into", "throughout", "around"
}  # fmt: skip
# A determiner or possessive before a capitalised month that modifies a lower-case noun: "the January
# meeting", "Lawrence's January start date" (the "s" of a possessive is the word before the month).
_DET_MONTH_CUES = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "s"})
_NOUN_AFTER = re.compile(r"\s+[a-z]")
# Month names that are also words ("may", "march") or abbreviations need a cue word before them.
_AMBIGUOUS_MONTHS = frozenset({"may", "march", "jan", "sep", "sept", "oct", "nov", "dec", "feb", "aug"})


def _is_bare_month(text: str, m: re.Match[str]) -> bool:
    if m.group("qmq") or m.group("qmrel"):
        return True
    word = m.group("qm").rstrip(".").lower()
    cue = _prev_word(text, m.start())
    if word in _AMBIGUOUS_MONTHS:
        return cue in _MONTH_CUES
    if not m.group("qm")[:1].isupper():
        return False
    if cue == "s" and text[max(0, m.start() - 3) : m.start()].rstrip()[-2:-1] not in ("'", "’"):
        return False  # a stray "s", not a possessive
    return cue in _CAP_MONTH_CUES or (cue in _DET_MONTH_CUES and _NOUN_AFTER.match(text, m.end()) is not None)


@dataclass
class _Resolved:
    """What :func:`resolve` made of one date expression: its value and how it was read."""

    value: timex.Value
    relative: bool
    weekday: int | None = None
    range_start: str | None = None
    range_end: str | None = None
    modifier: str | None = None


def _month(name: str) -> int:
    return timex.MONTHS[name.rstrip(".").lower()]


def resolve(m: re.Match[str], pub: date | None, future: bool = False) -> _Resolved:
    """The value of one matched expression; relative ones need ``pub``.

    ``future``: the clause looks ahead ("will meet Tuesday", "is scheduled for Nov. 8"), so a bare
    weekday, month-day or month is the coming one rather than the latest one.
    """
    g = m.groupdict()

    def need_pub() -> date:
        if pub is None:
            raise _NoPub
        return pub

    try:
        if g["iy"]:
            return _day_value(int(g["iy"]), int(g["im"]), int(g["id"]), None, False)
        if g["nm"]:
            y = int(g["ny"])
            if y < 100:  # a two-digit year is the latest one not (much) after publication
                y += 2000 if 2000 + y <= (pub.year if pub else 2000) + 10 else 1900
            return _day_value(y, int(g["nm"]), int(g["nd"]), None, False)
        if g["qo"] or g["qn"] or g["qn2"]:
            q = _QUARTERS.get((g["qo"] or "").lower()) or int(g["qn"] or g["qn2"])
            return _Resolved(timex.Value(f"{int(g['qy'] or g['qy2'] or g['qy3']):04d}-Q{q}", "quarter"), False)
        if g["hol"]:
            name = re.sub(r"\s+", " ", g["hol"].lower().replace("’", "'")).removeprefix("the ")
            if g["holy"]:
                return _Resolved(timex.day(timex.holiday(name, int(g["holy"]))), False)
            return _Resolved(timex.day(timex.nearest_holiday(need_pub(), name)), True)
        if g["ry1"] or g["ry3"] or g["ry5"]:
            a, b = _year_range(g["ry1"] or g["ry3"] or g["ry5"], g["ry2"] or g["ry4"]) or (0, 0)
            return _Resolved(
                timex.Value(f"{a:04d}/{b:04d}", "year"), False, range_start=f"{a:04d}", range_end=f"{b:04d}"
            )
        if g["rm1"]:
            y = int(g["rmy"]) if g["rmy"] else need_pub().year
            a, b = _month(g["rm1"]), _month(g["rm2"])
            start, end = f"{y:04d}-{a:02d}", f"{y if b >= a else y + 1:04d}-{b:02d}"
            return _Resolved(timex.Value(f"{start}/{end}", "month"), not g["rmy"], range_start=start, range_end=end)
        if g["mdm"] or g["dmm"]:
            mon = _month(g["mdm"] or g["dmm"])
            dd = int(g["mdd"] or g["dmd"])
            given = g["mdy"] or g["dmy"]
            wd_name = g["mdw"] or g["dmw"]
            wd = timex.WEEKDAYS[wd_name.lower()] if wd_name else None
            rel = g["mdrel"]
            if given:
                d = timex.month_day(date(2000, 1, 1), mon, dd, int(given))
                relative = False
            elif rel:
                p = need_pub()
                d = timex.month_day(p, mon, dd, p.year + {"last": -1, "this": 0, "next": 1}[rel.lower()])
                relative = True
            else:
                # the year comes from the tense and the publication date; a weekday it does not fall on
                # is kept for CC101 to report ("will reopen on Monday, April 15" in March 2025: a Tuesday),
                # never taken as a reason to move the year
                d = timex.month_day(need_pub(), mon, dd, ahead=future)
                relative = True
            if d is None:
                return _Resolved(timex.Value(None, "day", "no such day"), relative, wd)
            return _Resolved(timex.day(d), relative, wd)
        if g["mym"]:
            return _Resolved(timex.month(int(g["myy"]), _month(g["mym"])), False, modifier=_lower(g["myq"]))
        if g["emy"]:
            return _Resolved(timex.year(int(g["emy"])), False, modifier=_part(g["emq"]))
        if g["sn"]:
            code = timex.SEASONS[g["sn"].lower()]
            which = g["sq"].lower() if g["sq"] and g["sq"].lower() in ("last", "this", "next") else None
            return _Resolved(timex.season(need_pub(), code, which), True)
        if g["sn2"]:
            return _Resolved(timex.season(date(2000, 1, 1), timex.SEASONS[g["sn2"].lower()], None, int(g["sy"])), False)
        if g["cent"]:
            return _Resolved(timex.Value(f"{int(g['cent']) - 1:02d}", "century"), False)
        if g["centw"]:  # "the first-century businessman", "the nineteenth century"
            nth = int(ordinal_to_number(g["centw"]) or 0)
            return _Resolved(timex.Value(f"{nth - 1:02d}" if 1 <= nth <= 22 else None, "century"), False)
        if g["dec2"]:
            return _Resolved(timex.Value("19" + g["dec2"][0], "decade"), False, modifier=_lower(g["dq2"]))
        if g["dec"]:
            return _Resolved(timex.Value(g["dec"][:3], "decade"), False, modifier=_lower(g["dq"]))
        if g["agon"] and g["agod"].lower() != "ago":
            # "two days earlier" counts from the story's last event, not from publication
            return _Resolved(timex.Value(None, None, "relative to another event, not to the publication date"), True)
        if g["agon"]:
            n = 1.0 if g["agon"].lower() in ("a", "an") else to_number(g["agon"])
            if n is None:
                n = {"a couple of": 2.0, "a few": 3.0, "several": 3.0}.get(re.sub(r"\s+", " ", g["agon"].lower()), 1.0)
            return _Resolved(timex.ago(need_pub(), n, g["agou"].lower()), True)
        if g["ew"]:
            which = g["ewr"].lower()
            return _Resolved(timex.relative_unit(need_pub(), g["eu"].lower(), which), True, modifier=g["ew"].lower())
        if g["ein"]:
            unit = g["einu"].lower()
            return _Resolved(timex.relative_unit(need_pub(), unit, "this"), True, modifier=g["ein"].lower())
        if g["pod"]:
            p = need_pub()
            return _Resolved(timex.day(p - timedelta(days=1) if g["pod"].lower().startswith("last") else p), True)
        if g["r2w"]:
            return _Resolved(timex.relative_unit(need_pub(), g["r2u"].lower(), "last"), True)
        if g["rw"]:
            return _Resolved(timex.relative_unit(need_pub(), g["ru"].lower(), g["rw"].lower()), True)
        if g["recent"]:
            return _Resolved(timex.Value(None, None, "vague period"), True)
        if g["deic"]:
            p = need_pub()
            offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[g["deic"].lower()]
            return _Resolved(timex.day(p + timedelta(days=offset)), True)
        if g["wd"]:
            wd = timex.WEEKDAYS[g["wd"].lower()]
            if g["wdq"] and g["wdq"].lower().startswith("the"):
                # "the following Tuesday" counts from the day told before it, not from publication
                return _Resolved(
                    timex.Value(None, None, "relative to another event, not to the publication date"), True, wd
                )
            which = _WHICH.get(g["wdq"].lower()) if g["wdq"] else None
            if which is None and future and not g["wdq"]:
                which = "coming"
            return _Resolved(timex.day(timex.weekday(need_pub(), wd, which)), True, wd)
        if g["qm"] and g["qmrel"]:  # "in April of last year"
            p = need_pub()
            y = p.year + {"last": -1, "this": 0, "next": 1}[g["qmrel"].lower()]
            return _Resolved(timex.month(y, _month(g["qm"])), True)
        if g["qm"]:
            which = g["qmq"].lower() if g["qmq"] and g["qmq"].lower() in ("last", "this", "next") else None
            mod = _part(g["qmq"]) if g["qmq"] and not which else None
            if which is None and future:
                which = "coming"
            return _Resolved(timex.bare_month(need_pub(), _month(g["qm"]), which), True, modifier=mod)
        if g["y"]:
            return _Resolved(timex.year(int(g["y"])), False)
    except _NoPub:
        return _Resolved(timex.Value(None, None, "relative date and the article has no publication date"), True)
    except (ValueError, OverflowError):  # a publication date at the edge of the calendar (year 1 or 9999)
        return _Resolved(timex.Value(None, None, "outside the calendar"), True)
    raise AssertionError(m.group(0))


def _year_range(first: str, second: str) -> tuple[int, int] | None:
    """Both years of "2012-15" or "2012 to 2015"; None when it cannot be a span of years ("2015-32")."""
    a = int(first)
    b = int(second) if len(second) == 4 else a // 100 * 100 + int(second)
    return (a, b) if a < b <= a + (12 if len(second) == 2 else 60) else None


_WHICH = {"last": "last", "previous": "last", "next": "next", "coming": "next", "this": "this", "past": None}


def _day_value(y: int, mon: int, dd: int, wd: int | None, relative: bool) -> _Resolved:
    try:
        return _Resolved(timex.day(date(y, mon, dd)), relative, wd)
    except ValueError:
        return _Resolved(timex.Value(None, "day", "no such day"), relative, wd)


class _NoPub(Exception):
    pass


_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_PARTS = {"beginning": "early", "start": "early", "middle": "mid", "end": "late"}


def _part(s: str | None) -> str | None:
    """The part of a period a modifier names, as early/mid/late ("the end of" -> "late")."""
    if not s:
        return None
    words = s.lower().split()
    return _PARTS.get(words[1], words[1]) if words[0] == "the" and len(words) > 1 else words[0]


def _lower(s: str | None) -> str | None:
    return s.lower() if s else None


# -- the event a date is attached to ---------------------------------------------------------------

_STOP = {
    "a", "an", "the", "of", "on", "in", "at", "to", "for", "by", "with", "from", "and", "or", "its", "his", "her",
    "their", "this", "that", "these", "those", "it", "he", "she", "they", "was", "were", "is", "are", "be", "been",
    "has", "have", "had", "will", "would", "which", "who", "as", "after", "before", "since", "during", "into",
    "about", "than", "there", "here", "also", "said", "says", "including", "through", "s", "last", "week",
    "too", "then", "now", "next", "year", "month", "day", "earlier", "later", "ago", "until", "when", "but",
}  # fmt: skip
# A bare "and" is not a clause start: it joins noun phrases too often ("hit Manila and Luzon").
# Lower-case only (no re.I): conjunctions and auxiliaries are lower-case mid-sentence, and the
# case-sensitive scan is twice as fast.
_CLAUSE_END = re.compile(
    r"[,;:!?”\"()]|(?<![A-Z])\.(?!\d)|\s(?:is|was|were|are|has|had|have|will|would|could|should|may|might|which|that"
    r"|who|when|where|and|but|said|says|after|before|while|as|because|although|unless)\s"
)
_CLAUSE_START = re.compile(
    r"(?:[,;:!?“\"(]|(?<![A-Z])\.(?!\d)|(?:after|before|when|while|but|as|because|since|that|which|who"
    r"|although|unless|whereas)\b)\s*"
)
_TRAILING = re.compile(
    r"(?:\s+(?:on|in|at|since|by|of|from|until|last|this|during|the|a|an|earlier|early|late|later|through))+\s*$",
    re.I,
)
_TIME_BEFORE_LOOSE = re.compile(rf"(?:\bat\s+)?{_TIME}\s*(?:on\s+)?$", re.I)


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_PAST_VERBS = _wordset(
    "left hit began came went saw made took fell rose led met won lost struck drew brought caused ended became"
)
_PARTICIPLE_NEXT = _wordset("with by in on to at from for into near across")
_OWN_CUE = frozenset({"since", "after", "before", "as", "until"})
_AFTER_COMMA = re.compile(r"[\s,]+")
_LEADING = re.compile(r"^(?:(?:the|a|an|its|his|her|their|our|this|that|these|those)\s+)+", re.I)
#: words that cannot start the noun a date modifies ("Monday it will", "2014 Russia" are adverbial dates)
_NOT_HEAD = _wordset(
    """is was were are has had have will would could should may might can and or but nor to as with by for in on
    at of the a an it he she they we i you that which who when where between among against over under after
    before since until from into through during despite amid unless if because although though while so then
    also not there here ago earlier later morning afternoon evening night already again across near around
    throughout within without along toward towards per via upon onto off out up down back away ahead"""
)
#: words before a date that make it adverbial, so the word after it starts a new constituent
_ADVERBIAL_CUE = _wordset(
    "in on since by until till before after during from through of at to for as around about than"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_EVENT_WORDS = 12
# A few news synonyms so two outlets' wording of one event compare equal.
SYNONYMS = {
    "truck": "convoy", "trucks": "convoy", "lorry": "convoy", "lorries": "convoy", "vehicles": "convoy",
    "supplies": "aid", "supply": "aid", "relief": "aid", "assistance": "aid", "strike": "attack",
    "strikes": "attack", "airstrike": "attack", "airstrikes": "attack", "raid": "attack", "bombing": "attack",
    "assault": "attack", "attacks": "attack", "killed": "kill", "killing": "kill", "deaths": "kill", "dead": "kill",
    "ceasefire": "truce", "cease-fire": "truce", "truce": "truce",
}  # fmt: skip


def event_phrase(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> str | None:
    """The noun phrase a date modifies ("September 21 attack on …") or the clause it dates.

    ``lo``/``hi`` bound the sentence the date is in; the phrase never crosses them.
    """
    hi = len(text) if hi is None else hi
    after_at = end + 2 if text.startswith(("'s", "’s"), end) else end
    head = _WORD.match(text, after_at + (len(text[after_at:hi]) - len(text[after_at:hi].lstrip())), hi)
    if (
        head
        and text[after_at:hi][:1] in (" ", "\u00a0")
        and head.group(0).lower() not in _NOT_HEAD
        and _prev_word(text, start) not in _ADVERBIAL_CUE
        and not _TIME_BEFORE_LOOSE.search(text, max(lo, start - 24), start)
    ):
        stop = _CLAUSE_END.search(text, head.start(), hi)
        phrase = _clean(text[head.start() : stop.start() if stop else hi])
        if phrase:
            return " ".join(_noun_phrase(phrase.split())[:_EVENT_WORDS])
    back = max(lo, start - 240)
    cut = _TIME_BEFORE_LOOSE.search(text, max(back, start - 24), start)
    stop_at = cut.start() if cut else start
    clause_from = back
    for m in _CLAUSE_START.finditer(text, back, stop_at):
        if m.start() and text[m.start()].isalpha() and text[m.start() - 1].isalnum():
            continue  # "and" inside "command"
        if text[m.start()].isalpha() and not text[m.end() : stop_at].strip() and m.group(0).strip() in _OWN_CUE:
            continue  # the date's own preposition ("since 2011"), not a clause of its own
        clause_from = m.end()
    phrase = _clean(_TRAILING.sub("", text[clause_from:stop_at]))
    if _has_content_word(phrase):  # event_key(phrase) is not empty
        return " ".join(phrase.split()[-_EVENT_WORDS:])
    # nothing before the date in its clause ("Yesterday, rebels seized ..."): the clause after it
    gap = _AFTER_COMMA.match(text, after_at, hi)
    begin = gap.end() if gap else after_at
    first = _WORD.match(text, begin, hi)
    if first is None or first.group(0).lower() in _ADVERBIAL_CUE | {"and", "or", "but"}:
        return None
    stop = _CLAUSE_END.search(text, begin, hi)
    phrase = _clean(text[begin : stop.start() if stop else hi])
    return " ".join(phrase.split()[:_EVENT_WORDS]) or None


def _noun_phrase(words: list[str]) -> list[str]:
    """The words up to the main verb: "developments surprised diplomats" -> "developments".

    A past form followed by a preposition is a participle inside the phrase ("trucks loaded with aid").
    """
    for i in range(1, len(words)):
        if words[i][:1].isupper():
            continue  # a name ("United States"), not a verb
        w = words[i].lower()
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if (w.endswith("ed") or w in _PAST_VERBS) and nxt not in _PARTICIPLE_NEXT:
            return words[:i]
    return words


def _clean(phrase: str) -> str:
    """A phrase with outer punctuation, spaces and leading determiners trimmed."""
    return _LEADING.sub("", phrase.strip(" ,;:\"“”'’()\u00a0\n"))


def _stem(word: str) -> str:
    w = word.lower().strip("’'.,;:")
    if w in SYNONYMS:
        return SYNONYMS[w]
    for suffix in ("ing", "ies", "es", "ed", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    return SYNONYMS.get(w, w)


_EVENT_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")


def event_key(event: str | None) -> frozenset[str]:
    """Content-word stems of an event phrase, synonyms folded, for comparing two dates' events."""
    if not event:
        return frozenset()
    return frozenset(_stem(w) for w in _EVENT_WORD.findall(event) if w.lower() not in _STOP)


def _has_content_word(phrase: str) -> bool:
    """Whether :func:`event_key` of ``phrase`` is not empty (a word's stem is never empty), told at the
    first content word, without stemming them all."""
    return any(w.lower() not in _STOP for w in _EVENT_WORD.findall(phrase))


def event_head(event: str | None) -> str | None:
    """The head word of a noun-phrase event ("attack" in "attack on a convoy")."""
    if not event:
        return None
    for w in _EVENT_WORD.findall(event):
        if w.lower() not in _STOP:
            return _stem(w)
    return None


# -- the extractor ---------------------------------------------------------------------------------


def extract(article: Article, segments: list[Segment]) -> list[ClaimBase]:
    pub = article.meta.published
    out: list[ClaimBase] = []
    for seg in segments:
        text = seg.text
        last_event: str | None = None
        last_end = 0
        found = _matches(text)
        if not found:
            continue  # three paragraphs in four: no date, and no need for their quotations
        quotes = _quotations(text)
        for m in found:
            s, e = m.span()
            lo, hi = _bounds(seg, s, e)
            heading = seg.kind == "heading"
            quote = next((q for q in quotes if q[0] <= s and e <= q[1]), None) if quotes else None
            said: str | None = None
            if quote is not None and quotation.direct(text, *quote):
                # a speaker's own words are told from the time they were said, and read by their own verbs
                told = _speech_time(seg, quotes, quote, pub)
                r = resolve(m, told or pub, _looks_ahead(text, s, e, max(lo, quote[0]), min(hi, quote[1]), heading))
                said = SPEECH_DATED if told else SPEECH_UNDATED
            else:
                r = resolve(m, pub, _looks_ahead(text, s, e, lo, hi, headline=heading))
            modifier = r.modifier
            if modifier is None and (prev := _prev_word(text, s)) in _MODIFIERS:
                modifier = prev
            # "two days ago, three weeks ago and a year ago": the dates of a list share its event
            event: str | None
            if last_event is not None and _LIST_GAP.fullmatch(text, last_end, s):
                event = last_event
            else:
                event = event_phrase(text, s, e, lo, hi)
            last_event, last_end = event, e
            out.append(
                DateClaim.found_in(
                    article,
                    seg,
                    s,
                    e,
                    "dates",
                    value=r.value.value,
                    granularity=r.value.granularity,
                    relative=r.relative,
                    reason=r.value.reason or (said if r.relative and r.value.value else None),
                    event=event,
                    range_start=r.range_start,
                    range_end=r.range_end,
                    modifier=modifier,
                    weekday=r.weekday,
                    time=_time_of_day(text, s, e),
                )
            )
    return out


def _quotations(text: str) -> list[tuple[int, int]]:
    """The quotations of a paragraph (:func:`checker.language.quotation.regions`); none without a mark."""
    if '"' not in text and "“" not in text and "”" not in text and "'" not in text and "‘" not in text:
        return []
    return quotation.regions(text)


def _speech_time(seg: Segment, quotes: list[tuple[int, int]], quote: tuple[int, int], pub: date | None) -> date | None:
    """The day the article says a direct quotation was said: a day told in the writer's words of the
    sentence that introduces it (the nearest before the quotation: "After the count late on Sunday, Dorne
    told staff: “…”", "Speaking on Sunday, she said: “…”") or, failing that, of the sentence it
    closes in ("“…,” Dorne said on Sunday"). None when neither dates it, when that day is later than
    publication, or when it is not a whole day."""
    text = seg.text
    opening, closing = seg.sentence_at(max(0, quote[0] - 1)), seg.sentence_at(min(quote[1], len(text) - 1))
    before = [m for m in _matches(text) if opening and opening.start <= m.start() and m.end() <= quote[0] - 1]
    after = [m for m in _matches(text) if closing and quote[1] < m.start() and m.end() <= closing.end]
    for m in [*reversed(before), *after]:
        s, e = m.span()
        if any(q[0] <= s < q[1] for q in quotes):
            continue  # another quotation's words
        told = resolve(m, pub, _looks_ahead(text, s, e, *(_bounds(seg, s, e))))
        if told.value.granularity == "day" and told.value.value and told.range_start is None:
            day = date.fromisoformat(told.value.value)
            return day if pub is None or day <= pub else None
        return None  # the nearest date is no single day: the quotation's own time stays unknown
    return None


def _bounds(seg: Segment, s: int, e: int) -> tuple[int, int]:
    """The sentence of ``seg.text[s:e]`` as offsets, or the whole paragraph when no sentence holds it."""
    sentence = seg.sentence_at(s)
    return (sentence.start, sentence.end) if sentence and sentence.end >= e else (0, len(seg.text))


def _looks_ahead(text: str, s: int, e: int, lo: int, hi: int, headline: bool = False) -> bool:
    """The date's event lies ahead of the telling: the verb governing it is future ("will reopen"),
    future in the past ("would reopen"), or a present scheduled one ("takes effect July 1"), read from
    the sentence and never from inside a quotation the date is not in; or a cue before it looks ahead.

    In a ``headline`` (or standfirst) the present tense is the historic present of headlinese ("Fire
    destroys mill on Monday" tells a past fire), so only a future marker looks ahead there: "will",
    "is set to", or the bare infinitive of headlinese ("Council to vote on Monday", "set to reopen")."""
    trigger = language_events.trigger_of(text, s, e, lo, hi)
    plain = language_events.blank_quotes(text, s, e)
    cues = list(_FUTURE.finditer(plain, max(lo, s - 60), s))
    if cues:
        cue = cues[-1]  # the last cue before the date
        # "The bridge will be demolished next year, the council decided on Thursday": a past verb told
        # after the cue governs the date (a trailing attribution), and the cue only the clause before it
        return not (
            trigger is not None
            and cue.end() <= trigger.start < s
            and "," in plain[cue.end() : trigger.start]  # another clause: "is to be voted on Thursday" is one
            and language_events.tense_of(text, trigger, s, e) == "past"
        )
    if trigger is None or trigger.cls == "report":
        return False
    tense = language_events.tense_of(text, trigger, s, e)
    if headline:
        before = _WORD.findall(text, max(lo, trigger.start - 20), trigger.start)
        if before and before[-1].lower() == "to":
            return True  # "Council to vote on Monday", "Pool set to reopen Friday"
        if tense == "present":
            return False
    if tense == "present" and trigger.start < s:
        return not _read_as_noun_or_past(text, trigger.start, lo)
    return tense in ("future", "future_in_past")


@lru_cache(maxsize=1)
def _number_word() -> re.Pattern[str]:
    """A number, in digits or words ("three", "twenty-one"): compiled on first use (a 2,700-word program
    that only a present-tense trigger after a number asks for)."""
    return re.compile(rf"(?:\d[\d,.]*|{WORDS_RE})$", re.IGNORECASE)


_PERFECT = frozenset({"has", "have", "had", "was", "were"})
_ADJECTIVAL_BEFORE = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "newly", "recently"})


def _read_as_noun_or_past(text: str, at: int, lo: int) -> bool:
    """The present-tense trigger at ``at`` is no scheduled present ("takes effect July 1"): it is a noun
    read as a verb (part of a name, "County Jail"; after a count, "four bombs"), or a past or perfect verb
    comes before it in the sentence ("planes dropped four bombs … Thursday", "has been held … since his
    arrest on June 21", "found herself … thwarting a piracy attack on 10 Nov"), so the sentence tells of
    the past. Reporting verbs are left out: "officials said the rules take effect July 1" looks ahead."""
    if text[at : at + 1].isupper() and text[lo:at].strip():
        return True
    words = [(w.group(0), w.start()) for w in _WORD.finditer(text, lo, at)]
    if words and _number_word().fullmatch(words[-1][0]):
        return True
    if language_events.heads_noun_phrase(text, at, [w for w, _ in words]):
        return True
    report = _report_lemmas()
    irregular = frame_lexicons.irregular()
    for i, (w, _) in enumerate(words):
        low = w.lower()
        if low in _PERFECT:
            return True
        before = words[i - 1][0].lower() if i else ""
        past = (low.endswith("ed") and len(low) > 4) or (low in irregular and irregular[low] != low)
        if past and before not in _ADJECTIVAL_BEFORE and frame_lexicons.lemma(low) not in report:
            return True
    return False


@lru_cache(maxsize=1)
def _report_lemmas() -> frozenset[str]:
    """Lemmas of the reporting verbs (``said``, ``told``), from the trigger lexicon's ``report`` class."""
    return frozenset(p.lemmas[0] for p in frame_lexicons.triggers().verbs if p.cls == "report")


def _time_of_day(text: str, s: int, e: int) -> str | None:
    """The clock time written right after the date ("Monday at 10 a.m.") or right before it."""
    m = _TIME_AFTER.match(text, e) or _TIME_BEFORE.search(text, max(0, s - 24), s)
    return _clock(m.group("t")) if m else None


def _clock(text: str) -> str | None:
    t = text.lower().replace(".", "").replace(" ", "")
    if t == "noon":
        return "12:00"
    if t == "midnight":
        return "00:00"
    m = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?(am|pm)?", t.replace(":", ":", 1))
    if not m:
        m = re.fullmatch(r"(\d{1,2})(\d{2})(am|pm)", t)  # "10.30 a.m." lost its dot above
    if not m:
        return None
    h = int(m.group(1))
    if m.group(3):
        h = h % 12 + (12 if m.group(3) == "pm" else 0)
    if h > 23 or int(m.group(2) or 0) > 59:
        return None
    return f"{h:02d}:{m.group(2) or '00'}"


@hookimpl
def claimcheck_extract_claims(article: Article, segments: list[Segment], config: Config) -> list[ClaimBase]:
    return extract(article, segments)
