"""Archive consistency at scale: a synthetic archive generated from the corpora, and the time
and peak memory (RSS) of every process of `factcheck consistency` over it.

    python benchmarks/consistency_scale.py generate OUT.jsonl --articles 200000 [--base N]
        [--corpus ../shared/corpora/reuters21578.jsonl --corpus ../shared/corpora/wikinews-semeval2015.jsonl]
    python benchmarks/consistency_scale.py measure ARCHIVE.jsonl [--engine local|dask] [--jobs 2]
    python benchmarks/consistency_scale.py compare [--corpus reuters21578.jsonl] [--jobs 2] [--runs 3]
        [--without-check]

generate: the corpora's articles over and over (each copy a new id, the same text and date) until
  ``--articles`` are written: the archive grows in articles, not in entities or distinct facts,
  so flat memory is what "bounded by the entities" predicts once every fact holds its
  ``model.EXAMPLES`` places (3: from three times the base's articles on; before that a fact
  seen once more holds one more place).
measure: runs ``factcheck consistency ARCHIVE --format json`` and samples every
  process of it (the command, its pool workers or the Dask scheduler, nanny and workers) ten
  times a second: prints wall seconds, CPU seconds (the command and every process it waited
  for), articles per second, the entities the report counts (with a cycled archive they stop
  growing once every record has been used), the Dask partitions, and the peak RSS of the command
  and of each worker, as one JSON line.
compare: ``check`` and ``consistency`` (local engine) and ``consistency --engine dask`` (a
  local cluster of --jobs workers) over one corpus, back to back (``--runs`` times, alternating):
  the median wall and CPU seconds and their ratios (issue 15: consistency within 1.3x of check;
  Dask within 1.5x of local).
A benchmark, not a test: it needs the corpora (and psutil, which distributed brings).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
DEFAULT_CORPORA = [CORPORA / "reuters21578.jsonl", CORPORA / "wikinews-semeval2015.jsonl"]
FACTCHECK = [sys.executable, "-m", "checker"]


def generate(out: Path, articles: int, corpora: list[Path], base: int | None = None) -> int:
    """``articles`` records cycling through the corpora's (the first ``base`` of them, if
    given: then every archive of at least ``base`` articles holds the same distinct facts)."""
    records = []
    for c in corpora:
        with open(c, encoding="utf-8") as fh:
            records += [json.loads(line) for line in fh if line.strip()]
    records = records[:base] if base else records
    n = 0
    with open(out, "w", encoding="utf-8") as fh:
        while n < articles:
            for rec in records:
                if n >= articles:
                    break
                fh.write(json.dumps({**rec, "id": f"synthetic-{n}"}, ensure_ascii=False) + "\n")
                n += 1
    return n


def _sample(proc, peaks: dict, stop: threading.Event) -> None:
    import psutil

    root = psutil.Process(proc.pid)
    while not stop.is_set():
        try:
            family = [root] + root.children(recursive=True)
        except psutil.Error:
            break
        for p in family:
            try:
                rss = p.memory_info().rss
                name = " ".join(p.cmdline()[1:4])[:80] or p.name()
            except psutil.Error:
                continue
            key = (p.pid, "command" if p.pid == proc.pid else name)
            peaks[key] = max(peaks.get(key, 0), rss)
        stop.wait(0.1)


def measure(archive: Path, engine: str, jobs: int, extra: list[str] | None = None) -> dict:
    import resource
    import tempfile

    report = Path(tempfile.mkdtemp(prefix="consistency-scale-")) / "report.json"
    cmd = FACTCHECK + ["consistency", str(archive), "--format", "json", "-o", str(report), "--fail-on", "never",
                       "--engine", engine, "--jobs", str(jobs)] + (extra or [])

    peaks: dict = {}
    stop = threading.Event()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = threading.Thread(target=_sample, args=(proc, peaks, stop), daemon=True)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    stop.set()
    sampler.join()
    with open(archive, "rb") as fh:
        articles = sum(1 for line in fh if line.strip())
    summary = json.loads(report.read_text(encoding="utf-8"))["summary"] if report.exists() else {}
    report.unlink(missing_ok=True)
    report.parent.rmdir()
    from checker.dask_engine import PARTS_PER_WORKER, byte_ranges

    partitions = len(byte_ranges(str(archive), archive.stat().st_size, jobs * PARTS_PER_WORKER))
    mib = {f"{name} [{pid}]": round(rss / 2**20, 1) for (pid, name), rss in sorted(peaks.items())}
    workers = [v for k, v in mib.items() if "command" not in k and ("worker" in k or "checker" in k
                                                                     or "spawn_main" in k)]
    return {"archive": str(archive), "engine": engine, "jobs": jobs, "articles": articles,
            "entities": summary.get("entities"), "articles_read": summary.get("articles"),
            "partitions": partitions if engine == "dask" else None,
            "seconds": round(seconds, 1), "articles_per_second": round(articles / seconds, 1),
            "cpu_seconds": round(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, 1),
            "exit": proc.returncode, "peak_rss_mib": mib,
            "peak_rss_command_mib": next((v for k, v in mib.items() if k.startswith("command")), None),
            "peak_rss_worker_max_mib": max(workers, default=None),
            "stderr": err.decode("utf-8", "replace")[-300:]}


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds, and CPU seconds (user + system) of the command and every process it
    waited for (its pool or cluster workers): on a machine shared with other work, CPU time
    is the figure that does not depend on the others' load."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def compare(corpus: Path, jobs: int, runs: int = 1, without_check: bool = False) -> dict:
    """Each command ``runs`` times, alternating (so that a change in the machine's load falls
    on all of them): the median wall and CPU seconds of each, every run's CPU, the ratios."""
    import statistics

    j = ["--jobs", str(jobs)]
    consistency = FACTCHECK + ["consistency", str(corpus), "--format", "json", "-o", "/dev/null", "--fail-on", "never"]
    commands = {
        "check": FACTCHECK + ["check", str(corpus), "--format", "json", "-o", "/dev/null", "--no-config",
                              "--fail-on", "never"] + j,
        "consistency_local": consistency + j,
        "consistency_dask": consistency + ["--engine", "dask"] + j}
    if without_check:
        del commands["check"]
    seen: dict = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            seen[name].append(timed(cmd))
    out: dict = {"corpus": str(corpus), "jobs": jobs, "runs": runs}
    for name, got in seen.items():
        out[f"{name}_wall_s"] = round(statistics.median(w for w, _ in got), 1)
        out[f"{name}_cpu_s"] = round(statistics.median(c for _, c in got), 1)
        out[f"{name}_cpu_each_s"] = [round(c, 1) for _, c in got]
    for a, b in (("consistency_local", "check"), ("consistency_dask", "consistency_local")):
        if b in seen:
            out[f"{a}_over_{b}_wall"] = round(out[f"{a}_wall_s"] / out[f"{b}_wall_s"], 2)
            out[f"{a}_over_{b}_cpu"] = round(out[f"{a}_cpu_s"] / out[f"{b}_cpu_s"], 2)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    g = sub.add_parser("generate")
    g.add_argument("out", type=Path)
    g.add_argument("--articles", type=int, default=200_000)
    g.add_argument("--corpus", type=Path, action="append")
    g.add_argument("--base", type=int, default=None, metavar="N", help="cycle through the first N records only")
    m = sub.add_parser("measure")
    m.add_argument("archive", type=Path)
    m.add_argument("--engine", choices=("local", "dask"), default="dask")
    m.add_argument("--jobs", type=int, default=2)
    c = sub.add_parser("compare")
    c.add_argument("--corpus", type=Path, default=DEFAULT_CORPORA[0])
    c.add_argument("--jobs", type=int, default=2)
    c.add_argument("--runs", type=int, default=1, help="run each command N times, alternating; medians")
    c.add_argument("--without-check", action="store_true", help="only the two consistency engines")
    args = parser.parse_args(argv)
    if args.what == "generate":
        print(generate(args.out, args.articles, args.corpus or DEFAULT_CORPORA, args.base), "articles written to",
              args.out)
    elif args.what == "measure":
        print(json.dumps(measure(args.archive, args.engine, args.jobs)))
    else:
        print(json.dumps(compare(args.corpus, args.jobs, args.runs, args.without_check)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
