"""Inline suppressions: silencing one rule on one line or block, by name.

    <!-- factcheck: ignore date.future-past -->      Markdown and HTML (a comment)
    [factcheck: ignore date.future-past]             plain text (a bracketed note CMSs keep)

Several rules may be named, separated by commas; globs work (``date.*``). A marker that shares
its line with text reaches that line only; a marker alone on its line reaches the block below
it (up to the next blank line). A suppression that silences nothing is itself reported
(``article.unused-suppression``), so stale ones do not pile up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fnmatch import fnmatch

from claims.model import Article, LineIndex

MARKER = re.compile(r"(?:<!--|\[)\s*factcheck:\s*ignore\s+(?P<rules>[a-z0-9.*?\-, \t]+?)\s*(?:-->|\])")


@dataclass
class Suppression:
    rules: tuple[str, ...]
    first_line: int
    last_line: int
    line: int  # where the marker is written
    column: int
    used: set[str] = field(default_factory=set)

    def covers(self, rule_id: str, line: int) -> str | None:
        if not self.first_line <= line <= self.last_line:
            return None
        for pattern in self.rules:
            if fnmatch(rule_id, pattern):
                return pattern
        return None


def find(article: Article) -> list[Suppression]:
    """Every suppression marker in the article's source file, with the lines it reaches."""
    source = article.source_str
    if "factcheck:" not in source:
        return []
    lines = LineIndex(source)
    out = []
    for m in MARKER.finditer(source):
        rules = tuple(r.strip() for r in m.group("rules").split(",") if r.strip())
        if not rules:
            continue
        line, col = lines.locate(m.start())
        a, b = lines.line_span(line, source)
        rest = (source[a:m.start()] + source[m.end():b]).strip()
        if rest:
            first = last = line
        else:
            first = last = line + 1
            while True:  # the block below: to the next blank line
                try:
                    na, nb = lines.line_span(last + 1, source)
                except IndexError:
                    break
                if not source[na:nb].strip() or na >= len(source):
                    break
                last += 1
        out.append(Suppression(rules, first, last, line, col))
    return out


def text_offset_of_line(article: Article, line: int) -> int:
    """The first offset of ``article.text`` that lies on or after a source line (for HTML,
    where the marker itself is a comment and not part of the text)."""
    text_len = len(article.text)
    if article.source_text is None or article.text == article.source_text:
        starts = _line_starts(article.text)
        return starts[min(line, len(starts)) - 1]
    lo, hi = 0, text_len
    while lo < hi:
        mid = (lo + hi) // 2
        if article.locate(mid)[0] < line:
            lo = mid + 1
        else:
            hi = mid
    return min(lo, text_len)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer(r"\r\n|\r|\n", text):
        starts.append(m.end())
    return starts

