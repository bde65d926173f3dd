"""Speakers: the person entity each quote's speaker and each attribution's named source refers to.

The ``speakers`` linker (requires ``entities``) provides ``speakers``, claim id → entity id, for
the quote and attribution claims of every article of the story, and ``pronouns``, the mentions
(form ``pronoun``) its pronoun speakers and sources are of their entities (``(entity id,
Mention)`` pairs, which :meth:`checker.links.StoryLinks.mentions_of` adds to the people links'
mentions):

- a name as written at the cue ("Quist", "Foreign Minister Piet Lavrov") is the entity that name
  denotes at the cue: the people links' entity for the name there, else the one named that way
  nearest before it (relatives sharing a surname: the nearest); a namesake introduced after the
  cue ("Ortiz's son, Mateo Ortiz") is the speaker only when nobody so named comes before;
- a role description ("the mayor", "the 64-year-old governor") is the nearest entity before it
  holding that role;
- a pronoun ("she said") is the subject (the first person named) of the nearest sentence before
  the quote that names a person whose gender and number fit; people named inside quotations do not
  count; "they" names a group, not a person.

Claim ids are unique within an article: the layer is keyed ``claim id`` for the run's articles as
the link API reads it (:meth:`checker.links.StoryLinks.entity_of`).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import lru_cache, partial
from typing import Any

from checker.language import lexicons, names, speech
from checker.linkers._typed import PRONOUN, mention
from checker.linking import linker
from checker.links import Entity, Mention, StoryLinks
from checker.models import Article, AttributionClaim, QuoteClaim

#: one article's mentions in text order: (position, entity, mention)
Marks = list[tuple[int, Entity, Mention]]


class _Marks(list[tuple[int, Entity, Mention]]):
    """:data:`Marks` with their positions beside them (:attr:`starts`), to bisect without a key."""

    starts: list[int]


def _marks(people: Sequence[Entity]) -> dict[str, Marks]:
    """Every article's mentions of the story's people, in text order."""
    out: dict[str, _Marks] = defaultdict(_Marks)
    for e in people:
        for m in e.mentions:
            if m.span is not None:
                out[m.article].append((m.span.start, e, m))
    for marks in out.values():
        marks.sort(key=lambda x: x[0])
        marks.starts = [x[0] for x in marks]
    return dict(out)


def _starts(marks: Marks) -> list[int]:
    """The positions of ``marks``, in order (kept beside them by :func:`_marks`)."""
    return marks.starts if isinstance(marks, _Marks) else [x[0] for x in marks]


def _mentions_before(marks: Marks, at: int) -> list[tuple[int, Entity]]:
    """(position of the last mention before ``at``, entity) for each entity named before ``at``, nearest last."""
    last: dict[str, tuple[int, Entity]] = {}
    for pos, e, _ in marks[: bisect_left(_starts(marks), at)]:
        last[e.id] = (pos, e)
    return sorted(last.values(), key=lambda x: x[0])


def _mentions_from(marks: Marks, start: int, stop: int, before: list[tuple[int, Entity]]) -> list[tuple[int, Entity]]:
    """(position of the first mention, entity) for each entity first named in ``start``..``stop``,
    nearest first; ``before`` is :func:`_mentions_before` at ``start`` (those are left out)."""
    if stop <= start:
        return []
    seen = {e.id for _, e in before}
    out: list[tuple[int, Entity]] = []
    for pos, e, _ in itertools.islice(marks, bisect_left(_starts(marks), start), None):
        if pos >= stop:
            break
        if e.id not in seen:
            seen.add(e.id)
            out.append((pos, e))
    return out


def _named_right_before(marks: Marks, at: int, raw: str) -> Entity | None:
    """The entity of a mention that ends right before ``at`` (white space between), else None."""
    i = bisect_left(_starts(marks), at)
    for _, e, m in reversed(marks[max(0, i - 3) : i]):
        if m.span is not None and not raw[m.span.end : at].strip():
            return e
    return None


#: a sentence ending between a quotation and a name: the name is not at the quotation's cue (the
#: period of a short capitalised abbreviation, "Gov.", "Mr.", "Lt.", ends none)
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<![A-Z][a-z])(?<![A-Z][a-z]{2})(?<![A-Z][a-z]{3})[.!?][\"”’']?\s")


def _cue_end(raw: str, written: str | None, start: int, end: int, inside: Sequence[tuple[int, int]]) -> int | None:
    """Where the speaker's name as written at the cue ends: its occurrence nearest the quotation or
    attribution at ``start``..``end`` (character offsets) within :data:`_CUE_REACH`, in the same
    sentence and outside the quoted words ``inside``; None when it is not written there (a speaker
    carried from the quote before). Asked for names only (a pronoun is resolved by :func:`_pronoun`).
    A name opening the next sentence is not the cue ('Salo told the board the spillway "would
    hold". Aksel Salo, her deputy, agreed.')."""
    w = (written or "").strip()
    if not w or not raw:
        return None
    lo, hi = max(start - _CUE_REACH - len(w), 0), end + _CUE_REACH
    best: tuple[int, int] | None = None
    i = raw.find(w, lo, hi)
    while i != -1:
        j = i + len(w)
        bounded = (i == 0 or not raw[i - 1].isalnum()) and (j >= len(raw) or not raw[j].isalnum())
        between = raw[end:i] if i >= end else raw[j:start] if j <= start else ""
        if bounded and not any(s <= i < t for s, t in inside) and not _SENTENCE_END.search(between):
            gap = i - end if i >= end else (start - j if j <= start else 0)
            if best is None or gap < best[0]:
                best = (gap, j)
        i = raw.find(w, i + 1, hi)
    return best[1] if best is not None else None


def resolve(
    people: Sequence[Entity],
    marks: Marks,
    written: str | None,
    resolved: str | None,
    at: int,
    raw: str = "",
    quoted: Sequence[tuple[int, int]] = (),
    named: dict[str, Entity | None] | None = None,
    keys: _SurnameKeys | None = None,
    end: int | None = None,
    inside: Sequence[tuple[int, int]] = (),
) -> Entity | None:
    """The entity a speaker as written at position ``at`` of an article refers to.

    :param marks: the article's mentions (:func:`_marks`); ``raw`` its text and ``quoted`` the
        spans of its quotations (a person named inside a quotation is not a pronoun's referent).
    :param named: the first of ``people`` each name core was found to name, kept by the caller for
        one story's ``people`` (issue 16: a story's speakers repeat; each was compared with every
        person of the story in every article).
    :param end: where the claim (``at``..``end``) ends, and ``inside`` the spans of its quoted words:
        given them, a name is looked for at the claim's cue (:func:`_cue_end`) and denotes the person
        so named nearest before the cue's name, never a namesake introduced after it ("Ortiz said. ¶
        Ortiz's son, Mateo Ortiz, …"); without them (or a name not written there), before ``at``.
    :param keys: the surname keys of ``people``'s names, kept by the caller for the story: only a
        person with the key of a name may be named by it.
    """
    if not written and not resolved:
        return None
    w = (written or "").strip()
    p = names.pronoun(w) if w and len(w.split()) == 1 else None
    if p is not None and w.lower().endswith("self"):
        # "Costello himself claimed": a reflexive standing after the source's name, which is the source
        return _named_right_before(marks, at, raw)
    if p is not None:
        return _pronoun(p, marks, at, raw, quoted)
    low = w.lower()
    # a role description at the cue ("the 64-year-old governor", "the mayor"), within 400 characters
    if low:
        for pos, e, m in itertools.islice(marks, bisect_left(_starts(marks), at - 399), None):
            if pos > at + 399:
                break
            if m.form == "role" and low in m.text.lower():
                return e
    # "the mayor", and a role with its place or body before it ("the Alaska Governor", "Alaska Governor")
    described = bool(w) and (w[:1].islower() or low.startswith(("the ", "a ", "an ")))
    # a capitalised role may also be a surname ("King"): the holder of the role first, then the name
    capital_role = bool(w) and not described and names.title_role(w) is not None
    description = described or capital_role
    if low.startswith(("a ", "an ")) and not _ends_in_name(w):
        return None  # "a Foreign Office spokeswoman", "a co-worker": someone new, never a person named before
    if description:
        role = names.title_role(w)
        if role:
            for _, e in reversed(_mentions_before(marks, at)):
                if role in e.roles:
                    return e
        if not capital_role and not _ends_in_name(w) and not _TITLED_SURNAME.search(w):
            # "a Bukit Sama village resident", "the evangelist": a description, not a name (unless
            # the name ends it: "the Syrian leader Bashar al-Assad")
            return None
    # a name: the person it denotes at the cue (the nearest named that way up to the cue's own
    # name, which the people links have placed), else one introduced just after the quote ('"…,"
    # said Piet Lavrov' with no Lavrov before), else one of the story
    cue = _cue_end(raw, w, at, end, inside) if end is not None else None
    limit = at if cue is None else cue
    before = _mentions_before(marks, limit)
    later = _mentions_from(marks, limit, at + len(w) + 200, before)
    for name in (x for x in (w, resolved) if x):
        core = _core(name)
        if not core:
            continue
        # one name of a person shares its surname key with the core (names.same_person asks it)
        key = names.surname_key(core)
        near = [e for _, e in (*reversed(before), *later) if keys is None or key in keys.of(e)]
        if " " in core:
            # a full name is the person of that full name, before a relative known here by the
            # surname alone ("said Flynn's father, Herbert Flynn" … "Flynn's body": two people)
            for e in near:
                if any(" " in f and names.same_person(core, f) for f in (e.canonical, *e.forms)):
                    return e
        for e in near:
            if any(names.same_person(core, f) for f in (e.canonical, *e.forms)):
                return e
        if named is not None and core in named:
            person = named[core]
        else:
            person = _first_named(people if keys is None else keys.named_by(key), core)
        if named is not None:
            named[core] = person
        if person is not None:
            return person
    return None


#: how far from its quotation (characters) a speaker's name stands at the cue ('"…," Mrs Almeida said')
_CUE_REACH = 120


def _own_mention(marks: Marks, written: str | None, start: int, end: int) -> Entity | None:
    """The entity the people links give the speaker's own mention at the cue, if there is one.

    The people linker has already weighed what the name as written says ("Mrs Almeida" is the
    woman of two Almeidas, by her honorific's gender); a cue's name is that mention, the one
    written the same way nearest the quotation (``start``..``end``, character offsets) within
    :data:`_CUE_REACH` — inside a claim's own span (an attribution) or just after or before a
    quote. Only a title and a surname is taken so ("Mrs Almeida", "Mr. Almeida"): the title is
    what the people links weighed; a surname alone near a quote may be another mention of the
    name ('… writing, "…" ¶ Choosing DeGeneres …'), which :func:`resolve` places by position.
    """
    w = (written or "").strip().lower()
    if not w or (len(w.split()) == 1 and names.pronoun(w) is not None):
        return None
    best: tuple[int, Entity] | None = None
    for pos, e, m in itertools.islice(marks, bisect_left(_starts(marks), start - _CUE_REACH), None):
        if pos > end + _CUE_REACH:
            break
        if m.form != "title_surname" or m.text.strip().lower() != w:
            continue
        gap = pos - end if pos >= end else (start - pos if pos < start else 0)
        if best is None or gap < best[0]:
            best = (gap, e)
    return best[1] if best is not None else None


class _SurnameKeys:
    """The surname keys (:func:`names.surname_key`) of a story's people's names: two names one
    person bears (:func:`names.same_person`) have the same key, so a name is compared only with the
    people one of whose names has its key."""

    def __init__(self, people: Sequence[Entity]) -> None:
        self._people = people
        self._of: dict[str, frozenset[str]] = {}
        self._by_key: dict[str, list[Entity]] | None = None

    def of(self, e: Entity) -> frozenset[str]:
        """The surname keys of ``e``'s names."""
        keys = self._of.get(e.id)
        if keys is None:
            keys = self._of[e.id] = frozenset(names.surname_key(f) for f in (e.canonical, *e.forms))
        return keys

    def named_by(self, key: str) -> list[Entity]:
        """The people one of whose names has the surname key ``key``, in story order."""
        if self._by_key is None:
            self._by_key = {}
            for e in self._people:
                for k in self.of(e):
                    self._by_key.setdefault(k, []).append(e)
        return self._by_key.get(key, [])


def _first_named(people: Sequence[Entity], core: str) -> Entity | None:
    """The first of ``people`` one of whose names is ``core``."""
    for e in people:
        if any(names.same_person(core, f) for f in (e.canonical, *e.forms)):
            return e
    return None


def _pronoun(p: lexicons.Pronoun, marks: Marks, at: int, raw: str, quoted: Sequence[tuple[int, int]]) -> Entity | None:
    """The person a pronoun speaker refers to: the subject (first person named) of the nearest
    sentence naming someone whose gender fits, a known fitting gender beating an unknown one nearby."""
    if p.number == "plural":
        return None  # a group speaks
    cut = bisect_left(_starts(marks), at)

    def fits(pos: int, e: Entity) -> bool:
        return e.kind == "person" and e.gender in (None, p.gender) and not any(s <= pos < t for s, t in quoted)

    # the nearest fitting mention before the quote (the marks are in text order)
    nearest = next((pos for pos, e, _ in reversed(marks[:cut]) if fits(pos, e)), None)
    if nearest is None:
        return None
    if raw and _unnamed_subject().search(raw, nearest, at):
        return None  # "… a local official told AFP. “…,” he added": the unnamed person, not one named before
    start = max(raw.rfind(". ", 0, nearest), raw.rfind("\n", 0, nearest)) + 1 if raw else nearest
    lead = _LEAD_WORD.match(raw, start, nearest) if raw else None
    same = names.pronoun(lead.group(1)) if lead else None
    if same is not None and same.case == "subject" and same.gender == p.gender and same.number == p.number:
        # "Mr Williams described the scene. He added that a man was attacked outside a local Rite Aid.
        # ‘…,’ he wrote": the sentence's subject is the same pronoun, so the person is the one it
        # refers to, not the name after it
        return _pronoun(p, marks, start, raw, quoted)
    # the first fitting mention of that sentence (there is one: the nearest)
    first = bisect_left(_starts(marks), start, 0, cut)
    return next(e for pos, e, _ in marks[first:cut] if fits(pos, e))


#: the first word of a sentence, past an opening adverb ("Later, he …")
_LEAD_WORD = re.compile(r"\s*(?:[A-Z][a-z]+,\s+)?([A-Za-z]+)\b")


#: a description that ends in a surname after its role noun ("disaster agency spokesman Nugroho")
_TITLED_SURNAME = re.compile(r"\b[a-z][\w-]*\s+(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+$")


def _ends_in_name(written: str) -> bool:
    found = names.people_in(written)
    return bool(found) and found[-1][1] >= len(written.rstrip(" ."))


@lru_cache(maxsize=1)
def _unnamed_subject() -> re.Pattern[str]:
    """An indefinite person opening a clause ("a local official told", "However, one customer was")."""
    roles = names.role_alternation()
    return re.compile(
        rf"(?:^|[.!?][\"”’]?\s+|\n|\b(?:and|but|while|when)\s+)(?:[A-Z][a-z]+,\s+)?(?:[Aa]n?|[Oo]ne)\s+"
        # not one then named: "a photographer, Ivo Brandt,", "a photographer named Ivo Brandt"
        rf"(?:[\w-]+\s+){{0,3}}?(?:{roles})s?\b(?!,|\s+(?:named|called)\b|\s+[A-Z])"
    )


@lru_cache(maxsize=4096)  # a story's speakers are written the same way quote after quote
def _core(written: str) -> str:
    """A name as written at a cue without its title ("Foreign Minister Piet Lavrov" → "Piet Lavrov")."""
    found = names.people_in(written)
    if found:
        return found[-1][2]
    words = written.split()
    return words[-1] if words and words[-1][:1].isupper() else ""


@linker("speakers", requires=("entities",), provides=("speakers", "pronouns"))
def link_speakers(articles: Sequence[Article], links: StoryLinks) -> Mapping[str, Any]:
    """Speakers: the entity each quote's speaker and each attribution's named source refers to."""
    people = [e for e in links.entities if e.kind == "person"]
    by_article = _marks(people)
    out: dict[tuple[str, str], str] = {}
    pronouns: dict[tuple[str, int], tuple[tuple[bool, int], str, Mention]] = {}
    named: dict[str, Entity | None] = {}
    keys = _SurnameKeys(people)
    for article in articles:
        marks = by_article.get(article.path, [])
        quoted = [(c.span.start, c.span.end) for c in article.claims if isinstance(c, QuoteClaim)]
        words: list[tuple[int, int]] | None = None  # the quoted words themselves, when a pronoun speaks
        for claim in article.claims:
            if isinstance(claim, QuoteClaim):
                written, full = claim.speaker_text, claim.speaker
            elif isinstance(claim, AttributionClaim) and claim.source_class == "person":
                written, full = claim.source, None
            else:
                continue
            found = _own_mention(marks, written, claim.span.start, claim.span.end)
            if found is None:
                # the quoted words themselves are no cue; an attribution's span is all cue
                inside = [(p.span.start, p.span.end) for p in claim.parts] if isinstance(claim, QuoteClaim) else []
                found = resolve(
                    people,
                    marks,
                    written,
                    full,
                    claim.span.start,
                    article.raw,
                    quoted,
                    named,
                    keys,
                    claim.span.end,
                    inside,
                )
                if found is not None and _is_pronoun(written):
                    if words is None:
                        words = [
                            (p.span.start, p.span.end)
                            for c in article.claims
                            if isinstance(c, QuoteClaim)
                            for p in c.parts
                        ]
                    made = _pronoun_mention(article, claim, written or "", words)
                    # a quote paragraph carrying on the quote before has that quote's pronoun, and
                    # '"…," she said' is a quote and an attribution: one mention per pronoun as
                    # written, of the quote it stands nearest, else of its attribution
                    if made is not None and made[1].span is not None:
                        place = (article.path, made[1].span.start)
                        rank = (not isinstance(claim, QuoteClaim), made[0])
                        if place not in pronouns or rank < pronouns[place][0]:
                            pronouns[place] = (rank, found.id, made[1])
            if found is not None:
                out[(article.path, claim.id)] = found.id
    return {"speakers": out, "pronouns": tuple((entity_id, m) for _, entity_id, m in pronouns.values())}


def _is_pronoun(written: str | None) -> bool:
    w = (written or "").strip()
    return bool(w) and len(w.split()) == 1 and names.pronoun(w) is not None


def _pronoun_mention(
    article: Article, claim: QuoteClaim | AttributionClaim, written: str, inside: Sequence[tuple[int, int]]
) -> tuple[int, Mention] | None:
    """The mention a resolved pronoun speaker (or attribution source: "she told reporters") is of
    its entity, and its distance from the claim (characters): the pronoun as written at the cue
    nearest the claim, within :data:`_CUE_REACH` and outside the article's quoted words ``inside``
    (character offsets); None when it is not written there (a speaker carried from the quote before)."""
    w = written.strip()
    lo, hi = max(claim.span.start - _CUE_REACH, 0), claim.span.end + _CUE_REACH
    raw, start, end = article.raw, claim.span.start, claim.span.end
    best: tuple[int, int] | None = None
    i = raw.find(w, lo, hi)
    while i != -1:
        j = i + len(w)
        bounded = (i == 0 or not raw[i - 1].isalnum()) and (j >= len(raw) or not raw[j].isalnum())
        if bounded and not any(s <= i < t for s, t in inside):
            gap = i - end if i >= end else max(start - j, 0)
            if best is None or gap < best[0]:
                best = (gap, i)
        i = raw.find(w, i + 1, hi)
    if best is None:
        return None
    gap, at = best
    span = article.span(at, at + len(w))
    return gap, mention(PRONOUN, article.path, article.raw[at : at + len(w)], span, "pronoun", claim.id)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """The speech lexicon's ``function_words``, read once per run (each story's linking asks for them)."""
    return lexicons.speech_words("function_words")


@linker("quote-words", provides=("quote_words", "quote_written", "negations", "opposite", "function_words"))
def link_quote_words(articles: Sequence[Article]) -> Mapping[str, Any]:
    """Quote words: each quote's words normalised for comparison, keyed by ``(article path, claim id)``;
    ``quote_written``: the same words as written, one for each (what a message shows);
    ``negations``: the words that flip a quotation's meaning (the speech lexicon's);
    ``opposite``: ``(word, word) -> bool``, whether two words are antonyms (the lexicon's pairs, or
    a word and the word with a negative prefix: "fair"/"unfair"); ``function_words``: words whose
    change leaves a remark the same (the speech lexicon's ``function_words``: "the"/"our", "just")."""
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    written: dict[tuple[str, str], tuple[str, ...]] = {}
    #: a quotation's words, read once per story (outlets quote the same words)
    read: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for article in articles:
        for claim in article.claims:
            if isinstance(claim, QuoteClaim):
                both = read.get(claim.content)
                if both is None:
                    words = speech.quote_written_words(claim.content)
                    both = read[claim.content] = (words, speech.folded_words(words))
                written[(article.path, claim.id)], out[(article.path, claim.id)] = both
    opposite = partial(speech.opposite, pairs=speech.antonyms(), prefixes=speech.negative_prefixes())
    return {
        "quote_words": out,
        "quote_written": written,
        "negations": lexicons.speech().negations,
        "opposite": opposite,
        "function_words": _function_words(),
    }
