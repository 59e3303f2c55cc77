"""How soon the live page shows the findings after the last keystroke, for a 1,000-word draft.

    python benchmarks/live_page.py [--trials 30] [--workers 2]

Starts ``factcheck serve`` on a free loopback port, opens the page in Debian's chromium
(Playwright, ``/usr/bin/chromium``), pastes the 1,000-word draft of serve_load.py, then
``--trials`` times: types one character at the end, and reads, from the page's own clock, the
time from that keystroke to the moment the findings of the draft as it now is were shown
(``window.factcheckLive``: lastInput, lastRender). That covers the page's debounce, the
request, the check and the drawing. Goal (issue 14): under 300 ms.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from serve_load import percentile, thousand_word_draft

CHROMIUM = "/usr/bin/chromium"


def wait_rendered(page, timeout: float = 30.0) -> float:
    """Milliseconds from the last input to the render that shows it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        t = page.evaluate("window.factcheckLive")
        if t["lastRender"] > t["lastInput"]:
            return t["lastRender"] - t["lastInput"]
        time.sleep(0.005)
    raise TimeoutError("the page never showed the findings")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--trials", type=int, default=30)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright
    from serve_server import Server

    text = thousand_word_draft()
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        server = Server("--workers", str(args.workers), tmp=Path(tmp))
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(server.url + "/")
            page.fill("#draft", text)
            wait_rendered(page)
            page.locator("#draft").press("End")
            times = []
            for i in range(args.trials):
                page.keyboard.type("abcdefghij"[i % 10])
                times.append(wait_rendered(page))
                time.sleep(0.3)
            marks = page.locator("#checked mark.sev-error").count()
        finally:
            browser.close()
            server.stop()
    print(f"draft: {len(text.split())} words; {args.trials} keystrokes; highlights shown: {marks} error mark(s)")
    print(f"last keystroke to findings shown: p50 {percentile(times, 50):.0f} ms, p99 {percentile(times, 99):.0f} ms, "
          f"max {max(times):.0f} ms (of which the page's debounce is 80 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
