"""Acronyms: an acronym and the expansion the article gives it.

    extract(article, claims_so_far) -> [acronym claims a1, a2 ...]

Four ways of introducing an acronym are read (the connecting words after the comma are
lexicon data, ``connectors`` in lexicons/acronyms.json):

    expansion-first   the International Monetary Fund (IMF)
    named-after       the International Monetary Fund, known as IMF, / ..., or IMF,
    acronym-first     MINUSMA (the United Nations ... Mission in Mali)
    or                MINUSMA, or the United Nations ... Mission in Mali,
                      (also "MINUSMA's mission, or the ...", "IMF, the International
                      Monetary Fund,", "IMF, short for International Monetary Fund,")
    written-out       an expansion given before, written again with one content word replaced
                      by another capitalized word that still fits, no acronym beside it: "the
                      Driver and Vehicle Licensing Authority said" after "the Driver and
                      Vehicle Licensing Agency (DVLA)" (``_written_out_again``)

A pair is kept only when the expansion *fits* the acronym: the acronym's letters, cut into
consecutive chunks, are each the start of a word of the expansion ("MINUSMA" = MI-N-U-S-MA
is not possible in English, but M-I-N-U-S-MA is: Mission, Integrated, Nations, United,
Stabilization, MAli). ``fit`` says how:

    in-order      the chunks follow the words in order (International Monetary Fund);
                  function words ("of", "the", "des", "für" ...) may be skipped or give a
                  letter ("Department of Defense" = DoD)
    inner-words   a capitalized name whose content words' initials spell the acronym in order
                  with a few inner words giving no letter ("National Flood Risk Warning
                  Service (NWS)"), read only when no other fit is found
    other-order   the chunks fit the words only in another order: the acronym comes from
                  another language's word order (MINUSMA is French: Mission
                  multidimensionnelle intégrée des Nations unies pour la stabilisation au
                  Mali), so the expansion is a translation. At most one content word, or a
                  quarter of them, may give no letter ("Multidimensional").

For expansion-first pairs the expansion is the shortest run of words before the bracket that
fits in order, or else the capitalized name before it that fits in another order. The
acronym is normalized to its ``key``: letters and digits in upper case, without dots or a
plural "s" ("U.N." -> "UN", "NGOs" -> "NGO").

Claim attrs: acronym, key, expansion, pattern, fit, acronym_span [start, end],
expansion_span [start, end].
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from claims.language import analyse
from claims.lexicon import load
from claims.model import Article, Claim
from claims.titles import HEAD_WORDS

__all__ = ["extract", "acronym_key", "fit", "normalize_expansion", "language_of", "initialisms", "name_words_after",
           "initials_of", "KNOWN"]

_LEX = load("acronyms")
STOPWORDS = frozenset(w for ws in _LEX["stopwords"].values() for w in ws)
MARKERS = {lang: frozenset(ws) for lang, ws in _LEX["markers"].items()}
ABBREVIATIONS = dict(_LEX["abbreviations"])
KNOWN = frozenset(_LEX["known"])

#: An initialism has at least this many capitals: two-letter ones ("US", "UN", "EC") are too
#: many and too alike to tell a slip from another body.
INITIALISM_MIN_LETTERS = 3
#: A sentence written with fewer lower-case letters than this share of its letters is in
#: capitals (a wire headline: "DATRON AGREES TO BUYOUT"): its words are not initialisms.
MIXED_CASE_SHARE = 0.3

_ACR = r"(?:[A-Z]\.){2,}|[A-Z][A-Za-z0-9&\-]{1,11}"
_EXP_FIRST = re.compile(rf"\((?P<acr>{_ACR})\)")
#: ``_ACR`` at the start of a pattern searched through the whole text, no word character or full
#: stop before it: its capital comes first, the look-behind (read after it) second and then the
#: rest of either form, so that the regular expression engine skips from capital to capital
#: (the same matches as a look-behind before ``_ACR``, about a third sooner).
_ACR_AT_START = r"[A-Z](?<![\w.].)(?:\.(?:[A-Z]\.)+|[A-Za-z0-9&\-]{1,11})"
_ACR_FIRST = re.compile(rf"(?P<acr>{_ACR_AT_START})[ \t]+\((?:the[ \t]+)?(?P<exp>[^()\n;:]{{3,160}})\)")
def _alternation(phrases: list[str]) -> str:
    """A regex alternation of lexicon phrases, longest first, words joined by any blank."""
    return "(?:" + "|".join(r"[ \t]+".join(map(re.escape, p.split()))
                            for p in sorted(phrases, key=len, reverse=True)) + ")"


_CONNECT_AFTER = _alternation(_LEX["connectors"]["acronym_then_expansion"])
_CONNECT_BEFORE = _alternation(_LEX["connectors"]["expansion_then_acronym"])
_OR = re.compile(rf"(?P<acr>{_ACR_AT_START})(?:['’]s)?(?:[ \t]+[a-z]+)?,[ \t]+{_CONNECT_AFTER}[ \t]+(?:the[ \t]+)?"
                 r"(?P<exp>[^,;:()\n]{3,160}?)(?=[,;:)]|\.(?:\s|$)|$)")
#: "the Foo Bar Agency, known as FBA," / "..., or FBA,": the expansion comes before the comma
_NAMED_AFTER = re.compile(rf",[ \t]+{_CONNECT_BEFORE}[ \t]+(?P<acr>{_ACR})(?=[\s,;:.)]|$)")
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*\.?|&")
_BOUNDARY = re.compile(r"[;:()\[\]\"“”«»!?\n]|\.(?=\s+[A-Z])")


def acronym_key(acr: str) -> str:
    """"U.N." -> "UN", "NGOs" -> "NGO", "MoD" -> "MOD"."""
    a = acr.replace(".", "").replace("-", "")
    if len(a) > 2 and a.endswith("s") and a[-2].isupper() and sum(c.isupper() for c in a[:-1]) >= 2:
        a = a[:-1]
    return a.upper()


def _valid_acronym(acr: str) -> bool:
    letters = [c for c in acr if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return upper >= 2 and upper * 2 >= len(letters) and len(acronym_key(acr)) >= 2


def _fold(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", s.casefold()) if not unicodedata.combining(ch))


def _parts(words: list[str]) -> list[tuple[str, bool, bool]]:
    """Words split at hyphens: (folded text, skippable, is a hyphen part)."""
    out = []
    for w in words:
        pieces = [p for p in _fold(w).replace("’", "'").strip(".").split("-") if p]
        for k, p in enumerate(pieces):
            out.append((p, p in STOPWORDS or k > 0 or p == "&", k > 0))
    return out


@lru_cache(maxsize=4096)
def _fit_cached(letters: str, words: tuple[str, ...]) -> str | None:
    parts = _parts(list(words))
    if not parts:
        return None
    if _in_order(letters, parts):
        return "in-order"
    if _other_order(letters, parts):
        return "other-order"
    return None


def fit(acronym: str, words: list[str]) -> str | None:
    """How the expansion ``words`` fits ``acronym``: "in-order", "other-order" or None."""
    letters = "".join(c for c in _fold(acronym_key(acronym)) if c.isalnum())
    if not letters or not words:
        return None
    return _fit_cached(letters, tuple(words))


def _in_order(letters: str, parts: list[tuple[str, bool, bool]]) -> bool:
    n, m = len(letters), len(parts)
    if parts[0][1] and parts[0][0] in STOPWORDS:
        return False  # an expansion does not begin with "of" or "the"
    seen: set[tuple[int, int]] = set()

    def go(i: int, j: int) -> bool:
        if i == n:
            return all(p[1] for p in parts[j:])
        if j == m or (i, j) in seen:
            return False
        seen.add((i, j))
        word, skippable, _ = parts[j]
        k = 1
        while k <= len(word) and i + k <= n and letters[i + k - 1] == word[k - 1]:
            if go(i + k, j + 1):
                return True
            k += 1
        return skippable and go(i, j + 1)

    return go(0, 0)


def _other_order(letters: str, parts: list[tuple[str, bool, bool]]) -> bool:
    content = [k for k, p in enumerate(parts) if not p[1]]
    if len(content) < 2 or len(content) > 14 or len(letters) > 12:
        return False
    allowed_unused = max(1, len(content) // 4)
    seen: set[tuple[int, int]] = set()

    def go(i: int, used: int) -> bool:
        if i == len(letters):
            unused = sum(1 for k in content if not used >> k & 1)
            return unused <= allowed_unused
        if (i, used) in seen:
            return False
        seen.add((i, used))
        for k, (word, _, hyph) in enumerate(parts):
            if used >> k & 1 or hyph:
                continue
            length = 1
            while length <= len(word) and i + length <= len(letters) and letters[i + length - 1] == word[length - 1]:
                if go(i + length, used | 1 << k):
                    return True
                length += 1
        return False

    return go(0, 0)


def normalize_expansion(expansion: str) -> list[str]:
    """Content words of an expansion, casefolded and without accents, with abbreviations
    written out ("U.N." -> united nations) and function words of every language dropped."""
    out = []
    for w in _WORD.findall(expansion):
        f = _fold(w).replace("’", "'")
        f2 = f.rstrip(".")
        if f in ABBREVIATIONS or f2 in ABBREVIATIONS:
            out.extend(ABBREVIATIONS.get(f, ABBREVIATIONS.get(f2, "")).split())
            continue
        for p in f2.split("-"):
            p = p.replace(".", "")
            if p and p not in STOPWORDS:
                out.append(p)
    return [w for w in out if w not in STOPWORDS]


def initials_of(name: str) -> str:
    """The initials of a name: the first letter of each of its content words, in capitals
    ("Canadian Food Inspection Agency" -> "CFIA", "Bank of Japan" -> "BJ"); a hyphenated word
    gives one letter ("Anti-Doping Agency" -> "AA"). Empty when a word is not a word of letters."""
    out = []
    for w in _WORD.findall(name):
        f = _fold(w).replace("’", "'")
        if f in STOPWORDS or f == "&":
            continue
        if not f[:1].isalpha():
            return ""
        out.append(f[0])
    return "".join(out).upper()


def language_of(expansion: str) -> str | None:
    """The language whose function words the expansion uses, when exactly one fits."""
    words = {_fold(w) for w in _WORD.findall(expansion)}
    langs = [lang for lang, ms in MARKERS.items() if words & ms]
    return langs[0] if len(langs) == 1 else None


_ASCII = bytes(range(128))
_NOT_LETTER = bytes(b for b in _ASCII if not chr(b).isalpha())
_NOT_LOWER = bytes(b for b in _ASCII if not chr(b).islower())


def letter_counts(s: str) -> tuple[int, int]:
    """How many letters ``s`` holds, and how many of them are lower case. ASCII text (most
    news) is counted by deleting the other bytes, not a character at a time."""
    if s.isascii():
        b = s.encode("ascii")
        return len(b.translate(None, _NOT_LETTER)), len(b.translate(None, _NOT_LOWER))
    letters = [c for c in s if c.isalpha()]
    return len(letters), sum(c.islower() for c in letters)


#: What a word in capitals holds: a run of ``INITIALISM_MIN_LETTERS`` letters none of which is
#: a lower-case ASCII letter (a sentence without one has no initialism to find).
_CAPITALS_RUN = re.compile(rf"[^\W\d_a-z]{{{INITIALISM_MIN_LETTERS},}}")


def initialisms(article) -> list[tuple[str, int, int]]:
    """(initialism, start, end) for each word in capitals of at least
    ``INITIALISM_MIN_LETTERS`` letters ("GGFH", "IADB", "GGFH's": the possessive left out), in
    a sentence written in mixed case (a headline in capitals has none), and not a stock ticker
    in angle brackets ("<DATR>"). Read once an analysis: the extractor and acronym.conflict
    both ask."""
    an = analyse(article)
    if _initialisms_of[0] is an:
        return list(_initialisms_of[1])
    out = []
    for s in an.sentences:
        if not _CAPITALS_RUN.search(an.text, s.start, s.end):
            continue  # no word of the sentence can be one
        letters, lower = letter_counts(an.text[s.start:s.end])
        if not letters or lower < MIXED_CASE_SHARE * letters:
            continue
        for k in range(s.first, s.last):
            t = an.tokens[k]
            word = t.text[:-2] if t.text[-2:] in ("'s", "’s") else t.text
            if t.kind != "word" or len(word) < INITIALISM_MIN_LETTERS or not (word.isalpha() and word.isupper()):
                continue
            if k > 0 and an.tokens[k - 1].text == "<":
                continue
            out.append((word, t.start, t.start + len(word)))
    _initialisms_of[:] = [an, out]
    return list(out)


#: The analysis ``initialisms`` last read, and what it found there.
_initialisms_of: list = [None, []]


def _names_people(word: str) -> bool:
    """Whether a capitalized word after an initialism names the body's people, not the body
    ("the IDB Governors", "ABC Directors"): a title's head word, or its plural."""
    return word in HEAD_WORDS or (word.endswith("s") and word[:-1] in HEAD_WORDS)


def name_words_after(article) -> dict[int, tuple[str, ...]]:
    """For each initialism of ``initialisms`` that starts a name, at its start offset: the
    capitalized words in mixed case right after it in its sentence ("CDL Marine", "HKTR
    Robotics Group": ("marine",), ("robotics", "group")), case-folded, unless the first names
    the body's people ("IDB Governors"). Such an initialism is introduced as a name, as one
    before "Inc" is."""
    an = analyse(article)
    starts = {s: e for _, s, e in initialisms(article)}
    out: dict[int, tuple[str, ...]] = {}
    for k, t in enumerate(an.tokens):
        if t.start not in starts or not t.kind == "word" or t.text[-2:] in ("'s", "’s"):
            continue
        words = []
        for j in range(k + 1, len(an.tokens)):  # not a copy of the rest of the tokens for each initialism
            u = an.tokens[j]
            if u.kind != "word" or not an.same_sentence(t.start, u.start) or not u.text[:1].isupper() \
                    or u.text.isupper():
                break
            words.append(u.lower)
        if words and not _names_people(words[0]):
            out[t.start] = tuple(words)
    return out


def _words_with_spans(text: str, a: int, b: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, a, b)]


#: the endings of a possessive word ("Venezuela's")
_POSSESSIVE_S = ("'s", "\u2019s")
#: A possessive after the last word of a name ("the Authority's headquarters").
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")


#: the fits of an expansion whose name written again is read (``_written_out_again``): its
#: letters in order, or in another order (a name translated from another language's order:
#: "National Electoral Council (CNE)")
_WRITTEN_OUT_FITS = frozenset({"in-order", "other-order"})


def _written_out_again(text: str, found: list) -> list:
    """Each expansion the article gives written out again elsewhere with one of its content
    words replaced by another capitalized word that still fits the acronym ("the Canadian Food
    Inspection Authority said ..." after "the Canadian Food Inspection Agency (CFIA)"): the
    same body's name, told another way, without its acronym beside it. Only one word replaced,
    the rest word for word: any other capitalized run with the same initials ("American
    Trucking Associations" beside "Alberta Teachers' Association (ATA)") names something else.
    The name told again fits the letters as the name given did, in order or in another order
    ("the National Energy Council" after "the National Electoral Council (CNE)")."""
    out = []
    taken = [(min(a0, e0), max(a1, e1)) for a0, a1, e0, e1, *_ in found]
    seen = set()
    for _a0, _a1, e0, e1, acr, _pattern, f in list(found):
        spans = _words_with_spans(text, e0, e1)
        words = [w for w, _, _ in spans]
        if f not in _WRITTEN_OUT_FITS or len(words) < 3 or (acr, tuple(words)) in seen:
            continue
        seen.add((acr, tuple(words)))
        # what stands between the words, as written ("Teachers' Association"), spaces loosened
        seps = [re.sub(r"\s+", r"\\s+", re.escape(text[x[2]:y[1]]).replace("\\ ", " ")) for x, y in zip(spans, spans[1:])]
        for i, w in enumerate(words):
            if _fold(w) in STOPWORDS or not w[:1].isupper():
                continue
            if min(text.count(x) for k, x in enumerate(words) if k != i) < 2:
                continue  # a word kept is written only in the expansion itself: no other place to look
            parts = [re.escape(x) for x in words]
            parts[i] = r"(?P<other>[A-Z][\w'\u2019-]*)"
            rx = re.compile(r"(?<![\w'\u2019-])" + "".join(p + q for p, q in zip(parts, seps + [""])) + r"(?![\w-])")
            for m in rx.finditer(text):
                other = _POSSESSIVE_END.sub("", m.group("other"))
                if _fold(other) == _fold(w) or _fold(other) in STOPWORDS \
                        or any(s0 <= m.start() < s1 for s0, s1 in taken):
                    continue
                new = words[:i] + [other] + words[i + 1:]
                if fit(acr, new) != f:
                    continue  # the name told again fits the letters as the name given did
                end = m.start("other") + len(other) if i == len(words) - 1 else m.end()
                out.append((m.start(), end, m.start(), end, acr, "written-out", f))
                taken.append((m.start(), end))
    return out


def _expansion_before(text: str, paren: int, acr: str) -> tuple[int, int, str] | None:
    """The expansion ending right before the bracket at ``paren``: (start, end, fit)."""
    key = acronym_key(acr)
    window = max(0, paren - 240)
    start = window
    for m in _BOUNDARY.finditer(text, window, paren):
        start = m.end()
    words = _words_with_spans(text, start, paren)
    if not words:
        return None
    end = words[-1][2]
    if text[end:paren].strip():
        return None
    max_words = min(len(words), 2 * len(key) + 4)
    # the shortest suffix that fits in order
    for s in range(len(words) - 1, len(words) - max_words - 1, -1):
        w = words[s][0]
        if _fold(w) in STOPWORDS:
            continue
        if fit(acr, [x[0] for x in words[s:]]) == "in-order":
            return words[s][1], end, "in-order"
    # a capitalized name in another language's order: the whole capitalized run, up to a
    # possessive, which names the name's owner ("Venezuela's National Electoral Council (CNE)")
    s = len(words)
    while s > 0 and (words[s - 1][0][:1].isupper() or _fold(words[s - 1][0]) in STOPWORDS) \
            and not words[s - 1][0].endswith(_POSSESSIVE_S):
        s -= 1
    while s < len(words) and _fold(words[s][0]) in STOPWORDS:
        s += 1
    if len(words) - s >= 2 and fit(acr, [x[0] for x in words[s:]]) == "other-order":
        return words[s][1], end, "other-order"
    # a capitalized name whose letters skip a few of its inner words ("National Flood Risk Warning
    # Service (NWS)"): the shortest such suffix of the run
    for k in range(len(words) - 2, s - 1, -1):
        if _fold(words[k][0]) not in STOPWORDS and _inner_words_fit(key, [x[0] for x in words[k:]]):
            return words[k][1], end, "inner-words"
    return None


#: the most content words inside a capitalized name that may give its acronym no letter
#: ("National Flood Risk Warning Service (NWS)": two)
INNER_WORDS_UNUSED = 2


def _inner_words_fit(key: str, words: list[str]) -> bool:
    """Whether the initials of a capitalized name's content words spell the acronym ``key`` (of
    three letters or more) in order with at most INNER_WORDS_UNUSED of them, never the first or
    the last, giving no letter: a name whose acronym leaves out a qualifier inside it. Every
    content word capitalized; function words give no letter."""
    content = [w for w in words if _fold(w) not in STOPWORDS]
    if len(key) < 3 or len(content) <= len(key) or not all(w[:1].isupper() for w in content):
        return False
    initials = "".join(_fold(w)[:1] for w in content).upper()
    if initials[0] != key[0] or initials[-1] != key[-1] or len(content) - len(key) > INNER_WORDS_UNUSED:
        return False
    i = 0
    for c in initials:
        if i < len(key) and c == key[i]:
            i += 1
    return i == len(key)


def extract(article: Article, claims_so_far: list[Claim] | None = None) -> list[Claim]:
    text = article.text
    found: list[tuple[int, int, int, int, str, str, str]] = []  # acr span, exp span, acr, pattern, fit
    for m in _EXP_FIRST.finditer(text):
        acr = m.group("acr")
        if not _valid_acronym(acr):
            continue
        r = _expansion_before(text, m.start(), acr)
        if r:
            found.append((m.start("acr"), m.end("acr"), r[0], r[1], acr, "expansion-first", r[2]))
    for m in _NAMED_AFTER.finditer(text):
        acr = m.group("acr")
        if not _valid_acronym(acr):
            continue
        r = _expansion_before(text, m.start(), acr)
        # an expansion spells the letters out in words: two at least, none the acronym itself
        if r and r[2] == "in-order" and len(exp_words := _WORD.findall(text, r[0], r[1])) >= 2 \
                and not any(acronym_key(w) == acronym_key(acr) for w in exp_words):
            found.append((m.start("acr"), m.end("acr"), r[0], r[1], acr, "named-after", r[2]))
    for pattern, rx in (("acronym-first", _ACR_FIRST), ("or", _OR)):
        for m in rx.finditer(text):
            acr = m.group("acr")
            if not _valid_acronym(acr):
                continue
            exp = m.group("exp").rstrip(" \t")
            words = [w for w, _, _ in _words_with_spans(text, m.start("exp"), m.start("exp") + len(exp))]
            f = fit(acr, words) if words and _fold(words[0]) not in STOPWORDS else None
            if f is None or (f == "other-order" and not all(w[:1].isupper() or _fold(w) in STOPWORDS for w in words)):
                continue
            found.append((m.start("acr"), m.end("acr"), m.start("exp"), m.start("exp") + len(exp), acr, pattern, f))
    found += _written_out_again(text, found)
    found.sort(key=lambda x: (min(x[0], x[2]), x[0]))
    claims = []
    seen = set()
    for a0, a1, e0, e1, acr, pattern, f in found:
        if (a0, a1) in seen:
            continue
        seen.add((a0, a1))
        s, e = min(a0, e0), max(a1, e1)
        if pattern == "expansion-first":
            e = a1 + 1  # the closing bracket
        elif pattern == "acronym-first":
            e = e1 + 1 if text[e1:e1 + 1] == ")" else e1
        claims.append(Claim(f"a{len(claims) + 1}", "acronym", s, e, text[s:e], attrs={
            "acronym": acr,
            "key": acronym_key(acr),
            "expansion": text[e0:e1],
            "pattern": pattern,
            "fit": f,
            "acronym_span": [a0, a1],
            "expansion_span": [e0, e1],
        }))
    return claims
