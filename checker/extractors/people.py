"""Person claims: names with their titles, later short references, grouped per person with a canonical name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from checker.hookspecs import hookimpl
from checker.language import names
from checker.models import Article, ClaimBase, PersonClaim, Segment

if TYPE_CHECKING:
    from checker.config import Config

#: titles that may stand before a bare surname ("Mr. Kirby", "President Putin", "Foreign Minister Lavrov")
_SHORT_TITLES = {t.lower() for t in names.TITLES if t[:1].isupper()} | {"mister", "madam"}
#: the last person extraction (article, its segments, people), so the quote extractor reuses it
_cache: tuple[Article, tuple[Segment, ...], list[PersonClaim]] | None = None


def _written_surname(name: str) -> str:
    """The surname as written, without a particle prefix ("al-Assad" → "Assad")."""
    last = name.split()[-1]
    return re.sub(r"^(?:al|el)-", "", last)


def _title_before(text: str, at: int) -> str | None:
    """A capitalised title right before a surname: the longest of the last one to three words."""
    words = text[max(0, at - 40) : at].split()
    if not text[:at].endswith(" "):
        return None
    for k in (3, 2, 1):
        title = " ".join(words[-k:])
        if k <= len(words) and title[:1].isupper() and title.lower() in _SHORT_TITLES:
            return title if text.endswith(title + " ", 0, at) else None
    return None


def find_people(article: Article, segments: list[Segment]) -> list[PersonClaim]:
    """Every full-name mention, then every short reference to a person already named, in file order."""
    global _cache
    if (
        _cache is not None
        and _cache[0] is article
        and len(_cache[1]) == len(segments)
        and all(a is b for a, b in zip(_cache[1], segments, strict=True))
    ):
        return list(_cache[2])
    out = _find_people(article, segments)
    _cache = (article, tuple(segments), out)
    return list(out)


#: a capitalised word that may be a later, surname-only reference ("Kirby", "al-Assad", "O'Brien");
#: one pattern for every article, the article's surnames checked against what it finds
_CAPITALISED = re.compile(r"(?<![\w’'-])(?:(?:al|el)-)?(?P<s>[A-Z]\w*(?:[-’'][A-Z]\w*)*)(?![\w-])(?!\s+[A-Z][a-z])")


def _find_people(article: Article, segments: list[Segment]) -> list[PersonClaim]:
    found: list[tuple[Segment, int, int, str, str | None, bool]] = []
    canonical: list[str] = []
    for seg in segments:
        for start, end, name, title in names.people_in(seg.text):
            if seg.kind == "heading" and title is None:
                continue  # headline title case makes any two capitalised words look like a name
            found.append((seg, start, end, name, title, False))
            if not any(names.same_person(name, c) for c in canonical):
                canonical.append(name)
    if canonical:
        surnames = {_written_surname(c) for c in canonical}
        taken = {(seg.index, s) for seg, s, *_ in found}
        full_ends = {(seg.index, e) for seg, _, e, *_ in found}
        for seg in segments:
            for m in _CAPITALISED.finditer(seg.text):
                if m.group("s") not in surnames:
                    continue
                s, e = m.span("s")
                if (seg.index, e) in full_ends or any((seg.index, k) in taken for k in (m.start(), s)):
                    continue
                title = _title_before(seg.text, m.start())
                start = m.start() - len(title) - 1 if title else m.start()
                found.append((seg, start, e, m.group("s"), title, True))
    out: list[PersonClaim] = []
    for seg, s, e, name, title, short in sorted(found, key=lambda f: (f[0].index, f[1])):
        core = _written_surname(name) if short else name
        canon = next((c for c in canonical if names.same_person(core, c)), name)
        out.append(
            PersonClaim.found_in(
                article,
                seg,
                s,
                e,
                "people",
                name=name,
                canonical=canon,
                title=title,
                short=short,
            )
        )
    return out


@hookimpl
def claimcheck_extract_claims(article: Article, segments: list[Segment], config: Config) -> list[ClaimBase]:
    return list(find_people(article, segments))
