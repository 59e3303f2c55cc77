"""Every rule is documented the same way, so `factcheck explain`, the README and SARIF can be
generated from the docstrings."""

import re

import pytest

from checker.rules import DOCSTRING_SECTIONS, SECTIONS, all_rules


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.id)
def test_rule_documentation_has_the_four_sections_in_order(rule):
    positions = [rule.doc.find(s) for s in SECTIONS]
    assert all(p >= 0 for p in positions), f"{rule.id} lacks a section"
    assert positions == sorted(positions)
    for s in SECTIONS:
        assert len(rule.section(s)) > 20, f"{rule.id}: section {s!r} is too thin"


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.id)
def test_rule_docstring_leaves_the_example_to_the_examples_table(rule):
    written = rule.check.__doc__ or ""
    assert all(s in written for s in DOCSTRING_SECTIONS), f"{rule.id} lacks a section"
    assert "Example\n" not in written, f"{rule.id}: write examples as EXAMPLES rows, not prose"


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.id)
def test_rule_id_and_summary(rule):
    assert re.match(r"^[a-z]+\.[a-z]+(-[a-z]+)*$", rule.id)
    assert rule.summary and not rule.summary.endswith(".")


def test_readme_rule_table_is_generated_from_the_docstrings():
    from pathlib import Path

    from checker.docs import replace_table

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert replace_table(readme) == readme, "run: python -m checker.docs --write"


def test_importing_one_rule_module_first_still_loads_every_rule():
    import subprocess
    import sys
    from pathlib import Path

    code = ("import checker.rules.date_age_conflict\nfrom checker.rules import all_rules, RULE_MODULES\n"
            "print(len(all_rules()), len(RULE_MODULES))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent).stdout.split()
    assert out[0] == out[1]
