"""Resolving mentions into TIMEX3 values and calendar intervals.

Three ways to resolve: ``absolute`` (the text names the date: "21 April 2024", "2013"),
``dct`` (relative to the publication date: "on Friday", "last week", "In January"), and
``anchor`` (relative to an earlier time claim: "nine months later"). Where the tense of the
sentence decides between two readings and cannot be read, the interval covers both, so that
uncertainty never becomes an alarm downstream.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from claims.lexicon import load
from claims.model import Claim, Timex
from claims.numbers import parse_number
from claims.temporal import calendar as cal
from claims.temporal.tagger import Mention

_LEX = load("temporal")
MONTHS: dict[str, int] = _LEX["months"]
WEEKDAYS: dict[str, int] = _LEX["weekdays"]
UNITS: dict[str, str] = _LEX["units"]
VAGUE: dict[str, list[int]] = _LEX["vague_numbers"]
MODIFIERS: dict[str, str] = {k: v for k, v in _LEX["duration_modifiers"].items() if not k.startswith("_")}
SEASONS: dict[str, str] = _LEX["seasons"]
PARTS: dict[str, str] = _LEX["parts_of_day"]
_DAYNAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_FUTURE = re.compile(r"(?i)\b(?:" + "|".join(re.escape(w) for w in _LEX["future_markers"]) + r")\b")
_PAST_WORDS = frozenset(_LEX["irregular_past"])
_ED = re.compile(r"\b[a-z]{3,}ed\b")
_NOT_PAST_ED = frozenset({"need", "speed", "feed", "indeed", "hundred", "seed", "proceed", "exceed", "succeed",
                          "united", "limited", "based", "called", "so-called", "related", "armed", "red",
                          "bed", "shed", "bred", "sacred", "naked", "wicked", "kindred", "rugged", "aged",
                          "alleged", "unexpected", "supposed", "interested"})
_SENT_END = re.compile(r"[.!?\n]\s")


def sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) around [start, end): a cheap splitter, good enough for tense."""
    a = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("? ", 0, start),
            text.rfind("! ", 0, start))
    a = 0 if a < 0 else a + 1
    m = _SENT_END.search(text, end)
    b = len(text) if m is None else m.start() + 1
    return a, b


def tense(text: str, start: int, end: int) -> str | None:
    """"past", "future" or None (unknown/mixed) for the clause around a mention."""
    a, b = sentence_of(text, start, end)
    window = text[max(a, start - 120):min(b, end + 80)]
    local = window.lower()
    fut = bool(_FUTURE.search(local))
    past = any(w in _PAST_WORDS for w in re.findall(r"[a-z']+", local)) or any(
        w not in _NOT_PAST_ED for w in _ED.findall(local))
    if re.search(r"\b(?:has|have|had)\s+(?:been|\w+ed)\b", local):
        past = True
    if fut and not past:
        return "future"
    if past and not fut:
        return "past"
    return None


class Resolver:
    """Resolves the mentions of one article, in order, keeping what anchors need."""

    def __init__(self, text: str, dct: date | None):
        self.text = text
        self.dct = dct
        self.claims: list[Claim] = []

    # -- helpers ---------------------------------------------------------------------------

    def _new(self, m: Mention, timex: Timex, **attrs) -> Claim:
        claim = Claim(f"t{len(self.claims) + 1}", "time", m.start, m.end, self.text[m.start:m.end],
                      timex=timex, attrs={k: v for k, v in attrs.items() if v is not None})
        self.claims.append(claim)
        return claim

    def _date_timex(self, iv: cal.Interval, resolution: str, **kw) -> Timex:
        return Timex("DATE", cal.value_of(iv), resolution, iv[0], iv[1], **kw)

    def _tense(self, m: Mention) -> str | None:
        return tense(self.text, m.start, m.end)

    def _pick_year(self, month: int, day: int | None, t: str | None) -> tuple[int, int] | None:
        """Year(s) for a month (and day) written without one: (earliest, latest) year."""
        d = self.dct
        if d is None:
            return None
        this = (month, day or 1) if day else (month, 0)
        now = (d.month, d.day) if day else (d.month, 0)
        if t == "past":
            y = d.year if this <= now else d.year - 1
            return y, y
        if t == "future":
            y = d.year if this >= now else d.year + 1
            return y, y
        if this == now:
            return d.year, d.year
        # Unknown tense: the last occurrence or the next one.
        past = d.year if this < now else d.year - 1
        fut = d.year if this > now else d.year + 1
        return past, fut

    # -- kinds ---------------------------------------------------------------------------------

    def resolve(self, m: Mention) -> Claim | None:
        handler = getattr(self, f"_r_{m.kind}")
        return handler(m)

    def _r_date(self, m: Mention) -> Claim | None:
        g = m.groups
        month = MONTHS[g["month"].rstrip(".").lower()]
        day = int(re.match(r"\d+", g["day"]).group())
        wd_word = g.get("wd1") or g.get("wd2") or g.get("wd3")
        weekday = WEEKDAYS.get(wd_word.rstrip(".").lower()) if wd_word else None
        if "year" in g:
            try:
                d = date(int(g["year"]), month, day)
            except ValueError:
                return None
            return self._new(m, self._date_timex((d, d), "absolute", weekday=weekday))
        years = self._pick_year(month, day, self._tense(m))
        if years is None:
            return self._new(m, Timex("DATE", f"XXXX-{month:02d}-{day:02d}", "unresolved", weekday=weekday))
        try:
            a, b = date(years[0], month, day), date(years[1], month, day)
        except ValueError:
            return None
        # The value names the nearest reading; the interval covers both where tense is unclear.
        best = min((a, b), key=lambda x: abs((x - self.dct).days))
        timex = Timex("DATE", best.isoformat(), "dct", a, b, weekday=weekday)
        return self._new(m, timex)

    def _r_iso(self, m: Mention) -> Claim | None:
        g = m.groups
        try:
            d = date(int(g["year"]), int(g["month"]), int(g["day"]))
        except ValueError:
            return None
        return self._new(m, self._date_timex((d, d), "absolute"))

    def _r_numeric(self, m: Mention) -> Claim | None:
        g = m.groups
        a, b, y = int(g["a"]), int(g["b"]), int(g["year"])
        readings = []
        for day, month in ((a, b), (b, a)):
            try:
                readings.append(date(y, month, day))
            except ValueError:
                pass
        if not readings:
            return None
        readings = sorted(set(readings))
        if len(readings) == 1:
            return self._new(m, self._date_timex((readings[0], readings[0]), "absolute"))
        # 04/05/2024: day-month or month-day cannot be told apart; keep both as the interval.
        lo, hi = readings[0], readings[-1]
        timex = Timex("DATE", lo.isoformat(), "absolute", lo, hi, mod="APPROX")
        return self._new(m, timex, ambiguous_order=True)

    def _point_mod(self, mod: str | None) -> str | None:
        if not mod:
            return None
        mod = mod.lower().replace("-", " ").strip()
        if mod.startswith("early") or "beginning" in mod or "start" in mod:
            return "START"
        if mod.startswith("mid") or "middle" in mod:
            return "MID"
        if mod.startswith("late") or mod.startswith("end") or "the end" in mod:
            return "END"
        return None

    def _r_month_year(self, m: Mention) -> Claim | None:
        g = m.groups
        month = MONTHS[g["month"].rstrip(".").lower()]
        iv = cal.month_interval(int(g["year"]), month)
        return self._new(m, self._date_timex(iv, "absolute", mod=self._point_mod(g.get("mod"))))

    def _r_month(self, m: Mention) -> Claim | None:
        g = m.groups
        month = MONTHS[g["month"].lower()]
        prep = (g.get("prep") or "").lower()
        mod = self._point_mod(g.get("mod"))
        t = {"last": "past", "next": "future"}.get(prep) or self._tense(m)
        if prep == "this":
            t = None
        years = self._pick_year(month, None, t)
        if years is None:
            return self._new(m, Timex("DATE", f"XXXX-{month:02d}", "unresolved", mod=mod))
        a = cal.month_interval(years[0], month)
        b = cal.month_interval(years[1], month)
        value = cal.value_of(a) if years[0] == years[1] else cal.value_of(
            min((a, b), key=lambda iv: abs((iv[0] - self.dct).days)))
        timex = Timex("DATE", value, "dct", a[0], b[1], mod=mod, tense=t)
        return self._new(m, timex)

    def _r_year(self, m: Mention) -> Claim | None:
        g = m.groups
        y = int(g["year"])
        iv = cal.year_interval(y)
        prep = (g.get("prep") or "").lower()
        mod = self._point_mod(g.get("mod"))
        if prep == "since":
            mod = mod or None
        return self._new(m, self._date_timex(iv, "absolute", mod=mod), prep=prep or None)

    def _r_decade(self, m: Mention) -> Claim | None:
        g = m.groups
        if "decade" in g:
            first = int(g["decade"])
        else:
            short = int(g["short"])
            if self.dct is None:
                return None
            century = self.dct.year // 100 * 100
            first = century + short if century + short <= self.dct.year else century - 100 + short
        iv = cal.decade_interval(first)
        timex = Timex("DATE", f"{first // 10:03d}", "absolute", iv[0], iv[1], mod=self._point_mod(g.get("mod")))
        return self._new(m, timex)

    def _r_season(self, m: Mention) -> Claim | None:
        g = m.groups
        code = SEASONS[g["season"].lower()]
        rel = (g.get("rel") or "").lower()
        if "year" in g:
            y = int(g["year"])
            res = "absolute"
        elif self.dct is None:
            return self._new(m, Timex("DATE", f"XXXX-{code}", "unresolved"))
        else:
            y = self.dct.year + {"last": -1, "next": 1}.get(rel, 0)
            res = "dct"
        # Northern-hemisphere meteorological seasons; winter spans the turn of the year.
        start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        start = date(y if code != "WI" else y, start_month, 1)
        end = cal.month_end(start + cal.delta(2, "MO"))
        return self._new(m, Timex("DATE", f"{y:04d}-{code}", res, start, end))

    def _r_quarter(self, m: Mention) -> Claim | None:
        g = m.groups
        ordw = g["ord"].lower()
        q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "final": 4, "last": 4}[ordw]
        if "year" in g:
            y, res = int(g["year"]), "absolute"
        elif self.dct is None:
            return self._new(m, Timex("DATE", f"XXXX-Q{q}", "unresolved"))
        else:
            t = self._tense(m)
            cur = (self.dct.month - 1) // 3 + 1
            y = self.dct.year if (t != "past" or q <= cur) else self.dct.year - 1
            if t == "future" and q < cur:
                y = self.dct.year + 1
            res = "dct"
        iv = cal.quarter_interval(y, q)
        return self._new(m, Timex("DATE", f"{y:04d}-Q{q}", res, iv[0], iv[1]))

    def _r_weekday(self, m: Mention) -> Claim | None:
        g = m.groups
        wd = WEEKDAYS[g["wd"].lower()]
        rel = (g.get("rel") or "").lower().split()[0] if g.get("rel") else ""
        part = PARTS.get((g.get("part") or "").lower())
        if self.dct is None:
            value = f"XXXX-WXX-{wd + 1}"
            return self._new(m, Timex("TIME" if part else "DATE", value + (f"T{part}" if part else ""),
                                      "unresolved"))
        d = self.dct
        t = None
        if rel == "last":
            lo = hi = cal.last_weekday(d, wd)
        elif rel == "next":
            lo = cal.next_weekday(d, wd)
            hi = lo + timedelta(days=7) if (lo - d).days < 7 else lo
        elif rel in ("this", "coming"):
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
        value = lo.isoformat() + (f"T{part}" if part else "")
        timex = Timex("TIME" if part else "DATE", value, "dct", lo, hi, tense=t, weekday=None)
        return self._new(m, timex, weekday=wd)

    def _r_deictic(self, m: Mention) -> Claim | None:
        w = " ".join(m.groups["word"].lower().split())
        if w in ("the past", "the future"):
            return None
        refs = {"recently": "PAST_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
                "at present": "PRESENT_REF", "these days": "PRESENT_REF", "now": "PRESENT_REF"}
        if w.startswith("in recent"):
            refs[w] = "PAST_REF"
        if w in refs:
            value = refs[w]
            d = self.dct
            if d is None:
                return self._new(m, Timex("DATE", value, "unresolved"))
            if value == "PAST_REF":
                return self._new(m, Timex("DATE", value, "dct", None, d))
            return self._new(m, Timex("DATE", value, "dct", d, d))
        offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this morning": 0,
                   "this afternoon": 0, "this evening": 0, "last night": -1,
                   "the day before yesterday": -2, "the day after tomorrow": 2}
        off = offsets[w]
        part = {"tonight": "NI", "last night": "NI", "this morning": "MO", "this afternoon": "AF",
                "this evening": "EV"}.get(w)
        if self.dct is None:
            return self._new(m, Timex("TIME" if part else "DATE", "XXXX-XX-XX", "unresolved"))
        d = self.dct + timedelta(days=off)
        value = d.isoformat() + (f"T{part}" if part else "")
        return self._new(m, Timex("TIME" if part else "DATE", value, "dct", d, d, offset=_signed(off, "D")))

    def _r_period(self, m: Mention) -> Claim | None:
        g = m.groups
        rel = " ".join(g["rel"].lower().split())
        unit = " ".join(g["unit"].lower().split())
        if self.dct is None:
            return self._new(m, Timex("DATE", "XXXX", "unresolved"))
        d = self.dct
        step = -1 if ("last" in rel or "previous" in rel) else 1 if ("next" in rel or "following" in rel or "coming" in rel) else 0
        if rel.startswith("the ") and rel.split()[-1] in ("previous", "following", "same"):
            # "the previous year" hangs on a time in the text, not on publication.
            return self._anchored_unit(m, unit, {"previous": -1, "following": 1, "same": 0}[rel.split()[-1]])
        if unit in ("week", "weekend"):
            base = d + timedelta(days=7 * step)
            iv = cal.week_interval(base)
            if unit == "weekend":
                iv = (iv[0] + timedelta(days=5), iv[1])
            iso = base.isocalendar()
            value = f"{iso[0]:04d}-W{iso[1]:02d}" + ("-WE" if unit == "weekend" else "")
        elif unit == "month":
            base = d + cal.delta(step, "MO")
            iv = cal.month_interval(base.year, base.month)
            value = cal.value_of(iv)
        elif unit in ("year", "fiscal year"):
            iv = cal.year_interval(d.year + step)
            value = f"{d.year + step:04d}"
            if unit == "fiscal year":
                # Fiscal years start on different dates: widen by a year each side of the calendar year.
                iv = (date(d.year + step - 1, 1, 1), date(d.year + step + 1, 12, 31))
                value = f"FY{d.year + step:04d}"
        elif unit == "quarter":
            q = (d.month - 1) // 3 + 1 + step
            y = d.year + (q - 1) // 4
            q = (q - 1) % 4 + 1
            iv = cal.quarter_interval(y, q)
            value = f"{y:04d}-Q{q}"
        elif unit == "decade":
            first = d.year // 10 * 10 + 10 * step
            iv = cal.decade_interval(first)
            value = f"{first // 10:03d}"
        else:  # century
            first = d.year // 100 * 100 + 100 * step
            iv = (date(max(first, 1), 1, 1), date(first + 99, 12, 31))
            value = f"{first // 100:02d}"
        mod = None
        if rel.startswith("earlier"):
            iv, mod = (iv[0], min(iv[1], d)), "BEFORE_NOW"
        elif rel.startswith("later"):
            iv, mod = (max(iv[0], d), iv[1]), "AFTER_NOW"
        elif rel.startswith("early"):
            mod = "START"
        elif rel.startswith("late"):
            mod = "END"
        elif rel.startswith("the end of"):
            mod = "END"
        return self._new(m, Timex("DATE", value, "dct", iv[0], iv[1], mod=mod))

    def _count(self, word: str) -> tuple[float, float] | None:
        w = " ".join(word.lower().split())
        if w in VAGUE:
            lo, hi = VAGUE[w]
            return float(lo), float(hi)
        n = parse_number(w)
        return None if n is None else (n, n)

    def _r_ago(self, m: Mention) -> Claim | None:
        g = m.groups
        count = self._count(g["num"])
        unit = UNITS[g["unit"].lower()]
        if count is None:
            return None
        if self.dct is None:
            return self._new(m, Timex("DATE", "PAST_REF", "unresolved"))
        lo_n, hi_n = count
        mod = MODIFIERS.get((g.get("mod") or "").lower())
        lo_n, hi_n = _widen(lo_n, hi_n, mod, unit)
        a = cal.shift(self.dct, cal.delta(hi_n, unit), -1)
        b = cal.shift(self.dct, cal.delta(lo_n, unit), -1)
        if a is None or b is None:
            return None
        iv = _granular((a, b), unit)
        timex = Timex("DATE", cal.value_of(iv), "dct", iv[0], iv[1],
                      offset="-" + cal.duration_value(count[0], unit) if count[0] == count[1] else None,
                      mod="APPROX" if (count[0] != count[1] or mod) else None)
        return self._new(m, timex)

    def _anchor(self) -> Claim | None:
        """The claim a phrase like "nine months later" hangs on: the latest earlier time
        claim with a calendar interval (a date, a month, a year)."""
        for c in reversed(self.claims):
            t = c.timex
            if t and t.type in ("DATE", "TIME") and t.earliest and t.latest and t.value not in ("PAST_REF", "PRESENT_REF"):
                return c
        return None

    def _anchored_unit(self, m: Mention, unit_word: str, direction: int) -> Claim | None:
        unit = UNITS.get(unit_word, "D") if unit_word not in PARTS else "D"
        return self._shift_from_anchor(m, 1.0 if direction else 0.0, 1.0 if direction else 0.0, unit,
                                       direction or 1, None)

    def _r_anchored(self, m: Mention) -> Claim | None:
        g = m.groups
        direction_word = g["dir"].lower()
        sign = -1 if direction_word in ("earlier", "before", "previously", "previous", "preceding") else 1
        if "num" not in g:
            unit_word = g["unit"].lower()
            if direction_word == "same":
                return self._shift_from_anchor(m, 0, 0, UNITS.get(unit_word, "D"), 1, None)
            return self._anchored_unit(m, unit_word, sign)
        count = self._count(g["num"])
        if count is None:
            return None
        mod = MODIFIERS.get((g.get("mod") or "").lower())
        return self._shift_from_anchor(m, count[0], count[1], UNITS[g["unit"].lower()], sign, mod)

    def _shift_from_anchor(self, m, lo_n, hi_n, unit, sign, mod) -> Claim | None:
        anchor = self._anchor()
        offset = ("-" if sign < 0 else "") + cal.duration_value(lo_n, unit) if lo_n == hi_n else None
        if anchor is None:
            return self._new(m, Timex("DATE", "XXXX-XX-XX", "unresolved", offset=offset))
        lo_n, hi_n = _widen(lo_n, hi_n, mod, unit)
        at = anchor.timex
        near = cal.shift_interval((at.earliest, at.latest), cal.delta(lo_n, unit), sign)
        far = cal.shift_interval((at.earliest, at.latest), cal.delta(hi_n, unit), sign)
        if near is None or far is None:
            return None
        iv = (min(near[0], far[0]), max(near[1], far[1]))
        iv = _granular(iv, unit) if unit in ("Y", "MO", "DE", "CE", "Q") and at.earliest != at.latest else iv
        timex = Timex("DATE", cal.value_of(iv), "anchor", iv[0], iv[1], anchor=anchor.id, offset=offset,
                      mod="APPROX" if (lo_n != hi_n) else None)
        return self._new(m, timex)

    def _r_duration(self, m: Mention) -> Claim | None:
        g = m.groups
        unit = UNITS[g["unit"].lower()]
        count = self._count(g["num"]) if "num" in g else (1.0, 1.0)
        if count is None:
            return None
        lo, hi = count
        mod_word = (g.get("mod") or "").lower()
        mod = MODIFIERS.get(mod_word)
        value = cal.duration_value(lo, unit) if lo == hi else f"P{'T' if unit in ('H', 'M', 'S') else ''}X{unit if unit != 'MO' else 'M'}"
        lo2, hi2 = _duration_tolerance(lo, hi, mod, unit)
        past = (g.get("past") or "").lower()
        attrs = {}
        if past in ("past", "last", "previous") and g.get("the"):
            attrs["until"] = "publication"
        elif past in ("next", "coming") and g.get("the"):
            attrs["from"] = "publication"
        if g.get("old"):
            attrs["age"] = True
        timex_mod = {"below": "LESS_THAN", "at_most": "EQUAL_OR_LESS", "above": "MORE_THAN",
                     "at_least": "EQUAL_OR_MORE", "approx": "APPROX"}.get(mod or "")
        timex = Timex("DURATION", value, "absolute", mod=timex_mod,
                      low=cal.duration_value(lo2, unit) if lo2 is not None else None,
                      high=cal.duration_value(hi2, unit) if hi2 is not None else None)
        return self._new(m, timex, **attrs)

    def _r_set(self, m: Mention) -> Claim | None:
        g = m.groups
        if "adverb" in g:
            value = {"annually": "P1Y", "yearly": "P1Y", "weekly": "P1W", "daily": "P1D", "monthly": "P1M",
                     "quarterly": "P1Q", "hourly": "PT1H", "nightly": "P1D"}[g["adverb"].lower()]
        elif "times" in g:
            value = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y"}[g["per"].lower()]
        else:
            u = g["unit"].lower()
            if u.capitalize() in _DAYNAMES:
                value = f"XXXX-WXX-{WEEKDAYS[u] + 1}"
            elif u in ("morning", "night"):
                value = "TMO" if u == "morning" else "TNI"
            elif u == "weekend":
                value = "XXXX-WXX-WE"
            else:
                n = g.get("num")
                count = 2.0 if (n or "").lower() == "other" else (parse_number(n) if n else 1.0)
                value = cal.duration_value(count or 1.0, UNITS.get(u, "D"))
        return self._new(m, Timex("SET", value, "absolute"))

    def _r_time(self, m: Mention) -> Claim | None:
        g = m.groups
        if "named" in g:
            hh, mm = {"midnight": (0, 0), "noon": (12, 0), "midday": (12, 0)}[g["named"].lower()]
        else:
            hh, mm = int(g["hour"]), int(g.get("minute") or 0)
            ampm = (g.get("ampm") or "").lower().replace(".", "")
            if ampm == "pm" and hh < 12:
                hh += 12
            elif ampm == "am" and hh == 12:
                hh = 0
        zone = g.get("zone")
        clock = f"T{hh:02d}:{mm:02d}"
        # A clock time belongs to the day of the nearest preceding date claim, else publication.
        day = None
        prev = self.claims[-1] if self.claims else None
        if prev and prev.timex and prev.timex.earliest and prev.timex.earliest == prev.timex.latest \
                and m.start - prev.end <= 3:
            day, res = prev.timex.earliest, "anchor"
        elif self.dct is not None:
            day, res = self.dct, "dct"
        else:
            res = "unresolved"
        value = (day.isoformat() if day else "XXXX-XX-XX") + clock
        timex = Timex("TIME", value, res, day, day, anchor=prev.id if res == "anchor" else None)
        return self._new(m, timex, zone=zone)


def _signed(n: int, unit: str) -> str | None:
    if n == 0:
        return None
    return ("-" if n < 0 else "") + cal.duration_value(abs(n), unit)


def _widen(lo: float, hi: float, mod: str | None, unit: str) -> tuple[float, float]:
    """The range of counts a modifier allows around N, for placing a point on the calendar."""
    if mod in ("below", "at_most"):
        return max(lo * 0.75, 0), hi
    if mod in ("above", "at_least"):
        return lo, hi * 1.5 + 1
    if mod == "approx":
        return lo * 0.8, hi * 1.2
    return lo, hi


def _duration_tolerance(lo: float, hi: float, mod: str | None, unit: str) -> tuple[float | None, float | None]:
    """How long a stated duration may really be, from its wording.

    An unqualified count is read as a journalist writes it: "ten years" is anything from just
    under ten (rounded up) to just under eleven (whole years completed). "nearly ten" is
    below ten; "more than ten" is above it with no upper bound; "about ten" is +-20%.
    Returned as (low, high) counts of ``unit``; None means unbounded."""
    if mod in ("below", "at_most"):
        return lo * 0.75, hi
    if mod == "above":
        return lo, None
    if mod == "at_least":
        return lo, None
    if mod == "approx":
        return lo * 0.8, hi * 1.2
    if lo != hi:
        return lo, hi
    return max(lo - 0.5, 0), hi + 1


def _granular(iv: cal.Interval, unit: str) -> cal.Interval:
    """Round an interval out to the granularity the unit speaks in ("two years ago" names a
    year, "three months ago" a month)."""
    a, b = iv
    if unit in ("Y", "DE", "CE"):
        return date(a.year, 1, 1), date(b.year, 12, 31)
    if unit in ("MO", "Q"):
        return date(a.year, a.month, 1), cal.month_end(b)
    return iv
