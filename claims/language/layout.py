"""Lines that stand alone: a headline, a list line, a table row, read as clauses of their own.

Principle: a line that stands alone is a clause in a grammar of its own, and is read once, here,
into what the rest of the language layer gives prose. A **headline** (a line that is its own
paragraph and ends with no sentence punctuation: a title, a sub-head) leaves out the articles
and the auxiliaries: its bare present tells a past event ("Minister resigns"), "to" and a verb
after its subject a future one ("Council to vote"), a bare participle after its subject a
passive ("Man jailed"), its comma an "and", its colon a label ("Storm: 3 dead"). A **list line**
(a line opening with a bullet or a number and a full stop, or a line of lines with a short label
before a colon or a dash: "- 14 March: tenders open", "Forwards: 9") is a label and a value: the
label says what the line is about, and when the label is a date it is the date of the event the
line tells. A **table row** ("| 14 March | tenders open |") is a list line whose first cell is
its label.

``line_of(text, tokens, sentence, alone)`` gives a sentence's ``Line``: its layout (``PROSE``,
``HEADLINE``, ``LIST``, ``ROW``) and, for a line with a label, the label's tokens and the mark
after it. Two readers use it: ``sentences.clauses`` does not part a label from its value (so a
reader of "the words of this clause" sees the date of a list line with its event), and the
clause reader (claims/language/clauses.py) reads the line's clauses in its grammar
(``Clause.layout``, ``Clause.label``).

Known problems: a line is judged by its shape, not its words, so a one-line paragraph of prose
that ends with no full stop (a pull quote, a caption) reads as a headline, and a line of prose
that opens with a short phrase and a colon on a line of its own ("Asked why: he said ...") as a
labelled list line; a row of figures that is a paragraph of its own (a wire's earnings table,
"Revs 290.9 mln vs 264.2 mln") reads as a headline too (measured on 600 Reuters and Wikinews
articles: 656 headlines, most of them such rows; no finding on the news corpora reads them). A
label longer than LABEL_WORDS words is no label. A list line's date may
be a deadline or a plan rather than an event: the line does not say which; a reader of tense
and of the publication date decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.language.tokens import NUMBER, PUNCT, Token

PROSE, HEADLINE, LIST, ROW = "prose", "headline", "list", "row"

#: The marks that open a list line (a bullet), each a token of its own.
BULLETS = frozenset(("-", "*", "\u2022", "\u2013", "\u2014", "\u00b7", "\u25aa", "\u25cf", "+"))
#: The marks that end a list line's label ("14 March: ...", "14 March - ...", "14 March — ...").
LABEL_MARKS = frozenset((":", "-", "\u2013", "\u2014"))
#: The longest label, in words ("Tuesday 15 July": three; "The first week of March": five). A
#: longer stretch before a colon is a clause of its own ("The council said on Monday: ...").
LABEL_WORDS = 5
#: What ends a sentence of prose: a line ending with one of these is no headline.
_SENTENCE_END = frozenset(".!?\u2026\"'\u201d\u2019)")
#: A number and one of these open a numbered list line ("1.", "2)").
_NUMBERING = frozenset(".)")


@dataclass(frozen=True, slots=True)
class Line:
    """How a sentence is laid out: ``kind`` (PROSE, HEADLINE, LIST or ROW); for a line with a
    label, the label's tokens [label_first, label_last) and the index of the mark after it
    (indices into the text's tokens; -1 when there is no label); ``body`` the index of the first
    token after any bullet or numbering."""

    kind: str
    body: int
    label_first: int = -1
    label_last: int = -1
    mark: int = -1

    @property
    def labelled(self) -> bool:
        return self.mark >= 0


PROSE_LINE = Line(PROSE, -1)


#: How many characters may stand before a line's first word on its line (spaces, a numbering):
#: the search for the line's start looks no further back, so a text without line breaks costs
#: a few characters a sentence, not the text's length.
_LINE_INDENT = 16
_LINE_END = re.compile(r"[^\S\n]*(?:\n|$)")


def _whole_line(text: str, start: int, end: int) -> str | None:
    """What stands before [start, end) on its line ("" for nothing but spaces; "1." for a
    numbering, which the sentence splitter parts from the line as a sentence of its own), when
    [start, end) runs to the end of its line; else None."""
    if not _LINE_END.match(text, end):
        return None
    floor = max(0, start - _LINE_INDENT)
    brk = text.rfind("\n", floor, start)
    if brk < 0 and floor > 0:
        return None  # more than _LINE_INDENT characters before it on its line
    before = text[brk + 1 if brk >= 0 else 0:start].strip()
    if not before or (before[-1:] in _NUMBERING and before[:-1].isdigit() and len(before) <= 3):
        return before
    return None


def line_of(text: str, tokens: list[Token], first: int, last: int, alone: bool) -> Line:
    """The layout of the sentence of tokens [first, last) of ``text``. ``alone``: whether the
    sentence is the only one of its paragraph (a headline must be)."""
    before = _whole_line(text, tokens[first].start, tokens[last - 1].end) if last - first >= 2 else None
    if before is None:
        return PROSE_LINE
    t0 = tokens[first]
    if t0.kind == PUNCT and t0.text == "|":
        # a table row: its first cell is its label
        bar = next((k for k in range(first + 1, last) if tokens[k].text == "|"), -1)
        if bar > first + 1:
            return Line(ROW, first + 1, first + 1, bar, bar)
        return Line(ROW, first + 1)
    body = first
    bulleted = False
    if before:
        bulleted = True  # "1. Quarry reopens": the numbering is a sentence of its own
    elif t0.kind == PUNCT and t0.text in BULLETS:
        body, bulleted = first + 1, True
    elif t0.kind == NUMBER and tokens[first + 1].text in _NUMBERING and t0.text.isdigit() and len(t0.text) <= 2 \
            and first + 2 < last and tokens[first + 2].start > tokens[first + 1].end:
        body, bulleted = first + 2, True
    if body >= last:
        return PROSE_LINE
    mark = _label_mark(tokens, body, last)
    ends_open = tokens[last - 1].text not in _SENTENCE_END
    if bulleted:
        return Line(LIST, body, body, mark, mark) if mark >= 0 else Line(LIST, body)
    if not ends_open or tokens[last - 1].text == ":":
        return PROSE_LINE  # a sentence on a line of its own, or a line that introduces a list
    if alone:
        return Line(HEADLINE, body, body, mark, mark) if mark >= 0 else Line(HEADLINE, body)
    return Line(LIST, body, body, mark, mark) if mark >= 0 else PROSE_LINE


def _label_mark(tokens: list[Token], body: int, last: int) -> int:
    """The index of the mark that ends a label opening the line at ``body`` (a colon, or a dash
    with spaces on both sides), at most LABEL_WORDS words in; -1 when there is none. A mark at
    the line's end labels nothing."""
    words = 0
    for k in range(body, min(last - 1, body + 3 * LABEL_WORDS)):
        tok = tokens[k]
        if tok.kind != PUNCT:
            words += 1
            if words > LABEL_WORDS:
                return -1
            continue
        if tok.text in LABEL_MARKS and k > body:
            if tok.text == ":" or (tok.start > tokens[k - 1].end and tokens[k + 1].start > tok.end):
                return k
        if tok.text in ".,;" and not (tok.text == "." and k > body and tokens[k - 1].end == tok.start
                                      and tokens[k - 1].kind != PUNCT and k + 1 < last
                                      and tokens[k + 1].kind == NUMBER):
            return -1  # a clause before the mark: no label ("Sept. 12" keeps its full stop)
    return -1
