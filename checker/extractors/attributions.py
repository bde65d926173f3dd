"""Attribution claims: who says so ("according to X", "X said", "filings show") and what it covers."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from checker.hookspecs import hookimpl
from checker.language import names
from checker.language.lazy_patterns import on_first_use
from checker.models import Article, AttributionClaim, ClaimBase, Segment, Span

if TYPE_CHECKING:
    from checker.config import Config

CUES = (
    "said", "says", "say", "told", "tells", "stated", "states", "announced", "announces", "confirmed", "confirms",
    "added", "adds", "noted", "notes", "reported", "reports", "claimed", "claims", "alleged", "alleges", "warned",
    "warns", "insisted", "insists", "acknowledged", "acknowledges", "denied", "denies", "explained", "wrote",
    "writes", "argued", "argues", "believes", "believe", "suspect", "suspects", "saying", "adding", "noting",
    "warning", "insisting", "telling", "writing", "claim", "notified",
)  # fmt: skip
VAGUE_HEADS = {
    "officials", "official", "sources", "source", "people", "experts", "analysts", "observers", "diplomats",
    "residents", "activists", "witnesses", "reports", "critics", "insiders", "aides", "someone", "some", "many",
    "others", "groups", "authorities", "police", "officers", "investigators", "spokesman", "spokeswoman",
    "spokesperson", "person", "those", "officer", "member", "members", "staff", "workers", "doctors", "medics",
    "teachers", "parents", "locals", "neighbours", "neighbors", "protesters", "rescuers", "firefighters",
    "scientists", "researchers", "prosecutors", "lawmakers", "legislators", "economists", "traders", "villagers",
    "survivors", "relatives", "families", "students", "soldiers", "troops", "rebels", "militants", "monitors",
}  # fmt: skip
DOCUMENT_HEADS = {
    "report", "reports", "filings", "filing", "documents", "document", "records", "data", "figures", "study",
    "survey", "papers", "statistics", "census", "poll", "audit", "letter", "memo", "email", "emails", "transcript",
    "statement", "analysis", "estimates", "count", "tally", "website", "release",
}  # fmt: skip
#: nouns for a person described rather than named ("the Russian strongman said")
ROLE_NOUNS = {
    "strongman", "leader", "president", "minister", "spokesman", "spokeswoman", "spokesperson", "senator",
    "governor", "mayor", "chief", "general", "ambassador", "envoy", "premier", "king", "queen", "pope", "secretary",
    "chancellor", "commander", "director", "chairman", "chairwoman", "judge", "prosecutor", "lawyer", "attorney",
    "man", "woman", "father", "mother", "neighbour", "neighbor", "witness", "resident", "victim", "officer",
}  # fmt: skip
#: subjects that are not sources ("it said" is a source only with an antecedent we do not resolve)
_NOT_SOURCES = {
    "it", "that", "this", "which", "who", "what", "there", "as", "has", "had", "have", "and", "but", "having", "being",
}  # fmt: skip


def _trie(words: tuple[str, ...] | list[str]) -> str:
    """One regex alternation shaped as a trie: Python's engine tries plain alternatives one by one."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(k) + emit(v) for k, v in sorted(node.items()) if k]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


#: a subject never ends in a verb, a determiner or a preposition ("has said", "including an")
_NOT_SUBJECT_ENDS = {
    "has", "have", "had", "was", "were", "is", "are", "be", "been", "not", "also", "a", "an", "the", "of", "to",
    "in", "on", "for", "with", "by", "including", "from", "previously", "later", "earlier", "never", "once",
    "did", "didn't", "does", "doesn't", "do", "don't", "would", "will", "could", "can", "may", "might", "must",
    "should", "won't", "wouldn't", "couldn't", "cannot",
}  # fmt: skip
#: adverbs between a subject and its cue ("the carmaker merely said"): dropped from the source
_ADVERBS = {
    "merely", "already", "just", "only", "even", "still", "repeatedly", "recently", "publicly", "privately",
    "reportedly", "again", "first", "then", "also", "later", "earlier", "previously", "once", "initially", "simply",
}  # fmt: skip
#: the first of two coordinated sources just before "and" ("medical officials and a surviving relative said")
#: it opens a clause (the sentence's start or after a comma) and is no pronoun's object ("He saw doctors and")
_COORDINATED = re.compile(
    r"(?:^|(?<=,\s)|(?<=^\W))(?:(?:and|but)\s+)?(?P<np>(?!(?:he|she|it|they|we|i|you)\b)(?:(?:[A-Za-z][\w-]*\s+){0,2})(?:"
    + "|".join(sorted(VAGUE_HEADS - {"some", "many", "others", "those", "person", "someone"}))
    + r"))\s+and\s+\Z",
    re.I,
)


def _ends_with_and(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends with "and" (in any case) and white space, as :data:`_COORDINATED`
    does: most subjects do not (one cheap test before it)."""
    head = text[:end]
    kept = head.rstrip()
    return len(kept) < len(head) and kept[-3:].lower() == "and"


#: perfect auxiliaries between a subject and its cue ("officials have said")
_PERFECT = {"has", "have", "had"}
#: "claim" is a cue only as a present-tense verb with a clause after it ("Police claim that …"), never
#: the noun ("the insurance claim that was filed"): its subject must be plural, official or a name
_CLAIM_OBJECT = re.compile(r"\s+(?:that|they|he|she|it|the|a|an|there)\b")
#: participle cues ("…, saying") take the main clause's subject: too far to find safely
_PARTICIPLES = {"saying", "adding", "noting", "warning", "insisting", "telling", "writing"}
_PREPOSITIONS = {"in", "on", "at", "after", "before", "during", "for", "with", "by", "from", "under", "near", "since"}
_DETERMINERS = {"a", "an", "the", "some", "several", "many", "two", "three", "four", "its", "his", "her", "their"}
_CUE_TRIE = _trie(CUES)  # built once: two patterns read it
_CUE_RE = re.compile(r"\b(?:" + _CUE_TRIE + r")\b")
_REPORT_NOUNS = ("report", "statement", "study", "survey", "analysis", "count", "tally", "letter", "memo")
_DOCUMENT_VERBS = ("show", "suggest", "indicat", "reveal")


#: The cue "according to" and its source (a 1,800-word program, with the cues); compiled on first use.
_according = on_first_use(
    # hostile-input fix (issue 11): possessive runs and whole-word lazy steps keep this linear in the
    # length of the text (the source used to be extended one character at a time, each step
    # re-scanning the run of spaces ahead: cubic on a long run of spaces)
    r"\b(?P<cue>according\s+to)\s++(?P<src>[^,.;:“”\"()\s]++(?:\s++[^,.;:“”\"()\s]++)*?)"
    r"(?=\s*+(?:[,.;:“”\"()]|$)|\s++(?:and|but|which|who|that|" + _CUE_TRIE + r")\b)",
    re.I,
)


#: A document's cue ("a report by", "a statement from") and its source; compiled on first use.
_report_by = on_first_use(
    r"\b(?P<cue>(?:a|an|the)\s+(?:new\s+)?(?:report|statement|study|survey|analysis|count|tally|letter|memo)\s+"
    r"(?:by|from))\s++(?P<src>[^,.;:“”\"\s]++(?:\s++[^,.;:“”\"\s]++)*?)(?=\s*+(?:[,.;:“”\"]|$)|\s++(?:shows?|showed|"
    r"found|finds|published|released|that|which|said|says)\b)",
    re.I,
)


#: Documents as the source ("court filings show"); compiled on first use.
_document = on_first_use(
    r"\b(?P<src>(?:(?:court|tax|financial|public|police|official)\s+)?(?:filings|documents|records|data|figures|papers|"
    r"statistics|records))\s+(?P<cue>show(?:ed|n|s)?|suggest(?:ed|s)?|indicate(?:d|s)?|reveal(?:ed|s)?)\b",
    re.I,
)


#: the subject of "X said" starts after the last clause boundary before the cue
# (The full stop first, what may not stand before it checked after it: the nine lookbehinds run at
# full stops only, not at every character of the window; the same matches.)
_CLAUSE_START = re.compile(
    r"(?:^|(?<!\d),|,(?!\d)|[;:!?“”\"—–]|\.(?<![A-Z]\.)(?<!\b[A-Z][a-z]\.)(?<!\bMrs\.)(?<!\bSen\.)(?<!\bGov\.)"
    r"(?<!\bRep\.)(?<!\bGen\.)(?<!\bCol\.)(?<!\bSgt\.)(?<!\bCapt\.)(?<!\bProf\.)(?=\s)|"
    r"\b(?:and|but|while|because|after|before|that|which|when|where|as|if|though|although|since|until)\b)\s*"
)


#: a source named after its cue: "…,” said Kirby." / "said the spokesman"
# Compiled on first use: read only after a cue that follows a quote or opens the text.
_inverted = on_first_use(
    r"\s+(?P<src>(?:(?:the|a|an)\s+(?:[a-z]+\s+){0,2}[a-z]+(?=\s*(?:[,.;:!?]|$)|\s+(?:on|in|at|after|during|"
    r"last|this|yesterday|today|who|when)\b))|"
    r"(?:(?:[a-z]+\s+){1,3}(?=[A-Z][\w’'-]*\s+[A-Z]))?"  # "crown prosecutor Susan Carter"
    r"(?:[A-Z][a-z]{1,3}\.\s+)?(?:(?:[A-Z][\w’'-]*|[A-Z]\.|al-|bin|van|von|de)(?:\s+|(?=[,.;]|$))){1,6})"
)


_STATEMENT_FROM = re.compile(
    r"^(?:(?:a|an|the)\s+(?:new\s+)?(?:report|statement|study|survey|analysis|letter|memo)\s+(?:by|from)\s+)", re.I
)
_SPACES = re.compile(r"\s+")
_MASK = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
_WORDS = re.compile(r"[\w’'-]+")


@lru_cache(maxsize=4096)  # the same sources recur ("he", "police", a surname) from article to article
def classify(source: str) -> str:
    """person, organisation, document or vague."""
    words = _WORDS.findall(source)
    if not words:
        return "vague"
    lower = [w.lower() for w in words]
    head = lower[-1]
    if lower[0] in names.PRONOUNS and len(words) == 1:
        return "person"
    if sum(w[:1].isupper() for w in words) >= 2 and names.people_in(source):
        return "person"
    if len(words) >= 2 and names.is_titled_surname(source):
        return "person"  # "Mr. Baptiste", "President Putin"
    if lower[0] == "the" and head in ROLE_NOUNS:
        return "person"  # "the spokesman" points back to a named person; "a spokesman" stays anonymous
    if head in DOCUMENT_HEADS or lower[0] in ("filings", "documents", "records", "data"):
        return "document"
    if head in VAGUE_HEADS or any(w in VAGUE_HEADS for w in lower[:3]):
        return "vague"  # "officials", "U.S. officials", "sources close to the talks" name nobody
    caps = [w for w in words if w[:1].isupper()]
    if len(words) == 1 and caps and caps[0] not in names.NOT_NAMES and not caps[0].isupper():
        return "person"  # a surname on its own ("Kirby said")
    if lower[0] in ("a", "an", "one", "some", "several", "many", "two", "three"):
        return "vague"
    if caps or lower[0] == "the":
        return "organisation"  # named, or "the ministry" pointing back to one
    return "vague"


def _mask_quotes(text: str) -> str:
    """The text with quoted words blanked, so cue verbs inside a quotation are not attributions."""
    if "“" not in text and '"' not in text:
        return text
    return _MASK.sub(lambda m: m.group(0)[0] + " " * (len(m.group(0)) - 2) + m.group(0)[-1:], text)


def _left_subject(text: str, cue_start: int) -> tuple[int, str] | None:
    """The subject noun phrase before a cue verb: (offset, phrase), or None when there is none."""
    lo = max(0, cue_start - 90)
    window = text[lo:cue_start]
    start = 0
    for m in _CLAUSE_START.finditer(window):
        if m.end() < len(window) or m.start() == 0:
            start = m.end()
    phrase = window[start:].rstrip()
    lead = len(phrase) - len(phrase.lstrip(" ,"))
    phrase = phrase.strip(" ,")
    if not phrase and window.rstrip().endswith(",") and not window.rstrip().endswith("”,"):
        return _appositive(window.rstrip()[:-1], lo)
    if not phrase or phrase[-1] in '”"':
        return None
    head = window[:start].rstrip()
    first = phrase.split(None, 1)[0] if phrase else ""
    aged = bool(phrase) and not any(c.isalpha() for c in phrase)  # "Okafor, 47, said"
    if head.endswith(",") and (
        phrase.startswith(("a ", "an ", "the ")) or aged or (first.endswith("ing") and first.islower())
    ):
        # a description, an age or a participle clause set off after the name: "Maria Lopez, a neighbour,
        # said", "Piet Okafor, the quarry's manager, said", "Ibarra, speaking in Fort Orlan, added"
        named = _appositive(head[:-1], lo)
        if named is not None and (names.people_in(named[1]) or (aged and _SURNAME.fullmatch(named[1]))):
            return named
    if phrase.split(None, 1)[0].lower() in _PREPOSITIONS:
        # "In the town a neighbour said": the subject starts at the last determiner or name
        toks = list(re.finditer(r"\S+", phrase))
        starts = [
            t.start()
            for k, t in enumerate(toks)
            if k
            and (t.group().lower() in _DETERMINERS or (t.group()[:1].isupper() and toks[k - 1].group()[:1].islower()))
        ]
        if not starts:
            return None
        lead += starts[-1]
        phrase = phrase[starts[-1] :]
    words = phrase.split()
    while len(words) > 1 and words[-1].lower() in _ADVERBS:
        words.pop()
        phrase = phrase[: phrase.rindex(words[-1]) + len(words[-1])]
    while words and not any(c.isalpha() for c in words[0]):
        # "…, 2009 United States automobile company General Motors announced": a date's tail is not the subject
        lead += len(phrase) - len(phrase[len(words[0]) :].lstrip())
        phrase = phrase[len(words[0]) :].lstrip()
        words = words[1:]
    if not words:
        return None
    if len(words) > 1 and words[-1].lower() in names.PRONOUNS:
        # "Of the government ownership he said": the pronoun is the subject
        return lo + start + lead + len(phrase) - len(words[-1]), words[-1]
    if words[0].endswith("ing") and words[0].islower():
        return None  # "releasing a statement saying": a participle clause, not a subject
    pair = _COORDINATED.search(window, 0, start) if _ends_with_and(window, start) else None
    if pair and len(words) <= 4:
        # "medical officials and a surviving relative said": two sources of one statement, both named
        lead -= start - pair.start("np")
        phrase = window[pair.start("np") : start] + phrase
        words = phrase.split()
    if len(words) > 1 and words[-1].lower() in _PERFECT and words[-2].lower() not in _NOT_SUBJECT_ENDS:
        # "officials have said", "the ministry has confirmed": the auxiliary is not part of the source
        words.pop()
        phrase = phrase[: phrase.rindex(words[-1]) + len(words[-1])]
    if len(words) > 8 or words[0].lower() in _NOT_SOURCES or words[-1].lower() in _NOT_SOURCES:
        return None
    if words[-1].lower() in _NOT_SUBJECT_ENDS:
        return None
    return lo + start + lead, phrase


#: one capitalised word, a surname given an age after it ("Okafor, 47, said")
_SURNAME = re.compile(r"[A-Z][\w'’-]+")


def _appositive(before: str, lo: int) -> tuple[int, str] | None:
    """The name set off by commas before a cue: "The company's owner, Margaret Harlow, said"."""
    cut = max(before.rfind(c) for c in ",;:(“”")
    for m in _CLAUSE_START.finditer(before, max(cut, 0)):
        if m.start() > 0 and m.end() < len(before) and before[m.start()] not in ",;:(“”":
            cut = m.end() - 1  # a sentence boundary or conjunction after the last comma
    chunk = before[cut + 1 :]
    phrase = chunk.strip()
    if phrase[:1].islower() and cut > 0 and before[cut] == ",":
        # "Maria Lopez, a neighbour, said": the name comes before the description
        named = _appositive(before[:cut], lo)
        if named is not None and names.people_in(named[1]):
            return named
    if not phrase or not phrase[0].isupper() or len(phrase.split()) > 6:
        return None
    return lo + cut + 1 + chunk.index(phrase), phrase


_RIGHT_HEADS = ROLE_NOUNS | VAGUE_HEADS | DOCUMENT_HEADS | {
    "ministry", "department", "company", "firm", "council", "agency", "government", "army", "military", "hospital",
    "group", "organisation", "organization", "office", "commission", "committee", "board", "school", "university",
}  # fmt: skip


def _right_subject(text: str, cue_end: int) -> tuple[int, str] | None:
    """The source after an inverted cue: '…,” said Kirby' or ', said the spokesman'."""
    m = _inverted().match(text, cue_end)
    if m is None:
        return None
    src = m.group("src").rstrip()
    if src.endswith(".") and not re.search(r"\b[A-Z]\.$", src):
        src = src[:-1]
    src = src.rstrip(" ,")
    first = src.split()[0] if src else ""
    if first in ("the", "a", "an") and src.split()[-1] not in _RIGHT_HEADS:
        return None  # "…, said the firm would rebuild": a clause, not a source
    if not src or (first in names.NOT_NAMES and first not in ("The",)) or first.lower() in ("on", "in", "at"):
        return None
    return m.start("src"), src


def _claim_subject(text: str, cue_end: int, src: str) -> bool:
    """Whether "claim" after ``src`` is the verb of a plural, official or named subject with a clause after
    it ("Police claim that …", "The officers claim the shot was fired …"), not the noun ("an insurance
    claim that …", "Hamas's claim that …")."""
    if not _CLAIM_OBJECT.match(text, cue_end):
        return False
    words = _WORDS.findall(src)
    if not words or words[-1].endswith(("'s", "’s", "'", "’")) or words[0].lower() in ("a", "an"):
        return False
    head = words[-1]
    return head.lower() in VAGUE_HEADS or head.lower().endswith("s") or (head[:1].isupper() and len(words) <= 4)


def attributions_in(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, source phrase, class) of every attribution in a sentence or paragraph string."""
    return [(s, e, src, cls) for s, e, src, cls, _ in _attributions(text)]


@lru_cache(maxsize=512)
def _attributions(text: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """(start, end, source, class, cue) of every attribution outside quotation marks, in text order.

    Cached on the text: the quote extractor asks again about the paragraphs this extractor read.
    """
    plain = _mask_quotes(text)
    out: list[tuple[int, int, str, str, str]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, src: str, cue: str) -> None:
        if any(a < end and start < b for a, b in taken):
            return
        taken.append((start, end))
        out.append((start, end, src, classify(src), _SPACES.sub(" ", cue)))

    lower = plain.lower()
    # cheap substring tests first: these patterns are case-blind and would otherwise try every position
    # (no "according": no pattern at all, not one that never matches tried at every character)
    according = _according() if "according" in lower else None
    later = []  # tried after the cue verbs
    if (" by " in lower or " from " in lower) and any(n in lower for n in _REPORT_NOUNS):
        later.append(_report_by())
    if any(v in lower for v in _DOCUMENT_VERBS):
        later.append(_document())
    if according is not None:
        for m in according.finditer(plain):
            add(m.start(), m.end(), m.group("src").strip(), m.group("cue"))
    for m in _CUE_RE.finditer(plain):
        before = plain[max(0, m.start() - 8) : m.start()].rstrip()
        inverted = before.endswith((",", "”", '"')) or (m.start() < 8 and not before)
        found = _right_subject(plain, m.end()) if inverted else None
        if found is not None:
            s, src = found
            add(m.start(), s + len(src), src, m.group(0))
            continue
        if m.group(0) in _PARTICIPLES and before.endswith(","):
            continue
        left = _left_subject(plain, m.start())
        if left is None:
            continue
        s, src = left
        if m.group(0) == "claim" and not _claim_subject(plain, m.end(), src):
            continue
        # "a statement from X said": the source is X, the text keeps the whole phrase
        add(s, m.end(), _STATEMENT_FROM.sub("", src), m.group(0))
    for pattern in later:
        for m in pattern.finditer(plain):
            add(m.start(), m.end(), m.group("src").strip(), m.group("cue"))
    return tuple(sorted(out))


def find_attributions(article: Article, segments: list[Segment]) -> list[AttributionClaim]:
    out: list[AttributionClaim] = []
    for seg in segments:
        quoted = [m.span() for m in _MASK.finditer(seg.text)] if "“" in seg.text or '"' in seg.text else []
        for start, end, source, cls, cue in _attributions(seg.text):
            sent = seg.sentence_at(start)
            lo, hi = (sent.start, sent.end) if sent else (0, len(seg.text))
            # '“A,” Kirby said. “B.”': the scope takes in the quotation the sentence opens or is followed by
            for a, b in quoted:
                if a < hi + 2 and b > lo:
                    lo, hi = min(lo, a), max(hi, b)
            ss, se = seg.file_range(lo, hi)
            out.append(
                AttributionClaim.found_in(
                    article,
                    seg,
                    start,
                    end,
                    "attributions",
                    source=source,
                    source_class=cls,
                    cue=cue,
                    scope=article.span(ss, se),
                )
            )
    return out


def covers(scope: Span | None, span: Span) -> bool:
    """Whether an attribution's scope covers a claim's span."""
    return scope is not None and scope.start <= span.start and span.end <= scope.end


@hookimpl
def claimcheck_extract_claims(article: Article, segments: list[Segment], config: Config) -> list[ClaimBase]:
    return list(find_attributions(article, segments))
