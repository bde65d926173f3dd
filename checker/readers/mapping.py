"""Text taken out of markup (Markdown, HTML) with a map from each of its characters back to the file."""

from __future__ import annotations


class TextMap:
    """Builds a segment's text run by run; each run remembers where it starts in the file and how wide it is there.

    A run is either verbatim (its characters are contiguous in the file) or one decoded character
    (an entity such as ``&rdquo;``, a collapsed run of spaces, a line break read as a space) that
    stands for ``width`` characters of the file.
    """

    __slots__ = ("length", "parts", "runs")

    def __init__(self) -> None:
        self.parts: list[str] = []
        #: (text offset, file offset, text length, file width)
        self.runs: list[tuple[int, int, int, int]] = []
        self.length = 0

    def add(self, text: str, at: int, width: int | None = None) -> None:
        """Append ``text`` found at file offset ``at`` (``width`` file characters; default ``len(text)``)."""
        if not text:
            return
        w = len(text) if width is None else width
        if self.runs and width is None:
            t, f, n, fw = self.runs[-1]
            if n == fw and f + fw == at:  # extends a verbatim run
                self.runs[-1] = (t, f, n + len(text), fw + len(text))
                self.parts.append(text)
                self.length += len(text)
                return
        self.runs.append((self.length, at, len(text), w))
        self.parts.append(text)
        self.length += len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def stripped(self) -> tuple[str, tuple[tuple[int, int], ...], int, int]:
        """(text without surrounding spaces, pieces for Segment, file start, file end).

        The pieces end with a sentinel ``(len(text), file end)`` so the last character's span
        covers all of its source (a closing ``&rdquo;`` included).
        """
        full = self.text
        lead = len(full) - len(full.lstrip())
        text = full.strip()
        if not text:
            return "", (), 0, 0
        lo, hi = lead, lead + len(text)
        pieces: list[tuple[int, int]] = []
        end = 0
        for t, f, n, w in self.runs:
            if t + n <= lo or t >= hi:
                continue
            verbatim = n == w
            skip = max(0, lo - t)
            pieces.append((t + skip - lo, f + skip if verbatim else f))
            last = min(hi, t + n) - 1  # text offset of this run's last character inside the range
            end = f + (last - t) + 1 if verbatim else f + w
        pieces.append((len(text), end))
        return text, tuple(pieces), pieces[0][1], end
