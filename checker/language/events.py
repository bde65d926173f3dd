"""Events in a sentence: the trigger a date dates, its tense and mood, its object; outcome polarity.

Plain-text functions over a sentence (offsets index the string given); they use the lexicons of
:mod:`checker.language.frame_lexicons` and import nothing of the engine.

- :func:`trigger_of` finds the verb or noun a date attaches to: the noun after a possessive or
  pre-nominal date ("Saturday's call", "the Oct. 3 attack"), else the nearest governing verb or
  trigger noun before the date in its clause, else the first after it.
- :func:`tense_of` reads tense and mood from that verb's auxiliaries (``will`` → future, ``would``
  → future in the past, a past form → past), never from words inside a quotation the date is not in.
- :func:`outcome_statements` finds outcome phrases of the polarity lexicon ("pleaded not guilty").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from checker.language import frame_lexicons
from checker.language import outcomes as outcome_slots
from checker.language.numbers import ordinal_to_number, to_number

Tense = str  # "past", "present", "future", "future_in_past"

_MODALS = frozenset(
    {"will", "would", "shall", "'ll", "can", "could", "may", "might", "must", "to", "did", "does", "do"}
)
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "of",
        "on",
        "in",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "and",
        "or",
        "as",
        "than",
        "into",
        "over",
        "under",
        "about",
        # "was shot on June 24 outside her shop": a preposition after a date names no event
        "outside",
        "inside",
        "near",
        "amid",
        "across",
        "along",
        "behind",
        "beside",
        "beyond",
        "despite",
        "after",
        "before",
        "since",
        "until",
        "till",
        "through",
        "during",
        "between",
        "among",
        "against",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "shall",
        "can",
        "could",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "him",
        "them",
        "us",
        "who",
        "whom",
        "which",
        "what",
        "when",
        "where",
        "while",
        "then",
        "also",
        "not",
        "no",
        "said",
        "says",
        "new",
        "more",
        "most",
        "some",
        "all",
        "any",
        "each",
        "other",
        "such",
        "only",
        "just",
        "very",
    ]
)
#: conjunctions never head the noun a date modifies ("by March if …")
_STOP |= frozenset({"if", "unless", "because", "although", "though", "whether", "so", "yet", "nor", "once"})
_MONTH_DAY = frozenset(
    [
        "following",  # "the following Monday"
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
        "morning",
        "afternoon",
        "evening",
        "night",
        "noon",
        "midnight",
        "week",
        "month",
        "year",
        "day",
        "weekend",
        "last",
        "next",
        "earlier",
        "later",
        "ago",
        "a.m",
        "p.m",
        "am",
        "pm",
    ]
)
_QUOTES = re.compile(r"[“\"][^”\"]*[”\"]")
_CLAUSE_STOP = re.compile(r"[;:—–]|,\s+(?:which|who|and|but|while|whereas|although)\b|\.\s")


@dataclass(frozen=True)
class Trigger:
    """The word (or phrase) a date dates.

    :ivar lemma: lemma of the trigger ("publish", "go online").
    :ivar cls: its synonym class from ``triggers.yaml``, or the lemma when the lexicon lacks it.
    :ivar pos: ``verb`` or ``noun``.
    :ivar start: offset of its first character in the sentence string given.
    :ivar end: offset after its last character.
    :ivar known: whether the lexicon lists it.
    """

    lemma: str
    cls: str
    pos: str
    start: int
    end: int
    known: bool


def blank_quotes(text: str, start: int, end: int) -> str:
    """``text`` with quotations that do not contain [start, end) blanked (offsets kept)."""

    def blank(m: re.Match[str]) -> str:
        return m.group(0) if m.start() <= start and end <= m.end() else " " * len(m.group(0))

    if '"' not in text and "“" not in text:
        return text  # no quotation opens here (most sentences): nothing to blank
    return _QUOTES.sub(blank, text)


#: a relative date counted from another event ("three days after the election"): the words after it
#: name another event than the one the sentence dates
_ANCHOR_EVENT = re.compile(r"\b(?:day|week|month|year)s?\s+(?:after|before)\b")


#: what lies between an anchor event and its own date ("the vote on Tuesday", "construction began in 2015")
_OWN_DATE = re.compile(r"\s+(?:in|on)\s+")


def _blank_anchors(text: str, start: int, end: int) -> str:
    """``text`` with the anchor events of relative dates blanked (offsets kept): in "Three days after the
    election, on March 5, the winner named his cabinet" March 5 dates the naming, not the election. An
    anchor the date at ``text[start:end]`` lies in is kept ("after construction began in 2015": 2015 dates
    the beginning)."""
    out = text
    if "after" not in text and "before" not in text:
        return out  # no anchor: most sentences
    for m in _ANCHOR_EVENT.finditer(text):
        event = anchor_event(text, m.end())
        if event is None or event.start <= start < event.end or _OWN_DATE.fullmatch(text, event.end, start):
            continue
        out = out[: event.start] + " " * (event.end - event.start) + out[event.end :]
    return out


def _matches(words: list[tuple[str, int, int]]) -> dict[int, tuple[frame_lexicons.Phrase, str, int]]:
    """Word index → (phrase, pos, words covered) for every lexicon trigger starting there."""
    first = frame_lexicons.triggers().by_first
    out: dict[int, tuple[frame_lexicons.Phrase, str, int]] = {}
    for i, (w, _, _) in enumerate(words):
        for p, pos in first.get(w, ()):
            n = frame_lexicons.match_at(words, i, p.lemmas)
            if n and (i not in out or n > out[i][2]):
                out[i] = (p, pos, n)
    return out


def _verbish(words: list[tuple[str, int, int]], raw: list[str], i: int) -> bool:
    w = raw[i].lower()
    if w in _STOP or w in _MONTH_DAY or not w.isalpha() or raw[i][:1].isupper():
        return False
    if w in frame_lexicons.irregular() and frame_lexicons.irregular()[w] != "be":
        return True
    if w.endswith("ed") and len(w) > 4:
        return True
    return i > 0 and raw[i - 1].lower() in _MODALS


_WINDOW_BACK, _WINDOW_AHEAD = 160, 120


def _word_start(text: str, at: int) -> int:
    """``at`` moved forward to the start of the next word (0 when ``at`` is before the text)."""
    if at <= 0:
        return 0
    space = text.find(" ", at)
    return space + 1 if space >= 0 else at


def trigger_of(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> Trigger | None:
    """The trigger of the date at ``text[start:end]`` within the sentence ``text[lo:hi]``."""
    return _trigger_of(text, start, end, lo, len(text) if hi is None else hi)


#: a run reads each date's trigger twice, in one story: the date extractor for its tense, then the
#: events linker for its frame (the same paragraph, date and sentence); a story's dates are held
_DATES_HELD = 4096


@lru_cache(maxsize=_DATES_HELD)
def _trigger_of(text: str, start: int, end: int, lo: int, hi: int) -> Trigger | None:
    # a trigger governs a date from nearby: a window around it spares lemmatising long sentences
    lo = max(lo, _word_start(text, start - _WINDOW_BACK))
    hi = min(hi, end + _WINDOW_AHEAD)
    plain = _blank_anchors(blank_quotes(text[lo:hi], start - lo, end - lo), start - lo, end - lo)
    s, e = start - lo, end - lo
    words = frame_lexicons.lemmas(plain)
    raw = [plain[a:b] for _, a, b in words]
    found = _matches(words)
    # the words are in order and do not overlap: those after the date are a tail, those before it a head
    after = range(bisect.bisect_left(words, e, key=_start_of), len(words))
    before = range(bisect.bisect_right(words, s, key=_end_of))
    # "Saturday's call", "the Oct. 3 attack": the noun right after the date
    if after:
        i = after[0]
        gap = plain[e : words[i][1]]
        if gap.strip() in ("'s", "’s", "") and not raw[i][:1].isupper():
            noun = _noun_at(words, i)
            if noun is not None:
                return _make(noun, words, i, lo)
            if (
                raw[i].lower() not in _STOP
                and raw[i].lower() not in _MONTH_DAY
                and to_number(raw[i]) is None
                and not _verbish(words, raw, i)
            ):
                return Trigger(words[i][0], words[i][0], "noun", words[i][1] + lo, words[i][2] + lo, False)
    # the nearest trigger before the date in its clause, the first after it in its clause, then the
    # nearest before it in the sentence ("On Monday, rebels seized the town": after)
    clause_from = 0
    for m in _CLAUSE_STOP.finditer(plain, 0, s):
        clause_from = m.end()
    clause_to = len(plain)
    stop = _CLAUSE_STOP.search(plain, e)
    if stop:
        clause_to = stop.start()
    trigger = (
        _back(text, words, raw, found, before, clause_from, lo, hi)
        or _forward(words, raw, found, after, clause_to, lo)
        or _back(text, words, raw, found, before, 0, lo, hi)
    )
    return _change_decided(words, raw, found, trigger, s, e, lo)


#: the trigger classes of a change to another event: a decision to make one is that change
_CHANGE_CLASSES = frozenset({"reschedule", "cancel"})
#: words that may stand between a verb and its infinitive besides the date ("voted on Monday to delay")
_BETWEEN_VERB_AND_TO = frozenset({"on", "in", "at", "late", "early", "unanimously", "narrowly"})


def _change_decided(
    words: list[tuple[str, int, int]],
    raw: list[str],
    found: dict[int, tuple[frame_lexicons.Phrase, str, int]],
    trigger: Trigger | None,
    s: int,
    e: int,
    lo: int,
) -> Trigger | None:
    """The change a verb decides, when its infinitive is a verb of the ``reschedule`` or ``cancel`` class:
    "Councillors voted on Monday to delay the budget vote" dates the delaying (a vote to delay), not a
    budget vote, as "delayed its budget vote on Monday" does. Else ``trigger`` itself."""
    if trigger is None or trigger.pos != "verb":
        return trigger
    i = bisect.bisect_left(words, trigger.end - lo, key=_end_of) + 1  # the word after the trigger
    while i < len(words) and (s <= words[i][1] < e or raw[i].lower() in _BETWEEN_VERB_AND_TO):
        i += 1
    if i + 1 >= len(words) or raw[i].lower() != "to":
        return trigger
    hit = found.get(i + 1)
    if hit is None or hit[1] != "verb" or hit[0].cls not in _CHANGE_CLASSES:
        return trigger
    return _make(hit, words, i + 1, lo)


def _back(
    text: str,
    words: list[tuple[str, int, int]],
    raw: list[str],
    found: dict[int, tuple[frame_lexicons.Phrase, str, int]],
    before: Sequence[int],
    bound: int,
    lo: int,
    hi: int,
) -> Trigger | None:
    noun: Trigger | None = None
    for i in reversed(before):
        if words[i][1] < bound:
            break
        for j in range(max(0, i - 3), i + 1):  # a phrase ending here ("went online")
            hit = found.get(j)
            if hit and j + hit[2] - 1 >= i:
                # "began an indefinite strike on Monday": a verb-lexicon word heading a noun phrase is a noun
                nominal = (
                    hit[1] == "noun"
                    or (j > 0 and raw[j - 1].lower() in _DETERMINERS)
                    or (
                        j > 2
                        and raw[j].lower() == words[j][0]  # a bare form: "ended" after "the season" is a verb
                        and raw[j - 2].lower() in _DETERMINERS
                        and (found.get(j - 3) or ("", "", 0))[1] == "verb"  # the noun a verb takes
                        and heads_noun_phrase(text, words[j][1] + lo, raw[max(0, j - 4) : j])
                    )
                    or _taken_noun(words, raw, found, j)
                )
                if not nominal:
                    return _light(text, _make(hit, words, j, lo), lo, hi + lo)
                if noun is None:
                    noun = _make(_as_noun(hit), words, j, lo)
                break
        else:
            if _verbish(words, raw, i):
                if i >= 2 and raw[i - 1].lower() == "to":
                    hit = found.get(i - 2)  # "voted to sell the hall on March 15": the vote is dated
                    if hit and hit[1] == "verb":
                        return _make(hit, words, i - 2, lo)
                verb = Trigger(words[i][0], words[i][0], "verb", words[i][1] + lo, words[i][2] + lo, False)
                return _light(text, verb, lo, hi + lo)
    return noun


#: words before a determiner that make it no object's ("said the new rules take effect" is a clause)
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
#: the modifiers a taken noun phrase may have between its determiner and its head ("the members' merger vote")
_TAKEN_MODIFIERS = 3


def _taken_noun(
    words: list[tuple[str, int, int]], raw: list[str], found: dict[int, tuple[frame_lexicons.Phrase, str, int]], j: int
) -> bool:
    """Whether the bare trigger ``raw[j]`` heads the noun phrase a lexicon verb before it takes: the verb,
    a determiner or a possessive, up to three singular modifiers, the trigger ("delayed its budget vote",
    "put off its strike ballot", "pushed back the members' merger vote", "postponed Kestrel's pay vote").
    The verb dates its own event, the noun's is another ("postponed its planning vote on Friday": the
    postponement, while the vote "will take place in May"). A plural or a verb form between them makes
    the trigger a verb ("said the new rules take effect", "the board will vote")."""
    w = raw[j].lower()
    if w != words[j][0] or w.endswith("s"):
        return False  # "voted", "votes": a verb's form
    for k in range(j - 1, max(-1, j - 2 - _TAKEN_MODIFIERS), -1):
        w = raw[k].lower()
        if w in _DETERMINERS:
            return k > 0 and _verb_ends_at(words, raw, found, k - 1)
        if w.endswith(_POSSESSIVE_ENDS):
            if k > 0 and _verb_ends_at(words, raw, found, k - 1):
                return True
            continue  # "the members' merger vote": the determiner is further back
        if w in _STOP or w in _MONTH_DAY or not w.isalpha() or w.endswith("s") or _verbish(words, raw, k):
            return False
    return False


def _verb_ends_at(
    words: list[tuple[str, int, int]], raw: list[str], found: dict[int, tuple[frame_lexicons.Phrase, str, int]], k: int
) -> bool:
    """Whether a verb of the trigger lexicon ends at word ``k`` ("postponed", "put off"), written as a verb.
    Only a lexicon verb: it dates an event of its own class, while another verb's object tells the event
    better than the verb ("suffered a heart attack on Dec. 2" dates the attack)."""
    for j in range(max(0, k - 3), k + 1):
        hit = found.get(j)
        if hit and hit[1] == "verb" and j + hit[2] - 1 == k:
            return _verbish(words, raw, j)
    return False


def _forward(
    words: list[tuple[str, int, int]],
    raw: list[str],
    found: dict[int, tuple[frame_lexicons.Phrase, str, int]],
    after: Sequence[int],
    clause_to: int,
    lo: int,
) -> Trigger | None:
    for i in after:
        if words[i][1] >= clause_to:
            break
        hit = found.get(i)
        if hit:
            return _make(hit, words, i, lo)
        if _verbish(words, raw, i):
            return Trigger(words[i][0], words[i][0], "verb", words[i][1] + lo, words[i][2] + lo, False)
    return None


_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "your", "whose"}
)


def heads_noun_phrase(text: str, at: int, before: list[str]) -> bool:
    """Whether the trigger at ``at`` heads a noun phrase, so that it is no verb of the present: "the
    vote", "a bus crash", "The Tollan Council vote", "the levy vote". ``before`` is the sentence's
    words before it. Singular words between the determiner and a bare trigger (names, or one
    lower-case word) modify it, since a singular subject would take "votes"; a plural one (by its
    lemma) is a subject ("the rules take effect July 1", "the Wardens open"), and so is any word
    before a trigger ending in -s ("the law takes effect")."""
    if not before:
        return False
    last = before[-1].lower()
    if last in _DETERMINERS or last.endswith(("'s", "’s")):
        return True
    trigger = text[at:].split(maxsplit=1)[0].lower() if text[at:].strip() else ""
    if trigger.endswith("s") or frame_lexicons.lemma(last) != last:
        return False
    i = len(before) - 1
    while i > 0 and before[i][:1].isupper() and before[i].lower() not in _DETERMINERS:
        i -= 1  # a name before the trigger: "The Tollan Council vote"
    if i == len(before) - 1:
        i -= 1  # one lower-case modifier: "the levy vote"
    return i >= 0 and before[i].lower() in _DETERMINERS


def _noun_at(words: list[tuple[str, int, int]], i: int) -> tuple[frame_lexicons.Phrase, str, int] | None:
    """The longest noun trigger starting at ``words[i]``, if any."""
    for p, pos in frame_lexicons.triggers().by_first.get(words[i][0], ()):
        n = frame_lexicons.match_at(words, i, p.lemmas) if pos == "noun" else 0
        if n:
            return p, pos, n
    return None


def _noun_of(hit: tuple[frame_lexicons.Phrase, str, int], j: int, raw: list[str]) -> bool:
    """A verb-lexicon word used as a noun after a determiner ("its report") names its event class
    only when the noun lexicon has it too."""
    return hit[1] == "verb" and j > 0 and raw[j - 1].lower() in _DETERMINERS


def _as_noun(hit: tuple[frame_lexicons.Phrase, str, int]) -> tuple[frame_lexicons.Phrase, str, int]:
    phrase, _, n = hit
    return phrase, "noun", n


#: the noun a participle or a passive light verb describes: "The vote, held on …", "The election was held on …"
_SUBJECT_NOUN = re.compile(
    r"\b([a-z]+)(?:,\s+(?:which\s+|that\s+)?(?:was\s+|were\s+)?|\s+(?:was|were|is|are|will\s+be|(?:has|have|had)\s+been)\s+)$"
)


def _light(text: str, verb: Trigger, lo: int, hi: int) -> Trigger:
    """A light verb ("launched an attack", "held a vote") dates the noun it takes: that noun is the trigger."""
    if verb.lemma not in frame_lexicons.triggers().light_verbs:
        return verb
    subject = _SUBJECT_NOUN.search(text, max(lo, verb.start - 40), verb.start)
    if subject is not None:  # "The vote, held on Nov. 3", "The election was held": the noun described
        for p in frame_lexicons.triggers().nouns:
            if p.lemmas == (frame_lexicons.lemma(subject.group(1)),):
                return Trigger(p.lemmas[0], p.cls, "noun", subject.start(1), subject.end(1), True)
    m = re.compile(r"\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:\w+\s+)?(\w+)").match(text, verb.end, hi)
    if m is None:
        return verb
    word = frame_lexicons.lemma(m.group(1))
    for p in frame_lexicons.triggers().nouns:
        if p.lemmas == (word,):
            return Trigger(word, p.cls, "noun", m.start(1), m.end(1), True)
    return verb


def _make(hit: tuple[frame_lexicons.Phrase, str, int], words: list[tuple[str, int, int]], i: int, lo: int) -> Trigger:
    phrase, pos, n = hit
    return Trigger(" ".join(phrase.lemmas), phrase.cls, pos, words[i][1] + lo, words[i + n - 1][2] + lo, True)


_MONTH_MAY = re.compile(r"\bMay(?=\.?\s+\d)")
_AUX_BACK = re.compile(r"((?:[\w'’]+\s+){0,4})$")
_PAST_AUX = frozenset({"was", "were", "had", "did"})
_PRESENT_AUX = frozenset({"is", "are", "has", "have", "does", "do", "am"})


_HEAD_WORDS = re.compile(r"[\w'’]+")


@lru_cache(maxsize=1)
def _one_word_future_cues() -> frozenset[str]:
    return frozenset(c for c in frame_lexicons.triggers().future_cues if " " not in c)


def tense_of(text: str, trigger: Trigger | None, start: int = 0, end: int = 0) -> str | None:
    """Tense and mood of a trigger: ``future`` ("will reopen", "is due to", "takes effect"),
    ``future_in_past`` ("would reopen"), ``past`` ("reopened", "was closed") or ``present``.

    ``start``/``end`` locate the date, so that a quotation it is not in is not read."""
    if trigger is None:
        return None
    return _tense_of(text, trigger)


@lru_cache(maxsize=_DATES_HELD)  # read by the date extractor, then for the same trigger by the events linker
def _tense_of(text: str, trigger: Trigger) -> str | None:
    head = blank_quotes(text[max(0, trigger.start - 60) : trigger.start], 10**6, 10**6)
    if "May" in head:
        head = _MONTH_MAY.sub("   ", head)  # "on Monday, May 11, she named": the month, not the modal
    if trigger.pos == "verb" and text[trigger.start : trigger.start + 1].islower() and head.rstrip().endswith(","):
        head = ""  # "The bridge will close in June, said the council on Thursday": the clause begins here
    before = [w.lower().replace("’", "'") for w in _HEAD_WORDS.findall(head)[-4:]]
    word = text[trigger.start : trigger.end].split()[0].lower()
    lex = frame_lexicons.triggers()
    cues = _one_word_future_cues()
    surface = text[trigger.start : trigger.end].split()[0].lower()
    if before[-1:] == ["to"]:
        if lex.intent_cues & set(before[-3:-1]):
            return "future"  # "wants to eliminate … by early June", "is due to open"
        return None  # "forcing the company to file …": the infinitive has no tense of its own
    if surface.endswith("ing") and not {"will", "'ll", "shall"} & set(before):
        return None  # "a measure approving …", "is attempting": no tense read from a participle
    if "would" in before and "have" not in before:
        return "future_in_past"
    if {"should", "could", "may", "might", "must"} & set(before[-3:]) and "have" not in before:
        return "future"  # "should be completed in October", "might run out of money by March"
    if any(w in ("will", "shall", "'ll") for w in before) or "going" in before:
        return "future"
    if cues & set(before[-3:]) or word in cues:
        return "future"
    if before[-2:-1] in (["is"], ["are"]) and before[-1:] == ["to"]:
        return "future"
    if any(w in _PAST_AUX for w in before[-2:]):
        return "past"
    if word.endswith("ed") or (word in frame_lexicons.irregular() and frame_lexicons.irregular()[word] != word):
        return "past"
    if trigger.pos == "verb" and (word.endswith("s") or word not in frame_lexicons.irregular()):
        return "present"  # "takes effect July 1"; "hit", "cut", "set" may as well be past: no reading
    return None


def is_baseline(text: str, start: int, lo: int = 0) -> bool:
    """The date is the earlier point a change is measured from ("down from the close on Wednesday")."""
    head = text[max(lo, start - 50) : start].lower()
    return _written(frame_lexicons.triggers().baseline_cues).search(head) is not None


def object_of(
    text: str, trigger: Trigger | None, lo: int = 0, hi: int | None = None, date_at: int | None = None
) -> str | None:
    """The lemma of the thing an event acts on: the head noun after a verb trigger ("published its report"
    → "report") or after a noun trigger's preposition ("the attack on a humanitarian aid convoy" →
    "convoy"); for a verb with no object, its subject ("the report, which went online" → "report")."""
    if trigger is None:
        return None
    hi = len(text) if hi is None else hi
    at = trigger.end
    if trigger.pos == "noun":
        m = _NOUN_PREP.match(text, at, hi)
        if m is None:
            return None
        at = m.end()
    surface = text[trigger.start : trigger.end].split()[0].lower() if trigger.pos == "verb" else ""
    particles = frame_lexicons.prepositional_verbs().get(surface, frozenset())
    for k, m in enumerate(frame_lexicons.WORD.finditer(text, at, min(hi, at + 60))):
        w = m.group(0)
        lw = w.lower()
        if k == 0 and lw in particles:
            continue  # "voted on the zoning plan": the preposition of a prepositional verb brings its object
        if lw in _PREPOSITIONS or (date_at is not None and m.start() >= date_at > trigger.start):
            break  # a prepositional phrase or the date itself ("announced three days after …"), not an object
        if trigger.pos == "noun" and frame_lexicons.irregular().get(lw, lw) != lw:
            break  # "Saturday's referendum in Corm drew a turnout": the clause's verb, not what it concerns
        if lw in _STOP or lw in _MONTH_DAY or w[:1].isupper() or lw.endswith(("ly", "'s")) or to_number(w) is not None:
            continue
        if lw in ("days", "weeks", "months", "years", "hours", "minutes"):
            continue
        if _head_after(text, m.end()):
            return frame_lexicons.lemma(w)
    if trigger.pos == "noun":
        return None
    back = text[max(lo, trigger.start - 80) : trigger.start]
    # each pattern is tried only where the words it ends on are written (anchored at the end, it would
    # be tried at every character)
    if back.rstrip().endswith(("which", "who", "that")):
        back = _RELATIVE_BACK.sub("", back)
    if back.rstrip().endswith(_BACK_AUXILIARIES):
        back = _AUXILIARIES_BACK.sub("", back)
    # "The inquiry into the viaduct crash opened": the subject's head is before its prepositional phrase
    back = without_subject_pp(back)
    words = frame_lexicons.WORD.findall(back)
    initial = len(words) == 1 and max(lo, trigger.start - 80) == lo  # "Results were announced …": first word
    if not words or words[-1].lower() in _STOP or words[-1].lower().endswith("ing"):
        return None
    if words[-1][:1].isupper() and not initial:
        return None
    return frame_lexicons.lemma(words[-1].lower())


_RELATIVE_BACK = re.compile(r",?\s*(?:which|who|that)\s+$")
_BACK_AUXILIARIES = ("was", "were", "had", "has", "have", "been", "is", "are", "be", "will", "would")
_AUXILIARIES_BACK = re.compile(rf"(?:\b(?:{'|'.join(_BACK_AUXILIARIES)})\s+)+$")

#: a prepositional phrase after a subject's head noun, up to the verb ("The inquiry into the viaduct crash",
#: "the report on the budget"): what the head concerns, not the head
_SUBJECT_PP = re.compile(
    r"\b([a-z][a-z'’-]+)\s+(?:into|of|on|over|about|for|by|at|in|against)\s+(?:(?:the|a|an|its|their)\s+)?"
    r"(?:[A-Za-z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*\s*$"
)


def without_subject_pp(text: str) -> str:
    """``text`` (the words before a verb) without the prepositional phrase that ends it: "The inquiry into
    the viaduct crash" → "The inquiry", so that its last word is the subject's head."""
    # the phrase is at most seven words to the end: searched for from the seventh word from the end,
    # as the pattern would find it, not tried at every word of the text
    parts = text.rsplit(None, _SUBJECT_PP_WORDS)
    last = parts[1:] if len(parts) > _SUBJECT_PP_WORDS else parts
    if _SUBJECT_PP_PREPOSITIONS.isdisjoint(last):
        return text  # the preposition stands between spaces: no last word is one, no phrase (most subjects)
    at = text.index(parts[1], len(parts[0])) if len(parts) > _SUBJECT_PP_WORDS else 0
    m = _SUBJECT_PP.search(text, at)
    return text if m is None else text[: m.start()] + m.group(1) + text[m.end() :]


#: the most words _SUBJECT_PP spans: head, preposition, determiner, three modifiers, noun
_SUBJECT_PP_WORDS = 7
#: the prepositions of _SUBJECT_PP
_SUBJECT_PP_PREPOSITIONS = frozenset({"into", "of", "on", "over", "about", "for", "by", "at", "in", "against"})


def _start_of(word: tuple[str, int, int]) -> int:
    return word[1]


def _end_of(word: tuple[str, int, int]) -> int:
    return word[2]


def object_modifiers(
    text: str, trigger: Trigger | None, head: str | None, lo: int = 0, hi: int | None = None
) -> frozenset[str]:
    """Words that tell one object of its kind from another, lower-cased: those before its head noun
    ("the bus contract" → {"bus"}; "their Seacom service was restored" → {"seacom"}) and the nouns of
    a recipient after it ("restored services to its business customers" → {"business", "customers"}),
    so that two events of one kind on differently named objects are told apart."""
    return object_features(text, trigger, head, lo, hi)[0]


def object_words(
    text: str, trigger: Trigger | None, head: str | None, lo: int = 0, hi: int | None = None
) -> tuple[str, bool] | None:
    """The object ``head`` (a lemma, from :func:`object_of`) as the article writes it, with the plain
    nouns before it ("the river water-sharing treaty" → "river treaty"), and whether it is the clause's
    subject ("The county council decided": ("council", True)); None when it is not found."""
    return object_features(text, trigger, head, lo, hi)[1]


def object_features(
    text: str, trigger: Trigger | None, head: str | None, lo: int = 0, hi: int | None = None
) -> tuple[frozenset[str], tuple[str, bool] | None]:
    """:func:`object_modifiers` and :func:`object_words` of one object, from one reading of the words
    either side of the trigger (the head is looked for after it, then before it: a passive's subject)."""
    if trigger is None or head is None:
        return frozenset(), None
    hi = len(text) if hi is None else hi
    lemma = frame_lexicons.lemma
    after = list(frame_lexicons.WORD.finditer(text, trigger.end, min(hi, trigger.end + 60)))
    for i, m in enumerate(after):
        if lemma(m.group(0)) == head:
            words = [x.group(0) for x in after[max(0, i - 2) : i]]
            mods = {x.lower() for x in words if x.lower() not in _STOP and x[:1].islower()}
            recipient = _RECIPIENT.match(text, m.end(), hi)
            if recipient:
                mods |= {w.lower() for w in frame_lexicons.WORD.findall(recipient.group(1)) if w.lower() not in _STOP}
            return frozenset(mods), _as_written(text, m, after[:i][::-1], False, head, lo)
    before = list(frame_lexicons.WORD.finditer(text, max(lo, trigger.start - 60), trigger.start))
    for i in range(len(before) - 1, -1, -1):
        if lemma(before[i].group(0)) == head:
            written = _as_written(text, before[i], before[:i][::-1], True, head, lo)
            if trigger.pos != "verb":
                return frozenset(), written
            # a passive: the object stands before the trigger ("their Seacom service was restored")
            words = [x.group(0) for x in before[max(0, i - 2) : i]]
            first = before[max(0, i - 2)].start() == lo
            mods = {w.lower() for k, w in enumerate(words) if w.lower() not in _STOP and not (first and k == 0)}
            # "The report on the dam collision was published": what the subject concerns tells it apart
            # from "the report on the budget"
            tail = [x.group(0).lower() for x in before[i + 1 :]]
            if tail and tail[0] in _CONCERNS:
                mods.update([w for w in tail[1:] if w not in _STOP and w not in _ANCHOR_AUX][-1:])
            return frozenset(mods), written
    return frozenset(), None


def _as_written(
    text: str, m: re.Match[str], ahead: list[re.Match[str]], subject: bool, head: str, lo: int
) -> tuple[str, bool]:
    """The object at ``m`` as written, with up to three plain nouns of ``ahead`` (the words before it,
    nearest first) before it (see :func:`object_words`)."""
    mods: list[str] = []
    for x in ahead[:3]:
        w = x.group(0)
        if "-" in w and not mods:
            continue  # "the river water-sharing treaty": "river treaty"
        if w.lower() in _STOP or "-" in w or w.lower().endswith(("ed", "ing", "ly", "'s", "’s")):
            break
        if x.start() > 0 and text[x.start() - 1].isdigit():
            break  # "its 30th anniversary": the ordinal's suffix, not a word
        mods.insert(0, w)  # as written: a sentence's first word may be a name ("Dorwick cleaners")
    written = m.group(0) if m.group(0)[:1].isupper() and m.start() > lo else m.group(0).lower()
    if subject and written.islower():
        written = head  # "clashes erupted": "clash eruption"
    return " ".join([*mods, written]), subject


#: prepositions after a subject's head that say what it concerns ("the inquiry into the crash")
_CONCERNS = frozenset({"into", "of", "on", "over", "about", "for"})

#: a recipient after an object ("services to its business customers"): the nouns that tell it apart
_RECIPIENT = re.compile(r"\s+(?:to|for)\s+((?:(?:its|their|his|her|the|some|all)\s+)?[a-z]+(?:\s+[a-z]+)?)\b")


_PREPOSITIONS = frozenset(
    [
        "on",
        "in",
        "at",
        "by",
        "for",
        "from",
        "to",
        "until",
        "since",
        "after",
        "before",
        "during",
        "through",
        "near",
        "against",
        "into",
        "of",
        "with",
    ]
)
_NOUN_PREP = re.compile(r"\s+(?:on|of|against|at|in|to|into|at)\s+")


def _head_after(text: str, at: int) -> bool:
    """The word at ``at`` ends its noun phrase: punctuation, a function word or a participle follows."""
    rest = text[at : at + 2]
    if not rest or not rest.startswith(" ") or not rest[1:].isalpha():
        return True
    m = frame_lexicons.WORD.match(text, at + 1)
    if m is None:
        return True
    w = m.group(0).lower()
    # "the river water-sharing treaty": a hyphenated compound in -ing modifies the noun after it
    return w in _STOP or (w.endswith(("ing", "ed")) and "-" not in w) or m.group(0)[:1].isupper() or w in _MONTH_DAY


@dataclass(frozen=True)
class OutcomeStatement:
    """An outcome phrase of the polarity lexicon found in a sentence.

    :ivar cls: its class ("plea", "verdict", …); :ivar positive: its polarity;
    :ivar start: / :ivar end: its offsets in the string given (``end``: where its last word of the
        lexicon ends); :ivar revised: a cue nearby tells of an earlier or later stage ("initially",
        "changed his plea"), so it is not the event's outcome.
    :ivar person: (start, end) of the person an active verb acts on, whom the outcome is of ("a jury
        acquitted former sergeant Colm Dorn"); None when the outcome is of the subject.
    :ivar tail: where what the outcome concerns begins (after ``person`` when that comes last);
        0 means ``end``.
    :ivar chamber: the body a motion passed or failed in, as a lemma ("The bill passed the Senate":
        "senate"), whose decision it is; None when the phrase names none.
    :ivar opponent: the phrase's object is the other side of a contest ("beat", "lost to"): the name
        after it holds the opposite outcome.
    """

    cls: str
    positive: bool
    start: int
    end: int
    revised: bool
    person: tuple[int, int] | None = None
    tail: int = 0
    chamber: str | None = None
    opponent: bool = False


_WORDS_LOWER = re.compile(r"[a-z][a-z'’-]*")


def _phrases_before(first: str, following: str | None) -> tuple[frame_lexicons.PolarityPhrase, ...]:
    """The outcome phrases, longest first, that may start with the lemma ``first`` when the lemma
    ``following`` comes next: those of one word, those with a slot second, those with it second."""
    table = _phrases_by_second().get(first)
    if table is None:
        return ()
    by_second, others = table
    return by_second.get(following, others) if following is not None else others


_PhrasesBySecond = tuple[
    dict[str, tuple[frame_lexicons.PolarityPhrase, ...]], tuple[frame_lexicons.PolarityPhrase, ...]
]


@lru_cache(maxsize=1)
def _phrases_by_second() -> dict[str, _PhrasesBySecond]:
    """First lemma → (second lemma → the phrases :func:`_phrases_before` gives, for each second word a
    phrase spells out; the phrases for any other second word). Made once a run from the lexicon: the
    filter over the phrases of "be" (a dozen and more) was run for every new word after a "was"."""

    def viable(
        phrases: tuple[frame_lexicons.PolarityPhrase, ...], following: str | None
    ) -> tuple[frame_lexicons.PolarityPhrase, ...]:
        return tuple(
            p for p in phrases if len(p.lemmas) == 1 or p.lemmas[1] == following or p.lemmas[1] in outcome_slots.SLOTS
        )

    out: dict[str, _PhrasesBySecond] = {}
    for first, phrases in frame_lexicons.polarity().by_first.items():
        seconds = {p.lemmas[1] for p in phrases if len(p.lemmas) > 1 and p.lemmas[1] not in outcome_slots.SLOTS}
        out[first] = ({s: viable(phrases, s) for s in seconds}, viable(phrases, None))
    return out


def _places(words: list[str], wanted: set[str] | frozenset[str]) -> list[int]:
    """The indexes of ``words`` that are one of ``wanted``, in order: ``[k for k, w in enumerate(words) if
    w in wanted]`` by list scans, for the few words a paragraph has of a few wanted ones."""
    places: list[int] = []
    for w in wanted:
        k = -1
        for _ in range(words.count(w)):
            k = words.index(w, k + 1)
            places.append(k)
    places.sort()
    return places


@lru_cache(maxsize=16384)
def _phrases_at(word: str, following: str | None) -> tuple[frame_lexicons.PolarityPhrase, ...]:
    """:func:`_phrases_before` of the words ``word`` and ``following`` as written (lower case): one look-up
    for a pair that recurs in every other paragraph ("was a", "is the")."""
    lemma = frame_lexicons.lemma
    return _phrases_before(lemma(word), lemma(following) if following is not None else None)


def outcome_statements(text: str) -> list[OutcomeStatement]:
    """Every outcome phrase in ``text`` (quotations included: a quoted "I'm not guilty" is a claim too).

    Only the few words after a surface form of a phrase's first word are lemmatised."""
    lex = frame_lexicons.polarity()
    low = text.lower()
    seen = _WORDS_LOWER.findall(low)
    hits = lex.first_forms.intersection(seen)
    if not hits:
        return []
    tokens: list[re.Match[str]] | None = None
    if len(low) != len(text) or "\u212a" in text:
        # lower-casing moved characters or made a letter an ASCII one (the kelvin sign): read the
        # tokens themselves, not the words of the lower-cased text
        tokens = list(frame_lexicons.WORD.finditer(text))
        seen = [t.group(0).lower() for t in tokens]
    lemma = frame_lexicons.lemma
    # a phrase's second word, when it is a word and not a slot, must follow: "was" opens a dozen
    # phrases ("was acquitted", "was voted down"), and most sentences have a "was" in them
    last = len(seen) - 1
    viable = [
        (k, phrases)
        for k in _places(seen, hits)
        if (phrases := _phrases_at(seen[k], seen[k + 1] if k < last else None))
    ]
    if not viable:
        return []
    if tokens is None:
        tokens = list(frame_lexicons.WORD.finditer(text))  # the match objects only where a phrase may start
    out: list[OutcomeStatement] = []
    i = 0
    longest = lex.longest
    for at, phrases in viable:
        if at < i:
            continue  # inside the phrase found before
        i = at
        surface = seen[i]
        words = [(lemma(t.group(0)), t.start(), t.end()) for t in tokens[i : i + longest]]
        best = None
        for p in phrases:
            if outcome_slots.SLOTS.isdisjoint(p.lemmas):
                n = frame_lexicons.match_at(words, 0, p.lemmas)
                if n:
                    best = (p, n, outcome_slots.PhraseMatch(n, words[n - 1][2], None, words[n - 1][2]))
                    break
            else:
                m = outcome_slots.match_phrase(text, tokens, i, p.lemmas)
                if m is not None:  # "acquitted former sergeant Colm Dorn", "denied stealing"
                    best = (p, m.words, m)
                    break
        if best is None:
            i += 1
            continue
        p, n, match = best
        before = tokens[i - 1].group(0).lower() if i else ""
        # "a losing streak", "after winning": no outcome stated; ", entering a plea of not guilty": a
        # participle clause of the sentence's subject states one
        clause = i > 0 and text[tokens[i - 1].end() : tokens[i].start()].strip() == ","
        if (
            (surface.endswith("ing") and not (clause and n > 1))
            or before in _DETERMINERS
            or before in ("to", "a", "of")
            or to_number(before) is not None
        ):
            i += n  # "a losing streak", "the win", "to win", "a run of nine defeats": not an outcome stated
            continue
        near = {t.group(0).lower() for t in tokens[max(0, i - 4) : i]}  # surface words: "planning" is no "plan"
        out.append(
            OutcomeStatement(
                p.cls,
                p.positive,
                words[0][1],
                match.end,
                bool(near & lex.revision_cues),
                match.person,
                match.tail,
                match.chamber,
                p.lemmas in lex.opponent_phrases,
            )
        )
        i += n
    return out


_ANCHOR = re.compile(r"^(?P<n>\w+(?:\s+\w+)?)\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>after|before)$", re.I)
#: the words an anchor event may be told in after "after"/"before": up to the next clause stop
_ANCHOR_TAIL = re.compile(r"[^,;:.!?()“”\"—–]{1,90}")
_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "this", "that", "a", "an"})
#: subjects an anchor clause may have without a determiner ("after she was elected", "after construction began")
_PRONOUNS = frozenset({"she", "he", "they", "it", "we", "i", "you"})
_ANCHOR_AUX = frozenset({"was", "were", "is", "are", "had", "has", "have", "been", "being", "be", "got"})
#: prepositions after an anchor noun that name what it concerns ("the vote on the levy", "the passage of the bill")
_OF = frozenset({"of", "on", "over", "for"})
#: how many words before its event word an anchor may name what it concerns ("the Lindwick school levy vote")
_ANCHOR_WORDS = 4


@dataclass(frozen=True)
class Anchor:
    """A date told relative to another event: "three days after the election".

    :ivar days: signed offset in days (months and years as 30 and 365 days; weeks as 7).
    :ivar cls: the trigger class of the anchor event's word ("vote" for "the election", "approve" for
        "the levy was passed").
    :ivar noun: that word's lemma.
    :ivar end: the offset in the text where the anchor event's words end (0 when unknown).
    :ivar object: the lemma of what the anchor event concerns ("levy" in "the levy vote", "the levy's
        passage", "the vote on the levy", "the levy was passed", "voters approved the levy"), or None.
    :ivar mods: lower-case words before that object ("school" in "the school levy vote").
    :ivar start: the offset where the anchor event's words begin.
    :ivar names: capitalised words in the anchor's words, whose event it is ("Marl", "County" in "the Marl
        County commission's levy vote").
    """

    days: int
    cls: str
    noun: str
    end: int = 0
    object: str | None = None
    mods: frozenset[str] = frozenset()
    start: int = 0
    names: frozenset[str] = frozenset()
    #: the weekday (0 = Monday) of "the following Tuesday": the first such day after the anchor's
    weekday: int | None = None


_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


def distinct_event(clause: str, cls: str) -> str | None:
    """The word that makes a clause's event another one of its kind ("A second attack struck Pellow",
    "In a separate attack"): a distinct cue of ``triggers.yaml`` before a noun of the trigger class
    ``cls``; None when there is none."""
    lex = frame_lexicons.triggers()
    low = clause.lower()
    if not _written(lex.distinct_cues).search(low):
        return None  # no cue is written here (most sentences): the words need not be read
    words = frame_lexicons.WORD.findall(low)
    if lex.distinct_cues.isdisjoint(words):
        return None
    nouns = _class_nouns(cls)
    for i, w in enumerate(words):
        if w in lex.distinct_cues and any(frame_lexicons.lemma(x) in nouns for x in words[i + 1 : i + 3]):
            return w  # "a second attack", "a separate bomb attack"
    return None


#: the trigger class of the verbs that move another event to another date (``triggers.yaml``)
MOVE_CLASS = "reschedule"


def moved(sentence: str, trigger: Trigger) -> bool:
    """Whether the event noun ``trigger`` is told in ``sentence`` as moved to another date by a verb of the
    ``reschedule`` class ("Monday's budget vote was delayed", "the council put off the hearing on
    Friday"): its date there is a schedule the story has given up, not the day it happens, so it is
    compared only with the dates of the event told as moved elsewhere. A called-off event is not moved
    ("cancelled Tuesday's match": Tuesday stays the match's day)."""
    return trigger.pos == "noun" and trigger.cls != MOVE_CLASS and _moves(sentence)


@lru_cache(maxsize=512)  # the events linker asks once per noun-dated date of a sentence
def _moves(sentence: str) -> bool:
    low = sentence.lower()
    if not any(stem in low for stem in _move_stems()):
        return False  # no verb of the class can be written here (most sentences)
    words = frame_lexicons.lemmas(sentence)
    raw = [sentence[a:b] for _, a, b in words]
    return any(
        pos == "verb"
        and phrase.cls == MOVE_CLASS
        and _verbish(words, raw, i)  # "delayed", "was put off", "will postpone"; not "after a delay"
        and (i == 0 or raw[i - 1].lower() not in _DETERMINERS)  # "the delayed vote" is an adjective
        for i, (phrase, pos, _) in _matches(words).items()
    )


@lru_cache(maxsize=1)
def _move_stems() -> tuple[str, ...]:
    """The first letters every written form of a ``reschedule`` verb starts with ("postpon", "put")."""
    firsts = {p.lemmas[0] for p in frame_lexicons.triggers().verbs if p.cls == MOVE_CLASS}
    return tuple(sorted({w[:-1] if w.endswith("e") else w for w in firsts}))


@lru_cache(maxsize=128)  # one per trigger class
def _class_nouns(cls: str) -> frozenset[str]:
    """The one-word noun triggers of trigger class ``cls`` (lemmas)."""
    return frozenset(p.lemmas[0] for p in frame_lexicons.triggers().nouns if p.cls == cls and len(p.lemmas) == 1)


@dataclass(frozen=True)
class AnchorEvent:
    """The event words after "after"/"before" in a relative date: ``text[start:end]``, the trigger
    class and lemma of its event word, what it concerns (lemma), that thing's modifiers and the
    capitalised words (names) among the event's words."""

    start: int
    end: int
    cls: str
    lemma: str
    object: str | None
    mods: frozenset[str]
    names: frozenset[str] = frozenset()


def with_subject_class(text: str, trigger: Trigger, lo: int = 0) -> Trigger:
    """The verb ``trigger`` in the class of the event noun heading its subject, when the subject tells
    the event: a verb of several classes takes the subject's ("The earthquake struck" is the quake's
    strike, not an attack's; "The quake hit"), and a verb of ``subject_event_verbs`` ("took place",
    "was held") becomes the subject noun itself ("The call … took place on March 8": the call)."""
    if trigger.pos != "verb" or trigger.start <= lo:
        return trigger
    back = text[max(lo, trigger.start - 80) : trigger.start]
    # each pattern is tried only where the words it ends on are written: anchored at the end, they
    # would be tried at every character
    tail = back.rstrip()
    if tail.endswith(("which", "that")):
        back = _RELATIVE_END.sub("", back)
        tail = back.rstrip()
    if tail.endswith(_AUXILIARIES):
        back = _AUXILIARIES_END.sub("", back)
    if "between" in back or "with" in back or "among" in back:
        back = _PARTIES_PP.sub("", back)  # "The call between Vasko and Lunde": the call
    m = _last_word(without_subject_pp(back))
    if m is None:
        return trigger
    noun = frame_lexicons.lemma(m.group(1).lower())
    cls = _single_words("noun").get(noun)
    if cls is None or cls == trigger.cls:
        return trigger
    lex = frame_lexicons.triggers()
    if trigger.lemma in _subject_event_verbs():
        start = m.start(1) + max(lo, trigger.start - 80)
        return Trigger(noun, cls, "noun", start, start + len(m.group(1)), True)
    if any(p.cls == cls and p.lemmas == tuple(trigger.lemma.split()) for p in lex.verbs):
        return replace(trigger, cls=cls)
    return trigger


#: the parties after an event noun ("between Vasko and Lunde", "with the union"), up to the verb
_PARTIES_PP = re.compile(r"\s+(?:between|with|among)\s+[^,;]*$")
_RELATIVE_END = re.compile(r",?\s*(?:which|that)\s+$")
_AUXILIARIES = ("was", "were", "had", "has", "have", "been", "is", "are", "be", "will", "would")
_AUXILIARIES_END = re.compile(rf"(?:\b(?:{'|'.join(_AUXILIARIES)})\s+)+$")
_LAST_WORD = re.compile(r"([A-Za-z][\w'’-]*)\s*$")


def _last_word(text: str) -> re.Match[str] | None:
    """``_LAST_WORD.search(text)``, tried from the last run of non-space characters on: the pattern cannot
    match across a space before the end, and tried at every character it costs a search per character."""
    parts = text.rsplit(None, 1)
    at = text.index(parts[1], len(parts[0])) if len(parts) == 2 else 0
    return _LAST_WORD.search(text, at)


@lru_cache(maxsize=1)
def _subject_event_verbs() -> frozenset[str]:
    words = frame_lexicons.raw("triggers.yaml").get("subject_event_verbs") or ()
    return frozenset(" ".join(frame_lexicons.lemma(w) for w in str(v).split()) for v in words)


def is_recurring(cls: str, things: set[str | None], sentence: str) -> bool:
    """Whether an event of trigger class ``cls`` concerning ``things`` (lemmas: "index") recurs, as a
    market's close does, or its ``sentence`` says it does ("the weekly meeting"); see ``recurring`` in
    ``triggers.yaml``."""
    lex = frame_lexicons.recurring()
    if things & lex.objects.get(cls, frozenset()):
        return True
    if not _written(lex.cues).search(sentence.lower()):
        return False  # no cue is written here (most sentences): the words need not be read
    return not lex.cues.isdisjoint(map(str.lower, frame_lexicons.WORD.findall(sentence)))


@lru_cache(maxsize=8)
def _written(words: frozenset[str] | tuple[str, ...]) -> re.Pattern[str]:
    """A pattern found in a lower-cased text wherever one of ``words`` (lower case) is written, as a word or
    inside one: where it finds nothing, no word of the text is one of them (a test before reading the
    text's words; for cues of several words, the same test as ``any(cue in text …)`` in one search). Not a
    case-blind pattern on the text itself: that is tried at every character."""
    return re.compile("|".join(sorted(map(re.escape, words))) or "(?!)")


def is_event_noun(word: str) -> bool:
    """Whether ``word``, in any case ("Quake" heading a headline), is a trigger noun of ``triggers.yaml``
    ("quake", "earthquakes"): an event, never a name."""
    low = word.lower()
    nouns = _single_words("noun")
    return low in nouns or frame_lexicons.lemma(low) in nouns


@lru_cache(maxsize=2)
def _single_words(pos: str) -> dict[str, str]:
    lex = frame_lexicons.triggers()
    phrases = lex.nouns if pos == "noun" else lex.verbs
    return {p.lemmas[0]: p.cls for p in phrases if len(p.lemmas) == 1 and p.cls not in ("report", "baseline")}


_NOT_THING = frozenset({"in", "on", "at", "by", "to", "for", "from", "with", "and", "or", "but", "after", "before"})


def _thing(words: list[tuple[str, int, int]], j: int, end: int) -> tuple[str | None, frozenset[str], int]:
    """What an anchor event concerns, told from ``words[j]`` on: a determiner and up to three lower-case
    words, the last its head ("the school levy": "levy", {"school"}); (None, {}, ``end``) when none."""
    j += int(j < len(words) and words[j][0].lower() in _DETERMINERS)
    run: list[tuple[str, int, int]] = []
    for w in words[j : j + 4]:
        if w[0][:1].isupper() and not run:
            continue  # a name before the thing: "the Tellbury parks levy"
        if not w[0][:1].islower() or w[0].lower() in _NOT_THING:
            break
        run.append(w)
    if not run:
        return None, frozenset(), end
    return frame_lexicons.lemma(run[-1][0]), frozenset(w.lower() for w, _, _ in run[:-1]), run[-1][2]


def _names(words: list[tuple[str, int, int]], end: int) -> frozenset[str]:
    return frozenset(
        w.removesuffix("'s").removesuffix("’s")
        for w, _, b in words
        if b <= end
        and w[:1].isupper()
        and w.lower() not in _PRONOUNS
        and w.lower().removesuffix("'s").removesuffix("’s") not in _MONTH_DAY  # "Tuesday's levy vote": a date
    )


def anchor_event(text: str, at: int) -> AnchorEvent | None:
    """The anchor event told right after offset ``at`` (just after "after"/"before"), up to the next
    clause stop: a noun phrase whose head is an event noun ("the election", "the Lindwick levy vote",
    "the levy's passage", "the vote on the levy") or a clause whose verb is an event verb ("the levy was
    passed", "voters approved the levy", "construction began", "she was elected"). None when the words
    after ``at`` name no event of the trigger lexicon (``report`` and ``baseline`` classes left out)."""
    tail = _ANCHOR_TAIL.match(text, at)
    if tail is None:
        return None
    words = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[\w'’-]+", tail.group(0))]
    words = [(w, a + at, b + at) for w, a, b in words]
    if not words:
        return None
    nouns, verbs = _single_words("noun"), _single_words("verb")
    # a determiner, or a possessive that stands for one ("Tuesday's levy vote", "the council's vote")
    det = words[0][0].lower() in _DETERMINERS or words[0][0].endswith(("'s", "’s"))
    for i, (w, _a, b) in enumerate(words[: _ANCHOR_WORDS + 4]):
        if not w[:1].islower():
            continue  # a name ("the Marl County commission's levy vote"): what it concerns, never its event
        lemma = frame_lexicons.lemma(w)
        low = w.lower()
        passive = i > 0 and words[i - 1][0].lower() in _ANCHOR_AUX
        is_verb = lemma in verbs and (
            passive or low.endswith("ed") or (low in frame_lexicons.irregular() and low != lemma)
        )
        if lemma in nouns and not is_verb and (det or i == 0):
            # a noun phrase: its head is its last event noun ("the fire levy vote": vote); what it
            # concerns is the word before its head, or after "of"/"on"
            for k in range(i + 1, min(len(words), i + _ANCHOR_WORDS)):
                x = words[k][0]
                if not x[:1].islower() or x.lower() in _NOT_THING | _OF | _ANCHOR_AUX or x.lower().endswith("ed"):
                    break
                if frame_lexicons.lemma(x) in nouns:
                    i, lemma, b = k, frame_lexicons.lemma(x), words[k][2]
            # what it concerns is told in lower case ("the March 3 levy vote": levy); a possessive is whose
            # event it is ("the board's approval of the harbor plan": the plan)
            lower = [x for x, _, _ in words[int(det) : i] if x[:1].islower()]
            head = [x for x in lower if not x.endswith(("'s", "’s"))]
            end = b
            obj = frame_lexicons.lemma(head[-1]) if head else None
            mods = frozenset(x.lower() for x in head[:-1] if x[:1].islower())
            if obj is None and i + 2 < len(words) and words[i + 1][0].lower() in _OF:
                obj, mods, end = _thing(words, i + 2, end)
            if obj is None and lower:  # "the levy's passage": no "of", the possessive is what it concerns
                obj = frame_lexicons.lemma(lower[-1])
            elif (
                i + 1 < len(words) and words[i + 1][0][:1].islower() and frame_lexicons.lemma(words[i + 1][0]) in verbs
            ):
                end = words[i + 1][2]  # "the storm hit on September 2": the noun's own verb, then its date
            return AnchorEvent(words[0][1], end, nouns[lemma], lemma, obj, mods, _names(words, end))
        if is_verb and i >= 1:
            subject = [x for x, _, _ in words[:i] if x.lower() not in _DETERMINERS and x.lower() not in _ANCHOR_AUX]
            if not subject or len(subject) > _ANCHOR_WORDS:
                return None
            if not det and not (subject[0].lower() in _PRONOUNS or subject[0][:1].islower() or len(subject) > 1):
                return None
            end = b
            if passive or i + 1 >= len(words):
                obj = frame_lexicons.lemma(subject[-1]) if subject[-1].lower() not in _PRONOUNS else None
                mods = frozenset(x.lower() for x in subject[:-1] if x[:1].islower())
            else:  # "voters approved the school levy": its object
                obj, mods, end = _thing(words, i + 1, b)
            return AnchorEvent(words[0][1], end, verbs[lemma], lemma, obj, mods, _names(words, end))
    return None


#: an ordinal and a noun right before a date: "its 25th anniversary in", "the fiftieth anniversary on"
_ORDINAL_BEFORE = re.compile(r"\b(?P<n>[\w-]+)\s+(?P<noun>[a-z]+)\s+(?:in|on)\s+$")


def anniversary_before(text: str, start: int) -> int | None:
    """The years an anniversary counts when one is told right before the date at ``start`` ("celebrated
    its 25th anniversary in 2021": 25), by the ``anniversary_nouns`` of ``triggers.yaml``; None when none."""
    i = start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if i == start or text[i - 2 : i] not in ("in", "on"):
        return None  # not "… in " right before the date: the pattern, tried at every word, cannot match
    m = _ORDINAL_BEFORE.search(text, max(0, start - 60), start)
    if m is None or m.group("noun") not in _anniversary_nouns():
        return None
    n = ordinal_to_number(m.group("n"))
    return int(n) if n is not None and 1 <= n <= 1000 and n == int(n) else None


@lru_cache(maxsize=1)
def _anniversary_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in frame_lexicons.raw("triggers.yaml").get("anniversary_nouns") or ())


@lru_cache(maxsize=1)
def anniversary_events() -> frozenset[str]:
    """The trigger classes of the events an anniversary counts from (``anniversary_events`` of
    ``triggers.yaml``: an opening, a founding, a start), not any event told beside it ("bought the
    boathouse in 1999")."""
    return frozenset(str(w) for w in frame_lexicons.raw("triggers.yaml").get("anniversary_events") or ())


#: a relative clause about something its antecedent has ("The club, whose boathouse opened in 1999"):
#: the event is the thing's, not the antecedent's
_WHOSE = re.compile(r"\bwhose\s+(?:[\w'’-]+\s+){0,3}$", re.I)


def of_another_holder(text: str, trigger: Trigger) -> bool:
    """Whether the verb ``trigger`` is told of a thing its clause's subject has ("whose boathouse opened"),
    so that an anniversary of the subject does not count from it."""
    return bool(_WHOSE.search(text, max(0, trigger.start - 60), trigger.start))


_LATER = re.compile(r"^(?P<n>\w+(?:\s+\w+)?)\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>later|earlier)$", re.I)


_FOLLOWING = re.compile(r"^the\s+following\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", re.I)
_WEEKDAY_INDEX = {
    d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}


def following_weekday(text: str) -> int | None:
    """The weekday (0 = Monday) of "the following Tuesday", a day counted from the day told before it;
    None for any other text."""
    m = _FOLLOWING.match(" ".join(text.split()))
    return _WEEKDAY_INDEX[m.group("wd").lower()] if m else None


def offset_later(text: str) -> int | None:
    """The signed days of a date told from the event told just before it ("two years later": 730, "four
    days earlier": -4); None for any other text. Months count 30 days, years 365."""
    m = _LATER.match(" ".join(text.split()))
    if m is None:
        return None
    word = m.group("n").lower()
    n = 1.0 if word in ("the", "a", "an", "one") else to_number(word)
    if n is None or n != int(n):
        return None
    return int(n * _UNIT_DAYS[m.group("unit").lower()]) * (1 if m.group("dir").lower() == "later" else -1)


def anchor_of(text: str, start: int, end: int) -> Anchor | None:
    """The anchor of the relative date at ``text[start:end]`` ("three days after" + "the election")."""
    m = _ANCHOR.match(" ".join(text[start:end].split()))
    if m is None:
        return None
    word = m.group("n").lower()
    n = 1.0 if word in ("the", "a", "an", "one") else to_number(word)
    if n is None:
        return None
    event = anchor_event(text, end)
    if event is None:
        return None
    days = int(n * _UNIT_DAYS[m.group("unit").lower()]) * (1 if m.group("dir").lower() == "after" else -1)
    return Anchor(days, event.cls, event.lemma, event.end, event.object, event.mods, event.start, event.names)


__all__ = [
    "Anchor",
    "AnchorEvent",
    "OutcomeStatement",
    "Trigger",
    "anchor_event",
    "anchor_of",
    "anniversary_before",
    "distinct_event",
    "following_weekday",
    "heads_noun_phrase",
    "is_baseline",
    "object_features",
    "object_modifiers",
    "object_of",
    "object_words",
    "offset_later",
    "outcome_statements",
    "tense_of",
    "trigger_of",
]
