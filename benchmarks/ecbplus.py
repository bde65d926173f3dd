"""ECB+ (CROMER XML) to Markdown articles: text rebuilt from ``<token>`` elements, one story per sub-topic.

Usage from other benchmarks: ``convert(dest_dir) -> list[Path]``. Each article becomes
``dest_dir/<topic>/<doc>.md`` with front matter ``story: ecb-<topic>-<sub>`` (``sub`` is ``ecb`` or
``ecbplus``, the corpus's two seminal events per topic). ``suffix=".txt"`` writes plain text
without front matter instead (the caller then passes ``--story``). Source: ``../shared/corpus/ecbplus``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "ecbplus" / "xml"

_DOC = re.compile(r"^(?P<topic>\d+)_(?P<num>\d+)(?P<sub>ecbplus|ecb)\.xml$")
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


def paragraphs(path: Path) -> list[str]:
    """One ECB+ document's paragraphs: one sentence each, except that sentences are joined while a
    quotation runs over them (ECB+ keeps no paragraph breaks); the page's URL line is dropped."""
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
    return lines


def story_of(path: Path) -> str:
    """``ecb-<topic>-<sub>`` for ``<topic>_<n><sub>.xml``."""
    m = _DOC.match(path.name)
    if m is None:
        raise ValueError(f"{path}: not an ECB+ document name")
    return f"ecb-{m['topic']}-{m['sub']}"


def convert(dest_dir: Path, source: Path = CORPUS, suffix: str = ".md", limit: int | None = None) -> list[Path]:
    """Write every ECB+ document under ``source`` as an article in ``dest_dir``; returns the paths, sorted.

    The first paragraph is the title (a heading); see :func:`paragraphs` for the rest. ``limit``
    stops after that many documents, for quick runs.
    """
    docs = sorted(source.glob("*/*.xml"), key=lambda p: (int(p.parent.name), p.name))
    if limit is not None:
        docs = docs[:limit]
    written = []
    for doc in docs:
        sents = paragraphs(doc)
        if not sents:
            continue
        target = dest_dir / doc.parent.name / (doc.stem + suffix)
        target.parent.mkdir(parents=True, exist_ok=True)
        body = "\n\n".join(sents[1:]) + "\n"
        if suffix == ".md":
            title = sents[0].replace('"', "'")
            text = f'---\ntitle: "{title}"\nstory: {story_of(doc)}\n---\n# {sents[0]}\n\n{body}'
        else:
            text = f"{sents[0]}\n\n{body}"
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Convert ECB+ (../shared/corpus/ecbplus) to articles in DEST.")
    parser.add_argument("dest", type=Path, help="folder to write the articles into (one sub-folder per topic)")
    parser.add_argument("--txt", action="store_true", help="plain text instead of Markdown with front matter")
    args = parser.parse_args()
    paths = convert(args.dest, suffix=".txt" if args.txt else ".md")
    print(f"{len(paths)} articles written to {args.dest}")
