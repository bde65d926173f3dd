"""CC601 name-consistency: one person's name spelled two ways, a reference to nobody introduced, or conflicting titles."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

from pydantic import Field

from checker.links import Entity, Mention, StoryLinks
from checker.models import Article, Finding, PersonClaim, Related, Span
from checker.registry import RuleOptions, related, rule, warn
from checker.story_index import mentions_in
from checker.wording import count, phrase, place, quoted


class NameConsistencyOptions(RuleOptions):
    """Options of CC601."""

    #: largest edit distance between two spellings taken as one name misspelt (the suggestion's reach)
    max_edits: int = Field(2, ge=1, le=3)
    #: shortest surname checked for misspellings (short names collide by chance)
    min_length: int = Field(4, ge=2)


@rule("CC601", "name-consistency", kinds=["person"], options=NameConsistencyOptions)
def name_consistency(
    article: Article,
    claims: list[PersonClaim],
    others: list[Article],
    links: StoryLinks,
    options: NameConsistencyOptions,
) -> Iterator[Finding]:
    """One person's name is spelled two ways, a surname refers to nobody introduced, or a person is given conflicting titles.

    What it checks:
        By the people links of the story: a surname spelled differently from the person's first
        reference ("Renata Gonzales" … "Gonzalez"), whichever spelling is in the majority (the
        message names both and their counts, in the article or across the story, never which is
        right; one finding per spelling, at its first place, its other places beside it), also where an article writes only the surname of a person another article of the
        story names in full ("Brigitte Aldersley" in one, "thanked Aldersly" in another); a changed
        given name with the same surname ("Dana Whitcombe" … "Diane Whitcombe", or unlike given names
        such as "Bronwen" … "Brenda" when the second is not introduced and stands where the first
        would: opening a sentence or speaking), in one article or across a story; a
        surname-only or title + surname reference to nobody named in the article or its story
        (a misspelling, or a missing first reference: also where a role or a relative clause
        reminds the reader who is meant, "Brankovic, the association's chairman," or "Hartigan,
        who runs the chandlery,"), with the closest named person suggested;
        one person given two different offices. Relatives and namesakes who share a surname are
        different people: a kinship word ("his mother, Rosa Alvim", "no relation"), a pair named
        together ("Bronwen and Brenda Tregarthen"), or a second name introduced in its own right (a
        title, an age, an apposition, a place in a list) marks them. House styles across outlets (Assad / al-Assad, Gaddafi /
        Qaddafi, Sergeyev / Sergeev) are not compared; one letter of a surname changed that no
        romanisation explains (Rathbourne / Rathborne) is.

    Why it matters:
        A misspelt name is a correction, and the person named notices first.

    Example:
        Attorney General Renata Gonzales asked … Gonzalez told the committee …

    Instead:
        Check the spelling with the source and use it throughout.

    Options:
        max-edits (default 2): edit distance within which a named person is suggested. min-length
        (default 4): shortest surname checked.
    """
    mine = {c.id: c for c in claims}
    path = article.path
    # the story's articles by path, once per story (issue 16); ``others`` is the story less this article
    story = links.memo(("CC601 articles",), lambda: {a.path: a for a in [article, *others]})
    for entity, mentioned in mentions_in(links, path):  # the entities mentioned here (issue 16: not all)
        if entity.kind != "person":
            continue
        here = [m for m in mentioned if m.claim in mine]
        if not here:
            # only words the linker found for a person another article names ("Aldersly" alone)
            yield from _one_per_spelling(_story_respellings(article, entity, mentioned, story, links), article)
            continue
        if not any(m.form == "full" for m in entity.mentions):
            if entity.full_elsewhere is None:  # "Paris Kyriakides": named in full with a given name no list knows
                yield _unintroduced(article, entity, here, links, mine, options)
            continue
        respelt: list[_Respelling] = []
        yield from _variants(article, entity, here, mine, story, links, respelt)
        respelt.extend(_story_respellings(article, entity, mentioned, story, links))
        yield from _one_per_spelling(respelt, article)
        yield from _offices(article, entity, here, mine)


def _surname(text: str) -> str:
    last = text.split()[-1] if text.split() else ""
    head, _, rest = last.partition("-")
    return (rest if rest and head.islower() else last).strip(".,;:’'")


def _given_differs(a: str, b: str) -> bool:
    """Whether two full names of one surname differ in the given name: the word before the surname,
    past a short particle both write ("Aoife Ni Bhriain" / "Aisling Ni Bhriain": "Aoife" / "Aisling");
    a title written with one only ("Assistant District Attorney Dave Rossi" / "Dave Rossi") is no change."""
    x, y = a.split()[:-1], b.split()[:-1]
    while len(x) > 1 and len(y) > 1 and x[-1].lower() == y[-1].lower() and len(x[-1]) <= 3:
        x, y = x[:-1], y[:-1]  # a particle both write ("Ni", "de", "van"): the given name is before it
    return bool(x and y) and x[-1].lower() != y[-1].lower()


def _first_references(entity: Entity) -> tuple[Mention | None, dict[str, Mention]]:
    """The entity's first full reference spelled as the entity (no variant), and its first in each article
    (once per story: issue 16)."""
    fulls = [m for m in entity.mentions if m.form == "full" and m.variant is None]
    first_in: dict[str, Mention] = {}
    for m in fulls:
        first_in.setdefault(m.article, m)
    return (fulls[0] if fulls else None), first_in


def _variants(
    article: Article,
    entity: Entity,
    here: list[Mention],
    mine: dict[str, PersonClaim],
    others: dict[str, Article],
    links: StoryLinks,
    respelt_out: list[_Respelling],
) -> Iterator[Finding]:
    """Changed given names, as findings; respelt surnames added to ``respelt_out`` (reported by
    :func:`_one_per_spelling` with those :func:`_story_respellings` finds)."""
    path = article.path
    # the first reference the variants depart from: the article's own, else the story's
    first, first_in = links.memo(("CC601 first references", entity.id), lambda: _first_references(entity))
    anchor_full = first_in.get(path) or first or entity.mentions[0]
    theirs = _surname(anchor_full.text)
    respelt: dict[str, list[PersonClaim]] = {}  # spelling → its claims (see :func:`_one_per_spelling`)
    renamed: list[PersonClaim] = []
    for m in here:
        c = mine[m.claim or ""]
        if m.variant == "surname" and _surname(c.name).lower() != theirs.lower():
            respelt.setdefault(_surname(c.name), []).append(c)
        elif m.variant == "given" and _given_differs(c.name, anchor_full.text):
            renamed.append(c)
    if not respelt and not renamed:
        return  # the usual case: what a message would say of the first reference is not needed (issue 16)
    anchor = mine.get(anchor_full.claim or "") if anchor_full.article == path else None
    there = others.get(anchor_full.article) if anchor_full.article != path else None
    if anchor_full.span is not None and (anchor is not None or there is not None):
        where = place(anchor_full.span, there or article, article)
    else:
        where = f"in {anchor_full.article}"
    rel = [related(article, anchor, phrase(anchor_full.text, "named here"))] if anchor else []
    for c in renamed:
        yield warn(
            c,
            f"{quoted(c.name)} here but {quoted(anchor_full.text)} {where}: the same surname with another "
            f"given name; check which is right",
            related=rel,
        )
    spelled = Counter(_surname(mine[m.claim].name) for m in here if m.claim)
    for ours, written in respelt.items():
        tally = (
            f" (this article: {quoted(ours)} {count(spelled[ours], 'time')}, "
            f"{quoted(theirs)} {count(spelled[theirs] or 1, 'time')})"
            if anchor
            else _story_tally(entity, ours, theirs)
        )
        respelt_out.append(
            _Respelling(ours, f"{quoted(theirs)} at the first reference {where}{tally}", rel, [*written])
        )


class _Respelling(NamedTuple):
    """One spelling of a surname that departs from the first reference, in one article."""

    ours: str
    #: what the message says of the first reference: "“Y” at the first reference on line 8 (tally)"
    against: str
    #: the first reference's place, beside the finding
    rel: list[Related]
    #: where the spelling stands, in text order: person claims or spans of loose words
    places: list[PersonClaim | Span]


def _start(where: PersonClaim | Span) -> int:
    return where.span.start if isinstance(where, PersonClaim) else where.start


def _one_per_spelling(respelt: list[_Respelling], article: Article) -> Iterator[Finding]:
    """One finding per respelt surname, at its first place, its other places beside it: which of two
    spellings is right is the editor's call, and a majority misspelling repeated is one mistake, not
    several. A spelling found both at person claims and as loose words of the story ("Ferncastel had
    chaired …", "praised Ferncastel for …") is one, told as the one found first."""
    by_spelling: dict[str, list[_Respelling]] = {}
    for r in respelt:
        by_spelling.setdefault(r.ours, []).append(r)
    for group in by_spelling.values():
        group.sort(key=lambda r: _start(r.places[0]))
        first = group[0]
        places = [p for r in group for p in r.places]
        yield warn(
            places[0],
            f"the surname is spelled {quoted(first.ours)} here{_and_later(len(places))} but {first.against}; "
            f"check which spelling is right",
            related=[*first.rel, *(related(article, p, phrase(first.ours, "spelled so here")) for p in places[1:])],
        )


def _and_later(n: int) -> str:
    """ " and 2 more times below" for a spelling written ``n`` times in the article, or ""."""
    return f" and {count(n - 1, 'more time')} below" if n > 1 else ""


def _story_tally(entity: Entity, ours: str, theirs: str) -> str:
    """The story's count of each spelling of a surname, as " (the story: “X” n times, “Y” m times)"."""
    spelled = Counter(_surname(m.text) for m in entity.mentions if m.form in ("full", "surname", "title_surname"))
    return (
        f" (the story: {quoted(ours)} {count(spelled[ours] or 1, 'time')}, "
        f"{quoted(theirs)} {count(spelled[theirs] or 1, 'time')})"
    )


def _story_respellings(
    article: Article, entity: Entity, mentioned: tuple[Mention, ...], story: dict[str, Article], links: StoryLinks
) -> list[_Respelling]:
    """A surname misspelt in an article that never names the person in full, found by the people
    linker with no person claim ("Brigitte Aldersley" in one article, "thanked Aldersly" in another):
    reported at the word, with the story's count of each spelling and never which is right."""
    loose = [m for m in mentioned if m.claim is None and m.form == "surname" and m.variant == "surname" and m.span]
    if not loose:
        return []
    first, _ = links.memo(("CC601 first references", entity.id), lambda: _first_references(entity))
    anchor = first or entity.mentions[0]
    there = story.get(anchor.article)
    where = (
        place(anchor.span, there, article) if anchor.span is not None and there is not None else f"in {anchor.article}"
    )
    theirs = _surname(anchor.text)
    rel = [related(there, anchor.span, phrase(anchor.text, "named here"))] if there is not None else []
    respelt: dict[str, list[Span]] = {}
    for m in loose:
        ours = _surname(m.text)
        if ours.lower() != theirs.lower() and m.span is not None:
            respelt.setdefault(ours, []).append(m.span)
    return [
        _Respelling(
            ours, f"{quoted(theirs)} at the first reference {where}{_story_tally(entity, ours, theirs)}", rel, [*spans]
        )
        for ours, spans in respelt.items()
    ]


def _unintroduced(
    article: Article,
    entity: Entity,
    here: list[Mention],
    links: StoryLinks,
    mine: dict[str, PersonClaim],
    options: NameConsistencyOptions,
) -> Finding:
    from rapidfuzz.distance import Levenshtein  # here, not at import: ~6 ms of every run that never gets here

    first = mine[here[0].claim or ""]
    written = _surname(first.name)
    named = [e for e in links.entities if e.kind == "person" and any(m.form == "full" for m in e.mentions)]
    scored = sorted(
        ((Levenshtein.distance(written.lower(), _surname(e.canonical).lower()), e) for e in named),
        key=lambda x: x[0],
    )
    if scored and scored[0][0] <= max(options.max_edits, len(written) // 3):
        hint = f"the closest person named is {scored[0][1].canonical}"
    else:
        hint = "nobody named in the story is close: is the first reference missing?"
    also = f" (and {count(len(here) - 1, 'later mention')})" if len(here) > 1 else ""
    return warn(first, f"{quoted(first.name)}{also} refers to nobody introduced in the article or its story; {hint}")


def _offices(article: Article, entity: Entity, here: list[Mention], mine: dict[str, PersonClaim]) -> Iterator[Finding]:
    titled = [m for m in here if m.role and m.form != "role" and mine[m.claim or ""].title]
    if not titled:
        return
    first = titled[0]
    for m in titled[1:]:
        a, b = first.role or "", m.role or ""
        if a != b and a not in b and b not in a:
            c, f = mine[m.claim or ""], mine[first.claim or ""]
            yield warn(
                c,
                f"{entity.canonical} is called {quoted(c.title or '')} here but {quoted(f.title or '')} "
                f"{place(f, article, article)}",
                related=[related(article, f, phrase(f.title, entity.canonical))],
            )
