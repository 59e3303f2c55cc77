"""Resolving mentions into TIMEX3 values and calendar intervals.

Three ways to resolve: ``absolute`` (the text names the date: "21 April 2024", "2013"),
``dct`` (relative to the publication date: "on Friday", "last week", "In January"), and
``anchor`` (relative to an earlier time claim: "nine months later", "the following year",
"in May" in a narrative that is telling 1940). Where the tense of the sentence decides between
two readings and cannot be read, the interval covers both and the value names the likelier,
so that uncertainty never becomes an alarm downstream.

Each claim also gets a *granularity* (day, week, month, quarter, year ...), kept by the
resolver, so that "a year earlier" than a quarter is a quarter and "the following year" after
a day is a year.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache


from claims.lexicon import load
from claims.model import Claim, Timex
from claims.language.numbers import parse_number
from claims.temporal import calendar as cal
from claims.temporal import locale as loc
from claims.temporal.calendar import CENTURY, DAY, DECADE, HALF, MONTH, QUARTER, SEASON, WEEK, YEAR, RANK
from claims.temporal.tagger import HOLIDAYS, SPELLED_DAYS, Mention, holiday_key, ordinal_value, spelled_year
from claims.temporal.tokens import CODE, Tokens

_LEX = load("temporal")
MONTHS: dict[str, int] = _LEX["months"]
WEEKDAYS: dict[str, int] = _LEX["weekdays"]
#: "Mo", "Tu": read only where the tagger found them beside a date (class WDSHORT)
WEEKDAYS_SHORT: dict[str, int] = {k: v for k, v in _LEX["weekdays_two_letter"].items() if not k.startswith("_")}
UNITS: dict[str, str] = _LEX["units"]
VAGUE: dict[str, list[int]] = _LEX["vague_numbers"]
SEASONS: dict[str, str] = _LEX["seasons"]
PARTS: dict[str, str] = _LEX["parts_of_day"]
#: How many sentences back a quarter still sets the scene for "a year ago" ("Profit rose in the
#: third quarter. ... Sales were $5 million, up from $4 million a year ago.").
QUARTER_CONTEXT = 3
#: A yearless day's farther occurrence (before or after publication) stays a reading only while
#: it is less than this many times as far as the nearer one.
FAR_READING = 3
#: From this many years up, a round count of years ago ("thirty years ago") may be off by one.
ROUND_YEARS = 10
#: A month named without a year this many months or more before the month a story has reached
#: is in the story's next year ("in December 1941 ... in January").
STORY_ROLL_MONTHS = 9
#: How many sentence ends back a day the text named is still in reach of "the day before",
#: "three days later" when the last time told is coarser than a day (a bare year).
DAY_ANCHOR_SENTENCES = 3
#: A day introduced by these is a deadline ("will end by August 31"), not a day the story is on.
_DEADLINE_SIGNALS = frozenset(("by", "until", "till"))
#: Units counted in days or less: they hang on a day, never on a year.
_DAY_UNITS = frozenset(("D", "H", "M", "S"))
#: The most days each month has in any year (29 February exists in leap years).
_LONGEST_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

#: How each duration-modifier wording qualifies a count, and its TIMEX3 ``mod``.
_MOD_SHAPE = {
    "about": "approx", "around": "approx", "roughly": "approx", "approximately": "approx", "some": "approx",
    "nearly": "below", "almost": "below", "just under": "below", "under": "below", "less than": "below",
    "fewer than": "below", "barely": "below", "close to": "below",
    "over": "above", "more than": "above", "just over": "above", "fully": "at_least",
    "at least": "at_least", "no less than": "at_least", "no fewer than": "at_least",
    "up to": "at_most", "no more than": "at_most", "not more than": "at_most", "only": None, "just": None,
}
_TIMEX_MOD = {"below": "LESS_THAN", "at_most": "EQUAL_OR_LESS", "above": "MORE_THAN",
              "at_least": "EQUAL_OR_MORE", "approx": "APPROX"}

#: The granularity a shift by each unit names: "two years ago" a year, "a decade ago" a year too
#: (2014, not the 2010s), "three days later" a day.
_UNIT_GRAN = {"D": DAY, "W": WEEK, "2W": WEEK, "MO": MONTH, "Q": QUARTER, "Y": YEAR, "DE": YEAR, "CE": YEAR,
              "H": DAY, "M": DAY, "S": DAY}

_UNIT_WORDS = dict(UNITS, **{"weekend": "W", "weekends": "W", "millennium": "ML", "millennia": "ML",
                             "period": "Q", "half": "HY"})


def unit_of(word: str) -> str | None:
    return _UNIT_WORDS.get(word.lower())


# -- tense ----------------------------------------------------------------------------------------

_TENSE = _LEX["tense"]
_FUTURE = frozenset(_TENSE["future"])
#: Words that speak of the future only as plans: "is scheduled to", "plans to". After "was",
#: "were" or "had" they are past ("had been scheduled to expire Friday").
_PLANNED = frozenset(_TENSE["planned"])
_PAST = frozenset(_LEX["irregular_past"]) | frozenset(_TENSE["past"])
_PAST_AUX = frozenset(_TENSE["past_auxiliaries"])
_NOT_PAST_ED = frozenset(_TENSE["not_past_ed"])
_PRESENT = frozenset(_TENSE["present"])
_STOP = frozenset((CODE["PERIOD"], CODE["BREAK"]))
_BREAK = CODE["BREAK"]
_JOINS = frozenset(CODE[n] for n in ("AND", "OR", "TO", "HYPHEN", "DASH"))
_MONTH_CLASSES = frozenset((CODE["MONTH"], CODE["MONABBR"]))
_YEAR_CLASS = CODE["YEAR"]
_DETERMINERS = frozenset(("the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those"))


def tense(toks: Tokens, i: int, j: int) -> str | None:
    """"past", "future" or None for the clause around tokens [i, j): the tense marker nearest
    the mention (a future auxiliary such as "will", a plan such as "is scheduled to", a past
    form such as "said" or "-ed"); a verb before the mention counts nearer, as English puts
    the verb before its time adjuncts ("will double its flights by August, untouched by...")."""
    cls = toks.classes
    a = i
    lo = max(0, i - 30)
    while a > lo and cls[a - 1] not in _STOP:
        a -= 1
    b = j
    hi = min(len(cls), j + 25)
    while b < hi and cls[b] not in _STOP:
        b += 1
    text, starts, ends = toks.text, toks.starts, toks.ends
    words = [text[starts[k]:ends[k]].lower() for k in range(a, b)]
    best: tuple[int, str] | None = None
    for n, lw in enumerate(words):
        k = a + n
        if i <= k < j or not lw[:1].isalpha():
            continue
        if lw in _FUTURE:
            t = "future"
        elif lw in _PLANNED:
            nxt = words[n + 1] if n + 1 < len(words) else ""
            if lw in ("is", "are"):
                if nxt != "to":
                    t = "present"
                else:
                    t = "future"
            elif lw in ("going", "plans", "plan", "intends", "hopes", "expects", "set") and nxt != "to":
                continue
            else:
                t = "future"
            if t == "future" and any(w in _PAST_AUX for w in words[max(0, n - 3):n]):
                t = "past"
        elif lw in _PAST or (len(lw) > 4 and lw.endswith("ed") and lw not in _NOT_PAST_ED
                             and (n == 0 or words[n - 1] not in _DETERMINERS)):
            t = "past"  # "the ministry proposed", not "the proposed merger"
            if n >= 1 and words[n - 1] in ("be", "being"):
                # a passive: "will be passed" is future, "is to be signed" too
                back = words[max(0, n - 4):n - 1]
                if any(w in ("will", "shall", "ll", "to", "would") for w in back):
                    t = "future"
                elif not any(w in _PAST_AUX for w in back):
                    t = "present"
        elif lw in _PRESENT:
            t = "present"
        else:
            continue
        dist = (i - k) if k < i else (k - j + 1) + 5
        if best is None or dist < best[0]:
            best = (dist, t)
    if best is None or best[1] == "present":
        return None
    return best[1]


# -- numbers ---------------------------------------------------------------------------------------

_HALF = re.compile(r"(?i)^(.*?)\s+and\s+a\s+half$")


@lru_cache(maxsize=4096)
def count_of(word: str) -> tuple[float, float] | None:
    """The count a number phrase states, as (low, high): "ten" (10, 10), "a few" (2, 5)."""
    w = " ".join(word.lower().replace("-", " ").split())
    if w in VAGUE:
        lo, hi = VAGUE[w]
        return float(lo), float(hi)
    for prefix in ("a ", ""):
        for v in (w[len(prefix):] if w.startswith(prefix) else None,):
            if v is not None and v.rstrip(" of") in VAGUE and prefix:
                lo, hi = VAGUE[v.rstrip(" of")]
                return float(lo), float(hi)
    if w.endswith(" of"):
        w2 = w[:-3]
        if w2 in VAGUE or w2.removeprefix("a ") in VAGUE:
            lo, hi = VAGUE.get(w2) or VAGUE[w2.removeprefix("a ")]
            return float(lo), float(hi)
    if w in ("a", "an", "one"):
        return 1.0, 1.0
    if w in ("a half", "half a", "half an"):
        return 0.5, 0.5
    if w in ("dozen", "a dozen"):
        return 12.0, 12.0
    m = _HALF.match(w)
    if m:
        inner = count_of(m.group(1))
        return None if inner is None or inner[0] != inner[1] else (inner[0] + 0.5, inner[0] + 0.5)
    parts = w.split()
    if len(parts) == 2 and "/" in parts[1] and parts[0].isdigit():
        a, _, b = parts[1].partition("/")
        if a.isdigit() and b.isdigit() and int(b):
            v = int(parts[0]) + int(a) / int(b)
            return v, v
    if "/" in w and " " not in w:
        a, _, b = w.partition("/")
        if a.isdigit() and b.isdigit() and int(b):
            v = int(a) / int(b)
            return v, v
    if w.startswith(("a ", "an ")):
        w = "one " + w.split(" ", 1)[1]
    n = parse_number(w)
    return None if n is None else (n, n)


def _signed(n: float, unit: str, sign: int) -> str:
    return ("-" if sign < 0 else "") + cal.duration_value(n, unit)


_POINT_MODS = (("beginning", "START"), ("start", "START"), ("outset", "START"), ("dawn", "START"),
               ("early", "START"), ("mid", "MID"), ("middle", "MID"), ("late", "END"), ("end", "END"),
               ("close", "END"))


def point_mod(text: str | None) -> str | None:
    if not text:
        return None
    t = text.lower()
    for word, mod in _POINT_MODS:
        if word in t:
            return mod
    return None


class Resolver:
    """Resolves the mentions of one article, in order, keeping what anchors need."""

    def __init__(self, text: str, dct: date | None, tokens: Tokens, narrative: bool = False,
                 locale: loc.Locale = loc.DEFAULT):
        self.text = text
        self.locale = locale  # where the article is: seasons' hemisphere, holidays' country
        self.narrative = narrative  # the text tells a story away from its publication date
        self.token_end: dict[str, int] = {}
        self.dct = dct
        self.toks = tokens
        self.claims: list[Claim] = []
        self.gran: dict[str, str] = {}
        self.ref: Claim | None = None  # the last claim with an interval: what "later" hangs on
        self.story: Claim | None = None  # the last explicitly dated claim (year written)
        self.story_at: date | None = None  # the last month or day the story told (for rolling its year)
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
        if sets_ref and timex.type in ("DATE", "TIME") and timex.earliest is not None and timex.latest is not None \
                and not timex.value.endswith("_REF"):
            self.ref = claim
            if timex.resolution == "absolute" and gran not in (DECADE, CENTURY) and self._sets_story(m, gran):
                self.story = claim
                self.story_at = None
            if gran in (DAY, MONTH) and (timex.resolution == "absolute" and self.story is claim
                                         or timex.resolution == "anchor" and self.story is not None
                                         and timex.anchor == self.story.id):
                self.story_at = timex.earliest
        return claim

    def _sets_story(self, m: Mention, gran: str | None) -> bool:
        """Whether an explicit date moves the story to its year. A day or a month does; a bare
        year does when it opens its sentence ("In 1941, ...") or is the first time its
        paragraph tells, or the story so far is told in years, but not in passing after a
        dated day ("On 10 March 1975 ... a campaign planned for 1976. ... on 11 March" is
        still 1975)."""
        if gran != YEAR or self.story is None or self.gran.get(self.story.id) == YEAR:
            return True
        cls = self.toks.classes
        if len(self.claims) < 2 or cls.rfind(_BREAK, 0, m.i) >= self.token_end[self.claims[-2].id]:
            return True  # a paragraph's first time sets its scene ("When they planned for 1777, ...")
        k = m.i
        while k > 0 and cls[k - 1] not in _STOP and m.i - k < 3:
            k -= 1
        return k == 0 or cls[k - 1] in _STOP

    def _date(self, m: Mention, d: date, gran: str, resolution: str, iv: cal.Interval | None = None,
              **kw) -> Claim:
        iv = iv or cal.gran_interval(d, gran)
        t = Timex("DATE", cal.gran_value(d, gran), resolution, iv[0], iv[1], **kw)
        return self._new(m, t, gran)

    def _tense(self, m: Mention) -> str | None:
        return tense(self.toks, m.i, m.j)

    def _narrative_year(self, m: Mention | None = None, month: int | None = None) -> int | None:
        """The year a story is telling, for a date written without one: the year of the last
        explicitly dated claim, when the text narrates the past (see ``_tells_a_story`` in
        claims.temporal) or has no publication date, and that claim is two or more years away
        from publication."""
        s = self.story
        if s is None or s.timex.earliest is None:
            return None
        y = cal.midpoint((s.timex.earliest, s.timex.latest)).year
        if self.dct is not None and not (self.narrative and abs(y - self.dct.year) >= 2):
            return None
        return self._rolled(y, month)

    def _rolled(self, y: int, month: int | None) -> int:
        """The story's year for a month it names without one: the year the story has reached
        (the last month or day it told), rolled forward when the month lies nine months or
        more before it ("in December 1941 ... in January" is January 1942)."""
        at = self.story_at
        if month is None or at is None or at.year < y:
            return y
        return at.year + 1 if at.month - month >= STORY_ROLL_MONTHS else at.year

    def _day_anchor(self, m: Mention, unit: str | None) -> Claim | None:
        """What "the day before", "four days later" hang on: the last time told, unless that is
        coarser than a day (a bare year, a month) and a day the text named, not as a deadline,
        lies within ``DAY_ANCHOR_SENTENCES`` sentence ends ("On 27 February 2009 he spoke ...
        withdrawal in 2011. The day before, ..." is 26 February)."""
        ref = self.ref
        if ref is None or unit not in _DAY_UNITS or self.gran.get(ref.id, DAY) == DAY:
            return ref
        for c in reversed(self.claims):
            if self._sentences_since(c, m) > DAY_ANCHOR_SENTENCES:
                break
            t = c.timex
            if self.gran.get(c.id) == DAY and t.type in ("DATE", "TIME") and t.earliest is not None \
                    and t.earliest == t.latest and c.attrs.get("signal") not in _DEADLINE_SIGNALS:
                return c
        return ref

    def _sentences_since(self, claim: Claim, m: Mention) -> int:
        """How many sentence ends lie between ``claim`` and mention ``m``."""
        k = self.token_end.get(claim.id, 0)
        return sum(1 for c in self.toks.classes[k:m.i] if c in _STOP)

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

    def _choose(self, past: date, fut: date, t: str | None) -> tuple[date, date, date]:
        """(value, earliest, latest) among the last and the next occurrence: the tense decides
        unless the other reading is four times nearer publication ("said ... Nov. 16" in
        an article of 2 November is this month's); otherwise the nearer one is named (the past
        on near ties: news reports more than it announces) and both stay possible."""
        if past == fut:
            return past, past, fut
        back, ahead = (self.dct - past).days, (fut - self.dct).days
        if t == "past" and back < 4 * ahead:
            return past, past, past
        if t == "future" and ahead < 4 * back:
            return fut, fut, fut
        return (past if back <= ahead + 61 else fut), past, fut

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

    def _weekday_of(self, g: dict) -> int | None:
        w = g.get("wd1") or g.get("wd2") or g.get("wd3") or g.get("wd4") or g.get("wd5")
        if not w:
            return None
        w = w.rstrip(".").lower()
        return WEEKDAYS.get(w, WEEKDAYS_SHORT.get(w))

    def _r_date(self, m: Mention) -> Claim | None:
        g = m.groups
        month = MONTHS[g["month"].rstrip(".").lower()]
        day = int(g["day"]) if g["day"].isdigit() else ordinal_value(g["day"]) or SPELLED_DAYS.get(g["day"].lower())
        if day is None or not 1 <= day <= 31:
            return None
        weekday = self._weekday_of(g)
        if "year" in g:
            try:
                d = date(int(g["year"]), month, day)
            except ValueError:
                return self._impossible_day(m, month, day, int(g["year"]))
            return self._date(m, d, DAY, "absolute", weekday=weekday)
        if day > _LONGEST_MONTH[month - 1]:
            return self._impossible_day(m, month, day, None)
        story = self._narrative_year(m, month)
        if story is not None:
            y = cal.weekday_year(story, month, day, weekday, (story,)) or story
            try:
                d = date(y, month, day)
            except ValueError:
                return None
            claim = self._date(m, d, DAY, "anchor", anchor=self.story.id, weekday=weekday)
            near = self._readings(month, day)
            if near is not None:
                # the story's year is a guess: the days near publication stay readings too
                try:
                    close = self.plausible(date(near[0], month, day), date(near[1], month, day), self._tense(m))
                except ValueError:
                    close = []
                claim.attrs["readings"] = sorted({x.isoformat() for x in [d, *close]})
            return claim
        t = self._tense(m)
        years = self._readings(month, day)
        if years is None:
            return self._new(m, Timex("DATE", f"XXXX-{month:02d}-{day:02d}", "unresolved", weekday=weekday), DAY)
        try:
            a, b = date(years[0], month, day), date(years[1], month, day)
        except ValueError:
            if (month, day) != (2, 29):
                return None  # "April 31" names no day
            # 29 February: the nearest leap year either way
            leap = [y for y in (years[0], years[1], years[0] - 1, years[1] + 1) if y % 4 == 0 and (y % 100 or y % 400 == 0)]
            a = b = date(leap[0], month, day)
        return self._yearless_day(m, a, b, t, weekday)

    def _impossible_day(self, m: Mention, month: int, day: int, year: int | None) -> Claim | None:
        """"30 February 2014", "November 31": a day the month does not have. The claim names
        the month (what can be known) and carries ``attrs.invalid`` for date.invalid."""
        if year is not None:
            if not cal.MIN_YEAR <= year <= cal.MAX_YEAR:
                return None
            claim = self._month_in(m, month, year, "absolute", None)
            length = cal.month_end(date(year, month, 1)).day
        else:
            claim = self._r_month(Mention("month", m.start, m.end, {"month": m.groups["month"]}, m.i, m.j, m.signal))
            length = _LONGEST_MONTH[month - 1]
        if claim is not None:
            claim.attrs["invalid"] = {"day": day, "month": month, "year": year, "days_in_month": length}
        return claim

    def _yearless_day(self, m: Mention, past: date, fut: date, t: str | None, weekday: int | None,
                      **attrs) -> Claim:
        """A day written without a year, read where a reader reads it: the occurrences that
        fit the sentence's tense and lie near publication (``plausible``). The written
        weekday may pick among them, never reach beyond them: "Thurs., Sept. 29" in an
        article of 28 August 2023 is 29 September 2023 (a Friday), not 2022 where the weekday
        fits. Every reading that remains is kept (``attrs.readings``, the interval)."""
        readings = self.plausible(past, fut, t)
        fitting = [d for d in readings if weekday is not None and d.weekday() == weekday]
        best = (fitting or readings)[0] if len(readings) == 1 or fitting else self._choose(past, fut, t)[0]
        if best not in readings:
            best = readings[0]
        claim = self._new(m, Timex("DATE", best.isoformat(), "dct", readings[0], readings[-1], weekday=weekday,
                                   tense=t), DAY, **attrs)
        claim.attrs["readings"] = [d.isoformat() for d in readings]
        return claim

    def plausible(self, past: date, fut: date, t: str | None) -> list[date]:
        """The readings of a yearless day a reader keeps, of its last occurrence before
        publication and its next after: the one the tense names, both when the other is four
        times nearer ("sailed on May 3" in an article of 23 April: a year ago, or a slip of
        tense); without a tense, the nearer one, and the farther too when it is less than
        ``FAR_READING`` times as far
        ("Monday, 7 October" in an article of 31 December is October past; in one of 1 June,
        either)."""
        if past == fut:
            return [past]
        back, ahead = (self.dct - past).days, (fut - self.dct).days
        if t == "past":
            return [past] if back < 4 * ahead else [past, fut]  # tense and nearness disagree: both
        if t == "future":
            return [fut] if ahead < 4 * back else [past, fut]
        if ahead > FAR_READING * back:
            return [past]
        if back > FAR_READING * ahead:
            return [fut]
        return [past, fut]

    def _r_holiday(self, m: Mention) -> Claim | None:
        """A named day: its date in the year written, else in the story's year, else the last
        or next one around publication, by tense. A weekday written before it ("Wednesday,
        New Year's Day 1997") is kept where the year is known, for the weekday rule."""
        key = holiday_key(m.groups["name"])
        w = loc.HOLIDAY_COUNTRY_WORDS
        nearby = self.toks.span_text(max(m.i - w, 0), min(m.j + w, len(self.toks)))
        rule, where = loc.holiday_rule(key, HOLIDAYS[key], self.locale, nearby)
        weekday = self._weekday_of(m.groups)
        claim = None
        if "year" in m.groups:
            d = cal.holiday_date(rule, int(m.groups["year"]))
            claim = None if d is None else self._date(m, d, DAY, "absolute", weekday=weekday)
        elif self._narrative_year(m) is not None:
            d = cal.holiday_date(rule, self._narrative_year(m))
            claim = None if d is None else self._date(m, d, DAY, "anchor", anchor=self.story.id, weekday=weekday)
        elif self.dct is not None:
            around = [d for d in (cal.holiday_date(rule, y) for y in range(self.dct.year - 1, self.dct.year + 2)) if d]
            past = max((d for d in around if d <= self.dct), default=None)
            fut = min((d for d in around if d >= self.dct), default=None)
            if past is not None and fut is not None:
                t = self._tense(m)
                best, a, b = self._choose(past, fut, t)
                claim = self._new(m, Timex("DATE", best.isoformat(), "dct", a, b, tense=t), DAY)
        if claim is not None:
            claim.attrs["holiday"] = key
            claim.attrs.update(where)
            part = PARTS.get((m.groups.get("part") or "").lower())
            if part and len(claim.timex.value) == 10:
                claim.timex.type, claim.timex.value = "TIME", f"{claim.timex.value}T{part}"
        return claim

    def _r_day_only(self, m: Mention) -> Claim | None:
        """"on the 21st": that day of the month the text is on, else of the publication month
        (this month's if it has come, by tense)."""
        day = ordinal_value(m.groups["day"])
        ref = self.ref
        if ref is not None and self.gran.get(ref.id) in (DAY, MONTH) and ref.timex.earliest is not None:
            base = ref.timex.earliest
            try:
                d = date(base.year, base.month, day)
            except ValueError:
                return None
            return self._date(m, d, DAY, "anchor", anchor=ref.id)
        if self.dct is None:
            return None
        t = self._tense(m)
        this = self.dct.replace(day=1)
        prev = this - cal.delta(1, "MO")
        nxt = this + cal.delta(1, "MO")
        try:
            cands = [date(x.year, x.month, day) for x in (prev, this, nxt) if day <= cal.month_end(x).day]
        except ValueError:
            return None
        past = max((c for c in cands if c <= self.dct), default=None)
        fut = min((c for c in cands if c >= self.dct), default=None)
        if past is None or fut is None:
            return None
        best, a, b = self._choose(past, fut, t)
        return self._new(m, Timex("DATE", best.isoformat(), "dct", a, b, tense=t), DAY)

    def _r_iso(self, m: Mention) -> Claim | None:
        y, mo, d = re.split(r"[-/]", m.groups["iso"])
        try:
            day = date(int(y), int(mo), int(d))
        except ValueError:
            return None
        return self._date(m, day, DAY, "absolute", weekday=self._weekday_of(m.groups))

    def _r_slash(self, m: Mention) -> Claim | None:
        a, b, y = re.split(r"[/.-]", m.groups["slash"])
        a, b, y = int(a), int(b), int(y)
        readings = []
        for day, month in ((a, b), (b, a)):
            try:
                readings.append(date(y, month, day))
            except ValueError:
                pass
        if not readings:
            return None
        readings = sorted(set(readings))
        weekday = self._weekday_of(m.groups)
        if len(readings) == 1:
            return self._date(m, readings[0], DAY, "absolute", weekday=weekday)
        # 04/05/2024: day-month or month-day cannot be told apart; keep both as the interval.
        lo, hi = readings
        sep = "/" if "/" in m.groups["slash"] else "."
        best = date(y, b, a) if sep == "." else date(y, a, b)  # US order with slashes, European with dots
        if weekday is not None and best.weekday() != weekday and (hi if best == lo else lo).weekday() == weekday:
            best = hi if best == lo else lo  # the weekday says which order is meant
        t = Timex("DATE", best.isoformat(), "absolute", lo, hi, weekday=weekday)
        return self._new(m, t, DAY, ambiguous_order=True, readings=[lo.isoformat(), hi.isoformat()])

    def _r_daymonth(self, m: Mention) -> Claim | None:
        """"Friday, 31/10", "4/23(Fri)": a day and month without a year (the tagger keeps them
        only beside a weekday). Each order that names a day is read as a yearless day near
        publication; every reading that survives is kept."""
        if self.dct is None:
            return None
        a, b = (int(x) for x in m.groups["md"].split("/"))
        readings: list[date] = []
        for day, month in ((a, b), (b, a)):
            years = self._readings(month, day) if 1 <= month <= 12 else None
            if years is None:
                continue
            try:
                past, fut = date(years[0], month, day), date(years[1], month, day)
            except ValueError:
                continue
            readings.extend(self.plausible(past, fut, self._tense(m)))
        if not readings:
            return None
        readings = sorted(set(readings))
        weekday = self._weekday_of(m.groups)
        fitting = [d for d in readings if d.weekday() == weekday]
        best = min(fitting or readings, key=lambda d: abs((d - self.dct).days))
        claim = self._new(m, Timex("DATE", best.isoformat(), "dct", readings[0], readings[-1], weekday=weekday), DAY)
        claim.attrs["readings"] = [d.isoformat() for d in readings]
        if len({(d.month, d.day) for d in readings}) > 1:
            claim.attrs["ambiguous_order"] = True
        return claim

    def _r_month_year(self, m: Mention) -> Claim | None:
        g = m.groups
        month = MONTHS[g["month"].rstrip(".").lower()]
        y = int(g["year"]) if g["year"].isdigit() else spelled_year(g["year"])
        if y is None or not cal.MIN_YEAR <= y <= cal.MAX_YEAR:
            return None
        mod = point_mod(g.get("mod"))
        iv = cal.narrow(cal.month_interval(y, month), mod)
        return self._date(m, date(y, month, 1), MONTH, "absolute", iv=iv, mod=mod)

    def _month_in(self, m: Mention, month: int, y: int, resolution: str, mod: str | None, **kw) -> Claim:
        iv = cal.narrow(cal.month_interval(y, month), mod)
        return self._date(m, date(y, month, 1), MONTH, resolution, iv=iv, mod=mod, **kw)

    def _r_month_rel(self, m: Mention) -> Claim | None:
        g = m.groups
        month = MONTHS[g["month"].rstrip(".").lower()]
        mod = point_mod(g.get("mod"))
        if "arel" in g:
            ref = self.ref
            if ref is None:
                return None
            at = ref.timex.earliest if g["arel"].lower() == "previous" else ref.timex.latest
            if g["arel"].lower() == "previous":
                y = at.year if month < at.month else at.year - 1
            else:
                y = at.year if month > at.month else at.year + 1
            return self._month_in(m, month, y, "anchor", mod, anchor=ref.id)
        if "ana" in g:
            anchor = self.ref
            if anchor is None or g["unit"].lower() != "year":
                return None
            y = cal.midpoint((anchor.timex.earliest, anchor.timex.latest)).year
            ana = g["ana"].lower()
            y += 1 if ("following" in ana or "next" in ana) else -1 if "previous" in ana else 0
            return self._month_in(m, month, y, "anchor", mod, anchor=anchor.id)
        if self.dct is None:
            return self._new(m, Timex("DATE", f"XXXX-{month:02d}", "unresolved", mod=mod), MONTH)
        d = self.dct
        if "rel2" in g:  # June last year
            if g["unit"].lower() != "year":
                return None
            y = d.year + {"last": -1, "next": 1}.get(g["rel2"].lower(), 0)
            return self._month_in(m, month, y, "dct", mod)
        rel = " ".join(g["rel"].lower().split())
        if rel == "last" or rel == "this past":
            y = d.year if month < d.month else d.year - 1
        elif rel in ("next", "coming", "this coming"):
            y = d.year if month > d.month else d.year + 1
        else:  # this September
            y = d.year
        return self._month_in(m, month, y, "dct", mod)

    def _r_month(self, m: Mention) -> Claim | None:
        g = m.groups
        month = MONTHS[g["month"].rstrip(".").lower()]
        mod = point_mod(g.get("mod"))
        y = self._year_beside(m)
        if y is not None:
            return self._month_in(m, month, y, "absolute", mod)
        story = self._narrative_year(m, month)
        if story is not None:
            return self._month_in(m, month, story, "anchor", mod, anchor=self.story.id)
        t = self._tense(m)
        years = self._readings(month, None)
        if years is None:
            return self._new(m, Timex("DATE", f"XXXX-{month:02d}", "unresolved", mod=mod), MONTH)
        # a month is as far away as its middle: March is nine months before 19 December, not ten
        best, a, b = self._choose(date(years[0], month, 15), date(years[1], month, 15), t)
        best, a, b = best.replace(day=1), a.replace(day=1), b.replace(day=1)
        lo, hi = cal.narrow(cal.month_interval(a.year, month), mod)[0], cal.narrow(cal.month_interval(b.year, month), mod)[1]
        timex = Timex("DATE", cal.gran_value(best, MONTH), "dct", lo, hi, mod=mod, tense=t)
        return self._new(m, timex, MONTH)

    def _year_beside(self, m: Mention) -> int | None:
        """The year a yearless month shares with the month written beside it ("in April and
        June 1955", "from March to May 2010"): the next month's year, when the two are joined
        by a conjunction or a range word."""
        cls, k = self.toks.classes, m.j
        if k + 2 < len(cls) and cls[k] in _JOINS and cls[k + 1] in _MONTH_CLASSES and cls[k + 2] == _YEAR_CLASS:
            y = int(self.toks.word(k + 2))
            if cal.MIN_YEAR <= y <= cal.MAX_YEAR:
                return y
        return None

    def _r_year(self, m: Mention) -> Claim | None:
        g = m.groups
        mod = point_mod(g.get("mod"))
        if "spelled" in g:
            y = spelled_year(g["spelled"])
            if y is None:
                return None
        elif "fiscal" in g and "year" not in g:
            y = int(g["fiscal"][2:])
        else:
            y = int(g["year"])
        era = (g.get("era") or "").upper().replace(".", "")
        if era in ("BC", "BCE"):
            t = Timex("DATE", f"BC{y:04d}", "absolute", mod=mod)
            return self._new(m, t, YEAR)
        if not cal.MIN_YEAR <= y <= cal.MAX_YEAR:
            return None
        iv = cal.narrow(cal.year_interval(y), mod)
        if "fiscal" in g:
            # Fiscal years start on different dates: widen by a year each side of the calendar year.
            iv = (date(max(y - 1, 1), 1, 1), date(y, 12, 31))
            return self._date(m, date(y, 6, 30), YEAR, "absolute", iv=iv, mod=mod)
        return self._date(m, date(y, 1, 1), YEAR, "absolute", iv=iv, mod=mod)

    def _r_decade(self, m: Mention) -> Claim | None:
        g = m.groups
        mod = point_mod(g.get("mod"))
        if "decade" in g:
            first = int(g["decade"][:4])
        elif "short" in g:
            short = int(g["short"][:2])
            base = self.dct.year if self.dct else 2000
            century = base // 100 * 100
            first = century + short if century + short <= base else century - 100 + short
        else:
            words = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                     "seventies": 70, "eighties": 80, "nineties": 90}
            short = words[g["word"].lower()]
            base = self.dct.year if self.dct else 2000
            century = base // 100 * 100
            first = century + short if century + short <= base else century - 100 + short
        iv = cal.narrow(cal.decade_interval(first), mod)
        return self._new(m, Timex("DATE", f"{first // 10:03d}", "absolute", iv[0], iv[1], mod=mod), DECADE)

    def _r_century(self, m: Mention) -> Claim | None:
        g = m.groups
        n = ordinal_value(g["ord"])
        if n is None or not 1 <= n <= 21:
            return None
        mod = point_mod(g.get("mod"))
        era = (g.get("era") or "").upper().replace(".", "")
        if era in ("BC", "BCE"):
            return self._new(m, Timex("DATE", f"BC{n - 1:02d}", "absolute", mod=mod), CENTURY)
        first = (n - 1) * 100
        iv = cal.narrow((date(max(first, 1), 1, 1), date(first + 99, 12, 31)), mod)
        return self._new(m, Timex("DATE", f"{n - 1:02d}", "absolute", iv[0], iv[1], mod=mod), CENTURY)

    def _r_season(self, m: Mention) -> Claim | None:
        g = m.groups
        code = SEASONS[g["season"].lower()]
        rel = " ".join((g.get("rel") or "").lower().split())
        mod = point_mod(g.get("mod"))
        anchor = None
        south = self.locale.hemisphere == "southern"
        if "year" in g:
            y = int(g["year"]) if g["year"].isdigit() else spelled_year(g["year"])
            if y is None:
                return None
            res = "absolute"
        elif g.get("arel") and self.ref is not None:
            base = cal.midpoint((self.ref.timex.earliest, self.ref.timex.latest)).year
            y = base + (-1 if g["arel"].lower() == "previous" else 1)
            res, anchor = "anchor", self.ref.id
        elif g.get("arel"):
            return None
        elif self._narrative_year(m) is not None and not rel:
            y, res, anchor = self._narrative_year(m), "anchor", self.story.id
        elif self.dct is None:
            return self._new(m, Timex("DATE", f"XXXX-{code}", "unresolved", mod=mod), SEASON)
        elif (rel or mod or g.get("the")) and south:
            y, res = self._southern_season_year(code, rel), "dct"
        elif rel or mod or g.get("the"):
            d = self.dct
            cur = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(d.month, "FA")
            order = ["WI", "SP", "SU", "FA"]
            y = d.year
            if rel in ("last", "this past", "past"):
                if order.index(code) >= order.index(cur):
                    y -= 1
            elif rel in ("next", "coming", "this coming"):
                if order.index(code) <= order.index(cur):
                    y += 1
            res = "dct"
        else:
            return None  # "the summer" with nothing to place it
        # Meteorological seasons. The season across the new year ("winter 1994" in the north,
        # "summer 2024" in the south) may mean the one its January or its December falls in, so
        # its interval holds both (see _season_interval).
        if not cal.MIN_YEAR < y < cal.MAX_YEAR:
            return None
        iv = cal.narrow(self._season_interval(code, y, south, exact=res == "dct" and south), mod)
        claim = self._new(m, Timex("DATE", f"{y:04d}-{code}", res, iv[0], iv[1], mod=mod, anchor=anchor), SEASON)
        claim.attrs.update(self.locale.season_attrs())
        return claim

    def _season_interval(self, code: str, y: int, south: bool, exact: bool = False) -> cal.Interval:
        """The days of season ``code`` of year ``y``. North: spring March-May, summer June-August,
        autumn September-November, winter 1994 January 1994 to February 1995 (its January or its
        December). South, the other way round: autumn March-May, winter June-August, spring
        September-November, and summer ``y`` is the one whose January is in ``y`` (December
        2023-February 2024 is 2024-SU); written with its year, its interval also holds the summer
        after (December 2023 to February 2025), ``exact`` (a relative "last summer") not."""
        if not south:
            if code == "WI":
                return date(y, 1, 1), cal.add_days(date(y + 1, 3, 1), -1)
            start = date(y, {"SP": 3, "SU": 6, "FA": 9}[code], 1)
            return start, cal.month_end(start + cal.delta(2, "MO"))
        if code == "SU":
            return date(y - 1, 12, 1), cal.month_end(date(y if exact else y + 1, 2, 1))
        start = date(y, {"FA": 3, "WI": 6, "SP": 9}[code], 1)
        return start, cal.month_end(start + cal.delta(2, "MO"))

    def _southern_season_year(self, code: str, rel: str) -> int:
        """The year of "last summer", "next winter", "this spring" in the southern hemisphere,
        seen from publication: "last" is the latest such season begun before the current one,
        "next" the first one after publication, otherwise the one of publication's year."""
        d = self.dct
        starts = {"FA": 3, "WI": 6, "SP": 9, "SU": 12}
        begun = max(date(d.year - (mo > d.month), mo, 1) for mo in starts.values())  # the current season's start
        occurrences = [date(y, starts[code], 1) for y in range(d.year - 2, d.year + 2)]
        if rel in ("last", "this past", "past"):
            start = max(o for o in occurrences if o < begun)
        elif rel in ("next", "coming", "this coming"):
            start = min(o for o in occurrences if o > d)
        else:
            return d.year
        return start.year + 1 if code == "SU" else start.year

    def _r_quarter(self, m: Mention) -> Claim | None:
        g = m.groups
        if "q" in g:
            q, half = int(g["q"][1]), False
        else:
            half = g["unit"].lower() == "half"
            ordw = g["ord"].lower()
            if ordw in ("last", "latest") and not (g.get("year") or g.get("year2") or g.get("yref") or g.get("yref2")) \
                    and not half and self.dct is not None:
                # "the latest quarter", "last quarter": the last one completed before publication
                return self._date(m, self.dct - cal.delta(3, "MO"), QUARTER, "dct")
            q = (2 if half else 4) if ordw in ("last", "final", "latest") else ordinal_value(ordw)
            if q is None:
                return None
        yref = (g.get("yref") or g.get("yref2") or "").lower()
        year = g.get("year") or g.get("year2")
        gran = HALF if half else QUARTER
        if year:
            y, res, anchor = int(year), "absolute", None
        elif yref and self.dct is not None:
            y = self.dct.year + {"last": -1, "next": 1}.get(yref.split()[-1], 0)
            res, anchor = "dct", None
            if yref in ("that", "the same") and self.ref is not None:
                y, res, anchor = cal.midpoint((self.ref.timex.earliest, self.ref.timex.latest)).year, "anchor", self.ref.id
        elif self._narrative_year(m) is not None:
            y, res, anchor = self._narrative_year(m), "anchor", self.story.id
        elif self.dct is None:
            return self._new(m, Timex("DATE", f"XXXX-{'H' if half else 'Q'}{q}", "unresolved"), gran)
        else:
            t = self._tense(m)
            per = 6 if half else 3
            cur = (self.dct.month - 1) // per + 1
            y = self.dct.year
            if q > cur and t == "past":
                y -= 1
            res, anchor = "dct", None
        if g.get("ago") and g["ago"].lower() == "year":
            y, res = y - 1, "anchor" if anchor else res  # "the year-earlier third quarter"
        if not cal.MIN_YEAR <= y <= cal.MAX_YEAR:
            return None
        start = date(y, (q - 1) * (6 if half else 3) + 1, 1)
        claim = self._date(m, start, gran, res, anchor=anchor)
        if g.get("fiscal"):
            claim.attrs["fiscal"] = True  # a fiscal quarter may not be the calendar's
            claim.timex.earliest = start - cal.delta(9, "MO")
        return claim

    def _r_weekday(self, m: Mention) -> Claim | None:
        g = m.groups
        wd = WEEKDAYS[g["wd"].rstrip(".").lower()]
        rel = " ".join((g.get("rel") or "").lower().split())
        mod = point_mod(g.get("mod")) if g.get("mod", "").lower() not in ("earlier", "later") else None
        part = PARTS.get((g.get("part") or "").lower())
        typ = "TIME" if part else "DATE"
        suffix = f"T{part}" if part else ""
        arel = (g.get("arel") or "").lower()
        if arel and self.ref is not None and self.ref.timex.earliest == self.ref.timex.latest:
            # "the previous Friday", "the following Monday": from the day the text is on
            base = self.ref.timex.earliest
            day = cal.last_weekday(base, wd) if arel == "previous" else cal.next_weekday(base, wd)
            return self._new(m, Timex(typ, day.isoformat() + suffix, "anchor", day, day, anchor=self.ref.id), DAY,
                             weekday=wd)
        if arel:
            return None
        if self.dct is None:
            return self._new(m, Timex(typ, f"XXXX-WXX-{wd + 1}{suffix}", "unresolved", mod=mod), DAY, weekday=wd)
        d = self.dct
        t = None
        if rel in ("last", "this past"):
            # the most recent such day, or (said late in a week of an early weekday) the
            # previous week's: "last Monday" on a Thursday may be three or ten days back
            hi = cal.last_weekday(d, wd)
            lo = min(hi, cal.add_days(d, -d.weekday() - 7 + wd))
        elif rel == "next":
            lo = cal.next_weekday(d, wd)
            hi = cal.add_days(lo, 7) if (lo - d).days < 7 else lo
        elif rel in ("this", "coming", "this coming"):
            lo = hi = cal.next_weekday(d, wd, include_today=True)
        else:
            t = self._tense(m)
            past = cal.last_weekday(d, wd, include_today=True)
            fut = cal.next_weekday(d, wd, include_today=True)
            if t == "past":
                lo = hi = past
            elif t == "future":
                lo = hi = fut
            else:
                lo, hi = past, fut
        best = lo if (t != "future" or rel) else hi
        if rel in ("next", "last", "this past"):
            best = lo if rel == "next" else hi
        timex = Timex(typ, best.isoformat() + suffix, "dct", lo, hi, tense=t, mod=mod)
        return self._new(m, timex, DAY, weekday=wd)

    def _r_weekday_set(self, m: Mention) -> Claim | None:
        g = m.groups
        name = g["wd"].rstrip(".").lower()
        wd = WEEKDAYS.get(name) if name in WEEKDAYS else WEEKDAYS.get(name[:-1])
        if wd is None:
            return None
        part = PARTS.get((g.get("part") or "").lower().rstrip("s"))
        value = f"XXXX-WXX-{wd + 1}" + (f"T{part}" if part else "")
        return self._new(m, Timex("SET", value, "absolute"), None)

    def _r_deictic(self, m: Mention) -> Claim | None:
        g = m.groups
        word = (g.get("word") or "").lower()
        rel = (g.get("rel") or "").lower()
        part_word = (g.get("part") or g.get("mpart") or "").lower()
        part = None
        for p, code in PARTS.items():
            if p in part_word:
                part = code
        offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "": 0}
        if rel == "this":
            off = 0
        elif rel == "last":
            off = -1 if part in ("NI", "EV") else 0
            if part not in ("NI", "EV"):
                return None  # "last morning" is not idiomatic; leave it
        else:
            off = offsets.get(word, 0)
        if "dir" in g:
            off += -1 if g["dir"].lower() == "before" else 1
        if word == "tonight":
            part = "NI"
        mod = point_mod(g.get("mod")) if (g.get("mod") or "").lower() not in ("earlier", "later") else None
        typ = "TIME" if part else "DATE"
        ref = self.ref
        if rel == "this" and self.narrative and ref is not None and ref.timex.earliest is not None \
                and ref.timex.earliest == ref.timex.latest:
            d = ref.timex.earliest  # "this morning" in a story: the morning of the day it is on
            return self._new(m, Timex(typ, d.isoformat() + (f"T{part}" if part else ""), "anchor", d, d,
                                      anchor=ref.id, mod=mod), DAY)
        if self.dct is None:
            return self._new(m, Timex(typ, "XXXX-XX-XX" + (f"T{part}" if part else ""), "unresolved"), DAY)
        d = cal.add_days(self.dct, off)
        value = d.isoformat() + (f"T{part}" if part else "")
        return self._new(m, Timex(typ, value, "dct", d, d, offset=_signed(abs(off), "D", off) if off else None,
                                  mod=mod), DAY)

    def _r_ref(self, m: Mention) -> Claim | None:
        g = m.groups
        word = (g.get("word") or "").lower()
        direction = g.get("dir", "").lower()
        if word in ("recently", "lately", "recent", "past") or direction in ("past", "last"):
            value = "PAST_REF"
        elif word == "future" or direction in ("next", "coming") or "term" in self.text[m.start:m.end].lower():
            value = "FUTURE_REF"
        else:
            value = "PRESENT_REF"
        d = self.dct
        if d is None:
            return self._new(m, Timex("DATE", value, "unresolved"), None)
        if value == "PAST_REF":
            return self._new(m, Timex("DATE", value, "dct", None, d), None)
        if value == "FUTURE_REF":
            return self._new(m, Timex("DATE", value, "dct", d, None), None)
        return self._new(m, Timex("DATE", value, "dct", d, d), None)

    def _r_period(self, m: Mention) -> Claim | None:
        g = m.groups
        rel = " ".join((g.get("rel") or "").lower().split())
        unit = " ".join(g["unit"].lower().split())
        modw = (g.get("mod") or "").lower()
        if unit == "day" and rel == "this" and self.narrative and self.ref is not None \
                and self.gran.get(self.ref.id) == DAY:
            r = self.ref.timex  # "this day" in a story: the day it is on
            return self._new(m, Timex("DATE", r.earliest.isoformat(), "anchor", r.earliest, r.latest,
                                      anchor=self.ref.id), DAY)
        if not rel and self.narrative and self.ref is not None and unit in ("year", "month", "week"):
            # "later in the year" in a story told in 1946: 1946, not publication's year
            return self._this_unit(m, unit, None if modw.startswith(("later", "earlier")) else point_mod(modw))
        if rel == "latest":
            if self.dct is None:
                return self._same_as_last(m, QUARTER)
            # "the latest quarter": the last one completed before publication
            base = self.dct - cal.delta(3, "MO")
            return self._date(m, base, QUARTER, "dct")
        if self.dct is None:
            return self._new(m, Timex("DATE", "XXXX", "unresolved"), None)
        d = self.dct
        step = -1 if rel in ("last", "this past") else 1 if rel in ("next", "coming", "the coming", "this coming") else 0
        gran = {"week": WEEK, "weekend": WEEK, "month": MONTH, "quarter": QUARTER, "year": YEAR,
                "decade": DECADE, "century": CENTURY, "day": DAY}.get(unit)
        if gran is None:
            return None
        if gran == WEEK:
            base = cal.add_days(d, 7 * step)
        elif gran == DAY:
            base = cal.add_days(d, step)
        elif gran == MONTH:
            base = d + cal.delta(step, "MO")
        elif gran == QUARTER:
            base = d + cal.delta(3 * step, "MO")
        elif gran == YEAR:
            base = date(d.year + step, 1, 1)
        elif gran == DECADE:
            base = date(d.year // 10 * 10 + 10 * step, 1, 1)
        else:
            base = date(max(d.year // 100 * 100 + 100 * step, 1), 1, 1)
        iv = cal.gran_interval(base, gran)
        value = cal.gran_value(base, gran)
        if unit == "weekend":
            iv = (cal.add_days(iv[0], 5), iv[1])
            value += "-WE"
        mod = None
        if modw.startswith("earlier"):
            iv, mod = (iv[0], min(iv[1], d)), "BEFORE_NOW" if step == 0 else None
        elif modw.startswith("later"):
            iv, mod = (max(iv[0], d), iv[1]), "AFTER_NOW" if step == 0 else None
        else:
            mod = point_mod(modw)
            iv = cal.narrow(iv, mod)
        if g.get("fiscal") and gran == YEAR:
            # a company's fiscal year may end anywhere in the year before or after the
            # calendar's: "the end of the current fiscal year, in February 1988" in October 1987
            iv = (date(iv[0].year - 1, 1, 1), date(iv[1].year + 1, 12, 31))
        if iv[0] > iv[1]:
            iv = (iv[1], iv[0])
        timex = Timex("DATE", value, "dct", iv[0], iv[1], mod=mod if mod in ("START", "MID", "END") else None)
        claim = self._new(m, timex, gran)
        if mod in ("BEFORE_NOW", "AFTER_NOW"):
            claim.attrs["part"] = "before publication" if mod == "BEFORE_NOW" else "after publication"
        return claim

    def _same_as_last(self, m: Mention, gran: str) -> Claim | None:
        """"the latest quarter", "the quarter": the last quarter the text named."""
        for c in reversed(self.claims):
            if self.gran.get(c.id) == gran and c.timex.earliest is not None:
                t = c.timex
                return self._new(m, Timex("DATE", t.value, "anchor", t.earliest, t.latest, anchor=c.id), gran)
        return None

    def _r_anaphor(self, m: Mention) -> Claim | None:
        g = m.groups
        unit_word = g["unit"].lower()
        anchor = self.ref
        if "dir" in g and g["dir"].lower() in ("earlier", "ago"):
            # "the year-earlier quarter", "year-ago": the period the text is about, a unit back
            unit = unit_of(unit_word)
            if unit is None:
                return None
            if anchor is None:
                if self.dct is None:
                    return None
                return self._shift_from(m, None, 1, 1, unit, -1, to_gran=_UNIT_GRAN.get(unit, YEAR))
            return self._shift_from(m, anchor, 1, 1, unit, -1)
        rel = (g.get("rel") or "").lower()
        if not rel and "dir" not in g and "that" not in g and "mod" in g:
            if g["mod"].lower() == "end" and unit_word == "year":
                return self._year_end(m)
            return self._this_unit(m, unit_word, point_mod(g["mod"]))
        if not rel and "dir" not in g and "that" not in g:
            return self._the_unit(m, unit_word)
        if "dir" in g:
            step = 1 if g["dir"].lower() == "after" else -1
        else:
            step = 1 if rel in ("following", "next") else -1 if rel == "previous" else 0
        if unit_word in PARTS:
            return self._part_from(m, step, PARTS[unit_word])
        unit = unit_of(unit_word)
        if unit is None or unit in ("H", "M", "S", "ML", "HY"):
            return None
        gran = WEEK if unit_word == "weekend" else _UNIT_GRAN.get(unit, YEAR)
        pmod = point_mod(g.get("mod"))
        if unit in _DAY_UNITS:
            anchor = self._day_anchor(m, unit)
            if anchor is not None and RANK.get(self.gran.get(anchor.id, DAY), 0) > RANK[MONTH]:
                # "the day before" a bare year names no day of it
                return self._new(m, Timex("DATE", "XXXX-XX-XX", "unresolved",
                                          offset=_signed(1, unit, step) if step else None), None)
        if gran == QUARTER and self.named_quarter is not None:
            anchor = self.named_quarter
        if rel == "next" and self.dct is not None and (anchor is None or not self.narrative) \
                and gran in (MONTH, QUARTER, YEAR, DECADE, CENTURY):
            # "the next year" in news: the year after publication ("the next day" hangs on the story)
            return self._shift_from(m, None, 1, 1, unit, 1, to_gran=gran, timex_mod=pmod)
        if anchor is None:
            if self.dct is None or not step:
                return None
            return self._shift_from(m, None, 1, 1, unit, step, to_gran=gran, timex_mod=pmod)
        return self._shift_from(m, anchor, abs(step), abs(step), unit, step or 1, to_gran=gran, timex_mod=pmod)

    def _year_end(self, m: Mention) -> Claim | None:
        """"year-end": 31 December of the year the text is in (a fiscal year may end elsewhere:
        the interval is the year's last quarter)."""
        this = self._this_unit(m, "year", None)
        if this is None:
            return None
        y = this.timex.earliest.year
        this.timex.value = f"{y:04d}-12-31"
        this.timex.earliest, this.timex.mod = date(y, 10, 1), "END"
        return this

    def _this_unit(self, m: Mention, unit_word: str, mod: str | None) -> Claim | None:
        """"the end of the year": the year (month, week) the story is in, else publication's."""
        gran = {"year": YEAR, "month": MONTH, "week": WEEK, "quarter": QUARTER, "decade": DECADE,
                "century": CENTURY}.get(unit_word)
        if gran is None:
            return None
        anchor = self.ref if (self.narrative or self.dct is None) else None
        if anchor is not None:
            d, res, anchor_id = cal.midpoint((anchor.timex.earliest, anchor.timex.latest)), "anchor", anchor.id
        elif self.dct is not None:
            d, res, anchor_id = self.dct, "dct", None
        else:
            return None
        iv = cal.narrow(cal.gran_interval(d, gran), mod)
        return self._new(m, Timex("DATE", cal.gran_value(d, gran), res, iv[0], iv[1], mod=mod, anchor=anchor_id), gran)

    def _the_unit(self, m: Mention, unit_word: str) -> Claim | None:
        """"the quarter": the quarter the text last named, else the last one completed before
        publication; "the weekend": the nearest weekend, by tense; "the year", "the month",
        "the week": a span of that length when measured ("for the year", "the year ended
        Sept. 30"), else the one the text is in."""
        if unit_word in ("year", "month", "week"):
            nxt = self.toks.word(m.j).lower() if m.j < len(self.toks) else ""
            if m.signal in ("for", "throughout", "over", "during") or nxt in ("ended", "ending", "to"):
                unit = unit_of(unit_word)
                return self._new(m, Timex("DURATION", cal.duration_value(1, unit), "absolute"), None)
            return self._this_unit(m, unit_word, None)
        if unit_word == "quarter":
            c = self.named_quarter
            if c is not None:
                t = c.timex
                return self._new(m, Timex("DATE", t.value, "anchor", t.earliest, t.latest, anchor=c.id), QUARTER)
            if self.dct is None:
                return None
            return self._date(m, self.dct - cal.delta(3, "MO"), QUARTER, "dct")
        if self.dct is None:
            return None
        t = self._tense(m)
        sat_before = cal.last_weekday(self.dct, 5, include_today=True)
        sat_after = cal.next_weekday(self.dct, 5, include_today=True)
        if self.dct.weekday() == 6:
            sat_after = sat_before
        sat = sat_after if t == "future" else sat_before
        lo, hi = (sat_before, cal.add_days(sat_after, 1)) if t is None else (sat, cal.add_days(sat, 1))
        y, w, _ = sat.isocalendar()
        return self._new(m, Timex("DATE", f"{y:04d}-W{w:02d}-WE", "dct", lo, hi, tense=t), WEEK)

    def _part_from(self, m: Mention, step: int, part: str) -> Claim | None:
        anchor = self.ref
        if anchor is None or anchor.timex.earliest != anchor.timex.latest:
            return None
        d = cal.add_days(anchor.timex.earliest, step)
        t = Timex("TIME", f"{d.isoformat()}T{part}", "anchor", d, d, anchor=anchor.id,
                  offset=_signed(1, "D", step) if step else None)
        return self._new(m, t, DAY)

    def _r_ago(self, m: Mention) -> Claim | None:
        g = m.groups
        shift = _shift_of(g)
        if shift is None:
            return None
        count, unit, mod = shift
        sign = 1 if "from" in g else -1
        if "from" in g and g["from"].lower() != "from":
            return None
        if self.dct is None:
            return self._new(m, Timex("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "unresolved"), None)
        ref = self.ref if self.ref is not None and self.gran.get(self.ref.id) in (QUARTER, HALF) else self.named_quarter
        if unit == "Y" and count[0] == count[1] and sign < 0 and ref is not None \
                and self._sentences_since(ref, m) <= QUARTER_CONTEXT:
            # "profit rose in the third quarter from a year ago": the same quarter a year back
            return self._shift_from(m, ref, count[0], count[1], unit, sign, mod)
        if count[0] != count[1]:
            # "a few years ago": a vague past (TIMEX3 PAST_REF), placed as widely as the words allow
            lo_n, hi_n = _widen(count[0], count[1], mod)
            a = cal.shift(self.dct, cal.delta(hi_n, unit), sign)
            b = cal.shift(self.dct, cal.delta(lo_n, unit), sign)
            if a is None or b is None:
                return None
            lo, hi = min(a, b), max(a, b)
            return self._new(m, Timex("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "dct", lo, hi), None)
        claim = self._shift_from(m, None, count[0], count[1], unit, sign, mod, to_gran=_UNIT_GRAN.get(unit, DAY))
        years = count[0] * (10 if unit == "DE" else 1)
        if claim is not None and unit in ("Y", "DE") and years >= ROUND_YEARS and years % 5 == 0 \
                and claim.timex.earliest is not None:
            # "thirty years ago, in 1956" in 1987: a round count of years is a round figure,
            # a year either way (the value keeps the arithmetic)
            t = claim.timex
            wider = cal.shift_interval((t.earliest, t.latest), cal.delta(1, "Y"), -1), \
                cal.shift_interval((t.earliest, t.latest), cal.delta(1, "Y"), 1)
            if wider[0] is not None and wider[1] is not None:
                t.earliest, t.latest = wider[0][0], wider[1][1]
            claim.attrs["round_count"] = True
        return claim

    def _r_anchored(self, m: Mention) -> Claim | None:
        g = m.groups
        shift = _shift_of(g)
        if shift is None:
            return None
        count, unit, mod = shift
        sign = -1 if g["dir"].lower() in ("earlier", "before") else 1
        anchor = self._day_anchor(m, unit)
        if anchor is not None and RANK.get(self.gran.get(anchor.id, DAY), 0) - RANK.get(_UNIT_GRAN.get(unit, DAY), 0) > 2 \
                and unit in ("H", "M", "S", "D", "W", "2W"):
            anchor = None  # "five minutes afterwards" cannot be placed from a year
            if self.dct is not None:
                return self._new(m, Timex("DATE", "XXXX-XX-XX", "unresolved",
                                          offset=_signed(count[0], unit, sign) if count[0] == count[1] else None), None)
        if anchor is None and self.dct is None:
            return self._new(m, Timex("DATE", "XXXX-XX-XX", "unresolved",
                                      offset=_signed(count[0], unit, sign) if count[0] == count[1] else None), None)
        if count[0] != count[1] and anchor is None:
            return None
        # "fifteen months later" names a month, "four days later" a day; but "a year earlier"
        # compares like with like: a quarter a year back, a day a year back.
        keep = anchor is not None and (self.gran.get(anchor.id) in (QUARTER, HALF) or count == (1.0, 1.0) and unit == "Y")
        return self._shift_from(m, anchor, count[0], count[1], unit, sign, mod,
                                to_gran=None if keep else _UNIT_GRAN.get(unit, DAY))

    def _shift_from(self, m: Mention, anchor: Claim | None, lo_n: float, hi_n: float, unit: str, sign: int,
                    count_mod: str | None = None, to_gran: str | None = None,
                    timex_mod: str | None = None) -> Claim | None:
        """A time ``lo_n``..``hi_n`` units after (sign 1) or before (-1) the anchor claim, or the
        publication date when ``anchor`` is None.

        Without ``to_gran`` the value keeps the anchor's granularity ("a year earlier" than a
        quarter is a quarter, than a day a day); with it, the unit's ("the following year",
        "two years ago" name a year), unless the anchor is coarser still."""
        if anchor is None:
            base_iv, base_gran, res, anchor_id = (self.dct, self.dct), DAY, "dct", None
        else:
            base_iv = (anchor.timex.earliest, anchor.timex.latest)
            base_gran = self.gran.get(anchor.id, DAY)
            res, anchor_id = "anchor", anchor.id
        offset = _signed(lo_n, unit, sign) if (lo_n == hi_n and lo_n) else None
        lo2, hi2 = _widen(lo_n, hi_n, count_mod)
        near = cal.shift_interval(base_iv, cal.delta(lo2, unit), sign)
        far = cal.shift_interval(base_iv, cal.delta(hi2, unit), sign)
        if near is None or far is None:
            return None
        iv = (min(near[0], far[0]), max(near[1], far[1]))
        gran = base_gran
        if to_gran is not None and RANK.get(to_gran, 5) >= RANK.get(base_gran, 0):
            gran = to_gran
        centre = cal.midpoint(iv)
        exact = lo_n == hi_n and not count_mod
        if gran == to_gran:
            unit_iv = cal.gran_interval(centre, gran)
            iv = unit_iv if exact else (min(iv[0], unit_iv[0]), max(iv[1], unit_iv[1]))
        value = cal.gran_value(centre, gran)
        mod = timex_mod or (None if exact else "APPROX")
        iv = cal.narrow(iv, timex_mod)
        timex = Timex("DATE", value, res, iv[0], iv[1], anchor=anchor_id, offset=offset, mod=mod)
        # A look back ("a year earlier", "two years ago") compares; it does not move the story,
        # so the next "a year earlier" still hangs on what the text is about.
        return self._new(m, timex, gran, sets_ref=sign > 0 or not (lo_n or hi_n))

    def _r_duration(self, m: Mention) -> Claim | None:
        g = m.groups
        unit_word = (g.get("unit") or g.get("bare") or "").lower()
        unit = unit_of(unit_word)
        if unit is None or unit == "HY":
            return None
        if "bare" in g:
            value = _vague_duration(unit)
            return self._new(m, Timex("DURATION", value, "absolute"), None)
        count = count_of(g["num"]) if "num" in g else (1.0, 1.0)
        if count is None:
            return None
        lo, hi = count
        mod_words = " ".join((g.get("mod") or "").lower().split())
        shape = _MOD_SHAPE.get(mod_words)
        if unit == "ML":
            lo, hi, unit = lo * 1000, hi * 1000, "Y"
        value = cal.duration_value(lo, unit) if lo == hi else _vague_duration(unit)
        if "couple" in g.get("num", "").lower():
            value = cal.duration_value(2, unit)  # "a couple of years": two, give or take (low/high say so)
        lo2, hi2 = _duration_tolerance(lo, hi, shape)
        rel = (g.get("rel") or "").lower()
        attrs = {}
        if rel in ("past", "last", "previous"):
            attrs["until"] = "publication"
        elif rel in ("next", "coming"):
            attrs["from"] = "publication"
        nxt = self.toks.classes[m.j] if m.j < len(self.toks) else ""
        if (g.get("old") or "").lower() == "old":
            attrs["age"] = True  # "52 years old", "a 136-year-old bank": an age, not a time (TimeML leaves it out)
        elif "-" in self.text[m.start:m.end] and nxt == CODE["X"] and "rel" not in g:
            attrs["adjectival"] = True  # "a 10-year bond", "a three-day visit"
        if g.get("orso"):
            shape = shape or "approx"
        timex = Timex("DURATION", value, "absolute", mod=_TIMEX_MOD.get(shape or ""),
                      low=cal.duration_value(lo2, unit, split=False) if lo2 is not None else None,
                      high=cal.duration_value(hi2, unit, split=False) if hi2 is not None else None)
        return self._new(m, timex, None, **attrs)

    def _r_set(self, m: Mention) -> Claim | None:
        g = m.groups
        if "rate" in g or "every" not in g and "times" not in g and "adv" not in g:
            unit = unit_of(g["unit"])  # "$50 a year", "per day"
            if unit is None or unit in ("ML", "HY"):
                return None
            return self._new(m, Timex("SET", cal.duration_value(1, unit), "absolute"), None)
        if "adv" in g:
            value = {"annually": "P1Y", "yearly": "P1Y", "weekly": "P1W", "daily": "P1D", "monthly": "P1M",
                     "quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
                     "biannually": "P6M", "semiannually": "P6M"}[g["adv"].lower()]
            return self._new(m, Timex("SET", value, "absolute"), None)
        if "times" in g:
            u = unit_of(g["unit"])
            if u is None:
                return None
            times = g["times"].lower().split()[0]
            n = {"once": 1, "twice": 2}.get(times)
            if n is None:
                c = count_of(times)
                n = int(c[0]) if c else None
            value = cal.duration_value(1, u)
            return self._new(m, Timex("SET", value, "absolute"), None, times=n)
        u = g["unit"].rstrip(".").lower()
        if u in WEEKDAYS:
            value = f"XXXX-WXX-{WEEKDAYS[u] + 1}"
        elif u in PARTS:
            value = f"XXXX-XX-XXT{PARTS[u]}"
        elif u == "weekend":
            value = "XXXX-WXX-WE"
        elif u in MONTHS:
            value = f"XXXX-{MONTHS[u]:02d}"
        elif u in SEASONS:
            value = f"XXXX-{SEASONS[u]}"
        else:
            unit = unit_of(u)
            if unit is None or unit in ("ML", "HY"):
                return None
            n = g.get("num")
            count = (2.0, 2.0) if (n or "").lower() == "other" else (count_of(n) if n else (1.0, 1.0))
            if count is None or count[0] != count[1]:
                return None
            value = cal.duration_value(count[0], unit)
        return self._new(m, Timex("SET", value, "absolute"), None)

    def _r_time(self, m: Mention) -> Claim | None:
        g = m.groups
        if "named" in g:
            hh, mm = {"midnight": (24, 0), "noon": (12, 0), "midday": (12, 0)}[g["named"].lower()]
        else:
            clock = g["clock"].lower()
            ampm = (g.get("ampm") or "").lower().replace(".", "")
            if clock.endswith(("am", "pm")):
                ampm, clock = clock[-2:], clock[:-2]
            if ":" in clock or "." in clock:
                parts = re.split(r"[:.]", clock)
                hh, mm = int(parts[0]), int(parts[1])
            elif len(clock) == 4:
                hh, mm = int(clock[:2]), int(clock[2:])
            else:
                hh, mm = int(clock), 0
            if ampm == "pm" and hh < 12:
                hh += 12
            elif ampm == "am" and hh == 12:
                hh = 0
            if hh > 24 or mm > 59:
                return None
        zone = g.get("zone")
        clock_txt = f"T{hh:02d}:{mm:02d}"
        day_mention = g.get("day_mention")
        day, res, anchor = None, "unresolved", None
        if day_mention is not None:
            sub = self._detached(day_mention)
            if sub is not None:
                st = sub.timex
                if st.earliest is not None and st.earliest == st.latest:
                    day, res = st.earliest, st.resolution
                    anchor = st.anchor
                elif st.earliest is not None and re.match(r"\d{4}-\d\d-\d\d", st.value):
                    day, res = date.fromisoformat(st.value[:10]), st.resolution
        if day is None:
            prev = self.claims[-1] if self.claims else None
            ref = self.ref
            if prev and prev.timex and prev.timex.earliest and prev.timex.earliest == prev.timex.latest \
                    and 0 <= m.start - prev.end <= 4:
                day, res, anchor = prev.timex.earliest, "anchor", prev.id
            elif (self.narrative or self.dct is None) and ref is not None and ref.timex.earliest is not None \
                    and ref.timex.earliest == ref.timex.latest:
                day, res, anchor = ref.timex.earliest, "anchor", ref.id  # a story's clock: the day it is on
            elif self.dct is not None:
                day, res = self.dct, "dct"
        if hh == 24 and day is not None:
            value = day.isoformat() + "T24:00"
        else:
            value = (day.isoformat() if day else "XXXX-XX-XX") + clock_txt
        timex = Timex("TIME", value, res, day, day, anchor=anchor)
        return self._new(m, timex, DAY, zone=zone)

    def _r_part_of(self, m: Mention) -> Claim | None:
        sub = self._detached(m.groups["part_of"])
        part = PARTS.get(m.groups["part"].lower())
        if sub is None or part is None or not re.match(r"\d{4}-\d\d-\d\d", sub.timex.value):
            return sub and self._new(m, sub.timex, DAY)
        st = sub.timex
        return self._new(m, Timex("TIME", st.value[:10] + f"T{part}", st.resolution, st.earliest, st.latest,
                                  anchor=st.anchor, weekday=st.weekday), DAY)

    def _r_week_of(self, m: Mention) -> Claim | None:
        sub = self._detached(m.groups["week_of"])
        if sub is None:
            return None
        st = sub.timex
        if st.earliest is None:
            return None
        d = date.fromisoformat(st.value[:10]) if re.match(r"\d{4}-\d\d-\d\d", st.value) else st.earliest
        lo = cal.week_interval(st.earliest)[0]
        hi = cal.week_interval(st.latest)[1]
        return self._new(m, Timex("DATE", cal.gran_value(d, WEEK), st.resolution, lo, hi, anchor=st.anchor), WEEK)


def _vague_duration(unit: str) -> str:
    if unit in ("H", "M", "S"):
        return f"PTX{unit}"
    return {"MO": "PXM", "Q": "PXM", "2W": "PXW", "DE": "PXDE", "CE": "PXCE", "ML": "PXY"}.get(unit, f"PX{unit}")


def _shift_of(g: dict) -> tuple[tuple[float, float], str, str | None] | None:
    """What "nearly two years ago" or "three weeks later" shifts by: the count as (low, high),
    the unit code and the modifier's shape ("below" for "nearly", "approx" for "about" ...).
    None where the count or the unit cannot be read, or the unit is a millennium or half-year
    ("ML", "HY"), which these mentions are not placed by."""
    count = count_of(g["num"])
    unit = unit_of(g["unit"])
    if count is None or unit is None or unit in ("ML", "HY"):
        return None
    return count, unit, _MOD_SHAPE.get(" ".join((g.get("mod") or "").lower().split()))


def _widen(lo: float, hi: float, mod: str | None) -> tuple[float, float]:
    """The range of counts a modifier allows around N, for placing a point on the calendar."""
    if mod in ("below", "at_most"):
        return max(lo * 0.75, 0), hi
    if mod in ("above", "at_least"):
        return lo, hi * 1.5 + 1
    if mod == "approx":
        return lo * 0.8, hi * 1.2
    return lo, hi


def _duration_tolerance(lo: float, hi: float, mod: str | None) -> tuple[float | None, float | None]:
    """How long a stated duration may really be, from its wording.

    An unqualified count is read as a journalist writes it: "ten years" is anything from just
    under ten (rounded up) to just under eleven (whole years completed). "nearly ten" is
    below ten; "more than ten" is above it with no upper bound; "about ten" is +-20%.
    Returned as (low, high) counts of the unit; None means unbounded."""
    if mod in ("below", "at_most"):
        return lo * 0.75, hi
    if mod in ("above", "at_least"):
        return lo, None
    if mod == "approx":
        return lo * 0.8, hi * 1.2
    if lo != hi:
        return lo, hi
    return max(lo - 0.5, 0), hi + 1
