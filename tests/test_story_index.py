"""Story indexes (checker/story_index.py): built once per story, shared by every article's view, and
the same as the scans they replace; the cross-article rules still find what spans non-adjacent articles."""

from __future__ import annotations

import pickle

from checker.links import StoryLinks
from checker.models import Article, DateClaim
from checker.story_index import ages_in, mentions_in, per_article
from checker.testing import Runner, RunResult


def _article(body: str, published: str = "2024-05-08", outlet: str = "Kestrel Valley News") -> str:
    return f"---\ntitle: T\npublished: {published}\noutlet: {outlet}\nstory: harbour\n---\n{body}\n"


STORY = {
    "a.md": _article(
        "Harbour commissioner Rosalind Achterberg, 58, said the dredging contract was signed on Monday, May 6.\n\n"
        '"We have waited eleven years for this," Achterberg said.\n',
        outlet="Tidewater Post",
    ),
    "b.md": _article(
        "The ferry timetable changes on June 1, the operator Brannock Lines said.\n\n"
        "Its director, Piet Olander, said fares would not rise.\n",
        outlet="Coastal Ledger",
    ),
    "c.md": _article(
        "The dredging contract was signed on Tuesday, May 7, commissioner Rosalind Achterberg, 58, told reporters.\n\n"
        '"We have waited eleven years for this," Achterberg said.\n',
        outlet="Harbour Gazette",
    ),
}


def _views(result: RunResult) -> dict[str, StoryLinks]:
    out = {}
    for r in result.results:
        assert isinstance(r.links, StoryLinks)
        out[r.path.rsplit("/", 1)[-1]] = r.links
    return out


def test_the_articles_views_share_one_memo_and_it_is_not_pickled(claimcheck_run: Runner) -> None:
    views = _views(claimcheck_run(STORY, select=["CC101"]))
    a, c = views["a.md"], views["c.md"]
    assert a is not c and a.memo(("test",), list) is c.memo(("test",), dict)
    assert pickle.loads(pickle.dumps(c)).memo(("test",), dict) == {}  # a worker's results leave it behind


def test_the_people_indexes_give_what_a_scan_of_every_entity_gives(claimcheck_run: Runner) -> None:
    views = _views(claimcheck_run(STORY, select=["CC601"]))
    links = views["a.md"]
    for path in (r for r in views):
        full = next(e for e in links.entities for m in e.mentions if m.article.endswith(path)).mentions[0].article
        scanned = [
            (e, tuple(m for m in e.mentions if m.article == full))
            for e in links.entities
            if any(m.article == full for m in e.mentions)
        ]
        assert list(mentions_in(links, full)) == scanned
        assert list(ages_in(links, full)) == [(e, e.ages_in(full)) for e in links.entities if e.ages_in(full)]
    achterberg = next(e for e in links.entities if e.canonical == "Rosalind Achterberg")
    assert [len(ages) for e, ages in ages_in(links, achterberg.mentions[0].article) if e is achterberg] == [1]


def test_per_article_builds_once_per_article_object(claimcheck_run: Runner) -> None:
    result = claimcheck_run(STORY, select=["CC101"])
    links = _views(result)["a.md"]
    article = next(r.article for r in result.results if r.article and r.path.endswith("c.md"))
    assert isinstance(article, Article)
    built: list[str] = []

    def dates(a: Article) -> list[str]:
        built.append(a.path)
        return [c.text for c in a.claims if isinstance(c, DateClaim)]

    first = per_article(links, "test dates", article, dates)
    assert per_article(links, "test dates", article, dates) is first and first == ["Tuesday, May 7"]
    rebuilt = article.model_copy(update={"claims": ()})  # an article rebuilt under the same path
    assert per_article(links, "test dates", rebuilt, dates) == [] and len(built) == 2


def test_cross_article_findings_span_an_unrelated_article_between(claimcheck_run: Runner) -> None:
    result = claimcheck_run(STORY, select=["CC101"])
    hits = result.findings("CC101")
    assert [(h.path.rsplit("/", 1)[-1], h.outcome) for h in hits] == [("c.md", "fail")]
    assert "2024-05-07" in hits[0].message and "2024-05-06" in hits[0].message


def test_the_articles_before_one_are_those_a_scan_of_the_story_finds(claimcheck_run: Runner) -> None:
    from checker.session import _PathOrder

    articles = [r.article for r in claimcheck_run(STORY, select=["CC101"]).results if r.article is not None]
    for story in (articles, articles[::-1], [articles[1], articles[0], articles[2]]):
        order = _PathOrder(story)
        assert order.sorted == (story == sorted(story, key=lambda a: a.path))
        for article in story:
            assert order.before(article) == [a for a in story if a is not article and a.path < article.path]
