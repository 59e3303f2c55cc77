"""SARIF 2.1.0, for GitHub code scanning and every SARIF viewer.

Valid against the OASIS schema, and meeting what GitHub code scanning requires beyond it
(../shared/formats/README.md):

- ``tool.driver.rules`` lists every rule in the catalogue, each with ``shortDescription`` (its
  summary), ``fullDescription`` (its "What it checks") and ``help`` (its whole docstring, as
  text and Markdown), so an alert explains itself;
- each result has ``ruleId``/``ruleIndex``, ``level``, ``message.text`` and one location: a
  repository-relative ``artifactLocation.uri`` and a region with start/end line and column
  (columns count Unicode code points: ``run.columnKind`` says so);
- ``partialFingerprints["findingHash/v1"]`` hashes the rule, the finding's own words, the words
  of its line and its JSON Lines record, never its line number, so an alert keeps its identity
  when unrelated lines move. (``primaryLocationLineHash`` is left to GitHub, which computes
  that key itself and warns when a tool's value differs.)

A JSON Lines record's positions count within the record's text, not within the corpus file,
so its results name the file and the record (a logical location) but no region.

Streamed: the run's header and rules first, each result as its article arrives, unreadable
inputs as tool notifications at the end. Nothing depends on the clock.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import IO
from urllib.parse import quote

from checker.findings import ArticleResult, Finding, Severity
from checker.report import Location, Options, Writer, locate, sorted_findings
from checker.report.artifacts import Artifact, ArtifactNamer, finding_key, source_line, unicode_safe
from checker.rules import SECTIONS, Rule, all_rules

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT = "findingHash/v1"
SRCROOT = "%SRCROOT%"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _dumps(obj) -> str:
    return unicode_safe(json.dumps(obj, ensure_ascii=False))


def rule_descriptor(rule: Rule) -> dict:
    """What GitHub shows beside an alert, from the rule's own docstring."""
    checks = rule.section("What it checks") or rule.summary
    return {
        "id": rule.id,
        "name": "".join(w.capitalize() for w in re.split(r"[.\-]", rule.id)),
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": " ".join(checks.split())},
        "help": {"text": rule.doc or rule.summary, "markdown": help_markdown(rule)},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["factcheck", rule.id.split(".")[0]]},
    }


def help_markdown(rule: Rule) -> str:
    parts = [f"**{rule.id}**: {rule.summary}"]
    for name in SECTIONS:
        body = rule.section(name)
        if body:
            parts.append(f"### {name}\n\n{' '.join(body.split())}")
    return "\n\n".join(parts)


class SarifWriter(Writer):
    def __init__(self, stream: IO[str], options: Options | None = None):
        super().__init__(stream, options)
        self._namer = ArtifactNamer()
        self._rules = all_rules()
        self._index = {r.id: i for i, r in enumerate(self._rules)}
        self._notifications: list[dict] = []
        self._first = True
        self._started = False

    def start(self) -> None:
        self._started = True
        driver = {"name": "factcheck", "semanticVersion": self.options.tool_version or "0.0.0",
                  "rules": [rule_descriptor(r) for r in self._rules]}
        if self.options.tool_version:
            driver["version"] = self.options.tool_version
        self.stream.write('{\n  "$schema": ' + json.dumps(SCHEMA_URI) + ',\n  "version": "2.1.0",\n  "runs": [{\n'
                          '    "tool": {"driver": ' + _dumps(driver) + '},\n'
                          '    "columnKind": "unicodeCodePoints",\n'
                          '    "results": [')

    def add(self, result: ArticleResult) -> None:
        super().add(result)
        if not self._started:
            self.start()
        artifact = self._namer.name(result)
        if result.error is not None:
            self._notifications.append(_notification(result, artifact))
            return
        seen: Counter[str] = Counter()
        for f, loc in sorted_findings(result):
            entry = self.result_json(result, artifact, f, loc, seen)
            self.stream.write(("\n      " if self._first else ",\n      ") + _dumps(entry))
            self._first = False

    def finish(self) -> None:
        if not self._started:
            self.start()
        invocation = {"executionSuccessful": not self._notifications}
        if self._notifications:
            invocation["toolExecutionNotifications"] = self._notifications
        self.stream.write(("\n    " if not self._first else "") + '],\n    "invocations": [' + _dumps(invocation)
                          + "]\n  }]\n}\n")

    def result_json(self, result: ArticleResult, artifact: Artifact, f: Finding, loc: Location,
                    seen: Counter) -> dict:
        severity = f.severity or Severity.ERROR
        key = finding_key(result, f, source_line(result, loc.line), artifact.record)
        seen[key] += 1
        text = [f.message]
        if not artifact.lines:
            text.append(f"at {result.source}:{loc.line}:{loc.column}")
        text.extend(f.evidence)
        related = []
        for n, r in enumerate(f.related, 1):
            rl = locate(result, r.start, r.end)
            text.append(f"see [{_link_text(r.message)}]({n})")
            related.append({"id": n, "physicalLocation": _physical(artifact, rl), "message": {"text": r.message}})
        if f.fix:
            text.append(f"fix: {f.fix}")
        entry: dict = {"ruleId": f.rule}
        if f.rule in self._index:
            entry["ruleIndex"] = self._index[f.rule]
        entry["level"] = LEVELS[severity]
        entry["message"] = {"text": "\n".join(text)}
        location: dict = {"physicalLocation": _physical(artifact, loc, result.article.text[f.start:f.end]
                                                        if result.article is not None else None)}
        if artifact.record is not None:
            location["logicalLocations"] = [{"name": artifact.record, "fullyQualifiedName": result.source,
                                             "kind": "object"}]
        entry["locations"] = [location]
        if related:
            entry["relatedLocations"] = related
        entry["partialFingerprints"] = {FINGERPRINT: f"{key}:{seen[key]}"}
        props: dict = {"severity": severity.label}
        if f.evidence:
            props["evidence"] = list(f.evidence)
        if f.fix:
            props["fix"] = f.fix
        entry["properties"] = props
        return entry


def _link_text(message: str) -> str:
    # SARIF message links are Markdown-like: brackets inside the text would end the link early.
    return message.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def artifact_location(artifact: Artifact) -> dict:
    if artifact.path is None:
        return {"description": {"text": "standard input"}}
    if artifact.absolute:
        return {"uri": "file://" + quote(artifact.path, safe="/")}
    return {"uri": quote(artifact.path, safe="/"), "uriBaseId": SRCROOT}


def _physical(artifact: Artifact, loc: Location, snippet: str | None = None) -> dict:
    physical: dict = {"artifactLocation": artifact_location(artifact)}
    if artifact.lines or artifact.path is None:
        region = {"startLine": loc.line, "startColumn": loc.column, "endLine": loc.end_line,
                  "endColumn": loc.end_column}
        if snippet:
            region["snippet"] = {"text": snippet}
        physical["region"] = region
    return physical


def _notification(result: ArticleResult, artifact: Artifact) -> dict:
    return {"level": "error", "message": {"text": f"{result.source}: {result.error}"},
            "locations": [{"physicalLocation": {"artifactLocation": artifact_location(artifact)}}]}
