"""The compiled-pattern cache (claims/regexcache.py): the same patterns, read back instead of
compiled again; only what modules compile as they are imported is kept; a damaged file or an
unwritable place changes nothing but the speed."""

from __future__ import annotations

import importlib
import marshal
import os
import re
import subprocess
import sys

import pytest

from claims import regexcache
from claims.quantities.base import alt
from claims.text import longest_first, phrase_alternatives


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """The cache with a table, a file and a record of its own, installed (as every run of
    factcheck has it)."""
    if regexcache._original is None:
        pytest.skip("this interpreter's re has no cache in front of it")
    monkeypatch.setattr(regexcache, "_table", {})
    monkeypatch.setattr(regexcache, "_new", {})
    monkeypatch.setattr(regexcache, "_used", set())
    monkeypatch.setattr(regexcache, "_path", tmp_path / "regex.marshal")
    monkeypatch.setattr(regexcache, "_OURS", (os.path.join(str(tmp_path), "ours", ""),))  # the modules kept
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    re.purge()
    yield regexcache
    re.purge()


def _import_patterns(tmp_path, monkeypatch, name: str, source: str, ours: bool = True):
    """Import a module compiling patterns: one of "ours" (a file where the cache keeps what is
    compiled), or another library's."""
    folder = tmp_path / ("ours" if ours else "theirs")
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.py").write_text(source, encoding="utf-8")
    monkeypatch.syspath_prepend(str(folder))
    return importlib.import_module(name)


def test_a_pattern_compiled_by_an_imported_module_is_kept_and_read_back_the_same(cache, tmp_path, monkeypatch):
    module = _import_patterns(tmp_path, monkeypatch, "rxc_sample_one",
                              'import re\nDATE = re.compile(r"(?P<day>\\d{1,2}) (?P<month>[A-Z][a-z]+)(?i: 20\\d\\d)?")\n')
    key = (module.DATE.pattern, 0)
    assert key in cache._new
    cache.save()
    assert (tmp_path / "regex.marshal").is_file()
    cache._table.clear()
    cache._table.update(cache._read(tmp_path / "regex.marshal"))
    re.purge()
    again = re.compile(module.DATE.pattern)
    assert key in cache._used  # read from the file, not compiled
    assert again == module.DATE
    assert again.groupindex == module.DATE.groupindex and again.flags == module.DATE.flags
    m = again.search("On 21 April 2024 it rained")
    assert m.group("day", "month") == ("21", "April") and m.span() == module.DATE.search("On 21 April 2024 it rained").span()


def test_a_pattern_compiled_while_checking_is_not_kept(cache):
    words = ["north", "south"]  # a pattern built from an article's words, after the imports
    re.compile(r"\b" + r"\s+".join(words) + r"\b")
    assert not cache._new
    cache.save()
    assert not cache._path.exists()


def test_a_pattern_another_library_compiles_is_not_kept(cache, tmp_path, monkeypatch):
    module = _import_patterns(tmp_path, monkeypatch, "rxc_sample_theirs", 'import re\nP = re.compile(r"x[yz]+")\n',
                              ours=False)
    assert module.P.search("axyzzb") and not cache._new


def test_our_modules_are_the_packages_beside_the_cache():
    here = os.path.dirname(os.path.abspath(regexcache.__file__))
    assert os.path.join(here, "") in regexcache._OURS
    assert os.path.join(os.path.dirname(here), "checker", "") in regexcache._OURS


def test_nothing_is_written_where_bytecode_is_not(cache, tmp_path, monkeypatch):
    _import_patterns(tmp_path, monkeypatch, "rxc_sample_two", 'import re\nP = re.compile(r"ab+c")\n')
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    cache.save()
    assert not cache._path.exists()


def test_a_damaged_or_foreign_file_is_read_as_empty(tmp_path):
    path = tmp_path / "regex.marshal"
    for content in (b"not marshal at all", marshal.dumps([1, 2, 3]),
                    marshal.dumps({"format": 1, "magic": -1, "table": {("a", 0): (0, b"", 0, {}, (None,))}})):
        path.write_bytes(content)
        assert regexcache._read(path) == {}
    assert regexcache._read(tmp_path / "missing") == {}


def test_a_program_the_engine_refuses_is_compiled_instead(cache):
    cache._table[("x+y", 0)] = (32, b"\xff\xff\xff\xff", 0, {}, (None,))
    assert re.compile("x+y").search("axxyb").group() == "xxy"
    assert ("x+y", 0) not in cache._table


def test_past_max_entries_only_what_this_run_used_is_written(cache, tmp_path, monkeypatch):
    used, stale = ("u", 0), ("s", 0)
    for key in (used, stale):  # two entries read from the file, one of them used in this run
        cache._table[key] = (32, b"", 0, {}, (None,))
    cache._used.add(used)
    _import_patterns(tmp_path, monkeypatch, "rxc_sample_three", 'import re\nP = re.compile(r"ab*c")\n')
    monkeypatch.setattr(regexcache, "MAX_ENTRIES", 3)  # at the limit: everything is kept
    cache.save()
    assert set(cache._read(cache._path)) == {used, stale, ("ab*c", 0)}
    monkeypatch.setattr(regexcache, "MAX_ENTRIES", 2)  # past it: what this run used, and the new
    _import_patterns(tmp_path, monkeypatch, "rxc_sample_four", 'import re\nP = re.compile(r"ab?c")\n')
    cache.save()
    assert set(cache._read(cache._path)) == {used, ("ab?c", 0)}


def test_phrases_of_one_length_come_in_alphabetical_order():
    assert sorted({"prior to", "after", "since", "before"}, key=longest_first) == ["prior to", "before", "after", "since"]
    assert phrase_alternatives({"b c", "a", "d", "ab"}) == r"b\s+c|ab|a|d"
    assert alt({"mln", "bln", "million"}) == "million|bln|mln"


def test_patterns_built_from_sets_are_the_same_whatever_the_hash_seed():
    """What makes a pattern the same text in every run, so the cache finds it (a set's order
    changes with PYTHONHASHSEED)."""
    probe = ("from claims.text import phrase_alternatives; from claims.quantities.base import alt; "
             "print(phrase_alternatives({'followed by', 'ahead of', 'prior to', 'after', 'until'})"
             " + alt({'dlrs', 'mln', 'bln', 'pct', 'yen'}))")
    outs = {subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": seed, "PYTHONPATH": str(regexcache.Path(__file__).parent.parent)}).stdout
            for seed in ("1", "2", "3")}
    assert len(outs) == 1
