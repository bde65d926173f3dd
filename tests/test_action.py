"""The composite GitHub Action (action.yml): its run steps, executed as the runner would, as a bash script."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
STEPS: list[dict[str, Any]] = ACTION["runs"]["steps"]
pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="the action's steps are bash")


def expression(value: str, inputs: dict[str, str]) -> str:
    """``${{ inputs.NAME }}`` replaced as the runner does; any other expression is a test error."""

    def one(m: re.Match[str]) -> str:
        name = m.group(1).strip()
        assert name.startswith("inputs."), f"expression the test cannot evaluate: {name}"
        return inputs[name.removeprefix("inputs.")]

    return re.sub(r"\$\{\{(.*?)\}\}", one, value)


def run_step(
    step: dict[str, Any], inputs: dict[str, str], cwd: Path, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    assert step.get("shell") == "bash"
    step_env = {k: expression(str(v), inputs) for k, v in (step.get("env") or {}).items()}
    script = expression(step["run"], inputs)
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
        cwd=cwd,
        env={**env, **step_env},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_action_installs_from_its_repository_and_uploads_sarif() -> None:
    names = [s.get("uses", "").split("@")[0] for s in STEPS]
    assert names == ["actions/setup-python", "", "", "github/codeql-action/upload-sarif"]
    install = STEPS[1]["run"]
    assert '"${GITHUB_ACTION_PATH}[html]"' in install and "pip install" in install
    assert "claimcheck --format github" in STEPS[2]["run"]
    # inputs reach the scripts only through the environment
    assert all("${{" not in s.get("run", "") for s in STEPS)


def test_the_run_steps_as_a_script(tmp_path: Path) -> None:
    inputs = {k: str(v.get("default", "")) for k, v in ACTION["inputs"].items()}
    inputs["paths"] = str(ROOT / "fixtures" / "rules" / "CC101")
    inputs["args"] = "--no-config --select CC1"
    # The install step for real (pip builds the repository), but not over this environment's
    # editable install: --dry-run resolves and reports what it would install.
    inputs["pip-args"] = "--dry-run --no-deps"
    output = tmp_path / "github_output"
    bin_dir = str(Path(sys.executable).parent)
    env = {
        **os.environ,
        "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""),
        "GITHUB_ACTION_PATH": str(ROOT),
        "GITHUB_ACTIONS": "true",
        "GITHUB_OUTPUT": str(output),
        "CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD": "1",
    }
    env.pop("NO_COLOR", None)
    installed = run_step(STEPS[1], inputs, tmp_path, env)
    assert installed.returncode == 0, installed.stderr
    assert "Would install claimcheck-" in installed.stdout, installed.stdout
    checked = run_step(STEPS[2], inputs, tmp_path, env)
    assert checked.returncode == 1, checked.stderr  # the fixtures' bad articles fail
    annotations = [ln for ln in checked.stdout.splitlines() if ln.startswith("::error ")]
    assert annotations and all("file=" in ln and "title=CC101" in ln for ln in annotations), checked.stdout
    assert output.read_text(encoding="utf-8") == "exit-code=1\n"
    sarif = json.loads((tmp_path / inputs["sarif"]).read_text(encoding="utf-8"))
    results = sarif["runs"][0]["results"]
    assert len(results) == len(annotations) and {r["ruleId"] for r in results} == {"CC101"}
