"""What a figure counts, in plain text: counted-noun class, outcome class, money holder, lists, body sizes.

Functions over a sentence or segment string (offsets index the string given), using the lexicons
of :mod:`checker.language.frame_lexicons` (``counted.yaml``, ``outcomes.yaml``). Imports nothing of the engine.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from checker.language import frame_lexicons
from checker.language.lazy_patterns import on_first_use
from checker.language.numbers import CURRENCY_SYMBOLS, CURRENCY_WORDS, to_number
from checker.language.prefilter import fewest, may_hold

#: words skipped between a figure and what says what happened to it ("were believed to be killed")
_FILLER = frozenset(
    [
        "were",
        "was",
        "are",
        "is",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "believed",
        "thought",
        "reported",
        "reportedly",
        "estimated",
        "feared",
        "expected",
        "likely",
        "confirmed",
        "said",
        "to",
        "who",
        "which",
        "that",
        "as",
        "of",
        "the",
        "a",
        "an",
        "in",
        "by",
        "at",
        "on",
        "from",
        "now",
        "still",
        "already",
        "have",
        "had",
        "more",
        "than",
        "all",
        "both",
        "other",
        "people",
    ]
)
_PARTIAL = re.compile(
    r"\b(?:another|other|more|additional|further|also|of them|of whom|among|each|per|every|alone)\b", re.I
)


def counted_class(noun: str | None) -> tuple[str | None, str | None]:
    """``(lemma, class)`` of a counted noun: "houses" → ("house", "home"); unknown nouns are their own class."""
    if not noun:
        return None, None
    lem = frame_lexicons.lemma(noun)
    if lem in frame_lexicons.counted().not_counted:
        return lem, None  # "lost 631 points": a measure of change, not things counted
    classes = frame_lexicons.counted().classes
    return lem, classes.get(lem) or classes.get(noun.lower()) or lem


def _outcome_index() -> dict[str, list[tuple[tuple[str, ...], str, bool]]]:
    index: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
    for cls in frame_lexicons.outcomes():
        for p in cls.phrases:
            index.setdefault(p.lemmas[0], []).append((p.lemmas, cls.name, cls.monotonic))
    return index


_INDEX: dict[str, list[tuple[tuple[str, ...], str, bool]]] | None = None


# a word or phrase is asked about again and again across a run's articles ("people", "killed", "were
# killed"): each is read once
@lru_cache(maxsize=8192)
def outcome_in(text: str, limit: int = 7) -> tuple[str | None, bool]:
    """The outcome class named in the first ``limit`` words of ``text`` ("people were killed" → killed),
    and whether its count may only rise; ``(None, False)`` when none is."""
    global _INDEX
    if _INDEX is None:
        _INDEX = _outcome_index()
    # a phrase starts within the first ``limit`` words and may end after them ("of Pell were forced from
    # their homes": the sixth word starts it)
    # only the words a phrase can cover are lemmatised, not the whole predicate (a word's lemma is its own)
    # the words after the first ``limit`` are lemmatised only when a phrase may start in those (most texts
    # name no outcome: their first words start none)
    found = frame_lexicons.WORD.finditer(text)
    lemma = frame_lexicons.lemma
    first = list(islice(found, limit))
    # the lemmas alone first: most texts name no outcome, and their words' offsets are never asked
    if not any(lemma(m.group(0)) in _INDEX for m in first):
        return None, False
    words = [(lemma(m.group(0)), m.start(), m.end()) for m in first]
    words += [(lemma(m.group(0)), m.start(), m.end()) for m in islice(found, _longest_outcome())]
    for i, (w, _, _) in enumerate(words[:limit]):
        for phrase, name, monotonic in _INDEX.get(w, ()):
            if frame_lexicons.match_at(words, i, phrase):
                return name, monotonic
    return None, False


@lru_cache(maxsize=1)
def _longest_outcome() -> int:
    """The most words an outcome phrase of the lexicon has ("force from their home": 4)."""
    return max((len(p.lemmas) for c in frame_lexicons.outcomes() for p in c.phrases), default=1)


def outcome_for(outcome: str, counted: str | None) -> tuple[str, bool]:
    """The outcome class an outcome is read as for what a figure counts, and whether it may only rise: of
    an area ("acre", "square mile") the classes an area class merges are that class ("burned 2,400 acres"
    and "scorched 3,100 acres" are one burned area); of anything else an area class is the first class
    it merges ("scorched 12 homes": destroyed)."""
    classes = {c.name: c for c in frame_lexicons.outcomes()}
    for c in classes.values():
        if not c.area:
            continue
        if counted in c.area and (outcome == c.name or outcome in c.merges):
            return c.name, c.monotonic
        if outcome == c.name and counted not in c.area:
            other = classes[c.merges[0]]
            return other.name, other.monotonic
    cls = classes.get(outcome)
    return outcome, bool(cls and cls.monotonic)


@lru_cache(maxsize=1)
def _measured_subject() -> re.Pattern[str]:
    lex = frame_lexicons.counted()
    nouns = "|".join(
        sorted({f for w in lex.measured for f in frame_lexicons.inflections(w)}, key=lambda w: (-len(w), w))
    )
    verbs = "|".join(
        sorted(
            {
                r"\s+".join([form, *rest])
                for v in lex.measure_verbs
                for first, *rest in [v.split()]
                for form in frame_lexicons.inflections(first)
            },
            key=lambda w: (-len(w), w),  # ties by spelling: one pattern text in every process, cached
        )
    )
    kinds = "|".join(sorted(lex.measure_kinds, key=lambda w: (-len(w), w)))
    return re.compile(
        rf"\b(?:(?P<kind>{kinds})\s+)?(?P<noun>{nouns})\b"
        # a place or time between: "Winds in Orla reached", "Gusts on the coast on Thursday topped"
        r"(?:\s+(?:in|at|on|over|near|across|along|off)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
        rf"\s+(?:had\s+|have\s+|has\s+)?(?:{verbs})\s+(?:up\s+to\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+)?$",
        re.I,
    )


@lru_cache(maxsize=1)
def _measured_around() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = frame_lexicons.counted()
    nouns = "|".join(
        sorted({f for w in lex.measured for f in frame_lexicons.inflections(w)}, key=lambda w: (-len(w), w))
    )
    kinds = "|".join(sorted(lex.measure_kinds, key=lambda w: (-len(w), w)))
    noun = rf"(?:(?P<kind>{kinds})\s+)?(?P<noun>{nouns})"
    of = re.compile(rf"\b{noun}\s+of\s+(?:up\s+to\s+|about\s+|nearly\s+|more\s+than\s+)?$", re.I)
    after = re.compile(rf"[\s-]+{noun}\b", re.I)
    return of, after


@lru_cache(maxsize=1)
def _measured_forms() -> tuple[str, ...]:
    """The forms of the measured nouns (``counted.yaml`` ``measured``) the measure patterns name, lower case."""
    return fewest(f.lower() for w in frame_lexicons.counted().measured for f in frame_lexicons.inflections(w))


def measured_subject(text: str, start: int, end: int | None = None) -> tuple[str, str | None] | None:
    """What a measure measures, as ``(noun lemma, kind)``, when a measured noun (``counted.yaml``
    ``measured``) is the subject of the measure verb before it ("Winds in Orla reached 70 mph" → ("wind",
    None); "sustained winds hit 95 mph" → ("wind", "sustained")), has it in an "of" phrase ("gusts of up
    to 80 mph") or follows it (``end``: "95 mph winds"); None otherwise."""
    clause = re.split(r"[.;:!?]", text[max(0, start - 80) : start])[-1]
    of, after = _measured_around()
    # both patterns before the figure hold a measured noun: most clauses before a measure hold none
    m = (_measured_subject().search(clause) or of.search(clause)) if may_hold(clause, _measured_forms()) else None
    if m is None and end is not None:
        m = after.match(text, end)
    if m is None:
        return None
    return frame_lexicons.lemma(m.group("noun")), (m.group("kind") or "").lower() or None


def named_events(sentence: str) -> frozenset[str]:
    """The named storms a sentence tells of ("Storm Ada's winds", "when Hurricane Belle struck"), as
    ``"storm:<name>"``: the nouns are the ``storm`` class of ``counted.yaml``."""
    nouns = [w for w, cls in frame_lexicons.counted().classes.items() if cls == "storm"]
    pattern = rf"\b(?:Tropical\s+)?(?:{'|'.join(n.capitalize() for n in nouns)})\s+([A-Z][a-z]+)\b"
    return frozenset(f"storm:{m.group(1).lower()}" for m in re.finditer(pattern, sentence))


def outcome_fits(outcome: str, counted: str | None) -> bool:
    """Whether an outcome class can happen to what a figure counts ("cut" lays off jobs, not cables)."""
    cls = next((c for c in frame_lexicons.outcomes() if c.name == outcome), None)
    if cls is None or not cls.counts:
        return True
    # a counted class is a lemma ("nurses" → "nurs"): the data's words are matched by their forms' lemmas
    return counted in {frame_lexicons.lemma(f) for w in cls.counts for f in frame_lexicons.inflections(w)} | cls.counts


@lru_cache(maxsize=1)
def _scope() -> re.Pattern[str]:
    forms = {f for w in frame_lexicons.counted().scopes for f in frame_lexicons.inflections(w)}
    nouns = "|".join(sorted(forms, key=lambda w: (-len(w), w)))  # ties by spelling: one text, cached
    return re.compile(
        r"\b(?:in|around|across|throughout|outside|beyond)\s+(?:the\s+|\d[\d,]*\s+|several\s+|many\s+|other\s+"
        rf"|neighbou?ring\s+|surrounding\s+|nearby\s+)?(?:[a-z]+\s+)?(?P<noun>{nouns})\b"
        r"|\b(?:around|across|throughout)\s+the\s+(?P<name>[A-Z][\w]+(?:\s+[A-Z][\w]+)*)"
        r"|\b(?P<word>worldwide|nationwide|globally|statewide|countrywide)\b"
    )


def scope_after(text: str, end: int, hi: int) -> str | None:
    """The area a figure is counted over, named in the words after it ("170,000 people in the province" →
    "province"; "230,000 people around the Indian Ocean" → "indian ocean"), up to the clause's end."""
    window = text[end : min(hi, end + 50)]
    cut = re.search(r"[;:()]|,\s|\.(?:\s|$)|\s(?:and|but|while|after|before|when)\s", window)
    window = window[: cut.start()] if cut else window
    m = _scope().search(window)
    if m is None:
        return None
    if m.group("noun"):
        return frame_lexicons.lemma(m.group("noun").lower())
    return (m.group("name") or m.group("word")).lower()


@lru_cache(maxsize=1)
def _site_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The site patterns of :func:`_site_part`, compiled when a sentence first holds a site noun (~4,800
    program words a one-article run without one does not need)."""
    lex = frame_lexicons.counted()
    sites = _alternation({f for w in lex.sites for f in (w, w + "s", w + "es")})
    cues = _alternation(lex.site_cues)
    site = re.compile(
        rf"\b(?:{cues})\s+(?P<det>a|an|the|one\s+of\s+(?:the|its|his|her|their)|its|his|her|their)\s+"
        rf"(?:[\w'’.-]+\s+){{0,3}}?(?P<site>{sites})\b",
        re.I,
    )
    plural = re.compile(rf"\b(?:{cues})\s+(?:[\w'’.-]+\s+){{0,3}}?(?P<site>{sites})\b", re.I)
    return site, plural


@lru_cache(maxsize=1)
def _part_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = frame_lexicons.counted()
    verbs = _alternation({f for w in lex.agent_verbs for f in frame_lexicons.inflections(w)} | {"saw", "seen"})
    origins = _alternation(lex.origin_nouns)
    agent = re.compile(
        rf"\b(?:she|he|I|we)\s+(?:(?:had|has|have|was|were)\s+)?(?:already\s+|personally\s+|herself\s+|himself\s+)?"
        rf"(?:{verbs})\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+|at\s+least\s+|over\s+)?$",
        re.I,
    )
    origin = re.compile(
        rf"(?:\s+[a-z-]+){{0,2}}?\s+from\s+(?:the\s+)?(?P<name>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?)"
        rf"\s+(?:{origins})\b",
        re.I,
    )
    return agent, origin


def part_of(sentence: str, start: int, end: int) -> str | None:
    """What makes the count at ``start``–``end`` of ``sentence`` a part of a larger toll: ``"agent"`` when
    one person counts it ("she had already treated 20 victims"), ``"from <place>"`` for a group from one
    place ("Two people from Zinbi village were hurt" → "from zinbi"), ``"site <noun>"`` when it is counted at
    one site ("40 people were killed at a UN school" → "site school"; "the attack on one of his schools
    killed 40"; "hit a UN school in the southern city of Khan Younis" → "site school in khan younis"). None for an overall count, or one over several sites ("the bombing of UN schools and of
    housing killed more than 50"). Lexicon: ``sites``, ``site_cues``, ``agent_verbs`` and ``origin_nouns``
    of ``counted.yaml``."""
    agent, origin = _part_patterns()
    if agent.search(sentence, max(0, start - 60), start):
        return "agent"
    m = origin.match(sentence, end)
    if m is not None and not _MOVED.search(sentence, max(0, start - 40), start):  # "evacuated 40 people from …"
        return f"from {m.group('name').lower()}"
    return _site_part(sentence)


@lru_cache(maxsize=256)
def _site_part(sentence: str) -> str | None:
    """``"site <noun>"`` when the sentence counts at one site (see :func:`part_of`), else None: read once per
    sentence, whichever of its counts asks (the site does not depend on where the count stands)."""
    # every site match holds a site noun of the lexicon: most sentences hold none
    if not may_hold(sentence, frame_lexicons.counted().sites):
        return None
    site, plural = _site_patterns()
    found = None
    for m in site.finditer(sentence):
        noun, several = _site_noun(m.group("site"))
        if not several or m.group("det").lower().startswith("one"):
            where = _SITE_PLACE.match(sentence, m.end())
            found = f"{noun} in {where.group(1).lower()}" if where else noun  # "a UN school in … Khan Younis"
            break
    if found is None:
        return None
    for m in plural.finditer(sentence):
        if _site_noun(m.group("site"))[1] and not re.search(r"\bone\s+of\b", m.group(0), re.I):
            return None  # "the bombing of UN schools … killed more than 50": several sites
    return f"site {found}"


#: the place a site is in, right after it: "a UN school in the southern city of Khan Younis"
_SITE_PLACE = re.compile(
    r"\s+in\s+(?:the\s+)?(?:(?:[a-z]+\s+){1,2}of\s+)?((?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?)"
)


#: verbs after which "from <place>" is where people were moved from, not the group they belong to
_MOVED = re.compile(r"\b(?:evacuat|rescu|mov|fle[de]|displac|carri|carry|pull|brought|took|airlift|ferr)\w*\b", re.I)


def _site_noun(word: str) -> tuple[str, bool]:
    """A site noun's singular and whether it was plural: "schools" → ("school", True), "bus" → ("bus", False)."""
    w, sites = word.lower(), frame_lexicons.counted().sites
    if w in sites:
        return w, False
    if w.endswith("es") and w[:-2] in sites:
        return w[:-2], True
    return w[:-1], True


@lru_cache(maxsize=1)
def _per_unit() -> re.Pattern[str]:
    words = "|".join(
        sorted((re.escape(w).replace(r"\ ", r"\s+") for w in frame_lexicons.counted().per_unit), key=len, reverse=True)
    )
    return re.compile(rf"\s+(?:{words})\b", re.I)


def per_unit(text: str, end: int) -> bool:
    """Whether the amount ending at ``end`` is a rate ("$23 million per season", "$5 a share"), not a total."""
    return bool(_per_unit().match(text, end))


_CHANGED_TO = re.compile(r"\bfrom\s+[^,;.]{0,30}?\d[^,;]{0,60}?\bto\s+(?:about\s+|nearly\s+|some\s+|around\s+)?$", re.I)


def changed_to(text: str, start: int) -> bool:
    """Whether the figure starting at ``start`` is the value a change ends at ("reducing its liabilities
    from $27.5 billion in unsecured debt to $9.2 billion"): the quantity at another time."""
    return bool(_CHANGED_TO.search(text, max(0, start - 120), start))


_CURRENCY_PREFIX = re.compile(r"\b(?:US|U\.S\.|USD|A|C|NZ|HK|S)\s?\$")


def without_currency_prefixes(text: str) -> str:
    """``text`` with currency prefixes made plain ("US$1.6 billion" → "$1.6 billion"), so that "US" is not
    read as a party of every amount in dollars."""
    return _CURRENCY_PREFIX.sub("$", text) if "$" in text else text  # every prefix ends with "$"


_PRONOUN_SUBJECT = re.compile(r"\s*(?:It|That|This|The\s+(?:quake|earthquake|storm|blast|attack|fire|flood))\s", re.I)


def other_event(sentence: str, previous: str = "") -> bool:
    """Whether a figure's sentence tells another event's outcome ("the last major quake … killed 612"),
    reading the previous sentence too when the figure's begins with a pronoun ("It killed 612 people")."""
    cues = frame_lexicons.counted().other_event_cues
    text = sentence.lower()
    if previous and _PRONOUN_SUBJECT.match(sentence):
        text = previous.lower() + " " + text
    return any(cue in text for cue in cues)


#: the toll a number is the value of: "the death toll stood at", "the toll from the Sellany earthquake rose to"
# Compiled on first use, when a sentence holds one of its words (``_TOLL_WORDS``).
_toll = on_first_use(
    r"\b(toll|number\s+of\s+\w+|tally\s+of\s+\w+)\s+(?:[\w'’-]+\s+){0,5}?(?:at|to|reached|was|is|of|hit|rose\s+to|stood\s+at)\s+$"
    # an outcome's plural noun as the subject of a change: "Deaths from the flood climbed to 14"
    r"|\b((?-i:[Dd])eaths|(?-i:[Ff])atalities|(?-i:[Cc])asualties|(?-i:[Ii])njuries)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:rose|climbed|jumped|grew|increased|reached|hit|stood|stands|rise|climb)\s+(?:to\s+|at\s+)?$"
)


#: words one of which every match of ``_toll()`` holds as written (the pattern is case-sensitive)
_TOLL_WORDS = ("toll", "number", "tally", "eaths", "atalities", "asualties", "njuries")


def _toll_before(text: str, start: int, reach: int) -> re.Match[str] | None:
    """``_toll()`` searched in the ``reach`` characters before ``start``: not at all when they hold none of
    its words (most figures follow no toll)."""
    lo = max(0, start - reach)
    window = text[lo:start]
    for w in _TOLL_WORDS:  # a loop, not any() over a generator: this runs once or twice per figure
        if w in window:
            return _toll().search(text, lo, start)
    return None


_PARTICLES = frozenset(("through", "across", "over"))


def outcome_before(text: str, start: int) -> tuple[str | None, bool]:
    """The outcome named by the verb right before a figure ("the fire destroyed 12 homes") or by a toll
    the figure is the value of ("the death toll stood at 31")."""
    toll = _toll_before(text, start, 50)
    if toll is not None:
        name, mono = outcome_in(toll.group(1) or toll.group(2), 3)
        if name:
            return name, mono
    head = text[max(0, start - 30) : start]
    words = frame_lexicons.WORD.findall(head)[-2:]
    # the verb right before: "destroyed 12 homes", "killed at least 5"; or before its particle: "burned through"
    words = words[:1] if len(words) == 2 and words[1].lower() in _PARTICLES else words[-1:]
    for w in words:
        name, mono = outcome_in(w, 1)
        if name and w[:1].islower():
            return name, mono
    return None, False


def toll_of(text: str, start: int) -> tuple[str | None, bool]:
    """The outcome of a toll a bare number is the value of ("the death toll stood at 62", "the death
    toll was 62"): a toll counts people; ``(None, False)`` when the number is no toll's value."""
    toll = _toll_before(text, start, 90)
    if toll is None:
        return None, False
    return outcome_in(toll.group(1) or toll.group(2), 3)


_CLAUSE_CUT = re.compile(r"[,.;]")
_MORE_THAN = re.compile(r"\bmore than\b|\bno more than\b")
_PARTIAL_AFTER = re.compile(r"\balone\b|\bof them\b|\bof whom\b|\brespectively\b")
_PARTIAL_RIGHT_AFTER = re.compile(r"\b(?:other|more|additional|further|new|also)\b")


def partial(text: str, start: int, end: int) -> bool:
    """A figure that is part of, or in addition to, another ("another four", "more than 1,000 … alone")."""
    near = text[max(0, start - 40) : start].lower()
    if "more than" in near:
        near = _MORE_THAN.sub("", near)
    if _PARTIAL.search(near[-25:]):
        return True
    after = text[end : end + 60]
    cut = _CLAUSE_CUT.search(after)
    after = after[: cut.start()] if cut else after
    if _PARTIAL_AFTER.search(after):
        return True
    right_after = " ".join(after.split(None, 2)[:2]).lower()  # the first two words: the rest is not split
    return bool(_PARTIAL_RIGHT_AFTER.search(right_after))  # "Three people also died"


_OF_BEFORE = re.compile(
    r"\b([a-z]+)\s+(?:of|at|totall?ing|worth|reaching)\s+(?:about\s+|nearly\s+|some\s+|almost\s+)?$"
)
_NOUN_AFTER = re.compile(r"[\s-]+(?:[a-z]+-)?([a-z]+)")


#: an estimate of a cost told with a verb and "at" before the amount ("put the cost of the link at",
#: "estimated the total cost at"); the thing costed is the "of" phrase
_put_at = on_first_use(
    r"\b(?:put|puts|putting|estimated?|estimates|estimating|set|sets|setting|placed?|places|placing)\s+"
    r"(?:the|its|their)\s+(?:total\s+|estimated\s+|overall\s+)?cost(?P<of>\s+of\s+[^.;:$]{1,60}?)?\s+at\s+"
    r"(?:about\s+|nearly\s+|some\s+|almost\s+|more\s+than\s+)?$"
)


#: the subject a cost verb is told of ("The Ostrava rail link will cost", "The depot beside it will cost"):
#: the words of its clause before the verb
_cost_verb = on_first_use(
    r"(?P<subject>(?:[\w’'-]+\s+){1,8}?)(?:will\s+|would\s+|could\s+|(?:is|are|was|were)\s+"
    r"(?:expected|set|likely|estimated)\s+to\s+)?"
    r"(?:cost|costs|costing)\s+(?:about\s+|nearly\s+|some\s+|almost\s+|an\s+estimated\s+|more\s+than\s+)?$"
)


#: where a subject's head noun phrase ends: a preposition or relative word after it
_AFTER_HEAD = re.compile(r"^(?:of|in|at|on|for|with|from|beside|near|by|along|across|to|that|which|who)$", re.I)
_COSTED_OF = re.compile(
    r"\bcost\s+of\s+(?:the|its|their|a|an)?\s*(?P<phrase>[^.;:$]{1,60}?)\s+(?:at|is|was|will|would|of)\b"
)


_NO_SUBJECT = frozenset(("it", "that", "this", "they", "which", "will", "would", "could", "also", "only", "now"))


def project_in(text: str, start: int) -> str | None:
    """The project noun (lemma) of the subject of the cost verb right before an amount ("The Venlo port
    expansion will cost $800 million" → "expansion"); None when the subject names no project."""
    clause = re.split(r"[.,;:!?—–]|\s(?:and|but|or|while)\s", text[max(0, start - 100) : start])[-1]
    m = _cost_verb().search(clause)
    if m is None:
        return None
    projects = frame_lexicons.counted().projects
    return next((lem for w in m.group("subject").split() if (lem := frame_lexicons.lemma(w.lower())) in projects), None)


def costed_thing(text: str, start: int) -> str | None:
    """What an amount told as a cost is the cost of, lemmatised: the subject of the cost verb ("the rail link
    will cost $8 billion" → "link") or the head of "the cost of …" before it ("put the cost of the rail link
    at $8 billion" → "link"); None when neither is written."""
    head = text[max(0, start - 100) : start]
    clause = re.split(r"[.,;:!?—–]|\s(?:and|but|or|while)\s", head)[-1]
    m = _cost_verb().search(clause)
    if m is not None and (project := project_thing(m.group("subject"))) is not None:
        return project  # "The expansion of the Venlo port will cost": the port's expansion
    if m is not None:
        words = m.group("subject").split()
        cut = next((i for i, w in enumerate(words) if i and _AFTER_HEAD.match(w)), len(words))
        subject = words[:cut]
        if subject and subject[-1].lower() not in _NO_SUBJECT:
            return frame_lexicons.lemma(subject[-1])
    m = _COSTED_OF.search(head)
    if m is not None:
        words = [w for w in re.findall(r"[A-Za-z-]+", m.group("phrase"))]
        if words:
            return frame_lexicons.lemma(words[-1])
    return None


#: words a project's phrase may open with or end at ("the planned expansion of the port will …")
_PROJECT_SKIP = frozenset(
    ("the", "a", "an", "its", "their", "his", "her", "this", "that", "new", "planned", "proposed")
)
#: prepositions after a project noun that tell what it is of
_PROJECT_OF = frozenset(("of", "to", "at", "on"))
#: the words that end a named thing or project ("the Venlo port expansion will cost …"): prepositions,
#: auxiliaries, relative pronouns and conjunctions
PHRASE_END = frozenset(
    (
        "on",
        "in",
        "at",
        "by",
        "for",
        "with",
        "from",
        "to",
        "was",
        "were",
        "is",
        "are",
        "has",
        "had",
        "will",
        "would",
        "that",
        "which",
        "and",
        "but",
    )
)
_PROJECT_END = PHRASE_END | frozenset(("could", "said", "says", "cost", "costs", "costing", "be"))
#: an amount right before its noun phrase (not "$8 billion, the expansion"): a project noun among its first words
_PROJECT_AFTER = re.compile(r"[\s-]+[A-Za-z]")


#: a present or past verb form after a noun ("begins", "started", "doubled")
_VERB_FORM = re.compile(r"^\w{2,}(?:[^suí'’]s|ed)$")  # not "bus", "gas", "campus", "access"


def project_thing(text: str) -> str | None:
    """What a project a money amount is the cost of is of, as lemmatised words with the head last: "Venlo
    port expansion" → "venlo port"; "expansion of the Venlo container port" → "venlo container port";
    "renovation of the library" → "library"; the project noun itself when nothing else tells it; None
    when ``text`` names no project (``counted.yaml`` ``projects``) before its clause ends."""
    words: list[str] = []
    for m in re.finditer(r"[\w'’-]+|[^\s\w]", text):
        w = m.group(0)
        after_project = bool(words) and frame_lexicons.lemma(words[-1].lower()) in frame_lexicons.counted().projects
        if after_project and w.lower() in _PROJECT_OF:
            words.append("of")  # "an upgrade to the Kell water plant", "a renovation at the library"
            continue
        if not w[:1].isalnum() or (words and w.lower() in _PROJECT_END):
            break
        words.append(w)
    lemmas = [frame_lexicons.lemma(w.lower()) for w in words]
    projects = frame_lexicons.counted().projects
    at = next((i for i, w in enumerate(lemmas) if w in projects), None)
    if at is None:
        return None
    if at + 1 < len(lemmas) and lemmas[at + 1] == "of":
        obj = lemmas[at + 2 :]
        # the object's noun phrase ends before a verb of the sentence: "of the Harwick library begins in July"
        tail = words[at + 2 :]
        verb = next((i for i, w in enumerate(tail) if i and w.islower() and _VERB_FORM.search(w)), None)
        obj = obj[:verb] if verb is not None else obj
    else:
        obj = lemmas[:at]
    obj = [w for w in obj if w not in _PROJECT_SKIP and not w[:1].isdigit()]
    return " ".join(obj) if obj else lemmas[at]


def money_holder(text: str, start: int, end: int) -> str | None:
    """What an amount of money is: "a loss of $8 billion" / "a $1.3 million deficit" → "loss" / "deficit"."""
    holders = frame_lexicons.counted().money_holders
    m = _OF_BEFORE.search(text, max(0, start - 40), start)
    if m and (m.group(1) in holders or frame_lexicons.lemma(m.group(1)) in holders):
        return frame_lexicons.lemma(m.group(1)) if frame_lexicons.lemma(m.group(1)) in holders else m.group(1)
    # every match names the "cost" it puts: a window without the word is not searched
    if text.find("cost", max(0, start - 100), start) >= 0 and _put_at().search(text, max(0, start - 100), start):
        return "cost"  # "put the cost of the rail link at $8 billion"
    if _PROJECT_AFTER.match(text, end):
        phrase = re.split(r"[,.;:(—–]", text[end : end + 60], maxsplit=1)[0]
        for word in re.findall(r"[A-Za-z][\w'’-]*", phrase)[:4]:
            if frame_lexicons.lemma(word) in frame_lexicons.counted().projects:
                return frame_lexicons.lemma(word)  # "the $8 billion Venlo port expansion"
    a = _NOUN_AFTER.match(text, end)
    if a:
        w = a.group(1)
        lem = frame_lexicons.lemma(w)
        if w in holders:
            return w
        if lem in holders:
            return None  # "US$1 billion contracts": a kind of amount, not one amount
    head = text[max(0, start - 60) : start]
    words = [frame_lexicons.lemma(w) for w in frame_lexicons.WORD.findall(head)[-4:]]
    for w in reversed(words):
        if w in holders:  # "the deficit is $1.2bn", "its budget stood at $3 million"
            return w
    return None


# "The Nordvik pipeline is " / "The Nordvik pipeline, engineers said, is": a named thing as the subject
_sized_subject = on_first_use(
    r"\b[Tt]he\s+(?P<name>(?:[A-Z][\w'’-]*\s+){1,3})(?P<head>[a-z]+)\s+(?:is|was|will\s+be|would\s+be|"
    r"(?P<along>stretches|stretched|spans|spanned)|measures|measured|stands|stood)\s+(?:about\s+|nearly\s+|some\s+|roughly\s+|"
    r"almost\s+|more\s+than\s+|less\s+than\s+)?$"
)


# "the 45-mile Nordvik pipeline": the size as a compound adjective of a named thing
_SIZED_AFTER = re.compile(r"\s+(?P<name>(?:[A-Z][\w'’-]*\s+){1,3})(?P<head>[a-z]+)\b")


def dimension_of(text: str, start: int, end: int) -> tuple[str, str, str | None] | None:
    """The named thing a measure of size is told of, as ``(name, head noun, dimension)``: "The Nordvik
    pipeline is 40 miles long" → ("Nordvik", "pipeline", "long") (the dimension an
    adjective of ``counted.yaml`` ``dimensions``), "the 45-mile Nordvik pipeline" → ("Nordvik",
    "pipeline", None). ``start``/``end`` are the measure's offsets in ``text``; None when no named
    thing is the subject or the head ("a 5-mile stretch", "winds of 70 mph")."""
    dims = frame_lexicons.counted().dimensions
    before = text[max(0, start - 80) : start]
    dim = re.match(r"\s+([a-z]+)\b", text[end : end + 20])
    m = _sized_subject().search(before)
    if m and dim and dim.group(1) in dims:
        return m.group("name").strip(), m.group("head"), dim.group(1)
    if m and m.group("along"):
        return m.group("name").strip(), m.group("head"), "long"  # "The Brenna bridge stretches 900 metres"
    if re.search(r"\b(?:[Tt]he)\s+$", before) and re.search(r"-[a-z]+$", text[start:end]):
        m = _SIZED_AFTER.match(text, end)
        if m:
            return m.group("name").strip(), m.group("head"), None
    return None


# a name or a noun phrase: "Harl County", "the city of Harl", "the school board"
_OWNER_NP = r"(?:[Tt]he\s+)?(?:[A-Za-z][\w-]*\s+(?:of\s+(?:the\s+)?)?){0,3}[A-Za-z][\w-]*"
_POSSESSOR_BEFORE = re.compile(rf"({_OWNER_NP})['’]s?\s+(?:[a-z-]+\s+)?$")
_DETERMINERS = ("a", "an", "the", "its", "their", "his", "her", "this", "that")


def _owner_name(phrase: str) -> str | None:
    """A holder's name lowercased without its article; None for a bare anaphor ("the city", "it")."""
    words = phrase.strip().split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if not words or (len(words) == 1 and words[0].islower()):
        return None  # "the city's deficit": the one named before, whichever it is
    return " ".join(w.lower() for w in words)


@lru_cache(maxsize=256)
def _holder_of(holder: str) -> re.Pattern[str]:
    """The holder noun's "of" phrase before a verb ("the deficit of Harl County is"), per holder noun."""
    return re.compile(
        rf"\b{re.escape(holder)}s?\s+(?:of|for)\s+({_OWNER_NP})\s+(?:is|was|stands|stood|reached|totals|totalled|totaled|came)\b"
    )


@lru_cache(maxsize=1)
def _owning_subject() -> re.Pattern[str]:
    """A sentence's subject and an owning verb of ``counted.yaml`` ("The school board faces a")."""
    verbs = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in frame_lexicons.counted().money_owner_verbs)
    return re.compile(rf"\s*({_OWNER_NP}?)\s+(?:{verbs})\s+(?:a|an|the)?\b")


def money_owner(sentence: str, start: int, holder: str) -> str | None:
    """Whose amount of money a sentence tells, lowercased: the possessor before it ("Harl's $3.1m
    deficit" → "harl"), the holder noun's "of" phrase ("the deficit of Harl County is $1.3 million" →
    "harl county") or the subject of an owning verb of ``counted.yaml`` ("The school board faces a $2
    million deficit" → "school board"). ``start`` is the amount's offset in ``sentence``; None when
    no holder is named or only an anaphor is ("its budget", "the city's deficit")."""
    head = sentence[max(0, start - 80) : start]
    # a possessor ends in an apostrophe: the pattern, tried at every word of the head, finds none without one
    m = _POSSESSOR_BEFORE.search(head) if "'" in head or "’" in head else None
    if m and m.group(1).split()[-1].lower() not in _DETERMINERS:
        return _owner_name(m.group(1))
    of = _holder_of(holder).search(head) if holder in head else None  # no pattern built for most
    if of:
        return _owner_name(of.group(1))
    sub = _owning_subject().match(sentence[:start])
    if sub and not re.search(r"[.;:]", sentence[sub.end() : start]):
        return _owner_name(sub.group(1))
    return None


_CONJUNCTION = re.compile(r"\s+(?:and|or)\s+")
_LEADING_CONJUNCTION = re.compile(r"^(?:and|or)\s+")


def list_items(items_text: str) -> list[str] | None:
    """The items of a list as news copy writes it, or None when its items cannot be told apart.

    Commas separate the items, so an "and" inside a comma-delimited item is part of it ("fish and chips,
    rice and peas, and bread and butter": 3); only the last item is joined by "and"/"or", after a comma
    (", and bread and butter": one item) or without one ("pay, hours and pensions": the last segment
    holds two). A last segment with two or more conjunctions and no comma before them is ambiguous
    ("…, rice and peas and bread and butter"): None. Without commas, one conjunction joins two items
    ("two from Kelso and one from Ayr"); more ("salt and vinegar and cheese and onion") is ambiguous: None.
    """
    segments = [x.strip() for x in items_text.split(",") if x.strip()]
    if not segments:
        return None
    if len(segments) == 1:
        parts = _CONJUNCTION.split(segments[0])
        return parts if len(parts) == 2 else None
    last = segments[-1]
    if _LEADING_CONJUNCTION.match(last):
        return [*segments[:-1], _LEADING_CONJUNCTION.sub("", last)]
    parts = _CONJUNCTION.split(last)
    if len(parts) == 1:
        return segments  # "A, B, C": no conjunction at all
    if len(parts) > 2:
        return None
    return [*segments[:-1], *parts]


#: the rest of a count's noun phrase and a colon, or a dash right after the noun, then the list up to the
#: sentence's end ("four demands — pay, hours and pensions"; not "— two more than X — and …", an aside)
_list_after = on_first_use(
    r"(?:(?:\s+(?!of\b|on\b)[a-z]+){0,4}:|(?:\s+[a-z]+){0,2}\s*(?:—|–|--?)(?=\s))\s*((?:[^.;—–-]|-(?!-|\s))+)"
    # the list ends the sentence, or a dash closes it before an attribution ("— the mayor said")
    r"(?=[.;]|$|\s*(?:—|–|--)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}(?:said|says|told|added)\b)"
)


#: an apposition of names right after a count's noun, closed by the same mark that opened it ("The five
#: candidates, Ames, Boyd and Cole, met"; "the four firms — Arlo, Brisk, Cato and Dunmore — bid"): names
#: only, so that an aside ("— two more than last year —") is no list
_NAME = r"(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,2}"


_names_after = on_first_use(
    rf"(?:\s+[a-z]+){{1,2}}\s*(?P<mark>,|—|–|--)\s*(?P<items>{_NAME}(?:,\s*{_NAME})*,?\s+(?:and|or)\s+{_NAME})"
    r"\s*(?P=mark)"
)


_WORDS_TO_MARK = re.compile(r"[a-z\s]*")
_LIST_MARKS = frozenset(",:—–-")
_SUBSET_BEFORE = re.compile(r"\b(?:of|among)\s+(?:the|its|their|all)\s+(?:\w+\s+)?$", re.I)


def listed_items(text: str, end: int, start: int | None = None) -> tuple[int, str] | None:
    """The items listed right after a count's noun phrase ("four priorities for next year: reading, school
    buses and roof repairs" → 3; "the five candidates, Ames, Boyd and Cole, met" → 3): ``(how many, the
    list text)``, or None when no list follows. A count chosen from ("Of the five candidates, Ames, …",
    the count starting at ``start``) lists a subset."""
    # both patterns cross only lower-case words and spaces to their mark (a comma or dash, a colon or
    # dash): a figure whose next other character is none of these lists nothing (most figures)
    crossed = _WORDS_TO_MARK.match(text, end)
    mark = crossed.end() if crossed is not None else len(text)
    if mark >= len(text) or text[mark] not in _LIST_MARKS:
        return None
    names = _names_after().match(text, end)
    if names is not None and not (start is not None and _SUBSET_BEFORE.search(text, max(0, start - 30), start)):
        items_text = names.group("items")
        named = list_items(items_text)
        return (len(named), items_text) if named is not None else None
    m = _list_after().match(text, end)
    if m is None:
        return None
    items_text = m.group(1).strip()
    split = list_items(items_text)
    if split is None:
        return None  # "salt and vinegar and cheese and onion": where one item ends is not told
    items = split
    if len(items) < 2 or any(len(x.split()) > 6 for x in items):
        return None  # a clause after the colon, not a list
    counts = [to_number(x.split()[0]) for x in items]
    if any(n is not None for n in counts):  # "six players: two defenders, a goalkeeper and a striker": 4
        return int(sum(n if n is not None else 1 for n in counts)), items_text
    return len(items), items_text


#: "seven-member board", "seven-member zoning board", "seven-member Lanwick zoning board": up to two names
#: and one lowercase word between the size and the body
_SIZE = re.compile(
    r"\b(\w+)[- ](?i:member|seat|judge|justice|person|strong)\b\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:[a-z]+\s+)?(\w+)"
)
#: "all seven members of the board"
_MEMBERS_OF = re.compile(
    r"\b(\w+)\s+(?:members|judges|justices|jurors|councillors|councilors|trustees|commissioners)\s+of\s+"
    r"(?:the\s+|its\s+)?((?:[\w'’-]+\s+){0,2}[\w'’-]+)"
)
_SIZE_OF = re.compile(
    r"\b(\w+)(?:,\s+which|,\s+with|\s+of|\s+with|\s+has|\s+had)?\s+(?:has\s+|had\s+)?(\w+)\s+"
    r"(?:members|judges|justices|jurors|councillors|councilors|trustees|commissioners|seats)\b",
    re.I,
)


_BODY_OF = re.compile(
    r"\b([a-z]+)\s+of\s+([a-z]+|\d{1,3})\b(?=\s+(?:voted|votes|split|approved|rejected|ruled|decided)\b)", re.I
)


#: words one of which every match holds: of ``_SIZE``; of ``_SIZE_OF`` and ``_MEMBERS_OF``; of ``_BODY_OF``
_SIZE_WORDS = ("member", "seat", "judge", "justice", "person", "strong")
_MEMBER_WORDS = fewest(
    ("members", "judges", "justices", "jurors", "councillors", "councilors", "trustees", "commissioners", "seats")
)
_VOTE_WORDS = ("voted", "votes", "split", "approved", "rejected", "ruled", "decided")


def body_size(text: str) -> tuple[float, str] | None:
    """The size of a voting body named in ``text`` ("the seven-member board" → 7, "a board of nine members")."""
    found = sized_body(text)
    return None if found is None else (found[0], found[1])


def sized_body(text: str) -> tuple[float, str, str] | None:
    """As :func:`body_size`, with the body's noun lemma: ``(size, the words, body)``; names may stand
    between the size and the noun ("the seven-member Lanwick zoning board" → 7, "board")."""
    bodies = frame_lexicons.counted().bodies
    # each pattern is tried only on a text holding a word every match of it holds: most sentences hold none
    for m in _SIZE.finditer(text) if may_hold(text, _SIZE_WORDS) else ():
        n = to_number(m.group(1))
        for w in m.group(0).split()[1:]:
            if n and frame_lexicons.lemma(w) in bodies:
                return n, m.group(0)[: m.group(0).index(w) + len(w)], frame_lexicons.lemma(w)
    for m in _SIZE_OF.finditer(text) if may_hold(text, _MEMBER_WORDS) else ():
        n = to_number(m.group(2))
        if n and frame_lexicons.lemma(m.group(1)) in bodies:
            return n, m.group(0), frame_lexicons.lemma(m.group(1))
    for m in _BODY_OF.finditer(text) if may_hold(text, _VOTE_WORDS) else ():  # "the board of seven voted 4-4"
        n = to_number(m.group(2))
        if n and 1 < n < 1000 and frame_lexicons.lemma(m.group(1).lower()) in bodies:
            return n, m.group(0), frame_lexicons.lemma(m.group(1).lower())
    for m in _MEMBERS_OF.finditer(text) if may_hold(text, _MEMBER_WORDS) else ():  # "All seven members of the board"
        n = to_number(m.group(1))
        for w in m.group(2).split():
            if n and 1 < n < 1000 and frame_lexicons.lemma(w.lower()) in bodies:
                return (
                    n,
                    m.group(0)[: m.group(0).index(w, m.start(2) - m.start()) + len(w)],
                    frame_lexicons.lemma(w.lower()),
                )
    return None


_game = on_first_use(
    r"\b(?:in|on|with)\s+(?:the\s+)?(?:a\s+)?(\w+)\s+(?:and\s+(?:final|deciding)\s+)?(?:game|match|leg|round)\b"
    r"|\b(?:in\s+)?game\s+(\d+|\w+)\b",
    re.I,
)


_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11,
}  # fmt: skip


def series_games(text: str) -> tuple[int, str] | None:
    """The game a series was decided in ("clinching it in the seventh game" → 7), when the text names one."""
    if not any(w in text.lower() for w in frame_lexicons.counted().series):
        return None
    for m in _game().finditer(text):
        word = (m.group(1) or m.group(2) or "").lower()
        n = _ORDINALS.get(word) or (int(word) if word.isdigit() else None)
        if n is None and m.group(2) and m.group(0)[:2].lower() == "in":
            cardinal = to_number(word)  # "in game six": a game's number in words
            n = int(cardinal) if cardinal is not None and cardinal == int(cardinal) else None
        if n:
            return n, m.group(0)
    return None


#: a series of at most N games ("the best-of-five series", "a best of seven final series") and what follows it
_BEST_OF = re.compile(r"\bbest[\s-]+of[\s-]+(?P<n>\d+|[a-z]+)\b(?P<rest>[^.;]*)", re.I)
_GAME_WORD = re.compile(r"\b(?:game|match|leg|round|set)\b", re.I)


def series_length(text: str, tally_at: int) -> tuple[int, str] | None:
    """The most games of the series a tally at ``tally_at`` of ``text`` is the result of ("won the best-of-five
    series 4-1" → ``(5, "best-of-five")``): the tally comes after "best-of-N … series" with no game named
    between ("won Game 3 of the best-of-seven series 5-1" is one game's score, None)."""
    for m in _BEST_OF.finditer(text, 0, tally_at):
        between = text[m.end("n") : tally_at]
        if m.end("n") > tally_at or "series" not in between.lower() or _GAME_WORD.search(between):
            continue
        if _GAME_WORD.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Game 3 of the best-of-seven series": a game's score
        n = to_number(m.group("n"))
        if n is not None and n == int(n) and n >= 1:
            return int(n), m.group(0)[: m.end("n") - m.start()]
    return None


def series_decided(text: str, before: int) -> bool:
    """Whether ``text`` up to ``before`` tells a series was decided ("won the best-of-five series"), not that
    it is still being played ("lead the best-of-seven series 2-1"): a verb of ``series_decided`` in
    ``comparisons.yaml``."""
    verbs = frame_lexicons.comparisons().series_decided
    return any(w.lower() in verbs for w in frame_lexicons.WORD.findall(text[:before]))


#: a breakdown of a total into groups: "Of the 40 injured, 25 were children and 22 were adults"
_BREAKDOWN = re.compile(
    r"\b(?i:of)\s+(?:the|its|their|all(?:\s+the)?|those)\s+(?P<total>\d{1,3}(?:,\d{3})+|\d+)\s+"
    r"(?P<noun>[a-z][\w-]*(?:\s+[\w'’-]+){0,7}?),\s+(?P<parts>[^.;]+)"
)


_breakdown_elided = on_first_use(
    r"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<n>\d{1,3}(?:,\d{3})+|\d+|[a-z]+(?:-[a-z]+)?)\s+(?P<group>[a-z]+)\b", re.I
)


_breakdown_part = on_first_use(
    r"(?:,\s+(?:and\s+)?|\s+and\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d+|[a-z]+(?:-[a-z]+)?)\s+(?:were|was|are)\s+"
    r"(?:(?:all|both|young|small|elderly)\s+)?(?P<group>[a-z]+)\b",
    re.I,
)


def breakdown(text: str, lo: int, hi: int) -> tuple[float, str, list[tuple[int, float, str]]] | None:
    """A total broken down into groups that cannot overlap, in ``text[lo:hi]`` ("Of the 40 injured, 25 were
    children and 22 were adults"): ``(total, its words, [(offset of a part's number, value, group), …])``,
    or None when no such breakdown is told, or its groups are of no one partition of ``comparisons.yaml``
    ("25 were hospitalised and 22 were children" may overlap)."""
    # every match holds a comma after its total's noun: most sentences with a count have none to search
    m = _BREAKDOWN.search(text, lo, hi) if text.find(",", lo, hi) >= 0 else None
    if m is None:
        return None
    parts: list[tuple[int, float, str]] = []
    at = m.start("parts")
    groups = frozenset().union(*frame_lexicons.comparisons().partitions)
    while (p := _breakdown_part().match(text, at, m.end("parts"))) is not None or (
        # a later part may leave its verb out ("25 were children and 22 adults"), if it names a group
        parts
        and (p := _breakdown_elided().match(text, at, m.end("parts"))) is not None
        and p.group("group").lower() in groups
    ):
        value = to_number(p.group("n"))
        if value is None:
            break
        parts.append((p.start("n"), value, p.group("group")))
        at = p.end()
    if len(parts) < 2 or not frame_lexicons.comparisons().disjoint([g for _, _, g in parts]):
        return None
    return float(m.group("total").replace(",", "")), m.group(0)[: m.end("noun") - m.start()], parts


def body_noun(text: str) -> str | None:
    """The voting body a clause names ("the seven-member board approved" → "board")."""
    bodies = frame_lexicons.counted().bodies
    for w in frame_lexicons.WORD.findall(text):
        lem = frame_lexicons.lemma(w)
        if lem in bodies and (w[:1].islower() or (w.istitle() and text.lstrip().startswith(w))):
            return lem  # "the board approved", or opening its clause: "Board members approved …"
    return None


_ARTICLE = r"(?i:the|a|an|its|their|his|her)\s+"
_WORDS = r"((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
#: "approved the new calendar 6-3", "voted to approve the levy by a 6-3 vote"
_MOTION_AFTER = re.compile(rf"\b([a-z]+)\s+{_ARTICLE}{_WORDS}(?=\s+(?:\d|by|on|in|at|after|for|with)\b|[,.;]|$)")
#: an action noun's object after a vote verb: "approved the sale of the Dunn annex"
_motion_of = on_first_use(
    r"\b([a-z]+)\s+(?:the|a|an|its|their)\s+([a-z]+)\s+of\s+(?:(?:the|a|an|its|their)\s+)?"
    r"((?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w-]*)(?=\s+(?:\d|by|on|in|at|after|for|with)\b|[,.;]|$)"
)


#: the action a vote decides, told as a purpose: "voted 6-3 to close the Ashby library"
_motion_to = on_first_use(
    r"\bto\s+([a-z]+)\s+(?:(?:the|a|an|its|their)\s+)?((?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w-]*)"
    r"(?=\s+(?:\d|by|on|in|at|after|for|with|passed|was|were|is|will|and|had|has)\b|[,.;]|$)"
)


#: "The calendar was approved 5-4"
_MOTION_BEFORE = re.compile(rf"\b{_ARTICLE}{_WORDS}\s+(?:was|were|had\s+been|has\s+been)\s+([a-z]+)")


def vote_motion(clause: str) -> tuple[bool, str | None]:
    """Whether a clause tells a vote (a vote verb of ``counted.yaml``), and the motion voted on, its words
    lemmatised, head last ("approved the new calendar 6-3" → "new calendar"; "The calendar was approved
    5-4" → "calendar"); None for a motion told by an anaphor ("The measure passed 5-4") or not told."""
    lex = frame_lexicons.counted()
    verbs = lex.vote_verbs
    voted = any(frame_lexicons.lemma(w.lower()) in verbs for w in frame_lexicons.WORD.findall(clause))
    if not voted:
        return False, None
    for m in _motion_of().finditer(clause):
        action = lex.action_nouns.get(m.group(2).lower())
        if frame_lexicons.lemma(m.group(1)) in verbs and action:
            # "approved the sale of the Dunn annex 5-2": one motion with "voted 4-3 to sell the Dunn annex"
            return True, " ".join([*(frame_lexicons.lemma(w.lower()) for w in m.group(3).split()), action])
    for m in _MOTION_BEFORE.finditer(clause):
        if frame_lexicons.lemma(m.group(2)) in verbs:
            return True, _motion_head(m.group(1), lex)
    for m in _MOTION_AFTER.finditer(clause):
        if frame_lexicons.lemma(m.group(1)) in verbs:
            return True, _motion_head(m.group(2), lex)
    to = _motion_to().search(clause)
    if to is not None and frame_lexicons.lemma(to.group(1)) not in verbs:
        # "voted 6-3 to close the Ashby branch library", "The decision to close the Ashby branch library
        # passed 7-2": the action is the head, so that closing and selling one library are two motions
        obj = [frame_lexicons.lemma(w.lower()) for w in to.group(2).split()]
        return True, " ".join([*obj, frame_lexicons.lemma(to.group(1))])
    return True, None


def motion_anaphor(clause: str) -> bool:
    """Whether a clause names a motion by an anaphor of ``counted.yaml`` ("The measure passed 7-2")."""
    nouns = frame_lexicons.counted().motion_anaphors
    return any(frame_lexicons.lemma(w) in nouns for w in frame_lexicons.WORD.findall(clause) if w[:1].islower())


def _motion_head(words: str, lex: frame_lexicons.CountedLexicon) -> str | None:
    """The motion's words, lemmatised, head last ("new bus contract"; an action noun as its verb: "library
    closure" → "library close", as "to close the library" is read); None for an anaphor ("the measure")."""
    lemmas = [frame_lexicons.lemma(w.lower()) for w in words.split()]
    if lemmas[-1] in lex.motion_anaphors or lemmas[-1] in lex.bodies:
        return None
    action = lex.action_nouns.get(words.split()[-1].lower()) or lex.action_nouns.get(lemmas[-1])
    return " ".join([*lemmas[:-1], action or lemmas[-1]])


def series_noun(text: str) -> str | None:
    """The series a tally is of ("won the regional final series 3-2" → "series")."""
    series = frame_lexicons.counted().series
    for w in frame_lexicons.WORD.findall(text):
        if w.lower() in series:
            return w.lower()
    return None


_SHARES: dict[str, tuple[float, float]] = {
    "more than half": (0.5 + 1e-9, 1.0), "over half": (0.5 + 1e-9, 1.0), "a majority": (0.5 + 1e-9, 1.0),
    "most": (0.5 + 1e-9, 1.0), "less than half": (0.0, 0.5 - 1e-9), "fewer than half": (0.0, 0.5 - 1e-9),
    "a minority": (0.0, 0.5 - 1e-9), "half": (0.45, 0.55), "a third": (0.28, 0.39), "one third": (0.28, 0.39),
    "two-thirds": (0.61, 0.72), "two thirds": (0.61, 0.72), "a quarter": (0.2, 0.3), "one quarter": (0.2, 0.3),
    "three-quarters": (0.7, 0.8), "three quarters": (0.7, 0.8), "nearly half": (0.4, 0.5), "almost half": (0.4, 0.5),
}  # fmt: skip
_SHARE = re.compile(
    r"\b("
    + "|".join(sorted(map(re.escape, _SHARES), key=len, reverse=True))
    + r")\b|\b(\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|ten|eleven|twelve"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teen)\s*(?:%|percent|per\s+cent)",
    re.I,
)
#: words one of which every match of ``_SHARE`` contains (its share words; "%", "percent", "per cent")
_SHARE_WORDS = ("%", "cent", "half", "majority", "most", "minority", "third", "quarter")
_PART_OF = re.compile(r"\s+(?:of|out\s+of)\s+(?:the|its|their|all|a\s+total\s+of)?\s*(\d[\d,]*)\b")


def share_of(text: str, end: int, lo: int, hi: int) -> tuple[float, float, float, str] | None:
    """A part "N of the M" whose sentence also states its share ("18 of the 40 members, more than half";
    "12 of the 50 residents, or 40 percent"): ``(M, least share, most share, the share's words)``."""
    m = _PART_OF.match(text, end)
    if m is None:
        return None
    total = float(m.group(1).replace(",", ""))
    share = _SHARE.search(text, lo, hi)
    if share is None or total <= 0:
        return None
    if share.group(1):
        low, high = _SHARES[share.group(1).lower()]
    else:
        p = (to_number(share.group(2)) or 0.0) / 100
        low, high = p - 0.006, p + 0.006  # a percentage rounded to the unit
    return total, low, high, share.group(0)


def _alternation(words: object) -> str:
    # longest first, ties by spelling: the same pattern text in every process, so the regex cache keeps it
    return "|".join(sorted((re.escape(str(w)).replace(r"\ ", r"\s+") for w in words), key=lambda w: (-len(w), w)))  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def _comparison() -> re.Pattern[str]:
    lex = frame_lexicons.comparisons()
    return re.compile(
        # the rest of the figure's noun phrase (no other number), then the comparative
        r"[^,.;:()\d]{0,70}?(?:,\s*|\s+)(?:(?:which\s+|that\s+)?(?:is|was|were|are|being)\s+"
        # "…, making it longer than"; "The van, built for 12 people, seats fewer than" (a verb after an apposition)
        r"|making\s+(?:it|them|this|that)\s+|(?<=,\s)(?P<verb>(?-i:[a-z]+s))\s+(?=(?:more|fewer|less)\s+than\b))?"
        rf"(?:{_DEGREE})?"
        rf"(?:(?P<mult>{_alternation(lex.multipliers)})\s+as\s+(?:{_alternation(lex.as_words)})\s+as"
        rf"|(?P<cmp>{_alternation(lex.more | lex.less)})\s+than)"
        rf"\s+(?P<det>{_COMPARED_DETERMINER})?",
        re.I,
    )


#: an adverb between the verb and the comparative: "is now longer than", "seats far fewer than"
_DEGREE = r"(?:now|still|already|also|much|far|slightly|even|considerably|significantly)\s+"

#: what may open the compared side before its figure: a determiner ("than the 55", "than its previous
#: record of 40") or a possessive ("than last year's $3.2 million", "than the old wing's 350 beds")
_COMPARED_DETERMINER = (
    r"(?:(?:(?:the|its|their|last|this|next)\s+)?(?:[\w-]+\s+)?[\w-]+['’]s\s+"
    r"|(?:the|its|their|his|her|that|those|a|an)\s+(?:previous\s+|earlier\s+|record\s+)?)"
)


@lru_cache(maxsize=1)
def _fronted_comparison() -> re.Pattern[str]:
    lex = frame_lexicons.comparisons()
    return re.compile(
        # the figure's own unit words, the comma closing the fronted phrase, the subject, a verb
        r"(?:\s+[a-z-]+){0,3}?,\s+(?P<subject>(?:the|its|their|this|a|an)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+"
        r"|(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}))\s+"  # "the new trail", "Mara Quill"
        r"(?:(?:is|was|are|were|will\s+be|would\s+be|remains|remained)\s+"
        r"|(?:(?:has|have|had|will|would)\s+)?(?P<verb>(?-i:[a-z]+))\s+)?"
        rf"(?:{_DEGREE})?"
        rf"(?P<cmp>{_alternation(lex.more | lex.less)})\s+than\s+(?P<det>{_COMPARED_DETERMINER})?",
        re.I,
    )


@lru_cache(maxsize=1)
def _pronoun_comparison() -> re.Pattern[str]:
    lex = frame_lexicons.comparisons()
    return re.compile(
        r"\s*(?P<subject>(?-i:It|That|This))\s+(?:is|was|will\s+be|would\s+be|makes\s+it|made\s+it)\s+"
        rf"(?:{_DEGREE})?(?P<cmp>{_alternation(lex.more | lex.less)})\s+than\s+(?P<det>{_COMPARED_DETERMINER})",
        re.I,
    )


def pronoun_comparison(text: str, at: int) -> tuple[str, float, float, int, str, str] | None:
    """The comparison the sentence opening at ``at`` makes of the figure the sentence before ended with, its
    subject a pronoun: "The new trail runs 40 miles. It is longer than the old one, which ran 40 miles" →
    ``("more", 1, inf, where the other figure may start, "It is longer than the", "longer")``; None when
    the sentence opens otherwise or compares no determined thing ("It is longer than 40 miles")."""
    m = _pronoun_comparison().match(text, at)
    if m is None:
        return None
    cmp = " ".join(m.group("cmp").lower().split())
    sense = "more" if cmp in frame_lexicons.comparisons().more else "less"
    return sense, 1.0, float("inf"), m.end(), text[m.start("subject") : m.end()].strip(), cmp


def sentence_end(text: str, at: int) -> int:
    """The end of the sentence opening at ``at`` (after its full stop), or of ``text``."""
    m = re.compile(r"[.!?](?=\s|$)").search(text, at)
    return m.end() if m else len(text)


def fronted_comparison(text: str, lo: int, start: int, end: int) -> tuple[str, float, float, int, str, str] | None:
    """The comparison a sentence makes of its subject when the subject's figure is told in a phrase put
    before it: "At 40 miles, the new trail is longer than the old one, which ran 40 miles" (the figure
    at ``start``–``end``, the sentence opening at ``lo``) → ``("more", 1, inf, where the other figure may
    start, "the new trail is longer than the", "longer")``; "Built for 12 people, the new van seats
    fewer than the old, …" alike. None when the figure does not open the sentence after a preposition
    of the lexicon's ``fronted`` list (and at most one participle before it) or a participle alone
    ("Seating 48 passengers, …"), or no comparative of the subject follows."""
    lex = frame_lexicons.comparisons()
    lead = text[lo:start].lower().split()
    if len(lead) == 1 and lead[0].endswith("ing") and lead[0] not in lex.fronted:
        lead = [lead[0], "with"]  # "Seating 48 passengers, …", "Measuring 300 metres, …": a participle alone
    if not lead or lead[-1] not in lex.fronted or len(lead) > 2:
        return None
    if len(lead) == 2 and not (lead[0].endswith(("ed", "ing", "en")) or lead[0] in frame_lexicons.irregular()):
        return None  # "Built for 12 people", "Measured at 40 miles", not "Last at 40"
    m = _fronted_comparison().match(text, end)
    if m is None:
        return None
    if not m.group("det"):
        return None  # "the ward holds more than 250 patients": the next figure's qualifier, no compared entity
    cmp = " ".join(m.group("cmp").lower().split())
    sense = "more" if cmp in lex.more else "less"
    words = text[m.start("subject") : m.end()].strip()
    return sense, 1.0, float("inf"), m.end(), words, cmp


def comparison_after(text: str, end: int) -> tuple[str, float, float, int, str] | None:
    """The comparison a figure ending at ``end`` makes with a figure right after it: "40 nurses, more than
    the 55 …" → ``("more", 1, inf, where the other figure may start, "more than the")``; "300 applications,
    twice as many as the 200 …" → ``("times", 1.8, 2.2, …)``; None when none follows. "more than" with no
    determiner before the number is the other figure's qualifier ("12 dead, more than 40 hurt"), not a
    comparison."""
    m = _comparison().match(text, end)
    if m is None:
        return None
    if m.group("cmp") and not text[end : m.start("cmp")].strip():
        return None  # "200 feet longer than the old one": the difference, not the figure of the thing compared
    words = text[m.start("mult") if m.group("mult") else m.start("cmp") : m.end()].strip()
    if m.group("cmp"):
        if not m.group("det"):
            return None
        sense = "more" if " ".join(m.group("cmp").lower().split()) in frame_lexicons.comparisons().more else "less"
        return sense, 1.0, float("inf"), m.end(), words
    low, high = frame_lexicons.comparisons().multipliers[" ".join(m.group("mult").lower().split())]
    return "times", low, high, m.end(), words


@lru_cache(maxsize=1)
def _apposed_comparison() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = frame_lexicons.comparisons()
    before = re.compile(
        rf"\s*(?:(?P<mult>{_alternation(lex.multipliers)})\s+as\s+(?:{_alternation(lex.as_words)})"
        rf"|(?P<cmp>{_alternation(lex.more | lex.less)}))\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+,\s*",
        re.I,
    )
    after = re.compile(rf",\s+(?:[\w'’-]+\s+){{0,5}}?(?:than|as)\s+(?P<det>{_COMPARED_DETERMINER})", re.I)
    return before, after


def apposed_comparison(text: str, lo: int, start: int, end: int) -> tuple[str, float, float, int, str] | None:
    """The comparison a sentence opens with when its figure stands in apposition to the compared noun
    phrase: "Fewer people voted, 4,200, than the 3,900 who voted in 2019" (the figure at ``start``–``end``,
    the sentence opening at ``lo``) → ``("less", 1, inf, where the other figure may start, "Fewer people
    voted, … than the")``; "Twice as many people, 40, came to the meeting as the 25 …" → ``("times", 1.8,
    2.2, …)``. None when the sentence does not open so, or no determined thing is compared after it."""
    before, after = _apposed_comparison()
    b = before.fullmatch(text, lo, start)
    a = after.match(text, end) if b is not None else None
    if b is None or a is None:
        return None
    words = f"{text[b.start('mult') if b.group('mult') else b.start('cmp') : start].strip()} … {text[a.start() + 1 : a.end()].strip()}"
    lex = frame_lexicons.comparisons()
    if b.group("cmp"):
        sense = "more" if " ".join(b.group("cmp").lower().split()) in lex.more else "less"
        return sense, 1.0, float("inf"), a.end(), words
    low, high = lex.multipliers[" ".join(b.group("mult").lower().split())]
    return "times", low, high, a.end(), words


@lru_cache(maxsize=1)
def _difference() -> re.Pattern[str]:
    lex = frame_lexicons.comparisons()
    return re.compile(
        # the counted noun may stand between a count and the comparative: "12 beds fewer than the old ward"
        rf"(?:\s+(?-i:[a-z]+))?\s+(?P<cmp>{_alternation(lex.more | lex.less)})\s+than\s+(?P<det>{_COMPARED_DETERMINER})",
        re.I,
    )


#: what opens a stated difference's sentence or joins it to its subject: "It is", "The new one was", ", is"
_difference_subject = on_first_use(
    r"(?:(?P<pronoun>\b(?-i:It|That|This)\s+)|\b)(?:is|was|are|were|will\s+be|runs|ran|stands|measures|has|had|have|holds|held|seats|seated|carries|carried|lasts|lasted|costs|cost)\s+$",
    re.I,
)


def difference_after(text: str, lo: int, start: int, end: int) -> tuple[str, int, str, bool] | None:
    """A difference stated with a comparative right after it ("It is 200 feet longer than the old one, which
    was 1,100 feet": the figure "200 feet" at ``start``–``end``, its sentence opening at ``lo``) →
    ``("more", where the compared thing's figure may start, "200 feet longer than the", whether the subject is
    a pronoun opening the sentence, so that its figure is the sentence before's)``; None otherwise."""
    m = _difference().match(text, end)
    subject = _difference_subject().search(text, max(lo, start - 30), start) if m is not None else None
    if m is None or subject is None:
        return None
    pronoun = subject.group("pronoun") is not None
    if pronoun and text[lo : subject.start("pronoun")].strip():
        return None  # "… and it is 200 feet longer": not the sentence's opening pronoun
    cmp = " ".join(m.group("cmp").lower().split())
    sense = "more" if cmp in frame_lexicons.comparisons().more else "less"
    return sense, m.end(), text[start : m.end()].strip(), pronoun


_QUALIFIED = re.compile(r"\b(?:about|around|roughly|nearly|almost|some|approximately|close\s+to)\s+$", re.I)


def _share_bounds(words: str, before: str) -> tuple[float, float]:
    m = _SHARE.fullmatch(words.strip())
    if m is not None and m.group(1):
        return _SHARES[m.group(1).lower()]
    p = (to_number(m.group(2)) or 0.0) / 100 if m is not None else 0.0
    slack = 0.05 if _QUALIFIED.search(before) else 0.006  # "about 40 percent": a share rounded loosely
    return p - slack, p + slack


_NUM = r"(\d{1,3}(?:,\d{3})+|\d+)"
_DETERMINER = r"(?:the|its|their|all(?:\s+the)?|(?:the\s+)?[\w-]+['’]s)"  # "of the town's 3,000 residents"
_ABOUT = r"(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+|around\s+)?"
#: an amount of money is a total and a part as a count is: "Of the $40,000 raised, $15,000"; "£15,000", "€2 million"
_MONEY = "(?:" + "|".join(map(re.escape, CURRENCY_SYMBOLS)) + ")?"
_MONEY_WORD = r"(?:\s+(?:" + "|".join(CURRENCY_WORDS) + r"))?"
#: a number as written, with its decimals and magnitude word ("15", "40,000", "$1.5 million")
_AMOUNT = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_MAGNITUDES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9}
_TOTAL = rf"(?P<total>{_AMOUNT})(?:\s+(?P<tmag>{'|'.join(_MAGNITUDES)})\b)?"
_PART = rf"(?P<part>{_ABOUT}{_MONEY}{_AMOUNT}(?:\s+(?:{'|'.join(_MAGNITUDES)}))?{_MONEY_WORD})\b"


@lru_cache(maxsize=1)
def _stated_shares() -> tuple[re.Pattern[str], ...]:
    """The patterns of a share of a total stated with the part it comes to (:func:`stated_shares`), compiled on
    first use: only a sentence that names a share (:func:`names_share`) is read with them, and a run over one
    article that names none would compile ~17,000 program words for nothing."""
    return (
        # "40 percent of the 200 members, or 95, voted"; "more than half of the 300 residents, 120, left"
        re.compile(
            rf"(?P<share>{_SHARE.pattern})\s+of\s+{_DETERMINER}\s+{_MONEY}{_TOTAL}\s+"
            rf"(?:[\w'’-]+\s+){{0,6}}?[\w'’-]+,\s+(?:(?P<or>or)\s+|that\s+is\s+)?{_PART}(?=,|\)|\s+[-–—]|\s+(?!of\b)[a-z])",
            re.I,
        ),
        # "Of the 200 members, 40 percent, or 95, voted to strike"
        re.compile(
            rf"\bof\s+{_DETERMINER}\s+{_MONEY}{_TOTAL}\s+(?:[\w'’-]+\s+){{0,6}}?[\w'’-]+,\s+"
            rf"{_ABOUT}(?P<share>{_SHARE.pattern}),\s+(?:(?P<or>or)\s+)?{_PART}(?=,|\)|\s+[-–—]|\s+(?!of\b)[a-z])",
            re.I,
        ),
        # "Of the 40 workers at the plant, 15, more than half, voted"; "Of the $40,000 raised, $15,000, more than half,";
        # "Of the $2 million raised, $1.2 million, or 40 percent, came"; "Of the 300 nurses, 150 — 60 percent — joined"
        re.compile(
            rf"\bof\s+{_DETERMINER}\s+{_MONEY}{_TOTAL}\s+(?:[\w'’-]+\s+){{0,6}}?[\w'’-]+,\s+"
            rf"{_PART}(?:,\s+(?:or\s+)?|\s*[—–]\s*){_ABOUT}(?P<share>{_SHARE.pattern})\s*[,.;)—–]",
            re.I,
        ),
        # "Businesses paid $1.2 million of the $2 million raised, or 40 percent."
        re.compile(
            rf"(?<![\w.,$£€¥₹]){_PART}\s+of\s+{_DETERMINER}\s+{_MONEY}{_TOTAL}\s+(?:[\w'’-]+\s+){{0,4}}?[\w'’-]+,\s+"
            rf"(?:or\s+)?{_ABOUT}(?P<share>{_SHARE.pattern})\s*[,.;)]",
            re.I,
        ),
        # "The levy raised $2 million, with businesses paying 40 percent, or $1.2 million."
        re.compile(
            rf"{_MONEY}{_TOTAL}\b,\s+with\s+(?:[\w'’-]+\s+){{1,4}}?{_ABOUT}(?P<share>{_SHARE.pattern}),\s+"
            rf"(?:(?P<or>or)\s+)?{_PART}(?=,|\.|\)|\s+[-–—]|\s+(?!of\b)[a-z]|$)",
            re.I,
        ),
        # "Of the 40 workers at the plant, 15 voted to strike, more than half."
        re.compile(
            rf"\bof\s+{_DETERMINER}\s+{_MONEY}{_TOTAL}\s+(?:[\w'’-]+\s+){{0,6}}?[\w'’-]+,\s+"
            rf"{_PART}\s+(?:[\w'’-]+\s+){{0,5}}?[\w'’-]+,\s+{_ABOUT}(?P<share>{_SHARE.pattern})\s*[.;]",
            re.I,
        ),
        # "raised $40,000, more than half of it, $15,000, from one donor"
        re.compile(
            rf"{_MONEY}{_TOTAL}\b,\s+{_ABOUT}(?P<share>{_SHARE.pattern})\s+of\s+(?:it|that|them|those),\s+"
            rf"(?:(?P<or>or)\s+)?{_PART}(?=,|\)|\s+[-–—]|\s+(?!of\b)[a-z])",
            re.I,
        ),
    )


@lru_cache(maxsize=1)
def _anaphoric_share() -> re.Pattern[str]:
    """A share of a total told before ("raised $40,000. More than half of that, $15,000, came from one
    donor"), compiled on first use as :func:`_stated_shares` are."""
    return re.compile(
        rf"(?P<share>{_SHARE.pattern})\s+of\s+(?:that|it|this|them|those|the\s+(?:total|sum|money|amount|figure))"
        rf"(?:\s+(?:total|sum|amount|figure))?,\s+(?:(?P<or>or)\s+)?{_PART}(?=,|\)|\s+[-–—]|\s+(?!of\b)[a-z])",
        re.I,
    )


def names_share(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` names a share ("40 percent", "half", "a third"): :func:`stated_shares` and
    :func:`anaphoric_shares` find nothing in a sentence that names none."""
    part = text[lo:hi]
    # "cent" alone is in "recent", "century", "innocent": a share's "cent" is "percent" or "per cent"
    if not may_hold(part, _SHARE_NAMES) and not ("cent" in part.lower() and _PER_CENT.search(part)):
        return False
    return _SHARE.search(text, lo, hi) is not None


#: words one of which every match of ``_SHARE`` contains, but for those written "per cent"
_SHARE_NAMES = ("%", "percent", "half", "majority", "most", "minority", "third", "quarter")
_PER_CENT = re.compile(r"per\s+cent", re.I)


def anaphoric_shares(text: str, lo: int, hi: int, *, named: bool = False) -> list[tuple[int, float, float, str]]:
    """A share of a total told before the sentence, with the part it comes to ("More than half of that,
    $15,000, came from one donor"): ``(offset of the part, least share, most share, the share's words)``
    each; the total is the amount told last before (see the quantities linker). ``named``: the caller has
    found that the sentence names a share (:func:`names_share`)."""
    out: list[tuple[int, float, float, str]] = []
    if not named and not names_share(text, lo, hi):
        return out
    for m in _anaphoric_share().finditer(text, lo, hi):
        share = m.group("share")
        low, high = _share_bounds(share, text[max(0, m.start("share") - 20) : m.start("share")])
        out.append((m.start("part"), low, high, share))
    return out


def stated_shares(text: str, lo: int, hi: int, *, named: bool = False) -> list[tuple[int, float, float, float, str]]:
    """A share of a total stated with the part it comes to, in ``text[lo:hi]`` ("40 percent of the 200
    members, or 95"; "Of the 200 members, 40 percent, or 95"; "more than half of the 300 residents,
    120,"): ``(offset of the part's number, total, least share, most share, the share's words)`` each.
    ``named``: the caller has found that the sentence names a share (:func:`names_share`)."""
    out: list[tuple[int, float, float, float, str]] = []
    if not named and not names_share(text, lo, hi):
        return out  # no share named in the sentence
    for pattern in _stated_shares():
        for m in pattern.finditer(text, lo, hi):
            share = m.group("share")
            low, high = _share_bounds(share, text[max(0, m.start("share") - 20) : m.start("share")])
            total = float(m.group("total").replace(",", "")) * _MAGNITUDES.get((m.group("tmag") or "").lower(), 1)
            if total > 0:
                out.append((m.start("part"), total, low, high, share))
    return out


_AGE_BEFORE = re.compile(
    r"\b(?:(?P<age>aged|at\s+age|at\s+the\s+age\s+of)|(?<![Tt]here\s)(?:was|were))\s+(?:only\s+|just\s+|barely\s+)?$",
    re.I,
)
_AGE_AFTER = re.compile(r"(?:\s+years?\s+old|\s+years\s+of\s+age)?,?\s+(?:when|as)\b|\s+in\s+(?:1[89]|20)\d\d\b", re.I)
_BORN = re.compile(r"\bborn\b", re.I)


def age_at_event(text: str, start: int, end: int) -> bool:
    """A bare number that is a person's age at an event of the sentence ("was 30 when he founded the firm
    in 1990", "at the age of 30 in 1990")."""
    if re.match(r"age\s", text[start:end], re.I) and re.search(r"\bat\s+$", text[max(0, start - 4) : start]):
        return True  # a figure read with its cue: "at age 28"
    before = _AGE_BEFORE.search(text, max(0, start - 20), start)
    return bool(before and (before.group("age") or _AGE_AFTER.match(text, end)))


def is_birth(event: str | None) -> bool:
    """Whether a date's event is a birth ("Vellard, who was born", "born in March 1961")."""
    return bool(event and _BORN.search(event))


def kin_in(text: str) -> bool:
    """Whether ``text`` names a relative ("his son", "her mother"): a birth date read across it is theirs."""
    kin = frame_lexicons.comparisons().kin
    return any(w.lower() in kin for w in frame_lexicons.WORD.findall(text))


__all__ = [
    "age_at_event",
    "anaphoric_shares",
    "apposed_comparison",
    "body_noun",
    "body_size",
    "breakdown",
    "changed_to",
    "comparison_after",
    "counted_class",
    "difference_after",
    "fronted_comparison",
    "is_birth",
    "kin_in",
    "list_items",
    "listed_items",
    "money_holder",
    "names_share",
    "other_event",
    "outcome_before",
    "outcome_fits",
    "outcome_in",
    "part_of",
    "partial",
    "per_unit",
    "pronoun_comparison",
    "scope_after",
    "sentence_end",
    "series_decided",
    "series_games",
    "series_length",
    "series_noun",
    "share_of",
    "stated_shares",
    "without_currency_prefixes",
]
