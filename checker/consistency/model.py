"""The values the archive engines pass around: what one article tells about an entity, and
the same folded over many articles.

Everything here is small, picklable and merged associatively and commutatively, so the fold
gives the same result in any order and on any number of workers (a process pool or Dask):

- ``Seen``: one place an article says something (source, line, quote, publication date);
- ``Tally``: how many articles say it, and the first ``EXAMPLES`` places in a fixed order
  (smallest source first), never every place: memory grows with the number of distinct
  facts, not with the number of articles;
- ``Entity``: one person, organisation or acronym, keyed by ``key``, with the articles that
  name it and a tally per distinct fact.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Places kept per fact as evidence (the rest are counted).
EXAMPLES = 3

#: Fact kinds: (kind, value...) tuples are the keys of ``Entity.facts``.
BIRTH = "birth"  # ("birth", earliest ISO, latest ISO, statement)
FOUNDED = "founded"  # ("founded", earliest ISO, latest ISO, statement)
TITLE = "title"  # ("title", title text, office, kind, portfolio "a/b", rank, country, published ISO)
EXPANSION = "expansion"  # ("expansion", expansion as written)

PERSON, ORGANIZATION, ACRONYM = "person", "organization", "acronym"


@dataclass(frozen=True, slots=True, order=True)
class Seen:
    """One place in one article: ``source`` as the reports name it, 1-based ``line`` in the
    source file, a short ``quote`` around the words, the article's publication date (ISO)."""

    source: str
    line: int
    quote: str
    published: str = ""  # "" when the article has no date
    start: int = 0  # the words' offsets in the article's text (for a finding in ``check --facts``)
    end: int = 0


@dataclass(slots=True)
class Tally:
    articles: int = 0
    examples: tuple[Seen, ...] = ()

    @classmethod
    def one(cls, seen: list[Seen]) -> Tally:
        """What one article says: it counts once, however many times it says it, and its
        first place is the example."""
        return cls(1, (min(seen),))

    def merge(self, other: Tally) -> Tally:
        return Tally(self.articles + other.articles, tuple(sorted(set(self.examples) | set(other.examples))[:EXAMPLES]))


@dataclass(slots=True)
class Entity:
    key: str  # "person:Hassan Diop", "organization:bangladesh nationalist party", "acronym:BNP"
    kind: str  # person | organization | acronym
    name: str  # as shown: the spelling of the key, the acronym
    mentions: Tally = field(default_factory=Tally)
    facts: dict[tuple, Tally] = field(default_factory=dict)

    def merge(self, other: Entity) -> Entity:
        """The two folded together (neither is changed)."""
        facts = dict(self.facts)
        for k, t in other.facts.items():
            facts[k] = facts[k].merge(t) if k in facts else t
        return Entity(self.key, self.kind, min(self.name, other.name), self.mentions.merge(other.mentions), facts)


def fold(entities, into: dict[str, Entity] | None = None) -> dict[str, Entity]:
    """Entities folded by key into ``into`` (a new dict when None)."""
    out = {} if into is None else into
    for e in entities:
        had = out.get(e.key)
        out[e.key] = e if had is None else had.merge(e)
    return out
