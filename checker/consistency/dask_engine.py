"""The archive on a Dask cluster: ``factcheck consistency --engine dask [--scheduler ADDRESS]``.

The inputs are cut into partitions that the workers read (``checker.dask_engine``: JSON Lines
cut at line ends, line numbers as on the local engine); each worker extracts the facts of
each article (``engines.article_facts``, the local engine's map step) and ``dask.bag.foldby``
folds them by entity key (``Entity.merge``, associative and commutative). Only the folded
entities, the unreadable inputs and a count come back to the client: its memory is bounded by
the entities, never by the articles. The judging is the local engine's, on the same folded
entities, so both engines give the same report.
"""

from __future__ import annotations

from datetime import date

from checker.config import Config
from checker.consistency.engines import Archive, ArticleFacts, article_facts
from checker.consistency.model import Entity
from checker.dask_engine import DaskUnavailable, client, partitions, read_partition
from claims.sources import DEFAULT_MAX_BYTES

__all__ = ["run_dask", "DaskUnavailable"]


def _facts_of_partition(part: tuple, options: dict) -> list[ArticleFacts]:
    """The facts of every article of one partition, in order (read errors included)."""
    task, first_line = part
    config = Config()
    return [article_facts((item, config, None))
            for item in read_partition(task, first_line, options["published"], options["max_bytes"])]


def _merge(a: Entity, b: Entity) -> Entity:
    return a.merge(b)


def _key(e: Entity) -> str:
    return e.key


def run_dask(paths: list[str], *, scheduler: str | None = None, jobs: int = 1, published: date | None = None,
             max_bytes: int = DEFAULT_MAX_BYTES, stdin_format: str = "text", timeout: float | None = None) -> Archive:
    """The folded archive of ``paths`` (``stdin_format`` and ``timeout`` do not apply: see
    ``checker.dask_engine``)."""
    archive = Archive()
    with client(scheduler, jobs) as c:
        import dask
        import dask.bag as db

        parts, errors = partitions(c, paths, max_bytes)
        archive.unreadable += [(e.source, e.message) for e in errors]
        if parts:
            options = {"published": published, "max_bytes": max_bytes}
            facts = db.from_sequence(parts, npartitions=len(parts)).map(_facts_of_partition, options).flatten()
            folded = facts.map(lambda f: f.entities).flatten().foldby(_key, _merge)
            failed = facts.filter(lambda f: f.error is not None).map(lambda f: (f.source, f.error))
            read = facts.filter(lambda f: f.error is None).count()
            folded, failed, read = dask.compute(folded, failed, read)
            archive.entities = dict(sorted(folded))
            archive.articles = read
            archive.unreadable += list(failed)
    archive.unreadable.sort()
    return archive
