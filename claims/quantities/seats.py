"""Seat tallies: the seats of a body ("the 51-seat council", "the 92-member corporation", "all
seven council seats") shared out among the holders an article names ("Labour won 24 seats,
the Conservatives 17", "Labour 24, Greens 3", "followed by the Sena with 22", "four went to
newcomers"). A seat has one holder, so the holders' seats are parts of the body's size."""

from __future__ import annotations

import re

from claims.language import analyse
from claims.language.tokens import WORD, words_of
from claims.quantities.base import LEXICON, Mention
from claims.quantities.parts import level_reached, tie_parts

#: The marker of seats shared out in the body's own sentence, and of seats told over several
#: sentences (a reading of the article, shown rather than proved).
SEATS = "seats held"
SEATS_ACROSS = "seats held, told across sentences"

_SEATS = frozenset(LEXICON["seat_nouns"])
_BODY_UNITS = frozenset(LEXICON["body_size_words"]) | _SEATS
_WIN_VERBS = frozenset(LEXICON["seat_win_verbs"])
_PLURAL_HOLDERS = frozenset(LEXICON["seat_holder_nouns"])
_NOT_TALLY = frozenset(LEXICON["seat_tally_breakers"])
_BODIES = frozenset(LEXICON["seat_bodies"])
#: Sentences after the body's in which its holders' seats may be told.
SEAT_SENTENCES = 6
#: Words a holder's name may take ("the Nationalist Congress Party").
HOLDER_WORDS = 4

_NAME = r"(?:(?!(?:The|A|An|This|That|Its|Their)\b)[A-Z][\w'’&.-]*)(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’&.-]*){0," + str(HOLDER_WORDS - 1) + r"}"
_PLURAL = r"(?:" + "|".join(sorted(_PLURAL_HOLDERS, key=len, reverse=True)) + r")"
_HOLDER = r"(?:(?:[Tt]he\s+)?(?P<name>" + _NAME + r")|(?P<plural>" + _PLURAL + r"))"
#: "Labour won 24 seats", "independents took five seats", "the Greens 3", "the Sena with 22"
_BEFORE = re.compile(_HOLDER + r"\s+(?:(?P<with>with)\s+|(?P<verb>[a-z]+(?:\s+[a-z]+){0,2})\s+)?$")
#: "four went to newcomers", "four to incumbents"
_AFTER = re.compile(r"\s+(?:went\s+)?to\s+(?:the\s+)?(?P<plural>" + _PLURAL + r")\b")


def _words(text: str, a: int, b: int) -> list[str]:
    """The words of text[a:b] as the language layer reads them, numbers left out."""
    return [w.text for w in analyse(text).words_in(a, b) if w.kind == WORD]


def _body(text: str, qs: list[Mention]) -> Mention | None:
    """The size of the body whose seats the article shares out: a compound count in seats or
    members of a body that sits ("the 51-seat council", "the 92-member civic body"; lexicon
    seat_bodies, within two words) or all of its seats ("all seven council seats"); None when
    the article gives none, or two sizes. "A 300-seat jet" is no body."""
    sizes = [q for q in qs if (q.dimension == "capacity" and q.unit in _BODY_UNITS
                               and any(w.lower() in _BODIES for w in _words(text, q.num_end, q.sentence[1])[1:3]))
             or (q.noun in _SEATS and (q.whole or _owned_by_body(q.det)))]
    if not sizes or any(q.value != sizes[0].value for q in sizes) or sizes[0].role is not None:
        return None
    return sizes[0]


def _seat_of(body: Mention, noun: str) -> bool:
    """Whether seats counted as ``noun`` are units of ``body``: its own unit ("the 120-ward
    corporation ... 64 wards"), or seats of a body sized in seats or members."""
    unit = body.unit if body.dimension == "capacity" else body.noun
    return noun == unit or (noun == "seat" and unit not in _SEATS)


def _subject_holder(text: str, start: int, q: Mention) -> str | None:
    """The holder of a seat count told with a verb of winning right before it, read as the
    words of its clause before that verb ("the ruling front won 51 wards"), up to
    ``HOLDER_WORDS`` words; None when no verb of winning stands there."""
    if q.change:
        return None
    words = _words(text, start, q.start)
    if len(words) < 2 or words[-1].lower() not in _WIN_VERBS:
        return None
    holder = [w for w in words[:-1] if w.lower() not in _GAP_LEAD]
    return " ".join(holder).lower() if 0 < len(holder) <= HOLDER_WORDS else None


def _owned_by_body(det: str | None) -> bool:
    """A possessive that names a body that sits: "the board's 30 seats", "parliament's 120
    seats" are all the seats the body has."""
    words = words_of(det or "")
    return bool(words) and (det or "").endswith(("'s", "’s", "s'")) and re.sub(r"['’]s$", "", words[-1]) in _BODIES


#: "won 17 of the board's 30 seats": a bare number that takes the seats of the body it is of
_OF_BODY = re.compile(r"\s+of\s+")


def _holder(text: str, q: Mention, body: Mention | None = None) -> str | None:
    """Who holds the seats ``q`` counts, read from its own words, or None when they tell no
    holder of seats won: "Labour won 24 seats", "the Liberal Democrats 8" (after a tally of
    seats in its sentence), "the Sena with 22", "was reduced to 9 seats", "four to newcomers"."""
    clause_start = max(text.rfind(c, q.sentence[0], q.start) for c in (",", ";", ":", "\n"))
    start = max(q.sentence[0], clause_start + 1 if clause_start >= 0 else q.sentence[0])
    before = text[start : q.start]
    if q.noun in _SEATS:
        if body is not None and not _seat_of(body, q.noun):
            return None  # "the 120-ward corporation ... 90 seats": a seat is no ward
        if q.change and not level_reached(q.change, q.preceded_by):
            return None
        m = _BEFORE.search(before)
        if m is None:
            return _subject_holder(text, start, q)
        if m.group("with"):
            return None
        verb = m.group("verb") or ""
        if not (set(verb.split()) & _WIN_VERBS or level_reached(q.change, q.preceded_by)):
            return None
        return (m.group("name") or m.group("plural")).lower()
    if q.noun is not None or q.unit is not None or q.change:
        return None
    m = _BEFORE.search(before)
    if m is not None and not m.group("verb"):
        return (m.group("name") or m.group("plural")).lower()
    if m is not None and body is not None and q.sentence == body.sentence and set(m.group("verb").split()) & _WIN_VERBS:
        # "The Greens won 17 of the board's 30 seats, Labour took 9": a holder and a verb of
        # winning in the body's own sentence, the number before the body's seats or after them
        if q.end <= body.start and _OF_BODY.fullmatch(text, q.end, body.start) is None:
            return None
        return (m.group("name") or m.group("plural")).lower()
    after = _AFTER.match(text, q.end)
    return after.group("plural").lower() if after is not None else None


#: Words either side of a seat count, within its clause, that make it no seat won: "needs 47
#: seats", "the 26 needed", "had 21 seats before".
BREAKER_WORDS = 3


def _broken(text: str, q: Mention) -> bool:
    """A word of lexicon seat_tally_breakers within ``BREAKER_WORDS`` words before or after the
    count, or a year anywhere in its clause ("in 2019")."""
    lo = max([q.sentence[0]] + [text.rfind(c, q.sentence[0], q.start) + 1 for c in ",;:"])
    hi = min([q.sentence[1]] + [i for i in (text.find(c, q.end, q.sentence[1]) for c in ",;:") if i >= 0])
    before = _words(text, lo, q.start)[-BREAKER_WORDS:]
    after = _words(text, q.end, hi)[:BREAKER_WORDS]
    if _YEAR.search(text, lo, hi):
        return True  # "In 2019 the Greens won 12 seats": another election
    return any(w.lower() in _NOT_TALLY for w in before + after)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

#: Words a holder may take in a list that says its verb of winning once ("the Front won 50
#: wards, the Left 30, and the small rural parties 12").
GAPPED_HOLDER_WORDS = 5
_GAP_LEAD = frozenset(("and", "while", "whereas", "with", "the"))


def _last_figure_end(text: str, lo: int, hi: int) -> int | None:
    """Where the last figure in text[lo:hi] ends (its digits and any commas or points after
    them), found from the end in one pass; None when no digit stands there."""
    k = hi - 1
    while k >= lo and not text[k].isdecimal():
        k -= 1
    if k < lo:
        return None
    end = k + 1
    while end < hi and text[end] in ",.":
        end += 1
    return end


def _gapped_holder(text: str, q: Mention) -> str | None:
    """The holder of a bare number in a sentence whose verb of winning was said once before it:
    every word of its clause before it, up to ``GAPPED_HOLDER_WORDS`` (leading "and" or "the"
    left out), none a number; None when the clause holds none or more."""
    if q.noun is not None or q.unit is not None or q.change:
        return None
    cut = max(text.rfind(c, q.sentence[0], q.start) for c in (",", ";", ":", "\n"))
    if cut < 0:
        return None
    figure_end = _last_figure_end(text, cut + 1, q.start)
    if figure_end is not None:
        cut = figure_end - 1  # "the Left 30 and the Greens 12": the holder starts after the figure before
    words = _words(text, cut + 1, q.start)
    while words and words[0].lower() in _GAP_LEAD:
        words = words[1:]
    if not words or len(words) > GAPPED_HOLDER_WORDS:
        return None
    return " ".join(words).lower()


def link_seats(text: str, qs: list[Mention], starts: list[int]) -> None:
    """The seats each holder won, tied to the size of the body they sit in (``SEATS``; told
    over several sentences, ``SEATS_ACROSS``). Every holder is named once with one number, at
    least two are named, the sentences after the body's hold within ``SEAT_SENTENCES`` of it,
    and none tells another time or body (lexicon seat_tally_breakers: "previous", "needs")."""
    body = _body(text, qs)
    if body is None:
        return
    first = next((i for i, s in enumerate(starts) if s == body.sentence[0]), None)
    if first is None:
        return
    reach = starts[first + SEAT_SENTENCES] if first + SEAT_SENTENCES < len(starts) else len(text)
    parts: list[Mention] = []
    holders: dict[str, float] = {}
    sentences: set[tuple[int, int]] = set()
    seats_told: set[tuple[int, int]] = set()  # sentences that count seats or start with the body's
    won_in: set[tuple[int, int]] = set()  # sentences where a holder won seats with a verb of winning
    for q in qs:
        if q is body or not (body.sentence[0] <= q.start < reach) or q.role is not None or q.mod is not None:
            continue
        if _broken(text, q):
            continue
        if q.noun in _SEATS or q.sentence == body.sentence or q.sentence[0] == body.sentence[1]:
            seats_told.add(q.sentence)
        elif q.sentence not in seats_told:
            continue  # a bare number counts seats only in a sentence that counts them, or the body's next
        holder = _holder(text, q, body)
        if holder is None and q.sentence in won_in:
            holder = _gapped_holder(text, q)
        if holder is None:
            continue
        if q.noun in _SEATS:
            won_in.add(q.sentence)
        if holder in holders:
            if holders[holder] != q.value:
                return  # one holder with two numbers: another election, or a change
            continue
        holders[holder] = q.value
        q.holder = holder
        parts.append(q)
        sentences.add(q.sentence)
    if len(parts) < 2:
        for p in parts:
            p.holder = None
        return
    tie_parts(text, qs, body, parts, SEATS if sentences == {body.sentence} else SEATS_ACROSS)
