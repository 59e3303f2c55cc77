"""The archive's reports: text, json (schemas/consistency.schema.json), html (a folder: an
index sorted by severity and one page per entity in conflict, with its timeline) and junit
(one testcase per entity, built with ``check``'s JUnit machinery).

Every report is a function of (archive, conflicts) alone, written in a fixed order, so both
engines give the same bytes for the same input (JUnit's timestamp aside: set
SOURCE_DATE_EPOCH, as for ``check``).
"""

from __future__ import annotations

import json
import os
import re
from datetime import date
from typing import IO

from checker.consistency.engines import Archive
from checker.consistency.judge import ARCHIVE_RULES, Conflict
from checker.consistency.model import Seen
from checker.findings import Severity

FORMATS = ("text", "json", "html", "junit")
#: The html report is a folder: these are its index and the prefix of its entity pages.
HTML_INDEX = "index.html"


def counts(archive: Archive, conflicts: list[Conflict]) -> dict:
    by = {s: sum(1 for c in conflicts if c.severity == s) for s in Severity}
    return {"articles": archive.articles, "entities": len(archive.entities), "errors": by[Severity.ERROR],
            "warnings": by[Severity.WARNING], "infos": by[Severity.INFO], "unreadable": len(archive.unreadable)}


def summary_line(archive: Archive, conflicts: list[Conflict]) -> str:
    n = counts(archive, conflicts)
    parts = [f"{n['articles']} article{'s' if n['articles'] != 1 else ''} read",
             f"{n['entities']} entit{'ies' if n['entities'] != 1 else 'y'} checked",
             f"{n['errors']} error{'s' if n['errors'] != 1 else ''}",
             f"{n['warnings']} warning{'s' if n['warnings'] != 1 else ''}", f"{n['infos']} info"]
    if n["unreadable"]:
        parts.append(f"{n['unreadable']} unreadable")
    return ", ".join(parts)


def _place(s: Seen) -> str:
    return f"{s.source}:{s.line}" + (f" ({s.published})" if s.published else "")


# -- text -------------------------------------------------------------------------------------------


def write_text(out: IO[str], archive: Archive, conflicts: list[Conflict], version: str = "") -> None:
    for source, why in archive.unreadable:
        out.write(f"{source}: error: {why}\n")
    for c in conflicts:
        out.write(f"{c.rule}: {c.severity.label}: {c.message}\n")
        for side in c.sides:
            out.write(f"  - {side.says}: {side.articles} article{'s' if side.articles != 1 else ''}\n")
            for s in side.examples:
                out.write(f"      {_place(s)}: “{s.quote}”\n")
        for e in c.evidence:
            out.write(f"  = {e}\n")
        out.write("\n")
    out.write(summary_line(archive, conflicts) + "\n")


# -- json -------------------------------------------------------------------------------------------


def conflict_json(c: Conflict) -> dict:
    return {"rule": c.rule, "severity": c.severity.label, "entity": c.entity, "kind": c.kind, "name": c.name,
            "message": c.message,
            "sides": [{"says": s.says, "articles": s.articles,
                       "examples": [{"source": e.source, "line": e.line, "quote": e.quote,
                                     "published": e.published or None}
                                    for e in s.examples]} for s in c.sides],
            "evidence": list(c.evidence)}


def write_json(out: IO[str], archive: Archive, conflicts: list[Conflict], version: str = "") -> None:
    doc = {"version": 1, "tool": {"name": "factcheck", "version": version},
           "rules": sorted(ARCHIVE_RULES),
           "unreadable": [{"source": s, "error": e} for s, e in archive.unreadable],
           "conflicts": [conflict_json(c) for c in conflicts],
           "summary": counts(archive, conflicts)}
    out.write(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")


# -- junit ------------------------------------------------------------------------------------------


def write_junit(out: IO[str], archive: Archive, conflicts: list[Conflict], version: str = "") -> None:
    """One ``<testsuite>`` per entity kind, one ``<testcase>`` per entity (named after it,
    classname ``archive.KIND``), failing with its conflicts of warning level or above; info
    conflicts go to system-out; each unreadable input is an ``<error>`` in an "inputs" suite."""
    from lxml import etree

    from checker.report.artifacts import xml_safe
    from checker.report.junit import FAILING, SuiteStream, timestamp

    by_entity: dict[str, list[Conflict]] = {}
    for c in conflicts:
        by_entity.setdefault(c.entity, []).append(c)
    suites = SuiteStream()
    stamp = timestamp()
    kinds = sorted({e.kind for e in archive.entities.values()})
    for kind in kinds:
        suite = etree.Element("testsuite", name=f"archive {kind}")
        tests = failures = 0
        for key in sorted(k for k, e in archive.entities.items() if e.kind == kind):
            tests += 1
            entity = archive.entities[key]
            case = etree.SubElement(suite, "testcase", classname=f"archive.{kind}", name=xml_safe(entity.name),
                                    time="0.000")
            found = by_entity.get(key, [])
            failing = [c for c in found if c.severity >= FAILING]
            quiet = [c for c in found if c.severity < FAILING]
            if failing:
                failures += 1
                fail = etree.SubElement(case, "failure", type=xml_safe(failing[0].rule),
                                        message=xml_safe("; ".join(c.message for c in failing)))
                fail.text = xml_safe("\n\n".join(_block(c) for c in failing)) + "\n"
            if quiet:
                etree.SubElement(case, "system-out").text = xml_safe("\n\n".join(_block(c) for c in quiet)) + "\n"
        _close_suite(suite, tests, failures, 0, stamp)
        suites.add(suite, 0.0)
    if archive.unreadable:
        suite = etree.Element("testsuite", name="archive inputs")
        for source, why in archive.unreadable:
            case = etree.SubElement(suite, "testcase", classname="archive.inputs", name=xml_safe(source), time="0.000")
            err = etree.SubElement(case, "error", type="read-error", message=xml_safe(why))
            err.text = xml_safe(f"{source}: {why}")
        _close_suite(suite, len(archive.unreadable), 0, len(archive.unreadable), stamp)
        suites.add(suite, 0.0)
    suites.write(out)


def _close_suite(suite, tests: int, failures: int, errors: int, stamp: str) -> None:
    for k, v in (("tests", tests), ("failures", failures), ("errors", errors), ("skipped", 0)):
        suite.set(k, str(v))
    suite.set("time", "0.000")
    suite.set("timestamp", stamp)


def _block(c: Conflict) -> str:
    lines = [f"{c.rule}: {c.message}", f"    severity: {c.severity.label}"]
    for side in c.sides:
        lines.append(f"    - {side.says}: {side.articles} article{'s' if side.articles != 1 else ''}")
        lines += [f"        {_place(s)}: “{s.quote}”" for s in side.examples]
    lines += [f"    = {e}" for e in c.evidence]
    return "\n".join(lines)


# -- html -------------------------------------------------------------------------------------------

CSS = """
body{margin:0 auto;max-width:1100px;padding:16px;font:15px/1.5 system-ui,sans-serif;color:#1d1d1f;background:#fafafa}
table{border-collapse:collapse;width:100%;background:#fff}th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left}
.sev-error{color:#c62828}.sev-warning{color:#b26a00}.sev-info{color:#1565c0}
.side{background:#fff;border:1px solid #ddd;border-radius:6px;padding:4px 12px;margin:0 0 8px}
.side.odd{border-color:#c62828}
q{font-family:Georgia,serif}
svg{display:block;max-width:100%;height:auto;background:#fff;border:1px solid #ddd;border-radius:4px}
svg text{font:12px system-ui,sans-serif}
"""


def write_html(folder: str, archive: Archive, conflicts: list[Conflict], version: str = "") -> None:
    """The folder ``folder``: ``index.html`` and ``entity-N.html`` per entity in conflict.
    Every file is written whole or not at all (``checker.output.open_output``)."""
    from checker.output import OutputError, open_output

    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write {folder}: {(exc.strerror or str(exc)).lower()}") from None
    pages: dict[str, str] = {}
    for c in conflicts:
        pages.setdefault(c.entity, f"entity-{len(pages) + 1}.html")
    for key, page in pages.items():
        mine = [c for c in conflicts if c.entity == key]
        with open_output(os.path.join(folder, page)) as out:
            out.write(_entity_page(mine, version))
    with open_output(os.path.join(folder, HTML_INDEX)) as out:
        out.write(_index_page(archive, conflicts, pages, version))


def _page(title: str, body: str, version: str) -> str:
    from checker.report.html import csp_hash, h

    csp = f"default-src 'none'; style-src {csp_hash(CSS)}; base-uri 'none'; form-action 'none'"
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n"
            f"<meta name=\"generator\" content=\"factcheck {h(version)}\">\n"
            f"<title>{h(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}</body>\n</html>\n")


def _index_page(archive: Archive, conflicts: list[Conflict], pages: dict[str, str], version: str) -> str:
    from checker.report.html import h

    rows = "".join(f"<tr class=\"sev-{c.severity.label}\"><td>{c.severity.label}</td><td>{h(c.rule)}</td>"
                   f"<td><a href=\"{pages[c.entity]}\">{h(c.name)}</a></td><td>{h(c.message)}</td></tr>\n"
                   for c in conflicts)
    unreadable = "".join(f"<li>{h(s)}: {h(e)}</li>" for s, e in archive.unreadable)
    body = (f"<h1>Archive consistency</h1>\n<p>{h(summary_line(archive, conflicts))}</p>\n"
            "<table><thead><tr><th>Severity</th><th>Rule</th><th>Entity</th><th>Conflict</th></tr></thead>\n"
            f"<tbody>\n{rows}</tbody></table>\n"
            + (f"<h2>Unreadable inputs</h2><ul>{unreadable}</ul>\n" if unreadable else ""))
    return _page("Archive consistency", body, version)


def _entity_page(conflicts: list[Conflict], version: str) -> str:
    from checker.report.html import h

    first = conflicts[0]
    parts = [f"<p><a href=\"{HTML_INDEX}\">All conflicts</a></p>\n<h1>{h(first.name)}</h1>\n"
             f"<p>{h(first.kind)} <code>{h(first.entity)}</code></p>\n"]
    for c in conflicts:
        parts.append(f"<h2 class=\"sev-{c.severity.label}\">{h(c.rule)} ({c.severity.label})</h2>\n<p>{h(c.message)}</p>\n")
        parts.append(timeline_svg(c))
        for i, side in enumerate(c.sides):
            odd = " odd" if i and i == len(c.sides) - 1 else ""
            items = "".join(f"<li>{h(_place(s))}: <q>{h(s.quote)}</q></li>" for s in side.examples)
            more = side.articles - len(side.examples)
            parts.append(f"<div class=\"side{odd}\"><p><b>{h(side.says)}</b>: {side.articles} article"
                         f"{'s' if side.articles != 1 else ''}</p><ul>{items}</ul>"
                         + (f"<p>and {more} more</p>" if more > 0 else "") + "</div>\n")
        parts.append("<ul>" + "".join(f"<li>{h(e)}</li>" for e in c.evidence) + "</ul>\n")
    return _page(first.name, "".join(parts), version)


def timeline_svg(c: Conflict) -> str:
    """The conflict's example articles on a line of publication dates, one row per side."""
    from checker.report.html import h

    dated = [(i, date.fromisoformat(s.published)) for i, side in enumerate(c.sides) for s in side.examples
             if s.published and re.fullmatch(r"\d{4}-\d\d-\d\d", s.published)]
    if not dated:
        return ""
    lo, hi = min(d for _, d in dated), max(d for _, d in dated)
    span = max((hi - lo).days, 1)
    width, left, row = 720, 220, 22
    height = row * len(c.sides) + 30
    out = [f"<figure><svg viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"timeline\">"]
    for i, side in enumerate(c.sides):
        y = 16 + i * row
        out.append(f"<text x=\"4\" y=\"{y + 4}\">{h(side.says[:34])}</text>")
        out.append(f"<line x1=\"{left}\" y1=\"{y}\" x2=\"{width - 10}\" y2=\"{y}\" stroke=\"#ddd\"/>")
        for j, d in dated:
            if j == i:
                x = left + (width - 10 - left) * (d - lo).days / span
                out.append(f"<circle cx=\"{x:.1f}\" cy=\"{y}\" r=\"5\" fill=\"{'#c62828' if i else '#2e7d32'}\">"
                           f"<title>{d.isoformat()}</title></circle>")
    out.append(f"<text x=\"{left}\" y=\"{height - 4}\">{lo.isoformat()}</text>")
    out.append(f"<text x=\"{width - 90}\" y=\"{height - 4}\">{hi.isoformat()}</text>")
    out.append("</svg><figcaption>publication dates of the example articles, one row per side</figcaption></figure>\n")
    return "".join(out)


WRITERS = {"text": write_text, "json": write_json, "junit": write_junit}
