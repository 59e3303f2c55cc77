"""Time and memory on adversarial articles, at 1, 2, 4 and 8 MB: are they linear? (issues 6, 11)

    python benchmarks/adversarial.py [--sizes 1,2,4,8] [--formats text,markdown,html,nostop]
                                     [--stages read,check] [--limit 120]

Builds one article per size and format from the text that hurts most: long digit runs, dates
written every way, "later later later", numbers in words, CRLF and tabs, entities (HTML),
unclosed comments and link openers (Markdown), few sentence breaks; and ``nostop``, issue 11's
generator: a dateline, then digits, time words, quotation marks and numbers with no full stop at
all, so the whole article is one run of text; and ``repeated``: a dateline, then the date rules'
EXAMPLES texts (checker/rules/date_*.py, about 10,000 words) over and over, so the same events,
names and sentences recur across the whole article (a link that may reach any distance through
a shared word then reads every copy). Each case runs in a fresh process, which times:

  read   the file to an Article (decoding, HTML/Markdown parsing, offset maps);
  check  extraction and every rule (claims.extract + checker.engine.check_article).

Each stage runs under a time limit (--limit wall-clock seconds, by SIGALRM); a stage that hits
it prints "> LIMIT". "seconds" are the process's CPU seconds in the stage. The "x" column is
the time relative to the size before: about 2.0 per doubling is linear, about 4.0 quadratic;
"peak MB" is the process's peak resident memory. After each format a line holds it against
issue 11's goals: at most MAX_PER_DOUBLING times the time per doubling, and a peak under
MAX_PEAK_MB at the largest size. A benchmark, not a test
(tests/test_hostile_time.py checks the same shapes at small sizes).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checker.engine import TimeLimit, check_article, time_limit  # noqa: E402
from claims.read import read_path  # noqa: E402

PROSE = [
    "On Monday, 21 April 2024, the council met; nine months later, later later later later, it met again",
    "12345678901234567890123456789012345678901234567890123456789012345678901234567890",
    "3 years ago in 2013 and 2014 and 2015, on 12/05/2023, 2024-04-21, at 12:30 p.m. GMT, in the 1990s",
    "twenty-one forty-eight one hundred and six 1,200,000 2.5 million, for the past ten years, mid-2020",
    "the following day the day before yesterday Friday, 16 June 2023 (Thursday) since 2001 until 2099",
    "later later later later later later later later later later later later later later later later",
    "2024 2024 2024 2024 1999 1600 2099 21 21 21 April April May March Monday Tuesday 3:1 10.30",
]
SEP = ["\t", " ", "\r\n", ", ", " -- ", "\n"]
#: issue 11's goals: time per doubling of the input, and peak memory at the largest size (8 MB)
MAX_PER_DOUBLING = 2.2
MAX_PEAK_MB = 500


def unit(fmt: str) -> str:
    """One stretch of adversarial text in the given format."""
    parts = []
    for i, p in enumerate(PROSE):
        sep = SEP[i % len(SEP)]
        if fmt == "html":
            p = p.replace("later", "la&#116;er").replace(" and ", " &amp; ")
            parts.append(f"<p>{p}<b>{sep}</b></p>" if i % 2 else f"<div><span>{p}</span>{sep}</div>")
        elif fmt == "markdown":
            parts.append(("# " if i == 0 else "- " if i % 3 == 0 else "") + p + (" <!-- " if i == 3 else " ![") + sep)
        else:
            parts.append(p + sep)
    return "".join(parts) + ("\r\n\r\n" if fmt != "html" else "\n")


#: issue 11's generator: text without full stops, so the whole article is one run
NOSTOP_HEAD = "Monday, 9 July 2018\n\n"
NOSTOP_UNIT = "1 2 3 4 5 later earlier ago 2020 2021 nine months later, on Friday, 12,000 of 11,999 \"quote "


REPEATED_HEAD = "Monday, 2 June 2025\n\n"


def repeated_unit() -> str:
    """The date rules' EXAMPLES texts, one paragraph each: one copy of the ``repeated`` shape."""
    import importlib
    import pkgutil

    import checker.rules as rules

    texts = []
    for m in pkgutil.iter_modules(rules.__path__):
        if m.name.startswith("date_"):
            texts += [ex.text for ex in getattr(importlib.import_module(f"checker.rules.{m.name}"), "EXAMPLES", ())]
    return "\n\n".join(texts) + "\n\n"


def article(fmt: str, size: int) -> str:
    if fmt == "repeated":
        u = repeated_unit()
        return REPEATED_HEAD + (u * (size // len(u) + 1))[:size]
    if fmt == "nostop":
        return NOSTOP_HEAD + (NOSTOP_UNIT * (size // len(NOSTOP_UNIT) + 1))[:size]
    u = unit(fmt)
    body = (u * (size // len(u) + 1))[:size]
    if fmt == "html":
        return "<html><head><title>T</title></head><body>" + body + "</body></html>"
    return body


def timed(stage, limit: float):
    """CPU seconds of ``stage()`` (None past ``limit`` wall-clock seconds) and its value. CPU
    time, not wall-clock: on a shared machine the wall clock measures the other processes too."""
    t0 = time.process_time()
    try:
        with time_limit(limit):
            value = stage()
    except TimeLimit:
        return None, None
    return time.process_time() - t0, value


def one(fmt: str, mb: float, stages: list[str], limit: float) -> dict:
    """Run one case in this process: seconds per stage (None past the limit) and peak memory."""
    ext = {"text": ".txt", "markdown": ".md", "html": ".html", "nostop": ".txt", "repeated": ".txt"}
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, f"article{ext[fmt]}")
        Path(path).write_text(article(fmt, int(mb * 1024 * 1024)), encoding="utf-8")
        seconds, item = timed(lambda: next(iter(read_path(path, max_bytes=1 << 30))), limit)
        results = {"read": seconds}
        if "check" in stages and item is not None:
            results["check"], _ = timed(lambda: check_article(item), limit)
    results["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return results


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1,2,4,8", help="sizes in MB (default 1,2,4,8)")
    ap.add_argument("--formats", default="text,markdown,html,nostop,repeated")
    ap.add_argument("--stages", default="read,check")
    ap.add_argument("--limit", type=float, default=120.0, help="seconds per stage before giving up")
    ap.add_argument("--one", nargs=2, metavar=("FORMAT", "MB"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    stages = args.stages.split(",")
    if args.one:
        print(json.dumps(one(args.one[0], float(args.one[1]), stages, args.limit)))
        return 0
    sizes = [float(s) for s in args.sizes.split(",")]
    print(f"{'format':9} {'stage':6} {'MB':>5} {'seconds':>9} {'MB/s':>7} {'x':>5} {'peak MB':>8}  (CPU seconds)")
    for fmt in args.formats.split(","):
        previous = {s: None for s in stages}
        worst, peak_mb, limited = 0.0, 0.0, False
        for mb in sizes:
            child = subprocess.run([sys.executable, __file__, "--one", fmt, str(mb), "--stages", args.stages,
                                    "--limit", str(args.limit)], capture_output=True, text=True, check=True)
            results = json.loads(child.stdout.strip().splitlines()[-1])
            for stage in stages:
                s = results.get(stage)
                if s is None:
                    print(f"{fmt:9} {stage:6} {mb:5g} {'> ' + format(args.limit, 'g'):>9}")
                    limited = True
                    continue
                prev = previous[stage]
                x = s / prev[1] / (mb / prev[0]) * 2 if prev else None
                ratio = f"{x:5.1f}" if x is not None else ""
                if x is not None and stage == "check":
                    worst = max(worst, x)
                peak = f"{results['peak_mb']:8.0f}" if stage == stages[-1] else ""
                print(f"{fmt:9} {stage:6} {mb:5g} {s:9.2f} {mb / s:7.2f} {ratio:>5} {peak}", flush=True)
                previous[stage] = (mb, s)
            peak_mb = results["peak_mb"]
        met = not limited and worst <= MAX_PER_DOUBLING and peak_mb < MAX_PEAK_MB
        print(f"{fmt:9} goal   worst x {worst:.2f} (at most {MAX_PER_DOUBLING}), peak {peak_mb:.0f} MB at "
              f"{sizes[-1]:g} MB (under {MAX_PEAK_MB}): {'met' if met else 'not met'}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
