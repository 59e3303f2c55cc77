"""GitHub Actions workflow commands, parsed back the way the Actions runner parses them."""

from __future__ import annotations

import io
import re

from hypothesis import given, settings, strategies as st
from report_samples import SEED, clean_result, record_result, seed_result, unreadable_result

from checker.findings import ArticleResult, Finding, Severity
from checker.report import writer_for
from checker.report.github import GitHubWriter, command
from claims.model import Article

# The runner's grammar: ::name key=value,key=value::data, one command a line.
COMMAND = re.compile(r"^::(?P<name>[a-z-]+)(?: (?P<props>[^:]*))?::(?P<data>.*)$")


def unescape_data(s: str) -> str:
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def unescape_prop(s: str) -> str:
    return unescape_data(s.replace("%3A", ":").replace("%2C", ","))


def parse(line: str) -> tuple[str, dict, str] | None:
    m = COMMAND.match(line)
    if not m:
        return None
    props = {}
    if m["props"]:
        for pair in m["props"].split(","):
            k, _, v = pair.partition("=")
            props[k] = unescape_prop(v)
    return m["name"], props, unescape_data(m["data"])


def github(*results: ArticleResult) -> list[str]:
    out = io.StringIO()
    w = GitHubWriter(out)
    w.start()
    for r in results:
        w.add(r)
    w.finish()
    return out.getvalue().splitlines()


def test_registered_as_github():
    assert writer_for("github") is GitHubWriter


def test_one_annotation_per_finding_then_the_summary():
    lines = github(seed_result(), clean_result())
    commands = [parse(line) for line in lines[:-1]]
    assert [c[0] for c in commands] == ["error", "warning", "notice"]
    assert lines[-1] == "2 articles checked, 1 error, 1 warning, 1 info"


def test_an_error_annotation_points_at_the_span():
    name, props, data = parse(github(seed_result())[0])
    assert name == "error"
    assert props == {"file": "news/mali.txt", "line": "1", "col": "3", "endLine": "1", "endColumn": "24",
                     "title": "date.weekday-mismatch"}
    assert data.splitlines() == ["21 April 2024 is a Sunday, not a Monday",
                                 "= 21 April 2024 is a Sunday in the Gregorian calendar",
                                 "fix: 21 April 2024, Sunday"]


def test_related_places_are_notes_in_the_message():
    _, props, data = parse(github(seed_result())[1])
    assert props["title"] == "date.relative-conflict" and props["line"] == "6"
    assert "note: news/mali.txt:6:32: the 2020 coup it counts from" in data.splitlines()


def test_unreadable_input_is_an_error_on_the_file():
    name, props, data = parse(github(unreadable_result())[0])
    assert name == "error" and props["file"] == "news/missing.txt"
    assert data == "news/missing.txt: no such file or directory"


def test_a_json_lines_record_annotates_the_file_without_a_line():
    _, props, data = parse(github(record_result())[0])
    assert props == {"file": "corpus/wire.jsonl", "title": "date.weekday-mismatch"}
    assert data.startswith("corpus/wire.jsonl#42:1:3: ")


def test_an_article_cannot_inject_a_workflow_command():
    text = SEED + "x\n::add-mask::secret\n::error file=evil::boom"
    art = Article(id="x", source="a,b:c.txt", text=text)
    f = Finding("bad\n::set-output name=x::y", len(SEED), len(text), evidence=["%0A::warning::z"],
                rule="date.weekday-mismatch", severity=Severity.ERROR)
    lines = github(ArticleResult("a,b:c.txt", art, None, [f], []))
    assert len(lines) == 2  # one command and the summary: nothing broke out onto a line of its own
    name, props, data = parse(lines[0])
    assert props["file"] == "a,b:c.txt"
    assert data == "bad\n::set-output name=x::y\n= %0A::warning::z"


@settings(max_examples=100, deadline=None)
@given(message=st.text(), level=st.sampled_from(["error", "warning", "notice"]), file=st.text(),
       line=st.integers(1, 10**6))
def test_escaping_round_trips(message, level, file, line):
    out = command(level, message, file=file, line=line, title="r")
    assert "\n" not in out and "\r" not in out
    assert parse(out) == (level, {"file": file, "line": str(line), "title": "r"}, message)
