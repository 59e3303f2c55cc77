"""The archive on a Dask cluster: ``factcheck consistency --engine dask [--scheduler ADDRESS]``.

The inputs are cut into partitions that the workers read (``checker.dask_engine``: JSON Lines
cut at line ends, line numbers as on the local engine). The partitions are dealt round to one
**chain** per worker thread: each link of a chain reads one partition, extracts the facts of
each article (``engines.article_facts``, the local engine's map step) and folds them, one
article at a time, into the archive the links before it folded (``Entity.merge``: associative
and commutative, so any grouping gives the same archive). A chain stays on its worker, so a
worker holds one folded archive (its entities) per thread and the articles being read, however
many partitions the archive has. The client folds the chains' archives as they finish, one at a
time: only entities, the unreadable inputs and a count come back, and the judging is the local
engine's, on the same folded entities, so both engines give the same report.

Measured (``benchmarks/consistency_scale.py``): a first version kept each partition's facts per
article (73 to 115 MB per worker from 5,000 to 20,000 articles); ``dask.bag.foldby`` then a tree
of ``Bag.reduction`` (8 at a time) folded every partition separately and combined the folded
partitions: a combining task receives several archives at once, each up to the whole entity
set, and the wider and deeper the tree, the more (the largest worker grew from 95.7 to 117.1
MiB between 50,000 and 200,000 articles).
"""

from __future__ import annotations

from datetime import date

from checker.config import Config
from checker.consistency.engines import Archive, article_facts
from checker.consistency.model import fold
from checker.dask_engine import DaskUnavailable, client, partitions, read_partition
from claims.read import DEFAULT_MAX_BYTES

__all__ = ["run_dask", "DaskUnavailable"]


def _fold_link(archive: Archive | None, task: tuple, first_line: int, options: dict) -> Archive:
    """One link of a chain: the partition's articles read, their facts extracted and folded
    into ``archive`` (the chain's links before; None for the first) one article at a time.

    The archive is changed in place, not copied: the next link is its only reader (the client
    keeps no handle on it), so a worker never holds two generations of the chain's entities.
    If this link fails, Dask does not retry it on the changed archive: a lost worker loses the
    archive with it, and the chain is recomputed from its first link."""
    out = Archive() if archive is None else archive
    config = Config()
    for item in read_partition(task, first_line, options["published"], options["max_bytes"]):
        out.add(article_facts((item, config, None)))
    return out


def threads(workers: dict) -> list[str]:
    """A worker's address once per thread it runs, taking the workers in turn: one chain per
    thread keeps every thread of the cluster busy (a worker holds one archive per thread)."""
    n = {addr: max(1, int(info.get("nthreads") or 1)) for addr, info in workers.items()}
    return [addr for t in range(max(n.values(), default=0)) for addr in sorted(n) if n[addr] > t]


def chains(parts: list, n: int) -> list[list]:
    """The partitions dealt round to ``n`` chains (partition i to chain i mod n): each chain
    gets a share of every stretch of the input."""
    return [parts[k::n] for k in range(max(1, n)) if parts[k::n]]


def run_dask(paths: list[str], *, scheduler: str | None = None, jobs: int = 1, published: date | None = None,
             max_bytes: int = DEFAULT_MAX_BYTES, stdin_format: str = "text", timeout: float | None = None) -> Archive:
    """The folded archive of ``paths`` (``stdin_format`` and ``timeout`` do not apply: see
    ``checker.dask_engine``)."""
    archive = Archive()
    with client(scheduler, jobs) as c:
        from distributed import as_completed

        parts, errors = partitions(c, paths, max_bytes)
        archive.unreadable += [(e.source, e.message) for e in errors]
        slots = threads(c.scheduler_info().get("workers", {})) or [None]
        options = {"published": published, "max_bytes": max_bytes}
        ends = []
        for k, chain in enumerate(chains(parts, len(slots))):
            # a chain is kept on its worker (loosely: if that worker goes, another takes it on)
            worker = slots[k % len(slots)]
            where = {"workers": [worker], "allow_other_workers": True} if worker else {}
            link = None
            for task, first_line in chain:
                link = c.submit(_fold_link, link, task, first_line, options, pure=False, **where)
            ends.append(link)
        for future in as_completed(ends):
            got = future.result()
            future.release()
            archive.articles += got.articles
            archive.unreadable += got.unreadable
            fold(got.entities.values(), archive.entities)
            del got
        archive.entities = dict(sorted(archive.entities.items()))
    archive.unreadable.sort()
    return archive
