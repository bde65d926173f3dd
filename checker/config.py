"""Configuration: find the file, validate it, merge the command line over it."""

# No ``from __future__ import annotations``: pydantic would evaluate the settings' annotations from
# their text when the model class is made (start-up time); as objects they are read as they are.
import argparse
import math
import re
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

    # built on first use: a run with no configuration file and plain flags is read by _plain_settings
    model_config = ConfigDict(
        extra="forbid", frozen=True, alias_generator=_kebab, populate_by_name=True, defer_build=True
    )

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
    max_size: int = Field(5_000_000, ge=0)
    #: seconds a rule or an extractor may run on one article before it is stopped (0: no limit)
    time_limit: float = Field(5.0, ge=0, allow_inf_nan=False)
    #: import ``claimcheck_plugins.py`` from the configuration's folder (Python from the checked repository)
    local_plugins: bool = True
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
        if pyproject.is_file() and "[tool.claimcheck" in _peek(pyproject):
            return pyproject
    return None


def _peek(path: Path) -> str:
    from checker.filetypes import read_regular

    try:
        return read_regular(path, limit=10_000_000).decode("utf-8", errors="replace")
    except OSError:
        return ""  # unreadable: not ours to report while only looking for a configuration


def read_config(path: Path) -> dict[str, Any]:
    """The raw mapping of a configuration file (YAML, or the ``[tool.claimcheck]`` table)."""
    from checker.filetypes import read_regular_text

    try:
        # not opened unless it is a regular file (a FIFO would block), and never read past 10 MB
        text = read_regular_text(path, limit=10_000_000)
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(path, None, f"cannot read: {err}") from None
    if path.name == "pyproject.toml":
        import tomllib

        try:
            tool: Any = tomllib.loads(text).get("tool", {})
        except (tomllib.TOMLDecodeError, RecursionError, ValueError) as err:
            raise ConfigError(path, None, f"invalid TOML: {err}") from None
        if not isinstance(tool, dict):
            raise ConfigError(path, "tool", f"expected a table, got {type(tool).__name__}")
        data: Any = tool.get("claimcheck", {})
        if not isinstance(data, dict):
            raise ConfigError(path, "tool.claimcheck", f"expected a table of settings, got {type(data).__name__}")
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


#: the list settings a single string may stand for (``Settings._one_or_many``)
_LISTS = ("select", "extend_select", "ignore", "exclude", "plugins", "furniture")
#: the mapping and list-of-mapping settings: read by _plain_settings only when empty
_EMPTY_ONLY = {"per_path_ignores": dict, "severity": dict, "rules": dict, "house_rules": list}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _plain_value(name: str, value: Any) -> tuple[bool, Any]:
    """(True, what validating ``value`` for setting ``name`` gives) when that is plain to see; else (False, None).

    Exact types only (a ``bool`` where a number is wanted, a string subclass, an ``int`` for the
    float ``time-limit`` are left to pydantic), so the value is the one validation would return.
    """
    kind = type(value)
    if name in _LISTS:
        if kind is str:
            return True, [value]
        if kind is list and all(type(item) is str for item in value):
            return True, list(value)
        return name == "select" and value is None, None
    if name in _EMPTY_ONLY:
        return kind is _EMPTY_ONLY[name] and not value, _EMPTY_ONLY[name]()
    if name == "fail_on":
        return kind is str and value in ("fail", "warn"), value
    if name == "published":
        if value is None or kind is date:
            return True, value
        if kind is str and _ISO_DATE.fullmatch(value):
            try:
                return True, date.fromisoformat(value)
            except ValueError:
                return False, None  # 2016-02-30: pydantic's error
        return False, None
    if name in ("story", "ledger"):
        return value is None or kind is str, value
    if name in ("local_plugins", "siblings"):
        return kind is bool, value
    if name == "max_size":
        return kind is int and value >= 0, value
    if name == "time_limit":
        return kind is float and math.isfinite(value) and value >= 0, value
    return False, None


def _plain_settings(data: dict[str, Any]) -> Settings | None:
    """The settings ``data`` validates to, made without pydantic's validator, when every value is plain.

    A run without a configuration file validates ``{}`` and then the flags merged over it; building
    the settings validator for that (pydantic's schema machinery, its plugin scan) was ~20 ms of a
    one-article run. Keys are read by their kebab-case names; anything not plainly valid (another
    key spelling, a non-empty mapping, a value of another type) returns None and goes to pydantic,
    which gives the same settings or the error.
    """
    fields = Settings.model_fields
    values: dict[str, Any] = {}
    for key, value in data.items():
        name = key.replace("-", "_") if type(key) is str else ""
        if name not in fields or _kebab(name) != key:
            return None
        plain, values[name] = _plain_value(name, value)
        if not plain:
            return None
    given = set(values)
    for name, field in fields.items():
        # the defaults model_construct would make: pydantic inspects each factory's signature (an AST
        # parse of list's and dict's text signature, ~1 ms a call) to learn it takes no argument
        if name not in values and field.default_factory in (list, dict):
            values[name] = field.default_factory()
    return Settings.model_construct(_fields_set=given, **values)


def _plain_dump(settings: Settings) -> dict[str, Any] | None:
    """``settings.model_dump(by_alias=True)`` for settings whose values are all plain, else None."""
    data: dict[str, Any] = {}
    for name in Settings.model_fields:
        plain, value = _plain_value(name, getattr(settings, name))
        if not plain:
            return None
        data[_kebab(name)] = value
    return data


def validate_settings(data: dict[str, Any], source: object) -> Settings:
    """Validate a raw mapping; the error names the source, the key and what is wrong."""
    plain = _plain_settings(data)
    if plain is not None:
        return plain
    try:
        return Settings.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        key = ".".join(str(p) for p in first["loc"]) or None
        problem = "unknown key" if first["type"] == "extra_forbidden" else first["msg"]
        if first["type"] == "extra_forbidden" and len(first["loc"]) == 1:
            from checker.suggestions import did_you_mean

            problem += did_you_mean(str(first["loc"][0]), [_kebab(name) for name in Settings.model_fields])
        raise ConfigError(source, key, problem[:300]) from None
    except (RecursionError, TypeError, ValueError) as err:  # a value too deep or too odd for the validator
        raise ConfigError(source, None, f"cannot read the settings: {type(err).__name__}: {err}"[:300]) from None


def load_settings(args: argparse.Namespace, first_path: Path) -> tuple[Settings, Path | None]:
    """Settings from the configuration file (found, given with ``--config``, or refused with ``--no-config``)."""
    path: Path | None = None
    data: dict[str, Any] = {}
    if getattr(args, "config", None):
        path = Path(args.config)
        if not path.exists():
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
    dumped = _plain_dump(settings)
    if dumped is None:
        dumped = settings.model_dump(by_alias=True)
    return validate_settings({**dumped, **_kebab_keys(update)}, "command line")


def _kebab_keys(data: dict[str, Any]) -> dict[str, Any]:
    return {_kebab(k): v for k, v in data.items()}


def cli_selectors(args: argparse.Namespace) -> dict[str, list[str]]:
    """The rule selectors given on the command line, by flag (``--select`` …), for error messages."""
    flags = {"--select": "select", "--extend-select": "extend_select", "--ignore": "ignore"}
    return {flag: _split(getattr(args, dest, None) or []) for flag, dest in flags.items()}


def _split(values: list[str] | str) -> list[str]:
    items = [values] if isinstance(values, str) else values
    return [part.strip() for item in items for part in item.split(",") if part.strip()]
