"""HTML review page (``--html PATH``): one self-contained file for the editor, claims and findings in place.

This module is the plugin: its option and the hook that adds the reporter when a run asks for the
page. The page itself (:mod:`checker.reporters.htmlpage`) is imported only then; its names are
still importable from here (``from checker.reporters.html import Page``). A run without ``--html``
no longer makes the page's classes and patterns (~0.5 ms of every start).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from checker.hookspecs import hookimpl

if TYPE_CHECKING:
    import argparse

    from checker.config import Config
    from checker.reporters.htmlpage import HtmlReporter, Page, claim_title, esc, render, text_offset

#: the page's public names, read from :mod:`checker.reporters.htmlpage` on first use
_PAGE_NAMES = ("HtmlReporter", "Page", "claim_title", "esc", "render", "text_offset")


@hookimpl
def claimcheck_addoption(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--html", metavar="PATH", help="also write the HTML review page to PATH")


@hookimpl
def claimcheck_configure(config: Config) -> None:
    target = config.option("html")
    if target and config.pluginmanager is not None:
        from checker.reporters.htmlpage import HtmlReporter

        config.pluginmanager.register(HtmlReporter(target), name="htmlreporter")


def __getattr__(name: str) -> Any:
    if name in _PAGE_NAMES:
        from checker.reporters import htmlpage

        return getattr(htmlpage, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["HtmlReporter", "Page", "claim_title", "esc", "render", "text_offset"]
