"""article.no-published-date: the article's date is unknown, so date rules were skipped."""

from __future__ import annotations

from checker.findings import Finding, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.model import ClaimSet

MESSAGE = ("no publication date found (no dateline, front matter date, HTML meta date or --published): "
           "skipped {n} rule{s} that need{v} it")


@rule("article.no-published-date", Severity.INFO, "The publication date is unknown, so rules that need it were skipped", meta=True)
def check(claims: ClaimSet, skipped: list[str] = ()):
    """
    What it checks
        Whether factcheck knows when the article was published: from a first-line dateline or a wire
        dateline opening the first paragraph ("LONDON, 5 May 2026 - ..."), Markdown front matter ``date:``, an HTML ``article:published_time`` meta or
        ``<time datetime>``, a corpus record's ``published``, or ``--published``.

    Why it matters
        "On Friday", "last month" and "earlier this year" only mean something against the
        publication date. Without one, the rules that need it are skipped rather than run
        against a guessed date, and this finding says which were skipped.

    Does not flag
        Articles with a date from any of the sources above. It never guesses a date from the
        file's modification time or from dates in the body.
    """
    if not skipped:
        return
    n = len(skipped)
    yield Finding(MESSAGE.format(n=n, s="" if n == 1 else "s", v="s" if n == 1 else ""), 0, 0,
                  evidence=["skipped: " + ", ".join(skipped)],
                  fix=None)


EXAMPLES = (
    flags("The council met on Friday and approved the budget.",
          note="no dateline and no --published: the date-relative rules are skipped"),
    passes("The council met on Friday and approved the budget.", published="2024-04-21",
           note="a publication date from --published"),
    passes("21 April 2024, Sunday\n\nThe council met on Friday and approved the budget.",
           note="a first-line dateline"),
    passes("LONDON, Sunday 21 April 2024 - The council met on Friday and approved the budget.",
           note="a wire dateline: a place in capitals, the date with its year, a dash"),
)
