"""TempEval-3 scoring of temporal expressions (TIMEX3) against TimeML gold annotations.

The metrics are those of the TempEval-3 evaluation toolkit (UzZaman et al. 2013,
``TE3-evaluation.py`` / ``evaluate_entities.py``), computed the same way:

- A system timex and a gold timex **match (relaxed)** when their spans overlap; they match
  **strictly** when the spans are the same (the toolkit compares the tokens' text; we compare
  character spans with surrounding whitespace trimmed). The toolkit's normalizer pairs each
  entity with at most one of the other side, so matching here is one-to-one: exact-span pairs
  first, then, in text order, each gold timex with the first unpaired system timex it overlaps.
- Precision = matches / system timexes, recall = matches / gold timexes, F1 their harmonic
  mean; with neither gold nor system timexes the toolkit scores F1 = 1.
- **Type and value**: over the relaxed matches, accuracy = matches with the same attribute /
  relaxed matches, and attribute F1 = accuracy x relaxed F1 (so a value F1 can never exceed
  the relaxed F1). Values are compared as exact strings.
- Counts are summed over all files before any ratio is taken (micro-average), and the DCT
  (``functionInDocument="CREATION_TIME"``) is never scored.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Protocol


class TimexLike(Protocol):
    start: int
    end: int
    type: str
    value: str


@dataclass(slots=True, frozen=True)
class SystemTimex:
    """A system's timex, reduced to what is scored."""

    start: int
    end: int
    type: str
    value: str
    text: str = ""


@dataclass(slots=True)
class Counts:
    """The counts behind every TempEval-3 timex metric; add them to micro-average."""

    files: int = 0
    gold: int = 0
    system: int = 0
    strict: int = 0  # exact-span matches
    relaxed: int = 0  # overlapping matches (strict ones included)
    type: int = 0  # relaxed matches with the gold type
    value: int = 0  # relaxed matches with the gold value

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    # -- the metrics, as fractions in [0, 1]
    def _p(self, n: int) -> float:
        return n / self.system if self.system else 0.0

    def _r(self, n: int) -> float:
        return n / self.gold if self.gold else 0.0

    def _f(self, n: int) -> float:
        if not self.gold and not self.system:
            return 1.0
        p, r = self._p(n), self._r(n)
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def strict_p(self) -> float:
        return self._p(self.strict)

    @property
    def strict_r(self) -> float:
        return self._r(self.strict)

    @property
    def strict_f1(self) -> float:
        return self._f(self.strict)

    @property
    def relaxed_p(self) -> float:
        return self._p(self.relaxed)

    @property
    def relaxed_r(self) -> float:
        return self._r(self.relaxed)

    @property
    def relaxed_f1(self) -> float:
        return self._f(self.relaxed)

    @property
    def type_accuracy(self) -> float:
        if not self.gold and not self.system:
            return 1.0
        return self.type / self.relaxed if self.relaxed else 0.0

    @property
    def value_accuracy(self) -> float:
        if not self.gold and not self.system:
            return 1.0
        return self.value / self.relaxed if self.relaxed else 0.0

    @property
    def type_f1(self) -> float:
        return self.type_accuracy * self.relaxed_f1

    @property
    def value_f1(self) -> float:
        return self.value_accuracy * self.relaxed_f1

    def metrics(self) -> dict[str, float]:
        """Every metric in percent, rounded to 2 places as the toolkit prints them."""
        names = (
            "strict_p", "strict_r", "strict_f1", "relaxed_p", "relaxed_r", "relaxed_f1",
            "type_accuracy", "type_f1", "value_accuracy", "value_f1",
        )
        return {n: round(100 * getattr(self, n), 2) for n in names}


def _trim(text: str | None, start: int, end: int) -> tuple[int, int]:
    if text is None:
        return start, end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def align(gold: Sequence[TimexLike], system: Sequence[TimexLike], text: str | None = None) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, system index)`` of overlapping timexes.

    Exact-span pairs are made first, so a strict match is never lost to a mere overlap; the
    remaining gold timexes, in text order, each take the first unpaired system timex that
    overlaps them. With ``text``, spans are compared with surrounding whitespace trimmed.
    """
    gs = [_trim(text, g.start, g.end) for g in gold]
    ss = [_trim(text, s.start, s.end) for s in system]
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    by_span: dict[tuple[int, int], list[int]] = {}
    for j, span in enumerate(ss):
        by_span.setdefault(span, []).append(j)
    for i, span in enumerate(gs):
        for j in by_span.get(span, ()):
            if j not in taken:
                pairs[i] = j
                taken.add(j)
                break
    order = sorted(range(len(ss)), key=lambda j: ss[j])
    for i in sorted(range(len(gs)), key=lambda i: gs[i]):
        if i in pairs:
            continue
        a, b = gs[i]
        for j in order:
            if j in taken:
                continue
            c, d = ss[j]
            if c >= b:
                break
            if a < b and c < d and a < d:
                pairs[i] = j
                taken.add(j)
                break
    return sorted(pairs.items())


def score(gold: Sequence[TimexLike], system: Sequence[TimexLike], text: str | None = None) -> Counts:
    """The TempEval-3 counts for one document."""
    c = Counts(files=1, gold=len(gold), system=len(system))
    for i, j in align(gold, system, text):
        g, s = gold[i], system[j]
        c.relaxed += 1
        if _trim(text, g.start, g.end) == _trim(text, s.start, s.end):
            c.strict += 1
        if g.type == s.type:
            c.type += 1
        if g.value == s.value:
            c.value += 1
    return c


def total(counts: Iterable[Counts]) -> Counts:
    out = Counts()
    for c in counts:
        out = out + c
    return out
