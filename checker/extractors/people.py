"""Person claims: names with their titles, later short references, grouped per person with a canonical name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from checker import names
from checker.hookspecs import hookimpl
from checker.models import Article, ClaimBase, PersonClaim, Segment

if TYPE_CHECKING:
    from checker.config import Config

_TITLE_ONLY = re.compile(rf"(?:{names._TITLE_RE})\s*$")


def _title(raw: str) -> str:
    return re.sub(r"\s+", " ", raw).strip()


def find_people(article: Article, segments: list[Segment]) -> list[PersonClaim]:
    """Every full-name mention, then every short reference to a person already named, in file order."""
    found: list[tuple[int, int, Segment, str, str | None, bool]] = []
    taken: list[tuple[int, int, int]] = []
    for seg in segments:
        text = seg.text
        for m in names.TITLED.finditer(text):
            name = m.group("name")
            if not names.is_name(name):
                continue
            found.append((m.start("name"), m.end("name"), seg, name, _title(m.group("title")), False))
            taken.append((seg.index, m.start(), m.end()))
        for m in names.FULL_NAME.finditer(text):
            if any(i == seg.index and a < m.end() and m.start() < b for i, a, b in taken):
                continue
            candidate = m.group(0)
            # "Secretary of State John Kerry": the capitalised run may start with title words
            words = candidate.split()
            while words and words[0] in names.NOT_NAMES:
                words = words[1:]
            candidate = " ".join(words)
            if not names.is_name(candidate):
                continue
            start = m.start() + m.group(0).index(candidate)
            found.append((start, start + len(candidate), seg, candidate, None, False))
            taken.append((seg.index, start, start + len(candidate)))
    canonical: list[str] = []
    for found_item in sorted(found, key=lambda f: (f[2].index, f[0])):
        name = found_item[3]
        if not any(names.same_person(name, c) for c in canonical):
            canonical.append(name)
    surnames = {names.surname(c): c for c in canonical}
    if surnames:
        short_re = re.compile(
            rf"(?:(?P<t>{names._TITLE_RE})\s+)?\b(?P<s>{'|'.join(re.escape(s.title()) for s in surnames if s)})\b(?!\s+[A-Z])"
        )
        for seg in segments:
            for m in short_re.finditer(seg.text):
                s, e = m.span("s")
                if any(i == seg.index and a <= s < b for i, a, b in taken):
                    continue
                title = m.group("t")
                if title and not title[0].isupper():
                    title = None
                found.append((s, e, seg, m.group("s"), title, True))
    out: list[PersonClaim] = []
    for s, e, seg, name, title, short in sorted(found, key=lambda f: (f[2].index, f[0])):
        canon = next((c for c in canonical if names.same_person(name, c)), name)
        fs, fe = seg.file_range(s, e)
        out.append(
            PersonClaim.model_construct(
                id=f"person-{fs}-{fe}",
                kind="person",
                text=seg.text[s:e],
                span=article.span(fs, fe),
                segment=seg.index,
                extractor="people",
                confidence=1.0,
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
