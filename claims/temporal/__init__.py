"""The temporal engine: find time expressions, normalize them to TIMEX3 values and calendar
intervals, and anchor them on the publication date or on each other.

    extract(article, claims_so_far) -> [time claims t1, t2, ...]

``tokens`` splits the text and classes each token, ``tagger`` finds spans with patterns over
those classes, ``resolve`` gives values and intervals, ``calendar`` does all the date
arithmetic (on dateutil's relativedelta). Words are data: claims/lexicons/temporal.json.
"""

from __future__ import annotations

from datetime import date

from claims.events import NOUNS as EVENT_NOUNS, VERBS as EVENT_VERBS, event_kind
from claims.language.vocabulary import FUNCTION_WORDS, is_a
from claims.lexicon import load
from claims.model import Article, Claim, Timex
from claims.temporal import calendar as cal
from claims.temporal.locale import locale_of
from claims.temporal.resolve import COORDINATORS, MONTHS, Resolver, count_of, first_listed_weekday, point_mod, unit_of
from claims.temporal.tagger import find
from claims.temporal.tokens import CODE, Tokens, X

__all__ = ["extract"]

_LEX_T = load("temporal")

#: What may stand between two expressions that name the same time, the relative one first:
#: "tomorrow, 12 May", "last month, on 2 February", "a week ago (20 May)", "today - 13 November",
#: "earlier this year in February" (a bare "in" only after a year: "last week in Paris" is a place),
#: "earlier this month (on 28 May)"; a weekday counted from publication needs nothing between:
#: "last Wednesday 21 May".
_REL_THEN_EXPLICIT = frozenset((CODE["COMMA"], CODE["ON"], CODE["LPAREN"], CODE["DASH"],
                                CODE["COMMA"] + CODE["IN"], CODE["COMMA"] + CODE["ON"],
                                CODE["COMMA"] + CODE["LPAREN"], CODE["DASH"] + CODE["ON"],
                                CODE["LPAREN"] + CODE["ON"]))
#: ... and the explicit one first: "12 May (tomorrow)", "1 December - 18 days from now"; a bare
#: comma only before "N units ago / from now" ("on 2 June, two days ago"): "due Oct 8, on
#: Monday" names two times.
_EXPLICIT_THEN_REL = frozenset((CODE["LPAREN"], CODE["COMMA"] + CODE["LPAREN"], CODE["DASH"]))
_RELATIVE_KINDS = ("deictic", "period", "weekday", "ago")
_EXPLICIT_KINDS = ("date", "month", "month_year", "iso", "slash", "daymonth", "year", "month_rel")
_YEAR_UNITS = frozenset(("year",))
_STOP = frozenset((CODE["PERIOD"], CODE["BREAK"]))


def extract(article: Article, claims_so_far: list[Claim] | None = None) -> list[Claim]:
    text = article.text
    toks = Tokens(text)
    mentions = find(text, toks)
    resolver = Resolver(text, article.published, toks, _tells_a_story(mentions, article.published), locale_of(text))
    previous = None  # (mention, claim) of the last resolved expression
    resolved = []  # every (mention, claim)
    pending = []  # durations before an event: "two weeks after the talks on 3 October"
    _count_from_next(mentions)
    waiting = None  # (claim of "the day before", the mention of the day it counts from)
    for mention in mentions:
        linked = None
        if previous is not None and previous[1] is not None:
            if _same_time(toks, previous[0], mention):
                linked = previous
        if linked and linked[0].kind == "period" and mention.kind == "month" and article.published:
            claim = _month_within(resolver, mention, linked[1])
        else:
            claim = resolver.resolve(mention)
        if claim is not None and linked is not None:
            rel, explicit = (linked[1], claim) if linked[0].kind in _RELATIVE_KINDS or _clock_on_deictic_day(linked[0]) \
                else (claim, linked[1])
            explicit.attrs["apposition"] = rel.id
        if claim is not None and "relation" in mention.groups:
            pending.append((mention, claim))
        if waiting is not None and waiting[1] is mention:
            if claim is not None:
                waiting[0].timex.anchor = claim.id
            waiting = None
        if claim is not None and claim.timex is not None and mention.groups.get("counted_from") is not None \
                and claim.timex.resolution == "anchor" and claim.timex.anchor is None:
            waiting = (claim, mention.groups["counted_from"])
        previous = (mention, claim)
        resolved.append(previous)
    for mention, claim in pending:
        _date_from_event(resolver, toks, mention, claim)
    _same_time_next_sentence(toks, resolved)
    return resolver.claims


_NEXT = _LEX_T["same_time_next_sentence"]
_PRO_VERBS = tuple(tuple(p.split()) for p in _NEXT["pro_verbs"])
#: how many words before the date a repeated verb may stand ("will open its doors to
#: visitors on 9 June")
SAME_VERB_WINDOW = _NEXT["window_words"]
_DAY_KINDS = ("date", "iso", "slash", "daymonth")


def _stem(word: str) -> str:
    """A crude stem, enough to see one verb in "opens", "open", "opened", "opening"."""
    w = word.lower()
    for suffix in ("ing", "ed", "es", "s", "e"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            return w[:-len(suffix)]
    return w


def _verb_like(toks: Tokens, k: int) -> bool:
    """Whether token k reads as a finite verb without a tagger: a lower-case content word with
    a modal or auxiliary before it ("will open"), or inflected ("opens", "opened") with no
    determiner before it ("the issue", "a strike" are nouns)."""
    if k < 0 or toks.classes[k] != X:
        return False
    w = toks.word(k)
    if not (w.isalpha() and w.islower()) or w in FUNCTION_WORDS:
        return False
    before = toks.word(k - 1).lower() if k > 0 else ""
    if is_a("modal", before) or is_a("auxiliary", before):
        return True
    return w.endswith(("s", "ed")) and not is_a("determiner", before)


def _same_time_next_sentence(toks: Tokens, resolved) -> None:
    """A relative phrase and a day in the next sentence that likely name one time, told of
    one event: "The regulator launched a review last month. It did so on 11 March" (a pro-verb), a
    headline's "Exhibition opens tomorrow" over "will open its doors ... on 9 June" (the
    verb repeated), "will vote next week. Voting opens on 18 November" (the same kind of
    event, claims/lexicons/events.json). The day gets ``attrs.restates`` (the relative claim's id); unlike an
    apposition, this is a reading of the text, so only an info finding may come of it."""
    cls = toks.classes
    rels = [(m, c) for m, c in resolved if c is not None and m.kind in _RELATIVE_KINDS and c.timex.resolution == "dct"
            and (m.kind != "weekday" or m.groups.get("rel"))]
    if not rels:
        return
    days = [(m, c) for m, c in resolved if c is not None and m.kind in _DAY_KINDS and "apposition" not in c.attrs
            and m.signal == "on"]
    for m_r, c_r in rels:
        end = m_r.j
        while end < len(cls) and cls[end] not in _STOP:
            end += 1
        start2 = end + 1
        while start2 < len(cls) and cls[start2] in _STOP:
            start2 += 1
        end2 = start2
        while end2 < len(cls) and cls[end2] not in _STOP:
            end2 += 1
        verb = toks.word(m_r.i - 1) if m_r.i > 0 and cls[m_r.i - 1] == X else ""
        for m_e, c_e in days:
            if not start2 <= m_e.i < end2:
                continue
            opening = tuple(toks.word(k).lower() for k in range(start2, min(start2 + 4, m_e.i)))
            by = None
            if any(opening[a:a + len(p)] == p for p in _PRO_VERBS for a in range(len(opening))):
                by = "pro-verb"
            elif c_e.timex.resolution == "dct" and _verb_like(toks, m_r.i - 1):
                # the day is written briefly (no year), as a writer restates a time
                stem = _stem(verb)
                if any(_stem(toks.word(k)) == stem and _verb_like(toks, k)
                       for k in range(max(start2, m_e.i - SAME_VERB_WINDOW), m_e.i)):
                    by = "same verb"
                elif (kind := _kind_of(verb)) and any(_kind_of(toks.word(k)) == kind
                                                      for k in range(max(start2, m_e.i - SAME_VERB_WINDOW), m_e.i)):
                    by = "same event"  # "will vote next week. Voting opens on 18 November"
            if by:
                c_e.attrs["restates"] = c_r.id
                c_e.attrs["restates_by"] = by
                break


def _kind_of(word: str) -> str | None:
    """The kind of event a verb or noun names ("vote" and "ballot" are one kind), from the
    events lexicon; None for a word that names no event."""
    w = word.lower()
    lemma = EVENT_VERBS.get(w) or EVENT_NOUNS.get(w)
    return event_kind(lemma) if lemma else None


#: What "the day before" / "the day after" may count from when written right before it.
_COUNTED_FROM_KINDS = frozenset(("weekday", "date", "holiday"))


def _count_from_next(mentions) -> None:
    """"the day before last Tuesday's vote", "the day after Monday's rally": a day counted
    from the day written right after it, with nothing between, not from the time the text is
    on. The anaphor's mention gets ``counted_from`` (the next mention)."""
    for a, b in zip(mentions, mentions[1:]):
        g = a.groups
        if a.kind == "anaphor" and "dir" in g and g["dir"].lower() in ("before", "after") \
                and b.i == a.j and b.kind in _COUNTED_FROM_KINDS and "arel" not in b.groups:
            g["counted_from"] = b


def _same_time(toks: Tokens, a, b) -> bool:
    """Whether mention ``b``, right after ``a``, names the same time again: one relative to
    publication, one explicit, side by side (see ``_REL_THEN_EXPLICIT``). This is the one
    place that decides it; ``attrs.apposition`` carries the answer to the rules."""
    gap = toks.classes[a.j:b.i]
    if _clock_on_deictic_day(a) and b.kind in _DAY_KINDS:
        return gap in _REL_THEN_EXPLICIT  # "at 4 a.m. yesterday, May 13": the clock's day is yesterday
    if a.kind in _RELATIVE_KINDS and b.kind in _EXPLICIT_KINDS:
        if _coordinated_weekday(toks, a):
            return False
        if gap == CODE["IN"]:
            return a.kind == "period" and a.groups.get("unit", "").lower() in _YEAR_UNITS
        if gap == CODE["COMMA"] and _begins_clause(toks, b):
            return False
        if not gap:
            return a.kind == "weekday" and bool(a.groups.get("rel")) and b.kind in _DAY_KINDS
        return gap in _REL_THEN_EXPLICIT or _after_comma_same_time(toks, a, b)
    if a.kind in _EXPLICIT_KINDS and b.kind in _RELATIVE_KINDS:
        return gap in _EXPLICIT_THEN_REL or gap == CODE["COMMA"] and b.kind == "ago"
    return False


_AFTER_COMMA = _LEX_T["same_time_after_comma"]
_RANGE_WORDS = frozenset(_AFTER_COMMA["range_words"])
_HELD = frozenset(_AFTER_COMMA["held_participles"])


_STARTING = tuple(tuple(p.split()) for p in _AFTER_COMMA["start_participles"])
_OTHER_THING = (frozenset(load("events")["mentions"]["indefinite"]) | frozenset(load("events")["mentions"]["set_apart"])) \
    - frozenset(_AFTER_COMMA["with_same_thing"])
#: The most words of the noun phrase between "with" and a participle of starting: "with the
#: revised adult fares taking effect on" (four).
WITH_NOUN_WORDS = 4


def _coordinated_weekday(toks: Tokens, a) -> bool:
    """A weekday that closes a coordination of weekdays ("Saturday and Sunday on 8 and 9
    February", "Friday and Saturday, 14 and 15 November"): the days after it pair with the weekdays
    respectively, so the first day written is not this weekday's."""
    return a.kind == "weekday" and first_listed_weekday(toks, a.i, COORDINATORS) != a.i


def _after_comma_same_time(toks: Tokens, a, b) -> bool:
    """A relative period or day, a comma, then a range's opening word ("next month, from 14 to
    16 August"), a participle of holding and "on" ("last week, held on 2 September"), or
    "with", a noun phrase of at most WITH_NOUN_WORDS words that sets no other occurrence
    apart, a participle of starting and "on" ("next month, with the new tariff taking effect
    on 27 May") before a day written with its month: the day names the relative phrase's
    time again."""
    if a.kind not in ("period", "deictic") or b.kind not in _DAY_KINDS or toks.classes[a.j:a.j + 1] != CODE["COMMA"]:
        return False
    words = [toks.word(k).lower() for k in range(a.j + 1, b.i)]
    if len(words) > 3 and words[0] == "with" and words[-1] == "on":
        for phrase in _STARTING:
            if tuple(words[-1 - len(phrase):-1]) == phrase:
                noun = words[1:-1 - len(phrase)]
                return 0 < len(noun) <= WITH_NOUN_WORDS and not any(w in _OTHER_THING or not w.isalpha() for w in noun)
        return False
    return (len(words) == 1 and words[0] in _RANGE_WORDS) or (len(words) == 2 and words[0] in _HELD
                                                             and words[1] == "on")


#: The words that count a weekday back from publication to one day ("last Friday"); "next
#: Tuesday" may mean this week's or the next, and a clock time on it names one of them.
_CLOCK_WEEKDAY_RELS = frozenset(("last",))


def _clock_on_deictic_day(m) -> bool:
    """A clock time on a day counted from publication ("4 a.m. yesterday", "7.15am this
    morning", "6am last Friday": a weekday counted back, _CLOCK_WEEKDAY_RELS), not on a night,
    which runs past midnight into another day ("1am last night")."""
    kind = m.groups.get("day_kind") if m.kind == "time" else None
    day = m.groups.get("day_mention") if kind == "deictic" else None
    if kind == "weekday" and m.groups.get("day_mention") is not None \
            and str(m.groups["day_mention"].groups.get("rel") or "").lower() in _CLOCK_WEEKDAY_RELS:
        day = m.groups["day_mention"]
    if day is None:
        return False
    return not any("night" in str(v).lower() for v in day.groups.values())


def _begins_clause(toks: Tokens, mention) -> bool:
    """A date after a comma and followed straight by a lower-case word that no time pattern
    knows is the subject of a new clause ("statistics released this year, 2004 witnessed a
    growth"), not the time before the comma named again ("tomorrow, 12 May, the talks")."""
    j = mention.j
    return j < len(toks) and toks.classes[j] == X and toks.word(j)[:1].islower()


def _tells_a_story(mentions, published: date | None) -> bool:
    """Whether the text narrates a time away from its publication date (a history, a war
    narrative): most of the years it writes out are two or more years from publication. Then
    a date written without a year belongs to the story's year, not to the publication's."""
    near = far = 0
    for m in mentions:
        y = m.groups.get("year")
        if m.kind not in ("date", "month_year", "year", "season", "quarter") or not y or not y.isdigit():
            continue
        if published is None or "era" in m.groups or int(y) < published.year - 1:
            far += 1
        elif int(y) <= published.year + 1:
            near += 1
    # A story gives many past years; a news item may cite one or two ("approved in 1987").
    return far >= 5 and far > near


def _month_within(resolver: Resolver, mention, period: Claim) -> Claim | None:
    """A month named inside a year-long period ("earlier this year in February"): its year is
    the period's. Whether it then falls inside the period is for the rules to judge."""
    pt = period.timex
    if pt is None or len(pt.value) != 4 or not pt.value.isdigit():
        return resolver.resolve(mention)
    month = MONTHS[mention.groups["month"].rstrip(".").lower()]
    mod = point_mod(mention.groups.get("mod"))
    return resolver._month_in(mention, month, int(pt.value), "anchor", mod, anchor=period.id)


def _date_from_event(resolver: Resolver, toks: Tokens, mention, claim: Claim) -> None:
    """"two weeks after the talks on 3 October": when the event after "after"/"before" comes
    with a date in its own phrase, the duration names a date: 17 October, anchored on it. A
    date set off by a comma ("ten days after the ballot, on 30 April") is not the event's: it
    dates what the phrase places, which the rules read."""
    g = mention.groups
    if mention.signal in ("in", "for", "within", "over", "during", "of"):
        return  # "two withdrawals in 15 years before ...": a span, not an offset
    count = count_of(g.get("num", ""))
    unit = unit_of(g.get("unit", ""))
    if count is None or count[0] != count[1] or unit is None or unit in ("ML", "HY"):
        return
    end = min(len(toks), mention.j + 8)
    k = mention.j
    while k < end and toks.classes[k] not in _STOP and toks.classes[k] != CODE["COMMA"]:
        k += 1  # a date set off by a comma ("ten days after the ballot, on 30 April") is the placed event's
    limit = toks.ends[k - 1] if k > mention.j else mention.end
    event_date = None
    for c in resolver.claims:
        if c.start > mention.end and c.end <= limit and c.timex.type in ("DATE", "TIME") \
                and c.timex.earliest is not None and c.timex.earliest == c.timex.latest:
            event_date = c
            break
    if event_date is None:
        return
    sign = 1 if g["relation"] == "after" else -1
    day = cal.shift(event_date.timex.earliest, cal.delta(count[0], unit), sign)
    if day is None:
        return
    offset = ("-" if sign < 0 else "") + cal.duration_value(count[0], unit)
    claim.timex = Timex("DATE", day.isoformat(), "anchor", day, day, anchor=event_date.id, offset=offset)
    claim.attrs["relation"] = g["relation"]
    resolver.gran[claim.id] = "D"
