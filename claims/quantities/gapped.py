"""Shares listed with their verb said once: "Barley made up 52% of the grain bought, oats 33% and
rye 18%", "spent 62% of its budget with local firms, 29% with firms
elsewhere and 17% with national suppliers", "Labour stands at 34 per cent, the Conservatives at
31 per cent, ...".

A writer who says the verb once and changes one word per share (who has it, or where it goes)
tells shares of one whole: the same whole, split by the one thing that changes. The whole is
named by "of" after the first share ("of the purchases"), and then the shares together are at
most 100%; where it is not named, a sentence of a poll (lexicon respondent_words, in the
shares' sentence or the one before) makes them shares of those asked, a reading shown rather
than proved (``split_of`` ``GAPPED_POLL``).

Not a list of this kind: shares whose labels repeat; a first share hung on "with" when a later
share names a holder of its own without "with" ("X with 52%, Y with 41%" is one list) ("The south is ahead, with 80% of the crop cut, while the north
is at 40%": each region's own crop, no verb said once); a later share with a whole of its own ("60%
of Democrats, 70% of Republicans"); a label that tells another time, a comparison or a rate
rather than a part ("in 2019", "from 40%", "a year earlier", "among women": lexicon
gapped_share_label_stops); a share written as a word before a noun ("a 48% turnout", "25%
stake"); changes ("rose 5%, 7%").
"""

from __future__ import annotations

import re

from claims.language.tokens import words_of
from claims.language.vocabulary import FUNCTION_WORDS, is_a
from claims.quantities.base import LEXICON, Mention, any_words

#: ``split_of`` of shares of a whole the first share names ("of the purchases").
GAPPED_WHOLE = "one whole, the verb said once"
#: ``split_of`` of shares of the respondents the first share names ("of decided respondents").
GAPPED_ASKED = "one set of respondents, the verb said once"
#: ``split_of`` of shares of a poll's respondents whose whole no share names.
GAPPED_POLL = "one poll, the verb said once"

#: Words a later share's label may take before it ("the small parties", "the Conservatives at").
LABEL_BEFORE_WORDS = 4
#: Words a share's label may take after it, up to the next share's join ("with firms based in
#: the district", "wanting to keep the current system").
LABEL_AFTER_WORDS = 9
#: Words of the whole named after the first share ("of its procurement budget").
WHOLE_WORDS = 4

_JOIN = re.compile(r"(?:\s*,\s*(?:(?:and|while|whereas)\s+)?|\s+(?:and|while|whereas)\s+)")
_OF = re.compile(r"\s+of\s+")
_CONJUNCTION = re.compile(r"\b(?:and|while|whereas)\b")
_CLAUSE_MARK = re.compile(r"[,;:.!?]")
_RESPONDENTS = frozenset(LEXICON["respondent_words"])
_LABEL_STOPS = frozenset(LEXICON["gapped_share_label_stops"])
_LABEL_OPENERS = frozenset(LEXICON["gapped_share_label_openers"])
_SHARE_NOUNS = frozenset(LEXICON["gapped_share_not_before"])
_OWN_VERBS = frozenset(LEXICON["gapped_share_own_verbs"])
_POLL = frozenset(LEXICON["respondent_words"]) | frozenset(LEXICON["ballot_words"])
_WIN = frozenset(LEXICON["vote_win_verbs"])
_BAD = re.compile(r"[;:()\[\]\n\"“”]|--|\d")


def _free(q: Mention) -> bool:
    return (q.dimension == "percent" and q.unit == "percent" and q.role is None and not q.change and q.mod is None
            and q.det is None)


def _split(gap: str) -> tuple[str, str] | None:
    """The gap between two shares cut at its last join: (the label after the share before, the
    label before the next share); None when no join stands in it."""
    joins = list(_JOIN.finditer(gap))
    if not joins:
        return None
    last = joins[-1]
    for join in reversed(joins[:-1]):
        label = gap[join.end() :]
        if _CONJUNCTION.search(join.group(0)) and label.count(",") == 2 and len(_words(label)) <= LABEL_BEFORE_WORDS:
            return gap[: join.start()], label  # "and the incumbent, Pete Laramie, 47%": a holder in apposition
    return gap[: last.start()], gap[last.end() :]


def _words(s: str) -> list[str]:
    """The words of ``s``, lower case, as the language layer reads them (a hyphenated compound
    is one word)."""
    return words_of(s)


def link_gapped_shares(text: str, qs: list[Mention], starts: list[int]) -> None:
    """Tie each list of shares told with their verb said once into one set of answers."""
    i = 0
    while i < len(qs):
        if not _free(qs[i]):
            i += 1
            continue
        j = i + 1
        while j < len(qs) and _free(qs[j]) and qs[j].sentence == qs[i].sentence:
            j += 1
        if j - i >= 2:
            _tie(text, qs, qs[i:j], starts)
        i = j


def _whole(text: str, q: Mention) -> list[str]:
    """The words of the whole named right after the first share ("of its procurement budget"
    -> procurement budget), up to ``WHOLE_WORDS`` words that are no function words; [] when none."""
    m = _OF.match(text, q.end)
    if m is None:
        return []
    out: list[str] = []
    for w in any_words(text, m.end(), _clause_end(text, m.end(), q.sentence[1])):
        low = w.lower()
        if low in _LABEL_STOPS:
            break  # "of its budget last year": the whole ends before a word of time or comparison
        if low in FUNCTION_WORDS:
            if out or not (is_a("determiner", low) or is_a("possessive", low) or is_a("demonstrative", low)):
                break
            continue
        out.append(low)
        if len(out) == WHOLE_WORDS:
            break
    return out


def _own_verb(words: list[str]) -> bool:
    """Whether a share's words hold a verb of their own: an auxiliary, a modal or a
    verb of lexicon gapped_share_own_verbs ("did not believe", "said")."""
    return any(is_a("auxiliary", w) or is_a("modal", w) or w in _OWN_VERBS for w in words)


#: A share set against the first of a vote and told as another holder's ("took 46% of the vote,
#: against 41% for Ruiz"): "against" opens it, "for" names its holder.
_RIVAL, _RIVAL_HOLDER = "against", "for"


def _label_ok(before: list[str], after: list[str], poll: bool) -> bool:
    """A later share's own words: a holder before it of no verb ("wheat", "the Conservatives
    at") and, outside a poll, nothing after it but where the share goes ("with firms
    elsewhere"); in a poll, the answer may be any words ("wanting to keep the system")."""
    if not before and not after:
        return False
    if any(is_a("auxiliary", w) or is_a("modal", w) or is_a("negation", w) for w in before):
        return False
    if any(is_a("pronoun", w) and not (is_a("possessive", w) and k + 1 < len(before)) for k, w in enumerate(before)):
        return False  # "she 38%" is no label; "her challenger 38%" is
    if poll and before == [_RIVAL] and after[:1] == [_RIVAL_HOLDER]:
        pass  # "took 46% of the vote, against 41% for Ruiz": a rival's share of the same vote
    elif _LABEL_STOPS.intersection(before):
        return False  # "compared with 70%", "up from 40%": the other side of a comparison
    if after and (after[0] in _SHARE_NOUNS or after[0] == "of"):
        return False
    if after and after[0] in _LABEL_STOPS and not (poll and (after[0] in _LABEL_OPENERS or " ".join(after[:2]) in _LABEL_OPENERS)):
        return False  # "8% in Spain", "61% a year earlier"; in a poll, "38% against" is an answer
    if _own_verb(after):
        return False  # "55% said the service was poor": a verb of its own may ask another question
    return poll or not after or is_a("preposition", after[0])


def _tie(text: str, qs: list[Mention], run: list[Mention], starts: list[int]) -> None:
    if run[0].measured is not None:
        return  # "Turnout was 61%, ...": the first share measures a thing of its own
    afters: list[list[str]] = []
    befores: list[list[str]] = []
    for a, b in zip(run, run[1:]):
        gap = text[a.end : b.start]
        if _BAD.search(gap):
            return
        cut = _split(gap)
        if cut is None:
            return
        after, before = _words(cut[0]), _words(cut[1])
        if len(after) > LABEL_AFTER_WORDS + (WHOLE_WORDS + 1 if a is run[0] else 0) or len(before) > LABEL_BEFORE_WORDS:
            return
        afters.append(after)
        befores.append(before)
    afters.append(_words(text[run[-1].end : _clause_end(text, run[-1].end, run[-1].sentence[1])])[:LABEL_AFTER_WORDS])
    whole = _whole(text, run[0])
    asked = bool(_RESPONDENTS.intersection(whole)) or (not whole and (_poll(text, run[0], starts) or _won(text, run[0])))
    if not whole and not asked:
        return
    if afters[0][:1] and afters[0][0] in _SHARE_NOUNS:
        return  # "a 48% turnout": the share is a word of the noun after it
    if _own_verb(_past_whole(afters[0], whole)):
        return  # "58 pct did not believe ..., and 70 pct rejected ...": each share has a verb of its own
    if run[0].preceded_by == "with" and any(b and b[-1] != "with" for b in befores):
        return  # "The south is ahead, with 77% of the crop cut, while the north is at ...": no verb said once
    for before, after in zip(befores, afters[1:]):
        if not _label_ok(before, after, asked):
            return
    labels = [" ".join(b + a) for b, a in zip(befores, afters[1:])]
    if len(set(labels)) != len(labels):
        return
    split_of = (GAPPED_ASKED if whole else GAPPED_POLL) if asked else GAPPED_WHOLE
    first = " ".join(whole) if whole else "first answer"
    for q, label in zip(run, [first] + labels):
        q.role, q.answer, q.split_of = "answer", label, split_of
    run[0].answers = [qs.index(q) for q in run]


def _past_whole(after: list[str], whole: list[str]) -> list[str]:
    """The first share's words after the whole it names ("of the vote" is a whole, not the verb
    "vote"): the words from the whole's last one on."""
    if whole and whole[-1] in after:
        return after[after.index(whole[-1]) + 1 :]
    return after


def _won(text: str, q: Mention) -> bool:
    """The first share is won with a verb of winning votes right before it ("the Liberals won
    34.5%, Labour 33.2%"; lexicon vote_win_verbs): shares of one contest's vote, though no word
    of a vote is said; read as a poll's shares, shown rather than judged."""
    return (q.preceded_by or "") in _WIN


def _clause_end(text: str, pos: int, limit: int) -> int:
    """Where the clause holding ``pos`` ends (at the next clause mark, or ``limit``)."""
    m = _CLAUSE_MARK.search(text, pos, limit)
    return m.start() if m else limit


def _poll(text: str, q: Mention, starts: list[int]) -> bool:
    """A word of a poll in the share's sentence or the one before."""
    k = max(i for i, s in enumerate(starts) if s <= q.start)
    lo = starts[k - 1] if k > 0 else starts[k]
    return bool(_POLL.intersection(_words(text[lo : q.sentence[1]])))
