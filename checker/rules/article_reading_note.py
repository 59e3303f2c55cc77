"""article.reading-note: the reader had to assume or leave out something to read the file."""

from __future__ import annotations

from checker.findings import Finding, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.model import ClaimSet

MESSAGE = "while reading this file: {note}"


@rule("article.reading-note", Severity.INFO, "The file was read with an assumption or a loss worth knowing about")
def check(claims: ClaimSet):
    """
    What it checks
        Whatever the reader noted while turning the file into text: bytes that are not valid
        UTF-8 (read as the encoding an HTML page declares, else as Windows-1252), control
        characters or unpaired surrogates replaced with U+FFFD, an HTML page the parser
        stopped reading part-way (nesting beyond 2048 levels) or could not parse at all, a
        Markdown front-matter date that is not a date.

    Why it matters
        Every finding stands on the text that was read. If the encoding was guessed, a
        name or a date may have been read wrongly; if part of a page was not read, its
        claims were not checked. The report says so instead of silently checking less.

    Does not flag
        Files read exactly as written: UTF-8 with or without a byte order mark, UTF-16 or
        UTF-32 with one, HTML in the encoding it declares. It never changes other findings.
        Inputs that cannot be read at all are not findings but errors (exit code 2).
    """
    for note in claims.article.notes:
        yield Finding(MESSAGE.format(note=note), 0, 0)


EXAMPLES = (
    flags("The caf\x07 reopened on Monday.", published="2024-04-21",
          note="a control character was replaced with U+FFFD"),
    passes("The caf\u00e9 reopened on Monday.", published="2024-04-21",
           note="read exactly as written"),
)
