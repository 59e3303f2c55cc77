"""Running the archive: facts per article (a pure function of the article), folded by entity
key, then judged. Two engines give the same ``Archive``:

- ``local``: the inputs streamed as ``check`` streams them, the facts extracted on ``check``'s
  process pool (``checker.engine.pool_map``), folded into a dict in this process;
- ``dask`` (``checker.consistency.dask_engine``): JSON Lines partitions read by the workers of
  a Dask cluster, folded in one chain of tasks per worker thread, the chains' archives folded
  by the client.

Memory is bounded by the entities (and their distinct facts), never by the articles: no
article outlives the extraction of its facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from checker.config import Config
from checker.consistency.facts import facts_of
from checker.consistency.model import Entity, fold
from checker.engine import iter_inputs, pool_map, run_guarded
from claims.extract import extract
from claims.model import ClaimSet
from claims.read import DEFAULT_MAX_BYTES

ENGINES = ("local", "dask")


@dataclass(slots=True)
class ArticleFacts:
    """What the map step returns for one input: its entities, or why it could not be read."""

    source: str
    entities: list[Entity] = field(default_factory=list)
    error: str | None = None


@dataclass(slots=True)
class Archive:
    """The folded archive: entities by key, how many articles were read, the unreadable ones."""

    entities: dict[str, Entity] = field(default_factory=dict)
    articles: int = 0
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (source, why), sorted

    def add(self, facts: ArticleFacts) -> None:
        if facts.error is not None:
            self.unreadable.append((facts.source, facts.error))
            return
        self.articles += 1
        fold(facts.entities, self.entities)


def _facts(item, config) -> ArticleFacts:
    claims = item if isinstance(item, ClaimSet) else extract(item)
    return ArticleFacts(claims.article.source, facts_of(claims))


def _failed(source: str, message: str) -> ArticleFacts:
    return ArticleFacts(source, error=message)


def article_facts(args: tuple) -> ArticleFacts:
    """The map step for one ``(article or read error, config[, seconds])``: never raises."""
    return run_guarded(_facts, args, _failed)


def run_local(paths: list[str], *, jobs: int = 1, published: date | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES, stdin_format: str = "text",
              timeout: float | None = None) -> Archive:
    archive = Archive()
    config = Config()
    items = ((item, config, timeout) for item in iter_inputs(paths, published=published, max_bytes=max_bytes,
                                                               stdin_format=stdin_format))
    for facts in pool_map(article_facts, items, jobs, _failed):
        archive.add(facts)
    archive.unreadable.sort()
    return archive


def archive_of(items, jobs: int = 1) -> Archive:
    """The archive of articles (or ClaimSets) already in hand: for tests and evaluation."""
    archive = Archive()
    for facts in pool_map(article_facts, ((item, Config(), None) for item in items), jobs, _failed):
        archive.add(facts)
    archive.unreadable.sort()
    return archive
