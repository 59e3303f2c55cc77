"""Runnable examples: each rule's table of articles it flags and articles it leaves alone.

A rule module keeps a module-level ``EXAMPLES`` tuple built with ``flags`` and ``passes``::

    EXAMPLES = (
        flags("Talks ended yesterday, 4 June.", published="2025-06-12",
              note="yesterday is 11 June"),
        passes("Talks ended yesterday, 11 June.", published="2025-06-12"),
    )

The same rows are the rule's documentation and its tests (proselint's ``examples.py``): the
``Example`` section of ``factcheck explain``, SARIF's rule help and the README are rendered
from them (``render``), and tests/test_rule_examples.py checks every row, so a documented
example can never silently stop working. A row names one behaviour; a named limit of the rule
gets a row on each side of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Example:
    """An article (usually one or two sentences) and whether the rule must flag it."""

    text: str
    flagged: bool
    published: date | None = None
    note: str = ""  # why: the arithmetic or the principle the row shows
    format: str = "text"  # text | markdown | html | claims (a claims document in JSON)


def flags(text: str, *, published: str | None = None, note: str = "", format: str = "text") -> Example:
    """A row the rule must flag (at least one finding of this rule)."""
    return Example(text, True, _date(published), note, format)


def passes(text: str, *, published: str | None = None, note: str = "", format: str = "text") -> Example:
    """A row the rule must leave alone (no finding of this rule)."""
    return Example(text, False, _date(published), note, format)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def render(examples: tuple[Example, ...]) -> str:
    """The ``Example`` section of a rule's documentation: each row as a quoted article, its
    publication date, what the rule does with it and why."""
    lines = []
    for ex in examples:
        verdict = "Flagged" if ex.flagged else "Not flagged"
        when = f" (published {ex.published.day} {ex.published:%B %Y})" if ex.published else ""
        why = f": {ex.note}" if ex.note else ""
        what = "a claims document" if ex.format == "claims" else f"\u201c{_visible(' '.join(ex.text.split()))}\u201d"
        lines.append(f"{verdict}{when}: {what}{why}")
    return "\n".join(lines)


def _visible(text: str) -> str:
    """Control characters shown as escapes, so documentation never carries them raw."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)
