"""The value types every stage shares: an article, its claims, and spans into its text.

Offsets are character offsets into ``Article.text`` (the prose that was analysed). For plain
text and Markdown that text *is* the decoded file; for HTML it is the page's text and
``Article.to_source`` maps an offset back to the HTML file, so that every line:column a user
sees points into the file they wrote.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import NotRequired, TypedDict, TypeVar

T = TypeVar("T")

#: Claim kinds. ``time`` claims carry a ``Timex``; the others carry ``attrs``.
KINDS = ("time", "event", "quantity", "malformed_number", "change", "result", "person", "organization", "acronym", "quote")


@dataclass(slots=True)
class Timex:
    """A TIMEX3-style normalized time expression with its calendar interval.

    ``earliest``/``latest`` bound the days the expression can mean (inclusive); both are None
    when the expression cannot be placed on the calendar (no publication date, a vague
    reference, a duration). Rules must reason with the interval, never with a single point.

    For DURATION values, ``low``/``high`` are the tolerance the wording allows, as ISO 8601
    durations ("nearly 30 years" -> low P27Y, high P30Y).
    """

    type: str  # DATE | TIME | DURATION | SET
    value: str  # TIMEX3 value: 2024-04-19, 2024-01, P10Y, PT48H, XXXX-WXX-5, PAST_REF
    resolution: str = "absolute"  # absolute | dct | anchor | unresolved
    earliest: date | None = None
    latest: date | None = None
    mod: str | None = None  # TIMEX3 mod: APPROX, MORE_THAN, LESS_THAN, START, MID, END ...
    anchor: str | None = None  # id of the claim this one is anchored on
    offset: str | None = None  # signed ISO duration from the anchor: "P9M", "-P1Y"
    weekday: int | None = None  # weekday written beside the date, Monday = 0
    low: str | None = None  # DURATION tolerance, lower bound
    high: str | None = None  # DURATION tolerance, upper bound
    tense: str | None = None  # past | future | present: the tense that resolved it, if used


# The attrs of the claim kinds whose fields are typed only in the schema (the time claim's are
# its Timex). The functional form, because two field names are Python keywords ("class",
# "from"); tests/test_claims_contract.py holds each to its schema definition.

#: ``attrs`` of an event claim (claims/events.py): the schema's ``event_attrs``.
EventAttrs = TypedDict("EventAttrs", {
    "time": str | None,  # id of the time claim that dates it; None for an undated mention
    "trigger": NotRequired[str],  # the event word as written
    "lemma": str,  # its dictionary form ("bear" for a birth)
    "class": str,  # start | end | birth | other
    "kind": str,  # the kind of event ("vote" and "election" are one ballot)
    "sentence": list[int],  # [start, end) of its sentence
    "ordinal": int | None,  # "the second coup" 2, "another coup" 0
    "mention": bool,  # an event noun named again, not an event word dated in its clause
    "nominal": NotRequired[bool],  # a dated noun the article's own verb makes an event word ("the search")
    "args": list[str],  # the content words the event word governs
    "context": list[str],  # the content words around it
    # claims/mentions.py: which mentions name one event
    "chain": NotRequired[str],  # the chain (every mention of its kind) it belongs to
    "link": NotRequired[str | None],  # the earlier mention it names again ("the arrest"), or None
    "noun": NotRequired[bool],  # told by an event noun, not a verb
    "definite": NotRequired[bool],  # a definite word or a possessive before the noun
    "alone": NotRequired[bool],  # no other event word in its sentence
    "sole": NotRequired[bool],  # its chain tells one occurrence
    "pro_form": NotRequired[str],  # "It took place on 2 May": the id of the event it stands for
})

#: ``attrs`` of a change claim (claims/changes.py): the schema's ``change_attrs``.
ChangeAttrs = TypedDict("ChangeAttrs", {
    "direction": str,  # up | down
    "word": str,  # the direction word as written
    "word_span": list[int],
    "to": str | None,  # id of the quantity claim the figure moved to; None for a move noun naming an earlier move
    "from": str | None,  # id of the quantity claim it moved from; None as "to"
    "from_scale": NotRequired[float],  # the scale a bare starting figure is read at
    "antecedent": NotRequired[list[int]],  # the span of the direction word a move noun names ("fell")
    "antecedent_word": NotRequired[str],
    "antecedent_direction": NotRequired[str],  # up | down
})

#: ``attrs`` of an organization claim (claims/people.py): the schema's ``organization_attrs``.
#: (The functional form here too: with postponed annotations, Python 3.11's class form would
#: not see NotRequired.)
OrganizationAttrs = TypedDict("OrganizationAttrs", {"name": str, "head": NotRequired[str]})  # noqa: UP013

#: ``attrs`` of a mention claim (claims/coreference.py): the schema's ``mention_attrs``. A
#: mention of a person that is not a name, linked to the person's entity.
MentionAttrs = TypedDict("MentionAttrs", {  # noqa: UP013
    "via": str,  # description | year_old | role | pronoun | epithet
    "person": str,  # id of the person claim it is linked to
    "entity": str | None,  # that person's entity
    "probable": bool,  # a reading: findings from it are info
    "age": NotRequired[int | None],  # an age it tells ("A 40-year-old fisherman", "The mayor, 48,")
    "title": NotRequired[dict | None],  # the title a description gives (a person claim's ``title``)
    "changed": NotRequired[bool],  # the description's sentence tells a change of office
    "age_at": NotRequired[str],  # when the age is told: "published" (absent: the same), or
    # "recent_death" ("A farrier ... has died aged 89": within the year before publication)
    "age_span": NotRequired[list[int] | None],  # [start, end] of the age's number when it is
    # written apart from the mention ("He is 58"); None when the mention holds it
    "birth": NotRequired[str],  # id of the birth event in apposition after it ("The county senior, born in 2007,")
    "age_years": NotRequired[int],  # an age told as a span ("in her sixties"): the years it covers from ``age``
})


#: An item of a quote claim's ``ages`` (claims/quotes.py): the schema's ``spoken_age``. An age
#: the speaker tells of themself in their own quoted words ("I'm 40"), which date.age-conflict
#: holds with the ages told of the speaker.
SpokenAge = TypedDict("SpokenAge", {  # noqa: UP013
    "value": int,
    "start": int,  # offsets of the age's number
    "end": int,
    "at": str,  # published ("I'm 40") | time (at the dated event of its clause) | turns (reached within the time)
    "time": NotRequired[str | None],  # id of the time claim the age is told at
    "loose": NotRequired[bool],  # an age reached dated by a date of its clause, not one right after it
    "probable": bool,  # the speaker was found by a reading: findings from it are info
})


#: A quantity claim's ``refers_to`` (claims/quantities/grouprefs.py): the schema's
#: ``group_link``. A definite count linked to the count that first told its group.
GroupLink = TypedDict("GroupLink", {  # noqa: UP013
    "count": str,  # id of the quantity claim that first counted the group
    "via": str,  # definite ("the four firms") | demonstrative ("those four firms")
    "probable": bool,  # a reading: a word the group was not told with may pick out some of it
})


@dataclass(slots=True)
class Claim:
    """One thing the article asserts, with its place in ``Article.text``."""

    id: str
    kind: str
    start: int
    end: int
    text: str
    timex: Timex | None = None
    attrs: dict = field(default_factory=dict)


class OffsetMap:
    """Maps offsets in an article's analysed text back to offsets in its source file.

    Built from ``(text_offset, source_offset)`` pairs, one at the start of each run of text
    copied verbatim from the source (HTML text nodes). Between pairs the mapping is linear.
    An empty map is the identity (plain text, Markdown, JSON Lines).
    """

    __slots__ = ("_text", "_src")

    def __init__(self, pairs: list[tuple[int, int]] | None = None):
        pairs = pairs or []
        self._text = [t for t, _ in pairs]
        self._src = [s for _, s in pairs]

    def __call__(self, offset: int) -> int:
        if not self._text:
            return offset
        i = bisect.bisect_right(self._text, offset) - 1
        if i < 0:
            return offset
        return self._src[i] + (offset - self._text[i])

    def from_offset(self, start: int, end: int) -> OffsetMap:
        """The map of the text [start, end) taken on its own: its offset 0 maps to where
        ``start`` maps, so that a piece of an article points into the article's file."""
        a, b = bisect.bisect_right(self._text, start), bisect.bisect_left(self._text, end)
        return OffsetMap([(0, self(start))] + [(t - start, s) for t, s in zip(self._text[a:b], self._src[a:b])])


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Turns a character offset into a 1-based (line, column), treating CRLF, CR and LF as one
    line break each. Columns count characters (a tab is one column)."""

    __slots__ = ("_starts",)

    def __init__(self, text: str):
        self._starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    def locate(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1

    def line_span(self, line: int, text: str) -> tuple[int, int]:
        """The [start, end) offsets of ``line`` (1-based) in ``text``, without its line break."""
        start = self._starts[line - 1]
        end = self._starts[line] if line < len(self._starts) else len(text)
        while end > start and text[end - 1] in "\r\n":
            end -= 1
        return start, end


#: a wire dateline's end: the rest of its line up to the dash, then spaces ("OSLO, 3 May 2025 — ";
#: ``Article.story_start``)
_DATELINE_END = re.compile(r"[^\n—–]{0,40}?\s[—–-]\s+")


@dataclass(slots=True)
class Article:
    """An article ready for extraction.

    ``source_text`` is the decoded file (BOM removed, line breaks as in the file); ``text`` is
    the prose analysed, equal to ``source_text`` except for HTML (markup removed) and for
    Markdown, where front matter and code are blanked out with spaces so offsets stay equal.
    """

    id: str
    source: str  # a path, "PATH#id" for a JSON Lines record, or "<stdin>"
    text: str
    format: str = "text"  # text | markdown | html | jsonl | claims
    title: str | None = None
    published: date | None = None
    published_from: str = "none"  # dateline | front-matter | meta | time-element | record | option | none
    dateline: tuple[int, int] | None = None  # span of the dateline in ``text``, if any
    source_text: str | None = None
    to_source: OffsetMap = field(default_factory=OffsetMap)
    notes: list[str] = field(default_factory=list)  # reading notes (encoding fallbacks, ...)
    _lines: LineIndex | None = field(default=None, repr=False, compare=False)

    @property
    def has_text(self) -> bool:
        """False only for a claims document written without its text (``--no-text``)."""
        return bool(self.text) or self.format != "claims"

    @property
    def source_str(self) -> str:
        return self.text if self.source_text is None else self.source_text

    def story_start(self, a: int, b: int) -> int:
        """Where the story's own words begin in the span ``a``..``b`` (a sentence): after the
        wire dateline when one stands inside it ("SCREGGAN, 18 September 2025 — At 71, ..."),
        its agency and dash included, else ``a``. The dateline's date is the publication's,
        not a time of the sentence's events nor of its figures."""
        dl = self.dateline
        if not dl or not a <= dl[0] < b:
            return a
        m = _DATELINE_END.match(self.text, dl[1])
        return m.end() if m and m.end() <= b else a

    def locate(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the source file of an offset in ``text``."""
        if self._lines is None:
            self._lines = LineIndex(self.source_str)
        return self._lines.locate(self.to_source(offset))

    def piece(self, start: int, end: int) -> Article:
        """The text [start, end) as an article of its own, to be read apart from the rest
        (claims/language/pieces.py says when). Its offsets start at 0; its lines and columns,
        and its ``to_source``, are still those of the whole file. The title, the dateline and
        the reading notes stay with the piece the article begins with."""
        if self._lines is None:
            self._lines = LineIndex(self.source_str)
        first = start == 0
        return Article(self.id, self.source, self.text[start:end], self.format,
                       title=self.title if first else None, published=self.published,
                       published_from=self.published_from, dateline=self.dateline if first else None,
                       source_text=self.source_str, to_source=self.to_source.from_offset(start, end),
                       notes=self.notes if first else [], _lines=self._lines)

    def source_line(self, line: int) -> str:
        if self._lines is None:
            self._lines = LineIndex(self.source_str)
        a, b = self._lines.line_span(line, self.source_str)
        return self.source_str[a:b]


@dataclass(slots=True)
class ClaimSet:
    """Everything extracted from one article: the input every rule receives."""

    article: Article
    claims: list[Claim] = field(default_factory=list)
    #: The claims of each kind, indexed once for the rules (about 30 asks an article), with the
    #: list and the length it was made from: a list replaced or grown is indexed again.
    _kinds: tuple | None = field(default=None, init=False, repr=False, compare=False)
    #: What ``derived`` built, by the function that built it, with the list and the length
    #: the claims had then: a list replaced or grown builds it again.
    _derived: dict | None = field(default=None, init=False, repr=False, compare=False)

    def __iter__(self) -> Iterator[Claim]:
        return iter(self.claims)

    def of_kind(self, kind: str) -> list[Claim]:
        """The claims of one kind, in the document's order (a new list each time: the caller
        may sort or change it)."""
        index = self._kinds
        if index is None or index[0] is not self.claims or index[1] != len(self.claims):
            by_kind: dict[str, list[Claim]] = {}
            for c in self.claims:
                by_kind.setdefault(c.kind, []).append(c)
            index = self._kinds = (self.claims, len(self.claims), by_kind)
        return list(index[2].get(kind, ()))

    def derived(self, build: Callable[[ClaimSet], T]) -> T:
        """``build(self)``, built once for this article and shared by every rule that asks:
        per-article data several rules read (the dates with the words they date) is worked
        out once, not once a rule. ``build`` must only read the claims, and its result is
        read, never changed, by those who ask."""
        memo = self._derived
        if memo is None or memo[0] is not self.claims or memo[1] != len(self.claims):
            memo = self._derived = (self.claims, len(self.claims), {})
        made = memo[2]
        if build not in made:
            made[build] = build(self)
        return made[build]

    def within(self, kind: str, start: int, end: int) -> list[Claim]:
        """The claims of one kind that start in [start, end), in the document's order: two
        binary searches on their starts, indexed once an article, so a rule that asks it of
        each claim's sentence stays linear (``of_kind`` and a filter read every claim)."""
        found, starts = self.derived(_starts_by_kind).get(kind, ((), []))
        if starts is None:  # a claims document not in order of start: read them all
            return [c for c in found if start <= c.start < end]
        return list(found[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)])

    def by_id(self, claim_id: str) -> Claim | None:
        """The (first) claim with this id, or None: looked up in an index built once an
        article, so a rule that follows a link from each claim stays linear."""
        return self.derived(_claims_by_id).get(claim_id)


def _claims_by_id(claims: ClaimSet) -> dict[str, Claim]:
    """Each id's first claim (``ClaimSet.by_id``)."""
    out: dict[str, Claim] = {}
    for c in claims.claims:
        out.setdefault(c.id, c)
    return out


def _starts_by_kind(claims: ClaimSet) -> dict[str, tuple[list[Claim], list[int] | None]]:
    """Each kind's claims with their starts (``ClaimSet.within``); None for the starts of a
    kind whose claims are not in order of start."""
    out = {}
    for kind in {c.kind for c in claims.claims}:
        found = claims.of_kind(kind)
        starts = [c.start for c in found]
        out[kind] = (found, starts if all(a <= b for a, b in zip(starts, starts[1:])) else None)
    return out
