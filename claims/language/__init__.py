"""The language layer: how factcheck reads English, in one place.

    tokens      the one tokenizer (Unicode words, numbers, punctuation, with offsets)
    sentences   the one sentence and clause splitter (abbreviations are lexicon data)
    numbers     the one number parser and the one meaning of "about" (``approximate``)
    vocabulary  the one function-word vocabulary (determiners, prepositions, modals ...)
    analysis    ``Analysis``: all of the above for one text, parsed once

Every extractor reads ``analyse(article)``; none keeps a tokenizer, a sentence splitter or a
number parser of its own. The words live in claims/lexicons/language.json.

Why hand-written rather than a library: we measured the candidates that install from the
package index without downloading models (benchmarks/language_layer.py, figures in
docs/evaluation.md). NLTK's Punkt needs its trained data fetched at run time (not allowed
here); spaCy's English tokenizer without a model splits "U.S." and initials well but is an
order of magnitude slower to load and run; pysbd and syntok split sentences with rules like
ours but disagree with newswire conventions (datelines, "Sept. 12", paragraph-per-line text)
and are slower. A tokenizer of one regular expression and a splitter that reads its
abbreviations from the lexicon is fast, linear and says why it splits where it does.
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
