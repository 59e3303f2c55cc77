"""The rule catalogue.

A rule is a pure function ``ClaimSet -> Iterable[Finding]`` registered with ``@rule``. Each
lives in a module of its own, named after its id (``date.weekday-mismatch`` lives in
``date_weekday_mismatch.py``), with its messages beside it. Its docstring has three sections,
in this order, and its module an ``EXAMPLES`` table (checker/rules/examples.py) from which the
fourth, ``Example``, is rendered; ``factcheck explain``, the README rule table and the SARIF rule
descriptions are all generated from them:

    What it checks / Why it matters / (Example, from EXAMPLES) / Does not flag

Adding a rule: write the module, decorate the function, add the module name to
``RULE_MODULES``. The engine fills in each finding's rule id and severity. Meta rules, which
report on the check itself rather than on the article, live in ``checker/rules/meta/`` and are
registered with ``meta=True`` (see that package).
"""

from __future__ import annotations

import importlib
import inspect
import re
import textwrap
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from checker.findings import Finding, Severity
from checker.rules.examples import Example, render
from claims.model import ClaimSet

RULE_MODULES = (
    "meta.article_no_published_date",
    "article_reading_note",
    "meta.article_unused_suppression",
    "meta.article_no_text",
    "date_weekday_mismatch",
    "date_relative_conflict",
    "date_invalid",
    "date_duration_conflict",
    "date_future_past",
    "date_age_conflict",
    "date_sequence_conflict",
    "date_anchor_conflict",
    "number_count_mismatch",
    "number_restated_conflict",
    "number_direction_conflict",
    "number_sign_conflict",
    "number_invalid",
    "number_per_share_conflict",
    "number_parts_short",
    "number_sum_exceeds_total",
    "name_variant",
    "name_title_conflict",
    "acronym_conflict",
    "quote_attribution_conflict",
    "quote_unbalanced",
    "facts_birth_year",
    "facts_founded",
    "facts_spelling",
    "facts_acronym",
    "facts_title",
)

SECTIONS = ("What it checks", "Why it matters", "Example", "Does not flag")
#: The sections written in the docstring; ``Example`` is rendered from the module's EXAMPLES.
DOCSTRING_SECTIONS = ("What it checks", "Why it matters", "Does not flag")

_RULE_ID = re.compile(r"^[a-z]+\.[a-z]+(?:-[a-z]+)*$")


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    summary: str
    check: Callable[[ClaimSet], Iterable[Finding]]
    needs_published: bool = False
    #: the rule reads the article's words, not only its claims: skipped for a claims document
    #: without text (``article.no-text`` says so)
    needs_text: bool = False
    needs_facts: bool = False  # runs only with a fact base (check --facts), given as check(claims, facts=...)
    #: a meta rule (checker/rules/meta/): about the check, not the article; the engine runs it
    #: after the others with what only it knows
    meta: bool = False

    @property
    def examples(self) -> tuple[Example, ...]:
        """The rule's runnable examples: its module's ``EXAMPLES`` table."""
        return tuple(getattr(inspect.getmodule(self.check), "EXAMPLES", ()))

    @property
    def doc(self) -> str:
        """The documentation: the docstring with the ``Example`` section rendered from EXAMPLES
        before ``Does not flag``."""
        doc = inspect.cleandoc(self.check.__doc__ or "")
        if not self.examples:
            return doc
        rows = (textwrap.fill(row, 92, initial_indent="    ", subsequent_indent="        ")
                for row in render(self.examples).splitlines())
        example = "Example\n" + "\n".join(rows) + "\n\n"
        at = doc.find("Does not flag")
        return doc + "\n\n" + example.rstrip() if at < 0 else doc[:at] + example + doc[at:]

    def section(self, name: str) -> str:
        """One of the four docstring sections, as plain text."""
        return _sections(self.doc).get(name, "")


_REGISTRY: dict[str, Rule] = {}
_loaded = False
#: The registered ids, sorted once (``all_rules`` is asked for every article); sorted again
#: when a rule has been registered since.
_sorted_ids: list[str] = []


def rule(id: str, severity: Severity, summary: str, *, needs_published: bool = False, needs_text: bool = False,
         needs_facts: bool = False, meta: bool = False):
    """Register a rule function under a stable id."""
    if not _RULE_ID.match(id):
        raise ValueError(f"bad rule id {id!r}")

    def register(func):
        if id in _REGISTRY:
            raise ValueError(f"rule {id} registered twice")
        _REGISTRY[id] = Rule(id, severity, summary, func, needs_published, needs_text, needs_facts, meta)
        return func

    return register


def all_rules() -> list[Rule]:
    """Every registered rule, sorted by id."""
    global _loaded, _sorted_ids
    if not _loaded:  # a module imported directly registers only itself: load them all once
        for name in RULE_MODULES:
            importlib.import_module(f"{__name__}.{name}")
        _loaded = True
    if len(_sorted_ids) != len(_REGISTRY):
        _sorted_ids = sorted(_REGISTRY)
    return [_REGISTRY[k] for k in _sorted_ids]


def get(rule_id: str) -> Rule | None:
    all_rules()
    return _REGISTRY.get(rule_id)


def _sections(doc: str) -> dict[str, str]:
    out: dict[str, str] = {}
    current = None
    for line in doc.splitlines():
        head = line.strip().rstrip(":")
        if head in SECTIONS:
            current = head
            out[current] = ""
            continue
        if current:
            out[current] += line + "\n"
    return {k: inspect.cleandoc(v) for k, v in out.items()}
