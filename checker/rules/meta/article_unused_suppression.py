"""article.unused-suppression: a suppression comment that silences nothing."""

from __future__ import annotations

from checker.findings import Finding, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.model import ClaimSet

MESSAGE_UNUSED = "suppression of {pattern} silences nothing on line{s} {lines}"
MESSAGE_UNKNOWN = "suppression names no rule: {pattern}"


@rule("article.unused-suppression", Severity.INFO, "A suppression comment that silences nothing", meta=True)
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


EXAMPLES = (
    flags("The council met on Friday, 19 April 2024. [factcheck: ignore date.weekday-mismatch]",
          published="2024-04-21", note="19 April 2024 is a Friday: the suppression silences nothing"),
    flags("The council met on Friday. [factcheck: ignore date.weekday-mismach]",
          published="2024-04-21", note="no rule has that id"),
    passes("The council met on Thursday, 19 April 2024. [factcheck: ignore date.weekday-mismatch]",
           published="2024-04-21", note="it silences the weekday finding"),
)
