"""Pair Reuters-21578's correction notices with the stories they correct, and show what
factcheck says on each side.

The wire corrects itself two ways: a whole story sent again ("CORRECTED - <headline>", or
"(Corrects ...)" in its note), and a short notice ("CORRECTION - <headline> ... please read
... instead of ..."). A company may also correct its own figures in a later story
("<COMPANY> CORRECTS NET"). Each is paired with the earlier story it corrects: the story
published at most ``MAX_DAYS_BEFORE`` days earlier whose headline shares the most words with
the headline the correction names (a stock ticker such as ``<TRW>`` counts as much as
``TICKER_WEIGHT`` words). For every pair it prints the findings (warning and above, and info
with ``--info``) on the original and on the correction.

    python benchmarks/reuters_corrections.py                    # every pair, findings on both
    python benchmarks/reuters_corrections.py --text             # with both texts, to read them
    python benchmarks/reuters_corrections.py --score benchmarks/reuters_corrections.json

``--score`` reads the hand-made list of corrected errors that the original story alone shows
(benchmarks/reuters_corrections.json: article ids and the reason for each; no rule reads it)
and prints how many of them factcheck catches (a finding at warning or above on the original,
of the rule named there), and every warning or error on any correction.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.engine import check_article  # noqa: E402
from checker.findings import Severity  # noqa: E402
from claims.model import Article  # noqa: E402
from claims.read import read_path  # noqa: E402

SHARED = Path(os.environ.get("FACTCHECK_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpora" / "reuters21578.jsonl"

#: How far back, in days, the corrected story may have run before its correction.
MAX_DAYS_BEFORE = 10
#: A shared ticker ("<TRW>") weighs as much as this many shared headline words.
TICKER_WEIGHT = 3
#: Headline words are compared by their first this many letters ("AUSTRIA", "AUSTRIAN").
STEM = 6
#: The fewest shared headline words (tickers weighted) for a pair to be made.
MIN_SHARED = 2

_RESENT = re.compile(r"^\W*CORRECTED\W", re.I)
_NOTICE = re.compile(r"^\W*CORRECTION\W", re.I)
_COMPANY = re.compile(r"\bCORRECTS\b")
_NOTE = re.compile(r"\(?\s*-?\s*\b(?:Corrects|Correcting|Company corrects)\b", re.I)
_QUOTED = re.compile(r'["+]([^"+]{6,160})["+]')
_WORD = re.compile(r"<[^>]+>|[A-Za-z][A-Za-z0-9'&.-]*")
_IGNORED = frozenset(
    "the a an of in on to for and or at by from with as is its it says said sees see item story "
    "headlined please read corrected correction corrects correcting inc corp co ltd plc net year qtr "
    "1st 2nd 3rd 4th".split()
)


@dataclass
class Pair:
    correction: Article
    original: Article | None
    kind: str  # resent | notice | company
    shared: float = 0.0


def words(headline: str) -> dict[str, float]:
    """The headline's words that can identify a story, each with its weight."""
    out: dict[str, float] = {}
    for w in _WORD.findall(headline or ""):
        if w.startswith("<"):
            out[w.upper()] = TICKER_WEIGHT
            out.update(words(w[1:-1]))  # "<NATIONAL WESTMINSTER BANK USA>": a name, not a ticker
        elif w.lower().strip(".'") not in _IGNORED and len(w) > 1:
            out.setdefault(w.upper().strip(".'")[:STEM], 1.0)
    return out


def kind_of(a: Article) -> str | None:
    title, head = a.title or "", (a.text or "")[:200]
    if _RESENT.search(title) or _RESENT.search(head):
        return "resent"
    if _NOTICE.search(title) or _NOTICE.search(head):
        return "notice"
    if _COMPANY.search(title):
        return "company"
    if _NOTE.search(a.text or "") and re.search(r"\bitem\b|\bstory\b", a.text or "", re.I):
        return "resent"
    return None


def named_headline(a: Article, kind: str) -> str:
    """The headline of the story a correction corrects, as the correction names it."""
    if kind == "notice":
        quoted = _QUOTED.search(a.text or "")
        first_lines = " ".join((a.text or "").split("\n")[:2])
        return quoted.group(1) if quoted else _NOTICE.sub("", first_lines)
    title = a.title or (a.text or "").split("\n", 1)[0]
    return _RESENT.sub("", re.sub(r"^\W*\(?CORRECTED\)?\s*-?", "", title, flags=re.I))


def pairs(articles: list[Article]) -> list[Pair]:
    by_words = [(a, words(a.title or "")) for a in articles]
    out = []
    for a in articles:
        kind = kind_of(a)
        if kind is None:
            continue
        wanted = words(named_headline(a, kind))
        best, best_score = None, 0.0
        for b, bw in by_words:
            if b is a or not _before(b.published, a.published):
                continue
            score = sum(wanted[w] for w in wanted.keys() & bw.keys())
            if score > best_score or (score == best_score and best and _rank(b) > _rank(best)):
                best, best_score = b, score
        out.append(Pair(a, best if best_score >= MIN_SHARED else None, kind, best_score))
    return out


def _rank(a: Article) -> tuple:
    """Between equally good candidates: a story before a correction of it, then the later."""
    return (kind_of(a) is None, a.published)


def _before(earlier: date | None, later: date | None) -> bool:
    if earlier is None or later is None:
        return False
    return 0 <= (later - earlier).days <= MAX_DAYS_BEFORE


def findings(a: Article, floor: Severity):
    return [f for f in check_article(a).findings if f.severity >= floor]


def show(f, a: Article) -> str:
    return f"    {f.severity.name.lower():7} {f.rule}: {f.message}  [{a.text[f.start:f.end]!r}]"


def load(path: Path) -> list[Article]:
    return [a for a in read_path(str(path)) if isinstance(a, Article)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    ap.add_argument("--text", action="store_true", help="print both texts of every pair")
    ap.add_argument("--info", action="store_true", help="show info findings too")
    ap.add_argument("--pairs", action="store_true", help="list the pairs only, without checking them")
    ap.add_argument("--score", type=Path, help="the list of internal errors to score (JSON)")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus}: absent", file=sys.stderr)
        return 2
    articles = load(args.corpus)
    floor = Severity.INFO if args.info else Severity.WARNING
    found = pairs(articles)
    if args.score:
        return score(found, json.loads(args.score.read_text(encoding="utf-8")), {a.id: a for a in articles})
    for p in found:
        o = p.original
        print(f"\n== {p.kind}: {p.correction.id} ({p.correction.published}) {p.correction.title!r}")
        print(f"   original: {o.id} ({o.published}) {o.title!r}" if o else "   original: not found")
        for label, art in (("original", o), ("correction", p.correction)):
            if art is None or args.pairs:
                continue
            fs = findings(art, floor)
            print(f"  on the {label}: {len(fs)} finding(s)")
            for f in fs:
                print(show(f, art))
            if args.text:
                print("    | " + "\n    | ".join(art.text.strip().splitlines()))
    print(f"\n{len(found)} corrections, {sum(1 for p in found if p.original)} paired with their original")
    return 0


def score(found: list[Pair], spec: dict, by_id: dict[str, Article]) -> int:
    """Caught internal errors, and the warnings and errors on every correction."""
    caught = []
    for e in spec["internal"]:
        a = by_id[e["original"]]
        hits = [f for f in findings(a, Severity.WARNING) if f.rule in e["rules"]]
        caught.append(bool(hits))
        print(f"{'caught' if hits else 'missed'}  {e['original']}  {e['kind']}: {e['reason']}")
        for f in hits or [f for f in findings(a, Severity.INFO) if f.rule in e["rules"]]:
            print(show(f, a))
    print(f"\ninternal errors caught: {sum(caught)}/{len(caught)}")
    corrected = {p.correction.id for p in found} | {e["corrected"] for e in spec["internal"] if e.get("corrected")}
    alarms = 0
    for cid in sorted(corrected):
        for f in findings(by_id[cid], Severity.WARNING):
            alarms += 1
            print(f"on correction {cid}:\n{show(f, by_id[cid])}")
    print(f"warnings and errors on the {len(corrected)} corrections: {alarms}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
