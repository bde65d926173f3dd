"""CC301 quote-fidelity: one speaker's words quoted differently, meaning flipped, or quotation marks unbalanced."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from pydantic import Field

from checker.links import StoryLinks
from checker.models import Article, Finding, QuoteClaim
from checker.registry import RuleOptions, fail, related, rule, warn
from checker.story_index import per_article, speaker_articles
from checker.wording import count, place, quoted

if TYPE_CHECKING:
    import difflib

_RUN = 3  # shortest run of shared words that counts towards two quotes being one
_SHORTEST = 5  # quotes shorter than this (in words) are not compared by their shared runs of words
_ANCHOR = 4  # a shared run this long lets shorter runs count, when they cover _SCATTERED of the words
_SCATTERED = 0.8  # and every word changed is a function word
#: a quote of this many words or more, up to _LONGEST_FLIP, is compared when its one difference
#: from another quote by its speaker is a flip (a negation, antonym or number): see verdict()
_SHORTEST_FLIP = 4
_LONGEST_FLIP = 12
_BRACKETED = re.compile(r"\[[^\]]*\]|\((?:[^()\s]+\s?){1,4}\)")  # as checker.language.speech's
_ON_THE_HOUR = re.compile(r"\b(\d{1,2}):00\b")  # "6:00 p.m." and "6 p.m." are the same words
_INCH_IN = re.compile(r"\d\s?[\"”](?=\s?[A-Za-z-])")  # 17" or 17 "Pro: an inch mark, not a quotation mark


class QuoteFidelityOptions(RuleOptions):
    """Options of CC301."""

    #: share of the shorter quote's words that must match for two quotes to be renderings of one
    same_quote: float = Field(0.6, ge=0, le=1)
    across_story: bool = True


def _typographic(article: Article, q: QuoteClaim) -> bool:
    """An "unbalanced" mark that is not a quotation mark: an inch mark (17"), or doubled apostrophes
    (''…'') standing for quotation marks, as some wire copy writes them."""
    raw = article.raw
    start = raw.rfind("\n", 0, q.span.start) + 1
    # an inch mark anywhere in the paragraph throws the pairing of every later mark off by one
    return bool(_inch_in_paragraph(raw, start) or "''" in q.text or "' '" in q.text or "``" in q.text)


@lru_cache(maxsize=256)
def _inch_in_paragraph(raw: str, start: int) -> bool:
    """Whether the paragraph (line) starting at ``start`` has an inch mark; once per paragraph (issue 11:
    searching it again for each of thousands of unbalanced marks was quadratic)."""
    end = raw.find("\n", start)
    return bool(_INCH_IN.search(raw, start, end if end >= 0 else len(raw)))


#: words of a quotation compared (a longer "quotation" is a stray mark's run of text, not a quote)
MAX_WORDS = 300
#: earlier quotes by the same speaker each quote is compared with (an interview has a few dozen)
MAX_EARLIER = 100


def words(text: str) -> list[str]:
    """A quote's words, lowercased, punctuation and bracketed insertions dropped (an insertion is a gap).

    Used when the links have no ``quote_words`` layer (its linker failed); the layer also writes
    numbers in words as digits ("one-in-three" = "1 in 3")."""
    text = _BRACKETED.sub(" … ", _ON_THE_HOUR.sub(r"\1", text.replace("’", "'")))
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?|…", text.lower())


Change = tuple[str, str]


def verdict(
    a: list[str],
    b: list[str],
    threshold: float,
    negations: frozenset[str] = frozenset(),
    shown: tuple[list[str], list[str]] | None = None,
    opposite: Callable[[str, str], bool] | None = None,
    function_words: frozenset[str] = frozenset(),
    share: ShareReader | None = None,
) -> tuple[str | None, list[Change]]:
    """Compare two quotes by one speaker: None (faithful or unrelated), "warn" (words changed) or "fail"
    (meaning flipped: a word of ``negations``, a number, or a word for its antonym by ``opposite``
    changed), with the changed words as (words of ``a``, words of ``b``) pairs; a side is "" when the
    other quote has words this one lacks.

    Two quotes are one rendered twice when runs of at least three words cover ``threshold`` of the
    shorter's words; a short quote ("the vote was fair and final", five to about eight words) has
    too few words for that, so it is also one rendered twice when its only difference from the other
    is a single flip: one word for its negation, antonym or another number, or a negation added or
    dropped. One word for an unrelated word ("We are ready for the vote" / "We are grateful for the
    vote") is two remarks, never compared.

    ``shown``: the words of ``a`` and ``b`` as written, one for each compared word ("one" where the
    compared words have "1"); the changes are given in them. Default: the compared words.

    ``share``: reads the share a proportion in the words states around a change (the quote-shares
    linker's ``share_in_words``): a proportion said in other words ("a third of" / "one in three")
    is words changed, not a number; another share ("a quarter of" / "a third of") flips the meaning.
    """
    # issue 11: the sequence matcher is quadratic in words; a real quotation is far shorter than this
    a, b = a[:MAX_WORDS], b[:MAX_WORDS]
    if a == b:
        # issue 16: a quote repeated word for word (the common case across a story's articles, which
        # quote one statement from the same wire copy) is faithful; the matcher would find no change
        return None, []
    shown_a, shown_b = (shown[0][:MAX_WORDS], shown[1][:MAX_WORDS]) if shown else (a, b)
    if len(shown_a) != len(a) or len(shown_b) != len(b):
        shown_a, shown_b = a, b
    swapped = len(a) > len(b)
    short, long_ = (b, a) if swapped else (a, b)
    shown_short, shown_long = (shown_b, shown_a) if swapped else (shown_a, shown_b)
    if not short:
        return None, []
    # issue 11: the matched words can be no more than the short quote's words found in the long one,
    # so a pair that shares too few words is told apart without the (quadratic) sequence matcher
    vocab = set(long_)
    plain_count = len(short) - short.count("…")
    alike = plain_count >= _SHORTEST and sum(map(vocab.__contains__, short)) >= threshold * plain_count
    if not alike and not _SHORTEST_FLIP <= plain_count <= _LONGEST_FLIP:
        return None, []
    if not alike and _own_words(short, vocab, negations) > 1:
        # issue 16: then only a single flip would make them one quote (_one_flip), and a flip leaves
        # every word of the short quote in the long one but the flipped word and its negations and
        # "do": a pair with two other words of its own is two remarks, told without the sequence
        # matcher (nine in ten of the pairs it was run on across ECB+'s stories)
        return None, []
    import difflib  # here: only quotes that share enough words are matched (~1 ms to import)

    matcher = difflib.SequenceMatcher(a=short, b=long_, autojunk=False)
    # only runs of words count: two quotes sharing "it was" and "a" here and there are different quotes
    blocks = matcher.get_matching_blocks()
    matched = sum(block.size for block in blocks if block.size >= _RUN)
    plain = [w for w in short if w != "…"]
    if (
        alike
        and matched / len(plain) < threshold
        and max(b.size for b in blocks) >= _ANCHOR
        and sum(b.size for b in blocks) >= _SCATTERED * len(plain)
        and _only_function_words_changed(matcher, short, long_, function_words)
    ):
        # a long run anchors the two, nearly every word of the shorter is in order in the other, and
        # the edits, however scattered, are of function words only ("… libraries to balance the
        # books" / "… libraries just to balance our books"); "We will review the rates" / "We will
        # publish the rates" stay two remarks
        matched = sum(block.size for block in blocks)
    if not (alike and matched / len(plain) >= threshold) and not (
        plain_count <= _LONGEST_FLIP and _one_flip(matcher, short, long_, negations, opposite)
    ):
        return None, []  # different quotes
    changed: list[Change] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        mine = [w for w in short[i1:i2] if w != "…"]
        at_edge = i1 == 0 or i1 == len(short) or "…" in short[max(0, i1 - 1) : i1 + 1]
        theirs = [w for w in long_[j1:j2] if w != "…"]
        if op == "replace" and _negated_in_place(mine, theirs, negations):
            # "does not need" / "needs": one verb, negated in one rendering only
            pair = (
                " ".join(w for w in shown_short[i1:i2] if w != "…"),
                " ".join(w for w in shown_long[j1:j2] if w != "…"),
            )
            changed.append((pair[1], pair[0]) if swapped else pair)
            return "fail", changed
        if op == "insert" and _cut_negation(i1, j2, short, long_, theirs, negations):
            pair = ("", " ".join(w for w in shown_long[j1:j2] if w != "…"))
            changed.append((pair[1], pair[0]) if swapped else pair)
            return "fail", changed
        if (op == "insert" and (at_edge or not theirs)) or (not mine and "…" in short[i1:i2]):
            continue  # the shorter quote was cut at its ends, or an ellipsis or bracketed insertion stands for words
        if (
            (i1 == 0 or i2 == len(short))
            and (j1 == 0 or j2 == len(long_))
            and not _substituted(op, i1, j1, mine, theirs)
        ):
            continue  # the two quotes are overlapping cuts of a longer statement
        if len(theirs) - len(mine) >= len(plain):
            # more new words than the whole shorter quote has: two statements that open alike ("He's
            # used to being the guy" / "He's used to being the one everyone counts on … guy"), not
            # one rendered twice
            return None, []
        if "".join(mine).replace("'", "") == "".join(theirs).replace("'", ""):
            continue  # "datacenter" and "data center", "populations'" and "population's"
        if _expanded(mine) == _expanded(theirs):
            continue  # "it's" and "it is", "don't" and "do not": one word written two ways
        pair = (
            " ".join(w for w in shown_short[i1:i2] if w != "…").replace(" %", "%"),  # "33%", not "33 %"
            " ".join(w for w in shown_long[j1:j2] if w != "…").replace(" %", "%"),
        )
        changed.append((pair[1], pair[0]) if swapped else pair)
        shifted = _share_shifted(share, shown_short, i1, i2, shown_long, j1, j2)
        if shifted or _flips(short[i1:i2], long_[j1:j2], negations, opposite, numbers=shifted is None):
            return "fail", changed
    if not changed:
        return None, []
    return "warn", changed


#: the auxiliary "do" of a negated verb ("does not need"), which the plain form has no word for ("needs")
_DO_SUPPORT = frozenset({"do", "does", "did"})


def _negated_in_place(mine: list[str], theirs: list[str], negations: frozenset[str]) -> bool:
    """Whether two changed stretches are one verb, negated in one of them only: "does not need" /
    "needs", "did not expect" / "expected" ("did not win" / "won", an irregular past, is not found).
    The words left when negations and the auxiliary "do" are taken out must be one word, the same up
    to an "-s", "-es", "-d" or "-ed" ending."""
    neg_mine = any(w in negations for w in mine)
    if neg_mine == any(w in negations for w in theirs):
        return False
    rest_mine = [w for w in mine if w not in negations and w not in _DO_SUPPORT]
    rest_theirs = [w for w in theirs if w not in negations and w not in _DO_SUPPORT]
    if len(rest_mine) != 1 or len(rest_theirs) != 1:
        return False
    a, b = sorted((rest_mine[0], rest_theirs[0]), key=len)
    return b in (a, a + "s", a + "es", a + "ed", a + "d")


def _own_words(short: list[str], vocab: set[str], negations: frozenset[str]) -> int:
    """How many of the short quote's words (up to 2) the long one lacks, negations and the auxiliary
    "do" not counted: a quote one flip away from another has at most one (:func:`_one_flip`)."""
    own = 0
    for w in short:
        if w not in vocab and w not in negations and w not in _DO_SUPPORT:
            own += 1
            if own > 1:
                break
    return own


def _cut_negation(
    i1: int, j2: int, short: list[str], long_: list[str], theirs: list[str], negations: frozenset[str]
) -> bool:
    """Whether the shorter quote was cut at an edge so as to leave out the negation its words stand
    under: right before its first word ("never received a single complaint" quoted as "received a
    single complaint"), or as all that the other quote has after its last word ("if the province does
    not?" / "if the province does?"). A cut after a negation's own clause ("we will go, not stay" /
    "we will go") keeps the meaning."""
    if not theirs:
        return False
    if i1 == 0:
        return theirs[-1] in negations
    return i1 == len(short) and j2 == len(long_) and all(w in negations for w in theirs)


#: ``(words, start, end) -> (least share, most share, category) | None``: the share a proportion written
#: in the words states, when one covers or touches ``words[start:end]`` (the quote-shares linker's)
ShareReader = Callable[[Sequence[str], int, int], "tuple[float, float, str] | None"]


def _share_shifted(
    share: ShareReader | None, a: list[str], i1: int, i2: int, b: list[str], j1: int, j2: int
) -> bool | None:
    """Whether a change between two renderings gives a proportion another share (True), says the same
    share in other words (False: "a third of" / "one in three"), or is no proportion's (None)."""
    if share is None:
        return None
    sa, sb = share(a, i1, i2), share(b, j1, j2)
    if sa is None or sb is None or sa[2] == sb[2] == "percent":
        return None  # two percentages: a changed digit is a changed number, as CC201 compares them
    return not (sa[0] <= sb[1] and sb[0] <= sa[1])


def _only_function_words_changed(
    matcher: difflib.SequenceMatcher[str], short: list[str], long_: list[str], function_words: frozenset[str]
) -> bool:
    """Whether every word added, dropped or replaced between two renderings is a function word
    (``speech.yaml``'s ``function_words``: "the"/"our", "just", "all")."""
    return all(
        w in function_words or w == "…"
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
        if op != "equal"
        for w in (*short[i1:i2], *long_[j1:j2])
    )


def _flips(
    mine: list[str],
    theirs: list[str],
    negations: frozenset[str],
    opposite: Callable[[str, str], bool] | None,
    numbers: bool = True,
) -> bool:
    """Whether one rendering's words for the other's flip the meaning: a negation on one side only,
    a number changed (unless ``numbers`` is false: a proportion said in other words), or a word for
    its antonym."""
    flipped = set(mine) ^ set(theirs)
    if flipped & negations or (numbers and any(w.isdigit() for w in flipped)):
        return True
    return opposite is not None and any(opposite(x, y) for x in mine for y in theirs if x != y)


def _one_flip(
    matcher: difflib.SequenceMatcher[str],
    short: list[str],
    long_: list[str],
    negations: frozenset[str],
    opposite: Callable[[str, str], bool] | None,
) -> bool:
    """Whether two quotes differ in one flip only (:func:`verdict`: a short quote rendered twice)."""
    # the other quote running on past the short one's ends is a cut ('"was unfair and final"')
    changes = [
        op for op in matcher.get_opcodes() if op[0] != "equal" and not (op[0] == "insert" and op[1] in (0, len(short)))
    ]
    if len(changes) != 1:
        return False
    op, i1, i2, j1, j2 = changes[0]
    mine, theirs = short[i1:i2], long_[j1:j2]
    if op == "replace" and _negated_in_place(mine, theirs, negations):
        return True  # "does not need" / "needs"
    if "…" in mine or "…" in theirs or len(mine) > 1 or len(theirs) > 1:
        return False
    if op == "replace":
        return _flips(mine, theirs, negations, opposite)
    return bool(set(mine) | set(theirs)) and set(mine + theirs) <= negations  # "not" added or dropped


#: a contraction's ending and the word it stands for ("it's" → "it is"; "'s" may be "has" as well)
_CONTRACTED = {"n't": "not", "'re": "are", "'ll": "will", "'ve": "have", "'m": "am", "'s": "is"}
_CONTRACTION = re.compile(r"(n't|'re|'ll|'ve|'m|'s)$")


def _expanded(words: list[str]) -> str:
    """Words with contractions written out ("it's" → "it is", "can't" → "can not"), joined without spaces."""
    out = []
    for w in words:
        m = _CONTRACTION.search(w)
        out.append(w[: m.start()] + _CONTRACTED[m.group(1)] if m else w)
    return "".join(out).replace("'", "")


#: the most words an edge change may have on each side to be a substitution rather than two cuts
_SUBSTITUTION = 2


def _substituted(op: str, i1: int, j1: int, mine: list[str], theirs: list[str]) -> bool:
    """Whether a change at the edge of both quotes is a word substituted in place ("…until the cranes
    are safe" / "…are fixed", "We are not going back" / "They are …"): both quotes open (or end) at
    the same point with a word or two of their own. A cut instead has one quote's words run on
    beyond the other's edge (a delete or insert), and two quotes going on differently for more words
    are two statements that open alike."""
    same_edge = (i1 == 0) == (j1 == 0)
    return op == "replace" and same_edge and 0 < len(mine) <= _SUBSTITUTION and 0 < len(theirs) <= _SUBSTITUTION


def describe(changes: list[Change], limit: int = 3) -> str:
    """The changed words as an editor reads them: "“crossing” here, “bridge” there; “not” only there"."""

    def one(here: str, there: str) -> str:
        if not here:
            return f"{quoted(there, 40)} only there"
        if not there:
            return f"{quoted(here, 40)} only here"
        return f"{quoted(here, 40)} here, {quoted(there, 40)} there"

    shown = "; ".join(one(*c) for c in changes[:limit])
    more = len(changes) - limit
    return shown + (f"; {count(more, 'more change')}" if more > 0 else "")


@rule("CC301", "quote-fidelity", kinds=["quote"], options=QuoteFidelityOptions)
def quote_fidelity(
    article: Article, claims: list[QuoteClaim], earlier: list[Article], links: StoryLinks, options: QuoteFidelityOptions
) -> Iterator[Finding]:
    """The same speaker's words are quoted differently, or quotation marks do not balance.

    What it checks:
        Two quotes by one speaker (the same person entity of the story's links, in an article or across a story) that are renderings of the same
        words but differ: changed words warn; a flipped negation, a changed number or a word
        swapped for its antonym (the speech lexicon's pairs, or a negative prefix: "fair"/"unfair",
        "raise"/"cut") fails — an antonym flips what the speaker said as surely as a "not" does.
        A short quote (five words or more) is compared when its one difference is such a flip. A quote cut
        at a sentence or clause boundary, or with a bracketed insertion, is faithful; a cut that leaves
        out the negation its words stand under ("never received a complaint" quoted as "received a
        complaint", "if the county will not?" as "if the county will?") flips them and fails. A paraphrase
        beside a quote is not a quote. Quotation marks that open and never close (or the reverse) fail.

    Why it matters:
        A misquote is the complaint a source is most likely to make, and the easiest to prove.

    Example:
        “We will not negotiate,” she said. … Later: she said “we will negotiate”.

    Instead:
        Quote from the transcript or notes once and reuse that text, trimming only at boundaries.

    Options:
        same-quote (default 0.6): share of the shorter quote's words that must match for two quotes
        to be one quote rendered twice. across-story (default true).
    """
    for q in claims:
        if q.unbalanced and not _typographic(article, q):
            yield fail(q, "quotation marks do not balance: an opening mark has no closing mark (or the reverse)")
    mine: dict[str, list[QuoteClaim]] = defaultdict(list)
    for q in claims:
        speaker = links.entity_of(q)
        if speaker is not None and not q.unbalanced:
            mine[speaker.id].append(q)
    layers = _layers(links)
    for quotes in mine.values():
        for i, a in enumerate(quotes):
            # issue 11: each quote against at most MAX_EARLIER earlier quotes by the same speaker
            for b in quotes[max(0, i - MAX_EARLIER) : i]:
                if (found := _compare(article, a, article, b, options, links, layers)) is not None:
                    yield found
    if options.across_story and mine:
        # issue 16: only the articles where these speakers speak, each article's quotes by speaker
        # made once per story, not once per pair
        sharing = set().union(*(speaker_articles(links, speaker) for speaker in mine))
        for other in earlier:
            if other.path not in sharing:
                continue
            for theirs, speaker_id in per_article(links, "CC301 quotes", other, lambda o: _spoken(o, links)):
                for a in mine.get(speaker_id, []):
                    if (found := _compare(article, a, other, theirs, options, links, layers)) is not None:
                        yield found


def _spoken(article: Article, links: StoryLinks) -> list[tuple[QuoteClaim, str]]:
    """The article's balanced quotes whose speaker the links know, with the speaker's entity id, in claim order."""
    out = []
    for q in article.claims:
        speaker = links.entity_of(q, article.path) if isinstance(q, QuoteClaim) else None
        if isinstance(q, QuoteClaim) and speaker is not None and not q.unbalanced:
            out.append((q, speaker.id))
    return out


class _Layers(NamedTuple):
    """What CC301 reads of the links for each pair of quotes it compares, looked up once per article."""

    #: (article path, quote id) -> the quote's compared words (the quote-words linker's)
    words: Mapping[tuple[str, str], Sequence[str]]
    #: (article path, quote id) -> the quote's words as written, one for each compared word
    written: Mapping[tuple[str, str], Sequence[str]]
    negations: frozenset[str]
    opposite: Callable[[str, str], bool] | None
    function_words: frozenset[str]
    share: ShareReader | None


def _layers(links: StoryLinks) -> _Layers:
    return _Layers(
        links.get("quote_words", {}),
        links.get("quote_written", {}),
        links.get("negations", frozenset()),
        links.get("opposite"),
        links.get("function_words", frozenset()),
        links.get("share_in_words"),
    )


def _words(layers: _Layers, article: Article, q: QuoteClaim) -> list[str]:
    made = layers.words.get((article.path, q.id))
    return list(made) if made is not None else words(q.content)


def _written(layers: _Layers, article: Article, q: QuoteClaim) -> list[str]:
    """The quote's words as written, one for each of :func:`_words`'s (what a message shows)."""
    made = layers.written.get((article.path, q.id))
    return list(made) if made is not None else _words(layers, article, q)


def _compare(
    article: Article,
    a: QuoteClaim,
    other: Article,
    b: QuoteClaim,
    options: QuoteFidelityOptions,
    links: StoryLinks,
    layers: _Layers,
) -> Finding | None:
    outcome, changes = verdict(
        _words(layers, article, a),
        _words(layers, other, b),
        options.same_quote,
        layers.negations,
        (_written(layers, article, a), _written(layers, other, b)),
        layers.opposite,
        layers.function_words,
        layers.share,
    )
    if outcome is None:
        return None
    speaker = links.entity_of(a, article.path)
    make = fail if outcome == "fail" else warn
    what = "the meaning changes" if outcome == "fail" else "the words differ"
    return make(
        a,
        f"{speaker.canonical if speaker else a.speaker} is quoted differently here and {place(b, other, article)}; "
        f"{what}: {describe(changes)}",
        related=[related(other, b, f"quoted as {quoted(b.content, 80)}")],
    )
