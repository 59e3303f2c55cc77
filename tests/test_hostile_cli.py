"""Hostile input and hostile conditions at the command line (issue 6): one bad input costs only
itself, every failure is one line and an exit code (never a traceback), reports are written
whole or not at all, Ctrl-C and SIGTERM stop cleanly, and the same input gives the same bytes."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from checker.cli import main
from checker.report import WRITERS
from schemas import validator

ROOT = Path(__file__).resolve().parent.parent
BROKEN = "21 April 2024, Monday\n\nHeadline\n\nEarlier this year in December, the ministry spoke.\n"

#: name -> bytes: each must be refused (or read) with a one-line reason, never a traceback.
HOSTILE = {
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "utf16-no-bom.md": "No BOM here.".encode("utf-16-le"),
    "bad-bom.txt": b"\xff\xfea\x00\x00\xd8",
    "deep.json": b"[" * 100_000,
    "nan.json": b'{"version": 1, "article": {"id": "a", "source": "s", "published": null}, "claims": [NaN]}',
    "dup.json": b'{"version": 1, "version": 1, "article": {}, "claims": []}',
    "not-json.json": b"{'single': 'quotes'}",
    "empty.json": b"",
    "deep.jsonl": b"[" * 100_000 + b"\n" + b'{"id": "fine", "text": "' + BROKEN.encode().replace(b"\n", b"\\n") + b'"}\n',
    "surrogate.jsonl": b'{"id": "s\\ud800", "text": "On \\udfff ' + BROKEN.encode().replace(b"\n", b"\\n") + b'"}\n',
    "deep.html": b"<div>" * 100_000,
    "xxe.xhtml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><html><p>&e;</p></html>',
    "cp1252.txt": b"Caf\xe9 \x93news\x94 on 21 April 2024, Monday.\n",
    "controls.txt": b"\x1b]0;title\x07\x1b[2J" + BROKEN.encode(),
}
UNREADABLE = {"binary.txt", "utf16-no-bom.md", "bad-bom.txt", "deep.json", "nan.json", "dup.json", "not-json.json",
              "empty.json"}


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def cli(*argv, env=None, **kw):
    """factcheck in a child process, from this work tree."""
    env = dict(os.environ if env is None else env, PYTHONPATH=str(ROOT))
    kw.setdefault("stdout", subprocess.PIPE)
    kw.setdefault("stderr", subprocess.PIPE)
    return subprocess.run([sys.executable, "-m", "checker", *map(str, argv)], env=env, cwd=ROOT, timeout=120, **kw)


@pytest.fixture
def hostile(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for name, data in HOSTILE.items():
        (d / name).write_bytes(data)
    (d / "good.txt").write_text(BROKEN, encoding="utf-8")
    return d


# -- one bad input costs only itself ------------------------------------------------------------


def test_every_hostile_input_is_one_line_and_the_good_ones_are_still_checked(hostile):
    proc = cli("check", hostile)
    out, err = proc.stdout.decode(), proc.stderr.decode()
    assert proc.returncode == 2, err
    assert "Traceback" not in out + err
    for name in UNREADABLE:
        [line] = [ln for ln in out.splitlines() if ln.startswith(str(hostile / name) + ": error: ")]
        assert len(line) < 300
    assert f"{hostile / 'good.txt'}:1:1: error date.weekday-mismatch" in out
    assert f"{hostile / 'deep.jsonl'}#fine:1:1: error date.weekday-mismatch" in out  # the record after the bad one
    assert "reading-note while reading this file: not valid UTF-8" in out
    assert "\x1b" not in out and "root:x:0:0" not in out  # no escape sequence shown, /etc/passwd never read


@pytest.mark.parametrize("fmt", sorted(set(WRITERS) - {"text"}))
def test_every_report_format_records_the_unreadable_inputs(hostile, tmp_path, fmt):
    report = tmp_path / f"report.{fmt}"
    proc = cli("check", "--format", fmt, "-o", report, hostile)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "Traceback" not in err
    for name in UNREADABLE:  # one line each on standard error, naming the file
        assert f"factcheck: error: {hostile / name}: " in err
    body = report.read_text(encoding="utf-8")
    if fmt == "json":
        doc = json.loads(body)
        assert not list(validator("report").iter_errors(doc))
        errors = {a["source"] for a in doc["articles"] if "error" in a}
        assert {str(hostile / n) for n in UNREADABLE} <= errors
        assert any(f["rule"] == "date.weekday-mismatch" for a in doc["articles"] for f in a["findings"])
    elif fmt == "junit":
        assert body.count("<error") >= len(UNREADABLE) and "date.weekday-mismatch" in body
    else:
        assert str(hostile / "good.txt").split("/")[-1] in body


def test_extract_and_validate_survive_hostile_documents(hostile, capsys):
    code, out, err = run(capsys, "extract", hostile)
    assert code == 2 and "good" in out
    assert all(json.loads(line)["version"] == 1 for line in out.splitlines())
    docs = [hostile / n for n in ("deep.json", "nan.json", "dup.json", "not-json.json", "empty.json")]
    code, out, err = run(capsys, "validate", *docs, hostile / "missing.json")
    assert code == 2
    assert f"{hostile / 'deep.json'}: invalid: nested 100000 levels deep" in out
    assert f"{hostile / 'nan.json'}: invalid: not JSON: NaN is not a JSON number" in out
    assert f"{hostile / 'dup.json'}: invalid: duplicate key 'version'" in out
    assert f"{hostile / 'missing.json'}: error: no such file" in err


def test_validate_refuses_a_document_over_the_size_limit(tmp_path, capsys):
    p = tmp_path / "big.json"
    p.write_text("[" + "1," * 1000 + "1]")
    code, _, err = run(capsys, "validate", "--max-bytes", "100", p)
    assert code == 2 and "larger than the limit of 100" in err


def test_an_article_that_takes_too_long_is_an_error_and_the_run_goes_on(tmp_path, capsys, monkeypatch):
    from checker import engine

    (tmp_path / "a-slow.txt").write_text("Slow.", encoding="utf-8")
    (tmp_path / "b-broken.txt").write_text(BROKEN, encoding="utf-8")
    real = engine.check_article

    def slow_for_one(item, config=None):
        if item.source.endswith("a-slow.txt"):
            time.sleep(30)
        return real(item, config)

    monkeypatch.setattr(engine, "check_article", slow_for_one)
    t0 = time.perf_counter()
    code, out, _ = run(capsys, "check", "--timeout", "0.3", tmp_path)
    assert time.perf_counter() - t0 < 10
    assert code == 2
    assert "a-slow.txt: error: not checked: took longer than the limit of 0.3 s (see --timeout)" in out
    assert "b-broken.txt:1:1: error date.weekday-mismatch" in out


@pytest.mark.parametrize("value", ["-1", "nan", "inf", "soon"])
def test_a_bad_timeout_is_a_usage_error(tmp_path, capsys, value):
    assert run(capsys, "check", "--timeout", value, tmp_path)[0] == 2


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31", "0999-12-31"])
def test_a_placeholder_publication_date_is_a_usage_error(tmp_path, capsys, value):
    code, _, err = run(capsys, "check", "--published", value, tmp_path)
    assert code == 2 and "not a publication date (years 1000 to 2999)" in err


# -- reports: whole or not at all ---------------------------------------------------------------


def leftovers(directory):
    return [f for f in os.listdir(directory) if f.startswith(".factcheck-")]


@pytest.mark.parametrize("target, reason", [
    ("missing/dir/report.json", "no such file or directory"),
    (".", "it is a directory"),
])
def test_an_unwritable_report_is_exit_2_with_a_message(tmp_path, capsys, target, reason):
    (tmp_path / "a.txt").write_text(BROKEN)
    code, _, err = run(capsys, "check", "-o", tmp_path / target, tmp_path / "a.txt")
    assert code == 2 and f"cannot write {tmp_path / target}: {reason}" in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_report_in_a_read_only_directory_is_exit_2(tmp_path, capsys):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    (tmp_path / "a.txt").write_text(BROKEN)
    code, _, err = run(capsys, "check", "-o", ro / "r.txt", tmp_path / "a.txt")
    assert code == 2 and "permission denied" in err


def test_a_full_disk_is_exit_2_and_never_replaces_the_device(tmp_path):
    full = Path("/dev/full")
    if not full.exists() or not stat.S_ISCHR(full.stat().st_mode):
        pytest.skip("needs the /dev/full character device")
    (tmp_path / "a.txt").write_text(BROKEN)
    proc = cli("check", "-o", full, tmp_path / "a.txt")
    assert proc.returncode == 2 and b"cannot write /dev/full: no space left on device" in proc.stderr
    assert stat.S_ISCHR(full.stat().st_mode)
    with open(full, "wb") as stdout:
        proc = cli("check", tmp_path / "a.txt", stdout=stdout)
    assert proc.returncode == 2 and b"cannot write standard output: no space left on device" in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_a_named_pipe_is_written_as_a_stream_and_stays_a_pipe(tmp_path, capsys):
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    (tmp_path / "a.txt").write_text(BROKEN)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    code, _, _ = run(capsys, "check", "--format", "json", "-o", fifo, tmp_path / "a.txt")
    reader.join(10)
    assert code == 1 and json.loads(got[0])["summary"]["errors"] == 2
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_symbolic_link_is_written_through(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(BROKEN)
    real = tmp_path / "reports" / "real.json"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    run(capsys, "check", "--format", "json", "-o", link, tmp_path / "a.txt")
    assert link.is_symlink() and json.loads(real.read_text())["summary"]["articles"] == 1
    assert leftovers(real.parent) == []


def test_a_report_gets_ordinary_permissions(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(BROKEN)
    old = os.umask(0o022)
    try:
        run(capsys, "check", "-o", tmp_path / "r.txt", tmp_path / "a.txt")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "r.txt").st_mode) == 0o644


def test_a_report_that_would_overwrite_an_input_is_refused(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(BROKEN)
    code, _, err = run(capsys, "check", "-o", article, article)
    assert code == 2 and "would overwrite the input" in err and article.read_text() == BROKEN
    (tmp_path / "r.json").write_text("{}")
    code, _, err = run(capsys, "check", "--format", "json", "-o", tmp_path / "r.json", tmp_path)
    assert code == 2 and "inside the input directory" in err
    code, _, err = run(capsys, "check", "-o", tmp_path / "x.txt", "--report", f"json={tmp_path / 'x.txt'}", article)
    assert code == 2 and "two reports would be written to" in err


def test_a_failure_half_way_leaves_no_report(tmp_path, capsys, monkeypatch):
    from checker import engine

    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(BROKEN)
    out = tmp_path / "out"
    out.mkdir()
    real = engine.check_paths

    def interrupted(*args, **kw):
        for n, result in enumerate(real(*args, **kw)):
            if n == 1:
                raise KeyboardInterrupt
            yield result

    monkeypatch.setattr(engine, "check_paths", interrupted)
    code, _, err = run(capsys, "check", "-o", out / "r.txt", "--report", f"json={out / 'r.json'}", tmp_path)
    assert code == 130 and "interrupted" in err
    assert os.listdir(out) == []


@pytest.mark.parametrize("jobs, sig, group", [
    (1, signal.SIGINT, True),   # Ctrl-C at a terminal: the whole process group
    (2, signal.SIGINT, True),   # ... workers included
    (2, signal.SIGTERM, True),  # a CI runner cancelling the job
    (1, signal.SIGTERM, False),
])
def test_a_real_interrupt_stops_cleanly_with_no_partial_report(tmp_path, jobs, sig, group):
    corpus = tmp_path / "corpus.jsonl"
    record = BROKEN.replace("\n", "\\n")
    corpus.write_text("".join(f'{{"id": "{i}", "text": "{record}"}}\n' for i in range(40_000)))
    out = tmp_path / "out"
    out.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "checker", "check", "--jobs", str(jobs), "--format", "json",
                             "-o", str(out / "r.json"), str(corpus)], cwd=ROOT, start_new_session=True,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while not leftovers(out) and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.02)
        time.sleep(0.3)  # well into the run
        assert proc.poll() is None, "the run ended before it could be interrupted"
        (os.killpg if group else os.kill)(proc.pid, sig)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 128 + sig
    assert b"Traceback" not in err and (b"interrupted" if sig == signal.SIGINT else b"terminated") in err
    assert os.listdir(out) == []


def test_a_closed_pipe_stops_quietly(tmp_path):
    for i in range(200):
        (tmp_path / f"a{i}.txt").write_text(BROKEN)
    proc = subprocess.Popen([sys.executable, "-m", "checker", "check", str(tmp_path)], cwd=ROOT,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    proc.wait(60)
    assert b"Traceback" not in err and b"Exception ignored" not in err


def test_a_terminal_that_cannot_show_the_text_gets_escapes_not_a_traceback(tmp_path):
    (tmp_path / "a.txt").write_text("Café 山田 " + BROKEN, encoding="utf-8")
    proc = cli("check", tmp_path / "a.txt", env=dict(os.environ, PYTHONIOENCODING="ascii"))
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr
    assert b"Caf\\xe9 \\u5c71\\u7530" in proc.stdout


# -- the same input gives the same bytes --------------------------------------------------------


@pytest.mark.parametrize("fmt", sorted(set(WRITERS) - {"junit", "html"}))  # JUnit records times; HTML is for people
def test_the_same_input_gives_byte_identical_output_whatever_the_hash_seed_or_jobs(hostile, tmp_path, fmt):
    outputs = []
    for seed, jobs in (("1", 1), ("2", 1), ("3", 2)):
        report = tmp_path / f"r{seed}"
        proc = cli("check", "--format", fmt, "--jobs", jobs, "-o", report, hostile, ROOT / "examples",
                   env=dict(os.environ, PYTHONHASHSEED=seed))
        assert proc.returncode == 2, proc.stderr
        outputs.append(report.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]  # three runs, seconds apart: no clock in the output


# -- the worker pool ----------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform != "linux", reason="the workers must be forked to inherit the patch")
def test_a_worker_that_dies_costs_only_the_article_that_killed_it(tmp_path, monkeypatch):
    from checker import engine

    for i in range(40):
        (tmp_path / f"a{i:02}.txt").write_text(BROKEN)
    (tmp_path / "a17-poison.txt").write_text(BROKEN)
    real = engine.check_article

    def deadly(item, config=None):
        if item.source.endswith("poison.txt"):
            os.kill(os.getpid(), signal.SIGKILL)  # the OOM killer, say
        return real(item, config)

    monkeypatch.setattr(engine, "check_article", deadly)
    results = list(engine.check_paths([str(tmp_path)], jobs=2))
    assert [r.source for r in results] == sorted(str(p) for p in tmp_path.iterdir())
    [dead] = [r for r in results if r.error]
    assert dead.source.endswith("a17-poison.txt")
    assert dead.error == "not checked: the worker process checking it died (killed by signal 9)"
    assert all(any(f.rule == "date.weekday-mismatch" for f in r.findings) for r in results if r is not dead)


def test_leaving_a_pooled_run_early_leaves_no_worker_behind(tmp_path):
    import multiprocessing

    from checker import engine

    for i in range(100):
        (tmp_path / f"a{i:03}.txt").write_text(BROKEN)
    run_ = engine.check_paths([str(tmp_path)], jobs=2)
    assert next(run_).error is None
    run_.close()  # what KeyboardInterrupt in the consumer does to the generator
    assert multiprocessing.active_children() == []


def test_a_hostile_configuration_file_among_the_inputs_costs_its_files_not_the_run(tmp_path, capsys):
    hostile = tmp_path / "archive"
    hostile.mkdir()
    (hostile / ".factcheck.toml").write_text("a = " + "[" * 100_000)
    (hostile / "a.txt").write_text(BROKEN)
    (tmp_path / "b.txt").write_text(BROKEN)
    code, out, err = run(capsys, "check", hostile / "a.txt", tmp_path / "b.txt")
    assert code == 2 and "Traceback" not in err
    assert f"{hostile / 'a.txt'}: error: configuration: a configuration file is nested too deeply to read" in out
    assert f"{tmp_path / 'b.txt'}:1:1: error date.weekday-mismatch" in out
    code, _, err = run(capsys, "check", "--config", hostile / ".factcheck.toml", tmp_path / "b.txt")
    assert code == 2 and "nested too deeply" in err
    assert run(capsys, "check", "--no-config", hostile / "a.txt")[0] == 1
