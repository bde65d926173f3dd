"""Figure claims: numbers with their qualifier, unit, counted noun and what they measure."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from checker.extractors.dates import date_spans, event_key
from checker.hookspecs import hookimpl
from checker.models import Article, ClaimBase, FigureClaim, Segment
from checker.numbers import ORDINALS, WORDS_RE, to_number

if TYPE_CHECKING:
    from checker.config import Config

QUALIFIERS = (
    "more than", "over", "at least", "about", "around", "roughly", "approximately", "nearly", "almost", "up to",
    "some", "an estimated", "estimated", "fewer than", "less than", "as many as", "close to", "upwards of",
    "just over", "just under", "under", "below", "above", "no more than", "no fewer than", "at most", "only",
    "more then", "in excess of", "well over", "around", "approx.", "an average of", "as few as", "barely",
)  # fmt: skip
#: how a qualifier turns a value into bounds (low factor, high factor); None = open-ended
_BOUNDS: dict[str, tuple[float | None, float | None]] = {
    "more than": (1, None), "over": (1, None), "at least": (1, None), "upwards of": (1, None), "above": (1, None),
    "in excess of": (1, None), "well over": (1, None), "just over": (1, 1.1), "no fewer than": (1, None),
    "fewer than": (None, 1), "less than": (None, 1), "under": (None, 1), "below": (None, 1), "up to": (None, 1),
    "no more than": (None, 1), "at most": (None, 1), "just under": (0.9, 1), "nearly": (0.85, 1),
    "almost": (0.85, 1), "close to": (0.85, 1.05), "barely": (1, 1.1), "as many as": (None, 1),
    "as few as": (1, None),
}  # fmt: skip
#: tolerance of an approximate qualifier ("about 1,200" is 1,080–1,320)
APPROX = 0.1
_APPROX = {"about", "around", "roughly", "approximately", "some", "an estimated", "estimated", "approx.",
           "an average of"}  # fmt: skip
VAGUE = {
    "dozens": (24, 144), "scores": (40, 199), "hundreds": (200, 999), "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 999_999_999), "billions": (2e9, 999e9), "a handful": (2, 6), "several": (3, 9),
    "a few": (2, 5), "dozen": (12, 12), "million": (1_000_000, 1_000_000),
}  # fmt: skip
_Q = "|".join(re.escape(q) for q in sorted(set(QUALIFIERS), key=len, reverse=True))
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_SCALE = r"(?:\s+(?:million|billion|trillion|thousand)|\s?(?:m|bn|k|mn)\b)"
_NUMBER = (
    rf"(?:{_DIGITS}{_SCALE}?|(?:{WORDS_RE}|a)(?:\s+(?:hundred|thousand|million|billion))?\b|a\s+dozen|half\s+a\s+dozen)"
)
_VAGUE = r"(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|hundreds|thousands|millions|billions|a\s+handful|million)"
_UNIT_ADJ = r"(?:year|month|week|day|hour|minute|decade|mile|kilometre|kilometer|km|foot|metre|meter)"
_CURRENCY = r"[$£€]|US\$"

PATTERN = re.compile(
    "|".join(
        [
            # ages: "Smith, 34," and "a 38-year-old"; durations as compound adjectives: "six-year war"
            rf"(?P<cq>(?:{_Q})\s+)?(?P<cn>{_DIGITS}|{WORDS_RE})[- ](?P<cu>{_UNIT_ADJ})s?(?P<old>[- ]old)?(?:[- ]long)?\b",
            r"(?P<ln>a|one)[- ](?P<lu>year|month|week|day|decade)[- ]long\b",
            # tallies and ratios: "a 7-2 vote", "3-to-1"
            r"(?P<t1>\d{1,3})[-–](?P<t2>\d{1,3})\s+(?P<tn>vote|decision|ruling|majority|margin|win|victory|defeat)\b",
            r"(?P<r1>\d{1,3})[- ]to[- ](?P<r2>\d{1,3})\b",
            # ranges
            rf"(?:between|from)\s+(?P<cur1>{_CURRENCY})?(?P<a1>{_DIGITS}|{WORDS_RE})\s+(?:and|to)\s+(?P<cur2>{_CURRENCY})?"
            rf"(?P<a2>{_DIGITS}|{WORDS_RE})(?P<ascale>{_SCALE})?(?P<apc>\s*%|\s+percent|\s+per\s+cent)?",
            rf"(?P<b1>{_DIGITS})\s*[-–]\s*(?P<b2>{_DIGITS})(?P<bpc>\s*%|\s+percent)?(?!\w)",
            # money, percentages, counts
            rf"(?P<q>(?:{_Q})\s+)?(?P<cur>{_CURRENCY})\s?(?P<mn>{_DIGITS}{_SCALE}?)",
            rf"(?P<vq>(?:{_Q})\s+)?(?P<vague>{_VAGUE})\b(?=\s+of\b|\s+[a-z]+)",
            rf"(?P<nq>(?:{_Q})\s+)?(?P<n>{_NUMBER})(?P<pc>\s*%|\s+percent|\s+per\s+cent)?"
            r"(?P<money>\s+(?:dollars|euros|pounds|rubles|yuan))?",
            r"(?P<ord>\d+(?:st|nd|rd|th))\b",
        ]
    ),
    re.IGNORECASE,
)
_HUMAN = {
    "man", "woman", "men", "women", "boy", "girl", "son", "daughter", "child", "mother", "father", "suspect",
    "victim", "resident", "student", "soldier", "driver", "officer", "player", "actor", "actress", "singer", "writer",
    "wife", "husband", "brother", "sister", "baby", "teenager", "toddler", "patient", "gunman", "pilot", "worker",
}  # fmt: skip
_NOT_BEFORE = re.compile(
    r"(?:No\.|Nos\.|Route|Highway|Flight|Room|Suite|Apollo|Boeing|Airbus|Article|Section|Chapter|"
    r"Resolution|page|p\.|#)\s*$|[A-Za-z]-?$"
)
_NOT_AFTER = re.compile(
    r"(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b|:\d)|[A-Za-z]|-[A-Za-z]*\d|\s+(?:[A-Z][a-z]+\s+)*(?:Street|St\.|Avenue|"
    r"Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Square|Place|Airborne|Division|Regiment|Brigade|"
    r"Fleet|Congress|Amendment)\b)"
)
_PHONE = re.compile(r"\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b")
_STOP_NOUN = {"of", "the", "a", "an", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or", "were",
              "was", "are", "is", "have", "has", "had", "been", "be", "there", "who", "that", "which", "said",
              "more", "than", "per", "percent"}  # fmt: skip
_CLAUSE_END = re.compile(r"[,.;:!?”\"()]|\s(?:and|but|while|including|according)\s", re.I)


@dataclass
class _Figure:
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    qualifier: str | None
    unit: str | None
    category: str
    vague: bool = False
    of: str | None = None


def _bounds(value: float, qualifier: str | None) -> tuple[float | None, float | None]:
    if qualifier is None:
        return value, value
    q = qualifier.lower()
    if q in _APPROX:
        return value * (1 - APPROX), value * (1 + APPROX)
    lo, hi = _BOUNDS.get(q, (1, 1))
    return (None if lo is None else value * lo), (None if hi is None else value * hi)


def _qual(text: str | None) -> str | None:
    return re.sub(r"\s+", " ", text.strip().lower()) if text else None


def _figures(text: str) -> Iterator[_Figure]:
    masked = date_spans(text)
    for m in PATTERN.finditer(text):
        s, e = m.span()
        if any(a < e and s < b for a, b in masked):
            continue
        if _NOT_BEFORE.search(text[:s]) or _NOT_AFTER.match(text, e):
            continue
        if any(p.start() <= s < p.end() for p in _PHONE.finditer(text)):
            continue
        fig = _classify(m, text)
        if fig is not None:
            yield fig


def _classify(m: re.Match[str], text: str) -> _Figure | None:
    g = m.groupdict()
    s, e = m.span()
    if g["cn"]:
        value = to_number(g["cn"])
        if value is None:
            return None
        unit = g["cu"].lower()
        unit = {"kilometer": "km", "kilometre": "km", "meter": "metre", "foot": "foot"}.get(unit, unit)
        thing = _thing_after(text[e:])
        head = thing.split()[-1].lower() if thing else None
        human = bool(g["old"]) and (head is None or head in _HUMAN)
        timed = unit in ("year", "month", "week", "day", "hour", "minute", "decade")
        category = "age" if human else "duration" if timed else "measure"
        q = _qual(g["cq"])
        low, high = _bounds(value, q)
        of = (thing or _name_before(text, s)) if human else thing
        return _Figure(s, e, value, low, high, q, unit, category, of=of)
    if g["ln"]:
        unit = g["lu"].lower()
        return _Figure(s, e, 1.0, 1.0, 1.0, None, unit, "duration", of=_thing_after(text[e:]))
    if g["t1"]:
        a, b = float(g["t1"]), float(g["t2"])
        return _Figure(s, e, a, a, b, None, "tally", "tally")
    if g["r1"]:
        a, b = float(g["r1"]), float(g["r2"])
        return _Figure(s, e, a / b if b else None, a, b, None, "ratio", "ratio")
    if g["a1"]:
        lo, hi = to_number(g["a1"]), to_number(g["a2"])
        if lo is None or hi is None:
            return None
        scale = (to_number("1" + g["ascale"]) if g["ascale"] else 1.0) or 1.0
        a, b = lo * scale, hi * scale
        unit = "%" if g["apc"] else (_currency(g["cur1"] or g["cur2"]) if (g["cur1"] or g["cur2"]) else None)
        return _Figure(
            s, e, None, a, b, "between", unit, "percent" if g["apc"] else "money" if unit and unit != "%" else "count"
        )
    if g["b1"]:
        lo, hi = to_number(g["b1"]), to_number(g["b2"])
        if lo is None or hi is None or hi <= lo:
            return None
        return _Figure(s, e, None, lo, hi, "between", "%" if g["bpc"] else None, "percent" if g["bpc"] else "count")
    if g["cur"]:
        value = to_number(g["mn"])
        q = _qual(g["q"])
        low, high = _bounds(value, q) if value is not None else (None, None)
        return _Figure(s, e, value, low, high, q, _currency(g["cur"]), "money")
    if g["vague"]:
        word = re.sub(r"\s+", " ", g["vague"].lower())
        lo, hi = VAGUE[word]
        q = _qual(g["vq"])
        return _Figure(s, e, float(lo) if lo == hi else None, float(lo), float(hi), q, None, "count", vague=lo != hi)
    if g["n"]:
        raw = g["n"]
        if raw.lower() in ("a", "one", "an"):
            return None
        value = to_number(raw)
        if value is None:
            return None
        if not raw[:1].isdigit() and re.match(
            r"\s+(?:\w+ed|said|say|says|were|are|have|had|of\s+them|of\s+us)\b", text[e:]
        ):
            return None  # "the two disagreed": a pronoun, not a count
        q = _qual(g["nq"])
        low, high = _bounds(value, q)
        if g["pc"]:
            return _Figure(s, e, value, low, high, q, "%", "percent")
        if g["money"]:
            return _Figure(s, e, value, low, high, q, g["money"].strip().lower(), "money")
        if _is_age(text, s, e):
            return _Figure(s, e, value, value, value, None, "year", "age", of=_name_before(text, s))
        return _Figure(s, e, value, low, high, q, None, "count")
    if g["ord"]:
        if re.match(r"\s+[A-Z]", text[e:]):
            return None  # "the 101st Airborne" is a name
        value = float(re.match(r"\d+", g["ord"]).group(0))  # type: ignore[union-attr]
        return _Figure(s, e, value, value, value, None, None, "ordinal")
    return None


def _currency(symbol: str | None) -> str | None:
    return {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR"}.get(symbol or "", symbol)


def _is_age(text: str, s: int, e: int) -> bool:
    """ "Smith, 34," — a number set off by commas right after a capitalised name."""
    return (
        bool(re.search(r"[A-Z][a-z]+,\s*$", text[:s]))
        and bool(re.match(r"\s*,", text[e:]))
        and 0 < float(re.sub(r"\D", "", text[s:e]) or 0) < 120
    )


def _name_before(text: str, s: int) -> str | None:
    m = re.search(r"((?:[A-Z][\w.'-]+\s+){0,3}[A-Z][\w'-]+),\s*$", text[:s])
    return m.group(1) if m else None


def _thing_after(after: str) -> str | None:
    """The noun phrase a duration adjective modifies ("six-year war" → "war")."""
    stop = _CLAUSE_END.search(after)
    words = after[: stop.start() if stop else len(after)].split()
    out = []
    for w in words[:6]:
        if w.lower() in ("that", "which", "who", "was", "is", "has", "had", "in", "on", "of", "to", "by", "for"):
            break
        out.append(w)
    return " ".join(out) or None


def _noun_and_measure(text: str, e: int) -> tuple[str | None, str | None]:
    after = text[e:]
    after = re.sub(r"^\s+of\s+(?:the\s+)?", " ", after)
    stop = _CLAUSE_END.search(after)
    clause = after[: stop.start() if stop else len(after)]
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", clause)
    noun = None
    for i, w in enumerate(words[:4]):
        if w.lower() in _STOP_NOUN:
            if noun:
                break
            continue
        noun = w
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if not (nxt and nxt.lower() not in _STOP_NOUN and (w.endswith("ed") or w[0].isupper() or w.endswith("al"))):
            break
    measure = " ".join(words[:12]) or None
    return noun, measure


def measure_key(claim: FigureClaim) -> frozenset[str]:
    """Content-word stems of what a figure counts, for deciding whether two figures are the same quantity."""
    return event_key(" ".join(x for x in (claim.noun, claim.measures, claim.of) if x))


def extract(article: Article, segments: list[Segment]) -> list[ClaimBase]:
    out: list[ClaimBase] = []
    for seg in segments:
        text = seg.text
        for f in _figures(text):
            noun, measure = (
                _noun_and_measure(text, f.end) if f.category in ("count", "percent", "money") else (None, None)
            )
            fs, fe = seg.file_range(f.start, f.end)
            out.append(
                FigureClaim.model_construct(
                    id=f"figure-{fs}-{fe}",
                    kind="figure",
                    text=text[f.start : f.end],
                    span=article.span(fs, fe),
                    segment=seg.index,
                    extractor="figures",
                    confidence=1.0,
                    value=f.value,
                    low=f.low,
                    high=f.high,
                    qualifier=f.qualifier,
                    unit=f.unit,
                    category=f.category,
                    noun=noun,
                    measures=measure,
                    vague=f.vague,
                    of=f.of,
                )
            )
    return out


@hookimpl
def claimcheck_extract_claims(article: Article, segments: list[Segment], config: Config) -> list[ClaimBase]:
    return extract(article, segments)


__all__ = ["ORDINALS", "extract", "measure_key"]
