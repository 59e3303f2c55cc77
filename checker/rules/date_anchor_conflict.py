"""date.anchor-conflict: "three weeks later" that contradicts a date given elsewhere for the same event."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter

from dateutil.relativedelta import relativedelta

from checker.findings import Finding, Related, Severity
from checker.rules import rule, span_ends
from checker.rules.event_mentions import Chains
from checker.rules.examples import flags, passes
from checker.rules.wording import span_words
from claims.events import NOUNS, ORDINALS, PHRASE_WORDS, VERBS, event_kind, fold_word, passive_lemma, verb_lemma
from claims.language import analyse
from claims.lexicon import load
from claims.mentions import word_family
from claims.model import Claim, ClaimSet
from claims.temporal import calendar as cal
from claims.temporal.tense import is_past_form
from claims.text import sentence_bounds

MESSAGE = ("\u201c{phrase}\u201d after {anchor} puts \u201c{event}\u201d in {when}, "
           "but the article dates it {other_when}")
RELATED_OTHER = "the same event dated {when}"
RELATED_ANCHOR = "{phrase} is counted from here ({when})"
#: How many sentences back another possible anchor is looked for before calling a conflict.
LOOKBACK_SENTENCES = 3
#: Mentions of the same event word compared, nearest first on either side: bounded work on
#: texts that repeat one event word thousands of times.
NEAREST_SAME_EVENTS = 25
#: An event word and its date must stand this close (in content words) to be taken as one.
NEAR = 2
#: The farthest (in words, "on" counted) a date in the event's own clause may stand after the
#: event word: "captured Pyongyang, the capital city, on 19 October" (five).
OWN_CLAUSE_WORDS = 8
#: The longest subject (in content words) between a fronted phrase and its main verb:
#: "17 days later, the 1st Cavalry Division captured" (three). The events extractor links a
#: verb to the phrase only within five words, so this binds at five and no further.
FRONTED_SUBJECT_WORDS = 5
_STOP = frozenset(load("events")["stopwords"])
#: Past forms that tell an event only as the verb of a clause after "after"/"before".
_CLAUSE_VERBS = dict(load("events")["clause_verbs"]["forms"])
_VERBS = frozenset(VERBS)
#: "rose 3 pct from a year earlier", "compared with the same month": a baseline, not a date.
_COMPARISON = re.compile(r"(?i)\b(?:from|than|compared|against|versus|vs|over|since)\b")
#: How far back (in words, within the phrase's sentence) a comparison word makes a counted
#: phrase a baseline: "rose 4 pct from a revised 3 pct a year earlier" (was 40 characters;
#: the same findings on the dev set, Reuters and Wikinews with any reach from 5 to 9 words).
COMPARISON_REACH = 7


def _baseline(text: str, a: Claim) -> bool:
    """A comparison word within COMPARISON_REACH words before the phrase, in its sentence."""
    return bool(_COMPARISON.search(" ".join(w.text for w in analyse(text).words_before(a.start, COMPARISON_REACH))))


def _interval(c: Claim):
    t = c.timex
    return None if t is None or t.earliest is None or t.latest is None else (t.earliest, t.latest)


def counts_from_another(c: Claim) -> bool:
    """Whether a time claim may be counted from another date: a duration ("three weeks", read
    with an "after" beside it) or a date the resolver anchored on another ("a year later").
    Every path of this rule starts from such a claim, so an article holding none is not read
    further."""
    t = c.timex
    return t is not None and (t.type == "DURATION" or t.resolution == "anchor")


@rule("date.anchor-conflict", Severity.ERROR,
      "A phrase such as \u201cnine months later\u201d that contradicts a date given elsewhere for the same event", needs_text=True)
def check(claims: ClaimSet):
    """
    What it checks
        Phrases counted from another date ("three weeks later", "a year earlier", "the
        following day") whose event the article also dates explicitly elsewhere: "the
        offensive began in March 2003 ... the city fell three weeks later ... the fall of the
        city on 9 May 2003", or in the same clause ("17 days later, the division captured
        Pyongyang on 19 October"). The same event means the same event word (verb or noun:
        "fell", "the fall of") with a participant in common ("city"), or its noun told again
        right after "the"/"that"/"this" ("was evacuated the next day ... The evacuation took
        place on 9 March"); a pronoun opening a sentence with a verb of happening ("That
        happened in June 2020") stands for the event before, a reading, so an info finding. Also a counted phrase
        against the date written beside it ("three days later, on 15 July"; "In May 2025,
        18 months after she took office"; "a month on, on 6 April"), counted from an event
        named after "after"/"before"
        (the nearest earlier dated mention of the same kind: "the vote" is the ballot held
        "on June 6"); a measured phrase between an event word of its clause and
        "after"/"before" an event, with no date beside it ("resigned six weeks after the
        vote", "His appointment in 2012 came three years before his dismissal"): the placed
        event's own date in its clause, or (an info finding, a reading) the one date other
        mentions of its word agree on; and the next of a numbered event: "the first flood, in March 2015, was
        followed by another six months later ... that second flood, in May 2016". An ordinal
        with its noun left out counts from the occurrence it numbers, of the kind its sentence
        counts: "A second edition, in 2020, six years after the first" against the dated
        "first edition" (as above), or, a reading and so an info finding, against a first
        occurrence told by the adverb ("the guide first appeared in 2011") or as its
        sentence's subject ("The first leg was played on 6 April", the date within
        FIRST_SUBJECT_REACH words) in the FIRST_LOOKBACK_SENTENCES before, its date within
        FIRST_VERB_REACH words of the verb; with no numbered noun in its sentence ("The return
        leg, two weeks after the first"), from the one dated first of any kind (info). A date
        right after the ordinal with no comma ("a month after the first on 9 June") may be
        either's: an info finding when it meets neither the first's date nor the count from it.
        At any distance, through the event's chain (claims/mentions.py, read by
        checker/rules/event_mentions.py): "Police arrested a man the following day ...
        Officers made the arrest on Dec. 30" is a warning when the event is the sole one of its kind,
        the later mention a definite noun of the same word or a synonym, alone in its
        sentence, its date read one way; any other linked mention is an info finding that
        shows both sides, and so is the same past verb told again later, alone in its
        sentence, of a kind the article tells once ("charged him two days later ... Harlow was
        charged on 9 March": who it happened to is not compared), or the same past verb the
        article's lead dates as its news (in its first LEAD_SENTENCES sentences, at most
        LEAD_NEWS_DAYS before publication: "Trains ran on Monday, 2 December, as the line
        reopened ... It reopened eight months later"; checker/rules/event_mentions.py), or told
        earlier with a participant in common ("was elevated to the appeals bench in 2020 ...
        four years later, she was elevated to the appeals bench"). Another dating of the event
        may use a synonym with a participant in common ("the winner was declared ... the
        winner was announced on 8 May"). After "after"/"before", the verb of a clause is the
        event counted from ("two years after the sale was first announced", "two years after
        they had met"); when no event claim dates it, the nearest of the TOLD_LOOKBACK_SENTENCES
        before that tells it and holds one date gives its date, a reading (an info finding).
        The event a measured phrase places may be the sentence's subject noun set off by a
        comma ("Her resignation, six months after the vote,"), dated by another mention of its
        word or a synonym, or, after "That"/"This", by the event the sentence before dates (a
        reading); a count of two or more months runs over calendar months of their mean length.
        An anchor day written without a year that the resolver reads two ways ("on 2 March" in a
        December article) is counted from each reading; a yearless day beside a phrase counted
        from a named event is read in the year nearest where it reaches; a bounded count
        ("nearly two years after", "more than a month after") reaches its whole open side; a
        gerund right after "after"/"before" is the event counted from ("a month after joining");
        a pronoun opening the sentence right after, with the counted verb told again, stands for
        the one just told ("Ms Reid resigned three weeks later. She resigned on 30 June"; a
        reading, so an info finding); a noun the article makes of the counted verb, opening a
        later sentence as its subject ("engineers inspected the boilers the following day. The
        inspection, on 19 June, ..."), is linked through the chain, a reading as well; and a
        measured phrase between a placed event and "after" an event that no mention dates
        counts from the nearest of the TOLD_LOOKBACK_SENTENCES before that tells it and holds one
        date (a reading). An event named after "after"/"before" beside a date, that no earlier
        mention dates, counts from a later mention of its kind when the article gives that kind
        one date only ("in 1988, two years before his marriage ... married in 1995"; a reading,
        so an info finding); a date far from the phrase's (MAX_ORIGIN_OFFSETS) is taken only when
        that mention shares a participant with the words right after the event's
        (PARTICIPANT_WORDS: "his marriage to Ada Roe ... He and Ada Roe married"). The origin's
        date written inside its noun phrase ("two months after the May 2024 council election")
        dates the origin, and never the placed event, which is then dated by its other mentions
        (a reading, an info finding).
        Last, a reading by words (checker/rules/span_ends.py, an info finding showing both
        sides) for a counted phrase no shape above judged: the event after "after"/"before" is
        the one date the article gives its words (one stem, "his plea" and "pleaded ... on 9
        May"; one kind or synonym group, "departure" and "resigning"), the placed event the date
        written beside the phrase, the one date of its own sentence before it (set off by a
        comma, light words at most between: "The merger, agreed in May 2023, came two years
        after ..."; not a saying's date, "the firm said on Monday"), or the one date
        the article gives the words of its clause ("containment took a fortnight" and "the
        blaze was contained on 2 July"); a phrase opening its sentence places the clause after it.
        A date a comma sets off right after the origin ("ten days after the assembly ballot, on 30
        April", at most span_ends.SET_OFF_WORDS words after the comma) is the placed event's,
        and the one date of a fronted phrase's origin clause, before its comma, is the origin's
        ("Four days after the gale struck the islands on 2 March, the ministry
        declared ...", placed by "the declaration on 9 March"; so is a count the resolver
        folded into a date there, "Two days after the quake struck on 3 March, ..."). A phrase in a
        relative clause after the subject ("The rebranding, which came a year after the merger,
        was completed in 2021") places the subject at its main clause's date; and "exactly"
        or "precisely" before the count (events.json span_ends exact_words) makes it reach its
        own value, not its wording's tolerance ("exactly a year after the landslide").
        "N days later" and "the next day" are read against another dated clause sharing two
        words of one family with theirs (LATER_NEED), or a name and an event of one kind or
        synonym group ("Ms Oyelaran, first elected in March 2022, stood down eight months
        later" and "Ada Oyelaran resigned ... on 9 November 2024": past an aside, the verb's
        subject is the sentence's); a capitalised word of a name meets the article's common
        word ("Kent Police" and "police"). The elapsed days must lie within
        SLIP_RATIO times the count either way: a slip, not another span.
        Last of all, a weak-link tier (an info finding showing both sides, whose message says
        what would have to be true for the two to disagree: "if 29 November (line 9) dates the
        event it places") for a counted phrase no path above judged. What "N after X" counts
        from: the date written in X's own phrase before any comma ("after the March 2023
        merger"), the one date the article gives X's head word, the nearest earlier date of that
        word (one stem family or kind) within WEAK_SENTENCES sentences, or the one date of the
        last dated sentence before, at most PREVIOUS_SENTENCES back ("Rovers lost on 4 May.
        Three days after the defeat, ...");
        "the day after X" and "the week before X" (a count the resolver folded into a date,
        anchoring it, often, on the date written beside it) count from X as "N after X" does:
        "the day after" a day exactly, "the week after" any day from the next to a week on.
        A word's stem family takes back the silent "e" a short stem dropped ("the filing" and
        "filed"). The date written beside a phrase may stand before it with words of degree
        between ("shut in May 2024, barely a year after it opened": span_ends DEGREE).
        "N later" counts from its resolved anchor. The event it places: the date written beside
        the phrase (before it, or set off by a comma right after "later"), the dates within
        WEAK_SENTENCES sentences whose words share the most with its clause (and with the words
        a "N later" phrase dates itself): one word of one stem family or kind at least, not a
        name only ("the album arrived ten months after the single ... The album came out on 14
        September 2023"), at any distance when a name is shared too ("The board named Okeke ...
        three weeks later ... Since Okeke's appointment on 13 January"), every one of them
        missing the reach (the nearest is shown); or the one date of the sentence right after
        (NEXT_SENTENCES: "The bridge reopened five months after the flood. Walkers crossed
        again when the barriers came down on 29 November": the writer telling when in the next
        breath).

    Why it matters
        Relative dates are computed by the writer, and when the base date or the offset is
        edited the two no longer meet. The reader cannot tell which is right.

    Does not flag
        In the reading by words: an origin or a placed event whose words the article dates
        twice, two ways; an origin told by a passive of planning; a placed date wider than
        NARROW_DAYS; "the next week", "the following year" (no count from an event).
        Phrases whose event the article does not date elsewhere, events that share only the
        word and no participant, event words more than two content words from their date,
        comparison baselines ("rose 3 pct from a year earlier", "the same month last
        year"), offsets with a vague count ("a few weeks later") or counted from one ("a few
        weeks later ... the following day, 13 March"), anchors written without a
        year when reading them in any year would make the two agree (their year is a guess),
        and any case where counting from another date of the last few
        sentences (the writer's anchor may not be the nearest date; a day the resolver reads
        two ways counts as each reading) or from the date of an event its sentence names before
        it (a mention of its word, synonym or kind dated anywhere, no wider than the resolver's
        anchor: "approve it at the forum and publish it the following day", the forum dated in
        the lead) would make the two agree,
        other than a longer period that holds the anchor ("last month" around "on 3 March",
        which says the same less sharply); a day written without a year that dates the event
        elsewhere and, read in a year the phrase reaches, meets it ("freed a week later, on 17
        March" in an article a year on); beside a phrase the resolver anchored, an anchor
        more than MAX_ORIGIN_OFFSETS counts from the date written beside it is read as not the
        writer's (an info finding: "A year earlier, in 1959" after a birth in 1938), and so is
        the earlier mention of a named event counted from, dated close by its own date ("won
        the league in 1990" for "In 2012, two years after it won the league": an info finding
        showing both; it may be another of its kind; not a mention dated across a comma);
        beside a phrase, a date without a year is read in the year the phrase reaches, and
        a yearless month is not judged; an event noun told again ("The evacuation took place
        on 9 March") of a recurring kind, named by its own day ("the evacuation on 9 March"),
        or more than TOLD_AGAIN_SENTENCES sentences on; an event after "after" that no earlier sentence
        dates, unless a later one gives its kind the article's only date; a later mention that carries no ordinal ("the flood", not "the second flood").
        Through the chain: a later mention introduced ("an arrest", "another arrest"), set
        apart ("the earlier arrest", "the Leeds arrest") or dated inside its own noun phrase
        ("The arrest on 9 March was quashed"); a date after a reference word ("in July, after
        the crash": July is another event's) or of a plan ("set for", "expected to close
        on", within PLAN_REACH words); a chain dated more than MAX_DATED times; a phrase
        counted from a date told after it or from the event itself ("three weeks after the
        crash"). A passive of planning after "after"/"before" ("a fortnight before the vote was
        called"; lexicon planning_passives): the calling is counted from, which no date tells.
        An ordinal event after "after"/"before" ("the first vote") counts only from the mention
        it numbers. A date right after a reporting verb ("a year after the opening, sales
        doubled, the board said on Tuesday") is the saying's, not the event noun's before it
        (claims/events.py), so it dates no mention counted from.
        In the weak-link tier: a placed date before what the phrase counts from (another
        event), after the writing (a plan), meeting the origin (the origin told again) or the
        other edge of a range the origin opens ("from 1 November 1977 to 31 March 1985"); an
        origin at or after the writing ("now"); a count after a limit or range signal
        ("within three years", "two to three years": lexicon weak_links.limit_signals); a
        numbered origin ("a fortnight before the first ballot") dated by a sentence without
        its ordinal; a sentence right before or after holding two dates, or opening by
        introducing another thing ("A new flood, in May 2016") or with its date ("In August
        2022, ...": a new scene), or a date two sentences on
        with no word in common; a date shared only by a name, or whose names share none with
        the clause's (another person's event), or whose shared noun is introduced as another
        ("an arrest": lexicon weak_links.introducing).

    Known problems
        A past participle used as an adjective ("the elevated section reopened") may be the
        event word the extractor ties a lead's date to, so the verb the body counts again
        ("reopened 14 months later") finds no dated mention. Synonyms no lexicon or stem
        family joins ("first oil" and "start-up") are not linked.
    """
    if not any(counts_from_another(c) for c in claims.of_kind("time")):
        return  # every path below starts from a phrase counted from another date
    seen = set()
    for f in _findings(claims):
        if (f.start, f.end) not in seen:  # one phrase, one finding, whichever path saw it first
            seen.add((f.start, f.end))
            yield f
    done = {a for a, _ in seen}
    dated = claims.derived(span_ends.DatedWords)
    for c in span_ends.counted(claims, dated, done):
        done.add(c.phrase.start)
        yield _word_family_finding(c)
    for w in weak_links(claims, dated, done):
        yield _weak_finding(w, lambda o: claims.article.locate(o)[0])


MESSAGE_WORDS = ("\u201c{phrase}\u201d {origin} reaches {when}, but the article dates \u201c{placed}\u201d "
                 "{other_when}")
RELATED_WORDS_PLACED = "the event it places, dated {when} ({words})"
RELATED_WORDS_ORIGIN = "what it counts from, dated {when} ({words})"
WORDS_READING = ("read by word families (checker/rules/span_ends.py): the counted event and the one it places "
                 "are each the one date the article gives their words; a reading, not a certainty")


def _word_family_finding(c) -> Finding:
    """An info finding for a counted phrase whose two sides were linked by their words only."""
    a, placed = c.phrase, c.placed
    when = span_words(*c.reach)
    other_when = span_words(*span_ends.interval(placed))
    placed_words = ", ".join(w.text for w in c.placed_words) or "written beside it"
    if c.origin is not None:
        origin_when = span_words(*span_ends.interval(c.origin))
        origin = f"after {origin_when}" if c.reach[0] >= span_ends.interval(c.origin)[0] else f"before {origin_when}"
        related = [Related(placed.start, placed.end, RELATED_WORDS_PLACED.format(when=other_when, words=placed_words)),
                   Related(c.origin.start, c.origin.end, RELATED_WORDS_ORIGIN.format(
                       when=origin_when, words=", ".join(w.text for w in c.origin_words)))]
    else:
        origin = "counted from its anchor"
        related = [Related(placed.start, placed.end, RELATED_WORDS_PLACED.format(when=other_when, words=placed_words))]
    return Finding(MESSAGE_WORDS.format(phrase=a.text, origin=origin, when=when, placed=placed.text, other_when=other_when),
                   a.start, a.end, severity=Severity.INFO, related=related,
                   evidence=[f"\u201c{a.text}\u201d reaches {when}", f"the placed event is dated {other_when}: the two do not meet",
                             WORDS_READING])


# -- the weak-link tier -----------------------------------------------------------------------

#: A weakly linked date stands at most this many sentences from the counted phrase, either way.
WEAK_SENTENCES = 10
#: "The next dated sentence": a phrase whose clause holds no date of its own is read against
#: the one date of the sentence right after it (the writer telling when, in the next breath).
NEXT_SENTENCES = 1
#: "The last dated sentence": what "N after X" counts from, when no date meets X's word, is the
#: one date of the nearest earlier sentence that holds a date, at most this many sentences back.
PREVIOUS_SENTENCES = 3
MESSAGE_WEAK = ("\u201c{phrase}\u201d, counted from {origin_when}, reaches {when}; if \u201c{placed}\u201d (line {line}) "
                "dates the event it places, the two disagree")
RELATED_WEAK_PLACED = "dated {when}: the event the phrase places, if {link}"
RELATED_WEAK_ORIGIN = "what it counts from, dated {when} ({how})"
WEAK_READING = ("a weak link (checker/rules/date_anchor_conflict.py, the weak-link tier): the two sides are "
                "joined by {how}, not by a shared event; a reading, not a certainty")


@dataclass(frozen=True)
class Weak:
    """A counted phrase read against a date by a weak link."""
    phrase: Claim
    origin: Claim
    origin_how: str
    placed: Claim
    placed_how: str
    reach: tuple


def _weak_origin(dated, an, text: str, a: Claim, after: int, beside: Claim | None):
    """What "N <unit> after/before X" counts from, weakly: the date written in X's own phrase
    (within span_ends.ORIGIN_WORDS words, before any cutting mark), else the one date the
    article gives X's head word (one stem family or kind), else the nearest earlier date whose
    words meet that head word within WEAK_SENTENCES sentences, else the one date of the last
    dated sentence before (at most PREVIOUS_SENTENCES back). A numbered X ("the first ballot")
    takes a nearest date only from a sentence that carries its ordinal."""
    s = an.sentence_at(a.start)
    ahead = an.words_after(after, span_ends.ORIGIN_WORDS)
    stop = min(s.end, ahead[-1].end if ahead else s.end)
    cut = span_ends._CUT.search(text, after, stop)
    stop = cut.start() if cut else stop
    inner = [c for c, _ in dated.within(after, stop)]
    if inner:
        return (inner[0], "the date written in its phrase") if len(inner) == 1 else (None, "")
    words = span_ends._window(an, text, after, stop)
    if not words or words[0].name or any(w.text.lower() in span_ends.PLANNING for w in words):
        return None, ""
    ordinals = {w.lower for w in an.words_in(after, stop) if w.lower in ORDINALS}

    def numbered(c: Claim) -> bool:  # the sentence of ``c`` carries the ordinal of X, if X has one
        n = an.sentence_at(c.start)
        return ordinals <= {w.lower for w in an.words_in(n.start, n.end)}

    head = words[0]
    found = dated.dating(words, head=head, where=span_ends._origin_dates(s, a, beside))
    if span_ends.one_date(found) is not None:
        return found[0][0], f"the one date of \u201c{head.text}\u201d"
    lo = an.sentences[max(0, s.index - WEAK_SENTENCES)].start
    near = [c for c, ws in dated.within(lo, s.start) if any(head.meets(o) for o in ws) and numbered(c)]
    if near:
        return near[-1], f"the nearest earlier date of \u201c{head.text}\u201d"
    for k in range(s.index - 1, max(-1, s.index - 1 - PREVIOUS_SENTENCES), -1):
        n = an.sentences[k]
        if not dated.within(n.start, n.end):
            continue
        before = _sentence_date(dated, an, n)
        if before is not None and numbered(before):
            return before, "the one date of the last dated sentence before"
        break
    return None, ""


_WRITTEN_AFTER = re.compile(r"\s*,\s*(?:on|in|at)?\s*")


def _written_after(dated, text: str, a: Claim) -> Claim | None:
    """A date set off by a comma right after a counted phrase ("three weeks later, on 23 October")."""
    m = _WRITTEN_AFTER.match(text, a.end)
    return next((c for c, _ in dated.within(m.end(), m.end() + 1)), None) if m and "," in m.group() else None


def _sentence_date(dated, an, n) -> Claim | None:
    """The one date of sentence ``n``, not a saying's; None when it holds none or several."""
    mine = [c for c, _ in dated.within(n.start, n.end)
            if not any(w.lower in span_ends.REPORTING for w in an.words_before(c.start, 2))]
    return mine[0] if len(mine) == 1 else None


def _next_dated(dated, an, a: Claim, origin: Claim):
    """The one date of the sentence right after the phrase's (NEXT_SENTENCES), not a saying's,
    unless that sentence opens by introducing another thing ("A new flood, in May 2016, ...")
    or with its date ("In August 2022, the authorities ...": a new scene)."""
    s = an.sentence_at(a.start)
    for k in range(s.index + 1, min(len(an.sentences), s.index + 1 + NEXT_SENTENCES)):
        n = an.sentences[k]
        c = _sentence_date(dated, an, n)
        if c is not None and c is not origin and an.tokens[n.first].lower not in _INTRODUCING \
                and len(an.words_in(n.start, c.start)) > 1:  # a date opening it ("In August 2022, ...") sets a new scene
            return c
    return None


def _weak_placed(dated, an, text: str, a: Claim, origin: Claim, fronted_after: int) -> list[tuple[Claim, str]]:
    """The dates that may date the event a counted phrase places, weakly: the dates whose words
    share the most with the phrase's clause (one word of one stem family, or of one kind, at
    least; ``_one_occurrence``), within WEAK_SENTENCES sentences, or at any distance when a
    name is shared too (the same person, one kind of event); else the one date of the
    sentence right after (``_next_dated``)."""
    s = an.sentence_at(a.start)
    mine = span_ends._placed_words(an, text, a, fronted_after)
    starts = {w.start for w in mine}
    mine += [w for w in dated.words_of(a) if w.start not in starts]  # "N later" is a date: the words it dates
    if any(not w.name for w in mine):
        lo = an.sentences[max(0, s.index - WEAK_SENTENCES)].start
        hi = an.sentences[min(len(an.sentences) - 1, s.index + WEAK_SENTENCES)].end
        scored = []
        for c, ws in _near_or_named(dated, mine, lo, hi, a.start):
            if c is origin or c is a or an.same_sentence(c.start, a.start):
                continue
            shared = [w for w in mine if any(_meets(w, o) for o in ws)]
            if not (lo <= c.start < hi or any(w.name for w in shared)):
                continue
            if shared and _one_occurrence(dated, an, mine, c, shared):
                scored.append((sum(max(_meets(w, o) for o in ws) for w in {w.stem: w for w in shared}.values()), c, shared))
        best = max((n for n, _, _ in scored), default=0)
        found = [(c, "its clause shares \u201c" + "\u201d, \u201c".join(w.text for w in shared) + "\u201d")
                 for n, c, shared in scored if n == best]
        if found:
            return found
    nxt = _next_dated(dated, an, a, origin)
    return [(nxt, "the sentence right after tells its date")] if nxt is not None else []


def _near_or_named(dated, mine: list, lo: int, hi: int, at: int):
    """The dates within [lo, hi), and the NEAREST_SAME_EVENTS dates nearest ``at`` that share
    the first letters of a name of ``mine``: bounded work per phrase, whatever the article."""
    out = {id(c): (c, ws) for c, ws in dated.within(lo, hi)}
    for w in mine:
        if w.name:
            found = dated._by_key.get("stem:" + w.stem[:4], [])  # indices of dated.dates, in order
            k = bisect.bisect_left(found, bisect.bisect_left(dated._starts, at))
            for i in found[max(0, k - NEAREST_SAME_EVENTS // 2):k + NEAREST_SAME_EVENTS // 2]:
                out.setdefault(id(dated.dates[i][0]), dated.dates[i])
    return sorted(out.values(), key=lambda p: p[0].start)


_POSSESSIVE = re.compile(r"['\u2019]s?$")


def _meets(w, o) -> int:
    """``Word.meets``, a name also meeting its possessive ("Brandt" and "Brandt's")."""
    if w.name and o.name:
        return 2 if _POSSESSIVE.sub("", w.stem) == _POSSESSIVE.sub("", o.stem) else 0
    return w.meets(o)


#: Signals before a count that make it a limit or a range's end, not a count from an event.
_LIMIT_SIGNALS = frozenset(load("events")["weak_links"]["limit_signals"])
#: What joins the two edges of one range: the words that close a range (the duration rule's
#: lexicon nearest_reading range_closing_signals, one list for both rules) or a dash.
_RANGE_WORDS = "|".join(re.escape(w) for w in sorted(load("events")["nearest_reading"]["range_closing_signals"]))
_RANGE_JOIN = re.compile(rf"\s*(?:{_RANGE_WORDS}|-|\u2013|\u2014)\s*", re.I)

#: Words that introduce another occurrence of a thing ("an arrest", "another storm").
_INTRODUCING = frozenset(load("events")["weak_links"]["introducing"])


def _one_occurrence(dated, an, mine: list, c: Claim, shared: list) -> bool:
    """Whether a date sharing ``shared`` with a clause's words ``mine`` may date the same
    occurrence: a word of an event shared, not a name only; no names on both sides that share
    none (another person's event); no shared word introduced as another ("an arrest")."""
    theirs = dated.words_of(c)
    if not any(not w.name for w in shared):
        return False
    if any(w.name for w in mine) and any(o.name for o in theirs) and not any(w.name for w in shared):
        return False
    met = [o for o in theirs if not o.name and any(_meets(w, o) for w in shared)]
    return not any(b.lower in _INTRODUCING for o in met for b in an.words_before(o.start, 1))


#: A phrase counted from what follows it: "the day after", "the week before".
_ENDS_IN_CONNECTOR = re.compile(r"(?i)\b(?:after|before)$")


def weak_links(claims: ClaimSet, dated, done: set[int]):
    """Counted phrases no path above judged, read against dates joined to them by a weak link
    (``_weak_origin``, ``_weak_placed``): every one found is an info finding showing both sides."""
    an, text, published = dated.an, claims.article.text, claims.article.published
    times = {c.id: c for c in claims.of_kind("time")}
    for a in claims.of_kind("time"):
        t = a.timex
        if a.start in done or t is None or a.attrs.get("age") or a.attrs.get("adjectival") or t.mod == "APPROX":
            continue
        if _baseline(text, a) or a.attrs.get("signal") in _LIMIT_SIGNALS:
            continue  # a baseline, the end of a range ("two to three years before") or a limit ("within")
        nxt = an.words_after(a.end, 1)
        last = an.words_in(a.start, a.end)[-1:]
        value = t.value if t.type == "DURATION" else t.offset if _ENDS_IN_CONNECTOR.search(a.text) and last else None
        if value and t.type != "DURATION":
            # "the day after the quake": counted from what follows the connector, not from the
            # date the resolver anchored it on (often the one written beside it, ", on 18 September,")
            nxt = last
            value = value.lstrip("-")
        if value and nxt and nxt[0].lower in ("after", "before") and (nxt is last or not text[a.end:nxt[0].start].strip()) \
                and re.fullmatch(r"P\d+(?:\.\d+)?[YMWD]", value):
            sign = 1 if nxt[0].lower == "after" else -1
            beside = span_ends._beside(dated, an, text, a) or span_ends.set_off_after(dated, an, text, nxt[0].end) \
                or span_ends._own_sentence_date(dated, an, a)
            origin, origin_how = _weak_origin(dated, an, text, a, nxt[0].end, beside)
            if origin is None or origin is beside:
                continue
            low, high = span_ends.stated_reach(t) if t.type == "DURATION" else (value, value)
            low = span_ends.tighter_low(a) or low
            if t.mod in _AT_MOST and not span_ends.nearly(a):
                low = "P0D"
            if t.type == "DURATION":
                reach = span_ends.shift(span_ends.interval(origin), low, high, sign)
            elif value.endswith("D"):  # "the day after": a count of days, no day of slack
                offset = cal.parse_offset(value)
                reach = cal.shift_interval(span_ends.interval(origin), offset[1], sign) if offset else None
            else:  # "the week after": a stretch, any day from the next to one unit on
                reach = span_ends.shift(span_ends.interval(origin), "P1D", value, sign)
            if reach is None:
                continue
            reach = span_ends.clamp_open(reach, sign, t.mod)
            s = an.sentence_at(a.start)
            cut = span_ends._CUT.search(text, nxt[0].end, s.end)
            after = cut.start() if cut else s.end
        elif t.resolution == "anchor" and span_ends._LATER.search(a.text) and span_ends.interval(a) is not None:
            origin, origin_how, sign = times.get(t.anchor or ""), "the date it is counted from", 1
            if origin is None or span_ends.interval(origin) is None:
                continue
            reach = span_ends.interval(a)
            beside = span_ends._beside(dated, an, text, a) or _written_after(dated, text, a)
            after = a.end
        else:
            continue
        placed = [(beside, "the date written beside it is the placed event's")] if beside is not None \
            else _weak_placed(dated, an, text, a, origin, after)
        origin_iv = span_ends.interval(origin)
        if published is not None and origin_iv[1] >= published:
            continue  # counted from the writing ("now") or from what is yet to come
        value = t.value if t.type == "DURATION" else (t.offset or "").lstrip("-")
        told = [(c, how) for c, how in placed if _may_place(c, origin, origin_iv, sign, value, published, text)]
        if not told or any(cal.intersects(reach, span_ends.interval(c)) for c, _ in told):
            continue  # no date, or one that meets: it may be the one the phrase places
        c, how = min(told, key=lambda p: abs(p[0].start - a.start))
        yield Weak(a, origin, origin_how, c, how, reach)


def _may_place(c: Claim, origin: Claim, origin_iv, sign: int, value: str, published, text: str) -> bool:
    """Whether a weakly linked date may be the placed event's, as a slip: not the origin nor a
    date meeting it (the origin told again), not the other edge of a range the origin opens or
    closes ("from 1 November 1977 to 31 March 1985"), not after the writing (a plan), not
    beyond the origin against the count's direction (another event), and within SLIP_RATIO of
    the count."""
    there = span_ends.interval(c)
    if c is origin or cal.intersects(origin_iv, there) or (published is not None and there[0] > published):
        return False
    first, second = (origin, c) if origin.start < c.start else (c, origin)
    if _RANGE_JOIN.fullmatch(text, first.end, second.start):
        return False
    if (there[1] < origin_iv[0]) if sign > 0 else (there[0] > origin_iv[1]):
        return False
    days = span_ends.days_between(origin_iv, there) if sign > 0 else span_ends.days_between(there, origin_iv)
    return span_ends.a_slip(days, value)


def _weak_finding(w: Weak, line_of) -> Finding:
    a, when = w.phrase, span_words(*w.reach)
    other_when = span_words(*span_ends.interval(w.placed))
    origin_when = span_words(*span_ends.interval(w.origin))
    return Finding(MESSAGE_WEAK.format(phrase=a.text, origin_when=origin_when, when=when, placed=w.placed.text,
                                       line=line_of(w.placed.start)),
                   a.start, a.end, severity=Severity.INFO,
                   related=[Related(w.placed.start, w.placed.end, RELATED_WEAK_PLACED.format(when=other_when, link=w.placed_how)),
                            Related(w.origin.start, w.origin.end, RELATED_WEAK_ORIGIN.format(when=origin_when, how=w.origin_how))],
                   evidence=[f"\u201c{a.text}\u201d from {origin_when} reaches {when}",
                             f"\u201c{w.placed.text}\u201d = {other_when}: the two do not meet",
                             WEAK_READING.format(how=w.placed_how)])


def _findings(claims: ClaimSet):
    """Every finding of the paths above, the phrase beside its own date first: a phrase two
    paths judge ("two weeks later, on 28 March" after "closed on 3 March", its event also
    dated) is reported once."""
    text = claims.article.text
    times = {c.id: c for c in claims.of_kind("time")}
    events = claims.of_kind("event")
    by_time = {e.attrs.get("time"): e for e in events}
    # Indexes built once, so the work per anchored phrase does not grow with the article.
    ordered = sorted(times.values(), key=lambda c: c.start)
    index = Index(ordered, [c.start for c in ordered], {}, {}, by_id=times)
    for e in sorted(events, key=lambda e: e.start):
        index.by_lemma.setdefault(e.attrs.get("lemma"), []).append(e)
        index.lemma_starts.setdefault(e.attrs.get("lemma"), []).append(e.start)
        index.by_kind.setdefault(e.attrs.get("kind"), []).append(e)
        index.kind_starts.setdefault(e.attrs.get("kind"), []).append(e.start)
        index.events.append(e)
        index.event_starts.append(e.start)
    chains = Chains(claims)
    yield from _apposed(claims, times, events, index)
    yield from _between_events(claims, times, events, index)
    yield from _after_the_ordinal(claims, events, index)
    yield from _ordinal_successors(claims, times, events)
    for a in claims.of_kind("time"):
        t = a.timex
        if t is None or t.resolution != "anchor" or t.mod == "APPROX":
            continue
        offset = cal.parse_offset(t.offset)
        anchor = times.get(t.anchor or "")
        ea = by_time.get(a.id)
        here = _interval(a)
        if offset is None or anchor is None or ea is None or here is None:
            continue
        if a.text.lower().startswith("the same") or _baseline(text, a):
            continue
        if a.text.lower().endswith(("after", "before")) and anchor.start < a.start:
            continue  # "three weeks after the April 1 start" counts from what follows
        tied = _close(text, ea, a) or _fronted(text, a, ea)
        found = False
        reached = _reached(anchor, offset, here)
        here = reached[0]
        for other, shared, eb in _other_datings(text, ea, a, anchor, index, times) if tied else ():
            there = _interval(other)
            if there is None or any(cal.intersects(h, there) or _yearless_day_meets(other, h) for h in reached) \
                    or _agrees_otherwise(claims, a, anchor, offset, there, index):
                continue
            found = True
            when, other_when = span_words(*here), span_words(*there)
            anchor_when = span_words(*_interval(anchor))
            yield _counted_finding(
                MESSAGE.format(phrase=a.text, anchor=anchor_when, event=ea.text, when=when, other_when=other_when),
                a.start, a.end, a.text, anchor, anchor_when, f"{'+' if offset[0] > 0 else '-'} {t.offset.lstrip('-')}",
                when, Related(other.start, other.end, RELATED_OTHER.format(when=other_when)),
                f"\u201c{anchor.text}\u201d = {anchor_when}", f"{shared} is dated {other_when}: the intervals do not meet",
                *([PRO_FORM_READING.format(pro=eb.text, told=ea.text)] if eb is not None and eb.attrs.get("pro_form") else []),
                severity=Severity.INFO if eb is not None and eb.attrs.get("pro_form") else None)
            break
        if not found:
            yield from _chained(claims, chains, a, ea, anchor, offset, reached, index)


def _reached(anchor: Claim, offset, here) -> list[tuple[date, date]]:
    """Where a phrase counted from ``anchor`` may fall: from each reading of an anchor day
    written without a year that keeps two (``_readings``), the likelier first; else the
    phrase's own interval ``here``, as the tagger resolved it."""
    readings = _readings(anchor)
    if len(readings) < 2:
        return [here]
    shifted = [cal.shift_interval(iv, offset[1], offset[0]) for iv in readings]
    return [h for h in shifted if h is not None] or [here]


def _agrees_otherwise(claims: ClaimSet, a: Claim, anchor: Claim, offset, there, index: Index) -> bool:
    """Whether the other date can be reached another way: the anchor read in another year
    (its year was guessed from publication), or counted from another date of the few
    sentences before."""
    if anchor.timex.resolution == "dct" and _some_year_agrees(_interval(anchor), offset, there):
        return True
    return _another_anchor_agrees(claims, a, offset, there, index)


MESSAGE_CHAINED = ("\u201c{phrase}\u201d after {anchor} puts \u201c{event}\u201d in {when}, "
                   "but \u201c{other}\u201d, {how}, is dated {other_when}")


def _chained(claims: ClaimSet, chains: Chains, a: Claim, ea: Claim, anchor: Claim, offset, reached, index: Index):
    """The counted event's other dated mentions at any distance, through its chain
    (claims/mentions.py: "arrested the following day ... We made the arrest on Dec. 31"): a
    warning when the two are surely one event (checker/rules/event_mentions.py: the sole
    one of its kind, named again by a definite noun of the same word or a synonym, alone in
    its sentence, its date read one way), else an info finding showing both sides. The
    nearest mention that cannot meet is reported, once."""
    t = a.timex
    if anchor.start > a.start or _COUNTS_FROM.match(claims.article.text, a.end):
        return  # counted from a date told after it, or from the event ("three weeks after the crash")
    for d in [*chains.others(ea), *chains.retold(ea, claims.article.published)]:
        other = d.time
        there = _interval(other)
        if other.id in (a.id, anchor.id) or other.timex.resolution == "anchor" or there is None \
                or other.timex.type not in ("DATE", "TIME") or any(cal.intersects(h, there) for h in reached) \
                or _agrees_otherwise(claims, a, anchor, offset, there, index):
            continue
        here = reached[0]
        when, other_when, anchor_when = span_words(*here), span_words(*there), span_words(*_interval(anchor))
        yield _counted_finding(
            MESSAGE_CHAINED.format(phrase=a.text, anchor=anchor_when, event=ea.text, when=when, other=d.event.text,
                                   how="the same event" if d.sure else "perhaps the same event",
                                   other_when=other_when),
            a.start, a.end, a.text, anchor, anchor_when, f"{'+' if offset[0] > 0 else '-'} {t.offset.lstrip('-')}",
            when, Related(other.start, other.end, RELATED_OTHER.format(when=other_when)),
            f"\u201c{anchor.text}\u201d = {anchor_when}",
            f"\u201c{d.event.text}\u201d is dated {other_when}: the intervals do not meet", d.why,
            severity=Severity.WARNING if d.sure else Severity.INFO)
        return


PRO_FORM_READING = ("\u201c{pro}\u201d opens its sentence after a pronoun, read as standing for \u201c{told}\u201d "
                    "the sentence before told: a reading, so an info finding")


def _counted_finding(message: str, start: int, end: int, phrase: str, anchor: Claim, anchor_when: str,
                     shift: str, when: str, other: Related, anchor_fact: str, other_fact: str, *reading: str,
                     severity: Severity | None = None) -> Finding:
    """A counted phrase that cannot meet the other date told of its event: the phrase, its
    other side and its anchor as related spans, and the arithmetic (anchor, shift, the other
    side's date) as evidence. The three ways the rule finds the other side all say it so."""
    return Finding(message, start, end, severity=severity,
                   related=[other, Related(anchor.start, anchor.end, RELATED_ANCHOR.format(phrase=phrase, when=anchor_when))],
                   evidence=[anchor_fact, f"{anchor_when} {shift} = {when}", other_fact, *reading])


@dataclass
class Index:
    times: list  # time claims by position
    starts: list[int]
    by_lemma: dict[str, list]  # event claims by lemma, by position
    lemma_starts: dict[str, list[int]]
    by_kind: dict[str, list] = field(default_factory=dict)  # event claims by kind, by position
    kind_starts: dict[str, list[int]] = field(default_factory=dict)
    events: list = field(default_factory=list)  # event claims by position
    event_starts: list[int] = field(default_factory=list)
    by_id: dict = field(default_factory=dict)  # time claims by id


def _other_datings(text: str, ea: Claim, a: Claim, anchor: Claim, index: Index, times):
    """Other dates the article gives for the event of ``a``: the same event word with a
    participant in common elsewhere ("the fall of the city on 9 May 2003"), or a date in the
    event's own clause ("17 days later, the division captured Pyongyang on 19 October")."""
    same = []
    for lemma in sorted(word_family(ea.attrs.get("lemma") or "")):  # one word, or a synonym ("declared", "announced")
        told = index.by_lemma.get(lemma, [])
        if len(told) > 2 * NEAREST_SAME_EVENTS:
            at = bisect.bisect_left(index.lemma_starts[lemma], ea.start)
            told = told[max(0, at - NEAREST_SAME_EVENTS):at + NEAREST_SAME_EVENTS]
        same.extend(told)
    for eb in same:
        if eb.start == ea.start:
            continue
        common = set(eb.attrs.get("args", ())) & set(ea.attrs.get("args", ()))
        if not common and _pronoun_subject(text, eb):  # "Since it reopened on 1 August, the museum"
            common = set(eb.attrs.get("context", ())) & set(ea.attrs.get("args", ()))
        if not common and _told_again(text, eb, ea, times):
            common = {eb.text}  # "evacuated the next day ... The evacuation took place on 9 March"
        if not common:
            continue
        other = times.get(eb.attrs.get("time"))
        if other is None or other.id in (a.id, anchor.id) or other.timex.resolution == "anchor":
            continue
        if _close(text, eb, other):
            yield other, f"\u201c{eb.text}\u201d ({', '.join(sorted(common))})", eb
    an = analyse(text)
    for k in range(bisect.bisect_left(index.starts, ea.end), len(index.times)):  # not a slice: a copy of
        c = index.times[k]  # the rest of the list per event was quadratic in the article's length
        if an.words_between(ea.end, c.start) > OWN_CLAUSE_WORDS:
            break  # farther dates are farther still (the times are in order)
        if c.id in (a.id, anchor.id) or c.timex.type != "DATE":
            continue
        gap = text[ea.end:c.start]
        if re.search(r"[.;:!?]", gap) or not re.search(r"\bon\s+$", gap):
            break
        if c.timex.earliest is not None and c.timex.earliest == c.timex.latest:
            yield c, f"\u201c{ea.text}\u201d, in its own clause,", None
        break


_SUBJECT_PRONOUNS = frozenset(load("events")["subject_pronouns"]["words"])


def _pronoun_subject(text: str, event: Claim) -> bool:
    """A subject pronoun right before the event verb ("Since it reopened"): the words around
    it in its sentence (its context) name what the pronoun stands for."""
    before = analyse(text).words_before(event.start, 1)
    return bool(before) and before[0].lower in _SUBJECT_PRONOUNS


def _close(text: str, event: Claim, time: Claim) -> bool:
    """The event word and its date stand within NEAR content words, with no comma between
    ("the fall of the city on 9 May": one content word between)."""
    lo, hi = (event.end, time.start) if event.start < time.start else (time.end, event.start)
    return "," not in text[lo:hi] and sum(1 for w in analyse(text).words_in(lo, hi) if w.lower not in _STOP) <= NEAR


def _fronted(text: str, a: Claim, event: Claim) -> bool:
    """"17 days later, the 1st Cavalry Division captured ...": a phrase opening its sentence,
    a comma, and the event word as the main verb within a short subject (five content words)."""
    start = sentence_bounds(text, a.start, a.end)[0]
    if text[start:a.start].strip() or event.start < a.end:
        return False
    if event.text not in _VERBS:  # the main verb, not a noun such as "the Treaty of Bucharest"
        return False
    gap = text[a.end:event.start]
    if not gap.lstrip().startswith(",") or re.search(r"[.;:!?]", gap) or gap.count(",") > 1:
        return False
    return sum(1 for w in analyse(text).words_in(a.end, event.start) if w.lower not in _STOP) <= FRONTED_SUBJECT_WORDS


def _some_year_agrees(anchor, offset, there) -> bool:
    """Whether the anchor, whose year the resolver guessed from the publication date, counts
    to the date given when read in some other year: a retrospective "On March 5 ... ten days
    later, on March 15, 1990" in a 2010 article agrees (March 1990), and so does any whole
    number of years ("record April six ... 57 years later on April 6, 1997": the writer may
    mean April 1940); "On 17 October ... 17 days later, on 19 October 1950" agrees in no year.
    The years tried are those the date given, counted back by the offset, lies in."""
    sign, rd = offset
    back = cal.shift_interval(there, rd, -sign)
    if back is None:
        return True  # nothing to count back to: stay quiet
    for year in range(back[0].year - 1, back[1].year + 2):
        moved = cal.shift_interval(anchor, relativedelta(years=year - anchor[0].year))
        shifted = None if moved is None else cal.shift_interval(moved, rd, sign)
        if shifted is not None and cal.intersects(shifted, there):
            return True
    return False


def _another_anchor_agrees(claims: ClaimSet, a: Claim, offset, there, index: Index) -> bool:
    """Whether counting the offset from any other dated expression in the few sentences
    before (or the publication date) would put the event where the article dates it."""
    text = claims.article.text
    lo = a.start
    for _ in range(LOOKBACK_SENTENCES):
        lo, _hi = sentence_bounds(text, max(0, lo - 2), max(0, lo - 1))
        if lo == 0:
            break
    sign, rd = offset
    window = index.times[bisect.bisect_left(index.starts, lo):bisect.bisect_left(index.starts, a.start)]
    own = next((_interval(c) for c in window if c.id == a.timex.anchor), None)
    # a day the resolver reads two ways ("Thursday 8 May": this year or last) is each reading
    candidates = [iv for c in window if c.id != a.timex.anchor and c.timex.type == "DATE" for iv in _readings(c)]
    if own is not None:  # "last month ... on 3 February, and two weeks later": the month holds the
        # anchored day, so counting from it says only what counting from the day says, less sharply
        candidates = [iv for iv in candidates if iv is None or not _holds(iv, own)]
    # the events its sentence names before it, dated elsewhere: no wider than the anchor the
    # resolver chose ("found earlier this month" holds any day of the month)
    candidates += [iv for iv in _named_events_dates(claims, a, index)
                   if own is None or iv[1] - iv[0] <= own[1] - own[0]]
    if claims.article.published is not None:
        candidates.append((claims.article.published, claims.article.published))
    for iv in candidates:
        if iv is None:
            continue
        shifted = cal.shift_interval(iv, rd, sign)
        if shifted is not None and cal.intersects(shifted, there):
            return True
    return False


#: How many dated mentions of one event word, nearest first, give an event named before a
#: phrase its dates: bounded work on texts that repeat one word.
NAMED_EVENT_DATINGS = 4


def _named_events_dates(claims: ClaimSet, a: Claim, index: Index) -> list[tuple[date, date]]:
    """The dates of the events named in the phrase's own sentence before it, each by the
    NAMED_EVENT_DATINGS nearest mentions of its word, a synonym or its kind (the forum, "when
    they convene") that a date dates, anywhere in the article: "ministers approve the text at
    the forum and the secretariat publishes it the following day" may count from the forum
    dated in the lead, not from the nearest date."""
    start = sentence_bounds(claims.article.text, a.start, a.end)[0]
    times = index.by_id  # built once: a dict per phrase was work growing with the article
    out = []
    for e in index.events[bisect.bisect_left(index.event_starts, start):bisect.bisect_left(index.event_starts, a.start)]:
        kind = e.attrs.get("kind")
        lists = [(index.by_lemma.get(lemma, []), index.lemma_starts.get(lemma, []))
                 for lemma in sorted(word_family(e.attrs.get("lemma") or ""))]
        if kind:
            lists.append((index.by_kind.get(kind, []), index.kind_starts.get(kind, [])))
        near = {}
        for mentions, starts in lists:  # each by position: the nearest either side, bounded work
            at = bisect.bisect_left(starts, e.start)
            for m in mentions[max(0, at - NEAREST_SAME_EVENTS):at + NEAREST_SAME_EVENTS]:
                if m.attrs.get("time") in times:
                    near[m.id] = m
        told = sorted(near.values(), key=lambda m: abs(m.start - e.start))
        for m in told[:NAMED_EVENT_DATINGS]:
            c = times[m.attrs["time"]]
            if c.id != a.id and c.timex.type == "DATE" and c.timex.resolution != "anchor":
                out.extend(_readings(c))
    return out


def _vague(c: Claim, times) -> bool:
    """Whether a time claim is a guess: approximate itself ("a few weeks later") or counted,
    through its anchors, from one that is. A phrase counted from it is a guess as well."""
    seen = set()
    while c is not None and c.id not in seen:
        if c.timex is None or c.timex.mod == "APPROX":
            return True
        seen.add(c.id)
        c = times.get(c.timex.anchor or "") if c.timex.resolution == "anchor" else None
    return False


def _holds(wide: tuple[date, date], narrow: tuple[date, date]) -> bool:
    """Whether ``wide`` is a longer period that contains all of ``narrow`` (a month and a day in it)."""
    return wide[0] <= narrow[0] and narrow[1] <= wide[1] and wide != narrow


#: "a week after the vote": the words that make a measured phrase count from an event, with
#: the direction they count in.
_COUNTS_FROM = re.compile(r"\s+(after|before|following|ahead\s+of|since)\s+")
#: The farthest (in words) the event word may stand after "after"/"before": "after the
#: regional election" (two), "after taking office" (none).
EVENT_AFTER_CONNECTOR = 3
#: Between a measured phrase and the date written beside it only punctuation and "on"/"in":
#: "three days later, on 12 July", "the next morning (9 October)", "In March 2025, 18 months after".
_BESIDE_AFTER = re.compile(r"^\s*[,(\u2014\u2013-]\s*(?:(?:on|in|at)\s+)?(?:the\s+)?$")
#: Nouns that name the day of the event word before them ("a month after opening day, on",
#: "a week after polling day, on"): the phrase runs on over one of them to its date.
_EVENT_DAYS = frozenset(load("events")["event_days"]["words"])
_BESIDE_BEFORE = re.compile(r"^\s*,\s*(?:the\s+)?$")


def _apposed(claims: ClaimSet, times, events, index: Index):
    """A phrase counted from another time with the date it reaches written beside it: "three
    days later, on 12 July" (counted from the date the tagger anchored it to, or any date of
    the few sentences before, or publication: conflict only if none reaches), "on 4 May, a
    week after it began on 9 May" (counted from the event's own date in its clause), "a week after
    the vote, on June 20" and "In March 2025, 18 months after taking office" (counted from the
    nearest earlier dated mention of the same kind of event: "the vote" is the ballot told
    "in a special election on June 6")."""
    text = claims.article.text
    mentions = sorted((e for e in events if e.attrs.get("time") in times), key=lambda e: e.start)
    for a in index.times:
        t = a.timex
        if t is None or t.mod == "APPROX" or t.type not in ("DATE", "TIME", "DURATION"):
            continue
        if t.resolution == "anchor":
            offset = cal.parse_offset(t.offset)
        elif t.type == "DURATION":
            offset = cal.parse_offset(t.value)
        else:
            continue
        if offset is None or a.text.lower().startswith("the same"):
            continue
        counted = _counted_event(text, a, events, times)
        reading = None
        if counted is not None:
            connector, ev = counted
            sign = -1 if connector in ("before", "ahead of") else 1
            offset = (sign, offset[1])
            end = ev.end
            after = analyse(text).words_after(end, 1)
            if after and after[0].lower in _EVENT_DAYS and not text[end:after[0].start].strip():
                end = after[0].end  # "after opening day, on 3 May"
        elif t.resolution == "anchor":
            end = a.end
        else:
            continue  # a bare duration ("18 months") counts from nothing we can name
        beside = _beside(text, a, end, index)
        if beside is None or beside.id == t.anchor and counted is None:
            continue
        there = _interval(beside)
        if there is None:
            continue
        later = origin = None
        if counted is not None:
            own = _own_date(text, ev, index)
            if own is not None and own is not beside and own is not a:
                anchor = own  # "a week after it began on 9 May": the event dated in its own clause
            else:
                origin = _dated_mention_before(mentions, ev, times, beside)
                later = _sole_dated_mention_after(mentions, ev, times, beside) if origin is None else None
                if origin is not None:
                    anchor = times[origin.attrs["time"]]
                elif later is not None:  # "in 1990, two years before her wedding ... they wed in 1995"
                    anchor = times[later.attrs["time"]]
                    reading = LATER_READING.format(word=later.text, when=anchor.text)
                else:  # "They first met in 1971 ... wed in 1974, two years after they first met"
                    found = _told_in_a_dated_sentence(claims.article.text, ev, index)
                    if found is None:
                        continue
                    anchor, word = found
                    reading = TOLD_READING.format(word=word, when=anchor.text)
            anchors = _readings(anchor)
            if not anchors:
                continue
            if not (later is not None and _shares_participant(text, ev, later)) \
                    and all(_too_far(iv, _read_near(beside, iv, offset) or there, offset) for iv in anchors):
                if reading is not None or origin is None or not _close(text, origin, anchor):
                    continue
                # the earlier mention of the event counted from, dated close by its own date
                # ("won the league in 1990"), lies many counts away: it may be another of its
                # kind, so a reading (an info finding showing both sides)
                reading = FAR_ORIGIN_READING.format(word=origin.text, when=anchor.text)
        else:
            anchor = times.get(t.anchor or "")
            if anchor is None or _interval(anchor) is None or _vague(anchor, times):
                continue  # "a few weeks later ... the following day, 13 March": counted from a guess
            anchors = _readings(anchor)
        sign, rd = offset
        reached = [_bounded(cal.shift_interval(iv, rd, sign), iv, sign, t.mod) for iv in anchors]
        if any(h is None or cal.intersects(h, there) or _yearless_meets(beside, h) for h in reached):
            continue  # some reading of the anchor ("15 January": last January or next) reaches it
        anchors, here = anchors[:1], reached[0]
        if anchor.timex.resolution == "dct" and beside.timex.resolution != "dct" \
                and _some_year_agrees(anchors[0], offset, there):
            continue
        if _yearless_meets(beside, here) is False:
            # read in the story's year, as above; beside a phrase counted from a named event, in the
            # year nearest where it reaches ("two days after the crash, on 8 February", the crash in 2024)
            there = (_read_near(beside, anchors[0], offset) if counted is not None else None) \
                or (date.fromisoformat(beside.timex.value),) * 2
        if counted is None and _another_anchor_agrees(claims, a, offset, there, index):
            continue
        if counted is None and reading is None and all(_too_far(iv, there, offset) for iv in anchors):
            # the resolver's anchor lies many counts from the date beside ("A year earlier, in
            # 1959" after a birth in 1938): the writer counts from something else, unnamed
            reading = FAR_ANCHOR_READING
        phrase = text[a.start:end]
        when, other_when, anchor_when = span_words(*here), span_words(*there), span_words(*anchors[0])
        yield _counted_finding(
            MESSAGE_BESIDE.format(phrase=phrase, anchor=anchor_when, when=when, other_when=other_when),
            a.start, end, phrase, anchor, anchor_when, f"{'+' if sign > 0 else '-'} {_offset_words(a)}",
            when, Related(beside.start, beside.end, RELATED_BESIDE.format(when=other_when)),
            f"\u201c{anchor.text}\u201d = {anchor_when}",
            f"\u201c{beside.text}\u201d, written beside it, is {other_when}: the intervals do not meet",
            *([reading] if reading else []), severity=Severity.INFO if reading else None)


#: How many sentences back the event a phrase counts from may be told in a sentence that
#: holds one date: "The founders first worked together at a lab in 2009. ... They set up
#: the firm in 2012, a year after they first met" (one sentence back).
TOLD_LOOKBACK_SENTENCES = 4
TOLD_READING = ("\u201c{word}\u201d is dated only by the one date of its sentence, \u201c{when}\u201d: "
                "read as its date, so an info finding")


def _told_in_a_dated_sentence(text: str, ev: Claim, index: Index):
    """(the date, the word) of the event a phrase counts from, told with a word of its kind
    (verb or noun: "met", "the blaze" for "the fire") in one of the TOLD_LOOKBACK_SENTENCES
    sentences before, that sentence holding exactly one date (day, month or year; no
    duration, none counted from another; a sentence telling it with no date is passed over):
    the nearest; None. No event claim ties the two
    (they stand too far apart), so the date is a reading."""
    kind = ev.attrs.get("kind") or event_kind(ev.attrs.get("lemma") or "")
    an = analyse(text)
    here = an.sentence_at(ev.start).index
    for k in range(here - 1, max(-1, here - 1 - TOLD_LOOKBACK_SENTENCES), -1):
        s = an.sentences[k]
        word = next((w for w in an.words_in(s.start, s.end)
                     if event_kind(verb_lemma(w.text) or NOUNS.get(w.lower) or "") == kind), None)
        if word is None:
            continue
        lo, hi = bisect.bisect_left(index.starts, s.start), bisect.bisect_left(index.starts, s.end)
        dates = [c for c in index.times[lo:hi] if c.timex is not None and c.timex.type in ("DATE", "TIME")]
        if not dates:
            continue  # told again undated ("the report says the fire began in a switchboard"): look further back
        if len(dates) != 1 or dates[0].timex.resolution == "anchor" or _interval(dates[0]) is None:
            return None
        return dates[0], word.text
    return None


#: The farthest (in words, dates counted) the event a measured phrase places may stand before
#: the phrase in its clause: "resigned six weeks after the vote" (none), "His appointment in
#: 2012 came three years before" (three: "in 2012 came").
PLACED_EVENT_WORDS = 4
POINTING_READING = ("\u201c{placed}\u201d is read as the event the sentence before dates, the last it "
                    "tells: a reading, so an info finding")
PLACED_READING = ("\u201c{placed}\u201d is dated only by another mention of the same event word, "
                  "\u201c{other}\u201d: read as one event, so an info finding")


def _between_events(claims: ClaimSet, times, events, index: Index):
    """"The government resigned six weeks after the vote", "The firm collapsed two weeks after
    the strike", "His appointment in 2012 came three years before his dismissal": a measured phrase between an
    event word of its clause (at most PLACED_EVENT_WORDS before it, no punctuation between)
    and "after"/"before" an event, no date written beside it. The origin is dated as in
    _apposed (its own clause, or the nearest earlier dated mention of its kind); the placed
    event by its own date in its clause (a warning), else by the one date the other
    mentions of its word agree on (an info finding: a reading). Any reading the tagger keeps
    of the placed date that meets the count keeps it quiet."""
    text = claims.article.text
    an = analyse(text)
    mentions = sorted((e for e in events if e.attrs.get("time") in times), key=lambda e: e.start)
    by_start = {e.start: e for e in events}
    dated_by_lemma = None  # _placed_date's index, built at the first placed event
    for a in index.times:
        t = a.timex
        if t is None or t.mod == "APPROX" or t.type != "DURATION" or a.text.lower().startswith("the same"):
            continue
        offset = cal.parse_offset(t.value)
        counted = _counted_event(text, a, events, times) if offset is not None else None
        if counted is None or _beside(text, a, counted[1].end, index) is not None:
            continue  # nothing counted from, or a date beside it (_apposed's)
        connector, origin_ev = counted
        placed = _placed(text, an, a, by_start) or _set_off_subject(text, an, a, by_start)
        if placed is None:
            continue
        word, own = placed
        lemma = own.attrs.get("lemma") if own is not None else verb_lemma(word)
        if dated_by_lemma is None:
            dated_by_lemma = _dated_by_lemma(events, times)
        there_c, sure, other = _placed_date(an, own, lemma, a, dated_by_lemma, times)
        reading = None if sure else PLACED_READING.format(placed=word, other=other)
        if there_c is None and own is not None:
            there_c = _pointing_back(an, own, events, times)
            reading = POINTING_READING.format(placed=text[an.sentence_at(own.start).start:own.end])
        if there_c is None:
            continue
        anchor = _own_date(text, origin_ev, index) or _date_before_noun(a, origin_ev, times)
        if anchor is None or anchor is there_c:
            origin = _dated_mention_before(mentions, origin_ev, times, there_c)
            anchor = times[origin.attrs["time"]] if origin is not None else None
            told = _told_in_a_dated_sentence(text, origin_ev, index) if anchor is None else None
            if told is not None:  # "was flooded ... on 14 February 2020" far from its verb: a reading
                anchor, reading = told[0], TOLD_READING.format(word=told[1], when=told[0].text)
        if anchor is None or anchor is there_c or _interval(anchor) is None or _vague(anchor, times):
            continue
        sign = -1 if connector in ("before", "ahead of") else 1
        here = _bounded(_shift_within(_interval(anchor), t, sign), _interval(anchor), sign, t.mod)
        there = _interval(there_c)
        if here is None or there is None or cal.intersects(here, there) or _too_far(_interval(anchor), there, offset):
            continue
        readings = [date.fromisoformat(d) for d in (there_c.attrs or {}).get("readings") or [] if len(d) == 10]
        if any(here[0] <= d <= here[1] for d in readings):
            continue
        phrase = text[a.start:origin_ev.end]
        when, other_when, anchor_when = span_words(*here), span_words(*there), span_words(*_interval(anchor))
        yield _counted_finding(
            MESSAGE.format(phrase=phrase, anchor=anchor_when, event=word, when=when, other_when=other_when),
            a.start, origin_ev.end, phrase, anchor, anchor_when, f"{'+' if sign > 0 else '-'} {_offset_words(a)}",
            when, Related(there_c.start, there_c.end, RELATED_OTHER.format(when=other_when)),
            f"\u201c{anchor.text}\u201d = {anchor_when}",
            f"\u201c{word}\u201d is dated {other_when}: the intervals do not meet",
            *([reading] if reading else []), severity=Severity.INFO if reading else None)


#: Wordings that bound a count rather than state it ("nearly two years", "more than a month";
#: claims/temporal/measure.py): the TIMEX3 mod and the side of the count left open.
_AT_MOST = frozenset({"LESS_THAN", "EQUAL_OR_LESS"})
_AT_LEAST = frozenset({"MORE_THAN", "EQUAL_OR_MORE"})


def _bounded(here: tuple[date, date] | None, origin: tuple[date, date], sign: int, mod: str | None):
    """Where a bounded count reaches: "nearly two years after" anywhere from the origin up to
    two years on, "more than a month after" from a month on without end (``here``: the
    stated count's reach); the count itself for any other wording."""
    if here is None or (mod not in _AT_MOST and mod not in _AT_LEAST):
        return here
    if mod in _AT_MOST:
        return (origin[0], here[1]) if sign > 0 else (here[0], origin[1])
    return (here[0], date.max) if sign > 0 else (date.min, here[1])


def _shift_within(origin: tuple[date, date], t, sign: int) -> tuple[date, date] | None:
    """Every day the measured duration ``t`` (with its wording's tolerance: "18 months" is 17.5
    to 19) reaches from ``origin``, counted forward (``sign`` 1) or back."""
    return span_ends.shift(origin, t.low or t.value, t.high or t.value, sign)


def _placed(text: str, an, a: Claim, by_start: dict):
    """(the word, its event claim or None) of the event a measured phrase places: the nearest
    event claim or event verb before it in its clause, at most PLACED_EVENT_WORDS words back."""
    for w in reversed(an.words_before(a.start, PLACED_EVENT_WORDS + 1)):
        if re.search(r"[,;:.!?()\u2014\"\u201c\u201d]", text[w.end:a.start]):
            return None
        e = by_start.get(w.start)
        if e is not None and not e.attrs.get("ordinal"):
            return w.text, e
        if verb_lemma(w.text) is not None and is_past_form(w.text):
            return w.text, None
    return None


#: The most words between the comma after a sentence's subject event noun and the measured
#: phrase: "Her exit, which came a year after the vote" (two), "The sale, agreed two years
#: after the listing" (one), "His resignation, six weeks after" (none).
SET_OFF_WORDS = 3
#: The most words before a subject event noun in its sentence: "Her exit" (one), "The
#: board's sale" (two).
SUBJECT_LEAD_WORDS = 2
_POINTING = frozenset(load("events")["one_event_twice"]["pointing_back"])


def _set_off_subject(text: str, an, a: Claim, by_start: dict):
    """(the word, its event claim) of an event noun that opens its sentence as its subject
    (at most SUBJECT_LEAD_WORDS before it) and is set off by a comma from the measured phrase
    that places it, at most SET_OFF_WORDS words between: "Her exit, which came a year after
    the vote"; None."""
    before = an.words_before(a.start, SET_OFF_WORDS + 1)
    for k in range(len(before) - 1, -1, -1):
        w = before[k]
        gap = text[w.end:before[k + 1].start if k + 1 < len(before) else a.start]
        if re.search(r"[;:.!?()\u2014\"\u201c\u201d]", gap) or gap.count(",") > 1:
            return None
        if "," in gap:
            e = by_start.get(w.start)
            lead = an.words_in(an.sentence_at(w.start).start, w.start)
            if e is None or not e.attrs.get("noun") or e.attrs.get("ordinal") is not None \
                    or len(lead) > SUBJECT_LEAD_WORDS or "," in text[an.sentence_at(w.start).start:w.start]:
                return None
            return w.text, e
    return None


def _pointing_back(an, own: Claim, events, times) -> Claim | None:
    """The date of the event a sentence-opening "That decision"/"This move" points back to:
    the last event word of the sentence before dated in its own clause (not counted from
    another date), when no other mention dates the noun; a reading. None."""
    lead = an.words_in(an.sentence_at(own.start).start, own.start)
    here = an.sentence_at(own.start)
    if len(lead) != 1 or lead[0].lower not in _POINTING or here.index == 0:
        return None
    prev = an.sentences[here.index - 1]
    told = [times[e.attrs["time"]] for e in events if prev.start <= e.start < prev.end and not e.attrs.get("mention")
            and e.attrs.get("time") in times]
    told = [t for t in told if t.timex.resolution != "anchor" and t.timex.type in ("DATE", "TIME")]
    return told[-1] if told else None


def _dated_by_lemma(events, times) -> dict[str, list[tuple[int, Claim]]]:
    """The event mentions a date of their own places (not counted from another, a day or a
    time), by lemma, each with its place in ``events``: _placed_date reads the mentions of
    one word family, not every event of the article for each placed event."""
    out: dict[str, list[tuple[int, Claim]]] = {}
    for i, e in enumerate(events):
        t = times.get(e.attrs.get("time") or "")
        if t is not None and t.timex.resolution != "anchor" and t.timex.type in ("DATE", "TIME"):
            out.setdefault(e.attrs.get("lemma"), []).append((i, e))
    return out


def _placed_date(an, own: Claim | None, lemma: str | None, a: Claim, dated_by_lemma: dict, times):
    """(the date, whether it is the event's own, the other mention) of a placed event: its own
    date in its clause, else the one date (not counted from another) that the other mentions of
    its word agree on; (None, False, None) if none or several. A date after the measured phrase
    is not the placed event's own: it stands in what is counted from ("The recount came two
    months after the May 2024 poll": May 2024 is the poll's)."""
    if own is not None:
        t = times.get(own.attrs.get("time") or "")
        if t is not None and t.id != a.id and t.timex.resolution != "anchor" and t.timex.type in ("DATE", "TIME") \
                and an.sentence_at(t.start).index == an.sentence_at(a.start).index and t.end <= a.start:
            return t, True, None
    if lemma is None:
        return None, False, None
    here = an.sentence_at(a.start).index
    mentions = sorted(m for w in word_family(lemma) for m in dated_by_lemma.get(w, ()))  # in the events' order
    dated = [(e, times[e.attrs["time"]]) for _, e in mentions if an.sentence_at(e.start).index != here]
    same = [(e, t) for e, t in dated if e.attrs.get("lemma") == lemma]
    dated = same or dated  # its own word first; a synonym ("her departure": "resigned on 9 May") if none
    if len({_interval(t) for _, t in dated}) != 1:
        return None, False, None
    return dated[0][1], False, dated[0][0].text


MESSAGE_ORDINAL = ("\u201c{phrase}\u201d counted from {anchor} ({origin}) is {when}, "
                   "but the date written beside it is {other_when}")
#: How many sentences back the first occurrence told by the adverb "first" ("the atlas first
#: appeared in 2011") may stand from "five years after the first".
FIRST_LOOKBACK_SENTENCES = 3
#: The farthest (in words) the date may stand after the verb "first" qualifies: "first
#: appeared in 2011" (one, "in"), "first went on sale there in 2011" (four).
FIRST_VERB_REACH = 4


def _ellipsis(an, text: str, a: Claim):
    """("after", n, end) for "five years after the first," (an ordinal with no noun after
    it: the noun is the one its sentence already counts, "A second edition"); None."""
    m = _COUNTS_FROM.match(text, a.end)
    if m is None or m.group(1) == "since":
        return None
    after = an.words_after(m.end(), 2)
    if len(after) < 2 or after[0].lower != "the" or after[1].lower not in ORDINALS:
        return None
    if not re.match(r"\s*(?:[,.;:)\u2014]|$)", text[after[1].end:]) and not _DATE_NEXT.match(text, after[1].end):
        return None  # "after the first edition": a noun follows, _counted_event's case
    return " ".join(m.group(1).split()), ORDINALS[after[1].lower], after[1].end


#: "a month after the first on 9 June": a date right after the ordinal, no comma; whose
#: it is (the first's, or the event the phrase places) the words leave open.
_DATE_NEXT = re.compile(r"\s+(?:on|in)\s+(?=\d|[A-Z])")


def _first_told(an, text: str, before: int, times) -> list[Claim]:
    """Dates of a first occurrence told with the adverb "first" in the FIRST_LOOKBACK_SENTENCES
    sentences before ``before``: "The guidebook first came out in 2012" (a past verb right after
    "first", the date within FIRST_VERB_REACH words after the verb)."""
    here = an.sentence_at(before).index
    out = []
    for t in times:
        if t.timex is None or t.timex.type != "DATE" or t.start >= before:
            continue
        s = an.sentence_at(t.start)
        if not 0 < here - s.index <= FIRST_LOOKBACK_SENTENCES:
            continue
        words = an.words_in(s.start, t.start)
        if len(words) > 2 and [w.lower for w in words[:2]] == ["the", "first"] \
                and len(words) - 2 <= FIRST_SUBJECT_REACH:
            out.append(t)  # "The first leg was played on 6 April": the first, its sentence's subject
            continue
        for k in range(len(words) - 1):
            verb = words[k + 1].lower
            if words[k].lower == "first" and is_past_form(verb) \
                    and len(words) - k - 2 <= FIRST_VERB_REACH:
                out.append(t)
                break
    return out


#: The farthest (in words) the date may stand after "The first" opening its sentence: "The
#: first leg was played on 6 April" (five), "The first round of the vote, on 15 March" (five).
FIRST_SUBJECT_REACH = 6


def _after_the_ordinal(claims: ClaimSet, events, index: Index):
    """"A second edition, in 2019, five years after the first": a counted phrase whose origin
    is an ordinal with its noun left out, the noun its sentence counts ("second edition"),
    with the date written beside the phrase. The origin: the mention of that kind with that
    ordinal, dated ("the first edition, in 2011"; a warning), or for "the first" a first
    occurrence told by the adverb ("the guidebook first came out in 2012", in the
    FIRST_LOOKBACK_SENTENCES before; a reading, so an info finding). All origins must agree."""
    text = claims.article.text
    an = analyse(text)
    times = {c.id: c for c in index.times}
    for a in index.times:
        t = a.timex
        if t is None or t.mod == "APPROX":
            continue
        if t.type == "DURATION":
            offset = cal.parse_offset(t.value)
        elif t.resolution == "anchor" and (a.attrs or {}).get("relation") in ("after", "before"):
            offset = cal.parse_offset(t.offset)  # "three weeks after the first": the resolver counted it already
        else:
            continue
        found = _ellipsis(an, text, a) if offset is not None else None
        if found is None:
            continue
        connector, n, end = found
        sentence = an.sentence_at(a.start)
        counted = [e for e in events if sentence.start <= e.start < a.start and e.attrs.get("ordinal")]
        # "The return leg, two weeks after the first": no numbered noun in its sentence, so the
        # first of any kind dated before (all such must agree), a reading
        kind = counted[-1].attrs.get("kind") if counted else None
        unset = _DATE_NEXT.match(text, end) is not None
        beside = _beside(text, a, end, index) or _main_clause_date(an, text, a, end, index) if not unset \
            else _date_at(index, _DATE_NEXT.match(text, end).end())
        there = None if beside is None else _interval(beside)
        if there is None:
            continue
        origins = [times[e.attrs["time"]] for e in events if (kind is None or e.attrs.get("kind") == kind)
                   and e.attrs.get("ordinal") == n and e.start < sentence.start and e.attrs.get("time") in times]
        severity, by_adverb = (None if counted else Severity.INFO), False
        if not origins and n == 1:
            origins, severity, by_adverb = _first_told(an, text, sentence.start, index.times), Severity.INFO, True
        intervals = {_interval(o) for o in origins}
        if len(intervals) != 1 or None in intervals:
            continue
        origin = origins[0]
        sign = -1 if connector in ("before", "ahead of") else 1
        here = cal.shift_interval(_interval(origin), offset[1], sign)
        if here is None or cal.intersects(here, there) or unset and cal.intersects(_interval(origin), there):
            continue  # with no comma, the date may be the first's own: it must meet neither
        phrase = text[a.start:end]
        when, other_when, anchor_when = span_words(*here), span_words(*there), span_words(*_interval(origin))
        what = "the first occurrence told by \u201cfirst\u201d" if by_adverb \
            else f"the {counted[-1].text if counted else 'occurrence'} numbered {n}"
        finding = _counted_finding(
            MESSAGE_ORDINAL.format(phrase=phrase, anchor=anchor_when, origin=what, when=when, other_when=other_when),
            a.start, end, phrase, origin, anchor_when, f"{'+' if sign > 0 else '-'} {a.text}", when,
            Related(beside.start, beside.end, RELATED_BESIDE.format(when=other_when)),
            f"\u201c{origin.text}\u201d = {anchor_when}, {what}",
            f"\u201c{beside.text}\u201d, written beside it, is {other_when}: the intervals do not meet")
        if unset:
            finding.evidence.append(UNSET_READING)
            severity = Severity.INFO
        if severity is not None:
            finding.severity = severity
        yield finding


UNSET_READING = ("the date follows \u201cthe first\u201d with no comma: read as the placed event's, though it "
                 "may be the first's; it meets neither the first's date nor the count from it, so an info finding")


def _date_at(index: Index, start: int) -> Claim | None:
    """The date claim starting at ``start``, if any."""
    k = bisect.bisect_left(index.starts, start)
    return index.times[k] if k < len(index.starts) and index.starts[k] == start else None


MESSAGE_BESIDE = ("\u201c{phrase}\u201d counted from {anchor} is {when}, "
                  "but the date written beside it is {other_when}")
RELATED_BESIDE = "the date written beside it ({when})"


def _offset_words(a: Claim) -> str:
    return a.text


def _readings(anchor: Claim) -> list[tuple[date, date]]:
    """The days a counted phrase's anchor may be: each reading of a day written without a
    year that the resolver kept two of ("on 15 January" in a November article: this January
    or, a slip of tense, the next; ``attrs.readings``), the likelier first; else its interval.
    Counting from the interval between two readings a year apart would reach anywhere."""
    readings = anchor.attrs.get("readings") or []
    if len(readings) > 1:
        days = sorted((date.fromisoformat(r) for r in readings),
                      key=lambda d: d.isoformat() != anchor.timex.value)
        return [(d, d) for d in days]
    iv = _interval(anchor)
    return [] if iv is None else [iv]


def _read_near(beside: Claim, origin: tuple[date, date], offset) -> tuple[date, date] | None:
    """A day written without a year beside the phrase ("two days after the crash, on 8
    February"), read in the year nearest to where the phrase reaches from ``origin`` (a reader
    reads the two in one story), for judging whether the origin is too far to be the phrase's;
    None for a date with its year, or not a day."""
    x = beside.timex
    if x.resolution != "dct" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", x.value or ""):
        return None
    reach = cal.shift_interval(origin, offset[1], offset[0])
    if reach is None:
        return None
    month, day, best = int(x.value[5:7]), int(x.value[8:10]), None
    for year in range(reach[0].year - 1, reach[1].year + 2):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        gap = max((d - reach[1]).days, (reach[0] - d).days, 0)
        if best is None or gap < best[0]:
            best = (gap, d)
    return None if best is None else (best[1], best[1])


def _yearless_day_meets(other: Claim, here) -> bool:
    """Whether a day written without a year ("freed a week later, on 17 March", the
    article a year on), read in a year of the interval the phrase reaches, meets it: its year
    was guessed from the publication date, and a reader reads the two in one story."""
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", other.timex.value or "")) and _yearless_meets(other, here) is True


def _yearless_meets(beside: Claim, here) -> bool | None:
    """Whether a date written without a year beside the phrase ("on 9 October"), read in a
    year of the interval the phrase reaches (a reader reads both in one year), meets it."""
    x = beside.timex
    if x.resolution != "dct" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", x.value or ""):
        return None if x.resolution != "dct" else True  # a yearless month or week: too loose to judge
    month, day = int(x.value[5:7]), int(x.value[8:10])
    for year in range(here[0].year, here[1].year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if here[0] <= d <= here[1]:
            return True
    return False


#: The farthest (in words) an event verb with its own subject may stand after "after"/"before":
#: "after they first met" (two), "after the merger was first agreed" (four).
VERB_AFTER_CONNECTOR = 4


_GAP_MARK = re.compile(r"[,.;:()]")
_start = attrgetter("start")


def _counted_event(text: str, a: Claim, events, times=None):
    """("after", the event claim) for "a week after the vote", "18 months after taking
    office": the event word within EVENT_AFTER_CONNECTOR words after the connector; or the
    event verb of a clause after it, within VERB_AFTER_CONNECTOR words ("a year after they
    first met", "a year before the mill shut", "the day after the trial was halted"): the
    verb, not a noun before it, is what happened then ("18 months after the merger was
    agreed" counts from the agreement). A phrase that ends with its connector ("the
    day after") counts from what follows it. The words of the event's own date written before
    its noun ("after the May 2024 council election") are the noun phrase's, not counted."""
    an = analyse(text)
    m = _COUNTS_FROM.match(text, a.end)
    if m is None:
        last = an.words_in(a.start, a.end)[-1:]
        m = _COUNTS_FROM.match(text, last[0].start - 1) if last and last[0].lower in ("after", "before") else None
    if m is None:
        return None
    connector = " ".join(m.group(1).split())
    if connector == "since":
        return None
    verb = _clause_verb(text, an, m.end(), events) or _gerund(an, m.end())
    if verb is not None:
        return (connector, verb) if verb.attrs.get("lemma") else None
    # events are in text order: from the first after the connector, up to the first stop mark
    # after it (an event past one is not counted from: the gap must have none)
    stop = _GAP_MARK.search(text, m.end())
    for e in events[bisect.bisect_left(events, m.end(), key=_start):]:
        if stop is not None and e.start > stop.start():
            break
        if e.start < m.end() or not e.attrs.get("mention") and e.attrs.get("time") is None:
            continue
        gap = text[m.end():e.start]
        own = (times or {}).get(e.attrs.get("time") or "")
        dated = len(an.words_in(own.start, own.end)) if own is not None and m.end() <= own.start and own.end <= e.start else 0
        if an.words_between(m.end(), e.start) - dated <= EVENT_AFTER_CONNECTOR and not re.search(r"[,.;:()]", gap):
            return connector, e
    return None


def _gerund(an, start: int) -> Claim | None:
    """The event a gerund right after "after"/"before" tells ("a week after joining", "two
    years after marrying", "months after taking office"): a claim made for it, lemma and kind
    from the lexicon (claims.events.verb_lemma reads the "-ing" form of a verb it lists, and a
    phrase of several words is looked up whole); None when the next word is no such form."""
    words = an.words_after(start, PHRASE_WORDS)
    if not words or not words[0].lower.endswith("ing") or an.text[start:words[0].start].strip():
        return None
    for k in range(len(words), 1, -1):  # "taking office" before "taking"
        phrase = " ".join(w.lower for w in words[:k])
        if phrase in VERBS:
            return Claim("", "event", words[0].start, words[k - 1].end, phrase,
                         attrs={"lemma": VERBS[phrase], "kind": event_kind(VERBS[phrase])})
    lemma = verb_lemma(words[0].text)
    if lemma is None:
        return None
    return Claim("", "event", words[0].start, words[0].end, words[0].text,
                 attrs={"lemma": lemma, "kind": event_kind(lemma)})


#: Forms of "be" before a passive verb ("the vote was called").
_BE = frozenset(load("events")["passive_lemmas"]["after"]) - {"has", "have", "had"}
_PLANNING = frozenset(load("events")["planning_passives"]["words"])
#: Verbs of happening ("took place", "was held"): they tell the event their subject names.
_HAPPENING = frozenset(load("events")["pro_forms"]["lemmas"])


def _clause_verb(text: str, an, start: int, events) -> Claim | None:
    """The event verb (a past form) of a clause that opens at ``start`` after "after" or
    "before", at most VERB_AFTER_CONNECTOR words between, with a subject or an auxiliary before it
    ("they first met", "the plant shut", "the study was halted"), no punctuation between: its
    event claim, or one made for it (lemma and kind from the lexicon); a claim without a lemma
    for a passive of planning ("the vote was called": lexicon ``planning_passives``; the counted
    event is the calling, which no date tells); None, so that the noun is the event, for a verb of
    happening ("after the vote was held": lexicon ``pro_forms``)."""
    words = an.words_after(start, VERB_AFTER_CONNECTOR + 1)
    for k, w in enumerate(words):
        if k and re.search(r"[,.;:()]", text[words[k - 1].end:w.start]):
            return None
        lemma = verb_lemma(w.text) or _CLAUSE_VERBS.get(w.lower)
        if k and words[k - 1].lower in _BE and w.lower in _PLANNING:
            # "a fortnight before the vote was called": the calling, which no date tells
            return Claim("", "event", w.start, w.end, w.text, attrs={"lemma": None})
        if k == 0 or lemma is None or not is_past_form(w.text):
            continue
        if lemma in _HAPPENING:
            return None  # "a week after the vote was held": the vote is the event, told by its noun
        lemma = passive_lemma(words[k - 1].text, w.text) or lemma
        own = next((e for e in events if e.start == w.start), None)
        if own is not None and not own.attrs.get("noun"):
            return own
        return Claim("", "event", w.start, w.end, w.text, attrs={"lemma": lemma, "kind": event_kind(lemma)})
    return None


def _beside(text: str, a: Claim, end: int, index: Index):
    """The date written right after the phrase (", on 12 July") or right before it
    ("In March 2025, 18 months after ...")."""
    i = bisect.bisect_left(index.starts, end)
    if i < len(index.times):
        c = index.times[i]
        if c.timex is not None and c.timex.type in ("DATE", "TIME") and c.timex.resolution != "anchor" \
                and _BESIDE_AFTER.match(text[end:c.start]):
            return c
    j = bisect.bisect_left(index.starts, a.start) - 1
    if j >= 0:
        c = index.times[j]
        if c.timex is not None and c.timex.type in ("DATE", "TIME") and c.timex.resolution != "anchor" \
                and c.end <= a.start and _BESIDE_BEFORE.match(text[c.end:a.start]):
            return c
    return None


def _main_clause_date(an, text: str, a: Claim, end: int, index: Index):
    """The first date after a phrase standing in a relative clause set off after its sentence's
    subject, in the main clause after the clause's closing comma ("The second strike, which came
    a week after the first, began on 23 February": span_ends.in_relative_aside): the subject's."""
    i = bisect.bisect_left(index.starts, end)
    if i >= len(index.times):
        return None
    c = index.times[i]
    if c.timex is None or c.timex.type not in ("DATE", "TIME") or c.timex.resolution == "anchor" \
            or not an.same_sentence(a.start, c.start):
        return None
    return c if span_ends.in_relative_aside(an, text, a, c) else None


FAR_ORIGIN_READING = ("\u201c{word}\u201d ({when}), the dated mention told before of what the phrase counts from, lies "
                      "more than MAX_ORIGIN_OFFSETS counts from the date written beside the phrase: it may be another "
                      "of its kind; if both are told of the same one, they disagree, so an info finding")
FAR_ANCHOR_READING = ("the date the resolver counted from lies more than MAX_ORIGIN_OFFSETS counts from the "
                      "date written beside the phrase: the writer may count from another event, so an info finding")
#: How many times its own offset a counted phrase's origin may lie from the date written beside
#: the phrase (plus a month of slack) and still be its origin: "less than a year after
#: independence" in 1961 is not counted from a mention of independence dated in 1997.
MAX_ORIGIN_OFFSETS = 3


def _too_far(origin: tuple[date, date], there: tuple[date, date], offset) -> bool:
    """Whether the origin found for a counted phrase lies so far from the phrase's own date that
    it is another event of the kind (or a misdated mention), not the one counted from."""
    sign, rd = offset
    span = (date(2000, 1, 1) + rd - date(2000, 1, 1)).days
    gap = max((there[0] - origin[1]).days, (origin[0] - there[1]).days, 0)
    return gap > MAX_ORIGIN_OFFSETS * span + 31


def _date_before_noun(a: Claim, ev: Claim, times) -> Claim | None:
    """The event's own date written inside its noun phrase, between the measured phrase ``a``
    and the event noun ("two months after the May 2024 poll"); None."""
    own = times.get(ev.attrs.get("time") or "")
    if own is None or own.timex is None or own.timex.type not in ("DATE", "TIME") or own.timex.resolution == "anchor":
        return None
    return own if a.end <= own.start and own.end <= ev.start else None


def _own_date(text: str, ev: Claim, index: Index) -> Claim | None:
    """The date right after an event word in its own clause ("after the fire broke out on 20
    March": at most NEAR content words between, no comma), not anchored on another; None."""
    i = bisect.bisect_left(index.starts, ev.end)
    if i >= len(index.times):
        return None
    c = index.times[i]
    if c.timex is None or c.timex.type not in ("DATE", "TIME") or c.timex.resolution == "anchor" \
            or re.search(r"[.;:!?]", text[ev.end:c.start]) or not _close(text, ev, c):
        return None
    return c


_POINTING_BACK = frozenset(load("events")["one_event_twice"]["pointing_back"])
_RECURRING = frozenset(load("events")["recurring_kinds"])
#: How many sentences after the counted event its noun told again may stand: "the town was
#: evacuated the next day. Buses came. The evacuation took place on 9 March" (two).
TOLD_AGAIN_SENTENCES = 2


def _told_again(text: str, eb: Claim, ea: Claim, times) -> bool:
    """An event noun right after "the"/"that"/"this" in a sentence at most TOLD_AGAIN_SENTENCES
    after the counted event's, of a kind that does not recur (not "the meeting"), and not named
    by its own day ("the evacuation on 9 March" picks one): the event already told."""
    if not eb.attrs.get("mention") or eb.start < ea.end or eb.attrs.get("kind") in _RECURRING \
            or eb.attrs.get("ordinal") is not None:
        return False
    an = analyse(text)
    before = an.words_before(eb.start, 1)
    if not before or before[-1].lower not in _POINTING_BACK:
        return False
    if not 0 < an.sentence_at(eb.start).index - an.sentence_at(ea.start).index <= TOLD_AGAIN_SENTENCES:
        return False
    other = times.get(eb.attrs.get("time") or "")
    return other is not None and not (other.start >= eb.end and len(an.words_in(eb.end, other.start)) <= 1)


def _dated_mention_before(mentions, ev: Claim, times, beside: Claim):
    """The nearest earlier mention of the same kind of event, dated by something other than
    the date beside the phrase."""
    kind = ev.attrs.get("kind")
    # read back from the event (``mentions`` are in order of start): the first found is the nearest
    for i in range(bisect.bisect_left(mentions, ev.start, key=attrgetter("start")) - 1, -1, -1):
        m = mentions[i]
        same = m.attrs.get("kind") == kind if kind else m.attrs.get("lemma") == ev.attrs.get("lemma")
        if ev.attrs.get("ordinal") is not None and m.attrs.get("ordinal") != ev.attrs.get("ordinal"):
            continue  # "before the first vote" counts from the first, not the second told since
        if same and m.attrs["time"] != beside.id \
                and times[m.attrs["time"]].timex.resolution != "anchor":
            return m
    return None


LATER_READING = ("\u201c{word}\u201d, told later and the only dated mention of its kind, is read as the "
                 "event counted from ({when}): a reading, so an info finding")


def _sole_dated_mention_after(mentions, ev: Claim, times, beside: Claim):
    """The event a phrase counts from, named after "after"/"before" and dated by no earlier
    mention, when the article dates a mention of its kind only once and later ("in 1990, two
    years before her wedding ... they wed in 1995"): that mention; None when no mention of the
    kind, or more than one date for it (another occurrence may be the one counted from), or an
    ordinal that does not match."""
    kind = ev.attrs.get("kind")
    found, dates = None, set()
    for m in mentions:
        same = m.attrs.get("kind") == kind if kind else m.attrs.get("lemma") == ev.attrs.get("lemma")
        if not same or m.attrs["time"] == beside.id or m.start <= ev.start and m.end >= ev.start:
            continue
        if m.attrs.get("ordinal") != ev.attrs.get("ordinal"):
            return None
        t = times[m.attrs["time"]]
        if t.timex.resolution == "anchor":
            return None
        dates.add(t.timex.value)
        if m.start > ev.end and found is None:
            found = m
    return found if len(dates) == 1 else None


#: How many words after the counted event's word its participants are looked for ("before her
#: wedding to the architect Jo Park": four).
PARTICIPANT_WORDS = 6


def _shares_participant(text: str, ev: Claim, later: Claim) -> bool:
    """Whether the later mention's participants (its args) include a word within
    PARTICIPANT_WORDS after the counted event's word, or one of its own args: then it is that
    event however far its date lies from the phrase's."""
    an = analyse(text)
    end = an.sentence_at(ev.start).end
    near = {fold_word(w.text) for w in an.words_after(ev.end, PARTICIPANT_WORDS) if w.end <= end}
    return bool(set(later.attrs.get("args") or ()) & (near | set(ev.attrs.get("args") or ())))


def _ordinal_successors(claims: ClaimSet, times, events):
    """"The first landslide, in February 2019, was followed by another nine months later ...
    That second landslide, in August 2019": a phrase counted from a dated mention numbered n
    dates the n+1th of that kind; a later mention numbered n+1 with its own date must meet it."""
    text = claims.article.text
    by_time = {}
    for e in events:
        if e.attrs.get("time") is not None and e.attrs.get("ordinal"):
            by_time.setdefault(e.attrs["time"], e)
    numbered = [e for e in events if e.attrs.get("ordinal") and e.attrs.get("time") in times]
    for a in claims.of_kind("time"):
        t = a.timex
        if t is None or t.resolution != "anchor" or t.mod == "APPROX" or _interval(a) is None:
            continue
        origin = by_time.get(t.anchor)
        offset = cal.parse_offset(t.offset)
        if origin is None or offset is None or origin.start > a.start:
            continue
        for later in numbered:
            if later.start <= a.end or later.attrs["kind"] != origin.attrs["kind"] \
                    or later.attrs["ordinal"] != origin.attrs["ordinal"] + 1:
                continue
            other = times[later.attrs["time"]]
            there, here = _interval(other), _interval(a)
            if other.timex.resolution == "anchor" or there is None or cal.intersects(here, there):
                continue
            anchor = times[t.anchor]
            when, other_when, anchor_when = span_words(*here), span_words(*there), span_words(*_interval(anchor))
            yield _counted_finding(
                MESSAGE.format(phrase=a.text, anchor=anchor_when, event=f"the next {later.text}", when=when,
                               other_when=other_when),
                a.start, a.end, a.text, anchor, anchor_when, f"{'+' if offset[0] > 0 else '-'} {t.offset.lstrip('-')}",
                when, Related(later.start, other.end, RELATED_OTHER.format(when=other_when)),
                f"\u201c{origin.text}\u201d (number {origin.attrs['ordinal']}) is dated {anchor_when}",
                f"the next {origin.text}, \u201c{text[max(0, later.start - 7):later.end].strip()}\u201d, is dated {other_when}")
            break


EXAMPLES = (
    flags("The club won the league in 1990 under a young coach. In 2012, two years after it won the league, "
          "the club moved to a new ground.", published="2024-01-10",
          note="info: the one dated win lies many counts away; it may be another win, both shown"),
    passes("The club won the league in 1990 under a young coach. In 1992, two years after it won the league, "
           "the club moved to a new ground.", published="2024-01-10"),
    flags("Ruiz was elevated to the appeals bench in 2020. She qualified as a solicitor in 2008 and, four years "
          "later, she was elevated to the appeals bench.", published="2025-03-03",
          note="info: the same verb told earlier, with a participant in common"),
    passes("Ruiz was elevated to a tribunal post in 2020. She qualified as a solicitor in 2008 and, four years "
           "later, she was elevated to the appeals bench.", published="2025-03-03"),
    flags("The squall hit the coast on 9 October. Boats broke loose. Power came back on 14 October, the day "
          "after the squall.", published="2024-10-18",
          note="info: 'the day after' counts from the squall's one date, not from the date beside it"),
    passes("The squall hit the coast on 9 October. Boats broke loose. Power came back on 10 October, the day "
           "after the squall.", published="2024-10-18"),
    flags("The lender filed for administration on 12 June. Staff waited. Five weeks after the filing, on 2 "
          "August, buyers made offers.", published="2025-08-20",
          note="info: 'filing' and 'filed' are one stem family"),
    passes("The lender filed for administration on 12 June. Staff waited. Five weeks after the filing, on 17 "
           "July, buyers made offers.", published="2025-08-20"),
    flags("Trams ran again on Monday, 2 December, as the line reopened after a closure. The line was closed on "
          "1 September 2023. It reopened eight months later.", published="2024-12-04",
          note="info: the verb the lead dates as its news, told again in the body"),
    passes("Trams ran again on Monday, 2 December, as the line reopened after a closure. The line was closed on "
           "1 September 2023. It reopened 15 months later.", published="2024-12-04"),
    flags("The assembly passed the water bill on 9 October. The upper house debated it ten days after the "
          "assembly ballot, on 30 October.", published="2025-11-20",
          note="info: the date set off after the origin is the placed event's; the vote's is its sentence's"),
    passes("The assembly passed the water bill on 9 October. The upper house debated it ten days after the "
           "assembly ballot, on 19 October.", published="2025-11-20"),
    flags("Two days after the earthquake struck on 3 March, the prime minister visited the town. During the visit "
          "on 12 March, she met families.", published="2025-04-15",
          note="info: a fronted phrase counts from its origin clause's date; the placed clause is dated elsewhere"),
    passes("Two days after the earthquake struck on 3 March, the prime minister visited the town. During the visit "
           "on 5 March, she met families.", published="2025-04-15"),
    passes("Customs officers detained the trawler captain on 10 March 2025 and released him a week later, on 17 "
           "March, after bail was posted.", published="2026-06-02",
           note="the yearless '17 March' is read in the year the phrase reaches, not the publication's"),
    flags("Customs officers detained the trawler captain on 10 March 2025 and released him a week later, on 27 "
          "March, after bail was posted.", published="2026-06-02"),
    passes("Trade ministers convene on Tuesday 16 September for the forum. Officials hold a session on Monday 15 "
           "September. Ministers will approve the text at the forum and the secretariat would publish it the "
           "following day, 17 September.", published="2025-09-08",
           note="counted from the forum its sentence names (dated in the lead), not the nearest date"),
    flags("Trade ministers convene on Tuesday 16 September for the forum. Officials hold a session on Monday 15 "
          "September. Ministers will approve the text at the forum and the secretariat would publish it the "
          "following day, 20 September.", published="2025-09-08"),
    flags("The harbour authority suspended the ferry captain on 2 June after a collision. Three days after the "
          "captain's suspension, on 9 June, it appointed a stand-in.", published="2025-06-20",
          note="info, read by word families: the origin's phrase ends at its comma, the date set off is the placed event's"),
    flags("The club sacked its manager on 14 April. The day after the manager's sacking, on 17 April, the chairman "
          "spoke.", published="2024-05-03", note="info: 'the day after', one claim, counts from the event named after it"),
    passes("The club sacked its manager on 14 April. The day after the manager's sacking, on 15 April, the chairman "
           "spoke.", published="2024-05-03"),
    flags("The first vote, held on 5 October, was annulled. Turnout fell in the rerun, organised four weeks after "
          "the first on 9 November.", published="2025-11-20",
          note="info: with no comma the date may be the first's own, and it meets neither reading"),
    passes("The first vote, held on 5 October, was annulled. Turnout fell in the rerun, organised five weeks after "
           "the first on 9 November.", published="2025-11-20"),
    flags("Floodwater swept away part of the footbridge on 14 February 2025. The bridge reopened five months "
          "after the flood. Walkers crossed again when the barriers came down on 29 November.",
          published="2025-12-01", note="info, the weak-link tier: the sentence right before dates the flood, "
          "the sentence right after the reopening (NEXT_SENTENCES)"),
    passes("Floodwater swept away part of the footbridge on 14 February 2025. The bridge reopened five months "
           "after the flood. Walkers crossed again when the barriers came down on 16 July.", published="2025-12-01"),
    passes("Floodwater swept away part of the footbridge on 14 February 2025. The bridge reopened five months "
           "after the flood. The repair cost a great deal. Walkers crossed again when the barriers came down on "
           "29 November.", published="2025-12-01", note="two sentences on, with no word in common: no link"),
    flags("The Lanterns released their debut single in March 2022. Their first album arrived ten months after "
          "the single. Fans queued at the shop. The album came out on 14 September 2023.", published="2025-06-01",
          note="info, the weak-link tier: 'album' shared within WEAK_SENTENCES dates the placed event"),
    passes("The Lanterns released their debut single in March 2022. Their first album arrived ten months after "
           "the single. Fans queued at the shop. The album came out on 14 January 2023.", published="2025-06-01"),
    flags("Ada Oyelaran resigned from the board on 9 November 2024, citing her health. Ms Oyelaran, first "
          "elected in March 2022, stood down eight months later.", published="2025-01-10",
          note="info, a reading by words: the same name and one kind of event, dated two years on"),
    passes("Ben Colley resigned from the board on 9 November 2024, citing his health. Ms Oyelaran, first "
           "elected in March 2022, stood down eight months later.", published="2025-01-10"),
    flags("The brewer listed its shares in June 2018. Its takeover of a cider maker, agreed in March 2024, came "
          "two years after the listing, the firm said on Monday.", published="2025-02-03",
          note="info, a reading by words: the aside's date places the takeover; June 2018 dates the listing"),
    passes("The brewer listed its shares in June 2018. Its takeover of a cider maker, agreed in March 2024, came "
           "six years after the listing, the firm said on Monday.", published="2025-02-03"),
    flags("Mr Okoro pleaded guilty to theft on 9 May. He was jailed five weeks after the plea, the court heard. "
          "The judge jailed him on 30 July for two years.", published="2025-08-04",
          note="info, a reading by words: 'plea' and 'pleaded' are one stem, 'jailed' is told again with its date"),
    passes("Mr Okoro pleaded guilty to theft on 9 May. He was jailed five weeks after the plea, the court heard. "
           "The judge jailed him on 13 June for two years.", published="2025-08-04"),
    flags("The by-election was held on 9 December 2024. The by-election came two months after the May 2024 "
          "council election.", published="2025-01-10",
          note="the origin's date written inside its noun phrase dates the origin, not the placed event (info)"),
    passes("The by-election was held on 9 July 2024. The by-election came two months after the May 2024 "
           "council election.", published="2025-01-10"),
    flags("Voters in Kelso went to a by-election on 3 April 2031. Jo Hart won and was sworn in on 28 April. "
          "She has sat on two panels since she took her seat eight days after the by-election.",
          published="2031-06-01", note="info: 'sworn in' and 'took her seat' name one event (synonyms), a reading"),
    passes("Voters in Kelso went to a by-election on 3 April 2031. Jo Hart won and was sworn in on 11 April. "
           "She has sat on two panels since she took her seat eight days after the by-election.", published="2031-06-01"),
    flags("The planetarium opened on 4 June 2029. Two years after the opening, visits have doubled, the council "
          "said on Friday. A month before the opening, on 20 March 2029, the dome was sealed.",
          published="2031-07-01", note="the date after 'said' is the saying's, not the opening's"),
    passes("The planetarium opened on 4 June 2029. Two years after the opening, visits have doubled, the council "
           "said on Friday. A month before the opening, on 4 May 2029, the dome was sealed.", published="2031-07-01"),
    flags("Members backed the deal in a vote on 14 January 2022. The chief executive quit on 3 February 2023. "
          "Her resignation, six months after the vote, was a shock.", published="2025-06-01",
          note="info: the subject event noun set off by a comma (SET_OFF_WORDS, SUBJECT_LEAD_WORDS) is placed"),
    passes("Members backed the deal in a vote on 14 January 2022. The chief executive quit on 20 July 2022. "
           "Her resignation, six months after the vote, was a shock.", published="2025-06-01"),
    flags("The firm merged with a rival on 2 May 2022. On 9 December 2024 its board approved a dividend. That "
          "decision, taken a year after the merger, pleased investors.", published="2025-06-01",
          note="info: 'That decision' opening a sentence is the event the sentence before dates"),
    passes("The firm merged with a rival on 2 May 2022. On 20 May 2023 its board approved a dividend. That "
           "decision, taken a year after the merger, pleased investors.", published="2025-06-01"),
    flags("Officers detained a teenager on 2 March and charged him two days later. Roads were shut. Harlow was "
          "charged on 9 March, a spokesman said.", published="2024-09-01",
          note="info: the verb told again later, alone in its sentence, of a kind told once (Chains.retold)"),
    passes("Officers detained a teenager on 2 March and charged him two days later. Roads were shut. Harlow was "
           "charged on 4 March, a spokesman said.", published="2024-09-01"),
    flags("Counting ended on 5 May. The winner was declared the following day. Officials said the winner was "
          "announced on 8 May.", published="2024-09-01",
          note="a synonym verb (mentions.synonyms) with a participant in common ('winner')"),
    passes("Counting ended on 5 May. The winner was declared the following day. Officials said the winner was "
           "announced on 6 May.", published="2024-09-01"),
    flags("Trustees announced the sale in March 2022. The museum shut on 9 June 2023, two years after the sale "
          "was first announced.", published="2024-09-01",
          note="counted from the verb of the clause after 'after' (VERB_AFTER_CONNECTOR), not the noun before it"),
    passes("Trustees announced the sale in March 2022. The museum shut on 9 March 2024, two years after the sale "
           "was first announced.", published="2024-09-01"),
    flags("He met his wife, a nurse from Leith, at a ceilidh in the village hall in 1961. They married in 1966, "
          "two years after they first met.", published="2024-09-01",
          note="info: the verb told in an earlier sentence with one date (TOLD_LOOKBACK_SENTENCES), a reading"),
    passes("He met his wife, a nurse from Leith, at a ceilidh in the village hall in 1961. They married in 1963, "
           "two years after they first met.", published="2024-09-01"),
    flags("The tramway opened on 2 May 2021. Six weeks after opening day, on 30 July 2021, a points failure "
          "stopped it.", published="2024-09-01", note="the phrase runs on over 'day' (events.json event_days)"),
    passes("The tramway opened on 2 May 2021. Six weeks after opening day, on 13 June 2021, a points failure "
           "stopped it.", published="2024-09-01"),
    flags("The board dismissed its chief in 2019. His appointment in 2012 came three years before his dismissal.",
          published="2024-05-01", note="a measured phrase between an event dated in its clause and 'before' "
                                       "an event dated elsewhere (PLACED_EVENT_WORDS)"),
    passes("The board dismissed its chief in 2019. His appointment in 2016 came three years before his dismissal.",
           published="2024-05-01"),
    flags("Crews sealed the old tunnel on 4 March and flooded it ten days later. Divers entered only after crews "
          "flooded the tunnel on 30 March.", published="2024-09-01",
          note="a past verb told twice beside one participant ('tunnel') is an event word of the article"),
    passes("Crews sealed the old tunnel on 4 March and flooded it ten days later. Divers entered only after crews "
           "flooded the tunnel on 14 March.", published="2024-09-01"),
    flags("The warehouse fire started on 29 December. Police arrested a man the following day. He was held. "
          "Roads shut. \"We made the arrest on 31 December,\" an officer said.", published="2017-01-03",
          note="warning: the one arrest, named again by a definite noun paragraphs on (the event chain)"),
    passes("The warehouse fire started on 29 December. Police arrested a man the following day. He was held. "
           "Roads shut. \"We made an arrest on 31 December,\" an officer said.", published="2017-01-03",
           note="'an arrest' introduces another: the chain links it to nothing"),
    flags("The dam failed on 4 March and the town was evacuated the next day. The evacuation took place on 9 March.",
          published="2024-05-22", note="the noun told again after 'the' (TOLD_AGAIN_SENTENCES) is the event counted"),
    flags("The dam failed on 4 March and the town was evacuated the next day. The evacuation on 9 March was "
          "orderly.", published="2024-05-22", note="an evacuation named by its own day may be another: only the "
          "weak-link tier shows it (info, the sentence right after)"),
    flags("The stoppage ended on 4 May, ten days after dockers walked out on 9 May.", published="2024-07-22",
          note="counted from the date the event after 'after' has in its own clause"),
    passes("The stoppage ended on 19 May, ten days after dockers walked out on 9 May.", published="2024-07-22"),
    flags("The museum closed in March 2019 and reopened two years later. That happened in June 2020.",
          published="2024-05-22", note="info: 'That happened' stands for the reopening, the nearest event told"),
    passes("The museum closed in March 2019 and reopened two years later. That happened in March 2021.",
           published="2024-05-22"),
    flags("The union voted on 2 June 2024 and the stoppage started three days later. Ports shut. The stoppage, "
          "which started on 12 June 2024, hit trade.", published="2024-07-01",
          note="a relative clause after a comma has the noun before it for subject: the stoppage, dated twice"),
    passes("The union voted on 2 June 2024 and the stoppage started three days later. Ports shut. The stoppage, "
           "which started on 5 June 2024, hit trade.", published="2024-07-01"),
    flags("The river rose last month. It burst its banks on 3 March, and ten days later, on 28 March, troops "
          "arrived.", published="2025-04-10",
          note="'last month' holds 3 March: counting from it says nothing counting from the day does not"),
    passes("The river rose last month. It burst its banks on 3 March, and ten days later, on 13 March, troops "
           "arrived.", published="2025-04-10"),
    flags("The first slip came on 2 March. It rained for days. Later, the road shut. Three weeks later a path was "
          "opened. Crews applied for funds the following day, 3 March.", published="2025-04-10"),
    passes("The first slip came on 2 March. It rained for days. Later, the road shut. A few weeks later a path was "
           "opened. Crews applied for funds the following day, 3 March.", published="2025-04-10",
           note="'the following day' counted from 'a few weeks later', a guess: no conflict can be sure"),
    flags("The co-op bought the bakery in June 2011 and sold it six years later. Since the co-op sold the "
          "bakery in 2019, it has changed hands twice.", published="2024-05-01",
          note="the offset in a joined clause is the second verb's; 'it' is the bakery of the clause before"),
    passes("The co-op bought the bakery in June 2011 and sold it six years later. Since the co-op sold the "
           "bakery in 2017, it has changed hands twice.", published="2024-05-01"),
    flags("The gallery closed in May 2022 for rewiring and reopened ten weeks later. The gallery reopened in "
          "October 2022 with a new wing.", published="2024-05-01",
          note="'reopened' is an event verb (the prefix re- on 'opened'), its subject the first clause's"),
    passes("The gallery closed in May 2022 for rewiring and reopened ten weeks later. The gallery reopened in "
           "July 2022 with a new wing.", published="2024-05-01"),
    flags("The gallery closed in May 2022 for rewiring and reopened ten weeks later. Since it reopened in "
          "October 2022, the gallery has doubled its visitors.", published="2024-05-01",
          note="a subject pronoun: the words around the verb name what it stands for"),
    flags("The gallery closed in May 2022 for rewiring and reopened ten weeks later. Since it reopened in "
          "October 2022, the park has doubled its visitors.", published="2024-05-01",
          note="the words around the verb share nothing with the first clause: only the weak-link tier shows "
          "it (info, 'reopened' told again)"),
    flags("The guide first appeared in 2004. A second edition, in 2012, three years after the first, added maps.",
          published="2024-01-10", note="info: 'the first' is the first edition, told by 'first appeared'; 2004 "
                                       "and three years is 2007"),
    passes("The guide first appeared in 2004. A second edition, in 2007, three years after the first, added maps.",
           published="2024-01-10"),
    passes("The hero of independence, on Thursday, praised the rebels. His father was murdered in "
           "February 1961, less than a year after independence.", published="1997-04-24",
           note="events of no kind are the same event only when they are the same word, dated by its own date"),
    flags("The offensive began in March 2003. The city fell three weeks later. Celebrations "
          "marked the fall of the city on 9 May 2003.", published="2004-01-10",
          note="three weeks after March 2003 is 22 March to 21 April 2003, not 9 May"),
    passes("The offensive began in March 2003. The city fell three weeks later. Celebrations "
           "marked the fall of the city on 9 April 2003.", published="2004-01-10"),
    flags("The ferry sank on 4 March 2011. Divers reached the wreck four days later, on 11 March 2011.",
          published="2019-07-01", note="4 March + 4 days is 8 March, not the 11 March written beside it"),
    passes("The ferry sank on 4 March 2011. Divers reached the wreck a week later, on 11 March 2011.",
           published="2019-07-01"),
    passes("The ferry sank on 4 March 2011. The crew was found on 7 March 2011. Divers arrived four days later, "
           "on 11 March 2011.", published="2019-07-01",
           note="counted from another date of the LOOKBACK_SENTENCES before, it agrees"),
    flags("Members backed the merger in a ballot on 3 May 2019. Two weeks after the vote, on 31 May 2019, the boards met.",
          published="2019-07-01", note="'the vote' is the ballot of 3 May: two weeks on is 17 May"),
    passes("Two weeks after the vote, on 31 May 2019, the boards met.", published="2019-07-01",
           note="no earlier sentence dates the vote"),
    flags("The first flood, in March 2015, was followed by another six months later. That second flood, in May 2016, "
          "drowned the fields.", published="2019-07-01", note="the next of a numbered event"),
    flags("The first flood, in March 2015, was followed by another six months later. The flood, in May 2016, "
          "drowned the fields.", published="2019-07-01", note="a mention without an ordinal is not linked by the "
          "ordinal shapes; the weak-link tier shows it (info, the sentence right after)"),
    passes("The first flood, in March 2015, was followed by another six months later. A new flood, in May 2016, "
           "drowned the fields.", published="2019-07-01", note="'a new flood' introduces another (weak_links)"),
    flags("The levee broke on 6 March 2018. Two weeks on, on 30 March 2018, the water had receded.",
          published="2019-07-01", note="'N units on' before a comma counts forward like 'later'"),
    passes("The levee broke on 6 March 2018. Two weeks on, on 20 March 2018, the water had receded.",
           published="2019-07-01"),
    passes("The levee broke on 6 March 2018. Crews worked a week on Monday shifts, on 30 March 2018.",
           published="2019-07-01", note="'a week on' with no comma or stop after it is no counted phrase"),
    flags("The lender issued a warning on 2 March. Its finance chief left eight weeks later, on 14 September.",
          published="2030-12-20", note="an anchor day with two readings (this March or next) is counted from each"),
    passes("The lender issued a warning on 2 March. Its finance chief left eight weeks later, on 27 April.",
           published="2030-12-20", note="counted from the reading this March"),
    flags("The tram derailed on 11 June 2028. Inspectors examined the rails three days after the derailment, "
          "on 19 June.", published="2029-10-02", note="a yearless day beside the phrase is read in the origin's year"),
    passes("The tram derailed on 11 June 2028. Inspectors examined the rails three days after the derailment, "
           "on 14 June.", published="2029-10-02"),
    flags("They became engaged in May 2027 and wed on 2 February 2032, nearly two years after the engagement.",
          published="2033-01-01", note="'nearly' bounds the count from above: up to two years on"),
    passes("They became engaged in May 2027 and wed on 2 February 2029, nearly two years after the engagement.",
           published="2033-01-01", note="21 months is nearly two years"),
    flags("Ms Achebe joined the orchestra on 3 March 2026. She gave her first solo a month after joining, "
          "on 29 April 2026.", published="2027-01-01", note="a gerund after 'after' is the event counted from"),
    passes("Ms Achebe joined the orchestra on 3 March 2026. She gave her first solo a month after joining, "
           "on 3 April 2026.", published="2027-01-01"),
    flags("The first ballot took place on 9 October 2026. Nominations had closed on 12 September 2026, a fortnight "
          "before the first ballot was held.", published="2027-01-01", note="a verb of happening tells its noun's event"),
    passes("The first ballot took place on 9 October 2026. Nominations had closed on 12 September 2026, a fortnight "
           "before the first ballot was called.", published="2027-01-01",
           note="a passive of planning (planning_passives): the calling is counted from, and no date tells it"),
    flags("The trustees sold the hall on 2 May 2026. Ms Ferrante resigned three weeks later. She resigned on 30 June.",
          published="2027-01-01", note="info: a pronoun opening the next sentence stands for the one just told"),
    flags("The trustees sold the hall on 2 May 2026. Ms Ferrante resigned three weeks later. Others stayed. She "
          "resigned on 30 June.", published="2027-01-01", note="a pronoun two sentences on is not read so by the "
          "pronoun shape; the weak-link tier shows it (info: 'resigned' shared within WEAK_SENTENCES)"),
    passes("The trustees sold the hall on 2 May 2026. Ms Ferrante quit three weeks later. Others stayed. Mr "
           "Obi resigned on 30 June.", published="2027-01-01",
           note="names on both sides, none shared: another person's event (weak-link tier)"),
    flags("Smoke was seen at the depot on 11 June. The following day, engineers inspected the boilers. The "
          "inspection, on 19 June, found faults.", published="2027-01-01",
          note="info: the noun made of the counted verb, opening its sentence, links back (claims/mentions.py)"),
    passes("Smoke was seen at the depot on 11 June. The following day, engineers inspected the boilers. A rival "
           "firm made the inspection on 19 June.", published="2027-01-01",
           note="the noun as an object may tell another occurrence"),
    flags("Islanders went to the polls on Friday 9 May 2031. The day before the vote, on 6 May, a candidate quit.",
          published="2031-06-01", note="'went to the polls' tells the ballot (events.json verbs)"),
    passes("Islanders went to the polls on Friday 9 May 2031. The day before the vote, on 8 May, a candidate quit.",
           published="2031-06-01"),
    flags("The gallery reopening on 2 September 2030 drew crowds. The hall was flooded after a storm on 14 February "
          "2030. Volunteers dried the prints. The gallery reopened two months after the flood.",
          published="2031-01-01",
          note="info: a placed event counted from an event told in an earlier sentence with one date (a reading)"),
    passes("The gallery reopening on 16 April 2030 drew crowds. The hall was flooded after a storm on 14 February "
           "2030. Volunteers dried the prints. The gallery reopened two months after the flood.",
           published="2031-01-01"),
    flags("The yard took him on in 1988, two years before his marriage to the nurse Ada Roe. He and Ada Roe "
          "married in 1995 in Leith.", published="2024-05-01",
          note="info: the event after 'before' dated only by a later mention of its kind (LATER_READING)"),
    passes("The yard took him on in 1988, two years before his marriage to the nurse Ada Roe. He and Ada Roe "
           "married in 1990 in Leith.", published="2024-05-01"),
    passes("The yard took him on in 1988, two years before his marriage. He married in 1995. His son married "
           "in 2019.", published="2024-05-01", note="the kind dated twice later: which one is counted from is unknown"),
    flags("Guards held the courier on 6 March 2024. He made his first appearance in court the following day. "
          "At his 12 March first appearance, bail was refused.", published="2024-04-01",
          note="'appearance' is an event noun (events.json nouns): the chain links the second to the first"),
    passes("Guards held the courier on 6 March 2024. He made his first appearance in court the following day. "
           "At his 7 March first appearance, bail was refused.", published="2024-04-01"),
)
