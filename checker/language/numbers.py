"""Numbers written in words or digits ("five-and-a-half", "2.7 million", "a dozen", "275,000") to values."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from checker import datafiles

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12}
#: suffixes news copy glues to digits ("£300m", "$1.5bn", "20k")
SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000, "tn": 10**12}
#: currency symbols written before an amount, longest first ("US$40,000", "£15,000", "€2 million"): a share's
#: total and part may be money in any of them ("Of the £40,000 raised, £15,000")
CURRENCY_SYMBOLS = ("US$", "C$", "A$", "HK$", "NZ$", "R$", "$", "£", "€", "¥", "₹")
#: currency words written after an amount ("40,000 euros")
CURRENCY_WORDS = ("dollars", "euros", "pounds", "yen", "yuan", "rupees", "francs", "pesos")
#: whole phrases with a fixed value
SPECIAL = {
    "a dozen": 12, "dozen": 12, "a couple of": 2, "a couple": 2, "a pair of": 2, "half a dozen": 6,
    "a score of": 20, "a hundred": 100, "a thousand": 1000, "a million": 1_000_000, "a billion": 1_000_000_000,
    "one dozen": 12, "two dozen": 24, "three dozen": 36, "a half": 0.5, "half": 0.5,
    "half a million": 500_000, "half a billion": 500_000_000, "a quarter of a million": 250_000,
    "half million": 500_000, "a quarter million": 250_000, "quarter million": 250_000, "half billion": 500_000_000,
    "a quarter billion": 250_000_000, "three quarters of a million": 750_000,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100, "thousandth": 1000, "millionth": 1_000_000,
}  # fmt: skip
FRACTIONS = {"half": 0.5, "a half": 0.5, "quarter": 0.25, "a quarter": 0.25, "three-quarters": 0.75}


def longest_first(words: Iterable[str]) -> str:
    """One regex for literal lower-case ``words`` that tries them as ``"|".join(sorted(words, key=len,
    reverse=True))`` does, longest first, with shared prefixes factored out ("s(?:even(?:teen|ty)?|ix…)"):
    the matcher tests a letter once for all the words that share it instead of each word in turn.

    At one place only words that are prefixes of one another can match, and both forms offer them
    longest first, so a pattern matches (and backtracks) the same with either."""
    return _factored(sorted(set(words), key=lambda w: (-len(w), w)))  # not hash order: the same text every run


def _factored(words: list[str]) -> str:
    """:func:`longest_first` of distinct non-empty words already sorted longest first."""
    if len(words) == 1:
        return re.escape(words[0])  # most of the tree: a word's own letters, no group per letter
    heads: dict[str, list[str]] = {}
    for w in words:
        heads.setdefault(w[0], []).append(w[1:])
    parts = []
    for head, tails in heads.items():
        rest = [t for t in tails if t]
        if not rest:
            parts.append(re.escape(head))
        elif len(rest) == len(tails) == 1:
            parts.append(re.escape(head) + _factored(rest))
        else:
            parts.append(f"{re.escape(head)}(?:{_factored(rest)})" + ("?" if len(rest) < len(tails) else ""))
    return "|".join(parts)


# the alternations (~0.1 ms to build) are kept beside this module, made again when it changes
_WORD, _ORD_WORD = datafiles.derived_from(
    [Path(__file__)], "words", lambda: [longest_first([*UNITS, *TENS]), longest_first(ORDINALS)]
)
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion)"
_SEP = r"(?:\s*-\s*|\s+)"
#: a number in words: "five", "twenty-one", "five-and-a-half", "two hundred", "one hundred and twenty"
# Built so that every word has one place in the pattern: nested repeats that could share a word
# (a scale word inside and outside the inner group) backtrack exponentially on "million million ...".
_GROUP = rf"(?:{_WORD})(?:{_SEP}(?:{_WORD}))?"
WORDS_RE = (
    rf"(?:{_GROUP}(?:{_SEP}{_SCALE_WORD}(?:{_SEP}(?:and{_SEP})?{_GROUP})?)*"
    rf"(?:{_SEP}and{_SEP}a{_SEP}(?:half|quarter)(?:{_SEP}{_SCALE_WORD})?)?)"
)
#: an ordinal in words: "third", "twenty-first", "one hundredth"
ORDINAL_WORDS_RE = rf"(?:(?:{WORDS_RE}{_SEP}(?:and{_SEP})?)?(?:{_ORD_WORD}))"
_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
    "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip
#: words before "half" that make it a part of a period or a thing, not a share ("the second half of the year")
_HALVES = ("first", "second", "third", "fourth", "last", "next", "other", "lower", "upper", "latter", "former",
           "final", "front", "back", "top", "bottom", "western", "eastern", "northern", "southern")  # fmt: skip
#: a fraction in words: "two-thirds", "one quarter", "three fifths" (a bare "a third" is left to ordinals)
FRACTION_RE = (
    rf"(?:(?:{_WORD})[- ](?:halves|thirds|quarters|fourths|fifths|sixths|sevenths|eighths|ninths|tenths)"
    r"|(?:one|a)[- ](?:half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b(?=\s+of\b)"
    r"|one[- ](?:half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    # "Half of households": a share of the population after "of" (not "half an hour", "the second half")
    r"|(?<![\w-])(?<!the\s)(?<!a\s)"
    + "".join(rf"(?<!{w}\s)" for w in _HALVES)
    + r"half(?=\s+of\s+(?:the\s+|all\s+)?[A-Za-z]))"
)
_SPLIT = re.compile(r"[\s-]+")
_DIGITS_RE = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$")


def words_to_number(text: str) -> float | None:
    """The value of a number written in words, or None when it is not one."""
    t = _SPLIT.sub(" ", text.lower().strip())
    if t in SPECIAL:
        return float(SPECIAL[t])
    total = 0.0
    current = 0.0
    seen = False
    last_scale = 0
    tokens = t.split()
    i = 0
    while i < len(tokens):
        w = tokens[i]
        if w == "and":
            if tokens[i + 1 : i + 3] in (["a", "half"], ["a", "quarter"]):
                fraction = FRACTIONS[tokens[i + 2]]
                if current == 0 and last_scale:
                    total += fraction * last_scale  # "one million and a half" is 1.5 million
                else:
                    current += fraction  # "five and a half (million)"
                i += 3
                continue
            i += 1
            continue
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current = 0
            last_scale = SCALES[w]
        else:
            return None
        seen = True
        i += 1
    if not seen:
        return None
    return total + current


def fraction_to_number(text: str) -> float | None:
    """The value of "two-thirds", "one quarter", "a fifth"; None when it is not a fraction in words."""
    head, _, last = _SPLIT.sub(" ", text.lower().strip()).rpartition(" ")
    if last not in _DENOMINATORS:
        return None
    top = 1.0 if head in ("a", "one", "") else words_to_number(head)
    return None if top is None else top / _DENOMINATORS[last]


def ordinal_to_number(text: str) -> float | None:
    """The value of "third", "twenty-first", "101st"; None when it is not an ordinal."""
    t = _SPLIT.sub(" ", text.lower().strip())
    m = re.fullmatch(r"(\d[\d,]*)\s*(?:st|nd|rd|th)", t)
    if m:
        return float(m.group(1).replace(",", ""))
    head, _, last = t.rpartition(" ")
    if last not in ORDINALS:
        return None
    if not head:
        return float(ORDINALS[last])
    if last in ("hundredth", "thousandth", "millionth"):
        base = words_to_number(head)
        return None if base is None else base * ORDINALS[last]
    base = words_to_number(head)
    return None if base is None else base + ORDINALS[last]


_SHORT_SCALES_LONGEST_FIRST = sorted(SHORT_SCALES.items(), key=lambda kv: -len(kv[0]))


def digits_to_number(text: str) -> float | None:
    """The value of "275,000", "2.7", "1.5m", "3bn"; None when it is not a number."""
    t = text.strip().lower().replace(" ", "").replace("−", "-")
    scale = 1.0
    for suffix, mult in _SHORT_SCALES_LONGEST_FIRST:
        if t.endswith(suffix) and t[: -len(suffix)].replace(",", "").replace(".", "", 1).isdigit():
            t, scale = t[: -len(suffix)], float(mult)
            break
    if not t or not _DIGITS_RE.match(t) or not any(ch.isdigit() for ch in t):
        return None
    return float(t.replace(",", "")) * scale


# a number's text recurs across the articles of a run ("two", "2011", the capitalised words a caller asks
# about): each is read once; the value is a float or None, nothing a caller can change
@lru_cache(maxsize=8192)
def to_number(text: str) -> float | None:
    """Digits or words, with an optional scale word ("2.7 million", "five thousand", "1.5 bn")."""
    t = _SPLIT.sub(" ", text.strip())
    parts = t.rsplit(maxsplit=1)
    if len(parts) == 2 and parts[1].lower() in SCALES and parts[0][:1].isdigit():
        base = to_number(parts[0])
        return None if base is None else base * SCALES[parts[1].lower()]
    if len(parts) == 2 and parts[1].lower() in SHORT_SCALES and parts[0][:1].isdigit():
        base = digits_to_number(parts[0])
        return None if base is None else base * SHORT_SCALES[parts[1].lower()]
    value = digits_to_number(t)
    return value if value is not None else words_to_number(t)
