"""Plant date slips in real articles, for the recall evaluation of the date.* rules.

Each function takes an article's text and its publication date and returns a copy with
exactly one slip planted, or None when the text offers no place for it. A slip is planted
only where it is certainly an inconsistency, so a rule that misses it has missed a real slip.
Places are found with the extractor (claims.extract), never with the rule being measured:

- ``wrong_weekday``: a weekday written beside a date is changed to another day; where none
  is written, a full date with its year gets a wrong weekday in front ("Tuesday, 5 March 1987").
- ``later_for_earlier``: "earlier this year in February" becomes "later this year in
  February" (or the reverse); where the article has no such pair, a month named without a
  year that lies before publication gets "later this year in" in front of it.
- ``move_year_after_publication``: a past-tense event dated with its year ("announced in March
  1986") is moved two years after publication.
- ``stretch_duration``: "for the past N years", in an article that also gives a founding year
  ("founded in 2001"), becomes a duration at least twice as long plus three years.
- ``wrong_age``: a person's age in apposition ("Smith, 53,") gets a birth year that rules it
  out ("Smith, 53, who was born in <year ten years off>,").
- ``swap_sequence``: two dated events in the order a sequence word asserts ("rose in
  February, after a fall in January", "elected in 2019, after the coup of 2017") get their
  dates swapped (or a written year moved) so that the order contradicts the sequence word.
- ``change_offset``: "N months later" whose event the article also dates (elsewhere, or "on
  <date>" in its own clause), in agreement, gets a count far larger.

The functions are deterministic: the first place in the text that allows the slip is used.
``INJECTORS`` maps each rule id to the function that plants what it should catch.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from claims.extract import extract
from claims.lexicon import load
from claims.model import Claim
from claims.read import article_from_text
from claims.temporal import calendar as cal
from claims.text import phrase_alternatives, sentence_bounds, word_before

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DAYS_LOWER = tuple(day.lower() for day in DAYS)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _claims(text: str, published: date | None):
    return extract(article_from_text(text, published=published))


def _day(c: Claim) -> date | None:
    t = c.timex
    if t is None or t.earliest is None or t.earliest != t.latest or t.type != "DATE":
        return None
    return t.earliest


def wrong_weekday(text: str, published: date | None = None) -> str | None:
    cs = _claims(text, published)
    for c in cs.of_kind("time"):
        d = _day(c)
        if d is None or c.timex.weekday is None or c.timex.weekday != d.weekday():
            continue  # a weekday already wrong is no place to plant another slip
        for form in DAYS:
            at = c.text.find(form)
            if at >= 0:
                wrong = DAYS[(DAYS.index(form) + 3) % 7]
                return text[:c.start + at] + wrong + text[c.start + at + len(form):]
    for c in cs.of_kind("time"):
        d = _day(c)
        if d is None or c.timex.resolution != "absolute" or not re.search(r"\d{4}$", c.text) \
                or c.timex.weekday is not None:
            continue
        if not re.search(r"[A-Za-z]", c.text):
            continue  # the second day of a range ("August 6 and 9, 1945"): no place for a weekday
        if text[max(0, c.start - 12):c.start].rstrip().lower().endswith(_DAYS_LOWER):
            continue  # "for tuesday, April 7, 1987": a weekday is written already
        wrong = DAYS[(d.weekday() + 2) % 7]
        return text[:c.start] + f"{wrong}, " + text[c.start:]
    return None


def later_for_earlier(text: str, published: date | None = None) -> str | None:
    if published is None:
        return None
    m = re.search(r"\b([Ee]arlier|[Ll]ater) this year in ((?:January|February|March|April|May|June|July|August|"
                  r"September|October|November|December))\b", text)
    if m:
        month = _MONTHS.index(m.group(2)) + 1
        word = m.group(1)
        if word.lower() == "earlier" and month < published.month:
            swapped = "Later" if word[0].isupper() else "later"
        elif word.lower() == "later" and month > published.month:
            swapped = "Earlier" if word[0].isupper() else "earlier"
        else:
            swapped = None
        if swapped:
            return text[:m.start(1)] + swapped + text[m.end(1):]
    for c in _claims(text, published).of_kind("time"):
        t = c.timex
        if t.resolution != "dct" or len(t.value) != 7 or t.latest is None or t.latest.month >= published.month \
                or t.latest.year != published.year or c.text not in _MONTHS:
            continue
        lead = text[max(0, c.start - 3):c.start]
        tail = text[c.end:c.end + 12].lower()
        if re.match(r"\s*(?:,\s*)?(?:last|next|this|of|\d)", tail):
            continue  # "January last year", "January of 1986": another year, no slip
        if word_before(text, c.start - 3) in _UNITS:
            continue  # "a day [later this year] in January" would read as "a day later"
        if lead.lower() == "in ":
            return text[:c.start - 3] + ("Later" if text[c.start - 3].isupper() else "later") + \
                " this year in " + text[c.start:]
    return None


_UNITS = frozenset(load("temporal")["units"])
_PAST = re.compile(r"\b(?:[a-z]{3,}ed|began|met|held|won|lost|fell|rose|sold|bought|left|took)\s+(?:in|on)\s+$")
#: Past participles that are adjectives of estimates and plans ("an estimated two pct in 1989").
_NOT_EVENT = re.compile(r"(?i)\b(?:estimated|expected|projected|forecast|planned|scheduled|proposed|budgeted|"
                        r"targeted|anticipated|predicted)\s+\S*\s*(?:in|on)\s+$")
#: "The index is based on the close of 1969": a present passive, no past event to move.
_PRESENT_PASSIVE = re.compile(r"(?i)\b(?:is|are|be|being|been)\s+[a-z]+ed\s+(?:in|on)\s+(?:the\s+\w+\s+of\s+)?$")
_FUTURE = re.compile(r"(?i)\b(?:will|would|shall|expects?|expected|forecasts?|plans?|projected|estimates?|"
                     r"targets?|next|budget|predicts?|should|could|may|might)\b")


def move_year_after_publication(text: str, published: date | None = None) -> str | None:
    if published is None:
        return None
    for c in _claims(text, published).of_kind("time"):
        t = c.timex
        if t.resolution != "absolute" or t.type != "DATE" or t.latest is None or t.latest > published:
            continue
        year = re.search(r"(1[6-9]\d\d|20\d\d)$", c.text)
        lead = text[max(0, c.start - 60):c.start]
        if not year or not _PAST.search(lead) or _NOT_EVENT.search(lead) or _PRESENT_PASSIVE.search(lead):
            continue
        if re.match(r"[-\u2013]\d", text[c.end:c.end + 2]):
            continue  # the start of a range ("occurred in 1971-73"): moving it makes no date
        a, b = sentence_bounds(text, c.start, c.end)
        if _FUTURE.search(text[a:b]):
            continue  # a sentence about plans or forecasts: a later year may be right
        new = str(published.year + 2)
        return text[:c.start + year.start()] + new + text[c.start + year.end():]
    return None


_FOUNDED = re.compile(r"\b(?:founded|established|set up|created|formed|launched|started)\s+in\s+(1[6-9]\d\d|20\d\d)\b",
                      re.IGNORECASE)
_PAST_N = re.compile(r"\bfor the (?:past|last) (\w+(?:-\w+)?) years\b")


def stretch_duration(text: str, published: date | None = None) -> str | None:
    if published is None or not _FOUNDED.search(text):
        return None
    from claims.language.numbers import parse_number

    founded = int(_FOUNDED.search(text).group(1))
    for m in _PAST_N.finditer(text):
        n = parse_number(m.group(1))
        if n is None:
            continue
        actual = published.year - founded
        new = int(max(n, actual) * 2 + 3)
        return text[:m.start(1)] + str(new) + text[m.end(1):]
    return None


_AGE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)*), (\d{2}), ")


def wrong_age(text: str, published: date | None = None) -> str | None:
    if published is None:
        return None
    for m in _AGE.finditer(text):
        age = int(m.group(2))
        if not 18 <= age <= 99:
            continue
        sentence = text[m.start():text.find(".", m.end()) if text.find(".", m.end()) > 0 else len(text)]
        if "born" in sentence:
            continue
        born = published.year - age - 10
        return text[:m.end() - 2] + f", who was born in {born}, " + text[m.end():]
    return None


_SEQ = load("sequence")


_SEQ_WORD = re.compile(rf"(?i)\b(?:(?P<fwd>{phrase_alternatives(_SEQ['forward'])})|"
                       rf"(?P<back>{phrase_alternatives(_SEQ['backward'])}))\b")
_GAP, _CLAUSE = frozenset(_SEQ["gap"]), frozenset(_SEQ["clause"])
_SEQ_ENDS = frozenset(w.split()[-1] for w in _SEQ["forward"] + _SEQ["backward"]) - {"of"}
_SITE_TAIL = 8  # words from the sequence word to the second date
_WORDS = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\u2019-]*")
_FUNCTION_WORDS = frozenset(load("events")["stopwords"])
#: A date written before its event: "the 1989 collapse", "last year's drop", "Sunday's vote".
_PREMODIFIER = re.compile(r"(?:['\u2019]s)?\s+[A-Za-z0-9]")
#: What may not touch a date of a site: a range, a list or a compound ("1999 to 2000",
#: "in 2004 and 2005", "January/March").
_JOINED_AFTER = re.compile(r"\s*(?:[-/\u2013]|(?:to|and|or|through)\b)")
_JOINED_BEFORE = re.compile(r"[-/\u2013]\s*$")
_MONTH_NAMES = "|".join(m[:3] + (r"(?:" + m[3:] + r")?" if len(m) > 3 else "") for m in _MONTHS) + "|Sept"
_SHAPE = re.compile(rf"(?i)\b(?P<m>(?:{_MONTH_NAMES})\b\.?)|\b(?P<w>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|"
                    r"\b(?P<d>last|this|next)\b|(?P<y>\b\d{4}\b)|(?P<n>\b\d{1,2}(?:st|nd|rd|th)?\b)")
_DATING = re.compile(r"(?i)\b(?:in|on|of|during|at)\s+$")
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_YEAR = re.compile(r"\b(1[0-9]\d\d|20\d\d)\b")


def _shape(s: str) -> str:
    """A date's written form with its values blanked: "Feb. 20" and "Jan. 14" share one,
    "March 2003" and "June 12" do not. Swapping two dates of one shape keeps the prose grammatical."""
    return _SHAPE.sub(lambda m: m.lastgroup.upper(), s).lower()


def _fixed(c: Claim | None) -> tuple[date, date] | None:
    """The calendar interval of a date the text fixes (written with its year, or resolved
    against publication to exactly what it names: a day, a month, a year), else None."""
    t = c.timex if c is not None else None
    if t is None or t.type not in ("DATE", "TIME") or t.earliest is None or t.latest is None \
            or t.resolution not in ("absolute", "dct") or t.value.endswith("_REF"):
        return None
    named = t.value[:10] if t.type == "TIME" else t.value  # "Monday night": the day is fixed
    return (t.earliest, t.latest) if cal.value_of((t.earliest, t.latest)) == named else None


def _sequence_sites(text: str, cs) -> Iterator[tuple[Claim, Claim, bool]]:
    """(first date, second date, forward) for each pair of dated events that stand in the
    order a sequence word between them asserts (see ``swap_sequence``)."""
    times = [c for c in cs.of_kind("time") if c.timex is not None and c.timex.type in ("DATE", "TIME")]
    for t1, t2 in zip(times, times[1:]):
        a, b = _fixed(t1), _fixed(t2)
        if a is None or b is None or t1.end > t2.start or t2.end > sentence_bounds(text, t1.start, t1.end)[1]:
            continue
        between = text[t1.end:t2.start]
        found = list(_SEQ_WORD.finditer(between))
        if len(found) != 1 or re.search(r"[;:()\[\]\"\u201c\u201d]", between):
            continue
        m = found[0]
        lead = [w.lower() for w in _WORDS.findall(between[:m.start()])]
        tail = [w.lower() for w in _WORDS.findall(between[m.end():])]
        if not set(lead) <= _GAP or len(tail) > _SITE_TAIL or "," in between[m.end():]:
            continue  # the sequence word belongs to another phrase, or the second date to another clause
        if _CLAUSE & set(tail) or {word_before(text, t1.start), word_before(text, t2.start)} & _CLAUSE \
                or word_before(text, t1.start) in _SEQ_ENDS:  # "before 1500 GMT after ...": two sequences
            continue
        if any(_JOINED_AFTER.match(text, c.end) or _JOINED_BEFORE.search(text, 0, c.start) for c in (t1, t2)):
            continue
        if not [w for w in tail if w not in _FUNCTION_WORDS] and not _PREMODIFIER.match(text, t2.end):
            continue  # "after 2012", "before the end of the year": a time, not a dated event
        forward = m.group("fwd") is not None
        if (forward and a[1] < b[0]) or (not forward and a[0] > b[1]):
            yield t1, t2, forward


def _reversed(changed: str, published: date | None, spans, forward: bool) -> bool:
    """Whether the extractor reads the two spans of the changed text as fixed dates in the
    order that contradicts the sequence word, with no overlap."""
    new = {(c.start, c.end): c for c in _claims(changed, published).of_kind("time")}
    a, b = (_fixed(new.get(span)) for span in spans)
    return a is not None and b is not None and (a[0] > b[1] if forward else a[1] < b[0])


def swap_sequence(text: str, published: date | None = None) -> str | None:
    """Two dated events in the order a sequence word asserts ("Exports rose in February, after
    a fall in January", "the 1989 election, followed by the 1991 coup", "voted on June 3,
    before the June 12 runoff") get dates that contradict it.

    A site is two consecutive time claims of one sentence, each a date the text fixes on the
    calendar (written with its year, or resolved against publication to exactly the day,
    month or year it names: not a yearless date whose tense left two years open, not
    "recently"), whose intervals do not overlap and run in the order of the one sequence word
    between them (claims/lexicons/sequence.json: "followed by", "before", "prior to", "ahead
    of" forward; "after", "following", "preceded by" backward). The sequence word must join
    the two dated events: between the first date and it only words that measure the gap ("in
    March, two months after"), from it to the second date at most eight words with no comma
    and no word that opens another clause, comparison, range or deadline ("and", "which",
    "said", "than", "since", "until", "by", "from" ...; nor one just before either date); no
    date in a range, list or compound ("1999 to 2000", "January/March"); and the second date
    must belong to an event ("after the coup of 2017", "after the 1989 collapse", "after
    January's rise"), not stand alone ("after 2012").

    The slip: two dates written alike ("February"/"January", "1989"/"1991", "Feb. 20"/"Jan.
    14") are swapped; otherwise a written four-digit year of a date that dates its clause ("in 1987",
    "1987's rise"; not "the 1987 level") is moved one year past the other date (the second date's year, else
    the first's). Either way the extractor must read the
    changed text as two fixed dates in the contradicting order, or the site is skipped.
    """
    cs = _claims(text, published)
    for t1, t2, forward in _sequence_sites(text, cs):
        if t1.text != t2.text and _shape(t1.text) == _shape(t2.text):
            changed = text[:t1.start] + t2.text + text[t1.end:t2.start] + t1.text + text[t2.end:]
            shift = len(t2.text) - len(t1.text)
            spans = ((t1.start, t1.start + len(t2.text)), (t2.start + shift, t2.start + shift + len(t1.text)))
        else:
            a, b = (t1.timex.earliest, t1.timex.latest), (t2.timex.earliest, t2.timex.latest)
            # only a date that dates its event moves ("in 1987", "1987's rise"): "the 1987 level" names a thing
            y2, y1 = (_YEAR.search(c.text) if _DATING.search(text, max(0, c.start - 10), c.start)
                      or _POSSESSIVE.match(text, c.end) else None for c in (t2, t1))
            if y2:  # the second event moves past the first ("after": to after it)
                year, at = (a[1].year + 1 if not forward else a[0].year - 1), t2.start + y2.start(1)
            elif y1:
                year, at = (b[0].year - 1 if not forward else b[1].year + 1), t1.start + y1.start(1)
            else:
                continue
            if not 1000 <= year <= 2099:
                continue
            changed = text[:at] + str(year) + text[at + 4:]
            spans = ((t1.start, t1.end), (t2.start, t2.end))
        if _reversed(changed, published, spans, forward):
            return changed
    return None


_LATER = re.compile(r"\b(\w+) (days|weeks|months|years) later\b")


def change_offset(text: str, published: date | None = None) -> str | None:
    """"N units later" whose event the article dates elsewhere (the same event word with a
    participant in common, or "on <date>" in its own clause) and which agrees with that date
    now: the count becomes five times larger plus seven."""
    from claims.language.numbers import parse_number
    from claims.temporal import calendar as cal

    cs = _claims(text, published)
    events = cs.of_kind("event")
    times = {c.id: c for c in cs.of_kind("time")}
    for m in _LATER.finditer(text):
        n = parse_number(m.group(1))
        phrase = next((c for c in cs.of_kind("time") if c.start <= m.start() < c.end), None)
        if n is None or phrase is None or phrase.timex.earliest is None:
            continue
        here = (phrase.timex.earliest, phrase.timex.latest)
        event = next((e for e in events if e.attrs.get("time") == phrase.id), None)
        if event is None:
            continue
        dated = [times.get(e.attrs.get("time")) for e in events if e is not event
                 and e.attrs.get("lemma") == event.attrs.get("lemma")
                 and set(e.attrs.get("args", ())) & set(event.attrs.get("args", ()))]
        after = text[event.end:event.end + 80]
        on = re.match(r"[^.;:!?]{0,60}?\bon\s+", after)
        if on:
            dated += [c for c in cs.of_kind("time") if c.start == event.end + on.end()]
        dated = [c for c in dated if c is not None and c.timex.earliest is not None
                 and c.timex.resolution != "anchor"
                 and cal.intersects(here, (c.timex.earliest, c.timex.latest))]
        if not dated:
            continue
        return text[:m.start(1)] + str(int(n) * 5 + 7) + text[m.end(1):]
    return None


INJECTORS = {
    "date.weekday-mismatch": wrong_weekday,
    "date.relative-conflict": later_for_earlier,
    "date.future-past": move_year_after_publication,
    "date.duration-conflict": stretch_duration,
    "date.age-conflict": wrong_age,
    "date.sequence-conflict": swap_sequence,
    "date.anchor-conflict": change_offset,
}
