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

The figure a move ends at follows its direction word closely (``MAX_LEAD_WORDS``: "rose 27.7
pct to", "dropped to"), and the figures must be of one unit; a bare start ("to 1.2 billion dlrs
from 1.5") takes the end's unit and scale, as wire copy means it. Figures quoted as a rate of
another currency ("fell to 21 to the dollar") are left out: their direction is the reverse of
the currency's. Words are data in claims/lexicons/changes.json.

A change claim's ``attrs``:

``direction``   ``up`` or ``down``
``word``        the direction word as written
``word_span``   its [start, end)
``to``          id of the quantity claim the figure moved to
``from``        id of the quantity claim it moved from
``from_scale``  what the start's figures are multiplied by to compare them with the end's: the
                end's scale for a bare start ("to 1.2 billion dlrs from 1.5": a billion), else 1
"""

from __future__ import annotations

import bisect
import math

from claims.language import analyse
from claims.language.numbers import parse_number
from claims.language.vocabulary import is_a
from claims.lexicon import load
from claims.model import Article, Claim

_LEX = load("changes")
DIRECTION = {**{w: "up" for w in _LEX["up"]}, **{w: "down" for w in _LEX["down"]}}
_TO, _FROM = frozenset(_LEX["to"]), frozenset(_LEX["from"])
_RATE_AFTER = frozenset(_LEX["rate_after"])
_ADVERBS = frozenset(_LEX["adverbs"])
_BETWEEN = frozenset(_LEX["between"])
_EXCHANGE = tuple(_LEX["exchange_rate"])

#: How far after its direction word a move's figures may stand, in words.
MAX_MOVE_WORDS = 20
#: How many words that are no figure's may stand between a direction word and the figure the
#: move ends at ("rose a provisional 17.3 pct to": three, "a", "provisional", "to").
MAX_LEAD_WORDS = 5
#: How far before "up from" / "down from" the figure it ended at may stand, in words.
MAX_BEFORE_WORDS = 1
_NOUNS = frozenset(_LEX["nouns"])
_ANAPHORIC = frozenset(_LEX["anaphoric_determiners"])


def extract(article: Article, claims_so_far: list[Claim]) -> list[Claim]:
    quantities = sorted((c for c in claims_so_far if c.kind == "quantity"), key=lambda c: c.start)
    if not quantities:
        return []
    a = analyse(article)
    out: list[Claim] = []
    qi = 0
    for tok in a.tokens:
        direction = DIRECTION.get(tok.lower) if tok.kind == "word" else None
        if direction is None or _noun(a, tok):
            continue
        clause = a.clause_at(tok.start)
        while qi < len(quantities) and quantities[qi].start < clause.start:
            qi += 1
        inside = list(_take_while(quantities, qi, clause.end))
        pair = _after(a, tok, inside) or _before(a, tok, inside)
        if pair is None or _exchange_rate(a, tok):
            continue
        to, frm = pair
        end = max(to.end, frm.end)
        out.append(Claim(f"c{len(out) + 1}", "change", tok.start, end, article.text[tok.start:end],
                         attrs={"direction": direction, "word": tok.text, "word_span": [tok.start, tok.end],
                                "to": to.id, "from": frm.id, "from_scale": _from_scale(article.text, to, frm)}))
    out.extend(_referring_moves(article, a, quantities, len(out)))
    return out


def _referring_moves(article: Article, a, quantities: list[Claim], n: int) -> list[Claim]:
    """A sentence that opens on a move named by a noun ("The rise follows ...") names the move
    the sentence before told with a verb and its size ("output fell 3.4 pct"), when every move
    that sentence sizes goes one way (a noun, "after rising 1.0 pct", or "down from 4 pct"
    going the other way leaves it unsure which move is named). Such a claim has no figures of its own: ``to`` and ``from``
    are None, ``antecedent`` is the span of the word that told the move, and
    ``antecedent_direction`` its direction."""
    out: list[Claim] = []
    starts = [q.start for q in quantities]
    for prev, sent in zip(a.sentences, a.sentences[1:]):
        words = a.words_in(sent.start, sent.end)[:3]
        if len(words) < 3 or words[0].lower not in _ANAPHORIC or words[1].lower not in _NOUNS:
            continue
        if is_a("preposition", words[2].text) or words[2].kind != "word":
            continue  # "The rise in prices": a move of something else, named
        sized = [t for t in a.words_in(prev.start, prev.end) if t.lower in DIRECTION
                 and _figure_follows(a, t, quantities, starts)]
        told = [t for t in sized if t.lower not in _ADVERBS and not _noun(a, t)]
        if not told or len({DIRECTION[t.lower] for t in sized}) != 1:
            continue  # no verb told a move with its size, or some move went the other way
        tok, ante = words[1], told[0]
        out.append(Claim(f"c{n + len(out) + 1}", "change", tok.start, tok.end, tok.text,
                         attrs={"direction": DIRECTION[tok.lower], "word": tok.text, "word_span": [tok.start, tok.end],
                                "to": None, "from": None, "from_scale": 1.0, "antecedent": [ante.start, ante.end],
                                "antecedent_word": ante.text, "antecedent_direction": DIRECTION[ante.lower]}))
    return out


def _figure_follows(a, tok, quantities: list[Claim], starts: list[int]) -> bool:
    """A figure within MAX_LEAD_WORDS words after a direction word, in its sentence: the move
    it tells has a size ("fell 3.4 pct", "rose by 12 pct")."""
    i = bisect.bisect_left(starts, tok.end)
    return i < len(quantities) and a.same_sentence(tok.start, quantities[i].start) and \
        a.words_between(tok.end, quantities[i].start) <= MAX_LEAD_WORDS


def _take_while(quantities: list[Claim], i: int, end: int):
    while i < len(quantities) and quantities[i].end <= end:
        yield quantities[i]
        i += 1


def _after(a, tok, inside: list[Claim]) -> tuple[Claim, Claim] | None:
    """A verb's move: "rose 12 pct to X ... from Y" (the end first, then its start within
    MAX_MOVE_WORDS), or "fell from Y to X" (the end right after the start); only figures,
    and words of ``between``, stand between the verb and its first figure."""
    if tok.lower in _ADVERBS:
        return None
    reach = a.words_after(tok.end, MAX_MOVE_WORDS)
    if not reach:
        return None
    stop = next((t.start for t in reach if t.kind == "word" and t.lower in DIRECTION), reach[-1].end)
    near = [q for q in inside if tok.end <= q.start < stop and not _rate(a, q)]
    first = next((q for q in near if q.attrs.get("preceded_by") in _TO | _FROM), None)
    if first is None or not _only_figures_between(a, tok, first, near):
        return None
    if first.attrs.get("preceded_by") in _TO:
        frm = next((q for q in near if q.start > first.end and q.attrs.get("preceded_by") in _FROM), None)
        to = first
    else:
        frm = first
        to = next((q for q in near if q.start > frm.end and q.attrs.get("preceded_by") in _TO
                   and a.words_between(frm.end, q.start) <= 1), None)
    return (to, frm) if to and frm and _same_unit(to, frm) else None


def _only_figures_between(a, tok, first: Claim, near: list[Claim]) -> bool:
    """Between the verb and its first to/from figure stand only the move's own figures ("rose
    12 pct to") and words of ``between``."""
    covered = [(q.start, q.end) for q in near if q.end <= first.start]
    other = 0  # words that are no figure's: at most MAX_LEAD_WORDS
    for t in a.words_in(tok.end, first.start):
        if any(s <= t.start and t.end <= e for s, e in covered):
            continue
        if not (t.lower in _BETWEEN or t.lower in _TO | _FROM or t.lower.endswith("ly")):
            return False
        other += 1
    return other <= MAX_LEAD_WORDS


def _before(a, tok, inside: list[Claim]) -> tuple[Claim, Claim] | None:
    """"300 tonnes, down from 350 tonnes": the figure just before "up/down from" and the one
    after it."""
    if tok.lower not in _ADVERBS:
        return None
    nxt = a.words_after(tok.end, 1)
    if not nxt or nxt[0].lower not in _FROM:
        return None
    frm = next((q for q in inside if q.start >= nxt[0].end and q.attrs.get("preceded_by") in _FROM), None)
    before = [q for q in inside if q.end <= tok.start and a.words_between(q.end, tok.start) <= MAX_BEFORE_WORDS]
    to = before[-1] if before else None
    if to is None or frm is None or _rate(a, to) or _rate(a, frm) or to.attrs.get("unit") is None:
        return None
    if frm.attrs.get("followed_by") in _TO:  # "down from 2.4 to 2.7 mln": a range, not a figure
        return None
    return (to, frm) if to.attrs.get("unit") == frm.attrs.get("unit") else None


def _same_unit(to: Claim, frm: Claim) -> bool:
    """One unit for both, or a bare start that takes the end's ("to 1.2 billion dlrs from 1.5")."""
    return to.attrs.get("unit") == frm.attrs.get("unit") or frm.attrs.get("unit") is None


def _from_scale(text: str, to: Claim, frm: Claim) -> float:
    """A bare start ("to 1.2 billion dlrs from 1.5") is read at the end's scale when that makes it
    the nearer figure to the end, as the writer meant it; otherwise as written (1.0)."""
    raw = _written_value(text, to)
    if frm.attrs.get("unit") is not None or not raw or _written_value(text, frm) != frm.attrs["value"]:
        return 1.0
    scale = to.attrs["value"] / raw
    if not frm.attrs["value"] or not to.attrs["value"]:
        return 1.0
    as_written = abs(math.log(to.attrs["value"] / frm.attrs["value"]))
    scaled = abs(math.log(to.attrs["value"] / (frm.attrs["value"] * scale)))
    return scale if scaled < as_written else 1.0


def _noun(a, tok) -> bool:
    """A direction word used as a noun ("the rise", "for raises", "an increase in"): the word
    before it is a determiner, possessive or preposition."""
    before = a.words_before(tok.start, 1)
    return bool(before) and (is_a("determiner", before[0].text) or is_a("preposition", before[0].text))


def _exchange_rate(a, tok) -> bool:
    sentence = a.sentence_at(tok.start)
    words = a.text[sentence.start:sentence.end].lower()
    return any(p in words for p in _EXCHANGE)


def _written_value(text: str, q: Claim) -> float | None:
    """The number as its digits or words say, before any scale word ("1.2" of "1.2 billion")."""
    a, b = q.attrs["number_span"]
    return parse_number(text[a:b])


def _rate(a, q: Claim) -> bool:
    """A figure quoted against another currency or unit ("21 to the dollar", "36.77 per
    dollar"): the words after it are a rate word, or "to" and a determiner."""
    after = [t.lower for t in a.words_after(q.end, 2)]
    return bool(after) and (after[0] in _RATE_AFTER or (after[0] in _TO and after[1:2] == ["the"]))
