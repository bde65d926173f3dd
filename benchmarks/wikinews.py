"""Turn the SemEval-2015 TimeLine WikiNews articles (TimeML) back into Markdown articles with front matter.

``convert(dest)`` writes one article per ``.tml`` file of ``corpus_trackA_TimeML`` (the raw texts; the
organisers' evaluation data, read here only as real dated news text): ``published`` is the document
creation time, ``story`` the topical corpus (``wikinews-1`` … ``-3``), one sentence per paragraph
(a quotation running over several sentences kept in one), tokenised text re-joined. Never copied into the repository.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "semeval2015-timeline-wikinews"
_DCT = re.compile(r'functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"')
_S = re.compile(r"<s id=\"\d+\">(.*?)</s>", re.S)
_TAG = re.compile(r"<[^>]+>")


def detokenize(text: str) -> str:
    text = html.unescape(_TAG.sub("", text))
    text = re.sub(r"\s+([,.;:!?%)\]'])", r"\1", text)
    text = re.sub(r"([(\[$])\s+", r"\1", text)
    text = re.sub(r"``\s*", "“", text)
    text = re.sub(r"\s*''", "”", text)
    text = text.replace(" 's", "'s").replace(" n't", "n't")
    return re.sub(r"\s+", " ", text).strip()


def _dct(raw: str) -> str | None:
    m = _DCT.search(raw)
    if not m:
        return None
    value = m.group(1)
    if re.fullmatch(r"\d\d-\d\d-\d{4}", value):  # one DCT is written DD-MM-YYYY
        d, mth, y = value.split("-")
        value = f"{y}-{mth}-{d}"
    return value


def _paragraphs(sentences: list[str]) -> list[str]:
    """One sentence a paragraph (the TimeML keeps no paragraphs), but a quotation that runs on over
    several sentences stays in one paragraph: split there, its opening mark would have no closing one
    (a fault of the conversion, not of the article, that CC301 would report)."""
    out: list[str] = []
    open_marks = 0
    for sentence in sentences:
        if open_marks > 0 and out:
            out[-1] += " " + sentence
        else:
            out.append(sentence)
        open_marks = max(0, open_marks + sentence.count("“") - sentence.count("”"))
    return out


def convert(dest: Path, source: Path = CORPUS) -> list[Path]:
    """Write the articles into ``dest/<corpus>/<doc>.md``; return their paths."""
    out = []
    for corpus in sorted(source.glob("corpus_*")):
        for tml in sorted((corpus / "corpus_trackA_TimeML").glob("*.tml")):
            raw = tml.read_text(encoding="utf-8")
            sentences = [detokenize(s) for s in _S.findall(raw)]
            if not sentences:
                continue
            folder = dest / corpus.name
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / (tml.stem[:60] + ".md")
            title = sentences[0].replace('"', "'")
            front = f'---\ntitle: "{title}"\npublished: {_dct(raw)}\nstory: wikinews-{corpus.name[-1]}\n---\n'
            path.write_text(front + "\n\n".join(_paragraphs(sentences[1:])) + "\n", encoding="utf-8")
            out.append(path)
    return out


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path, help="folder to write the articles into (one sub-folder per corpus)")
    print(len(convert(parser.parse_args().dest)), "articles")
