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

import re
from datetime import date

from claims.language import analyse
from claims.language.tokens import WORD, words_of
from claims.language.vocabulary import FUNCTION_WORDS, is_a
from claims.model import Article, Claim
from claims.quantities.base import LEXICON, PEOPLE_NOUNS, lemma

_CLASSES: dict = LEXICON["measure_keys"]
_WORDS: dict[str, str] = {w: cls for cls, spec in _CLASSES.items() for w in spec.get("words", ())}
_OF: dict[str, str] = {w: cls for cls, spec in _CLASSES.items() for w in spec.get("of", ())}
_APART = frozenset(LEXICON["measure_key_apart"])
_BASELINE = frozenset(LEXICON["measure_key_baseline"])
_LEVEL_VERBS = frozenset(LEXICON["measure_level_verbs"])
_OF_MEASURES = frozenset(LEXICON["measure_of_nouns"])
_CONDITIONS = frozenset(LEXICON["measure_key_conditions"])

#: Words after a figure in which the noun of its "of" ("of capacity") is read.
AFTER_WORDS = 5
#: Words after "of" or "in" in which the names owning a figure are read ("a 60% stake in
#: river-freight company Arlo Barges Ltd"), up to a punctuation mark or a function word.
OWNER_WORDS = 6
#: Words after a figure in which a target, forecast or revision word sets it apart ("750 jobs
#: forecast"; a modal verb after it is its subject's verb's, "all 58 staff would get"), and before it, up to another figure ("later raised the figure and will hire
#: 450"; "after another dry month left the reservoir at 38 percent" is further than that).
APART_AFTER_WORDS = 3
APART_BEFORE_WORDS = 6
#: The most words a measure's name has (a list line's label, a table row's first cell, the
#: subject a figure is stated of: "Portfolio occupancy", "Net property income"); a longer
#: stretch is a sentence, not a name.
NAME_WORDS = 4
#: Words either side of a figure, in its sentence, whose names count as told with it when a
#: place is compared ("to hire 700 in Jurong" ... "750 jobs in Singapore over the next three
#: years as it builds a campus in Jurong West": one place inside the other).
TOLD_WORDS = 20
#: The most words a date opening a sentence before a measure's name has ("On Monday, March 3,
#: 2024, turnout was ...").
OPENING_DATE_WORDS = 5
#: A bullet that opens a list line ("- ", "* ", "• ", "1. ").
_BULLET = re.compile(r"\s*(?:[-*\u2022]|\d{1,2}[.)])\s+")
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
    next_word = after_low[0] if after and not text[c.end:after[0].start].strip() else None  # "a 60% stake", not "50 companies, affecting"
    for candidate, told in ((a.get("noun"), "noun"), (a.get("measured"), "noun"),
                            (next_word, "noun"), (a.get("preceded_by"), "verb")):
        if candidate and _class_of(candidate, dimension):
            what, word, how = _class_of(candidate, dimension), candidate, told
            break
    noun_of = ""
    if what is None:  # the noun the figure is the value "of" ("a final dividend of 4 cents")
        before = an.words_before(c.start, 3)
        if len(before) >= 2 and before[-1].text.lower() == "of" and _class_of(before[-2].text.lower(), dimension):
            what, word, how = _class_of(before[-2].text.lower(), dimension), before[-2].text.lower(), "noun"
            if len(before) == 3 and before[0].text.lower() not in FUNCTION_WORDS:
                noun_of = before[0].text.lower()  # what kind of it: "final", "special", "interim"
    if what is None:  # a class word between the figure and its counted noun ("all 58 affected staff")
        inside = next((w.text.lower() for w in an.words_in(c.start, c.end) if _class_of(w.text.lower(), dimension)), None)
        if inside:
            what, word, how = _class_of(inside, dimension), inside, "noun"
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
    if what is not None and _CLASSES[what].get("people") and a.get("noun") and lemma(a["noun"]) not in PEOPLE_NOUNS:
        return None  # "affected 50 companies": the class counts people
    named = what is None
    if what is None:
        opening = article.story_start(sentence.start, sentence.end)
        name = _named(an, text, c, clause, dimension, after_low, opening, times)
        if name is None:
            return None
        what, how = name
        word = what
    owner: list[str] = []
    owner_from = None
    # "a 60% stake in Arlo", "65 percent of Arlo": the word right after the figure or its noun
    at = 1 if how == "noun" and a.get("noun") is None and after_low[:1] == [word] else 0
    if len(after_low) > at and after_low[at] in ("of", "in"):
        owner = [n for n in _names_after(an, after[at].end, sentence.end) if n != (a.get("place") or "").lower()]
        owner_from = "of" if owner else None
    if not owner and clause is not None and clause.subject is not None and how != "subject":
        first = (clause.subject.head.split() or [""])[0]
        if first[:1].isupper() and first.lower() not in FUNCTION_WORDS:  # a name ("Acme will hire 700"), not "the plant" or "We"
            owner, owner_from = [first.lower()], "subject"
    story = article.story_start(sentence.start, sentence.end)
    # the figure's own stretch of its sentence: from the figure before it to the figure after
    others = [q for q in quantities if q is not c and story <= q.start < sentence.end]
    lo = max([q.end for q in others if q.end <= c.start], default=story)
    hi = min([q.start for q in others if q.start >= c.end], default=sentence.end)
    # its dates: those of its stretch inside its own punctuation clause ("We did $5 million of
    # sales in six months, and did it spending less than a year ago": what follows a word of
    # comparison is the other side's, lexicon measure_key_baseline)
    own = next((p for p in an.clauses_of(sentence) if p.start <= c.start < p.end), None)
    plo, phi = (max(lo, own.start), min(hi, own.end)) if own is not None else (lo, hi)
    phi = min([w.start for w in an.words_in(c.end, phi) if w.text.lower() in _BASELINE], default=phi)
    # not a date of another clause, such as the saying's ("will create 750 jobs, the firm said
    # on Monday"); a date opening the sentence outside every clause is the figure's
    others = [k for k in reading.clauses if not k.start <= c.start < k.end]
    period = sorted({t.timex.value for t in times
                     if t.timex is not None and t.timex.type == "DATE" and plo <= t.start < phi
                     and not any(k.start <= t.start < k.end for k in others)})
    days_before = None
    published = article.published
    for value in period:
        try:
            day = date.fromisoformat(value)
        except ValueError:
            continue
        if published is not None:
            days_before = (published - day).days
    apart = any(w.text.lower() in _APART for w in an.words_in(lo, c.start)[-APART_BEFORE_WORDS:]) \
        or any(w.text.lower() in _CONDITIONS for w in an.words_in(story, c.start)) \
        or any(w.text.lower() in _APART and not is_a("modal", w.text) for w in an.words_after(c.end, APART_AFTER_WORDS))
    column = _column(text, c.start) if how == "label" else None
    if column:
        period = sorted(set(period) | {column})  # a table's column header dates its cells ("H1 2025")
    told_with = _CLASSES.get(what, {}).get("told_with")
    if told_with and not any(w.text.lower() in told_with for w in an.words_in(lo, hi)):
        return None  # "45 cts a share" of a dividend or a profit: not the class's measure
    if _CLASSES.get(what, {}).get("needs_owner") and owner_from != "of":
        return None  # "75 pct owned by a bank": whose stake in what is not read
    # the names told beside the figure in its own stretch ("18 soldiers on Mindanao", "a
    # 3.80 dlrs a share bid by Corvo"), not inside a date, not opening the sentence
    timed = [(t.start, t.end) for t in times if lo <= t.start < hi]
    near = [w for w in an.words_in(lo, c.start)[-NAMES_WORDS:] + an.words_in(c.end, hi)[:NAMES_WORDS]]
    names = sorted({w.text.lower().rstrip("'’s") for w in near
                    if w.text[:1].isupper() and w.start != story and w.start != sentence.start
                    and w.text.lower() not in FUNCTION_WORDS and not any(s0 <= w.start < e0 for s0, e0 in timed)})
    if how == "label":
        names = []  # a list line or table row is told by its label, the other cells are other measures
    # what the class word is told of: the counted noun of a verb's figure ("will hire 900
    # operators"), the modifiers of a subject's head ("last year's maize harvest")
    of = noun_of
    if how == "verb" and a.get("noun"):
        of = a["noun"]
    elif how == "verb" and clause is not None and clause.object.head_start >= c.end:
        of = lemma(clause.object.head)  # "will hire 1,900 temporary clerical and technical employees"
    elif how == "subject" and clause is not None and clause.subject is not None:
        of = " ".join(w.text.lower() for w in an.words_in(clause.subject.start, clause.subject.head_start)
                      if w.text.lower() not in FUNCTION_WORDS and not w.text.lower().endswith(("'s", "’s")))
    told = sorted({w.text.lower().rstrip("'’s") for w in an.words_before(c.start, TOLD_WORDS) + an.words_after(c.end, TOLD_WORDS)
                   if w.text[:1].isupper()})
    return {"what": what, "word": word, "from": how, "of": of, "owner": owner, "owner_from": owner_from,
            "period": period, "apart": apart or moving, "place": a.get("place"), "names": names, "told": told,
            "named": named, "days_before": days_before,
            "definite": c.text.lower().startswith("the ") or a.get("preceded_by") == "the"}


def needs_definite(what: str) -> bool:
    """Whether a class's two figures are one measure only when one is told back definitely
    ("the 5-cent payout"; lexicon measure_keys ``needs_definite``)."""
    return bool(_CLASSES.get(what, {}).get("needs_definite"))


def _name(words: list[str]) -> str | None:
    """A measure's name from its words: lowercased, function words and possessives dropped, the
    last word in its singular ("Net property incomes" -> "net property income"); None when it
    is no name (no word left, more than NAME_WORDS, a number, or a name of someone: capitalised
    words only are read as an owner, not a measure)."""
    kept = [w.lower() for w in words if w.lower() not in FUNCTION_WORDS and not w.lower().endswith(("'s", "’s"))]
    if not kept or len(kept) > NAME_WORDS or not all(w.replace("-", "").isalpha() for w in kept):
        return None
    return " ".join(kept[:-1] + [lemma(kept[-1])])


def _line(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _label(text: str, c: Claim) -> str | None:
    """The label a list line or a table row gives the figure: "- Portfolio occupancy: 91.4%"
    (the figure first after the colon; words in brackets after the label are not part of it),
    "| Revenue | S$612.4m | ..." (the row's first cell; the figure in a later one)."""
    start, end = _line(text, c.start)
    line = text[start:end]
    if line.lstrip().startswith("|"):
        cells = line.split("|")
        at = line[: c.start - start].count("|")
        if at < 2 or line.strip().strip("|").replace("-", "").replace(":", "").strip() == "":
            return None
        return _name(words_of(cells[1]))
    bullet = _BULLET.match(line)
    if not bullet:
        return None
    colon = line.find(":", bullet.end())
    if colon < 0 or line[colon + 1: c.start - start].strip(" $€£¥S") != "":
        return None
    label = re.sub(r"\([^)]*\)", " ", line[bullet.end(): colon])
    return _name(words_of(label))


def _column(text: str, offset: int) -> str | None:
    """The header of the table column a cell at ``offset`` is in: the first row of its table
    when the second is the markdown rule ("|---|"), lowercased; None elsewhere."""
    start, end = _line(text, offset)
    at = text[start:offset].count("|")
    rows = [text[start:end]]
    while start > 0:
        s0, e0 = _line(text, start - 1)
        if not text[s0:e0].lstrip().startswith("|"):
            break
        rows.insert(0, text[s0:e0])
        start = s0
    if len(rows) < 3 or set(rows[1].replace(" ", "")) - set("|-:"):
        return None
    cells = rows[0].split("|")
    header = " ".join(cells[at].split()).lower() if at < len(cells) else ""
    if re.fullmatch(r"(1[89]|20)\d\d", header):
        return header  # a year is a date as the temporal reader gives it ("2024")
    return "column: " + header if header else None


def _dated_only(words: list, times: list[Claim]) -> bool:
    """Whether ``words`` (those opening a sentence before a subject) are a date's only, with
    its preposition ("In May 2024, the dam stood at ..."), at most OPENING_DATE_WORDS of them."""
    return len(words) <= OPENING_DATE_WORDS and all(
        w.text.lower() in FUNCTION_WORDS or any(t.start <= w.start < t.end for t in times) for w in words)


def _named(an, text: str, c: Claim, clause, dimension: str, after_low: list[str],
           opening: int, times: list[Claim]) -> tuple[str, str] | None:
    """A measure the text names in words, for a figure of no class: the label of its list line
    or table row, the subject it is stated of by a verb of level ("Portfolio occupancy was 94.1
    per cent"; lexicon measure_level_verbs), or a money figure "of" a measure noun ("S$621
    million of revenue"; lexicon measure_of_nouns). Gives (name, how read) or None."""
    label = _label(text, c)
    if label:
        return label, "label"
    if clause is not None and clause.subject is not None and clause.verb.verb.lower() in _LEVEL_VERBS \
            and clause.object is not None and clause.object.start == c.start and not clause.verb.negated \
            and clause.subject.head[:1].islower() and clause.subject.end <= clause.verb.start \
            and not an.words_in(clause.subject.head_end, clause.verb.start) \
            and _dated_only(an.words_in(opening, clause.subject.start), times):
        # the subject up to its head, with nothing after its head ("The new price for extrusion
        # billet is ..." is no name: a price told of one thing), opening its sentence or after a
        # date only ("For West Texas Sour the new price is ..." is a price told of one thing too)
        name = _name([w.text for w in an.words_in(clause.subject.start, clause.subject.head_end)])
        if name:
            return name, "subject"
    if dimension == "money" and after_low[:1] == ["of"] and len(after_low) > 1 and after_low[1] in _OF_MEASURES:
        return lemma(after_low[1]), "of"
    return None


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
