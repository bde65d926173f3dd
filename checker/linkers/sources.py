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
to its speaker; a hedge is held by a named source whose account the next sentence opens with and that
restates the hedged clause, or whose account the sentences before and after both are. In wire copy (one sentence a paragraph) the sentence before or after across the
paragraph break is as near as the next sentence of a paragraph (:meth:`_Article.adjacent`); the
article's stated source (the headline's, or a named or official source cited twice) covers the lead's
figures and restated tolls, and an organisation's own release its own figures; a toll right after a
sourced toll of the same kind takes its source (wire copy's run of tolls). Populations ("a camp of
about 20,000 refugees", "regions with an estimated 1,500 pirates"), running counts, cases on record and
figures of an earlier or another event (dated in one of the two sentences before, or "a quake" on
another day than the lead's) need no source; witnesses hold what they saw, and in a police story
investigators their identifications ("a revolver believed to be the murder weapon"); in a first-person
piece beliefs and appearances are the writer's own reasoning.
Lexicons: ``checker/language/data/sources.yaml`` and ``hedges.yaml``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from checker.hookspecs import hookimpl
from checker.language import numbers
from checker.language import sources as lexicon
from checker.language.lazy_patterns import on_first_use
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
    construct,
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
    r"^\W*(?:according\s+to|as\s+(?:detailed|described|set\s+out)\s+in)\s+[^,.]{3,80}(?:,|\s*[:.]?\s*$)"
    # "Michael Silverman reports that …", "The Herald reported that …": a report summed up from here on
    r"|^\W*(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}(?:reports|reported|writes|wrote)\s+that\b",
    re.I,
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
#: characters before a cue read for what frames it ("if", "would"): a clause
CUE_REACH = 300
_HEADLINE_ENDS = '.!?:"”’)'  # closing punctuation: a paragraph that ends so is no headline
_CHARGE_CUES = {"accused of", "corruption"}
_NOT_NOUNS = {"that", "to", "in", "by", "on", "and", "or", "the", "a", "an", "he", "she", "they", "it", "of"}
_NOT_ACCUSERS = {"is", "are", "was", "were", "be", "been", "being", "stand", "stands", "stood", "the", "a", "an"}


@dataclass(eq=False, slots=True)
class _Sentence:
    """A sentence of an article with its offsets and the sources the sources linker found in it."""

    seg: Segment
    index: int  # the sentence's number within its segment
    position: int  # its number within the article
    start: int  # file offsets
    end: int
    text: str
    sources: list[tuple[str, str]] = field(default_factory=list)  # (source phrase, class)
    verb_source: bool = False
    #: offset of the first attribution from the sentence's start (-1: none)
    first_at: int = -1
    #: sources given with a verb of reporting ("the Biloxi Sun Herald reported", "according to THR")
    reporters: list[str] = field(default_factory=list)
    #: sources that only take a position here ("warned", "claim", "denied"): no account of the facts
    positions: set[str] = field(default_factory=set)
    #: the sentence's span with lines and columns, made for its first cue
    span: Span | None = None


#: a sentence outside page furniture: (segment, its number in the segment, file start, file end, text)
_Span = tuple[Segment, int, int, int, str]


def _sentence_spans(article: Article) -> list[_Span]:
    """The article's sentences outside page furniture, in order, with their file offsets."""
    out: list[_Span] = []
    for seg in article.segments:
        if seg.kind == "furniture":
            continue
        # a verbatim segment (no pieces) maps text offsets by its start: Segment.file_range's own sum
        base = seg.span.start if seg.pieces is None else None
        for k, sent in enumerate(seg.sentences or ()):
            if base is not None and sent.end > sent.start:
                fs, fe = base + sent.start, base + sent.end
            else:
                fs, fe = seg.file_range(sent.start, sent.end)
            out.append((seg, k, fs, fe, sent.text))
    return out


class _Article:
    """One article's sentences with their sources, quotes and passage sources, made once."""

    def __init__(self, article: Article, spans: list[_Span] | None = None) -> None:
        self.article = article
        self.sentences: list[_Sentence] = [
            _Sentence(seg, k, i, fs, fe, text)
            for i, (seg, k, fs, fe, text) in enumerate(_sentence_spans(article) if spans is None else spans)
        ]
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
                if not s.sources:
                    s.first_at = c.span.start - s.start
                s.sources.append((c.source, c.source_class))
                if lexicon.position_verb(c.cue or ""):
                    s.positions.add(c.source)
                if _REPORTED.fullmatch(c.cue or "") and not lexicon.vague_holder(c.source):
                    s.reporters.append(c.source)
        self._pronoun_sources()
        self.wire = _wire_layout(article)
        self._on_record: bool | None = None
        self._passages: dict[int, tuple[str, str]] = {}
        for i, s in enumerate(self.sentences):
            if s.sources and _PASSAGE.match(s.text):
                # the rest of its paragraph and the next; in wire copy (a sentence a paragraph) the next
                # two, and a sentence citing the same source again ("Silverman believes …") goes on with it
                reach = 2 if self.wire else 1
                head, last = _head(s.sources[0][0]), s.seg.index
                for j in range(i + 1, len(self.sentences)):
                    later = self.sentences[j]
                    if later.seg.index > last + reach or _headline(later.seg):
                        break
                    if later.sources:
                        if any(_head(src) != head for src, _ in later.sources):
                            break
                        last = later.seg.index
                    elif any(later.start <= h.span.start < later.end and h.sense in _CONTINUING for h in self.hedges):
                        last = later.seg.index  # "The offer is believed to be …": the report's account goes on
                    self._passages[j] = s.sources[0]

    # what the article as a whole is, read only when a claim asks (most articles have no hedge, toll or
    # accusation that does): each reads the sentences' sources, complete once __init__ has run
    @cached_property
    def lead(self) -> set[int]:
        return self._lead()

    @cached_property
    def stated(self) -> str | None:
        return self._stated_source()

    @cached_property
    def opinion(self) -> bool:
        return _first_person_piece(self.article)

    @cached_property
    def release(self) -> str | None:
        return _release(self.article)

    @cached_property
    def court(self) -> bool:
        return lexicon.court_story(self.article.raw)

    @cached_property
    def trial(self) -> bool:
        return lexicon.trial_story(self.article.raw)

    def _pronoun_sources(self) -> None:
        """ "The UN said … It said more diesel was needed": a sentence whose subject is "It" or "They"
        with a verb of saying takes the organisation (or group) named as a source in one of the two
        sentences before. The attribution extractor leaves such pronouns out, having no antecedent."""
        for i, s in enumerate(self.sentences):
            if s.sources or not _PRONOUN_SAID.match(s.text):
                continue
            for prev in self.sentences[max(0, i - 2) : i][::-1]:
                named = [x for x in prev.sources if x[1] in ("organisation", "vague") and _official_or_named(x[0])]
                if named:
                    s.sources.append(named[0])
                    s.first_at = 0
                    break

    @property
    def on_record(self) -> bool:
        """Whether the article reports a case closed on the record (a conviction, a plea); asked only
        when it has an accusation, and found once."""
        if self._on_record is None:
            self._on_record = lexicon.case_on_record(_outside_quotes(self.article.raw)) is not None
        return self._on_record

    def _lead(self) -> set[int]:
        """Positions of the lead: the first two body sentences of six words or more (not a dateline)."""
        out: set[int] = set()
        for s in self.sentences:
            if _headline(s.seg):
                continue
            if len(_WORD.findall(s.text)) >= 6:
                out.add(s.position)
            if len(out) == 2:
                break
        return out

    def _stated_source(self) -> str | None:
        """The article's stated source: who the headline attributes the story to ("…, officials have
        said"), or a named source (a person, an organisation, police or officials) cited at least twice;
        None when none is."""
        heads: dict[str, int] = {}
        first: dict[str, str] = {}
        for s in self.sentences:
            for src, cls in s.sources:
                words = _WORD.findall(src.lower())
                if not words or cls == "document" or lexicon.natural_holder(src) or src in s.positions:
                    continue
                if words[-1] in _PRONOUNS or (lexicon.vague_holder(src) and words[-1] not in _OFFICIAL):
                    continue
                head = words[-1]
                if _headline(s.seg) and not s.text.lstrip().startswith(("“", '"')):
                    return src
                heads[head] = heads.get(head, 0) + 1
                first.setdefault(head, src)
        for s in self.sentences:
            if s.position in self.lead and s.reporters:
                return s.reporters[0]  # "…, the Daily News reports." in the lead: the story's own source
        cited = [h for h, n in heads.items() if n >= 2]
        return first[cited[0]] if cited else None

    def adjacent(self, sent: _Sentence, step: int) -> _Sentence | None:
        """The sentence before (``step`` -1) or after (+1) in wire layout, across a paragraph break."""
        j = sent.position + step
        if not self.wire or not 0 <= j < len(self.sentences):
            return None
        other = self.sentences[j]
        if other.seg.kind not in ("paragraph", "heading") or other.seg.kind == "furniture":
            return None
        return other

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
            named = [x for x in prev.sources if not lexicon.vague_holder(x[0]) and x[0] not in prev.positions]
            if named and not _SPEECH_QUOTE.search(prev.text):
                if _CONTINUES.search(sent.text):
                    return (*named[0], "continues the previous sentence's account")
                if (
                    wire
                    and sent.index == 0
                    and len(prev.seg.sentences) == 1
                    and prev.seg.kind in ("paragraph", "heading")
                ):
                    # wire copy, one sentence a paragraph: "…, police said." then the next paragraph's
                    # figure or passive belief is read as the same source's account
                    return (*named[0], "previous one-sentence paragraph")
        after = self.adjacent(sent, 1) if wire and len(sent.seg.sentences or ()) == 1 else None
        if after is not None and after.first_at in (0, 1, 2) and '"' not in after.text and "“" not in after.text:
            named = [x for x in after.sources if _official_or_named(x[0]) and x[0] not in after.positions]
            if named:  # "Sixty residents had to be evacuated." then "A police spokeswoman said other premises …"
                return (*named[0], "next one-sentence paragraph opens with its source")
        return None


_PRONOUNS = {"he", "she", "they", "it", "we", "i"}
#: hedges that go on with a passage's report ("The offer is believed to be for eight years")
_CONTINUING = {"belief", "report"}
#: "It said …", "They also estimated …": a pronoun subject with a verb of saying or estimating
_PRONOUN_SAID = re.compile(
    r"\W*(?:It|They)\s+(?:also\s+|later\s+|earlier\s+|has\s+|had\s+|have\s+)?(?:said|says|say|added|reported|"
    r"reports|estimated|estimates|warned|noted|stated|announced|confirmed|claimed|told)\b"
)
#: a quotation of speech: six words or more, or one that does not follow a word of the reporter's sentence
#: ('"We lost everything," said …'); a few words quoted inside the reporter's sentence ('Hamas had
#: "booby-trapped the school"') leave it the reporter's account of what the source said
_SPEECH_QUOTE = re.compile(r"[“\"](?:[^”\"]*?\s){5,}[^”\"]*[”\"]?|(?<![a-z] )[“\"][^”\"]*[”\"]?")
#: vague heads that still name the story's official source ("police said", "officials said")
_OFFICIAL = {
    "police",
    "officials",
    "official",
    "authorities",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "investigators",
}
#: a first-person word outside a longer word ("famous") or an abbreviation ("F.B.I"); each word tests
#: the character before it after matching (a pattern that opens with its words is scanned for in C, one
#: that opens with a look-behind is tried at every offset: three times slower over an article)
_FIRST_PERSON_ANY = re.compile(
    "(?:"
    + "|".join(rf"{w}(?<![\w’'.]{w})" for w in ("I", "we", "We", "my", "My", "our", "Our", "me", "us"))
    + r")(?=[\s,;:!?’']|$)"
)


_CONTRAST = re.compile(
    r"\b(?:but|however|though|although|yet)\b|\b(?:refused|declined|would\s+not|wouldn[’']t)\b", re.I
)


@lru_cache(maxsize=1)
def _acting_on() -> re.Pattern[str]:
    """ "A SWAT team encircled the block where it was believed the gunman was hiding": a subject of the
    lexicon's acting holders, and the impersonal belief it acts on; built once from the lexicon."""
    heads = "|".join(sorted(lexicon.acting_holders(), key=lambda w: (-len(w), w)))  # ties by spelling: one text, cached
    return re.compile(
        rf"^\W*(?P<src>(?:A|An|The)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{heads}))\b[^.;:]*?\b(?:where|as|because|since)\s+"
        r"it\s+(?:was|is|had\s+been|has\s+been)\s+(?:believed|thought|suspected|feared)\b"
    )


@lru_cache(maxsize=1)
def _acted_on() -> re.Pattern[str]:
    """ "was fatally wounded by police Saturday after allegedly pointing a gun": an acting holder (police,
    troops) that acted on someone, then the allegation of what that person did to bring it on (the text
    up to the cue); built once from the lexicon."""
    heads = "|".join(sorted(lexicon.acting_holders(), key=lambda w: (-len(w), w)))  # ties by spelling: one text, cached
    return re.compile(
        rf"\bby\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,2}}?(?P<src>{heads})\b[^.;:“”\"]{{0,80}}?"
        r"\b(?:after|when|as|because|for)\s+(?:(?:he|she|they|the\s+\w+)\s+)?(?:had\s+|was\s+|were\s+)?\Z",
        re.I,
    )


@lru_cache(maxsize=1)
def _appeal() -> re.Pattern[str]:
    """ "anyone with information is asked to call police": an official's appeal, which makes its sentence
    the official's bulletin; built once from the lexicon's acting holders."""
    heads = "|".join(sorted(lexicon.acting_holders(), key=lambda w: (-len(w), w)))  # ties by spelling: one text, cached
    return re.compile(
        r"\b(?:asked|urged|encouraged|appealed|requested)\s+to\s+(?:call|contact|ring|phone|telephone|get\s+in\s+"
        rf"touch\s+with|come\s+forward\s+to)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,2}}?(?P<src>{heads})\b",
        re.I,
    )


def _head(source: str) -> str:
    """The last word of a source phrase, lower case ("Michael Silverman of the Boston Herald" → "herald",
    "Silverman" → "silverman"); a name before "of" is the head when there is one."""
    words = _WORD.findall(source.split(" of ", 1)[0].lower())
    return words[-1] if words else ""


def _official_or_named(source: str) -> bool:
    """A source that stands behind a figure: named, or an official one ("a police spokeswoman"); not a pronoun."""
    words = _WORD.findall(source.lower())
    if not words or words[-1] in _PRONOUNS:
        return False
    return words[-1] in _OFFICIAL or not lexicon.vague_holder(source)


_RELEASE = re.compile(
    r"^\W*(?P<src>(?:The\s+)?(?:[A-Z][\w.’'-]*\s+){0,6}?(?:[A-Z]{2,}[\w-]*|[A-Z][\w-]*\s+(?:Nations|Agency|"
    r"Organi[sz]ation|Ministry|Council|Committee|Commission|Programme|Program|Fund|Office|Secretary-General)))\b"
)


def _release(article: Article) -> str | None:
    """The organisation whose own account the article is, when its headline opens with the organisation
    making a statement ("UNHCR condemns air attack on refugee camp", "United Nations Secretary-General Ban
    Ki-moon today spoke out against …"): its figures are its own."""
    for seg in article.segments:
        if seg.kind == "furniture":
            continue
        if not _headline(seg):
            return None
        m = _RELEASE.match(seg.text)
        if m:
            words = [w.lower() for w in _WORD.findall(seg.text[m.end() : m.end() + 60])[:6]]
            pairs = [" ".join(words[i : i + 2]) for i in range(len(words))]
            if any(lexicon.statement_verb(w) for w in words + pairs):
                return m.group("src")
    return None


def _wire_layout(article: Article) -> bool:
    """Whether an article keeps one sentence a paragraph (wire copy, ECB+): then a paragraph break says
    nothing, and the sentence before or after is as near as the next sentence of a paragraph."""
    paras = [s for s in article.segments if s.kind == "paragraph"]
    if len(paras) < 3:
        return False
    single = sum(1 for s in paras if len(s.sentences or ()) <= 1)
    return single >= 0.8 * len(paras)


def _first_person_piece(article: Article) -> bool:
    """Whether the writer speaks in the first person outside quotes in two paragraphs or more: a column,
    a blog, an opinion piece, where the writer's own reasoning is the writer's to hold. Paragraphs that
    open with a quotation mark are the quoted speaker's; "I." in "F.B.I." or "I. Q." is no pronoun."""
    if not _FIRST_PERSON_ANY.search(article.raw):
        return False  # most articles: no first person anywhere, not even in quotes
    n = 0
    for seg in article.segments:
        if seg.kind != "paragraph" or seg.text.lstrip()[:1] in "'\"“‘":
            continue
        if _FIRST_PERSON_ANY.search(_outside_quotes(seg.text)):
            n += 1
            if n >= 2:
                return True
    return False


def _outside_quotes(text: str) -> str:
    if "“" not in text and '"' not in text:
        return text
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), text)


@lru_cache(maxsize=1)
def _saying_verbs() -> frozenset[str]:
    """The verbs of estimating and of saying (``lexicon.estimate_verb`` or ``lexicon.speech_verb``), as
    one set: a sentence's every word is looked up once, not twice."""
    lex = lexicon.lexicon()
    return lex.estimate | lex.speech


@lru_cache(maxsize=1024)
def _verb_source(text: str) -> bool:
    """A verb of saying or estimating with a subject in the sentence ("Trend Micro identified …")."""
    plain = _outside_quotes(text)
    verbs = _saying_verbs()
    for m in _WORD.finditer(plain):
        word = m.group(0).lower()
        if word not in verbs:
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
    # the last character, not a search of the text: this runs once per claim (issue 11)
    return seg.kind == "heading" or (seg.index <= 2 and seg.text.rstrip()[-1:] not in _HEADLINE_ENDS)


def needs_source(f: FigureClaim, sentence: str, year: int | None = None, month: int | None = None) -> str | None:
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
    at = sentence.find(f.text)
    verb = _WORD.findall(sentence[max(0, at - 24) : at])[-1:] if at > 0 else []
    # "30 people were killed", or the outcome as the verb before the figure: "killed at least 40 people"
    outcome = any(lexicon.toll_word(w) for w in near) or (bool(verb) and lexicon.outcome_verb(verb[0]) is not None)
    # "a camp of about 20,000 refugees": who a toll counts, with no outcome, is a population
    toll = (lexicon.toll_word(noun) and not lexicon.status_noun(noun)) or outcome
    estimated = (f.qualifier or "") in ("an estimated", "estimated")
    if not (toll or estimated):
        return None
    if toll and not estimated and lexicon.routine_count(f.text, [noun, *near, *verb]):
        return None  # "Dozens of people were evacuated from their homes": a precaution, routine
    if not toll and (lexicon.record_noun(noun) or lexicon.observed(sentence)):
        return None
    years = _years(sentence)
    if (years and (year is None or year not in years)) or lexicon.background(sentence) or _other_month(sentence, month):
        return None  # settled background: a toll or estimate of an earlier event than the article's
    if toll and _running(f, sentence):
        return None  # a conflict's running count ("more than 640 killed since the assault began")
    return "toll" if toll else "estimate"


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")  # fmt: skip
#: "… hit Zarand in February, killing hundreds": a month with no day, an earlier period than the report's
_IN_MONTH = re.compile(
    r"\bin\s+(?:early\s+|late\s+|mid-?)?(?P<m>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b(?!\s+\d)"
)


#: months before the article's a toll dated "in <month>" must lie to be settled background; nearer, it is
#: part of the running story ("Four workers were injured … in March" in a June story still needs a source)
BACKGROUND_MONTHS = 4


@lru_cache(maxsize=256)  # asked once per figure of a sentence
def _other_month(sentence: str, month: int | None) -> bool:
    """Whether the sentence dates its event "in <month>" (no day) at least :data:`BACKGROUND_MONTHS` before
    the article's month (the latest such month not after it), or in any month when the article is undated
    (wire copy's "… hit Zarand in February, killing hundreds"): settled background."""
    m = _IN_MONTH.search(sentence)
    if m is None:
        return False
    if month is None:
        return True
    return (month - (_MONTHS.index(m.group("m").lower()) + 1)) % 12 >= BACKGROUND_MONTHS


_event_noun = on_first_use(
    r"\b(?:the|that|this)\s+(quake|earthquake|temblor|tremor|storm|tsunami|hurricane|typhoon|cyclone|flood|"
    r"attack|blast|bombing|explosion|fire|crash)\b",
    re.I,
)


#: a sentence's own date in the running story: it is back from the background ("today's outage", "on Monday")
_NOW = re.compile(
    r"\b(?:today|tonight|yesterday|now|currently|latest|this\s+(?:week|morning|afternoon|evening|year)|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
    re.I,
)


@lru_cache(maxsize=256)  # asked once per figure of a sentence
def _now(text: str) -> bool:
    return _NOW.search(text) is not None


_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
#: an event of the story's kind introduced afresh: "a quake", "another blast", "a separate attack"
_AN_EVENT = re.compile(
    r"\b(?:an?|another)\s+(?:[\w-]+\s+)?(?:quake|earthquake|temblor|tremor|storm|tsunami|hurricane|typhoon|"
    r"cyclone|flood|attack|blast|bombing|explosion|fire|crash)\b",
    re.I,
)


def _another_event(doc: _Article, sent: _Sentence) -> bool:
    """Whether a sentence after the lead tells of another event like the story's, on another day: it dates
    itself by a weekday other than the lead's and brings in its event with "a" or "another" ("On Saturday,
    more than a dozen people were killed by a quake in eastern China" in a story of Sunday's quake in Iran)."""
    if sent.position in doc.lead or not _AN_EVENT.search(sent.text):
        return False
    days = set(_WEEKDAY.findall(sent.text))
    if not days:
        return False
    lead = {d for s in doc.sentences if s.position in doc.lead for d in _WEEKDAY.findall(s.text)}
    return bool(lead) and not days & lead


def _background_passage(doc: _Article, sent: _Sentence) -> bool:
    """Whether a figure's sentence goes on with an earlier event that one of the two sentences before it
    dates ("The incident comes less than a year after a similar outage." "Those problems were caused by …"
    "As many as 75 million people were affected."): a passage of background, read on while no sentence
    comes back to the running story with a date of its own ("today's outage", "on Monday") and each is at
    most one paragraph from the one before."""
    month = doc.article.published.month if doc.article.published else None
    if _now(sent.text):
        return False
    later = sent
    for j in (sent.position - 1, sent.position - 2):
        if j < 0:
            return False
        prev = doc.sentences[j]
        if _headline(prev.seg) or prev.position in doc.lead or later.seg.index - prev.seg.index > 1:
            return False  # the lead tells the story's own event, whatever it compares it with
        text = prev.text
        # a phrase that dates an earlier event, not any year: "Acme, founded in 1998, …" opens no background
        if lexicon.background(text) or _other_month(text, month):
            return True
        if _now(text):
            return False
        later = prev
    return False


def _run_of_tolls(
    doc: _Article, sent: _Sentence, runs: Mapping[int, tuple[str, set[str]]], kinds: set[str]
) -> tuple[str, str, str] | None:
    """(source, class, where) for a toll right after a sentence whose toll of the same kind has a source:
    wire copy's run of tolls ("At least 43 people were killed …, according to the agency's spokesman." "Two
    people were killed when a shell hit a school in Khan Younis." "Three people also died in an air strike
    …"), one account read on. Only the sentence just before, in the same paragraph or (in wire copy) the
    paragraph before, and only when its toll was sourced in its own right or by such a run."""
    prev = sent.position - 1
    if prev < 0 or prev not in runs or not kinds & runs[prev][1]:
        return None
    before = doc.sentences[prev]
    if before.seg.index != sent.seg.index and not (doc.wire and sent.seg.index - before.seg.index == 1):
        return None
    return runs[prev][0], "organisation", "a run of tolls after a sourced one"


def _toll_told_before(doc: _Article, sent: _Sentence, f: FigureClaim) -> tuple[str, str, str] | None:
    """(source, class, where) for a toll that counts the deaths (or injuries) a named source's account in the
    sentence just before tells of, with no figure, about the same people: "the military claimed … a single
    shell which killed known Hamas fighters" then "Two Hamas militants were among the dead". The source
    stands behind the toll even when it only takes a position ("claimed"): the count is its account told on."""
    prev = _neighbour(doc, sent, -1)
    if prev is None or sent.sources:
        return None
    named = [x for x in prev.sources if _official_or_named(x[0])]
    if not named:
        return None
    raw = doc.article.raw
    kinds = {k for _, k in _restated(f, raw)}
    told = {lexicon.toll_kind(w) for w in _WORD.findall(prev.text.lower()) if lexicon.toll_word(w)}
    told |= {lexicon.toll_kind(t) for w in _WORD.findall(prev.text) if (t := lexicon.outcome_verb(w.lower()))}
    if not kinds & told:
        return None
    theirs = _content_words(prev.text) - {w for x in named for w in _content_words(x[0])}
    mine = _content_words(sent.text) - {w for w in _WORD.findall(sent.text.lower()) if lexicon.toll_word(w)}
    if not mine & theirs:
        return None
    return named[0][0], named[0][1], "the previous sentence's source tells of the same toll"


def _refers_back(text: str, doc: _Article, sent: _Sentence) -> bool:
    """Whether a sentence goes on about the previous sentence's event: it opens with a pronoun ("It killed
    612 people") or names that sentence's event again ("… in the quake and its aftershocks")."""
    if _PRONOUN_START.match(text):
        return True
    prev = doc.sentences[sent.position - 1].text.lower()
    return any(m.group(1).lower() in prev for m in _event_noun().finditer(text))


def _restated(f: FigureClaim, raw: str = "") -> set[tuple[float, str]]:
    """(value, outcome) pairs a figure states ("Ten people were killed" → (10, death), "injuring at least 50
    people" → (50, injury)): a figure stating one that the article gives elsewhere with its source restates
    it. ``raw`` is the article's text, for the outcome verb before the figure."""
    if f.value is None:
        return set()
    words = [f.noun or "", *_WORD.findall(f.measures or "")[:4]]
    if raw:
        before = _WORD.findall(raw[max(0, f.span.start - 24) : f.span.start])[-1:]
        words += [toll for w in before if (toll := lexicon.outcome_verb(w))]
    return {(f.value, lexicon.toll_kind(w)) for w in words if lexicon.toll_word(w)}


@lru_cache(maxsize=1)
def _parts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the whole list, one part) of a toll told as who its victims were ("two women and one man died",
    "a man, a woman and two children"), built once from the lexicon's victim nouns and number words."""
    count = "|".join(sorted(["a", "an", *numbers.UNITS], key=len, reverse=True))
    noun = "|".join(sorted(lexicon.victim_nouns(), key=lambda w: (-len(w), w)))  # ties by spelling: one text, cached
    part = rf"(?:{count}|\d+)\s+(?:[a-z]+\s+)?(?:{noun})"
    tail = r"(?P<tail>(?:[\s,;—–-]+[\w-]+){0,6})"
    whole = re.compile(rf"\b{part}(?:\s*,\s*{part})*\s*,?\s+and\s+{part}\b{tail}", re.I)
    one = re.compile(rf"\b({count}|\d+)\s+(?:[a-z]+\s+)?(?:{noun})\b", re.I)
    return whole, one


def _breakdowns(text: str) -> set[tuple[float, str]]:
    """(total, outcome) of every toll a sentence gives as who the victims were ("Police said two women and
    one man died" → (3, death)): the same toll as "three people died", worded differently."""
    whole, one = _parts()
    out: set[tuple[float, str]] = set()
    for m in whole.finditer(text):
        counts = [c.lower() for c in one.findall(m.group(0))]
        total = sum(int(c) if c.isdigit() else numbers.UNITS.get(c, 1) for c in counts)
        kinds = {lexicon.toll_kind(w) for w in _WORD.findall(m.group("tail")) if lexicon.toll_word(w)}
        out.update((float(total), k) for k in kinds)
    return out


def _restatements(doc: _Article) -> set[tuple[float, str]]:
    """(value, outcome) of tolls the article gives with a source in other words: as who the victims were in
    a sourced sentence ("Police said two women and one man died"), or inside a quote with a speaker ("'We
    have received around 50 people with injuries,' a doctor told AFP")."""
    out: set[tuple[float, str]] = set()
    for sent in doc.sentences:
        if _parts()[0].search(sent.text) and doc.source_for(sent, wire=False):
            out |= _breakdowns(sent.text)
    for f in doc.figures:
        q = doc.quoted(f.span)
        if q is not None and (q.speaker or q.speaker_text):
            out |= _restated(f, doc.article.raw)
    return out


def _population(f: FigureClaim, raw: str) -> bool:
    """Whether a figure with no outcome counts a group's standing members ("An estimated 10,000 FLDS
    followers live in …", "with an estimated 10,000 members", "is believed to have about 700 members"): its
    counted noun (or the word after a name before it) is one of record, and the group is described, not
    acting ("An estimated 10,000 workers walked out" is a crowd someone estimated)."""
    words = [f.noun or "", *_WORD.findall(f.measures or "")[:2]]
    if any(lexicon.toll_word(w) for w in [*_WORD.findall(f.measures or "")[:4], f.noun or ""] if w):
        return False
    if _WITH_BEFORE.search(raw, max(0, f.span.start - 16), f.span.start):
        return True  # "regions in Somalia, with an estimated 1,500 pirates": what a place holds, of any noun
    if not any(lexicon.record_noun(w) for w in words if w):
        return False
    after = [w.lower() for w in _WORD.findall(f.measures or "")[:4]]
    return bool(_STATIVE & set(after)) or _HAS_BEFORE.search(raw, max(0, f.span.start - 16), f.span.start) is not None


#: a group described, not acting: "followers live in", "members belong to", "with … members", "has … members"
_STATIVE = {"live", "lives", "living", "reside", "resides", "belong", "belongs", "worship", "is", "are", "with"}
#: "…, with an estimated 1,500 pirates": what a place or group holds ("has" stays with nouns of record: "the
#: hospital has an estimated 40 patients" may be a toll told as a state)
_WITH_BEFORE = re.compile(r"\bwith\s+\Z", re.I)
_HAS_BEFORE = re.compile(r"\b(?:with|has|have|had|of|numbers?|counts?)\s+\Z", re.I)


#: a count given before: "the three bank workers", "three of the four soldiers"
_DEFINITE = re.compile(r"\b(?:the|those|these|all|both)\s+\Z|\bof\s+the\s+\Z", re.I)
#: who a toll's victims were, told apart ("a man and two women", "two women and a man")
_breakdown = on_first_use(
    r"\b(?:a|an|one|two|three|four|five|\d+)\s+(?:man|men|woman|women|boys?|girls?|child|children|adults?)\s+and\s+"
    r"(?:a|an|one|two|three|four|five|\d+)\s+(?:man|men|woman|women|boys?|girls?|child|children|adults?)\b",
    re.I,
)


def _refers_to_given(raw: str, f: FigureClaim, sent: _Sentence, doc: _Article) -> bool:
    """Whether a toll refers back to one the article gave in an earlier sentence: a definite count after
    the lead ("The three bank workers died", "Three of the four soldiers killed") or who the victims were
    ("killed two women and a man"), when an earlier toll is of the same kind (a death, an injury)."""
    mine = {k for _, k in _restated(f, raw)}
    if sent.position in doc.lead or not mine:
        return False
    given = {k for g in doc.figures if g.span.start < sent.start for _, k in _restated(g, raw)}
    if not mine & given:
        return False
    if _DEFINITE.search(raw, max(sent.start, f.span.start - 12), f.span.start):
        return True
    after = raw[f.span.end : f.span.end + 40]
    if re.match(r"\s+of\s+the\s+", after, re.I):
        return True  # "Three of the four Israeli soldiers killed"
    return _breakdown().search(raw, sent.start, sent.end) is not None


def _figure_phrase(raw: str, f: FigureClaim) -> str:
    """The figure with its counted noun as the article words them ("thousands of buildings", "an estimated
    hundreds of millions of dollars"), for messages; the figure and noun alone when the noun is not near."""
    noun = f.noun or ""
    if noun:
        m = re.search(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", raw[f.span.end : f.span.end + 40], re.I)
        if m:
            return " ".join(raw[f.span.start : f.span.end + m.end()].split())
    return f"{f.text} {noun}".strip()


def _running(f: FigureClaim, sentence: str) -> bool:
    """Whether the figure is the running count a phrase of the sentence names: the figure just after
    "the death toll above", or before "since the assault began" in the same clause."""
    at = sentence.find(f.text)
    if at < 0:
        return False
    end = at + len(f.text)
    for s, e, _ in lexicon.running_count(sentence):
        if 0 <= at - e <= 3 or (0 <= s - end <= 60 and not re.search(r"[,;:]", sentence[end:s])):
            return True
    return False


_YEAR = re.compile(r"(?<![\d$£€.,])(1[89]\d\d|20\d\d)(?!\d|,\d)")


@lru_cache(maxsize=256)  # asked once per figure of a sentence
def _years(sentence: str) -> frozenset[int]:
    return frozenset(int(y) for y in _YEAR.findall(sentence))


def _cue(
    doc: _Article,
    kind: CueKind,
    span: Span,
    sent: _Sentence,
    text: str,
    status: CueStatus,
    **more: Any,
) -> CueLink:
    sentence = sent.span
    if sentence is None:  # made once for the sentence's cues
        sentence = sent.span = doc.article.span(sent.start, sent.end)
    # every value is of its field's exact type already (strings, spans, a tuple of claim ids, None):
    # validation would return the link unchanged
    return construct(
        CueLink,
        id=f"{doc.article.path}#{kind}-{span.start}-{span.end}",
        article=doc.article.path,
        kind=kind,
        span=span,
        sentence=sentence,
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
    if h.text.lower() in _LABELS and _next_word(raw, h.span.end):
        # "the alleged gunman", "an apparent suicide attempt", "that rumored display": a label before a noun
        return made("exempt", "a label, not a claim")
    if h.cue == "claims (noun)":
        return made("held", "its owner named", raw[max(sent.start, h.span.start - 30) : h.span.start].split()[-1])
    if h.holder:
        if not lexicon.vague_holder(h.holder):
            return made("held", "holder named", h.holder, speakers.get(h.id))
        if lexicon.natural_holder(h.holder):
            return made("held", "the natural source of what it saw", h.holder)  # "witnesses claimed …"
        speaker = _named_before(doc, sent, h.span.start)
        if speaker:
            return made("held", "a named source reports the vague one", speaker)  # "Oppal said some experts believe"
        if sense in ("belief", "appearance") and doc.opinion:
            return made(
                "exempt", "the writer's own reasoning in a first-person piece"
            )  # a fan blog's "everyone speculated"
        return made("vague", "vague holder", h.holder)
    if h.cue == "I think" or (sense == "belief" and _FIRST_PERSON.match(sent.text)):
        return made("exempt", "the writer's own view")  # "We think the shares remain a buy"
    if sense in ("belief", "appearance") and doc.opinion:
        return made(
            "exempt", "the writer's own reasoning in a first-person piece"
        )  # "All three fires appear to be arson"
    # the clause before the cue, not the whole run-on sentence: once per cue (issue 11)
    if _HYPOTHETICAL.search(raw, max(sent.start, h.span.start - CUE_REACH), h.span.start):
        return made("exempt", "a hypothesis")  # "if the assessment is thought to have been …"
    if any(
        _SIZE_OF.fullmatch(raw, h.span.end, f.span.start) and _population(f, raw)
        for f in doc.figures
        if 0 < f.span.start - h.span.end < 24
    ):  # "the sect is believed to have about 10,000 followers": a group's size, background
        return made("exempt", "a population")
    acting = _acting_on().match(sent.text) if h.cue.startswith("it is") else None
    if acting:
        return made("held", "the subject acting on it", acting.group("src"))
    if sense == "allegation":
        acted = _acted_on().search(raw[max(sent.start, h.span.start - CUE_REACH) : h.span.start])
        if acted:  # "shot by police after allegedly pointing a gun at them": the police's account of why
            return made("held", "the party that acted on it", acted.group("src"))
    if sense == "belief":
        appeal = _appeal().search(raw, sent.start, sent.end)
        if appeal:  # "nobody is thought to have been hurt, and anyone with information is asked to call police"
            return made("held", "the appeal's issuer", appeal.group("src"))
    impersonal = lexicon.impersonal_in(sent.text)
    if impersonal:
        return made("vague", "impersonal", sent.text[impersonal[0][0] : impersonal[0][1]])  # the words as written
    if sense == "allegation" and doc.court:
        return made("held", "court story", "the charges")
    if sense == "belief" and doc.court and _identifies(raw, h.span.start, h.span.end):
        return made("held", "the investigators' identification in a police story", "investigators")
    if sense == "report" and _NOT_REPORTED.search(raw[sent.start : h.span.start][-CUE_REACH:]):
        # "None of the other teams has been reported to have offered more than eight years": what the
        # reports do not say, a statement about them, not a claim held at a distance
        return made("exempt", "a statement of what has not been reported")
    if sense == "report" and doc.release:
        # "UNHCR condemns air attack …": in an organisation's own statement, "are said to be moving" is the
        # organisation passing on the reports it has
        return made("held", "the organisation's own account passes on reports", doc.release)
    if (
        sense == "belief"
        and _PERFECT.match(raw, h.span.end)
        and lexicon.history(raw[h.span.end : h.scope.end if h.scope else sent.end])
    ):
        # "the shadowy character believed to have helped two reporters crack Nixon-era secrets": history's account
        return made("exempt", "settled history")
    if h.cue in _INFERENCES:
        return made("exempt", "an inference from what the sentence gives")  # "a move that suggests …"
    found = doc.source_for(sent, wire=False)  # a belief is not read into the paragraph before's statement
    if found and found[2] != "sentence":  # the extractor has weighed the sentence's own attributions
        src, cls, where = found
        if src and cls == "vague" and lexicon.vague_holder(src):
            return made("vague", where, src)
        return made("held", where, src or None)
    near = _adjacent_holder(doc, sent, raw[sent.start : h.span.start], sense)
    if near:
        return made("held", near[1], near[0])
    following = _following_account(doc, sent, h)
    if following:
        return made("held", following[1], following[0])
    return made("unheld", "")


#: a report denied its claim: "None of the teams has been reported to …", "He has not been reported to …"
_NOT_REPORTED = re.compile(
    r"^\W*(?:None|Nobody|No\s+one|Neither|No(?-i:\s+[a-z]+))\b[^.;:!?]*\Z"
    r"|\b(?:not|never|n[’']t)\s+(?:yet\s+|so\s+far\s+|previously\s+)?(?:been\s+)?\Z",
    re.I,
)


#: "believed to| have helped": a belief about what was done, not what is
_PERFECT = re.compile(r"\s+have\b")


_IDENTIFIED = re.compile(r"\s+be\s+(?:the|an?|that\s+of)\s+(?:[\w-]+\s+){0,2}?([\w-]+)")


def _identifies(raw: str, start: int, end: int) -> bool:
    """ "A revolver believed to be the murder weapon", "a body believed to be that of …": a thing or person
    of the evidence class identified by a belief (``nouns.evidence``), the noun the belief modifies or the
    one it names."""
    m = _IDENTIFIED.match(raw, end, end + 60)
    if m is None:
        return False
    before = _WORD.findall(raw[max(0, start - 24) : start])[-1:]  # the noun the belief modifies
    named = _WORD.findall(m.group(0))[2:]  # the words after "be the"
    return any(lexicon.evidence_noun(w) for w in [*before, *named])


#: between a belief and the group size it states: "believed to| have |about 700 members"
_SIZE_OF = re.compile(r"\s+(?:to\s+)?(?:have|has|had|number|numbers|count|counts|include|includes)\s+", re.I)


#: adjectives that label a noun by convention ("the alleged gunman", "the long-rumored phone")
_LABELS = {"alleged", "suspected", "purported", "apparent", "rumored", "rumoured"}


def _adjacent_holder(doc: _Article, sent: _Sentence, before: str, sense: str) -> tuple[str, str] | None:
    """(holder, where) from the sentence before or after, in wire layout (one sentence a paragraph).

    A report ("reportedly", "it was reported") is held by a named report beside it ("…, the Biloxi Sun
    Herald reported"); a belief, appearance or allegation by a named statement with no quotation just
    before ("…, the release said." then "… was described as a dhow"), unless the hedge's sentence turns
    away from it ("Cornstein refused to disclose the amount, but it's believed …").
    """
    for step in (-1, 1):
        other = doc.adjacent(sent, step)
        if other is None:
            continue
        where = "previous one-sentence paragraph" if step < 0 else "next one-sentence paragraph"
        if step < 0 and sense == "allegation" and not other.sources and _alleges(doc, other):
            # "The NCAA notified the school of nine alleged violations." "Seven involved a booster allegedly
            # giving cash." "The others involved a booster allegedly giving $500.": one party's list of allegations
            further = doc.adjacent(other, -1)
            if further is not None and _alleges(doc, further):
                other, where = further, "a list of allegations the paragraph before opens"
        if sense == "report" and other.reporters:
            return other.reporters[0], where
        named = [x for x in other.sources if not lexicon.vague_holder(x[0]) and x[0].lower() not in _PRONOUNS]
        if not named:
            continue
        if (
            step < 0
            and sense in ("belief", "appearance", "allegation", "custom")
            and not _SPEECH_QUOTE.search(other.text)
            and not _CONTRAST.search(before)
        ):
            return named[0][0], where
    return None


def _neighbour(doc: _Article, sent: _Sentence, step: int) -> _Sentence | None:
    """The sentence before (``step`` -1) or after (+1) in the same paragraph, or across the paragraph break
    when ``sent`` is its paragraph's only sentence and the other is one of the body's (not a headline)."""
    j = sent.position + step
    if not 0 <= j < len(doc.sentences):
        return None
    other = doc.sentences[j]
    if other.seg.index == sent.seg.index:
        return other
    if (
        len(sent.seg.sentences or ()) == 1
        and abs(other.seg.index - sent.seg.index) == 1
        and other.seg.kind in ("paragraph", "quote")
        and not _headline(other.seg)
    ):
        return other
    return None


def _named_sources(sent: _Sentence) -> list[str]:
    return [x[0] for x in sent.sources if not lexicon.vague_holder(x[0]) and x[0].lower() not in _PRONOUNS]


def _following_account(doc: _Article, sent: _Sentence, h: HedgeClaim) -> tuple[str, str] | None:
    """(holder, where) for a hedge whose claim the next sentence gives as a named source's account: a
    sentence that opens with a quotation or with a named person or organisation as its source, and whose
    words restate the hedged clause ("Arson is suspected." then '"You can't call it arson yet," the safety
    director said, …'); a source further into the sentence speaks of something else ("Later, the navy sank a trawler that the Indian Navy said was …"); or a hedge
    between two sentences that attribute to one named source (a witness's account told on: "Okafor said
    she heard a shout." "They reportedly went back out." "'I thought it was a brick,' Okafor said.")."""
    after = _neighbour(doc, sent, 1)
    if after is None or sent.sources:
        return None  # a sentence with a source of its own sets its hedge apart from it (the extractor's call)
    named = _named_sources(after)
    if not named:
        return None
    before = _neighbour(doc, sent, -1)
    if before is not None and {_head(x) for x in _named_sources(before)} & {_head(x) for x in named}:
        return named[0], "an account the sentences before and after attribute to one source"
    if after.first_at > 2 and after.text.lstrip()[:1] not in '“"':
        return None  # "Later, the navy fired at a trawler that the Indian Navy said …": another account
    raw = doc.article.raw
    lo, hi = (h.scope.start, h.scope.end) if h.scope else (sent.start, sent.end)
    mine = _content_words(raw[lo : h.span.start] + " " + raw[h.span.end : hi])
    theirs = _content_words(after.text) - {w for x in named for w in _content_words(x)}
    if mine & theirs:
        return named[0], "the next sentence's source gives the claim"
    return None


#: words too common in news copy to tie two sentences to one claim
_COMMON = frozenset({
    "about", "after", "again", "against", "also", "among", "another", "around", "because", "been", "before",
    "being", "between", "both", "could", "does", "down", "during", "each", "even", "every", "from", "have",
    "having", "here", "into", "just", "last", "later", "like", "made", "make", "many", "more", "most", "much",
    "must", "never", "next", "only", "other", "over", "said", "same", "says", "several", "should", "since",
    "some", "such", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those", "three",
    "through", "told", "under", "until", "very", "were", "what", "when", "where", "which", "while", "will",
    "with", "would", "year", "years", "today", "yesterday", "people", "time", "week", "month", "first",
    "second",
})  # fmt: skip


def _content_words(text: str) -> frozenset[str]:
    """Lower-case words of four letters or more that are not common function words, their plural "s"
    dropped: what two sentences about one claim share ("arson", "treatment")."""
    out = set()
    for w in _WORD.findall(text):
        w = w.lower().strip("’'")
        if len(w) < 4 or w in _COMMON or lexicon.speech_verb(w):
            continue
        out.add(w[:-1] if w.endswith("s") and len(w) > 4 else w)
    return frozenset(out)


def _alleges(doc: _Article, sent: _Sentence) -> bool:
    """Whether a sentence states an allegation ("nine alleged violations", "allegedly giving cash")."""
    return _ALLEGATION.search(sent.text) is not None


_ALLEGATION = re.compile(r"\balleg(?:ed|edly|es|ation|ations)\b", re.I)


_REPORTED = re.compile(r"reported|reports|reporting|wrote|writes|according\s+to", re.I)


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


def _accusing(article: Article, spans: list[_Span]) -> tuple[str, ...]:
    """The wrongdoing stems the sentences read for accusations hold (not quotes, not headlines), when the
    article's text holds a stem too (:func:`lexicon.may_accuse`); () when either holds none. Read once per
    article: what :func:`_nothing_to_classify` asks and what :func:`_classify` tests each sentence for."""
    told = "\n".join(text for seg, _, _, _, text in spans if seg.kind != "quote" and not _headline(seg))
    stems = lexicon.accusing_stems(told)
    # the article's text holds one of these stems nearly always: tested for them first, then for all
    if stems and (lexicon.accusing_stems(article.raw, stems) or lexicon.may_accuse(article.raw)):
        return stems
    return ()


def _nothing_to_classify(
    article: Article,
    spans: list[_Span],
    year: int | None,
    month: int | None,
    stems: tuple[str, ...] | None = None,
    needs: dict[str, str | None] | None = None,
) -> bool:
    """Whether :func:`_classify` makes no cue for an article, known without reading its sources and
    passages: it has no hedge, no figure a reader needs a source for in the sentence it stands in
    (:func:`needs_source`, as ``_classify`` asks it), and no wrongdoing stem in the sentences read for
    accusations. Over a third of ECB+ articles are such. ``stems``: :func:`_accusing` of the article,
    when read already; ``needs`` is given each figure's :func:`needs_source` read here, by claim id."""
    figures: list[FigureClaim] = []
    for c in article.claims:
        if type(c) is HedgeClaim:
            return False
        if type(c) is FigureClaim:
            figures.append(c)
    if _accusing(article, spans) if stems is None else stems:
        return False
    starts = [fs for _, _, fs, _, _ in spans]
    for f in figures:
        i = bisect.bisect_right(starts, f.span.start) - 1
        if i >= 0 and f.span.start < spans[i][3]:
            why = needs_source(f, spans[i][4], year, month)
            if needs is not None:
                needs[f.id] = why
            if why:
                return False
    return True


def _classify(article: Article, speakers: Mapping[str, str]) -> list[CueLink]:
    spans = _sentence_spans(article)
    published = article.published  # read once: a property of the article's metadata
    year, month = (published.year, published.month) if published else (None, None)
    stems = _accusing(article, spans)
    needs: dict[str, str | None] = {}  # needs_source of the figures _nothing_to_classify read, by claim id
    if _nothing_to_classify(article, spans, year, month, stems, needs):
        return []  # the article's sources, lead and passages would be read for nothing
    doc = _Article(article, spans)
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
    pending: list[tuple[FigureClaim, _Sentence, CueKind, tuple[str, ...]]] = []
    runs: dict[int, tuple[str, set[str]]] = {}  # sentence position → (source, kinds) of its sourced tolls
    sourced_values: set[tuple[float, str]] = set()
    for f in doc.figures:
        sent = doc.sentence_of(f.span)
        if sent is None or doc.quoted(f.span) or _headline(sent.seg):
            continue
        why = needs[f.id] if f.id in needs else needs_source(f, sent.text, year, month)
        if why and sent.position and doc.background(sent.position - 1) and _refers_back(sent.text, doc, sent):
            why = None  # "The last major quake … was in February. It killed 612 people": still background
        if why and (
            _another_event(doc, sent)
            or (
                sent.position
                and _another_event(doc, doc.sentences[sent.position - 1])
                and _PRONOUN_START.match(sent.text)
            )
        ):
            why = None  # "On Saturday, a dozen people were killed by a quake in eastern China. It destroyed …"
        # "an estimated 40,000": the hedge just before (or inside) the figure is the same claim
        near = [k for k in estimates if sent.start <= k[0] < f.span.end and f.span.start - k[1] < 4]
        if (why or near) and _background_passage(doc, sent):
            # "… comes less than a year after a similar outage. Those problems … As many as 75 million …"
            why, near = None, []  # the hedge, if any, is marked background with the estimates below
        if why is None and not near:
            continue
        if why != "toll" and _population(f, article.raw):
            # "An estimated 10,000 followers live in …": a group's size, background like a workforce
            taken.update(near)
            out.append(_cue(doc, "estimate", f.span, sent, f.text, "exempt", claims=(f.id,), reason="a population"))
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
        if found is None and kind == "toll":
            found = _run_of_tolls(doc, sent, runs, {k for _, k in _restated(f, article.raw)})
        if found is None and kind == "toll":
            found = _toll_told_before(doc, sent, f)
        if found:
            if kind == "toll":
                held = runs.setdefault(sent.position, (found[0], set()))[1]
                held.update(k for _, k in _restated(f, article.raw))
            sourced_values.update(_restated(f, article.raw))
            out.append(
                _cue(
                    doc, kind, f.span, sent, f.text, "sourced", claims=claims, holder=found[0] or None, reason=found[2]
                )
            )
        else:
            pending.append((f, sent, kind, claims))
    reported: set[tuple[float, str]] = set()
    headline_values: set[float] = set()  # the values of the headline's figures: read for pending figures only
    if pending:
        sourced_values |= _restatements(doc)
        headline_values = {
            f.value
            for f in doc.figures
            if f.value is not None and (top := doc.sentence_of(f.span)) is not None and _headline(top.seg)
        }
    for f, sent, kind, claims in pending:
        if sourced_values & _restated(f, article.raw):
            reason = "restates a figure given with its source"  # the event's toll, attributed once
        elif reported & _restated(f, article.raw) or (kind == "toll" and _refers_to_given(article.raw, f, sent, doc)):
            # "Three people died." … "The three bank workers, a man and two women, died": one toll, one finding
            out.append(_cue(doc, kind, f.span, sent, f.text, "exempt", claims=claims, reason="restates a figure"))
            continue
        elif doc.release:
            reason = "the organisation's own account"
        elif doc.stated and (sent.position in doc.lead or (f.value is not None and f.value in headline_values)):
            reason = "the article's stated source"  # the headline facts, which the story attributes
        else:
            text = _figure_phrase(article.raw, f)
            out.append(_cue(doc, kind, f.span, sent, text, "unsourced", claims=claims))
            reported.update(_restated(f, article.raw))
            continue
        holder = doc.release if reason == "the organisation's own account" else doc.stated
        out.append(_cue(doc, kind, f.span, sent, f.text, "sourced", claims=claims, holder=holder, reason=reason))
    for key, h in estimates.items():
        sent = doc.sentence_of(h.span)
        if key in taken or sent is None or _headline(sent.seg):
            continue
        if _background_passage(doc, sent):  # "… last January … NBC lost an estimated $10 million"
            out.append(
                _cue(doc, "estimate", h.span, sent, h.text, "exempt", cue=h.cue, sense=h.sense, claims=(h.id,),
                     reason="background")
            )  # fmt: skip
            continue
        found = doc.source_for(sent)
        status: CueStatus = "sourced" if found else "unsourced"
        out.append(_cue(doc, "estimate", h.span, sent, h.text, status, cue=h.cue, sense=h.sense, claims=(h.id,)))
    # the sentences read for accusations: not quotes, not headlines
    told = [s for s in doc.sentences if s.seg.kind != "quote" and not _headline(s.seg)]
    # the stems a sentence can hold are those these sentences hold (_accusing; a stem has no space, so
    # blanking quotes adds none): each sentence is tested for those one or two, not all of the lexicon's,
    # and only one that holds one has its quotes blanked and is matched
    for sent in told if stems else ():
        if not lexicon.holds_stem(sent.text, stems):
            continue
        plain = _outside_quotes(sent.text)
        hits = lexicon.wrongdoing_in(plain, stems)
        if not hits:
            continue
        for s, e, name in hits[:1]:
            fs, fe = _file_span(sent, s, e)
            span = article.span(fs, fe)
            if doc.on_record:
                out.append(
                    _cue(doc, "accusation", span, sent, plain[s:e], "exempt", cue=name, reason="a case on record")
                )
                continue
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
    end = _first_charge_end(plain)
    return end is not None and end <= at


@lru_cache(maxsize=256)
def _first_charge_end(plain: str) -> int | None:
    # once per sentence, not a search of the text before each accusation (quadratic in a run-on sentence);
    # the first match is the one that ends first, as the pattern's words are whole words
    m = _CHARGE.search(plain)
    return m.end() if m else None


def _hedged_before(doc: _Article, sent: _Sentence, at: int) -> bool:
    return any(sent.start <= c.span.start < at and at - c.span.end < 60 for c in doc.hedges)


@linker("sources", requires=("speakers",), provides=("cues",))
def link_sources(articles: Sequence[Article], links: StoryLinks) -> Mapping[str, Any]:
    """Sources and holders: each hedge, estimate, toll and accusation classified once (CC401, CC501)."""
    speakers: Mapping[tuple[str, str], str] = links.get("speakers", {}) or {}
    # claim ids are unique within an article only: each article's speakers, by claim id (grouped once
    # for the story: issue 16, a scan of every speaker per article grew with the square of the story)
    by_article: dict[str, dict[str, str]] = {}
    for (path, cid), entity in speakers.items():
        by_article.setdefault(path, {})[cid] = entity
    out: list[CueLink] = []
    for article in articles:
        out.extend(_classify(article, by_article.get(article.path, {})))
    return {"cues": tuple(out)}


@hookimpl
def claimcheck_register_linkers() -> list[Linker]:
    return [link_sources]
