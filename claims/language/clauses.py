"""The clause reader: who did what to whom in one sentence, read shallowly, without a model.

``Analysis.reading(sentence)`` (built on first asking, kept per sentence) gives a ``Reading``:

- its **clauses**, one for each verb that heads one: every finite verb group ("said", "will
  take", "had been named") and every participle clause that describes a noun or stands alone
  (", based in Paris,", "a man named Smith", "Citing losses, ..."); an infinitive after a verb
  ("expected to rise") belongs to that verb's clause, a participle before a noun ("the proposed
  merger") is no clause. Each clause has its span, its ``kind`` (main, reported, relative,
  participle, subordinate, coordinate), its ``VerbGroup`` (the lexical verb; tense, perfect,
  passive, negated, modal), its subject and object as ``Phrase`` (a span and its head: a name
  as written without its title, else the head noun, or a pronoun), and for a relative or
  participle clause the noun it describes (``attaches_to``, also its subject when the relative
  word is);
- its **appositions**: two phrases side by side naming one thing ("Ana Ek, 51, the firm's chief
  executive," gives Ek/51 and Ek/executive; "its chief executive, Ana Ek,"; a title before a
  name, "chief executive Ana Ek"; an abbreviation in brackets; a described phrase after a dash);
- its **as-roles**: a role or office someone holds or takes, told by "as" ("named Ek as its
  chief", "served as president").

What it reads: the one tokenizer's tokens, the function words of claims/lexicons/language.json,
and the verb forms of claims/lexicons/verbs.json. The punctuation clauses of ``sentences.clauses``
(``Analysis.clauses_of``: stretches between ";", ":", dashes, brackets and a comma before a
clause opener) are the coarse cut of the same sentence that callers reading "the words of this
clause, before this offset" use; a ``Clause`` here has a verb, and its span may hold a clause of
another kind (a main clause's span runs from its subject over a relative clause inside it).

Why a lexicon of verb forms and not a tagger: no tagger on the package index works without
fetching a model at run time. Three ways of knowing which words are verbs were measured on the
dev gold (benchmarks/clauses/gold-dev.jsonl: clause verbs found, F1) and on the time to read
every sentence of 2,000 Reuters articles (benchmarks/clauses/README.md has the figures): the
forms of lemminflect's bundled English lexicon (all of them: the checker reads more than news), the verb forms
of the TempEval-3 training documents, and suffixes alone. The lemminflect forms won on
accuracy at the same cost (a dict look-up a word), so they are the lexicon; lemminflect itself
is needed only to rebuild it (benchmarks/clauses/build_verbs.py), never at run time. A form
unknown to the lexicon reads by its suffix ("-ed", "-ing").

Known problems: it is shallow. It reads one verb group at a time from its neighbours, so a
subject far from its verb (behind a long prepositional phrase or a list) may be missed, a
noun that is a verb form too ("rates", "plans") is read as a verb only in a verb's place, two
names joined by "and" give the first, a reported clause without "that" after a verb other than
a speech verb reads as main, and an inverted clause ("among them were X") gives no subject.
Every figure of its accuracy is in benchmarks/clauses/README.md.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from claims.language.layout import HEADLINE, PROSE, PROSE_LINE, Line
from claims.language.tokens import NUMBER, PUNCT, WORD, Token
from claims.language.vocabulary import CLASSES, CLAUSE_WORDS
from claims.lexicon import load

#: The kinds of clause, as the gold labels name them.
KINDS = ("main", "reported", "relative", "participle", "subordinate", "coordinate")


@dataclass(frozen=True, slots=True)
class Phrase:
    """A noun phrase or name: [start, end) in characters, and its head [head_start, head_end)
    with its text (a name as written, without a title before it; else the head word)."""

    start: int
    end: int
    head_start: int
    head_end: int
    head: str


@dataclass(frozen=True, slots=True)
class VerbGroup:
    """A verb group ("will not take", "had been named"): [start, end) in characters, the lexical
    verb's [verb_start, verb_end) and text ("named"; the copula itself, "was", when it is the
    only verb), and what the auxiliaries make of it."""

    start: int
    end: int
    verb_start: int
    verb_end: int
    verb: str
    tense: str  # "past", "present", "future", or "" (a participle clause has none)
    perfect: bool
    passive: bool
    negated: bool
    modal: str | None  # the modal word, lower case ("would", "may"), or None


@dataclass(frozen=True, slots=True)
class Clause:
    """A clause: [start, end) in characters, its kind (one of ``KINDS``), its verb group, its
    subject and object or complement (None when there is none or it was not found), and for a
    relative or participle clause the noun it describes."""

    start: int
    end: int
    kind: str
    verb: VerbGroup
    subject: Phrase | None
    object: Phrase | None
    attaches_to: Phrase | None = None
    #: how its line is laid out (claims/language/layout.py): "prose", or a line standing alone,
    #: "headline", "list" or "row", read in its own grammar (see ``read``)
    layout: str = PROSE
    #: a list line's or a row's label before its colon, dash or cell mark ("14 March" of
    #: "- 14 March: tenders open"), when the clause's verb stands after it: what the line is
    #: about, and when it is a date, the date of the clause's event
    label: Phrase | None = None


@dataclass(frozen=True, slots=True)
class Apposition:
    """Two phrases side by side naming one thing, in the order written."""

    first: Phrase
    second: Phrase


@dataclass(frozen=True, slots=True)
class AsRole:
    """A role or office (``role``) that ``holder`` holds or takes, told by "as"."""

    holder: Phrase
    role: Phrase


class Reading:
    """What the clause reader found in one sentence: its ``clauses``, ``appositions`` and
    ``as_roles``, each read on the first asking (the verb groups that all three need, once):
    a caller that wants only appositions does not pay for the clauses."""

    __slots__ = ("_s", "_clauses", "_appositions", "_as_roles")

    def __init__(self, tokens: list[Token], line: Line = PROSE_LINE):
        self._s = _Sentence(tokens, line) if tokens else None
        if self._s is not None:
            _verb_groups(self._s)
        self._clauses: tuple[Clause, ...] | None = None if tokens else ()
        self._appositions: tuple[Apposition, ...] | None = None if tokens else ()
        self._as_roles: tuple[AsRole, ...] | None = None if tokens else ()

    @property
    def clauses(self) -> tuple[Clause, ...]:
        if self._clauses is None:
            self._clauses = tuple(_clauses(self._s, self._s.groups))
        return self._clauses

    @property
    def appositions(self) -> tuple[Apposition, ...]:
        if self._appositions is None:
            self._appositions = tuple(_appositions(self._s))
        return self._appositions

    @property
    def as_roles(self) -> tuple[AsRole, ...]:
        if self._as_roles is None:
            self._as_roles = tuple(_as_roles(self._s, list(self.clauses)))
        return self._as_roles


# --- the words it knows --------------------------------------------------------------------------


_OTHER_VERBS: list[tuple[dict[str, str], frozenset[str]]] = []  # a lexicon measured instead


@cache
def _lexicon_verbs() -> tuple[dict[str, str], frozenset[str]]:
    lex = load("verbs")
    return lex["forms"], frozenset(lex["noun_forms"])


def _verbs() -> tuple[dict[str, str], frozenset[str]]:
    """The verb forms (form -> letters B D N G Z) and the forms that are nouns too: loaded on
    the first reading, as most rules never ask for one."""
    return _OTHER_VERBS[0] if _OTHER_VERBS else _lexicon_verbs()


def use_verbs(forms: dict[str, str] | None, noun_forms: frozenset[str] = frozenset()) -> None:
    """Read with another lexicon of verb forms (None: the lexicon's own again); for measuring
    candidates (benchmarks/clauses/score.py --verbs)."""
    _OTHER_VERBS[:] = [] if forms is None else [(forms, noun_forms)]


_DET = CLASSES["determiner"] - {"that"}
_PREP = CLASSES["preposition"]
_ARTICLES = CLASSES["article"]
_DASHES = frozenset(("-", "--", "\u2013", "\u2014"))
_POSSESSIVE = CLASSES["possessive_determiner"]
_MODAL = CLASSES["modal"]
_AUX = CLASSES["auxiliary"]
_BE = CLASSES["passive_auxiliary"]
_NEG = CLASSES["negation"] - {"no"}
_SUBJECT_PRONOUNS = frozenset(CLAUSE_WORDS["subject_pronouns"])
_OBJECT_PRONOUNS = frozenset(CLAUSE_WORDS["object_pronouns"])
_RELATIVES = frozenset(CLAUSE_WORDS["relatives"])
_SUBORDINATORS = frozenset(CLAUSE_WORDS["subordinators"])
_COORDINATORS = frozenset(CLAUSE_WORDS["coordinators"])
_ADVERBS = frozenset(CLAUSE_WORDS["adverbs"])
_SAY = frozenset(CLAUSE_WORDS["say_tell"])
_SPEECH = frozenset(load("people")["speech_verbs"]) | _SAY
_INVERTED = frozenset(CLAUSE_WORDS["inverted_speech"])
_THINKING = frozenset(CLAUSE_WORDS["thinking_verbs"])
_ORG_WORDS = frozenset(w.lower() for w in load("people")["org_heads"] + load("people")["legal_forms"])
#: the words of a number ("forty", "sixty-two" is read by its parts), for an age in words
_NUMBER_WORDS = frozenset(load("temporal")["number_words"])
_AGE_WORDS = frozenset(w for key in ("aged", "now") for w in load("people")["ages"][key])
_HONORIFICS = frozenset(w.rstrip(".") for w in load("people")["honorifics"])
_NAME_SUFFIXES = frozenset(w.rstrip(".") for w in load("people")["name_suffixes"])
_AGENT_ENDINGS = tuple(CLAUSE_WORDS["agent_endings"])
_NOT_VERBS = frozenset(CLAUSE_WORDS["not_verbs"])
_HAVE = CLASSES["perfect_auxiliary"]
#: words of a time, which stand after a verb without being its object ("left last week")
_TIME_WORDS = frozenset(CLAUSE_WORDS["time_words"]) | frozenset(load("temporal")["weekdays"])
_TIME_MODIFIERS = frozenset(CLAUSE_WORDS["time_modifiers"])
_PARTICLES = frozenset(CLAUSE_WORDS["particles"])
_QUANTIFIERS = frozenset(CLAUSE_WORDS["number_modifiers"])
_DO = CLASSES["do_auxiliary"]
_NOUN_JOIN = CLASSES["noun_join"]
_FUTURE = CLASSES["future_modal"]
_PAST_AUX = CLASSES["past_auxiliary"]


@cache
def _titles() -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """Title words: the heads of claims/lexicons/people.json (every word of them, and each
    title as a word sequence), and the honorifics ("Mr", "Dr")."""
    people = load("people")
    seqs = {tuple(h.split()) for h in people["heads"]}
    return frozenset(w for seq in seqs for w in seq if w not in _FUNCTION), frozenset(seqs)


# --- reading one sentence ------------------------------------------------------------------------


_FUNCTION = frozenset().union(*CLASSES.values()) | frozenset(CLAUSE_WORDS["relatives"]) | frozenset(
    CLAUSE_WORDS["subordinators"]) | frozenset(CLAUSE_WORDS["coordinators"]) | {"to", "that", "not", "n't"}
_QUOTES_OPEN = frozenset("\"'\u201c(")
_QUOTES = frozenset("\"\u201c\u201d")
#: function words that the lexicon of verb forms also lists ("over", "even", "near"): never
#: a clause's verb (the auxiliaries and modals are read as such, by ``_aux_chain``)
_NEVER_VERBS = (_FUNCTION | _ADVERBS) - _AUX - _MODAL


def _form_tags(tok: Token, w: str, forms: dict[str, str]) -> str:
    """The verb-form letters of a token ("" for no verb form): from the lexicon, else by suffix
    for a lower-case word the lexicon does not know ("-ed": past, "-ing")."""
    if tok.kind != WORD or w in _NOT_VERBS or w in _NEVER_VERBS:
        return ""
    found = forms.get(w)
    if found is not None:
        return found
    if tok.text[:1].islower() and len(w) > 4 and "-" not in w:
        if w.endswith("ed") and not w.endswith("eed"):
            return "DN"
        if w.endswith("ing"):
            return "G"
    return ""


class _Sentence:
    """The working state of one sentence's reading: its tokens and what each was taken for."""

    def __init__(self, tokens: list[Token], line: Line = PROSE_LINE):
        self.t = tokens
        self.n = len(tokens)
        self.line = line  # its layout, with token indices into ``tokens``
        self.low = low = [t.lower for t in tokens]
        self.starts = [t.start for t in tokens]
        forms, nouns = _verbs()
        self.forms = forms
        self.noun_forms = nouns
        self.in_group = [-1] * self.n  # token -> the index of its verb group, or -1
        self.groups: list[_Group] = []
        self.is_punct = [t.kind == PUNCT for t in tokens]
        self.texts = [t.text for t in tokens]
        self.cap = [t.kind == WORD and t.text[:1].isupper() for t in tokens]
        self._tags = [_form_tags(t, w, forms) for t, w in zip(tokens, low)]
        # a capitalized word opening the sentence (or a quotation) is a name unless it is a
        # function word or a verb form, and even then before a comma ("Bell, 47, said")
        self._proper = [c and (k > 0 and tokens[k - 1].text not in _QUOTES_OPEN or (
            low[k] not in _FUNCTION and (not self._tags[k] or k + 1 < self.n and tokens[k + 1].text == ",")))
            for k, c in enumerate(self.cap)]
        self._adverb = [t.kind == WORD and (w in _ADVERBS or w in _NEG or (
            w.endswith("ly") and len(w) > 4 and not c and w not in forms)) for t, w, c in zip(tokens, low, self.cap)]

    # what a token is
    def punct(self, i: int) -> bool:
        return self.is_punct[i]

    def text(self, i: int) -> str:
        return self.texts[i]

    def tags(self, i: int) -> str:
        """The verb-form letters of token ``i`` ("" for no verb form; see ``_form_tags``)."""
        return self._tags[i]

    def proper(self, i: int) -> bool:
        """A capitalized word that is not the sentence's first (there, only a word that is no
        function word and no verb form), or an all-capital or mixed word ("NV", "IBM")."""
        return self._proper[i]

    def adverb(self, i: int) -> bool:
        """An adverb that may stand inside a verb group or before a verb: one of the lexicon's,
        a negation, or a lower-case word in "-ly" that is no verb form."""
        return self._adverb[i]

    def nominal(self, i: int) -> bool:
        """A word that may be part of a noun phrase: a content word that is no verb of a group,
        a number, a determiner, a name."""
        if i < 0 or i >= self.n or self.in_group[i] >= 0:
            return False
        tok = self.t[i]
        if tok.kind == NUMBER:
            return True
        if tok.kind != WORD:
            return tok.text in "%$&'" and 0 < i and not self.punct(i - 1)
        w = self.low[i]
        if w in _DET or w in _OBJECT_PRONOUNS or w in _SUBJECT_PRONOUNS:
            return True
        if w in _PARTICLES:
            return False
        if w in _ADVERBS and i > 0 and (self.low[i - 1] in _DET or self.t[i - 1].text.endswith(("'s", "\u2019s"))):
            return True
        return w not in _FUNCTION and w not in _ADVERBS and w not in _NEG



@dataclass
class _Group:
    first: int  # tokens [first, last], the lexical verb at ``verb``
    last: int
    verb: int
    finite: bool
    participle: bool = False
    future: bool = False  # a line's "to" and a verb after its subject ("Council to vote")


def read(tokens: list[Token], line: Line = PROSE_LINE) -> Reading:
    """The reading of one sentence's tokens (in order; offsets in the analysed text), laid out
    as ``line`` tells (its token indices into ``tokens``: ``shifted``). A line standing alone is
    read in its own grammar (claims/language/layout.py): "to" and a base verb after its subject
    is a future verb group ("Council to cut jobs"); in a headline, a verb group of one present
    form tells a past event ("Minister resigns": tense "past"), and one of a bare participle
    with no object after it is passive ("Man jailed for fraud"); a list line's or a row's
    clauses carry its label (``Clause.label``)."""
    return Reading(tokens, line)


def shifted(line: Line, first: int) -> Line:
    """``line`` with its token indices counted from ``first`` (a sentence's first token)."""
    if line.kind == PROSE:
        return line
    return Line(line.kind, line.body - first, line.label_first - first if line.labelled else -1,
                line.label_last - first if line.labelled else -1, line.mark - first if line.labelled else -1)


# --- verb groups ---------------------------------------------------------------------------------


def _verb_groups(s: _Sentence) -> list[_Group]:
    """The verb groups of the sentence, in order: an auxiliary chain with its lexical verb, or a
    lexical verb standing alone where a verb stands (see ``_lone_verb``)."""
    out: list[_Group] = s.groups
    i = 0
    while i < s.n:
        w = s.low[i]
        if s.t[i].kind == WORD and (w in _MODAL or w in _AUX) and (i == 0 or not s.cap[i]):
            g = _aux_chain(s, i)
            if g is not None:
                if not (i > 0 and s.low[i - 1] == "to"):
                    out.append(g)
                    for k in range(g.first, g.last + 1):
                        s.in_group[k] = len(out) - 1
                else:
                    for k in range(g.first, g.last + 1):
                        s.in_group[k] = -2  # an infinitive's: no clause of its own
                i = g.last + 1
                continue
        g = _lone_verb(s, i, out) if s._tags[i] else None  # (most words are no verb form: not asked)
        if g is not None:
            out.append(g)
            s.in_group[i] = len(out) - 1
        i += 1
    if s.line.kind != PROSE:
        _line_futures(s, out)
        # a line's comma is an "and": each stretch between commas may hold a verb of its own
        # ("Town votes, mayor quits")
        a = s.line.body
        for b in [k for k in range(a, s.n) if s.texts[k] == ","] + [s.n]:
            if not any(g.finite and a <= g.verb < b for g in out):
                _line_present(s, out, a, b)
            a = b + 1
    return out


def _line_present(s: _Sentence, groups: list[_Group], a: int, b: int) -> None:
    """A stretch [a, b) of a line with no finite verb group: its first -s form after a noun (or
    base form after a plural), where no verb form of the present follows right after, is its
    verb ("Agency orders review", "Department closes overnight", "drivers strike"), though the
    form is a noun too (a line has no article to tell them apart)."""
    for k in range(a + 1, b):
        tags = s.tags(k)
        p = k - 1
        plural = s.low[p].endswith("s") and not s.low[p].endswith(("ss", "'s", "\u2019s")) and not s.proper(p)
        if not ("Z" in tags or "B" in tags and plural) or "D" in tags or s.in_group[k] != -1 or s.adverb(k):
            continue  # an -s form, or a base form after a plural ("drivers strike")
        if s.punct(p) or not (s.nominal(p) or s.proper(p)) or s.low[p] in _DET or s.low[p] in _PREP \
                or s.t[p].kind == NUMBER:
            continue  # not "the works", "in talks", "200 jobs"
        nxt = s.tags(k + 1) if k + 1 < b else ""
        if ("Z" in nxt or "B" in nxt) and "D" not in nxt and not s.proper(k + 1):
            continue
        groups.append(_Group(k, k, k, finite=True))
        groups.sort(key=lambda g: g.first)
        for n, g in enumerate(groups):
            for j in range(g.first, g.last + 1):
                s.in_group[j] = n
        return


def _line_futures(s: _Sentence, groups: list[_Group]) -> None:
    """A line's "to" and a base verb right after a noun, with no finite verb before it: the
    line's future verb group ("Council to cut 40 jobs", "Firm to Hire 700": a headline's
    capitals do not make the verb a name). Added to ``groups`` in order."""
    added = False
    for k in range(max(1, s.line.body + 1), s.n - 1):
        if s.low[k] != "to" or s.in_group[k] >= 0 or s.in_group[k + 1] >= 0 or "B" not in s.tags(k + 1):
            continue
        if any(g.finite and g.first < k for g in groups):
            break
        p = k - 1
        if s.punct(p) or not (s.nominal(p) or s.proper(p)) or s.low[p] in _DET:
            continue
        groups.append(_Group(k, k + 1, k + 1, finite=True, future=True))
        added = True
        break
    if added:
        groups.sort(key=lambda g: g.first)
        s.in_group[:] = [-2 if x == -2 else -1 for x in s.in_group]
        for n, g in enumerate(groups):
            for k in range(g.first, g.last + 1):
                s.in_group[k] = n


def _aux_chain(s: _Sentence, i: int) -> _Group | None:
    """The verb group starting at the auxiliary or modal ``i``: the auxiliaries, negations and
    adverbs after it, and the lexical verb they lead to; the last auxiliary itself when none
    follows (a copula, "was the chief"; "has a plan")."""
    j = i
    last_aux = i
    while j + 1 < s.n:
        k = j + 1
        w = s.low[k]
        if s.t[k].kind == WORD and (w in _AUX or w in _MODAL):
            last_aux = j = k
            continue
        if s.adverb(k):
            j = k
            continue
        if w == "to" and s.low[j] in _HAVE and k + 1 < s.n and (s.tags(k + 1) or s.low[k + 1] in _AUX):
            j = k  # "may have to be tightened": "have to" is as a modal
            last_aux = k + 1 if s.low[k + 1] in _AUX else last_aux
            if s.low[k + 1] in _AUX:
                j = k + 1
            continue
        break
    k = last_aux + 1
    while k < s.n and s.adverb(k):
        k += 1
    aux = s.low[last_aux]
    if k < s.n and not s.proper(k):
        tags = s.tags(k)
        wanted = "B" if aux in _MODAL or aux in _DO else "N" if aux in _HAVE else "NG" if aux in _BE else ""
        if tags and any(c in tags for c in wanted) and not (aux in _BE and "N" not in tags and "G" not in tags):
            if not (aux in _HAVE and "N" not in tags):
                return _Group(i, k, k, finite=s.low[i] not in ("being", "having", "been", "be") or i == 0)
    if s.low[i] in ("being", "having", "been"):
        return None
    return _Group(i, last_aux, last_aux, finite=True)


def _prev_word(s: _Sentence, i: int) -> int:
    """The token before ``i``, stepping back over adverbs (-1 at the start)."""
    j = i - 1
    while j >= 0 and s.adverb(j):
        j -= 1
    return j


def _lone_verb(s: _Sentence, i: int, groups: list[_Group]) -> _Group | None:
    """A lexical verb without an auxiliary, at token ``i``, or None.

    - a past or -s form after its subject ("prices rose", "he said", "which opened"), or a past
      form after a comma that closes a phrase set off between subject and verb ("Ek, 51,
      said"); a base form after "they"/"we"/"I"/"you" or a plural noun ("analysts say");
    - a participle describing the noun before it ("a man named Ek was", "the amount owed", "a
      seat held by"), after a comma (", based in"; ", adding that"), or opening the sentence
      ("Citing losses, ...");
    - not a verb: a form after a determiner, a preposition, "to" or a number ("the proposed
      merger", "its rates"); one right after a verb group (its object); one inside the object
      of a verb before it, before a noun ("has withdrawn a leveraged offer"); a form that is a
      noun too ("rates", "plans") before a verb or a preposition ("shares rose")."""
    tags = s.tags(i)
    if not tags or s.in_group[i] != -1 or s.proper(i) or s.adverb(i):
        return None
    p = _prev_word(s, i)
    if p > 0 and s.text(p) == ")":
        p = _before_brackets(s, p)  # "The European Union (EU) said"
    pw = s.low[p] if p >= 0 else ""
    word = s.low[i]
    nxt = i + 1 if i + 1 < s.n else -1
    if p >= 0 and (pw in _DET or pw in _PREP or pw == "to" or s.in_group[p] == -2 or pw == "whose"):
        return None
    if p >= 0 and s.t[p].kind == NUMBER and not (tags == "D" or "Z" in tags):
        return None
    if p >= 0 and s.in_group[p] >= 0:
        return None  # right after another verb group: its object or complement ("made gains")
    noun_too = word in s.noun_forms
    subject_word = pw in _SUBJECT_PRONOUNS or pw in _RELATIVES or pw == "that"
    after_noun = p >= 0 and not subject_word and s.nominal(p) and not s.punct(p) and pw not in _OBJECT_PRONOUNS
    inside_object = after_noun and _open_clause(s, i, groups)
    if noun_too and after_noun and ("D" not in tags or "B" in tags and "N" in tags) and not _takes_object(s, nxt):
        return None  # "shares rose", "the plans of", "trust banks and"
    if ("Z" in tags or "B" in tags) and "D" not in tags and nxt >= 0 and (s.low[nxt] in _AUX or s.low[nxt] in _MODAL):
        return None  # "that taxes would rise", "that people could": the subject of the verb after it
    if noun_too and after_noun and s.text(p).endswith(("'s", "\u2019s")) and not s.proper(p):
        return None  # "the company's rates"
    if "D" in tags or "N" in tags:
        if p < 0:
            return _participle(i) if tags != "D" and nxt >= 0 and not s.punct(nxt) else None
        if subject_word:
            return _Group(i, i, i, finite=True) if "D" in tags else None
        if pw in _COORDINATORS:
            return _Group(i, i, i, finite=True) if "D" in tags else None
        if s.punct(p):
            if word in _SPEECH and "D" in tags:
                return _Group(i, i, i, finite=True)  # ", said the minister" / '", he said'
            if s.text(p) == "," and "D" in tags and _skip_set_off(s, p) is not None:
                return _Group(i, i, i, finite=True)  # "Ek, 51, resigned"
            if s.text(p) == "," and "N" in tags:
                return _participle(i)
            if s.text(p) == "," and tags == "D":
                return _Group(i, i, i, finite=True)  # "dipped, then rose"
            return None
        if after_noun:
            if inside_object:
                if word in _SPEECH or nxt < 0 or s.punct(nxt) or s.low[nxt] in _PREP or s.low[nxt] in ("by", "as"):
                    return _participle(i) if "N" in tags and word not in _SAY else None
                return None  # "a leveraged buyout offer"
            if word in _SPEECH:
                return _Group(i, i, i, finite=True)
            if "D" not in tags or _finite_follows(s, i):
                return _participle(i)
            return _Group(i, i, i, finite=True)
        return None
    if "Z" in tags:
        if (subject_word or after_noun) and not inside_object:
            return _Group(i, i, i, finite=True)
        if word in _SPEECH and p >= 0 and s.punct(p):
            return _Group(i, i, i, finite=True)
        return None
    if "G" in tags:
        if p < 0:
            # "Citing losses, ...", not "Funding was ..." (the subject of a verb after it)
            ok = nxt >= 0 and not s.punct(nxt) and s.low[nxt] not in _AUX and s.low[nxt] not in _MODAL
            return _participle(i) if ok else None
        if s.text(p) == "," and nxt >= 0 and not s.punct(nxt):
            return _participle(i)
        if after_noun and nxt >= 0 and (_takes_object(s, nxt) or s.low[nxt] in _PREP) and not s.text(p).endswith(
                ("'s", "\u2019s")):
            return _participle(i)  # "a team bidding on", "a message telling people"
        return None
    if "B" in tags and p >= 0 and not inside_object:
        if nxt >= 0 and (s.low[nxt] in _AUX or s.low[nxt] in _MODAL):
            return None  # "that people could": the subject of the verb after it
        if pw in ("they", "we", "i", "you") or (pw in ("who", "that", "which") and not noun_too):
            return _Group(i, i, i, finite=True)
        if after_noun and pw.endswith("s") and not pw.endswith(("ss", "'s", "\u2019s")) and (p == 0 or not s.proper(p)) and (
                not noun_too or _takes_object(s, nxt)):
            return _Group(i, i, i, finite=True)  # "analysts say", "the dealers represent"
    return None


def _takes_object(s: _Sentence, k: int) -> bool:
    """Whether token ``k`` starts what a verb takes after it (a determiner, a pronoun, a
    number, a name, "to", "that", an adverb, a quotation): what tells a verb from a noun
    among the forms that are both ("Acme rates the notes", not "the rates rose")."""
    if k < 0 or k >= s.n:
        return False
    w = s.low[k]
    return (w in _DET or w in _OBJECT_PRONOUNS or w in ("to", "that") or s.t[k].kind == NUMBER or s.proper(k)
            or s.adverb(k) or s.text(k) in _QUOTES_OPEN)


def _participle(i: int) -> _Group:
    return _Group(i, i, i, finite=False, participle=True)


def _open_clause(s: _Sentence, i: int, groups: list[_Group]) -> bool:
    """Whether the verb group before ``i`` still governs it: no comma, clause word or
    conjunction stands between (the word at ``i`` is inside that verb's object)."""
    if not groups or groups[-1].participle and not any(g.finite for g in groups):
        return False  # "a barge carrying coal sank": the participle's object ends at the verb
    if s.low[groups[-1].verb] in _SAY and groups[-1].last + 1 < s.n and s.low[groups[-1].last + 1] not in _PREP:
        return False  # "said its board declared": say takes a clause, not an object
    for k in range(groups[-1].last + 1, i):
        w = s.low[k]
        if w in _NOUN_JOIN and k + 1 < i and s.nominal(k + 1) and not s.tags(k + 1):
            continue  # "some Mexican and Venezuelan loans": one object
        if s.punct(k) or w in _RELATIVES or w == "that" or w in _COORDINATORS or w in _SUBORDINATORS:
            return False
    return True


def _finite_follows(s: _Sentence, i: int) -> bool:
    """Whether a finite verb group follows ``i`` before the next comma or clause word: then the
    past form at ``i`` describes the noun before it ("a man named Ek was held")."""
    for k in range(i + 1, min(s.n, i + 16)):
        w = s.low[k]
        if s.punct(k) or w in _SUBJECT_PRONOUNS or w in _RELATIVES or w == "that" or w in _COORDINATORS or w in _SUBORDINATORS:
            return False
        if s.t[k].kind == WORD and (w in _MODAL or (w in _AUX and w not in _HAVE)):
            return True
    return False


# --- phrases -------------------------------------------------------------------------------------


def _phrase(s: _Sentence, a: int, b: int, head: int) -> Phrase:
    """The phrase of tokens [a, b] whose head is at token ``head``: a name's head is its whole
    run of capitalized words, without a title or honorific before it."""
    h0 = h1 = head
    if s.proper(head) or s.t[head].capitalized:
        while h0 - 1 >= a and (s.proper(h0 - 1) or s.cap[h0 - 1] and h0 - 1 == 0) and s.low[h0 - 1] not in _DET:
            h0 -= 1
        while h1 + 1 <= b and (s.proper(h1 + 1) or s.text(h1 + 1) == "&"):
            h1 += 1
        words, _ = _titles()
        k = h0
        while k < head and (s.low[k] in words or s.low[k] in _HONORIFICS):
            k += 1
        if k <= head and k > h0:
            h0 = k
        if h1 > head and any(s.low[x] in words for x in range(head + 1, h1 + 1)):
            h1 = head
    return Phrase(s.t[a].start, s.t[b].end, s.t[h0].start, s.t[h1].end, _span_text(s, h0, h1))


def _span_text(s: _Sentence, h0: int, h1: int) -> str:
    parts = [s.text(h0)]
    for k in range(h0 + 1, h1 + 1):
        parts.append((" " if s.t[k].start > s.t[k - 1].end else "") + s.text(k))
    return "".join(parts)


def _np_left(s: _Sentence, j: int) -> Phrase | None:
    """The noun phrase ending at token ``j`` (stepping back over its words, "of" phrases and a
    possessive), or None when no noun phrase ends there."""
    if j >= 0 and s.text(j) == ")":
        j = _before_brackets(s, j)
    if j > 0 and s.text(j) == "." and s.t[j - 1].end == s.t[j].start and s.cap[j - 1]:
        j -= 1  # "Acme Inc."
    if j < 0 or not s.nominal(j):
        return None
    if s.low[j] in _SUBJECT_PRONOUNS or s.low[j] in _OBJECT_PRONOUNS:
        return _phrase(s, j, j, j)
    a = j
    while a - 1 >= 0:
        k = a - 1
        w = s.low[k]
        if s.nominal(k) and w not in _SUBJECT_PRONOUNS and w not in _OBJECT_PRONOUNS and (
                s.low[a] not in _DET or s.low[k] in _DET):
            a = k
            continue
        if (w in _PREP and w not in _SUBORDINATORS or w == "&") and k - 1 >= 0 and s.nominal(k - 1) and not s.punct(k - 1):
            a = k  # "markets around the world", "the value against the dollar"
            continue
        if w in _NOUN_JOIN and k - 1 >= 0 and s.nominal(k - 1) and not s.cap[k - 1] and not s.cap[k + 1] and (
                _in_prepositional(s, k - 1)):
            a = k  # "loans to savings and loan associations": one phrase
            continue
        if w == "." and k - 1 >= 0 and s.t[k - 1].end == s.t[k].start and s.cap[k - 1]:
            a = k  # "St. Louis", "Corp."
            continue
        break
    while a <= j and (s.low[a] in _PREP or s.low[a] in (".", "&")):
        a += 1
    return _head_of(s, a, j)


def _in_prepositional(s: _Sentence, k: int) -> bool:
    """Whether the noun phrase ending at ``k`` follows a preposition within a few words."""
    for x in range(k - 1, max(-1, k - 5), -1):
        if s.low[x] in _PREP:
            return True
        if not s.nominal(x):
            return False
    return False


def _before_brackets(s: _Sentence, j: int) -> int:
    """The token before the brackets that the ")" at ``j`` closes ("Ek (R-Minn.)"), or ``j``."""
    k = j - 1
    while k >= 0 and j - k < 12 and s.text(k) != "(":
        k -= 1
    return k - 1 if k >= 1 and s.text(k) == "(" else j


def _nearest(s: _Sentence, j: int) -> Phrase | None:
    """The noun phrase ending at ``j`` without its "of" phrases stepped over: what a relative
    or participle clause after it describes ("the efforts of a team that left": team)."""
    np = _np_left(s, j)
    if np is None:
        return None
    a = _tok_at(s, np.start)
    for k in range(j - 1, a - 1, -1):
        if s.low[k] in _PREP:
            return _head_of(s, k + 1, j)
    return np


def _head_of(s: _Sentence, a: int, b: int) -> Phrase:
    """The phrase [a, b] with its head: the last word before its first "of" or "and" (two
    names joined by "and" give the first)."""
    end = b
    for k in range(a + 1, b + 1):
        if s.low[k] in _PREP or s.low[k] in _NOUN_JOIN:
            end = k - 1
            break
    while end > a and s.punct(end):
        end -= 1
    return _phrase(s, a, b, end)


def _np_right(s: _Sentence, i: int, stop: int, copula: bool = False) -> Phrase | None:
    """The noun phrase starting at token ``i`` (before ``stop``), its head the last word before
    a preposition, a punctuation mark, a clause word or a verb."""
    k = i
    while k < stop and (s.adverb(k) and not s.nominal(k) and not (copula and k + 1 < stop and s.punct(k + 1))
                        or s.low[k] in _QUANTIFIERS and k + 1 < stop
                        and s.t[k + 1].kind == NUMBER):
        k += 1
    if k >= stop or not s.nominal(k):
        return None
    a = k
    b = k
    while b + 1 < stop and s.low[b + 1] not in _SUBJECT_PRONOUNS:
        if s.low[b] in _OBJECT_PRONOUNS and s.low[b] not in _DET:
            break
        if s.text(b + 1) in _QUOTES and b + 2 < stop and s.nominal(b + 2):
            b += 1  # 'a "more complex company"'
        elif s.text(b + 1) == "." and s.cap[b] and s.t[b + 1].start == s.t[b].end and b + 2 < stop and s.nominal(b + 2):
            b += 1  # "another U.S. car maker"
        elif s.text(b + 1) == "-" and b + 2 < stop and s.t[b + 1].start == s.t[b].end and s.t[b + 2].start == s.t[
                b + 1].end and s.nominal(b + 2):
            b += 1  # "a 6-foot-3 guard": one word
        elif not s.nominal(b + 1):
            break
        elif s.low[b + 1] in _DET and s.low[b] not in _DET and s.t[b].kind != NUMBER:
            break  # "called the plan a gamble": a phrase of its own
        b += 1
    while b > a and s.text(b) in _QUOTES:
        b -= 1
    if s.low[b] in _TIME_WORDS and b > a:
        # "sold the plant last week": the time is no part of the object
        t = b
        while t > a and (s.low[t] in _TIME_WORDS or s.low[t] in _TIME_MODIFIERS):
            t -= 1
        if t >= a and not (s.low[t] in _TIME_WORDS or s.low[t] in _TIME_MODIFIERS) and s.low[t] not in _DET:
            b = t
    if (s.adverb(b) and not copula) or s.low[b] in _TIME_WORDS or s.low[b] in _TIME_MODIFIERS:
        return None  # "fared poorly", "left last week", "began Tuesday": no object
    return _phrase(s, a, b, b)


# --- clauses -------------------------------------------------------------------------------------


def _clauses(s: _Sentence, groups: list[_Group]) -> list[Clause]:
    """One clause for each verb group: its subject and kind (``_subject``; a participle's is the
    noun it describes), then which clauses are reported (``_reported``), then each clause's
    span (from its opener or subject to before the next clause that starts after its verb)
    and its object, found within that span."""
    out: list[dict] = []
    for g in groups:
        c = {"g": g, "kind": "main", "subject": None, "attaches": None, "opener": None}
        if g.participle:
            c["kind"] = "participle"
            j = g.first - 1
            c["opener"] = g.first
            if j >= 0 and s.text(j) == "," and "G" in s.tags(g.verb):
                # ", adding that ...": told of the subject of the clause before
                prev = next((d for d in reversed(out) if d["kind"] != "participle" and d["subject"] is not None), None)
                c["attaches"] = prev["subject"] if prev else None
            else:
                if j >= 0 and s.text(j) == ",":
                    j -= 1
                c["attaches"] = _nearest(s, j) if j >= 0 else None
        else:
            _subject(s, g, c, out)
        out.append(c)
    # a sentence-opening participle clause describes the next clause's subject
    for k, c in enumerate(out):
        if c["kind"] == "participle" and c["attaches"] is None:
            nxt = next((d for d in out[k + 1:] if d["subject"] is not None), None)
            c["attaches"] = nxt["subject"] if nxt else None
        if c["kind"] == "participle":
            c["subject"] = c["attaches"]
    _reported(s, out)
    # spans: from the opener (or subject) to before the next clause's start
    starts = []
    for c in out:
        g = c["g"]
        first = g.first
        if c["opener"] is not None:
            first = min(first, c["opener"])
        subj = c["subject"]
        if subj is not None and subj.start < s.t[first].start and c["kind"] not in ("relative", "participle", "coordinate"):
            first = _tok_at(s, subj.start)
        starts.append(first)
    clauses = []
    label = _head_of(s, s.line.label_first, s.line.label_last - 1) if s.line.labelled else None
    end_tok = s.n - 1
    while end_tok > 0 and s.punct(end_tok):
        end_tok -= 1
    for k, c in enumerate(out):
        g = c["g"]
        later = [st for st in starts[k + 1:] if st > g.last]
        last = (min(later) - 1) if later else end_tok
        while last > g.last and s.punct(last):
            last -= 1
        last = max(last, g.last)
        stop = last + 1
        obj = _object(s, g, stop)
        first = min(starts[k], g.first)
        clauses.append(Clause(s.t[first].start, s.t[last].end, c["kind"], _verb_group(s, g), c["subject"], obj,
                              c["attaches"] if c["kind"] in ("relative", "participle") else None,
                              s.line.kind, label if label is not None and g.first > s.line.mark else None))
    return clauses


def _subject(s: _Sentence, g: _Group, c: dict, done: list[dict]) -> None:
    """Find the subject of the finite group ``g`` and the word that opens its clause."""
    j = _prev_word(s, g.first)
    if j < 0:
        return
    w = s.low[j]
    if w in _RELATIVES or (w == "that" and j > 0 and _nounish_before(s, j)):
        c["kind"] = "relative"
        c["opener"] = j
        c["attaches"] = _antecedent(s, j)
        c["subject"] = c["attaches"]
        return
    if w == "whose":
        return
    if (w in _COORDINATORS or (w == "," and j > 0 and s.low[j - 1] in _COORDINATORS)) and done:
        prev = done[-1]
        if s.low[g.verb] in _SPEECH:
            prev = next((d for d in reversed(done) if s.low[d["g"].verb] in _SPEECH), prev)
        elif prev is not None and prev["kind"] == "participle":
            prev = next((d for d in reversed(done) if d["kind"] != "participle"), prev)
        c["kind"] = "coordinate"
        c["opener"] = j
        c["subject"] = prev["subject"] if prev else None
        return
    before = _skip_set_off(s, j) if s.text(j) == "," else None
    if s.punct(j) and s.low[g.verb] in _INVERTED and (before is None or not s.proper(before)):
        # ", said the minister." / '", he said' with the subject after: an inverted report
        after = _np_right(s, g.last + 1, s.n)
        if after is not None and s.t[j].text in ",\"'\u201d":
            c["subject"] = after
            c["opener"] = j
            c["inverted"] = True
            return
    if before is not None:
        j = before
    np = _np_left(s, j)
    if np is None:
        return
    a = _tok_at(s, np.start)
    o = a - 1
    told = next((d for d in done if d["g"] is s.groups[s.in_group[o]]), None) if o >= 0 and s.in_group[o] >= 0 else None
    if told is not None and told["kind"] in ("relative", "participle") and told["opener"] is not None and (
            told["opener"] > 0 and s.text(told["opener"] - 1) != ","):
        # "a corporation that posted a gain was", "the number of people claiming aid rose": the
        # subject is the phrase the relative or participle clause follows
        before = _np_left(s, told["opener"] - 1)
        if before is not None:
            c["subject"] = before
            return
    c["subject"] = np
    if o >= 0:
        ow = s.low[o]
        if ow in _RELATIVES or ow == "whose":
            c["kind"] = "relative"
            c["opener"] = o
            c["attaches"] = _antecedent(s, o)
        elif ow == "that":
            c["opener"] = o
            c["kind"] = "reported" if _verb_before(s, o) else "relative" if _nounish_before(s, o) else "reported"
            if c["kind"] == "relative":
                c["attaches"] = _antecedent(s, o)
        elif ow in _SUBORDINATORS:
            c["kind"] = "subordinate"
            c["opener"] = o
        elif (ow in _COORDINATORS or (ow == "," and o > 0 and s.low[o - 1] in _COORDINATORS)) and done and o > 0:
            c["kind"] = "coordinate"  # not "But the board met" opening a sentence, nor one before any verb
            c["opener"] = o


def _nounish_before(s: _Sentence, j: int) -> bool:
    k = j - 1
    if k >= 0 and s.text(k) == ",":
        k -= 1
    return k >= 0 and s.nominal(k) and s.in_group[k] < 0


def _verb_before(s: _Sentence, j: int) -> bool:
    """Whether "that" at ``j`` follows a verb (or a verb and its object: "told them that")."""
    k = j - 1
    if k >= 0 and s.text(k) == ",":
        k -= 1
    if k >= 0 and s.in_group[k] >= 0:
        return True
    if k >= 1 and s.low[k] in _OBJECT_PRONOUNS and s.in_group[k - 1] >= 0:
        return True
    return k >= 0 and s.tags(k) != "" and s.in_group[k] != -1


def _antecedent(s: _Sentence, j: int) -> Phrase | None:
    """The noun a relative word at ``j`` stands for: the phrase before it (over a comma, and
    over a preposition: "the countries to which")."""
    k = j - 1
    if k >= 0 and s.low[k] in _PREP:
        k -= 1
    if k >= 0 and s.text(k) == ",":
        k -= 1
    return _nearest(s, k) if k >= 0 else None


def _skip_set_off(s: _Sentence, j: int) -> int | None:
    """Before the comma at ``j`` that closes a stretch set off by commas between a subject and
    its verb ("Ek, 51, the chief, said"; "the plant, which opened in 1991, was"; "the plant,
    opened in 1991, was"), the token where the phrase before it ends: a name among the phrases
    of an apposition, else the first phrase. None when the stretch is no such thing."""
    k = j - 1
    while k >= 0 and j - k < 25 and s.text(k) != ",":
        k -= 1
    if k < 1 or s.text(k) != ",":
        return None
    first = k + 1
    inner = [x for x in range(first, j) if s.in_group[x] >= 0]
    opens = s.low[first] in _RELATIVES or s.low[first] == "that" or (inner and inner[0] == first and groups_participle(s, first))
    if inner and not opens:
        return None
    if not s.nominal(k - 1):
        return None
    if s.proper(k - 1) or opens:
        return k - 1
    more = _skip_set_off(s, k)
    return more if more is not None and s.proper(more) else k - 1


def groups_participle(s: _Sentence, i: int) -> bool:
    """Whether the verb group holding token ``i`` is a participle clause's."""
    return s.in_group[i] >= 0 and s.groups[s.in_group[i]].participle


def _object(s: _Sentence, g: _Group, stop: int) -> Phrase | None:
    """The object or complement of ``g``: the noun phrase right after its verb (None after
    "say"/"tell", whose reported clause is a clause of its own)."""
    v = s.low[g.verb]
    if v in _SAY or (v in _SPEECH and g.verb + 1 < s.n and s.low[g.verb + 1] == "that"):
        return None
    k = g.last + 1
    if k < stop and s.low[k] == "by" and g.verb != g.first:
        return None
    return _np_right(s, k, stop, copula=g.verb == g.last and v in _BE)


def _reported(s: _Sentence, out: list[dict]) -> None:
    """A clause right after a verb of saying or thinking ("said", "told", "think"; its object
    between, no comma but before a quotation) is reported; so is the clause before an inverted or closing report
    (", trade sources said", ", he said")."""
    for k, c in enumerate(out):
        v = s.low[c["g"].verb]
        if v not in _SPEECH and v not in _THINKING or k + 1 >= len(out):
            continue
        d = out[k + 1]
        start = d["g"].first if d["subject"] is None else min(d["g"].first, _tok_at(s, d["subject"].start))
        between = s.texts[c["g"].last + 1:start]
        if d["kind"] == "main" and d["opener"] is None and ("," not in between or _QUOTES & set(between)):
            d["kind"] = "reported"
    for k, c in enumerate(out):
        v = s.low[c["g"].verb]
        if v in _SPEECH and c["kind"] == "main" and k > 0:
            j = _prev_word(s, c["g"].first)
            subj = c["subject"]
            before = j
            if subj is not None and not c.get("inverted"):
                before = _tok_at(s, subj.start) - 1
            if before >= 0 and s.text(before) in (",", "\"", "\u201d", "'"):
                for d in out[:k]:
                    if d["kind"] == "main":
                        d["kind"] = "reported"


def _verb_group(s: _Sentence, g: _Group) -> VerbGroup:
    words = [s.low[k] for k in range(g.first, g.last + 1)]
    modal = next((w for w in words if w in _MODAL), None)
    verb_tags = s.tags(g.verb)
    headline_bare = s.line.kind == HEADLINE and g.finite and g.first == g.last and not g.future
    if not g.finite:
        tense = ""
    elif modal in _FUTURE or g.future:
        tense = "future"
    elif headline_bare and ("Z" in verb_tags or "B" in verb_tags) and "D" not in verb_tags:
        tense = "past"  # a headline's present tells what happened: "Minister resigns"
    elif words[0] in _PAST_AUX or (len(words) == 1 and "D" in verb_tags and words[0] not in ("put", "cut", "set")) or (
            words[0] in ("would", "could", "might", "should") and "have" in words):
        tense = "past"
    else:
        tense = "present"
    perfect = any(w in _HAVE for w in words[:-1]) and "N" in verb_tags
    passive = g.verb != g.first and any(w in _BE for w in words[:-1]) and "N" in verb_tags and "G" not in verb_tags
    if headline_bare and "N" in verb_tags and not _takes_object(s, g.last + 1):
        passive = True  # a headline's bare participle: "Man jailed for fraud", "Bridge reopened"
    negated = any(w in _NEG for w in words)
    t = s.t
    return VerbGroup(t[g.first].start, t[g.last].end, t[g.verb].start, t[g.verb].end, t[g.verb].text,
                     tense, perfect, passive, negated, modal)


# --- appositions and as-roles --------------------------------------------------------------------


def _title_before(s: _Sentence, name: int) -> int | None:
    """The first token of a title right before the name starting at ``name`` ("chief
    executive Ana Ek", "Prime Minister Ek"), or None."""
    _, seqs = _titles()
    best = None
    for size in (3, 2, 1):
        a = name - size
        if a < 0:
            continue
        seq = tuple(s.low[k] for k in range(a, name))
        if seq in seqs:
            best = a
            break
    return best


def _appositions(s: _Sentence) -> list[Apposition]:
    """The sentence's appositions: a title or a word for a role right before a name ("chief
    executive Ana Ek", "carmaker Acme", "Trade Minister Ek"), a short name in brackets after a
    name or after the common words it abbreviates ("United Auto Workers (UAW)", "the central
    bank (CB)"), a described phrase after a dash ("fell 5 percent - its worst fall in years"),
    and phrases set off by commas after a phrase that name the same thing: an age or a
    description after a name ("Ek, 51, the firm's chief,"; "Ek, owner of a stake who ..."), a
    name after a description ("its chief, Ana Ek,"; "the first customer, Acme,"; after a
    possessed noun also without its closing comma, before its verb: "its parent, Acme said").
    Names on both sides of a comma are a list, not an apposition; an honorific ("Mr") is part
    of the name."""
    out: list[Apposition] = []
    proper = s._proper
    for k in range(1, s.n):
        if proper[k] and not (proper[k - 1] and not _role_word(s, k - 1)) and (
                not _role_word(s, k) or _organisation(s, k)):  # "maker General Motors"
            a = _role_before(s, k)
            if a is not None:
                out.append(Apposition(_phrase(s, a, k - 1, k - 1), _phrase(s, k, s.n - 1, k)))
        elif s.texts[k] == "(" and k + 2 < s.n and s.texts[k + 2] == ")" and s.texts[k + 1].isupper() and (
                proper[k - 1] or _initials_of(s, k - 1, s.texts[k + 1])):
            left = _nearest(s, k - 1)
            if left is not None:
                out.append(Apposition(left, _phrase(s, k + 1, k + 1, k + 1)))
    texts = s.texts
    for j in range(1, s.n - 1):
        if _dash(s, j) and texts[j - 1] not in _DASHES:
            # "prices fell 5 percent - their worst fall in years": a described phrase after a dash
            left = _nearest(s, j - 1)
            r = j + 1
            while r < s.n - 1 and texts[r] in _DASHES:
                r += 1  # "--" written as two hyphens
            if left is None or not (s.low[r] in _ARTICLES or _possessed(s, r, r + 1)):
                continue
            end = _dashed_end(s, r)
            right = _np_right(s, r, end + 1) if end is not None else None
            if right is not None and not _named(s, right):
                out.append(Apposition(left, right))
    for j in range(1, s.n - 1):
        if texts[j] != "," or texts[j - 1] == ",":
            continue
        left = _nearest(s, j - 1)
        if left is None:
            continue
        a = _tok_at(s, left.start)
        # a phrase after a comma is an item of a list, or itself the second phrase of an
        # apposition ("its chief, Ana Ek, 51,"): only an age may follow it
        listed = a > 0 and s.text(a - 1) == ","
        left_name = _named(s, left)
        described_left = s.low[a] in _DET or s.text(a).endswith(("'s", "\u2019s"))
        r = j + 1
        while r < s.n:
            age = _age_at(s, r)
            if age is not None:
                lead = s.t[_tok_at(s, left.head_start)]
                if lead.kind == WORD and s.low[_tok_at(s, left.head_start)] not in _SUBJECT_PRONOUNS:
                    out.append(Apposition(left, _phrase(s, age, age, age)))
                if age + 2 < s.n and s.text(age + 1) == ",":
                    r = age + 2
                    continue
                break
            if listed:
                break
            end = _apposed_end(s, r)
            if end is None and not left_name and _possessed(s, a, _tok_at(s, left.head_start)) and (
                    a == 0 or s.low[a - 1] not in _PREP) and _opens_clause(s, a):
                end = _name_before_verb(s, r)  # "its parent company, Acme starts": no closing comma
            right = _np_right(s, r, end + 1) if end is not None else None
            if right is None:
                break
            right_name = _named(s, right)
            described = s.low[r] in _DET or _role_word(s, r) or s.text(r).endswith(("'s", "\u2019s"))
            if left_name and not right_name and described and s.low[r] not in _SUBJECT_PRONOUNS:
                out.append(Apposition(left, right))
            elif right_name and not left_name and described_left:
                out.append(Apposition(left, right))
                break
            else:
                break
            if right.end == s.t[end].end and end + 1 < s.n and s.text(end + 1) == ",":
                r = end + 2  # "Ek, 51, the chief,": the next phrase names the same one
                continue
            break
    return out


def _dash(s: _Sentence, k: int) -> bool:
    """Whether token ``k`` is a dash that sets off a phrase: not a hyphen inside a word
    ("43-year-old")."""
    return s.text(k) in _DASHES and (k == 0 or s.t[k].start > s.t[k - 1].end or (
        s.text(k - 1) in _DASHES and s.t[k - 1].start > s.t[k - 2].end))


def _opens_clause(s: _Sentence, a: int) -> bool:
    """Whether no verb stands between the clause's opening (the sentence's start, a comma, a
    conjunction) and token ``a``: a phrase there can be the subject, and a name after it in commas
    its apposition ("as its parent, Acme starts"), where after a verb it is an object before a
    closing report ("it cut its costs, Acme said")."""
    k = a - 1
    while k >= 0 and s.text(k) != "," and s.low[k] not in _SUBORDINATORS and s.low[k] not in _COORDINATORS:
        if s.in_group[k] != -1:
            return False
        k -= 1
    return True


def _possessed(s: _Sentence, a: int, head: int) -> bool:
    """Whether the phrase [a, head] is a possessed noun ("its parent", "the mine's owner"): a
    possessive determiner or a possessive "'s" before its head."""
    return s.low[a] in _POSSESSIVE or any(s.text(k).endswith(("'s", "\u2019s")) for k in range(a, head))


def _name_before_verb(s: _Sentence, r: int) -> int | None:
    """The last token of a name from ``r`` right before a finite verb ("Acme starts"), or None."""
    if not s.proper(r):
        return None
    e = r
    while e + 1 < s.n and s.proper(e + 1):
        e += 1
    if e + 1 >= s.n or s.in_group[e + 1] < 0:
        return None
    g = s.groups[s.in_group[e + 1]]
    return e if g.first == e + 1 and g.finite and not g.participle else None


def _dashed_end(s: _Sentence, r: int) -> int | None:
    """The last token of a phrase after a dash from ``r``: before a dash, a comma, the sentence's
    end, a clause word or a verb that is not finite ("its worst fall since ...", "a day to
    remember"); None when a finite verb comes first (a clause: "the index gained")."""
    k = r
    while k < s.n and k - r < 14:
        g = s.in_group[k]
        if g >= 0 and s.groups[g].finite and not s.groups[g].participle:
            return None
        if (s.text(k) in (",", ";", ")") or _dash(s, k) or (s.text(k) == "." and k == s.n - 1) or g != -1
                or (s.low[k] == "to" and k + 1 < s.n and s.in_group[k + 1] == -2) or s.low[k] in _SUBORDINATORS or s.low[k] in _RELATIVES or s.low[k] == "that"):
            return k - 1 if k > r else None
        k += 1
    return k - 1 if k == s.n and k > r else None


def _initials_of(s: _Sentence, last: int, short: str) -> bool:
    """Whether ``short`` is the initials of the words right up to ``last`` ("the central bank
    (CB)"); not over a function word ("rate of interest (RI)": the phrase's head is not its last
    word)."""
    if not 2 <= len(short) <= 6 or not short.isalpha():
        return False
    words = []
    k = last
    while k >= 0 and s.t[k].kind == WORD and s.low[k] not in _FUNCTION and len(words) < len(short):
        words.insert(0, s.low[k][0])
        if "".join(words).upper() == short:
            return True
        k -= 1
    return False


def _named(s: _Sentence, p: Phrase) -> bool:
    """Whether a phrase's head is a name: its last word is one ("Mark Ek" opening a sentence,
    where "Mark" alone could be a verb)."""
    return s.proper(bisect_left(s.starts, p.head_end) - 1)


def _age_at(s: _Sentence, r: int) -> int | None:
    """The token of an age set off after a phrase from ``r`` ("51", "aged 51", "now 51",
    "sixty-two": a number of at most three digits or in words, before a comma, a bracket, a
    semicolon or a full stop), or None."""
    k = r + 1 if s.low[r] in _AGE_WORDS and r + 1 < s.n else r
    if s.t[k].kind == NUMBER:
        if len(s.texts[k]) > 3 or not s.texts[k].isdigit():
            return None
    elif s.t[k].kind != WORD or not all(part in _NUMBER_WORDS for part in s.low[k].split("-")):
        return None
    return k if k + 1 == s.n or s.texts[k + 1] in (",", ")", ";", ".") else None


def _role_word(s: _Sentence, i: int) -> bool:
    """A word for an office or a role: a word of a title (claims/lexicons/people.json), or a
    lower-case noun with an agent's ending ("manufacturer", "shareholder") that is no verb."""
    w = s.low[i]
    if w in _titles()[0]:
        return True
    return (s.t[i].kind == WORD and w.endswith(_AGENT_ENDINGS) and not s.tags(i) and w not in _FUNCTION
            and not s.cap[i] and len(w) > 4)


def _organisation(s: _Sentence, k: int) -> bool:
    """Whether the name starting at ``k`` has a word of an organisation's name in it."""
    while k < s.n and s.proper(k):
        if s.low[k] in _ORG_WORDS:
            return True
        k += 1
    return False


def _role_before(s: _Sentence, name: int) -> int | None:
    """The first token of a title or role word right before the name at ``name`` ("chief
    executive Ana Ek", "Prime Minister Ek", "broker Acme"), or None. A title in capitals
    must itself start after something that is not a name ("Martin Luther King Jr" has none)."""
    _, seqs = _titles()
    for size in (3, 2, 1):
        a = name - size
        if a < 0:
            continue
        seq = tuple(s.low[k] for k in range(a, name))
        if seq in seqs or (size == 1 and _role_word(s, a)):
            if seq[0] in _HONORIFICS or (s.cap[a] and a > 0 and s.proper(a - 1) and size == 1 and "-" not in seq[0]
                                         and (s.low[name].rstrip(".") in _NAME_SUFFIXES or not s.proper(name)
                                              or name + 1 < s.n and s.text(name + 1) == "." and len(s.texts[name]) < 5)):
                return None  # "Martin Luther King Jr": a name; not "Acme Vice-President Ana Ek" nor "Finance Minister Ek"
            if s.cap[a] and size == 1 and _organisation(s, name):
                return None  # "General Motors": a name, not a general
            return a
    return None


def _tok_at(s: _Sentence, offset: int) -> int:
    """The index of the token starting at ``offset``."""
    return bisect_left(s.starts, offset)


def _apposed_end(s: _Sentence, r: int) -> int | None:
    """The last token of a phrase set off by commas or dashes from ``r``: it ends before a
    comma, a dash or the sentence's end (a phrase with a determiner or a role word also before
    "who" or "which" that opens a clause telling more of it), holds no verb and no clause word,
    and is short."""
    described = _role_word(s, r) or (s.low[r] in _DET and r + 1 < s.n and _role_word(s, r + 1))
    k = r
    while k < s.n and k - r < 14:
        w = s.low[k]
        if s.text(k) in (",", ")", ";") or (s.text(k) == "." and k == s.n - 1):
            return k - 1 if k > r else None
        if _dash(s, k) or (w in ("who", "whom", "which") and k > r and described):
            return k - 1 if k > r else None  # "a rise - its first in years"; "the owner of a stake who"
        if s.text(k) == "<" and k > r and k + 3 < s.n and s.text(k + 2) == ">" and s.text(k + 3) == ",":
            return k - 1  # "Acme Inc <ACM>,": a ticker in angle brackets closes the name
        if s.in_group[k] >= 0 or w in _RELATIVES or w == "that" or w in _SUBORDINATORS or w in ("but", "or", "yet", "nor"):
            return None
        if s.punct(k) and s.text(k) not in "'%$&-.":
            return None
        k += 1
    return k - 1 if k == s.n and k > r else None


def _as_roles(s: _Sentence, clauses: list[Clause]) -> list[AsRole]:
    """"as" with a role or office after it ("named Ek as its chief", "served as president",
    "as a member of"): held by the object of the clause's verb when it stands before "as", else
    by its subject. Not "as" opening a clause ("as prices fell"), nor one before anything but
    a role word."""
    out: list[AsRole] = []
    for k in range(s.n - 1):
        if s.low[k] != "as":
            continue
        r = k + 1
        while r < s.n and r - k < 6 and not _role_word(s, r) and (
                s.low[r] in _DET or s.text(r).endswith(("'s", "\u2019s")) or s.nominal(r) and not s.tags(r)):
            r += 1
        if r >= s.n or not _role_word(s, r):
            continue
        b = r
        while b + 1 < s.n and _role_word(s, b + 1):
            b += 1
        if b + 1 < s.n and s.in_group[b + 1] >= 0:
            continue  # "as the chief said": a clause
        role = _phrase(s, k + 1, b, b)
        at = s.t[k].start
        clause = next((c for c in reversed(clauses) if c.verb.end <= at and c.start <= at < c.end + 1), None)
        if clause is None:
            continue
        holder = clause.object if clause.object is not None and clause.object.end <= at else clause.subject
        if holder is not None:
            out.append(AsRole(holder, role))
    return out
