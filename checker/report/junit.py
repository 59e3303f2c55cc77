"""JUnit XML, the report every CI system reads.

One ``<testsuite>`` per article (named after its source) and one ``<testcase>`` per rule that
ran on it, passing ones included, so CI shows what was checked, not only what failed::

    <testsuite name="news/mali.txt" tests="2" failures="1" errors="0" skipped="0" time="0.004"
               timestamp="2024-04-21T09:00:00" hostname="ci-7" file="news/mali.txt">
      <testcase classname="news.mali_txt" name="date.relative-conflict" time="0.000" file="news/mali.txt"/>
      <testcase classname="news.mali_txt" name="date.weekday-mismatch" time="0.000" file="news/mali.txt" line="1">
        <failure type="date.weekday-mismatch" message="21 April 2024 is a Sunday, not a Monday">
    news/mali.txt:1:3: 21 April 2024 is a Sunday, not a Monday
        severity: error
        = 21 April 2024 is a Sunday in the Gregorian calendar
        fix: 21 April 2024, Sunday</failure>
      </testcase>
    </testsuite>

What each consumer reads (../shared/formats/README.md): the message is both in ``@message``
(Jenkins, Azure DevOps) and in the element text as ``path:line:column: message`` (GitLab shows
only the text); ``file``/``line`` on the testcase let GitLab and the GitHub annotation actions
point at the line; ``classname`` is a stable dotted name per article (Jenkins splits it at the
last dot into package and class). Errors and warnings are failures; info findings go to the
testcase's ``system-out``; an input that could not be read is an ``<error>``.

Rules are not timed one by one, so a testcase's ``time`` is 0 and the suite's ``time`` is the
article's (extraction and every rule). ``timestamp`` is the one value that depends on the
clock; set SOURCE_DATE_EPOCH for byte-identical reports.

Memory stays flat: each suite is serialized as its article arrives into a spooled temporary
file (in memory while small), and the root element, whose counts are known only at the end,
is written around it in ``finish``.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import time
from datetime import UTC, datetime
from typing import IO

from lxml import etree

from checker.findings import ArticleResult, Finding, Severity
from checker.report import Location, Options, Writer, finding_notes, sorted_findings
from checker.report.artifacts import Artifact, ArtifactNamer, dotted_name, where, xml_safe

#: Findings at or above this severity fail their testcase; lower ones go to system-out.
FAILING = Severity.WARNING
#: At most this many messages are joined into a failure's @message (all are in its text).
MESSAGE_LIMIT = 10
READ_TESTCASE = "read"


def seconds(value: float) -> str:
    """A duration with at most 3 decimals, as the JUnit schemas' SUREFIRE_TIME allows."""
    return f"{max(value, 0.0):.3f}"


def timestamp() -> str:
    """Now in UTC as ISO 8601 without zone (the form the Ant/Azure schema requires);
    SOURCE_DATE_EPOCH, when set, pins it for reproducible reports."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    try:
        now = float(epoch) if epoch else time.time()
    except ValueError:
        now = time.time()
    return datetime.fromtimestamp(now, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S")


class SuiteStream:
    """The ``<testsuites>`` document built one ``<testsuite>`` at a time: each suite is
    serialized as it is added into a spooled temporary file (in memory while small), and the
    root element, whose counts are known only at the end, is written around them by
    ``write``. Shared by ``check``'s report (a suite per article) and the archive's (a suite
    of entities)."""

    def __init__(self):
        self._spool = tempfile.SpooledTemporaryFile(max_size=1 << 20, mode="w+", encoding="utf-8", newline="\n")
        self._tests = self._failures = self._errors = 0
        self._time = 0.0

    def add(self, suite: etree._Element, seconds: float) -> None:
        self._tests += int(suite.get("tests"))
        self._failures += int(suite.get("failures"))
        self._errors += int(suite.get("errors"))
        self._time += seconds
        etree.indent(suite, space="  ", level=1)
        self._spool.write("  " + etree.tostring(suite, encoding="unicode") + "\n")

    def write(self, stream: IO[str]) -> None:
        stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        stream.write(f'<testsuites name="factcheck" tests="{self._tests}" failures="{self._failures}" '
                     f'errors="{self._errors}" time="{seconds(self._time)}">\n')
        self._spool.seek(0)
        shutil.copyfileobj(self._spool, stream)
        self._spool.close()
        stream.write("</testsuites>\n")


class JUnitWriter(Writer):
    def __init__(self, stream: IO[str], options: Options | None = None):
        super().__init__(stream, options)
        self._namer = ArtifactNamer()
        self._hostname = xml_safe(socket.gethostname())
        self._suites: SuiteStream | None = None

    def start(self) -> None:
        self._suites = SuiteStream()

    def add(self, result: ArticleResult) -> None:
        super().add(result)
        if self._suites is None:
            self.start()
        suite = testsuite(result, self._namer.name(result), hostname=self._hostname, timestamp=timestamp())
        self._suites.add(suite, result.seconds)

    def finish(self) -> None:
        if self._suites is None:
            self.start()
        self._suites.write(self.stream)
        self._suites = None


def testsuite(result: ArticleResult, artifact: Artifact, *, hostname: str = "", timestamp: str = "") -> etree._Element:
    """The ``<testsuite>`` element for one article."""
    classname = dotted_name(artifact, result.source)
    suite = etree.Element("testsuite", name=xml_safe(result.source))
    art = result.article
    if art is not None:
        props = etree.SubElement(suite, "properties")
        for name, value in (("format", art.format), ("published", art.published.isoformat() if art.published else ""),
                            ("published_from", art.published_from)):
            etree.SubElement(props, "property", name=name, value=xml_safe(value or ""))
    tests = failures = errors = 0
    if result.error is not None:
        case = _testcase(suite, READ_TESTCASE, classname, artifact)
        err = etree.SubElement(case, "error", type="read-error", message=xml_safe(result.error))
        err.text = xml_safe(f"{result.source}: {result.error}")
        tests, errors = 1, 1
    else:
        by_rule: dict[str, list[tuple[Finding, Location]]] = {rid: [] for rid in result.rules_run}
        for f, loc in sorted_findings(result):
            by_rule.setdefault(f.rule, []).append((f, loc))
        for rule_id, found in by_rule.items():
            tests += 1
            failing = [(f, loc) for f, loc in found if (f.severity or Severity.ERROR) >= FAILING]
            quiet = [(f, loc) for f, loc in found if (f.severity or Severity.ERROR) < FAILING]
            line = failing[0][1].line if failing and artifact.lines else None
            case = _testcase(suite, rule_id, classname, artifact, line)
            if failing:
                failures += 1
                fail = etree.SubElement(case, "failure", type=xml_safe(rule_id),
                                        message=xml_safe(failure_message([f for f, _ in failing])))
                fail.text = xml_safe("\n\n".join(_block(result, artifact, f, loc) for f, loc in failing)) + "\n"
            if quiet:
                out = etree.SubElement(case, "system-out")
                out.text = xml_safe("\n\n".join(_block(result, artifact, f, loc) for f, loc in quiet)) + "\n"
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    suite.set("skipped", "0")
    suite.set("time", seconds(result.seconds))
    if timestamp:
        suite.set("timestamp", timestamp)
    if hostname:
        suite.set("hostname", hostname)
    if artifact.path is not None:
        suite.set("file", xml_safe(artifact.path))
    return suite


def _testcase(suite, name: str, classname: str, artifact: Artifact, line: int | None = None):
    case = etree.SubElement(suite, "testcase", classname=xml_safe(classname), name=xml_safe(name), time=seconds(0))
    if artifact.path is not None:
        case.set("file", xml_safe(artifact.path))
        if line is not None:
            case.set("line", str(line))
    return case


def failure_message(findings: list[Finding]) -> str:
    if len(findings) == 1:
        return findings[0].message
    shown = "; ".join(f.message for f in findings[:MESSAGE_LIMIT])
    more = len(findings) - MESSAGE_LIMIT
    return f"{len(findings)} findings: {shown}" + (f"; and {more} more" if more > 0 else "")


def _block(result: ArticleResult, artifact: Artifact, f: Finding, loc: Location) -> str:
    path = where(result, artifact)
    lines = [f"{path}:{loc.line}:{loc.column}: {f.message}",
             f"    severity: {(f.severity or Severity.ERROR).label}"]
    lines.extend(finding_notes(result, f, path, indent="    "))
    return "\n".join(lines)
