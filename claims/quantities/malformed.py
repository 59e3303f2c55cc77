"""Malformed-number claims: figures whose digit groups no numbering system writes.

"Avg shrs 2,452,3000" and "Net loss 2,318,00" are typing slips: a digit too many or too few
in a group after a comma. The number parser (claims.language.numbers.grouping_slip) says which
group is wrong; no value can be read from such a figure, so it gets no quantity claim (the
number rules never compare it) and gets this claim instead, which the rule ``number.invalid``
reports. Kind ``"malformed_number"``, ids ``n1``, ``n2`` ... in text order; its ``attrs``:

``group``       the digit group that is wrong, as written ("3000")
``group_span``  its [start, end)
"""

from __future__ import annotations

import re

from claims.language import analyse
from claims.language.numbers import grouping_slip
from claims.language.tokens import NUMBER
from claims.model import Article, Claim


def extract(article: Article, claims_so_far: list[Claim]) -> list[Claim]:
    out: list[Claim] = []
    for t in analyse(article).tokens:
        if t.kind != NUMBER or "," not in t.text:
            continue
        group = grouping_slip(t.text)
        if group is None:
            continue
        at = _group_start(t.text, group)
        out.append(Claim(f"n{len(out) + 1}", "malformed_number", t.start, t.end, t.text,
                         attrs={"group": group, "group_span": [t.start + at, t.start + at + len(group)]}))
    return out


def _group_start(written: str, group: str) -> int:
    """Where the wrong group starts in the figure: its digit groups are read as the parser
    read them (a decimal part or a unit's letters after the last are not part of it)."""
    groups = _GROUPS.match(written).group(0).split(",")
    return sum(len(g) + 1 for g in groups[:groups.index(group)])


_GROUPS = re.compile(r"\d+(?:,\d+)*")
