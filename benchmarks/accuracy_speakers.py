"""Speaker accuracy on real quotes: ECB+ direct quotes annotated with their speakers (target ≥ 0.85).

Usage: python benchmarks/accuracy_speakers.py [--errors] [FILE.tsv ...]

Each ``benchmarks/data/ecbplus_speakers*.tsv`` (the tuned set of 125 quotes and the held-out
sets, each annotated before the fixes it measures) holds, per quote, the converted article, the
quote's offsets and its speaker (a person's name, or "-" for words that are no named person's). The
corpus is converted with benchmarks/ecbplus.py, checked with claimcheck, and each annotated
quote's speaker entity (the ``speakers`` link) is compared with the label (each file reported on its own and all together): a name is right when it
names the same person as the entity's canonical name or one of its forms with the same given names
(:func:`checker.language.names.same_person`; an entity carries each spelling of the surname it was
found under, a misspelt one included), "-" when the links name no one.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import ecbplus  # noqa: E402

from checker.cli import main  # noqa: E402
from checker.language.names import same_person, tokens  # noqa: E402
from checker.models import QuoteClaim  # noqa: E402
from checker.testing import _Recorder  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "ecbplus_speakers.tsv"
#: each held-out set was annotated before the fixes it measures: see the header of each file
FILES = sorted((ROOT / "benchmarks" / "data").glob("ecbplus_speakers*.tsv"))


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


def _respelling(form: str, canonical: str) -> bool:
    """A form of the entity with the canonical name's given names and another spelling of its surname."""
    a, b = tokens(form), tokens(canonical)
    return len(a) == len(b) >= 2 and a[:-1] == b[:-1]


def predictions(paths: Sequence[Path]) -> dict[Path, list[tuple[str, int, int, str, str]]]:
    """For each annotation file: (article, start, end, annotated, predicted) per quote; one
    claimcheck run over the whole converted corpus serves every file. ``predicted`` is the speaker
    entity's canonical name or a respelling of its surname that names the annotated person, "-" when the links
    name no one, "?" when no quote claim has the span."""
    with tempfile.TemporaryDirectory() as tmp:
        ecbplus.convert(Path(tmp))
        # the whole corpus, so that each story links all its articles as a real run does
        recorder = _Recorder()
        os.environ["CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD"] = "1"
        main(["--no-config", tmp], stdout=io.StringIO(), plugins=[recorder])
        by_path = {Path(r.path).resolve().relative_to(Path(tmp).resolve()).as_posix(): r for r in recorder.results}
    out: dict[Path, list[tuple[str, int, int, str, str]]] = {}
    for file in paths:
        rows = out.setdefault(file, [])
        for path, start, end, gold in labels(file):
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
                predicted = "?"
            else:
                entity = result.links.entity_of(claim)
                # a spelling of the entity's surname that names the annotated person: a misspelt
                # surname ("Andrew Welzler" in one outlet, "Wetzler" in another) joins its person; a
                # form with another given name does not count ("Paul"/"Chris Weitz" may be two people)
                forms = (
                    (entity.canonical, *(f for f in entity.forms if _respelling(f, entity.canonical))) if entity else ()
                )
                predicted = next((f for f in forms if gold != "-" and same_person(f, gold)), forms[0] if forms else "-")
            rows.append((path, start, end, gold, predicted))
    return out


def run(show_errors: bool, paths: Sequence[Path] = FILES) -> float:
    """Print the accuracy of each annotation file and of all together; returns the overall one."""
    scored = predictions(paths)
    total = correct_all = 0
    for file, rows in scored.items():
        correct = sum(right(predicted, gold) for *_, gold, predicted in rows)
        missing = sum(predicted == "?" for *_, predicted in rows)
        named = sum(1 for r in rows if r[3] != "-")
        print(
            f"{file.name}: {correct}/{len(rows)} = {correct / len(rows):.3f} "
            f"({named} by a named person, {len(rows) - named} by no one named; not found as claims: {missing})"
        )
        if show_errors:
            for path, start, end, gold, predicted in rows:
                if not right(predicted, gold):
                    print(f"  {path}:{start}-{end}: predicted {predicted!r}, annotated {gold!r}")
        total += len(rows)
        correct_all += correct
    accuracy = correct_all / total
    print(f"all: {correct_all}/{total} = {accuracy:.3f} (target 0.85)")
    return accuracy


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every wrong speaker")
    parser.add_argument("files", nargs="*", type=Path, help="annotation files (default: every ecbplus_speakers*.tsv)")
    args = parser.parse_args()
    raise SystemExit(0 if run(args.errors, args.files or FILES) >= 0.85 else 1)
