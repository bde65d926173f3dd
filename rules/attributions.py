"""CC401 attribution-presence: quotes with no speaker; estimates, tolls and accusations with no source."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from checker.extractors.attributions import covers
from checker.models import (
    Article,
    AttributionClaim,
    ClaimBase,
    FigureClaim,
    Finding,
    PersonClaim,
    QuoteClaim,
    Segment,
)
from checker.registry import fail, rule, warn
from checker.wording import phrase, quoted
from rules._compare import sentence_of

#: words that make a figure a toll, a damage count or an estimate someone must stand behind
SOURCED_WORDS = {
    "killed", "kill", "dead", "died", "death", "deaths", "injured", "wounded", "hurt", "casualties", "victims",
    "missing", "displaced", "trapped", "refugees", "evacuated", "homeless", "arrested", "detained", "destroyed",
    "damaged", "civilians", "fighters", "militants", "protesters", "migrants", "affected", "infected",
}  # fmt: skip
_APPROX = {"an estimated", "estimated", "about", "around", "roughly", "approximately", "some", "nearly", "almost"}
_ACCUSATION = re.compile(
    r"\b(?:accused\s+of|allegedly|responsible\s+for|carried\s+out\s+by|"
    r"fraud|corrupt(?:ion)?|embezzl\w+|bribe\w*|war\s+crimes?)\b",
    re.IGNORECASE,
)
#: a sentence whose own verb names where a figure comes from ("Trend Micro has identified about 10,000 sites")
_SOURCE_VERB = re.compile(
    r"\b(?:identified|found|counted|recorded|reported|estimates|(?<!an )estimated|confirmed|announced|said|says|"
    r"told|according|tallied|registered|listed|valued|condemned|charged|testified|put|puts|believes)\b",
    re.I,
)
#: a reporting verb outside a quote's marks: the quote has a speaker even if the extractor missed who
_REPORTING = re.compile(
    r"\b(?:said|says|say|told|tells|added|asked|stated|stating|explained|wrote|writes|tweeted|continued|noted|insisted|"
    r"recalled|repeated|quoted|according|declared|announced|argued|warned|replied|remarked|admitted|acknowledged|"
    r"explains|echoed|described|describes|called|calls|writing|contended|denounced|testified|posted|joked|chanted|"
    r"crowed|exclaimed|shouted|yelled|screamed|urged|pleaded|vowed|promised|boasted|conceded|cautioned|quipped|"
    r"predicted|reporting|read|reads|statement|release|thinking|thought|wondered)\b",
    re.I,
)
_SAID_INSIDE = re.compile(r",\s*(?:[\w.'-]+\s+){0,6}[A-Z][\w.'-]*\s+(?:said|says)\b|,\s*(?:police|officials?)\s+said\b")
_TITLE = re.compile(r"^(?:[A-Z0-9][\w'’-]*[,:.!?]?\s*|(?:of|the|a|an|and|in|on|to|for)\s+){1,8}$")
_NAME_AFTER = re.compile(r"^[\"”’]?\s*(?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+\b")
#: an accusation inside a court case is a charge on the record ("the teen accused of shooting", on trial)
_COURT = re.compile(
    r"\b(?:trial|court|courtroom|indicted|indictment|charged?|prosecutors?|jury|jurors|pleaded|convicted|"
    r"sentenced|arrested|defendant|suspect)\b",
    re.I,
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


def _headline(claim: ClaimBase, segments: dict[int, Segment]) -> bool:
    """A paragraph with no closing punctuation at the top of the article: a headline, which sums up
    figures the body attributes."""
    seg = segments.get(claim.segment)
    return seg is not None and seg.index <= 2 and not _HEADLINE_END.search(seg.text)


def _outside_quotes(q: QuoteClaim, seg: Segment) -> str:
    """The quote's paragraph with the quoted words blanked out."""
    text = seg.text
    for p in q.parts:
        s, e = p.span.start - seg.span.start, p.span.end - seg.span.start
        if 0 <= s <= e <= len(text):
            text = text[:s] + " " * (e - s) + text[e:]
    return text


def _spoken(q: QuoteClaim, segments: dict[int, Segment], voiced: set[int]) -> bool:
    """A quote with no extracted speaker that still has one: a reporting verb in its paragraph outside
    the quote ("…," said state Rep. Barry Fleming), a name before a colon, or a paragraph before or after
    that quotes or names a person (a quotation continued over paragraphs, or introduced by the one before)."""
    if _SAID_INSIDE.search(q.content) or _TITLE.match(q.content.strip()):
        return True  # a quote mark misplaced over the reporter's own words ("…, police said."), or a title
    seg = segments.get(q.segment)
    if seg is not None:
        after = seg.text[max(0, q.span.end - seg.span.start) :]
        if _NAME_AFTER.match(after):
            return True  # "“…,” Andrew Mwangura, head of the Seafarers Assistance Program"
        outside = _outside_quotes(q, seg)
        if _REPORTING.search(outside):
            return True
        before = outside[: max(0, q.span.start - seg.span.start)].rstrip()
        if before.endswith(":") and len(before) > 1:
            return True  # "David Soares, district attorney: “…”" names the speaker before a colon
    return bool({q.segment - 1, q.segment + 1} & voiced)


def _in_quote(claim: ClaimBase, quotes: list[QuoteClaim]) -> bool:
    return any(p.span.start <= claim.span.start < p.span.end for q in quotes for p in q.parts)


#: counted nouns that are measures (time, distance) or legal counts, not tolls or estimates
_MEASURES = {
    "blocks", "block", "miles", "mile", "km", "kilometres", "kilometers", "metres", "meters", "feet", "yards",
    "hours", "hrs", "hour", "minutes", "seconds", "seasons", "season", "years", "days", "weeks", "months", "a",
    "p", "ist", "gmt", "et", "pm", "am", "counts", "count", "charges", "times", "points", "games",
}  # fmt: skip
_HEADLINE_END = re.compile(r"[.!?:\"”’)]\s*$")


def needs_source(f: FigureClaim) -> bool:
    """Tolls, damage counts and estimates need a source; figures a reporter can observe do not."""
    if f.category not in ("count", "percent", "money"):
        return False
    if (f.noun or "").lower().strip(".") in _MEASURES:
        return False
    described = {w.lower() for w in re.findall(r"[A-Za-z]+", f"{f.noun or ''} {f.measures or ''}")}
    return bool(described & SOURCED_WORDS) or (f.qualifier or "") in _APPROX


@rule(
    "CC401",
    "attribution-presence",
    kinds=["quote", "figure", "attribution", "person"],
    options=AttributionPresenceOptions,
)
def attribution_presence(
    article: Article, claims: list[ClaimBase], segments: list[Segment], options: AttributionPresenceOptions
) -> Iterator[Finding]:
    """A quote with no speaker, or a toll, estimate or accusation with no source.

    What it checks:
        A direct quote standing as its own sentence whose speaker is given nowhere near it: not in its
        paragraph, not before a colon, not in the paragraph before or after (fail). Words quoted inside
        the reporter's own sentence (a phrase, a title) are not checked. An estimate, a casualty or damage
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
        short are taken as scare quotes, never as direct quotes.
    """
    quotes = [c for c in claims if isinstance(c, QuoteClaim)]
    attributions = [c for c in claims if isinstance(c, AttributionClaim)]
    by_index = {s.index: s for s in segments}
    voiced: set[int] = set()
    if any(q.speaker is None and q.speaker_text is None for q in quotes):  # only then is it needed
        voiced = {q.segment for q in quotes if q.speaker or q.speaker_text}
        voiced |= {c.segment for c in claims if isinstance(c, PersonClaim)}
        voiced |= {a.segment for a in attributions if a.source_class == "person"}
        # a paragraph that reports someone speaking ("Jackson released a statement", "… said in a report:")
        # introduces the quote paragraph after it
        voiced |= {s.index for s in segments if s.text.rstrip().endswith(":") or _REPORTING.search(s.text)}
    for q in sorted(quotes, key=lambda q: q.span.start):
        if q.speaker is None and q.speaker_text is None and not q.unbalanced:
            if q.form == "partial" or len(q.content.split()) <= options.scare_quote_words:
                continue  # words quoted inside the reporter's sentence: a phrase, a title or a scare quote
            if _spoken(q, by_index, voiced):
                voiced.add(q.segment)  # the next quote paragraph continues this speaker's words
                continue
            yield fail(q, f"{quoted(q.content)} is a direct quote with no speaker")
    if options.figures:
        for f in claims:
            if (
                isinstance(f, FigureClaim)
                and needs_source(f)
                and not _covered(f, attributions)
                and not _in_quote(f, quotes)
                and not _SOURCE_VERB.search(sentence_of(f, by_index))
                and not _headline(f, by_index)
            ):
                yield warn(f, f"{quoted(phrase(f.text, f.noun))}: no source is named for this figure")
    if options.accusations:
        for seg in segments:
            for sent in seg.sentences:
                m = _ACCUSATION.search(sent.text)
                if not m:
                    continue
                start, end = seg.file_range(sent.start + m.start(), sent.start + m.end())
                span = article.span(start, end)
                probe = FigureClaim.model_construct(id="", kind="figure", text="", span=span, segment=seg.index)
                if (
                    _covered(probe, attributions)
                    or _in_quote(probe, quotes)
                    or _OBSERVED_DOC.search(sent.text)
                    or _COURT.search(sent.text)
                ):
                    continue
                yield warn(span, f"{quoted(m.group(0))}: an accusation with no source named")
