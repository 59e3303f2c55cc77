"""Resolving mentions into TIMEX3 values and calendar intervals.

Three ways to resolve: ``absolute`` (the text names the date: "21 April 2024", "2013"),
``dct`` (relative to the publication date: "on Friday", "last week", "In January"), and
``anchor`` (relative to an earlier time claim: "nine months later", "the following year",
"in May" in a narrative that is telling 1940). Where the tense of the sentence decides between
two readings and cannot be read, the interval covers both and the value names the likelier,
so that uncertainty never becomes an alarm downstream.

The resolver is one class made of its seams: ``named`` (what the calendar names), ``relative``
(counted from publication or another claim), ``measure`` (durations and sets), ``anchors``
(the story's year and what phrases hang on), with ``tense`` and the lexicon's ``words``
beside them; this module keeps the claim bookkeeping they share.

Each claim also gets a *granularity* (day, week, month, quarter, year ...), kept by the
resolver, so that "a year earlier" than a quarter is a quarter and "the following year" after
a day is a year.
"""

from __future__ import annotations

import bisect
from datetime import date

from claims.model import Claim, Timex
from claims.temporal import calendar as cal, locale as loc

# What callers imported from here before the split (claims.temporal, tests): still here.
from claims.temporal.anchors import DAY_ANCHOR_SENTENCES, STORY_ROLL_MONTHS, Anchors  # noqa: F401
from claims.temporal.calendar import CENTURY, DAY, DECADE, HALF, MONTH, QUARTER, YEAR
from claims.temporal.measure import Measures, count_of, point_mod, unit_of  # noqa: F401
from claims.temporal.named import (
    FAR_READING,  # noqa: F401
    CalendarNamed,
)
from claims.temporal.relative import QUARTER_CONTEXT, ROUND_YEARS, Relative  # noqa: F401
from claims.temporal.tagger import Mention
from claims.temporal.tense import scheduled_target, tense
from claims.temporal.tokens import CODE, Tokens
from claims.temporal.words import MONTHS, PARTS, SEASONS, UNITS, VAGUE, WEEKDAYS, WEEKDAYS_SHORT  # noqa: F401

#: What this module offers its callers (re-exported from the modules it was split into).
__all__ = [
    "DAY_ANCHOR_SENTENCES",
    "FAR_READING",
    "MONTHS",
    "PARTS",
    "QUARTER_CONTEXT",
    "ROUND_YEARS",
    "Resolver",
    "SEASONS",
    "STORY_ROLL_MONTHS",
    "UNITS",
    "VAGUE",
    "count_of",
    "point_mod",
    "unit_of",
]



#: Words that give the last day of a period right after its name ("the quarter ended Sept. 30").
_PERIOD_END_WORDS = frozenset(("ended", "ending"))
#: A time after these opens a span that runs up to the writing: it lies before publication.
_SINCE = frozenset(("since",))
#: The periods a report dates by their last day.
_PERIODS = frozenset((MONTH, QUARTER, HALF, YEAR))

#: How far from the ends of the calendar (years 1 and 9998) a publication date must lie to be
#: counted from: "next year" or "the previous century" from a date nearer would leave it.
DCT_MARGIN_YEARS = 100


class Resolver(CalendarNamed, Relative, Measures, Anchors):
    """Resolves the mentions of one article, in order, keeping what anchors need."""

    def __init__(self, text: str, dct: date | None, tokens: Tokens, narrative: bool = False,
                 locale: loc.Locale = loc.DEFAULT):
        self.text = text
        self.locale = locale  # where the article is: seasons' hemisphere, holidays' country
        self.narrative = narrative  # the text tells a story away from its publication date
        self.token_end: dict[str, int] = {}
        if dct is not None and not cal.MIN_YEAR + DCT_MARGIN_YEARS <= dct.year <= cal.MAX_YEAR - DCT_MARGIN_YEARS:
            dct = None  # a date at the ends of the calendar: relative phrases stay unresolved
        self.dct = dct
        self.toks = tokens
        self.claims: list[Claim] = []
        self.gran: dict[str, str] = {}
        self.ref: Claim | None = None  # the last claim with an interval: what "later" hangs on
        self.story: Claim | None = None  # the last explicitly dated claim (year written)
        self.story_at: date | None = None  # the last month or day the story told (for rolling its year)
        self.line_before: tuple[Claim, date] | None = None  # (story, story_at) before a jump years ahead
        self.bc: Claim | None = None  # the year before Christ the story is in, when the last year it told was one
        self.bc_year: int | None = None  # that year as written (480 for "480 BC")
        self.named_quarter: Claim | None = None  # the last quarter the text named

    # -- helpers ---------------------------------------------------------------------------

    def _new(self, m: Mention, timex: Timex, gran: str | None = None, *, sets_ref: bool = True, **attrs) -> Claim:
        claim = Claim(f"t{len(self.claims) + 1}", "time", m.start, m.end, self.text[m.start:m.end],
                      timex=timex, attrs={k: v for k, v in attrs.items() if v is not None})
        if m.signal:
            claim.attrs["signal"] = m.signal
        if "weekday_at" in m.groups:
            claim.attrs["weekday_at"] = list(m.groups["weekday_at"])
        if "written_with" in m.groups:
            rel = next((c for c in reversed(self.claims) if c.start == m.groups["written_with"][0]), None)
            if rel is not None:
                claim.attrs["written_with"] = rel.id
        if "range_from" in m.groups:
            start = next((c for c in reversed(self.claims) if c.start == m.groups["range_from"][0]), None)
            if start is not None:
                claim.attrs["range_start"] = start.id
        self.claims.append(claim)
        self.token_end[claim.id] = m.j
        if gran:
            self.gran[claim.id] = gran
        if gran == QUARTER and m.kind in ("quarter", "period"):
            self.named_quarter = claim
        if self.narrative and timex.resolution == "dct":
            sets_ref = False  # "today" in a quoted speech does not move a story told in 1944
        if sets_ref and gran == DAY and self._ends_the_period(m):
            sets_ref = False  # "the quarter ended Sept. 30 ... a year earlier": the quarter a year back
        if sets_ref and timex.type in ("DATE", "TIME") and timex.earliest is not None and timex.latest is not None \
                and not timex.value.endswith("_REF"):
            self.ref = claim
            if timex.resolution == "absolute" and gran not in (DECADE, CENTURY) and self._sets_story(m, gran):
                self._note_jump(claim)
                self.story = claim
                self.story_at = None
                self.bc = self.bc_year = None
            if gran in (DAY, MONTH) and (timex.resolution == "absolute" and self.story is claim
                                         or timex.resolution == "anchor" and self.story is not None
                                         and timex.anchor == self.story.id):
                self.story_at = timex.earliest
        return claim

    def _ends_the_period(self, m: Mention) -> bool:
        """Whether the day of mention ``m`` is the last day of the period named right before it
        ("the second quarter ended June 29", "the year ending 30 June"): it dates the period,
        which stays what "a year earlier" and "the year-ago quarter" count from."""
        ref = self.ref
        return ref is not None and m.i >= 1 and self.token_end.get(ref.id) == m.i - 1 \
            and self.gran.get(ref.id) in _PERIODS and self.toks.word(m.i - 1).lower() in _PERIOD_END_WORDS

    def _date(self, m: Mention, d: date, gran: str, resolution: str, iv: cal.Interval | None = None,
              **kw) -> Claim:
        iv = iv or cal.gran_interval(d, gran)
        t = Timex("DATE", cal.gran_value(d, gran), resolution, iv[0], iv[1], **kw)
        return self._new(m, t, gran)

    def _tense(self, m: Mention) -> str | None:
        """The tense of the mention's clause, which decides between a time's last and next
        occurrence; none for a time a past verb set for later ("set sentencing for 28
        February", "adjourned the case until Monday": ``scheduled_target``), which may lie on
        either side of publication."""
        t = tense(self.toks, m.i, m.j)
        if t == "past" and scheduled_target(self.toks, m.i):
            return None
        return t

    def _since(self, m: Mention) -> bool:
        """Whether mention ``m`` opens, after "since", a span that runs up to the writing ("up 5%
        since March", "up since year-end"): in news the time lies before publication, whatever
        occurrence is nearer; a story's "since" is another time's (left to the story's year)."""
        return m.signal in _SINCE and not self.narrative and self.dct is not None

    def _readings(self, month: int, day: int | None) -> tuple[int, int] | None:
        """The years of the last and the next occurrence of a month (and day) written
        without a year, seen from the publication date (equal when it is the current one)."""
        d = self.dct
        if d is None:
            return None
        this = (month, day or 1) if day else (month, 0)
        now = (d.month, d.day) if day else (d.month, 0)
        if this == now:
            return d.year, d.year
        return (d.year if this < now else d.year - 1), (d.year if this > now else d.year + 1)

    def _choose(self, past: date, fut: date, t: str | None, m: Mention | None = None) -> tuple[date, date, date]:
        """(value, earliest, latest) among the last and the next occurrence: the tense decides
        unless the other reading is four times nearer publication ("said ... Nov. 16" in
        an article of 2 November is this month's); otherwise the nearer one is named (the past
        on near ties: news reports more than it announces) and both stay possible. A time after
        "since" (``_since``) then names the last occurrence, however near the next; the readings
        kept are the same."""
        if past == fut:
            return past, past, fut
        back, ahead = (self.dct - past).days, (fut - self.dct).days
        if t == "past" and back < 4 * ahead:
            return past, past, past
        if t == "future" and ahead < 4 * back:
            return fut, fut, fut
        since = m is not None and self._since(m)
        return (past if since or back <= ahead + 61 else fut), past, fut

    # -- kinds ---------------------------------------------------------------------------------

    def resolve(self, m: Mention) -> Claim | None:
        return getattr(self, f"_r_{m.kind}")(m)

    def _detached(self, m: Mention) -> Claim | None:
        """Resolve a part of a larger mention without keeping it as a claim."""
        state = (len(self.claims), self.ref, self.story)
        sub = self.resolve(m)
        del self.claims[state[0]:]
        self.ref, self.story = state[1], state[2]
        if sub is not None:
            self.gran.pop(sub.id, None)
        return sub

    def _weekday_of(self, m: Mention) -> int | None:
        """The weekday written with a date. A weekday that closes a list of weekdays
        ("Saturday and Sunday, November 9 and 10", "Friday, Saturday and Sunday, 8-10 May")
        names the last of the days listed after it, which pair with the weekdays in order: the
        date written first is the first weekday's."""
        g = m.groups
        w = g.get("wd1") or g.get("wd2") or g.get("wd3") or g.get("wd4") or g.get("wd5")
        if not w:
            return None
        at = g.get("weekday_at")  # a weekday told apart from its day ("Sunday, 9 and 10 November")
        k = bisect.bisect_left(self.toks.starts, at[0]) if at else m.i
        if k < len(self.toks.starts) and self.toks.word(k) == w:
            w = self.toks.word(first_listed_weekday(self.toks, k))
        w = w.rstrip(".").lower()
        return WEEKDAYS.get(w, WEEKDAYS_SHORT.get(w))


WEEKDAY_CODES = frozenset((CODE["WEEKDAY"], CODE["WDABBR"]))
#: What joins the weekdays of a list: "and", "or" (COORDINATORS) and a comma.
COORDINATORS = frozenset((CODE["AND"], CODE["OR"]))
LIST_JOINERS = COORDINATORS | {CODE["COMMA"]}


def first_listed_weekday(toks: Tokens, i: int, joiners: frozenset = LIST_JOINERS) -> int:
    """The token of the first weekday of the list of weekdays that the weekday at ``i`` closes
    ("Friday, Saturday and Sunday": Friday's), or ``i`` when it closes none; ``joiners`` are
    the tokens that may join two weekdays of the list."""
    while i >= 2 and toks.classes[i - 1] in joiners and toks.classes[i - 2] in WEEKDAY_CODES:
        i -= 2
    return i
