"""The readers' registry: every input format is one module behind one declared interface."""

from __future__ import annotations

import subprocess
import sys
import types
from datetime import date

import pytest

import claims.read as read
from claims.model import Article
from claims.read import EXTENSIONS, PROSE_FORMATS, READERS, Reader, format_of, read_path
from conftest import ROOT


@pytest.mark.parametrize("reader", READERS.values(), ids=list(READERS))
def test_each_registered_reader_implements_one_of_the_two_interfaces(reader):
    module = reader.load()
    assert hasattr(module, "read") != hasattr(module, "stream"), (
        f"{reader.module} must define read (one document a file) or stream (a corpus), not both")
    assert reader.suffixes and all(s.startswith(".") and s == s.lower() for s in reader.suffixes)
    assert module.__doc__, f"{reader.module} says what it reads"


def test_no_two_readers_claim_a_suffix():
    claimed = [s for r in READERS.values() for s in r.suffixes]
    assert len(claimed) == len(set(claimed)) == len(EXTENSIONS)


def test_the_suffix_picks_the_reader_and_anything_else_is_plain_text():
    assert format_of("a/story.MD") == "markdown" and format_of("feed.ndjson") == "jsonl"
    assert format_of("notes.rst") == "text" and format_of("notes.rst", default="") == ""
    assert PROSE_FORMATS == ("text", "markdown", "html")


def test_a_reader_module_is_imported_only_when_its_format_is_read(tmp_path):
    """A run over plain text never pays for lxml or markdown-it (a fresh interpreter, so the
    other tests' imports do not count)."""
    path = tmp_path / "a.txt"
    path.write_text("Prices rose.\n", encoding="utf-8")
    probe = ("import sys; from claims.read import read_path; [a] = read_path(sys.argv[1]); "
             "print(a.format, *(m in sys.modules for m in ('claims.read.html', 'lxml', 'claims.read.markdown')))")
    out = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True, text=True, check=True,
                         cwd=ROOT).stdout
    assert out.split() == ["text", "False", "False", "False"]


def test_a_new_format_is_one_module_and_one_registry_line(tmp_path, monkeypatch):
    """The documented way to add an input format (README, "How to add an input format")."""
    module = types.ModuleType("fake_reader")
    module.__doc__ = "Shouted text: a format that reads its words in lower case."

    def read_shouted(text: str, *, source: str, published: date | None = None, article_id: str | None = None):
        return Article(article_id or "shout", source, text.lower(), format="shout")

    module.read = read_shouted
    monkeypatch.setitem(sys.modules, "fake_reader", module)
    monkeypatch.setitem(READERS, "shout", Reader("shout", (".shout",), "fake_reader"))
    monkeypatch.setitem(EXTENSIONS, ".shout", "shout")
    (tmp_path / "a.shout").write_text("PRICES ROSE ON 3 MAY 2021.\n", encoding="utf-8")

    assert read.expand_paths([str(tmp_path)])[0] == [str(tmp_path / "a.shout")]
    [article] = read_path(str(tmp_path / "a.shout"))
    assert (article.format, article.text) == ("shout", "prices rose on 3 may 2021.\n")
    assert read.article_from_text("LOUD", fmt="shout").text == "loud"
