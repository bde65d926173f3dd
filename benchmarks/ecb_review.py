"""Run the built-in rules over the ECB+ articles, count findings, time the run and sample findings to review.

Usage::

    python benchmarks/ecb_review.py [--sample 30] [--seed 0] [--work DIR] [--rules CC101,CC201]

ECB+ (../shared/corpus/ecbplus/xml) is tokenised CROMER XML; each document is turned back into
plain text, one sentence per paragraph (sentences joined while a quotation runs over them), under ``<work>/<story>/<doc>.txt``. A story is one topic's
sub-topic (``1_ecb`` / ``1_ecbplus``): the articles of a sub-topic report one real-world event,
while the two sub-topics of a topic are two different events of the same kind (two earthquakes),
which would only produce cross-event comparisons. ECB+ gives no publication dates, so rules that
need one skip. The sample printed at the end is what docs/rules-precision.md was judged from.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ECB = ROOT.parent / "shared" / "corpus" / "ecbplus" / "xml"
BUILTIN = "CC101,CC201,CC301,CC401,CC501,CC601"

_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]}]|'s\b|'S\b|n't\b|'re\b|'ve\b|'ll\b|'d\b|'m\b)")
_NO_SPACE_AFTER = re.compile(r"([(\[{$“‘]) ")
_CLOSE_QUOTE = re.compile(r" ([”’])")
_JOINED = re.compile(r"(?<=\w) ([-/:]) (?=\w)")


def detokenize(tokens: list[str], open_quote: bool = False) -> tuple[str, bool]:
    """Tokens back into a sentence: punctuation attached, straight quotes paired open/close.

    ``open_quote`` says whether a quotation is open when the sentence starts (quotes run over
    sentences); the state at its end is returned with the text."""
    out: list[str] = []
    glue_next = False
    split: list[str] = []
    for tok in tokens:
        if tok.startswith(("''", "``")) and len(tok) > 2:
            split += ['"', tok[2:]]  # some documents glue a doubled apostrophe to the next word
        else:
            split.append(tok)
    for tok in split:
        tok = {"``": '"', "''": '"', "-LRB-": "(", "-RRB-": ")"}.get(tok, tok)
        if tok == '"':
            if out and out[-1][-1:] in ",.!?" and not glue_next:
                open_quote = True  # after a comma or full stop a mark closes, even a quote opened sentences ago
            if open_quote and out:
                out[-1] += '"'
            else:
                out.append('"')
                glue_next = not open_quote
            open_quote = not open_quote
            continue
        if glue_next and out:
            out[-1] += tok
            glue_next = False
        else:
            out.append(tok)
    text = " ".join(out)
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    text = _CLOSE_QUOTE.sub(r"\1", text)
    text = _JOINED.sub(r"\1", text)
    text = re.sub(r"’ (s|t|re|ve|ll|d|m)\b", r"’\1", text)
    text = re.sub(r"(\d): (\d\d)\b", r"\1:\2", text)
    text = re.sub(r"(\d)\. (\d)", r"\1.\2", text)
    text = re.sub(r"(\d), (\d{3})\b", r"\1,\2", text)
    return _NO_SPACE_AFTER.sub(r"\1", text), open_quote


def _quotes_open(text: str) -> bool:
    return (text.count('"') + text.count("“") + text.count("”")) % 2 == 1


def document_text(path: Path) -> str:
    """One ECB+ document as plain text: one sentence per line, except that sentences are joined
    into one paragraph while a quotation runs over them (ECB+ keeps no paragraph breaks)."""
    sentences: dict[int, list[str]] = {}
    for tok in ET.parse(path).getroot().iter("token"):
        sentences.setdefault(int(tok.get("sentence", "0")), []).append(tok.text or "")
    lines: list[str] = []
    state = False
    joining = False
    for k in sorted(sentences):
        line, state = detokenize(sentences[k], state)
        if line.startswith("http"):
            continue  # the first "sentence" of many documents is the page's URL, not article text
        if joining and lines and not line.startswith(('"', "“")):
            lines[-1] += " " + line
        else:
            lines.append(line)
        joining = _quotes_open(lines[-1]) and len(lines[-1]) < 1500
    return "\n\n".join(lines) + "\n"  # a blank line between paragraphs, as in any plain-text article


def convert(dest_dir: Path) -> list[Path]:
    """Write every ECB+ document as ``dest_dir/<topic>_<ecb|ecbplus>/<doc>.txt``; return the paths."""
    written = []
    for xml in sorted(ECB.glob("*/*.xml")):
        topic, _, rest = xml.stem.partition("_")
        story = f"{topic}_{'ecbplus' if rest.endswith('ecbplus') else 'ecb'}"
        target = dest_dir / story / f"{xml.stem}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(document_text(xml), encoding="utf-8")
        written.append(target)
    return written


def check_story(folder: Path, rules: str, extra: list[str]) -> dict[str, Any]:
    """Run claimcheck in-process over one story folder and return the JSON report."""
    from checker.cli import main

    out = io.StringIO()
    main(
        [str(folder), "--story", folder.name, "--format", "json", "--no-config", "--select", rules, *extra], stdout=out
    )
    report: dict[str, Any] = json.loads(out.getvalue())
    return report


def line_of(path: str, number: int | None) -> str:
    if not number:
        return ""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return lines[number - 1] if 0 < number <= len(lines) else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=30, help="findings of each outcome to print")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", type=Path, help="folder for the converted articles (default: a temporary one)")
    parser.add_argument("--rules", default=BUILTIN)
    parser.add_argument("--only", help="sample only the findings of this rule code")
    parser.add_argument("extra", nargs="*", help="more claimcheck arguments (after --), e.g. -p no:NAME")
    args = parser.parse_args(argv)
    if not ECB.is_dir():
        print(f"error: {ECB} not present", file=sys.stderr)
        return 4
    work = args.work or Path(tempfile.mkdtemp(prefix="ecbplus-"))
    paths = convert(work)
    stories = sorted({p.parent for p in paths})
    hits: list[dict[str, Any]] = []
    articles = 0
    errors: Counter[str] = Counter()
    rule_time: dict[str, float] = defaultdict(float)
    started = time.perf_counter()
    for folder in stories:
        report = check_story(folder, args.rules, args.extra)
        for a in report["articles"]:
            articles += 1
            for r in a["results"]:
                rule_time[r["code"]] += r.get("duration") or 0.0
                if r["outcome"] == "error":
                    errors[r["code"]] += 1
                for f in r["findings"]:
                    hits.append({"path": a["path"], "code": r["code"], **f})
    elapsed = time.perf_counter() - started
    counts = Counter((h["code"], h["outcome"]) for h in hits)
    print(
        f"{articles} articles in {len(stories)} stories, {elapsed:.1f} s ({1000 * elapsed / articles:.2f} ms/article,"
    )
    print(f"{articles / elapsed:.0f} articles/s, one in-process run per story)")
    spent = sum(rule_time.values())
    print(f"rules alone: {spent:.2f} s ({1000 * spent / articles:.2f} ms/article): ", end="")
    print(", ".join(f"{code} {1000 * t / articles:.2f}" for code, t in sorted(rule_time.items())))
    for (code, outcome), n in sorted(counts.items()):
        print(f"  {code} {outcome}: {n}")
    if errors:
        print(f"  rule errors: {dict(errors)}")
    rng = random.Random(args.seed)
    for outcome in ("fail", "warn"):
        pool = [h for h in hits if h["outcome"] == outcome and args.only in (None, h["code"])]
        sample = rng.sample(pool, min(args.sample, len(pool)))
        print(f"\n=== {len(sample)} of {len(pool)} {outcome}s")
        for i, h in enumerate(sample, 1):
            print(f"[{outcome[0]}{i}] {h['code']} {Path(h['path']).parent.name}/{Path(h['path']).name}:{h['line']}")
            print(f"    msg:  {h['message'][:220]}")
            print(f"    line: {line_of(h['path'], h['line'])[:300]}")
            for rel in h.get("related", [])[:2]:
                print(f"    rel:  {Path(rel['path']).name}:{rel['line']}: {line_of(rel['path'], rel['line'])[:220]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
