"""The official header of a report (Hướng dẫn 36-HD/VPTW)."""

from __future__ import annotations

from datetime import date

import pytest

from service.reports.header import header, long_date, party_organisation


@pytest.mark.parametrize("committee, organisation", [
    ("Ban Thường vụ Đảng ủy phường Việt Yên", "ĐẢNG BỘ PHƯỜNG VIỆT YÊN"),
    ("Ban Thường vụ Huyện ủy Việt Yên", "ĐẢNG BỘ HUYỆN VIỆT YÊN"),
    ("Đảng ủy xã Tân Lập", "ĐẢNG BỘ XÃ TÂN LẬP"),
    ("Tỉnh ủy Bắc Giang", "ĐẢNG BỘ TỈNH BẮC GIANG"),
    ("Đảng bộ Khối các cơ quan", "ĐẢNG BỘ KHỐI CÁC CƠ QUAN"),
])
def test_the_issuing_organisation_comes_from_the_superior_committee(committee, organisation):
    assert party_organisation(committee) == organisation


@pytest.mark.parametrize("day, text", [
    (date(2018, 4, 3), "ngày 03 tháng 4 năm 2018"),
    (date(2025, 1, 15), "ngày 15 tháng 01 năm 2025"),
    (date(2025, 2, 9), "ngày 09 tháng 02 năm 2025"),
    (date(2025, 12, 31), "ngày 31 tháng 12 năm 2025"),
])
def test_dates_in_words_with_leading_zeros_for_small_days_and_months_1_2(day, text):
    assert long_date(day) == text


def test_header_has_the_party_the_bodies_and_the_place():
    h = header("Ban Thường vụ Đảng ủy phường Việt Yên", "Chi bộ Trường THPT Lý Thường Kiệt",
               date(2025, 1, 5), "Việt Yên")
    assert h.party == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert h.cell == "CHI BỘ TRƯỜNG THPT LÝ THƯỜNG KIỆT"
    assert h.place_date == "Việt Yên, ngày 05 tháng 01 năm 2025"
    with pytest.raises(ValueError):
        header("Đảng ủy X", "Chi bộ Y", date(2025, 1, 5), " ")
