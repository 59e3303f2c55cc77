"""``factcheck serve``'s own JSON API (/api/check, /api/extract) and the guarantees that make it
safe to run for a newsroom: size and time limits, a bounded number of checks, a token, no
CORS unless asked, an access log, and hostile requests that cost only themselves. Every test
talks to a real server process over loopback HTTP."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest
from serve_server import DRAFT, ROOT, SLIP, Server, module_server, needs_server_extra

httpx = pytest.importorskip("httpx", reason="the server tests need httpx: pip install -e '.[test]'")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    yield from module_server(tmp_path_factory)


def api(server, path, body, **kw):
    return httpx.post(server.url + path, json=body, timeout=60, **kw)


def report_of(article: dict) -> dict:
    """An article object inside a whole JSON report, to validate it with the report's schema."""
    return {"version": 1, "tool": {"name": "factcheck", "version": "0"}, "articles": [article],
            "summary": {"articles": 1, "errors": 0, "warnings": 0, "infos": 0, "unreadable": 0}}


# -- the JSON API -------------------------------------------------------------------------------------


def test_check_answers_the_json_reports_article_object(server, tmp_path, capsys):
    from checker.cli import main
    from schemas import validator

    article = api(server, "/api/check", {"text": DRAFT}).json()
    validator("report").validate(report_of(article))
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--fail-on", "never", "--no-config"])
    expected = json.loads(capsys.readouterr().out)["articles"][0]
    assert article["findings"] == expected["findings"]
    assert article["rules"] == expected["rules"]


def test_extract_answers_a_valid_claims_document(server):
    from claims.document import validate

    doc = api(server, "/api/extract", {"text": DRAFT}).json()
    assert validate(doc) == []
    assert any(c["text"] == SLIP for c in doc["claims"])


@pytest.mark.parametrize("fmt, text", [
    ("markdown", "---\ndate: 2024-03-07\n---\n# Timetable\n\nThe change starts on *Saturday, 10 March 2024*.\n"),
    ("html", "<html><head><meta property='article:published_time' content='2024-03-07'></head>"
             "<body><p>The change starts on <b>Saturday, 10 March 2024</b>.</p></body></html>"),
])
def test_markdown_and_html_drafts_are_read_as_the_command_line_reads_them(server, fmt, text):
    article = api(server, "/api/check", {"text": text, "format": fmt}).json()
    assert article["published"] == "2024-03-07"
    assert [f["rule"] for f in article["findings"]] == ["date.weekday-mismatch"]


def test_the_publication_date_is_the_drafts_else_the_field_else_today(server):
    undated = "The council met on Tuesday.\n"
    assert api(server, "/api/check", {"text": undated, "published": "2024-03-07"}).json()["published"] == "2024-03-07"
    assert api(server, "/api/check", {"text": undated}).json()["published"] == date.today().isoformat()
    assert api(server, "/api/check", {"text": DRAFT, "published": "2025-01-01"}).json()["published"] == "2024-03-07"


def test_select_and_ignore_choose_the_rules(server):
    rules = lambda **kw: api(server, "/api/check", {"text": DRAFT, **kw}).json()["rules"]  # noqa: E731
    assert rules(select=["date.*"]) and all(r.startswith("date.") for r in rules(select=["date.*"]))
    assert "date.weekday-mismatch" not in rules(ignore="date.weekday-mismatch,number.*")


@pytest.mark.parametrize("body, reason", [
    ({}, "'text'"),
    ({"text": 3}, "'text'"),
    ({"text": "x", "format": "pdf"}, "'format'"),
    ({"text": "x", "published": "2024-3-7"}, "'published'"),
    ({"text": "x", "published": "9999-12-31"}, "'published'"),
    ({"text": "x", "select": ["nothing.like-this"]}, "no rule matches"),
    ({"text": "x", "ignore": [1]}, "'ignore'"),
    ([1, 2], "JSON object"),
])
def test_a_bad_request_is_a_400_with_the_reason(server, body, reason):
    r = api(server, "/api/check", body)
    assert r.status_code == 400
    assert reason in r.json()["error"]


@pytest.mark.parametrize("raw, reason", [
    (b"{", "not a JSON object"),
    (b'{"text": "a", "text": "b"}', "duplicate"),
    (b'{"text": NaN}', "NaN"),
    (b"[" * 200_000, "nested"),
    (b'{"text": "caf\xe9"}', "not UTF-8"),
])
def test_an_unreadable_body_is_a_400_with_the_reason(server, raw, reason):
    r = httpx.post(server.url + "/api/check", content=raw, headers={"content-type": "application/json"}, timeout=30)
    assert r.status_code == 400
    assert reason in r.json()["error"]


# -- limits -----------------------------------------------------------------------------------------------


def test_a_body_over_the_size_limit_is_a_413_with_a_message(server):
    big = {"text": "word " * 300_000}
    r = api(server, "/api/check", big)
    assert r.status_code == 413 and "limit is 1048576 bytes" in r.json()["error"]

    def chunks():  # no Content-Length: counted as it streams
        for _ in range(40):
            yield b"x" * 65536

    r = httpx.post(server.url + "/v2/check", content=chunks(), timeout=30,
                   headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413 and "too large" in r.text


def test_a_check_past_the_time_limit_is_a_504_and_the_worker_goes_on(tmp_path):
    s = Server("--time-limit", "0.05", tmp=tmp_path)
    try:
        long_draft = DRAFT + ("On Monday, 4 March 2024, the board met for three hours. " * 2000)
        r = httpx.post(s.url + "/api/check", json={"text": long_draft}, timeout=60)
        assert r.status_code == 504 and "limit of 0.05 s" in r.json()["error"]
        r = httpx.post(s.url + "/v2/check", data={"text": DRAFT, "language": "en-US"}, timeout=60)
        assert r.status_code == 200 and r.json()["matches"]
    finally:
        s.stop()


def test_a_body_that_trickles_in_is_a_408_and_holds_up_no_one(tmp_path):
    import socket
    import time

    s = Server("--read-timeout", "1", tmp=tmp_path)
    try:
        host, port = s.url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=10) as slow:
            slow.sendall(b"POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         b"Content-Length: 1000\r\n\r\n{\"text\": \"")  # and then nothing more
            t0 = time.monotonic()
            assert api(s, "/api/check", {"text": DRAFT}).status_code == 200  # meanwhile
            answer = b""
            while b"did not arrive" not in answer and (chunk := slow.recv(4096)):
                answer += chunk
            answer = answer.decode()
            assert answer.startswith("HTTP/1.1 408") and "did not arrive within 1 s" in answer
            assert time.monotonic() - t0 < 10
    finally:
        s.stop()


def test_past_the_concurrency_bound_the_answer_is_503_at_once_never_a_pile_up(tmp_path):
    s = Server("--queue", "0", tmp=tmp_path)  # one worker, nothing waiting
    try:
        slow = {"text": DRAFT + ("On Monday, 4 March 2024, the board met for three hours. " * 600)}
        statuses: list[int] = []

        def one():
            statuses.append(httpx.post(s.url + "/api/check", json=slow, timeout=120).status_code)

        threads = [threading.Thread(target=one) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(set(statuses)) == [200, 503], statuses
        assert statuses.count(200) >= 1
        r = httpx.get(s.url + "/healthz", timeout=10).json()
        assert r["checks_in_flight"] == 0
        assert api(s, "/api/check", {"text": DRAFT}).status_code == 200
    finally:
        s.stop()


# -- hostile requests cost only themselves ------------------------------------------------------------------

HOSTILE = {
    "deep html": {"text": "<div>" * 100_000, "format": "html"},
    "entity bomb": {"text": '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;'
                            '&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><p>&c;&c;&c;</p>',
                    "format": "html"},
    "external entity": {"text": '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><p>&e;</p>', "format": "html"},
    "controls and lone surrogates": {"text": "\x1b]0;title\x07\x1b[2J\ud800 On Monday, 3 March 2024.\udfff"},
    "deep markdown": {"text": ">" * 50_000 + " a\n" + "- " * 20_000 + "b", "format": "markdown"},
    "numbers": {"text": " ".join(["1,000,000,000,000,000,000,000"] * 5000)},
    "binary": {"text": bytes(range(256)).decode("latin-1") * 200},
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_request_beside_a_normal_one_costs_only_itself(server, name):
    answers: dict[str, httpx.Response] = {}

    def send(key, body):
        # json.dumps escapes lone surrogates ("\\ud800"), as a JavaScript client would send them
        answers[key] = httpx.post(server.url + "/api/check", content=json.dumps(body), timeout=60,
                                  headers={"content-type": "application/json"})

    threads = [threading.Thread(target=send, args=("hostile", HOSTILE[name])),
               threading.Thread(target=send, args=("normal", {"text": DRAFT}))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    hostile, normal = answers["hostile"], answers["normal"]
    assert hostile.status_code in (200, 400, 413, 422, 504)
    assert "error" in hostile.json() if hostile.status_code != 200 else "findings" in hostile.json()
    assert "/etc/passwd" not in hostile.text and "root:" not in hostile.text
    assert normal.status_code == 200
    assert [f["rule"] for f in normal.json()["findings"]] == ["date.weekday-mismatch"]
    assert server.alive()
    assert not [line for line in server.stderr if "Traceback" in line]


def test_no_request_reads_a_file(server):
    for path in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/live.html/../../work.py", "/etc/passwd"):
        r = httpx.get(server.url + path, timeout=10)
        assert r.status_code == 404, path
    r = api(server, "/api/check", {"text": "x", "path": "/etc/passwd", "format": "text"})
    assert "root:" not in r.text


# -- the newsroom's settings --------------------------------------------------------------------------------


def test_every_answer_carries_a_strict_content_security_policy(server):
    for path in ("/", "/healthz", "/static/live.js", "/nowhere"):
        headers = httpx.get(server.url + path, timeout=10).headers
        assert "default-src 'none'" in headers["content-security-policy"]
        assert "'unsafe-inline'" not in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


def test_cors_is_off_unless_configured(server, tmp_path):
    origin = {"Origin": "https://newsroom.example"}
    r = httpx.post(server.url + "/api/check", json={"text": DRAFT}, headers=origin, timeout=30)
    assert "access-control-allow-origin" not in r.headers
    s = Server("--cors-origin", "https://newsroom.example", tmp=tmp_path)
    try:
        r = httpx.post(s.url + "/api/check", json={"text": DRAFT}, headers=origin, timeout=30)
        assert r.headers["access-control-allow-origin"] == "https://newsroom.example"
        r = httpx.post(s.url + "/api/check", json={"text": DRAFT}, headers={"Origin": "https://evil.example"},
                       timeout=30)
        assert "access-control-allow-origin" not in r.headers
    finally:
        s.stop()


def test_a_token_file_requires_the_token_on_every_check(tmp_path):
    token = "s3cret-newsroom-token-0123456789"
    (tmp_path / "token").write_text(token + "\n", encoding="utf-8")
    s = Server("--token-file", str(tmp_path / "token"), tmp=tmp_path)
    try:
        assert api(s, "/api/check", {"text": DRAFT}).status_code == 401
        assert api(s, "/api/check", {"text": DRAFT}, headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert api(s, "/api/check", {"text": DRAFT}, headers={"Authorization": f"Bearer {token}"}).status_code == 200
        lt = {"text": DRAFT, "language": "en-US"}
        assert httpx.post(s.url + "/v2/check", data=lt, timeout=30).status_code == 401
        assert httpx.post(s.url + "/v2/check", data={**lt, "apiKey": token}, timeout=30).status_code == 200
        assert httpx.get(s.url + "/healthz", timeout=10).status_code == 200
    finally:
        s.stop()


def test_the_access_log_is_one_json_line_per_request_without_the_text(tmp_path):
    s = Server(tmp=tmp_path)
    try:
        api(s, "/api/check", {"text": DRAFT})
        httpx.get(s.url + "/nowhere", timeout=10)
    finally:
        s.stop()
    entries = s.access_log()
    check = next(e for e in entries if e["path"] == "/api/check")
    assert check["status"] == 200 and check["method"] == "POST" and check["bytes_in"] > len(DRAFT)
    assert {"time", "client", "ms", "bytes_out"} <= set(check)
    assert any(e["path"] == "/nowhere" and e["status"] == 404 for e in entries)
    assert "Saturday" not in s.log_path.read_text(encoding="utf-8")


def test_a_worker_that_dies_costs_only_the_request_it_was_checking(tmp_path):
    import os
    import signal

    s = Server("--workers", "2", "--time-limit", "60", tmp=tmp_path)
    try:
        workers = [p for p in _children(s) if "spawn_main" in Path(f"/proc/{p}/cmdline").read_text()]
        assert len(workers) == 2
        slow = {"text": DRAFT + ("On Monday, 4 March 2024, the board met for three hours. " * 3000)}
        answers: dict[str, httpx.Response] = {}
        threads = [threading.Thread(target=lambda k=k: answers.update({k: api(s, "/api/check", slow)}))
                   for k in ("a", "b")]
        for t in threads:
            t.start()
        _wait_busy(workers)  # both drafts are being checked, one in each worker
        os.kill(workers[0], signal.SIGKILL)
        for t in threads:
            t.join()
        statuses = sorted(a.status_code for a in answers.values())
        assert statuses == [200, 500], statuses  # the other check went on to its answer
        died = next(a for a in answers.values() if a.status_code == 500)
        assert "worker process" in died.json()["error"]
        for _ in range(3):  # a fresh worker took the dead one's place
            assert api(s, "/api/check", {"text": DRAFT}).status_code == 200
        assert httpx.get(s.url + "/healthz", timeout=10).json()["checks_in_flight"] == 0
    finally:
        s.stop()


def _children(s: Server) -> list[int]:
    children = Path(f"/proc/{s.process.pid}/task/{s.process.pid}/children")
    if not children.exists():
        s.stop()
        pytest.skip("needs Linux's /proc/PID/task/PID/children to find the worker processes")
    return [int(p) for p in children.read_text().split()]


def _wait_busy(pids: list[int], within: float = 30.0) -> None:
    """Until every one of ``pids`` is using the CPU (a little will do: the machine may be loaded)."""
    import time

    def cpu(pid):
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime, in clock ticks

    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        before = {p: cpu(p) for p in pids}
        time.sleep(0.5)
        if all(cpu(p) - before[p] >= 3 for p in pids):
            return
    raise AssertionError("the workers never got busy")


def test_a_killed_server_leaves_no_worker_behind(tmp_path):
    import os
    import signal
    import time

    s = Server("--workers", "2", tmp=tmp_path)
    workers = _children(s)
    assert len(workers) >= 2  # the two workers (and multiprocessing's resource tracker)
    os.kill(s.process.pid, signal.SIGKILL)
    s.process.wait()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(Path(f"/proc/{w}").exists() and
                                              "zombie" not in _state(w) for w in workers):
        time.sleep(0.2)
    left = [w for w in workers if Path(f"/proc/{w}").exists() and "zombie" not in _state(w)]
    for w in left:  # not to leave them behind even when the test fails
        os.kill(w, signal.SIGKILL)
    assert left == []


def _state(pid: int) -> str:
    try:
        return next(line for line in Path(f"/proc/{pid}/status").read_text().splitlines() if line.startswith("State"))
    except (OSError, StopIteration):
        return "zombie"


# -- the command ------------------------------------------------------------------------------------------


def run_factcheck(*argv, code=""):
    return subprocess.run([sys.executable, "-c", code + "import sys; from checker.cli import main; "
                           f"sys.exit(main({list(argv)!r}))"],
                          capture_output=True, text=True, cwd=ROOT, timeout=60,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def test_without_the_server_extra_serve_names_it_and_exits_2():
    r = run_factcheck("serve", code="import sys; sys.modules['uvicorn'] = None; ")
    assert r.returncode == 2
    assert "pip install 'article-factcheck[server]'" in r.stderr
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize("argv, reason", [
    (["serve", "--token-file", "/nonexistent/token"], "cannot read the token file"),
    (["serve", "--port", "99999"], "not a port number"),
    (["serve", "--host", "203.0.113.9"], "cannot listen"),
    (["serve", "--workers", "0"], "at least 1"),
    (["serve", "--time-limit", "nan"], "number of seconds"),
    (["serve", "--read-timeout", "-1"], "number of seconds"),
    (["serve", "--queue", "many"], "invalid int value"),
])
def test_bad_server_options_are_one_line_and_exit_2(argv, reason):
    needs_server_extra()
    r = run_factcheck(*argv)
    assert r.returncode == 2 and reason in r.stderr and "Traceback" not in r.stderr


def test_the_other_commands_never_import_the_server():
    r = subprocess.run([sys.executable, "-c", "import sys; from checker.cli import main; main(['rules']); "
                        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('starlette', 'uvicorn', 'anyio') "
                        "or m.startswith('checker.serve')))"],
                       capture_output=True, text=True, cwd=ROOT, timeout=60, env={"PYTHONPATH": str(ROOT)})
    assert r.stdout.strip().splitlines()[-1] == "[]"
