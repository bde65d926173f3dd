"""The exceptions claimcheck raises, arranged by who must act on them.

* ``ClaimcheckError`` — base of every error below.
  * ``UsageError`` — a bad flag, configuration key, selector or plugin: the user fixes the
    command or the file. Printed as one ``error: …`` line; exit 4.
    * ``ConfigError`` — a configuration file is invalid; names the file and the key.
    * ``PluginError`` — a plugin failed to import or validate; names the plugin and the cause.
      * ``RuleDefinitionError`` — a rule is malformed (bad code, duplicate, unknown parameter).
  * ``ArticleError`` — one article cannot be read; becomes a CC001 error result for that article
    and the other articles are still checked.
* ``Skip`` — raised by a rule that does not apply to an article (e.g. no publication date);
  the rule's result is ``skip`` with the reason.

Anything else that escapes is a claimcheck bug: "internal error" with a traceback, exit 3.
"""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base of claimcheck's own errors."""


class UsageError(ClaimcheckError):
    """The command line, the configuration or a plugin is wrong; exit 4."""


class ConfigError(UsageError):
    """A configuration file is invalid."""

    def __init__(self, path: object, key: str | None, problem: str) -> None:
        self.path, self.key, self.problem = path, key, problem
        where = f"{path}: {key}: " if key else f"{path}: "
        super().__init__(where + problem)


class PluginError(UsageError):
    """A plugin failed to load or validate."""

    def __init__(self, plugin: str, cause: str) -> None:
        self.plugin, self.cause = plugin, cause
        super().__init__(f"plugin {plugin!r}: {cause}")


class RuleDefinitionError(PluginError):
    """A rule declaration is malformed or clashes with another rule."""

    def __init__(self, rule: str, cause: str) -> None:
        ClaimcheckError.__init__(self, f"rule {rule!r}: {cause}")
        self.plugin, self.cause = rule, cause


class ArticleError(ClaimcheckError):
    """One article cannot be read."""

    def __init__(self, path: object, problem: str) -> None:
        self.path, self.problem = path, problem
        super().__init__(f"{path}: {problem}")


class Skip(Exception):
    """Raised by a rule that does not apply to this article; the reason is reported."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)
