"""One tokenizer (issue 11): the extractors (claims/) and the rules (checker/rules/) read words
from the language layer (claims/language: ``analyse(text).words_in``, ``words_before``,
``words_after``, ``claims.language.tokens.words_of``), never from a word regex of their own.

A "word regex" here is a regular expression made of character classes alone (letters, ``\\w``,
``[^\\W\\d_]`` ...), no literal word in it: what splits a text into words, or reads the word at
an offset. A pattern with a literal word in it ("from", "aged") is a shape of its own and no
tokenizer. So is a module that builds a tokenizer with the layer's ``columns`` or
``over_spaces``. Each one still standing is listed in ``ALLOWED`` with the reason it stays;
a new one fails ``test_no_new_word_regex`` (read the layer's tokens instead, or add it here with
its reason), and one that is gone fails ``test_every_allowed_word_regex_still_exists`` (take it
off the list).
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ("claims", "checker/rules")
LAYER = "claims/language/"
_RE_CALLS = {"compile", "search", "match", "fullmatch", "findall", "finditer", "split", "sub", "subn"}
_TOKENIZER_HELPERS = {"columns", "over_spaces"}  # the layer's helpers for a tokenizer of one's own

# Why a word regex stays, by kind.
SHAPE = "a shape with a letter class in it (a code, a mark, a boundary), not a word split"
CURSOR = ("the quantity scanner's cursor reads the word right after the offset it stands at, spaces "
          "only between (its own walk over the text; moves when the scanner reads the layer's tokens)")
READER = "a reader of markup (an HTML entity, a front-matter key), not of prose"
QUANTITY_TOKENS = ("the quantity scanner's tokens before a number keep what the layer splits: an "
                   "abbreviation with its full stop ('U.S.', 'No.'), a currency sign, '--'")
ATTACHED = "letters written onto digits ('27cm'): the layer keeps them inside the number's token"
ACRONYM_WORDS = ("an expansion's words keep an abbreviation's last full stop ('U.N.', looked up among "
                 "the abbreviations) and '&' as a word ('R&D'), which the layer splits off and reads "
                 "as punctuation")
NAME_TOKENS = ("people's tokens keep an honorific's full stop ('Mr.', 'Gen.') and leave out a "
               "quoted nickname; measured: moving them changes who is named")
TEMPORAL_TOKENS = "the temporal tagger's tokens, a grammar over token classes (its own pass; tm16's)"
HOLIDAY_WORDS = ("the words near a holiday split at an apostrophe too ('Canada's' reads 'canada'), "
                 "as the country lexicon is written")

#: (module, pattern) -> why it stays. Module paths are relative to the repository; a tokenizer
#: built with the layer's helpers is keyed by the helper's name.
ALLOWED: dict[tuple[str, str], str] = {
    ("checker/rules/__init__.py", r"^[a-z]+\.[a-z]+(?:-[a-z]+)*$"): "a rule id's shape",
    ("checker/rules/date_age_conflict.py", r"(?<=[A-Za-z\u00c0-\u024f.]), (\d{1,3}),"): SHAPE,
    ("checker/rules/date_duration_conflict.py", r"[^\w\s'\u2019-]"): "punctuation between two words: " + SHAPE,
    ("checker/rules/date_sequence_conflict.py", r"\s+[A-Za-z]"): "a word follows the date: " + SHAPE,
    ("checker/rules/number_restated_conflict.py", r"\d-[^\W\d]"): "a number written onto a word ('42-km'): " + SHAPE,
    ("claims/acronyms.py", "[^\\W_]+(?:['’.\\-][^\\W_]+)*\\.?|&"): ACRONYM_WORDS,
    ("claims/acronyms.py", '[;:()\\[\\]\\"“”«»!?\\n]|\\.(?=\\s+[A-Z])'): "where an expansion stops: " + SHAPE,
    ("claims/lifespans.py", "\\b[A-Z][\\w'’-]*\\s+[A-Z][\\w'’-]*"): "two capitalized words in a row: " + SHAPE,
    ("claims/names.py", "over_spaces"): NAME_TOKENS,
    ("claims/names.py", "columns"): NAME_TOKENS,
    ("claims/quantities/base.py", "[ \\t]+([A-Za-z][A-Za-z'’-]*)"): CURSOR,
    ("claims/quantities/base.py", "\\s*([A-Za-z][\\w'’-]*|[^\\sA-Za-z])"): CURSOR,
    ("claims/quantities/base.py", r"\s*(?:\([A-Z.]{1,8}\)|<[A-Z.]{1,10}>)"): "a ticker: " + SHAPE,
    ("claims/quantities/extractor.py", r"\s*[A-Za-z]"): "a letter follows: " + SHAPE,
    ("claims/quantities/lists.py", "[A-Za-z&]+"): "a name's particles ('van der', 'd'') by their letters: " + CURSOR,
    ("claims/quantities/lists.py", r",\s+([a-z]+)(?:\s+([a-z]+))?"): "two lower-case words after a comma: " + CURSOR,
    ("claims/quantities/parts.py", "\\s*([A-Za-z][A-Za-z'’-]*)"): CURSOR,
    ("claims/quantities/parts.py", "([a-z][\\w'’-]*)\\s*,\\s*"): "a noun and its comma: " + CURSOR,
    ("claims/quantities/parts.py", "[^A-Za-z'’\\s-]"): "anything but letters in a gap: " + SHAPE,
    ("claims/quantities/scanning.py", r"\s*([A-Za-z][A-Za-z.]*)"): CURSOR,
    ("claims/quantities/scanning.py", r"([A-Za-z]+(?:-[A-Za-z]+)?)(?=[\s,.;:)]|$)"): CURSOR,
    ("claims/quantities/scanning.py", r"([a-z]+)(?=\s+[a-z])"): CURSOR,
    ("claims/quantities/scanning.py", r"([a-z]+)(?=\s+[A-Z])"): CURSOR,
    ("claims/quantities/scanning.py", "(?:\\s+[A-Z][\\w'’-]*){1,3}"): "a capitalized name after a count: " + SHAPE,
    ("claims/quantities/scanning.py", r"([A-Za-z$]+)$"): "a currency code before digits: " + SHAPE,
    ("claims/quantities/scanning.py", "[A-Za-z]+"): ATTACHED,
    ("claims/quantities/scanning.py", "[A-Za-z][\\w.&'’-]*|[$£€¥₦]|--|\\S"): QUANTITY_TOKENS,
    ("claims/quotes.py", "[‘'](?<![^\\s(\\[“\\\"—–].)(?=[^\\W_])"): "a single mark before a letter: " + SHAPE,
    ("claims/read/html.py", r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"): READER,
    ("claims/read/markdown.py", r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$"): READER,
    ("claims/temporal/locale.py", r"[^\W\d_]+"): HOLIDAY_WORDS,
    ("claims/temporal/tokens.py", "columns"): TEMPORAL_TOKENS,
    ("claims/temporal/tokens.py", r"(?<![<\w])(?<!\(\?)[A-Z][A-Z0-9_]*(?![\w<>])"):
        "the names of the tagger's grammar, not prose: " + SHAPE,
}

_LETTER_CLASS = re.compile(r"\\w|\[\^\\W|A-Z|a-z")


def _literal_letters(pattern: str) -> bool:
    """Whether ``pattern`` holds a letter outside its character classes and escapes: a literal
    word, which makes it a shape of its own."""
    p = re.sub(r"\[(?:\\.|[^\]\\])*\]", "", pattern)  # character classes
    p = re.sub(r"\\.", "", p)  # escapes (\s, \d, \b ...)
    p = re.sub(r"\(\?P?<\w+>|\(\?[aiLmsux-]+[):]", "(", p)  # group names and inline flags
    return bool(re.search(r"[A-Za-z]", p))


def is_word_regex(pattern: str) -> bool:
    """A regular expression of character classes alone, a letter class among them."""
    return bool(_LETTER_CLASS.search(pattern)) and not _literal_letters(pattern)


def _modules(root: Path):
    for top in SCANNED:
        for path in sorted((root / top).rglob("*.py")):
            rel = path.relative_to(root).as_posix()
            if not rel.startswith(LAYER):
                yield rel, path


def _string(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


@cache
def found_word_regexes(root: Path = ROOT) -> frozenset[tuple[str, str]]:
    """(module, pattern) for every word regex written in the scanned modules under ``root``,
    and (module, helper) for every use there of the layer's tokenizer helpers."""
    found = set()
    for rel, path in _modules(root):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id in _TOKENIZER_HELPERS:
                found.add((rel, func.id))
            elif (isinstance(func, ast.Attribute) and func.attr in _RE_CALLS and isinstance(func.value, ast.Name)
                  and func.value.id == "re" and node.args):
                pattern = _string(node.args[0])
                if pattern is not None and is_word_regex(pattern):
                    found.add((rel, pattern))
    return frozenset(found)


def test_no_new_word_regex():
    new = sorted(found_word_regexes() - ALLOWED.keys())
    assert not new, ("word regexes outside the language layer (read analyse(text).words_in / "
                     "claims.language.tokens.words_of instead, or list each in ALLOWED with its reason): "
                     + "; ".join(f"{m}: {p!r}" for m, p in new))


def test_every_allowed_word_regex_still_exists():
    gone = sorted(ALLOWED.keys() - found_word_regexes())
    assert not gone, "no longer written, take them off ALLOWED: " + "; ".join(f"{m}: {p!r}" for m, p in gone)


def test_every_allowed_word_regex_says_why():
    assert all(reason.strip() for reason in ALLOWED.values())


def test_what_counts_as_a_word_regex():
    # what splits words, or reads the word at an offset
    assert is_word_regex(r"[A-Za-z]+")
    assert is_word_regex(r"[^\W\d_](?:[^\W\d_]|['’])*")
    assert is_word_regex(r"\s*([A-Za-z][\w'’-]*)")
    assert is_word_regex(r"\w+")
    # a shape with a literal word in it, and a pattern with no letter class, are not
    assert not is_word_regex(r"\s+(?:on|in|at)\s+([a-z]+)")
    assert not is_word_regex(r"(?i)\bfrom\s+\w+")
    assert not is_word_regex(r"[.;:!?]")
    assert not is_word_regex(r"\d{4}-\d{2}-\d{2}")


def test_a_module_with_its_own_word_regex_is_caught(tmp_path):
    module = tmp_path / "claims" / "newthing.py"
    module.parent.mkdir()
    (tmp_path / "checker" / "rules").mkdir(parents=True)
    module.write_text('import re\n_WORD = re.compile(r"[A-Za-z]+")\n'
                      'def f(s):\n    return re.findall(r"\\w+", s)\n', encoding="utf-8")
    assert found_word_regexes(tmp_path) == {("claims/newthing.py", r"[A-Za-z]+"), ("claims/newthing.py", r"\w+")}
