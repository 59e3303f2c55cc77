"""Run the quantity extractor and the number.* rules over JSON Lines corpora.

Prints, per corpus, the findings per rule (and per 100 / per 1,000 articles), the
extractor's speed, and with ``--show`` every finding with its sentence, so that a person can
read them and tell false alarms from real slips in the text.

    python benchmarks/number_findings.py                       # ../shared corpora ($FACTCHECK_SHARED)
    python benchmarks/number_findings.py --show PATH.jsonl ...
    python benchmarks/number_findings.py --recall              # plant slips, count catches
    python benchmarks/number_findings.py --show ../shared/corpora/tempeval3/silver   # TimeML dirs too

It reads the corpora with the project's reader and extracts every kind of claim (time
claims first, as in production), then calls the three number rules directly. The speed
figure is for the quantity extractor alone.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.rules.number_count_mismatch import count_mismatch  # noqa: E402
from checker.rules.number_restated_conflict import restated_conflict  # noqa: E402
from checker.rules.number_sum_exceeds_total import sum_exceeds_total  # noqa: E402
from claims.extract import extract as extract_all  # noqa: E402
from claims.model import Article, ClaimSet  # noqa: E402
from claims.quantities import extract  # noqa: E402
from claims.read import read_path  # noqa: E402

RULES = {
    "number.sum-exceeds-total": sum_exceeds_total,
    "number.count-mismatch": count_mismatch,
    "number.restated-conflict": restated_conflict,
}
SEVERITY = {"number.sum-exceeds-total": "error", "number.count-mismatch": "warning", "number.restated-conflict": "warning"}
SHARED = Path(os.environ.get("FACTCHECK_SHARED", ROOT.parent / "shared"))
DEFAULT = [SHARED / "corpora" / n for n in ("reuters21578.jsonl", "wikinews-semeval2015.jsonl")]


_TAG = re.compile(r"<[^>]+>")


def read(path: Path) -> list[Article]:
    """The corpus read the way ``factcheck check`` reads it (publication date from the record).
    A directory of TimeML files (../shared/corpora/tempeval3/silver ...) is read as the text
    inside <TEXT>, tags removed: more newswire to sample false alarms from."""
    if path.is_dir():
        out = []
        for f in sorted(path.glob("*.tml")):
            m = re.search(r"<TEXT>(.*)</TEXT>", f.read_text(encoding="utf-8", errors="replace"), re.S)
            if m:
                out.append(Article(f.stem, str(f), html.unescape(_TAG.sub("", m.group(1)))))
        return out
    return [a for a in read_path(str(path)) if isinstance(a, Article)]


def claims_of(article: Article) -> ClaimSet:
    """All claims, as in production: time claims first, so their numbers are never quantities.
    Should another extractor fail on an article, its quantities are still checked (and the
    failure counted in ``FAILED``), so one bug elsewhere does not hide this benchmark."""
    try:
        return extract_all(article)
    except Exception as exc:  # noqa: BLE001 - a benchmark reports, it does not stop
        FAILED.append(f"{article.id}: {exc!r}")
        return ClaimSet(article, extract(article, []))


FAILED: list[str] = []


def check(article: Article, claims: ClaimSet | None = None):
    claims = claims or claims_of(article)
    for rid, fn in RULES.items():
        for f in fn(claims):
            f.rule = rid
            yield f


def sentence_of(text: str, start: int, end: int) -> str:
    a = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    b = min([i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0] or [len(text)])
    return " ".join(text[a : b + 1].split())


def findings(paths: list[Path], show: bool) -> None:
    for path in paths:
        if not path.exists():
            print(f"{path}: absent, skipped")
            continue
        articles = read(path)
        t0, c0 = time.perf_counter(), time.process_time()
        n_claims = 0
        for a in articles:
            n_claims += len(extract(a, []))
        secs, cpu = time.perf_counter() - t0, time.process_time() - c0
        counts: Counter = Counter()
        shown = []
        for a in articles:
            for f in check(a):
                counts[f.rule] += 1
                shown.append((a, f))
        n = len(articles)
        if FAILED:
            print(f"  (the full extractor chain failed on {len(FAILED)} article(s), checked with quantities alone: {FAILED[:3]})")
            FAILED.clear()
        print(
            f"{path.name}: {n} articles, {n_claims} quantity claims, extractor "
            f"{n / cpu:,.0f} articles/s of CPU time ({n / secs:,.0f}/s wall clock, one process)"
        )
        for rid in RULES:
            c = counts[rid]
            per = f"{1000 * c / n:.2f} per 1,000" if SEVERITY[rid] == "error" else f"{100 * c / n:.2f} per 100"
            print(f"  {rid:28} {SEVERITY[rid]:8} {c:4}  ({per} articles)")
        if show:
            for a, f in shown:
                related = "; ".join(f"{a.text[r.start:r.end]!r}" for r in f.related)
                print(f"\n  [{f.rule}] {a.id}: {f.message}\n    related: {related}")
                print(f"    > {sentence_of(a.text, f.start, f.end)}")
                for r in f.related[:2]:
                    s = sentence_of(a.text, r.start, r.end)
                    if s != sentence_of(a.text, f.start, f.end):
                        print(f"    > {s}")


def recall(paths: list[Path], limit: int | None) -> None:
    from checker.evaluate import inject_numbers as inj

    kinds = inj.INJECTORS
    for path in paths:
        if not path.exists():
            print(f"{path}: absent, skipped")
            continue
        articles = read(path)[:limit] if limit else read(path)
        print(f"{path.name}: {len(articles)} articles")
        for rid, planter in kinds.items():
            planted = caught = 0
            missed = []
            for a in articles:
                new = planter(a.text)
                if new is None:
                    continue
                planted += 1
                b = Article(a.id, a.source, new, a.format, a.title, a.published, a.published_from)
                before = sum(1 for f in check(a) if f.rule == rid)
                after = sum(1 for f in check(b) if f.rule == rid)
                if after > before:
                    caught += 1
                else:
                    missed.append(a.id)
            rate = f"{100 * caught / planted:.1f}%" if planted else "n/a"
            print(f"  {rid:28} planted {planted:5}  caught {caught:5}  recall {rate}" + (f"  missed e.g. {missed[:5]}" if missed else ""))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, default=DEFAULT)
    ap.add_argument("--show", action="store_true", help="print every finding with its sentence")
    ap.add_argument("--recall", action="store_true", help="plant one slip of each kind per article and count catches")
    ap.add_argument("--limit", type=int, help="only the first N articles of each corpus (recall)")
    args = ap.parse_args(argv)
    if args.recall:
        recall(args.paths, args.limit)
    else:
        findings(args.paths, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
