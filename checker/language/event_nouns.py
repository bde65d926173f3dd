"""Event nouns a figure is counted in ("12 people were killed in Thursday's bombing") and the earlier
mention an anaphor refers back to ("seven people were killed in those bombings": the Wednesday
bombings named a sentence before).

Event nouns are the single-word nouns of the trigger lexicon (``data/triggers.yaml``), except the
``report`` and ``baseline`` classes; anaphoric determiners are listed here because they are closed
class words of English, not domain knowledge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.language import frame_lexicons

#: determiners that make an event noun refer back to an event named before ("those bombings")
ANAPHORIC = frozenset({"those", "these", "that", "this", "same"})
#: characters after a figure its event noun is looked for ("killed … in Thursday's bombing")
REACH_AFTER = 120
#: characters before a sentence an anaphor's antecedent is looked for
REACH_BACK = 1500

_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


@dataclass(frozen=True)
class EventNoun:
    """An event noun in text: ``text[start:end]`` is the noun, ``lemma`` its lemma, ``anaphoric`` when a
    demonstrative before it refers back to an event named earlier."""

    start: int
    end: int
    lemma: str
    anaphoric: bool


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    lex = frame_lexicons.triggers()
    return frozenset(p.lemmas[0] for p in lex.nouns if len(p.lemmas) == 1 and p.cls not in ("report", "baseline"))


def _event_nouns(text: str, lo: int, hi: int) -> list[EventNoun]:
    nouns = _nouns()
    out: list[EventNoun] = []
    previous = ""
    for m in _WORD.finditer(text, lo, hi):
        word = m.group(0)
        if word[:1].islower() and frame_lexicons.lemma(word.lower()) in nouns:
            out.append(EventNoun(m.start(), m.end(), frame_lexicons.lemma(word.lower()), previous in ANAPHORIC))
        previous = word.lower()
    return out


def event_noun_of(text: str, start: int, end: int, lo: int, hi: int) -> EventNoun | None:
    """The event a figure at ``text[start:end]`` is counted in, within the sentence ``text[lo:hi]``: the
    first event noun after it ("12 people were killed in Thursday's bombing"), else the nearest before
    it ("Thursday's bombing killed 12 people"); None when the sentence names none."""
    after = _event_nouns(text, end, min(hi, end + REACH_AFTER))
    if after:
        return after[0]
    before = _event_nouns(text, lo, start)
    return before[-1] if before else None


def antecedent(text: str, noun: EventNoun, before: int) -> EventNoun | None:
    """The latest mention of ``noun``'s lemma in ``text`` before offset ``before`` (within
    :data:`REACH_BACK` characters) that is not itself an anaphor: what "those bombings" refers to."""
    found = [
        n for n in _event_nouns(text, max(0, before - REACH_BACK), before) if n.lemma == noun.lemma and not n.anaphoric
    ]
    return found[-1] if found else None


__all__ = ["ANAPHORIC", "EventNoun", "antecedent", "event_noun_of"]
