"""The terminal report: compiler-style diagnostics a person reads.

    path:line:col: error date.weekday-mismatch 21 April 2024 is a Sunday, not a Monday
       1 | | 21 April 2024, Monday |
         |   ^^^^^^^^^^^^^^^^^^^^^
         = 21 April 2024 is a Sunday in the Gregorian calendar
         fix: 21 April 2024, Sunday

Colour only when asked (the CLI asks on a terminal unless NO_COLOR is set).
"""

from __future__ import annotations

from checker.findings import ArticleResult, Severity
from checker.report import Location, Writer, locate, sorted_findings

_COLORS = {Severity.ERROR: "\033[1;31m", Severity.WARNING: "\033[1;33m", Severity.INFO: "\033[1;36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def format_result(result: ArticleResult, color: bool = False) -> str:
    """Every finding of one article (or its read error) as diagnostics, one block each."""
    def paint(code: str, s: str) -> str:
        return f"{code}{s}{_RESET}" if color else s

    if result.error is not None:
        return f"{paint(_BOLD, result.source)}: {paint(_COLORS[Severity.ERROR], 'error')}: {result.error}\n"
    out = []
    art = result.article
    for f, loc in sorted_findings(result):
        sev = f.severity or Severity.ERROR
        head = f"{paint(_BOLD, f'{result.source}:{loc.line}:{loc.column}:')} {paint(_COLORS[sev], sev.label)} " \
               f"{paint(_DIM, f.rule)} {f.message}"
        out.append(head)
        out.extend(_snippet(art, loc, paint))
        for r in f.related:
            rl = locate(result, r.start, r.end)
            out.append(f"    = note: {result.source}:{rl.line}:{rl.column}: {r.message}")
        for e in f.evidence:
            out.append(f"    = {e}")
        if f.fix:
            out.append(f"    {paint(_BOLD, 'fix:')} {f.fix}")
        out.append("")
    return "\n".join(out)


def _snippet(article, loc: Location, paint) -> list[str]:
    if article is None:
        return []
    try:
        line = article.source_line(loc.line)
    except IndexError:
        return []
    shown = line.expandtabs(1)
    if len(shown) > 160:  # very long lines (minified HTML): show a window around the span
        lo = max(loc.column - 60, 1)
        shown = shown[lo - 1:lo + 139]
        col = loc.column - lo + 1
    else:
        col = loc.column
    width = max(1, (loc.end_column - loc.column) if loc.end_line == loc.line else len(shown) - col + 1)
    gutter = f"{loc.line:>5} | "
    return [gutter + shown, " " * (len(gutter) - 2) + "| " + " " * (col - 1) + paint(_COLORS[Severity.ERROR], "^" * width)]


class TextWriter(Writer):
    def add(self, result: ArticleResult) -> None:
        super().add(result)
        block = format_result(result, self.options.color)
        if block:
            self.stream.write(block if block.endswith("\n") else block + "\n")

    def finish(self) -> None:
        self.stream.write(self.summary.line() + "\n")
