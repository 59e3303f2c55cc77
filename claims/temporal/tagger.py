"""Finding temporal expressions: patterns over token classes, longest match wins.

Hand-written on purpose: the libraries measured (dateparser.search_dates, Recognizers-Text,
ctparse, spaCy) were too slow for the hot path or invented dates (see DESIGN.md). The text is
tokenized once (``tokens.Tokens``); each pattern below is a regular expression over token
*classes* ("DAYX OF? MONTHX (COMMA? YEAR)?"), compiled once, matched against the class string.
Every quantifier applies to a single class or to a group that starts with a fixed class, so
no pattern can backtrack badly.

Spans follow TimeML (TIMEX3): determiners and modifiers belong to the expression ("the past
ten years", "nearly 30 years", "late Tuesday", "two years ago"); the preposition in front
does not ("in 2013" -> "2013"; it is kept as the mention's ``signal``). The tagger only
*finds* and labels; ``resolve`` gives values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claims.language.vocabulary import CLASSES, FUNCTION_WORDS
from claims.lexicon import load
from claims.temporal import calendar as cal
from claims.temporal.tokens import CODE, Tokens, compile_pattern

_LEX = load("temporal")
#: Days 1-9 spelled out after a month ("April Nine"), and the -s words that are no plural noun.
SPELLED_DAYS: dict[str, int] = {k: v for k, v in _LEX["spelled_days"].items() if not k.startswith("_")}
_NOT_SPELLED_DAY = frozenset(_LEX["not_a_spelled_day"]["words"])
#: Named days (Christmas, Easter Monday, Thanksgiving) and the rule that dates them.
HOLIDAYS: dict = {k: v for k, v in _LEX["holidays"].items() if not k.startswith("_")}


def holiday_key(name: str) -> str:
    """"New Year’s  Eve" -> "new year's eve": how the holiday lexicon spells its keys."""
    return " ".join(name.lower().replace("\u2019", "'").replace(" '", "'").split())

# -- building blocks (class-name macros) ----------------------------------------------------

MONTHX = "(?:MONTH|MONABBR PERIOD?)"
WDX = "(?:WEEKDAY|WDABBR PERIOD?)"
DAYX = "(?:DAYNUM|ORDNUM)"
NUMWORDS = "(?:NUMWORD(?:HYPHEN?NUMWORD|BIGNUM|AND NUMWORD){0,4})"
COUNT = (f"(?:(?:DAYNUM|NUM)FRACTION?|FRACTION|{NUMWORDS}(?:HYPHEN?AND HYPHEN?A HYPHEN?HALF)?|A BIGNUM(?:AND?NUMWORD)?"
         "|A VAGUE OF?|VAGUE OF?|A HALF|HALF A|A)")
#: Wording that qualifies a count: "about", "nearly", "more than", "no more than", "at least"
MODQ = "(?:NO? MORE THAN|MODW(?:MORE THAN|MODW)?|AT LEAST|UP TO|MORE THAN)"
#: Wording that places a point inside a period: "early", "mid-", "the end of"
PTMOD = "(?:EARLY|LATE|MID HYPHEN?|THE?(?:BEGIN|END|MID)OF(?:THE)?|THE?(?:EARLY|LATE)OF)"
SPELLEDYEAR = "(?:NUMWORD NUMWORD(?:HYPHEN NUMWORD)?|NUMWORD BIGNUM(?:AND?NUMWORD(?:HYPHEN NUMWORD)?)?)"
#: After a day and month, the year it is counted from: "last year", "of that year".
YEAR_REL = "COMMA?(?:(?P<rel2>LAST|NEXT|THIS)|OF(?P<ana>THAT|THE(?:SAME|FOLLOWING|NEXT|PREVIOUS)))(?P<unit>UNIT)"
WDREL = "(?P<wdrel>THIS COMING|THIS|COMING|NEXT|LAST)"
#: A weekday written after a date: "3 March, Monday", "3 March, a Monday", "3 March — a Monday —",
#: "3 March (Mon)".
WDTAIL = "(?:(?:(?:COMMA|DASH)A|COMMA?)(?P<wd2>WEEKDAY|WDABBR PERIOD?)|LPAREN(?P<wd3>WEEKDAY|WDABBR PERIOD?|WDSHORT)RPAREN)"
#: A weekday written before a date: "Friday, 16 June", "last Monday, 26 May", "Mo, 7 October"
#: (two letters only with the comma: "We" is a word).
WDHEAD = f"(?:{WDREL}?(?P<wd1>{WDX})COMMA?|(?P<wd4>WDSHORT)COMMA)"

# (kind, pattern). Order only breaks ties between matches of equal span.
#: (kind, trigger classes, pattern): every match contains at least one trigger class (a test
#: checks this), so a pattern only runs where one of its triggers occurs.
_SPECS: list[tuple[str, str, str]] = [
    # 21 April 2024, Sunday | Friday, 16 June 2023 | the 21st of April
    ("date", "MONTH MONABBR", f"{WDHEAD}?(?:THE?(?P<day>{DAYX})OF?|THE(?P<dayw>ORDWORD)OF)(?P<month>{MONTHX})(?:COMMA?(?P<year>YEAR))?{WDTAIL}?"),
    # April 21, 2024 | Friday, June 16 | Sunday, March eighth
    ("date", "MONTH MONABBR", f"{WDHEAD}?(?P<month>{MONTHX})(?P<day>{DAYX}|ORDWORD|NUMWORD HYPHEN ORDWORD|NUMWORD)"
             f"(?:COMMA?(?P<year>YEAR))?{WDTAIL}?"),
    # 21/Apr/2014 (log style)
    ("date", "MONABBR MONTH", f"{WDHEAD}?(?P<day>DAYNUM)SLASH(?P<month>MONABBR|MONTH)SLASH(?P<year>YEAR)"),
    # 22-25 April 1951 | 4 and 5 May | May 4 and 5 | 499-493 BC | 1915-17 (each end is a date) |
    # Thursday 14 to Sunday 17 August (a weekday right before each day, no comma after the
    # first: the month is both days'; "last Saturday, 14 and 15 December" is a weekday alone)
    ("date_range", "MONTH MONABBR", f"(?:(?P<wd0>{WDX}))?(?P<day0>{DAYX})(?:HYPHEN|DASH|AND|TO|OR)"
                                    f"(?:(?P<wd1>{WDX})COMMA?)?(?P<day>{DAYX})OF?(?P<month>{MONTHX})"
                                    "(?:COMMA?(?P<year>YEAR))?"),
    ("date_range", "MONTH MONABBR", f"(?P<month>{MONTHX})(?P<day>{DAYX})(?:HYPHEN|DASH|AND|TO|OR)(?P<day1>{DAYX})"
                                    "(?:COMMA?(?P<year>YEAR))?"),
    # January, 10 - 17, 2016: a comma after the month only in a range that ends with its year
    ("date_range", "MONTH MONABBR", f"(?P<month>{MONTHX})COMMA(?P<day>{DAYX})(?:HYPHEN|DASH|TO)(?P<day1>{DAYX})"
                                    "COMMA?(?P<year>YEAR)"),
    ("year_range", "ERA", "(?P<y0>NUM|DAYNUM)(?:HYPHEN|DASH|TO)(?P<year>NUM|DAYNUM)(?P<era>ERA)"),
    ("year_range", "YEAR", "(?P<y0>YEAR)HYPHEN(?P<y1>DAYNUM|NUM)"),
    # Christmas | New Year's Eve | Easter Monday | Thanksgiving 2023 | May Day | Wednesday, New Year's Day 1997
    ("holiday", "HOLIDAY", f"(?:(?P<wd1>{WDX})COMMA?)?(?P<name>HOLIDAY(?:UNIT(?:APOS SWORD)?(?:UNIT|EVE)?|APOS SWORD(?:UNIT|EVE)|UNIT|EVE|WEEKDAY)?)"
                           "(?P<part>PART)?(?:COMMA?(?P<year>YEAR))?"),
    ("holiday", "MONTH", "(?P<name>MONTH UNIT)(?:COMMA?(?P<year>YEAR))?"),
    # on the 21st: a day of the month the text is in
    ("day_only", "ORDNUM", "THE(?P<day>ORDNUM)"),
    ("iso", "ISO", "(?P<iso>ISO)"),
    ("slash", "SLASHDATE", "(?P<slash>SLASHDATE)"),
    # 31/10 | 4/23: day and month without a year, a date only with a weekday beside it
    ("daymonth", "DAYMONTH FRACTION", "(?P<md>DAYMONTH|FRACTION)"),
    # August 2022 | early March 2020 | the end of March, 2021 | January nineteen ninety-seven
    ("month_year", "MONTH MONABBR", f"(?P<mod>{PTMOD})?(?P<month>{MONTHX})(?:COMMA|OF)?(?P<year>YEAR|{SPELLEDYEAR})"),
    # May 20014: a year typed with a digit too many (date.invalid reads it; _check keeps it
    # only where a year can be meant)
    ("month_year", "MONTH MONABBR", f"(?P<month>{MONTHX})(?P<slip>NUM)"),
    # April 480 BC | the autumn of 481 BC: a year with its era, however short
    ("month_year", "ERA", f"(?P<mod>{PTMOD})?(?P<month>{MONTHX})(?:COMMA|OF)?(?P<year>YEAR|NUM|DAYNUM)(?P<era>ERA)"),
    ("season", "ERA", "(?:(?P<mod>EARLY|LATE|MID HYPHEN?)|(?P<the>THE))?(?P<season>SEASON|FALL)OF?(?P<year>YEAR|NUM|DAYNUM)(?P<era>ERA)"),
    # last May | this September | June last year | July of that year | this past March
    ("month_rel", "MONTH", "(?P<rel>LAST|NEXT|THIS(?:PAST|COMING)?|COMING)(?P<month>MONTH)"),
    # the previous April | the following March: from the time the text is at
    ("month_rel", "MONTH", "THE(?P<arel>PREVIOUS|FOLLOWING|NEXT)(?P<month>MONTH)"),
    ("month_rel", "MONTH MONABBR", f"(?P<mod>{PTMOD})?(?P<month>{MONTHX})(?P<rel2>LAST|NEXT|THIS)(?P<unit>UNIT)"),
    ("month_rel", "MONTH MONABBR", f"(?P<mod>{PTMOD})?(?P<month>{MONTHX})OF(?P<ana>THAT|THE(?:SAME|FOLLOWING|NEXT|PREVIOUS))(?P<unit>UNIT)"),
    # June 23 last year | 3 May of that year | the 5th of May next year
    ("month_rel", "MONTH MONABBR", f"(?P<month>{MONTHX})(?P<day>{DAYX}){YEAR_REL}"),
    ("month_rel", "MONTH MONABBR", f"THE?(?P<day>{DAYX})OF?(?P<month>{MONTHX}){YEAR_REL}"),
    # January | early March | mid-November | the end of May
    ("month", "MONTH MONABBR", f"(?P<mod>{PTMOD})?(?P<month>MONTH|MONABBR PERIOD)"),
    # 2013 | fiscal 1989 | the year 2000 | mid-2020 | 499 BC | AD 70 | the 1988 period
    ("year", "YEAR", f"(?P<mod>{PTMOD})?(?:(?P<fiscal>FISCAL|FY)|THE UNIT)?(?P<year>YEAR)(?P<era>ERA)?"),
    ("year", "FYYEAR", "(?P<fiscal>FYYEAR)"),
    ("year", "ERA", "(?P<year>DAYNUM|NUM)(?P<era>ERA)"),
    ("year", "ERA", "(?P<era>ERA)(?P<year>DAYNUM|NUM|YEAR)"),
    ("year", "UNIT", f"THE UNIT(?P<spelled>{SPELLEDYEAR})"),
    ("year", "YEAR", "THE(?P<year>YEAR)(?P<noun>PERIODN)"),
    # nineteen ninety-six
    ("year", "NUMWORD", f"(?P<spelled>{SPELLEDYEAR})"),
    # the 1990s | the early '90s | the nineties
    ("decade", "DECADE", "THE?(?:(?P<mod>EARLY|MID|LATE)HYPHEN?)?(?P<decade>DECADE)"),
    ("decade", "SDECADE", "THE?(?:(?P<mod>EARLY|MID|LATE)HYPHEN?)?APOS(?P<short>SDECADE)"),
    ("decade", "DECWORD", "THE(?:(?P<mod>EARLY|MID|LATE)HYPHEN?)?(?P<word>DECWORD)"),
    # the 20th century | the early nineteenth century
    ("century", "UNIT", "THE?(?:(?P<mod>EARLY|MID|LATE)HYPHEN?)?(?P<ord>ORDNUM|ORDWORD|NUMWORD HYPHEN ORDWORD)HYPHEN?(?P<unit>UNIT)(?P<era>ERA)?"),
    # last summer | the winter of 1994 | spring 2020 | early fall
    ("season", "SEASON FALL", f"(?:THE(?P<arel>PREVIOUS|FOLLOWING|NEXT)|(?P<rel>LAST|NEXT|THIS(?:PAST|COMING)?|COMING|PAST)"
                              f"|(?P<mod>EARLY|LATE|MID HYPHEN?)|(?P<the>THE))?"
               f"(?P<season>SEASON|FALL)(?:OF?(?P<year>YEAR|{SPELLEDYEAR}))?"),
    # the third quarter | the first half of 2020 | the latter half of 2008 | fourth-quarter | this year's third quarter
    ("quarter", "UNIT HALF", "(?:THE|THIS|LAST|NEXT|A)?(?:(?P<year>YEAR)|(?P<yref>THIS|LAST|NEXT)UNIT APOS SWORD"
                "|(?P<ago>UNIT)HYPHEN(?:EARLIER|AGO))?(?P<fiscal>FISCAL HYPHEN?)?"
                "(?P<ord>ORDWORD|ORDNUM|LAST|LATEST|LATTER)HYPHEN?(?P<unit>UNIT|HALF)"
                "(?:OF(?:(?P<year2>YEAR)|(?P<yref2>THIS|LAST|NEXT|THE CURRENT|THE SAME|THAT)UNIT))?"),
    ("quarter", "QTOKEN", "(?P<q>QTOKEN)(?P<year>YEAR)?"),
    # on Friday | last Tuesday | late on Tuesday | Friday morning | this coming Sunday
    ("weekday", "WEEKDAY WDABBR", "(?:(?P<rel>LAST|NEXT|THIS(?:COMING|PAST)?|COMING)|(?P<mod>EARLY|LATE(?:ON)?|EARLIER|LATER))?"
                "(?P<wd>WEEKDAY|WDABBR PERIOD)(?P<part>PART)?"),
    # Tuesday nights | on Mondays
    # the previous Friday | the following Monday morning
    ("weekday", "WEEKDAY WDABBR", f"THE(?P<arel>PREVIOUS|FOLLOWING|NEXT)(?P<wd>{WDX})(?P<part>PART)?"),
    ("weekday_set", "PARTPLURAL", f"(?P<wd>{WDX})(?P<part>PARTPLURAL)"),
    ("weekday_set", "WDPLURAL", "(?P<wd>WDPLURAL)"),
    # today | late yesterday | yesterday morning | mid-afternoon yesterday | this morning | tonight
    ("deictic", "DEIC", "(?:(?P<mod>EARLY|LATE|EARLIER|LATER)|(?P<mpart>(?:MID HYPHEN?|EARLY|LATE)?PART))?(?P<word>DEIC)(?P<part>PART)?"),
    ("deictic", "PART", "(?P<mod>EARLIER|LATER)?(?P<rel>THIS|LAST)(?P<part>PART)"),
    ("deictic", "DEIC", "THE UNIT(?P<dir>BEFORE|AFTER)(?P<word>DEIC)"),
    # overnight (kept only beside a date: see _overnight_beside_date)
    ("deictic", "PART", "(?P<over>PART)"),
    # now | currently | recently | the past | the future | the near future | recent years
    ("ref", "NOW REFADV", "MORE?(?P<word>NOW|REFADV)"),
    ("ref", "PAST FUTURE CURRENT", "THE NEAR?(?P<word>PAST|FUTURE|CURRENT)"),
    ("ref", "TERM", "THE NEAR TERM"),
    ("ref", "RECENT", "(?P<word>RECENT)(?P<unit>UNIT)"),
    ("ref", "COMING", "THE?(?P<dir>COMING)(?P<unit>UNIT)"),
    # last week | this year | next month | earlier this year | late last year | the current quarter
    # the end of this month | this past weekend | the latest quarter
    ("period", "UNIT WEEKEND", f"(?P<mod>{PTMOD}|EARLIER|LATER)?(?P<rel>LAST|NEXT|THIS(?:PAST|COMING)?|THE?COMING|THE?CURRENT)"
               "(?P<fiscal>FISCAL)?(?P<unit>UNIT|WEEKEND)"),
    ("period", "UNIT WEEKEND", "(?P<mod>EARLIER|LATER|EARLY|LATE)IN THE(?P<unit>UNIT|WEEKEND)"),
    ("period", "LATEST", "(?:THE|THIS)(?P<rel>LATEST)(?P<unit>UNIT|PERIODN)"),
    # the following day | the previous year | that year | the same day | that same day | the next morning
    ("anaphor", "UNIT WEEKEND PART", f"(?P<mod>{PTMOD})?(?:(?:THE|THAT(?=SAME))(?P<rel>FOLLOWING|NEXT|PREVIOUS|SAME)"
                                     "|(?P<that>THAT))(?P<unit>UNIT|WEEKEND|PART)"),
    # the year-earlier quarter | year-ago | the year-ago period
    ("anaphor", "UNIT", "THE?(?P<unit>UNIT)HYPHEN(?P<dir>EARLIER|AGO)(?P<noun>PERIODN|UNIT)?"),
    # the end of the year | by the middle of the month
    ("anaphor", "UNIT", f"(?P<mod>{PTMOD})(?P<unit>UNIT)"),
    # the quarter | the weekend
    ("anaphor", "UNIT WEEKEND", "THE(?P<full>FULL|FISCAL)?(?P<unit>UNIT|WEEKEND)"),
    # the day before | the week after
    ("anaphor", "UNIT PART", "THE(?P<unit>UNIT|PART)(?P<dir>BEFORE|AFTER)"),
    # two or three days ago | a year or two ago (a count between two)
    ("ago", "AGO", f"(?P<num>{COUNT})(?:OR|TO|HYPHEN)(?P<num2>{COUNT})(?P<unit>UNIT)AGO"),
    ("ago", "AGO", f"(?P<num>A)(?P<unit>UNIT)OR(?P<num2>{NUMWORDS})AGO"),
    # two years ago | nearly a decade ago | a few days ago | a week or so ago
    ("ago", "AGO", f"(?P<mod>{MODQ})?(?P<num>{COUNT})HYPHEN?(?P<unit>UNIT)(?P<half>AND A HALF)?(?P<orso>OR SO)?AGO"),
    # two weeks from now
    ("ago", "NOW", f"(?P<num>{COUNT})(?P<unit>UNIT)(?P<from>PREP)NOW"),
    # 18 days from today
    ("ago", "DEIC", f"(?P<num>{COUNT})(?P<unit>UNIT)(?P<from>PREP)(?P<today>DEIC)"),
    # nine months later | a year earlier | two days after | three weeks before
    ("anchored", "LATER EARLIER AFTERWARDS", f"(?P<num>{COUNT})(?:OR|TO|HYPHEN)(?P<num2>{COUNT})(?P<unit>UNIT)(?P<dir>LATER|EARLIER|AFTERWARDS)"),
    ("anchored", "LATER EARLIER AFTERWARDS", f"(?P<num>A)(?P<unit>UNIT)OR(?P<num2>{NUMWORDS})(?P<dir>LATER|EARLIER|AFTERWARDS)"),
    ("anchored", "LATER EARLIER AFTERWARDS", f"(?P<mod>{MODQ})?(?P<num>{COUNT})HYPHEN?(?P<unit>UNIT)(?P<orso>OR SO)(?P<dir>LATER|EARLIER|AFTERWARDS)"),
    ("anchored", "LATER EARLIER AFTERWARDS BEFORE AFTER", f"(?P<mod>{MODQ})?(?P<num>{COUNT})HYPHEN?(?P<unit>UNIT)(?P<half>AND A HALF)?(?P<dir>LATER|EARLIER|AFTERWARDS|BEFORE|AFTER)"),
    # a month on, | two years on. (only before a clause end: not "a week on Monday")
    ("anchored", "ON", f"(?P<mod>{MODQ})?(?P<num>{COUNT})HYPHEN?(?P<unit>UNIT)(?P<dir>ON)"),
    # for the past ten years | 48 hours | three-day | nearly 30 years | the next three quarters |
    # two more weeks
    ("duration", "UNIT", f"(?:THE?(?P<rel>PAST|LAST|NEXT|ORDWORD|PREVIOUS|COMING))?THE?(?P<mod>{MODQ})?"
                 f"(?P<num>{COUNT})(?P<more>MORE)?HYPHEN?(?P<unit>UNIT)(?P<half>AND A HALF)?(?:HYPHEN?(?P<old>OLD|LONG))?(?P<orso>OR SO)?"),
    ("duration", "UNIT", "THE(?P<rel>PAST|LAST)(?P<unit>UNIT)(?P<orso>OR SO)?"),
    ("duration", "UNIT", "(?P<bare>UNIT)(?P<orso>OR(?:SO|UNIT))?"),
    # over the years | during the months
    ("duration", "UNIT", "THE(?P<bare>UNIT)"),
    # per day | per year
    ("set", "PER", "PER(?P<unit>UNIT)"),
    # year-end | the year-end
    ("anaphor", "UNIT", "THE?(?P<unit>UNIT)HYPHEN?(?P<mod>END)"),
    # every week | each Monday | every other year | annually | twice a year | once a month
    ("set", "EVERY", f"(?P<every>EVERY)(?P<num>OTHER|{COUNT})?(?P<unit>UNIT|{WDX}|PART|WEEKEND|MONTH|SEASON)"),
    ("set", "SETADV", "(?P<adv>SETADV)"),
    ("set", "TIMES ONCE", f"(?P<times>ONCE|(?:{NUMWORDS}|DAYNUM)TIMES)(?:A|PER|EVERY)(?P<unit>UNIT)"),
    # 8 a.m. | 10:30 pm GMT | 08:00 GMT | 1530 GMT | noon | 10am | 4 o'clock
    ("time", "AMPM", "(?P<clock>CLOCK|DAYNUM|NUM)(?P<ampm>AMPM)(?P<zone>ZONE)?"),
    ("time", "CLOCKAMPM", "(?P<clock>CLOCKAMPM)(?P<zone>ZONE)?"),
    ("time", "CLOCK", "(?P<clock>CLOCK)(?P<zone>ZONE)?"),
    ("time", "ZONE", "(?P<clock>YEAR|NUM)(?P<zone>ZONE)"),
    ("time", "OCLOCK", "(?P<clock>DAYNUM)OCLOCK"),
    ("time", "NAMEDT", "(?P<named>NAMEDT)"),
]

PATTERNS: list[tuple[str, re.Pattern]] = [(kind, compile_pattern(dsl)) for kind, _, dsl in _SPECS]
TRIGGERS: list[frozenset[str]] = [frozenset(CODE[n] for n in names.split()) for _, names, _ in _SPECS]
_BY_TRIGGER: dict[str, tuple[int, ...]] = {
    c: tuple(k for k, t in enumerate(TRIGGERS) if c in t) for c in set().union(*TRIGGERS)}
#: A run of tokens with no plain word in it that holds at least one trigger: no pattern uses X,
#: so every mention lies inside such a run.
_RUN = re.compile(f"[^{re.escape(CODE['X'])}]*[{''.join(re.escape(c) for c in sorted(_BY_TRIGGER))}][^{re.escape(CODE['X'])}]*")


@dataclass(slots=True)
class Mention:
    """A span the tagger found, before resolution.

    ``i``/``j`` are token indices (j exclusive), ``start``/``end`` character offsets;
    ``groups`` maps each named part that matched to its text; ``signal`` is the preposition
    in front ("in", "on", "since" ...), lower-cased, if any."""

    kind: str
    start: int
    end: int
    groups: dict = field(default_factory=dict)
    i: int = 0
    j: int = 0
    signal: str | None = None


_C = CODE
_SIGNALS = frozenset(_C[n] for n in ("IN", "ON", "AT", "PREP", "TO", "OF", "BEFORE", "AFTER"))
#: What may follow "before"/"after" used as an adverb: the end of a clause.
_CLAUSE_END = frozenset(("", _C["PERIOD"], _C["COMMA"], _C["BREAK"], _C["PUNCT"], _C["RPAREN"], _C["DASH"],
                         _C["AND"], _C["OR"], _C["COLON"]))


def find(text: str, tokens: Tokens | None = None) -> list[Mention]:
    """All temporal mentions in ``text``, non-overlapping, in text order.

    Where candidates overlap, the longest (in tokens) wins; ties go to the earlier pattern."""
    toks = tokens or Tokens(text)
    classes = toks.classes
    starts, ends = toks.starts, toks.ends
    cands: list[tuple[int, int, int, Mention]] = []
    work: list[tuple[int, int, int]] = []
    for run in _RUN.finditer(classes):
        a, b = run.span()
        orders: set[int] = set()
        for c in set(run.group()):
            orders.update(_BY_TRIGGER.get(c, ()))
        work.extend((order, a, b) for order in orders)
    for order, a, b in work:
        kind, pattern = PATTERNS[order]
        for m in pattern.finditer(classes, a, b):
            i, j = m.span()
            if j == i:
                continue
            groups = {}
            for name, val in m.groupdict().items():
                if val:  # a group that matched some tokens: its text
                    ga, gb = m.span(name)
                    groups[name] = text[starts[ga]:ends[gb - 1]]
            mention = Mention(kind, starts[i], ends[j - 1], groups, i, j)
            if kind.endswith("_range"):
                mention = _range(toks, mention, m)
            else:
                mention = _check(toks, mention, m)
            if mention is None:
                continue
            cands.append((-(mention.j - mention.i), mention.i, order, mention))
    cands.sort(key=lambda c: (c[0], c[1], c[2]))
    taken: list[Mention] = []
    used = bytearray(len(toks) + 1)
    for _, _, _, mention in cands:
        if any(used[mention.i:mention.j]):
            continue
        used[mention.i:mention.j] = b"\x01" * (mention.j - mention.i)
        taken.append(mention)
    taken = [part for m in taken for part in (m.groups["parts"] if "parts" in m.groups else (m,))]
    taken.sort(key=lambda m: m.i)
    taken = _attach_weekdays(toks, taken)
    for mention in taken:
        k = mention.i - 1
        if k >= 0 and classes[k] in _SIGNALS:
            mention.signal = toks.word(k).lower()
    return _merge(toks, [m for m in taken if _overnight_beside_date(toks, m)])


#: What may stand between "overnight" and the date that names its night: "overnight on 4
#: January", "overnight, 4-5 January", "overnight (4 January)".
_OVERNIGHT_GAPS = frozenset((_C["ON"], _C["COMMA"], _C["LPAREN"], _C["COMMA"] + _C["ON"]))


def _overnight_beside_date(toks: Tokens, m: Mention) -> bool:
    """"overnight" is the night before publication only where a date names that night beside
    it ("overnight on 4 January"); elsewhere it is an adjective or a manner ("overnight
    rates", "rose overnight", "became a star overnight") and no time of its own."""
    if m.kind != "deictic" or "over" not in m.groups:
        return True
    if m.groups["over"].lower() != "overnight":
        return False  # a bare "morning" is no time of its own
    cls = toks.classes
    for gap in _OVERNIGHT_GAPS:
        k = m.j + len(gap)
        if cls[m.j:k] == gap and k < len(cls) and cls[k] in _NEXT_DATE:
            return True
    return False


_WD = frozenset((_C["WEEKDAY"], _C["WDABBR"], _C["WDSHORT"]))
_NUMERIC_DAY_KINDS = ("date", "iso", "slash", "daymonth")
_NEXT_DATE = frozenset((_C["DAYNUM"], _C["ORDNUM"], _C["MONTH"], _C["MONABBR"], _C["ISO"], _C["SLASHDATE"],
                        _C["DAYMONTH"], _C["FRACTION"], _C["YEAR"]))


def _attach_weekdays(toks: Tokens, mentions: list[Mention]) -> list[Mention]:
    """A weekday written right beside a day, in any of the ways people write it, is that
    day's weekday: "Tuesday (Feb. 16)", "Friday, 31/10/2014", "Tuesday 2014/04/21",
    "2014-10-31 (Friday)", "2016-12-29(Fri)", "2014-04-21, Tuesday", "4/23(Fri)". The date
    mention gets the weekday (group ``wd5``, its offsets in ``weekday_at``); a bare weekday
    mention that was only this (no "last", no part of day) is dropped, since it names the
    same day. A weekday that starts the next date ("3 May, Friday 4 May") is the next one's."""
    cls = toks.classes
    n = len(cls)
    by_start = {m.i: m for m in mentions}
    drop: set[int] = set()
    for m in mentions:
        g = m.groups
        if m.kind not in _NUMERIC_DAY_KINDS or any(k in g for k in ("wd1", "wd2", "wd3", "wd4", "wdrel")):
            continue
        k = m.i - 1
        sep = ""
        if k >= 0 and cls[k] in (_C["COMMA"], _C["LPAREN"]):
            sep = cls[k]
            k -= 1
        w = k
        if k >= 0 and cls[k] == _C["PERIOD"] and k > 0 and cls[k - 1] == _C["WDABBR"]:
            w = k - 1
        found = None
        if w >= 0 and cls[w] in _WD and (cls[w] != _C["WDSHORT"] or sep == _C["COMMA"]):
            other = by_start.get(w)
            if other is None and not any(o.i <= w < o.j for o in mentions):
                found = (w, k + 1)
            elif other is not None and other.kind == "weekday" and other.j == k + 1 and set(other.groups) <= {"wd"}:
                found = (w, k + 1)
                drop.add(id(other))
        if found is None and m.kind != "date":
            k = m.j
            if k < n and cls[k] in (_C["COMMA"], _C["LPAREN"]):
                k += 1
            if k < n and cls[k] in _WD and (cls[k] != _C["WDSHORT"] or cls[k - 1] == _C["LPAREN"]):
                e = k + 1
                if e < n and cls[e] == _C["PERIOD"] and cls[k] == _C["WDABBR"]:
                    e += 1
                nxt = e + 1 if e < n and cls[e] == _C["COMMA"] else e
                other = by_start.get(k)
                if not (nxt < n and cls[nxt] in _NEXT_DATE):
                    if other is None and not any(o.i <= k < o.j for o in mentions):
                        found = (k, e)
                    elif other is not None and other.kind == "weekday" and set(other.groups) <= {"wd"}:
                        found = (k, e)
                        drop.add(id(other))
        if found is not None:
            a, b = found
            g["wd5"] = toks.word(a)
            g["weekday_at"] = (toks.starts[a], toks.ends[b - 1])
    return [m for m in mentions if id(m) not in drop] if drop else mentions


# -- context checks -----------------------------------------------------------------------------

#: Words before or after a four-digit number that make it an identifier, an amount or a count.
_NOT_YEAR_BEFORE = frozenset(_LEX["not_a_year"]["before"])
_NOT_YEAR_AFTER = frozenset(_LEX["not_a_year"]["after"])
#: Words before "a year", "a day" that make it a rate ("5 percent a year", "three tonnes a day").
_RATE_WORDS = frozenset(_LEX["rate_words"]["words"])
#: Units that are themselves a count of a smaller unit ("a fortnight", "a decade"): after "a"
#: they state a length wherever they stand ("waited a decade", "a fortnight's lost work"),
#: as "two weeks" does; "a year" or "a week" needs a preposition before it ("$50 a year").
_COUNTED_UNITS = frozenset(_LEX["counted_units"]["words"])


#: Nouns of a campaign a bare season before them dates ("the summer offensive").
SEASON_CAMPAIGNS = frozenset(_LEX["season_campaigns"]["words"])

_AMOUNT_RATE = _LEX["amount_rate_words"]
_AMOUNT_WORDS = frozenset(_AMOUNT_RATE["words"])
_CURRENCY_SIGNS = tuple(_AMOUNT_RATE["currency_signs"])
_SCALES = frozenset(_AMOUNT_RATE["scales"])


def _after_an_amount(toks: Tokens, i: int) -> bool:
    """Whether the tokens before ``i`` end an amount of money or a percentage ("8.5%", "$1.76",
    "$500 million", "C$9.7 million", "20 percent"): what a time unit after it makes a rate."""
    k = i - 1
    if k < 0:
        return False
    w = toks.word(k).lower()
    if w in _AMOUNT_WORDS:
        return True
    if w in _SCALES:
        k -= 1
    if k < 0 or toks.classes[k] not in (_C["NUM"], _C["DAYNUM"]):
        return toks.word(k).startswith(_CURRENCY_SIGNS) if k >= 0 else False  # "$50" as one token
    return k >= 1 and toks.word(k - 1).startswith(_CURRENCY_SIGNS)


def _prev_word(toks: Tokens, i: int) -> str:
    return toks.word(i - 1).lower() if i > 0 else ""


#: What may follow a year typed with a digit too many ("in May 20014."): the sentence or
#: clause going on, never a word the number could count.
_SLIP_ENDS = frozenset(".,;:)!?")


def _next_word(toks: Tokens, j: int) -> str:
    return toks.word(j).lower() if j < len(toks) else ""


#: What a partitive "of" is followed by: "nine of them", or a determiner and a plural within
#: COUNT_REACH words ("nine of the plants", "six of its new plants").
_PARTITIVE_PRONOUNS = frozenset({"them", "us", "these", "those"})
_PARTITIVE_HEADS = CLASSES["determiner"] | CLASSES["possessive"]
#: How many words after "April nine" are looked at for what the number counts: "in April
#: nine new plants opened" (the plural second), not "expire April nine pending talks".
COUNT_REACH = 2


def _counts_what_follows(toks: Tokens, j: int) -> bool:
    """Whether the spelled number of "<Month> nine" counts the words after it ("in April
    nine people died", "nine new plants", "nine of the plants"), so it is no day: a plural
    noun within COUNT_REACH words, past words that are no function word, or a partitive "of"
    ("nine of them", "nine of the plants": a plural within COUNT_REACH words of the
    determiner). A function word, punctuation or the end of the
    text first leaves it a day ("expire April Nine after", "starting August six for")."""
    for k in range(j, min(j + COUNT_REACH, len(toks))):
        if toks.classes[k] == _C["OF"]:  # "nine of the plants", not "March six of the 1985/86 season"
            head = _next_word(toks, k + 1)
            return k == j and (head in _PARTITIVE_PRONOUNS or head in _PARTITIVE_HEADS and any(
                _plural(_next_word(toks, n)) for n in range(k + 2, min(k + 2 + COUNT_REACH, len(toks)))))
        w = _next_word(toks, k)
        if toks.classes[k] != _C["X"] or not w.isalpha() or w in FUNCTION_WORDS or w in _NOT_SPELLED_DAY:
            return False
        if _plural(w):
            return True
    return False


def _plural(word: str) -> bool:
    """A word that reads as a plural noun: "plants", "people" is not caught (no -s), "this",
    "was" are no plurals (not_a_spelled_day)."""
    return word.isalpha() and word.endswith("s") and len(word) > 3 and word not in _NOT_SPELLED_DAY


def _ends_with_number(toks: Tokens, mention: Mention, g: dict) -> bool:
    """Whether a day-and-month mention ends with its day number ("May 20"), which may count the
    noun after it ("in May 20 people died"); one that ends with its month ("On 3 March members
    voted") leaves no number before the noun to count it."""
    month = g.get("month", "")
    return not (month and toks.text[mention.start:mention.end].rstrip(". ").endswith(month))


def _check(toks: Tokens, mention: Mention, m) -> Mention | None:
    """Context a class pattern cannot express; may drop or reshape the mention."""
    kind, g = mention.kind, mention.groups
    cls = toks.classes
    i, j = mention.i, mention.j
    prev_c = cls[i - 1] if i > 0 else ""
    next_c = cls[j] if j < len(cls) else ""
    if _opens_a_quoted_title(toks, i, j):
        return None  # the programme "This Week", "60 Minutes": a title, not a time
    if kind == "year":
        if "spelled" in g and m.group()[:1] != _C["THE"]:
            if spelled_year(g["spelled"]) is None or "thousand" in g["spelled"].lower():
                return None
        if "year" in g and "era" not in g and "fiscal" not in g and "mod" not in g and "noun" not in g \
                and m.group()[:1] != _C["THE"]:
            prev = _prev_word(toks, i)
            nxt = _next_word(toks, j)
            if prev in _NOT_YEAR_BEFORE or nxt in _NOT_YEAR_AFTER:
                return None
            if prev_c in (_C["SLASH"], _C["COLON"]) or next_c == _C["SLASH"]:
                return None  # codes and fractions: 2019/20, 10:2019
            if prev_c == _C["HYPHEN"] and not (i >= 2 and cls[i - 2] == _C["YEAR"]):
                return None  # COVID-2019, 555-1234: a code, unless a range of years "1917-1918"
            if next_c == _C["HYPHEN"] and not (j + 1 < len(cls) and cls[j + 1] in (_C["YEAR"], _C["DAYNUM"])):
                return None  # 2019-nCoV: a code, unless a range "1998-99"
            if prev_c == _C["LPAREN"] and i >= 2 and cls[i - 2] in (_C["YEAR"], _C["NUM"], _C["DAYNUM"]):
                return None  # "Resolution 2100 (2013)": the year of a numbered document
            if next_c == _C["PERIOD"] and j + 1 < len(cls) and cls[j + 1] in (_C["NUM"], _C["DAYNUM"], _C["YEAR"]) \
                    and toks.adjacent(j + 1):
                return None
        if "era" in g and "year" in g and g["year"].isdigit() is False:
            return None
    elif kind == "month_year" and "slip" in g:
        # "in May 20014." is a year with a digit too many; "in May 20000 people marched" counts,
        # and "May   28932" at a line's end is a row of a table
        if not cal.year_slips(g["slip"]) or toks.text[toks.ends[j - 2]:toks.starts[j - 1]] != " ":
            return None
        nxt = _next_word(toks, j)
        if nxt not in FUNCTION_WORDS and nxt not in _SLIP_ENDS:
            return None
    elif kind == "month":
        month = g["month"]
        if month in ("May", "March", "MAY", "MARCH") and "mod" not in g:
            prev = _prev_word(toks, i)
            nxt = toks.word(j) if j < len(toks) else ""
            if prev in CLASSES["determiner"] and nxt[:1].islower() and nxt not in FUNCTION_WORDS:
                pass  # "the March accession", "the May election"; not "the March for Life"
            elif prev not in ("in", "of", "since", "until", "by", "during", "from", "through", "to", "early",
                              "late", "mid", "last", "next", "this", "and", "or", "before", "after", "between", "till"):
                return None  # the modal verb or the verb "march"
    elif kind == "season":
        if g["season"].lower() == "fall" and not ("year" in g or g.get("rel") or g.get("arel") or g.get("mod")):
            return None  # "the fall of the city"
        if not ("year" in g or g.get("rel") or g.get("arel") or g.get("mod") or g.get("the")) and next_c == _C["X"] \
                and _next_word(toks, j) not in ("and", "of", "in", "to", "when", "that") \
                and _next_word(toks, j) not in SEASON_CAMPAIGNS:
            return None  # "summer camp": a name more often than a time; "summer offensive" a story places
    elif kind == "quarter":
        unit = g.get("unit", "").lower()
        if "q" not in g and unit not in ("quarter", "quarters", "half"):
            return None
        if "q" not in g and unit == "half" and not ("year" in g or "year2" in g or "yref" in g or "yref2" in g):
            # "the first half" of anything (a match, a speech) is not a time without a year
            if _next_word(toks, j) != "of":
                return None
        ordw = g.get("ord", "").lower()
        if ordw == "latest" and unit == "half" or ordw in ("last", "latter") and unit == "half" and "year" not in g \
                and "year2" not in g and "yref" not in g and "yref2" not in g:
            return None
        if ordw == "latter" and unit != "half":
            return None
        if ordw and ordw not in ("last", "latest", "latter"):
            n = _ordinal_value(ordw)
            if n is None or n > (2 if unit == "half" else 4):
                return None
    elif kind == "century":
        if g["unit"].lower() not in ("century", "centuries"):
            return None
    elif kind == "duration":
        unit = g["unit"].lower() if "unit" in g else g.get("bare", "").lower()
        if g.get("more", "more").lower() != "more":
            return None  # "two more weeks" is a stretch of time; "two fewer days" a difference
        if "old" in g and g["old"].lower() == "old" and "rel" in g:
            return None
        if "rel" in g and i > 0 and cls[i] == _C["ORDWORD"] and cls[i - 1] == _C["A"]:
            return None  # "added a second four years later": "a second" is the ordinal's noun left out
        if "bare" in g:
            # "for years", "in weeks", "weeks or months": a plural unit alone after a preposition
            if not unit.endswith("s") or unit in ("hrs", "yrs", "mins"):
                return None
            if cls[i] == _C["THE"]:
                if _prev_word(toks, i) not in ("over", "during", "throughout", "through", "for", "in"):
                    return None  # "over the years"; not "the years of war"
            elif _prev_word(toks, i) not in ("for", "in", "within", "over", "after", "of", "take", "takes", "took", "last", "lasted"):
                return None
            if _next_word(toks, j) in ("of", "old", "ago", "earlier", "later", "before", "after"):
                return None
        num = (g.get("num") or "").lower()
        if num in ("a", "an") and unit in ("second",):
            return None
        if num in ("a", "an") and not (g.get("rel") or g.get("mod") or mention.kind != "duration"
                                       or (g.get("old") or "").lower() == "long"):
            # ("a decade-long dispute", "a year-long inquiry": the length of a thing, as "a
            # ten-year dispute" is)
            # "a year" alone is rarely a stated duration: "$50 a year", "a year's work"; it needs
            # a preposition such as "for" or "within" in front to be read as one.
            prev = _prev_word(toks, i)
            if prev in _RATE_WORDS or prev_c in (_C["NUM"], _C["DAYNUM"]) or prev[:1] in "$£€¥":
                # "$50 a year", "2 million tonnes a year": a rate, the TIMEX3 set "each year"
                rate = {"rate": g["unit"], "unit": g["unit"]}
                if _after_an_amount(toks, i):
                    rate["amount_rate"] = g["unit"]  # "$500 million a year": an amount per year
                return Mention("set", mention.start, mention.end, rate, i, j)
            if prev not in ("for", "in", "within", "over", "than", "about", "after", "take", "takes", "took",
                            "spent", "spend", "last", "lasted", "lasts", "nearly", "almost", "during") \
                    and not (prev == "as" and _prev_word(toks, i - 1) in ("long", "little", "short")) \
                    and unit not in _COUNTED_UNITS:
                return None  # "as long as a month", "as little as a week": a bound on a duration
        if next_c == _C["APOS"] and _next_word(toks, j + 1) == "s" and num in ("a", "an") and unit not in _COUNTED_UNITS:
            return None
        if unit in ("second",) or (unit == "quarter" and num in ("a", "an", "three")):
            return None  # "a quarter of the vote", "three quarters of"
        if unit in ("quarters",) and _next_word(toks, j) == "of":
            return None
    elif kind in ("ago", "anchored"):
        if g.get("today", "today").lower() != "today":
            return None  # "two days from tomorrow" is not a phrase this reads
        unit = g["unit"].lower()
        if unit == "second":
            return None
        if kind == "anchored" and g["dir"].lower() == "on" and next_c not in (_C["COMMA"], _C["PERIOD"]):
            return None  # "a week on Monday", "two days on the road": not counted from a date
        if kind == "anchored" and g["dir"].lower() in ("before", "after") and next_c not in _CLAUSE_END:
            # "two weeks after the talks": a duration before an event (TimeML leaves the signal
            # out); ``extract`` dates it when the event comes with a date.
            k = j - 1
            groups = {key: v for key, v in g.items() if key != "dir"}
            groups["relation"] = g["dir"].lower()
            return Mention("duration", mention.start, toks.ends[k - 1], groups, i, k)
    elif kind == "time":
        if "clock" in g and "ampm" not in g and "zone" not in g:
            clock = g["clock"]
            if ":" not in clock and not clock.lower().endswith(("am", "pm")):
                if "oclock" not in "".join(toks.names(i, j)).lower() and not toks.classes[j - 1] == _C["OCLOCK"]:
                    return None
            elif not clock.lower().endswith(("am", "pm")):
                prev = _prev_word(toks, i)
                if prev not in ("at", "by", "from", "until", "till", "before", "after", "around", "about", "to", "since"):
                    return None  # "3:1" is a score or a ratio, not a time
        if "clock" in g and "zone" in g and ":" not in g["clock"] and "ampm" not in g:
            c = g["clock"]
            if len(c) != 4 or int(c[:2]) > 23 or int(c[2:]) > 59:
                return None
        if "ampm" in g:
            c = g["clock"]
            head = c.split(":")[0].split(".")[0]
            if not head.isdigit() or not 1 <= int(head) <= 12:
                return None
            if "." in c and not _valid_dotted(c):
                return None
    elif kind == "set":
        if "adv" in g:
            nxt = next_c
            if nxt in (_C["X"],) or _next_word(toks, j) in ("basis", "of"):
                # "quarterly dividend", "daily newspaper": an adjective before a noun; "its
                # quarterly of five cents": a noun
                return None
            if _after_an_amount(toks, i):
                g["amount_rate"] = g["adv"]  # "to rise 8.5% annually": an amount per year
        if "every" in g and g.get("unit", "").lower() in ("second",):
            return None
    elif kind == "ref":
        if g.get("word", "").lower() in ("past", "future") and next_c in _COUNT_CLASSES:
            return None  # "in the past four winters", "the next few games": a count, not the vague past
        if g.get("word", "").lower() in ("present", "current") and next_c not in ("", _C["PERIOD"], _C["COMMA"], _C["BREAK"], _C["PUNCT"]):
            return None  # "the present case", "the current account"
        if "dir" in g and "vague" not in g and not g.get("unit", "").lower().endswith("s"):
            return None  # "the coming week" is next week (a period), "the coming weeks" a vague future
    elif kind == "holiday":
        if holiday_key(g["name"]) not in HOLIDAYS:
            return None
        if _quoted_title(toks, i, j):
            return None  # the song "White Christmas": a title, not the day
    elif kind == "day_only":
        n = _ordinal_value(g["day"])
        if n is None or not 1 <= n <= 31:
            return None
        if mention.signal is None and _prev_word(toks, i) != "on" and next_c not in _CLAUSE_END:
            return None  # "the 3rd division": an ordinal, not a day
    elif kind == "date":
        if "year" not in g and next_c in (_C["UNIT"], _C["PERIOD"]) and _next_word(toks, j) in ("%",):
            return None
        if "dayw" in g:
            g["day"] = g.pop("dayw")
        day = g.get("day", "")
        if day.isalpha() and ordinal_value(day) is None:
            # "April Nine", "March nine": the wire's spelled days 1-9, after a capitalised month,
            # unless a plural noun follows ("in April two companies merged")
            if day.lower() not in SPELLED_DAYS or not g["month"][:1].isupper() or _counts_what_follows(toks, j):
                return None
        if day[:1].isdigit():
            n = int("".join(ch for ch in day if ch.isdigit()))
            if not 1 <= n <= 31:
                return None
        nxt = _next_word(toks, j)
        if "year" not in g and nxt in _NOT_YEAR_AFTER and _ends_with_number(toks, mention, g):
            return None  # "in May 20 people died": the number counts what follows
        return _weekdays_of_date(toks, mention, m)
    elif kind == "daymonth":
        # "Friday, 31/10", "4/23(Fri)": a bare day/month is a date only with a weekday beside it
        before = cls[max(0, i - 2):i]
        after = cls[j:j + 3]
        wd_codes = (_C["WEEKDAY"], _C["WDABBR"], _C["WDSHORT"])
        if not (before[-1:] in wd_codes or before[:1] in wd_codes and before[1:] in (_C["COMMA"], _C["PERIOD"])
                or after[:1] == _C["LPAREN"] and after[1:2] in wd_codes):
            return None
    elif kind == "period":
        unit = g["unit"].lower()
        if unit in ("second", "minute", "minutes", "hour", "hours", "seconds") or unit.endswith("s") and unit != "weekends":
            return None
        if g.get("rel", "").lower() == "latest" and unit not in ("quarter", "period"):
            return None
    elif kind == "anaphor":
        unit = g["unit"].lower()
        if m.group()[:1] == _C["THE"] and m.group()[-1:] in (_C["UNIT"], _C["WEEKEND"]) \
                and "rel" not in g and "that" not in g and "dir" not in g and "mod" not in g:
            # of "the <unit>" alone, "the quarter", "the weekend", "the year", "the month" and
            # "the week" name a time (the one the text is in); "the day", "the hour" do not
            if unit not in ("quarter", "weekend", "year", "month", "week"):
                return None
            if next_c == _C["APOS"] or _next_word(toks, j) in ("of", "before", "after"):
                return None  # "the year's best", "the year of the dragon", "the week before"
        if unit.endswith("s") and unit != "weekends":
            return None
        if "dir" in g and g["dir"].lower() in ("earlier", "ago") and unit not in ("year", "month", "week", "quarter"):
            return None
        if "dir" in g and "noun" not in g and cls[i] == _C["THE"]:
            return _from(toks, mention, i + 1)  # "the year-ago results": "year-ago" modifies the noun
    if kind in ("duration", "quarter") and cls[i] in (_C["THE"], _C["A"]) and _adjectival(toks, mention):
        return _from(toks, mention, i + 1)  # "the eight-year" -> "eight-year"; "a third-quarter"
    if kind == "duration" and g.get("rel") and cls[i] != _C["THE"] and _verb_last(toks, i):
        # "will last two days", "expected to last a week": the verb "last", no "the last two days"
        groups = {key: v for key, v in g.items() if key != "rel"}
        k = i + 1
        return Mention(kind, toks.starts[k], mention.end, groups, k, mention.j, mention.signal) if k < j else None
    if kind == "duration" and g.get("rel") and cls[i] != _C["THE"] and (g.get("num") or "").lower() in ("a", "an"):
        k = i
        while k < j and cls[k] != _C["A"]:
            k += 1
        groups = {key: v for key, v in g.items() if key != "rel"}
        if k >= j:
            return None
        return Mention(kind, toks.starts[k], mention.end, groups, k, mention.j, mention.signal)  # "last a week": the verb
    return mention


def _verb_last(toks: Tokens, i: int) -> bool:
    """Whether "last" at token i is the verb (a modal or "to" before it: "will last two days",
    "is expected to last a week"), not the adjective of "last two days" (the ones just past)."""
    return toks.word(i).lower() == "last" and (_prev_word(toks, i) in _MODALS or _prev_word(toks, i) == "to")


_MODALS = CLASSES["modal"]
_DATE_START = frozenset((_C["DAYNUM"], _C["ORDNUM"], _C["MONTH"], _C["MONABBR"], _C["THE"]))


def _weekdays_of_date(toks: Tokens, mention: Mention, m) -> Mention | None:
    """The weekdays a date pattern took, set right.

    A weekday after a date that already has one, or that starts the next date, is not this
    date's ("Tuesday 8 April, Thursday 10 April": the second weekday is the next date's). A
    weekday with "last"/"next"/"this" in front names a time relative to publication, told
    again by the date: two expressions, as TimeML writes them ("last Monday" and "26 May"),
    which ``extract`` links as one time named twice."""
    g = mention.groups
    cls = toks.classes
    tail = "wd2" if "wd2" in g else "wd3" if "wd3" in g else None
    if tail is not None:
        k = m.start(tail)
        starts_next = m.end(tail) < len(cls) and cls[m.end(tail)] in _DATE_START
        if "wd1" in g or "wd4" in g or starts_next:
            while cls[k - 1] in (_C["COMMA"], _C["LPAREN"]):
                k -= 1
            g = {key: v for key, v in g.items() if key not in ("wd2", "wd3")}
            mention = Mention(mention.kind, mention.start, toks.ends[k - 1], g, mention.i, k)
    if "wdrel" in g:
        b = m.end("wd1")
        k = b + (1 if cls[b] == _C["COMMA"] else 0)
        weekday = Mention("weekday", mention.start, toks.ends[b - 1], {"rel": g["wdrel"], "wd": g["wd1"]}, mention.i, b)
        rest = {key: v for key, v in g.items() if key not in ("wdrel", "wd1")}
        rest["written_with"] = (mention.start, toks.ends[b - 1])  # TimeML writes the two as one
        date_part = Mention("date", toks.starts[k], mention.end, rest, k, mention.j)
        groups = dict(g)
        groups["parts"] = (weekday, date_part)
        return Mention(mention.kind, mention.start, mention.end, groups, mention.i, mention.j)
    return mention


def _from(toks: Tokens, mention: Mention, k: int) -> Mention | None:
    """The mention without its tokens before k."""
    if k >= mention.j:
        return None
    return Mention(mention.kind, toks.starts[k], mention.end, mention.groups, k, mention.j, mention.signal)


_OPENING_QUOTES = frozenset(('"', "\u201c", "'", "\u2018", "`"))
_CLOSING_QUOTES = frozenset(('"', "\u201d", "'", "\u2019"))
#: The classes a quotation mark's token has.
_QUOTE_CLASSES = frozenset((_C["PUNCT"], _C["APOS"]))


def _opens_a_quoted_title(toks: Tokens, i: int, j: int) -> bool:
    """Whether tokens [i, j) open a quotation and a unit after their first word is capitalized
    ("This Week", "60 Minutes" in quotes): the title of a work or a programme. A quotation's
    first word is capitalized in any case ("Next week we vote," she said), a unit after it not."""
    return i >= 1 and toks.classes[i - 1] in _QUOTE_CLASSES and toks.word(i - 1) in _OPENING_QUOTES \
        and any(toks.classes[k] == _C["UNIT"] and toks.word(k)[:1].isupper() for k in range(i + 1, j))


def _quoted_title(toks: Tokens, i: int, j: int) -> bool:
    """Whether tokens [i, j) end a title in quotation marks that a capitalized word opens
    ("White Christmas" in quotes): the quotes hold the capitalized word and the span, nothing else."""
    return i >= 2 and j < len(toks) and toks.word(i - 2) in _OPENING_QUOTES and toks.word(j) in _CLOSING_QUOTES \
        and toks.classes[i - 1] == _C["X"] and toks.word(i - 1)[:1].isupper()


def _adjectival(toks: Tokens, mention: Mention) -> bool:
    """A count and a singular unit before a noun: "the eight-year term", "a two day visit",
    "a third-quarter loss" (TimeML leaves the determiner out: it belongs to the noun)."""
    g = mention.groups
    cls = toks.classes
    unit_k = mention.j - 1
    while unit_k > mention.i and cls[unit_k] != _C["UNIT"]:
        unit_k -= 1
    unit = toks.word(unit_k).lower()
    if unit.endswith("s") or cls[unit_k] != _C["UNIT"]:
        return False
    if mention.kind == "quarter":
        return cls[unit_k - 1] == _C["HYPHEN"]
    num = (g.get("num") or "").lower()
    if num in ("a", "an", "one", "1") and cls[unit_k - 1] != _C["HYPHEN"]:
        return False
    if not num and cls[unit_k - 1] != _C["HYPHEN"]:
        return False  # "the past decade alone", "the past year saw": no count, no length of a noun
    return mention.j < len(cls) and cls[mention.j] == _C["X"] or cls[unit_k - 1] == _C["HYPHEN"]


def _range(toks: Tokens, mention: Mention, m) -> Mention | None:
    """A range of dates or years is two expressions in TimeML, each with its own value:
    "22-25 April 1951" -> "22" (22 April 1951) and "25 April 1951"; "1915-17" -> 1915, 1917."""
    g = mention.groups
    starts, ends = toks.starts, toks.ends

    def part(kind: str, a: int, b: int, groups: dict) -> Mention:
        return Mention(kind, starts[a], ends[b - 1], groups, a, b)

    if mention.kind == "date_range":
        if "day0" in g:  # 22-25 April 1951
            a0, b0 = m.span("day0")
            if "wd0" in g:  # "Thursday 14 to Sunday 17 August": each end with its weekday
                a0 = m.start("wd0")
            first = part("date", a0, b0, {"day": g["day0"], "month": g["month"], **({"year": g["year"]} if "year" in g else {}),
                                          **({"wd1": g["wd0"]} if "wd0" in g else {})})
            a1 = m.start("wd1") if "wd1" in g else m.start("day")
            second = part("date", a1, mention.j, {k: v for k, v in g.items() if k not in ("day0", "wd0")})
        else:  # May 4 and 5
            first = part("date", mention.i, m.end("day"), {"month": g["month"], "day": g["day"],
                                                           **({"year": g["year"]} if "year" in g else {})})
            a1 = m.start("day1")
            second = part("date", a1, mention.j, {"day": g["day1"], "month": g["month"],
                                                  **({"year": g["year"]} if "year" in g else {})})
        days = []
        for p in (first, second):
            d = p.groups["day"]
            if not d[:1].isdigit() or not 1 <= int("".join(ch for ch in d if ch.isdigit())) <= 31:
                return None
            days.append(int("".join(ch for ch in d if ch.isdigit())))
        if _check(toks, second, m) is None:
            return None
        joint = toks.classes[first.j:second.i]
        if joint in (_C["HYPHEN"], _C["DASH"], _C["TO"]):
            # one range, not two days: the second day knows where the range starts, so a
            # range written backwards ("January 10 - 1, 2016") can be told
            second.groups["range_from"] = (first.start, first.end)
    else:
        if "era" in g:  # 499-493 BC
            if not (g["y0"].isdigit() and g["year"].isdigit()):
                return None
            a0, b0 = m.span("y0")
            first = part("year", a0, b0, {"year": g["y0"], "era": g["era"]})
            second = part("year", m.start("year"), mention.j, {"year": g["year"], "era": g["era"]})
        else:  # 1915-17 | 1917-1918 is two YEAR mentions already
            y0, y1 = g["y0"], g["y1"]
            if len(y1) != 2 or not y1.isdigit() or not y0.isdigit():
                return None
            full = int(y0[:2] + y1)
            if full <= int(y0):
                full += 100
            if full - int(y0) > 20:
                return None  # "1990-94" yes, "1990-12" (a date?) no
            a0, b0 = m.span("y0")
            first = part("year", a0, b0, {"year": y0})
            if _check(toks, first, m) is None and mention.i > 0 and toks.classes[mention.i - 1] not in (_C["IN"], _C["PREP"]):
                return None
            second = part("year", m.start("y1"), mention.j, {"year": str(full)})
    groups = dict(g)
    groups["parts"] = (first, second)
    return Mention(mention.kind, mention.start, mention.end, groups, mention.i, mention.j)


def _valid_dotted(clock: str) -> bool:
    a, _, b = clock.partition(".")
    return a.isdigit() and b.isdigit() and len(b) == 2 and int(b) < 60


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
             "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
             "twentieth": 20, "thirtieth": 30}
_TENS = {"twenty": 20, "thirty": 30}


def _ordinal_value(word: str) -> int | None:
    w = word.lower().replace(" ", "")
    if w[:1].isdigit():
        digits = "".join(ch for ch in w if ch.isdigit())
        return int(digits) if digits else None
    if w in _ORDINALS:
        return _ORDINALS[w]
    if "-" in w:
        a, _, b = w.partition("-")
        if a in _TENS and b in _ORDINALS and _ORDINALS[b] < 10:
            return _TENS[a] + _ORDINALS[b]
    return None


ordinal_value = _ordinal_value

_TEENS = {"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
_TENS_W = {"ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
           "eighty": 80, "ninety": 90}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def spelled_year(text: str) -> int | None:
    """"nineteen ninety-six" -> 1996, "two thousand" -> 2000, "two thousand and one" -> 2001."""
    w = text.lower().replace("-", " ").split()
    if len(w) >= 2 and w[0] in _TEENS and w[0] not in ("eleven", "twelve") and w[1] in _TENS_W:
        y = _TEENS[w[0]] * 100 + _TENS_W[w[1]]
        if len(w) == 3 and w[2] in _ONES:
            return y + _ONES[w[2]]
        return y if len(w) == 2 else None
    if len(w) == 2 and w[0] in ("sixteen", "seventeen", "eighteen", "nineteen") and w[1] == "hundred":
        return _TEENS[w[0]] * 100
    if w[:2] == ["two", "thousand"]:
        rest = [x for x in w[2:] if x != "and"]
        if not rest:
            return 2000
        if len(rest) == 1 and (rest[0] in _ONES or rest[0] in _TEENS or rest[0] in _TENS_W or rest[0] == "ten"):
            return 2000 + (_ONES.get(rest[0]) or _TEENS.get(rest[0]) or _TENS_W.get(rest[0]))
    return None

# -- merging adjacent mentions ------------------------------------------------------------------

_TIME_JOIN = frozenset((_C["COMMA"],))
_DAYLIKE = frozenset(("date", "weekday", "deictic"))
#: A time zone in brackets between a clock time and its day ("3 p.m. (GMT) Tuesday"): the day
#: is still the clock's.
_BRACKETED_ZONE = _C["LPAREN"] + _C["ZONE"] + _C["RPAREN"]


#: The classes of a count after "the past" ("the past four winters", "the past few seasons").
_COUNT_CLASSES = frozenset((_C["NUM"], _C["NUMWORD"], _C["DAYNUM"], _C["VAGUE"]))
_ZONE_GAP = _LEX["clock_day_after_zone"]
_ZONE_ADJECTIVES = frozenset(_ZONE_GAP["adjectives"])
_ZONE_NOUNS = frozenset(_ZONE_GAP["nouns"])
#: How many capitalized words may name the place of a zone ("New York time").
ZONE_PLACE_WORDS = _ZONE_GAP["place_words"]
#: The classes a place's word may have ("New" also opens "New Year"); never a month or a weekday.
_PLACE_CLASSES = frozenset((_C["X"], _C["HOLIDAY"]))
#: What may join a zone to the day after it: nothing, "on", a comma, or a comma and "on".
_ZONE_TO_DAY = frozenset(("", _C["ON"], _C["COMMA"], _C["COMMA"] + _C["ON"]))


def _zone_words(toks: Tokens, i: int, j: int) -> bool:
    """Whether tokens [i, j) name a time zone in words: "local time", "Kabul time", "New York
    time" (a capitalized place of at most ZONE_PLACE_WORDS words, or a zone adjective, then a
    zone noun)."""
    if j - i < 2 or toks.word(j - 1).lower() not in _ZONE_NOUNS:
        return False
    before = [toks.word(k) for k in range(i, j - 1)]
    if len(before) == 1 and before[0].lower() in _ZONE_ADJECTIVES:
        return True
    return len(before) <= ZONE_PLACE_WORDS and all(w[:1].isupper() and w.isalpha() for w in before) \
        and all(toks.classes[k] in _PLACE_CLASSES for k in range(i, j - 1))


def _day_after_clock(toks: Tokens, mentions: list[Mention], k: int) -> Mention | None:
    """The day written after the clock time ``mentions[k]`` across a zone that keeps the two
    apart as expressions ("at 6:40 a.m. Kabul time on 2 May 2003", "11:20 p.m. (0320 GMT)
    Sunday": the bracketed clock's day too): the clock's day, or None."""
    cls = toks.classes
    m = mentions[k]
    nxt = mentions[k + 1] if k + 1 < len(mentions) else None
    if nxt is None:
        return None
    if nxt.kind == "time" and nxt.i == m.j + 1 and cls[m.j] == _C["LPAREN"] and "day_mention" not in nxt.groups:
        return _day_after_clock(toks, mentions, k + 1)  # "11:20 p.m. (0320 GMT) Sunday"
    if nxt.kind not in _DAYLIKE or nxt.i <= m.j:
        return None
    if m.i > 0 and cls[m.i - 1] == _C["LPAREN"] and cls[m.j] == _C["RPAREN"]:
        return nxt if cls[m.j + 1:nxt.i] in _ZONE_TO_DAY else None  # the bracketed clock itself
    for end in range(m.j + 2, min(nxt.i, m.j + ZONE_PLACE_WORDS + 1) + 1):
        if _zone_words(toks, m.j, end) and cls[end:nxt.i] in _ZONE_TO_DAY:
            return nxt
    return None


def _merge(toks: Tokens, mentions: list[Mention]) -> list[Mention]:
    """Join mentions that TimeML writes as one expression:
    a clock time and the day right after it ("10 p.m. Wednesday", "5 p.m. EST, Nov. 9",
    "3 p.m. (GMT) Tuesday", the bracketed zone kept as the clock's), and "the week of" before a date.
    A clock time and a day written after a zone in words or a bracketed clock of another zone
    stay two expressions, the day the clock's (``day_after``: see ``_day_after_clock``)."""
    out: list[Mention] = []
    cls = toks.classes
    k = 0
    while k < len(mentions):
        m = mentions[k]
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if m.kind == "time" and "day_mention" not in m.groups and (day := _day_after_clock(toks, mentions, k)):
            m = Mention(m.kind, m.start, m.end, {**m.groups, "day_after": day}, m.i, m.j, m.signal)
        if nxt is not None and m.kind == "time" and nxt.kind in _DAYLIKE:
            gap = cls[m.j:nxt.i]
            zoned = gap in (_BRACKETED_ZONE, _BRACKETED_ZONE + _C["ON"]) and "zone" not in m.groups
            if gap == "" or gap in _TIME_JOIN or gap == _C["ON"] or zoned:
                groups = dict(m.groups)
                if zoned:
                    groups["zone"] = toks.word(m.j + 1)
                groups["day_kind"] = nxt.kind
                groups["day_mention"] = nxt
                merged = Mention("time", m.start, nxt.end, groups, m.i, nxt.j, m.signal)
                out.append(merged)
                k += 2
                continue
        if m.kind in ("date", "iso", "slash") and m.i >= 3 and cls[m.i - 3:m.i] == _C["THE"] + _C["PART"] + _C["OF"] \
                and (not out or out[-1].j <= m.i - 3):
            # "the morning of 29 April 1975": a part of that day
            k0 = m.i - 3
            if k0 > 0 and cls[k0 - 1] in (_C["EARLY"], _C["LATE"]):
                k0 -= 1
            groups = dict(m.groups)
            groups["part_of"] = m
            groups["part"] = toks.word(m.i - 2)
            out.append(Mention("part_of", toks.starts[k0], m.end, groups, k0, m.j, None))
            k += 1
            continue
        if m.kind in ("date", "iso", "slash") and m.i >= 3 and cls[m.i - 3:m.i] in (
                _C["THE"] + _C["UNIT"] + _C["OF"], _C["THE"] + _C["UNIT"] + _C["ENDED"]):
            unit = toks.word(m.i - 2).lower()
            if unit == "week" and (not out or out[-1].j <= m.i - 3):
                groups = dict(m.groups)
                groups["week_of"] = m
                out.append(Mention("week_of", toks.starts[m.i - 3], m.end, groups, m.i - 3, m.j, None))
                k += 1
                continue
        out.append(m)
        k += 1
    return out
