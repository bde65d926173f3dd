"""Where a claim stands in its segment's text and sentence (shared by the event and quantity linkers)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from checker.language.numbers import SCALES, SPECIAL, TENS, UNITS, to_number
from checker.links import StoryLinks
from checker.models import Article, ClaimBase, Segment


class Place(NamedTuple):
    """A claim located in its segment: the segment, the claim's range in ``segment.text`` and its sentence's.

    A named tuple, not a frozen dataclass: the linkers read its fields tens of thousands of times a
    run, and a tuple's are read and made the cheapest; ``text`` is the segment's, held, not looked up.
    """

    segment: Segment
    start: int
    end: int
    lo: int
    hi: int
    #: the segment's text (``segment.text``)
    text: str

    @property
    def sentence(self) -> str:
        return self.text[self.lo : self.hi]


def segments_of(article: Article) -> dict[int, Segment]:
    return {s.index: s for s in article.segments}


def locate(segments: dict[int, Segment], claim: ClaimBase) -> Place | None:
    """The claim's range in its segment's text, found from its file span (None if it cannot be found)."""
    seg = segments.get(claim.segment)
    if seg is None:
        return None
    start = claim.span.start - seg.span.start
    if seg.pieces is not None or seg.text[start : start + len(claim.text)] != claim.text:
        start = _find(seg, claim)
        if start < 0:
            return None
    end = start + len(claim.text)
    sentence = seg.sentence_at(start)
    lo, hi = (sentence.start, sentence.end) if sentence and sentence.end >= end else (0, len(seg.text))
    return Place(seg, start, end, lo, hi, seg.text)


def _find(seg: Segment, claim: ClaimBase) -> int:
    """The text offset of a claim in a segment whose text is not a verbatim slice of the file."""
    best, gap = -1, None
    for m in re.finditer(re.escape(claim.text), seg.text):
        d = abs(seg.file_offset(m.start()) - claim.span.start)
        if gap is None or d < gap:
            best, gap = m.start(), d
    return best


_CAPS = re.compile(r"(?:[A-Z][\w'’&.-]*)(?:\s+(?:of\s+|the\s+|for\s+|and\s+)?[A-Z][\w'’&.-]*)*")
_NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "His",
        "Her",
        "Their",
        "This",
        "That",
        "In",
        "On",
        "At",
        "By",
        "For",
        "From",
        "To",
        "With",
        "After",
        "Before",
        "When",
        "While",
        "But",
        "And",
        "Or",
        "As",
        "If",
        "Officials",
        "Police",
        "Authorities",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Gov",
        "Sen",
        "Rep",
        "President",
        "Governor",
        "Mayor",
        "Judge",
    ]
)
_PLACE = re.compile(
    r"\b(?i:in|at|near|outside|across)\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|northern|southern|eastern|western|central)\s+)?"
    # "in the southern city of Khan Younis": the name after a place noun
    r"(?:(?:city|town|village|province|state|region|district|county|island)\s+of\s+)?"
    r"((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)*)"
)


def _bare(word: str) -> str:
    """A word without its possessive ending: "Thursday's bombing" names a day, not a body or place."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def organisations(text: str) -> frozenset[str]:
    """Capitalised names in a stretch of text (bodies, teams, companies, places), months and weekdays
    left out, a sentence-initial single capitalised word left out ("Officials said")."""
    out: set[str] = set()
    for m in _CAPS.finditer(text):
        run = m.group(0)
        words = _name_words(run)
        if not words:
            continue
        at = m.start()
        if (run.startswith(("A ", "An ")) or text[max(0, at - 3) : at].lower().lstrip() in ("a ", "an ")) and (
            _LOWER_NEXT.match(text, m.end())
        ):
            continue  # "A Fenby man": where someone is from, not who took part
        if (
            len(words) == 1
            and words[0].endswith("s")
            and len(words[0]) > 4
            and not run.startswith("The ")  # "The Orioles, according to reports, …": a team, not "Officials"
            and (at == 0 or _after_full_stop(text, at))
        ):
            continue  # "Officials said", "Residents fled": a sentence-initial plural, not a name
        out.add(" ".join(words))
    return frozenset(out)


@lru_cache(maxsize=16384)  # a story's names, days and bodies recur in every article: each run read once
def _name_words(run: str) -> tuple[str, ...]:
    """The words of a capitalised run that can be part of a name: no article, month, weekday or pronoun
    (``_NOT_NAMES``), no "of" or "the", no number word ("Nineteen workers were hurt")."""
    words = [w.rstrip(".") for w in run.split() if w not in _NOT_NAMES and w.lower() not in ("of", "the")]
    return tuple(w for w in words if _bare(w) not in _NOT_NAMES and w[:1].isupper() and not _number_word(w))


#: the words a number in words can start with (``numbers.words_to_number``: a unit, ten, scale, "and",
#: or the first word of a fixed phrase such as "a dozen", "half a million")
_NUMBER_FIRST = frozenset({*UNITS, *TENS, *SCALES, "and", *(k.split()[0] for k in SPECIAL)})


def _number_word(word: str) -> bool:
    """Whether a capitalised word with no space ("Nineteen", "Twenty-one") is a number (``to_number``),
    asked of ``to_number`` only when its first part can start one: a name's words are new to the run and
    each would be parsed as digits and as words, where one set look-up tells most apart."""
    return word.lower().split("-", 1)[0] in _NUMBER_FIRST and to_number(word) is not None


_LOWER_NEXT = re.compile(r"\s+[a-z]")


def _after_full_stop(text: str, at: int) -> bool:
    """Whether the last character before ``at`` that is not a space is a full stop or an opening quote
    mark (``text[:at].rstrip().endswith(…)``, without copying the text before)."""
    i = at - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i >= 0 and text[i] in '.“"'


_POSSESSIVE = re.compile(r"['’]s?$")


def place_of(text: str) -> str | None:
    """The first place named with a locative preposition ("in Kelso", "at the Ashby depot")."""
    for m in _PLACE.finditer(text):
        words = [w for w in m.group(1).split() if w != "the" and _bare(w) not in _NOT_NAMES]
        if words:
            # "in Morrow's old town" is the place "in the old town of Morrow" names: Morrow
            return _POSSESSIVE.sub("", " ".join(words))
    return None


class MentionIndex:
    """The people mentions of a story by article, sorted by offset, for range look-ups."""

    def __init__(self, links: StoryLinks) -> None:
        by_article: dict[str, list[tuple[int, str]]] = {}
        #: entity id → the entity, and the words of its names ("Ana Rusk": {"Ana", "Rusk"}) once asked for
        #: (only the people of an event's clause are: a story names hundreds)
        self._entities = {e.id: e for e in links.entities}
        self._words: dict[str, frozenset[str]] = {}
        #: made when a pronoun is first resolved: article → the ids of the entities mentioned there (a
        #: mention without a span counts), and each entity's place in the story's order
        self._in_article: dict[str, set[str]] | None = None
        self._order: dict[str, int] = {}
        for e in links.entities:
            for m in e.mentions:
                if m.span is not None:
                    by_article.setdefault(m.article, []).append((m.span.start, e.id))
        self._starts: dict[str, list[int]] = {}
        self._ids: dict[str, list[str]] = {}
        for path, items in by_article.items():
            items.sort()
            self._starts[path] = [s for s, _ in items]
            self._ids[path] = [i for _, i in items]

    def people_in(self, article: Article, lo: int, hi: int) -> frozenset[str]:
        """Entity ids of the people mentioned in the file range [lo, hi) of ``article``."""
        starts = self._starts.get(article.path)
        if not starts:
            return frozenset()
        a, b = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
        return frozenset(self._ids[article.path][a:b])

    def last_person_before(self, article: Article, at: int, gender: str | None) -> str | None:
        """The entity id of the person a singular pronoun of ``gender`` at file offset ``at`` refers to: of
        the people whose gender is ``gender`` or unknown (only those whose gender is ``gender``, when one of
        them is mentioned in the article), the one mentioned last before ``at``; of several mentioned at
        one offset, the first of the story's entities. None when no one is."""
        entities = self._entities
        if self._in_article is None:  # the entities with any mention in each article, once a story
            self._in_article = {}
            self._order = {}
            for k, e in enumerate(entities.values()):
                self._order[e.id] = k
                for m in e.mentions:
                    self._in_article.setdefault(m.article, set()).add(e.id)
        known = {
            i
            for i in self._in_article.get(article.path, ())
            if entities[i].kind == "person" and entities[i].gender == gender
        }

        def fits(i: str) -> bool:
            e = entities.get(i)
            return i in known if known else e is not None and e.kind == "person" and e.gender in (None, gender)

        starts, ids = self._starts.get(article.path, []), self._ids.get(article.path, [])
        k = bisect.bisect_left(starts, at) - 1
        while k >= 0 and not fits(ids[k]):
            k -= 1
        if k < 0:
            return None
        j, at_start = k, []
        while j >= 0 and starts[j] == starts[k]:
            if fits(ids[j]):
                at_start.append(ids[j])
            j -= 1
        return min(at_start, key=self._order.__getitem__)

    def is_person_name(self, name: str, people: frozenset[str]) -> bool:
        """Whether ``name`` ("Ana Rusk", "Premier Adela Vasko") is told with the names of the entities
        ``people``: a person the people links know, never an organisation to compare by its words."""
        return bool(self.person_names((name,), people))

    def person_names(self, names: Iterable[str], people: frozenset[str]) -> frozenset[str]:
        """Those of ``names`` that :meth:`is_person_name` tells are people's, the words of ``people``'s
        names gathered once for all of them (a clause names several)."""
        if not people:
            return frozenset()
        words = {w for p in people for w in self._words_of(p)}
        return frozenset(n for n in names if any(w in words for w in n.split() if w[:1].isupper()))

    def _words_of(self, entity_id: str) -> frozenset[str]:
        words = self._words.get(entity_id)
        if words is None:
            e = self._entities.get(entity_id)
            words = (
                frozenset(w for form in (e.canonical, *e.forms) for w in form.split()) if e is not None else frozenset()
            )
            self._words[entity_id] = words
        return words


#: the last story's mention index with the entities it was built from (held, so never another's id)
_INDEXED: list[tuple[object, MentionIndex]] = []


def mention_index(links: StoryLinks) -> MentionIndex:
    """The story's :class:`MentionIndex`, built once for the linkers that read it (events, outcomes,
    quantities each asked for one per story); a new one when the story's entities are new."""
    entities = links.layers.get("entities")
    if _INDEXED and entities is not None and _INDEXED[0][0] is entities:
        return _INDEXED[0][1]
    index = MentionIndex(links)
    _INDEXED[:] = [(entities, index)]
    return index


def overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two participant sets that name one of the same (a shared entity id or a shared name word)."""
    if a & b:
        return True
    wa = {w for x in a if x.startswith("org:") for w in x[4:].split() if len(w) > 3}
    wb = {w for x in b if x.startswith("org:") for w in x[4:].split() if len(w) > 3}
    return bool(wa & wb)
