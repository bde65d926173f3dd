"""ECB+ (CROMER XML) to Markdown articles: text rebuilt from ``<token>`` elements, one story per sub-topic.

Usage from other benchmarks: ``convert(dest_dir) -> list[Path]``. Each article becomes
``dest_dir/<topic>/<doc>.md`` with front matter ``story: ecb-<topic>-<sub>`` (``sub`` is ``ecb`` or
``ecbplus``, the corpus's two seminal events per topic). ``suffix=".txt"`` writes plain text
without front matter instead (the caller then passes ``--story``). Source: ``../shared/corpus/ecbplus``.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "ecbplus" / "xml"

_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]}]|'s\b|n't\b|'re\b|'ve\b|'ll\b|'d\b|'m\b)")
_NO_SPACE_AFTER = re.compile(r"([(\[{$]) ")
_DOC = re.compile(r"^(?P<topic>\d+)_(?P<num>\d+)(?P<sub>ecbplus|ecb)\.xml$")


def detokenize(tokens: list[str]) -> str:
    """One sentence from its tokens: PTB quotes become curly quotes, punctuation hugs its word."""
    out: list[str] = []
    for tok in tokens:
        if tok == "``":
            out.append("\x01")
        elif tok == "''":
            out.append("\x02")
        else:
            out.append(tok)
    text = " ".join(out)
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    text = _NO_SPACE_AFTER.sub(r"\1", text)
    return text.replace("\x01 ", "“").replace("\x01", "“").replace(" \x02", "”").replace("\x02", "”")


def sentences(path: Path) -> list[str]:
    """The document's sentences, in order."""
    by_sentence: dict[int, list[str]] = {}
    for tok in ET.parse(path).getroot().iter("token"):
        by_sentence.setdefault(int(tok.get("sentence", "0")), []).append(tok.text or "")
    return [detokenize(by_sentence[k]) for k in sorted(by_sentence)]


def story_of(path: Path) -> str:
    """``ecb-<topic>-<sub>`` for ``<topic>_<n><sub>.xml``."""
    m = _DOC.match(path.name)
    if m is None:
        raise ValueError(f"{path}: not an ECB+ document name")
    return f"ecb-{m['topic']}-{m['sub']}"


def convert(dest_dir: Path, source: Path = CORPUS, suffix: str = ".md", limit: int | None = None) -> list[Path]:
    """Write every ECB+ document under ``source`` as an article in ``dest_dir``; returns the paths, sorted.

    The first sentence is the title (a heading); each later sentence is a paragraph (ECB+ keeps no
    paragraph breaks). ``limit`` stops after that many documents, for quick runs.
    """
    docs = sorted(source.glob("*/*.xml"), key=lambda p: (int(p.parent.name), p.name))
    if limit is not None:
        docs = docs[:limit]
    written = []
    for doc in docs:
        sents = sentences(doc)
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


if __name__ == "__main__":  # python benchmarks/ecbplus.py DEST [--txt]
    dest = Path(sys.argv[1])
    paths = convert(dest, suffix=".txt" if "--txt" in sys.argv else ".md")
    print(f"{len(paths)} articles written to {dest}")
