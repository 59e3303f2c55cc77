"""Partitions: a whole told once, and figures of the same measure that the story tells as its parts.

Principle. A whole told once (a count or amount of one measure, with the noun or unit that
says what it counts; a body's size; the 100% of one set of respondents) cannot be less than
figures of that measure which the same story presents as parts of it, each told of a
different side of one question, a different item of a list or a different share of a pot.
The parts are *proven* disjoint and of the whole when the words say so in the whole's own
sentence (sides of one axis of the lexicon, a list that names itself the total); they are a
*reading* when the grouping rests on the same measure told nearby (shown, never alarmed).

``read_partitions(claims)`` reads each article once (``ClaimSet.derived``) and gives typed
``Partition`` records; the rule number.sum-exceeds-total judges them. The readings, each a
general shape of telling a whole and its parts, not a sentence:

``SIDES``       figures each placed on another side of one axis of the lexicon (won / drew /
                lost, backed / opposed, approved / rejected, coalition / opposition, diesel /
                electric, forwards / backs) by a word beside them, or by a contrast join
                ("Nine backed it, while four ..."), held to the nearest whole before them of a
                noun that axis counts ("a 10-game season", "a dozen member states").
``ANSWERS``     shares (per cents, "two-thirds") of one set of respondents, each with another
                answer of one question, held to 100%.
``SHARED_OUT``  amounts told as going to things ("goes to", "earmarked", "a further") in the
                sentences after an amount named as a pot ("a $3m package"), held to the pot.
``LISTED``      the items of a bulleted list, held to the total the next sentence names as
                theirs ("Together they amount to ...").
``TABLE``       a table's column of per cents headed as shares, held to 100%.
``TALLY``       a vote written "N-M" held to the size of the one body the story names.

What keeps real news quiet: a part must be smaller than its whole and never equal to it (a
figure equal to the whole restates it); a hedged figure ("up to", "more than") is no part;
parts whose sum is a figure the story tells are that figure's, not the whole's; a whole is
never itself a figure placed on a side.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass

from claims.language import analyse
from claims.language.numbers import parse_number
from claims.language.tokens import words_of
from claims.lexicon import load
from claims.model import ClaimSet
from claims.quantities.base import LEXICON, bounds, lemma

WORDS = {k: v for k, v in load("partitions").items() if not k.startswith("_")}

SIDES = "each told on another side of one question"
ANSWERS = "each another answer of the same respondents"
SHARED_OUT = "each told as going to another thing out of the pot"
LISTED = "the items of a list the total names as its own"
TABLE = "the rows of a table's column of shares"
TALLY = "the two sides of one vote"

#: How many words on either side of a figure a word may stand and still place it on a side
#: ("won six", "3,100 applications were approved").
SIDE_WORDS = 3
#: How many words after a share its answer may come ("Two-thirds of the 1,200 farmers
#: surveyed said they opposed").
ANSWER_WORDS = 8
#: How many sentences before a share a word of asking may stand ("the four-week consultation
#: ... Just 41 per cent of submitters supported").
RESPONDENT_SENTENCES = 2
#: How many sentences before its first part a whole may be told ("a 10-game season" told
#: four sentences before the season's results).
WHOLE_SENTENCES = 6
#: How many sentences apart the parts of one axis may be told when they count one noun ("29
#: seats ... the opposition's 28 seats").
PART_SENTENCES = 3
#: How many sentences after a pot the amounts said to go out of it may come.
SHARE_SENTENCES = 3
#: How many items back from a total that names a list as its own the list may reach.
LIST_ITEMS = 12
#: Figures equal within this much are one figure (floating-point noise, not rounding).
SAME = 1e-6

_CLAUSE_MARKS = frozenset(",;:()[]\u2014\u2013|.!?")
_AXES: dict[str, dict] = WORDS["axes"]
_SIDE_OF: dict[str, list[tuple[str, str]]] = {}
for _axis, _spec in _AXES.items():
    for _side, _words in _spec["sides"].items():
        for _w in _words:
            _SIDE_OF.setdefault(_w, []).append((_axis, _side))
_FRACTIONS: dict[str, float] = WORDS["fractions"]
_PERCENT_SUFFIX = re.compile(r"^(\d+(?:\.\d+)?)(?:" + "|".join(map(re.escape, WORDS["percent_suffixes"])) + r")$", re.I)
_POTS = frozenset(WORDS["pot_nouns"])
#: Any allocation word ("goes to", "earmarked") or total word ("together", "in all"), as a whole word.
_ALLOCATION = re.compile(r"\b(?:" + "|".join(map(re.escape, WORDS["allocation_words"])) + r")\b")
_TOTAL_WORDS = re.compile(r"\b(?:" + "|".join(map(re.escape, WORDS["total_words"])) + r")\b")
_BULLETS = tuple(WORDS["bullets"])
_SHARE_HEADERS = frozenset(WORDS["share_headers"])
_TALLY_VERBS = frozenset(WORDS["tally_verbs"])
_CONTRAST = frozenset(WORDS["contrast_joins"])
_SIDE_STOPS = frozenset(WORDS["side_stops"])
_POT_BEFORE = frozenset(WORDS["pot_before"])
_TALLY_NOUNS = frozenset(WORDS["tally_nouns"])
_ADDITIONAL = frozenset(WORDS["additional_before"])
_PURPOSE = frozenset(WORDS["purpose_after"])
_TOTAL_ROWS = frozenset(WORDS["total_rows"])
_SEAT_HEADERS = frozenset(WORDS["seat_headers"])
_TALLY_BETWEEN = tuple(WORDS["tally_between"])
_OF_TAIL = frozenset(WORDS["of_tail_prepositions"])
_DETERMINERS = frozenset(WORDS["skipped_before_noun"])
_RESPONDENTS = frozenset(LEXICON["respondent_words"])
_RECEIVED = frozenset(WORDS["received_before"])
_PEOPLE = frozenset(LEXICON["people_nouns"])
_BODY_SIZE = re.compile(r"\d-(?:" + "|".join(map(re.escape, WORDS["body_units"])) + r")\b", re.I)
#: The axis whose sides are the answers of respondents.
_ANSWER_AXIS = "the side taken in a vote"


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure of the text: what the partition reader needs of it."""

    text: str
    start: int
    end: int
    value: float
    low: float  # the least its wording and rounding allow
    high: float | None  # the most (None: unbounded)
    sentence: int  # the index of its sentence
    measure: str | None  # its unit ("percent", "euro") or counted noun ("game"), None when bare
    dimension: str  # "count", "number", "money", "percent", "capacity" ...
    hedged: bool  # "up to", "more than", "about"
    thing: str | None = None  # the thing a size measures ("the 24-strong squad" -> squad)


@dataclass(frozen=True, slots=True)
class Partition:
    """A whole and the figures read as its parts, with why they are read so."""

    reading: str  # one of the reading names above
    whole: Figure | None  # None: the 100% of one set of respondents or of a table's column
    total: float  # the most the whole allows
    parts: tuple[Figure, ...]
    sides: tuple[str, ...]  # what tells the parts apart, one a part (side, answer, item)
    proven: bool  # the words prove the parts disjoint and of the whole


def _lemma(word: str) -> str:
    """A noun as the reader compares it: the quantities' one singular (``lemma``), a possessive's
    "'s" off first."""
    return lemma(word.lower().replace("\u2019", "'").removesuffix("'s"))


def _figures(claims: ClaimSet) -> list[Figure]:
    """The article's figures: its quantity claims, and figures the claims leave out that a
    partition reads (a compound size "10-game", a bare count "drew one", a fraction
    "two-thirds", a per cent written "62pc")."""
    text = claims.article.text
    an = analyse(text)
    out: list[Figure] = []
    taken: list[tuple[int, int]] = []
    for c in claims.of_kind("quantity"):
        a = c.attrs
        if (a.get("change") and a.get("change_word") not in _SIDE_OF) or a.get("value") is None:
            continue
        low, high = bounds(a)
        out.append(Figure(c.text, c.start, c.end, float(a["value"]), low or 0.0, high, an.sentence_at(c.start).index,
                          a.get("unit") or a.get("noun"), a.get("dimension") or "number",
                          a.get("mod") is not None, a.get("measured") or a.get("group")))
        taken.append((c.start, c.end))

    # whether a token overlaps no claim: the claims' spans by start, with the furthest end reached
    # so far, asked by bisection (linear in the tokens and claims, not their product)
    taken.sort()
    starts = [ts for ts, _ in taken]
    reach: list[int] = []
    for _, te in taken:
        reach.append(max(te, reach[-1]) if reach else te)

    def free(s: int, e: int) -> bool:
        k = bisect.bisect_left(starts, e)  # the claims starting before the token ends
        return k == 0 or reach[k - 1] <= s

    toks = an.tokens
    for i, t in enumerate(toks):
        if not free(t.start, t.end):
            continue
        frac = _FRACTIONS.get(t.lower)
        if frac is not None:
            out.append(Figure(t.text, t.start, t.end, frac, frac - 0.5, frac + 0.5, an.sentence_at(t.start).index,
                              "percent", "percent", False))
            continue
        if t.kind == "word" and i and toks[i - 1].lower in _SIDE_OF and parse_number(t.text) is not None:
            v = parse_number(t.text)  # "drew one": a bare count told with its side
            out.append(Figure(t.text, t.start, t.end, v, v, v, an.sentence_at(t.start).index, None, "number", False))
            continue
        if t.kind != "number":
            continue
        m = _PERCENT_SUFFIX.match(t.text)
        if m:
            v = float(m.group(1))
            out.append(Figure(t.text, t.start, t.end, v, v, v, an.sentence_at(t.start).index, "percent", "percent", False))
            continue
        v = parse_number(t.text)
        if v is None:
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        after = toks[i + 2] if i + 2 < len(toks) else None
        prev = toks[i - 1] if i else None
        if nxt is not None and nxt.text == "-" and after is not None and nxt.start == t.end and after.start == nxt.end:
            if after.kind == "word":  # "a 10-game season": the size of a whole
                thing = toks[i + 3] if i + 3 < len(toks) and toks[i + 3].kind == "word" else None
                out.append(Figure(text[t.start:after.end], t.start, after.end, v, v, v, an.sentence_at(t.start).index,
                                  _lemma(after.text), "capacity", False, _lemma(thing.text) if thing else None))
            continue
        if prev is not None and prev.lower in _SIDE_OF:  # "drew one": a bare count told with its side
            out.append(Figure(t.text, t.start, t.end, v, v, v, an.sentence_at(t.start).index, None, "number", False))
    out.sort(key=lambda f: f.start)
    return out


def _side(an, f: Figure, window: int) -> list[tuple[str, str]]:
    """The (axis, side) pairs a word beside ``f`` may put it on (a word may answer on two
    axes: "approved"): the nearest word in its clause, before it first on a tie; the
    figure's own noun ("18 forwards") or its own words ("the opposition's 28 seats") first."""
    if f.measure in _SIDE_OF:
        return _SIDE_OF[f.measure]
    for w in an.words_in(f.start, f.end):
        for key in (w.lower, w.lower.removesuffix("'s")):
            if key in _SIDE_OF:
                return _SIDE_OF[key]
    toks = an.tokens
    i0, i1 = an.token_index(f.start), an.token_index(f.end - 1)
    best: tuple[int, list[tuple[str, str]]] | None = None
    for direction, start in ((-1, i0 - 1), (1, i1 + 1)):
        j, n = start, 0
        while 0 <= j < len(toks) and n < window:
            t = toks[j]
            if t.kind == "punct" and t.text in _CLAUSE_MARKS and t.text != "-":
                break
            if t.kind == "punct":
                j += direction
                continue
            if t.lower in _SIDE_STOPS:
                break  # "received and US$15 million is still outstanding": another coordinate's word
            n += 1
            words = [_lemma(t.text) if t.lower not in _SIDE_OF else t.lower, t.lower.removesuffix("'s")]
            hit = next((_SIDE_OF[w] for w in words if w in _SIDE_OF), None)
            if hit is not None and (best is None or n < best[0]):
                best = (n, hit)
                break
            j += direction
    return best[1] if best else []


def _of_noun(an, f: Figure) -> tuple[str, ...] | None:
    """What a share is "of": its noun, and the noun of a preposition right after it ("41 per
    cent of submitters" -> (submitter,); "55% of places on the course" -> (place, on, course))."""
    after = [w for w in an.words_after(f.end, 8) if w.lower not in _DETERMINERS]
    if not after or after[0].lower != "of" or len(after) < 2 or after[1].kind != "word":
        return None
    tail: tuple[str, ...] = (_lemma(after[1].text),)
    if len(after) > 3 and after[2].lower in _OF_TAIL:
        tail += (after[2].lower, _lemma(after[3].text))
    return tail


def _restated(parts: list[Figure], figures: list[Figure], whole: Figure | None) -> bool:
    """Parts whose sum, or the sum of their first few, is the whole or another figure the
    story tells: a restatement of a told figure, not parts over the whole."""
    told = {round(f.value, 6) for f in figures if f.measure == (parts[0].measure if whole is None else whole.measure) or
            f.dimension == parts[0].dimension}
    if whole is not None:
        told.add(round(whole.value, 6))
    run = 0.0
    for p in parts:
        run += p.value
        if round(run, 6) in told:
            return True
    return False


def _whole_before(figures: list[Figure], first: Figure, nouns: set[str], parts: list[Figure], an) -> Figure | None:
    """The nearest figure before ``first`` (same sentence or up to WHOLE_SENTENCES back) that
    counts one of ``nouns``, more than every part, and no part itself."""
    biggest = max(p.value for p in parts)
    for f in reversed(figures):
        if f.start >= first.start or f in parts:
            continue
        if first.sentence - f.sentence > WHOLE_SENTENCES:
            break
        if (f.measure in nouns or f.thing in nouns) and not _side(an, f, SIDE_WORDS):
            before = an.words_before(f.start, 2)
            if any(w.lower in _ADDITIONAL for w in before) or any(w.lower in _ADDITIONAL for w in an.words_in(f.start, f.end)):
                return None  # "Another 12 hikers": a second group, and the parts may be of either
            if f.value > biggest and f.high is not None:
                return f
    return None


def _sides(figures: list[Figure], an) -> list[Partition]:
    placed: list[tuple[Figure, list[tuple[str, str]]]] = []
    for f in figures:
        if f.dimension == "percent" or f.hedged:
            continue
        options = [(a, sd) for a, sd in _side(an, f, SIDE_WORDS) if (f.dimension == "money") == bool(_AXES[a].get("amounts"))]
        if not options and f.measure is None:  # "Nine backed it, while four ...": the other side
            before = an.words_before(f.start, 1)
            if before and before[0].lower in _CONTRAST and placed and placed[-1][0].sentence == f.sentence:
                options = [(axis, f"not {was}") for axis, was in placed[-1][1]]
        if options:
            placed.append((f, options))
    out: list[Partition] = []
    told: set[tuple[int, ...]] = set()
    for axis in _AXES:
        on = [(f, side) for f, options in placed for a, side in options if a == axis]
        used: set[int] = set()
        for i, (f, side) in enumerate(on):
            if i in used:
                continue
            group, seen = [(f, side)], {side}
            for j in range(i + 1, len(on)):
                g, side2 = on[j]
                if side2 in seen or j in used:
                    continue
                last = group[-1][0]
                near = g.sentence == last.sentence or (
                    g.sentence - last.sentence <= PART_SENTENCES and g.measure is not None and f.measure is not None)
                if not near:
                    break
                group.append((g, side2))
                seen.add(side2)
                used.add(j)
            parts = [p for p, _ in group]
            if len(parts) < 2 or tuple(p.start for p in parts) in told:
                continue
            if len({p.measure for p in parts} - {None}) > 1 and not all(p.measure in _SIDE_OF for p in parts):
                continue  # parts of two nouns, neither the side itself: not one measure
            nouns = set(_AXES[axis]["whole"]) | (_PEOPLE if _AXES[axis].get("people") else set()) | {p.measure for p in parts if p.measure and p.measure not in _SIDE_OF}
            whole = _whole_before(figures, parts[0], nouns, parts, an)
            if whole is None or _restated(parts, [x for x in figures if x not in parts], whole):
                continue
            told.add(tuple(p.start for p in parts))
            proven = whole.sentence == parts[0].sentence == parts[-1].sentence
            out.append(Partition(SIDES, whole, whole.high, tuple(parts), tuple(sd for _, sd in group), proven))
    return out


def _asked(an, parts) -> bool:
    """Whether a word of asking (a poll, a survey, those asked; lexicon respondent_words) stands
    in a share's sentence or up to RESPONDENT_SENTENCES before one."""
    for p in parts:
        for idx in range(max(0, p.sentence - RESPONDENT_SENTENCES), p.sentence + 1):
            s = an.sentences[idx]
            if any(w.lower in _RESPONDENTS for w in an.words_in(s.start, s.end)):
                return True
    return False


def _answers(figures: list[Figure], an) -> list[Partition]:
    """Shares on different sides of one answering axis, each of the same respondents: in one
    sentence, or each "of" the same noun; two shares "of" different nouns are two wholes."""
    out = []
    for axis, spec in _AXES.items():
        if not spec.get("answers"):
            continue
        shares = []
        for f in figures:
            if f.dimension != "percent" or f.hedged:
                continue
            side = next((sd for a, sd in _side(an, f, ANSWER_WORDS) if a == axis), None)
            if side is not None:
                shares.append((f, side, _of_noun(an, f)))
        for i, (f, side, of) in enumerate(shares):
            group = [(f, side)]
            for g, side2, of2 in shares[i + 1:]:
                if side2 in {s for _, s in group}:
                    continue
                if of is not None and of2 is not None and of2 != of:
                    continue  # "60% of nurses ... 45% of doctors": two wholes
                if g.sentence == f.sentence or (of is not None and of2 == of):
                    group.append((g, side2))
            if len(group) < 2:
                continue
            parts = tuple(p for p, _ in group)
            if not _asked(an, parts):
                continue  # "Shares moved: 60% backed ...": no one asked, no set of respondents
            out.append(Partition(ANSWERS, None, 100.0, parts, tuple(s for _, s in group),
                                 all(p.sentence == f.sentence for p in parts)))
            break
    return out


def _shared_out(figures: list[Figure], an, text: str) -> list[Partition]:
    out = []
    for k, pot in enumerate(figures):
        if pot.dimension != "money" or pot.hedged or pot.high is None:
            continue
        near = [w.lower for w in an.words_in(pot.start, pot.end)] + [w.lower for w in an.words_after(pot.end, 3)]
        before = [w.lower for w in an.words_before(pot.start, 3)]
        named_before = bool(before) and before[-1] in _POT_BEFORE and any(_lemma(w) in _POTS for w in before[:-1])
        if not any(_lemma(w) in _POTS for w in near) and not named_before:  # "a $3m package", "a fund of $3m"
            continue
        s0 = an.sentences[pot.sentence]
        if any(w.lower in _RECEIVED for w in an.words_in(s0.start, pot.start)):
            continue  # "Senegal was given a 5.5 mln dlrs loan, Guinea 4.6 mln ...": an item given, no pot
        parts: list[Figure] = []
        for f in figures[k + 1:]:
            if f.sentence - pot.sentence > SHARE_SENTENCES:
                break
            if f.measure != pot.measure or f.dimension != "money":
                continue
            if f.value >= pot.value - SAME:
                break  # another total, or the pot restated
            if f.sentence == pot.sentence:
                continue  # its own sentence is the other readings' ("exceeds the record of ...", a list it heads)
            s = an.sentences[f.sentence]
            said = text[s.start:s.end].lower()
            purpose = an.words_after(f.end, 1)
            if f.hedged or not (_ALLOCATION.search(said)
                                or (purpose and purpose[0].lower in _PURPOSE)):
                continue  # "€1.5bn will go to ...", "€250m for water"
            parts.append(f)
        if len(parts) < 2 or _restated(parts, [x for x in figures if x not in parts], pot):
            continue
        out.append(Partition(SHARED_OUT, pot, pot.high, tuple(parts), tuple(p.text for p in parts), False))
    return out


def _list_item(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is an item of a list: a line of its own, opened by a bullet or
    by the blank a reader leaves where the bullet stood, or told in a run of lines."""
    open_ = text.rfind("\n", 0, start) + 1
    close = text.find("\n", end)
    close = len(text) if close < 0 else close
    line = text[open_:close]
    if line.strip() != text[start:end].strip():
        return False
    if line.lstrip().startswith(_BULLETS) or line[:1].isspace():
        return True
    before = text[text.rfind("\n", 0, max(0, open_ - 1)) + 1:max(0, open_ - 1)]
    after = text[close + 1:text.find("\n", close + 1) if text.find("\n", close + 1) >= 0 else len(text)]
    return bool(before.strip()) or bool(after.strip())


def _list_run(by_sentence: dict[int, list[Figure]], an, text: str, total: Figure, sentences) -> list[Figure]:
    """The figures of the total's measure told one per list item, walking the sentences given
    (forward after the total, or backward before it) until a sentence is no list item or holds
    other than one such figure."""
    run: list[Figure] = []
    for idx in sentences:
        item = an.sentences[idx]
        if not _list_item(text, item.start, item.end):
            break
        mine = [f for f in by_sentence.get(idx, ()) if f.measure == total.measure and f.dimension == total.dimension]
        if len(mine) != 1:
            break
        run.append(mine[0])
    return run


def _listed(figures: list[Figure], an, text: str) -> list[Partition]:
    out = []
    by_sentence: dict[int, list[Figure]] = defaultdict(list)
    for f in figures:
        by_sentence[f.sentence].append(f)
    for total in figures:
        s = an.sentences[total.sentence]
        head = text[s.start:total.start].lower()
        if total.hedged or total.high is None:
            continue
        same = [f for f in by_sentence[total.sentence] if f.measure == total.measure and f.dimension == total.dimension]
        if text[s.start:s.end].rstrip().endswith(":") and same == [total]:  # "The $9m package includes:" and its items
            after = _list_run(by_sentence, an, text, total,
                              range(total.sentence + 1, min(len(an.sentences), total.sentence + 1 + LIST_ITEMS)))
            if len(after) >= 2 and all(p.value < total.value for p in after):
                out.append(Partition(LISTED, total, total.high, tuple(after), tuple(p.text for p in after), True))
            continue
        if not _TOTAL_WORDS.search(head):
            continue
        parts = _list_run(by_sentence, an, text, total, range(total.sentence - 1, max(-1, total.sentence - 1 - LIST_ITEMS), -1))
        parts.reverse()
        if len(parts) >= 2 and all(p.value < total.value for p in parts):
            out.append(Partition(LISTED, total, total.high, tuple(parts), tuple(p.text for p in parts), True))
    return out


_ROW = re.compile(r"^\|(.*)\|\s*$", re.M)


_NUMBER_CELL = re.compile(r"^\s*(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d+))?\s*(%?)\s*$")


def _cell(m: re.Match, cells: list[str], col: int, an) -> Figure | None:
    """The figure in a table cell, the row standing for its span: "38.4%", "17", "1,250"."""
    if col >= len(cells):
        return None
    cm = _NUMBER_CELL.match(cells[col])
    if not cm:
        return None
    v = float(cm.group(1).replace(",", "") + ("." + cm.group(2) if cm.group(2) else ""))
    half = 0.5 * 10 ** -len(cm.group(2) or "") if cm.group(2) or cm.group(3) else 0.0
    start = m.start(1) + sum(len(c) + 1 for c in cells[:col])
    percent = bool(cm.group(3))
    return Figure(m.group(0).strip(), m.start(), m.end(), v, v - half, v + half, an.sentence_at(start).index,
                  "percent" if percent else None, "percent" if percent else "number", False)


def _tables(text: str, an, figures: list[Figure]) -> list[Partition]:
    """A table's column read as the rows' parts of one whole: per cents headed as shares (of
    100%), any figures above a row named the total (of that row's figure, proven), seats
    (of the one body the story sizes in seats or members)."""
    out = []
    rows = list(_ROW.finditer(text))
    blocks: list[list[re.Match]] = []
    for m in rows:
        if blocks and text[blocks[-1][-1].end():m.start()].strip() == "":
            blocks[-1].append(m)
        else:
            blocks.append([m])
    bodies = [f for f in figures if _BODY_SIZE.search(f.text) and not f.hedged]
    for block in blocks:
        if len(block) < 4:
            continue
        header = [c.strip().lower() for c in block[0].group(1).split("|")]
        body = block[2:]
        last = body[-1].group(1).split("|")
        totalled = last[0].strip().lower().strip("*_ ") in _TOTAL_ROWS
        items = body[:-1] if totalled else body
        for col, name in enumerate(header):
            parts = [_cell(m, m.group(1).split("|"), col, an) for m in items]
            if len(parts) < 2 or None in parts:
                continue
            words = set(words_of(name)) | ({"%"} if "%" in name else set())
            whole = _cell(body[-1], last, col, an) if totalled else None
            if whole is not None and whole.dimension != "percent":  # a total row of rates adds up nothing
                out.append(Partition(TABLE, whole, whole.high, tuple(parts), tuple(p.text for p in parts), True))
            elif all(p.dimension == "percent" for p in parts) and words & _SHARE_HEADERS:
                out.append(Partition(TABLE, None, 100.0, tuple(parts), tuple(p.text for p in parts), False))
            elif words & _SEAT_HEADERS and len(bodies) == 1:
                out.append(Partition(TABLE, bodies[0], bodies[0].high, tuple(parts), tuple(p.text for p in parts), False))
    return out


def _tally(figures: list[Figure], an) -> list[Partition]:
    bodies = [f for f in figures if _BODY_SIZE.search(f.text) and not f.hedged]  # "the 13-member council"
    if len(bodies) != 1:
        return []
    body = bodies[0]
    toks = an.tokens
    out = []
    for i in range(1, len(toks) - 2):
        t = toks[i]
        if t.kind == "number" and toks[i + 1].text in "-\u2013" and toks[i + 2].kind == "number":
            u = toks[i + 2]
            if toks[i - 1].lower not in _TALLY_VERBS and not (i + 3 < len(toks) and toks[i + 3].lower in _TALLY_NOUNS):
                continue  # "voted 8-6", "an 8-6 vote"; a score "24-22" is no tally
        elif (i + 3 < len(toks) and toks[i - 1].lower == "by"
              and tuple(x.lower for x in toks[i + 1:i + 3]) == _TALLY_BETWEEN):
            u = toks[i + 3]  # "by eight votes to six"
        else:
            continue
        a, b = parse_number(t.text), parse_number(u.text)
        if a is None or b is None:
            continue
        idx = an.sentence_at(t.start).index
        parts = (Figure(t.text, t.start, t.end, a, a, a, idx, None, "number", False),
                 Figure(u.text, u.start, u.end, b, b, b, idx, None, "number", False))
        out.append(Partition(TALLY, body, body.high, parts, ("for", "against"), False))
    return out


def read_partitions(claims: ClaimSet) -> list[Partition]:
    """Every partition the article tells, each reading once (``ClaimSet.derived`` shares it)."""
    text = claims.article.text
    if not text or not text.strip():
        return []  # a claims document without its text: the partitions are read from the words
    an = analyse(text)
    figures = _figures(claims)
    return (_sides(figures, an) + _answers(figures, an) + _shared_out(figures, an, text) + _listed(figures, an, text)
            + _tables(text, an, figures) + _tally(figures, an))
