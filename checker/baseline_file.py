"""Baselines: accept today's findings (``--write-baseline``) and report only new ones (``--baseline``).

A finding's fingerprint is its rule, its article and the normalised text of the claims it
concerns (or of its span), never line numbers, so it survives edits elsewhere in the article.
The article is named by its path relative to the baseline's root (:func:`baseline_root`: the
configuration file's folder, else the repository's), so a baseline matches whichever folder
claimcheck runs from.

The ``--baseline`` and ``--write-baseline`` plugin (:mod:`checker.baseline`) imports this module
when a run asks for a baseline.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.errors import UsageError
from checker.hookspecs import hookimpl
from checker.models import Article, Finding, Outcome, RuleResult

if TYPE_CHECKING:
    from checker.config import Config
    from checker.models import ExitCode
    from checker.session import Session

SCHEMA = "claimcheck-baseline/1"
_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'", "–": "-", "—": "-"})


def normalise(text: str) -> str:
    """Text as a fingerprint sees it: NFKC, case-folded, straight quotes, single spaces, no edge punctuation."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return _SPACE.sub(" ", text).strip(" .,;:")


def finding_texts(f: Finding, article: Article, others: Iterable[Article] = ()) -> list[str]:
    """The normalised texts a finding is about: its claims (looked up in the story), else its span."""
    wanted = set(f.claims)
    found: dict[str, str] = {}
    # This article first; the story's others only for ids it lacks (a cross-article finding).
    for source in (article, *others):
        for c in source.claims:
            if c.id in wanted and c.id not in found:
                found[c.id] = c.text
        if len(found) == len(wanted):
            break
    texts = [normalise(found[cid]) for cid in f.claims if cid in found]
    if not texts and f.span is not None:
        texts.append(normalise(article.raw[f.span.start : f.span.end]))
    if not texts:
        # No claim and no place: the message is all there is (digits dropped: they are often positions).
        texts.append(re.sub(r"\d+", "#", normalise(f.message)))
    return sorted(texts)


def fingerprint(code: str, path: str, texts: Iterable[str]) -> str:
    """A stable hash of rule code, article path and the finding's normalised texts."""
    material = "\x1f".join([code, path, *texts])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()[:32]


def finding_fingerprint(
    code: str, f: Finding, article: Article, others: Iterable[Article] = (), root: Path | None = None
) -> str:
    return fingerprint(code, article_key(article.path, root), finding_texts(f, article, others))


def article_key(path: str, root: Path | None = None) -> str:
    """The article path as baselines store it: POSIX, relative to ``root`` (default: the current
    folder) when inside it, else as given."""
    p = Path(path)
    try:
        return p.resolve().relative_to((root or Path.cwd()).resolve()).as_posix()
    except ValueError:
        return p.as_posix()


def baseline_root(config: Config) -> Path:
    """The folder baseline paths are relative to: the configuration file's, else the repository's
    (the nearest ``.git`` above the first path), else the baseline file's own folder, so that a
    baseline matches from any working folder."""
    if config.path is not None:
        return config.path.parent.resolve()
    paths = [p for p in (config.option("paths") or []) if p != "-"]
    start = Path(paths[0]).resolve() if paths else Path.cwd().resolve()
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    target = config.option("baseline") or config.option("write_baseline")
    if target:
        return Path(target).resolve().parent
    return Path.cwd().resolve()


@dataclass
class Entry:
    """One accepted finding in a baseline file."""

    fingerprint: str
    code: str
    rule: str
    path: str
    message: str
    line: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "fingerprint": self.fingerprint,
            "code": self.code,
            "rule": self.rule,
            "path": self.path,
            "line": self.line,
            "message": self.message,
        }


_TEXT_FIELDS = ("fingerprint", "code", "rule", "path", "message")


def _entry(item: Any, index: int, path: Path) -> Entry:
    """One baseline entry, each field checked: a bad one is a usage error naming the file, entry and key."""
    where = f"{path}: findings[{index}]"
    if not isinstance(item, dict):
        raise UsageError(f"{where}: an entry must be an object, not {type(item).__name__}")
    for key in _TEXT_FIELDS:
        if key not in item:
            raise UsageError(f"{where}: missing key {key!r}")
        if not isinstance(item[key], str):
            raise UsageError(f"{where}.{key}: must be a string, not {type(item[key]).__name__}")
    line = item.get("line")
    if line is not None and (isinstance(line, bool) or not isinstance(line, int) or line < 0):
        raise UsageError(f"{where}.line: must be a line number or null, not {line!r}"[:300])
    return Entry(item["fingerprint"], item["code"], item["rule"], item["path"], item["message"], line)


@dataclass
class Baseline:
    """The findings a run accepts, consulted by ``Session.check`` before outcomes are decided.

    With ``record=True`` (``--write-baseline``) every finding is accepted and kept in
    ``recorded``; otherwise only findings whose fingerprint is in ``entries`` are, each entry
    accepting one finding.
    """

    entries: list[Entry] = field(default_factory=list)
    record: bool = False
    accepted: int = 0
    recorded: list[Entry] = field(default_factory=list)
    checked_paths: set[str] = field(default_factory=set)
    #: the folder entry paths are relative to (:func:`baseline_root`); None: the current folder
    root: Path | None = None
    _remaining: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self._remaining = Counter(e.fingerprint for e in self.entries)

    @classmethod
    def load(cls, path: str | Path) -> Baseline:
        """Read a baseline file; a missing or malformed file is a usage error naming it."""
        import json  # with a baseline only

        from checker.filetypes import read_regular_text

        p = Path(path)
        try:
            # issue 11: a FIFO is refused unopened; JSON nested past the recursion limit is malformed
            data = json.loads(read_regular_text(p))
        except FileNotFoundError:
            raise UsageError(f"{p}: baseline file not found") from None
        except (OSError, UnicodeDecodeError, ValueError, RecursionError) as err:
            raise UsageError(f"{p}: cannot read baseline: {err}") from None
        if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("findings"), list):
            raise UsageError(f"{p}: not a claimcheck baseline (expected schema {SCHEMA!r})")
        entries = [_entry(item, i, p) for i, item in enumerate(data["findings"])]
        return cls(entries=entries)

    def filter(self, article: Article, results: list[RuleResult], others: Iterable[Article] = ()) -> list[RuleResult]:
        """``results`` without the accepted findings; a rule left with none passes."""
        key = article_key(article.path, self.root)
        self.checked_paths.add(key)
        others = list(others)
        out = []
        for r in results:
            if not r.findings:
                out.append(r)
                continue
            kept: list[Finding] = []
            for f in r.findings:
                fp = finding_fingerprint(r.code, f, article, others, self.root)
                if self.record:
                    self.recorded.append(Entry(fp, r.code, r.rule, key, f.message, f.span.line if f.span else None))
                    self.accepted += 1
                elif self._remaining[fp] > 0:
                    self._remaining[fp] -= 1
                    self.accepted += 1
                else:
                    kept.append(f)
            if len(kept) != len(r.findings):
                outcome = max((Outcome(f.outcome) for f in kept), key=lambda o: o.severity, default=Outcome.PASS)
                r = r.model_copy(update={"findings": tuple(kept), "outcome": outcome})
            out.append(r)
        return out

    def unmatched(self) -> list[Entry]:
        """Stale entries: they matched no finding of an article this run checked (fixed, or changed
        beyond recognition), or their article no longer exists. Entries of articles that exist but
        were not checked this run are not stale."""
        left = Counter(self._remaining)
        root = self.root or Path.cwd()
        out = []
        for e in self.entries:
            if left[e.fingerprint] > 0 and (e.path in self.checked_paths or not (root / e.path).exists()):
                left[e.fingerprint] -= 1
                out.append(e)
        return out

    def dump(self) -> str:
        """The baseline file for the recorded findings, in a stable order."""
        items = sorted(self.recorded, key=lambda e: (e.path, e.code, e.line or 0, e.fingerprint))
        data = {"schema": SCHEMA, "findings": [e.as_dict() for e in items]}
        import json  # with a baseline only

        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


class BaselineListener:
    """Installs the baseline on the session, writes the recorded one and reports what it did."""

    def __init__(self, config: Config, baseline: Baseline, write_to: str | None) -> None:
        self.config = config
        self.baseline = baseline
        self.write_to = write_to

    @hookimpl(tryfirst=True)
    def claimcheck_sessionstart(self, session: Session) -> None:
        session.baseline = self.baseline

    @hookimpl(tryfirst=True)
    def claimcheck_sessionfinish(self, session: Session, exit_code: ExitCode) -> None:
        if self.write_to:
            from checker.atomicio import write_result

            # an interrupted run keeps the existing baseline byte for byte (issue 11)
            if not write_result(self.write_to, self.baseline.dump(), session, what="baseline"):
                return
        terminal = self.config.pluginmanager.get_plugin("terminalreporter") if self.config.pluginmanager else None
        if terminal is None:
            return  # another format owns stdout
        out = terminal.out
        n = self.baseline.accepted
        if self.write_to:
            out.write(f"baseline: wrote {n} finding{'s' if n != 1 else ''} to {self.write_to}\n")
            return
        stale = self.baseline.unmatched()
        line = f"baseline: {n} finding{'s' if n != 1 else ''} accepted"
        if stale:
            line += f", {len(stale)} entr{'ies no longer match' if len(stale) != 1 else 'y no longer matches'}"
        out.write(line + "\n")
        for e in stale:
            out.write(f"    {e.path}: {e.code} {e.rule}: {e.message} (no longer found)\n")
