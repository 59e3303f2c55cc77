"""The JSON report (schemas/report.schema.json), for scripts.

Streamed: the articles array is written one article at a time, the summary last. Keys are
written in a fixed order and nothing depends on the clock, so the same input gives the same
bytes.
"""

from __future__ import annotations

import json

from checker.findings import ArticleResult
from checker.report import Writer, locate, sorted_findings


def article_json(result: ArticleResult) -> dict:
    art = result.article
    entry = {
        "source": result.source,
        "id": art.id if art else None,
        "published": art.published.isoformat() if art and art.published else None,
        "rules": list(result.rules_run),
        "findings": [],
    }
    if result.error is not None:
        entry["error"] = result.error
    for f, loc in sorted_findings(result):
        entry["findings"].append({
            "rule": f.rule,
            "severity": f.severity.label,
            "message": f.message,
            "line": loc.line,
            "column": loc.column,
            "end_line": loc.end_line,
            "end_column": loc.end_column,
            "related": [_related(result, r) for r in f.related],
            "evidence": list(f.evidence),
            "fix": f.fix,
        })
    return entry


def _related(result: ArticleResult, r) -> dict:
    loc = locate(result, r.start, r.end)
    return {"line": loc.line, "column": loc.column, "message": r.message}


class JsonWriter(Writer):
    def start(self) -> None:
        tool = {"name": "factcheck", "version": self.options.tool_version}
        self.stream.write('{"version": 1, "tool": ' + json.dumps(tool) + ', "articles": [')
        self._first = True

    def add(self, result: ArticleResult) -> None:
        super().add(result)
        self.stream.write(("\n  " if self._first else ",\n  ") + json.dumps(article_json(result), ensure_ascii=False))
        self._first = False

    def finish(self) -> None:
        s = self.summary
        summary = {"articles": s.articles, "errors": s.errors, "warnings": s.warnings, "infos": s.infos,
                   "unreadable": s.unreadable}
        self.stream.write(("\n" if not self._first else "") + '], "summary": ' + json.dumps(summary) + "}\n")
