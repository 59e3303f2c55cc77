"""How machine-readable reports name files, articles and findings."""

from __future__ import annotations

import re

from hypothesis import given, strategies as st
from lxml import etree
from report_samples import record_result, seed_result, unreadable_result

from checker.report.artifacts import Artifact, ArtifactNamer, dotted_name, finding_key, unicode_safe, xml_safe


def test_a_file_under_the_root_is_named_relative_with_forward_slashes(tmp_path):
    namer = ArtifactNamer(tmp_path)
    assert namer.name(seed_result(str(tmp_path / "a" / "b.txt"))) == Artifact("a/b.txt", None, True, False)
    assert namer.name(seed_result("a/./b.txt")).path == "a/b.txt"


def test_a_file_outside_the_root_keeps_its_absolute_path(tmp_path):
    art = ArtifactNamer(tmp_path / "repo").name(seed_result(str(tmp_path / "elsewhere.txt")))
    assert art.path == (tmp_path / "elsewhere.txt").as_posix() and art.absolute


def test_a_corpus_record_names_the_file_and_the_record_but_not_lines(tmp_path):
    art = ArtifactNamer(tmp_path).name(record_result("corpus/wire.jsonl", "7"))
    assert art == Artifact("corpus/wire.jsonl", "7", False, False)


def test_standard_input_has_no_path(tmp_path):
    assert ArtifactNamer(tmp_path).name(seed_result("<stdin>")).path is None


def test_an_unreadable_file_is_still_named(tmp_path):
    assert ArtifactNamer(tmp_path).name(unreadable_result("x/y.md")).path == "x/y.md"


def test_dotted_names_read_like_pytest_module_names():
    assert dotted_name(Artifact("news/2024/mali.txt", None, True, False), "") == "news.2024.mali_txt"
    assert dotted_name(Artifact("wire.jsonl", "r 42", False, False), "") == "wire_jsonl.r_42"
    assert dotted_name(Artifact(None, None, True, False), "") == "stdin"


@given(st.text(), st.none() | st.text())
def test_dotted_names_are_never_empty_and_only_safe_characters(path, record):
    name = dotted_name(Artifact(path or None, record, True, False), "")
    assert name and re.fullmatch(r"[A-Za-z0-9_\-]+(\.[A-Za-z0-9_\-]+)*", name)


@given(st.text())
def test_naming_any_source_never_raises(source):
    ArtifactNamer("/tmp").name(unreadable_result(source))


@given(st.text())
def test_xml_safe_keeps_offsets_and_is_always_serializable(text):
    safe = xml_safe(text)
    assert len(safe) == len(text)
    el = etree.Element("x")
    el.text = safe
    el.set("a", safe)
    back = etree.fromstring(etree.tostring(el))
    assert (back.text or "") == safe and back.get("a") == safe


@given(st.text())
def test_unicode_safe_always_encodes(text):
    unicode_safe(text).encode("utf-8")


def test_finding_keys_ignore_the_line_number_and_whitespace():
    a, b = seed_result(), seed_result(text="\n\n\n" + seed_result().article.text.replace("Set up", "Set  up"))
    fa = a.findings[0]
    fb = b.findings[0]
    fb.start, fb.end = fa.start + 3, fa.end + 3
    assert finding_key(a, fa, "| 21 April 2024, Monday |", None) == finding_key(b, fb, "| 21 April 2024,  Monday |",
                                                                                 None)
    assert finding_key(a, fa, "x", None) != finding_key(a, fa, "x", "record-2")
