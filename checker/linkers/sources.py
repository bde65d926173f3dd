"""Sources and holders: every hedge, estimate, toll and accusation of a story, classified once.

The ``sources`` linker (requires ``speakers``) provides ``cues``: a :class:`~checker.links.CueLink`
for each

- hedge claim (CC501): ``held`` when a named person, organisation or document holds it, ``vague``
  when only "experts", "critics" or "it is widely believed" does, ``exempt`` for the reporter's own
  observation ("the mayor seemed to hold out hope, writing: …") and "the alleged gunman" (a charge's
  conventional wording), else ``unheld``;
- figure a reader needs a source for (CC401): tolls ("30 people were killed") and estimates
  ("about 40,000", "an estimated 100,000", the hedge and the figure as one cue); not what the
  reporter saw (a crowd that "marched") nor matters of record (a vote, a budget, "some 2 million
  federal workers");
- accusation of wrongdoing stated as fact (CC401): "overbilled the county", "knew of the charges
  and approved them"; "accused of" in a court or police story is the charge on the record.

A claim is sourced or held when a source is named anywhere in its sentence (an attribution, a verb
of saying or estimating with its subject), in the previous sentence of its paragraph ("…, the
agency said. It estimated …"), or by a passage's stated source ("According to the charging
papers, …" covers the rest of its paragraph and the next one). Claims inside a direct quote belong
to its speaker. Lexicons: ``checker/language/data/sources.yaml`` and ``hedges.yaml``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from checker.hookspecs import hookimpl
from checker.language import sources as lexicon
from checker.linking import Linker, linker
from checker.links import CueKind, CueLink, CueStatus, StoryLinks
from checker.models import (
    Article,
    AttributionClaim,
    FigureClaim,
    HedgeClaim,
    PersonClaim,
    QuoteClaim,
    Segment,
    Span,
)

#: qualifiers that make a figure an estimate someone must stand behind
#: counted nouns that are measures (time, distance) or legal counts, not tolls or estimates
_MEASURES = {
    "blocks", "block", "miles", "mile", "km", "kilometres", "kilometers", "metres", "meters", "feet", "yards",
    "hours", "hrs", "hour", "minutes", "seconds", "seasons", "season", "years", "days", "weeks", "months", "a",
    "p", "ist", "gmt", "et", "pm", "am", "counts", "count", "charges", "times", "points", "games",
}  # fmt: skip
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
_BE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?\Z", re.I)
#: "According to the charging papers, …" at a sentence's start: the source of a passage
_PASSAGE = re.compile(
    r"^\W*(?:according\s+to|as\s+(?:detailed|described|set\s+out)\s+in)\s+[^,.]{3,80}(?:,|\s*[:.]?\s*$)", re.I
)
#: the writer's evidence for an appearance: a colon, a quote, or ", writing/saying"
_EVIDENCE = re.compile(r"[:“\"]|,\s*(?:writing|saying|telling|posting|adding)\b", re.I)
_PRONOUN_START = re.compile(r"\W*(?:It|They|This|That|The\s+(?:quake|earthquake|storm|attack|blast|fire))\b")
#: evidential verbs: with no person as subject, a fact or event "suggests" it: the writer's inference
_INFERENCES = {"suggest", "implies", "indicated that"}
#: a sentence that goes on with the previous one's account ("The quake also triggered landslides")
_CONTINUES = re.compile(r"\b(?:also|further|furthermore|additionally|in\s+addition)\b", re.I)
_FIRST_PERSON = re.compile(r"\W*(?:I|We)\b")
#: an if-clause still open before the cue: what follows is supposed, not claimed
_HYPOTHETICAL = re.compile(
    r"\b(?:if|unless|suppose|supposing)\b(?:[^,;:.!?]*|[^;:.!?]*,\s*(?:it|this|that|then)\s+)\Z", re.I
)
_HEADLINE_END = re.compile(r"[.!?:\"”’)]\s*$")
_CHARGE_CUES = {"accused of", "corruption"}
_NOT_NOUNS = {"that", "to", "in", "by", "on", "and", "or", "the", "a", "an", "he", "she", "they", "it", "of"}
_NOT_ACCUSERS = {"is", "are", "was", "were", "be", "been", "being", "stand", "stands", "stood", "the", "a", "an"}


@dataclass(eq=False)
class _Sentence:
    seg: Segment
    index: int  # the sentence's number within its segment
    position: int  # its number within the article
    start: int  # file offsets
    end: int
    text: str
    sources: list[tuple[str, str]] = field(default_factory=list)  # (source phrase, class)
    verb_source: bool = False


class _Article:
    """One article's sentences with their sources, quotes and passage sources, made once."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.sentences: list[_Sentence] = []
        for seg in article.segments:
            if seg.kind == "furniture":
                continue
            for k, sent in enumerate(seg.sentences or ()):
                fs, fe = seg.file_range(sent.start, sent.end)
                self.sentences.append(_Sentence(seg, k, len(self.sentences), fs, fe, sent.text))
        by_kind: dict[type, list[Any]] = {}
        for c in article.claims:
            by_kind.setdefault(type(c), []).append(c)
        self.hedges: list[HedgeClaim] = by_kind.get(HedgeClaim, [])
        self.figures: list[FigureClaim] = by_kind.get(FigureClaim, [])
        self.attributions: list[AttributionClaim] = by_kind.get(AttributionClaim, [])
        self.people: list[PersonClaim] = by_kind.get(PersonClaim, [])
        self.starts = [s.start for s in self.sentences]
        self.quotes = [(p.span.start, p.span.end, q) for q in by_kind.get(QuoteClaim, []) for p in q.parts]
        for c in self.attributions:
            s = self.sentence_of(c.span)
            if s is not None:
                s.sources.append((c.source, c.source_class))
        self.court = lexicon.court_story(article.raw)
        self.trial = lexicon.trial_story(article.raw)
        self._passages: dict[int, tuple[str, str]] = {}
        for i, s in enumerate(self.sentences):
            if s.sources and _PASSAGE.match(s.text):
                for j in range(i + 1, len(self.sentences)):
                    later = self.sentences[j]
                    if later.seg.index > s.seg.index + 1 or later.sources:
                        break
                    self._passages[j] = s.sources[0]

    def background(self, position: int) -> bool:
        """Whether the sentence at ``position`` dates its event before the article's ("four years ago")."""
        text = self.sentences[position].text
        return lexicon.background(text) is not None or bool(_YEAR.search(text))

    def sentence_of(self, span: Span) -> _Sentence | None:
        i = bisect.bisect_right(self.starts, span.start) - 1
        if i >= 0 and span.start < self.sentences[i].end:
            return self.sentences[i]
        return None

    def quoted(self, span: Span) -> QuoteClaim | None:
        for a, b, q in self.quotes:
            if a <= span.start < b:
                return q
        return None

    def source_for(self, sent: _Sentence, wire: bool = True) -> tuple[str, str, str] | None:
        """(source, class, where) naming who stands behind what ``sent`` says, or None.

        ``wire`` lets a named statement (not a quotation) standing alone in the paragraph before
        cover a figure in the sentence, as wire copy reads ("…, police said." then "At least 43 people
        were killed"); hedges do not take it ("Mayor Adeyemi said." then "The bridge is believed to
        have been weakened" is nobody's belief).
        """
        if sent.sources:
            return (*sent.sources[0], "sentence")
        if _verb_source(sent.text):
            return ("", "organisation", "verb in the sentence")
        i = sent.position
        if i > 0:
            prev = self.sentences[i - 1]
            if prev.seg.index == sent.seg.index and prev.sources:
                return (*prev.sources[0], "previous sentence")
        if i in self._passages:
            return (*self._passages[i], "passage source")
        if i > 0:
            prev = self.sentences[i - 1]
            named = [x for x in prev.sources if not lexicon.vague_holder(x[0])]
            if named and '"' not in prev.text and "“" not in prev.text:
                if _CONTINUES.search(sent.text):
                    return (*named[0], "continues the previous sentence's account")
                if wire and sent.index == 0 and len(prev.seg.sentences) == 1 and prev.seg.kind == "paragraph":
                    # wire copy, one sentence a paragraph: "…, police said." then the next paragraph's
                    # figure or passive belief is read as the same source's account
                    return (*named[0], "previous one-sentence paragraph")
        return None


def _outside_quotes(text: str) -> str:
    if "“" not in text and '"' not in text:
        return text
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), text)


def _verb_source(text: str) -> bool:
    """A verb of saying or estimating with a subject in the sentence ("Trend Micro identified …")."""
    plain = _outside_quotes(text)
    for m in _WORD.finditer(plain):
        word = m.group(0).lower()
        if not (lexicon.estimate_verb(word) or lexicon.speech_verb(word)):
            continue
        before = plain[max(0, m.start() - 30) : m.start()]
        if word == "estimated" and re.search(r"\b(?:an|the)\s+\Z", before, re.I):
            continue  # "an estimated 40,000": a hedge on the figure, not a source
        if _BE.search(before):
            continue  # "are estimated to have died", "was reported": passive, nobody named
        if re.search(r"[\w),]\s*\Z", before):
            return True
    return False


def _headline(seg: Segment) -> bool:
    """A heading, or a paragraph with no closing punctuation at the top: it sums up what the body sources."""
    return seg.kind == "heading" or (seg.index <= 2 and not _HEADLINE_END.search(seg.text))


def needs_source(f: FigureClaim, sentence: str, year: int | None = None) -> str | None:
    """Why a figure needs a source ("toll", "estimate"), or None when a reader needs none.

    Tolls and damage counts ("30 people were killed", "roughly 275,000 civilians are trapped") and
    figures given as estimates ("an estimated 100,000") need one. Measures, matters of record (a vote,
    a budget, a workforce), a crowd the reporter saw ("about 5,000 people marched") and settled
    background (a toll of another year: "the 2003 quake killed more than 31,000") do not. ``year`` is
    the article's publication year, when known: a toll dated that year is news, not background.
    """
    if f.category not in ("count", "percent", "money"):
        return None
    noun = (f.noun or "").lower().strip(".")
    if noun in _MEASURES:
        return None
    near = _WORD.findall(f.measures or "")[:4]
    toll = lexicon.toll_word(noun) or any(lexicon.toll_word(w) for w in near)
    estimated = (f.qualifier or "") in ("an estimated", "estimated")
    if not (toll or estimated):
        return None
    if not toll and (lexicon.record_noun(noun) or lexicon.observed(sentence)):
        return None
    years = {int(y) for y in _YEAR.findall(sentence)}
    if (years and (year is None or year not in years)) or lexicon.background(sentence):
        return None  # settled background: a toll or estimate of an earlier event than the article's
    return "toll" if toll else "estimate"


_YEAR = re.compile(r"(?<![\d$£€.,])(1[89]\d\d|20\d\d)(?!\d|,\d)")


def _cue(
    doc: _Article,
    kind: CueKind,
    span: Span,
    sent: _Sentence,
    text: str,
    status: CueStatus,
    **more: Any,
) -> CueLink:
    return CueLink(
        id=f"{doc.article.path}#{kind}-{span.start}-{span.end}",
        article=doc.article.path,
        kind=kind,
        span=span,
        sentence=doc.article.span(sent.start, sent.end),
        text=text,
        status=status,
        **more,
    )


def _hedge(doc: _Article, h: HedgeClaim, sent: _Sentence, speakers: Mapping[str, str]) -> CueLink:
    sense = h.sense or "custom"
    base = {"cue": h.cue, "sense": sense, "claims": (h.id,)}

    def made(status: CueStatus, reason: str, holder: str | None = None, entity: str | None = None) -> CueLink:
        return _cue(
            doc, "hedge", h.span, sent, h.text, status, holder=holder, holder_entity=entity, reason=reason, **base
        )

    raw = doc.article.raw
    if sense == "appearance" and not lexicon.culpable(raw[sent.start : sent.end]):
        return made("exempt", "the reporter's observation")  # "the mayor seemed to hold out hope"
    if h.text.lower() in ("alleged", "suspected", "purported", "apparent") and _next_word(raw, h.span.end):
        return made("exempt", "a charge's wording")  # "the alleged gunman", "an apparent suicide attempt"
    if h.cue == "claims (noun)":
        return made("held", "its owner named", raw[max(sent.start, h.span.start - 30) : h.span.start].split()[-1])
    if h.holder:
        if not lexicon.vague_holder(h.holder):
            return made("held", "holder named", h.holder, speakers.get(h.id))
        speaker = _named_before(doc, sent, h.span.start)
        if speaker:
            return made("held", "a named source reports the vague one", speaker)  # "Oppal said some experts believe"
        return made("vague", "vague holder", h.holder)
    if h.cue == "I think" or (sense == "belief" and _FIRST_PERSON.match(sent.text)):
        return made("exempt", "the writer's own view")  # "We think the shares remain a buy"
    if _HYPOTHETICAL.search(raw, sent.start, h.span.start):
        return made("exempt", "a hypothesis")  # "if the assessment is thought to have been …"
    impersonal = lexicon.impersonal_in(sent.text)
    if impersonal:
        return made("vague", "impersonal", impersonal[0][2])
    if sense == "allegation" and doc.court:
        return made("held", "court story", "the charges")
    if h.cue in _INFERENCES:
        return made("exempt", "an inference from what the sentence gives")  # "a move that suggests …"
    found = doc.source_for(sent, wire=False)  # a belief is not read into the paragraph before's statement
    if found and found[2] != "sentence":  # the extractor has weighed the sentence's own attributions
        src, cls, where = found
        if src and cls == "vague" and lexicon.vague_holder(src):
            return made("vague", where, src)
        return made("held", where, src or None)
    return made("unheld", "")


def _named_before(doc: _Article, sent: _Sentence, at: int) -> str | None:
    """A named person or organisation reporting in the sentence before ``at``, if any."""
    for c in doc.attributions:
        if (
            sent.start <= c.span.start < at
            and c.source_class in ("person", "organisation")
            and not lexicon.vague_holder(c.source)
        ):
            return c.source
    return None


def _next_word(raw: str, end: int) -> str:
    """The lower-case noun right after an adjective ("the alleged gunman" → "gunman"), or ""."""
    m = re.match(r"\s+([A-Za-z][\w-]*)", raw[end : end + 40])
    return m.group(1) if m and m.group(1).lower() not in _NOT_NOUNS else ""


def _classify(article: Article, speakers: Mapping[str, str]) -> list[CueLink]:
    doc = _Article(article)
    out: list[CueLink] = []
    estimates: dict[tuple[int, int], HedgeClaim] = {}
    for h in doc.hedges:
        sent = doc.sentence_of(h.span)
        if sent is None or doc.quoted(h.span):
            continue
        if _headline(sent.seg):  # a headline sums up what the body attributes
            out.append(_cue(doc, "hedge", h.span, sent, h.text, "exempt", cue=h.cue, sense=h.sense, reason="headline"))
            continue
        if h.sense == "estimate":
            estimates[(h.span.start, h.span.end)] = h
            continue
        out.append(_hedge(doc, h, sent, speakers))
    taken: set[tuple[int, int]] = set()
    for f in doc.figures:
        sent = doc.sentence_of(f.span)
        if sent is None or doc.quoted(f.span) or _headline(sent.seg):
            continue
        why = needs_source(f, sent.text, article.published.year if article.published else None)
        if why and _PRONOUN_START.match(sent.text) and sent.position and doc.background(sent.position - 1):
            why = None  # "The last major quake … was in February. It killed 612 people": still background
        # "an estimated 40,000": the hedge just before (or inside) the figure is the same claim
        near = [k for k in estimates if sent.start <= k[0] < f.span.end and f.span.start - k[1] < 4]
        if why is None and not near:
            continue
        claims = (f.id, *(estimates[k].id for k in near))
        taken.update(near)
        kind: CueKind = "toll" if why == "toll" else "estimate"
        plain = _outside_quotes(sent.text)
        at = f.span.start - sent.start
        if kind == "toll" and (doc.trial or _charged_before(plain, at)):
            out.append(_cue(doc, kind, f.span, sent, f.text, "exempt", claims=claims, reason="the case's record"))
            continue
        found = doc.source_for(sent)
        if found:
            out.append(
                _cue(
                    doc, kind, f.span, sent, f.text, "sourced", claims=claims, holder=found[0] or None, reason=found[2]
                )
            )
        else:
            out.append(_cue(doc, kind, f.span, sent, f"{f.text} {f.noun or ''}".strip(), "unsourced", claims=claims))
    for key, h in estimates.items():
        sent = doc.sentence_of(h.span)
        if key in taken or sent is None or _headline(sent.seg):
            continue
        found = doc.source_for(sent)
        status: CueStatus = "sourced" if found else "unsourced"
        out.append(_cue(doc, "estimate", h.span, sent, h.text, status, cue=h.cue, sense=h.sense, claims=(h.id,)))
    for sent in doc.sentences if lexicon.may_accuse(article.raw) else ():
        if sent.seg.kind == "quote" or _headline(sent.seg):
            continue
        plain = _outside_quotes(sent.text)
        hits = lexicon.wrongdoing_in(plain)
        if not hits:
            continue
        for s, e, name in hits[:1]:
            fs, fe = _file_span(sent, s, e)
            span = article.span(fs, fe)
            if name in _CHARGE_CUES:
                if doc.court:
                    out.append(
                        _cue(doc, "accusation", span, sent, plain[s:e], "exempt", cue=name, reason="court story")
                    )
                    continue
                if name == "accused of" and _active_accuser(plain, s):
                    out.append(_cue(doc, "accusation", span, sent, plain[s:e], "sourced", cue=name, reason="accuser"))
                    continue
            if not _named_party(doc, sent, plain, fs, s):
                continue  # "four robbers stole …": a crime reported, nobody identifiable accused
            if _charged_before(plain, s):
                out.append(_cue(doc, "accusation", span, sent, plain[s:e], "sourced", cue=name, reason="a charge"))
                continue
            if _hedged_before(doc, sent, fs):
                continue  # "allegedly overbilled", "may have lied": the hedge is CC501's
            found = doc.source_for(sent)
            status = "sourced" if found else "unsourced"
            out.append(
                _cue(
                    doc,
                    "accusation",
                    span,
                    sent,
                    plain[s:e],
                    status,
                    cue=name,
                    holder=(found[0] or None) if found else None,
                    reason=found[2] if found else "",
                )
            )
    return _merge_figure_hedges(doc, out)


def _merge_figure_hedges(doc: _Article, cues: list[CueLink]) -> list[CueLink]:
    """A hedge on an unsourced toll or estimate ("is believed to have infected as many as 10,000
    websites") is one claim with the figure: CC401 reports it, CC501 does not report it again."""
    figures = [c for c in cues if c.kind in ("toll", "estimate") and c.status == "unsourced"]
    if not figures:
        return sorted(cues, key=lambda c: (c.span.start, c.span.end))
    scopes = {h.id: h.scope for h in doc.hedges}
    out = []
    for c in cues:
        scope = scopes.get(c.claims[0]) if c.kind == "hedge" and c.claims else None
        if (
            c.status in ("unheld", "vague")
            and scope is not None
            and any(scope.start <= f.span.start < scope.end for f in figures)
        ):
            c = c.model_copy(update={"status": "exempt", "reason": "reported with its figure by CC401"})
        out.append(c)
    return sorted(out, key=lambda c: (c.span.start, c.span.end))


def _file_span(sent: _Sentence, s: int, e: int) -> tuple[int, int]:
    base = sent.seg.sentences[sent.index].start
    return sent.seg.file_range(base + s, base + e)


def _active_accuser(plain: str, s: int) -> bool:
    """ "he accused them of", "the officials whom he accused of": the accuser is named in the sentence."""
    m = re.search(r"\b(\w+)\s+(?:\w+ly\s+)?\Z", plain[max(0, s - 40) : s])
    return m is not None and m.group(1).lower() not in _NOT_ACCUSERS


_CHARGE = re.compile(
    r"\b(?:charg(?:ed|es?|ing)|indict(?:ed|ment)|accus(?:ed|ing|ation)|alleg(?:ed|ing|ation)|convicted|"
    r"pleaded|plea|lawsuit|complaint|sued|suing|found\s+guilty|admitted|confessed|investigat(?:ed|ing|ion))\b",
    re.I,
)


_PRONOUN = re.compile(r"\b(?:he|she|it|they|his|her|its|their)\b", re.I)
_CAPITAL = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'-]+")


def _named_party(doc: _Article, sent: _Sentence, plain: str, at_file: int, at: int) -> bool:
    """Whether someone identifiable stands before an accusation: a person, a name, an organisation."""
    if any(sent.start <= c.span.start < at_file for c in doc.people):
        return True
    head = plain[:at]
    if _PRONOUN.search(head):
        return True  # "she defrauded", "it also overbilled": a pronoun for a party named before
    return any(m.start() > 0 for m in _CAPITAL.finditer(head)) or bool(re.match(r"\W*[A-Z][\w’'-]+\s+[A-Z]", head))


def _charged_before(plain: str, at: int) -> bool:
    """ "indicted on charges she defrauded the state": the charge on the record is the accusation's source."""
    return _CHARGE.search(plain, 0, at) is not None


def _hedged_before(doc: _Article, sent: _Sentence, at: int) -> bool:
    return any(sent.start <= c.span.start < at and at - c.span.end < 60 for c in doc.hedges)


@linker("sources", requires=("speakers",), provides=("cues",))
def link_sources(articles: Sequence[Article], links: StoryLinks) -> Mapping[str, Any]:
    """Sources and holders: each hedge, estimate, toll and accusation classified once (CC401, CC501)."""
    speakers: Mapping[str, str] = links.get("speakers", {}) or {}
    out: list[CueLink] = []
    for article in articles:
        out.extend(_classify(article, speakers))
    return {"cues": tuple(out)}


@hookimpl
def claimcheck_register_linkers() -> list[Linker]:
    return [link_sources]
