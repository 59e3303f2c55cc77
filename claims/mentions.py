"""Event chains: which event mentions of an article name one event.

Rules used to search the text around each event word for another mention of it; this module
does that once per article and writes what it finds on the event claims, so rules read the
document ("every dated mention of this arrest") instead of re-scanning sentences.

A *chain* is every event claim of one kind (claims/lexicons/events.json ``kinds``: "the vote"
and "the election" are one ballot, "the blaze" and "the fire" one fire). Within a chain a
mention *links* back to an earlier one when it names it as already told: a definite event
noun ("the arrest", "that vote", "the board's decision": lexicon ``mentions.definite`` or a
possessive, at most MODIFIER_REACH words before it, none a word that sets it apart, "the
earlier vote", or a name, "the Paris meeting") links to the nearest earlier mention of its
chain told with the same word or a synonym (``same_word``: "the decision" after "voted", not
"the summit" after "a meeting") when at most one occurrence of it was introduced before and none numbered ("a meeting
... a meeting ... the meeting", "the first meeting ... the meeting" may name either), unless its date is part of its own noun phrase and so picks one occurrence
among others ("the 9 March treaty", "The evacuation on 9 March was orderly":
``named_by_its_date``); "the second flood" links to the earlier mention numbered 2 ("another flood"
introduces one, it links to nothing). Whether the chain tells one occurrence or several is
``sole``: a kind that does not recur (``recurring_kinds``), nothing numbered, at most one
occurrence introduced with an indefinite word ("a fire ... another fire": two).

Event claim ``attrs`` written here (claims/model.py EventAttrs, schemas/claims.schema.json):
``chain`` (the chain's id, "ch1" ...), ``link`` (the id of the earlier mention this one names
again, or null), ``noun`` (told by a noun, not a verb; a noun the article's own verb makes an
event word, ``nominal``, only as the subject opening its sentence: ``_opens_its_sentence``), ``definite`` (a definite word or a
possessive before the noun), ``alone`` (no other event word in its sentence but a verb that
tells the event itself, "took place", "began": a date there has one event to date) and ``sole`` (its chain tells one occurrence).

``dated_pairs`` gives each chain's dated mentions, at most MAX_DATED of them: a chain dated
more often is a story of many occurrences (a market report's "fell"), not one event told
again, and is left out, which also bounds the work per chain.

Cost: one pass over the event claims, and for each a look at most MODIFIER_REACH + 1 words
back: linear in the article's length.
"""

from __future__ import annotations

import re

from claims.events import TELLS_ITSELF, fold_word
from claims.language import analyse
from claims.language.vocabulary import FUNCTION_WORDS
from claims.lexicon import load
from claims.model import Article, Claim

_LEX = load("events")
_MENTIONS = _LEX["mentions"]
DEFINITE = frozenset(_MENTIONS["definite"])
INDEFINITE = frozenset(_MENTIONS["indefinite"])
REFERENCE = frozenset(_MENTIONS["reference_words"])
#: Prepositions that may open a sentence before a definite event noun setting its occasion
#: ("At his sentencing on 3 May, ..."): the noun still opens its sentence (``_opens_its_sentence``).
OCCASION = frozenset(_MENTIONS["occasion_prepositions"])
SET_APART = frozenset(_MENTIONS["set_apart"])
#: Set-apart words that may also pick out an occurrence already told by its place ("the final
#: inspection", "the first vote").
POSITIONAL = frozenset(_MENTIONS["positional"])
RECURRING = frozenset(_LEX["recurring_kinds"])
NOUNS = frozenset(_LEX["nouns"])
#: lemma -> the synonym groups it belongs to (their indexes in the lexicon's list)
SYNONYM_GROUPS: dict[str, frozenset[int]] = {}
for _k, _group in enumerate(_MENTIONS["synonyms"]):
    for _lemma in _group:
        SYNONYM_GROUPS[_lemma] = SYNONYM_GROUPS.get(_lemma, frozenset()) | {_k}
#: The most words (adjectives, a possessor's name) between a definite word and its event noun:
#: "the board's decision" (one: "board's" is itself the possessive), "the recent fatal crash" (two).
MODIFIER_REACH = 2
#: The most dated mentions a chain may have and still be read as one event told again: "the
#: fire ... the blaze on 3 May" (two); a market report's dozen "fell"s are many occurrences.
MAX_DATED = 12
_POSSESSIVE = re.compile(r"['\u2019]s?$")


def synonym_key(word: str) -> str | None:
    """The class one wording of an event shares with its other wordings (lexicon
    mentions.synonyms): "syn:" and the first word of the first class holding ``word``
    ("flooding" and "burst": "syn:flood"), or None when no class holds it."""
    groups = SYNONYM_GROUPS.get(word)
    return None if not groups else "syn:" + _MENTIONS["synonyms"][min(groups)][0]


def word_family(lemma: str) -> frozenset[str]:
    """The lemma and every lemma that shares a synonym group with it ("declare" ->
    {"declare", "announce"}): the words one event may be told with."""
    family = {lemma}
    for k in SYNONYM_GROUPS.get(lemma, frozenset()):
        family.update(_MENTIONS["synonyms"][k])
    return frozenset(family)


def same_word(a: Claim, b: Claim) -> bool:
    """Whether two event mentions name their event with one word or synonyms: one lemma
    ("arrested" and "the arrest"), or one synonym group ("voted" and "the decision")."""
    la, lb = a.attrs.get("lemma"), b.attrs.get("lemma")
    return la == lb or bool(SYNONYM_GROUPS.get(la or "", frozenset()) & SYNONYM_GROUPS.get(lb or "", frozenset()))


def _definite(an, e: Claim) -> tuple[bool, bool]:
    """(definite, indefinite) for the words before an event noun, nearest first, at most
    MODIFIER_REACH + 1 of them in its sentence: "the arrest", "the board's decision" (a
    possessive), "a fire", "another fire"."""
    for w in reversed(an.words_before(e.start, MODIFIER_REACH + 1)):
        low = w.lower
        if w.text[:1].isalpha() and (_POSSESSIVE.search(w.text) or an.text[w.end:w.end + 1] in ("'", "\u2019")):
            return True, False  # "the board's decision", "the members' vote"
        if low in SET_APART or (w.text[:1].isupper() and not w.text.isupper() and w.start > an.sentence_at(w.start).start):
            return False, True  # "the earlier vote", "the Paris meeting": another occurrence, or one named
        if low in DEFINITE:
            return True, False
        if low in INDEFINITE:
            return False, True
    return False, False


def dated_by_another(an, e: Claim, t: Claim) -> bool:
    """Whether the date tied to a mention belongs to another event: the mention follows a
    reference word ("in July, after the crash": July dates what came after the crash), past
    a definite word and at most MODIFIER_REACH words, and its date stands before it."""
    if t.start > e.start:
        return False
    for w in reversed(an.words_before(e.start, MODIFIER_REACH + 2)):
        if w.lower in REFERENCE:
            return True
        if w.lower not in DEFINITE and w.lower not in INDEFINITE and not _POSSESSIVE.search(w.text):
            return False
    return False


def named_by_its_date(an, e: Claim, t: Claim | None) -> bool:
    """Whether a mention's date is part of its own noun phrase, picking one occurrence among
    others rather than dating the one already told: right before the noun ("the 9 March
    treaty"), or right after it (at most one preposition between) in a noun phrase that opens
    its sentence, the subject ("The evacuation on 9 March was orderly", "The treaty of 3
    March covers ports"); not an object's ("made the arrest on 31 December": the verb's date)."""
    if t is None:
        return False
    if t.end <= e.start:  # "the 9 March treaty", "Monday's meeting", "next weekend's NEC meeting"
        between = an.words_in(t.end, e.start)
        return not between or (bool(re.match(r"['\u2019]s\b", an.text[t.end:])) and len(between) <= MODIFIER_REACH + 1)
    if len(an.words_in(e.end, t.start)) > 1 or "," in an.text[e.end:t.start]:
        return False
    lead = an.words_in(an.sentence_at(e.start).start, e.start)
    return len(lead) <= MODIFIER_REACH + 1 and (not lead or lead[0].lower in DEFINITE)


#: The most words after "of" in which an event noun's complement names what it happened to:
#: "the fall of the government" (two: "the government").
OF_REACH = 3


def _of_whom(an, e: Claim) -> set[str]:
    """The content words of an event noun's "of" complement ("the fall of the government":
    government), folded as the extractor folds participants; empty without one."""
    after = an.words_after(e.end, OF_REACH + 1)
    if not after or after[0].lower != "of" or an.text[e.end:after[0].start].strip():
        return set()
    return {fold_word(w.text) for w in after[1:] if w.lower not in FUNCTION_WORDS}


def _shares(an, e: Claim, earlier: Claim) -> bool:
    """Whether a noun's "of" complement, if it has one, names a participant of the earlier
    mention ("the city fell ... the fall of the city"; not "... the fall of the government")."""
    whom = _of_whom(an, e)
    return not whom or bool(whom & (set(earlier.attrs.get("args") or ()) | set(earlier.attrs.get("context") or ())))


def _opens_its_sentence(an, e: Claim) -> bool:
    """Whether a noun is its sentence's subject, told as one already told: at most
    MODIFIER_REACH + 1 words before it, the first a definite word ("The search, on 9 May,
    found"), past an opening preposition of occasion ("At the search on 9 May, officers"). A noun the article's own verb makes an event word (``nominal``: "searched ... the
    search") is a mention only there; elsewhere ("a rival firm made the inspection") it may tell
    another occurrence of what the verb told."""
    lead = an.words_in(an.sentence_at(e.start).start, e.start)
    if len(lead) > 1 and lead[0].lower in OCCASION:
        lead = lead[1:]  # "At his sentencing on 3 May, the judge ...": the occasion of the main clause
    return 0 < len(lead) <= MODIFIER_REACH + 1 and lead[0].lower in DEFINITE


def link(article: Article, events: list[Claim], times: dict[str, Claim] | None = None) -> None:
    """Write ``chain``, ``link``, ``noun``, ``definite``, ``alone`` and ``sole`` on each event
    claim (``events`` in text order)."""
    an = analyse(article)
    chains: dict[str, str] = {}
    members: dict[str, list[Claim]] = {}
    per_sentence: dict[int, int] = {}
    introduced: dict[str, int] = {}
    for e in events:
        if e.attrs.get("lemma") not in TELLS_ITSELF:  # "The evacuation took place on 9 March": one event
            per_sentence[an.sentence_at(e.start).index] = per_sentence.get(an.sentence_at(e.start).index, 0) + 1
    for e in events:
        kind = e.attrs.get("kind") or e.attrs.get("lemma") or ""
        chain = chains.setdefault(kind, f"ch{len(chains) + 1}")
        noun = e.text.lower() in NOUNS or " " not in e.text and (
            e.attrs.get("mention", False) or e.attrs.get("nominal", False) and _opens_its_sentence(an, e))
        definite, indefinite = _definite(an, e) if noun else (False, False)
        ordinal = e.attrs.get("ordinal")
        before = members.setdefault(chain, [])
        linked = None
        if ordinal:
            linked = next((x for x in reversed(before) if x.attrs.get("ordinal") == ordinal), None)
        elif definite and ordinal is None and before and introduced.get(chain, 0) <= 1 \
                and not any(x.attrs.get("ordinal") is not None for x in before) \
                and not named_by_its_date(an, e, (times or {}).get(e.attrs.get("time") or "")):
            named = next((x for x in reversed(before) if same_word(x, e)), None)  # "the summit" names no meeting
            linked = named if named is not None and _shares(an, e, named) else None
        if indefinite or ordinal is not None:
            introduced[chain] = introduced.get(chain, 0) + 1
        e.attrs.update(chain=chain, link=linked.id if linked is not None else None, noun=bool(noun),
                       definite=definite, alone=per_sentence.get(an.sentence_at(e.start).index, 0) <= 1)
        before.append(e)
    for kind, chain in chains.items():
        sole = kind not in RECURRING and introduced.get(chain, 0) <= 1 \
            and not any(x.attrs.get("ordinal") for x in members[chain])
        for x in members[chain]:
            x.attrs["sole"] = sole


def extract(article: Article, claims_so_far: list[Claim]) -> list[Claim]:
    """The extractor step after claims.events: writes the chain attributes on the event
    claims found so far and adds no claim."""
    events = sorted((c for c in claims_so_far if c.kind == "event"), key=lambda e: e.start)
    link(article, events, {c.id: c for c in claims_so_far if c.kind == "time"})
    return []


def dated_pairs(article: Article, events: list[Claim], times: dict[str, Claim]) -> dict[str, list[tuple[Claim, Claim]]]:
    """Each chain's dated mentions as (event, time) pairs in text order, leaving out a date
    that belongs to another event (``dated_by_another``); a chain with more than MAX_DATED
    is left out (many occurrences, not one event told again)."""
    out: dict[str, list[tuple[Claim, Claim]]] = {}
    an = analyse(article)
    for e in sorted(events, key=lambda e: e.start):
        t = times.get(e.attrs.get("time") or "")
        if t is not None and e.attrs.get("chain") and not dated_by_another(an, e, t):
            out.setdefault(e.attrs["chain"], []).append((e, t))
    return {chain: pairs for chain, pairs in out.items() if len(pairs) <= MAX_DATED}
