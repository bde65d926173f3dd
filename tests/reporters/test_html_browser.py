"""The review page in a real browser (Debian's chromium driven by Playwright): anchors, filters, no script runs.

Skips when chromium or the playwright package is absent; ``.ci/run`` installs both.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, SEEDS, needs_shared
from tests.reporters.support import ISOLATED, TEST_RULES

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = ROOT / "artifacts"
SCROLL_TO_FINDINGS = """() => {
  document.querySelector(".story").scrollIntoView();
  document.querySelectorAll(".body").forEach((b) => {
    const f = b.querySelector(".finding");
    if (f) { b.scrollTop = f.closest(".row").offsetTop - b.offsetTop - 8; }
  });
}"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"chromium not installed at {CHROMIUM}")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    pg = browser.new_page(viewport={"width": 1500, "height": 1000})
    yield pg
    pg.close()


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@needs_shared(SEEDS)
def test_seed_story_page(claimcheck_run, page) -> None:
    seeds = {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    result = claimcheck_run(
        seeds,
        args=["--html", "review.html", "--ignore", "TT301,TT401"],
        plugins=[TEST_RULES],
        published="2016-10-03",
        story="us-russia-syria",
    )
    assert result.exit_code in (0, 1), result.stderr
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto((claimcheck_run.root / "review.html").as_uri())
    assert requests == [(claimcheck_run.root / "review.html").as_uri()]
    # The screenshot (a test artifact, looked at by a person): each article scrolled to its first finding.
    page.evaluate(SCROLL_TO_FINDINGS)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "seed-review.png"))

    # Both outlets' articles of the story side by side.
    boxes = [page.locator(f"#a{i}").bounding_box() for i in range(2)]
    assert boxes[0]["x"] < boxes[1]["x"] and abs(boxes[0]["y"] - boxes[1]["y"]) < 2

    claims = 0
    for i, ar in enumerate(result.results):
        assert ar.article is not None
        for c in ar.article.claims:
            pieces = page.locator(f'#a{i} [data-claim="{c.id}"]')
            assert pieces.count() >= 1, c
            assert _squash("".join(pieces.all_text_contents())) == _squash(c.text), c
            if c.kind == "date" and getattr(c, "value", None):
                assert c.value in (pieces.first.get_attribute("title") or "")
            claims += 1
    assert claims > 20

    findings = 0
    for i, ar in enumerate(result.results):
        raw = ar.article.raw
        for r in ar.results:
            for f in r.findings:
                cards = page.locator(f'#a{i} .finding[data-rule="{r.code}"]', has_text=f.message)
                assert cards.count() >= 1, f.message
                card = cards.first
                fid = card.get_attribute("id")
                anchor = card.locator("a.loc").get_attribute("href")
                pieces = page.locator(f'#a{i} .hit[data-finding="{fid}"]')
                assert pieces.first.get_attribute("id") == anchor[1:]  # the link lands on the first piece
                assert _squash("".join(pieces.all_text_contents())) == _squash(raw[f.span.start : f.span.end])
                for k, rel in enumerate(f.related):
                    j = next(n for n, other in enumerate(result.results) if other.path == rel.path)
                    target = card.locator("a.other").nth(k).get_attribute("href")
                    there = page.locator(f"#a{j}").locator(target)
                    assert there.count() == 1
                    want = result.results[j].article.raw[rel.span.start : rel.span.end]
                    assert _squash(there.text_content()) == _squash(want)
                findings += 1
    assert findings >= 2  # at least the in-test rules' date clash and hedge on the first seed
    assert page.locator("#findings-total").text_content() == str(findings)

    # Filters: by outcome, then by rule.
    warn = page.locator('.finding[data-outcome="warn"]')
    fail = page.locator('.finding[data-outcome="fail"]')
    assert warn.count() and fail.count()
    page.locator('#filters input[name="outcome"][value="warn"]').uncheck()
    assert all(not warn.nth(k).is_visible() for k in range(warn.count()))
    assert fail.first.is_visible()
    assert page.locator("#shown").text_content() == str(findings - warn.count())
    page.locator('#filters input[name="outcome"][value="warn"]').check()
    page.locator('#filters input[name="rule"][value="TT101"]').uncheck()
    clash = page.locator('.finding[data-rule="TT101"]')
    assert clash.count() and all(not clash.nth(k).is_visible() for k in range(clash.count()))
    assert page.locator('.finding[data-rule="TT201"]').first.is_visible()

    # A related link jumps to the other place.
    link = page.locator('.finding[data-rule="TT101"] a.other').first
    page.locator('#filters input[name="rule"][value="TT101"]').check()
    link.click()
    assert page.locator(link.get_attribute("href")).is_visible()


def test_hostile_article_executes_nothing(claimcheck_run, page) -> None:
    markdown = (
        "---\n"
        "title: '<script>window.__pwned = \"title\"</script>'\n"
        "outlet: '<img src=x onerror=\"window.__pwned = 11\">'\n"
        "published: 2016-10-03\n"
        "---\n"
        "Officials said <script>window.__pwned = 1</script> the September 21 convoy was hit.\n"
        "\n"
        'The September 19 raid <img src=x onerror="window.__pwned = 2"> is believed to be the same one.\n'
        "\n"
        'See [the map](javascript:window.__pwned=3) and <a href="javascript:window.__pwned=4">this</a>.\n'
    )
    html = (
        "<html><head><title>Raid</title><script>window.__pwned = 5</script></head><body><article>"
        '<p>The September 21 raid <img src=x onerror="window.__pwned = 6"> is believed to be over.</p>'
        '<p>Another account says September 19. <a href="javascript:window.__pwned = 7">more</a></p>'
        "<p>&lt;script&gt;window.__pwned = 8&lt;/script&gt;</p>"
        "</article></body></html>\n"
    )
    claimcheck_run(
        {"hostile.md": markdown, "hostile.html": html},
        args=["--html", "review.html", *ISOLATED],
        plugins=[TEST_RULES],
    )
    dialogs: list[str] = []
    requests: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: requests.append(r.url))
    uri = (claimcheck_run.root / "review.html").as_uri()
    page.goto(uri)
    for link in page.locator("main a").all():
        href = link.get_attribute("href") or ""
        assert href.startswith("#"), href
        link.click()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert dialogs == []
    assert set(requests) == {uri}
    assert page.locator("script").count() == 1
    assert page.locator("main img, main svg, main iframe, [onerror], [onload]").count() == 0
    text = page.locator("main").inner_text()
    assert '<script>window.__pwned = "title"</script>' in text  # the Markdown title, as text
    assert '<img src=x onerror="window.__pwned = 11">' in text  # the outlet
    assert "<script>window.__pwned = 8</script>" in text  # an escaped tag in the HTML article's text
    assert "javascript:window.__pwned=3" in text
    assert page.locator(".finding").count() >= 3
