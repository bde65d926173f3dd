"""Numbers written in words or digits ("five-and-a-half", "2.7 million", "a dozen", "275,000") to values."""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12}
SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000, "tn": 10**12}
SPECIAL = {
    "a dozen": 12,
    "dozen": 12,
    "a couple of": 2,
    "a couple": 2,
    "a pair of": 2,
    "half a dozen": 6,
    "a score of": 20,
    "a hundred": 100,
    "a thousand": 1000,
    "a million": 1_000_000,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "hundredth": 100,
}  # fmt: skip
FRACTIONS = {"half": 0.5, "a half": 0.5, "quarter": 0.25, "a quarter": 0.25, "three-quarters": 0.75}

_WORD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
#: a number in words: "five", "twenty-one", "five-and-a-half", "two hundred", "one hundred and twenty"
WORDS_RE = (
    rf"(?:(?:{_WORD})(?:[- ](?:{_WORD}))?(?:[- ](?:hundred|thousand|million|billion)(?:[- ](?:and[- ])?(?:{_WORD}))*)*"
    r"(?:[- ]and[- ]a[- ](?:half|quarter))?)"
)
_SPLIT = re.compile(r"[\s-]+")


def words_to_number(text: str) -> float | None:
    """The value of a number written in words, or None when it is not one."""
    t = text.lower().strip()
    if t in SPECIAL:
        return float(SPECIAL[t])
    total = 0.0
    current = 0.0
    seen = False
    fraction = 0.0
    tokens = [w for w in _SPLIT.split(t) if w]
    i = 0
    while i < len(tokens):
        w = tokens[i]
        if w == "and":
            if tokens[i + 1 : i + 3] in (["a", "half"], ["a", "quarter"]):
                fraction = FRACTIONS[tokens[i + 2]]
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
        else:
            return None
        seen = True
        i += 1
    if not seen:
        return None
    return total + current + fraction


def digits_to_number(text: str) -> float | None:
    """The value of "275,000", "2.7", "1.5m", "3bn"; None when it is not a number."""
    t = text.strip().lower().replace(",", "")
    scale = 1.0
    for suffix, mult in sorted(SHORT_SCALES.items(), key=lambda kv: -len(kv[0])):
        if t.endswith(suffix) and t[: -len(suffix)].replace(".", "", 1).isdigit():
            t, scale = t[: -len(suffix)], float(mult)
            break
    try:
        return float(t) * scale
    except ValueError:
        return None


def to_number(text: str) -> float | None:
    """Digits or words, with an optional scale word ("2.7 million", "five thousand")."""
    t = text.strip()
    parts = t.rsplit(maxsplit=1)
    if len(parts) == 2 and parts[1].lower() in SCALES:
        base = to_number(parts[0])
        return None if base is None else base * SCALES[parts[1].lower()]
    value = digits_to_number(t)
    return value if value is not None else words_to_number(t)
