"""date.sequence-conflict: "followed by", "then", "after", "before" whose dates run the other way."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from itertools import accumulate

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from checker.rules.wording import span_words
from claims.changes import DIRECTION as CHANGE_WORDS
from claims.events import VERBS, event_kind, fold_word, verb_lemma
from claims.language import analyse
from claims.language.analysis import LINK_REACH_SENTENCES
from claims.language.tokens import WORD, tokenize, words_of
from claims.language.vocabulary import CLASSES, is_a
from claims.lexicon import load
from claims.mentions import INDEFINITE, POSITIONAL, SET_APART, same_word, synonym_key
from claims.model import Claim, ClaimSet
from claims.temporal import calendar as cal
from claims.temporal.tense import is_past_form
from claims.text import first_letters, phrase_alternatives, sentence_bounds, word_before

MESSAGE = "\u201c{connective}\u201d puts {first} {order} {second}, but {first_when} is {actual} {second_when}"
RELATED = "dated {when}"

_SEQUENCE = load("sequence")
_FORWARD, _BACKWARD = phrase_alternatives(_SEQUENCE["forward"]), phrase_alternatives(_SEQUENCE["backward"])
_THEN = phrase_alternatives(_SEQUENCE["forward_after_comma"])
#: (a look at the first character before the alternation, claims.text.first_letters: a match
#: starts with a phrase's first letter or a comma, and a search skips every other character at
#: once; a fifth faster)
_CONNECTIVE = re.compile(rf"(?i){first_letters([*_SEQUENCE['forward'], *_SEQUENCE['backward'], ','])}"
                         rf"(?:\b(?P<fwd>{_FORWARD})\b|\b(?P<back>{_BACKWARD})\b|,\s*(?P<then>{_THEN})\b)")
#: Clause words that inside the second event's phrase are prepositions ("expanded to
#: Manchester in"), and open a range or deadline only right before its date ("to 2021").
_RANGE_WORDS = frozenset({"from", "to", "by", "through"})
_LOC_VERBS = frozenset(_SEQUENCE["locative_before"]["verbs"])
_LOC_NOUNS = frozenset(_SEQUENCE["locative_before"]["nouns"])
#: How far (in words) after a "before" of place its body may stand: "brought before the
#: Eastfield Magistrate's Court" (four), "testified before a Senate ethics panel" (four).
LOCATIVE_REACH = 5


_LOC_FOLLOWERS = frozenset(_SEQUENCE["locative_before"]["followers"])
#: "before Justice Ana Ruiz on Friday", "before the tribunal, which": a body or officer right
#: after "before" (after an article at most), its name if it has one, then what may follow.
_BODY_AFTER = re.compile(r"\s+(?:(?:the|a|an)\s+)?(?P<noun>[A-Za-z]+)(?:['\u2019]s)?"
                         r"(?:\s+[A-Z][\w'\u2019.-]*)*(?P<next>\s*(?:[,;:.()]|$)|\s+[A-Za-z]+)")


def _locative(text: str, start: int, end: int) -> bool:
    """Whether the sequence word at [start, end) is a "before" of place: a verb of appearing
    right before it (lexicon locative_before) and a body one appears before ("magistrates",
    "a Senate panel") within LOCATIVE_REACH words after it; or, whatever the verb, a body or
    officer right after it whose phrase ends the clause or is followed by a preposition
    (followers: "opened before Justice Ana Ruiz on Friday"), not by a verb of its own ("before
    the judge ruled", "before the council meeting"). It orders nothing."""
    if text[start:end].strip(", \n").lower() != "before":
        return False
    if word_before(text, start) in _LOC_VERBS:
        after = [w.lower for w in analyse(text).words_after(end, LOCATIVE_REACH)]
        return any(re.sub(r"['\u2019]s$", "", w) in _LOC_NOUNS for w in after)
    body = _BODY_AFTER.match(text, end)
    if not body or body["noun"].lower() not in _LOC_NOUNS:
        return False
    follower = body["next"].strip().lower()
    return not follower[:1].isalpha() or follower in _LOC_FOLLOWERS


_ACCOUNTING = frozenset(_SEQUENCE["accounting_before"]["words"])
_ACCOUNTING_AFTER = frozenset(_SEQUENCE["accounting_after"]["words"])


def _accounting(text: str, start: int, end: int) -> bool:
    """Whether the sequence word at [start, end) is a "before" of what a figure leaves out:
    right before an accounting word of the lexicon (accounting_before), after "the" or "any"
    at most ("profit before tax", "(before exceptional costs)"), or an "after" of what it has
    deducted, right before one of accounting_after ("profit after tax", "after tax loss"). It
    orders nothing."""
    word = text[start:end].strip(", \n").lower()
    if word == "after":
        after = analyse(text).words_after(end, 1)
        return bool(after) and after[0].lower in _ACCOUNTING_AFTER
    if word != "before":
        return False
    after = [w.lower for w in analyse(text).words_after(end, 2)]
    if after and after[0] in ("the", "any"):
        after = after[1:]
    return bool(after) and after[0] in _ACCOUNTING


_NAMING_VERBS = frozenset(_SEQUENCE["naming_after"]["verbs"])


def _naming(text: str, start: int, end: int) -> bool:
    """Whether the sequence word at [start, end) is an "after" of naming: a verb of naming right
    before it (lexicon naming_after) and a capitalized word right after it ("the stadium, renamed
    after Puskas in 2002"). It orders nothing; "named after the vote" keeps its order."""
    if text[start:end].strip(", \n").lower() != "after" or word_before(text, start) not in _NAMING_VERBS:
        return False
    nxt = analyse(text).words_after(end, 1)
    return bool(nxt) and nxt[0].text[:1].isupper()


def _not_order(text: str, start: int, end: int) -> bool:
    """A sequence word that orders nothing: a "before" of place or of accounting, an "after" of
    naming."""
    return _locative(text, start, end) or _accounting(text, start, end) or _naming(text, start, end)


@lru_cache(maxsize=1024)
def _sequence_words(text: str, lo: int, hi: int) -> tuple[re.Match, ...]:
    """The sequence words in text[lo:hi], without a "before" of place ("appeared before a
    judge") or of accounting ("profit before tax"). Positions are the text's. Kept for the
    article's windows: the passes over its sentences (_dated_elsewhere, _linked,
    _another_one) ask of the same sentences, and the case-blind alternation tried at every
    word was the rule's largest cost."""
    return tuple(m for m in _CONNECTIVE.finditer(text, lo, hi) if not _not_order(text, m.start(), m.end()))
_PASSIVE_LEAD = frozenset(_SEQUENCE["passive_lead"])
#: The sequence words that are passives of order ("was followed by", "were preceded by").
PASSIVE_ORDER = frozenset(w for w in _SEQUENCE["forward"] + _SEQUENCE["backward"] if w.endswith(" by"))
#: "hearings that ended on 14 March", "repairs that were completed in August": a relative
#: clause that dates the second event's noun.
_DATING_RELATIVE = re.compile(r"(?i)\b(?:that|which)\s+(?:(?:was|were|had|has|have)\s+(?:been\s+)?)?[a-z]+\s+(?:on|in)\s*$")
#: "after a consultation that ran until 18 March": a relative clause that dates the end of the
#: second event's noun. Only an "after" reads it: what comes after an event comes after its end.
_ENDING_RELATIVE = re.compile(r"(?i)\b(?:that|which)\s+(?:(?:was|were|had|has|have)\s+(?:been\s+)?)?[a-z]+\s+"
                              r"(?:until|till|through|to)\s*$")
#: A mark that ends a side of a sequence word: what stands past it is told apart from the side.
_SIDE_BREAK = re.compile(r"[,;:()]")
#: Comparisons, not sequences: "higher than before 1985", "the first time since 1980".
_NOT_SEQUENCE = re.compile(r"(?i)\b(?=[defms])(?:first\s+time\b|since\s+then\b|ever\b|due\b|matur)")
#: Words between the first date and the sequence word may only measure the gap ("two months
#: after"), but for the noun the date itself qualifies ("a 2021 coup, followed by"); at most
#: this many words from the sequence word to the second date, of which one must name what the
#: second date dates (or the date must qualify a noun: "the 1989 collapse").
MAX_TAIL = 8
#: How far before the first date a baseline word reaches: "fell to 299 mln dlrs at year end
#: from 430 mln dlrs at year end 1985" (seven words), not "Figures from the Banking
#: Information Service showed personal sector lending ... rose by 1.66 billion stg in August".
BASELINE_WORDS = 12
_GAP, _CLAUSE = frozenset(_SEQUENCE["gap"]), frozenset(_SEQUENCE["clause"])
_LABEL_BEFORE, _LABEL_AFTER = frozenset(_SEQUENCE["label_before"]), frozenset(_SEQUENCE["label_after"])
_SEQ_ENDS = frozenset(w.split()[-1] for w in _SEQUENCE["forward"] + _SEQUENCE["backward"]) - {"of"}
#: A baseline a date may stand in: a "from" phrase (up to the "to" that closes it), "compared
#: with", or a "than" phrase that compares dates, not amounts ("more than 4.5 pct" is an amount).
_NUMBER_WORDS = "|".join(load("temporal")["number_words"])
_FROM_TO = re.compile(rf"(?i)\b(?:compared\s+(?:with|to)|versus|vs|from|to|than(?!\s+(?:\d|(?:{_NUMBER_WORDS})\b)))\b")
_FUNCTION_WORDS = frozenset(load("events")["stopwords"])
#: A date written before what it dates: "the 1989 collapse", "last year's drop".
_PREMODIFIER = re.compile(r"(?:['\u2019]s)?\s+[A-Za-z0-9]")
#: A relative clause the first date stands in ("Smith, who was appointed in June, after ..."):
#: the sequence word beyond its closing comma belongs to the main clause.
_RELATIVE = re.compile(r"(?i),\s*(?:who|which|whom|whose|where|when)\b[^,]*$")


_BARE_WEEKDAY = re.compile(r"(?i)(?:on\s+)?(?:early\s+|late\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                           r"(?:\s+(?:morning|afternoon|evening|night))?$")


def _weeks_apart(t1: Claim, t2: Claim) -> bool:
    """Two bare weekday names ("Friday", "Monday night") placed in different weeks: only the
    tense read around each chose its week, so their order is not the text's."""
    if not (_BARE_WEEKDAY.match(t1.text) and _BARE_WEEKDAY.match(t2.text)):
        return False
    return t1.timex.earliest.isocalendar()[:2] != t2.timex.earliest.isocalendar()[:2]


#: The most characters (spaces and marks) between a date and a label word after it ("2019
#: levels", "1990-base").
LABEL_GAP_CHARS = 3


def _word_after(text: str, at: int) -> str:
    """The word right after ``at`` (a date's end), lower case, with at most LABEL_GAP_CHARS
    spaces or marks between; "" when a number or nothing stands there."""
    nxt = analyse(text).words_after(at, 1, sentence=False)
    if not nxt or nxt[0].kind != WORD or nxt[0].start - at > LABEL_GAP_CHARS:
        return ""
    return nxt[0].lower


#: A second event told by its own verb right before its date ("after a truce between the two
#: sides took effect on 11 June") may stand this far (in words) after the sequence word; a
#: "between X and Y" inside it is a noun phrase, not a second clause.
EVENT_TAIL = 16


#: A capitalized word of a name ("Food", "O'Neill").
NAME_WORD = r"[A-Z][A-Za-z0-9'\u2019-]*"
#: Lower-case words that stand inside a name between two capitalized words ("Food and Drug
#: Administration", "Bank of England": lexicon sequence name_inner), as a regex alternation:
#: there they join no clauses.
NAME_INNER = "|".join(sorted(_SEQUENCE["name_inner"]))
#: A name as _name_words counts it: one capitalized word or more, abbreviations' dots joining
#: them ("U.S. Food and Drug Administration"). (date.future-past's name in a clause's subject is
#: of the same words, but two at least and a bracketed part in it.)
_NAME_RUN = re.compile(rf"{NAME_WORD}(?:(?:\.?\s+|\.)(?:(?:{NAME_INNER})\s+)?{NAME_WORD})*\.?")


def _name_words(s: str) -> list[str]:
    """The words of ``s``, lower-cased, a name of several capitalized words counted as one
    ("approval by the U.S. Food and Drug Administration in": approval, by, the, u, in), so an
    "and" inside a name opens no clause and a long name is one participant."""
    runs = [m.span() for m in _NAME_RUN.finditer(s)]
    out, k = [], 0
    for t in tokenize(s):
        while k < len(runs) and runs[k][1] <= t.start:
            k += 1
        inside = k < len(runs) and runs[k][0] <= t.start
        if t.is_word and (not inside or t.start == runs[k][0]):  # a name's first word stands for it
            out.append(t.lower)
    return out


#: "the 2018 European Cup in Lisbon, then": a place named after the first date's event,
#: between it and the sequence word, tells where, not when.
_PLACE_AFTER = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][A-Za-z'\u2019-]*(?:\s+[A-Z][A-Za-z'\u2019-]*){0,3}\s*,?\s*$")


def _joins(text: str, lo: int, t1: Claim, t2: Claim, m: re.Match, verb_dated: bool = False) -> bool:
    """Whether the sequence word ``m`` (between the two dates) orders the events the two dates
    date: it follows the first date's phrase, introduces the second's, and neither date is a
    label or stands in another clause, comparison, range or deadline. ``lo`` is where the
    sentence of the two dates starts."""
    between = text[t1.end:t2.start]
    lead, tail = between[:m.start()], between[m.end():]
    if not lead.strip() and word_before(text, t1.start) == "the":
        return False  # "the Friday before the summit of 22 February": a day counted from the other side
    place = _PLACE_AFTER.search(lead)
    lead_words = _name_words(lead[:place.start()] if place else lead)
    tail_words = _name_words(tail)
    ending = m.group("back") is not None and not _DATING_RELATIVE.search(tail) and _ENDING_RELATIVE.search(tail)
    counted = _name_words(tail[:ending.start()]) + ["ran"] if ending else tail_words  # the noun and its verb
    # "another 65,000 units", "to 27:33.80": a figure's separators break no clause
    if re.search(r"[;:()\[\]\"\u201c\u201d]", _FIGURE_SEPARATOR.sub("", between)) \
            or "," in _FIGURE_SEPARATOR.sub("", tail) \
            or len(counted) > (EVENT_TAIL if verb_dated else MAX_TAIL):
        return False
    if verb_dated and "between" in tail_words and tail_words.count("and") == 1 \
            and tail_words.index("between") < tail_words.index("and"):
        tail_words = [w for w in tail_words if w not in ("between", "and")]
    # "The protests, which began on 28 September, were preceded by"; without the comma only a
    # passive of order ("The vote on May 6 was preceded by"): the first date is its subject's
    verb_lead = bool(lead_words) and set(lead_words) <= _PASSIVE_LEAD \
        and (lead.lstrip().startswith(",") or m.group().strip(", ").lower() in PASSIVE_ORDER)
    if verb_lead:
        lead_words = []  # "The protests, which began on 28 September, were preceded by"
    relative = _DATING_RELATIVE.search(tail) or ending
    if relative:
        tail_words = words_of(tail[:relative.start()], numbers=True) + ["dated"]
    if lead_words and re.match(r"\s+[A-Za-z]", lead) and lead_words[0] not in _FUNCTION_WORDS | _CLAUSE:
        lead_words = lead_words[1:]  # "a 2021 coup, followed by": the noun the date qualifies
    inner = set(tail_words[:-1]) - _RANGE_WORDS  # "then expanded to Manchester in": a preposition, not a range
    if not set(lead_words) <= _GAP or _CLAUSE & (inner | set(tail_words[-1:])) or _NOT_SEQUENCE.search(between):
        return False
    last = None
    clause = max(lo, text.rfind(",", lo, t1.start) + 1)
    words_before = [w.start for w in analyse(text).words_in(clause, t1.start)]
    reach = words_before[-BASELINE_WORDS] if len(words_before) >= BASELINE_WORDS else clause
    for last in _FROM_TO.finditer(text, reach, t1.start):  # noqa: B007 (keeps the last match)
        pass
    if last is not None and last.group().lower() != "to":
        return False  # "fell to 299 from 430 mln in 1985, after", "higher than in 2019 after": a baseline
    first_lead = word_before(text, t1.start)
    before = {first_lead} | ({word_before(text, t2.start)} if tail_words and not ending else set())
    if before & (_CLAUSE | _LABEL_BEFORE) or first_lead in _SEQ_ENDS:
        return False  # "since 1949, after", "until Tuesday after", "due August 15, 1996 before"
    if {_word_after(text, t1.end), _word_after(text, t2.end)} & _LABEL_AFTER:
        return False  # "2007 models", "in 1986 prices"
    if "," in lead and _RELATIVE.search(text, lo, t1.start) and not (verb_lead or m.group().strip(", ") in ("followed",)):
        return False  # the relative clause's date, and a sequence word of the main clause
    if not any(w not in _FUNCTION_WORDS and not w[0].isdigit() for w in tail_words) \
            and not _PREMODIFIER.match(text, t2.end):
        return False  # "after the winter", "before May 7": no second event to order
    return True


def _dated(c: Claim) -> bool:
    """A calendar date the text fixes: written with its year, or relative to publication and
    as precise as its value (not a yearless date whose tense left two years open). A time of
    day counts by its day ("Monday night")."""
    t = c.timex
    if t is None or t.type not in ("DATE", "TIME") or t.earliest is None or t.latest is None \
            or t.value.endswith("_REF"):
        return False
    if t.resolution == "absolute":
        return True
    named = t.value[:10] if t.type == "TIME" else t.value
    return t.resolution == "dct" and cal.value_of((t.earliest, t.latest)) == named


def placed(c: Claim) -> bool:
    """Whether a time claim has a place in the calendar: an interval (either end of it), or the
    days a reader may take it for (``attrs.readings``). Every finding of this rule orders two
    such claims, so an article with fewer than two is not read further: a cheap test that
    skips most articles checked without a publication date, whose relative dates stay
    unplaced."""
    t = c.timex
    return t.earliest is not None or t.latest is not None or bool((c.attrs or {}).get("readings"))


@rule("date.sequence-conflict", Severity.WARNING, "A sequence word whose dates run the other way", needs_text=True)
def check(claims: ClaimSet):
    """
    What it checks
        Two dated events in one sentence joined by a single sequence word: "followed by",
        "before", "prior to", "ahead of" say the first came first; "after", "following",
        "preceded by" say it came second (claims/lexicons/sequence.json). Between the first
        date and the sequence word stand only words that measure the gap ("in March, two
        months after") or the noun the date qualifies ("a 2021 coup, followed by"); the
        sequence word introduces the second event within eight words, without a comma
        ("rose in February after a fall in January", "after the 1989 collapse", "after last
        year's drop"). The dates must allow the order: "a 2021 coup, followed by another
        coup in 2019" does not. A passive of order after the first date's noun ("The hearing
        on 5 May was followed by a ruling on 2 May"). Also: "followed" as a verb ("the ballot, held on 10 March,
        followed hearings that ended on 16 March"), a main verb after a relative clause that
        dates its subject ("the protests, which began on 28 September, were preceded by"),
        ", then" ("opened in Hull in 2012, then expanded to York in 2009"), a
        sentence opening with a short subject, an adverb of sequence and a past verb after
        the sentence that dated what came first ("Residents met on 14 October. They then
        delivered a petition on 2 October": a warning when that sentence, right before, holds
        one date at the end of its clause; an info finding when the date has more after it or
        stands up to THEN_LOOKBACK_SENTENCES back past undated sentences; the adverb may
        follow the verb, a particle between: "He was arrested later, on 1 August", "came back
        later", lexicon adverbs_after_verb and verb_particles, not "then"), a fronted
        "Before/After <event> <date>, <main clause> <date>" (the second date within
        FRONTED_REACH words), "It was followed by <event> <date>" opening the sentence
        after the one that dates its subject, and an adverb of sequence opening the clause
        after a semicolon or the next sentence ("approved it on 8 November; then, on 2
        November, shareholders voted"; "... in 2016. Afterwards, in 2014, ..."; lexicon
        clause_openers), the first date ending its clause. A name of several capitalized
        words counts as one word after the sequence word and in a joined clause's tail, an "and"
        inside it joining no clauses ("following approval by the Food and Drug Administration in");
        a figure is one word and its comma or colon no clause break ("and then trimmed it to
        13:02.15 at", "another 65,000 units on"). A fronted
        "Before joining Rovers," whose verb has no date in its sentence takes the one date
        other sentences give that verb's event with the same participant ("joined Rovers in
        2019"); a main clause's date in a relative clause counts only when that clause has a
        pronoun subject of its own ("City, which he left in 2021"; not "City, which won in
        2021"). A sentence opening "Before that" or "Previously" (clause_openers_back) puts its
        event before the date of the sentence before. A second event told by its own verb right
        before its date may stand up to EVENT_TAIL words after the sequence word ("after a
        truce between the two sides took effect on 11 June"). Events dated in other
        sentences: a side that its sentence does not date ("the inquiry, set up after the
        collapse") takes the one date the other sentences give the same event (the same
        kind, so "gave way on 2 April" dates "the collapse"; the same ordinal when it has
        one, "the first phase", whose mention may be dated by the one date of its
        sentence); the event must stand within SECOND_REACH words after the sequence word
        (FIRST_REACH before it). A day set off by a comma right after the second event
        ("talks held in the run-up to the summit, on 20 March", the summit dated 14 March in another
        sentence by the same word) dates the first side or, as an apposition, the second:
        when neither reading holds it is a warning; when only another year of a day written
        without one saves the order, an info finding shows both readings.
        Between the first date and the sequence word may stand the place of its event ("the
        2019 Games in Oslo, then"); after "after", a relative clause giving the end of the
        second event ("after a consultation that ran until 18 June") dates it by that end.
        Two days of which one leaves its year open are read in the nearest years whatever
        tense each took. A "before" of accounting ("profit before tax", "before exceptional costs": lexicon
        accounting_before) orders nothing. A "before" of place (a verb of appearing, then within LOCATIVE_REACH
        words a court, judge or committee; lexicon locative_before) is no sequence word.
        A definite mention of a kind that recurs ("the vote") with no dated mention to link
        to is dated by the nearest earlier sentence that tells it by a past verb of the same
        word or a synonym and holds one fixed date ("Members voted ... at a meeting on 3
        April"): a reading, so an info finding. A first side dated elsewhere may meet a second
        dated in its own sentence ("The ruling was preceded by an inquiry on 12 May"), and a
        second side may be dated by a relative or participle clause set off right after its
        noun (", which closed on 16 May", ", held in April").
        Sides told in other words (_linked): a sentence with a sequence word splits into the
        main clause and the event the word introduces (fronted, "Only after <event> did ...",
        the main clause's date may follow a colon; or after the main clause); a side its
        sentence leaves undated takes the date of the clause elsewhere that tells the same
        event in other words: LINK_SHARED content words in common by their event keys (a
        lemma, a synonyms class of the events lexicon: "stopped selling" is "sales
        ended", "burst its banks" is "the flooding"), one of them an event word standing
        within LINK_NEAR words of that date; or, for a side of at most LINK_SHORT_SIDE content
        words ("after the audit"), the one word that names its event (for a kind that recurs,
        "after the storm", an info finding: a reading). At least one side must be linked.
        A fronted "Only after <event> did <subject> <verb>." whose main clause ends its
        sentence undated takes the date of the next sentence's first clause that tells what
        its subject did (opening with a subject pronoun or naming one of its words) and holds
        one date ("It suspended the treasurer on 5 August").
        Orders told without a sequence word between the dates: occurrences of one series
        numbered by ordinals (lexicon ordered_series: readings, rounds, legs, ballots) happen
        in the order of their numbers, each dated by the date after it within
        ORDINAL_DATE_WORDS words ("Its second reading came on 7 May" after "its first reading
        on 14 May"; "a second forum" after the one unnumbered forum told before it), a higher
        number dated before a lower one by at most SERIES_DAYS days. "Earlier" (lexicon
        earlier_adverbs) opening a sentence or right before a past verb puts its clause before
        an event the story has told: dated after every date told before it, one of them a day
        within EARLIER_REACH_DAYS, it is placed before nothing told. "And then" may follow an
        aside set off by commas after the first date (at most ASIDE_WORDS words: "reached the
        port on 9 June, an hour behind the timetable, and then"), and ", later" orders as ",
        then" does ("first won it in 2011, later taking the crown in 2008"). "A smaller one"
        after a sequence word (lexicon pro_nouns, up to PRO_MODIFIERS modifiers) is another
        occurrence of the event named before the word, dated by the first date after it;
        that event's other mentions agree when they nest (a season and a day in it).
        Order relations in any wording (_relations, lexicon relations): an order word with
        its direction relates two sides, and their dates are those the article gives them. A
        linking word ("after", "preceded", "came before", "followed the vote", "in the wake
        of") relates the main clause and the phrase after it (fronted, the phrase up to its
        comma and the clause after; right after a comma, the clause before the comma); an
        anaphoric word ("and then added", "but later upheld", "went on to", "followed suit",
        "came afterwards", "Previously, ...") relates its clause and the clause before "and"/
        "but" (or a comma right before it), or the sentence before when that one holds one
        date. A side is dated by its own clause (within SIDE_WORDS words, MAX_TAIL for a
        phrase without a verb of its own; a range "between
        2009 and 2013" is one interval), by an aside set off after it that tells its event
        (after an event noun, or with a pronoun subject of its own: ", handed down on 2
        May", ", a post she took in 2016"), or by another mention of its event. Both sides
        dated by their own clauses in one sentence: a warning; a side dated by an aside, the
        sentence before or another mention: an info finding showing both sides. A side that
        names only a participant ("followed by the appeals board") is dated by a relative
        clause set off after it (", which rejected it on 21 June") when its verb, within
        RELATIVE_VERB_WORDS words, tells again an event the other side told (the same lemma or
        synonyms class); a summary apposition after the first clause's comma ("signed it on 3
        August, a step that was preceded by", "a move that came after": lexicon relations
        summary_nouns) relates that clause; a sentence opening with a demonstrative or a
        possessive and a summary noun ("This decision followed ...", "Their approval
        preceded ...", "That move was preceded by ...") relates
        the sentence before when that one holds one date. A definite mention dated by a past
        verb told before (_told_by_verb) looks back at most TOLD_BY_VERB_WORDS words.
        The weak-link tier (_weak_order), when no path above decided: an order word (lexicon
        relations) and the nearest written calendar date on each side of it, each within
        WEAK_SIDE_WORDS words: after it, in its clause or an aside set off right after that
        clause's verb;
        before it, in its sentence or the sentence before (for a linking word, only after a
        short definite subject of at most WEAK_SUBJECT_WORDS words opening its sentence: "The
        vote was preceded by"; past WEAK_SIDE_WORDS when the date of the sentence before
        stands in the aside right after that sentence's own short definite subject, "The
        stoppage, which started on 6 May, ... The action was preceded by": its topic);
        fronted, the phrase's date (or its aside's) and the first after its comma. When they
        run the other way, an info finding shows both: the nearest date
        may be another event's ("if “later” orders the events dated 12 May and 30 May ...").
        Sides told elsewhere, more ways: a second side no event word names but a date right
        after it introduces ("followed the firm's capital raising on 9 May", PHRASE_WORDS words
        at most); a second side whose date is written before its noun ("after the union's 2020
        merger"); a first side named by a demonstrative ("That vote came after", "This
        climbdown came after": a noun no event word names, opening its sentence; lexicon
        demonstratives), dated by the one date of the sentence right before if that sentence
        tells a past event (an info finding: the demonstrative may point further back). An
        adverb of sequence after a sentence with several dates (or one counted from a date of
        another sentence, "the next morning"): the second date before every one of them (an
        info finding). A past verb of following with no object ("Confirmation followed on 9
        October", lexicon following_verbs) orders as an adverb does; a date bound to its event
        by "first" may stand up to FIRST_LOOKBACK_SENTENCES sentences back (an info finding).

    Why it matters
        An order reversed by a wrong year or month is easy to miss in editing and misleads
        the reader about cause and effect.

    Does not flag
        Dates that overlap (a year and a month inside it), a phrase anchored on the other
        date ("nine months later" is later by construction), comparisons and baselines
        ("higher than in 2019 after", "fell to 299 from 430 in 1985, after", "compared with
        February 1986 after", "the first time since 1980"), ranges and deadlines ("from 2019
        to 2021", "until Tuesday after", "since 1949, after"), a second date in another
        clause or after a comma ("after a report, the agency said on Monday"), a first date
        in a relative clause ("Smith, who was appointed in June, after"), labels rather than
        event dates ("base 1981", "due August 15, 1996", "2007 models"), two weekday names
        that only the tense placed in different weeks ("closes on Friday after opening on
        Monday"), pairs with another date or more than one sequence word between them,
        "since", "later" and "then" without a comma (parallel or anchored, not ordered), a
        preposition right before the second date ("then fell from 2012 to 2014": a range), a
        fronted phrase whose date does not stand right before its comma, a second date with
        no event of its own ("reopen March 31 after the winter", "after 2012"), and dates
        without a fixed calendar place ("recently"; a yearless date whose tense leaves two
        years open, unless read in the year nearest the other side, within
        NEAREST_READING_DAYS, every reading that near gives one order: "a stoppage on 20 March,
        followed by a march on 14 March"); an event dated elsewhere by mentions that disagree, by a range's edge
        or a deadline ("offices closed until Wednesday") or by a plan after publication ("will
        meet on Wednesday": another meeting, or one that may move), or a mention of a kind
        that recurs (lexicon recurring_kinds: meetings, ballots, strikes) without an ordinal,
        unless it names one already told (claims/mentions.py ``link``: "following the vote"
        after "Members voted on 3 April"; a reading, so an info finding);
        a date after the sequence word in its clause ("before the election on May 1", "ahead
        of a weekend election": the second event is dated in its sentence); a longer reach for
        a noun right before its date ("the uprising in 1973": only a verb tells the event), or by an unnumbered
        mention that carries no date of its own; a side farther from the sequence word than
        SECOND_REACH / FIRST_REACH words; a day after the second event with more than a comma
        and "on" between, or a second event whose other mentions (more than SET_OFF_MENTIONS)
        disagree on its day or give it as a range's edge. A linked side is not read when
        its sentence or the clause that would date it tells a plan (lexicon linked.future),
        another occurrence ("last won it in 1988", "for the first time"; "a hearing", "the
        earlier vote" by one word), a date that qualifies a noun ("the 1985 growth rates"),
        another event of a participant ("joining Rovers" and "joined City"; "OPEC agreed"
        and "agreed to help OPEC"), a numbered occurrence the side does not number ("the
        first meeting"), or a date with another date near it; best matches must agree.
        Numbered occurrences whose noun is a part, a place or a rank ("the first half",
        "second place"), one number given two dates (two series), or two unnumbered mentions
        before "a second" one (which was the first is not told); "earlier" inside a time
        phrase ("earlier this month"), before a noun ("the earlier vote"), in a comparison
        ("earlier than planned"), dated on or after the day before publication (earlier than
        the writing), or with an event told before it that is dated later; an aside that is
        a clause of its own ("which was early"); "the one" (a thing already told).
        An order relation is not read when a side holds two dates (not a range), the
        word's clause is reported words or a comparison ("found that ... before", "later than
        planned after"), the phrase after a linking word holds an "and" of two clauses before
        its date, an aside tells another thing ("City, which won the league in 2021", "Smith,
        who took office in 2019"), the word stands inside a noun phrase ("the previously
        announced dates") or after a day counted from the other side ("the Friday before the
        summit"), the subject of an anaphoric word's clause holds a date of its own, the
        sentence before holds more than one date or a date of the writing ("today"), a
        participant's relative clause that tells another event ("followed by Rovers, which won
        the league in 1910"), a summary noun after "The" opening a sentence (it may name
        another event), or a
        "before that" follows a sentence that orders another event (which one "that" is, is
        open); "from 2012 to 2014" of bare years (amounts, after a verb of change) is no range.
        The weak-link tier takes no date the publication places ("yesterday", "last year", a
        bare month), a date that qualifies a noun ("its 1986 results"), a range's end, a
        deadline or a baseline ("until", "by", "since", "compared with": lexicon weak_order),
        the day a reporting verb tells ("said on 3 May"), dates with figures between them (a
        statistic's periods; not a figure told after the aside that dates the subject before), or dates in a sentence that tells a plan or a modal before them.
        A side dated by a clause elsewhere that tells its event in other words reads only the
        clauses within LINK_REACH_SENTENCES (400) sentences of it (claims/language/analysis.py):
        further than any news article runs, so what it bounds is a text of many articles, which
        would otherwise read every clause from every side.
    """
    times = [c for c in claims.of_kind("time") if c.timex is not None and c.timex.type in ("DATE", "TIME")]
    if sum(1 for t in times if placed(t)) < 2:
        return  # every tier below orders two dates of the calendar: an article without two has none
    found = _one_per_pair(_check(claims, times))
    yield from found
    reported = {f.start for f in found} | {r.start for f in found for r in f.related}
    linked = list(_linked(claims, times, reported))
    yield from linked
    reported |= {f.start for f in linked} | {r.start for f in linked for r in f.related}
    related = list(_relations(claims, times, reported))
    yield from related
    reported |= {f.start for f in related} | {r.start for f in related for r in f.related}
    yield from _weak_order(claims, times, reported)


def _one_per_pair(findings) -> list[Finding]:
    """The findings with one per pair of dates: two paths that read one order of the same two
    dates ("A second forum followed on 3 June", by its number and by its verb) report it once,
    the first path's."""
    seen, kept = set(), []
    for f in findings:
        pair = frozenset((r.start, r.end) for r in f.related)
        if len(pair) == 2 and pair in seen:
            continue
        seen.add(pair)
        kept.append(f)
    return kept


def _check(claims: ClaimSet, times: list[Claim]):
    text = claims.article.text
    verb_dated = _verb_dated(claims, text, {t.id: t for t in times})
    for i in range(len(times) - 1):
        read = _read_together(times[i], times[i + 1])
        if read is None:
            continue
        t1, t2 = read
        between = text[t1.end:t2.start]
        lo, hi = sentence_bounds(text, t1.start, t1.end)
        if t2.end > hi:
            continue  # another sentence ("2.5 pct" keeps its decimal point)
        found = [m for m in _CONNECTIVE.finditer(between) if not _not_order(text, t1.end + m.start(), t1.end + m.end())]
        joined = _joined_adverb(text, t1, t2)
        if joined is not None or not found:  # a sequence word inside the aside orders nothing of the two
            if joined is not None and not _tense_apart(t1, t2) and t1.timex.earliest > t2.timex.latest:
                yield _finding(t1, t2, joined.group("adv"), True, joined.start("adv"), joined.end("adv"))
            continue
        if len(found) != 1 or not _joins(text, lo, t1, t2, found[0], t2.id in verb_dated):
            continue
        if _tense_apart(t1, t2):
            continue  # "closes on Friday after opening on Monday": the tense chose the week, not the text
        m = found[0]
        forward = m.group("back") is None
        a, b = (t1.timex.earliest, t1.timex.latest), (t2.timex.earliest, t2.timex.latest)
        if forward and a[0] <= b[1]:
            continue
        if not forward and a[1] >= b[0]:
            continue
        connective = " ".join(m.group().strip(", ").split())
        yield _finding(t1, t2, connective, forward, t1.end + m.start(), t1.end + m.end())
    yield from _across(claims, times)
    yield from _subject_then(claims, times)
    yield from _dated_elsewhere(claims, times)
    yield from _ordinal_series(claims, times)
    yield from _earlier_than_told(claims, times)
    yield from _another_one(claims, times)


def _tense_apart(t1: Claim, t2: Claim) -> bool:
    """Two dates told in different tenses, or two weekday names only the tense placed in
    different weeks: their order is not the text's. Two days of the month of which one leaves
    its year open were read in the years nearest each other (_read_together): there the tense
    chose no year ("ends with the final on 2 June, preceded by qualifiers on 5 June")."""
    if any(len((t.attrs or {}).get("readings") or ()) > 1 for t in (t1, t2)) and _readings(t1) and _readings(t2) \
            and not _weeks_apart(t1, t2):
        return False
    tenses = (t1.timex.tense, t2.timex.tense)
    return None not in tenses and tenses[0] != tenses[1] or _weeks_apart(t1, t2)


_JOINED_ADVERBS = phrase_alternatives(_SEQUENCE["joined_adverbs"])
#: The most words of a joined clause's subject before its adverb: "and the shareholders of
#: both firms subsequently" (five).
JOINED_SUBJECT_WORDS = 5
#: The first clause may end on one aside set off by commas ("reached the port on 9 June, an
#: hour behind the timetable, and then"): at most ASIDE_WORDS words, no clause word, no past verb.
ASIDE_WORDS = 8
#: The comma, colon or point inside a figure ("65,000", "27:33.80"), which breaks no clause.
_FIGURE_SEPARATOR = re.compile(r"(?<=\d)[.,:](?=\d)")
#: A character of a clause: no comma, semicolon, colon or bracket, but a figure's inner comma or
#: colon ("40,000", "27:33.80") is part of a word, not a break.
_IN_CLAUSE = r"(?:[^,;:()]|(?<=\d)[,:](?=\d))"
_JOINED = re.compile(rf"(?i)(?:\s*,(?P<aside>{_IN_CLAUSE}*?)(?=,))?\s*,?\s*(?:and|but)\s+(?P<subject>{_IN_CLAUSE}*?)\b"
                     rf"(?P<adv>{_JOINED_ADVERBS})\s+(?P<verb>[a-z]+)\b(?P<tail>{_IN_CLAUSE}*)$")
_JOINED_LEAD = frozenset(_SEQUENCE["passive_lead"])
#: Words after a verb of saying that open the words it reports ("added that", "said it would").
_REPORTED_LEADS = frozenset(_SEQUENCE["reported_leads"])


def _joined_adverb(text: str, t1: Claim, t2: Claim) -> re.Match | None:
    """"The board approved the plan on 4 May, and members subsequently ratified it on 9 May":
    the first date ends its clause, a clause joined by "and"/"but" follows whose verb (a past
    form, after at most JOINED_SUBJECT_WORDS words of subject) carries an adverb of sequence
    (lexicon joined_adverbs), and its date ends it within MAX_TAIL words: the second
    clause's event comes after the first's. The match (group ``adv``), or None."""
    m = _JOINED.match(text, t1.end, t2.start)
    an = analyse(text)
    if m is None or len(an.words_in(*m.span("subject"))) > JOINED_SUBJECT_WORDS:
        return None
    if _sequence_words(text, m.start("subject"), m.end()):
        return None  # "and later signed it before the vote on 9 May": the date is the vote's
    aside = [w.lower for w in an.words_in(*m.span("aside"))] if m.group("aside") else []
    if len(aside) > ASIDE_WORDS or set(aside) & _CLAUSE or any(is_past_form(w) for w in aside):
        return None  # "on 11 June, which was early, and then": a clause of its own
    tail = _name_words(m.group("verb") + m.group("tail"))  # a name of several words counts as one
    if len(tail) > MAX_TAIL or not is_past_form(m.group("verb")) or m.group("verb").lower() in _JOINED_LEAD:
        return None
    # "and later moved to the main board in 2019": inside the clause "to" is a preposition; right
    # before the date it opens a range ("to 2019")
    # the verb itself is the clause's event ("and then added the title"), unless it reports
    # words that carry their own date ("and later said that it would open on")
    told = 1 if len(tail) > 1 and tail[1].lower() not in _REPORTED_LEADS else 0
    if {w.lower() for w in tail[told:-1]} & (_CLAUSE - _RANGE_WORDS) or {w.lower() for w in tail[-1:]} & _CLAUSE \
            or word_before(text, t2.start) in _LABEL_BEFORE | _RANGE_WORDS:
        return None
    return m


_EVENT_VERBS = frozenset(VERBS) - frozenset(load("events")["nouns"])
#: Kinds of event a story may tell of many times ("the meeting", "the election"): a bare
#: mention is tied to a date told elsewhere only when it carries an ordinal.
_RECURRING = frozenset(load("events")["recurring_kinds"])


def _verb_dated(claims: ClaimSet, text: str, times: dict) -> set[str]:
    """The dates a verb event stands right before, the date it is tied to ("took effect on
    11 June": only its preposition between)."""
    out = set()
    for e in claims.of_kind("event"):
        t = times.get(e.attrs.get("time"))
        if t is not None and not e.attrs.get("mention") and e.text.lower() in _EVENT_VERBS and e.end <= t.start \
                and len(analyse(text).words_in(e.end, t.start)) <= 1:
            out.add(t.id)
    return out


def _finding(t1: Claim, t2: Claim, connective: str, forward: bool, start: int, end: int) -> Finding:
    a, b = (t1.timex.earliest, t1.timex.latest), (t2.timex.earliest, t2.timex.latest)
    first_when, second_when = span_words(*a), span_words(*b)
    return Finding(
            MESSAGE.format(connective=connective, first=f"\u201c{t1.text}\u201d",
                           order="before" if forward else "after", second=f"\u201c{t2.text}\u201d",
                           first_when=first_when, actual="after" if forward else "before",
                           second_when=second_when),
            start, end,
            related=[Related(t1.start, t1.end, RELATED.format(when=first_when)),
                     Related(t2.start, t2.end, RELATED.format(when=second_when))],
            evidence=[f"\u201c{t1.text}\u201d = {first_when}", f"\u201c{t2.text}\u201d = {second_when}",
                      f"\u201c{connective}\u201d needs the first {'no later' if forward else 'no earlier'} "
                      f"than the second"])


_FRONTED = _SEQUENCE["fronted"]
#: "Before her election as mayor in May 2018, Ortiz served ...": a sequence word opening the
#: sentence, its event's date right before the first comma (at most MAX_TAIL words after the
#: sequence word), the main clause's date within this many words after it.
FRONTED_REACH = 20
_OPENING = re.compile(rf"(?i)\W*(?P<w>{phrase_alternatives(_FRONTED)})\b[^,;:]*$")
#: "It was followed by a broader recall on 15 August", "That decision was preceded by": a
#: sentence that opens by ordering its event after (or before) what the sentence before it
#: dated, its subject a pronoun or a demonstrative and a noun that sums up that event
#: (lexicon relations summary_nouns).
_PRONOUN_SEQUENCE = re.compile(r"\W*(?:It|This|That|They|These|Those|(?:This|That)\s+(?i:"
                               + "|".join(sorted(_SEQUENCE["relations"]["summary_nouns"]))
                               + r"))\s+(?:was|were)\s+(?P<w>followed|preceded)\s+by\b")


def _across(claims: ClaimSet, times: list[Claim]):
    """Orders told across a comma or a sentence: a fronted "Before/After <event> <date>, <main
    clause> <date>", and "It was followed by <event> <date>" after a sentence that dates its
    subject. Each pair: two consecutive fixed dates."""
    text = claims.article.text
    for pair in zip(times, times[1:]):
        read = _read_together(*pair)
        if read is None:
            continue
        t1, t2 = read
        then = _then_opening(text, t1, t2)
        if then is not None:
            forward = " ".join(then.group("w").lower().split()) not in _BACK_OPENERS
            if not _tense_apart(t1, t2) and _reversed(t1, t2, forward):
                yield _finding(t1, t2, then.group("w"), forward, then.start("w"), then.end("w"))
            continue
        lo, hi = sentence_bounds(text, t1.start, t1.end)
        opening = _OPENING.match(text, lo, t1.start)
        if opening is not None and t2.end <= hi and re.match(r"\s*,", text[t1.end:t2.start]) \
                and len(analyse(text).words_in(opening.end("w"), t1.start)) <= MAX_TAIL \
                and len(analyse(text).words_in(t1.end, t2.start)) <= FRONTED_REACH:
            word = " ".join(opening.group("w").lower().split())
            first_first = _FRONTED[word] == "backward"  # "After X (t1), Y (t2)": t1 first
            if _reversed(t1, t2, first_first):
                yield _finding(t2, t1, opening.group("w"), not first_first, lo + opening.start("w"),
                               lo + opening.end("w"))
            continue
        lo2, _ = sentence_bounds(text, t2.start, t2.end)
        if lo2 < t1.end:
            continue
        lead = _PRONOUN_SEQUENCE.match(text, lo2, t2.start)
        if lead is None or len(analyse(text).words_in(lead.end(), t2.start)) > MAX_TAIL \
                or re.search(r"[,;:]", text[lead.end():t2.start]) or sentence_bounds(text, t1.start, t1.end)[1] > lo2 + 1:
            continue
        forward = lead.group("w") == "followed"
        if _reversed(t1, t2, forward):
            yield _finding(t1, t2, text[lead.start("w"):lead.end()], forward, lo2 + 0 + (lead.start("w") - lo2),
                           lead.end())


#: "They then delivered a petition on 2 October", "Inspectors subsequently returned on 3
#: January": a sentence whose short subject (at most JOINED_SUBJECT_WORDS words) is followed by
#: an adverb of sequence and a past verb.
#: The subject may hold one aside set off by commas ("A second leak, found by a walker on
#: the path by the river, was later reported"); its words are not counted, and it holds no figure.
_SUBJECT_THEN = re.compile(rf"(?i)\s*(?P<subject>[^,;:()]*?)(?:,(?P<aside>[^,;:()0-9]*),\s*(?P<rest>[^,;:()]*?))?"
                           rf"\b(?P<adv>{_JOINED_ADVERBS})\s+(?P<verb>[a-z]+)\b")
#: "Inspectors returned later, on 3 January", "Deputies were called back later": the adverb of
#: sequence after the past verb (lexicon adverbs_after_verb), a particle of the verb between
#: (verb_particles); the same short subject as _SUBJECT_THEN's.
_ADVERBS_AFTER = phrase_alternatives(_SEQUENCE["adverbs_after_verb"])
_PARTICLES = phrase_alternatives(_SEQUENCE["verb_particles"])
_SUBJECT_VERB_THEN = re.compile(rf"(?i)\s*(?P<subject>[^,;:()]*?)(?:,(?P<aside>[^,;:()0-9]*),\s*(?P<rest>[^,;:()]*?))?"
                                rf"\b(?P<verb>[a-z]+)(?:\s+(?:{_PARTICLES}))?\s+(?P<adv>{_ADVERBS_AFTER})\b(?!-)")
_VERB_ADVERB = re.compile(rf"(?i)\b[a-z]+(?:\s+(?:{_PARTICLES}))?\s+(?:{_ADVERBS_AFTER})\b")
#: What every match of ``_VERB_ADVERB`` holds: one of the adverbs after a space. Searched first
#: in each sentence: behind its first letters it skips most of the text, where ``_VERB_ADVERB``
#: reads every word (the same sentences pass, in under a third of the time).
_ADVERB_AFTER_SPACE = re.compile(rf"(?i){first_letters(_SEQUENCE['adverbs_after_verb'])}(?<=\s)(?:{_ADVERBS_AFTER})\b")
#: "Official confirmation followed on 27 February": a past verb of following with no object
#: (lexicon following_verbs) right before the date's preposition orders as an adverb does; the
#: same short subject as _SUBJECT_THEN's. The verb is its own adverb.
_FOLLOWING = phrase_alternatives(_SEQUENCE["following_verbs"]["words"])
_SUBJECT_FOLLOWED = re.compile(rf"(?i)\s*(?P<subject>[^,;:()]*?)(?:,(?P<aside>[^,;:()0-9]*),\s*(?P<rest>[^,;:()]*?))?"
                               rf"\b(?P<adv>(?P<verb>{_FOLLOWING}))(?=\s+(?:on|in)\s|\s*,?\s*(?:from|between)\s)")
_FOLLOWED_DATE = re.compile(rf"(?i)\b(?:{_FOLLOWING})(?:\s+(?:on|in)\s|\s*,?\s*(?:from|between)\s)")
#: "Objections followed, from 2 March to 9 April": the range right after a verb of following
#: is its event's time, one interval from its first date to its last.
_FOLLOWED_RANGE = re.compile(r"(?i)\s*,?\s*(?P<open>from|between)\s+$")
_RANGE_END = re.compile(r"(?i)\s*(?:-|\u2013|to|until|till|through|and)\s*$")
#: Words right after such an adverb that make it no order of two events ("later this year",
#: "later than planned": lexicon weak_order not_before).
_AFTER_NOT_BEFORE = frozenset(_SEQUENCE["weak_order"]["not_before"])
#: The adverb and verb _SUBJECT_THEN ends on, looked for first in the sentence (a search that
#: skips to the adverbs' first letters): where none stands, the match, which tries the adverbs
#: after every character of the subject, cannot succeed.
_ADVERB_VERB = re.compile(rf"(?i){first_letters(_SEQUENCE['joined_adverbs'])}\b(?:{_JOINED_ADVERBS})\s+[a-z]+\b")
#: "was later told, on 4 June, and": the date set off by commas right after the verb.
_SET_OFF_DATE = re.compile(r"\s*,\s*(?=(?:on|in)\s*$)")
#: "was first reported at the depot on 3 June, when ...": "first" before the verb binds
#: the sentence's date to the event the adverb of sequence orders from, whatever follows it.
_FIRST_VERB = re.compile(r"(?i)\bfirst\s+(?P<verb>[a-z]+)\b[^,;:()]*$")
#: How many sentences back the date an adverb of sequence orders from may stand, the
#: sentences between it undated: "Inspectors visited on 9 January. They found droppings.
#: Inspectors subsequently returned on 3 January" (two); then it is a reading, an info finding.
THEN_LOOKBACK_SENTENCES = 2
#: ... and how many when that date is bound to its event by "first" ("Cases were first reported
#: on 21 October ... Confirmation followed on 9 October", two undated sentences between): "first"
#: tells the event the story goes on from. Always a reading, an info finding.
FIRST_LOOKBACK_SENTENCES = 4
MESSAGE_SUBJECT_THEN = ("\u201c{adv}\u201d puts what this sentence tells after the sentence before, dated "
                        "{first_when}, but it is dated {second_when}")
SUBJECT_THEN_READING = ("\u201c{first}\u201d is the only date of the nearest sentence before with one, but not at "
                        "the end of its clause or not in the sentence right before: it may date another event, so "
                        "an info finding")


def _subject_then(claims: ClaimSet, times: list[Claim]):
    """"Residents met on 14 October. They then delivered a petition on 2 October": a sentence
    opening with a short subject, an adverb of sequence (lexicon joined_adverbs) and a past
    verb, dated by its first date within EVENT_TAIL words after the verb (the verb's own
    date) with no comma or clause word between, tells an event after the one the sentence before dated, when that
    sentence holds exactly one date and it is fixed. A warning when that date ends its
    clause (at most MAX_TAIL words after it, no comma); else it may date another event of its
    sentence ("who visited on 9 January found ..."), so an info finding, unless "first" stands
    before a past verb of that sentence within EVENT_TAIL words of its date ("was first
    reported at the depot on 3 June, when ..."): "first" binds the date to the event the
    adverb orders from. The subject may hold one aside set off by commas ("Fire crews, called
    by a neighbour, were subsequently sent"), and the second date may be set off by commas
    right after its verb ("was later told, on 8 May, and ...")."""
    text = claims.article.text
    an = analyse(text)
    ordered = sorted((t for t in claims.of_kind("time") if t.timex is not None), key=lambda t: t.start)
    starts = [t.start for t in ordered]
    by_id = {t.id: t for t in ordered}
    for k in range(1, len(an.sentences)):
        s2 = an.sentences[k]
        m = _SUBJECT_THEN.match(text, s2.start, s2.end) if _ADVERB_VERB.search(text, s2.start, s2.end) else None
        if m is None and _ADVERB_AFTER_SPACE.search(text, s2.start, s2.end) \
                and _VERB_ADVERB.search(text, s2.start, s2.end):
            m = _SUBJECT_VERB_THEN.match(text, s2.start, s2.end)  # "Inspectors returned later, on"
            if m is not None and _word_after(text, m.end()) in _AFTER_NOT_BEFORE:
                m = None  # "later this year", "later than planned"
        if m is None and _FOLLOWED_DATE.search(text, s2.start, s2.end):
            m = _SUBJECT_FOLLOWED.match(text, s2.start, s2.end)  # "Confirmation followed on 9 October"
        subject = m.group("subject") + " " + (m.group("rest") or "") if m else ""
        if m is None or not subject.strip() or len(_name_words(subject)) > JOINED_SUBJECT_WORDS \
                or set(_name_words(subject)) & _CLAUSE - (_NOUN_JOINS if _nouns_joined(subject) else set()) \
                or not is_past_form(m.group("verb")) or m.group("verb").lower() in _JOINED_LEAD:
            continue
        back = 1  # the nearest sentence before with a date, past at most THEN_LOOKBACK_SENTENCES undated ones
        while back < THEN_LOOKBACK_SENTENCES and k - back > 0 and not ordered[
                bisect.bisect_left(starts, an.sentences[k - back].start):bisect.bisect_left(starts, an.sentences[k - back].end)]:
            back += 1
        s1 = an.sentences[k - back]
        first = ordered[bisect.bisect_left(starts, s1.start):bisect.bisect_left(starts, s1.end)]
        while not first and back < FIRST_LOOKBACK_SENTENCES and k - back > 0:
            back += 1  # "was first reported on 21 October" further back, undated sentences between
            s1 = an.sentences[k - back]
            first = ordered[bisect.bisect_left(starts, s1.start):bisect.bisect_left(starts, s1.end)]
            verb = _FIRST_VERB.search(text, s1.start, first[0].start) if first else None
            if first and not (verb is not None and is_past_form(verb.group("verb"))
                              and len(an.words_in(verb.end(), first[0].start)) <= EVENT_TAIL):
                first = []
                break
        second = ordered[bisect.bisect_left(starts, m.end()):bisect.bisect_left(starts, s2.end)]
        read = _read_together(first[0], second[0]) if len(first) == 1 and second else None
        several = read is None and bool(second)  # which date the adverb orders from is a reading
        if several:
            reads = _before_every_date(first, second[0], by_id)
            read = min(reads, key=lambda r: (r[0].timex.earliest, r[0].start)) if reads else None
        if read is None:
            continue
        t1, t2 = read
        ranged = _followed_range(text, m, t2, second)
        if ranged is not None:
            t2 = ranged
        between = _SET_OFF_DATE.sub(" ", text[m.end():t2.start], count=1)
        if ranged is None and re.search(r",(?!\d)|[;:()]", between) or len(between_words := words_of(between, numbers=True)) > EVENT_TAIL \
                or set(between_words) & (_CLAUSE - _RANGE_WORDS) \
                or (ranged is None and word_before(text, t2.start) in (_LABEL_BEFORE | _RANGE_WORDS)):
            continue  # "to the town hall on": a preposition; "to 2 October": a range's edge
        if re.match(r"['\u2019]s\b", text[t2.end:]) or is_a("determiner", word_before(text, t2.start)):
            continue  # "withdrew Friday's request", "the 2 October petition": the date is a noun's
        if _tense_apart(t1, t2) or not _reversed(t1, t2, True):
            continue
        tail = text[t1.end:s1.end].rstrip().rstrip(".!?")
        first_verb = _FIRST_VERB.search(text, s1.start, t1.start)
        bound = first_verb is not None and is_past_form(first_verb.group("verb")) \
            and len(an.words_in(first_verb.end(), t1.start)) <= EVENT_TAIL
        clean = back == 1 and not several \
            and (bound or not _SIDE_BREAK.search(tail) and len(words_of(tail, numbers=True)) <= MAX_TAIL)
        a, b = (t1.timex.earliest, t1.timex.latest), (t2.timex.earliest, t2.timex.latest)
        yield Finding(
            MESSAGE_SUBJECT_THEN.format(adv=m.group("adv"), first_when=span_words(*a), second_when=span_words(*b)),
            m.start("adv"), m.end("adv"), severity=None if clean else Severity.INFO,
            related=[Related(t1.start, t1.end, RELATED.format(when=span_words(*a))),
                     Related(t2.start, t2.end, RELATED.format(when=span_words(*b)))],
            evidence=[f"\u201c{t1.text}\u201d = {span_words(*a)}", f"\u201c{t2.text}\u201d = {span_words(*b)}",
                      f"\u201c{m.group('adv')}\u201d needs the second no earlier than the first"]
            + ([] if clean else [SUBJECT_THEN_READING.format(first=t1.text)]))


_NOUN_JOINS = CLASSES["noun_join"]


def _nouns_joined(subject: str) -> bool:
    """Whether the "and"/"or" of a short subject joins nouns, not clauses: no past form, no -ing
    form and no other clause word among its words ("Claims and objections followed"; not "The
    mayor resigned and protests followed")."""
    words = _name_words(subject)
    return not any(is_past_form(w) or w.endswith("ing") or (w in _CLAUSE and w not in _NOUN_JOINS) for w in words)


def _followed_range(text: str, m: re.Match, t2: Claim, second: list[Claim]) -> Claim | None:
    """When a verb of following (``m``, _SUBJECT_FOLLOWED) is followed by a range ("followed,
    from 2 May to 19 May"): ``t2``, its first date, read as the whole range, up to the
    next date of ``second`` that closes it. None otherwise."""
    if m.group("verb") is None or not _FOLLOWED_RANGE.fullmatch(text, m.end(), t2.start):
        return None
    k = next((i for i, t in enumerate(second) if t is t2 or t.start == t2.start), None)
    if k is None or k + 1 >= len(second) or not _RANGE_END.fullmatch(text, t2.end, second[k + 1].start):
        return None
    end = second[k + 1]
    if end.timex is None or end.timex.latest is None or end.timex.latest < t2.timex.earliest:
        return None
    return _as_read(t2, (t2.timex.earliest, end.timex.latest))


def _before_every_date(first: list[Claim], second: Claim, by_id: dict) -> list[tuple[Claim, Claim]]:
    """"Mr Kerr was charged on 3 March and was in court a day later. He was later freed on
    bail on 28 February": when the sentence before holds several dates, which of its events
    the adverb orders from is a reading, but a second date before every one of them runs
    backwards whichever it is. The pairs as read together (_read_together), or [] when a date
    cannot be read with the second or one of them does not run backwards. A date counted
    forward from another date ("two days later", "the next morning") comes after that date:
    it is read as that date when the sentence holds it, else as it when the other sentence does
    (a second date before the date counted from is before it too); durations and sets date no
    event."""
    ids = {t.id for t in first}
    dates = []
    for t in first:
        if t.timex.type not in ("DATE", "TIME"):
            continue
        if t.timex.resolution == "anchor" and (t.timex.offset or "").startswith("P") and t.timex.anchor in by_id:
            if t.timex.anchor in ids:
                continue
            t = by_id[t.timex.anchor]
        dates.append(t)
    reads = [_read_together(t, second) for t in dates]
    if not reads or not all(reads) or not all(_reversed(*r, True) for r in reads):
        return []
    return reads


_OPENERS = phrase_alternatives(_SEQUENCE["clause_openers"] + _SEQUENCE["clause_openers_back"])
_BACK_OPENERS = frozenset(_SEQUENCE["clause_openers_back"])
_OPENS_THEN = re.compile(rf"(?i)\s*(?:and\s+)?(?P<w>{_OPENERS})\b\s*,?\s*")


def _then_opening(text: str, t1: Claim, t2: Claim) -> re.Match | None:
    """"The regulator approved the deal on 8 October; then, on 2 October, shareholders voted",
    "... on 8 October. Then in 2 October ...": the clause after a semicolon, or the sentence
    after the one ``t1`` ends, opens with an adverb of sequence (lexicon clause_openers; or
    clause_openers_back, "Before that", which put its event first) and ``t2`` dates it within
    MAX_TAIL words, with no comma, clause word or sequence word between, or past a relative
    clause with a pronoun subject of its own ("Before that, he played for City, which he left
    in 2021", the whole within FRONTED_REACH words); ``t1`` ends its own clause (at most MAX_TAIL words after it, none of them a
    clause break or sequence word) and is no range's edge or label ("from 2019 to 2021").
    Then the second clause's event comes after the first's. A sequence word in the tail of
    the sentence before ("resigned on 9 March after a row over pay. Subsequently, ...") is
    allowed for an opener that puts its event after: whatever the tail orders, the next
    sentence's event still comes after the date (not for "Before that" after a "before": its
    "that" may be the later event).
    The opener's match, or None."""
    _lo1, hi1 = sentence_bounds(text, t1.start, t1.end)
    semi = text.find(";", t1.end, t2.start)
    tail_order = None
    if semi >= 0:
        if t2.end > hi1 or text.find(";", semi + 1, t2.start) >= 0:
            return None
        boundary = semi + 1
    else:
        boundary, _hi2 = sentence_bounds(text, t2.start, t2.end)
        if boundary < hi1 or text[hi1:boundary].strip():
            return None  # the same sentence, or not the next one
        tail = text[t1.end:hi1].rstrip()
        if tail[-1:] in ".!?":
            tail = tail[:-1]  # the full stop that ends t1's sentence
        if len(words_of(tail, numbers=True)) > MAX_TAIL or _SIDE_BREAK.search(tail):
            return None
        tail_order = _CONNECTIVE.search(tail)
    if semi >= 0:
        tail = text[t1.end:semi]
        if len(words_of(tail, numbers=True)) > MAX_TAIL or re.search(r"[,:()]", tail) or _CONNECTIVE.search(tail):
            return None
    m = _OPENS_THEN.match(text, boundary)
    if m is None or m.end() > t2.start:
        return None
    if tail_order is not None and tail_order.group("back") is None \
            and " ".join(m.group("w").lower().split()) in _BACK_OPENERS:
        return None  # "... in 2016 before moving. Before that, ...": "that" may be the later move
    lead = text[m.end():t2.start]
    words = words_of(lead, numbers=True)
    relative = _MAIN_RELATIVE.search(lead)
    if relative is not None and relative.group("subject") and "," not in lead[relative.end():] \
            and lead.count(",") == 1 and len(words) <= FRONTED_REACH:
        words = words_of(lead[:relative.start()], numbers=True)  # "he played for City, which he
        lead = lead[:relative.start()]  # left in 2021": the clause's own subject tells the main subject's event
    if len(words) > MAX_TAIL and relative is None or _SIDE_BREAK.search(lead) or set(words) & _CLAUSE:
        return None
    if word_before(text, t1.start) in (_CLAUSE | _LABEL_BEFORE) or _word_after(text, t1.end) in _LABEL_AFTER:
        return None  # "from 2019 to 2021", "due August 15, 1996", "2007 models"
    return m


#: The farthest (in words) the event after a sequence word may stand from it ("after the
#: first phase": two words between), and the event before it ("The inquiry, opened after").
SECOND_REACH = 3
FIRST_REACH = 2
#: The most words of a second side that no event word names, between the sequence word and its
#: date ("followed the firm's capital raising on 9 May": five, the date's "on" counted).
PHRASE_WORDS = 6


def _dated_phrase(an, text: str, m: re.Match, times: list[Claim], sentence) -> list[Claim]:
    """The second side of a sequence word that no event word names but its own date dates:
    the words from the sequence word to a date right after them ("followed the firm's capital
    raising on 9 May"), at most PHRASE_WORDS words, the last the date's preposition, no
    punctuation or clause word between; it is what that date dates. [] if none."""
    here = next((t for t in times if m.end() <= t.start < sentence.end), None)
    if here is None or _SIDE_BREAK.search(text[m.end():here.start]) \
            or an.words_between(m.end(), here.start) > PHRASE_WORDS:
        return []
    words = an.words_in(m.end(), here.start)
    if len(words) < 2 or {w.lower for w in words} & _CLAUSE or words[0].kind != "word" \
            or words[-1].lower not in _FUNCTION_WORDS:
        return []  # the date must be introduced ("raising on 9 May"), not qualify a noun after it
    lo, hi = words[0].start, words[-2].end  # the date's preposition is not the side's
    return [Claim("phrase", "event", lo, hi, text[lo:hi],
                  attrs={"time": here.id, "trigger": text[lo:hi], "lemma": None, "class": "other", "kind": None,
                         "args": [], "context": [], "sentence": [sentence.start, sentence.end], "ordinal": None,
                         "mention": True})]


MESSAGE_ELSEWHERE = ("\u201c{connective}\u201d puts {first} {order} {second}, but the article dates {first} "
                     "{first_when} and {second} {second_when}")
RELATED_ELSEWHERE = "{event} dated {when} here"


def _dated_elsewhere(claims: ClaimSet, times: list[Claim]):
    """"Work on the second phase began in May 2023, after the first phase was completed" with
    "the first phase ... was completed in September 2023" in another sentence: each side of a
    sequence word is dated by a fixed date right before the word (only gap words and a comma
    between), or, when its sentence gives it no date, by the other mentions of its event:
    the same kind (claims/lexicons/events.json: "gave way" is the collapse), the same ordinal
    when it has one ("the first phase"), dated by their own date or, for a numbered mention,
    by the one fixed date of its sentence. All those mentions must agree on one date."""
    text = claims.article.text
    published = claims.article.published
    an = analyse(text)
    all_events = sorted(claims.of_kind("event"), key=lambda e: e.start)
    by_id = {c.id: c for c in times}
    all_times = sorted(times, key=lambda t: t.start)
    fixed = [t for t in all_times if _dated(t)]
    by_kind: dict[str, list[Claim]] = {}
    for e in all_events:
        by_kind.setdefault(event_kind(e.attrs.get("lemma") or ""), []).append(e)

    event_starts, time_starts, fixed_starts = ([c.start for c in x] for x in (all_events, all_times, fixed))
    for sentence in an.sentences:
        found = _sequence_words(text, sentence.start, sentence.end)
        if found and not an.words_in(sentence.start, found[0].start()):
            found = found[:1]  # a fronted "Before joining Rovers, ...": later sequence words are the main clause's
        if len(found) != 1 or found[0].group("then"):
            continue
        m = found[0]
        forward = m.group("back") is None
        span = sentence.start, sentence.end
        events = all_events[bisect.bisect_left(event_starts, span[0]):bisect.bisect_left(event_starts, span[1])]
        times = all_times[bisect.bisect_left(time_starts, span[0]):bisect.bisect_left(time_starts, span[1])]
        here_dates = fixed[bisect.bisect_left(fixed_starts, span[0]):bisect.bisect_left(fixed_starts, span[1])]
        after = [e for e in events if m.end() <= e.start < sentence.end
                 and an.words_between(m.end(), e.start) <= SECOND_REACH]
        told = _verb_told(an, m.end(), sentence)
        if told and not (after and after[0].start == told[0].start):
            after = told  # "After acquiring Norco, it closed": the verb right after the word is the second event
        if not after:
            after = _dated_phrase(an, text, m, times, sentence)  # "followed the firm's capital raising on 9 May"
        if not after or _SIDE_BREAK.search(text[m.end():after[0].start]) \
                or {w.text.lower() for w in an.words_in(m.end(), after[0].start)} & _CLAUSE:
            continue
        second = after[0]
        reading = False
        here = next((t for t in times if m.end() <= t.start < sentence.end and "," not in text[m.end():t.start]), None)
        if here is not None:
            # "before the election on May 1", "ahead of a weekend election": the second side is
            # dated here; its first side may be dated elsewhere ("The decision was preceded by a
            # hearing on 12 May", the vote told on 6 May)
            first = _first_elsewhere(an, text, m, second, here, events, times, fixed, fixed_starts, by_kind, by_id,
                                     sentence, published)
            if first is None:
                continue
            first, reading = first[:3], first[3]
            second_dated = ((here.timex.earliest, here.timex.latest), here, False)
        else:
            first, second_dated = None, None
        first_date = [] if first else [
                      t for t in here_dates if t.end <= m.start()
                      and {w.text.lower() for w in an.words_in(t.end, m.start())} <= _GAP
                      and not re.search(r"[;:()]", text[t.end:m.start()])]
        if first:
            pass
        elif first_date:
            t1 = first_date[-1]
            own = [e for e in events if e.attrs.get("time") == t1.id and sentence.start <= e.start < m.start()]
            first = (f"\u201c{own[-1].text if own else t1.text}\u201d", (t1.timex.earliest, t1.timex.latest), t1)
        elif not an.words_in(sentence.start, m.start()):
            # "Before the second ballot, on 3 May, the two met": the fronted phrase's event is
            # dated elsewhere, the main clause's by its first date after the comma
            main = _fronted_main_date(an, text, second, here_dates, sentence)
            if main is None:
                continue
            own = [e for e in events if e.attrs.get("time") == main.id and e.start > second.end]
            name = own[0].text if own else main.text
            first = (f"\u201c{name}\u201d", (main.timex.earliest, main.timex.latest), main)
        else:
            if any(t.end <= m.start() for t in here_dates):
                continue  # a date before the word that does not date its side
            before = [e for e in events if sentence.start <= e.start and e.end <= m.start()
                      and an.words_between(e.end, m.start()) <= FIRST_REACH] or _demonstrative_noun(an, m, sentence, times)
            if not before:
                continue
            dated = _elsewhere(an, before[-1], by_kind, by_id, fixed, fixed_starts, sentence, published)
            if dated is None:
                found_set_off = _set_off(an, text, m, forward, before[-1], second, times, by_kind, by_id, sentence)
                if found_set_off is not None:
                    yield found_set_off
                continue
            first = (f"\u201c{before[-1].text}\u201d", dated[0], dated[1])
            reading = dated[2]
        dated = second_dated or _elsewhere(an, second, by_kind, by_id, fixed, fixed_starts, sentence, published) \
            or _dated_by_clause(text, second, times)
        if dated is None or _NOT_SEQUENCE.search(text, max(first[2].start, sentence.start)
                                                 if first[2].start < m.start() else m.start(), second.end):
            continue
        (a, ta), (b, tb) = (first[1], first[2]), dated[:2]
        if not (a[0] > b[1] if forward else a[1] < b[0]):
            continue
        reading = reading or dated[2]
        name2 = f"\u201c{second.text}\u201d"
        yield _elsewhere_finding(m, forward, (first[0], a, ta), (name2, b, tb), reading,
                                 [f"{first[0]} = {span_words(*a)}", f"{name2} = {span_words(*b)} (\u201c{tb.text}\u201d)"])


def _elsewhere_finding(m, forward: bool, first: tuple, second: tuple, reading: bool, sides: list[str]) -> Finding:
    """The finding of a sequence word whose sides are dated elsewhere: ``first`` and ``second``
    are (name, interval, time claim); ``sides`` the evidence that dates them; an info finding
    when a side's date is a reading."""
    (name1, a, ta), (name2, b, tb) = first, second
    connective = " ".join(m.group().strip(", ").split())
    return Finding(
        MESSAGE_ELSEWHERE.format(connective=connective, first=name1, order="before" if forward else "after",
                                 second=name2, first_when=span_words(*a), second_when=span_words(*b)),
        m.start(), m.end(), severity=Severity.INFO if reading else None,
        related=[Related(ta.start, ta.end, RELATED_ELSEWHERE.format(event=name1, when=span_words(*a))),
                 Related(tb.start, tb.end, RELATED_ELSEWHERE.format(event=name2, when=span_words(*b)))],
        evidence=sides + [f"\u201c{connective}\u201d needs the first {'no later' if forward else 'no earlier'} "
                          f"than the second"] + ([RECURRING_READING] if reading else []))


#: ", which closed on 16 May", ", carried out in October 2023": a relative or participle clause
#: set off right after the second event's noun, whose date falls within that event (its start,
#: its end or a day of it: whichever, the order told must hold for it).
_DATING_CLAUSE = re.compile(r"\s*,\s*(?:(?:which|that)\s+(?:(?:was|were|had|has|have)\s+(?:been\s+)?)?)?"
                            r"(?P<verb>[a-z]+)(?:\s+out)?\s+(?:on|in)\s*$")


def _dated_by_clause(text: str, second: Claim, times: list[Claim]):
    """The date a clause set off right after the second event gives it (_DATING_CLAUSE), when
    it is the next date and fixed: (interval, time claim, False), or None."""
    t = next((t for t in times if t.start >= second.end), None)
    clause = _DATING_CLAUSE.fullmatch(text, second.end, t.start) if t is not None and _dated(t) else None
    if clause is None or not is_past_form(clause.group("verb")):
        return None
    return (t.timex.earliest, t.timex.latest), t, False


def _first_elsewhere(an, text: str, m, second: Claim, here: Claim, events, times, fixed, fixed_starts, by_kind, by_id,
                     sentence, published):
    """The first side of a sequence word whose second side its sentence dates: "The decision
    was preceded by a packed hearing on 12 May". The second's date must be fixed, an
    occurrence (no range's edge), and stand within MAX_TAIL words after the second event; the
    first side an event within FIRST_REACH words before the word, with no date of its own
    in the sentence, dated by the other sentences (_elsewhere). (name, interval, time claim,
    reading) or None."""
    # "after the union's 2020 merger": a date written before the second event's noun, within its reach
    attributive = m.end() <= here.start and here.end <= second.start \
        and not _SIDE_BREAK.search(text[m.end():second.start])
    if not _dated(here) or not _occurrence(here, None) or (here.start < second.end and not attributive) \
            or (not attributive and an.words_between(second.end, here.start) > MAX_TAIL) \
            or (not attributive and {w.text.lower() for w in an.words_in(second.end, here.start)} & _CLAUSE) \
            or any(t.start < m.start() for t in times):
        return None
    before = [e for e in events if sentence.start <= e.start and e.end <= m.start()
              and an.words_between(e.end, m.start()) <= FIRST_REACH] or _demonstrative_noun(an, m, sentence, times)
    if not before:
        return None
    dated = _elsewhere(an, before[-1], by_kind, by_id, fixed, fixed_starts, sentence, published)
    if dated is None:
        return None
    return f"\u201c{before[-1].text}\u201d", dated[0], dated[1], dated[2]


RECURRING_READING = ("an event of a kind that recurs, named as one already told: which occurrence it names is a "
                     "reading (claims/mentions.py), so an info finding")
MESSAGE_SET_OFF = ("\u201c{connective}\u201d puts {first} {order} {second}, but \u201c{day}\u201d, set off after "
                   "{second}, is {day_when}, and the article dates {second} {second_when}{other}")
#: How many mentions of the second event's kind elsewhere may date it (they must agree).
SET_OFF_MENTIONS = 3


def _readings(t: Claim) -> list[tuple]:
    """The intervals a time claim may mean: its interval when fixed, else each day a reader
    may take a yearless day for (``attrs.readings``), the one the tagger chose first."""
    x = t.timex
    if _dated(t):
        return [(x.earliest, x.latest)]
    days = [d for d in (t.attrs or {}).get("readings") or [] if len(d) == 10]
    if not days or x.value[:10] not in days:
        return []
    ordered = [x.value[:10]] + [d for d in days if d != x.value[:10]]
    return [(date.fromisoformat(d),) * 2 for d in ordered]


#: Two days written without a year, or such a day and a fixed date, are read in the years that
#: put them nearest each other when that leaves them at most this many days apart: "a stoppage
#: on 20 March, followed by a march on 14 March" runs backwards in any one year. Farther apart
#: (or when readings this near disagree on the order), which years they mean is a guess.
NEAREST_READING_DAYS = 92


def _days_apart(a: tuple, b: tuple) -> int:
    return max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)


def _read_together(t1: Claim, t2: Claim) -> tuple[Claim, Claim] | None:
    """The two time claims as one reader takes them together: fixed dates as they are; a
    yearless day (``attrs.readings``) in the year nearest the other side, within
    NEAREST_READING_DAYS, when every reading that near gives the same order. None when a side
    has no calendar place, or its year stays open."""
    if _dated(t1) and _dated(t2):
        return t1, t2
    r1, r2 = _readings(t1), _readings(t2)
    near = sorted(((_days_apart(a, b), a, b) for a in r1 for b in r2 if _days_apart(a, b) <= NEAREST_READING_DAYS),
                  key=lambda n: n[0])  # stable: the reading the tagger chose first wins a tie
    if not near or len({(a[0] > b[1], a[1] < b[0]) for _, a, b in near}) != 1:
        return None
    _, a, b = near[0]
    return _as_read(t1, a), _as_read(t2, b)


def _as_read(t: Claim, iv: tuple) -> Claim:
    """``t`` with its interval the reading ``iv`` (itself when it already is)."""
    x = t.timex
    if (x.earliest, x.latest) == iv:
        return t
    return replace(t, timex=replace(x, earliest=iv[0], latest=iv[1], value=cal.value_of(iv)))


def _set_off(an, text: str, m, forward: bool, first: Claim, second: Claim, times: list[Claim], by_kind, by_id,
             sentence):
    """"preparatory talks held in the run-up to the summit, on Nov. 19 and 20", with the summit dated
    Nov. 14 in another sentence: a day set off by a comma right after the second event
    (nothing but "on" between) dates the first side, or, as an apposition, the second. When neither
    reading holds (the order fails, and the second event would have two dates) it is a
    warning; when the order fails only in the reading the tagger chose, and another year of a
    yearless day saves it, an info finding shows both. The second event's date comes from
    its other mentions by the same word (at most SET_OFF_MENTIONS, all naming one day; "talks"
    and "summit" are one kind but not one meeting; a recurring kind too, since the definite
    mention is the one already dated)."""
    day = next((t for t in times if t.start >= second.end), None)
    # set off: only a comma, and "on", between the second event and the day
    if day is None or not re.fullmatch(r"\s*,\s*(?:on\s+)?", text[second.end:day.start]) or not _readings(day):
        return None
    if second.attrs.get("ordinal") not in (None, 1):
        return None
    lemma = second.attrs.get("lemma")
    others = [e for e in by_kind.get(event_kind(lemma or ""), []) if e.attrs.get("lemma") == lemma
              and not sentence.start <= e.start < sentence.end and e.attrs.get("time") in by_id]
    if not 0 < len(others) <= SET_OFF_MENTIONS:
        return None
    dated = [by_id[e.attrs["time"]] for e in others]
    readings = [_readings(t) for t in dated]
    if not all(readings) or len({r[0] for r in readings}) != 1 or any(not _occurrence(t, None) for t in dated):
        return None
    there, here = readings[0], _readings(day)

    def in_order(a, b):
        return a[0] <= b[1] if forward else a[1] >= b[0]

    if in_order(here[0], there[0]) or any(cal.intersects(a, b) for a in here for b in there):
        return None  # the order holds as read, or the day may be the second event's own
    saved = [(a, b) for a in here for b in there if in_order(a, b)]
    connective = " ".join(m.group().strip(", ").split())
    tb = dated[0]
    other = ""
    if saved:
        a, b = saved[0]
        other = (f" (read as {span_words(*a)} and {span_words(*b)}, the order holds: the year of a date written "
                 "without one decides)")
    name1, name2 = f"\u201c{first.text}\u201d", f"\u201c{second.text}\u201d"
    return Finding(
        MESSAGE_SET_OFF.format(connective=connective, first=name1, order="before" if forward else "after",
                               second=name2, day=day.text, day_when=span_words(*here[0]),
                               second_when=span_words(*there[0]), other=other),
        m.start(), m.end(), severity=Severity.INFO if saved else None,
        related=[Related(day.start, day.end, f"{span_words(*here[0])}: the date of {name1}, or of {name2}"),
                 Related(tb.start, tb.end, RELATED_ELSEWHERE.format(event=name2, when=span_words(*there[0])))],
        evidence=[f"\u201c{day.text}\u201d = {span_words(*here[0])}, set off right after {name2}",
                  f"{name2} = {span_words(*there[0])} (\u201c{tb.text}\u201d)",
                  f"as the date of {name1}, \u201c{connective}\u201d needs it "
                  f"{'no later' if forward else 'no earlier'} than {name2}",
                  f"as the date of {name2}, it would give {name2} a second date"])


#: Signals that make a date a range's edge or a deadline, not when an event happened.
_NOT_OCCURRENCE = frozenset({"until", "till", "through", "by", "since", "from", "to"})


def _occurrence(t: Claim, published) -> bool:
    """Whether a date tied to a mention elsewhere can be when that event happened: not a
    range's edge or a deadline ("closed until Wednesday"), not a plan after publication
    ("will meet on Wednesday": another meeting, or one that may move)."""
    if (t.attrs or {}).get("signal") in _NOT_OCCURRENCE:
        return False
    return published is None or t.timex is None or t.timex.earliest is None or t.timex.earliest <= published


#: A kind told of more often than this is no single event to date (and the work per sequence
#: word stays bounded).
MAX_SAME_KIND = 25


#: A relative clause between the fronted phrase's comma and the main clause's date: its date is
#: the main subject's only when the clause has a pronoun subject of its own ("City, which she
#: left in 2021"), not when the relative pronoun is its subject ("City, which won in 2021").
_MAIN_RELATIVE = re.compile(r"(?i),\s*(?:which|that|where|whom)\s+(?P<subject>(?:he|she|they|we|i)\b)?")


def _verb_told(an, at: int, sentence) -> list[Claim]:
    """"Before joining Rovers": an event verb's form right after a sequence word, with no date
    of its own, as an event of its lemma whose participant is the content word after it, past
    at most one function word (the one a date elsewhere must share: "joined Rovers in 2019",
    not "joined City"; "signing for Lyra"). [] if none."""
    words = an.words_after(at, 3)
    lemma = verb_lemma(words[0].text) if words else None
    if lemma is None or words[0].start >= sentence.end:
        return []
    w = words[0]
    # the participant: the next content word, past at most one function word ("signing for Lyra")
    content = [x for x in words[1:] if x.text[:1].isalpha() and x.lower not in _FUNCTION_WORDS and x.start < sentence.end]
    if not content or (content[0] is not words[1] and words[1].lower not in _FUNCTION_WORDS):
        return []
    words = [w, content[0]]
    return [Claim("told", "event", w.start, w.end, w.text,
                  attrs={"time": None, "trigger": w.text, "lemma": lemma, "class": "other", "kind": event_kind(lemma),
                         "args": [fold_word(words[1].text)], "context": [], "sentence": [sentence.start, sentence.end],
                         "ordinal": None, "mention": True, "participant": fold_word(words[1].text)})]


def _fronted_main_date(an, text: str, event: Claim, here_dates: list[Claim], sentence) -> Claim | None:
    """The date of the main clause after a fronted sequence phrase without a date of its own
    ("Before the second ballot, on 3 May, the two met"; "Before he was arrested, police had
    watched him for a week, on 2 and 3 May"): the first fixed date after the comma that ends
    the phrase, within FRONTED_REACH words of it. None if the phrase holds a date, or none
    stands in reach."""
    comma = text.find(",", event.end, sentence.end)
    if comma < 0 or an.words_between(event.end, comma) > MAX_TAIL:
        return None
    if any(event.end <= t.start < comma for t in here_dates):
        return None
    main = next((t for t in here_dates if t.start > comma), None)
    if main is None or an.words_between(comma, main.start) > FRONTED_REACH:
        return None
    relative = _MAIN_RELATIVE.search(text, comma + 1, main.start)
    if relative is not None and not relative.group("subject"):
        return None  # "..., City, which won the league in 2021": the noun's own event, not the main clause's
    return main


def _elsewhere(an, event: Claim, by_kind: dict, by_id, fixed: list[Claim], fixed_starts: list[int], sentence,
               published):
    """The one date the other sentences give ``event`` (see _dated_elsewhere), with the time
    claim that gives it; None when they give none or disagree."""
    kind, ordinal = event_kind(event.attrs.get("lemma") or ""), event.attrs.get("ordinal")
    if kind in _RECURRING and ordinal is None:
        # "ahead of the meeting": which of the story's meetings is not told, unless the mention
        # names one already told ("following the members' vote"): a reading, so an info finding
        linked = _linked_date(event, by_kind.get(kind, []), by_id, sentence, published) \
            or (_told_by_verb(an, event, sentence, fixed, fixed_starts, published) if event.attrs.get("definite") else None) \
            or _demonstrative_date(an, event, sentence, fixed, fixed_starts, published)
        return None if linked is None else (*linked, True)
    same = by_kind.get(kind, [])
    if len(same) > MAX_SAME_KIND:
        return None
    found = []
    participant = event.attrs.get("participant")
    for e in same:
        if sentence.start <= e.start < sentence.end:
            continue
        if participant is not None and participant not in (e.attrs.get("args") or ()):
            continue  # "before joining Rovers": only a joining of Rovers dates it
        if ordinal is not None and e.attrs.get("ordinal") != ordinal:
            continue
        t = by_id.get(e.attrs.get("time"))
        if t is not None and not _occurrence(t, published):
            continue  # "closed until Wednesday", "will meet on Wednesday": a state's end, a plan
        if t is not None and _dated(t):
            found.append(t)
        elif t is None and ordinal is not None:  # "The first phase, a line to ..., was completed in 2023"
            there = an.sentence_at(e.start)
            own = fixed[bisect.bisect_left(fixed_starts, there.start):bisect.bisect_left(fixed_starts, there.end)]
            if len(own) == 1 and _occurrence(own[0], published):
                found.append(own[0])
    if not found:
        demonstrative = _demonstrative_date(an, event, sentence, fixed, fixed_starts, published)
        return None if demonstrative is None else (*demonstrative, True)
    # "this summer" and "Aug. 6" agree when the day lies inside the season: the narrowest dates it
    narrow = min(found, key=lambda t: (t.timex.latest - t.timex.earliest, t.start))
    if any(not (t.timex.earliest <= narrow.timex.earliest and narrow.timex.latest <= t.timex.latest) for t in found):
        return None
    return (narrow.timex.earliest, narrow.timex.latest), narrow, False


@lru_cache(maxsize=4)
def _past_verbs_by_sentence(an) -> dict[int, list]:
    return {}


def _past_verbs(an, k: int) -> list:
    """The past verbs of sentence ``k`` with their lemmas, worked out once an article: every
    definite mention _told_by_verb reads walks back over the same sentences."""
    known = _past_verbs_by_sentence(an)
    if k not in known:
        s = an.sentences[k]
        known[k] = [(w, lemma) for w in an.words_in(s.start, s.end)
                    if is_past_form(w.text) and (lemma := verb_lemma(w.text))]
    return known[k]


#: How far back (in words, from the end of the sentence that tells it to the start of the
#: sentence of the mention) a past verb may tell again a definite mention's event: "Members
#: voted on 3 April." two or three paragraphs before "following the vote" (a paragraph of news
#: runs 30 to 50 words), not one told in another part of a long story.
TOLD_BY_VERB_WORDS = 120


def _told_by_verb(an, event: Claim, sentence, fixed: list[Claim], fixed_starts: list[int], published):
    """"the vote" after "Members voted 310 to 52 at a meeting on 3 April": the nearest sentence
    before ``sentence`` that tells the definite mention ``event`` again by a past verb of the
    same word or a synonym (claims/mentions.py ``same_word``: "the decision" after "voted"; its
    date may have gone to a nearer noun, "meeting"), dated by the one fixed date of that sentence.
    The date and its claim, or None when that sentence holds no such date or more than one. A
    reading (the verb may tell another occurrence), so callers report an info finding. The
    walk back stops at a sentence that ends more than TOLD_BY_VERB_WORDS words before
    ``sentence``: farther back, a verb of the same word more likely tells another occurrence."""
    for k in range(sentence.index - 1, -1, -1):
        there = an.sentences[k]
        if an.words_between(there.end, sentence.start) > TOLD_BY_VERB_WORDS:
            return None
        verbs = [w for w, lemma in _past_verbs(an, k)
                 if same_word(event, Claim("verb", "event", w.start, w.end, w.text, attrs={"lemma": lemma}))]
        if not verbs:
            continue
        own = fixed[bisect.bisect_left(fixed_starts, there.start):bisect.bisect_left(fixed_starts, there.end)]
        if len(own) != 1 or not _occurrence(own[0], published):
            return None
        return (own[0].timex.earliest, own[0].timex.latest), own[0]
    return None


_DEMONSTRATIVES = frozenset(_SEQUENCE["demonstratives"]["words"])


def _demonstrative_noun(an, m: re.Match, sentence, times: list[Claim]) -> list[Claim]:
    """"This climbdown came after": a first side that no event word names, a noun after a
    demonstrative opening the sentence (lexicon demonstratives), at most FIRST_REACH words
    before the sequence word; as an event mention of no kind, which only the sentence before
    can date (_demonstrative_date). Not a time ("This year came after", "This week's"). [] if
    none."""
    words = an.words_in(sentence.start, m.start())
    if not 2 <= len(words) <= FIRST_REACH + 2 or words[0].lower not in _DEMONSTRATIVES or words[1].kind != "word" \
            or words[1].lower in _FUNCTION_WORDS or any(t.start <= words[1].start < t.end for t in times):
        return []
    w = words[1]
    return [Claim("demonstrative", "event", w.start, w.end, w.text,
                  attrs={"time": None, "trigger": w.text, "lemma": None, "class": "other", "kind": None,
                         "args": [], "context": [], "sentence": [sentence.start, sentence.end], "ordinal": None,
                         "mention": True, "noun": True, "definite": True})]


def _demonstrative_date(an, event: Claim, sentence, fixed: list[Claim], fixed_starts: list[int], published):
    """"The board approved the budget on 12 June. That vote came after ...": an event noun
    after a demonstrative (lexicon demonstratives; one modifier may stand between, "that
    council vote") names the event the sentence right before told by a past form, whatever
    its word, dated by that sentence's one fixed date. The date and its claim, or None when
    the sentence before tells no past event or holds no such date or more than one. A reading
    (the demonstrative may point further back), so callers report an info finding."""
    if not event.attrs.get("noun") or sentence.index == 0:
        return None
    lead = [w for w in an.words_before(event.start, 2) if w.start >= sentence.start]
    if not (lead and lead[-1].lower in _DEMONSTRATIVES) \
            and not (len(lead) == 2 and lead[0].lower in _DEMONSTRATIVES and lead[1].kind == "word"
                     and lead[1].lower not in _FUNCTION_WORDS):
        return None
    there = an.sentences[sentence.index - 1]
    if not any(w.kind == "word" and w.lower not in _FUNCTION_WORDS and is_past_form(w.text)
               for w in an.words_in(there.start, there.end)):
        return None
    own = fixed[bisect.bisect_left(fixed_starts, there.start):bisect.bisect_left(fixed_starts, there.end)]
    if len(own) != 1 or not _occurrence(own[0], published):
        return None
    return (own[0].timex.earliest, own[0].timex.latest), own[0]


def _linked_date(event: Claim, same: list[Claim], by_id, sentence, published):
    """The date of the mention a definite mention names again (claims/mentions.py ``link``:
    "the members' vote" after "Members voted ... on 3 April"), following links back to the
    nearest dated one outside the sentence; None if none is dated there, or by a range's edge
    or a plan."""
    by_event = {e.id: e for e in same}
    seen = set()
    e = by_event.get(event.attrs.get("link") or "")
    while e is not None and e.id not in seen:
        seen.add(e.id)
        t = by_id.get(e.attrs.get("time"))
        if t is not None and not sentence.start <= e.start < sentence.end:
            if not _occurrence(t, published) or not _dated(t):
                return None
            return (t.timex.earliest, t.timex.latest), t
        e = by_event.get(e.attrs.get("link") or "")
    return None


def _reversed(t1: Claim, t2: Claim, t1_first: bool) -> bool:
    """Whether the dates cannot run in the order told (t1's event first if ``t1_first``)."""
    a, b = (t1.timex.earliest, t1.timex.latest), (t2.timex.earliest, t2.timex.latest)
    return a[0] > b[1] if t1_first else a[1] < b[0]


EXAMPLES = (
    flags("The ferry company suspended the night crossing after the harbour inspection found cracks in the "
          "ramp.\n\nHow it unfolded:\n\n- 4 March: ferry company suspends night crossing\n"
          "- 11 March: harbour inspection finds cracks in ramp\n- 20 March: repairs start\n", published="2025-05-20",
          note="a list line's label dates the event its line tells (claims/language/layout.py): the colon "
               "does not part them"),
    passes("The ferry company suspended the night crossing after the harbour inspection found cracks in the "
           "ramp.\n\nHow it unfolded:\n\n- 4 March: harbour inspection finds cracks in ramp\n"
           "- 11 March: ferry company suspends night crossing\n- 20 March: repairs start\n", published="2025-05-20"),
    flags("The chain stopped selling the lamps before the maker announced a recall. Sales ended on 20 June "
          "2023. The maker announced a recall on 12 June 2023. Later the maker announced a recall on 14 June "
          "2023, a second notice said.", published="2023-09-01",
          note="info: two clauses tell the recall on dates that disagree; reversed from each, both shown"),
    passes("The chain stopped selling the lamps before the maker announced a recall. Sales ended on 20 June "
           "2023. The maker announced a recall on 12 June 2023. Later the maker announced a recall on 24 June "
           "2023, a second notice said.", published="2023-09-01"),
    flags("Growers agreed to buy the Kerr orchard on 2 May. The purchase followed the trust's share "
          "issue on 9 May.", published="2025-06-10",
          note="a second side no event word names, dated by its own date; the first linked by its kind"),
    passes("Growers agreed to buy the Kerr orchard on 12 May. The purchase followed the trust's share "
           "issue on 9 May.", published="2025-06-10", note="the same sides in the order told"),
    flags("The trust adopted the budget on 3 March. That vote came after the consultation closed on 9 March.",
          published="2025-06-10", note="info: a demonstrative names the event of the sentence right before"),
    passes("The trust met on 1 March and adopted the budget on 3 March. That vote came after the consultation "
           "closed on 2 March.", published="2025-06-10",
           note="two dates in the sentence before: the demonstrative may name either"),
    flags("Cases were first reported on 4 March. Wards were closed. Confirmation followed on 27 February.",
          published="2025-06-10", note="info: a verb of following with no object orders as 'later' does"),
    flags("The county tribunal turned down the appeal on 4 July, followed by the national appeals board, which "
          "rejected it again on 21 June.", published="2023-09-20",
          note="a side naming only a participant is dated by its relative clause telling the same act (info)"),
    passes("The club was founded in 1920, followed by Rovers, which won the league in 1910.", published="2023-09-20",
           note="the relative clause tells the participant's other news, not the founding"),
    flags("The port authority signed the contract on 3 August, a step that was preceded by a public hearing on "
          "10 August.", published="2023-09-20", note="a summary apposition sums up the clause before its comma"),
    passes("The port authority signed the contract on 13 August, a step that was preceded by a public hearing on "
           "10 August.", published="2023-09-20"),
    flags("Trustees closed the east wing on 4 March. This decision followed a fire inspection on 9 March.",
          published="2025-04-12", note="a demonstrative and a summary noun stand for the sentence before (info)"),
    passes("Trustees closed the east wing on 14 March. This decision followed a fire inspection on 9 March.",
           published="2025-04-12"),
    flags("The hearing on 5 May was followed by a ruling on 2 May.", published="2025-06-12",
          note="a passive of order: the first date is its subject's"),
    passes("The hearing on 5 May was followed by a ruling on 9 May.", published="2025-06-12"),
    flags("Dockers have called a stoppage on 20 March, followed by a march through the city on 14 March.",
          published="2026-03-06", note="two days without a year are read in the years nearest each other "
                                       "(NEAREST_READING_DAYS): in any one year 20 March comes after 14 March"),
    passes("Growers have announced a blockade on 28 December, followed by a rally in the capital on 3 January.",
           published="2026-03-06", note="read nearest, 3 January is the next year's"),
    flags("Residents met the mayor on 14 October. They then delivered a petition on 2 October.",
          published="2019-11-08", note="a subject, 'then' and a past verb order the sentence after the one before"),
    flags("Residents met on 14 October and 20 October. They then delivered a petition on 2 October.",
          published="2019-11-08", note="two dates before: which one 'then' counts from is not told, so only the "
                                       "weak-link tier's info finding, from the nearest"),
    flags("Members voted on 3 April. Staff cheered. The board named a chief on 28 March, following the vote.",
          published="2025-04-25", note="info: 'the vote' names the one already told (claims/mentions.py), a kind "
                                       "that recurs, so a reading"),
    passes("Members voted on 3 April. Staff cheered. The board named a chief on 28 March, following a vote.",
           published="2025-04-25", note="'a vote' introduces another: which one is not told"),
    flags("She joined the orchestra in 2016. Before that, she taught in Leeds, which she left in 2018.",
          published="2024-01-10", note="'Before that' puts its sentence first; a relative clause with its own "
                                       "pronoun subject tells the main subject's event"),
    passes("She joined the orchestra in 2016. Before that, she taught at a school, which closed in 2018.",
           published="2024-01-10", note="the relative pronoun is the subject: the school's event, not hers"),
    flags("The firm bought Norvale in 2018. After buying Norvale, it shut two plants in 2016.",
          published="2024-01-10", note="a verb right after the sequence word, dated elsewhere with the same "
                                       "participant"),
    passes("The firm bought Tarn in 2018. After buying Norvale, it shut two plants in 2016.",
           published="2024-01-10", note="another participant: another purchase"),
    flags("The pier reopened in June 2022 after repairs that were completed in August 2022.",
          published="2024-01-10", note="a relative clause with an auxiliary dates the second event's noun"),
    flags("The council approved the budget on 14 March 2023; then, on 2 March 2023, the mayor signed it.",
          published="2024-01-10", note="'then' opening the clause after a semicolon puts its event after the first"),
    passes("The council approved the budget on 14 March 2023; then, on 20 March 2023, the mayor signed it.",
           published="2024-01-10"),
    flags("The plant opened in 2016. Afterwards, in 2014, it doubled its output.", published="2024-01-10",
          note="the next sentence opens with an adverb of sequence: its event after the one dated before"),
    passes("Prices rose from 2014 to 2016. Afterwards, in 2015, output doubled.", published="2024-01-10",
           note="a range's edge dates no event"),
    flags("The vaccine was cleared in Japan in March 2022, following approval by the Bank and Trust of Tokyo "
          "in August 2022.", published="2024-01-10",
          note="an 'and' inside a capitalized name joins no clauses, and the name is one participant"),
    passes("The vaccine was cleared in Japan in March 2022, following approval by the Bank and Trust of Tokyo "
           "in January 2022.", published="2024-01-10"),
    flags("The council approved the budget on 14 March 2023, and the mayor subsequently signed it on 2 March 2023.",
          published="2024-01-10", note="'subsequently' in a clause joined by 'and' puts its event after the first"),
    passes("The council approved the budget on 14 March 2023, and the mayor subsequently signed it on 20 March 2023.",
           published="2024-01-10"),
    flags("The rivals clashed in the second ballot on 9 November 2025. Before the second ballot, on 12 November "
          "2025, the rivals met in a debate.", published="2025-11-20",
          note="a fronted 'Before' whose event is dated in another sentence; the main clause's date follows the comma"),
    passes("The rivals clashed in the second ballot on 9 November 2025. Before the second ballot, on 6 November "
           "2025, the rivals met in a debate.", published="2025-11-20"),
    flags("Exports fell 4.9 pct in February after a 2.8 pct fall in March.", published="1987-04-10",
          note="in one year February cannot come after March"),
    passes("Exports fell 4.9 pct in March after a 2.8 pct fall in February.", published="1987-04-10"),
    flags("The firm opened its first office in Lyon in 2015, then moved to Lille in 2012.", published="2024-01-10",
          note="', then' orders what follows it"),
    passes("Sales rose in 2015, then fell from 2012 to 2014.", published="2024-01-10",
           note="a range, not a second event"),
    flags("Before her move to the ministry in March 2016, she ran the agency, having been appointed in June 2017.",
          published="2024-01-10", note="a fronted 'Before': the main clause's event came first"),
    passes("Before her move to the ministry in March 2018, she ran the agency, having been appointed in June 2017.",
           published="2024-01-10"),
    flags("The first strike, called on 20 May 2021, shut two plants. It was followed by a broader strike on 12 May 2021.",
          published="2024-01-10", note="across a sentence: 'It was followed by'"),
    passes("The first strike, called on 20 May 2021, shut two plants. Unions said it was followed by a broader strike "
           "on 12 May 2021.", published="2024-01-10", note="the sentence does not open with the ordering"),
    flags("The mine roof caved in on 9 May 2022. The investigation, launched after the collapse, took a year. "
          "Officials began the investigation on 7 May 2022.", published="2024-01-10",
          note="both sides dated in other sentences: 'caved in' is the collapse"),
    passes("The mine roof caved in on 9 May 2022. The investigation, launched after the collapse, took a year. "
           "Officials began the investigation on 10 May 2022.", published="2024-01-10"),
    flags("The first phase of the sea wall, which protects the old harbour, was finished in June 2020. The council "
          "approved the second in March 2020, after the first phase was finished.", published="2024-01-10",
          note="the numbered mention is dated by the one date of its sentence"),
    passes("The first phase of the sea wall, which protects the old harbour, was finished in June 2020. The council "
           "approved the second in March 2021, after the first phase was finished.", published="2024-01-10"),
    flags("Ferries sailed again on 3 March 2021, after a deal between the port and the unions took effect on "
          "5 March 2021.", published="2024-01-10", note="a second event told by its own verb: a longer reach"),
    passes("Ferries sailed again on 6 March 2021, after a deal between the port and the unions took effect on "
           "5 March 2021.", published="2024-01-10"),
    flags("Leaders signed the accord at a summit on 14 March 2023. Officials drafted it at talks held ahead of "
          "the summit, on 20 March 2023, in Oslo.", published="2023-06-01",
          note="the set-off day dates the talks (after the summit) or the summit (a second date): neither holds"),
    passes("Leaders signed the accord at a summit on 14 March 2023. Officials drafted it at talks held ahead of "
           "the summit, on 10 March 2023, in Oslo.", published="2023-06-01"),
    flags("The leak was first reported to the company on 12 May, when two workers fell ill. The Environment "
          "Agency in the south-west was later told, on 8 May, and an inquiry was opened.", published="2025-08-01",
          note="'first' before the verb binds the first sentence's date to its event; the second date is set "
               "off by commas right after its verb"),
    passes("The leak was first reported to the company on 12 May, when two workers fell ill. The Environment "
           "Agency in the south-west was later told, on 15 May, and an inquiry was opened.", published="2025-08-01"),
    flags("Smoke was first seen at the mill on 3 March. Fire crews, called by a neighbour, were subsequently "
          "sent on 1 March.", published="2025-08-01", note="an aside set off by commas inside the subject"),
    passes("Smoke was first seen at the mill on 3 March. Fire crews, called by a neighbour, were subsequently "
           "sent on 4 March.", published="2025-08-01"),
    flags("The club first played at the old ground in 1998 and then moved to a new stadium in 1995.",
          published="2025-08-01", note="'to' inside the joined clause is a preposition"),
    passes("The club first played at the old ground in 1998 and then moved to a new stadium in 2005.",
           published="2025-08-01"),
    passes("Prices rose in 2021 and later fell to 2019 levels.", published="2025-08-01",
           note="'to' right before the date opens a range"),
    flags("Guards arrested the courier on 6 July 2024, and he was then brought before magistrates on 2 July 2024.",
          published="2024-09-01", note="'before' after a verb of appearing and before a court names a place "
                                       "(lexicon locative_before): the clause's 'then' orders the dates"),
    passes("Guards arrested the courier on 6 July 2024, and he was then brought before magistrates on 8 July 2024.",
           published="2024-09-01"),
    flags("The panel backed the scheme on 6 May, after a survey of tenants that ran until 21 May.",
          published="2024-06-10", note="'after' an event whose relative clause gives its end: the first side "
                                       "must come after that end"),
    flags("The bakery opened its second shop on 2 June. Queues formed by breakfast.\n\nIt follows a trial "
          "stall that ran on 9 June at the farmers' market.", published="2025-07-01",
          note="info: a pronoun alone as subject stands for the nearest dated sentence before it, over "
               "undated ones (SUMMARY_REACH_SENTENCES)"),
    passes("The bakery opened its second shop on 2 June. Queues formed by breakfast.\n\nIt follows a trial "
           "stall that ran on 19 May at the farmers' market.", published="2025-07-01"),
    passes("The bakery opened its second shop on 2 June. Queues formed. Staff cheered. Prices held. Vans "
           "came. Signs went up. It follows a trial stall that ran on 9 June at the farmers' market.",
           published="2025-07-01", note="more than SUMMARY_REACH_SENTENCES sentences back: no reading"),
    flags("The council issued the draft map on 20 June. Comments and appeals followed, from 2 June to 16 June, "
          "at three libraries.", published="2025-08-01",
          note="a range right after a verb of following is its event's time; nouns joined by 'and' in the subject"),
    passes("The council issued the draft map on 20 June. Comments and appeals followed, from 12 June to 30 June, "
           "at three libraries.", published="2025-08-01", note="the range ends after the first date: it may follow"),
    passes("The appeal was heard on 12 May before Judge Omar Lindqvist, and the ruling was given on 9 May.",
           published="2025-06-01", note="an officer right after 'before', followed by a comma: a place, whatever "
                                        "the verb (lexicon locative_before followers)"),
    flags("The appeal was heard on 12 May, before Judge Omar Lindqvist ruled on 9 May.",
          published="2025-06-01", note="the officer has a verb of his own: 'before' orders two events"),
    flags("The budget was agreed on 12 May, before the council meeting on 9 May.",
          published="2025-06-01", note="'council' followed by a noun, not a preposition: the meeting is an event"),
    passes("The firm reported on 24 April 1997 profit before tax for the first quarter of 1997 of 65 million pounds.",
           published="1997-05-02", note="'before tax' leaves a cost out of a figure: it orders nothing"),
    flags("The firm reported on 24 April 1997, before the first quarter of 1997 had ended.",
          published="1997-05-02", note="'before' then a date: an order"),
    passes("The panel backed the scheme on 6 May, before a survey of tenants that ran until 21 May.",
           published="2024-06-10", note="'before' an event says nothing of when it ended"),
    flags("He won the 2018 Grand Prix at Monza, then took the 2015 title.", published="2024-09-01",
          note="a date premodifying a name, and the place of its event, stand before ', then'"),
    passes("He won the 2013 Grand Prix at Monza, then took the 2015 title.", published="2024-09-01"),
    flags("The fair will end with a parade on 9 May, preceded by two markets in the square on 12 and 13 May.",
          published="2025-03-01",
          note="days read in the years nearest each other: the tense of each side chose no year"),
    flags("Tenants voted to strike at a meeting on 9 June 2024. The landlord wrote to them on 2 June 2024, "
          "after the vote.", published="2024-12-01",
          note="info: 'the vote' told again by the verb of an earlier sentence, dated by its one date (a reading)"),
    flags("Tenants voted to strike at a meeting on 9 June 2024. The decision was preceded by an inquiry on "
          "12 June 2024.", published="2024-12-01",
          note="info: the first side dated elsewhere, the second by the date right after it"),
    passes("Tenants voted to strike at a meeting on 9 June 2024. The decision was preceded by an inquiry on "
           "5 June 2024.", published="2024-12-01"),
    flags("Tenants voted to strike at a meeting on 9 June 2024. The vote was preceded by a consultation, which "
          "closed on 14 June 2024.", published="2024-12-01",
          note="info: a clause set off right after the second event's noun dates it"),
    passes("Tenants voted to strike at a meeting on 9 June 2024. The vote was preceded by a consultation, which "
           "closed on 4 June 2024.", published="2024-12-01"),
    passes("The fair will end with a parade on 19 May, preceded by two markets in the square on 12 and 13 May.",
           published="2025-03-01"),
    flags("The chain stopped selling the lamps before the maker announced a recall. Sales ended on 20 June 2023. "
          "The recall was announced on 12 June 2023.", published="2023-09-01",
          note="both sides dated in other sentences that tell their events in other words (events.json synonyms)"),
    passes("The chain stopped selling the lamps before the maker announced a recall. Sales ended on 5 June 2023. "
           "The recall was announced on 12 June 2023.", published="2023-09-01"),
    flags("Only after the survey was finished did the trust act: it closed the footpath on 3 April 2024. "
          "The survey was finished on 11 April 2024.", published="2024-06-01",
          note="'Only after <event> did ...': the main clause's date after a colon"),
    passes("Only after the survey was finished did the trust act: it closed the footpath on 13 April 2024. "
           "The survey was finished on 11 April 2024.", published="2024-06-01"),
    flags("Storm Ada hit the coast on 9 March 2024. The flooding began two days after the storm. Rivers burst their "
          "banks on 6 March 2024.", published="2024-04-01",
          note="info: a kind that recurs linked by the one word that names it, a reading"),
    passes("The striker joined Rovers in 2019. Before joining Town, he scored 40 goals in 2018.",
           published="2024-01-10", note="another club after the verb: another event"),
    flags("The chief executive quit on 9 March 2023 after a row over pay. Subsequently, on 2 March 2023, the "
          "board named a successor.", published="2024-01-10",
          note="a sequence word in the tail of the sentence before: 'Subsequently' still orders after its date"),
    passes("The keeper joined Dunmore in 2016 before moving to Kilbeg. Before that, in 2018, he trained in Cork.",
           published="2024-01-10", note="'that' may be the later move"),
    passes("The board will sign the lease after the inspection. The inspection was carried out on 4 May 2024.",
           published="2024-06-01", note="a plan: nothing yet dates its order"),
    flags("The levy had its first reading on 14 May 2025. Its second reading came on 7 May 2025.",
          published="2025-07-01", note="numbered occurrences of one series happen in the order of their numbers"),
    passes("The levy had its first reading on 7 May 2025. Its second reading came on 14 May 2025.",
           published="2025-07-01"),
    flags("The panel gave its ruling on 3 June 2025. Members had earlier asked, on 9 June 2025, for more papers.",
          published="2025-07-01", note="'earlier' dated after everything the story told before it"),
    passes("The panel gave its ruling on 3 June 2025. Members had earlier asked, on 1 June 2025, for more papers.",
           published="2025-07-01"),
    flags("The tide peaked at Dover on 9 May 2025, an hour ahead of the forecast, and then reached Deal on "
          "6 May 2025.", published="2025-07-01", note="'and then' after an aside set off by commas"),
    passes("The tide peaked at Dover on 6 May 2025, an hour ahead of the forecast, and then reached Deal on "
           "9 May 2025.", published="2025-07-01"),
    flags("The outage at the mill on 6 June 2025 cut power for hours. Staff said the outage was preceded by a "
          "brief one in the same hall, on 12 June 2025.", published="2025-07-01",
          note="'a brief one' after the sequence word is another outage, dated after it"),
    passes("The outage at the mill on 6 June 2025 cut power for hours. Staff said the outage was preceded by a "
           "brief one in the same hall, on 2 June 2025.", published="2025-07-01"),
    flags("The squad lifted the cup on 11 May 2025 and went on to claim the league on 3 May 2025.",
          published="2025-07-01", note="an order relation (lexicon relations) whose other side is the clause before 'and'"),
    passes("The squad lifted the cup on 3 May 2025 and went on to claim the league on 11 May 2025.",
           published="2025-07-01"),
    flags("Moreau first sat on the council in 2015, and later chaired the transport board between 2008 and 2012.",
          published="2025-07-01", note="two dates making a range are one side's interval"),
    passes("Moreau first sat on the council in 2005, and later chaired the transport board between 2008 and 2012.",
           published="2025-07-01"),
    flags("The lower house passed the bill on 9 April 2025. The senate followed suit on 2 April 2025.",
          published="2025-07-01", note="'followed' without an object: its other side is the sentence before (info)"),
    passes("The lower house passed the bill on 2 April 2025. The senate followed suit on 9 April 2025.",
           published="2025-07-01"),
    flags("Ahead of the vote, held on 4 March 2025, members toured the estate on 8 March 2025.",
          published="2025-07-01", note="an aside set off after a side dates it (info)"),
    passes("Ahead of the vote, held on 8 March 2025, members toured the estate on 4 March 2025.",
           published="2025-07-01"),
    passes("Profits rose to 40 million from the 31 million previously reported on 28 May 2025, the firm said on "
           "2 June 2025. Results for the half ended 31 March 2025.", published="2025-07-01",
           note="an adverb inside a baseline's noun phrase joins no clause"),
    flags("Crews first shut the north channel on 30 May. After weeks of surveys, the port later reopened it on "
          "12 May.", published="2025-07-01",
          note="weak-link tier: the nearest dates on the two sides of 'later' run the other way (info)"),
    passes("Crews first shut the north channel on 3 May. After weeks of surveys, the port later reopened it on "
           "12 May.", published="2025-07-01"),
    passes("Its loss of 9 million in 2024 was reported after a profit of 3 million in 2025.", published="2025-07-01",
           note="weak-link tier: figures between the dates make them periods of a statistic"),
    flags("The index first hit a record 4,512.30 points on 14 March and then slid to 4,380.75 at the close on "
          "6 March.", published="2025-07-01", note="a figure is one word of MAX_TAIL, its comma or colon no break"),
    passes("The index first hit a record 4,380.75 points on 6 March and then rose to 4,512.30 at the close on "
           "14 March.", published="2025-07-01"),
    flags("Police first questioned the driver on 4 August. He was arrested later, on 1 August, at his home.",
          published="2025-09-01", note="an adverb of sequence after the past verb (adverbs_after_verb)"),
    passes("The ferry sailed for the yard on 4 June. It returned later, on 9 June, with a new gearbox.",
           published="2025-07-01"),
    flags("The stoppage, which started on 6 September, closed clinics in every district and left wards turning "
          "patients away for most of the month. The action was preceded by an ultimatum on 12 September.",
          published="2025-10-01", note="weak-link tier: a short definite subject names the event dated in the "
                                       "aside after the subject of the sentence before (info)"),
    passes("The strike closed clinics after a burst main on 8 September and left wards in every district turning "
           "patients away for most of the month while talks with ministers in the capital stalled.\n\nThe action "
           "was preceded by an ultimatum issued on 12 September.", published="2025-10-01",
           note="weak-link tier: a date far back in the sentence before, not in its subject's aside"),
    passes("On 2 March the ground was renamed after Kovacs on 14 March.", published="2026-05-09",
           note="an 'after' of naming (a naming verb before it, a name after it) orders nothing"),
    flags("On 2 March the ground was renamed after the vote on 14 March.", published="2026-05-09",
          note="after a naming verb, 'after' before a lower-case word keeps its order"),
    passes("Crowds were thin at the arena, renamed after Kovacs in 2002, for the funeral service.\n\n"
           "Kovacs was 15 when he joined Vasas, later renamed Dozsa, or Workers, in 1949.", published="2006-12-09",
           note="'renamed after Kovacs' is no order of the arena's renaming after Kovacs's 2002"),
)


_LINKED = _SEQUENCE["linked"]
_INVERTED = frozenset(_LINKED["inverted"])
_FUTURE = frozenset(_LINKED["future"])
_OTHER_OCCURRENCE = frozenset(_LINKED["other_occurrence"])
#: Words before an event word that make it another occurrence than one told ("a hearing", "the
#: earlier vote", "the latest closure"): the events lexicon's indefinite and set-apart words
#: (claims.mentions, as date.anchor-conflict reads them), but for those that may also pick out
#: a told occurrence by its place ("the final inspection": POSITIONAL).
_INTRODUCING = INDEFINITE | (SET_APART - POSITIONAL)
_LINK_STOP = _FUNCTION_WORDS | frozenset(load("events")["measure_words"]) | frozenset(load("events")["reporting_verbs"])
#: The longest side (in words) read for the event it tells: past it, the side is a clause of
#: its own with more than one event in it.
LINK_SIDE_WORDS = 20
#: The fewest words a clause elsewhere must share with an undated side to tell its event: one
#: event word and one more (a participant, or a second event word).
LINK_SHARED = 2
#: A side of at most this many content words ("after the audit", "the ceasefire took effect")
#: is told again by one word that names its event ("The audit was completed on ..."); names
#: do not count.
LINK_SHORT_SIDE = 3
#: How near (in words) to the date of a clause elsewhere an event word it shares with a side
#: must stand: farther, the date may be another event's of that clause.
LINK_NEAR = 8


def _object_name(an, lo: int, hi: int, events: list[str]) -> str | None:
    """The name that stands within OBJECT_REACH words after the first word of [lo, hi) telling
    one of ``events`` ("joined Rovers", "signed for Lyra"), or None."""
    words = an.words_in(lo, hi)
    at = next((i for i, w in enumerate(words) if _event_key(w.text)[0] in events), None)
    if at is None:
        return None
    return next((w.lower for w in words[at + 1:at + 1 + OBJECT_REACH] if w.text[:1].isupper()), None)


#: How far (in words) after its event word a name is that event's participant ("signed for Lyra").
OBJECT_REACH = 3


def _roles(an, text: str, lo: int, hi: int, names: list[str], events: list[str]) -> dict[str, bool]:
    """For each name key, whether it stands before the first word of [lo, hi) that tells one of
    ``events`` (its subject's side) or after it."""
    words = an.words_in(lo, hi)
    at = next((w.start for w in words if _event_key(w.text)[0] in events), hi)
    return {n: next((w.start < at for w in words if NAME + w.lower == n), False) for n in names}


_ORDINALS = {w: n for w, n in load("events")["ordinals"].items() if not w.startswith("_")}


def _ordinals(an, lo: int, hi: int) -> set[int]:
    """The ordinals that number events in [lo, hi): right before a word that names an event
    ("the second report", "another fire"; not "the first timbers")."""
    words = an.words_in(lo, hi)
    return {_ORDINALS[w.lower] for i, w in enumerate(words) if w.lower in _ORDINALS
            and any(_event_key(x.text)[1] == NAMED for x in words[i + 1:i + 3])}


class _Spans(list):
    """The [start, end) spans of the article's time claims, and whether one of them holds an
    offset (``covers``): two binary searches over the spans by start, with the farthest end of
    those starting at or before it (the spans may nest), not a scan of all of them a word."""

    def __init__(self, spans):
        super().__init__(spans)
        ordered = sorted(self)
        self._starts = [a for a, _ in ordered]
        self._reach = list(accumulate((b for _, b in ordered), max))

    def covers(self, offset: int) -> bool:
        k = bisect.bisect_right(self._starts, offset)
        return k > 0 and self._reach[k - 1] > offset


class _ByStart(list):
    """Claims sorted by start, and those starting within [lo, hi) (``within``): a binary
    search, not a scan of all of them for every side an order word relates."""

    def __init__(self, claims):
        super().__init__(sorted(claims, key=lambda c: c.start))
        self._starts = [c.start for c in self]

    def within(self, lo: int, hi: int) -> list[Claim]:
        return self[bisect.bisect_left(self._starts, lo):bisect.bisect_left(self._starts, hi)]


def _plan(an, lo: int, hi: int, time_spans: _Spans) -> bool:
    """Whether [lo, hi) tells a plan (lexicon linked.future: "will", "is expected to"), the
    words of dates left out ("in May" is no modal)."""
    return any(w.lower in _FUTURE and not time_spans.covers(w.start) for w in an.words_in(lo, hi))


def _label(text: str, t: Claim) -> bool:
    """A date written before the noun it qualifies ("the 1985 growth rates", "a 1973 coup",
    "2019's plan"): it names which one, and dates no event of its clause. The word right after
    it (past a possessive "'s") in its sentence, with spaces between (was: a match within 30
    characters)."""
    at = t.end + 2 if text[t.end:t.end + 2] in ("'s", "\u2019s") else t.end
    nxt = analyse(text).words_after(at, 1)
    word = nxt[0].text if nxt and text[at:nxt[0].start].isspace() and nxt[0].kind == WORD else ""
    return word[:1].isalpha() and word.lower() not in _FUNCTION_WORDS and not word[0].isupper() \
        and not is_past_form(word)
MESSAGE_LINKED = ("\u201c{connective}\u201d puts {first} {order} {second}, but {first} is dated {first_when} and "
                  "{second} {second_when}")
RELATED_LINKED = "the same event told here, dated {when}"


def _stem(w: str) -> str:
    for suffix in ("ings", "ing", "ied", "ies", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= (3 if suffix == "s" else 4) and not w.endswith("ss"):
            w = w[:-len(suffix)] + ("y" if suffix in ("ied", "ies") else "")
            break
    return w if w.endswith("ee") else w.rstrip("e")  # "traded" and "trade": one stem


#: How strongly a word tells an event: a participant, a verb form, a word that names the event
#: itself (an event noun or a word of a synonyms class of the events lexicon).
PARTICIPANT, VERB, NAMED = 0, 1, 2
NAME = "name:"


#: A possessive ending ("'s", "s'"), compiled once (``_event_key`` reads every word of a side).
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")


def _event_key(word: str) -> tuple[str, int]:
    """The key two wordings of one event share ("flooding" and "burst": one synonyms class of
    the events lexicon, read through claims/mentions.py as date.anchor-conflict reads it;
    "reopened" and "reopening": one lemma), and how strongly the word tells an event."""
    w = _POSSESSIVE_END.sub("", word.lower())
    for c in (w, _stem(w)):
        key = synonym_key(c)
        if key is not None:
            return key, NAMED
        if c in _EVENT_NOUNS:
            return synonym_key(_EVENT_NOUNS[c]) or event_kind(_EVENT_NOUNS[c]), NAMED
        lemma = verb_lemma(c)
        if lemma:
            return synonym_key(lemma) or event_kind(lemma), VERB
    return _stem(w), VERB if is_past_form(w) else PARTICIPANT


_EVENT_NOUNS = load("events")["nouns"]


def _side_keys(an, text: str, lo: int, hi: int, time_spans: _Spans) -> dict[str, int]:
    """The content words of [lo, hi) as event keys with their strength (_event_key), words of
    dates left out."""
    out: dict[str, int] = {}
    for w in an.words_in(lo, hi):
        if not w.text[:1].isalpha() or len(w.text) < 3 or w.lower in _LINK_STOP \
                or time_spans.covers(w.start):
            continue
        if w.text[:1].isupper() and w.start > lo and _event_key(w.text)[1] == PARTICIPANT:
            out.setdefault(NAME + w.lower, PARTICIPANT)  # a name: a participant, counted apart
            continue
        key, strength = _event_key(w.text)
        out[key] = max(out.get(key, PARTICIPANT), strength)
    return out


def _sides(an, text: str, m: re.Match, sentence, stop_at: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The main clause's span and the span of the event the sequence word ``m`` introduces:
    fronted ("Before joining Rovers, he ..."; "Only after the audit did the board act: ..."),
    or after the main clause ("The board acted after the audit, ..."). Each ends at the next
    comma, semicolon or sequence word (``stop_at``), but the second takes in a clause set off
    right after it that dates it (", carried out in May 2023"). None when the sentence gives
    no such split."""
    lead = [w.lower for w in an.words_in(sentence.start, m.start())]
    if lead in ([], ["only"], ["it", "was", "only"], ["and", "only"]):
        after = an.words_in(m.end(), stop_at)
        # the auxiliary that opens the main clause, its subject after it ("did the board act"),
        # not one of the fronted clause's own verb ("after the survey was finished")
        aux = next((w for w, n in zip(after, after[1:]) if w.lower in _INVERTED and not is_past_form(n.text)
                    and not n.lower.endswith("ing") and n.lower not in ("been", "being", "not")), None) \
            if lead and lead[-1] == "only" else None
        comma = text.find(",", m.end(), stop_at)
        if aux is not None and (comma < 0 or aux.start < comma):
            return (aux.start, _clause_end(text, aux.end, sentence.end, colon=False)), (m.end(), aux.start)
        if comma < 0:
            return None
        return (comma + 1, _clause_end(text, comma + 1, sentence.end)), (m.end(), comma)
    start = max(sentence.start, text.rfind(";", sentence.start, m.start()) + 1,
                text.rfind(":", sentence.start, m.start()) + 1)
    stop = _clause_end(text, m.end(), stop_at)
    dating = _SET_OFF_DATING.match(text, stop, sentence.end)
    if dating is not None and not is_past_form(dating.group("verb")):
        dating = None  # "a hearing, early in April": an aside, not a clause that dates it
    return (start, m.start()), (m.end(), dating.end() if dating else stop)


#: ", carried out in October 2023", ", which closed on 4 June": a clause set off right after an
#: event that dates it.
_SET_OFF_DATING = re.compile(r"\s*,\s*(?:(?:which|that)\s+(?:(?:was|were|had|has|have)\s+(?:been\s+)?)?)?"
                             r"(?P<verb>[a-z]+)(?:\s+out)?\s+(?:on|in)\s+[^,;:]*")


def _clause_end(text: str, at: int, stop: int, colon: bool = True) -> int:
    """The next comma (not one inside a figure), semicolon or colon after ``at``, or ``stop``;
    past a colon when not ``colon`` ("did the board act: it suspended him on 5 May")."""
    m = (_CLAUSE_END if colon else _CLAUSE_END_PAST_COLON).search(text, at, stop)
    return m.start() if m else stop


_CLAUSE_END, _CLAUSE_END_PAST_COLON = re.compile(r",(?!\s*\d)|[;:]"), re.compile(r",(?!\s*\d)|;")


def _linked(claims: ClaimSet, times: list[Claim], reported: set[int]):
    """"The chain stopped selling the heaters before the maker announced a recall. Sales ended
    on 14 October. The recall was announced on 2 October.": a side of a sequence word that
    its sentence leaves undated (the main clause, or the event after the word) takes the one
    fixed date of the clause elsewhere that tells the same event in other words: at least
    LINK_SHARED content words in common by their event keys (a lemma, a synonyms class of the events lexicon:
    "stopped selling" and "sales ended"), one of them an event word. All the best-matching
    clauses must agree on the date. The other side is dated in its sentence or linked the
    same way; at least one side must be linked (a sentence dating both is the main pass's).
    A sentence that tells a plan (lexicon linked.future) or a date after publication is
    left alone; ranges' edges and deadlines date no event."""
    text = claims.article.text
    published = claims.article.published
    an = analyse(text)
    ordered = [(s, found) for s in an.sentences if (found := _sequence_words(text, s.start, s.end))]
    if not ordered:
        return  # no sequence word: no clause elsewhere is needed (most articles)
    fixed = sorted((t for t in times if _dated(t) and _occurrence(t, published)), key=lambda t: t.start)
    is_fixed = set(map(id, fixed))  # whether a time is one of ``fixed``: asked of every date of every clause
    spans = _Spans((t.start, t.end) for t in times)
    # the time claims by start, to find a clause's own by bisection (kept in the claims' order)
    by_start = sorted(range(len(times)), key=lambda i: times[i].start)
    by_start_starts = [times[i].start for i in by_start]
    clauses = []  # (sentence index, keys, keys near the date, date) of every fixed date no other stands near
    for s in an.sentences:
        for c in an.clauses_of(s):
            if {w.lower for w in an.words_in(c.start, c.end)} & _OTHER_OCCURRENCE \
                    or _NOT_SEQUENCE.search(text, c.start, c.end):
                continue  # "previously won the shield in 1988": another occurrence of the event
            own = [times[i] for i in sorted(by_start[bisect.bisect_left(by_start_starts, c.start):
                                                      bisect.bisect_left(by_start_starts, c.end)])]
            keys = None
            for d in own:
                if id(d) not in is_fixed or _label(text, d) or _plan(an, c.start, d.end, spans):
                    continue
                near = [w for w in an.words_in(c.start, c.end) if LINK_NEAR >= (
                        an.words_between(w.end, d.start) if w.end <= d.start else an.words_between(d.end, w.start))]
                if any(o is not d and any(w.start <= o.start < w.end for w in near) for o in own):
                    continue  # another date near it: which event each dates is not told
                keys = keys or _side_keys(an, text, c.start, c.end, spans)
                # the words that may tell its event: those near the date
                clauses.append((s.index, keys, {_event_key(w.text)[0] for w in near}, d, (c.start, c.end)))
    if not clauses:
        return
    clause_sentences = [clause[0] for clause in clauses]
    by_key: dict[str, list[int]] = {}  # the clauses by the event keys they tell: a side is held against those alone
    for i, clause in enumerate(clauses):
        for k in clause[1]:
            by_key.setdefault(k, []).append(i)
    for sentence, found in ordered:
        if any(sentence.start <= r < sentence.end for r in reported):
            continue
        if found[0].group("then"):
            continue
        m = found[0]
        split = _sides(an, text, m, sentence, found[1].start() if len(found) > 1 else sentence.end)
        if split is None or any(_plan(an, lo, hi, spans) for lo, hi in split):
            continue
        if _NOT_SEQUENCE.search(text, split[0][0], split[1][1]) or _NOT_SEQUENCE.search(text, *split[0]):
            continue  # "won it for the first time in decades after"
        dated = []
        for lo, hi in split:
            if an.words_between(lo, hi) > LINK_SIDE_WORDS:
                dated = []
                break
            own = [times[i] for i in sorted(by_start[bisect.bisect_left(by_start_starts, lo):
                                                     bisect.bisect_left(by_start_starts, hi)])
                   if times[i].timex.earliest is not None]
            if own:
                ok = [t for t in own if id(t) in is_fixed and not _label(text, t)]
                # a date with no event of its own beside it orders nothing ("shortly after midnight")
                told = _side_keys(an, text, lo, hi, spans)
                dated.append((ok[0], False, False) if len(own) == 1 and ok and told else None)
                continue
            # the clauses within LINK_REACH_SENTENCES of the side's sentence (a run of positions:
            # the clauses are in the text's order)
            within = (bisect.bisect_left(clause_sentences, sentence.index - LINK_REACH_SENTENCES),
                      bisect.bisect_right(clause_sentences, sentence.index + LINK_REACH_SENTENCES))
            linked = _link(an, text, lo, hi, sentence, clauses, spans, by_key, within)
            if linked is None and not dated and text[hi - 1:hi + 1].strip()[:1] in ".!?" \
                    and an.words_in(sentence.start, m.start()) and m.start() < lo:
                # "Only after the audit did the board act. It suspended him on 5 May."
                linked = _next_sentence_date(an, text, lo, hi, sentence, fixed, spans, published)
            dated.append(linked)
        if len(dated) != 2 or None in dated or not (dated[0][1] or dated[1][1]):
            continue
        (main, _, reading1), (second, _, reading2) = dated
        forward = m.group("back") is None  # forward: the main clause's event comes first
        # a side matched by several clauses elsewhere that disagree on its date (_link) is
        # judged against each: reversed from every one, the nearest is shown with the others
        mains, seconds = (x if isinstance(x, list) else [x] for x in (main, second))
        if not all(x.timex.earliest > y.timex.latest if forward else x.timex.latest < y.timex.earliest
                   for x in mains for y in seconds):
            continue
        main, second = (min(xs, key=lambda t: abs(t.start - m.start())) for xs in (mains, seconds))
        others = [t for t in mains + seconds if t is not main and t is not second]
        a, b = (main.timex.earliest, main.timex.latest), (second.timex.earliest, second.timex.latest)
        connective = " ".join(m.group().strip(", ").split())
        first_side = f"\u201c{' '.join(text[split[0][0]:split[0][1]].split()[:6])}\u201d"
        second_side = f"\u201c{' '.join(text[split[1][0]:split[1][1]].split()[:6])}\u201d"
        yield Finding(
            MESSAGE_LINKED.format(connective=connective, first=first_side, order="before" if forward else "after",
                                  second=second_side, first_when=span_words(*a), second_when=span_words(*b)),
            m.start(), m.end(), severity=Severity.INFO if reading1 or reading2 else None,
            related=[Related(main.start, main.end, RELATED_LINKED.format(when=span_words(*a))),
                     Related(second.start, second.end, RELATED_LINKED.format(when=span_words(*b)))],
            evidence=[f"{first_side} = {span_words(*a)} (\u201c{main.text}\u201d)",
                      f"{second_side} = {span_words(*b)} (\u201c{second.text}\u201d)",
                      f"\u201c{connective}\u201d needs the first {'no later' if forward else 'no earlier'} "
                      f"than the second", *([LINKED_READING] if reading1 or reading2 else []),
                      *([SEVERAL_LINKED_READING.format(others="; ".join(
                          f"\u201c{t.text}\u201d ({span_words(t.timex.earliest, t.timex.latest)})" for t in others))]
                        if others else [])])


SEVERAL_LINKED_READING = ("clauses elsewhere that tell a side in the same words give it other dates too ({others}); "
                          "the order runs the other way from each of them")
LINKED_READING = ("a side is dated by a clause elsewhere that shares its words, but the words it shares stand "
                  "far from that clause's date or name a kind of event that recurs: the date may be another "
                  "event's; if both tell the same event, the two run the other way, so an info finding showing "
                  "both sides")

#: Pronouns that open a clause as its subject (lexicon sequence.json subject_pronouns; wider
#: than events.json's, which the anchor rule reads before an event verb: "we" and "I" too).
_SUBJECT_PRONOUNS = frozenset(_SEQUENCE["subject_pronouns"])


def _next_sentence_date(an, text: str, lo: int, hi: int, sentence, fixed, spans, published):
    """The date of an inverted main clause that ends its sentence undated ("Only after the
    audit did the board act."): the first clause of the next sentence that tells what it did,
    opening with a subject pronoun or naming a participant of it ("the board suspended the
    treasurer on 5 August"), with one fixed date. (time claim, True, False) or None."""
    if sentence.index + 1 >= len(an.sentences):
        return None
    keys = _side_keys(an, text, lo, hi, spans)
    nxt = an.sentences[sentence.index + 1]
    for c in an.clauses_of(nxt):
        own = [t for t in fixed if c.start <= t.start < c.end]
        words = an.words_in(c.start, c.end)
        if not words or _plan(an, c.start, c.end, spans) or {w.lower for w in words} & _OTHER_OCCURRENCE:
            continue
        told = words[0].lower in _SUBJECT_PRONOUNS or keys.keys() & _side_keys(an, text, c.start, c.end, spans)
        if told and len(own) == 1 and len([t for t in spans if c.start <= t[0] < c.end]) == 1:
            return own[0], True, False
    return None


def _link(an, text: str, lo: int, hi: int, sentence, clauses, spans, by_key=None, within=None):
    """The one date the clauses of other sentences give the event told in [lo, hi), by the
    most content words shared (at least LINK_SHARED, one an event word): (time claim, True,
    whether a reading), or, when the best matches disagree, ([their time claims], True, True);
    None when none matches. ``by_key``: the clauses' indexes by
    the keys they tell; a clause that shares no key cannot match, so only those that do are read.
    ``within``: the [first, last) indexes of the clauses that may be read, those within
    LINK_REACH_SENTENCES of the side (claims/language/analysis.py): a clause further away is
    not linked, however much it shares (a text of many articles would otherwise read them all
    from every side)."""
    keys = _side_keys(an, text, lo, hi, spans)
    if not any(keys.values()):
        return None
    if by_key is not None:
        first, last = within or (0, len(clauses))
        clauses = [clauses[i] for i in sorted({i for k in keys for i in _run(by_key.get(k, ()), first, last)})]
    best, dates, loose = 0, {}, set()
    far_best, far_dates = 0, {}  # the matches whose shared words stand far from the date, read last
    words = an.words_in(lo, hi)
    # "a hearing", "the earlier vote": another occurrence than one told, unless more is shared
    introduced = {_event_key(w.text)[0] for i, w in enumerate(words)
                  if any(x.lower in _INTRODUCING for x in words[max(0, i - 2):i])}
    for index, there, near, t, span in clauses:
        if index == sentence.index:
            continue
        shared = keys.keys() & there.keys()
        events = [k for k in shared if keys[k] or there[k]]
        named = [k for k in shared if max(keys[k], there[k]) == NAMED and k not in introduced]
        if not (len(shared) >= LINK_SHARED and events
                or named and sum(not k.startswith(NAME) for k in keys) <= LINK_SHORT_SIDE):
            continue
        side_name, there_name = _object_name(an, lo, hi, events), _object_name(an, *span, events)
        if side_name and there_name and side_name != there_name:
            continue  # "joining Rovers" and "joined City": one verb, two events
        if _ordinals(an, lo, hi) != _ordinals(an, *span):
            continue  # "after the meeting" and "the first meeting": which one is not told
        names = [k for k in shared if k.startswith(NAME)]
        if names and _roles(an, text, lo, hi, names, events) != _roles(an, text, *span, names, events):
            continue  # "OPEC agreed" and "agreed to help OPEC": one name, two parts in two events
        if not near & set(events):
            # the words it shares stand far from the date: it may date another event there. When
            # no event word of that clause stands near its date either (no other event it may
            # date), the clause dates the side all the same when no clause is matched near its
            # date, as a reading (an info finding showing both sides)
            if any(there.get(k) for k in near):
                continue
            if len(shared) > far_best:
                far_best, far_dates = len(shared), {}
            if len(shared) == far_best:
                far_dates[t.id] = t
            continue
        if len(shared) > best:
            best, dates, loose = len(shared), {t.id: t}, set()
        if len(shared) == best:
            dates[t.id] = t
            if len(shared) < LINK_SHARED:
                loose |= {k for k in named if k in _RECURRING}
    if not dates and far_dates and len({(t.timex.earliest, t.timex.latest) for t in far_dates.values()}) == 1:
        return min(far_dates.values(), key=lambda t: t.start), True, True
    if not dates:
        return None
    if len({(t.timex.earliest, t.timex.latest) for t in dates.values()}) != 1:
        # the best matches disagree: which one tells the side is not ours to pick, so all of
        # them, as a reading (the side conflicts only when it does against each)
        return sorted(dates.values(), key=lambda t: t.start), True, True
    # "after the storm" told again by the one dated storm: a kind that recurs, so a reading
    return min(dates.values(), key=lambda t: t.start), True, bool(loose)


def _run(ordered: list[int], first: int, last: int) -> list[int]:
    """The numbers of an ascending list in [first, last), by two binary searches."""
    return ordered[bisect.bisect_left(ordered, first):bisect.bisect_left(ordered, last)]


_SERIES = frozenset(_SEQUENCE["ordered_series"]["nouns"])
#: The ordinals that number a series' occurrences ("first", "2nd"; "another" counts none).
_SERIES_ORDINALS = {w: n for w, n in load("events")["ordinals"].items() if not w.startswith("_") and n}
#: How far (in words) after "the second leg" its date may stand, the words between telling
#: that occurrence ("its second reading came on 7 May", "the first ballot, held on 9 May").
ORDINAL_DATE_WORDS = 8
#: Two numbered occurrences whose dates run backwards by more than this many days may be of
#: two series ("she lost the second round in 2020 ... leads this year's first round").
SERIES_DAYS = 183
MESSAGE_ORDINAL = ("\u201c{second}\u201d comes after \u201c{first}\u201d by its number, but it is dated "
                   "{second_when}, before {first_when}")


def _series_key(word: str) -> str | None:
    """The series noun a word names ("readings" -> "reading"), or None."""
    w = word.lower()
    return w if w in _SERIES else w[:-1] if w.endswith("s") and w[:-1] in _SERIES else None


#: ", which followed a committee session," set off right after a numbered noun.
_SET_OFF_RELATIVE = re.compile(r"\s*,\s*(?:which|that)\b[^,;:()]*,")


def _numbered_dates(an, text: str, times: list[Claim], published) -> list[tuple[str, int, Claim, Claim]]:
    """Every occurrence of a series noun numbered by an ordinal ("the second leg") and dated by
    the first date after it in its sentence, within ORDINAL_DATE_WORDS words, with no other
    ordinal, no date and no sequence word that introduces another event between ("its second
    reading came on 7 May"; "followed on 7 May": "followed" is the reading's own verb); a relative clause set
    off by commas right after the noun tells another event and is passed over ("the third
    reading, which followed a committee session, was held on 15 April": 15 April dates the
    reading). (noun, ordinal, ordinal word, date)."""
    out = []
    starts = [t.start for t in times]
    for s in an.sentences:
        words = an.words_in(s.start, s.end)
        for i in [i for i, w in enumerate(words[:-1]) if w.lower in _SERIES_ORDINALS]:
            w, noun = words[i], words[i + 1]
            n = _SERIES_ORDINALS[w.lower]
            if not n:
                continue
            key = _series_key(noun.text)
            if key is None:
                continue
            # "The third reading, which followed a committee session, was held on": the relative
            # clause set off right after the noun tells another event; the main verb's date is the noun's
            aside = _SET_OFF_RELATIVE.match(text, noun.end, s.end)
            after = aside.end() if aside else noun.end
            k = bisect.bisect_left(starts, after)
            if k >= len(times) or times[k].start >= s.end:
                continue
            t = times[k]
            between = an.words_in(after, t.start)
            if len(between) > ORDINAL_DATE_WORDS or any(x.lower in _SERIES_ORDINALS for x in between) \
                    or not _readings(t) or not _occurrence(t, published) or _label(text, t):
                continue
            if any(not re.fullmatch(r"\s*(?:on|in)?\s*", text[m.end():t.start])
                   for m in _sequence_words(text, after, t.start)):
                continue  # "which followed a committee session, was held on": another event's word
            out.append((key, n, w, t))
    return out


def _unnumbered_dates(an, text: str, times: list[Claim], published) -> dict[str, list[tuple[object, Claim | None]]]:
    """Every mention of a series noun with no ordinal before it, in order, with the date that
    dates it: one written right before it ("a Feb. 9 forum") or after it as for a numbered
    mention (_numbered_dates), else None. noun -> [(the noun's word, date or None)]."""
    out: dict[str, list] = {}
    starts = [t.start for t in times]
    ends = {t.end: t for t in times}
    for s in an.sentences:
        words = an.words_in(s.start, s.end)
        for i, w in enumerate(words):
            key = _series_key(w.text)
            if key is None or i and words[i - 1].lower in _SERIES_ORDINALS:
                continue
            t = ends.get(words[i - 1].end) if i else None
            if t is None:
                k = bisect.bisect_left(starts, w.end)
                t = times[k] if k < len(times) and times[k].start < s.end else None
                if t is not None and (an.words_between(w.end, t.start) > ORDINAL_DATE_WORDS
                                      or _sequence_words(text, w.end, t.start)):
                    t = None
            if t is not None and not (_readings(t) and _occurrence(t, published)):
                t = None
            out.setdefault(key, []).append((w, t))
    return out


def _ordinal_series(claims: ClaimSet, times: list[Claim]):
    """"The levy had its first reading on 14 May ... Its second reading came on 7 May": occurrences
    of one series (lexicon ordered_series: readings, rounds, legs, ballots) numbered by
    ordinals happen in the order of their numbers, with no sequence word needed. Each is dated
    by the date after it (_numbered_dates); a higher number dated wholly before a lower one,
    by at most SERIES_DAYS days, is reported. A noun given two dates for one number is more
    than one series, and is left alone."""
    text = claims.article.text
    an = analyse(text)
    ordered = sorted(times, key=lambda t: t.start)
    by_noun: dict[str, list[tuple[int, object, Claim]]] = {}
    for key, n, w, t in _numbered_dates(an, text, ordered, claims.article.published):
        by_noun.setdefault(key, []).append((n, w, t))
    plain = _unnumbered_dates(an, text, ordered, claims.article.published) if by_noun else {}
    for key, found in by_noun.items():
        second = min(((n, w, t) for n, w, t in found if n == 2), default=None, key=lambda x: x[1].start)
        told = [(w, t) for w, t in plain.get(key, []) if second is not None and w.start < second[1].start]
        if not any(n == 1 for n, _, _ in found) and len(told) == 1 and told[0][1] is not None:
            found.append((1, told[0][0], told[0][1]))  # "a Feb. 9 forum ... A second forum": the one told is the first
    for key, found in by_noun.items():
        days = {}
        if any(days.setdefault(n, (t.timex.earliest, t.timex.latest)) != (t.timex.earliest, t.timex.latest)
               for n, _, t in found):
            continue  # "the first round" twice, on two dates: two series
        for (n1, w1, t1), (n2, w2, t2) in ((a, b) for a in found for b in found if a[0] < b[0]):
            read = _read_together(t1, t2)
            if read is None or _weeks_apart(*read):
                continue
            t1, t2 = read
            gap = (t1.timex.earliest - t2.timex.latest).days
            if not 0 < gap <= SERIES_DAYS:
                continue
            a, b = (t1.timex.earliest, t1.timex.latest), (t2.timex.earliest, t2.timex.latest)
            first, second = (f"{w1.text} {key}" if n1 != 1 or w1.lower in _SERIES_ORDINALS else w1.text), f"{w2.text} {key}"
            yield Finding(
                MESSAGE_ORDINAL.format(first=first, second=second, first_when=span_words(*a),
                                       second_when=span_words(*b)),
                w2.start, w2.end,
                related=[Related(t1.start, t1.end, RELATED.format(when=span_words(*a))),
                         Related(t2.start, t2.end, RELATED.format(when=span_words(*b)))],
                evidence=[f"\u201c{first}\u201d = {span_words(*a)} (\u201c{t1.text}\u201d)",
                          f"\u201c{second}\u201d = {span_words(*b)} (\u201c{t2.text}\u201d)",
                          f"occurrence {n2} of a series comes no earlier than occurrence {n1}"])


_EARLIER = frozenset(_SEQUENCE["earlier_adverbs"]["words"])
#: How near in time (in days) the story's dated event that an "earlier" clause is placed
#: before must stand to its date: "had earlier asked, on 18 May" after a verdict on 14 May
#: (four days). Farther, "earlier" is placed against something the story leaves undated.
EARLIER_REACH_DAYS = 31
MESSAGE_EARLIER = ("\u201c{adv}\u201d puts what this clause tells before an event already told, but it is dated "
                   "{second_when}, after every dated event told before it (the nearest, {first_when})")


def _earlier_than_told(claims: ClaimSet, times: list[Claim]):
    """"The panel gave its ruling on 3 June ... Members had earlier asked, on 9 June, for
    more papers": an adverb of "earlier" (lexicon earlier_adverbs) opening its sentence or
    standing right before a past verb puts its clause's event, dated by the first fixed date
    after it within EVENT_TAIL words (no clause or sequence word between), before an event the
    story has told. When every fixed date of a past event told before its sentence (the
    dateline left out) ends before that date, and one of them is a day within
    EARLIER_REACH_DAYS of it, the clause is earlier than nothing told. A date on or after the
    day before publication is left alone ("earlier on Tuesday": earlier than the writing)."""
    text = claims.article.text
    published = claims.article.published
    an = analyse(text)
    ordered = sorted(times, key=lambda t: t.start)
    starts = [t.start for t in ordered]
    spans = _Spans((t.start, t.end) for t in claims.of_kind("time"))
    skip = claims.article.dateline
    for s in an.sentences:
        words = an.words_in(s.start, s.end)
        for i, w in enumerate(words):
            if w.lower not in _EARLIER or spans.covers(w.start):
                continue
            nxt = words[i + 1] if i + 1 < len(words) else None
            if nxt is None or nxt.lower == "than" or not (i == 0 or is_past_form(nxt.text)):
                continue  # "earlier than planned", "the earlier vote"
            k = bisect.bisect_left(starts, w.end)
            if k >= len(ordered) or ordered[k].start >= s.end:
                break
            t2 = ordered[k]
            between = an.words_in(w.end, t2.start)
            if len(between) > EVENT_TAIL or {x.lower for x in between} & (_CLAUSE - _RANGE_WORDS) \
                    or _sequence_words(text, w.end, t2.start) or not _dated(t2) or _label(text, t2) \
                    or word_before(text, t2.start) in (_LABEL_BEFORE | _RANGE_WORDS) \
                    or published is not None and (published - t2.timex.latest).days <= 1:
                continue  # this "earlier" dates nothing to judge; another in the sentence may
            told = [t for t in ordered[:bisect.bisect_left(starts, s.start)]
                    if _dated(t) and _occurrence(t, published) and not _label(text, t)
                    and not (skip and skip[0] <= t.start < skip[1])]
            if not told or any(t.timex.latest >= t2.timex.earliest for t in told):
                continue
            near = [t for t in told if t.timex.earliest == t.timex.latest
                    and (t2.timex.earliest - t.timex.latest).days <= EARLIER_REACH_DAYS]
            if not near:
                continue
            t1 = max(near, key=lambda t: t.timex.latest)
            a, b = (t1.timex.earliest, t1.timex.latest), (t2.timex.earliest, t2.timex.latest)
            yield Finding(
                MESSAGE_EARLIER.format(adv=w.text, first_when=span_words(*a), second_when=span_words(*b)),
                w.start, w.end,
                related=[Related(t1.start, t1.end, RELATED.format(when=span_words(*a))),
                         Related(t2.start, t2.end, RELATED.format(when=span_words(*b)))],
                evidence=[f"\u201c{t2.text}\u201d = {span_words(*b)}",
                          f"every date told before it ends earlier; the nearest, \u201c{t1.text}\u201d = "
                          f"{span_words(*a)}",
                          f"\u201c{w.text}\u201d needs an event told before it no earlier than its own"])
            break


_PRO_NOUNS = frozenset(_SEQUENCE["pro_nouns"]["words"])
_PRO_LEADS = frozenset(_SEQUENCE["pro_nouns"]["leads"])
#: The most modifiers between "a" and "one" in "a smaller one", "an earlier, minor one".
PRO_MODIFIERS = 2


def _another_one(claims: ClaimSet, times: list[Claim]):
    """"The outage at the mill on 6 June ... the outage was preceded by a brief one in the
    same hall, on 12 June": after a sequence word, "a/another (up to PRO_MODIFIERS words) one"
    (lexicon pro_nouns) is another occurrence of the event named right before the word (within
    FIRST_REACH words). That event is dated by the other sentences (_elsewhere: mentions that
    nest, a season and a day in it, give the day); "one" by the first fixed date after it in its
    sentence, within MAX_TAIL words, with no clause word and at most a comma before its "on" or
    "in". The two dates must allow the order."""
    text = claims.article.text
    published = claims.article.published
    an = analyse(text)
    events = sorted(claims.of_kind("event"), key=lambda e: e.start)
    event_starts = [e.start for e in events]
    by_id = {c.id: c for c in times}
    ordered = sorted(times, key=lambda t: t.start)
    starts = [t.start for t in ordered]
    fixed = [t for t in ordered if _dated(t)]
    fixed_starts = [t.start for t in fixed]
    by_kind: dict[str, list[Claim]] = {}
    for e in events:
        by_kind.setdefault(event_kind(e.attrs.get("lemma") or ""), []).append(e)
    for sentence in an.sentences:
        found = _sequence_words(text, sentence.start, sentence.end)
        if len(found) != 1 or found[0].group("then"):
            continue
        m = found[0]
        after = an.words_in(m.end(), sentence.end)[:PRO_MODIFIERS + 2]
        one = next((i for i, w in enumerate(after) if w.lower in _PRO_NOUNS), None)
        if one is None or not after or after[0].lower not in _PRO_LEADS or _SIDE_BREAK.search(text[m.end():after[one].start]):
            continue
        pro = after[one]
        inside = events[bisect.bisect_left(event_starts, sentence.start):bisect.bisect_left(event_starts, m.start())]
        before = [e for e in inside if e.end <= m.start() and an.words_between(e.end, m.start()) <= FIRST_REACH]
        if not before or bisect.bisect_left(starts, sentence.start) < bisect.bisect_left(starts, m.start()):
            continue  # a date before the word: the main pass's
        k = bisect.bisect_left(starts, pro.end)
        if k >= len(ordered) or ordered[k].start >= sentence.end:
            continue
        t2 = ordered[k]
        between = text[pro.end:t2.start]
        if not re.search(r"(?:^|\s)(?:on|in)\s*$", between) or between.count(",") > 1 or re.search(r"[;:()]", between) \
                or an.words_between(pro.end, t2.start) > MAX_TAIL or not _dated(t2) or not _occurrence(t2, published) \
                or {w.lower for w in an.words_in(pro.end, t2.start)} & _CLAUSE:
            continue
        first = before[-1]
        dated = _elsewhere(an, first, by_kind, by_id, fixed, fixed_starts, sentence, published)
        if dated is None:
            continue
        (a, t1, reading), b = dated, (t2.timex.earliest, t2.timex.latest)
        forward = m.group("back") is None
        if not (a[0] > b[1] if forward else a[1] < b[0]):
            continue
        name1 = f"\u201c{first.text}\u201d"
        name2 = f"\u201c{text[after[0].start:pro.end]}\u201d"
        yield _elsewhere_finding(m, forward, (name1, a, t1), (name2, b, t2), reading,
                                 [f"{name1} = {span_words(*a)} (\u201c{t1.text}\u201d)",
                                  f"{name2}, another {first.text}, = {span_words(*b)} (\u201c{t2.text}\u201d)"])


_RELATIONS = _SEQUENCE["relations"]
_LINKING: dict[str, str] = {k: v for k, v in _RELATIONS["linking"].items()}
_ANAPHORIC: dict[str, str] = {k: v for k, v in _RELATIONS["anaphoric"].items()}
_FOLLOWED_ALONE = frozenset(_RELATIONS["followed_intransitive"])
_FOLLOWED_LINKS = frozenset(_RELATIONS["followed_linking"])
_ASIDE_LEADS = frozenset(_RELATIONS["aside_leads"])
_LINKING_VERBS = frozenset(_RELATIONS["linking_verbs"])
_ADVERB_VERBS = frozenset(_RELATIONS["adverb_verbs"])
_RELATION_WORD = re.compile(rf"(?i)\b{first_letters(set(_LINKING) | set(_ANAPHORIC))}"
                            rf"(?:{phrase_alternatives(set(_LINKING) | set(_ANAPHORIC))})\b")
#: Where a clause ends: a mark, or "and"/"but" before a clause of its own (see _clause_end).
_CLAUSE_MARK = re.compile(r"[,;:()\u2014]|\s(?:and|but)\s")
#: A range two dates make ("between 2009 and 2013", "from May to July"): one side's interval.
_RANGE_CLOSE = frozenset({"and", "to", "until", "through", "till"})
#: "from 2012 to 2014" after a verb of change may be two amounts; a range of bare years counts
#: as one side only after "between".
_BARE_YEAR = re.compile(r"\d{4}")
#: The most words (a name of several capitalized words counted as one, as _name_words) between
#: where a side's clause starts and its date when a verb of
#: its own tells the side ("later ran the port authority between"), as EVENT_TAIL; a side
#: told by a noun phrase alone ("after a sharp fall in") reaches MAX_TAIL words.
SIDE_WORDS = EVENT_TAIL
MESSAGE_RELATION = ("\u201c{word}\u201d puts what is dated {this} {order} what is dated {that}, but {this_when} "
                    "is {actual} {that_when}")
RELATION_READING = ("{where}: the date may be another event's, so an info finding showing both sides")


def _side_end(an, at: int, hi: int) -> int:
    """Where the clause that runs from ``at`` ends: the first mark (, ; : ( dash), or an
    "and"/"but" whose next word is a past verb, a subject pronoun or an anaphoric order word
    (a clause of its own: "won it on 9 May and then added"); else ``hi``."""
    for m in _CLAUSE_MARK.finditer(an.text, at, hi):
        if m.group().strip() in (",", ";", ":", "(", ")", "\u2014"):
            return m.start()
        nxt = an.words_after(m.end(), 1)
        if nxt and (is_past_form(nxt[0].text) or nxt[0].lower in ("he", "she", "they", "it", "we")
                    or _RELATION_WORD.match(an.text, nxt[0].start)):
            return m.start()
    return hi


def _side_start(an, lo: int, at: int) -> int:
    """Where the clause holding ``at`` starts, as _side_end splits them: after the last
    boundary in [lo, at), else ``lo``."""
    start, at_ = lo, lo
    while True:
        end = _side_end(an, at_, at)
        if end >= at:
            return start
        mark = _CLAUSE_MARK.match(an.text, end)
        start = at_ = mark.end() if mark else end + 1


def _side_aside(an, comma: int, hi: int, is_event, participant: frozenset = frozenset()) -> tuple[int, int] | None:
    """The phrase set off after the comma at ``comma`` when it tells more of the side before it:
    a participle or relative phrase (lexicon relations.aside_leads, or a past participle) right
    after an event noun (``is_event``: ", handed down on 2 May,", ", which began on 18
    October"), or any such phrase, apposition included, whose own subject is a pronoun (", a post
    she took in 2016", ", which he left in 2021"): its [start, end), or None. "City, which won
    the league in 2021" tells another thing's event. ``participant``: the side names no event of
    its own, only who or what acted ("followed by the appeals board"), and ``participant`` holds
    the event keys of the verbs the other side told ("rejected"); then a relative clause whose
    verb (a past form within RELATIVE_VERB_WORDS words of its pronoun) tells that event again
    tells what that participant did: the side's event (", which dismissed the petition on 28
    May"). One that tells another event ("Rovers, which won the league") is the participant's
    other news."""
    if comma >= hi or an.text[comma] != ",":
        return None
    first = an.words_in(comma + 1, hi)[:1]
    if not first or not (first[0].lower in _ASIDE_LEADS or is_past_form(first[0].text)):
        return None
    end = _CLAUSE_MARK.search(an.text, first[0].end, hi)
    while end is not None and end.group().strip() in ("and", "but"):
        end = _CLAUSE_MARK.search(an.text, end.end(), hi)
    span = first[0].start, end.start() if end else hi
    pronoun = any(w.lower in _SUBJECT_PRONOUNS for w in an.words_in(*span)[:ASIDE_SUBJECT_WORDS])
    before = an.words_before(comma, ASIDE_NOUN_WORDS)
    if pronoun or first[0].lower not in ("a", "an", "one") and before and is_event(before[0].start, comma):
        return span
    if participant and first[0].lower in _RELATIVE_PRONOUNS \
            and any(is_past_form(w.text) and _event_key(w.text)[0] in participant
                    for w in an.words_in(*span)[1:1 + RELATIVE_VERB_WORDS]):
        return span
    return None


#: The relative pronouns that open what a participant side did (", which dismissed", ", who
#: resigned"; lexicon relations participant_pronouns); "that" and "where" open what is said of a
#: thing or a place.
_RELATIVE_PRONOUNS = frozenset(_RELATIONS["participant_pronouns"])
#: How far after its pronoun the verb of a participant's relative clause stands: ", which
#: dismissed" (one), ", who was later sworn in" (three: an auxiliary and an adverb before it).
RELATIVE_VERB_WORDS = 3


def _participant_keys(an, lo: int, hi: int, is_event, told: tuple[int, int] | None) -> frozenset:
    """When the side over [lo, hi) names only a participant (no event noun, no verb form), the
    event keys of the past verbs of the other side's words ``told``; else none."""
    if told is None or is_event(lo, hi) or any(is_past_form(w.text) or w.lower.endswith("ing")
                                               for w in an.words_in(lo, hi)):
        return frozenset()
    return frozenset(_event_key(w.text)[0] for w in an.words_in(*told) if is_past_form(w.text))


#: How far before the comma the event noun an aside tells more of may stand: "hearings on the
#: plan, held on" (four words).
ASIDE_NOUN_WORDS = 4
#: How far into an aside (in words) its own subject pronoun may stand: "a post she took" (three).
ASIDE_SUBJECT_WORDS = 4

def _side_date(an, times: _ByStart, lo: int, hi: int, near_end: bool = False):
    """The date of the side whose words run over [lo, hi): its one fixed date, within SIDE_WORDS
    words of ``lo`` (of ``hi`` when ``near_end``: a main clause before its order word), labels,
    deadlines, baselines and ranges' lone edges left out; or the range two of them make
    ("between 2009 and 2013"), as (interval, [claims]). None when it holds none or more than one."""
    text = an.text
    inside = times.within(lo, hi)
    opens = word_before(text, inside[0].start) if inside else ""
    if len(inside) == 2 and (opens == "between" or opens == "from" and not _BARE_YEAR.fullmatch(inside[0].text)) \
            and word_before(text, inside[1].start) in _RANGE_CLOSE \
            and len(analyse(text).words_in(inside[0].end, inside[1].start)) == 1 and all(_dated(t) for t in inside):
        a, b = inside
        return (a.timex.earliest, b.timex.latest), inside
    if len(inside) != 1:
        return None
    t = inside[0]
    reach = SIDE_WORDS if near_end or any(is_past_form(w.text) for w in an.words_in(lo, t.start)) else MAX_TAIL
    # counted as the main pass counts a tail: a name of several capitalized words is one word
    if len(_name_words(text[t.end:hi] if near_end else text[lo:t.start])) > reach:
        return None  # "after a very sharp 2.8 pct seasonal fall in March": past MAX_TAIL a noun's date may be another's
    if not _readings(t) or _label(text, t) or (t.attrs or {}).get("signal") in _NOT_OCCURRENCE \
            or word_before(text, t.start) in (_CLAUSE | _LABEL_BEFORE) or _word_after(text, t.end) in _LABEL_AFTER:
        return None  # a plan is ordered as told ("will be followed by"); a range's edge or deadline is not
    return (t.timex.earliest, t.timex.latest), [t]


def _dated_side(an, times, lo: int, hi: int, sentence, is_event, told: tuple[int, int] | None = None):
    """A side told over [lo, hi) dated by its own clause or, past a comma at ``hi``, by the aside
    that tells more of it (for a side naming only a participant, one telling again the event
    of the other side, whose words are ``told``: see _side_aside). (date, whether an aside
    gave it) or None."""
    own = _side_date(an, times, lo, hi)
    if own is not None:
        return own, False
    aside = _side_aside(an, hi, sentence.end, is_event, participant=_participant_keys(an, lo, hi, is_event, told))
    if aside is not None:
        got = _side_date(an, times, aside[0], aside[1])
        if got is not None:
            return got, True
    return None


def _relation_sides(an, times, m, sentence, published, elsewhere, is_event, spans):
    """The two sides an order word relates, each dated: (own side, other side, own-first?,
    reading), own being the clause the word's direction places; None when a side stays
    undated. ``is_event(lo, hi)``: whether [lo, hi) names an event (an aside after a subject
    dates the main clause only then: "Public hearings, held on 9 May, came before", not
    "Smith, who took office in 2019, has come under attack following"). See _relations."""
    text = an.text
    word = " ".join(m.group().lower().split())
    nxt = an.words_in(m.end(), sentence.end)[:1]
    prev = an.words_before(m.start(), 1)
    lead = an.words_in(_side_start(an, sentence.start, m.start()), m.start())
    fronted = not an.words_in(sentence.start, m.start()) or [w.lower for w in an.words_in(sentence.start, m.start())] in (
        ["and"], ["but"], ["only"])
    kind = None
    if word in ("followed", "follows"):
        kind = "ana" if nxt and nxt[0].lower in _FOLLOWED_ALONE else "link" if nxt and nxt[0].lower in _FOLLOWED_LINKS \
            else None
    elif word in _ANAPHORIC and word not in _LINKING and prev and is_a("determiner", prev[0].lower):
        kind = None  # "the previously announced dates": an adverb inside a noun phrase
    elif word in _ANAPHORIC and word not in _LINKING:
        verb_next = bool(nxt) and (is_past_form(nxt[0].text) or word == "went on to")
        verb_before = bool(prev) and (is_past_form(prev[0].text) or prev[0].lower in _ADVERB_VERBS)
        opens = not lead and (word not in _JOINED_ADVERBS or text[m.end():m.end() + 1] == ",")
        kind = "ana" if verb_next or verb_before or opens else None
    elif word in _LINKING and not (word == "before" and nxt and nxt[0].lower in ("that", "then", "this")):
        kind = "link"
    if kind is None:
        return None
    direction = (_ANAPHORIC if kind == "ana" else _LINKING)[word]
    reading = False
    if kind == "link":
        end = _side_end(an, m.end(), sentence.end)
        first_date = next((t.start for t in times.within(m.end(), end)), end)
        if "and" in _name_words(text[m.end():first_date]):
            return None  # "after rivals and the board met in": two clauses' worth, which one the date dates is open
        second = _dated_side(an, times, m.end(), end, sentence, is_event,
                             told=(sentence.start, m.start()))
        if second is None:
            second = elsewhere(m.end(), end)
            reading = True
        else:
            reading = second[1]
            second = second[0]
        if fronted:
            aside = _side_aside(an, end, sentence.end, is_event)
            start = (aside[1] if aside else end) + 1
            main = _side_date(an, times, start, _side_end(an, start, sentence.end))
        else:
            start = _side_start(an, sentence.start, m.start())
            if start > sentence.start and (not an.words_in(start, m.start()) and word not in _LINKING_VERBS
                                           or _summary(an, start, m.start())):
                # "was released on 14 July, after ...": the word opens its clause; the main side
                # is the clause before the comma
                m_start, start = start - 1, _side_start(an, sentence.start, start - 1)
            else:
                m_start = m.start()
            if {w.lower for w in an.words_in(start, m_start)} & _CLAUSE:
                return None  # "found that commanders ignored ... before", "later than planned after"
            main = _side_date(an, times, start, m_start, near_end=True)
            if main is not None and not text[main[1][-1].end:m.start()].strip() \
                    and word_before(text, main[1][-1].start) == "the":
                return None  # "the Friday before the accord": a day counted from the other side
            if main is None and start > sentence.start:
                # "Public hearings, held on 9 May, came before": an aside right after the subject
                subject_end = _side_end(an, sentence.start, start)
                aside = _side_aside(an, subject_end, sentence.end, is_event)
                if aside is not None and aside[1] == start - 1 and is_event(sentence.start, subject_end):
                    main, reading = _side_date(an, times, aside[0], aside[1]), True
            if main is None and start == sentence.start and _summary(an, start, m_start, demonstrative=True):
                # "Trustees closed the wing on 4 March. This decision followed ...": the sentence before
                main, reading = _sentence_before_date(an, times, sentence, published, SUMMARY_REACH_SENTENCES), True
            if main is None:
                main, reading = elsewhere(start, m_start), True
        if main is None or second is None:
            return None
        return main, second, direction == "before", reading
    # anaphoric: its own clause, and the clause told before it
    start = m.end() if not lead or text[m.end():m.end() + 1] == "," else m.start()
    if text[m.end():m.end() + 1] == ",":
        start = m.end() + 1
    own = _dated_side(an, times, start, _side_end(an, start, sentence.end), sentence, is_event)
    if own is None:
        return None
    own, reading = own
    before = times.within(sentence.start, m.start())
    clause_start = _side_start(an, sentence.start, m.start())
    subject_dates = [t for t in before if t.start >= clause_start]
    if subject_dates or {w.lower for w in an.words_in(clause_start, m.start())} & _CLAUSE:
        return None  # "A recount requested on 6 June then confirmed": the subject's date; "from the
        # figure previously reported": a baseline's noun, no clause
    if clause_start > sentence.start:
        if not re.search(r"(?i)\b(?:and|but)\W*$", text[sentence.start:clause_start]) and lead:
            return None  # "and"/"but" joins a clause told before ("and then added"), or a comma
            # right before the word (", then accounted for")
        joined = _side_date(an, times, sentence.start, clause_start, near_end=True)
        if joined is None:
            return None
        # "on 11 June, an hour behind the timetable, and then": past more than the date's own
        # clause, the date may be another event's (a reading)
        tail = text[joined[1][-1].end:clause_start]
        loose = "," in tail.rstrip().rstrip(",").rstrip() and len(words_of(tail, numbers=True)) > 1 \
            or len(words_of(tail, numbers=True)) > MAX_TAIL
        return own, joined, direction == "before", reading or loose
    if sentence.index == 0:
        return None
    told = an.sentences[sentence.index - 1]
    if direction == "before" and any(not spans.covers(w.start())
                                     for w in _RELATION_WORD.finditer(text, told.start, told.end)):
        return None  # "joined in 2016 before moving on. Before that, ...": "that" may be the later move
    other = _sentence_before_date(an, times, sentence, published)
    if other is None:
        return None
    return own, other, direction == "before", True


#: How many sentences back a subject that sums up what was told before ("This decision
#: followed", "It follows") may find the sentence it stands for, over sentences that hold no
#: date: a paragraph's worth of aside.
SUMMARY_REACH_SENTENCES = 5


def _sentence_before_date(an, times, sentence, published, reach: int = 1):
    """The date of the nearest sentence before ``sentence`` that holds a date, within
    ``reach`` sentences and with only undated sentences between, when it holds one fixed
    date, not of the writing ("today"), as _side_date reads it from that date to the
    sentence's end; else None."""
    there = []
    for k in range(sentence.index - 1, max(-1, sentence.index - 1 - reach), -1):
        told = an.sentences[k]
        there = times.within(told.start, told.end)
        if there:
            break
    if len(there) != 1 or published is not None and there[0].timex.latest >= published:
        return None  # "today": the writing, not an event the clause follows
    return _side_date(an, times, there[0].start, told.end)


_SUMMARY_NOUNS = frozenset(_RELATIONS["summary_nouns"])
_SUMMARY_LEADS = frozenset(_RELATIONS["summary_leads"])
_SUMMARY_RELATIVES = frozenset(_RELATIONS["summary_relatives"])
#: What may open a sentence's subject that sums up the sentence before: a demonstrative or a
#: possessive ("This decision", "Their approval"); "The" may name another event.
_SUMMARY_SUBJECT_LEADS = frozenset(_RELATIONS["summary_subject_leads"])
#: A pronoun that alone opens a sentence as its subject and stands for the event told before
#: ("It follows a beta that opened on", "This came after").
_SUMMARY_PRONOUNS = frozenset(_RELATIONS["summary_pronouns"])


def _summary(an, lo: int, hi: int, demonstrative: bool = False) -> bool:
    """Whether the words over [lo, hi), right after a comma and before an order word, sum up
    the clause before the comma: a determiner, a summary noun (lexicon relations
    summary_nouns), at most one word before it, then "that" or "which", auxiliaries and at
    most a past verb ("a decision that was", "the move which", "a step that came"): the event
    they name is that clause's. ``demonstrative``: the words open a sentence as its subject, a
    demonstrative or a possessive and a summary noun, then auxiliaries and at most a past verb
    ("This decision followed", "That move came after", "Their approval preceded"): the event
    is the sentence before's."""
    words = an.words_in(lo, hi)
    lows = [w.lower for w in words]
    if demonstrative and lows[:1] and lows[0] in _SUMMARY_PRONOUNS and words[0].text[:1].isupper():
        k = 0  # "It follows ...", "This came after ...": the pronoun alone is the subject
    elif demonstrative:
        if len(lows) < 2 or lows[0] not in _SUMMARY_SUBJECT_LEADS or lows[1] not in _SUMMARY_NOUNS:
            return False
        k = 1
    else:
        if len(lows) < 3 or lows[0] not in _SUMMARY_LEADS:
            return False
        k = next((i for i, w in enumerate(lows) if w in _SUMMARY_RELATIVES), None)
        if k is None or not 2 <= k <= 3 or lows[k - 1] not in _SUMMARY_NOUNS:
            return False
    rest = words[k + 1:]
    if rest and rest[-1].lower not in _PASSIVE_LEAD and is_past_form(rest[-1].text):
        rest = rest[:-1]  # "a move that came after"
    return all(w.lower in _PASSIVE_LEAD for w in rest)


def _relations(claims: ClaimSet, times: list[Claim], reported: set[int]):
    """Order relations told in any wording: an order word (lexicon relations, with its
    direction) relates two sides, and the dates are those the article gives those sides. A
    linking word ("after", "preceded", "came before", "followed the vote", "in the wake of")
    relates the main clause and the phrase after it; fronted ("Before the verdict, ..."), the
    phrase up to its comma and the clause after it. An anaphoric word ("and then added",
    "later joined", "went on to take", "followed suit", "came afterwards", "Previously, ...")
    relates its own clause and the clause told before it: in its sentence before "and"/"but",
    or the sentence before, when that one holds one date. A side is dated by its own clause
    (within SIDE_WORDS words; two dates making a range, "between 2009 and 2013", are one
    interval), else by an aside set off after it that tells more of it (", handed down on 2
    May", ", a post she took in 2016"), else by the other mentions of its event (as in
    _dated_elsewhere). Reversed dates are a warning when both sides are dated by their own
    clauses in one sentence; an info finding showing both sides when a side is dated by an
    aside, the sentence before or another mention (the date may be another event's)."""
    text = claims.article.text
    published = claims.article.published
    an = analyse(text)
    spans = _Spans((t.start, t.end) for t in claims.of_kind("time"))
    ordered = sorted(times, key=lambda t: t.start)
    by_id = {c.id: c for c in times}
    fixed = [t for t in ordered if _dated(t)]
    fixed_starts = [t.start for t in fixed]
    events = _ByStart(claims.of_kind("event"))
    by_kind: dict[str, list[Claim]] = {}
    for e in events:
        by_kind.setdefault(event_kind(e.attrs.get("lemma") or ""), []).append(e)
    skip = claims.article.dateline
    usable = _ByStart(t for t in ordered if not (skip and skip[0] <= t.start < skip[1]))
    for sentence in an.sentences:
        def elsewhere(lo, hi, sentence=sentence):
            """The event noun of [lo, hi) dated by its other mentions."""
            nouns = [e for e in events.within(lo, hi) if e.attrs.get("mention")
                     and an.words_between(lo, e.start) <= SECOND_REACH]
            if not nouns:
                return None
            got = _elsewhere(an, nouns[0], by_kind, by_id, fixed, fixed_starts, sentence, published)
            if got is None and nouns[0].attrs.get("definite"):
                # "following his arrest" after "He was arrested ... on 24 March"
                got = _told_by_verb(an, nouns[0], sentence, fixed, fixed_starts, published)
            return None if got is None else (got[0], [got[1]])

        if _NOT_SEQUENCE.search(text, sentence.start, sentence.end):
            continue
        for m in _RELATION_WORD.finditer(text, sentence.start, sentence.end):
            if m.start() in reported or spans.covers(m.start()) \
                    or _not_order(text, m.start(), m.end()):
                continue
            sides = _relation_sides(an, usable, m, sentence, published, elsewhere,
                                    lambda lo, hi: bool(events.within(lo, hi)), spans)
            if sides is None:
                continue
            (a, these), (b, those), own_first, reading = sides
            if any(t.start in reported for t in these + those) or these == those:
                continue
            if len(these) == 1 and len(those) == 1:
                read = _read_together(these[0], those[0])
                if read is None or _tense_apart(*read):
                    continue
                a, b = (read[0].timex.earliest, read[0].timex.latest), (read[1].timex.earliest, read[1].timex.latest)
            elif not all(_dated(t) for t in these + those):
                continue
            if not (a[0] > b[1] if own_first else a[1] < b[0]):
                continue
            word = " ".join(m.group().split())
            this, that = (" to ".join(f"\u201c{t.text}\u201d" for t in side) for side in (these, those))
            yield Finding(
                MESSAGE_RELATION.format(word=word, this=this, that=that, order="before" if own_first else "after",
                                        actual="after" if own_first else "before",
                                        this_when=span_words(*a), that_when=span_words(*b)),
                m.start(), m.end(), severity=Severity.INFO if reading else None,
                related=[Related(these[0].start, these[0].end, RELATED.format(when=span_words(*a))),
                         Related(those[0].start, those[0].end, RELATED.format(when=span_words(*b)))],
                evidence=[f"{this} = {span_words(*a)}", f"{that} = {span_words(*b)}",
                          f"\u201c{word}\u201d needs the first {'no later' if own_first else 'no earlier'} than the second"]
                + ([RELATION_READING.format(where="a side is dated by an aside, the sentence before or another mention")]
                   if reading else []))
            reported.update({m.start(), *(t.start for t in these + those)})


#: The weak-link tier (_weak_order): an order word's sides taken as the nearest fixed dates
#: on each side of it, each within WEAK_SIDE_WORDS words of the word (the side before it may
#: stand in the sentence before, for an anaphoric word or a linking word whose sentence holds
#: no date before it).
WEAK_SIDE_WORDS = 20
#: A linking word whose sentence holds no date before it takes the sentence before's last
#: date only after a short definite subject opening its sentence, at most this many words
#: ("The vote was preceded by", "This sentence came after": the event the sentence before told).
WEAK_SUBJECT_WORDS = 4
MESSAGE_WEAK = ("if \u201c{word}\u201d orders the events dated {this} and {that} (the nearest dates on its two "
                "sides), {this} comes {order} {that}; but {this_when} is {actual} {that_when}")
WEAK_READING = ("the nearest dates on the two sides of an order word, within WEAK_SIDE_WORDS words: they may "
                "date other events than the two it orders, so an info finding showing both sides")
_WEAK = _SEQUENCE["weak_order"]
_WEAK_NOT_AFTER = frozenset(_WEAK["not_after"])
_WEAK_NOT_BEFORE = frozenset(_WEAK["not_before"])
_WEAK_DATE_LEADS = frozenset(_WEAK["date_not_after"])
_WEAK_SUBJECT_LEADS = frozenset(_WEAK["subject_leads"])
_REPORTING = frozenset(load("events")["reporting_verbs"])


def _dates_opening_subject(an, t: Claim) -> bool:
    """Whether ``t`` dates the subject opening its sentence: it stands in the one aside set off
    by commas right after a short definite noun phrase (a word of weak_order subject_leads, at
    most WEAK_SUBJECT_WORDS words, a name of several capitalized words counted as one) that opens the sentence, the aside closing within MAX_TAIL
    words after it ("The stoppage, which started on 6 May, had shut ..."). The sentence is then
    about that dated event, and a short definite subject opening the next sentence most
    likely names it."""
    sentence = an.sentence_at(t.start)
    before = an.tokens_in(sentence.start, t.start)
    commas = [k for k, x in enumerate(before) if x.text == ","]
    if len(commas) != 1:
        return False
    subject = [x for x in before[:commas[0]] if x.kind == "word"]
    # a name of several capitalized words counts as one ("The walkout at Delmont Components")
    counted = [x for k, x in enumerate(subject) if not (k and x.text[:1].isupper() and subject[k - 1].text[:1].isupper())]
    if not subject or subject[0].lower not in _WEAK_SUBJECT_LEADS or len(counted) > WEAK_SUBJECT_WORDS \
            or len(subject) != commas[0]:
        return False
    end = _aside_end(an, t)
    return end is not None and an.text[end] == "," and len(an.words_in(t.end, end)) <= MAX_TAIL


_CLAUSE_MARKS = frozenset(",;:()")


def _aside_end(an, t: Claim) -> int | None:
    """Where the clause or aside holding ``t`` ends after it: the first comma, semicolon,
    colon or bracket after it in its sentence (not a figure's comma), or None."""
    sentence = an.sentence_at(t.start)
    return next((x.start for x in an.tokens_in(t.end, sentence.end) if x.text in _CLAUSE_MARKS), None)


def _weak_usable(an, t: Claim) -> bool:
    """A date a weak link may take as a side's: a calendar date written out (a day with its
    month, a month with its year, a year: digits in it; not "yesterday", "last year" or a
    bare month, which the publication date places, not the writer), not a year before a noun
    it qualifies or a date after a determiner ("its 1986 results"), not the end of a range
    or a deadline (lexicon weak_order date_not_after: "until", "by", "to"), not the day a
    reporting verb right before it tells ("said on Tuesday")."""
    if t.timex.type != "DATE" or not any(ch.isdigit() for ch in t.text):
        return False
    nxt, prev = an.words_after(t.end, 1), an.words_before(t.start, 1)
    if nxt and an.text[t.end:nxt[0].start].isspace() and nxt[0].lower not in _FUNCTION_WORDS \
            and not nxt[0].text[:1].isupper() and not _RELATION_WORD.match(an.text, nxt[0].start) \
            and (_BARE_YEAR.fullmatch(t.text) or (prev and prev[0].lower not in _DATE_WORDS)):
        return False  # "its 1986 results", "2007 models": the date qualifies a noun, it dates no event
    before = [w.lower for w in an.words_before(t.start, 3)]
    if before and before[-1] in _WEAK_DATE_LEADS:
        return False
    if len(before) >= 2 and before[-1] == "from" and before[-2] in CHANGE_WORDS and _BARE_YEAR.fullmatch(t.text):
        return False  # "fell from 2012 to 2014": maybe two amounts
    return not any(w in _REPORTING for w in before[-3:])


_DATE_WORDS = frozenset(("in", "on", "at"))
#: A day whose year its tense left open: read against the other side's (_read_together).
_YEARLESS_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _baseline(text: str, lo: int, t: Claim) -> bool:
    """Whether ``t`` stands in a baseline of its clause: "from", "than" or "compared with"
    within BASELINE_WORDS words before it ("fell to 299 from 430 in 2019")."""
    clause = max(lo, text.rfind(",", lo, t.start) + 1)
    starts = [w.start for w in analyse(text).words_in(clause, t.start)]
    reach = starts[-BASELINE_WORDS] if len(starts) >= BASELINE_WORDS else clause
    last = None
    for last in _FROM_TO.finditer(text, reach, t.start):  # noqa: B007 (keeps the last match)
        pass
    return last is not None and last.group().lower() != "to"


def _complement(an, that) -> bool:
    """Whether "that" opens what a verb reports ("found that", "said that", "ruled that"): a
    past form or a reporting verb right before it, not a noun ("levels that", "a decision that")."""
    prev = an.words_before(that.start, 1)
    return bool(prev) and (is_past_form(prev[0].text) or prev[0].lower in _REPORTING)


def _weak_order(claims: ClaimSet, times: list[Claim], reported: set[int]):
    """The weak-link tier: an order word (lexicon relations, linking or anaphoric, with its
    direction) and the nearest fixed date on each side of it, within WEAK_SIDE_WORDS words.
    A linking word ("after", "preceded by") relates the nearest date before it, in its
    sentence (or in the sentence before when its sentence has none before it), and the
    nearest after it in its sentence; fronted ("After <phrase>, <main clause>"), the date of
    the phrase before its comma and the first date after that comma. An anaphoric word
    ("then", "later", "previously") relates the nearest date after it in its sentence and
    the nearest before it, in its sentence or the sentence before. When those dates run the
    other way, an info finding shows both: the link (the nearest date is the event's) is
    plausible, not proven."""
    text = claims.article.text
    an = analyse(text)
    fixed = sorted((t for t in times if (_dated(t) or _YEARLESS_DAY.fullmatch(t.timex.value or ""))
                    and _weak_usable(an, t)), key=lambda t: t.start)
    quantities = [q for q in claims.of_kind("quantity")]
    starts = [t.start for t in fixed]
    for m in _RELATION_WORD.finditer(text):
        if m.start() in reported or _not_order(text, m.start(), m.end()):
            continue
        word = " ".join(m.group().lower().split())
        before = an.words_before(m.start(), 1)
        after = an.words_after(m.end(), 1)
        if (before and before[0].lower in _WEAK_NOT_AFTER) or (after and after[0].lower in _WEAK_NOT_BEFORE) \
                or text[m.end():m.end() + 1] == "-":
            continue  # "the then minister", "since then", "later this year", "then-president"
        sentence = an.sentence_at(m.start())
        lo, hi = sentence.start, sentence.end
        if _NOT_SEQUENCE.search(text, lo, hi):
            continue
        linking = word in _LINKING and not (word == "followed" and after and after[0].lower in _FOLLOWED_ALONE)
        relation = _LINKING[word] if linking else _ANAPHORIC.get(word)
        if relation is None:
            continue
        fronted = linking and not an.words_in(lo, m.start())
        topic = False
        i = bisect.bisect_left(starts, m.end())
        ahead = fixed[i:bisect.bisect_right(starts, hi)]  # the dates after the word in its sentence: none past hi ends by it
        if fronted:
            comma = text.find(",", m.end(), hi)
            if comma < 0:
                continue
            aside = an.words_after(comma + 1, 1)
            if not any(t.end <= comma for t in ahead) and aside and (aside[0].lower in _ASIDE_LEADS
                                                                         or is_past_form(aside[0].text)):
                comma = text.find(",", comma + 1, hi)  # "Ahead of the ruling, handed down on 4 May, the panel"
                if comma < 0:
                    continue
            phrase = [t for t in ahead if t.end <= comma]
            main = [t for t in ahead if comma < t.start < hi]
            if len(phrase) != 1 or not main:
                continue
            this, that = main[0], phrase[0]
            if len(an.words_in(m.end(), this.start)) > WEAK_SIDE_WORDS:
                continue
        else:
            later = [t for t in ahead if t.end <= hi and t.start >= m.end()]
            if not later:
                continue
            that = later[0]
            end = _side_end(an, m.end(), hi)
            named = an.words_before(end, 1)
            told = any(is_past_form(w.text) or w.lower in _EVENT_VERBS for w in an.words_in(m.end(), end))
            if end < that.start and text[end] == "," and told and not (named and named[0].text[:1].isupper()):
                # an aside that tells more of the side (", a post she held from"), not of a
                # participant named right before it (", which won the league in")
                aside = an.words_after(end + 1, 1)
                if aside and aside[0].lower in _ASIDE_LEADS and aside[0].lower not in _DATE_WORDS:
                    # (", in 1983" set off after the phrase may date the main clause as well)
                    end = _side_end(an, end + 1, hi)
            if len(an.words_in(m.end(), that.start)) > WEAK_SIDE_WORDS or end < that.end:
                continue  # the date after it must stand in its clause or an aside right after it
            # the last date before the word that ends before it, read back from the word
            this = next((fixed[k] for k in range(i - 1, -1, -1) if fixed[k].end <= m.start()), None)
            if this is None or this.start < (an.sentence_at(lo - 1).start if lo else lo):
                continue  # none in its sentence or the sentence before
            if any(w.lower == "that" and _complement(an, w) for w in an.words_in(this.end, m.start())):
                continue  # "found that commanders ignored warnings before": reported words, not the date's clause
            if this.start >= lo and (_RELATIVE.search(text, lo, this.start) or _baseline(text, lo, this)):
                continue  # "Smith, who was appointed in June, after": the relative clause's date; "fell to 299
                # from 430 in 2019, after": a baseline
            lead = an.words_in(lo, m.start())
            if linking and this.start < lo and not (len(lead) <= WEAK_SUBJECT_WORDS and lead
                                                    and lead[0].lower in _WEAK_SUBJECT_LEADS):
                continue  # the sentence before dates only a short definite subject ("The vote was preceded by")
            topic = linking and this.start < lo and _dates_opening_subject(an, this)
            if len(an.words_in(this.end, m.start())) > WEAK_SIDE_WORDS and not topic:
                continue  # (a date of the sentence before's own subject is its topic, however long
                # the rest of that sentence: "The stoppage, which started on 6 May, ... The action was preceded by")
            if not linking:
                this, that = that, this  # an anaphoric word's own clause is the one after it
        if this.start in reported or that.start in reported or this is that:
            continue
        lo2, hi2 = min(this.start, that.start), max(this.end, that.end)
        if any(lo2 < q.start and q.end < hi2 and any(ch.isdigit() for ch in q.text) for q in quantities) \
                and not (topic and not any(this.end < q.start < _aside_end(an, this) for q in quantities)):
            continue  # figures between the dates ("a loss of 83 mln in 1986 after a profit of 355 mln in
            # 1985"): the dates are the figures' periods, not two events in order (not a figure told
            # after the aside that dates the sentence before's subject: it is no figure of that date)
        span = an.words_in(an.sentence_at(lo2).start, hi2)  # from the first date's sentence to the last date
        if any(w.text in _FUTURE or (w.lower in _FUTURE and w.lower != "may") for w in span):
            continue  # a plan or a modal (lower case: "May" is the month): what is planned may move
        read = _read_together(this, that)
        if read is None or _tense_apart(*read):
            continue
        a, b = (read[0].timex.earliest, read[0].timex.latest), (read[1].timex.earliest, read[1].timex.latest)
        own_first = relation == "before"
        if not (a[0] > b[1] if own_first else a[1] < b[0]):
            continue
        this_when, that_when = span_words(*a), span_words(*b)
        yield Finding(
            MESSAGE_WEAK.format(word=m.group(), this=f"\u201c{this.text}\u201d", that=f"\u201c{that.text}\u201d",
                                order="before" if own_first else "after", actual="after" if own_first else "before",
                                this_when=this_when, that_when=that_when),
            m.start(), m.end(), severity=Severity.INFO,
            related=[Related(this.start, this.end, RELATED.format(when=this_when)),
                     Related(that.start, that.end, RELATED.format(when=that_when))],
            evidence=[f"\u201c{this.text}\u201d = {this_when}", f"\u201c{that.text}\u201d = {that_when}", WEAK_READING])
        reported.update({m.start(), this.start, that.start})
