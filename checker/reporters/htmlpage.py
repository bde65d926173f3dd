"""The HTML review page: one self-contained file for the editor, claims and findings in place.

The ``--html PATH`` plugin (:mod:`checker.reporters.html`) imports this module when a run asks for the page.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from checker.hookspecs import hookimpl
from checker.models import (
    Article,
    AttributionClaim,
    ClaimBase,
    DateClaim,
    FigureClaim,
    HedgeClaim,
    Outcome,
    PersonClaim,
    QuoteClaim,
    Segment,
    Span,
)
from checker.wording import count, excerpt

if TYPE_CHECKING:
    from checker.models import ArticleResult, ExitCode, Finding, RuleResult
    from checker.session import Session

_OUTCOMES = ("fail", "warn", "error", "skip", "pass")
_SAFE_CLASS = re.compile(r"[^a-z0-9-]+")


def esc(text: object) -> str:
    """Every piece of text on the page goes through here: article text, metadata, messages, paths."""
    from html import escape  # html.entities is a big table: imported for an HTML report only

    return escape(str(text), quote=True)


def _template(name: str) -> str:
    from importlib import resources  # only for an HTML report (~8 ms to import)

    return resources.files("checker.reporters").joinpath("templates", name).read_text(encoding="utf-8")


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _num(x: float | None) -> str:
    if x is None:
        return "?"
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def claim_title(c: ClaimBase) -> str:
    """The hover text of a highlighted claim: its kind and what the extractor understood."""
    if isinstance(c, DateClaim):
        title = f"date → {c.value}" if c.value else "date (unresolved)"
        if c.event:
            title += f" · event: {c.event}"
        if c.reason:
            title += f" · {c.reason}"
        return title
    if isinstance(c, FigureClaim):
        if c.low is not None or c.high is not None:
            value = f"{_num(c.low)}–{_num(c.high) if c.high is not None else '∞'}"
        else:
            value = _num(c.value)
        parts = [f"figure → {value}", c.qualifier, c.unit, c.noun, c.category]
        return " · ".join(p for p in parts if p)
    if isinstance(c, QuoteClaim):
        who = c.speaker or c.speaker_text
        return f"quote · speaker: {who}" if who else "quote · no speaker named"
    if isinstance(c, AttributionClaim):
        return f"attribution · source: {c.source or '?'} ({c.source_class})"
    if isinstance(c, HedgeClaim):
        holder = f"held by {c.holder}" if c.holder else "no holder named"
        return f"hedge “{c.cue}” · {holder}"
    if isinstance(c, PersonClaim):
        return f"person · {c.canonical or c.name}" + (f" · {c.title}" if c.title else "")
    return c.kind


@dataclass
class Mark:
    """A range of article text to wrap: a claim, a finding's place, or the target of a related link."""

    start: int
    end: int
    cls: str
    id: str
    attrs: dict[str, str] = field(default_factory=dict)
    order: int = 0


@dataclass
class Note:
    """A finding card, placed beside the segment where its span starts."""

    html: str
    segment: int | None


def text_offset(seg: Segment, x: int, *, end: bool) -> int:
    """The offset in ``seg.text`` of file offset ``x`` (inverse of ``Segment.file_offset``).

    Inside markup that has no text (a Markdown ``*`` or an HTML tag) a start snaps forward
    and an end snaps back.
    """
    n = len(seg.text)
    if seg.pieces is None:
        return min(max(x - seg.span.start, 0), n)
    pieces = list(seg.pieces)
    best = 0 if end else n
    for k, (t, f) in enumerate(pieces):
        length = (pieces[k + 1][0] if k + 1 < len(pieces) else n) - t
        if (f <= x < f + length) or (end and f < x <= f + length):
            return t + x - f
        if end and f + length <= x:
            best = t + length
        if not end and f >= x:
            return t
    return best


class Page:
    """Builds the review page of one session."""

    def __init__(self, session: Session, exit_code: ExitCode) -> None:
        self.session = session
        self.exit_code = exit_code
        self.index = {ar.path: i for i, ar in enumerate(session.results)}
        #: per article index: marks to place in its text
        self.marks: dict[int, list[Mark]] = {i: [] for i in range(len(session.results))}
        self.notes: dict[int, list[Note]] = {i: [] for i in range(len(session.results))}
        self.rules_seen: dict[str, str] = {}
        self.counts = dict.fromkeys(_OUTCOMES, 0)
        self.findings = {"fail": 0, "warn": 0}
        #: per outcome ("fail", "warn", "error"): the overview's entries, in report order
        self.overview: dict[str, list[str]] = {"fail": [], "warn": [], "error": []}
        #: per article index: how many findings of each outcome it has (its tab's badge)
        self.per_article: dict[int, dict[str, int]] = {
            i: {"fail": 0, "warn": 0, "error": 0} for i in range(len(session.results))
        }
        self._related_ids: dict[tuple[int, int, int], str] = {}
        #: mark ids already given to an element (a mark over several segments is anchored once)
        self.emitted: set[str] = set()

    # -- collecting ------------------------------------------------------------------------------

    def related_anchor(self, path: str, span: Span | None) -> str | None:
        """The id of the mark at the other place of a finding (created once per place)."""
        i = self.index.get(path)
        if i is None or span is None:
            return f"a{i}" if i is not None else None
        key = (i, span.start, span.end)
        if key not in self._related_ids:
            rid = f"r{i}-{len(self._related_ids)}"
            self._related_ids[key] = rid
            self.marks[i].append(Mark(span.start, span.end, "rel", rid, order=2))
        return self._related_ids[key]

    def collect(self) -> None:
        for i, ar in enumerate(self.session.results):
            article = ar.article
            if article is not None:
                for k, c in enumerate(article.claims):
                    kind = _SAFE_CLASS.sub("-", c.kind.lower())
                    cls = f"claim k-{kind}"
                    if isinstance(c, HedgeClaim) and not c.attributed:
                        cls += " unheld"
                    self.marks[i].append(
                        Mark(
                            c.span.start,
                            c.span.end,
                            cls,
                            f"c{i}-{k}",
                            {"data-claim": c.id, "data-kind": c.kind, "title": claim_title(c)},
                        )
                    )
            n = 0
            for r in ar.results:
                self.counts[r.outcome.value] = self.counts.get(r.outcome.value, 0) + 1
                self.rules_seen.setdefault(r.code, r.rule)
                for f in r.findings:
                    self.findings[f.outcome.value] += 1
                    fid = f"f{i}-{n}"
                    n += 1
                    self.add_finding(i, ar, r.code, r.rule, f, fid)

    def add_finding(self, i: int, ar: ArticleResult, code: str, rule: str, f: Finding, fid: str) -> None:
        outcome = f.outcome.value
        attrs = {"data-rule": code, "data-outcome": outcome, "data-finding": fid}
        segment = None
        where = ""
        if f.span is not None and ar.article is not None:
            self.marks[i].append(Mark(f.span.start, f.span.end, "hit", f"m{fid}", attrs, order=1))
            segment = _segment_at(ar.article, f.span.start)
            where = (
                f' <a class="loc jump" href="#m{fid}">line {f.span.line}:{f.span.column}</a>'
                if segment is not None
                else f" line {f.span.line}:{f.span.column}"
            )
        related = []
        for rel in f.related:
            target = self.related_anchor(rel.path, rel.span)
            label = rel.path if rel.path != ar.path else "this article"
            if rel.span is not None:
                label += f", line {rel.span.line}:{rel.span.column}"
            text = esc(label) + (f" — {esc(rel.message)}" if rel.message else "")
            if target is not None:
                related.append(f'<li><a class="jump other" href="#{esc(target)}">{text}</a></li>')
            else:
                related.append(f"<li>{text}</li>")
        hint = f'<p class="hint">hint: {esc(f.hint)}</p>' if f.hint else ""
        self.per_article[i][outcome] += 1
        target = f"m{fid}" if f.span is not None and ar.article is not None else fid
        line = f", line {f.span.line}" if f.span is not None else ""
        self.overview[outcome].append(
            f'<li data-rule="{esc(code)}" data-outcome="{outcome}">'
            f'<a class="jump" href="#{target}" data-finding="{fid}"><span class="badge">{outcome}</span>'
            f" <b>{esc(code)}</b> {esc(self.label(i))}{line}</a>"
            f' <span class="msg">{esc(f.message)}</span></li>'
        )
        card = (
            f'<div class="finding" id="{fid}" data-rule="{esc(code)}" data-outcome="{outcome}">'
            f'<span class="badge">{outcome}</span> <b>{esc(code)} {esc(rule)}</b>{where}'
            f'<p class="msg">{esc(f.message)}</p>{hint}'
            + (f'<ul class="related">{"".join(related)}</ul>' if related else "")
            + "</div>"
        )
        self.notes[i].append(Note(card, segment))

    # -- rendering -------------------------------------------------------------------------------

    def render_segment(self, article: Article, seg: Segment, marks: list[Mark]) -> str:
        """The segment's text with every mark wrapped; overlapping marks are split into nested pieces."""
        text = seg.text
        ranges: list[tuple[int, int, Mark]] = []
        for m in marks:
            s = text_offset(seg, max(m.start, seg.span.start), end=False)
            e = text_offset(seg, min(m.end, seg.span.end), end=True)
            ranges.append((s, max(s, e), m))
        cuts = sorted({0, len(text), *(r[0] for r in ranges), *(r[1] for r in ranges)})
        ranges.sort(key=lambda r: (r[0], -r[1], r[2].order))
        first = {id(r[2]): True for r in ranges if r[2].id not in self.emitted}
        self.emitted.update(r[2].id for r in ranges)
        out = []
        for a, b in zip(cuts, [*cuts[1:], None], strict=False):
            for s, e, m in ranges:
                if s == e == a and first.pop(id(m), False):
                    out.append(_open(m, with_id=True) + "</span>")  # an empty place still gets its anchor
            if b is None:
                break
            active = [r for r in ranges if r[0] <= a and b <= r[1] and r[0] < r[1]]
            for _s, _e, m in active:
                out.append(_open(m, with_id=first.pop(id(m), False)))
            out.append(esc(text[a:b]))
            out.append("</span>" * len(active))
        return "".join(out)

    def render_article(self, i: int, ar: ArticleResult, *, tabbed: bool = False) -> str:
        article = ar.article
        meta = article.meta if article else None
        title = esc(meta.title) if meta and meta.title else esc(ar.path)
        facts = [meta.outlet, meta.published.isoformat() if meta.published else None, meta.byline] if meta else []
        facts.append(ar.path)
        head = (
            f'<article class="article" id="a{i}" data-path="{esc(ar.path)}"'
            + (f' role="tabpanel" aria-labelledby="t{i}">' if tabbed else ">")
            + f"<h3>{title}</h3>"
            f'<div class="meta">{" · ".join(esc(x) for x in facts if x)}</div>'
        )

        def chip(r: RuleResult) -> str:
            return (
                f'<span class="result" data-rule="{esc(r.code)}" data-outcome="{r.outcome.value}"'
                f' title="{esc(r.reason or r.rule)}">{esc(r.code)} {esc(r.rule)}: {r.outcome.value}</span>'
            )

        # rules that passed say nothing an editor must act on: they stay folded under one line
        passed = [r for r in ar.results if r.outcome is Outcome.PASS]
        other = "".join(chip(r) for r in ar.results if r.outcome is not Outcome.PASS)
        folded = (
            f'<details class="passed"><summary>{esc(count(len(passed), "rule"))} passed</summary>'
            f'<div class="results">{"".join(chip(r) for r in passed)}</div></details>'
            if passed
            else ""
        )
        parts = [head, f'<div class="results">{other}{folded}</div>']
        errors = [r for r in ar.results if r.outcome is Outcome.ERROR]
        for k, r in enumerate(errors):
            eid = f"e{i}-{k}"
            parts.append(
                f'<div class="finding rule-error" id="{eid}" data-rule="{esc(r.code)}" data-outcome="error">'
                f'<span class="badge">error</span> <b>{esc(r.code)} {esc(r.rule)}</b>'
                f'<p class="msg">{esc(r.reason or "error")}</p></div>'
            )
            self.per_article[i]["error"] += 1
            self.overview["error"].append(
                f'<li data-rule="{esc(r.code)}" data-outcome="error"><a class="jump" href="#{eid}">'
                f'<span class="badge">error</span> <b>{esc(r.code)}</b> {esc(self.label(i))}</a>'
                f' <span class="msg">{esc(r.reason or "error")}</span></li>'
            )
        if article is None:
            parts.append("</article>")
            return "".join(parts)
        segments = sorted(article.segments, key=lambda s: s.span.start)
        placed: set[str] = set()
        by_segment: dict[int, list[Mark]] = {s.index: [] for s in segments}
        for m in self.marks[i]:
            for s in segments:
                if _overlaps(m, s.span):
                    by_segment[s.index].append(m)
                    placed.add(m.id)
        unplaced = [m for m in self.marks[i] if m.id not in placed]
        loose = [n for n in self.notes[i] if n.segment is None]
        if unplaced or loose:
            items = "".join(
                f"<li>{_open(m, with_id=True)}{esc(article.raw[m.start : m.end])}</span></li>" for m in unplaced
            )
            parts.append(
                '<div class="unplaced"><p>Outside the article text (headline, front matter or no place):</p>'
                + (f"<ul>{items}</ul>" if items else "")
                + "".join(n.html for n in loose)
                + "</div>"
            )
        rows = []
        for s in segments:
            notes = "".join(n.html for n in self.notes[i] if n.segment == s.index)
            kind = _SAFE_CLASS.sub("-", s.kind)
            rows.append(
                f'<div class="row" data-line="{s.span.line}"><span class="ln">{s.span.line}</span>'
                f'<p class="seg {kind}" data-segment="{s.index}">{self.render_segment(article, s, by_segment[s.index])}</p>'
                f'<aside class="notes">{notes}</aside></div>'
            )
        parts.append(f'<div class="body">{"".join(rows)}</div></article>')
        return "".join(parts)

    def stories(self) -> list[tuple[str | None, list[int]]]:
        """Articles grouped by story in report order; an article without a story stands alone."""
        groups: dict[str, list[int]] = {}
        order: list[tuple[str | None, list[int]]] = []
        for i, ar in enumerate(self.session.results):
            story = ar.article.story if ar.article else None
            if story is None:
                order.append((None, [i]))
            elif story in groups:
                groups[story].append(i)
            else:
                groups[story] = [i]
                order.append((story, groups[story]))
        return order

    def label(self, i: int) -> str:
        """How the page names article ``i`` in tabs and the overview: its outlet, title or file name."""
        ar = self.session.results[i]
        meta = ar.article.meta if ar.article else None
        name = (meta.outlet or meta.title) if meta else None
        return excerpt(name or ar.path.rsplit("/", 1)[-1], 48)

    def overview_html(self) -> str:
        """What failed and warned, at the top of the page, each entry linking to its place."""
        lists = self.overview
        title = (
            f"{count(len(lists['fail']) + len(lists['warn']), 'finding')}: {len(lists['fail'])} failed,"
            f" {len(lists['warn'])} warned"
            + (f", {count(len(lists['error']), 'rule error')}" if lists["error"] else "")
            if any(lists.values())
            else "Nothing failed or warned"
        )
        items = "".join(item for o in ("fail", "error", "warn") for item in lists[o])
        return (
            f'<nav class="overview" id="overview" aria-label="findings"><h2>{esc(title)}</h2>'
            + (f"<ol>{items}</ol>" if items else "")
            + "</nav>"
        )

    def header(self) -> str:
        from checker import __version__

        s = self.session
        accepted = s.baseline.accepted if s.baseline is not None else 0
        counts = " · ".join(f'<span data-outcome="{o}" class="count">{self.counts[o]} {o}</span>' for o in _OUTCOMES)
        rule_boxes = "".join(
            f'<label><input type="checkbox" name="rule" value="{esc(code)}" checked> {esc(code)} {esc(name)}</label>'
            for code, name in sorted(self.rules_seen.items())
        )
        outcome_boxes = "".join(
            f'<label><input type="checkbox" name="outcome" value="{o}" checked> {o}</label>' for o in _OUTCOMES
        )
        legend = "".join(
            f'<span class="claim k-{k}">{k}</span>'
            for k in ("date", "figure", "quote", "attribution", "hedge", "person")
        )
        total = self.findings["fail"] + self.findings["warn"]
        return (
            '<header class="page"><h1>claimcheck review</h1>'
            '<div class="summary" id="summary">'
            f"<span><b>{len(s.results)}</b> articles</span><span><b>{len(s.rules)}</b> rules</span>"
            f'<span><b id="findings-total">{total}</b> findings ({self.findings["fail"]} fail, {self.findings["warn"]} warn)'
            f', <span id="shown">{total}</span> shown</span>'
            f"<span>rule results: {counts}</span>"
            + (f"<span>{accepted} accepted by the baseline</span>" if accepted else "")
            + f"<span>exit code {int(self.exit_code)}</span>"
            f'<span class="ui">claimcheck {esc(__version__)}</span></div>'
            + self.overview_html()
            + f'<div class="legend ui">claims: {legend} <span class="claim k-hedge unheld">hedge, no holder</span></div>'
            f'<form id="filters" class="no-print"><fieldset><legend>rules</legend>{rule_boxes}</fieldset>'
            f"<fieldset><legend>outcomes</legend>{outcome_boxes}</fieldset></form></header>"
        )

    def tabs(self, members: list[int]) -> str:
        """The switcher of a story's articles: one tab each, named and counted; one article shows at a time."""
        out = []
        for n, i in enumerate(members):
            c = self.per_article[i]
            tally = " · ".join(f"{c[o]} {o}" for o in ("fail", "warn", "error") if c[o]) or "clean"
            worst = next((o for o in ("fail", "error", "warn") if c[o]), "pass")
            out.append(
                f'<button type="button" role="tab" id="t{i}" aria-controls="a{i}"'
                f' aria-selected="{"true" if n == 0 else "false"}" data-outcome="{worst}"'
                f' title="{esc(self.session.results[i].path)}">'
                f'<span class="tab-name">{esc(self.label(i))}</span> <span class="tab-count">{tally}</span></button>'
            )
        return f'<div class="tabs no-print" role="tablist" aria-label="articles of the story">{"".join(out)}</div>'

    def render(self) -> str:
        self.collect()
        sections = []
        for k, (story, members) in enumerate(self.stories()):
            label = f"Story: {esc(story)}" if story else "Article"
            many = len(members) > 1
            articles = "".join(self.render_article(i, self.session.results[i], tabbed=many) for i in members)
            sections.append(
                f'<section class="story" id="s{k}"><h2>{label}'
                + (f' <span class="ui">· {len(members)} articles</span>' if many else "")
                + "</h2>"
                + (self.tabs(members) if many else "")
                + f'<div class="panels">{articles}</div></section>'
            )
        body = [self.header(), "<main>", *sections, "</main>"]
        css, js = _template("review.css"), _template("review.js")
        # Nothing on the page may load or run anything but our own style and script.
        csp = f"default-src 'none'; style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; img-src 'none'"
        return (
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>claimcheck review</title><style>{css}</style></head><body>"
            + "".join(body)
            + f"<script>{js}</script></body></html>\n"
        )


def _open(m: Mark, *, with_id: bool) -> str:
    attrs = "".join(f' {k}="{esc(v)}"' for k, v in m.attrs.items())
    ident = f' id="{m.id}"' if with_id else ""
    return f'<span class="{m.cls}"{ident}{attrs}>'


def _overlaps(m: Mark, span: Span) -> bool:
    if m.start == m.end:
        return span.start <= m.start <= span.end
    return m.start < span.end and span.start < m.end


def _segment_at(article: Article, offset: int) -> int | None:
    for s in article.segments:
        if s.span.start <= offset < s.span.end or offset == s.span.end == s.span.start:
            return s.index
    return None


def render(session: Session, exit_code: ExitCode) -> str:
    """The whole review page of a run."""
    return Page(session, exit_code).render()


class HtmlReporter:
    """Writes the review page atomically when the session finishes."""

    def __init__(self, target: str) -> None:
        self.target = target

    @hookimpl
    def claimcheck_sessionstart(self, session: Session) -> None:
        session.results.keep()  # the page shows every article's text: it needs the whole run

    @hookimpl
    def claimcheck_sessionfinish(self, session: Session, exit_code: ExitCode) -> None:
        from checker.atomicio import write_result

        write_result(self.target, render(session, exit_code), session)


__all__ = ["HtmlReporter", "Page", "claim_title", "esc", "render", "text_offset"]
