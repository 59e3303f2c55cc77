"""article.unused-suppression: a suppression comment that silences nothing."""

from __future__ import annotations

from checker.findings import Finding, Severity
from checker.rules import rule
from claims.model import ClaimSet

MESSAGE_UNUSED = "suppression of {pattern} silences nothing on line{s} {lines}"
MESSAGE_UNKNOWN = "suppression names no rule: {pattern}"


@rule("article.unused-suppression", Severity.INFO, "A suppression comment that silences nothing")
def check(claims: ClaimSet, unused=(), unknown=()):
    """
    What it checks
        Every inline suppression (``<!-- factcheck: ignore RULE -->`` in Markdown and HTML,
        ``[factcheck: ignore RULE]`` in plain text): each rule it names must silence at least
        one finding on the line or block it reaches, and must be a rule that exists.

    Why it matters
        Suppressions outlive the sentences they were written for. One that silences nothing
        hides the next real problem on that line, and a misspelt rule name silences nothing
        at all while looking as if it did.

    Example
        ``<!-- factcheck: ignore date.future-past -->`` above a paragraph whose dates were
        since corrected; ``[factcheck: ignore date.weekday-mismach]``.

    Does not flag
        Suppressions that silence at least one finding, and rules excluded from the run with
        ``--select`` or ``--ignore`` (a suppression of a rule that did not run is not judged).
    """
    for offset, pattern, first, last in unused:
        lines = str(first) if first == last else f"{first}-{last}"
        yield Finding(MESSAGE_UNUSED.format(pattern=pattern, s="" if first == last else "s", lines=lines),
                      offset, offset, evidence=["remove it, or check that the rule name is right"])
    for offset, pattern in unknown:
        yield Finding(MESSAGE_UNKNOWN.format(pattern=pattern), offset, offset,
                      evidence=["see 'factcheck rules' for the rule names"])
