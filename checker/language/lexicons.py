"""The people, speech, pronoun and marker lexicons: versioned YAML files in ``checker/language/data/``.

Each loader reads its file once and returns frozen values; a malformed file raises ``ValueError``
naming the file and the entry. The files say what each entry class is for; this module only
turns them into sets and patterns.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Literal

from checker import datafiles

DATA = Path(__file__).parent / "data"


def longest_first(word: str) -> tuple[int, str]:
    """Sort key for an alternation: longest first, so "just over" is tried before "over"; ties by text, so
    the pattern is the same in every process (a set's order is not) and the compiled-pattern cache finds it."""
    return (-len(word), word)


TitleClass = Literal["honorific", "office", "role", "kin"]
Gender = Literal["male", "female", "any"]


@dataclass(frozen=True)
class Title:
    """One way of saying what a person is.

    :ivar form: as written ("Gov.", "spokeswoman", "mother").
    :ivar role: the canonical role it folds into ("governor", "spokesperson"); None for honorifics.
    :ivar cls: honorific, office, role or kin.
    :ivar gender: male, female or None when the word does not say.
    :ivar head: a head of state or government ("the leader" may refer to its holder).
    :ivar generic: a role that fits most others ("officer", "official").
    :ivar kind_of: the broader office this one is a kind of, named by its head noun ("foreign
        minister" → "minister"), or None.
    :ivar dignity: a royal, religious or noble dignity ("Pope", "Queen", "Cardinal"): with one
        name after it, it may name a figure known by that alone ("Cardinal Richelieu").
    """

    form: str
    role: str | None
    cls: TitleClass
    gender: str | None = None
    head: bool = False
    generic: bool = False
    kind_of: str | None = None
    dignity: bool = False


@dataclass(frozen=True)
class PeopleLexicon:
    """``people.yaml``: titles and roles, the cues around names, and given names' familiar forms."""

    version: int
    titles: tuple[Title, ...]
    birth_name_cues: frozenset[str] = frozenset()
    #: words right before a name that make it another person's of the same name ("also named")
    namesake_cues: frozenset[str] = frozenset()
    #: lower-case given name → its familiar forms that do not begin with it ("thomas" → tom, tommy)
    familiar_forms: dict[str, frozenset[str]] = field(default_factory=dict)
    #: lower-case word before an office that makes a deputy's office of it → its canonical word
    #: ("deputy", "lt." → "lieutenant")
    office_prefixes: dict[str, str] = field(default_factory=dict)
    #: lower-case words before an office that leave it the same office ("acting", "interim")
    role_qualifiers: frozenset[str] = frozenset()
    #: lower-case words (or prefixes ending in a hyphen, "ex-") before a role that make its holder a
    #: past one, another person than the present holder ("former", "late")
    former_qualifiers: frozenset[str] = frozenset()
    #: lower-case nouns naming a person by a relation to another ("friend", "successor")
    relation_nouns: frozenset[str] = frozenset()
    #: verbs whose object is a person when a reason follows ("thanked Okyere for donating")
    person_object_verbs: frozenset[str] = frozenset()
    #: endings of person nouns ("-ist", "-keeper"): a word so ending right before a name is a role
    role_endings: tuple[str, ...] = ()
    #: lower-case words never learned as a role from an apposition or before a name ("other", "first")
    not_role_words: frozenset[str] = frozenset()
    #: plural kinship nouns before a coordinated pair of names ("sisters", "the couple"): relatives
    kin_groups: frozenset[str] = frozenset()
    #: words after a name, in its own clause, that make it another person than one of the same
    #: surname ("Randa Khalidi, a teacher who is no relation,")
    unrelated_cues: frozenset[str] = frozenset()
    #: titles that are also given names ("Dean", "Judge") → the reading taken when nothing in the
    #: text says which: "title" or "given"
    given_name_titles: dict[str, str] = field(default_factory=dict)
    #: styles before an office that make the word after them a title ("Rev", "Very"), as written
    title_styles: frozenset[str] = frozenset()
    #: the file the lexicon was read from (None for one built otherwise): what is derived from it
    #: is kept beside it (:func:`checker.datafiles.derived_from`)
    source: Path | None = field(default=None, compare=False, repr=False)

    def familiar(self, a: str, b: str) -> bool:
        """Whether one lower-case given name is a familiar form of the other ("tom"/"thomas")."""
        return b in self.familiar_forms.get(a, ()) or a in self.familiar_forms.get(b, ())

    @cached_property
    def by_form(self) -> dict[str, Title]:
        """As written ("Gov.", "spokeswoman") → the title."""
        return _by_form(self)

    @cached_property
    def broader(self) -> dict[str, str]:
        """Canonical role → the broader role it is a kind of ("police chief" → "chief")."""
        return {t.role: t.kind_of for t in self.titles if t.role and t.kind_of}

    def role_words(self) -> dict[str, Title]:
        """Lower-case role heads ("governor", "spokeswoman", "mother") → the title they stand for."""
        return self._role_words

    @cached_property
    def _role_words(self) -> dict[str, Title]:
        return _role_words(self)


def _by_form(lex: PeopleLexicon) -> dict[str, Title]:
    out: dict[str, Title] = {}
    for t in lex.titles:
        out.setdefault(t.form, t)
    return out


def _role_words(lex: PeopleLexicon) -> dict[str, Title]:
    titles = lex.titles
    if lex.source is None:
        return {word: titles[i] for word, i in _role_word_numbers(titles)}
    # kept beside the lexicon as (word, number of its title) pairs: ~0.3 ms to derive, ~0.05 to read
    pairs = datafiles.derived_from([lex.source, Path(__file__)], "role_words", lambda: _role_word_numbers(titles))
    return {word: titles[i] for word, i in pairs}


def _role_word_numbers(titles: tuple[Title, ...]) -> list[tuple[str, int]]:
    """(role word, number of its title in ``titles``) in the order :meth:`PeopleLexicon.role_words` has them."""
    out: dict[str, int] = {}
    # words written in lower case first ("the father" is a parent), then capitalised titles
    # lower-cased ("the governor"), so "Father" the priest does not take "the father"
    kin_first = sorted(range(len(titles)), key=lambda i: titles[i].cls != "kin")
    for lowered in (False, True):
        for i in kin_first:
            t = titles[i]
            if t.cls == "honorific":
                continue
            for word in {t.form, t.role or ""} - {""}:
                if word.islower() == lowered or word.rstrip(".") != word:
                    continue  # "gov." is written before a name, never as "the gov."
                out.setdefault(word.lower(), i)
    return list(out.items())


@dataclass(frozen=True)
class SpeechLexicon:
    """``speech.yaml``: reporting verbs, introducers and participles, and the words around a speaker."""

    version: int
    verbs: frozenset[str]
    introducers: tuple[str, ...]
    participles: frozenset[str]
    colon: bool
    negations: frozenset[str] = frozenset()
    inverted: frozenset[str] = frozenset()
    #: participles that put the main clause's subject's words after them ("…, saying “…”")
    clause_cues: frozenset[str] = frozenset()
    #: words after which a speaker named after its verb has ended ("said Joe Coffey Monday")
    speaker_ends: frozenset[str] = frozenset()
    #: the plain reporting verbs, whose subject nobody introduced is a person mention ("Gonzalez said")
    reporting: frozenset[str] = frozenset()
    #: groups that speak ("Officials said", "Friends said"): never a surname there
    group_subjects: frozenset[str] = frozenset()
    #: lower-case words that may stand right before a clause's subject ("… and Gonzalez said")
    subject_joiners: frozenset[str] = frozenset()
    #: words written with a leading apostrophe for letters left out ("'n'", "'em", "'tis"): an
    #: apostrophe before one opens no quotation
    elisions: frozenset[str] = frozenset()
    #: verbs after a sentence's first word that make it the subject of a clause ("Whitcomb declined",
    #: "Whitcomb was"): auxiliaries and irregular past forms; any other past form ends in -ed
    subject_verbs: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Pronoun:
    """A pronoun of ``pronouns.yaml`` with the gender, number and case a referent must fit."""

    word: str
    gender: str
    number: str
    case: str


@dataclass(frozen=True)
class Markers:
    """``markers.yaml``: the words and patterns that make a capitalised run a place, a time or an outlet, not a person."""

    version: int
    not_name_words: frozenset[str]
    time_words: frozenset[str]
    place_prefixes: frozenset[str]
    place_suffixes: frozenset[str]
    outlet_words: frozenset[str]
    not_person_before: re.Pattern[str]
    not_person_after: re.Pattern[str]
    #: what makes a name a place wherever else the article writes it ("in Banda Tirta")
    place_before: re.Pattern[str] = re.compile("(?!)")
    place_after: re.Pattern[str] = re.compile("(?!)")
    #: place and organisation words that are also common surnames ("Park", "Hall", "Lake")
    place_surnames: frozenset[str] = frozenset()
    #: prepositions and verbs of motion or location before a place ("to", "reached")
    towards_words: frozenset[str] = frozenset()
    #: last words of clubs and institutions never part of a personal name ("Rovers", "Polytechnic")
    organisation_suffixes: frozenset[str] = frozenset()
    #: well-known organisations whose whole names read as a person's ("Goldman Sachs", "Aston Villa")
    organisations: frozenset[str] = frozenset()
    #: place suffixes nobody has for a surname ("Falls", "Creek"): a place even after a given name
    place_only_suffixes: frozenset[str] = frozenset()
    #: what makes a name the subject of a verb in the plural: a side or a firm, not a person (v9)
    plural_subject_after: re.Pattern[str] = re.compile("(?!)")
    #: adverbs and conjunctions that open sentences ("Yet", "Once"): never a given name (v9)
    sentence_openers: frozenset[str] = frozenset()
    #: organisations cited by one word that reads as a surname ("according to Reuters")
    cited_organisations: frozenset[str] = frozenset()


#: each lexicon file read in this process: path → (size, modification time, parsed data). Several
#: functions read one file (``speech.yaml``: the lexicon, its word lists, its antonyms); with no
#: parsed-data cache on disk (``PYTHONDONTWRITEBYTECODE``, a read-only installation) each read parsed
#: the YAML again (~2 ms a time for ``speech.yaml``). The stamp makes a changed file read anew.
_PARSED: dict[str, tuple[int, int, dict[str, Any]]] = {}


def _read(name: str) -> dict[str, Any]:
    path = DATA / name
    try:
        st = path.stat()
        hit = _PARSED.get(str(path))
        if hit is not None and hit[0] == st.st_size and hit[1] == st.st_mtime_ns:
            return hit[2]
        data = datafiles.load_path(path)  # parsed once, then cached like bytecode
    except OSError as err:
        raise ValueError(f"{path}: cannot read the lexicon: {err}") from None
    except Exception as err:
        import yaml  # here only: a run served from the parsed-lexicon cache never imports the YAML parser

        if not isinstance(err, yaml.YAMLError):
            raise
        raise ValueError(f"{path}: cannot read the lexicon: {err}") from None
    if not isinstance(data, dict) or not isinstance(data.get("version"), int):
        raise ValueError(f"{path}: a lexicon is a mapping with an integer 'version'")
    _PARSED[str(path)] = (st.st_size, st.st_mtime_ns, data)
    return data


def _words(path: str, data: dict[str, Any], key: str) -> frozenset[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(x, str) and x for x in value):
        raise ValueError(f"{DATA / path}: '{key}' must be a list of non-empty strings")
    return frozenset(value)


@lru_cache(maxsize=1)
def people() -> PeopleLexicon:
    """Honorifics, offices, roles and kinship words (``people.yaml``)."""
    data = _read("people.yaml")
    titles: list[Title] = []
    for cls, key in (("honorific", "honorifics"), ("office", "offices"), ("role", "roles"), ("kin", "kin")):
        for entry in data.get(key, []):
            if not isinstance(entry, dict):
                raise ValueError(f"{DATA / 'people.yaml'}: {key}: {entry!r} is not a mapping")
            gender = entry.get("gender")
            if gender not in (None, "male", "female"):
                raise ValueError(f"{DATA / 'people.yaml'}: {key}: {entry!r}: gender is male or female")
            if cls == "honorific":
                titles.append(Title(entry["form"], None, "honorific", gender))
                continue
            role = entry.get("role")
            if not isinstance(role, str) or not role:
                raise ValueError(f"{DATA / 'people.yaml'}: {key}: {entry!r} has no role")
            forms = entry.get("forms", [role] if cls == "kin" else [])
            kind_of = entry.get("kind_of")
            if kind_of is not None and (not isinstance(kind_of, str) or not kind_of.strip() or kind_of == role):
                raise ValueError(f"{DATA / 'people.yaml'}: {key}: {entry!r}: kind_of is another role")
            flags = (bool(entry.get("head")), bool(entry.get("generic")), kind_of, bool(entry.get("dignity")))
            for form in forms:
                g = gender or _gendered(form)
                titles.append(Title(form, role, cls, g, *flags))  # type: ignore[arg-type]
            if cls != "kin" and role not in {f.lower() for f in forms}:
                titles.append(Title(role, role, cls, gender, *flags))  # type: ignore[arg-type]
    known = {t.role for t in titles}
    for t in titles:
        if t.kind_of is not None and t.kind_of not in known:
            raise ValueError(f"{DATA / 'people.yaml'}: {t.role}: kind_of {t.kind_of!r} is not a role of the lexicon")
    familiar = data.get("familiar_forms", {})
    if not isinstance(familiar, dict) or not all(
        isinstance(k, str) and isinstance(v, list) and all(isinstance(x, str) and x for x in v)
        for k, v in familiar.items()
    ):
        raise ValueError(f"{DATA / 'people.yaml'}: 'familiar_forms' maps a given name to a list of its forms")
    prefixes = data.get("office_prefixes", [])
    if not isinstance(prefixes, list) or not all(
        isinstance(p, dict) and isinstance(p.get("form"), str) and isinstance(p.get("prefix"), str) for p in prefixes
    ):
        raise ValueError(f"{DATA / 'people.yaml'}: 'office_prefixes' is a list of {{form, prefix}} entries")
    given_titles = data.get("given_name_titles", [])
    forms_known = {t.form for t in titles if t.cls in ("office", "role")}
    if not isinstance(given_titles, list) or not all(
        isinstance(g, dict) and g.get("form") in forms_known and g.get("reading") in ("title", "given")
        for g in given_titles
    ):
        raise ValueError(
            f"{DATA / 'people.yaml'}: 'given_name_titles' is a list of {{form, reading}} entries: form an office's "
            "or role's form, reading title or given"
        )
    return PeopleLexicon(
        data["version"],
        tuple(titles),
        _words("people.yaml", data, "birth_name_cues"),
        _words("people.yaml", data, "namesake_cues"),
        {k.lower(): frozenset(x.lower() for x in v) for k, v in familiar.items()},
        {p["form"].lower(): p["prefix"].lower() for p in prefixes},
        role_qualifiers=frozenset(w.lower() for w in _words("people.yaml", data, "role_qualifiers")),
        former_qualifiers=frozenset(w.lower() for w in _words("people.yaml", data, "former_qualifiers")),
        relation_nouns=frozenset(w.lower() for w in _words("people.yaml", data, "relation_nouns")),
        person_object_verbs=_words("people.yaml", data, "person_object_verbs"),
        role_endings=tuple(sorted(_words("people.yaml", data, "role_endings"))),
        not_role_words=_words("people.yaml", data, "not_role_words"),
        kin_groups=_words("people.yaml", data, "kin_groups"),
        unrelated_cues=_words("people.yaml", data, "unrelated_cues"),
        given_name_titles={g["form"]: g["reading"] for g in given_titles},
        title_styles=_words("people.yaml", data, "title_styles"),
        source=DATA / "people.yaml",
    )


def _gendered(form: str) -> str | None:
    low = form.lower()
    if low.endswith(("woman", "ess")):
        return "female"
    if low.endswith("man") and not low.endswith("human"):
        return "male"
    return None


def speech_data() -> dict[str, Any]:
    """``speech.yaml`` as parsed, for the entry classes :mod:`checker.language.speech` reads itself."""
    return _read("speech.yaml")


def speech_words(key: str) -> frozenset[str]:
    """One word-list entry class of ``speech.yaml``.

    :raises ValueError: naming the file when the entry is not a list of non-empty strings."""
    return _words("speech.yaml", _read("speech.yaml"), key)


@lru_cache(maxsize=1)
def speech() -> SpeechLexicon:
    """Speech verbs, source introducers and participle asides (``speech.yaml``)."""
    data = _read("speech.yaml")
    return SpeechLexicon(
        data["version"],
        _words("speech.yaml", data, "verbs"),
        tuple(sorted(_words("speech.yaml", data, "introducers"), key=longest_first)),
        _words("speech.yaml", data, "participles"),
        bool(data.get("colon", False)),
        _words("speech.yaml", data, "negations"),
        _words("speech.yaml", data, "inverted"),
        _words("speech.yaml", data, "clause_cues"),
        _words("speech.yaml", data, "speaker_ends"),
        _words("speech.yaml", data, "reporting"),
        _words("speech.yaml", data, "group_subjects"),
        _words("speech.yaml", data, "subject_joiners"),
        frozenset(w.lower() for w in _words("speech.yaml", data, "elisions")),
        _words("speech.yaml", data, "subject_verbs"),
    )


@lru_cache(maxsize=1)
def pronouns() -> dict[str, Pronoun]:
    """Pronouns with the gender, number and case a referent must fit (``pronouns.yaml``)."""
    data = _read("pronouns.yaml")
    out: dict[str, Pronoun] = {}
    for word, entry in (data.get("pronouns") or {}).items():
        if not isinstance(entry, dict) or {"gender", "number", "case"} - set(entry):
            raise ValueError(f"{DATA / 'pronouns.yaml'}: {word}: needs gender, number and case")
        out[str(word)] = Pronoun(str(word), entry["gender"], entry["number"], entry["case"])
    return out


@dataclass(frozen=True)
class NameForms:
    """The words of ``names.yaml``: name particles and what makes a name a vessel's."""

    version: int
    #: words inside a surname before its last word ("de", "la", "van", "bin"), lower case
    particles: frozenset[str]
    #: particles only a lower-case writing makes one ("al", "el": "Al Gore" is a given name)
    lower_only: frozenset[str]
    #: ship prefixes as written ("MV", "HMS", "USS")
    vessel_prefixes: frozenset[str]
    #: nouns for a vessel before its name ("ship", "ferry", "airship", "locomotive"), lower case
    vessel_nouns: frozenset[str]
    #: prefixes that make a vessel only after "the" or a vessel noun ("the SS Arvonia"), as written
    the_vessel_prefixes: frozenset[str] = frozenset()
    #: the text right after a name following a vessel noun that makes the name a person's ("the
    #: plane Kobe Ward was travelling in")
    not_vessel_after: re.Pattern[str] = re.compile("(?!)")
    #: Korean family names as romanised ("Kim", "Koh"): before a hyphenated given name (v4)
    korean_family_names: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def name_forms() -> NameForms:
    """Name particles, vessel prefixes and vessel nouns (``names.yaml``)."""
    data = _read("names.yaml")
    particles = _words("names.yaml", data, "particles")
    lower_only = _words("names.yaml", data, "lower_only")
    if not lower_only <= particles or any(p != p.lower() for p in particles):
        raise ValueError(f"{DATA / 'names.yaml'}: particles are lower case and lower_only is a subset of them")
    return NameForms(
        data["version"],
        particles,
        lower_only,
        _words("names.yaml", data, "vessel_prefixes"),
        frozenset(w.lower() for w in _words("names.yaml", data, "vessel_nouns")),
        _words("names.yaml", data, "the_vessel_prefixes"),
        _patterns("names.yaml", data, "not_vessel_after"),
        _words("names.yaml", data, "korean_family_names"),
    )


def _patterns(path: str, data: dict[str, Any], key: str) -> re.Pattern[str]:
    """A list of regular expressions of a lexicon, joined into one pattern (case ignored).

    :raises ValueError: naming the file when the entry is not a list of strings or one is no valid pattern."""
    patterns = data.get(key, [])
    if not isinstance(patterns, list) or not all(isinstance(x, str) and x for x in patterns):
        raise ValueError(f"{DATA / path}: '{key}' must be a list of non-empty strings")
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", re.I)
    except re.error as err:
        raise ValueError(f"{DATA / path}: {key}: invalid pattern: {err}") from None


@lru_cache(maxsize=1)
def markers() -> Markers:
    """What marks a capitalised name as an organisation, publication or place (``markers.yaml``)."""
    data = _read("markers.yaml")

    def joined(key: str) -> re.Pattern[str]:
        patterns = data.get(key, [])
        whole = "|".join(f"(?:{p})" for p in patterns) or "(?!)"
        with contextlib.suppress(re.error):
            # the entries are compiled one by one only to name the first bad one (16 compiles a run for
            # nothing when the file is good; tests check that every shipped entry compiles alone)
            return re.compile(whole, re.I)
        try:
            for p in patterns:
                re.compile(p)
            return re.compile(whole, re.I)
        except re.error as err:
            raise ValueError(f"{DATA / 'markers.yaml'}: {key}: invalid pattern: {err}") from None

    return Markers(
        data["version"],
        _words("markers.yaml", data, "not_name_words"),
        _words("markers.yaml", data, "time_words"),
        _words("markers.yaml", data, "place_prefixes"),
        _words("markers.yaml", data, "place_suffixes"),
        _words("markers.yaml", data, "outlet_words"),
        joined("not_person_before"),
        joined("not_person_after"),
        joined("place_before"),
        joined("place_after"),
        _words("markers.yaml", data, "place_surnames"),
        _words("markers.yaml", data, "towards_words"),
        _words("markers.yaml", data, "organisation_suffixes"),
        _words("markers.yaml", data, "organisations"),
        _place_only(data),
        joined("plural_subject_after"),
        _words("markers.yaml", data, "sentence_openers"),
        _words("markers.yaml", data, "cited_organisations"),
    )


def _place_only(data: dict[str, Any]) -> frozenset[str]:
    """``place_only_suffixes`` of markers.yaml, each one of its ``place_suffixes``."""
    words = _words("markers.yaml", data, "place_only_suffixes")
    stray = sorted(words - _words("markers.yaml", data, "place_suffixes"))
    if stray:
        raise ValueError(f"{DATA / 'markers.yaml'}: place_only_suffixes not in place_suffixes: {', '.join(stray)}")
    return words


@dataclass(frozen=True)
class RoleHypernym:
    """A broader noun a role description may use for holders of ``roles`` (``role_hypernyms.yaml``)."""

    cls: str
    broader: str
    roles: frozenset[str]
    #: endings of roles no lexicon lists that the broader noun describes ("glaciologist": "ologist")
    endings: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def role_hypernyms() -> tuple[RoleHypernym, ...]:
    """Every entry of ``role_hypernyms.yaml``: broader nouns for roles ("the scientist" for a
    professor), each a role of ``people.yaml``, as are the roles it covers."""
    path = DATA / "role_hypernyms.yaml"
    data = _read("role_hypernyms.yaml")
    classes = data.get("classes")
    if not isinstance(classes, dict):
        raise ValueError(f"{path}: 'classes' must map a class to its entries")
    known = {t.role for t in people().titles if t.role is not None}
    out = []
    for cls, entries in classes.items():
        for entry in entries if isinstance(entries, list) else [entries]:
            if not isinstance(entry, dict) or not isinstance(entry.get("broader"), str):
                raise ValueError(f"{path}: {cls}: {entry!r} needs a 'broader' role and its 'roles'")
            roles = entry.get("roles")
            if not isinstance(roles, list) or not roles or not all(isinstance(r, str) and r for r in roles):
                raise ValueError(f"{path}: {cls}: {entry['broader']}: 'roles' must be a list of roles")
            unknown = sorted(({entry["broader"]} | set(roles)) - known)
            if unknown:
                raise ValueError(f"{path}: {cls}: {entry['broader']}: not roles of people.yaml: {', '.join(unknown)}")
            endings = entry.get("endings", [])
            if not isinstance(endings, list) or not all(
                isinstance(e, str) and e.isalpha() and e.islower() and len(e) >= 4 for e in endings
            ):
                raise ValueError(
                    f"{path}: {cls}: {entry['broader']}: 'endings' must be lower-case words of 4 letters or more"
                )
            out.append(RoleHypernym(str(cls), entry["broader"], frozenset(roles), tuple(endings)))
    return tuple(out)


@lru_cache(maxsize=1)
def hypernym_endings() -> dict[str, tuple[str, ...]]:
    """Broader noun → the endings of unlisted roles it describes (:func:`role_hypernyms`)."""
    out: dict[str, tuple[str, ...]] = {}
    for h in role_hypernyms():
        if h.endings:
            out[h.broader] = out.get(h.broader, ()) + h.endings
    return out


@lru_cache(maxsize=1)
def broader_roles() -> dict[str, frozenset[str]]:
    """Role → the broader nouns that may describe its holder (:func:`role_hypernyms` turned round)."""
    out: dict[str, set[str]] = {}
    for h in role_hypernyms():
        for role in h.roles:
            out.setdefault(role, set()).add(h.broader)
    return {role: frozenset(b) for role, b in out.items()}


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Lower-case given name → ``female`` or ``male`` (``given_names.tsv``, read on first use)."""
    path = DATA / "given_names.tsv"
    try:
        # kept parsed beside the file, like the YAML lexicons (9,600 lines: 3.5 -> 1.3 ms a process)
        names: dict[str, str] = datafiles.cached(path, "names", _module_stamp(), _read_given_names)
    except OSError as err:
        raise ValueError(f"{path}: cannot read the lexicon: {err}") from None
    return names


@lru_cache(maxsize=1)
def given_names_any() -> frozenset[str]:
    """Lower-case given names used for both genders (``given_names_any.txt``, read on first use):
    with :func:`given_names`, the given names the data knows."""
    path = DATA / "given_names_any.txt"
    try:
        names: frozenset[str] = datafiles.cached(path, "names", _module_stamp(), _read_name_list)
    except OSError as err:
        raise ValueError(f"{path}: cannot read the lexicon: {err}") from None
    return names


def _read_name_list(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    if not any(line.startswith("# version:") for line in lines[:10]):
        raise ValueError(f"{path}: no '# version:' line in the header")
    out = set()
    for number, line in enumerate(lines, 1):
        if not line or line.startswith("#"):
            continue
        if not line.isalpha() or not line.islower():
            raise ValueError(f"{path}:{number}: want one lower-case name, got {line!r}")
        out.add(line)
    return frozenset(out)


def _module_stamp() -> int:
    """This module's modification time: a change to how a lexicon is read recomputes its cache."""
    try:
        return os.stat(__file__).st_mtime_ns
    except OSError:  # pragma: no cover - no source file (a frozen build)
        return 0


def _read_given_names(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    if not any(line.startswith("# version:") for line in lines[:10]):
        raise ValueError(f"{path}: no '# version:' line in the header")
    for number, line in enumerate(lines, 1):
        if not line or line.startswith("#"):
            continue
        name, _, gender = line.partition("\t")
        if gender not in ("female", "male"):
            raise ValueError(f"{path}:{number}: want 'name<TAB>female|male', got {line!r}")
        # one string object per gender, not one per line: marshal then writes each once and refers
        # to it, and the cache file reads back in ~0.7 ms rather than ~0.95
        out[name] = "female" if gender == "female" else "male"
    return out


__all__ = [
    "Markers",
    "NameForms",
    "PeopleLexicon",
    "Pronoun",
    "RoleHypernym",
    "SpeechLexicon",
    "Title",
    "broader_roles",
    "given_names",
    "given_names_any",
    "hypernym_endings",
    "markers",
    "name_forms",
    "people",
    "pronouns",
    "role_hypernyms",
    "speech",
]
