"""The seed articles (../shared/seeds) score perfectly against their gold file: every finding, no false alarm."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SEEDS, SHARED, needs_shared

SCORE = SHARED / "tools" / "score.py"


@needs_shared(SEEDS / "gold.yaml")
@needs_shared(SCORE)
def test_seed_report_scores_perfectly(tmp_path: Path) -> None:
    report = tmp_path / "seeds.json"
    articles = sorted(str(p) for p in SEEDS.glob("*.txt"))
    run = subprocess.run(
        [sys.executable, "-m", "checker", "--published", "2016-10-03", "--story", "us-russia-syria",
         "--format", "json", "--output", str(report), "--no-config", *articles],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert run.returncode in (0, 1), run.stderr
    score = subprocess.run(
        [sys.executable, str(SCORE), str(SEEDS / "gold.yaml"), str(report)], capture_output=True, text=True, check=False
    )
    assert score.returncode == 0, score.stdout + score.stderr
    assert "false_alarms=0" in score.stdout
