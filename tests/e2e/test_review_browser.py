"""A committee member reviews procedures in a real browser, against `ketnap run` serving a
test copy of features/: a review with a scenario comment, then a feature file edited after
its approval shows "changed since approval" with the old and new scenario side by side."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.e2e.test_browser import KETNAP, PASSWORD, _free_port, _ketnap, _wait_for
from tests.e2e.test_browser import browser as browser  # noqa: F401 - the shared fixture

FEATURES = Path(__file__).resolve().parents[2] / "features"
REVIEW = "/tai-lieu-quy-trinh/xem-xet"


@pytest.fixture(scope="module")
def features(tmp_path_factory) -> Path:
    copy = tmp_path_factory.mktemp("features") / "features"
    shutil.copytree(FEATURES, copy)
    return copy


@pytest.fixture(scope="module")
def server(tmp_path_factory, features):
    folder = tmp_path_factory.mktemp("e2e-review")
    env = {**os.environ, "KETNAP_DATABASE_URL": f"sqlite:///{folder}/k.sqlite",
           "KETNAP_SECRET_KEY": "e2e-secret", "KETNAP_FEATURES_DIR": str(features)}
    _ketnap(env, "init")
    _ketnap(env, "user", "add", "capuy.e2e", "--role", "committee", "--body",
            "Đảng ủy phường Việt Yên", stdin=PASSWORD + "\n")
    port = _free_port()
    process = subprocess.Popen([KETNAP, "run", "--host", "127.0.0.1", "--port", str(port)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_for(port)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def committee(browser, server):  # noqa: F811 - the shared fixture, by name
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    browser.delete_all_cookies()
    browser.get(f"{server}/dang-nhap")
    browser.find_element(By.NAME, "username").send_keys("capuy.e2e")
    browser.find_element(By.NAME, "password").send_keys(PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    WebDriverWait(browser, 15).until(lambda b: "/dang-nhap" not in b.current_url)
    return browser


def submit_review(browser, verdict: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    page = browser.current_url
    browser.find_element(By.CSS_SELECTOR, f"input[name=verdict][value={verdict}]").click()
    browser.find_element(By.CSS_SELECTOR, "form.review-form button[type=submit]").click()
    WebDriverWait(browser, 15).until(
        lambda b: b.current_url == page and "Đã ghi nhận kết luận" in b.page_source)


def test_a_committee_member_reviews_a_procedure_with_a_scenario_comment(committee, server):
    from selenium.webdriver.common.by import By
    browser = committee
    browser.get(f"{server}{REVIEW}")
    assert "Chưa xem xét" in browser.find_element(By.ID, "trang-thai-not_reviewed").text
    browser.find_element(By.LINK_TEXT, "Giới thiệu người vào Đảng").click()
    details = browser.find_elements(By.CSS_SELECTOR, "details.scenario")[1]
    details.find_element(By.TAG_NAME, "summary").click()
    scenario = details.find_element(By.TAG_NAME, "summary").text
    details.find_element(By.TAG_NAME, "textarea").send_keys("Nên nêu rõ Mẫu 4-KNĐ")
    submit_review(browser, "approved_with_remarks")
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "Trạng thái: Thông qua có ý kiến" in main
    assert f"Tình huống “{scenario}”" in main and "Nên nêu rõ Mẫu 4-KNĐ" in main
    browser.get(f"{server}{REVIEW}")
    assert "Giới thiệu người vào Đảng" in browser.find_element(
        By.ID, "trang-thai-approved_with_remarks").text


def test_a_feature_file_changed_after_approval_shows_old_and_new_side_by_side(committee,
                                                                              server, features):
    from selenium.webdriver.common.by import By
    browser = committee
    browser.get(f"{server}{REVIEW}/tao_nguon.feature")
    submit_review(browser, "approved")
    assert "Trạng thái: Đã thông qua" in browser.find_element(By.TAG_NAME, "main").text
    file = features / "tao_nguon.feature"
    text = file.read_text(encoding="utf-8")
    first_then = next(line.strip() for line in text.splitlines()
                      if line.strip().startswith("Thì "))
    file.write_text(text.replace(first_then, first_then + " (đã sửa sau khi thông qua)", 1),
                    encoding="utf-8")
    browser.get(f"{server}{REVIEW}/tao_nguon.feature")
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "Trạng thái: Đã thay đổi sau khi thông qua" in main
    [row] = browser.find_elements(By.CSS_SELECTOR, "table.diff tr")[1:]
    old, new = (row.find_element(By.CSS_SELECTOR, f"td.{side}").text for side in ("old", "new"))
    assert first_then in old and "(đã sửa sau khi thông qua)" not in old
    assert first_then + " (đã sửa sau khi thông qua)" in new
    browser.get(f"{server}/tai-lieu-quy-trinh")
    section = browser.find_element(By.ID, "xem-xet-tao_nguon.feature").text
    assert "Đã thay đổi sau khi thông qua" in section and "(đã sửa sau khi thông qua)" in section
