"""The interval reader: the dated starts and ends an article tells of the things it speaks of.

Principle: a thing that lasts (a restriction, a dry spell, a prison term, a show) is started and
ended by clauses the article dates: a clause whose verb starts or ends what it is told of ("The
zone was declared on 14 August", "came to an end on Tuesday") marks that thing's start or end on
the date told of that verb (the nearest verb before the date in its sentence), and the thing is
the clause's subject (passive or intransitive) or object, a pronoun's the subject of the sentence
before; a noun of starting or ending marks the thing after its "of" ("the lifting of the curfew
on 30 May"). A thing meets another name of the same event (``Intervals.families``). A length told
of the thing must fit between the two marks; ``checker/rules/date_duration_conflict.py`` compares
them (``_interval_readings``).

The reader is typed data built once per article (``claims.derived(Intervals)``):

- ``Mark``: one dated start or end (or a "last" of something: the last rain) with the clause's
  thing, its words and its date;
- ``Intervals.marks``; ``Intervals.term_served(d)``: a term told as set ("sentenced in March
  2016 to 12 years") with the date it was served in full, when the article says so
  ("walked out ... last month after serving his full sentence"); ``Intervals.absence(words)``:
  a state named by what it lacks ("a dry spell": events.json intervals absences) runs from the
  last dated mention of the thing lacked to its next dated mention.

Each end may also be told by how a clause is written: two dates after a range opener ("shut
from 14 July until 1 September") mark both ends of the clause's thing and of the state its verb
names (``Mark.ranged``); a verb of causing ("a closure caused by a landslip on 5 May") starts
what it causes; ``date_of_clause`` dates a length's own clause ("opened on Friday after 11
months of construction"), an undated headline by the body's clause of the same verb and subject;
``lists`` are the article's dated lists (a programme, a timeline, a table of key dates), each
the span of one event; ``antecedents`` reads a pronoun subject as a subject of the sentence
before; ``is_bound_or_part`` sets aside "within five years", "six 10-year issues" and "the first
two months of 1987".

Words are events.json ``intervals`` (and the lexicon's start_lemmas / end_lemmas through
``verb_lemma``); tokens, sentences and clauses are the language layer's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date

from claims.events import END as END_LEMMAS, NOUNS, START as START_LEMMAS, event_kind, fold_word, verb_lemma, verb_stem
from claims.language import analyse
from claims.language.layout import LIST, PROSE, ROW
from claims.language.vocabulary import CLASSES
from claims.lexicon import load
from claims.mentions import SYNONYM_GROUPS
from claims.model import Claim, ClaimSet
from claims.quantities import headline_span

_EVENTS = load("events")
_LEX = _EVENTS["intervals"]
START_FORMS = frozenset(_LEX["start_forms"])
#: Verbs of causing: what they cause starts on their date ("a closure caused by a flood on 3 May").
CAUSE_FORMS = frozenset(_LEX["cause_forms"])
#: Phrases that start a job of work whatever their object ("broke ground"): the family "work".
WORK_START_PHRASES = frozenset(_LEX["work_start_phrases"])
#: The word before the first of two dates of one clause and the words joining it to the second
#: that make them the clause's start and end ("shut from 14 July until 1 September").
RANGE_JOINS = {k: frozenset(v) for k, v in _LEX["range_joins"].items()}
#: The words right before a length that make it end on its own clause's date ("opened on Friday
#: after six months of building").
ENDS_AT_CLAUSE = frozenset(_LEX["ends_at_clause"])
END_FORMS = frozenset(_LEX["end_forms"])
START_PHRASES = tuple(tuple(p) for p in _LEX["start_phrases"])
END_PHRASES = tuple(tuple(p) for p in _LEX["end_phrases"])
ABSENCES = {k: frozenset(v) for k, v in _LEX["absences"].items()}
LAST_WORDS = frozenset(_LEX["last_words"])
IMPOSED = frozenset(_LEX["imposed_terms"])
#: The word between a verb setting a term and its length ("sentenced to 12 years", "jailed for
#: eight years").
TERM_LINKS = frozenset(_LEX["term_links"])
SET_TERMS = frozenset(_LEX["set_terms"])
SERVE_VERBS = frozenset(_LEX["served_in_full"]["verbs"])
FULL_WORDS = frozenset(_LEX["served_in_full"]["words"])
NEGATIONS = frozenset(_LEX["negations"])
STOP = frozenset(_EVENTS["stopwords"])
PREPOSITIONS = CLASSES["preposition"]
DETERMINERS = CLASSES["determiner"] | CLASSES["article"] | CLASSES["possessive_determiner"]
SPAN_NOUNS = {k: v for k, v in _EVENTS["span_nouns"].items() if not k.startswith("_")}
WORK = frozenset(_EVENTS["work_nouns"]["words"])
#: The words after a length that tie it to the noun it is told of ("six weeks of talks",
#: "six weeks on a picket line").
THING_LINKS = frozenset(_LEX["thing_links"])
GAP_WORDS = frozenset(_LEX["gap_words"])
#: A word right before a length that makes it a bound ("exported within five years").
BOUND_WORDS = frozenset(_LEX["bound_words"])
START_NOUNS = frozenset(_LEX["start_nouns"])
END_NOUNS = frozenset(_LEX["end_nouns"])
#: How far (in words) a noun of starting or ending may stand from the date it is told of
#: ("the lifting of the ban on 4 May": four words; "on 4 May, the end of the strike": three).
NOUN_CUE_REACH = 6
#: Pronouns opening a clause for the thing the sentence before spoke of (span_ends' list).
THING_PRONOUNS = frozenset(_EVENTS["span_ends"]["thing_pronouns"])
#: Pronouns of persons, whose range is of what the clause tells them doing, not of them.
PERSON_PRONOUNS = frozenset(_EVENTS["subject_pronouns"]["words"]) - THING_PRONOUNS
#: Number words: a count right before a length makes it several things' ("six 10-year issues").
NUMBER_WORDS = frozenset(load("temporal")["number_words"])

START, END_ = "start", "end"
LAST = "last"

#: How many words a thing told of a length may run to after it ("six weeks of livestock
#: movement restrictions": three; "an 11-week dry spell": two).
THING_WORDS = 4
#: How far (in words) "to" and the length may stand after the verb that sets a term
#: ("was sentenced in March 2016 to 12 years": the date between).
TERM_REACH = 8
#: How far (in words) before a noun of the thing lacked "last" may stand ("the last
#: significant rainfall": one word between).
LAST_REACH = 3
#: How far (in words) the word saying "in full" may stand after the verb of serving
#: ("serving his full sentence": one word between).
FULL_REACH = 3


def key(word: str) -> str:
    """A word as the reader compares it: lower case, possessive and plural folded (``fold_word``)."""
    return fold_word(word.lower())


#: The fewest lines dated by their labels that make a dated list (a programme, a timeline).
LIST_LINES = 3
#: How many lines without a date (a table's header and rule) may stand between a dated list and
#: the line introducing it.
LIST_HEADER_LINES = 2

def verb_key(word: str) -> str:
    """A verb as two of its forms meet: the lexicon's lemma, a regular past's stem, or a
    present third person without its "s" ("opened", "opens" -> open)."""
    w = word.lower()
    found = verb_lemma(w) or verb_stem(w)
    if found:
        return found
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


#: The fewest dated lines a list needs to be read as a programme or timeline of one event.
LIST_ITEMS = 3
#: Marks opening a line of a list: a bullet or a table row.
LIST_BULLETS = ("-", "*", "\u2022", "|", "+")


def _on_or_after(c: Claim, day) -> Claim | None:
    """A copy of a day written with no year, read as its first reading on or after ``day`` (the
    second end of a range read into the year before its first, or as either year); None for
    a date whose year is written, or with no such reading."""
    if re.search(r"\d{4}|'\d\d", c.text):
        return None
    t = c.timex
    readings = []
    for value in c.attrs.get("readings") or [t.value]:
        try:
            readings.append(date.fromisoformat(value))
        except (TypeError, ValueError):
            return None  # a reading that is no single day
    later = [r for r in readings if r >= day]
    if not later:
        try:
            later = [max(readings).replace(year=max(readings).year + 1)]
        except ValueError:  # 29 February
            return None
    return replace(c, timex=replace(t, earliest=min(later), latest=min(later), value=min(later).isoformat()))


@dataclass(frozen=True)
class DatedList:
    """A list of dated lines (a programme, a timeline, a table of key dates), each line one date
    and what happens on it, read as the span of one event from its first date to its last. Two
    readers make them: ``Intervals.lists`` (bullet and table lines holding one date each;
    ``words`` are the keys of its lines and of the paragraph introducing it) and
    ``Intervals.dated_lists`` (lines of the layout reader dated by their labels, in order, after
    a line ending with a colon: ``intro`` is that line's sentence index)."""
    items: tuple[Claim, ...]  # the dates of its lines, in text order
    start: int
    end: int
    words: frozenset[str] = frozenset()
    intro: int | None = None

    @property
    def first(self) -> Claim:
        return min(self.items, key=lambda c: (c.timex.earliest, c.start))

    @property
    def last(self) -> Claim:
        return max(self.items, key=lambda c: (c.timex.latest, -c.start))

    @property
    def lines(self) -> int:
        return len(self.items)

    @property
    def days(self) -> bool:
        """Whether each line is one day (a programme of sitting days), so the span counts both ends."""
        return all(c.timex.earliest == c.timex.latest for c in self.items)



@dataclass(frozen=True)
class Mark:
    """One dated start or end of a thing (or the last of it), as a clause of the article tells it."""
    role: str  # START, END_ or LAST
    cue: str  # the words telling it ("declared", "came to an end", "last")
    cue_start: int
    thing: str | None  # key of the clause's subject or object head (the thing started or ended)
    words: frozenset[str]  # keys of the clause's words
    date: Claim
    sentence: int
    clause: tuple[int, int]  # the clause's [start, end) in characters
    keys: frozenset[str] = frozenset()  # the thing's families (``Intervals.families``)
    ranged: bool = False  # one of the two ends a clause gives together ("from 14 July until 1 September")

    @property
    def interval(self):
        return self.date.timex.earliest, self.date.timex.latest


def _dates(claims: ClaimSet) -> list[Claim]:
    """The article's dated times (a day, a month, a year: not "now", not the dateline)."""
    art = claims.article
    an = analyse(art)
    first_end = an.sentences[0].end if an.sentences else 0
    first_verb = min((cl.verb.verb_start for cl in an.reading(an.sentences[0]).clauses), default=first_end) \
        if an.sentences else 0
    out = []
    for c in claims.of_kind("time"):
        t = c.timex
        if t is None or t.type not in ("DATE", "TIME") or t.earliest is None or t.latest is None:
            continue
        if t.value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF") or c.attrs.get("age"):
            continue
        if art.dateline is not None and art.dateline[0] <= c.start < art.dateline[1]:
            continue  # the dateline dates the article, not a clause
        if art.published is not None and c.start < min(first_end, first_verb) and t.earliest == t.latest == art.published:
            continue  # a date line before the first sentence's verb: not "resumed this morning"
        out.append(c)
    return sorted(out, key=lambda c: c.start)


def _thing(cl) -> str | None:
    """The key of what a clause's verb starts or ends: its subject when passive or with no
    object (a number or date read as its object is none: "began Sept. 2"), else its object."""
    obj = cl.object if cl.object is not None and cl.object.head[:1].isalpha() else None
    head = cl.subject if (cl.verb.passive or obj is None) else obj
    return key(head.head.split()[-1]) if head is not None and head.head else None


def _cue(toks, i: int) -> tuple[str, str] | None:
    """The role and words of a cue at token ``i`` of ``toks`` (the clause's verb), if any."""
    low = toks[i].lower
    rest = tuple(t.lower for t in toks[i + 1:i + 5])
    for phrase in END_PHRASES:
        if rest[:len(phrase)] == phrase:
            return END_, " ".join((low, *phrase))
    for phrase in START_PHRASES:
        if (low, *rest[:len(phrase) - 1]) == phrase:
            return START, " ".join(phrase)
    lemma = verb_lemma(low)
    if low in START_FORMS or low in CAUSE_FORMS or (lemma is not None and lemma in START_LEMMAS):
        return START, low
    if low in END_FORMS or (lemma is not None and lemma in END_LEMMAS):
        return END_, low
    return None


class Intervals:
    """The dated starts and ends of an article's things (see the module's docstring)."""

    def __init__(self, claims: ClaimSet):
        self.article = claims.article
        self._lists: list[DatedList] | None = None
        self._labelled_lists: list[DatedList] | None = None
        self.an = an = analyse(claims.article)
        self.dates = _dates(claims)
        self._date_starts = [c.start for c in self.dates]
        self.marks: list[Mark] = []
        #: the date each dated clause is told on, by its verb's start
        self.clause_dates: dict[int, Claim] = {}
        #: the dated clauses by (their verb's key, their subject head's key)
        self.told: dict[tuple[str, str], list[Claim]] = {}
        by_sentence: dict[int, list[Claim]] = {}
        for c in self.dates:
            by_sentence.setdefault(an.sentence_at(c.start).index, []).append(c)
        for index, dates in by_sentence.items():
            s = an.sentences[index]
            clauses = sorted(an.reading(s).clauses, key=lambda cl: cl.verb.verb_start)
            verbs = [cl.verb.verb_start for cl in clauses]
            owned: dict[int, list[Claim]] = {}
            for c in dates:
                # a date is told of the nearest verb before it in its sentence ("Dorn, who was
                # sentenced in May 2014 ..., left prison in April 2020"), else of the first after
                before_it = [v for v in verbs if v < c.start]
                if before_it or verbs:
                    owned.setdefault(before_it[-1] if before_it else verbs[0], []).append(c)
            before = None  # the date of the clause before, for a "when" clause with none of its own
            for cl in sorted(clauses, key=lambda cl: cl.start):
                mine = owned.get(cl.verb.verb_start, [])
                toks = an.words_in(cl.start, cl.end)
                if not toks:
                    continue
                ivs = {(c.timex.earliest, c.timex.latest) for c in mine}
                date = mine[0] if len(ivs) == 1 else None
                ranged = self._range(mine) if len(ivs) == 2 else None
                if date is None and not mine and before is not None \
                        and (toks[0].lower == "when" or cl.kind == "participle"):
                    date = before  # "came to an end on Tuesday, when Defra lifted the zone";
                    # "voted on Tuesday, ending a strike"
                before = date
                if date is None and ranged is None:
                    continue
                if date is not None:
                    self.clause_dates[cl.verb.verb_start] = date
                    if cl.subject is not None and cl.subject.head[:1].isalpha():
                        self.told.setdefault((verb_key(cl.verb.verb), key(cl.subject.head.split()[-1])), []).append(date)
                words = frozenset(key(t.text) for t in toks if t.text[:1].isalpha() and t.lower not in STOP)
                vi = next((k for k, t in enumerate(toks) if t.start == cl.verb.verb_start), None)
                found = _cue(toks, vi) if vi is not None else None
                thing = _thing(cl)
                if thing in THING_PRONOUNS and index:
                    thing = self._antecedent(index - 1)  # "The zone ... . It was lifted on 9 June."
                if ranged is not None and vi is not None:
                    # "The road was shut from 14 July until 1 September": the clause's thing and the
                    # state its verb names ("shut": a closure) start on the first and end on the second;
                    # a person's ("She served as mayor from 2008 to 2014") is the post's, not the person's
                    if thing in PERSON_PRONOUNS:
                        thing = None
                    keys = self.families([thing, key(toks[vi].text)])
                    for role, c in zip((START, END_), ranged):
                        self.marks.append(Mark(role, toks[vi].lower, toks[vi].start, thing, words, c, index,
                                               (cl.start, cl.end), keys, ranged=True))
                elif found is not None:
                    keys = self.families([thing])
                    if found[1] in WORK_START_PHRASES:
                        keys |= {"work"}  # "broke ground": the start of a job of work, whatever its object
                    self.marks.append(Mark(found[0], found[1], toks[vi].start, thing, words, date, index,
                                           (cl.start, cl.end), keys))
            # a noun of starting or ending and its "of" ("the lifting of the ban on 4 May"),
            # within NOUN_CUE_REACH words of a date of its sentence, its nearest
            toks = an.words_in(s.start, s.end)
            for k, t in enumerate(toks):
                role = START if t.lower in START_NOUNS else END_ if t.lower in END_NOUNS else None
                if role is None or k + 2 >= len(toks) or toks[k + 1].lower != "of":
                    continue
                j = k + 2
                while j < len(toks) - 1 and toks[j].lower in DETERMINERS:
                    j += 1
                if not toks[j].text[:1].isalpha():
                    continue
                near = [(an.words_between(min(c.end, t.end), max(c.start, t.start)), c) for c in dates
                        if an.words_between(min(c.end, t.end), max(c.start, t.start)) <= NOUN_CUE_REACH]
                if not near:
                    continue
                date = min(near, key=lambda x: x[0])[1]
                thing = key(toks[j].text)
                self.marks.append(Mark(role, f"{t.lower} of", t.start, thing,
                                       frozenset(key(w.text) for w in toks[k:j + 1]), date, index,
                                       (t.start, toks[j].end), self.families([thing])))
            # the last of a thing: "last" before its noun, in a sentence giving one date
            if len({(c.timex.earliest, c.timex.latest) for c in dates}) != 1:
                continue
            toks = an.words_in(s.start, s.end)
            words = frozenset(key(t.text) for t in toks if t.text[:1].isalpha() and t.lower not in STOP)
            for k, t in enumerate(toks):
                if t.lower in LAST_WORDS:
                    for n in toks[k + 1:k + 1 + LAST_REACH]:
                        self.marks.append(Mark(LAST, t.lower, t.start, key(n.text), words, dates[0], index,
                                               (s.start, s.end), self.families([key(n.text)])))

    # -- dated lists -----------------------------------------------------------------------------

    def dated_lists(self) -> list[DatedList]:
        """The article's dated lists (``DatedList``): runs of at least LIST_LINES list lines or
        table rows (claims/language/layout.py) in a row, each with one date in its label, the
        dates in order, after a line ending with a colon (past at most LIST_HEADER_LINES rows
        without a date: a table's header and rule). Read once."""
        if self._labelled_lists is not None:
            return self._labelled_lists
        an = self.an
        starts = [c.start for c in self.dates]
        dated: dict[int, Claim] = {}  # sentence index -> the one date of its label
        for s in an.sentences:
            line = an.line(s)
            if line.kind not in (LIST, ROW) or not line.labelled:
                continue
            a, b = an.tokens[line.label_first].start, an.tokens[line.label_last - 1].end
            own = self.dates[bisect_left(starts, a):bisect_left(starts, b)]
            if len(own) == 1:
                dated[s.index] = own[0]
        out: list[DatedList] = []
        run: list[int] = []
        for i in sorted(dated) + [-1]:
            if run and i == run[-1] + 1:
                run.append(i)
                continue
            if len(run) >= LIST_LINES:
                found_list = self._labelled_list([dated[k] for k in run], run[0])
                if found_list is not None:
                    out.append(found_list)
            run = [i]
        self._labelled_lists = out
        return out

    def _labelled_list(self, dates: list[Claim], first: int) -> DatedList | None:
        """The dated list of these lines' ``dates`` from sentence ``first``, or None when the
        dates run out of order or no line ending with a colon introduces it."""
        an = self.an
        if any(b.timex.earliest < a.timex.earliest for a, b in zip(dates, dates[1:])):
            return None
        intro = None
        for k in range(first - 1, max(-1, first - 2 - LIST_HEADER_LINES), -1):
            s = an.sentences[k]
            if an.line(s).kind == PROSE and an.text[s.end - 1:s.end] == ":":
                intro = k
                break
            if an.line(s).kind != ROW:
                break
        if intro is None:
            return None
        return DatedList(tuple(dates), dates[0].start, dates[-1].end, intro=intro)

    def _range(self, dates: list[Claim]) -> tuple[Claim, Claim] | None:
        """The two dates of one clause told as its start and end: a RANGE_JOINS opener right
        before the first and one of its joining words alone between them ("from 14 July until
        1 September", "between 2 and 9 May"), the first no later than the second."""
        first, second = sorted(dates, key=lambda c: c.start)[:2]
        before = self.an.words_before(first.start, 1)
        between = self.an.words_in(first.end, second.start)
        if not before or before[-1].lower not in RANGE_JOINS or len(between) != 1 \
                or between[0].lower not in RANGE_JOINS[before[-1].lower]:
            return None
        if second.timex.earliest < first.timex.earliest:
            # "from July 1 to November 30", the second read back a year (or as either year): the next one
            second = _on_or_after(second, first.timex.earliest)
            if second is None:
                return None
        return first, second

    def date_of_clause(self, offset: int) -> Claim | None:
        """The date told of the clause a length at ``offset`` stands in (its verb the nearest
        before it in its sentence); for an undated headline, the date of a clause of the body
        with the same verb and the same subject ("Footbridge opens after ..." and "The
        footbridge opened on Friday"): the headline retells the story's first event."""
        s = self.an.sentence_at(offset)
        clauses = [cl for cl in self.an.reading(s).clauses if cl.verb.verb_start < offset]
        if not clauses:
            return None
        cl = max(clauses, key=lambda cl: cl.verb.verb_start)
        if cl.verb.verb_start in self.clause_dates:
            return self.clause_dates[cl.verb.verb_start]
        head = headline_span(self.article)
        if head is None or not head[0] <= offset < head[1] or cl.subject is None or not cl.subject.head:
            return None
        told = self.told.get((verb_key(cl.verb.verb), key(cl.subject.head.split()[-1])), [])
        return told[0] if len({(c.timex.earliest, c.timex.latest) for c in told}) == 1 else None

    def antecedents(self, offset: int) -> list[str]:
        """For a length whose clause's subject is a pronoun ("it has run for the past ten
        years"): the keys of the subjects of the clauses of the sentence before, any of which
        the pronoun may stand for; else none."""
        s = self.an.sentence_at(offset)
        # the clause the length is told in; a participle's, the clause it hangs from ("it has
        # kept the villages connected for ten years")
        told = [c for c in self.an.reading(s).clauses if c.verb.verb_end <= offset and c.kind != "participle"]
        cl = max(told, key=lambda c: c.verb.verb_start, default=None)
        if cl is None or cl.subject is None or key(cl.subject.head.split()[-1] if cl.subject.head else "") not in THING_PRONOUNS \
                or s.index == 0:
            return []
        out = []
        for c in self.an.reading(self.an.sentences[s.index - 1]).clauses:
            if c.subject is not None and c.subject.head[:1].isalpha():
                w = key(c.subject.head.split()[-1])
                if w not in THING_PRONOUNS:
                    out.append(w)
        return out

    @property
    def lists(self) -> list[DatedList]:
        """The article's dated lists: runs of lines opened by a LIST_BULLETS mark (blank lines
        between them allowed, a table's header rows too), at least LIST_ITEMS of them each
        holding exactly one date; built on first use."""
        if self._lists is None:
            self._lists = self._read_lists()
        return self._lists

    def _read_lists(self) -> list[DatedList]:
        text = self.an.text
        source = self.article.source_text
        if source is not None and len(source) == len(text):
            text = source  # Markdown: its bullets are blanked in the analysed text, offsets kept
        out: list[DatedList] = []
        run: list[tuple[int, int]] = []
        offset = 0
        for line in text.split("\n") + ["."]:  # a closing line of prose ends the last run
            a, b = offset, offset + len(line)
            offset = b + 1
            body = line.strip()
            if body.startswith(LIST_BULLETS):
                run.append((a, b))
                continue
            if body or not run:
                if run:
                    out += self._dated_list(run)
                run = []
        return out

    def _dated_list(self, run: list[tuple[int, int]]) -> list[DatedList]:
        items = []
        for a, b in run:
            here = [c for c in self.dates if a <= c.start < b]
            if len(here) == 1:
                items.append(here[0])
            elif here:
                return []  # a line of two dates is no programme line
        if len(items) < LIST_ITEMS:
            return []
        start, end = run[0][0], run[-1][1]
        words = {key(t.text) for t in self.an.words_in(start, end) if t.text[:1].isalpha() and t.lower not in STOP}
        if start > 0:
            for sent in self.an.paragraph_of(max(0, start - 2)):  # the paragraph introducing it
                if sent.end <= start:
                    words |= {key(t.text) for t in self.an.words_in(sent.start, sent.end)
                              if t.text[:1].isalpha() and t.lower not in STOP}
        return [DatedList(tuple(items), start, end, frozenset(words))]

    # -- what a length is told of --------------------------------------------------------------

    def is_gap(self, d: Claim) -> bool:
        """Whether a length is a gap or a difference ("ran six days late", "three weeks
        earlier"): a word of GAP_WORDS right after it."""
        after = self.an.words_after(d.end, 1)
        return bool(after) and after[0].lower in GAP_WORDS

    def is_bound_or_part(self, d: Claim) -> bool:
        """Whether a length is a bound ("within five years": BOUND_WORDS before it), of several
        things (a count before it: "six 10-year issues"), or a part
        of a calendar period ("the first two months of 1987": "of" and a date after it), not
        the length of a thing."""
        before = self.an.words_before(d.start, 1)
        if before and (before[-1].lower in BOUND_WORDS or before[-1].text.isdigit() or before[-1].lower in NUMBER_WORDS):
            return True  # "within five years"; "six 10-year issues": several things, not one's length
        after = self.an.words_after(d.end, 1)
        if not after or after[0].lower != "of":
            return False
        i = bisect_left(self._date_starts, after[0].end)
        return i < len(self.dates) and self.an.words_between(after[0].end, self.dates[i].start) <= 1

    def thing_words(self, d: Claim) -> list[str]:
        """The keys of the words a length is told of: the nouns right after it ("an 11-week dry
        spell", "three-day show") or after its THING_LINKS word and any determiner ("six weeks
        of movement restrictions", "six weeks on a picket line"), up to THING_WORDS, to the
        first preposition, stop word or mark."""
        after = self.an.words_after(d.end, THING_WORDS + 3)
        if after and after[0].lower in THING_LINKS:
            after = after[1:]
            while after and after[0].lower in DETERMINERS:
                after = after[1:]
        elif "-" not in d.text:
            return []  # "for six weeks": told of its clause, not of a noun
        out = []
        for t in after[:THING_WORDS]:
            if not t.text[:1].isalpha() or t.lower in PREPOSITIONS or t.lower in STOP \
                    or any(ch in ",;:.()" for ch in self.an.text[d.end:t.start]):
                break
            out.append(key(t.text))
        return out

    def _antecedent(self, index: int) -> str | None:
        """The key of a sentence's first clause's subject head, for a pronoun in the next."""
        clauses = self.an.reading(self.an.sentences[index]).clauses
        first = min(clauses, key=lambda cl: cl.start, default=None)
        if first is None or first.subject is None or not first.subject.head:
            return None
        head = key(first.subject.head.split()[-1])
        return None if head in THING_PRONOUNS else head

    def clause_things(self, d: Claim) -> list[str]:
        """For a length told of its clause ("the zone stayed in force for six weeks", "drivers
        were on strike for six weeks"): the keys of the clause's subject head and of the content
        words between its verb and the length; empty when the length's clause has no verb
        before it."""
        s = self.an.sentence_at(d.start)
        cl = next((c for c in self.an.reading(s).clauses if c.start <= d.start < c.end
                   and c.verb.verb_end <= d.start), None)
        if cl is None:
            return []
        out = [key(cl.subject.head.split()[-1])] if cl.subject is not None and cl.subject.head[:1].isalpha() else []
        out += [key(t.text) for t in self.an.words_in(cl.verb.verb_end, d.start)
                if t.text[:1].isalpha() and t.lower not in STOP and t.lower not in PREPOSITIONS]
        return [w for w in out if w not in THING_PRONOUNS]

    @staticmethod
    def families(words) -> frozenset[str]:
        """The keys a thing's words meet another's by: each word's own key and the families it
        belongs to (the kind of event its noun or verb names, "strike" for "walkout" and
        "picket"; one job of work, "work" for "repairs" and "rehabilitation"; a synonym group of
        the mentions lexicon, "evacuation" and "evacuations"): one event by its noun, its verb
        or another name of it."""
        out = set()
        for w in words:
            if not w:
                continue
            out.add(w)
            lemma = NOUNS.get(w) or NOUNS.get(w + "s") or verb_lemma(w)
            if lemma is not None:
                out.add("kind:" + event_kind(lemma))
            if w in SPAN_NOUNS:
                out.add("kind:" + event_kind(SPAN_NOUNS[w]))
            if w in WORK or w + "s" in WORK:
                out.add("work")
            for g in SYNONYM_GROUPS.get(w, ()):  # the mentions lexicon's synonyms and derivations
                out.add(f"syn:{g}")
        return frozenset(out)

    # -- a term set, and served ---------------------------------------------------------------

    def term_served(self, d: Claim):
        """For a length set by a verb of imposing a term ("was sentenced in March 2016 to 12
        years"): (the mark of its start, the date it was served in full, the words telling
        so), when its sentence or another one says it was served in full ("after serving his
        full sentence"); None for a term not told as set, or not told as served in full."""
        back = self.an.words_before(d.start, TERM_REACH + 1)
        if not back or back[-1].lower not in TERM_LINKS and not (len(back) > 1 and back[-2].lower in TERM_LINKS):
            return None  # "sentenced to 12 years", "jailed for eight years", "sentenced to a 12-year"
        verb = next((t for t in reversed(back) if t.lower in IMPOSED), None)
        if verb is None:
            return None
        here = self.an.sentence_at(d.start).index
        start = next((m for m in self.marks if m.sentence == here and m.cue_start == verb.start), None)
        if start is None:
            return None
        for s in self.an.sentences:
            toks = self.an.words_in(s.start, s.end)
            for k, t in enumerate(toks):
                if t.lower not in SERVE_VERBS or not any(n.lower in FULL_WORDS for n in toks[k + 1:k + 1 + FULL_REACH]):
                    continue
                if any(p.lower in NEGATIONS for p in toks[max(0, k - 2):k]):
                    continue  # "without serving his full term"
                dated = [c for c in self.dates if s.start <= c.start < s.end and c is not start.date
                         and c.start < t.start]
                if len({(c.timex.earliest, c.timex.latest) for c in dated}) == 1:
                    return start, dated[-1], t
        return None

    # -- a state named by what it lacks -----------------------------------------------------------

    def absence(self, words: list[str]):
        """For a length of a state named by what it lacks ("an 11-week dry spell"): (the last
        dated mention of the thing lacked, the next dated mention of it after), or None."""
        lacked = next((ABSENCES[w] for w in words if w in ABSENCES), None)
        if lacked is None:
            return None
        keys = {key(w) for w in lacked}
        lasts = [m for m in self.marks if m.role == LAST and m.thing in keys]
        if len({m.interval for m in lasts}) != 1:
            return None
        last = lasts[0]
        later = []
        for c in self.dates:
            s = self.an.sentence_at(c.start)
            if c.timex.earliest <= last.interval[1] or s.index == last.sentence:
                continue
            if keys & {key(t.text) for t in self.an.words_in(s.start, s.end)}:
                later.append(c)
        if not later:
            return None
        return last, min(later, key=lambda c: (c.timex.earliest, c.start))
