"""Select and ignore rules per article path, with ruff's three verbs (select, extend-select, ignore)."""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable
from pathlib import Path

from checker.config import Settings
from checker.errors import UsageError
from checker.registry import Rule, RuleRegistry

_PREFIX = re.compile(r"^[A-Za-z]{1,4}[0-9]{0,3}$")


def matches(selector: str, rule: Rule) -> bool:
    """A selector names a rule by kebab name, code, code prefix ("CC2", "CC") or ``ALL``."""
    if selector == rule.name or selector.upper() == "ALL":
        return True
    return bool(_PREFIX.match(selector)) and rule.code.startswith(selector.upper())


def resolve(selectors: Iterable[str], registry: RuleRegistry, where: str) -> set[str]:
    """The codes of the rules the selectors name; a selector that names none is a usage error."""
    codes: set[str] = set()
    for sel in selectors:
        hit = {r.code for r in registry if matches(sel, r)}
        if not hit:
            hint = suggest(sel, registry)
            raise UsageError(f"{where}: unknown rule selector {sel!r}{hint} (see `claimcheck rules`)")
        codes |= hit
    return codes


def suggest(selector: str, registry: Iterable[Rule]) -> str:
    """`` (did you mean CC501?)`` naming the rule code or name closest to a selector, or ``""``."""
    from checker.suggestions import closest

    rules = list(registry)
    code = closest(selector.upper(), [r.code for r in rules])
    name = closest(selector.lower(), [r.name for r in rules])
    # a selector that looks like a code is compared with codes, anything else with names first
    best = (code or name) if _PREFIX.match(selector) else (name or code)
    return f" (did you mean {best}?)" if best else ""


def path_forms(path: str, root: Path | None) -> tuple[str, ...]:
    """The names a glob may match: the path as given, relative to the configuration's folder, its file name."""
    posix = path.replace("\\", "/")
    forms = [posix]
    if root is not None:
        resolved = Path(path).resolve()
        if resolved.is_relative_to(root):  # not when outside the configuration's folder
            forms.append(resolved.relative_to(root).as_posix())
    forms.append(posix.rsplit("/", 1)[-1])
    return tuple(dict.fromkeys(forms))


class Selection:
    """Which rules run on which article; built once per run, asked once per article."""

    def __init__(
        self, settings: Settings, registry: RuleRegistry, source: str = "configuration", root: Path | None = None
    ) -> None:
        everything = {r.code for r in registry}
        base = resolve(settings.select, registry, f"{source}: select") if settings.select is not None else everything
        base |= resolve(settings.extend_select, registry, f"{source}: extend-select")
        base -= resolve(settings.ignore, registry, f"{source}: ignore")
        self.codes = base
        self.registry = registry
        self.per_path = [
            (glob, resolve(sels, registry, f"{source}: per-path-ignores.{glob}"))
            for glob, sels in settings.per_path_ignores.items()
        ]
        for key in settings.severity:
            resolve([key], registry, f"{source}: severity")
        self.severity = settings.severity
        self.root = root.resolve() if root is not None else None

    def rules_for(self, path: str) -> list[Rule]:
        """The selected rules for one article path, in code order."""
        codes = set(self.codes)
        if self.per_path:
            names = path_forms(path, self.root)
            for glob, ignored in self.per_path:
                if any(fnmatch.fnmatch(n, glob) for n in names):
                    codes -= ignored
        return [r for r in self.registry if r.code in codes]

    def severity_for(self, rule: Rule) -> str | None:
        """The configured outcome override for a rule, if any."""
        for key, value in self.severity.items():
            if matches(key, rule):
                return value
        return None
