"""date.duration-conflict: a stated duration that contradicts its own endpoints."""

from __future__ import annotations

import bisect
import functools
import re
from datetime import date, datetime
from operator import attrgetter

from checker.findings import Finding, Related, Severity
from checker.rules import rule, span_ends
from checker.rules.examples import flags, passes
from checker.rules.wording import UNITS, duration_unit, elapsed_words, span_words
from claims import intervals as iv_reader
from claims.events import END, NOUNS, START, VERBS, event_kind, fold_word as _norm, verb_lemma
from claims.language import analyse
from claims.language.analysis import LINK_REACH_SENTENCES
from claims.language.numbers import parse_number
from claims.language.tokens import WORD
from claims.language.vocabulary import CLASSES
from claims.lexicon import load
from claims.lifespans import DESCRIBED_NOUNS, NOUN_GENDER, SUBJECT_PRONOUNS, THIRD_PERSON_POSSESSIVES, UNNAMED_PEOPLE
from claims.mentions import word_family
from claims.model import Claim, ClaimSet
from claims.quantities import headline_span
from claims.temporal import calendar as cal
from claims.temporal.tense import is_past_form
from claims.text import first_letters, sentence_bounds, words

#: a sentence whose subject is a pronoun for the thing the sentence before spoke of ("It has
#: existed ..."); not a possessive ("Its shop has been open ...": another thing, the shop)
_PRONOUN_START = re.compile(r"\s*(?:It|They|This|These)\b")
EXISTENCE = tuple(load("events")["existence_predicates"])
STOP = frozenset(load("events")["stopwords"])

MESSAGE_SINCE = "{start} to {end} is {elapsed}, but the article says \u201c{stated}\u201d"
MESSAGE_SPAN = "from {start} to {end} is {elapsed}, but the article says \u201c{stated}\u201d"
RELATED_START = "the start: {event}, {when}"
RELATED_END = "the end: {event}, {when}"


@rule("date.duration-conflict", Severity.ERROR, "A stated duration that contradicts its own start and end", needs_text=True)
def check(claims: ClaimSet):
    """
    What it checks
        Durations whose endpoints the article also gives, in two shapes:
        a span up to now ("has been in operation for the past ten years", "has existed for
        30 years") against the start of the same thing given elsewhere ("Set up in 2013",
        "founded in 2001", "since 2013"; a fronted participle, "Founded in 2004 by two
        teachers, the choir ...", is told of the main clause's subject, its first
        FRONTED_SUBJECT_WORDS words), measured to the publication date, and so is the age
        of a thing ("The theatre, which opened in 1985, is 30 years old", "the 40-year-old
        charity": the noun after it) against the start of its life (BEING_LEMMAS, the date
        right after the verb; never a person's age, nor a "since" date; when no start names
        the noun, "the 12-year-old trust" against the article's only dated start of a
        life when the article names "the trust" SOLE_LIFE_MENTIONS times more, an info
        finding: a reading), and an
        anniversary in the sentence of that start ("Founded in 1999, the charity marks its
        20th anniversary": 2019, ANNIVERSARY_SLACK_YEARS either side of the publication
        year; not "the 20th anniversary of the flood"); and a span inside
        one sentence ("a 72-hour ceasefire that began on Monday and ended on Saturday")
        against its start and end; and a range the article gives for the same thing ("the
        ten-day fair runs from 5 to 11 August", "the 15-year lease, which started in 2010,
        runs until 2030", "the 30-year lease ran between 1971 and 1989": "between" only in
        the duration's own sentence; or the range a duration in apposition right after it
        renames: "ran from 2 March 2022 to 29 July 2023, a 14-month effort"; or the range right
        after a span's length: "was shut for 18 days between 3 and 12 May"), in the duration's sentence or in the one before or after when it
        names what the duration measures ("In his 11 years as mayor" after "He was mayor
        from 2005 to 2013" or "He was elected mayor in 2006 and served until 2014"; "the
        nine-day stoppage" after "The stoppage began on June 2 and ended on June 6"; "a
        48-hour strike" and "the walkout": one kind of event), or when a possessive owns the
        duration ("In her 12 years at city hall" after "She was elected mayor in 2008 and
        served until 2016": the sentence before's one range, opening within OWNED_RANGE_REACH
        words of its start; not "her nine years as editor", which must be named), or, for a definite duration,
        the one range of its kind up to DEFINITE_REACH_SENTENCES back, as for a duration that
        names its post after "as" ("In her 12 years as chair" after "Okafor was chair of the
        board from 2003 to 2011", paragraphs before); to the hour when both
        ends give one ("from 7 a.m. on Tuesday until 7 a.m. on Wednesday" is 24 hours); a span
        told in days or longer counts whole days, its ends included or not ("a four-day stoppage"
        from 3 to 9 May is six or seven days), one told in hours (_CLOCK_UNITS) a day less at
        least (from late on one day to early on another); and a span ending at its sentence's dated event, after
        "after" or "at the end of", or the object of an ending verb ("reopened on Sunday
        after an 18-month closure", "ten years in office" before "will step down in May", "a
        deal that ends a ten-day strike", "bringing to an end a four-week inquiry"), against the
        dated event that begins what it measures, elsewhere or after the duration in its
        sentence (a start naming it: "the trial opened on 3 March", "The strike began on 3
        May", "took office in 2017"; or the verb of its noun: "closed in September", "was shut
        on 7 June", "walked off the job on 3 March" for a strike, "seven weeks on the picket
        line": events.json span_nouns; "Repairs began in May" for "ten weeks of roadworks": one
        job of work under two of its names, work_nouns); when several starts disagree, only a span that
        conflicts from each of them (a warning); a bare "has reopened after six weeks" measures
        the state its verb ends (events.json ends_state); a sentence that dates nothing before
        the duration ends the span at its last event verb dated elsewhere ("were convicted
        after a six-week trial" and "the jury gave its verdicts on 3 March": every day
        of that kind the article dates; a warning). The
        stated duration keeps its wording's tolerance:
        "ten years" is anything from nine and a half to eleven, "nearly ten" is below ten,
        "more than ten" has no upper bound. And "shut within a decade of opening" against
        its start dated in its sentence ("The mine, which opened in 1990, ...") and its end
        dated in another: the one dated event of the same end verb (a warning), or the one
        "last shift" / "final train" the article dates (events.json last_occurrence, within
        LAST_REACH words; info, a reading); the span may reach WITHIN_SLACK times the
        duration. And a person's time in a post ("her 22 years as director", with a post of
        at most TENURE_POST_WORDS words; "his three-year spell" or "stint", events.json
        tenure nouns; "has led the company for six years") against the one dated start of a
        post (TENURE_STARTS: "was appointed director in 1994", "took over in 2022", "was hired
        in 2019", "took charge of the school in 2019"; a founding,
        TENURE_FOUNDINGS, told of a name the time's sentence tells; "her eleven years in post",
        "at the helm": a generic post; "her nine years at the hospital": a place told
        before, from a start told of the person the time's sentence names; a post held
        "since" a date in another sentence that names that person, "Ms Ruiz, who has led the
        choir since March 2011", the holding verb at most HELD_SINCE_WORDS content words
        before "since") within TENURE_START_REACH sentences, or farther when
        the start's sentence names a name the time's sentence names, naming the post when the
        time does: the time cannot be longer than from that start to the publication date, or
        to the end its own sentence dates ("will step down on 30 June after 16 years at the
        helm", tenure end_words within TENURE_END_REACH words; a warning: the start told may be
        another post's); with such an end it cannot be shorter than from the start to it either
        ("retired on Friday after 12 years as deputy": a warning when the start names the post,
        or for "after 23 years with the company" when it is the joining, tenure join_words, of
        a person the sentence names; else info). Not in a sentence that speaks of the future
        with no end dated ("will retire after 22 years as director"), nor against a start after
        publication. A stay told after
        "after" or "spent" ("After 14 years at the helm", "spent three decades at the bank")
        is a time in a post too, and its start may be told by a word before its date
        (tenure start_words: "became chief executive in 2015"; "joining in 2005" in its own
        sentence, with no object: the same place), naming the post when the stay does
        (all its words: "became head teacher" starts no "years as a teacher").
        And, further shapes: a span's length told by a lasting verb after its start and end
        ("which began on 3 March and ended on 14 March, lasted three weeks"; "It lasted ten
        days" after them; or before them, when the sentence right after opens with a pronoun
        for the thing that lasted, "The dock strike lasted a week. It started on 4 June and
        was over by 22 June": a warning, within span_ends.SLIP_RATIO of the length told; a verb of
        running tells a length only with "for", "the hearings ran for three weeks": lasting_verbs
        with_for; an end word in the clause of a date the extractor gave another event
        word, "closed with a ruling on 9 May", is the one end when it is the only one after
        the start in its sentence: span_ends.end_word); a state's length ("She was mayor for eight years", holding_verbs,
        at most TENURE_POST_WORDS words; "In her 15 years as provost") against the range of
        a sentence naming all its words, the one up to DEFINITE_REACH_SENTENCES back; a range
        renamed by a counted duration in apposition ("from 4 to 12 July, nine days of music"),
        by "It is a twelve-day event" (happening_nouns) or by "the ten-month exercise" (the
        one range up to DEFINITE_REACH_SENTENCES back); the time since a date up to now told
        with it ("closed since 2 May, more than two months"; "the ten years since it opened
        in 2019", SINCE_REACH words), in a present sentence; an activity of a thing up to now
        ("Set up in 2005, the charity has spent the past 25 years helping families") against
        its start told of it (a participle, or a passive before "It ..."): an upper bound,
        only a longer span conflicts; a state up to now ("have been married for 45 years")
        against the one dated event of its participle's verb ("married in 1975"). A start
        told by its year alone is a year out either way (YEAR_ONLY_SLACK_DAYS) in these
        last two and in a time in a post.
        And the range of the thing a duration measures (_thing_span): a duration in its
        sentence's subject ("The 20-month census, which relied on volunteers at 40 farms, ran from
        February to September": any number of words apart, SUBJECT_LEAD_WORDS), or the
        subject's length a verb states ("The refurbishment, which took six months, finished
        on ...", LENGTH_VERBS), or a stay with no subject named ("spent three years as coach,
        from 2012 to 2019"), against its sentence's one range; a definite duration's thing
        ("the 12-week scheme", or a job of work ended "after a nine-month restoration") against
        the start or end that sentences naming it in their first SUBJECT_WORDS words tell,
        anywhere in the article, a job of work by any of its names (events.json work_nouns:
        "Work got under way in March and was finished in October"), the date within
        OWNED_RANGE_REACH words of the name (a warning); and a start and then an end told
        before "after" and the duration ("opened on 9 April, closed on 20 June after five weeks").
        A duration in its sentence's subject whose first event verb ends it, at most
        SUBJECT_VERB_WORDS words after its noun ("A three-week strike by drivers ended on
        Monday"), runs from the start told elsewhere to that verb's date, as after "after"; and
        a start verb a tenure noun stands right before ("a stint in charge which started in 2019",
        SPELL_BEGUN_WORDS) starts a time in a post.
        A time in a post and its start are told of one person when the start's sentence names
        the person, or opens with a personal pronoun ("She has run the charity since 2018") and
        the last person the article names before it is the stay's, or (the sentence right
        before or after) holds with a holding verb the post the stay's sentence names, of the
        same body ("The chair of the choir's trustees ... after twelve years in post" and
        "has chaired the trustees since 2018"). A holding ("has run the business for a decade") is
        started by a post's start, not by the joining of the place ("joined in 2017 as ...
        promoted to chief executive in 2019": 2019). A start verb whose date the extractor took
        from an aside before it across a comma ("who raced in the 1990s, was elected president
        in 2020") is dated by the date after it in its clause. A start in the stay's own
        sentence ("who has led the firm for seven years, took over in 2021") and a stay told as
        ending ahead on no date ("will not stand again after eleven years as leader"), measured
        to the publication date and flagged only when it would have to run on more than
        FUTURE_RUN_ON_DAYS past it, are readings: info findings.
        A span told as ended in the past ("has finished the 30-month programme that began
        in October 2023": span_ends end_words, a past form, not in a clause told as future),
        its start dated in a relative clause of its noun at most ENDED_THING_WORDS words on,
        is no longer than from that start to the publication date (a warning).
        A duration told in months or years is counted on the calendar from its start
        (relativedelta): "14 months" from a day of March 2023 ends in May 2024 at the latest.
        A bare "after six weeks" right after an event noun that an ending verb takes as its
        object ("called off the stoppage after seven weeks", OBJECT_WORDS) measures that noun, from a
        start naming it (its subject, even through a relative clause: the start's args). An end
        before a stay ("bringing to a close eleven years in the job") makes it a time in a post,
        whose end its sentence may date past the post left ("will retire as dean of Kisumu
        College at the end of June"); whose time it is, is told by the sentence's person claim.
        Last, a reading by words (checker/rules/span_ends.py, an info finding showing both
        sides) for a duration no shape above measured: its thing is the words either side of
        it (THING_WORDS: "a 14-month project", "31 years of production", "a tenure of"); its
        end the date of its sentence before an ending word ("will retire on 30 June, ending a
        tenure of"), the publication date for a span up to now told in the present perfect
        ("having chaired the cooperative for the past nine years" too), or the one dated end of the
        thing's words, else the one dated end that undoes an end ("reopened": span_ends
        UNDOING_ENDS, "back in the library after nine weeks of rewiring" and "the library reopened on
        20 June"); its start a start word dated in its
        sentence ("that began in July 2019"), or the one dated start of the thing's words
        elsewhere (one stem, kind, job of work or post: "The walkout began" for "a month of
        picketing", "was appointed" for "a tenure"; a date after "since" starts the state its
        clause tells, "has chaired the cooperative since 2021"), or the one dated opening of what a
        closing ends, told in the span's sentence or in the end's words ("will close ...
        ending 31 years of production" and "opened in 1998"; "reopened on 20 June" and
        "closed on 2 June"), or the one dated event of the thing's own noun ("shut" for
        "a closure"). A sentence opening with "It" or "They" (span_ends thing_pronouns) dates
        the words of the sentence before's subject too, up to its verb, unless that sentence
        opens with a phrase set before its subject ("In May, ...", "A year before the sale, ...").
        A term told as agreed now ("has signed a five-year lease ... until March 2027": a
        duration before its noun, a perfect before it, the sentence's one date after it after
        "until", past the publication date) runs from the publication date at the earliest: only
        a term longer than that conflicts; not a term extended (span_ends term_extenders). A span of a
        happening with nothing beside it ("the nine-month scheme ran late") runs from
        the one dated start of its words to the one dated end of those words or of the
        start's ("Work on the bridge began" ... "The bridge reopened on"). The elapsed days
        must lie within SLIP_RATIO times the span stated either way.
        The thing a duration measures may also be told by a relative clause's lasting verb ("a
        lockout that lasted nine days", "the stoppage, which ran for 20 days, ended on Friday":
        the noun before the pronoun, span_ends.relative_head), and its range by a bracket right
        after it ("nine months of rain (October to June)", at most BRACKET_REACH words before
        the bracket). An anniversary is also told by a noun ("its centenary", events.json
        anniversary_nouns), by a count after a verb of marking it ("is celebrating 30 years",
        "turns 50 this week": anniversary_counts; not in a sentence naming a person before it)
        or by an ordinal year ("marks its 20th year"); its start may stand in another sentence,
        told of a word the anniversary's sentence names (a warning), or be the article's only
        dated start of a life (info). A stay in a quotation ("Twenty years on this council ...,"
        she said) is the speaker's: the quotation's person, or for a bare "he"/"she" the person
        the article names most (MAIN_PERSON_MENTIONS) or the only one; it is no longer than from
        the earliest start of a hold told of that person to the publication date or the latest
        later date told of them (info).
        And after all of these, a reading by nearness (_nearest_readings, the weak-link tier:
        info, both sides shown, the message saying what would have to be true) for a counted
        duration nothing above linked to its ends: a span up to now ("has run the harbour for
        the past twelve years", "For the past eight years, Ferrante has ...", "After twelve
        years here I am ready ...") against the nearest dated start within
        NEAREST_START_SENTENCES sentences, or in a sentence naming a name its sentence names
        (within LINK_REACH_SENTENCES): a start of a hold ("took the job in 2019", "since taking over", nearest_reading
        holding_starts) both ways, a start of a thing's life only when the span is longer; a
        span its sentence ends ("went back on 27 October, ending four weeks of disruption",
        "reopened on Sunday after a 16-month refit") from the nearest dated start (or the
        closing a reopening undoes) within NEAREST_START_SENTENCES sentences; a span of a thing
        ("the two-week gap", "spent 30 years behind the counter", "in her 14 years as warden")
        over the nearest range ("from 3 March to 6 April", "in July 2025 ... until June 2027",
        "shut in March 2023" and "reopened"), within NEAREST_RANGE_SENTENCES sentences or
        DEFINITE_REACH_SENTENCES back for a definite or possessed span; a person's stay with no
        range, from the nearest start of a hold to now, only when longer. The nearest reading
        must be the only one that near, none near may fit, and the elapsed days lie within
        WEAK_RATIO times the count either way.
        Last of all, the interval reader (claims/intervals.py, _interval_readings). Principle:
        a length told of a thing must fit between the dates the article gives the clauses that
        start and end that thing, the thing known by its noun, its verb or another name of the
        same event (the lexicon's event kinds, span nouns, jobs of work, the mentions lexicon's synonym
        groups); a clause whose verb
        starts or ends (events.json intervals, start_lemmas, end_lemmas) marks, on the date told
        of that verb (the nearest verb before the date in its sentence), the start or end of its
        subject (passive, or with no object) or object. So "Six weeks of restrictions came to an
        end on Tuesday, when the council lifted the order" and "The order was imposed on 2 March"
        (the start of what the ending clause ends); "voted on Tuesday, ending a strike" (a
        participle takes the date of the clause before) and "the strike began on 2 September"
        for "six weeks on a picket line"; a noun of starting or ending and its "of" within
        NOUN_CUE_REACH words of a date ("the lifting of the curfew on 30 May"); a pronoun opening
        a clause ("It was lifted on 30 May") for the subject of the sentence before. A length
        not written before its noun or "of" is told of its clause's subject and the words
        between its verb and it ("lifted its hosepipe ban on Monday after five weeks"). What a term was set to ("was sentenced in May 2014 to
        ten years") is what was set, not what ran: it is measured only where the article says it
        was served in full ("left prison in April 2020 after serving her full sentence"), to that
        date; a state named by what it lacks ("a nine-week dry spell": intervals absences) runs
        from the last dated mention of what it lacks ("The last rain fell on 3 May") to its next
        dated mention. Each end may also be told by how the length or its clause is written: two
        dates of one clause after a range opener ("shut from 14 July until 1 September",
        "between 2 and 9 May": intervals range_joins) start and end its thing and the state its
        verb names; a verb of causing ("a closure caused by a landslip on 5 May": intervals
        cause_forms) starts what it causes; a length told up to now ("has kept the villages
        connected for the past ten years") ends at publication, its pronoun subject read as a
        subject of the sentence before, and conflicts only when longer than the thing's life;
        a length after "after" ("opened on Friday after 11 months of construction": intervals
        ends_at_clause) ends on its clause's date, an undated headline taking the date the body
        gives the same verb and subject; "broke ground" (intervals work_start_phrases) starts a
        job of work; a dated list of at least LIST_ITEMS lines (a programme, a timeline, a table
        of key dates) spans the one event its lines, the paragraph introducing it or the
        headline name, a programme of days counting both ends against the count told. A range
        clause within RANGE_MODIFIER_WORDS words after a length's noun, after a comma,
        describes it ("a 90-day window, running from 1 July to 30 November"); a range's second
        end written with no year is its next reading after the first. A length in the headline
        links to marks anywhere in the body. The wording's high is whole units completed for
        weeks, months and years ("six weeks" is under seven); days are counted either side, a
        round count (a multiple of ten from ROUND_DAYS_FROM) give or take ROUND_DAY_SLACK. A warning when the length, its start and its end are one sentence; else
        an info finding showing both ends (a reading).

    Why it matters
        A founding year or a duration edited without the other ("the past ten years" left in
        an article a year later) is a classic stale-copy error that readers check.

    Does not flag
        In the interval reader: a length set ahead (intervals set_terms: "a five-year
        contract", "a three-year plan") or a term not told as served in full; a length in a
        clause told as future or with a modal; a thing with starts (or ends) on more than one
        date; a start told by the same date as the end; a spell of something present ("a sunny
        spell"); a length before "for" with no verb before it in its clause ("After five
        weeks, the council lifted its ban"), which names no thing; a noun of ending farther
        than NOUN_CUE_REACH words from every date of its sentence; a length followed by a word
        of lateness or difference ("ran six days late": intervals gap_words); ends further off
        than span_ends.SLIP_RATIO times the length either way; a start or end linked only by
        another name of the event (a family) more than DEFINITE_REACH_SENTENCES sentences from
        the length; a length told in hours within a day of its ends; a length inside the clause
        whose two dates give a range ("on 214 days between 2020 and 2023", "including six years
        as chair": a count or a part of it); a length up to now shorter than the thing's life;
        a dated list whose lines hold two dates, or linked to no word of the length's thing, or
        one of several so linked.
        In the reading by words: a span up to now not in the present perfect ("fell over the
        past two years") or of a part of a period ("the last two months of 1985"); an end
        aimed at ("in an effort to end a strike"); a start or an end told by a bare base form
        ("to keep the mill open"); a start on or after the end; ends wider than half the span.
        Durations whose sentence does not speak of something existing or operating ("has
        been profitable for the past three years" says nothing about the founding); a start
        event that shares no content word with the duration's sentence (it may be another
        thing's start); several candidate starts that disagree when the span fits from one of
        them (from none: an info finding naming the nearest and showing the others, as for a
        thing's several starts or ends, and a time in a post against several starts); any duration that fits
        somewhere within both intervals (a year written alone is all of that year); a
        duration after a count ("six 10-year issues maturing from 1988 to 1991": several
        things, the range their events' window); a
        duration after "after", "before", "following" or "since" ("returns from 12 to 15
        May after a three-year absence": the gap before, not the span); a sentence with more
        than one range opening or closing; a neighbouring sentence that does not name what
        the duration measures within NAMED_WITHIN words; a span ending at an event whose
        signal ("after", "end of") stands more than SIGNAL_REACH words before the duration,
        whose start is told in its own sentence, or for which no single start (or several
        that disagree) is told elsewhere; for "within ... of", a start its own sentence does
        not date, more than one end (or "last" occurrence) dated elsewhere, or an end within
        WITHIN_SLACK times the duration. A range told in a clause about another noun ("carries
        warrants, each of which may be used from ... until ..."); "a nine-day stoppage" (any
        one) against a stoppage's range told elsewhere; a clock time with no day written as an
        end; a range told by "from" and "to" before "after" and the duration; a count of days
        in a window ("overflowed on 33 days between 2019 and 2022"). In the reading by
        nearness: a span its own sentence dates in the past; a span told of a noun right after
        it ("a six year grace period"), or "from" a date ("for 12 months from April 1", a term
        counted from its own date); a term lengthened ("a five-year extension"); a date told as
        a point of reference ("before the 1983 election"); a "since" date of a founding, for a
        hold; a range whose sentence tells another counted duration ("four years from 1989
        through 1992 ... an 11-year life"); a range opened by an ending ("due to expire in
        1985, was extended to 1987"); a span after "before", "later" or "until". A tenure start dated "now" ("Now the keys
        are hers": a state told of the present). A later date of a job's sentence that tells
        neither an end nor its last part ("and the final ...", FINAL_PART_WORDS after "and";
        an info finding when it does, since the part may be another thing's).

    Known problems
        A stay with no count word ("her half-century in the trade") is no duration claim, so is not
        measured. A quotation's bare "he"/"she" is read as the person the article names most:
        in a story of two people it may be the other (info, both sides shown). A span's thing
        named by another word than its start's is linked by the interval reader only through
        the lexicon's families of one event (event kinds, span nouns, jobs of work) or a state
        of lacking ("the dry spell" and "the last rain fell on 2 June"): "a six-week dispute"
        and "walked out on 3 March", "six weeks of testimony" and "the trial opened" are not
        linked. A dated list is read as one event's whole span: a list that adds a deadline or
        a later meeting to the event's days is measured as one (info). The interval reader's clause thing is the clause reader's subject or object
        head, which may be wrong ("lifted the zone set up after ...": "set"); an end told by no
        verb of ending ("removed the last barriers", "until his death") is not read. A start told by its year alone keeps YEAR_ONLY_SLACK_DAYS on top of the whole
        year, so "has chaired it since 2019" against "a decade" ending in spring 2026 (a decade
        allows eight years) is missed. Starts and holdings the tenure lexicon lacks ("took up
        the post", "has steered the bank") are not found.
        A start or end told by a verb the event lexicon lacks ("went back to work", "handed
        the keys to") is not found; a start whose verb is a light word ("went into dry dock") only
        by the reading by nearness. A start the events extractor ties to the date of an aside before it ("who
        raced in the 1980s, was elected in 2019") is read at that date for every path but a
        time in a post. A pronoun is read as the last person the people extractor names, which
        may not be the last person named ("His deputy is Ama Owusu. She has led ..."). An age told of a thing by another name than its founding's subject ("the 30-year-old
        charity" after "Founded in 1998, the Tyneside Pantry ...") is not linked. A state's
        name must repeat word for word ("mayor"); "the idea has been proposed for a decade"
        is measured against another dated "propose" only; happening_nouns, holding_verbs,
        start_words and generic_posts are short lists. The reading by nearness knows no
        subject: "began tumbling two years ago" may be read as the start of "on the agenda for
        six years" in the sentence after it (info, both sides shown). A start or a range found
        elsewhere by the words, name or thing it shares (a span up to now, a post's start, a
        thing's range told in other sentences) is read within LINK_REACH_SENTENCES (400)
        sentences of the duration only (claims/language/analysis.py): further than any news
        article runs, so what it bounds is a text of many articles, which would otherwise read
        every start from every duration.
    """
    published = claims.article.published
    if not analyse(claims.article.text).sentences:
        return  # a claims document's durations on a text with no words: nothing to measure them against
    events = claims.of_kind("event")
    event_starts = [e.start for e in events]
    index = _Index(claims, events)
    times = {c.id: c for c in claims.of_kind("time")}
    done: set[int] = set()  # the durations a shape of the rule measured
    for d in claims.of_kind("time"):
        t = d.timex
        if t is None or t.type != "DURATION" or t.value in ("", None) or "X" in t.value:
            continue
        allowed = _allowed_days(t)
        if allowed is None:
            continue
        found = list(_span_in_sentence(claims, d, allowed, events, event_starts, times))
        found = found or list(_range(claims, d, allowed, events, event_starts, times))
        found = found or list(_span_ending_at_event(claims, d, allowed, index, times))
        found = found or list(_thing_span(claims, d, allowed, events, times))
        measured = bool(found)
        if published is not None:
            found += _since_start(claims, d, allowed, events, times, published)
            found += _since_elapsed(claims, d, allowed, times, published)
            if not measured:  # a span already measured is not measured again as a time in a post
                found += _tenure(claims, d, allowed, events, times, published)
            if not found:
                found += _ended_by_now(claims, d, allowed, events, times, published)
        found += _within_of_start(claims, d, events, times)
        yield from found
        if found:
            done.add(d.start)
    if published is not None:
        for f in _anniversaries(claims, events, times, published):
            done.add(f.start)
            yield f
    if not any(c.timex is not None and c.timex.type == "DURATION" for c in claims.of_kind("time")):
        return  # the two tiers below read durations only: the article's dated words are not needed
    dated = claims.derived(span_ends.DatedWords)
    for sp in span_ends.spans(claims, dated, done):
        done.add(sp.duration.start)
        yield _word_family_span(sp)
    for f in _nearest_readings(claims, dated, done):
        done.add(f.start)
        yield f
    for f in _quoted_stays(claims, dated, done):
        done.add(f.start)
        yield f
    for f in _list_runs(claims, done):
        done.add(f.start)
        yield f
    yield from _interval_readings(claims, done)


RELATED_WORDS_START = "the start read for it: \u201c{text}\u201d, {when}"
RELATED_WORDS_END = "the end read for it: \u201c{text}\u201d, {when}"
WORDS_READING = ("read by word families (checker/rules/span_ends.py): the start and the end are the dates the "
                 "article gives the words of what the span measures; a reading, not a certainty")


def _word_family_span(sp) -> Finding:
    """An info finding for a span whose ends were linked to it by their words only."""
    d = sp.duration
    elapsed = elapsed_words(sp.days[0], sp.days[1], duration_unit(d.timex.value))
    start_when, end_when = span_words(*sp.start_iv), span_words(*sp.end_iv)
    related = [] if sp.start is None else \
        [Related(sp.start.start, sp.start.end, RELATED_WORDS_START.format(text=sp.start.text, when=start_when))]
    if sp.end is not None:
        related.append(Related(sp.end.start, sp.end.end, RELATED_WORDS_END.format(text=sp.end.text, when=end_when)))
    if sp.how == span_ends.BY_NOW:  # the end is a bound: the span ran no later than the publication date
        elapsed = f"at most {elapsed_words(sp.days[1], sp.days[1], duration_unit(d.timex.value))}"
    return Finding(MESSAGE_SPAN.format(start=start_when, end=end_when, elapsed=elapsed, stated=_stated(d)),
                   d.start, d.end, severity=Severity.INFO, related=related,
                   evidence=[f"the end: {sp.how}", f"elapsed: {elapsed} ({sp.days[0]} to {sp.days[1]} days)",
                             f"\u201c{_stated(d)}\u201d allows {_allowed_words(d.timex)}", WORDS_READING])


def _allowed_days(t) -> tuple[float, float | None] | None:
    low = cal.duration_days(t.low) if t.low else cal.duration_days(t.value)
    if low is None:
        return None
    high = cal.duration_days(t.high) if t.high else None
    if t.high is None and t.mod not in ("MORE_THAN", "EQUAL_OR_MORE"):
        high = cal.duration_days(t.value)
    return low[0], None if high is None else high[1]


def _content_words(text: str, a: int, b: int) -> set[str]:
    return {_norm(w) for _, _, w in words(text, a, b) if len(w) > 2 and _norm(w) not in STOP}


def _events_by_lemma_and_start(claims: ClaimSet) -> tuple[dict[str, list[Claim]], list[Claim]]:
    """The events by lemma, and those of the start class, in order: built once an article."""
    by_lemma: dict[str, list[Claim]] = {}
    for e in claims.of_kind("event"):
        by_lemma.setdefault(e.attrs.get("lemma"), []).append(e)
    return by_lemma, [e for e in claims.of_kind("event") if e.attrs.get("class") == "start"]


def _since_before(an, at: int, a: int) -> bool:
    """"since" is the word right before ``at``, in its sentence (from ``a``), with only spaces
    between: "in force since 2013"; not "since then, in 2013" (was: within 8 characters)."""
    before = an.words_before(at, 1)
    return bool(before) and before[0].lower == "since" and before[0].start >= a \
        and not an.text[before[0].end:at].strip()


def _since_start(claims: ClaimSet, d: Claim, allowed, events, times, published: date):
    """A duration up to now against the start of the same thing given elsewhere: elsewhere
    within LINK_REACH_SENTENCES sentences (claims/language/analysis.py), the start being found
    by the topic words it shares, at any distance up to that."""
    text = claims.article.text
    a, b = sentence_bounds(text, d.start, d.end)
    sentence = text[a:b].lower()
    age = bool((d.attrs or {}).get("age"))
    # "the 75-year-old building" is the noun's age even beside a person's name ("Whitfield said
    # the 75-year-old building ..."): then only from a start whose own sentence names no person
    thing_age = age and d.text.lower().endswith("-old")
    persons = claims.of_kind("person")
    told_with_person = age and any(a <= p.start < b for p in persons)
    if told_with_person and not thing_age:
        return  # a person's age is date.age-conflict's
    # "have been married for 45 years": the state that "married in 1975" began
    resulting = None if age else _resulting_state(analyse(text), d)
    # "has spent the past 25 years helping families": an activity of a thing, no longer than
    # the thing has existed (an upper bound: it may have begun later)
    bounded = False
    if not age and (not _up_to_now(text, a, d) or not any(p in sentence for p in EXISTENCE)):
        if not _up_to_now(text, a, d):
            return
        bounded = resulting is None
    topic = _content_words(text, a, b)
    if age and d.text.lower().endswith("-old"):
        # "the 40-year-old charity": the age is the noun's after it, not its sentence's
        noun = analyse(text).words_after(d.end, 1)
        topic = {_norm(noun[0].text)} if noun else set()
    elif _PRONOUN_START.match(text, a) or _PRONOUN_START.match(text[a:b].lstrip()):
        pa, _ = sentence_bounds(text, max(0, a - 2), max(0, a - 1))  # "It has existed ...": the sentence before
        topic |= _content_words(text, pa, a)
    starts = []
    lives = []  # every dated start of a thing's life the article tells: "the" trust's, if only one
    an = analyse(text)
    by_lemma, of_start = claims.derived(_events_by_lemma_and_start)
    near, far = an.reach(d.start)  # a start further than LINK_REACH_SENTENCES away is not read
    for e in by_lemma.get(resulting, ()) if resulting else of_start:
        if e.attrs.get("lemma") != resulting if resulting else e.attrs.get("class") != "start":
            continue
        if not near <= e.start < far:
            continue
        tc = times.get(e.attrs.get("time"))
        if tc is None or tc.timex.earliest is None or tc.timex.latest is None:
            continue
        if e.attrs.get("lemma") in BEING_LEMMAS and e.end <= tc.start and an.words_between(e.end, tc.start) <= 1:
            lives.append((e, tc))
        if tc.timex.type != "DATE" or (resulting and a <= e.start < d.start
                                      and an.words_between(e.end, d.start) <= 1):
            continue  # "have been married for 45 years" itself
        if bounded and not (_life_start(an, e, tc) and _told_of_subject(an, e, a, d)):
            continue  # "Ruiz, who founded the clinic in 2012": the clinic's start, not Ruiz's
        told_of = set(e.attrs.get("context", ()))
        if age and e.attrs.get("args"):
            told_of = set(e.attrs["args"])  # "The bakery opened in 1985 and its 10-year-old oven": the bakery's start
        if not topic & (told_of | _fronted_subject(text, e)):
            continue
        if age and (e.attrs.get("lemma") not in BEING_LEMMAS or not e.end <= tc.start
                    or analyse(text).words_between(e.end, tc.start) > 1):
            continue  # "the girl opened the fair in 2019": not the start of a thing's life
        if told_with_person and any(an.sentence_at(e.start).start <= p.start < an.sentence_at(e.start).end for p in persons):
            continue  # beside a person, a start told of a person may be theirs
        starts.append((e, tc))
    # "since 2013" names a start on its own ("has been in force since 2013"); not an age's, which
    # may be another thing's ("vessels hit since 1984 in their 6-year-old war")
    for tc in [] if age or bounded or resulting else claims.within("time", a, b):
        if tc.timex.earliest and _since_before(an, tc.start, a):
            starts.append((None, tc))
    reading = None
    if not starts and age and d.text.lower().endswith("-old") and _definite_before(text, d) \
            and (_told_of_often(text, d) or _thing_noun_after(an, d)) \
            and len({(tc.timex.earliest, tc.timex.latest) for _, tc in lives}) == 1:
        starts, reading = lives[:1], SOLE_LIFE_READING.format(age=d.text, start=lives[0][0].text)
    if not starts:
        return
    measured = []
    for event, tc in starts:
        begin = (tc.timex.earliest, tc.timex.latest)
        if begin[1] > published:
            return  # the start may lie after publication: nothing to measure
        lo = (published - begin[1]).days
        hi = (published - begin[0]).days
        if (bounded or resulting) and re.fullmatch(r"\d{4}", tc.timex.value or ""):
            # "founded in 2012": counted by years, 2025 - 2012, a writer may be a year out
            lo, hi = lo - YEAR_ONLY_SLACK_DAYS, hi + YEAR_ONLY_SLACK_DAYS
        bounds = (allowed[0], None) if bounded else allowed
        if not _conflicts(lo, hi, bounds):
            return  # bounded: only a span longer than the thing's life conflicts
        measured.append((_miss(lo, hi, bounds), event, tc, begin, lo, hi))
    others = []
    if len({m[3] for m in measured}) != 1:
        # several candidate starts that disagree, each linked by the words it shares: not ours
        # to pick, but the span conflicts from every one, so an info finding naming the one
        # nearest to fitting and showing the others
        _, event, tc, begin, lo, hi = min(measured, key=lambda m: m[0])
        others = [m for m in measured if m[3] != begin]
        reading = SEVERAL_STARTS_READING.format(others="; ".join(
            f"\u201c{m[2].text}\u201d ({span_words(*m[3])})" for m in others))
    else:
        _, event, tc, begin, lo, hi = measured[0]
    unit = duration_unit(d.timex.value)
    stated = _stated(d)
    yield Finding(
        MESSAGE_SINCE.format(start=span_words(*begin), end=span_words(published, published),
                             elapsed=elapsed_words(lo, hi, unit), stated=stated),
        d.start, d.end,
        related=[Related(tc.start, tc.end, RELATED_START.format(
            event=f"\u201c{event.text}\u201d" if event else "since", when=span_words(*begin)))]
        + [Related(m[2].start, m[2].end, RELATED_START.format(
            event=f"\u201c{m[1].text}\u201d" if m[1] else "since", when=span_words(*m[3]))) for m in others],
        evidence=[f"start: \u201c{tc.text}\u201d = {span_words(*begin)}",
                  f"end: the publication date, {span_words(published, published)}",
                  f"elapsed: {elapsed_words(lo, hi, unit)} ({lo} to {hi} days)",
                  f"\u201c{stated}\u201d allows {_allowed_words(d.timex)}", *([reading] if reading else [])],
        severity=Severity.INFO if reading else None)


SEVERAL_STARTS_READING = ("the article tells other starts of it that disagree with this one ({others}); the "
                          "span conflicts from each of them, if it is told of the same thing: a reading, so an "
                          "info finding")
SOLE_LIFE_READING = ("\u201c{start}\u201d is the only start of a thing's life the article dates; \u201cthe "
                     "{age}\u201d is read as that thing: a reading, so an info finding")


#: How many times besides the age the article must name its noun after "the" ("the charity")
#: for the age's thing to be read as the article's subject, the one whose start it dates: a
#: person told of once ("the 66-year-old grandmother") is no such subject.
SOLE_LIFE_MENTIONS = 2


def _told_of_often(text: str, d: Claim) -> bool:
    """Whether the lower-case noun right after the age ("the 30-year-old trust") is named after
    "the" at least SOLE_LIFE_MENTIONS more times in the article."""
    an = analyse(text)
    noun = an.words_after(d.end, 1)
    if not noun or not noun[0].text.isalpha() or not noun[0].text.islower():
        return False
    return _the_count(text, noun[0].text) >= SOLE_LIFE_MENTIONS


def _thing_noun_after(an, d: Claim) -> bool:
    """Whether the noun right after an age is a lower-case word for no person ("the 40-year-old
    charity", not "the 40-year-old grandmother" or "the 40-year-old coach": claims.lifespans
    UNNAMED_PEOPLE, DESCRIBED_NOUNS and NOUN_GENDER): "the" then points back to a thing told."""
    noun = an.words_after(d.end, 1)
    if not noun or not noun[0].text.isalpha() or not noun[0].text.islower():
        return False
    low = _norm(noun[0].text)
    return not {noun[0].lower, low} & (UNNAMED_PEOPLE | DESCRIBED_NOUNS | frozenset(NOUN_GENDER))


@functools.lru_cache(maxsize=64)
def _the_count(text: str, noun: str) -> int:
    """How many times the article writes "the" before ``noun``: counted once a noun, not once
    an age (an article repeated asks it of every copy)."""
    return len(re.findall(rf"(?i)\bthe\s+{re.escape(noun)}\b", text))


def _definite_before(text: str, d: Claim) -> bool:
    """Whether "the" stands right before the age ("the 12-year-old trust"): a thing already told."""
    before = analyse(text).words_before(d.start, 1)
    return bool(before) and before[0].lower == "the"


#: "the six weeks since the bridge was shut on 14 April": at most this many words may stand
#: between "since" and its date (five here)
SINCE_REACH = 5
#: words after a duration that make it an offset from a time, not the time elapsed since it
#: ("since 2 May, two days after the flood")
_OFFSET_AFTER = frozenset({"after", "before", "earlier", "later", "ago", "on", "into"})
#: the present or present perfect that carries a time elapsed since a date up to now
_PRESENT = frozenset({"is", "are", "has", "have"})
MESSAGE_SINCE_ELAPSED = "{start} to {end} is {elapsed}, but the article says \u201c{stated}\u201d since then"


def _since_elapsed(claims: ClaimSet, d: Claim, allowed, times, published: date):
    """The time elapsed since a date up to now, told with it: in apposition right after a
    "since" date ("has been closed since 2 May, more than two months"), or before "since" and
    its date within SINCE_REACH words ("the ten years since it opened in 2019", "It is six
    weeks since the bridge was shut on 14 April"). Not in a past perfect ("had been closed
    since 2 May": it ended before now), nor a duration told as an offset ("two days after")."""
    an = analyse(claims.article.text)
    text = an.text
    s = an.sentence_at(d.start)
    after = an.words_after(d.end, 1)
    if after and after[0].lower in _OFFSET_AFTER:
        return
    by = an.words_before(d.start, 1)
    if by and by[0].lower == "by":
        return  # "life expectancy fell by 13 years since 1990": an amount of change
    dated = [c for c in claims.within("time", s.start, s.end) if c.timex is not None
             and c.timex.type == "DATE" and c.timex.earliest is not None and c.timex.latest is not None]
    since = None
    before = [c for c in dated if c.end <= d.start]
    if before and (before[-1].attrs or {}).get("signal") == "since" and \
            re.fullmatch(r"\s*,\s*(?:or\s+|some\s+)?", text[before[-1].end:d.start]):
        since = before[-1]
    if since is None and after and after[0].lower == "since":
        later = [c for c in dated if c.start >= after[0].end]
        if later and an.words_between(after[0].end, later[0].start) <= SINCE_REACH:
            since = later[0]
    if since is None or since.timex.latest > published:
        return
    said = {w.lower for w in an.words_in(s.start, s.end)}
    if not said & _PRESENT or "had" in said:
        return  # "lending proved useful in the three years since 1982": a span that ended then
    if any(w.lower == "had" for w in an.words_in(an.clause_at(since.start).start, since.start)):
        return  # "had been closed since 2 May": the span ended before now
    lo, hi = (published - since.timex.latest).days, (published - since.timex.earliest).days
    if not _conflicts(lo, hi, allowed):
        return
    unit = duration_unit(d.timex.value)
    begin = span_words(since.timex.earliest, since.timex.latest)
    yield Finding(
        MESSAGE_SINCE_ELAPSED.format(start=begin, end=span_words(published, published),
                                     elapsed=elapsed_words(lo, hi, unit), stated=_stated(d)),
        d.start, d.end,
        related=[Related(since.start, since.end, RELATED_START.format(event="since", when=begin))],
        evidence=[f"start: \u201c{since.text}\u201d = {begin}",
                  f"end: the publication date, {span_words(published, published)}",
                  f"elapsed: {elapsed_words(lo, hi, unit)} ({lo} to {hi} days)",
                  f"\u201c{_stated(d)}\u201d allows {_allowed_words(d.timex)}"])


def _life_start(an, e: Claim, tc: Claim) -> bool:
    """A start of a thing's life told of that thing (BEING_LEMMAS, its date right after the
    verb: "set up in 2005", "was founded in 2012"); not a founder's act ("who founded the
    clinic in 2012", "who set up in 2005")."""
    before = an.words_before(e.start, 1)
    return e.attrs.get("lemma") in BEING_LEMMAS and e.end <= tc.start and an.words_between(e.end, tc.start) <= 1 \
        and not (before and before[0].lower in RELATIVE_PERSONS)


#: a start told by its year alone ("set up in 2005") is counted by years, and a writer
#: counting 2025 - 2005 may be a year out either way: this many days of slack each side
YEAR_ONLY_SLACK_DAYS = 365
def _told_of_subject(an, e: Claim, a: int, d: Claim) -> bool:
    """Whether the start ``e`` is told of the subject of the duration's clause (sentence at
    ``a``): a participle after it or fronted before it in that sentence ("The charity, set up
    in 2005, has spent ...", "Founded in 2012, the clinic has ..."), or, when that sentence
    opens with a pronoun ("It has toured ..."), a passive or participle in the sentence right
    before ("The company was formed in 2010.")."""
    before = an.words_before(e.start, 1, sentence=False)
    gap = an.text[before[0].end:e.start] if before else ""
    if a <= e.start < d.start:
        return not before or "," in gap or an.sentence_at(e.start).start >= before[0].end
    if _PRONOUN_START.match(an.text, a) and an.sentence_at(e.start).index == an.sentence_at(a).index - 1:
        return bool(before) and (before[0].lower in ("was", "were") or "," in gap)
    return False


RELATIVE_PERSONS = frozenset({"who", "whom", "whose"})


def _resulting_state(an, d: Claim) -> str | None:
    """The lemma of the event whose result a present perfect state up to now is ("They have
    been married for 45 years": marry; "has been closed for six weeks": close), when a
    participle stands between "been" and "for"."""
    low = [w.lower for w in an.words_before(d.start, 4)]
    if len(low) < 4 or low[0] not in ("has", "have") or low[1] != "been" or low[3] != "for":
        return None
    return VERBS.get(low[2])


#: the starts that begin a thing's life, against which its age ("is 30 years old", "the
#: 30-year-old theatre") is measured, when the date follows the verb at once ("opened in 1985")
BEING_LEMMAS = frozenset({"found", "establish", "set up", "create", "launch", "form", "open", "inaugurate"})

#: the words of a main clause's subject read after a fronted participle ("Founded in 2004 by a
#: group of farmers, the museum holds ...": "the museum")
FRONTED_SUBJECT_WORDS = 3


def _fronted_subject(text: str, e: Claim) -> set[str]:
    """The content words of the subject a start event opening its sentence is told of: a
    fronted participle ("Founded in 2004 by two teachers, the choir ...") takes the subject of
    the main clause after its comma, its first FRONTED_SUBJECT_WORDS words. Empty otherwise."""
    a, b = e.attrs.get("sentence") or (None, None)
    if a is None or text[a:e.start].strip():
        return set()
    an = analyse(text)
    comma = text.find(",", e.end, b)
    if comma < 0:
        return set()
    after = an.words_after(comma + 1, FRONTED_SUBJECT_WORDS)
    return {_norm(w.text) for w in after if len(w.text) > 2 and _norm(w.text) not in STOP}


_TENURE = load("events")["tenure"]
#: events that start a person's time in a post ("was appointed in 2019", "took over in 2022")
TENURE_STARTS = frozenset(_TENURE["starts"])
#: the founding of a thing by a person ("Okoro founded the trust in 2009"): it starts the
#: founder's time at its head, so it measures a stay told of a name its sentence also tells
TENURE_FOUNDINGS = frozenset(_TENURE["founding_starts"])
#: nouns for a person's time in a post ("his three-year spell", "her tenure")
TENURE_NOUNS = frozenset(_TENURE["nouns"])
#: verbs of holding a post in the present perfect ("has led the company for six years")
TENURE_VERBS = frozenset(_TENURE["verbs"])
_POSSESSIVE_PRONOUNS = frozenset(("his", "her", "their"))
_FUTURE = frozenset(_TENURE["future"])
#: The value of "now": the present told, never the day a post began.
PRESENT_REF = "PRESENT_REF"
#: how many sentences before or after a tenure its dated start may stand
TENURE_START_REACH = 4
#: the most words of the post after "as" in "her 22 years as director" (the start must name
#: its last word: "appointed director")
TENURE_POST_WORDS = 3
MESSAGE_TENURE = ("from {start} to {end} is at most {elapsed}, but the article says \u201c{stated}\u201d "
                  "in the post")
#: How far past publication a stay told as ending ahead, with no date for its end ("will not
#: stand again after eleven years as leader"), may run on before its told length is read as
#: too long (an info finding): a year.
FUTURE_RUN_ON_DAYS = 365
AHEAD_READING = ("the stay is told as ending after publication on a day not given: measured to the publication "
                 "date, it would have to run on more than a year to be as long as told, a reading, so an info finding")
SAME_SENTENCE_READING = ("the start is told in the stay's own sentence, in another clause: it may start another "
                         "post, so an info finding")


def _tenure_post(an, d: Claim) -> tuple[bool, str | None]:
    """Whether duration ``d`` is a person's time in a post, and the post's head word when it
    names one: a possessive before it and "as" with a post of at most TENURE_POST_WORDS words
    ("her 22 years as director": director) or a tenure noun after it ("his three-year spell",
    "her six years in charge" is not one); or the present perfect of a verb of holding a post
    before "for" ("has led the company for six years")."""
    before = an.words_before(d.start, 1)
    after = an.words_after(d.end, TENURE_POST_WORDS + 2)
    lows = [w.text.casefold() for w in after]
    stay = _stay(an, d, before, after)
    if stay is not None:
        return stay
    if before and (before[0].text.casefold() in _POSSESSIVE_PRONOUNS or before[0].text.casefold().endswith(("'s", "’s"))):
        if lows and lows[0] in TENURE_NOUNS:
            return True, None
        if len(lows) > 1 and lows[0] in _STAY_LINKS and lows[0] != "as" \
                and next((w for w in lows[1:3] if w not in STOP), None) in _GENERIC_POSTS:
            return True, None  # "her ten years in post", "his six years at the helm": a post no one names
        if _at_place_told(lows):
            return True, None  # "her nine years at the clinic": a place told before, started by its person
        if lows and lows[0] == "as" and len(lows) > 1:
            post = after[1:]
            text = an.text
            # the post runs to the next punctuation (or the sentence's end), at most
            # TENURE_POST_WORDS words
            end = next((k for k in range(1, len(post)) if text[post[k - 1].end:post[k].start].strip()),
                       len(post) if len(post) <= TENURE_POST_WORDS else None)
            if end is not None and end <= TENURE_POST_WORDS:
                return True, post[end - 1].text.casefold()
        return False, None
    s = an.sentence_at(d.start)
    clause = [w.text.casefold() for w in an.words_in(s.start, d.start)]
    held = [k for k, w in enumerate(clause) if w in ("has", "have")
            and any(v in TENURE_VERBS for v in clause[k + 1:k + 3])]
    if len(clause) >= 3 and clause[-1] == "for" and held:
        # "has served as the Senate minority leader for two years": the post's last word
        named = "as" in clause[held[-1]:-1] and len(clause) >= 2
        return True, clause[-2] if named else None
    return False, None


def _at_place_told(lows: list[str]) -> bool:
    """Whether the words after a possessive's duration put the time at a place the article told
    before ("her nine years at the hospital", "his decade with the club"): "at" or "with", then
    "the" and a word. Whose start measures it is told by the name (_tenure)."""
    return len(lows) > 2 and lows[0] in ("at", "with") and lows[1] == "the" and lows[2] not in STOP


#: the words of a stay that say where or as what ("at the bank", "at the helm", "as chief")
_STAY_LINKS = frozenset({"at", "in", "with", "as"})
_STAY_VERBS = frozenset(_TENURE["stay_verbs"])
#: posts named by no organisation ("at the helm", "in the job"): any post's start measures them
_GENERIC_POSTS = frozenset(_TENURE["generic_posts"])
#: words that start a stay when its date follows them ("became chief executive in 2015",
#: "joining in 2005"), within TENURE_POST_WORDS + 1 words
TENURE_START_WORDS = frozenset(_TENURE["start_words"])


def _stay(an, d: Claim, before, after) -> tuple[bool, str | None] | None:
    """A person's stay told after "after" or a verb of spending time ("After 14 years at the
    helm", "He spent three decades at the bank"), then "at", "in", "with" or "as" and what:
    (True, its head word, which the start must name), or (True, None) for a post no
    organisation names (_GENERIC_POSTS: "at the helm", "in the job"). None otherwise."""
    if not before or not (before[0].lower == "after" or before[0].lower in _STAY_VERBS
                          or _signal_before(an, d) is not None) \
            or not after or after[0].lower not in _STAY_LINKS:
        return None  # "after", "spent", or an end ("bringing to a close eleven years in the job")
    place = _post_words(an, d)
    if not place:
        return None
    return True, None if place[-1] in _GENERIC_POSTS else place[-1]


def _post_words(an, d: Claim) -> list[str]:
    """The content words of the post or place after a duration's link word ("at the Bank of
    England": bank, england), to the next punctuation, of its TENURE_POST_WORDS + 1 words."""
    after = an.words_after(d.end, TENURE_POST_WORDS + 2)
    words = []
    for k, w in enumerate(after[1:], 1):
        if k > 1 and an.text[after[k - 1].end:w.start].strip():
            break
        if w.lower not in STOP:
            words.append(w.text.casefold())
    return words


def _tenure(claims: ClaimSet, d: Claim, allowed, events, times, published: date):
    """A person's time in a post ("her 22 years as director", "his three-year spell in
    charge", "has led the company for six years") against the one dated start of a post
    (TENURE_STARTS: "was appointed in 1994", "took over in 2022"; a founding, TENURE_FOUNDINGS,
    told of a name the time's sentence tells: "Okoro founded the trust in 2009") within
    TENURE_START_REACH sentences, or farther when the start's sentence names the person the
    time's sentence names: the time cannot be longer than from that start to the publication
    date, or to the end its own sentence dates ("will step down on 30 June after 17 years at
    the helm", tenure end_words). A post named with the time must be named with the start
    ("appointed director"). A stay that ends at a dated end in its sentence ("retired on Friday
    after 12 years as deputy") cannot be shorter than from its start to that end either: a
    warning when the start names the post or is the joining of the place ("after 23 years with
    the company", joined in 1998), an info finding otherwise (the start told may be another
    post's)."""
    text = claims.article.text
    an = analyse(text)
    tenure, post = _tenure_post(an, d)
    if not tenure or allowed[0] is None:
        return
    s = an.sentence_at(d.start)
    end = _tenure_end(claims, an, d, s, published)
    ahead = end is None and (d.attrs or {}).get("until") != "publication" \
        and any(w.text.casefold() in _FUTURE for w in an.words_in(s.start, s.end))
    # "will step down after ten years as chief": the time runs on past publication, to an end
    # not dated; not "who has led the town for the past decade, will retire": the past decade
    # is up to now. Measured to now all the same, a reading (info), and only when the stay
    # would have to run on more than FUTURE_RUN_ON_DAYS past publication to be as long as told
    until = end.timex.latest if end is not None else published
    here = s.index
    names = _owner(claims, an, d, s)
    stay = _stay(an, d, an.words_before(d.start, 1), an.words_after(d.end, 1))
    joined = bool(stay) and an.words_after(d.end, 1)[0].lower == "with"  # "23 years with the company": a joining starts it
    # a stay's place must be named whole by its start ("at Access Bank": access and bank)
    place = set(_post_words(an, d)) if stay else set()
    if joined and [w.lower for w in an.words_after(d.end, 2)][1:] in (["the"], ["its"]):
        # "23 years with the seed company": the place told before, which the joining of the
        # person the sentence names starts ("Ms Varga joined the mill in 2001")
        post, place = None, set()
    starts = _tenure_starts(claims, an, d, times, published, here, names, post, place, joined)
    starts += [(w, tc) for w, tc in _start_words(claims, an, d, here, post, published, names)
               if not joined or w.text.casefold() in TENURE_JOIN_WORDS]
    if not joined and any(w.text.casefold() not in TENURE_JOIN_WORDS for w, _ in starts):
        # "has run the business for a decade": the post's start (promoted, appointed, "has led it
        # since") starts it, not the joining of the place ("joined Coastline in 2017 as ...")
        starts = [(w, tc) for w, tc in starts if w.text.casefold() not in TENURE_JOIN_WORDS]
    same = False
    if not starts and post is None and not joined and end is None:
        # "Lee, who has run the firm for the last six years, took charge in 2022": a start in
        # the stay's own sentence, in another clause; the start may be another post's ("who has
        # led the firm for six years, was made chairman in 2024"), so a reading (info)
        starts = [(e, tc) for e, tc in _tenure_starts(claims, an, d, times, published, here, names, None, set(), False,
                                                      same_sentence=True)]
        same = bool(starts)
    if joined or post is None and _possessed(an, d) and _at_place_told(
            [w.text.casefold() for w in an.words_after(d.end, 3)]):
        # a joining, or a possessive's time at a place told before: a start of the person named
        starts = [(e, tc) for e, tc in starts if names & _names(an, an.sentence_at(tc.start))]
    named = post is not None or joined
    if not starts and post is not None and end is not None:
        # "retired on Friday after 12 years as second-in-command" and "Lee, who was appointed
        # chief deputy in 2009": a start of the same person naming another post, for the
        # shortest time only, as an info finding
        starts = [(e, tc) for e, tc in _tenure_starts(claims, an, d, times, published, here, names, None, set(), False)
                  if names & _names(an, an.sentence_at(e.start))]
        named = False
    if end is not None and any(w.text.casefold() in _FUTURE for w in an.words_in(s.start, s.end)):
        # "Lund will step down on 30 June after 17 years at the helm": a time told ahead is
        # measured only from a start told of a name its sentence names ("Mia Lund founded ...")
        starts = [(e, tc) for e, tc in starts if _told_of_person(claims, an, an.sentence_at(tc.start), names, here)]
    if not starts:
        return
    firsts = {}  # one start per date told: "appointed in 2015" and "took over in 2015" are one
    for event, tc in starts:
        firsts.setdefault((tc.timex.earliest, tc.timex.latest), (event, tc))
    found = [_tenure_finding(d, allowed, event, tc, end, until, ahead, same, named, post) for event, tc in firsts.values()]
    if len(found) == 1:
        if found[0] is not None:
            yield found[0][1]
        return
    if any(f is None for f in found) or len({f[2] for f in found}) != 1:
        return  # several starts that disagree, one of which fits (or they fail both ways): not ours to pick
    # several starts that disagree, each linked to the time as above, and the time conflicts
    # from every one of them the same way: an info finding naming the one nearest to fitting
    # and showing the others, since the post or stay each starts may be another
    _, f, _ = min(found, key=lambda f: f[0])
    others = [(event, tc) for event, tc in firsts.values() if tc.start != f.related[0].start]
    f.related += [Related(tc.start, tc.end, RELATED_START.format(
        event=f"\u201c{event.text}\u201d", when=span_words(tc.timex.earliest, tc.timex.latest))) for event, tc in others]
    f.evidence.append(SEVERAL_STARTS_READING.format(others="; ".join(
        f"\u201c{event.text}\u201d, \u201c{tc.text}\u201d ({span_words(tc.timex.earliest, tc.timex.latest)})"
        for event, tc in others)))
    f.severity = Severity.INFO
    yield f


def _tenure_finding(d: Claim, allowed, event: Claim, tc: Claim, end: Claim | None, until: date, ahead: bool,
                    same: bool, named: bool, post: str | None):
    """The time in a post ``d`` measured from one dated start: None when it fits (or the order
    is the sequence rule's), else (days it misses by, the finding, "long" or "short")."""
    if end is not None and end.timex.latest < tc.timex.earliest:
        return None  # the order is the sequence rule's business
    longest = (until - tc.timex.earliest).days
    shortest = (end.timex.earliest - tc.timex.latest).days if end is not None else None
    if re.fullmatch(r"\d{4}", tc.timex.value or ""):
        longest += YEAR_ONLY_SLACK_DAYS  # "became chief in 2015": counted by years, a year out
        shortest = None if shortest is None else shortest - YEAR_ONLY_SLACK_DAYS
    if ahead and allowed[0] <= longest + FUTURE_RUN_ON_DAYS:
        return None  # "will step down after ten years": it may yet run on to that
    unit = duration_unit(d.timex.value)
    stated = _stated(d)
    begin = span_words(tc.timex.earliest, tc.timex.latest)
    ends = "the publication date" if end is None else f"\u201c{end.text}\u201d"
    if allowed[0] > longest and (named or post is None):
        f = Finding(
            MESSAGE_TENURE.format(start=begin, end=span_words(until, until),
                                  elapsed=elapsed_words(longest, longest, unit), stated=stated),
            d.start, d.end,
            related=[Related(tc.start, tc.end, RELATED_START.format(event=f"\u201c{event.text}\u201d", when=begin))],
            evidence=[f"start: \u201c{event.text}\u201d, \u201c{tc.text}\u201d = {begin}",
                      f"the time in the post ends by {ends}, {span_words(until, until)}, "
                      f"at the latest: at most {longest} days",
                      f"\u201c{stated}\u201d allows {_allowed_words(d.timex)}"])
        f.severity = Severity.WARNING  # the start told may be another post's
        if ahead or same:
            f.evidence.append(AHEAD_READING if ahead else SAME_SENTENCE_READING)
            f.severity = Severity.INFO
        return allowed[0] - longest, f, "long"
    elif shortest is not None and allowed[1] is not None and shortest > allowed[1]:
        f = Finding(
            MESSAGE_TENURE_SHORT.format(start=begin, end=_end_words(end),
                                        elapsed=elapsed_words(shortest, shortest, unit), stated=stated),
            d.start, d.end,
            related=[Related(tc.start, tc.end, RELATED_START.format(event=f"\u201c{event.text}\u201d", when=begin)),
                     Related(end.start, end.end, RELATED_END.format(event=f"\u201c{end.text}\u201d",
                                                                  when=span_words(end.timex.earliest, end.timex.latest)))],
            evidence=[f"start: \u201c{event.text}\u201d, \u201c{tc.text}\u201d = {begin}",
                      f"end: {ends}, its sentence's end of the stay: at least {shortest} days",
                      f"\u201c{stated}\u201d allows {_allowed_words(d.timex)}",
                      *([] if named else ["the start names no post of the stay: it may be another post's, "
                                          "so an info finding"])])
        f.severity = Severity.WARNING if named else Severity.INFO
        return shortest - allowed[1], f, "short"
    return None


def _end_words(end: Claim) -> str:
    """A dated end in words: "28 June 2024", or "“the end of the year” (7 August to 31
    December 2025)" for one told as a stretch."""
    x = end.timex
    return span_words(x.earliest, x.latest) if x.earliest == x.latest \
        else f"\u201c{end.text}\u201d ({span_words(x.earliest, x.latest)})"


def _tenure_starts(claims: ClaimSet, an, d: Claim, times, published: date, here: int, names: set[str],
                   post: str | None, place: set[str], joined: bool, same_sentence: bool = False) -> list:
    """The dated starts of a post (TENURE_STARTS, or a founding told of a name the time's
    sentence tells), past as told, within TENURE_START_REACH sentences of the time's or
    naming one of its names (then within LINK_REACH_SENTENCES), naming its post and place when given; only foundings for a
    joined place (the joining itself is a start word)."""
    out = []
    dates_at = claims.derived(_dates_by_start)
    for e in claims.derived(_post_start_events):
        founding = e.attrs.get("lemma") in TENURE_FOUNDINGS
        if e.attrs.get("lemma") not in TENURE_STARTS and not founding and not _spell_begun(an, e) \
                or joined and not founding:
            continue
        tc = _own_start_date(an, e, times.get(e.attrs.get("time")), dates_at)
        if tc is None or tc.timex is None or tc.timex.earliest is None or tc.timex.latest is None \
                or tc.timex.type != "DATE" or tc.timex.latest > published:
            continue  # a start that may lie after publication ("will name a successor this week") is another's
        if tc.timex.value == PRESENT_REF:
            continue  # "now the keys are hers": a state told of the present, not when a post began
        t = an.sentence_at(e.start)
        if (t.index == here) != same_sentence or abs(t.index - here) > TENURE_START_REACH \
                and (abs(t.index - here) > LINK_REACH_SENTENCES or not names & _names(an, t)):
            continue
        c = an.clause_at(e.start)
        if any(w.text.casefold() in _FUTURE for w in an.words_in(c.start, e.start)):
            continue  # "Democrats would elect their leaders on Thursday": not a start told as past
        said = {w.text.casefold() for w in an.words_in(t.start, t.end)}
        if founding and not names & _names(an, t):
            continue  # "the trust was founded in 2009": whose time at its head, unsaid
        args = set(e.attrs.get("args") or ())
        if e.attrs.get("noun") and names and args and not names & args:
            continue  # "the Democrats' capture of the Senate in the 1986 election": a noun told of others starts theirs
        if post is not None and (post not in said or not place <= said):
            continue  # "spent 22 years at Access Bank": "the central bank named him" starts another stay
        out.append((e, tc))
    return out


def _dates_by_start(claims: ClaimSet) -> dict[int, Claim]:
    """The article's dates by their first character (``_own_start_date``), found once an article."""
    return {c.start: c for c in claims.of_kind("time") if c.timex is not None and c.timex.type == "DATE"}


def _own_start_date(an, e: Claim, tc: Claim | None, dates_at: dict[int, Claim]) -> Claim | None:
    """The date of a start of a post: the one the events extractor tied to it, unless that
    stands before the verb across a comma (an aside: "Silva, who rowed in the 1990s, was elected
    president in 2020") and a date follows the verb in its clause, at most TENURE_POST_WORDS + 2
    words on, with no punctuation between (the post and "in"): then that one."""
    if tc is not None and (tc.start > e.start or "," not in an.text[tc.end:e.start]):
        return tc
    words = an.words_after(e.end, TENURE_POST_WORDS + 3)
    for k, w in enumerate(words):
        if re.search(r"[,.;:()]", an.text[(words[k - 1].end if k else e.end):w.start]):
            break
        if w.start in dates_at:
            return dates_at[w.start]
    return tc


def _post_start_events(claims: ClaimSet) -> list[Claim]:
    """The events that may start a post (``_tenure_starts``' first test), found once an article."""
    an = analyse(claims.article.text)
    return [e for e in claims.of_kind("event") if e.attrs.get("lemma") in TENURE_STARTS
            or e.attrs.get("lemma") in TENURE_FOUNDINGS or _spell_begun(an, e)]


#: The most words between a tenure noun and the verb that begins it: "a stint in charge which
#: started in 2019" (three), "Her tenure, which started in 2011" (one).
SPELL_BEGUN_WORDS = 3


def _spell_begun(an, e: Claim) -> bool:
    """Whether a start verb ("began", "started") tells the start of a time in a post: a tenure
    noun (events.json tenure nouns: "spell", "tenure", "reign") stands at most SPELL_BEGUN_WORDS
    words before it in its sentence ("closing a stint in charge which started in 2019")."""
    if e.attrs.get("class") != "start" or e.attrs.get("noun"):
        return False
    return any(w.lower in TENURE_NOUNS for w in an.words_before(e.start, SPELL_BEGUN_WORDS + 1))


MESSAGE_TENURE_SHORT = ("from {start} to {end} is at least {elapsed}, but the article says \u201c{stated}\u201d "
                        "in the post")
#: the most words between a word that ends a stay and the date of its sentence ("will retire at
#: the end of the year": one; "retired on Friday": one)
TENURE_END_REACH = 2
TENURE_END_WORDS = frozenset(_TENURE["end_words"])
TENURE_JOIN_WORDS = frozenset(_TENURE["join_words"])


def _tenure_end(claims: ClaimSet, an, d: Claim, s, published: date):
    """The date a stay's own sentence ends it on: a date at most TENURE_END_REACH words after a
    word that ends a stay (tenure end_words: "retired on Friday", "will step down June 30",
    "will retire at the end of the year") or before it ("On Tuesday, Dunn resigned"), the one
    such date of the sentence; None otherwise."""
    out = []
    words = an.words_in(s.start, s.end)
    for c in claims.within("time", s.start, s.end):
        x = c.timex
        if x is None or x.type != "DATE" or x.earliest is None or x.latest is None:
            continue
        before = [w.lower for w in words if w.end <= c.start][-(TENURE_END_REACH + 2):]
        after = [w.lower for w in words if w.start >= c.end][:TENURE_END_REACH + 2]
        pairs = [" ".join(before[k:k + 2]) for k in range(len(before) - 1)]
        at = [k for k, w in enumerate(before) if w in TENURE_END_WORDS] + [k + 1 for k, p in enumerate(pairs)
                                                                           if p in TENURE_END_WORDS]
        # "retired on Friday", or a fronted date: "On Tuesday, Dunn resigned"
        late = [k for k in range(len(after)) if after[k] in TENURE_END_WORDS
                or " ".join(after[k:k + 2]) in TENURE_END_WORDS] if _opens_its_clause(an, c) else []
        if at and len(before) - 1 - max(at) <= TENURE_END_REACH or late and min(late) <= TENURE_END_REACH \
                or _ended_as_post(an, s, c):
            out.append(c)
    return out[0] if len(out) == 1 else None


#: The words of an ending verb's post and organisation between it and its date: "will retire as
#: dean of Kisumu College at the end of June" ("as", the post of at most TENURE_POST_WORDS
#: lower-case words, "of" and a name, then the date's preposition).
_POST_BETWEEN = re.compile(rf"(?i)\s+as\s+(?:(?-i:[a-z][\w'-]*)\s+){{1,{TENURE_POST_WORDS}}}"
                           r"(?:of\s+(?:the\s+)?(?:(?-i:[A-Z][\w'-]*)\s+)+)?(?:at|on|in|by)\s+$")


def _ended_as_post(an, s, c: Claim) -> bool:
    """Whether a word that ends a stay (tenure end_words) stands before date ``c`` with only the
    post it leaves between them: "will retire as dean of Kisumu College at the end of June"
    (_POST_BETWEEN)."""
    words = [w for w in an.words_in(s.start, c.start)]
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        two = f"{w.lower} {words[k + 1].lower}" if k + 1 < len(words) else ""
        if w.lower in TENURE_END_WORDS or two in TENURE_END_WORDS:
            end = words[k + 1].end if two in TENURE_END_WORDS else w.end
            return bool(_POST_BETWEEN.fullmatch(an.text, end, c.start))
    return False


def _opens_its_clause(an, c: Claim) -> bool:
    """Whether a date opens its clause, no past form before it since the sentence's start or
    the last comma ("On Tuesday, Dunn resigned"); "Keel, appointed in 2016, has left" dates the
    appointment, not the leaving."""
    s = an.sentence_at(c.start)
    lead = an.text[s.start:c.start]
    cut = s.start + lead.rfind(",") + 1 if "," in lead else s.start
    return not any(is_past_form(w.text) for w in an.words_in(cut, c.start))


def _owner(claims: ClaimSet, an, d: Claim, s) -> set[str]:
    """The name of whose time a duration tells: the nearest person claim before it in its
    sentence ("Rao succeeds Ines Berg, who leaves after nine years": Berg), else the first
    after it ("After 17 years in charge, Lund will step down"), by the words of the person's
    name ("Prof. Ada Moyo will retire as dean of Kisumu College ... ten years at the helm": Ada,
    Moyo, not the college's name nearer to the time); in a sentence with no person claim, the
    nearest name; empty when the sentence names none."""
    persons = [p for p in claims.of_kind("person") if s.start <= p.start < s.end]
    before = [p for p in persons if p.end <= d.start]
    person = before[-1] if before else next((p for p in persons if p.start >= d.end), None)
    if person is not None:
        parts = (person.attrs or {}).get("parts") or person.text.split()
        return {w.casefold() for w in parts}
    names = _names(an, s)
    words = [w for w in an.words_in(s.start, s.end) if w.text.casefold() in names]
    before = [w for w in words if w.end <= d.start]
    after = [w for w in words if w.start >= d.end]
    pick = before[-1] if before else after[0] if after else None
    return {pick.text.casefold()} if pick is not None else set()


def _names(an, s) -> frozenset[str]:
    """The names of a sentence: its capitalised words that are no stopwords and, for its first
    word, that the article never writes in lower case ("Colleagues" is no name). Worked out
    once a sentence (asked of every sentence a stay's start may be told in, for every stay)."""
    memo = _sentence_names(an.text)
    found = memo.get(s.index)
    if found is None:
        lower = _lower_words(an.text)
        words = an.words_in(s.start, s.end)
        found = memo[s.index] = frozenset(
            w.text.casefold() for k, w in enumerate(words)
            if w.text[:1].isupper() and w.lower not in STOP and w.lower not in _DATE_WORDS and len(w.text) > 2
            and (k > 0 or w.lower not in lower))
    return found


@functools.lru_cache(maxsize=4)
def _sentence_names(text: str) -> dict[int, frozenset[str]]:
    """Each sentence's names by its index, filled as ``_names`` asks (one dict an article)."""
    return {}


_DATE_WORDS = frozenset(load("temporal")["months"]) | frozenset(load("temporal")["weekdays"])


@functools.lru_cache(maxsize=4)
def _lower_words(text: str) -> frozenset[str]:
    """The words (of two letters or more) the article writes in lower case: worked out once an
    article (``_names`` asks of every sentence a stay's start may be told in, for every stay)."""
    return frozenset(t.text for t in analyse(text).tokens if t.kind == WORD and len(t.text) > 1 and t.text.islower())


def _start_words(claims: ClaimSet, an, d: Claim, here: int, post: str | None, published: date,
                 names: set[str] = frozenset()):
    """Starts of a stay told by a word before their date (TENURE_START_WORDS: "He became chief
    executive in 2015", "joining in 2005"), within TENURE_START_REACH sentences (or naming one of
    ``names``, within LINK_REACH_SENTENCES), the date
    at most TENURE_POST_WORDS + 1 words after the word; in the duration's own sentence only
    with the date right after ("spent three decades at the bank, joining in 2005": no object,
    so the bank), and naming the post when the duration does. As (word, date) pairs."""
    out = []
    phrase = set(_post_words(an, d))
    for tc, s, told, held in claims.derived(_dated_start_words):
        if tc.timex.latest > published:
            continue
        if abs(s.index - here) > TENURE_START_REACH \
                and (abs(s.index - here) > LINK_REACH_SENTENCES or not names & _names(an, s)):
            continue
        word, future, named = told or (None, False, [])
        if word is None and s.index != here and held is not None \
                and _told_of_person(claims, an, s, names, here):
            word, future, named = held  # told of the person whose stay it is ("Ms Ek has led it since 2009")
        if word is None or future or (s.index == here and (an.words_between(word.end, tc.start) > 1
                                                           or word.start < d.end)):
            continue
        if post is not None and not (named and named[-1] == post and set(named) <= phrase
                                     or not named and s.index == here):
            continue  # "became head teacher in 2019" starts no "12 years as a teacher"
        out.append((_Said(word.text), tc))
    return out


_SUBJECT_PRONOUNS = frozenset(load("events")["subject_pronouns"]["words"]) - {"it", "they"}


def _goes_on_with(claims: ClaimSet, an, s, names: set[str]) -> bool:
    """Whether sentence ``s`` opens with a personal pronoun ("She has run the charity since 2018")
    standing for the person of ``names``: the last person the article names before it."""
    first = an.words_in(s.start, s.end)[:1]
    if not names or not first or first[0].lower not in _SUBJECT_PRONOUNS:
        return False
    before = [p for p in claims.of_kind("person") if p.end <= s.start]
    if not before:
        return False
    parts = (before[-1].attrs or {}).get("parts") or before[-1].text.split()
    return bool(names & {w.casefold() for w in parts})


def _told_of_person(claims: ClaimSet, an, s, names: set[str], here: int) -> bool:
    """Whether sentence ``s`` tells of the person whose stay the sentence ``here`` tells (its
    ``names``): it names one of them, or goes on with them by a pronoun (_goes_on_with), or
    holds the post the stay's sentence names (_same_post)."""
    return bool(names & _names(an, s)) or _goes_on_with(claims, an, s, names) or _same_post(an, s, here)


def _same_post(an, s, here: int) -> bool:
    """Whether a holding verb (tenure verbs) in the sentence right after or before the stay's
    ("Dr Moll has chaired the trustees since 2018") holds the post that sentence names with the
    body it heads ("The chair of the choir's trustees ... after twelve years in post"): the
    stay's sentence has a word of the verb's stem ("chair", "head") and the first content word
    after the verb ("board")."""
    if abs(s.index - here) != 1:
        return False
    told = an.sentences[here]
    lows = {w.lower for w in an.words_in(told.start, told.end)}
    for verb in an.words_in(s.start, s.end):
        if verb.lower not in TENURE_VERBS or not verb.lower.endswith("ed"):
            continue
        stem = verb.lower[:-2]
        after = next((w.lower for w in an.words_after(verb.end, HELD_SINCE_WORDS + 1) if w.lower not in STOP), None)
        if len(stem) >= 4 and after is not None and after in lows and (stem in lows or stem + "s" in lows):
            return True
    return False


def _dated_start_words(claims: ClaimSet) -> list:
    """The dates a start word stands before (``_start_words``), or a verb of holding a post
    before "since" (_held_since), with their sentence, and for each word whether its clause
    tells it as future and the words between it and the date but stopwords: what does not
    depend on the stay asking, found once an article."""
    an = analyse(claims.article.text)

    def reading(word):
        if word is None:
            return None
        future = any(w.lower in _FUTURE for w in an.words_in(an.clause_at(word.start).start, word.start))
        return word, future, [w.text.casefold() for w in an.words_in(word.end, tc.start) if w.lower not in STOP]

    out = []
    for tc in claims.of_kind("time"):
        x = tc.timex
        if x is None or x.type != "DATE" or x.earliest is None or x.latest is None or x.value == PRESENT_REF:
            continue
        s = an.sentence_at(tc.start)
        words = an.words_in(s.start, tc.start)[-(TENURE_POST_WORDS + 2):]
        told = reading(next((w for w in reversed(words) if w.lower in TENURE_START_WORDS), None))
        held = None if told is not None else reading(_held_since(an, tc))
        if told is not None or held is not None:
            out.append((tc, s, told, held))
    return out


#: The most content words between a verb of holding a post and "since" ("has run the Ngata Street
#: bakery since", "has chaired the Harbour Yacht Club since": three, the post's or the place's name).
HELD_SINCE_WORDS = TENURE_POST_WORDS


def _held_since(an, tc: Claim):
    """The verb of holding a post in the present perfect (TENURE_VERBS after "has"/"have") whose
    "since" its date follows, at most HELD_SINCE_WORDS content words between ("who has chaired
    the board since May 2016"): the date starts the holding. _start_words asks it of a sentence
    other than the stay's (the stay's own "has led it since" is _since_start's) that names the
    stay's person (Holm's "retires after eight years at the top" is not measured from "Ek has
    run the division since 2018"). None otherwise."""
    if (tc.attrs or {}).get("signal") != "since":
        return None
    words = an.words_in(an.clause_at(tc.start).start, tc.start)
    if not words or words[-1].lower != "since":
        return None
    lead = words[:-1]
    for k in range(len(lead) - 1, 0, -1):
        if sum(1 for w in lead[k + 1:] if w.lower not in STOP) > HELD_SINCE_WORDS:
            return None
        if lead[k].lower in TENURE_VERBS and lead[k - 1].lower in ("has", "have"):
            return lead[k]
    return None


class _Said:
    """A start told by a word, not an event claim: what a finding quotes of it."""

    def __init__(self, text: str):
        self.text = text


MESSAGE_ENDED = ("from {start} to the publication date, {published}, is at most {elapsed}, but the article says "
                 "\u201c{stated}\u201d for a span told as ended")
#: The most words between a duration and the start verb of its relative clause: "the 30-month
#: scheme of street repairs that began" (five: "scheme of street repairs that").
ENDED_THING_WORDS = 5


def _ended_by_now(claims: ClaimSet, d: Claim, allowed, events, times, published: date):
    """A span told as ended by the writing, its start dated in a relative clause of its noun
    ("has finished the 30-month paving scheme that began in October 2023", "the nine-month
    refit that started in May 2024 was finished"): an end word of the span_ends lexicon
    in a past form in its sentence, outside that clause and not in a clause told as future; the
    span cannot be longer than from that start to the publication date (a warning)."""
    if allowed[0] is None:
        return
    an = analyse(claims.article.text)
    s = an.sentence_at(d.start)
    ahead = an.words_after(d.end, ENDED_THING_WORDS + 1)
    start = next((e for e in events if s.start <= e.start < s.end and e.start > d.end
                  and e.attrs.get("class") == "start" and not e.attrs.get("noun")), None)
    if start is None or not ahead or start.start > ahead[-1].end:
        return
    lead = an.words_in(d.end, start.start)
    if not lead or lead[-1].lower not in span_ends.RELATIVE or re.search(r"[.;:()]", an.text[d.end:start.start]):
        return  # "the 30-month programme that began": the relative clause tells the start of the duration's noun
    tc = times.get(start.attrs.get("time") or "")
    if tc is None or tc.timex is None or tc.timex.type != "DATE" or tc.timex.earliest is None \
            or tc.start < start.end or tc.timex.latest > published or tc.timex.resolution == "anchor":
        return
    clause_end = an.clause_at(tc.start).end
    ended = [w for w in an.words_in(s.start, s.end) if (w.end <= d.start or w.start >= clause_end)
             and w.lower in span_ends.END_WORDS and is_past_form(w.text)
             and not any(v.lower in _FUTURE for v in an.words_in(an.clause_at(w.start).start, w.start))]
    if not ended:
        return
    longest = (published - tc.timex.earliest).days
    if re.fullmatch(r"\d{4}", tc.timex.value or ""):
        longest += YEAR_ONLY_SLACK_DAYS
    low = cal.duration_days(d.timex.low or d.timex.value, consecutive=True)  # months run on from the start
    if low is None or low[0] <= longest:
        return
    unit = duration_unit(d.timex.value)
    stated = _stated(d)
    begin = span_words(tc.timex.earliest, tc.timex.latest)
    f = Finding(MESSAGE_ENDED.format(start=begin, published=span_words(published, published),
                                     elapsed=elapsed_words(longest, longest, unit), stated=stated),
                d.start, d.end,
                related=[Related(tc.start, tc.end, RELATED_START.format(event=f"\u201c{start.text}\u201d", when=begin))],
                evidence=[f"start: \u201c{start.text}\u201d, \u201c{tc.text}\u201d = {begin}",
                          f"end: \u201c{ended[0].text}\u201d, told as past: by the publication date at the latest",
                          f"\u201c{stated}\u201d allows {_allowed_words(d.timex)}"])
    f.severity = Severity.WARNING
    yield f


MESSAGE_ANNIVERSARY = "“{stated}” falls in {due}, counted from {start}, not around {published}"
#: nouns naming an anniversary by its years ("its centenary": 100), events.json anniversary_nouns
ANNIVERSARY_NOUNS = {k: v for k, v in load("events")["anniversary_nouns"].items() if not k.startswith("_")}
#: "its 20th anniversary", "its centenary"; not "the 20th anniversary of the flood" (another thing's).
#: Both searched through the whole text, each behind a look-ahead for its first words' first
#: letters (``first_letters``): the same matches, in about half the time.
_ORDINAL = re.compile(first_letters(("its", "their", "the")) + r"\b(?:its|their|the)\s+(?:(\d{1,3})(?:st|nd|rd|th)\s+(anniversary|birthday|year|season)|("
                      + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(ANNIVERSARY_NOUNS, key=len, reverse=True))
                      + r"))\b(?!\s+of\b)", re.IGNORECASE)
_ANNIVERSARY_COUNT = load("events")["anniversary_counts"]
#: "is celebrating 30 years in business", "marks 150 years", "turns 50 this week": an
#: anniversary told by a count after a verb of marking it (events.json anniversary_counts);
#: not "marks 30 years since the flood" (another thing's start)
_COUNTED_ANNIVERSARY = re.compile(
    first_letters(_ANNIVERSARY_COUNT["verbs"]) + r"\b(?:" + "|".join(_ANNIVERSARY_COUNT["verbs"]) + r")\s+(\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:\s+years?\b(?!\s+(?:since|of|after|ago)\s+(?!its\b|their\b))"
    r"|(?=\s*(?:[.,;]|" + "|".join(_ANNIVERSARY_COUNT["bare_after"]) + r")\b))", re.IGNORECASE)
#: how many years an anniversary may be marked before or after its year (a celebration
#: announced ahead, a year-long jubilee running on)
ANNIVERSARY_SLACK_YEARS = 1
#: An anniversary misstated is a slip: the years from its start to publication lie within
#: ANNIVERSARY_RATIO times its count either way, or the start is another thing's.
ANNIVERSARY_RATIO = 2
SOLE_START_READING = ("the start is told in another sentence, of no word the anniversary's sentence names; it is the "
                      "only start of a thing's life the article dates: a reading")


#: "opened its doors in 2001": the thing's own object between a start verb and its date
_OWN_OBJECT = re.compile(r"\s+(?:its|their)\s+\w+\s+(?:in|on)\s+")


#: the farthest year an anniversary told as past or ahead, with no date, is read at
_OPEN_YEARS = 9999


def _told_when(an, a: int, at: int, year: int) -> tuple[int, int]:
    """The years an anniversary with no date of its own may fall in, by the tense of the verb
    nearest before it in its clause: as past ("celebrated its 10th anniversary with ...") any
    year up to publication, as ahead ("will mark") any from it, else the publication year."""
    for w in reversed(an.words_in(an.clause_at(at).start if an.clause_at(at).start >= a else a, at)):
        if w.lower in _FUTURE:
            return year, _OPEN_YEARS
        if is_past_form(w.text) and w.lower not in ("founded", "established", "formed", "opened", "launched"):
            return 1, year
    return year, year


def _years_words(years: tuple[int, int]) -> str:
    """The years an anniversary was read at, in words: "2025", "2019 to 2020", "2025 or
    before" (told as past), "2025 or after" (told ahead)."""
    if years[0] == 1:
        return f"{years[1]} or before"
    if years[1] == _OPEN_YEARS:
        return f"{years[0]} or after"
    return str(years[0]) if years[0] == years[1] else f"{years[0]} to {years[1]}"


def _in_dateline(claims: ClaimSet, c: Claim) -> bool:
    """Whether a time claim is the article's dateline (its publication date, not a date told)."""
    line = claims.article.dateline
    return bool(line) and line[0] <= c.start and c.end <= line[1]


def _anniversaries_told(an, text: str, persons):
    """Each anniversary the text tells, as (match, years, where its words start): by an
    ordinal or a noun ("its 20th anniversary", "its centenary"), or by a count after a verb of
    marking it ("is celebrating 30 years", "turns 50"), not in a sentence naming a person before
    it ("Ruiz turns 50": a person's age)."""
    for m in _ORDINAL.finditer(text):
        if m.group(1) is None:
            yield m, ANNIVERSARY_NOUNS[" ".join(m.group(3).lower().split())], m.start(3)
        elif m.group(2).lower() == "anniversary" or m.group(2).lower() == "birthday" and m.group(0).split()[0].lower() != "the":
            yield m, int(m.group(1)), m.start(1)  # "its 40th birthday": a thing's, after "its" or "their"
        elif m.group(2).lower() != "birthday" and m.group(0).split()[0].lower() != "the":
            # "marks its 20th year": the year that ends with the 20th anniversary
            yield m, int(m.group(1)) - 1, m.start(1)
    for m in _COUNTED_ANNIVERSARY.finditer(text):
        n = parse_number(m.group(1))
        s = an.sentence_at(m.start())
        if n is None or n != int(n) or not 1 <= n <= 999 or any(s.start <= p.start < m.start() for p in persons):
            continue
        yield m, int(n), m.start()


def _anniversaries(claims: ClaimSet, events, times, published: date):
    """"Founded in 1999, the charity marks its 20th anniversary", or "its centenary"
    (ANNIVERSARY_NOUNS): an anniversary falls in the year of the start of the thing's life
    (BEING_LEMMAS, the date right after the verb) plus its number; the publication year may be
    ANNIVERSARY_SLACK_YEARS either side of it (or the year of a date the anniversary's sentence
    tells: "celebrated its 50th anniversary in 2020"; with no date, one told as past may fall
    any year up to publication, one told ahead any year from it). The start is the one told in the anniversary's
    sentence; else the ones told elsewhere of a word that sentence names (their subject, a
    fronted participle's main clause or the verb's arguments: "Set up in 1925, the
    union ..." and "the growers' union will mark its centenary"; a warning), each
    conflicting; else the article's one dated start of a thing's life (info: a reading)."""
    text = claims.article.text
    an = analyse(text)
    starts = []
    for e in events:
        tc = times.get(e.attrs.get("time"))
        if e.attrs.get("class") == "start" and e.attrs.get("lemma") in BEING_LEMMAS and tc is not None \
                and tc.timex is not None and tc.timex.earliest is not None and e.end <= tc.start \
                and (an.words_between(e.end, tc.start) <= 1 or _OWN_OBJECT.fullmatch(text, e.end, tc.start)):
            starts.append((e, tc))
    if not starts:
        return
    told_of = {}
    persons = claims.of_kind("person")
    for m, n, at in _anniversaries_told(an, text, persons):
        s = an.sentence_at(m.start())
        severity, reading = None, None
        linked = [(e, tc) for e, tc in starts if s.start <= e.start < s.end]
        if not linked:
            named = {_norm(w.text) for w in an.words_in(s.start, s.end)} - STOP
            for e, _ in starts:
                if e.id not in told_of:
                    told_of[e.id] = (_fronted_subject(text, e) | {_norm(a) for a in e.attrs.get("args") or ()}) - STOP
            linked = [(e, tc) for e, tc in starts if told_of[e.id] & named]
            severity = Severity.WARNING
            if not linked and len(starts) == 1:
                linked, severity, reading = starts, Severity.INFO, SOLE_START_READING
        if not linked:
            continue
        # a start from which the anniversary's time is not within half to twice its count starts
        # another thing ("the exhibition opens on Saturday" beside "marks its 50th year")
        linked = [(e, tc) for e, tc in linked
                  if n / ANNIVERSARY_RATIO <= published.year - tc.timex.latest.year <= n * ANNIVERSARY_RATIO]
        if not linked:
            continue
        dues = [(tc.timex.earliest.year + n, tc.timex.latest.year + n) for _, tc in linked]
        # "celebrated its 50th anniversary in 2020", "five years ago": the anniversary's own
        # date, when its sentence tells one (besides the start's), not the publication's
        marked = [c for c in claims.within("time", s.start, s.end) if c.timex is not None and c.timex.type == "DATE"
                  and c.timex.earliest is not None and c.timex.latest is not None
                  and c.id not in {tc.id for _, tc in starts} and not _in_dateline(claims, c)]
        years = (min(c.timex.earliest.year for c in marked), max(c.timex.latest.year for c in marked)) if marked \
            else _told_when(an, s.start, m.start(), published.year)
        if any(due[0] - ANNIVERSARY_SLACK_YEARS <= years[1] and years[0] <= due[1] + ANNIVERSARY_SLACK_YEARS
               for due in dues):
            continue
        (e, tc), due = linked[0], dues[0]
        stated = text[at:m.end()]
        f = Finding(
            MESSAGE_ANNIVERSARY.format(stated=stated, due=due[0] if due[0] == due[1] else f"{due[0]} to {due[1]}",
                                       start=tc.text, published=_years_words(years)),
            at, m.end(),
            related=[Related(tc.start, tc.end, RELATED_START.format(event=f"\u201c{e.text}\u201d",
                                                                    when=span_words(tc.timex.earliest, tc.timex.latest)))],
            evidence=[f"the start: {span_words(tc.timex.earliest, tc.timex.latest)}",
                      f"the {n}th anniversary of it falls in {due[0]}",
                      f"published in {published.year}, more than {ANNIVERSARY_SLACK_YEARS} year from it"]
            + ([reading] if reading else []))
        if severity is not None:
            f.severity = severity
        yield f


#: The most words between "has"/"have" and the "for" right before a duration for the two to be
#: read as one present perfect: "has been, by most counts, in continuous operation for 20 years"
#: (nine). (Was a window of 80 characters.)
PERFECT_FOR_WORDS = 12


def _up_to_now(text: str, sentence_start: int, d: Claim) -> bool:
    """"for the past ten years", or a present perfect leading to "for N years" ("has been
    in operation for 20 years"), with no "will" and no full stop or semicolon between; not "will
    extend for three years"."""
    if d.attrs.get("until") == "publication":
        return True
    an = analyse(text)
    before = [w for w in an.words_before(d.start, PERFECT_FOR_WORDS + 2) if w.start >= sentence_start]
    if not before or before[-1].lower != "for" or text[before[-1].end:d.start].strip():
        return False
    for k in range(len(before) - 2, -1, -1):
        w = before[k]
        if w.lower == "will" or re.search(r"[.;]", text[w.end:before[k + 1].start]):
            return False
        if w.lower in CLASSES["present_perfect_auxiliary"]:
            return True
    return False


LASTING_VERBS = frozenset(load("events")["lasting_verbs"]["words"])


#: verbs that tell a length only with "for" ("the hearings ran for three weeks")
LASTING_WITH_FOR = frozenset(load("events")["lasting_verbs"]["with_for"])


def _lasting(claims: ClaimSet, d: Claim) -> bool:
    """A duration that is the object of a lasting verb ("lasted three weeks", "lasting for ten
    days", "ran for three weeks": LASTING_WITH_FOR): the length of its subject's span."""
    before = [w.lower for w in analyse(claims.article.text).words_before(d.start, 3)]
    lasting = LASTING_VERBS | LASTING_WITH_FOR
    return bool(before) and (before[-1] in LASTING_VERBS
                             or len(before) >= 2 and before[-1] == "for" and before[-2] in lasting
                             or len(before) == 3 and before[-1] == "for" and " ".join(before[:2]) in lasting)


def _span_in_sentence(claims: ClaimSet, d: Claim, allowed, events, event_starts, times):
    """"A 72-hour ceasefire that began on Monday and ended on Saturday"."""
    text = claims.article.text
    a, b = sentence_bounds(text, d.start, d.end)
    # events are in text order: the ones after the duration in its sentence, by bisection
    here = events[bisect.bisect_left(event_starts, max(a, d.start + 1)):bisect.bisect_left(event_starts, b)]
    told = [here]
    if not here and _lasting(claims, d):
        # "The trial, which began on 3 March and ended on 14 March, lasted three weeks": the
        # span told before its length; "It lasted three weeks": the sentence before's; "The
        # dock strike lasted a week. It started on 4 June, was over by 22 June": the sentence
        # right after, when its subject is a pronoun for the thing that lasted
        an = analyse(text)
        sentence = an.sentence_at(d.start)
        here = claims.within("event", sentence.start, d.start)
        if not here and sentence.index > 0 and _PRONOUN_START.match(text, sentence.start):
            before = an.sentences[sentence.index - 1]
            here = claims.within("event", before.start, before.end)
        told = [here]
        if sentence.index + 1 < len(an.sentences) and _PRONOUN_START.match(text, an.sentences[sentence.index + 1].start) \
                and an.text[d.end:sentence.end].strip(" .") == "":
            after = an.sentences[sentence.index + 1]
            told.append(claims.within("event", after.start, after.end))
    for k, here in enumerate(told):
        starts = [e for e in here if e.attrs.get("class") == "start"]
        ends = [e for e in here if e.attrs.get("class") == "end"]
        if len(starts) == 1 and not ends and here:
            ends = _end_word_dated(claims, starts[0], times)
        if len(starts) == 1 and len(ends) == 1:
            following = k > 0
            break
    else:
        return
    s, e = times.get(starts[0].attrs["time"]), times.get(ends[0].attrs["time"])
    if s is None or e is None or None in (s.timex.earliest, s.timex.latest, e.timex.earliest, e.timex.latest):
        return
    if e.timex.latest < s.timex.earliest:
        return  # the order is the sequence rule's business
    lo, hi = elapsed_days((s.timex.earliest, s.timex.latest), (e.timex.earliest, e.timex.latest), d)
    if not _conflicts(lo, hi, _counted_from(d, (s.timex.earliest, s.timex.latest), allowed)):
        return
    if following and not span_ends.a_slip((lo, hi), d.timex.value):
        return  # "The fair lasted two days. It began in 1990 ...": the pronoun's thing, not the span
    unit = duration_unit(d.timex.value)
    stated = _stated(d)
    f = Finding(
        MESSAGE_SPAN.format(start=span_words(s.timex.earliest, s.timex.latest),
                            end=span_words(e.timex.earliest, e.timex.latest),
                            elapsed=elapsed_words(lo, hi, unit), stated=stated),
        d.start, d.end,
        related=[Related(s.start, s.end, RELATED_START.format(event=f"\u201c{starts[0].text}\u201d",
                                                              when=span_words(s.timex.earliest, s.timex.latest))),
                 Related(e.start, e.end, RELATED_END.format(event=f"\u201c{ends[0].text}\u201d",
                                                            when=span_words(e.timex.earliest, e.timex.latest)))],
        evidence=[f"elapsed: {elapsed_words(lo, hi, unit)} ({lo} to {hi} days, counting whole days either side)",
                  f"\u201c{stated}\u201d allows {_allowed_words(d.timex)}"])
    if following:
        f.evidence.append("the start and the end are told in the sentence right after, of its pronoun subject: "
                          "the thing that lasted, very likely")
        f.severity = Severity.WARNING
    yield f


class _EndWord:
    """An end told by a word whose date the extractor gave another event word ("closed with a
    ruling on 9 May": the date is the ruling's), as the span's end: what a finding quotes of it,
    and its date."""

    def __init__(self, text: str, time: str):
        self.text = text
        self.attrs = {"time": time, "class": "end"}


def _end_word_dated(claims: ClaimSet, start: Claim, times) -> list:
    """The one date after the start's in the start's sentence whose words (span_ends.DatedWords:
    the words before it in its clause) hold an end word of the span_ends lexicon ("The inquiry,
    opened on 2 April, closed with a ruling on 9 May and lasted ..."): the span's
    end, as a one-item list; empty when there is none, or two."""
    own = times.get(start.attrs.get("time") or "")
    if own is None or own.timex is None or own.timex.latest is None:
        return []
    dated = claims.derived(span_ends.DatedWords)
    s = dated.an.sentence_at(start.start)
    found = []
    for c, told in dated.within(own.end, s.end):
        word = span_ends.end_word(told, dated.an.text)
        if word is not None:
            found.append(_EndWord(word.text, c.id))
    return found if len(found) == 1 else []


#: The signals (the word before a date) that open and close a range: "from 4 to 10 August",
#: "which began in 2010, runs until 2030" (a start event's date opens it too).
_OPENS, _CLOSES = frozenset({"from"}), frozenset({"to", "until", "till", "through"})
_UNTIL = frozenset({"until", "till"})
#: Between the opening date and the "until" date: "and", then at most this many words, "until"
#: counted ("in 2006 and then served until 2014": three).
JOINED_UNTIL_WORDS = 3
_JOINED_BY_AND = re.compile(rf"and(?: \S+){{1,{JOINED_UNTIL_WORDS}}}")
NUMBER_WORDS = frozenset(load("temporal")["number_words"])
#: A duration after these measures the time before the event, not its span.
_GAP_BEFORE = frozenset({"after", "before", "following", "since"})
#: Words after a duration that name what it measures: "the 11 years as mayor", "a 48-hour strike".
NAMED_WITHIN = 3


def _range(claims: ClaimSet, d: Claim, allowed, events, event_starts, times):
    """A duration against a range the article gives for the same thing: in its own sentence
    ("the ten-day festival runs from 4 to 10 August", "the 15-year lease, which began in 2010,
    runs until 2030"), or in the sentence before or after when that sentence mentions the
    thing the duration measures ("In his 11 years as mayor" after "He was mayor from 2006 to
    2014"; "a 48-hour strike" before "The walkout will run from ... until ...": one kind of
    event). Dates without a year are read in one year."""
    text = claims.article.text
    an = analyse(text)
    here = an.sentence_at(d.start)
    owned = _possessed(an, d) or _renamed_by_pronoun(an, d, here)
    state = _state_named(an, d)
    appositive = _appositive_range(claims, an, d, here, events) or _bracketed_range(claims, an, d, here)
    if not owned and not state and not appositive and not _measures_a_thing(an, d):
        return
    if {t.text.lower() for t in an.words_before(d.start, 2)} & _GAP_BEFORE:
        return  # "returns from 14 to 17 March after a two-year absence": the gap before it, not its span
    counted = an.words_before(d.start, 1)
    if counted and (counted[0].text.isdigit() or counted[0].lower in NUMBER_WORDS) and counted[0].lower not in ("1", "one") \
            and not an.text[counted[0].end:d.start].strip():
        return  # "six 10-year issues maturing from 1988 to 1991": several things, the range their events' window
    named = {_norm(t.text) for t in an.words_after(d.end, NAMED_WITHIN) if t.text.lower() not in STOP}
    after_here = an.sentences[here.index + 1].start if here.index + 1 < len(an.sentences) else len(text) + 1
    kinds = {e.attrs.get("kind") for e in claims.within("event", d.end, after_here)
             if an.words_between(d.end, e.start) < NAMED_WITHIN and an.sentence_at(e.start).index == here.index}
    candidates = [here] + [an.sentences[i] for i in (here.index - 1, here.index + 1) if 0 <= i < len(an.sentences)]

    def span_in(sentence):
        reach = RANGE_REACH
        if sentence is here:
            heads = [d.end]
        else:  # where the neighbour names the thing: the same word, or an event of the same kind
            heads = [t.end for t in an.words_in(sentence.start, sentence.end) if _norm(t.text) in named - STOP]
            heads += [e.end for e in claims.within("event", sentence.start, sentence.end)
                      if e.attrs.get("kind") in kinds - {None}]
            heads += _naming(an, sentence, state)
            if owned and sentence.index == here.index - 1 and not heads:
                # "In his 12 years at city hall" after "Reed was elected mayor in 2006 and served
                # until 2014": the sentence before tells whose years they are and when
                heads, reach = [sentence.start], OWNED_RANGE_REACH
        for head in heads:
            span = _range_in(claims, an, head, sentence.start, sentence.end, d, events, reach,
                             between=sentence is here)
            if span is not None:
                return span
        return None

    spans = [appositive] + [span_in(sentence) for sentence in candidates]
    back = [span for span in map(span_in, _definite_back(an, d, here, events, kinds) or _named_back(an, d, here))
            if span is not None]
    if not back and _definite_happening(an, d):
        # "The audit ran from 3 May to 30 September. ... who led the ten-month exercise": "the"
        # and a noun for any happening point back to the one range told up to
        # DEFINITE_REACH_SENTENCES before
        earlier = an.sentences[max(0, here.index - DEFINITE_REACH_SENTENCES):here.index]
        back = [span for span in (_range_in(claims, an, sentence.start, sentence.start, sentence.end, d, events,
                                            OWNED_RANGE_REACH) for sentence in earlier) if span is not None]
    if state and not back:
        # "She served as provost from 1994 to 2006. ... In her 14 years as provost": the state
        # named, told with its range up to DEFINITE_REACH_SENTENCES back
        earlier = an.sentences[max(0, here.index - DEFINITE_REACH_SENTENCES):max(0, here.index - 1)]
        back = [span for span in (_range_at(claims, an, sentence, _naming(an, sentence, state), d, events)
                                  for sentence in earlier) if span is not None]
    for span in spans + (back if len(back) == 1 else []):
        if span is None:
            continue
        (s, sv), (e, ev) = span
        lo, hi = elapsed_days(sv, ev, d)
        moments = _moment(s), _moment(e)
        if None not in moments:  # "from 6 a.m. on 14 May until 6 a.m. on 15 May": to the hour
            lo = hi = (moments[1] - moments[0]).total_seconds() / 86400
        if not _conflicts(lo, hi, _counted_from(d, sv, allowed)):
            return
        yield _span_finding(d, (s, s.text, sv), (e, e.text, ev), lo, hi, hours=None not in moments)
        return


WORK_NOUNS = frozenset(load("events")["work_nouns"]["words"])
#: verbs whose object is the length of their subject's span, besides LASTING_VERBS ("took six
#: months", "spent three years as coach")
LENGTH_VERBS = frozenset(load("events")["work_nouns"]["length_verbs"]) | LASTING_VERBS
#: A duration measures its sentence's subject when at most this many words stand before it in
#: its sentence ("The 14-month survey", "A 90-day ban": one)
SUBJECT_LEAD_WORDS = 2
#: A sentence tells of a thing when it names it within its first this many words ("Work on
#: the old library began ...", "The survey's teams started ...")
SUBJECT_WORDS = 4


def _thing_noun(an, d: Claim, here):
    """What a duration measures, as (the noun naming it or None, whether the ends its own
    sentence tells are that thing's, whether the thing's start or end may be told elsewhere):
    the noun after an adjectival duration ("the 14-month survey"; its sentence's ends only
    when it stands in the subject, at most SUBJECT_LEAD_WORDS words in), or the subject whose
    length a verb states ("The refurbishment, which took six months, ...", LENGTH_VERBS), or
    the stay a verb states with no subject named ("She spent three years as coach, from 2012
    to 2019": its sentence only). Nothing when the duration is counted ("six 10-year bonds"),
    an age, or follows a gap word ("after a long break of three years" is the time before; a job of
    work is the span that ended: "reopened after a nine-month restoration")."""
    lead = an.words_in(here.start, d.start)
    none = None, False, False
    if (d.attrs or {}).get("age") or d.text.lower().endswith("-old") or not _told_count(d):
        return none
    if lead and (lead[-1].text.isdigit() or lead[-1].lower in NUMBER_WORDS):
        return none
    if (d.attrs or {}).get("adjectival"):
        noun = _measured(an, d)
        if noun is None or not noun.text.isalpha():
            return none
        gap = {t.lower for t in lead[-2:]} & _GAP_BEFORE
        if gap and noun.lower not in WORK_NOUNS:
            return none
        return noun, len(lead) <= SUBJECT_LEAD_WORDS and not gap, True
    after = an.words_after(d.end, 1)
    if after and after[0].lower in _OPENS | {"between"} and lead and lead[-1].lower in LENGTH_VERBS | {"for"}:
        # "was shut for 18 days between 3 and 12 May": the range right after a span's length;
        # not a count of days within a window ("overflowed on 33 days between 2019 and 2022")
        return None, True, False
    before = [w.lower for w in an.words_before(d.start, 2)]
    if before and (before[-1] in LENGTH_VERBS or len(before) == 2 and before[1] == "for" and before[0] in LENGTH_VERBS):
        subject = [t for t in lead[:SUBJECT_LEAD_WORDS] if t.lower not in STOP]
        if subject and subject[0].text.isalpha() and lead[0].lower in _DEFINITE | {"this"}:
            return subject[0], True, True  # "The refurbishment, which took six months": one told of
        return None, True, False  # "She spent three years as coach"
    return none


def _told_count(d: Claim) -> bool:
    """A duration told with a count ("14-month", "eighteen months", "half a year", "a
    decade-long"), not a bare "years" or "the year"."""
    low = d.text.lower()
    return _counted(d) or low.endswith("-long") or bool(re.search(r"\b(?:half|fortnight|decade|century)", low))


def _told_before(an, d: Claim) -> bool:
    """Whether the duration names a thing told elsewhere: "the 12-week scheme", "its 14-month
    survey", or a job of work just ended ("reopened after a nine-month restoration"); not "a
    nine-day stoppage would cost" (any one)."""
    before = an.words_before(d.start, SIGNAL_REACH)
    return bool(before) and (before[-1].lower in _DEFINITE | _OWNERS | CLASSES["singular_demonstrative"]
                             or "after" in {t.lower for t in before})


def _subjects_naming(claims: ClaimSet, an, noun: str) -> list:
    """The sentences ``_names_thing`` may find ``noun`` in, in order: those whose first
    SUBJECT_WORDS words hold it (or, for a job of work, any of its names), looked up in an index
    of every sentence's first words built once an article, not read sentence by sentence."""
    index = claims.derived(_subject_index)
    found = set(index.get(noun, ()))
    if noun in WORK_NOUNS:
        found.update(index.get(_WORK_KEY, ()))
    return [an.sentences[k] for k in sorted(found)]


_WORK_KEY = " work"  # the index key of the sentences whose first words name a job of work


def _subject_index(claims: ClaimSet) -> dict[str, set[int]]:
    """The sentences by each word of their first SUBJECT_WORDS words (as written in lower case,
    and normalised), and by _WORK_KEY for a word of WORK_NOUNS."""
    an = analyse(claims.article.text)
    out: dict[str, set[int]] = {}
    for sentence in an.sentences:
        for t in an.words_in(sentence.start, sentence.end)[:SUBJECT_WORDS]:
            for key in (_norm(t.text), t.lower, _WORK_KEY if t.lower in WORK_NOUNS else None):
                if key is not None:
                    out.setdefault(key, set()).add(sentence.index)
    return out


def _names_thing(an, sentence, noun: str):
    """The word of ``sentence`` that names the thing ``noun`` names in its first SUBJECT_WORDS
    words: the same noun, or, for a job of work, any noun for one (WORK_NOUNS); else None."""
    for t in an.words_in(sentence.start, sentence.end)[:SUBJECT_WORDS]:
        w = _norm(t.text)
        if w == noun or t.lower == noun or (noun in WORK_NOUNS and t.lower in WORK_NOUNS):
            return t
    return None


#: words that open a clause about another noun: a range after one of them ("carries three
#: warrants, each of which may be used from June to May") is that noun's, not the subject's
_OTHER_CLAUSE = frozenset({"which", "who", "whom", "whose", "where", "that"})


#: a noun may be followed by a phrase of at most this many words, opened by one of
#: _POSTMODIFIERS, before the comma and relative word of its clause ("The census of the
#: river's otters, which ...")
POSTMODIFIER_WORDS = 4
_POSTMODIFIERS = frozenset({"of", "in", "at", "on", "for", "across", "into"})


def _told_of(an, head: int, dates: list[Claim]) -> list[Claim]:
    """The ``dates`` told of the noun ending at ``head``: no relative word stands between it
    and them, but one right after the noun (or its phrase of "of", "in" ..., at most
    POSTMODIFIER_WORDS words) and a comma ("The survey, which used 300 cameras, ran from
    February to September")."""
    between = an.words_in(head, min(c.start for c in dates)) if dates else []
    k = 0
    if between and between[0].lower in _POSTMODIFIERS:
        k = next((i for i in range(1, min(len(between), POSTMODIFIER_WORDS + 1))
                  if between[i].lower in _OTHER_CLAUSE), 0)
    if between and between[k].lower in _OTHER_CLAUSE and "," in an.text[between[k - 1].end if k else head:between[k].start]:
        between = between[k + 1:]
    return [] if any(t.lower in _OTHER_CLAUSE for t in between) else dates


def _ends_of(claims: ClaimSet, a: int, b: int, skip: Claim, events):
    """The dates in [a, b) that open a range (after "from", or of a start event) and that close
    one (after "to", "until", "through", or of an end event)."""
    starts_of = {e.attrs.get("time") for e in claims.within("event", a, b) if e.attrs.get("class") == "start"}
    ends_of = {e.attrs.get("time") for e in claims.within("event", a, b) if e.attrs.get("class") == "end"}
    # a clock time with no day written ("stopped at 9 a.m. the day after") is placed on the
    # publication date by default: no end to measure from
    dates = [c for c in claims.within("time", a, b) if c.id != skip.id and c.timex is not None
             and c.timex.type in ("DATE", "TIME") and c.timex.earliest is not None and c.timex.latest is not None
             and not (c.timex.type == "TIME" and c.timex.resolution == "dct")]

    def signal(c):
        return (c.attrs or {}).get("signal")
    # a signal says which end a date is before its event does ("through the end of May, weeks
    # after the season's opening": a close)
    between = _between_pairs(analyse(claims.article.text), dates)  # "between 3 and 12 May"
    opens = [c for c in dates if signal(c) in _OPENS or c.id in between or signal(c) not in _CLOSES and c.id in starts_of]
    closes = [c for c in dates if c not in opens and (signal(c) in _CLOSES or c.id in ends_of or c.id in between.values())]
    if len(opens) == 1 and not closes:
        closes = [c for c in dates if c.start > opens[0].end and _last_part(claims, opens[0], c)]
    return opens, closes


FINAL_PART = frozenset(load("events")["work_nouns"]["final_part"])
#: How many words after "and" the word for the last part may stand: "and the final cranes" (one).
FINAL_PART_WORDS = 2


def _last_part(claims: ClaimSet, start: Claim, c: Claim) -> bool:
    """Whether ``c`` dates the last part of what ``start`` opens: a clause after the start's
    date, joined by "and", whose subject is "the last"/"the final" part ("Work began in May and
    the final beams were lifted in June"; events.json work_nouns final_part), the word for the
    part no time of its own ("and the last week" is a time told, not a part)."""
    told = analyse(claims.article.text).words_in(start.end, c.start)
    parts = [w for i, w in enumerate(told) if w.lower in FINAL_PART
             and any(v.lower == "and" for v in told[max(0, i - FINAL_PART_WORDS):i])]
    if not parts:
        return False
    at = parts[0].start  # the times that may hold it start no farther back than the longest time is long
    return not any(at < t.end for t in claims.within("time", at - claims.derived(_longest_time), at + 1))


def _longest_time(claims: ClaimSet) -> int:
    """How long (in characters) the article's longest time claim is."""
    return max((t.end - t.start for t in claims.of_kind("time")), default=0)


def _thing_span(claims: ClaimSet, d: Claim, allowed, events, times):
    """A duration against the range of the thing it measures, its ends told anywhere: in its
    own sentence when the duration stands in the subject ("The 20-month census, which used
    cameras on three farms, ran from February to September": any number of words apart), or
    in other sentences whose first SUBJECT_WORDS words name the thing, for a job of work by any
    of its names ("after a nine-month restoration" and "Work got under way in March and was
    finished in October"; WORK_NOUNS), within LINK_REACH_SENTENCES sentences
    (claims/language/analysis.py). An end told in its own sentence goes before one told
    elsewhere; each end must be the one date of its kind (several that disagree: left alone).
    Told across sentences, a warning."""
    an = analyse(claims.article.text)
    here = an.sentence_at(d.start)
    noun, own, far = _thing_noun(an, d, here)
    if not own and not far:
        yield from _ended_after(claims, an, d, here, allowed, events)
        return
    opens, closes = _ends_of(claims, here.start, here.end, d, events) if own else ([], [])
    after = an.words_after(d.end, 1)
    if noun is None and after and after[0].lower in _OPENS | {"between"} and (
            len(opens) != 1 or len(closes) != 1 or an.words_between(d.end, opens[0].start) > 1
            or an.words_between(opens[0].end, closes[0].start) > 1):
        # "for 18 days between 3 and 12 May": the range right after, closed at once; not
        # "quotas for 12 months from April 1, with talks up to September 30"
        return
    head = noun.end if noun is not None and noun.start > d.start else d.end
    if _told_of(an, head, [c for c in opens + closes if c.start > d.start]) != [c for c in opens + closes if c.start > d.start]:
        return
    if len(opens) > 1 or len(closes) > 1:
        return  # several ranges in its own sentence: not ours to pick
    where = {"start": "in its sentence", "end": "in its sentence"}
    if far and (not opens or not closes) and (noun.start < d.start or _told_before(an, d)):
        word = _norm(noun.text)
        far_opens, far_closes = [], []
        for sentence in _subjects_naming(claims, an, word):
            if abs(sentence.index - here.index) > LINK_REACH_SENTENCES:
                continue  # further than a link through a shared name reaches
            named = None if sentence.index == here.index else _names_thing(an, sentence, word)
            if named is None:
                continue
            o, c = _ends_of(claims, sentence.start, sentence.end, d, events)
            told = [x for x in o + c if x.start > named.end]
            if not told or not _told_of(an, named.end, told) \
                    or an.words_between(named.end, min(x.start for x in told)) > OWNED_RANGE_REACH:
                continue  # the sentence's dates are not told of the thing it names
            o, c = [x for x in o if x in told], [x for x in c if x in told]
            far_opens += o
            far_closes += c
        if not opens:
            opens, where["start"] = far_opens, "elsewhere"
        if not closes:
            closes, where["end"] = far_closes, "elsewhere"
    if not opens or not closes:
        return
    several = len({_day(c) for c in opens}) != 1 or len({_day(c) for c in closes}) != 1
    measured = []
    for s in {_day(c): c for c in reversed(opens)}.values():  # one start and one end per day told, the first
        for e in {_day(c): c for c in reversed(closes)}.values():
            sv, ev = _day(s), _day(e)
            if ev[1] < sv[0] or (e.start < s.start and where["start"] == where["end"]):
                return  # told backwards: the sequence rule's business
            lo, hi = elapsed_days(sv, ev, d)
            if not _conflicts(lo, hi, _counted_from(d, sv, allowed)):
                return  # it fits between some start and some end told of the thing
            measured.append((_miss(lo, hi, _counted_from(d, sv, allowed)), s, e, sv, ev, lo, hi))
    # several starts or ends that disagree, each told of the thing: which pair the span runs
    # between is not the rule's to pick, but it conflicts from every one (an info finding
    # naming the pair nearest to fitting and showing the others)
    _, s, e, sv, ev, lo, hi = min(measured, key=lambda m: m[0])
    by_part = e.id not in claims.derived(_timed_by_class)[1] \
        and (e.attrs or {}).get("signal") not in _CLOSES and _last_part(claims, s, e)
    finding = _span_finding(d, (s, s.text, sv), (e, e.text, ev), lo, hi, first=(
        f"the start told {where['start']}, the end {where['end']}" + (f", of \u201c{noun.text}\u201d" if noun else ""),
        *([LAST_PART_READING] if by_part else [])))
    if by_part:
        finding.severity = Severity.INFO
    elif "elsewhere" in where.values():
        finding.severity = Severity.WARNING
    if several:
        others = [c for c in opens + closes if _day(c) not in (sv, ev)]
        finding.related += [Related(c.start, c.end, RELATED_OTHER_END.format(text=c.text, when=span_words(*_day(c))))
                            for c in others]
        finding.evidence.append(SEVERAL_ENDS_READING.format(others="; ".join(
            f"\u201c{c.text}\u201d ({span_words(*_day(c))})" for c in others)))
        finding.severity = Severity.INFO
    yield finding


RELATED_OTHER_END = "another start or end told of it: \u201c{text}\u201d, {when}"
SEVERAL_ENDS_READING = ("the article tells other starts or ends of it that disagree ({others}); the span conflicts "
                        "between each start and end, if they are told of the same thing: a reading, so an info "
                        "finding")


LAST_PART_READING = ("the end read as the date of the last part of the job (\u201cand the last ...\u201d): "
                     "a reading (the part may be another thing's), so an info finding")


def _ended_after(claims: ClaimSet, an, d: Claim, here, allowed, events):
    """"The strike, which opened on 9 April, closed on 20 June after five weeks": a duration right
    after "after" (SIGNAL_REACH words) that follows, in its sentence, one start event's date and
    then one end event's date, the last date before it, measures the span they bound. Not a
    range told by "from" and "to" ("is back from 8 to 11 May after a break of two years": the
    gap before it)."""
    if "after" not in {t.lower for t in an.words_before(d.start, SIGNAL_REACH)} or not _told_count(d):
        return
    starts_of = {e.attrs.get("time") for e in claims.within("event", here.start, d.start) if e.attrs.get("class") == "start"}
    ends_of = {e.attrs.get("time") for e in claims.within("event", here.start, d.start) if e.attrs.get("class") == "end"}
    dates = [c for c in claims.within("time", here.start, d.start) if c.timex is not None
             and c.timex.type in ("DATE", "TIME") and c.timex.earliest is not None and c.timex.latest is not None]
    if len(dates) != 2 or dates[0].id not in starts_of or dates[1].id not in ends_of:
        return
    if {(c.attrs or {}).get("signal") for c in dates} & (_OPENS | _CLOSES):
        return
    s, e = dates
    sv, ev = _day(s), _day(e)
    if ev[1] < sv[0]:
        return
    lo, hi = elapsed_days(sv, ev, d)
    if _conflicts(lo, hi, _counted_from(d, sv, allowed)):
        yield _span_finding(d, (s, s.text, sv), (e, e.text, ev), lo, hi,
                            first=("the start and the end told before \u201cafter\u201d in its sentence",))


#: verbs of being in a state, before the state's name and "for" ("She was mayor for eight
#: years", "it stayed closed for five years", "served as chair for ten years")
HOLDING_VERBS = frozenset(load("events")["holding_verbs"]["words"])


def _state_named(an, d: Claim) -> list[str]:
    """The words naming the state a duration measures, at most TENURE_POST_WORDS of them: after
    a verb of being in a state and before "for" ("She was mayor for eight years": mayor), or the
    post after "as" of a possessed duration ("In her 14 years as provost": provost). Empty
    otherwise."""
    text = an.text
    before = an.words_before(d.start, 1)
    if before and before[0].lower in _OWNERS:
        after = an.words_after(d.end, TENURE_POST_WORDS + 1)
        if not after or after[0].lower != "as":
            return []
        post = after[1:]
        end = next((k for k in range(1, len(post)) if text[post[k - 1].end:post[k].start].strip()), len(post))
        post = post[:end]
    else:
        clause = an.clause_at(d.start)
        words = an.words_in(clause.start, d.start)
        if len(words) < 3 or words[-1].lower != "for":
            return []
        k = max((i for i, w in enumerate(words[:-1]) if w.lower in HOLDING_VERBS), default=None)
        if k is None:
            return []
        post = [w for w in words[k + 1:-1] if w.lower != "as"]
        if any(text[x.end:y.start].strip() for x, y in zip(post, post[1:])):
            return []
        if post and (post[0].lower in VERBS or post[0].lower.endswith(("ed", "en"))):
            return []  # "have been performed in China for 40 years": a passive, no state named
    named = [_norm(w.text) for w in post if w.lower not in STOP]
    return named if 1 <= len(post) <= TENURE_POST_WORDS and named else []


def _naming(an, sentence, state: list[str]) -> list[int]:
    """The ends of the words in ``sentence`` that name ``state`` (its last word, in a sentence
    that holds all its words)."""
    if not state:
        return []
    words = an.words_in(sentence.start, sentence.end)
    if not set(state) <= {_norm(w.text) for w in words}:
        return []
    return [w.end for w in words if _norm(w.text) == state[-1]]


def _range_at(claims: ClaimSet, an, sentence, heads: list[int], d: Claim, events):
    """The first range in ``sentence`` that opens within RANGE_REACH words after one of ``heads``."""
    for head in heads:
        span = _range_in(claims, an, head, sentence.start, sentence.end, d, events)
        if span is not None:
            return span
    return None


#: "The strike began on 3 March and ended on 7 March. ... the 12-day walkout": a definite
#: duration of an event kind looks this many sentences back for the one range of that kind.
DEFINITE_REACH_SENTENCES = 4
_DEFINITE = frozenset(load("events")["one_event_twice"]["definite_words"])


_start = attrgetter("start")


def _definite_back(an, d: Claim, here, events, kinds: set) -> list:
    """The earlier sentences, beyond the one right before and within
    DEFINITE_REACH_SENTENCES, that tell an event of the kind a definite duration measures
    ("the 12-day walkout" after "The strike began on 3 March and ended on 7 March"): the
    definite article points back to the one already told, so the caller takes a range from
    them only when exactly one gives one. Empty when the duration is not definite."""
    before = an.words_before(d.start, 1)
    if not before or before[0].lower not in _DEFINITE or not kinds - {None}:
        return []
    lo = max(0, here.index - DEFINITE_REACH_SENTENCES)
    # events are in text order: those of the sentences within reach, by bisection
    events = events[bisect.bisect_left(events, an.sentences[lo].start, key=_start):
                    bisect.bisect_left(events, here.start, key=_start)]
    return [an.sentences[i] for i in range(lo, here.index - 1)
            if any(an.sentences[i].start <= e.start < an.sentences[i].end and e.attrs.get("kind") in kinds
                   for e in events)]


def _named_back(an, d: Claim, here) -> list:
    """The earlier sentences, beyond the one right before and within
    DEFINITE_REACH_SENTENCES, that name the post a duration names after "as" ("In her 14
    years as chair" after "Okafor was chair of the board from 2003 to 2011"): the post names the
    tenure, so the caller takes a range from them only when exactly one gives one."""
    after = an.words_after(d.end, 2)
    if len(after) < 2 or after[0].lower != "as" or _norm(after[1].text) in STOP:
        return []
    post = _norm(after[1].text)
    lo = max(0, here.index - DEFINITE_REACH_SENTENCES)
    return [an.sentences[i] for i in range(lo, here.index - 1)
            if any(_norm(t.text) == post for t in an.words_in(an.sentences[i].start, an.sentences[i].end))]


def _span_finding(d: Claim, start, end, lo: float, hi: float, *, hours: bool = False, first: tuple[str, ...] = ()) -> Finding:
    """The finding for a duration ``d`` against the span from ``start`` to ``end``, each given
    as (claim, the words that name it, its days), ``lo``..``hi`` days elapsed (counted to the
    hour when ``hours``); ``first`` evidence lines say how the span was found."""
    (s, s_text, sv), (e, e_text, ev) = start, end
    elapsed = elapsed_words(lo, hi, duration_unit(d.timex.value))
    stated = _stated(d)
    how = f"{lo * 24:g} hours, from the hours given" if hours else f"{lo} to {hi} days, counting whole days either side"
    return Finding(
        MESSAGE_SPAN.format(start=span_words(*sv), end=span_words(*ev), elapsed=elapsed, stated=stated),
        d.start, d.end,
        related=[Related(s.start, s.end, RELATED_START.format(event=f"\u201c{s_text}\u201d", when=span_words(*sv))),
                 Related(e.start, e.end, RELATED_END.format(event=f"\u201c{e_text}\u201d", when=span_words(*ev)))],
        evidence=[*first, f"elapsed: {elapsed} ({how})", f"\u201c{stated}\u201d allows {_allowed_words(d.timex)}"])


#: The words before a duration that make it a span ending at its sentence's dated event:
#: "reopened on Saturday after an 18-month closure", "convicted on Friday at the end of a
#: three-week trial", "will step down in May after ten years in office", "reopened on Thursday,
#: ending a three-week closure" (a participle whose subject is the sentence's event).
_ENDS_AT_EVENT = (("after",), ("end", "of"), ("ending",), ("ended",), ("ends",), ("end",), ("to", "an", "end"),
                  ("to", "a", "close"))
#: The farthest (in words) the signal may stand before the duration ("after an 18-month": one
#: word between, the article).
SIGNAL_REACH = 2
#: Words linking a duration to what it measures when it is not written before its noun:
#: "ten years in office", "11 years as mayor", "two years of talks".
_LINKS = frozenset({"in", "as", "of", "on"})
_DETERMINERS = CLASSES["article"]


class _Index:
    """What a span ending at an event looks up, built once per article: the dates in text
    order, the start events and the events by lemma."""

    def __init__(self, claims: ClaimSet, events: list[Claim]):
        self.dates = sorted((c for c in claims.of_kind("time") if c.timex is not None and c.timex.type in ("DATE", "TIME")
                             and c.timex.earliest is not None and c.timex.latest is not None), key=lambda c: c.start)
        self.date_starts = [c.start for c in self.dates]
        self.starts = [e for e in events if e.attrs.get("class") == "start" and not e.attrs.get("mention")]
        ids = {c.id for c in self.dates}
        self.dated_events = [e for e in events if e.attrs.get("time") in ids]
        self.dated_at = {e.start: e for e in reversed(self.dated_events)}  # the first event at a start
        self.by_lemma: dict[str, list[Claim]] = {}
        for e in events:
            if not e.attrs.get("mention"):
                self.by_lemma.setdefault(e.attrs.get("lemma"), []).append(e)


def _span_ending_at_event(claims: ClaimSet, d: Claim, allowed, index: _Index, times):
    """"Reopened on Saturday after an 18-month closure" with "closed in September 2021"
    elsewhere: a duration after "after" (or "at the end of", or the object of an ending verb:
    "ended five weeks of industrial action", "a deal that ends a 10-day strike", "bringing to an
    end a five-week trial") measures a span ending at its sentence's dated event (the nearest
    date before it in the sentence); the span's start is the one dated event that begins the
    thing the duration measures: an event of a start class naming it ("the trial opened on 3
    March" for "a three-week trial", "The strike began on 3 May": its subject, "took office in
    January 2017" for "ten years in office"), or the verb of the same lemma as its noun
    ("closed in September 2021" or "was shut on 3 June" begins "the closure"), told elsewhere
    or after the duration in its own sentence ("a trial that opened on 3 March"); a job of work
    is named by any of its names ("Repairs began in May" starts "ten weeks of roadworks"). A bare
    duration after an event verb that ends a state ("has reopened after six weeks":
    events.json ends_state, reopen ends a closure) measures that state. When the sentence
    dates nothing before the duration, its end is the last event verb before the signal
    ("were convicted after a six-week trial") dated elsewhere: the dated events of its kind
    ("the jury gave its verdicts on 3 March"), all of whose days the span may end on
    (a warning: the end is read from another sentence)."""
    text = claims.article.text
    an = analyse(text)
    head = _relative_head(an, d)  # "ending a lockout that lasted nine days": the strike's span
    signal = _signal_before(an, d if head is None else head)
    if signal is None:
        yield from _subject_ended(claims, an, d, allowed, index, times)
        return
    noun = _measured(an, d) if head is None else head
    noun_lemma = _NOUN_LEMMAS.get(noun.text.lower()) or _SPAN_NOUNS.get(noun.text.lower()) if noun is not None else None
    here = an.sentence_at(d.start)
    verb = _verb_before(an, signal, here)
    if noun is None and verb is not None and _bare_after(an, d):
        # "called off the stoppage after seven weeks": the event noun an ending verb takes as its
        # object, right before "after", is what the duration measures
        noun = _ended_object(an, d, signal, verb)
        noun_lemma = _NOUN_LEMMAS.get(noun.text.lower()) if noun is not None else None
    if noun is None:
        # "has reopened after six weeks": the closure the reopening ends
        noun_lemma = _ENDS_STATE.get(verb[1]) if verb is not None and _bare_after(an, d) else None
        if noun_lemma is None:
            return
    ends = [c for c in index.dates[bisect.bisect_left(index.date_starts, here.start):
                                   bisect.bisect_left(index.date_starts, d.start)] if c.end <= d.start]
    severity = None
    if ends:
        end = ends[-1]
        ev = _day(end)
        end_text = end.text
    else:
        # "were convicted ... after a six-week trial" and "the jury gave its verdicts on 3
        # January": the end verb's kind dated elsewhere, every day it is dated on
        if verb is None:
            return
        kind = event_kind(verb[1])
        told = [times[e.attrs["time"]] for e in index.dated_events
                if e.attrs.get("kind") == kind and not here.start <= e.start < here.end]
        if not told:
            return
        end = told[0]
        ev = (min(_day(c)[0] for c in told), max(_day(c)[1] for c in told))
        end_text, severity = verb[0], Severity.WARNING
    yield from _from_its_start(an, d, allowed, index, times, here, noun, noun_lemma, verb, end, ev, end_text, severity)


#: The most words between an ending verb and the event noun it ends, right before "after":
#: "called off their stoppage after" (one, the possessive).
OBJECT_WORDS = 2


def _ended_object(an, d: Claim, signal: int, verb):
    """The event noun (events.json nouns) an ending verb (END lemmas) takes as its object right
    before the signal "after" of a bare duration: "called off the stoppage after seven weeks",
    "ended the siege after 40 days" (at most OBJECT_WORDS words between the verb and the noun).
    Not the object of another verb ("resumed the talks after six weeks": the gap before)."""
    if verb[1] not in END:
        return None
    before = an.words_before(signal, OBJECT_WORDS + 2)
    if not before or before[-1].lower not in _NOUN_LEMMAS:
        return None
    # the window holds the noun and OBJECT_WORDS + 1 words before it: the verb's last word
    # among them is at most OBJECT_WORDS words from the noun
    if verb[0].lower().split()[-1] not in [w.text.lower() for w in before[:-1]]:
        return None
    return before[-1]


#: The most words between the noun a subject's duration measures and the verb that ends it:
#: "A three-week strike by bus drivers in the city ended on Monday" (six).
SUBJECT_VERB_WORDS = 6


def _subject_ended(claims: ClaimSet, an, d: Claim, allowed, index: _Index, times):
    """"A three-week strike by drivers ended on Monday" (or "The strike, which lasted three
    weeks, ended on Monday": the relative clause's head, _relative_head): an adjectival duration in its
    sentence's subject (at most SUBJECT_LEAD_WORDS words in) measures the span that the
    sentence's ending verb (an event of the end class, at most SUBJECT_VERB_WORDS words after
    the noun, no punctuation between) closes on its own date; the start as for a duration
    after "after"."""
    head = _relative_head(an, d)  # "The stoppage, which ran for 20 days, ended on Friday"
    nxt = an.words_after(d.end, 1)
    if not (d.attrs or {}).get("adjectival") and head is None and not (nxt and nxt[0].lower == "of"):
        return  # "Ten days of flooding ended on Sunday": the noun after "of" too
    noun = _measured(an, d) if head is None else head
    if noun is None:
        return
    noun_lemma = _NOUN_LEMMAS.get(noun.text.lower()) or _SPAN_NOUNS.get(noun.text.lower())
    if noun_lemma is None and noun.text.lower() not in WORK_NOUNS:
        return
    here = an.sentence_at(d.start)
    if len(an.words_in(here.start, d.start if head is None else noun.start)) > SUBJECT_LEAD_WORDS:
        return
    after = noun.end
    if head is not None:  # the verb after the relative clause, closed by its comma right after the duration
        after = d.end + 1
        if an.text[d.end:after] != ",":
            return
    for w in an.words_after(after, SUBJECT_VERB_WORDS + 1):
        if re.search(r"[,;:()\u2014\"\u201c\u201d]", an.text[after:w.start]):
            return
        e = index.dated_at.get(w.start)
        if e is None:
            continue
        if e.attrs.get("lemma") not in END or e.attrs.get("noun"):
            return  # the subject's first event verb is not its end
        end = times[e.attrs["time"]]
        if not here.start <= end.start < here.end or end.start < e.end:
            return
        yield from _from_its_start(an, d, allowed, index, times, here, noun, noun_lemma, None, end, _day(end),
                                   end.text, None)
        return


def _from_its_start(an, d: Claim, allowed, index: _Index, times, here, noun, noun_lemma, verb, end, ev, end_text,
                    severity):
    """The span of ``d`` from the one dated event that begins what it measures to ``end``
    (``ev``, its days), within LINK_REACH_SENTENCES sentences of it: a finding when it
    conflicts from every such start. A ``severity``
    given means the end is the end verb's event dated elsewhere (``verb``), else the date of
    the duration's sentence."""
    elsewhere = severity is not None  # before several starts that disagree raise it to a warning
    starts = []
    seen = set()
    near, far = an.reach(d.start)
    # the verb of its noun or of a synonym ("burst its banks" for "the flooding": mentions.word_family)
    family = [e for lemma in (word_family(noun_lemma) if noun_lemma else ()) for e in index.by_lemma.get(lemma, [])]
    for e in index.starts + family:
        if e.id in seen or not near <= e.start < far:
            continue  # read once; a start further than LINK_REACH_SENTENCES away is not read
        seen.add(e.id)
        tc = times.get(e.attrs.get("time"))
        if tc is None or tc.id == end.id or tc.timex is None or tc.timex.earliest is None \
                or tc.timex.latest is None or (here.start <= e.start < here.end and e.start < d.end):
            continue  # a start told before the duration in its sentence is its own event's, not the span's
        norm = _norm(noun.text) if noun is not None else None
        subject = an.words_before(e.start, 1)
        names_it = noun is not None and e.attrs.get("class") == "start" and (
            norm in set(e.attrs.get("context", ())) or norm in e.text.lower().split()
            or norm in {_norm(a) for a in e.attrs.get("args") or ()}  # "The walkout, which started on 9 June"
            or bool(subject) and _norm(subject[0].text) == norm  # "The walkout began on 3 May"
            or _one_job(noun, e, subject))  # "Work began in May" starts "14 months of construction"
        # the verb of its noun ("closed" for "the closure"), not another noun of its kind ("a
        # nine-day stoppage in 2019" is another strike)
        same_verb = noun_lemma is not None and e.attrs.get("lemma") in word_family(noun_lemma) \
            and (noun is None or e.text.lower() != noun.text.lower()) and not e.attrs.get("noun")
        if names_it or same_verb:
            starts.append((e, tc))
    if not starts:
        return
    # several starts that disagree ("The baths closed in March 2025 ... the gala pool had been
    # shut since 2003"): the span conflicts only when it conflicts from each of them (a
    # warning), and the finding names the one nearest to fitting
    measured = []
    for event, tc in starts:
        sv = _day(tc)
        if ev[1] < sv[0]:
            return  # the order is the sequence rule's business
        lo, hi = elapsed_days(sv, ev, d)
        if not _conflicts(lo, hi, _counted_from(d, sv, allowed)):
            return
        measured.append((_miss(lo, hi, _counted_from(d, sv, allowed)), event, tc, sv, lo, hi))
    if len({(tc.timex.earliest, tc.timex.latest) for _, tc in starts}) > 1:
        severity = Severity.WARNING
    _, event, tc, sv, lo, hi = min(measured, key=lambda m: m[0])
    what = noun.text if noun is not None else verb[0]
    f = _span_finding(d, (tc, event.text, sv), (end, end_text, ev), lo, hi, first=(
        f"the span of \u201c{what}\u201d ends at the date of its sentence, \u201c{end.text}\u201d" if not elsewhere
        else f"the span of \u201c{what}\u201d ends at \u201c{verb[0]}\u201d, dated elsewhere: {span_words(*ev)}",))
    if severity is not None:
        f.severity = severity
    yield f


def _one_job(noun, e: Claim, subject) -> bool:
    """Whether start event ``e`` begins the job of work ``noun`` names under another of its
    names (WORK_NOUNS): "Repairs started on 2 May" begins "nine weeks of roadworks", told by
    the start's subject or its context words."""
    if noun.text.lower() not in WORK_NOUNS:
        return False
    told = {w.lower() for w in e.attrs.get("context", ())}
    return bool(told & WORK_NOUNS) or bool(subject) and subject[0].lower in WORK_NOUNS


def _verb_before(an, at: int, here):
    """The last event verb of the duration's sentence before its signal at ``at`` (its form as
    written and its lemma: "were convicted by a jury after a six-week trial": convicted,
    convict; "was found guilty on Monday": found guilty, convict), or None."""
    words = an.words_in(here.start, at)
    for k in range(len(words) - 1, -1, -1):
        two = f"{words[k].lower} {words[k + 1].lower}" if k + 1 < len(words) else ""
        if two in VERBS:
            return an.text[words[k].start:words[k + 1].end], VERBS[two]
        lemma = verb_lemma(words[k].text)
        if lemma is not None and words[k].lower not in NOUNS:
            return words[k].text, lemma
    return None


def _bare_after(an, d: Claim) -> bool:
    """A duration right after "after" and followed by no noun it measures ("has reopened after
    six weeks," / "after six weeks."), told with a number."""
    before, after = an.words_before(d.start, 1), an.words_after(d.end, 1)
    return bool(before) and before[0].lower == "after" and _counted(d) \
        and (not after or an.text[d.end:after[0].start].strip() != "" or after[0].lower in _BARE_NEXT)


#: words after a bare "after six weeks" that start another phrase, not a noun it measures
_BARE_NEXT = frozenset({"and", "but", "when", "as", "with", "having", "while"})
_EVENTS = load("events")
#: verbs that end a state, and the lemma of the event that began it: "reopened" ends a closure
_ENDS_STATE: dict[str, str] = {k: v for k, v in _EVENTS["ends_state"].items() if not k.startswith("_")}
#: nouns a duration measures that name an event kind without being event nouns themselves
#: ("a month on the picket line": a strike)
_SPAN_NOUNS: dict[str, str] = {k: v for k, v in _EVENTS["span_nouns"].items() if not k.startswith("_")}


_NOUN_LEMMAS: dict[str, str] = load("events")["nouns"]


def _signal_before(an, d) -> int | None:
    """Where the signal that ends a span at its sentence's event starts ("after", "at the end
    of", "ended", "to an end"), at most SIGNAL_REACH words before the duration (or before the
    noun a relative clause tells its length of, _relative_head); None without one."""
    words = an.words_before(d.start, SIGNAL_REACH + 2)
    before = [t.text.lower() for t in words]
    for signal in _ENDS_AT_EVENT:
        n = len(signal)
        for k in range(len(before) - n + 1):
            if tuple(before[k:k + n]) == signal and len(before) - (k + n) <= SIGNAL_REACH - 1 + (n == 1):
                if signal == ("end",) and k and before[k - 1] == "to":
                    continue  # "talks resume on Friday in an effort to end a 20-day strike": an aim
                return words[k].start
    return None


def _relative_head(an, d: Claim):
    """The event noun or job of work whose length a relative clause tells (span_ends.relative_head:
    "a lockout that lasted nine days"), else None."""
    noun = span_ends.relative_head(an, d)
    return noun if noun is not None and (noun.lower in _NOUN_LEMMAS or noun.lower in _SPAN_NOUNS
                                         or noun.lower in WORK_NOUNS) else None


def _measured(an, d: Claim):
    """The noun a duration measures: the word after an adjectival duration ("18-month
    closure"), or after "in"/"as"/"of" ("ten years in office"); None otherwise."""
    after = an.words_after(d.end, 3)
    if not after:
        return None
    if (d.attrs or {}).get("adjectival"):
        return after[0] if after[0].text.lower() not in STOP else None
    if len(after) >= 2 and after[0].text.lower() in _LINKS:
        # "a month on the picket line": a determiner may stand before the noun
        k = 2 if after[1].lower in _DETERMINERS and len(after) == 3 and after[0].lower != "of" else 1
        if after[k].text.lower() not in STOP and not re.search(r"[^\w\s'\u2019-]", an.text[d.end:after[k].start]):
            return after[k]
    return None


def _measures_a_thing(an, d: Claim) -> bool:
    """A counted duration that measures a named thing: "a ten-day festival", "a 48-hour
    strike" (written before its noun) or "11 years as mayor"; not "the year", "a year", an
    age ("77-year-old") or a bare "five years"."""
    if not re.search(r"\d", d.text) and not NUMBER_WORDS & {w.lower() for w in re.split(r"[\s-]+", d.text)}:
        return False
    if d.text.lower().endswith("-old") or an.words_after(d.end, 1)[:1] and an.words_after(d.end, 1)[0].text.lower() == "old":
        return False
    after = [t.text.lower() for t in an.words_after(d.end, 1)]
    return bool((d.attrs or {}).get("adjectival")) or after == ["as"]


#: The range must follow what the duration measures closely: "festival runs from" (two words
#: between), "lease, which began in 2010, runs until" (four to the opening date).
RANGE_REACH = 5
#: A possessed duration ("his 12 years") takes the one range of the sentence before when it
#: opens within this many words of that sentence's start ("Ana Ruiz was elected mayor in 2009":
#: six words before the opening date)
OWNED_RANGE_REACH = 10
_OWNERS = THIRD_PERSON_POSSESSIVES


def _possessed(an, d: Claim) -> bool:
    """A counted duration owned by a possessive ("his 12 years at city hall", "during her
    eight years in charge", "its ten years in force"): the span of its owner's tenure or
    existence, which the sentence before may date. Not one that names its post after "as"
    ("her nine years as editor"): that post must be named where the range is."""
    before = an.words_before(d.start, 1)
    if not before or before[0].lower not in _OWNERS:
        return False
    if [t.lower for t in an.words_after(d.end, 1)] == ["as"]:
        return False  # "her nine years as editor" names the post itself: only that name may link it
    return bool(re.search(r"\d", d.text) or NUMBER_WORDS & {w.lower() for w in re.split(r"[\s-]+", d.text)}) \
        and not (d.attrs or {}).get("adjectival") and not d.text.lower().endswith("-old")


def _between_pairs(an, dates: list[Claim]) -> dict[str, str]:
    """"between 1971 and 1989": the date after "between" opens a range that the next date,
    right after "and", closes (opening id -> closing id)."""
    out = {}
    for x, y in zip(dates, dates[1:]):
        before = an.words_before(x.start, 1)
        if before and before[0].lower == "between" and [w.lower for w in an.words_in(x.end, y.start)] == ["and"]:
            out[x.id] = y.id
    return out


def _appositive_range(claims: ClaimSet, an, d: Claim, here, events):
    """A duration in apposition right after the range it renames ("The survey ran from 2 March
    2022 to 29 July 2023, a 14-month effort"): the one range of the sentence before the comma,
    its closing date the last thing before ", a"."""
    before = an.words_before(d.start, 1)
    after = an.words_after(d.end, 1)
    if after and after[0].lower in _OFFSET_AFTER:
        return None  # "to 12 July, two days after the vote": an offset, not the range's length
    if before and before[0].lower in ("a", "an") and _comma_before(an.text, before[0].start):
        at = before[0].start
    elif _comma_before(an.text, d.start) and _counted(d):
        at = d.start  # "from 4 to 12 July, nine days of music"
    else:
        return None
    span = _range_in(claims, an, here.start, here.start, at, d, events,
                     reach=len(an.words_in(here.start, at)), between=True)
    if span is None or an.words_in(span[1][0].end, at):
        return None
    return span


#: The most words between a duration and the bracket that gives its range: "nine months of
#: heavy rain (" (three: "of heavy rain").
BRACKET_REACH = 4
#: the words up to a bracket, within one clause
_TO_BRACKET = re.compile(r"[^.;:,()\n]*?\(")


def _bracketed_range(claims: ClaimSet, an, d: Claim, here):
    """A range in brackets right after a counted duration and the words it measures ("ten
    weeks of drought (June to August)", "a 12-day stoppage (from 3 to 14 May)"): the
    bracket renames the span, so its two dates, the first opening (no signal, "from",
    "between") and the second closing ("to", "until", "through"), are its ends. At most
    BRACKET_REACH words before the bracket, none after a comma or another clause's word."""
    if not _counted(d):
        return None
    m = _TO_BRACKET.match(an.text, d.end, here.end)
    if m is None or len(an.words_in(d.end, m.end())) > BRACKET_REACH:
        return None
    close = an.text.find(")", m.end(), here.end)
    if close < 0:
        return None
    dates = [c for c in claims.within("time", m.end(), close) if c.timex is not None and c.timex.type in ("DATE", "TIME")
             and c.timex.earliest is not None and c.timex.latest is not None]
    if len(dates) != 2 or (dates[0].attrs or {}).get("signal") not in (None, *_OPENS, "between") \
            or (dates[1].attrs or {}).get("signal") not in _CLOSES | {"and"}:
        return None
    sv, ev = _day(dates[0]), _day(dates[1])
    return None if ev[1] < sv[0] else ((dates[0], sv), (dates[1], ev))


_DIGIT = re.compile(r"\d")
_SPACES_OR_HYPHENS = re.compile(r"[\s-]+")


def _counted(d: Claim) -> bool:
    """A duration told with a number ("nine days", "14-month"), not "a year" or "weeks"."""
    return bool(_DIGIT.search(d.text) or NUMBER_WORDS & {w.lower() for w in _SPACES_OR_HYPHENS.split(d.text)})


HAPPENING_NOUNS = frozenset(load("events")["happening_nouns"]["words"])


def _definite_happening(an, d: Claim) -> bool:
    """"the ten-month exercise": a definite adjectival duration before a noun for any
    happening (events.json happening_nouns)."""
    before, after = an.words_before(d.start, 1), an.words_after(d.end, 1)
    return bool(before and after and (d.attrs or {}).get("adjectival")) and before[0].lower in _DEFINITE \
        and after[0].lower in HAPPENING_NOUNS


def _renamed_by_pronoun(an, d: Claim, here) -> bool:
    """"It is a twelve-day event" after "The festival runs from 4 to 12 July": a pronoun
    subject, a copula and an adjectival duration before a noun for a happening (events.json
    happening_nouns; not "It is a two-day drive from the capital") rename the sentence before's
    thing, whose one range it measures."""
    words = an.words_in(here.start, d.start)
    after = an.words_after(d.end, 1)
    return len(words) == 3 and words[0].text in ("It", "This") and words[1].lower in ("is", "was") \
        and words[2].lower in ("a", "an") and bool((d.attrs or {}).get("adjectival")) \
        and bool(after) and after[0].lower in HAPPENING_NOUNS


def _comma_before(text: str, i: int) -> bool:
    """Whether a comma stands right before position ``i``, spaces apart (no copy of the text)."""
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i > 0 and text[i - 1] == ","


def _timed_by_class(claims: ClaimSet) -> tuple[set, set]:
    """The times the article's start events date, and those its end events date: asked of each
    range a duration may be measured against, built once an article."""
    events = claims.of_kind("event")
    return ({e.attrs.get("time") for e in events if e.attrs.get("class") == "start"},
            {e.attrs.get("time") for e in events if e.attrs.get("class") == "end"})


def _range_in(claims: ClaimSet, an, head: int, a: int, b: int, d: Claim, events, reach: int = RANGE_REACH,
              between: bool = False):
    """The one range in [a, b) that opens within RANGE_REACH words after ``head`` (the end of
    the duration's noun phrase, or of the neighbouring sentence's word for the same thing):
    its opening and closing dates with their intervals."""
    starts_of, ends_of = claims.derived(_timed_by_class)
    dates = [c for c in claims.within("time", a, b) if c.id != d.id and c.timex is not None
             and c.timex.type in ("DATE", "TIME") and c.timex.earliest is not None and c.timex.latest is not None]
    # "between 1971 and 1989" only in the duration's own sentence ("The 30-year lease ran between
    # ..."): elsewhere it is as often the window of other events ("issues maturing between ...")
    between = _between_pairs(an, dates) if between else {}
    opens = [c for c in dates if (c.attrs or {}).get("signal") in _OPENS or c.id in starts_of or c.id in between]
    # "began on 2 June and ended on 6 June": an end event's date closes the span its start opened
    closes = [c for c in dates if (c.attrs or {}).get("signal") in _CLOSES or (opens and c.id in ends_of and c not in opens)
              or c.id in between.values()]  # "will shut from Wednesday": the date that opens the range closes nothing
    if not opens and len(closes) == 1 and (closes[0].attrs or {}).get("signal") in _UNTIL:
        # "was elected mayor in 2006 and served until 2014": the one dated event before "until",
        # its clause joined to the "until" clause by "and", begins the state that lasts until
        # then; an end ("due to expire this July 24, was extended until") begins nothing
        dated = {e.attrs.get("time") for e in claims.within("event", a, b) if e.attrs.get("class") != "end"}
        before = [c for c in dates if c.end <= closes[0].start and c.id in dated]
        opens = before if len(before) == 1 and _JOINED_BY_AND.fullmatch(
            " ".join(w.text.lower() for w in an.words_in(before[0].end, closes[0].start))) else []
    if len(opens) != 1 or len(closes) != 1 or closes[0].start < opens[0].start or opens[0].start < head \
            or an.words_between(head, opens[0].start) > reach:
        return None
    s, e = opens[0], closes[0]
    sv, ev = _day(s), _day(e)
    if ev[1] < sv[0]:
        return None
    return (s, sv), (e, ev)


def _moment(c: Claim) -> datetime | None:
    """A time of day on a written day ("6 a.m. on Tuesday, 14 May"), else None."""
    x = c.timex
    if x.type != "TIME" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", x.value or ""):
        return None
    return datetime.fromisoformat(x.value)


def _day(c: Claim):
    """A date's interval; a day and month without a year is its written day (read in the
    story's year, as the other end of its range is)."""
    x = c.timex
    if x.resolution == "dct" and re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:T.*)?", x.value or ""):
        day = date.fromisoformat(x.value[:10])
        return day, day
    return x.earliest, x.latest


MESSAGE_WITHIN = ("\u201c{end_word} within {stated} of {start_word}\u201d: from {start} to {end} is {elapsed}, "
                  "more than {stated} allows")
#: "closed within a decade of opening" allows at most this many times the stated span: round
#: figures are loose ("within a decade" of eleven years passes), seventeen years is not.
WITHIN_SLACK = 1.5
_LAST = load("events")["last_occurrence"]
_LAST_BEFORE, _LAST_NOUNS = frozenset(_LAST["before"]), frozenset(_LAST["nouns"])
#: The farthest (in words) the date may stand from "the last shift" in its sentence: "The last
#: shift at the pit was worked in March 2004" (six words between).
LAST_REACH = 8


def _within_of_start(claims: ClaimSet, d: Claim, events, times):
    """"The mine, which opened in 1990, closed inside ten years of opening": an end verb, then
    "within <duration> of" a start word whose event its sentence dates; the end is dated in
    another sentence, by the one dated event of the same end verb there (a warning: most likely,
    not surely, the same thing's end), or else
    by the one "last <occurrence>" the article dates ("the last shift ... was worked in March
    2004": a reading, so info). The span must fit WITHIN_SLACK times the duration."""
    an = analyse(claims.article.text)
    if (d.attrs or {}).get("signal") != "within":
        return
    before = an.words_before(d.start, 2)
    if len(before) < 2 or before[-1].lower != "within" or VERBS.get(before[-2].lower) not in END:
        return
    end_lemma = VERBS[before[-2].lower]
    after = [w.lower for w in an.words_after(d.end, 3)]
    if not after or after[0] != "of":
        return
    start_word = next((w for w in after[1:] if w not in STOP), "")
    start_lemma = VERBS.get(start_word) or NOUNS.get(start_word)
    if start_lemma not in START:
        return
    here = an.sentence_at(d.start)
    starts = {_day(times[e.attrs["time"]]) for e in events if e.attrs.get("lemma") == start_lemma
              and here.start <= e.start < here.end and e.attrs.get("time") in times}
    if len(starts) != 1 or None in starts:
        return
    ends = [times[e.attrs["time"]] for e in events if e.attrs.get("lemma") == end_lemma and not e.attrs.get("mention")
            and not here.start <= e.start < here.end and e.attrs.get("time") in times]
    severity = Severity.WARNING  # the same end verb elsewhere: most likely the same thing's end
    if not ends:
        ends, severity = _last_occurrences(an, claims, here), Severity.INFO
    found = {_day(c) for c in ends}
    if len(found) != 1 or None in found:
        return
    (s_lo, s_hi), (e_lo, e_hi) = starts.pop(), found.pop()
    stated = cal.duration_days(d.timex.value)
    if stated is None or e_hi < s_lo:
        return
    least = (e_lo - s_hi).days
    if least <= WITHIN_SLACK * stated[1]:
        return
    end = ends[0]
    finding = Finding(
        MESSAGE_WITHIN.format(end_word=before[-2].text, stated=d.text, start_word=" ".join(after[1:after.index(start_word) + 1]),
                              start=span_words(s_lo, s_hi), end=span_words(e_lo, e_hi),
                              elapsed=elapsed_words(least, (e_hi - s_lo).days, duration_unit(d.timex.value))),
        d.start, d.end,
        related=[Related(end.start, end.end, f"the end: {span_words(e_lo, e_hi)}")],
        evidence=[f"the start: {span_words(s_lo, s_hi)}, dated in the same sentence",
                  f"the end: \u201c{end.text}\u201d, " + ("the one end of this kind the article dates"
                                                            if severity is Severity.WARNING
                                                            else "the one \u201clast\u201d occurrence the article dates"),
                  f"\u201cwithin {d.text}\u201d allows at most {WITHIN_SLACK:g} times {d.text}"])
    finding.severity = severity
    yield finding


def _last_occurrences(an, claims: ClaimSet, here) -> list[Claim]:
    """Dates of "the last shift", "the final train" (events.json last_occurrence) in other
    sentences than ``here``, within LAST_REACH words of the phrase in its sentence."""
    out = []
    for t in claims.of_kind("time"):
        if t.timex is None or t.timex.type != "DATE" or here.start <= t.start < here.end:
            continue
        s = an.sentence_at(t.start)
        words = an.words_in(s.start, s.end)
        for k in range(len(words) - 1):
            if words[k].lower in _LAST_BEFORE and words[k + 1].lower in _LAST_NOUNS \
                    and an.words_between(words[k + 1].end, t.start) <= LAST_REACH and words[k + 1].end <= t.start:
                out.append(t)
                break
    return out


#: Units finer than a day: a duration told in them runs from a moment of its first day to a
#: moment of its last ("a 48-hour strike from Monday evening to Wednesday morning").
_CLOCK_UNITS = frozenset({"H", "TM", "S"})


def elapsed_days(start, end, d: Claim) -> tuple[int, int]:
    """The days from the interval ``start`` to the interval ``end`` as the duration ``d`` counts
    them. Told in hours, a moment on day A to a moment on day B: at least B - A - 1 whole days,
    at most B - A + 1. Told in days or longer, each end is a whole day the writer counts from
    or through: B - A elapsed, or B - A + 1 with both ends counted ("a five-day fair from
    Monday to Friday"; 3 to 9 May is six or seven days, never five)."""
    slack = 1 if duration_unit(d.timex.value) in _CLOCK_UNITS else 0
    return max(0, (end[0] - start[1]).days - slack), (end[1] - start[0]).days + 1


def _miss(lo: float, hi: float, allowed: tuple[float, float | None]) -> float:
    """How many days an elapsed time in [lo, hi] falls outside the allowed range."""
    a_lo, a_hi = allowed
    return max(0.0, a_lo - hi, (lo - a_hi) if a_hi is not None else 0.0)


def _conflicts(lo: float, hi: float, allowed: tuple[float, float | None]) -> bool:
    """True only when no elapsed time in [lo, hi] fits the allowed range."""
    a_lo, a_hi = allowed
    return hi < a_lo or (a_hi is not None and lo > a_hi)


_CALENDAR_COUNT = re.compile(r"P(\d+(?:\.\d+)?)([MY])")


def _counted_from(d: Claim, sv, allowed: tuple[float, float | None]) -> tuple[float, float | None]:
    """The allowed days of a duration told in months or years, counted on the calendar from
    its start ``sv`` (calendar.delta, relativedelta): "14 months" (at most 15 by its wording)
    from some day of February 2025 ends by some day of May 2026, 454 days at most from 28
    February, not the 465 of fifteen 31-day months. The bounds only ever tighten: a wording
    in weeks or days, or a bound in another unit, keeps ``allowed``."""
    t = d.timex
    if t is None or not _CALENDAR_COUNT.fullmatch(t.value or ""):
        return allowed
    a_lo, a_hi = allowed
    low, high = _CALENDAR_COUNT.fullmatch(t.low or t.value), _CALENDAR_COUNT.fullmatch(t.high or t.value)
    unit = {"M": "MO", "Y": "Y"}
    if low is not None and a_lo is not None:
        a_lo = max(a_lo, ((sv[0] + cal.delta(float(low.group(1)), unit[low.group(2)])) - sv[0]).days)
    if high is not None and a_hi is not None:
        a_hi = min(a_hi, ((sv[1] + cal.delta(float(high.group(1)), unit[high.group(2)])) - sv[1]).days)
    return a_lo, a_hi


def _stated(d: Claim) -> str:
    text = d.text
    for lead in ("the past ", "the last ", "the previous ", "the next "):
        if text.lower().startswith(lead):
            return text[len(lead):]
    return text


def _allowed_words(t) -> str:
    """The tolerance of a stated duration in its own words: "9.5 to 11 years"."""
    unit = duration_unit(t.value)
    name = UNITS.get(unit, ("day", 1.0))[0]
    number = re.compile(r"\d+(?:\.\d+)?")
    lo = number.search(t.low or t.value).group()
    if t.high is None:
        return f"at least {lo} {name}s" if t.mod in ("MORE_THAN", "EQUAL_OR_MORE") else f"{lo} {name}s"
    return f"{lo} to {number.search(t.high).group()} {name}s"


EXAMPLES = (
    flags("The two-day folk festival returns to the park this summer.\n\nThe stages will open as follows:\n\n"
          "- Friday 6 June: local bands\n- Saturday 7 June: touring acts\n- Sunday 8 June: finale\n",
          published="2025-05-20",
          note="info: a dated list (lines dated by their labels, after a line ending with a colon) runs over "
               "three listed days; the length of a thing told nearest before it is two"),
    passes("The three-day folk festival returns to the park this summer.\n\nThe stages will open as follows:\n\n"
           "- Friday 6 June: local bands\n- Saturday 7 June: touring acts\n- Sunday 8 June: finale\n",
           published="2025-05-20"),
    flags("The two-day folk festival returns to the park this summer.\n\n"
          "- Friday 6 June: local bands\n- Saturday 7 June: touring acts\n- Sunday 8 June: finale\n",
          published="2025-05-20", note="info: with no line introducing the dates the layout reading reads no "
          "list, but three dated bullet lines are the span of the one event the headline names (LIST_ITEMS)"),
    flags("The 6-month dredging of the canal cost less than planned, the trust said.\n\nThe trust's timeline:\n\n"
          "- March 2024: dredgers arrive\n- July 2024: eastern basin cleared\n- January 2025: canal reopens\n",
          published="2025-05-20", note="info: a timeline of months runs ten months or more"),
    passes("The 10-month dredging of the canal cost less than planned, the trust said.\n\nThe trust's timeline:\n\n"
           "- March 2024: dredgers arrive\n- July 2024: eastern basin cleared\n- January 2025: canal reopens\n",
           published="2025-05-20"),
    flags("The museum opened in 1990. The museum was founded in 1995, a plaque says. The museum has been in "
          "operation for 40 years.", published="2024-03-01",
          note="info: two starts of it that disagree; the span conflicts from each, both shown"),
    passes("The museum opened in 1990. The museum was founded in 1995, a plaque says. The museum has been in "
           "operation for 33 years.", published="2024-03-01"),
    flags("The port blockade lasted six days. It began on 10 May and ended on 22 May.", published="2025-05-28",
          note="warning: the start and end told right after, of the pronoun for the thing that lasted"),
    passes("The port blockade lasted 12 days. It began on 10 May and ended on 22 May.", published="2025-05-28"),
    flags("The city has finished the 30-month paving scheme that began in October 2023.", published="2025-11-20",
          note="warning: a span told as ended runs at most from its start to the publication date"),
    passes("The city has finished the 24-month paving scheme that began in October 2023.", published="2025-11-20"),
    flags("Port chief Kofi Mensah-Adjei will retire on 30 June after twelve years in charge. He has run the "
          "authority since 2017.", published="2025-06-10",
          note="warning: a sentence opening with a pronoun goes on with the last person named"),
    passes("Port chief Kofi Mensah-Adjei will retire on 30 June after eight years in charge. He has run the "
           "authority since 2017.", published="2025-06-10"),
    flags("The chair of the city choir will stand down in March after twelve years in post. Dr Ines Moll has "
          "chaired the choir since 2019.", published="2025-11-08",
          note="warning: the next sentence's holding verb holds the post the lead names, of the same body"),
    passes("The chair of the city choir will stand down in March after seven years in post. Dr Ines Moll has "
           "chaired the choir since 2019.", published="2025-11-08"),
    flags("Ingrid Lind, who has headed the museum for the past decade, is leaving. She joined the museum in "
          "2012 and was named director in 2019.", published="2025-09-03",
          note="warning: a holding is started by the post's start, not by the joining of the place"),
    passes("Ingrid Lind, who has headed the museum for the past six years, is leaving. She joined the museum "
           "in 2012 and was named director in 2019.", published="2025-09-03"),
    flags("Paul Okoro will not stand again, ending eleven years at the helm. Okoro has led the college since "
          "2021.", published="2025-11-20",
          note="info: a stay ending ahead on no date would have to run on years past publication"),
    passes("Paul Okoro will not stand again, ending five years at the helm. Okoro has led the college since "
           "2021.", published="2025-11-20"),
    flags("The inquest, which opened on 2 June and ended with a narrative verdict on 13 June, lasted nearly two "
          "months.", published="2025-07-01",
          note="the end word 'ended' stands in the clause of the verdict's date: the span's end"),
    passes("The inquest, which opened on 2 June and ended with a narrative verdict on 13 June, lasted 12 days.",
           published="2025-07-01"),
    flags("Nadia Rahm, who has coached the rowing club since March 2017, will retire in the spring. Rahm says "
          "she goes after 12 years at the helm.", published="2025-10-02",
          note="warning: a post held 'since' a date starts the stay told of the same person"),
    passes("Nadia Rahm, who has coached the rowing club since March 2017, will retire in the spring. Rahm says "
           "she goes after eight years at the helm.", published="2025-10-02"),
    flags("Work on the harbour wall began in September 2023 and the final concrete blocks were lowered in June "
          "2025. The eight-month project shields the fleet.", published="2025-07-07",
          note="info: the job's end read from its last part ('and the final ...', work_nouns final_part)"),
    passes("Construction of the tram depot started in May 2023, and the last tracks were laid in October 2024. "
           "The 17-month project came in under budget.", published="2024-11-11"),
    passes("Work on the harbour wall began in September 2023 and engineers checked the site in June 2025. The "
           "eight-month project shields the fleet.", published="2025-07-07",
           note="a later date of the work's sentence that tells no end and no last part ends nothing"),
    flags("The ferry entered the dry dock on 6 January and came out on 3 February after six weeks of hull "
          "repairs.", published="2025-02-20", note="info: 'entered' starts a stay (span_ends start_words)"),
    passes("The ferry entered the dry dock on 6 January and came out on 3 February after four weeks of hull "
           "repairs.", published="2025-02-20"),
    passes("The bakery, founded in 1952, has been bought by the baker who has kneaded its dough for the past 15 "
           "years. \"Now my name is above the door,\" she said.", published="2024-08-01",
           note="'now' dates a state told of the present, not when a post began"),
    flags("Ines Moreau took the job of harbour master in 2019. She has run the harbour for the past twelve "
          "years, she said.", published="2025-05-01",
          note="info, a reading by nearness: the nearest start of a hold, to the publication date"),
    passes("The fish market opened in 1990. Traders have sold fresh fish there for the past ten years, the "
           "council said.", published="2025-05-01",
           note="a start of a thing's life: an activity may have begun later"),
    flags("The ferry was out of service from 3 March to 6 April. Islanders said the two-week gap had hurt "
          "the shops.", published="2025-04-20",
          note="info, a reading by nearness: the range in the sentence before"),
    passes("The ferry was out of service from 3 March to 6 April. Crews painted the hull. Islanders said a "
           "two-week gap had hurt the shops.", published="2025-04-20",
           note="an indefinite span reads no range two sentences away"),
    flags("Dock workers went back on Monday, 27 October, ending four weeks of disruption. Members first "
          "walked out on 1 September.", published="2025-10-28",
          note="info, a reading by nearness: a span ended in its sentence, from the nearest start"),
    passes("The poet was appointed in 2001 and left in 2025. He lectured for 30 years before turning "
           "to poetry.", published="2025-06-02", note="a span before another event: the gap to it"),
    flags("The port authority has signed a five-year lease with the ferry firm, keeping its ships at the quay "
          "until March 2027.", published="2025-05-06",
          note="info, a reading: a lease signed now cannot run five years to March 2027"),
    passes("The port authority has extended its five-year lease with the ferry firm, keeping its ships at the "
           "quay until March 2027.", published="2025-05-06"),
    flags("Readers are back in the library after nine weeks of rewiring. The library closed on 2 June after "
          "a fault. It reopened on 20 June.", published="2025-07-01",
          note="info, a reading by words: the reopening ends what the closing began; 'It' is the library"),
    passes("Readers are back in the library after three weeks of rewiring. The library closed on 2 June after "
           "a fault. It reopened on 20 June.", published="2025-07-01"),
    flags("Mr Varga has chaired the dairy cooperative since 2021. Having chaired the cooperative for the past "
          "nine years, Varga said the drought was the worst.", published="2025-10-02",
          note="info, a reading by words: the chairing starts at the date after 'since'"),
    passes("Mr Varga has chaired the dairy cooperative since 2016. Having chaired the cooperative for the past "
           "nine years, Varga said the drought was the worst.", published="2025-10-02"),
    flags("Dock workers went back on Monday after three weeks locked out. The lockout began on 2 March over "
          "shift patterns.", published="2025-04-15",
          note="info, a reading by words: 'locked' and 'lockout' are one stem; the end is the sentence's date"),
    passes("Dock workers went back on Monday after six weeks locked out. The lockout began on 2 March over "
           "shift patterns.", published="2025-04-15"),
    flags("Work on the pier began in March 2024. The council said the 20-month scheme had been overdue. The "
          "pier reopened on 1 April 2025 with a new deck.", published="2025-04-03",
          note="info: the scheme is a job of work; its end is the end of what the start's words name (the pier)"),
    passes("Work on the pier began in March 2024. The council said the 13-month scheme had been overdue. The "
           "pier reopened on 1 April 2025 with a new deck.", published="2025-04-03"),
    flags("The 14-month library rebuild, which started in March 2023 and ended in August 2024, cost $4 million.",
          published="2024-09-01", note="months counted on the calendar from the start: at least 16 months "
                                       "and some days"),
    passes("The 16-month library rebuild, which started in March 2023 and ended in August 2024, cost $4 million.",
           published="2024-09-01"),
    flags("KISUMU, 30 June 2025 - Dockers called off the stoppage after seven weeks. The stoppage, which "
          "began on 9 June, was halted on 27 June.", published="2025-06-30",
          note="a bare 'after seven weeks' measures the event an ending verb takes as its object"),
    passes("KISUMU, 30 June 2025 - Dockers resumed the talks after seven weeks. The talks, which began "
           "on 9 June, were halted on 27 June.", published="2025-06-30",
           note="a verb that does not end its object: the seven weeks are the gap before"),
    flags("A five-week strike at the glassworks ended on Friday. Its furnace crews walked out on 4 August.",
          published="2025-10-20", note="a duration in the subject of an ending verb runs to that verb's date "
                                       "from the start told elsewhere (the strike's: 'walked out')"),
    passes("A five-week strike at the glassworks ended on Friday. Its furnace crews walked out on 12 September.",
           published="2025-10-20"),
    flags("Goalkeeping coach Ivo Brandt has gone, closing a stint in charge which started in 2021. In his ten "
          "years in charge, the club won one cup.", published="2026-01-15",
          note="a start verb after a tenure noun starts the time in the post"),
    passes("Goalkeeping coach Ivo Brandt has gone, closing a stint in charge which started in 2016. In his ten "
           "years in charge, the club won one cup.", published="2026-01-15"),
    flags("The Dunmore footbridge reopened on Monday, ending eight months of refurbishment. Repairs began in "
          "October 2024.", published="2025-09-15",
          note="a job of work under two of its names: eleven months from its start"),
    passes("The Dunmore footbridge reopened on Monday, ending eleven months of refurbishment. Repairs began in "
           "October 2024.", published="2025-09-15"),
    flags("The club hired Dario Venn as manager in May 2021. Venn, who has run the side for the past eight "
          "years, was sacked on Sunday.", published="2025-10-06",
          note="a hiring starts a post: at most four and a half years"),
    passes("The club hired Dario Venn as manager in May 2021. Venn, who has run the side for the past four "
           "years, was sacked on Sunday.", published="2025-10-06"),
    flags("Hana Ostrow took charge of Millbeck Academy in April 2020. Mrs Ostrow said her eight years at the "
          "academy had flown by.", published="2025-07-11",
          note="a possessive's time at a place told before, from the start of the person named"),
    passes("Hana Ostrow took charge of Millbeck Academy in April 2020. Mr Abara said his eight years at the "
           "academy had flown by.", published="2025-07-11",
           note="another person's time at the place: her start does not measure it"),
    flags("Rosa Hale was elected governor in November 2024. Governor Hale has passed most of her bills in her "
          "three years in office.", published="2025-04-03",
          note="a start told of the person: at most five months in office"),
    passes("The Liberals won a majority in the assembly in the November 2024 election. Governor Rosa Hale passed "
           "most of her bills in her first three years in office.", published="2025-04-03",
           note="an event noun told of other participants (the Liberals' election) starts their time, not hers"),
    flags("Kofi Mensah was appointed head of the orchestra in May 2016. Mensah will retire in July after 15 years "
          "in charge.", published="2025-08-20",
          note="a time in a post measured to the end its sentence dates (a warning)"),
    passes("Kofi Mensah was appointed head of the orchestra in May 2016. Mensah will retire in July after nine "
           "years in charge.", published="2025-08-20"),
    flags("Priya Nair joined Halden Foods in 1995 as a clerk. Nair will retire at the end of the year after 20 "
          "years with the company.", published="2025-08-20",
          note="a stay too short for its joining and its dated end (a warning)"),
    flags("Porters went on strike on 21 April. They returned on Monday after a six-week strike.",
          published="2025-05-14", note="a start told by a verb of several words: 21 April to 12 May is three weeks"),
    passes("Porters went on strike on 21 April. They returned on Monday after a three-week strike.",
           published="2025-05-14"),
    flags("The museum has reopened after ten weeks, having been shut on 21 April. It reopened on 12 May.",
          published="2025-05-14", note="a bare duration after a verb that ends a state (ends_state), its end dated in "
                                       "another sentence: a warning"),
    passes("The museum has reopened after three weeks, having been shut on 21 April. It reopened on 12 May.",
           published="2025-05-14"),
    flags("Established in 1990, the Harbour Trust sings weekly. Members say the trust is thriving. The 12-year-old "
          "trust will tour.", published="2026-02-02",
          note="info: the only dated start of a life, read as the trust's, a noun the article keeps naming "
               "(SOLE_LIFE_MENTIONS)"),
    passes("The museum opened in 1961 and the gallery opened in 1999. The 40-year-old building needs a roof.",
           published="2026-02-02", note="two starts of a life: which one is the building's is not told"),
    flags("The tunnel reopened on 2 August, ending a three-week closure. It was closed on 8 June after a flood.",
          published="2019-08-24", note="'ending' a span at the sentence's dated event; 'closed' begins the closure"),
    passes("The tunnel reopened on 2 August, ending an eight-week closure. It was closed on 8 June after a flood.",
           published="2019-08-24"),
    flags("Okafor was chair of the board from 2003 to 2011. She later taught law. Students loved her. "
          "In her 12 years as chair, the firm doubled.", published="2025-06-10",
          note="a duration naming its post after 'as' takes the one range naming it (DEFINITE_REACH_SENTENCES)"),
    passes("Lopez was coach from 2010 to 2014. She was coach again from 2016 to 2019. Fans cheered. "
           "In her ten years as coach, the team won twice.", published="2025-06-10",
           note="two ranges name the post: which one is not told"),
    flags("The trial, which began on 3 March and ended on 14 March, lasted five weeks.", published="2025-06-12",
          note="a lasting verb after the span's start and end"),
    passes("The trial, which began on 3 March and ended on 14 March, lasted 12 days.", published="2025-06-12"),
    flags("Reyes served as coach from 2010 to 2013. He was coach for nine years.", published="2025-06-12",
          note="a state's length against the range of the sentence naming it"),
    passes("Reyes served as coach from 2010 to 2013. He was assistant coach for nine years.", published="2025-06-12",
           note="another state: not every word of it is named with the range"),
    flags("The bridge has been closed since 3 May, some three months.", published="2025-06-12",
          note="the time since a date, told with it"),
    passes("The bridge has been closed since 3 May, about six weeks.", published="2025-06-12"),
    flags("Set up in 2009, the trust has spent the past 30 years restoring canals.", published="2025-06-12",
          note="an activity of a thing is no longer than the thing has existed"),
    passes("Set up in 2009, the trust has spent the past ten years restoring canals.", published="2025-06-12",
           note="shorter is fine: the activity may have begun later"),
    flags("He spent 25 years at the paper, joining in 2010.", published="2025-06-12",
          note="a stay against its start told by a word before its date (a warning)"),
    passes("He spent 15 years at the paper, joining in 2010.", published="2025-06-12"),
    flags("The four-day stoppage started on 3 May and ended on 9 May.", published="2025-11-01",
          note="told in days, each end is a whole day: 3 to 9 May is six or seven days"),
    passes("The four-day stoppage started on 3 May and ended on 6 May.", published="2025-11-01",
           note="three days elapsed, four with both ends counted"),
    flags("Ana Ruiz was appointed director of the library in September 1994. During her 22 years as "
          "director, the service opened four branches.", published="2013-05-14",
          note="a time in a post longer than since the post's start (a warning)"),
    passes("Ana Ruiz was appointed director of the library in September 1994. During her 18 years as "
           "director, the service opened four branches.", published="2013-05-14",
           note="the time in the post fits"),
    flags("The audit ran from 3 May 2021 to 30 September 2022, a ten-month review of every branch.",
          published="2024-01-10", note="a duration in apposition renames the range before it: 17 months"),
    passes("The audit ran from 3 May 2021 to 30 September 2022, a 17-month review of every branch.",
           published="2024-01-10", note="the range and its appositive agree"),
    passes("The audit ran from 3 May 2021 to 30 September 2022 in Leeds, a ten-month review of one branch.",
           published="2024-01-10", note="the range does not end at the comma: the appositive may rename another thing"),
    flags("The stoppage began on Monday, June 2, and ended on Friday, June 6. Organisers said the nine-day "
          "stoppage had cost members dearly.", published="2025-06-10",
          note="a start event and an end event of one sentence give the range the next sentence measures"),
    passes("The stoppage began on Monday, June 2, and ended on Friday, June 6. Organisers said the five-day "
           "stoppage had cost members dearly.", published="2025-06-10"),
    flags("The stoppage began on Monday, June 2, and ended on Friday, June 6. About 900 drivers took part. Few "
          "buses ran. The union said the nine-day stoppage had cost members dearly.", published="2025-06-10",
          note="a definite duration points back to the one range of its kind (DEFINITE_REACH_SENTENCES)"),
    passes("The stoppage began on Monday, June 2, and ended on Friday, June 6. About 900 drivers took part. Few "
           "buses ran. The union said a nine-day stoppage would cost members dearly.", published="2025-06-10",
           note="'a nine-day stoppage' may be another one"),
    flags("Reed was elected mayor in 2006 and served until 2014. In his 11 years as mayor, he rebuilt the harbour.",
          published="2025-06-10", note="the one dated event before 'until' begins the state that lasts until then"),
    passes("Reed was elected mayor in 2006 and served until 2014. In his eight years as mayor, he rebuilt the "
           "harbour.", published="2025-06-10"),
    flags("The mine, which opened in 1990, closed within a decade of opening. The last shift at the mine was "
          "worked in May 2008.", published="2024-01-10",
          note="info: the last shift dates the closing; 1990 to May 2008 is more than WITHIN_SLACK times a decade"),
    passes("The mine, which opened in 1990, closed within a decade of opening. The last shift at the mine was "
           "worked in May 1999.", published="2024-01-10"),
    flags("Founded in 2001, the agency has been in operation for the past thirty years.",
          published="2024-04-21", note="2001 to April 2024 is 22 to 23 years, not thirty"),
    passes("Founded in 2001, the agency has been in operation for the past 23 years.",
           published="2024-04-21"),
    flags("Founded in 2004 by two teachers, the choir sings at weddings. The choir has existed for the past "
          "30 years.", published="2025-11-10", note="a fronted participle dates the main clause's subject"),
    passes("Founded in 2004 by two teachers, the choir sings at weddings. The choir has existed for the past "
           "21 years.", published="2025-11-10"),
    flags("Founded in 1999, the charity marks its 20th anniversary on Friday.", published="2025-06-26",
          note="the 20th anniversary of 1999 fell in 2019"),
    passes("Founded in 1999, the charity marks its 25th anniversary on Friday.", published="2025-06-26",
           note="2024: within ANNIVERSARY_SLACK_YEARS of 2025"),
    flags("The theatre, which opened in 1985, is 30 years old.", published="2025-06-26",
          note="the age of a thing is a span up to now from the start of its life"),
    passes("The bakery opened in 1985 and its 10-year-old oven still works.", published="2025-06-26",
           note="the oven's age, not the bakery's"),
    flags("Tom Reyes led the union from 1990 to 2002. During his 20 years in charge, membership doubled.",
          published="2025-11-10", note="a possessed duration measures the range of the sentence before"),
    passes("Tom Reyes led the union from 1990 to 2002. During his 12 years in charge, membership doubled.",
           published="2025-11-10"),
    flags("The eight-day fair runs from 3 to 6 May.", published="2023-04-20",
          note="3 to 6 May is three to five days counting whole days either side, not eight"),
    passes("The four-day fair runs from 3 to 6 May.", published="2023-04-20"),
    flags("The 10-year contract, which began in 2012, runs until 2030.", published="2023-04-20",
          note="a start event's date opens the range"),
    flags("She was chair of the board from 2001 to 2005. In her nine years as chair she sold two plants.",
          published="2023-04-20", note="the sentence before, which names what the duration measures (chair)"),
    passes("She was chair of the board from 2001 to 2005. In her nine years as editor she wrote two books.",
           published="2023-04-20", note="the sentence before speaks of something else"),
    passes("The fair returns from 3 to 6 May after a two-year break.", published="2023-04-20",
           note="after a duration: the gap before the event, not its span"),
    flags("The sports hall was closed in March 2022. It reopened on Monday after a two-year closure.",
          published="2023-05-10", note="March 2022 to 8 May 2023 is about 14 months: the closure began when it closed"),
    passes("The sports hall was closed in March 2021. It reopened on Monday after a two-year closure.",
           published="2023-05-10"),
    flags("The trial opened on 2 May. The jury ruled on Friday at the end of a six-week trial.",
          published="2023-05-22", note="2 May to 19 May is under three weeks: the trial's start names it"),
    passes("The trial opened on 2 May. The jury ruled on Friday at the end of a two-week trial.",
           published="2023-05-22"),
    passes("The hall opened on 2 May. It reopened on Monday after a two-year closure.", published="2023-05-22",
           note="the opening names no closure: no start for the span"),
    flags("The rail workers will stage a 36-hour strike. The walkout will run from 8 p.m. on 3 May until 8 p.m. "
          "on 4 May.", published="2023-04-20", note="to the hour: 24 hours"),
    passes("The rail workers will stage a 24-hour strike. The walkout will run from 8 p.m. on 3 May until 8 p.m. "
           "on 4 May.", published="2023-04-20"),
    flags("The nine-month census of the river's otters, which used cameras at 40 sites, ran from March 2023 to "
          "August 2024.", published="2024-10-01",
          note="the duration in the subject: its sentence's one range, however far after it"),
    passes("The nine-month census of the river's otters, which used cameras at 40 sites, ran from March to "
           "November 2023.", published="2024-10-01"),
    passes("The 10-year note carries rights, each of which may be used from June 2024 until May 2026.",
           published="2024-03-01", note="the range is told in a clause about another noun (the rights)"),
    flags("Work on the pier began in May 2023 and was finished in June 2024. The town welcomed visitors back "
          "after a five-month refurbishment.", published="2024-07-01",
          note="a job of work by another of its names (work_nouns), told in a sentence about it: a warning"),
    passes("Work on the pier began in May 2023 and was finished in June 2024. A five-month refurbishment of the "
           "lido would cost more.", published="2024-07-01", note="\u201ca\u201d refurbishment: any one, not the one told"),
    flags("The walkout, which began on 4 March, ended on 29 April after three weeks.", published="2025-05-02",
          note="a start and then an end told before \u201cafter\u201d and the duration"),
    passes("The festival returns from 4 to 9 June after a two-year break.", published="2025-05-02",
           note="a range told by \u201cfrom\u201d and \u201cto\u201d: the duration is the gap before it"),
    flags("He spent four years as head of the museum, from 2009 to 2019.", published="2025-05-02",
          note="the stay a verb states, against its sentence's one range"),
    flags("The ferry was laid up for 20 days between 2 and 9 March.", published="2025-05-02",
          note="a span's length after \u201cfor\u201d, its range right after it"),
    passes("The ferry was laid up on 20 days between 2023 and 2024.", published="2025-05-02",
           note="a count of days within a window, not a span"),
    flags("Harriet Cole, who has chaired the trust for the past decade, will stand down in May. Cole was "
          "first elected chair in 2020.", published="2025-02-03",
          note="\u201cthe past decade\u201d is up to now, whatever the sentence says of the future"),
    flags("Pilots went back on Friday, ending a walkout that lasted 30 days. The walkout began on 3 March.",
          published="2025-03-10", note="a relative clause's lasting verb tells the length of the noun before it"),
    passes("Pilots went back on Friday, ending a walkout that lasted four days. The walkout began on 3 March.",
           published="2025-03-10"),
    flags("Six weeks of floods (1 May to 9 May) closed the valley road.", published="2025-06-02",
          note="a range in brackets right after a duration renames its span"),
    passes("Six weeks of floods (1 May to 12 June) closed the valley road.", published="2025-06-20"),
    flags("The brass band will mark its centenary in June. Formed in 1935, the band has 40 players.",
          published="2025-02-14", note="warning: the anniversary's start told of a word its sentence names"),
    passes("The brass band will mark its centenary in June. Formed in 1925, the band has 40 players.",
           published="2025-02-14"),
    flags("Mr Tomas Reyes took over the shop in 2015. \u201cThirty years in this trade is enough,\u201d he "
          "said.", published="2025-02-14", note="info: a stay in a quotation is the speaker's"),
    passes("Mr Tomas Reyes took over the shop in 2015. \u201cTen years in this trade is enough,\u201d he "
           "said.", published="2025-02-14"),
    flags("Canal reopens after 20 months of dredging\n\nDredging of the canal began in June 2024.",
          published="2025-06-02", note="info: an ending told as done ran no later than the publication date"),
    passes("Canal will reopen after 20 months of dredging\n\nDredging of the canal began in June 2024.",
           published="2025-06-02"),
    # the interval reader's tier (claims/intervals.py)
    flags("Lena Dorn, who was sentenced in May 2014 to ten years for arson, left prison in April 2020 after "
          "serving her full sentence.", published="2020-05-10",
          note="warning: a term set, told as served in full in its own sentence: May 2014 to April 2020 is six years"),
    passes("Lena Dorn, who was sentenced in May 2014 to six years for arson, left prison in April 2020 after "
           "serving her full sentence.", published="2020-05-10"),
    passes("Lena Dorn, who was sentenced in May 2014 to ten years for arson, left prison in April 2020 on "
           "parole.", published="2020-05-10",
           note="a term set is what was set, not what was served: no serving in full, no measure"),
    flags("The fishing lakes reopened after a nine-week drought. The last rain at the reservoir fell on 3 May. "
          "Heavy rain returned on 14 June.", published="2025-06-20",
          note="info: a state of lacking runs from the last dated rain to the next: six weeks"),
    passes("The fishing lakes reopened after a six-week drought. The last rain at the reservoir fell on 3 May. "
           "Heavy rain returned on 14 June.", published="2025-06-20"),
    flags("Four weeks of parking restrictions in the old town ended on Friday, when the council lifted the "
          "traffic order. The order was imposed on 2 March.", published="2025-05-12",
          note="info: the start of what the ending clause ends, dated in another sentence: ten weeks"),
    passes("Ten weeks of parking restrictions in the old town ended on Friday, when the council lifted the "
           "traffic order. The order was imposed on 2 March.", published="2025-05-12"),
    passes("Four weeks of parking restrictions in the old town will end on Friday, when the council lifts the "
           "traffic order. The order was imposed on 2 March.", published="2025-05-12",
           note="a length in a clause told as future is planned, not run"),
    passes("A three-year loan scheme for the harbour ended on Friday, when the council lifted the order. The "
           "order was imposed on 2 March.", published="2025-05-12",
           note="a length set ahead (intervals set_terms: a scheme) is what was set, not what ran"),
    passes("Four weeks of parking restrictions in the old town ended on Friday, when the council lifted the "
           "traffic order. The order was imposed on 2 March. The order was imposed on 2 April, others say.",
           published="2025-05-12", note="starts on two dates: no one start"),
    passes("The seaside towns enjoyed a nine-week sunny spell. The last rain at the reservoir fell on 3 May. "
           "Heavy rain returned on 14 June.", published="2025-06-20",
           note="a spell of something present is no state of lacking"),
    flags("The curfew lasted nine weeks, residents said. The lifting of the curfew on 30 May was welcome. "
          "The imposition of the curfew on 2 May was not.", published="2025-06-20",
          note="info: nouns of starting and ending date the thing after their 'of'; the length, of its clause's subject"),
    passes("The curfew lasted four weeks, residents said. The lifting of the curfew on 30 May was welcome. "
           "The imposition of the curfew on 2 May was not.", published="2025-06-20"),
    flags("Three-week closure of the Quay Street car park ends\n\nDrivers can park again from Monday. The car "
          "park has been shut from 5 May until 16 June for resurfacing.", published="2025-06-13",
          note="info: a range clause gives both ends of the state its verb names (shut: a closure), six weeks"),
    passes("Three-week closure of the Quay Street car park ends\n\nDrivers can park again from Monday. The car "
           "park has been shut from 5 May until 26 May for resurfacing.", published="2025-05-23"),
    flags("Trams returned to the seafront on 20 March, ending a one-week closure of the line caused by a "
          "flood on 1 March.", published="2025-03-21",
          note="warning: a state caused by a dated event starts on its date; the participle ends it on its clause's"),
    passes("Trams returned to the seafront on 20 March, ending a three-week closure of the line caused by a "
           "flood on 1 March.", published="2025-03-21"),
    flags("The repair caf\u00e9 opened in the autumn of 2021. Its volunteers say it has mended toasters for the "
          "past eight years.", published="2025-06-01",
          note="info: a length up to now, its pronoun subject read from the sentence before, is longer than "
               "the thing's life"),
    passes("The repair caf\u00e9 opened in the autumn of 2021. Its volunteers say it has made a profit for the "
           "past two years.", published="2025-06-01",
           note="a state of a thing may be shorter than the thing's life"),
    flags("The bowling green reopened on 3 May after ten months of work. Gardeners broke ground in January.",
          published="2025-05-10",
          note="info: a length after which its clause happened ends on that clause's date; 'broke ground' starts "
               "a job of work"),
    passes("The bowling green reopened on 3 May after four months of work. Gardeners broke ground in January.",
           published="2025-05-10"),
    flags("The two-day chess congress returns to the town hall. The programme is:\n\n- Friday 8 August: "
          "rapidplay\n- Saturday 9 August: classical rounds\n- Sunday 10 August: prize-giving\n",
          published="2025-07-01",
          note="info: a dated list is the span of the one event its lines, introduction or headline name"),
    passes("The three-day chess congress returns to the town hall. The programme is:\n\n- Friday 8 August: "
           "rapidplay\n- Saturday 9 August: classical rounds\n- Sunday 10 August: prize-giving\n",
           published="2025-07-01"),
    passes("The two-day chess congress returns to the town hall. The programme is:\n\n- Friday 8 August: "
           "rapidplay\n- Saturday 9 August: prize-giving\n", published="2025-07-01",
           note="two dated lines are fewer than LIST_ITEMS: no programme read"),
)


# -- the weak-link tier: a reading by nearness ------------------------------------------------

_NEAREST = load("events")["nearest_reading"]
RANGE_OPENING = frozenset(_NEAREST["range_opening_signals"])
RANGE_CLOSING = frozenset(_NEAREST["range_closing_signals"])
UP_TO_NOW_WORDS = frozenset(_NEAREST["up_to_now_words"])
NOT_A_SPAN = frozenset(_NEAREST["not_a_span"])
HOLDING_STARTS = tuple(_NEAREST["holding_starts"])
EDGE_AFTER = frozenset(_NEAREST["edge_after"])
_HOLDING_LEMMAS = span_ends.TENURE_STARTS | span_ends.OWNING_STARTS
#: Starts of a thing's life: a "since" date of one is no hold ("since its founding in 1959").
_LIFE_LEMMAS = frozenset(TENURE_FOUNDINGS) | frozenset({"open", "launch", "create", "form", "inaugurate"})
REFERENCE_WORDS = frozenset(_NEAREST["reference_words"])
#: The lemmas that open or close what their clause tells (the event lexicon's and span_ends').
_OPENING_LEMMAS = span_ends.START_LEMMAS | span_ends.OWNING_STARTS | span_ends.TENURE_STARTS
_CLOSING_LEMMAS = span_ends.END_LEMMAS
#: How many content words of the thing a span names after "as" or "of" must stand in the
#: sentence of the start or range read for it ("years as editor she wrote": "editor" only).
NAMED_THING_WORDS = 1
#: How many sentences from the duration's own (0) the nearest range may stand.
NEAREST_RANGE_SENTENCES = 1
#: How many sentences from a span up to now the nearest dated start may stand, either way.
NEAREST_START_SENTENCES = 3
#: A weak link reads a misstatement, not another span: the elapsed days lie within WEAK_RATIO
#: times the stated count either way.
WEAK_RATIO = 4
_PERFECT_AUX = frozenset(_NEAREST["perfect_auxiliaries"])
_PAST_AUX = frozenset(_NEAREST["past_auxiliaries"])
_PRESENT_AUX = frozenset(_NEAREST["present_auxiliaries"])
PERFECT_WORDS = 8
#: How many words may open a sentence before a span told ahead of its clause ("For the").
FRONTED_SPAN_WORDS = 2

MESSAGE_NEAREST_RANGE = ("if {start_text} and {end_text} (line {line}) are the ends of what \u201c{stated}\u201d measures, "
                         "{start} to {end} is {elapsed}, not \u201c{stated}\u201d")
MESSAGE_NEAREST_NOW = ("if {start_text} (line {line}) starts what \u201c{stated}\u201d measures up to now, "
                       "{start} to {end} is {elapsed}, not \u201c{stated}\u201d")
RELATED_NEAREST = "the {side} read for it by nearness: \u201c{text}\u201d, {when}"
NEAREST_READING = ("read by nearness: the dates are the ones nearest the duration that open and close a range, or "
                   "open a span up to now; no shape and no word family linked them to it: a reading, not a certainty")


def _nearest_readings(claims: ClaimSet, dated, done: set[int]):
    """Info findings for the durations no shape and no word family measured: the weak-link tier.

    A counted duration is read against the dates nearest it; each reading names its link:
    - a span up to now (_up_to_now_span) runs to the publication date from the nearest dated
      start within NEAREST_START_SENTENCES sentences either way, or in a sentence that names a
      name the span's sentence names, within LINK_REACH_SENTENCES; its own sentence dates
      nothing. A start of a
      hold (HOLDING_STARTS before the date in its clause, "took the job in 2012", "since taking
      over in 2011", or a post's or a purchase's start lemma) bounds it both ways; a start of a
      thing's life ("opened in 1998") only from above: an activity may have begun later;
    - a span ended in its sentence (an ending word right before it, a determiner between:
      "ended six weeks of strikes", "after a four-week closure") runs to its sentence's one date
      before it from the nearest dated start within NEAREST_START_SENTENCES sentences;
    - a span told of a thing (_told_of_a_thing) runs over the nearest range: a date that opens
      (after "from", "between", or of a start word) then a date that closes (after "to",
      "until", or of an end word), in one sentence or in the sentence after it; within
      NEAREST_RANGE_SENTENCES sentences, or DEFINITE_REACH_SENTENCES back for a definite span
      ("the 12-day walkout"); its own sentence dates nothing outside that range.
    Nearest wins; two as near that read differently leave the duration alone. The elapsed days
    must lie within WEAK_RATIO times the stated count either way, each end at most half as wide
    as the count."""
    published = claims.article.published
    near = _Nearness(claims, dated)
    if not near.dates:
        return
    an = dated.an
    for d in claims.of_kind("time"):
        t = d.timex
        if d.start in done or t is None or t.type != "DURATION" or d.attrs.get("age") \
                or not re.fullmatch(r"P\d+(?:\.\d+)?[YMWD]", t.value or "") or not _told_count(d):
            continue
        before, after = an.words_before(d.start, 3), an.words_after(d.end, 1)
        # "In her 14 years as warden": a person's stay, told before a preposition
        stay = bool(before) and before[-1].lower in _PERSON_POSSESSIVES and bool(after) and after[0].lower in STAY_LINKS
        if _after_a_count(before) or (before and before[-1].lower in NOT_A_SPAN) \
                or (d.attrs.get("signal") in NOT_A_SPAN and not stay) \
                or d.attrs.get("signal") == "since" or d.attrs.get("from") or (after and after[0].lower in EDGE_AFTER):
            continue
        s = an.sentence_at(d.start)
        if any(span_ends.stem(w.text) in span_ends.EXTENDERS for w in an.words_in(s.start, s.end)):
            continue  # "has extended its five-year lease to 2030": a term lengthened, begun before
        if _up_to_now_span(an, d):
            found = _now_reading(near, d, published) if published is not None else None
        elif _ended_here(near, d, before) is not None:
            found = _ended_reading(near, d, _ended_here(near, d, before))
            if found is not None and _told_of_a_thing(an, d) and _range_reading(near, d, before, wide=True) is FITS:
                found = None  # the nearest range fits it: the span may be the range's (a refit inside a closure)
        else:
            found = _range_reading(near, d, before) if stay or _told_of_a_thing(an, d) else None
            if found is None and stay and published is not None:
                found = _now_reading(near, d, published, stay=True)
        if found is not None and found is not FITS:
            (start, end), days = found
            yield _nearest_finding(claims, d, start, end, days, published)


class _Nearness:
    """The article's dates (not the dateline) by sentence, each read as opening, closing or
    starting a hold by the words of its clause, and the ranges they make."""

    def __init__(self, claims: ClaimSet, dated):
        self.an, self.text, self.dated = dated.an, claims.article.text, dated
        self.dates = [c for c, _ in dated.dates if c.timex.type == "DATE"]
        self.events: dict[str, list[Claim]] = {}
        for e in claims.of_kind("event"):
            if e.attrs.get("time"):
                self.events.setdefault(e.attrs["time"], []).append(e)
        self.where = {c.start: self.an.sentence_at(c.start).index for c in self.dates}
        #: the sentences that tell a counted duration: a range there may be that duration's
        self.measured: dict[int, list[Claim]] = {}
        for t in claims.of_kind("time"):
            if t.timex is not None and t.timex.type == "DURATION" and _told_count(t) and not t.attrs.get("age"):
                self.measured.setdefault(self.an.sentence_at(t.start).index, []).append(t)
        self._names: dict[int, frozenset[str]] = {}
        self._own: dict[int, list[Claim]] | None = None
        self._firsts: list[int] | None = None
        self._inside: frozenset[str] | None = None
        #: what each date's clause says of it, read once a date (lemmas, holds, opens, closes):
        #: every duration of the article asks it of every date near it
        self._read: dict[tuple[str, str], object] = {}
        self.people = claims.of_kind("person")
        self.ranges = []
        for a, b in zip(self.dates, self.dates[1:]):
            ia, ib = self.where[a.start], self.where[b.start]
            if _range_ends(a, b)[0][1] >= _range_ends(a, b)[1][0]:
                continue
            if self.closes(a) and not self.opens(a) and not self.undoes(b, a):
                continue  # "due to expire in 1985, was extended to 1987": no range opens there
            if (ia == ib and (self.opens(a) or b.attrs.get("signal") in RANGE_CLOSING) and self.closes(b)) \
                    or (ib == ia + 1 and self.opens(a) and self.closes(b) and not self.opens(b)) \
                    or (ib - ia in (0, 1) and self.undoes(b, a)):
                self.ranges.append((a, b))

    def sentence(self, c: Claim) -> int:
        return self.where[c.start] if c.start in self.where else self.an.sentence_at(c.start).index

    def names(self, k: int) -> frozenset[str]:
        """The names of sentence ``k``: its capitalised words the article also writes inside a
        sentence ("Pawar, who ..." opening one sentence and "..., Pawar said" in another)."""
        if k not in self._names:
            s = self.an.sentences[k]
            if self._inside is None:
                firsts = {x.first for x in self.an.sentences}
                self._inside = frozenset(_norm(t.text) for i, t in enumerate(self.an.tokens)
                                         if i not in firsts and t.text[:1].isupper() and not t.text.isupper())
            self._names[k] = frozenset(t.text for t in self.an.words_in(s.start, s.end)
                                       if t.text[:1].isupper() and not t.text.isupper() and _norm(t.text) in self._inside)
        return self._names[k]

    def _once(self, what: str, c: Claim, read):
        key = (what, c.id)
        if key not in self._read:
            self._read[key] = read(c)
        return self._read[key]

    def lemmas(self, c: Claim) -> frozenset:
        return self._once("lemmas", c, lambda c: frozenset(
            {e.attrs.get("lemma") for e in self.events.get(c.id, ())} | {w.lemma for w in self.dated.words_of(c) if w.lemma}))

    def said(self, c: Claim, phrases) -> bool:
        """Whether one of ``phrases`` stands before the date in its clause (span_ends.DATED_BEFORE words)."""
        back = self.an.words_before(c.start, span_ends.DATED_BEFORE)
        cut = [k for k, w in enumerate(back) if _CLAUSE_CUT.search(self.text, w.end, c.start)]
        told = " ".join(w.lower for w in back[cut[-1] + 1 if cut else 0:])
        return any(re.search(rf"\b{re.escape(p)}\b", told) for p in phrases)

    def placed(self, c: Claim) -> bool:
        """A date told as a point of reference ("before the 1983 election"): it starts nothing."""
        back = [w.lower for w in self.an.words_before(c.start, 2) if w.lower not in _DETERMINERS]
        return bool(back) and back[-1] in REFERENCE_WORDS

    def holds(self, c: Claim) -> bool:
        return self._once("holds", c, self._holds)

    def opens(self, c: Claim) -> bool:
        return self._once("opens", c, self._opens)

    def closes(self, c: Claim) -> bool:
        return self._once("closes", c, self._closes)

    def _holds(self, c: Claim) -> bool:
        if self.placed(c) or self.lemmas(c) & _LIFE_LEMMAS:
            return False  # "since its founding in 1959": a thing's life, not a hold
        return c.attrs.get("signal") == "since" or bool(self.lemmas(c) & _HOLDING_LEMMAS) or self.said(c, HOLDING_STARTS)

    def _opens(self, c: Claim) -> bool:
        if self.placed(c):
            return False
        return c.attrs.get("signal") in RANGE_OPENING or bool(self.lemmas(c) & _OPENING_LEMMAS) \
            or any(e.attrs.get("class") == "start" for e in self.events.get(c.id, ())) or self.said(c, span_ends.START_WORDS)

    def _closes(self, c: Claim) -> bool:
        return c.attrs.get("signal") in RANGE_CLOSING or bool(self.lemmas(c) & _CLOSING_LEMMAS) \
            or any(e.attrs.get("class") == "end" for e in self.events.get(c.id, ())) or self.said(c, span_ends.END_WORDS)

    def undoes(self, end: Claim, start: Claim) -> bool:
        """Whether the event of ``end`` undoes the one of ``start`` ("reopened" a "closed"):
        the span between is the state the first brought about (span_ends opposites)."""
        told = self.lemmas(start)
        return any(span_ends.OPPOSITES.get(lemma) in told for lemma in self.lemmas(end) & span_ends.UNDOING_ENDS)

    def tells(self, d: Claim, sentences: set[int], holder: bool = False) -> bool:
        """Whether ``sentences`` (a start's or a range's) may tell what ``d`` measures: every
        content word of the thing it names after "as" or "of" (NAMED_THING_WORDS: "his nine
        years as editor", "a refit of the lido") stands there, and the surname of a person
        its sentence names ("Mr Abara said his eight years ...") too, for a holder's span
        (``holder``); the post before "for" ("was assistant coach for nine years") too. Its own
        sentence may, unless the thing is a counted part ("a ten-month review of one branch")."""
        here = self.sentence(d)
        after = self.an.words_after(d.end, span_ends.THING_WORDS + NAMED_THING_WORDS)
        links = [k for k, w in enumerate(after[:2]) if w.lower in ("as", "of")]  # "years as", "a refit of"
        if links and links[0] + 1 < len(after) and (after[links[0] + 1].text[:1].isdigit()
                                                     or after[links[0] + 1].lower in NUMBER_WORDS):
            return False  # a span of a counted part
        if here in sentences:
            return True
        there = set()
        for k in sentences:
            s = self.an.sentences[k]
            there |= {span_ends.stem(w.text) for w in self.an.words_in(s.start, s.end)}
        s = self.an.sentences[here]
        for p in self.people if holder else ():
            if s.start <= p.start < s.end and span_ends.stem(p.attrs.get("surname") or p.text.split()[-1]) not in there \
                    and not all(self._goes_on(k, here) for k in sentences):
                return False
        back = self.an.words_before(d.start, TENURE_POST_WORDS + 2)  # "was assistant head coach for"
        be = [k for k, w in enumerate(back) if w.lower in _BEING]
        if be and back[-1].lower == "for":
            post = [span_ends.stem(w.text) for w in back[be[-1] + 1:-1] if w.lower not in STOP and w.lower not in _DETERMINERS]
            if not all(n in there for n in post):
                return False  # "was assistant coach for nine years" against "served as coach"
        if links:
            named = []
            for w in after[links[0] + 1:]:
                if _CLAUSE_CUT.search(self.text, after[links[0]].end, w.start) or len(named) == NAMED_THING_WORDS:
                    break
                if w.lower not in STOP and w.lower not in _DETERMINERS and w.text[:1].isalpha():
                    named.append(span_ends.stem(w.text))
            return all(n in there for n in named)
        return True

    def _goes_on(self, k: int, here: int) -> bool:
        """Whether sentence ``k`` opens with "he" or "she" right after sentence ``here``: its
        subject is the person ``here`` names ("Mr Osei has lived there ... He moved in 2005")."""
        words = self.an.words_in(self.an.sentences[k].start, self.an.sentences[k].end)
        return k == here + 1 and bool(words) and words[0].lower in SUBJECT_PRONOUNS

    def range_firsts(self) -> list[int]:
        """The sentence of each range's first date, in the ranges' order (which is the text's)."""
        if self._firsts is None:
            self._firsts = [self.where[a.start] for a, _ in self.ranges]
        return self._firsts

    def own(self, d: Claim) -> list[Claim]:
        return self.own_of(self.sentence(d))

    def own_of(self, k: int) -> list[Claim]:
        """The dates of sentence ``k``, in order."""
        if self._own is None:  # the dates by sentence, sorted once: every duration asks its own
            self._own = {}
            for c in self.dates:
                self._own.setdefault(self.where[c.start], []).append(c)
        return list(self._own.get(k, ()))


def _now_reading(near: _Nearness, d: Claim, published: date, stay: bool = False):
    """A span up to now from the nearest dated start (its own sentence dating nothing past:
    "will retire in June" leaves it up to now). ``stay``: a possessive's stay
    ("her ten years in post") with no range told, from the nearest start of a hold, only
    longer than up to now: the stay may have ended before."""
    if any(span_ends.interval(c)[1] < published for c in near.own(d)):
        return None  # its sentence dates it
    here = near.sentence(d)
    starts = []
    # only the nearest starts are read (_nearest): the sentences are asked by their distance
    # from the span's, and the first distance with a start ends the search
    for k in range(min(max(here, len(near.an.sentences) - 1 - here), LINK_REACH_SENTENCES) + 1):
        for i in sorted({here - k, here + k}):
            if not 0 <= i < len(near.an.sentences) or k > NEAREST_START_SENTENCES and not near.names(i) & near.names(here):
                continue
            starts += [c for c in near.own_of(i) if span_ends.interval(c)[1] < published
                       and (near.holds(c) if stay else near.opens(c) or near.holds(c))
                       and near.tells(d, {i}, holder=True)]
        if starts:
            break
    found = _nearest(starts, lambda c: abs(near.where[c.start] - here),
                     lambda c: _weak_judged(d, span_ends.interval(c), (published, published),
                                            longer_only=stay or not near.holds(c)))
    return found if found in (None, FITS) else ((found[0], None), found[1])


def _ended_here(near: _Nearness, d: Claim, before) -> Claim | None:
    """The one date before a span its sentence ends ("ended six weeks of strikes", "after a
    four-week closure": an ending word right before it, a determiner between)."""
    lead = [w.lower for w in before if w.lower not in _DETERMINERS]
    prior = [c for c in near.own(d) if c.end <= d.start]
    if len(lead) >= 2 and lead[-2] == "to":
        return None  # "in an effort to end a six-day strike": an aim, not an end
    return prior[0] if lead and lead[-1] in span_ends.END_SIGNALS and len(prior) == 1 else None


def _ended_reading(near: _Nearness, d: Claim, end: Claim):
    """A span ended at its sentence's date, from the nearest dated start before that date."""
    here = near.sentence(d)
    starts = [c for i in range(here - NEAREST_START_SENTENCES, here + NEAREST_START_SENTENCES + 1) for c in near.own_of(i)
              if c is not end and span_ends.interval(c)[1] < span_ends.interval(end)[0] and (near.opens(c) or near.undoes(end, c))]
    found = _nearest(starts, lambda c: abs(near.where[c.start] - here),
                     lambda c: _weak_judged(d, span_ends.interval(c), span_ends.interval(end)))
    return found if found in (None, FITS) else ((found[0], end), found[1])


def _range_reading(near: _Nearness, d: Claim, before, wide: bool = False):
    """A span of a thing over the nearest range (further back for a definite span; ``wide``:
    DEFINITE_REACH_SENTENCES either way, to ask whether any range near fits it)."""
    here, own = near.sentence(d), near.own(d)
    reach = DEFINITE_REACH_SENTENCES if wide or (before and before[-1].lower in _DEFINITE_SPAN) else NEAREST_RANGE_SENTENCES

    def distance(r):
        return min(abs(near.where[r[0].start] - here), abs(near.where[r[1].start] - here))

    # a range's first date stands in the sentence of its last or the one before: those within
    # reach open at most reach + 1 sentences before the span's, found by bisection
    firsts = near.range_firsts()
    nearby = near.ranges[bisect.bisect_left(firsts, here - reach - 1):bisect.bisect_right(firsts, here + reach)]
    ranges = [r for r in nearby if distance(r) <= reach and (wide or all(c in r for c in own))
              and (wide or distance(r) <= NEAREST_RANGE_SENTENCES or near.where[r[1].start] < here)]
    if not wide and len(ranges) > 1:
        return None  # two ranges within reach: the span may be either, or both together
    ranges = [r for r in ranges if wide or (not any(o is not d for k in {near.where[r[0].start], near.where[r[1].start]}
                                                    for o in near.measured.get(k, ()))
                                            and near.tells(d, {near.where[r[0].start], near.where[r[1].start]}))]
    return _nearest(ranges, distance, lambda r: _weak_judged(d, *_range_ends(*r)))


def _range_ends(a: Claim, b: Claim):
    """The intervals of a range's two ends; two dates with no year written, read in the same
    years in the same order (their ``readings``: "from 4 May until 29 May" is this year's
    or next year's, never one of each), are read in the first of them: the elapsed days are
    the same in either."""
    ra, rb = a.attrs.get("readings") or (), b.attrs.get("readings") or ()
    if 1 < len(ra) == len(rb) and all(len(x) == len(y) == 10 and x[:4] == y[:4] for x, y in zip(ra, rb)):
        x, y = date.fromisoformat(ra[0]), date.fromisoformat(rb[0])
        if x < y:
            return (x, x), (y, y)
    return span_ends.interval(a), span_ends.interval(b)


_PERSON_POSSESSIVES = frozenset(_NEAREST["person_possessives"])
_BEING = frozenset(_NEAREST["being_forms"])
STAY_LINKS = frozenset(_NEAREST["stay_links"])
_CLAUSE_CUT = re.compile(r"[,;:()\u2014\u2013\"\u201c\u201d]")
_DEFINITE_SPAN = frozenset(_NEAREST["definite_span_openers"])


_SPAN_SIGNALS = frozenset(_NEAREST["span_signals"])


def _told_of_a_thing(an, d: Claim) -> bool:
    """A span told as the length of a thing: "a three-week closure", "six weeks of repairs",
    "for six weeks", "after six weeks", a stay ("spent 30 years behind the bar")."""
    nxt = an.words_after(d.end, 1)
    prev = an.words_before(d.start, 1)
    if re.match(r"['\u2019]s\s+[a-z]", an.text[d.end:d.end + 4]):
        return True  # "a fortnight's lost harvest": the length of the noun it owns
    return bool(d.attrs.get("adjectival")) or (bool(nxt) and nxt[0].lower in ("of", "on")) \
        or d.attrs.get("signal") in _SPAN_SIGNALS or (bool(prev) and prev[0].lower in _STAY_VERBS)


def _up_to_now_span(an, d: Claim) -> bool:
    """A span running up to now: told with a perfect within PERFECT_WORDS words before it ("has
    headed the firm for the past ten years"), or after it when it opens its sentence (at most
    FRONTED_SPAN_WORDS words before it: "For ten years, she has run"), after "for" or with no
    signal, no past auxiliary between ("had lost the last two years" is told of a past moment)."""
    fronted = len(an.words_in(an.sentence_at(d.start).start, d.start)) <= FRONTED_SPAN_WORDS
    ahead = [w.lower for w in an.words_after(d.end, PERFECT_WORDS)] if fronted else []
    if d.attrs.get("signal") == "after":
        # "After twelve years here I am ready to go": a stay up to the present it opens
        return any(w in _PRESENT_AUX for w in ahead) and not any(w in _PAST_AUX or w in _FUTURE for w in ahead)
    if d.attrs.get("signal") not in ("for", None) or d.attrs.get("adjectival") or "-" in d.text:
        return False  # "jailed after a seven-week trial": a thing's length
    nxt = an.words_after(d.end, 1)
    if nxt and not _clause_goes_on(an, d, nxt[0]):
        return False  # "a six year grace period": the length of the noun after it
    back = [w.lower for w in an.words_before(d.start, PERFECT_WORDS)]
    # after it only when it opens its sentence ("For the past ten years, Ruiz has run ...")
    # the perfect nearest the duration with no past auxiliary between ("were sold ... for forty
    # years, has retired": the span is the past clause's)
    for told in (back[::-1], ahead):
        for w in told:
            if w in _PAST_AUX:
                break
            if w in _PERFECT_AUX:
                return True
    # "the past ten years" runs up to now, unless a past auxiliary tells it of a past moment
    return d.attrs.get("until") == "publication" and not any(w in _PAST_AUX for w in back)


#: What a reading returns when the nearest candidate fits the duration.
FITS = ("fits",)


def _after_a_count(before) -> bool:
    """A duration after a count ("six 10-year issues"): several things, not one span."""
    return bool(before) and (before[-1].text[:1].isdigit() or before[-1].lower in NUMBER_WORDS)


def _clause_goes_on(an, d: Claim, nxt) -> bool:
    """Whether the word after a span leaves it a span of its clause: a break, a function word
    or an -ing form ("for the past ten years, she", "for six years and", "ten years running
    the place"); not a noun it measures ("a six year grace period")."""
    return bool(_CLAUSE_CUT.search(an.text, d.end, nxt.start)) or nxt.lower in STOP or nxt.lower.endswith("ing") \
        or nxt.lower in STAY_LINKS


def _nearest(candidates, distance, judge):
    """The reading of the nearest candidates, when they all read one conflict: (candidate, days);
    FITS when one of them fits; None when there is none."""
    if not candidates:
        return None
    least = min(map(distance, candidates))
    nearest = [c for c in candidates if distance(c) == least]
    readings = [judge(c) for c in nearest]
    if any(r is None for r in readings):
        return FITS  # one of the nearest fits: the duration may measure it
    return (nearest[0], readings[0]) if len(nearest) == 1 else None  # two as near: which one it measures is not told


def _weak_judged(d: Claim, start_iv, end_iv, longer_only: bool = False):
    """The elapsed (least, most) days when they cannot be the duration stated but lie within
    WEAK_RATIO of it; else None."""
    t = d.timex
    if start_iv[1] >= end_iv[0]:
        return None
    stated = cal.duration_days(t.value)
    least, most = span_ends.days_between(start_iv, end_iv)
    if stated is None or most <= 0 or most * WEAK_RATIO < stated[0] or least > stated[1] * WEAK_RATIO:
        return None
    if max((start_iv[1] - start_iv[0]).days, (end_iv[1] - end_iv[0]).days) > stated[0] / 2:
        return None  # an end as wide as half the span tells too little
    low, high = span_ends.stated_reach(t)
    lo = cal.duration_days(span_ends.tighter_low(d) or low)
    hi = None if t.mod in ("MORE_THAN", "EQUAL_OR_MORE") else cal.duration_days(high)
    if lo is None or (most >= lo[0] and (hi is None or least <= hi[1] or longer_only)):
        return None
    return least, most


def _nearest_finding(claims: ClaimSet, d: Claim, start: Claim, end: Claim | None, days, published) -> Finding:
    start_iv, end_iv = _range_ends(start, end) if end is not None else (span_ends.interval(start), (published, published))
    start_when, end_when = span_words(*start_iv), span_words(*end_iv)
    elapsed = elapsed_words(days[0], days[1], duration_unit(d.timex.value))
    related = [Related(start.start, start.end, RELATED_NEAREST.format(side="start", text=start.text, when=start_when))]
    if end is None:
        message = MESSAGE_NEAREST_NOW.format(start_text=f"\u201c{start.text}\u201d", line=claims.article.locate(start.start)[0],
                                             stated=_stated(d), start=start_when, end=end_when, elapsed=elapsed)
        how = "the end: the publication date (a span up to now)"
    else:
        related.append(Related(end.start, end.end, RELATED_NEAREST.format(side="end", text=end.text, when=end_when)))
        message = MESSAGE_NEAREST_RANGE.format(start_text=f"\u201c{start.text}\u201d", end_text=f"\u201c{end.text}\u201d",
                                               line=claims.article.locate(end.start)[0], stated=_stated(d), start=start_when, end=end_when,
                                               elapsed=elapsed)
        how = "the end: the nearest range's"
    return Finding(message, d.start, d.end, severity=Severity.INFO, related=related,
                   evidence=[how, f"elapsed: {elapsed} ({days[0]} to {days[1]} days)",
                             f"\u201c{_stated(d)}\u201d allows {_allowed_words(d.timex)}", NEAREST_READING])


# -- a stay told in a speaker's own words ------------------------------------------------------

_PRONOUN_SEX: dict[str, str] = load("people")["genders"]["pronouns"]
#: The fewest mentions (names, and the co-reference mentions linked to it) that make a person
#: the one an article is about, whom an unresolved "she said" is read as (or the only person
#: the article names).
MAIN_PERSON_MENTIONS = 2
MESSAGE_QUOTED_STAY = ("if \u201c{stated}\u201d in {speaker}'s words is the stay {start_text} (line {line}) starts, it is at "
                       "most {elapsed}, from {start} to {end}")
RELATED_STAY = "the start of a hold told of the speaker: \u201c{text}\u201d, {when}"
QUOTED_STAY_READING = ("read as the speaker's stay: the quotation's speaker ({how}), and the earliest start of a hold "
                       "the article tells of that person; the end is the publication date or the latest later date told "
                       "of them: a reading, not a certainty")


def _quoted_stays(claims: ClaimSet, dated, done: set[int]):
    """Info findings for a stay told in a quotation ("\u201cAfter 12 years in the job ...,\u201d he
    said"): a counted span in years or months right before a word of a stay (STAY_LINKS but
    "of": "years on this council", "years in the job"; "of" before an -ing form, "years of
    mending nets", _doing_after) is the speaker's time in a post, so it
    is no longer than from the earliest start of a hold (_Nearness.holds: "since 2013", "took
    the chair in 2017") told in a sentence naming that person to the publication date, or to
    the latest later date those sentences tell ("will leave office in January 2027"). The
    speaker is the quotation's person, or for a bare "he"/"she" the person the article is
    about: the one named most, at least MAIN_PERSON_MENTIONS times, of no other sex. Only a
    stay longer than that conflicts: the speaker may count a shorter time in one post."""
    published = claims.article.published
    quotes = claims.of_kind("quote")
    if published is None or not quotes:
        return
    near = None
    an = dated.an
    for d in claims.of_kind("time"):
        t = d.timex
        if d.start in done or t is None or t.type != "DURATION" or d.attrs.get("age") \
                or not re.fullmatch(r"P\d+(?:\.\d+)?[YM]", t.value or "") or not _told_count(d):
            continue
        q = next((q for q in quotes if q.start <= d.start and d.end <= q.end), None)
        after, before = an.words_after(d.end, 1), an.words_before(d.start, 1)
        if q is None or not after or (before and before[-1].lower in NOT_A_SPAN) or not (
                after[0].lower in STAY_LINKS - {"of"} or after[0].lower == "of" and _doing_after(an, after[0])):
            continue
        entity, how = _speaker_entity(claims, q)
        if entity is None:
            continue
        near = near or _Nearness(claims, dated)
        told = {an.sentence_at(m.start).index for m in claims.of_kind("person") + claims.of_kind("mention")
                if m.attrs.get("entity") == entity}
        starts = [c for k in sorted(told) for c in near.own_of(k)
                  if span_ends.interval(c)[1] < published and near.holds(c)]
        if not starts:
            continue
        start = min(starts, key=lambda c: span_ends.interval(c)[0])
        later = [span_ends.interval(c)[1] for k in told for c in near.own_of(k) if span_ends.interval(c)[1] > published]
        end = max([published, *later])
        most = (end - span_ends.interval(start)[0]).days + 1
        allowed = _allowed_days(t)
        if allowed is None or most >= allowed[0] or most * WEAK_RATIO < allowed[0]:
            continue
        start_when = span_words(*span_ends.interval(start))
        elapsed = elapsed_words(most, most, duration_unit(t.value))
        yield Finding(
            MESSAGE_QUOTED_STAY.format(stated=_stated(d), speaker=how[1], start_text=f"\u201c{start.text}\u201d",
                                       line=claims.article.locate(start.start)[0], elapsed=elapsed, start=start_when,
                                       end=span_words(end, end)),
            d.start, d.end, severity=Severity.INFO,
            related=[Related(start.start, start.end, RELATED_STAY.format(text=start.text, when=start_when))],
            evidence=[f"the end: {span_words(end, end)}", f"elapsed: at most {elapsed} ({most} days)",
                      f"\u201c{_stated(d)}\u201d allows {_allowed_words(t)}", QUOTED_STAY_READING.format(how=how[0])])


def _doing_after(an, of) -> bool:
    """"years of opening these gates": an -ing form right after "of" tells the speaker's own
    activity, a stay; not "years of drought"."""
    nxt = an.words_after(of.end, 1)
    return bool(nxt) and nxt[0].lower.endswith("ing") and len(nxt[0].lower) > 5


def _speaker_entity(claims: ClaimSet, q: Claim) -> tuple[str | None, tuple[str, str]]:
    """The person entity a quotation's words are of, and how it was read (for the message):
    the quotation's own person, or for a bare pronoun speaker the person the article names
    most (MAIN_PERSON_MENTIONS at least, no other as often; or the only person it names),
    when no mention of them tells the other sex."""
    name = {p.attrs.get("entity"): p.attrs.get("name") or p.text for p in claims.of_kind("person")}
    if q.attrs.get("entity"):
        return q.attrs["entity"], ("its attribution", name.get(q.attrs["entity"]) or q.attrs.get("speaker") or "")
    said = (q.attrs.get("speaker") or "").lower().split()
    pronoun = said[-1] if said else ""  # "Speaking after the win, she": the subject closing it
    if pronoun not in ("he", "she"):
        return None, ("", "")
    counts: dict[str, int] = {}
    for m in claims.of_kind("person") + claims.of_kind("mention"):
        if m.attrs.get("entity"):
            counts[m.attrs["entity"]] = counts.get(m.attrs["entity"], 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < MAIN_PERSON_MENTIONS and len(ranked) > 1 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None, ("", "")
    entity = ranked[0][0]
    sexes = {p.attrs.get("sex") for p in claims.of_kind("person") if p.attrs.get("entity") == entity and p.attrs.get("sex")}
    if sexes - {_PRONOUN_SEX[pronoun]}:
        return None, ("", "")
    return entity, (f"\u201c{pronoun}\u201d read as the person the article names most", name.get(entity) or "")


# -- a dated list's run ----------------------------------------------------------------------------

#: How many sentences before a dated list's introducing line the length it is held against may
#: stand (the nearest length of a thing before it, in the list's scale).
LIST_REACH_SENTENCES = 8
LIST_READING = ("a dated list (claims/intervals.py, DatedList: lines dated by their labels, introduced by a line "
                "ending with a colon) runs from its first line's date to its last's; the length told of a thing "
                "nearest before it, in the list's scale, is read as the length of what the list sets out, and "
                "what it sets out cannot run longer than it; a reading by nearness")
#: The units of a length a list of whole days is read against, and a list of longer dates.
_DAY_UNITS, _LONG_UNITS = frozenset("DW"), frozenset("MY")


def _list_runs(claims: ClaimSet, done: set[int]):
    """A dated list (a programme or a timeline: "Judging will run as follows:" and a line for
    each day) runs from its first line's date to its last's, a list of whole days over each
    day of it. The length of a thing told nearest before the list (within
    LIST_REACH_SENTENCES of its introducing line; "the three-day show", "three days of
    hearings", "the 14-month refurbishment"), in the list's scale (days or weeks for a list of
    days, months or years for one of months), is read as the length of what the list sets out:
    when the list runs longer than that length allows (whole days listed against a count of
    days: more days than the count), an info finding (a part of a thing cannot outlast it; a
    reading by nearness, showing both ends). A list shorter than the
    length is not flagged (it may set out a part), nor a length set ahead (a contract, a
    plan), a gap ("six days late") or one told after the list."""
    lists = claims.derived(iv_reader.Intervals).dated_lists() if any(
        c.timex is not None and c.timex.type == "DURATION" for c in claims.of_kind("time")) else []
    if not lists:
        return
    reader = claims.derived(iv_reader.Intervals)
    an = reader.an
    durations = [d for d in claims.of_kind("time") if d.start not in done and d.timex is not None
                 and d.timex.type == "DURATION" and d.timex.value and "X" not in d.timex.value
                 and not d.timex.value.startswith("PT")]
    for lst in lists:
        units = _DAY_UNITS if lst.days else _LONG_UNITS
        intro = an.sentences[lst.intro]
        near = [d for d in durations if d.end <= intro.end and duration_unit(d.timex.value) in units
                and lst.intro - an.sentence_at(d.start).index <= LIST_REACH_SENTENCES]
        near = [d for d in near if (things := reader.thing_words(d)) and not set(things) & iv_reader.SET_TERMS
                and not reader.is_gap(d)]
        if not near:
            continue
        d = near[-1]
        allowed = _allowed_days(d.timex)
        if allowed is None or allowed[1] is None:
            continue
        first, last = lst.first, lst.last
        sv, ev = (first.timex.earliest, first.timex.latest), (last.timex.earliest, last.timex.latest)
        limit = allowed[1]
        if lst.days:
            lo = hi = (last.timex.earliest - first.timex.earliest).days + 1  # every day of it
            if duration_unit(d.timex.value) == "D" and d.timex.mod is None:
                # whole days listed against a count of days: the count itself, not the
                # tolerance of a time elapsed ("three days of hearings" and four sitting days)
                limit = cal.duration_days(d.timex.value)[1]
        else:
            lo, hi = span_ends.days_between(sv, ev)
        if lo <= limit or not span_ends.a_slip((lo, hi), d.timex.value):
            continue
        f = _span_finding(d, (first, first.text, sv), (last, last.text, ev), lo, hi, first=(LIST_READING,))
        f.severity = Severity.INFO
        yield f


# -- the interval reader's tier ------------------------------------------------------------------

INTERVAL_READING = ("read by the interval reader (claims/intervals.py): the start and the end are the dates "
                    "the article gives clauses that start and end the thing the length is told of")


def _interval_readings(claims: ClaimSet, done: set[int]):
    """The last tier: a length no shape above measured, against the interval the article's
    dated starts and ends give the thing it is told of (claims/intervals.py). A term set ("was
    sentenced in March 2016 to 12 years") is measured only where the article says it was
    served in full, to that date (a warning when the setting, the length and the serving are
    one sentence); a state named by what it lacks ("an 11-week dry spell") from the last dated
    mention of the thing lacked to its next (info); any other length of a thing from the one
    dated start of it to the one dated end of it, a start or an end told in the length's own
    sentence or of one of the words it is told of, the start also of a word of the clause that
    ends it in the length's sentence ("Six weeks of restrictions came to an end on Tuesday,
    when the zone was lifted" and "The zone was declared on 14 August": info, a reading). Not
    a length set ahead (intervals set_terms: "a five-year contract", "a three-year plan"),
    what was set, not what ran; not a length in a clause told as future or with a modal."""
    durations = [d for d in claims.of_kind("time") if d.start not in done and d.timex is not None
                 and d.timex.type == "DURATION" and d.timex.value and "X" not in d.timex.value]
    if not durations:
        return
    reader = claims.derived(iv_reader.Intervals)
    for d in durations:
        allowed = _allowed_days(d.timex)
        if allowed is None:
            continue
        if reader.is_bound_or_part(d):
            continue  # "within five years", "the first two months of 1987": no thing's length
        found = _interval_of(reader, d) or _list_span(reader, d)
        if found is None:
            continue
        (s, s_text), (e, e_text), warn, how = found
        sv = (s.timex.earliest, s.timex.latest)
        ev = (claims.article.published,) * 2 if e is d else (e.timex.earliest, e.timex.latest)
        lo, hi = span_ends.days_between(sv, ev)
        if d.timex.value.startswith("PT"):
            lo = max(0, lo - 1)  # told in hours: from late on one day to early on another
        days = d.timex.value.endswith("D") and not d.timex.value.startswith("PT")
        if how == LIST_HOW and sv[0] == sv[1] and ev[0] == ev[1] and days:
            # a programme of days: each line a day of it, counted (both ends), against the count told
            told = cal.duration_days(d.timex.value)
            if told is None or told[0] <= hi <= told[1]:
                continue
            lo = hi  # the days listed
        elif hi <= 0 or _fits(d, allowed, lo, hi, days):
            continue  # it fits, or the end is not after the start
        if e is d and hi >= allowed[0]:
            continue  # a state of a thing up to now may be shorter than the thing's life
        if not span_ends.a_slip((lo, hi), d.timex.value):
            continue  # ends further off than SLIP_RATIO times the length tell another thing
        f = _span_finding(d, (s, s_text, sv), (e, e_text, ev), lo, hi, first=(how, INTERVAL_READING))
        f.severity = Severity.WARNING if warn else Severity.INFO  # proven by one sentence, or a reading
        yield f


#: How many words may stand between a length and a clause giving a range that describes its
#: noun ("a 90-day window, running from 1 July to 30 November": two).
RANGE_MODIFIER_WORDS = 3


def _modifies(an, d: Claim, m) -> bool:
    """Whether the clause of a range mark follows the length's noun within RANGE_MODIFIER_WORDS
    words, after a comma: a participle describing that noun ("a 90-day window, running from 1
    July to 30 November")."""
    if m.clause[0] < d.end or an.words_between(d.end, m.clause[0]) > RANGE_MODIFIER_WORDS:
        return False
    return "," in an.text[d.end:m.clause[0]]


def _linked(m, things: list[str], fams: frozenset[str], here: int, headline: bool = False) -> bool:
    """Whether a mark is told of the thing a length in sentence ``here`` is told of: by
    one of its words anywhere, or by another name of the same event (a family only) within
    DEFINITE_REACH_SENTENCES sentences, or anywhere for a length in the headline (the headline
    names the story the whole body tells)."""
    if m.thing in things:
        return True
    return bool(m.keys & fams) and (headline or abs(m.sentence - here) <= DEFINITE_REACH_SENTENCES)


#: How the end of a length up to now is named in a finding.
PUBLICATION_END = "the publication date"


def _interval_of(reader, d: Claim):
    """((start date, its words), (end date, its words), proven, how) for a length, or None."""
    an = reader.an
    here = an.sentence_at(d.start).index
    clause = next((c for c in an.reading(an.sentences[here]).clauses if c.start <= d.start < c.end), None)
    if clause is not None and (clause.verb.modal or clause.verb.tense == "future"):
        return None  # a length ahead: planned, not run
    if reader.is_gap(d):
        return None  # "ran six days late": a gap, not the length of a thing
    served = reader.term_served(d)
    if served is not None:
        start, end, word = served
        proven = start.sentence == here == an.sentence_at(end.start).index
        return ((start.date, start.cue), (end, word.text), proven,
                "a term set and told as served in full: from its setting to the serving's date")
    things = reader.thing_words(d)
    if set(things) & iv_reader.SET_TERMS:
        return None  # "a five-year contract": the length set, not the length run
    head = headline_span(reader.article)
    headline = head is not None and head[0] <= d.start < head[1]
    if d.attrs.get("until") == "publication":
        return _told_up_to_now(reader, d, things or reader.clause_things(d), here)
    if (before := an.words_before(d.start, SIGNAL_REACH)) and any(t.lower in iv_reader.ENDS_AT_CLAUSE for t in before) \
            and things:
        found = _ends_at_clause(reader, d, things, here, headline)
        if found is not None:
            return found
    things = things or reader.clause_things(d)
    if not things:
        return None
    absent = reader.absence(things)
    if absent is not None:
        last, nxt = absent
        return ((last.date, last.cue + " " + last.thing), (nxt, nxt.text), False,
                "a state of lacking: from the last dated mention of what it lacks to the next")
    marks = reader.marks
    fams = reader.families(things)
    # a length inside the clause that gives both ends is a part or a count of it ("including six
    # years as chair", "on 214 days between 2020 and 2023"): the shapes above read that clause
    marks = [m for m in marks if not (m.ranged and m.clause[0] <= d.start < m.clause[1])]
    ends = [m for m in marks if m.role == iv_reader.END_ and
            ((m.sentence == here and (m.clause[0] <= d.start < m.clause[1] or m.keys & fams
                                      or m.ranged and _modifies(an, d, m)))
             or (m.sentence != here and _linked(m, things, fams, here, headline)))]
    if len({m.interval for m in ends}) != 1:
        return None
    end = ends[0]
    link = set(fams)
    if end.sentence == here:
        # the clauses ending it in its sentence on that date ("came to an end on Tuesday, when
        # the zone was lifted"): what they end is what the length is told of
        link |= {w for m in marks if m.role == iv_reader.END_ and m.sentence == here and m.interval == end.interval
                 for w in m.words}
    starts = [m for m in marks if m.role == iv_reader.START and (m.clause != end.clause or m.ranged and end.ranged)
              and m.interval[0] <= end.interval[1]
              and (m.thing in link or _linked(m, things, fams, here, headline))]
    if end.ranged:  # a range's start is its own first date
        starts = [m for m in marks if m.ranged and m.role == iv_reader.START and m.clause == end.clause]
    starts += [m for m in marks if m.role == iv_reader.START and m.sentence == here == end.sentence
               and m.clause != end.clause and m.interval[0] <= end.interval[1]]
    if len({m.interval for m in starts}) != 1 or starts[0].date is end.date:
        return None  # no start, starts that disagree, or one date told as both
    start = starts[0]
    proven = start.sentence == end.sentence == here
    return ((start.date, start.cue), (end.date, end.cue), proven,
            "a thing's dated start and end: clauses that start and end what the length is told of")


#: A count of days that is a multiple of ten from this many up ("a 90-day window") reads as
#: rounded to ten: ROUND_DAY_SLACK days more either side.
ROUND_DAYS_FROM = 30
ROUND_DAY_SLACK = 5


def _fits(d: Claim, allowed, lo: int, hi: int, days: bool) -> bool:
    """Whether elapsed ``lo``..``hi`` days fit a length's wording: a length in weeks, months or
    years is whole units completed, under the wording's high ("six weeks" is under seven); a
    count of days is counted either side, up to its high, a round count (ROUND_DAYS_FROM)
    give or take ROUND_DAY_SLACK days."""
    low, high = allowed
    if not days:
        return hi >= low and (high is None or lo < high)
    n = cal.duration_days(d.timex.value)
    if n is not None and n[0] == n[1] and n[0] >= ROUND_DAYS_FROM and n[0] % 10 == 0:
        low, high = low - ROUND_DAY_SLACK, None if high is None else high + ROUND_DAY_SLACK
    return hi >= low and (high is None or lo <= high)


def _told_up_to_now(reader, d: Claim, things: list[str], here: int):
    """A length told up to now ("has kept the villages connected for the past ten years"):
    from the one dated start of the thing its clause is told of (its subject, a pronoun read
    as a subject of the sentence before, or a word between its verb and the length) to the
    publication date. The state told may be shorter than the thing's life: only a length longer
    than that conflicts (``_interval_readings``)."""
    things = list(things) + reader.antecedents(d.start)
    if not things or reader.article.published is None:
        return None
    fams = reader.families(things)
    own = _own_verb(reader, d.start)
    starts = [m for m in reader.marks if m.role == iv_reader.START and _linked(m, things, fams, here) and not m.ranged
              and m.interval[1] < reader.article.published
              and not (own and m.cue.split() and iv_reader.verb_key(m.cue.split()[0]) == own)]
    if len({m.interval for m in starts}) != 1:
        return None
    start = starts[0]
    return ((start.date, start.cue), (d, PUBLICATION_END), False,
            "a length told up to now: from the thing's dated start to the publication date")


def _own_verb(reader, at: int) -> str | None:
    """The verb (``intervals.verb_key``) of the clause a length at ``at`` is told in: a dated
    clause of that same verb ("The economy created jobs in January" beside "has been creating
    jobs for the last four months") tells one stretch of the activity the length measures, not
    the start of a thing."""
    s = reader.an.sentence_at(at)
    told = [c for c in reader.an.reading(s).clauses if c.verb.verb_start < at]
    return iv_reader.verb_key(max(told, key=lambda c: c.verb.verb_start).verb.verb) if told else None


def _ends_at_clause(reader, d: Claim, things: list[str], here: int, headline: bool):
    """A length told as ending on its clause's date ("opened on Friday after six months of
    building": ENDS_AT_CLAUSE before it, the thing after its "of"): from the one dated start of
    that thing (its noun, or another name of the same event: "broke ground" starts a job of
    work) to the date of the length's clause, or for an undated headline the date the body
    gives the same verb and subject (``Intervals.date_of_clause``)."""
    end = reader.date_of_clause(d.start)
    if end is None:
        return None
    fams = reader.families(things)
    ev = (end.timex.earliest, end.timex.latest)
    starts = [m for m in reader.marks if m.role == iv_reader.START and not m.ranged and m.date is not end
              and m.interval[0] <= ev[1] and _linked(m, things, fams, here, headline)]
    if len({m.interval for m in starts}) != 1:
        return None
    start = starts[0]
    proven = start.sentence == here == reader.an.sentence_at(end.start).index
    return ((start.date, start.cue), (end, end.text), proven,
            "a length told as ending on its clause's date: from the thing's dated start to that date")


LIST_HOW = ("a dated list (a programme, a timeline, a table of key dates) read as the span of the event the "
            "length is told of: from its first date to its last")


def _list_span(reader, d: Claim):
    """A length told of a thing (its noun, else its clause's words) that a dated list of the
    article names (a word of its lines, of the paragraph introducing it, or of the headline,
    or another name of the same event): from the list's first date to its last. The one list
    so linked only; a reading (info)."""
    if any(lst.start <= d.start < lst.end for lst in reader.lists):
        return None
    things = reader.thing_words(d) or reader.clause_things(d)
    if not things or set(things) & iv_reader.SET_TERMS:
        return None
    fams = reader.families(things)
    head = headline_span(reader.article)
    title = set()
    if head is not None:
        title = {iv_reader.key(t.text) for t in reader.an.words_in(*head) if t.text[:1].isalpha()}
    linked = [lst for lst in reader.lists if fams & reader.families(lst.words | title)]
    if len(linked) != 1:
        return None
    lst = linked[0]
    first, last = lst.first, lst.last
    if first is last:
        return None
    return ((first, first.text), (last, last.text), False, LIST_HOW)
