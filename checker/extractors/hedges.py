"""Hedge claims: cues of uncertainty or distance, the clause they qualify, and who holds them.

Design decisions:

* The lexicon is data (``checker/language/data/hedges.yaml``), compiled once into one alternation; a
  newsroom adds patterns or drops entries with :func:`load_lexicon` (CC501's ``extra-cues`` and
  ``ignore-cues``). Per-entry guards (``before``, ``not_before``, ``not_after``) carry the news
  tuning ("could not ensure", "May" the month, "military might", "I suggest we leave").
* Hedges inside a direct quotation (or a block-quote segment) are skipped: they are the quoted speaker's own stance ("I believe
  …" said by Kirby is Kirby's view), which the quote already attributes; the article itself keeps
  no distance there. First-person cues outside quotes ("we believe") are skipped for the same reason.
* The holder is, in order: a ``by`` agent ("believed by investigators to"), the subject of a verb
  cue ("police believe", "Russia claims that"), the nearest attribution of the same sentence
  ("police said the man allegedly …", "according to X, … reportedly …"), a saying noun's owner
  ("insistence by administration officials that …"); otherwise None. A denial ("Russia, which
  denies responsibility") or a relative clause never supplies the holder, and a source that
  contains the cue ("Putin reportedly told") is the reported party, not the reporter.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from checker.hookspecs import hookimpl
from checker.language.sources import vague_holder
from checker.models import Article, ClaimBase, HedgeClaim, Segment

if TYPE_CHECKING:
    from checker.config import Config

#: direct quotations; an opening mark with no close runs to the paragraph end (multi-paragraph quotes)
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
_WINDOW = 60  # characters of left context a guard looks at
_BE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|am)\s+(?:(?:widely|generally|also|still|now|long|not)\s+){0,2}\Z", re.I
)
_NP = r"[\w.’'&-]+(?:\s+(?!(?:to|that|and|but|who|which)\b)[\w.’'&-]+){0,5}?"
_BY_AGENT = re.compile(rf"\s+by\s+(?P<src>(?:the\s+)?{_NP})(?=\s+(?:to|that|as)\b|\s*[,.;:]|\s*$)", re.I)
_SAYING_NOUN = re.compile(
    r"\b(?:insistence|insistences|claims?|assertions?|belief|view|suggestions?|estimates?|warnings?|"
    rf"assessments?|allegations?|accusations?|fears?)\s+(?:by|from)\s+(?P<src>(?:the\s+)?{_NP})(?=\s*[,;:.]|\s+(?:that|of)\b)",
    re.I,
)
_SUBJECT = (
    r"(?P<src>\b(?:[A-Z][\w.’'&-]*\s+){0,4}[A-Z][\w.’'&-]*"
    r"|\b(?i:the|some|many|other|most|local|senior|western|several|U\.S\.)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s"
    r"|\b(?i:he|she|they|police|officials|investigators|analysts|experts|prosecutors|authorities))"
    r"\s+(?:(?:also|still|now|long|privately|publicly|widely|strongly|firmly|have|had|has|do|does|did)\s+){0,2}\Z",
    0,
)
#: "led many analysts to believe", "prompted some residents to suspect": the object of the causing verb
_LED_TO = (
    r"\b(?:led|leads|leading|prompted|prompts|prompting|caused|causes|convinced|persuaded|forced)\s+"
    r"(?P<src>(?!(?:to|that|the\s+way)\b)[\w.’'&-]+(?:\s+[\w.’'&-]+){0,3}?)\s+to\s+\Z",
    re.I,
)
#: a subject set off from its verb by a relative clause or a parenthetical ("Airbus, which has out-sold
#: Boeing since 2003, believes", "Boeing, by contrast, believes"): the subject still holds the belief
_SET_OFF_SUBJECT = (
    r"(?P<src>\b(?:[A-Z][\w.’'&-]*\s+){0,3}[A-Z][\w.’'&-]*|\b(?i:the)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
    r",\s+(?:(?:which|who)\b[^,;:.]{1,100}|(?i:by\s+contrast|in\s+contrast|however|meanwhile|instead|in\s+turn|too|"
    r"though|for\s+(?:its|their|his|her)\s+part|on\s+the\s+other\s+hand))"
    r",\s+(?:(?:also|still|now|long|privately|publicly|widely|strongly|firmly)\s+){0,2}\Z",
    0,
)
_NOT_SUBJECTS = {"it", "this", "that", "there", "these", "those", "which", "who", "what", "i", "we", "you"}
_DENIAL = re.compile(r"\bden(?:y|ies|ied|ying)\b|\breject(?:s|ed)?\b|\bdismiss(?:es|ed)?\b", re.I)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|who|whom|whose)\s+(?:\w+\s+){0,2}\Z", re.I)
_LEFT_BOUNDARY = re.compile(
    r"[;:—–()\[\]]\s*|,\s+|\b(?:that|which|who|whom|whose|because|while|although|though|but|whereas|unless)\s+",
    re.I,
)
_RIGHT_BOUNDARY = re.compile(
    r"\s*[;:—–()\[\]]|,\s+(?=(?:which|who|whom|whose|where|while|but|although|though|according|as|it|he|she|they"
    r"|and\s+(?:it|he|she|they|the))\b)"
    r"|\s+(?=(?:but|while|whereas|although)\s)",
    re.I,
)
_CLAUSE_END = re.compile(_RIGHT_BOUNDARY.pattern + r"|,\s", re.I)
_RELATIVES = {"which", "who", "whom", "whose"}
_THAT = re.compile(r"\s*(?:that\s+)?", re.I)
_TRAIL = '.!?,;:”"’ \t\n'
#: a sentence over four times this long (no full stop) is read in windows of three times it around each hedge
SENTENCE_WINDOW = 250
_TRAIL_QUOTES = '”"’) \t\n'
#: a subject further back in the clause, before a verb chain ("the senator could not resist suggesting",
#: "he seems to suggest", "because jurors believed")
_RELATIVE_SUBJECT_HEAD = r"(?P<src>(?:(?i:the)\s+)?(?:[A-Z][\w.’'&-]*\s+){0,5}[A-Z][\w.’'&-]*)\s*,\s*(?i:which|who)\s+"
_AUX = (
    r"(?:could|would|should|might|may|can|will|did|does|do|has|have|had|not|n[’']t|never|also|still|even|long|"
    r"then|later|repeatedly|once|again|resist|stop|help|keep|kept|began|begin|started|seems?|seemed|appears?|"
    r"appeared|to|went\s+on|went|so\s+far\s+as|refused|refuses|wanted|wants|tried|tries|continued|continues|"
    r"came|come|chose|declined|failed|seemed|[a-z]+ly)"
)
_RELATIVE_SUBJECT = (rf"{_RELATIVE_SUBJECT_HEAD}(?:{_AUX}\s+){{0,3}}\Z", 0)
_CLAUSE_SUBJECT = (
    r"(?:^|[,;:(]\s*|\b(?i:because|and|but|while|as|since|that|after|when|what)\s+)"
    rf"(?P<src>(?i:he|she|they)|(?i:the|some|many|most|several|other|an?)\s+(?:(?!{_AUX}\b)[A-Za-z][\w-]*\s+){{0,2}}"
    rf"(?!{_AUX}\b)[a-z][\w-]*|(?:[A-Z][\w.’'&-]*\s+){{0,3}}[A-Z][\w.’'&-]*|(?!{_AUX}\b)[a-z][\w-]*s)"
    rf"\s+(?:{_AUX}\s+){{0,5}}\Z",
    0,
)


@lru_cache(maxsize=1)
def _subject_patterns() -> tuple[re.Pattern[str], ...]:
    """The holder patterns of a verb cue, compiled on first use (:func:`holder_of`): ``_LED_TO``,
    ``_SET_OFF_SUBJECT``, ``_RELATIVE_SUBJECT``, ``_SUBJECT`` and ``_CLAUSE_SUBJECT`` (their texts and
    flags). A run whose articles hedge with no verb cue ("believes", "claims") never reads them, and
    compiling them at import was ~11,000 program words of every start-up."""
    return tuple(
        re.compile(text, flags)
        for text, flags in (_LED_TO, _SET_OFF_SUBJECT, _RELATIVE_SUBJECT, _SUBJECT, _CLAUSE_SUBJECT)
    )


@dataclass(frozen=True)
class Cue:
    """One lexicon entry: its name, pattern, sense and the guards that tune it for news.

    The guards are regular expressions' texts (case ignored), compiled the first time a match of the
    cue is checked (:meth:`accepts`): a run compiles only the guards of the cues its articles use
    (the shipped lexicon has ~25, ~9,500 program words in all).
    """

    name: str
    pattern: str
    sense: str = "custom"
    #: must match the text just before the cue (up to it)
    before: str | None = None
    #: must not match the text just before the cue (up to it)
    not_before: str | None = None
    #: must not match the text right after the cue
    not_after: str | None = None
    #: a verb whose subject holds the belief ("police believe", "Russia claims that")
    verb: bool = False
    #: how sure a match is a hedge: bare modals also state ability or permission
    confidence: float = 1.0

    def accepts(self, text: str, start: int, end: int) -> bool:
        """Whether the guards allow a match of this cue at ``text[start:end]``."""
        left = text[max(0, start - _WINDOW) : start]
        if self.before is not None and not _compiled(self.before, self.name).search(left):
            return False
        if self.not_before is not None and _compiled(self.not_before, self.name).search(left):
            return False
        return not (self.not_after is not None and _compiled(self.not_after, self.name).match(text, end))


@dataclass(frozen=True)
class Lexicon:
    """A compiled hedge lexicon: the entries and one alternation over all of them."""

    version: int
    cues: tuple[Cue, ...]
    pattern: re.Pattern[str]
    #: lower-case literal prefixes every cue starts with, as one case-sensitive pattern run on the
    #: lower-cased text: it finds the few places worth trying the full alternation (7x faster than
    #: scanning with it); None when some pattern has no literal start
    prefilter: re.Pattern[str] | None = None
    #: the character before each place ``prefilter`` finds but one at the text's start: searched for,
    #: its opening character class lets the matcher skip the inside of words in its fast loop
    before_start: re.Pattern[str] | None = None
    #: each entry's own bounded pattern by its index, compiled when a guard first refuses a match before
    #: it (:meth:`_accept`): most runs need none of them, and compiling all ~80 was a cost of every start
    singles: dict[int, re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.cues]

    def find(self, text: str) -> list[tuple[int, int, Cue]]:
        """(start, end, cue) of every guarded cue match in ``text``, left to right, not overlapping."""
        out: list[tuple[int, int, Cue]] = []
        pos = 0
        lower = text.lower()
        if self.prefilter is None or len(lower) != len(text):
            starts: Iterable[int] = range(len(text))
        elif self.before_start is None:
            starts = [m.start() for m in self.prefilter.finditer(lower)]
        else:
            starts = [m.end() for m in self.before_start.finditer(lower)]
            if self.prefilter.match(lower):
                starts.insert(0, 0)
        match = self.pattern.match
        for s in starts:
            if s < pos:
                continue
            m = match(text, s)
            if m is None:
                continue
            hit = self._accept(text, s, m.end(), int((m.lastgroup or "c0")[1:]))
            if hit is not None:
                out.append(hit)
                pos = hit[1]
        return out

    def _accept(self, text: str, s: int, e: int, k: int) -> tuple[int, int, Cue] | None:
        cue = self.cues[k]
        if cue.accepts(text, s, e):
            return s, e, cue
        # a guard refused the first alternative here: a later entry may still match at this place
        for j in range(k + 1, len(self.cues)):
            single = self.singles.get(j)
            if single is None:
                single = self.singles[j] = _regex(_bounded(self.cues[j].pattern), self.cues[j].name)
            m = single.match(text, s)
            if m and self.cues[j].accepts(text, s, m.end()):
                return s, m.end(), self.cues[j]
        return None


def _guard(value: Any) -> str | None:
    return rf"(?:{value})\Z" if value else None


@cache
def _compiled(pattern: str, name: str) -> re.Pattern[str]:
    """A guard's pattern, compiled once per process (ValueError naming the cue when it is invalid)."""
    return _regex(pattern, name)


def _regex(pattern: str, name: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as err:
        raise ValueError(f"hedge cue {name!r}: not a valid regular expression ({err})") from None


def _bounded(pattern: str) -> str:
    return rf"(?<![\w-])(?:{pattern})(?![\w-])"


def _entry(raw: Any) -> Cue:
    """A lexicon entry from YAML (a mapping) or from a newsroom's option (a plain pattern string)."""
    if isinstance(raw, str):
        name = raw.strip()
        return Cue(name=name, pattern=re.sub(r"(?<!\\) +", r"\\s+", name))
    name = str(raw["cue"])
    not_after = raw.get("not_after")
    return Cue(
        name=name,
        pattern=str(raw.get("pattern") or re.sub(r" +", r"\\s+", re.escape(name).replace("\\ ", " "))),
        sense=str(raw.get("sense", "custom")),
        before=_guard(raw.get("before")),
        not_before=_guard(raw.get("not_before")),
        not_after=str(not_after) if not_after else None,
        verb=bool(raw.get("verb", False)),
        confidence=float(raw.get("confidence", 1.0)),
    )


@lru_cache(maxsize=1)
def _shipped() -> tuple[int, tuple[Cue, ...]]:
    from checker import datafiles

    data = datafiles.load("checker", "language/data/hedges.yaml")  # parsed once, then cached like bytecode
    return int(data["version"]), tuple(_entry(c) for c in data["cues"])


def default_cues() -> list[str]:
    """The names of the shipped news lexicon's entries (``checker/language/data/hedges.yaml``)."""
    return [c.name for c in _shipped()[1]]


def load_lexicon(extra: Iterable[str] = (), remove: Iterable[str] = ()) -> Lexicon:
    """The shipped lexicon plus ``extra`` patterns (tried first), minus the entries named in ``remove``.

    Raises ValueError naming the cue for an invalid pattern or an unknown entry in ``remove``.
    The default lexicon (and any one configuration) is compiled once and cached.
    """
    return _load(tuple(extra), tuple(remove))


@lru_cache(maxsize=16)
def _load(extra: tuple[str, ...], remove: tuple[str, ...]) -> Lexicon:
    version, shipped = _shipped()
    known = {c.name for c in shipped}
    unknown = [r for r in remove if r not in known]
    if unknown:
        raise ValueError(f"unknown hedge cue {unknown[0]!r} to ignore; lexicon entries are: {', '.join(sorted(known))}")
    cues = tuple(_entry(x) for x in extra if x.strip()) + tuple(c for c in shipped if c.name not in remove)
    from_file = {id(c) for c in shipped}  # an extra pattern of the same name is not the shipped entry
    # an extra pattern is compiled alone now, so that a bad one is an error naming its cue; the shipped
    # entries' patterns are known good and compiled only if ever needed alone (Lexicon.singles)
    singles = {i: _regex(_bounded(c.pattern), c.name) for i, c in enumerate(cues) if id(c) not in from_file}
    combined = "|".join(f"(?P<c{i}>{c.pattern})" for i, c in enumerate(cues)) or "(?!)"
    shipped_keys = _shipped_prefixes()
    keys: set[str] = set()
    for c in cues:
        cached = shipped_keys.get(c.name) if id(c) in from_file else None
        found = set(cached) if cached is not None else _prefixes(c.pattern)
        if found is None:
            keys = set()
            break
        keys |= found
    if not keys:
        return Lexicon(version, cues, _regex(_bounded(combined), "lexicon"), singles=singles)
    starts = _prefix_tree(keys)
    prefilter = re.compile(rf"(?<![\w-])(?:{starts})")
    before_start = re.compile(rf"[^\w-](?={starts})")
    return Lexicon(version, cues, _regex(_bounded(combined), "lexicon"), prefilter, before_start, singles)


def _prefix_tree(prefixes: set[str]) -> str:
    """An alternation of the prefixes as a tree of letters (the matcher tries a few branches at each
    letter, not every prefix in turn); a :data:`SPACE` in one is any white space."""
    heads: dict[str, set[str]] = {}
    for p in prefixes:
        heads.setdefault(p[:1], set()).add(p[1:])
    parts = []
    for head, tails in sorted(heads.items()):
        if not head:
            continue
        rest = _prefix_tree(tails - {""})
        atom = r"\s" if head == SPACE else re.escape(head)
        if not rest:
            parts.append(atom)
        else:
            parts.append(f"{atom}(?:{rest})" + ("?" if "" in tails else ""))
    return "|".join(parts)


@lru_cache(maxsize=1)
def _shipped_prefixes() -> dict[str, list[str] | None]:
    """The literal prefixes of each shipped entry's pattern (:func:`_prefixes`), by entry name.

    Kept in the data file's cache (:func:`checker.datafiles.derived`): parsing the 77 patterns with
    the regex parser took 5-9 ms of every process. The stamp includes this module's modification
    time, so a change to the prefix code recomputes.
    """
    from checker import datafiles

    def compute(data: Any) -> dict[str, list[str] | None]:
        out: dict[str, list[str] | None] = {}
        for raw in data["cues"]:
            cue = _entry(raw)
            found = _prefixes(cue.pattern)
            out[cue.name] = None if found is None else sorted(found)
        return out

    try:
        code = os.stat(__file__).st_mtime_ns  # this module edited (the prefix code, say): recompute
    except OSError:  # pragma: no cover - no source file (a frozen build)
        code = 0
    prefixes: dict[str, list[str] | None] = datafiles.derived(
        "checker", "language/data/hedges.yaml", "prefixes", code, compute
    )
    return prefixes


#: a white-space character in a prefix (:func:`_prefixes`): any character ``\s`` matches
SPACE = " "


def _prefixes(pattern: str, limit: int = 4) -> set[str] | None:
    """The lower-case literal prefixes (up to ``limit`` characters) a pattern's matches start with.

    A :data:`SPACE` in a prefix stands for any white-space character (``\\s``). None when a match
    may start with something other than a literal (``\\w``, ``.``, a wide class).
    """
    import importlib

    c: Any = importlib.import_module("re._constants")  # the stdlib's own regex parser (no public API)
    parser: Any = importlib.import_module("re._parser")

    def walk(items: list[Any], prefix: str) -> set[str] | None:
        if len(prefix) >= limit or not items:
            return {prefix} if prefix else None
        op, av = items[0]
        rest = items[1:]
        if op is c.LITERAL:
            return walk(rest, prefix + chr(av).lower())
        if op is c.IN and len(av) <= 8 and all(o is c.LITERAL for o, _ in av):
            return union([walk(rest, prefix + chr(v).lower()) for _, v in av])
        if op is c.IN and av == [(c.CATEGORY, c.CATEGORY_SPACE)]:
            # "I\s+think": the white space after a short word, as SPACE (the prefilter's \s); "i" alone
            # would be tried at every word starting with an "i"
            return walk(rest, prefix + SPACE)
        if op is c.SUBPATTERN:
            return walk(list(av[3]) + rest, prefix)
        if op is c.BRANCH:
            return union([walk(list(alt) + rest, prefix) for alt in av[1]])
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            lo, _, sub = av
            once = walk(list(sub), prefix)  # at least one repetition: stop after it, to stay finite
            return once if lo else union([once, walk(rest, prefix)])
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return walk(rest, prefix)
        return {prefix} if prefix else None

    def union(parts: list[set[str] | None]) -> set[str] | None:
        out: set[str] = set()
        for part in parts:
            if part is None:
                return None
            out |= part
        return out

    try:
        return walk(list(parser.parse(pattern, re.IGNORECASE)), "")
    except (re.error, RecursionError):  # pragma: no cover - _regex() reports a bad pattern first
        return None


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Offsets of the direct quotations in a paragraph (an unclosed one runs to its end)."""
    return [m.span() for m in _QUOTED.finditer(text)]


def hedges_in(text: str, lexicon: Lexicon | None = None) -> list[tuple[int, int, Cue]]:
    """(start, end, cue) of the hedges in a string, outside direct quotations."""
    lex = lexicon or load_lexicon()
    found = lex.find(text)
    if not found:
        return found
    quoted = sorted(quoted_ranges(text))
    if not quoted:
        return found
    # issue 11: bisect over the quotations (with the furthest end so far), not every quotation per hedge
    starts = [a for a, _ in quoted]
    reach = list(accumulate((b for _, b in quoted), max))
    out = []
    for h in found:
        k = bisect_right(starts, h[0]) - 1
        if k < 0 or reach[k] <= h[0]:
            out.append(h)
    return out


# -- holder and scope ---------------------------------------------------------------------------


#: characters before a position that a pattern anchored there (``…\Z``) may need: a few words
TAIL = 300


def _tail(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    r"""``pattern`` (anchored with ``\Z``) ending at ``end``, tried only over the last TAIL characters.

    issue 11: searching from the sentence's start tried every position in it, for every hedge cue.
    """
    return pattern.search(text, max(0, end - TAIL), end)


def _attributions(sentence: str) -> list[tuple[int, int, str, str]]:
    from checker.extractors.attributions import attributions_in

    return attributions_in(sentence)


def _clean(src: str) -> str:
    return src.strip(" ,;:")


@lru_cache(maxsize=64)
def _saying_noun(sentence: str) -> re.Match[str] | None:
    return _SAYING_NOUN.search(sentence)  # once per sentence, not once per hedge in it


def holder_of(
    sentence: str, start: int, end: int, cue: Cue, attributions: Sequence[tuple[int, int, str, str]] | None = None
) -> tuple[str | None, str | None]:
    """(holder, source class) of the hedge at ``sentence[start:end]``; (None, None) when nobody is named.

    ``attributions`` are the sentence's ``attributions_in`` results when the caller has them already.
    """
    by = _BY_AGENT.match(sentence, end) if cue.sense != "possibility" else None
    if by:
        return _clean(by.group("src")), _classify(by.group("src"))
    passive = bool(_tail(_BE_BEFORE, sentence, start))
    if attributions is None:
        attributions = _attributions(sentence)
    if cue.verb and not passive:
        led_to, set_off_subject, relative_subject, subject_before, clause_subject = _subject_patterns()
        led = led_to.search(sentence, 0, start)
        if led:  # "the absence of Jobs led many analysts to believe": the object holds the belief
            src = led.group("src")
            return src, _classify(src)
        set_off = _tail(set_off_subject, sentence, start)
        if set_off and set_off.group("src").split()[0].lower() not in _NOT_SUBJECTS:
            src = set_off.group("src")
            return src, _classify(src)
        for a_start, a_end, src, cls in attributions:
            at = sentence.find(src, a_start, a_end)
            if a_start <= start < a_end and at >= 0 and at + len(src) <= start:
                return src, cls
        antecedent = _tail(relative_subject, sentence, start)
        if antecedent:  # "the Fundamentalist LDS Church, which believes …": the antecedent holds it
            src = antecedent.group("src")
            return src, _classify(src)
        subject = _tail(subject_before, sentence, start)
        if subject and subject.group("src").lower() not in _NOT_SUBJECTS:
            src = subject.group("src")
            return src, _classify(src)
        far = clause_subject.search(sentence, 0, start)
        if far:
            src = far.group("src")
            if src.lower() not in _NOT_SUBJECTS and src.split()[0].lower() not in _NOT_SUBJECTS:
                return src, _classify(src)
    best: tuple[int, str, str] | None = None
    for a_start, a_end, src, cls in attributions:
        if a_start < end and start < a_end:
            continue  # the source contains the cue ("Putin reportedly told"): the reported party
        if _DENIAL.search(sentence, a_start, a_end) or _tail(_RELATIVE_BEFORE, sentence, a_start):
            continue  # "Russia, which denies responsibility" holds nothing
        distance = start - a_end if a_end <= start else (a_start - end) + 10_000  # prefer a preceding source
        if best is None or distance < best[0]:
            best = (distance, src, cls)
    if best:
        return best[1], best[2]
    owner = _saying_noun(sentence)
    if owner:
        return _clean(owner.group("src")), _classify(owner.group("src"))
    return None, None


def _classify(source: str) -> str:
    from checker.extractors.attributions import classify

    return classify(source)


def _after_that(sentence: str, i: int) -> int:
    m = _THAT.match(sentence, i)
    return m.end() if m else i


def scope_of(
    sentence: str, start: int, end: int, cue: Cue, attributions: Sequence[tuple[int, int]] = ()
) -> tuple[int, int]:
    """(start, end) within ``sentence`` of the clause the hedge at ``sentence[start:end]`` qualifies."""
    relative = False
    if cue.verb and not _tail(_BE_BEFORE, sentence, start):
        lo = start  # "police [believe the man fled]": the cue and its complement, not the believer
    else:
        lo = 0
        for m in _LEFT_BOUNDARY.finditer(sentence, 0, start):
            lo = m.end()
            relative = m.group().strip().lower() in _RELATIVES and sentence[: m.start()].rstrip().endswith(",")
        for _, a_end in attributions:
            if lo < a_end <= start:
                lo = _after_that(sentence, a_end)
        lo = min(lo, start)
    hi = len(sentence)
    closing = (_CLAUSE_END if relative else _RIGHT_BOUNDARY).search(sentence, end)
    if closing:
        hi = closing.start()  # a parenthetical ", who allegedly …," ends at its closing comma
    for a_start, _ in attributions:
        if end <= a_start < hi:
            hi = a_start
    while hi > max(lo, end) and sentence[hi - 1] in _TRAIL:
        hi -= 1
    return lo, max(hi, end)


def find_hedges(article: Article, segments: Iterable[Segment], lexicon: Lexicon | None = None) -> list[HedgeClaim]:
    """The hedge claims of an article's content segments."""
    lex = lexicon or load_lexicon()
    out: list[HedgeClaim] = []
    for seg in segments:
        if seg.kind in ("furniture", "quote"):
            continue  # a block quote is the quoted source's own words, like a direct quotation
        text = seg.text
        sources: dict[int, list[tuple[int, int, str, str]]] = {}
        for s, e, cue in hedges_in(text, lex):
            sent = seg.sentence_at(s)
            lo, hi = (sent.start, sent.end) if sent else (0, len(text))
            if hi - lo > 4 * SENTENCE_WINDOW:
                # issue 11: a run-on "sentence" is read in windows around the hedge; the hedges of one block
                # share a window, so what is worked out per sentence (its attributions) is reused
                block = lo + (s - lo) // SENTENCE_WINDOW * SENTENCE_WINDOW
                lo, hi = max(lo, block - SENTENCE_WINDOW), min(hi, block + 2 * SENTENCE_WINDOW)
            sentence = text[lo:hi]
            if lo not in sources:
                sources[lo] = _attributions(sentence)
            found = sources[lo]
            if sentence.rstrip(_TRAIL_QUOTES).endswith("?"):
                continue  # a question asserts nothing: "Can you imagine … if arson were suspected?"
            holder, holder_class = holder_of(sentence, s - lo, e - lo, cue, found)
            if cue.sense in ("allegation", "report") and cue.verb and holder and not vague_holder(holder):
                continue  # "Russia claimed that …", "prosecutors alleged": an attribution, not a hedge
            c_lo, c_hi = scope_of(sentence, s - lo, e - lo, cue, [(a[0], a[1]) for a in found])
            ss, se = seg.file_range(lo + c_lo, lo + c_hi)
            out.append(
                HedgeClaim.found_in(
                    article,
                    seg,
                    s,
                    e,
                    "hedges",
                    confidence=cue.confidence,
                    cue=cue.name,
                    scope=article.span(ss, se),
                    holder=holder,
                    holder_class=holder_class,
                    sense=cue.sense,
                )
            )
    return out


def configured_lexicon(config: Config | None) -> Lexicon:
    """The lexicon with CC501's ``extra-cues`` and ``ignore-cues`` options applied (by code or name)."""
    if config is None:
        return load_lexicon()
    rules = getattr(config.settings, "rules", None) or {}
    options = rules.get("CC501") or rules.get("hedged-language") or {}
    extra = options.get("extra-cues", options.get("extra_cues")) or []
    remove = options.get("ignore-cues", options.get("ignore_cues")) or []
    return load_lexicon(tuple(extra), tuple(remove))


@hookimpl
def claimcheck_extract_claims(article: Article, segments: list[Segment], config: Config) -> list[ClaimBase]:
    return list(find_hedges(article, segments, configured_lexicon(config)))
