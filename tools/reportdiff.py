"""Findings one JSON report has and another has not: what a change did to the findings on a corpus.

    factcheck check CORPUS --format json > before.json     # on the base
    factcheck check CORPUS --format json > after.json      # on the change
    python tools/reportdiff.py before.json after.json      # "+" added, "-" removed; exit 0

A finding is its article (source and id), rule, severity, line and message: a finding whose
severity or message changed shows as one removed and one added. Every added error or warning on
real news is to be read in its article before a change is merged (docs/evaluation.md).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def findings(report: dict) -> set[tuple]:
    """The findings of a JSON report (``factcheck check --format json``) as comparable tuples."""
    out = set()
    for article in report.get("articles", []):
        where = (article.get("source"), article.get("id"))
        for f in article.get("findings", []):
            out.add((*where, f.get("rule"), f.get("severity"), f.get("line"), f.get("message")))
    return out


def diff(before: dict, after: dict) -> tuple[list[tuple], list[tuple]]:
    """(added, removed): the findings only ``after`` has and those only ``before`` has, sorted."""
    a, b = findings(before), findings(after)
    return sorted(b - a, key=str), sorted(a - b, key=str)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    try:
        before, after = (json.loads(Path(p).read_text(encoding="utf-8")) for p in argv)
    except (OSError, ValueError) as e:
        print(f"reportdiff: {e}", file=sys.stderr)
        return 2
    added, removed = diff(before, after)
    print(f"{len(findings(before))} findings before, {len(findings(after))} after: "
          f"{len(added)} added, {len(removed)} removed")
    for sign, rows in (("+", added), ("-", removed)):
        for source, ident, rule, severity, line, message in rows:
            print(f"{sign} {ident or source}:{line}: {severity} {rule}: {message}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
