"""People across a story: one entity per person, with every name form, title, role, age and mention.

The ``people`` linker provides ``entities``. Within each article (in text order):

- a full name joins the entity already named in the article whose name it matches
  (:func:`checker.language.names.same_person`: particles, initials and romanisation aside), unless
  a kinship word introduces it ("his mother, Rosa Alvim", or a plural one before a pair: "Sisters Dana
  and Diane Whitcombe"): relatives and namesakes who share a surname are different people. The
  person named with the very same name comes first, however many were named since with a like name. A changed given name with the same surname and no kinship word
  ("Dana Whitcombe" … "Diane Whitcombe") joins the entity as a ``given`` variant;
- across articles, a full name joins the story's entity it matches (house styles are not variants;
  a given name that is not the same name romanised is, and so is one letter of the surname changed
  that no romanisation rule explains: "Rathbourne"/"Rathborne", not "Gaddafi"/"Qaddafi"). A full
  name that is a person's named before with one such letter changed ("Renata Gonzales" … "Renata
  Gonzalez"), in the article or the story, joins that person as a ``surname`` variant;
- a surname-only or title + surname reference joins the nearest person named before it with that
  surname (among relatives, the one whose stated age or gender fits, else the nearest, but not a
  relative named in passing in the principal's paragraph: "Tiago Alvim … His mother, Rosa Alvim" …
  "Alvim said" is Tiago), else one whose surname it
  misspells (a ``surname`` variant), else an entity of its own with no full name (a reference to
  nobody introduced);
- a role description ("the 64-year-old governor", "the mayor") joins the nearest person named
  before it who holds that role (a head of state for "the leader"), else the one person named before
  it who holds an office the role names by its head noun ("the minister" after "Foreign Minister
  Abel Okonkwo"; the lexicon's ``kind_of``): a ``role`` mention. When the article names no holder,
  a description that states an age or is a clause's or speech cue's subject ("The 64-year-old
  governor told") joins the story's one holder of that role (or of such an office), if exactly one;
  a role that fits most others ("the chief") or an object ("told the judge") does not. A role is
  given in apposition after a name ("Ruth Calder, the mayor,", "Priya Raghunathan, headteacher of
  St Ailbe's College,") or before it ("The headteacher of St Ailbe's College, Priya Raghunathan",
  "St Ailbe's headteacher, …", "A 71-year-old retired postman, Eamon Threlkeld,"; not after a
  relation: "A friend of the curator, Benedikt Aaltonen"). A role qualified as a past holder's
  ("the former governor", "the ex-mayor", "the late senator"; people lexicon ``former_qualifiers``)
  is the role "former governor": it refers to someone introduced as a past holder ("former governor
  Aleki Vainikolo", "Vainikolo, a former governor"), never to the present one;
- ages (a figure claim "Ilse Marrow, 66", "Ilse Marrow (66)", "the 64-year-old governor" or "the
  45-year-old architect Leonie Brandt-Ibsen") go to
  the entity the figure's person or role description refers to, set off as the figures extractor
  sets an age off (:mod:`checker.language.ages`); an age at another time ("then-15-year-old") or a
  span ("from age 16 to 19") goes to nobody. CC201 trusts these links.

Across the story (:mod:`checker.linkers.story_names`): a full name with the same surname and an
unlike given name ("Bronwen" … "Brenda Tregarthen") joins the person named before as a ``given``
variant when nothing in the text makes them two people (a relation, an introduction, a pair or a
list); once the story is read, a surname an article writes alone for a person named in full only
in another article becomes a ``surname`` mention there with no claim (a misspelling a variant).

Organisations and places are left out by the people extractor ("Willow Creek", "Vanity Fair").
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cached_property, lru_cache
from typing import Any

from checker.hookspecs import hookimpl
from checker.language import ages, lexicons, names
from checker.linkers import story_names
from checker.linkers._text import locate, segments_of
from checker.linkers._typed import ROLE, WITH_CLAIM, entity, mention
from checker.linkers.speakers import link_quote_words, link_speakers
from checker.linking import Linker, linker
from checker.links import Entity, Mention, MentionForm
from checker.models import Article, FigureClaim, PersonClaim


def _form(claim: PersonClaim) -> MentionForm:
    if not claim.short:
        return "full"
    return "title_surname" if claim.title else "surname"


@lru_cache(maxsize=8192)
def _surname(name: str) -> str:
    """The surname as written, without a lower-case particle prefix ("al-Assad" → "Assad"), a family
    name written first as the surname ("Park Ji-hoon" → "Park")."""
    name = names.given_surname_order(name)
    last = name.split()[-1] if name.split() else ""
    head, _, rest = last.partition("-")
    return rest if rest and head.islower() else last


@lru_cache(maxsize=8192)
def _given(name: str) -> str:
    """The given name as written: the first word before the surname that is neither an initial nor a
    particle ("Van Rompuy" and "Al Quintero"'s first words may start a surname)."""
    words = [w for w in names.given_surname_order(name).split()[:-1] if not w.endswith(".") or len(w) > 2]
    if not words or not names.tokens(words[0]):
        return ""
    return words[0]


def _another_given_name(a: str, b: str, *, across: bool) -> bool:
    """Whether two given names of one surname differ: the same name, a short form ("Phil"/"Philip",
    "Ben"/"Benjamin") and, across outlets, one name romanised twice ("Sergei"/"Sergey") do not."""
    x, y = names.strip_accents(a).lower(), names.strip_accents(b).lower()
    if not x or not y or x == y:
        return False
    short, long_ = sorted((x, y), key=len)
    if len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) >= 2:
        return False  # a short form; one letter more is another spelling ("Hanna"/"Hannah", "Carl"/"Carlo")
    if across and len(short) < len(long_) and long_.startswith(short[:4]):
        return False  # across outlets, a familiar or longer form ("Alexis"/"Alexandros", "Steve"/"Steven")
    if lexicons.people().familiar(x, y):
        return False  # a familiar form that does not begin with the name ("Tom"/"Thomas", "Bill"/"William")
    return not (across and names.romanised_alike(a, b))


class _Group:
    """An entity being built."""

    def __init__(self, canonical: str) -> None:
        self.canonical = canonical
        self.forms: dict[str, None] = {}
        self.titles: dict[str, None] = {}
        self.roles: dict[str, None] = {}
        self.ages: list[tuple[float, str, str]] = []
        self.genders: dict[str, int] = {}
        self.mentions: list[Mention] = []
        #: the first full name of the entity in each article, and in the story
        self.first_full: dict[str, PersonClaim] = {}
        self.first_story_full: str | None = None
        #: surnames of its full names, as written
        self.surnames: set[str] = set()
        #: introduced through a kinship word ("his son, Jeremy Ortiz"): a relative of someone named
        self.relative = False
        #: see :attr:`checker.links.Entity.full_elsewhere`
        self.full_elsewhere: str | None = None

    @property
    def introduced(self) -> bool:
        return self.first_story_full is not None

    def add(self, article: Article, claim: PersonClaim, variant: str | None = None) -> None:
        self.forms.setdefault(claim.name, None)
        # "former governor Aleki Vainikolo": a past holder, not the present one (names.held_role)
        role = names.held_role(article.raw, claim.span.start, claim.title) if claim.title else None
        if names.is_kin(role):
            role = None  # "his sister Katie Jenkin": a relation, not a role she holds
        mention_role = None if names.is_generic_role(role) else role
        if claim.title:
            self.titles.setdefault(claim.title, None)
            if gender := names.gender_of(claim.title):
                self.genders[gender] = self.genders.get(gender, 0) + 1
        if role:
            self.roles.setdefault(role, None)
        if not claim.short:
            if gender := names.gender_of_given(claim.name):
                self.genders[gender] = self.genders.get(gender, 0) + 1
            self.first_full.setdefault(article.path, claim)
            self.surnames.add(_surname(claim.name))
            if self.first_story_full is None:
                self.first_story_full = claim.name
            if " " in claim.name and (" " not in self.canonical or not self.introduced):
                self.canonical = claim.name
        self.mentions.append(
            mention(WITH_CLAIM, article.path, claim.text, claim.span, _form(claim), claim.id, variant, mention_role)
        )

    def gender(self) -> str | None:
        """The gender most of the evidence gives (titles, kinship words, given name, pronouns), if any."""
        if not self.genders:
            return None
        ranked = sorted(self.genders.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None
        return ranked[0][0]

    def entity(self, number: int) -> Entity:
        return entity(
            f"E{number}",
            self.canonical,
            tuple(self.forms),
            tuple(self.titles),
            tuple(self.roles),
            tuple((age, cid) for age, cid, _ in self.ages),
            tuple((path, cid) for _, cid, path in self.ages),
            self.gender(),
            tuple(self.mentions),
            self.full_elsewhere,
        )


class _Unheld:
    """A role description its article names no holder for ("The 64-year-old governor told
    reporters" in an article naming nobody): resolved against the whole story once it is read."""

    def __init__(self, article: Article, start: int, end: int, role: str) -> None:
        self.article, self.start, self.end, self.role = article, start, end, role
        #: the ages stated in or right after the description: (age, figure claim id)
        self.ages: list[tuple[float, str]] = []


class _Groups(list[_Group]):
    """The story's entities being built, indexed by surname key (see :func:`names.surname_key`)."""

    def __init__(self) -> None:
        super().__init__()
        self.by_surname: dict[str, list[_Group]] = {}
        self.unheld: list[_Unheld] = []
        #: the story's articles read so far, by path
        self.articles: dict[str, Article] = {}
        #: roles no lexicon lists that some article of the story gives a named person ("the church organist")
        self.learned: frozenset[str] = frozenset()
        #: (article path, claim id) of each full name → :func:`names.learned_role` there
        self.learned_at: dict[tuple[str, str], tuple[int, int, str] | None] = {}
        #: the entities named in full, by the tokens of their first full name but the last (see
        #: :func:`_respelt`), in story order; None once one's first full name has no words to index
        self.by_given: dict[tuple[str, ...], list[_Group]] | None = {}
        self._given_indexed: set[int] = set()
        #: the entities named in full, by the surname of their first full name in the story as
        #: :func:`story_names.surname_of` gives it, in story order
        self.by_first_surname: dict[str, list[_Group]] = {}
        self._surname_indexed: set[int] = set()

    def index_surname(self, group: _Group) -> None:
        """Index an entity by the surname of its first full name in the story, once it has one."""
        if group.first_story_full is None or id(group) in self._surname_indexed:
            return
        self._surname_indexed.add(id(group))
        self.by_first_surname.setdefault(story_names.surname_of(group.first_story_full), []).append(group)

    def index_given(self, group: _Group) -> None:
        """Index an entity by the given names of its first full name in the story, once it has one."""
        if self.by_given is None or group.first_story_full is None or id(group) in self._given_indexed:
            return
        self._given_indexed.add(id(group))
        if not group.first_story_full:
            self.by_given = None  # compared by its canonical name, which may change: no index
            return
        toks = names.tokens(group.first_story_full)
        if len(toks) >= 2:
            self.by_given.setdefault(tuple(toks[:-1]), []).append(group)

    def respelling_candidates(self, name: str) -> Sequence[_Group]:
        """The entities, in story order, whose first full name may be ``name`` with its surname
        respelt: the same words but the last (:func:`names.respelt_surname` asks no less)."""
        toks = names.tokens(name)
        if len(toks) < 2:
            return ()
        return self if self.by_given is None else self.by_given.get(tuple(toks[:-1]), ())

    def register(self, group: _Group, name: str) -> None:
        bucket = self.by_surname.setdefault(names.surname_key(name), [])
        if group not in bucket:
            bucket.append(group)

    def by_key(self, name: str) -> list[_Group]:
        """Entities with a full name whose surname may be the one of ``name``, in story order."""
        return self.by_surname.get(names.surname_key(name), [])


class _Article:
    """Who is named where in one article, as the linker goes through it in text order."""

    def __init__(self, article: Article) -> None:
        self.article = article
        #: (position, group, claim) of every person mention so far, kept in text order
        self.named: list[tuple[int, _Group, PersonClaim]] = []
        #: the positions of :attr:`named`, to bisect without a key
        self.starts: list[int] = []
        #: the groups with a full name in the article, in order of their first full name, each with
        #: that name's :func:`names.name_key` and its surname's :func:`names.surname_key`
        self.local: dict[_Group, tuple[str, str]] = {}
        #: once every full name is placed (:meth:`index_full`): (position, group) of each full name, in
        #: text order, and the same by surname as written (:func:`_surname`)
        self.full: list[tuple[int, _Group]] = []
        self.full_by_surname: dict[str, list[tuple[int, _Group]]] = {}

    @cached_property
    def figures(self) -> list[FigureClaim]:
        """The article's figure claims that have a value."""
        return [c for c in self.article.claims if isinstance(c, FigureClaim) and c.value is not None]

    @cached_property
    def full_names(self) -> Counter[str]:
        """How many of the article's person claims are each full name (:func:`story_names.full_name_counts`)."""
        return story_names.full_name_counts(self.article)

    @cached_property
    def person_starts(self) -> list[int]:
        """Where each person claim of the article starts (as the extractor made them), in order."""
        return sorted(c.span.start for c in self.article.claims if isinstance(c, PersonClaim))

    def index_full(self) -> None:
        """Index the full names placed so far (all of them, before the surname references are placed)."""
        self.full = [(at, g) for at, g, _ in self.named]
        for at, g, c in self.named:
            self.full_by_surname.setdefault(_surname(c.name), []).append((at, g))

    def before(self, at: int) -> list[tuple[int, _Group, PersonClaim]]:
        return self.named[: bisect_left(self.starts, at)]

    def add_local(self, group: _Group) -> None:
        """Count ``group`` among the article's people named in full (once it has a full name here)."""
        if group not in self.local:
            first = group.first_full[self.article.path].name
            self.local[group] = (names.name_key(first), names.surname_key(_surname(first)))

    def insert(self, item: tuple[int, _Group, PersonClaim]) -> None:
        i = bisect_right(self.starts, item[0])
        self.starts.insert(i, item[0])
        self.named.insert(i, item)


def _link_article(article: Article, groups: _Groups, reading: story_names.StoryReading) -> None:
    here = _Article(article)
    people = sorted(reading.person_claims(article), key=lambda c: c.span.start)
    raw = article.raw
    # full names first, so a surname before its full name ("the Okafor family … Sam Okafor") finds it
    for claim in people:
        if not claim.short:
            _full(here, groups, claim)
    here.index_full()
    for claim in people:
        if claim.short:
            _short(here, groups, claim)
    _roles_and_ages(here, raw, groups)
    _pronoun_genders(here, raw)


def _full(here: _Article, groups: _Groups, claim: PersonClaim) -> None:
    path = here.article.path
    raw = here.article.raw
    kin = (
        names.kin_before(raw, claim.span.start)
        or names.kin_after(raw, claim.span.end)
        or names.kin_group_before(raw, claim.span.start)  # "Sisters Dana Whitcombe and Diane Whitcombe"
    )
    if names.namesake_before(raw, claim.span.start) or names.unrelated_after(raw, claim.span.end):
        # "A cousin, also named Tiago Alvim, 52,": another person of the same name, never one named before
        namesake = _Group(claim.name)
        namesake.relative = True
        groups.append(namesake)
        namesake.add(here.article, claim)
        groups.register(namesake, claim.name)
        groups.index_given(namesake)
        groups.index_surname(namesake)
        here.add_local(namesake)
        here.insert((claim.span.start, namesake, claim))
        return
    # the person the article named with this very name, however many were named since with a name
    # like it ("Dana Whitcombe" … "Diane Whitcombe" … "Dana Whitcombe"); else the latest like it
    key = names.name_key(claim.name)
    match = next((g for g, (k, _) in reversed(here.local.items()) if k == key), None)
    if match is None:
        # one surname (romanisation aside) has one surname key: the others need no closer look
        surname = names.surname_key(_surname(claim.name))
        match = next(
            (
                g
                for g, (k, s) in reversed(here.local.items())
                if s == surname and _same(g.first_full[path].name, claim.name, kin) and not (g.relative and k != key)
            ),
            None,
        )
    variant = None
    if match is not None:
        first = match.first_full[path].name
        if names.birth_name_before(raw, claim.span.start):
            variant = None  # "born Betty Mae Page": a birth name, not a misspelling
        elif _another_given_name(_given(first), _given(claim.name), across=False):
            variant = "given"
        elif _surname(first).lower() != _surname(claim.name).lower() and names.name_key(
            _surname(first)
        ) != names.name_key(_surname(claim.name)):
            variant = "surname"
    else:
        # across the story: a full name named in another article (house style is not a variant)
        match = next(
            (
                g
                for g in groups.by_key(claim.name)
                if g.introduced and path not in g.first_full and _same(g.canonical, claim.name, kin)
            ),
            None,
        )
        if match is not None and _another_given_name(_given(match.canonical), _given(claim.name), across=True):
            variant = "given"
        elif match is not None and names.respelt_surname(match.first_story_full or match.canonical, claim.name):
            variant = "surname"  # "Imogen Rathbourne" in one outlet, "Imogen Rathborne" in another
    if match is None and not kin and not names.birth_name_before(raw, claim.span.start):
        match = _respelt(here, groups, claim)
        if match is not None:
            variant = "surname"
    if match is None and not kin:
        match, variant = _compound_surname(here, claim)
    if match is None and not kin:
        # "Bronwen Tregarthen" … "Brenda Tregarthen", nothing making them two people (story_names)
        match = story_names.changed_given_name(
            here.article, claim, here.local, groups, groups.articles, here.full_names, groups.by_first_surname
        )
        if match is not None:
            variant = "given"
    if match is None:
        match = _Group(claim.name)
        match.relative = bool(kin)
        groups.append(match)
    if kin and (gender := names.gender_of(kin)):
        match.genders[gender] = match.genders.get(gender, 0) + 1
    match.add(here.article, claim, variant)
    groups.register(match, claim.name)
    groups.index_given(match)
    groups.index_surname(match)
    here.add_local(match)
    here.insert((claim.span.start, match, claim))


def _compound_surname(here: _Article, claim: PersonClaim) -> tuple[_Group | None, str | None]:
    """The person named before in the article whose full name ends in the two words of this name, a
    compound surname written alone as Spanish and Portuguese copy writes it ("Alejandro Fuentes
    Echeverría" … "Fuentes Echeverría"), with the variant "surname" when its last word is spelled
    another way ("Fuentes Echevarría"); (None, None) when nobody is. A first word that is a known
    given name ("Maria Lopez" after "Ana Maria Lopez") may be someone else's name, and is left alone."""
    words = claim.name.split()
    if len(words) != 2 or names.known_given_name(words[0]):
        return None, None
    path = here.article.path
    for g in reversed(here.local):
        full = g.first_full[path].name.split()
        if g.relative or len(full) < 3 or full[-2] != words[0]:
            continue
        if full[-1] == words[1]:
            return g, None
        if names.close_spelling(full[-1], words[1], max_edits=1):
            return g, "surname"
    return None, None


def _respelt(here: _Article, groups: _Groups, claim: PersonClaim) -> _Group | None:
    """The person named before in the article, else in the story, whose full name this one is with one
    letter of the surname changed ("Renata Gonzales" … "Renata Gonzalez"; :func:`names.respelt_surname`)."""
    path = here.article.path
    for g in reversed(here.local):
        if not g.relative and names.respelt_surname(g.first_full[path].name, claim.name):
            return g
    return next(
        (
            g
            for g in groups.respelling_candidates(claim.name)
            if g.introduced
            and not g.relative
            and path not in g.first_full
            and names.respelt_surname(g.first_story_full or g.canonical, claim.name)
        ),
        None,
    )


def _same(known: str, new: str, kin: str | None) -> bool:
    """Whether a new full name is the person already known by ``known`` (relatives never are).

    The surnames must be one name (romanisation and particles aside); two given names with one
    surname are one person only when they are near ("Dana"/"Diane", "Jonas"/"Jonah"): "Rosa" and
    "Tiago" Alvim are two people, and so is anyone a kinship word introduces.
    """
    if not names.same_person(_surname(known), _surname(new)):
        return False
    if kin and names.name_key(known) != names.name_key(new):
        return False
    genders = {names.gender_of_given(known), names.gender_of_given(new)}
    if {"female", "male"} <= genders:
        return False  # "Charlene" and "Charlie" Kafoury: two people
    given_a, given_b = _given(known), _given(new)
    if not given_a or not given_b or names.same_person(known, new):
        return True
    return names.given_names_close(given_a, given_b)


def _short(here: _Article, groups: _Groups, claim: PersonClaim) -> None:
    path = here.article.path
    written = _surname(claim.name)
    # the full names before it (every full name is placed before any surname reference)
    at = claim.span.start
    by_surname = here.full_by_surname.get(written, [])
    # the surname as this article writes it in full: "Duncan Rait" … "Raite" is a variant here even
    # when another outlet writes "Duncan Raite"
    same = list(dict.fromkeys(g for pos, g in by_surname if pos < at))
    variant = None
    match: _Group | None = None
    said: list[str | None] = []  # the gender the mention's title or sentence gives, once asked

    def fits(g: _Group) -> bool:
        """Whether the gender the mention's title or sentence gives fits the person (not yet named
        before it in the article, so no nearer person decides)."""
        if not said:
            said.append(_said_gender(here.article.raw, claim))
        return said[0] is None or g.gender() in (None, said[0])

    if len(same) > 1:
        match = _disambiguate(here, claim, same)
    elif same:
        match = same[0]
    if match is None:
        # named later in the article ("Quist" in a headline-like lead, the full name below)
        later = [g for _, g in by_surname]
        later += [
            g for g in groups.by_key(written) if path in g.first_full and _surname(g.first_full[path].name) == written
        ]
        # "35-year-old Gomes faces murder charges after his mother … Kathryn Gomes": not her
        later = [g for g in later if fits(g)]
        match = later[0] if later else None
    if match is None:
        local = here.full[: bisect_left(here.full, at, key=lambda n: n[0])]
        close = [g for _, g in reversed(local) if names.close_spelling(written, _surname(g.canonical))]
        if close:
            match, variant = close[0], "surname"
    if match is None:
        story = [g for g in groups.by_key(written) if g.introduced and _surname(g.canonical) == written and fits(g)]
        if story:
            match = story[0]
    if match is None:
        close = [g for g in groups if g.introduced and names.close_spelling(written, _surname(g.canonical))]
        if close:
            match, variant = close[0], "surname"
    if match is None:
        # a reference to nobody introduced: one entity per surname as written in the article
        match = next(
            (
                g
                for g in groups
                if not g.introduced and g.canonical == written and path in {m.article for m in g.mentions}
            ),
            None,
        )
        if match is None:
            match = _Group(written)
            groups.append(match)
    match.add(here.article, claim, variant)
    here.insert((claim.span.start, match, claim))


def _said_gender(raw: str, claim: PersonClaim) -> str | None:
    """The gender a surname mention's title gives ("Mr. Gigante"), else the first gendered pronoun in
    its sentence after it ("Gomes … after his mother"), if any."""
    if claim.title and (gender := names.gender_of(claim.title)):
        return gender
    end = _SENTENCE_END.search(raw, claim.span.end)
    return names.gendered_pronoun(raw, claim.span.end, end.start() if end else len(raw))


#: years a misstated age may be off by and still point to the relative it was stated for
_NEAR_AGE = 5


def _disambiguate(here: _Article, claim: PersonClaim, candidates: list[_Group]) -> _Group:
    """Among relatives sharing a surname: the one whose stated age or gender fits, else the nearest,
    except a relative named in passing in the principal's paragraph (the principal: the one not
    introduced through a kinship word)."""
    raw = here.article.raw
    said = _said_gender(raw, claim)
    if said is not None:
        # "Mr. Gigante" among "Vincent" and "Yolanda Gigante": never the relative of the other gender
        kept = [g for g in candidates if g.gender() in (None, said)]
        if len(kept) == 1:
            return kept[0]
        candidates = kept or candidates
    if claim.title and (role := names.title_role(claim.title)) is not None:
        # "Sgt. Walsh" after Sergeant Tom Walsh and Councillor Bridget Walsh: the one who holds the office
        holders = [g for g in candidates if role in g.roles]
        if len(holders) == 1:
            return holders[0]
    figures = here.figures
    for c in figures:
        # "the 35-year-old Alvim" (age before) or "Alvim, 35," (age in apposition after)
        before = c.category == "age" and 0 <= claim.span.start - c.span.end <= 3
        after = c.category == "age" and c.span.start >= claim.span.end and _apposition(raw, claim.span.end, c)
        if before or after:
            stated = {
                # the relative's full names first, then the figures after each (the same set, far fewer tests)
                id(g): {f.value for _, g2, full in here.named if g2 is g and not full.short
                        for f in figures if f.span.start >= full.span.end and _apposition(raw, full.span.end, f)}
                for g in candidates
            }  # fmt: skip
            fits = [g for g in candidates if c.value in stated[id(g)]]
            if len(fits) == 1:
                return fits[0]
            # every relative has an age stated and one only is a few years off: a misstated age of
            # that one, not the age of a relative a generation apart ("Colm Rafferty, 41 … his
            # father, Seamus Rafferty, 70 … Rafferty, 44,")
            value = c.value or 0.0
            off = [g for g in candidates if any(abs(a - value) <= _NEAR_AGE for a in stated[id(g)] if a is not None)]
            if all(stated.values()) and len(off) == 1:
                return off[0]
    # a pronoun before the next person named: one after it is that person's ('"…," Alvim said.
    # Rosa Alvim said she …'), one before it may be in the next sentence ("Felt blew the whistle
    # … ¶ He secretly guided …")
    starts = here.person_starts
    nxt = bisect_right(starts, claim.span.start)
    stop = starts[nxt] if nxt < len(starts) else len(raw)
    following = raw[claim.span.end : min(stop, claim.span.end + 120)]
    for word in following.split():
        p = names.pronoun(word)
        if p is not None and p.gender in ("male", "female"):
            fits = [g for g in candidates if g.gender() == p.gender]
            if len(fits) == 1:
                return fits[0]
            break
    nearest = [(at, g) for at, g, _ in here.before(claim.span.start) if g in candidates]
    if not nearest:
        return candidates[0]
    at, near = nearest[-1]
    # a bare surname among relatives refers to the principal (the one introduced without a kinship
    # word), not to a relative named in passing beside them ("Farmer Tiago Alvim, 35, sold … His
    # mother, Rosa Alvim, 61, … ¶ "…," Alvim said" is Tiago); a relative the article has gone on to
    # in a paragraph of their own is the one meant ("His son, T.J. DiLeo, … he said … ¶ "…," DiLeo said")
    principal = [g for g in candidates if not g.relative]
    if near.relative and len(principal) == 1:
        beside = [p for p, g in nearest if g is principal[0] and "\n\n" not in raw[min(p, at) : max(p, at)]]
        if beside:
            return principal[0]
    return near


def _roles_and_ages(here: _Article, raw: str, groups: _Groups) -> None:
    """Role descriptions as mentions of their holder; ages to the entity their figure names. A role
    description with no holder named before it in the article waits for the story (:func:`_story_roles`)."""
    path = here.article.path
    figures = here.figures
    described: list[tuple[int, int, _Group]] = []
    # "Ruth Calder, 58, the mayor of Fenmoor,": a role written after a name is one its holder has
    #: roles no lexicon lists that the article gives a named person ("Ana Pruitt, the church organist"),
    #: each with the people who hold it here
    learned: dict[str, list[_Group]] = {}
    #: (end, holder) of each learned role in apposition after its holder's name
    learned_after: list[tuple[int, _Group]] = []
    for _, g, c in here.named:
        found = names.role_apposition(raw, c.span.end)
        if found is None and not c.short and c.title is None:
            found = names.role_before_name(raw, c.span.start, c.span.end)  # "its chief engineer, Tomas Arkwright"
            if found is None:
                found = names.former_role_before(raw, c.span.start)  # "ex-governor Aleki Vainikolo"
        if found is None and not c.short and (new := _learned_role(groups, path, raw, c)):
            found = (*new, None)
            if g not in learned.setdefault(new[2], []):
                learned[new[2]].append(g)
            if new[1] > c.span.end:
                learned_after.append((new[1], g))
        if found is None:
            continue
        start, end, role, _age = found
        described.append((start, end, g))
        g.mentions.append(mention(ROLE, path, raw[start:end], here.article.span(start, end), "role", role=role))
        g.roles.setdefault(role, None)
        g.titles.setdefault(role, None)
        if gender := names.gender_of(raw[start:end]):
            g.genders[gender] = g.genders.get(gender, 0) + 1
    appositions = {start for start, _, _ in described}
    unheld: list[_Unheld] = []
    spans = {(start, end) for start, end, _ in described}
    descriptions = names.role_descriptions(raw) + [
        d
        for d in names.learned_descriptions(raw, frozenset(learned) | groups.learned)
        # a learned role refers to its holder when one person holds it here ("the organist" with two
        # organists named is nobody's), else to the story's one holder (see :func:`_story_roles`)
        if len(learned.get(d[2], ())) <= 1 and not any(s <= d[0] < e for s, e in spans)
    ]
    for start, end, role, age in descriptions:
        if start in appositions:
            continue  # the apposition, linked above
        if role in learned:
            holder = learned[role][0] if any(g is learned[role][0] for _, g, _ in here.before(start)) else None
            if holder is not None:
                described.append((start, end, holder))
                holder.mentions.append(
                    mention(ROLE, path, raw[start:end], here.article.span(start, end), "role", role=role)
                )
            continue
        holder = _holder(here, start, role, broad=age is not None or not names.is_generic_role(role))
        if holder is None:
            if _story_reference(raw, start, end, role, age):
                unheld.append(_Unheld(here.article, start, end, role))
            continue
        described.append((start, end, holder))
        holder.mentions.append(mention(ROLE, path, raw[start:end], here.article.span(start, end), "role", role=role))
        holder.roles.setdefault(role, None)
    for f in figures:
        if (
            learned_after
            and f.category == "count"
            and f.value is not None
            and (owner := _age_after_learned(raw, f, learned_after))
        ):
            # "Osric Tamm, a beekeeper, 70,": the figure extractor knows the lexicon's roles only
            owner.ages.append((f.value, f.id, path))
            continue
        if f.category == "age" or (f.category == "duration" and f.text.rstrip().endswith("year-old")):
            group = _age_owner(here, f, described)
            if group is None and f.value is not None:
                group = _age_described_speaker(here, raw, f)
            if group is not None and f.value is not None:
                group.ages.append((f.value, f.id, path))
            elif f.value is not None:
                # "The 64-year-old governor told" with no governor named in the article
                waiting = next((u for u in unheld if _age_of(raw, u.start, u.end, f)), None)
                if waiting is not None:
                    waiting.ages.append((f.value, f.id))
    groups.unheld.extend(unheld)


def _age_described_speaker(here: _Article, raw: str, f: FigureClaim) -> _Group | None:
    """The person an age alone describes as a speaker ("The 58-year-old said", "the 47-year-old father
    told reporters"): the one person (of the gender a kinship word gives) named in the last sentence
    before it that names anyone. None when that sentence names several, or the description is not
    the subject of a speech verb (which keeps "the 34-year-old was charged", often someone unnamed, out).

    The description is linked as a mention of that person (form "role", no role)."""
    the = _THE_BEFORE.search(raw, max(0, f.span.start - 5), f.span.start)
    if the is None:
        return None
    start, end = the.start(), f.span.end
    gender = None
    if (m := _NEXT_WORD.match(raw, end)) is not None and names.is_kin(names.title_role(m.group(1))):
        end, gender = m.end(), names.gender_of(m.group(1))  # "the 47-year-old father"
    # nothing the age describes follows ("the 39-year-old Troy man", "the 29-year-old gang member" are
    # someone the sentence goes on to tell of): a speech verb, or the end of an inverted speaker
    # ("…," said the 29-year-old on the eve of …)
    sp = lexicons.speech()
    after = _NEXT_WORD.match(raw, end)
    if raw[end : end + 1] not in (",", ".", ";", ":") and not (
        after and (after.group(1) in sp.verbs or after.group(1) in sp.speaker_ends)
    ):
        return None
    if not names.speech_subject(raw, start, end):
        return None
    before = here.before(start)
    if not before:
        return None
    last = before[-1][0]
    # the sentence of the last name: from the last sentence end before it (a sentence longer than
    # the window counts what the window holds, which can only add people and so say nobody)
    opened = max((m.end() for m in _SENTENCE_END_IN.finditer(raw, max(0, last - 600), last)), default=0)
    named = list(dict.fromkeys(g for pos, g, _ in before if pos >= opened))
    if gender is not None:
        named = [g for g in named if g.gender() in (gender, None)]
    if len(named) != 1:
        return None
    holder = named[0]
    holder.mentions.append(
        Mention(article=here.article.path, text=raw[start:end], span=here.article.span(start, end), form="role")
    )
    return holder


#: "the " right before an age description
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
#: the word right after an age description ("father" in "the 47-year-old father")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
#: the end of a sentence: a full stop, question or exclamation mark (closing marks after it) and space
_SENTENCE_END_IN = re.compile(r"[.!?][\"”’)]*\s+")


def _learned_role(groups: _Groups, path: str, raw: str, c: PersonClaim) -> tuple[int, int, str] | None:
    """:func:`names.learned_role` of a full name, as the story's reading found it (see :func:`link_people`)."""
    key = (path, c.id)
    if key in groups.learned_at:
        return groups.learned_at[key]
    return names.learned_role(raw, c.span.start, c.span.end)


def _age_after_learned(raw: str, f: FigureClaim, learned_after: list[tuple[int, _Group]]) -> _Group | None:
    """The holder of a learned role in apposition right before a whole number of years that closes
    its own apposition ("Osric Tamm, a beekeeper, 70, from Lydmouth"), else None."""
    if f.value is None or not (0 < f.value <= 120) or f.value != int(f.value) or not f.text.strip().isdigit():
        return None
    if raw[f.span.end : f.span.end + 1] not in (",", ".", ";"):
        return None
    return next((g for end, g in learned_after if _LEARNED_AGE_GAP.fullmatch(raw, end, f.span.start)), None)


#: what stands between a learned role in apposition and its holder's age: a comma
_LEARNED_AGE_GAP = re.compile(r"\s*,\s*")


def _story_reference(raw: str, start: int, end: int, role: str, age: int | None) -> bool:
    """Whether a role description no holder in its article explains may refer to the story's holder:
    a role that fits few (not "the chief", "the official") described as someone's ("the 64-year-old
    governor"), or as the subject of a clause or a speech cue ("The governor told", "according to the
    governor"); an object ("he told the judge") may be anyone holding the role."""
    if names.is_generic_role(role):
        return False
    opens = names.SENTENCE_OPENS.search(raw, max(0, start - 8), start) is not None
    return age is not None or opens or names.speech_subject(raw, start, end)


def _age_of(raw: str, start: int, end: int, f: FigureClaim) -> bool:
    """Whether an age figure is stated in a role description or in apposition right after it."""
    return start <= f.span.start < end or (end <= f.span.start and _after_role(raw, end, f))


def _holds_broader(g: _Group, role: str) -> bool:
    """Whether a person holds an office the role names by its head noun ("minister": a foreign minister)."""
    return any(r != role and names.role_fits(role, r) for r in g.roles)


def _holder(here: _Article, at: int, role: str, broad: bool = True) -> _Group | None:
    """The person named before ``at`` who holds ``role``, else (``broad``) the one person who holds
    an office the role names broadly. ``broad`` is False for a generic role without an age: "the
    officer" may be any officer the story meets ("a police officer banged at his window … The officer
    told him"); "the 55-year-old officer" is someone described."""
    head = names.is_head_role(role)
    before = here.before(at)
    for _, g, _ in reversed(before):
        if role in g.roles or (head and any(names.is_head_role(r) for r in g.roles)):
            return g
    if not broad:
        return None
    # "Foreign Minister Abel Okonkwo … the minister": one person named before holds such an office
    broader = list(dict.fromkeys(g for _, g, _ in before if _holds_broader(g, role)))
    return broader[0] if len(broader) == 1 else None


def _story_holder(groups: _Groups, role: str) -> _Group | None:
    """The one person of the story who holds ``role`` (else one who holds an office it names by its
    head noun), or None when nobody or several do."""
    exact = [g for g in groups if g.introduced and not g.relative and role in g.roles]
    if exact:
        return exact[0] if len(exact) == 1 else None
    broader = [g for g in groups if g.introduced and not g.relative and _holds_broader(g, role)]
    return broader[0] if len(broader) == 1 else None


def _story_roles(groups: _Groups) -> None:
    """A role description whose article names no holder refers to the story's one holder of that
    role ("Governor Ilona Perrault" in one article, "the 64-year-old governor" in another): it
    becomes a ``role`` mention of that person, and its age one of theirs."""
    for u in groups.unheld:
        holder = _story_holder(groups, u.role)
        if holder is None:
            continue
        article = u.article
        holder.mentions.append(
            mention(ROLE, article.path, article.raw[u.start : u.end], article.span(u.start, u.end), "role", role=u.role)
        )
        holder.ages.extend((age, cid, article.path) for age, cid in u.ages)


def _age_owner(here: _Article, f: FigureClaim, described: list[tuple[int, int, _Group]]) -> _Group | None:
    """The person an age figure is stated for: the role description it stands in or follows, else the
    name it is in apposition to, else the name right after it; None for an age at another time."""
    raw = here.article.raw
    if _THEN.search(raw, max(0, f.span.start - 8), f.span.start) or _SPAN_AFTER.match(raw, f.span.end):
        return None  # "then-15-year-old Timmons", "from age 16 to 19": an age at another time, or a span
    if _of_a_past_year(here.article, f):
        return None  # "the 29-year-old Mr. Ashdale … as the driver in 1958": the age then, not now
    # "the 64-year-old governor": the role description the figure stands in
    for start, end, g in described:
        if start <= f.span.start < end:
            return g
    # "At 45, the chief executive is …", "At 45, Kobayashi has …": the subject the age is fronted before
    if (at := ages.fronted(raw, f.span.start, f.span.end)) is not None:
        return next((g for start, _, g in described if start == at), None) or next(
            (g for pos, g, _ in here.named if pos == at), None
        )
    # "Marta Whitcombe, the town librarian, 52,": the age in apposition after the role
    # "The mayor, who is 45,": or in a relative clause right after it
    for _, end, g in described:
        if end <= f.span.start and _after_role(raw, end, f):
            return g
    # "Ilse Marrow, 66", "Councillor Piet Rook, a 48-year-old lawyer": the name right before
    before = here.before(f.span.start)
    while before and before[-1][2].span.end > f.span.start:
        before = before[:-1]
    if before and (
        _apposition(raw, before[-1][2].span.end, f)
        or ages.stated(raw, before[-1][2].span.end, f.span.start, f.span.end)  # "Ola Brisk is 29."
    ):
        return None if _other_given_name(raw, before[-1][2]) else before[-1][1]
    # "the 16-year-old Gray": the name right after; "the 45-year-old architect Leonie Brandt-Ibsen":
    # after the role it describes
    after = [
        n
        for n in here.named[bisect_left(here.starts, f.span.end) :][:2]
        if (n[0] - f.span.end <= 3 and raw[f.span.end : n[0]].isspace())  # not past a full stop: "at age 46. ¶ Holm"
        or (n[0] - f.span.end <= 40 and names.role_between(raw, f.span.end, n[0], n[2].span.end))
    ]
    return None if not after or _other_given_name(raw, after[0][2]) else after[0][1]


_THEN = re.compile(r"\bthen[-\s]+(?:\d+-)?$", re.I)  # "then-15-year-old", "then- 15-year-old"
#: "the 29-year-old", "a 40-year-old": an age told as a description, of whenever the sentence is about
_DESCRIBED = re.compile(r"\b(?:the|a|an)\s+$", re.I)
#: a year the sentence's event is dated to ("as the driver in 1958", "during March 1990"); "since" is not one
#: a relative clause set off by commas (or running to the sentence's end)
_ASIDE = re.compile(r",\s+(?:who|whom|whose|which|where)\b[^,;]*(?:,|$)")
_IN_YEAR = re.compile(r"\b(?:in|during)\s+(?:[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?((?:1[6-9]|20)\d\d)\b")


def _of_a_past_year(article: Article, f: FigureClaim) -> bool:
    """Whether a described age ("the 29-year-old Mr. Ashdale") stands in a sentence dated to a year at
    least two before publication: the person's age then, which says nothing of the age now. An age set
    off after a name ("Ashdale, 77, who moved there in 1958") is the age at publication and stays."""
    pub = article.meta.published
    if pub is None or not _DESCRIBED.search(article.raw, max(0, f.span.start - 6), f.span.start):
        return False
    place = locate(segments_of(article), f)
    if place is None:
        return False
    # a year in an aside about the person ("The 55-year-old coach, who joined in 2021, declined") dates
    # the aside, not the sentence the age stands in
    told = _ASIDE.sub(" ", place.sentence)
    return any(int(y) <= pub.year - 2 for y in _IN_YEAR.findall(told))


_GIVEN_NAME_BEFORE = re.compile(r"[a-z,;]\s+[A-Z][a-z]+\s+$")
#: the far end of a span of ages ("from age 16 to 19", "between age 17 and 25", "aged 16-19")
_SPAN_AFTER = re.compile(r"\s*(?:(?:to|and)\s+|[-–]\s*)\d")


def _other_given_name(raw: str, claim: PersonClaim) -> bool:
    """Whether a surname-only mention follows another given name the extractor did not join to it
    ("Rawhi and Hussein Sultan, labourers aged 22"): the age is that person's, not the entity's."""
    return (
        claim.short
        and claim.title is None
        and bool(_GIVEN_NAME_BEFORE.search(raw, max(0, claim.span.start - 30), claim.span.start))
    )


_AGE_AFTER_ROLE = re.compile(r"\s*,\s*(?:aged\s+)?")


def _after_role(raw: str, end: int, f: FigureClaim) -> bool:
    """Whether an age figure follows the role description ending at ``end``: set off as an age ("the
    mayor, 45,", "the mayor (45)"), or in a relative clause ("the mayor, who is 45")."""
    return ages.stated_after(raw, end, f.span.start, f.span.end) or bool(
        _AGE_AFTER_ROLE.fullmatch(raw, end, f.span.start)
    )


def _apposition(raw: str, end: int, f: FigureClaim) -> bool:
    """Whether an age figure stands in apposition to the name ending at ``end``: set off as the
    figures extractor sets an age off (:func:`checker.language.ages.set_off`: "Ilse Marrow, 66,",
    "Wilhelmina Tarrant (44)"), or after only a comma and an article ("Piet Rook, a 48-year-old")."""
    if ages.stated_after(raw, end, f.span.start, f.span.end):
        return True  # "Ilse Marrow, 66,", "Ostrander, who is 65,"
    between = raw[end : f.span.start].strip()
    # (lower-casing never shortens a text, and a text of more than two words has three: a far figure's
    # long stretch is neither lower-cased nor split whole)
    if len(between) <= 5 and between.lower() in (",", ", a", ", an", ", the", ""):
        return True
    return between.startswith(",") and len(between.split(maxsplit=2)) <= 2


def _pronoun_genders(here: _Article, raw: str) -> None:
    """A person referred back to by "he" or "she" in the same sentence, before anyone else is named,
    takes that pronoun's gender (the evidence pronoun speakers are resolved with)."""
    for _, g, c in here.named:
        if c.short and c.title is None and not g.introduced:
            continue
        end = _SENTENCE_END.search(raw, c.span.end)
        stop = min(end.start() if end else len(raw), c.span.end + 160)
        i = bisect_right(here.starts, c.span.end)
        # the next person named before it (the names are in text order: none after ``stop`` counts)
        for x in itertools.islice(here.named, i, None):
            if x[0] >= stop:
                break
            if x[1] is not g:
                stop = x[0]
                break
        if gender := names.gendered_pronoun(raw, c.span.end, stop):
            g.genders[gender] = g.genders.get(gender, 0) + 1


#: (its first character first, each alternative's rest after it: the matcher skips to a candidate)
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])[\"”’]?\s|(?<=\n)\s*\n)")


def _introduced_later(groups: _Groups) -> None:
    """A surname reference to nobody named before it joins the person of that surname a later
    article of the story introduces (the article order is not the order of publication)."""
    for g in [g for g in groups if not g.introduced]:
        named = [h for h in groups.by_key(g.canonical) if h.introduced and g.canonical in h.surnames]
        if len(named) == 1:
            target = named[0]
            target.mentions.extend(g.mentions)
            target.forms.update(g.forms)
            groups.remove(g)


@linker("people", provides=("entities",))
def link_people(articles: Sequence[Article]) -> Mapping[str, Any]:
    """People: one entity per person of the story, with every mention in every article."""
    groups = _Groups()
    groups.learned_at = {
        (article.path, c.id): names.learned_role(article.raw, c.span.start, c.span.end)
        for article in articles
        for c in article.claims
        if isinstance(c, PersonClaim) and not c.short
    }
    groups.learned = frozenset(found[2] for found in groups.learned_at.values() if found is not None)
    # what the story says of its person claims: a vessel's or a place's name ("the ferry MV Morwenna
    # Star" in another article), a title read as a given name ("Dean Okafor" for "the Dean, Ngozi Okafor")
    reading = story_names.read_story(articles)
    for article in articles:
        groups.articles[article.path] = article
        _link_article(article, groups, reading)
    _introduced_later(groups)
    _story_roles(groups)
    story_names.add_story_surnames(articles, groups)
    _full_names_unread(groups, articles)
    return {"entities": tuple(g.entity(i) for i, g in enumerate(groups, 1))}


def _full_names_unread(groups: _Groups, articles: Sequence[Article]) -> None:
    """Find, for each person known only by surname, a full name some article of the story writes with
    a given name no list knows ("said 32-year-old protester Paris Kyriakides" in one article,
    "Kyriakides said" in another): a capitalised word, not opening a sentence, that is no title,
    pronoun or name of a place or organisation, right before the surname."""
    for g in groups:
        if g.introduced or " " in g.canonical.strip():
            continue
        pattern = re.compile(
            rf"(?<![.!?:;\n\"“]\s)(?<!^)\b([{names.UPPER}][{names.LOWER}’'-]+)\s+{re.escape(g.canonical)}\b"
        )
        for article in articles:
            found = next(
                (
                    m
                    for m in pattern.finditer(article.raw)
                    if names.title_role(m.group(1)) is None
                    and m.group(1) not in lexicons.people().by_form  # "Mrs Vanterpool": a courtesy title
                    and m.group(1).lower() not in names.PRONOUNS
                    and not names.not_a_person(article.raw, m.start(), m.end())
                ),
                None,
            )
            if found is not None:
                g.full_elsewhere = found.group(0)
                break


@hookimpl
def claimcheck_register_linkers() -> list[Linker]:
    return [link_people, link_speakers, link_quote_words]
