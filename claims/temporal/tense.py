"""The tense of the clause around a time expression: what decides between the last and
the next occurrence of a date written without a year."""

from __future__ import annotations

from claims.temporal.tokens import Tokens
from claims.temporal.words import DETERMINERS, LEX, STOP

# -- tense ----------------------------------------------------------------------------------------

_TENSE = LEX["tense"]
_FUTURE = frozenset(_TENSE["future"])
#: Words that speak of the future only as plans: "is scheduled to", "plans to". After "was",
#: "were" or "had" they are past ("had been scheduled to expire Friday").
_PLANNED = frozenset(_TENSE["planned"])
#: Past forms that do not end in -ed ("fell", "sold", "was").
IRREGULAR_PAST = frozenset(LEX["irregular_past"])
#: Words that mark a clause as past without being verbs ("ago", "yesterday", "former").
_PAST_MARKERS = frozenset(_TENSE["past"])
_PAST_AUX = frozenset(_TENSE["past_auxiliaries"])
_NOT_PAST_ED = frozenset(_TENSE["not_past_ed"])
_SHORT_PAST_ED = frozenset(_TENSE["short_past_ed"])
#: Past participles as often adjectives before a noun ("the alleged fraud", "a planned merger"):
#: a verb's past form, but no evidence of a clause's tense.
_ADJECTIVE_ED = frozenset(_TENSE["adjective_ed"])
_PRESENT = frozenset(_TENSE["present"])
#: Past forms that name a plan when "to" follows: "agreed to buy the line in February" dates
#: the purchase, which may still be ahead; the clause has no tense of its own to go by.
_PLAN_BEFORE_TO = frozenset(w.split()[0] for w in _TENSE["plan_words"]["plans"])


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
    """"past", "future" or None for the clause around tokens [i, j): the tense marker nearest
    the mention (a future auxiliary such as "will", a plan such as "is scheduled to", a past
    form such as "said" or "-ed"); a verb before the mention counts nearer, as English puts
    the verb before its time adjuncts ("will double its flights by August, untouched by...")."""
    cls = toks.classes
    a = i
    lo = max(0, i - 30)
    while a > lo and cls[a - 1] not in STOP:
        a -= 1
    b = j
    hi = min(len(cls), j + 25)
    while b < hi and cls[b] not in STOP:
        b += 1
    text, starts, ends = toks.text, toks.starts, toks.ends
    words = [text[starts[k]:ends[k]].lower() for k in range(a, b)]
    best: tuple[int, str] | None = None
    for n, lw in enumerate(words):
        k = a + n
        if i <= k < j or not lw[:1].isalpha():
            continue
        if lw in _FUTURE:
            t = "future"
        elif lw in _PLANNED:
            nxt = words[n + 1] if n + 1 < len(words) else ""
            if lw in ("is", "are"):
                if nxt != "to":
                    t = "present"
                else:
                    t = "future"
            elif lw in ("going", "plans", "plan", "intends", "hopes", "expects", "set") and nxt != "to":
                continue
            else:
                t = "future"
            if t == "future" and any(w in _PAST_AUX for w in words[max(0, n - 3):n]):
                t = "past"
        elif lw in _PLAN_BEFORE_TO and n + 2 < len(words) and words[n + 1] == "to" \
                and words[n + 2].isalpha() and words[n + 2] not in DETERMINERS \
                and (n == 0 or words[n - 1] not in ("be", "been", "being")):
            t = "present"  # "agreed to buy ... in February": a plan, no tense to go by
        elif lw in _PAST_MARKERS or lw in IRREGULAR_PAST or (
                is_past_form(lw) and lw not in _ADJECTIVE_ED and not _adjective(words, n)):
            t = "past"  # "the ministry proposed", not "the proposed merger"
            if n >= 1 and words[n - 1] in ("be", "being"):
                # a passive: "will be passed" is future, "is to be signed" too
                back = words[max(0, n - 4):n - 1]
                if any(w in ("will", "shall", "ll", "to", "would") for w in back):
                    t = "future"
                elif not any(w in _PAST_AUX for w in back):
                    t = "present"
        elif lw in _PRESENT:
            t = "present"
        else:
            continue
        dist = (i - k) if k < i else (k - j + 1) + 5
        if best is None or dist < best[0]:
            best = (dist, t)
    if best is None or best[1] == "present":
        return None
    return best[1]


def _adjective(words: list[str], n: int) -> bool:
    """Whether the -ed word at ``n`` describes a noun rather than tells a past event: after a
    determiner ("the proposed merger"), or after an adverb that follows one ("a still
    unspecified date", "the newly elected board")."""
    if n >= 1 and words[n - 1] in DETERMINERS:
        return True
    return n >= 2 and words[n - 2] in DETERMINERS and (words[n - 1].endswith("ly") or words[n - 1] == "still")
