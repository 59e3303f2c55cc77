"""Measure keys: what a figure is a value of.

Principle: a figure is the value of a measure, and the measure has a key: what is measured
(the class of its noun, verb or rate: "deaths" ~ "killed" ~ "toll"; "jobs" ~ "hire"; "stake" ~
"owning N percent of"; "$N a share"), whose it is (a name owning it: the subject of its clause,
or the name after "of"/"in"), and when (the dates of its sentence). Two figures with one key
are one measure told twice, so they must agree; the rule number.restated-conflict compares them.

The key is ``attrs["key"]`` of a quantity claim, only for a figure whose class the lexicon
knows (``measure_keys``): ``what`` (the class), ``word`` (the word that told it, lowercased),
``of`` (what the class word is told of: the counted noun of a verb's figure, the modifiers
of a subject's head; "" when none), ``from`` (how it was read: ``noun`` the counted noun or the noun right after the figure,
``verb`` the verb the figure is the object of, ``subject`` the head of the subject the figure
is the value of, ``of`` the noun after "of"), ``owner`` (the capitalised words naming its owner, lowercased; empty when none) with ``owner_from`` (``of`` or ``subject``), ``period``
(the values of the date claims of the figure's sentence, after any dateline; empty when none)
``apart`` (True when the figure is a change or a range, or its stretch of sentence tells a
target, forecast, estimate or revision: lexicon ``measure_key_apart``, or a condition opens its
sentence before it: ``measure_key_conditions``), ``place`` (the place the
figure is told of, or None) and ``names`` (the capitalised words within NAMES_WORDS of it in its
stretch, lowercased, but a date's and the sentence's first: what else the figure is told with).

Known problems: the key reads one sentence; an owner told only by a pronoun or by the story's
topic is no owner (None), and a period told in another sentence is no period; a class the
lexicon does not list gives no key.
"""

from __future__ import annotations

from claims.language import analyse
from claims.language.tokens import WORD
from claims.language.vocabulary import FUNCTION_WORDS, is_a
from claims.model import Article, Claim
from claims.quantities.base import LEXICON, lemma

_CLASSES: dict = LEXICON["measure_keys"]
_WORDS: dict[str, str] = {w: cls for cls, spec in _CLASSES.items() for w in spec.get("words", ())}
_OF: dict[str, str] = {w: cls for cls, spec in _CLASSES.items() for w in spec.get("of", ())}
_APART = frozenset(LEXICON["measure_key_apart"])
_CONDITIONS = frozenset(LEXICON["measure_key_conditions"])

#: Words after a figure in which the noun of its "of" ("of capacity") is read.
AFTER_WORDS = 5
#: Words after "of" or "in" in which the names owning a figure are read ("a 60% stake in
#: river-freight company Arlo Barges Ltd"), up to a punctuation mark or a function word.
OWNER_WORDS = 6
#: Words after a figure in which a target, forecast or revision word sets it apart ("750 jobs
#: forecast"), and before it, up to another figure ("later raised the figure and will hire
#: 450"; "after another dry month left the reservoir at 38 percent" is further than that).
APART_AFTER_WORDS = 3
APART_BEFORE_WORDS = 6
#: Words either side of a figure, in its stretch, whose names it is told with ("18 soldiers on
#: Mindanao island"; "the largest investment in Decatur County's history", further on, is not).
NAMES_WORDS = 6


_COUNTED_AFTER: dict[str, tuple[str, frozenset[str]]] = {
    noun: (cls, frozenset(verbs)) for cls, spec in _CLASSES.items() for noun, verbs in spec.get("counted_after", {}).items()}


def _class_of(word: str, dimension: str) -> str | None:
    cls = _WORDS.get(word) or _WORDS.get(lemma(word))
    return cls if cls and dimension in _CLASSES[cls]["dimensions"] else None


def _counted_class(c: Claim) -> str | None:
    """The class of a counted noun that tells it only after one of its verbs ("will create
    750 jobs"; lexicon measure_keys ``counted_after``)."""
    cls, verbs = _COUNTED_AFTER.get(c.attrs.get("noun") or "", (None, frozenset()))
    return cls if cls and c.attrs.get("preceded_by") in verbs and c.attrs.get("dimension") in _CLASSES[cls]["dimensions"] else None


def _names_after(an, start: int, end: int) -> list[str]:
    """The capitalised words of the noun phrase after ``start`` (up to OWNER_WORDS words, a
    punctuation mark or a function word), lowercased: the names of an owner."""
    names = []
    for t in an.tokens_in(start, end)[: OWNER_WORDS * 2]:
        if t.kind != WORD:
            if t.text in ("-", "’", "'", "&"):
                continue
            break
        if t.text.lower() in FUNCTION_WORDS or len(names) >= OWNER_WORDS:
            break
        if t.text[:1].isupper():
            names.append(t.text.lower())
    return names


def key(article: Article, c: Claim, quantities: list[Claim], times: list[Claim]) -> dict | None:
    """The measure key of quantity claim ``c`` (the module docstring), or None."""
    a = c.attrs
    dimension = a.get("dimension")
    if not dimension:
        return None
    moving = bool(a.get("change")) or a.get("mod") == "range"  # a change or a range: the measure moves
    text = article.text
    an = analyse(text)
    after = an.words_after(c.end, AFTER_WORDS + 1)
    after_low = [w.text.lower() for w in after]
    what = word = how = None
    # the counted noun, or the noun right after the figure ("a 60% stake")
    for candidate, told in ((a.get("noun"), "noun"), (a.get("measured"), "noun"),
                            (after_low[0] if after_low else None, "noun"), (a.get("preceded_by"), "verb")):
        if candidate and _class_of(candidate, dimension):
            what, word, how = _class_of(candidate, dimension), candidate, told
            break
    if what is None and _counted_class(c):
        what, word, how = _counted_class(c), a["noun"], "noun"
    # "of" after it ("38 percent of capacity"), read up to a punctuation mark or another number
    if what is None:
        for i, w in enumerate(after_low[:_plain_run(an, c.end, AFTER_WORDS)]):
            if w == "of" and i + 1 < len(after_low) and _OF.get(after_low[i + 1]):
                cls = _OF[after_low[i + 1]]
                if dimension in _CLASSES[cls]["dimensions"]:
                    what, word, how = cls, after_low[i + 1], "of"
                    break
    sentence = an.sentence_at(c.start)
    reading = an.reading(sentence)
    clause = next((k for k in reading.clauses if k.object is not None and k.object.start <= c.start < k.object.end), None)
    if what is None and clause is not None:
        verb = clause.verb.verb.lower()
        if _class_of(verb, dimension) and not _joined(an, clause.verb.verb_end):
            what, word, how = _class_of(verb, dimension), verb, "verb"
        elif clause.subject is not None and _class_of(clause.subject.head.lower(), dimension):
            what, word, how = _class_of(clause.subject.head.lower(), dimension), clause.subject.head.lower(), "subject"
    if what is None:
        # the figure counts the subject of a verb of its class ("32 miners were killed")
        told = next((k for k in reading.clauses if k.subject is not None and k.subject.start <= c.start < k.subject.end
                     and _class_of(k.verb.verb.lower(), dimension)), None)
        if told is not None and not _joined(an, told.verb.verb_end):
            what, word, how = _class_of(told.verb.verb.lower(), dimension), told.verb.verb.lower(), "verb"
    if what is None:
        return None
    owner: list[str] = []
    owner_from = None
    # "a 60% stake in Arlo", "65 percent of Arlo": the word right after the figure or its noun
    at = 1 if how == "noun" and a.get("noun") is None and after_low[:1] == [word] else 0
    if len(after_low) > at and after_low[at] in ("of", "in"):
        owner = [n for n in _names_after(an, after[at].end, sentence.end) if n != (a.get("place") or "").lower()]
        owner_from = "of" if owner else None
    if not owner and clause is not None and clause.subject is not None and how != "subject":
        first = (clause.subject.head.split() or [""])[0]
        if first[:1].isupper():  # a name ("Acme will hire 700"), not "the plant"
            owner, owner_from = [first.lower()], "subject"
    story = article.story_start(sentence.start, sentence.end)
    # the figure's own stretch of its sentence: from the figure before it to the figure after
    others = [q for q in quantities if q is not c and story <= q.start < sentence.end]
    lo = max([q.end for q in others if q.end <= c.start], default=story)
    hi = min([q.start for q in others if q.start >= c.end], default=sentence.end)
    period = sorted({t.timex.value for t in times
                     if t.timex is not None and t.timex.type == "DATE" and lo <= t.start < hi})
    apart = any(w.text.lower() in _APART for w in an.words_in(lo, c.start)[-APART_BEFORE_WORDS:]) \
        or any(w.text.lower() in _CONDITIONS for w in an.words_in(story, c.start)) \
        or any(w.text.lower() in _APART for w in an.words_after(c.end, APART_AFTER_WORDS))
    told_with = _CLASSES[what].get("told_with")
    if told_with and not any(w.text.lower() in told_with for w in an.words_in(lo, hi)):
        return None  # "45 cts a share" of a dividend or a profit: not the class's measure
    if _CLASSES[what].get("needs_owner") and owner_from != "of":
        return None  # "75 pct owned by a bank": whose stake in what is not read
    # the names told beside the figure in its own stretch ("18 soldiers on Mindanao", "a
    # 3.80 dlrs a share bid by Corvo"), not inside a date, not opening the sentence
    timed = [(t.start, t.end) for t in times if lo <= t.start < hi]
    near = [w for w in an.words_in(lo, c.start)[-NAMES_WORDS:] + an.words_in(c.end, hi)[:NAMES_WORDS]]
    names = sorted({w.text.lower().rstrip("'’s") for w in near
                    if w.text[:1].isupper() and w.start != story and w.start != sentence.start
                    and not any(s0 <= w.start < e0 for s0, e0 in timed)})
    # what the class word is told of: the counted noun of a verb's figure ("will hire 900
    # operators"), the modifiers of a subject's head ("last year's maize harvest")
    of = ""
    if how == "verb" and a.get("noun"):
        of = a["noun"]
    elif how == "verb" and clause is not None and clause.object.head_start >= c.end:
        of = lemma(clause.object.head)  # "will hire 1,900 temporary clerical and technical employees"
    elif how == "subject" and clause is not None and clause.subject is not None:
        of = " ".join(w.text.lower() for w in an.words_in(clause.subject.start, clause.subject.head_start)
                      if w.text.lower() not in FUNCTION_WORDS and not w.text.lower().endswith(("'s", "’s")))
    return {"what": what, "word": word, "from": how, "of": of, "owner": owner, "owner_from": owner_from,
            "period": period, "apart": apart or moving, "place": a.get("place"), "names": names}


def _joined(an, end: int) -> bool:
    """The class word ending at ``end`` is joined to another by "and"/"or" ("were killed or
    injured"): what is counted is the two together, not the class's measure."""
    nxt = an.words_after(end, 1)
    return bool(nxt) and is_a("noun_join", nxt[0].text.lower())


def _plain_run(an, start: int, n: int) -> int:
    """How many of the ``n`` words after ``start`` come before a punctuation mark or a number."""
    count = 0
    for t in an.tokens_in(start, start + 200):
        if count >= n or t.kind != WORD and t.text not in ("-",):
            break
        count += t.kind == WORD
    return count


def add_keys(article: Article, quantities: list[Claim], times: list[Claim]) -> None:
    """Set ``attrs["key"]`` on each quantity claim that has a measure key."""
    for c in quantities:
        k = key(article, c, quantities, times)
        if k is not None:
            c.attrs["key"] = k
