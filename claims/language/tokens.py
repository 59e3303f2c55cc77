"""The one tokenizer: words, numbers and punctuation with their offsets.

Letters are Unicode letters ("Nestlé", "Zürich", "Łódź" are one word each). A word may hold
an apostrophe or a hyphen between letters ("Kaiser's", "O'Neill", "well-known"); an
initialism holds its inner full stops ("U.S", "e.g", "Ph.D": the last full stop is a token of
its own, so the sentence splitter can decide whether it ends the sentence). A number starts
with a digit and keeps its separators and a letter suffix ("1,200", "2.5", "2024-04-21",
"08:30", "21/04/2024", "21st", "1990s", "10am", "5km"); readers of its value use
claims.language.numbers. Everything else is one punctuation character a token.

Why our own, and what was measured against it: see claims/language/__init__.py.
"""

from __future__ import annotations

import re
from functools import partial
from itertools import accumulate, chain
from operator import itemgetter
from typing import NamedTuple

WORD, NUMBER, PUNCT = "word", "number", "punct"

_LETTER = r"[^\W\d_]"
#: The token alternatives, none capturing: an initialism, a word, a number, punctuation. Each
#: starts with a character of its own kind, so a token's first character tells its kind
#: (``_KindOf``): a letter an initialism or a word, a digit a number, anything else not a
#: space one punctuation character.
_ALTERNATIVES = (
    rf"(?:{_LETTER}{{1,2}}\.)+{_LETTER}{{1,2}}(?!{_LETTER})"
    # a word: its letters, combining accents, and an apostrophe or hyphen before a letter,
    # read a run at a time (possessively: the longest run is the only one ever taken), not
    # one character an alternation (the same tokens, the tokenizer about a third faster)
    rf"|{_LETTER}{_LETTER}*+(?:(?:[\u0300-\u036f]+|['\u2019\-](?={_LETTER})){_LETTER}*+)*+"
    r"|\d{4}-\d{2}-\d{2}|\d+(?:[.,:/]\d+)*(?:" + _LETTER + r"{1,3}(?!" + _LETTER + r"))?"
    r"|\S"
)
#: A token with the spaces before it, as two groups: the spaces, and the token (empty for
#: the spaces at the text's end). ``findall`` reads it without a match object or a
#: Python-level step per token, and as every character that is not a space starts a token,
#: the lengths of the groups, added up, are the offsets. The spaces are taken possessively
#: (see ``over_spaces``, whose reasons hold here).
_SPACES_AND_TOKEN = re.compile(rf"(\s*+)({_ALTERNATIVES}|)")


class Token(NamedTuple):
    """One token: its text, [start, end) offsets in the analysed text, its kind (``word``,
    ``number`` or ``punct``) and its text in lower case (read about twice a token by the
    extractors: made once, by ``tokenize``, for all the tokens at a time)."""

    text: str
    start: int
    end: int
    kind: str
    lower: str

    @property
    def is_word(self) -> bool:
        """A word or a number: what windows counted "in words" count."""
        return self.kind != PUNCT

    @property
    def capitalized(self) -> bool:
        return self.kind == WORD and self.text[:1].isupper()


class _KindOf(dict):
    """A token's kind from its first character, worked out once for each character: a letter
    (a word character, ``str.isalnum``, that is not a digit, ``str.isdecimal``: what the
    regular expression's ``[^\\W\\d_]`` reads) starts a word, a digit a number, anything else
    is punctuation, as in ``_ALTERNATIVES``."""

    def __missing__(self, ch: str) -> str:
        kind = NUMBER if ch.isdecimal() else WORD if ch.isalnum() else PUNCT
        self[ch] = kind
        return kind


_KIND_OF = _KindOf()
_new_token = partial(tuple.__new__, Token)  # a Token from a 5-tuple, without a Python-level call
_first = itemgetter(0)
_Match = re.Match


def tokenize(text: str) -> list[Token]:
    """Every token of ``text`` in order. Linear in the length of the text.

    Each distinct token text is kept once: a long article repeats its words, and every token
    holding its own copy of "the" cost a quarter of the analysis's memory. The work after the
    regular expression's is done by built-ins over whole columns (``_SPACES_AND_TOKEN``)."""
    flat = list(chain.from_iterable(_SPACES_AND_TOKEN.findall(text)))
    offsets = list(accumulate(map(len, flat)))
    words = flat[1::2]
    starts, ends = offsets[0::2], offsets[1::2]
    while words and not words[-1]:  # the spaces at the end, or an empty text
        words.pop()
        starts.pop()
        ends.pop()
    kept: dict[str, str] = {}
    words = list(map(kept.setdefault, words, words))
    lower_of = dict(zip(kept, map(str.lower, kept)))  # each distinct text lowered once
    lowers = map(lower_of.__getitem__, words)
    kinds = map(_KIND_OF.__getitem__, map(_first, words))
    return list(map(_new_token, zip(words, starts, ends, kinds, lowers)))


def words_of(text: str, *, numbers: bool = False) -> list[str]:
    """The words of a short text that is not an article's (a claim's own text, an attribute's
    value, a stretch a pattern matched), in lower case and in order: the tokenizer's words,
    with its numbers too when ``numbers`` (what a window "in words" counts), never its
    punctuation. An article's words are read from its analysis (``Analysis.words_in``)."""
    return [t.lower for t in tokenize(text) if t.kind == WORD or numbers and t.kind == NUMBER]


def columns(pattern: re.Pattern, text: str, group: int = 0) -> tuple[list[str], list[int], list[int]]:
    """The text, start and end of every match of ``pattern`` in ``text`` (of its ``group``,
    matches where that group is empty left out), as three lists, for the passes that keep
    tokens of their own as parallel lists (the whole match's columns are read by built-ins,
    a group's one match at a time). Each distinct text is kept once (see ``tokenize``)."""
    keep = {}.setdefault
    if not group:  # the whole match: each column read by a built-in over all the matches
        matches = list(pattern.finditer(text))
        words = list(map(_Match.group, matches))
        return list(map(keep, words, words)), list(map(_Match.start, matches)), list(map(_Match.end, matches))
    texts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in pattern.finditer(text):
        w = m.group(group)
        if w is not None:
            texts.append(keep(w, w))
            s, e = m.span(group)
            starts.append(s)
            ends.append(e)
    return texts, starts, ends


def over_spaces(token: str, space: str = r"\s") -> re.Pattern:
    """The token pattern ``token`` (which never matches at a character of the class
    ``space``) compiled to step over the spaces before a token within the same match: the
    token is its group 1 (None where the spaces stand before no token), read by
    ``columns(pattern, text, 1)``. The same tokens; without it the regular expression engine
    tries each of the token's alternatives at every space, the largest part of a tokenizer's
    time. The spaces are taken possessively, and a match may be spaces alone, so a long run
    of them before something no token starts with is still read once, in linear time."""
    return re.compile(rf"{space}*+(?:({token})|)")
