"""Configuration: find the file, validate it, merge the command line over it."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TextIO

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from checker.errors import ConfigError

if TYPE_CHECKING:
    import pluggy

CONFIG_NAMES = ("claimcheck.yaml", ".claimcheck.yaml", "claimcheck.yml", ".claimcheck.yml")
LOCAL_PLUGIN = "claimcheck_plugins.py"


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class Settings(BaseModel):
    """The configuration file's keys (``claimcheck.yaml`` or ``[tool.claimcheck]``), kebab-case."""

    model_config = ConfigDict(extra="forbid", frozen=True, alias_generator=_kebab, populate_by_name=True)

    #: rules to run (codes, prefixes or names); None means every registered rule
    select: list[str] | None = None
    #: rules added to ``select``
    extend_select: list[str] = Field(default_factory=list)
    #: rules removed from the selection
    ignore: list[str] = Field(default_factory=list)
    #: glob (matched against the article path) → rules ignored for matching articles
    per_path_ignores: dict[str, list[str]] = Field(default_factory=dict)
    #: rule → outcome every finding of that rule is given ("warn" demotes, "fail" promotes)
    severity: dict[str, Literal["warn", "fail"]] = Field(default_factory=dict)
    #: rule → its options (validated against the rule's options model)
    rules: dict[str, dict[str, Any]] = Field(default_factory=dict)
    #: lowest outcome that makes the run fail
    fail_on: Literal["fail", "warn"] = "fail"
    #: globs of paths never collected
    exclude: list[str] = Field(default_factory=list)
    #: publication date for articles that do not give one
    published: date | None = None
    #: story for articles that do not name one
    story: str | None = None
    #: extra page-furniture patterns (regular expressions matched against whole lines)
    furniture: list[str] = Field(default_factory=list)
    #: articles larger than this many bytes are not read
    max_size: int = 5_000_000
    #: plugin modules to load, as with ``-p``
    plugins: list[str] = Field(default_factory=list)
    #: rules declared without code (existence, substitution, consistency); see checker/house_rules.py
    house_rules: list[dict[str, Any]] = Field(default_factory=list)
    #: read a story's other articles from the configuration's folder (checker/siblings.py)
    siblings: bool = True
    #: the story ledger a check compares with: a SQLite file (relative to this file) or a postgresql:// URL
    ledger: str | None = None

    @field_validator("select", "extend_select", "ignore", "exclude", "plugins", "furniture", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


class Config:
    """What a run knows before it reads an article: settings, command-line args, plugins, paths.

    Passed to hooks as ``config``. ``settings`` comes from the file with the command line merged
    over it; ``args`` is the parsed command line; ``path`` is the configuration file, if any.
    """

    def __init__(
        self, settings: Settings, args: argparse.Namespace, path: Path | None, stdout: TextIO | None = None
    ) -> None:
        self.settings = settings
        self.args = args
        self.path = path
        self.stdout: TextIO = stdout or sys.stdout
        #: article texts read from stdin (``claimcheck -``), by the POSIX path they are reported under
        self.stdin_texts: dict[str, str] = {}
        self.pluginmanager: pluggy.PluginManager | None = None

    @property
    def rootdir(self) -> Path:
        """The configuration file's folder, or the current one: paths in reports are relative to it."""
        return self.path.parent if self.path else Path.cwd()

    def option(self, name: str, default: Any = None) -> Any:
        """A command-line value by its ``dest`` name (plugins' own flags included)."""
        return getattr(self.args, name, default)


def find_config(start: Path) -> Path | None:
    """The nearest configuration file at or above ``start``."""
    here = start.resolve()
    if here.is_file() or not here.exists():
        here = here.parent
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "[tool.claimcheck" in pyproject.read_text(encoding="utf-8", errors="replace"):
            return pyproject
    return None


def read_config(path: Path) -> dict[str, Any]:
    """The raw mapping of a configuration file (YAML, or the ``[tool.claimcheck]`` table)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(path, None, f"cannot read: {err}") from None
    if path.name == "pyproject.toml":
        import tomllib

        try:
            data: Any = tomllib.loads(text).get("tool", {}).get("claimcheck", {})
        except tomllib.TOMLDecodeError as err:
            raise ConfigError(path, None, f"invalid TOML: {err}") from None
    else:
        import yaml

        from checker import yamltext

        try:
            data = yamltext.load(text)
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            where = f" at line {mark.line + 1}" if mark else ""
            raise ConfigError(path, None, f"invalid YAML{where}: {getattr(err, 'problem', err)}") from None
        data = {} if data is None else data
    if not isinstance(data, dict):
        raise ConfigError(path, None, f"expected a mapping of settings, got {type(data).__name__}")
    return data


def validate_settings(data: dict[str, Any], source: object) -> Settings:
    """Validate a raw mapping; the error names the source, the key and what is wrong."""
    try:
        return Settings.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        key = ".".join(str(p) for p in first["loc"]) or None
        problem = "unknown key" if first["type"] == "extra_forbidden" else first["msg"]
        if first["type"] == "extra_forbidden" and len(first["loc"]) == 1:
            from checker.suggestions import did_you_mean

            problem += did_you_mean(str(first["loc"][0]), [_kebab(name) for name in Settings.model_fields])
        raise ConfigError(source, key, problem) from None


def load_settings(args: argparse.Namespace, first_path: Path) -> tuple[Settings, Path | None]:
    """Settings from the configuration file (found, given with ``--config``, or refused with ``--no-config``)."""
    path: Path | None = None
    data: dict[str, Any] = {}
    if getattr(args, "config", None):
        path = Path(args.config)
        if not path.is_file():
            raise ConfigError(path, None, "configuration file not found")
        data = read_config(path)
    elif not getattr(args, "no_config", False):
        path = find_config(first_path)
        if path is not None:
            data = read_config(path)
    return validate_settings(data, path or "configuration"), path


def merge_cli(settings: Settings, args: argparse.Namespace) -> Settings:
    """Command-line flags beat the file: ``--select`` replaces, ``--ignore`` and others add."""
    update: dict[str, Any] = {}
    cli_ignore = _split(getattr(args, "ignore", None) or [])
    if getattr(args, "select", None):
        # As ruff: a --select on the command line starts afresh, so the file's select,
        # extend-select and ignore give way (``--select CC501`` runs CC501 even if the file ignores it).
        update["select"] = _split(args.select)
        update["extend_select"] = []
        update["ignore"] = cli_ignore
    elif cli_ignore:
        update["ignore"] = settings.ignore + cli_ignore
    if getattr(args, "extend_select", None):
        update["extend_select"] = [*update.get("extend_select", settings.extend_select), *_split(args.extend_select)]
    if getattr(args, "fail_on", None):
        update["fail_on"] = args.fail_on
    if getattr(args, "published", None):
        update["published"] = args.published
    if getattr(args, "story", None):
        update["story"] = args.story
    if getattr(args, "exclude", None):
        update["exclude"] = settings.exclude + _split(args.exclude)
    if not update:
        return settings
    return validate_settings({**settings.model_dump(by_alias=True), **_kebab_keys(update)}, "command line")


def _kebab_keys(data: dict[str, Any]) -> dict[str, Any]:
    return {_kebab(k): v for k, v in data.items()}


def cli_selectors(args: argparse.Namespace) -> dict[str, list[str]]:
    """The rule selectors given on the command line, by flag (``--select`` …), for error messages."""
    flags = {"--select": "select", "--extend-select": "extend_select", "--ignore": "ignore"}
    return {flag: _split(getattr(args, dest, None) or []) for flag, dest in flags.items()}


def _split(values: list[str] | str) -> list[str]:
    items = [values] if isinstance(values, str) else values
    return [part.strip() for item in items for part in item.split(",") if part.strip()]
