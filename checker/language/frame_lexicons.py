"""The event and quantity lexicons: triggers, outcomes, counted nouns, polarity (versioned data files in ``checker/language/data/``) and a lemmatiser.

Files (each a mapping with ``version`` and its classes):

- ``triggers.yaml``: event trigger classes (verbs by lemma, nouns by singular), the ``report`` and
  ``baseline`` classes and baseline cues;
- ``outcomes.yaml``: what happened to what a figure counts, with ``monotonic`` per class;
- ``counted.yaml``: counted-noun synonym classes, money holders, voting bodies, series nouns;
- ``polarity.yaml``: outcome classes stated with positive or negative polarity (phrases may hold a
  ``<person>`` or ``<charge>`` slot, read by :mod:`checker.language.outcomes`), revision cues, the
  person modifiers and charge nouns of those slots;
- ``comparisons.yaml``: comparatives and multipliers between two figures, kinship words;
- ``irregular.yaml``: irregular verb forms → lemma.

A malformed file raises :class:`LexiconError` naming the file and the problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any


class LexiconError(ValueError):
    """A lexicon data file that cannot be used (the message names the file)."""


@cache  # several lexicons and raw() read one file (triggers.yaml): read it once per run
def _load(name: str) -> dict[str, Any]:
    from checker import datafiles

    data = datafiles.load("checker", f"language/data/{name}")  # parsed once, then cached like bytecode
    if not isinstance(data, dict) or not isinstance(data.get("version"), int):
        raise LexiconError(f"checker/language/data/{name}: not a mapping with an integer `version`")
    return data


_VOWELS = "aeiou"


@cache
def irregular() -> dict[str, str]:
    """Irregular verb form → lemma (``"broke"`` → ``"break"``)."""
    forms = _load("irregular.yaml").get("forms") or {}
    return {str(k).lower(): str(v).lower() for k, v in forms.items()}


def inflections(lemma: str) -> set[str]:
    """The regular forms of a verb or noun lemma: -s/-es, -ed/-d, -ing, with doubled consonants and -y."""
    w = lemma.lower()
    out = {w}
    if w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        out |= {w[:-1] + "ies", w[:-1] + "ied", w + "ing"}
    elif w.endswith("e"):
        out |= {w + "s", w + "d", w[:-1] + "ing"}
    elif w.endswith(("s", "sh", "ch", "x", "z")):
        out |= {w + "es", w + "ed", w + "ing"}
    else:
        out |= {w + "s", w + "ed", w + "ing"}
        if len(w) >= 3 and w[-1] not in _VOWELS + "wxy" and w[-2] in _VOWELS and w[-3] not in _VOWELS:
            out |= {w + w[-1] + "ed", w + w[-1] + "ing"}  # stop → stopped
    return out


#: the files the form index is derived from: the lexicons whose words it inflects, and this module
_FORM_SOURCES = ("triggers.yaml", "outcomes.yaml", "counted.yaml", "polarity.yaml", "irregular.yaml")


@cache
def _form_index() -> dict[str, str]:
    """Surface form → lemma for every word of every lexicon, plus the irregular forms.

    Kept beside the data files like their parsed data (:func:`checker.datafiles.derived_from`; ~1.4 ms
    to derive, ~0.2 to read): the same for every process, it is derived again only when a lexicon
    or this module changes."""
    from checker import datafiles

    data = Path(__file__).parent / "data"
    inputs = [data / name for name in _FORM_SOURCES] + [Path(__file__)]
    index: dict[str, str] = datafiles.derived_from(inputs, "form_index", _derive_form_index)
    return index


def _derive_form_index() -> dict[str, str]:
    index: dict[str, str] = {}
    words: set[str] = set()
    for phrase in _all_phrases():
        words.update(phrase.split())
    # a form two lemmas make ("noted": not + ed, note + d) is the longer lemma's, whatever the set's
    # order in this process: the index is the same in every process (and every -n worker)
    for w in sorted(words, key=lambda w: (-len(w), w)):
        for form in inflections(w):
            index.setdefault(form, w)
    for form, lemma in irregular().items():
        index[form] = lemma
    for w in words:
        index[w] = w
    return index


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The lemma of a word as the lexicons spell it ("homes" → "home", "broke" → "break", "razed" → "raze").

    Words no lexicon knows get a plain suffix rule (plural or past tense stripped)."""
    w = word.lower().replace("’", "'").removesuffix("'s")
    hit = _form_index().get(w)
    if hit is not None:
        return hit
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if suffix == "es" and not w.endswith(("ses", "xes", "zes", "ches", "shes", "oes")):
            continue  # services → service, not "servic"
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith(("ss", "us", "is")):
            stem = w[: -len(suffix)] + repl
            if suffix in ("ing", "ed") and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                stem = stem[:-1]  # stopped → stop
            elif suffix in ("ing", "ed") and _SILENT_E.search(stem):
                stem += "e"  # collapsed → collapse, arriving → arrive
            return stem
    return w


#: stems that lost a silent e before -ed / -ing ("collaps", "arriv", "forc", "charg", "settl")
_SILENT_E = re.compile(r"(?:[^s]s|[vcgzu]|[^aeiou][bcdfgkpt]l|at|ut)$")


@dataclass(frozen=True)
class Phrase:
    """A lexicon phrase as lemmas (``("break", "out")``) and the class it belongs to."""

    lemmas: tuple[str, ...]
    cls: str


def _phrases(entries: Any, cls: str, where: str) -> list[Phrase]:
    if entries is None:
        return []
    if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
        raise LexiconError(f"checker/language/data/{where}: class {cls!r} must list strings")
    return [Phrase(tuple(e.lower().split()), cls) for e in entries]


@dataclass(frozen=True)
class TriggerLexicon:
    """Event triggers by synonym class; verbs and nouns kept apart (a noun trigger heads a noun phrase)."""

    verbs: tuple[Phrase, ...]
    nouns: tuple[Phrase, ...]
    baseline_cues: tuple[str, ...]
    future_cues: tuple[str, ...] = ()
    light_verbs: frozenset[str] = frozenset()
    intent_cues: frozenset[str] = frozenset()
    distinct_cues: frozenset[str] = frozenset()
    #: first lemma → the phrases starting with it and their part of speech, longest first
    by_first: dict[str, tuple[tuple[Phrase, str], ...]] = field(default_factory=dict)


@cache
def triggers() -> TriggerLexicon:
    """The trigger lexicon (``triggers.yaml``)."""
    data = _load("triggers.yaml")
    classes = data.get("classes")
    if not isinstance(classes, dict):
        raise LexiconError("checker/language/data/triggers.yaml: `classes` must be a mapping")
    verbs: list[Phrase] = []
    nouns: list[Phrase] = []
    for cls, entry in classes.items():
        if not isinstance(entry, dict):
            raise LexiconError(f"checker/language/data/triggers.yaml: class {cls!r} needs `verbs` and `nouns`")
        verbs += _phrases(entry.get("verbs"), cls, "triggers.yaml")
        nouns += _phrases(entry.get("nouns"), cls, "triggers.yaml")
    by_length = lambda p: -len(p.lemmas)  # noqa: E731 - longest phrase first
    first: dict[str, list[tuple[Phrase, str]]] = {}
    for pos, group in (("verb", verbs), ("noun", nouns)):
        for p in sorted(group, key=by_length):
            first.setdefault(p.lemmas[0], []).append((p, pos))
    return TriggerLexicon(
        tuple(sorted(verbs, key=by_length)),
        tuple(sorted(nouns, key=by_length)),
        tuple(data.get("baseline_cues") or ()),
        tuple(data.get("future_cues") or ()),
        frozenset(lemma(w) for w in data.get("light_verbs") or ()),
        frozenset(str(w).lower() for w in data.get("intent_cues") or ()),
        frozenset(str(w).lower() for w in data.get("distinct_cues") or ()),
        {k: tuple(v) for k, v in first.items()},
    )


def raw(name: str) -> dict[str, Any]:
    """A lexicon file of ``checker/language/data/`` as parsed (for keys read by one module only)."""
    return _load(name)


@cache
def occasions() -> dict[str, frozenset[str]]:
    """Trigger class → the classes (itself included) whose events can be one occasion told with another
    word (``occasions`` of ``triggers.yaml``: vote / approve / reject)."""
    data = _load("triggers.yaml")
    known = set((data.get("classes") or {}).keys())
    out: dict[str, set[str]] = {}
    for group in data.get("occasions") or ():
        if not isinstance(group, list) or not set(group) <= known:
            raise LexiconError(f"checker/language/data/triggers.yaml: occasion {group!r} must list known classes")
        for cls in group:
            out.setdefault(cls, {cls}).update(group)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def prepositional_verbs() -> dict[str, frozenset[str]]:
    """Verb form ("voted", "rules"; regular and irregular) → the prepositions that introduce its object
    (``prepositional_objects`` of ``triggers.yaml``: "voted on the zoning plan" concerns the plan, as
    "approved the plan" does)."""
    data = _load("triggers.yaml").get("prepositional_objects") or {}
    if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
        raise LexiconError("checker/language/data/triggers.yaml: prepositional_objects must map verbs to lists")
    out: dict[str, frozenset[str]] = {}
    for verb, preps in data.items():
        forms = inflections(str(verb)) | {f for f, base in irregular().items() if base == str(verb).lower()}
        for f in forms:
            out[f] = frozenset(str(p).lower() for p in preps)
    return out


@dataclass(frozen=True)
class RecurringLexicon:
    """Recurring events (``recurring`` of ``triggers.yaml``): trigger class → the things whose event of
    that class recurs (a market's close), and the cue words that make any event recurring ("weekly")."""

    objects: dict[str, frozenset[str]]
    cues: frozenset[str]


@cache
def recurring() -> RecurringLexicon:
    """The recurring-event lexicon of ``triggers.yaml``."""
    data = _load("triggers.yaml")
    rec = data.get("recurring") or {}
    known = set((data.get("classes") or {}).keys())
    objects = rec.get("objects") or {}
    if not isinstance(objects, dict) or not set(objects) <= known:
        raise LexiconError("checker/language/data/triggers.yaml: recurring objects must map known classes to lists")
    return RecurringLexicon(
        {str(k): frozenset(lemma(str(w)) for w in v) for k, v in objects.items()},
        frozenset(str(w).lower() for w in rec.get("cues") or ()),
    )


@dataclass(frozen=True)
class OutcomeClass:
    """One class of ``outcomes.yaml``: its phrases, whether its figure only grows, and what it applies to."""

    name: str
    phrases: tuple[Phrase, ...]
    monotonic: bool
    #: the counted-noun classes the outcome can happen to (empty: any)
    counts: frozenset[str] = frozenset()
    #: measures of land (lemmas) of which the classes in ``merges`` say the same as this one
    area: frozenset[str] = frozenset()
    #: outcome classes read as this one of an ``area``; of anything else this one is read as the first
    merges: tuple[str, ...] = ()


@cache
def outcomes() -> tuple[OutcomeClass, ...]:
    """The quantity outcome classes (``outcomes.yaml``), in file order."""
    data = _load("outcomes.yaml")
    out = []
    for cls, entry in (data.get("classes") or {}).items():
        if not isinstance(entry, dict) or not isinstance(entry.get("monotonic"), bool):
            raise LexiconError(f"checker/language/data/outcomes.yaml: class {cls!r} needs `words` and `monotonic`")
        counts = entry.get("counts") or []
        if not isinstance(counts, list) or not all(isinstance(w, str) for w in counts):
            raise LexiconError(f"checker/language/data/outcomes.yaml: class {cls!r}: `counts` must list strings")
        area, merges = entry.get("area") or [], entry.get("merges") or []
        for key, words in (("area", area), ("merges", merges)):
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise LexiconError(f"checker/language/data/outcomes.yaml: class {cls!r}: `{key}` must list strings")
        if bool(area) != bool(merges):
            raise LexiconError(f"checker/language/data/outcomes.yaml: class {cls!r}: `area` and `merges` go together")
        phrases = tuple(_phrases(entry.get("words"), cls, "outcomes.yaml"))
        out.append(
            OutcomeClass(
                cls,
                phrases,
                entry["monotonic"],
                frozenset(w.lower() for w in counts),
                frozenset(w.lower() for w in area),
                tuple(merges),
            )
        )
    names = {c.name for c in out}
    for c in out:
        if not set(c.merges) <= names:
            raise LexiconError(f"checker/language/data/outcomes.yaml: class {c.name!r} merges an unknown class")
    return tuple(out)


@dataclass(frozen=True)
class CountedLexicon:
    """``counted.yaml``: counted-noun classes, the holders and bodies a figure belongs to, and its cues."""

    classes: dict[str, str]
    money_holders: frozenset[str]
    bodies: frozenset[str]
    size_words: frozenset[str]
    series: frozenset[str]
    not_counted: frozenset[str] = frozenset()
    scopes: frozenset[str] = frozenset()
    other_event_cues: tuple[str, ...] = ()
    per_party_holders: frozenset[str] = frozenset()
    per_unit: tuple[str, ...] = ()
    vote_verbs: frozenset[str] = frozenset()
    motion_anaphors: frozenset[str] = frozenset()
    #: a count's part of a larger toll: one site's nouns, the cues putting a count there, an agent's
    #: verbs (lemmas) and the nouns after the place a group comes from (see ``counted.yaml``)
    sites: frozenset[str] = frozenset()
    site_cues: tuple[str, ...] = ()
    agent_verbs: frozenset[str] = frozenset()
    origin_nouns: frozenset[str] = frozenset()
    #: money holders naming a project whose amount is its cost ("the $8 billion port expansion")
    projects: frozenset[str] = frozenset()
    #: what a measure told as a verb's subject measures ("Winds … reached 70 mph"), the verbs, the kinds
    measured: frozenset[str] = frozenset()
    measure_verbs: tuple[str, ...] = ()
    measure_kinds: frozenset[str] = frozenset()
    #: the verb lemma a motion's action noun names ("closure" → "close")
    action_nouns: dict[str, str] = field(default_factory=dict)
    #: verbs (as written) whose subject holds the amount after them ("Harl County faces a $1.3m deficit")
    money_owner_verbs: tuple[str, ...] = ()
    #: the adjectives a size is told with ("40 miles long"): see quantities.dimension_of
    dimensions: frozenset[str] = frozenset()
    #: what a counted noun is a kind of ("passenger" → "person"): see ``counted.yaml`` ``subsets``
    subsets: dict[str, str] = field(default_factory=dict)


@cache
def counted() -> CountedLexicon:
    """Counted-noun classes and holder nouns (``counted.yaml``)."""
    data = _load("counted.yaml")
    classes: dict[str, str] = {}
    for cls, words in (data.get("classes") or {}).items():
        for p in _phrases(words, cls, "counted.yaml"):
            classes[" ".join(p.lemmas)] = cls
    return CountedLexicon(
        classes,
        frozenset(w.lower() for w in data.get("money_holders") or ()),
        frozenset(w.lower() for w in data.get("bodies") or ()),
        frozenset(w.lower() for w in data.get("size_words") or ()),
        frozenset(w.lower() for w in data.get("series") or ()),
        frozenset(w.lower() for w in data.get("not_counted") or ()),
        frozenset(w.lower() for w in data.get("scopes") or ()),
        tuple(w.lower() for w in data.get("other_event_cues") or ()),
        frozenset(w.lower() for w in data.get("per_party_holders") or ()),
        tuple(w.lower() for w in data.get("per_unit") or ()),
        frozenset(w.lower() for w in data.get("vote_verbs") or ()),
        frozenset(w.lower() for w in data.get("motion_anaphors") or ()),
        frozenset(w.lower() for w in data.get("sites") or ()),
        tuple(w.lower() for w in data.get("site_cues") or ()),
        frozenset(w.lower() for w in data.get("agent_verbs") or ()),
        frozenset(w.lower() for w in data.get("origin_nouns") or ()),
        frozenset(w.lower() for w in data.get("projects") or ()),
        frozenset(w.lower() for w in data.get("measured") or ()),
        tuple(w.lower() for w in data.get("measure_verbs") or ()),
        frozenset(w.lower() for w in data.get("measure_kinds") or ()),
        _action_nouns(data.get("action_nouns")),
        tuple(w.lower() for w in data.get("money_owner_verbs") or ()),
        frozenset(w.lower() for w in data.get("dimensions") or ()),
        {str(k).lower(): str(v).lower() for k, v in (data.get("subsets") or {}).items()},
    )


def _action_nouns(data: object) -> dict[str, str]:
    if data is None:
        return {}
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise LexiconError("checker/language/data/counted.yaml: `action_nouns` must map nouns to verbs")
    return {k.lower(): v.lower() for k, v in data.items()}


@dataclass(frozen=True)
class PolarityPhrase:
    """A phrase of ``polarity.yaml`` (lemmas) with its class and whether it states the positive outcome."""

    lemmas: tuple[str, ...]
    cls: str
    positive: bool


@dataclass(frozen=True)
class PolarityLexicon:
    """``polarity.yaml``: its phrases, indexed by first lemma, and the cues of a revised figure."""

    phrases: tuple[PolarityPhrase, ...]
    revision_cues: frozenset[str]
    #: first lemma → phrases starting with it, longest first
    by_first: dict[str, tuple[PolarityPhrase, ...]] = field(default_factory=dict)
    #: every surface form of a phrase's first word (a cheap test before lemmatising)
    first_forms: frozenset[str] = frozenset()
    #: the number of words of the longest phrase
    longest: int = 1
    #: lower-case words that may stand in a ``<person>`` slot before its name or role noun
    person_modifiers: frozenset[str] = frozenset()
    #: what a plea answers: the nouns of a ``<charge>`` slot (singular lemmas)
    charges: frozenset[str] = frozenset()
    #: contest phrases (lemmas) whose object is the other side, holding the opposite outcome ("beat")
    opponent_phrases: frozenset[tuple[str, ...]] = frozenset()
    #: nouns of an organisation named only by its noun ("the ministry"), singular lemmas
    holder_nouns: frozenset[str] = frozenset()
    #: bodies a motion passes or fails in: the nouns of a ``<chamber>`` slot (singular lemmas)
    chambers: frozenset[str] = frozenset()


@cache
def polarity() -> PolarityLexicon:
    """Outcome polarity phrases, longest first (``polarity.yaml``)."""
    data = _load("polarity.yaml")
    out: list[PolarityPhrase] = []
    for cls, entry in (data.get("classes") or {}).items():
        if not isinstance(entry, dict) or not entry.get("positive") or not entry.get("negative"):
            raise LexiconError(f"checker/language/data/polarity.yaml: class {cls!r} needs `positive` and `negative`")
        for sign in ("positive", "negative"):
            out += [
                PolarityPhrase(p.lemmas, cls, sign == "positive") for p in _phrases(entry[sign], cls, "polarity.yaml")
            ]
    out.sort(key=lambda p: -len(p.lemmas))
    first: dict[str, list[PolarityPhrase]] = {}
    for p in out:
        first.setdefault(p.lemmas[0], []).append(p)
    doubled = {w + w[-1] + end for w in first for end in ("ed", "ing")}  # acquitted, committed
    forms = frozenset({f for f, lem in _form_index().items() if lem in first} | set(first) | doubled)
    return PolarityLexicon(
        tuple(out),
        frozenset(w.lower() for w in data.get("revision_cues") or ()),
        {k: tuple(v) for k, v in first.items()},
        forms,
        max((len(p.lemmas) for p in out), default=1),
        frozenset(str(w).lower() for w in data.get("person_modifiers") or ()),
        frozenset(str(w).lower() for w in data.get("charges") or ()),
        frozenset(tuple(str(w).lower().split()) for w in data.get("opponent_phrases") or ()),
        frozenset(str(w).lower() for w in data.get("holder_nouns") or ()),
        frozenset(str(w).lower() for w in data.get("chambers") or ()),
    )


def _all_phrases() -> list[str]:
    words: list[str] = []
    t = _load("triggers.yaml")
    for entry in (t.get("classes") or {}).values():
        for key in ("verbs", "nouns"):
            words += [str(w) for w in (entry or {}).get(key) or ()]
    for entry in (_load("outcomes.yaml").get("classes") or {}).values():
        words += [str(w) for w in (entry or {}).get("words") or ()]
    c = _load("counted.yaml")
    for ws in (c.get("classes") or {}).values():
        words += [str(w) for w in ws or ()]
    for entry in (_load("polarity.yaml").get("classes") or {}).values():
        for key in ("positive", "negative"):
            words += [str(w) for w in (entry or {}).get(key) or ()]
    return [w.lower() for w in words]


WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def lemmas(text: str) -> list[tuple[str, int, int]]:
    """Every word of ``text`` as ``(lemma, start, end)`` (cached: a sentence is read once per date in it)."""
    return list(_lemmas(text))


@lru_cache(maxsize=512)
def _lemmas(text: str) -> tuple[tuple[str, int, int], ...]:
    return tuple((lemma(m.group(0)), m.start(), m.end()) for m in WORD.finditer(text))


def match_at(words: list[tuple[str, int, int]], i: int, phrase: tuple[str, ...]) -> int:
    """How many words from ``words[i]`` a phrase of lemmas covers (0 when it does not match there).

    Determiners and possessives may stand between a verb and its particle ("struck a deal",
    "forced from their homes" is listed as such)."""
    if i + len(phrase) > len(words):
        return 0
    for k, p in enumerate(phrase):
        if words[i + k][0] != p:
            return 0
    return len(phrase)


@dataclass(frozen=True)
class ComparisonLexicon:
    """Comparatives and multipliers a figure is compared with another by (``comparisons.yaml``)."""

    more: frozenset[str]
    less: frozenset[str]
    #: multiplier phrase → (least, most) ratio of the first figure to the second
    multipliers: dict[str, tuple[float, float]]
    as_words: frozenset[str]
    kin: frozenset[str]
    #: comparative → the figure categories it may compare ("longer" → duration, measure); absent: any
    dimensions: dict[str, frozenset[str]] = field(default_factory=dict)
    #: prepositions that open a phrase before the subject holding the subject's figure ("At 40 miles, …")
    fronted: frozenset[str] = frozenset()
    #: sets of groups no one belongs to two of ("children", "adults"): a breakdown into them is summed
    partitions: tuple[frozenset[str], ...] = ()
    #: verbs that tell a series was decided ("won", "clinched"), not still being played ("lead")
    series_decided: frozenset[str] = frozenset()

    def disjoint(self, groups: list[str]) -> bool:
        """Whether ``groups`` (plural nouns, "children", "adults") are distinct groups of one partition."""
        wanted = {g.lower() for g in groups}
        return len(wanted) == len(groups) > 1 and any(wanted <= p for p in self.partitions)

    def fits(self, comparative: str, category: str) -> bool:
        """Whether ``comparative`` ("longer") may compare figures of ``category`` ("measure")."""
        allowed = self.dimensions.get(" ".join(comparative.lower().split()))
        return allowed is None or category in allowed


@cache
def comparisons() -> ComparisonLexicon:
    """The comparison lexicon (``comparisons.yaml``)."""
    data = _load("comparisons.yaml")
    multipliers: dict[str, tuple[float, float]] = {}
    for phrase, bounds in (data.get("multipliers") or {}).items():
        if not (isinstance(bounds, list) and len(bounds) == 2 and all(isinstance(b, int | float) for b in bounds)):
            raise LexiconError(f"checker/language/data/comparisons.yaml: multiplier {phrase!r} needs [least, most]")
        multipliers[str(phrase).lower()] = (float(bounds[0]), float(bounds[1]))
    words = {}
    for key in ("more", "less", "as_words", "kin"):
        entry = data.get(key)
        if not isinstance(entry, list) or not all(isinstance(w, str) for w in entry):
            raise LexiconError(f"checker/language/data/comparisons.yaml: `{key}` must list strings")
        words[key] = frozenset(w.lower() for w in entry)
    dimensions: dict[str, frozenset[str]] = {}
    for word, kinds in (data.get("dimensions") or {}).items():
        if not (isinstance(kinds, list) and all(isinstance(k, str) for k in kinds)):
            raise LexiconError(f"checker/language/data/comparisons.yaml: dimension {word!r} must list categories")
        if str(word).lower() not in words["more"] | words["less"]:
            raise LexiconError(f"checker/language/data/comparisons.yaml: dimension {word!r} is no comparative")
        dimensions[str(word).lower()] = frozenset(kinds)
    fronted = data.get("fronted") or []
    if not isinstance(fronted, list) or not all(isinstance(w, str) for w in fronted):
        raise LexiconError("checker/language/data/comparisons.yaml: `fronted` must list strings")
    partitions = data.get("partitions") or []
    if not isinstance(partitions, list) or not all(
        isinstance(p, list) and len(p) > 1 and all(isinstance(w, str) for w in p) for p in partitions
    ):
        raise LexiconError("checker/language/data/comparisons.yaml: `partitions` must list lists of two or more groups")
    return ComparisonLexicon(
        words["more"],
        words["less"],
        multipliers,
        words["as_words"],
        words["kin"],
        dimensions,
        frozenset(w.lower() for w in fronted),
        tuple(frozenset(w.lower() for w in p) for p in partitions),
        frozenset(str(w).lower() for w in data.get("series_decided") or []),
    )


__all__ = [
    "ComparisonLexicon",
    "CountedLexicon",
    "LexiconError",
    "OutcomeClass",
    "Phrase",
    "PolarityLexicon",
    "PolarityPhrase",
    "TriggerLexicon",
    "comparisons",
    "counted",
    "inflections",
    "irregular",
    "lemma",
    "lemmas",
    "match_at",
    "outcomes",
    "polarity",
    "triggers",
]
