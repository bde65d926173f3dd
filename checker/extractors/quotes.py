"""Quote claims: direct quotations, split or running over paragraphs, with their speaker resolved to a full name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, Literal

from checker.extractors.attributions import _attributions
from checker.extractors.people import find_people
from checker.hookspecs import hookimpl
from checker.language import lexicons, names, quotation, speech
from checker.models import Article, ClaimBase, PersonClaim, QuoteClaim, QuotePart, Segment, construct

if TYPE_CHECKING:
    from checker.config import Config

OPEN, CLOSE = "“", "”"
_MARKS = re.compile('[“”"]')
_WORD = re.compile(r"\w+")
_NATIONALITY = re.compile(r"\b([A-Z][a-z]+(?:an|ian|ese|ish|i))\b")


@dataclass
class _Quote:
    """One quotation as the scan finds it: its parts, paragraph by paragraph, and how it ended."""

    parts: list[tuple[Segment, int, int]] = field(default_factory=list)  # segment, content start, content end
    unbalanced: bool = False
    continues: bool = False  # still open at the end of its paragraph
    single: bool = False  # opened with a single mark ('…), reopened so at each paragraph it runs on to


def _scan_single(seg: Segment, carried: _Quote) -> tuple[list[_Quote], _Quote | None]:
    """A paragraph after one whose single-quoted quotation runs on: it goes on if the paragraph opens
    with a single mark again ('… ¶ 'Right now, things are tense.'), closing here or running on."""
    text = seg.text
    if text.startswith(tuple(quotation.OPENING)):
        pairs = quotation.single_quoted(text)
        if pairs and pairs[0][0] == 0:
            carried.parts.append((seg, 1, pairs[0][1]))
            quotes, left = _scan(seg, None, start=pairs[0][1] + 1)
            return [carried, *quotes], left
        if quotation.open_single(text, pairs) == 0:
            carried.parts.append((seg, 1, len(text)))
            return [], carried
    # not reopened: the mark was an apostrophe after all ('Chin), or the quotation's end is lost; no
    # quote is made of it (a closing single mark is no evidence as a double one is)
    return _scan(seg, None)


def _scan(seg: Segment, carried: _Quote | None, start: int = 0) -> tuple[list[_Quote], _Quote | None]:
    """Quoted stretches of one paragraph from ``start``; returns the quotes closed here and the one left open."""
    if carried is not None and carried.single:
        return _scan_single(seg, carried)
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
    pairs = quotation.single_quoted(text)
    singles = [(o, c) for o, c in pairs if o >= start]
    for mark in _MARKS.finditer(text, 1 if open_at == 1 else start):
        i = mark.start()
        ch = mark.group(0)
        if open_at is None and any(o < i < c for o, c in singles):
            continue  # '… “no more money” …': inner marks of a single-quoted quotation
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
        elif ch == OPEN and open_at is not None and not text[open_at:i].strip():
            open_at = i + 1  # issue 11: "““““" opens one quotation, not thousands of empty ones
        elif ch == OPEN and open_at is not None:
            assert current is not None
            current.parts.append((seg, open_at, i))
            current.unbalanced = True
            quotes.append(current)
            current = _Quote()
            open_at = i + 1
    if open_at is not None:
        assert current is not None
        current.parts.append((seg, open_at, len(text)))
        current.continues = True
        return _with_singles(quotes, seg, singles), current
    if current is not None and current.parts:
        quotes.append(current)
    runs_on = quotation.open_single(text, pairs)
    if runs_on is not None and runs_on >= start and not any(o < runs_on < c for o, c in _double_spans(quotes, seg)):
        # 'I'm in the middle of the riot action. ¶ 'Right now, things are tense.': runs on
        left = _Quote(parts=[(seg, runs_on + 1, len(text))], continues=True, single=True)
        return _with_singles(quotes, seg, singles), left
    return _with_singles(quotes, seg, singles), None


def _double_spans(quotes: list[_Quote], seg: Segment) -> list[tuple[int, int]]:
    """The spans of a paragraph's quotations in double marks, marks included."""
    return [(s - 1, e + 1) for q in quotes for s2, s, e in q.parts if s2 is seg]


def _with_singles(quotes: list[_Quote], seg: Segment, singles: list[tuple[int, int]]) -> list[_Quote]:
    """The paragraph's quotes with its single-quoted ones ('We will not pay,' she said. 'Not now.'),
    in text order; a quotation split by its attribution is one quote, as with double marks."""
    if not singles:
        return quotes
    text = seg.text
    found: list[_Quote] = []
    for o, c in singles:
        if found and _attributed_between(text, found[-1].parts[-1][2] + 1, o):
            found[-1].parts.append((seg, o + 1, c))
            continue
        found.append(_Quote(parts=[(seg, o + 1, c)]))
    here = [q for q in quotes if q.parts[0][0] is seg]
    carried = [q for q in quotes if q.parts[0][0] is not seg]
    return carried + sorted(here + found, key=lambda q: q.parts[0][1])


def _attributed_between(text: str, after: int, nxt: int | None = None) -> bool:
    """Whether the text after a closing mark is an attribution followed by another quoted part ("…,” X
    said. “…"); ``nxt``: the next part's opening mark, else the next double mark."""
    if nxt is None:
        nxt = min((p for p in (text.find(OPEN, after), text.find('"', after)) if p >= 0), default=-1)
    if nxt < 0:
        return False
    between = text[after:nxt]
    if len(between) >= 160:
        return False
    found = _attributions(between)
    if not found:
        return False
    kept, at = [], 0
    for start, end, *_ in found:
        kept.append(between[at:start])
        at = max(at, end)
    rest = "".join(kept) + between[at:]
    # the second part continues the sentence ("…,” Kirby said, “and was…”), or only the attribution
    # and a few words ("in a statement Monday") stand between the parts; otherwise it is a new quote
    return text[nxt + 1 : nxt + 2].islower() or len(_WORD.findall(rest)) <= 5


_ROLE_HEAD = re.compile(r"(?:^|\s)([a-z]+)$")


@dataclass
class _Speakers:
    """Resolves a speaker as written at the cue to a full name named earlier in the article."""

    people: list[PersonClaim]
    last: str | None = None
    #: each paragraph's previous paragraph, by segment index
    before: dict[int, Segment] = field(default_factory=dict)
    #: the article's text, where a role written after a name is read ("Ruth Calder, the mayor,")
    raw: str = ""
    #: the role written after each person claim, by where the claim ends (read once: every quote
    #: with a role for its speaker asks about the people named before it)
    _role_after: dict[int, tuple[int, int, str, int | None] | None] = field(default_factory=dict)

    def _role_written_after(self, person: PersonClaim) -> tuple[int, int, str, int | None] | None:
        end = person.span.end
        if end not in self._role_after:
            self._role_after[end] = names.role_apposition(self.raw, end)
        return self._role_after[end]

    def _before(self, at: int) -> list[PersonClaim]:
        return [p for p in self.people if p.span.start < at]

    def resolve(self, written: str | None, at: int) -> str | None:
        if not written:
            return None
        w = written.strip()
        low = w.lower()
        if low == "they":
            return None  # a group speaks: not the last named person
        if low in names.PRONOUNS:
            if self.last:
                return self.last
            earlier = [p for p in self._before(at) if not p.short]
            return earlier[-1].canonical if earlier else None
        full = names.people_in(w)
        candidate = full[-1][2] if full else ""
        if not candidate and names.is_titled_surname(w):
            candidate = w.split()[-1]  # "Mr. Baptiste", "President Putin"
        words = w.split()
        # "Kirby", "Jim Press", "GM": a name as written, unless it is a lone place or organisation word
        as_written = 1 <= len(words) <= 4 and all(x[:1].isupper() for x in words)
        if not candidate and as_written and not (len(words) == 1 and words[0] in names.NOT_NAMES):
            candidate = w
        if candidate:
            for p in self.people:
                if names.same_person(candidate, p.canonical):
                    return p.canonical
            return candidate
        role = _ROLE_HEAD.search(low)
        if role is None:
            return None
        noun = role.group(1)
        nat = _NATIONALITY.search(w)
        for p in reversed(self._before(at)):
            title = (p.title or "").lower()
            if not title and (after := self._role_written_after(p)) is not None:
                title = after[2]
            if not title or (nat and nat.group(1).lower() not in title):
                continue
            if noun in title or (noun in names.HEAD_TITLES and any(h in title for h in names.HEAD_TITLES)):
                return p.canonical
        return None


def find_quotes(article: Article, segments: list[Segment]) -> list[QuoteClaim]:
    speakers = _Speakers(find_people(article, segments), raw=article.raw)
    speakers.before = {seg.index: prev for prev, seg in pairwise(segments)}
    out: list[QuoteClaim] = []
    carried: _Quote | None = None
    previous_speaker: tuple[int, str | None, str | None] | None = None
    for seg in segments:
        closed, carried = _scan(seg, carried)
        for q in closed:
            claim = _claim(article, q, speakers, previous_speaker)
            out.append(claim)
            previous_speaker = (q.parts[-1][0].index, claim.speaker, claim.speaker_text)
    if carried is not None and not carried.single:
        carried.unbalanced = True
        out.append(_claim(article, carried, speakers, previous_speaker))
    return out


def _claim(
    article: Article,
    q: _Quote,
    speakers: _Speakers,
    previous: tuple[int, str | None, str | None] | None,
) -> QuoteClaim:
    first_seg, first_start, _ = q.parts[0]
    last_seg, _, last_end = q.parts[-1]
    parts = []
    for seg, s, e in q.parts:
        fs, fe = seg.file_range(s, e)
        parts.append(construct(QuotePart, text=seg.text[s:e], span=article.span(fs, fe)))
    speaker_text, cue = _attribution_for(q)
    prev = speakers.before.get(first_seg.index)
    if speaker_text is None and first_start <= 1 and prev is not None and prev.text.rstrip().endswith(":"):
        # a paragraph ending in a colon introduces the quote below it ("…, she said, explaining:")
        found = speech.speaker_before(_sentence_before(prev.text.rstrip(), len(prev.text.rstrip())))
        if found:
            speaker_text, cue = found
    start = max(first_start - 1, 0)
    end = min(last_end + 1, len(last_seg.text))
    fs, _ = first_seg.file_range(start, start + 1)
    _, fe = last_seg.file_range(end - 1, end)
    speaker = speakers.resolve(speaker_text, fs)
    if (
        speaker_text is None
        and previous is not None
        and previous[0] >= first_seg.index - 1
        and (previous[1] or previous[2])
    ):
        # a quote paragraph right after one with a speaker, named or described ("Lt. Hastings")
        speaker, speaker_text = previous[1], previous[2]
    if speaker:
        speakers.last = speaker
    content = " ".join(p.text.strip() for p in parts)
    return construct(
        QuoteClaim,
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
        form=_form(q),
        unbalanced=q.unbalanced,
    )


def _attribution_for(q: _Quote) -> tuple[str | None, str | None]:
    """The speaker as written and the cue: the words right after the closing mark ("…,” Quist
    added"), then right before the opening mark ("Lavrov, speaking in Moscow, said: “…"), then the
    nearest attribution in the quote's paragraph(s); cue verbs inside quotation marks do not count."""
    last_seg, _, last_end = q.parts[-1]
    first_seg, first_start, _ = q.parts[0]
    if len(q.parts) > 1 and q.parts[1][0] is first_seg:
        # a split quote: the attribution between its parts ("…,” Quist said, “and …”)
        found = speech.speaker_after(first_seg.text[q.parts[0][2] + 1 :])
        if found:
            return found
    rest = last_seg.text[last_end + 1 :]
    after = speech.speaker_after(rest)
    if after and rest.lstrip()[:1] not in (".", "!", "?"):
        if last_seg.text[last_end - 1 : last_end] in (".", "!", "?"):
            # the quotation closed its own sentence ('he read from a memo: “The cracks are in the
            # cables.” Ayşe Demirtaş said the memo was a draft'): a cue before it is its own; the
            # name after begins another sentence
            before = speech.speaker_before(_sentence_before(first_seg.text, max(first_start - 1, 0)))
            if before is not None:
                return before
        if after[0].split()[0] in lexicons.speech().subject_joiners:
            # "Al-Sayed said the agency had “failed …”, while Mensah said …": a joiner opens another
            # clause with its own speaker; the words quoted are the reported speech before them
            before = speech.speaker_before(_sentence_before(first_seg.text, max(first_start - 1, 0)))
            if before is not None:
                return before
        return after
    # the sentence ends after the closing mark: a cue before the quote is its own ('According to
    # Krol, "…". Pavel Krol, her son, agreed.'); the name after begins another sentence
    found = speech.speaker_before(_sentence_before(first_seg.text, max(first_start - 1, 0))) or after
    if found:
        return found
    for seg, *_ in [q.parts[-1], q.parts[0]]:
        inside = [(s, e) for s2, s, e in q.parts if s2 is seg]
        attributions = [a for a in _attributions(seg.text) if not any(s <= a[0] < e for s, e in inside)]
        if attributions:
            lo, hi = min(s for s, _ in inside), max(e for _, e in inside)

            def distance(a: tuple[int, int, str, str, str], lo: int = lo, hi: int = hi) -> int:
                return lo - a[1] if a[1] <= lo else a[0] - hi if a[0] >= hi else 0

            # the nearest attribution wins; a named person beats a vague source a few words nearer
            best = min(attributions, key=lambda a: distance(a) + (0 if a[3] == "person" else 30))
            return best[2], best[4]
    return None, None


def _sentence_before(text: str, at: int) -> str:
    """The text of the sentence before position ``at``, up to a previous closing quotation mark. The
    full stop of a title's abbreviation or an initial ("According to Dr. Sipho Ndlovu, …", "Lt. Gerry
    Scherlinck") ends no sentence."""
    head = text[:at]
    cut = max(head.rfind("? "), head.rfind("! "), head.rfind(CLOSE), head.rfind('" '))
    stop = head.rfind(". ")
    while stop > cut and _abbreviated().search(head, max(0, stop - 12), stop + 1):
        stop = head.rfind(". ", 0, stop)
    cut = max(cut, stop)
    return head[cut + 1 :] if cut >= 0 else head


@lru_cache(maxsize=1)
def _abbreviated() -> re.Pattern[str]:
    """A title's abbreviation (:func:`checker.language.speech.title_abbreviations`, "Dr.", "Gov.")
    or an initial ("J.") ending where a search ends."""
    forms = sorted((f"{a}." for a in speech.title_abbreviations()), key=len, reverse=True)
    return re.compile(rf"(?<![\w.])(?:{'|'.join(map(re.escape, forms)) or '(?!)'}|[A-Z]\.)$")


def _form(q: _Quote) -> Literal["full", "trimmed", "partial"]:
    """partial: words inside a sentence; trimmed: a sentence cut short; full: whole sentences."""
    seg, start, end = q.parts[0]
    text = seg.text
    before = text[: max(start - 1, 0)].rstrip()
    first = text[start:end].lstrip()
    if first[:1].islower() or (before and (before[-1].isalnum() or before[-1] in "’'")):
        return "partial"
    if first.startswith(("…", "...", "[")):
        return "trimmed"
    for part_seg, s, e in q.parts:
        ending = part_seg.text[s:e].rstrip()
        tail = part_seg.text[e + 1 : e + 3].lstrip()
        if ending and ending[-1] not in ".?!,;:—–-…" and tail[:1].isalnum():
            return "trimmed"  # '“… its own commitments” to stop bombing': the sentence goes on outside the marks
    return "full"


@hookimpl
def claimcheck_extract_claims(article: Article, segments: list[Segment], config: Config) -> list[ClaimBase]:
    return list(find_quotes(article, segments))
