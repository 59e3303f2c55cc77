"""Speed and memory of `factcheck check` on real news, beside proselint on the same files.

    python benchmarks/throughput.py [--corpus ../shared/corpora/reuters21578.jsonl]
                                    [--sample 500] [--proselint PATH] [--factcheck PATH]

Measures, each as wall-clock seconds of whole commands (best of --repeat runs):
  1. cold start: one article checked by a fresh process (factcheck vs proselint);
  2. a sample of N Reuters articles written out as .txt files, checked in one run each;
  3. the whole corpus as JSON Lines, streamed: articles per second and peak memory (RSS).
Goals (issue 2): sample time < half of proselint's; cold start <= proselint's; peak < 200 MB.
A benchmark, not a test: it needs the corpus and (for the comparison) proselint installed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl"


def timed(cmd: list[str], repeat: int) -> tuple[float, int]:
    """Best wall time of ``repeat`` runs, and the peak RSS (KiB) of the child processes."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        best = min(best, time.perf_counter() - t0)
    return best, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def peak_rss_of(cmd: list[str]) -> tuple[float, int]:
    """Wall time and peak RSS (KiB) of one run, measured in a fresh child so earlier runs
    do not count (RUSAGE_CHILDREN keeps the maximum over all children)."""
    probe = (
        "import resource, subprocess, sys, time; t=time.perf_counter(); "
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
        "print(time.perf_counter()-t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", probe, *cmd], capture_output=True, text=True, check=True).stdout
    seconds, kib = out.split()
    return float(seconds), int(kib)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--sample", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--factcheck", default=shutil.which("factcheck") or "", help="the factcheck command")
    ap.add_argument("--proselint", default=shutil.which("proselint") or "", help="the proselint command")
    ap.add_argument("--skip-full", action="store_true", help="skip the whole-corpus run")
    args = ap.parse_args()

    corpus = Path(args.corpus)
    if not corpus.is_file():
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 2
    factcheck = [args.factcheck] if args.factcheck else [sys.executable, "-m", "checker"]
    tmp = Path(tempfile.mkdtemp(prefix="fc-bench-"))
    try:
        sample_dir = tmp / "sample"
        sample_dir.mkdir()
        with corpus.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i >= args.sample:
                    break
                rec = json.loads(line)
                (sample_dir / f"{i:05d}.txt").write_text(rec["text"], encoding="utf-8")
        one = sample_dir / "00000.txt"
        files = sorted(str(p) for p in sample_dir.iterdir())
        results = {}
        results["factcheck_cold_s"], _ = timed(factcheck + ["check", "--published", "1987-02-26", str(one)],
                                               args.repeat * 3)
        results["factcheck_sample_s"], _ = timed(factcheck + ["check", "--format", "json", str(sample_dir)],
                                                 args.repeat)
        if args.proselint:
            results["proselint_cold_s"], _ = timed([args.proselint, "check", str(one)], args.repeat * 3)
            results["proselint_sample_s"], _ = timed([args.proselint, "check", *files], args.repeat)
            results["sample_ratio"] = results["factcheck_sample_s"] / results["proselint_sample_s"]
            results["cold_ratio"] = results["factcheck_cold_s"] / results["proselint_cold_s"]
        if not args.skip_full:
            n = sum(1 for _ in corpus.open(encoding="utf-8"))
            seconds, kib = peak_rss_of(factcheck + ["check", "--format", "json", "-o", os.devnull, str(corpus)])
            results["full_articles"] = n
            results["full_s"] = seconds
            results["full_articles_per_s"] = n / seconds
            results["full_peak_rss_mb"] = kib / 1024
        results["sample_articles"] = len(files)
        results["sample_articles_per_s"] = len(files) / results["factcheck_sample_s"]
        for k, v in results.items():
            print(f"{k:24} {v:,.3f}" if isinstance(v, float) else f"{k:24} {v}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
