"""Report writers: one module per output format.

Every writer streams: ``start()`` once, ``add(result)`` once per article in input order,
``finish()`` once. A writer never holds more than it must (the JSON and JUnit writers keep
no article text), so memory stays flat over a corpus of any size. Output is deterministic:
the same input gives the same bytes (no timestamps except where a format requires one).

Writers are registered in ``WRITERS`` by format name and looked up with ``writer_for``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import IO

from checker.findings import ArticleResult, Finding, Severity

#: format name -> "module:Class"
WRITERS = {
    "text": "checker.report.text:TextWriter",
    "json": "checker.report.json_report:JsonWriter",
    "junit": "checker.report.junit:JUnitWriter",
    "sarif": "checker.report.sarif:SarifWriter",
    "github": "checker.report.github:GitHubWriter",
    "html": "checker.report.html:HtmlWriter",
}


@dataclass
class Summary:
    articles: int = 0
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    unreadable: int = 0

    def add(self, result: ArticleResult) -> None:
        self.articles += 1
        if result.error is not None:
            self.unreadable += 1
        for f in result.findings:
            if f.severity == Severity.ERROR:
                self.errors += 1
            elif f.severity == Severity.WARNING:
                self.warnings += 1
            else:
                self.infos += 1

    def line(self) -> str:
        """"3 articles checked, 2 errors, 0 warnings, 1 info" (and any unreadable)."""
        parts = [f"{self.articles} article{'s' if self.articles != 1 else ''} checked",
                 f"{self.errors} error{'s' if self.errors != 1 else ''}",
                 f"{self.warnings} warning{'s' if self.warnings != 1 else ''}",
                 f"{self.infos} info"]
        if self.unreadable:
            parts.append(f"{self.unreadable} unreadable")
        return ", ".join(parts)


@dataclass
class Options:
    """What every writer may need besides the results."""

    color: bool = False
    tool_version: str = ""
    extra: dict = field(default_factory=dict)


class Writer:
    """Base class: subclasses override the three hooks."""

    def __init__(self, stream: IO[str], options: Options | None = None):
        self.stream = stream
        self.options = options or Options()
        self.summary = Summary()

    def start(self) -> None:
        pass

    def add(self, result: ArticleResult) -> None:
        self.summary.add(result)

    def finish(self) -> None:
        pass


def writer_for(fmt: str) -> type[Writer]:
    try:
        module, cls = WRITERS[fmt].split(":")
    except KeyError:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(sorted(WRITERS))})") from None
    return getattr(importlib.import_module(module), cls)


@dataclass(frozen=True, slots=True)
class Location:
    line: int
    column: int
    end_line: int
    end_column: int


def locate(result: ArticleResult, start: int, end: int) -> Location:
    """1-based line/column of a span of ``result.article.text`` in the source file.

    ``end_column`` is exclusive-style as in SARIF (the column just after the span)."""
    art = result.article
    if art is None:
        return Location(1, 1, 1, 1)
    line, col = art.locate(start)
    end_line, end_col = art.locate(max(start, end))
    return Location(line, col, end_line, end_col)


def sorted_findings(result: ArticleResult) -> list[tuple[Finding, Location]]:
    """The findings of one article with their locations, in line, column, rule order."""
    located = [(f, locate(result, f.start, f.end)) for f in result.findings]
    located.sort(key=lambda p: (p[1].line, p[1].column, p[0].rule, p[0].message))
    return located


def finding_notes(result: ArticleResult, finding: Finding, path: str, indent: str = "") -> list[str]:
    """The lines a plain-text report writes under a finding's message, each after ``indent``:
    its evidence (``= ...``), its related places (``note: path:line:column: ...``, ``path``
    being where the article is, as ``artifacts.where`` gives it) and its fix (``fix: ...``)."""
    lines = [f"{indent}= {e}" for e in finding.evidence]
    for r in finding.related:
        rl = locate(result, r.start, r.end)
        lines.append(f"{indent}note: {path}:{rl.line}:{rl.column}: {r.message}")
    if finding.fix:
        lines.append(f"{indent}fix: {finding.fix}")
    return lines
