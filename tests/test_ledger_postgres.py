"""The story ledger on a real PostgreSQL server: the same behaviour as on SQLite, and safe concurrent recorders.

The server is ``CLAIMCHECK_TEST_POSTGRES`` (a URL; ``.ci/run`` starts one), else a throwaway one
these tests start with initdb and pg_ctl (``tests/postgres_server.py``). Each test gets a database
of its own. Without PostgreSQL installed, or without psycopg, the tests skip and say why.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, write
from postgres_server import ENV, Unavailable, start, stop
from test_ledger import HERALD, POST, findings

psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed (pip install 'claimcheck[postgres]')")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The URL of a PostgreSQL server's maintenance database."""
    given = os.environ.get(ENV)
    if given:
        yield given
        return
    try:
        url, folder = start()
    except Unavailable as why:
        pytest.skip(f"no PostgreSQL server: {why}")
    try:
        yield url
    finally:
        stop(folder)


@pytest.fixture
def postgres_url(server: str) -> Iterator[str]:
    """A fresh, empty database on the server, dropped afterwards."""
    name = f"ledger_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    base, _, _ = server.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write(tmp_path, {"published/herald.md": HERALD, "drafts/post.md": POST})
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_record_and_check_against_a_postgres_ledger(newsroom: Path, postgres_url: str, cli) -> None:
    args = ("--ledger", postgres_url, "--no-config")
    recorded = cli("ledger", "record", "published/herald.md", *args)
    assert recorded.code == 0, recorded.err
    assert "(1 new, 0 updated)" in recorded.out
    assert "(0 new, 1 updated)" in cli("ledger", "record", "published/herald.md", *args).out
    report = cli("drafts/post.md", "--format", "json", *args).json()
    (finding,) = findings(report, "CC201")
    assert [(r["path"], r["line"]) for r in finding["related"]] == [("published/herald.md", 9)]
    stories = cli("ledger", "stories", "--format", "json", *args).json()
    assert stories == [
        {"story": "tarrow-ferry", "articles": 1, "first_published": "2021-05-04", "last_published": "2021-05-04"}
    ]
    lines = [json.loads(x) for x in cli("ledger", "export", *args).out.splitlines()]
    assert {x["article"] for x in lines} == {"published/herald.md"} and lines[0]["datePublished"] == "2021-05-04"
    assert cli("ledger", "forget", "published/herald.md", *args).code == 0
    assert findings(cli("drafts/post.md", "--format", "json", *args).json(), "CC201") == []


def test_postgres_schema_is_versioned_and_migrated_once(postgres_url: str) -> None:
    from checker.ledger.store import SCHEMA_VERSION, LedgerError, open_ledger

    with open_ledger(postgres_url) as ledger:
        assert ledger.migrate() == SCHEMA_VERSION  # the open already migrated: nothing is applied twice
    with psycopg.connect(postgres_url, autocommit=True) as db:
        db.execute("UPDATE ledger_info SET value = %s WHERE name = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    with pytest.raises(LedgerError, match=f"schema version {SCHEMA_VERSION + 1} is newer"):
        open_ledger(postgres_url)


def test_a_server_that_refuses_is_one_line_exit_4(newsroom: Path, server: str, cli) -> None:
    base, _, _ = server.rpartition("/")
    run = cli("drafts/post.md", "--ledger", f"{base}/no_such_database", "--no-config")
    assert run.code == 4 and "cannot connect" in run.err and "Traceback" not in run.err


def test_concurrent_recorders_on_postgres_lose_nothing(tmp_path: Path, postgres_url: str) -> None:
    """Three processes, each opening (and migrating) the new ledger and recording 15 articles, at once."""
    for batch in range(3):
        write(tmp_path, {f"b{batch}/{i}.md": POST.replace("45", str(100 * batch + i)) for i in range(15)})
    write(tmp_path, {"shared/one.md": HERALD})  # every recorder also records this one: upserts, not duplicates
    command = [sys.executable, "-m", "checker", "ledger", "record", "--ledger", postgres_url, "--no-config"]
    env = {"CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen([*command, "shared", f"b{b}"], cwd=tmp_path, env=env, stderr=subprocess.PIPE) for b in range(3)
    ]
    errors = [p.communicate(timeout=300)[1].decode() for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], errors
    with psycopg.connect(postgres_url) as db:
        assert db.execute("SELECT COUNT(*) FROM articles").fetchone() == (46,)
        assert db.execute("SELECT COUNT(*) FROM ledger_info").fetchone() == (1,)


def test_moving_a_sqlite_ledger_to_postgres_keeps_every_article(newsroom: Path, postgres_url: str, cli) -> None:
    """docs/ledger.md's move, as written there: copy_ledger(SQLite file, URL), then check against the URL."""
    from checker.ledger.store import copy_ledger

    cli("ledger", "record", "published", "drafts", "--ledger", "news.sqlite", "--no-config")
    assert copy_ledger("news.sqlite", postgres_url) == 2
    exported = {
        where: cli("ledger", "export", "--ledger", where, "--no-config").out for where in ("news.sqlite", postgres_url)
    }
    assert exported["news.sqlite"] == exported[postgres_url] != ""
    assert "copy_ledger(" in (ROOT / "docs" / "ledger.md").read_text(encoding="utf-8")
