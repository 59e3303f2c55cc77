"""The temporal engine: find time expressions, normalize them to TIMEX3 values and calendar
intervals, and anchor them on the publication date or on each other.

    extract(article, claims_so_far) -> [time claims t1, t2, ...]

``tagger`` finds spans, ``resolve`` gives values and intervals, ``calendar`` does all the
date arithmetic (on dateutil's relativedelta).
"""

from __future__ import annotations

import re

from claims.model import Article, Claim
from claims.temporal import calendar as cal
from claims.temporal.resolve import Resolver
from claims.temporal.tagger import find

__all__ = ["extract"]

#: What may stand between two expressions that name the same time: "tomorrow, 12 May",
#: "earlier this year in February", "yesterday (Tuesday)", "last month, in March".
_APPOSITION_GAP = re.compile(r"^(?:\s*,?\s*(?:in|on|of)?\s*|\s*\(\s*)$", re.IGNORECASE)
_RELATIVE_KINDS = ("deictic", "period", "weekday")


def extract(article: Article, claims_so_far: list[Claim] | None = None) -> list[Claim]:
    text = article.text
    resolver = Resolver(text, article.published)
    previous = None  # (mention, claim) of the last resolved expression
    for mention in find(text):
        linked = None
        if previous is not None and previous[1] is not None:
            gap = text[previous[0].end:mention.start]
            if len(gap) <= 6 and _APPOSITION_GAP.match(gap) and (
                    previous[0].kind in _RELATIVE_KINDS) != (mention.kind in _RELATIVE_KINDS):
                linked = previous
        if linked and linked[0].kind == "period" and mention.kind == "month" and article.published:
            claim = _month_within(resolver, mention, linked[1])
        else:
            claim = resolver.resolve(mention)
        if claim is not None and linked is not None:
            rel, explicit = (linked[1], claim) if linked[0].kind in _RELATIVE_KINDS else (claim, linked[1])
            explicit.attrs["apposition"] = rel.id
        previous = (mention, claim)
    return resolver.claims


def _month_within(resolver: Resolver, mention, period: Claim) -> Claim | None:
    """A month named inside a year-long period ("earlier this year in February"): its year is
    the period's. Whether it then falls inside the period is for the rules to judge."""
    pt = period.timex
    if pt is None or not re.fullmatch(r"\d{4}", pt.value or ""):
        return resolver.resolve(mention)
    from claims.temporal.resolve import MONTHS
    from claims.model import Timex

    month = MONTHS[mention.groups["month"].lower()]
    iv = cal.month_interval(int(pt.value), month)
    claim = resolver._new(mention, Timex("DATE", cal.value_of(iv), "anchor", iv[0], iv[1], anchor=period.id,
                                         mod=resolver._point_mod(mention.groups.get("mod"))))
    return claim
