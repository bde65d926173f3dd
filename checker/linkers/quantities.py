"""Quantities across a story: a quantity frame for every figure claim.

The ``quantities`` linker (after ``people``: an age belongs to a person entity) gives each figure
what it counts (the counted noun's lemma and synonym class from ``counted.yaml``: homes / houses /
residences), what happened to it (an outcome class from ``outcomes.yaml``: killed / dead / deaths /
toll), its holder (a money amount's noun: "the deficit of $3.1 million", "a $1.3 million deficit";
a tally's body or series; an age's person), place, as-of time ("by Monday night", "as of Tuesday")
and unit. Figures agreeing on all of these share a :class:`QuantityFrame`; a figure that is part
of, or in addition to, another ("another four", "… alone") gets a frame of its own.

Each frame also carries, per claim, the relations its sentence states: the items listed after a
count ("four priorities: A, B and C"), the size of the body a tally is cast in ("on a seven-member
board"), the game a series was decided in, the total a part is "including" in, and the start year
of an ongoing thing a duration measures ("the six-year war" / "since 2011").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Literal

from checker.hookspecs import hookimpl
from checker.language import event_nouns, frame_lexicons, lexicons, names, proportions, quantities, timex
from checker.language.prefilter import may_hold
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
from checker.links import QuantityFrame, QuantityRelation, StoryLinks, claim_key
from checker.models import Article, DateClaim, FigureClaim, QuoteClaim, construct
from checker.story_index import mentions_in

_COMPARED = frozenset({"count", "money", "percent", "tally", "measure", "age", "duration", "ratio", "fraction"})
_POSSESSIVE = re.compile(r"['’]s$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_INCLUDING = re.compile(r"^[^,.;]*,?\s+including\s+(?:some\s+|about\s+|at\s+least\s+|nearly\s+)?$", re.I)
_AS_OF = re.compile(r"\b(?:by|as\s+of|as\s+at|through)\s+$", re.I)
#: things that last and are counted from a start year ("the six-year war"); a "10-year deal" is one of
#: many instances, so two of them with different lengths are no contradiction
_ONGOING = frozenset(
    [
        "war",
        "conflict",
        "crisis",
        "siege",
        "occupation",
        "insurgency",
        "uprising",
        "drought",
        "blockade",
        "reign",
        "rule",
        "presidency",
        "tenure",
        "career",
        "marriage",
        "investigation",
        "feud",
        "dispute",
        "campaign",
        "struggle",
        "fight",
        "battle",
        "strike",
        "shutdown",
        "boycott",
        "embargo",
        "recession",
    ]
)


@dataclass(slots=True)
class _Fig:
    """A figure claim with what the quantities linker compares it by (key, place, owners, years, labels)."""

    article: Article
    claim: FigureClaim
    key: tuple[Any, ...] | None  # None: compared with nothing
    place: str | None
    owners: frozenset[str]
    years: frozenset[str]
    as_of: str | None
    label: str
    counted: str | None = None
    outcome: str | None = None
    holder: str | None = None
    monotonic: bool = False
    relations: list[QuantityRelation] = field(default_factory=list)
    where: Place | None = None
    scope: str | None = None
    #: the day of the event the figure is counted in ("Thursday's bombing", or the day of the
    #: bombings "those bombings" refers back to): (value, weekday) of its date claim
    event_day: tuple[str | None, int | None] | None = None
    #: what a project's amount is spent on: "an $800 million expansion of the container terminal" → terminal
    thing: str | None = None
    #: what makes a count part of a larger toll: one site ("site school"), one agent, a group from one place
    #: ("from zinbi"); see quantities.part_of
    part: str | None = None
    #: a tally's clause tells the motion voted on, by its words or an anaphor ("the measure passed 7-2"),
    #: not a game's score ("defeated the Rams 20-13")
    motion: bool = False
    #: whose amount of money it is, lowercased ("harl county", "school board"); see quantities.money_owner
    money_owner: str | None = None
    #: the adjective a size is told with ("long" in "40 miles long"); None in "the 45-mile pipeline"
    dimension: str | None = None
    #: the project an amount is the cost of ("expansion"), when a project noun names it
    project: str | None = None
    #: ``as_of`` is the publication date of a running total, not a date of the text
    as_of_published: bool = False
    #: what a proportion's clause says of its share, lemmas in order ("cannot afford heat"); see
    #: proportions.predicate
    predicate: tuple[str, ...] = ()
    #: a proportion's least and most share of its population (proportions.share_bounds)
    share: tuple[float, float] | None = None


def _as_of(article: Article, where: Place, claim: FigureClaim, dates: list[DateClaim]) -> str | None:
    """The value of a date written as the figure's as-of time in its sentence ("by Monday night")."""
    seg = where.segment
    lo, hi = seg.file_offset(where.lo), seg.file_offset(max(where.lo, where.hi - 1)) + 1
    told: str | None = None
    for d in dates:
        if d.segment != seg.index or not lo <= d.span.start < hi or not d.value:
            continue
        before = article.raw[max(0, d.span.start - 12) : d.span.start]
        if (d.modifier or "") in ("by", "as of") or _AS_OF.search(before):
            return d.value
        if told is None and _told_on(article.raw, d, claim):
            told = d.value
    return told


#: a date a figure is told as of: the day of its report ("officials said on Monday", "On Tuesday
#: officials said") or the day a toll stood at it ("the death toll stood at 62 on Tuesday")
_REPORT_BEFORE = re.compile(r"\b(?:said|says|told\s+\w+|reported|announced|confirmed)\s+(?:on\s+)?$")
_REPORT_AFTER = re.compile(r",?\s+(?:the\s+)?(?:[a-z]+\s+){0,2}[a-z]+\s+(?:said|reported|announced|confirmed)\b")
_TOLL_ON = re.compile(r"\s+on\s+$")


#: a count told as a running total: a perfect ("has burned", "have now been evacuated") right before it, or
#: "now", "so far", "to date" in its clause; "45 passengers were rescued" is the count of a past event
_PERFECT_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?[a-z]+(?:\s+(?:through|over))?"
    r"\s+(?:at\s+least\s+|more\s+than\s+|about\s+|nearly\s+|some\s+|almost\s+)?$"
)
_SO_FAR = re.compile(r"\b(?:now|so\s+far|to\s+date|thus\s+far)\b", re.I)


def _running(where: Place, clause: str) -> bool:
    before = where.text[max(where.lo, where.start - 60) : where.start]
    return bool(_PERFECT_BEFORE.search(before) or _SO_FAR.search(clause))


def _told_on(raw: str, d: DateClaim, claim: FigureClaim) -> bool:
    if _REPORT_BEFORE.search(raw, max(0, d.span.start - 30), d.span.start):
        return True
    if _REPORT_AFTER.match(raw, d.span.end) and re.search(
        r"(?:^|[.\n]\s*)On\s+$", raw[max(0, d.span.start - 6) : d.span.start]
    ):
        return True  # "On Tuesday officials said the death toll was 62"
    return (
        d.span.start > claim.span.end
        and bool(_TOLL_ON.fullmatch(raw, claim.span.end, d.span.start))
        and quantities.toll_of(raw, claim.span.start)[0] is not None  # a toll's value, not "voted 6-3 on Tuesday"
    )


def _features(
    article: Article, links: StoryLinks, mentions: MentionIndex, known: dict[str, frozenset[str]]
) -> list[_Fig]:
    segments = segments_of(article)
    dates: dict[int, list[DateClaim]] = {}
    for c in article.claims:
        if isinstance(c, DateClaim):
            dates.setdefault(c.segment, []).append(c)
    figures = [c for c in article.claims if isinstance(c, FigureClaim)]
    all_dates = [d for ds in dates.values() for d in ds]
    out: list[_Fig] = []
    other_events: dict[tuple[int, int], bool] = {}
    sentences: dict[tuple[int, int], tuple[str | None, frozenset[str], frozenset[str]]] = {}
    for claim in figures:
        where = locate(segments, claim) if claim.category in _COMPARED else None  # an ordinal is compared with nothing
        if where is None:
            out.append(_Fig(article, claim, None, None, frozenset(), frozenset(), None, claim.text))
            continue
        clause = _clause(where)
        fig = _Fig(article, claim, None, None, frozenset(), frozenset(), None, claim.text, where=where)
        _describe(fig, where, clause, links)
        if claim.category == "count" and claim.value is not None:
            # read for figures of no frame too: "the attack on one of his schools killed 40 Palestinians"
            # is the part a later "It has killed 40 people" refers back to
            fig.part = quantities.part_of(where.sentence, where.start - where.lo, where.end - where.lo)
        if fig.key is not None and _other_event(other_events, segments, where):
            fig.key = None  # "the last major quake … It killed 612 people": another event's toll
        if fig.key is not None or fig.holder == _VOTE_OF_EARLIER:
            # only a figure compared with others needs its place, names, years and time
            fig.place, fig.owners, fig.years = _sentence_features(
                sentences, where, clause, article, links, mentions, known
            )
            fig.scope = quantities.scope_after(where.text, where.end, where.hi)
            if fig.key is not None and fig.key[0] == "proportion" and claim.text.isupper():
                # "ONE IN FOUR care homes": the capitals of the proportion's own words name no place or body
                own = set(claim.text.lower().split())
                fig.owners = frozenset(o for o in fig.owners if o.removeprefix("org:").lower() not in own)
                fig.place = None if fig.place and fig.place.lower() in own else fig.place
            if fig.holder in frame_lexicons.counted().per_party_holders:  # whose deal: the people named with it
                lo, hi = where.segment.file_offset(where.lo), where.segment.file_offset(where.hi)
                fig.owners |= {who for _, _, who in _people_in(article, links, lo, hi)}
            fig.as_of = _as_of(article, where, claim, dates.get(claim.segment, []))
            if fig.as_of is None and fig.monotonic and article.meta.published and _running(where, clause):
                fig.as_of = article.meta.published.isoformat()  # "has now burned 3,100 acres": as of today
                fig.as_of_published = True
            if fig.outcome == "reached":
                # a peak measured on a day ("Winds in Pell reached 90 mph on Tuesday") and in a named storm
                fig.event_day = _vote_day(where, clause, dates.get(claim.segment, []))
                if fig.event_day is None and _shifted(where):
                    # "A week later, winds in Pell reached 60 mph": measured at another time than the peak told
                    # before it; a peak is no running total, so the two are not compared
                    fig.event_day = (f"{_SHIFT}{article.path}:{claim.span.start}", None)
                fig.thing = " ".join(sorted(quantities.named_events(where.sentence))) or None
            elif claim.category in ("count", "measure"):
                _event_of(fig, article, where, all_dates)
            elif claim.category == "tally":
                fig.event_day = _vote_day(where, clause, dates.get(claim.segment, []))
                # "Board members approved …": a body's noun opening a sentence is no organisation's name
                bodies = frame_lexicons.counted().bodies
                fig.owners = frozenset(
                    o for o in fig.owners if frame_lexicons.lemma(o.removeprefix("org:")) not in bodies
                )
        out.append(fig)
    _votes(out)
    _sizes(out, article)
    _parts(out, segments)
    _money_splits(out)
    _compared(out)
    _differences(out)
    _ages(out, article, links, segments, dates)
    return out


_DAY_BEFORE = re.compile(r"(?:['’]s)?\s+")
_DAY_AFTER = re.compile(r"\s+(?:on|of)\s+")


def _day_of(article: Article, dates: list[DateClaim], noun: event_nouns.EventNoun) -> DateClaim | None:
    """The date written with an event noun: "Thursday's bombing", "the Wednesday bombings", "the attack on
    Monday" (offsets in ``article.raw``)."""
    raw = article.raw
    for d in dates:
        if d.span.end <= noun.start and _DAY_BEFORE.fullmatch(raw, d.span.end, noun.start):
            return d
        if d.span.start >= noun.end and _DAY_AFTER.fullmatch(raw, noun.end, d.span.start):
            return d
    return None


def _day_told_after(article: Article, dates: list[DateClaim], noun: event_nouns.EventNoun) -> DateClaim | None:
    """The date its clause gives an event noun a little after it ("A second attack struck Pellow on
    Tuesday"), not one of a report ("…, police said Tuesday")."""
    end = noun.end + 60
    stop = re.search(r"[.;]|\b(?:said|says|told)\b", article.raw[noun.end : end])
    end = noun.end + stop.start() if stop else end
    return next((d for d in dates if noun.end <= d.span.start < end), None)


def _event_of(fig: _Fig, article: Article, where: Place, dates: list[DateClaim]) -> None:
    """The day and place of the event a count is counted in: written with its event noun ("12 killed in
    Thursday's bombing"), or, for an anaphor ("seven killed in those bombings"), with the mention it
    refers back to ("The Wednesday bombings in Upper Nile state …"): two counts of one kind in events of
    different days or places are different quantities."""
    seg = where.segment
    lo, hi = seg.file_offset(where.lo), seg.file_offset(max(where.lo, where.hi - 1)) + 1
    noun = event_nouns.event_noun_of(article.raw, fig.claim.span.start, fig.claim.span.end, lo, hi)
    if noun is None:
        return
    day = _day_of(article, dates, noun)
    if day is None and noun.anaphoric:
        before = event_nouns.antecedent(article.raw, noun, lo)
        if before is not None:
            day = _day_of(article, dates, before) or _day_told_after(article, dates, before)
            if fig.place is None:
                fig.place = place_of(article.raw[before.start : before.end + 80])
    if day is not None:
        fig.event_day = (day.value, day.weekday)


#: the words that end a thing's name (shared with the project reader: :data:`quantities.PHRASE_END`)
_THING_STOP = quantities.PHRASE_END


_THING_WORD = re.compile(r"[A-Za-z-]+|[^\sA-Za-z-]")


@lru_cache(maxsize=256)
def _holder_of(holder: str) -> re.Pattern[str]:
    """An amount's holder noun and its "of" ("expansion of the"), per holder noun of the lexicon."""
    return re.compile(rf"\s+(?:[a-z-]+\s+)?{re.escape(holder)}s?\s+of\s+(?:the|its|their|his|her|a|an)\s+")


def _thing_of(text: str, end: int, holder: str) -> str | None:
    """The head noun of the "of" phrase after an amount's holder noun ("$800 million expansion of the
    container terminal" → "terminal"), lemmatised; None when none follows."""
    m = _holder_of(holder).match(text, end) if text.find(holder, end) >= 0 else None  # no pattern built for most
    if m is None:
        return None
    head = None
    for w in _THING_WORD.finditer(text[m.end() : m.end() + 60]):
        word = w.group(0)
        if not word[:1].isalpha() or word.lower() in _THING_STOP:
            break
        head = word.lower()
    return frame_lexicons.lemma(head) if head else None


def _vote_day(where: Place, clause: str, dates: list[DateClaim]) -> tuple[str | None, int | None] | None:
    """The date a vote is told with in its clause ("approved the budget 6-3 on Tuesday", "Last year the
    measure passed 5-4"), not the date of its attribution ("…, officials said Wednesday")."""
    seg = where.segment
    lo, hi = seg.file_offset(where.lo), seg.file_offset(min(where.hi, where.lo + len(clause)) - 1) + 1
    for d in dates:
        if lo <= d.span.start < hi and (d.value or d.weekday is not None):
            return (d.value, d.weekday)
    return None


def _other_thing(a: str | None, b: str | None) -> bool:
    """Two things a figure is of that differ: by head noun ("terminal" / "yard"), or by modifiers both
    give ("new bus contract" / "waste contract"); "new calendar" and "calendar" are one."""
    if not a or not b:
        return False
    wa, wb = a.split(), b.split()
    if wa[-1] != wb[-1]:
        return True
    ma, mb = set(wa[:-1]) - {"new"}, set(wb[:-1]) - {"new"}
    return bool(ma and mb and not ma & mb)


#: the event-day value of a figure its sentence shifts from the time told before it ("a week later")
_SHIFT = "shift:"


def _shifted(where: Place) -> bool:
    """Whether the figure's sentence places it at another time than the time told before it, by a relative
    shift (``shifts.yaml``: "A week later, winds reached 60 mph", "winds reached 60 mph the next day"). A
    shift with a report verb between it and the figure dates the report ("Later, officials said winds
    reached 90 mph"; "60 mph, forecasters said the next day"), not the figure."""
    for part, shift_first in ((where.text[where.lo : where.start], True), (where.text[where.end : where.hi], False)):
        m = timex.time_shift_at(part)
        if m is None:
            continue
        between = part[m[1] :] if shift_first else part[: m[0]]
        if not set(frame_lexicons.WORD.findall(between.lower())) & lexicons.speech().verbs:
            return True
    return False


def _other_day(a: tuple[str | None, int | None] | None, b: tuple[str | None, int | None] | None) -> bool:
    """Two event days known to differ: by value when both have one, else by weekday; a day shifted from
    the time told before it (:func:`_shifted`) differs from every other."""
    if a is None or b is None:
        return bool((a and (a[0] or "").startswith(_SHIFT)) or (b and (b[0] or "").startswith(_SHIFT)))
    if a[0] and b[0]:
        return not (a[0].startswith(b[0]) or b[0].startswith(a[0]))  # "2025" holds "2025-03-11"
    return a[1] is not None and b[1] is not None and a[1] != b[1]


def _person_words(links: StoryLinks, ids: frozenset[str], known: dict[str, frozenset[str]]) -> set[str]:
    """The words of the names of the people ``ids``, as their mentions give them; ``known`` keeps each
    person's words for the story (a person's mentions are read once, not once per sentence naming them)."""
    out: set[str] = set()
    for i in ids:
        words = known.get(i)
        if words is None:
            entity = links.entity(i)
            mine: set[str] = set()
            if entity is not None:
                mine.update(entity.canonical.split())
                for m in entity.mentions:
                    mine.update(_POSSESSIVE.sub("", w) for w in m.text.split())
            words = known[i] = frozenset(mine)
        out |= words
    return out


def _file_range(where: Place, lo: int, hi: int) -> tuple[int, int]:
    return where.segment.file_range(lo, hi)


#: a tally of a vote that names no body: see :func:`_votes`
_VOTE_OF_EARLIER = "\0vote"


#: the key of a tally of a vote no sentence of its article names the body of ("The measure passed 7-2")
_ANY_BODY: tuple[Any, ...] = ("tally", None)


def _same_vote(frame: list[_Fig], f: _Fig) -> bool:
    """Whether a tally may be of the vote of ``frame``, from another article: neither tells another motion
    ("to close the Ashby library" / "to sell the Ashby library") or another day of voting."""
    return all(
        g.article is not f.article
        and not _other_thing(g.thing, f.thing)
        and not _other_day(g.event_day, f.event_day)
        and not (g.owners and f.owners and not overlap(g.owners, f.owners))
        for g in frame
    )


def _vote_home(frames: list[list[_Fig]], f: _Fig) -> list[_Fig] | None:
    """The one vote of the story a tally that names no body can be ("The Corrin board voted 6-3 on Tuesday to
    close the library" in one article, "The measure passed 7-2 on Tuesday" in another), or, for a body's
    tally, the one such tally of another article it can be; None when none or several can (a first reading
    and a final vote, two motions: which one is not said)."""
    if f.key == _ANY_BODY:
        # only a body's vote: two tallies naming no body ("won 20-13", "beat them 65-53") are scores of games
        fits = [
            fr
            for fr in frames
            if fr[0].key is not None and fr[0].key[0] == "tally" and fr[0].key != _ANY_BODY and _same_vote(fr, f)
        ]
    else:
        fits = [fr for fr in frames if fr[0].key == _ANY_BODY and _same_vote(fr, f)]
    return fits[0] if len(fits) == 1 else None


def _votes(figs: list[_Fig]) -> None:
    """A tally of a vote that names no body ("The measure passed 5-4", "The 5-4 vote came after a long
    debate") is a vote of the body whose tally the article gave last before it, on that motion unless it
    names another ("It then rejected the levy 5-4" after "approved the budget 6-3": two motions)."""
    last: _Fig | None = None
    for f in figs:
        if f.claim.category != "tally":
            continue
        if f.holder == _VOTE_OF_EARLIER:
            f.holder = None
            if last is not None:
                f.key, f.holder, f.label = last.key, last.holder, last.label
                f.thing = f.thing or last.thing
            elif f.motion:
                f.key = _ANY_BODY  # a vote of a body another article of the story names: see _vote_home
        elif f.key is not None and f.key[0] == "tally":
            last = f


def _sizes(figs: list[_Fig], article: Article) -> None:
    """A body's size stated in another sentence of the article ("The Lanwick zoning board approved the
    tower 5-3. The seven-member board will meet again in April.") holds for its tallies too."""
    wanting = [
        f
        for f in figs
        if f.claim.category == "tally"
        and f.key is not None
        and f.key[0] == "tally"
        and not any(r.kind == "body_size" for r in f.relations)
    ]
    if not wanting:
        return
    sizes: dict[str, tuple[float, str]] = {}
    for seg in article.segments:
        if seg.kind == "furniture":
            continue
        for sent in seg.sentences or ():
            found = quantities.sized_body(sent.text)
            if found is not None:
                sizes.setdefault(found[2], (found[0], found[1]))
    for f in wanting:
        body = str(f.key[1]) if f.key else ""
        size = sizes.get(body)
        if size is None or f.where is None:
            continue
        mine, theirs = _body_modifier(_clause(f.where), body), _body_modifier(size[1], body)
        if mine and theirs and mine != theirs:
            continue  # "the zoning board" voted; "the seven-member planning board" is another body
        f.relations.append(QuantityRelation(kind="body_size", value=size[0], text=size[1]))


def _body_modifier(text: str, body: str) -> str | None:
    """The lowercase word right before a body noun ("zoning" in "the Lanwick zoning board")."""
    m = re.search(rf"(?<![-\w])([a-z]+)\s+{re.escape(body)}s?\b", text)  # not "seven-member board"
    if m is None or m.group(1) in ("the", "a", "an", "its", "their", "this", "that", "whole", "full"):
        return None
    return m.group(1)


def _sentence_features(
    seen: dict[tuple[int, int], tuple[str | None, frozenset[str], frozenset[str]]],
    where: Place,
    clause: str,
    article: Article,
    links: StoryLinks,
    mentions: MentionIndex,
    known: dict[str, frozenset[str]],
) -> tuple[str | None, frozenset[str], frozenset[str]]:
    """The place, parties and years of a figure's sentence, read once per sentence (a run-on sentence
    of thousands of figures is read once, not once per figure)."""
    key = (where.segment.index, where.lo)
    if key not in seen:
        head = _ATTRIBUTION_HEAD.match(clause)
        if head is not None and mentions.people_in(article, *_file_range(where, where.lo, where.lo + head.end())):
            clause = clause[head.end() :]  # "Councillor Ida Marrow said a $1.3 million deficit …": no owner
        names = organisations(quantities.without_currency_prefixes(clause))  # "US$" names no party
        if names:
            # a person is no body owning a figure ("with board chair Lenora Fisk casting the deciding vote"):
            # people are parties only of the per-party holders, by their entity ids (see _features)
            people = _person_words(links, mentions.people_in(article, *_file_range(where, where.lo, where.hi)), known)
            names = frozenset(n for n in names if not set(_POSSESSIVE.sub("", n).split()) <= people)
        owners = frozenset("org:" + _POSSESSIVE.sub("", o) for o in names)  # "Bellamy's"
        seen[key] = (place_of(clause), owners, frozenset(_YEAR.findall(where.sentence)))
    return seen[key]


def _other_event(seen: dict[tuple[int, int], bool], segments: dict[int, Any], where: Place) -> bool:
    """Whether the figure's sentence tells another event's outcome, read once per sentence (a run-on
    sentence of thousands of figures is read once, not once per figure)."""
    key = (where.segment.index, where.lo)
    if key not in seen:
        seen[key] = quantities.other_event(where.sentence, _previous(segments, where))
    return seen[key]


def _previous(segments: dict[int, Any], where: Place) -> str:
    """The text before a figure's sentence: the rest of its paragraph, else the paragraph before."""
    if where.lo > 0:
        return where.text[max(0, where.lo - 300) : where.lo]
    before = segments.get(where.segment.index - 1)
    return before.text[-300:] if before is not None else ""


def _clause(where: Place) -> str:
    """The figure's sentence without an attribution ("…, the fire service said")."""
    return _unattributed(where.sentence)


@lru_cache(maxsize=256)
def _unattributed(s: str) -> str:
    # once per sentence, not once per figure in it (issue 11: a run-on sentence of thousands of figures)
    if "said" not in s and "says" not in s and "told" not in s and "according" not in s:
        return s  # every tail holds one of its verbs (the pattern is case-sensitive): most sentences have none
    return _ATTRIBUTION_TAIL.sub("", s) or s


def _describe(fig: _Fig, where: Place, clause: str, links: StoryLinks) -> None:
    c = fig.claim
    text = where.text
    if c.category in proportions.CATEGORIES and _proportion(fig, where):
        if fig.key is not None and _quoted(fig):
            # "“Two in five pupils walk to school,” said …": the speaker's words, whose fidelity CC301 checks
            # against other renderings; two speakers' shares are a disagreement the article reports
            fig.key = None
        return
    if c.category in ("money", "percent") and quantities.changed_to(text, where.start):
        return  # "from $27.5 billion … to $9.2 billion": the value after a change, another time's
    if c.category in ("count", "percent", "measure"):
        if c.category == "count" and c.noun:
            listed = quantities.listed_items(text, where.end, where.start)
            if listed is not None:
                fig.relations.append(QuantityRelation(kind="listed", value=listed[0], text=listed[1]))
        share = (
            quantities.share_of(text, where.end, where.lo, where.hi)
            if c.category == "count" and c.value is not None
            else None  # "12% of 53": a share already, not a part
        )
        if share is not None:
            total, low, high, words = share
            fig.relations.append(QuantityRelation(kind="share_of", value=total, text=words, low=low, high=high))
        if (
            c.category == "count"
            and c.value is not None
            and _BEST_OF_BEFORE.search(text, max(0, where.start - 9), where.start)
        ):
            # "the best-of-five final series in Game 6": the series has at most five games
            game = quantities.series_games(where.sentence)
            if game is not None:
                decided = quantities.series_decided(where.sentence, where.start - where.lo)
                fig.relations.append(
                    QuantityRelation(kind="series_games", value=game[0], text=game[1], decided=decided)
                )
        split = quantities.breakdown(text, where.lo, where.hi) if c.category == "count" else None
        if split is not None and split[2][-1][0] == where.start:
            # the last part of a breakdown carries its sum: one finding for the whole breakdown
            total, words, parts = split
            fig.relations.append(
                QuantityRelation(
                    kind="breakdown",
                    value=total,
                    text=words,
                    high=sum(v for _, v, _ in parts),
                    sum_text=" + ".join(f"{v:g} {g}" for _, v, g in parts),
                )
            )
        if quantities.partial(text, where.start, where.end):
            return
        noun = c.noun if c.category != "measure" else (c.unit or c.noun)
        if c.category == "measure" and (sized := quantities.dimension_of(text, where.start, where.end)):
            # "The Nordvik pipeline is 40 miles long" and "the 45-mile Nordvik pipeline": the thing's size
            name, sized_head, fig.dimension = sized
            fig.key = (c.category, c.unit, "size", name.lower(), sized_head)
            fig.label = f"{_DIMENSION_NOUN.get(fig.dimension or '', 'size')} of the {name} {sized_head}"
            return
        if not noun and c.category == "count":
            toll, monotonic = quantities.toll_of(text, where.start)
            lemma, counted = quantities.counted_class("people")
            if toll is not None and counted is not None and quantities.outcome_fits(toll, counted):
                # "the death toll stood at 62": a bare number that is a toll counts people
                fig.counted, fig.outcome, fig.monotonic = counted, toll, monotonic
                fig.key = (c.category, c.unit, counted, toll, None)
                fig.label = f"people {_PAST.get(toll, toll)}"
            return
        if not noun or (c.category != "measure" and not noun[:1].islower()):
            return  # "Hamas", "FLDS": a name after the number, not what it counts
        lemma, counted = quantities.counted_class(noun)
        # a plural noun only ("deaths", "fatalities", "injuries"): "24 dead" and "80 wounded" head a
        # headline's shorthand, read as before
        plural_noun = c.category == "count" and noun.lower().endswith("s") and lemma != noun.lower()
        named, named_monotonic = quantities.outcome_in(lemma or "", 1) if plural_noun else (None, False)
        if named is not None and named in ("killed", "injured"):
            # "caused 27 deaths", "12 fatalities": the noun is the outcome, and what it counts is people
            lemma, counted = quantities.counted_class("people")
            if counted is not None:
                fig.counted, fig.outcome, fig.monotonic = counted, named, named_monotonic
                fig.key = (c.category, c.unit, counted, named, None)
                fig.label = f"people {_PAST.get(named, named)}"
            return
        after = text[where.end : min(where.hi, where.end + PREDICATE_REACH)]
        at = after.find(noun)
        if 0 <= at < 40:
            after = after[at + len(noun) :]  # what happened to it is said after the counted noun
        cut = _PREDICATE_END.search(after)
        predicate = after[: cut.start() if cut else len(after)]
        if _IN_PHRASE.search(text, max(0, where.start - 16), where.start):
            predicate = ""  # "in the 12 worst-hit villages might have been destroyed": not the villages' fate
        predicate = _WITH_OUTCOME.sub(" ", predicate)  # "50 people with injuries": those a hospital received
        outcome, monotonic = quantities.outcome_in(predicate, 6)
        if outcome is None:
            outcome, monotonic = quantities.outcome_before(text, where.start)
        if outcome is None and (verb := _VERB_BEFORE.search(text, max(0, where.start - 30), where.start)):
            # "forced 300 residents from their homes": a phrase around the count
            # "forced 300 residents of Pell from their homes": the place's name stands inside the phrase
            outcome, monotonic = quantities.outcome_in(f"{verb.group(1)} {_OF_NAME.sub('', predicate)}", 6)
        if (
            outcome is None
            and c.category == "measure"
            and (subject := quantities.measured_subject(text, where.start, where.end))
        ):
            # "Winds in Orla reached 70 mph" and "winds reached 95 mph in Orla": what is measured is the subject
            what, kind = subject
            fig.counted, fig.outcome = what, "reached"
            fig.key = (c.category, c.unit, what, "reached", kind)
            fig.label = f"{kind + ' ' if kind else ''}{what}s reached"
            return
        if outcome is None or counted is None or not quantities.outcome_fits(outcome, counted):
            return  # "three cables were cut": no lay-off
        outcome, monotonic = quantities.outcome_for(outcome, counted)
        fig.counted, fig.outcome, fig.monotonic = counted, outcome, monotonic
        # "30 people seriously injured" counts a part of the injured, not all of them
        degree = _DEGREE.search(predicate)
        fig.key = (c.category, c.unit, counted, outcome, degree.group(0).lower() if degree else None)
        unit = f"{c.unit}s" if c.category == "measure" and c.unit and c.unit.isalpha() and len(c.unit) > 3 else c.unit
        fig.label = f"{c.noun or unit or lemma} {_PAST.get(outcome, outcome)}"  # "acres burned"
    elif c.category == "money":
        holder = quantities.money_holder(text, where.start, where.end)
        if holder is None or quantities.per_unit(text, where.end):
            return  # "$23 million per season": a rate, not the deal's amount
        thing = _thing_of(text, where.end, holder)
        project = holder if holder in frame_lexicons.counted().projects else None
        if project is not None:
            # "the $8 billion Venlo port expansion": the project's cost, one quantity with "The Venlo port
            # expansion will cost $800 million"
            holder, thing = "cost", quantities.project_thing(text[where.end : where.end + 100])
            if thing == project:
                thing = None  # "The $30 million renovation will close the library": the one told before
        if holder == "cost" and thing is None and project is None:
            thing = quantities.costed_thing(text, where.start)  # the link's cost, not the depot's
            project = quantities.project_in(text, where.start)
            thing = None if thing == project else thing  # "The expansion will cost $8 billion": the one told before
            if (thing is None and project is None) or _PRICE_FOR.match(text, where.end):
                return  # "will cost an additional $50", "$79 for a single license": no one thing's whole cost
        fig.holder = holder
        fig.key = ("money", c.unit, holder)
        fig.money_owner = quantities.money_owner(where.sentence, where.start - where.lo, holder)
        fig.thing, fig.project = thing, project
        owner = sorted(o[4:] for o in fig.owners)
        fig.label = f"{holder} of {owner[0]}" if owner else holder
        if holder == "cost" and not owner:
            fig.label = f"cost of the {thing}"  # "cost of the link: $8 billion here, …"
            if project is not None and thing is None:
                fig.label = f"cost of the {project}"
            elif project is not None:
                fig.label = f"cost of the {project} of the {thing}"  # "cost of the expansion of the venlo port"
    elif c.category == "tally":
        body = quantities.body_noun(clause)
        fig.holder = body or quantities.series_noun(clause)
        voted, fig.thing = quantities.vote_motion(clause)
        if body is not None:  # a game's score is one of many; a body's vote on one motion is one
            fig.key = ("tally", body)
        elif voted and fig.holder is None:
            fig.holder = _VOTE_OF_EARLIER  # "The calendar was approved 5-4": the vote of the body named before
            fig.motion = fig.thing is not None or quantities.motion_anaphor(clause)
        fig.label = f"{fig.holder or 'vote'} tally"
        size = quantities.body_size(where.sentence)
        if size is not None:
            fig.relations.append(QuantityRelation(kind="body_size", value=size[0], text=size[1]))
        length = quantities.series_length(where.sentence, where.start - where.lo)
        if length is not None:
            decided = quantities.series_decided(where.sentence, where.start - where.lo)
            fig.relations.append(
                QuantityRelation(kind="series_length", value=length[0], text=length[1], decided=decided)
            )
        games = quantities.series_games(where.sentence)
        if games is not None:
            fig.relations.append(QuantityRelation(kind="series_games", value=games[0], text=games[1]))
    elif (c.category == "age" or (c.category == "duration" and c.text.rstrip().endswith("year-old"))) and (
        who := _person(c.of, links, fig.article, c)
    ):
        fig.holder = who
        fig.key = ("age", who)
        entity = links.entity(who)
        fig.label = f"age of {entity.canonical if entity else c.of}"
    elif c.category == "duration" and c.unit == "year" and c.of:
        head = next((w.lower() for w in reversed(c.of.split()) if w.lower() in _ONGOING), None)
        if head is None:
            return
        fig.holder = head
        fig.key = ("duration", c.unit, head)
        fig.label = f"length of the {head}"


#: what stands between a proportion and its counted noun: nothing ("one in three households"), or "of"
#: ("a third of households", "33% of households", "one in three of the households")
#: "a third of Tarnmouth households", "a quarter of the 400 staff"
_SHARE_OF = re.compile(r"\s+of\s+(?:the\s+|all\s+)?(?=[A-Za-z]|\d[\d,]*\s+[a-z])")
_NEXT_WORD = re.compile(r"\s+([a-z][\w'’-]*)")
_OF_TOTAL = re.compile(r"(?:\d[\d,]*\s+)?([a-z][\w'’-]*)")


def _proportion(fig: _Fig, where: Place) -> bool:
    """A share of a counted population ("One-in-three households in Tarnmouth cannot afford heating", "33% of
    households …", "a third of households …"): its frame key is the population's class, the subgroup it is
    taken among and, checked when frames are joined, what its clause says of the share (see
    :mod:`checker.language.proportions`). False when the figure is no such share (left to the other readings)."""
    c = fig.claim
    text = where.text
    of = _SHARE_OF.match(text, where.end)
    if c.category != "ratio" and of is None:
        return False  # "rose 5%", "a third consecutive": no population the share is of
    noun = c.noun
    if noun is None and of is not None and (total := _OF_TOTAL.match(text, of.end())):
        # "A quarter of the 400 staff": a share of a population counted in full; "Half of all tenants"
        noun = total.group(1)
    if noun and noun.endswith(("'s", "’s")):
        # "half of Wexcombe's shops", "a third of the town's households": the population is the noun after
        after = text[where.end : where.end + 80]
        at_noun = after.find(noun)
        nxt = _NEXT_WORD.match(after, at_noun + len(noun)) if at_noun >= 0 else None
        noun = nxt.group(1) if nxt else None
    if not noun or not noun[:1].islower():
        return False
    low = noun.lower()
    lex = proportions.lexicon()
    # "One household in three cannot …": the counted noun, singular, inside the proportion's own words
    split = c.category == "ratio" and re.search(rf"\s{re.escape(noun)}\s", c.text) is not None
    if split:
        low = lex.plurals.get(low, low if low.endswith("s") else f"{low}s")
    elif not (low in lex.populations or (low.endswith("s") and not low.endswith(("ss", "'s", "’s")))):
        return c.category != "percent"  # "a one-in-a-million chance": no population; a percent read as before
    share = proportions.share_bounds(c.category, c.value, c.low, c.high)
    if share is None:
        return c.category != "percent"
    start = (of.end() if of else where.end) + 1
    at = where.end - len(noun) if split else text.find(noun, start - 1, min(where.hi, start + 40))
    if at < 0:
        return c.category != "percent"
    pred, words, modified = proportions.predicate(text[at + len(noun) : where.hi])
    if modified:
        return True  # "households in rural areas …": a part of the population
    if not pred:
        # "Heating is unaffordable for one in three households": what is said of the share comes before it
        pred, words = proportions.predicate_before(text[where.lo : where.start])
    if not pred:
        return True  # nothing said of the share: nothing to compare
    # "children" and "one child in five": one population (the lemma rule leaves irregular plurals as they are)
    lemma, counted = quantities.counted_class(lex.singulars.get(noun.lower(), noun))
    before = text[where.lo : where.start]
    among = proportions.subgroup(before)
    area = proportions.area_before(before)
    fig.predicate, fig.share = pred, share
    fig.counted = counted or lemma
    # "Last year one in four households could not …" and "One in three households cannot …": two times' shares
    # "In the Esk constituency, one in three voters …" and "Across the county, one in five …": two areas' shares
    fig.key = ("proportion", None, fig.counted, among, proportions.other_time(where.sentence), area)
    whom = f"share of {low}{' among ' + among if among else ''}"
    # "share of households that cannot afford heating"; "share of households in “Heating is unaffordable for …”"
    fig.label = f"{whom} in “{words} …”" if pred[0] == proportions.BEFORE else f"{whom} that {words}"
    return True


def _quoted(fig: _Fig) -> bool:
    """Whether a figure stands in a quotation ("“Two in five pupils walk to school,” said …")."""
    span = fig.claim.span
    return any(
        isinstance(q, QuoteClaim) and q.span.start <= span.start and span.end <= q.span.end for q in fig.article.claims
    )


# (?<!\s): a match starts only where a run of white space starts, so a long run is tried once, not
# once per character (quadratic, and worse with the lazy run after it: 15 s on 5 KB of spaces)
# a tail follows a comma or quote and ends the sentence: "Police said 12 people died" keeps its content, and
# "…, the source said, and Stefanski expected more" what follows the attribution
_ATTRIBUTION_TAIL = re.compile(
    r"[,”\"](?<!\s)\s+(?:the\s+)?[\w\s.’']{0,40}?\b(?:said|says|told|according\s+to)\b[^,;:]{0,80}$"
)
#: a sentence opening with its attribution: "Councillor Ida Marrow said (that) …", "Board member Tomas Iver
#: told reporters that …"
_ATTRIBUTION_HEAD = re.compile(r"^(?:[\w'’.-]+\s+){1,6}?(?:said|says|told\s+\w+|added|noted|warned)\s+(?:that\s+)?")
#: the words before a series' most games ("the best-of-five series", "a best of seven series")
_BEST_OF_BEFORE = re.compile(r"\bbest[\s-]+of[\s-]+$", re.I)
#: characters after a figure its predicate is read from ("… were destroyed by the fire"): a few words
PREDICATE_REACH = 300
_WITH_OUTCOME = re.compile(r"\bwith\s+(?:\w+\s+)?\w+", re.I)
_VERB_BEFORE = re.compile(r"\b([a-z]+)\s+$")
#: a figure inside a prepositional phrase ("in the 12 worst-hit villages"): the verb after it is not its
_IN_PHRASE = re.compile(r"\b(?:in|of|at|from|among|across|for|to|on|with)\s+(?:the|its|their|those|these)\s+$")
_DEGREE = re.compile(
    r"\b(?:seriously|critically|severely|badly|slightly|lightly|fatally|mortally|partially|partly|completely|totally)\b",
    re.I,
)
#: where the predicate after a figure ends: what happened to it is said before these
_PREDICATE_END = re.compile(r"[,;:()]|\.(?:\s|$)|\s(?:and|but|while|as|after|before|when|since|including|compared)\s")
_PAST = {"killed": "killed", "burned_area": "burned", "laid_off": "laid off"}
#: a price told per item after an amount ("$79 for a single license, $99 for a family pack")
_PRICE_FOR = re.compile(r"\s+(?:for|with)\s+(?:a|an|each|one|every)\b")
#: a place or body named right after a counted noun ("residents of Pell")
_OF_NAME = re.compile(r"^\s*of\s+(?:[A-Z][\w'’-]*\s*)+")
_LEADING_NAME = re.compile(r"^(?:[A-Z][\w'’.-]+\s*)+")


def _person(of: str | None, links: StoryLinks, article: Article, claim: FigureClaim) -> str | None:
    """The entity an age belongs to: the person named with it, a bare surname being the person of that
    surname named most recently before it in the article."""
    if not of or article.raw[max(0, claim.span.start - 6) : claim.span.start].strip().lower().endswith("then-"):
        return None  # "then-15-year-old": the age at another time
    m = _LEADING_NAME.match(of)
    name = m.group(0).strip() if m else of
    here = [e for e, _ in mentions_in(links, article.path)]  # issue 16: indexed once per story
    if len(name.split()) == 1:
        if sum(1 for e in here if e.canonical.split()[-1] == name) > 1:
            return None  # a surname two people of the story share ("Gomes" and "Kathryn Gomes")
        named = [
            (start, text, e)
            for start, text, last, e in _full_mentions(links, article.path)
            if start < claim.span.start and last == name
        ]
        if not named:
            return None  # a bare surname nobody was named with before it
        _, text, entity = max(named, key=lambda x: x[0])
        # the person last named in full, if the entity is that person ("Gary Gomes", not his mother)
        return entity.id if entity.canonical.split()[0] == text.split()[0] else None
    if len(name.split()) > 1:  # a full name: the entity of that name, given name included
        here = [e for e in here if e.canonical.split()[0] == name.split()[0]]
    exact = [e for e in here if name == e.canonical or name in e.forms]
    if exact:
        return exact[0].id if len(exact) == 1 else None
    found = [e for e in here if names.same_person(e.canonical, name)]
    return found[0].id if len(found) == 1 else None


def _full_mentions(links: StoryLinks, path: str) -> list[tuple[int, str, str, Any]]:
    """The full-name mentions of the people named in the article at ``path``, as ``(start, text, last
    word, entity)`` in entity and mention order: read once per article, not once per age."""

    def build() -> list[tuple[int, str, str, Any]]:
        return [
            (mm.span.start, mm.text, (mm.text.split() or [""])[-1], e)
            for e, _ in mentions_in(links, path)
            for mm in e.mentions
            if mm.article == path and mm.span is not None and mm.form == "full"
        ]

    return links.memo(("quantities", "full mentions", path), build)


#: counts after a total that may be its parts ("120 people, including 40 children and 12 staff")
PARTS_REACH = 8


def _parts(figs: list[_Fig], segments: dict[int, Any]) -> None:
    """A count "including" a part: the part's relation names the total ("120 people, including 140 children")."""
    counts = sorted(
        (f for f in figs if f.claim.category == "count" and f.claim.high is not None),
        key=lambda f: (f.claim.segment, f.claim.span.start),
    )
    raw = figs[0].article.raw if figs else ""
    for i, total in enumerate(counts):
        # "including" joins a total to the counts right after it: the next few of its paragraph, not
        # every count of the article (issue 11: that was quadratic in a paragraph of thousands)
        for part in counts[i + 1 : i + 1 + PARTS_REACH]:
            t, p = total.claim, part.claim
            if p.segment != t.segment or p.span.start <= t.span.end or not p.noun:
                continue
            between = raw[t.span.end : p.span.start]
            ordinal = raw[p.span.end : p.span.end + 2] in ("th", "st", "nd", "rd")
            if _INCLUDING.match(between) and not ordinal:
                text = f"{t.text.strip()} {t.noun or ''}".strip()
                part.relations.append(
                    QuantityRelation(
                        kind="part_of", value=t.high or 0.0, text=text, claim=t.id, path=t_path(total), span=t.span
                    )
                )


#: what a message calls a size told with a dimension adjective ("40 miles long": the length)
_DIMENSION_NOUN = {"long": "length", "wide": "width", "high": "height", "tall": "height", "deep": "depth"}
#: a money part's purpose after it: "£4 million for roads", "$2 million to the clinic"
_FOR_PURPOSE = re.compile(r"\s+(?:for|to|on|towards?)\s+\S")
#: what opens the list of a total's parts: a colon or dash ("The £10 million fund will be split three
#: ways: £4 million for roads, …"), with no sentence end between
_SPLIT_OPENS = re.compile(r"^[^.;!?]*[:—–]\s*$")


def _money_splits(figs: list[_Fig]) -> None:
    """A money total and the parts it is split into right after it, in one sentence ("The £10 million
    fund will go to three programs: £4 million for roads, £3 million for parks and £4 million for
    schools"): the last part's relation carries the parts' sum (kind "breakdown"), which may not
    exceed the total. Parts summing to less leave some unallocated, which copy may do."""
    money = sorted(
        (f for f in figs if f.claim.category == "money" and f.where is not None and f.claim.value is not None),
        key=lambda f: (f.claim.segment, f.claim.span.start),
    )
    for i, total in enumerate(money):
        w = total.where
        if total.holder is None or w is None:
            continue
        parts: list[_Fig] = []
        for f in money[i + 1 :]:
            fw = f.where
            if fw is None or (fw.segment.index, fw.lo) != (w.segment.index, w.lo) or f.claim.unit != total.claim.unit:
                break
            if not parts and not _SPLIT_OPENS.match(w.text[w.end : fw.start]):
                break
            if not _FOR_PURPOSE.match(fw.text, fw.end):
                break
            parts.append(f)
        if len(parts) < 2:
            continue
        values = [p.claim.value or 0.0 for p in parts]
        parts[-1].relations.append(
            QuantityRelation(
                kind="breakdown",
                value=total.claim.value or 0.0,
                text=f"{total.claim.text.strip()} {total.holder}",
                high=sum(values),
                sum_text=" + ".join(p.claim.text.strip() for p in parts),
            )
        )


#: days in a unit of duration, to compare "six weeks" with "a two-month strike"
_DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 365.25 / 12, "year": 365.25}
#: characters between a comparison's words and the figure it compares with ("than the previous 55")
COMPARED_REACH = 20


def _in_unit(f: FigureClaim, g: FigureClaim, value: float) -> float | None:
    """``value`` of figure ``g`` in the unit of figure ``f``; None when the two are not comparable."""
    if f.category != g.category:
        return None
    if f.category in ("duration", "measure") and f.unit != g.unit:
        if f.unit in _DAYS and g.unit in _DAYS:
            return value * _DAYS[g.unit] / _DAYS[f.unit]
        return None
    if f.category == "money" and f.unit != g.unit:
        return None
    return value


def _compared(figs: list[_Fig]) -> None:
    """Figures a sentence compares ("40 nurses, more than the 55 …", "twice as many as the 200 …") and
    shares it states with the part they come to ("40 percent of the 200 members, or 95")."""
    by_start: dict[int, dict[int, _Fig]] = {}
    for f in figs:
        if f.where is not None:
            by_start.setdefault(f.where.segment.index, {})[f.where.start] = f
    for f in figs:
        w, c = f.where, f.claim
        if w is None or c.value is None or c.category not in ("count", "duration", "percent", "money", "measure"):
            continue
        ahead = w.text[w.end : w.end + 100]
        # the next paragraph's figures first: most figures have none, and the rest of the text is not sliced
        if (following := by_start.get(w.segment.index + 1)) and not w.text[w.hi :].strip():
            nxt = next(iter(following.values())).where
            ahead += " " + (nxt.text[:100] if nxt is not None else "")  # the next paragraph may compare it
        if " than " not in ahead and " as " not in ahead:
            continue  # most figures compare with nothing: skip the comparison pattern
        here = by_start[w.segment.index]
        # "300 applications, twice as many as the 200 …"; "Fewer people voted, 4,200, than the 3,900 …"
        found = quantities.comparison_after(w.text, w.end) or quantities.apposed_comparison(
            w.text, w.lo, w.start, w.end
        )
        comparative: str | None = None  # set when the figure is bound to its subject from a distance
        hi = w.hi  # the end of the sentence the compared figure is in
        text = w.text  # the text the compared figure is in: the figure's paragraph, or the next one
        if found is not None:
            sense, low, high, at, words = found
        else:
            fronted = quantities.fronted_comparison(w.text, w.lo, w.start, w.end)
            if fronted is None and not any(w.lo <= i < w.hi and i != w.start for i in here):  # its only figure
                # "The new trail runs 40 miles. It is longer than the old one, which ran 40 miles."
                fronted = quantities.pronoun_comparison(w.text, w.hi)
                hi = quantities.sentence_end(w.text, w.hi)
                if fronted is None and not w.text[w.hi :].strip():
                    # the paragraph ends with the figure's sentence: "The eight-week strike ended on
                    # Monday." / (next paragraph) "It was longer than the eight-week stoppage of 2019."
                    following = by_start.get(w.segment.index + 1, {})
                    first = next(iter(following.values()), None)
                    if first is not None and first.where is not None:
                        text, here = first.where.text, following
                        opening = len(text) - len(text.lstrip())
                        fronted = quantities.pronoun_comparison(text, opening)
                        hi = quantities.sentence_end(text, opening)
            if fronted is None:
                continue
            sense, low, high, at, words, comparative = fronted
        if comparative is not None and not frame_lexicons.comparisons().fits(comparative, c.category):
            continue  # "With 300 beds, the ward is older than …" compares no beds
        given = _RELATIVE_GIVES.match(text, at, hi)  # "than the first, which lasted 21 days"
        other: _Fig | None
        # "which also lasted four weeks", "which is also 3 miles": up to two more words before the figure
        start = next((i for i in range(given.end(), min(given.end() + 24, hi)) if i in here), None) if given else None
        if given is not None and start is not None and _GIVES_WORDS.fullmatch(text, given.end(), start):
            other = here[start]
            words = f"{words} {text[at:start].strip()}"  # "longer than the 2019 strike, which also lasted"
        else:
            other = next((here[i] for i in range(at, min(at + COMPARED_REACH, hi)) if i in here), None)
            if other is not None and "," in text[at : other.where.start if other.where else at]:
                continue
        if other is None or other.claim.value is None:
            continue
        g = other.claim
        if _other_nouns(c, g) or (comparative is not None and g.category != c.category):
            continue  # the two figures must measure one thing: not wins and draws, passengers and crossings
        if sense == "more":
            bound = g.low if g.low is not None else g.value
        elif sense == "less":
            # "the four-day festival": a duration read with no bounds is exact; "more than 40" has no upper one
            bound = g.high if g.high is not None else (g.value if g.low is None else None)
        else:
            bound = g.value
        value = _in_unit(c, g, bound) if bound is not None else None
        if value is None:
            continue
        kind: Literal["more_than", "less_than", "times"] = (
            "more_than" if sense == "more" else "less_than" if sense == "less" else "times"
        )
        text = f"{words} {g.text}".replace("  ", " ")
        f.relations.append(
            QuantityRelation(
                kind=kind,
                value=value,
                text=text,
                claim=g.id,
                low=low if kind == "times" else None,
                high=high if kind == "times" else None,
            )
        )
    for here in by_start.values():
        sentences: dict[tuple[int, int, str], int] = {}
        for f in here.values():
            if f.where is not None:
                key = (f.where.lo, f.where.hi, f.where.text)
                sentences[key] = sentences.get(key, 0) + 1
        for (lo, hi, text), figures in sentences.items():
            if not quantities.names_share(text, lo, hi):
                continue  # most sentences name no share: neither reading below would find one
            if figures >= 2:  # a share stated with its part and total names two figures at least
                for part_at, total, low, high, words in quantities.stated_shares(text, lo, hi, named=True):
                    part = here.get(part_at)
                    if (
                        part is not None
                        and part.claim.category in ("count", "money")
                        and part.claim.value is not None
                        and not any(r.kind == "share_of" and r.value == total for r in part.relations)  # read already
                    ):
                        part.relations.append(
                            QuantityRelation(kind="share_of", value=total, text=words, low=low, high=high)
                        )
            for part_at, low, high, words in quantities.anaphoric_shares(text, lo, hi, named=True):
                part = here.get(part_at)
                if part is None or part.claim.value is None or any(r.kind == "share_of" for r in part.relations):
                    continue
                whole = _told_before(figs, part)
                if whole is not None:
                    part.relations.append(
                        QuantityRelation(kind="share_of", value=whole, text=words, low=low, high=high)
                    )


def _differences(figs: list[_Fig]) -> None:
    """A difference stated between two figures the copy gives ("The new bridge is 1,200 feet long. It is 200
    feet longer than the old one, which was 1,100 feet"): the subject's figure (the sentence's figure before
    the difference, or the only figure of the sentence before when a pronoun opens it) must be the compared
    figure plus (or minus) the difference. Relation ``difference`` on the subject's figure."""
    by_seg: dict[int, list[_Fig]] = {}
    for f in figs:
        if f.where is not None:
            by_seg.setdefault(f.where.segment.index, []).append(f)
    for seg in by_seg.values():
        if not may_hold(seg[0].where.text if seg[0].where else "", ("than",)):
            continue  # every stated difference has "than" after its figure: most paragraphs have none
        seg.sort(key=lambda f: f.where.start if f.where else 0)
        for i, d in enumerate(seg):
            w, c = d.where, d.claim
            if w is None or c.value is None or c.category not in ("count", "duration", "money", "measure"):
                continue
            found = quantities.difference_after(w.text, w.lo, w.start, w.end)
            if found is None:
                continue
            sense, at, words, pronoun = found
            if pronoun:  # "It is 200 feet longer …": the sentence before tells the subject's one figure
                before = [g for g in seg[:i] if g.where is not None and g.where.hi <= w.lo]
                prev_lo = max((g.where.lo for g in before if g.where is not None), default=-1)
                subjects = [g for g in before if g.where is not None and g.where.lo == prev_lo]
            else:  # "The new bridge, 1,400 feet long, is 200 feet longer …"
                subjects = [g for g in seg[:i] if g.where is not None and g.where.lo == w.lo]
            others = [g for g in seg[i + 1 :] if g.where is not None and g.where.lo == w.lo and g.where.start >= at]
            if len(subjects) != 1 or not others:
                continue
            s, o = subjects[0], others[0]
            if s.claim.value is None or o.claim.value is None or _other_nouns(s.claim, o.claim):
                continue
            other = _in_unit(s.claim, o.claim, o.claim.value)
            step = _in_unit(s.claim, c, c.value)
            if other is None or step is None:
                continue
            s.relations.append(
                QuantityRelation(
                    kind="difference",
                    value=other,
                    by=step if sense == "more" else -step,
                    text=f"{words} … {o.claim.text.strip()}",
                    claim=o.claim.id,
                )
            )


def _other_nouns(a: FigureClaim, b: FigureClaim) -> bool:
    """Whether two counts name different counted nouns ("12 wins" / "15 draws"); a bare number names none."""
    if not a.noun or not b.noun:
        return False
    return frame_lexicons.lemma(a.noun.split()[-1].lower()) != frame_lexicons.lemma(b.noun.split()[-1].lower())


def _told_before(figs: list[_Fig], part: _Fig) -> float | None:
    """The amount or count "that" / "the total" refers to: the last figure of the part's category told
    before it in the article (within the paragraph before), larger than the part."""
    if part.where is None or part.claim.category not in ("count", "money"):
        return None
    before = [
        f
        for f in figs
        if f.where is not None
        and f.claim.category == part.claim.category
        and f.claim.value is not None
        and f.claim.span.start < part.claim.span.start
        and part.where.segment.index - f.where.segment.index <= 1
    ]
    return before[-1].claim.value if before else None


#: what stands between "than the …" and the compared figure when a relative clause gives it: "first, which
#: lasted", "old one, which ran"
_GIVES_WORDS = re.compile(r"(?:[a-z]+\s+){0,2}")
_RELATIVE_GIVES = re.compile(
    r"[\w'’ -]{0,30},\s+(?:(?:which|that|who)\s+(?:[a-z]+\s+){1,2}?|at\s+)(?:about\s+|some\s+|nearly\s+)?"
)


def _people_in(article: Article, links: StoryLinks, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Person mentions in ``[lo, hi)`` of the file, as ``(start, end, entity id)``, in order."""
    out = [
        (m.span.start, m.span.end, e.id)
        for e in links.entities
        if e.kind == "person"
        for m in e.mentions
        if m.article == article.path and m.span is not None and lo <= m.span.start < hi
    ]
    return sorted(out)


#: a lone capitalised name opening a sentence, set off by a relative clause ("Darrow, who was born in 1980, …")
_NAME_WHO = re.compile(r"\s*([A-Z][a-z][\w'’-]+),\s+who\b")
#: a sentence whose subject is a pronoun, at its start or after up to three fronted phrases set off by commas
_PRONOUN_SUBJECT = re.compile(r"\s*(?:(?:He|She)\b|(?:[^,.;:]*,\s*){1,3}(?:he|she)\b)")


def _holder_at(article: Article, links: StoryLinks, where: Place, at: int) -> str | None:
    """The person a birth date or an age at an event in ``where``'s sentence belongs to: the person named
    last before ``at`` in the sentence, or, for a sentence whose subject is a pronoun, the person named
    last before it; None when a relative stands between ("his son, born in 1990")."""
    seg = where.segment
    lo = seg.file_offset(where.lo)
    named = _people_in(article, links, lo, at)
    if named:
        _, end, who = named[-1]
        return None if quantities.kin_in(article.raw[end:at]) else who
    head = article.raw[lo:at]
    if re.match(r"\s*Born\b", head):
        # "Born in 1950, Ruth Abel was 25 when …": the fronted birth is the subject's, named right after it
        after = _people_in(article, links, at, seg.file_offset(where.hi))
        return after[0][2] if after and not quantities.kin_in(article.raw[at : after[0][0]]) else None
    # "She became mayor in 2010 at age 38", or after fronted phrases: "In 2010, at age 38, she became mayor"
    subject = _PRONOUN_SUBJECT.match(article.raw, lo, seg.file_offset(where.hi))
    if subject is None:
        # "Darrow, who was born in 1980, became mayor in 2010 at age 38": a surname the people links know
        # no person by, as the subject of both the birth and the age; the name stands for the person
        lone = _NAME_WHO.match(article.raw, lo, at)
        if lone is None or quantities.kin_in(article.raw[lone.end() : at]):
            return None  # "Vallin, who was born in 1958, saw his son appointed at age 20": the son's age
        return f"name:{lone.group(1)}"
    if quantities.kin_in(article.raw[lo : subject.end()]):
        return None
    if _people_in(article, links, lo, subject.end()):
        return None  # "In 2010, Ilse Darrow's rival, she …": someone named before the pronoun
    earlier = _people_in(article, links, max(0, lo - 2000), lo)
    return earlier[-1][2] if earlier else None


def _ages(
    figs: list[_Fig], article: Article, links: StoryLinks, segments: dict[int, Any], dates: dict[int, list[DateClaim]]
) -> None:
    """An age against its holder's birth date: as of publication ("born in March 1961" / "the 52-year-old
    mayor") or of an event ("was 30 when he founded the firm in 1990")."""
    births: dict[str, DateClaim] = {}
    if "born" not in article.raw and "Born" not in article.raw:
        return  # no birth date, no age to check against one
    for ds in dates.values():
        for d in ds:
            if not d.value or not quantities.is_birth(d.event):
                continue
            where = locate(segments, d)
            who = _holder_at(article, links, where, d.span.start) if where is not None else None
            if who is not None:
                births.setdefault(who, d)
    if not births:
        return
    holders = {cid: e.id for e in links.entities for _, cid in e.ages_in(article.path) if e.id in births}
    for f in figs:
        c, w = f.claim, f.where
        if w is None or c.value is None:
            continue
        who, at = holders.get(c.id), None
        if who is None and c.category in ("count", "age") and quantities.age_at_event(w.text, w.start, w.end):
            lo, hi = w.segment.file_offset(w.lo), w.segment.file_offset(w.hi)
            # a birth date is no event an age is stated at ("Ilse Marsh, who was born in 1955, was 35 when
            # she founded the firm in 1990": 1990, not 1955)
            years = [
                d
                for d in dates.get(c.segment, [])
                if d.value and lo <= d.span.start < hi and d.value[:4].isdigit() and not quantities.is_birth(d.event)
            ]
            if not years:
                continue
            # the event the age is stated at: the "when …" clause after the age, else the date nearest it
            after = [d for d in years if d.span.start > c.span.start]
            near = min(after or years, key=lambda d: abs(d.span.start - c.span.start))
            who, at = _holder_at(article, links, w, c.span.start), near.value
        if who is None or who not in births:
            continue
        d = births[who]
        born = d.value or ""
        if not born[:4].isdigit():
            continue
        f.relations.append(
            QuantityRelation(
                kind="born",
                value=float(born[:4]),
                text=d.text,
                claim=d.id,
                on=born,
                at=at,
                holder=entity.canonical
                if (entity := links.entity(who))
                else (who[5:] if who.startswith("name:") else None),
                path=article.path,
                span=d.span,
            )
        )


def t_path(f: _Fig) -> str:
    return f.article.path


def _started(figs: list[_Fig], articles: Sequence[Article]) -> None:
    """A duration of an ongoing thing and the year it began ("raging … since 2011")."""
    if not any(f.key is not None and f.key[0] == "duration" for f in figs):
        return  # no duration of an ongoing thing: the story's dates are not read
    starts = [
        (a, d)
        for a in articles
        for d in a.claims
        if isinstance(d, DateClaim) and d.modifier == "since" and d.granularity == "year" and d.value and d.event
    ]
    for f in figs:
        if f.key is None or f.key[0] != "duration":
            continue
        for _, d in starts:
            words = {frame_lexicons.lemma(w) for w in frame_lexicons.WORD.findall(d.event or "")}
            if f.holder in words:
                f.relations.append(
                    QuantityRelation(
                        kind="started", value=float(d.value or 0), text=f"{d.event} since {d.text}", claim=d.id
                    )
                )


def _accepts(frame: list[_Fig], f: _Fig) -> bool:
    first = frame[0]
    if first.key != f.key:
        return False
    if f.predicate and not proportions.same_predicate(first.predicate, f.predicate):
        return False  # "one in three households cannot afford heating" / "… cannot afford food"
    for g in frame:
        if g.place and f.place and g.place != f.place:
            return False
        if g.scope and f.scope and g.scope != f.scope:
            return False  # "170,000 in the province" and "230,000 around the Indian Ocean"
        if g.part != f.part and (g.article is not f.article or (g.part and f.part)):
            # "40 killed at a UN school" and, elsewhere, "UN schools and housing … more than 50"; in one
            # article, "43 killed in the school" and "two killed when a shell hit a UN school in Khan Younis"
            return False
        if g.years != f.years and (f.key or ())[2:3] != ("size",):  # a named thing's size holds whatever the year
            return False  # "In 2004 a tsunami killed 170,000": another event's toll
        if g.dimension and f.dimension and g.dimension != f.dimension:
            return False  # "400 feet tall" and "400 feet long": two sizes of one thing
        if g.money_owner and f.money_owner and g.money_owner != f.money_owner:
            return False  # "Harl County faces a $1.3 million deficit" and "the city of Harl faces …"
        if _other_thing(g.thing, f.thing):
            return False  # "an expansion of the container terminal" and "an expansion of the rail yard"
        if (g.project or f.project) and g.project != f.project and (g.thing is None or f.thing is None):
            # "The $30 million renovation" is the renovation told before, not "The higher end model costs $2799"
            return False
        if _other_day(g.event_day, f.event_day):
            return False  # "12 killed in Thursday's bombing" and "seven killed in the Wednesday bombings"
        if (
            f.holder in frame_lexicons.counted().per_party_holders
            and g.article is not f.article
            and not (g.owners and f.owners and overlap(g.owners, f.owners))
        ):
            # "the $90 million deal Hunter got" and, in another article, "the deal is worth $160 million":
            # within an article "the settlement" refers back; across articles only a shared party says so
            return False
        if f.holder in frame_lexicons.counted().per_party_holders and g.article is not f.article and _distinct(f, g):
            return False  # the Nationals' and the Red Sox's offers to one player: each names a party the other lacks
        if g.owners and f.owners and not overlap(g.owners, f.owners):
            return False  # "10 houses in Takengon" and "22 houses in Bener Meriah": names differ
    return True


def _refer_back(f: _Fig, figs: list[_Fig]) -> None:
    """A count told again without its part, equal to one its article told with it, is that part's count:
    "the attack on one of his schools killed 40 …" then "It has killed 40 people"."""
    if f.part is not None or f.key is None or f.claim.category != "count":
        return
    for g in figs:
        if g is f:
            return
        # "40 Palestinians" is no counted noun of the lexicon: no frame, but the count a later one repeats
        same_outcome = g.key is None or (g.key[0] == f.key[0] and g.key[3:] == f.key[3:])
        if g.part is not None and g.claim.category == "count" and same_outcome and g.claim.value == f.claim.value:
            f.part = g.part


def _distinct(f: _Fig, g: _Fig) -> bool:
    """Each of two figures names a party the other does not: two deals of one player with two clubs."""
    mine = {o for o in f.owners if not overlap(frozenset([o]), g.owners)}
    theirs = {o for o in g.owners if not overlap(frozenset([o]), f.owners)}
    return bool(mine and theirs)


def _subsets(frames: list[list[_Fig]]) -> None:
    """A count of a kind of what another frame counts, larger than it ("Twelve people were injured" and
    "14 passengers were hurt in the crash"): a ``subset_of`` relation on the larger part's figure. The
    two frames must be told of one event (the checks :func:`_accepts` makes, what is counted aside)."""
    kinds = frame_lexicons.counted().subsets
    wholes: dict[tuple[Any, ...], list[list[_Fig]]] = {}
    for fr in frames:
        k = fr[0].key
        if k is not None and k[0] == "count" and len(k) == 5:
            wholes.setdefault((k[1], k[2], k[3], k[4]), []).append(fr)
    for fr in frames:
        k = fr[0].key
        if k is None or k[0] != "count" or len(k) != 5 or k[2] not in kinds:
            continue
        for whole in wholes.get((k[1], kinds[k[2]], k[3], k[4]), ()):
            for f in fr:
                if f.claim.low is None or f.part is not None:
                    continue
                for g in whole:
                    if g.claim.high is None or f.claim.low <= g.claim.high or g.part is not None:
                        continue
                    if not _accepts(whole, replace(f, key=whole[0].key)):
                        continue
                    f.relations.append(
                        QuantityRelation(
                            kind="subset_of",
                            value=g.claim.high,
                            text=f"{g.claim.text.strip()} {g.claim.noun or ''}".strip(),
                            claim=g.claim.id,
                            path=t_path(g),
                            span=g.claim.span,
                        )
                    )
                    break


@linker("quantities", requires=("entities",), provides=("quantities",))
def link_quantities(articles: Sequence[Article], links: StoryLinks) -> Mapping[str, Any]:
    """Quantities: a quantity frame for every figure; figures of one quantity share a frame across the story."""
    frames: list[list[_Fig]] = []
    by_key: dict[tuple[Any, ...], list[list[_Fig]]] = {}
    every: list[_Fig] = []
    mentions = mention_index(links)  # the story's, built by the events linker before this one
    known: dict[str, frozenset[str]] = {}  # a person's name words, by entity id (see _person_words)
    for article in articles:
        figs = _features(article, links, mentions, known)
        every += figs
        for f in figs:
            _refer_back(f, figs)
            home = None
            if f.key is not None and f.key != _ANY_BODY:
                home = next((fr for fr in by_key.get(f.key, ()) if _accepts(fr, f)), None)
            if home is None and f.key is not None and f.key[0] == "tally":
                home = _vote_home(frames, f)
            if home is None:
                frames.append([f])
                if f.key is not None and f.key != _ANY_BODY:
                    by_key.setdefault(f.key, []).append(frames[-1])
            else:
                home.append(f)
    _started(every, articles)
    _subsets(frames)
    out = []
    for n, fr in enumerate(frames, 1):
        first = fr[0]
        if len(fr) == 1:
            # most frames hold one figure (nine in ten on ECB+): its fields without a comprehension each
            key = claim_key(first.article.path, first.claim.id)
            place = first.place or None
            claims: tuple[str, ...] = (first.claim.id,)
            paths: tuple[str, ...] = (first.article.path,)
            as_of: dict[str, str] = {key: first.as_of} if first.as_of else {}
            published = frozenset((key,)) if first.as_of_published else frozenset()
            relations = {key: tuple(first.relations)} if first.relations else {}
            shares = {key: first.share} if first.share else {}
        else:
            place = next((f.place for f in fr if f.place), None)
            claims = tuple(f.claim.id for f in fr)
            paths = tuple(f.article.path for f in fr)
            as_of = {claim_key(f.article.path, f.claim.id): f.as_of for f in fr if f.as_of}
            published = frozenset(claim_key(f.article.path, f.claim.id) for f in fr if f.as_of_published)
            relations = {claim_key(f.article.path, f.claim.id): tuple(f.relations) for f in fr if f.relations}
            shares = {claim_key(f.article.path, f.claim.id): f.share for f in fr if f.share}
        # every value is of its field's exact type already (strings or None, a bool, tuples of claim ids,
        # dicts of strings, relations and float pairs): validation would return the frame unchanged
        out.append(
            construct(
                QuantityFrame,
                id=f"Q{n}",
                counted=first.counted,
                outcome=first.outcome,
                holder=first.holder,
                place=place,
                unit=first.claim.unit,
                monotonic=first.monotonic,
                claims=claims,
                articles=paths,
                label=first.label,
                as_of_by_claim=as_of,
                as_of_published=published,
                relations=relations,
                shares=shares,
            )
        )
    return {"quantities": tuple(out)}


#: words either side of a changed stretch of a quotation read for the proportion it stands in ("one in
#: [three]" / "one in [four]": the change is one word, the proportion three)
_SHARE_REACH = 4


def share_in_words(words: Sequence[str], start: int, end: int) -> tuple[float, float, str] | None:
    """The share (least, most; 0 to 1, rounding included) a proportion written in a quotation's words
    states, when one covers or touches ``words[start:end]`` ("one in three", "a third of", "40 percent
    of"), with its figure category (``ratio``, ``fraction``, ``percent``); None when none does. Words as
    :func:`checker.language.speech.quote_written_words` gives them."""
    from checker.extractors.figures import find_figures  # the extractor owns what a proportion looks like

    lo = max(0, start - _SHARE_REACH)
    window = list(words[lo : end + _SHARE_REACH])
    at, offsets = 0, []
    for w in window:
        offsets.append(at)
        at += len(w) + 1
    text = " ".join(window)
    first = offsets[start - lo] if start - lo < len(offsets) else len(text)
    if end > start:
        last = offsets[end - lo - 1] + len(window[end - lo - 1])
    else:
        # words added or dropped here ("two out of [five]" / "40 percent of"): a proportion within two words
        last = first
        first = offsets[max(0, start - lo - 2)]
    for f in find_figures(text):
        if f.category in proportions.CATEGORIES and f.start <= last and first <= f.end:
            bounds = proportions.share_bounds(f.category, f.value, f.low, f.high)
            return None if bounds is None else (*bounds, f.category)
    return None


@linker("quote-shares", provides=("share_in_words",))
def link_quote_shares(articles: Sequence[Article]) -> Mapping[str, Any]:
    """``share_in_words``: :func:`share_in_words`, for CC301 to tell a proportion said in other words ("a
    third of" / "one in three") from one changed ("a quarter of" / "a third of")."""
    return {"share_in_words": share_in_words}


@hookimpl
def claimcheck_register_linkers() -> list[Linker]:
    return [link_quantities, link_quote_shares]
