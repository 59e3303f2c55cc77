"""Change claims: a figure said to move one way, with where it ended and where it started.

"Exports rose 12 pct to 1.2 billion dlrs from 1.5 billion dlrs" says two things that must
agree: a direction ("rose": up) and two figures ("to" 1.2 billion, "from" 1.5 billion). This
extractor links them, reading the quantity claims already extracted; the rule
``number.direction-conflict`` judges them. Shapes read:

- a direction word, then within ``MAX_MOVE_WORDS`` words in its clause the figure after "to"
  and the figure after "from", in either order ("rose to 5.2 pct from 4.9 pct", "fell from 9 to
  7 pct");
- a figure, then "up from" or "down from" and the figure it started at ("at 300 tonnes, down
  from 350 tonnes").

The two figures must be of one unit (or one of them written without its unit, "from 1.5
billion"), so a date or a share price beside a total is never taken for its start. Words are
data in claims/lexicons/changes.json.

A change claim's ``attrs``:

``direction``   ``up`` or ``down``
``word``        the direction word as written
``word_span``   its [start, end)
``to``          id of the quantity claim the figure moved to
``from``        id of the quantity claim it moved from
"""

from __future__ import annotations

from claims.language import analyse
from claims.lexicon import load
from claims.model import Article, Claim

_LEX = load("changes")
DIRECTION = {**{w: "up" for w in _LEX["up"]}, **{w: "down" for w in _LEX["down"]}}
_TO, _FROM = frozenset(_LEX["to"]), frozenset(_LEX["from"])
#: How far after its direction word a move's figures may stand, in words.
MAX_MOVE_WORDS = 20
#: How far before "up from" / "down from" the figure it ended at may stand, in words.
MAX_BEFORE_WORDS = 3


def extract(article: Article, claims_so_far: list[Claim]) -> list[Claim]:
    quantities = sorted((c for c in claims_so_far if c.kind == "quantity"), key=lambda c: c.start)
    if not quantities:
        return []
    a = analyse(article)
    out: list[Claim] = []
    qi = 0
    for tok in a.tokens:
        direction = DIRECTION.get(tok.lower) if tok.kind == "word" else None
        if direction is None:
            continue
        clause = a.clause_at(tok.start)
        while qi < len(quantities) and quantities[qi].start < clause.start:
            qi += 1
        inside = list(_take_while(quantities, qi, clause.end))
        pair = _after(a, tok, inside) or _before(a, tok, inside)
        if pair is None:
            continue
        to, frm = pair
        end = max(to.end, frm.end)
        out.append(Claim(f"c{len(out) + 1}", "change", tok.start, end, article.text[tok.start:end],
                         attrs={"direction": direction, "word": tok.text, "word_span": [tok.start, tok.end],
                                "to": to.id, "from": frm.id}))
    return out


def _take_while(quantities: list[Claim], i: int, end: int):
    while i < len(quantities) and quantities[i].end <= end:
        yield quantities[i]
        i += 1


def _after(a, tok, inside: list[Claim]) -> tuple[Claim, Claim] | None:
    """The "to" and "from" figures within MAX_MOVE_WORDS after the direction word, before the
    next direction word."""
    reach = a.words_after(tok.end, MAX_MOVE_WORDS)
    if not reach:
        return None
    stop = next((t.start for t in reach if t.kind == "word" and t.lower in DIRECTION), reach[-1].end)
    near = [q for q in inside if tok.end <= q.start < stop]
    to = next((q for q in near if q.attrs.get("preceded_by") in _TO), None)
    frm = next((q for q in near if q.attrs.get("preceded_by") in _FROM), None)
    return (to, frm) if to and frm and _same_unit(to, frm) else None


def _before(a, tok, inside: list[Claim]) -> tuple[Claim, Claim] | None:
    """"300 tonnes, down from 350 tonnes": the figure just before "up/down from" and the one
    after it."""
    nxt = a.words_after(tok.end, 1)
    if not nxt or nxt[0].lower not in _FROM:
        return None
    frm = next((q for q in inside if q.start >= nxt[0].end and q.attrs.get("preceded_by") in _FROM), None)
    before = [q for q in inside if q.end <= tok.start and a.words_between(q.end, tok.start) <= MAX_BEFORE_WORDS]
    to = before[-1] if before else None
    return (to, frm) if to and frm and _same_unit(to, frm) else None


def _same_unit(a: Claim, b: Claim) -> bool:
    ua, ub = a.attrs.get("unit"), b.attrs.get("unit")
    return not (ua and ub) or ua == ub
