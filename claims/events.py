"""Event claims: what happened at a time the article names.

For each time claim, the nearest event word in its sentence (a verb such as "fell", "set up",
"born", or an event noun such as "coup", "ceasefire", "the fall of") becomes an event claim
tied to that time, with the content words around it as its arguments ("city", "mission"),
so rules can tell when two mentions speak of the same event. Without a parser this is a
heuristic; it errs toward tying nothing, which only makes rules quieter.

Event claim ``attrs``: ``time`` (the time claim id), ``trigger`` (the word as written),
``lemma``, ``class`` (start | end | birth | other), ``args`` (its likely participants: content
words next to it in its clause), ``context`` (content words within six words, across commas),
``sentence`` ([start, end) of its sentence), ``kind`` (the kind of event: "vote" and "election"
are one ballot; lexicon ``kinds``), ``ordinal`` (1 for "the first coup", 2 for "that second
coup", 0 for "another", else null) and ``mention`` (true for an event noun or two-word verb
mentioned apart from the time it was tied to: every such mention is a claim, with ``time`` the
date within MENTION_REACH words of it in its sentence, or null), so rules can link "the vote"
to the ballot dated earlier and "that second landslide" to the one counted from the first
(claims/mentions.py, the next extractor, writes which mentions name one event).

Beyond the lexicon, a regular past verb and its noun told after it ("inspectors inspected the
plant ... the inspection", ``told_twice``) are event words of that article, and so are a
regular past verb told twice beside one participant ("flooded the tunnel" twice,
``told_twice_with``) and a noun the article numbers with two ordinals ("the first aftershock
... the second aftershock", ``numbered_nouns``), and an event verb
opening a relative clause after a comma ("The talks, which began on 17 May") has the noun
before the comma among its participants; a sentence that opens with a pronoun and a verb of
happening ("It took place on 2 May") tells again the event the sentence before dated
(``pro_form``); a date inside a relative clause of another noun
("the approval of the board, which meets on 7 May") dates no event word before that noun.

Cost: the article's words (the language layer's tokens) are listed once; every window is a
slice of that list bounded in words, so the work is linear in the article's length.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from operator import itemgetter

from claims.language import analyse
from claims.language.numbers import modifier_kind, parse_number
from claims.language.vocabulary import CLASSES
from claims.lexicon import load
from claims.model import Article, Claim
from claims.text import sentence_bounds

_LEX = load("events")


def _with_prefixes(verbs: dict[str, str], prefixes: list[str]) -> dict[str, str]:
    """The verb forms and, for each single-word form, the same form with a prefix ("reopened"
    -> "reopen", "re-elected" -> "reelect"); a form the lexicon lists itself keeps its entry."""
    out = dict(verbs)
    for form, lemma in verbs.items():
        if " " in form:
            continue
        for p in prefixes:
            out.setdefault(p + form, p.rstrip("-") + lemma)
    return out


VERBS: dict[str, str] = _with_prefixes(_LEX["verbs"], _LEX["verb_prefixes"]["words"])
NOUNS: dict[str, str] = _LEX["nouns"]
START = frozenset(_LEX["start_lemmas"])
END = frozenset(_LEX["end_lemmas"])
BIRTH = frozenset(_LEX["birth_lemmas"])
KINDS: dict[str, str] = {k: v for k, v in _LEX["kinds"].items() if not k.startswith("_")}
ORDINALS: dict[str, int] = {k: v for k, v in _LEX["ordinals"].items() if not k.startswith("_")}
_DETERMINERS = CLASSES["article"] | CLASSES["singular_demonstrative"] | CLASSES["third_person_possessive"]
STOP = frozenset(_LEX["stopwords"]) | frozenset(_LEX["measure_words"])
_MONTHS = frozenset(load("temporal")["months"]) | frozenset(load("temporal")["weekdays"])
#: The farthest (in words) an event word may stand from its time expression.
MAX_DISTANCE = 8
#: Words of distance added when a clause boundary (, ; : ( ) dash) stands between an event word
#: and the time: "Nazarbayev, 65, who was born in 1930, won 91 percent" ties 1930 to "born".
CLAUSE_COST = 2
_BOUNDARY = re.compile(r"[,;:()\u2014]")
#: A time written as a possessive right before its event noun: "yesterday's storm".
_POSSESSIVE = re.compile(r"['\u2019]s\s+")
#: "bought the mill in May 2015 and closed it three years later": a coordinator between an
#: event word and a time costs CLAUSE_COST like a boundary, so each verb keeps its clause's date.
_JOINS = frozenset(_LEX["clause_joins"]["words"])
#: Participants are looked for this many words either side of the event word, within its clause.
ARG_WINDOW = 3
CONTEXT_WINDOW = 6
#: The farthest (in words) a date may stand from an event noun to date that mention of it
#: ("the referendum was held on 9 May": three words between).
MENTION_REACH = 6


#: The most words an event verb of the lexicon may have ("walked off the job", "went on strike").
PHRASE_WORDS = max(len(form.split()) for form in VERBS)
#: The first words of the event verbs of several words: no phrase is built at any other word
#: (this is asked at every word of every article).
_PHRASE_FIRST = frozenset(form.split()[0] for form in VERBS if " " in form)


def _phrase(toks: list[tuple[int, int, str]], i: int, k: int) -> str:
    return " ".join(w.lower() for _, _, w in toks[i:i + k])


def _phrase_at(toks: list[tuple[int, int, str]], i: int) -> int:
    """How many words the longest event verb of several words starting at word ``i`` has
    ("took office": 2, "walked off the job": 4), or 0 for none."""
    if toks[i][2].lower() not in _PHRASE_FIRST:
        return 0
    for k in range(min(PHRASE_WORDS, len(toks) - i), 1, -1):
        if _phrase(toks, i, k) in VERBS:
            return k
    return 0


def verb_lemma(word: str) -> str | None:
    """The lemma of an event verb's form, the lexicon's own or a gerund of a verb it lists
    ("joining" -> join, "leaving" -> leave, "quitting" -> quit); None for no event verb."""
    w = word.lower()
    if w in VERBS:
        return VERBS[w]
    if w.endswith("ing") and len(w) > 5:
        stem = w[:-3]
        for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None):
            if base and base in VERBS and " " not in base:
                return VERBS[base]
    return None


def event_kind(lemma: str) -> str:
    """The kind of event a lemma names: "vote" and "election" are one ballot."""
    return KINDS.get(lemma, lemma)


def event_class(lemma: str) -> str:
    if lemma in START:
        return "start"
    if lemma in END:
        return "end"
    if lemma in BIRTH:
        return "birth"
    return "other"


#: a Token's fields, read by position (a Token is a named tuple: text, start, end, kind, lower)
_TEXT, _START, _END, _LOWER = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(4)


class _Words:
    """The article's words outside time claims, tokenized once, with their starts for
    bisection: every window below is a slice of this list, bounded in words, so the work per
    time claim does not grow with the length of its sentence."""

    def __init__(self, article: Article, spans: list[tuple[int, int]]):
        self.text = article.text
        words = analyse(article).words_outside(spans)  # the analysis's words, as slices
        self.starts: list[int] = list(map(_START, words))
        self.toks: list[tuple[int, int, str]] = list(zip(self.starts, map(_END, words), map(_TEXT, words)))
        #: each word in lower case, the analysis's (the passes below read every word's)
        self.lows: list[str] = list(map(_LOWER, words))

    def around(self, a: int, b: int, pos: int, reach: int) -> list[tuple[int, int, str]]:
        """At most ``reach`` words either side of ``pos``, within the sentence [a, b)."""
        at = bisect.bisect_left(self.starts, pos)
        lo = max(bisect.bisect_left(self.starts, a), at - reach)
        hi = min(bisect.bisect_left(self.starts, b), at + reach)
        return self.toks[lo:hi]


#: Words looked at either side of a time claim: far enough for the trigger and, around it,
#: its participants and context.
REACH = MAX_DISTANCE + CONTEXT_WINDOW + 2


def extract(article: Article, claims_so_far: list[Claim]) -> list[Claim]:
    text = article.text
    out: list[Claim] = []
    times = [c for c in claims_so_far if c.kind == "time" and c.timex is not None]
    index = _Words(article, sorted((c.start, c.end) for c in times))
    verbs, nouns = told_twice(index.toks, index.lows)
    verbs = {**verbs, **told_twice_with(index.toks, verbs, index.lows)}
    for at, lemma in numbered_nouns(text, index.toks, index.lows).items():
        nouns.setdefault(at, lemma)
    pairs: list[tuple] = []  # (distance, time position, time, trigger, sentence), every candidate
    for t in times:
        if t.timex.type not in ("DATE", "TIME") or t.timex.earliest is None or t.timex.latest is None:
            continue
        if article.dateline and t.start >= article.dateline[0] and t.end <= article.dateline[1]:
            continue
        a, b = sentence_bounds(text, t.start, t.end)
        toks = index.around(a, b, t.start, REACH)
        for dist, trigger in _triggers(text, toks, t, verbs, nouns):
            pairs.append((dist, t.start, t, trigger, (a, b)))
    # One event word has one time and one time one event word: the nearest pairs first, so a
    # time whose nearest word a nearer time took keeps its next ("bought the dairy in March
    # 2019 and closed it two years later": "closed" is the offset's, "bought" the month's).
    # A time whose nearest word a time of its own clause took ("March 20-25th", "on Monday,
    # March 3") is part of that time's expression: it takes no other word.
    found: dict[int, tuple] = {}
    timed: set[str] = set()
    tried: set[str] = set()  # times whose nearest word was already taken
    for dist, _, t, trigger, sentence in sorted(pairs, key=lambda p: (p[0], p[1], p[3][0])):
        if t.id in timed:
            continue
        if trigger[0] in found:
            other = found[trigger[0]][1]
            if t.id not in tried and _one_clause(text, index, other, t):
                timed.add(t.id)
            tried.add(t.id)
            continue
        found[trigger[0]] = (dist, t, trigger, sentence)
        timed.add(t.id)
    for _, t, trigger, (a, b) in sorted(found.values(), key=lambda f: f[2][0]):
        ts, te, form, lemma = trigger
        toks = index.around(a, b, ts, CONTEXT_WINDOW + 2)
        out.append(Claim(f"e{len(out) + 1}", "event", ts, te, text[ts:te],
                         attrs={"time": t.id, "trigger": form, "lemma": lemma, "class": event_class(lemma),
                                "args": _arguments(text, toks, ts, te), "context": _context(toks, ts, te),
                                "sentence": [a, b], "kind": event_kind(lemma),
                                "ordinal": _ordinal(index, ts), "mention": False, "nominal": ts in nouns}))
    _joined_participants(index, out)
    _relative_subjects(text, index, out)
    out.extend(_mentions(article, index, times, {e.start for e in out}, len(out), nouns))
    out.sort(key=lambda e: e.start)  # rules bisect event claims by position
    for n, e in enumerate(out, 1):
        e.id = f"e{n}"
    _pro_forms(article, [e for e in out if not e.attrs["mention"]])
    return out


_OBJECT_PRONOUNS = frozenset(_LEX["object_pronouns"]["words"])
#: Auxiliaries between a subject or a clause join and its verb ("and was re-elected", "they had
#: met"): lexicon auxiliaries.
AUXILIARIES = frozenset(_LEX["auxiliaries"]["words"])
#: The most auxiliaries between a clause join and the verb whose subject it leaves out ("and
#: had been re-elected": two).
JOINED_VERB_AUX = 2


def _joined_participants(index: _Words, events: list[Claim]) -> None:
    """An event verb whose subject or object is left to the clause before it shares the
    participants of the event before it in its sentence: a verb right after a clause join,
    its subject left out ("the museum closed in March and reopened eight weeks later"; at
    most JOINED_VERB_AUX auxiliaries between: "and was re-elected"), or a verb whose object
    is a pronoun ("bought the dairy in 2019 and closed it two years later"). ``events`` are
    in text order."""
    for prev, e in zip(events, events[1:]):
        if prev.attrs["sentence"] != e.attrs["sentence"]:
            continue
        at = bisect.bisect_left(index.starts, e.start)
        at_end = bisect.bisect_left(index.starts, e.end)
        after = index.toks[at_end][2].lower() if at_end < len(index.toks) else ""
        back = [w.lower() for _, _, w in index.toks[max(0, at - JOINED_VERB_AUX - 1):at]]
        joined = False
        for w in reversed(back):
            if w in _JOINS:
                joined = True
                break
            if w not in AUXILIARIES:
                break
        if joined or after in _OBJECT_PRONOUNS:
            e.attrs["args"] = e.attrs["args"] + [w for w in prev.attrs["args"] if w not in e.attrs["args"]]


_RELATIVE_PRONOUNS = frozenset(_LEX["relative_pronouns"]["words"])
_BASELINE = frozenset(_LEX["baseline_words"])
_PRO = _LEX["pro_forms"]
#: Verbs through which a relative clause right after an event noun dates the event itself ("The
#: evacuation, which began on 2 May"; "the vote, which took place on"): beginning, ending, happening.
TELLS_ITSELF = frozenset(_PRO["lemmas"]) | frozenset(_LEX["aspect"]["start"]) | frozenset(_LEX["aspect"]["end"])
_PRO_SUBJECTS, _PRO_LEMMAS, _PRO_BETWEEN = (frozenset(_PRO[k]) for k in ("subjects", "lemmas", "between"))


def _dates_another(between: list[str]) -> bool:
    """Whether the words between an event word and a date after it give that date to something
    else: a baseline ("from the auction, against 17 million last year"), a relative clause of
    another noun ("the approval of the board, which meets on 7 May"), or a relative clause right
    after the event word whose verb does not tell the event itself ("The issue, which matures
    on 7 May": another event of the thing; "The evacuation, which began on 2 May" dates it), or
    a reporting verb right before the date's preposition ("a year after the opening, sales
    doubled, the trust said on Tuesday": the saying's date)."""
    low = [w.lower() for w in between]
    if _BASELINE.intersection(low) or _RELATIVE_PRONOUNS.intersection(low[1:]):
        return True
    if len(low) >= 2 and low[-2] in _REPORTING:
        return True
    return bool(low) and low[0] in _RELATIVE_PRONOUNS and not any(verb_lemma(w) in TELLS_ITSELF for w in low[1:])


def _pro_forms(article: Article, events: list[Claim]) -> None:
    """A sentence that opens with a pronoun and a verb of happening ("It took place on 2 May",
    "That happened in June"; lexicon pro_forms) tells again the event the sentence before
    dated: the verb's event takes that event's lemma, kind and participants, and
    ``pro_form`` (the id of the event it stands for). The last event with a time in the
    sentence before is taken: the nearest told ("closed in 2019 and reopened two years later.
    That happened in June 2020": the reopening). ``events``: the event words
    dated in their clause (no mentions), in text order, with their final ids."""
    an = analyse(article)
    for e in events:
        if e.attrs["lemma"] not in _PRO_LEMMAS:
            continue
        here = an.sentence_at(e.start)
        lead = [w.lower for w in an.words_in(here.start, e.start)]
        if not lead or lead[0] not in _PRO_SUBJECTS or any(w not in _PRO_BETWEEN for w in lead[1:]) \
                or here.index == 0:
            continue
        before = an.sentences[here.index - 1]
        told = next((x for x in reversed(events) if before.start <= x.start < before.end and x.attrs["time"]
                     and x.attrs["lemma"] not in _PRO_LEMMAS), None)
        if told is None:
            continue
        e.attrs.update(lemma=told.attrs["lemma"], kind=told.attrs["kind"], args=list(told.attrs["args"]),
                       pro_form=told.id, **{"class": told.attrs["class"]})


def _relative_subjects(text: str, index: _Words, events: list[Claim]) -> None:
    """An event verb that opens a relative clause set off by a comma ("The talks, which began
    on 17 May, ..."; at most JOINED_VERB_AUX auxiliaries between: "which had been held") has
    for its subject the noun before the comma: that word joins its participants, which the
    comma kept out of reach."""
    for e in events:
        at = bisect.bisect_left(index.starts, e.start)
        k = at - 1
        while k >= 0 and at - k <= JOINED_VERB_AUX and index.toks[k][2].lower() in AUXILIARIES:
            k -= 1
        if k < 1 or index.toks[k][2].lower() not in _RELATIVE_PRONOUNS:
            continue
        ps, pe, noun = index.toks[k - 1]
        if text[pe:index.toks[k][0]].strip() != "," or ps < e.attrs["sentence"][0]:
            continue
        low = fold_word(noun)
        if len(low) >= 3 and low not in STOP and low not in e.attrs["args"] and not low[0].isdigit():
            e.attrs["args"] = e.attrs["args"] + [low]


_NOMINAL = _LEX["nominalisations"]
#: Noun endings that make a verb's event a noun ("inspection", "approval", "closure"), with
#: what each leaves of the verb ("ratification" -> "ratify").
_NOMINAL_SUFFIXES: list[tuple[str, str]] = [tuple(p) for p in _NOMINAL["suffixes"]]
_NOMINAL_LEADS = frozenset(_NOMINAL["leads"])
#: The shortest stem (in letters) a verb and a noun may share: "close"/"closure" ("clos").
MIN_STEM = 4
#: The farthest (in words) after a past verb its noun may stand to tell the same event again:
#: "The board approved the plan last week. Members welcomed it. The approval came on 2 May."
NOMINAL_REACH = 60


#: How many distinct words the pure word functions below remember (``verb_stem``,
#: ``noun_stems``, ``fold_word``): they are asked about every word of every article, and an
#: article repeats its words; bounded, so a long stream of articles does not grow memory.
WORD_CACHE = 8192


@lru_cache(maxsize=WORD_CACHE)
def verb_stem(word: str) -> str | None:
    """The stem a regular past form shares with its nouns: "inspected" -> "inspect",
    "approved" -> "approv", "ratified" -> "ratify"; None for a word that is no such form."""
    w = word.lower()
    if not w.isalpha() or not w.endswith("ed"):
        return None
    stem = w[:-3] + "y" if w.endswith("ied") else w[:-2]
    stem = stem.rstrip("e") if not stem.endswith("ee") else stem
    return stem if len(stem) >= MIN_STEM else None


@lru_cache(maxsize=WORD_CACHE)
def noun_stems(word: str) -> frozenset[str]:
    """The stems a noun may share with its verb, one per ending it has: "inspection" ->
    {"inspect"}, "resignation" -> {"resign", "resignat"}, "closure" -> {"clos"}."""
    w = word.lower()
    out = set()
    for suffix, left in _NOMINAL_SUFFIXES:
        if w.endswith(suffix):
            stem = (w[:len(w) - len(suffix)] + left).rstrip("e")
            if len(stem) >= MIN_STEM:
                out.add(stem)
    return frozenset(out)


def told_twice(toks: list[tuple[int, int, str]], lows: list[str] | None = None) -> tuple[dict[str, str], dict[int, str]]:
    """The event words of an article beyond the lexicon's: a regular past verb and its noun
    told after it, within NOMINAL_REACH words ("inspectors inspected the plant ... the
    inspection"; "the board approved the plan ... the approval"), the noun after a
    determiner or possessive (nominalisations.leads), the verb after none. One event told
    twice, by a verb and then by its noun, whatever the verb; a noun told before its verb or
    far after it may be another occurrence or the process as a whole ("Drexel's application
    ... a month after the company applied"). Returns the verb forms (with the lexicon's) and
    the start of each such noun, both with the verb's lemma (the lexicon's, else its stem).
    One pass over the words (``lows``: each in lower case, when the caller has them)."""
    if lows is None:
        lows = [w.lower() for _, _, w in toks]
    last_verb: dict[str, tuple[int, str, str]] = {}  # stem -> (word index, lemma, form) of its last past form
    verbs: dict[str, str] = VERBS
    nouns: dict[int, str] = {}
    prev = ""
    for i, (s, _, w) in enumerate(toks):
        low = lows[i]
        if w.islower() and low not in STOP:
            # (a word not ending in "ed" is no regular past form: ``verb_stem`` not asked)
            stem = verb_stem(low) if low.endswith("ed") and low not in NOUNS else None
            if stem is not None and prev not in _NOMINAL_LEADS:
                last_verb[stem] = (i, VERBS.get(low, stem), low)  # a lexicon verb keeps its lemma
            elif low not in VERBS and (prev in _NOMINAL_LEADS or prev.endswith(("'s", "\u2019s"))):
                for stem in noun_stems(low):
                    told = last_verb.get(stem)
                    if told is None or i - told[0] > NOMINAL_REACH:
                        continue
                    lemma = NOUNS.get(low, told[1])  # a lexicon noun keeps its lemma: "raided ... the raid"
                    if low not in NOUNS:
                        nouns[s] = lemma
                    if told[2] not in VERBS:
                        verbs = dict(verbs) if verbs is VERBS else verbs
                        verbs[told[2]] = lemma
                    break
        prev = low
    return verbs, nouns


_REPORTING = frozenset(_LEX["reporting_verbs"])
#: Words after a date that make the event noun after them the point the date's event is placed
#: from ("on 28 March, following the vote"; lexicon mentions.reference_words): that date is not
#: the noun's. "of" joins a noun to its complement ("the fall of the city"): it places nothing.
_PLACED_FROM = frozenset(_LEX["mentions"]["reference_words"]) - {"of"}


def told_twice_with(toks: list[tuple[int, int, str]], verbs: dict[str, str],
                    lows: list[str] | None = None) -> dict[str, str]:
    """Regular past verbs beyond the lexicon told at least twice, each time with a participant
    in common within ARG_WINDOW words ("engineers dredged the basin three months later ... after
    engineers dredged the basin in December"; "flooded the tunnel" twice): one event told twice,
    whatever the verb. Returns each such form with its stem for lemma. One pass over the words
    (``lows``: each in lower case, when the caller has them)."""
    if lows is None:
        lows = [w.lower() for _, _, w in toks]
    at: dict[str, list[int]] = {}
    for i, (_, _, w) in enumerate(toks):
        low = lows[i]
        if w.islower() and low.endswith("ed") and low not in verbs and low not in NOUNS and low not in STOP \
                and low not in _REPORTING and _past_form(low) and verb_stem(low) is not None:  # "ed": see told_twice
            at.setdefault(low, []).append(i)
    out = {}
    for form, places in at.items():
        if len(places) < 2:
            continue
        around = [{fold_word(w) for _, _, w in toks[max(0, i - ARG_WINDOW):i] + toks[i + 1:i + 1 + ARG_WINDOW]
                   if w.isalpha() and len(w) > 2 and w.lower() not in STOP} for i in places]
        if any(a & b for n, a in enumerate(around) for b in around[n + 1:]):
            out[form] = verb_stem(form)
    return out


_NUMBERED = _LEX["numbered"]
#: Nouns ordinals order that are no occurrences of an event ("the first half", "second place"),
#: and time units ("the second week"): never numbered events.
_NOT_OCCURRENCES = frozenset(_NUMBERED["not_occurrences"]) | frozenset(load("temporal")["units"])


def numbered_nouns(text: str, toks: list[tuple[int, int, str]], lows: list[str] | None = None) -> dict[int, str]:
    """The start of every mention of a noun the article numbers with two different ordinals,
    right after the ordinal ("the first aftershock, on 3 April ... the second aftershock,
    on 19 June"), with its folded form for lemma: the article counts occurrences of that event,
    whatever the noun. Nouns of the lexicon, time units and the lexicon's numbered parts,
    places and people (events.json numbered.not_occurrences) are left out. One pass
    (``lows``: each word in lower case, when the caller has them)."""
    if lows is None:
        lows = [w.lower() for _, _, w in toks]
    numbers: dict[str, set[int]] = {}
    for i, (_, e, _w) in enumerate(toks[:-1]):
        n = ORDINALS.get(lows[i])
        if not n:
            continue
        s, e2, nxt = toks[i + 1]
        if not nxt.isalpha() or not nxt.islower() or text[e:s].strip():
            continue
        if i + 2 < len(toks) and _modifies(text, nxt, e2, toks[i + 2]):
            nxt = toks[i + 2][2]  # "her first world title": the head after one modifier
        noun = fold_word(nxt)
        if noun in STOP or noun in _NOT_OCCURRENCES or nxt in NOUNS or noun in NOUNS or nxt in VERBS:
            continue
        numbers.setdefault(noun, set()).add(n)
    counted = {noun for noun, ns in numbers.items() if len(ns) >= 2}
    return {s: fold_word(w) for s, _, w in toks if w.islower() and fold_word(w) in counted} if counted else {}


def _modifies(text: str, word: str, end: int, nxt: tuple[int, int, str]) -> bool:
    """Whether the lower-case ``word`` (ending at ``end``) modifies the lower-case content word
    ``nxt`` right after it, nothing between: "world" in "world title"."""
    s, _, w = nxt
    return word.lower() not in STOP and w.isalpha() and w.islower() and w not in STOP and not _past_form(w) \
        and not text[end:s].strip()


def _past_form(word: str) -> bool:
    """claims.temporal.tense.is_past_form, imported when first asked: the temporal package
    reads this module's lexicon, so it cannot be imported at the top. Once imported, the
    function replaces this one (asked about every lower-case word of an article)."""
    global _past_form
    from claims.temporal.tense import is_past_form
    _past_form = is_past_form
    return is_past_form(word)


def _ordinal(index: _Words, start: int) -> int | None:
    """The ordinal before an event word, past a determiner or one modifier: "the second coup"
    2, "another coup" 0 (the next one after the last told), "that first landslide" 1, "her
    second world title" 2; else None."""
    at = bisect.bisect_left(index.starts, start)
    for back in (1, 2):
        if at - back < 0:
            return None
        s, e, w = index.toks[at - back]
        if w.lower() in ORDINALS:
            return ORDINALS[w.lower()]
        if back == 1 and at >= 2 and index.toks[at - 2][2].lower() in ORDINALS \
                and _modifies(index.text, w, e, index.toks[at]):
            return ORDINALS[index.toks[at - 2][2].lower()]
        if w.lower() not in _DETERMINERS:
            return None
    return None


def _mentions(article: Article, index: _Words, times: list[Claim], taken: set[int], n: int,
              nominal: dict[int, str]) -> list[Claim]:
    """Every other event noun (and two-word event verb: "took office") as an event claim,
    so that "the vote", "that second landslide" or "after taking office" can be linked to an
    earlier mention of the same kind. ``time`` is the date within MENTION_REACH words of it in
    its sentence ("the referendum was held on 9 May"), or None. One pass over the words."""
    text = article.text
    dated = sorted((t for t in times if t.timex.type in ("DATE", "TIME") and t.timex.resolution != "anchor"
                    and t.timex.earliest is not None and t.timex.latest is not None
                    and not (article.dateline and article.dateline[0] <= t.start < article.dateline[1])),
                   key=lambda t: t.start)
    starts = [t.start for t in dated]
    out: list[Claim] = []
    toks, lows = index.toks, index.lows
    inside = 0
    for i, (s, e, _w) in enumerate(toks):
        if i < inside:
            continue  # a word of a phrase told as one event ("strike" in "went on strike")
        low = lows[i]
        k = _phrase_at(toks, i) if low in _PHRASE_FIRST else 0
        if k:
            inside = i + k
            e, lemma = toks[i + k - 1][1], VERBS[_phrase(toks, i, k)]
        elif low in NOUNS:
            lemma = NOUNS[low]
        elif s in nominal:
            lemma = nominal[s]
        else:
            continue
        if s in taken:
            continue
        a, b = sentence_bounds(text, s, e)
        time = _mention_date(index, dated, starts, i, s, e, a, b)
        n += 1
        out.append(Claim(f"e{n}", "event", s, e, text[s:e],
                         attrs={"time": time, "trigger": text[s:e], "lemma": lemma, "class": event_class(lemma),
                                "args": [], "context": [], "sentence": [a, b], "kind": event_kind(lemma),
                                "ordinal": _ordinal(index, s), "mention": True}))
    return out


def _mention_date(index: _Words, dated: list[Claim], starts: list[int], i: int, s: int, e: int,
                  a: int, b: int) -> str | None:
    """The id of the nearer of the dates either side of word ``i``, if within MENTION_REACH
    words and in the sentence [a, b); a clause boundary or join between costs CLAUSE_COST
    words, and a relative clause of another noun keeps its date."""
    at = bisect.bisect_left(starts, s)
    best = None
    for t in dated[max(0, at - 1):at + 1]:
        if not (a <= t.start and t.end <= b):
            continue
        lo, hi = (e, t.start) if t.start >= e else (t.end, s)
        k_lo, k_hi = bisect.bisect_left(index.starts, lo), bisect.bisect_left(index.starts, hi)
        between = k_hi - k_lo
        if t.start >= e and _dates_another([w for _, _, w in index.toks[k_lo:k_hi]]):
            continue
        if t.end <= s and any(w.lower() in _PLACED_FROM for _, _, w in index.toks[k_lo:k_hi]):
            continue  # "on 28 March, following the vote": the vote is where that date is placed from
        if _BOUNDARY.search(index.text, lo, hi) \
                or any(index.toks[k][2].lower() in _JOINS for k in range(k_lo, k_hi)):
            between += CLAUSE_COST  # "a gale struck on 3 May and a gale struck on 9 May": each its own clause's
        if between <= MENTION_REACH and (best is None or between < best[0]):
            best = (between, t.id)
    return best[1] if best else None


def _one_clause(text: str, index: _Words, a: Claim, b: Claim) -> bool:
    """Whether two time claims stand in one clause: no boundary mark and no clause join between."""
    lo, hi = (a.end, b.start) if a.start < b.start else (b.end, a.start)
    if lo > hi or _BOUNDARY.search(text, lo, hi):
        return False
    between = index.toks[bisect.bisect_left(index.starts, lo):bisect.bisect_left(index.starts, hi)]
    return not any(w.lower() in _JOINS for _, _, w in between)


def _triggers(text: str, toks: list[tuple[int, int, str]], t: Claim, verbs: dict[str, str], nominal: dict[int, str]):
    """The event words near the time expression (at most MAX_DISTANCE words away), each with
    its distance in words, two-word verbs ("set up") first; a word across a clause boundary
    or a clause join counts CLAUSE_COST words farther, so the verb a time is an adjunct of
    ("born in 1930, won") wins over the next clause's (a word right before the time's own
    preposition is at no distance: "ended on 9 June hit ports" is "ended"'s), while a fronted
    time still finds its verb ("In March 2003, troops invaded"); a time after an event word of
    its own clause takes no word past the clause's end ("who was born in Seville in 1979, won":
    born's, however far). Only the words in reach are looked at, so the
    work per time claim is bounded however long the sentence."""
    at = bisect.bisect_left([s for s, _, _ in toks], t.start)  # the claim sits before toks[at]
    signal = (t.attrs or {}).get("signal")
    out = []
    inside = 0  # the words of a phrase already taken ("strike" in "went on strike") are no words of their own
    for i in range(max(0, at - MAX_DISTANCE - 1), min(len(toks), at + MAX_DISTANCE + 1)):
        s, e, w = toks[i]
        low = w.lower()
        if i < inside:
            continue
        k = _phrase_at(toks, i)
        if k:
            inside = i + k
            cand = (s, toks[i + k - 1][1], text[s:toks[i + k - 1][1]], VERBS[_phrase(toks, i, k)])
        elif low in verbs:
            cand = (s, e, w, _passive_lemma(toks, i) or verbs[low])
        elif low in NOUNS:
            cand = (s, e, w, NOUNS[low])
        elif s in nominal:
            cand = (s, e, w, nominal[s])
        else:
            continue
        if _modifies_a_number(toks, i):
            continue  # "down from close to 3,000": a number's modifier, no event
        # words strictly between the word and the claim; a phrase of more than two words counts as two
        dist = at - 1 - i - max(0, k - 2) if i < at else i - at
        if i == at - 2 and signal is not None and toks[at - 1][2].lower() == signal:
            dist = 0  # "ended on 9 June hit ports": a word, the time's preposition, the time: one phrase
        if i == at and _POSSESSIVE.fullmatch(text, t.end, s):
            dist = -1  # "yesterday's storm": a possessive time is its noun's before any other's
        if dist > MAX_DISTANCE:
            continue
        between = toks[i + 1:at] if i < at else toks[at:i]
        if i < at and _dates_another([w for _, _, w in between]):
            continue
        if i >= at and any(w.lower() in _PLACED_FROM for _, _, w in between):
            continue  # "named a chief on 28 March, following the vote": the vote is where it is placed from
        crosses = bool(_BOUNDARY.search(text, *((cand[1], t.start) if i < at else (t.end, s)))
                       or any(w.lower() in _JOINS for _, _, w in between))
        if crosses:
            dist += CLAUSE_COST
        out.append((dist, cand, i < at, crosses))
    # a time after an event word of its own clause is that clause's: the next clause's word
    # takes it only when it is fronted ("who was born in Seville in 1979, won": born's)
    own = any(before and not crosses for _, _, before, crosses in out)
    return [(dist, cand) for dist, cand, before, crosses in out if not (own and crosses and not before)]


_PASSIVE = _LEX["passive_lemmas"]
_PASSIVE_AFTER = frozenset(_PASSIVE["after"])


def passive_lemma(before: str | None, word: str) -> str | None:
    """The lemma of a verb form that names another event right after a form of "be" or a
    perfect "have" (``before``: "the body was found", "they had found him": find; "the firm was
    founded" stays found): lexicon ``passive_lemmas``; else None. The one reading of such forms:
    the extractor and the rules both ask here."""
    lemma = _PASSIVE["forms"].get(word.lower())
    return lemma if lemma is not None and before is not None and before.lower() in _PASSIVE_AFTER else None


def _passive_lemma(toks: list[tuple[int, int, str]], i: int) -> str | None:
    """``passive_lemma`` for word ``i`` of a token list."""
    return passive_lemma(toks[i - 1][2] if i > 0 else None, toks[i][2])


def _modifies_a_number(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether word ``i`` opens a number's modifier of two words ("close to 3,000", "close to
    two million": lexicons/language.json modifiers) with the number right after it."""
    if i + 2 >= len(toks) or modifier_kind(f"{toks[i][2]} {toks[i + 1][2]}") is None:
        return False
    nxt = toks[i + 2][2]
    return nxt[:1].isdigit() or parse_number(nxt) is not None


def _arguments(text: str, toks, ts: int, te: int) -> list[str]:
    """Content words next to the trigger, within its clause: its likely participants
    ("the city fell" -> city; "the fall of the city" -> city). Function words, measure
    words ("pct", "dlrs"), numbers and other verb forms are not participants."""
    idx = [i for i, (s, _, _) in enumerate(toks) if ts <= s < te]
    if not idx:
        return []
    out: list[str] = []
    for step, start in ((-1, idx[0] - 1), (1, idx[-1] + 1)):
        i, taken = start, 0
        while 0 <= i < len(toks) and taken < ARG_WINDOW:
            s, e, w = toks[i]
            # the text between this word and its neighbour toward the trigger
            gap = text[e:toks[i + 1][0]] if step < 0 else text[toks[i - 1][1]:s]
            if _BOUNDARY.search(gap):
                break  # the clause ends here
            taken += 1
            low = fold_word(w)
            i += step
            if (len(low) < 3 or low in STOP or low in _MONTHS or low in VERBS or low[0].isdigit()
                    or (low.endswith(("ing", "ed")) and not w[:1].isupper())):
                continue
            if low not in out:
                out.append(low)
    return out


def _context(toks, ts: int, te: int) -> list[str]:
    """Content words within CONTEXT_WINDOW words of the trigger, across clause boundaries:
    what the sentence is about near the event ("Set up in 2013, MINUSMA's mission" ->
    minusma, mission)."""
    idx = [i for i, (s, _, _) in enumerate(toks) if ts <= s < te]
    if not idx:
        return []
    lo, hi = max(0, idx[0] - CONTEXT_WINDOW), min(len(toks), idx[-1] + CONTEXT_WINDOW + 1)
    out = []
    for s, _, w in toks[lo:hi]:
        low = fold_word(w)
        if ts <= s < te or len(low) < 3 or low in STOP or low in _MONTHS or low in VERBS or low[0].isdigit():
            continue
        if low not in out:
            out.append(low)
    return out


#: A possessive ending ("'s", "s'"): compiled once, not looked up at each word.
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")


@lru_cache(maxsize=WORD_CACHE)
def fold_word(word: str) -> str:
    """Lower-case, possessive and plural folded ("mission's", "missions" -> "mission")."""
    w = _POSSESSIVE_END.sub("", word.lower())
    if word[:1].isupper():
        return w  # names keep their final s ("Guterres")
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w
