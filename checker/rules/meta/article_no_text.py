"""article.no-text: a claims document without the article's text, so rules that read it were skipped."""

from __future__ import annotations

from checker.findings import Finding, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.model import ClaimSet

MESSAGE = ("this claims document carries no text (written with --no-text?): skipped {n} rule{s} that "
           "read{v} the article's words: {rules}")


@rule("article.no-text", Severity.INFO, "The claims document has no text, so rules that read it were skipped", meta=True)
def check(claims: ClaimSet, skipped: list[str] = ()):
    """
    What it checks
        Whether a claims document given to ``factcheck check`` carries the article's text
        (``article.text``, left out by ``factcheck extract --no-text``). Rules that still
        read the words around a claim declare it (``needs_text``); without the text they are
        skipped, and this finding names them, rather than run on nothing and stay silent.

    Why it matters
        A claims document without its text is a smaller, shareable contract, but it cannot
        answer everything: silence from a rule that never ran must not read as a pass.

    Does not flag
        Articles read from text, Markdown, HTML or JSON Lines (they always have their text),
        and claims documents that carry it.
    """
    if skipped:
        n = len(skipped)
        yield Finding(MESSAGE.format(n=n, s="" if n == 1 else "s", v="s" if n == 1 else "",
                                     rules=", ".join(skipped)), 0, 0)


_DOC = ('{"version": 1, "article": {"id": "a", "source": "a.txt", "published": "2024-04-21"%s}, '
        '"claims": [{"id": "q1", "kind": "quantity", "text": "30", "span": {"start": 0, "end": 2, "line": 1, '
        '"column": 1}, "attrs": {"value": 30, "low": 30, "high": 30, "precision": 0, "dimension": "count", '
        '"change": false, "number_span": [0, 2], "sentence": [0, 9], "preceded_by": "", "followed_by": ""}}]}')

EXAMPLES = (
    flags(_DOC % "", format="claims", note="written with --no-text: the rules that read words are skipped"),
    passes(_DOC % ', "text": "30 people"', format="claims", note="the document carries its text"),
)
