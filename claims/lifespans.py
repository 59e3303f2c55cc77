"""Ages and births told of people: each bound to the person claim it is told of.

    bind(article, people, claims_so_far) -> None   (adds ``ages`` and ``births`` to person attrs)

Facts about one person are written across sentences ("Jonas Ek, 49, ..." in the lede, "Born
in 1983, Ek joined ..." three paragraphs later), so each is bound to a person mention, and the
mentions of one person share an ``entity`` (claims.people): a rule asks "every age and every
birth told of this person".

An age is bound to (the ways news copy writes one):

- the mention it stands in apposition to: "Ek, 49," / "Ek, aged 49," / "Ek, now 49," (as the
  clause reader, claims/language/clauses.py, reads the sentence's appositions) / "Ek, the
  49-year-old pilot who ..." / "49-year-old Jonas Ek" / "Ek (49) signed";
- the person last mentioned before it (co-reference of a description or a pronoun): "The
  49-year-old ...", "She ... in 2010, aged 22", "At 19, she ... in 2008", "he was 21 when
  ... in 2011"; or, for "the 49-year-old" told of no one else nearby, the story's one person
  whose age or birth is told by name (``sole``: "the 49-year-old said", and, when that person
  is the first the story names, "the 49-year-old striker", a description by a title's word or
  by lexicon ages.described_nouns);
- the subject of a death in its sentence: "Ek ... died at home on Friday, aged 87", "Ek has
  died at home in Oslo, aged 87" (a death told as news), or in the sentence after: "... has
  died. She was 87.";
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
pronoun ("She was born in 1983"), to the person last mentioned before the sentence, or, for a
description opening the sentence in apposition to "born" ("The Oberau forward, born in 1983,
..."), to the person "the 49-year-old striker" would be (``bound`` sole).

Person attrs added:

    ages     [{value, start, end, at, time, bound}]   time: id of the time claim, or None
             (published); bound: how the age was tied to the person, ``name`` (a mention of
             them in the age's own sentence: "Ek, 49,", "49-year-old Jonas Ek", "Ek ... died
             ... at the age of 87"), ``pronoun`` (a subject pronoun of a sentence that names no
             one, right after a sentence of its paragraph that names the person and no one
             else: "Ek, 31, swims. At 19, she won ...") or ``reading`` (another pronoun, "the
             49-year-old", a headline's word for a person: reached from further); ``bare``
             (True only when set): "the 49-year-old" with no noun of its own after it ("the
             49-year-old had ...", "the 49-year-old, who"), which stands for someone already
             named, where "the 84-year-old tourist" may name a new person; ``unknown_noun``
             (True only when set): "the 49-year-old ..." read from further whose noun, the head
             of its phrase as the clause reader reads it, is no word for a person the lexicons
             know ("the 60-year-old bridge"): maybe a thing's age, held against a birth only as info
    births   [{event, time, start, end, bound}]   the birth event and its time claim; bound
             (only when set): ``sole``, told of a description read as the story's one aged person.
             A birth told by an owned noun ("Ek's date of birth", "her year of birth": lexicon
             ages.birth_nouns) is the possessor's, and no one's when the possessor is no person
             read ("the accused's date of birth"), never the sentence subject's.
"""

from __future__ import annotations

import bisect
import re

from claims.events import verb_lemma
from claims.language import analyse
from claims.language.layout import HEADLINE
from claims.language.numbers import parse_number
from claims.language.tokens import WORD
from claims.language.vocabulary import CLASSES
from claims.lexicon import load
from claims.model import Article, Claim
from claims.names import HONORIFICS
from claims.quantities import headline_span
from claims.text import first_letters

__all__ = ["AGE_NUMBER", "DECADES", "DECADE_PARTS", "age_value", "bind", "birth_possessor", "first_person_ages"]

_PEOPLE = load("people")
_LEX = _PEOPLE["ages"]
#: capitalized words that are no one's name (the same list claims.people reads)
_FUNCTION_WORDS = frozenset(_PEOPLE["function_words"])
NOT_NAME = frozenset(_PEOPLE["not_name"]) | _FUNCTION_WORDS
#: verbs of speech (lexicons/people.json ``speech_verbs``): a time in their sentence may date the saying
_SPEECH_VERBS = frozenset(_PEOPLE["speech_verbs"])
#: what ends a dateline before the story's first words ("OSLO — Jonas Ek rowed ...")
_DATELINE_DASHES = frozenset(("—", "–", "-"))
#: words a headline puts for the person its story is about ("Teen, 17, rows the Atlantic")
HEADLINE_PEOPLE = frozenset(_LEX["headline_people"])


def _words(key: str) -> str:
    return "(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(_LEX[key], key=len, reverse=True)) + ")"


#: the number words an age may be written in ("Sixty-two-year-old", "aged forty", "turned
#: thirty"): two to ninety-nine, from lexicons/temporal.json ``number_words`` ("one" left out: it
#: is a pronoun or a determiner far more often than an age; it still ends "twenty-one")
_NUMBER_WORDS = {w: parse_number(w) for w in load("temporal")["number_words"]}
_UNITS = sorted((w for w, v in _NUMBER_WORDS.items() if v is not None and 2 <= v < 10), key=len, reverse=True)
_TEENS = sorted((w for w, v in _NUMBER_WORDS.items() if v is not None and 10 <= v < 20), key=len, reverse=True)
_TENS = sorted((w for w, v in _NUMBER_WORDS.items() if v is not None and 20 <= v < 100 and v % 10 == 0),
               key=len, reverse=True)
AGE_WORDS = (rf"(?i:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_UNITS)}|one))?(?!\w)"
             rf"|(?:{'|'.join(_TEENS + _UNITS)})(?!\w))")
#: an age: digits, or number words (AGE_WORDS), as one group
AGE_NUMBER = rf"(\d{{1,3}}|{AGE_WORDS})"
_N = AGE_NUMBER
#: an age in digits only: "at 7," may be a clock time; "at seven," more often is
_N_DIGITS = r"(\d{1,3})"


def age_value(written: str) -> int:
    """The value of an age as written, in digits or in words ("62", "sixty-two")."""
    return int(written) if written.isdigit() else int(parse_number(written))


def _firsts(*keys: str, caseless: bool = False) -> str:
    """The first letters of the lexicon phrases of ``keys`` (in both cases with ``caseless``),
    for a look-ahead that opens a pattern searched through a whole text: the search then skips
    every character no match can start with, instead of trying the pattern there."""
    chars = {p[0] for key in keys for p in _LEX[key]}
    if caseless:
        chars = {c.lower() for c in chars} | {c.upper() for c in chars}
    return "".join(sorted(chars))


#: the most characters of a bracketed affiliation between a name and its apposed age ("Ana Ek
#: (Ind), 58,", "Ana Ek (D-Ohio), 58,"; no digits: "(2019), 45," is no affiliation)
AFFILIATION_CHARS = 24
#: right after a name, the shapes of an age the clause reader does not read as an apposition
#: (``_apposed_ages`` reads ", 49," / ", aged 49," / ", now 49," / " (Ind), 49,"): ", the
#: 49-year-old" (an age inside a description) and " (49)," (a court report's way, before "of" or
#: a verb: lexicon ages.bracket_age_next, or any word ending in -ed)
_APPOSED = re.compile(rf",\s+(?:the|a)\s+{_N}-year-old\b"
                      rf"|\s+\({_N}\)(?=,|\s+(?:{_words('bracket_age_next')}|[a-z]+ed)\b)")
_AGE_ALONE = re.compile(AGE_NUMBER)
#: right before a name: "49-year-old Jonas Ek" (searched from the sentence start to the name)
_YEAR_OLD_BEFORE = re.compile(rf"\b{_N}-year-old\s+$")
#: a description standing for the person: "The 49-year-old"
#: (the word boundary before "The" is read after its first letter, ``[Tt](?<!\w.)``: a pattern
#: that opens with a letter is searched for that letter, one that opens with ``\b`` is tried at
#: every position of the text; the same matches, about three times faster)
_THE_YEAR_OLD = re.compile(rf"[Tt](?<!\w.)he\s+{_N}-year-old\b")
#: the word right after a bare "the 49-year-old" that shows it stands for someone already named
_BARE_NEXT = re.compile(r"\s*(?:,|(?i:" + "|".join(re.escape(w) for w in _LEX["bare_year_old_next"] if w != ",") + r")\b)")
#: an age at the time of the sentence's dated event: "aged 22", "Aged 22,", "at 19,", "at the
#: age of 19", "was 21 when", "was only 21 in", "was 21 at the time of" (lexicon ages.age_time_links),
#: "when she was 21", "as a 21-year-old"
_AT_EVENT = re.compile(rf"(?:\b(?i:{_words('aged')}|{_words('at_the_age_of')})\s+{_N}\b|\b[Aa]t\s+{_N_DIGITS},"
                       rf"|\b{_words('past_copulas')}\s+(?:{_words('age_adverbs')}\s+)?{_N}\s+{_words('age_time_links')}\b"
                       rf"|\bwhen\s+(?:he|she)\s+{_words('past_copulas')}\s+{_N}\b|\b[Aa]s\s+an?\s+{_N}-year-old\b)")
#: an age told as a span of years (lexicon ages.decades): "in her sixties", "in his late 40s";
#: the possessive names whose (``pos``); an early/mid/late part is read as the whole span
DECADES: dict[str, int] = _LEX["decades"]
DECADE_PARTS = frozenset(_LEX["decade_parts"])
_DECADE = (rf"\b[Ii]n\s+(?P<pos>his|her|their)\s+(?:(?:{'|'.join(map(re.escape, _LEX['decade_parts']))})[- ]?)?"
           rf"(?P<decade>{'|'.join(sorted(map(re.escape, DECADES), key=len, reverse=True))})(?!\w)")
#: "Ek is in her sixties", "she is now in her sixties": today's span, of the subject before it
_IS_DECADE = re.compile(rf"\b{_words('copulas')}\s+(?:{_words('now')}\s+)?{_DECADE}")
#: "Ek, in her sixties," / "Ek, now in her sixties,": in apposition right after the name
_APPOSED_DECADE = re.compile(rf",\s+(?:{_words('now')}\s+)?{_DECADE}\s*[,;.]")


def decade_span(first: int) -> int:
    """How many years an age told as a span starting at ``first`` covers: ten ("in her
    sixties": 60 to 69), the teens seven (13 to 19)."""
    return 10 - first % 10 if first % 10 else 10


#: an age at death: "at the age of 87", "aged 87"
_AT_DEATH = re.compile(rf"\b(?:{_words('at_the_age_of')}|{_words('aged')})\s+{_N}\b")
#: in a dated death's clause, a bare "at 79" ending its clause or followed by what a death's
#: age is (lexicon ages.bare_at_next: "died Monday at 79 after a short illness"; not "at 4 p.m.",
#: "at 10 Downing Street"): the age at that death
_AT_DEATH_BARE = re.compile(rf"\b[Aa]t\s+{_N_DIGITS}(?=\s*[.,;]|\s+(?:{_words('bare_at_next')})\b)")
#: a death told as news, in the present perfect or a headline's present: "has died aged 86",
#: "dies aged 86" (or "at the age of" before the age); searched through the whole text, behind a
#: look-ahead for its first letters (the same matches, a third sooner)
_HAS_DIED = re.compile(r"(?=[hd])\b(?:ha(?:s|ve)\s+died|dies)\b")
def _headline_line(text: str, at: int) -> bool:
    """Whether the sentence holding ``at`` is a headline, whose present tells what happened
    ("Choir founder dies aged 81"): the language layer's layout (claims/language/layout.py)."""
    an = analyse(text)
    return an.line(an.sentence_at(at)).kind == HEADLINE


#: the most words between "has died" and the age told with it in its sentence ("has died in a
#: hospice near Oslo, aged 81")
HAS_DIED_AGE_WORDS = 8


def _news_death(text: str, m: re.Match) -> bool:
    """Whether the match of ``_HAS_DIED`` tells a death as news: "has died" anywhere, "dies"
    only in a headline ("when a farmer dies aged 50" tells no one's death)."""
    return m.group() != "dies" or _headline_line(text, m.start())


def _age_at_news_death(an, text: str, m: re.Match, b: int) -> re.Match | None:
    """The age told with the death of ``m`` (a match of ``_HAS_DIED``) in its sentence ending
    at ``b``, within HAS_DIED_AGE_WORDS words of the verb ("has died in a hospice near Oslo,
    aged 81"), or None."""
    age = _AT_DEATH.search(text, m.end(), b)
    return age if age is not None and an.words_between(m.end(), age.start()) <= HAS_DIED_AGE_WORDS else None


def death_age(an, text: str, a: int, b: int) -> int | None:
    """The age of a death told as news in ``text[a:b]`` ("has died aged 89", "has died at home,
    aged 89": within HAS_DIED_AGE_WORDS words), or None; read as ``bind`` reads it."""
    for m in _HAS_DIED.finditer(text, a, b):
        age = _age_at_news_death(an, text, m, b) if _news_death(text, m) else None
        if age is not None:
            return age_value(age.group(1))
    return None


#: reaching an age within a time: "turns 60", "will turn 60", "celebrated her 25th birthday"
_TURNS = re.compile(rf"(?=[{_firsts('turns')}{_firsts('reaching', caseless=True)}\d])"
                    rf"(?:\b(?:{_words('turns')})\s+{_N}\b|\b{_N_DIGITS}(?:st|nd|rd|th)\s+birthday\b"
                    rf"|\b(?i:{_words('reaching')})\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}age\s+of\s+{_N}\b)")
_PRONOUN = re.compile(rf"\b(?:{_words('pronouns')})\b", re.IGNORECASE)
#: an age told in the present tense is today's: "At 58, she is ..." (the subject follows),
#: "she is 58." / "Ek is 58 years old" / "Ek is 58 and runs ..." (the subject stands right
#: before the verb; not "is 58 and 59": a number after "and" makes the 58 no age)
_AT_NOW = re.compile(rf"[Aa](?<!\w.)t\s+{_N_DIGITS},\s+")  # the boundary read as in _THE_YEAR_OLD
#: "Now 58, she runs ...": the opening word itself tells that the age is today's, whatever the verb
_NOW_AGE = re.compile(rf"(?=[{_firsts('now', caseless=True)}])(?i:\b{_words('now')})\s+{_N},\s+")
_PRESENT_VERB = re.compile(rf"\s*(?:{_words('age_adverbs')}\s+)?{_words('present')}\b")  # "Ek still has"
#: "He was 88." / "Ek was 88.": a sentence that only tells an age in the past tense
_WAS_AGE = re.compile(rf"(?P<who>[^\W\d_][\w'’-]*)\s+{_words('past_copulas')}\s+{_N}\s*\.")
_PAST_COPULAS = frozenset(_LEX["past_copulas"])
#: what ends the clause of "was 15 when ..." before a date that is then another clause's
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]")
_AND = re.compile(r"\band\b")
_IS_AGE = re.compile(rf"(?=[{_firsts('copulas')}])\b{_words('copulas')}\s+{_N}(?=\s*[,;.]|\s+years?\s+old\b|\s+and\s+(?!\d))")

_GENDERS = _PEOPLE["genders"]
#: the sex a pronoun, an honorific or a relation noun ("his wife, Jane Doe") tells of a person
PRONOUN_GENDER: dict[str, str] = _GENDERS["pronouns"]
HONORIFIC_GENDER: dict[str, str] = _GENDERS["honorifics"]
RELATION_GENDER: dict[str, str] = _GENDERS["relations"]
_GENDERED = re.compile(first_letters(PRONOUN_GENDER) + r"\b(?:" + "|".join(map(re.escape, PRONOUN_GENDER)) + r")\b",
                       re.IGNORECASE)
#: The possessives of a third person ("his wife", "their son"): what opens a relation noun
#: (claims.language.vocabulary, class third_person_possessive).
THIRD_PERSON_POSSESSIVES = CLASSES["third_person_possessive"]
#: the subject pronouns a person is told of by (claims.language.vocabulary, class
#: personal_subject; claims.coreference and the duration rule read this one set)
SUBJECT_PRONOUNS = CLASSES["personal_subject"]
#: "her mentor", "his wife": a person named by their tie to the pronoun's person
RELATIVES = frozenset(_PEOPLE["relatives"]) | frozenset(RELATION_GENDER)

#: a capitalized word (a name, perhaps of someone else) that is not a month or weekday
_CAPITALIZED = re.compile(r"\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                          r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]+")
_NOT_A_NAME = NOT_NAME | frozenset(("born", "at", "aged"))
#: the most words between a name and the fact it owns ("Reyes, 19, born", "Reyes, who was born")
OWNER_WORDS = 3


def _owner_between(an, a: int, at: int) -> bool:
    """Whether a capitalized name (not read as a person) stands right before the fact at
    ``at``, within ``OWNER_WORDS`` words: the fact is more likely that name's. A capitalized
    run after a function word ("in Aldermoor", "served in the National Assembly") is a
    place or a body, whichever of its words stands in the window."""
    words = [w.text for w in an.words_in(a, at)]
    for k in range(max(1, len(words) - OWNER_WORDS - 1), len(words)):
        if not _CAPITALIZED.fullmatch(words[k]) or words[k].lower() in _NOT_A_NAME:
            continue
        run = k  # the first word of the capitalized run the word ends: "the National Assembly"
        while run > 0 and _CAPITALIZED.fullmatch(words[run - 1]):
            run -= 1
        if run == 0 or words[run - 1].lower() not in _FUNCTION_WORDS:
            return True  # "in Aldermoor", "the National Assembly": a place or a body, no one's name
    return False


_QUOTE_MARKS = re.compile(r"[“”\"«»]")
#: the most words between "died" and its date, and between "turns 60" and its time
DEATH_DATE_WORDS = 3
#: further, with no clause break between: "died quietly at a care home on Sunday"
DEATH_CLAUSE_WORDS = 7
TURNS_DATE_WORDS = 2
#: the most words between an age reached ("her 100th birthday", "on reaching the retirement age
#: of 70") and a date of its own clause that is not right after it ("celebrated her 100th
#: birthday at the home on Sunday", "stepped down in May on reaching the age of 70"): the age is
#: reached about then (``loose``: a party or a retirement may fall a little off the birthday)
REACHED_CLAUSE_WORDS = 8
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
    genders = _genders(an, people)

    def add_age(p: Claim | None, m: re.Match, at: str, time: str | None, bound: str | None = None,
                bare: bool = False, loose: bool = False, unknown_noun: bool = False):
        g = next(i for i in range(1, (m.re.groups or 0) + 1) if m.group(i) and i not in m.re.groupindex.values())
        add_age_at(p, m.start(g), m.end(g), at, time, bound, bare, loose, unknown_noun)

    def add_age_at(p: Claim | None, start: int, end: int, at: str, time: str | None, bound: str | None = None,
                   bare: bool = False, loose: bool = False, unknown_noun: bool = False, decade: int | None = None):
        if p is None or start in taken:
            return
        taken.add(start)
        if bound is None:  # named in the age's own sentence, a close pronoun, or reached from further
            bound = "name" if an.same_sentence(p.start, start) else \
                "pronoun" if _close_pronoun(an, people, p, start) else "reading"
        value = decade if decade is not None else age_value(text[start:end])
        if decade is not None:
            p.attrs["ages"].append({"value": value, "span": decade_span(decade), "start": start, "end": end,
                                    "at": at, "time": time, "bound": bound})
            return
        p.attrs["ages"].append({"value": value, "start": start, "end": end, "at": at, "time": time,
                                "bound": bound, **({"bare": True} if bare else {}),
                                **({"loose": True} if loose else {}),
                                **({"unknown_noun": True} if unknown_noun else {})})

    # ages in apposition: today's, unless the sentence tells the person's death
    for p in people:
        age = _apposed_age(an, text, p)
        m = None if age is not None else _APPOSED.match(text, p.end)
        if age is not None:
            add_age_at(p, *age, "published", None)
        elif m:
            add_age(p, m, "published", None)
        # (searched only when the words before the name end on "-year-old": the end-anchored
        # search tries every position from the sentence's start)
        # ("the 30-year-old Porto midfielder Ana Ek": the age before the title written with the name)
        opens, head = an.sentence_at(p.start).start, _title_start(p)
        m = _YEAR_OLD_BEFORE.search(text, opens, head) if text[opens:head].rstrip().endswith("-year-old") else None
        if m:
            add_age(p, m, "published", None)
    # a headline's age: the person its story is about ("Teen, 17, ..." / "Ek, 49, ...")
    head = headline_span(article)
    if head is not None:
        found = [(name_end, *age) for s in an.sentences if head[0] <= s.start < head[1]
                 for name_end, *age in _ages_in_apposition(an, text, s)]
        found += [(m.start(), m) for m in _APPOSED.finditer(text, head[0], head[1])]
        for at, *age in sorted(found, key=lambda f: f[0]):
            person = _headline_person(an, people, head, at)
            told = len(person.attrs["ages"]) if person is not None else 0
            if len(age) == 1:
                add_age(person, age[0], "published", None, "reading")
            else:
                add_age_at(person, *age, "published", None, "reading")
            if person is not None and len(person.attrs["ages"]) > told:
                person.attrs["ages"][-1]["headline"] = True  # told of the one the story is about
    # a lede that describes before it names: "A 19-year-old man has been charged ... Ek, of
    # Leeds, was arrested": the age is today's, of the person the story names next
    lede = _lede_age(article, an, people, head, genders)
    if lede is not None:
        add_age(*lede)
        if lede[-1] == "reading" and lede[0].attrs["ages"] and lede[0].attrs["ages"][-1]["start"] == lede[1].start(1):
            lede[0].attrs["ages"][-1]["doubt"] = True
    # deaths: "died at home on Friday, aged 87"
    for d in deaths:
        t = times.get(d.attrs.get("time"))
        if t is None or t.timex is None or t.timex.earliest is None:
            continue
        if not d.end <= t.start or an.words_between(d.end, t.start) > DEATH_DATE_WORDS and (
                an.words_between(d.end, t.start) > DEATH_CLAUSE_WORDS or _CLAUSE_BREAK.search(text, d.end, t.start)):
            # "died on Tuesday", "died at a care home on Tuesday": the date of the death
            # follows it closely, or in its own clause
            continue
        a, b = d.attrs.get("sentence") or sentence_of(d.start)
        subject = _subject_of(an, people, a, d.start, genders)
        for m in [*_AT_DEATH.finditer(text, d.end, b), *_AT_DEATH_BARE.finditer(text, d.end, b)]:
            add_age(subject, m, "death", t.id)
        # "... died on Tuesday. He was 88.": the age in the past tense that follows the death
        was = _age_after_death(an, people, genders, subject, d.start, b)
        if was is not None:
            add_age(subject, was[0], "death", t.id, was[1])
    # "Ek, who has died aged 86, ...", "Ek has died in a hospice near Oslo, aged 81", "Ek has died.
    # She was 81.", a headline's "Ek dies aged 81": a death told as news, within the year before publication
    for m in _HAS_DIED.finditer(text):
        if not _news_death(text, m):
            continue  # "when a farmer dies aged 50": the present tells news only in a headline
        a, b = sentence_of(m.start())
        subject = _subject_of(an, people, a, m.start(), genders) or _opening_subject(an, people, a, m.start())
        age = _age_at_news_death(an, text, m, b)
        if age is not None:
            add_age(subject, age, "recent_death", None)
            continue
        was = _age_after_death(an, people, genders, subject, m.start(), b)
        if was is not None:
            add_age(subject, was[0], "recent_death", None, was[1])
    # "turns 60 next month": the time right after
    for m in _TURNS.finditer(text):
        a, b = sentence_of(m.start())
        t, loose = _reached_time(an, text, times, birth_times, m, a, b)
        if t is not None:
            add_age(_subject_of(an, people, a, m.start(), genders), m, "turns", t.id, loose=loose)
    # an age at the dated event of its sentence
    for m in _AT_EVENT.finditer(text):
        if m.start() in taken or any(m.start(g) in taken for g in range(1, (m.re.groups or 0) + 1) if m.group(g)):
            continue
        a, b = sentence_of(m.start())
        a = article.story_start(a, b)  # "OSLO, 3 May 2025 — At 71, Ana Ek ...": the story's words
        # a time read from the publication date ("in Sunday's marathon", "at this year's show") is
        # the event's only after a fronted "At 71," in a sentence that tells no speech ("he said
        # on Tuesday" dates the saying)
        told_now = re.fullmatch(rf"[Aa]t\s+{_N_DIGITS},", m.group()) is not None \
            and _SPEECH_VERBS.isdisjoint(w.lower for w in an.words_in(a, b))
        dated = [t for t in times.values() if a <= t.start < b and t.id not in birth_times and t.timex is not None
                 and t.timex.type == "DATE" and t.timex.earliest is not None
                 and (t.timex.resolution == "absolute" or told_now and t.timex.resolution == "dct"
                      and t.timex.value != "PRESENT_REF")]
        by_event = None
        if not dated and not any(a <= d.start < b for d in deaths):
            by_event = _event_told_before(an, people, events, times, genders, m, a)
            dated = [times[by_event[0].attrs["time"]]] if by_event is not None else []
        if len(dated) != 1 or any(a <= d.start < b for d in deaths):
            continue
        if m.group().split()[0].lower() in _PAST_COPULAS | {"when"} and dated[0].start > m.end() \
                and (_CLAUSE_BREAK.search(text, m.end(), dated[0].start) or _AND.search(text, m.end(), dated[0].start)):
            # "was only 15 when he started at the club, later renamed ..., in 1949", "when she was
            # 18 and opened a clinic in 1975": another clause's date
            continue
        if _age_of_its_clause(an, text, m, a) and not _in_clause_before(text, dated[0], m):
            # "After leaving school at 16, she worked in a bakery until moving in 1980": the
            # age is the leaving's, the date another clause's
            continue
        subject = _subject_of(an, people, a, m.start(), genders)
        if by_event is not None and (subject is None or subject.attrs["entity"] != by_event[1]):
            continue
        if _another_sex(an, genders, subject, m, a):
            continue  # "She lost a son in 2017, when he was 2": the son's age
        add_age(subject, m, "time", dated[0].id)
        if by_event is not None and subject.attrs["ages"] and subject.attrs["ages"][-1]["start"] == m.start(
                next(g for g in range(1, (m.re.groups or 0) + 1) if m.group(g))):
            subject.attrs["ages"][-1]["event"] = by_event[0].id
    # an age told in the present tense: today's ("At 58, she is ...", "she is 58.")
    for m in _AT_NOW.finditer(text):
        add_age(_present_subject(an, people, m.start(), m.end(), genders), m, "published", None)
    for m in _NOW_AGE.finditer(text):
        add_age(_present_subject(an, people, m.start(), m.end(), genders, verb=False), m, "published", None)
    for m in _IS_AGE.finditer(text):
        add_age(_subject_before(an, people, m.start(), genders), m, "published", None)
    # an age told as a span of years, today's: "Ek is in her sixties", "Ek, in her sixties,"
    for m in _IS_DECADE.finditer(text):
        p = _subject_before(an, people, m.start(), genders)
        if p is not None and _owner_of_sex(genders, p, m.group("pos")):
            add_age_at(p, m.start("pos") - 3, m.end(), "published", None, decade=DECADES[m.group("decade").lower()])
    for p in people:
        m = _APPOSED_DECADE.match(text, p.end)
        if m is not None and _owner_of_sex(genders, p, m.group("pos")):
            add_age_at(p, m.start("pos") - 3, m.end("decade"), "published", None,
                       decade=DECADES[m.group("decade").lower()])
    # births
    described = []  # births told of a description opening their sentence: "The Leeds forward, born in 1992,"
    for e in births:
        t = times.get(e.attrs.get("time"))
        if t is None or t.timex is None or t.timex.resolution != "absolute" or t.timex.earliest is None:
            continue
        a, b = e.attrs.get("sentence") or sentence_of(e.start)
        owned, p = _birth_owner(an, people, e, genders)
        if owned:  # "confirmed Ek's date of birth as ...": the possessor's, maybe no one read as a person
            if p is not None:
                p.attrs["births"].append({"event": e.id, "time": t.id, "start": e.start, "end": t.end})
            continue
        if not text[a:e.start].strip():  # "Born in 1983 in Oberau, Ek joined ..."
            after = [p for p in people if t.end <= p.start < b]
            p = after[0] if after else _subject_of(an, people, a, e.start, genders)
        else:
            p = _subject_of(an, people, a, e.start, genders)
        if p is not None:
            p.attrs["births"].append({"event": e.id, "time": t.id, "start": e.start, "end": t.end})
        elif (d := _DESCRIPTION_BORN.fullmatch(text, a, e.start)) is not None:
            described.append((e, t, d))
    # "The Thomastown forward, born on 2 October 1992, ...": a description in apposition to the
    # birth stands for the story's one aged person (``_described``)
    sole_context = _Sole(an, people, head)
    for e, t, d in described:
        p = _described(an, people, d.start("noun"), d.group("noun"), sole_context)
        if p is not None:
            p.attrs["births"].append({"event": e.id, "time": t.id, "start": e.start, "end": t.end, "bound": "sole"})
    # "The 49-year-old": the one person of the story whose age or birth is told by name, when
    # the story describes no one else it leaves unnamed (``_sole_told``); else the person last
    # mentioned, not one named before it in its own stretch of words ("Judge Ek told the
    # 49-year-old": the subject is another person than its object)
    for m in _THE_YEAR_OLD.finditer(text):
        s = an.sentence_at(m.start())
        bare = _BARE_NEXT.match(text, m.end()) is not None
        verb_next = bare or _VERB_NEXT.match(text, m.end()) is not None
        sole = _sole_told(an, people, m.start(), verb_next, sole=sole_context)
        noun = None if verb_next else _noun_next(an, m.end())
        if sole is None and noun is not None:  # "the 26-year-old striker"
            sole = _described(an, people, m.start(), noun, sole_context)
        if sole is not None:
            add_age(sole, m, "published", None, "sole", bare=bare)
            continue
        inside = people[bisect.bisect_left(people, s.start, key=_start):bisect.bisect_left(people, m.start(), key=_start)]
        subjects = {p.attrs["entity"] for p in inside if p.end <= m.start()
                    and not any(not t.is_word for t in an.tokens_in(p.end, m.start()))}
        add_age(_last_before(an, people, m.start(), exclude=subjects), m, "published", None, "reading", bare=bare,
                # "crossed the 60-year-old bridge": maybe a thing's age, no one's
                unknown_noun=noun is not None and not _speaks_of_person(an, m.end()))


#: "was 24 when he lifted the cup": after the age's "when", a subject pronoun, then its verb
_WHEN_VERB = re.compile(r"\s+(?:he|she)\s+([a-z]+)\b")


def _event_told_before(an, people: list[Claim], events: list[Claim], times: dict, genders: dict,
                       m: re.Match, a: int) -> tuple[Claim, str] | None:
    """The event an undated "was 24 when he lifted the cup" refers back to: the one event told
    before the age's sentence with the verb's lemma (claims.events ``verb_lemma``) and an
    absolute date ("won gold at the 1986 Games"), told of the person the age's sentence speaks
    of: (the event, that person's entity). None when none or several are, or the verb names
    no event."""
    w = _WHEN_VERB.match(an.text, m.end())
    if w is None or m.group().split()[0].lower() not in _PAST_COPULAS or m.group().split()[-1] != "when":
        return None
    lemma = verb_lemma(w.group(1))
    if lemma is None:
        return None
    found = []
    for e in events:
        t = times.get(e.attrs.get("time"))
        if e.start >= a or e.attrs.get("lemma") != lemma or t is None or t.timex is None \
                or t.timex.type != "DATE" or t.timex.resolution != "absolute" or t.timex.earliest is None:
            continue
        ea = an.sentence_at(e.start).start
        p = _subject_of(an, people, ea, e.start, genders)
        if p is not None:
            found.append((e, p.attrs["entity"]))
    if len({e.id for e, _ in found}) != 1:
        return None
    return found[0]


def _another_sex(an, genders: dict, subject: Claim | None, m: re.Match, a: int) -> bool:
    """Whether the pronoun inside an age's words ("when he was 2") is of the other sex than
    the person the sentence is told of: what is known of the subject's sex, or the subject
    pronoun opening the sentence ("She lost a son ..., when he was 2")."""
    said = next((w.lower for w in an.words_in(m.start(), m.end()) if w.lower in SUBJECT_PRONOUNS), None)
    if said is None:
        return False
    sex = PRONOUN_GENDER[said]
    if subject is not None and genders.get(subject.attrs["entity"], set()) - {sex}:
        return True
    opener = an.words_in(a, m.start())[:1]
    return bool(opener) and opener[0].lower in SUBJECT_PRONOUNS and PRONOUN_GENDER[opener[0].lower] != sex


def _age_of_its_clause(an, text: str, m: re.Match, sentence_start: int) -> bool:
    """An "at 16," written after words of its own clause ("After leaving school at 16,", "who
    quit the band at 40,"): the age of that clause's event, not a fronted age that sets the time of the
    sentence's main clause ("At 19, she moved to Paris in 1990")."""
    if not re.fullmatch(rf"[Aa]t\s+{_N_DIGITS},", m.group()):
        return False
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, sentence_start, m.start())]
    return an.words_between(breaks[-1] if breaks else sentence_start, m.start()) > 0


def _in_clause_before(text: str, t: Claim, m: re.Match) -> bool:
    """The time ``t`` stands before the age in the age's own clause ("retired in 1976 at 31,")."""
    return t.end <= m.start() and not _CLAUSE_BREAK.search(text, t.end, m.start())


def _reached_time(an, text: str, times: dict, birth_times: set, m: re.Match, a: int, b: int):
    """(time, loose) of an age reached at match ``m`` in sentence ``a``..``b``: the time right
    after it, within TURNS_DATE_WORDS words ("turns 60 next month"), else the nearest of its
    clause (``_clause_time``, loose); (None, True) when there is none."""
    t = next((t for t in times.values() if m.end() <= t.start and t.end <= b
              and an.words_between(m.end(), t.start) <= TURNS_DATE_WORDS and an.same_sentence(m.end(), t.start)
              and t.timex is not None and t.timex.earliest is not None), None)
    if t is not None:
        return t, False
    return _clause_time(an, text, times, birth_times, m.start(), m.end(), a, b), True


#: an age a speaker tells of themself in their own words (lexicon ages.first_person_*): "I'm 40.",
#: "I am now 40 and ...", today's; "I turned 40 this spring", reached within the time after it
#: or of its clause; "I was 15 when ... in 2018", "when I was 15 ... in 2018", at the one date of
#: its sentence
_FIRST_PRESENT = re.compile(rf"\b{_words('first_person_present')}\s+{_N}"
                            rf"(?=(?:\s+{_words('now')})?(?:\s*[,;.!?]|\s+{_words('present_age_closers')}\b))")
_FIRST_TURNS = re.compile(rf"\b{_words('first_person_turns')}\s+{_N}\b")
_FIRST_PAST = re.compile(rf"\b{_words('first_person_past')}\s+(?:{_words('age_adverbs')}\s+)?{_N}\s+{_words('age_time_links')}\b"
                         rf"|\bwhen\s+{_words('first_person_past')}\s+{_N}\b")


def first_person_ages(an, claims_so_far: list[Claim], a: int, b: int) -> list[dict]:
    """The ages a speaker tells of themself within their quoted words ``an.text[a:b]``
    ("I'm 40", "I turned 40 this spring", "I was 15 when it happened in 2018"), as the age
    facts ``bind`` writes (value, start, end, at, time; ``loose`` for an age reached dated by its
    clause), without ``bound``: the caller, who knows the speaker, binds them."""
    text = an.text
    times = {c.id: c for c in claims_so_far if c.kind == "time"}
    birth_times = {c.attrs.get("time") for c in claims_so_far if c.kind == "event" and c.attrs.get("lemma") == "bear"}
    out: list[dict] = []

    def fact(m: re.Match, at: str, time: str | None, loose: bool = False) -> dict:
        g = next(i for i in range(1, (m.re.groups or 0) + 1) if m.group(i))
        return {"value": age_value(m.group(g)), "start": m.start(g), "end": m.end(g), "at": at, "time": time,
                **({"loose": True} if loose else {})}

    for m in _FIRST_PRESENT.finditer(text, a, b):
        out.append(fact(m, "published", None))
    for m in _FIRST_TURNS.finditer(text, a, b):
        s = an.sentence_at(m.start())
        t, loose = _reached_time(an, text, times, birth_times, m, max(a, s.start), min(b, s.end))
        if t is not None:
            out.append(fact(m, "turns", t.id, loose))
    for m in _FIRST_PAST.finditer(text, a, b):
        s = an.sentence_at(m.start())
        lo, hi = max(a, s.start), min(b, s.end)
        dated = [t for t in times.values() if lo <= t.start < hi and t.id not in birth_times and t.timex is not None
                 and t.timex.type == "DATE" and t.timex.resolution == "absolute" and t.timex.earliest is not None]
        if len(dated) != 1 or dated[0].start > m.end() and (
                _CLAUSE_BREAK.search(text, m.end(), dated[0].start) or _AND.search(text, m.end(), dated[0].start)):
            continue  # no date, several, or another clause's ("I was 15 when I left, and in 2018 ...")
        out.append(fact(m, "time", dated[0].id))
    return out


def _clause_time(an, text: str, times: dict, birth_times: set, start: int, end: int, a: int, b: int):
    """The nearest dated time of the clause of an age reached at ``start``..``end`` (sentence
    ``a``..``b``), within REACHED_CLAUSE_WORDS words before or after it with no clause break
    between, not a birth's: "celebrated her 100th birthday at the home on Sunday", "stepped
    down in May on reaching the age of 70". None when there is none."""
    best = None
    for t in times.values():
        if t.id in birth_times or not a <= t.start < b or t.timex is None or t.timex.type != "DATE" \
                or t.timex.earliest is None or t.timex.latest is None or t.timex.resolution not in ("absolute", "dct"):
            continue
        lo, hi = (end, t.start) if t.start >= end else (t.end, start) if t.end <= start else (None, None)
        if lo is None or _CLAUSE_BREAK.search(text, lo, hi):
            continue
        words = an.words_between(lo, hi)
        if words <= REACHED_CLAUSE_WORDS and (best is None or words < best[0]):
            best = (words, t)
    return best[1] if best else None


#: a word after "the 49-year-old" that reads as its verb ("the 49-year-old practised", "the
#: 46-year-old replaces"), so the description has no noun of its own ("the 40-year-old actress"
#: ends in "ss": a noun)
_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ed|[a-z]*[^\Ws]s|(?:" + "|".join(map(re.escape, _LEX["verb_adverbs"])) + r"))\b")
#: words for a person left unnamed ("a man", "the victim", "his neighbour"): while the story
#: holds one, "the 49-year-old" may be that person
UNNAMED_PEOPLE = HEADLINE_PEOPLE | RELATIVES | frozenset(_LEX["unnamed_people"])
#: what before a word for a person makes it a description of someone named ("worked as a
#: teacher", "is a nurse"), not another person
#: a determiner that makes a word for a person no one in particular ("any nurse", "every driver")
_GENERIC = re.compile(r"(?i:\b(?:any|every|each|no)\s+)$")
#: a description fronted before "the 49-year-old" that is what that person is: "A trained
#: surgeon, the 49-year-old ..."
_FRONTED = re.compile(r"\s*An?\s+(?:[\w'’-]+\s+){0,4}[\w'’-]+,\s*")
_APPOSED_NOUN = re.compile(r",\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w'’-]+\s+){0,3}")
_PREDICATE = re.compile(r"(?i:\b(?:as|is|was|became|becomes)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2})$")


#: the words for a person the lexicons know (offices, relations, descriptions, words for
#: people left unnamed or counted: lexicons/people.json and quantities.json ``people_nouns``),
#: one of which a description "the 49-year-old ..." read as someone must hold
PERSON_WORDS = frozenset(w for words in (
    _PEOPLE["heads"], _PEOPLE["relatives"], _GENDERS["relations"], _GENDERS["nouns"], _LEX["described_nouns"],
    _LEX["unnamed_people"], _LEX["headline_people"], _LEX["person_heads"], load("quantities")["people_nouns"])
    for w in words if " " not in w)
#: the endings of a word for a person (lexicon ages.person_head_suffixes: "businessman", "musician")
PERSON_SUFFIXES = tuple(_LEX["person_head_suffixes"])
#: the endings of a doer (lexicon ages.agent_suffixes: "baker", "surveyor"), a thing's too
#: ("tanker"): read only on the subject of a verb
AGENT_SUFFIXES = tuple(_LEX["agent_suffixes"])
#: how many lower-case words after "the 49-year-old" a word for a person is looked for in,
#: where the clause reader reads no phrase there ("the 52-year-old retired farm labourer")
PERSON_NOUN_WORDS = 4


def _person_word(word: str) -> bool:
    """A word for a person (PERSON_WORDS, a practitioner's ending), its plural or possessive
    ending read off ("farmers", "driver's")."""
    word = word.lower().removesuffix("'s").removesuffix("\u2019s")
    return word in PERSON_WORDS or word.rstrip("s") in PERSON_WORDS or word.endswith(DESCRIBED_SUFFIXES) \
        or word.endswith(PERSON_SUFFIXES)


def _speaks_of_person(an, at: int) -> bool:
    """Whether "the 49-year-old" ending at ``at`` may be a person: False when the clause
    reader reads it as the start of a subject or object whose head is a noun after it that is
    no word for a person, nor any word between ("crossed the 60-year-old bridge", "closed the
    30-year-old plant": a thing's age); True when the head is "-year-old" itself ("bringing the
    31-year-old back"), a word for a person ("the 36-year-old former teacher"), or the subject
    of a verb of speech ("the 29-year-old sheep shearer said") or named by a doer's ending
    ("the 52-year-old baker starts"). Where no phrase is read there,
    the lower-case words right after it (PERSON_NOUN_WORDS) are asked the same."""
    reading = an.reading(an.sentence_at(at))
    for c in reading.clauses:
        for ph in (c.subject, c.object):
            if ph is None or not ph.start < at <= ph.head_end or ph.head_start - at > 40:
                continue
            if ph.head_end <= at:
                return True  # "bringing the 31-year-old back": the age heads its phrase
            words = [w.text for w in an.words_in(at, ph.head_end)]
            # the subject of a verb of speech is someone ("the 29-year-old sheep shearer said"),
            # and a subject named by a doer's ending most likely ("the 52-year-old baker starts")
            speaks = ph is c.subject and (c.verb.verb.lower() in _SPEECH_VERBS
                                          or ph.head.lower().endswith(AGENT_SUFFIXES))
            return speaks or any(_person_word(w) for w in words) or not words
    # no phrase read there ("walked across the 60-year-old viaduct"): the lower-case words
    # right after it, up to a function word, a capitalized word or a verb of speech
    run = []
    for w in an.words_after(at, PERSON_NOUN_WORDS):
        if w.lower in _SPEECH_VERBS:
            return True
        if w.lower in _FUNCTION_WORDS or not w.text[:1].islower():
            break
        run.append(w.text)
    # opening its sentence, the description is in a subject's place: a doer's ending is someone's
    subject = len(an.words_in(an.sentence_at(at).start, at)) <= 3
    return not run or any(_person_word(w) or subject and w.endswith(AGENT_SUFFIXES) for w in run)


def _noun_next(an, at: int) -> str | None:
    """The noun right after "the 49-year-old" ending at ``at`` ("the 26-year-old striker"): the
    language layer's next word, in lower case as written, only spaces between; None otherwise."""
    nxt = an.words_after(at, 1, sentence=False)
    if not nxt or nxt[0].kind != WORD or not nxt[0].text[:1].islower() or not an.text[at:nxt[0].start].isspace():
        return None
    return nxt[0].text
#: a description opening a sentence in apposition to its birth: "The Thomastown forward, born on
#: 2 October 1992, ...", "The Leeds native, who was born in 1990, ..." (the noun is read last)
_DESCRIPTION_BORN = re.compile(r"\s*[Tt]he\s+(?:[\w'’-]+\s+){0,3}(?P<noun>[a-z][\w'’-]*),\s*(?:who\s+was\s+)?")
#: the nouns a description of someone already named is made of (lexicon ages.described_nouns: a
#: player's position, "the 26-year-old striker"; a word that only describes, "the Leeds native");
#: not an office ("the 56-year-old minister" may be anyone the story speaks of)
DESCRIBED_NOUNS = frozenset(_LEX["described_nouns"])
#: the endings of a noun that names someone by the science they practise ("the 58-year-old
#: seismologist": lexicon ages.described_suffixes), a description as the listed nouns are
DESCRIBED_SUFFIXES = tuple(_LEX["described_suffixes"])


def describes(noun: str) -> bool:
    """Whether ``noun`` may make a definite description of someone already named: a listed
    noun (DESCRIBED_NOUNS) or one of a practitioner's ending (DESCRIBED_SUFFIXES)."""
    return noun in DESCRIBED_NOUNS or noun.endswith(DESCRIBED_SUFFIXES)


class _Sole:
    """What ``_sole_told`` and ``_described`` read of the whole story, computed once per
    article instead of once per "the 49-year-old" (which made them quadratic on a long
    article): the one person whose age or birth is told by name, that person's mentions, the
    described lede, and the first word that speaks of a person left unnamed. Built after the
    ages and births bound by name are known (the bindings made after it, "sole" and "reading",
    change none of these)."""

    def __init__(self, an, people: list[Claim], head: tuple[int, int] | None = None):
        self.an, self.people = an, people
        self.starts = [p.start for p in people]
        self.ends = [p.end for p in people]
        ordered = self.starts == sorted(self.starts) and self.ends == sorted(self.ends)
        # an age told by name, or in the headline ("Teen, 17, ..."): told of the one the story is about
        told = {p.attrs["entity"] for p in people if any(b.get("bound") != "sole" for b in p.attrs.get("births") or ())
                or any(g["bound"] == "name" or head is not None and head[0] <= g["start"] < head[1]
                       for g in p.attrs.get("ages") or ())}
        self.entity = next(iter(told)) if len(told) == 1 else None
        self.mine = [p for p in people if p.attrs["entity"] == self.entity]
        self.mine_ends = [p.end for p in self.mine]
        #: where people other than the told one are named
        self.other_starts = [p.start for p in people if p.attrs["entity"] != self.entity]
        self.lede = _described_lede(an, people, head) if self.entity is not None else None
        #: a headline that describes the one the lede describes ("Local man, 29, jailed"): no one else
        self.head = head if self.lede is not None else None
        self.blocker = self._first_unnamed() if self.entity is not None and ordered else None
        self.ordered = ordered
        #: per entity, the last words of its offices; per last word, the entities given it
        self.offices: dict[str, set[str]] = {}
        self.holders: dict[str, set[str]] = {}
        for q in people:
            office = (q.attrs.get("title") or {}).get("office") or ""
            if office:
                self.offices.setdefault(q.attrs["entity"], set()).add(office.split()[-1])
                self.holders.setdefault(office.split()[-1], set()).add(q.attrs["entity"])

    def _first_unnamed(self):
        """The first word of the story that speaks of a person left unnamed ("a man", "the
        victim", "her lawyer") other than as what a named person is, in a lede that describes
        the person named next, or in a quotation; None when there is none."""
        an, people, text = self.an, self.people, self.an.text
        lede, marks = self.lede, _quote_marks(an)
        for w in an.words_in(0, len(text)):
            if w.lower not in UNNAMED_PEOPLE or (lede is not None and lede.start <= w.start < lede.end) \
                    or (self.head is not None and self.head[0] <= w.start < self.head[1]):
                continue
            if _quoted(an, marks, w.start):
                continue  # "“My father bowled at me,” Ek said": the speaker's words, not the story's people
            after = an.words_after(w.end, 1)
            if after and after[0].text[:1].isupper():
                # the first person after the word is the nearest: fewest words between
                k = bisect.bisect_right(self.starts, w.end)
                if k < len(people) and an.words_between(w.end, people[k].start) <= 1:
                    continue  # "nurse Helen Okafor", "coach Mrs Ruiz": a title before a person's name
                return w  # "her teammate Maja Holt": a name not read as a person's, who may be the one
            if text[w.start - 1:w.start] == "-" or text[w.end:w.end + 1] == "-":
                continue  # "a 120-patient study": part of a compound
            if _GENERIC.search(text, max(0, w.start - 12), w.start):
                continue  # "what any nurse would do": no one in particular
            near = people[bisect.bisect_right(self.ends, w.start - 60):bisect.bisect_right(self.ends, w.start)]
            if _PREDICATE.search(text, max(0, w.start - 40), w.start) or any(
                    _APPOSED_NOUN.fullmatch(text, p.end, w.start) for p in near):
                continue  # "worked as a teacher", "Ana Ek, the Oslo cyclist": what a named person is
            return w
        return None

    def unnamed_before(self, fronted: int) -> bool:
        """Whether such a word stands among the words before ``fronted``."""
        w = self.blocker
        return w is not None and w.start < fronted and w.end <= fronted


def _described(an, people: list[Claim], at: int, noun: str, sole: _Sole | None = None) -> Claim | None:
    """The person a definite description with a noun of its own at ``at`` stands for ("the
    26-year-old striker", "The Thomastown forward, born in 1992,"): the story's one person whose
    age or birth is told by name (``_sole_told``), when that person is the first the story names,
    the noun describes someone already known (DESCRIBED_NOUNS: not "the 40-year-old gunman") and
    is no word for a person left unnamed ("the 84-year-old tourist") nor the office of another
    person named with a title ("goalkeeper Luis Ortega" ... "the 26-year-old goalkeeper"), and
    the person's own titles, if any, name it ("midfielder Ana Ek" is not "the 26-year-old
    striker")."""
    if not describes(noun) or noun in UNNAMED_PEOPLE:
        return None
    sole = sole or _Sole(an, people)
    p = _sole_told(an, people, at, True, noun, sole)
    if p is None or p.attrs["entity"] != people[0].attrs["entity"]:
        return None
    if sole.holders.get(noun, set()) - {p.attrs["entity"]}:
        return None
    own = sole.offices.get(p.attrs["entity"])
    return p if not own or noun in own else None


def _sole_told(an, people: list[Claim], at: int, verb_next: bool, noun: str | None = None,
               sole: _Sole | None = None) -> Claim | None:
    """The person "the 49-year-old" at ``at`` stands for beyond doubt: the only person of the
    story whose age or birth is told beside their name (a mention's own sentence), named
    before it, when the description has no noun of its own (``verb_next``: "the 49-year-old
    said", "the 49-year-old, who") and no word before it speaks of a person left unnamed ("a
    man", "the victim", "her lawyer"; ``UNNAMED_PEOPLE``) other than as what a named person is
    ("worked as a teacher", "Ana Ek, the Oslo cyclist", "A lawyer by training, the
    49-year-old") or in a lede that names no one, describing the person the story names next;
    nor when its own sentence names someone else before it, or the sentence right before it
    opens on someone else ("Her teammate Maja Holt added the third. The 29-year-old has ...":
    the nearest reading; with a ``noun`` of its own, someone else whose title is another office
    is not: "goalkeeper Luis Ortega ... The 26-year-old striker"). Its mention: the person's
    last before it. (``sole``: the story read once, ``_Sole``.)"""
    if not verb_next:
        return None
    sole = sole or _Sole(an, people)
    entity = sole.entity
    if entity is None or not sole.ordered:
        return _sole_told_slowly(an, people, at, noun, sole) if entity is not None else None
    k = bisect.bisect_right(sole.mine_ends, at)
    s = an.sentence_at(at)
    j = bisect.bisect_left(sole.other_starts, s.start)
    if not k or (j < len(sole.other_starts) and sole.other_starts[j] < at
                 and not _reporting_before(an, people, sole.entity, s.start, at)):
        return None  # "After Judge Hart spoke, the 52-year-old left": maybe the one named in its sentence
    if s.index:
        prev = an.sentences[s.index - 1]
        i = bisect.bisect_left(sole.starts, prev.start)
        first = people[i] if i < len(people) and people[i].start < prev.end else None
        if first is not None and _QUOTE_MARKS.search(an.text, prev.start, first.start):
            first = None  # "“...,” Maitland said.": the speaker of a quotation is not who the story goes on about
        if first is not None and first.attrs["entity"] != entity and (noun is None or not first.attrs.get("title")):
            return None  # "Her teammate Maja Holt added the third. The 29-year-old ...": maybe her
    fronted = s.start if _FRONTED.fullmatch(an.text, s.start, at) else at
    return None if sole.unnamed_before(fronted) else sole.mine[k - 1]


#: the words that report another's words: "said", "argued", "saying", "arguing" (lexicons/people.json
#: speech_verbs, speech_participles)
_REPORTING = _SPEECH_VERBS | frozenset(_PEOPLE["speech_participles"])


def _reporting_before(an, people: list[Claim], entity: str, a: int, at: int) -> bool:
    """Whether everyone other than ``entity`` named in ``a``..``at`` is the subject of a verb of
    speech standing between them and ``at`` ("Defence counsel Ana Ruiz argued ..., saying the
    34-year-old had ..."): the age stands in the words they report, and no one calls themself
    "the 34-year-old"."""
    inside = people[bisect.bisect_left(people, a, key=_start):bisect.bisect_left(people, at, key=_start)]
    others = [p for p in inside if p.attrs["entity"] != entity]
    return bool(others) and all(_reports(an, p.end, at) for p in others)


def _reports(an, a: int, at: int) -> bool:
    """Whether a verb of speech in ``a``..``at`` reports the words ``at`` stands in: no
    punctuation between them ("saying the 45-year-old", "argued that the 45-year-old"; not
    "After Hart spoke, the 45-year-old left")."""
    verbs = [w for w in an.words_in(a, at) if w.lower in _REPORTING]
    return bool(verbs) and not any(not t.is_word for t in an.tokens_in(verbs[-1].end, at))


def _sole_told_slowly(an, people: list[Claim], at: int, noun: str | None, sole: _Sole) -> Claim | None:
    """``_sole_told`` for mentions out of order (one inside another): each person looked at."""
    entity = sole.entity
    before = [p for p in people if p.end <= at and p.attrs["entity"] == entity]
    s = an.sentence_at(at)
    if not before or any(s.start <= p.start < at and p.attrs["entity"] != entity for p in people):
        return None
    if s.index:
        prev = an.sentences[s.index - 1]
        first = next((p for p in people if prev.start <= p.start < prev.end), None)
        if first is not None and _QUOTE_MARKS.search(an.text, prev.start, first.start):
            first = None
        if first is not None and first.attrs["entity"] != entity and (noun is None or not first.attrs.get("title")):
            return None
    fronted = s.start if _FRONTED.fullmatch(an.text, s.start, at) else at
    text, lede, marks = an.text, sole.lede, _quote_marks(an)
    for w in an.words_in(0, fronted):
        if w.lower not in UNNAMED_PEOPLE or (lede is not None and lede.start <= w.start < lede.end):
            continue
        if _quoted(an, marks, w.start):
            continue
        after = an.words_after(w.end, 1)
        if after and after[0].text[:1].isupper():
            if any(w.end < p.start and an.words_between(w.end, p.start) <= 1 for p in people):
                continue
            return None
        if text[w.start - 1:w.start] == "-" or text[w.end:w.end + 1] == "-":
            continue
        if _GENERIC.search(text, max(0, w.start - 12), w.start):
            continue
        if _PREDICATE.search(text, max(0, w.start - 40), w.start) or any(
                _APPOSED_NOUN.fullmatch(text, p.end, w.start) for p in people if w.start - 60 < p.end <= w.start):
            continue
        return None
    return before[-1]


#: a lede opening on an age and a word for a person: "A 19-year-old man", "An 82-year-old
#: retired teacher" (after a wire dateline's dash, if any)
_LEDE_AGE = re.compile(rf"(?:[^\n—–]*[—–]\s*)?[Aa]n?\s+{_N}-year-old\s+(?:(?P<w1>[a-z-]+)\s+)?(?P<w2>[a-z-]+)\b")
NOUN_GENDER: dict[str, str] = _GENDERS["nouns"]


def _lede_age(article: Article, an, people: list[Claim], head: tuple[int, int] | None, genders: dict):
    """(person, match, at, time, bound) for a lede that opens on an age and a word for a person
    and names no one ("A 20-year-old man was charged ..."): the age is the person's whom
    the story names first, in full and opening a sentence, within DELAYED_NAME_SENTENCES
    sentences, unless the word for the person and what is known of that person's sex
    disagree ("A 19-year-old man" / "Mrs Ek"). ``lede`` binding when the lede speaks of no one
    else ("for stabbing another man", "a pensioner": they might be the one named next) and
    tells no other age; else a ``reading``. None when there is no such lede."""
    start = head[1] if head else (article.dateline[1] if article.dateline else 0)
    # the sentence the story's words begin in: a wire dateline ("TROMSO, May 3, 2025 — A 40-year-old
    # fisherman ...") stands inside the lede's sentence, and the lede goes on after it
    lede = next((x for x in an.sentences if x.end > start and an.words_in(max(x.start, start), x.end)), None)
    if lede is None or not people or people[0].start < lede.end:
        return None
    m = _LEDE_AGE.match(an.text, max(lede.start, start), lede.end)
    if m is None:
        return None
    noun = m.group("w2") if m.group("w2") in UNNAMED_PEOPLE else m.group("w1") if m.group("w1") in UNNAMED_PEOPLE \
        else None
    if noun is None:
        return None
    p = people[0]
    named = an.sentence_at(p.start)
    if not p.attrs.get("full") or named.index - lede.index > DELAYED_NAME_SENTENCES \
            or any(w.is_word for w in an.tokens_in(named.start, _title_start(p))):
        return None
    told = genders.get(p.attrs["entity"])
    if noun in NOUN_GENDER and told and NOUN_GENDER[noun] not in told:
        return None
    others = [w for w in an.words_in(m.end(), lede.end) if w.lower in UNNAMED_PEOPLE]
    certain = not others and "-year-old" not in an.text[m.end():lede.end]
    return p, m, "published", None, "lede" if certain else "reading"


def _title_start(p: Claim) -> int:
    """Where a person's mention starts, with the title written before the name."""
    t = p.attrs.get("title")
    return t["start"] if t and t.get("start") is not None and t["start"] < p.start else p.start


def _described_lede(an, people: list[Claim], head: tuple[int, int] | None = None):
    """The story's first sentence when it names no one and describes the person the story names
    next ("A nurse who ... has been praised."), else None; after the headline (``head``) when
    one is given."""
    body = head[1] if head is not None else 0
    first = next((s for s in an.sentences if s.start >= body
                  and any(w.lower in UNNAMED_PEOPLE for w in an.words_in(s.start, s.end))), None)
    if first is None or not people or people[0].start < first.end:
        return None
    named = an.sentence_at(people[0].start)
    return first if 0 < named.index - first.index <= DELAYED_NAME_SENTENCES else None


def _close_pronoun(an, people: list[Claim], p: Claim, at: int) -> bool:
    """Whether the fact at ``at`` reaches ``p`` through a subject pronoun ("he", "she") of its
    own sentence that names no one, right after a sentence of the same paragraph that names
    ``p`` and no one else ("Ek, 31, swims for Oslo. At 19, she won ..."), not even a
    capitalized name not read as a person's (a run not after a function word: "beat Ana Gil";
    "in Oslo", "the Japanese team" are places and bodies): the closest a pronoun comes to a name."""
    here = an.sentence_at(at)
    if here.index == 0 or not any(w.lower in SUBJECT_PRONOUNS for w in an.words_in(here.start, here.end)):
        return False
    before = an.sentences[here.index - 1]
    if before.paragraph != here.paragraph or any(here.start <= q.start < here.end for q in people):
        return False
    inside = [q for q in people if before.start <= q.start < before.end]
    if {q.attrs.get("entity") for q in inside} != {p.attrs.get("entity")}:
        return False
    # a name the extractor did not read as a person ("beat Ana Gil on Sunday") may be whom the pronoun means
    words = [w for w in an.words_in(before.start, before.end) if not any(q.start <= w.start < q.end for q in inside)]
    return not any(k and _CAPITALIZED.fullmatch(w.text) and w.lower not in _NOT_A_NAME
                   and words[k - 1].lower not in _FUNCTION_WORDS and not _CAPITALIZED.fullmatch(words[k - 1].text)
                   for k, w in enumerate(words))


def _opening_subject(an, people: list[Claim], a: int, at: int) -> Claim | None:
    """The person whose name (or title and name) opens the sentence starting at ``a``, when no
    one else is named before ``at``: the subject of the sentence's finite verb at ``at``
    ("Aidan Doherty, the piper whose albums ... west Cork, has died"),
    whatever capitalized words its apposition holds."""
    inside = [p for p in people if a <= p.start < at]
    if not inside or len({p.attrs["entity"] for p in inside}) != 1:
        return None
    first = inside[0]
    return first if not any(w.is_word for w in an.tokens_in(a, _title_start(first))) else None


def _age_after_death(an, people: list[Claim], genders: dict, subject: Claim | None, death: int, end: int):
    """(match, bound) for an age in the past tense that opens the sentence right after a
    death's sentence ending at ``end``, in its paragraph ("... died on Tuesday. He was 88.",
    "... has died. She was 81."), told of ``subject`` by their name or by a pronoun of a sex
    not known to be another's; else None."""
    if subject is None:
        return None
    m = _WAS_AGE.match(an.text, _next_sentence_start(an, end))
    if m is None or an.sentence_at(m.start()).paragraph != an.sentence_at(death).paragraph:
        return None
    who = m.group("who").casefold()
    named = next((p for p in people if p.start == m.start("who")), None)
    if named is not None and named.attrs.get("entity") == subject.attrs.get("entity"):
        return m, "name"
    if who in SUBJECT_PRONOUNS and (genders.get(subject.attrs["entity"]) or {PRONOUN_GENDER[who]}) & {PRONOUN_GENDER[who]}:
        return m, "reading"
    return None


def _next_sentence_start(an, end: int) -> int:
    """Where the sentence after the one ending at ``end`` starts (``end`` when none does)."""
    k = an.sentence_at(max(0, end - 1)).index + 1
    return an.sentences[k].start if k < len(an.sentences) else end


def _ages_in_apposition(an, text: str, sentence) -> list[tuple[int, int, int]]:
    """The ages the clause reader finds in apposition in a sentence ("Ek, 49,", "Ek, aged 49,",
    "Ek (Ind), 49,"; claims.language.clauses): (where the phrase before ends, the age's start,
    its end), for each age in digits or in words (AGE_NUMBER)."""
    out = []
    for app in an.reading(sentence).appositions:
        age = app.second
        if _AGE_ALONE.fullmatch(text, age.head_start, age.head_end):
            out.append((app.first.head_end, age.head_start, age.head_end))
    return out


def _apposed_age(an, text: str, p: Claim) -> tuple[int, int] | None:
    """The age set off in apposition right after a person's name ("Ek, 49,"), as the clause
    reader reads the sentence: asked only when a comma follows the name, or a bracketed
    affiliation of at most AFFILIATION_CHARS characters without digits and then a comma."""
    k = p.end
    while k < len(text) and text[k] in " \t":
        k += 1
    if k < len(text) and text[k] == "(":
        # a bracketed affiliation between: short, no digits ("Ek (Ind), 58,"; not "(2019), 45,")
        close = text.find(")", k, k + AFFILIATION_CHARS + 2)
        if close < 0 or any(c.isdigit() or c in "(\n" for c in text[k + 1:close]) or close == k + 1:
            return None
        k = close + 1
    if not text.startswith(",", k):
        return None
    for name_end, start, end in _ages_in_apposition(an, text, an.sentence_at(p.start)):
        if name_end <= p.end and not text[name_end:p.end].strip(" ."):  # "Ek Jr., 49,"
            return start, end
    return None


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
        return _story_subject(an, body, head)
    if not before[-1].text[:1].isupper():
        return None
    owners = {p.attrs["entity"]: p for p in reversed(body) if p.attrs.get("full") and p.attrs["surname"].casefold() == word}
    return next(iter(owners.values())) if len(owners) == 1 else None


#: how many sentences after a lede that names no one may name the person it describes ("A
#: grandmother from Ely has walked 500 miles. ... Ana Ek, who was born in 1950, set off ..."):
#: the story's subject, named where the story first names anyone
DELAYED_NAME_SENTENCES = 2


def _story_subject(an, body: list[Claim], head: tuple[int, int]) -> Claim | None:
    """The person the story is about: the one whose full name opens its first sentence (after
    a dateline ending in a dash: "OSLO — Jonas Ek rowed ..."), its subject; or, when that
    sentence names no one (a delayed lede: "A teenager from Ely has rowed the Atlantic."), the
    first person the story names, in full and opening a sentence, within
    DELAYED_NAME_SENTENCES sentences after it. Not someone named later in a sentence ("Police
    said Jonas Ek ...")."""
    first = an.token_index(head[1])
    if not body or first >= len(an.tokens) or not body[0].attrs.get("full"):
        return None
    lede = an.sentence_at(an.tokens[first].start)
    named_at = an.sentence_at(body[0].start)
    if not lede.start <= body[0].start < lede.end:
        described = any(w.lower in HEADLINE_PEOPLE for w in an.words_in(lede.start, lede.end))
        if not described or named_at.index - lede.index > DELAYED_NAME_SENTENCES:
            return None
        lede = named_at
    opening = an.tokens_in(lede.start, body[0].start)
    dash = max((k for k, t in enumerate(opening) if t.text in _DATELINE_DASHES), default=-1)
    return body[0] if not any(t.is_word for t in opening[dash + 1:]) else None


def _shared_surname_in(an, people: list[Claim], a: int, b: int) -> bool:
    """Whether ``a``..``b`` holds, outside every person claim, the surname of two or more
    people named in full (a father and son, a coach and his nephew): a surname alone that
    several people share was left unresolved by the name reader, and the pronoun of its
    sentence may stand for either of them, so no one is read."""
    owners: dict[str, set] = {}
    for p in people:
        words = p.text.split()
        if len(words) >= 2:
            owners.setdefault(words[-1].lower(), set()).add(p.attrs.get("entity"))
    shared = {w for w, es in owners.items() if len(es) >= 2}
    if not shared:
        return False
    inside = [(p.start, p.end) for p in people if p.end > a and p.start < b]
    return any(w.lower in shared and not any(s <= w.start < e for s, e in inside) for w in an.words_in(a, b))


def _before(people: list[Claim], a: int, at: int) -> Claim | None:
    """The person mentioned last in [a, at)."""
    inside = [p for p in people if a <= p.start and p.end <= at]
    return inside[-1] if inside else None


def _subject_of(an, people: list[Claim], a: int, at: int, genders: dict | None = None) -> Claim | None:
    """Who a fact told at ``at`` in the sentence starting at ``a`` is about: the person last
    named before it in the sentence, with no other name between; else, when the fact opens
    the sentence, the first person named after it ("Born in 1983, Ek joined"); else, when the
    sentence speaks of someone by a pronoun ("At 19, she ...") and names no one before the
    fact, the person last mentioned before, unless its only pronouns are possessives of a
    relative ("Her husband was born in 1950": his birth, not hers). None when a name the
    extractor did not read as a person stands in the way (it may be that person's fact), or
    when the sentence's pronouns are of the other sex than that person's (``_genders``)."""
    text = an.text
    p = _before(people, a, at)
    if p is not None:
        return None if _owner_between(an, _after_parenthesis(text, p.end, at), at) else p
    if _stray_name(list(an.words_in(a, at))):
        return None
    b = an.sentence_at(at).end
    if not text[a:at].strip():
        after = [p for p in people if at <= p.start < b]
        if after:
            return after[0]
    if _PRONOUN.search(text, a, b):
        if _shared_surname_in(an, people, a, b):
            return None  # "Born in 1941, Brennan ... he": which Brennan is not told
        words = [w.lower for w in an.words_in(a, b)]
        if not SUBJECT_PRONOUNS & set(words) and any(
                w in ("his", "her") and nxt in RELATIVES for w, nxt in zip(words, words[1:])):
            return None  # "Her husband was born in 1950": told of the relative, not of her
        said = {PRONOUN_GENDER[g.group().lower()] for g in _GENDERED.finditer(text, a, b)}
        return _last_before(an, people, a, said, genders)
    return None


#: the nouns by which a birth is told as a thing owned ("Ek's date of birth", "her year of
#: birth"), as the words up to the birth's event word: lexicon ages.birth_nouns, longest first
BIRTH_NOUNS = sorted((tuple(n.split()) for n in _LEX["birth_nouns"]), key=len, reverse=True)
_POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")


def birth_possessor(an, e: Claim):
    """The word owning a birth told by a noun (BIRTH_NOUNS): "Ek's" of "Ek's date of birth",
    "his" of "his year of birth", "accused's" of "the accused's date of birth"; None when the
    birth is no owned noun ("born in 1983", "the birth of ...")."""
    if not e.attrs.get("noun"):
        return None
    words = an.words_before(e.end, max(map(len, BIRTH_NOUNS)) + 1)
    for noun in BIRTH_NOUNS:
        if len(words) > len(noun) and tuple(w.lower for w in words[-len(noun):]) == noun:
            owner = words[-len(noun) - 1]
            mine = owner.lower in THIRD_PERSON_POSSESSIVES or owner.text.endswith(_POSSESSIVE_ENDINGS)
            return owner if mine else None
    return None


def _birth_owner(an, people: list[Claim], e: Claim, genders: dict) -> tuple[bool, Claim | None]:
    """Whose a birth told by a noun with a possessor is (``birth_possessor``): (True, the
    possessor's person), or (True, None) when the possessor is no one read as a person ("the
    accused's date of birth", "a witness's"): the sentence's subject ("Det Brennan confirmed
    the accused's date of birth") is not the one born. A possessive pronoun is the person it
    stands for, as "he" of "he was born" is read ("their": no one). (False, None) when the
    birth is no owned noun."""
    owner = birth_possessor(an, e)
    if owner is None:
        return False, None
    if owner.lower in THIRD_PERSON_POSSESSIVES:
        gender = PRONOUN_GENDER.get(owner.lower)
        return True, _last_before(an, people, owner.start, {gender}, genders) if gender else None
    # the person whose name ends on the possessive's word ("Ana Ek's": the claim may end before "'s")
    mine = [p for p in people if p.start <= owner.start and owner.end - 2 <= p.end <= owner.end]
    return True, mine[-1] if mine else None


def _after_parenthesis(text: str, end: int, at: int) -> int:
    """Where the words that may name another owner of the fact at ``at`` begin, after a name
    ending at ``end``: past the description in commas right after the name ("Ana Ruiz, who ran
    stores across northeast Oklahoma, died": a place's one capitalized word is the
    description's, not the verb's subject), else at ``end``. Not past two capitalized words
    in a row, which may be someone's name ("Ana Ruiz, whose deputy was Jonas Berg, died")."""
    if not text[end:at].startswith(","):
        return end
    close = text.rfind(",", end + 1, at)
    if close <= end or text[close + 1:at].strip(" ").count(" ") or _TWO_CAPITALIZED.search(text, end, close):
        return end
    return close + 1


#: two capitalized words in a row: maybe a person's name
_TWO_CAPITALIZED = re.compile(r"\b[A-Z][\w'’-]*\s+[A-Z][\w'’-]*")


def _stray_name(words: list) -> bool:
    """Whether ``words`` hold a capitalized word that may be a name the extractor did not read
    as a person's: not a run that follows a function word ("joined the Oberau practice", "in
    Oslo": a place or a body), nor the sentence's first word unless it is a name itself."""
    for k, w in enumerate(words):
        if not (w.text[:1].isupper() and w.lower not in _NOT_A_NAME and _CAPITALIZED.fullmatch(w.text)):
            continue
        run = k
        while run > 0 and _CAPITALIZED.fullmatch(words[run - 1].text):
            run -= 1
        if run == 0 or words[run - 1].lower not in _FUNCTION_WORDS:
            return True
    return False


def _last_before(an, people: list[Claim], at: int, gender: set | None = None, genders: dict | None = None,
                 exclude: set = frozenset()) -> Claim | None:
    """The person a pronoun or description at ``at`` stands for: the last person mentioned
    before it as the subject of a sentence (the first person its sentence names: "Okafor, a
    lawyer, defeated the deputy mayor, Jo Price." makes Okafor the one "she" goes on with;
    the speaker tagged after a quotation is not one, nor a person named after a pronoun
    that is the sentence's subject: "She replaces Jo Price"), within this paragraph or the ones
    before (``REACH_PARAGRAPHS``), skipping the people of ``exclude`` (entities). None when
    that person is known (``genders``) to be of another sex than all of ``gender`` (the
    pronouns that stand for them): a pronoun never binds across a mismatch."""
    here = an.sentence_at(at).paragraph
    for k in range(bisect.bisect_left(people, at, key=_start) - 1, -1, -1):  # people in order of start
        p = people[k]
        if p.end > at:
            continue
        sentence = an.sentence_at(p.start)
        if here - sentence.paragraph > REACH_PARAGRAPHS:
            return None
        if k and people[k - 1].start >= sentence.start:  # not the first person its sentence names
            continue
        if _QUOTE_MARKS.search(an.text, sentence.start, p.start):
            continue  # the speaker of a quotation is not who the story goes on about
        if any(w.lower in SUBJECT_PRONOUNS for w in an.words_in(sentence.start, p.start)):
            continue  # "She replaces Jo Price": a pronoun is the subject, Price its object
        if p.attrs.get("entity") in exclude:
            continue
        told = genders.get(p.attrs.get("entity")) if gender and genders else None
        return None if told and not told & gender else p
    return None


def _start(p: Claim) -> int:
    return p.start


def _genders(an, people: list[Claim]) -> dict[str, set[str]]:
    """The sex each person (entity) is told of, from the words that tell it (lexicons/
    people.json ``genders``): an honorific before a mention ("Mrs Ek"), a relation noun after a
    possessive ("his wife, Jane Doe"), and the pronouns outside quotations that stand for the
    person (``_last_before``: "Ek ... She expects ..."), read in order, each only when its
    sentence names no one before it and it agrees with what is known so far. A person told
    of by both sexes' words is of neither."""
    out: dict[str, set[str]] = {}
    text = an.text
    for p in people:
        before = an.words_before(p.start, 2)
        if before and before[-1].lower in HONORIFIC_GENDER:
            out.setdefault(p.attrs["entity"], set()).add(HONORIFIC_GENDER[before[-1].lower])
        elif len(before) == 2 and before[-1].lower in RELATION_GENDER and before[-2].lower in THIRD_PERSON_POSSESSIVES:
            out.setdefault(p.attrs["entity"], set()).add(RELATION_GENDER[before[-1].lower])
    marks = _quote_marks(an)
    for m in _GENDERED.finditer(text):
        s = an.sentence_at(m.start())
        k = bisect.bisect_left(people, m.start(), key=_start)
        if (k and people[k - 1].start >= s.start) or _quoted(an, marks, m.start()):
            continue  # someone named before it in its sentence, or inside a quotation
        g = PRONOUN_GENDER[m.group().lower()]
        p = _last_before(an, people, s.start, {g}, out)
        if p is not None:
            out.setdefault(p.attrs["entity"], set()).add(g)
    return out


def _quote_marks(an) -> list[int]:
    """Where the article's double quotation marks stand, in order."""
    return [q.start() for q in _QUOTE_MARKS.finditer(an.text)]


def _quoted(an, marks: list[int], at: int) -> bool:
    """Whether ``at`` stands inside a quotation: after an odd number of the marks of its
    paragraph (``marks`` from ``_quote_marks``)."""
    return (bisect.bisect_left(marks, at) - bisect.bisect_left(marks, an.paragraph_start(at))) % 2 == 1


def _present_subject(an, people: list[Claim], a: int, at: int, genders: dict, verb: bool = True) -> Claim | None:
    """Who "At 58, ..." (from ``a``; its subject starts at ``at``) is told of, when a verb in
    the present tense follows the subject ("At 58, she is the oldest ..."; with ``verb``
    False any verb: "Now 58, she runs ..."): the person named there (after an honorific, if
    any: "Now 58, Ms Ek runs ..."), or the one a pronoun
    there stands for (the person named before it in the sentence, else ``_last_before``)."""
    text = an.text
    k = bisect.bisect_left(people, at, key=_start)
    if k < len(people):
        p = people[k]
        t = p.attrs.get("title")
        start = t["start"] if t and t.get("start") is not None and t["start"] < p.start else p.start
        first = an.words_after(at, 1)
        if first and first[0].lower in HONORIFICS and an.words_between(at, start) == 1:
            at = start  # "Now 31, Ms Ek was named ...": the name after its honorific
        if start == at:
            return p if not verb or _PRESENT_VERB.match(text, p.end) else None
    word = an.words_after(at, 1)
    if not word or word[0].lower not in SUBJECT_PRONOUNS or (verb and not _PRESENT_VERB.match(text, word[0].end)):
        return None
    return _pronoun_person(an, people, word[0].lower, a, genders)


#: the most words of a relative clause between a subject and its "is 58" ("Ek, who was born
#: in a village near Oslo in 1961, is 58")
RELATIVE_CLAUSE_WORDS = 12


def _owner_of_sex(genders: dict, p: Claim, possessive: str) -> bool:
    """Whether the possessive of "in her sixties" may stand for person ``p``: not when the
    pronouns, honorific or relation told of them (``_genders``) are of the other sex."""
    sex = PRONOUN_GENDER.get(possessive.lower())
    told = genders.get(p.attrs.get("entity"))
    return not (sex and told and sex not in told)


def _subject_before(an, people: list[Claim], at: int, genders: dict) -> Claim | None:
    """Who "is 58" at ``at`` is told of: the person named right before it ("Ek is 58", "Ek,
    who is 58,"), or before a relative clause closed by a comma ("Ek, who was born in 1961,
    is 58"), or the one a pronoun right before it stands for ("she is 58")."""
    text = an.text
    before = an.words_before(at, 1)
    if not before:
        return None
    word = before[-1]
    if text[word.end:at].strip() == ",":
        # "Ek, who was born in 1961, is 58": the subject before a relative clause closed by a comma
        s = an.sentence_at(at)
        opener = text.rfind(", who ", s.start, word.start)
        if opener < 0 or "," in text[opener + 1:word.end] or an.words_between(opener, word.end) > RELATIVE_CLAUSE_WORDS:
            return None
        at, word = opener + 1, (an.words_before(opener + 1, 1) or [None])[-1]
        if word is None:
            return None
        k = bisect.bisect_left(people, word.end, key=_start)
        return people[k - 1] if k and people[k - 1].end == word.end else None
    if word.lower == "who":
        at = word.start
        word = (an.words_before(at, 1) or [None])[-1]
        if word is None or text[word.end:at].strip() != ",":
            return None
    k = bisect.bisect_left(people, word.end, key=_start)
    if k and people[k - 1].end == word.end:
        return people[k - 1]
    if word.lower not in SUBJECT_PRONOUNS:
        return None
    return _pronoun_person(an, people, word.lower, word.start, genders)


def _pronoun_person(an, people: list[Claim], pronoun: str, at: int, genders: dict) -> Claim | None:
    """The person "he" or "she" at ``at`` stands for: the person named before it in its
    sentence, else the one the story last made its subject (``_last_before``, never across a
    mismatch of sex)."""
    s = an.sentence_at(at)
    return _before(people, s.start, at) or _last_before(an, people, s.start, {PRONOUN_GENDER[pronoun]}, genders)
