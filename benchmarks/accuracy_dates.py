"""Date extractor accuracy on the Recognizers-Text English DateTime specs and the seeds, and time per article.

Usage: ``python benchmarks/accuracy_dates.py [--all-files] [--show N]``.

Each spec case gives an input sentence, a reference date (our publication date) and the expected
expressions with their TimeML-style resolution. An expected expression is *found* when one of our
date claims overlaps it, and *right* when our value names the same period: the same timex string, or
the same [start, end) interval (our value's period against the case's ``start``/``end``, or the
case's single day). Where the specs give two readings of an ambiguous date (``XXXX-05-09`` → last
May 9 and next May 9), either counts: their default is future-leaning, ours past-leaning by design.

Scored types: ``date``, ``daterange``, ``datetime`` (for datetime only the date is compared, and the
time separately when the case has one). Not scored, by design: ``time`` and ``timerange`` (a clock
time with no date is not a date claim), ``datetimerange``, ``duration`` ("for three hours" dates
nothing), ``set`` ("every Monday"), ``timezone``. Month names are matched case-sensitively
(news capitalises them; "may" and "march" are verbs), so the specs' lower-case inputs count as misses.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.extractors.dates import _matches, extract  # noqa: E402
from checker.models import Article, ArticleMeta, DateClaim, Segment  # noqa: E402

SPECS = ROOT.parent / "shared" / "corpus" / "recognizers-text-specs-en" / "DateTime"
SEEDS = ROOT.parent / "shared" / "seeds"
SCORED = ("date", "daterange", "datetime")
SKIPPED = ("time", "timerange", "datetimerange", "duration", "set", "timezone")
_SEASON = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}

Interval = tuple[date, date]


def claims_in(text: str, published: date | None) -> list[DateClaim]:
    """Our date claims in one plain string."""
    article = Article(path="<spec>", raw=text, meta=ArticleMeta(published=published))
    seg = Segment(index=0, text=text, span=article.span(0, len(text)))
    return [c for c in extract(article, [seg]) if isinstance(c, DateClaim)]


def _month_start(y: int, m: int) -> date:
    return date(y + (m - 1) // 12, (m - 1) % 12 + 1, 1)


def interval(value: str | None) -> Interval | None:
    """The [start, end) period a TimeML value names (day, week, weekend, month, season, year, decade)."""
    if not value:
        return None
    try:
        if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d + timedelta(days=1)
        if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return (monday + timedelta(days=5), monday + timedelta(days=7)) if m[3] else (monday, monday + timedelta(7))
        if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
            return _month_start(int(m[1]), int(m[2])), _month_start(int(m[1]), int(m[2]) + 1)
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
            a, b = _SEASON[m[2]]
            return _month_start(int(m[1]), a), _month_start(int(m[1]), b)
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
            return _month_start(int(m[1]), 3 * int(m[2]) - 2), _month_start(int(m[1]), 3 * int(m[2]) + 1)
        if m := re.fullmatch(r"(\d{4})", value):
            return date(int(m[1]), 1, 1), date(int(m[1]) + 1, 1, 1)
        if m := re.fullmatch(r"(\d{2})", value):
            return date(max(1, int(m[1]) * 100), 1, 1), date(int(m[1]) * 100 + 100, 1, 1)
        if m := re.fullmatch(r"(\d{3})", value):
            return date(int(m[1]) * 10, 1, 1), date(int(m[1]) * 10 + 10, 1, 1)
    except ValueError:
        return None
    return None


def ours(claim: DateClaim) -> list[Interval]:
    """The periods one of our claims may name; a range spans from its first end to its last, the last
    included (news usage: "between 2012 and 2015" includes 2015) or excluded (the specs' usage)."""
    if claim.range_start and claim.range_end:
        a, b = interval(claim.range_start), interval(claim.range_end)
        return [(a[0], b[1]), (a[0], b[0])] if a and b else []
    one = interval(claim.value)
    return [one] if one else []


def _day(s: str | None) -> date | None:
    return datetime.fromisoformat(s[:10]).date() if s and re.match(r"\d{4}-\d\d-\d\d", s) else None


def expected(result: dict[str, Any]) -> tuple[set[str], list[Interval], list[str]]:
    """Acceptable timex strings, acceptable intervals, and the clock times (HH:MM) the case names."""
    timexes: set[str] = set()
    spans: list[Interval] = []
    clocks: list[str] = []
    for v in result.get("Resolution", {}).get("values", []) or []:
        if v.get("timex"):
            timexes.add(v["timex"])
        if v.get("value") and (d := _day(v["value"])):
            spans.append((d, d + timedelta(days=1)))
            if len(v["value"]) >= 16:
                clocks.append(v["value"][11:16])
        a, b = _day(v.get("start")), _day(v.get("end"))
        if a and b:
            spans.append((a, b))
        elif a or b:
            day = a or b
            assert day is not None
            spans.append((day, day + timedelta(days=1)))
    return timexes, spans, clocks


def spec_cases(all_files: bool) -> list[dict[str, Any]]:
    files = sorted(SPECS.glob("*.json")) if all_files else [SPECS / "DateTimeModel.json"]
    cases: list[dict[str, Any]] = []
    for f in files:
        cases.extend(json.loads(f.read_text(encoding="utf-8-sig")))
    return cases


_NAMES = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)


def news_case(text: str) -> str:
    """Month and weekday names capitalised as news copy prints them (same length, so offsets hold)."""
    return _NAMES.sub(lambda m: m.group(0).capitalize(), text)


def score_specs(cases: list[dict[str, Any]], show: int, capitalise: bool = False) -> None:
    found: Counter[str] = Counter()
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    clock_right = clock_total = 0
    skipped: Counter[str] = Counter()
    false_pos = 0
    misses: dict[str, list[str]] = defaultdict(list)
    for case in cases:
        ref = (case.get("Context") or {}).get("ReferenceDateTime")
        if not ref:
            continue
        pub = datetime.fromisoformat(ref).date()
        text = news_case(case["Input"]) if capitalise else case["Input"]
        claims = claims_in(text, pub)
        used: set[int] = set()
        for r in case["Results"]:
            kind = (r.get("TypeName") or "").removeprefix("datetimeV2.")
            if kind not in SCORED:
                skipped[kind or "none"] += 1
                continue
            total[kind] += 1
            s, e = r["Start"], r["End"] + 1
            hits = [c for c in claims if c.span.start < e and s < c.span.end]
            used.update(id(c) for c in hits)
            if not hits:
                misses[kind].append(f"MISS   {text!r} [{r['Text']}]")
                continue
            found[kind] += 1
            timexes, spans, clocks = expected(r)
            ok = any(c.value in timexes or any(i in spans for i in ours(c)) for c in hits)
            right[kind] += ok
            if not ok:
                got = ", ".join(f"{c.text!r}={c.value}" for c in hits)
                misses[kind].append(f"WRONG  {text!r} [{r['Text']}] want {sorted(timexes)} got {got}")
            if kind == "datetime" and clocks:
                clock_total += 1
                clock_right += any(c.time in clocks for c in hits)
        false_pos += sum(1 for c in claims if id(c) not in used and not _overlaps_skipped(c, case))
    how = "month and weekday names capitalised" if capitalise else "inputs as written"
    print(f"Recognizers-Text DateTime specs, {len(cases)} cases, {how} (reference date = publication date)")
    print(f"{'type':<11}{'cases':>7}{'found':>8}{'right':>8}   right/cases")
    for kind in SCORED:
        n = total[kind]
        print(f"{kind:<11}{n:>7}{found[kind]:>8}{right[kind]:>8}   {right[kind] / n if n else 0:.1%}")
    n, r = sum(total.values()), sum(right.values())
    print(f"{'all scored':<11}{n:>7}{sum(found.values()):>8}{r:>8}   {r / n if n else 0:.1%}")
    print(f"datetime clock time right: {clock_right}/{clock_total}")
    print(f"our claims overlapping no expected expression: {false_pos}")
    print("not scored (by design): " + ", ".join(f"{k} {v}" for k, v in sorted(skipped.items())))
    if show:
        for kind in SCORED:
            for line in misses[kind][:show]:
                print(f"  {kind:<9} {line}")


def _overlaps_skipped(claim: DateClaim, case: dict[str, Any]) -> bool:
    return any(claim.span.start < r["End"] + 1 and r["Start"] < claim.span.end for r in case["Results"])


def score_seeds() -> None:
    import yaml

    gold = yaml.safe_load((SEEDS / "gold.yaml").read_text(encoding="utf-8"))
    want = [c for c in gold.get("claims", []) if c["kind"] == "date"]
    got: dict[str, list[DateClaim]] = {}
    timings: list[tuple[float, float]] = []
    for path in sorted(SEEDS.glob("*.txt")):
        article, segments = _prepare(path)
        claims = [c for c in extract(article, segments) if isinstance(c, DateClaim)]
        got[path.name] = claims
        runs = []
        for _ in range(200):
            _matches.cache_clear()  # time the matching too, not the cache
            t0 = time.perf_counter()
            extract(article, segments)
            runs.append(time.perf_counter() - t0)
        # median shows the typical run, min the run least disturbed by other processes on a shared machine
        timings.append((statistics.median(runs) * 1000, min(runs) * 1000))
    ok = 0
    for w in want:
        hit = [c for c in got[w["file"]] if c.text == w["text"] and c.span.line == w["line"]]
        good = any(c.value == str(w["value"]) for c in hit)
        ok += good
        if not good:
            print(f"  seed MISS {w['file']}:{w['line']} {w['text']!r} want {w['value']}")
    print(f"seeds: {ok}/{len(want)} gold date claims with the right value; {sum(map(len, got.values()))} date claims")
    print(
        "time per article (dates extractor, 200 runs, median/min): "
        + ", ".join(f"{med:.3f}/{low:.3f} ms" for med, low in timings)
    )


def _prepare(path: Path) -> tuple[Article, list[Segment]]:
    from checker.segmenter import claimcheck_segment

    raw = path.read_text(encoding="utf-8")
    article = Article(path=path.as_posix(), raw=raw, meta=ArticleMeta(published=date(2016, 10, 3)))
    segments = claimcheck_segment(article=article, config=None)  # type: ignore[arg-type]
    return article, [s for s in segments if s.kind != "furniture"]


NEWS = ROOT / "benchmarks" / "data" / "dates_news.yaml"
CORPUS = ROOT.parent / "shared" / "corpus"


def score_news(show: int) -> None:
    """Value accuracy on the hand-judged news set (benchmarks/data/dates_news.yaml): its WikiNews part
    (sentences of the SemEval-2015 TimeLine articles), its ECB+ part (paragraphs of ECB+ articles) by sample
    (errors were fixed on sample 2026; sample 7 was annotated after, held out) and whole, and all together."""
    import yaml

    data = yaml.safe_load(NEWS.read_text(encoding="utf-8"))
    parts = [("WikiNews", _judge(data["expressions"], _wikinews_text))]
    if data.get("ecbplus_expressions"):
        published = {a["path"]: a["published"] for a in data["ecbplus_articles"]}
        for item in data["ecbplus_expressions"]:
            if published.get(item["path"]) != item["published"]:
                raise SystemExit(
                    f"{NEWS}: {item['path']} item published {item['published']}, article table says "
                    f"{published.get(item['path'])}"
                )
        ecb = data["ecbplus_expressions"]
        for sample in dict.fromkeys(item["sample"] for item in ecb):  # in the order they were drawn
            mine = [item for item in ecb if item["sample"] == sample]
            parts.append((f"ECB+ sample {sample}", _judge(mine, _ecbplus_text)))
        parts.append(("ECB+", _judge(ecb, _ecbplus_text)))
    for name, (right, n, _) in parts:
        print(f"news set ({name}, hand-judged): {right}/{n} values right ({100 * right / n:.1f} %)")
    if len(parts) > 1:
        whole = [parts[0], parts[-1]]  # WikiNews and all of ECB+ (the samples are its parts)
        right, n = sum(p[1][0] for p in whole), sum(p[1][1] for p in whole)
        print(f"news set (all, hand-judged): {right}/{n} values right ({100 * right / n:.1f} %)")
    for name, (_, _, misses) in parts[:-1] if len(parts) > 1 else parts:
        for words, pub, got, want in misses[:show]:
            print(f"  MISS {name} {words!r} published {pub}: ours {got}, want {want}")


_TEXTS: dict[str, list[str]] = {}


def _wikinews_text(item: dict[str, Any]) -> str:
    """The detokenized sentence a WikiNews item points at."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from wikinews import _S, detokenize

    if item["path"] not in _TEXTS:
        raw = (CORPUS / item["path"]).read_text(encoding="utf-8")
        _TEXTS[item["path"]] = [detokenize(x) for x in _S.findall(raw)]
    return _TEXTS[item["path"]][item["sentence"]]


def _ecbplus_text(item: dict[str, Any]) -> str:
    """The paragraph (benchmarks/ecbplus.py's reading; 0 is the headline) an ECB+ item points at."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from ecbplus import paragraphs

    if item["path"] not in _TEXTS:
        _TEXTS[item["path"]] = paragraphs(CORPUS / item["path"])
    return _TEXTS[item["path"]][item["paragraph"]]


def _judge(items: list[dict[str, Any]], text_of: Any) -> tuple[int, int, list[tuple[str, str, str | None, str | None]]]:
    """(right, total, misses) for items whose value is compared with our claim overlapping their words;
    an item valued null (not a date) is right when no claim overlaps it."""
    right = 0
    misses = []
    for item in items:
        text = text_of(item)
        claims = claims_in(text, date.fromisoformat(item["published"]))
        hit = next((c for c in claims if c.span.start < item["end"] and item["start"] < c.span.end), None)
        value = hit.value if hit else None
        if value == item["value"] or (hit is None and item["value"] is None):
            right += 1
        else:
            misses.append((text[item["start"] : item["end"]], item["published"], value, item["value"]))
    return right, len(items), misses


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--all-files", action="store_true", help="every DateTime spec file, not only DateTimeModel.json")
    ap.add_argument("--show", type=int, default=0, help="print up to N misses per type")
    ap.add_argument("--news", action="store_true", help="only the hand-judged news set")
    args = ap.parse_args()
    if args.news:
        score_news(args.show)
        return
    if NEWS.exists():
        score_news(args.show)
    if SPECS.exists():
        cases = spec_cases(args.all_files)
        score_specs(cases, args.show)
        score_specs(cases, args.show, capitalise=True)
    else:
        print(f"{SPECS} not present: specs skipped")
    if SEEDS.exists():
        score_seeds()


if __name__ == "__main__":
    main()
