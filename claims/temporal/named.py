"""Times the calendar names: days, months, years, decades, centuries, seasons, quarters,
weekdays, holidays and clock times, with or without their year."""

from __future__ import annotations

import re
from datetime import date

from claims.model import Claim, Timex
from claims.temporal import calendar as cal, locale as loc
from claims.temporal.calendar import CENTURY, DAY, DECADE, HALF, MONTH, QUARTER, SEASON, WEEK, YEAR
from claims.temporal.measure import point_mod
from claims.temporal.tagger import (
    HOLIDAYS,
    SEASON_CAMPAIGNS,
    SPELLED_DAYS,
    Mention,
    holiday_key,
    ordinal_value,
    spelled_year,
)
from claims.temporal.tense import ahead_of_now, clause_marker
from claims.temporal.tokens import CODE
from claims.temporal.words import (
    JOINS,
    LONGEST_MONTH,
    MONTH_CLASSES,
    MONTHS,
    PARTS,
    SEASONS,
    STOP,
    WEEKDAYS,
    YEAR_CLASS,
)

#: A yearless day's farther occurrence (before or after publication) stays a reading only while
#: it is less than this many times as far as the nearer one.
FAR_READING = 3


_DAY_NUMBERS = frozenset((CODE["DAYNUM"], CODE["ORDNUM"]))
_SEASON_CLASSES = frozenset((CODE["SEASON"], CODE["FALL"]))
_SEASON_MODS = frozenset((CODE["EARLY"], CODE["LATE"]))
_OF = CODE["OF"]
_COMMA = CODE["COMMA"]
#: What joins the two ends of a range of months ("October to March", "November-March").
_RANGE_WORDS = frozenset((CODE["TO"], CODE["HYPHEN"], CODE["DASH"]))
#: "Tuesday's meeting": a weekday owning the event that follows it.
_POSSESSIVE = CODE["APOS"] + CODE["SWORD"]

#: The first and last month of each northern season (meteorological; winter across the new year).
NORTH_SEASON_MONTHS = {"WI": (12, 2), "SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}
#: The northern season each month falls in, and the southern one (the other way round).
_NORTH_SEASON_OF = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU",
                    9: "FA", 10: "FA", 11: "FA"}
_SOUTH_SEASON = {"WI": "SU", "SP": "FA", "SU": "WI", "FA": "SP"}
#: How many tokens (words and marks) may stand between a day and a clock time after it in its
#: sentence for the time to be that day's (", shortly before": three).
CLOCK_DAY_TOKENS = 4
#: How many words after a yearless season a month written with its year may stand, in the same
#: sentence, to give the season its year when the month falls in it ("their summer offensive
#: against the southern ports in June 1942" is 1942's summer).
SEASON_DATE_WORDS = 10

class CalendarNamed:
    """Resolving what the calendar names ("21 April", "May 2020", "last summer", "Friday")."""

    def _r_date(self, m: Mention) -> Claim | None:
        g = m.groups
        month = MONTHS[g["month"].rstrip(".").lower()]
        day = int(g["day"]) if g["day"].isdigit() else ordinal_value(g["day"]) or SPELLED_DAYS.get(g["day"].lower())
        if day is None or not 1 <= day <= 31:
            return None
        weekday = self._weekday_of(m)
        if "year" in g:
            try:
                d = date(int(g["year"]), month, day)
            except ValueError:
                return self._impossible_day(m, month, day, int(g["year"]))
            return self._date(m, d, DAY, "absolute", weekday=weekday)
        if day > LONGEST_MONTH[month - 1]:
            return self._impossible_day(m, month, day, None)
        y = self._year_of_range_end(m, month, day)
        if y is not None:
            try:
                return self._date(m, date(y, month, day), DAY, "absolute", weekday=weekday)
            except ValueError:
                return None  # 29 February of a year that has none
        if self._bc_story() is not None:
            return self._bc_date(m, self._bc_story(), f"-{month:02d}-{day:02d}", DAY, weekday=weekday)
        story = self._narrative_year(m, month)
        if story is not None:
            y = cal.weekday_year(story, month, day, weekday, (story,)) or story
            resumed = self._resumed(month, day, y) if weekday is None else None
            if resumed is not None:
                # the story comes back from an aside years ahead: it goes on where it was
                self.story, self.line_before = resumed[0], None
                y = resumed[1].year
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
            length = LONGEST_MONTH[month - 1]
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
        best = (fitting or readings)[0] if len(readings) == 1 or fitting else self._choose(past, fut, t, m)[0]
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
        weekday = self._weekday_of(m)
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
                best, a, b = self._choose(past, fut, t, m)
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
        best, a, b = self._choose(past, fut, t, m)
        return self._new(m, Timex("DATE", best.isoformat(), "dct", a, b, tense=t), DAY)

    def _r_iso(self, m: Mention) -> Claim | None:
        y, mo, d = re.split(r"[-/]", m.groups["iso"])
        try:
            day = date(int(y), int(mo), int(d))
        except ValueError:
            return None
        return self._date(m, day, DAY, "absolute", weekday=self._weekday_of(m))

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
        weekday = self._weekday_of(m)
        if len(readings) == 1:
            return self._date(m, readings[0], DAY, "absolute", weekday=weekday)
        # 04/05/2024: day-month or month-day cannot be told apart; keep both as the interval.
        lo, hi = readings
        sep = "/" if "/" in m.groups["slash"] else "."
        best = date(y, b, a) if sep == "." else date(y, a, b)  # US order with slashes, European with dots
        if weekday is not None and best.weekday() != weekday and (hi if best == lo else lo).weekday() == weekday:
            best = hi if best == lo else lo  # the weekday says which order is meant
        elif (weekday is None or lo.weekday() != weekday and hi.weekday() != weekday) \
                and self.dct is not None and lo < self.dct < hi:
            # one reading before publication and one after: the clause's tense names one
            # ("was held on 05/04/2014" on 10 April is 5 April); both stay in the interval
            best = {"past": lo, "future": hi}.get(self._tense(m), best)
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
        weekday = self._weekday_of(m)
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
        if "slip" in g:
            return self._year_slip(m, month, g["slip"])
        y = int(g["year"]) if g["year"].isdigit() else spelled_year(g["year"])
        mod = point_mod(g.get("mod"))
        if y is not None and _before_christ(g):  # April 480 BC
            claim = self._new(m, Timex("DATE", f"BC{y:04d}-{month:02d}", "absolute", mod=mod), MONTH)
            self._tell_bc(m, claim, y, MONTH)
            return claim
        if y is None or not cal.MIN_YEAR <= y <= cal.MAX_YEAR:
            return None
        iv = cal.narrow(cal.month_interval(y, month), mod)
        return self._date(m, date(y, month, 1), MONTH, "absolute", iv=iv, mod=mod)

    def _year_slip(self, m: Mention, month: int, written: str) -> Claim:
        """"May 20014": a month whose year has a digit too many. Which year was meant is not
        known, so the claim names the month only; ``attrs.invalid`` carries the years one
        digit fewer gives, nearest publication first, for date.invalid."""
        years = cal.year_slips(written)
        if self.dct is not None:
            years.sort(key=lambda y: abs(y - self.dct.year))
        claim = self._new(m, Timex("DATE", f"XXXX-{month:02d}", "unresolved"), MONTH)
        claim.attrs["invalid"] = {"month": month, "year_written": written, "years": years}
        return claim

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
                return self._r_date(m) if "day" in g else None  # "3 May of that year", no year told yet
            y = cal.midpoint((anchor.timex.earliest, anchor.timex.latest)).year
            ana = g["ana"].lower()
            y += 1 if ("following" in ana or "next" in ana) else -1 if "previous" in ana else 0
            return self._month_or_day(m, month, y, "anchor", mod, anchor=anchor.id)
        if self.dct is None:
            return self._new(m, Timex("DATE", f"XXXX-{month:02d}", "unresolved", mod=mod), MONTH)
        d = self.dct
        if "rel2" in g:  # June last year | June 23 last year
            if g["unit"].lower() != "year":
                return self._r_date(m) if "day" in g else None
            y = d.year + {"last": -1, "next": 1}.get(g["rel2"].lower(), 0)
            return self._month_or_day(m, month, y, "dct", mod)
        rel = " ".join(g["rel"].lower().split())
        if rel == "last" or rel == "this past":
            y = d.year if month < d.month else d.year - 1
        elif rel in ("next", "coming", "this coming"):
            y = d.year if month > d.month else d.year + 1
        else:  # this September
            y = d.year
        return self._month_in(m, month, y, "dct", mod)

    def _month_or_day(self, m: Mention, month: int, y: int, resolution: str, mod: str | None,
                      **kw) -> Claim | None:
        """The month of year ``y`` a "month_rel" mention names, or its day where one is written
        ("June 23 last year", "3 May of that year")."""
        if "day" not in m.groups:
            return self._month_in(m, month, y, resolution, mod, **kw)
        day = m.groups["day"]
        day = int(day) if day.isdigit() else ordinal_value(day)
        try:
            d = date(y, month, day or 0)
        except ValueError:
            return None
        return self._date(m, d, DAY, resolution, **kw)

    def _r_month(self, m: Mention) -> Claim | None:
        g = m.groups
        month = MONTHS[g["month"].rstrip(".").lower()]
        mod = point_mod(g.get("mod"))
        y = self._year_beside(m)
        if y is not None:
            return self._month_in(m, month, y, "absolute", mod)
        if self._bc_story() is not None:
            return self._bc_date(m, self._bc_story(), f"-{month:02d}", MONTH, mod=mod)
        story = self._narrative_year(m, month)
        if story is not None:
            end = self._range_end_month(m)
            if end is not None and end < month:
                # "from October to March" in a story: the span crosses the new year, so it
                # starts in the year before the one its end month is in
                story = (self._narrative_year(m, end) or story + 1) - 1
            return self._month_in(m, month, story, "anchor", mod, anchor=self.story.id)
        t = self._tense(m)
        years = self._readings(month, None)
        if years is None:
            return self._new(m, Timex("DATE", f"XXXX-{month:02d}", "unresolved", mod=mod), MONTH)
        # a month is as far away as its middle: March is nine months before 19 December, not ten
        best, a, b = self._choose(date(years[0], month, 15), date(years[1], month, 15), t, m)
        best, a, b = best.replace(day=1), a.replace(day=1), b.replace(day=1)
        lo, hi = cal.narrow(cal.month_interval(a.year, month), mod)[0], cal.narrow(cal.month_interval(b.year, month), mod)[1]
        timex = Timex("DATE", cal.gran_value(best, MONTH), "dct", lo, hi, mod=mod, tense=t)
        return self._new(m, timex, MONTH)

    def _year_beside(self, m: Mention) -> int | None:
        """The year a yearless month shares with the month written beside it ("in April and
        June 1955", "from March to May 2010"): the next month's year, when the two are joined
        by a conjunction or a range word; the year before it when a range ends in an earlier
        month ("from November to March 2010": the span crosses the new year)."""
        cls, k = self.toks.classes, m.j
        if k + 2 < len(cls) and cls[k] in JOINS and cls[k + 1] in MONTH_CLASSES and cls[k + 2] == YEAR_CLASS:
            y = int(self.toks.word(k + 2))
            end = self._range_end_month(m)
            if end is not None and end < MONTHS[m.groups["month"].rstrip(".").lower()]:
                y -= 1
            if cal.MIN_YEAR <= y <= cal.MAX_YEAR:
                return y
        return None

    def _range_end_month(self, m: Mention) -> int | None:
        """The month that ends a range of months begun by mention ``m`` ("October to March",
        "November-March"): the month right after a range word; None when there is none."""
        cls, k = self.toks.classes, m.j
        if k + 1 < len(cls) and cls[k] in _RANGE_WORDS and cls[k + 1] in MONTH_CLASSES:
            return MONTHS.get(self.toks.word(k + 1).rstrip(".").lower())
        return None

    def _season_year_beside(self, m: Mention) -> int | None:
        """The year a yearless season shares with the dated season joined to it ("the spring and
        early summer of 1943", "the winter-spring of 1920"), as months do ("in April and June
        1955")."""
        cls, k = self.toks.classes, m.j
        if k >= len(cls) or cls[k] not in JOINS:
            return None
        k += 1
        if k < len(cls) and cls[k] in _SEASON_MODS:
            k += 1
        if k + 1 >= len(cls) or cls[k] not in _SEASON_CLASSES:
            return None
        k += 1 + (cls[k + 1] == _OF)
        if k >= len(cls) or cls[k] != YEAR_CLASS or self._bc_after(k):
            return None
        y = int(self.toks.word(k))
        return y if cal.MIN_YEAR < y < cal.MAX_YEAR else None

    def _season_year_in_sentence(self, m: Mention, code: str, south: bool) -> int | None:
        """The year of a yearless season told with its date later in its sentence: a month
        written with its year within ``SEASON_DATE_WORDS`` words after it that falls in the
        season ("launched their summer offensive in June 1942": 1942-SU; a winter is named by
        its January's year, so December 1942 dates 1943-WI), or a year right after "of" closing
        the campaign the season names ("the Spring Offensive of 1918"). A month of another
        season, or one with no year, gives none: every reading must agree with the date told."""
        cls, toks = self.toks.classes, self.toks
        hi = min(len(cls), m.j + SEASON_DATE_WORDS)
        k = m.j
        if k + 2 < len(cls) and toks.word(k).lower() in SEASON_CAMPAIGNS and cls[k + 1] == _OF \
                and cls[k + 2] == YEAR_CLASS and not self._bc_after(k + 2):
            y = int(toks.word(k + 2))
            return y if cal.MIN_YEAR < y < cal.MAX_YEAR else None
        while k < hi and cls[k] not in STOP:
            if cls[k] in MONTH_CLASSES:
                month = MONTHS.get(toks.word(k).rstrip(".").lower())
                n = k + 1
                while n < hi and cls[n] in _DAY_NUMBERS | {_COMMA}:
                    n += 1
                if month is None or n >= len(cls) or cls[n] != YEAR_CLASS or self._bc_after(n):
                    return None  # the first month told after the season decides, or nothing does
                season = _NORTH_SEASON_OF[month]
                if (_SOUTH_SEASON[season] if south else season) != code:
                    return None
                # a winter (north) or a summer (south) across the new year: named by its January
                y = int(toks.word(n)) + (month == 12 and code == ("SU" if south else "WI"))
                return y if cal.MIN_YEAR < y < cal.MAX_YEAR else None
            k += 1
        return None

    def _bc_after(self, k: int) -> bool:
        """Whether the year at token ``k`` is followed by an era before Christ ("481 BC")."""
        return k + 1 < len(self.toks) and self.toks.classes[k + 1] == CODE["ERA"]

    def _year_of_range_end(self, m: Mention, month: int, day: int) -> int | None:
        """The year of a yearless day joined to a dated one ("26 June - 4 August 1952", "from
        March 3 to April 9, 1950", "between 3 May and 9 June 1950"): the end's year, or the year
        before when the day falls after the end in the calendar ("28 December - 4 January 1952"
        starts in 1951). Only the end's month, its day and a comma, each once, may stand between
        the join and the year."""
        cls, k = self.toks.classes, m.j
        if k >= len(cls) or cls[k] not in JOINS:
            return None
        end_month = end_day = None
        seen = set()
        for n in range(k + 1, len(cls)):
            c = cls[n]
            kind = "month" if c in MONTH_CLASSES else "day" if c in _DAY_NUMBERS else "comma" if c == _COMMA else None
            if kind is not None and kind not in seen:
                seen.add(kind)
                w = self.toks.word(n)
                if kind == "month":
                    end_month = MONTHS.get(w.rstrip(".").lower())
                elif kind == "day":
                    end_day = ordinal_value(w) or (int(w) if w.isdigit() else None)
                continue
            if c != YEAR_CLASS or end_month is None:
                return None
            y = int(self.toks.word(n))
            if not cal.MIN_YEAR < y < cal.MAX_YEAR:
                return None
            return y - 1 if (month, day) > (end_month, end_day or LONGEST_MONTH[end_month - 1]) else y
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
            claim = self._new(m, Timex("DATE", f"BC{y:04d}", "absolute", mod=mod), YEAR)
            self._tell_bc(m, claim, y)
            return claim
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
        closing = False  # one winter known: December to February, named by its January
        ahead = False  # the winter a story looks ahead to: it does not move the story's time
        south = self.locale.hemisphere == "southern"
        if "year" in g and _before_christ(g):  # the autumn of 481 BC
            y = int(g["year"])
            claim = self._new(m, Timex("DATE", f"BC{y:04d}-{code}", "absolute", mod=mod), SEASON)
            self._tell_bc(m, claim, y, MONTH)
            return claim
        if "year" in g:
            y = int(g["year"]) if g["year"].isdigit() else spelled_year(g["year"])
            if y is None:
                return None
            res = "absolute"
        elif not rel and not g.get("arel") and self._season_year_beside(m) is not None:
            y, res = self._season_year_beside(m), "absolute"  # "the spring and early summer of 1943"
        elif not rel and not g.get("arel") and self._season_year_in_sentence(m, code, south) is not None:
            y, res = self._season_year_in_sentence(m, code, south), "absolute"  # "summer offensive ... in June 1942"
        elif self._bc_story() is not None and not rel and not g.get("arel"):
            ahead = code == "WI" and not south and self._winter_ahead()
            return self._bc_date(m, self._bc_story() - ahead, f"-{code}", SEASON, mod=mod)
        elif g.get("arel") and self.ref is not None:
            # "the next spring": the first spring to begin after the time told ends (in June
            # 1776, the next autumn is 1776's); "the previous spring" the last to end before it
            # begins. A winter is named by the year of its January.
            first, last = NORTH_SEASON_MONTHS[code]
            if south:  # the southern seasons: a year on or back from the time told
                base = cal.midpoint((self.ref.timex.earliest, self.ref.timex.latest)).year
                y = base + (-1 if g["arel"].lower() == "previous" else 1)
            elif g["arel"].lower() == "previous":
                e = self.ref.timex.earliest
                y = e.year if last < e.month else e.year - 1
            else:
                lt = self.ref.timex.latest
                y = lt.year + (code == "WI") if first > lt.month else lt.year + 1
            res, anchor = "anchor", self.ref.id
            closing = code == "WI" and not south
        elif g.get("arel"):
            return None
        elif self._narrative_year(m) is not None and not rel:
            y, res, anchor = self._narrative_year(m), "anchor", self.story.id
            if code == "WI" and not south:
                # "dug in for the winter" in a story at autumn 1914: the winter of 1914-15, 1915-WI;
                # in a story at January 1915, the same winter
                ahead = self._winter_ahead()
                y += ahead
                closing = True
        elif self.dct is None:
            return self._new(m, Timex("DATE", f"XXXX-{code}", "unresolved", mod=mod), SEASON)
        elif (rel or mod or g.get("the")) and south:
            y, res = self._southern_season_year(code, rel), "dct"
        elif rel or mod or g.get("the"):
            d = self.dct
            cur = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(d.month, "FA")
            order = ["WI", "SP", "SU", "FA"]
            y = d.year
            if d.month == 12 and code != "WI" and rel in ("last", "this past", "past", "next", "coming", "this coming"):
                # December's winter runs into the next year, before its spring: "next summer"
                # is next year's, "last summer" this year's
                y += 1
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
        iv = (date(y - 1, 12, 1), cal.month_end(date(y, 2, 1))) if closing \
            else self._season_interval(code, y, south, exact=res == "dct" and south)
        iv = cal.narrow(iv, mod)
        # "dug in for the winter" in a story at autumn 1776 looks ahead from the story's time:
        # "by the end of the year" after it is still 1776's end, not the winter's January year
        claim = self._new(m, Timex("DATE", f"{y:04d}-{code}", res, iv[0], iv[1], mod=mod, anchor=anchor), SEASON,
                          sets_ref=not ahead)
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
            if ordw == "latter" and not half:
                return None  # "the latter half" is the second; "the latter quarter" names no quarter
            q = (2 if half else 4) if ordw in ("last", "final", "latest", "latter") else ordinal_value(ordw)
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
        if not rel:
            told = self._story_day()
            if told is not None:
                return self._weekday_in_story(m, wd, told, typ, suffix, mod)
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
            if t == "future" and self.toks.classes[m.j:m.j + 2] == _POSSESSIVE and not ahead_of_now(self.toks, m.i, m.j):
                # "said they would get around Wednesday's ruling": a future told from a past
                # moment dates the getting around, not the ruling the weekday names
                t = None
            past = cal.last_weekday(d, wd, include_today=True)
            fut = cal.next_weekday(d, wd, include_today=True)
            if t == "past":
                lo = hi = past
            elif t == "future":
                lo = hi = fut
            else:
                lo, hi = past, fut
        best = lo if (t != "future" or rel) else hi
        if not rel and t is None and lo != hi:
            best = self._untensed_weekday(m, lo, hi)
        if rel in ("next", "last", "this past"):
            best = lo if rel == "next" else hi
        timex = Timex(typ, best.isoformat() + suffix, "dct", lo, hi, tense=t, mod=mod)
        return self._new(m, timex, DAY, weekday=wd)

    def _story_day(self) -> Claim | None:
        """The day a story is on (the last time told, when it is one day), in a text that
        narrates a time away from its publication or has no publication date; else None."""
        ref = self.ref
        if not (self.narrative or self.dct is None) or ref is None or self.gran.get(ref.id) != DAY:
            return None
        t = ref.timex
        return ref if t.earliest is not None and t.earliest == t.latest else None

    def _weekday_in_story(self, m: Mention, wd: int, told: Claim, typ: str, suffix: str, mod: str | None) -> Claim:
        """A bare weekday in a story is counted from the day the story is on, not from the
        publication date: the nearer occurrence (that day itself when it is that weekday), a
        possessive weekday ("Thursday's attack") the last one on or before it."""
        base = told.timex.earliest
        past = cal.last_weekday(base, wd, include_today=True)
        fut = cal.next_weekday(base, wd, include_today=True)
        back, ahead = (base - past).days, (fut - base).days
        day = past if back <= ahead or self.toks.classes[m.j:m.j + 2] == _POSSESSIVE else fut
        timex = Timex(typ, day.isoformat() + suffix, "anchor", day, day, anchor=told.id, mod=mod)
        return self._new(m, timex, DAY, weekday=wd)

    def _untensed_weekday(self, m: Mention, past: date, fut: date) -> date:
        """Which of the last and the next occurrence a weekday names when its clause tells no
        tense (both stay in the interval): a possessive weekday names an event already told
        ("Tuesday's meeting"), the last; a clause with no tense marker at all (a headline's
        "Friday: talks in Paris", an aside) the nearer one; a present clause ("says") the last,
        as news reports more than it announces."""
        cls = self.toks.classes
        if cls[m.j:m.j + 2] == _POSSESSIVE:
            return past
        if clause_marker(self.toks, m.i, m.j)[0] != "none":
            return past
        return past if (self.dct - past).days <= (fut - self.dct).days else fut

    def _r_weekday_set(self, m: Mention) -> Claim | None:
        g = m.groups
        name = g["wd"].rstrip(".").lower()
        wd = WEEKDAYS.get(name) if name in WEEKDAYS else WEEKDAYS.get(name[:-1])
        if wd is None:
            return None
        part = PARTS.get((g.get("part") or "").lower().rstrip("s"))
        value = f"XXXX-WXX-{wd + 1}" + (f"T{part}" if part else "")
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
        day_mention = g.get("day_mention") or g.get("day_after")
        day, res, anchor = None, "unresolved", None
        weekday, readings = None, None  # a day written with its weekday keeps it ("11am on Saturday, Jan. 10")
        if day_mention is not None:
            sub = self._detached(day_mention)
            if sub is not None:
                st = sub.timex
                if st.earliest is not None and st.earliest == st.latest:
                    day, res = st.earliest, st.resolution
                    anchor = st.anchor
                elif st.earliest is not None and re.match(r"\d{4}-\d\d-\d\d", st.value):
                    day, res = date.fromisoformat(st.value[:10]), st.resolution
                if day is not None and "day_mention" in g:
                    # a day written apart after a zone ("9 a.m. local time Friday") is a claim
                    # of its own that keeps its weekday and readings
                    weekday, readings = st.weekday, sub.attrs.get("readings")
        if day is None:
            prev = self.claims[-1] if self.claims else None
            ref = self.ref
            if prev and prev.timex and prev.timex.earliest and prev.timex.earliest == prev.timex.latest \
                    and (0 <= m.start - prev.end <= 4 or self._day_of_its_clause(prev, m)):
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
        timex = Timex("TIME", value, res, day, day, anchor=anchor, weekday=weekday)
        return self._new(m, timex, DAY, zone=zone, readings=readings)

    def _day_of_its_clause(self, prev: Claim, m: Mention) -> bool:
        """Whether a clock time with no day of its own stands right after a day told in its
        sentence, at most CLOCK_DAY_TOKENS tokens between ("started on 3 June, just before
        4 a.m.", "on Tuesday at about 9 a.m."): that day's time, not the publication day's."""
        k = self.token_end.get(prev.id)
        if k is None or not 0 <= m.i - k <= CLOCK_DAY_TOKENS:
            return False
        return not any(c in STOP or c == CODE["DASH"] or c == CODE["LPAREN"] for c in self.toks.classes[k:m.i])

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


def _before_christ(g: dict) -> bool:
    """Whether a mention's year is written before Christ ("480 BC", "480 B.C.E.")."""
    return (g.get("era") or "").upper().replace(".", "") in ("BC", "BCE") and (g.get("year") or "").isdigit()
