"""Finding temporal expressions: regular patterns over the text, longest match wins.

Hand-written on purpose: the libraries measured (dateparser.search_dates, Recognizers-Text,
ctparse, spaCy) were too slow for the hot path or invented dates (see DESIGN.md). Each
pattern is compiled once; none has nested quantifiers over overlapping classes, so matching
is linear in the text. The tagger only *finds* and labels; ``resolve`` gives values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claims.lexicon import load
from claims.numbers import NUMBER

_LEX = load("temporal")

MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR})(?![a-z])"
WEEKDAY_FULL = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY = rf"(?:{WEEKDAY_FULL}|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?)(?![a-z])"
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d])"
UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))"
MODS = "|".join(sorted((k for k in _LEX["duration_modifiers"] if not k.startswith("_")), key=len, reverse=True))
VAGUE = "|".join(sorted(_LEX["vague_numbers"], key=len, reverse=True))
POINT_MOD = r"(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end-|mid-)"
ZONES = "|".join(_LEX["time_zones"])

_I = re.IGNORECASE


def _c(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags)


# Each entry: (kind, compiled pattern). Order only breaks ties of equal span.
PATTERNS: list[tuple[str, re.Pattern]] = [
    ("date", _c(
        rf"(?:(?P<wd1>{WEEKDAY}),?\s+(?:the\s+)?)?(?P<day>{DAY})(?:\s+of)?\s+(?P<month>{MONTH})"
        rf"(?:,?\s+(?P<year>{YEAR}))?(?:,?\s+(?P<wd2>{WEEKDAY})|\s*\((?P<wd3>{WEEKDAY})\))?")),
    ("date", _c(
        rf"(?:(?P<wd1>{WEEKDAY}),?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY})"
        rf"(?:,?\s+(?P<year>{YEAR}))?(?:,?\s+(?P<wd2>{WEEKDAY})|\s*\((?P<wd3>{WEEKDAY})\))?")),
    ("iso", _c(r"(?<![\d-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d-])")),
    ("numeric", _c(r"(?<![\d/.])(?P<a>\d{1,2})([/.])(?P<b>\d{1,2})\2(?P<year>\d{4})(?![\d/.])")),
    ("month_year", _c(
        rf"(?:(?P<mod>(?i:{POINT_MOD}))\s*)?(?P<month>{MONTH})(?:,|\s+of)?\s+(?P<year>{YEAR})")),
    ("month", _c(
        rf"(?:(?P<mod>(?i:{POINT_MOD}))\s*|(?P<prep>(?i:in|since|by|until|till|before|after|during|from|through|last|next|this|of|on|until|to|and|early|late))\s+)?"
        rf"(?P<month>{MONTH_FULL})(?![a-z])(?!\s+\d)")),
    ("decade", _c(rf"(?:(?i:the)\s+)?(?:(?P<mod>(?i:early|mid|late))[\s-]+)?(?P<decade>(?:1[6-9]|20)\d0)'?s(?![a-z])")),
    ("decade", _c(r"(?:(?i:the)\s+)?(?:(?P<mod>(?i:early|mid|late))[\s-]+)?'(?P<short>[0-9]0)s(?![a-z])")),
    ("year", _c(
        rf"(?:(?P<mod>(?i:{POINT_MOD}))\s*|(?P<prep>(?i:in|since|by|until|till|before|after|during|from|through|of|for|the year|fiscal|year|and|to|between))\s+)?"
        rf"(?P<year>{YEAR})")),
    ("season", _c(
        rf"(?i:(?:(?P<rel>last|next|this|early|late|the)\s+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<year>{YEAR}))?)(?![a-z])")),
    ("quarter", _c(
        rf"(?i:(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+of\s+(?P<year>{YEAR}))?)(?![a-z])")),
    ("weekday", _c(
        rf"(?:(?P<rel>(?i:last|next|this|on|since|by|until|from|early|late(?:\s+on)?|coming))\s+)?(?P<wd>{WEEKDAY_FULL})"
        r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?(?![a-z])")),
    ("deictic", _c(
        r"(?i:(?<![a-z])(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow"
        r"|this\s+(?:morning|afternoon|evening)|last\s+night|recently|currently|nowadays|at\s+present|these\s+days"
        r"|in\s+recent\s+(?:days|weeks|months|years)|now|the\s+future|the\s+past)(?![a-z]))")),
    ("period", _c(
        r"(?i:(?<![a-z])(?P<rel>earlier\s+this|later\s+this|early\s+this|late\s+this|early\s+next|late\s+last|early\s+last|late\s+next"
        r"|the\s+end\s+of\s+(?:this|last|next|the)|the\s+(?:previous|following|current|coming|same)|last|next|this|previous|current|coming)"
        r"\s+(?P<unit>week(?:end)?|month|year|quarter|decade|century|fiscal\s+year)(?![a-z]))")),
    ("ago", _c(
        rf"(?i:(?<![\w-])(?:(?P<mod>{MODS})\s+)?(?P<num>{VAGUE}|{NUMBER})[\s-]+(?P<unit>{UNIT})\s+ago(?![a-z]))")),
    ("anchored", _c(
        rf"(?i:(?<![\w-])(?:(?P<mod>{MODS})\s+)?(?P<num>{NUMBER})[\s-]+(?P<unit>{UNIT})\s+(?P<dir>later|earlier|afterwards?|before|after|previously)(?![a-z]))")),
    ("anchored", _c(
        r"(?i:(?<![a-z])the\s+(?P<dir>following|next|previous|preceding|same)\s+(?P<unit>day|morning|afternoon|evening|night|week|month|year)(?![a-z]))")),
    ("anchored", _c(r"(?i:(?<![a-z])the\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after)(?![a-z]))")),
    ("duration", _c(
        rf"(?i:(?<![\w-])(?:(?P<prep>for|over|during|in|within|throughout|of)\s+)?(?:(?P<the>the\s+)?(?P<past>past|last|next|previous|coming|first|final)\s+)?"
        rf"(?:(?P<mod>{MODS})\s+)?(?P<num>{VAGUE}|{NUMBER})[\s-]+(?P<unit>{UNIT})(?P<old>-old)?(?![a-z]))")),
    ("duration", _c(
        r"(?i:(?<![\w-])(?:(?P<prep>for|over|during|in|within|throughout)\s+)?(?P<the>the\s+)(?P<past>past|last|next|previous|coming)\s+(?P<unit>day|week|month|year|decade|century)(?![a-z]))")),
    ("set", _c(
        rf"(?i:(?<![a-z])(?:(?:every|each)\s+(?:(?P<num>other|{NUMBER})\s+)?(?P<unit>{UNIT}|morning|night|weekend|{WEEKDAY_FULL})"
        r"|(?P<adverb>annually|weekly|daily|monthly|yearly|quarterly|hourly|nightly)"
        r"|(?P<times>once|twice|three\s+times|four\s+times)\s+a\s+(?P<per>day|week|month|year))(?![a-z]))")),
    ("time", _c(
        rf"(?i:(?<![\w:.])(?:(?:at|by|from|until|before|after|around)\s+)?(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am|pm)(?![a-z])"
        rf"(?:\s+(?P<zone>{ZONES}))?)")),
    ("time", _c(
        rf"(?<![\w:.])(?:(?i:at|by|from|until|before|after|around)\s+)?(?P<hour>[01]?\d|2[0-3])[:.h](?P<minute>[0-5]\d)(?![\d:])"
        rf"(?:\s*(?P<zone>{ZONES})|\s+(?P<hours>(?i:hours|hrs)))?")),
    ("time", _c(r"(?i:(?<![a-z])(?:at\s+)?(?P<named>midnight|noon|midday)(?![a-z]))")),
]

#: Words before a four-digit number that make it an identifier, not a year.
_NOT_YEAR_BEFORE = re.compile(
    r"(?i:(?:resolution|no\.|nos\.|number|article|flight|route|room|code|model|version|boeing|airbus|"
    r"section|chapter|page|pages|p\.|item|case|bill|law|act|decree|order|rule|regulation|form|highway|"
    r"interstate|ward|unit|channel|station|line|platform|gate|block|lot|tel\.?|phone|fax|box|suite|apt\.?|"
    r"covid|g|\$|dlrs|usd|eur|euros?|pounds?|yen|rupees?|over|about|some|nearly|of)[\s-]*)$")
#: Words after a four-digit number that make it a count, not a year.
_NOT_YEAR_AFTER = re.compile(
    r"(?i:^\s*(?:mln|million|billion|bln|dlrs|dollars|pct|percent|per\s+cent|%|shares|tonnes|tons|"
    r"barrels|people|persons|men|women|children|troops|soldiers|workers|employees|jobs|votes|km|kms|"
    r"kilometers|kilometres|miles|metres|meters|feet|ft|kg|pounds|lbs|acres|hectares|cars|units|"
    r"homes|houses|deaths|cases|points|hours|hrs|GMT|gmt|yen|marks|francs|cts|cents|[-–]\d))")


_PREPOSITIONS = frozenset({"on", "since", "by", "until", "from"})


@dataclass(slots=True)
class Mention:
    """A span the tagger found, before resolution."""

    kind: str
    start: int
    end: int
    groups: dict = field(default_factory=dict)


def find(text: str) -> list[Mention]:
    """All temporal mentions in ``text``, non-overlapping, in text order.

    Where candidates overlap, the longest wins (ties go to the earlier pattern)."""
    cands: list[tuple[int, int, int, Mention]] = []
    for order, (kind, pattern) in enumerate(PATTERNS):
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            start = m.start()
            # TIMEX3 spans leave out the preposition ("in 2013" -> "2013"); it stays in groups.
            if "prep" in groups and m.start("prep") == start:
                start = m.end("prep")
            elif kind == "weekday" and groups.get("rel", "").lower() in _PREPOSITIONS:
                start = m.end("rel")
            while start < m.end() and text[start].isspace():
                start += 1
            mention = Mention(kind, start, m.end(), groups)
            if not _plausible(text, mention):
                continue
            cands.append((m.start(), -(m.end() - m.start()), order, mention))
    cands.sort(key=lambda c: (c[1], c[0], c[2]))  # longest first, then leftmost
    taken: list[Mention] = []
    occupied: list[tuple[int, int]] = []
    for _, _, _, mention in cands:
        if any(mention.start < b and a < mention.end for a, b in occupied):
            continue
        occupied.append((mention.start, mention.end))
        taken.append(mention)
    taken.sort(key=lambda m: m.start)
    return taken


def _plausible(text: str, m: Mention) -> bool:
    """Filters that a regular pattern cannot express well: context around the match."""
    g = m.groups
    if m.kind == "year":
        before = text[max(0, m.start - 16):m.start]
        after = text[m.end:m.end + 16]
        year_start = m.end - 4
        prev = text[year_start - 1] if year_start > 0 else " "
        if not g.get("mod") and prev in "-–/.,$£€#+":
            return False
        if not g.get("prep") and not g.get("mod"):
            if _NOT_YEAR_BEFORE.search(before) or _NOT_YEAR_AFTER.match(after):
                return False
            # "Resolution 2100 (2013)": a year in brackets after a numbered thing cites a document.
            if prev == "(" and re.search(r"\d\)?\s*\($", text[max(0, year_start - 12):year_start]):
                return False
        elif _NOT_YEAR_AFTER.match(after) and not after.lstrip().startswith(("-", "–")):
            return False
        if after[:1] in ("'",) or re.match(r"^[.,]\d", after):
            return False
    elif m.kind == "month":
        if g["month"] == "May" and not (g.get("prep") or g.get("mod")):
            return False  # the modal verb at the start of a sentence
        if g["month"] == "March" and not (g.get("prep") or g.get("mod")):
            after = text[m.end:m.end + 4]
            if after[:1] == " " and after[1:2].islower():
                return False  # "March on Washington" style verb/noun use
    elif m.kind == "season":
        if g["season"].lower() == "fall" and not (g.get("year") or (g.get("rel") or "").lower() in ("last", "next", "this", "early", "late")):
            return False  # "the fall of the city"
        if not g.get("rel") and not g.get("year"):
            return False
    elif m.kind == "duration":
        if g.get("num", "").lower() in ("a", "an", "one") and not (g.get("prep") or g.get("past") or g.get("mod")):
            # "a year" alone is too often part of "a year earlier" or "a year's work": need a
            # preposition such as "for" or "within" to read it as a duration.
            if not g.get("old"):
                return False
    elif m.kind == "time":
        if g.get("hours") is None and g.get("zone") is None and g.get("ampm") is None and g.get("named") is None:
            lead = text[m.start:m.start + 6].lower()
            if not lead.startswith(("at ", "by ", "from ", "until ", "before ", "after ", "around ")):
                return False  # "3:1" is a score or a ratio, not a time
    elif m.kind == "deictic":
        if " ".join(g["word"].lower().split()) in ("the future", "the past"):
            return False
    return True
