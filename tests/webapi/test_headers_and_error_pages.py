"""Security headers on every answer (a strict CSP, no framing, no sniffing, same-origin
referrers, HSTS over HTTPS), no-store wherever personal data may be, no version banner, and
a Vietnamese page for every error a person can meet (JSON under /api/)."""

from __future__ import annotations

import http.client
import re
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from service.accounts.throttle import FREE_PER_USER
from service.devserver import QuietRequestHandler
from tests.webapi.conftest import PASSWORD, login, make_app, seed

TEMPLATES = Path(__file__).resolve().parents[2] / "service"


def pages(ids) -> list[str]:
    return ["/dang-nhap", "/ke-hoach", f"/quan-chung/{ids['candidate']}", "/quan-chung",
            "/han-xu-ly", "/xuat/danh-sach.csv", "/xuat/danh-sach.xlsx",
            f"/ke-hoach/{ids['plan']}/bao-cao-quy-1"]


def test_every_page_sends_the_security_headers_and_no_store(as_user, ids):
    browser = as_user("bithu.a")
    for path in pages(ids):
        response = browser.get(path)
        assert response.status_code == 200, path
        h = response.headers
        assert h["X-Frame-Options"] == "DENY" and h["X-Content-Type-Options"] == "nosniff"
        assert h["Referrer-Policy"] == "same-origin"
        csp = h["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp, path
        assert "frame-ancestors 'none'" in csp
        assert h["Cache-Control"] == "no-store", path
        assert "Strict-Transport-Security" not in h           # plain HTTP: no HSTS


def test_api_answers_with_personal_data_are_not_stored_either(api, ids):
    response = api("bithu.a")("GET", f"/candidates/{ids['candidate']}")
    assert response.status_code == 200 and response.headers["Cache-Control"] == "no-store"


def test_status_views_keep_their_etag_revalidation_and_static_files_may_be_cached(as_user,
                                                                                  ids):
    browser = as_user("bithu.a")
    status = browser.get(f"/ke-hoach/{ids['plan']}")
    assert status.headers["Cache-Control"] == "private, no-cache" and status.headers["ETag"]
    with browser.get("/static/web/ketnap.css") as css:
        assert css.status_code == 200 and "no-store" not in css.headers.get("Cache-Control", "")


def test_hsts_over_https_only(client):
    secure = client.get("/dang-nhap", base_url="https://ketnap.example")
    assert secure.headers["Strict-Transport-Security"].startswith("max-age=31536000")


def test_only_the_printable_documents_may_use_inline_styles(as_user):
    docs = as_user("capuy").get("/tai-lieu-quy-trinh")
    assert "style-src 'self' 'unsafe-inline'" in docs.headers["Content-Security-Policy"]
    assert "script-src 'self';" in docs.headers["Content-Security-Policy"]


def test_no_template_has_inline_script_or_event_handlers():
    for template in TEMPLATES.rglob("*.html"):
        text = template.read_text()
        assert not re.search(r"<script(?![^>]*\bsrc=)", text), template
        assert not re.search(r"\son[a-z]+\s*=", text), template
        assert "javascript:" not in text, template


def test_login_answers_head_like_get(client):
    assert client.head("/dang-nhap").status_code == 200


@pytest.mark.parametrize("path, method, code, words", [
    ("/khong-co-trang-nay", "GET", 404, "Không tìm thấy"),
    ("/dang-xuat", "GET", 405, "không nhận"),
])
def test_error_pages_are_vietnamese(client, path, method, code, words):
    response = client.open(path, method=method)
    assert response.status_code == code
    text = response.get_data(as_text=True)
    assert words in text and "<html" in text and "Werkzeug" not in text


def test_forbidden_page_is_vietnamese(as_user, ids):
    response = as_user("bithu.b").get(f"/quan-chung/{ids['candidate']}")
    assert response.status_code == 403 and "không có quyền" in response.get_data(as_text=True)


def test_too_many_login_attempts_page_is_vietnamese(client):
    for _ in range(FREE_PER_USER):
        login(client, "bithu.a", "sai-mat-khau-roi")
    response = login(client, "bithu.a")
    assert response.status_code == 429 and "thử lại sau" in response.get_data(as_text=True)


def test_api_errors_outside_its_routes_stay_json(client):
    response = client.get("/api/v1/khong-co")
    assert response.status_code == 404 and response.get_json()["error"] == "not_found"


@pytest.fixture
def strict_app(sqlite_url):
    """CSRF on, exceptions answered as they would be in production, a 2 kB body limit."""
    app = make_app(sqlite_url, WTF_CSRF_ENABLED=True, PROPAGATE_EXCEPTIONS=False,
                   MAX_CONTENT_LENGTH=2048)
    seed(app)

    @app.route("/__hong")
    def broken():
        raise RuntimeError("a fault with a secret inside")
    yield app
    app.extensions["ketnap"].close()


def test_a_missing_csrf_token_gets_a_vietnamese_400(strict_app):
    response = strict_app.test_client().post("/dang-nhap", data={"username": "capuy",
                                                                 "password": PASSWORD})
    assert response.status_code == 400
    assert "Hãy tải lại trang" in response.get_data(as_text=True)


def test_a_body_too_large_gets_a_vietnamese_413(strict_app):
    response = strict_app.test_client().post("/dang-nhap", data={"username": "x" * 5000})
    assert response.status_code == 413 and "quá lớn" in response.get_data(as_text=True)


def test_a_fault_gets_a_vietnamese_500_without_its_details(strict_app):
    response = strict_app.test_client().get("/__hong")
    text = response.get_data(as_text=True)
    assert response.status_code == 500 and "lỗi ở máy chủ" in text
    assert "secret" not in text and "Traceback" not in text


def test_the_development_server_names_no_version(app):
    server = make_server("127.0.0.1", 0, app, request_handler=QuietRequestHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=10)
        conn.request("GET", "/dang-nhap")
        response = conn.getresponse()
        assert response.status == 200 and response.getheader("Server") == "Ketnap"
        conn.close()
    finally:
        server.shutdown()
