"""Co-reference of groups: a definite count that names again a group counted before ("Four
firms bid: A, B, C and D. ... The four firms ...", "five provinces ... those five provinces"),
linked to that group's count claim, so that rules read "the list this group was given" from
the document instead of scanning sentences (as claims.coreference links the mentions of a
person).

The principle: "the", a possessive or "all" before a count of a noun points at the group of
that noun the reader already knows, and only when one group fits: every earlier count of
the noun (in another sentence) gives one size, or, for "these" and "those", the latest one.
The link is a reading (``probable``) when the definite count carries words the group was
not told with: a modifier before its noun that the first count lacks ("the three remaining
firms") or a phrase after it ("the three firms that qualified"), either of which may pick
out some of the group.

Each linked count gets ``refers_to`` (claims/model.py GroupLink, schemas/claims.schema.json
group_link): ``count`` (the id of the quantity claim that first counted the group), ``via``
("definite" or "demonstrative") and ``probable``.

Never linked: counts that are the whole of a part or of a comparison ("four of the five
firms", "above the 1,700 cars"), counts in the first count's own sentence, counts of a noun
counted with several sizes before ("the two firms" after "three firms ... two firms").
Cost: one pass over the counts, with a map from noun to its counts: linear.
"""

from __future__ import annotations

from claims.language import analyse
from claims.model import Article, Claim
from claims.quantities.base import LEXICON
from claims.quantities.extractor import narrowing

_DEMONSTRATIVES = frozenset(LEXICON["demonstratives"])
_DETERMINERS = frozenset(LEXICON["determiners"])
_PARTITIVE = frozenset(LEXICON["partitive_before"]) | frozenset(LEXICON["partitive_links"])


def _definite(det: str | None) -> str | None:
    """How a determiner points back: "demonstrative" ("those"), "definite" ("the", "its",
    "all", "the firm's"), or None (no determiner, "a")."""
    if not det:
        return None
    last = det.split()[-1].lower()
    if last in _DEMONSTRATIVES:
        return "demonstrative"
    if last in _DETERMINERS or last.endswith(("'s", "\u2019s", "s'", "s\u2019")):
        return "definite"
    return None


def _modifiers(c: Claim) -> list[str]:
    """The words between the number and the head of its noun, lower case ("three remaining
    firms" -> ["remaining"])."""
    return (c.attrs.get("phrase") or "").lower().split()[:-1]


def _after_partitive(text: str, c: Claim) -> bool:
    """A word of a part or a comparison right before the count's determiner or number ("four
    of the five firms", "above the 1,700 cars")."""
    words = analyse(text).words_before(c.start, 1)
    return bool(words) and words[-1].lower in _PARTITIVE


class _Noun:
    """The counts of one noun so far, in order, with what ``link_groups`` asks of them kept as
    they come: where the run of counts in the latest count's sentence begins, and the first
    count whose size differs from the first one's (so "every earlier count gives one size" is
    one comparison, not a pass over the noun's counts for each count of it)."""

    __slots__ = ("counts", "run_start", "differs_at")

    def __init__(self) -> None:
        self.counts: list[Claim] = []
        self.run_start = 0  # the index of the first count in the latest count's sentence
        self.differs_at: int | None = None  # the index of the first count of another size

    def told_before(self, sentence) -> int:
        """How many of the counts stand before ``sentence``: those of another sentence (the
        counts come in order, so those of the latest sentence are the last ones)."""
        if self.counts and self.counts[-1].attrs.get("sentence") == sentence:
            return self.run_start
        return len(self.counts)

    def add(self, c: Claim) -> None:
        if not self.counts or self.counts[-1].attrs.get("sentence") != c.attrs.get("sentence"):
            self.run_start = len(self.counts)
        if self.differs_at is None and self.counts and c.attrs["value"] != self.counts[0].attrs["value"]:
            self.differs_at = len(self.counts)
        self.counts.append(c)


def link_groups(text: str, claims: list[Claim]) -> None:
    """Set ``refers_to`` on every definite count that names again one group counted before
    (``claims`` in the order of the text)."""
    by_noun: dict[str, _Noun] = {}
    for c in claims:
        a = c.attrs
        noun = a.get("noun")
        if a.get("dimension") != "count" or not noun or a.get("change"):
            continue
        seen = by_noun.setdefault(noun, _Noun())
        via = _definite(a.get("det"))
        told = seen.told_before(a.get("sentence"))
        if via and told and not _after_partitive(text, c):
            if via == "demonstrative":
                first = seen.counts[told - 1]
            elif seen.differs_at is None or seen.differs_at >= told:
                first = seen.counts[0]
            else:
                first = None
            if first is not None:
                extra = set(_modifiers(c)) - set(_modifiers(first))
                a["refers_to"] = {"count": first.id, "via": via,
                                  "probable": bool(extra) or narrowing(text, c.end) is not None}
        seen.add(c)


def extract(article: Article, claims_so_far: list[Claim]) -> list[Claim]:
    """Write ``refers_to`` on the quantity claims found so far; adds no claim."""
    link_groups(article.text, [c for c in claims_so_far if c.kind == "quantity"])
    return []
