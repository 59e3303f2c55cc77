"""Load test of ``factcheck serve`` on loopback: requests per second and latency for a
1,000-word draft.

    python benchmarks/serve_load.py [--workers 2] [--clients 4] [--requests 400] [--seconds 30]
                                    [--endpoint /v2/check]

Starts its own server on a free loopback port (never another host), sends the same 1,000-word
draft from ``--clients`` threads, each over one keep-alive connection, until ``--requests``
answers or ``--seconds`` have passed, whichever comes first, then stops the server. Prints
requests per second, p50/p99 latency and the statuses; first, the latency of one client alone
(the editor's case: the server-side part of "diagnostics within 150 ms of the last keystroke").
A benchmark, not a test: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

#: The planted slip every draft carries, so that each answer has a finding to report.
SLIP = "On Saturday, 10 March 2024, the mission's convoy was stopped at the border."


def thousand_word_draft(words: int = 1000) -> str:
    """The bundled Mali article (about 380 words) grown to ``words`` words: its paragraphs
    repeated under its own dateline, with a weekday slip planted in the middle."""
    dateline, body = (ROOT / "examples" / "mali-minusma.txt").read_text(encoding="utf-8").split("\n\n", 1)
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    out, count, i = [], 0, 0
    while count < words:
        p = paragraphs[i % len(paragraphs)]
        out.append(p)
        count += len(p.split())
        i += 1
        if i == len(paragraphs):
            out.append(SLIP)
    return dateline + "\n\n" + "\n\n".join(out) + "\n"


def percentile(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(q / 100 * (len(s) - 1))))]


def load(url: str, endpoint: str, text: str, clients: int, requests: int, seconds: float):
    import httpx

    body = {"data": {"text": text, "language": "en-US"}} if endpoint == "/v2/check" else {"json": {"text": text}}
    latencies: list[float] = []
    statuses: Counter = Counter()
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    left = [requests]

    def client():
        with httpx.Client(base_url=url, timeout=60) as http:
            while time.monotonic() < deadline:
                with lock:
                    if left[0] <= 0:
                        return
                    left[0] -= 1
                t0 = time.perf_counter()
                r = http.post(endpoint, **body)
                dt = time.perf_counter() - t0
                with lock:
                    statuses[r.status_code] += 1
                    if r.status_code == 200:
                        latencies.append(dt)

    t0 = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, statuses, time.perf_counter() - t0


def report(label: str, latencies: list[float], statuses: Counter, wall: float) -> None:
    ok = len(latencies)
    print(f"{label}: {sum(statuses.values())} requests in {wall:.1f} s, {ok / wall:.1f} answered/s; "
          f"p50 {percentile(latencies, 50) * 1000:.0f} ms, p99 {percentile(latencies, 99) * 1000:.0f} ms; "
          f"statuses {dict(sorted(statuses.items()))}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--requests", type=int, default=400)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--endpoint", choices=("/v2/check", "/api/check", "/api/live"), default="/v2/check")
    args = ap.parse_args()
    from serve_server import Server

    text = thousand_word_draft()
    print(f"draft: {len(text.split())} words, {len(text)} characters; endpoint {args.endpoint}; "
          f"{args.workers} workers")
    with tempfile.TemporaryDirectory() as tmp:
        server = Server("--workers", str(args.workers), "--queue", str(max(8, args.clients)), tmp=Path(tmp))
        try:
            load(server.url, args.endpoint, text, 1, 5, args.seconds)  # warm the workers' caches
            report("one client", *load(server.url, args.endpoint, text, 1, min(100, args.requests), args.seconds))
            report(f"{args.clients} clients", *load(server.url, args.endpoint, text, args.clients, args.requests,
                                                    args.seconds))
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
