"""Inputs read by the workers of a Dask cluster: ``--engine dask [--scheduler ADDRESS]`` of
``check`` and ``consistency``.

The client cuts every JSON Lines corpus into byte ranges that end at line ends (at most
``PARTITION`` bytes, at least ``PARTS_PER_WORKER`` per worker) and groups other inputs
``FILES_PER_PARTITION`` files at a time, in input order. The workers read the partitions
themselves (so the files must be where the workers can open them: one machine, or a shared
file system) and count each range's lines first, so that a record without an id, or a bad
record, is named by the same line number as on the local engine.

``check`` (``check_paths``) runs ``engine.check_article`` per article on the workers and gets
the results back partition by partition, in input order, with at most ``IN_FLIGHT`` partitions
per worker outstanding: its memory stays flat however large the archive. ``consistency``
(``checker.consistency.dask_engine``) folds facts on the workers instead.

Without ``--scheduler`` a local cluster of ``--jobs`` worker processes (one thread each) is
started and closed. Dask and distributed are the ``dask`` extra (``EXTRA``). The per-article
time limit (``--timeout``) is not applied on Dask workers: their tasks run off the main
thread, where no alarm can interrupt them.
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

from claims.read import DEFAULT_MAX_BYTES, ReadError, display_name, expand_paths, format_of, read_path
from claims.read.jsonl import count_lines, stream

#: Largest and smallest byte range of a JSON Lines corpus read as one partition.
PARTITION = 8 << 20
MIN_PARTITION = 64 << 10
#: A corpus is cut into at least this many partitions per worker, so that work is shared out.
PARTS_PER_WORKER = 4
#: Other inputs (one article a file) go this many files to a partition.
FILES_PER_PARTITION = 64
#: check: partitions submitted ahead of the one being reported, per worker.
IN_FLIGHT = 2

EXTRA = "article-factcheck[dask]"

#: The settings of the local clusters factcheck starts (an existing cluster keeps its own).
#: Dask's timers wake every process of a cluster many times a second whatever it is doing: the
#: sampling profiler every 10 ms in each worker, the event-loop health check every 20 ms in the
#: scheduler, each nanny and each worker, the memory monitor every 100 ms, the system monitor
#: every 500 ms. That is CPU spent per second of the run, not per article: measured idle, a
#: two-worker cluster spent 56 ms of CPU a second with Dask's defaults and 9 ms with these, and on
#: a loaded machine, where a run lasts long, it was most of what Dask cost over the local engine.
#: The profiler feeds only the dashboard; the others still run, once a second or two.
QUIET_CLUSTER = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}


class DaskUnavailable(Exception):
    """--engine dask cannot run: Dask is not installed, the scheduler cannot be reached, or
    the input is standard input (a usage error: exit 2)."""


def require() -> None:
    try:
        importlib.import_module("dask.bag")
        importlib.import_module("distributed")
    except ImportError as exc:
        raise DaskUnavailable(f"--engine dask needs Dask and distributed, which are not installed ({exc.name} is "
                              f"missing): pip install '{EXTRA}'") from None


@contextmanager
def client(scheduler: str | None, jobs: int):
    """A client of the cluster at ``scheduler``, or of a local cluster of ``jobs`` workers."""
    require()
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        try:
            c = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError, ValueError) as exc:
            raise DaskUnavailable(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    else:
        import dask

        with dask.config.set(QUIET_CLUSTER):
            cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=":0",
                                   silence_logs=logging.ERROR)
        c = Client(cluster)
    try:
        yield c
    finally:
        c.close()
        if cluster is not None:
            cluster.close()


def byte_ranges(path: str, size: int, parts: int) -> list[tuple[int, int]]:
    """[start, end) ranges covering the file, each ending at a line end (or the file's end),
    about ``size / parts`` bytes each, within [``MIN_PARTITION``, ``PARTITION``]."""
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


class _Bounded:
    """A binary file read line by line up to ``end`` (a partition's last byte), never past it."""

    def __init__(self, fh, start: int, end: int):
        self.fh, self.pos, self.end = fh, start, end

    def readline(self, size: int = -1) -> bytes:
        left = self.end - self.pos
        if left <= 0:
            return b""
        line = self.fh.readline(left if size < 0 else min(size, left))
        self.pos += len(line)
        return line


def _stream_range(path: str, start: int, end: int, **options):
    """The records of one byte range of a JSON Lines corpus, read from the file as they are
    used: a partition is never in memory whole (a worker's memory does not depend on
    ``PARTITION``)."""
    with open(path, "rb") as fh:
        fh.seek(start)
        yield from stream(_Bounded(fh, start, end), **options)


def _count(task: tuple, max_bytes: int) -> int:
    kind, path, start, end = task[:4]
    return count_lines(_read_range(path, start, end), max_bytes) if kind == "jsonl" else 0


def partitions(c, paths: list[str], max_bytes: int) -> tuple[list[tuple], list[ReadError]]:
    """The partitions of the inputs, in input order, each ``(task, first line number)`` with
    task ``("jsonl", path, start, end)`` or ``("files", [path, ...], 0, 0)``; and the inputs
    that could not be found."""
    if "-" in paths:
        raise DaskUnavailable("--engine dask reads files its workers can open: standard input (-) cannot be shared")
    files, errors = expand_paths(list(paths))
    workers = max(1, len(c.scheduler_info().get("workers", {})))
    tasks: list[tuple] = []
    others: list[str] = []
    for f in files + [None]:
        if f is not None and format_of(f) != "jsonl":
            others.append(f)
            if len(others) < FILES_PER_PARTITION:
                continue
        if others:
            tasks.append(("files", others, 0, 0))
            others = []
        if f is not None and format_of(f) == "jsonl":
            tasks += [("jsonl", f, a, b) for a, b in byte_ranges(f, os.path.getsize(f), workers * PARTS_PER_WORKER)]
    counts = c.gather(c.map(_count, tasks, max_bytes=max_bytes, pure=False)) if tasks else []
    out, seen = [], {}
    for task, n in zip(tasks, counts):
        if task[0] == "jsonl":
            out.append((task, seen.get(task[1], 0) + 1))
            seen[task[1]] = seen.get(task[1], 0) + n
        else:
            out.append((task, 1))
    return out, errors


def read_partition(task: tuple, first_line: int, published: date | None, max_bytes: int):
    """The articles (and read errors) of one partition, in order: run on a worker."""
    if task[0] == "jsonl":
        _, path, start, end = task
        return _stream_range(path, start, end, source=display_name(path), published=published, max_bytes=max_bytes,
                             first_line=first_line)
    return (item for p in task[1] for item in read_path(p, published=published, max_bytes=max_bytes))


def _check_partition(task: tuple, first_line: int, configs: dict, published: date | None, max_bytes: int) -> list:
    from checker.engine import check_item

    out = []
    for item in read_partition(task, first_line, published, max_bytes):
        config = configs.get(_path_of(item)) or configs[None]
        if isinstance(config, str):  # the file's configuration could not be read: its articles are errors
            item = ReadError(getattr(item, "source", None) or _path_of(item), config)
        out.append(check_item((item, config if not isinstance(config, str) else configs[None])))
    return out


def _path_of(item) -> str:
    from checker.engine import source_path

    return source_path(item) if not isinstance(item, ReadError) else item.source.split("#", 1)[0]


def check_paths(paths: list[str], config: Callable, *, scheduler: str | None = None, jobs: int = 1,
                published: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator:
    """``engine.check_paths`` on a Dask cluster: every input's ArticleResult, in input order.
    ``config`` gives each source path its Config (looked up here, on the client)."""
    from checker.config import Config
    from checker.configfile import ConfigError
    from checker.findings import ArticleResult

    with client(scheduler, jobs) as c:
        parts, errors = partitions(c, paths, max_bytes)
        for e in errors:
            yield ArticleResult(e.source, error=e.message)
        workers = max(1, len(c.scheduler_info().get("workers", {})))
        pending: list = []
        queue = iter(parts)

        def submit() -> bool:
            nxt = next(queue, None)
            if nxt is None:
                return False
            task, first = nxt
            names = [task[1]] if task[0] == "jsonl" else list(task[1])
            configs = {None: Config()}
            for name in names:
                try:
                    got = config(name) if callable(config) else config
                except ConfigError as exc:
                    got = f"configuration: {exc}"
                except RecursionError:
                    got = "configuration: a configuration file is nested too deeply to read"
                configs[display_name(name)] = configs[name] = got
            pending.append(c.submit(_check_partition, task, first, configs, published, max_bytes, pure=False))
            return True

        while len(pending) < IN_FLIGHT * workers and submit():
            pass
        while pending:
            future = pending.pop(0)
            results = future.result()
            future.release()
            submit()
            yield from results
