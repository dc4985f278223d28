"""``quotebank serve`` in a real browser: headless Chromium, driven through chromedriver.

The seeds are ingested with the real pipeline; ``quotebank serve`` runs as its own
process on 127.0.0.1 (a free port); Debian's ``chromium`` and ``chromium-driver``
(installed by ``.ci/run``) load the search page, where the test types
"feel-out meeting" into the box and submits it. chromedriver speaks the W3C
WebDriver protocol, plain JSON over HTTP, so no Python browser library is needed.
Without Chromium the tests are skipped, except under CI (``CI=true``), where they
fail. ``QUOTEBANK_SCREENSHOT=docs/search-page.png`` saves the search page.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.cli.processes import free_port, started, stop
from tests.cli.seeds import ingest_seeds
from tests.postgres import in_ci

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"  # the W3C key of an element reference
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",  # as root
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1280,900",
]

if CHROMIUM is None or CHROMEDRIVER is None:
    reason = "needs Debian's chromium and chromium-driver (.ci/run installs them)"
    if in_ci():
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason, allow_module_level=True)
pytest.importorskip("datasette")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, nlp: Any) -> Iterator[str]:
    """The base URL of ``quotebank serve`` over the ingested seeds."""
    folder = tmp_path_factory.mktemp("serve")
    path = folder / "quotebank.db"
    ingest_seeds(path, nlp)
    port = free_port()
    command = [sys.executable, "-m", "quotebank", "--db", str(path), "serve",
               "--host", "127.0.0.1", "--port", str(port)]  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    server = started(command, f"{base}/-/versions.json", folder / "serve.log")
    try:
        yield base
    finally:
        stop(server)


class Browser:
    """A headless Chromium session through chromedriver's WebDriver endpoint."""

    def __init__(self, driver: str, profile: Path) -> None:
        self.driver = driver
        options = {"binary": CHROMIUM, "args": [*CHROMIUM_ARGS, f"--user-data-dir={profile}"]}
        capabilities = {"browserName": "chrome", "goog:chromeOptions": options}
        answer = self._call("POST", "/session", {"capabilities": {"alwaysMatch": capabilities}})
        self.session = f"/session/{answer['sessionId']}"

    def _call(self, method: str, path: str, payload: dict[str, Any] | None = None) -> Any:
        data = json.dumps(payload if payload is not None else {}).encode()
        request = urllib.request.Request(
            self.driver + path, data=data if method == "POST" else None, method=method,
            headers={"Content-Type": "application/json"},
        )  # fmt: skip
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.load(response)["value"]
        except urllib.error.HTTPError as exc:
            raise AssertionError(f"webdriver {method} {path}: {exc.read().decode()}") from None

    def open(self, url: str) -> None:
        self._call("POST", f"{self.session}/url", {"url": url})

    def find(self, css: str) -> str:
        found = self._call(
            "POST", f"{self.session}/element", {"using": "css selector", "value": css}
        )
        return str(found[ELEMENT])

    def type(self, element: str, text: str) -> None:
        self._call("POST", f"{self.session}/element/{element}/value", {"text": text})

    def click(self, element: str) -> None:
        self._call("POST", f"{self.session}/element/{element}/click")

    def run(self, script: str) -> Any:
        """The value of a JavaScript function body run in the page."""
        return self._call("POST", f"{self.session}/execute/sync", {"script": script, "args": []})

    def text(self) -> str:
        """The visible text of the page once loaded ("" while a page is loading)."""
        loaded = "return document.readyState === 'complete' ? document.body.innerText : ''"
        return str(self.run(loaded))

    def page(self) -> str:
        return str(self._call("GET", f"{self.session}/source"))

    def url(self) -> str:
        return str(self._call("GET", f"{self.session}/url"))

    def screenshot(self, path: Path) -> None:
        path.write_bytes(base64.b64decode(self._call("GET", f"{self.session}/screenshot")))

    def quit(self) -> None:
        self._call("DELETE", self.session)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    folder = tmp_path_factory.mktemp("chromium")
    port = free_port()
    driver = f"http://127.0.0.1:{port}"
    assert CHROMEDRIVER is not None
    process = started([CHROMEDRIVER, f"--port={port}"], f"{driver}/status", folder / "driver.log")
    try:
        chromium = Browser(driver, folder / "profile")
        try:
            yield chromium
        finally:
            chromium.quit()
    finally:
        stop(process)


def wait_for_text(browser: Browser, words: str, seconds: float = 20) -> str:
    deadline = time.monotonic() + seconds
    while True:
        text = browser.text()
        if words in text or time.monotonic() > deadline:
            return text
        time.sleep(0.2)


def test_typing_a_phrase_in_the_search_box_finds_who_said_it(
    site: str, browser: Browser, tmp_path: Path
) -> None:
    browser.open(f"{site}/quotebank/who_said")
    assert "Who said…" in browser.text()
    box = browser.find("input[name=phrase]")
    browser.type(box, "feel-out meeting")
    browser.click(browser.find("form input[type=submit]"))
    text = wait_for_text(browser, "Donald Trump")
    assert "phrase=feel-out+meeting" in browser.url()
    assert "Donald Trump" in text
    assert "a feel-out meeting," in text and "3 rows" in text  # three articles, two wordings
    assert text.count("in context") == 3
    screenshot = Path(os.environ.get("QUOTEBANK_SCREENSHOT") or tmp_path / "search-page.png")
    browser.screenshot(screenshot)
    assert screenshot.read_bytes().startswith(b"\x89PNG")


def test_nothing_on_the_search_page_comes_from_another_host(site: str, browser: Browser) -> None:
    browser.open(f"{site}/quotebank/who_said?phrase=feel-out+meeting")
    page = browser.page()
    loaded = [part.split('"', 1)[0] for part in page.split(' src="')[1:]]
    loaded += [
        part.split('href="', 1)[1].split('"', 1)[0]
        for part in page.split("<link")[1:]
        if 'href="' in part
    ]
    assert loaded, "the page loads its scripts and style sheets"
    assert all(url.startswith(("/", site)) for url in loaded), loaded


def test_a_speaker_page_counts_their_remarks(site: str, browser: Browser) -> None:
    browser.open(f"{site}/quotebank/who_said?phrase=feel-out+meeting")
    browser.click(browser.find("td.col-speaker a"))  # the speaker's name links to their page
    text = wait_for_text(browser, "A speaker's page")
    assert "A speaker's page" in text
    assert "/quotebank/speaker?name=Donald+Trump" in browser.url()
    assert "Donald Trump" in text and "President" in text
    cells = "return [...document.querySelectorAll('td.col-occurrences')].map(c => c.innerText)"
    assert browser.run(cells) == ["21"]  # the seeds quote him 21 times, all undated
    context_link = f"{site}/quotebank/context?attribution_id=1"
    browser.open(context_link)
    assert "According to Fox News, Trump has indicated" in wait_for_text(browser, "Fox News")
