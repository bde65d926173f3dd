"""CC601 name-consistency: one person's name spelled two ways, or given conflicting titles, in one article."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz.distance import Levenshtein

from checker.language import names
from checker.models import Article, Finding, PersonClaim, Segment
from checker.registry import related, rule, warn
from checker.wording import phrase, place, quoted

_ROLE = {
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "lt.": "lieutenant", "capt.": "captain",
    "sgt.": "sergeant", "gen.": "general", "gov.": "governor", "sen.": "senator", "rep.": "representative",
    "det.": "detective", "col.": "colonel", "maj.": "major", "cmdr.": "commander", "insp.": "inspector",
    "supt.": "superintendent", "pres.": "president", "lawyer": "attorney", "congressman": "representative",
    "congresswoman": "representative", "chairman": "chair", "chairwoman": "chair", "chief executive": "ceo",
}  # fmt: skip
_SENTENCE_START = re.compile(r"(?:^|[.!?:][\"”’)]*\s+|[\"“]\s*)$")
_GENERIC = {"officer", "official", "leader", "member", "head", "executive", "staff"}
_COURTESY = {"mr.", "mrs.", "ms.", "miss", "dr.", "prof.", "mr", "mrs", "ms", "dr", "prof", "sir", "dame"}


class NameConsistencyOptions(BaseModel):
    """Options of CC601."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    #: largest edit distance between two spellings taken as one name misspelt
    max_edits: int = Field(2, ge=1, le=3)
    #: shortest surname checked for misspellings (short names collide by chance)
    min_length: int = Field(4, ge=2)


def role(title: str | None) -> str | None:
    """The role word of a title ("State Department Spokesperson" → "spokesperson"); None for courtesy titles."""
    if not title:
        return None
    last = title.split()[-1].lower()
    if last in _COURTESY:
        return None
    return _ROLE.get(last, last)


@rule("CC601", "name-consistency", kinds=["person"], options=NameConsistencyOptions)
def name_consistency(
    article: Article, claims: list[PersonClaim], segments: list[Segment], options: NameConsistencyOptions
) -> Iterator[Finding]:
    """One person's name is spelled two ways in an article, or the person is given conflicting titles.

    What it checks:
        A name a letter or two away from a person named earlier in the same article ("John Kirby" …
        "Kerby"); the same person given two different titles ("Secretary of State John Kerry" …
        "Defense Secretary John Kerry"). Different house styles across outlets (Assad / al-Assad) are
        not compared.

    Why it matters:
        A misspelt name is a correction, and the person named notices first.

    Example:
        State Department spokesman John Kirby said … Kerby added …

    Instead:
        Spell the name as on first reference throughout.

    Options:
        max-edits (default 2): edit distance taken as a misspelling. min-length (default 4): shortest
        surname checked.
    """
    surnames: dict[str, PersonClaim] = {}
    for c in claims:
        if not c.short:
            surnames.setdefault(names.surname(c.canonical), c)
    known = {names.surname(c.name) for c in claims} | set(surnames)
    # every word of every name: "Angeles" is part of "Los Angeles Angels", not a misspelt "Angels"
    known |= {t for c in claims for t in names.tokens(c.canonical)} | {t for c in claims for t in names.tokens(c.name)}
    seen_spans = {(c.span.start, c.span.end) for c in claims}
    for seg in segments:
        for m in re.finditer(r"\b[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?\b", seg.text):
            word = m.group(0)
            if _SENTENCE_START.search(seg.text[: m.start()]):
                continue  # a capital there says nothing about being a name
            low = names.tokens(word)
            if not low or low[0] in known or word in names.NOT_NAMES or len(low[0]) < options.min_length:
                continue
            for sur, first in surnames.items():
                if len(sur) < options.min_length or sur[0] != low[0][0] or len(names.tokens(first.canonical)) < 2:
                    continue
                if low[0].startswith(sur) or sur.startswith(low[0]):
                    continue  # "Mitchells", "Klitschkos", "Indonesian": a plural, possessive or adjective
                d = Levenshtein.distance(low[0], sur)
                if 0 < d <= options.max_edits and d < len(sur) / 3:
                    s, e = seg.file_range(m.start(), m.end())
                    if (s, e) in seen_spans or first.span.start > s:
                        continue
                    yield warn(
                        article.span(s, e),
                        f"{quoted(word)} looks like a misspelling of {first.canonical}, named {place(first, article, article)}",
                        related=[related(article, first, f"{first.canonical} named here")],
                    )
                    break
    titles: dict[str, list[PersonClaim]] = defaultdict(list)
    for c in claims:
        if role(c.title):
            titles[names.name_key(c.canonical)].append(c)
    for mentions in titles.values():
        first = mentions[0]
        for c in mentions[1:]:
            mine, theirs = role(c.title) or "", role(first.title) or ""
            if {mine, theirs} & _GENERIC:
                continue  # "officer", "official" fit most other titles
            if mine != theirs and mine not in theirs and theirs not in mine:
                yield warn(
                    c,
                    f"{c.canonical} is called {quoted(c.title or '')} here but {quoted(first.title or '')} {place(first, article, article)}",
                    related=[related(article, first, phrase(first.title, first.canonical))],
                )
