"""CC201 figure-consistency: one quantity given incompatible values, durations against start years, parts against totals."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from checker.extractors.dates import event_key
from checker.extractors.figures import measure_key
from checker.language.names import same_person
from checker.models import Article, ClaimBase, DateClaim, FigureClaim, Finding, PersonClaim, Segment
from checker.registry import fail, related, rule, warn
from checker.wording import agree, article_name, phrase, place, quoted, value_at
from rules._compare import elsewhere, per_article, sentence_of


class FigureConsistencyOptions(BaseModel):
    """Options of CC201."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    #: relative gap between two values still taken as rounding (warn rather than fail)
    rounding: float = Field(0.05, ge=0, le=1)
    #: share of the smaller description two figures must share to be one quantity
    same_quantity: float = Field(0.6, ge=0, le=1)
    #: compare figures across the articles of a story
    across_story: bool = True


def _noun(f: FigureClaim) -> str:
    key = event_key(f.noun)
    return next(iter(sorted(key)), "") if key else ""


#: what happened to the counted people or things: two counts are one quantity only when they share one
OUTCOMES = {
    "kill", "die", "died", "death", "injur", "wound", "hurt", "missing", "evacuat", "arrest", "detain", "displac",
    "homeless", "rescu", "trapp", "destroy", "damag", "flood", "infect", "hospital", "fled", "flee", "charg",
    "sentenc", "convict", "vote", "voted", "cast", "lost", "los", "laid", "fired", "cut", "hired", "sold", "affect",
}  # fmt: skip
#: words near a count that make it a different, partial or additional quantity, not a restatement
_PARTIAL = re.compile(r"\b(?:another|other|more|additional|further|also|of them|of whom|among|each|per|every)\b", re.I)
_WINDOW = 40
#: one pattern for "starts with an outcome stem" (the stems above), rather than a loop per word
# longest first; ties alphabetical, so the pattern text is the same in every process (a set's order is
# not), which lets the compiled-pattern cache (checker/regexcache.py) find it
_OUTCOME_START = re.compile("|".join(sorted(map(re.escape, OUTCOMES), key=lambda s: (-len(s), s))))
_OUTCOME_WORDS = 7  # noun plus "were believed to be killed"


def _outcomes(f: FigureClaim) -> set[str]:
    """What happened to what is counted, from the words right after the figure ("people were believed
    to be killed"), not from anywhere in a long clause ("how many people he killed" is another count)."""
    near = " ".join(re.findall(r"[A-Za-z'-]+", f"{f.noun or ''} {f.measures or ''}")[:_OUTCOME_WORDS])
    return {w for w in event_key(near) if _OUTCOME_START.match(w)}


def comparable(article: Article, f: FigureClaim) -> bool:
    """A count, amount or share that can be compared with another: not an attribute ("a 36-yard run",
    "the 13-inch model") and not a partial or additional count ("another four people died")."""
    if f.category not in ("count", "money", "percent", "tally") or not f.noun:
        return False
    after = article.raw[f.span.end : f.span.end + 1]
    if after == "-":
        return False
    near = article.raw[max(0, f.span.start - _WINDOW) : f.span.end + _WINDOW]
    return not _PARTIAL.search(near) and (f.category != "count" or bool(_outcomes(f)))


def same_quantity(a: FigureClaim, b: FigureClaim, threshold: float) -> bool:
    """One quantity: same category, unit and counted noun, the same outcome ("killed", "evacuated")
    for counts, and mostly the same description."""
    if a.category != b.category or a.unit != b.unit or a.category not in ("count", "money", "percent", "tally"):
        return False
    if not a.noun or _noun(a) != _noun(b):
        return False
    if a.category == "count" and not _outcomes(a) & _outcomes(b):
        return False
    ka, kb = measure_key(a), measure_key(b)
    shared = ka & kb
    return len(shared) >= 2 and len(shared) / min(len(ka), len(kb)) >= threshold


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


_ATTRIBUTION = re.compile(
    r"(?:,\s*|\b(?:said|says|told|according\s+to)\s+)(?:[A-Z][\w.'-]*\s*)+(?:said|says|told)?[^,]*$"
)


def different_things(a_sentence: str, b_sentence: str) -> bool:
    """Sentences about different places or bodies, or one of them about another year (the 2004 tsunami).
    The source named at the end ("…, said Sutopo Purwo Nugroho of the agency") is not the place."""
    a, b = _ATTRIBUTION.sub("", a_sentence), _ATTRIBUTION.sub("", b_sentence)
    return elsewhere(a, b) or set(_YEAR.findall(a_sentence)) != set(_YEAR.findall(b_sentence))


def _interval(f: FigureClaim) -> tuple[float, float]:
    lo = f.low if f.low is not None else (f.value if f.value is not None else 0.0)
    hi = f.high if f.high is not None else float("inf")
    if f.high is None and f.low is None and f.value is not None:
        hi = f.value
    return lo, hi


def compare(a: FigureClaim, b: FigureClaim, rounding: float) -> str | None:
    """None when two values of one quantity agree, "warn" within rounding, "fail" when incompatible."""
    (alo, ahi), (blo, bhi) = _interval(a), _interval(b)
    if alo <= bhi and blo <= ahi:
        return None
    gap = blo - ahi if ahi < blo else alo - bhi
    scale = max(abs(alo), abs(blo), 1.0)
    return "warn" if gap / scale <= rounding else "fail"


def _num(f: FigureClaim) -> str:
    return f.text.strip()


def _count(f: FigureClaim, where: str | None = None) -> str:
    """A figure as a message shows it, then its place if given: the article's digits and noun ("15 people",
    "some 30 people"), or, for a number in words, its value with the words quoted ("12 people (“Twelve
    people”)"); words without one value ("tens of thousands") are quoted as they stand."""
    text = _num(f)
    if re.search(r"\d", text):
        # "Some 30" opened its sentence; inside a message it is "some 30"
        shown = text[0].lower() + text[1:] if re.match(r"[A-Z][a-z]+\s", text) else text
        return phrase(shown, f.noun, where)
    if f.value is None:
        return phrase(quoted(text), f.noun, where)
    value = f"{f.value:,.0f}" if float(f.value).is_integer() else f"{f.value:g}"
    return value_at(phrase(value, f.noun), where or "", phrase(text, f.noun)).strip()


def elapsed_years(start_year: int, pub: date) -> tuple[float, float]:
    """How many years have passed since some time in ``start_year``, as of ``pub``: (least, most)."""
    frac = (pub - date(pub.year, 1, 1)).days / 365.25
    most = pub.year - start_year + frac
    return most - 1, most


def _starts(claims: Iterable[ClaimBase]) -> list[DateClaim]:
    return [
        c for c in claims if isinstance(c, DateClaim) and c.modifier == "since" and c.granularity == "year" and c.value
    ]


#: things that last and are counted from a start year; a "10-year deal" or "12-year sentence" is one
#: of many instances, so two of them with different lengths are not a contradiction
ONGOING = {
    "war", "conflict", "crisis", "siege", "occupation", "insurgency", "uprising", "drought", "blockade",
    "reign", "rule", "presidency", "tenure", "career", "marriage", "investigation", "feud", "dispute",
    "campaign", "struggle", "fight", "battle", "strike", "shutdown", "boycott", "embargo", "recession",
}  # fmt: skip


def _durations(claims: Iterable[ClaimBase]) -> list[FigureClaim]:
    """Durations in years of something (a war, a term), leaving out ages ("the 26-year-old Christopher
    Simpson": a person named right after the figure), which change from one article to the next."""
    people = {c.span.start for c in claims if isinstance(c, PersonClaim)}
    return [
        c
        for c in claims
        if isinstance(c, FigureClaim)
        and c.category == "duration"
        and c.unit == "year"
        and c.value is not None
        and c.of
        and ONGOING & {w.lower() for w in re.findall(r"[A-Za-z]+", c.of)}
        and not any(c.span.end < p <= c.span.end + 3 for p in people)
    ]


@rule("CC201", "figure-consistency", kinds=["figure", "date", "person"], options=FigureConsistencyOptions)
def figure_consistency(
    article: Article,
    claims: list[ClaimBase],
    segments: list[Segment],
    others: list[Article],
    earlier: list[Article],
    options: FigureConsistencyOptions,
) -> Iterator[Finding]:
    """The same quantity is given values that cannot both be true.

    What it checks:
        Counts, money, percentages and tallies of the same thing for the same event given
        incompatible values, within an article and across a story, honouring qualifiers ("more than
        250" and "hundreds" agree; "about 1,200" and "more than 1,000" agree); ages given twice for one
        person; durations against their start year and the publication date (a "six-year war" that
        began in 2011 does not fit an article of October 2016); parts larger than their stated total.
        Values that differ only within rounding warn; incompatible values fail.

    Why it matters:
        Readers compare numbers; two outlets of one newsroom disagreeing on a death toll is a correction.

    Example:
        "the six-year war" in one article and "the five-and-a-half year-old Syrian civil war",
        "raging in Syria since 2011" in another, both published in October 2016.

    Instead:
        Reconcile the figures with the source, and give the qualifier ("more than", "about") it gave.

    Options:
        rounding (default 0.05): relative gap still taken as rounding. same-quantity (default 0.6):
        how much two figures' descriptions must share. across-story (default true).
    """
    figures = [c for c in claims if isinstance(c, FigureClaim)]
    mine = {s.index: s for s in segments}
    by_noun: dict[str, list[FigureClaim]] = defaultdict(list)
    for f in figures:
        if comparable(article, f):
            by_noun[_noun(f)].append(f)
    for group in by_noun.values():
        for i, a in enumerate(group):
            for b in group[:i]:
                if a.segment == b.segment and abs(a.span.start - b.span.start) < 200:
                    continue  # one sentence giving two figures is a range or a breakdown, not a contradiction
                if same_quantity(a, b, options.same_quantity) and not different_things(
                    sentence_of(a, mine), sentence_of(b, mine)
                ):
                    verdict = compare(a, b, options.rounding)
                    if verdict:
                        make = fail if verdict == "fail" else warn
                        yield make(
                            a,
                            f"{_count(a, 'here')}, but {_count(b, place(b, article, article))}",
                            related=[related(article, b, _count(b, "here"))],
                            claims=[b],
                        )
                        break  # one finding per figure
    yield from _ages(article, figures, [c for c in claims if isinstance(c, PersonClaim)])
    yield from _parts(article, figures)
    story = options.across_story
    yield from _duration_checks(article, claims, others if story else [], earlier if story else [])
    if options.across_story:
        for other in earlier:
            theirs = view(other).by_noun
            their_segments = view(other).segments
            # tolls and counts change as reports come in: two outlets disagreeing fail only when they
            # published on the same day; otherwise the editor is asked which figure is current
            same_day = article.meta.published is not None and article.meta.published == other.meta.published
            for a in (f for group in by_noun.values() for f in group):
                for b in theirs.get(_noun(a), []):
                    if same_quantity(a, b, options.same_quantity) and not different_things(
                        sentence_of(a, mine), sentence_of(b, their_segments)
                    ):
                        verdict = compare(a, b, options.rounding)
                        if verdict:
                            make = fail if verdict == "fail" and same_day else warn
                            yield make(
                                a,
                                f"{_count(a, 'here')}, but {_count(b, place(b, other, article))}",
                                related=[related(other, b, _count(b, "here"))],
                            )
                            break


_LEADING_NAME = re.compile(r"^(?:[A-Z][\w'’.-]+\s*)+")


def _age_of(f: FigureClaim) -> str | None:
    """Whose age a figure gives: an age claim's person, or the name after "the 57-year-old"."""
    if f.value is None or not f.of:
        return None
    if f.category == "age":
        return f.of
    if f.category == "duration" and f.text.rstrip().endswith("year-old"):
        m = _LEADING_NAME.match(f.of)
        return m.group(0).strip() if m else None
    return None


def _ages(article: Article, figures: list[FigureClaim], people: list[PersonClaim]) -> Iterator[Finding]:
    # a bare surname ("the 16-year-old Gray") is the person of that surname named most recently before it,
    # so that a sister "Mahnefah Gray, 19" is not taken for "Kimani Gray, 16"
    full = sorted((p for p in people if not p.short), key=lambda p: p.span.start)

    def resolve(who: str, at: int) -> str:
        if len(who.split()) > 1:
            return who
        named = [p.canonical for p in full if p.span.start < at and p.canonical.split()[-1] == who]
        return named[-1] if named else who

    ages = [(f, resolve(who, f.span.start)) for f in figures if (who := _age_of(f))]
    for i, (a, who_a) in enumerate(ages):
        for b, who_b in ages[:i]:
            if same_person(who_a, who_b) and a.value != b.value:
                gap = abs((a.value or 0) - (b.value or 0))
                make = warn if gap <= 1 else fail
                yield make(
                    a,
                    f"{who_b} is {a.value:g} years old here but {b.value:g} {place(b, article, article)}",
                    related=[related(article, b, f"age {b.value:g} here")],
                    claims=[b],
                )


#: "120 people to hospital on Thursday, including 140 children": the part right after "including"
_INCLUDING = re.compile(r"^[^,.;]*,?\s+including\s+(?:some\s+|about\s+|at\s+least\s+|nearly\s+)?$", re.I)


def _parts(article: Article, figures: list[FigureClaim]) -> Iterator[Finding]:
    """A figure "including" parts larger than itself ("200 people, including 250 children")."""
    for seg in article.segments:
        inseg = [f for f in figures if f.segment == seg.index and f.category == "count" and f.high is not None]
        for total in inseg:
            for part in inseg:
                if part.span.start <= total.span.end:
                    continue
                between = article.raw[total.span.end : part.span.start]
                ordinal = article.raw[part.span.end : part.span.end + 2] in ("th", "st", "nd", "rd")
                if _INCLUDING.match(between) and not ordinal and part.noun and (part.low or 0) > (total.high or 0):
                    yield fail(
                        part,
                        f"{_count(part)} {agree(int(part.low or 0), 'is', 'are')} more than the total"
                        f" {agree(int(part.low or 0), 'it is', 'they are')} part of, {_count(total)}",
                        related=[related(article, total, f"the total, {_count(total)}")],
                    )


class _View:
    """One article's comparable figures by counted noun, its segments, start years and durations."""

    def __init__(self, article: Article) -> None:
        self.by_noun: dict[str, list[FigureClaim]] = defaultdict(list)
        for c in article.claims:
            if isinstance(c, FigureClaim) and comparable(article, c):
                self.by_noun[_noun(c)].append(c)
        self.segments = {s.index: s for s in article.segments}
        self.starts = _starts(article.claims)
        self.durations = _durations(article.claims)


#: what other articles of the story contribute, computed once per article rather than once per pair
view = per_article(_View)


def _duration_checks(
    article: Article, claims: list[ClaimBase], others: list[Article], earlier: list[Article]
) -> Iterator[Finding]:
    """A duration against the start year given for the same thing (here or in the story), and against
    another article's duration of the same thing (each pair once)."""
    pub = article.meta.published
    starts = [(article, s) for s in _starts(claims)] + [(o, s) for o in others for s in view(o).starts]
    theirs = [(o, d) for o in earlier for d in view(o).durations]
    for d in _durations(claims):
        key = event_key(d.of)
        value = d.value or 0.0
        problems: list[str] = []
        rel = []
        verdicts = []
        for where, s in starts if pub is not None else []:
            if not key & event_key(s.event):
                continue
            least, most = elapsed_years(int((s.value or "0")[:4]), pub)  # type: ignore[arg-type]
            if least - 1e-9 <= value <= most + 1e-9:
                continue
            verdicts.append("warn" if least - 0.5 <= value <= most + 0.5 else "fail")
            problems.append(f"it began in {s.value}, {least:.1f} to {most:.1f} years before {pub}")
            rel.append(related(where, s, phrase(quoted(s.event or "it"), s.modifier, quoted(s.text))))
        for other, o in theirs:
            if key & event_key(o.of) and o.value is not None and abs(o.value - value) > 1e-9:
                verdicts.append("warn" if abs(o.value - value) <= 0.5 + 1e-9 else "fail")
                problems.append(f"{article_name(other)} calls it {quoted(phrase(o.text, o.of))}")
                rel.append(related(other, o, quoted(phrase(o.text, o.of))))
        if verdicts:
            make = fail if "fail" in verdicts else warn
            yield make(d, f"{quoted(phrase(d.text, d.of))} does not fit: " + "; ".join(problems), related=rel)
