"""The ledger's database: SQLite through the standard library, or PostgreSQL through psycopg 3.

One table of articles, keyed by :func:`checker.stories.article_key`; a second, ``ledger_info``,
holds the schema version. Opening a ledger migrates its schema forward (refusing one written by a
newer claimcheck). Every write is one transaction, so an interrupted ``record`` keeps every
article recorded before the interruption. Concurrent recorders are safe: SQLite runs in WAL mode
with a busy timeout and takes the write lock at the start of each transaction (``BEGIN
IMMEDIATE``); PostgreSQL upserts (``ON CONFLICT``) inside transactions and migrates under an
advisory lock.

Both databases get the same SQL (``?`` placeholders, turned into ``%s`` for psycopg); JSON is
stored as text so a ledger moves between them row for row (``docs/ledger.md``).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import astuple, dataclass, fields
from pathlib import Path
from typing import Any

from checker.errors import UsageError
from checker.stories import is_url

#: Where a ledger lives when neither ``--ledger`` nor ``ledger:`` says: beside the configuration.
DEFAULT_LOCATION = ".claimcheck/ledger.sqlite"
#: The schema this claimcheck writes; a ledger with an older one is migrated forward on open.
SCHEMA_VERSION = 1
#: Statements taking a ledger from version ``v - 1`` to ``v``; applied in order, each step in the
#: same transaction as the version it records. Append a step to change the schema; never edit one.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """CREATE TABLE articles (
            key TEXT PRIMARY KEY,
            location TEXT NOT NULL,
            format TEXT NOT NULL,
            story TEXT,
            published TEXT,
            meta TEXT NOT NULL,
            raw TEXT NOT NULL,
            body_start INTEGER NOT NULL,
            diagnostics TEXT NOT NULL,
            extracted_with TEXT NOT NULL,
            segments TEXT NOT NULL,
            claims TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        )""",
        "CREATE INDEX articles_story ON articles (story)",
    ),
}
#: Seconds a SQLite writer waits for another's lock before giving up.
BUSY_TIMEOUT = 60.0
_PG_LOCK = 0x636C6D6B  # advisory lock id for migrations ("clmk")


class LedgerError(UsageError):
    """The ledger cannot be opened or read (a wrong location, a newer schema, a server that refuses)."""


@dataclass(frozen=True)
class LedgerRow:
    """One recorded article as stored: JSON columns are text (see :mod:`checker.ledger.codec`).

    ``published`` is ISO ``YYYY-MM-DD`` or None; ``recorded_at`` an ISO UTC timestamp;
    ``extracted_with`` names the extraction that produced ``segments`` and ``claims``.
    """

    key: str
    location: str
    format: str
    story: str | None
    published: str | None
    meta: str
    raw: str
    body_start: int
    diagnostics: str
    extracted_with: str
    segments: str
    claims: str
    recorded_at: str


COLUMNS = tuple(f.name for f in fields(LedgerRow))
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM articles"


def is_postgres(location: str) -> bool:
    """Whether a ledger location is a PostgreSQL URL (``postgresql://`` or ``postgres://``)."""
    return location.startswith(("postgresql://", "postgres://"))


def resolve_location(given: str | None, configured: str | None, root: Path) -> str:
    """The ledger to use: ``--ledger`` (relative to the current folder), else ``ledger:`` (relative
    to the configuration's folder ``root``), else :data:`DEFAULT_LOCATION` under ``root``."""
    if given:
        return given if is_postgres(given) else os.path.abspath(given)
    if configured:
        return configured if is_postgres(configured) else str((root / configured).resolve())
    return str((root / DEFAULT_LOCATION).resolve())


def shown(location: str) -> str:
    """A location as messages show it: a URL's password (in the user part or ``?password=``) as ``***``."""
    if not is_postgres(location):
        return location
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    parts = urlsplit(location)
    netloc = parts.netloc
    if "@" in netloc:
        creds, host = netloc.rsplit("@", 1)
        if ":" in creds:
            netloc = f"{creds.split(':', 1)[0]}:***@{host}"
    query = [(k, "***" if k == "password" else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    return urlunsplit((parts.scheme, netloc, parts.path, urlencode(query, safe="*"), parts.fragment))


def ledger_file(location: str) -> Path | None:
    """The SQLite file of a location, or None for a PostgreSQL URL (for the "output names an input" check)."""
    return None if is_postgres(location) or is_url(location) else Path(location)


class Ledger:
    """An open ledger. Use :func:`open_ledger`; close it (or use ``with``) when done.

    :raises LedgerError: from every method, when the database refuses (one line naming the ledger).
    """

    def __init__(self, conn: Any, location: str, postgres: bool) -> None:
        self.conn = conn
        self.location = location
        self.postgres = postgres

    # -- plumbing -------------------------------------------------------------------------------

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.postgres else sql

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        try:
            return self.conn.execute(self._sql(sql), tuple(params))
        except Exception as err:
            raise self._error(err) from err

    def _error(self, err: Exception) -> LedgerError:
        return LedgerError(f"ledger {shown(self.location)}: {type(err).__name__}: {str(err).strip().splitlines()[0]}")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction: everything in it is recorded, or nothing (SQLite takes the lock first)."""
        if self.postgres:
            with self.conn.transaction():
                yield
            return
        self._execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self._execute("COMMIT")

    def migrate(self) -> int:
        """Bring the schema to :data:`SCHEMA_VERSION`; returns the version found (0 for a new ledger)."""
        with self.transaction():
            if self.postgres:
                self._execute("SELECT pg_advisory_xact_lock(?)", (_PG_LOCK,))
            self._execute("CREATE TABLE IF NOT EXISTS ledger_info (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
            found = self._execute("SELECT value FROM ledger_info WHERE name = 'schema_version'").fetchone()
            current = int(found[0]) if found else 0
            if current > SCHEMA_VERSION:
                raise LedgerError(
                    f"ledger {shown(self.location)}: schema version {current} is newer than this claimcheck's "
                    f"({SCHEMA_VERSION}); upgrade claimcheck"
                )
            for version in range(current + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[version]:
                    self._execute(statement)
            if current < SCHEMA_VERSION:
                self._execute(
                    "INSERT INTO ledger_info (name, value) VALUES ('schema_version', ?) "
                    "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                    (str(SCHEMA_VERSION),),
                )
        return current

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------------------

    def record(self, row: LedgerRow) -> bool:
        """Store one article, replacing an earlier record of the same key; True when it was new."""
        names = ", ".join(COLUMNS)
        marks = ", ".join("?" for _ in COLUMNS)
        updates = ", ".join(f"{c} = excluded.{c}" for c in COLUMNS if c != "key")
        with self.transaction():
            existed = self._execute("SELECT 1 FROM articles WHERE key = ?", (row.key,)).fetchone() is not None
            self._execute(
                f"INSERT INTO articles ({names}) VALUES ({marks}) ON CONFLICT (key) DO UPDATE SET {updates}",
                astuple(row),
            )
        return not existed

    def forget(self, key: str) -> bool:
        """Remove one article; False when the ledger did not hold it."""
        with self.transaction():
            gone = self._execute("DELETE FROM articles WHERE key = ?", (key,)).rowcount
        return bool(gone)

    # -- reading --------------------------------------------------------------------------------

    def stories(self) -> list[tuple[str | None, int, str | None, str | None]]:
        """Every story: (name or None for articles without one, article count, first and last publication date)."""
        rows = self._execute(
            "SELECT story, COUNT(*), MIN(published), MAX(published) FROM articles GROUP BY story"
        ).fetchall()
        return sorted(((r[0], int(r[1]), r[2], r[3]) for r in rows), key=lambda r: (r[0] is None, r[0] or ""))

    def rows(self, story: str | None = None, *, every: bool = False) -> list[LedgerRow]:
        """The recorded articles of ``story`` (``every=True``: of the whole ledger), ordered by key.

        Ordered here, by code point, not by the database: PostgreSQL's collation depends on the server.
        """
        if every:
            found = self._execute(_SELECT).fetchall()
        elif story is None:
            found = self._execute(f"{_SELECT} WHERE story IS NULL").fetchall()
        else:
            found = self._execute(f"{_SELECT} WHERE story = ?", (story,)).fetchall()
        return sorted((LedgerRow(*r) for r in found), key=lambda r: r.key)

    def row(self, key: str) -> LedgerRow | None:
        """One recorded article by its key, or None."""
        found = self._execute(f"{_SELECT} WHERE key = ?", (key,)).fetchone()
        return LedgerRow(*found) if found else None

    def keys_by_story(self) -> dict[str | None, list[str]]:
        """Every key, grouped by story (None: articles without a story), keys sorted."""
        out: dict[str | None, list[str]] = {}
        for story, key in sorted(self._execute("SELECT story, key FROM articles").fetchall(), key=lambda r: r[1]):
            out.setdefault(story, []).append(key)
        return out

    def count(self) -> int:
        return int(self._execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def size(self) -> int:
        """Bytes the ledger takes: the SQLite file (with its WAL), or PostgreSQL's table and indexes."""
        if self.postgres:
            return int(self._execute("SELECT pg_total_relation_size('articles')").fetchone()[0])
        base = Path(self.location)
        return sum(p.stat().st_size for p in (base, Path(f"{base}-wal")) if p.exists())


def copy_ledger(source: str, target: str) -> int:
    """Copy every recorded article from the ledger at ``source`` into the one at ``target`` (made if
    missing), row for row, each in its own transaction; returns how many. Moves SQLite to PostgreSQL
    and back (``docs/ledger.md``); an article already in ``target`` is replaced.
    """
    with open_ledger(source) as src, open_ledger(target, create=True) as dst:
        rows = src.rows(every=True)
        for row in rows:
            dst.record(row)
    return len(rows)


def open_ledger(location: str, create: bool = False) -> Ledger:
    """Open (and migrate) the ledger at ``location``: a SQLite file path or a ``postgresql://`` URL.

    :param create: make a missing SQLite file (and its folder); otherwise a missing file is an error.
    :raises LedgerError: the ledger is missing, unreadable, newer than this claimcheck, or the
        server refuses; PostgreSQL without psycopg installed names the extra to install.
    """
    if is_postgres(location):
        try:
            import psycopg
        except ImportError:
            raise LedgerError(
                f"ledger {shown(location)}: PostgreSQL needs psycopg: pip install 'claimcheck[postgres]'"
            ) from None
        try:
            conn: Any = psycopg.connect(location, autocommit=True)
        except Exception as err:
            first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
            raise LedgerError(f"ledger {shown(location)}: cannot connect: {first}") from None
        ledger = Ledger(conn, location, postgres=True)
    else:
        path = Path(location)
        if path.is_dir():
            raise LedgerError(f"ledger {location}: is a directory (give the ledger's file)")
        if not path.exists():
            if not create:
                raise LedgerError(
                    f"ledger {location}: no such ledger (record articles with `claimcheck ledger record`)"
                )
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise LedgerError(f"ledger {location}: cannot create: {err.strerror or err}") from None
        try:
            # isolation_level=None: transactions are ours (BEGIN IMMEDIATE … COMMIT), not the module's
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")  # with WAL: durable across a crash of claimcheck
        except sqlite3.Error as err:
            raise LedgerError(f"ledger {location}: cannot open: {err}") from None
        ledger = Ledger(conn, location, postgres=False)
    try:
        ledger.migrate()
    except BaseException:
        ledger.close()
        raise
    return ledger


__all__ = [
    "DEFAULT_LOCATION",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Ledger",
    "LedgerError",
    "LedgerRow",
    "copy_ledger",
    "is_postgres",
    "ledger_file",
    "open_ledger",
    "resolve_location",
    "shown",
]
