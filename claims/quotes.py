"""Quotes: quoted words with their speaker, and quotation marks that do not pair up.

    extract(article, claims_so_far) -> [quote claims u1, u2 ...]

Runs after ``claims.people`` so a speaker can point at a person claim.

Marks. Curly double quotes (“…”, and German „…“), straight double quotes, guillemets
(«…», or »…« where a paragraph opens with »), and single quotes (‘…’ or '…') only where they
cannot be apostrophes: an opening mark after a space or bracket and before a letter, a
closing one after a letter or punctuation and before a space, punctuation or the line end,
with at least two words between; and a single mark that opens a quotation never closed in
its paragraph where only a quotation can open (see ``_single_left_open``). Straight double quotes have no direction of their own: a
mark after a space and before a letter opens, one after a letter and before a space or
punctuation closes, and an ambiguous one closes an open quote or else opens one. A mark
right after a digit with no quote open is an inch or second sign ("a 12" pipe").

Paragraphs are blocks separated by blank lines. A quote left open at the end of a line is
*continued* (not unbalanced) when the next line or paragraph begins with an opening mark:
the newspaper convention for a quotation that runs over several paragraphs. The same holds
inside one flattened paragraph when an opening mark follows the end of a sentence while a
quote is open, unless a speech tag stands in the open quotation (", said Jane Doe", ", she
said"): those are the reporter's words, so the mark was left unclosed before them.

Each quote claim carries, in ``attrs``:

    text          the words between the marks
    style         double | straight | guillemet | single
    status        closed | continued (open at a paragraph end, reopened in the next, and not
                  by another named speaker's quotation: ``_not_continued_by_another``) |
                  unclosed (an opening mark that never closes in its paragraph) |
                  stray-close (a closing mark with no opening one)
    nested        inside another quotation (its speaker is the quoted person's source)
    speaker       the words naming the speaker ("Foreign Minister Abdoulaye Diop", "he",
                  "the ministry"), or None
    person        id of the person claim naming the speaker, or None
    entity        that person's entity (the id of their first mention), or None
    attribution   how the speaker was found: after-verb (“…,” Diop said), verb-after
                  (“…,” said Diop), according-to, before (Diop said: “…”), colon (Diop: “…”),
                  reported (Diop said the mission had “become part of the problem”),
                  continued (“…,” Diop said. “…”: the second quotation goes on with his words),
                  possessive (Diop's “…”, Diop's remark that “…”),
                  paragraph-before (a paragraph of quotation alone, after a paragraph that
                  reports the words of one person: ``_paragraph_speaker``)
    coreference   how a speaker written as a pronoun or a description was linked to a person:
                  pronoun ("he said": the one person the paragraph names before it, or, when
                  it names no one before it, the one person whose words the paragraph before
                  reports; never one an honorific or a relation noun shows to be of the other
                  sex) |
                  description ("the minister said": the one person given that title) |
                  paragraph (attribution paragraph-before) | None
    title         the title the speaker gives themselves in the quoted words ("I'm the club's
                  treasurer", "As treasurer, I ..."): claims.coreference.self_title; None when
                  the words tell none or no person speaks them
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from claims.coreference import self_title
from claims.language import analyse
from claims.language.tokens import tokenize
from claims.language.vocabulary import CLASSES, FUNCTION_WORDS, MAY_END, NEVER_END, is_a
from claims.lexicon import load
from claims.lifespans import HONORIFIC_GENDER, RELATION_GENDER, first_person_ages
from claims.model import Article, Claim
from claims.names import HONORIFICS
from claims.titles import HEAD_WORDS

__all__ = ["extract", "scan", "Mark", "QuoteSpan", "normalize_words"]

_LEX = load("people")
_VERBS = sorted((set(_LEX["speech_verbs"]) - {"say", "tell"}) | set(_LEX["speech_phrases"]), key=len, reverse=True)
_VERB = "(?:" + "|".join(re.escape(v) for v in _VERBS) + ")"

_MARKS = re.compile(r"[“”„\"«»]")
#: A single mark that may open a quotation: at the text's start or after a space, a bracket,
#: a double mark or a dash. What stands before the mark is read after it, by a look-behind
#: ("no other character before it"): a pattern that opens with the mark is searched for the
#: mark, one that opens with ``^`` or a look-behind is tried at every position of the text.
_SINGLE_OPEN = re.compile(r"[‘'](?<![^\s(\[“\"—–].)(?=[^\W_])")

# The windows of attribution, in the language layer's words (a test on each side of each in
# tests/test_quotes.py):
#: the most words a speaker may take ("Foreign Minister Abdoulaye Diop", "a senior official
#: of the ministry"), after the verb or "according to"
SPEAKER_WORDS = 15
#: the most words a speaker may take before the verb after a quotation ("“…,” the
#: ministry's chief spokesman said"): longer, the words are more likely a new clause
SPEAKER_BEFORE_VERB_WORDS = 9
#: the most words of a name before an apposition ("“…,” Jane Doe, the union's chair, said")
APPOSITION_NAME_WORDS = 6
#: the most words of an apposition between a speaker and the verb (", the chairman of the
#: works council,")
APPOSITION_WORDS = 20
#: how far back a speaker before a quotation may start ("Diop said in a statement: “…”"),
#: within its sentence
CLAUSE_REACH_WORDS = 36
#: how far back the speech verb of a fragment quoted inside reported speech may stand ("Diop
#: said the mission had “become part of the problem”"), within its sentence
REPORTED_REACH_WORDS = 45
#: the most words between the speech verb before a quotation and its colon or comma ("Diop
#: said on Tuesday in a statement:")
VERB_TAIL_WORDS = 9
#: the most words between the speech verb before a quotation and the participle that goes
#: on with its speaker ("Diop said the talks would go on into the night, adding,": nine)
PARTICIPLE_TAIL_WORDS = 24
_SPEECH_PARTICIPLES = frozenset(_LEX["speech_participles"])
_PARTICIPLE_RX = re.compile(r"\b(?:" + "|".join(sorted(_SPEECH_PARTICIPLES)) + r")\b")
#: the most words of a clause before a colon whose one person is the speaker ("The treasurer,
#: Victor Hale, put it differently:": seven)
COLON_CLAUSE_WORDS = 12
#: the most words of the attribution between two quotations of one speaker ("“…,” Diop said.
#: “…”": the second goes on with his words)
CONTINUES_GAP_WORDS = 16
#: the most words of a title between a speech verb and the name it goes with ("said finance
#: minister Jane Doe", "said the club's captain Jane Doe"), or of a title after the verb that a
#: name is apposed to ("said the study's lead author, Dr. Jane Doe")
OBJECT_TITLE_WORDS = 4
#: the most words between a person's possessive and a quotation that are that person's words
#: ("Doe's “…”", "Doe's remark that “…”"): no speech verb and no other person's noun between
#: ("Doe's spokesman said “…”" are the spokesman's)
POSSESSIVE_QUOTE_WORDS = 3
#: the most words a single-quoted span may hold ('…'): single marks that far apart are
#: apostrophes, not a quotation
SINGLE_QUOTE_WORDS = 60

# who-regions: never across a quotation mark, a line or a sentence end; a full stop only after
# an initial or an abbreviation of the language layer ("E. Duff Scott", "Gen. Smith", "Mr. Smith")
# (one look-behind for the abbreviations of each length, not one for each abbreviation: a
# look-behind needs a fixed width; the same matches, and far less for `re` to compile)
_ABBR_DOT = "".join(
    rf"|(?<=\b(?:{'|'.join(re.escape(a) for a in sorted(NEVER_END | MAY_END) if len(a) == n)}))\."
    for n in sorted({len(a) for a in NEVER_END | MAY_END}))
_WHO = rf"(?:[^,.;:!?“”„\"«»\n]|(?<=\b[A-Z])\.{_ABBR_DOT})"
_AFTER_VERB = re.compile(rf"[ \t]*,?[ \t]*(?P<who>{_WHO}+?)[ \t]+(?P<verb>{_VERB})\b")
#: a full stop that ends a speaker after the verb: not one after an initial or an abbreviation that
#: never ends a sentence ("said Dr. Jane Doe, the author": the speaker runs on past "Dr.")
_END_DOT = r"(?<!\b[A-Z])" + "".join(rf"(?<!\b{re.escape(a)})" for a in sorted(NEVER_END)) + r"\."
_VERB_AFTER = re.compile(rf"[ \t]*,?[ \t]*(?P<verb>{_VERB})[ \t]+(?P<who>{_WHO}+?)[ \t]*(?=[,;:!?“\"\n]|{_END_DOT}|$)")
_SOURCE = "(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in _LEX["source_phrases"]) + ")"
_ACCORDING = re.compile(rf"[ \t]*,?[ \t]*{_SOURCE}[ \t]+(?P<who>{_WHO}+?)[ \t]*(?=[,;:!?\n]|{_END_DOT}|$)", re.IGNORECASE)
_VERB_RX = re.compile(rf"\b{_VERB}\b")
#: "“…,” Jane Doe, the chairman of the works council, said": a name, an apposition, the verb
_AFTER_APPOSITION = re.compile(rf"[ \t]*,?[ \t]*(?P<who>{_WHO}+?),(?P<app>[^“”„\"«»\n;]+?),[ \t]+(?P<verb>{_VERB})\b")
_REPORTING = "(?:" + "|".join(re.escape(v) for v in sorted(_LEX["reporting_verbs"], key=len, reverse=True)) + ")"
#: a verb that may attribute a fragment quoted inside its sentence
_REPORTED_RX = re.compile(rf"\b(?:{_VERB}|{_REPORTING})\b")
#: auxiliaries that may stand between a speaker and the verb ("Diop has called it ...")
_AUXILIARIES = frozenset({"has", "had", "have", "was", "is"}) | frozenset(_LEX["speech_adverbs"])


def _adverb(word: str) -> bool:
    """An auxiliary or an adverb that may stand between a speaker and the verb ("has also
    said", "later told", "repeatedly called")."""
    return word in _AUXILIARIES or (len(word) > 4 and word.endswith("ly") and word.isalpha())
SPEAKER_PRONOUNS = frozenset(_LEX["speaker_pronouns"])
_SPEECH = frozenset(_LEX["speech_verbs"]) | frozenset(_LEX["reporting_verbs"])
#: words for a person that a title's head may be (lexicons/people.json heads, ranks ...) and
#: words for a person by their tie to another (relatives: "lawyer", "spokesman" is a head)
_TITLE_HEADS = HEAD_WORDS | frozenset(_LEX["title_nouns"])
_RELATIVES = frozenset(_LEX["relatives"]) | frozenset(_LEX["genders"]["relations"])
_CLAUSE_END = ";!?“”„\"«»\n"


def _reach_back(text: str, pos: int, words: int) -> int:
    """Where a window of ``words`` words ending at ``pos`` starts, within its sentence (the
    language layer's sentence: a full stop after an initial or an abbreviation, "E. Duff
    Scott", "Mr. Diop", ends nothing)."""
    analysis = analyse(text)
    if not analysis.tokens:
        return pos
    before = analysis.words_before(pos, words)
    if len(before) == words:
        return before[0].start
    return min(pos, analysis.sentence_at(pos).start)


def _reach_forward(text: str, pos: int, words: int) -> int:
    """Where a window of ``words`` words from ``pos`` on ends: the start of the next word after
    them (so the punctuation after the last one is inside), or the end of the text."""
    after = analyse(text).words_after(pos, words + 1, sentence=False)
    return after[-1].start if len(after) == words + 1 else len(text)


def _word_count(text: str, a: int, b: int) -> int:
    """How many of the language layer's words lie in [a, b)."""
    return len(analyse(text).words_in(a, b))


def _clause_start(text: str, pos: int, reach: int = CLAUSE_REACH_WORDS) -> int:
    """Where the clause ending at ``pos`` begins: after the start of its sentence, the last
    quotation mark or line break, at most ``reach`` words back."""
    lo = _reach_back(text, pos, reach)
    return max(lo, max(text.rfind(ch, lo, pos) for ch in _CLAUSE_END) + 1)

_PRONOUNS = frozenset(_LEX["pronouns"])


_CONTRACTION_ENDINGS = tuple(sorted(_LEX["contraction_endings"].items(), key=lambda kv: -len(kv[0])))
_CONTRACTION_WORDS = {k: tuple(v) for k, v in _LEX["contraction_words"].items()}


def _written_out(word: str) -> tuple[str, ...]:
    """A contraction as its words ("we're" -> we, are; "won't" -> will, not); any other word
    as itself."""
    if word in _CONTRACTION_WORDS:
        return _CONTRACTION_WORDS[word]
    for ending, words in _CONTRACTION_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending):
            return (word[:-len(ending)], *words)
    return (word,)


def normalize_words(text: str) -> tuple[str, ...]:
    """The words of a quotation (the language layer's words and numbers), casefolded, without
    punctuation, contractions written out (lexicons/people.json contractions): what "the
    same words" means."""
    return tuple(w for t in tokenize(text) if t.is_word for w in _written_out(t.text.casefold().replace("’", "'")))


@dataclass(slots=True)
class Mark:
    pos: int
    char: str


@dataclass(slots=True)
class QuoteSpan:
    """One quotation: ``open``/``close`` are the offsets of its marks (-1 when missing);
    ``end`` is where its text ends (the closing mark, or the end of its line)."""

    open: int
    close: int
    end: int
    style: str
    status: str
    nested: bool = False


# --------------------------------------------------------------------------------------------
# Pairing marks


def _line_end(text: str, i: int, limit: int) -> int:
    j = text.find("\n", i, limit)
    e = limit if j < 0 else j
    while e > i and text[e - 1] in " \t\r":
        e -= 1
    return e


def _at_line_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] == "\n"


def _after_sentence_end(text: str, i: int) -> bool:
    j = i - 1
    if j < 0 or text[j] not in " \t":
        return False
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j >= 0 and text[j] in ".!?"


_CONTRACTION = re.compile(r"(?:s|t|d|ll|re|ve|m)(?![^\W_])")


def _apostrophe(text: str, i: int) -> bool:
    """A straight double quote typed for an apostrophe, between letters: ``country"s``, ``don"t``."""
    return i > 0 and text[i - 1].isalpha() and bool(_CONTRACTION.match(text, i + 1))


def _guess(text: str, i: int) -> str:
    """Direction of a straight double quote at ``i``: O (opens), C (closes) or ? (either)."""
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    before_space = prev.isspace() or prev in "([{—–-/‘'"
    after_space = nxt.isspace() or nxt in ".,;:!?)]}—–’'"
    if before_space and not after_space:
        return "O"
    if after_space and not before_space:
        return "C"
    return "?"


#: a speech tag after a comma ("…, said Jane Doe", "…, Jane Doe said", "…, she said"): the
#: reporter's words, so a quotation still open there was not closed where it should have been
_SPEECH_TAG = re.compile(rf",[ \t]+(?:{_VERB}[ \t]+[A-Z]|(?:[A-Z][\w.'’-]*[ \t]+){{1,4}}{_VERB}\b"
                         rf"|(?:he|she|they)[ \t]+{_VERB}\b)")


def _closes_anyway(text: str, i: int) -> bool:
    """A straight mark written with a space on the wrong side while a quote is open:
    ``…a catalyst, "he said`` (punctuation, space, mark, a lowercase word)."""
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    nxt = text[i + 1:i + 2]
    return j >= 0 and text[j] in ",.!?;:" and j < i - 1 and nxt.islower()


def _pair(text: str, marks: list[tuple[int, str]], a: int, b: int, style: str,
          next_opens: bool, out: list[QuoteSpan]) -> None:
    """Pair the marks of one family in the block [a, b). ``marks``: (offset, O|C|?)."""
    stack: list[int] = []
    for pos, d in marks:
        if d == "?":
            d = "C" if stack else "O"
        elif d == "O" and stack and style == "straight" and _closes_anyway(text, pos):
            d = "C"
        elif d == "L":  # “ opens, except that it closes a German „
            d = "C" if stack and text[stack[-1]] == "„" else "O"
        if d == "O":
            if stack and ((_at_line_start(text, pos) and "\n" in text[stack[-1]:pos]) or _after_sentence_end(text, pos)):
                # a quotation running on into a new paragraph (or a flattened one): reopened
                top = stack.pop()
                status = "unclosed" if _SPEECH_TAG.search(text, top + 1, pos) else "continued"
                out.append(QuoteSpan(top, -1, max(top + 1, _line_end(text, top, pos)), style, status, bool(stack)))
            stack.append(pos)
        else:
            if stack:
                top = stack.pop()
                out.append(QuoteSpan(top, pos, pos + 1, style, "closed", bool(stack)))
            elif style == "straight" and text[pos - 1:pos] == "s" and text[pos + 1:pos + 2] == " " \
                    and text[pos + 2:pos + 3].islower():
                continue  # nothing open: an apostrophe after a plural ("the Philippines" debt")
            else:
                out.append(QuoteSpan(-1, pos, pos + 1, style, "stray-close"))
    for k, top in enumerate(stack):
        status = "continued" if (next_opens and k == len(stack) - 1) else "unclosed"
        out.append(QuoteSpan(top, -1, _line_end(text, top, b), style, status, k > 0))


#: How much of a quotation that is never closed its claim keeps, in words: enough to show it,
#: and bounded, so text that opens a quotation and never closes it costs linear memory.
MAX_OPEN_QUOTE_WORDS = 60


def _open_quote_end(text: str, opened: int, end: int) -> int:
    words = analyse(text).words_after(opened + 1, MAX_OPEN_QUOTE_WORDS, sentence=False)
    return min(end, words[-1].end) if len(words) == MAX_OPEN_QUOTE_WORDS else end


def scan(text: str) -> list[QuoteSpan]:
    """Every double-quoted (and unambiguously single-quoted) span in ``text``, paired per
    paragraph, in order of position."""
    out: list[QuoteSpan] = []
    blocks = analyse(text).paragraph_spans
    all_marks = [(m.start(), m.group()) for m in _MARKS.finditer(text)]
    mi = 0
    for bi, (a, b) in enumerate(blocks):
        curly: list[tuple[int, str]] = []
        straight: list[tuple[int, str]] = []
        guil: list[tuple[int, str]] = []
        while mi < len(all_marks) and all_marks[mi][0] < a:
            mi += 1
        j = mi
        while j < len(all_marks) and all_marks[j][0] < b:
            pos, ch = all_marks[j]
            if ch == '"':
                if not _apostrophe(text, pos):
                    straight.append((pos, _guess(text, pos)))
            elif ch in "«»":
                guil.append((pos, ch))
            else:
                curly.append((pos, ch))
            j += 1
        mi = j
        nxt = text[blocks[bi + 1][0]:blocks[bi + 1][1]].lstrip()[:1] if bi + 1 < len(blocks) else ""
        if curly:
            if any(c != "”" for _, c in curly):
                dirs = [(p, {"„": "O", "“": "L"}.get(c, "C")) for p, c in curly]
            else:
                dirs = [(p, _guess(text, p)) for p, c in curly]  # only ” used, both ways
            _pair(text, dirs, a, b, "double", nxt in ("“", "„"), out)
        if straight:
            # a digit then a mark, with nothing open: an inch sign
            kept = []
            depth = 0
            for pos, d in straight:
                if pos > 0 and text[pos - 1].isdigit() and depth == 0 and d != "O":
                    continue
                kept.append((pos, d))
                depth = depth + 1 if (d == "O" or (d == "?" and depth == 0)) else max(0, depth - 1)
            _pair(text, kept, a, b, "straight", nxt == '"', out)
        if guil:
            opener = guil[0][1]
            if opener == "»":
                dirs = [(p, "O" if c == "»" else "C") for p, c in guil]
            else:
                dirs = [(p, "O" if c == "«" else "C") for p, c in guil]
            _pair(text, dirs, a, b, "guillemet", nxt == opener, out)
    out.extend(_singles(text, out))
    out.sort(key=lambda q: (q.open if q.open >= 0 else q.close, q.end))
    return out


_ELISIONS = frozenset(_LEX["elisions"])


def _first_word(text: str, at: int) -> str | None:
    """The word (the language layer's) that starts at ``at``, in lower case; None when none does."""
    found = analyse(text).word_starting_at(at)
    return found.lower if found is not None else None


def _single_left_open(text: str, o: int, paragraphs: list[tuple[int, int]]) -> QuoteSpan | None:
    """A single mark at ``o`` that opens a quotation never closed in its paragraph: it stands
    where a quotation opens (the start of a line, or after a sentence end, a colon or a comma
    and a space) before a capital letter ('We are ready.), and nothing later in its
    paragraph could close it (no mark of its kind after a letter or punctuation and before a
    space, punctuation or the line end: "the players' kit" might be one, so then nothing is
    said). Continued (not unclosed) when the next paragraph opens with the same mark: the
    newspaper convention for a quotation over several paragraphs. None when it is no such
    mark."""
    ch = text[o]
    if not text[o + 1:o + 2].isupper() or _first_word(text, o + 1) in _ELISIONS:
        return None
    j = o - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j >= 0 and text[j] != "\n" and (j == o - 1 or text[j] not in ".!?:,"):
        return None
    k = bisect.bisect_right(paragraphs, (o, len(text) + 1)) - 1
    if k < 0:
        return None
    end = paragraphs[k][1]
    close_ch = "’" if ch == "‘" else "'"
    i = text.find(close_ch, o + 1, end + 1)
    while i >= 0:
        after = text[i + 1:i + 2]
        if not text[i - 1].isspace() and not (after.isalnum() or after == "_"):
            return None  # a mark that may close it (or be an apostrophe): nothing to say
        i = text.find(close_ch, i + 1, end + 1)
    if len(normalize_words(text[o + 1:end])) < 2:
        return None
    nxt = text[paragraphs[k + 1][0]:paragraphs[k + 1][0] + 1] if k + 1 < len(paragraphs) else ""
    return QuoteSpan(o, -1, _line_end(text, o, end), "single", "continued" if nxt == ch else "unclosed")


def _reopened(text: str, o: int, c: int) -> int | None:
    """Where a single mark of the same kind as the one at ``o`` opens a new quotation before
    the mark at ``c`` that would close it: after a sentence end and a space, before a capital
    letter (the flattened paragraph's next quotation), or None."""
    for m in _SINGLE_OPEN.finditer(text, o + 1, c):
        k = m.start()
        if text[k] == text[o] and _after_sentence_end(text, k) and text[k + 1:k + 2].isupper():
            return k
    return None


def _singles(text: str, doubles: list[QuoteSpan]) -> list[QuoteSpan]:
    """Single-quoted spans where the marks cannot be apostrophes, and single marks that open a
    quotation never closed in its paragraph (``_single_left_open``)."""
    out = []
    spans = [(q.open, q.end) for q in doubles if q.open >= 0]
    paragraphs = analyse(text).paragraph_spans
    for m in _SINGLE_OPEN.finditer(text):
        o = m.start()
        ch = text[o]
        close_ch = "’" if ch == "‘" else "'"
        i = o + 1
        limit = _reach_forward(text, o + 1, SINGLE_QUOTE_WORDS)
        c = -1
        while i < limit:
            k = text.find(close_ch, i, limit)
            if k < 0:
                break
            nl = text.find("\n", o, k)
            if nl >= 0:
                break
            nxt = text[k + 1] if k + 1 < len(text) else "\n"
            if not (nxt.isalnum() or nxt == "_") and not text[k - 1].isspace():
                c = k
                break
            i = k + 1
        if c < 0:
            if not any(a < o < e for a, e in spans) and not any(q.open < o < q.close for q in out):
                left = _single_left_open(text, o, paragraphs)
                if left is not None:
                    out.append(left)
            continue
        reopened = _reopened(text, o, c)
        if reopened is not None:
            # 'We are ready, he said. 'The rest ...': the next quotation of the paragraph opens
            # before this one closed; with a speech tag between, this one was left unclosed
            if _SPEECH_TAG.search(text, o + 1, reopened) and not any(a < o < e for a, e in spans):
                out.append(QuoteSpan(o, -1, _line_end(text, o, reopened), "single", "unclosed"))
            continue
        inner = text[o + 1:c]
        if len(normalize_words(inner)) < 2:
            continue
        if ch == "'" and ("'" in inner or '"' in inner):
            continue
        nested = any(a < o and c < e for a, e in spans)
        out.append(QuoteSpan(o, c, c + 1, "single", "closed", nested))
    return out


# --------------------------------------------------------------------------------------------
# Speakers


class _People:
    """Person claims by position, for finding the one a who-region names."""

    def __init__(self, claims: list[Claim]):
        self.people = sorted((c for c in claims if c.kind == "person"), key=lambda c: c.start)
        self.by_id = {c.id: c for c in self.people}
        self._starts = [c.start for c in self.people]

    def within(self, a: int, b: int) -> list[Claim]:
        """The people within [a, b): a binary search, not a pass over every person (asked
        once a quotation)."""
        lo, hi = bisect.bisect_left(self._starts, a), bisect.bisect_right(self._starts, b)
        return [p for p in self.people[lo:hi] if p.end <= b]


def _title_start(p: Claim) -> int:
    t = p.attrs.get("title")
    if t and t.get("start") is not None and t["start"] < p.start:
        return t["start"]
    return p.start


def _subject(text: str, people: _People, a: int, verb_start: int) -> Claim | None:
    """The person who is the subject of the verb at ``verb_start``: a person mention right
    before it, or before a comma-enclosed apposition that names nobody ("Diop, the foreign
    minister, said")."""
    candidates = people.within(a, verb_start)
    if not candidates:
        return None
    p = candidates[-1]
    gap = text[p.end:verb_start]
    if gap.strip() == "":
        return p
    g = gap.strip()
    if g == "," or (g.startswith(",") and g.endswith(",") and g.count(",") == 2
                     and _word_count(text, p.end, verb_start) <= APPOSITION_WORDS):
        return p
    words = g.lower().split()
    if words and words[0] == "," and text[:_before_honorific(text, _reach_back(text, p.start, 2), p.start)].rstrip()[-1:] == ",":
        words = words[1:]  # "An official, Jane Doe, later told": the comma closes an apposition
    if all(_adverb(w) for w in words):
        return p
    return None


def _is_title(text: str, a: int, b: int) -> bool:
    """Whether the words in [a, b) are a title of at most OBJECT_TITLE_WORDS words: they end
    with a title's head word ("captain", "finance minister", "the study's lead author") and
    hold no speech verb."""
    ws = analyse(text).words_in(a, b)
    if len(ws) > OBJECT_TITLE_WORDS:
        ws = _after_organisation(ws)
    lows = [w.text.casefold().replace("’", "'") for w in ws]
    if any(w in _SPEECH for w in lows):
        return False
    if lows and len(ws) <= OBJECT_TITLE_WORDS and lows[-1] in _TITLE_HEADS:
        return True
    # "the charity's head of field work in Chad": a head within OBJECT_TITLE_WORDS words, then a
    # complement opened by a preposition, of at most TITLE_COMPLEMENT_WORDS words
    return any(lows[i] in _TITLE_HEADS and lows[i + 1] in _COMPLEMENT_LEADS
               and len(lows) - i - 1 <= TITLE_COMPLEMENT_WORDS
               for i in range(min(len(lows) - 1, OBJECT_TITLE_WORDS)))


#: The most words of the complement after a title's head ("head of field work in Chad": four).
TITLE_COMPLEMENT_WORDS = 5
_COMPLEMENT_LEADS = frozenset(_LEX["title_complement_leads"])


#: How many words the name of a body before a title may have ("Harbour Board and Pilots
#: Trust chief executive Jane Doe": five).
ORGANISATION_NAME_WORDS = 8
_NAME_JOINERS = frozenset(_LEX["body_name_joiners"])


def _after_organisation(ws: list) -> list:
    """The words after the capitalized name of a body that opens ``ws`` (at most
    ORGANISATION_NAME_WORDS words, "and", "of", "for" inside it), when lower-case words follow
    it: the title the body gives ("Harbour Board and Pilots Trust chief executive"). ``ws``
    itself when it does not open with such a name."""
    k = 0
    while k < len(ws) and (ws[k].capitalized or (k and ws[k].lower in _NAME_JOINERS)):
        k += 1
    while k and ws[k - 1].lower in _NAME_JOINERS:
        k -= 1
    if not k or k > ORGANISATION_NAME_WORDS or k == len(ws) or not ws[k].text[:1].islower():
        return ws
    return ws[k:]


def _object(text: str, people: _People, verb_end: int, b: int) -> Claim | None:
    """The person named right after a verb ("said Foreign Minister Abdoulaye Diop", "said
    finance minister Jane Doe": a title of at most OBJECT_TITLE_WORDS words between)."""
    candidates = people.within(verb_end, b)
    if not candidates:
        return None
    p = candidates[0]
    at = _title_start(p)
    gap = text[verb_end:at].strip()
    if gap in ("", "the") or gap.lower() in HONORIFICS:
        return p
    b = _before_honorific(text, verb_end, p.start)
    return p if _is_title(text, verb_end, b) or _is_description(text, verb_end, b) else None


def _is_description(text: str, a: int, b: int) -> bool:
    """Whether the words in [a, b), before a name the people extractor found, describe that
    person the way a title does ("said grower Jane Doe", "said state climatologist Dr. Jane
    Doe", "according to tenant Jane Doe"): at most OBJECT_TITLE_WORDS lower-case words (a
    "the" may open them), none a function word or a speech verb ("said of Jane Doe", "told
    reporters Jane Doe" are no such description)."""
    ws = analyse(text).words_in(a, b)
    if not ws or len(ws) > OBJECT_TITLE_WORDS or text[a:b].strip(" \t")[-1:] in ",;:.":
        return False
    if ws[0].lower == "the":
        ws = ws[1:]
    return bool(ws) and all(w.text[:1].islower() and w.lower not in FUNCTION_WORDS and w.lower not in _SPEECH for w in ws)


def _before_honorific(text: str, a: int, b: int) -> int:
    """``b``, or the start of an honorific that ends the words in [a, b) ("Dr.")."""
    ws = analyse(text).words_in(a, b)
    if ws and ws[-1].text.casefold() in {h.rstrip(".") for h in HONORIFICS}:
        return ws[-1].start
    return b


def _apposed_name(text: str, people: _People, verb_end: int, who_b: int, limit: int) -> Claim | None:
    """The person whose name is apposed to a title after the verb ("said the study's lead
    author, Dr. Jane Doe"): the title is at most OBJECT_TITLE_WORDS words, a comma and the
    name (an honorific may open it) follow it, and the name ends its clause."""
    if text[who_b:who_b + 1] != "," or not _is_title(text, verb_end, who_b):
        return None
    after = people.within(who_b, limit)
    if not after:
        return None
    p = after[0]
    at = _title_start(p)
    gap = text[who_b + 1:at].strip()
    if gap and gap.lower() not in HONORIFICS:
        return None
    return p if text[p.end:p.end + 1] in (",", ".", ";", "") or text[p.end:p.end + 1] == "\n" else None


def _possessive(text: str, q: QuoteSpan, people: _People) -> Claim | None:
    """The person whose possessive stands at most POSSESSIVE_QUOTE_WORDS words before the
    quotation, in its clause ("Doe's “…”", "Doe's remark that “…”"), with no speech verb and
    no noun for another person between ("Doe's spokesman said “…”" are the spokesman's)."""
    cs = _clause_start(text, q.open)
    named = people.within(cs, q.open)
    if not named:
        return None
    p = named[-1]
    mark = text[p.end:p.end + 2].replace("’", "'")
    if mark != "'s" and not (mark[:1] == "'" and p.text.endswith("s")):
        return None
    own = p.end + (2 if mark == "'s" else 1)
    if any(ch in text[own:q.open] for ch in ",;:.!?"):
        return None
    lows = [w.text.casefold() for w in analyse(text).words_in(own, q.open)]
    if len(lows) > POSSESSIVE_QUOTE_WORDS or any(w in _SPEECH or w in _TITLE_HEADS or w in _RELATIVES for w in lows):
        return None
    return p


def _speaker(text: str, q: QuoteSpan, people: _People) -> tuple[str | None, Claim | None, str | None]:
    """(who-text, person claim, how) for a closed quotation."""
    if q.close >= 0 and q.status == "closed":
        after = q.close + 1
        inner_end = text[q.close - 1] if q.close > 0 else ""
        # “…,” Diop said / “…?” she asked; after “….” a new sentence begins
        ends_clause = inner_end in ",!?—–" or text[after:after + 2].lstrip(" \t")[:1] == ","
        if ends_clause:
            # every pattern is read within its longest attribution, counted in words
            limit = _reach_forward(text, after, APPOSITION_NAME_WORDS + APPOSITION_WORDS + 2)
            m = _ACCORDING.match(text, after, limit)
            if m and _word_count(text, *m.span("who")) <= SPEAKER_WORDS:
                who_a, who_b = m.span("who")
                return m.group("who").strip(), _object(text, people, who_a, who_b), "according-to"
            m = _VERB_AFTER.match(text, after, limit)
            if m and _word_count(text, *m.span("who")) <= SPEAKER_WORDS:
                who_a, who_b = m.span("who")
                p = _object(text, people, m.end("verb"), who_b)
                if p is None:
                    # “…,” said the study's lead author, Dr. Jane Doe.
                    end = text.rfind(m.group("who").rstrip()[-1:], who_a, who_b + 1) + 1
                    p = _apposed_name(text, people, m.end("verb"), end, _reach_forward(text, end, APPOSITION_NAME_WORDS))
                    if p is not None:
                        return text[who_a:p.end].strip(), p, "verb-after"
                return m.group("who").strip(), p, "verb-after"
            m = _AFTER_VERB.match(text, after, limit)
            if m and _word_count(text, *m.span("who")) <= SPEAKER_BEFORE_VERB_WORDS and not _no_one(m.group("who")):
                who_a = m.start("who")
                return m.group("who").strip(), _subject(text, people, who_a, m.start("verb")), "after-verb"
            m = _AFTER_APPOSITION.match(text, after, limit)
            if (m and _word_count(text, *m.span("who")) <= APPOSITION_NAME_WORDS
                    and _word_count(text, *m.span("app")) <= APPOSITION_WORDS):
                who_a = m.start("who")
                p = _subject(text, people, who_a, m.start("verb"))
                if p is not None:
                    return m.group("who").strip(), p, "after-verb"
    if q.open >= 0:
        # Diop said: “…” / She told reporters, "…" / Diop: “…”
        j = q.open
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        if j == 0 or text[j - 1] not in ",:":
            p = _possessive(text, q, people)
            if p is not None:
                return text[p.start:p.end].strip(), p, "possessive"
            return _reported(text, q, people)
        punct = j - 1
        cs = _clause_start(text, punct)
        spoken = False  # a speech verb stands in the clause: a participle after it goes on with it
        for m in _VERB_RX.finditer(text, cs, punct):
            spoken = True
            tail = text[m.end():punct]
            going_on = tail.rsplit(",", 1)[-1].strip().lower() in _SPEECH_PARTICIPLES and ":" not in tail \
                and _word_count(text, m.end(), punct) <= PARTICIPLE_TAIL_WORDS
            if going_on or ("," not in tail and ":" not in tail and _word_count(text, m.end(), punct) <= VERB_TAIL_WORDS):
                who = text[cs:m.start()].strip()
                if who:
                    return who, _subject(text, people, cs, m.start()), "before"
                break
        participles = list(_PARTICIPLE_RX.finditer(text, cs, punct))
        if participles and not spoken and not any(ch in text[participles[-1].end():punct] for ch in ",:") \
                and _word_count(text, participles[-1].end(), punct) <= VERB_TAIL_WORDS:
            # "Doe returned to the theme, telling jurors, “…”": the participle goes on with the
            # subject of the clause before its comma
            p = _participle_subject(text, people, cs, participles[-1])
            if p is not None:
                return text[cs:participles[-1].start()].strip(), p, "before"
            lead = text[cs:participles[-1].start()].split()
            while lead and is_a("conjunction", lead[0]):
                lead = lead[1:]
            if lead and lead[0].lower() in SPEAKER_PRONOUNS and text[cs:participles[-1].start()].rstrip()[-1:] == ",":
                return lead[0].lower(), None, "before"  # "She called it a risk, saying: “…”", read as "she said"
        according = _according_to(text, q, people, cs)
        if according[1] is not None:
            return according  # "According to Jane Doe, the union's chair, “…”"
        if text[punct] == ":":
            cands = people.within(cs, punct)
            if cands and text[cands[-1].end:punct].strip() == "":
                return text[cs:punct].strip(), cands[-1], "colon"
            # "The treasurer, Victor Hale, put it differently: “…”": the one person the clause
            # before the colon names is the one whose words it introduces
            if cands and len({p.attrs.get("entity") for p in cands}) == 1 and cands[0].attrs.get("entity") \
                    and _word_count(text, cs, punct) <= COLON_CLAUSE_WORDS:
                return text[cs:punct].strip(), cands[0], "colon"
    return None, None, None


def _reported(text: str, q: QuoteSpan, people: _People) -> tuple[str | None, Claim | None, str | None]:
    """A fragment quoted inside reported speech: "Diop said the mission had “become part of the
    problem”". The speaker is the person right before the sentence's speech verb, provided no
    other person is named between the verb and the quotation (whose words those could be)."""
    cs = _clause_start(text, q.open, REPORTED_REACH_WORDS)
    # the verb nearest the quotation first: "Diop said Ruiz had called it “…”" are Ruiz's words
    for m in reversed(list(_REPORTED_RX.finditer(text, cs, q.open))):
        agent = _passive_agent(text, people, m.end(), q.open)
        if agent is None and q.close >= 0 and _passive_verb(text, cs, m.start()):
            # "was called “…” by Doe in a letter": the agent after the quotation, up to its sentence's end
            agent = _passive_agent(text, people, q.close + 1, analyse(text).sentence_at(q.close).end)
        if agent is not None:
            return text[m.end():agent.end].strip(), agent, "reported"
        if people.within(m.end(), q.open):
            break
        p = _subject(text, people, cs, m.start()) or _participle_subject(text, people, cs, m)
        if p is not None:
            return text[cs:m.start()].strip(), p, "reported"
        pronoun = _pronoun_subject(text, cs, m.start())
        if pronoun is not None:
            return pronoun, None, "reported"  # "He described it as “…”": resolved as "he said" is
    return _according_to(text, q, people, cs)


def _passive_agent(text: str, people: _People, verb_end: int, at: int) -> Claim | None:
    """The person after "by" right after a reporting verb, when the words up to the quotation at
    ``at`` name that one person ("was described by its chairman, Jane Doe, as “…”"): the
    agent of a passive is the speaker."""
    m = re.match(r"[ \t]+by[ \t]+", text[verb_end:at])
    if m is None:
        return None
    named = people.within(verb_end + m.end(), at)
    if not named or len({p.attrs.get("entity") for p in named}) != 1 or not named[0].attrs.get("entity"):
        return None
    return named[0]


#: the forms of "be" that make a passive ("was called"): lexicons/language.json
_PASSIVE_AUXILIARIES = CLASSES["passive_auxiliary"]


def _passive_verb(text: str, a: int, verb_start: int) -> bool:
    """Whether the verb at ``verb_start`` is a passive's participle: a form of "be" before it,
    an adverb allowed between ("was rightly called")."""
    words = text[a:verb_start].lower().split()
    while words and words[-1] not in _PASSIVE_AUXILIARIES and _adverb(words[-1]):
        words.pop()
    return bool(words) and words[-1] in _PASSIVE_AUXILIARIES


def _pronoun_subject(text: str, a: int, verb_start: int) -> str | None:
    """"he" or "she" when it is the subject of the verb at ``verb_start`` in the clause from
    ``a``: only conjunctions before it, only auxiliaries or adverbs after it ("But she later
    described it as")."""
    words = text[a:verb_start].lower().split()
    while words and is_a("conjunction", words[0]):
        words = words[1:]
    if words and words[0] in SPEAKER_PRONOUNS and all(_adverb(w) for w in words[1:]):
        return words[0]
    return None


def _participle_subject(text: str, people: _People, cs: int, m: re.Match) -> Claim | None:
    """The subject of a participle of a reporting verb after a comma ("Doe looked back on the
    year, describing it as “…”", "Doe rejected the bid, calling it “…”"): the one person the
    clause before the comma names as its subject: no word but a capitalized one or a function
    word before the name ("The board thanked Doe, calling her “…”" is the board's)."""
    if not m.group().endswith("ing") or text[cs:m.start()].rstrip()[-1:] != ",":
        return None
    named = people.within(cs, m.start())
    if not named or len({p.attrs.get("entity") for p in named}) != 1 or not named[0].attrs.get("entity"):
        return None
    lead = analyse(text).words_in(cs, _title_start(named[0]))
    return named[0] if all(w.capitalized or w.lower in FUNCTION_WORDS for w in lead) else None


def _according_to(text: str, q: QuoteSpan, people: _People, cs: int) -> tuple[str | None, Claim | None, str | None]:
    """"According to Jane Doe, the plan was “a gamble”", "According to Jane Doe, the union's
    chair, “…”": the one person named after "according to" in the clause from ``cs``, with
    no other person before the quotation."""
    m = _ACCORDING_BEFORE.search(text, cs, q.open)
    if m:
        named = people.within(m.end(), q.open)
        if named and _object(text, people, m.end(), q.open) is named[0] \
                and len({p.attrs.get("entity") for p in named}) == 1:
            return text[m.end():named[0].end].strip(), named[0], "according-to"
    return None, None, None


def _no_one(who: str) -> bool:
    """Whether the words before a verb after a quotation name no one: only conjunctions,
    auxiliaries or modals ("“…,” and said", "“…,” but has said": the verb goes on with the
    subject before the quotation, so the quotation is reported speech of that subject)."""
    words = who.casefold().split()
    return bool(words) and all(is_a("conjunction", w) or is_a("auxiliary", w) or is_a("modal", w) for w in words)


_ACCORDING_BEFORE = re.compile(rf"\b{_SOURCE}\b", re.IGNORECASE)


def _resolve(text: str, who: str, at: int, people: _People, paragraph_start: int,
             previous: tuple[int, int] | None = None) -> tuple[Claim | None, str | None]:
    """The named person a pronoun or a definite description stands for as a speaker (the
    co-reference the quotation's attribution needs), and how: "he said" is the person the
    paragraph names before the quotation, when all its mentions there are of one person; "the
    minister said" is the one person the article so far gave that title. (None, None) when
    that is not one person."""
    w = who.lower().split()
    while len(w) > 1 and is_a("conjunction", w[0]):
        w = w[1:]  # "As he put it, “…”" is his words: the conjunction opens the clause
    if len(w) == 1 and w[0] in SPEAKER_PRONOUNS:
        named = _agreeing(text, people.within(paragraph_start, at), w[0])
        if named and len({p.attrs.get("entity") for p in named}) == 1 and named[-1].attrs.get("entity"):
            return named[-1], "pronoun"
        p = _reporting_subject(text, people, paragraph_start, at, w[0]) if named else None
        if p is not None:
            return p, "pronoun"
        if not people.within(paragraph_start, at) and previous is not None:
            # "Jane Doe said the plan was dead.\n\n“…,” she said.": the one speaker of the
            # paragraph before, when the quotation's own paragraph names no one before it
            p = _paragraph_speaker(text, people, *previous)
            if p is not None and _agreeing(text, [p], w[0]):
                return p, "pronoun"
        return None, None
    if len(w) == 2 and w[0] == "the":
        titled = [p for p in people.within(0, at)
                  if (t := p.attrs.get("title")) and w[1] in (t.get("office") or "").split()]
        if titled and len({p.attrs.get("entity") for p in titled}) == 1 and titled[-1].attrs.get("entity"):
            return titled[-1], "description"
    return None, None


_PRONOUN_SEX = {k: v for k, v in _LEX["genders"]["pronouns"].items() if k in SPEAKER_PRONOUNS}


def _agreeing(text: str, named: list[Claim], pronoun: str) -> list[Claim]:
    """The mentions of ``named`` whose person the pronoun may stand for: not those of a person
    a mention of whom an honorific or a relation noun shows to be of the other sex ("Mr Doe",
    "his daughter, Jane Doe"). A pronoun near a name tells nothing here: "Doe said he ..."
    may be of someone else."""
    sex = _PRONOUN_SEX.get(pronoun)
    other = {p.attrs.get("entity") for p in named if (told := _told_sex(text, p)) and told != sex}
    return [p for p in named if p.attrs.get("entity") not in other]


def _told_sex(text: str, p: Claim) -> str | None:
    """The sex the words right before a mention tell: an honorific ("Mrs Doe") or a relation
    noun after a possessive ("his daughter, Jane Doe"); else None."""
    before = analyse(text).words_before(p.start, 2)
    if before and before[-1].lower in HONORIFIC_GENDER:
        return HONORIFIC_GENDER[before[-1].lower]
    if len(before) == 2 and before[-1].lower in RELATION_GENDER and before[-2].lower in ("his", "her", "their"):
        return RELATION_GENDER[before[-1].lower]
    return None


def _reporting_subject(text: str, people: _People, a: int, at: int, pronoun: str) -> Claim | None:
    """Of the people a paragraph names before ``at``, the one whose words it reports, for
    "he"/"she" there: "Prosecutor Jane Doe told jurors the accused, John Roe, had lied. “…,”
    she said." Every speech verb of the paragraph with a person for its subject has the same
    person (of the pronoun's sex, as far as the words tell), and the people named after the
    last of them are named in its sentence, in the words it reports ("Doe said X. Ruiz
    disagreed. “…,” she said" names Ruiz in a sentence of her own: no one is read)."""
    found = [(m, p) for m in _VERB_RX.finditer(text, a, at)
             if (p := _subject(text, people, _clause_start(text, m.start()), m.start())) is not None]
    speakers = _agreeing(text, [p for _, p in found], pronoun)
    if not speakers or len(speakers) != len(found) or len({p.attrs.get("entity") for p in speakers}) != 1 \
            or not speakers[-1].attrs.get("entity"):
        return None
    last = found[-1][0]
    sentence = analyse(text).sentence_at(last.start())
    if any(p.start >= sentence.end for p in people.within(last.end(), at)):
        return None
    return speakers[-1]


def _paragraph_speaker(text: str, people: _People, a: int, b: int) -> Claim | None:
    """The one person a paragraph names, when it reports their words: every person mention in
    [a, b) is of one person, and a speech verb follows their first mention there ("Jane Doe
    said the plan was dead.", "Jane Doe told the meeting:"). A quotation right after such a
    paragraph with no speaker of its own, or with "he"/"she" and no one named before it in
    its own paragraph, goes on with their words. None when the paragraph names no one or
    several people, or tells no words of theirs."""
    named = people.within(a, b)
    if not named or len({p.attrs.get("entity") for p in named}) != 1 or not named[-1].attrs.get("entity"):
        return None
    if not any(w.lower in _SPEECH or w.lower in _SPEECH_PARTICIPLES for w in analyse(text).words_in(named[0].end, b)):
        return None
    return named[-1]


def _only_quotations(text: str, a: int, b: int) -> bool:
    """Whether the paragraph [a, b) holds nothing but quotations: no word outside the marks."""
    inside = False
    for ch in text[a:b]:
        if ch in "“”„\"«»":
            inside = not inside if ch == '"' else ch in "“„«"
        elif not inside and ch.isalnum():
            return False
    return True


def _continues(text: str, prev, q: QuoteSpan, people: _People) -> bool:
    """Whether ``q`` goes on with the previous speaker's words: “…,” Diop said. “…” in the same
    paragraph, with nothing but that attribution between (no other person, no other verb)."""
    pq, _, person, how = prev
    if how not in ("after-verb", "verb-after") or pq.close < 0 or q.open < pq.close:
        return False
    gap = text[pq.close + 1:q.open]
    if "\n" in gap or not any(ch in gap for ch in ".!?") or _word_count(text, pq.close + 1, q.open) > CONTINUES_GAP_WORDS:
        return False
    if len(_VERB_RX.findall(gap)) != 1:
        return False
    named = people.within(pq.close + 1, q.open)
    return all(p.id == person.id for p in named)


def extract(article: Article, claims_so_far: list[Claim] | None = None) -> list[Claim]:
    text = article.text
    if not any(ch in text for ch in "“”„\"«»‘'"):
        return []
    people = _People(claims_so_far or [])
    mentions = sorted((c for c in claims_so_far or () if c.kind == "mention"), key=lambda c: c.start)
    mention_starts = [c.start for c in mentions]
    link_of: dict[int, Claim] = {}
    claims = []
    prev = None  # the last attributed quotation: (span, who, person, how)
    analysis = analyse(text)
    paragraphs = analysis.paragraph_spans
    for i, q in enumerate(scan(text), 1):
        start = q.open if q.open >= 0 else q.close
        end = q.end if q.close < 0 else q.close + 1
        if q.open >= 0 and q.close < 0:  # never closed: kept up to MAX_OPEN_QUOTE_WORDS words
            end = _open_quote_end(text, q.open, end)
        inner = text[q.open + 1:q.close] if (q.open >= 0 and q.close >= 0) else (
            text[q.open + 1:end] if q.open >= 0 else "")
        who = person = how = coref = None
        if q.status in ("closed", "continued") and not q.nested and q.open >= 0:
            who, person, how = _speaker(text, q, people)
            here = analysis.paragraph_start(q.open)
            k = bisect.bisect_right(paragraphs, (here, len(text) + 1)) - 1
            previous = paragraphs[k - 1] if k >= 1 and paragraphs[k][0] == here else None
            if person is None and who:
                person, coref = _resolve(text, who, q.open, people, here, previous)
            if person is None and who:
                # "“…,” the 67-year-old said", "“…,” she said" after a sentence whose subject is
                # the person: the mention claims.coreference linked to them
                linked = _linked_mention(mentions, mention_starts, who, q, analysis)
                if linked is not None:
                    person = people.by_id.get(linked.attrs["person"])
                    coref = "pronoun" if linked.attrs["via"] == "pronoun" else "description"
                    link_of[i] = linked
            if person is None and who is None and prev is not None and _continues(text, prev, q, people):
                who, person, how = prev[1], prev[2], "continued"
            if person is None and who is None and previous is not None and q.open == _first_mark(text, here) \
                    and _only_quotations(text, *paragraphs[k]):
                # a paragraph of quotation alone after one that reports one person's words
                person = _paragraph_speaker(text, people, *previous)
                if person is not None:
                    who, how, coref = text[person.start:person.end], "paragraph-before", "paragraph"
            if not q.nested:
                prev = (q, who, person, how) if person is not None else None
        claims.append(Claim(f"u{i}", "quote", start, end, text[start:end], attrs={
            "text": inner,
            "style": q.style,
            "status": q.status,
            "nested": q.nested,
            "speaker": who,
            "person": person.id if person is not None else None,
            "entity": person.attrs.get("entity") if person is not None else None,
            "attribution": how,
            "coreference": coref,
            # the title the speaker gives themselves in these words ("I'm the club's treasurer")
            "title": self_title(analysis, text, q.open + 1, q.close) if person is not None and q.close > q.open else None,
        }))
        if i in link_of:
            claims[-1].attrs["mention"] = link_of[i].id
            claims[-1].attrs["probable"] = link_of[i].attrs["probable"]
    _not_continued_by_another(claims, people, analysis)
    _speakers_ages(claims, analysis, claims_so_far or [])
    return claims


#: how a quotation's speaker was found when that is a reading: through a pronoun, a description
#: or a paragraph of quotation alone (``coreference``), or as the speaker of the quotation before
_READ_SPEAKERS = frozenset(("continued", "paragraph-before"))


def _speakers_ages(claims: list[Claim], analysis, claims_so_far: list[Claim]) -> None:
    """The ages a speaker tells of themself in their own quoted words ("I'm 40", "I turned 40
    this spring": claims.lifespans ``first_person_ages``) are the quotation's ``ages``, told of
    its speaker (``person``), each ``probable`` when that speaker was found by a reading (a
    pronoun, a description, the quotation before); empty for a quotation with no speaker, a
    nested one or one left unclosed. They stay the quotation's data: date.age-conflict gathers
    them with the ages told of the speaker's person claim."""
    for c in claims:
        a = c.attrs
        a["ages"] = []
        if a["person"] is None or a["nested"] or a["status"] not in ("closed", "continued"):
            continue
        inner = c.start + 1, c.end - 1 if a["status"] == "closed" else c.end
        reading = bool(a["coreference"]) or a["attribution"] in _READ_SPEAKERS
        a["ages"] = [{**g, "probable": reading} for g in first_person_ages(analysis, claims_so_far, *inner)]


def _linked_mention(mentions: list[Claim], starts: list[int], who: str, q: QuoteSpan, analysis) -> Claim | None:
    """The mention (claims.coreference) that is the speaker ``who`` of quotation ``q``: written
    as ``who`` (or closing it after an opening clause's comma) in the sentence the quotation
    opens or closes, the nearest to it (``mentions`` in order, ``starts`` their starts)."""
    a, b = q.open, q.close if q.close >= 0 else q.open
    lo, hi = analysis.sentence_at(a).start, analysis.sentence_at(b + 1).end
    who = " ".join(who.lower().split())
    # the speaker's words may hold an opening clause before the mention ("Asked about it, he")
    said = [c for c in mentions[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)] if c.attrs.get("entity")
            and (who == c.text.lower() or who.endswith(", " + c.text.lower()))]
    return min(said, key=lambda c: min(abs(c.start - a), abs(c.start - b)), default=None)


def _first_mark(text: str, a: int) -> int:
    """The offset of the first character of the paragraph at ``a`` that is not a space."""
    while a < len(text) and text[a] in " \t\r\n":
        a += 1
    return a


def _not_continued_by_another(claims: list[Claim], people: _People, analysis) -> None:
    """A quotation left open at a paragraph's end is continued by the quotation opening the
    next paragraph only if the words there are the same speaker's: when that quotation is
    tagged after its close with a person named there for the first time in the article
    ("“…,” said Jane Doe"; not a pronoun, nor someone named before, whom the open paragraph
    may describe: "the Georgia Democrat") and the open quotation's paragraph names people,
    none of them that person, it is another speaker's, and the open one was left unclosed."""
    for q, nxt in zip(claims, claims[1:]):
        if q.attrs["status"] != "continued" or q.attrs["nested"] or nxt.attrs["status"] != "closed" \
                or nxt.attrs["attribution"] not in ("verb-after", "after-verb") or not nxt.attrs["entity"] \
                or nxt.attrs["coreference"] is not None:
            continue
        a = analysis.paragraph_start(q.start)
        named = {p.attrs.get("entity") for p in people.within(a, q.start)}
        if named and nxt.attrs["entity"] not in named and nxt.attrs["person"] == nxt.attrs["entity"] \
                and analysis.paragraph_start(nxt.start) != a:
            q.attrs["status"] = "unclosed"
