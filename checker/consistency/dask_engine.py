"""The archive on a Dask cluster: ``factcheck consistency --engine dask [--scheduler ADDRESS]``.

The client cuts every JSON Lines corpus into byte ranges that end at line ends (``PARTITION``
bytes or less, at least ``PARTS_PER_WORKER`` per worker) and every other input into small
lists of files; the workers read them (the files must be where the workers can read them:
one machine, or a shared file system), count each range's lines (so that a record without an
id and an error name the same line number as on the local engine), extract the facts of
each article (``engines.article_facts``, the local engine's map step), and fold them with
``dask.bag.foldby`` by entity key (``Entity.merge``, associative and commutative). Only the
folded entities, the unreadable inputs and a count come back to the client: its memory is
bounded by the entities, never by the articles. The judging is the local engine's, on the same
folded entities, so both engines give the same report.

Without ``--scheduler`` a local cluster of ``--jobs`` worker processes (one thread each) is
started and closed. Dask and distributed are the ``dask`` extra:
``pip install 'article-factcheck[dask]'``.

The per-article time limit (``--timeout``) is not applied on Dask workers (their tasks run
off the main thread, where no alarm can interrupt them).
"""

from __future__ import annotations

import logging
import os
from datetime import date

from checker.config import Config
from checker.consistency.engines import Archive, ArticleFacts, article_facts
from checker.consistency.model import Entity
from claims.sources import DEFAULT_MAX_BYTES, count_lines, display_name, expand_paths, format_of, read_jsonl, \
    read_path

#: Largest and smallest byte range of a JSON Lines corpus read as one partition.
PARTITION = 8 << 20
MIN_PARTITION = 64 << 10
#: A corpus is cut into at least this many partitions per worker, so that work is shared out.
PARTS_PER_WORKER = 4
#: Other inputs (one article a file) go this many files to a partition.
FILES_PER_PARTITION = 64

EXTRA = "article-factcheck[dask]"


class DaskMissing(Exception):
    """--engine dask without Dask installed (a usage error: exit 2)."""


def _require():
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise DaskMissing(f"--engine dask needs Dask and distributed, which are not installed ({exc.name} is "
                          f"missing): pip install '{EXTRA}'") from None


def byte_ranges(path: str, size: int, parts: int) -> list[tuple[int, int]]:
    """[start, end) ranges covering the file, each ending at a line end (or the file's end),
    about ``size / parts`` bytes each but at most ``PARTITION``."""
    total = os.path.getsize(path)
    step = max(MIN_PARTITION, min(PARTITION, -(-total // max(parts, 1))))
    out, start = [], 0
    with open(path, "rb") as fh:
        while start < total:
            end = min(total, start + step)
            if end < total:
                fh.seek(end)
                fh.readline()  # on to the next line end
                end = min(total, fh.tell())
            out.append((start, end))
            start = end
    return out


def _read_range(path: str, start: int, end: int) -> bytes:
    with open(path, "rb") as fh:
        fh.seek(start)
        return fh.read(end - start)


def _count(task: tuple, max_bytes: int) -> int:
    kind, path, start, end = task[:4]
    return count_lines(_read_range(path, start, end), max_bytes) if kind == "jsonl" else 0


def _facts_of_partition(task: tuple, first_line: int, options: dict) -> list[ArticleFacts]:
    """The facts of every article of one partition, in order (read errors included)."""
    config = Config()
    seconds = None
    if task[0] == "jsonl":
        _, path, start, end = task
        items = read_jsonl(_read_range(path, start, end), display_name(path), published=options["published"],
                           max_bytes=options["max_bytes"], first_line=first_line)
    else:
        items = (item for p in task[1] for item in read_path(p, published=options["published"],
                                                             max_bytes=options["max_bytes"]))
    return [article_facts((item, config, seconds)) for item in items]


def _merge(a: Entity, b: Entity) -> Entity:
    return a.merge(b)


def _key(e: Entity) -> str:
    return e.key


def run_dask(paths: list[str], *, scheduler: str | None = None, jobs: int = 1, published: date | None = None,
             max_bytes: int = DEFAULT_MAX_BYTES, stdin_format: str = "text", timeout: float | None = None) -> Archive:
    _require()
    import dask
    import dask.bag as db
    from distributed import Client, LocalCluster

    if "-" in paths:
        raise DaskMissing("--engine dask reads files its workers can open: standard input (-) cannot be shared")
    files, errors = expand_paths(list(paths))
    archive = Archive()
    for e in errors:
        archive.unreadable.append((e.source, e.message))
    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError, ValueError) as exc:
            raise DaskMissing(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    else:
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=":0",
                               silence_logs=logging.ERROR)
        client = Client(cluster)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or jobs)
        tasks: list[tuple] = []
        others = []
        for f in files:
            if format_of(f) == "jsonl":
                tasks += [("jsonl", f, a, b) for a, b in byte_ranges(f, os.path.getsize(f), workers * PARTS_PER_WORKER)]
            else:
                others.append(f)
        tasks += [("files", others[i:i + FILES_PER_PARTITION], 0, 0) for i in range(0, len(others), FILES_PER_PARTITION)]
        if not tasks:
            archive.unreadable.sort()
            return archive
        options = {"published": published, "max_bytes": max_bytes}
        counts = db.from_sequence(tasks, npartitions=len(tasks)).map(_count, max_bytes).compute()
        first, seen = [], {}
        for task, n in zip(tasks, counts):
            first.append(seen.get(task[1], 0) + 1 if task[0] == "jsonl" else 1)
            if task[0] == "jsonl":
                seen[task[1]] = seen.get(task[1], 0) + n
        facts = db.from_sequence(list(zip(tasks, first)), npartitions=len(tasks)) \
            .map(lambda tf: _facts_of_partition(tf[0], tf[1], options)).flatten()
        folded = facts.map(lambda f: f.entities).flatten().foldby(_key, _merge)
        failed = facts.filter(lambda f: f.error is not None).map(lambda f: (f.source, f.error))
        read = facts.filter(lambda f: f.error is None).count()
        folded, failed, read = dask.compute(folded, failed, read)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    archive.entities = dict(sorted(folded))
    archive.articles = read
    archive.unreadable = sorted(archive.unreadable + list(failed))
    return archive
