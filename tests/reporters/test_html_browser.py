"""The review page in a real browser (Debian's chromium driven by Playwright): anchors, filters, no script
runs, and a layout that stays readable for stories of 2 to 10 articles at 1280 and 800 px.

Skips when chromium or the playwright package is absent; ``.ci/run`` installs both. Screenshots go
to ``artifacts/`` (git-ignored), to be looked at by a person.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from checker.testing import Runner, RunResult
from tests.conftest import CORPUS, ROOT, SEEDS, needs_shared
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
  const f = document.querySelector("article.article:not([hidden]) .row .finding");
  (f ? f.closest(".row") : document.querySelector(".story")).scrollIntoView();
  window.scrollBy(0, -60);
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

    # The story's two articles: one shown at a time, the tabs switch between them.
    assert page.locator("#a0").is_visible() and not page.locator("#a1").is_visible()
    page.locator("#t1").click()
    assert page.locator("#a1").is_visible() and not page.locator("#a0").is_visible()
    assert page.locator("#t1").get_attribute("aria-selected") == "true"
    page.locator("#t0").click()

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
    listed = page.locator('.overview li[data-outcome="warn"]')  # the overview follows the filters too
    assert listed.count() == warn.count() and not any(e.is_visible() for e in listed.all())
    assert page.locator('.overview li[data-outcome="fail"]').first.is_visible()
    page.locator('#filters input[name="outcome"][value="warn"]').check()
    page.locator('#filters input[name="rule"][value="TT101"]').uncheck()
    clash = page.locator('.finding[data-rule="TT101"]')
    assert clash.count() and all(not clash.nth(k).is_visible() for k in range(clash.count()))
    assert page.locator('.finding[data-rule="TT201"]').first.is_visible()

    # A related link jumps to the other place.
    link = page.locator('.finding[data-rule="TT101"] a.other').first
    page.locator('#filters input[name="rule"][value="TT101"]').check()
    card = link.locator("xpath=ancestor::div[contains(@class, 'finding')]")
    home = card.locator("xpath=ancestor::article").get_attribute("id")
    link.click()
    there = page.locator(link.get_attribute("href"))
    assert there.is_visible()
    if there.locator("xpath=ancestor::article").get_attribute("id") != home:  # the other article's tab opened
        assert not page.locator(f"#{home}").is_visible()
    page.go_back()  # Back returns to the finding the link was in, its article open again
    page.wait_for_function("(id) => !document.getElementById(id).hidden", arg=home, timeout=5000)
    assert card.is_visible()


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


# -- layout: stories of 2 to 10 articles at 1280 and 800 px ---------------------------------------------

ECB = CORPUS / "ecbplus" / "xml"
#: real stories of ECB+ (one event, sub-topic "ecb"): topic 41 told by 9 outlets, topic 2 by 10
#: text columns of the page: article paragraphs, finding notes, the overview's list
COLUMNS = "article.article:not([hidden]) .seg, article.article:not([hidden]) .finding, .overview ol"
#: the narrowest listed element, in characters of its own font (rendered width / mean letter width)
NARROWEST = """(selector) => {
  const ctx = document.createElement("canvas").getContext("2d");
  let least = Infinity, which = "";
  document.querySelectorAll(selector).forEach((el) => {
    if (!el.offsetParent) { return; }
    const cs = getComputedStyle(el);
    ctx.font = cs.font;
    const letter = ctx.measureText("abcdefghijklmnopqrstuvwxyz").width / 26;
    const width = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    const chars = width / letter;
    if (chars < least) { least = chars; which = el.className + ": " + el.textContent.slice(0, 60); }
  });
  return [least, which];
}"""


#: the element is drawn on top at the middle of its first line box (seen, not covered by anything)
ON_TOP = """(t) => {
  const r = Array.from(t.getClientRects()).find((b) => b.width > 0);
  if (!r) { return true; }
  const e = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
  return t === e || t.contains(e);
}"""


def _ecb_story(topic: str, tmp: Path) -> dict[str, str]:
    """The articles of an ECB+ topic's first sub-topic, converted by benchmarks/ecbplus.py."""
    spec = importlib.util.spec_from_file_location("ecbplus", ROOT / "benchmarks" / "ecbplus.py")
    assert spec is not None and spec.loader is not None
    ecbplus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ecbplus)
    source = tmp / "xml"
    (source / topic).mkdir(parents=True)
    for doc in (ECB / topic).glob(f"{topic}_*ecb.xml"):
        (source / topic / doc.name).symlink_to(doc)
    paths = ecbplus.convert(tmp / "articles", source=source)
    return {p.name: p.read_text(encoding="utf-8") for p in paths}


def _story(name: str, claimcheck_run: Runner, tmp: Path) -> tuple[RunResult, int]:
    if name == "seeds":
        if not SEEDS.exists():
            pytest.skip(f"{SEEDS} not present")
        files = {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
        return claimcheck_run(
            files, args=["--html", "review.html"], published="2016-10-03", story="us-russia-syria"
        ), len(files)
    if not ECB.exists():
        pytest.skip(f"{ECB} not present")
    files = _ecb_story(name.removeprefix("ecb"), tmp)
    return claimcheck_run(files, args=["--html", "review.html"]), len(files)


@pytest.mark.parametrize("width", [1280, 800])
@pytest.mark.parametrize("story", ["seeds", "ecb41", "ecb2"])
def test_story_layout(story: str, width: int, claimcheck_run: Runner, browser: Any, tmp_path_factory: Any) -> None:
    result, size = _story(story, claimcheck_run, tmp_path_factory.mktemp("ecb"))
    assert 2 <= size <= 10 and result.exit_code in (0, 1), result.stderr
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        page.goto((claimcheck_run.root / "review.html").as_uri())
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"review-{story}-{width}-top.png"))
        page.evaluate(SCROLL_TO_FINDINGS)
        page.screenshot(path=str(ARTIFACTS / f"review-{story}-{width}-finding.png"))
        page.evaluate("window.scrollTo(0, 0)")
        assert page.evaluate("document.documentElement.scrollWidth") <= width  # nothing wider than the window
        least, which = page.evaluate(NARROWEST, COLUMNS)  # as the page opens
        assert least >= 40, f"{story} at {width} px: a column of {least:.0f} characters ({which})"

        # The overview at the top lists every failure, warning and rule error of the run.
        findings = result.findings()
        errors = sum(r.outcome.value == "error" for ar in result.results for r in ar.results)
        entries = page.locator(".overview li")
        assert entries.count() == len(findings) + errors > 0
        top = page.locator("#overview").bounding_box()
        assert top is not None and top["y"] < 300
        outcomes = [entries.nth(k).get_attribute("data-outcome") for k in range(entries.count())]
        assert outcomes == sorted(outcomes, key=["fail", "error", "warn"].index)  # worst first

        # Rules that passed are folded away: no "pass" chip shows until asked for.
        assert page.locator('.result[data-outcome="pass"]').count() > 0
        assert not any(c.is_visible() for c in page.locator('.result[data-outcome="pass"]').all())

        # One article at a time, and no text column narrower than 40 characters in any of them.
        tabs = page.locator('[role="tab"]')
        assert tabs.count() == size
        for k in range(size):
            tabs.nth(k).click()
            visible = [a for a in page.locator("article.article").all() if a.is_visible()]
            assert len(visible) == 1 and visible[0].get_attribute("id") == tabs.nth(k).get_attribute("aria-controls")
            least, which = page.evaluate(NARROWEST, COLUMNS)
            assert least >= 40, f"{story} at {width} px, tab {k}: a column of {least:.0f} characters ({which})"

        # Every overview link lands on its finding, opening the article it is in.
        for k in range(entries.count()):
            page.evaluate("window.scrollTo(0, 0)")
            link = entries.nth(k).locator("a")
            href, fid = link.get_attribute("href"), link.get_attribute("data-finding")
            link.click()
            target = page.locator(href)
            assert target.is_visible(), href
            box = target.bounding_box()
            assert box is not None and 0 <= box["y"] < 900, (href, box)
            assert target.evaluate(ON_TOP), f"{href} is covered"
            if fid is not None:  # a finding (a rule error has no place but its card)
                assert target.get_attribute("data-finding") == fid or target.get_attribute("id") == fid
                card = page.locator(f"#{fid}")
                assert card.is_visible() and card.get_attribute("data-rule") == entries.nth(k).get_attribute(
                    "data-rule"
                )

        # A related place in another article: its tab opens, and Back returns to the finding.
        across = page.evaluate("""() => Array.from(document.querySelectorAll(".finding a.other")).map((a) => {
          const t = document.getElementById(a.getAttribute("href").slice(1));
          const home = a.closest("article"), there = t && t.closest("article");
          return there && there !== home ? [a.closest(".finding").id, a.getAttribute("href"), home.id, there.id] : null;
        }).filter(Boolean)""")
        if story == "seeds":
            assert across  # the two outlets disagree on how long the war has lasted
        for card_id, href, home, there in across[:3]:
            page.locator(f"#t{home[1:]}").click()
            page.locator(f'#{card_id} a.other[href="{href}"]').click()
            assert page.locator(href).is_visible() and page.locator(f"#{there}").is_visible()
            assert not page.locator(f"#{home}").is_visible()
            page.go_back()
            page.wait_for_function("(id) => !document.getElementById(id).hidden", arg=home, timeout=5000)
            assert page.locator(f"#{card_id}").is_visible()

        # A link to a finding from outside (a #hash in the address) opens the article it is in.
        last = page.locator(f'.overview li a[href^="#mf{size - 1}-"], .overview li a[href^="#f{size - 1}-"]')
        if last.count():
            href = last.first.get_attribute("href")
            page.goto("about:blank")
            page.goto((claimcheck_run.root / "review.html").as_uri() + href)
            assert page.locator(f"#a{size - 1}").is_visible() and page.locator(href).is_visible()
            assert not page.locator("#a0").is_visible()
    finally:
        page.close()
