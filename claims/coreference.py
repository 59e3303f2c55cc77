"""Co-reference of people: the mentions of a person that are not names, linked to the entity
their names share (claims.people), so that rules read "every age, every title told of this
person" from the document instead of scanning sentences.

    extract(article, claims_so_far) -> list[Claim]   (kind "mention", ids r1, r2 ...)

Runs after claims.people (the entities) and before claims.quotes (a speaker written as "she"
or "the 67-year-old" is found here).

The principle: a mention that is not a name stands for the person the reader has in mind at
that point, and only when one person fits. Five ways news copy writes one (``via``):

- ``description``: a description opening a sentence that names no one, with an age or a
  title ("A 40-year-old fisherman rescued on ...", "A county commissioner who voted ...", "The
  state's attorney general has sued ..."), is the person named in full opening the next
  sentence, when that sentence is in the same paragraph, or the description opens the story
  (the lede) and the next sentence opens the next paragraph. Not when the name is told as
  someone's relation ("Ana Ek, his daughter, ..."), nor when the description's word for the
  person ("man", "woman": lexicons/people.json ``genders.nouns``) and the person's sex
  disagree. A reading (``probable``) when the description's sentence speaks of someone else
  too ("... after a crash that hurt a cyclist": the one named next may be the other), or the
  named person's verb is a speech verb (a source may be named before the person described).
  A description with neither an age nor a title is one too when its sentence tells a death
  as news with its age ("A farrier who shod horses for sixty years has died aged 89": only a
  person dies at an age), the age told at that death (``age_at`` recent_death).
- ``year_old``: "the 67-year-old" (with or without a noun after it) is the one person of
  that age told before it (an age bound to the person by claims.lifespans, or told by an
  earlier description).
- ``role``: "the mayor", "the new superintendent" (a definite title with no name after it)
  is the one person given that office before it; "former", "acting" and the like make it
  another time's office and nobody's now. An age in apposition after it ("The mayor, 48,
  said") is told of that person, and so is one before the office ("The 47-year-old mayor
  said") when no one was told that age before: a reading (``probable``) unless the office is a
  post one person holds at a time (lexicons/people.json ``single_posts``: "mayor", not
  "councillor").
- ``pronoun``: "he" / "she" that is the subject of its sentence (its first word, the first
  after an opening clause: "Asked about the sale, he said", or the pronoun of a speech tag:
  "“...,” she said", whose sentence is the one its quotation opens in) is the subject of the
  sentence before it (a person named at its start, or a mention of this module there), when
  that person is not shown to be of the other sex (claims.people ``sex``). A reading
  (``probable``) unless that person is the only one of the pronoun's sex in reach (the
  paragraph up to it and the sentence before) and the sentence before names no one else,
  not even a capitalized name the extractor did not read as a person. An age told of the
  pronoun in the present tense, closing its clause ("He is 58 and ...", lexicon
  ``ages.copulas``), is the mention's ``age`` (its number at ``age_span``). An office told
  with "as" opening the pronoun's clause ("As its treasurer, she ...") or given by its
  predicate ("She is the board's treasurer": claims.titles.predicate_title) is the
  mention's ``title``. The subject of a clause that a speech verb reports ("... told the
  members that as mayor she would ...", "He added that, as treasurer, he had ..."), within
  REPORTED_OBJECT_WORDS words of the verb, is a reading of the sentence's subject, recorded
  when it tells a title; a person named at a sentence's start may have an honorific or a
  title kept in any post before the name ("Cllr Ana Ruiz, the council's speaker, said").
- ``epithet``: "the midfielder", "the veteran" (a noun for a person, lexicon
  ``ages.described_nouns`` and ``ages.headline_people``, that no one of the article was given
  as an office) in the same places is, as a pronoun is, the subject of the sentence before:
  always a reading.

Limits (each a named window below): a description is at most DESCRIPTION_WORDS words; the
next sentence must open with the name (a title before it allowed) within SUBJECT_WORDS
words; a pronoun or an epithet reaches one sentence back, and no further, after an opening
clause of at most OPENING_CLAUSE_WORDS words; "in reach" is at most REACH_SENTENCES
sentences back; a speech tag's quotation opens at most QUOTE_REACH_TOKENS tokens before it;
nothing links across a headline and the body but a lede's description.

Mention ``attrs`` (claims/model.py MentionAttrs, schemas/claims.schema.json mention_attrs):
``via``, ``person`` (the id of the person claim it is linked to), ``entity`` (that person's
entity), ``probable`` (a reading, so findings from it are info), ``age`` (an age it tells:
"A 40-year-old fisherman", "The mayor, 48,", "He is 58"; None when none), ``age_at`` (when
that age is told: "published", or "recent_death" for a death told as news), ``title`` (the title a description
gives, as person claims carry it; None for the other ways, whose office is the person's by
construction) and ``changed`` (the description's sentence tells a change of office).

Cost: one pass over the sentences and their tokens: linear in the article's length.
"""

from __future__ import annotations

import bisect
import re

from claims.language import analyse
from claims.language.vocabulary import CLASSES
from claims.lexicon import load
from claims.lifespans import (
    AGE_NUMBER,
    DECADE_PARTS,
    DECADES,
    DESCRIBED_NOUNS,
    HEADLINE_PEOPLE,
    NOUN_GENDER,
    PRONOUN_GENDER,
    SUBJECT_PRONOUNS,
    THIRD_PERSON_POSSESSIVES,
    UNNAMED_PEOPLE,
    age_value,
    death_age,
    decade_span,
)
from claims.model import Article, Claim
from claims.names import CHANGE_WORDS, HONORIFICS, SPEECH_VERBS, TITLE_ABBREVIATIONS, NameTokens
from claims.quantities import headline_span
from claims.titles import HEAD_WORDS, KEPT_TITLES, parse_title, predicate_title

__all__ = ["extract", "self_title", "title_of_phrase"]

_PEOPLE = load("people")
#: the most words of a description after its determiner ("A 42-year-old delivery driver",
#: "The state's attorney general")
DESCRIPTION_WORDS = 5
#: the most words before the name that opens the next sentence (a title written before it:
#: "County Sheriff Wade Colquitt")
SUBJECT_WORDS = 4
_DETERMINERS = CLASSES["article"]
_INDEFINITE = CLASSES["indefinite_article"]
_RELATION_OPENERS = THIRD_PERSON_POSSESSIVES  # "his wife", as claims.lifespans reads a relation
_SPEECH = SPEECH_VERBS | frozenset(_PEOPLE["reporting_verbs"])
#: nouns for a person ("the midfielder", "the veteran", "the teenager"); one that is also an
#: office is an epithet only where no one was given that office
EPITHETS = DESCRIBED_NOUNS | HEADLINE_PEOPLE
#: what ends a description: a relative word, a verb's usual companions (lexicons/people.json
#: ``description_stops``), punctuation
_DESCRIPTION_STOPS = frozenset(_PEOPLE["description_stops"])


def title_of_phrase(text: str, a: int, b: int) -> dict | None:
    """The title the words ``text[a:b]`` name as a whole, after an optional determiner or
    possessive ("the mayor", "A county commissioner", "The state's attorney general"), as a
    person claim's ``title`` attrs with offsets in ``text``; None when they are not one."""
    tk = NameTokens(text[a:b])
    idx = [i for i in range(len(tk)) if tk.word[i]]
    if not idx:
        return None
    lows = [tk.low[i] for i in idx]
    k = 1 if lows[0] in _DETERMINERS or lows[0] in _RELATION_OPENERS else 0
    if k >= len(idx):
        return None
    r = parse_title(tk, idx, lows, k, apposition=True)
    if r is None or r[0] != len(idx):
        return None
    t = r[1].to_json()
    t["start"] += a
    t["end"] += a
    return t


class _Mentions:
    """The person claims, indexed by position, and the mentions found so far. Every lookup
    is a binary search or a dictionary's, so the passes stay linear in the article."""

    def __init__(self, people: list[Claim], births: list[Claim] = ()):
        self.people = sorted(people, key=lambda c: c.start)
        #: the births (event claims of lemma "bear") by start, for a description's apposed birth
        self.births = {e.start: e for e in births}
        self._starts = [p.start for p in self.people]
        self.by_id = {p.id: p for p in self.people}
        #: what each mention of a person covers, its title included, by start
        self._covers = sorted((min(_title_start(p), p.start), max(p.end, _title_end(p))) for p in self.people)
        self._cover_starts = [a for a, _ in self._covers]
        self.sex: dict[str, str] = {}
        for p in self.people:
            if p.attrs.get("entity") and p.attrs.get("sex"):
                self.sex.setdefault(p.attrs["entity"], p.attrs["sex"])
        #: the head words of the offices people were given ("coach", "mayor")
        self.office_words = {(t.get("office") or "").split()[-1] for p in self.people
                             if (t := p.attrs.get("title")) and t.get("office")}
        self.found: list[Claim] = []
        self.found_at: dict[int, Claim] = {}

    def add(self, via: str, start: int, end: int, text: str, person: Claim, *, probable: bool,
            age: int | None = None, title: dict | None = None, changed: bool = False,
            age_at: str = "published", age_span: list[int] | None = None, birth: str | None = None,
            age_years: int | None = None) -> Claim:
        c = Claim(f"r{len(self.found) + 1}", "mention", start, end, text[start:end], attrs={
            "via": via, "person": person.id, "entity": person.attrs.get("entity"), "probable": probable,
            "age": age, "title": title, "changed": changed, "age_at": age_at, "age_span": age_span,
            **({"age_years": age_years} if age_years else {}),
            **({"birth": birth} if birth else {})})
        self.found.append(c)
        self.found_at[start] = c
        return c

    def people_in(self, a: int, b: int) -> list[Claim]:
        return self.people[bisect.bisect_left(self._starts, a):bisect.bisect_left(self._starts, b)]

    def covered(self, a: int, b: int) -> bool:
        """Whether [a, b) overlaps a person's mention with its title ("Lindqvist, the
        county's mayor,": the title of a name, no mention of its own)."""
        i = bisect.bisect_left(self._cover_starts, b)
        return any(self._covers[k][1] > a for k in range(max(0, i - 2), i))

    def sex_of(self, person: Claim) -> str | None:
        return self.sex.get(person.attrs.get("entity") or "")


def _opening(an, s, skip_dateline: int) -> int:
    """The index of the first word token of sentence ``s`` (after a wire dateline's dash when
    the dateline stands in it)."""
    i = s.first
    if s.start <= skip_dateline < s.end:
        for j in range(s.first, s.last):
            if an.tokens[j].text in "—–" and an.tokens[j].start >= skip_dateline:
                i = j + 1
                break
    while i < s.last and not an.tokens[i].is_word:
        i += 1
    return i


def _title_start(p: Claim) -> int:
    t = p.attrs.get("title")
    return t["start"] if t and t.get("start") is not None and t["start"] < p.start else p.start


def _title_end(p: Claim) -> int:
    t = p.attrs.get("title")
    return t["end"] if t and t.get("end") is not None and t["end"] > p.end else p.end


def _lede(an, story_start: int) -> int:
    """The index of the story's first sentence: the one its words begin in after the headline
    and the dateline (a wire dateline stands inside it: "TROMSO, May 3, 2025 — A ...")."""
    return next((x.index for x in an.sentences if x.end > story_start and an.words_in(max(x.start, story_start), x.end)),
                -1)


_AGE_DESCRIPTION = re.compile(rf"(?:an?|the)\s+{AGE_NUMBER}-year-old\b", re.IGNORECASE)


def _descriptions(an, text: str, m: _Mentions, dateline_end: int, lede_index: int) -> None:
    """``description`` mentions: see the module's docstring."""
    sentences = an.sentences
    for s, nxt in zip(sentences, sentences[1:]):
        lede = s.index == lede_index
        if nxt.paragraph != s.paragraph and not (lede and nxt.paragraph == s.paragraph + 1):
            continue
        if m.people_in(s.start, s.end):
            continue
        i = _opening(an, s, dateline_end)
        if i >= s.last or an.tokens[i].lower not in _DETERMINERS:
            continue
        start = an.tokens[i].start
        g = _AGE_DESCRIPTION.match(text, start)
        age = age_value(g.group(1)) if g else None
        j = an.token_index(g.end()) if g else i + 1
        words = []
        while j < s.last and len(words) < DESCRIPTION_WORDS:
            t = an.tokens[j]
            if not t.is_word and t.text not in "'’" or t.lower in _DESCRIPTION_STOPS:
                break
            words.append(t)
            j += 1
        if g is not None:
            # "A 31-year-old woman charged ...": the age, and the words for the person after it
            # within two words, up to a participle ("A 31-year-old woman charged with ...")
            words = words[:next((k for k, w in enumerate(words[:2]) if w.lower.endswith("ed")), 2)]
        if not words and g is None:
            continue
        end = words[-1].end if words else g.end()
        title = None
        age_at = "published"
        years = None
        told = _told_after(text, end) if g is None and words and _names_a_person(words) else None
        if told is not None:
            # "A Selkirk grandmother in her sixties told ...", "A Lisbon pensioner, 71, won ...":
            # a word for a person with its age after it, as "A 71-year-old pensioner" is
            age, years, age_span = told
        if age is None:
            # the longest run of the words that names a title ("county commissioner")
            for k in range(len(words), 0, -1):
                title = title_of_phrase(text, start, words[k - 1].end)
                if title is not None:
                    end = words[k - 1].end
                    break
            if title is None and an.tokens[i].lower in _INDEFINITE and (died := death_age(an, text, s.start, s.end)):
                # "A farrier who shod horses ... has died aged 89" (neither an age nor a title):
                # only a person dies at an age
                age, age_at = died, "recent_death"
                end = words[0].end if words else end
            elif title is None or an.tokens[i].lower in _INDEFINITE and title["kind"] in ("state", "government", "monarch"):
                continue
        elif an.tokens[i].lower not in _INDEFINITE:
            continue  # "The 24-year-old ...": a year_old mention, not a description
        named = [p for p in m.people_in(nxt.start, nxt.end) if p.attrs.get("full") and p.attrs.get("entity")]
        if not named:
            continue
        p = named[0]
        if len(an.words_in(nxt.start, _title_start(p))) > 0 or \
                len(an.words_in(_title_start(p), p.start)) > SUBJECT_WORDS:
            continue
        after = an.words_after(p.end, 2)
        if len(after) == 2 and an.text[p.end:after[0].start].strip() == "," and after[0].lower in _RELATION_OPENERS:
            continue  # "Ana Ek, his daughter, said": someone's relation, not the one described
        nouns = [w.lower for w in words if w.lower in NOUN_GENDER]
        sex = m.sex_of(p)
        if nouns and sex and NOUN_GENDER[nouns[-1]] != sex:
            continue
        others = [w for w in an.words_in(end, s.end) if w.lower in UNNAMED_PEOPLE]
        verb = next((w for w in an.words_after(p.end, SUBJECT_WORDS + 2) if w.lower in _SPEECH), None)
        changed = any(w.lower in CHANGE_WORDS for w in an.words_in(s.start, s.end))
        m.add("description", start, end, text, p, probable=bool(others) or verb is not None, age=age,
              title=title, changed=changed, age_at=age_at,
              **({"age_span": age_span, "age_years": years} if told is not None else {}))


#: an age told right after a description's words: a span of years ("in her sixties": lexicon
#: ages.decades, decade_parts) or an age in commas (", 71,")
_TOLD_AFTER = re.compile(
    rf"\s+in\s+(?:his|her|their)\s+(?:(?P<part>{'|'.join(map(re.escape, DECADE_PARTS))})[- ]?)?"
    rf"(?P<decade>{'|'.join(sorted(map(re.escape, DECADES), key=len, reverse=True))})(?!\w)"
    rf"|,\s+(?:aged\s+)?(?P<age>{AGE_NUMBER}),")


def _told_after(text: str, end: int) -> tuple[int, int | None, list[int]] | None:
    """The age a description's words ending at ``end`` are told right after them: (age, the
    years a span covers or None, [start, end] of the age's words); None when none is."""
    g = _TOLD_AFTER.match(text, end)
    if g is None:
        return None
    if g.group("decade"):
        first = DECADES[g.group("decade").lower()]
        return first, decade_span(first), [g.start() + len(g.group()) - len(g.group().lstrip()), g.end()]
    return age_value(g.group("age")), None, [g.start("age"), g.end("age")]


def _names_a_person(words) -> bool:
    """Whether a description's last word is a word only for a person ("grandmother",
    "pensioner", "man": lexicon ages.headline_people, described_nouns, genders.nouns)."""
    last = words[-1].lower
    return last in EPITHETS or last in NOUN_GENDER


def _definite(an, text: str, m: _Mentions) -> None:
    """``year_old`` and ``role`` mentions: see the module's docstring. One pass in order: the
    people passed so far, by the office they were given, are the holders a role may name."""
    tokens = an.tokens
    ages = _AgesTold(m)
    holders: dict[tuple, dict[str, Claim]] = {}
    passed = 0
    for i, t in enumerate(tokens):
        if t.lower != "the" or i + 1 >= len(tokens):
            continue
        while passed < len(m.people) and m.people[passed].start < t.start:
            p = m.people[passed]
            title = p.attrs.get("title")
            if title and p.attrs.get("entity") and not set(title.get("modifiers") or ()) - {"change"}:
                holders.setdefault((title.get("office"), title.get("steps", 0)), {})[p.attrs["entity"]] = p
            passed += 1
        g = _AGE_DESCRIPTION.match(text, t.start)
        if g:
            p = ages.one_before(age_value(g.group(1)), t.start)
            if p is not None:
                m.add("year_old", t.start, g.end(), text, p, probable=False)
                continue
            # "the 44-year-old mayor" that no earlier age names: the office after the age
            # names its one holder, as "the mayor" does, and tells their age
            k = an.token_index(g.end())
            if k < len(tokens) and tokens[k].is_word and any(
                    w.lower in HEAD_WORDS for w in tokens[k:k + DESCRIPTION_WORDS]):
                _role(an, text, m, i, holders, first=k, age=(age_value(g.group(1)), [g.start(1), g.end(1)]))
            continue
        if tokens[i + 1].is_word and any(w.lower in HEAD_WORDS for w in tokens[i + 1:i + 1 + DESCRIPTION_WORDS]):
            _role(an, text, m, i, holders)


class _AgesTold:
    """The ages told of people (by claims.lifespans, or by a description found here), for
    "the N-year-old": which one person, if one, was told that age before a point."""

    def __init__(self, m: _Mentions):
        told: dict[int, list[tuple[int, str, Claim]]] = {}
        for p in m.people:
            for g in p.attrs.get("ages") or ():
                if p.attrs.get("entity"):
                    told.setdefault(g["value"], []).append((g["start"], p.attrs["entity"], p))
        for c in m.found:
            if c.attrs["age"] is not None and c.attrs["entity"]:
                told.setdefault(c.attrs["age"], []).append((c.start, c.attrs["entity"], m.by_id[c.attrs["person"]]))
        self._told = {age: sorted(v, key=lambda x: x[0]) for age, v in told.items()}
        self._starts = {age: [x[0] for x in v] for age, v in self._told.items()}
        #: per age, how many of its facts are told before a second person is told it
        self._one = {age: next((k for k, x in enumerate(v) if x[1] != v[0][1]), len(v)) for age, v in self._told.items()}

    def one_before(self, age: int, at: int) -> Claim | None:
        n = bisect.bisect_left(self._starts.get(age, []), at)
        return self._told[age][0][2] if 0 < n <= self._one[age] else None


#: the wordings of posts one person holds in a body at a time (lexicons/people.json
#: ``single_posts``: "mayor", "sheriff", "chief executive"), as word tuples
_SINGLE_POSTS = frozenset(tuple(w.split()) for words in _PEOPLE["single_posts"].values() for w in words)
_SINGLE_POST_WORDS = max(len(w) for w in _SINGLE_POSTS)


def _single_post(title: str) -> bool:
    """Whether the last words of a title as written name a post one person holds at a time."""
    words = tuple(title.casefold().replace("’", "'").split())
    return any(words[-n:] in _SINGLE_POSTS for n in range(1, min(_SINGLE_POST_WORDS, len(words)) + 1))


_APPOSED_AGE = re.compile(rf"\s*,\s*(?:aged\s+)?{AGE_NUMBER}\s*,")


def _role(an, text: str, m: _Mentions, i: int, holders: dict[tuple, dict[str, Claim]], *,
          first: int | None = None, age: tuple[int, list[int]] | None = None) -> None:
    """A ``role`` mention for "the" at token ``i``: the title whose words open at token
    ``first`` (the one after "the" unless an age stands between: "the 44-year-old mayor",
    whose ``age`` is then told of the holder, with its number's span)."""
    tokens = an.tokens
    s = an.sentence_at(tokens[i].start)
    first = i + 1 if first is None else first
    title = None
    end = None
    for k in range(min(s.last, first + DESCRIPTION_WORDS), first, -1):
        if not all(tokens[x].is_word or tokens[x].text in "'’" for x in range(first, k)):
            continue
        title = title_of_phrase(text, tokens[first].start, tokens[k - 1].end)
        if title is not None:
            end = tokens[k - 1].end
            break
    if title is None or set(title.get("modifiers") or ()) - {"change"}:
        return
    following = an.words_after(end, 1)
    if following and following[0].text[:1].isupper() and m.people_in(following[0].start, following[0].end):
        return  # "the mayor Linda Pruitt": a title of the name after it
    if m.covered(tokens[i].start, end):
        return  # a title written with a name ("Lindqvist, the county's mayor,")
    held = holders.get((title.get("office"), title.get("steps", 0))) or {}
    if len(held) != 1:
        return
    p = next(iter(held.values()))
    g = _APPOSED_AGE.match(text, end)
    if age is not None:
        # a post one person holds at a time ("the 44-year-old mayor") is its holder's; an office
        # many hold ("the 41-year-old councillor") may be another holder's: a reading
        m.add("role", tokens[i].start, end, text, p, probable=not _single_post(text[title["start"]:title["end"]]),
              age=age[0], age_span=age[1])
        return
    m.add("role", tokens[i].start, end, text, p, probable=False, age=age_value(g.group(1)) if g else None)


def _subject_of(an, s, m: _Mentions, dateline_end: int) -> tuple[Claim | None, Claim | None]:
    """(person, mention) that open sentence ``s`` as its subject: a person named at its start
    (a title before the name allowed), or a mention of this module there."""
    i = _opening(an, s, dateline_end)
    if i >= s.last:
        return None, None
    at = an.tokens[i].start
    c = m.found_at.get(at)
    if c is not None:
        return m.by_id.get(c.attrs["person"]), c
    for p in m.people_in(s.start, s.end):
        if _title_start(p) == at or (p.start >= at and len(an.words_in(at, p.start)) <= SUBJECT_WORDS
                                     and all(_kept(w.lower) for w in an.words_in(at, _title_start(p)))):
            # a title before the name, or an honorific or a title a person keeps in any post
            # ("Cllr Ana Ruiz, the council's speaker,": lexicons/people.json member_titles)
            return p, None
        break
    return None, None


def _kept(word: str) -> bool:
    """Whether a word before a name is an honorific ("Ms") or a title a person keeps in any
    post, written short or in full ("Cllr", "Professor"), not the name's office."""
    return word in HONORIFICS or TITLE_ABBREVIATIONS.get(word, word) in KEPT_TITLES


#: the most words of an opening clause before a subject pronoun ("Asked about the sale, he said")
OPENING_CLAUSE_WORDS = 12
#: the most tokens back from a speech tag's closing mark to the mark that opens its quotation
QUOTE_REACH_TOKENS = 400
#: the most sentences back, within the paragraph, in which another person makes a pronoun's
#: link a reading ("in reach": the paragraph up to it, and the sentence before)
REACH_SENTENCES = 6
_OPEN_QUOTES = "“\"«„"
_CLOSE_QUOTES = "”\"»“"


def _anaphor_at(an, i: int, s) -> tuple[int, int, str] | None:
    """(start, end, kind) of "he" / "she" (kind ``pronoun``) or of "the" and a noun for a
    person that no one holds as an office (kind ``epithet``: "the midfielder", "the
    veteran": lexicon ages.described_nouns and ages.headline_people) at token ``i``, or of a
    description of any noun that an apposition only a person takes follows (``_apposed_description``)."""
    t = an.tokens[i]
    if t.lower in SUBJECT_PRONOUNS:
        return t.start, t.end, "pronoun"
    if t.lower == "the" and i + 1 < s.last and an.tokens[i + 1].lower in EPITHETS:
        return t.start, an.tokens[i + 1].end, "epithet"
    if t.lower == "the" and (end := _apposed_description(an, i, s)) is not None:
        return t.start, end, "epithet"
    return None


_BORN_APPOSED = re.compile(r"\s*,\s*(?:who\s+was\s+)?")


def _born_after(m: _Mentions, text: str, end: int) -> str | None:
    """The id of the birth told in apposition right after a mention ending at ``end`` (", born
    in 2007", ", who was born on ..."), or None."""
    g = _BORN_APPOSED.match(text, end) if m.births else None
    e = m.births.get(g.end()) if g else None
    return e.id if e is not None else None


#: what follows a description in commas that only a person takes: an age (", 31,"), a birth
#: (", born in 2007,", ", who was born ...")
_PERSON_APPOSITION = re.compile(rf"\s*,\s*(?:(?:aged\s+)?{AGE_NUMBER}\s*,|(?:who\s+was\s+)?born\b)")


def _apposed_description(an, i: int, s) -> int | None:
    """The end of a definite description at token ``i`` ("The Bilbao welterweight",
    "The county senior": "the", at most DESCRIPTION_WORDS words, the last in lower case) right
    before an apposition only a person takes (an age or a birth in commas: "The Bilbao
    welterweight, 29, has lost once"), when its noun is no word for a person left unnamed
    ("The tourist, 84,": someone new, lexicon ages.unnamed_people) and no office (``role``
    decides those); else None."""
    k = i + 1
    while k < s.last and k - i <= DESCRIPTION_WORDS and (an.tokens[k].is_word or an.tokens[k].text in "'’-"):
        k += 1
    last = an.tokens[k - 1]
    if k == i + 1 or k >= s.last or an.tokens[k].text != "," or not last.is_word or not last.text[:1].islower():
        return None
    if last.lower in UNNAMED_PEOPLE or last.lower in HEAD_WORDS or last.lower in _DESCRIPTION_STOPS:
        return None
    return last.end if _PERSON_APPOSITION.match(an.text, last.end) else None


def _speech_tag(an, s) -> tuple[tuple[int, int, str], int] | None:
    """The anaphor of a speech tag in sentence ``s`` right after a closing quotation mark and
    before a speech verb ("“...,” she said", "..., the midfielder said."), with where its
    quotation opens (the sentence before that is the one it reaches back to); else None."""
    for j in range(s.first, s.last - 2):
        if an.tokens[j].text not in _CLOSE_QUOTES:
            continue
        found = _anaphor_at(an, j + 1, s)
        if found is None:
            continue
        after = an.words_after(found[1], 1)
        if not after or after[0].lower not in _SPEECH:
            continue
        k = j - 1
        floor = max(an.token_index(an.paragraph_start(an.tokens[j].start)), j - QUOTE_REACH_TOKENS)
        while k >= floor and an.tokens[k].text not in _OPEN_QUOTES:
            k -= 1
        return (found, an.tokens[k].start) if k >= floor else None
    return None


def _subject_anaphor(an, s) -> tuple[int, int, str] | None:
    """The anaphor (``_anaphor_at``) that is the subject of sentence ``s``'s main clause: its
    first word ("She said ...", "The midfielder said ..."), or the first after an opening
    clause of at most OPENING_CLAUSE_WORDS words closed by a comma ("Asked about the sale, he
    said"); else None."""
    i = s.first
    while i < s.last and not an.tokens[i].is_word:
        i += 1
    if i >= s.last:
        return None
    found = _anaphor_at(an, i, s)
    if found is not None:
        return found
    words = 0
    for j in range(i, s.last - 1):
        t = an.tokens[j]
        if t.text in _OPEN_QUOTES or t.lower in SUBJECT_PRONOUNS:
            return None
        words += t.is_word
        if words > OPENING_CLAUSE_WORDS:
            return None
        if t.text == ",":
            found = _anaphor_at(an, j + 1, s)
            return found if found is not None and found[2] == "pronoun" else None
    return None


def _strangers(an, s, m: _Mentions, entity: str) -> bool:
    """Whether sentence ``s`` holds a capitalized word past its first that no mention of
    ``entity`` covers: a name the extractor did not read as a person may be one."""
    covered = [(_title_start(p), p.end) for p in m.people_in(s.start, s.end) if p.attrs.get("entity") == entity]
    for t in an.words_in(s.start, s.end)[1:]:
        if t.text[:1].isupper() and not any(a <= t.start < b for a, b in covered):
            return True
    return False


def _quotation_speaker(an, s, m: _Mentions) -> Claim | None:
    """The person whose words sentence ``s`` quotes: when it holds a quotation mark, the one
    person its paragraph names, up to its end, beside a speech verb ("“...,” Ek said
    afterward. “... twice.”", "“...,” said Ek"): what the sentence is about; else None."""
    if not any(t.text in _OPEN_QUOTES or t.text in _CLOSE_QUOTES for t in an.tokens[s.first:s.last]):
        return None
    named = [p for p in m.people_in(an.paragraph_start(s.start), s.end)
             if any(w.lower in _SPEECH for w in an.words_in(an.sentence_at(p.start).start, p.start)[-1:]
                    + an.words_after(p.end, 1))]
    return named[0] if len({p.attrs.get("entity") for p in named}) == 1 else None


def _pronouns(an, text: str, m: _Mentions, dateline_end: int) -> None:
    """``pronoun`` and ``epithet`` mentions: see the module's docstring."""
    sentences = an.sentences
    for s in sentences[1:]:
        found, opened = _subject_anaphor(an, s), s.start
        if found is None:
            tag = _speech_tag(an, s)
            if tag is None:
                continue
            found, opened = tag
        start, end, kind = found
        if m.people_in(opened, start) or start in m.found_at:
            continue
        first = an.sentence_at(opened)
        if first.index == 0:
            continue
        prev = sentences[first.index - 1]
        p, via = _subject_of(an, prev, m, dateline_end)
        if p is None and kind == "epithet":
            p = _quotation_speaker(an, prev, m)  # "“…,” Ek said. The Oslo native, 31, ...": the speaker
        if p is None or not p.attrs.get("entity"):
            continue
        word = text[start:end].lower().split()[-1]
        if kind == "epithet" and word in m.office_words:
            continue  # "the coach" when someone was given that office: ``role`` decides
        sex = PRONOUN_GENDER.get(word) or NOUN_GENDER.get(word)
        told = m.sex_of(p)
        if sex and told and told != sex:
            continue
        floor = sentences[max(0, first.index - REACH_SENTENCES)].start
        reach = m.people_in(max(floor, min(an.paragraph_start(start), prev.start)), start)
        others = {q.attrs.get("entity") for q in reach
                  if not (sex and (q_sex := m.sex_of(q)) and q_sex != sex)} - {p.attrs["entity"]}
        probable = kind == "epithet" or bool(others) or (via is not None and via.attrs["probable"]) \
            or _strangers(an, prev, m, p.attrs["entity"])
        g = _PRESENT_AGE.match(text, end, s.end) if kind == "pronoun" else _APPOSED_AGE.match(text, end)
        title = _title_told(an, text, s, an.token_index(start)) if kind == "pronoun" else None
        m.add(kind, start, end, text, p, probable=probable, age=age_value(g.group(1)) if g else None,
              age_span=[g.start(1), g.end(1)] if g else None, birth=_born_after(m, text, end), title=title,
              changed=title is not None and _tells_change(an, s))


#: the words that open a clause before an office told with "as" ("He said that, as treasurer,
#: he ...": lexicons/people.json ``as_title_openers``), besides the sentence's start and a comma
_AS_OPENERS = frozenset(_PEOPLE["as_title_openers"])


def _as_title(an, text: str, s, i: int) -> dict | None:
    """The office told with "as" right before the pronoun at token ``i``, opening its clause
    ("As the union's treasurer, he said", "... told them that as mayor she would"): at most
    DESCRIPTION_WORDS words after "as", a comma allowed before the pronoun; the clause opens
    at the sentence's start or a quotation's, after a comma or after a word of
    ``as_title_openers``."""
    j = i - 1
    if j > s.first and an.tokens[j].text == ",":
        j -= 1
    k = j
    while k >= s.first and an.tokens[k].is_word and an.tokens[k].lower != "as" and j - k < DESCRIPTION_WORDS:
        k -= 1
    if k < s.first or k == j or an.tokens[k].lower != "as":
        return None
    before = an.tokens[k - 1] if k > s.first else None
    if before is not None and before.text != "," and before.text not in _OPEN_QUOTES and before.lower not in _AS_OPENERS:
        return None
    return title_of_phrase(text, an.tokens[k + 1].start, an.tokens[j].end)


def _title_told(an, text: str, s, i: int) -> dict | None:
    """The title a sentence tells of its subject pronoun at token ``i``: an office told with
    "as" opening its clause (``_as_title``), or one its predicate gives after a word of
    holding an office ("He is also the club's treasurer", "She has served as deputy leader
    since 2021": claims.titles.predicate_title, read on the sentence's own words)."""
    title = _as_title(an, text, s, i)
    if title is not None:
        return title
    a = an.tokens[i].start
    tk = NameTokens(text[a:s.end])
    got = predicate_title(tk, 0, 1) if len(tk) > 1 else None
    if got is None:
        return None
    t = got.to_json()
    t["start"] += a
    t["end"] += a
    return t


def _tells_change(an, s) -> bool:
    """Whether sentence ``s`` holds a word of a change of office (lexicons/people.json
    ``change_words``)."""
    return any(w.lower in CHANGE_WORDS for w in an.words_in(s.start, s.end))


#: first-person words of holding an office, inside a quotation ("I'm", "I have been":
#: lexicons/people.json ``first_person_held``), longest first
_FIRST_PERSON_HELD = tuple(sorted((tuple(p.split()) for p in _PEOPLE["first_person_held"]), key=lambda p: -len(p)))
#: the most words of a title a speaker gives themselves, after the words of holding it
SELF_TITLE_WORDS = DESCRIPTION_WORDS + 3


def self_title(an, text: str, a: int, b: int) -> dict | None:
    """The title a speaker gives themselves in their own words, the quotation at offsets
    ``a``..``b``: after first-person words of holding it ("I'm the union's treasurer", "I have
    been its chair since 2020": ``first_person_held``, the title at most SELF_TITLE_WORDS
    words, its longest run that names a title), or told with "as" opening the clause of "I"
    ("As treasurer, I signed it"). None when the quotation tells none."""
    lo, hi = an.token_index(a), an.token_index(b)
    lows = [t.lower.replace("’", "'") for t in an.tokens[lo:hi]]
    for i in range(len(lows)):
        if lows[i] == "i" and (t := _as_title(an, text, an.sentence_at(an.tokens[lo + i].start), lo + i)):
            return t
        for phrase in _FIRST_PERSON_HELD:
            if tuple(lows[i:i + len(phrase)]) != phrase:
                continue
            k = lo + i + len(phrase)
            words = []
            while k < hi and an.tokens[k].is_word and len(words) < SELF_TITLE_WORDS:
                words.append(an.tokens[k])
                k += 1
            for n in range(len(words), 0, -1):
                if (t := title_of_phrase(text, words[0].start, words[n - 1].end)) is not None:
                    return t
            break
    return None


#: the most words between a speech verb and the "that" opening what it reports ("told the
#: sitting that": two)
REPORTED_OBJECT_WORDS = 4


def _reported(an, text: str, m: _Mentions, dateline_end: int) -> None:
    """``pronoun`` mentions in a reported clause: "he" / "she" that is the subject of the
    clause a speech verb reports ("... told the sitting that as mayor she would ...", "He
    added that, as treasurer, he had ..."), linked to the subject of the sentence (a person
    named at its start, or a mention of this module there) unless that person is shown to be
    of the other sex. Always a reading (``probable``): a reported clause may speak of someone
    else. Recorded only when the clause tells a title of the pronoun (``_as_title``)."""
    for s in an.sentences:
        p, _ = _subject_of(an, s, m, dateline_end)
        if p is None or not p.attrs.get("entity"):
            continue
        for v in range(s.first, s.last):
            if an.tokens[v].lower not in _SPEECH:
                continue
            that = next((k for k in range(v + 1, min(s.last, v + REPORTED_OBJECT_WORDS + 2))
                         if an.tokens[k].lower == "that"), None)
            if that is None:
                continue
            i = next((k for k in range(that + 1, min(s.last, that + DESCRIPTION_WORDS + 5))
                      if an.tokens[k].lower in SUBJECT_PRONOUNS), None)
            if i is None or an.tokens[i].start in m.found_at:
                break
            title = _as_title(an, text, s, i)
            sex = PRONOUN_GENDER.get(an.tokens[i].lower)
            told = m.sex_of(p)
            if title is not None and not (sex and told and told != sex):
                t = an.tokens[i]
                m.add("pronoun", t.start, t.end, text, p, probable=True, title=title, changed=_tells_change(an, s))
            break


#: "he is 58." / "she is now 58 and ...": an age told in the present tense right after the
#: subject pronoun (lexicon ages.copulas), closing its clause: punctuation or one of the words
#: of lexicon ages.present_age_closers ("and", "years old") follows it
_COPULAS = "|".join(re.escape(w) for w in sorted(_PEOPLE["ages"]["copulas"], key=len, reverse=True))
_AGE_CLOSERS = "|".join(re.escape(w) for w in sorted(_PEOPLE["ages"]["present_age_closers"], key=len, reverse=True))
_PRESENT_AGE = re.compile(rf"\s+(?:{_COPULAS})\s+{AGE_NUMBER}(?=\s*(?:[.,;]|(?:{_AGE_CLOSERS})\b))")


def extract(article: Article, claims_so_far: list[Claim] | None = None) -> list[Claim]:
    text = article.text
    people = [c for c in claims_so_far or () if c.kind == "person"]
    if not people:
        return []
    an = analyse(article)
    m = _Mentions(people, [c for c in claims_so_far or () if c.kind == "event" and c.attrs.get("lemma") == "bear"])
    dateline_end = article.dateline[1] if article.dateline else -1
    head = headline_span(article)
    story_start = max(head[1] if head else 0, dateline_end)
    _descriptions(an, text, m, dateline_end, _lede(an, story_start))
    _definite(an, text, m)
    _pronouns(an, text, m, dateline_end)
    _reported(an, text, m, dateline_end)
    m.found.sort(key=lambda c: c.start)
    for k, c in enumerate(m.found, 1):
        c.id = f"r{k}"
    return m.found
