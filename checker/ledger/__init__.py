"""The story ledger: what was already published, kept so a draft is checked against it.

A ledger stores, per article: its identity (:func:`checker.stories.article_key`), where it came
from (path or URL), its metadata, its decoded text, its story, and its claims (and segments) as
JSON keyed by the extraction they came from (claimcheck's version and the extracting plugins).
Links are not stored: they are computed at check time, because they change when an article joins
the story. The store is SQLite by default (``.claimcheck/ledger.sqlite`` beside the
configuration) or PostgreSQL by a ``postgresql://`` URL (``claimcheck[postgres]``).

Modules: :mod:`~checker.ledger.store` (the database), :mod:`~checker.ledger.codec` (articles to
rows and back), :mod:`~checker.ledger.source` (the ledger as a story source),
:mod:`~checker.ledger.audit` (checking every story, locally or on Dask),
:mod:`~checker.ledger.cli` (``claimcheck ledger …`` and ``claimcheck audit``),
:mod:`~checker.ledger.plugin` (``--ledger`` on a check). See ``docs/ledger.md``.
"""

# Nothing is imported here: every run imports checker.ledger.plugin (for ``--ledger``), and a run
# without a ledger should not pay for sqlite3 or the store.
