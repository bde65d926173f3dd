"""The story ledger on SQLite files: record, check against it, look at it, forget, migrate, concurrency."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, needs_shared, write

from checker.hookspecs import hookimpl

HERALD = """---
title: Ferry runs aground off Tarrow Point
published: 2021-05-04
outlet: Tarrow Herald
byline: Nell Ashdown
story: tarrow-ferry
url: https://herald.example/ferry
---
Thirty-two passengers were rescued when a ferry ran aground off Tarrow Point on Monday, the coastguard said.

The ferry's operator, Brinmoor Lines, said the vessel would be towed to Wexcombe.
"""
POST = """---
title: Coastguard praises ferry rescue
published: 2021-05-05
outlet: Wexcombe Post
story: tarrow-ferry
---
The coastguard said 45 passengers were rescued when a ferry ran aground off Tarrow Point on Monday.
"""


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with the published Herald article and today's Post draft; the current folder."""
    write(tmp_path, {"published/herald.md": HERALD, "drafts/post.md": POST})
    monkeypatch.chdir(tmp_path)
    return tmp_path


def findings(report: dict, code: str | None = None) -> list[dict]:
    return [
        f for a in report["articles"] for r in a["results"] for f in r["findings"] if code is None or f["code"] == code
    ]


def test_a_draft_checked_against_the_ledger_meets_the_published_article(newsroom: Path, cli) -> None:
    recorded = cli("ledger", "record", "published/herald.md", "--ledger", "news.sqlite", "--no-config")
    assert recorded.code == 0, recorded.err
    assert "recorded 1 article (1 new, 0 updated)" in recorded.out
    alone = cli("drafts/post.md", "--no-config", "--format", "json")
    assert findings(alone.json(), "CC201") == []
    checked = cli("drafts/post.md", "--no-config", "--ledger", "news.sqlite", "--format", "json")
    report = checked.json()
    assert [a["path"] for a in report["articles"]] == ["drafts/post.md"]  # findings only on the run's articles
    (finding,) = findings(report, "CC201")
    assert finding["line"] == 7 and "45 passengers" in finding["message"]
    (related,) = finding["related"]
    assert related["path"] == "published/herald.md" and related["line"] == 9
    # the pair a run over both articles finds (reported there under the later path), and nothing else new
    both = cli("drafts/post.md", "published/herald.md", "--no-config", "--format", "json").json()
    (pair,) = findings(both, "CC201")
    assert (pair["path"], pair["line"]) == ("published/herald.md", 9)
    assert [(r["path"], r["line"]) for r in pair["related"]] == [("drafts/post.md", 7)]
    assert [f for f in findings(report) if f["code"] != "CC201"] == findings(alone.json())


@needs_shared(SEEDS / "002_9200173ddc167a50.txt")
def test_a_seed_checked_alone_against_the_other_recorded_seed(tmp_path: Path, cli) -> None:
    """Two outlets' reports (../shared/seeds): the second, checked alone against the first as recorded,
    finds the six-year against the five-and-a-half-year war, and nothing else that it does not find alone."""
    first, second = SEEDS / "000_c04042c6ce3db92b.txt", SEEDS / "002_9200173ddc167a50.txt"
    defaults = ("--published", "2016-10-03", "--story", "us-russia-syria", "--no-config")
    ledger = ("--ledger", str(tmp_path / "seeds.sqlite"))
    assert cli("ledger", "record", first, *defaults, *ledger).code == 0
    alone = findings(cli(second, *defaults, "--format", "json").json())
    report = cli(second, *defaults, *ledger, "--format", "json").json()
    (war,) = [f for f in findings(report) if f not in alone]
    assert war["code"] == "CC201" and war["line"] == 16 and "six-year war" in war["message"]
    assert [(r["path"], r["line"]) for r in war["related"]] == [(first.resolve().as_posix(), 6)]
    assert [f for f in findings(report) if f is not war] == alone


def test_an_article_recorded_and_given_in_the_run_counts_once(newsroom: Path, cli) -> None:
    cli("ledger", "record", "published", "drafts", "--ledger", "news.sqlite", "--no-config")
    plain = cli("published", "drafts", "--no-config", "--format", "json").json()
    with_ledger = cli("published", "drafts", "--no-config", "--ledger", "news.sqlite", "--format", "json").json()
    assert findings(with_ledger) == findings(plain)
    assert len(findings(with_ledger, "CC201")) == 1


def test_ledger_in_the_configuration_is_relative_to_it(newsroom: Path, cli, monkeypatch) -> None:
    write(newsroom, {"claimcheck.yaml": "ledger: archive/news.sqlite\n"})
    assert cli("ledger", "record", "published/herald.md").code == 0
    assert (newsroom / "archive" / "news.sqlite").is_file()
    monkeypatch.chdir(newsroom / "drafts")
    report = cli("post.md", "--format", "json").json()
    (finding,) = findings(report, "CC201")
    assert finding["related"][0]["path"] == (newsroom / "published" / "herald.md").as_posix()


def test_default_ledger_is_beside_the_configuration(newsroom: Path, cli) -> None:
    write(newsroom, {"claimcheck.yaml": "fail-on: fail\n"})
    assert cli("ledger", "record", "published/herald.md").code == 0
    assert (newsroom / ".claimcheck" / "ledger.sqlite").is_file()
    stories = cli("ledger", "stories", "--format", "json").json()
    assert stories == [
        {"story": "tarrow-ferry", "articles": 1, "first_published": "2021-05-04", "last_published": "2021-05-04"}
    ]


def test_recording_again_updates_the_article(newsroom: Path, cli) -> None:
    args = ("--ledger", "news.sqlite", "--no-config")
    cli("ledger", "record", "published/herald.md", *args)
    write(newsroom, {"published/herald.md": HERALD.replace("Thirty-two", "Thirty-one")})
    again = cli("ledger", "record", "published/herald.md", *args)
    assert "(0 new, 1 updated)" in again.out
    shown = cli("ledger", "show", "tarrow-ferry", "--format", "json", *args).json()
    (article,) = shown["articles"]
    texts = [c["text"] for c in article["claims"] if c["kind"] == "figure"]
    assert "Thirty-one" in texts and "Thirty-two" not in texts
    assert article["meta"]["outlet"] == "Tarrow Herald" and article["key"] == "published/herald.md"


def test_record_gives_published_and_story_to_articles_without_them(newsroom: Path, cli) -> None:
    write(newsroom, {"wire.txt": "Rescuers said 45 passengers were brought ashore at Tarrow Point.\n"})
    args = ("--ledger", "news.sqlite", "--no-config")
    cli("ledger", "record", "wire.txt", "--published", "2021-05-04", "--story", "tarrow-ferry", *args)
    (row,) = cli("ledger", "stories", "--format", "json", *args).json()
    assert row["story"] == "tarrow-ferry" and row["first_published"] == "2021-05-04"


def test_show_lists_claims_as_a_table(newsroom: Path, cli) -> None:
    args = ("--ledger", "news.sqlite", "--no-config")
    cli("ledger", "record", "published/herald.md", *args)
    out = cli("ledger", "show", "tarrow-ferry", *args).out
    assert out.startswith("published/herald.md  published 2021-05-04")
    assert "figure" in out and "Thirty-two" in out
    missing = cli("ledger", "show", "no-such-story", *args)
    assert missing.code == 4 and "no story 'no-such-story'" in missing.err


def test_export_writes_one_claim_a_line_with_claimreview_names(newsroom: Path, cli) -> None:
    args = ("--ledger", "news.sqlite", "--no-config")
    cli("ledger", "record", "published", "drafts", *args)
    out = cli("ledger", "export", *args).out
    lines = [json.loads(line) for line in out.splitlines()]
    shown = cli("ledger", "show", "tarrow-ferry", "--format", "json", *args).json()
    assert len(lines) == sum(len(a["claims"]) for a in shown["articles"])
    herald = next(x for x in lines if x["claimReviewed"] == "Thirty-two")
    assert herald["datePublished"] == "2021-05-04" and herald["author"] == "Nell Ashdown"
    assert herald["url"] == "https://herald.example/ferry" and herald["story"] == "tarrow-ferry"
    assert herald["itemReviewed"] == {
        "@type": "NewsArticle",
        "url": "https://herald.example/ferry",
        "headline": "Ferry runs aground off Tarrow Point",
        "datePublished": "2021-05-04",
        "author": "Nell Ashdown",
        "publisher": "Tarrow Herald",
    }
    assert herald["claim"]["kind"] == "figure" and herald["claim"]["value"] == 32
    post = next(x for x in lines if x["claimReviewed"] == "45")
    assert post["url"] == "drafts/post.md" and post["author"] is None  # no URL: the recorded path
    cli("ledger", "export", "--story", "tarrow-ferry", "-o", "claims.jsonl", *args)
    assert (newsroom / "claims.jsonl").read_text(encoding="utf-8") == out


def test_forget_removes_an_article(newsroom: Path, cli) -> None:
    args = ("--ledger", "news.sqlite", "--no-config")
    cli("ledger", "record", "published", "drafts", *args)
    gone = cli("ledger", "forget", "published/herald.md", *args)
    assert gone.code == 0 and gone.out == "forgot published/herald.md\n"
    (row,) = cli("ledger", "stories", "--format", "json", *args).json()
    assert row["articles"] == 1
    again = cli("ledger", "forget", "published/herald.md", *args)
    assert again.code == 1 and "published/herald.md: not in the ledger" in again.err
    checked = cli("drafts/post.md", "--ledger", "news.sqlite", "--no-config", "--format", "json").json()
    assert findings(checked, "CC201") == []


def test_a_ledger_that_is_an_article_of_the_run_is_refused(newsroom: Path, cli) -> None:
    cli("ledger", "record", "published/herald.md", "--ledger", "published/news.txt", "--no-config")
    run = cli("drafts/post.md", "published/news.txt", "--ledger", "published/news.txt", "--no-config")
    assert run.code == 4
    assert "--ledger published/news.txt: is an article of this run" in run.err


def test_a_missing_or_broken_ledger_is_one_line_exit_4(newsroom: Path, cli) -> None:
    missing = cli("drafts/post.md", "--ledger", "nowhere.sqlite", "--no-config")
    assert missing.code == 4 and "no such ledger" in missing.err and "Traceback" not in missing.err
    write(newsroom, {"note.txt": "A note of no story.\n"})
    storyless = cli("note.txt", "--ledger", "nowhere.sqlite", "--no-config")  # no story asks, still refused
    assert storyless.code == 4 and "no such ledger" in storyless.err
    write(newsroom, {"broken.sqlite": "this is not a database\n"})
    broken = cli("ledger", "stories", "--ledger", "broken.sqlite", "--no-config")
    assert broken.code == 4 and "broken.sqlite" in broken.err and "Traceback" not in broken.err
    unknown = cli("ledger", "erase")
    assert unknown.code == 4 and "unknown action 'erase'" in unknown.err


def test_schema_is_versioned_and_a_newer_one_refused(newsroom: Path, cli) -> None:
    from checker.ledger.store import SCHEMA_VERSION

    cli("ledger", "record", "published/herald.md", "--ledger", "news.sqlite", "--no-config")
    with sqlite3.connect("news.sqlite") as db:
        assert db.execute("SELECT value FROM ledger_info WHERE name = 'schema_version'").fetchone() == (
            str(SCHEMA_VERSION),
        )
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        db.execute("UPDATE ledger_info SET value = ? WHERE name = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    newer = cli("ledger", "stories", "--ledger", "news.sqlite", "--no-config")
    assert newer.code == 4 and f"schema version {SCHEMA_VERSION + 1} is newer" in newer.err


def test_an_empty_ledger_file_is_migrated_on_open(tmp_path: Path) -> None:
    from checker.ledger.store import SCHEMA_VERSION, open_ledger

    sqlite3.connect(tmp_path / "old.sqlite").close()  # a database with no tables at all
    with open_ledger(str(tmp_path / "old.sqlite")) as ledger:
        assert ledger.migrate() == SCHEMA_VERSION  # already current: nothing applied twice
        assert ledger.count() == 0


class InterruptOnThird:
    """Extracts nothing; presses Ctrl-C while the third article is being prepared."""

    def __init__(self) -> None:
        self.seen = 0

    @hookimpl
    def claimcheck_extract_claims(self, article, segments, config):  # type: ignore[no-untyped-def]
        self.seen += 1
        if self.seen == 3:
            raise KeyboardInterrupt
        return []


def test_an_interrupted_record_keeps_what_was_recorded_before(tmp_path: Path, cli, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, {f"a/{i}.md": POST.replace("45", str(40 + i)) for i in range(5)})
    run = cli("ledger", "record", "a", "--ledger", "news.sqlite", "--no-config", plugins=[InterruptOnThird()])
    assert run.code == 2
    with sqlite3.connect("news.sqlite") as db:
        assert [k for (k,) in db.execute("SELECT key FROM articles ORDER BY key")] == ["a/0.md", "a/1.md"]
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_concurrent_recorders_lose_nothing(tmp_path: Path) -> None:
    """Three processes record 20 articles each into one SQLite file at the same time."""
    for batch in range(3):
        write(tmp_path, {f"b{batch}/{i}.md": POST.replace("45", str(100 * batch + i)) for i in range(20)})
    command = [sys.executable, "-m", "checker", "ledger", "record", "--ledger", "news.sqlite", "--no-config"]
    env = {"CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([*command, f"b{b}"], cwd=tmp_path, env=env, stderr=subprocess.PIPE) for b in range(3)]
    errors = [p.communicate(timeout=300)[1].decode() for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], errors
    with sqlite3.connect(tmp_path / "news.sqlite") as db:
        assert db.execute("SELECT COUNT(*) FROM articles").fetchone() == (60,)
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_recorded_articles_come_back_as_prepared(newsroom: Path) -> None:
    """Text, metadata, segments and claims survive the round trip, including HTML's mapped pieces."""
    from checker.ledger.codec import extraction_key, to_article, to_row
    from checker.models import Article

    session = _session()
    for path in [newsroom / "published/herald.md", ROOT / "fixtures/articles/ledger-warehouse-fire.md"]:
        article = session.prepare(path)
        assert isinstance(article, Article)
        back = to_article(to_row(article, "k", extraction_key(session.pm)), article.path)
        assert (back.raw, back.meta, back.segments, back.claims) == (
            article.raw,
            article.meta,
            article.segments,
            article.claims,
        )
        assert [type(c) for c in back.claims] == [type(c) for c in article.claims]


def test_a_stale_extraction_is_extracted_again(newsroom: Path) -> None:
    """A row recorded by another claimcheck version is prepared again from its stored text and metadata."""
    from checker.ledger.record import record_paths
    from checker.ledger.source import LedgerSource
    from checker.ledger.store import open_ledger

    session = _session()
    with open_ledger("news.sqlite", create=True) as ledger:
        record_paths(session.config, ["published/herald.md"], ledger)
        fresh = list(LedgerSource(ledger, session.config).siblings("tarrow-ferry", session.prepare))
        ledger.conn.execute("UPDATE articles SET extracted_with = 'claimcheck 0.0.1', claims = '[]'")
        (newsroom / "published/herald.md").unlink()  # the stored text is all there is
        source = LedgerSource(ledger, session.config)
        (again,) = source.siblings("tarrow-ferry", session.prepare)
    assert source.reextracted == 1
    assert again.claims == fresh[0].claims and again.meta == fresh[0].meta and again.path == "published/herald.md"


def _session():  # type: ignore[no-untyped-def]
    from checker.arguments import make_parser
    from checker.config import Config, load_settings
    from checker.plugins import make_plugin_manager
    from checker.session import Session

    args = make_parser("check").parse_args(["--no-config"])
    settings, path = load_settings(args, Path.cwd())
    config = Config(settings, args, path)
    make_plugin_manager(config)
    return Session(config, [])


def test_help_names_the_ledger_commands(cli, capsys) -> None:
    from checker.cli import main

    assert main(["--help"]) == 0
    listed = capsys.readouterr().out
    assert "claimcheck ledger" in listed and "claimcheck audit" in listed
    ledger = cli("help", "ledger").out
    assert ledger.startswith("usage: claimcheck ledger {record,stories,show,export,forget}")
    assert "usage: claimcheck ledger record" in ledger and "--published DATE" in ledger
    assert "--dask ADDRESS" in cli("help", "audit").out
    typo = cli("ledgr")
    assert typo.code == 4 and "did you mean claimcheck ledger?" in typo.err


def test_a_password_in_a_ledger_url_is_never_printed(cli) -> None:
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install 'claimcheck[postgres]')")
    for url in ("postgresql://editor:s3cret@127.0.0.1:1/news", "postgresql://editor@127.0.0.1:1/news?password=s3cret"):
        run = cli("ledger", "stories", "--ledger", url, "--no-config")
        assert run.code == 4 and "cannot connect" in run.err
        assert "s3cret" not in run.err and "***" in run.err


def test_recording_again_without_the_flags_keeps_story_and_date(newsroom: Path, cli) -> None:
    write(newsroom, {"wire.txt": "Rescuers said 45 passengers were brought ashore at Tarrow Point on Monday.\n"})
    args = ("--ledger", "news.sqlite", "--no-config")
    cli("ledger", "record", "wire.txt", "--published", "2021-05-04", "--story", "tarrow-ferry", *args)
    again = cli("ledger", "record", "wire.txt", *args)
    assert "(0 new, 1 updated)" in again.out
    (row,) = cli("ledger", "stories", "--format", "json", *args).json()
    assert row["story"] == "tarrow-ferry" and row["first_published"] == "2021-05-04"
    (article,) = cli("ledger", "show", "tarrow-ferry", "--format", "json", *args).json()["articles"]
    assert [c["value"] for c in article["claims"] if c["kind"] == "date"] == ["2021-05-03"]


def test_a_configured_ledger_that_is_an_article_is_refused_naming_the_key(newsroom: Path, cli) -> None:
    write(newsroom, {"claimcheck.yaml": "ledger: drafts/post.md\n"})
    before = (newsroom / "drafts" / "post.md").read_bytes()
    run = cli("drafts/post.md")
    assert run.code == 4
    assert "ledger: drafts/post.md (" in run.err and "claimcheck.yaml): is an article of this run" in run.err
    assert "--ledger" not in run.err
    assert (newsroom / "drafts" / "post.md").read_bytes() == before


def test_help_of_each_ledger_action_and_of_audit(cli, capsys) -> None:
    from checker.cli import main

    assert main(["ledger", "record", "--help"]) == 0
    assert "usage: claimcheck ledger record" in capsys.readouterr().out
    audit = cli("help", "audit").out
    assert "[PATH ...]" not in audit and "article files or folders" not in audit  # its articles are the ledger's


def test_export_never_writes_over_the_ledger_it_reads(newsroom: Path, cli) -> None:
    args = ("--ledger", "news.sqlite", "--no-config")
    cli("ledger", "record", "published/herald.md", *args)
    before = (newsroom / "news.sqlite").read_bytes()
    run = cli("ledger", "export", "-o", "news.sqlite", *args)
    assert run.code == 4 and "--output news.sqlite: that file is read by this run" in run.err
    assert (newsroom / "news.sqlite").read_bytes() == before
