"""CC401 attribution-presence: quotes with no speaker; estimates, tolls and accusations with no source."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from pydantic import Field

from checker.links import CueLink, StoryLinks
from checker.models import (
    Article,
    AttributionClaim,
    ClaimBase,
    Finding,
    PersonClaim,
    QuoteClaim,
    Segment,
)
from checker.registry import RuleOptions, fail, rule, warn
from checker.wording import quoted


@functools.cache
def _reporting() -> re.Pattern[str]:
    """A reporting verb outside a quote's marks: the quote has a speaker even if the extractor missed who.

    Compiled on first use (a 1,900-word program): only a quote without a found speaker is checked."""
    return re.compile(
        r"\b(?:said|says|say|told|tells|added|asked|stated|stating|explained|wrote|writes|tweeted|continued|noted|insisted|"
        r"recalled|repeated|quoted|according|declared|announced|argued|warned|replied|remarked|admitted|acknowledged|"
        r"explains|echoed|described|describes|called|calls|writing|contended|denounced|testified|posted|joked|chanted|"
        r"crowed|exclaimed|shouted|yelled|screamed|urged|pleaded|vowed|promised|boasted|conceded|cautioned|quipped|"
        r"predicted|reporting|read|reads|statement|release|thinking|thought|wondered|maintained|maintains|stressed|"
        r"emphasi[sz]ed|observed|countered|responded|answered|concluded|insists|recounted|related|whispered|"
        r"saying|adding|telling|noting)\b",  # "justified his choice by saying, “…”"
        re.I,
    )


_SAID_INSIDE = re.compile(
    r",\s*(?:[\w.'-]+\s+){0,6}[A-Z][\w.'-]*\s+(?:said|says)\b|,\s*(?:police|officials?)\s+said\b"
    r"|^\s*(?:[A-Z][\w.'-]*\s+){1,3}(?:said|says)\b"  # 'Sturm said. On the other hand, …': a misplaced mark
    # "…for 'New Moon, ' she wrote in a letter": the quote closed with a single mark before its speaker
    r"|[,.!?]\s*['’]\s+(?:he|she|they|(?:[A-Z][\w.'-]*\s+){1,3})\s*(?:said|says|wrote|writes|told|added|noted)\b"
)
_TITLE = re.compile(r"^(?:[A-Z0-9][\w'’-]*[,:.!?]?\s*|(?:of|the|a|an|and|in|on|to|for)\s+){1,8}$")
_NAME_AFTER = re.compile(r"^[\"”’]?\s*(?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+\b")
#: '"…," BBCOne promoted on Twitter.': after a quote that ends on a comma, a subject and a verb in the past
#: tense are its speech tag, whatever the verb
_TAG_AFTER = re.compile(r"^[\"”’]?\s*(?:(?:he|she|they)\s+|(?:the\s+)?(?:[A-Z][\w.&'-]*\s+){1,3})[a-z]+ed\b")


class AttributionPresenceOptions(RuleOptions):
    """Options of CC401."""

    #: check figures (tolls, estimates) for a source
    figures: bool = True
    #: check accusations of wrongdoing for a source
    accusations: bool = True
    #: quotes of at most this many words with no speaker are scare quotes, not direct quotes
    scare_quote_words: int = Field(3, ge=0)


#: characters of a paragraph either side of a quote looked at for its speaker (issue 11: the whole
#: paragraph, copied and searched once per quote, was quadratic in a paragraph of thousands of quotes)
QUOTE_WINDOW = 1000


def _outside_quotes(q: QuoteClaim, seg: Segment) -> tuple[str, int]:
    """(the quote's paragraph near it with the quoted words blanked out, offset in the paragraph it starts at)."""
    lo = max(0, q.span.start - seg.span.start - QUOTE_WINDOW)
    hi = max(lo, q.span.end - seg.span.start + QUOTE_WINDOW)
    text = seg.text[lo:hi]
    for p in q.parts:
        s, e = p.span.start - seg.span.start - lo, p.span.end - seg.span.start - lo
        if 0 <= s <= e <= len(text):
            text = text[:s] + " " * (e - s) + text[e:]
    return text, lo


class _Voiced:
    """The paragraphs that give a quote in the paragraph before or after them a speaker: those in
    ``speaking`` (they quote or name a person) and those that report someone speaking ("Jackson
    released a statement", "… said in a report:"), which introduce the quote paragraph after them.

    Whether a paragraph reports speech is looked up only for the paragraphs next to a quote that
    needs it, once each (issue 16: searching every paragraph of every such article for a reporting
    verb was a third of the built-in rules' time on ECB+)."""

    def __init__(self, speaking: set[int], segments: dict[int, Segment]) -> None:
        self.speaking = speaking
        self.segments = segments
        self.reporting: dict[int, bool] = {}

    def add(self, index: int) -> None:
        self.speaking.add(index)

    def __contains__(self, index: int) -> bool:
        if index in self.speaking:
            return True
        known = self.reporting.get(index)
        if known is None:
            seg = self.segments.get(index)
            known = self.reporting[index] = seg is not None and (
                seg.text.rstrip().endswith(":") or _reporting().search(seg.text) is not None
            )
        return known


def _spoken(q: QuoteClaim, segments: dict[int, Segment], voiced: _Voiced) -> bool:
    """A quote with no extracted speaker that still has one: a reporting verb in its paragraph outside
    the quote ("…," said state Rep. Barry Fleming), a name before a colon, or a paragraph before or after
    that quotes or names a person (a quotation continued over paragraphs, or introduced by the one before)."""
    if _SAID_INSIDE.search(q.content) or _TITLE.match(q.content.strip()):
        return True  # a quote mark misplaced over the reporter's own words ("…, police said."), or a title
    seg = segments.get(q.segment)
    if seg is not None:
        at = max(0, q.span.end - seg.span.start)
        after = seg.text[at : at + 200]  # a name right after the quote: a few words
        if _NAME_AFTER.match(after):
            return True  # "“…,” Andrew Mwangura, head of the Seafarers Assistance Program"
        if q.content.rstrip().endswith(",") and _TAG_AFTER.match(after):
            return True
        outside, lo = _outside_quotes(q, seg)
        if _reporting().search(outside):
            return True
        before = outside[: max(0, q.span.start - seg.span.start - lo)].rstrip()
        if before.endswith(":") and len(before) > 1:
            return True  # "David Soares, district attorney: “…”" names the speaker before a colon
    return q.segment - 1 in voiced or q.segment + 1 in voiced


@rule(
    "CC401",
    "attribution-presence",
    kinds=["quote", "figure", "attribution", "person"],
    options=AttributionPresenceOptions,
)
def attribution_presence(
    article: Article,
    claims: list[ClaimBase],
    segments: list[Segment],
    links: StoryLinks,
    options: AttributionPresenceOptions,
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
    voiced = _Voiced(set(), by_index)
    if any(q.speaker is None and q.speaker_text is None for q in quotes):  # only then is it needed
        voiced.speaking = {q.segment for q in quotes if q.speaker or q.speaker_text}
        voiced.speaking |= {c.segment for c in claims if isinstance(c, PersonClaim)}
        voiced.speaking |= {a.segment for a in attributions if a.source_class == "person"}
    for q in sorted(quotes, key=lambda q: q.span.start):
        if q.speaker is None and q.speaker_text is None and not q.unbalanced:
            if q.form == "partial" or len(q.content.split()) <= options.scare_quote_words:
                continue  # words quoted inside the reporter's sentence: a phrase, a title or a scare quote
            if _spoken(q, by_index, voiced):
                voiced.add(q.segment)  # the next quote paragraph continues this speaker's words
                continue
            yield fail(q, f"{quoted(q.content)} is a direct quote with no speaker")
    wanted = {"estimate", "toll"} if options.figures else set()
    if options.accusations:
        wanted.add("accusation")
    unsourced: dict[int, list[CueLink]] = {}
    for cue in links.cues_in(article.path):
        if cue.kind in wanted and cue.status == "unsourced":
            unsourced.setdefault(cue.sentence.start, []).append(cue)
    for group in unsourced.values():  # one finding per sentence, naming every claim in it
        what = "; ".join(_describe(c) for c in group)
        yield warn(group[0].span, f"{what}: no source is named")


def _describe(cue: CueLink) -> str:
    if cue.kind == "accusation":
        return f"{quoted(cue.text)} (an accusation of wrongdoing)"
    return (
        f"{quoted(cue.text)} (a casualty or damage count)"
        if cue.kind == "toll"
        else f"{quoted(cue.text)} (an estimate)"
    )
