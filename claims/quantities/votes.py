"""Candidates' votes against the ballots cast: "Of the 8,300 ballots cast, Alvarez took 4,500 and
her rival, the former mayor, took 3,950"; "9,100 ballots were cast. Okoro won with 5,020 votes, Lind
took 3,700 and Baptiste 600".

A ballot counts once, for one candidate, so the votes each candidate won are parts of the
ballots cast. The whole is a count of ballots or votes told as cast (lexicon vote_cast_words
right after it); the parts are counts each told with a verb of winning votes (lexicon
vote_win_verbs) and a holder of its own in the words before it, or, the verb said once, a bare
count after a comma ("Lund won 11,900 votes, Reyes 8,300 and ..."), in the whole's sentence
or up to ``VOTE_SENTENCES`` after it. The whole may name its ballots in a compound ("ballot
papers"); a candidate whose verb is left out may be described and named in apposition ("and
the Labour candidate, Ann Tully, 420"; ``GAPPED_CANDIDATE_WORDS``); papers told after the
candidates with "a further" or "another" and the whole's noun ("rejected a further 80
papers") are more of the ballots counted, a part of their own.

In the whole's own sentence, opened by "Of the N ...",
the link is the writer's (``VOTES``); told over several sentences it is a reading of the
article, shown rather than proved (``VOTES_ACROSS``): a voter may have several votes where a
ward elects several members.

A count beside a word of another time or another contest (lexicon seat_tally_breakers: "had",
"previous", "last"; a year in its sentence) is no vote of this count; nor is a count with a
"more than" or "about" bound, a share, or a holder told with two numbers.
"""

from __future__ import annotations

import re

from claims.quantities.base import LEXICON, Mention, any_words, lemma
from claims.quantities.parts import tie_parts

#: Markers of candidates' votes tied to the ballots cast: in the ballots' own sentence opened
#: on them ("Of the 8,300 ballots cast, ..."), and told over several sentences.
VOTES = "votes won, of the ballots cast"
VOTES_ACROSS = "votes won, told across sentences"

#: Sentences after the ballots' own in which candidates' votes may be told.
VOTE_SENTENCES = 3
#: Words a candidate's name and description may take before its verb, within its clause.
CANDIDATE_WORDS = 10
#: Words a candidate may take before a count whose verb is left out ("..., and the Labour
#: candidate, Ann Tully, 420": a description and a name in apposition).
GAPPED_CANDIDATE_WORDS = 5

_BALLOT_NOUNS = frozenset(LEXICON["vote_count_nouns"])
_FURTHER = frozenset(("further", "another"))
_CAST = frozenset(LEXICON["vote_cast_words"])
_WIN = frozenset(LEXICON["vote_win_verbs"])
_BREAKERS = frozenset(LEXICON["seat_tally_breakers"])
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_OF_HEAD = re.compile(r"\s*[\"“]?\s*(?:out\s+)?of\s+", re.I)
_CLAUSE = re.compile(r"[;:()\[\]\n]|--")
#: "took 7,390, while", "won with 10,115 votes": a verb of winning and "with" right before the count
_WITH = frozenset(("with",))
#: the other side of a tally told with "to": "4,200 votes to 3,900 for Moss"
_FOR_NAME = re.compile(r"\s+for\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)")


def _ballots(q: Mention) -> bool:
    """``q`` counts ballots or votes: its noun, or a word of its phrase ("ballot papers")."""
    return q.noun in _BALLOT_NOUNS or any(lemma(w) in _BALLOT_NOUNS for w in (q.phrase or "").lower().split())


def _further(w: Mention, q: Mention) -> bool:
    """``q`` adds more of the ballots ``w`` counts after the candidates' votes: "a further 61
    papers were rejected", told with "further" or "another" and the whole's own noun."""
    return q.preceded_by in _FURTHER and q.noun is not None and q.noun == w.noun and q.role is None and not q.change \
        and q.mod is None


def _whole(text: str, q: Mention) -> bool:
    """A count of ballots or votes told as cast: "8,300 ballots cast", "9,100 ballots were cast"."""
    if not _ballots(q) or q.mod in ("more_than", "at_least", "range") or q.change or q.role is not None:
        return False
    after = [w.lower() for w in any_words(text, q.end, min(q.sentence[1], q.end + 40))][:3]
    return bool(_CAST.intersection(after))


def _candidate(text: str, q: Mention, floor: int) -> tuple[str, bool] | None:
    """Who won the votes ``q`` counts, and whether the verb is said with the count (True) or
    left out after a comma (False): the words before the count from ``floor`` (the end of the
    count before, or the sentence start), the last of them a verb of winning ("Alvarez took",
    "Okoro won with"), else a holder alone after a comma ("..., Reyes 8,300"), or a name
    after "for" when the count is the far side of a tally told with "to" ("4,200 votes to
    3,900 for Moss")."""
    if q.dimension == "percent" or q.unit is not None or (q.noun is not None and q.noun not in _BALLOT_NOUNS):
        return None
    if q.mod is not None or q.change or q.role is not None:
        return None
    words = any_words(text, floor, q.start)
    if not words:
        return None
    low = [w.lower() for w in words]
    while low and low[-1] in _WITH:
        low, words = low[:-1], words[:-1]
    if _BREAKERS.intersection(low[-3:]):
        return None
    if low and low[-1] in _WIN:
        holder = [w for w in words[:-1] if w.lower() not in ("and", "while", "whereas", "but")]
        if not holder or len(holder) > CANDIDATE_WORDS or not any(w[:1].isupper() for w in holder):
            return None
        return " ".join(holder).lower(), True
    gap = text[floor : q.start]
    if low and low[-1] == "to" and len(low) <= 2:
        named = _FOR_NAME.match(text, q.end)  # "received 4,200 votes to 3,900 for Moss"
        if named is not None:
            return named.group(1).lower(), False
    if gap.lstrip().startswith(",") or gap.lstrip().startswith("and "):
        holder = [w for w in words if w.lower() not in ("and", "while", "whereas", "but")]
        if 1 <= len(holder) <= GAPPED_CANDIDATE_WORDS and not _WIN.intersection(w.lower() for w in holder):
            return " ".join(holder).lower(), False
    return None


def link_votes(text: str, qs: list[Mention], starts: list[int]) -> None:
    """Tie the votes candidates won to the ballots cast told before them."""
    for w in [q for q in qs if _whole(text, q)]:
        k = starts.index(w.sentence[0]) if w.sentence[0] in starts else None
        if k is None:
            continue
        reach = starts[k + 1 + VOTE_SENTENCES] if k + 1 + VOTE_SENTENCES < len(starts) else len(text)
        parts: list[Mention] = []
        holders: set[str] = set()
        said = False  # a verb of winning was said in this sentence, so a bare count after a comma may leave it out
        sentence = None
        for q in qs:
            if q.start <= w.end or q.start >= reach:
                continue
            if q.sentence != sentence:
                sentence, said, floor = q.sentence, False, q.sentence[0]
                if _YEAR.search(text, q.sentence[0], q.sentence[1]):
                    break  # another election told ("In 2022, Lund had ...")
            if q is not w and _CLAUSE.search(text, floor, q.start):
                floor = q.start
            if q.sentence == w.sentence and floor < w.end:
                comma = text.find(",", w.end, q.start)  # "Of the 8,300 ballots cast on Monday, Alvarez took ..."
                floor = comma + 1 if comma >= 0 else w.end
            if parts and len(holders) >= 2 and _further(w, q):
                parts.append(q)  # the spoiled or rejected papers, more of the ballots counted
                q.holder = q.preceded_by  # held by no candidate: a part of its own
                floor = q.end
                continue
            found = _candidate(text, q, floor)
            floor = q.end
            if found is None or (not found[1] and not said):
                continue
            holder, verb = found
            said = said or verb
            q.holder = holder
            if holder in holders:  # a candidate told twice: this contest is not read, the next may be
                for p in parts + [q]:
                    p.holder = None
                parts = []
                break
            holders.add(holder)
            parts.append(q)
        if len(parts) < 2:
            for p in parts:
                p.holder = None
            continue
        opened = _OF_HEAD.fullmatch(text, w.sentence[0], w.start) is not None
        tie_parts(text, qs, w, parts, VOTES if opened and all(p.sentence == w.sentence for p in parts) else VOTES_ACROSS)
