"""Vietnamese collation: letters first (a ă â … d đ … o ô ơ … u ư), then tones
(none, huyền, hỏi, ngã, sắc, nặng); names by given name, then middle and family name."""

from __future__ import annotations

import pytest

from service.collation import name_key, text_key


def ordered(words: list[str]) -> list[str]:
    return sorted(words, key=text_key)


@pytest.mark.parametrize("earlier, later", [
    ("an", "ăn"), ("ăn", "ân"), ("ân", "bé"),
    ("dung", "đông"), ("dư", "đa"), ("đa", "em"),
    ("em", "êm"), ("om", "ôm"), ("ôm", "ơm"), ("ơn", "phan"),
    ("un", "ưn"), ("ưng", "vinh"), ("y", "z"),
])
def test_letters_follow_the_vietnamese_alphabet(earlier, later):
    assert ordered([later, earlier]) == [earlier, later]


def test_tones_order_none_huyen_hoi_nga_sac_nang():
    assert ordered(["họa", "hóa", "hõa", "hỏa", "hòa", "hoa"]) == [
        "hoa", "hòa", "hỏa", "hõa", "hóa", "họa"]


def test_letters_decide_before_tones():
    assert ordered(["ánh", "anh"]) == ["anh", "ánh"]
    assert ordered(["án", "anh"]) == ["án", "anh"]      # "an" < "anh" whatever the tone
    assert ordered(["đà", "dạ"]) == ["dạ", "đà"]


def test_tone_placement_does_not_matter():
    assert text_key("hòa")[:2] == text_key("hoà")[:2]


def test_case_is_ignored_except_as_a_last_resort():
    assert ordered(["Bình", "an"]) == ["an", "Bình"]


def test_names_sort_by_given_name_then_middle_and_family_name():
    names = ["Trần An", "Nguyễn Văn An", "Lê Thị Ánh", "Đỗ Văn Bảo", "Phạm Thị Bảo",
             "Đặng Quang Minh", "Dương Thúy Nga", "Hoàng Tiến Đạt", "Bùi Quốc Dũng",
             "Ngô Phương Ơn", "Lý Kim Oanh", "Vũ Ngọc Ưng", "Mai Uyên"]
    assert sorted(names, key=name_key) == [
        "Nguyễn Văn An", "Trần An", "Lê Thị Ánh", "Đỗ Văn Bảo", "Phạm Thị Bảo",
        "Bùi Quốc Dũng", "Hoàng Tiến Đạt", "Đặng Quang Minh", "Dương Thúy Nga",
        "Lý Kim Oanh", "Ngô Phương Ơn", "Mai Uyên", "Vũ Ngọc Ưng"]


def test_family_names_with_d_and_đ_when_given_names_tie():
    assert sorted(["Đỗ An", "Dương An", "Đặng An"], key=name_key) == [
        "Dương An", "Đặng An", "Đỗ An"]


def test_composed_and_decomposed_input_sort_the_same():
    import unicodedata
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Ưng")
    assert name_key(decomposed)[:4] == name_key("Nguyễn Thị Ưng")[:4]


def test_empty_and_odd_names_do_not_fail():
    assert sorted(["", "An", "O'Neil", "Ê-đê"], key=name_key)[0] == ""
