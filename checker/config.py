"""What to check and how strictly: rule selection, severities, the fail-on level.

Built from command-line options here; ``[tool.factcheck]`` / ``.factcheck.toml`` files are
read by ``load`` and validated against schemas/config.schema.json.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from fnmatch import fnmatch

from checker.findings import Severity

FAIL_ON = ("error", "warning", "info", "never")


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()  # empty: every rule; entries may be ids or globs ("date.*")
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)  # rule id -> severity
    fail_on: str = "error"
    published_source: str = "file"  # file | none: whether to read a date from the file at all
    facts: str | None = None  # a fact base (schemas/facts.schema.json) for the facts.* rules
    #: ``enabled``'s answer for each rule id asked, worked out once (it is asked about every
    #: rule for every article); a configuration made by ``merged`` starts with none.
    _enabled: dict[str, bool] = field(default_factory=dict, init=False, repr=False, compare=False)

    def enabled(self, rule_id: str) -> bool:
        known = self._enabled.get(rule_id)
        if known is None:
            known = self._enabled[rule_id] = self._selects(rule_id)
        return known

    def _selects(self, rule_id: str) -> bool:
        if self.select and not any(fnmatch(rule_id, pat) for pat in self.select):
            return False
        return not any(fnmatch(rule_id, pat) for pat in self.ignore)

    def severity_of(self, rule_id: str, default: Severity) -> Severity:
        return self.severity.get(rule_id, default)

    def fails(self, severity: Severity | None) -> bool:
        if severity is None or self.fail_on == "never":
            return False
        return severity >= Severity.parse(self.fail_on)

    def merged(self, **changes) -> Config:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def unmatched(patterns, rule_ids) -> list[str]:
    """The patterns (rule ids or globs) that match none of ``rule_ids``: a typo to report."""
    return [p for p in patterns if not any(fnmatch(rid, p) for rid in rule_ids)]


def split_ids(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(s.strip() for s in value.split(",") if s.strip())
