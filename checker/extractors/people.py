"""Person claims: names with their titles, later short references, grouped per person with a canonical name."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import TYPE_CHECKING

from checker.hookspecs import hookimpl
from checker.language import lexicons, names
from checker.models import Article, ClaimBase, PersonClaim, Segment, prose

if TYPE_CHECKING:
    from checker.config import Config

#: titles that may stand before a bare surname ("Mr. Kirby", "President Putin", "Foreign Minister Lavrov")
_SHORT_TITLES = {t.lower() for t in names.TITLES if t[:1].isupper()} | {"mister", "madam"}
#: the last words of those titles ("minister" of "foreign minister")
_SHORT_TITLE_ENDS = {t.split()[-1] for t in _SHORT_TITLES}
#: the last person extraction (article, its segments, people), so the quote extractor reuses it
_cache: tuple[Article, tuple[Segment, ...], list[PersonClaim]] | None = None


def _written_surname(name: str) -> str:
    """The surname as written, without a particle prefix ("al-Assad" → "Assad"); a family name
    written first is the surname ("Park Ji-hoon" → "Park": :func:`names.family_first`)."""
    last = names.given_surname_order(name).split()[-1]
    return re.sub(r"^(?:al|el)-", "", last)


def _title_before(text: str, at: int) -> str | None:
    """A capitalised title right before a surname: the longest of the last one to three words."""
    if not text.endswith(" ", 0, at):
        return None
    words = text[max(0, at - 40) : at].split()
    # every title ends in one of a few words: the others (most words before a capital) stop here
    if not words or words[-1].lower() not in _SHORT_TITLE_ENDS:
        return None
    for k in (3, 2, 1):
        title = " ".join(words[-k:])
        if (
            k <= len(words)
            and title[:1].isupper()
            and title.lower() in _SHORT_TITLES
            and not (title.isupper() and title not in names.TITLES)
        ):
            if not text.endswith(title + " ", 0, at):
                return None
            # "Deputy Mayor Kyte": the prefix word makes another office of the title
            before = words[: len(words) - k]
            if before and before[-1].lower() in lexicons.people().office_prefixes and before[-1][:1].isupper():
                title = f"{before[-1]} {title}"
            return title
    return None


def find_people(article: Article, segments: list[Segment]) -> list[PersonClaim]:
    """Every full-name mention, then every short reference to a person already named, in file order."""
    global _cache
    if (
        _cache is not None
        and _cache[0] is article
        and len(_cache[1]) == len(segments)
        and all(a is b for a, b in zip(_cache[1], segments, strict=True))
    ):
        return list(_cache[2])
    out = _find_people(article, segments)
    _cache = (article, tuple(segments), out)
    return list(out)


#: a capitalised word that may be a later, surname-only reference ("Kirby", "al-Assad", "Al-Assad"
#: opening a sentence, "O'Brien");
#: one pattern for every article, the article's surnames checked against what it finds
_CAPITALISED = re.compile(
    rf"(?<![\w’'-])(?:(?:[Aa]l|[Ee]l)-)?(?P<s>[{names.UPPER}]\w*(?:[-’'][{names.UPPER}]\w*)*)(?![\w-])(?!\s+[A-Z][a-z])"
)
#: the same for a text without "al-" or "el-", opening with the capital and checking what stands before it
#: after it: the matcher skips from capital to capital instead of trying a lookbehind at every character
_CAPITALISED_BARE = re.compile(
    rf"(?P<s>[{names.UPPER}](?<![\w’'-][{names.UPPER}])\w*(?:[-’'][{names.UPPER}]\w*)*)(?![\w-])(?!\s+[A-Z][a-z])"
)


_NO_OFFSETS: frozenset[int] = frozenset()


def _has_particle(text: str) -> bool:
    """Whether a text may write a surname with its particle ("al-Assad", "Al-Nouri" opening a sentence)."""
    return "al-" in text or "el-" in text or "Al-" in text or "El-" in text


def _find_people(article: Article, segments: list[Segment]) -> list[PersonClaim]:
    found: list[tuple[Segment, int, int, str, str | None, bool]] = []
    canonical: list[str] = []
    places: set[str] = set()
    #: the spans of names that are places or organisations: no word in them is a person's surname
    not_people: list[tuple[int, int, int]] = []
    for seg in segments:
        ends: list[int] = []
        for start, end, name, title in names.people_in(seg.text):
            if seg.kind == "heading" and title is None and not _sentence_heading(seg.text):
                continue  # headline title case makes any two capitalised words look like a name
            # a title names a person ("Senator Paulette Greaves published her memoir"), whatever
            # follows that an outlet might do ("Vanity Fair published")
            if title is None and names.not_a_person(seg.text, start, end):
                if names.used_as_place(seg.text, start, end):
                    places.add(name)
                not_people.append((seg.index, start, end))
                continue  # "Willow Creek", "Vanity Fair", "the Marrow Trust"
            joined = any(_AND.fullmatch(seg.text, e, start) for e in ends)
            if _IN_NAME_RUN.search(seg.text[max(0, start - 30) : start]) and not joined:
                continue  # "Center of Central Georgia", "Arts and Sciences"; not "Ann Roe and Ben Poe"
            found.append((seg, start, end, name, title, False))
            ends.append(end)
    # a name the article writes once as a place is a place everywhere in it ("from Banda Tirta to …")
    found = [f for f in found if f[3] not in places]
    named: set[str] = set()  # names one of the canonical names already is (more canonical names keep it so)
    #: the canonical names by surname key, in order: two names of one person share it (:func:`names.surname_key`)
    by_key: dict[str, list[str]] = {}
    for *_, name, _title, _short in found:
        if name in named:
            continue
        key = names.surname_key(name)
        if any(names.same_person(name, c) for c in by_key.get(key, ())):
            named.add(name)
        else:
            canonical.append(name)
            by_key.setdefault(key, []).append(name)
            if names.same_person(name, name):
                named.add(name)  # it is itself the canonical name its later mentions find first
    surnames = frozenset(_written_surname(c) for c in canonical)
    # every word of every full name: "Angeles" is part of "Los Angeles Angels", not a misspelt "Angels"
    known = {t for c in canonical for t in c.replace("-", " ").split()}
    #: where each segment's full names start and end
    taken: dict[int, set[int]] = {}
    full_ends: dict[int, set[int]] = {}
    for seg, s, e, *_ in found:
        taken.setdefault(seg.index, set()).add(s)
        full_ends.setdefault(seg.index, set()).add(e)
    words = prose(segments)
    #: words introduced as the one name of a person ("Captain Manrosan, who goes with a single name")
    alone: set[str] = set()
    not_people_in: dict[int, list[tuple[int, int]]] = {}
    for i, a, b in not_people:
        not_people_in.setdefault(i, []).append((a, b))
    for seg in segments:
        if seg.kind == "heading":
            continue
        text = seg.text
        capitalised = _CAPITALISED if _has_particle(text) else _CAPITALISED_BARE
        starts_here = taken.get(seg.index, _NO_OFFSETS)
        ends_here = full_ends.get(seg.index, _NO_OFFSETS)
        places_here = not_people_in.get(seg.index, ())
        for m in capitalised.finditer(text):
            word = m.group("s")
            s, e = m.span("s")
            at = m.start()
            if s > at and text[at:e] in surnames:
                word, s = text[at:e], at  # "Al-Sayed said" of "Fatima Al-Sayed"
            if e in ends_here or at in starts_here or s in starts_here:
                continue
            if places_here and any(a <= s and e <= b for a, b in places_here):
                continue  # "Creek" of "reached Willow Creek": part of a place's name
            if word in alone:
                continue  # "Manrosan said" after "Captain Manrosan, who goes with a single name"
            title = _title_before(text, at)
            if word not in surnames and not _unknown_reference(text, at, e, word, title, surnames, known, words):
                if (text.startswith(",", e) and _ONE_NAME.match(text, e)) or (
                    title is not None and _introduced_here(text, at, e)
                ):
                    alone.add(word)  # a person known by one name, introduced here: not unknown later
                continue
            start = at - len(title) - 1 if title else at
            found.append((seg, start, e, word, title, True))
    out: list[PersonClaim] = []
    #: the canonical name of the latest full name so far, for each canonical name
    latest: dict[str, tuple[int, int]] = {}
    #: the canonical names a name (or a surname standing alone) fits: the same for each of its mentions
    fitting: dict[tuple[str, bool], list[str]] = {}
    for seg, s, e, name, title, short in sorted(found, key=lambda f: (f[0].index, f[1])):
        core = _written_surname(name) if short else name
        known_fits = fitting.get((core, short))
        if known_fits is None:
            known_fits = fitting[core, short] = (
                [c for c in by_key.get(names.surname_key(core), ()) if names.same_person(core, c)]
                if not short or core in surnames
                else []
            )
        fits = list(known_fits)
        if short and len(fits) > 1:
            # relatives sharing a surname ("Tiago" and "Rosa Alvim"): the one named most recently
            fits.sort(key=lambda c: latest.get(c, (-1, -1)), reverse=True)
        canon = fits[0] if fits else name
        if not short:
            latest[canon] = (seg.index, s)
        out.append(
            PersonClaim.found_in(
                article,
                seg,
                s,
                e,
                "people",
                name=name,
                canonical=canon,
                title=title,
                short=short,
            )
        )
    return out


#: a heading written as a sentence: sentence case, ending with a full stop, "!" or "?"
_LOWER_WORD = re.compile(r"\s[a-z]{4,}\b")


def _sentence_heading(text: str) -> bool:
    """Whether a heading is written as a sentence ("Ada Quarrie welcomed the decision on Friday.": the
    standfirst a plain-text reader finds under a headline), whose capitals are names as in prose;
    not a title-case headline ("Village Plan Rejected")."""
    return text.rstrip().endswith((".", "!", "?")) and bool(_LOWER_WORD.search(text))


#: what opens a sentence right before a word; a quotation closed after a comma ('"We were lucky,"
#: Fenwright said') does not: the word after it is inside the sentence the quotation opened
_SENTENCE_START = re.compile(r"(?:^|[.!?:][\"”’)]*\s+|(?<![,;])\"\s*|“\s*)$")


@lru_cache(maxsize=4096)
def _close_to_any(word: str, surnames: frozenset[str]) -> bool:
    """Whether a word reads as a misspelling of one of an article's surnames (:func:`names.close_spelling`):
    asked for each capitalised word that is no surname, and the same words recur in an article."""
    x = names.strip_accents(word).lower()
    if len(x) < 4:
        return False  # too short to be read as misspelt
    return any(names.close_spelling(word, s) for s in _by_initial(surnames).get(x[0], ()))


@lru_cache(maxsize=64)
def _by_initial(surnames: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """An article's surnames by their first letter, unaccented and in lower case: the only ones
    :func:`names.close_spelling` may find a word close to (it asks for the same first letter)."""
    out: dict[str, list[str]] = {}
    for s in sorted(surnames):
        y = names.strip_accents(s).lower()
        if y:
            out.setdefault(y[0], []).append(s)
    return {k: tuple(v) for k, v in out.items()}


def _unknown_reference(
    text: str,
    start: int,
    end: int,
    word: str,
    title: str | None,
    surnames: AbstractSet[str],
    known: set[str],
    article_text: str = "",
) -> bool:
    """A capitalised word that refers to a person by surname though no full name in the article has it.

    A misspelt surname ("Gonzalez" after "Renata Gonzales", mid-sentence or as the subject of a
    speech verb), a title or honorific and a surname ("Mr. Kerby"), or a surname that is the
    subject of a speech verb ("Whitlow told reporters") with no first reference.
    """
    if word in known or word in names.NOT_NAMES or word.isupper() or len(word) < 3 or word.lower() in names.PRONOUNS:
        return False
    close = _close_to_any(word, surnames if isinstance(surnames, frozenset) else frozenset(surnames))
    speaks: bool | None = None
    if title is None and not (
        close
        or _AGED_SPEAKER.match(text, end)
        or _reason_after(text, start, end)
        or _reminder(text, end) is not None
        or _cited_alone(text, start, end)
        or (speaks := names.speech_subject(text, start, end))
    ):
        # every test below that finds a person needs a title, a close spelling of a surname, an age
        # or a role set off after the word, "according to", a verb's reason or a speech verb: without
        # them the word is no unknown reference, whatever the costlier place and organisation tests
        # would say (19 in 20 words that get this far on ECB+)
        return False
    if (
        names.not_a_person(text, start, end)
        or names.title_role(word)
        or (
            text.startswith(".", end)
            and len(word) <= 5
            and not (_person_object(text, start) or _cited_alone(text, start, end))
        )
    ):
        # "Sgt.", "Dec.", "Manager": a title or an abbreviation, not a surname; a short word closing
        # a sentence as a person's object or cited source ("the choir thanked Vargo.", "…, according
        # to Qasem.") is no abbreviation
        return False
    if _IN_NAME_RUN.search(text[max(0, start - 30) : start]) or (
        title is None and _AFTER_CAPITAL.search(text, 0, start)
    ):
        return False  # "Arts and Sciences", "Fort Coffee", "BBC One": part of a longer proper name
    if speaks is None:
        speaks = names.speech_subject(text, start, end)
    if close:
        if speaks or title is not None or not _SENTENCE_START.search(text, 0, start):
            return True
        # "Whitcomb declined to comment", "Marow, however, disagreed": a word opening a sentence, one
        # letter from a surname the article names, as the subject of a verb; not a word the article
        # also writes in lower case or as an organisation or place ("Holes appeared", "Marrow Street")
        # a person described in apposition ("Pryddech, a music teacher,", "Brennan, the chairman,")
        # is a person at any distance the closeness allows
        described = names.role_aside(text, end, indefinite=True) is not None or _reminder(text, end) is not None
        return (
            (
                described
                or (
                    any(names.close_spelling(word, s, max_edits=1, min_length=5) for s in surnames)
                    and (_subject_of_verb(text, end) or _OWNER.match(text, end) is not None)
                )
            )
            and not _lower_case_word(article_text, word)
            and not _organisation_like(article_text, word, _PLACE_PREPOSITIONS if described else None)
        )
    if title is not None and _dignity(title):
        return False  # "Cardinal Richelieu", "Queen Victoria said": a figure known by a dignity and one name
    aged = _AGED_SPEAKER.match(text, end)
    if aged and aged.group(1) in lexicons.speech().reporting and word.lower() not in lexicons.given_names():
        # "Quimby, 44, told reporters": a surname with its age as the subject of a reporting verb
        # is a person, named in full elsewhere in the story or nowhere (a given name alone with an
        # age, "Maral, 45, said", is a person known by one name, introduced here)
        return not (_organisation_like(article_text, word) or _group_word(word) or _common_word(article_text, word))
    if (
        title is not None
        and _office(title)
        and word.lower() not in lexicons.given_names()
        and not _organisation_like(article_text, word)
        and not _AFTER_CAPITAL.search(text[: max(0, start - len(title) - 1)])
        and not _ONE_NAME.match(text, end)
    ):
        # "Councillor Pritchett welcomed the delay", "backed by Mayor Quennell", "Senator Pritchett,
        # who opposes the levy,": an office and a surname name a person wherever they stand, with a
        # speech verb or not; not one known by a given name ("Pope Francis", "King Charles") nor a
        # title inside a longer proper name ("Larry King Live", "Criminal Justice Branch")
        return True
    reminder = _reminder(text, end)
    if reminder is not None and not names.known_given_name(word):
        # "according to Brankovic, the association's chairman", "Hartigan, who runs the chandlery,
        # said": a role given again after a surname reminds the reader of a person named before;
        # a person known by one name is introduced by a given name or an indefinite description
        # ("said Ina, a nurse"), or says so ("Fauzi, who uses a single name")
        prepositions = _PLACE_PREPOSITIONS if reminder == "role" else None
        return not (
            _group_word(word)
            or _common_word(article_text, word)
            or _organisation_like(article_text or text, word, prepositions)
            or _ONE_NAME.match(text, end) is not None
        )
    if _cited_alone(text, start, end) and names.role_aside(text, end, indefinite=True) is None:
        # "The mosaic is sixth-century, according to Haddadin.", "According to Haddadin, the mosaic
        # …": a source cited by one word is a person, with no first reference, unless the article
        # or the markers lexicon make it an organisation ("according to Reuters.", "according to
        # Acme. Its …"), a group or a common noun, or it is a given name (a person known by one
        # name); a role after the comma introduces or reminds of a person ("according to Ina, a
        # nurse,": see below)
        return not (
            word in lexicons.markers().cited_organisations
            or _group_word(word)
            or _common_word(article_text, word)
            or _its_owner(article_text, word)
            or names.known_given_name(word)
            or _organisation_like(article_text or text, word, _PLACE_PREPOSITIONS)
            or _CAMEL.search(word) is not None
            or _owned_brand(article_text or text, word)
            or _IMPERSONAL_NEXT.match(text, end) is not None
        )
    if _introduced_here(text, start, end):
        return (
            False  # "said Ina, a nurse", "Maral, 45,", "25-year-old Guzel": a person known by one name, introduced here
        )
    if title is not None and title in _COURTESY:
        return True  # "Mr. Kerby": a courtesy title names a person
    if not speaks and title is None and _reason_after(text, start, end):
        # "The board thanked Okyere for donating 600 books": the object of a verb the people
        # lexicon gives a person's object, with its reason
        return not (
            _organisation_like(article_text or text, word)
            or _group_word(word)
            or _common_word(article_text, word)
            or names.known_given_name(word)
            or _CAMEL.search(word)
            or _says_it(article_text or text, word)
        )
    if not speaks or _organisation_like(article_text, word) or _CAMEL.search(word):
        return False
    if title is not None:
        return True
    # organisations and groups speak too ("Reuters said it …", "Officials said", "Police told"): a
    # person is not referred back to as "it", is no plural of a role noun, and is no word the article
    # also writes in lower case (a common noun opening a sentence)
    if (_PERSONAL.search(text[end : end + 200]) or _WHO.match(text, end)) and not _SENTENCE_START.search(
        text, 0, start
    ):
        # "…, said Pellegrini, who added that he would appeal", "backed by Drayton, who said …": a
        # person is referred back to as "he", "she" or "who"
        return True
    sentence = _SENTENCE_END.split(text[end : end + 200], maxsplit=1)[0]
    opening = re.split(r"[.!?]\s", text[max(0, start - 200) : start])[-1]
    if _QUOTE_CLOSED.search(text[max(0, start - 4) : start]) or _after_quoted_cue(text, start):
        # '"It rose so fast," Okonjo said', '"It is overdue," said Hrabalova': the quotation's words
        # are not the clause's
        opening = ""
    if _IMPERSONAL.search(sentence) or _IMPERSONAL.search(opening):
        return False  # "Calloway said it …", "On its website, Seacom said …"
    if _group_word(word) or _common_word(article_text, word) or _its_owner(article_text, word) or word.endswith("ing"):
        return False
    noun = re.search(r"(?<![,;:])\s([a-z]+)\s+$", text[max(0, start - 30) : start])
    if noun and noun.group(1) not in lexicons.speech().subject_joiners and not _after_quoted_cue(text, start):
        # "cruise operator Hapag-Lloyd said": a name in a noun phrase; a person gets a full name
        # there. Not a speech verb right after a closed quotation ('"It is overdue," said
        # Dvorakova'): its comma stands inside the quotation marks, so no comma before the verb
        return False
    # no pronoun says who: only the subject of a plain reporting verb ("Gonzalez said the stage …",
    # "…, Gonzalez told reporters", "…, said Gonzalez."); "Apple announced", "Drake countered" and
    # "said Georgia's rules" are not
    reporting = lexicons.speech().reporting
    after = _VERB_AFTER.match(text, end)
    if (
        after
        and after.group(1) in reporting
        and _CLAUSE_END.match(text, after.end())
        and _SENTENCE_START.search(text, 0, start)
    ):
        # "Enough said." opens no speech; '"We were lucky," Fenwright said.' is an inverted cue's
        # speaker, unless the article writes the word after another capitalised word elsewhere
        # ("protester Paris Kyriakides"): a full first reference the name finder did not read as one
        return bool(_QUOTE_CLOSED.search(text[max(0, start - 4) : start])) and not _written_in_full(
            article_text or text, word
        )
    if after and after.group(1) in reporting:
        return True
    before = _VERB_BEFORE.search(text[max(0, start - 12) : start])
    return bool(before and before.group(1) in reporting and _CLAUSE_END.match(text, end))


#: a capitalised word and a joining word right before: the word continues a longer proper name
#: two people named together: the second full name after the first is not part of a longer name
_AND = re.compile(r"\s+and\s+")
_IN_NAME_RUN = re.compile(r"[A-Z][\w’'.-]*\s+(?:and|of|&|for|de|du|la)\s+$")
#: a capitalised word (not opening a sentence) right before: "Fort Coffee", "BBC One", "Hurricane Georges"
_AFTER_CAPITAL = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'-]*\s+$")
#: an apposition that introduces the person ("Ina, a nurse", "Maral, 45,")
_INTRODUCED = re.compile(r",\s+(?:a|an|the|\d+)\b")
_AGED = re.compile(r"\d+-year-old\s+$")
#: an age in apposition, then a verb, maybe after one more aside: "Quimby, 44, told", "Nwosu, 65, who
#: has sat on the bench since 2011, said", "Menon, 47, a veteran of the crime branch, said"
_AGED_SPEAKER = re.compile(
    r",\s+\d{1,3}(?:,\s+(?:(?:who|[a-z]+ing)\b[^,;]{0,100}|(?:a|an|the)\s+[^,;]{1,80}))?,"
    r"\s+(?:also\s+|later\s+|then\s+)?([a-z]+)\b"
)
#: a relative clause after a name: it describes the person ("Fauzi, who uses a single name") unless it
#: only goes on reporting speech ("said Pellegrini, who added that he would appeal")
_WHO = re.compile(r",\s+who\s+(?:also\s+|later\s+)?([a-z]+)\b")
#: a relative clause that says the person goes by one name ("Captain Manrosan, who goes with a single name")
_ONE_NAME = re.compile(r",\s+who\b[^.;]{0,60}?\bname\b")


#: the word after a sentence's first word, past an aside ("Marow, however, disagreed") and an adverb
_CLAUSE_VERB = re.compile(
    r"(?:,\s+(?:[a-z]+|\d{1,3})(?:\s+[a-z]+){0,2},)?\s+(?:also\s+|later\s+|then\s+|never\s+|not\s+|first\s+)?([a-z]+)\b"
)


def _subject_of_verb(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is the subject of the verb after it ("Whitcomb declined",
    "Whitcomb, however, was"): a past form in -ed or a verb of the speech lexicon's ``subject_verbs``."""
    m = _CLAUSE_VERB.match(text, end)
    if m is None:
        return False
    verb = m.group(1)
    return verb in lexicons.speech().subject_verbs or (len(verb) > 4 and verb.endswith("ed"))


@lru_cache(maxsize=512)
def _lower_case_word(article_text: str, word: str) -> bool:
    """Whether the article writes the word, or its singular, in lower case anywhere ("Parks reopened"
    after "the town's parks"): a common noun opening a sentence."""
    low = word.lower()
    forms = {low, low[:-1]} if low.endswith("s") and len(low) > 4 else {low}
    return any(re.search(rf"\b{re.escape(f)}\b", article_text) for f in forms)


def _introduced_here(text: str, start: int, end: int) -> bool:
    """Whether a person known by one name is introduced at this mention: "said Ina, a nurse",
    "Maral, 45,", "25-year-old Guzel", "Fauzi, who like many Indonesians uses a single name"."""
    if _INTRODUCED.match(text, end) or _AGED.search(text[max(0, start - 20) : start]):
        return True
    who = _WHO.match(text, end)
    return who is not None and who.group(1) not in lexicons.speech().verbs


#: a verb's object and a reason after it: " for " and a word
_FOR_REASON = re.compile(r"\s+for\s+[a-z]")
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")


def _reason_after(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` is the object of one of the people lexicon's
    ``person_object_verbs`` with a reason after it ("thanked Okyere for donating")."""
    return _FOR_REASON.match(text, end) is not None and _person_object(text, start)


def _person_object(text: str, start: int) -> bool:
    """Whether the word starting at ``start`` is the object of one of the people lexicon's
    ``person_object_verbs`` ("thanked Okyere", "the mayor congratulated Vargo")."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1) in lexicons.people().person_object_verbs


#: "according to" right before a word (the speech lexicon's introducer that names a source)
_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\s+$", re.I)
#: the next sentence refers back to the word as an organisation ("… according to Acme. Its figures …")
_IMPERSONAL_NEXT = re.compile(r"[.!?]\s+(?:It|Its|They|Their)\b")


def _cited_alone(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` is the whole source of "according to": closing a
    sentence after the words it reports ("The floor is older, according to Haddadin."), or set off
    by a comma before the clause goes on ("According to Haddadin, the floor is older", "The floor,
    according to Haddadin, is older"); not a list of names ("according to Haddadin, Qasem and …")."""
    if _ACCORDING_BEFORE.search(text, max(0, start - 16), start) is None:
        return False  # (the rarest condition first: most words follow no "according to")
    if text.startswith(".", end) and f"{text[start:end]}." in lexicons.people().by_form:
        return False  # "according to Capt. Ivo Brandt": a title's abbreviation, its name after it
    closes = _CLOSES.match(text, end) is not None or _CLAUSE_GOES_ON.match(text, end) is not None
    return closes or not text[end:].strip()


#: a sentence's end: its mark, then the end of the text or a new sentence ("Earthquaketrack. com" is
#: a web address cut in two, no end)
_CLOSES = re.compile(r"[.!?][\"”’)]*(?:\s*$|\s+[\"“‘(]?[A-Z0-9])")
#: a comma, then the clause going on in lower case (no list of names)
_CLAUSE_GOES_ON = re.compile(r",\s+[a-z]")
#: a capitalised word written as an organisation's unit or brand ("France Telecom's Orange")
_OWNED = re.compile(r"[A-Z][\w-]*['’]s\s+$")


@lru_cache(maxsize=256)
def _owned_brand(article_text: str, word: str) -> bool:
    """Whether the article writes the word after another capitalised name's possessive ("France
    Telecom's Orange mobile-phone unit"): an organisation's unit or brand."""
    at = article_text.find(word)
    while at >= 0:
        if _OWNED.search(article_text, max(0, at - 40), at):
            return True
        at = article_text.find(word, at + 1)
    return False


def _reminder(text: str, end: int) -> str | None:
    """What follows the word ending at ``end`` to remind the reader who a person is: ``"role"``, a
    definite role in apposition (:func:`names.role_aside`); ``"who"``, a relative clause in the
    singular ("Hartigan, who runs the chandlery, said", "led by Okafor, who teaches …"); else None.
    A sports side takes the plural in British English ("Rovers, who play at home, said"), and a
    past tense says nothing of number (``singular_verbs`` of the speech lexicon)."""
    if names.role_aside(text, end) is not None:
        return "role"
    who = _WHO.match(text, end)
    if who is None or who.group(1) in lexicons.speech().verbs:
        return None
    verb = who.group(1)
    return "who" if verb in _singular_verbs() or (verb.endswith("s") and not verb.endswith("ss")) else None


@lru_cache(maxsize=1)
def _singular_verbs() -> frozenset[str]:
    """Verbs of a relative clause that agree with one person only (``speech.yaml``, ``singular_verbs``)."""
    return lexicons.speech_words("singular_verbs")


#: a possessive ending right after a word ("Draycot's plan"): an owner, a person's or an organisation's
_OWNER = re.compile(r"[’']s\s+[a-z]")
#: a personal pronoun: what refers back to a person, not an organisation
_PERSONAL = re.compile(r"\b(?:he|she|his|her|him)\b", re.I)
#: what refers back to an organisation or a group
_IMPERSONAL = re.compile(r"\b(?:it|its|it's|they|their|them)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_VERB_AFTER = re.compile(r"\s+(?:also\s+|later\s+|then\s+)?([a-z]+)\b")
_VERB_BEFORE = re.compile(r"\b([a-z]+)\s+$")
#: a quotation closed right before ('"We were lucky," '): the name after it is the speaker of an
#: inverted cue, not a word opening a sentence
_QUOTE_CLOSED = re.compile(r"[,!?][\"”’]\s+$")


def _after_quoted_cue(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a speech verb of an inverted cue right after a closed
    quotation ('"It is overdue," said Hrabalova')."""
    verb = _VERB_BEFORE.search(text, max(0, start - 12), start)
    return (
        verb is not None
        and verb.group(1) in lexicons.speech().inverted
        and _QUOTE_CLOSED.search(text, max(0, verb.start() - 4), verb.start()) is not None
    )


def _written_in_full(article_text: str, word: str) -> bool:
    """Whether the article writes ``word`` right after another capitalised word that is no title
    ("Paris Kyriakides", not "Mr Kyriakides" nor a sentence's "Later Kyriakides")."""
    for m in re.finditer(rf"\b([A-Z][\w’'-]+)\s+{re.escape(word)}\b", article_text):
        if names.title_role(m.group(1)) is None and m.group(1).lower() not in names.PRONOUNS:
            return True
    return False


#: the end of a clause or sentence ("Enough said.", "…, said Gonzalez.")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?]|$)")


@lru_cache(maxsize=1)
def _group_words() -> frozenset[str]:
    """Plurals of the people lexicon's role words ("officials", "witnesses", "lawyers"): groups that speak."""
    out = set()
    for w in lexicons.people().role_words():
        out.update({w + "s", w + "es", w[:-1] + "ies" if w.endswith("y") else w + "s"})
        if w.endswith("man"):
            out.add(w[:-3] + "men")
    return frozenset(out)


def _group_word(word: str) -> bool:
    """A word for a group of people: a plural of a role word, a group subject of the speech lexicon,
    or the plural of a person noun by its ending ("Commuters", "Islanders", "Cyclists": the people
    lexicon's ``role_endings``) that is no given name made plural ("Peters", "Walters")."""
    low = word.lower()
    if low in _group_words() or low in lexicons.speech().group_subjects:
        return True
    one = low[:-1]
    return (
        low.endswith("s")
        and len(one) > 5
        and one.endswith(_PERSON_ENDINGS)
        and one not in lexicons.given_names()
        and one not in lexicons.given_names_any()
    )


#: endings of person nouns of three letters or more ("commut-er" is too short a cue: "-ter", "-der")
_PERSON_ENDINGS = tuple(e for e in lexicons.people().role_endings if len(e) >= 3)


@lru_cache(maxsize=512)
def _its_owner(article_text: str, word: str) -> bool:
    """Whether the article refers back to the word as "its" within a clause ("Mozilla has released an
    update for its browsers"): an organisation."""
    return bool(re.search(rf"\b{re.escape(word)}\s+(?:[a-z]+\s+){{1,10}}?its\b", article_text))


@lru_cache(maxsize=512)
def _says_it(article_text: str, word: str) -> bool:
    """Whether the article reports the word's speech of itself as "it" ("Holcim said it was glad to
    help"): an organisation, not a person, whatever verb took it as an object."""
    for m in re.finditer(rf"\b{re.escape(word)}\s+([a-z]+)\s+it\b", article_text):
        if m.group(1) in lexicons.speech().reporting:
            return True
    return False


@lru_cache(maxsize=512)
def _common_word(article_text: str, word: str) -> bool:
    """Whether the article's prose (:func:`checker.models.prose`) also writes the word in lower case ("Police said …
    the police"): a common noun."""
    # case-sensitive: only a lower-case writing counts (a capital opening a sentence is no evidence)
    return bool(re.search(rf"\b{re.escape(word.lower())}\b", article_text))


_COURTESY = {
    t.form for t in lexicons.people().titles if t.cls == "honorific" or (t.cls == "office" and t.form.endswith("."))
}


@lru_cache(maxsize=256)
def _office(title: str) -> bool:
    """Whether a title names an office one person holds ("Councillor", "Senator", "Deputy Mayor"), not a
    role that fits most people ("Chief", "Officer", "Deputy"), a kinship word or a dignity by which a
    figure is known with one name ("Cardinal Richelieu", "Queen Victoria": the lexicon's ``dignity``)."""
    role = names.title_role(title)
    words = title.split()
    last = lexicons.people().by_form.get(" ".join(words[-2:])) or lexicons.people().by_form.get(words[-1])
    return (
        role is not None
        and last is not None
        and last.cls == "office"
        and not last.generic
        and not last.dignity
        and not names.is_generic_role(role)
    )


@lru_cache(maxsize=256)
def _dignity(title: str) -> bool:
    """Whether a title is a royal, religious or noble dignity ("Pope", "Queen", "Cardinal")."""
    t = lexicons.people().by_form.get(title.split()[-1]) if title.split() else None
    return t is not None and t.dignity


@lru_cache(maxsize=512)
def _organisation_like(text: str, word: str, prepositions: tuple[str, ...] | None = None) -> bool:
    """A capitalised word the article also writes as an organisation or place: "the Acme …", "Acme
    Corp", "in Acme", "a spokesman for Acme"; not "backed by Acme, who said": "who" is a person's.
    ``prepositions``: those that mark an organisation or place before the word (default
    ``_ORGANISATION_PREPOSITIONS``).

    Read at each place the article writes the word (``str.find``), with fixed patterns before and
    after it: the one pattern with the word inside (:func:`_organisation_like_pattern`, which says the
    same) was compiled anew for every word, a quarter of a millisecond each.
    """
    # cached: asked for every mention of a word (issue 11)
    if not word or word[0].isspace():
        return _organisation_like_pattern(text, word)
    boundary = _BOUNDARY.match
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if boundary(text, at) and _NAME_AFTER.match(text, end):
            return True  # "Acme Corp"
        j = at
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if j < at:  # white space before the word: "the Acme", "in Acme"
            if j >= 3 and text.startswith(("The", "the"), j - 3) and boundary(text, j - 3) and boundary(text, end):
                return True
            for prep in prepositions or _ORGANISATION_PREPOSITIONS:
                k = j - len(prep)
                if k >= 0 and text.startswith(prep, k) and boundary(text, k) and _NOT_WHO.match(text, end):
                    return True
        at = text.find(word, at + 1)
    return False


def _organisation_like_pattern(text: str, word: str) -> bool:
    w = re.escape(word)
    return bool(
        re.search(
            rf"\b(?:[Tt]he\s+{w}\b|(?:in|to|from|of|at|for|by|with|across)\s+{w}\b(?!,\s+who\b)|{w}\s+[A-Z][a-z]*\.?(?!\s+(?:said|told)))",
            text,
        )
    )


_BOUNDARY = re.compile(r"\b")
_ORGANISATION_PREPOSITIONS = ("in", "to", "from", "of", "at", "for", "by", "with", "across")
#: of those, the ones that mark an organisation or place before a word a role follows ("chairman of
#: Acme, the team's owner"): "according to Brankovic, the chairman" and "backed by Brankovic, the
#: chairman" are a person's
_PLACE_PREPOSITIONS = ("in", "from", "of", "at", "for", "with", "across")
#: after a word: a word boundary not followed by ", who" (a person's relative clause)
_NOT_WHO = re.compile(r"\b(?!,\s+who\b)")
#: after a word: a capitalised word that is no speech verb's subject ("Acme Corp", not "Acme Corp said")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]*\.?(?!\s+(?:said|told))")


#: a capital inside a word, as in brand and broadcaster names ("SportsCenter"), not "McAllister"
_CAMEL = re.compile(r"(?<!^Mc)(?<!^Mac)(?<=[a-z])[A-Z]")


@hookimpl
def claimcheck_extract_claims(article: Article, segments: list[Segment], config: Config) -> list[ClaimBase]:
    return list(find_people(article, segments))
