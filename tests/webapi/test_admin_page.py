"""The admin's pages manage accounts and tokens (behind the admin role, with CSRF), and the
admin reads no person's record anywhere (web, API, exports, audit)."""

from __future__ import annotations

import re

import pytest

from tests.webapi.conftest import PASSWORD, STUDENT, login, make_app, seed

PAGE = "/quan-tri/nguoi-dung"
GOOD = "mot-mat-khau-moi-hoan-toan"


def users_table(app) -> set[str]:
    return {row.user.username for row in app.extensions["ketnap_accounts"].users()}


@pytest.mark.parametrize("username", ["bithu.a", "capuy", "kiemtra"])
def test_only_the_admin_reaches_the_account_pages(app, as_user, username):
    browser = as_user(username)
    assert browser.get(PAGE).status_code == 403
    assert browser.post(f"{PAGE}/bithu.b/khoa").status_code == 403
    assert app.extensions["ketnap_accounts"].by_name("bithu.b") is not None


def test_the_admin_starts_on_the_account_list(as_user):
    admin = as_user("quantri")
    assert admin.get("/").location.endswith(PAGE)
    html = admin.get(PAGE).get_data(as_text=True)
    assert "bithu.a" in html and "Bí thư chi bộ" in html
    assert "Danh sách</a>" not in html and "Người dùng</a>" in html


@pytest.mark.parametrize("form, reason", [
    ({"username": "x<script>", "role": "inspector", "password": GOOD}, "Tên đăng nhập"),
    ({"username": "Hoa", "role": "inspector", "password": GOOD}, "Tên đăng nhập"),
    ({"username": "moi", "role": "inspector", "password": "12345678"}, "12 ký tự"),
    ({"username": "moi", "role": "inspector", "password": "123456789012"}, "dễ đoán"),
    ({"username": "moi", "role": "inspector", "password": "qwerty123456"}, "phổ biến"),
    ({"username": "moi", "role": "secretary", "cells": "NO-SUCH-CELL", "password": GOOD},
     "NO-SUCH-CELL"),
    ({"username": "moi", "role": "root", "password": GOOD}, "Vai trò"),
    ({"username": "bithu.a", "role": "inspector", "password": GOOD}, "đã có"),
])
def test_a_refused_account_is_explained_and_nothing_is_stored(app, as_user, form, reason):
    before = users_table(app)
    response = as_user("quantri").post(PAGE, data=form, follow_redirects=True)
    assert response.status_code == 200
    assert reason in response.get_data(as_text=True)
    assert users_table(app) == before


def test_the_admin_adds_a_user_who_can_log_in(app, as_user):
    response = as_user("quantri").post(PAGE, data={
        "username": "bithu.moi", "role": "secretary", "cells": "CB-B", "password": GOOD})
    assert response.status_code == 302
    assert login(app.test_client(), "bithu.moi", GOOD).status_code == 302


def test_disable_ends_the_users_sessions_and_tokens_and_enable_restores_neither(app, as_user,
                                                                               api, ids):
    victim, call, admin = as_user("bithu.a"), api("bithu.a"), as_user("quantri")
    assert admin.post(f"{PAGE}/bithu.a/khoa").status_code == 303
    assert victim.get("/quan-chung").status_code == 302
    assert call("GET", "/candidates").status_code == 401
    assert "Đã khóa" in admin.get(f"{PAGE}/bithu.a").get_data(as_text=True)
    admin.post(f"{PAGE}/bithu.a/mo-khoa")
    assert victim.get("/quan-chung").status_code == 302
    assert call("GET", "/candidates").status_code == 401


def test_the_admin_cannot_disable_themself(app, as_user):
    admin = as_user("quantri")
    response = admin.post(f"{PAGE}/quantri/khoa", follow_redirects=True)
    assert "Không thể tự khóa" in response.get_data(as_text=True)
    assert admin.get(PAGE).status_code == 200


def test_role_and_password_changes_end_the_sessions(app, as_user):
    victim, admin = as_user("kiemtra"), as_user("quantri")
    admin.post(f"{PAGE}/kiemtra/vai-tro", data={"role": "committee", "cells": "",
                                                 "body": "Đảng ủy phường Việt Yên"})
    assert victim.get("/ke-hoach").status_code == 302
    changed = app.extensions["ketnap_accounts"].by_name("kiemtra")
    assert (changed.role, changed.body) == ("committee", "Đảng ủy phường Việt Yên")
    again = as_user("kiemtra")
    weak = admin.post(f"{PAGE}/kiemtra/mat-khau", data={"password": "ngan"},
                      follow_redirects=True)
    assert "12 ký tự" in weak.get_data(as_text=True)
    assert again.get("/ke-hoach").status_code == 200        # a refused change ends nothing
    admin.post(f"{PAGE}/kiemtra/mat-khau", data={"password": GOOD})
    assert again.get("/ke-hoach").status_code == 302
    assert login(app.test_client(), "kiemtra", PASSWORD).status_code == 401


def test_a_token_is_shown_once_then_listed_with_name_and_expiry_and_revoked(app, as_user, ids):
    admin = as_user("quantri")
    html = admin.post(f"{PAGE}/kiemtra/ma-truy-cap",
                      data={"name": "bao-cao-tinh", "days": "30"}).get_data(as_text=True)
    token = re.search(r"<code>(ktn_[^<]+)</code>", html).group(1)
    headers = {"Authorization": f"Bearer {token}"}
    client = app.test_client()
    assert client.get("/api/v1/candidates", headers=headers).status_code == 200
    listing = admin.get(f"{PAGE}/kiemtra").get_data(as_text=True)
    assert token not in listing and "bao-cao-tinh" in listing and "26/12/2026" in listing
    assert "Còn hiệu lực" in listing
    token_id = app.extensions["ketnap_accounts"].tokens("kiemtra")[0].id
    admin.post(f"{PAGE}/kiemtra/ma-truy-cap/{token_id}/thu-hoi")
    assert client.get("/api/v1/candidates", headers=headers).status_code == 401
    assert "Đã thu hồi" in admin.get(f"{PAGE}/kiemtra").get_data(as_text=True)


def test_revoke_all_tokens_of_a_user(app, as_user, api):
    first, second = api("kiemtra"), api("kiemtra")
    as_user("quantri").post(f"{PAGE}/kiemtra/ma-truy-cap/thu-hoi-tat-ca")
    assert first("GET", "/candidates").status_code == 401
    assert second("GET", "/candidates").status_code == 401


@pytest.mark.parametrize("days", ["0", "-1", "abc", "100000"])
def test_a_token_lifetime_out_of_bounds_is_refused(app, as_user, days):
    response = as_user("quantri").post(f"{PAGE}/kiemtra/ma-truy-cap", data={"days": days},
                                       follow_redirects=True)
    assert response.status_code == 200 and "ngày" in response.get_data(as_text=True)
    assert app.extensions["ketnap_accounts"].tokens("kiemtra") == []


def test_account_forms_need_the_csrf_token(sqlite_url):
    app = make_app(sqlite_url, WTF_CSRF_ENABLED=True)
    try:
        seed(app)
        admin = app.test_client()
        form = admin.get("/dang-nhap").get_data(as_text=True)
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
        admin.post("/dang-nhap", data={"username": "quantri", "password": PASSWORD,
                                       "csrf_token": csrf})
        assert admin.post(f"{PAGE}/bithu.a/khoa").status_code == 400
        assert app.extensions["ketnap_accounts"].by_name("bithu.a") is not None
        page = admin.get(f"{PAGE}/bithu.a").get_data(as_text=True)   # the login made a new one
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        assert admin.post(f"{PAGE}/bithu.a/khoa", data={"csrf_token": csrf}).status_code == 303
        assert app.extensions["ketnap_accounts"].by_name("bithu.a") is None
    finally:
        app.extensions["ketnap"].close()


def test_the_admin_reads_no_persons_record(app, as_user, api, ids):
    admin, call = as_user("quantri"), api("quantri")
    name = STUDENT.full_name
    for path in ("/quan-chung", "/han-xu-ly", "/xuat/danh-sach.csv", "/ke-hoach"):
        response = admin.get(path)
        assert response.status_code in (200, 403), path
        assert name not in response.get_data(as_text=True), path
    for path in (f"/quan-chung/{ids['candidate']}", f"/ke-hoach/{ids['plan']}",
                 "/quan-chung?cell=CB-A"):
        assert admin.get(path).status_code == 403, path
    assert call("GET", "/candidates").get_json() == []
    assert call("GET", "/deadlines").get_json() == []
    for path in (f"/candidates/{ids['candidate']}", f"/candidates/{ids['candidate']}/history",
                 "/candidates?cell=CB-A"):
        assert call("GET", path).status_code == 403, path
    assert call("GET", "/audit/report?cell=CB-A&year=2026").status_code == 403
