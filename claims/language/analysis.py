"""One analysis per article: tokens, sentences, clauses and paragraphs, with offset lookups.

``analyse(article)`` builds it once and keeps it on the article, so every extractor reads the
same tokens and the same sentence bounds. Every lookup is a binary search; every window a
caller asks for is counted in tokens, never in characters.
"""

from __future__ import annotations

import bisect
from operator import itemgetter

from claims.language import clauses as _clauses, layout as _layout, sentences as _sentences
from claims.language.sentences import Sentence, Span
from claims.language.tokens import PUNCT, WORD, Token, tokenize

#: How far a link through a shared name or word reaches, in sentences either way: a rule that
#: ties two statements by what they share alone (the same person, the same event word, the
#: same topic), with nothing about their distance to decide it, reads only the statements
#: this many sentences from its own. Known problems: two statements of one thing further
#: apart than this are not compared. No news article is that long (the longest of Reuters and
#: Wikinews has 311 sentences), so no news finding depends on it; what it bounds is a text made
#: of many articles, or an article repeated, where every copy of a name would otherwise read
#: every other, and the work grows with the square of the length.
LINK_REACH_SENTENCES = 400


class Analysis:
    """The language layer's view of one text."""

    def __init__(self, text: str):
        self.text = text
        self.tokens: list[Token] = tokenize(text)
        self._starts = list(map(itemgetter(1), self.tokens))  # each token's start
        #: The words and numbers alone, with their starts: ``words_in`` is two binary searches
        #: and a slice, not a filter over every token of the window (asked about 50 times an
        #: article, by windows of a whole sentence).
        self._words: list[Token] = [t for t in self.tokens if t.kind != PUNCT]
        self._word_starts = list(map(itemgetter(1), self._words))
        self._clauses: dict[int, list[Span]] = {}  # sentence index -> its clauses, split once
        self._readings: dict[int, _clauses.Reading] = {}  # sentence index -> its clause reading
        self._lines: dict[int, _layout.Line] = {}  # sentence index -> its layout, read once
        self.sentences: list[Sentence] = _sentences.split(text, self.tokens, self._starts)
        self._sentence_starts = [s.start for s in self.sentences]
        self._paragraphs: dict[int, tuple[int, int]] = {}  # paragraph -> [first, last) sentences
        for s in self.sentences:
            first, _ = self._paragraphs.get(s.paragraph, (s.index, s.index))
            self._paragraphs[s.paragraph] = (first, s.index + 1)
        #: Each paragraph as [start, end) in characters, from its first word to its last, in
        #: order (what lies between two of them is the blank line that parts them).
        self.paragraph_spans: list[tuple[int, int]] = [
            (self.sentences[first].start, self.sentences[last - 1].end) for first, last in self._paragraphs.values()
        ]
        self._paragraph_starts = [a for a, _ in self.paragraph_spans]

    # --- tokens ------------------------------------------------------------------------------

    def token_index(self, offset: int) -> int:
        """The index of the token at ``offset``, or of the first token after it (len(tokens)
        when there is none)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.tokens[i].end > offset:
            return i
        return i + 1

    def word_starting_at(self, offset: int) -> Token | None:
        """The word (letters, not a number) whose token starts at ``offset``, or None."""
        i = bisect.bisect_left(self._starts, offset)
        found = self.tokens[i] if i < len(self.tokens) else None
        return found if found is not None and found.start == offset and found.kind == WORD else None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens that lie within [start, end)."""
        a = bisect.bisect_left(self._starts, start)
        b = bisect.bisect_left(self._starts, end)
        found = self.tokens[a:b]
        # the tokens follow one another without overlapping: only the last that starts before
        # ``end`` may reach past it
        if found and found[-1].end > end:
            found.pop()
        return found

    def words_in(self, start: int, end: int) -> list[Token]:
        """The words and numbers within [start, end): what a window "in words" counts. (The
        tokens do not overlap, so only the last word that starts before ``end`` may reach past
        it, as in ``tokens_in``.)"""
        starts = self._word_starts
        found = self._words[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
        if found and found[-1].end > end:
            found.pop()
        return found

    def words_outside(self, spans: list[tuple[int, int]]) -> list[Token]:
        """The words and numbers in order, but those that start inside one of ``spans`` (sorted
        (start, end) pairs; a word is judged by the last span to start at or before it: where
        spans nest, the inner one). Two binary searches a span; the words kept are slices."""
        words, starts = self._words, self._word_starts
        out: list[Token] = []
        kept_from = 0
        for k, (start, end) in enumerate(spans):
            stop = min(end, spans[k + 1][0]) if k + 1 < len(spans) else end
            if stop <= start:
                continue  # empty, or a span starting where the next one starts: that one decides
            a, b = bisect.bisect_left(starts, start), bisect.bisect_left(starts, stop)
            if b > a:
                out += words[kept_from:a]
                kept_from = b
        out += words[kept_from:]
        return out

    def words_between(self, end: int, start: int) -> int:
        """How many words stand between an earlier span ending at ``end`` and a later one
        starting at ``start`` (0 when they touch or overlap)."""
        starts = self._word_starts
        a, b = bisect.bisect_left(starts, end), bisect.bisect_left(starts, start)
        if b <= a:
            return 0
        return b - a - (self._words[b - 1].end > start)

    def words_before(self, offset: int, n: int, *, sentence: bool = True) -> list[Token]:
        """Up to ``n`` words before ``offset``, nearest last; within its sentence unless
        ``sentence`` is False."""
        if not self.tokens:
            return []
        floor = self.sentence_at(offset).first if sentence else 0
        out: list[Token] = []
        i = self.token_index(offset) - 1
        while i >= floor and len(out) < n:
            if self.tokens[i].kind != PUNCT:  # ``is_word``
                out.append(self.tokens[i])
            i -= 1
        return out[::-1]

    def words_after(self, offset: int, n: int, *, sentence: bool = True) -> list[Token]:
        """Up to ``n`` words from ``offset`` on; within its sentence unless ``sentence`` is False."""
        if not self.tokens:
            return []
        ceil = self.sentence_at(offset).last if sentence else len(self.tokens)
        out: list[Token] = []
        i = self.token_index(offset)
        while i < ceil and len(out) < n:
            if self.tokens[i].kind != PUNCT:  # ``is_word``
                out.append(self.tokens[i])
            i += 1
        return out

    # --- sentences, clauses, paragraphs ----------------------------------------------------

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence holding ``offset`` (the nearest one before it, between sentences)."""
        i = max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)
        return self.sentences[i]

    def reach(self, offset: int) -> tuple[int, int]:
        """[start, end) in characters of the sentences within LINK_REACH_SENTENCES of the one
        holding ``offset``: where a link through a shared name or word from there may go."""
        if not self.sentences:
            return 0, len(self.text)
        i = self.sentence_at(offset).index
        first, last = max(0, i - LINK_REACH_SENTENCES), min(len(self.sentences) - 1, i + LINK_REACH_SENTENCES)
        return (0 if first == 0 else self.sentences[first].start,
                len(self.text) if last == len(self.sentences) - 1 else self.sentences[last].end)

    def clauses_of(self, sentence: Sentence) -> list[Span]:
        """The clauses of a sentence as punctuation cuts it, in order (at most
        MAX_SENTENCE_TOKENS tokens to read): the stretches between ";", ":", dashes, brackets
        and a comma before a clause opener. What "the words of this clause before this
        offset" reads; the clauses with their verbs, subjects and objects are ``reading``'s,
        which starts from the same sentence."""
        found = self._clauses.get(sentence.index)
        if found is None:
            found = self._clauses[sentence.index] = _sentences.clauses(self.tokens, sentence,
                                                                       self.line(sentence).mark)
        return found

    def line(self, sentence: Sentence) -> _layout.Line:
        """How the sentence is laid out (claims/language/layout.py): prose, or a line standing
        alone (a headline, a list line, a table row) with its label; read once."""
        found = self._lines.get(sentence.index)
        if found is None:
            first, last = self._paragraphs[sentence.paragraph]
            found = self._lines[sentence.index] = _layout.line_of(self.text, self.tokens, sentence.first,
                                                                  sentence.last, last - first == 1)
        return found

    def reading(self, sentence: Sentence) -> _clauses.Reading:
        """The clause reader's reading of a sentence (claims/language/clauses.py: its clauses
        with their verbs, subjects and objects, its appositions and as-roles), read on the
        first asking and kept: most rules never ask."""
        found = self._readings.get(sentence.index)
        if found is None:
            line = self.line(sentence)
            found = self._readings[sentence.index] = _clauses.read(self.tokens[sentence.first:sentence.last],
                                                                   _clauses.shifted(line, sentence.first))
        return found

    def reading_at(self, offset: int) -> _clauses.Reading:
        """The reading of the sentence holding ``offset``."""
        return self.reading(self.sentence_at(offset))

    def clause_at(self, offset: int) -> Span:
        """The clause holding ``offset``."""
        clauses = self.clauses_of(self.sentence_at(offset))
        return next((c for c in clauses if offset < c.end), clauses[-1])

    def same_sentence(self, a: int, b: int) -> bool:
        return bool(self.sentences) and self.sentence_at(a).index == self.sentence_at(b).index

    def paragraph_of(self, offset: int) -> list[Sentence]:
        """The sentences of the paragraph holding ``offset``."""
        if not self.sentences:
            return []
        first, last = self._paragraphs[self.sentence_at(offset).paragraph]
        return self.sentences[first:last]

    @property
    def paragraph_count(self) -> int:
        return len(self._paragraphs)

    def paragraph_start(self, offset: int) -> int:
        """Where the paragraph holding ``offset`` starts (0 when the text has none)."""
        i = bisect.bisect_right(self._paragraph_starts, offset) - 1
        return self._paragraph_starts[i] if i >= 0 else 0
