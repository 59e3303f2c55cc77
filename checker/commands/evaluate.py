"""``factcheck evaluate timeml [PATH ...]``: score the temporal extractor on TimeML gold data.

Each PATH (a .tml file or a directory of them) is one row of the table; without PATH the
corpora of ../shared/corpora are scored (or of $FACTCHECK_SHARED/corpora), one row per split,
with its role: *dev* splits may be studied and tuned on, *test* splits are only ever scored.
The metrics are TempEval-3's (see ``checker.evaluate.timeml_score``).

By default the system output is this project's own extraction (``claims.extract``) run on each
gold file's text and publication date (the DCT); ``--system DIR`` scores TimeML files written
by any tool instead (same file names, same text), e.g. ``factcheck extract --format timeml``'s
or HeidelTime's.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from checker.evaluate.corpora import shared_corpora

if TYPE_CHECKING:  # the scoring is imported by the functions that score: this module is read at every start
    from checker.evaluate.timeml_score import Counts, SystemTimex

NAME = "evaluate"
HELP = ("score the extractors against gold-standard corpora (timeml: TempEval-3 metrics), the rules on "
        "planted slips and real news (rules), on labelled articles (cases: folders with a cases.json), and the "
        "archive rules on planted cross-article conflicts (consistency)")

#: The known TimeML splits under ``corpora/``: (name, relative path, role).
SPLITS = (
    ("TimeBank", "tempeval3/timebank", "dev"),
    ("WikiWars train", "wikiwars/train", "dev"),
    ("AQUAINT", "tempeval3/aquaint", "dev"),
    ("Platinum", "tempeval3/platinum", "test"),
    ("WikiWars test", "wikiwars/test", "test"),
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("task", choices=("timeml", "rules", "cases", "consistency"),
                        help="timeml: time expressions against TimeML gold (TempEval-3 metrics); rules: recall on "
                             "planted slips and findings on unmodified news; cases: recall and false alarms on "
                             "labelled articles (a folder with a cases.json, see schemas/cases.schema.json); "
                             "consistency: the archive rules' recall on planted cross-article conflicts and every "
                             "conflict in the unmodified archives")
    parser.add_argument(
        "paths", nargs="*", metavar="PATH",
        help="timeml: TimeML files or directories, one table row each; rules: JSON Lines corpora "
             "(default: the corpora in ../shared/corpora); cases: folders holding a cases.json",
    )
    parser.add_argument("--rule", metavar="RULE", help="cases: score only the cases that expect this rule")
    parser.add_argument("--inject-limit", type=int, default=3000, metavar="N",
                        help="rules: plant slips in the first N articles of each corpus (default 3000)")
    parser.add_argument("--jobs", type=int, default=1, metavar="N", help="rules: check N articles at a time")
    parser.add_argument("--no-seed", action="store_true", help="rules: leave the bundled seed article out")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--system", metavar="DIR",
        help="score the TimeML files in DIR (matched by file name) instead of running the extractor",
    )
    parser.add_argument(
        "--errors", action="store_true",
        help="also list every miss, false alarm and wrong type/value (for dev splits: never tune on test)",
    )


def _split_of(path: Path) -> tuple[str, str]:
    """(row name, role) for a path: a known split's name and role, else the path and "-"."""
    try:
        resolved = path.resolve()
    except OSError:
        resolved = path
    for name, rel, role in SPLITS:
        if resolved.match(f"*/{rel}") or resolved.match(rel):
            return name, role
    return str(path), "-"


def _rows(args) -> list[tuple[str, str, Path, list[Path]]]:
    if args.paths:
        targets = [Path(p) for p in args.paths]
    else:
        base = shared_corpora()
        targets = [base / rel for _, rel, _ in SPLITS]
        missing = [t for t in targets if not t.is_dir()]
        if len(missing) == len(targets):
            raise FileNotFoundError(
                f"no corpora under {base}: give TimeML paths, or set FACTCHECK_SHARED to the shared folder"
            )
        targets = [t for t in targets if t.is_dir()]
    rows = []
    for t in targets:
        if t.is_dir():
            files = sorted(p for p in t.rglob("*.tml") if p.is_file())
        elif t.is_file():
            files = [t]
        else:
            raise FileNotFoundError(f"{t}: no such file or directory")
        name, role = _split_of(t)
        rows.append((name, role, t, files))
    return rows


def _extract_system(doc) -> list[SystemTimex]:
    from checker.evaluate.timeml_score import SystemTimex
    from claims import timeml
    from claims.extract import extract

    claimset = extract(doc.article)
    text = doc.article.text
    return [SystemTimex(start, end, c.timex.type, c.timex.value, text[start:end])
            for start, end, c in timeml.written(claimset)]


def _read_system(doc, gold_path: Path, system_dir: Path) -> list[SystemTimex]:
    from checker.evaluate.timeml_score import SystemTimex
    from claims import timeml

    sys_doc = timeml.read(system_dir / gold_path.name)
    if sys_doc.article.text != doc.article.text:
        raise ValueError(f"{system_dir / gold_path.name}: its text differs from the gold file's")
    return [SystemTimex(t.start, t.end, t.type, t.value, t.text) for t in sys_doc.timexes]


def _errors(doc, system: list[SystemTimex], out) -> None:
    from checker.evaluate.timeml_score import align

    gold = doc.timexes
    pairs = align(gold, system, doc.article.text)
    paired_g = {i for i, _ in pairs}
    paired_s = {j for _, j in pairs}
    name = doc.article.source
    for i, j in pairs:
        g, s = gold[i], system[j]
        if (g.start, g.end) != (s.start, s.end) or g.type != s.type or g.value != s.value:
            print(f"{name}: gold {g.text!r} {g.type} {g.value} | system {s.text!r} {s.type} {s.value}", file=out)
    for i, g in enumerate(gold):
        if i not in paired_g:
            print(f"{name}: missed {g.text!r} {g.type} {g.value}", file=out)
    for j, s in enumerate(system):
        if j not in paired_s:
            print(f"{name}: spurious {s.text!r} {s.type} {s.value}", file=out)


def evaluate(rows, *, system_dir: Path | None = None, errors_to=None) -> list[dict]:
    """Score each row; returns one dict per row (name, role, path, counts, metrics, seconds)."""
    from checker.evaluate.timeml_score import score, total
    from claims import timeml

    results = []
    for name, role, path, files in rows:
        per_file: list[Counts] = []
        seconds = 0.0
        for f in files:
            doc = timeml.read(f)
            t0 = time.perf_counter()
            system = _read_system(doc, f, system_dir) if system_dir else _extract_system(doc)
            seconds += time.perf_counter() - t0
            per_file.append(score(doc.timexes, system, doc.article.text))
            if errors_to is not None:
                _errors(doc, system, errors_to)
        counts = total(per_file)
        results.append({
            "name": name,
            "role": role,
            "path": str(path),
            "counts": {k: getattr(counts, k) for k in ("files", "gold", "system", "strict", "relaxed", "type", "value")},
            "metrics": counts.metrics(),
            "seconds": round(seconds, 3),
        })
    return results


def format_table(results: list[dict]) -> str:
    head = (
        f"{'split':<16} {'role':<4} {'files':>5} {'gold':>5} {'sys':>5} | "
        f"{'strict P':>8} {'R':>6} {'F1':>6} | {'relaxed P':>9} {'R':>6} {'F1':>6} | "
        f"{'type F1':>7} | {'value F1':>8} {'acc':>6}"
    )
    lines = [head, "-" * len(head)]
    for r in results:
        c, m = r["counts"], r["metrics"]
        lines.append(
            f"{r['name']:<16} {r['role']:<4} {c['files']:>5} {c['gold']:>5} {c['system']:>5} | "
            f"{m['strict_p']:>8.2f} {m['strict_r']:>6.2f} {m['strict_f1']:>6.2f} | "
            f"{m['relaxed_p']:>9.2f} {m['relaxed_r']:>6.2f} {m['relaxed_f1']:>6.2f} | "
            f"{m['type_f1']:>7.2f} | {m['value_f1']:>8.2f} {m['value_accuracy']:>6.2f}"
        )
    return "\n".join(lines)


def run(args) -> int:
    if args.task == "rules":
        from checker.evaluate import rules_eval

        return rules_eval.run(args)
    if args.task == "cases":
        from checker.evaluate import cases

        return cases.run(args)
    if args.task == "consistency":
        from checker.evaluate import consistency_eval

        return consistency_eval.run(args)
    try:
        rows = _rows(args)
        results = evaluate(
            rows,
            system_dir=Path(args.system) if args.system else None,
            errors_to=sys.stdout if args.errors else None,
        )
    except (OSError, ValueError) as e:
        print(f"factcheck evaluate: {e}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps({"task": args.task, "metric": "TempEval-3", "rows": results}, indent=2))
    else:
        print(format_table(results))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="factcheck evaluate", description=HELP)
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
