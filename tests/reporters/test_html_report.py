"""HTML review page, without a browser: escaping and the mapping from file offsets to segment text."""

from __future__ import annotations

import re

from checker.models import DateClaim, HedgeClaim, Segment, Span
from checker.reporters.html import claim_title, esc, text_offset
from tests.reporters.support import CONVOY, ISOLATED, TEST_RULES

HOSTILE = (
    "Officials said <script>window.__pwned = 1</script> the September 21 convoy\n"
    "\n"
    'was hit <img src=x onerror="window.__pwned = 2"> on September 19, see [map](javascript:window.__pwned=3).\n'
)


def _span(start: int, end: int) -> Span:
    return Span(start=start, end=end, line=1, column=start + 1, end_line=1, end_column=end + 1)


def test_offsets_map_back_through_markup() -> None:
    # File "He *really* said" -> text "He really said": the asterisks are markup.
    seg = Segment(index=0, text="He really said", span=_span(0, 16), pieces=((0, 0), (3, 4), (9, 11)))
    assert text_offset(seg, 4, end=False) == 3  # "r" of really
    assert text_offset(seg, 3, end=False) == 3  # the "*" snaps forward to "r"
    assert text_offset(seg, 10, end=True) == 9  # just after "really"
    assert text_offset(seg, 11, end=True) == 9  # after the closing "*" snaps back
    assert text_offset(seg, 16, end=True) == 14
    plain = Segment(index=1, text="abc", span=_span(10, 13))
    assert (text_offset(plain, 11, end=False), text_offset(plain, 13, end=True)) == (1, 3)


def test_hover_titles_say_what_was_understood() -> None:
    date = DateClaim(id="d", text="September 21", span=_span(0, 12), segment=0, value="2016-09-21")
    assert claim_title(date) == "date → 2016-09-21"
    hedge = HedgeClaim(id="h", text="is believed to", span=_span(0, 14), segment=0, cue="believed to")
    assert claim_title(hedge) == "hedge “believed to” · no holder named"
    assert esc('<a href="x">') == "&lt;a href=&quot;x&quot;&gt;"


def test_article_text_and_messages_are_escaped(claimcheck_run) -> None:
    claimcheck_run({"hostile.txt": HOSTILE}, args=["--html", "review.html", *ISOLATED], plugins=[TEST_RULES])
    page = (claimcheck_run.root / "review.html").read_text(encoding="utf-8")
    assert page.count("<script") == 1  # ours
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "<img" not in page and "javascript:window" in page  # shown as text, never as a link
    assert not re.search(r"<a [^>]*href=\"javascript", page)
    assert "default-src 'none'" in page


def test_one_self_contained_file(claimcheck_run) -> None:
    claimcheck_run({"convoy.txt": CONVOY}, args=["--html", "out/review.html", *ISOLATED], plugins=[TEST_RULES])
    page = (claimcheck_run.root / "out" / "review.html").read_text(encoding="utf-8")
    assert not re.search(r"(src|href)=\"(https?:)?//", page)
    assert "@import" not in page and "url(" not in page
    assert 'id="mf0-0"' in page and 'href="#mf0-0"' in page


def test_overview_lists_what_failed_and_passes_are_folded(claimcheck_run) -> None:
    story = "---\nstory: convoy\n---\n"
    result = claimcheck_run(
        {"a.md": story + CONVOY, "b.md": story + "A quiet day in the city.\n"},
        args=["--html", "review.html", *ISOLATED],
        plugins=[TEST_RULES],
    )
    page = (claimcheck_run.root / "review.html").read_text(encoding="utf-8")
    overview = re.search(r'<nav class="overview".*?</nav>', page, re.S)
    assert overview is not None and page.index("<nav") < page.index("<main>")
    entries = re.findall(r'<li data-rule="(\w+)" data-outcome="(\w+)"><a class="jump" href="#([\w-]+)"', overview[0])
    errors = [(r.code, "error") for ar in result.results for r in ar.results if r.outcome.value == "error"]
    assert errors and result.findings()
    assert sorted((c, o) for c, o, _ in entries) == sorted([(h.code, h.outcome) for h in result.findings()] + errors)
    for _code, _outcome, target in entries:
        assert f'id="{target}"' in page  # each entry links to a place that exists
    # two articles of one story: a tab each; every "pass" chip sits inside the folded list
    assert page.count('<button type="button" role="tab"') == 2
    for m in re.finditer(r'<span class="result"[^>]*data-outcome="pass"', page):
        assert page.rfind('<details class="passed">', 0, m.start()) > page.rfind("</details>", 0, m.start())
