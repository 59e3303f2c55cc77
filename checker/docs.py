"""Documentation generated from the rules' docstrings, so the docs never drift from the code.

    python -m checker.docs            print the README's rule table
    python -m checker.docs --write    rewrite it in README.md between the rule-table markers
"""

from __future__ import annotations

import sys
from pathlib import Path

from checker.rules import all_rules
from checker.rules.examples import render

START, END = "<!-- rule-table:start -->", "<!-- rule-table:end -->"


def rule_table() -> str:
    rows = ["| rule | severity | flags | does not flag |", "|---|---|---|---|"]
    for r in all_rules():
        what = " ".join(r.section("What it checks").split()) + _example(r, True)
        not_flagged = " ".join(r.section("Does not flag").split()) + _example(r, False)
        rows.append(f"| `{r.id}` | {r.severity.label} | {_cell(what)} | {_cell(not_flagged)} |")
    return "\n".join(rows)


def _example(rule, flagged: bool) -> str:
    """The rule's first EXAMPLES row on one side, rendered as in ``factcheck explain``."""
    rows = [ex for ex in rule.examples if ex.flagged == flagged]
    return " " + render(rows[:1]).replace("\n", " ") + "." if rows else ""


def explain_text(rule) -> str:
    """A rule's documentation as ``factcheck explain RULE`` prints it (and the language server
    links to it): id, severity and summary, then the four-part docstring."""
    return f"{rule.id} ({rule.severity.label}): {rule.summary}\n\n{rule.doc}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def replace_table(readme: str) -> str:
    a, b = readme.index(START) + len(START), readme.index(END)
    return readme[:a] + "\n" + rule_table() + "\n" + readme[b:]


def main(argv: list[str]) -> int:
    if argv[:1] == ["--write"]:
        path = Path(argv[1] if len(argv) > 1 else "README.md")
        path.write_text(replace_table(path.read_text(encoding="utf-8")), encoding="utf-8")
        return 0
    print(rule_table())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
