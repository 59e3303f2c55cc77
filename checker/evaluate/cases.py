"""``factcheck evaluate cases FOLDER...``: a labelled regression suite of articles.

Each FOLDER holds articles and a ``cases.json`` (schemas/cases.schema.json) that says, for each
article, which inconsistencies it holds (the rule that should report each, and quotes marking
the lines involved) or that it holds none. An expected inconsistency is *caught* when a finding
of its rule points, by its own line or a related line, at a line holding one of its quotes. A
*false alarm* is any other finding at or above the case's ``quiet`` severity (default warning)
whose rule is neither expected there nor in its ``allow`` list.

The table (recall per rule, all planted, false alarms) is the dev set's scorer's
(../shared/devset/score.py), computed in-process with the same configuration files ``check``
uses. A newsroom keeps its own corrected errors as such a folder and runs it in CI: the exit code
is 1 when anything is missed or falsely flagged, 2 when a folder cannot be read.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from checker.configfile import Resolver
from checker.engine import check_paths
from checker.findings import Severity
from schemas import validator

RANK = {"info": Severity.INFO, "warning": Severity.WARNING, "error": Severity.ERROR}


class CasesError(ValueError):
    """A folder whose cases.json is missing, invalid, or names what is not there."""


@dataclass
class Scores:
    caught: Counter = field(default_factory=Counter)
    planted: Counter = field(default_factory=Counter)
    false_alarms: int = 0
    clean: int = 0
    report: list[str] = field(default_factory=list)

    @property
    def perfect(self) -> bool:
        return sum(self.caught.values()) == sum(self.planted.values()) and not self.false_alarms


def load_cases(folder: Path) -> list[dict]:
    """The cases of a folder, validated; CasesError names the problem (and the JSON pointer)."""
    path = folder / "cases.json"
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CasesError(f"{path}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise CasesError(f"{path}: not JSON ({exc})") from None
    from jsonschema.exceptions import best_match

    error = best_match(validator("cases").iter_errors(spec))
    if error is not None:
        pointer = "/" + "/".join(str(p) for p in error.absolute_path)
        raise CasesError(f"{path}: {pointer}: {error.message}")
    for case in spec["cases"]:
        article = folder / case["file"]
        if not article.is_file():
            raise CasesError(f"{path}: {case['file']}: no such article in {folder}")
        text = article.read_text(encoding="utf-8", errors="replace")
        for e in case["expect"]:
            for q in e["quotes"]:
                if q not in text:
                    raise CasesError(f"{path}: {case['file']}: quote not found in the article: {q!r}")
    return spec["cases"]


def quote_lines(text: str, quotes: list[str]) -> set[int]:
    """The 1-based lines holding any occurrence of any quote."""
    lines = set()
    for q in quotes:
        start = text.find(q)
        while start >= 0:
            lines.add(text.count("\n", 0, start) + 1)
            start = text.find(q, start + 1)
    return lines


def score(folders: list[Path], *, rule: str | None = None, jobs: int = 1) -> Scores:
    """Check every article the folders' cases name and score the findings."""
    scores = Scores()
    resolver = Resolver()
    for folder in folders:
        cases = [c for c in load_cases(folder) if rule is None or any(e["rule"] == rule for e in c["expect"])]
        paths = [str(folder / c["file"]) for c in cases]
        for case, path, result in zip(cases, paths, check_paths(paths, resolver, jobs=jobs)):
            if result.error is not None:
                raise CasesError(f"{path}: {result.error}")
            _score_case(scores, case, path, result)
    return scores


def _score_case(scores: Scores, case: dict, path: str, result) -> None:
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    article = result.article
    located = [(f, {article.locate(f.start)[0]} | {article.locate(r.start)[0] for r in f.related})
               for f in result.findings]
    if not case["expect"]:
        scores.clean += 1
    expected = {e["rule"] for e in case["expect"]}
    for e in case["expect"]:
        want = quote_lines(text, e["quotes"])
        scores.planted[e["rule"]] += 1
        if any(f.rule == e["rule"] and lines & want for f, lines in located):
            scores.caught[e["rule"]] += 1
        else:
            scores.report.append(f"MISS  {path}: {e['rule']} at lines {sorted(want)}: {case.get('why', '')}")
    quiet = RANK[case.get("quiet", "warning")]
    for f, lines in located:
        if f.rule in expected or f.rule in case.get("allow", []) or f.severity < quiet:
            continue
        scores.false_alarms += 1
        scores.report.append(f"ALARM {path}:{min(lines)}: {f.rule}: {f.message}")


def format_table(scores: Scores) -> str:
    width = max([len(r) for r in scores.planted] + [11])
    lines = [f"{'rule':<{width}}  caught"]
    for r in sorted(scores.planted):
        c, t = scores.caught[r], scores.planted[r]
        lines.append(f"{r:<{width}}  {c:>3}/{t:<3} {100 * c / t:5.1f}%")
    n, t = sum(scores.caught.values()), sum(scores.planted.values())
    lines.append(f"{'all planted':<{width}}  {n:>3}/{t:<3} {100 * n / max(t, 1):5.1f}%")
    lines.append(f"false alarms: {scores.false_alarms} (over {scores.clean} clean articles and the planted ones' "
                 "other lines)")
    return "\n".join(lines)


def run(args) -> int:
    if not args.paths:
        print("factcheck evaluate cases: name at least one folder holding a cases.json", file=sys.stderr)
        return 2
    try:
        scores = score([Path(p) for p in args.paths], rule=args.rule, jobs=max(1, args.jobs))
    except CasesError as exc:
        print(f"factcheck evaluate cases: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps({"rules": {r: [scores.caught[r], scores.planted[r]] for r in sorted(scores.planted)},
                          "caught": sum(scores.caught.values()), "planted": sum(scores.planted.values()),
                          "false_alarms": scores.false_alarms, "clean": scores.clean, "report": scores.report}))
    else:
        print(format_table(scores))
        if args.errors:
            print("\n".join(scores.report))
    return 0 if scores.perfect else 1
