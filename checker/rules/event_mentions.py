"""What the date rules ask of event chains (claims/mentions.py): the other dated mentions of
an event, at any distance, and how sure a reading it is that they name the same event.

Not a rule: a helper the date rules share, so that date.anchor-conflict,
date.relative-conflict and date.sequence-conflict read one notion of "the same event" from
the claims document instead of each searching the text its own way.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.events import AUXILIARIES
from claims.language import analyse
from claims.lexicon import load
from claims.mentions import dated_pairs, same_word
from claims.model import Claim, ClaimSet
from claims.temporal.tense import is_past_form

#: Words of a plan (claims/lexicons/temporal.json tense.plan_words.plans): "had been pencilled in for
#: the spring", "is scheduled for 3 May" date an intent, which may have moved, not the event.
_PLANS = frozenset(load("temporal")["tense"]["plan_words"]["plans"])
_SUBJECT_PRONOUNS = frozenset(load("events")["subject_pronouns"]["words"])
#: How many words before a date a plan word makes it a plan's: "set for last fall" (one),
#: "had been scheduled for" (one), "was expected to take place on" (three).
PLAN_REACH = 3


#: The article's lead, where its news is told: its first sentences (a headline, a dateline,
#: the lead sentence).
LEAD_SENTENCES = 3
#: The news of a lead is recent: dated at most this many days before publication.
LEAD_NEWS_DAYS = 14


@dataclass(frozen=True)
class Dating:
    """Another dated mention of an event: the mention, its time, and whether reading the two
    as one event is ``sure`` (a warning may follow) or a reading (an info finding)."""
    event: Claim
    time: Claim
    sure: bool
    why: str


SURE = "the one {kind} the article tells, named again as \u201c{later}\u201d"
READING = "read as one event: {why}"
WHY_RECURRING = "the article may tell more than one {kind}"
WHY_NOT_ALONE = "another event word stands in the sentence of \u201c{later}\u201d"
WHY_NOMINAL = "\u201c{later}\u201d is a noun the article makes of its verb \u201c{first}\u201d, not a word of the lexicon"
WHY_READINGS = "\u201c{time}\u201d can be read more than one way"
WHY_RETOLD = ("the verb \u201c{first}\u201d is told again as \u201c{later}\u201d, and the article tells "
              "one {kind}; who it happened to is not checked")


class Chains:
    """The claims document's event chains, indexed once per article."""

    def __init__(self, claims: ClaimSet):
        self.an = analyse(claims.article)
        self.times = {c.id: c for c in claims.of_kind("time")}
        self.events = {c.id: c for c in claims.of_kind("event")}
        self.pairs = dated_pairs(claims.article, claims.of_kind("event"), self.times)

    def names(self, later: Claim, first: Claim) -> bool:
        """Whether ``later`` names ``first`` again: its links (claims/mentions.py ``link``,
        "the arrest" -> "his arrest" -> "arrested") lead back to it."""
        seen = set()
        at = self.events.get(later.attrs.get("link") or "")
        while at is not None and at.id not in seen:
            if at is first:
                return True
            seen.add(at.id)
            at = self.events.get(at.attrs.get("link") or "")
        return False

    def planned(self, t: Claim, e: Claim | None = None) -> bool:
        """Whether a date is a plan's: a plan word at most PLAN_REACH words before it ("set
        for last fall"), or between the event word ``e`` and it ("The merger is expected to
        close on April 22"); a plan's date may have moved, so it is no side of a conflict."""
        before = self.an.words_before(t.start, PLAN_REACH)
        if e is not None and e.end <= t.start:
            before = before + self.an.words_in(e.end, t.start)
        return any(w.lower in _PLANS for w in before)

    def others(self, e: Claim, later_only: bool = False) -> list[Dating]:
        """Every other dated mention of the chain of ``e`` (at most MAX_DATED in the chain),
        with a different time, whose later one of the two names the earlier as already told
        (``link``: "the arrest"), neither dated by a plan ("set for last fall"), nearest
        first; ``later_only``: those after it."""
        own = e.attrs.get("time")
        out = []
        if own in self.times and self.planned(self.times[own], e):
            return out
        for x, t in self.pairs.get(e.attrs.get("chain") or "", []):
            if x is e or x.attrs.get("time") == own or (later_only and x.start <= e.start) or self.planned(t, x):
                continue
            first, later = (e, x) if e.start < x.start else (x, e)
            if not self.names(later, first):
                continue  # the later mention does not name the first ("Another treaty", "reopened")
            sure, why = judge(first, later, self.times.get(later.attrs.get("time") or ""))
            out.append(Dating(x, t, sure, why))
        out.sort(key=lambda d: abs(d.event.start - e.start))
        return out

    def _pronoun_subject(self, x: Claim) -> bool:
        """Whether a verb's subject is a pronoun ("Since it reopened"), past its auxiliaries:
        what the pronoun stands for is in its sentence, which another path compares."""
        for w in reversed(self.an.words_before(x.start, 3)):
            if w.lower in AUXILIARIES:
                continue
            return w.lower in _SUBJECT_PRONOUNS
        return False

    def _refers_back(self, e: Claim, x: Claim) -> bool:
        """Whether the pronoun subject of ``x`` opens the sentence right after the one that told
        ``e`` ("Cllr Reid quit a week later. She quit on 9 May"): with nothing before it in its
        own sentence, it stands for someone told before, the nearest being that sentence's."""
        s = self.an.sentence_at(x.start)
        if s.index != self.an.sentence_at(e.start).index + 1:
            return False
        lead = self.an.words_in(s.start, x.start)
        return bool(lead) and lead[0].lower in _SUBJECT_PRONOUNS \
            and all(w.lower in AUXILIARIES for w in lead[1:])

    def _the_news(self, x: Claim, t: Claim, published) -> bool:
        """Whether mention ``x`` tells the article's news: in its first LEAD_SENTENCES sentences,
        dated at most LEAD_NEWS_DAYS before publication ("Trains ran again on Monday, 2 December,
        as the line reopened"). A body that tells the same verb later ("It reopened eight months
        later") retells that event, not another occurrence."""
        tx = t.timex
        return published is not None and tx is not None and tx.earliest is not None and tx.latest is not None \
            and self.an.sentence_at(x.start).index < LEAD_SENTENCES \
            and 0 <= (published - tx.latest).days and (published - tx.earliest).days <= LEAD_NEWS_DAYS

    def retold(self, e: Claim, published=None) -> list[Dating]:
        """The later dated mentions of the chain of ``e`` that tell it again with a past verb
        of the same word or a synonym ("charged him three days later ... Smith was charged on
        9 May"), when ``e`` is a past verb too, the chain tells one occurrence (``sole``) and
        the later mention is the one event word of its sentence (``alone``): a story that
        dates an event and then tells the verb again later ("released in 1984 ... released
        the following year") tells another occurrence, so only a retelling after ``e``
        counts, or the news the article's lead tells (``_the_news``, given ``published``: the
        body retells it; the lead may tell other events beside it, "reopened after a closure"),
        or an earlier telling with a participant in common ("was elevated to the appeals bench
        in 2020 ... four years later, she was elevated to the appeals bench": one promotion). A pronoun subject counts only when it opens the sentence right after
        (``_refers_back``). Nothing names the earlier as already told and who it happened to is
        not compared: always a reading (``sure`` False), nearest first."""
        own = e.attrs.get("time")
        if e.attrs.get("noun") or not is_past_form(e.text.split()[0]) or not e.attrs.get("sole") \
                or (own in self.times and self.planned(self.times[own], e)):
            return []
        out = []
        for x, t in self.pairs.get(e.attrs.get("chain") or "", []):
            news = x.start < e.start and self._the_news(x, t, published)
            shared = x.start < e.start and bool(set(x.attrs.get("args") or ()) & set(e.attrs.get("args") or ()))
            if x.start <= e.start and not (news or shared):
                continue
            if x.attrs.get("noun") or not (x.attrs.get("alone") or news) or x.attrs.get("time") == own \
                    or not is_past_form(x.text.split()[0]) or not same_word(e, x) or self.planned(t, x) \
                    or x.start > e.start and self._pronoun_subject(x) and not self._refers_back(e, x):
                continue
            kind = e.attrs.get("kind") or e.attrs.get("lemma")
            out.append(Dating(x, t, False, READING.format(why=WHY_RETOLD.format(first=e.text, later=x.text,
                                                                                  kind=kind))))
        return out


def judge(first: Claim, later: Claim, later_time: Claim | None) -> tuple[bool, str]:
    """Whether two mentions of one chain, the later naming the earlier (a definite noun of the
    same word or a synonym: ``Chains.names``), are surely one event: the event is the sole one
    of its kind the article tells, the later mention is alone in its sentence, and its date
    has one reading. Else why not."""
    kind = first.attrs.get("kind") or first.attrs.get("lemma")
    if not later.attrs.get("sole"):
        return False, READING.format(why=WHY_RECURRING.format(kind=kind))
    if not later.attrs.get("alone"):
        return False, READING.format(why=WHY_NOT_ALONE.format(later=later.text))
    if later.attrs.get("nominal"):
        return False, READING.format(why=WHY_NOMINAL.format(later=later.text, first=first.text))
    if later_time is not None and len(later_time.attrs.get("readings") or []) > 1:
        return False, READING.format(why=WHY_READINGS.format(time=later_time.text))
    return True, SURE.format(kind=kind, later=later.text)
