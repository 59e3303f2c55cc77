"""Findings: what a rule reports, and the result of checking one article."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from claims.model import Article, ClaimSet


class Severity(IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, word: str) -> Severity:
        try:
            return cls[word.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {word!r} (use error, warning or info)") from None


@dataclass(slots=True)
class Related:
    """Another place in the article that a finding holds against, with a note."""

    start: int
    end: int
    message: str


@dataclass(slots=True)
class Finding:
    """One inconsistency (or a thing worth a look) in one article.

    ``start``/``end`` are offsets into ``Article.text``. ``evidence`` is the reasoning in words
    ("2013 + 10 years = 2023 ..."); ``fix`` is set only where the correction is certain.
    ``rule`` and ``severity`` are filled in by the engine from the rule that yielded it,
    unless the rule set a (lower) severity itself.
    """

    message: str
    start: int
    end: int
    related: list[Related] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    fix: str | None = None
    rule: str = ""
    severity: Severity | None = None


@dataclass(slots=True)
class ArticleResult:
    """The outcome of checking one article, or the reason it could not be read."""

    source: str
    article: Article | None = None
    claims: ClaimSet | None = None
    findings: list[Finding] = field(default_factory=list)
    rules_run: list[str] = field(default_factory=list)
    error: str | None = None  # set when the input could not be read or checked
    seconds: float = 0.0

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)
