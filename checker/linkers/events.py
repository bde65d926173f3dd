"""Events across a story: an event frame for every date claim, and outcomes stated with a polarity.

Two linkers of the built-in pipeline, both after ``people`` (they need its entities):

- ``events`` provides ``events``: each date claim's trigger (the verb or noun it dates, lemmatised,
  with its synonym class from ``checker/language/data/triggers.yaml``), participants (people
  entities and organisations of the trigger's clause), place, object and tense. Date claims whose
  events are the same by those features share one :class:`EventFrame`: same trigger class, and no
  feature both sides give that differs (different participants, places or objects make different
  events). A report's date ("said Monday"), a baseline ("down from the close on Wednesday") and a
  period's bound ("since 2019", "until noon Friday") get frames of their own with that ``role``.
- ``outcomes`` provides ``outcomes``: every phrase of the polarity lexicon
  (``polarity.yaml``: pleaded guilty / not guilty, approved / rejected …) with whom it is of, what it
  concerns and its date, for CC701. Whom: the people entities of the person an active verb acts on
  ("a jury in Belham acquitted former sergeant Colm Dorn", "the club fired Dario Fenn"), else of the
  subject (a passive's subject, or its "by" agent when the subject names nobody). Statements with a
  revision cue nearby ("initially pleaded not guilty") are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from checker.hookspecs import hookimpl
from checker.language import events as lang
from checker.language import frame_lexicons, names, quantities
from checker.language import outcomes as outcome_slots
from checker.linkers._text import (
    MentionIndex,
    Place,
    locate,
    mention_index,
    organisations,
    overlap,
    place_of,
    segments_of,
)
from checker.linking import Linker, linker
from checker.links import EventFrame, Outcome, StoryLinks, claim_key
from checker.models import Article, DateClaim, FigureClaim, Segment, construct

#: modifiers that make a date a bound of a period, not the day an event happened
BOUNDS = frozenset({"since", "until", "till", "by", "from", "before", "after", "through", "between", "to", "as of"})
_BOUND_BEFORE = re.compile(
    r"\b(since|until|till|by|from|before|after|through|to|between|as\s+of|as\s+at)\s+(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?"
    r"(?:(?:noon|midnight|\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm))\s+(?:on\s+)?)?$",
    re.I,
)
#: the words _BOUND_BEFORE can end on, right before the date (a modifier, "of", "on" or a time)
_BOUND_ENDS = (
    *("since", "until", "till", "by", "from", "before", "after", "through", "to", "between"),
    *("of", "at", "on", "noon", "midnight", "a.m.", "p.m.", "am", "pm"),
)


def _bound_word_before(text: str, pos: int, endpos: int) -> bool:
    """Whether the last word of ``text[pos:endpos]`` may end a match of _BOUND_BEFORE (a test before
    searching: the pattern is tried at every character of the stretch, and most dates follow none)."""
    words = text[pos:endpos].rsplit(None, 1)
    if not words:
        return False
    last = words[-1]
    return not last.isascii() or last.lower().endswith(_BOUND_ENDS)  # a case-blind pattern matches more than ASCII


_STAMP = re.compile(
    r"^\W*(?:(?:Posted|Published|Updated|Last\s+updated|Last\s+modified|Date|Created)\b.{0,80}"
    r"|.{0,40}\b(?-i:Last\s+updated|Updated|Posted|Published)\b.{0,40})$",
    re.I | re.S,
)


_NEGATED = re.compile(r"\b(?:not|never|n't)\s+(?:\w+\s+)?$")
#: trigger classes whose events are told apart only by what they concern
_NEEDS_OBJECT = frozenset({"announce", "report", "meet"})
#: characters apart a date and the anchored date beside it may be ("on Thursday, March 5, a day after …")
_TOGETHER = 40
#: event classes whose people, two or more of them, name one event without an object (a meeting of two leaders)
_MET_BY_PARTIES = frozenset({"meet"})


@dataclass
class _Dated:
    """One date claim's event features while frames are being built."""

    article: Article
    claim: DateClaim
    role: str
    trigger: lang.Trigger | None
    tense: str | None
    participants: frozenset[str]
    place: str | None
    object: str | None
    object_lemma: str | None = None
    mods: frozenset[str] = frozenset()
    anchor: lang.Anchor | None = None
    #: the polarity of an outcome trigger ("pleaded guilty": True, "pleaded not guilty": False)
    polarity: bool | None = None
    #: the word that makes the event another of its kind ("a second attack"), if any
    distinct: str | None = None
    #: where the date is (None when it cannot be found in its segment)
    where: Place | None = None
    #: the anchor event's own date, told with it ("two years after construction began in 2015": 2015)
    anchor_date: DateClaim | None = None
    #: an anniversary's years and the date of the event it marks ("which opened in 1998, … celebrated its
    #: 25th anniversary in 2021": 25 and 1998)
    anniversary: tuple[int, DateClaim] | None = None
    #: the object as written and whether it is the subject ("river treaty", False), for the frame's label
    object_written: tuple[str, bool] | None = None
    #: the lemma of the common noun heading the subject of a verb trigger ("Kelsworth bus drivers walked
    #: out": driver), when the clause gives one
    agent: str | None = None
    #: the article tells several meetings on different days ("met on Wednesday … met again on Thursday,
    #: and Rusk met Velt on Friday"): a series, whose meetings are not joined to another article's by
    #: their parties alone
    series: bool = False
    #: the event recurs (a market's close, a weekly session): its dates are one occasion only when told
    #: with a figure in common ("closed at 3,210"); the figures of its clause, commas dropped
    recurring: bool = False
    figures: frozenset[str] = frozenset()
    #: the event is a definite noun told as the subject of a light verb ("The call … took place on
    #: March 8"): the one of its kind the article told before
    definite: bool = False
    _before: frozenset[str] | None = None

    @property
    def before(self) -> frozenset[str]:
        """The lemmas of the sentence's words before an event's date ("voting in the marrick referendum take
        place on"), read when an anchor first looks (most articles tell none)."""
        if self._before is None:
            where = self.where
            self._before = _lemmas_before(where) if where is not None and self.role == "event" else frozenset()
        return self._before


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_FIGURE = re.compile(r"\d[\d,.]*\d|\d")


@dataclass
class _Frame:
    """An event frame being built: its class, role, member mentions and the participants, place and object they share."""

    cls: str | None
    role: str
    members: list[_Dated]
    participants: set[str]
    place: str | None
    object: str | None
    mods: frozenset[str] = frozenset()
    polarity: bool | None = None
    distinct: str | None = None
    agent: str | None = None

    def accepts(self, d: _Dated) -> bool:
        if self.role != "event" or d.role != "event" or self.cls is None or d.trigger is None:
            return False
        if d.trigger.cls != self.cls:
            return False
        if self.participants and d.participants and not overlap(frozenset(self.participants), d.participants):
            return False
        if self.place and d.place and self.place != d.place:
            return False
        if self.mods and d.mods and not self.mods & d.mods:
            return False  # "the bus contract" and "the waste contract"
        if self.distinct != d.distinct:
            return False  # "The attack on Monday" and "A second attack … on Tuesday"
        if (d.recurring or any(m.recurring for m in self.members)) and not any(
            d.figures & m.figures for m in self.members
        ):
            return False  # "the index closed on Friday" and "closed on Monday": two closes, unless one figure
        if self.agent and d.agent and self.agent != d.agent:
            return False  # "Kelsworth bus drivers walked out" and "Kelsworth nurses walked out"
        if self.polarity is not None and d.polarity is not None and self.polarity != d.polarity:
            return False  # "pleaded not guilty in January" and "pleaded guilty on Wednesday": two pleas
        if (
            self.cls in _NEEDS_OBJECT
            and not (self.object and d.object)
            and not self._same_parties(d)
            and not self._told_together(d)
            and not self._refers_back(d)
        ):
            return False  # one body announces many things: "announced on Monday" alone names no event
        return not (self.object and d.object and self.object != d.object)

    def _told_together(self, d: _Dated) -> bool:
        """A date and the anchored date beside it ("met on Thursday, March 5, a day after the March 3
        vote"): one event, object or none."""
        return any(
            (m.anchor is None) != (d.anchor is None)
            and m.article.path == d.article.path
            and m.claim.segment == d.claim.segment
            and abs(m.claim.span.start - d.claim.span.start) <= _TOGETHER
            for m in self.members
        )

    def _refers_back(self, d: _Dated) -> bool:
        """A definite event noun ("The call between Vasko and Lunde took place on March 8") names the
        event of its kind the same article told before ("Saturday's call between Vasko and Lunde"),
        when their people agree."""
        if not d.definite or not all(m.article.path == d.article.path for m in self.members):
            return False
        return not (self.participants and d.participants and not self.participants & d.participants)

    def _same_parties(self, d: _Dated) -> bool:
        """A meeting of the same two people or more, told in another article ("Saturday's meeting between
        Vornholt and Adeyemi" / "Vornholt and Adeyemi met on Sunday"): one event without an object. Within
        an article the same people may meet again ("met on Saturday and again on Sunday")."""
        if self.cls not in _MET_BY_PARTIES or any(m.article.path == d.article.path for m in self.members):
            return False
        if d.series or any(m.series for m in self.members):
            return False
        people = {p for p in self.participants if ":" not in p} & {p for p in d.participants if ":" not in p}
        return len(people) >= 2


def _role(article: Article, d: DateClaim, where: Place | None, trigger: lang.Trigger | None) -> str:
    if where is not None:
        text, start, lo = where.text, where.start, where.lo
        if lang.is_baseline(text, start, lo):
            return "baseline"
        if _bound_word_before(text, max(lo, start - 40), start) and _BOUND_BEFORE.search(
            text, max(lo, start - 40), start
        ):
            return "bound"
        if _few_words_besides(text, d.text) or _STAMP.match(text):
            return "report"  # a dateline or "Updated …" stamp
    if (d.modifier or "") in BOUNDS or d.range_start is not None:
        return "bound"
    if trigger is not None and trigger.cls == "report":
        return "report"
    if (
        where is not None
        and trigger is not None
        and _NEGATED.search(where.text, max(0, trigger.start - 12), trigger.start)
    ):
        return "bound"  # "was not open today": no event happened on that date
    if trigger is not None and trigger.cls == "baseline":
        return "baseline"
    return "event"


def _few_words_besides(text: str, date: str) -> bool:
    """Whether ``text`` has at most three words besides the date's (a dateline: "Posted March 3, 2025")."""
    # replacing the date takes away at most its own words at each place it is written: a text longer
    # than that by four words or more is no dateline, found without rewriting a whole paragraph
    limit = 3 + text.count(date) * len(date.split())
    if len(text.split(None, limit)) > limit:
        return False
    return len(text.replace(date, " ").split(None, 3)) <= 3


def _features(article: Article, mentions: MentionIndex) -> list[_Dated]:
    segments = segments_of(article)
    out: list[_Dated] = []
    places: list[Place | None] = []
    valued: dict[int, list[FigureClaim]] | None = None  # made when a date first asks
    for claim in article.claims:
        if not isinstance(claim, DateClaim):
            continue
        where = locate(segments, claim)
        places.append(where)
        if where is None:
            out.append(_Dated(article, claim, _role(article, claim, None, None), None, None, frozenset(), None, None))
            continue
        # the place's fields as locals: read a dozen times for each date
        text, start, end, lo, hi = where.text, where.start, where.end, where.lo, where.hi
        trigger = tense = place = obj = obj_lemma = agent = written = None
        mods: frozenset[str] = frozenset()
        participants: frozenset[str] = frozenset()
        distinct: str | None = None
        anchor = None
        if claim.value is None and claim.reason == "relative to another event, not to the publication date":
            anchor = lang.anchor_of(text, start, end)
            if (
                anchor is None
                and (days := lang.offset_later(claim.text)) is not None
                and not _THAN.match(text, end)  # "three days later than planned": a delay
            ):
                anchor = lang.Anchor(days, "", "")  # "two years later": from the event told just before
            elif anchor is None and (weekday := lang.following_weekday(claim.text)) is not None:
                anchor = lang.Anchor(0, "", "", weekday=weekday)  # "the following Tuesday"
        trigger = lang.trigger_of(text, start, end, lo, hi)
        if anchor is not None and trigger is not None and end <= trigger.start < anchor.end:
            # "met …, three days after the levy vote": the anchor's noun dates another event, not this one
            blanked = text[:start] + " " * (anchor.end - start) + text[anchor.end :]
            trigger = lang.trigger_of(blanked, start, end, lo, hi)
        definite = False
        if trigger is not None:
            told = trigger
            trigger = lang.with_subject_class(text, trigger, lo)
            # "The call … took place on March 8": the definite noun names the call told before
            definite = (
                told.pos == "verb" and trigger.pos == "noun" and _THE_BEFORE.search(text, 0, trigger.start) is not None
            )
        role = _role(article, claim, where, trigger)
        recurring = False
        figures: frozenset[str] = frozenset()
        polarity = None
        if role == "event":  # reports, baselines and bounds are compared with nothing
            sentence = text[lo:hi]  # a slice: made once for the date
            tense = lang.tense_of(text, trigger, start, end)
            obj_lemma, obj = quantities.counted_class(lang.object_of(text, trigger, lo, hi, start))
            mods, written = lang.object_features(text, trigger, obj_lemma, lo, hi)
            measured = None
            if trigger is not None and trigger.pos == "verb":  # a noun trigger takes no measured value
                if valued is None:
                    valued = _valued_figures(article)
                measured = _measured_value(article, where, trigger, valued)
            if measured is not None:
                # "Winds reached 90 mph on Monday" and "reached 60 mph on Wednesday": two readings of a
                # measure, not one event told with two dates; the same value twice may be one misdated peak
                obj = f"{obj or ''} {measured}".strip()
            a, b = _clause(where, trigger)
            clause = text[a:b]
            place = place_of(clause)
            # a capitalised event noun ("Quake strikes Norvale" at a headline's head) is no name
            names = {n for n in organisations(clause) if not lang.is_event_noun(n)}
            if place is None:
                # "Kelsworth bus drivers" is "bus drivers in Kelsworth": a name before a common noun is
                # the place, as it is after "in"
                place = next((n for n in sorted(names) if _modifies_noun(clause, n) or _of_name(clause, n)), None)
            agent = _agent(text, trigger, a)
            fa, fb = where.segment.file_range(a, b)
            people = mentions.people_in(article, fa, fb)
            # a person's name is compared by its entity id: "Ana Rusk" and "Emil Rusk" share a word, no one
            persons = mentions.person_names(names, people) if names else frozenset()
            orgs = frozenset("org:" + o for o in names if o != place and o not in persons)
            participants = people | orgs
            if trigger is not None:
                distinct = lang.distinct_event(sentence, trigger.cls)
                if distinct is None and lang.moved(sentence, trigger):
                    distinct = "moved"  # "Monday's vote was delayed": the vote's given-up day
                recurring = lang.is_recurring(trigger.cls, {obj, obj_lemma, agent}, sentence)
                if recurring:  # (a, b): the clause read above, for the same trigger
                    figures = frozenset(f.replace(",", "") for f in _FIGURE.findall(text, a, b))
                    figures -= {f.replace(",", "") for f in _FIGURE.findall(claim.text)}  # "March 6": the date's own
                first, last = trigger.start - lo, trigger.end - lo - 1
                polarity = next(
                    (
                        st.positive
                        for st in _outcomes_of(sentence)
                        if st.start <= first < st.end or st.start <= last < st.end
                    ),
                    None,
                )
        out.append(
            _Dated(
                article,
                claim,
                role,
                trigger,
                tense,
                participants,
                place,
                obj,
                obj_lemma,
                mods,
                anchor,
                polarity,
                distinct,
                where,
                agent=agent,
                object_written=written,
                recurring=recurring,
                figures=figures,
                definite=definite,
            )
        )
    _own_dates(out, places)
    _anniversaries(out, places)
    return out


#: figure categories that are a measured value (with a unit) when they are a verb trigger's object
_MEASURE_CATEGORIES = frozenset({"measure", "money", "percent"})
#: the longest text between a verb trigger and the measured value it takes ("reached a record", "peaked at
#: about")
_MEASURE_GAP = 24


def _level(c: FigureClaim) -> bool:
    """A count that is a level, not things counted: a bare number or one of points ("The FTSE 100 closed at
    7,552 points"; ``counted.yaml`` ``not_counted``)."""
    if c.category != "count":
        return False
    return c.noun is None or frame_lexicons.lemma(c.noun) in frame_lexicons.counted().not_counted


@lru_cache(maxsize=1)
def _measure_verbs() -> frozenset[str]:
    """The verbs of a measure's reading (``triggers.yaml`` ``measure_verbs``), lemmas."""
    return frozenset(str(w).lower() for w in frame_lexicons.raw("triggers.yaml").get("measure_verbs") or ())


_PUNCTUATION = re.compile(r"[,.;:!?]")


def _valued_figures(article: Article) -> dict[int, list[FigureClaim]]:
    """Segment index → the article's figure claims with a value there, in claim order."""
    out: dict[int, list[FigureClaim]] = {}
    for c in article.claims:
        if isinstance(c, FigureClaim) and c.value is not None:
            out.setdefault(c.segment, []).append(c)
    return out


def _measured_value(
    article: Article, where: Place, trigger: lang.Trigger | None, figures: dict[int, list[FigureClaim]]
) -> str | None:
    """The value and unit a verb trigger takes as its object ("The river reached 6.1 metres" → "6.1 m";
    "Shares reached $40" → "40 USD"), from the article's figure claims (their units are the figure
    extractor's unit lexicon; ``figures`` as :func:`_valued_figures` gives them); None when the object
    is no measured value."""
    if trigger is None or trigger.pos != "verb":
        return None
    start, end = where.segment.file_offset(trigger.start), where.segment.file_offset(trigger.end)
    measure_verb = trigger.lemma.split()[0] in _measure_verbs()
    for c in figures.get(where.segment.index, ()):
        if c.category not in _MEASURE_CATEGORIES and not (measure_verb and _level(c)):
            continue
        if c.span.start <= start < c.span.end:
            # "The Tane rose to 5.2 metres at Dunmore on Monday": the unit word read as the date's verb
            return f"{c.value:g} {c.unit or c.noun or ''}".strip()
        if (
            measure_verb  # "sold for $30 million in 1967": a price is what a sale is for, not a reading
            and end <= c.span.start <= end + _MEASURE_GAP
            and not _PUNCTUATION.search(article.raw, end, c.span.start)
        ):
            return f"{c.value:g} {c.unit or c.noun or ''}".strip()
    return None


def _anniversaries(dated: list[_Dated], places: list[Place | None]) -> None:
    """Give each anniversary's date ("its 25th anniversary in 2021") the one earlier event date of its
    sentence it is counted from ("The plant, which opened in 1998, …"); none when the sentence dates no
    other event or more than one."""
    for d, where in zip(dated, places, strict=True):
        if where is None or d.role != "event" or not d.claim.value:
            continue
        years = lang.anniversary_before(where.text, where.start)
        if years is None:
            continue
        bases = [
            x
            for x, other in zip(dated, places, strict=True)
            if other is not None
            and x is not d
            and other.segment is where.segment
            and other.lo == where.lo
            and other.start < where.start
            and x.role == "event"
            and x.trigger is not None
            and x.claim.value
            and x.claim.granularity in ("year", "day")
        ]
        # the holder's own founding or opening: not "whose boathouse opened in 1999", not "bought … in 1999"
        own = [
            x
            for x in bases
            if x.trigger is not None
            and x.trigger.cls in lang.anniversary_events()
            and not lang.of_another_holder(where.text, x.trigger)
        ]
        if len(bases) == 1 and len(own) == 1:
            d.anniversary = (years, own[0].claim)


_THAN = re.compile(r"\s+than\b")
#: what lies between an anchor event and the date it is told with ("after the vote on Tuesday",
#: "after construction began in 2015"); a comma between them makes the date another event's
_OWN_DATE = re.compile(r"\s+(?:in|on)\s+")


def _by_segment(dated: list[_Dated], places: list[Place | None]) -> dict[int, list[tuple[_Dated, Place]]]:
    """The dates of each paragraph (by segment identity), in text order: an anchor looks only in its own."""
    out: dict[int, list[tuple[_Dated, Place]]] = {}
    for x, other in zip(dated, places, strict=True):
        if other is not None:
            out.setdefault(id(other.segment), []).append((x, other))
    return out


def _own_dates(dated: list[_Dated], places: list[Place | None]) -> None:
    """Give each anchored date the date its anchor event is told with in the same words, if any; a
    date told from the event told just before it ("Construction began in 2015. It was finished two years
    later, in 2018") the date of the nearest event before it in its paragraph."""
    paragraphs: dict[int, list[tuple[_Dated, Place]]] | None = None
    for d, where in zip(dated, places, strict=True):
        if d.anchor is None or where is None:
            continue
        if paragraphs is None:  # built once, and only for an article with an anchored date
            paragraphs = _by_segment(dated, places)
        same = paragraphs[id(where.segment)]
        if not d.anchor.cls:
            before = [
                (other.start, x.claim)
                for x, other in same
                if other.start < where.start
                and x.role == "event"
                and x.claim.value
                and x.claim.granularity in ("day", "year")
            ]
            d.anchor_date = max(before, key=lambda b: b[0])[1] if before else None
            continue
        if not d.anchor.end:
            continue
        for x, other in same:
            if x is d or not x.claim.value:
                continue
            if d.anchor.start <= other.start < d.anchor.end or _OWN_DATE.fullmatch(
                other.text, d.anchor.end, other.start
            ):
                d.anchor_date = x.claim
                break


#: words after a name that show it is no modifier of a noun ("Kelsworth said", "Kelsworth and Dorn")
_NOT_NOUN = frozenset(
    """and or of in on at to for with from by as is are was were be been has have had will would can could
    may might must shall should did does do said says told which who whose that than but not also then""".split()  # noqa: SIM905
)


def _modifies_noun(clause: str, name: str) -> bool:
    """Whether the name comes right before a common noun in the clause ("Kelsworth bus drivers",
    "Kelsworth's drivers"), naming where they are from rather than a party."""
    for word in _words_after(clause, name):
        if word in _NOT_NOUN or word.endswith(("ed", "ly")):
            continue
        form = frame_lexicons.irregular().get(word)
        if form is not None and form != word:
            continue  # "Kelsworth won", "Kelsworth fell"
        return True
    return False


def _of_name(clause: str, name: str) -> bool:
    """Whether the name follows a common noun and "of" ("the drivers of Kelsworth"): where they are from,
    as "Kelsworth drivers" says."""
    # the name's own occurrences first, then the words before each: a pattern per name would be compiled
    # for every name of every clause (a story names hundreds)
    at = clause.find(name)
    while at >= 0:
        if _OF_BEFORE.search(clause, 0, at) and _BOUNDARY.match(clause, at + len(name)):
            return True
        at = clause.find(name, at + 1)
    return False


#: "<common noun> of (the) " ending where a name begins (see :func:`_of_name`)
_OF_BEFORE = re.compile(r"\b[a-z][a-z'’-]+\s+of\s+(?:the\s+)?\Z")
#: a word boundary (``match`` at a position looks at the characters either side of it)
_BOUNDARY = re.compile(r"\b")
_WORD_CHAR_BEFORE = re.compile(r"[\w'’-]")
_NOUN_AFTER_NAME = re.compile(r"(?:['’]s)?\s+([a-z][a-z'’-]*)")


def _words_after(clause: str, name: str) -> Iterator[str]:
    r"""The lower-case word after each occurrence of ``name`` (and its possessive) that does not continue
    a word before it, as ``re.finditer`` would find ``(?<![\w'’-])NAME(?:['’]s)?\s+([a-z][a-z'’-]*)``."""
    at = clause.find(name)
    while at >= 0:
        m = None
        if not (at and _WORD_CHAR_BEFORE.match(clause, at - 1)):
            m = _NOUN_AFTER_NAME.match(clause, at + len(name))
        if m is not None:
            yield m.group(1)
            at = clause.find(name, m.end())
        else:
            at = clause.find(name, at + 1)


#: a place or body told after the subject's head ("bus drivers in Kelsworth", "workers at the Dorn plant")
_SUBJECT_TAIL = re.compile(r"\s+(?:in|at|of|from)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*)+$")
_SUBJECT_SKIP = _NOT_NOUN | frozenset({"the", "a", "an", "its", "their", "his", "her", "it", "they", "he", "she", "we"})


def _agent(text: str, trigger: lang.Trigger | None, lo: int) -> str | None:
    """The lemma of the common noun right before a verb trigger, its subject's head ("Bus drivers in
    Kelsworth walked out": driver; "Kelsworth nurses walked out": nurse); None for a name, a pronoun, a
    noun trigger or a clause that gives none."""
    if trigger is None or trigger.pos != "verb" or trigger.start <= lo:
        return None
    subject = text[lo : trigger.start].rstrip()
    last = subject.rsplit(None, 1)[-1:]
    if last and "A" <= last[0][0] <= "Z":  # the tail's pattern ends on a capitalised word: tried only there
        subject = _SUBJECT_TAIL.sub("", subject)
    head = lang.without_subject_pp(subject + " ")
    words = frame_lexicons.WORD.findall(head)
    if not words:
        return None
    word = words[-1]
    if word[:1].isupper() and len(words) > 1:
        return None  # a name: who it is is for the people links
    low = word.lower()
    if low in _SUBJECT_SKIP or low.endswith(("ed", "ly")) or low in frame_lexicons.irregular():
        return None
    classes = frame_lexicons.counted().classes
    if (cls := classes.get(low) or classes.get(frame_lexicons.lemma(low))) is not None:
        return cls  # "Quake strikes" and "The earthquake struck": one agent, the synonyms folded
    # a key, not a word: the suffix rules give "nurs" for "nurses" and "nurse" for "nurse"
    return frame_lexicons.lemma(low).removesuffix("e")


def _lemmas_before(where: Place) -> frozenset[str]:
    """The lemmas of the words of a date's sentence before it (what an anchor noun is looked up in)."""
    words = frame_lexicons.WORD.findall(where.text, where.lo, where.start)
    return frozenset(map(frame_lexicons.lemma, map(str.lower, words)))


@lru_cache(maxsize=2048)
def _outcomes_of(sentence: str) -> tuple[lang.OutcomeStatement, ...]:
    # once per sentence, not once per date in it; the outcomes linker reads a story's paragraphs after the
    # events linker read the sentences of its dates, and a one-sentence paragraph is read once (a story's
    # paragraphs are held)
    return tuple(lang.outcome_statements(sentence))


_CLAUSE_CUT = re.compile(
    r"[;:—]|,\s+(?:which|who|and|but|while|whereas|although)\b"
    r"|[,.]?[”\"]?,?(?<!\s)\s+(?:the\s+)?[\w\s.]{0,30}?\b(?:said|says|told|according)\b"
    # an attribution set off by commas: "…on Feb. 26, a spokeswoman, Lin Havas, said"
    r"|,\s+(?:an?|the|its|their)\s+[\w\s.-]{0,30}?,\s+[\w\s.'’-]{0,40}?,\s+(?:said|says|told|added)\b"
)


#: the cuts of _CLAUSE_CUT that need no reporting verb: a stretch without one is searched with these alone
#: (the same matches: the attribution alternatives, which try a reach of words at every space, cannot match)
_CLAUSE_CUT_PLAIN = re.compile(r"[;:—]|,\s+(?:which|who|and|but|while|whereas|although)\b")
_REPORTING = ("said", "says", "told", "according", "added")


#: any reporting verb of ``_REPORTING`` written in a stretch (as a substring, as ``in`` finds it)
_REPORTING_WRITTEN = re.compile("|".join(_REPORTING))


def _clause_cuts(text: str, pos: int, endpos: int) -> re.Pattern[str]:
    """The clause-cut pattern to search ``text[pos:endpos]`` with (see ``_CLAUSE_CUT_PLAIN``)."""
    return _CLAUSE_CUT if _REPORTING_WRITTEN.search(text, pos, endpos) else _CLAUSE_CUT_PLAIN


_RELATIVE = re.compile(r",\s+(?:which|who)$")
#: characters either side of a date (or its trigger) a clause may reach
CLAUSE_REACH = 400


def _clause(where: Place, trigger: lang.Trigger | None) -> tuple[int, int]:
    """The stretch of the sentence the event's participants are read from: from the clause start
    before the trigger (or date) to the clause end after the date; an attribution ("…, the company
    said") is not part of it."""
    text = where.text
    first = min(where.start, trigger.start) if trigger is not None else where.start
    last = max(where.end, trigger.end if trigger else 0)
    # a clause is a few hundred characters at most: bounding the search keeps a run-on "sentence" of
    # thousands of dates linear (issue 11), where scanning from its start for each date was quadratic
    lo, hi = max(where.lo, first - CLAUSE_REACH), min(where.hi, last + CLAUSE_REACH)
    cuts = [lo] + [m.end() for m in _clause_cuts(text, lo, first).finditer(text, lo, first)]
    lo = cuts[-1]
    if len(cuts) > 1 and _RELATIVE.search(text, cuts[-2], lo) and len(text[lo:first].split()) <= 2:
        # "The strike by Ostby refinery workers, which started on September 9": the relative clause's
        # subject is its antecedent, whose words say whose event it is
        lo = cuts[-2]
    cut = _clause_cuts(text, last, hi).search(text, last, hi)
    return lo, cut.start() if cut else hi


def _fits(anchor: lang.Anchor, f: _Frame, d: _Dated, need_object: bool = True) -> bool:
    """Whether the event of frame ``f`` (dated by ``d``) can be the anchor event: of the anchor's class,
    or of a class told of one occasion with it (``occasions`` of triggers.yaml: "the levy vote" /
    "approved the school levy") about the same thing; in either case not about another thing or one
    told with other modifiers ("the fire levy vote" / "the school levy"); never a plan ("will vote on
    March 10": a date that may move)."""
    if d.tense in ("future", "future_in_past"):
        return False
    objects = {o for o in (f.object, d.object_lemma, d.object) if o}
    if anchor.object and objects and anchor.object not in objects:
        return False
    if anchor.mods and f.mods and not anchor.mods & f.mods:
        return False
    bodies = {p.removeprefix("org:") for p in f.participants if p.startswith("org:")} | (
        {f.place} if f.place else set()
    )
    if anchor.names and bodies and not any(n in b for n in anchor.names for b in bodies):
        return False  # "the Marl County commission's levy vote" is not the Tellbury board's
    if f.cls == anchor.cls:
        return True
    if need_object and not (anchor.object and anchor.object in objects):
        return False
    return f.cls in frame_lexicons.occasions().get(anchor.cls, ())


def _anchors(frames: list[_Frame]) -> dict[int, str]:
    """Values of dates told relative to another event ("three days after the election"): the anchor
    event's day plus the offset. The anchor's day is the date told with it ("two years after construction
    began in 2015"), else that of the first dated mention of its event (by class, or by a class of one
    occasion with the same object, see :func:`_fits`) in the same article, else in the sentence that names
    its noun, else in the story. The anchored date's own event is never its anchor: "Three days after the
    election, on March 5, the winner named his cabinet" does not date the election March 5. An anchor
    whose day is not given stays unresolved."""
    dated: list[tuple[_Frame, _Dated, date]] = []
    for f in frames:
        if f.role != "event" or f.cls is None:
            continue
        for d in f.members:
            if d.claim.granularity == "day" and d.claim.value:
                dated.append((f, d, date.fromisoformat(d.claim.value)))
    # issue 16: an anchor looks only at the classes it may be of and the article it is in
    by_cls: dict[str, list[tuple[_Frame, _Dated, date]]] = {}
    by_path: dict[str, list[tuple[_Frame, _Dated, date]]] = {}
    order = {id(t[1]): i for i, t in enumerate(dated)}  # story order: the first dated mention first
    for t in dated:
        by_cls.setdefault(t[0].cls or "", []).append(t)
        by_path.setdefault(t[1].article.path, []).append(t)
    out: dict[int, str] = {}
    for f in frames:
        for d in f.members:
            if d.anniversary is not None and (since := d.anniversary[1].value):
                # "its 25th anniversary in 2021", counted from 1998
                out[id(d)] = str(int(since[:4]) + d.anniversary[0])
            a = d.anchor
            if a is None:
                continue
            own = d.anchor_date
            if not a.cls and own is not None and any(m.claim is own for m in f.members):
                continue  # "arrives on November 11, three days later": the event is not counted from itself
            if own is not None and own.weekday is not None and not any(ch.isdigit() for ch in own.text):
                # "two days after Tuesday's levy vote": a weekday read from publication may be another week's;
                # the anchor's day is the last such weekday the offset allows before the clause's own date
                told_here = next(
                    (
                        date.fromisoformat(m.claim.value)
                        for m in f.members
                        if m is not d and m.claim.granularity == "day" and m.claim.value and m.anchor is None
                    ),
                    None,
                )
                if told_here is not None:
                    latest = told_here - timedelta(days=a.days)
                    on = latest - timedelta(days=(latest.weekday() - own.weekday) % 7)
                    out[id(d)] = (on + timedelta(days=a.days)).isoformat()
                continue
            if own is not None and own.value:
                if a.weekday is not None:  # "the following Tuesday": the first Tuesday after the day told before
                    if own.granularity == "day":
                        told = date.fromisoformat(own.value)
                        ahead = (a.weekday - told.weekday()) % 7 or 7
                        out[id(d)] = (told + timedelta(days=ahead)).isoformat()
                elif own.granularity == "day":
                    out[id(d)] = (date.fromisoformat(own.value) + timedelta(days=a.days)).isoformat()
                elif own.granularity == "year" and a.days % 365 == 0:
                    out[id(d)] = str(int(own.value[:4]) + a.days // 365)
                continue
            path = d.article.path
            classes = frame_lexicons.occasions().get(a.cls, frozenset()) | {a.cls}
            candidates = sorted((t for cls in classes for t in by_cls.get(cls, ())), key=lambda t: order[id(t[1])])
            fitting = [(g, x, day) for g, x, day in candidates if g is not f and _fits(a, g, x)]
            here_told = [(x, day) for g, x, day in fitting if x.article.path == path and g.cls == a.cls]
            before = [(x, day) for x, day in here_told if x.claim.span.start < d.claim.span.start]
            if len({day for _, day in here_told}) > 1 and before:
                # two such events in the article ("chose Brandt on May 5 … appointed Hale on May 8. Two days
                # after his appointment"): the one told last before the anchored date
                here_told = [max(before, key=lambda t: t[0].claim.span.start)]
            here = [day for _, day in here_told]
            # "Voting in the Marrick referendum took place on Sunday, March 2": the noun dated by another verb
            named = [day for g, x, day in by_path.get(path, ()) if g is not f and a.noun in x.before]
            related = [day for g, x, day in fitting if x.article.path == path]
            if not related:
                # "Voters elected Mara Voss on May 5. A week after her election, …": one occasion told in
                # the same article, unique there, though the anchor names nothing it concerns
                loose = {
                    day for g, x, day in candidates if g is not f and x.article.path == path and _fits(a, g, x, False)
                }
                related = list(loose) if len(loose) == 1 else []
            kin = _kin().get(a.cls, frozenset()) | {a.cls}
            people = {p for p in f.participants if not p.startswith(("org:", "body:"))}
            # "two weeks before the shooting" in a story of two shootings, one told "was killed on June 24":
            # the one of the same people, told with the anchor's class or a kin class
            mine = {
                day
                for cls in kin
                for g, x, day in by_cls.get(cls, ())
                if g is not f and x.tense not in ("future", "future_in_past") and people & g.participants
            }
            if len(mine) == 1:
                out[id(d)] = (next(iter(mine)) + timedelta(days=a.days)).isoformat()
                continue
            if _other_incident(a.cls, kin, by_cls, f):
                continue  # "the shooting" of the guards on June 20, or the deputy "shot dead" on June 24: unknown
            anywhere = [day for g, x, day in fitting if g.cls == a.cls] + [day for _, _, day in fitting]
            if len(set(anywhere)) > 1:
                # the story dates two events the anchor may name ("the shooting": the deputy's, or the
                # one four days earlier): which one it counts from is not known
                anywhere = []
            found = next(iter((*here, *named, *related, *anywhere)), None)
            if found is not None:
                out[id(d)] = (found + timedelta(days=a.days)).isoformat()
            elif a.days % 365 == 0 and (year := _anchor_year(frames, f, d)) is not None:
                # "opened in 2018, three years after the 2016 flood": whole years from the anchor's year
                out[id(d)] = str(year + a.days // 365)
    return out


def _other_incident(
    cls: str, kin: frozenset[str], by_cls: dict[str, list[tuple[_Frame, _Dated, date]]], own: _Frame
) -> bool:
    """Whether the story dates, besides the events of the anchor's class ``cls``, an event of a kin class
    on another day with none of their people: two incidents an anchor ("the shooting") may name."""
    same = [(g, day) for g, _, day in by_cls.get(cls, ()) if g is not own]
    if not same:
        return False
    people = {p for g, _ in same for p in g.participants if not p.startswith(("org:", "body:"))}
    days = {day for _, day in same}
    for k in kin - {cls}:
        for g, x, day in by_cls.get(k, ()):
            theirs = {p for p in g.participants if not p.startswith(("org:", "body:"))}
            if g is not own and day not in days and theirs and not theirs & people and x.tense != "future":
                return True
    return False


@lru_cache(maxsize=1)
def _kin() -> dict[str, frozenset[str]]:
    """Trigger class → the classes whose events an anchor of it may name when they are of the same people
    (``anchor_kin`` of ``triggers.yaml``: "the shooting" of a deputy the story tells "was killed")."""
    out: dict[str, set[str]] = {}
    for group in frame_lexicons.raw("triggers.yaml").get("anchor_kin") or ():
        for cls in group:
            out.setdefault(str(cls), set()).update(str(c) for c in group)
    return {k: frozenset(v) for k, v in out.items()}


def _anchor_year(frames: list[_Frame], own: _Frame, d: _Dated) -> int | None:
    """The year the anchor event of ``d`` is dated by in its article, when only its year is given (a
    year-granular date of another frame of the anchor's class)."""
    assert d.anchor is not None
    for f in frames:
        if f is own or f.role != "event" or f.cls != d.anchor.cls:
            continue
        for x in f.members:
            if x.article.path == d.article.path and x.claim.granularity == "year" and x.claim.value:
                return int(x.claim.value[:4])
    return None


def _label(frame: _Frame, first: _Dated) -> str:
    """The event named in words for messages: its trigger as a noun (``nominals`` of triggers.yaml, else
    the gerund) with its object as written: "signing of the river treaty", "council decision",
    "walkout", "referendum"."""
    t = first.trigger
    if t is None:
        return first.claim.event or "the event"
    noun = t.lemma if t.pos == "noun" else _nominal(t.lemma)
    # the first telling's own object, else the first with one, preferring an object to a subject
    member = next(
        (m for m in (first, *frame.members) if m.object_written and not m.object_written[1]),
        next((m for m in frame.members if m.object_written), None),
    )
    if member is not None and member.object_written is not None:
        words, subject = member.object_written
        if words.split()[-1].lower() == noun:
            return words  # "the strike … began": "strike", not "strike start"
        return f"{words} {noun}" if subject else f"{noun} of the {words}"
    obj = first.object_lemma or frame.object
    return f"{noun} of the {obj}" if obj and t.pos == "verb" else noun


@lru_cache(maxsize=1024)
def _nominal(lemma: str) -> str:
    """The noun of a verb trigger's event ("decide" → "decision"), from ``nominals`` of triggers.yaml,
    else its gerund ("demolish" → "demolishing")."""
    table = frame_lexicons.raw("triggers.yaml").get("nominals") or {}
    if lemma in table:
        return str(table[lemma])
    first, _, rest = lemma.partition(" ")
    if first.endswith("e") and not first.endswith(("ee", "ye", "oe")) and len(first) > 2:
        first = first[:-1]
    return f"{first}ing{' ' + rest if rest else ''}"


@linker("events", requires=("entities",), provides=("events",))
def link_events(articles: Sequence[Article], links: StoryLinks) -> Mapping[str, Any]:
    """Events: an event frame for every date claim; dates of one event share a frame across the story."""
    frames: list[_Frame] = []
    by_class: dict[str, list[_Frame]] = {}
    mentions = mention_index(links)
    for article in articles:
        features = _features(article, mentions)
        _mark_series(features)
        for d in features:
            cls = d.trigger.cls if d.trigger is not None else None
            home = None
            if d.role == "event" and cls is not None:
                home = next((f for f in by_class.get(cls, ()) if f.accepts(d)), None)
            if home is None:
                home = _Frame(cls, d.role, [], set(), d.place, d.object, d.mods, d.polarity, d.distinct, d.agent)
                frames.append(home)
                if cls is not None and d.role == "event":
                    by_class.setdefault(cls, []).append(home)
            home.members.append(d)
            home.participants |= d.participants
            home.place = home.place or d.place
            home.object = home.object or d.object
            home.mods = home.mods or d.mods
            home.polarity = d.polarity if home.polarity is None else home.polarity
            home.agent = home.agent or d.agent
    anchored = _anchors(frames)
    out = []
    for n, f in enumerate(frames, 1):
        first = f.members[0]
        # every value is of its field's exact type (lemmas, ids and paths as str, tuples of str): the
        # frame is made as validation would make it, without validating a few thousand frames a run
        out.append(
            construct(
                EventFrame,
                id=f"V{n}",
                trigger=first.trigger.lemma if first.trigger else None,
                trigger_class=f.cls,
                participants=tuple(sorted(f.participants)),
                place=f.place,
                object=f.object,
                tense=first.tense,
                claims=tuple(d.claim.id for d in f.members),
                articles=tuple(d.article.path for d in f.members),
                role=f.role,
                label=_label(f, first),
                anchored={
                    claim_key(d.article.path, d.claim.id): anchored[id(d)] for d in f.members if id(d) in anchored
                },
            )
        )
    return {"events": tuple(out)}


def _mark_series(features: list[_Dated]) -> None:
    """Mark the meetings of an article that tells meetings on more than one day (see ``_Dated.series``)."""
    meetings = [d for d in features if d.role == "event" and d.trigger is not None and d.trigger.cls in _MET_BY_PARTIES]
    if len({d.claim.value for d in meetings if d.claim.value}) > 1:
        for d in meetings:
            d.series = True


_SUBJECT_STOP = re.compile(r"[;:]|,\s+(?:which|who|and|but)\b|\b(?:said|says|told|that)\b")
#: a passive outcome: "was rejected", "has been approved"
_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been)\s+(?:\w+ly\s+)?$")
#: the agent of a passive outcome: "by the Kessport council"
_AGENT = re.compile(
    r"\s*by\s+((?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+?)(?=\s+(?:on|in|at|after|before|last|this|for)\b|[,.;]|$)"
)


@linker("outcomes", requires=("entities",), provides=("outcomes",))
def link_outcomes(articles: Sequence[Article], links: StoryLinks) -> Mapping[str, Any]:
    """Outcomes: each outcome phrase of the polarity lexicon with its subject, object and date."""
    out: list[Outcome] = []
    mentions = mention_index(links)
    for article in articles:
        dates: list[DateClaim] | None = None  # made when an outcome is first found: most paragraphs state none
        for seg in article.segments:
            if seg.kind == "furniture":
                continue
            for st in _outcomes_of(seg.text):
                if st.revised:
                    continue
                sent = next((x for x in seg.sentences or () if x.start <= st.start < x.end), None)
                lo, hi = (sent.start, sent.end) if sent else (0, len(seg.text))
                participants, object_text = _outcome_parties(article, seg, st, lo, hi, mentions, links)
                tail = seg.text[st.tail or st.end : hi]
                about = outcome_slots.about(tail if st.person is not None else object_text)
                obj = tuple(
                    sorted(
                        {
                            frame_lexicons.lemma(w)
                            for w in frame_lexicons.WORD.findall(object_text)
                            if w.lower() not in _OBJECT_STOP and not w[:1].isupper()
                        }
                    )
                )
                text = seg.text[st.start : st.end]
                if st.person is not None and st.start <= st.person[0] < st.person[1] < st.end:
                    # "found Sorrel Dane guilty": the outcome's words, the person told apart
                    text = f"{seg.text[st.start : st.person[0]].rstrip()} {seg.text[st.person[1] : st.end].lstrip()}"
                rival = _opponent(article, seg, st, hi, mentions) if st.opponent else None
                if rival is not None:  # "beat the Dunmore Stags": the other side is told with the verb
                    text = seg.text[st.start : rival.end]
                    about = outcome_slots.about(seg.text[rival.end : hi]) or about
                fs, fe = seg.file_range(st.start, st.end)
                if dates is None:
                    dates = [c for c in article.claims if isinstance(c, DateClaim)]
                date = next(
                    (
                        d.value
                        for d in dates
                        if d.segment == seg.index
                        and seg.file_offset(lo) <= d.span.start < seg.file_offset(hi - 1) + 1
                        and d.value
                        and (d.modifier or "") not in BOUNDS
                    ),
                    None,
                )
                out.append(
                    construct(  # typed values, as for an EventFrame
                        Outcome,
                        id=f"O{len(out) + 1}",
                        article=article.path,
                        span=article.span(fs, fe),
                        text=text,
                        cls=st.cls,
                        positive=st.positive,
                        participants=tuple(sorted(participants)),
                        object=obj,
                        date=date,
                        about=about,
                    )
                )
                if rival is not None and rival.participants and participants:
                    # "the Kites beat the Stags" is the Stags' loss too: the other side, opposite polarity
                    out.append(
                        construct(
                            Outcome,
                            id=f"O{len(out) + 1}",
                            article=article.path,
                            span=article.span(fs, fe),
                            text=("lost to " if st.positive else "beat ") + _holder_name(participants, links),
                            cls=st.cls,
                            positive=not st.positive,
                            participants=tuple(sorted(rival.participants)),
                            object=obj,
                            date=date,
                            about=about,
                        )
                    )
    return {"outcomes": tuple(out)}


@dataclass(frozen=True)
class _Rival:
    """The other side of a contest, named right after "beat" or "lost to": whom, and where its name ends."""

    participants: frozenset[str]
    end: int


#: the name right after a contest phrase ("beat the Dunmore Stags in …", "lost to Ardley 2-1")
_RIVAL = re.compile(r"\s+(?:the\s+)?((?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,4})")


def _opponent(
    article: Article, seg: Segment, st: lang.OutcomeStatement, hi: int, mentions: MentionIndex
) -> _Rival | None:
    """The other side of a contest whose phrase takes it as its object ("the Kites beat the Dunmore
    Stags": the Stags, who lost), from the name right after the phrase; None when no name is there
    ("beat the odds", "defeated the motion")."""
    m = _RIVAL.match(seg.text, st.end, hi)
    if m is None:
        return None
    who = mentions.people_in(article, *seg.file_range(m.start(1), m.end(1)))
    if not who:
        who = frozenset("org:" + o for o in organisations(m.group(1)))
    return _Rival(who, m.end(1)) if who else None


def _holder_name(participants: frozenset[str], links: StoryLinks) -> str:
    """A readable name of whom an outcome is of ("Harlow Kites", "the ministry"), for its text."""
    for x in sorted(participants):
        if ":" not in x and (e := links.entity(x)) is not None:
            return e.canonical
    orgs = sorted((x.split(":", 1)[1] for x in participants if ":" in x), key=len, reverse=True)
    if not orgs:
        return ""
    return orgs[0] if orgs[0][:1].isupper() else "the " + orgs[0]


#: a personal pronoun as a clause's subject, right before its verb group ("On Friday he was convicted")
_SUBJECT_PRONOUN = re.compile(
    r"(?:^|[\s,])(he|she|He|She)\s+(?:(?:was|were|is|has|had|have|been|also|then|later)\s+)*$"
)


def _pronoun_person(article: Article, mentions: MentionIndex, at: int, word: str) -> frozenset[str]:
    """The person a singular pronoun at file offset ``at`` refers to: the last person of the article
    mentioned before it whose gender fits ("Selim Varga … On Friday a jury acquitted him"), a known
    fitting gender before an unknown one; empty when none is (:meth:`MentionIndex.last_person_before`)."""
    p = names.pronoun(word)
    if p is None or p.number != "singular":
        return frozenset()
    found = mentions.last_person_before(article, at, p.gender)
    return frozenset({found}) if found is not None else frozenset()


def _outcome_parties(
    article: Article,
    seg: Segment,
    st: lang.OutcomeStatement,
    lo: int,
    hi: int,
    mentions: MentionIndex,
    links: StoryLinks,
) -> tuple[frozenset[str], str]:
    """Whom an outcome statement is of (entity ids, ``org:`` and ``body:`` names) and the text of what
    it concerns, in the sentence ``seg.text[lo:hi]``.

    The person an active verb acts on when the phrase has one ("a jury in Belham acquitted former
    sergeant Colm Dorn": Dorn, not the jury); else the subject before the phrase ("Ashgrove, who pleaded
    not guilty": Ashgrove), or a passive's agent when its subject names nobody ("The plan was rejected
    by the council": the council; the plan is what it concerns)."""
    tail = seg.text[st.tail or st.end : hi]
    cut = re.search(r"[;:]|,\s|\b(?:but|while|after|before|when|said|says)\b", tail)
    object_text = tail[: cut.start() if cut else len(tail)]
    if st.person is not None:
        # the post a person is dismissed from is part of what a departure concerns ("sacked head coach
        # Ruth Amberley" / "stepped down as head coach"); lower-case words only, the name is whom
        post = seg.text[st.person[0] : st.person[1]]
        who = mentions.people_in(article, *seg.file_range(*st.person))
        if not who:  # "a jury acquitted him": the person named before
            who = _pronoun_person(article, mentions, seg.file_offset(st.person[0]), post)
        return who, f"{post} {object_text}"
    if st.chamber is not None:
        # "The bill passed the Senate", "died in committee": the chamber's decision on the bill
        subject_text = seg.text[lo : st.start]
        for m in _SUBJECT_STOP.finditer(seg.text, lo, st.start):
            subject_text = seg.text[m.end() : st.start]
        return frozenset({"body:" + st.chamber}), f"{subject_text} {object_text}"
    head_from, head_to = lo, st.start
    for m in _SUBJECT_STOP.finditer(seg.text, lo, st.start):
        if m.group(0).startswith(",") and m.group(0).rstrip().endswith("who"):
            # "Ashgrove, who pleaded not guilty": the relative clause's subject is the noun before it
            head_from, head_to = (head_from if head_from < m.start() else lo), m.start()
        else:
            head_from, head_to = m.end(), st.start
    subject_text = seg.text[head_from:head_to]
    passive = _PASSIVE.search(subject_text) is not None
    pronoun = _SUBJECT_PRONOUN.search(subject_text)
    if pronoun and not mentions.people_in(article, *seg.file_range(head_from, head_to)):
        # "He was convicted of fraud", "On Friday she resigned": the person named before
        if passive:
            object_text = re.split(r"\bby\b", object_text, maxsplit=1)[0]
        at = seg.file_offset(head_from + pronoun.start(1))
        return _pronoun_person(article, mentions, at, pronoun.group(1)), object_text
    if passive and not mentions.people_in(article, *seg.file_range(head_from, head_to)):
        # "The bridge plan was rejected by the council": the subject is what the outcome
        # concerns, the agent after "by" whom it is of ("Drummond was convicted": of Drummond)
        agent = _AGENT.match(object_text)
        subject_text, object_text = (agent.group(1) if agent else ""), subject_text
        head_from = head_to = st.end
        if agent:
            head_from, head_to = st.end + agent.start(1), st.end + agent.end(1)
    elif passive:
        # "Dorn was convicted of misconduct by a jury at Belham Crown Court": the agent is not what it concerns
        object_text = re.split(r"\bby\b", object_text, maxsplit=1)[0]
    fa, fb = seg.file_range(head_from, head_to)
    participants = mentions.people_in(article, fa, fb) | {"org:" + o for o in organisations(subject_text)}
    body = quantities.body_noun(subject_text)
    if body is not None:  # "the council": which body, when no name says which one
        participants |= {"body:" + body}
    holder = _holder(subject_text)
    if holder is not None and not any(":" not in x for x in participants):
        # "The ministry denied the talks": an organisation named only by its noun; "the Selvian
        # ministry" is one named by its adjective, not "Selvian"
        kind, name, named_by = holder
        if kind == "org":
            participants = frozenset(x for x in participants if x != "org:" + named_by) | {f"org:{name}"}
        else:  # "the Kessport council" stays Kessport's; "The Senate" is the senate
            participants |= {f"body:{name}"}
    return frozenset(participants), object_text


#: the subject "the [up to two modifiers] <noun>" right before its verb group ("The foreign ministry
#: has also confirmed", "the Senate")
_HOLDER = re.compile(
    r"(?:^|\s)(?:the|its)\s+((?:[\w'’-]+\s+){0,2}?)([\w-]+)\s+"
    r"(?:(?:also|has|have|had|was|were|is|are|been|then|later|\w+ly)\s+)*$",
    re.I,
)


def _holder(subject_text: str) -> tuple[str, str, str] | None:
    """An organisation or body the subject names only by its noun: (``org`` or ``body``, its name,
    its capitalised modifiers) — "The ministry" → ("org", "ministry", ""), "the Selvian ministry" →
    ("org", "Selvian ministry", "Selvian"), "The Senate" → ("body", "senate", ""); None otherwise
    (polarity.yaml's ``holder_nouns``, counted.yaml's ``bodies``)."""
    m = _HOLDER.search(subject_text)
    if m is None:
        return None
    noun = frame_lexicons.lemma(m.group(2).lower())
    named = " ".join(w for w in m.group(1).split() if w[:1].isupper())
    if noun in frame_lexicons.counted().bodies:
        return "body", noun, named
    if noun in frame_lexicons.polarity().holder_nouns:
        return "org", f"{named} {noun}".strip(), named
    return None


#: words that say nothing of what an outcome concerns
_OBJECT_STOP = frozenset(
    """a an the to of on in at for by with from and or its his her their this that be is was were are has have
    had not no monday tuesday wednesday thursday friday saturday sunday today yesterday week month year day
    count counts charge charges into over under about after before during against up out it them him us game
    games""".split()  # noqa: SIM905 - a word list reads better as text
)


@hookimpl
def claimcheck_register_linkers() -> list[Linker]:
    return [link_events, link_outcomes]
