"""Outcome phrases with slots: whom an outcome is stated of, and what a plea answers.

Plain-text functions over tokens of a string (offsets index the string given); they read the
polarity lexicon (``polarity.yaml``) and the people lexicon's role words, and import nothing of
the engine. A phrase of the polarity lexicon may hold a slot:

- ``<person>``: the person an active verb acts on ("a jury acquitted former sergeant Colm Dorn",
  "Pelt Rovers fired Dario Fenn"): the outcome is stated of that person, not of the jury or the
  employer that is the verb's subject.
- ``<charge>``: what a plea answers ("denied stealing", "denied a separate charge of forgery").
- ``<chamber>``: the body a motion passes or fails in when the motion is the subject ("The bill
  passed the Senate", "died in committee"): the decision is the chamber's, the bill what it concerns.

:func:`match_phrase` matches one phrase at a token; :func:`about` gives what an outcome concerns as
written, for messages ("misconduct in public office").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from checker.language import frame_lexicons, lexicons

PERSON = "<person>"
CHARGE = "<charge>"
CHAMBER = "<chamber>"
SLOTS = frozenset({PERSON, CHARGE, CHAMBER})

#: the most words a <person> slot may take ("the club's former first-team coach Ivo Brand")
_PERSON_WORDS = 7
#: the most words before a <charge> slot's noun ("a separate further charge")
_CHARGE_LEAD = 3
_DETERMINERS = frozenset({"a", "an", "the", "all", "both", "any", "two", "three", "several", "separate", "further"})
_GERUND_NOT = frozenset({"nothing", "something", "anything", "everything", "morning", "evening", "thing"})
#: words that may follow a person acted on: a preposition, a time word, a conjunction, punctuation
_AFTER_PERSON = frozenset(
    """of on in at for after before over from by with to as and last this earlier following amid during
    yesterday today monday tuesday wednesday thursday friday saturday sunday without despite because just
    within against into about under between among through toward towards than via who which that
    jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july august
    september october november december""".split()  # noqa: SIM905
)
_POSSESSIVE = re.compile(r"['’]s?$")
#: a person acted on told by a pronoun (resolved by the linker to the person named before it)
_OBJECT_PRONOUNS = frozenset({"him", "her"})


@dataclass(frozen=True)
class PhraseMatch:
    """A phrase matched at a token.

    :ivar words: the tokens it covers, slots included.
    :ivar end: the offset where its last literal word ends (the outcome's words end there).
    :ivar person: the (start, end) offsets of its ``<person>`` slot, or None.
    :ivar tail: the offset where what the outcome concerns begins (after a trailing slot).
    :ivar chamber: the ``<chamber>`` slot's body noun as a lemma ("senate"), or None.
    """

    words: int
    end: int
    person: tuple[int, int] | None
    tail: int
    chamber: str | None = None


@cache
def _role_words() -> frozenset[str]:
    return frozenset(lexicons.people().role_words())


def _plural_of(word: str, roles: frozenset[str]) -> bool:
    """Whether ``word`` is the plural of a role noun ("coaches", "officials")."""
    return word.endswith("s") and (word[:-1] in roles or (word.endswith("es") and word[:-2] in roles))


def _gap(text: str, a: re.Match[str], b: re.Match[str]) -> str:
    return text[a.end() : b.start()].strip()


def person_slot(text: str, tokens: list[re.Match[str]], j: int, stop: str | None) -> tuple[int, int, int] | None:
    """The person an active verb acts on, from ``tokens[j]``: (tokens taken, start, end offsets).

    A name (capitalised words) or a role noun, after role words and person modifiers ("former police
    sergeant Colm Dorn", "its coach"), an appositive name after a role ("its coach, Ivo Brand"); it
    must be followed by a preposition, a time word, punctuation or ``stop`` (the phrase's next word):
    "the Harl Hill quarry plan" is no person. A possessive makes what follows the person ("Dorn's
    deputy": the deputy). None when no person stands there."""
    lex = frame_lexicons.polarity()
    roles = _role_words()
    if j >= len(tokens) or (j > 0 and _gap(text, tokens[j - 1], tokens[j])):
        return None  # "sacked 200 workers", "fired, he said": nothing acted on right after the verb
    w0 = tokens[j].group(0)
    if w0 in _OBJECT_PRONOUNS:
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        if after is None or _gap(text, tokens[j], after) or after.group(0).lower() in _AFTER_PERSON | {stop}:
            return 1, tokens[j].start(), tokens[j].end()  # "acquitted him of fraud"; "fired her coach" goes on
    k, start, names, last_role = j, None, 0, False
    pending: int | None = None  # where lower-case words before a role began ("ward" of "ward nurse")
    taken = j  # the token after the last one the person surely takes
    while k < len(tokens) and k - j < _PERSON_WORDS:
        w = tokens[k].group(0)
        lw = w.lower()
        if k > j:
            gap = _gap(text, tokens[k - 1], tokens[k])
            if gap not in ("", ".") or (gap == "." and len(tokens[k - 1].group(0)) > 4):
                break  # "Sgt. Colm Dorn" stays one; "Dorn. The" does not
        if (stop is not None and lw == stop and (names or last_role)) or lw in _AFTER_PERSON:
            break
        if w[:1].isupper() and lw not in _DETERMINERS:
            start = (tokens[k].start() if pending is None else pending) if start is None else start
            names, last_role, pending = names + 1, False, None
        elif lw in roles or _plural_of(lw, roles):
            if k == j and lw not in roles:
                return None  # "fellow fired coaches", "local elected officials": an adjective, no verb
            start = (tokens[k].start() if pending is None else pending) if start is None else start
            last_role, pending = True, None
        elif lw in lex.person_modifiers and not names and pending is None:
            start = tokens[k].start() if start is None else start
        elif not names and w.isalpha() and w.islower() and (pending is None or k - taken < 2):
            # a noun modifying a role to come ("ward nurse"); not the person's if no role comes ("fired shots")
            pending = tokens[k].start() if pending is None else pending
            k += 1
            continue
        else:
            break
        if _POSSESSIVE.search(w) and k + 1 < len(tokens):
            start, names, last_role = None, 0, False  # "Dorn's deputy": the deputy is acted on
        k += 1
        taken = k
    k = taken
    if start is None or not (names or last_role) or k == j:
        return None
    if _POSSESSIVE.search(tokens[k - 1].group(0)):
        return None
    end = tokens[k - 1].end()
    if k < len(tokens):
        gap = _gap(text, tokens[k - 1], tokens[k])
        nxt = tokens[k].group(0)
        if last_role and not names and gap == "," and nxt[:1].isupper():
            # "its coach, Ivo Brand,": the name in apposition is the person
            m = k
            while (
                m < len(tokens)
                and tokens[m].group(0)[:1].isupper()
                and (m == k or not _gap(text, tokens[m - 1], tokens[m]))
            ):
                m += 1
            return m - j, start, tokens[m - 1].end()
        if not gap and nxt.lower() not in _AFTER_PERSON and nxt.lower() != stop:
            return None  # "the Harl Hill quarry plan": the names modify a noun
    return k - j, start, end


def charge_slot(tokens: list[re.Match[str]], j: int) -> int:
    """How many tokens from ``tokens[j]`` name what a plea answers (0: none): a gerund ("stealing")
    or a noun of the lexicon's ``charges`` after up to three determiners or modifiers."""
    charges = frame_lexicons.polarity().charges
    if j >= len(tokens):
        return 0
    first = tokens[j].group(0).lower()
    if first.endswith("ing") and first not in _GERUND_NOT and len(first) > 5:
        return 1
    for k in range(j, min(len(tokens), j + _CHARGE_LEAD + 1)):
        w = tokens[k].group(0).lower()
        if frame_lexicons.lemma(w) in charges or w in charges:
            return k - j + 1
        if w not in _DETERMINERS and not (k > j and w.isalpha() and len(w) > 3):
            return 0
    return 0


#: the most words a <chamber> slot may take before its body noun ("the state Senate")
_CHAMBER_LEAD = 3


def chamber_slot(tokens: list[re.Match[str]], j: int) -> tuple[int, str] | None:
    """The body a motion passes or fails in, from ``tokens[j]``: (tokens taken, the body noun's lemma),
    or None. A noun of polarity.yaml's ``chambers`` after "the" and up to two modifiers ("the Senate",
    "the state Senate", "the finance committee", "committee"); "passed the test", "failed in court"
    have none."""
    bodies = frame_lexicons.polarity().chambers
    for k in range(j, min(len(tokens), j + _CHAMBER_LEAD + 1)):
        w = tokens[k].group(0)
        lem = frame_lexicons.lemma(w.lower())
        if lem in bodies:
            return k - j + 1, lem
        if not (w.lower() == "the" and k == j) and not (k > j and w.isalpha()):
            return None
    return None


_MODALS = frozenset({"will", "would", "can", "could", "may", "might", "must", "shall", "did", "does", "do", "not"})


def acts(text: str, tokens: list[re.Match[str]], i: int) -> bool:
    """Whether ``tokens[i]`` is a verb acting on what follows, as a ``<person>`` phrase needs: it has a
    subject before it in its sentence ("Fired Accountant Goes on Shooting Spree" has none: an
    adjective), and a base form follows a modal ("will fire"): "the fire chief", "State Fire Marshal",
    "Texas convict Arcade Comeaux" are nouns."""
    if i == 0 or re.search(r"[.!?#\n]", text[tokens[i - 1].end() : tokens[i].start()]):
        return False
    w = tokens[i].group(0).lower()
    return w != frame_lexicons.lemma(w) or tokens[i - 1].group(0).lower() in _MODALS


def match_phrase(text: str, tokens: list[re.Match[str]], i: int, phrase: tuple[str, ...]) -> PhraseMatch | None:
    """The phrase of lemmas (slots included) matched at ``tokens[i]``, or None."""
    if PERSON in phrase and not acts(text, tokens, i):
        return None
    k = 0
    end = tokens[i].end()
    person: tuple[int, int] | None = None
    tail = 0
    chamber: str | None = None
    for n, p in enumerate(phrase):
        j = i + k
        if p == PERSON:
            stop = phrase[n + 1] if n + 1 < len(phrase) else None
            got = person_slot(text, tokens, j, stop)
            if got is None:
                return None
            k += got[0]
            person, tail = (got[1], got[2]), got[2]
            continue
        if p == CHARGE:
            taken = charge_slot(tokens, j)
            if not taken:
                return None
            k += taken
            tail = end  # what it concerns is the charge itself: "stealing £300,000 from a charity"
            continue
        if p == CHAMBER:
            got_chamber = chamber_slot(tokens, j)
            if got_chamber is None:
                return None
            k += got_chamber[0]
            chamber = got_chamber[1]
            end = tail = tokens[j + got_chamber[0] - 1].end()  # "failed in the Senate": the chamber is told
            continue
        if j >= len(tokens) or frame_lexicons.lemma(tokens[j].group(0)) != p:
            return None
        if k and _gap(text, tokens[j - 1], tokens[j]) not in ("",):
            return None
        end = tokens[j].end()
        tail = end
        k += 1
    return PhraseMatch(k, end, person, max(tail, end), chamber)


_WHEN = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight)"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_ABOUT_CUT = re.compile(
    r"[;:]|,(?!\d)|\.(?!\d)|(?:^|\s)(?:on|last|this|after|before|when|while|but|said|says|by)\b|"
    rf"\s{_WHEN}\b|\s{_MONTH}\s+\d",
    re.I,
)
#: a date or a preposition before what an outcome concerns ("on Thursday to stealing …")
_ABOUT_LEAD = re.compile(
    rf"^\s*(?:(?:on\s+)?{_WHEN}\b(?!['’])|(?:last|this)\s+\w+|(?:on\s+)?{_MONTH}\s+\d+(?:,\s*\d{{4}})?|of|to|on|in|for|against|with)\s*",
    re.I,
)


def about(text: str, limit: int = 10) -> str:
    """What an outcome concerns, as written after it ("on Thursday to stealing £300,000 from a
    charity, …" → "stealing £300,000 from a charity"): leading dates and prepositions left out, and
    anything from a later date, a clause or a reporting verb on; at most ``limit`` words."""
    for _ in range(3):
        text = _ABOUT_LEAD.sub("", text, count=1)
    text = text.lstrip()  # " Saturday's final": a date opening it is what it concerns, no cut
    cut = _ABOUT_CUT.search(text)
    words = (text[: cut.start()] if cut else text).split()
    return " ".join(words[:limit])


__all__ = [
    "CHAMBER",
    "CHARGE",
    "PERSON",
    "SLOTS",
    "PhraseMatch",
    "about",
    "acts",
    "chamber_slot",
    "charge_slot",
    "match_phrase",
    "person_slot",
]
