"""Quote claims: direct quotations, split or running over paragraphs, with their speaker resolved to a full name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from checker import names
from checker.extractors.attributions import _attributions
from checker.extractors.people import find_people
from checker.hookspecs import hookimpl
from checker.models import Article, ClaimBase, PersonClaim, QuoteClaim, QuotePart, Segment

if TYPE_CHECKING:
    from checker.config import Config

OPEN, CLOSE = "“", "”"
_NATIONALITY = re.compile(r"\b([A-Z][a-z]+(?:an|ian|ese|ish|i))\b")


@dataclass
class _Quote:
    parts: list[tuple[Segment, int, int]] = field(default_factory=list)  # segment, content start, content end
    unbalanced: bool = False
    continues: bool = False  # still open at the end of its paragraph


def _scan(seg: Segment, carried: _Quote | None) -> tuple[list[_Quote], _Quote | None]:
    """Quoted stretches of one paragraph; returns the quotes closed here and the one left open."""
    text = seg.text
    quotes: list[_Quote] = []
    current = carried
    open_at: int | None = None
    if carried is not None:
        if text.startswith((OPEN, '"')):
            open_at = 1  # the continuation paragraph reopens the quote
        else:
            carried.unbalanced = True
            quotes.append(carried)
            current = None
    i = 1 if open_at == 1 else 0
    while i < len(text):
        ch = text[i]
        if open_at is None and (ch == OPEN or ch == '"'):
            open_at = i + 1
            if current is None:
                current = _Quote()
        elif open_at is not None and (ch == CLOSE or ch == '"'):
            assert current is not None
            current.parts.append((seg, open_at, i))
            open_at = None
            if not _attributed_between(text, i + 1):
                quotes.append(current)
                current = None
        elif ch == CLOSE and open_at is None:
            q = _Quote(unbalanced=True)
            q.parts.append((seg, 0, i))
            quotes.append(q)
        elif ch == OPEN and open_at is not None:
            assert current is not None
            current.parts.append((seg, open_at, i))
            current.unbalanced = True
            quotes.append(current)
            current = _Quote()
            open_at = i + 1
        i += 1
    if open_at is not None:
        assert current is not None
        current.parts.append((seg, open_at, len(text)))
        current.continues = True
        return quotes, current
    if current is not None and current.parts:
        quotes.append(current)
    return quotes, None


def _attributed_between(text: str, after: int) -> bool:
    """Whether the text after a closing mark is an attribution followed by another quoted part ("…,” X said. “…")."""
    nxt = min((p for p in (text.find(OPEN, after), text.find('"', after)) if p >= 0), default=-1)
    if nxt < 0:
        return False
    between = text[after:nxt]
    return len(between) < 160 and bool(_attributions(between))


@dataclass
class _Speakers:
    people: list[PersonClaim]
    last: str | None = None

    def resolve(self, written: str | None) -> str | None:
        if not written:
            return None
        w = written.strip()
        if w.lower() in names.PRONOUNS:
            return self.last
        titled = names.TITLED.search(w)
        candidate = titled.group("name") if titled else w
        words = [x for x in candidate.split() if x[:1].isupper() and x not in names.NOT_NAMES]
        if words:
            joined = " ".join(words)
            for p in self.people:
                if names.same_person(joined, p.canonical):
                    return p.canonical
            if names.is_name(joined):
                return joined
        low = w.lower()
        if "spokes" in low:
            for p in reversed(self.people):
                if p.title and "spokes" in p.title.lower():
                    return p.canonical
        nat = _NATIONALITY.search(w)
        if nat:
            for p in self.people:
                if p.title and nat.group(1) in p.title:
                    return p.canonical
        return None


def find_quotes(article: Article, segments: list[Segment]) -> list[QuoteClaim]:
    speakers = _Speakers(find_people(article, segments))
    out: list[QuoteClaim] = []
    carried: _Quote | None = None
    previous_speaker: tuple[int, str | None, str | None] | None = None
    for seg in segments:
        closed, carried = _scan(seg, carried)
        for q in closed:
            claim = _claim(article, q, speakers, previous_speaker)
            out.append(claim)
            previous_speaker = (q.parts[-1][0].index, claim.speaker, claim.speaker_text)
    if carried is not None:
        carried.unbalanced = True
        out.append(_claim(article, carried, speakers, previous_speaker))
    return out


def _claim(
    article: Article, q: _Quote, speakers: _Speakers, previous: tuple[int, str | None, str | None] | None
) -> QuoteClaim:
    first_seg, first_start, _ = q.parts[0]
    last_seg, _, last_end = q.parts[-1]
    parts = []
    for seg, s, e in q.parts:
        fs, fe = seg.file_range(s, e)
        parts.append(QuotePart(text=seg.text[s:e], span=article.span(fs, fe)))
    speaker_text, cue = _attribution_for(q)
    speaker = speakers.resolve(speaker_text)
    if speaker_text is None and previous is not None and previous[0] >= first_seg.index - 1 and previous[1]:
        speaker, speaker_text = previous[1], previous[2]  # a quote paragraph right after one by a named speaker
    if speaker:
        speakers.last = speaker
    start = max(first_start - 1, 0)
    end = min(last_end + 1, len(last_seg.text))
    fs, _ = first_seg.file_range(start, start + 1)
    _, fe = last_seg.file_range(end - 1, end)
    content = " ".join(p.text.strip() for p in parts)
    return QuoteClaim.model_construct(
        id=f"quote-{fs}-{fe}",
        kind="quote",
        text=article.raw[fs:fe],
        span=article.span(fs, fe),
        segment=first_seg.index,
        extractor="quotes",
        confidence=1.0,
        content=content,
        parts=tuple(parts),
        speaker=speaker,
        speaker_text=speaker_text,
        cue=cue,
        form=_form(first_seg.text, first_start, content),
        unbalanced=q.unbalanced,
    )


def _attribution_for(q: _Quote) -> tuple[str | None, str | None]:
    """The attribution nearest the quote in its paragraph(s), quoted words masked out."""
    for seg, *_ in [q.parts[-1], q.parts[0]]:
        text = seg.text
        masked = list(text)
        for s2, s, e in q.parts:
            if s2 is seg:
                for k in range(max(s - 1, 0), min(e + 1, len(text))):
                    masked[k] = " "
        # other quotes in the paragraph are masked too, so a cue inside them does not count
        plain = re.sub(r"“[^”]*”", lambda m: " " * len(m.group(0)), "".join(masked))
        found = [a for a in _attributions(plain) if a[3] in ("person", "organisation", "vague", "document")]
        if found:
            anchor = q.parts[-1][2] if seg is q.parts[-1][0] else q.parts[0][1]
            best = min(found, key=lambda a: (a[3] != "person", abs(a[0] - anchor)))
            return best[2], best[4]
    return None, None


def _form(text: str, start: int, content: str) -> str:
    before = text[: max(start - 1, 0)].rstrip()
    if before and before[-1].isalnum() and not content.rstrip().endswith((".", "?", "!")):
        return "partial"
    if content[:1].islower():
        return "partial"
    return "full"


@hookimpl
def claimcheck_extract_claims(article: Article, segments: list[Segment], config: Config) -> list[ClaimBase]:
    return list(find_quotes(article, segments))
