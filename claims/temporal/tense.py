"""The tense of the clause around a time expression: what decides between the last and
the next occurrence of a date written without a year."""

from __future__ import annotations

from claims.language.vocabulary import CLASSES, FUNCTION_WORDS, MAY_END, NEVER_END
from claims.lexicon import load
from claims.temporal.tokens import CODE, Tokens
from claims.temporal.words import DETERMINERS, LEX, STOP

# -- tense ----------------------------------------------------------------------------------------

_TENSE = LEX["tense"]
_FUTURE = frozenset(_TENSE["future"])
#: Future words that may look ahead from a past moment of a story ("he would return in April",
#: "held out until May 11") rather than from the writing.
_NOT_FROM_WRITING = frozenset(_TENSE["not_from_writing"])
#: Words that speak of the future only as plans: "is scheduled to", "plans to". After "was",
#: "were" or "had" they are past ("had been scheduled to expire Friday").
_PLANNED = frozenset(_TENSE["planned"])
#: Past forms that do not end in -ed ("fell", "sold", "was").
IRREGULAR_PAST = frozenset(LEX["irregular_past"])
#: Words that mark a clause as past without being verbs ("ago", "yesterday", "former").
_PAST_MARKERS = frozenset(_TENSE["past"])
#: "was", "were", "had": auxiliaries of a past form (lexicon tense.past_auxiliaries)
PAST_AUXILIARIES = frozenset(_TENSE["past_auxiliaries"])
_NOT_PAST_ED = frozenset(_TENSE["not_past_ed"])
_SHORT_PAST_ED = frozenset(_TENSE["short_past_ed"])
#: Past participles as often adjectives before a noun ("the alleged fraud", "a planned merger"):
#: a verb's past form, but no evidence of a clause's tense.
_ADJECTIVE_ED = frozenset(_TENSE["adjective_ed"])
_PRESENT = frozenset(_TENSE["present"])
#: Present forms of calendar verbs ("opens", "runs", "kicks off"): a present clause.
_PRESENT_VERBS = frozenset(_TENSE["present_verbs"])
#: Words that look ahead only where no verb tells the clause's tense ("valid until Friday"),
#: as word tuples ("as early as" is three words).
_WEAK_FUTURE = tuple(tuple(w.split()) for w in _TENSE["weak_future"])
#: A past participle right after a preposition describes a noun ("according to unconfirmed
#: reports", "by armed men"): no finite verb, so no tense.
_PREPOSITIONS = CLASSES["preposition"]
#: Future words that are a place or a thing before certain words ("next to the embassy").
_NOT_FUTURE_BEFORE = {k: frozenset(v) for k, v in _TENSE["not_future_before"].items()}
#: Past markers that are no past after certain words: "the last train", "its last match" (an
#: adjective), "expected to last", "will last" (the verb).
_NOT_PAST_AFTER = {k: frozenset(v) for k, v in _TENSE["not_past_after"].items()}
#: The -ing forms of plans ("were planning to", "is preparing to"): a plan under way, which looks
#: ahead of the time it is told at, whatever auxiliary stands before it.
_PROGRESSIVE_PLANS = frozenset(_TENSE["progressive_plans"])
#: Words that open another clause after a time ("... on Saturday and were planning to ..."):
#: a marker after one counts only when the time's own clause has none, as one after a comma.
_COORDINATORS = frozenset(_TENSE["clause_coordinators"])
_COMMA = CODE["COMMA"]
#: Words that, opening a sentence before a time and a comma ("Until Friday, ..."), bound the
#: main clause that follows: no look ahead of their own.
_FRONTED_BOUNDS = frozenset(_TENSE["fronted_bounds"])
_PERIOD = CODE["PERIOD"]
#: Past forms and nouns that name a plan when "to" follows: "agreed to buy the line in February"
#: and "an agreement to buy the line in February" date
#: the purchase, which may still be ahead; the clause has no tense of its own to go by.
_PLAN_BEFORE_TO = frozenset(w.split()[0] for w in _TENSE["plan_words"]["plans"]) | frozenset(_TENSE["plan_nouns"])


#: Verbs that set a time for what is still to come ("set sentencing for", "adjourned the case
#: until", "moved the final to"), and the prepositions that introduce the time they set.
_SCHEDULE_VERBS = frozenset(_TENSE["schedule_verbs"])
_SCHEDULE_SIGNALS = frozenset(_TENSE["schedule_signals"])
#: How many words may stand between a verb that sets a time and the preposition of the time it
#: sets: its object and a particle ("set the final hearing for", "pushed the vote back to").
SCHEDULE_REACH = 4
#: Prepositions of the day of the event a verb set, after the event's name ("listed the appeal
#: for hearing on Monday"), the nouns that name events (the events lexicon's), and how many
#: words that name may take ("for a full hearing on").
_SCHEDULE_EVENT_PREPOSITIONS = frozenset(_TENSE["schedule_event_prepositions"])
_EVENT_NOUNS = frozenset(load("events")["nouns"])
SCHEDULED_EVENT_WORDS = 3


#: A time that opens its sentence before a comma ("In March, two days after the vote that split
#: the council of Mobile, Ala., the mayor resigned") has its main clause's verb after
#: whatever the writer puts between: the tense window reads this many tokens on (CLAUSE_AHEAD
#: otherwise).
FRONTED_REACH = 50
#: How many tokens the tense window reads before a time and after it, stopping earlier at the
#: end of its clause.
CLAUSE_BEHIND = 30
CLAUSE_AHEAD = 25
#: How many tokens may stand before such a time at its sentence's start ("In", "Early in").
FRONTED_OPENING_WORDS = 2


def scheduled_target(toks: Tokens, i: int) -> bool:
    """Whether the time at token ``i`` is what a verb set for later: its preposition right
    before it ("for", "until", "to") and, at most SCHEDULE_REACH words before that, with no
    punctuation between, a verb that sets times ("set sentencing for", "adjourned the case
    until", "moved the final to"). Such a time lies after the act, and the act may be well
    before publication, so a past tense around it ("remanded him and fixed the hearing for
    Thursday") says nothing of which side of publication the time falls on. The set time may
    be the day of the event named after the preposition ("listed the appeal for hearing on
    Monday", "set the case down for a full trial on 3 May"): a noun of the events lexicon
    right before the "on" or "at" of the time, at most SCHEDULED_EVENT_WORDS words after the
    preposition."""
    k = _schedule_signal_before(toks, i)
    if k is None:
        return False
    for n in range(k - 1, max(k - 2 - SCHEDULE_REACH, -1), -1):
        w = toks.word(n).lower()
        if not w[:1].isalpha():
            return False
        if w in _SCHEDULE_VERBS:
            return True
    return False


def _schedule_signal_before(toks: Tokens, i: int) -> int | None:
    """The token of the preposition that introduces a set time at token ``i``: right before it
    ("for Monday"), or before the event the time is the day of ("for hearing on Monday")."""
    k = i - 1
    if k < 1:
        return None
    if toks.word(k).lower() in _SCHEDULE_SIGNALS:
        return k
    if toks.word(k).lower() not in _SCHEDULE_EVENT_PREPOSITIONS or toks.word(k - 1).lower() not in _EVENT_NOUNS:
        return None  # "suspended him for three games on Monday" dates the act: games name no one event
    for n in range(k - 2, max(k - 2 - SCHEDULED_EVENT_WORDS, -1), -1):  # the event's name: k - 1 back to n + 1
        w = toks.word(n).lower()
        if w in _SCHEDULE_SIGNALS:
            return n
        if not w[:1].isalpha():
            return None
    return None


def is_past_form(word: str) -> bool:
    """Whether ``word`` (any case) is a verb's past form: an irregular one ("fell", "sold") or a
    regular -ed form of five letters or more or a known shorter one ("died"), never an -ed word
    that is no verb form ("hundred", "need", "indeed"). Whether it tells a past event in its
    clause is the caller's question (an adjective: "the proposed merger")."""
    w = word.lower()
    if w in IRREGULAR_PAST:
        return True
    return w.endswith("ed") and w not in _NOT_PAST_ED and (len(w) > 4 or w in _SHORT_PAST_ED)


def tense(toks: Tokens, i: int, j: int) -> str | None:
    """"past", "future" or None for the clause around tokens [i, j) (see ``tense_marker``)."""
    return tense_marker(toks, i, j)[0]


def ahead_of_now(toks: Tokens, i: int, j: int) -> bool:
    """Whether the clause around tokens [i, j) speaks of what is still ahead of its writing
    ("the summit will be held in April", "is expected in April"), not of a future told inside
    a past story ("he would return in April", "held out until May 11")."""
    t, word = tense_marker(toks, i, j)
    return t == "future" and word is not None and word not in _NOT_FROM_WRITING


def tense_marker(toks: Tokens, i: int, j: int) -> tuple[str | None, str | None]:
    """(tense, the marker word) for the clause around tokens [i, j): the tense marker nearest
    the mention (a future auxiliary such as "will", a plan such as "is scheduled to", a past
    form such as "said" or "-ed"); a verb before the mention counts nearer, as English puts
    the verb before its time adjuncts ("will double its flights by August, untouched by...").

    A marker after the mention across a comma or an "and" belongs to another clause ("would be ready as
    soon as Tuesday, Castro said"): it counts only when none of the mention's own clause
    does, and the weak words ("until", "as early as") only when no verb counts at all. The
    window ends at a sentence's full stop, not at an abbreviation's ("Ala., killed").

    A fronted "Until <time>," is no look ahead: it bounds the main clause after the comma,
    whose tense is the mention's ("Until Friday, the shop was closed" is past)."""
    t, word = clause_marker(toks, i, j)
    if t == "present" or t == "none":
        return None, None
    return t, word


def clause_marker(toks: Tokens, i: int, j: int) -> tuple[str, str | None]:
    """As ``tense_marker``, but telling apart a present clause ("present": "says", "is") and
    a clause with no tense marker at all ("none": a headline's "Friday: talks in Paris") from
    one with only a weak future word ("future", None)."""
    cls = toks.classes
    n_cls = len(cls)
    a = i
    lo = max(0, i - CLAUSE_BEHIND)
    while a > lo and not _ends_window(toks, a - 1):
        a -= 1
    b = j
    opens = i - a <= FRONTED_OPENING_WORDS and j < n_cls and cls[j] == _COMMA
    hi = min(n_cls, j + (FRONTED_REACH if opens else CLAUSE_AHEAD))
    while b < hi and not _ends_window(toks, b):
        b += 1
    text, starts, ends = toks.text, toks.starts, toks.ends
    words = [text[starts[k]:ends[k]].lower() for k in range(a, b)]
    fronted = j < n_cls and cls[j] == _COMMA and (a == 0 or cls[a - 1] in STOP) and i > a \
        and words[0] in _FRONTED_BOUNDS
    comma_after = b if fronted else next((k for k in range(j, b) if cls[k] == _COMMA), b)
    found: list[tuple[int, str, str]] = []  # (token, tense, word) of each marker
    weak = False
    for n, lw in enumerate(words):
        k = a + n
        if i <= k < j or not lw[:1].isalpha() or (fronted and n == 0):
            continue
        t = _marker(words, n)
        if t == "weak":
            weak = True
        elif t is not None:
            found.append((k, t, lw))
    # "planned a rally on Saturday and were planning ...": after an "and", another clause,
    # which yields to a marker of the time's own stretch (no comma between it and the time);
    # "Eisenhower, which has been on patrol since March and was scheduled to return" keeps
    # the "was" of its relative clause over the "will" before the comma.
    coordinator = None
    if found and found[-1][0] >= j:
        coordinator = next((k for k in range(j, comma_after) if words[k - a] in _COORDINATORS), None)
        if coordinator is not None:
            own_from = next((k + 1 for k in range(i - 1, a - 1, -1) if cls[k] == _COMMA), a)
            if not any(own_from <= k < i for k, _, _ in found):
                coordinator = None
    best: tuple[int, int, str, str] | None = None  # (tier, distance, tense, word)
    for k, t, lw in found:
        tier = 1 if k > comma_after or (coordinator is not None and k > coordinator) else 0
        dist = (i - k) if k < i else (k - j + 1) + 5
        if best is None or (tier, dist) < best[:2]:
            best = (tier, dist, t, lw)
    if best is None or best[2] == "present":
        # a present clause or none: "could land as early as Tuesday" looks ahead
        if weak:
            return "future", None
        return ("none", None) if best is None else ("present", best[3])
    return best[2], best[3]


def _ends_window(toks: Tokens, k: int) -> bool:
    """Whether token ``k`` ends the sentence for the tense window: a line break, or a full stop
    read as the language layer's splitter reads one (claims.language.sentences): not before a
    comma or a lower-case word ("Ala., killed", "p.m. as he"), never after an abbreviation such
    as "vs." or "Gen.", and after initials ("U.S.") only before a capitalized function word."""
    c = toks.classes[k]
    if c not in STOP:
        return False
    if c != _PERIOD or k + 1 >= len(toks):
        return True
    nxt = toks.word(k + 1)
    if toks.classes[k + 1] == _COMMA or nxt[:1].islower():
        return False
    if k and toks.ends[k - 1] == toks.starts[k]:
        before = toks.word(k - 1)
        if before in NEVER_END:
            return False
        if before in MAY_END or (len(before) == 1 and before.isupper()):
            return nxt.lower() in FUNCTION_WORDS
    return True


def _marker(words: list[str], n: int) -> str | None:
    """The tense the word at ``n`` marks: "past", "future", "present", "weak" (a weak future
    word) or None (no marker)."""
    lw = words[n]
    if lw in _FUTURE:
        if lw in _NOT_FUTURE_BEFORE and n + 1 < len(words) and words[n + 1] in _NOT_FUTURE_BEFORE[lw]:
            return None
        return "future"
    if lw in _PROGRESSIVE_PLANS:
        if n >= 1 and (words[n - 1] in DETERMINERS or words[n - 1] in _PREPOSITIONS):
            return None  # "the planning for Monday", "after preparing on Monday": an activity
        return "future"  # "were planning to drive ... on Monday": a plan under way looks ahead
    if lw in _PLANNED:
        nxt = words[n + 1] if n + 1 < len(words) else ""
        if lw in ("is", "are"):
            t = "future" if nxt == "to" else "present"
        elif lw in ("going", "plans", "plan", "intends", "hopes", "expects", "set") and nxt != "to":
            return None
        elif nxt == "to" and n + 2 < len(words) and words[n + 2] in DETERMINERS:
            return None  # "took their plans to the council", "due to the storm": "to" a preposition
        elif lw.endswith("ed") and _adjective(words, n):
            return None  # "the hastily planned trip": describes a noun
        else:
            t = "future"
        if t == "future" and any(w in PAST_AUXILIARIES for w in words[max(0, n - 3):n]):
            t = "past"
        return t
    if lw in _PLAN_BEFORE_TO and n + 2 < len(words) and words[n + 1] == "to" \
            and words[n + 2].isalpha() and words[n + 2] not in DETERMINERS \
            and (n == 0 or words[n - 1] not in ("be", "been", "being")):
        return "present"  # "agreed to buy ... in February", "an agreement to buy": a plan, no tense to go by
    if lw in _NOT_PAST_AFTER and n >= 1 and words[n - 1] in _NOT_PAST_AFTER[lw]:
        return None  # "the last train", "expected to last": an adjective or a verb, no past
    if lw in _PAST_MARKERS or lw in IRREGULAR_PAST or (
            is_past_form(lw) and lw not in _ADJECTIVE_ED and not _adjective(words, n)):
        t = "past"  # "the ministry proposed", not "the proposed merger"
        if n >= 1 and words[n - 1] in ("be", "being"):
            # a passive: "will be passed" is future, "is to be signed" too
            back = words[max(0, n - 4):n - 1]
            if any(w in ("will", "shall", "ll", "to", "would") for w in back):
                t = "future"
            elif not any(w in PAST_AUXILIARIES for w in back):
                t = "present"
        return t
    if lw in _PRESENT:
        return "present"
    if lw in _PRESENT_VERBS and (n == 0 or (words[n - 1] not in DETERMINERS and words[n - 1] not in _PREPOSITIONS
                                            and not words[n - 1][:1].isdigit())):
        return "present"  # "the poll opens on 2 May", not "the opens", "loose ends", "tax returns"
    for phrase in _WEAK_FUTURE:
        if tuple(words[n:n + len(phrase)]) == phrase:
            return "weak"
    return None


def _adjective(words: list[str], n: int) -> bool:
    """Whether the -ed word at ``n`` describes a noun rather than tells a past event: after a
    determiner ("the proposed merger"), or after an adverb that follows one ("a still
    unspecified date", "the newly elected board"); a past form right after a preposition is
    one too ("according to unconfirmed reports", "by armed men"). After "that", a past form
    followed by a preposition or a determiner is the verb of a relative clause ("the tender
    that closed on Tuesday", "the firm that bought the mill"), not "that planned merger"."""
    if n >= 1 and words[n - 1] == "that" and (n + 1 >= len(words) or words[n + 1] in _PREPOSITIONS
                                              or words[n + 1] in DETERMINERS):
        return False  # "the tender that closed on Tuesday": a relative pronoun, its clause's verb
    if n >= 1 and (words[n - 1] in DETERMINERS or words[n - 1] in _PREPOSITIONS):
        return True
    return n >= 2 and words[n - 2] in DETERMINERS and (words[n - 1].endswith("ly") or words[n - 1] == "still")
