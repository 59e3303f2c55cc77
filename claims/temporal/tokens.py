"""Tokens and token classes: the text as the tagger's patterns see it.

The tagger does not scan the text with dozens of regular expressions; it splits the text
once into tokens, gives each token one *class* (MONTH, YEAR, UNIT, THE, X for any other word,
...), and runs its patterns over the string of class characters, one character per token.
That string is short and mostly X, so every pattern scans it in a few microseconds, and the
patterns read like grammar ("DAY OF? MONTH YEAR?") instead of character soup.

Word classes are data (``token_classes`` and ``case_sensitive`` in
claims/lexicons/temporal.json); numbers are classed by their shape here (``number_class``).
"""

from __future__ import annotations

import re

from claims.language.tokens import columns
from claims.lexicon import load
from claims.temporal.calendar import WRITTEN_YEARS

_LEX = load("temporal")

#: Classes given by shape or punctuation rather than by the lexicon.
SHAPE_CLASSES = (
    "X",  # any other word
    "PUNCT", "COMMA", "PERIOD", "HYPHEN", "DASH", "LPAREN", "RPAREN", "APOS", "SLASH", "BREAK", "COLON",
    "YEAR",  # 1000-2099 written as four digits
    "DAYNUM",  # 1-31 written as one or two digits
    "NUM",  # any other number: 48, 1,200, 2.5, 100
    "ORDNUM",  # 21st, 3rd
    "DECADE",  # 1990s, 1990's
    "SDECADE",  # 90s (after an apostrophe: '90s)
    "CLOCK",  # 08:00, 8:30:15
    "CLOCKAMPM",  # 10am, 5pm
    "ISO",  # 2024-04-21
    "SLASHDATE",  # 21/04/2024, 21.04.2024, 04-24-2014
    "DAYMONTH",  # 31/10, 10/31 (a date only beside a weekday: "Friday, 31/10")
    "FRACTION",  # 1/2
    "FYYEAR",  # FY2024
    "QTOKEN",  # Q3
)

_WORD_CLASSES: dict[str, list[str]] = {k: v for k, v in _LEX["token_classes"].items() if not k.startswith("_")}
_CASE_CLASSES: dict[str, list[str]] = {k: v for k, v in _LEX["case_sensitive"].items() if not k.startswith("_")}

NAMES: tuple[str, ...] = SHAPE_CLASSES + tuple(
    dict.fromkeys(list(_WORD_CLASSES) + list(_CASE_CLASSES)))


def _alphabet(n: int) -> list[str]:
    chars = [c for c in "xABCDEFGHIJKLMNOPQRSTUVWYZabcdefghijklmnopqrstuvwyz0123456789"]
    chars += [chr(0xE000 + i) for i in range(max(0, n - len(chars)))]
    return chars[:n]


#: Class name -> its one-character code in the class string ("X" is "x").
CODE: dict[str, str] = dict(zip(NAMES, _alphabet(len(NAMES))))
NAME_OF: dict[str, str] = {v: k for k, v in CODE.items()}
X = CODE["X"]


def _build_word_map() -> dict[str, str]:
    """Every written form a token may take -> its class: lexicon words in lower case,
    Capitalized and UPPER case, case-sensitive entries only as written."""
    lower: dict[str, str] = {}
    for name, words in _WORD_CLASSES.items():
        for w in words:
            if w in lower:
                raise ValueError(f"temporal lexicon: {w!r} is in both {NAME_OF[lower[w]]} and {name}")
            lower[w] = CODE[name]
    forms: dict[str, str] = {}
    for w, c in lower.items():
        for form in (w, w[:1].upper() + w[1:], w.upper()):
            forms.setdefault(form, c)
    for name, words in _CASE_CLASSES.items():
        for w in words:
            forms[w] = CODE[name]
    return forms


_PUNCT = {
    ",": CODE["COMMA"], ".": CODE["PERIOD"], "(": CODE["LPAREN"], ")": CODE["RPAREN"], "'": CODE["APOS"],
    "\u2019": CODE["APOS"], "/": CODE["SLASH"], ":": CODE["COLON"], "\u2013": CODE["DASH"],
    "\u2014": CODE["DASH"], "[": CODE["LPAREN"], "]": CODE["RPAREN"],
}
_FORMS = _build_word_map()
_FORMS.update(_PUNCT)
for _ch in "!\"#$%&*+;<=>?@\\^_`{|}~\u201c\u201d\u2018\u00ab\u00bb\u2026\u00a3\u20ac\u00a5":
    _FORMS.setdefault(_ch, CODE["PUNCT"])

#: One token: a.m./p.m., B.C./A.D., a decade ("1990s", "1990's"), an ISO date, a number or
#: word (letters and digits together: "G20", "21st", "10am"), numbers joined by . , : /
#: ("1,200", "08:00", "21/04/2024"; a hyphen splits: "1917-1918" is two years), a paragraph
#: break, or one punctuation character. No part can backtrack more than a token.
_TOKEN = re.compile(
    r"[AaPp]\.\s?[Mm]\.?(?![^\W_])"
    r"|B\.C\.(?:E\.)?|A\.D\."
    r"|o'clock"
    r"|\d+0['\u2019]?s(?![^\W_])"
    r"|\d{4}-\d\d-\d\d(?![\d-])"
    r"|\d\d?-\d\d?-\d{4}(?![\d-])"
    r"|\d[^\W_]*(?:[.,:/]\d+)*"
    r"|[^\W\d_][^\W_]*"
    r"|\n\s*\n"
    r"|\S"
)

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}$|\d{4}/\d{1,2}/\d{1,2}$")
_SLASHDATE = re.compile(r"\d{1,2}([/.-])\d{1,2}\1\d{4}$")
_DAYMONTH = re.compile(r"(?:[12]\d|3[01]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])$")
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?$")
_FRACTION = re.compile(r"[1-9]/(?:[2-9]|1[0-2])$")
_AMPM_SUFFIX = re.compile(r"(?:1[0-2]|0?[1-9])(?:am|pm)$", re.IGNORECASE)
_ORD = re.compile(r"\d+(?:st|nd|rd|th)$", re.IGNORECASE)
_DECADE = re.compile(r"(\d+)['\u2019]?s$")
_PLAIN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?$|\d+\.\d+$")


def number_class(tok: str) -> str:
    """The class of a token that starts with a digit (other scripts' digits are words)."""
    if not tok.isascii():
        if tok.endswith("\u2019s") and tok[:-2].isascii():
            return number_class(tok[:-2] + "'s")
        return X
    if tok.isdigit():
        n = len(tok)
        if n == 4:
            return CODE["YEAR"] if WRITTEN_YEARS[0] <= int(tok) <= WRITTEN_YEARS[1] else CODE["NUM"]
        if n <= 2 and 1 <= int(tok) <= 31:
            return CODE["DAYNUM"]
        return CODE["NUM"]
    if _ORD.match(tok):
        return CODE["ORDNUM"]
    m = _DECADE.match(tok)
    if m:
        digits = m.group(1)
        if digits.endswith("0"):
            if len(digits) == 4:
                return CODE["DECADE"]
            if len(digits) == 2:
                return CODE["SDECADE"]
        return CODE["NUM"]
    if _ISO.match(tok):
        return CODE["ISO"]
    if _SLASHDATE.match(tok):
        return CODE["SLASHDATE"]
    if _CLOCK.match(tok) and ":" in tok:
        return CODE["CLOCK"]
    if _FRACTION.match(tok):
        return CODE["FRACTION"]
    if _DAYMONTH.match(tok):
        return CODE["DAYMONTH"]
    if _AMPM_SUFFIX.match(tok):
        return CODE["CLOCKAMPM"]
    if _PLAIN.match(tok):
        return CODE["NUM"]
    return X


def _other_class(tok: str) -> str:
    """The class of a token the word map does not know: FY2024, Q3, or any other word."""
    if len(tok) == 6 and tok[:2] == "FY" and tok[2:].isdigit():
        return CODE["FYYEAR"]
    if len(tok) == 2 and tok[0] in "Qq" and tok[1] in "1234":
        return CODE["QTOKEN"]
    return X


class Tokens:
    """The tokens of one text: parallel lists of offsets and the class string."""

    __slots__ = ("text", "starts", "ends", "classes")

    def __init__(self, text: str):
        self.text = text
        words, starts, ends = columns(_TOKEN, text)
        self.starts, self.ends = starts, ends
        get = _FORMS.get
        # Most tokens are known forms or plain words (X); the rest are classed one by one.
        codes = [c if (c := get(w)) is not None else (X if w[0].isalpha() and w[0] not in "FQq" else None)
                 for w in words]
        n = len(text)
        for k in [k for k, c in enumerate(codes) if c is None]:
            w = words[k]
            ch = w[0]
            if ch.isalpha():
                codes[k] = _other_class(w)
            elif ch.isdigit():
                codes[k] = number_class(w)
            elif ch == "-":
                # a hyphen joins only when it touches a token on both sides: "mid-2020"
                e = ends[k]
                codes[k] = CODE["HYPHEN"] if (k and ends[k - 1] == starts[k] and e < n and not text[e].isspace()) \
                    else CODE["DASH"]
            elif ch == "\n" or ch == "\r":
                codes[k] = CODE["BREAK"]
            else:
                codes[k] = CODE["PUNCT"]
        self.classes = "".join(codes)

    def __len__(self) -> int:
        return len(self.starts)

    def word(self, i: int) -> str:
        return self.text[self.starts[i]:self.ends[i]]

    def span_text(self, i: int, j: int) -> str:
        """The text from token i up to (not including) token j."""
        return self.text[self.starts[i]:self.ends[j - 1]] if j > i else ""

    def names(self, i: int = 0, j: int | None = None) -> list[str]:
        """The class names of tokens i..j (for debugging and tests)."""
        return [NAME_OF[c] for c in self.classes[i:j]]

    def adjacent(self, i: int) -> bool:
        """True when token i touches token i - 1 (no space between)."""
        return i > 0 and self.ends[i - 1] == self.starts[i]


def compile_pattern(dsl: str) -> re.Pattern:
    """Compile a pattern written over class names ("DAYNUM OF? MONTH") into a regex over the
    class string. Upper-case names are classes; lower-case group names and regex syntax pass
    through; whitespace is ignored."""
    def sub(m: re.Match) -> str:
        name = m.group()
        if name not in CODE:
            raise ValueError(f"unknown token class {name!r} in pattern {dsl!r}")
        return re.escape(CODE[name])

    body = re.sub(r"(?<![<\w])(?<!\(\?)[A-Z][A-Z0-9_]*(?![\w<>])", sub, dsl)
    return re.compile(re.sub(r"\s+", "", body))
