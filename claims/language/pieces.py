"""Where a text too long to hold at once is cut into pieces, each read on its own.

Memory grows with the claims and tokens held at once (about 125 MB per MB of dense text when
an article is read whole), so the engine checks a text longer than its budget one piece at a
time and keeps only the findings (checker/engine.py). A piece ends at the last paragraph break
in the second half of its budget; failing that, at the last line break there, the last
sentence end (".", "!" or "?" before white space), the last white space, and only in a run
without any at the budget itself. Every piece but the last is therefore at least half the
budget long, so the number of pieces, and the work, stay linear in the length of the text.

The budget counts characters, not words: it bounds memory, which grows with the characters
read (a token is at least one character), and it is no window any rule reads across. It is
several times the longest article of any corpus (about 80,000 characters), so an article of
news length is one piece, read exactly as it always was.
"""

from __future__ import annotations

import re

#: The longest text read in one piece, in characters: a memory budget (see the module's
#: docstring), not a linguistic window. About 40,000 words of prose.
MAX_PIECE_CHARS = 250_000

#: The places a piece may end, best first; each match ends where the next piece starts.
_CUTS = (
    re.compile(r"\n[ \t\r\f\v]*\n\s*"),  # a paragraph break (a blank line)
    re.compile(r"\n\s*"),  # a line break
    re.compile(r"[.!?\u2026]['\"\u2019\u201d)\]]*\s+"),  # a sentence end
    re.compile(r"\s+"),  # white space
)


def pieces(text: str, budget: int = MAX_PIECE_CHARS) -> list[tuple[int, int]]:
    """[start, end) of each piece of ``text``, in order, together covering all of it; one
    piece, the whole text, when it is no longer than ``budget`` characters."""
    out: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > budget:
        out.append((start, start := _cut(text, start + budget // 2, start + budget)))
    out.append((start, n))
    return out


def _cut(text: str, low: int, high: int) -> int:
    """Where to end a piece that must end within [low, high]: after the last, best break
    there (see ``_CUTS``), else at ``high``."""
    for pattern in _CUTS:
        end = None
        for m in pattern.finditer(text, low, high):
            end = m.end()
        if end is not None:
            return end
    return high
