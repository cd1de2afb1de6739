"""The register and a person's pages moved from `/ung-vien` to `/quan-chung` (the glossary's
word); the old addresses answer with a permanent redirect for one release, and a form posted to
an old address is recorded once, where it lands."""

from __future__ import annotations

import pytest

from service.web.moved import new_address
from tests.webapi.conftest import event_count


@pytest.mark.parametrize(("old", "new"), [
    ("/ung-vien", "/quan-chung"),
    ("/ung-vien?stage=probation&category=HS", "/quan-chung?stage=probation&category=HS"),
    ("/ung-vien/moi", "/quan-chung/moi"),
    ("/ung-vien/abc/van-ban/16-KNĐ.docx", "/quan-chung/abc/van-ban/16-KNĐ.docx"),
    ("/ung-vien/abc/correction?su_kien=3", "/quan-chung/abc/dinh-chinh?su_kien=3"),
    ("/ung-vien-khac", "/ung-vien-khac"),          # only the whole word moved
])
def test_each_old_address_has_its_new_one(old, new):
    assert new_address(old) == new


def test_an_old_page_address_redirects_permanently_to_the_new_one(as_user, ids):
    client = as_user("bithu.a")
    response = client.get(f"/ung-vien/{ids['candidate']}")
    assert response.status_code == 308
    assert response.headers["Location"].endswith(f"/quan-chung/{ids['candidate']}")
    followed = client.get(f"/ung-vien/{ids['candidate']}", follow_redirects=True)
    assert followed.status_code == 200
    assert f"/quan-chung/{ids['candidate']}/dinh-chinh?su_kien=1" in followed.get_data(as_text=True)


def test_a_form_posted_to_an_old_address_is_recorded_once(app, as_user, ids):
    client = as_user("bithu.a")
    before = event_count(app)
    response = client.post(f"/ung-vien/{ids['candidate']}/correction?su_kien=1", data={
        "full_name": "Nguyễn Văn Ân", "birth_date": "04/03/2006", "gender": "male",
        "ethnicity": "Kinh", "category": "HS", "youth_union_member": "on",
        "education": "upper_secondary", "class_name": "12A1", "occurred_on": "03/02/2026",
        "authority": "05-CV/ĐU"}, follow_redirects=True)
    assert response.status_code == 200
    assert [r.status_code for r in response.history] == [308, 302]
    assert event_count(app) == before + 1


def test_an_old_address_still_asks_for_a_login_first(client, ids):
    response = client.get(f"/ung-vien/{ids['candidate']}")
    assert response.status_code == 302 and "/dang-nhap" in response.headers["Location"]
