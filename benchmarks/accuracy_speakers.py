"""Speaker accuracy on real quotes: ECB+ direct quotes annotated with their speakers (target ≥ 0.85).

Usage: python benchmarks/accuracy_speakers.py [--errors]

benchmarks/data/ecbplus_speakers.tsv holds, for 125 quotes, the converted article, the quote's
offsets and its speaker (a person's name, or "-" for words that are no named person's). The
corpus is converted with benchmarks/ecbplus.py, checked with claimcheck, and each annotated
quote's speaker entity (the ``speakers`` link) is compared with the label: a name is right when it
names the same person (:func:`checker.language.names.same_person`), "-" when the links name no one.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import ecbplus  # noqa: E402

from checker.cli import main  # noqa: E402
from checker.language.names import same_person  # noqa: E402
from checker.models import QuoteClaim  # noqa: E402
from checker.testing import _Recorder  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "ecbplus_speakers.tsv"
#: annotated after the speaker fixes, so that they are measured on quotes they were not tuned on
HELD_OUT = ROOT / "benchmarks" / "data" / "ecbplus_speakers_heldout.tsv"


def labels(path: Path = DATA) -> list[tuple[str, int, int, str]]:
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4:
            raise SystemExit(f"error: {path}:{number}: want 'article<TAB>start<TAB>end<TAB>speaker'")
        out.append((parts[0], int(parts[1]), int(parts[2]), parts[3]))
    return out


def right(predicted: str, gold: str) -> bool:
    """The same person, a title left in the canonical name aside ("Undersheriff Larry Waldie")."""
    if gold == "-" or predicted == "-":
        return gold == predicted
    words = predicted.split()
    # a title left in front of the name is dropped, never the given name ("Greg McDermott" is not
    # "Doug McDermott")
    tails = [" ".join(words[i:]) for i in range(max(1, len(words) - 1))]
    return any(same_person(t, g) for g in gold.split("|") for t in tails)


def run(show_errors: bool, path: Path = DATA) -> float:
    rows = labels(path)
    with tempfile.TemporaryDirectory() as tmp:
        ecbplus.convert(Path(tmp))
        # the whole corpus, so that each story links all its articles as a real run does
        recorder = _Recorder()
        os.environ["CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD"] = "1"
        main(["--no-config", tmp], stdout=io.StringIO(), plugins=[recorder])
        by_path = {Path(r.path).resolve().relative_to(Path(tmp).resolve()).as_posix(): r for r in recorder.results}
    correct = missing = 0
    for path, start, end, gold in rows:
        result = by_path.get(path)
        claim = None
        if result is not None and result.article is not None:
            claim = next(
                (
                    c
                    for c in result.article.claims
                    if isinstance(c, QuoteClaim) and (c.span.start, c.span.end) == (start, end)
                ),
                None,
            )
        if claim is None or result is None or result.links is None:
            missing += 1
            predicted = "?"
        else:
            entity = result.links.entity_of(claim)
            predicted = entity.canonical if entity else "-"
        ok = right(predicted, gold)
        correct += ok
        if show_errors and not ok:
            print(f"  {path}:{start}-{end}: predicted {predicted!r}, annotated {gold!r}")
    accuracy = correct / len(rows)
    named = sum(1 for r in rows if r[3] != "-")
    print(
        f"ECB+ speakers: {len(rows)} annotated quotes ({named} by a named person, {len(rows) - named} by no one named)"
    )
    print(f"accuracy {correct}/{len(rows)} = {accuracy:.3f} (target 0.85); quotes not found as claims: {missing}")
    return accuracy


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every wrong speaker")
    parser.add_argument("--held-out", action="store_true", help="score the held-out annotations instead")
    args = parser.parse_args()
    raise SystemExit(0 if run(args.errors, HELD_OUT if args.held_out else DATA) >= 0.85 else 1)
