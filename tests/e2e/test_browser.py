"""A real browser against a real server: `ketnap run` on loopback, Chromium via Selenium.

Where CI=true a missing Chromium fails these tests; elsewhere they are skipped with the reason.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

KETNAP = str(Path(sys.executable).with_name("ketnap"))
PASSWORD = "mat-khau-e2e-2024"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ketnap(env, *args, stdin=None):
    done = subprocess.run([KETNAP, *args], env=env, input=stdin, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr + done.stdout
    return done.stdout


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("e2e")
    env = {**os.environ, "KETNAP_DATABASE_URL": f"sqlite:///{folder}/k.sqlite",
           "KETNAP_SECRET_KEY": "e2e-secret"}
    _ketnap(env, "demo")
    _ketnap(env, "user", "add", "bithu.e2e", "--role", "secretary", "--cell", "THPT-LTK",
            stdin=PASSWORD + "\n")
    port = _free_port()
    process = subprocess.Popen([KETNAP, "run", "--host", "127.0.0.1", "--port", str(port)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_for(port)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


def _wait_for(port: int) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError("ketnap run did not start")


@pytest.fixture(scope="module")
def browser():
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not (chromium and driver):
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium and chromedriver are required in CI (.ci/run installs them)")
        pytest.skip("Chromium or chromedriver not installed")
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--window-size=1280,1400"):
        options.add_argument(flag)
    session = webdriver.Chrome(service=Service(driver), options=options)
    yield session
    session.quit()


@pytest.fixture(scope="module")
def secretary(browser, server):
    """The browser, logged in once as the cell's secretary."""
    from selenium.webdriver.common.by import By
    browser.get(f"{server}/dang-nhap")
    browser.find_element(By.NAME, "username").send_keys("bithu.e2e")
    browser.find_element(By.NAME, "password").send_keys(PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(browser, 15).until(lambda b: "/dang-nhap" not in b.current_url)
    return browser


def test_a_secretary_logs_in_and_sees_the_register_in_vietnamese_order(secretary, server):
    from selenium.webdriver.common.by import By
    browser = secretary
    browser.get(f"{server}/quan-chung")
    names = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "table td a")]
    given = [n.split()[-1] for n in names]
    assert given[:4] == ["An", "Bảo", "Bình", "Châu"]
    assert given.index("Duyên") < given.index("Đạt")        # đ comes after d


def test_a_step_recorded_through_the_form_appears_in_the_timeline(secretary, server):
    from selenium.webdriver.common.by import By
    browser = secretary
    browser.get(f"{server}/quan-chung")
    browser.find_element(By.LINK_TEXT, "Triệu Văn Em").click()
    page = browser.current_url
    browser.get(f"{page}/class-registration")
    browser.find_element(By.NAME, "registered_on").send_keys("12/11/2024")
    browser.find_element(By.CSS_SELECTOR, "form.action button[type=submit], "
                                          "main form button[type=submit]").click()
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(browser, 15).until(lambda b: b.current_url.rstrip("/") == page.rstrip("/"))
    timeline = browser.find_element(By.TAG_NAME, "main").text
    assert "12/11/2024" in timeline and "Đăng ký học lớp bồi dưỡng nhận thức" in timeline
