"""The enumeration reader: the members of a kind an article names one by one, and its counts of
that kind.

The principle: an article that names the members of a kind one by one, in a coordinated list
of one sentence, tells how many of that kind it means there; a count of the same noun
elsewhere ("three bills", "a two-state search", "a pair of bills") can then be held to it.
This module only reads; number.count-mismatch judges.

A member is told in one of three ways, and is known by what names it, never by its place:
- an id after the kind's own noun, capitalized ("Bill 212", "Senate Bill 305", "Wards 12, 14
  and 21"): the kind is that noun's singular, the member's key the words before the id that
  are capitalized (a chamber, "Senate"), the noun and the id, so "Senate Bill 4" and "House
  Bill 4" are two bills and "Ward 19" told twice is one ward;
- a name of a class the places lexicon holds ("Ohio, Iowa and Utah"), read as members of the
  nouns the quantities lexicon's ``enumerated_classes`` gives it (states, countries, nations),
  in a run of such names joined by commas and one "and" or "or" before the last.

An ``Enumeration`` is the distinct members of one kind in one coordinated list: told in order
in one sentence, two at least, the list closed by the member reached across an "and" or "or"
("A, B and C"; members after it open another list: "A, B and C might ask D and E"). It is
``whole`` when what stands right before its first member says it is the whole (lexicon
``whole_list_before``: "They are A, B and C", "three bills: A, B and C", "namely"), and no
word before it in its sentence says it names some ("Among the states covered are A and B",
lexicon ``some_list_words``), nor a phrase after it that the list goes on ("as well as").

A ``KindCount`` is an exact count of a noun: a number and up to COUNT_MODIFIER_WORDS words
before the noun in the plural ("4 ethics bills"), a number joined to the noun in the singular
by a hyphen ("a four-state search", "a 4-state search"), or a collective ("a pair of bills").
Left out, because they count some of the kind or are not exact: a count after a word of
degree ("about four states", lexicon modifiers), one with a subset word before it or before
its noun ("the first two bills", "two other states", lexicon ``count_subset_words``), and
either side of a part ("four of the six states": both the part and the whole).

- a name told with "the" before it and its kind's noun after it, in the singular and in lower
  case ("the Elm Street bridge", "the Ash Lane depot"), the noun ending its phrase.

Ids of a kind are strong names: those told in two sentences or more, with no list of their kind,
make one enumeration of the article (``sentence`` is SPREAD), never said whole ("Bill 4 passed.
... Bill 9 failed.").

Members told by the events that make them are read, too (lexicon event_members,
side_verbs, side_writers): a name a kind's verb acts on ("bowled Ann Bell", "had Ann Bell
caught": one wicket each), and people told taking a side of a vote ("A and B voted against";
an opinion's writer and who joined it, the whole side: ``by`` SIDE), held to the split "N-M" a
sentence with a vote word tells. A person is known by the last word of the name.

Known problems: events with no named member (passes told by their yardage, tries by their
minute) are not read; nor is a member's event told in a sentence apart from the others; nor are names sharing
one noun in the plural ("the Elm and Oak bridges"). A list in a sentence of
its own is not joined with members told in other sentences.
Cost: one pass over the tokens of each sentence; the places are looked up by their words.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from claims.language import analyse
from claims.language.numbers import MAX_MODIFIER_WORDS, MODIFIERS, read_number
from claims.language.tokens import NUMBER, PUNCT, WORD, Token
from claims.language.vocabulary import FUNCTION_WORDS
from claims.lexicon import load
from claims.quantities.base import LEXICON, lemma

#: The most words between a count's number and its noun ("4 ethics bills", "three new
#: commuter trains"): more and the noun is likely another phrase's.
COUNT_MODIFIER_WORDS = 2
#: The most capitalized words read before an id's noun as part of the member's name
#: ("Senate Bill 212", "House Appropriations Bill 4").
ID_PREFIX_WORDS = 2
#: The most capitalized words (or figures) read as the name before a kind's noun ("the Route 72
#: overpass", "the Mill River bridge").
NAME_WORDS = 3
#: The ``sentence`` of an enumeration whose members are told in sentences of their own.
SPREAD = -1
#: The most words a place's name holds ("North Rhine-Westphalia" is two tokens).
PLACE_NAME_WORDS = 3
#: The most capitalized words read as one person's name with its title ("Chief Justice Ann
#: Bell"): the member is known by the last of them.
PERSON_NAME_WORDS = 4
#: The most lower-case words between an event's verb and its member's name ("removed opener
#: Ann Bell", "bowled the opener Ann Bell" is not read: "the" is a function word).
ROLE_WORDS = 1
#: The most words between "wrote"/"writing" and the words that tell which side the opinion is
#: for ("wrote the majority opinion", "wrote for the majority").
WRITER_GAP_WORDS = 1
#: How members are told (``Enumeration.by``).
NAMED, EVENT, SIDE = "named", "event", "side"
#: The counted kinds of a vote's two sides (never a noun a count is read for).
MAJORITY, MINORITY = "vote in the majority", "vote in the minority"

_SUBSET = frozenset(LEXICON["count_subset_words"])
_WHOLE_BEFORE = frozenset(LEXICON["whole_list_before"])
_SOME = frozenset(LEXICON["some_list_words"])
_GOES_ON = tuple(LEXICON["nonexhaustive_after"])
_COLLECTIVE: dict[str, int] = LEXICON["collective_numbers"]
_PARTITIVE = frozenset(LEXICON["partitive_links"])
_JOINS = frozenset({"and", "or", "&"})
#: Capitalized words a number after which is no id of a kind: a date's month or weekday, "No."
_NOT_KINDS = frozenset(LEXICON["months"]) | frozenset(LEXICON["weekdays"]) | {"no", "nos"}

_EVENT_VERBS: dict[str, str] = {v: kind for kind, e in LEXICON["event_members"].items() for v in e["verbs"]}
_HAD_THEN: dict[str, frozenset[str]] = {kind: frozenset(e["had_then"]) for kind, e in LEXICON["event_members"].items()}
_VOTE_WORDS = frozenset(LEXICON["vote_words"])
_SPLIT_MAX: int = LEXICON["vote_split_max"]
_SIDE_KINDS = {"majority": MAJORITY, "minority": MINORITY}
#: each side's verbs after a name, as word tuples
_SIDE_VERBS: dict[str, tuple[tuple[str, ...], ...]] = {
    _SIDE_KINDS[side]: tuple(tuple(v.split()) for v in verbs) for side, verbs in LEXICON["side_verbs"].items()}
_SIDE_WRITERS: dict[str, tuple[tuple[str, ...], ...]] = {
    _SIDE_KINDS[side]: tuple(tuple(v.replace("'s", " 's").split()) for v in ws)
    for side, ws in LEXICON["side_writers"].items()}
_WRITES = frozenset({"wrote", "writes", "writing", "written"})
_PARTIAL = frozenset(LEXICON["roster_partial_words"])

_PLACES = load("places")
#: each counted noun -> the places that are members of it, by their words in lower case
_CLASS_MEMBERS: dict[str, frozenset[str]] = {
    noun: frozenset().union(*(frozenset(_PLACES[c]) for c in classes))
    for noun, classes in LEXICON["enumerated_classes"].items()
}
#: each place -> the counted nouns it is a member of
_PLACE_KINDS: dict[str, tuple[str, ...]] = {}
for _noun, _names in _CLASS_MEMBERS.items():
    for _name in _names:
        _PLACE_KINDS[_name] = _PLACE_KINDS.get(_name, ()) + (_noun,)


@dataclass(frozen=True, slots=True)
class Member:
    """One named member of a kind: ``key`` is what identifies it (lower case), ``text`` how it
    is written, [start, end) where."""

    key: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Enumeration:
    """The distinct members of one kind (a noun's singular) named in one sentence."""

    kind: str
    members: tuple[Member, ...]
    start: int
    end: int
    sentence: int
    whole: bool
    #: how its members are told: NAMED (a list of names or ids), EVENT (each by an event of its
    #: kind: a batter bowled is a wicket) or SIDE (each taking a side of a vote)
    by: str = "named"


@dataclass(frozen=True, slots=True)
class KindCount:
    """An exact count of a kind: ``value`` things of ``kind`` (the noun's singular), told at
    [start, end); ``definite`` when "the", a possessive or a demonstrative opens it."""

    kind: str
    value: int
    text: str
    start: int
    end: int
    sentence: int
    definite: bool


@dataclass(frozen=True, slots=True)
class Enumerations:
    """An article's enumerations and its exact counts of the kinds they enumerate."""

    lists: tuple[Enumeration, ...]
    counts: tuple[KindCount, ...]

    def counts_of(self, kind: str) -> list[KindCount]:
        return [c for c in self.counts if c.kind == kind]

    def lists_of(self, kind: str) -> list[Enumeration]:
        return [e for e in self.lists if e.kind == kind]


def read(text: str) -> Enumerations:
    """The enumerations of ``text`` and its counts of the kinds they name."""
    a = analyse(text)
    lists: list[Enumeration] = []
    split_counts: list[KindCount] = []
    told: dict[str, dict[str, tuple[Member, int]]] = {}  # ids of each kind told anywhere, by key
    for s in a.sentences:
        toks = a.tokens_in(s.start, s.end)
        ids = _id_members(toks)
        for kind, m, _ in ids:
            told.setdefault(kind, {}).setdefault(m.key, (m, s.index))
        lists.extend(_enumerations(toks, ids + _class_members(toks) + _named_members(toks), s.index))
        lists.extend(_enumerations(toks, _event_members(toks), s.index, EVENT))
        side_lists, side_counts = _sides(toks, s.index)
        lists.extend(side_lists)
        split_counts.extend(side_counts)
    listed = {e.kind for e in lists}
    for kind, members in told.items():
        if kind not in listed and len({i for _, i in members.values()}) >= 2:
            ms = [m for m, _ in members.values()]  # told one a sentence: a spread list (``sentence`` -1)
            lists.append(Enumeration(kind, tuple(ms), ms[0].start, ms[-1].end, SPREAD, False))
    kinds = {e.kind for e in lists}
    counts: list[KindCount] = []
    if kinds:
        for s in a.sentences:
            counts.extend(_counts(a.tokens_in(s.start, s.end), kinds, s.index))
    counts.extend(c for c in split_counts if c.kind in kinds)
    return Enumerations(tuple(lists), tuple(counts))


def _id_members(toks: list[Token]) -> list[tuple[str, Member, int]]:
    """(kind, member, index of its first token) for each id told after its capitalized noun:
    "Bill 212" one, "Wards 12, 14 and 21" three."""
    out: list[tuple[str, Member, int]] = []
    n = len(toks)
    for i, t in enumerate(toks):
        if not (t.capitalized and i + 1 < n and toks[i + 1].kind == NUMBER and toks[i + 1].text.isdigit()):
            continue
        if t.lower in FUNCTION_WORDS or t.lower in _NOT_KINDS or len(t.text) < 2:
            continue  # "April 20" is a date, "No. 4" a rank
        kind = lemma(t.text)
        first = i
        while first > 0 and i - first < ID_PREFIX_WORDS and toks[first - 1].capitalized \
                and toks[first - 1].lower not in FUNCTION_WORDS:
            first -= 1
        prefix = " ".join(x.lower for x in toks[first:i])
        j = i + 1
        while j < n:
            num = toks[j]
            key = f"{prefix} {kind} {num.text}".strip()
            a = first if j == i + 1 else j  # the first id is told with its noun, the rest alone
            out.append((kind, Member(key, toks[a].text + _span_text(toks, a, j), toks[a].start, num.end), a))
            if kind == t.lower:  # a singular noun names one id
                break
            # a plural noun names a run of ids: "12, 14, 15, 19 and 21"
            k = j + 1
            while k < n and toks[k].kind == PUNCT and toks[k].text == ",":
                k += 1
            if k < n and toks[k].lower in _JOINS:
                k += 1
            if k < n and toks[k].kind == NUMBER and toks[k].text.isdigit() and k > j + 1:
                j = k
                continue
            break
    return out


def _named_members(toks: list[Token]) -> list[tuple[str, Member, int]]:
    """(kind, member, index) for each name told with its kind's noun in the singular after it,
    "the" before it ("the Elm Street bridge", "the Ash Lane depot"): the member's key is the
    name and the noun. Up to NAME_WORDS capitalized words; the noun in lower case."""
    out: list[tuple[str, Member, int]] = []
    for i, t in enumerate(toks):
        if t.lower != "the":
            continue
        j = i + 1
        while j < len(toks) and j - i <= NAME_WORDS and (toks[j].capitalized or toks[j].kind == NUMBER) \
                and toks[j].lower not in FUNCTION_WORDS:
            j += 1
        if j == i + 1 or j >= len(toks) or not any(x.capitalized for x in toks[i + 1:j]):
            continue
        noun = toks[j]
        if noun.kind != WORD or not noun.text.islower() or lemma(noun.text) != noun.lower \
                or noun.lower in FUNCTION_WORDS or not _noun_after(toks, j):
            continue
        key = " ".join(x.lower for x in toks[i + 1:j + 1])
        out.append((noun.lower, Member(key, toks[i + 1].text + _span_text(toks, i + 1, j), toks[i + 1].start, noun.end),
                    i + 1))
    return out


def _noun_after(toks: list[Token], j: int) -> bool:
    """Whether the word at j ends its noun phrase: a mark, a function word or the end follows
    ("the Elm Street bridge in Bristol", not "the Elm Street bridge repairs")."""
    k = j + 1
    return k >= len(toks) or toks[k].kind == PUNCT or toks[k].lower in FUNCTION_WORDS


def _span_text(toks: list[Token], first: int, last: int) -> str:
    """The words of toks[first..last] as written (spaces as one)."""
    return "".join(" " + t.text for t in toks[first + 1:last + 1])


def _place_at(toks: list[Token], i: int) -> tuple[str, int] | None:
    """The longest place name of the lexicon's classes starting at token i (capitalized), as
    (its words in lower case, the index after it), or None."""
    if not toks[i].capitalized:
        return None
    for size in range(PLACE_NAME_WORDS, 0, -1):
        words = toks[i:i + size]
        if len(words) < size or any(w.kind == PUNCT and w.text != "-" for w in words):
            continue
        name = " ".join(w.lower for w in words).replace(" - ", "-")
        if name in _PLACE_KINDS:
            return name, i + size
    return None


def _class_members(toks: list[Token]) -> list[tuple[str, Member, int]]:
    """(kind, member, index) for each place in a run of two or more places joined by commas and
    one "and"/"or" before the last ("Ohio, Iowa and Utah"): each member of each noun its class
    gives (a state, a country)."""
    out: list[tuple[str, Member, int]] = []
    n = len(toks)
    i = 0
    while i < n:
        got = _place_at(toks, i)
        if got is None:
            i += 1
            continue
        run = [(got[0], i, got[1])]
        j = got[1]
        while j < n:
            k = j
            if toks[k].text == ",":
                k += 1
            joined = k < n and toks[k].lower in _JOINS
            if joined:
                k += 1
            if k == j or k >= n:
                break
            nxt = _place_at(toks, k)
            if nxt is None:
                break
            run.append((nxt[0], k, nxt[1]))
            j = nxt[1]
            if joined:
                break
        if len(run) >= 2 and toks[run[-1][1] - 1].lower in _JOINS:
            for name, a, b in run:
                m = Member(name, toks[a].text + _span_text(toks, a, b - 1), toks[a].start, toks[b - 1].end)
                for kind in _PLACE_KINDS[name]:
                    out.append((kind, m, a))
        i = j if len(run) >= 2 else got[1]
    return out


def _enumerations(toks: list[Token], found: list[tuple[str, Member, int]], sentence: int,
                  by: str = NAMED) -> list[Enumeration]:
    """The enumerations of one sentence: the distinct members of each kind, two at least, the
    last reached across an "and" or "or"."""
    by_kind: dict[str, list[tuple[Member, int]]] = {}
    for kind, m, i in found:
        by_kind.setdefault(kind, []).append((m, i))
    out: list[Enumeration] = []
    starts = [t.start for t in toks]
    for kind, told in by_kind.items():
        told.sort(key=lambda x: x[0].start)
        run: list[tuple[Member, int]] = []
        for m, i in told:
            run.append((m, i))
            if len(run) > 1 and _joined(toks, starts, run[-2][0].end, m.start):
                out.extend(_enumeration(toks, kind, run, sentence, by))
                run = []
    return out


def _joined(toks: list[Token], starts: list[int], end: int, start: int) -> bool:
    """Whether an "and" or "or" stands between two members: the second closes the list."""
    a, b = bisect.bisect_left(starts, end), bisect.bisect_left(starts, start)
    return any(t.lower in _JOINS for t in toks[a:b])


def _enumeration(toks: list[Token], kind: str, run: list[tuple[Member, int]], sentence: int,
                 by: str = NAMED) -> list[Enumeration]:
    """The list a run of members closed by a join makes: its distinct members, two at least."""
    members: dict[str, Member] = {}
    for m, _ in run:
        members.setdefault(m.key, m)
    if len(members) < 2:
        return []
    first_i, last = run[0][1], run[-1][0]
    before = toks[first_i - 1].lower if first_i > 0 else ""
    after = " ".join(t.lower for t in toks if t.start >= last.end)
    whole = (before in _WHOLE_BEFORE and not any(t.lower in _SOME for t in toks[:first_i])
             and not any(after.startswith(p) or f" {p}" in after for p in _GOES_ON))
    return [Enumeration(kind, tuple(members.values()), run[0][0].start, last.end, sentence, whole, by)]


def _counts(toks: list[Token], kinds: set[str], sentence: int) -> list[KindCount]:
    """The exact counts of the kinds in ``kinds`` told in one sentence."""
    out: list[KindCount] = []
    n = len(toks)
    for i, t in enumerate(toks):
        got = _count_at(toks, i, kinds)
        if got is None:
            continue
        value, kind, last = got
        before = [x.lower for x in toks[max(0, i - MAX_MODIFIER_WORDS):i] if x.kind != PUNCT]
        if any(" ".join(before[k:]) in MODIFIERS for k in range(len(before))):
            continue  # "about four states" is no exact count
        prev = before[-1] if before else ""
        if prev in _SUBSET or prev in _PARTITIVE or (last + 1 < n and toks[last + 1].lower in _PARTITIVE
                                                     and _is_count_word(toks, last + 2)):
            continue  # "the first two bills", "four of the six states"
        if prev in ("the",) and i >= 2 and toks[i - 2].lower in _PARTITIVE:
            continue  # the whole after a part: "four of the six states"
        start = toks[i - 1].start if prev in ("a", "an") and t.lower in _COLLECTIVE else t.start
        definite = prev in {"the", "these", "those", "all"} or prev.endswith(("'s", "\u2019s"))
        out.append(KindCount(kind, value, "", start, toks[last].end, sentence, definite))
    return [KindCount(c.kind, c.value, _text(toks, c), c.start, c.end, c.sentence, c.definite) for c in out]


def _text(toks: list[Token], c: KindCount) -> str:
    ws = [t for t in toks if c.start <= t.start and t.end <= c.end]
    return "".join((" " if k and ws[k - 1].end < w.start else "") + w.text for k, w in enumerate(ws))


def _is_count_word(toks: list[Token], i: int) -> bool:
    """Whether a determiner or a number opens the words at i ("of the six", "of six")."""
    return i < len(toks) and (toks[i].lower in {"the", "their", "its", "these", "those"} or _value(toks[i]) is not None)


def _value(t: Token) -> int | None:
    """The exact whole number two or more a token writes ("4", "four"), or None."""
    if t.kind == NUMBER and not t.text.isdigit():
        return None
    if t.kind not in (NUMBER, WORD):
        return None
    num = read_number(t.text)
    if num is None or num.value is None or num.value != int(num.value) or num.value < 2:
        return None
    return int(num.value)


def _count_at(toks: list[Token], i: int, kinds: set[str]) -> tuple[int, str, int] | None:
    """(value, kind, index of the noun) for a count of one of ``kinds`` opening at token i."""
    t = toks[i]
    n = len(toks)
    if t.kind == WORD and "-" in t.text:  # "four-state"
        head, _, tail = t.lower.partition("-")
        num = read_number(head)
        if num is not None and num.value is not None and num.value >= 2 and tail in kinds:
            return int(num.value), tail, i
        return None
    if t.lower in _COLLECTIVE:  # "a pair of bills"
        if not (i > 0 and toks[i - 1].lower in ("a", "an") and i + 1 < n and toks[i + 1].lower in _PARTITIVE):
            return None
        value, first = _COLLECTIVE[t.lower], i + 2
    else:
        value = _value(t)
        if value is None:
            return None
        if t.kind == NUMBER and i + 2 < n and toks[i + 1].text == "-" and lemma(toks[i + 2].text) in kinds \
                and toks[i + 2].lower == lemma(toks[i + 2].text):  # "4-state"
            return value, toks[i + 2].lower, i + 2
        first = i + 1
    for j in range(first, min(n, first + COUNT_MODIFIER_WORDS + 1)):
        w = toks[j]
        if w.kind != WORD:
            return None
        kind = lemma(w.text)
        if kind in kinds and w.lower != kind:
            return value, kind, j
        if w.lower in FUNCTION_WORDS or w.lower in _SUBSET:
            return None  # "four of them", "two other states"
    return None


def _person_end(toks: list[Token], i: int) -> int:
    """The index after a person's name (with its title) opening at token i: up to
    PERSON_NAME_WORDS capitalized words, none a function word; i itself when none opens there."""
    j = i
    while j < len(toks) and j - i < PERSON_NAME_WORDS and _name_word(toks[j]):
        j += 1
    return j


def _name_word(t: Token) -> bool:
    """Whether a token may be a word of a name: capitalized, no function word, nor one with an
    ending ("We've", "They're")."""
    return t.kind == WORD and t.capitalized and t.lower.replace("\u2019", "'").split("'")[0] not in FUNCTION_WORDS


def _person(toks: list[Token], a: int, b: int) -> Member:
    """The member a name toks[a:b] tells, known by its last word ("Justice Ann Bell" is "bell")."""
    return Member(toks[b - 1].lower, toks[a].text + _span_text(toks, a, b - 1), toks[a].start, toks[b - 1].end)


def _event_members(toks: list[Token]) -> list[tuple[str, Member, int]]:
    """(kind, member, index) for each name an event of a kind acts on (lexicon event_members): the
    object of one of the kind's verbs ("bowled Ann Bell", "removed opener Ann Bell and Cy Dee"),
    or a name between "had" and a word of its kind's ``had_then`` ("had Ann Bell caught")."""
    out: list[tuple[str, Member, int]] = []
    n = len(toks)
    for i, t in enumerate(toks):
        kind = _EVENT_VERBS.get(t.lower)
        if kind is not None:
            # a list of objects, each after at most ROLE_WORDS role words: "removed A, opener B and C"
            names, _ = _names_after(toks, i + 1, roles=True)
            out += [(kind, m, k) for m, k in names]
            continue
        if t.lower == "had" and i + 1 < n:
            end = _person_end(toks, i + 1)
            if end > i + 1 and end < n:
                for kind, then in _HAD_THEN.items():
                    if toks[end].lower in then:
                        out.append((kind, _person(toks, i + 1, end), i + 1))
    return out


def _sides(toks: list[Token], sentence: int) -> tuple[list[Enumeration], list[KindCount]]:
    """A vote's split told in one sentence ("the board voted 5-2": five on the winning side, two
    on the losing side) and the people the sentence tells taking a side: names before a side's
    verb ("A, B and C voted against", lexicon side_verbs), or the roster of a side's opinion, its
    writer ("A wrote for the majority", lexicon side_writers) and the names after "joined by"
    (the whole side)."""
    counts: list[KindCount] = []
    words = {t.lower for t in toks}
    n = len(toks)
    if words & _VOTE_WORDS:
        for i in range(n - 2):
            if not (toks[i].kind == NUMBER and toks[i].text.isdigit() and toks[i + 1].text in ("-", "\u2013")
                    and toks[i + 2].kind == NUMBER and toks[i + 2].text.isdigit()):
                continue
            if (i > 0 and toks[i - 1].text in ("-", "\u2013")) or (i + 3 < n and toks[i + 3].text in ("-", "\u2013")):
                continue  # a run of figures ("9-2-31-4"), no split
            won, lost = int(toks[i].text), int(toks[i + 2].text)
            if not 0 < lost <= won <= _SPLIT_MAX:
                continue
            text = toks[i].text + toks[i + 1].text + toks[i + 2].text
            counts.append(KindCount(MAJORITY, won, text, toks[i].start, toks[i + 2].end, sentence, False))
            counts.append(KindCount(MINORITY, lost, text, toks[i].start, toks[i + 2].end, sentence, False))
    lists: list[Enumeration] = []
    low = [t.lower for t in toks]
    for kind, verbs in _SIDE_VERBS.items():
        for verb in verbs:
            for i in range(1, n - len(verb) + 1):
                if tuple(low[i:i + len(verb)]) == verb:
                    members = _names_before(toks, i)
                    if members:
                        lists.append(_side(kind, members, sentence, False))
    for i, t in enumerate(toks):
        if t.lower not in _WRITES:
            continue
        kind = _writer_side(low, i + 1)
        if kind is None:
            continue
        writer = _names_before(toks, i, one=True)
        joined = next((k + 2 for k in range(i + 1, n - 1) if low[k] == "joined" and low[k + 1] == "by"), None)
        if writer and joined is not None:
            names, end = _names_after(toks, joined)
            names = [m for m, _ in names]
            if names and toks[end - 1].lower not in _JOINS:
                # not "joined by A and two others"; whole unless some joined in part or concurred
                lists.append(_side(kind, writer + names, sentence, not (words & _PARTIAL)))
    return lists, counts


def _side(kind: str, members: list[Member], sentence: int, whole: bool) -> Enumeration:
    distinct: dict[str, Member] = {}
    for m in members:
        distinct.setdefault(m.key, m)
    ms = tuple(distinct.values())
    return Enumeration(kind, ms, min(m.start for m in ms), max(m.end for m in ms), sentence, whole, SIDE)


def _writer_side(low: list[str], i: int) -> str | None:
    """The side whose opinion a "wrote" right before token i writes, or None."""
    for kind, phrases in _SIDE_WRITERS.items():
        for p in phrases:
            for gap in range(WRITER_GAP_WORDS + 1):
                if tuple(low[i + gap:i + gap + len(p)]) == p:
                    return kind
    return None


def _names_before(toks: list[Token], i: int, one: bool = False) -> list[Member]:
    """The names of the list that ends right before token i ("A, B and former captain C" before
    "voted against"), each known by its last word; only the nearest when ``one``."""
    out: list[Member] = []
    k = i
    while k > 0:
        end = k
        a = end
        while a > 0 and end - a < PERSON_NAME_WORDS and _name_word(toks[a - 1]):
            a -= 1
        if a == end:
            break
        out.append(_person(toks, a, end))
        if one:
            break
        j = a  # back over the item's other words ("former captain") to a comma or a join
        while j > 0 and toks[j - 1].kind == WORD and toks[j - 1].lower not in _JOINS \
                and toks[j - 1].lower not in FUNCTION_WORDS and end - j < PERSON_NAME_WORDS + ROLE_WORDS + 1:
            j -= 1
        if j == 0 or not (toks[j - 1].text == "," or toks[j - 1].lower in _JOINS):
            break
        k = j - 1
        if k > 0 and toks[k].lower in _JOINS and toks[k - 1].text == ",":
            k -= 1  # the serial comma: "A, B, and C"
    return out[::-1]


def _names_after(toks: list[Token], j: int, roles: bool = False) -> tuple[list[tuple[Member, int]], int]:
    """The names of the list that opens at token j ("Justices A, B and C", "A and B"), each
    with the token it starts at, and the index after the last token read (a comma or join with
    no name after it included). With ``roles``, each name may follow at most ROLE_WORDS
    lower-case role words ("opener B")."""
    out: list[tuple[Member, int]] = []
    n = len(toks)
    while j < n:
        k = j
        while roles and k < n and k - j < ROLE_WORDS and toks[k].kind == WORD and toks[k].text.islower() \
                and toks[k].lower not in FUNCTION_WORDS and toks[k].lower not in _EVENT_VERBS:
            k += 1
        end = _person_end(toks, k)
        if end == k:
            break
        out.append((_person(toks, k, end), k))
        j = end
        if j < n and toks[j].text == ",":
            j += 1
        if j < n and toks[j].lower in _JOINS:
            j += 1
        if j == end:
            break
    return out, j
