"""People across a story's articles: surnames an article writes without naming the person in full,
a given name changed with the same surname, and names the story reads as no person's or as a title.

They run inside the ``people`` linker (:mod:`checker.linkers.people`), on the entities it is building:

- :func:`read_story`, before any article is linked: how the story reads its person claims. A full
  name one article writes as a vessel's or a place's ("the ferry MV Morwenna Star") is no person in
  the others ("Morwenna Star's captain said"); a title that is also a given name, read as a given
  name in one article ("Dean Okafor said"), is a title + surname reference to the story's Okafor who
  holds the office ("the Dean, Ngozi Okafor"), and the other way round ("Judge Quayle said" for
  "Judge Quayle, 27, a roofer,": no judge). See :class:`StoryReading`.

- :func:`add_story_surnames`, once the whole story is read: a capitalised word in an article that is
  (or misspells, :func:`checker.language.names.close_spelling`) the surname of a person named in
  full only in another article of the story ("Brigitte Aldersley stepped down." in one article,
  "The board thanked Aldersly for her service." in another) becomes a ``surname`` mention of that
  person there, with no claim: the people extractor reads one article at a time and cannot know
  the name. Not a word the article also writes in lower case (a common noun opening a sentence),
  nor one inside a longer capitalised run (a place's or organisation's name: "Aldersley Hospital"),
  nor one after a word that leads to a place ("in Aldersley"), nor a word in a heading.
- :func:`changed_given_name`, for each full name with no person to join: a full name with the same
  surname as a person named before and another given name that does not look alike ("Bronwen
  Tregarthen" … "Brenda Tregarthen") is the same person with the given name changed when nothing in
  the text makes them two people. Relatives and namesakes are marked: a kinship word anywhere in the
  article (or the other article), a pair named together ("Bronwen and Brenda Tregarthen"), a second
  name introduced in its own right (a title, an age, an apposition or a role before it), or one
  named more than once (a person the article goes on about, not a slip). Any such cue: two people.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Protocol, TypeVar

from checker.language import edits, lexicons, names
from checker.linkers._typed import SURNAME, mention
from checker.links import Mention
from checker.models import Article, PersonClaim, prose


class Person(Protocol):
    """What these functions read and extend of an entity being built (``people``'s ``_Group``)."""

    canonical: str
    surnames: set[str]
    first_full: dict[str, PersonClaim]
    first_story_full: str | None
    mentions: list[Mention]
    forms: dict[str, None]
    relative: bool
    #: canonical roles the story gives the person ("librarian")
    roles: dict[str, None]


P = TypeVar("P", bound=Person)

#: a capitalised word that may be a surname ("Aldersley", "O'Brien", "Smith-Jones")
#: (the capital first, then what stands before it: the matcher skips ahead to a capital letter)
_WORD = re.compile(r"[A-Z](?<![\w’'-][A-Z])[a-z]+(?:[-’'][A-Z][a-z]+)*(?![\w-])")
#: a capitalised word right before, not opening a sentence: the word continues a longer name
_CAPITAL_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][\w’'.-]*\s+$")
#: a joining word after a capitalised word right before: "Arts and Sciences", "Bank of Aldersley"
_JOINED_BEFORE = re.compile(r"[A-Z][\w’'.-]*\s+(?:and|of|&|for|de|du|la)\s+$")
#: a capitalised word right after: "Aldersley Hospital"
_CAPITAL_AFTER = re.compile(r"(?:\s+(?:of|and|&)\s+|\s+)[A-Z]")


@lru_cache(maxsize=1)
def _towards() -> re.Pattern[str]:
    words = "|".join(
        sorted(map(re.escape, lexicons.markers().towards_words | {"in", "at"}), key=lambda w: (-len(w), w))
    )
    return re.compile(rf"\b(?:{words})\s+$", re.I)


def _word_char(c: str) -> bool:
    """A character ``\\w`` matches (a letter, a digit, an underscore)."""
    return c.isalnum() or c == "_"


def has_word(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word: what ``re.search(rf"\\b{re.escape(word)}\\b",
    text)`` tells, without building a pattern for each word asked about (a story asks for hundreds)."""
    if not word or not _word_char(word[0]) or not _word_char(word[-1]):
        return re.search(rf"\b{re.escape(word)}\b", text) is not None  # \b means else there
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not _word_char(text[i - 1])) and (j == len(text) or not _word_char(text[j])):
            return True
        i = text.find(word, i + 1)
    return False


def _candidate(text: str, start: int, end: int, word: str, prose: str) -> bool:
    """Whether a capitalised word in a segment's text may be a surname standing alone."""
    if word in names.NOT_NAMES or word.lower() in names.PRONOUNS or names.title_role(word):
        return False
    low = word.lower()
    if has_word(prose, low):
        return False  # a common noun that opens a sentence here ("Young people …", "the young")
    start = names.particles_before(text, start)  # "De la Cruz": what stands before the surname's particles
    before = text[max(0, start - 40) : start]
    if _CAPITAL_BEFORE.search(before) or _JOINED_BEFORE.search(before) or _CAPITAL_AFTER.match(text, end):
        return False  # part of a longer proper name
    if _towards().search(before):
        return False  # "in Aldersley", "reached Aldersley": a place
    return not names.not_a_person(text, start, end)


def add_story_surnames(articles: Sequence[Article], people: Iterable[Person]) -> None:
    """Give each person named in full in one article of the story a ``surname`` mention wherever
    another article writes their surname (or misspells it) without naming them in full."""
    proses = _Proses(articles)
    people = [p for p in people if p.first_story_full is not None and not p.relative and _named(p, proses)]
    if not people:
        return
    index = _Surnames(people)
    # each article's people named in full there, and their surnames as compared (folded, lower-case)
    named_here: dict[str, list[Person]] = {}
    for p in people:
        for where in p.first_full:
            named_here.setdefault(where, []).append(p)
    for article in articles:
        path = article.path
        if len(named_here.get(path, ())) == len(people):
            continue  # everyone is named in full here: nobody is away
        here_surnames = {names.strip_accents(p.canonical.split()[-1]).lower() for p in named_here.get(path, ())}
        # the people a word may name, asked once per word of the article (the same words recur)
        whose: dict[str, tuple[Person | None, str | None]] = {}
        segments = [seg for seg in article.segments if seg.kind not in ("heading", "furniture")]
        # most articles hold no word a person of the story is named by: their words, read at once
        # (one line a paragraph: no word runs across two), say so before any word is placed
        capitalised = set(_WORD.findall("\n".join(seg.text for seg in segments)))
        naming = {w for w in index.maybe(capitalised) if index.whose(w, path, here_surnames, whose)[0] is not None}
        if not naming:
            continue
        # every span a person claim takes: those words are mentions already
        claims = [c for c in article.claims if isinstance(c, PersonClaim)]
        taken = [c.span for c in claims]
        # a surname the article writes as a person claim of its own is resolved there ("Smith said"
        # for its own A.J. Smith): the story's other Smith is not meant by the word
        own = {c.name.split()[-1]: c.id for c in claims if c.short}
        words = proses[path]
        for seg in segments:
            if not any(w in seg.text for w in naming):
                continue  # (a word as a substring first: most paragraphs hold none)
            for m in _WORD.finditer(seg.text):
                word = m.group(0)
                if word not in naming:
                    continue  # nobody's surname, nor a misspelling of one
                # the surname first (a set look-up and a few edit distances); the context tests after
                person, variant = index.whose(word, path, here_surnames, whose)
                if person is None or not _candidate(seg.text, m.start(), m.end(), word, words):
                    continue
                if word in own and all(x.claim != own[word] for x in person.mentions):
                    continue
                if _someone_else(words, word, person):
                    continue
                if variant is not None and not _slip(seg.text, m.start(), m.end(), word):
                    continue
                s, e = seg.file_offset(m.start()), seg.file_offset(m.end())
                if any(t.start < e and s < t.end for t in taken):
                    continue
                person.mentions.append(mention(SURNAME, path, word, article.span(s, e), "surname", None, variant))
                person.forms.setdefault(word, None)


class _Proses(dict[str, str]):
    """Each article's prose (:func:`checker.models.prose`) by path, made when first asked for."""

    def __init__(self, articles: Sequence[Article]) -> None:
        super().__init__()
        self._articles = {a.path: a for a in articles}
        #: each article's paragraphs (furniture aside) joined by line breaks, for :meth:`has_word`
        self._paragraphs: dict[str, str] = {}

    def __missing__(self, path: str) -> str:
        article = self._articles.get(path)
        text = self[path] = prose(article.segments) if article is not None else ""
        return text

    def every(self) -> list[str]:
        """Every article's prose, in story order."""
        return [self[path] for path in self._articles]

    def has_word(self, path: str, word: str) -> bool:
        """:func:`has_word` of an article's prose for a word of no white space, asked of its paragraphs
        one by one while the prose is not made (no word runs across the line between two)."""
        if path in self or path not in self._articles:
            return has_word(self[path], word)
        # one look at the paragraphs joined: a line break is no word character, so a whole word
        # there is one in a paragraph (a story's people ask of each article one by one, ~0.02 ms an article)
        text = self._paragraphs.get(path)
        if text is None:
            segments = self._articles[path].segments
            text = self._paragraphs[path] = "\n".join(seg.text for seg in segments if seg.kind != "furniture")
        return has_word(text, word)


#: what opens a sentence (or a quotation) right before a word
_OPENS = re.compile(r"(?:^|\n\s*|[.!?:;][\"”’)]*\s+|[\"“‘]\s*)$")
#: words after a sentence's first word that make it no subject ("Whether the …", "Once it …")
_NOT_AFTER_SUBJECT = re.compile(r"\s+(?:the|a|an|it|he|she|they|we|you|i|this|that|these|those|there)\b", re.I)
#: a name in a list of names ("IBM, Dell, and Sun")
_LISTED_BEFORE = re.compile(r"[A-Z][\w’'.-]*\)?,\s+$")


def _slip(text: str, start: int, end: int, word: str) -> bool:
    """Whether a word that misspells a story person's surname stands as a person would: no given
    name ("Vincent", "Bella") unless a definite role reminds of the person, not after "the", not in a list of names, and when it opens a
    sentence, followed by what a subject is followed by ("Aldersly had run …", not "Whether the …")."""
    if re.search(r"\b[Tt]he\s+$", text[max(0, start - 5) : start]):
        return False
    if word.lower() in lexicons.given_names() and names.role_aside(text, end) is None:
        # a given name that is also a surname ("Nolen", "Brennan") misspells one only when a definite
        # role reminds the reader of a person named before ("Nolen, the club's chairwoman,")
        return False
    if _LISTED_BEFORE.search(text[max(0, start - 30) : start]):
        return False
    opens = _OPENS.search(text[max(0, start - 4) : start]) is not None or start == 0
    return not (opens and _NOT_AFTER_SUBJECT.match(text, end))


def _someone_else(prose: str, word: str, person: Person) -> bool:
    """Whether the article writes the surname after a given name or initials that are not the
    person's ("General Manager A.J. Smith", a full name the extractor did not take): the bare
    surname there is that other person's."""
    if not _capital_word_before(prose, word):
        return False  # (most surnames: no capitalised word before any of them) no pattern to build
    mine = {w for form in person.forms for w in form.split()}
    for m in re.finditer(rf"\b([A-Z][\w.’'-]*)\s+{re.escape(word)}\b", prose):
        before = m.group(1)
        if before not in mine and (before.endswith(".") or before.lower() in lexicons.given_names()):
            return True
    return False


def _name_char(c: str) -> bool:
    """A character of the word before a surname in :func:`_someone_else` (a word character as ``re``
    reads one, a full stop, an apostrophe or a hyphen)."""
    return c.isalnum() or c in "_.’'-"


def _capital_word_before(prose: str, word: str) -> bool:
    """Whether ``prose`` may write ``word`` (a whole word) after spaces and a run of word characters,
    full stops, apostrophes and hyphens with a capital letter that starts a word in it, where the
    pattern of :func:`_someone_else` may match: False only when that pattern finds nothing."""
    i = prose.find(word)
    while i >= 0:
        j = i + len(word)
        k = i
        while k > 0 and prose[k - 1].isspace():
            k -= 1
        if k < i and (j == len(prose) or not _word_char(prose[j])):
            while k > 0 and _name_char(prose[k - 1]):
                k -= 1
                if "A" <= prose[k] <= "Z" and (k == 0 or not _word_char(prose[k - 1])):
                    return True
        i = prose.find(word, i + 1)
    return False


def _named(person: Person, proses: _Proses) -> bool:
    """Whether a person's full name reads as a person's: a given name the lexicon knows ("Brigitte
    Aldersley") that the article naming them does not also write in lower case ("Will Intel …",
    "So Internet …": a sentence's first word taken into a name), not an organisation's or a team's
    name the extractor took for one."""
    given = _given(person.first_story_full or "").lower().strip(".,")
    if names.strip_accents(given) not in lexicons.given_names():  # "José" as "Jose"
        return False
    for surname in person.surnames:
        # "the Angels", "the Chargers": a team's name ("Angeles Angels", "Diego Chargers") taken for a person's
        if surname.endswith("s") and any(
            has_word(p, "The " + surname) or has_word(p, "the " + surname) for p in proses.every()
        ):
            return False
    for m in person.mentions:
        # "… won Weitz and co-scripters Paul Weitz": the bare surname before the full name is another
        # person's there (a relative's), so the surname alone names nobody for sure across the story
        first = person.first_full.get(m.article) if m.form == "surname" and m.span else None
        if first is not None and m.span is not None and m.span.start < first.span.start:
            return False
    return not any(proses.has_word(path, given) for path in person.first_full)


class _Surnames:
    """The surnames of a story's people, indexed by first letter (a misspelling keeps it:
    :func:`names.close_spelling`), so each capitalised word is compared with a few surnames only."""

    def __init__(self, people: Iterable[Person]) -> None:
        self.exact: dict[str, list[Person]] = {}
        self.by_letter: dict[str, list[tuple[str, Person]]] = {}
        #: word → the people whose surname it may misspell, in index order (the story's words recur)
        self._close: dict[str, list[Person]] = {}
        for p in people:
            # "Jr", "Ng": a generational suffix taken for a surname, or one too short to tell from chance
            for s in (s for s in p.surnames if len(s) >= 3):
                self.exact.setdefault(s, []).append(p)
                self.by_letter.setdefault(names.strip_accents(s[:1]).lower(), []).append((s, p))
        #: only a word with the first letter of a story person's surname may be (or misspell) one
        self._letters = frozenset(k.upper() for k in self.by_letter if len(k) == 1 and "a" <= k <= "z")
        #: the words asked about by :meth:`maybe` so far, and those that are or misspell someone's surname
        self._asked: set[str] = set()
        self._maybe: set[str] = set()

    def maybe(self, words: set[str]) -> set[str]:
        """The capitalised words of ``words`` that are (or misspell) the surname of a person of the
        index, whoever's: the story's words recur from article to article, each is looked at once."""
        for w in words - self._asked:
            if w[0] in self._letters and (w in self.exact or self._misspelt(w)):
                self._maybe.add(w)
        self._asked |= words
        return words & self._maybe

    def _misspelt(self, word: str) -> list[Person]:
        """The people whose surname ``word`` may misspell (:func:`names.close_spelling`), in index order."""
        spelt = self._close.get(word)
        if spelt is None:
            letter = self.by_letter.get(names.strip_accents(word[:1]).lower(), ())
            spelt = self._close[word] = [
                p for s, p in letter if abs(len(s) - len(word)) <= 2 and names.close_spelling(word, s)
            ]
        return spelt

    def whose(
        self, word: str, path: str, here_surnames: set[str], memo: dict[str, tuple[Person | None, str | None]]
    ) -> tuple[Person | None, str | None]:
        """The person not named in full at ``path`` whose surname the word is (variant None) or
        misspells (``surname``); None when nobody's or several people's. ``memo`` keeps the answers
        for the article at ``path`` (its words recur)."""
        found = memo.get(word)
        if found is None:
            found = memo[word] = self._whose(word, path, here_surnames)
        return found

    def _whose(self, word: str, path: str, here_surnames: set[str]) -> tuple[Person | None, str | None]:
        hits = self.exact.get(word)
        if hits is not None:
            exact = list(dict.fromkeys(p for p in hits if path not in p.first_full))
            if len(exact) == 1:
                return exact[0], None
            return None, None  # several people's, or a surname of someone this article names in full
        spelt = self._misspelt(word)
        if not spelt:
            return None, None  # (most words) nobody's surname misspelt
        if names.strip_accents(word).lower() in here_surnames:
            return None, None  # a surname of someone this article names in full
        close = list(dict.fromkeys(p for p in spelt if path not in p.first_full))
        return (close[0], "surname") if len(close) == 1 else (None, None)


# -- a given name changed with the same surname ---------------------------------------------------


#: words that relate people whatever stands around them
_RELATION_WORDS = ("relation", "related", "relative", "relatives", "family", "namesake", "married", "twin", "twins")


@lru_cache(maxsize=1)
def _relation() -> re.Pattern[str]:
    """A relation named between people: a kinship word someone's ("his sister", "Bronwen's
    daughter", "the mother of"), a plural kinship group ("the sisters", "husband and wife") or a
    word that relates whoever it stands by ("no relation", "the Tregarthen family", "twins")."""
    people = lexicons.people()
    # longest first, ties by spelling: the same pattern text in every process, so the regex cache keeps it
    kin = sorted({t.form for t in people.titles if t.cls == "kin"}, key=lambda w: (-len(w), w))
    kin_alt = "|".join(map(re.escape, kin))
    groups = "|".join(map(re.escape, sorted(people.kin_groups, key=lambda w: (-len(w), w))))
    words = "|".join(_RELATION_WORDS)
    # a plural kinship noun relates people when it is someone's, "the" pair's, or stands before names
    # ("the sisters", "Sisters Dana and Diane"), not as a group that speaks ("Parents said …")
    return re.compile(
        rf"\b(?:(?:his|her|their|whose|my|our|your|its|\w+['’]s)\s+(?:\w+\s+)?(?:{kin_alt})s?\b"
        rf"|(?:{kin_alt})s?\s+of\b|(?:the|both|two|their|his|her)\s+(?:{groups})\b|(?:{groups}),?\s+(?-i:[A-Z])"
        rf"|(?:{words})\b)",
        re.I,
    )


#: characters that match an ASCII letter only when case is ignored (dotted and dotless i, long s,
#: Kelvin sign): in a text with one, lower-casing does not show every word the relation pattern matches
_ODD_CASE = ("İ", "ı", "ſ", "K")
_LOWER_RUN = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _relation_words() -> frozenset[str] | None:
    """The words (whole runs of a-z, lower-cased) one of which every relation :func:`_relation`
    finds holds: a kinship word (or its plural), the first word of a plural kinship noun, a relation
    word. A text holding none names no relation. None when a lexicon entry does not start with a-z."""
    people = lexicons.people()
    words: set[str] = set(_RELATION_WORDS)
    kin = {t.form.lower() for t in people.titles if t.cls == "kin"}
    for entry, plural in [(k, True) for k in kin] + [(g.lower(), False) for g in people.kin_groups]:
        first = _LOWER_RUN.match(entry)
        if first is None:
            return None
        words.add(first.group(0))
        if plural and first.group(0) == entry:
            words.add(entry + "s")  # "his sons": the pattern takes a plural "s" after the word
    return frozenset(words)


def _word_spans(text: str, word: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each place ``word`` (a run of a-z) stands in ``text`` as a whole run of a-z."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not ("a" <= text[i - 1] <= "z")) and (j == len(text) or not ("a" <= text[j] <= "z")):
            yield i, j
        i = text.find(word, j)


@lru_cache(maxsize=256)
def _marks_relatives(prose: str) -> bool:
    """Whether an article's prose names a relation anywhere ("his sister", "the twins", "no relation");
    a kinship word that relates nobody named ("Parents said the school …") does not."""
    words = _relation_words()
    if words is None or (not prose.isascii() and any(c in prose for c in _ODD_CASE)):
        return bool(_relation().search(prose))
    # The pattern is slow to run over a whole article (dozens of alternatives at every word): it
    # runs only where it may match. Every match holds one of ``words`` (most articles hold none),
    # and no full stop (only word characters, spaces, apostrophes and commas): the pattern is tried
    # on the stretches between full stops that hold one. Lower-casing a text without _ODD_CASE
    # characters keeps every offset.
    low = prose.lower()
    present = words.intersection(_LOWER_RUN.findall(low))
    if not present:
        return False
    searched = 0
    for start, end in sorted(span for w in present for span in _word_spans(low, w)):
        if start < searched:
            continue  # in the stretch just searched
        lo = prose.rfind(".", 0, start) + 1
        hi = prose.find(".", end)
        searched = len(prose) if hi < 0 else hi
        if _relation().search(prose, lo, searched):
            return True
    return False


#: an apposition or clause that introduces the person named before it ("Brenda Tregarthen, 41,",
#: "Brenda Tregarthen, a parent,", "Brenda Tregarthen (41)", "Brenda Tregarthen, who …")
_INTRODUCED_AFTER = re.compile(r"\s*(?:,\s*(?:a|an|the|his|her|their|its|who|whose|one|\d+)\b|\()")
#: an age or a descriptive noun phrase right before ("41-year-old Brenda Tregarthen", "parent Brenda")
_INTRODUCED_BEFORE = re.compile(r"(?:\d+-year-old\s+|\b[a-z]{3,}\s+)$")
#: the other name of a pair named together right before or after ("Bronwen and Brenda Tregarthen")
_PAIR_BEFORE = re.compile(r"(?:[A-Z][\w’'.-]*|\)),?\s+(?:and|&|or)\s+$")
_PAIR_AFTER = re.compile(r",?\s+(?:and|&|or)\s+[A-Z]")


def _introduced(raw: str, claim: PersonClaim) -> bool:
    """Whether a full name is introduced in its own right, as a second person would be."""
    before = raw[max(0, claim.span.start - 30) : claim.span.start]
    if claim.title is not None or _INTRODUCED_AFTER.match(raw, claim.span.end):
        return True
    if claim.name.split()[0] != _given(claim.name) or re.search(r"\b[A-Z][a-z]+ $", before):
        return True  # "Volunteer Joanna Featherby": a description, in the name or opening the sentence
    if _PAIR_BEFORE.search(before) or _PAIR_AFTER.match(raw, claim.span.end) or _LISTED_BEFORE.search(before):
        return True
    noun = _INTRODUCED_BEFORE.search(before)
    if noun is None:
        return False
    # "parent Brenda Tregarthen" introduces; "… said Brenda", "thanked Brenda" do not
    word = noun.group(0).strip().lower()
    return word.endswith("year-old") or names.title_role(word) is not None


@lru_cache(maxsize=8192)  # asked for each full name of a story and each person it may be
def _role_with(raw: str, claim: PersonClaim) -> str | None:
    """The canonical role a full name is introduced with: its title ("Chief librarian Corinne
    Ashdown") or a role apposition after it ("Colette Ashdown, the chief librarian,"); None for
    none or a role the lexicon does not know."""
    found = names.role_apposition(raw, claim.span.end)
    if found is not None:
        return found[2]
    before = raw[max(0, claim.span.start - 40) : claim.span.start].split()
    for k in (3, 2, 1):  # "Chief librarian Corinne Ashdown": the words before the name
        role = names.title_role(" ".join(before[-k:])) if len(before) >= k else None
        if role is not None:
            return role
    return names.title_role(claim.title)


@lru_cache(maxsize=8192)
def _given(name: str) -> str:
    """The given name: the first word before the surname the lexicon knows as one ("Magistrate
    Harriet Hollings" → Harriet, the title the extractor took in), else the first word."""
    words = [w for w in names.given_surname_order(name).split()[:-1] if not w.endswith(".")]
    known = [w for w in words if w.lower() in lexicons.given_names()]
    return known[0] if known else (words[0] if words else "")


def _surname(name: str) -> str:
    name = names.given_surname_order(name)
    return name.split()[-1].lower() if name.split() else ""


def surname_of(name: str) -> str:
    """The surname of a full name as :func:`changed_given_name` compares them (lower case)."""
    return _surname(name)


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether two words differ by one letter added, dropped or changed, accents and case aside."""
    return edits.within_one_edit(names.strip_accents(a).lower(), names.strip_accents(b).lower())


def _pair_named(article: Article, surname: str) -> bool:
    """Whether the article names two people of the surname together, two given names before it
    ("Bronwen and Brenda Tregarthen opened a bakery", "Sunita Rao and Sunil Rao were elected"): two people of one family, not one person with
    two given names. ``surname``: lower case, as :func:`_surname` gives it."""
    text = prose(article.segments)
    # "Bronwen and Brenda Tregarthen", "Sunita Rao and Sunil Rao"
    for m in re.finditer(
        rf"\b(\w+)\s+(?:{re.escape(surname)}\s+)?(?:and|&)\s+(\w+)\s+{re.escape(surname)}\b", text, re.I
    ):
        if (
            m.group(1)[:1].isupper()
            and m.group(2)[:1].isupper()
            and names.known_given_name(m.group(1))
            and names.known_given_name(m.group(2))
        ):
            return True
    return False


def _given_like(word: str, article: Article) -> bool:
    """Whether a capitalised word before a surname may be a given name: one the data knows, accents
    aside ("Ramón", "Gwyneth"), or one it does not ("Chinedu", "Gwenllian") that is no word of
    another class (a place or organisation word, a title or role), that the article's prose
    (:func:`checker.models.prose`) never writes in lower case ("Warship Sukanya", "Writers Guild")
    nor alone, away from a name after it ("Indonesia Aceh" in an article that writes "in Indonesia")."""
    if names.known_given_name(word):
        return True
    if (
        word in names.NOT_NAMES
        or names.title_role(word) is not None
        or word in lexicons.people().by_form
        or word.lower() in lexicons.people().role_words()
    ):
        return False
    words = prose(article.segments)  # only for a word the data does not know
    return not _written(words, word.lower(), alone=False) and not _written(words, word, alone=True)


def _written(words: str, word: str, *, alone: bool) -> bool:
    """Whether ``words`` hold ``word`` whole (case as given); with ``alone``, somewhere no capitalised
    word follows it ("in Indonesia."). Read with ``str.find``: a pattern per word cost a compile each."""
    at = words.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not words[at - 1].isalnum()) and (end == len(words) or not words[end].isalnum()):
            if not alone:
                return True
            nxt = end
            while nxt < len(words) and words[nxt] == " ":
                nxt += 1
            if nxt == end or nxt == len(words) or not words[nxt].isupper():
                return True
        at = words.find(word, end)
    return False


def changed_given_name(
    article: Article,
    claim: PersonClaim,
    local: Iterable[P],
    story: Iterable[P],
    other: dict[str, Article],
    full_names: Mapping[str, int] | None = None,
    surnamed: Mapping[str, Sequence[P]] | None = None,
) -> P | None:
    """The person named before (in the article, else in another article of the story) whom a full
    name with the same surname and an unlike given name most likely is, the given name changed; None
    when the text makes them two people (see the module's docstring) or no such person is named.
    ``full_names``: how many of the article's person claims are each full name, if the caller has
    counted them (:func:`full_name_counts`); ``surnamed``: the people of ``story`` named in full, by
    the surname of their first full name in the story (:func:`surname_of`), if the caller keeps them."""
    path = article.path
    given, surname = _given(claim.name), _surname(claim.name)
    if not given or not surname:
        return None
    if surnamed is not None and not (
        any(not p.relative and _surname(p.first_full[path].name) == surname for p in local)
        or any(not p.relative and path not in p.first_full for p in surnamed.get(surname, ()))
    ):
        return None  # (most full names) nobody named before with this surname: nobody it may be
    raw = article.raw
    # where the person named before would stand: opening a sentence, or speaking ("said Brenda …")
    # (the cheapest test first: most full names stand elsewhere)
    opens = claim.span.start == 0 or _OPENS.search(raw[max(0, claim.span.start - 6) : claim.span.start])
    if not opens and not names.speech_subject(raw, claim.span.start, claim.span.end):
        return None
    if not _given_like(given, article):
        return None  # "Warship Sukanya", "Writers Guild": no person's name
    # a name introduced in its own right ("Colette Ashdown, the chief librarian,") is a second person,
    # unless the role it is introduced with is the one the other person holds: one office, one holder
    introduced = _introduced(raw, claim)
    role = _role_with(raw, claim) if introduced else None
    if introduced and role is None:
        return None
    # named more than once in full: a person of the article's own, not a slip
    if (full_names if full_names is not None else full_name_counts(article)).get(claim.name, 0) > 1:
        return None

    def fits(first: str) -> bool:
        other_given = _given(first)
        if not other_given or other_given.lower() == given.lower() or _surname(first) != surname:
            return False
        if not _given_like(other_given, article):
            return False
        if not (names.known_given_name(other_given) and names.known_given_name(given)) and _one_letter_apart(
            other_given, given
        ):
            return False  # "Giannis"/"Yiannis": a name no list knows, spelt one letter apart, is one name
        x, y = sorted((other_given.lower(), given.lower()), key=len)
        if lexicons.people().familiar(x, y):
            return False  # "Bill"/"William": one name, not a slip
        if len(x) < len(y) and y.startswith(x[: max(3, len(x) - 1)]):
            # "Phil"/"Philip", "Steve"/"Steven": one name, not a slip; names that share only an
            # opening ("Olumide"/"Oluwafemi", "Olu-") are two, and so are names of two genders
            # ("Daniel"/"Daniela"): a short form keeps the gender of the name it shortens
            genders = {names.gender_of_given(first), names.gender_of_given(claim.name)} - {None}
            return len(genders) > 1
        # two given names of two genders are a changed name like any other ("Marianne" … "Mario");
        # a word opening a sentence is no given name (markers.yaml sentence_openers: "Once Cook")
        return True

    mine = [p for p in local if not p.relative and role is None and fits(p.first_full[path].name)]
    if mine:
        # the article's other names with this surname: one person only, else they are a family
        same_surname = {p.first_full[path].name for p in local if _surname(p.first_full[path].name) == surname}
        if len(same_surname) != 1 or _marks_relatives(prose(article.segments)) or _pair_named(article, surname):
            return None
        return mine[-1]
    away = [
        p
        for p in story
        if p.first_story_full is not None
        and not p.relative
        and path not in p.first_full
        and (role is None or role in p.roles)
        and fits(p.first_story_full)
    ]
    # a relation named anywhere in the article (tried last: the slowest test, and seldom needed)
    if len(away) != 1 or _marks_relatives(prose(article.segments)) or _pair_named(article, surname):
        return None
    first_path = next(iter(away[0].first_full), None)
    there = other.get(first_path or "")
    if there is not None and _marks_relatives(prose(there.segments)):
        return None
    return away[0]


def full_name_counts(article: Article) -> Counter[str]:
    """How many of the article's person claims are each full name (as the extractor wrote it)."""
    return Counter(c.name for c in article.claims if isinstance(c, PersonClaim) and not c.short)


# -- how the story reads its person claims: no person, or a title read as a given name -------------


class StoryReading:
    """What the whole story says about its articles' person claims, which the people extractor,
    reading one article at a time, cannot know (see :func:`read_story`):

    - ``full``: full names an article of the story writes as a vessel's or a place's
      (:func:`checker.language.names.named_as_place`: "the ferry MV Morwenna Star", "Orla Star, a
      90-metre ferry", "in Banda Tirta"), no person's in any article, and ``surnames``: the last
      words of those names standing alone ("Star") when no person of the story has that surname;
    - ``titled``: full names whose first word is a title that is also a given name ("Dean Okafor",
      ``people.yaml`` ``given_name_titles``) read as a title and the surname of a person the story
      names with another given name and that office ("the Dean, Ngozi Okafor"): (article path,
      claim id) → the title;
    - ``given``: the other way round, full names of that shape the story reads as a given name and a
      surname ("Judge Quayle, 44, a roofer,"): a title + surname reference written the same way
      elsewhere ("Judge Quayle said") refers to that person with no title (he is no judge).
    """

    __slots__ = ("full", "given", "surnames", "titled")

    def __init__(
        self,
        full: frozenset[str] = frozenset(),
        surnames: frozenset[str] = frozenset(),
        titled: dict[tuple[str, str], str] | None = None,
        given: frozenset[str] = frozenset(),
    ) -> None:
        self.full = full
        self.surnames = surnames
        self.titled = titled or {}
        self.given = given

    def person_claims(self, article: Article) -> Iterator[PersonClaim]:
        """The article's person claims as the story reads them: no vessel or place, a title read
        as a given name made a title + surname reference ("Dean Okafor" → "Okafor", title "Dean"),
        and a title + surname the story has for a full name a reference with no title ("Judge Quayle"
        said: a person named Judge, no judge)."""
        for c in article.claims:
            if not isinstance(c, PersonClaim):
                continue
            if c.short:
                if self.surnames and names.surname(c.name) in self.surnames:
                    continue
                if self.given and f"{c.title} {c.name}" in self.given:
                    yield c.model_copy(update={"title": None})  # "Judge Quayle" names him; he holds no office
                    continue
            elif c.name in self.full:
                continue
            title = self.titled.get((article.path, c.id)) if self.titled else None
            yield (
                c if title is None else c.model_copy(update={"short": True, "title": title, "name": c.name.split()[-1]})
            )


def read_story(articles: Sequence[Article]) -> StoryReading:
    """How the story reads its person claims: see :class:`StoryReading`.

    A full name is looked for as a vessel's or a place's only in the articles where it is no claim
    (where it is one, the extractor found no such use of it).
    """
    # the story's full names (of two words or more) with the articles claiming each, read once
    full = [(a, c) for a in articles for c in a.claims if isinstance(c, PersonClaim) and not c.short and " " in c.name]
    if not full:
        return StoryReading()
    claimed: dict[str, set[str]] = {}
    for a, c in full:
        claimed.setdefault(c.name, set()).add(a.path)
    found: set[str] = set()
    if len(articles) > 1:
        for name, where in claimed.items():
            if any(_written_as_place(a.raw, name) for a in articles if a.path not in where and name in a.raw):
                found.add(name)
    people_surnames = {names.surname(n) for n in claimed if n not in found}
    given_titles = lexicons.people().given_name_titles
    bare = [(a, c) for a, c in full if c.name.split()[0] in given_titles and len(c.name.split()) == 2]
    titled = _titled(bare, full, found) if bare else {}
    read_titled = {c.name for a, c in bare if (a.path, c.id) in titled}
    given = {c.name for _, c in bare} - read_titled - found
    return StoryReading(
        frozenset(found),
        frozenset({names.surname(n) for n in found} - people_surnames),
        titled,
        frozenset(given),
    )


def _written_as_place(raw: str, name: str) -> bool:
    """Whether the text writes ``name``, as a whole name, as a vessel's or a place's somewhere
    (:func:`checker.language.names.named_as_place`)."""
    i = raw.find(name)
    while i >= 0:
        j = i + len(name)
        whole = (i == 0 or not _word_char(raw[i - 1])) and (j == len(raw) or not _word_char(raw[j]))
        if whole and names.named_as_place(raw, i, j):
            return True
        i = raw.find(name, j)
    return False


def _titled(
    bare: list[tuple[Article, PersonClaim]], full: list[tuple[Article, PersonClaim]], not_people: set[str]
) -> dict[tuple[str, str], str]:
    """(article path, claim id) → title of each full name "W Surname" of ``bare`` (W a title that is
    also a given name) where the story's ``full`` names name a person of that surname (or one it
    misspells) with another given name and W's office: "Dean Okafor" and "the Dean, Ngozi Okafor"
    (or "Dean Ngozi Okafor")."""
    given_titles = lexicons.people().given_name_titles
    holders: list[tuple[str, str]] = []  # (surname, role) of each full name with another given name
    for a, c in full:
        if c.name not in not_people and c.name.split()[0] not in given_titles:
            role = _office_of(a.raw, c)
            if role is not None:
                holders.append((c.name.split()[-1], role))
    out: dict[tuple[str, str], str] = {}
    for a, c in bare:
        title, surname = c.name.split()
        role = names.title_role(title)
        if any(r == role and (s == surname or names.close_spelling(s, surname)) for s, r in holders):
            out[a.path, c.id] = title
    return out


def _office_of(raw: str, claim: PersonClaim) -> str | None:
    """The canonical role a full name is given with: its title, a role apposition after it, or a role
    set off before it ("The Dean, Ngozi Okafor,")."""
    role = names.title_role(claim.title) or _role_with(raw, claim)
    if role is not None:
        return role
    before = raw[max(0, claim.span.start - 40) : claim.span.start].rstrip(" ,").split()
    for k in (3, 2, 1):
        role = names.title_role(" ".join(before[-k:])) if len(before) >= k else None
        if role is not None:
            return role
    return None
