"""date.future-past: an event told in the past tense, dated after publication."""

from __future__ import annotations

import bisect
import re
from datetime import date

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.date_sequence_conflict import NAME_INNER, NAME_WORD, PASSIVE_ORDER
from checker.rules.examples import flags, passes
from checker.rules.wording import day_words, span_words
from claims.events import fold_word
from claims.language import analyse
from claims.language.tokens import words_of
from claims.language.vocabulary import CLASSES, FUNCTION_WORDS, is_a
from claims.lexicon import load
from claims.model import ClaimSet
from claims.temporal.tense import PAST_AUXILIARIES, is_past_form
from claims.text import sentence_bounds

MESSAGE = "\u201c{trigger}\u201d is told as past, but {when} is after the publication date ({published})"
RELATED = "dated {when}"

_PLAN = load("temporal")["tense"]["plan_words"]
_PAST_EVENT = load("temporal")["past_event"]
#: The prepositions that introduce a verb's own date ("announced the plan in March").
_DATE_PREPOSITIONS = frozenset(_PAST_EVENT["date_prepositions"])


def _words(words, exclude=()) -> str:
    """An alternation of lexicon words and phrases (a space matches any spacing); "set" is a
    plan only when no word of ``set_not_before`` follows ("set up", "a set of")."""
    out = []
    for w in sorted(set(words) - set(exclude), key=len, reverse=True):
        alt = r"\s+".join(map(re.escape, w.split()))
        if w == "set":
            alt += r"(?!\s+(?:" + "|".join(_PLAN["set_not_before"]) + r")\b)"
        out.append(alt)
    return "|".join(out)


#: Words near the verb that make it something other than a past event: modals, plans and
#: targets, passives of intent ("was scheduled", "is expected"), "to" + verb, conditions.
#: (Target dates introduced by "for", "by", "until" never reach here: the date must follow
#: "in", "on", "during" or "at".) A plan word ending a hyphenated compound ("the long-awaited
#: bridge", "a much-anticipated tour") describes a thing, not a plan of its event.
_NOT_PAST = re.compile(  # lower case on purpose: "May" the month is not "may" the modal
    r"(?<!-)\b(?:" + _words(_PLAN["modals"] + _PLAN["plans"] + _PLAN["ahead"] + _PLAN["conditions"])
    + r")\b|\bto\s+[a-z]\w*\s*$")
#: Plan words that are a noun after a determiner: right before the date's preposition, the
#: verb's object ("unveiled the plan in December"), not a plan of its event.
_OBJECT_NOUNS = frozenset(_PLAN["object_nouns"])


def _plan_between(an, lo: int, hi: int) -> bool:
    """Whether a modal, plan, target or condition word stands between the verb and its date
    ([lo, hi)), other than a plan noun that is the verb's object: after a determiner and
    right before the date's preposition ("unveiled the plan in December 2025")."""
    text = an.text
    for m in _NOT_PAST.finditer(text[lo:hi]):
        if m.group().lower() in _OBJECT_NOUNS:
            prev = an.words_before(lo + m.start(), 1, sentence=False)
            nxt = an.words_after(lo + m.end(), 1, sentence=False)
            if prev and prev[-1].lower in _DETERMINERS and nxt and nxt[0].lower in _DATE_PREPOSITIONS:
                continue
        return True
    return False


#: "called for redemption on April 13": the date belongs to the noun after "for"; "for six
#: hours", "for two days" is how long the verb's event lasted, not what it was for.
_UNITS = "|".join(sorted(load("temporal")["units"], key=len, reverse=True))
_FOR = re.compile(r"\bfor\b(?!\s+(?:(?:a|an|the|[\w-]+)\s+){0,2}(?:" + _UNITS + r")\b)")
#: "sold for $160,000", "for a record 2 mln stg": a price after "for" (an amount of money
#: the quantities extractor read, at most PRICE_AFTER_FOR_WORDS words after it) is what the
#: verb's event cost, not what it was for.
PRICE_AFTER_FOR_WORDS = 2


def _for_purpose(an, lo: int, hi: int, prices: list[int]) -> bool:
    """Whether a "for" of purpose or target stands in [lo, hi) (``_FOR``): not one inside a
    capitalized name ("the Minister for Health", "Department for Transport": a capitalized
    word on each side), nor one before a price ("sold for a record $160,000"; ``prices``: the
    sorted starts of the article's amounts of money)."""
    text = an.text
    for m in _FOR.finditer(text, lo, hi):
        prev = an.words_before(m.start(), 1, sentence=False)
        nxt = an.words_after(m.end(), 1, sentence=False)
        if prev and nxt and prev[-1].text[:1].isupper() and nxt[0].text[:1].isupper() \
                and text[prev[-1].end:m.start()].isspace() and text[m.end():nxt[0].start].isspace():
            continue
        k = bisect.bisect_left(prices, m.end())
        if k < len(prices) and an.same_sentence(m.end(), prices[k]) \
                and an.words_between(m.end(), prices[k]) <= PRICE_AFTER_FOR_WORDS:
            continue
        return True
    return False
_FUTURE_TALK = re.compile(
    r"(?i)\b(?:" + _words(_PLAN["modals"] + _PLAN["talk"], exclude=_PLAN["lower_case_only"])
    + r"|(?-i:" + _words(_PLAN["lower_case_only"]) + r")"
    + r"|(?:is|are|was|were)\s+(?:" + _words(_PLAN["after_be"]) + r")"
    + r"|(?:" + _words(_PLAN["before_to"]) + r")\s+to)\b|'ll\b")


#: A yearless past-tense date is judged only when the day it names comes this soon after
#: publication: "voted on 12 June" in an article of 5 June. Further ahead, a reader may take it
#: as last year's ("the 30 November vote" in a June article).
MAX_DAYS_AHEAD = 60
_MONTH_NAMES = frozenset(load("temporal")["months"])
_WEEKDAYS: dict[str, int] = load("temporal")["weekdays"]


def _names_in(t) -> set[str]:
    """The words of a time claim's own text, each hyphenated word also by its parts ("mid-May":
    "mid", "may"), in lower case: where its month or weekday names are looked up."""
    return {part for w in words_of(t.text) for part in w.split("-")}
_YEAR = re.compile(r"\b\d{4}\b|'\d{2}\b")


def yearless_reading(t, published: date, on_publication: bool = False) -> date | None:
    """The day a day and month written without a year ("on 12 June") names, where every
    reading a reader takes puts it after publication: its day in the publication year (news
    style leaves the year out only for the current one) and its nearest occurrence (the same
    or the next year at the turn of a year) are both after publication, within MAX_DAYS_AHEAD
    days; a weekday written with it keeps only the years in which the day falls on it
    ("Monday, January 6" in a December 2013 article: 6 January 2014, the only Monday). None where either reading is on or before publication, or the claim is not a
    day and month without a year. ``on_publication``: the claim is resolved against a date the
    article writes that is the publication day itself (a dateline), read as against publication."""
    x = t.timex
    if x.resolution != "dct" and not (x.resolution == "anchor" and on_publication) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:T[\d:]+)?", x.value or "") or _YEAR.search(t.text):
        return None
    names = _names_in(t)
    if not names & _MONTH_NAMES:
        return None  # a weekday or "yesterday": resolved from publication, not a yearless date
    month, day = int(x.value[5:7]), int(x.value[8:10])
    weekdays = {_WEEKDAYS[w] for w in names if w in _WEEKDAYS}
    readings = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if not weekdays or d.weekday() in weekdays:  # "Monday, January 6": only the years it is a Monday
            readings.append(d)
    if not readings:
        return None
    nearest = min(readings, key=lambda d: abs((d - published).days))
    this_year = next((d for d in readings if d.year == published.year), nearest)
    if nearest <= published or this_year <= published or (nearest - published).days > MAX_DAYS_AHEAD:
        return None
    return nearest


def _year_told_before(claims: ClaimSet, an, t, published: date):
    """A whole year other than publication's that the clause of a yearless day names before
    it ("Last year's fair went ahead although a strike began on 4 July"), or that opens its
    sentence ("In 2024, a strike began on 4 July"): the reader reads the day in that year, not
    in the publication year. A year past a comma in mid-sentence is another clause's ("up from
    25 cts the previous year, to be paid on July 1"). The year claim, or None."""
    here = an.sentence_at(t.start)
    for o in claims.of_kind("time"):
        x = o.timex
        if o.end > t.start or o.start < here.start or x is None or x.type != "DATE":
            continue
        if not re.fullmatch(r"\d{4}", x.value or "") or int(x.value) == published.year:
            continue
        opens = all(w.lower in _DATE_PREPOSITIONS for w in an.words_in(here.start, o.start))
        if opens or not _CLAUSE_END.search(an.text, o.end, t.start):
            return o
    return None


def _after_publication(claims: ClaimSet, an, t, by_id: dict) -> tuple[date, date] | None:
    """The interval of a date claim wholly after publication as a reader takes it: written
    with its year and beginning after publication, or a day without a year that every
    reading puts after it (yearless_reading) with no other year told before it in its
    clause. None otherwise."""
    published = claims.article.published
    x = t.timex
    if x is None or x.type not in ("DATE", "TIME") or x.earliest is None:
        return None
    if x.resolution == "absolute":
        return (x.earliest, x.latest) if x.earliest > published else None
    anchor = by_id.get(x.anchor) if x.resolution == "anchor" else None
    reading = yearless_reading(t, published, on_publication=anchor is not None and anchor.timex is not None
                               and anchor.timex.earliest == anchor.timex.latest == published)
    if reading is None or _year_told_before(claims, an, t, published) is not None:
        return None
    return reading, reading


@rule("date.future-past", Severity.WARNING, "An event told in the past tense but dated after publication",
      needs_published=True, needs_text=True)
def check(claims: ClaimSet):
    """
    What it checks
        Past-tense verbs ("announced", "fell", "was discontinued", "has been operating since")
        whose own date lies wholly after the publication date: the date introduced by "in",
        "on", "during" or "at" after the verb and its object or a passive's agent, the verb
        at most VERB_REACH words back (for a date written with its year, a verb of motion
        with a particle of direction, past_event path_particles, may stand VERB_REACH content
        words back: "sailed out of the basin at the yard in Toulouse on 2 May 2024")
        ("announced the plan in March 2021", "slipped 3 per cent at the wool sale on", an event noun after an
        occasion preposition being the verb's occasion, the reach measured from that preposition,
        OCCASION_NOUN_WORDS modifiers at most; "fined the two
        ferry operators 40,000 euros on", "released by the regional board on 2 October"; an
        "and" between two nouns of the object joins no clauses, and a past form after a
        relative or subject pronoun is a verb: "which flattened the plum orchards across
        the valley on", and so is one after a noun phrase of at most SUBJECT_WORDS words
        opening its sentence: "The storm flattened crops on"; the words of a capitalized name
        count as one: "across the Wairau River Valley on"; a past form that is as often a noun,
        "cut", "shut", is a verb only where its subject tells it: "which shut", "The firm also
        cut", "The firm cut 300 jobs", "The mill, which ..., shut in"; a plan noun after a
        determiner right before the date is the verb's object: "unveiled the plan in"), or fronted with the verb close behind it ("In March 2021 the ministry
        announced"), in an article of 10 January 2021. A day and month written without a year
        ("voted on 12 June" in an article of 5 June) is judged only when every reading a
        reader takes is after publication: its day in the publication year (news style leaves
        out only the current year) and its nearest occurrence, within MAX_DAYS_AHEAD days; a
        weekday written with it ("Monday, January 6") leaves only the years it falls on it.
        A day read against a date the article writes (a story's) counts as read against
        publication when that date is the publication day itself (a dateline).
        The mirror, for a day without a year that a future verb dates ("the rights will
        expire April 9" in an article of 13 April): when its last occurrence is at most
        RECENT_DAYS before publication, the tense alone reads it a year on, the nearness a
        slip; an info finding shows both readings. It is a warning when the verb ends a
        thing (an "end" event: expire, close, end) that the same sentence or the
        ORDER_REACH_SENTENCES before it give another day ahead of publication ("holders of
        record on April 21 will receive a right"): the end cannot come before it, so the near
        reading fails, and the far one lies in a year other than publication's, which news
        style writes out. A day told with a future verb right before its preposition ("will
        open on", "is expected to begin on") that is wholly past: written with its year and
        more than FUTURE_SLACK_DAYS before publication (a warning), or without a year, last
        seen more than RECENT_DAYS back and next due more than FAR_AHEAD_DAYS ahead, in the
        next year (an info finding with both readings). US copy's bare day after the verb counts as the verb's
        date ("died Oct. 28", "was released Jan. 9, 2027"; "closed", "ended", "expired" only as the
        finite verb of the short noun phrase opening the sentence, which names no period:
        "The sale closed Nov. 14", past_event bare_date_finite, period_nouns); "to" before a plural noun, a name,
        a number or a mass noun is a preposition ("reopened to walkers on"); a second
        predicate joined after the date with a modal of its own ("and will be handed over")
        keeps its tense to itself. A finite past verb in an adverbial clause (a subordinator,
        past_event clause_subordinators, at most SUBORDINATE_WORDS content words before it:
        "will save an hour after the rail link was opened on") keeps its tense to itself too,
        unless a past modal of reported speech (backshift_modals: "would") stands in its
        sentence. A "for" inside a capitalized name ("the Minister for Health") or before a
        price ("sold for $4,500") is no purpose. A gerund after "after" takes the tense of a
        main verb up to GERUND_MAIN_REACH content words back, past an "and" joining two
        nouns of its object. A past form before an adverb of how or how often (past_event
        adverbs_after_verb: "scored twice on", "passed unanimously on") is the verb, not an
        adjective; a determiner opens a noun phrase across up to ATTRIBUTIVE_WORDS adjectives
        ("made its inaugural crossing on": "crossing" is a noun); a capitalized name in a
        subordinate clause's subject, its inner "and" and bracketed part included ("after the
        Harbour Levy (Repeal and Transition) Act was signed on"), counts as one word.
        The weak-link tier (_past_verb_farther), for a date after publication that the main
        path's verb did not reach: the nearest past-tense verb before it in its sentence, within
        WEAK_VERB_WORDS words, across commas, names and objects ("made its first crossing of
        the strait, with 300 passengers on board, on"), read with the main path's plan checks;
        an info finding shows the verb and the date, since the verb may govern another phrase.
        It reads US copy's bare day and month right after a plain noun as the day of the verb
        whose object ends there ("before returning its verdict Nov. 20"), and a gerund after
        "after"/"before" as that verb when its main clause is past (GERUND_MAIN_REACH).

    Why it matters
        Either the date or the year is wrong (a typo, or last year's number kept in January
        copy), or the event has not happened and the sentence reports it as if it had.

    Does not flag
        Dates without a year that some reading puts on or before publication ("died on 28
        December" in a 4 January article), more than MAX_DAYS_AHEAD days ahead, or fronted
        ("On 20 March, the firm sold": a chronology the story may date in an earlier year), or in
        a sentence that names another whole year before them ("Last year's fair went ahead
        although a strike began on 4 July", "In 2024, ... on 4 July": the day is that year's),
        dates that can fall on or before publication, dates more than VERB_REACH words from
        the verb, a past form followed by a bare noun after a subject longer than
        SUBJECT_WORDS words or joined by "and" ("Hail and wind flattened crops": read as a
        noun phrase, "flattened crops"), a verb more than NAME_WORDS_MAX x VERB_REACH words
        back however many of them are names, "cut" or "shut" without a subject that tells the
        verb ("the rate cut on", "they cut": maybe the present), dates separated from the verb by an infinitive, an auxiliary, a clause
        join ("and crews cleared roads on"), a list's comma or a scheduled act ("voted to strike on", "approved payment
        of the dividend on"), past forms before a noun ("a paid holiday on"), reporting
        verbs ("said the notes mature on"), a participle of order with no auxiliary ("a
        rise now, followed by another in January 2026"), nouns ("the March 2021 election", "said at the 2007
        China Industrial Development Forum"), verbs with a modal, plan or target word near
        them ("was scheduled for", "is expected in", "will", "agreed to ... in"; a modal in a
        "that" clause right after the date is what was ruled or said, not the verb's:
        "ruled on 3 May that the fee could not stand"; a verb of proposing or an adjective of
        likelihood: "proposed a meeting on", "the probable opening in"), dates
        introduced by "for", "by", "until", "before" (targets and deadlines), and events in
        sentences that also speak of the future (for a finite verb in a relative clause,
        "which collapsed in 1974", only its own clause counts; a participle, "a law introduced
        in 2003", has no tense and keeps the whole sentence). For a future verb: a day whose
        last occurrence is more than RECENT_DAYS back, a date a future verb does not stand
        right before ("will pay the dividend on March 31 to holders of record March 27": the
        record date is no verb's), and (for the warning) another day more than
        ORDER_REACH_SENTENCES back or one that shares no participant with the ending verb.
        A bare day after a verb (no preposition) that is a copula ("the date was May 13"), a
        reporting verb, a period's end ("the quarter ended March 31"), followed by "as" (its
        object: "fixed April 24 as the date"), in a "since" clause, more than BARE_DAYS_AHEAD
        days ahead without a year, or after a date of an earlier year in the article (not a
        "since" date, which starts a state running up to now and tells no story of its year).
        The weak-link tier takes no verb past a reporting verb, a present verb, another time
        phrase or a noun of a scheduled act right before the date's preposition ("approved the
        payment of its dividend on"), and no date without a preposition of a day before it but
        a bare day after a plain noun (not after a scheduled act, a label such as "payable" or
        "record", a function word, a number or a name, nor before a noun or name it labels:
        "the original Nov. 20 deadline", a shipping table's row).
    """
    published = claims.article.published
    text = claims.article.text
    an = analyse(text)
    prices = sorted(q.start for q in claims.of_kind("quantity") if q.attrs.get("dimension") == "money")
    by_id = {c.id: c for c in claims.of_kind("time")}
    found = []
    for t in claims.of_kind("time"):
        ahead = _after_publication(claims, an, t, by_id)
        if ahead is None:
            continue
        first, last = ahead
        x = t.timex
        verb = _governing_past_verb(an, t)
        if verb is None or (x.resolution != "absolute" and verb[0] > t.start):
            continue  # a fronted date without a year ("On March 20, the firm sold") opens a
            # chronology that the story may date in an earlier year
        if x.resolution != "absolute" and not text[verb[1]:t.start].strip() \
                and ((first - published).days > BARE_DAYS_AHEAD or _earlier_year_before(claims, t, published)):
            continue  # "was announced April 26" after "February 21, 1986": last year's story, US style
        if x.resolution != "absolute" and _since_clause(an, verb[0]):
            continue  # "since the program began April 30": the start of what runs to now
        vs, ve = verb
        if _orders_what_follows(an, vs, ve):
            continue
        a, b = sentence_bounds(text, t.start, t.end)
        lo, hi = min(vs, t.start), max(ve, t.end)
        lookback = an.words_before(vs, PLAN_LOOKBACK)
        before = max(a, lookback[0].start) if lookback else vs
        ca, cb = _talk_span(an, a, b, vs, t.end)
        before = max(before, ca)  # a clause of its own ("after the mill closed on"): the main clause's "will" is not its
        if _plan_between(an, lo, hi) or _for_purpose(an, lo, hi, prices) or _NOT_PAST.search(text[before:vs]) \
                or _FUTURE_TALK.search(text[ca:cb]):
            continue
        when = span_words(first, last)
        found.append(t.start)
        yield Finding(
            MESSAGE.format(trigger=text[vs:ve], when=when, published=day_words(published)),
            vs, ve,
            related=[Related(t.start, t.end, RELATED.format(when=when))],
            evidence=[f"\u201c{t.text}\u201d = {when}, which begins after {day_words(published)}",
                      f"\u201c{text[vs:ve]}\u201d is a past-tense verb with no modal or plan word near it"])
    yield from _past_verb_farther(claims, an, by_id, set(found))
    yield from _told_future_but_past(claims)
    yield from _future_before_publication(claims)


#: "followed by", "preceded by" (date.sequence-conflict's passives of order): the participle
#: orders the thing after it, it tells nothing that happened ("a 6.5 per cent rise, followed by
#: a further 3 per cent in January 2026" is a plan).
_ORDERING_PARTICIPLES = frozenset(p.split()[0] for p in PASSIVE_ORDER)


def _orders_what_follows(an, vs: int, ve: int) -> bool:
    """Whether the past form is a participle of order right before "by" ("followed by") with
    no auxiliary before it ("were followed by a vote in" tells a vote that happened)."""
    after, before = an.words_after(ve, 1), an.words_before(vs, 1)
    return an.text[vs:ve].lower() in _ORDERING_PARTICIPLES and bool(after) and after[0].lower == "by" \
        and not (before and before[-1].lower in PAST_AUXILIARIES)


MESSAGE_FUTURE = ("\u201c{told}\u201d is told as future, but {near} was {back} days before publication "
                  "({published}); read as future, it is {far}, {ahead} days away{year_note}")
MESSAGE_FUTURE_ORDER = ("\u201c{told}\u201d is told as future, but {near} was {back} days before publication and "
                        "before \u201c{other}\u201d ({other_when}), which the article gives the {noun} ahead; read "
                        "as future, it is {far}, in a year the text does not write")
YEAR_NOTE = ", in a year the text does not write"
#: A yearless day told in the future ("the rights will expire April 9") whose last occurrence
#: is at most this many days before publication is judged: a reader takes it as a slip of
#: tense or day rather than as the same day a year on.
RECENT_DAYS = 14
#: How many sentences back another date of the same thing is looked for: "holders of record
#: as of April 21 will receive a right ... The rights will expire April Nine" (one).
ORDER_REACH_SENTENCES = 1
#: The modals that put a verb in the future ("will expire"), and the words that may stand
#: between them and it ("will be closed", "will not expire").
_FUTURE_MODALS = frozenset(_PLAN["future_modals"])
_FUTURE_FILLERS = frozenset(_PAST_EVENT["after_future_modal"])


def _future_event(claims: ClaimSet, an, t):
    """The event claim a future verb gives ``t`` right before it: "will expire April 9",
    "will be closed on 3 May" (the verb, at most a preposition between it and the date, a
    future modal before it past "be"/"not"). None when the date is not a future verb's own."""
    for e in claims.of_kind("event"):
        if e.attrs.get("time") != t.id or e.attrs.get("mention") or e.end > t.start:
            continue
        between = an.words_in(e.end, t.start)
        if len(between) > 1 or any(w.lower not in _DATE_PREPOSITIONS for w in between):
            continue
        for w in reversed(an.words_before(e.start, 3)):
            if w.lower in _FUTURE_MODALS:
                return e
            if w.lower not in _FUTURE_FILLERS:
                break
    return None


def _ahead_of_it(claims: ClaimSet, an, t, e, near: date, far: date, published: date):
    """Another day the article gives the same thing ahead of publication, after ``near`` and
    before ``far``: "shareholders of record as of April 21 will receive a right", in the
    sentence of ``e`` or the ORDER_REACH_SENTENCES before it, when ``e`` ends that thing
    ("the rights will expire"): the end cannot come before it. The (time claim, noun), or None."""
    if e.attrs.get("class") != "end" or not e.attrs.get("args"):
        return None
    here = an.sentence_at(t.start)
    nouns = set(e.attrs["args"])
    for o in claims.of_kind("time"):
        x = o.timex
        if o is t or x is None or x.type != "DATE" or x.earliest is None or x.earliest != x.latest:
            continue
        there = an.sentence_at(o.start)
        if not 0 <= here.index - there.index <= ORDER_REACH_SENTENCES or x.earliest <= published:
            continue
        if not near < x.earliest < far:
            continue
        shared = nouns & {fold_word(w.text) for w in an.words_in(there.start, there.end)}
        if shared:
            return o, sorted(shared)[0]
    return None


def _told_future_but_past(claims: ClaimSet):
    """A yearless day a future verb dates whose last occurrence is at most RECENT_DAYS
    before publication (see ``check``)."""
    published = claims.article.published
    text = claims.article.text
    an = None
    for t in claims.of_kind("time"):
        x = t.timex
        readings = (t.attrs or {}).get("readings") or []
        if x is None or x.tense != "future" or len(readings) != 2 or _YEAR.search(t.text):
            continue
        near, far = (date.fromisoformat(r) for r in readings)
        back = (published - near).days
        if not 0 < back <= RECENT_DAYS:
            continue
        an = an or analyse(text)
        e = _future_event(claims, an, t)
        if e is None:
            continue
        ahead = _ahead_of_it(claims, an, t, e, near, far, published)
        words = dict(told=text[e.start:t.end], near=day_words(near), back=back, far=day_words(far))
        evidence = [f"\u201c{t.text}\u201d has no year: {day_words(near)} or {day_words(far)}",
                    f"\u201c{e.text}\u201d is told with a future verb"]
        related = [Related(t.start, t.end, f"{day_words(near)} or {day_words(far)}")]
        if ahead is not None and far.year != published.year:
            o, noun = ahead
            related.append(Related(o.start, o.end, f"the {noun} ahead, on {day_words(o.timex.earliest)}"))
            yield Finding(MESSAGE_FUTURE_ORDER.format(other=o.text, other_when=day_words(o.timex.earliest), noun=noun,
                                                      **words),
                          e.start, t.end, related=related,
                          evidence=evidence + [f"\u201c{e.text}\u201d ends the {noun}: it cannot come before "
                                               f"\u201c{o.text}\u201d", f"{far.year} is not the publication year, "
                                               "and news style writes another year's date with its year"])
        else:
            yield Finding(MESSAGE_FUTURE.format(published=day_words(published), ahead=(far - published).days,
                                                year_note=YEAR_NOTE if far.year != published.year else "", **words),
                          e.start, t.end,
                          severity=Severity.INFO, related=related, evidence=evidence)


MESSAGE_FUTURE_GONE = ("\u201c{told}\u201d is told as future, but {when} was {back} days before publication "
                       "({published})")
MESSAGE_FUTURE_FAR = ("\u201c{told}\u201d is told as future, but {near} was {back} days before publication "
                      "({published}); read as future, it is {far}, {ahead} days away, with its year left out")
#: A day written with its year and told in the future must be at least this many days before
#: publication to be judged: wire copy dated the morning after it was written may say "will
#: meet on 3 May" of the day before.
FUTURE_SLACK_DAYS = 1
#: A day without a year told in the future whose next occurrence lies further ahead than this
#: many days and in the next year ("will open on 3 March" in a May article: 287 days on) reads
#: as a day already past: news copy gives the year of a day so far off in another year. A day
#: later in the publication year ("will retire on December 31" in March) is a plain future.
#: An info finding shows both readings.
FAR_AHEAD_DAYS = 240
#: The future verb a date is the time of, right before its preposition: "will open on",
#: "will be sentenced on", "is expected to begin on", "is scheduled for".
_FUTURE_LEAD = re.compile(
    r"(?:\b(?:will|shall)|'ll)\s+(?:(?:be|not|also|now|only|then)\s+)?(?:[a-z]+\s+){1,2}(?:on|in|at|from)\s+(?:the\s+)?$"
    r"|\b(?:is|are)\s+(?:now\s+)?(?:" + _words(_PLAN["after_be"]) + r")\s+to\s+(?:be\s+)?[a-z]+\s+(?:on|in|from)\s+$"
    r"|\b(?:is|are)\s+(?:now\s+)?(?:scheduled|due|set|slated)\s+(?:for|on)\s+$")


def _future_before_publication(claims: ClaimSet):
    """A day told in the future whose every reading is before publication: written with its
    year ("is expected to begin on 9 September 2024" in a December 2024 article: a warning),
    or without one and so far back that its next occurrence is more than FAR_AHEAD_DAYS away
    ("will open on 3 March" in a May article: an info finding with both readings). The future
    verb stands right before the date's preposition (``_FUTURE_LEAD``)."""
    published = claims.article.published
    text = claims.article.text
    for t in claims.of_kind("time"):
        x = t.timex
        if x is None or x.type != "DATE" or x.earliest is None or x.earliest != x.latest:
            continue
        a, _ = sentence_bounds(text, t.start, t.end)
        m = _FUTURE_LEAD.search(text, a, t.start)
        if m is None or m.end() != t.start:
            continue
        told = text[m.start():t.end]
        if x.resolution == "absolute" and _YEAR.search(t.text):
            back = (published - x.earliest).days
            if back <= FUTURE_SLACK_DAYS:
                continue
            yield Finding(MESSAGE_FUTURE_GONE.format(told=told, when=day_words(x.earliest), back=back,
                                                     published=day_words(published)),
                          m.start(), t.end, related=[Related(t.start, t.end, day_words(x.earliest))],
                          evidence=[f"\u201c{t.text}\u201d = {day_words(x.earliest)}, written with its year",
                                    f"\u201c{told}\u201d is told with a future verb"])
            continue
        if x.resolution != "dct" or _YEAR.search(t.text) or not _names_in(t) & _MONTH_NAMES:
            continue
        month, day = x.earliest.month, x.earliest.day
        try:
            near = date(published.year, month, day)
            if near > published:
                near = date(published.year - 1, month, day)
            far = date(near.year + 1, month, day)
        except ValueError:
            continue
        back, ahead = (published - near).days, (far - published).days
        if back <= RECENT_DAYS or ahead <= FAR_AHEAD_DAYS or far.year == published.year:
            continue  # a recent day is _told_future_but_past's; a nearer next one, or one later in
            # the publication year ("will retire on December 31" in March), is a plain future
        yield Finding(MESSAGE_FUTURE_FAR.format(told=told, near=day_words(near), back=back, far=day_words(far),
                                                ahead=ahead, published=day_words(published)),
                      m.start(), t.end, severity=Severity.INFO,
                      related=[Related(t.start, t.end, f"{day_words(near)} or {day_words(far)}")],
                      evidence=[f"\u201c{t.text}\u201d has no year: {day_words(near)} or {day_words(far)}",
                                f"\u201c{told}\u201d is told with a future verb"])


#: A relative clause the verb opens: "Herstatt Bank, which collapsed in 1974 on ...".
_SUBORDINATORS = tuple(tuple(w.split()) for w in _PAST_EVENT["clause_subordinators"])
#: The most content words between a subordinator and the finite past verb of its clause:
#: "after the new $40 million dialysis wing at the district hospital was formally opened" (eight).
SUBORDINATE_WORDS = 8
#: Past modals of reported speech: a past verb after a subordinator in their sentence is the
#: backshifted tense of a reported future, not a past event.
_BACKSHIFT = frozenset(_PAST_EVENT["backshift_modals"])


def _subordinate_lead(an, a: int, vs: int) -> int | None:
    """Where the adverbial clause of a finite past verb starts: a subordinator (past_event
    clause_subordinators: "after", "because", "now that") at most SUBORDINATE_WORDS content
    words before it, then a subject with no verb form, no clause word and no break, then a past
    auxiliary or a simple past, an adverb between them ("after the centre was officially opened
    on", "because the mill shut in"). The clause keeps its tense to itself: a "will" of the main
    clause is not its (but a "would" of its sentence backshifts it: see ``_talk_span``). None
    otherwise."""
    words = [w for w in an.words_before(vs, SUBORDINATE_WORDS * 2) if w.start >= a]
    while words and (words[-1].lower in _VERB_ADVERBS or words[-1].lower.endswith("ly")):
        words.pop()
    if not words:
        return None
    verb = an.words_after(vs, 1, sentence=False)
    aux = words[-1].lower in PAST_AUXILIARIES
    if not aux and not (verb and is_past_form(verb[0].text)):
        return None
    subject_end = len(words) - 1 if aux else len(words)
    lows = [w.lower for w in words]
    names = [m.span() for m in _NAME_RUN.finditer(an.text, words[0].start, vs)]

    def named(w) -> bool:  # inside a name of several capitalized words, not its first word
        return any(lo < w.start < hi for lo, hi in names)

    content = 0
    for k in range(subject_end - 1, -1, -1):
        for lead in _SUBORDINATORS:  # the subordinator's last word at k ("now that")
            first = k + 1 - len(lead)
            if first >= 0 and tuple(lows[first:k + 1]) == lead:
                subject = words[k + 1:subject_end]
                if subject and not any(_verb_form(w) and not _after_determiner(an, w) and not named(w) for w in subject) \
                        and not any(_BREAK.search(an.text, a_, b_) for a_, b_ in _gaps(names, words[first].end, vs)):
                    return words[first].start
                return None
        if named(words[k]):
            continue  # "the Harbour Levy (Repeal and Transition) Act": one name, one word
        if lows[k] in _CLAUSE_WORDS:
            return None
        content += lows[k] not in FUNCTION_WORDS
        if content > SUBORDINATE_WORDS:
            return None
    return None


#: A name of several capitalized words, with the lower-case words that stand inside names
#: (lexicon sequence name_inner: "Food and Drug Administration") and a bracketed part of it
#: ("the Harbour Levy (Repeal and Transition) Act"): in a subordinate clause's subject
#: it counts as one word and its "and" or bracket opens no clause. The words of the sequence
#: rule's names; not its pattern, which counts one word as a name and joins "U.S." but no bracket.
_NAME_RUN = re.compile(rf"{NAME_WORD}(?:\s+(?:(?:{NAME_INNER})\s+)?\(?{NAME_WORD}\)?)+")


def _gaps(spans: list[tuple[int, int]], lo: int, hi: int):
    """The stretches of [lo, hi) outside ``spans`` (sorted, not overlapping)."""
    at = lo
    for a, b in spans:
        if b <= lo or a >= hi:
            continue
        if a > at:
            yield at, a
        at = max(at, b)
    if at < hi:
        yield at, hi


#: A relative clause right before its finite verb: "which", "who", "that", or a relative "where"
#: or "when" with a subject pronoun ("the regatta, where they took the cup on").
_RELATIVE_LEAD = re.compile(r"(?i)\b(?:which|who|that|(?:where|when)\s+(?:he|she|it|they|we|i))\s+"
                            r"(?:(?:was|were|(?:had|has|have)(?:\s+been)?)\s+)?$")
_CLAUSE_END = re.compile(r"[,;:()]")
#: "that" right after the verb's date opens what was ruled, said or announced: its modals are
#: the reported content's ("ruled on 3 May that the fee could not be charged"), not the verb's.
_COMPLEMENT = re.compile(r"\s*,?\s*that\b")
_NEXT_RELATIVE = re.compile(r"(?i),\s*(?:which|who|whose|where)\b")
#: A second predicate joined after the verb's date, with a modal of its own: "slid down the
#: slipway on 22 March and will start work", "said the merger closed on 3 May, and that
#: savings would follow" (a subject pronoun or "the" and one noun may stand before the modal).
#: Its tense is that predicate's, not the past verb's.
_NEXT_PREDICATE = re.compile(
    r"(?i),?\s+(?:and|but)\s+(?:that\s+)?(?:(?:it|they|he|she|we|the\s+[a-z]+)\s+)?(?-i:"
    + _words(_PLAN["modals"]) + r")\b")


def _talk_span(an, a: int, b: int, vs: int, date_end: int) -> tuple[int, int]:
    """Where words about the future would make the verb something other than a past event:
    the whole sentence [a, b) up to a "that" clause right after the date (what was ruled or
    announced, "ruled on 3 May that the fee could not stand"), or, for a finite verb in a relative clause ("which collapsed
    in 1974 ..., can stand trial"), that clause alone, up to the next comma after the date.
    A participle ("a law introduced in 2003, ... can") keeps the whole sentence: it has no
    tense of its own."""
    text = an.text
    lead = _RELATIVE_LEAD.search(text, a, vs)  # anchored at the verb: at most "which had been"
    sub = _subordinate_lead(an, a, vs)
    if sub is not None and any(w.lower in _BACKSHIFT for w in an.words_in(a, b)):
        sub = None  # "said that after the lease ended in 2031, the port would revert": a reported future
    if lead is None and sub is not None:
        end = _CLAUSE_END.search(text, date_end, b)
        return sub, end.start() if end else b
    if lead is None:
        said = _COMPLEMENT.match(text, date_end)  # "ruled on 3 May that the fee could not stand"
        later = _NEXT_RELATIVE.search(text, date_end, b)  # "..., which will cover": another clause's tense
        joined = _NEXT_PREDICATE.search(text, date_end, b)  # "... on 22 March and will start work"
        ends = [m.start() for m in (later, joined) if m is not None]
        return a, said.start() if said else min(ends) if ends else b
    end = _CLAUSE_END.search(text, date_end, b)
    return lead.start(), end.start() if end else b
_CLAUSE_WORDS = frozenset(_PAST_EVENT["clause_words"])


#: Simple past forms that are as often nouns ("the investor put option", "a set"): never taken.
_NOUN_TOO = frozenset(_PAST_EVENT["nouns_too"])
#: A past participle after these is a present or modal passive ("is completed", "can be called").
_DETERMINERS = frozenset(_PAST_EVENT["attributive_determiners"])
_NOT_PAST_AUX = frozenset(_PAST_EVENT["present_passive_auxiliaries"])


def _is_past_verb(an, w, heads_date: bool = False) -> bool:
    """A simple past or a past passive ("was discontinued"), not a present or modal passive
    ("is completed", "can be called"), an adjective ("subordinated debentures") or a noun.
    ``heads_date``: the word stands right before the date's preposition, where no adjective
    stands, so a word before it is no determiner of an adjective: "the conflict that ended in
    2001", "lower than those attained in 1985", "the 34,745 sold in March 1986"."""
    word = w.text
    if not is_past_form(word) and not (word.lower() in _NOUN_TOO and _subject_before(an, w, singular=True)):
        return False  # "cut", "cost": a past form only after a singular subject ("the firm also cut")
    prev = an.words_before(w.start, 2, sentence=False)
    before = prev[-1].lower if prev else ""
    if before in _NOT_PAST_AUX or (before in _DETERMINERS and not heads_date):
        return False  # a present or modal passive, or an adjective ("a balanced budget")
    if len(prev) == 2 and before.endswith("ly") and prev[0].lower in _DETERMINERS and not heads_date:
        return False  # an adjective after an adverb: "the currently used fighters", "a newly built road"
    return word.lower() not in _NOUN_TOO or _subject_before(an, w)


#: Adverbs that stand between a subject and its verb ("The firm also cut"), never inside a noun phrase.
_VERB_ADVERBS = frozenset(_PAST_EVENT["verb_adverbs"])


def _subject_before(an, w, singular: bool = False) -> bool:
    """Whether a past form that is as often a noun ("cut", "shut", "set": ``nouns_too``) is
    told as a verb by what stands before it: a subject pronoun or relative ("they shut", "which
    cut"; not the determiner "that"); the noun phrase opening its sentence with an adverb
    between ("The firm also cut"), or with an object right after it ("The firm cut 300 jobs",
    "The council shut the library": a determiner or number; before a preposition it may be a
    compound noun, "the rate cut on 5 May"); or the opening noun phrase and an interruption
    closed by a comma, with no other comma in it ("The plant, which built vans, shut in May").
    ``singular``: for a form that is also the present ("cut", "cost"), only a singular subject
    tells the past ("the firm cut"; "they cut" may be what they do every year): a subject
    pronoun "he", "she" or "it", or an opening noun phrase not ending in "s"."""
    text = an.text
    prev = an.words_before(w.start, 1, sentence=False)
    if not prev:
        return False
    p = prev[-1]
    if text[p.end:w.start].isspace():
        if p.lower in _FINITE_AFTER and p.lower not in _DETERMINERS:
            return not singular or p.lower in _SINGULAR_PRONOUNS
        if (p.lower in _VERB_ADVERBS or p.lower.endswith("ly")) and _after_opening_subject(an, p):
            return not singular or _singular_opening(an, p)
        if _after_opening_subject(an, w) and (not singular or _singular_opening(an, w)):
            nxt = an.words_after(w.end, 1, sentence=False)
            return bool(nxt) and (nxt[0].lower in _DETERMINERS or nxt[0].kind == "number")
        return False
    if text[p.end:w.start].strip() == ",":
        sentence = an.sentence_at(w.start)
        commas = [t for t in an.tokens_in(sentence.start, w.start) if t.text == ","]
        return len(commas) == 2 and _after_opening_subject(an, commas[0]) \
            and (not singular or _singular_opening(an, commas[0]))
    return False


_SINGULAR_PRONOUNS = frozenset(("he", "she", "it"))


def _singular_opening(an, w) -> bool:
    """Whether the noun phrase opening the sentence before ``w`` ends in a word not ending in "s"."""
    before = an.words_in(an.sentence_at(w.start).start, w.start)
    return bool(before) and not before[-1].lower.endswith("s")


#: A clause break between a verb and its date: a comma (not one inside a number: "recalled
#: 40,000 cars on"), a semicolon, colon, bracket or spaced dash.
_BREAK = re.compile(r"[;:()]|,(?!\d)|\s[-\u2013\u2014]+\s")


def _governing_past_verb(an, t) -> tuple[int, int] | None:
    """The past-tense verb a date is the time of: "announced the plan in March 2021" (within
    VERB_REACH words before "in"/"on"/"during"/"at", across its object and a passive's agent,
    no clause break, conjunction of clauses, infinitive, auxiliary or other verb form between),
    or "In March 2021 the ministry announced" (a date fronted with its preposition, the verb
    within five words). None if the date is introduced otherwise ("for
    1988", "by 2025", a bare "2001 distributes") or no past verb stands close."""
    text = an.text
    a, _ = sentence_bounds(text, t.start, t.end)
    lead = text[a:t.start]
    perfect = _perfect_since(an, a, t.start)
    if perfect is not None:  # "has been running since June 2023": begun, so not after publication
        return perfect.start, perfect.end
    m = _DATE_LEAD.search(lead)
    if m is None:
        return _bare_date_verb(an, t, a)
    if m.group(1) and _ATTRIBUTIVE_AFTER.match(text, t.end):
        return None  # "at the 2007 China Industrial Development Forum": the date names the forum
    head_end = a + m.start()
    noun = an.words_before(head_end, 1)
    occasion = _occasion_noun(an, noun[-1], a) if noun and noun[-1].lower in _BLOCKERS else None
    if occasion is not None:
        head_end = occasion  # "slipped 3 per cent at the wool sale on": the verb's reach ends at "at"
    # a date written with its year counts only the content words of the reach: "sailed out of
    # the basin at the yard in Toulouse on 2 May 2024" (four, the verb counted); a day without
    # one counts every word, since which year a reader gives it hangs on the verb being its own,
    # and only for a verb of motion with its path (a particle of direction after it: "left
    # out of"), not a participle of a noun ("the risk linked to the return ... in 1997")
    with_year = t.timex.resolution == "absolute"
    scanned = [w for w in an.words_before(head_end, VERB_REACH * NAME_WORDS_MAX) if w.start >= a]
    n, every, after = 0, 0, None
    for w in reversed(scanned):
        # a name of several capitalized words ("across the Heretaunga Plains") counts as one word
        if not (after is not None and w.text[:1].isupper() and after.text[:1].isupper()
                and text[w.end:after.start].isspace() and a < w.start):
            every += 1
            n += 0 if with_year and w.lower in FUNCTION_WORDS else 1
        after = w
        if n > VERB_REACH:
            break
        low = w.lower
        if _BREAK.search(text, w.end, head_end) \
                or (low in _CLAUSE_WORDS and not _joins_nouns(an, w, head_end)) \
                or (low in _BLOCKERS and not _preposition_to(an, w)):
            break  # another clause, an infinitive or auxiliary ("voted to strike on"), or a
            # noun that the date is the time of ("approved payment of 4.5 cts on April 10")
        if every > VERB_REACH and not _with_path(an, w):
            if low.endswith("ing") or low in _VERB_STEMS or is_past_form(low):
                break  # another verb form stands between: the date is not the farther verb's
            continue  # past the words' reach, only a verb of motion with its path is taken
        heads = not text[w.end:head_end].strip()
        if _is_past_verb(an, w, heads_date=heads) and low not in _REPORTING \
                and (heads or low in _PRETERITE_ONLY or not _modifies_noun(an, w)):
            return w.start, w.end
        if low.endswith("ing") and n <= VERB_REACH and _gerund_told_past(an, w, a):
            return w.start, w.end  # "moved top after beating Rovers on 8 February"
        if (low.endswith("ing") and not _after_determiner(an, w)) or (low.endswith("s") and low[:-1] in _VERB_STEMS) \
                or low in _VERB_STEMS:
            break  # another verb governs the date ("debentures maturing in 2002", "take effect on"); after
            # a determiner an -ing word is a noun's ("sold its training ground to a developer on")
    if lead[:m.start()].strip():
        return None
    for w in an.words_after(t.end, FRONTED_VERB_REACH, sentence=False):  # "In March 2021 ... announced"
        if re.search(r"[.;:()]", text[t.end:w.start]):
            break
        if _is_past_verb(an, w):
            return w.start, w.end
    return None


_VERB_STEMS = frozenset(load("events")["verbs"])
_PATH_PARTICLES = frozenset(_PAST_EVENT["path_particles"])


def _with_path(an, w) -> bool:
    """Whether a particle of direction follows the word ("rolled out of", "sailed off to"):
    a verb of motion with its path (lexicon past_event path_particles)."""
    nxt = an.words_after(w.end, 1, sentence=False)
    return bool(nxt) and nxt[0].lower in _PATH_PARTICLES and an.text[w.end:nxt[0].start].isspace()
_BARE_NOT_AFTER = frozenset(_PAST_EVENT["bare_date_not_after"])
_BARE_FINITE = frozenset(_PAST_EVENT["bare_date_finite"])
#: Nouns of a period: an opening noun phrase ending in one names a period's end, not an event
#: ("The quarter ended March 31 saw", "The fiscal year ended").
_PERIODS = frozenset(_PAST_EVENT["period_nouns"]) | frozenset(load("temporal")["units"])


def _finite_end(an, w) -> bool:
    """Whether a past form of ``bare_date_finite`` ("closed", "ended") is the finite verb of
    the short noun phrase opening its sentence, that phrase naming no period: "The sale closed
    Nov. 14" tells an event; "the quarter ended March 31" names a period's end."""
    if w.lower not in _BARE_FINITE or not _after_opening_subject(an, w):
        return False
    subject = an.words_in(an.sentence_at(w.start).start, w.start)
    return bool(subject) and subject[-1].lower not in _PERIODS
_DAY_WITH_MONTH = re.compile(r"(?i)^(?:[a-z]+\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,}\.?|[a-z]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?)\b")


def _bare_date_verb(an, t, a: int) -> tuple[int, int] | None:
    """The past verb a day and month follow with no preposition, as US copy writes them
    ("died Oct. 28", "was released Jan. 9, 2027"): the verb right before the date, nothing but
    space between, not a reporting verb ("said March 3": the date may be what was said) nor
    one of ``bare_date_not_after`` ("the quarter ended March 31", "a letter dated May 2")."""
    if not _DAY_WITH_MONTH.match(t.text) or not _names_in(t) & _MONTH_NAMES:
        return None
    prev = an.words_before(t.start, 1)
    if not prev or prev[-1].start < a or not an.text[prev[-1].end:t.start].isspace():
        return None
    w = prev[-1]
    if w.lower in _REPORTING or (w.lower in _BARE_NOT_AFTER and not _finite_end(an, w)) or is_a("auxiliary", w.lower) \
            or not _is_past_verb(an, w, heads_date=True):
        return None  # "said March 3", "the quarter ended March 31", "the date was May 13"
    nxt = an.words_after(t.end, 1)
    if nxt and nxt[0].lower == "as":
        return None  # "fixed April 24 as the date": the day is the verb's object, not its time
    return w.start, w.end


#: A day and month with no year and no preposition after a past verb ("died Oct. 28") is
#: judged only this many days ahead of publication: further, US copy's bare day more often
#: tells last year's ("Seasons began June 1" in an April table).
BARE_DAYS_AHEAD = 31
#: How many words before the verb "since" opens its clause ("since the program began").
SINCE_REACH = 4


def _since_clause(an, vs: int) -> bool:
    """Whether the verb stands in a clause "since" opens, at most SINCE_REACH words before it
    with no clause break between: its event starts what runs to now, so it is before
    publication, and a day without a year is read in the year that makes it so."""
    for w in reversed(an.words_before(vs, SINCE_REACH)):
        if _BREAK.search(an.text, w.end, vs):
            return False
        if w.lower == "since":
            return True
    return False


def _earlier_year_before(claims: ClaimSet, t, published: date) -> bool:
    """Whether the article dates something in a year before publication's ahead of ``t``
    ("between February 18 and 21, 1986", "last year"): its yearless days may then tell that
    year's story. Not the start of a state that runs up to now ("has served burgers since
    1958"): it tells no story of that year."""
    for o in claims.of_kind("time"):
        x = o.timex
        if o.start < t.start and x is not None and x.type == "DATE" and x.latest is not None \
                and x.latest.year < published.year and x.resolution in ("absolute", "dct") \
                and (o.attrs or {}).get("signal") != "since":
            return True
    return False
_PRETERITE_ONLY = frozenset(_PAST_EVENT["preterite_only"])
_GERUND_LEADS = frozenset(_PAST_EVENT["gerund_leads"])
#: How far (in content words, the verb counted, within the sentence) before "after"/"before"
#: the main clause's past verb may stand for a gerund after it to be told as past: "climbed to
#: first place in the league after beating" (four); a clause word ("and") cuts it only when a verb form
#: follows it ("came home to a band and a crowded quay after taking": one object).
GERUND_MAIN_REACH = 8


def _after_determiner(an, w) -> bool:
    """Whether ``w`` stands in a noun phrase a determiner opens: right after it ("its training
    ground", "the housing market") or after at most ATTRIBUTIVE_WORDS plain adjectives or
    nouns between ("its inaugural crossing", "the first public sailing"; none a function word,
    verb form or name)."""
    prev = an.words_before(w.start, ATTRIBUTIVE_WORDS + 1, sentence=False)
    for k in range(len(prev) - 1, -1, -1):
        if prev[k].lower in _DETERMINERS:
            return True
        between = an.text[prev[k].end:(prev[k + 1].start if k + 1 < len(prev) else w.start)]
        x = prev[k]
        if not between.isspace() or not x.text.islower() or x.kind != "word" or x.lower in FUNCTION_WORDS \
                or _verb_form(x) or x.lower in _VERB_STEMS:
            return False
    return False


#: How many adjectives or nouns may stand between a determiner and the word it opens a noun
#: phrase for: "its inaugural crossing" (one), "the first public sailing" (two).
ATTRIBUTIVE_WORDS = 2


def _preposition_to(an, w) -> bool:
    """"to" before a determiner, a number, a name, a plural noun or a noun of
    ``to_mass_nouns`` is a preposition ("went to the polls on", "reopened to walkers on",
    "opened to traffic on"), not an infinitive ("voted to strike on"): a plural is a word in
    "s" (not "ss", "us", "is") whose stem is no event verb."""
    if w.lower != "to":
        return False
    nxt = an.words_after(w.end, 1, sentence=False)
    if not nxt:
        return False
    n = nxt[0]
    if n.lower in _DETERMINERS or n.lower in _TO_MASS_NOUNS or n.kind == "number":
        return True
    if n.kind != "word":
        return False
    if n.text[:1].isupper():  # "moved to Leeds on"; not a headline's capitals ("ADVISED TO RAISE")
        return not n.text.isupper() and w.text == "to"
    return n.lower.endswith("s") and not n.lower.endswith(("ss", "us", "is")) \
        and n.lower not in _VERB_STEMS and n.lower[:-1] not in _VERB_STEMS


_TO_MASS_NOUNS = frozenset(_PAST_EVENT["to_mass_nouns"])
#: "at", "during": the preposition that makes an event noun the occasion of the verb before it
#: (claims/lexicons/events.json mentions.occasion_prepositions).
_OCCASION = frozenset(load("events")["mentions"]["occasion_prepositions"])
#: The most words between an occasion preposition and its event noun, a capitalized name or a
#: hyphened word counted as one, determiners not counted: "at the stud's big annual on-property
#: sale" (four).
OCCASION_NOUN_WORDS = 4


def _occasion_noun(an, w, a: int) -> int | None:
    """An event noun that the date dates but that is itself the occasion of the verb before
    it ("slipped 3 per cent at the wool sale on 9 May", "fetched $21,000 at the breeders'
    sale on"): the verb happened at that event, so the event's date is the verb's. The noun is
    introduced by an occasion preposition (lexicon mentions.occasion_prepositions) at most
    OCCASION_NOUN_WORDS words before it, only its modifiers between; "approved the sale on",
    "ahead of the auction on" keep the date to the noun. The start of the preposition, where
    the verb's reach is measured from, or None."""
    if w.kind != "word" or w.lower in FUNCTION_WORDS:
        return None
    n, after = 0, w
    for x in reversed([x for x in an.words_before(w.start, OCCASION_NOUN_WORDS * NAME_WORDS_MAX) if x.start >= a]):
        if an.text[x.end:after.start] == "-":  # "on-property": one modifier
            after = x
            continue
        if x.lower in _OCCASION:
            return x.start
        if re.search(r"[,;:()]", an.text[x.end:after.start]) or x.lower in FUNCTION_WORDS and not is_a("determiner", x.lower) \
                or x.lower in _CLAUSE_WORDS or is_past_form(x.lower):
            return None
        if not (x.text[:1].isupper() and after.text[:1].isupper()) and not is_a("determiner", x.lower):
            n += 1
        if n > OCCASION_NOUN_WORDS:
            return None
        after = x
    return None


def _verb_form(w) -> bool:
    """A word that may be a verb: a past form, an -ing form or a verb stem of the lexicon."""
    return is_past_form(w.text) or w.lower.endswith("ing") or w.lower in _VERB_STEMS


def _gerund_told_past(an, w, a: int) -> bool:
    """A gerund after "after"/"before" ("moved to the top after beating Rovers on 8 February")
    whose main clause has a past verb among the GERUND_MAIN_REACH words before that word: the
    gerund's event is told in the main clause's past. Not when that main clause is itself a
    plan or forecast ("was forecast to reach 1.2 percent this year, before dropping back in
    2006": the dropping is forecast too)."""
    prev = an.words_before(w.start, 1)
    if not prev or prev[0].lower not in _GERUND_LEADS or prev[0].start < a:
        return False
    main = []
    for v in reversed([v for v in an.words_before(prev[0].start, GERUND_MAIN_REACH * NAME_WORDS_MAX) if v.start >= a]):
        main.insert(0, v)
        if sum(x.lower not in FUNCTION_WORDS for x in main) >= GERUND_MAIN_REACH:
            break
    joins = [i for i, v in enumerate(main) if v.lower in _CLAUSE_WORDS
             and any(_verb_form(x) and not _after_determiner(an, x) for x in main[i + 1:])]
    # "to a brass band and a crowded quay after taking": no verb after "and", one object of the main verb
    if joins:
        main = main[max(joins) + 1:]
    if main and _plan_between(an, main[0].start, prev[0].start):
        return False
    return any(_is_past_verb(an, v) and v.lower not in _REPORTING for v in main)
#: The farthest (in words, the verb counted) a past verb may stand before the preposition of
#: its date, with no clause break, conjunction of clauses or other verb form between: its
#: object and the phrases after it ("fined the shipping firm 2 million euros on", "flattened
#: apple and pear crops across the valley on": seven words between) or a passive's agent
#: ("released by the regional statistics board on"). Farther, the date may be a later noun's.
VERB_REACH = 8
#: The words of a capitalized name ("the Heretaunga Plains", "United Utilities") count as one
#: word of VERB_REACH; the scan looks at most this many times VERB_REACH words back.
NAME_WORDS_MAX = 2
#: A fronted date's verb ("In March 2021 the ministry announced") stands within this many
#: words after the date.
FRONTED_VERB_REACH = 5
#: How many words before the verb a plan, modal or condition word makes it no past event
#: ("expected to have closed", "will have finished", "if the board approved").
PLAN_LOOKBACK = 5
_SEQ = load("events")
#: Words after which the date is not the verb's: infinitives and auxiliaries of another verb,
#: and nouns of a scheduled act whose own time it is (lexicon: events.json).
_BLOCKERS = frozenset(_SEQ["not_the_verbs_date"])
#: Reporting verbs: the date after their object belongs to what was said ("said the loans
#: mature in March 1990"), unless it follows the verb directly ("said on May 15").
_REPORTING = frozenset(_SEQ["reporting_verbs"])
_FUNCTION_WORDS = frozenset(_SEQ["stopwords"])


#: Conjunctions that join two nouns of one object ("apple and pear crops") as well as two clauses.
_NOUN_JOINS = CLASSES["noun_join"]


def _joins_nouns(an, w, head_end: int) -> bool:
    """Whether "and"/"or" joins two nouns of the verb's object rather than two clauses: a
    lower-case content word on each side ("flattened apple and pear crops on"), and no verb
    form between it and the date's preposition; "arrested two men and a woman on" and "and
    police said on" stay clause joins, as the rule cannot tell them apart."""
    if w.lower not in _NOUN_JOINS:
        return False
    prev = an.words_before(w.start, 1, sentence=False)
    after = an.words_in(w.end, head_end)
    return bool(prev and after) and all(_plain_noun_word(x) for x in (prev[-1], after[0])) \
        and not any(is_past_form(x.text) or x.lower.endswith("ing") or x.lower in _VERB_STEMS for x in after)


def _plain_noun_word(w) -> bool:
    """A lower-case content word: no function word, no name, no number."""
    return w.kind == "word" and w.text.islower() and w.lower not in _FUNCTION_WORDS


_ADVERBS_AFTER_VERB = frozenset(_PAST_EVENT["adverbs_after_verb"])
_LY_NOT_ADVERBS = frozenset(_PAST_EVENT["ly_not_adverbs"])
_PERFECT = CLASSES["present_perfect_auxiliary"]
#: The fewest letters of a word in -ly read as an adverb of manner ("sadly"; not "ally", "rely").
LY_ADVERB_LETTERS = 5


def _manner_adverb(w) -> bool:
    """A lower-case word in -ly of LY_ADVERB_LETTERS letters or more that is no adjective or
    noun of ly_not_adverbs ("peacefully", "sharply"; not "weekly", "family"): an adverb of
    manner, which opens no noun phrase."""
    low = w.lower
    return w.text.islower() and low.isalpha() and low.endswith("ly") and len(low) >= LY_ADVERB_LETTERS \
        and low not in _LY_NOT_ADVERBS
#: Words after which a past form is a finite verb, never an adjective: relative and subject
#: pronouns ("which flattened apple crops", "they painted walls").
_FINITE_AFTER = frozenset(_PAST_EVENT["finite_after"])


def _modifies_noun(an, w) -> bool:
    """A past form followed by a content word is an adjective ("preferred stock", "paid
    holiday"): a verb's object opens with a determiner, a number or a pronoun; a past form
    right after a relative or subject pronoun is a verb whatever follows it, and so is one
    followed by an adverb that opens no noun phrase ("scored twice on", "passed unanimously
    on": lexicon past_event adverbs_after_verb, or any adverb of manner in -ly: "died
    peacefully on", _manner_adverb)."""
    nxt = an.words_after(w.end, 1, sentence=False)
    if not nxt or not an.text[w.end:nxt[0].start].isspace() or nxt[0].kind != "word":
        return False
    prev = an.words_before(w.start, 1, sentence=False)
    if nxt[0].lower in _ADVERBS_AFTER_VERB or (_manner_adverb(nxt[0]) and not (prev and prev[-1].lower in _PERFECT)):
        return False  # "scored twice on 23 May", "died peacefully at home on": how, not what kind; a
        # perfect ("has climbed steadily") takes no day of its own
    if prev and prev[-1].lower in _FINITE_AFTER:
        return False  # "which flattened apple crops", "they painted walls": a subject, so a verb
    if _after_opening_subject(an, w):
        return False  # "Storms flattened crops", "The old mill burned coal": a subject, so a verb
    return nxt[0].lower not in _FUNCTION_WORDS and not nxt[0].text[:1].isupper()


#: The most words of the noun phrase opening a sentence (a determiner aside) after which a past
#: form is its verb whatever follows: "Storms flattened crops", "The old mill burned coal".
SUBJECT_WORDS = 3


def _after_opening_subject(an, w) -> bool:
    """Whether the past form ``w`` follows a short noun phrase that opens its sentence, with
    nothing else before it: an optional determiner, then one to SUBJECT_WORDS plain words or
    names, none a function word, number, possessive, adverb in -ly, -ing form or past form
    ("The flattened crops": no noun before it; "Newly planted trees", "Ruiz's planned sale":
    not a subject). Never an auxiliary ("had put the finals on"): what it tells is the next verb's."""
    if w.lower in PAST_AUXILIARIES:
        return False  # "The schedule had put the finals on 5 December": the auxiliary tells no event
    sentence = an.sentence_at(w.start)
    before = an.tokens_in(an.tokens[sentence.first].start, w.start)
    if not before or any(t.kind != "word" for t in before):
        return False
    body = before[1:] if before[0].lower in _DETERMINERS else before
    if not 0 < len(body) <= SUBJECT_WORDS:
        return False
    return not any(t.lower in _FUNCTION_WORDS or t.lower.endswith(("ly", "ing", "'s", "\u2019s")) or is_past_form(t.text)
                   for t in body)


#: The most words between a present perfect's participle and the "since" right before a date:
#: "has been running without a break at the old yard since June 2023" (seven). (Was a window
#: of 40 characters.)
PERFECT_SINCE_WORDS = 7
_PARTICIPLE = re.compile(r"[a-z]+(?:ed|ing)|been")


def _perfect_since(an, a: int, at: int):
    """A present perfect with "since" right before ``at`` in the sentence from ``a``: "has been
    running since June 2023", "have lived here since", its participle within PERFECT_SINCE_WORDS
    words of "since", no comma, semicolon, colon or full stop between: the participle's token, or
    None."""
    text = an.text
    words = [w for w in an.words_before(at, PERFECT_SINCE_WORDS + 4) if w.start >= a]
    if not words or words[-1].lower != "since" or text[words[-1].end:at].strip():
        return None
    for k in range(len(words) - 2, max(-1, len(words) - 3 - PERFECT_SINCE_WORDS), -1):
        if re.search(r"[,;:.]", text[words[k].end:words[k + 1].start]):
            return None
        if not _PARTICIPLE.fullmatch(words[k].lower):
            continue
        aux = [w.lower for w in words[max(0, k - 2):k]]
        if aux[-1:] and aux[-1] in _PERFECT or aux[-2:-1] and aux[-2] in _PERFECT and aux[-1] == "been":
            return words[k]
    return None
#: A date's own preposition right before it, "the" allowed between ("at the 2007 forum").
_DATE_LEAD = re.compile(r"(?i)\b(?:" + "|".join(sorted(_DATE_PREPOSITIONS)) + r")\s+(the\s+)?$")
#: A word right after "the <date>" makes the date part of a name or a noun phrase.
_ATTRIBUTIVE_AFTER = re.compile(r"[ \t]+(?!of\b|and\b|or\b|to\b)[A-Za-z]")


EXAMPLES = (
    flags("The old ferryman, who had worked the crossing for forty years, died quietly in his sleep on 14 May.",
          published="2025-05-06", note="an adverb of manner in -ly after the past form: a verb, not an adjective"),
    passes("Output has climbed steadily through the season ending on 14 May.", published="2025-05-06",
           note="a perfect before the adverb takes no day of its own"),
    flags("The squad flies out after the regatta in Cork, where they took the team trophy on 19 May.",
          published="2025-05-06", note="a relative 'where' with its subject: the clause keeps its tense"),
    passes("The squad flies out after the regatta in Cork, where they will race on 19 May.",
           published="2025-05-06"),
    flags("Polling stations closed at 10pm on 9 May and the count began at once.", published="2025-05-06",
          note="a clock time on a day without a year is that day"),
    passes("Polling stations closed at 10pm on 2 May and the count began at once.", published="2025-05-06"),
    flags("Lamb prices rose at the Feilding store auction on 9 June.", published="2025-06-03",
          note="an event noun after 'at' is the verb's occasion: its day is the verb's"),
    passes("The trust approved the sale on 9 June.", published="2025-06-03",
           note="the event noun as the verb's object keeps the day to itself"),
    flags("October 2, 2024\n\nEllen Marsh, a mayor for two terms, died October 9 at home.\n\nShe joined the "
          "council in 1971, led it in 1979 and 1987, retired in 1995 and saw a park named for her in 2001.",
          published="2024-10-02", note="a yearless day read against a dateline on the publication day"),
    passes("September 28, 2024\n\nEllen Marsh, a mayor for two terms, died October 9 at home.\n\nShe joined the "
           "council in 1971, led it in 1979 and 1987, retired in 1995 and saw a park named for her in 2001.",
           published="2024-10-02", note="read against another written date: not judged"),
    flags("Thiago Ruiz, the visiting side's young forward, scored twice on 23 May.", published="2024-05-12",
          note="an adverb of how often after a past form: it is the verb, not an adjective"),
    passes("North Korea proposed a preparatory meeting on 23 May.", published="2024-05-12",
           note="a verb of proposing: its object is a prospect"),
    flags("The ferry made its inaugural crossing on 15 May 2026.", published="2026-05-02",
          note="a determiner opens a noun phrase across an adjective: 'crossing' is a noun, 'made' the verb"),
    flags("Permits will be needed from June, after the Coastal Waters (Licensing and Safety) Act was signed on "
          "20 April 2025.", published="2025-04-12",
          note="a capitalized name in a subordinate clause's subject is one word; its 'and' and brackets open no clause"),
    flags("Commuters will save an hour a day after the new rail link to the airport was opened on 20 May 2024.",
          published="2024-05-06", note="a finite past verb after a subordinator keeps its own tense: the "
                                       "'will' is the main clause's"),
    passes("The envoy said that after the lease on the harbour ended in 2031, the port would revert.",
           published="2024-05-06", note="under 'would' the clause's past is a reported future (backshift)"),
    flags("The last of the new ferries sailed out of the yard at the Clyde works in Port Glasgow on 30 March 2026.",
          published="2026-03-12", note="a date with its year and a verb of motion with its path: only content "
                                       "words count in VERB_REACH"),
    passes("Investors weighed the risk tied to the handover of the port to the city in 2031.",
           published="2026-03-12", note="past the words' reach, a participle of a noun is not taken"),
    flags("The last of the new ferries sailed out of the yard at the Clyde works in Port Glasgow on 30 March.",
          published="2026-03-12", note="a day without its year: every word counts, the verb is too far for a "
                                       "warning; the weak-link tier's info finding"),
    passes("The deal gives drivers a 6.5 per cent rise now, followed by a further 3 per cent in January 2026.",
           published="2025-05-06", note="'followed by' orders what comes after it: a participle, no past event"),
    flags("In March 2021 the ministry announced the plan.", published="2021-01-10",
          note="announced, in the past, in a month after publication"),
    passes("Leaders met at the summit slated on 18 March 2021.", published="2021-01-10",
           note="slated: a plan word, like scheduled"),
    passes("Rivals have called a general shutdown on 18 March 2021.", published="2021-01-10",
           note="the date of a scheduled act named after the verb is the act's, not the verb's"),
    passes("In March 2021 the ministry will announce the plan.", published="2021-01-10",
           note="the future tense"),
    flags("The trustees voted on 20 March to sell the hall.", published="2022-03-15",
          note="a day and month without a year: in 2022 and at its nearest, 20 March is after 15 March"),
    passes("The trustees voted on 10 March to sell the hall.", published="2022-03-15"),
    flags("The operator also cut two sailings on Monday, January 6.", published="2013-12-30",
          note="6 January is a Monday only in 2014: a weekday keeps only the years it falls on it"),
    passes("The singer died on 28 December at her home.", published="2022-01-04",
           note="the nearest 28 December is last year's"),
    passes("The trustees voted on 20 June to sell the hall.", published="2022-03-15",
           note="more than MAX_DAYS_AHEAD days ahead: a reader may take it as last year's"),
    flags("We painted the old hall on 22 March.", published="2022-03-15",
          note="the verb and its object before the date's preposition"),
    flags("Inspectors fined the two ferry operators 40,000 euros on 22 March.", published="2022-03-15",
          note="the verb VERB_REACH words before the date's preposition; a comma inside a number breaks no clause"),
    flags("Inspectors fined the two ferry operators a further 40,000 euros on 22 March.", published="2022-03-15",
          note="one word further than VERB_REACH: the date may be a later noun's, so the weak-link tier's info"),
    flags("The gale, which uprooted oak and beech trees along the coast on 22 March, cut power.",
          published="2022-03-15", note="after 'which' a past form is a verb; 'and' between two nouns of its "
                                      "object joins no clauses"),
    passes("The gale uprooted trees and crews cleared roads on 22 March.", published="2022-03-15",
           note="'and' before a clause with a verb of its own: the date is that clause's"),
    flags("The storm flattened crops on 22 March.", published="2022-03-15",
          note="a past form after the noun phrase opening its sentence is its verb, whatever follows"),
    passes("The flattened crops on 22 March were replanted.", published="2022-03-15",
           note="no subject before the past form: an adjective"),
    passes("The old schedule had put the finals on 22 March.", published="2022-03-15",
           note="an auxiliary after the subject tells no event of its own: the date is the finals'"),
    passes("The old stone barn beside the river housed cattle on 22 March.", published="2022-03-15",
           note="more than SUBJECT_WORDS words before the past form: not read as a short opening subject"),
    flags("The tribunal ruled on 22 March that the fees could not be charged.", published="2022-03-15",
          note="the modal is in what was ruled (a 'that' clause right after the date), not the ruling"),
    passes("The tribunal ruled in favour of tenants, who could appeal on 22 March.", published="2022-03-15",
           note="the modal's clause holds the date"),
    passes("Crews inspect the newly paved road on 22 March.", published="2022-03-15",
           note="a past form after a determiner and an adverb is an adjective ('the newly paved road')"),
    flags("Figures released by the national statistics office on 22 March showed a fall.", published="2022-03-15",
          note="a passive's agent between the verb and its date"),
    passes("The workers voted to strike on 22 March.", published="2022-03-15",
           note="the date is the infinitive's"),
    flags("Hartley Town climbed to second place after thrashing Wanderers 4-0 on 15 March.", published="2025-03-10",
          note="a gerund after 'after' is told in its main clause's past (GERUND_MAIN_REACH)"),
    passes("Output was projected to grow 2 percent this year, before slowing to 1.5 percent in 2026.",
           published="2025-03-10", note="the main clause is a forecast: so is the gerund's event"),
    passes("Hartley Town will climb to second place after thrashing Wanderers 4-0 on 15 March.",
           published="2025-03-10", note="the main clause is future"),
    flags("Voters in the ward went to the polls on 15 March 2025.", published="2025-03-10",
          note="'to' before a determiner is a preposition, not an infinitive"),
    flags("The final took place on 15 March 2025.", published="2025-03-10",
          note="'took' is never a participle, so 'took place' is a verb and its object, not an adjective and noun"),
    passes("Last year's regatta went ahead although the river flooded on 20 March.", published="2022-03-15",
           note="a yearless day in a sentence that names another whole year first is read in that year"),
    passes("In 2021, the trustees voted on 20 March to sell the hall.", published="2022-03-15"),
    flags("Rents rose from the level of 2021, and the trustees voted on 20 March to sell the hall.",
          published="2022-03-15", note="a year past a comma in mid-sentence is another clause's"),
    flags("In 2022, the trustees voted on 20 March to sell the hall.", published="2022-03-15",
          note="the year the sentence names is the publication year"),
    passes("On 20 March, the firm sold its shares.", published="2022-03-15",
           note="a fronted date without a year opens a chronology"),
    flags("The ferry, which has been operating since June 2024, will add a boat.", published="2024-02-12",
          note="a present perfect since a later date"),
    flags("The storm flattened apple and pear crops across the Wairau River Valley on 20 March.",
          published="2026-03-12", note="the words of a capitalized name count as one word of VERB_REACH"),
    flags("The ministry unveiled the plan in December 2025.", published="2025-11-04",
          note="a plan word after a determiner right before the date's preposition is the verb's object"),
    passes("The ministry unveiled a plan to cut fares in December 2025.", published="2025-11-04",
           note="a plan with an infinitive: the date may be the plan's"),
    flags("The mill, which made paper for a century, shut in May 2026.", published="2026-03-03",
          note="a past form that is also a noun ('shut') is a verb after the opening subject and its interruption"),
    passes("The rate cut on 20 March lifted shares.", published="2026-03-03",
           note="a past form that is also a noun, right before a preposition after a noun: a compound noun"),
    flags("The warrants will expire May 9.", published="2022-05-13",
          note="info: told as future, but 9 May was four days before publication (RECENT_DAYS); a year on is "
               "the other reading"),
    passes("The warrants will expire May 9.", published="2022-05-24",
           note="15 days back: more than RECENT_DAYS"),
    flags("Holders of record on May 20 will receive one warrant for each share. The warrants will expire May 9.",
          published="2022-05-13", note="a warning: the warrants end before the day the sentence before gives them"),
    passes("The board will pay the dividend on May 31 to holders of record May 9.", published="2022-05-13",
           note="the record date is no future verb's own date"),
    flags("The footbridge reopened to walkers on 22 March 2022.", published="2022-03-15",
          note="'to' before a plural noun, a name, a number or a mass noun is a preposition, not an infinitive"),
    flags("The old ferry terminal opened to traffic on 22 March 2022.", published="2022-03-15",
          note="'traffic': a noun of to_mass_nouns"),
    passes("The dockers voted to walk out on 22 March 2022.", published="2022-03-15",
           note="'to' before a verb is an infinitive: the date is the walkout's"),
    flags("The painter died March 22 at a hospice in Leith.", published="2022-03-15",
          note="US style: a day and month right after the past verb, no preposition"),
    passes("The original deadline was March 22.", published="2022-03-15",
           note="a copula names the date, it tells no event"),
    passes("The board fixed March 22 as the record date.", published="2022-03-15",
           note="a day followed by 'as' is the verb's object"),
    passes("The fund has paid out 4 million since the scheme began March 20.", published="2022-03-15",
           note="a 'since' clause starts what runs to now: its bare day is read in the year that makes it past"),
    passes("The sailing season began May 1.", published="2022-03-15",
           note="a bare day more than BARE_DAYS_AHEAD days ahead: a reader may take it as last year's"),
    passes("Talks stalled on 3 February 2021. The rise was approved March 22.", published="2022-03-15",
           note="a bare day after an earlier year's date may tell that year's story"),
    flags("The dredger slid down the slipway on 22 March and will start work next spring.",
          published="2022-03-15", note="a second predicate joined by 'and' with its own modal keeps its tense"),
    passes("The yard said the dredger would have slid down the slipway on 22 March and will work in June.",
           published="2022-03-15", note="a modal before the verb is the verb's own"),
    flags("Rovers beat United 2-0 on 22 March 2022.", published="2022-03-15",
          note="'beat', a past form the same as the present, read as past after its subject"),
    flags("The retrial is expected to begin on 9 September 2024.", published="2024-12-02",
          note="a day written with its year, told as future, but before publication"),
    passes("The retrial is expected to begin on 9 September 2025.", published="2024-12-02"),
    passes("The inquiry will report on 1 December 2024.", published="2024-12-02",
           note="within FUTURE_SLACK_DAYS: wire copy dated the morning after it was written"),
    flags("The new footbridge will open on 3 March.", published="2025-05-20",
          note="info: 3 March was 78 days back; its next occurrence is more than FAR_AHEAD_DAYS away"),
    passes("The new footbridge will open on 3 August.", published="2025-05-20"),
    passes("The coach will step down on December 31.", published="2025-03-17",
           note="the next occurrence is in the publication year, which news copy leaves out"),
    flags("The new catamaran made its first crossing of the strait, with 300 passengers and a band on board, "
          "on 15 May 2026.", published="2026-05-02",
          note="weak-link tier: the nearest past verb, past a comma, within WEAK_VERB_WORDS words (info)"),
    passes("The board published the timetable on 28 April 2026, before the deadline for lists on 19 May 2026.",
           published="2026-05-02", note="weak-link tier: the verb's date is the nearer one"),
    flags("The diner has served travelers since 1958. The sale closed Nov. 14, the new owner said.",
          published="2024-11-06", note="'closed' as the finite verb of the opening noun phrase tells an event "
                                       "(bare_date_finite); a span up to now sets no story in 1958"),
    passes("The quarter ended Nov. 30 will show a loss, analysts said.", published="2024-11-06",
           note="an opening phrase naming a period: 'ended' names its end (period_nouns, units)"),
    flags("The city council met for more than two hours before approving the budget Nov. 20.",
          published="2024-11-12", note="weak-link tier: a bare day after a gerund's object, the gerund told in "
                                       "its main clause's past (info)"),
    passes("Directors set a 10-cent dividend payable Nov. 20 to holders of record Nov. 15.",
           published="2024-11-12", note="weak-link tier: a bare day after a scheduled act or a label"),
)


#: The weak-link tier (_past_verb_farther): the nearest past-tense verb before a date after
#: publication, in its sentence, at most WEAK_VERB_WORDS words back across commas, names and
#: objects, where the main path's verb (VERB_REACH words, no clause break) found none.
WEAK_VERB_WORDS = 24
#: Order words between the verb and the date: the date is then the other event's ("gave the
#: rise before the vote on"): the sequence lexicon's forward and backward words' first words
#: (not "in" of "in the run-up to", a date's own preposition).
_WEAK_ORDER_WORDS = frozenset(w.split()[0] for w in load("sequence")["forward"] + load("sequence")["backward"]) \
    - _DATE_PREPOSITIONS
MESSAGE_WEAK = ("if \u201c{trigger}\u201d ({n} words before it) tells the event dated {when}, that event is told as "
                "past but is after the publication date ({published})")
WEAK_READING = ("the nearest past-tense verb before the date in its sentence, within WEAK_VERB_WORDS words: the "
                "date may be another event's, so an info finding showing both sides")


def _weak_verb(an, t) -> tuple[int, int, int] | None:
    """The nearest past-tense verb before the date ``t`` in its sentence, within WEAK_VERB_WORDS
    words, with the number of words between: None when the date has no preposition of a day
    right before it ("in", "on", "during", "at": not "by", "until", "for"), when the nearest
    verb form is a reporting verb ("said on Monday"), a present one ("runs a works at"), an
    -ing form ("ending on"), an auxiliary ("had"), or a participle opening its clause ("Asked
    about"), when a clause word (not an "and" joining nouns) or an order word stands between, when
    a noun of a scheduled act stands right before the date's preposition ("approved payment of
    the dividend on": its own day, events not_the_verbs_date), or when a modal, plan or future
    word makes the verb no past event: anywhere in the sentence before the date (the link
    being weak, a plan anywhere may be the date's), and as the main path reads them, future
    talk in the verb's clause after the date too (_talk_span)."""
    text = an.text
    a, b = sentence_bounds(text, t.start, t.end)
    lead = _DATE_LEAD.search(text, a, t.start)
    bare = lead is None and _bare_after_object(an, t, a)
    if (lead is None and not bare) or _perfect_since(an, a, t.start) is not None \
            or _NOT_PAST.search(text[a:t.start]) or _FUTURE_TALK.search(text, a, t.start):
        return None  # a sentence that speaks of a plan or the future before the date
    head = lead.start() if lead is not None else t.start
    scanned = [w for w in an.words_before(t.start, WEAK_VERB_WORDS) if w.start >= a]
    for n, w in enumerate(reversed(scanned)):
        low = w.lower
        if low in _REPORTING or (low in _BLOCKERS and (n == 1 or bare or low in FUNCTION_WORDS
                                                       or _NOT_PAST.fullmatch(low))):
            return None  # "said on", "to open on", "approved payment of the dividend on"
        if low.endswith("ing") and not _after_determiner(an, w) and _gerund_told_past(an, w, a):
            break  # "deliberated for hours before returning its verdict": told in the main clause's past
        if (low in _CLAUSE_WORDS and not _weak_joins_nouns(an, w, head)) or low in _WEAK_ORDER_WORDS \
                or (low.endswith("ing") and not _after_determiner(an, w)):
            return None  # another clause, an order word's other event or another verb form holds the date
        if _is_past_verb(an, w) and not _modifies_noun(an, w):
            break
        if not is_past_form(low) and ((low.endswith("s") and low[:-1] in _VERB_STEMS) or low in _VERB_STEMS):
            return None  # a present verb governs what follows ("runs a works at")
    else:
        return None
    if w.lower in PAST_AUXILIARIES or not text[a:w.start].strip() \
            or (text[:w.start].rstrip().endswith(",") and text.count(",", a, w.start) % 2):
        return None  # "had", "was": no event of its own; a participle opening a clause ("Asked about") or
        # an aside ("The bonds, guaranteed by"; not "The ship, built in Turku, made": the aside closed)
    lookback = an.words_before(w.start, PLAN_LOOKBACK)
    ca, cb = _talk_span(an, a, b, w.start, t.end)
    before = max(a, ca, lookback[0].start if lookback else w.start)
    if _plan_between(an, w.start, t.end) or _NOT_PAST.search(text[before:w.start]) or _FUTURE_TALK.search(text[ca:cb]):
        return None
    return w.start, w.end, n


def _bare_after_object(an, t, a: int) -> bool:
    """Whether ``t`` is US copy's bare day and month (no year, no preposition) right after a
    plain noun of its sentence ("returning its verdict Dec. 12"): the verb's object ends there,
    and the day is the verb's. Not after a word of bare_date_not_after, a scheduled act
    (events not_the_verbs_date: "record", "payable"), a function word, a number or a name, nor
    before a noun or a name, which it labels ("postponed the original July 1 deadline")."""
    if not _DAY_WITH_MONTH.match(t.text) or _YEAR.search(t.text) or not _names_in(t) & _MONTH_NAMES:
        return False
    prev = an.words_before(t.start, 1)
    if not prev or prev[0].start < a or not an.text[prev[0].end:t.start].isspace():
        return False
    w = prev[0]
    if not (w.kind == "word" and w.text.islower() and w.lower not in FUNCTION_WORDS and w.lower not in _BLOCKERS
            and w.lower not in _BARE_NOT_AFTER and not _verb_form(w)):
        return False
    nxt = an.words_after(t.end, 1, sentence=False)  # a line break alone ends no phrase (a table's row)
    # the day ends the verb phrase: a clause mark, the sentence's end or a function word after it;
    # a noun or a name right after it makes it a label of that ("the July 1 deadline", a
    # fixture's "April 12 East Coast")
    return not nxt or not an.text[t.end:nxt[0].start].isspace() or nxt[0].lower in FUNCTION_WORDS


def _weak_joins_nouns(an, w, head_end: int) -> bool:
    """For the weak-link tier, "and"/"or" joins noun phrases of the verb's object when no verb
    form stands between it and the date's preposition ("with 300 passengers and a band on
    board, on"); "and crews cleared roads on" joins a clause."""
    return w.lower in _NOUN_JOINS and not any(
        is_past_form(x.text) or x.lower.endswith("ing") or x.lower in _VERB_STEMS for x in an.words_in(w.end, head_end))


def _past_verb_farther(claims: ClaimSet, an, by_id: dict, found: set[int]):
    """The weak-link tier: a date after publication (as the main path reads it) that the main
    path's verb did not reach, whose sentence tells a past-tense verb before it within
    WEAK_VERB_WORDS words (_weak_verb: the nearest verb form, no reporting verb, plan or
    future word before the date, and no other time phrase between the verb and the date): "sold for a record price at the stud's annual sale on <a day
    after publication>". The verb may govern another phrase than the date's, so an info
    finding showing both sides."""
    published = claims.article.published
    text = an.text
    times = claims.of_kind("time")
    prices = sorted(q.start for q in claims.of_kind("quantity") if q.attrs.get("dimension") == "money")
    for t in times:
        if t.start in found:
            continue
        ahead = _after_publication(claims, an, t, by_id)
        if ahead is None:
            continue
        verb = _weak_verb(an, t)
        if verb is None:
            continue
        vs, ve, n = verb
        if _for_purpose(an, vs, t.start, prices) or _orders_what_follows(an, vs, ve) \
                or any(ve <= o.start and o.end <= t.start for o in times):
            continue  # "published it on 28 August, before the deadline on 3 September": the verb's date is the nearer one
        when = span_words(*ahead)
        yield Finding(
            MESSAGE_WEAK.format(trigger=text[vs:ve], n=n, when=when, published=day_words(published)),
            vs, ve, severity=Severity.INFO,
            related=[Related(t.start, t.end, RELATED.format(when=when))],
            evidence=[f"\u201c{t.text}\u201d = {when}, which begins after {day_words(published)}", WEAK_READING])
