"""The pytest plugin: ``pytest --factcheck PATH...`` runs articles as ordinary pytest items."""

from __future__ import annotations

import contextlib
import importlib.metadata
import io
import subprocess
import sys
import tomllib

import pytest

from checker.rules import all_rules
from conftest import ROOT

pytest_plugins = ["pytester"]

# In-process pytester runs drop every module imported during a run when it ends. Import what
# the plugin uses up front, so a run never mixes a fresh module with a stale one still held
# as an attribute of a surviving package (as happens when ``checker`` itself was loaded
# through the installed entry point).
for _module in ("checker.configfile", "checker.engine", "checker.report.text", "claims.read"):
    importlib.import_module(_module)
all_rules()

SEED = (ROOT / "examples" / "mali-minusma.txt").read_text(encoding="utf-8")
WRONG_WEEKDAY = SEED.replace("21 April 2024, Sunday", "21 April 2024, Monday")


def _installed() -> bool:
    """Whether the package (and so the plugin's entry point) is installed in this Python."""
    return any(ep.value == "checker.plugin" for ep in importlib.metadata.entry_points(group="pytest11"))


# The inner runs load our plugin (unless installed) and leave hypothesis' out: its terminal
# summary costs a second per run and these runs have no property tests.
LOAD = ([] if _installed() else ["-p", "checker.plugin"]) + ["-p", "no:hypothesispytest"]


@pytest.fixture
def articles(pytester: pytest.Pytester):
    pytester.mkdir("articles")
    (pytester.path / "articles" / "good.txt").write_text(SEED, encoding="utf-8")
    (pytester.path / "articles" / "wrong-weekday.txt").write_text(WRONG_WEEKDAY, encoding="utf-8")
    return pytester


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest(*LOAD, *args)


def test_each_article_is_a_test_item(articles):
    result = run(articles, "--factcheck", "articles", "--collect-only", "-q")
    result.stdout.fnmatch_lines(["articles/good.txt::good.txt", "articles/wrong-weekday.txt::wrong-weekday.txt",
                                 "2 tests collected*"])


def test_nothing_is_collected_without_the_flag(articles):
    result = run(articles, "articles")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_a_failure_shows_the_same_diagnostics_as_factcheck_check(articles, monkeypatch):
    result = run(articles, "--factcheck", "articles")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*factcheck: article wrong-weekday.txt*",
                                 "FAILED articles/wrong-weekday.txt::wrong-weekday.txt - *"])
    from checker.cli import main

    monkeypatch.chdir(articles.path)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["check", "--no-config", "--color", "never", "articles/wrong-weekday.txt"]) == 1
    diagnostics = out.getvalue().rstrip("\n").rsplit("\n", 1)[0]  # without the closing summary line
    assert diagnostics.strip() and diagnostics in result.stdout.str()


def test_one_item_per_article_and_rule(articles):
    result = run(articles, "--factcheck", "--factcheck-per-rule", "articles", "-v")
    result.stdout.fnmatch_lines(["*wrong-weekday.txt::wrong-weekday.txt[[]date.relative-conflict[]] PASSED*",
                                 "*wrong-weekday.txt::wrong-weekday.txt[[]date.weekday-mismatch[]] FAILED*",
                                 "*factcheck: rule date.weekday-mismatch on wrong-weekday.txt _*"])
    outcomes = result.parseoutcomes()
    assert outcomes["failed"] == 1 and outcomes["passed"] >= 3


def test_k_selects_and_x_stops(articles):
    run(articles, "--factcheck", "articles", "-k", "good").assert_outcomes(passed=1)
    (articles.path / "articles" / "wrong-again.txt").write_text(WRONG_WEEKDAY, encoding="utf-8")
    run(articles, "--factcheck", "articles", "-x", "-p", "no:randomly").assert_outcomes(passed=1, failed=1)
    run(articles, "--factcheck", "articles", "-m", "factcheck").assert_outcomes(passed=1, failed=2)


def test_junitxml_records_the_failure(articles):
    from lxml import etree

    run(articles, "--factcheck", "articles", "--junitxml", "out.xml")
    doc = etree.parse(str(articles.path / "out.xml"))
    (failure,) = doc.iter("failure")
    assert "21 April 2024 is a Sunday, not a Monday" in failure.text
    assert len(list(doc.iter("testcase"))) == 2


def test_configuration_comes_from_tool_factcheck(articles):
    articles.makepyprojecttoml('[tool.factcheck]\nignore = ["date.weekday-mismatch"]\n')
    run(articles, "--factcheck", "articles").assert_outcomes(passed=2)


def test_findings_below_fail_on_are_reported_but_pass(articles):
    articles.makepyprojecttoml('[tool.factcheck]\nfail-on = "never"\n')
    result = run(articles, "--factcheck", "articles", "-rA")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["*Captured factcheck call*", "*21 April 2024 is a Sunday, not a Monday*"])


def test_a_bad_configuration_is_a_collection_error_naming_the_key(articles):
    articles.makepyprojecttoml('[tool.factcheck]\nfail-on = "sometimes"\n')
    result = run(articles, "--factcheck", "articles")
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stdout.fnmatch_lines(["*pyproject.toml: fail-on*"])


def test_a_corpus_gives_one_item_per_record_and_unreadable_lines_fail(pytester):
    (pytester.path / "wire.jsonl").write_text(
        '{"id": "r1", "published": "2024-04-21", "text": "On Monday, 21 April 2024, it rained."}\n'
        "not json\n"
        '{"id": "r2", "published": "2024-04-21", "text": "On Sunday, 21 April 2024, it rained."}\n'
        '{"id": "r2", "published": "2024-04-21", "text": "Same id again."}\n', encoding="utf-8")
    result = run(pytester, "--factcheck", "wire.jsonl", "-v")
    result.stdout.fnmatch_lines(["*wire.jsonl::r1 FAILED*", "*wire.jsonl::line-2 FAILED*", "*wire.jsonl::r2 PASSED*",
                                 "*wire.jsonl::r2~2 PASSED*"])
    result.stdout.fnmatch_lines(["*cannot read wire.jsonl:2: not a JSON object*"])


def test_runs_in_parallel_with_xdist(articles, monkeypatch):
    pytest.importorskip("xdist", reason="pytest-xdist is not installed")
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    result = articles.runpytest_subprocess(*LOAD, "--factcheck", "articles", "-n", "2", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["FAILED articles/wrong-weekday.txt::wrong-weekday.txt*"])


def test_installed_through_its_entry_point():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["entry-points"]["pytest11"] == {"factcheck": "checker.plugin"}
    if _installed():
        (ep,) = [e for e in importlib.metadata.entry_points(group="pytest11") if e.value == "checker.plugin"]
        assert ep.name == "factcheck" and hasattr(ep.load(), "pytest_collect_file")


def test_importing_the_plugin_imports_nothing_of_factcheck():
    """Every pytest run imports the plugin once the package is installed: it must stay light."""
    code = "import sys, checker.plugin; print(sorted(m for m in sys.modules if m.startswith(('claims', 'checker.'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "['checker.plugin']"
