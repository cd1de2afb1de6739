"""Every role reads the living documentation in the app; the committee and the inspectors
are offered the review form."""

from __future__ import annotations

import json

import pytest


@pytest.mark.parametrize("username", ["capuy", "kiemtra"])
def test_committee_and_inspectors_read_the_procedures_with_results(app, as_user, username,
                                                                   tmp_path):
    results = tmp_path / "cucumber.json"
    results.write_text(json.dumps([{"uri": "features/tao_nguon.feature", "elements": []}]))
    app.config["KETNAP_FEATURE_RESULTS"] = str(results)
    page = as_user(username).get("/tai-lieu-quy-trinh")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "QUY TRÌNH PHÁT TRIỂN ĐẢNG VIÊN" in html
    assert "Bảng đối chiếu" in html and "age_minimum" in html


def test_a_secretary_reads_the_document_but_is_offered_no_review_form(as_user):
    assert as_user("bithu.a").get("/tai-lieu-quy-trinh").status_code == 200
    page = as_user("bithu.a").get("/tai-lieu-quy-trinh/xem-xet/tao_nguon.feature")
    assert page.status_code == 200 and 'id="xem-xet"' not in page.get_data(as_text=True)
    assert 'id="xem-xet"' in as_user("capuy").get(
        "/tai-lieu-quy-trinh/xem-xet/tao_nguon.feature").get_data(as_text=True)


def test_an_anonymous_visitor_is_sent_to_login(client):
    assert client.get("/tai-lieu-quy-trinh").status_code == 302
