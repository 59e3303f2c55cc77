"""Throughput of the temporal extractor alone, on Reuters-21578 (one process, one core).

    python benchmarks/temporal_speed.py [PATH] [--limit N] [--repeat R]

PATH defaults to ../shared/corpora/reuters21578.jsonl ($FACTCHECK_SHARED/corpora/... if set).
Reading and building the ``Article`` objects happens before the clock starts; the number
reported is articles per second of ``claims.temporal.extract`` over all of them, best of R runs,
in wall-clock time and in this process's CPU time (the same on an idle machine; on a shared
one the CPU figure is the fairer one). The goal in issue 3 is >= 3,000 articles/s.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.model import Article  # noqa: E402
from claims.temporal import extract  # noqa: E402


def default_path() -> Path:
    base = os.environ.get("FACTCHECK_SHARED")
    root = Path(base) if base else Path(__file__).resolve().parent.parent.parent / "shared"
    return root / "corpora" / "reuters21578.jsonl"


def load(path: Path, limit: int | None) -> list[Article]:
    articles = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            day = rec.get("dateline_date") or rec.get("published")
            articles.append(Article(
                id=rec["id"], source=f"{path}#{rec['id']}", text=rec.get("text") or "", format="jsonl",
                title=rec.get("title"), published=date.fromisoformat(day[:10]) if day else None,
            ))
            if limit and len(articles) >= limit:
                break
    return articles


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=default_path())
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--repeat", type=int, default=3, help="runs; the best is reported")
    args = ap.parse_args(argv)
    if not args.path.exists():
        print(f"no corpus at {args.path}", file=sys.stderr)
        return 2
    articles = load(args.path, args.limit)
    chars = sum(len(a.text) for a in articles)
    extract(articles[0], [])  # warm the lexicons and compiled patterns
    best = best_cpu = None
    claims = 0
    for _ in range(args.repeat):
        claims = 0
        t0, c0 = time.perf_counter(), time.process_time()
        for a in articles:
            claims += len(extract(a, []))
        dt, dc = time.perf_counter() - t0, time.process_time() - c0
        best = dt if best is None else min(best, dt)
        best_cpu = dc if best_cpu is None else min(best_cpu, dc)
    print(f"{len(articles)} articles ({chars / 1e6:.1f} M chars), {claims} time claims: "
          f"{best:.2f} s wall, {len(articles) / best:,.0f} articles/s, {chars / best / 1e6:.2f} M chars/s; "
          f"{best_cpu:.2f} s CPU, {len(articles) / best_cpu:,.0f} articles/s of CPU time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
