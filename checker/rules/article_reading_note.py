"""article.reading-note: the reader had to assume or leave out something to read the file."""

from __future__ import annotations

from checker.findings import Finding, Severity
from checker.rules import rule
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

    Example
        A CMS export saved in Windows-1252 ("caf\\xe9"): "while reading this file: not valid
        UTF-8 (byte 3, line 1): read as Windows-1252 instead". Re-save the file as UTF-8.

    Does not flag
        Files read exactly as written: UTF-8 with or without a byte order mark, UTF-16 or
        UTF-32 with one, HTML in the encoding it declares. It never changes other findings.
        Inputs that cannot be read at all are not findings but errors (exit code 2).
    """
    for note in claims.article.notes:
        yield Finding(MESSAGE.format(note=note), 0, 0)
