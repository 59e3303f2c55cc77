"""The dates an article gives the words of an event, and what a stated span or a counted phrase
says against them (date.duration-conflict, date.anchor-conflict).

Not a rule: the last reading the two rules try, for a duration or a counted phrase their own
shapes left alone. The event lexicon knows a few hundred event words; an article tells its
events with any words ("admitted the theft on 9 May ... was jailed a month after his plea",
"the blaze was contained on 2 July ... containment took a fortnight from the lightning", "Work
on the depot started in May 2023 ... a nine-month scheme"). So here an event is known by its
word family (one stem: "plea" and "pleaded", "containment" and "contained"; one kind or synonym
group of the event lexicon: "departure" and "resigning", "walkout" and "picketing"; one job of work,
events.json work_nouns; one post, tenure nouns), and its date is the date written within
DATED_BEFORE words after its word in its clause, or DATED_AFTER words before it; a date of a
sentence opening with "It"/"They" dates the subject of the sentence before too (thing_pronouns).

- A counted phrase ("a month after his plea", "a week later", "the day after the coach's exit":
  the "after" the resolver folded into a count of days) places the event of its clause
  (the date written beside it, "let back in on 9 June, three days after the leak was found", or
  the one date the article gives the words of its clause) at a count from the event after
  "after"/"before" (the one date the article gives its words, read up to the first comma: "after
  his suspension, on 9 June" sets off the placed event's date; a name opening it, its owner or
  subject, is not its head: "after Brekke was suspended") or from its resolved anchor. A date
  set off by a comma right after the origin is the placed event's ("ten days after the
  assembly ballot, on 30 April"); a fronted phrase's origin clause may hold the origin's own date ("Four
  days after the gale struck the islands on 2 March, the ministry declared ..."); a phrase in a
  relative clause after its sentence's subject places the subject at the main clause's date
  ("The campus, which opened two years after the merger, was finished in 2024"); "exactly"
  before the count (exact_words) leaves it no tolerance.
- A span ("a nine-month scheme", "closing a term of almost seven years", "after a month of
  picketing", "for the past 12 years") runs from the start of the thing it measures (a
  start word, span_ends.start_words or a start lemma of the event lexicon, dated and told of
  the thing's words, in its own sentence or elsewhere; a date after "since"; the opening of
  what a closing ends, or of what a reopening ends) to
  its end (its sentence's date after an ending word, "reopened on Saturday after ...",
  "will retire on 30 June, ending ..."; the publication date for a span up to now; else an end
  word dated and told of the thing, else a reopening: UNDOING_ENDS; else, for a span told as
  over, an undated ending clause in the past or a headline's present ("opens after 14 months of
  construction") or a happening in the subject with a past verb ("The 18-month audit found"),
  the publication date as a bound: only a longer span conflicts, from a start that is no
  person's hold and within BY_NOW_RATIO of the count).

Every finding is info: each link is a reading of words, shown with both sides. Several dates
for one side that disagree leave the phrase alone.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from claims.events import NOUNS, VERBS, event_kind, fold_word, verb_lemma
from claims.language import analyse
from claims.language.vocabulary import CLASSES
from claims.lexicon import load
from claims.lifespans import THIRD_PERSON_POSSESSIVES
from claims.mentions import SYNONYM_GROUPS
from claims.model import Claim, ClaimSet
from claims.temporal import calendar as cal
from claims.temporal.measure import plain_reach
from claims.temporal.tense import is_past_form

_EVENTS = load("events")
_LEX = _EVENTS["span_ends"]
STOP = frozenset(_EVENTS["stopwords"]) | frozenset(_LEX["light_words"])
#: Lemmas of the event lexicon that start or end what they are told of, and the extra words
#: (surface forms the lexicon lacks: "broke out", "lifted", "sworn").
START_LEMMAS = frozenset(_EVENTS["start_lemmas"]) | frozenset(_EVENTS["tenure"]["starts"]) \
    | frozenset(_EVENTS["tenure"]["founding_starts"]) | frozenset(_LEX["start_lemmas"])
END_LEMMAS = frozenset(_EVENTS["end_lemmas"]) | frozenset(_LEX["end_lemmas"])
START_WORDS = frozenset(_LEX["start_words"])
END_WORDS = frozenset(_LEX["end_words"])
#: Words right before a duration that end it at its sentence's date ("after", "ending").
END_SIGNALS = frozenset(_LEX["end_signals"])
LASTING = frozenset(_EVENTS["lasting_verbs"]["words"])
#: The start lemma of what an end lemma ends ("close" ends what "open" began).
OPPOSITES = dict(_LEX["opposites"])
WORK = frozenset(_EVENTS["work_nouns"]["words"])
SPAN_NOUNS = {k: v for k, v in _EVENTS["span_nouns"].items() if not k.startswith("_")}
TENURE = frozenset(_EVENTS["tenure"]["nouns"]) | frozenset(_LEX["tenure_words"])
TENURE_STARTS = frozenset(_EVENTS["tenure"]["starts"]) | frozenset(_LEX["tenure_start_lemmas"])
NEARLY = frozenset(_LEX["nearly_words"])
EXACT = frozenset(_LEX["exact_words"])
#: "barely", "only", "nearly": words of degree before a count (``_own_sentence_date``)
DEGREE = frozenset(_LEX["degree_words"])
#: "the last two years": a window, not a count (span_ends window_words).
WINDOW_WORDS = frozenset(_LEX["window_words"])
THING_PRONOUNS = frozenset(_LEX["thing_pronouns"])
EXTENDERS = frozenset(_LEX["term_extenders"])
#: Starts of a person's hold on a thing: a purchase, a post taken.
OWNING_STARTS = TENURE_STARTS | frozenset(_LEX["owning_start_lemmas"])
#: How many words a date may stand after the word it dates in its clause ("admitted the whole
#: theft on 9 May": four), and before it ("On 20 May, the two inspectors confirmed": four).
DATED_BEFORE = 7
DATED_AFTER = 4
#: The words after "after"/"before" read as the event counted from ("after the earliest
#: complaints were logged": five).
ORIGIN_WORDS = 5
#: The words before a counted phrase read as the event it places ("the hearing was held").
PLACED_WORDS = 10
#: What the words of a phrase counted from its own anchor ("three days later, rescuers reached
#: the village") must share with another dated clause to be read as its event: two words of one
#: stem family each (names count).
LATER_NEED = 4
#: The first content words of a sentence, read as its subject ("Work on the new depot").
SUBJECT_WORDS = 3
#: The words either side of a duration read as the thing it measures ("a nine-month scheme",
#: "40 years of brewing", "a month of picketing").
THING_WORDS = 4
#: The words before a duration an ending word may stand ("closing a term of almost").
SIGNAL_WORDS = 4
_YEAR_END = re.compile(r"\d, \d{4}$")
_SHARED_SUBJECT = re.compile(r"\s+and\s+(?:was|were|is|are|has|have|had)?\s*\w+")
REPORTING = frozenset(_EVENTS["reporting_verbs"]) | frozenset(_LEX["reporting_words"])
PLANNING = frozenset(_EVENTS["planning_passives"]["words"])
#: Words that open the next clause after a date: its words are not the date's.
JOINS = frozenset(_EVENTS["clause_joins"]["words"]) | frozenset({"and", "but", "when", "while", "after", "before", "until"})
_SUFFIXES = ("ments", "ment", "ations", "ation", "ions", "ion", "ings", "ing", "ures", "ure", "ed", "es", "s")
_AGENT = ("er", "ers", "or", "ors")
_CUT = re.compile(r"[,;:()\u2014\u2013\"\u201c\u201d]")
_HEAD_CUT = re.compile(r"[;:()\u2014\u2013\"\u201c\u201d]")


#: A stem of three letters, consonant, vowel, consonant, that dropped a silent "e" before "-ing"
#: or "-ed" ("fil" of "filing" and "filed"): too short to cut otherwise, it takes the "e" back.
_SILENT_E = re.compile(r"[b-df-hj-np-tv-z][aeiou][b-df-hj-np-tv]")


def stem(word: str) -> str:
    """The word with one inflection or noun ending taken off: "containment" and "contained"
    -> "contain", "sentencing" -> "sentenc", "pleaded" -> "plead"; a short stem that dropped a
    silent "e" takes it back ("filing" and "filed" -> "file")."""
    w = fold_word(word.lower())
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[:-len(suffix)]
    base = w.removesuffix("ing") if w.endswith("ing") else w.removesuffix("ed")
    if base != w and _SILENT_E.fullmatch(base):
        return base + "e"  # "filing", "filed" -> "file"; "voting" -> "vote"
    return w


def _related(a: str, b: str) -> bool:
    """One stem family: equal, or the shorter (four letters or more) opening the longer with at
    most three letters more that are no agent ending ("plea" / "plead", "lock" / "lockout"; not
    "work" / "worker")."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    rest = long_[len(short):]
    return len(short) >= 4 and long_.startswith(short) and len(rest) <= 3 and rest not in _AGENT


def _lemma(word: str, after: str | None) -> str | None:
    low = word.lower()
    if after is not None and f"{low} {after.lower()}" in VERBS:
        return VERBS[f"{low} {after.lower()}"]  # "sworn in", "took over"
    return verb_lemma(low) or NOUNS.get(low) or NOUNS.get(fold_word(low))


@dataclass(frozen=True)
class Word:
    """A content word of the article: where it stands, its stem, and the keys it shares with
    the other words of its event (lexicon kind, synonym group, job of work, post)."""
    text: str
    start: int
    stem: str
    keys: frozenset
    lemma: str | None
    name: bool

    @property
    def sig(self) -> tuple:
        """What ``meets`` reads of the word: words alike meet the same words."""
        return self.stem, self.keys, self.name

    def meets(self, other: Word) -> int:
        """2 for one stem family (or one name, or a capitalised word of a name the article also
        writes as a common word: "West Mercia Police" and "police"), 1 for one kind of event
        only, else 0."""
        if self.name or other.name:
            return 2 if self.stem == other.stem else 0
        return 2 if _related(self.stem, other.stem) else 1 if self.keys & other.keys else 0


def word(tok, after: str | None, sentence_start: int, names: frozenset = frozenset()) -> Word:
    low = tok.lower
    lemma = _lemma(tok.text, after)
    keys = set()
    if lemma is not None:
        keys.add("kind:" + event_kind(lemma))
        for g in SYNONYM_GROUPS.get(lemma, ()):
            keys.add(f"syn:{g}")
    for g in SYNONYM_GROUPS.get(low, ()):
        keys.add(f"syn:{g}")
    folded = fold_word(low)
    if low in WORK or folded in WORK:
        keys.add("work")
    if folded in SPAN_NOUNS:
        keys.add("kind:" + event_kind(SPAN_NOUNS[folded]))
    if folded in TENURE or (lemma is not None and lemma in TENURE_STARTS):
        keys.add("post")
    name = tok.text[:1].isupper() and not tok.text.isupper() and (tok.start > sentence_start or fold_word(tok.text) in names)
    return Word(tok.text, tok.start, fold_word(tok.text) if name else stem(tok.text), frozenset(keys), lemma, name)


@functools.lru_cache(maxsize=4)
def _names(an) -> frozenset[str]:
    """The capitalised words an article writes inside a sentence: names, also where one opens a
    sentence ("Coker's departure")."""
    firsts = {s.first for s in an.sentences}
    return frozenset(fold_word(t.text) for i, t in enumerate(an.tokens)
                     if i not in firsts and t.text[:1].isupper() and not t.text.isupper())


#: The relative pronouns that hang a lasting verb's object on the noun right before them.
RELATIVE_THINGS = frozenset(_EVENTS["relative_pronouns"]["words"]) - {"who", "whom", "whose"}
LASTING_WITH_FOR = frozenset(_EVENTS["lasting_verbs"]["with_for"])


def relative_head(an, d: Claim):
    """The word whose length a relative clause tells with a lasting verb ("a strike that lasted
    15 days", "the inquiry, which ran for three weeks": LASTING, or LASTING_WITH_FOR before
    "for"): the word right before the relative pronoun; None otherwise (not "a strike that
    ended after 15 days": no length is told)."""
    back = an.words_before(d.start, 4)
    lows = [w.lower for w in back]
    if len(lows) >= 3 and lows[-1] == "for" and lows[-2] in LASTING_WITH_FOR:
        back, lows = back[:-2], lows[:-2]
    elif len(lows) >= 2 and lows[-1] in LASTING:
        back, lows = back[:-1], lows[:-1]
    else:
        return None
    if len(lows) < 2 or lows[-1] not in RELATIVE_THINGS or re.search(r"[.;:()]", an.text[back[-2].end:d.start]):
        return None
    return back[-2] if back[-2].text.isalpha() and back[-2].lower not in STOP else None


def content(an, a: int, b: int) -> list[Word]:
    """The content words within [a, b)."""
    out = []
    toks = an.words_in(a, b)
    names = _names(an)
    for k, tok in enumerate(toks):
        if tok.lower not in STOP and tok.text[:1].isalpha() and len(tok.text) > 2:
            out.append(word(tok, toks[k + 1].text if k + 1 < len(toks) else None, an.sentence_at(tok.start).start,
                            names))
    return out


def subject(an, text: str, s) -> list[Word]:
    """The first SUBJECT_WORDS content words of a sentence, before any cutting mark: read as
    its subject ("Work on the new depot started ...", "The audit, released on 3 May")."""
    return _window(an, text, s.start, s.end)[:SUBJECT_WORDS]


def _antecedent(an, text: str, s, time_starts: frozenset[int]) -> list[Word]:
    """The subject of a sentence (up to its verb), for a thing pronoun opening the next one: none when the
    sentence opens with a phrase set before its subject ("A year before its delivery, the
    vessel ...", "In May, ...", "After the fire, ...": a time phrase, a joining word or a
    preposition first)."""
    first = an.tokens[s.first]
    if first.start in time_starts or first.lower in JOINS or first.lower in LEADING_PREPOSITIONS:
        return []
    out = []
    for w in subject(an, text, s):
        if is_past_form(w.text):
            break  # its verb, which the pronoun's sentence tells its own: "The walkout began",
            # "The museum has been praised"
        out.append(w)
    return out


#: Words that open a phrase set before a sentence's subject ("In May, ...", "On Friday, ...").
LEADING_PREPOSITIONS = frozenset({"in", "on", "at", "by", "during", "from", "for", "with", "as", "over", "under"})


def _meeting_keys(w: Word) -> set[str]:
    """Keys two words share whenever they meet (``Word.meets``): the first four letters of the
    stem (one stem family: equal stems, or the shorter of four letters or more opening the
    longer; one name: equal stems) and the event keys."""
    return {"stem:" + w.stem[:4], *w.keys}


def _shares(mine: list[Word], theirs: list[Word]) -> list[Word]:
    return [w for w in mine if any(w.meets(o) for o in theirs)]


def interval(c: Claim):
    t = c.timex
    return None if t is None or t.earliest is None or t.latest is None else (t.earliest, t.latest)


class DatedWords:
    """Every date of the article with the content words it dates (its window in its clause)."""

    def __init__(self, claims: ClaimSet):
        self.an = an = analyse(claims.article)
        text = claims.article.text
        published = claims.article.published
        dates = sorted((c for c in claims.of_kind("time")
                        if c.timex is not None and c.timex.type in ("DATE", "TIME") and interval(c) is not None
                        and not c.attrs.get("age")), key=lambda c: c.start)
        self.dates: list[tuple[Claim, list[Word]]] = []
        self._starts_all = frozenset(c.start for c in claims.of_kind("time"))
        for k, c in enumerate(dates):
            if published is not None and c.start < an.sentences[0].end and interval(c) == (published, published) \
                    and c.timex.resolution == "absolute":
                continue  # the dateline or the date line: it dates the article, not its words
            s = an.sentence_at(c.start)
            lo = max(s.start, dates[k - 1].end if k else 0)
            hi = min(s.end, dates[k + 1].start if k + 1 < len(dates) else s.end)
            back = an.words_before(c.start, DATED_BEFORE)
            back = [w for w in back if w.start >= lo and not _CUT.search(text[w.end:c.start])]
            opens = len(an.words_in(s.start, c.start)) <= 1  # the date opens its sentence ("On 20 May, ...")
            ahead = []
            after = c.end + 1 if _YEAR_END.search(c.text) and text.startswith(",", c.end) else c.end  # "the Nov. 8, 2022, election"
            counted_from = c.timex.resolution == "anchor" and c.text.lower().endswith(("after", "before"))
            for w in an.words_after(after, 0 if counted_from else DATED_AFTER + 1):
                # "the day after Ms Esk's resignation": the words after are what it counts from
                if w.start >= hi or (_HEAD_CUT if opens else _CUT).search(text[after:w.start]) or w.lower in JOINS:
                    break  # "started in May 2023 and was signed off": the next clause's words
                ahead.append(w)
            words = content(an, back[0].start, back[-1].end) if back else []
            words += content(an, ahead[0].start, ahead[-1].end) if ahead else []
            starts = {w.start for w in words}
            prev = dates[k - 1] if k and dates[k - 1].start >= s.start else None
            if prev is None or _SHARED_SUBJECT.match(text, prev.end, c.start):
                # the subject is this date's when no date of its sentence stands between, or the
                # date's verb shares it ("started in May 2023 and was signed off on 4 June")
                words += [w for w in subject(an, text, s) if w.start not in starts and w.start < c.start]
                if s.index and an.tokens[s.first].lower in THING_PRONOUNS and an.tokens[s.first].start < c.start \
                        and c.timex.value != "PRESENT_REF":
                    # "They reopened on 20 June": the subject of the sentence before
                    words += _antecedent(an, text, an.sentences[s.index - 1], self._starts_all)
            self.dates.append((c, words))
        #: the dates by every key a word of theirs may meet another word by (``_meeting_keys``),
        #: so that ``dating`` reads only the dates that share a word, not all of them a phrase
        self._starts = [c.start for c, _ in self.dates]
        self._by_key: dict[str, list[int]] = {}
        for i, (_, words) in enumerate(self.dates):
            for key in {k for w in words for k in _meeting_keys(w)}:
                self._by_key.setdefault(key, []).append(i)
        self._memo: dict = {}

    def within(self, lo: int, hi: int) -> list[tuple[Claim, list[Word]]]:
        """The dates (with their words) starting in [lo, hi), in the article's order."""
        return self.dates[bisect.bisect_left(self._starts, lo):bisect.bisect_left(self._starts, hi)]

    def words_of(self, c: Claim) -> list[Word]:
        """The words the date ``c`` (one of these dates) dates."""
        return next((ws for d, ws in self.within(c.start, c.start + 1) if d is c), [])

    def dating(self, mine: list[Word], *, skip_sentence: int | None = None, need: int = 1,
               head: Word | None = None, where=None, keep=None):
        """The one date whose words share the most with ``mine`` (at least ``need``, ``head``
        among them when given), with the words shared, as ``[(claim, shared)]``; empty when no
        date shares enough, or when the dates sharing the most are two dates, not one written
        twice (the first written of one date told again). ``where`` picks the candidates among
        which the most is counted; ``keep`` then drops some of those (a dropped one still counts for the most: "the start that shares
        the most is after the end" dates nothing, rather than the next best start).

        Linear in the article: the dates a set of words meets, counted by sharing and split by
        the interval they give, are worked out once for words alike (``Word.sig``; an article
        repeating one word family asks the same question once per mention), and a question
        stops at the second interval it finds; a ``where`` of the words only (one with a
        ``key``, made by ``pure``) is asked once per date for words alike."""
        sig = tuple(w.sig for w in mine)
        at = mine.index(head) if head is not None else None
        key = getattr(where, "key", None)
        levels = self._levels(sig, mine, at, (key, where) if key is not None else None)
        if key is not None:
            where = None  # asked once, in _levels
        first = []
        for n, buckets in levels:
            if n < need:
                break
            seen = False
            for _iv, members in buckets:
                for i, idx in members:
                    c, words = self.dates[i]
                    if skip_sentence is not None and self.an.sentence_at(c.start).index == skip_sentence:
                        continue
                    shared = [mine[k] for k in idx]
                    if where is not None and not where(c, words):
                        continue
                    seen = True  # this count is the most shared
                    if keep is not None and not keep(c, shared):
                        continue
                    if first:
                        return []  # a second interval: two dates, not one
                    first = [(c, shared)]
                    break  # more of this interval change nothing
            if seen:
                break
        return first

    def _levels(self, sig, mine: list[Word], at: int | None, pure):
        """The dates meeting words alike ``mine``, by how much they share (most first), each
        count's dates grouped by interval (in the order of their first date), with the
        indices in ``mine`` of the words shared; ``pure`` (key, where) filters them."""
        key = (sig, at, pure[0] if pure else None)
        got = self._memo.get(key)
        if got is not None:
            return got
        by_n: dict[int, dict] = {}
        head = mine[at] if at is not None else None
        for i in sorted({i for w in mine for k in _meeting_keys(w) for i in self._by_key.get(k, ())}):
            c, words = self.dates[i]
            idx = [k for k, w in enumerate(mine) if any(w.meets(o) for o in words)]
            shared = [mine[k] for k in idx]
            if head is not None and head not in shared and not any(w.meets(o) == 2 for w in shared for o in words):
                continue  # the head word, or another word of one stem ("winning the seat" ... "took her seat")
            n = sum(max(w.meets(o) for o in words) for w in {w.stem: w for w in shared}.values())
            if n < 1:
                continue
            if pure is not None and not pure[1](c, words):
                continue
            by_n.setdefault(n, {}).setdefault(interval(c), []).append((i, tuple(idx)))
        got = self._memo[key] = [(n, list(by_n[n].items())) for n in sorted(by_n, reverse=True)]
        return got


def pure(key, holds):
    """A ``where`` of ``DatedWords.dating`` that reads only a date and words alike ``key``
    (``Word.sig``s): asked once per date for all the questions alike."""
    holds.key = key
    return holds


def _not_names_only(c: Claim, shared: list[Word]) -> bool:
    """A date linked by more than names: a word of an event shared."""
    return any(not w.name for w in shared)


def one_date(found):
    """The one interval the dates found agree on (they may be written more than once), else None."""
    ivs = {interval(c) for c, _ in found}
    return next(iter(ivs)) if len(ivs) == 1 else None


def stated_reach(t) -> tuple[str, str] | None:
    """The low and high duration values a stated count allows for a reading: "nearly nine years"
    is eight to nine (one unit short at most), "three weeks" its wording's tolerance."""
    return t.low or t.value, t.high or t.value


def nearly(d: Claim) -> bool:
    return d.text.lower().split(" ", 1)[0] in NEARLY


def tighter_low(d: Claim) -> str | None:
    """For "nearly nine years", "almost three months": the count less one of its unit (the
    least a writer rounds up from), when that is above the tagger's wide tolerance."""
    t = d.timex
    m = re.fullmatch(r"P(\d+(?:\.\d+)?)([YMWD])", t.value or "")
    if not m or not nearly(d) or float(m.group(1)) < 2:
        return None
    return f"P{float(m.group(1)) - 1:g}{m.group(2)}"


#: A slip misstates one span; a span several times longer or shorter than the count stated
#: is another span (the past two years of a market against the start of a quarter): the
#: elapsed days must lie within SLIP_RATIO times the stated count either way.
SLIP_RATIO = 6


def a_slip(days: tuple[int, int], value: str) -> bool:
    """Whether elapsed ``days`` (least, most) and a stated TIMEX3 duration ``value`` differ by
    less than SLIP_RATIO either way: the two may be one span told twice."""
    stated = cal.duration_days(value.lstrip("-"))
    if stated is None or days[1] <= 0:
        return False
    return days[1] * SLIP_RATIO >= stated[0] and days[0] <= stated[1] * SLIP_RATIO


def days_between(start, end) -> tuple[int, int]:
    """Whole days from a start interval to an end interval: (least, most)."""
    return max(0, (end[0] - start[1]).days), max(0, (end[1] - start[0]).days + 1)


def shift(origin, low: str, high: str, sign: int):
    """Every day a count from ``low`` to ``high`` (TIMEX3 durations) reaches from ``origin``,
    forward (``sign`` 1) or back; months and years run over calendar months of their mean length."""
    lo = cal.duration_days(low, consecutive=True)
    hi = cal.duration_days(high, consecutive=True)
    if lo is None or hi is None:
        return None
    a, b = timedelta(days=int(lo[0])), timedelta(days=int(hi[1]) + 1)
    try:
        return (origin[0] + a, origin[1] + b) if sign > 0 else (origin[0] - b, origin[1] - a)
    except OverflowError:
        return None


def clamp_open(reach, sign: int, mod: str | None):
    """A count bounded on one side ("more than a month after") reaches without end there."""
    if mod in ("MORE_THAN", "EQUAL_OR_MORE"):
        return (reach[0], date.max) if sign > 0 else (date.min, reach[1])
    return reach


# -- counted phrases ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Counted:
    """A counted phrase read against the date the article gives the event it places."""
    phrase: Claim
    origin: Claim | None  # the date counted from (None: the phrase's own resolved anchor)
    origin_words: tuple
    placed: Claim
    placed_words: tuple
    reach: tuple


def _window(an, text: str, a: int, b: int, cut=_CUT):
    """The content words of [a, b) up to the first cutting mark."""
    m = cut.search(text, a, b)
    return content(an, a, m.start() if m else b)


def _beside(dated: DatedWords, an, text: str, a: Claim) -> Claim | None:
    """The date written right before a counted phrase, set off by a comma ("let back in on
    9 June, three days after")."""
    for c, _ in dated.within(an.sentence_at(a.start).start, a.start):
        if c.end <= a.start and re.fullmatch(r"\s*,\s*", text[c.end:a.start]) and an.same_sentence(c.start, a.start):
            return c
    return None


#: The most words between the comma that closes a phrase's origin and the date it sets off
#: (", on 23 October": one).
SET_OFF_WORDS = 1


def set_off_after(dated: DatedWords, an, text: str, connector_end: int) -> Claim | None:
    """The date a comma sets off right after a phrase's origin, the words after "after"/"before"
    (at most ORIGIN_WORDS: "ten days after the assembly ballot, on 30 April, and ..."), at most
    SET_OFF_WORDS words after the comma: the placed event's, as the resolver reads it too (the
    origin's own date stands in its phrase, no comma between)."""
    s = an.sentence_at(connector_end)
    ahead = an.words_after(connector_end, ORIGIN_WORDS)
    cut = _CUT.search(text, connector_end, min(s.end, ahead[-1].end if ahead else s.end))
    if cut is None or text[cut.start()] != ",":
        return None
    s = an.sentence_at(cut.start())
    for c, _ in dated.within(cut.end(), s.end):
        return c if len(an.words_in(cut.end(), c.start)) <= SET_OFF_WORDS else None
    return None


def _own_sentence_date(dated: DatedWords, an, a: Claim) -> Claim | None:
    """The one date of a counted phrase's sentence that dates the clause the phrase is set off
    from: before it, a comma between ("widened the recall on Thursday, ten days after ..."), or
    after it when the phrase opens the sentence ("Two years after the sale, at a meeting on 9
    May, ..."): the placed event's; light words may stand between the comma and the phrase
    ("The merger, agreed in May 2023, came two years after ..."), and words of degree ("closed
    in June, barely six months after": DEGREE)."""
    s = an.sentence_at(a.start)
    # not the date of a saying ("..., the company said on Monday")
    mine = [c for c, _ in dated.within(s.start, s.end) if c is not a
            and not any(w.lower in REPORTING for w in an.words_before(c.start, 2))]
    if len(mine) != 1:
        return None
    c = mine[0]
    if c.end <= a.start:
        # set off by a comma, light words at most between: "agreed in May 2023, came 18 months
        # after": the aside's date dates its noun, which the light verb places
        between = dated.an.text[c.end:a.start]
        return c if re.search(r",\s*$", between) or (between.lstrip().startswith(",") and not _CUT.search(between, between.index(",") + 1)
                                                     and all(w.lower in STOP or w.lower in DEGREE
                                                             for w in an.words_in(c.end, a.start))) else None
    return c if _fronted(an, a) or in_relative_aside(an, dated.an.text, a, c) else None


RELATIVE = frozenset(_EVENTS["relative_pronouns"]["words"])


def in_relative_aside(an, text: str, a: Claim, c: Claim) -> bool:
    """Whether a phrase stands in a relative clause set off by commas after the sentence's
    subject, and the date ``c`` after the clause's closing comma ("The rebranding, which came a
    year after the merger, was completed in 2021"): the date is the main clause's, which tells
    of the subject the clause places."""
    s = an.sentence_at(a.start)
    opened = text.rfind(",", s.start, a.start)
    if opened < 0 or _CUT.search(text, opened + 1, a.start):
        return False
    lead = an.words_in(opened + 1, a.start)
    if not lead or lead[0].lower not in RELATIVE or len(an.words_in(s.start, opened)) > SUBJECT_WORDS + 1:
        return False
    closed = _CUT.search(text, a.end, c.start)
    return closed is not None and text[closed.start()] == "," and not _CUT.search(text, closed.end(), c.start)


def _origin_dates(s, a: Claim, beside: Claim | None, own: Claim | None = None):
    """The dates that may date what a phrase counts from: not the placed event's written beside
    it, nor one after it in its own sentence (the clause it opens), but the one date of the
    origin's own clause when the phrase opens its sentence (``own``: _fronted_origin_date)."""
    return lambda c, words: c is own or c is not beside and c is not a \
        and not (s.start <= c.start < s.end and c.start > a.start)


def _fronted_origin_date(dated: DatedWords, an, text: str, a: Claim, connector) -> Claim | None:
    """The one date of the origin's clause of a phrase opening its sentence, before the comma
    that ends that clause ("Four days after the gale struck the islands on 2 March, the ministry
    declared ...": 2 March dates the storm, not the declaring); None when the
    phrase does not open its sentence, no comma ends the clause, or it holds no date or two."""
    if not _fronted(an, a):
        return None
    s = an.sentence_at(a.start)
    m = _CUT.search(text, connector.end, s.end)
    if m is None or text[m.start()] != ",":
        return None
    inside = [c for c, _ in dated.within(connector.end, m.start())]
    return inside[0] if len(inside) == 1 else None


def _other_than(origin: Claim):
    return lambda c, words: c is not origin


def counted(claims: ClaimSet, dated: DatedWords, done: set[int]):
    """Every counted phrase (not at an offset in ``done``) whose reach misses the one date the
    article gives the event it places."""
    an, text = dated.an, claims.article.text
    for a in claims.of_kind("time"):
        t = a.timex
        if a.start in done or t is None or a.attrs.get("age") or a.attrs.get("adjectival"):
            continue
        nxt = an.words_after(a.end, 1)
        connector = _folded_connector(an, a)
        if connector is None and t.type == "DURATION" and nxt and nxt[0].lower in ("after", "before") \
                and not text[a.end:nxt[0].start].strip():
            connector = nxt[0]
        if connector is not None and any(w.lower in WINDOW_WORDS for w in an.words_in(a.start, a.end)[:2]):
            continue  # "made progress in the last two years after the offer": a window, not a count
        if connector is not None:
            sign = 1 if connector.lower == "after" else -1
            s = an.sentence_at(a.start)
            ahead = an.words_after(connector.end, ORIGIN_WORDS)
            stop = min(s.end, ahead[-1].end if ahead else s.end)
            cut = _CUT.search(text, connector.end, stop)
            stop = cut.start() if cut else stop  # "after his suspension, on 9 June": the date set off is not the origin's
            value = t.offset if connector.end == a.end else t.value
            if dated.within(connector.end, stop) or not re.fullmatch(r"P\d+(?:\.\d+)?[YMWD]", value or ""):
                continue  # the origin's date is written in its phrase: the rule's own shapes read it
            origin_words = _window(an, text, connector.end, stop)
            # a name owning the event ("after the coach's exit") or its subject ("after Brekke
            # was suspended"): the event's word after it is the head
            head = next((w for w in origin_words if not w.name), None) if origin_words and origin_words[0].name \
                else origin_words[0] if origin_words else None
            if head is None or head.name or any(w.text.lower() in PLANNING for w in origin_words):
                continue  # "a fortnight before the ballot was called": the calling, which no date tells
            own = _fronted_origin_date(dated, an, text, a, connector)
            beside = _beside(dated, an, text, a) or set_off_after(dated, an, text, connector.end) \
                or _own_sentence_date(dated, an, a)
            if beside is own:
                beside = None  # "Three days after the storm hit on 8 May, the council ...": the origin's
            found = dated.dating(origin_words, head=head, where=_origin_dates(s, a, beside, own))
            origin_iv = one_date(found)
            if origin_iv is None:
                continue
            origin = found[0][0]
            low, high = (value, value) if connector.end == a.end or _exact(an, a) else stated_reach(t)
            low = tighter_low(a) or low
            if t.mod in ("LESS_THAN", "EQUAL_OR_LESS") and not nearly(a):
                low = "P0D"
            reach = shift(origin_iv, low, high, sign)
            if reach is None:
                continue
            reach = clamp_open(reach, sign, t.mod)
            if beside is not None:
                placed, placed_words = beside, ()
            else:
                cut = _CUT.search(text, connector.end, s.end)
                mine = _placed_words(an, text, a, cut.start() if cut else s.end)
                if not any(not w.name for w in mine) and not _fronted(an, a):
                    # "noting it came three days after ...": the pronoun's clause is the sentence's
                    mine = [w for w in content(an, s.start, a.start) if w.text.lower() not in REPORTING]
                if not any(not w.name for w in mine):
                    continue
                found_p = dated.dating(mine, skip_sentence=s.index, where=_other_than(origin), keep=_not_names_only)
                if one_date(found_p) is None:
                    continue
                placed, placed_words = found_p[0][0], tuple(found_p[0][1])
            if cal.intersects(reach, interval(placed)) or not a_slip(days_between(origin_iv, interval(placed)) if sign > 0
                                                                   else days_between(interval(placed), origin_iv), value):
                continue
            yield Counted(a, origin, tuple(found[0][1]), placed, placed_words, reach)
        elif t.type == "DATE" and t.resolution == "anchor" and a.attrs.get("relation") in ("after", "before") \
                and _fronted(an, a) and plain_reach(t.offset or "") is not None:
            # "Two days after the quake struck on 3 March, the minister visited the town": the
            # resolver counted from the date in the origin's phrase; the placed event is the
            # clause after the comma, dated again elsewhere ("During the visit on 12 March")
            origin = next((c for c, _ in dated.within(a.end, an.sentence_at(a.start).end) if c.id == t.anchor), None)
            if origin is None:
                continue
            sign = -1 if a.attrs["relation"] == "before" else 1
            low, high = (t.offset.lstrip("-"),) * 2 if _exact(an, a) else plain_reach(t.offset)
            reach = shift(interval(origin), low, high, sign)
            mine = _placed_words(an, text, a, origin.end)
            if reach is None or not any(not w.name for w in mine):
                continue
            s = an.sentence_at(a.start)
            found_p = dated.dating(mine, skip_sentence=s.index, where=_other_than(origin), keep=_not_names_only)
            there = one_date(found_p)
            if there is None or cal.intersects(reach, there) \
                    or not a_slip(days_between(interval(origin), there) if sign > 0 else days_between(there, interval(origin)),
                                  t.offset.lstrip("-")):
                continue
            yield Counted(a, origin, tuple(dated.words_of(origin)), found_p[0][0], tuple(found_p[0][1]), reach)
        elif t.resolution == "anchor" and _LATER.search(a.text) and _narrow(interval(a)):
            s = an.sentence_at(a.start)
            mine = _placed_words(an, text, a, a.end)
            if not mine:
                continue
            anchor_id = t.anchor
            found_p = dated.dating(mine, skip_sentence=s.index, need=LATER_NEED - 1,
                                   keep=lambda c, shared, anchor_id=anchor_id: c.id != anchor_id and _not_names_only(c, shared)
                                   and _enough_for_later(shared, c, dated))
            there, origin = one_date(found_p), _anchor_interval(claims, t.anchor)
            if there is None or not _narrow(there) or cal.intersects(interval(a), there) or origin is None \
                    or not a_slip(days_between(origin, there), t.offset or ""):
                continue
            yield Counted(a, None, (), found_p[0][0], tuple(found_p[0][1]), interval(a))


def _exact(an, a: Claim) -> bool:
    """Whether the word right before a counted phrase says its count is exact (EXACT: "exactly
    twelve months after", "precisely a week after"): the count then reaches its own value, not
    its wording's tolerance."""
    before = an.words_before(a.start, 1)
    return bool(before) and an.same_sentence(before[0].start, a.start) and before[0].lower in EXACT


def _folded_connector(an, a: Claim):
    """The "after"/"before" the resolver read into a phrase counted in days ("the day after his
    dismissal": one claim, "day after", anchored wherever the resolver found a date): the
    connector, so the phrase counts from the event named after it; else None. Only days: "the
    week after", "the year after" name a stretch, not a count."""
    t = a.timex
    words = an.words_in(a.start, a.end)
    if t.resolution != "anchor" or len(words) < 2 or words[-1].lower not in ("after", "before") \
            or not re.fullmatch(r"P\d+D", t.offset or ""):
        return None
    return words[-1]


def _enough_for_later(shared: list[Word], c: Claim, dated: DatedWords) -> bool:
    """What a phrase counted from its anchor shares with another dated clause: LATER_NEED (two
    words of one family each), or one less when one is a name and the other an event of one
    kind or synonym group of the event lexicon (the same person, an event of the same kind;
    not a job of work nor a post only: "Ms Oyelaran ... stepped down" and "Ada Oyelaran
    resigned on 9 November")."""
    words = dated.words_of(c)
    n = sum(max(w.meets(o) for o in words) for w in {w.stem: w for w in shared}.values())
    return n >= LATER_NEED or (any(w.name for w in shared)
                               and any(k.startswith(("kind:", "syn:")) and k in o.keys for w in shared if not w.name for k in w.keys
                                       for o in words))


def _placed_words(an, text: str, a: Claim, after: int) -> list[Word]:
    """The words of the event a counted phrase places: its clause before the phrase, or, for a
    phrase opening its sentence ("Two months after the vote, the mayor resigned"), the clause
    after the phrase (and its origin, ending at ``after``), past one comma."""
    if _fronted(an, a):
        m = _CUT.search(text, after, an.sentence_at(a.start).end)
        if m is None or text[m.start()] != ",":
            return []
        ahead = an.words_after(m.end(), PLACED_WORDS)
        return _window(an, text, ahead[0].start, ahead[-1].end) if ahead else []
    back = an.words_before(a.start, PLACED_WORDS)
    m = list(_CUT.finditer(text, back[0].start if back else a.start, a.start))
    mine = content(an, m[-1].end() if m else (back[0].start if back else a.start), a.start)
    if m and text[m[-1].start()] == "," and mine and is_past_form(mine[0].text) \
            and not an.words_in(m[-1].end(), mine[0].start):
        # "Ms Oyelaran, first elected in 2022, stepped down a year later": past an aside the verb
        # has no subject of its own; the sentence's subject is its
        s = an.sentence_at(a.start)
        mine = [w for w in subject(an, text, s) if w.start < m[0].start()] + mine
    return mine


#: A phrase counted forward from its anchor: a count and "later", or the next day.
_LATER = re.compile(r"(?i)^(?:\S+\s+)+later$|^the\s+(?:next|following)\s+day$")
#: The widest interval (in days) a date may have to place one event: a day, a week, a month.
NARROW_DAYS = 31


def _narrow(iv) -> bool:
    return iv is not None and (iv[1] - iv[0]).days < NARROW_DAYS


def _anchor_interval(claims: ClaimSet, anchor_id: str | None):
    c = next((c for c in claims.of_kind("time") if c.id == anchor_id), None)
    return None if c is None else interval(c)


def _fronted(an, a: Claim) -> bool:
    """A phrase opening its sentence, an article before it aside ("The day after the vote, ...")."""
    return all(w.lower in ("the", "a") for w in an.words_in(an.sentence_at(a.start).start, a.start)[:1]) \
        and len(an.words_in(an.sentence_at(a.start).start, a.start)) <= 1


# -- stated spans -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Span:
    """A stated span read against the dates of the thing it measures."""
    duration: Claim
    start: Claim | None  # None: the publication date
    end: Claim | None  # None: the publication date
    start_iv: tuple
    end_iv: tuple
    days: tuple  # the whole days elapsed, least and most
    how: str




def _has(words: list[Word], text: str, lemmas: frozenset, surface: frozenset) -> Word | None:
    for w in words:
        # a bare base form is an aim or a state ("to keep the mill open", "will end"), not an edge told
        if (w.lemma in lemmas and w.lemma != w.text.lower()) or w.text.lower() in surface \
                or any(text.startswith(s, w.start) or text[w.start:w.start + len(s)].lower() == s
                       for s in surface if " " in s):
            return w
    return None


def end_word(words: list[Word], text: str) -> Word | None:
    """The first of ``words`` that tells an end (END_LEMMAS past as told, or END_WORDS: "ended",
    "wrapped up"), else None."""
    return _has(words, text, END_LEMMAS, END_WORDS)


def _edge(text: str, thing: list[Word], lemmas: frozenset, surface: frozenset):
    """A date's words tell a start (or an end) of the thing: a start word that is not itself a
    word of the thing's own stem ("the bridge was closed" starts "the closure", it ends nothing)."""
    def holds(c, words):
        rest = [w for w in words if not any(w.meets(t) == 2 for t in thing)]
        return _has(rest, text, lemmas, surface) is not None
    return pure((lemmas, surface, tuple(w.sig for w in thing)), holds)


#: End lemmas that undo an end ("reopen" undoes "close"): when the thing's words are dated by
#: both, the undoing ends the state the other began ("closed on 2 June ... reopened on 20
#: June" for "after nine weeks of rewiring").
UNDOING_ENDS = frozenset(k for k, v in OPPOSITES.items() if v in END_LEMMAS)


def _starts(text: str, thing: list[Word]):
    edge = _edge(text, thing, START_LEMMAS, START_WORDS)

    def holds(c, words):
        # "has chaired the cooperative since 2021": a state's start is the date after "since"
        return c.attrs.get("signal") == "since" or edge(c, words)
    return pure(("starts or since", edge.key), holds)


def _ends(text: str, thing: list[Word]):
    return _edge(text, thing, END_LEMMAS, END_WORDS)


def spans(claims: ClaimSet, dated: DatedWords, done: set[int]):
    """Every stated span (not at an offset in ``done``) that cannot run from the start to the
    end the article dates for the thing it measures."""
    an, text = dated.an, claims.article.text
    published = claims.article.published
    for d in claims.of_kind("time"):
        t = d.timex
        if d.start in done or t is None or t.type != "DURATION" or d.attrs.get("age") \
                or not re.fullmatch(r"P\d+(?:\.\d+)?[YMWD]", t.value or "") or d.attrs.get("signal") in ("since", "in", "within"):
            continue
        s = an.sentence_at(d.start)
        here = dated.within(s.start, s.end)
        before = [w.lower for w in an.words_before(d.start, SIGNAL_WORDS)]
        thing = [w for w in _window(an, text, d.end, s.end)[:THING_WORDS] if w.text.lower() not in END_SIGNALS]
        back = an.words_before(d.start, THING_WORDS)
        m = list(_CUT.finditer(text, back[0].start if back else d.start, d.start))
        thing += [w for w in content(an, m[-1].end() if m else (back[0].start if back else d.start), d.start)
                  if w.text.lower() not in END_SIGNALS]
        head = relative_head(an, d)  # "The stoppage, which ran for 20 days, ...": the stoppage's length
        if head is not None:
            thing += content(an, head.start, head.end)
        told_now = _told_now(an, d, here, published)
        if told_now is not None:
            # "has signed a four-year deal until June 2027": from the publication date at most
            yield from _judged(d, None, told_now, (published, published), interval(told_now),
                               "its sentence's date after \u201cuntil\u201d, the deal told as made now", longer_only=True)
            continue
        # the end
        end, end_iv, how, by_now = None, None, "", False
        if _ending_signal(before):
            if any(w == "to" and nxt in END_SIGNALS for w, nxt in zip(before, before[1:])):
                continue  # "in an effort to end a six-day strike", "agreed to talks to end": an aim, not an end
            prior = [c for c, _ in here if c.end <= d.start]
            if prior:
                end = prior[-1]
                end_iv, how = interval(end), "its sentence's date, before the ending word"
            elif published is not None and not here and _names_after(an, d) and _told_as_done(an, s.start, d.start):
                # "Line opens after 20 months of digging", undated: the ending has happened,
                # so the span ran no later than the publication date when no end of it is dated
                by_now = True
        elif d.attrs.get("until") == "publication" and published is not None and _perfect(an, d) \
                and d.attrs.get("signal") in UP_TO_NOW_SIGNALS \
                and not any(w.lower == "of" for w in an.words_after(d.end, 1)):
            end_iv, how = (published, published), "the publication date (a span up to now)"
            thing = content(an, s.start, s.end)
        elif any(w in LASTING for w in before[-2:]) or head is not None or _names_a_happening(an, d, thing):
            # "The closure lasted nine weeks", "the 14-month project": both ends are told of the
            # thing elsewhere; the start first, and the end of the thing it names
            both = _both_ends(an, text, dated, d, thing)
            if both is not None:
                start, end = both
                yield from _judged(d, start, end, interval(start), interval(end), "the end dated of the same thing")
                continue
            if published is None or not _subject_told_as_done(an, d):
                continue
            # "The 18-month audit found ...": a happening told as over, from its start to the
            # publication date at the latest
            end_iv, how, by_now = (published, published), BY_NOW, True
        else:
            continue
        if end_iv is None:
            if not thing:
                continue
            found = dated.dating(thing, where=_ends(text, thing), keep=_not_names_only) \
                or dated.dating(thing, where=_edge(text, thing, UNDOING_ENDS, frozenset()), keep=_not_names_only)
            if one_date(found) is not None:
                end, end_iv, how, by_now = found[0][0], one_date(found), "the end dated of the same thing", False
            elif by_now:
                end_iv, how = (published, published), BY_NOW  # only a longer span conflicts
            else:
                continue
        # the start
        inside = [c for c, w in here if c is not end and _has(w, text, START_LEMMAS, START_WORDS) is not None
                  and (end is None or c.start < end.start or c.start > d.start)]
        if len(inside) == 1:
            start = inside[0]
        else:
            if inside or not thing:
                continue
            # a start after the end starts something else
            found = dated.dating(thing, where=_starts(text, thing),
                                 keep=lambda c, shared, end=end, end_iv=end_iv: c is not end and _not_names_only(c, shared)
                                 and interval(c)[0] <= end_iv[1])
            if one_date(found) is None:
                found = _opposite(an, text, dated, s, end)
            if one_date(found) is None:
                found = _own_event(dated, thing, end, end_iv)
            if one_date(found) is None:
                continue
            start = found[0][0]
        if by_now and not _by_now_start(dated, d, start, end_iv):
            continue
        longer_only = by_now or end is None and not _owned_from(dated, start, content(an, s.start, s.end))
        yield from _judged(d, start, end, interval(start), end_iv, how, longer_only=longer_only)


#: A span read as over by the publication date, from a start linked by words, reads a slip only
#: when the days from that start to the publication date reach 1 / BY_NOW_RATIO of the count:
#: "a week-long action" read from a start one day before publication is another start.
BY_NOW_RATIO = 2


def _by_now_start(dated: DatedWords, d: Claim, start: Claim, end_iv) -> bool:
    """Whether a start read for a span told as over may be its start: not a person's hold
    (OWNING_STARTS: "motorists bought cars last year" starts no decline), and far enough
    from the publication date (BY_NOW_RATIO)."""
    if any(w.lemma in OWNING_STARTS for w in dated.words_of(start)):
        return False
    stated = cal.duration_days(d.timex.value)
    most = (end_iv[1] - interval(start)[0]).days + 1
    return stated is not None and most * BY_NOW_RATIO >= stated[0]


BY_NOW = "the publication date at the latest: the span is told as over"
#: Words that tell a clause as not (yet) done: a future, a modal, a plan ("will reopen after
#: ten weeks of work", "is expected to finish after", "plans to").
NOT_YET = frozenset(_LEX["not_yet_words"])
#: How many words may open a sentence before a duration told in its subject ("The city's").
SUBJECT_LEAD = 3


def _told_as_done(an, a: int, b: int) -> bool:
    """Whether the words of [a, b), a clause's words before an ending signal, tell an event
    that has happened: a verb in the past or present form ("reopened", "opens"), no word of
    NOT_YET ("will reopen", "is due to reopen")."""
    words = an.words_in(a, b)
    if any(w.lower in NOT_YET for w in words):
        return False
    return any(is_past_form(w.text) or _present_form(w.lower) for w in words)


def _present_form(low: str) -> bool:
    """A present form of an event verb ("opens", "reopens", "finishes"), as a headline tells news."""
    return low.endswith("s") and low not in NOUNS and any(
        verb_lemma(base) is not None for base in (low[:-1], low[:-2] if low.endswith("es") else None) if base)


def _names_after(an, d: Claim) -> bool:
    """A duration that names what it measures after it ("after 14 months of construction",
    "after an 18-month closure"); not a bare "after seven weeks", which may be the gap before
    its clause's event ("resumed the talks after seven weeks") rather than a thing's span."""
    nxt = an.words_after(d.end, 1)
    return bool(d.attrs.get("adjectival")) or bool(nxt) and nxt[0].lower in _OF_THING


def _subject_told_as_done(an, d: Claim) -> bool:
    """Whether a duration in its sentence's subject (at most SUBJECT_LEAD words before it, past
    a dateline's dash, the first a determiner or a possessive) measures a happening told as
    over: the first verb after it, in its clause, is a past form and no start ("The city's
    18-month audit of overtime found"), and the sentence tells no NOT_YET word."""
    s = an.sentence_at(d.start)
    m = list(re.finditer(r"[\u2014\u2013]", an.text[s.start:d.start]))
    lead = an.words_in(s.start + m[-1].end() if m else s.start, d.start)
    if not lead or len(lead) > SUBJECT_LEAD or lead[0].lower not in _DETERMINERS | CLASSES["singular_demonstrative"] \
            or any(w.lower in NOT_YET for w in an.words_in(s.start, s.end)):
        return False  # "In a five-year pact signed in 1985, ...": a phrase before the subject
    for w in an.words_in(d.end, s.end):
        if _CUT.search(an.text, d.end, w.start):
            return False
        if verb_lemma(w.text) is not None and w.lower not in NOUNS:
            # "the 18-month audit found"; not "a five-year pact signed in 1985" (its own start)
            nxt = an.words_after(w.end, 1)
            own_start = verb_lemma(w.text) in START_LEMMAS and bool(nxt) and nxt[0].lower in ("in", "on", "by")
            return is_past_form(w.text) and not own_start
    return False


#: Signals of a date that ends what its clause tells ("keeps the ships at the quay until March 2027").
UNTIL_SIGNALS = frozenset({"until", "till", "through"})


def _told_now(an, d: Claim, here, published) -> Claim | None:
    """The end of a term told as agreed now: a duration before its noun ("a four-year deal")
    in a sentence told in the present perfect before it ("have tied him to a four-year
    contract"), whose one date after it is after "until" and after the publication date. The
    term runs from now at the earliest, so it cannot be longer than from the publication date to
    that end; not a term extended (EXTENDERS: "has extended its ten-year plan until 2030": it
    began before)."""
    if published is None or not d.attrs.get("adjectival"):
        return None
    s = an.sentence_at(d.start)
    lead = an.words_in(s.start, d.start)
    if not any(w.lower in _PERFECT for w in lead[-PERFECT_WORDS:]) or any(stem(w.text) in EXTENDERS for w in lead):
        return None
    after = [c for c, _ in here if c.start > d.end]
    if len(after) != 1 or after[0].attrs.get("signal") not in UNTIL_SIGNALS or interval(after[0])[0] <= published:
        return None
    return after[0]


def _owned_from(dated: DatedWords, start: Claim, sentence: list[Word]) -> bool:
    """Whether a span up to now is a person's hold on the thing from its start: the start is a
    purchase or a post taken (OWNING_STARTS) by a name the span's sentence names ("Duarte bought
    the bookshop in 2010" ... "For the past 15 years, Duarte has unlocked her bookshop"). Else
    the span tells an activity of the thing, which may have begun after the thing's own start
    ("Formed in 2009, the guild has devoted the last six years to mending looms"): only a span
    longer than the thing's life conflicts."""
    words = dated.words_of(start)
    names = {w.stem for w in sentence if w.name}
    return any(w.lemma in OWNING_STARTS for w in words) and any(w.name and w.stem in names for w in words)


#: An article or a third person's possessive before a noun ("a strike", "their walkout").
_DETERMINERS = CLASSES["article"] | THIRD_PERSON_POSSESSIVES
AFTER_END = frozenset({"after", "following", "since"})


def _ending_signal(before: list[str]) -> bool:
    """An ending word right before the duration, a determiner at most between ("after a",
    "ending"), before a noun the duration is "of" ("ending a tenure of", "closing her spell
    of"), or a noun of ending before "of" ("at the close of a")."""
    rest = before[:]
    if rest and rest[-1] in _DETERMINERS:
        rest = rest[:-1]
    if len(rest) >= 2 and rest[-1] == "of":
        if rest[-2] in END_SIGNALS:
            # "at the close of a five-week dig"; not "after the end of a two-day summit", which
            # dates what followed the span
            lead = [w for w in rest[:-2] if w not in _DETERMINERS]
            return not (lead and lead[-1] in AFTER_END)
        rest = rest[:-2]  # the noun and "of"
        if rest and rest[-1] in _DETERMINERS:
            rest = rest[:-1]
    return bool(rest) and rest[-1] in END_SIGNALS


def _judged(d: Claim, start: Claim, end: Claim | None, start_iv, end_iv, how: str, longer_only: bool = False):
    """The span, when the days from ``start_iv`` to ``end_iv`` cannot be the duration stated
    (``longer_only``: only when the duration stated is longer)."""
    t = d.timex
    if start_iv[1] >= end_iv[0]:
        return  # a start on or after the end starts something else
    least, most = days_between(start_iv, end_iv)
    if not _narrow_enough(start_iv, t.value) or not _narrow_enough(end_iv, t.value) or not a_slip((least, most), t.value):
        return
    low, high = stated_reach(t)
    low = tighter_low(d) or low
    lo = cal.duration_days(low)
    hi = None if t.mod in ("MORE_THAN", "EQUAL_OR_MORE") else cal.duration_days(high)
    if lo is None or (most >= lo[0] and (hi is None or least <= hi[1] or longer_only)):
        return
    yield Span(d, start, end, start_iv, end_iv, (least, most), how)


#: The words after a duration that make it the length of what follows ("a month of
#: picketing", "40 years of brewing").
_OF_THING = frozenset({"of", "on", "in", "at"})


def _names_a_happening(an, d: Claim, thing: list[Word]) -> bool:
    """A duration told as the length of a happening ("the nine-month scheme", "a month of
    picketing"): adjectival or followed by "of"/"on", with a word the event lexicon, the jobs
    of work or the posts know among the thing's words."""
    nxt = an.words_after(d.end, 1)
    told = d.attrs.get("adjectival") or (nxt and nxt[0].lower in _OF_THING)
    return bool(told) and any(w.keys for w in thing if not w.name)


def _both_ends(an, text: str, dated: DatedWords, d: Claim, thing: list[Word]):
    """(start, end) of a thing told elsewhere: the one dated start of its words, then the one
    dated end of its words or of the start's ("Work on the bridge began in January ... The
    bridge reopened on 21 December": the work's thing is the bridge)."""
    if not thing:
        return None
    found = dated.dating(thing, where=_starts(text, thing), keep=_not_names_only)
    if one_date(found) is None:
        return None
    start = found[0][0]
    told = [w for w in dated.words_of(start) if w.lemma is None and not w.name]
    wider = thing + [w for w in told if w.start not in {t.start for t in thing}]
    ends = dated.dating(wider, where=_ends(text, wider),
                        keep=lambda c, shared: c is not start and _not_names_only(c, shared) and interval(c)[0] > interval(start)[1])
    if one_date(ends) is None:
        return None
    return start, ends[0][0]


#: A span up to now tells how long a state has lasted after "for" or as an object ("has devoted
#: the last six years to"); "over the past seven years" is a window things happened in.
UP_TO_NOW_SIGNALS = frozenset({"for", None})
_PERFECT = frozenset({"has", "have", "having", "'s", "\u2019s"})
#: How far back in its sentence (in words) the perfect's auxiliary may stand: "has unlocked
#: her bookshop at dawn" after the span; "have been married" before it.
PERFECT_WORDS = 8


def _perfect(an, d: Claim) -> bool:
    """A span up to now tells a state or an activity in the present perfect ("has run the shop
    for the past 12 years"), not a window of a market ("fell over the past two years")."""
    near = an.words_before(d.start, PERFECT_WORDS) + an.words_after(d.end, PERFECT_WORDS)
    return any(w.lower in _PERFECT for w in near)


def _narrow_enough(iv, value: str) -> bool:
    """An end told by a date at most half as wide as the span stated ("2019" for a span of
    years, not "the fourth quarter" for "two weeks")."""
    stated = cal.duration_days(value)
    return stated is not None and (iv[1] - iv[0]).days <= stated[0] / 2


def _own_event(dated: DatedWords, thing: list[Word], end, end_iv):
    """The one date before the end the article gives the event the span's noun names itself, by
    its stem ("an eight-month closure" and "The branch shut ... closed on 1 July"): a state's
    span starts at the event that brings it about."""
    events = [w for w in thing if w.lemma is not None and not w.name]
    if not events:
        return []
    return dated.dating(events, where=_brought_about(events), keep=lambda c, shared: c is not end and interval(c)[1] < end_iv[0])


def _brought_about(events: list[Word]):
    """A date told of a past verb of the noun's own event, no ending word beside it: "the pool
    shut on 1 May" for "a closure", not "ended their last meeting on 18 June" for "a meeting"."""
    def holds(c, words):
        return not any(w.lemma in END_LEMMAS and w.meets(e) < 2 and not _same_kind(w, e) for w in words for e in events) \
            and any(is_past_form(w.text) and any(w.meets(e) for e in events) for w in words)
    return pure(("brought about", tuple(w.sig for w in events)), holds)


def _same_kind(a: Word, b: Word) -> bool:
    return bool(a.keys & b.keys)


def _opposite(an, text: str, dated: DatedWords, s, end):
    """The one dated start of what the span's end undoes ("will close ... ending 31 years of
    production" and "the plant, opened in 1998"), told by a past form or a noun; the end's
    undoing read in the span's sentence or in the words of the end dated elsewhere ("back in
    the library after nine weeks of rewiring" ... "the library reopened on 20 June": what the
    reopening undoes, "the library closed on 2 June")."""
    told = content(an, s.start, s.end) + (dated.words_of(end) if end is not None else [])
    lemmas = {OPPOSITES[w.lemma] for w in told if w.lemma in OPPOSITES}
    if not lemmas:
        return []
    return [(c, [w]) for c, words in dated.dates for w in words
            if c is not end and w.lemma in lemmas and (is_past_form(w.text) or w.lemma != w.text.lower())]
