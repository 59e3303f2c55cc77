"""date.anchor-conflict: "three weeks later" that contradicts a date given elsewhere for the same event."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from checker.rules.wording import span_words
from claims.lexicon import load
from claims.model import Claim, ClaimSet
from claims.temporal import calendar as cal
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
_STOP = frozenset(load("events")["stopwords"])
_VERBS = frozenset(load("events")["verbs"])
#: "rose 3 pct from a year earlier", "compared with the same month": a baseline, not a date.
_COMPARISON = re.compile(r"(?i)\b(?:from|than|compared|against|versus|vs|over|since)\b")


def _interval(c: Claim):
    t = c.timex
    return None if t is None or t.earliest is None or t.latest is None else (t.earliest, t.latest)


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
        "fell", "the fall of") with a participant in common ("city").

    Why it matters
        Relative dates are computed by the writer, and when the base date or the offset is
        edited the two no longer meet. The reader cannot tell which is right.

    Does not flag
        Phrases whose event the article does not date elsewhere, events that share only the
        word and no participant, event words more than two content words from their date,
        comparison baselines ("rose 3 pct from a year earlier", "the same month last
        year"), offsets with a vague count ("a few weeks later"), anchors written without a
        year when reading them in any year would make the two agree (their year is a guess),
        and any case where counting from another date of the last few
        sentences (the writer's anchor may not be the nearest date) would make the two agree.
    """
    text = claims.article.text
    times = {c.id: c for c in claims.of_kind("time")}
    events = claims.of_kind("event")
    by_time = {e.attrs.get("time"): e for e in events}
    # Indexes built once, so the work per anchored phrase does not grow with the article.
    ordered = sorted(times.values(), key=lambda c: c.start)
    index = Index(ordered, [c.start for c in ordered], {}, {})
    for e in sorted(events, key=lambda e: e.start):
        index.by_lemma.setdefault(e.attrs.get("lemma"), []).append(e)
        index.lemma_starts.setdefault(e.attrs.get("lemma"), []).append(e.start)
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
        if a.text.lower().startswith("the same") or _COMPARISON.search(text[max(0, a.start - 40):a.start]):
            continue
        if a.text.lower().endswith(("after", "before")) and anchor.start < a.start:
            continue  # "three weeks after the April 1 start" counts from what follows
        if not (_close(text, ea, a) or _fronted(text, a, ea)):
            continue
        for other, shared in _other_datings(text, ea, a, anchor, index, times):
            there = _interval(other)
            if there is None or cal.intersects(here, there):
                continue
            if anchor.timex.resolution == "dct" and _some_year_agrees(_interval(anchor), offset, there):
                continue  # the anchor's year was guessed from publication: any year may be meant
            if _another_anchor_agrees(claims, a, offset, there, index):
                continue
            when, other_when = span_words(*here), span_words(*there)
            anchor_when = span_words(*_interval(anchor))
            yield Finding(
                MESSAGE.format(phrase=a.text, anchor=anchor_when, event=ea.text, when=when, other_when=other_when),
                a.start, a.end,
                related=[Related(other.start, other.end, RELATED_OTHER.format(when=other_when)),
                         Related(anchor.start, anchor.end, RELATED_ANCHOR.format(phrase=a.text, when=anchor_when))],
                evidence=[f"\u201c{anchor.text}\u201d = {anchor_when}",
                          f"{anchor_when} {'+' if offset[0] > 0 else '-'} {t.offset.lstrip('-')} = {when}",
                          f"{shared} is dated {other_when}: the intervals do not meet"])
            break


@dataclass
class Index:
    times: list  # time claims by position
    starts: list[int]
    by_lemma: dict[str, list]  # event claims by lemma, by position
    lemma_starts: dict[str, list[int]]


def _other_datings(text: str, ea: Claim, a: Claim, anchor: Claim, index: Index, times):
    """Other dates the article gives for the event of ``a``: the same event word with a
    participant in common elsewhere ("the fall of the city on 9 May 2003"), or a date in the
    event's own clause ("17 days later, the division captured Pyongyang on 19 October")."""
    same = index.by_lemma.get(ea.attrs.get("lemma"), [])
    if len(same) > 2 * NEAREST_SAME_EVENTS:
        at = bisect.bisect_left(index.lemma_starts[ea.attrs.get("lemma")], ea.start)
        same = same[max(0, at - NEAREST_SAME_EVENTS):at + NEAREST_SAME_EVENTS]
    for eb in same:
        if eb.start == ea.start:
            continue
        common = set(eb.attrs.get("args", ())) & set(ea.attrs.get("args", ()))
        if not common:
            continue
        other = times.get(eb.attrs.get("time"))
        if other is None or other.id in (a.id, anchor.id) or other.timex.resolution == "anchor":
            continue
        if _close(text, eb, other):
            yield other, f"\u201c{eb.text}\u201d ({', '.join(sorted(common))})"
    for c in index.times[bisect.bisect_left(index.starts, ea.end):]:
        if c.start > ea.end + 80:
            break
        if c.id in (a.id, anchor.id) or c.timex.type != "DATE":
            continue
        gap = text[ea.end:c.start]
        if re.search(r"[.;:!?]", gap) or not re.search(r"\bon\s+$", gap) or len(re.findall(r"\w+", gap)) > 8:
            break
        if c.timex.earliest is not None and c.timex.earliest == c.timex.latest:
            yield c, f"\u201c{ea.text}\u201d, in its own clause,"
        break


def _close(text: str, event: Claim, time: Claim) -> bool:
    """The event word and its date stand within NEAR content words, with no comma between
    ("the fall of the city on 9 May": one content word between)."""
    lo, hi = (event.end, time.start) if event.start < time.start else (time.end, event.start)
    gap = text[lo:hi]
    return "," not in gap and sum(1 for w in re.findall(r"\w+", gap) if w.lower() not in _STOP) <= NEAR


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
    return sum(1 for w in re.findall(r"\w+", gap) if w.lower() not in _STOP) <= 5


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
    candidates = [_interval(c) for c in window if c.id != a.timex.anchor and c.timex.type == "DATE"]
    if claims.article.published is not None:
        candidates.append((claims.article.published, claims.article.published))
    for iv in candidates:
        if iv is None:
            continue
        shifted = cal.shift_interval(iv, rd, sign)
        if shifted is not None and cal.intersects(shifted, there):
            return True
    return False


EXAMPLES = (
    flags("The offensive began in March 2003. The city fell three weeks later. Celebrations "
          "marked the fall of the city on 9 May 2003.", published="2004-01-10",
          note="three weeks after March 2003 is 22 March to 21 April 2003, not 9 May"),
    passes("The offensive began in March 2003. The city fell three weeks later. Celebrations "
           "marked the fall of the city on 9 April 2003.", published="2004-01-10"),
)
