"""Qualifiers of figures ("more than", "about", "hundreds") and the bounds they put on a value."""

from __future__ import annotations

import re

#: "about 1,200" means 1,080-1,320: news rounds approximate figures to two significant digits,
#: so a band of ±10% accepts the rounding and still separates 1,200 from 1,500.
APPROX = 0.10
#: "nearly 300" / "almost 300": somewhat below the value, never above it
NEAR = 0.10

#: qualifier → (low factor, high factor) applied to the value; None = open-ended on that side
BOUNDS: dict[str, tuple[float | None, float | None]] = {
    # open above
    "more than": (1, None), "over": (1, None), "at least": (1, None), "upwards of": (1, None),
    "above": (1, None), "in excess of": (1, None), "well over": (1, None), "no fewer than": (1, None),
    "no less than": (1, None), "as few as": (1, None), "more then": (1, None), "a minimum of": (1, None),
    "or more": (1, None), "plus": (1, None), "greater than": (1, None), "larger than": (1, None),
    "higher than": (1, None), "bigger than": (1, None), "exceeding": (1, None), "or greater": (1, None),
    "more than or equal to": (1, None), "greater than or equal to": (1, None),
    # open below
    "fewer than": (None, 1), "less than": (None, 1), "under": (None, 1), "below": (None, 1),
    "up to": (None, 1), "no more than": (None, 1), "at most": (None, 1), "as many as": (None, 1),
    "a maximum of": (None, 1), "or fewer": (None, 1), "or less": (None, 1), "lower than": (None, 1),
    "smaller than": (None, 1), "less than or equal to": (None, 1), "not more than": (None, 1),
    # close to the value, on one side
    "just over": (1, 1 + NEAR), "just under": (1 - NEAR, 1), "nearly": (1 - NEAR, 1),
    "almost": (1 - NEAR, 1), "close to": (1 - NEAR, 1 + NEAR / 2), "barely": (1, 1 + NEAR),
    # approximate: ±APPROX
    "about": (1 - APPROX, 1 + APPROX), "around": (1 - APPROX, 1 + APPROX), "roughly": (1 - APPROX, 1 + APPROX),
    "approximately": (1 - APPROX, 1 + APPROX), "some": (1 - APPROX, 1 + APPROX),
    "an estimated": (1 - APPROX, 1 + APPROX), "estimated": (1 - APPROX, 1 + APPROX),
    "approx.": (1 - APPROX, 1 + APPROX), "an average of": (1 - APPROX, 1 + APPROX),
    "about an estimated": (1 - APPROX, 1 + APPROX), "an approximate": (1 - APPROX, 1 + APPROX),
    "upward of": (1, None), "the equivalent of": (1 - APPROX, 1 + APPROX),
    # exact
    "exactly": (1, 1), "precisely": (1, 1), "only": (1, 1), "just": (1, 1), "a total of": (1, 1), "all": (1, 1),
}  # fmt: skip
#: qualifiers written after the number ("250 or more")
POSTFIX = ("or more", "or fewer", "or less", "plus", "or greater")
PREFIX = tuple(q for q in BOUNDS if q not in POSTFIX)
#: a qualifier before a number (longest first, so "just over" wins over "over")
PREFIX_RE = "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in sorted(PREFIX, key=len, reverse=True))
POSTFIX_RE = "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in POSTFIX)

#: vague amount words → (low, high): "hundreds" is 200-999, never 100 (that would be "a hundred")
VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (24, 199), "scores": (40, 199), "hundreds": (200, 999), "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 999_999_999), "tens of millions": (20_000_000, 99_999_999),
    "hundreds of millions": (200_000_000, 999_999_999), "billions": (2e9, 999e9), "a handful": (2, 6),
    # "million of refugees" is a slip for "millions"
    "million": (2_000_000, 999_999_999),
}  # fmt: skip
VAGUE_RE = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(VAGUE, key=len, reverse=True))

_SPACE = re.compile(r"\s+")


def normalise(qualifier: str | None) -> str | None:
    """A qualifier as the tables spell it ("More  than" → "more than"); None stays None."""
    return _SPACE.sub(" ", qualifier.strip().lower()) if qualifier else None


def bounds(value: float, qualifier: str | None) -> tuple[float | None, float | None]:
    """The interval a qualified value claims: "more than 250" → (250, None), "about 100" → (90, 110)."""
    q = normalise(qualifier)
    if q is None:
        return value, value
    lo, hi = BOUNDS.get(q, (1, 1))
    low, high = (None if lo is None else round(value * lo, 6)), (None if hi is None else round(value * hi, 6))
    if value < 0:
        # factors scale a negative value the other way: "about -5" is -5.5 to -4.5, "more than -5" still -5 up
        low, high = (None if hi is None else round(value * hi, 6)), (None if lo is None else round(value * lo, 6))
        if lo is None or hi is None:
            low, high = (value, None) if hi is None else (None, value)
    return low, high
