"""Times counted from another: from publication ("today", "last week", "two years ago")
or from an earlier time in the text ("the following year", "four days later")."""

from __future__ import annotations

import re
from datetime import date

from claims.model import Claim, Timex
from claims.temporal import calendar as cal
from claims.temporal.calendar import CENTURY, DAY, DECADE, HALF, MONTH, QUARTER, RANK, WEEK, YEAR
from claims.temporal.measure import DAY_UNITS, UNIT_GRAN, point_mod, shift_of, signed, unit_of, vague_duration, widen
from claims.temporal.tagger import Mention
from claims.temporal.words import PARTS

#: How many sentences back a quarter still sets the scene for "a year ago" ("Profit rose in the
#: third quarter. ... Sales were $5 million, up from $4 million a year ago.").
QUARTER_CONTEXT = 3
#: How far back from publication the year before a whole year the text names may end for
#: "the year-ago results" to name it: a year and a half. A year named further back is already
#: the year-ago one (news only; see Relative._already_a_unit_back).
YEAR_AGO_REACH_MONTHS = 18
#: From this many years up, a round count of years ago ("thirty years ago") may be off by one.
ROUND_YEARS = 10
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


class Relative:
    """Resolving times counted from publication or from an earlier claim."""

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
        if g.get("over"):  # "overnight": the night just gone, the evening before publication into its morning
            part, off = "NI", -1
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
        return self._new(m, Timex(typ, value, "dct", d, d, offset=signed(abs(off), "D", off) if off else None,
                                  mod=mod), DAY)

    def _r_ref(self, m: Mention) -> Claim | None:
        g = m.groups
        word = (g.get("word") or "").lower()
        direction = g.get("dir", "").lower()
        unit_word = (g.get("unit") or "").lower()
        if word == "recent" and unit_word.endswith("s") and unit_of(unit_word) is not None:
            # "in recent years", "recent weeks": some units running up to now, a span (TimeML
            # DURATION PXY), where "recent days" and "recently" are a vague past point
            return self._new(m, Timex("DURATION", vague_duration(unit_of(unit_word)), "absolute"), None,
                             until="publication")
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
                return self._shift_from(m, None, 1, 1, unit, -1, to_gran=UNIT_GRAN.get(unit, YEAR))
            if self._already_a_unit_back(anchor, unit):
                # "a loss in the 2022 period ... the year-ago figures": the period the text
                # compares with, named already, not a year before it
                return self._new(m, Timex(anchor.timex.type, anchor.timex.value, "anchor", anchor.timex.earliest,
                                          anchor.timex.latest, anchor=anchor.id), self.gran.get(anchor.id),
                                 sets_ref=False)
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
        if unit == "D" and step and "counted_from" in g:
            counted = self._day_from_next(m, g["counted_from"], step)
            if counted is not None:
                return counted
        if unit is None or unit in ("H", "M", "S", "ML", "HY"):
            return None
        if unit in ("Y", "DE", "CE") and self._bc_story() is not None and "mod" not in g:
            return self._bc_shift(m, 1, unit, step)  # "the following year" in 490 BC
        gran = WEEK if unit_word == "weekend" else UNIT_GRAN.get(unit, YEAR)
        pmod = point_mod(g.get("mod"))
        if unit in DAY_UNITS:
            anchor = self._day_anchor(m, unit)
            if anchor is not None and RANK.get(self.gran.get(anchor.id, DAY), 0) > RANK[MONTH]:
                # "the day before" a bare year names no day of it
                return self._new(m, Timex("DATE", "XXXX-XX-XX", "unresolved",
                                          offset=signed(1, unit, step) if step else None), None)
        if gran == QUARTER and self.named_quarter is not None:
            anchor = self.named_quarter
        if rel == "next" and self.dct is not None and (anchor is None or not self.narrative) \
                and gran in (MONTH, QUARTER, YEAR, DECADE, CENTURY):
            # "the next year" in news: the year after publication ("the next day" hangs on the story)
            return self._shift_from(m, None, 1, 1, unit, 1, to_gran=gran, timex_mod=pmod)
        if anchor is None and unit in DAY_UNITS:
            # "the next day", "the following day" with no day told before it (in a story told
            # before Christ, or in news before the day it hangs on: "arrested the following day.
            # The fire had started on 29 December") names no day: never one counted from
            # publication, which "tomorrow" and "yesterday" name
            return self._new(m, Timex("DATE", "XXXX-XX-XX", "unresolved",
                                      offset=signed(1, unit, step) if step else None), None)
        if anchor is None:
            if self.dct is None or not step:
                return None
            return self._shift_from(m, None, 1, 1, unit, step, to_gran=gran, timex_mod=pmod)
        claim = self._shift_from(m, anchor, abs(step), abs(step), unit, step or 1, to_gran=gran, timex_mod=pmod)
        if claim is not None and not step and unit in DAY_UNITS and self.gran.get(anchor.id) == MONTH \
                and re.fullmatch(r"\d{4}-\d\d", claim.timex.value or ""):
            # "that same day" in a month the story told: a day of it, which one unknown
            # (1998-10-XX), its interval the whole month
            claim.timex.value += "-XX"
        return claim

    def _already_a_unit_back(self, anchor: Claim, unit: str) -> bool:
        """Whether ``anchor``, a whole year, already lies a year back from publication in news,
        so that "the year-ago results" after it name it again: the year before it would end more
        than ``YEAR_AGO_REACH_MONTHS`` months before publication, which no "year ago" reaches
        ("the 1988 period" in November 1989 is the year-ago one; in March 1989, a report's
        current year, and its year-ago results are 1987's)."""
        t = anchor.timex
        if unit != "Y" or self.narrative or self.dct is None or t.earliest is None or t.latest is None \
                or self.gran.get(anchor.id) != YEAR:
            return False
        back = cal.shift(t.latest, cal.delta(1, "Y"), -1)
        reach = cal.shift(self.dct, cal.delta(YEAR_AGO_REACH_MONTHS, "MO"), -1)
        return back is not None and reach is not None and back < reach

    def _day_from_next(self, m: Mention, nxt: Mention, step: int) -> Claim | None:
        """"the day before last Tuesday's vote", "the day after Monday's rally": the day counted
        from the day written right after the phrase, not from the time the text was on. Its
        anchor is that day's claim, made next (``extract`` points the anchor at it)."""
        sub = self._detached(nxt)
        if sub is None or sub.timex.earliest is None or not _DAY_VALUE.match(sub.timex.value):
            return None
        st = sub.timex
        one = cal.delta(1, "D")
        day = cal.shift(date.fromisoformat(st.value[:10]), one, step)
        lo, hi = cal.shift(st.earliest, one, step), cal.shift(st.latest, one, step)
        if day is None or lo is None or hi is None:
            return None
        # not the reference yet: the day it counts from is resolved next, from the same state
        return self._new(m, Timex("DATE", day.isoformat(), "anchor", lo, hi, offset=signed(1, "D", step)), DAY,
                         sets_ref=False)

    def _year_end(self, m: Mention) -> Claim | None:
        """"year-end": 31 December of the year the text is in (a fiscal year may end elsewhere:
        the interval is the year's last quarter)."""
        this = self._this_unit(m, "year", None)
        if this is None:
            return None
        y = this.timex.earliest.year
        if self._since(m) and date(y, 12, 31) > self.dct:
            # "up 5% since year-end": the last year's end before publication
            y -= 1
            this.timex.latest = date(y, 12, 31)
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
        "the week": a span of that length when measured ("the year ended Sept. 30",
        "throughout the year"), else the one the text is in ("sales for the year", "for the
        full year": the reporting year, a date in TimeML)."""
        if unit_word in ("year", "month", "week"):
            nxt = self.toks.word(m.j).lower() if m.j < len(self.toks) else ""
            if m.signal in ("throughout", "over", "during") or nxt in ("ended", "ending", "to"):
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
        anchor = self._day_anchor(m, "D")  # "the next morning" hangs on a day, never a year
        named = named_day(anchor) if anchor is not None else None
        if named is None:
            return None
        d = cal.add_days(named, step)
        lo, hi = cal.add_days(anchor.timex.earliest, step), cal.add_days(anchor.timex.latest, step)
        t = Timex("TIME", f"{d.isoformat()}T{part}", "anchor", lo, hi, anchor=anchor.id,
                  offset=signed(1, "D", step) if step else None)
        return self._new(m, t, DAY)

    def _r_ago(self, m: Mention) -> Claim | None:
        g = m.groups
        shift = shift_of(g)
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
            lo_n, hi_n = widen(count[0], count[1], mod)
            a = cal.shift(self.dct, cal.delta(hi_n, unit), sign)
            b = cal.shift(self.dct, cal.delta(lo_n, unit), sign)
            if a is None or b is None:
                return None
            lo, hi = min(a, b), max(a, b)
            return self._new(m, Timex("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "dct", lo, hi), None)
        claim = self._shift_from(m, None, count[0], count[1], unit, sign, mod, to_gran=UNIT_GRAN.get(unit, DAY))
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
        shift = shift_of(g)
        if shift is None:
            return None
        count, unit, mod = shift
        sign = -1 if g["dir"].lower() in ("earlier", "before") else 1
        if unit in ("Y", "DE", "CE") and count[0] == count[1] and self._bc_story() is not None:
            return self._bc_shift(m, count[0], unit, sign)  # "two years later" in 220 BC
        anchor = self._day_anchor(m, unit)
        if anchor is not None and RANK.get(self.gran.get(anchor.id, DAY), 0) - RANK.get(UNIT_GRAN.get(unit, DAY), 0) > 2 \
                and unit in ("H", "M", "S", "D", "W", "2W"):
            anchor = None  # "five minutes afterwards" cannot be placed from a year
            if self.dct is not None:
                return self._new(m, Timex("DATE", "XXXX-XX-XX", "unresolved",
                                          offset=signed(count[0], unit, sign) if count[0] == count[1] else None), None)
        if anchor is None and self.dct is None:
            return self._new(m, Timex("DATE", "XXXX-XX-XX", "unresolved",
                                      offset=signed(count[0], unit, sign) if count[0] == count[1] else None), None)
        if count[0] != count[1] and anchor is None:
            return None
        # "fifteen months later" names a month, "four days later" a day; but "a year earlier"
        # compares like with like: a quarter a year back, a day a year back.
        keep = anchor is not None and (self.gran.get(anchor.id) in (QUARTER, HALF) or count == (1.0, 1.0) and unit == "Y")
        return self._shift_from(m, anchor, count[0], count[1], unit, sign, mod,
                                to_gran=None if keep else UNIT_GRAN.get(unit, DAY))

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
        offset = signed(lo_n, unit, sign) if (lo_n == hi_n and lo_n) else None
        lo2, hi2 = widen(lo_n, hi_n, count_mod)
        near = cal.shift_interval(base_iv, cal.delta(lo2, unit), sign)
        far = cal.shift_interval(base_iv, cal.delta(hi2, unit), sign)
        if near is None or far is None:
            return None
        iv = (min(near[0], far[0]), max(near[1], far[1]))
        gran = base_gran
        if to_gran is not None and RANK.get(to_gran, 5) >= RANK.get(base_gran, 0):
            gran = to_gran
        centre = cal.midpoint(iv)
        named = named_interval(anchor) if anchor is not None and lo_n == hi_n else None
        readings = named is not None and named != (anchor.timex.earliest, anchor.timex.latest)
        if readings:
            # a time with more readings than its value names ("last Tuesday" on a Thursday:
            # this week's or the week before's; a fiscal quarter): counted from the one its
            # value names, the interval keeping them all
            centre = cal.shift(cal.midpoint(named), cal.delta(lo_n, unit), sign) or centre
        exact = lo_n == hi_n and not count_mod
        if gran == to_gran:
            unit_iv = cal.gran_interval(centre, gran)
            iv = unit_iv if exact and not readings else (min(iv[0], unit_iv[0]), max(iv[1], unit_iv[1]))
        value = cal.gran_value(centre, gran)
        if anchor is not None and to_gran in (DAY, WEEK, MONTH) and (RANK[to_gran] < RANK[base_gran] or not exact):
            # "four days later" than a month, "a few weeks later" than a day: a day (week, month)
            # that the anchor or the count does not fix, written with the digits its readings
            # share; counted from publication ("a week or so ago") the value names the unit counted
            value = cal.shared_value(iv, to_gran) or value
        mod = timex_mod or (None if exact else "APPROX")
        iv = cal.narrow(iv, timex_mod)
        timex = Timex("DATE", value, res, iv[0], iv[1], anchor=anchor_id, offset=offset, mod=mod)
        # A look back ("a year earlier", "two years ago") compares; it does not move the story,
        # so the next "a year earlier" still hangs on what the text is about.
        return self._new(m, timex, gran, sets_ref=sign > 0 or not (lo_n or hi_n))


def named_interval(claim: Claim) -> cal.Interval | None:
    """The period a claim's value names, inside its interval: its interval itself, or, where the
    interval holds more readings ("last Tuesday" on a Thursday, a yearless date either side of
    publication, a fiscal quarter that may start up to nine months before the calendar's), the
    likelier one its value names (a day, a month, a quarter, a half, a year); None without an
    interval or for a value naming no period inside it."""
    t = claim.timex
    if t is None or t.earliest is None or t.latest is None:
        return None
    if t.earliest == t.latest:
        return t.earliest, t.latest
    v = t.value or ""
    iv = None
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?", v):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        iv = (d, d)
    elif m := re.fullmatch(r"(\d{4})-(\d\d)", v):
        iv = cal.month_interval(int(m[1]), int(m[2]))
    elif m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
        iv = cal.quarter_interval(int(m[1]), int(m[2]))
    elif m := re.fullmatch(r"(\d{4})-H([12])", v):
        iv = (date(int(m[1]), 6 * int(m[2]) - 5, 1), cal.month_end(date(int(m[1]), 6 * int(m[2]), 1)))
    elif re.fullmatch(r"\d{4}", v):
        iv = cal.year_interval(int(v))
    if iv is None or not (t.earliest <= iv[0] and iv[1] <= t.latest):
        return None
    return iv


def named_day(claim: Claim) -> date | None:
    """The day a day-level claim's value names (see ``named_interval``); None for a claim
    coarser than a day."""
    iv = named_interval(claim)
    return iv[0] if iv is not None and iv[0] == iv[1] else None
