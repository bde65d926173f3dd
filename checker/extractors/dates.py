"""Date claims: temporal expressions found in text and resolved against the publication date."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from checker import timex
from checker.hookspecs import hookimpl
from checker.models import Article, ClaimBase, DateClaim, Segment
from checker.numbers import WORDS_RE, to_number

if TYPE_CHECKING:
    from checker.config import Config

_M = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.|Sept|Sep|Oct|Nov|Dec|Jan|Feb|Aug)"
)
_W = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_Y = r"(?:1[5-9]\d\d|20\d\d)"
_NUM = rf"(?:\d+|{WORDS_RE}|an?|a\s+couple\s+of|a\s+few|several)"
_TIME = r"(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|noon|midnight)"

PATTERN = re.compile(
    "|".join(
        [
            rf"(?:between|from)\s+(?P<ry1>{_Y})\s+(?:and|to|until|through)\s+(?P<ry2>{_Y})\b",
            rf"(?P<ry3>{_Y})\s*[-–]\s*(?P<ry4>{_Y}|\d\d)\b(?![-–\d])",
            rf"from\s+(?P<rm1>{_M})\s+(?:to|until|through)\s+(?P<rm2>{_M})(?:,?\s+(?P<rmy>{_Y}))?\b",
            rf"(?:(?P<mdw>{_W})(?:['’]s)?,?\s+)?(?P<mdm>{_M})\s+(?P<mdd>[0-3]?\d)(?:st|nd|rd|th)?\b(?![,.]?\d)"
            rf"(?:,?\s+(?P<mdy>{_Y})\b)?(?:\s+of\s+(?P<mdrel>last|this|next)\s+year)?",
            rf"(?:(?P<dmw>{_W}),?\s+)?(?P<dmd>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmm>{_M})(?:,?\s+(?P<dmy>{_Y})\b)?",
            rf"(?:(?P<myq>early|mid|late)[\s-]+)?(?P<mym>{_M})\s+(?:of\s+)?(?P<myy>{_Y})\b",
            rf"(?:(?P<emq>early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)[\s-]*)(?P<emy>{_Y})\b",
            rf"(?:(?P<sq>last|this|next|early|late)\s+)(?P<sn>spring|summer|autumn|fall|winter)\b"
            rf"|(?P<sn2>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<sy>{_Y})\b",
            r"(?:the\s+)?(?:(?P<dq>early|mid|late)[\s-]+)?(?P<dec>(?:1[5-9]|20)\d0)['’]?s\b",
            rf"(?P<agon>{_NUM})\s+(?P<agou>day|week|month|year|decade)s?\s+(?P<agod>ago|earlier|before)\b",
            r"(?P<ew>earlier|later|early|late)\s+(?P<ewr>this|last|next)\s+(?P<eu>week|month|year)\b",
            r"(?:(?:in|over|during)\s+)?the\s+(?P<r2w>last|past|previous)\s+(?P<r2u>week|month|year)\b",
            r"(?P<rw>last|this|next|past|coming|previous)\s+(?P<ru>week|month|year|weekend)\b",
            r"(?P<recent>in\s+recent\s+(?:days|weeks|months|years))\b",
            r"\b(?P<deic>yesterday|today|tomorrow|tonight)\b",
            rf"(?:(?P<wdq>last|next|this)\s+)?(?P<wd>{_W})(?:['’]s)?(?:\s+(?P<wdp>morning|afternoon|evening|night))?\b",
            rf"(?:(?P<qmq>last|this|next|early|mid|late)[\s-]+)?(?P<qm>{_M})\b(?!\s+\d)",
            rf"(?<![\d,.$£€#])(?P<y>{_Y})\b(?![,.]?\d|\s*%|-)",
        ]
    ),
    re.IGNORECASE,
)
_TIME_RE = re.compile(rf"(?:\s+at\s+|\s+)(?P<t>{_TIME})|(?P<t2>{_TIME})\s+(?:on\s+)?$", re.IGNORECASE)
_MODIFIERS = {"since", "until", "till", "by", "before", "after", "in", "on", "from", "during", "through", "as of"}
_PREV_WORD = re.compile(r"(\w+)\W*$")
# A bare year is a date only in a date context; a plural noun or a unit after it makes it a count.
_YEAR_CUES = {"in", "since", "until", "by", "from", "during", "before", "after", "of", "around", "circa", "between",
              "and", "to", "through", "early", "mid", "late", "summer", "spring", "autumn", "fall", "winter",
              "year", "landmark", "till"}  # fmt: skip
_COUNT_NOUNS = re.compile(
    r"\s+(?:[a-z]+s\b(?!['’])|people|children|men|women|police|staff|personnel|times|percent|per\s+cent"
    r"|km|miles|metres|meters|feet|tons|tonnes|kg|pounds|dollars|euros)",
)
_NON_YEAR_BEFORE = re.compile(r"(?:No\.|Nos\.|Route|Highway|Flight|Room|Suite|page|p\.|number|#|\$|£|€)\s*$", re.I)


def date_spans(text: str) -> list[tuple[int, int]]:
    """Spans of every temporal expression in a string (the figures extractor masks them)."""
    return [(m.start(), m.end()) for m in _matches(text)]


def _matches(text: str) -> Iterator[re.Match[str]]:
    for m in PATTERN.finditer(text):
        if m.group("y") and not _is_year(text, m):
            continue
        if m.group("qm") and not _is_bare_month(text, m):
            continue
        yield m


def _is_year(text: str, m: re.Match[str]) -> bool:
    before = text[: m.start()]
    if _NON_YEAR_BEFORE.search(before):
        return False
    if _COUNT_NOUNS.match(text, m.end()):
        prev = _PREV_WORD.search(before)
        return bool(prev and prev.group(1).lower() in {"in", "since", "of", "until", "by", "during"}) and not (
            re.match(r"\s+(?:people|children|men|women|troops|soldiers)", text[m.end() :])
        )
    return True


def _is_bare_month(text: str, m: re.Match[str]) -> bool:
    word = m.group("qm").rstrip(".").lower()
    if m.group("qmq"):
        return True
    prev = _PREV_WORD.search(text[: m.start()])
    cue = prev.group(1).lower() if prev and text[prev.end(1) : m.start()].strip() == "" else ""
    if word in ("may", "march", "jan", "sep", "sept", "oct", "nov", "dec", "feb", "aug"):
        return cue in ("in", "since", "until", "by", "during", "through", "of", "last", "this", "next")
    return (
        cue
        in (
            "in",
            "since",
            "until",
            "by",
            "during",
            "through",
            "of",
            "last",
            "this",
            "next",
            "from",
            "to",
            "and",
            "early",
            "mid",
            "late",
            "",
        )
        and m.group("qm")[:1].isupper()
    )


@dataclass
class _Resolved:
    value: timex.Value
    relative: bool
    weekday: int | None = None
    range_start: str | None = None
    range_end: str | None = None
    modifier: str | None = None


def _month(name: str) -> int:
    return timex.MONTHS[name.rstrip(".").lower()]


def resolve(m: re.Match[str], pub: date | None) -> _Resolved:
    """The value of one matched expression; relative ones need ``pub``."""
    g = m.groupdict()

    def need_pub() -> date:
        if pub is None:
            raise _NoPub
        return pub

    try:
        if g["ry1"] or g["ry3"]:
            a = int(g["ry1"] or g["ry3"])
            b_text = g["ry2"] or g["ry4"]
            b = int(b_text) if len(b_text) == 4 else a // 100 * 100 + int(b_text)
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
                d = timex.month_day(need_pub(), mon, dd)
                relative = True
            if d is None:
                return _Resolved(timex.Value(None, "day", "no such day"), relative, wd)
            return _Resolved(timex.day(d), relative, wd)
        if g["mym"]:
            return _Resolved(timex.month(int(g["myy"]), _month(g["mym"])), False, modifier=_lower(g["myq"]))
        if g["emy"]:
            return _Resolved(timex.year(int(g["emy"])), False, modifier=_lower(g["emq"]))
        if g["sn"]:
            code = timex.SEASONS[g["sn"].lower()]
            which = g["sq"].lower() if g["sq"] and g["sq"].lower() in ("last", "this", "next") else None
            return _Resolved(timex.season(need_pub(), code, which), True)
        if g["sn2"]:
            return _Resolved(timex.season(date(2000, 1, 1), timex.SEASONS[g["sn2"].lower()], None, int(g["sy"])), False)
        if g["dec"]:
            return _Resolved(timex.Value(g["dec"][:3], "decade"), False, modifier=_lower(g["dq"]))
        if g["agon"]:
            n = 1.0 if g["agon"].lower() in ("a", "an") else to_number(g["agon"])
            if n is None:
                n = {"a couple of": 2.0, "a few": 3.0, "several": 3.0}.get(re.sub(r"\s+", " ", g["agon"].lower()), 1.0)
            return _Resolved(timex.ago(need_pub(), n, g["agou"].lower()), True)
        if g["ew"]:
            which = g["ewr"].lower()
            return _Resolved(timex.relative_unit(need_pub(), g["eu"].lower(), which), True, modifier=g["ew"].lower())
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
            which = g["wdq"].lower() if g["wdq"] else None
            return _Resolved(timex.day(timex.weekday(need_pub(), wd, which)), True, wd)
        if g["qm"]:
            which = g["qmq"].lower() if g["qmq"] and g["qmq"].lower() in ("last", "this", "next") else None
            mod = g["qmq"].lower() if g["qmq"] and not which else None
            return _Resolved(timex.bare_month(need_pub(), _month(g["qm"]), which), True, modifier=mod)
        if g["y"]:
            return _Resolved(timex.year(int(g["y"])), False)
    except _NoPub:
        return _Resolved(timex.Value(None, None, "relative date and the article has no publication date"), True)
    raise AssertionError(m.group(0))


class _NoPub(Exception):
    pass


def _lower(s: str | None) -> str | None:
    return s.lower() if s else None


# -- the event a date is attached to ---------------------------------------------------------------

_STOP = {
    "a", "an", "the", "of", "on", "in", "at", "to", "for", "by", "with", "from", "and", "or", "its", "his", "her",
    "their", "this", "that", "these", "those", "it", "he", "she", "they", "was", "were", "is", "are", "be", "been",
    "has", "have", "had", "will", "would", "which", "who", "as", "after", "before", "since", "during", "into",
    "about", "than", "there", "here", "also", "said", "says", "including", "through", "s", "last", "week",
}  # fmt: skip
_CLAUSE_END = re.compile(
    r"[,.;:!?”\"()]|\s(?:is|was|were|are|has|had|have|will|would|could|should|may|might|which|that|who|when"
    r"|where|and|but|said|says|after|before|while|as)\s",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"(?:^|[,;:.!?“\"(]|\b(?:after|before|when|while|and|but|as|because|since|that))\s*", re.I)
_TRAILING = re.compile(r"(?:\s+(?:on|in|at|since|by|of|from|until|last|this|during|the|a|an|earlier|early))+\s*$", re.I)
_NOUNISH = re.compile(
    r"\s*(?!(?:is|was|were|are|has|had|have|will|would|could|and|or|but|to|as|with|by|for|in|on|at|"
    r"of|the|a|an|it|he|she|they|that|which|when)\b)[a-z][a-z-]+",
    re.I,
)
# A few news synonyms so two outlets' wording of one event compare equal.
SYNONYMS = {
    "truck": "convoy", "trucks": "convoy", "lorry": "convoy", "lorries": "convoy", "vehicles": "convoy",
    "supplies": "aid", "supply": "aid", "relief": "aid", "assistance": "aid", "strike": "attack",
    "strikes": "attack", "airstrike": "attack", "airstrikes": "attack", "raid": "attack", "bombing": "attack",
    "assault": "attack", "attacks": "attack", "killed": "kill", "killing": "kill", "deaths": "kill", "dead": "kill",
    "ceasefire": "truce", "cease-fire": "truce", "truce": "truce",
}  # fmt: skip


def event_phrase(text: str, start: int, end: int) -> str | None:
    """The noun phrase a date modifies ("September 21 attack on …") or the clause it dates."""
    after = text[end:]
    if re.match(r"['’]s\b", after):
        after = after[2:]
    if _NOUNISH.match(after):
        stop = _CLAUSE_END.search(after)
        phrase = after[: stop.start() if stop else len(after)].strip()
        words = phrase.split()
        if words:
            return " ".join(words[:12])
    before = text[:start]
    starts = list(_CLAUSE_START.finditer(before))
    clause = before[starts[-1].end() :] if starts else before
    if not clause.strip() and len(starts) >= 2:
        clause = before[starts[-2].end() :]
    clause = _TRAILING.sub("", clause).strip(" ,")
    words = clause.split()
    return " ".join(words[-10:]) or None


def _stem(word: str) -> str:
    w = word.lower().strip("’'.,;:")
    if w in SYNONYMS:
        return SYNONYMS[w]
    for suffix in ("ing", "ies", "es", "ed", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    return SYNONYMS.get(w, w)


def event_key(event: str | None) -> frozenset[str]:
    """Content-word stems of an event phrase, synonyms folded, for comparing two dates' events."""
    if not event:
        return frozenset()
    return frozenset(_stem(w) for w in re.findall(r"[A-Za-z][A-Za-z'-]+", event) if w.lower() not in _STOP)


def event_head(event: str | None) -> str | None:
    """The head word of a noun-phrase event ("attack" in "attack on a convoy")."""
    if not event:
        return None
    for w in re.findall(r"[A-Za-z][A-Za-z'-]+", event):
        if w.lower() not in _STOP:
            return _stem(w)
    return None


# -- the extractor ---------------------------------------------------------------------------------


def extract(article: Article, segments: list[Segment]) -> list[ClaimBase]:
    pub = article.meta.published
    out: list[ClaimBase] = []
    for seg in segments:
        text = seg.text
        for m in _matches(text):
            r = resolve(m, pub)
            s, e = m.span()
            prev = _PREV_WORD.search(text[:s])
            modifier = r.modifier
            if (
                modifier is None
                and prev
                and prev.group(1).lower() in _MODIFIERS
                and text[prev.end(1) : s].strip() == ""
            ):
                modifier = prev.group(1).lower()
            time_m = _TIME_RE.match(text, e)
            fs, fe = seg.file_range(s, e)
            out.append(
                DateClaim.model_construct(
                    id=f"date-{fs}-{fe}",
                    kind="date",
                    text=m.group(0),
                    span=article.span(fs, fe),
                    segment=seg.index,
                    extractor="dates",
                    confidence=1.0,
                    value=r.value.value,
                    granularity=r.value.granularity,
                    relative=r.relative,
                    reason=r.value.reason,
                    event=event_phrase(text, s, e),
                    range_start=r.range_start,
                    range_end=r.range_end,
                    modifier=modifier,
                    weekday=r.weekday,
                    time=_clock(time_m.group("t")) if time_m and time_m.group("t") else None,
                )
            )
    return out


def _clock(text: str) -> str | None:
    t = text.lower().replace(".", "").replace(" ", "")
    if t == "noon":
        return "12:00"
    if t == "midnight":
        return "00:00"
    m = re.match(r"(\d{1,2})(?::(\d{2}))?(am|pm)", t)
    if not m:
        return None
    h = int(m.group(1)) % 12 + (12 if m.group(3) == "pm" else 0)
    return f"{h:02d}:{m.group(2) or '00'}"


@hookimpl
def claimcheck_extract_claims(article: Article, segments: list[Segment], config: Config) -> list[ClaimBase]:
    return extract(article, segments)
