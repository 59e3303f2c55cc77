"""The language layer: how factcheck reads English, in one place.

    tokens      the one tokenizer (Unicode words, numbers, punctuation, with offsets)
    sentences   the one sentence and clause splitter (abbreviations are lexicon data)
    numbers     the one number parser and the one meaning of "about" (``approximate``)
    vocabulary  the one function-word vocabulary (determiners, prepositions, modals ...)
    clauses     the clause reader: each sentence's clauses (verb group, subject, object, kind,
                the noun a relative or participle clause describes), appositions and as-roles
    analysis    ``Analysis``: all of the above for one text, parsed once (the clause reading of
                a sentence on the first asking: ``Analysis.reading``)
    pieces      where a text too long to hold at once is cut, to be read one piece at a time

Every extractor reads ``analyse(article)``; none keeps a tokenizer, a sentence splitter or a
number parser of its own. The words live in claims/lexicons/language.json.

Why hand-written: we measured the sentence splitters that install from the package index and
run without fetching models (benchmarks/language_layer.py over 1,000 Reuters articles and 16
hand-labelled newswire texts; figures in docs/evaluation.md). pysbd got 15 of 16 right but
was about ten times slower than ours; syntok got 15 of 16 and was slower too; NLTK's Punkt
without its trained data (which it would have to download) got 5 of 16. Ours got all 16 and
reads its abbreviations from the lexicon, so a newsroom can add its own. spaCy was not tried:
without a statistical model (no official one on the package index) its sentence splitting is
rule-based too, behind a much larger install.
"""

from __future__ import annotations

import threading

from claims.language.analysis import Analysis

__all__ = ["Analysis", "analyse"]

_cache = threading.local()


def analyse(article_or_text) -> Analysis:
    """The analysis of an article (or of a text), built once: the extractors of one article
    all get the same object, whichever asks first."""
    text = article_or_text if isinstance(article_or_text, str) else article_or_text.text
    last = getattr(_cache, "last", None)
    if last is not None and last.text is text:
        return last
    _cache.last = Analysis(text)
    return _cache.last
