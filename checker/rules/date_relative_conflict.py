"""date.relative-conflict: a phrase relative to publication that contradicts the date beside it."""

from __future__ import annotations

import bisect
import re
from datetime import date
from operator import attrgetter

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.event_mentions import Chains
from checker.rules.examples import flags, passes
from checker.rules.wording import span_words
from claims.events import NOUNS as EVENT_NOUNS, event_kind, fold_word
from claims.language import analyse
from claims.language.vocabulary import FUNCTION_WORDS, is_a
from claims.lexicon import load
from claims.model import Claim, ClaimSet
from claims.temporal import calendar as cal
from claims.temporal.tense import is_past_form

MESSAGE = "\u201c{rel}\u201d and \u201c{exp}\u201d cannot be the same time: {why}"
WHY_BEFORE = "{exp_span} is after {rel_span}"
WHY_AFTER = "{exp_span} is before {rel_span}"
MESSAGE_LIKELY = ("\u201c{rel}\u201d and \u201c{exp}\u201d, told of what looks like one event in two "
                  "sentences, cannot be the same time: {why}")
LIKELY_WHY = {
    "pro-verb": "the second sentence opens with a pro-verb (\u201cdid so\u201d) standing for the first one's event",
    "same verb": "the second sentence repeats the first one's verb shortly before the date",
    "same event": "the second sentence names the same kind of event (\u201cvote\u201d, \u201cballot\u201d) shortly before the date",
    "": "",
}
RELATED = "\u201c{rel}\u201d, relative to the publication date {published}, means {rel_span}"


@rule("date.relative-conflict", Severity.ERROR,
      "A phrase relative to the publication date that contradicts the date written beside it",
      needs_published=True, needs_text=True)
def check(claims: ClaimSet):
    """
    What it checks
        Pairs of expressions that name the same time side by side, one relative to the
        publication date and one explicit: "earlier this year in February", "tomorrow, 12
        May", "last month, on 2 February", "a week ago (20 May)", "next week, on 30 June",
        "last Monday, 26 May", "today - 13 November", "1 December, 18 days from now", a part
        of a day ("last night, 9 June", "this morning (10 June)": a night runs to the next
        morning). A clock time on such a day ("4 a.m. yesterday, May 13"; on a weekday counted
        back, "5.30am last Thursday, 20 March"), a
        comma and a range's opening word or a participle of holding ("next month, from 14 to
        16 August", "last week, held on 2 September"), "with", a noun phrase of at most
        WITH_NOUN_WORDS words and a participle of starting ("next month, with the new tariff
        taking effect on 27 May"; not "with a second rise": another occurrence), and
        "overnight" beside a date (the night
        just gone). A possessive relative phrase and a day after "on" in its own noun phrase,
        whatever its head ("last week's 3-2 loss to Ashby Town on 29 September": a warning;
        POSSESSIVE_PHRASE_WORDS). The extractor decides which mentions are such a pair (the time claim's
        ``apposition``); the explicit date must fall within what the relative phrase means on
        the publication date. So must one event noun dated twice in its own noun phrase: a
        possessive relative phrase before it and a day right after it or in its clause with a
        verb of happening or a word that sets a plan's day ("Last week's meeting on 20 May",
        "Yesterday's vote, which was held on 4 June", "Next month's ballot, set for 14
        August": at most CLAUSE_OPENER_WORDS words before that word; a phrase naming where or by
        whom it happened may complete the noun before that clause's comma, "last month's meeting at
        Riverside Hall, held on 2 May": a name preposition before capitalized words). A day in the next
        sentence that likely names the same time (it opens with a pro-verb, "It did so on 11
        March", or repeats the verb, a headline's "opens tomorrow"
        over "will open ... on 4 August") is reported at info level: that it is one event is
        a reading, not a certainty. One event dated twice, by a relative phrase and by a
        written day up to SAME_EVENT_SENTENCES sentences later, is a warning: one kind of
        event (claims/lexicons/events.json kinds: "will idle six plants next week" and "the
        plants will be closed ... starting August 6" are one shutdown; a past verb and its
        noun told after it are one event whatever the verb, "inspected ... the inspection"), neither numbered nor
        of a recurring kind, the later one dated by a day written with its month, with a
        participant in common that the later sentence names as the one already told ("the
        plants", at most SUBJECT_REACH words before its event word), or the event noun itself
        again right after "the", "that" or "this" ("Yesterday's vote was close. The vote was
        held on 9 June": the vote already told; then recurring kinds count too, and the first
        may itself be an event noun the relative phrase dates: "the dock strike will start next
        week ... the walkout would begin on 30 June"). A sentence that opens with a pronoun
        and a verb of happening ("It took place on 2 May", "That happened on"; events.json
        pro_forms) tells again the event the sentence before dated: an info finding, since
        what a pronoun stands for is a reading. A day that
        opens or closes a span ("starting", "until", or a verb of beginning or ending tied to
        it: "the strike began on 3 May") misses the relative phrase only beyond it on the
        span's open side. The other order too: a relative phrase that dates an event told as
        one already told ("yesterday's storm", "the storm yesterday") and the nearest earlier
        event of its kind, dated by a written day up to SAME_EVENT_SENTENCES sentences before
        ("The storm struck on 9 September"), when the article introduces one of its kind only.
        At any distance, through the event's chain (claims/mentions.py, read by
        checker/rules/event_mentions.py): "The board voted yesterday ... its decision
        on Tuesday, February 19" (a decision names a ballot: events.json mentions
        synonyms), each day within NOUN_REACH words of its event word; a warning when the
        event is the sole one of its kind, named again by a definite noun of the same word
        or a synonym, alone in its sentence, its date read one way, and the two more than
        WRITING_SLACK_DAYS apart; else an info finding showing both sides.

    Why it matters
        These pairs are how copy goes stale: a draft written in one month and published in
        another keeps "earlier this year in November" or "tomorrow, 12 May" that the calendar
        now rules out.

    Does not flag
        A clock time at night beside a date (it may fall past midnight), "overnight" not
        beside a date ("overnight rates"), a possessive's noun phrase ended by a comma, "of",
        another function word or a past form ("last week's announcement of a strike on").
        Relative phrases with no explicit date beside them (in another sentence, or after a
        bare "in" other than after a year: "last week in Paris"), a part of a day ("last
        night") linked to a date only through an event told in another sentence, an
        explicit date before a relative phrase joined only by a comma or "on" ("due Oct 8, on Monday" names two
        times), a bare weekday beside a date (it is the date's weekday, judged by
        date.weekday-mismatch: "on Friday, 31/10/2014" published two weeks later), weekdays
        coordinated before coordinated days ("Saturday and Sunday on February 8 and 9": they
        pair respectively, so the first day is not the last weekday's), explicit
        dates that fall anywhere in the relative phrase's interval (a month or day written
        without a year is read in every year the relative phrase can mean), vague references
        ("recently", "a few days ago"), and articles without a publication date; for one
        event dated twice, a later sentence with a word of another occurrence ("again",
        "also", "another"; events.json one_event_twice), a participant not named as the one
        already told ("two machines will be closed") or named farther than SUBJECT_REACH
        words before the event word, an event noun whose day is part of its description ("the
        vote on 9 June", "the 9 June vote": that day picks a vote) or set apart by a word
        between ("the earlier vote"), a month or year rather than a day ("in December", "in
        1987": a period the event may fall in), a day more than SAME_EVENT_SENTENCES
        sentences on, or a span that can reach the relative phrase ("starting 29 April" before
        "next week"). Beyond those limits, when every dated event of one kind in the article
        is dated by one relative phrase or one written day that cannot meet (the kind not
        recurring, none numbered, no word of another occurrence), the two may be one event
        told twice paragraphs apart ("The treaty, ratified last month, ... the 3 March
        treaty"): an info finding showing both, since the article may tell two. Through the
        chain: a mention introduced, set apart or dated inside its own noun phrase (see
        date.anchor-conflict), a date after a reference word or of a plan ("had been pencilled
        in for the spring"), a chain with more than one occurrence introduced before the mention.
    """
    by_id = {c.id: c for c in claims.claims}
    published = claims.article.published
    for c in claims.of_kind("time"):
        rel = by_id.get(c.attrs.get("apposition", ""))
        likely = rel is None  # a day in the next sentence told of the same event: a reading
        if likely:
            rel = by_id.get(c.attrs.get("restates", ""))
        if rel is None or rel.timex is None or c.timex is None:
            continue
        if not _comparable(rel.timex, c.timex, rel.id, side_by_side=not likely):
            continue
        f = _unmet(rel, c, published, likely, LIKELY_WHY[c.attrs.get("restates_by", "")] if likely else None)
        if f is not None:
            yield f
    told = set()
    for f in _one_noun_phrase(claims, by_id):
        told.add(f.start)
        yield f
    for f in _possessive_phrase_day(claims, told):
        yield f
    reported = set()
    for f in _one_event_twice(claims, by_id):
        reported.add(f.start)
        yield f
    for f in _the_only_one_of_its_kind(claims, by_id, reported):
        reported.add(f.start)
        yield f
    yield from _chained(claims, by_id, reported)


_EVENTS = load("events")
_HAPPENING = frozenset(_EVENTS["pro_forms"]["lemmas"])
#: Words that set a planned event's day ("set for", "scheduled for", "due on"): temporal.json
#: tense.planned, less the auxiliaries and verbs of intention that take no day.
_PLAN_WORDS = frozenset(w for w in load("temporal")["tense"]["planned"] if w.endswith(("ed", "due", "set")))
_CLAUSE_OPENERS = frozenset(_EVENTS["relative_pronouns"]["words"]) | frozenset(_EVENTS["auxiliaries"]["words"])
#: The most words between an event noun and the verb of happening of the clause that dates
#: it ("Yesterday's vote, which was held on 4 June": two, "which was"; "the vote, held on").
CLAUSE_OPENER_WORDS = 2


_START = attrgetter("start")


def _one_noun_phrase(claims: ClaimSet, by_id: dict):
    """One event noun dated twice in its own noun phrase: by a possessive relative phrase
    before it ("Last week's meeting", "Yesterday's vote") and by a day written right after it
    ("on 20 May") or in the clause that describes it with a verb of happening ("Yesterday's
    vote, held on 4 June", "which took place on"; events.json pro_forms) or a past verb the
    day right after its "on" or "in" dates ("last week's gale, which hit on") or a word that sets a
    plan's day ("Next month's vote, set for 14 August"), at most CLAUSE_OPENER_WORDS relative
    pronouns or auxiliaries before that word; an "of" phrase of at most OF_PHRASE_WORDS words
    may complete the noun before the comma that sets off its day ("Last week's hearing of
    the licensing panel, on 2 March"). Both date the one occurrence the noun phrase
    names, as an apposition does."""
    events = sorted(claims.of_kind("event"), key=lambda e: e.start)
    nouns = [e for e in events if e.attrs.get("noun") and e.attrs.get("time") in by_id]
    if not nouns:
        return
    an = analyse(claims.article.text)
    times = sorted(claims.of_kind("time"), key=lambda c: c.start)
    for e in nouns:
        r = by_id[e.attrs["time"]]
        if r.timex is None or not _possessive_time(an, r, e):
            continue
        head = (e.start, e.end)
        noun_end = _of_phrase_end(an, e.end)  # "Last week's by-election in Ashvale, held on ..."
        k = bisect.bisect_left(events, noun_end, key=_START)  # the first event from there on, by bisection
        verb = events[k] if k < len(events) else None
        if verb is not None and (verb.attrs.get("lemma") in _HAPPENING or _own_day_verb(an, verb, by_id)) \
                and an.sentence_at(verb.start) is an.sentence_at(e.start):
            between = an.words_in(noun_end, verb.start)
            if len(between) <= CLAUSE_OPENER_WORDS and all(w.lower in _CLAUSE_OPENERS for w in between):
                head = (verb.start, verb.end)
        if head[0] == e.start:  # "Next month's vote, set for 14 August": the plan's word
            after = an.words_after(e.end, CLAUSE_OPENER_WORDS + 1)
            k = next((k for k, w in enumerate(after) if w.lower not in _CLAUSE_OPENERS), None)
            if k is not None and after[k].lower in _PLAN_WORDS:
                head = (after[k].start, after[k].end)
        if head[0] == e.start:  # "Last month's meeting of the committee, on 4 September"
            head = (e.start, _of_phrase_end(an, e.end))
        k = bisect.bisect_left(times, head[1], key=_START)
        c = times[k] if k < len(times) else None
        if c is None or c.timex is None or "apposition" in c.attrs or not _written_day(c) \
                or not _follows_closely(an, head[1], c) or not _comparable(r.timex, c.timex, r.id, side_by_side=True):
            continue
        f = _unmet(r, c, claims.article.published, False, f"both date the one \u201c{e.text}\u201d its noun phrase names")
        if f is not None:
            yield f


def _own_day_verb(an, verb: Claim, by_id: dict) -> bool:
    """A past verb that the day right after its preposition dates ("last week's gale, which
    hit on 29 October", "which started in"): told of the noun before it, it tells that noun's
    event happening, as a verb of happening does."""
    t = by_id.get(verb.attrs.get("time") or "")
    return t is not None and is_past_form(verb.text) and len(an.words_in(verb.end, t.start)) == 1 \
        and an.words_in(verb.end, t.start)[0].lower in ("on", "in")


#: The most words between a possessive relative phrase and the "on" of a day in its own noun
#: phrase ("last week's 3-2 loss to Ashby Town on": five).
POSSESSIVE_PHRASE_WORDS = 7
_NAME_PREPOSITIONS = frozenset(load("temporal")["possessive_phrase_day"]["name_prepositions"])


def _possessive_phrase_day(claims: ClaimSet, told: set[int]):
    """A possessive relative phrase ("last week's", "yesterday's") and a day written with its
    month after "on" in the same noun phrase, whatever its head noun: "last week's 3-2 loss to
    Ashby Town on 2 May". The noun phrase runs at most POSSESSIVE_PHRASE_WORDS words, over
    numbers, a scoreline's dash, content words that are no past forms and a preposition of
    ``name_prepositions`` before a capitalized name; a comma, any other function word ("of a
    strike on", "to close ... on") or a past form ends it, and then the day is another
    thing's. Both date the one thing the noun phrase names."""
    text = claims.article.text
    times = sorted(claims.of_kind("time"), key=lambda c: c.start)
    an = None
    for k, r in enumerate(times):
        x = r.timex
        if x is None or x.resolution != "dct" or _calendar_named(r) or not _POSSESSIVE.match(text, r.end):
            continue
        c = times[k + 1] if k + 1 < len(times) else None
        if c is None or c.start in told or c.timex is None or "apposition" in c.attrs or not _written_day(c) \
                or not _comparable(x, c.timex, r.id, side_by_side=True):
            continue
        an = an or analyse(text)
        if an.sentence_at(c.start) is not an.sentence_at(r.start) or not _one_noun_phrase_to(an, r.end, c.start):
            continue
        f = _unmet(r, c, claims.article.published, False, "both date the one thing its noun phrase names")
        if f is not None:
            f.severity = Severity.WARNING  # which noun the day dates is a reading of the phrase
            yield f


def _one_noun_phrase_to(an, start: int, day_start: int) -> bool:
    """Whether the words from the possessive's end to the day are one noun phrase closed by
    "on" (see ``_possessive_phrase_day``)."""
    toks = an.tokens_in(start, day_start)
    words = [t for t in toks if t.is_word]
    if not words or words[-1].lower != "on" or len(words) - 1 > POSSESSIVE_PHRASE_WORDS:
        return False
    body = toks[:toks.index(words[-1])]
    for i, t in enumerate(body):
        if t.kind == "punct":
            if t.text not in "-\u2013'\u2019s":
                return False
            continue
        if t.kind == "number" or t.lower in ("s",):
            continue
        if t.lower in _NAME_PREPOSITIONS:
            nxt = body[i + 1] if i + 1 < len(body) else None
            if nxt is None or not nxt.text[:1].isupper():
                return False
            continue
        if t.lower in FUNCTION_WORDS or is_past_form(t.text):
            return False
    return True


#: The most words of an "of" phrase that completes an event noun before the comma that sets
#: off its day ("Last week's hearing of the licensing panel, on 2 March": three).
OF_PHRASE_WORDS = 5


def _of_phrase_end(an, end: int) -> int:
    """Where an "of" phrase right after an event noun ends ("meeting of the board, on ..."),
    or a phrase of a name preposition before a name (``name_prepositions``: "by-election in
    Ashvale West, held on ...", "final at Riverside Park, on ...": capitalized words, a "the"
    allowed first): at the comma that closes it, at most OF_PHRASE_WORDS words after the
    preposition, in the sentence; else ``end`` itself."""
    after = an.words_after(end, 1)
    if not after or an.text[end:after[0].start].strip() or (
            after[0].lower != "of" and after[0].lower not in _NAME_PREPOSITIONS):
        return end
    named = after[0].lower != "of"  # the place or body the event happened at: a name
    sentence_end = an.sentence_at(end).end
    words = 0
    for t in an.tokens_in(after[0].end, sentence_end):
        if t.is_word:
            words += 1
            if words > OF_PHRASE_WORDS or t.text[:1].isdigit() or (
                    named and not t.text[:1].isupper() and not (words == 1 and t.lower == "the")):
                return end
        elif t.text == ",":
            return t.start if words else end
        else:
            return end
    return end


def _unmet(rel: Claim, c: Claim, published: date, likely: bool, why_one: str | None) -> Finding | None:
    """The finding when the day ``c`` falls outside what the relative phrase ``rel`` means in
    every year a reader may take it in, else None; an info finding when the two being one time
    is a reading (``likely``). ``why_one`` says why they name one time."""
    rel_iv = _relative_interval(rel.timex)
    exp_iv = _explicit_in_years(c, rel_iv)
    if any(cal.intersects(rel_iv, iv) for iv in exp_iv):
        return None
    shown, why = _nearest_miss(exp_iv, rel_iv)
    return Finding(
        (MESSAGE_LIKELY if likely else MESSAGE).format(rel=rel.text, exp=c.text, why=why),
        c.start, c.end,
        severity=Severity.INFO if likely else None,
        related=[_related(rel, rel_iv, published)],
        evidence=[_rel_evidence(rel, rel_iv, published), f"\u201c{c.text}\u201d = {span_words(*shown)}",
                  "the two intervals do not overlap"] + ([why_one] if why_one else []),
    )


PRO_FORM_READING = ("the sentence opens with a pronoun and \u201c{pro}\u201d, read as standing for "
                    "\u201c{told}\u201d the sentence before dated: a reading, so an info finding")
MESSAGE_EVENT = ("\u201c{rel}\u201d and \u201c{exp}\u201d date what reads as one event (\u201c{e_rel}\u201d, "
                 "\u201c{e_exp}\u201d: {noun}), but cannot be the same time: {why}")
#: How many sentences after a relative phrase's event a written day may date the same event:
#: "will idle six plants next week. The automaker will shut three plants in each group. The
#: plants will be closed for a week starting August 6" (two).
SAME_EVENT_SENTENCES = 2
_TWICE = load("events")["one_event_twice"]
_REPEAT, _DEFINITE = frozenset(_TWICE["repeat_words"]), frozenset(_TWICE["definite_words"])
_SPAN_START, _SPAN_END = frozenset(_TWICE["span_start"]), frozenset(_TWICE["span_end"])
_POINTING_BACK = frozenset(_TWICE["pointing_back"])
_RECURRING = frozenset(load("events")["recurring_kinds"])
_LASTING = frozenset(load("events")["lasting_kinds"]["words"])
_TEMPORAL = load("temporal")
_MONTHS = frozenset(_TEMPORAL["months"])
_CALENDAR_WORDS = _MONTHS | frozenset(_TEMPORAL["weekdays"])
#: The farthest (in words) before the later event's word the participant already told may
#: stand: "The plants will be closed" (two words between).
SUBJECT_REACH = 4


def _calendar_named(c: Claim) -> bool:
    """Whether a time claim names the calendar (a month or weekday, a written number):
    "August 6", "Friday"; not "next week", "tomorrow"."""
    return any(ch.isdigit() for ch in c.text) or any(w.strip(".,").lower() in _CALENDAR_WORDS for w in c.text.split())


def _written_day(c: Claim, part_of_day: bool = False) -> bool:
    """A day written with its month ("August 6", "6 August 1987"): not a month or a year
    ("in December", "in 1987": another period the event may fall in), not "last September";
    with ``part_of_day``, a part of such a day too ("the afternoon of 9 September")."""
    x = c.timex
    value = (x.value or "")[:10] if x is not None and part_of_day and x.type == "TIME" else (x.value or "") if x else ""
    return x is not None and len(value) == 10 and value[4] == "-" \
        and any(w.strip(".,").lower() in _MONTHS for w in c.text.split())


def _one_event_twice(claims: ClaimSet, by_id: dict):
    """A relative phrase's event and a written day's event in a later sentence (at most
    SAME_EVENT_SENTENCES on) that read as one event: one kind of event (events.json kinds:
    idling and closing are one shutdown), neither numbered nor of a recurring kind, a
    participant in common that the later sentence names as the one already told ("the
    plants"), and no word of another occurrence there ("again", "also"). The day's every
    year must miss what the relative phrase means; a day that opens or closes a span
    ("starting August 6", "until May 2") misses it only beyond it on the span's open side,
    in each year a reader takes it in (``attrs.readings``)."""
    dated = [e for e in claims.of_kind("event") if e.attrs.get("time") in by_id]
    if len(dated) < 2:
        return
    an = analyse(claims.article.text)
    again = {e.id for e in dated if _told_again(an, e)}
    events = [e for e in dated if not e.attrs.get("mention") or e.id in again]
    ordered = sorted(claims.of_kind("event"), key=_START)
    by_time = claims.derived(_events_by_time)
    # only the events of the SAME_EVENT_SENTENCES sentences after its own may pair with one:
    # found by bisection when they are in text order
    starts = [e.start for e in events]
    in_order = all(a <= b for a, b in zip(starts, starts[1:]))
    kinds = None  # _told_before's index of ``ordered``, built when it is first asked
    for e_rel in dated:
        r = by_id[e_rel.attrs["time"]]
        kind = event_kind(e_rel.attrs.get("lemma") or "")
        if r.timex is None or r.timex.resolution != "dct" or _calendar_named(r) or e_rel.attrs.get("ordinal") is not None:
            continue
        first = an.sentence_at(e_rel.start).index
        if _possessive_time(an, r, e_rel) or (e_rel.id in again and r.start >= e_rel.end
                                               and not an.words_in(e_rel.end, r.start)):
            # "yesterday's storm", "the storm yesterday": the relative phrase dates the event
            # told as one already told
            kinds = kinds or _kind_places(an, ordered)
            found = _told_before(claims, an, by_id, ordered, kinds, e_rel, r, kind, first)
            if found is not None:
                yield found
                continue
        window = events
        if in_order:
            lo, hi = first + 1, first + SAME_EVENT_SENTENCES + 1
            window = events[bisect.bisect_left(starts, an.sentences[lo].start) if lo < len(an.sentences) else len(events):
                            bisect.bisect_left(starts, an.sentences[hi].start) if hi < len(an.sentences) else len(events)]
        for e in window:
            pro = e.attrs.get("pro_form")
            if pro is not None and pro != e_rel.id:
                continue  # "It took place on 2 May" stands for the event the sentence before dated
            if e_rel.attrs.get("mention") and e.id not in again and pro is None:
                continue  # an event noun ("the strike next week") pairs only with its noun told again
            c = by_id[e.attrs["time"]]
            if e is e_rel or event_kind(e.attrs.get("lemma") or "") != kind or e.attrs.get("ordinal") is not None \
                    or not _written_day(c) or "apposition" in c.attrs or "restates" in c.attrs:
                continue
            later = an.sentence_at(e.start)
            if not 0 < later.index - first <= SAME_EVENT_SENTENCES or not _comparable(r.timex, c.timex, r.id):
                continue
            if _phases(by_time, e_rel, r, e, c):
                continue  # a fire burning for days: its noun dated twice tells two times of its course
            if _tells_another(an, later):
                continue
            if pro is not None:
                shared = e.text  # "It took place": the pronoun stands for the event itself
            elif e.id in again:
                if _named_by_its_date(an, e, c):
                    continue  # "the vote on 9 June", "the 9 June vote": that day picks a vote
                shared = e.text  # "the vote" again: the event already told is its own participant
            elif kind in _RECURRING:
                continue  # "the meeting" told by a verb may be another meeting
            else:
                shared = _shared(e_rel, e, [w.lower for w in an.words_before(e.start, SUBJECT_REACH + 2)])
            if shared is None:
                continue
            rel_iv = _relative_interval(r.timex)
            lead = _span_lead(an, by_time, e, c)
            if _meets(c, rel_iv, lead):
                continue
            shown, why = _nearest_miss(_explicit_in_years(c, rel_iv), rel_iv)
            published = claims.article.published
            yield Finding(
                MESSAGE_EVENT.format(rel=r.text, exp=c.text, e_rel=e_rel.text, e_exp=e.text, noun=shared, why=why),
                c.start, c.end, severity=Severity.WARNING if pro is None else Severity.INFO,
                related=[_related(r, rel_iv, published)],
                evidence=[_rel_evidence(r, rel_iv, published),
                          f"\u201c{c.text}\u201d = {span_words(*shown)}" + (f", a span's {'start' if lead in _SPAN_START else 'end'}"
                                                                          if lead in _SPAN_START | _SPAN_END else ""),
                          f"\u201c{e_rel.text}\u201d and \u201c{e.text}\u201d are one kind of event, told of "
                          f"\u201c{shared}\u201d, which the later sentence names as the one already told"
                          if pro is None else PRO_FORM_READING.format(pro=e.text, told=e_rel.text),
                          "the two intervals do not meet"])
            break


def _phases(by_time: dict[str, list[Claim]], e_rel: Claim, r: Claim, e: Claim, c: Claim) -> bool:
    """Whether two mentions date two times of the course of one lasting event (a fire, a
    strike, a war: lexicon lasting_kinds), not one instant: both told by the event's noun
    ("Rain helped douse the fire last week ... Residents fled when the fire reached the
    village on 2 January"), neither dated as its start or end ("the strike began on 3 May")."""
    return event_kind(e_rel.attrs.get("lemma") or "") in _LASTING and bool(e_rel.attrs.get("noun")) \
        and bool(e.attrs.get("noun")) and _edge(by_time, e_rel, r) is None and _edge(by_time, e, c) is None


def _span_lead(an, by_time: dict[str, list[Claim]], e: Claim, c: Claim) -> str:
    """The word that makes the day ``c`` of event ``e`` a span's start or end ("starting",
    "until", or a verb of beginning or ending tied to it: "the strike began on 3 May"), else
    the word before the day."""
    edge = _edge(by_time, e, c)
    if edge is not None:  # "the strike began on 3 May": the start of what may go on
        return _EDGE_LEAD[edge]
    before = an.words_before(c.start, 1)
    return before[-1].lower if before else ""


#: The span word an edge of an event stands for (both in events.json one_event_twice
#: span_start / span_end).
_EDGE_LEAD = {"start": "from", "end": "until"}


def _meets(c: Claim, rel_iv: tuple[date, date], lead: str) -> bool:
    """Whether the written day ``c`` can fall in ``rel_iv``: in any year it can be read in,
    and when it opens or closes a span, anywhere on the span's open side in each year a
    reader takes it in (``attrs.readings``)."""
    ivs = _explicit_in_years(c, rel_iv)
    if lead in _SPAN_START | _SPAN_END:
        kept = [(d, d) for d in map(date.fromisoformat, c.attrs.get("readings") or [])] or ivs
        ivs = [(a, date.max) if lead in _SPAN_START else (date.min, b) for a, b in kept]
    return any(cal.intersects(rel_iv, iv) for iv in ivs)


MESSAGE_ONLY_ONE = ("\u201c{rel}\u201d and \u201c{exp}\u201d date what may be one event, the only one of "
                    "its kind the article dates (\u201c{e_rel}\u201d, \u201c{e_exp}\u201d): if it is, {why}")


#: The most words between an event noun and the time that dates it for the noun to be
#: told with its own time ("the coalition agreement, signed last month", "the 29 August
#: agreement"), not a time the sentence gives something else.
NOUN_REACH = 3
#: Words before a day that make it a deadline, an expiry or a start rather than the day the
#: event happened (events.json one_event_twice.not_the_day_of).
_NOT_THE_DAY_OF = frozenset(_TWICE["not_the_day_of"])


def _near(an, e: Claim, t: Claim) -> bool:
    """Whether at most NOUN_REACH words stand between the event word and its time."""
    a, b = (e.end, t.start) if t.start >= e.end else (t.end, e.start)
    return len(an.words_in(a, b)) <= NOUN_REACH


def _the_only_one_of_its_kind(claims: ClaimSet, by_id: dict, reported: set[int]):
    """An info finding for one event told twice at any distance: every dated event of one
    kind in the article (events.json kinds), each told by an event noun (events.json nouns:
    "the treaty", not "fell") with its time at most NOUN_REACH words away, is dated by one relative phrase or by one
    written day, the kind is not recurring, none is numbered and neither sentence has a
    word of another occurrence ("again", "another"), and the day cannot fall where the
    relative phrase puts it. That the two are one event is a reading (the article may tell
    two agreements and date each once), so it is shown, not alarmed."""
    dated = [e for e in claims.of_kind("event")
             if (t := by_id.get(e.attrs.get("time"))) is not None and t.timex is not None]
    by_kind: dict[str, list[Claim]] = {}
    for e in dated:
        by_kind.setdefault(event_kind(e.attrs.get("lemma") or ""), []).append(e)
    an = None
    by_time = claims.derived(_events_by_time)
    for kind, evs in by_kind.items():
        times = {e.attrs["time"] for e in evs}
        if kind in _RECURRING or len(times) != 2 or any(e.attrs.get("ordinal") is not None for e in evs) \
                or not all(e.text.lower() in EVENT_NOUNS for e in evs):
            continue  # verbs ("fell today ... fell on 1 April") tell what happens again and again
        days = [e for e in evs if _written_day(by_id[e.attrs["time"]])]
        rels = [e for e in evs if e not in days and by_id[e.attrs["time"]].timex.resolution == "dct"
                and not _calendar_named(by_id[e.attrs["time"]])]
        if len(rels) + len(days) != len(evs) or not rels or not days \
                or len({e.attrs["time"] for e in rels}) != 1:
            continue
        an = an or analyse(claims.article.text)
        e_rel, e = rels[0], days[0]
        r, c = by_id[e_rel.attrs["time"]], by_id[e.attrs["time"]]
        if c.start in reported or not _comparable(r.timex, c.timex, r.id) or "apposition" in c.attrs:
            continue
        if not (_near(an, e_rel, r) and _near(an, e, c)) or _phases(by_time, e_rel, r, e, c):
            continue  # "a vote on the merger at a meeting on 31 March": the day dates the meeting
        if {w.lower for w in an.words_before(c.start, 2)} & _NOT_THE_DAY_OF:
            continue  # "the agreement expiring on 30 June", "close the deal by 30 April"
        if _tells_another(an, an.sentence_at(e_rel.start)) or _tells_another(an, an.sentence_at(e.start)):
            continue
        rel_iv = _relative_interval(r.timex)
        if _meets(c, rel_iv, _span_lead(an, by_time, e, c)):
            continue
        reported.add(c.start)
        shown, why = _nearest_miss(_explicit_in_years(c, rel_iv), rel_iv)
        published = claims.article.published
        yield Finding(
            MESSAGE_ONLY_ONE.format(rel=r.text, exp=c.text, e_rel=e_rel.text, e_exp=e.text, why=why),
            c.start, c.end, severity=Severity.INFO, related=[_related(r, rel_iv, published)],
            evidence=[_rel_evidence(r, rel_iv, published), f"\u201c{c.text}\u201d = {span_words(*shown)}",
                      f"every dated event of the kind of \u201c{e.text}\u201d in the article is dated by one of the two",
                      "the two intervals do not meet"])


#: How many days a written day may miss a relative phrase told paragraphs away and still be
#: read as the writer counting from the day the story was written, not the day it was
#: published (wire copy dated the next morning: "fell to his death a week ago ... on April
#: 19" in a story of 27 April): within it, the chain path's finding is an info reading.
WRITING_SLACK_DAYS = 1
WRITING_SLACK_READING = ("the two miss by a day, as a story counted from the day it was written, not the day "
                         "it was published, would: a reading")


def _days_apart(a: tuple[date, date], b: tuple[date, date]) -> int:
    """The days between two intervals that do not meet."""
    return max((a[0] - b[1]).days, (b[0] - a[1]).days)


MESSAGE_CHAINED = ("\u201c{rel}\u201d and \u201c{exp}\u201d date {how} (\u201c{e_rel}\u201d, \u201c{e_exp}\u201d), "
                   "but cannot be the same time: {why}")


def _chained(claims: ClaimSet, by_id: dict, reported: set[int]):
    """One event dated twice at any distance, found through its chain (claims/mentions.py):
    an event a relative phrase dates ("voted yesterday") and another dated mention of its
    chain, by a day written with its month ("its decision on Tuesday, February
    19"), that cannot meet it. A warning when the two are surely one event
    (checker/rules/event_mentions.py: the sole one of its kind, named again by a definite
    noun of the same word or a synonym, alone in its sentence, its date read one way), else
    an info finding showing both sides; once per written day, and not where another path
    of this rule reported it."""
    chains = Chains(claims)
    an = None
    ordered = sorted(claims.of_kind("event"), key=_START)
    by_time = claims.derived(_events_by_time)
    for e_rel in ordered:
        r = by_id.get(e_rel.attrs.get("time") or "")
        if r is None or r.timex is None or r.timex.resolution != "dct" or _calendar_named(r) \
                or e_rel.attrs.get("ordinal") is not None:
            continue
        an = an or analyse(claims.article.text)
        if not _near(an, e_rel, r):
            continue  # "last month encouraged markets to test the agreement": the month is another's
        for d in chains.others(e_rel):
            c = d.time
            if c.start in reported or r.start in reported or not _written_day(c) or "apposition" in c.attrs \
                    or not _comparable(r.timex, c.timex, r.id) or not _near(an, d.event, c) \
                    or _phases(by_time, e_rel, r, d.event, c):
                continue
            rel_iv = _relative_interval(r.timex)
            if _meets(c, rel_iv, _span_lead(an, by_time, d.event, c)):
                continue
            if {w.lower for w in an.words_before(c.start, 2)} & _NOT_THE_DAY_OF:
                continue  # "the agreement expiring on 30 June": another day of the event
            reported.add(c.start)
            shown, why = _nearest_miss(_explicit_in_years(c, rel_iv), rel_iv)
            published = claims.article.published
            sure = d.sure and _days_apart(shown, rel_iv) > WRITING_SLACK_DAYS
            yield Finding(
                MESSAGE_CHAINED.format(rel=r.text, exp=c.text, e_rel=e_rel.text, e_exp=d.event.text, why=why,
                                       how="one event" if sure else "what may be one event"),
                c.start, c.end, severity=Severity.WARNING if sure else Severity.INFO,
                related=[_related(r, rel_iv, published)],
                evidence=[_rel_evidence(r, rel_iv, published), f"\u201c{c.text}\u201d = {span_words(*shown)}",
                          d.why if sure or not d.sure else WRITING_SLACK_READING, "the two intervals do not meet"])
            break


#: The most words (adjectives) between a possessive relative phrase and its event noun
#: ("yesterday's long violent storm": two), and between an indefinite word and its event
#: noun ("a long violent storm").
POSSESSIVE_REACH = 2
_POSSESSIVE = re.compile(r"['\u2019]s\b")


_ASPECT = load("events")["aspect"]
_STARTS, _ENDS = frozenset(_ASPECT["start"]), frozenset(_ASPECT["end"])


def _events_by_time(claims: ClaimSet) -> dict[str, list[Claim]]:
    """Every event by the id of its time claim, in order of start: _edge reads the events of
    one date, not every event before it (built once an article, ``claims.derived``)."""
    index: dict[str, list[Claim]] = {}
    for x in sorted(claims.of_kind("event"), key=_START):
        index.setdefault(x.attrs.get("time"), []).append(x)
    return index


def _edge(by_time: dict[str, list[Claim]], e: Claim, c: Claim) -> str | None:
    """"start" when the day dates the start of the event ``e`` names ("The strike began on 3
    May": a verb of beginning tied to the day, between the event word and it, or the event
    word itself), "end" for its end ("the talks ended on"), else None: an event that may go on
    meets any time on the open side of its edge."""
    for x in by_time.get(c.id, ()):
        if x.start > c.start:
            break
        if x.attrs.get("time") == c.id and not x.attrs.get("mention") and (x is e or e.end <= x.start):
            if x.attrs.get("lemma") in _STARTS:
                return "start"
            if x.attrs.get("lemma") in _ENDS:
                return "end"
    return None


_INDEFINITE = frozenset(_TWICE["indefinite_words"])


def _introduced(an, e: Claim) -> bool:
    """Whether an event word introduces an occurrence: an indefinite word before it, past at
    most POSSESSIVE_REACH adjectives ("a violent gale", "another gale"), or an ordinal."""
    if e.attrs.get("ordinal") is not None:
        return True
    for w in reversed(an.words_before(e.start, POSSESSIVE_REACH + 1)):
        if w.lower in _INDEFINITE:
            return True
        if w.lower in _POINTING_BACK or w.lower in _DEFINITE:
            return False
    return False


def _possessive_time(an, r: Claim, e: Claim) -> bool:
    """Whether the relative phrase is a possessive before the event noun, which names the event
    as one already known: "yesterday's storm", "last week's violent storm" (at most
    POSSESSIVE_REACH words between)."""
    return r.end <= e.start and bool(_POSSESSIVE.match(an.text, r.end)) \
        and len(an.words_in(r.end, e.start)) <= POSSESSIVE_REACH


MESSAGE_BEFORE = ("\u201c{exp}\u201d and \u201c{rel}\u201d date what reads as one event (\u201c{e_exp}\u201d, "
                  "then \u201c{e_rel}\u201d, told as the one already told), but cannot be the same time: {why}")


def _kind_places(an, ordered: list[Claim]) -> tuple[dict, dict, dict]:
    """For _told_before, built once an article: each event's place in ``ordered``, and by
    kind the places of its events and of those that introduce an occurrence (``_introduced``),
    in order: the events of a kind before a place are found by bisection, not read from the
    article's start for each relative phrase."""
    place, of_kind, introduced = {}, {}, {}
    for i, x in enumerate(ordered):
        place.setdefault(id(x), i)
        k = event_kind(x.attrs.get("lemma") or "")
        of_kind.setdefault(k, []).append(i)
        if _introduced(an, x):
            introduced.setdefault(k, []).append(i)
    return place, of_kind, introduced


def _told_before(claims: ClaimSet, an, by_id: dict, ordered: list[Claim], kinds: tuple, e_rel: Claim, r: Claim,
                 kind: str, here: int) -> Finding | None:
    """The event a relative phrase dates, told as one already told (a possessive before it,
    "yesterday's storm", or right after it, "the storm yesterday"), and the nearest earlier event of its kind, at most SAME_EVENT_SENTENCES
    sentences before and dated there by a written day ("The storm struck on 9 September"):
    one event, unless it is numbered, named by its own day ("the storm on 9 September"),
    the article introduces more than one of its kind before it ("a gale ... a gale": the
    possessive may pick either), or the later sentence has a word of another occurrence ("another",
    "again"). A day a verb of beginning or ending ties to it ("The strike began on 3 May")
    is an edge of what may go on (``_edge``). The finding
    when the day misses what the relative phrase means in every year, else None."""
    place, of_kind, introduced = kinds
    at = place[id(e_rel)]
    mine = of_kind.get(kind, [])
    e = next((ordered[mine[j]] for j in range(bisect.bisect_left(mine, at) - 1, -1, -1)
              if ordered[mine[j]].start < e_rel.start), None)  # the nearest earlier one of its kind
    if e is None or e.attrs.get("ordinal") is not None or e.attrs.get("time") not in by_id:
        return None
    c = by_id[e.attrs["time"]]
    if bisect.bisect_left(introduced.get(kind, []), at) > 1:
        return None  # two occurrences told before ("a gale ... a gale"): "yesterday's gale" may pick either
    if not _written_day(c, part_of_day=True) or "apposition" in c.attrs or "restates" in c.attrs \
            or not _comparable(r.timex, c.timex, r.id, part_of_day=True):
        return None
    if not 0 < here - an.sentence_at(e.start).index <= SAME_EVENT_SENTENCES or _named_by_its_date(an, e, c):
        return None
    if _tells_another(an, an.sentence_at(e_rel.start)):
        return None
    rel_iv = _relative_interval(r.timex)
    edge = _edge(claims.derived(_events_by_time), e, c)
    if _meets(c, rel_iv, _EDGE_LEAD.get(edge, "")):
        return None
    shown, why = _nearest_miss(_explicit_in_years(c, rel_iv), rel_iv)
    return Finding(
        MESSAGE_BEFORE.format(rel=r.text, exp=c.text, e_rel=e_rel.text, e_exp=e.text, why=why),
        r.start, r.end, severity=Severity.WARNING,
        related=[Related(c.start, c.end, f"\u201c{e.text}\u201d dated {span_words(*shown)}")],
        evidence=[_rel_evidence(r, rel_iv, claims.article.published), f"\u201c{c.text}\u201d = {span_words(*shown)}",
                  f"\u201c{e_rel.text}\u201d is told as the one already told, and the nearest earlier event of "
                  f"its kind is \u201c{e.text}\u201d", "the two intervals do not meet"])


def _tells_another(an, sentence) -> bool:
    """Whether a sentence has a word of another occurrence ("again", "also", "another";
    events.json one_event_twice.repeat_words)."""
    return any(w.lower in _REPEAT for w in an.words_in(sentence.start, sentence.end))


def _told_again(an, e: Claim) -> bool:
    """An event noun right after a word that points back to one already told ("the vote",
    "that walkout"; events.json one_event_twice.pointing_back), with no word between that
    sets it apart ("the earlier vote", "the second vote" are other occurrences)."""
    before = an.words_before(e.start, 1)
    return e.attrs.get("ordinal") is None and bool(before) and before[-1].lower in _POINTING_BACK \
        and not an.text[before[-1].end:e.start].strip()


def _follows_closely(an, end: int, c: Claim) -> bool:
    """Whether the day stands right after ``end`` with at most a preposition between."""
    between = an.words_in(end, c.start)
    return c.start >= end and (not an.text[end:c.start].strip(" \t")
                               or (len(between) == 1 and is_a("preposition", between[0].text)))


def _named_by_its_date(an, e: Claim, c: Claim) -> bool:
    """Whether the day is part of the event noun's own description rather than told of it:
    right after it with at most a preposition between ("the vote on 9 June", "the vote of
    9 June") or right before it ("the 9 June vote")."""
    if c.start >= e.end:
        return _follows_closely(an, e.end, c)
    return c.end <= e.start and not an.words_in(c.end, e.start)


def _shared(e_rel: Claim, e: Claim, before: list[str]) -> str | None:
    """The participant both events are told of (an argument or context word of each),
    written after a definite word at most SUBJECT_REACH words
    before the later event's word ("The plants will be closed"; ``before``: the words
    before it, nearest last); None."""
    def told(x: Claim) -> set[str]:
        return set(x.attrs.get("args") or []) | set(x.attrs.get("context") or [])

    common = told(e) & told(e_rel)
    for k in range(max(1, len(before) - SUBJECT_REACH - 1), len(before)):
        if before[k - 1] in _DEFINITE and fold_word(before[k]) in common:
            return before[k]
    return None


def _nearest_miss(exp_ivs: list[tuple[date, date]], rel_iv: tuple[date, date]) -> tuple[tuple[date, date], str]:
    """The reading of the explicit date nearest the relative phrase's interval (the one the
    message shows), and why the two cannot meet, in words."""
    shown = min(exp_ivs, key=lambda iv: abs((iv[0] - rel_iv[0]).days))
    template = WHY_BEFORE if shown[0] > rel_iv[1] else WHY_AFTER
    return shown, template.format(exp_span=span_words(*shown), rel_span=span_words(*rel_iv))


def _related(rel: Claim, rel_iv: tuple[date, date], published: date) -> Related:
    """The relative phrase as the finding's related place, with what it means."""
    return Related(rel.start, rel.end, RELATED.format(rel=rel.text, published=published.isoformat(),
                                                      rel_span=span_words(*rel_iv)))


def _rel_evidence(rel: Claim, rel_iv: tuple[date, date], published: date) -> str:
    """What the relative phrase means, counted from publication: the first line of evidence."""
    return f"\u201c{rel.text}\u201d = {span_words(*rel_iv)} (published {span_words(published, published)})"


#: A part of a day relative to publication ("last night", "this morning", "yesterday
#: afternoon", "tonight"): TimeML's part-of-day codes after the day.
_PART_OF_DAY = re.compile(r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI|DT)")
#: A clock time on a day counted from publication ("4 a.m. yesterday"): side by side with a
#: date, its day is what the two must share.
_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


def _comparable(r, e, rel_id: str, part_of_day: bool = False, side_by_side: bool = False) -> bool:
    """Only a calendar date relative to publication against a calendar date: clock times
    ("at midday on Friday"), phrases anchored on other times ("the same month in 1985",
    "one day before") and vague references ("currently") are not pairs this rule can judge;
    with ``part_of_day``, a time of a day counts as its day ("the afternoon of 9 September").
    A part of a day relative to publication ("last night", "yesterday morning") only
    ``side_by_side``, beside the date that names its time: the paths that link two sentences
    through an event (one agreement disclosed "last night", another of its dates "expiring
    June 30") never saw one on the news corpora that was one event."""
    if r.resolution != "dct" or not (r.type == "DATE" or side_by_side and (_PART_OF_DAY.fullmatch(r.value or "")
                                                                          or _CLOCK.fullmatch(r.value or ""))) \
            or e.type not in (("DATE", "TIME") if part_of_day else ("DATE",)):
        return False
    if e.resolution not in ("absolute", "dct") and not (e.resolution == "anchor" and e.anchor == rel_id
                                                        and e.offset is None):
        return False
    if r.value.endswith("_REF") or e.value.endswith("_REF"):
        return False
    return None not in (r.earliest, r.latest, e.earliest, e.latest)


def _relative_interval(r) -> tuple[date, date]:
    """The days a relative phrase may mean: its own, and for a night ("last night",
    "tonight") the day after too, since a night runs past midnight."""
    if (r.value or "").endswith("TNI"):
        return r.earliest, cal.add_days(r.latest, 1)
    return r.earliest, r.latest


def _explicit_in_years(c: Claim, rel_iv: tuple[date, date]) -> list[tuple[date, date]]:
    """The explicit date's interval(s): as resolved when its year is written (or was taken
    from the relative phrase); a month or day without a year in each year the relative
    phrase spans, so the year guess can never cause the conflict."""
    t = c.timex
    if t.resolution != "dct":
        return [(t.earliest, t.latest)]
    is_month = len(t.value) == 7  # "2024-11": a whole month; otherwise a single day
    out = []
    for y in range(rel_iv[0].year - 1, rel_iv[1].year + 2):
        try:
            a = t.earliest.replace(year=y)
        except ValueError:  # 29 February in a common year
            continue
        out.append((a, cal.month_end(a) if is_month else a))
    return out or [(t.earliest, t.latest)]


EXAMPLES = (
    flags("Staff saw the broken lock at 5.30am last Thursday, 27 March.", published="2025-04-09",
          note="a clock time on a weekday counted back names the day the date after it names"),
    passes("Staff saw the broken lock at 5.30am Thursday, 27 March.", published="2025-04-09",
           note="a bare weekday beside the date is the date's own (date.weekday-mismatch)"),
    flags("Linesmen are still busy after last week's gale, which hit on 2 October.",
          published="2024-10-28", note="a past verb right before the day's 'on' tells the noun's event happening"),
    passes("Last week's report, which cited a survey on 3 October, was welcomed.", published="2024-10-28",
           note="the verb's object stands between: the day is another thing's"),
    flags("Stalls were cleared last Saturday, 14 December.", published="2025-01-06",
          note="a weekday counted from publication beside a day weeks before it"),
    passes("The parade ends with Family Saturday and Sunday on February 8 and 9.", published="2025-01-06",
           note="coordinated weekdays and days pair respectively: the first day is not the last weekday's"),
    flags("Bus fares will rise next month, with the new tariff taking effect on 27 May.", published="2024-05-10",
          note="'with', a noun phrase and a participle of starting name the relative time again"),
    passes("Bus fares will rise next month, with a second rise taking effect on 1 September.",
           published="2024-05-10", note="a noun phrase that sets another occurrence apart names another start"),
    flags("Residents are still angry about last month's meeting at Riverside Hall, held on 2 May, which ended "
          "early.", published="2025-07-10", note="a place's name completes the noun before the clause that dates it"),
    passes("Residents are still angry about last month's meeting at the old hall, held on 2 May, which ended "
           "early.", published="2025-07-10", note="no name after the preposition: the day may be another thing's"),
    flags("The board voted yesterday to shut the unit. Staff wept. Roads shut. Critics condemned the board's "
          "decision on 18 February.", published="2013-02-21",
          note="info: the decision names the ballot told a paragraph before, a kind that may recur"),
    passes("The board voted yesterday to shut the unit. Staff wept. Roads shut. Critics condemned the earlier "
           "decision on 18 February.", published="2013-02-21", note="'the earlier decision' is another"),
    flags("The fishing treaty, ratified last month, lets trawlers back in. Ministers hailed it. The fleet "
          "was idle for a year. Critics say the 3 March treaty is a giveaway.", published="2024-05-22",
          note="info: the only treaty the article dates, dated twice three sentences apart; a reading"),
    passes("The fishing treaty, ratified last month, lets trawlers back in. Ministers hailed it. The fleet "
           "was idle for a year. Critics say the 23 April treaty is a giveaway.", published="2024-05-22",
           note="23 April is in last month"),
    passes("The fishing treaty, ratified last month, lets trawlers back in. Ministers hailed it. The fleet "
           "was idle for a year. Another treaty, signed on 3 March, covers the coast.", published="2024-05-22",
           note="a word of another occurrence"),
    passes("The fishing treaty, ratified last month, lets trawlers back in. The transit treaty of 3 March "
           "covers ports. Critics say the 2 February treaty is a giveaway.", published="2024-05-22",
           note="three times date treaties: the article tells more than one"),
    flags("The regulator opened an inquiry last week. It took place on 2 May.", published="2024-05-22",
          note="info: 'It took place' stands for the inquiry the sentence before dated, a reading"),
    passes("The regulator opened an inquiry last week. It took place on 14 May.", published="2024-05-22"),
    flags("The gale struck on 20 May. Crews cleared trees after yesterday's gale.", published="2024-05-22",
          note="warning: 'yesterday's gale' is told as the one already told, dated 20 May a sentence before"),
    passes("The gale struck on 21 May. Crews cleared trees after yesterday's gale.", published="2024-05-22"),
    passes("A gale struck on 3 May and a gale struck on 9 May. Crews cleared trees after yesterday's gale.",
           published="2024-05-22", note="two gales dated before: the possessive may pick either"),
    passes("The walkout began on 3 May. Yesterday's walkout closed the docks.", published="2024-05-22",
           note="'began on' dates the start of what may go on: yesterday is inside it"),
    flags("Pay talks broke down last week. The collapse of the talks on 2 May angered staff.",
          published="2024-05-22", note="warning: breaking down and collapsing are one kind of event"),
    flags("Inspectors inspected the ferry yesterday. The inspection took place on 2 May.", published="2024-05-22",
          note="warning: a past verb and its noun told after it are one event, whatever the verb"),
    passes("Inspectors inspected the ferry yesterday. The inspection took place on 21 May.", published="2024-05-22"),
    passes("The inspection took place on 2 May. Inspectors inspected the ferry yesterday.", published="2024-05-22",
           note="a noun told before its verb may be another inspection"),
    flags("Yesterday's vote was close. The vote was held on 9 June.", published="2025-06-12",
          note="warning: 'the vote' points back to yesterday's vote, and 9 June is not 11 June"),
    passes("Yesterday's vote was close. The vote on 9 June had been cancelled.", published="2025-06-12",
           note="a vote named by its own day is another vote"),
    passes("Yesterday's vote was close. The earlier vote was held on 9 June.", published="2025-06-12",
           note="a word between 'the' and the noun sets it apart"),
    flags("The dock strike will start next week. Organisers said the walkout would begin on 30 June.",
          published="2025-06-12", note="warning: an event noun dated by the relative phrase, told again as "
                                       "'the walkout' (one kind) with a day after next week"),
    passes("The dock strike will start next week. Organisers said the walkout would begin on 18 June.",
           published="2025-06-12"),
    flags("Members will vote next week on the offer. Voting opens on 30 October.", published="2023-10-02",
          note="an info finding: 'voting' names the same kind of event as 'vote', and next week is 9 to 15 October"),
    passes("Members will vote next week on the offer. The ballot opens on 10 October.", published="2023-10-02"),
    passes("Members will vote next week on the offer. The fire broke out on 30 October.", published="2023-10-02",
           note="another kind of event: no reading links the two"),
    flags("Earlier this year in November, the council met.", published="2024-03-03",
          note="earlier this year means 1 January to 3 March 2024; November 2024 is after it"),
    passes("Earlier this year in February, the council met.", published="2024-03-03"),
    flags("The depot closed last month, on 2 February.", published="2026-04-03",
          note="last month is March 2026"),
    passes("The depot closed last month, on 2 March.", published="2026-04-03"),
    flags("The depot closed a week ago (20 May).", published="2025-06-12",
          note="a week ago is the week of 2 to 8 June"),
    passes("The depot closed a week ago (5 June).", published="2025-06-12"),
    flags("The depot closed last Monday, 26 May.", published="2025-06-12",
          note="last Monday is 9 June, or 2 June for readers who mean last week's"),
    passes("The depot closed last Monday, 2 June.", published="2025-06-12"),
    flags("Thirty years ago, in 1992, the mill closed.", published="2025-03-01",
          note="thirty years back is 1995, a year either way for a round figure: 1994 to 1996"),
    passes("Thirty years ago, in 1994, the mill closed.", published="2025-03-01"),
    passes("The depot closed last week in Leeds on 2 May.", published="2025-06-12",
           note="a bare 'in' after a week introduces a place"),
    passes("The bonds due 8 October, on Monday were priced.", published="2025-06-12",
           note="a date, then ', on Monday': two times side by side"),
    passes("The talks resumed on Friday, 31/10/2014.", published="2014-11-14",
           note="a bare weekday is the date's weekday (date.weekday-mismatch), not a relative phrase"),
    passes("The depot closed yesterday. On 2 May it had reopened.", published="2025-06-12",
           note="another sentence, with no sign that it tells the same event"),
    flags("The watchdog launched a review last week. It did this on 2 May.", published="2024-05-22",
          note="info: 'did this' stands for the launch; last week is 13 to 19 May"),
    flags("The mill will idle four of its paper machines next week. The machines will be closed for ten days "
          "starting July 3 for repairs.", published="2024-05-01",
          note="a warning: idling and closing are one kind of event, told of 'the machines' already named; next "
               "week is 6 to 12 May"),
    passes("The mill will idle four of its paper machines next week. The machines will be closed for ten days "
           "starting May 8 for repairs.", published="2024-05-01"),
    passes("The mill will idle four of its paper machines next week. The machines will also be closed for ten days "
           "starting July 3 for repairs.", published="2024-05-01", note="'also': another closing"),
    passes("The watchdog launched a review last week. It did this on 15 May.", published="2024-05-22"),
    flags("The mill closed earlier this month (on 28 May).", published="2025-06-12"),
    passes("The mill closed earlier this month (on 2 June).", published="2025-06-12"),
    flags("The mill closed last Wednesday 21 May.", published="2025-06-12",
          note="a weekday counted from publication and a day with nothing between name one time"),
    passes("The mill closed last Wednesday 4 June.", published="2025-06-12",
           note="last Wednesday is 11 June, or 4 June for readers who mean last week's"),
    flags("The ferry ran aground last night, 10 June.", published="2025-06-12",
          note="last night is the night of 11 to 12 June"),
    passes("The ferry ran aground last night, 12 June.", published="2025-06-12",
           note="a night runs past midnight: its small hours are on the day after"),
    flags("The ferry sailed late this morning, 11 June.", published="2025-06-12",
          note="this morning is on the publication day, 12 June"),
    passes("The ferry sailed late yesterday afternoon, 11 June.", published="2025-06-12"),
    flags("Ministers signed the treaty yesterday. The treaty was signed on 2 June in a hurry.",
          published="2025-06-12", note="warning: one treaty's signing dated twice"),
    passes("Ministers signed the treaty last night. The treaty was signed on 2 June in a hurry.",
           published="2025-06-12", note="a part of a day is judged only beside the date that names its time"),
    flags("Last week's meeting on 20 May was cancelled.", published="2025-06-12",
          note="the possessive and the day both date the one meeting its noun phrase names; last week is 2 to 8 June"),
    passes("Last week's meeting on 4 June was cancelled.", published="2025-06-12"),
    flags("Yesterday's vote, which was held on 4 June, was close.", published="2025-06-12",
          note="a clause with a verb of happening dates the vote the possessive dates"),
    passes("Yesterday's vote, which had been held on 4 June, was close.", published="2025-06-12",
           note="more than CLAUSE_OPENER_WORDS words before the verb: not read as the noun's own clause"),
    flags("At last week's hearing of the appeal, on 3 June, the judge reserved her ruling.",
          published="2024-09-18", note="an \u201cof\u201d phrase completes the noun before its day"),
    passes("At last week's hearing of the appeal, on 11 September, the judge reserved her ruling.",
           published="2024-09-18", note="11 September is in last week"),
    passes("At last week's hearing of the appeal brought by the two former club directors, on 3 June, "
           "the judge reserved her ruling.", published="2024-09-18",
           note="an \u201cof\u201d phrase longer than OF_PHRASE_WORDS: the day may be another's"),
    flags("Next month's ballot, set for 14 August, will be held at the union hall.", published="2025-06-10",
          note="next month is July"),
    passes("Next month's ballot, set for 14 July, will be held at the union hall.", published="2025-06-10"),
    passes("Yesterday's vote, a month after the fire on 4 June, was close.", published="2025-06-12",
           note="the day dates another event"),
    flags("Police sealed off the lane at 4 a.m. yesterday, May 13, after a shooting.", published="2024-05-16",
          note="a clock time on a day counted from publication names that day"),
    passes("Police sealed off the lane at 4 a.m. yesterday, May 15, after a shooting.", published="2024-05-16"),
    passes("Police were called at 1am last night, 16 May, to the pub.", published="2024-05-16",
           note="a clock time at night may fall past midnight, on the next day: not paired"),
    flags("The folk festival will take place next month, from 14 to 16 August.", published="2025-06-10",
          note="a comma and a range's opening word: the range names next month again"),
    passes("The folk festival will take place next month, from 14 to 16 July.", published="2025-06-10"),
    flags("The village show went ahead last week, staged on 2 September.", published="2025-09-25",
          note="a comma and a participle of holding before 'on'"),
    passes("The village show went ahead last week, staged on 17 September.", published="2025-09-25"),
    flags("Last week's 2-1 loss to Ashby Town on 29 September still stings.", published="2025-10-20",
          note="a possessive relative phrase and a day in its own noun phrase (warning)"),
    passes("Last week's announcement of a strike on 29 October surprised nobody.", published="2025-10-20",
           note="'of' ends the noun phrase: the day is the strike's"),
    flags("Gales brought down trees across the county overnight on 4 January.", published="2026-01-08",
          note="'overnight' beside a date is the night just gone"),
    passes("Gales brought down trees across the county overnight on 7 January.", published="2026-01-08"),
    passes("Overnight rates rose on 4 January.", published="2026-01-08",
           note="'overnight' before a noun is an adjective, no time of its own"),
)
