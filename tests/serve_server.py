"""A real ``factcheck serve`` process for the server's tests: started on a free port (``--port
0``, the port read from its first line), ready once /healthz answers, stopped by its process
id. Tests talk to it over loopback HTTP, as any client would."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: A draft with a planted weekday slip: 10 March 2024 is a Sunday.
SLIP = "Saturday, 10 March 2024"
DRAFT = ("Thursday, 7 March 2024\n\nRail operator announces timetable change\n\n"
         f"The operator said the new timetable would start on {SLIP}, a week after the consultation closed.\n")


def needs_server_extra() -> None:
    for name in ("starlette", "uvicorn", "httpx"):
        pytest.importorskip(name, reason=f"the server tests need {name}: pip install -e '.[test]'")


class Server:
    def __init__(self, *options: str, tmp: Path):
        needs_server_extra()
        self.log_path = tmp / "access.log"
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "checker", "serve", "--port", "0", "--workers", "1",
             "--access-log", str(self.log_path), *options],  # a later --workers wins
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp)
        self.stderr: list[str] = []
        first = self.process.stderr.readline()
        self.stderr.append(first)
        threading.Thread(target=self._drain, daemon=True).start()
        m = re.search(r"listening on (http://\S+?)/ ", first)
        if m is None:
            self.stop()
            raise RuntimeError(f"factcheck serve did not start: {first!r}")
        self.url = m.group(1)
        deadline = time.monotonic() + 60
        import httpx

        while True:
            try:
                if httpx.get(self.url + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.stop()
                raise RuntimeError("factcheck serve did not answer /healthz")
            time.sleep(0.05)

    def _drain(self) -> None:
        for line in self.process.stderr:
            self.stderr.append(line)

    def access_log(self) -> list[dict]:
        return [json.loads(line) for line in self.log_path.read_text(encoding="utf-8").splitlines()]

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def module_server(tmp_path_factory):
    """The body of each server test module's ``server`` fixture: two workers (a slow request
    never holds up another) and a short time limit (a request that would take long is cut
    off quickly)."""
    s = Server("--workers", "2", "--time-limit", "3", tmp=tmp_path_factory.mktemp("serve"))
    yield s
    s.stop()
