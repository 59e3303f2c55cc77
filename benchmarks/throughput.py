"""Speed and memory of `factcheck check` on real news, beside proselint on the same files.

    python benchmarks/throughput.py [--corpus ../shared/corpora/reuters21578.jsonl]
                                    [--sample 500] [--ext md] [--repeat 5]
                                    [--proselint PATH] [--factcheck PATH] [--stages]

Measures whole commands, wall-clock and CPU (user + system) seconds:
  1. cold start: one article checked by a fresh process (factcheck vs proselint);
  2. a sample of N Reuters articles written out as files (``--ext``: .md, the issue 11
     benchmark, or .txt), checked in one run each;
  3. the whole corpus as JSON Lines, streamed: articles per second and peak memory (RSS).
``--stages`` instead times the stages of checking the same sample in this process (CPU seconds
of reading, the language layer's analysis, each extractor and each rule, summed over the
articles; the median of --repeat rounds, with the spread): where the time goes.
The machine may be shared: the two tools are run alternately, --repeat times each, and the
medians are reported, with the ratio of the medians (factcheck / proselint). CPU seconds are
less disturbed by other processes than wall-clock seconds; both are printed.
Goals (issue 11): sample time at most 0.35 of proselint's; cold start no worse than before;
peak < 200 MB over the whole corpus.
A benchmark, not a test: it needs the corpus and (for the comparison) proselint installed.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl"


#: The environment of every measured run: Python's compiled bytecode is written and read (in a
#: cache directory of the run's own), as for any installed program. Without it (a shell with
#: PYTHONDONTWRITEBYTECODE=1, or an editable install never run before) every run of factcheck
#: compiles its sources again, about 0.15 CPU seconds, while proselint, installed from a wheel,
#: reads the bytecode pip compiled: the comparison would measure the compiler, not the tools.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_once(cmd: list[str]) -> tuple[float, float]:
    """Wall and CPU (user + system of the child) seconds of one run of ``cmd``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=ENV)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def alternate(cmds: dict[str, list[str]], repeat: int) -> dict[str, tuple[float, float]]:
    """Run the commands in turn, ``repeat`` rounds, after one untimed run of each (which writes
    its bytecode, see ``ENV``); the median wall and CPU seconds of each."""
    for cmd in cmds.values():
        run_once(cmd)
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in cmds}
    for _ in range(repeat):
        for name, cmd in cmds.items():
            runs[name].append(run_once(cmd))
    return {name: (statistics.median(w for w, _ in r), statistics.median(c for _, c in r))
            for name, r in runs.items()}


def peak_rss_of(cmd: list[str]) -> tuple[float, int]:
    """Wall time and peak RSS (KiB) of one run, measured in a fresh child so earlier runs
    do not count (RUSAGE_CHILDREN keeps the maximum over all children)."""
    probe = (
        "import resource, subprocess, sys, time; t=time.perf_counter(); "
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
        "print(time.perf_counter()-t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", probe, *cmd], capture_output=True, text=True, check=True,
                         env=ENV).stdout
    seconds, kib = out.split()
    return float(seconds), int(kib)


def stage_times(files: list[str], repeat: int) -> dict[str, list[float]]:
    """CPU seconds of each stage of checking ``files``, summed over them, one total a round:
    reading, the analysis, each extractor (in their order), each rule (consumed, as the engine
    does). The extraction and rules run as ``checker.engine`` runs them, without its timing,
    time limit and meta rules."""
    sys.path.insert(0, str(ROOT))
    from checker import rules as registry
    from claims import extract, language
    from claims.model import ClaimSet
    from claims.read import read_path

    names = [spec.split(":")[0].rsplit(".", 1)[-1] for spec in extract.EXTRACTORS]
    extractors = list(zip(names, extract.extractors()))
    rules = [r for r in registry.all_rules() if not r.meta and not r.needs_facts]
    clock = time.process_time
    rounds: dict[str, list[float]] = collections.defaultdict(list)
    for _ in range(repeat):
        spent: collections.Counter = collections.Counter()
        for path in files:
            t = clock()
            articles = list(read_path(path))
            spent["read"] += clock() - t
            for article in articles:
                t = clock()
                language.analyse(article)
                spent["analysis"] += clock() - t
                claims: list = []
                for name, fn in extractors:
                    t = clock()
                    claims.extend(fn(article, claims))
                    spent[name] += clock() - t
                claims.sort(key=lambda c: (c.start, c.end, c.id))
                claimset = ClaimSet(article, claims)
                for rule in rules:
                    if rule.needs_published and article.published is None:
                        continue
                    t = clock()
                    list(rule.check(claimset))
                    spent[f"rule {rule.id}"] += clock() - t
        for name, seconds in spent.items():
            rounds[name].append(seconds)
    return rounds


def print_stages(rounds: dict[str, list[float]]) -> None:
    """The stages, costliest first, with the rules' total; each as its median and its range."""
    n = len(next(iter(rounds.values())))
    rounds = dict(rounds)
    rounds["rules (all)"] = [sum(v[i] for k, v in rounds.items() if k.startswith("rule ")) for i in range(n)]
    rounds["total"] = [sum(v[i] for k, v in rounds.items() if not k.startswith("rule ") and k != "rules (all)")
                       + rounds["rules (all)"][i] for i in range(n)]
    for name, v in sorted(rounds.items(), key=lambda kv: -statistics.median(kv[1])):
        if statistics.median(v) >= 0.002 or not name.startswith("rule "):
            print(f"{name:36} {statistics.median(v):7.3f}  ({min(v):.3f}-{max(v):.3f})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--sample", type=int, default=500)
    ap.add_argument("--ext", choices=("md", "txt"), default="md", help="write the sample as .md (default) or .txt")
    ap.add_argument("--repeat", type=int, default=5, help="runs of each tool (alternating); medians reported")
    ap.add_argument("--factcheck", default=shutil.which("factcheck") or "", help="the factcheck command")
    ap.add_argument("--proselint", default=shutil.which("proselint") or "", help="the proselint command")
    ap.add_argument("--skip-full", action="store_true", help="skip the whole-corpus run")
    ap.add_argument("--stages", action="store_true", help="time the stages of checking the sample, in this process")
    args = ap.parse_args()

    corpus = Path(args.corpus)
    if not corpus.is_file():
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 2
    factcheck = [args.factcheck] if args.factcheck else [sys.executable, "-m", "checker"]
    tmp = Path(tempfile.mkdtemp(prefix="fc-bench-"))
    ENV["PYTHONPYCACHEPREFIX"] = str(tmp / "bytecode")
    try:
        sample_dir = tmp / "sample"
        sample_dir.mkdir()
        with corpus.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i >= args.sample:
                    break
                rec = json.loads(line)
                (sample_dir / f"{i:05d}.{args.ext}").write_text(rec["text"], encoding="utf-8")
        one = sample_dir / f"00000.{args.ext}"
        files = sorted(str(p) for p in sample_dir.iterdir())
        if args.stages:
            print_stages(stage_times(files, args.repeat))
            return 0
        cold = {"factcheck": factcheck + ["check", "--published", "1987-02-26", str(one)]}
        sample = {"factcheck": factcheck + ["check", "--format", "json", str(sample_dir)]}
        if args.proselint:
            cold["proselint"] = [args.proselint, "check", str(one)]
            sample["proselint"] = [args.proselint, "check", *files]
        results: dict[str, float | int] = {}
        for what, cmds, repeat in (("cold", cold, args.repeat * 3), ("sample", sample, args.repeat)):
            for name, (wall, cpu) in alternate(cmds, repeat).items():
                results[f"{name}_{what}_s"] = wall
                results[f"{name}_{what}_cpu_s"] = cpu
            if args.proselint:
                results[f"{what}_ratio"] = results[f"factcheck_{what}_s"] / results[f"proselint_{what}_s"]
                results[f"{what}_cpu_ratio"] = results[f"factcheck_{what}_cpu_s"] / results[f"proselint_{what}_cpu_s"]
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
            print(f"{k:26} {v:,.3f}" if isinstance(v, float) else f"{k:26} {v}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
