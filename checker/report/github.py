"""GitHub Actions workflow commands: a plain ``factcheck check --format github`` step annotates
the pull request, with no upload step and no third-party action::

    ::error file=news/mali.txt,line=1,col=3,endLine=1,endColumn=24,title=date.weekday-mismatch::21 April ...

Errors are ``::error``, warnings ``::warning``, info ``::notice``. The message carries the
evidence, related places and the fix on further lines (a workflow command is one line, so
line breaks are escaped as %0A, as the runner expects). Every value from an article is
escaped, so an article cannot smuggle a workflow command of its own into the log. A JSON
Lines record's positions are within its text, so its annotations name the file but no line.
The last line is the same summary the text report ends with.

GitHub shows at most 10 annotations of each level per step (and 50 per job) on the pull
request; the rest are in the log. For every finding on the Files tab, upload SARIF instead.
"""

from __future__ import annotations

from typing import IO

from checker.findings import ArticleResult, Severity
from checker.report import Options, Writer, finding_notes, sorted_findings
from checker.report.artifacts import ArtifactNamer, where

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **props: object) -> str:
    """One workflow command line; properties whose value is None are left out."""
    shown = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{level}{' ' + shown if shown else ''}::{escape_data(message)}"


class GitHubWriter(Writer):
    def __init__(self, stream: IO[str], options: Options | None = None):
        super().__init__(stream, options)
        self._namer = ArtifactNamer()

    def add(self, result: ArticleResult) -> None:
        super().add(result)
        artifact = self._namer.name(result)
        if result.error is not None:
            self.stream.write(command("error", f"{result.source}: {result.error}", file=artifact.path,
                                      title="factcheck: cannot read") + "\n")
            return
        path = where(result, artifact)
        for f, loc in sorted_findings(result):
            lines = [f.message if artifact.lines else f"{path}:{loc.line}:{loc.column}: {f.message}"]
            lines.extend(finding_notes(result, f, path))
            here = artifact.lines
            same_line = here and loc.end_line == loc.line
            self.stream.write(command(
                COMMANDS[f.severity or Severity.ERROR], "\n".join(lines), file=artifact.path,
                line=loc.line if here else None, col=loc.column if here else None,
                endLine=loc.end_line if here else None, endColumn=loc.end_column if same_line else None,
                title=f.rule) + "\n")

    def finish(self) -> None:
        self.stream.write(self.summary.line() + "\n")
