"""CC401 attribution-presence: quotes with no speaker; estimates, tolls and accusations with no source."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from checker.extractors.attributions import covers
from checker.models import Article, AttributionClaim, ClaimBase, FigureClaim, Finding, QuoteClaim, Segment
from checker.registry import fail, rule, warn

#: words that make a figure a toll, a damage count or an estimate someone must stand behind
SOURCED_WORDS = {
    "killed", "kill", "dead", "died", "death", "deaths", "injured", "wounded", "hurt", "casualties", "victims",
    "missing", "displaced", "trapped", "refugees", "evacuated", "homeless", "arrested", "detained", "destroyed",
    "damaged", "civilians", "fighters", "militants", "protesters", "migrants", "affected", "infected",
}  # fmt: skip
_APPROX = {"an estimated", "estimated", "about", "around", "roughly", "approximately", "some", "nearly", "almost"}
_ACCUSATION = re.compile(
    r"\b(?:accused\s+of|allegedly|charged\s+with|guilty\s+of|responsible\s+for|carried\s+out\s+by|committed|"
    r"fraud|corrupt(?:ion)?|embezzl\w+|bribe\w*|war\s+crimes?)\b",
    re.IGNORECASE,
)
_OBSERVED_DOC = re.compile(r"\b(?:according\s+to|data|figures|records|census|report|filings|show)\b", re.I)


class AttributionPresenceOptions(BaseModel):
    """Options of CC401."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    #: check figures (tolls, estimates) for a source
    figures: bool = True
    #: check accusations of wrongdoing for a source
    accusations: bool = True
    #: quotes of at most this many words with no speaker are scare quotes, not direct quotes
    scare_quote_words: int = Field(3, ge=0)


def _covered(claim: ClaimBase, attributions: list[AttributionClaim]) -> bool:
    return any(covers(a.scope, claim.span) for a in attributions)


def _in_quote(claim: ClaimBase, quotes: list[QuoteClaim]) -> bool:
    return any(p.span.start <= claim.span.start < p.span.end for q in quotes for p in q.parts)


def needs_source(f: FigureClaim) -> bool:
    """Tolls, damage counts and estimates need a source; figures a reporter can observe do not."""
    if f.category not in ("count", "percent", "money"):
        return False
    described = {w.lower() for w in re.findall(r"[A-Za-z]+", f"{f.noun or ''} {f.measures or ''}")}
    return bool(described & SOURCED_WORDS) or (f.qualifier or "") in _APPROX


@rule("CC401", "attribution-presence", kinds=["quote", "figure", "attribution"], options=AttributionPresenceOptions)
def attribution_presence(
    article: Article, claims: list[ClaimBase], segments: list[Segment], options: AttributionPresenceOptions
) -> Iterator[Finding]:
    """A quote with no speaker, or a toll, estimate or accusation with no source.

    What it checks:
        A direct quote whose speaker the article never gives (fail). An estimate, a casualty or damage
        figure, a disputed count, or an accusation of wrongdoing with no source named in its sentence
        or in the attribution that covers it (warn). Figures a reporter can observe, or that come from a
        cited document, pass; so do claims inside a quote (the speaker is their source).

    Why it matters:
        "275,000 civilians are trapped": says who? An unsourced toll reads as the outlet's own claim.

    Example:
        Roughly 275,000 civilians are trapped in rebel-held parts of Aleppo.

    Instead:
        Roughly 275,000 civilians are trapped in rebel-held parts of Aleppo, according to the United Nations.

    Options:
        figures (default true), accusations (default true), scare-quote-words (default 3): quotes this
        short with no speaker are taken as scare quotes.
    """
    quotes = [c for c in claims if isinstance(c, QuoteClaim)]
    attributions = [c for c in claims if isinstance(c, AttributionClaim)]
    for q in quotes:
        if q.speaker is None and q.speaker_text is None and not q.unbalanced:
            if q.form == "partial" and len(q.content.split()) <= options.scare_quote_words:
                continue
            yield fail(q, f"“{q.content[:60]}” is a direct quote with no speaker")
    if options.figures:
        for f in claims:
            if (
                isinstance(f, FigureClaim)
                and needs_source(f)
                and not _covered(f, attributions)
                and not _in_quote(f, quotes)
            ):
                yield warn(f, f"{f.text.strip()} {f.noun or ''}: no source is named for this figure".replace("  ", " "))
    if options.accusations:
        for seg in segments:
            for sent in seg.sentences:
                m = _ACCUSATION.search(sent.text)
                if not m:
                    continue
                start, end = seg.file_range(sent.start + m.start(), sent.start + m.end())
                span = article.span(start, end)
                probe = FigureClaim.model_construct(id="", kind="figure", text="", span=span, segment=seg.index)
                if _covered(probe, attributions) or _in_quote(probe, quotes) or _OBSERVED_DOC.search(sent.text):
                    continue
                yield warn(span, f"“{m.group(0)}”: an accusation with no source named")
