"""The archive on a Dask cluster: ``factcheck consistency --engine dask [--scheduler ADDRESS]``.

The inputs are cut into partitions that the workers read (``checker.dask_engine``: JSON Lines
cut at line ends, line numbers as on the local engine); each worker extracts the facts of
each article (``engines.article_facts``, the local engine's map step) and folds them as it goes
(one partition holds its entities, never its articles: a first measurement that kept a
partition's facts per article grew from 73 to 115 MB per worker between 5,000 and 20,000
articles), and a tree reduction (``dask.bag.Bag.reduction``, ``COMBINE_EVERY`` partitions
at a time) folds the partitions' archives by entity key (``Entity.merge``, associative and
commutative). Only the folded
entities, the unreadable inputs and a count come back to the client: its memory is bounded by
the entities, never by the articles. The judging is the local engine's, on the same folded
entities, so both engines give the same report.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from checker.config import Config
from checker.consistency.engines import Archive, article_facts
from checker.consistency.model import fold
from checker.dask_engine import DaskUnavailable, client, partitions, read_partition
from claims.read import DEFAULT_MAX_BYTES

__all__ = ["run_dask", "DaskUnavailable"]

#: Folded partitions are combined this many at a time, in a tree: no task ever holds more than
#: this many partitions' entities, however many partitions the archive has. (A single
#: combining task, as ``foldby`` has, receives every partition's entities at once: with the
#: entities of the archive repeated in each partition, its memory grows with the articles.)
COMBINE_EVERY = 8


def _fold_partitions(parts: list, options: dict) -> Archive:
    """The partitions of one bag partition (one, as the bag is built) read, their articles'
    facts extracted and folded, one article at a time: what a worker holds is the partition's
    entities, never its articles."""
    config = Config()
    archive = Archive()
    for task, first_line in parts:
        for item in read_partition(task, first_line, options["published"], options["max_bytes"]):
            archive.add(article_facts((item, config, None)))
    return archive


def _merged(archives) -> Archive:
    """Folded archives folded together (``Entity.merge`` is associative and commutative, the
    unreadable inputs are sorted at the end: any grouping gives the same archive)."""
    out = Archive()
    for a in archives:
        out.articles += a.articles
        out.unreadable += a.unreadable
        fold(a.entities.values(), out.entities)
    return out


def run_dask(paths: list[str], *, scheduler: str | None = None, jobs: int = 1, published: date | None = None,
             max_bytes: int = DEFAULT_MAX_BYTES, stdin_format: str = "text", timeout: float | None = None) -> Archive:
    """The folded archive of ``paths`` (``stdin_format`` and ``timeout`` do not apply: see
    ``checker.dask_engine``)."""
    archive = Archive()
    with client(scheduler, jobs) as c:
        import dask.bag as db

        parts, errors = partitions(c, paths, max_bytes)
        archive.unreadable += [(e.source, e.message) for e in errors]
        if parts:
            options = {"published": published, "max_bytes": max_bytes}
            bag = db.from_sequence(parts, npartitions=len(parts))
            got = bag.reduction(partial(_fold_partitions, options=options), _merged,
                                split_every=COMBINE_EVERY).compute()
            archive.entities = dict(sorted(got.entities.items()))
            archive.articles = got.articles
            archive.unreadable += got.unreadable
    archive.unreadable.sort()
    return archive
