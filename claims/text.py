"""Small text helpers over the language layer: the sentence around a span, the words of a
stretch, the word before a place, correction notices, phrase alternations.

Sentences and words come from claims.language (one tokenizer, one sentence splitter), so every
caller agrees on where a sentence ends and what a word is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from claims.language import analyse


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """[a, b) of the sentence containing [start, end) (of the sentences, when it spans more
    than one). Sentences are bounded in length by the language layer, so is this."""
    a = analyse(text)
    if not a.sentences:
        return start, end
    first, last = a.sentence_at(start), a.sentence_at(max(start, end - 1))
    return min(first.start, start), max(last.end, end)


def word_before(text: str, at: int) -> str:
    """The last word before ``at`` (punctuation skipped, not across a line break), lowercased;
    "" when there is none."""
    found = analyse(text).words_before(at, 1, sentence=False)
    if not found or "\n" in text[found[0].end:at]:
        return ""
    return found[0].lower


#: A correction notice quotes the wrong wording and the right one: '"Interior Minister Boonrawd
#: Somtas" should be "Defense Minister Boonrawd Somtas"', "should read", "should have read".
_CORRECTION = re.compile(r'["\u201c]([^"\u201c\u201d\n]{1,200})["\u201d]\s*,?\s+should\s+(?:have\s+)?(?:be|been|read)\b'
                         r'\s*:?\s*["\u201c]([^"\u201c\u201d\n]{1,200})["\u201d]')


def corrected_wording(text: str) -> list[tuple[int, int]]:
    """[start, end) of each wording quoted in a correction notice, the wrong one and the right
    one. Those words are mentioned, not asserted: a name or title in them is no claim of the
    article's."""
    if "should" not in text:
        return []
    out: list[tuple[int, int]] = []
    for m in _CORRECTION.finditer(text):
        out += [m.span(1), m.span(2)]
    return out


def phrase_alternatives(phrases) -> str:
    """A regex alternation of word phrases, longest first so "prior to" wins over "prior",
    any run of white space between their words: "followed\\s+by|after|..."."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


def first_letters(phrases) -> str:
    """A look-ahead for the first characters of ``phrases`` (for a case-blind pattern), to
    stand before their alternation: a search then tries the alternatives only where one may
    start, not at every character of the text (the same matches; the alternation of a long
    list costs most where nothing matches)."""
    return "(?=[" + re.escape("".join(sorted({p.split()[0][0].lower() for p in phrases}))) + "])"


def words(text: str, a: int, b: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) for each word or number in text[a:b]."""
    for t in analyse(text).words_in(a, b):
        yield t.start, t.end, t.text
