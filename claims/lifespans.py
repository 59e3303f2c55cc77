"""Ages and births told of people: each bound to the person claim it is told of.

    bind(article, people, claims_so_far) -> None   (adds ``ages`` and ``births`` to person attrs)

Facts about one person are written across sentences ("Jonas Ek, 49, ..." in the lede, "Born
in 1983, Ek joined ..." three paragraphs later), so each is bound to a person mention, and the
mentions of one person share an ``entity`` (claims.people): a rule asks "every age and every
birth told of this person".

An age is bound to (the ways news copy writes one):

- the mention it stands in apposition to: "Ek, 49," / "Ek, aged 49," / "Ek, the 49-year-old
  head of ..." / "49-year-old Jonas Ek";
- the person last mentioned before it (co-reference of a description or a pronoun): "The
  49-year-old ...", "She ... in 2010, aged 22", "At 19, she ... in 2008", "he was 21 when
  ... in 2011";
- the subject of a death in its sentence: "Ek ... died on Tuesday at the age of 87";
- in the headline, the person the story is about: "Ek, 49, wins ..." (the one person of the
  story with that surname, named in full) or "Teen, 17, rows ..." (a word for a person, in
  lexicons/people.json ``headline_people``: the person the first sentence names).

and carries the time it is told at (``at``): ``published`` (an age in apposition is today's),
``time`` (the dated event of its sentence: "in 2010, aged 22"), ``death`` (the date of the
death), ``turns`` (the person reaches that age within the time: "turns 60 next month",
"celebrated her 25th birthday last week"). An age whose time cannot be told is not bound.

A birth is an event claim of lemma "bear" with an absolute date, bound to the nearest person
mentioned before "born" in its sentence ("Ek, who was born in 1983", "Ek, born on ..."), or
after it when "Born ..." opens the sentence ("Born in 1983 in Oberau, Ek joined"), or, for a
pronoun ("She was born in 1983"), to the person last mentioned before the sentence.

Person attrs added:

    ages     [{value, start, end, at, time}]   time: id of the time claim, or None (published)
    births   [{event, time, start, end}]       the birth event and its time claim
"""

from __future__ import annotations

import re

from claims.language import analyse
from claims.lexicon import load
from claims.model import Article, Claim
from claims.quantities import headline_span

__all__ = ["bind"]

_PEOPLE = load("people")
_LEX = _PEOPLE["ages"]
#: capitalized words that are no one's name (the same list claims.people reads)
_FUNCTION_WORDS = frozenset(_PEOPLE["function_words"])
NOT_NAME = frozenset(_PEOPLE["not_name"]) | _FUNCTION_WORDS
#: what ends a dateline before the story's first words ("OSLO — Jonas Ek rowed ...")
_DATELINE_DASHES = frozenset(("—", "–", "-"))
#: words a headline puts for the person its story is about ("Teen, 17, rows the Atlantic")
HEADLINE_PEOPLE = frozenset(_LEX["headline_people"])


def _words(key: str) -> str:
    return "(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(_LEX[key], key=len, reverse=True)) + ")"


_N = r"(\d{1,3})"
#: right after a name: ", 49," / ", aged 49," / ", the 49-year-old"
_APPOSED = re.compile(rf",\s+(?:{_words('aged')}\s+)?{_N}(?=\s*[,;.)])|,\s+(?:the|a)\s+{_N}-year-old\b")
#: right before a name: "49-year-old Jonas Ek" (searched from the sentence start to the name)
_YEAR_OLD_BEFORE = re.compile(rf"\b{_N}-year-old\s+$")
#: a description standing for the person: "The 49-year-old"
_THE_YEAR_OLD = re.compile(rf"\b[Tt]he\s+{_N}-year-old\b")
#: an age at the time of the sentence's dated event: "aged 22", "at 19,", "was 21 when"
_AT_EVENT = re.compile(rf"(?:\b{_words('aged')}\s+{_N}\b|\b[Aa]t\s+{_N},|\bwas\s+{_N}\s+when\b)")
#: an age at death: "at the age of 87", "aged 87"
_AT_DEATH = re.compile(rf"\b(?:{_words('at_the_age_of')}|{_words('aged')})\s+{_N}\b")
#: reaching an age within a time: "turns 60", "will turn 60", "celebrated her 25th birthday"
_TURNS = re.compile(rf"\b(?:{_words('turns')})\s+{_N}\b|\b{_N}(?:st|nd|rd|th)\s+birthday\b")
_PRONOUN = re.compile(rf"\b(?:{_words('pronouns')})\b", re.IGNORECASE)

#: a capitalized word (a name, perhaps of someone else) that is not a month or weekday
_CAPITALIZED = re.compile(r"\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                          r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]+")
_NOT_A_NAME = NOT_NAME | frozenset(("born", "at", "aged"))
#: the most words between a name and the fact it owns ("Reyes, 19, born", "Reyes, who was born")
OWNER_WORDS = 3


def _owner_between(an, a: int, at: int) -> bool:
    """Whether a capitalized name (not read as a person) stands right before the fact at
    ``at``, within ``OWNER_WORDS`` words: the fact is more likely that name's."""
    words = [w.text for w in an.words_in(a, at)][-OWNER_WORDS - 2:]
    return any(_CAPITALIZED.fullmatch(w) and w.lower() not in _NOT_A_NAME
               and words[k - 1].lower() not in _FUNCTION_WORDS  # "in Aldermoor": a place
               for k, w in enumerate(words) if k > 0)


_QUOTE_MARKS = re.compile(r"[“”\"«»]")
#: the most words between "died" and its date, and between "turns 60" and its time
DEATH_DATE_WORDS = 3
TURNS_DATE_WORDS = 2
#: how far (in paragraphs) a description or pronoun reaches back for its person
REACH_PARAGRAPHS = 3


def bind(article: Article, people: list[Claim], claims_so_far: list[Claim]) -> None:
    text = article.text
    an = analyse(article)

    def sentence_of(offset: int) -> tuple[int, int]:
        s = an.sentence_at(offset)
        return s.start, s.end

    people = sorted(people, key=lambda p: p.start)
    for p in people:
        p.attrs["ages"], p.attrs["births"] = [], []
    if not people:
        return
    times = {c.id: c for c in claims_so_far if c.kind == "time"}
    events = [c for c in claims_so_far if c.kind == "event"]
    births = [e for e in events if e.attrs.get("lemma") == "bear"]
    deaths = [e for e in events if e.attrs.get("lemma") == "die"]
    birth_times = {e.attrs.get("time") for e in births}
    taken: set[int] = set()
    # a surname alone refers back to someone already named in full: facts told of a mention
    # before the person's full name (a headline's surname, a namesake) are not bound to them
    introduced: dict[str, int] = {}
    for p in people:
        if p.attrs.get("full") and p.attrs.get("entity"):
            introduced.setdefault(p.attrs["entity"], p.start)
    people = [p for p in people if p.attrs.get("entity") and introduced.get(p.attrs["entity"], 1 << 60) <= p.start]
    if not people:
        return

    def add_age(p: Claim | None, m: re.Match, at: str, time: str | None):
        g = next(i for i in range(1, (m.re.groups or 0) + 1) if m.group(i))
        if p is None or m.start(g) in taken:
            return
        taken.add(m.start(g))
        p.attrs["ages"].append({"value": int(m.group(g)), "start": m.start(g), "end": m.end(g), "at": at, "time": time})

    # ages in apposition: today's, unless the sentence tells the person's death
    for p in people:
        m = _APPOSED.match(text, p.end)
        if m:
            add_age(p, m, "published", None)
        m = _YEAR_OLD_BEFORE.search(text, an.sentence_at(p.start).start, p.start)
        if m:
            add_age(p, m, "published", None)
    # a headline's age: the person its story is about ("Teen, 17, ..." / "Ek, 49, ...")
    head = headline_span(article)
    if head is not None:
        for m in _APPOSED.finditer(text, head[0], head[1]):
            add_age(_headline_person(an, people, head, m.start()), m, "published", None)
    # deaths: "died on Tuesday at the age of 87"
    for d in deaths:
        t = times.get(d.attrs.get("time"))
        if t is None or t.timex is None or t.timex.earliest is None:
            continue
        if not d.end <= t.start or an.words_between(d.end, t.start) > DEATH_DATE_WORDS:
            continue  # "died on Tuesday": the date of the death follows it closely
        a, b = d.attrs.get("sentence") or sentence_of(d.start)
        subject = _subject_of(an, people, a, d.start)
        for m in _AT_DEATH.finditer(text, d.end, b):
            add_age(subject, m, "death", t.id)
    # "turns 60 next month": the time right after
    for m in _TURNS.finditer(text):
        a, b = sentence_of(m.start())
        t = next((t for t in times.values() if m.end() <= t.start and t.end <= b
                  and an.words_between(m.end(), t.start) <= TURNS_DATE_WORDS and an.same_sentence(m.end(), t.start)
                  and t.timex is not None and t.timex.earliest is not None), None)
        if t is not None:
            add_age(_subject_of(an, people, a, m.start()), m, "turns", t.id)
    # "The 49-year-old": the person last mentioned
    for m in _THE_YEAR_OLD.finditer(text):
        add_age(_last_before(an, people, m.start()), m, "published", None)
    # an age at the dated event of its sentence
    for m in _AT_EVENT.finditer(text):
        if m.start() in taken or any(m.start(g) in taken for g in range(1, 4) if m.group(g)):
            continue
        a, b = sentence_of(m.start())
        dated = [t for t in times.values() if a <= t.start < b and t.id not in birth_times and t.timex is not None
                 and t.timex.type == "DATE" and t.timex.resolution == "absolute" and t.timex.earliest is not None]
        if len(dated) != 1 or any(a <= d.start < b for d in deaths):
            continue
        add_age(_subject_of(an, people, a, m.start()), m, "time", dated[0].id)
    # births
    for e in births:
        t = times.get(e.attrs.get("time"))
        if t is None or t.timex is None or t.timex.resolution != "absolute" or t.timex.earliest is None:
            continue
        a, b = e.attrs.get("sentence") or sentence_of(e.start)
        if not text[a:e.start].strip():  # "Born in 1983 in Oberau, Ek joined ..."
            after = [p for p in people if t.end <= p.start < b]
            p = after[0] if after else _subject_of(an, people, a, e.start)
        else:
            p = _subject_of(an, people, a, e.start)
        if p is not None:
            p.attrs["births"].append({"event": e.id, "time": t.id, "start": e.start, "end": t.end})


def _headline_person(an, people: list[Claim], head: tuple[int, int], at: int) -> Claim | None:
    """Who an age in the headline ending at ``head[1]`` is told of, the word before it read at
    ``at``: a surname ("Ek, 49, ...") is the one person of the story with that surname, named
    in full; a word for a person ("Teen, 17, ...", ``headline_people``) is the person whose
    full name opens the story's first sentence (after a dateline ending in a dash: "OSLO —
    Jonas Ek rowed ..."), its subject; not someone named later in it ("Police said Jonas Ek
    ...")."""
    before = an.words_before(at, 1)
    if not before:
        return None
    word = before[-1].text.casefold()
    body = [p for p in people if p.start >= head[1]]
    if word in HEADLINE_PEOPLE:
        first = an.token_index(head[1])
        if not body or first >= len(an.tokens) or not body[0].attrs.get("full"):
            return None
        lede = an.sentence_at(an.tokens[first].start)
        opening = an.tokens_in(lede.start, body[0].start)
        dash = max((k for k, t in enumerate(opening) if t.text in _DATELINE_DASHES), default=-1)
        return body[0] if lede.start <= body[0].start < lede.end and not any(
            t.is_word for t in opening[dash + 1:]) else None
    if not before[-1].text[:1].isupper():
        return None
    owners = {p.attrs["entity"]: p for p in reversed(body) if p.attrs.get("full") and p.attrs["surname"].casefold() == word}
    return next(iter(owners.values())) if len(owners) == 1 else None


def _before(people: list[Claim], a: int, at: int) -> Claim | None:
    """The person mentioned last in [a, at)."""
    inside = [p for p in people if a <= p.start and p.end <= at]
    return inside[-1] if inside else None


def _subject_of(an, people: list[Claim], a: int, at: int) -> Claim | None:
    """Who a fact told at ``at`` in the sentence starting at ``a`` is about: the person last
    named before it in the sentence, with no other name between; else, when the fact opens
    the sentence, the first person named after it ("Born in 1983, Ek joined"); else, when the
    sentence speaks of someone by a pronoun ("At 19, she ...") and names no one before the
    fact, the person last mentioned before. None when a name the extractor did not read
    as a person stands in the way (it may be that person's fact)."""
    text = an.text
    p = _before(people, a, at)
    if p is not None:
        return None if _owner_between(an, p.end, at) else p
    if any(w.text[:1].isupper() and w.text.lower() not in _NOT_A_NAME and _CAPITALIZED.fullmatch(w.text)
           for w in an.words_in(a, at)):
        return None
    b = an.sentence_at(at).end
    if not text[a:at].strip():
        after = [p for p in people if at <= p.start < b]
        if after:
            return after[0]
    if _PRONOUN.search(text, a, b):
        return _last_before(an, people, a)
    return None


def _last_before(an, people: list[Claim], at: int) -> Claim | None:
    """The person a pronoun or description at ``at`` stands for: the last person mentioned
    before it as the subject of a sentence (the first person its sentence names: "Okafor, a
    lawyer, defeated the deputy mayor, Jo Price." makes Okafor the one "she" goes on with;
    the speaker tagged after a quotation is not one), within this paragraph or the ones
    before (``REACH_PARAGRAPHS``)."""
    here = an.sentence_at(at).paragraph
    for k in range(len(people) - 1, -1, -1):
        p = people[k]
        if p.end > at:
            continue
        sentence = an.sentence_at(p.start)
        if here - sentence.paragraph > REACH_PARAGRAPHS:
            return None
        if any(sentence.start <= q.start < p.start for q in people[:k]):
            continue
        if _QUOTE_MARKS.search(an.text, sentence.start, p.start):
            continue  # the speaker of a quotation is not who the story goes on about
        return p
    return None
