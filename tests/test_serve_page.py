"""The live page at ``/``: an editor types a draft and sees the findings appear in place, with
their evidence, the timeline and one-click fixes. Driven in a real headless browser (Debian's
chromium through Playwright) against a real server; screenshots at 1280x800 and at phone width
are kept under the test's tmp dir (and copied to out/serve-screenshots/ in a work tree)."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from serve_server import DRAFT, ROOT, SLIP, module_server


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    yield from module_server(tmp_path_factory)


CHROMIUM = Path("/usr/bin/chromium")
FIXED = "Sunday, 10 March 2024"


def test_the_page_loads_nothing_from_anywhere_else(server):
    httpx = pytest.importorskip("httpx")
    page = httpx.get(server.url + "/", timeout=10)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    html = page.text
    assert not re.search(r"(src|href)=\"(https?:)?//", html)
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/report.js">', '<script src="/static/live.js">']
    assert "<style" not in html and not re.search(r"\son[a-z]+\s*=", html)  # no inline code: the CSP forbids it
    for asset in ("/static/report.js", "/static/live.js", "/static/report.css", "/static/live.css"):
        body = httpx.get(server.url + asset, timeout=10)
        assert body.status_code == 200, asset
        assert not re.search(r"https?:|url\(|@import", body.text), asset


def test_the_static_files_are_package_data():
    """A non-editable install must find the page (.ci/run also serves it from an installed copy)."""
    import tomllib
    from fnmatch import fnmatch

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    patterns = config["package-data"]["checker.serve"]
    static = ROOT / "checker" / "serve" / "static"
    files = [p.relative_to(static.parent).as_posix() for p in static.iterdir()]
    assert {"static/live.html", "static/live.js", "static/live.css"} <= set(files)
    assert all(any(fnmatch(f, pat) for pat in patterns) for f in files)


# -- in a real browser ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright: pip install -e '.[test]'")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def shots(tmp_path):
    """Where screenshots go: the test's tmp dir, copied to out/serve-screenshots/ if it exists."""
    yield tmp_path
    out = ROOT / "out"
    if out.is_dir() or (ROOT / ".git").exists():
        dest = out / "serve-screenshots"
        dest.mkdir(parents=True, exist_ok=True)
        for png in tmp_path.glob("*.png"):
            shutil.copy(png, dest / png.name)


def open_page(browser, server, width=1280, height=800, **kw):
    context = browser.new_context(viewport={"width": width, "height": height}, **kw)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("request", lambda r: problems.append("off-site request " + r.url)
            if not r.url.startswith(server.url) else None)
    page.goto(server.url + "/")
    return page, problems


def test_typing_a_slip_highlights_it_and_one_click_fixes_it(browser, server, shots):
    page, problems = open_page(browser, server)
    assert page.input_value("#published") == date.today().isoformat()  # a draft is dated today by default
    page.fill("#published", "2024-03-07")
    page.click("#draft")
    page.keyboard.type(DRAFT, delay=2)
    mark = page.locator("#checked mark.sev-error")
    mark.wait_for(timeout=10_000)
    assert mark.inner_text() == SLIP  # at exactly the words of the slip
    assert "is a Sunday, not a Saturday" in mark.get_attribute("title")  # hover: the message
    assert page.locator("#findings h3").first.text_content() == "Errors (1)"
    assert page.locator("#timeline svg .row.conflict").count() >= 1
    assert "1 finding (1 error" in page.inner_text("#status")
    page.screenshot(path=str(shots / "live-1280x800.png"), full_page=False)

    mark.click()  # click: the evidence, in the popup
    popup = page.locator("#popup")
    assert popup.is_visible() and "Gregorian calendar" in popup.inner_text()
    page.screenshot(path=str(shots / "live-1280x800-popup.png"))

    page.locator("#findings button.apply-fix").click()
    page.locator("#checked mark.sev-error").wait_for(state="detached", timeout=10_000)
    assert FIXED in page.input_value("#draft") and SLIP not in page.input_value("#draft")
    assert "No findings" in page.inner_text("#status")
    assert problems == []


def test_the_latest_draft_wins_and_an_emoji_never_shifts_a_fix(browser, server):
    page, problems = open_page(browser, server)
    page.fill("#published", "2024-03-07")
    page.fill("#draft", "🚆🚄 " + DRAFT.replace(SLIP, "Friday, 1 March 2024"))  # no slip yet
    page.locator("#draft").press("End")
    page.keyboard.type(f" Services resume on {SLIP}.")
    # while the year is still being typed, "Saturday, 10 March" is a slip of its own (a yearless
    # day read in 2024): the mark of a half-typed draft may show first, and the latest draft's
    # check must replace it
    page.locator("#checked mark.sev-error", has_text=SLIP).wait_for(timeout=10_000)
    assert page.locator("#checked mark.sev-error").inner_text() == SLIP
    page.locator("button.apply-fix").click()
    page.locator("#checked mark.sev-error").wait_for(state="detached", timeout=10_000)
    assert page.input_value("#draft").endswith(f"Services resume on {FIXED}.")
    assert problems == []


def test_the_page_works_from_the_keyboard(browser, server):
    page, _ = open_page(browser, server)
    page.fill("#published", "2024-03-07")
    page.fill("#draft", DRAFT)
    page.locator("#checked mark.sev-error").wait_for(timeout=10_000)
    page.locator("#checked mark.sev-error").focus()
    page.keyboard.press("Enter")
    assert page.locator("#popup").is_visible()
    page.keyboard.press("Escape")
    assert not page.locator("#popup").is_visible()
    page.locator("button.apply-fix").focus()
    page.keyboard.press("Enter")
    page.locator("#checked mark.sev-error").wait_for(state="detached", timeout=10_000)


def test_a_file_opened_from_disk_is_checked_in_its_format(browser, server, tmp_path):
    md = tmp_path / "draft.md"
    md.write_text(f"---\ndate: 2024-03-07\n---\n# Timetable\n\nThe change starts on *{SLIP}*.\n", encoding="utf-8")
    page, problems = open_page(browser, server)
    page.set_input_files("#file", str(md))
    page.locator("#checked mark.sev-error").wait_for(timeout=10_000)
    assert page.input_value("#format") == "markdown"
    assert "Published 2024-03-07 (from the front-matter)" in page.inner_text("#status")
    assert problems == []


def test_the_page_is_readable_on_a_phone(browser, server, shots):
    page, problems = open_page(browser, server, width=390, height=844, is_mobile=True, has_touch=True,
                               device_scale_factor=2)
    page.fill("#published", "2024-03-07")
    page.fill("#draft", DRAFT)
    page.locator("#checked mark.sev-error").wait_for(timeout=10_000)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # nothing wider than the screen
    page.screenshot(path=str(shots / "live-phone-390.png"), full_page=True)
    assert problems == []


def test_clicking_a_conflict_shows_both_sides(browser, server):
    page, problems = open_page(browser, server)
    page.set_input_files("#file", str(ROOT / "examples" / "broken-stale-draft.html"))
    conflict = page.locator("#checked mark.sev-error", has_text="12 May").first
    conflict.wait_for(timeout=10_000)
    assert page.input_value("#format") == "html"
    other_side = page.locator("#checked mark.rel", has_text="tomorrow")
    assert other_side.count() == 1  # the other side is marked in the draft too
    conflict.click()
    popup = page.locator("#popup").inner_text()
    assert "cannot be the same time" in popup
    assert "means 15 May 2024" in popup  # the other side's note, with its place
    assert problems == []


def test_with_a_token_the_page_asks_for_it_once(browser, tmp_path):
    from serve_server import Server

    token = "s3cret-newsroom-token-0123456789"
    (tmp_path / "token").write_text(token, encoding="utf-8")
    s = Server("--token-file", str(tmp_path / "token"), tmp=tmp_path)
    try:
        page, problems = open_page(browser, s)
        page.fill("#published", "2024-03-07")
        page.fill("#draft", DRAFT)
        page.locator("#token").wait_for(state="visible", timeout=10_000)
        assert "bearer token is required" in page.inner_text("#status")
        page.fill("#token", token)
        page.locator("#token").press("Enter")
        page.locator("#checked mark.sev-error").wait_for(timeout=10_000)
        assert [p for p in problems if "401" not in p] == []  # the first check's 401 is logged by the browser
    finally:
        s.stop()
