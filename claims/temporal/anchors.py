"""What a time in the text hangs on: the story's year (a narrative moving from year to
year) and the claim a phrase such as "the day before" counts from."""

from __future__ import annotations

from datetime import date

from claims.lexicon import load
from claims.model import Claim, Timex
from claims.temporal import calendar as cal
from claims.temporal.calendar import CENTURY, DAY, DECADE, MONTH, YEAR
from claims.temporal.measure import DAY_UNITS
from claims.temporal.tagger import Mention
from claims.temporal.tense import ahead_of_now
from claims.temporal.tokens import CODE
from claims.temporal.words import BREAK, STOP

#: A month named without a year this many months or more before the month a story has reached
#: is in the story's next year ("in December 1941 ... in January", "in December 1864 ... on
#: April 1"): eight months back is twice as far as the four ahead, and a story moves forward.
STORY_ROLL_MONTHS = 8
#: A date this many years or more ahead of the day a story has reached may be an aside the
#: story comes back from ("In November 2008, protesters staged a similar ..." in a story of 2003).
ASIDE_JUMP_YEARS = 2
#: How many days after the day a story had reached before such a jump a yearless day may lie to
#: continue the story there rather than in the aside's year.
RESUME_DAYS = 31
#: The first month of the second half of the year: a story that has reached it (or December)
#: and names "the winter" means the coming one, whose January is then nearer than the last.
WINTER_AHEAD_FROM_MONTH = 7
#: How many words before a date told in passing "until" may stand to make it the end of a span.
END_SIGNAL_WORDS = 6
#: How many sentence ends back a day the text named is still in reach of "the day before",
#: "three days later" when the last time told is coarser than a day (a bare year).
DAY_ANCHOR_SENTENCES = 3
_COMPARISON = load("temporal")["comparison_asides"]
#: Phrases that set a date told for comparison ("as opposed to a peak in spring 2009"), as word tuples.
_COMPARISON_PHRASES = tuple(tuple(p.split()) for p in _COMPARISON["phrases"])
#: How many words before a date a comparison phrase may open to make the date an aside.
COMPARISON_WINDOW = _COMPARISON["window_words"]
_LPAREN, _RPAREN = CODE["LPAREN"], CODE["RPAREN"]
_COMMA = CODE["COMMA"]
#: A day introduced by these is a deadline ("will end by August 31"), not a day the story is on.
_DEADLINE_SIGNALS = frozenset(("by", "until", "till"))
#: A bare year introduced by these in passing is where something began, not where a story is.
_START_SIGNALS = frozenset(("since",))
#: A day or month after these in passing is where something ended, not where a story is.
_END_SIGNALS = frozenset(("until", "till"))


class Anchors:
    """The story a text tells and the anchors its relative phrases hang on."""

    def _sets_story(self, m: Mention, gran: str | None) -> bool:
        """Whether an explicit date moves the story to its year. A day or a month does, unless
        a story tells it in passing from an earlier year than the one it has reached (a
        flashback: "On 28 March 1918 the line held. A council had been set up on 5 November
        1917. ... on 15 July" is 1918). A bare year does when the story so far is told in
        years, but not in passing after a dated day ("On 10 March 1975 ... a campaign planned
        for 1976. ... on 11 March" is still 1975). Not in passing: a date that opens its
        sentence ("In 1941, ...") or is the first time its paragraph tells."""
        first, opens = self._scene_opening(m)
        if self.narrative and self._in_brackets(m):
            return False  # "(as of 5 December 2006)", "Resolution 1483 (22 May 2003)": an aside
        at, this = self.story_at, self.claims[-1].timex.earliest
        if gran in (DAY, MONTH) and self.narrative and not (first or opens) and at is not None \
                and this is not None and this.year < at.year:
            return False  # a flashback in passing: the story goes on where it was
        if gran in (DAY, MONTH) and self.narrative and not (first or opens) and self._ends_a_span(m):
            return False  # "an assault that lasted until the fall of Budapest in February 1945"
        if gran == YEAR and m.signal in _START_SIGNALS and not (first or opens):
            return False  # "part of the empire since 513 BC": where a state began, not where the story is
        if self.narrative and not opens and self._compares(m):
            return False  # "314 dead in 2010 as against 904 in 2009": a figure to compare, not the story's year
        if gran != YEAR or self.story is None or self.gran.get(self.story.id) == YEAR:
            return True
        return first or opens  # a paragraph's first time sets its scene ("When they planned for 1777, ...")

    def _in_brackets(self, m: Mention) -> bool:
        """Whether mention ``m`` stands inside brackets opened earlier in its sentence (one pass
        over the tokens for the whole text, so that a long sentence costs linear time)."""
        inside = self.__dict__.get("_inside_brackets")
        if inside is None:
            inside = self._inside_brackets = _inside_brackets(self.toks.classes)
        return inside[m.i]

    def _note_jump(self, claim: Claim) -> None:
        """Remember where a story was (its claim and the day it had reached) when a date moves
        it ``ASIDE_JUMP_YEARS`` or more ahead: the jump may be an aside the story returns from
        (see ``_resumed``). Any other move forgets it."""
        at, this = self.story_at, claim.timex.earliest
        if self.narrative and self.story is not None and at is not None and this is not None \
                and this.year - at.year >= ASIDE_JUMP_YEARS:
            self.line_before = (self.story, at)
        else:
            self.line_before = None

    def _resumed(self, month: int, day: int, y: int) -> tuple[Claim, date] | None:
        """A yearless day that the story's year ``y`` would put back before the point the story
        has reached, but that falls within ``RESUME_DAYS`` days after where the story was before
        it jumped years ahead, continues that earlier line: the jump was an aside ("On 9 April
        2003 the city fell. In November 2008, protesters staged a similar scene. On 15 April the
        coalition declared ..." is 15 April 2003). Returns (the earlier story's claim, the day)."""
        before, at = self.line_before or (None, None)
        if before is None or self.story_at is None:
            return None
        try:
            here, there = date(y, month, day), date(at.year, month, day)
        except ValueError:
            return None
        if here >= self.story_at or not 0 <= (there - at).days <= RESUME_DAYS:
            return None
        return before, there

    def _compares(self, m: Mention, made: bool = True) -> bool:
        """Whether a comparison phrase ("against", "as opposed to", "down from a high of") opens
        within ``COMPARISON_WINDOW`` words before mention ``m``, with no sentence end, comma or
        other time between: the date is told for comparison beside the story's own. ``made``:
        whether the claim of ``m`` is already the last one made (else the last is the time before)."""
        cls = self.toks.classes
        before = self.claims[-2 if made else -1:]
        prev_end = self.token_end[before[0].id] if len(before) == (2 if made else 1) else 0
        lo = max(prev_end, m.i - COMPARISON_WINDOW)
        words = None
        for k in range(m.i - 1, lo - 1, -1):
            if cls[k] in STOP or cls[k] == _COMMA:
                return False
            if words is None:
                words = [self.toks.word(n).lower() for n in range(lo, m.i)]
            at = k - lo
            if any(tuple(words[at:at + len(p)]) == p for p in _COMPARISON_PHRASES):
                return True
        return False

    def _ends_a_span(self, m: Mention) -> bool:
        """Whether "until" stands within ``END_SIGNAL_WORDS`` words before mention ``m`` in its
        sentence: the date is where something told ended, not a time the story has reached."""
        cls = self.toks.classes
        for k in range(m.i - 1, max(-1, m.i - 1 - END_SIGNAL_WORDS), -1):
            if cls[k] in STOP:
                return False
            if self.toks.word(k).lower() in _END_SIGNALS:
                return True
        return False

    def _scene_opening(self, m: Mention) -> tuple[bool, bool]:
        """(first, opens): whether the claim just made of mention ``m`` is the first time its
        paragraph tells, and whether it opens its sentence (within three words of its start)."""
        cls = self.toks.classes
        first = len(self.claims) < 2 or cls.rfind(BREAK, 0, m.i) >= self.token_end[self.claims[-2].id]
        k = m.i
        while k > 0 and cls[k - 1] not in STOP and m.i - k < 3:
            k -= 1
        return first, k == 0 or cls[k - 1] in STOP

    def _narrative_year(self, m: Mention | None = None, month: int | None = None) -> int | None:
        """The year a story is telling, for a date written without one: the year of the last
        explicitly dated claim, when the text narrates the past (see ``_tells_a_story`` in
        claims.temporal) or has no publication date, unless its clause looks ahead of the
        writing ("will", "is expected to": not "would"). A history that reaches the years just
        before its publication keeps telling them ("In 2008 ... in late April" in a history
        published in 2009 is April 2008), however near publication they are."""
        s = self.story
        if s is None or s.timex.earliest is None:
            return None
        y = cal.midpoint((s.timex.earliest, s.timex.latest)).year
        if self.dct is not None and not self.narrative:
            return None
        if m is not None and self.dct is not None and y < self.dct.year and ahead_of_now(self.toks, m.i, m.j):
            return None  # "a summit set for April" in an article of history: the coming April
        if m is not None and month is not None and self._compares(m, made=False):
            return self._looked_back(y, month)
        return self._rolled(y, month)

    def _tell_bc(self, m: Mention, claim: Claim, y: int, gran: str = YEAR) -> None:
        """A year before Christ ("480 BC", "April 480 BC") moves a story to it, as a year of
        our era does (``_sets_story``); it has no calendar interval, so the story keeps it
        apart, until the next year of our era it tells. Inside a story of our era it must open
        its sentence or paragraph to move it: in passing it is an aside."""
        if not (self.narrative or self.dct is None) or not self._sets_story(m, gran):
            return
        if self.bc is None and self.story is not None and not any(self._scene_opening(m)):
            return  # "Rome, founded in 753 BC," in passing in a story of our era: an aside
        self.bc, self.bc_year = claim, y

    def _bc_story(self) -> int | None:
        """The year before Christ the story is telling, when the last year it told was one."""
        return self.bc_year if self.bc is not None and (self.narrative or self.dct is None) else None

    def _bc_date(self, m: Mention, y: int, rest: str, gran: str, *, moves: bool = False, **kw) -> Claim:
        """A time of the story's year ``y`` before Christ: "September" is BC0480-09, "the
        winter" BC0480-WI, "the following year" BC0479 (no calendar interval: the calendar
        here starts at year 1). ``moves``: the story goes on to that year."""
        claim = self._new(m, Timex("DATE", f"BC{y:04d}{rest}", "anchor", anchor=self.bc.id, **kw), gran)
        if moves and gran == YEAR:
            self.bc, self.bc_year = claim, y
        return claim

    def _bc_shift(self, m: Mention, n: float, unit: str, sign: int) -> Claim | None:
        """"the following year", "a decade earlier", "14 years later" in a story told before
        Christ: the year (decade, century) that many units on (sign 1) or back (-1); counting
        back before Christ adds years. Only whole years, decades and centuries are read."""
        y = self._bc_story()
        years = n * {"Y": 1, "DE": 10, "CE": 100}.get(unit, 0)
        if y is None or not years or not float(years).is_integer():
            return None
        to = y - sign * int(years)
        if to < 1:
            return None  # into our era: left to the calendar
        if unit == "DE" and n == 1 and m.kind == "anaphor":
            return self._new(m, Timex("DATE", f"BC{to // 10:03d}", "anchor", anchor=self.bc.id), DECADE)
        if unit == "CE" and n == 1 and m.kind == "anaphor":
            return self._new(m, Timex("DATE", f"BC{to // 100:02d}", "anchor", anchor=self.bc.id), CENTURY)
        return self._bc_date(m, to, "", YEAR, moves=sign > 0)

    def _winter_ahead(self) -> bool:
        """Whether "the winter" in a story is the one that closes its year (December to
        February, named in TIMEX3 by the year of its January) rather than the one that opened
        it: the winter nearest the month the story has reached, the coming one from July on
        ("dug in for the winter" in a story at autumn 1914 is 1915-WI), the one just past
        before ("the winter" in a story at April 1920 is 1920-WI; at January, the winter it is
        in). A story told in years only looks ahead."""
        at = self.story_at if self.bc is None else None
        return at is None or at.month >= WINTER_AHEAD_FROM_MONTH

    def _rolled(self, y: int, month: int | None) -> int:
        """The story's year for a month it names without one: the year the story has reached
        (the last month or day it told), rolled forward when the month lies ``STORY_ROLL_MONTHS``
        or more before it ("in December 1941 ... in January" is January 1942)."""
        at = self.story_at
        if month is None or at is None or at.year < y:
            return y
        return at.year + 1 if at.month - month >= STORY_ROLL_MONTHS else at.year

    def _looked_back(self, y: int, month: int) -> int:
        """The story's year for a month it names without one for comparison ("fewer attacks
        than in November" in a story that has reached April 2005): a comparison looks back at
        what the story has told, so the month is the last one on or before the month the story
        has reached (November 2004), never rolled forward into the next year."""
        at = self.story_at
        if at is None or at.year < y:
            return y
        return at.year if month <= at.month else at.year - 1

    def _day_anchor(self, m: Mention, unit: str | None) -> Claim | None:
        """What "the day before", "four days later" hang on: the last time told, unless that is
        coarser than a day (a bare year, a month) and a day the text named, not as a deadline,
        lies within ``DAY_ANCHOR_SENTENCES`` sentence ends ("On 27 February 2009 he spoke ...
        withdrawal in 2011. The day before, ..." is 26 February)."""
        ref = self.ref
        if ref is None or unit not in DAY_UNITS or self.gran.get(ref.id, DAY) == DAY:
            return ref
        for c in reversed(self.claims):
            if self._sentences_since(c, m) > DAY_ANCHOR_SENTENCES:
                break
            t = c.timex
            if self.gran.get(c.id) == DAY and t.type in ("DATE", "TIME") and t.earliest is not None \
                    and t.earliest == t.latest and c.attrs.get("signal") not in _DEADLINE_SIGNALS:
                return c
        return ref

    def _sentences_since(self, claim: Claim, m: Mention) -> int:
        """How many sentence ends lie between ``claim`` and mention ``m``."""
        k = self.token_end.get(claim.id, 0)
        return sum(1 for c in self.toks.classes[k:m.i] if c in STOP)


def _inside_brackets(classes: str) -> list[bool]:
    """For each token, whether a bracket opened before it in its sentence is still open: the
    nearest bracket or sentence end before it is an opening bracket."""
    out, state = [], False
    for c in classes:
        out.append(state)
        if c == _LPAREN:
            state = True
        elif c == _RPAREN or c in STOP:
            state = False
    return out
