"""Attribution claims: who says so ("according to X", "X said", "filings show") and what it covers."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from checker import names
from checker.hookspecs import hookimpl
from checker.models import Article, AttributionClaim, ClaimBase, Segment, Span

if TYPE_CHECKING:
    from checker.config import Config

CUES = (
    "said", "says", "say", "told", "tells", "stated", "states", "announced", "announces", "confirmed", "confirms",
    "added", "adds", "noted", "notes", "reported", "reports", "claimed", "claims", "alleged", "alleges", "warned",
    "warns", "insisted", "insists", "acknowledged", "acknowledges", "denied", "denies", "explained", "wrote",
    "writes", "argued", "argues", "believes", "believe", "suspect", "suspects",
)  # fmt: skip
_CUE = "|".join(CUES)
VAGUE_HEADS = {
    "officials", "official", "sources", "source", "people", "experts", "analysts", "observers", "diplomats",
    "residents", "activists", "witnesses", "reports", "critics", "insiders", "aides", "someone", "some", "many",
    "others", "groups", "authorities", "police", "officers", "investigators", "spokesman", "spokeswoman",
    "spokesperson", "statement", "person", "those",
}  # fmt: skip
DOCUMENT_HEADS = {
    "report", "reports", "filings", "filing", "documents", "document", "records", "data", "figures", "study",
    "survey", "papers", "statistics", "census", "poll", "audit", "letter", "memo", "email", "emails", "transcript",
    "statement", "analysis", "estimates", "count", "tally", "website",
}  # fmt: skip
_NP = r"(?:[A-Za-z][\w.’'-]*\s+){0,6}?[A-Za-z][\w.’'-]*"
_PATTERNS = [
    re.compile(
        r"\b(?P<cue>according\s+to)\s+(?P<src>[^,.;:“”\"()]+?)(?=\s*(?:[,.;:“”\"()]|$|\s+(?:and|but|which|who)\b))"
    ),
    re.compile(
        r"\b(?P<cue>(?:a|the)\s+(?:report|statement|study|survey|analysis|count|tally)\s+(?:by|from))\s+(?P<src>[^,.;:“”\"]+?)"
        r"(?=\s*(?:[,.;:“”\"]|$|\s+(?:said|says|shows?|showed|found|published|released)\b))"
    ),
    re.compile(
        r"\b(?P<src>(?:court\s+)?(?:filings|documents|records|data|figures|papers|statistics))\s+(?P<cue>show(?:ed|s)?|suggest(?:ed|s)?|indicate(?:d|s)?)\b",
        re.I,
    ),
    re.compile(rf"(?P<src>{_NP})\s+(?P<cue>{_CUE})(?:\s+(?:in\s+a\s+statement|on\s+\w+day|reporters|the\s+\w+))?\b"),
    re.compile(
        rf"\b(?P<cue>{_CUE})\s+(?P<src>(?:{names._TITLE_RE}\s+)?[A-Z][\w.’'-]*(?:\s+(?:al-|bin\s)?[A-Z][\w.’'-]*){{0,3}})"
    ),
]
_CLAUSE_START = re.compile(
    r"(?:^|[,;:!?“”\"(]|(?<!\b[A-Z])\.|\b(?:and|but|while|because|after|before|that|which|when)\b)\s*", re.I
)


#: nouns for a person described rather than named ("the Russian strongman said")
ROLE_NOUNS = {
    "strongman",
    "leader",
    "president",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "senator",
    "governor",
    "mayor",
    "chief",
    "general",
    "ambassador",
    "envoy",
    "premier",
    "king",
    "queen",
    "pope",
}


def classify(source: str) -> str:
    """person, organisation, document or vague."""
    words = re.findall(r"[\w’'-]+", source)
    if not words:
        return "vague"
    if names.TITLED.search(source) or (words[0].lower() == "the" and words[-1].lower() in ROLE_NOUNS):
        return "person"
    lower = [w.lower() for w in words]
    head = lower[-1]
    if lower[0] in names.PRONOUNS and len(words) == 1:
        return "person"
    if head in DOCUMENT_HEADS or lower[0] in ("filings", "documents", "records", "data"):
        return "document"
    caps = [w for w in words if w[:1].isupper()]
    if names.is_name(" ".join(w for w in words if w[:1].isupper())) or (
        len(caps) == 1 and len(words) == 1 and caps[0] not in names.NOT_NAMES
    ):
        return "person"
    if (head in VAGUE_HEADS and not any(w[:1].isupper() for w in words[:-1])) or lower[0] in ("a", "an", "one", "some"):
        return "vague"
    if caps:
        return "organisation"
    return "vague"


def _trim_source(src: str) -> str:
    """The subject noun phrase before a cue verb: from the last clause start, without leading filler."""
    starts = list(_CLAUSE_START.finditer(src))
    if starts:
        src = src[starts[-1].end() :]
    src = re.sub(r"^(?:the\s+move\s+was\s+made\s+)", "", src)
    return src.strip(" ,")


def attributions_in(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, source phrase, class) of every attribution in a sentence or paragraph string."""
    return [(s, e, src, cls) for s, e, src, cls, _ in _attributions(text)]


def _attributions(text: str) -> list[tuple[int, int, str, str, str]]:
    out: list[tuple[int, int, str, str, str]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            src = m.group("src")
            s_off = m.start("src")
            if pattern is _PATTERNS[-1]:
                src = src.rstrip(".") if not re.search(r"\b[A-Z]\.$", src) else src
                if src.split()[0] in names.NOT_NAMES or re.fullmatch(r"(?:[A-Z]\.)+", src):
                    continue  # "announced Monday", "said U.S."
            if pattern is _PATTERNS[-2]:
                trimmed = _trim_source(src)
                s_off += src.rfind(trimmed) if trimmed else len(src)
                src = trimmed
                if not src or src.lower() in ("it", "that", "this", "which", "who") or len(src.split()) > 8:
                    continue
            start = min(s_off, m.start("cue"))
            end = max(s_off + len(src), m.end("cue"))
            if any(a < end and start < b for a, b, *_ in out):
                continue
            out.append((start, end, src.strip(), classify(src), m.group("cue")))
    return sorted(out)


def find_attributions(article: Article, segments: list[Segment]) -> list[AttributionClaim]:
    out: list[AttributionClaim] = []
    for seg in segments:
        for start, end, source, cls, cue in _attributions(seg.text):
            sent = seg.sentence_at(start)
            lo, hi = (sent.start, sent.end) if sent else (0, len(seg.text))
            # "…,” Kirby said. “…”: an attribution inside a quoted paragraph covers the paragraph
            if "“" in seg.text or '"' in seg.text:
                lo, hi = 0, len(seg.text)
            fs, fe = seg.file_range(start, end)
            ss, se = seg.file_range(lo, hi)
            out.append(
                AttributionClaim.model_construct(
                    id=f"attribution-{fs}-{fe}",
                    kind="attribution",
                    text=seg.text[start:end],
                    span=article.span(fs, fe),
                    segment=seg.index,
                    extractor="attributions",
                    confidence=1.0,
                    source=source,
                    source_class=cls,
                    cue=re.sub(r"\s+", " ", cue),
                    scope=article.span(ss, se),
                )
            )
    return out


def covers(scope: Span | None, span: Span) -> bool:
    """Whether an attribution's scope covers a claim's span."""
    return scope is not None and scope.start <= span.start and span.end <= scope.end


@hookimpl
def claimcheck_extract_claims(article: Article, segments: list[Segment], config: Config) -> list[ClaimBase]:
    return list(find_attributions(article, segments))
