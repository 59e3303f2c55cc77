"""Extraction: an ``Article`` in, a ``ClaimSet`` out.

Each extractor is a function ``(article, claims_so_far) -> list[Claim]`` in its own module;
they run in the order of ``EXTRACTORS`` so later ones can tie into earlier claims (an event
to its time, a quote to a person). Each numbers its own claims with its own prefix
(t1, t2 ... for time; q1 ... for quantities), so ids are stable and never renumbered.
Claims are returned sorted by position.
"""

from __future__ import annotations

import importlib

from claims.model import Article, Claim, ClaimSet

#: "module:function", in the order they run.
EXTRACTORS = (
    "claims.temporal:extract",
    "claims.events:extract",
    "claims.mentions:extract",  # after events: writes which event mentions name one event, adds none
    "claims.quantities:extract",
    "claims.quantities.grouprefs:extract",  # after quantities: links a definite count to the group it names again, adds none
    "claims.quantities.malformed:extract",  # figures whose digit groups are malformed: no quantity claim
    "claims.changes:extract",  # after quantities: a move links the figures it went to and from
    "claims.results:extract",  # after quantities: a per-share result links its net result
    "claims.people:extract",
    "claims.coreference:extract",  # after people: links mentions that are not names to a person's entity
    "claims.acronyms:extract",
    "claims.quotes:extract",  # after people: a quote's speaker points at a person claim
)

_loaded: list | None = None


def extractors() -> list:
    """The extractor functions, in the order they run (their modules imported on first use)."""
    global _loaded
    if _loaded is None:
        _loaded = []
        for spec in EXTRACTORS:
            module, func = spec.split(":")
            _loaded.append(getattr(importlib.import_module(module), func))
    return _loaded


def extract(article: Article) -> ClaimSet:
    claims: list[Claim] = []
    for fn in extractors():
        claims.extend(fn(article, claims))
    claims.sort(key=lambda c: (c.start, c.end, c.id))
    return ClaimSet(article, claims)
