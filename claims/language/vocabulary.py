"""The one function-word vocabulary: closed-class words by class, abbreviations, clause openers.

All of it is data in claims/lexicons/language.json; this module only gives it names.
``is_a("modal", "will")`` and ``FUNCTION_WORDS`` are what extractors and rules ask, instead
of keeping lists of their own.
"""

from __future__ import annotations

from claims.lexicon import load

_LEX = load("language")

#: class name -> its words, lower case ("determiner", "preposition", "modal", ...)
CLASSES: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _LEX["function_words"].items()}
#: every function word of every class
FUNCTION_WORDS: frozenset[str] = frozenset().union(*CLASSES.values())
#: abbreviations a full stop never ends ("Mr", "Gen", "No") and those it may end ("Inc", "U.S")
NEVER_END: frozenset[str] = frozenset(_LEX["abbreviations"]["never_end"])
MAY_END: frozenset[str] = frozenset(_LEX["abbreviations"]["may_end"])
#: words that open a new clause after a comma ("which", "but", "while")
CLAUSE_OPENERS: frozenset[str] = frozenset(_LEX["clause_openers"])


def is_a(word_class: str, word: str) -> bool:
    """Whether ``word`` (any case) is one of the words of ``word_class``."""
    return word.lower() in CLASSES[word_class]


#: the closed words the clause reader reads clauses by, by class ("relatives", "subordinators",
#: "adverbs" ...: see the lexicon's "_clause_words")
CLAUSE_WORDS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _LEX["clause_words"].items()}
