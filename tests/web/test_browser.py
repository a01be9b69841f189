"""A reader's path in a real browser (Playwright driving Debian's chromium, headless): search -> article ->
provenance -> outlet -> story, with the mouse and with the keyboard only; no dialog ever opens, no
Content-Security-Policy violation is reported. Screenshots go to /tmp/newstrace-web-*.png."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(os.environ.get("NEWSTRACE_SCREENSHOTS", "/tmp"))

pytestmark = pytest.mark.slow  # needs Debian's chromium: .ci/run installs it (apt-get install chromium)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, sqlite_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=sqlite_server.base)
    opened = context.new_page()
    opened.dialogs, opened.problems = [], []
    opened.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
    opened.on("console", lambda msg: opened.problems.append(msg.text) if msg.type == "error" else None)
    opened.on("request", lambda req: None if req.url.startswith(sqlite_server.base)
              else opened.problems.append(f"request outside the server: {req.url}"))
    yield opened
    context.close()
    assert not opened.dialogs, opened.dialogs
    assert not opened.problems, opened.problems


def shot(page, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"newstrace-web-{name}.png"), full_page=True)


def test_search_article_provenance_outlet_story_with_the_mouse(page):
    page.goto("/")
    page.fill("#q-top", "strike")
    page.click("header button[type=submit]")
    assert page.url.endswith("/search?q=strike")
    assert page.locator(".hit").count() == 3
    assert page.locator(".snippet mark").first.inner_text().lower() == "strike"
    shot(page, "search")
    page.click("text=Lisbon dockworkers strike over pay")
    assert "/article/harbour-scoop" in page.url
    assert page.locator(".hl-quote").first.is_visible() and page.locator(".hl-place").count() > 0
    assert page.locator("#h-sources").inner_text().startswith("Sources")
    tree = page.locator("figure.provenance svg")
    tree.scroll_into_view_if_needed()
    assert tree.is_visible() and "Marta Ivers" in tree.text_content()
    shot(page, "article")
    page.click(".article .meta >> text=Harbour Wire")
    assert "/outlet/" in page.url and page.locator("h1").inner_text() == "Harbour Wire"
    assert page.locator("figure.chart svg .bar").count() >= 1
    shot(page, "outlet")
    page.click("text=its story")
    assert "/story/" in page.url
    assert page.locator(".tl-row").count() == 3 and page.locator("ins").count() > 0
    shot(page, "story")


def _tab_to(page, selector: str, limit: int = 120) -> None:
    """Press Tab until the focused element matches ``selector`` (bounded)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} never got the focus with Tab")


def test_the_same_path_with_the_keyboard_only(page):
    page.goto("/")
    _tab_to(page, "a.skip")
    assert page.locator("a.skip").is_visible()  # the skip link shows when focused
    _tab_to(page, "#q-top")
    page.keyboard.type("unload ship")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=unload+ship")
    _tab_to(page, 'a[href="/article/harbour-scoop"]')
    shot(page, "keyboard-focus")
    page.keyboard.press("Enter")
    page.wait_for_url("**/article/harbour-scoop")
    _tab_to(page, "details summary")
    page.keyboard.press("Enter")
    assert page.locator("ul.tree").is_visible() and "Marta Ivers" in page.locator("ul.tree").inner_text()
    _tab_to(page, '.article .meta a[href^="/outlet/"]', limit=400)
    page.keyboard.press("Enter")
    page.wait_for_url("**/outlet/**")
    _tab_to(page, 'a[href^="/story/"]')
    page.keyboard.press("Enter")
    page.wait_for_url("**/story/**")
    assert page.locator("h1").inner_text().startswith("Story:")
    shot(page, "keyboard-story")


def test_hostile_article_runs_nothing_in_the_browser(page):
    page.goto("/article/hostile")
    assert page.locator("h1").inner_text().startswith('<script>alert("title")</script>')
    assert page.locator("article img, article script, article iframe").count() == 0
    for href in page.eval_on_selector_all("a", "els => els.map(e => e.getAttribute('href'))"):
        assert not (href or "").lower().startswith("javascript:")
    page.goto("/search?q=" + "%3Cscript%3Ealert(1)%3C%2Fscript%3E")
    page.goto("/outlet/Evil%20%3Cb%3ENews%3C%2Fb%3E%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E")
    assert "<b>News</b>" in page.locator("h1").inner_text()
    shot(page, "hostile")
