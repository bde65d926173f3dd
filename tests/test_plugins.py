"""Plugin loading from every source: an installed entry point, ``-p``, the local file, ``no:``, the autoload switch."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import NO_EXTRACTORS, write

from checker import __version__
from checker.plugins import AUTOLOAD_ENV

# A PEP 517 backend in one file, so the plugin package installs with pip offline and in under a second.
BACKEND = """
import base64, hashlib, zipfile
from pathlib import Path

NAME, VERSION = "{name}", "{version}"
DIST = NAME.replace("-", "_")  # file names use the normalised name
ENTRY_POINTS = "[claimcheck]\\n{entry} = {module}\\n"


def _hash(data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"sha256={{digest}},{{len(data)}}"


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    info = f"{{DIST}}-{{VERSION}}.dist-info"
    files = {{f"{module}/{{p.name}}": p.read_bytes() for p in Path("{module}").glob("*.py")}}
    files[f"{{info}}/METADATA"] = f"Metadata-Version: 2.1\\nName: {{NAME}}\\nVersion: {{VERSION}}\\n".encode()
    files[f"{{info}}/WHEEL"] = b"Wheel-Version: 1.0\\nGenerator: test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n"
    files[f"{{info}}/entry_points.txt"] = ENTRY_POINTS.encode()
    record = "".join(f"{{k}},{{_hash(v)}}\\n" for k, v in files.items()) + f"{{info}}/RECORD,,\\n"
    filename = f"{{DIST}}-{{VERSION}}-py3-none-any.whl"
    with zipfile.ZipFile(Path(wheel_directory) / filename, "w") as zf:
        for k, v in files.items():
            zf.writestr(k, v)
        zf.writestr(f"{{info}}/RECORD", record)
    return filename
"""

PYPROJECT = """[build-system]
requires = []
build-backend = "backend"
backend-path = ["."]

[project]
name = "{name}"
version = "{version}"

[project.entry-points.claimcheck]
{entry} = "{module}"
"""

PLUGIN = '''"""Newsroom rules installed as a package."""
import re

from checker import hookimpl, rule, warn


@rule("PK101", "no-exclamations")
def no_exclamations(article):
    """Warns at each exclamation mark."""
    for m in re.finditer("!", article.raw):
        yield warn(article.span(m.start(), m.end()), "exclamation mark in news copy")


@hookimpl
def claimcheck_sessionstart(session):
    session.config.stdout.write("demo plugin: session started\\n")
'''

ARTICLE = "Crowds cheered as the bridge reopened!\n"


def build_and_install(root: Path, name: str, entry: str, module: str, source: str, version: str = "1.2.3") -> Path:
    """A real distribution with a ``claimcheck`` entry point, pip-installed into ``root/site``."""
    pkg = root / "src"
    fields = {"name": name, "version": version, "entry": entry, "module": module}
    write(
        pkg,
        {
            "pyproject.toml": PYPROJECT.format(**fields),
            "backend.py": BACKEND.format(**fields),
            f"{module}/__init__.py": source,
        },
    )
    site = root / "site"
    cmd = [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation", "--no-index"]
    subprocess.run([*cmd, "--target", str(site), str(pkg)], check=True, capture_output=True)
    return site


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The site folder holding cc-demo-plugin 1.2.3; its modules are forgotten afterwards."""
    site = build_and_install(tmp_path_factory.mktemp("demo"), "cc-demo-plugin", "demo", "cc_demo_plugin", PLUGIN)
    yield site
    sys.modules.pop("cc_demo_plugin", None)


@pytest.fixture
def autoload(installed: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.syspath_prepend(str(installed))
    monkeypatch.delenv(AUTOLOAD_ENV, raising=False)
    return installed


def test_installed_entry_point_plugin_is_loaded_and_its_rules_run(autoload: Path, tmp_path: Path, cli) -> None:
    assert (autoload / "cc_demo_plugin-1.2.3.dist-info" / "entry_points.txt").is_file()
    (a,) = write(tmp_path, {"a.txt": ARTICLE})
    run = cli(a, "--no-config", *NO_EXTRACTORS, "--select", "PK101")
    assert run.out.splitlines()[0] == "demo plugin: session started"
    assert f"{a}:1:38: PK101 no-exclamations warn: exclamation mark in news copy" in run.out
    assert run.code == 0


def test_plugins_command_lists_name_version_and_hooks(autoload: Path, cli) -> None:
    run = cli("plugins", "--no-config")
    line = next(ln for ln in run.out.splitlines() if ln.startswith("demo "))
    assert line.split() == ["demo", "1.2.3", "entry", "point", "claimcheck_sessionstart"]
    builtin = next(ln for ln in run.out.splitlines() if ln.startswith("reporters.terminal "))
    assert builtin.split()[1:] == ["0.1.0", "builtin", "claimcheck_configure"]


def test_autoload_switch_skips_entry_points(autoload: Path, tmp_path: Path, cli, monkeypatch) -> None:
    monkeypatch.setenv(AUTOLOAD_ENV, "1")
    assert "demo " not in cli("plugins", "--no-config").out
    (a,) = write(tmp_path, {"a.txt": ARTICLE})
    run = cli(a, "--no-config", "--select", "PK101")
    assert (run.code, run.err) == (4, "error: --select: unknown rule selector 'PK101' (see `claimcheck rules`)\n")


def test_no_name_blocks_an_installed_plugin(autoload: Path, cli) -> None:
    assert "demo " not in cli("plugins", "--no-config", "-p", "no:demo").out
    rules = cli("rules", "--no-config", "-p", "no:demo").out
    assert "PK101" not in rules and "CC101" in rules


def test_no_name_blocks_a_builtin_plugin(cli) -> None:
    rules = cli("rules", "--no-config", "-p", "no:rules").out
    assert "CC101" not in rules and "CC003" in rules  # the built-in rules package is out, the engine's stay


def test_a_plugin_module_with_p(tmp_path: Path, cli, monkeypatch) -> None:
    write(tmp_path / "lib", {"desk_rules.py": PLUGIN.replace("PK101", "DK101")})
    monkeypatch.syspath_prepend(str(tmp_path / "lib"))
    (a,) = write(tmp_path, {"a.txt": ARTICLE})
    run = cli(a, "--no-config", *NO_EXTRACTORS, "-p", "desk_rules", "--select", "DK101")
    assert "DK101 no-exclamations warn" in run.out
    listed = cli("plugins", "--no-config", "-p", "desk_rules").out
    assert any(ln.split()[:1] == ["desk_rules"] and ln.split()[2] == "-p" for ln in listed.splitlines())
    sys.modules.pop("desk_rules", None)


def test_the_plugins_setting_loads_modules_like_p(tmp_path: Path, cli, monkeypatch) -> None:
    write(tmp_path / "lib", {"desk_rules2.py": PLUGIN.replace("PK101", "DK201")})
    monkeypatch.syspath_prepend(str(tmp_path / "lib"))
    (a, _) = write(tmp_path, {"a.txt": ARTICLE, "claimcheck.yaml": "plugins: desk_rules2\nselect: [DK201]\n"})
    assert "DK201 no-exclamations warn" in cli(a, *NO_EXTRACTORS).out
    sys.modules.pop("desk_rules2", None)


def test_local_plugin_file_beside_the_configuration(tmp_path: Path, cli) -> None:
    files = {
        "newsroom/claimcheck.yaml": "select: [LC101]\n",
        "newsroom/claimcheck_plugins.py": PLUGIN.replace("PK101", "LC101"),
        "newsroom/drafts/2016/a.txt": ARTICLE,
    }
    write(tmp_path, files)
    article = tmp_path / "newsroom/drafts/2016/a.txt"
    run = cli(article, *NO_EXTRACTORS)  # the configuration is found by walking up from the article
    assert "LC101 no-exclamations warn" in run.out
    assert run.code == 0
    listed = cli("plugins", "--config", tmp_path / "newsroom/claimcheck.yaml").out
    assert any(ln.startswith("local ") and "claimcheck_plugins.py" in ln for ln in listed.splitlines())
    # -p no:local leaves it out, so the selection names a rule nobody offers
    blocked = cli(article, *NO_EXTRACTORS, "-p", "no:local")
    assert blocked.code == 4
    assert blocked.err.endswith(
        "select: unknown rule selector 'LC101' (did you mean CC101?) (see `claimcheck rules`)\n"
    )


def test_a_local_plugin_that_fails_to_import_names_its_file(tmp_path: Path, cli) -> None:
    write(tmp_path, {"claimcheck.yaml": "{}\n", "claimcheck_plugins.py": "import no_such_helper\n", "a.txt": ARTICLE})
    run = cli(tmp_path / "a.txt")
    assert run.code == 4
    assert run.err.splitlines() == [
        f"error: plugin '{tmp_path / 'claimcheck_plugins.py'}': ModuleNotFoundError: No module named 'no_such_helper'"
    ]


def test_an_installed_plugin_that_fails_to_import_stops_the_run(tmp_path: Path, cli, monkeypatch) -> None:
    site = build_and_install(
        tmp_path, "cc-broken-plugin", "broken", "cc_broken_plugin", "raise ImportError('needs spacy>=3.7')\n"
    )
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.delenv(AUTOLOAD_ENV, raising=False)
    (a,) = write(tmp_path, {"a.txt": ARTICLE})
    run = cli(a, "--no-config")
    assert run.code == 4
    assert run.err.splitlines() == ["error: plugin 'broken': ImportError: needs spacy>=3.7"]
    # blocking it by name lets the run go on
    assert cli(a, "--no-config", *NO_EXTRACTORS, "-p", "no:broken").code == 0
    sys.modules.pop("cc_broken_plugin", None)


def test_a_hook_implementation_without_spec_is_refused(tmp_path: Path, cli, monkeypatch) -> None:
    write(
        tmp_path / "lib",
        {"typo_plugin.py": "from checker import hookimpl\n\n@hookimpl\ndef claimcheck_configur(config):\n    pass\n"},
    )
    monkeypatch.syspath_prepend(str(tmp_path / "lib"))
    run = cli("plugins", "--no-config", "-p", "typo_plugin")
    assert run.code == 4
    assert run.err.startswith("error: plugin 'typo_plugin': ")
    assert "claimcheck_configur" in run.err and len(run.err.splitlines()) == 1
    sys.modules.pop("typo_plugin", None)


def test_the_cheap_entry_point_check_finds_installed_plugins_only(installed: Path, tmp_path: Path, monkeypatch) -> None:
    from checker.plugins import _entry_points, _may_have_entry_points

    empty = tmp_path / "empty-site"
    write(empty, {"other_pkg-1.0.dist-info/entry_points.txt": "[console_scripts]\nother = other:main\n"})
    monkeypatch.setattr(sys, "path", [str(empty), str(tmp_path / "missing")])
    assert not _may_have_entry_points()
    assert _entry_points() == []
    monkeypatch.setattr(sys, "path", [str(empty), str(installed)])
    assert _may_have_entry_points()
    assert [name for name, _, _ in _entry_points()] == ["demo"]


def test_version_does_not_import_pydantic() -> None:
    code = "import sys; from checker.cli import main; main(['--version']); print('pydantic' in sys.modules)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.splitlines() == [f"claimcheck {__version__}", "False"]


def test_loading_the_rules_builds_no_options_validator() -> None:
    """Every built-in rule's options model and the example plugin's defer their validator to the first
    validation (``RuleOptions``): a model class made at import would build it in every run's start-up."""
    pytest.importorskip("claimcheck_house_style")
    code = (
        "import importlib, pkgutil, rules, claimcheck_house_style\n"
        "from checker import RuleOptions\n"
        "for m in pkgutil.iter_modules(rules.__path__): importlib.import_module('rules.' + m.name)\n"
        "todo, seen = [RuleOptions], []\n"
        "while todo:\n"
        "    c = todo.pop(); seen.append(c); todo.extend(c.__subclasses__())\n"
        "print(len(seen), sorted(c.__name__ for c in seen if c.__pydantic_complete__))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    count, built = proc.stdout.split(" ", 1)
    assert int(count) >= 10  # RuleOptions, NoOptions, the seven built-in rules' and HS101's
    assert built.strip() == "[]"
