"""CC201 figure-consistency: one quantity given incompatible values; figures against what their sentence states."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from pydantic import Field

from checker.links import QuantityFrame, QuantityRelation, StoryLinks
from checker.models import Article, ClaimBase, FigureClaim, Finding, Related
from checker.registry import RuleOptions, fail, related, rule, warn
from checker.story_index import per_article
from checker.wording import phrase, place, quoted, value_at
from rules._compare import SentenceKeys
from rules.ages import age_conflicts


class FigureConsistencyOptions(RuleOptions):
    """Options of CC201."""

    #: relative gap between two values still taken as rounding (warn rather than fail)
    rounding: float = Field(0.05, ge=0, le=1)
    #: compare figures across the articles of a story
    across_story: bool = True


def _interval(f: FigureClaim) -> tuple[float, float]:
    lo = f.low if f.low is not None else (f.value if f.value is not None else 0.0)
    hi = f.high if f.high is not None else float("inf")
    if f.high is None and f.low is None and f.value is not None:
        hi = f.value
    return lo, hi


def compare(
    a: FigureClaim,
    b: FigureClaim,
    rounding: float,
    shares: tuple[tuple[float, float] | None, tuple[float, float] | None] = (None, None),
) -> str | None:
    """None when two values of one quantity agree, "warn" within rounding, "fail" when incompatible.

    ``shares``: the two figures' shares of their population (0 to 1, rounding included) when they are
    proportions (:meth:`checker.links.QuantityFrame.share_for`); two proportions not both percentages are
    compared by them ("one in three" and "33%"), two percentages as written, to the digit."""
    if a.category == "tally" and b.category == "tally":
        if (a.value, a.against) == (b.value, b.against):
            return None
        return "fail"
    (alo, ahi), (blo, bhi) = _interval(a), _interval(b)
    sa, sb = shares
    as_shares = sa is not None and sb is not None and not a.category == b.category == "percent"
    if as_shares and sa is not None and sb is not None:
        (alo, ahi), (blo, bhi) = sa, sb
    if alo <= bhi and blo <= ahi:
        return None
    gap = blo - ahi if ahi < blo else alo - bhi
    if a.category == "duration":
        return "warn" if gap <= 0.5 + 1e-9 else "fail"  # "six-year" and "five-and-a-half-year": rounding
    # a share's gap is relative to the share ("two in five" against "one in three": 0.03 of 0.38)
    scale = max(alo, blo, 1e-9) if as_shares else max(abs(alo), abs(blo), 1.0)
    return "warn" if gap / scale <= rounding else "fail"


def elapsed_years(start_year: int, pub: date) -> tuple[float, float]:
    """How many years have passed since some time in ``start_year``, as of ``pub``: (least, most)."""
    frac = (pub - date(pub.year, 1, 1)).days / 365.25
    most = pub.year - start_year + frac
    return most - 1, most


def _num(f: FigureClaim) -> str:
    text = " ".join(f.text.split())
    if f.category == "tally" and f.against is not None and "-" not in text and "–" not in text:
        return f"{f.value:g}-{f.against:g}"
    return text


def _whole(x: float) -> str:
    """A number with digit groups and no exponent ("40,000,000", "2.5")."""
    return f"{x:,.0f}" if x == int(x) else f"{x:,.2f}".rstrip("0")


def _shown(f: FigureClaim, where: str = "", share: bool = False) -> str:
    """A figure as a message shows it, with its place: the article's digits ("15", "some 30", "$8 billion
    to $9 billion"), or, for a number in words, its value with the words quoted ("12 (“Twelve”)")."""
    text = _num(f)
    if f.category in ("ratio", "fraction") and f.value is not None and f.against != f.value:
        # a proportion: the words as written, and the share they come to ("“One-in-three households” (33%)")
        # "a quarter of pupils"; "one household in three" has its noun already
        inside = bool(f.noun) and f" {f.noun} " in f" {text} "
        words = text if inside else phrase(text, "of" if f.category == "fraction" and f.noun else None, f.noun)
        written = words[0].lower() + words[1:] if re.match(r"[A-Z][a-z]*[\s-]", words) else words
        shown = written if re.search(r"\d", text) else quoted(written)
        return phrase(f"{shown} ({_percent(f.value)})", where)
    noun = f.noun if f.category in ("count", "percent") else None
    if share and noun and f.category == "percent":
        noun = f"of {noun}"  # a share of a population: "33% of households"
    said = phrase(text, f.of) if f.category == "duration" and f.of else phrase(text, noun)
    if re.search(r"\d", text):
        shown = text[0].lower() + text[1:] if re.match(r"[A-Z][a-z]+\s", text) else text
        return phrase(shown, noun, where)
    if f.value is None:
        return phrase(quoted(said), where)
    value = f"{f.value:,.0f}" if float(f.value).is_integer() else f"{f.value:g}"
    if share and f.category == "percent":
        value += "%"  # "Forty percent of tenants": 40% of tenants
    return value_at(phrase(value, noun), where, said).strip()


def _percent(share: float) -> str:
    """A share as a message shows it beside a proportion's words: 1/3 → "33%", 0.001 → "0.1%"."""
    p = 100 * share
    return f"{p:.0f}%" if p >= 1 else f"{p:.2g}%"


#: a figure and the path of the article it stands in (claim ids are unique only within an article)
_Placed = tuple[FigureClaim, str]


def _when(frame: QuantityFrame, f: FigureClaim, article: Article) -> str:
    if frame.as_of_is_published(article.path, f):
        return ""  # a running total ("has now killed 21") is as of its publication: shown as published
    as_of = frame.as_of_for(article.path, f)
    return f" (by {as_of})" if as_of else ""


def _near(where: SentenceKeys, a: FigureClaim, b: FigureClaim) -> bool:
    """One sentence giving two figures of one frame is a range or a breakdown ("between 12 and 15",
    "12 houses and 3 barns"), not a contradiction; two sentences of one paragraph may contradict each
    other. ``where`` finds the sentences of the figures' offsets (:func:`rules._compare.sentence_key`)."""
    ka, kb = where(a.span.start), where(b.span.start)
    if ka is None or kb is None:  # not found in a segment: the paragraph and distance stand in
        return a.segment == b.segment and abs(a.span.start - b.span.start) < 200
    return ka == kb


#: the publication date an article of unknown date is taken to share with itself
_SAME = date(1, 1, 1)


def _times(frame: QuantityFrame, a: _Placed, b: _Placed, pa: date | None, pb: date | None) -> int | None:
    """-1 when ``a`` is as of an earlier time than ``b``, 1 when later, 0 when the same, None when unknown
    (two articles without publication dates)."""
    ta = frame.as_of_for(a[1], a[0]) or (pa.isoformat() if pa else None)
    tb = frame.as_of_for(b[1], b[0]) or (pb.isoformat() if pb else None)
    if not ta or not tb:
        return None
    if ta[:10] == tb[:10]:
        return 0
    return -1 if ta < tb else 1


def _verdict(frame: QuantityFrame, pa: _Placed, pb: _Placed, order: int | None, rounding: float) -> str | None:
    """The verdict on two figures of one frame, given which was true first (``order``, see _times)."""
    (a, path_a), (b, path_b) = pa, pb
    verdict = compare(a, b, rounding, (frame.share_for(path_a, a), frame.share_for(path_b, b)))
    if a.vague and b.vague:
        return None  # "thousands" and "hundreds of thousands": orders of magnitude, often of a part and a whole
    if verdict is None or order == 0:
        return verdict
    if order is None:
        return "warn"  # two articles of unknown dates: ask which figure is current
    if not frame.monotonic:
        return "warn"  # tolls and counts change as reports come in: ask which figure is current
    later, earlier = (a, b) if order > 0 else (b, a)
    _, hi_later = _interval(later)
    lo_earlier, _ = _interval(earlier)
    if hi_later < lo_earlier:
        return "fail"  # a count that may only rise fell
    stated = frame.as_of_for(path_a, a) is not None and frame.as_of_for(path_b, b) is not None
    # it rose: no conflict when both figures say as of when ("by Monday", "by Wednesday"; a running total,
    # "has now burned 3,100 acres", is as of its publication); when only the publication dates differ
    # ("45 passengers were rescued" / "Thirty-two passengers were rescued"), the editor is asked which is current
    return None if stated else "warn"


def _compared_as(frame: QuantityFrame, f: FigureClaim, path: str) -> tuple[object, ...]:
    """What :func:`_verdict` reads of a figure besides its place: two figures alike in these get one verdict."""
    return (
        f.category,
        f.value,
        f.against,
        f.low,
        f.high,
        f.vague,
        frame.as_of_for(path, f),
    )


def _figures(article: Article, links: StoryLinks) -> list[tuple[FigureClaim, QuantityFrame]]:
    out = []
    for c in article.claims:
        if isinstance(c, FigureClaim):
            frame = links.quantity_of(c, article.path)
            if frame is not None:
                out.append((c, frame))
    return out


@rule("CC201", "figure-consistency", kinds=["figure", "date", "person"], options=FigureConsistencyOptions)
def figure_consistency(
    article: Article,
    claims: list[ClaimBase],
    earlier: list[Article],
    links: StoryLinks,
    options: FigureConsistencyOptions,
) -> Iterator[Finding]:
    """The same quantity is given values that cannot both be true, or a figure contradicts its own sentence.

    What it checks:
        Figures of one quantity frame (what is counted, what happened to it, whose it is, where, in
        which event and as of when: "12 houses burned" and "15 homes lost" are one quantity; tolls of
        Thursday's bombing and of "those bombings" of Wednesday are two) given incompatible values in two
        sentences of an article or in two articles of a story, honouring qualifiers ("more than 250"
        and "hundreds" agree) and rounding; two figures of one sentence are a range or a breakdown and
        are not compared. Proportions of one population told any way ("One-in-three households",
        "1 in 4 households", "two out of five", "a third of households", "33% of households"), with
        what the clause says of them ("cannot afford heating"), compared as shares with their rounding
        ("one in three", "a third" and "33%" agree; "one in four" does not; quoted ones are CC301's).
        Money with its holder and magnitude ("a loss of $800 million" against "$8
        billion"; "an $800 million expansion"); a body's vote tally given twice, also when the second
        names no body ("The measure passed 5-4"); ages given twice for one person (by the people links,
        whatever the person is called there: "Ilse Marrow, 66" … "the 64-year-old governor", "The
        64-year-old said", "At 64, the governor is"): within
        an article ages one year apart warn (a birthday may fall between) and two or more years apart
        fail; across dated articles the whole years between their publication dates are allowed, one
        year more warns and more fails, and undated articles are not compared. At different times a
        count that may only rise (deaths, homes destroyed) may rise but not fall; across articles dated
        only by publication the message shows both dates. Also the arithmetic news copy implies: a list
        right after its stated count ("four priorities: A, B and C"), a tally against the size of the
        body stated in the article ("5-3 on a seven-member board") or the game a series was decided in,
        parts larger than their stated total, shares against the part they come to ("40 percent of the
        200 members, or 95"; "raised $40,000 … More than half of that, $15,000"), a comparison with the
        figure it names right after it ("six weeks, longer than the six-week stoppage"; "twice as many
        as the 220"), an age against its person's birth date, as of publication or of an event ("was 30
        when he founded the firm in 1990", born 1955), and durations against their start year and the
        publication date. Each message gives both numbers and the sum, difference or ratio.

    Why it matters:
        Readers compare numbers; two outlets of one newsroom disagreeing on a death toll is a correction.

    Example:
        "the six-year war" in one article and "the five-and-a-half year-old Syrian civil war",
        "raging in Syria since 2011" in another, both published in October 2016.

    Instead:
        Reconcile the figures with the source, and give the qualifier ("more than", "about") it gave.

    Options:
        rounding (default 0.05): relative gap still taken as rounding. across-story (default true).
    """
    mine = _figures(article, links)
    pub = article.meta.published
    where = SentenceKeys(article)
    # the figures of each frame met so far, by what a comparison reads of them: a run of one figure
    # repeated ("12 homes were destroyed in … and 12 homes …") is compared once per value, not per
    # pair (issue 11: quadratic in a run-on sentence of figures); the finding names the first figure in
    # the article's order that disagrees, as a comparison with every earlier figure would
    seen: dict[int, dict[tuple[object, ...], list[tuple[int, FigureClaim]]]] = {}
    for i, (a, frame) in enumerate(mine):
        groups = seen.setdefault(id(frame), {})
        if len(frame.claims) >= 2 and not _is_age(frame):  # ages: by person entity (rules/ages.py)
            first: tuple[int, FigureClaim, str] | None = None
            for same in groups.values():
                # the earliest figure of the group that is not in a's own breakdown or range
                j, b = next(((j, b) for j, b in same if not _near(where, a, b)), (-1, None))
                if b is None or (first is not None and first[0] < j):
                    continue
                here, there = (a, article.path), (b, article.path)
                verdict = _verdict(
                    frame, here, there, _times(frame, here, there, pub or _SAME, pub or _SAME), options.rounding
                )
                if verdict:
                    first = (j, b, verdict)
            if first is not None:
                yield _disagreement(first[2], frame, article, a, article, first[1])  # one finding per figure
        groups.setdefault(_compared_as(frame, a, article.path), []).append((i, a))
    for a, frame in mine:
        for rel in frame.relations_for(article.path, a):
            found = _relation(article, a, rel, pub)
            if found is not None:
                yield found
    if options.across_story:
        # issue 16: only the articles that give one of these quantities, each article's figures made
        # once per story (each frame lists the articles of its claims)
        sharing = {path for _, frame in mine for path in frame.articles}
        for other in earlier:
            if other.path not in sharing:
                continue
            theirs = per_article(links, "CC201 figures", other, lambda o: _figures(o, links))
            for a, frame in mine:
                if len(frame.claims) < 2 or _is_age(frame):
                    continue  # ages change from one article to the next
                for b, their in theirs:
                    if their is not frame:
                        continue
                    here, there = (a, article.path), (b, other.path)
                    order = _times(frame, here, there, pub, other.meta.published)
                    verdict = _verdict(frame, here, there, order, options.rounding)
                    if verdict:
                        yield _disagreement(verdict, frame, article, a, other, b)
                        break
    yield from age_conflicts(article, links, earlier if options.across_story else ())  # by person (rules/ages.py)


def _disagreement(
    verdict: str, frame: QuantityFrame, article: Article, a: FigureClaim, other: Article, b: FigureClaim
) -> Finding:
    """Two figures of one frame that disagree: ``a`` here, ``b`` in ``other`` (this article or another)."""
    make = fail if verdict == "fail" else warn
    when_a, when_b = _when(frame, a, article), _when(frame, b, other)
    pa, pb = article.meta.published, other.meta.published
    if other is not article and pa and pb and pa != pb:
        # as of publication: the dates show why a fall is a fail and a rise a question
        when_a = when_a or f" (published {pa.isoformat()})"
        when_b = when_b or f" (published {pb.isoformat()})"
    share = frame.label.startswith("share of ")
    return make(
        a,
        f"{frame.label}: {_shown(a, 'here', share)}{when_a}, {_shown(b, place(b, other, article), share)}{when_b}",
        related=[related(other, b, f"{frame.label}: {_shown(b, 'here', share)}")],
        claims=[b] if other is article else [],
    )


def _is_age(frame: QuantityFrame) -> bool:
    return frame.label.startswith("age of")


def _there(rel: QuantityRelation, message: str) -> list[Related]:
    return [Related(path=rel.path, span=rel.span, message=message)] if rel.path and rel.span else []


def _relation(article: Article, f: FigureClaim, rel: QuantityRelation, pub: date | None) -> Finding | None:
    """A figure against what its sentence states: a list's length, a body's size, a series, a total."""
    value = f.value or 0.0
    if rel.kind == "listed" and f.value is not None and f.value != rel.value:
        return fail(f, f"{_shown(f)} announced, but {rel.value:g} listed: {quoted(rel.text)}")
    if rel.kind == "body_size" and f.against is not None and value + f.against > rel.value:
        total = value + f.against
        return fail(
            f,
            f"a {_num(f)} vote is {total:g} votes ({value:g} + {f.against:g}), more than {quoted(rel.text)} ({rel.value:g})",
        )
    if rel.kind == "series_games" and f.against is None and f.category == "count":
        # the most games of a best-of series against the game it was decided in: at least a majority's wins
        wins = int(value) // 2 + 1
        if rel.value > value or (rel.decided and rel.value < wins):
            return fail(
                f,
                f"a best-of-{value:g} series is decided in game {wins} to {value:g} ({value:g} // 2 + 1 wins at the"
                f" least), but it was decided {quoted(rel.text)} ({rel.value:g})",
            )
    if rel.kind == "series_games" and f.against is not None and value + f.against != rel.value:
        total = value + f.against
        return fail(
            f,
            f"a {_num(f)} series is {total:g} games ({value:g} + {f.against:g}), but it was decided {quoted(rel.text)} ({rel.value:g})",
        )
    if rel.kind == "series_length" and f.against is not None:
        wins = int(rel.value) // 2 + 1  # a best-of-five series ends when one side has won 3
        most, least = max(value, f.against), min(value, f.against)
        # a decided series ends at a majority's wins; one still played may not pass it ("lead … 2-1")
        if most > wins or least >= wins or (rel.decided and most != wins):
            return fail(
                f,
                f"a {_num(f)} series ({value:g} + {f.against:g} = {value + f.against:g} games) is impossible in a"
                f" {quoted(rel.text)} series: it ends when one side has won"
                f" {wins} ({int(rel.value)} // 2 + 1), so the winner has {wins} and the loser at most {wins - 1}",
            )
    if rel.kind == "breakdown" and rel.high is not None and rel.high > rel.value:
        return fail(
            f,
            f"the parts of {quoted(rel.text)} add up to more than it: {rel.sum_text} = {_n(rel.high)}, more than"
            f" {_n(rel.value)}",
        )
    if rel.kind == "difference" and rel.by is not None and f.value is not None:
        lo, hi = _interval(f)
        expected = rel.value + rel.by
        if not lo - 1e-9 <= expected <= hi + 1e-9:
            u = (
                f" {_plural_unit(f.unit)}"
                if f.category in ("duration", "measure") and f.unit and f.unit.isalpha()
                else ""
            )
            sign = "+" if rel.by >= 0 else "−"
            return fail(
                f,
                f"{_shown(f)} here, but {quoted(rel.text)} makes {_n(rel.value)}{u} {sign} {_n(abs(rel.by))}{u}"
                f" = {_n(expected)}{u}",
            )
    if rel.kind == "part_of" and f.low is not None and f.low > rel.value:
        return fail(
            f,
            f"{_shown(f)} is more than the total it is part of, {quoted(rel.text)} ({f.low:g} > {rel.value:g})",
        )
    if rel.kind == "subset_of" and f.low is not None and f.low > rel.value:
        where = "" if rel.path in (None, article.path) else f" in {rel.path}"
        return warn(
            f,
            f"{_shown(f)} is more than {quoted(rel.text)}{where}, which counts them too ({f.low:g} > {rel.value:g})",
        )
    if rel.kind == "share_of" and f.value is not None and rel.low is not None and rel.high is not None and rel.value:
        share = value / rel.value
        if not rel.low <= share <= rel.high:
            return fail(
                f,
                f"{_shown(f)} of {_whole(rel.value)} is {100 * share:.0f} percent ({_whole(value)} / {_whole(rel.value)}),"
                f" not {quoted(rel.text)}",
            )
    if rel.kind in ("more_than", "less_than", "times") and f.value is not None:
        return _comparison(f, rel)
    if rel.kind == "born" and f.value is not None:
        return _born(f, rel, pub)
    if rel.kind == "started" and pub is not None and f.value is not None:
        least, most = elapsed_years(int(rel.value), pub)
        if least - 1e-9 <= value <= most + 1e-9:
            return None
        make = warn if least - 0.5 <= value <= most + 0.5 else fail
        return make(
            f,
            f"{quoted(phrase(f.text, f.of))} does not fit: it began in {rel.value:g}, {least:.1f} to {most:.1f} years before {pub}",
            related=_there(rel, "the start year"),
        )
    return None


def _plural_unit(unit: str) -> str:
    """A unit as a sum shows it: "days", "miles", "feet"; an abbreviation stays as it is ("km", "kg", "mph")."""
    if unit in ("km", "m", "cm", "mm", "kg", "lb", "mph", "kph", "ft", "mi"):
        return unit
    return "feet" if unit == "foot" else f"{unit}s"


def _n(value: float) -> str:
    """A number in a sum as news copy writes it: 3200000 → "3,200,000", 2.5 → "2.5" (never "3.2e+06")."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def _comparison(f: FigureClaim, rel: QuantityRelation) -> Finding | None:
    """A figure said to be more than, less than or some times another that its value contradicts."""
    lo, hi = _interval(f)
    other = rel.value
    # durations and measures in the figure's unit: "21 days" compared with "three weeks" is 3 weeks
    u = f" {_plural_unit(f.unit)}" if f.category in ("duration", "measure") and f.unit and f.unit.isalpha() else ""
    if rel.kind == "more_than" and hi <= other:
        return fail(
            f, f"{_shown(f)} is said to be {quoted(rel.text)}, but {_n(hi)}{u} − {_n(other)}{u} = {_n(hi - other)}{u}"
        )
    if rel.kind == "less_than" and lo >= other:
        return fail(
            f, f"{_shown(f)} is said to be {quoted(rel.text)}, but {_n(lo)}{u} − {_n(other)}{u} = {_n(lo - other)}{u}"
        )
    if rel.kind == "times" and other > 0 and rel.low is not None and rel.high is not None:
        ratio = (f.value or 0.0) / other
        if not rel.low <= ratio <= rel.high:
            return fail(
                f,
                f"{_shown(f)} is said to be {quoted(rel.text)}, but {f.value:g} / {other:g} = {ratio:.2f} times",
            )
    return None


def _parts(value: str) -> tuple[int, int | None, int | None]:
    bits = [int(b) for b in value.split("-")[:3] if b.isdigit()]
    return bits[0], bits[1] if len(bits) > 1 else None, bits[2] if len(bits) > 2 else None


def age_between(born: str, on: str) -> tuple[int, int]:
    """The least and most whole years of age on ``on`` of someone born on ``born`` (ISO values of any
    precision: "1961", "1961-03", "2019-06-10"): one value when both months (and days) tell, else two."""
    by, bm, bd = _parts(born)
    oy, om, od = _parts(on)
    diff = oy - by
    if bm is None or om is None:
        return diff - 1, diff  # the birthday may or may not have passed
    if om != bm:
        return (diff, diff) if om > bm else (diff - 1, diff - 1)
    if bd is None or od is None:
        return diff - 1, diff
    return (diff, diff) if od >= bd else (diff - 1, diff - 1)


def _a_year(value: str) -> bool:
    """Whether an ISO value names a year or a day in one ("1961", "2019-06-10"), not a decade ("195")."""
    return len(value) >= 4 and value[:4].isdigit()


def _born(f: FigureClaim, rel: QuantityRelation, pub: date | None) -> Finding | None:
    """An age against its holder's birth date, as of publication or of the event it is stated at."""
    on = rel.at or (pub.isoformat() if pub else None)
    if not rel.on or not on or not _a_year(on) or not _a_year(rel.on):
        return None  # a decade ("the 1950s": "195") or century dates no age
    least, most = age_between(rel.on, on)
    value = f.value or 0.0
    if least <= value <= most:
        return None
    make = warn if least - 1 <= value <= most + 1 else fail
    when = f"in {on[:4]}" if rel.at else f"on {on}"
    ages = f"{least}" if least == most else f"{least} or {most}"
    who = f"{rel.holder}: " if rel.holder else ""
    return make(
        f,
        f"{who}age {_shown(f)} here, but born {quoted(rel.text)} makes {ages} {when} ({_age_sum(rel.on, on, least, most)})",
        related=_there(rel, f"born {quoted(rel.text)}"),
    )


def _age_sum(born: str, on: str, least: int, most: int) -> str:
    """The computation behind an age, as the message shows it: the years between, less one when the
    birthday had not yet come ("2025 − 1970 − 1 = 54: the birthday is later in the year")."""
    years = f"{on[:4]} − {born[:4]}"
    diff = int(on[:4]) - int(born[:4])
    if least != most:
        return f"{years} = {diff}, or {diff - 1} before the birthday"
    if least == diff:
        return f"{years} = {diff}"
    return f"{years} − 1 = {least}: the birthday is later in the year"
