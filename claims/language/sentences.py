"""The one sentence and clause splitter, over the one tokenizer's tokens.

A sentence ends at a line break, or at ".", "!", "?" or "…" (with any closing quotation marks
and brackets after it) when the next token starts a sentence: a capital letter, a digit or an
opening mark, after white space. A full stop after an abbreviation is read from the lexicon
(claims/lexicons/language.json): "Mr.", "Gen.", "No." and initials ("J. Smith") never end a
sentence; "Inc.", "U.S.", "Sept.", other initials ("A.B.M.") and the like end it only when
the next word is a capitalized function word ("... in the U.S. The company said"), so "Prof.
Jones", "Sept. 12" and "U.S. Steel" stay inside their sentence.

A clause is a stretch of a sentence between ";", ":", dashes, brackets, or a comma followed by
a clause opener ("which", "but", "while" ...).

Every window is bounded: a sentence is at most ``MAX_SENTENCE_TOKENS`` tokens (longer runs,
such as text without full stops, are cut, preferably at a clause boundary), so no extractor's
work per sentence can grow with the length of the article.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import compress, count
from operator import itemgetter

from claims.language.tokens import NUMBER, PUNCT, WORD, Token
from claims.language.vocabulary import CLAUSE_OPENERS, FUNCTION_WORDS, MAY_END, NEVER_END

#: The longest sentence, in tokens. Real sentences are far shorter (the longest in Reuters-21578
#: is about 150 tokens); a longer run is cut so that per-sentence work stays bounded.
MAX_SENTENCE_TOKENS = 200

_ENDS = frozenset(".!?\u2026")
_CLOSERS = frozenset("\"'\u201d\u2019)]\u00bb")
_OPENERS = frozenset("\"'\u201c\u2018([\u00ab")
_CLAUSE_MARKS = frozenset(";:\u2014\u2013()")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the text: [start, end) offsets and the tokens [first, last) inside it."""

    start: int
    end: int
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class Sentence(Span):
    index: int = 0
    paragraph: int = 0


def split(text: str, tokens: list[Token], starts: list[int] | None = None) -> list[Sentence]:
    """The sentences of ``text``, covering every token, in order.

    Only two kinds of place can end a sentence: a line break, and the token after sentence
    punctuation or a closing mark. Those are found first (the line breaks by searching the
    text) and only they are judged, in order. ``starts``: the tokens' start offsets, when the
    caller has them."""
    out: list[Sentence] = []
    first, paragraph = 0, 0
    n = len(tokens)
    for i in _boundary_candidates(text, tokens, list(map(_START, tokens)) if starts is None else starts):
        if i == first:
            continue
        prev, tok = tokens[i - 1], tokens[i]
        gap = text[prev.end:tok.start]
        if "\n" in gap:
            if gap.count("\n") > 1:  # a blank line: a new paragraph
                _close(out, tokens, first, i, paragraph)
                first, paragraph = i, paragraph + 1
                continue
            if not _wrapped(prev, tok):
                _close(out, tokens, first, i, paragraph)
                first = i
                continue
        if _ends_before(tokens, i):
            _close(out, tokens, first, i, paragraph)
            first = i
    if first < n:
        _close(out, tokens, first, n, paragraph)
    return out


_MARKS = _ENDS | _CLOSERS
_TEXT, _START = itemgetter(0), itemgetter(1)  # a token's text and start


def _boundary_candidates(text: str, tokens: list[Token], starts: list[int]) -> list[int]:
    """The indices (in order, each once, none past the end) of the tokens before which a
    sentence may end: every token after a sentence mark or a closing mark (one pass over the
    token texts), and the first token after each line break (searched for in the text and
    found among the tokens by bisection)."""
    n = len(tokens)
    marks = _MARKS
    after_mark = list(compress(count(1), map(marks.__contains__, map(_TEXT, tokens))))  # built-ins, no step a token
    if after_mark and after_mark[-1] == n:
        after_mark.pop()
    pos = text.find("\n")
    if pos < 0:
        return after_mark
    after_break = []
    while pos >= 0:
        i = bisect_right(starts, pos)
        if i >= n:
            break
        after_break.append(i)
        pos = text.find("\n", starts[i])  # the next line break after this token
    return sorted(set(after_mark).union(after_break))


def _wrapped(prev: Token, nxt: Token) -> bool:
    """Whether a single line break between two tokens only wraps a sentence: the line does not
    end in sentence punctuation and the next line goes on in lower case ("... the council
    met\nyesterday"). Otherwise a line break ends the sentence (headlines, list items,
    paragraph-per-line text)."""
    return prev.text not in _ENDS and prev.text not in _CLOSERS and nxt.kind == WORD and nxt.text[:1].islower()


def _is_initials(word: str) -> bool:
    """Capital letters joined by full stops ("A.B.M", "D.C"): initials, which end a sentence
    only as "U.S." does, before a capitalized function word."""
    return len(word) >= 3 and word[::2].isalpha() and word[::2].isupper() and set(word[1::2]) == {"."}


def _ends_before(tokens: list[Token], i: int) -> bool:
    """Whether a sentence ends right before token ``i``."""
    j = i - 1
    while j > 0 and tokens[j].text in _CLOSERS and tokens[j].kind == PUNCT:
        j -= 1
    end = tokens[j]
    if end.kind != PUNCT or end.text not in _ENDS:
        return False
    nxt = tokens[i]
    if nxt.start == tokens[i - 1].end:  # no white space: "3.5", "U.S.-led", "end.)"
        return False
    if not (nxt.capitalized or nxt.kind == NUMBER or nxt.text in _OPENERS):
        return False
    if end.text == "." and j > 0 and tokens[j - 1].end == end.start:
        before = tokens[j - 1]
        if before.kind == WORD:
            if before.text in NEVER_END or (len(before.text) == 1 and before.text.isupper()):
                return False
            if before.text in MAY_END or _is_initials(before.text):
                return nxt.kind == WORD and nxt.text.lower() in FUNCTION_WORDS
    return True


def _close(out: list[Sentence], tokens: list[Token], first: int, last: int, paragraph: int) -> None:
    """Append the sentence of tokens [first, last), cut into pieces of at most
    MAX_SENTENCE_TOKENS tokens (at the last clause mark of each piece where there is one)."""
    while last - first > MAX_SENTENCE_TOKENS:
        cut = first + MAX_SENTENCE_TOKENS
        for k in range(cut - 1, first + MAX_SENTENCE_TOKENS // 2, -1):
            if tokens[k].text in _CLAUSE_MARKS or tokens[k].text in _ENDS or tokens[k].text == ",":
                cut = k + 1
                break
        out.append(Sentence(tokens[first].start, tokens[cut - 1].end, first, cut, len(out), paragraph))
        first = cut
    if last > first:
        out.append(Sentence(tokens[first].start, tokens[last - 1].end, first, last, len(out), paragraph))


def clauses(tokens: list[Token], sentence: Sentence, label_mark: int = -1) -> list[Span]:
    """The clauses of one sentence, in order, covering all its tokens but the clause marks
    (a sentence of marks alone is one clause). ``label_mark``: the index of the mark after a
    list line's label (claims/language/layout.py), which parts no clause: the label and the
    value are one ("14 March: tenders open" tells the date of its event)."""
    out: list[Span] = []
    first = sentence.first
    for k in range(sentence.first, sentence.last):
        t = tokens[k]
        boundary = k != label_mark and t.kind == PUNCT and (
            t.text in _CLAUSE_MARKS
            or (t.text == "," and k + 1 < sentence.last and tokens[k + 1].lower in CLAUSE_OPENERS))
        if boundary and k > first:
            out.append(Span(tokens[first].start, tokens[k - 1].end, first, k))
            first = k + 1
        elif boundary:
            first = k + 1
    if first < sentence.last:
        out.append(Span(tokens[first].start, tokens[sentence.last - 1].end, first, sentence.last))
    return out or [Span(sentence.start, sentence.end, sentence.first, sentence.last)]
