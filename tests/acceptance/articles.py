"""Article tags: every regulation a scenario may cite, as an ASCII tag and its citation.

Scheme: `dieu_<article>` = Điều lệ Đảng; `qd<number>_<item>` = Quy định <number>-QĐ/TW;
`hd<number>_<item>` = Hướng dẫn <number>-HD/TW; `hd<number>btctw_<item>` = Hướng dẫn của
Ban Tổ chức Trung ương. Dots become underscores. Citations are written exactly as the rule
catalogue writes them, so the traceability test can match tags to catalogue articles.
"""

from __future__ import annotations

ARTICLES: dict[str, str] = {
    "dieu_4": "Điều lệ Đảng, Điều 4",
    "dieu_4_1": "Điều lệ Đảng, Điều 4.1",
    "dieu_4_3": "Điều lệ Đảng, Điều 4.3",
    "dieu_21_2": "Điều lệ Đảng, Điều 21.2",
    "dieu_5_1": "Điều lệ Đảng, Điều 5.1",
    "dieu_5_3": "Điều lệ Đảng, Điều 5.3",
    "dieu_5_3_8": "Điều lệ Đảng, Điều 5.3 và Điều 8",
    "qd24_4_2_3": "Quy định 24-QĐ/TW, mục 4.2.3",
    "qd232_4_2_3": "Quy định 232-QĐ/TW, mục 4.2.3",
    "qd294_4_2_3": "Quy định 294-QĐ/TW, mục 4.2.3",
    "nd137_13": "Nghị định 137/2015/NĐ-CP, Điều 13",
    "tt07_7": "Thông tư 07/2016/TT-BCA, Điều 7",
    "qd24_3_2_1": "Quy định 24-QĐ/TW, mục 3.2.1",
    "qd24_3_2_2": "Quy định 24-QĐ/TW, mục 3.2.2",
    "qd232_3_2_1": "Quy định 232-QĐ/TW, mục 3.2.1",
    "qd232_3_2_2": "Quy định 232-QĐ/TW, mục 3.2.2",
    "qd294_3_2_1": "Quy định 294-QĐ/TW, mục 3.2.1",
    "qd294_3_2_2": "Quy định 294-QĐ/TW, mục 3.2.2",
    "qd24_3_5_1": "Quy định 24-QĐ/TW, mục 3.5.1",
    "qd24_3_5_2": "Quy định 24-QĐ/TW, mục 3.5.2",
    "qd232_3_5_1": "Quy định 232-QĐ/TW, mục 3.5.1",
    "qd232_3_5_2": "Quy định 232-QĐ/TW, mục 3.5.2",
    "qd294_3_5_1": "Quy định 294-QĐ/TW, mục 3.5.1",
    "qd294_3_5_2": "Quy định 294-QĐ/TW, mục 3.5.2",
    "qd24_6_3_1": "Quy định 24-QĐ/TW, mục 6.3.1",
    "qd232_6_3_1": "Quy định 232-QĐ/TW, mục 6.3.1",
    "qd294_6_3_1": "Quy định 294-QĐ/TW, mục 6.3.1",
    "qd24_1_1_1": "Quy định 24-QĐ/TW, mục 1.1.1",
    "qd24_1_1_2": "Quy định 24-QĐ/TW, mục 1.1.2",
    "qd24_1_2_1": "Quy định 24-QĐ/TW, mục 1.2.1",
    "qd24_4_1": "Quy định 24-QĐ/TW, mục 4.1",
    "qd24_4_2_1": "Quy định 24-QĐ/TW, mục 4.2.1",
    "qd24_4_2_2": "Quy định 24-QĐ/TW, mục 4.2.2",
    "qd24_4_3_1": "Quy định 24-QĐ/TW, mục 4.3.1",
    "qd24_6_2_4": "Quy định 24-QĐ/TW, mục 6.2.4",
    "qd270": "Quy định 270-QĐ/TW (2014)",
    "hd35vptw": "Hướng dẫn 35-HD/VPTW (2010)",
    "qd232_1_1_1": "Quy định 232-QĐ/TW, mục 1.1.1",
    "qd232_1_1_2": "Quy định 232-QĐ/TW, mục 1.1.2",
    "qd232_1_2_1": "Quy định 232-QĐ/TW, mục 1.2.1",
    "qd232_4_1": "Quy định 232-QĐ/TW, mục 4.1",
    "qd232_4_2_1": "Quy định 232-QĐ/TW, mục 4.2.1",
    "qd232_4_2_2": "Quy định 232-QĐ/TW, mục 4.2.2",
    "qd232_4_3_1": "Quy định 232-QĐ/TW, mục 4.3.1",
    "qd294_1_1_1": "Quy định 294-QĐ/TW, mục 1.1.1",
    "qd294_1_1_2": "Quy định 294-QĐ/TW, mục 1.1.2",
    "qd294_1_2_1": "Quy định 294-QĐ/TW, mục 1.2.1",
    "qd294_4_1": "Quy định 294-QĐ/TW, mục 4.1",
    "qd294_4_2_1": "Quy định 294-QĐ/TW, mục 4.2.1",
    "qd294_4_2_2": "Quy định 294-QĐ/TW, mục 4.2.2",
    "qd294_4_3_1": "Quy định 294-QĐ/TW, mục 4.3.1",
    "qd294_9_3_2": "Quy định 294-QĐ/TW, mục 9.3.2",
    "hd01_3": "Hướng dẫn 01-HD/TW (2021), mục 3",
    "hd01_4": "Hướng dẫn 01-HD/TW (2021), mục 4",
    "hd01_thoi_han": "Hướng dẫn 01-HD/TW (2021), mục Thời hạn sử dụng văn bản",
    "hd01_han_giay_to": "Hướng dẫn 01-HD/TW (2021), thời hạn sử dụng văn bản trong hồ sơ kết "
                        "nạp (issue 14)",
    "hd06_han_giay_to": "Hướng dẫn 06-HD/TW, thời hạn sử dụng văn bản trong hồ sơ kết nạp "
                        "(issue 14)",
    "hd06_3": "Hướng dẫn 06-HD/TW, mục 3",
    "hd06_4": "Hướng dẫn 06-HD/TW, mục 4",
    "hd06_5_4": "Hướng dẫn 06-HD/TW, mục 5.4",
    "hd12btctw": "Nguyên tắc ghi chép hồ sơ kịp thời, đầy đủ (12-HD/BTCTW)",
    "hd12btctw_i_1_1": "Hướng dẫn 12-HD/BTCTW, mục I.1.1",
    "hd31btctw": "Hướng dẫn 31-HD/BTCTW (23/04/2025)",
}

# Tags that name a topic, not a text: for scenarios that illustrate no rule of the catalogue
# (allowed only in the feature files test_traceability.py lists as rule-free).
TOPICS: dict[str, str] = {
    "kiem_tra": "Ủy ban kiểm tra: sổ sự kiện tại một ngày đã qua, chống sửa sổ, báo cáo kiểm tra",
    "xem_xet": "Cấp ủy và Ủy ban kiểm tra xem xét các quy trình: thông qua, ý kiến, trả lời",
    "van_ban": "Văn bản lập từ sổ: thiếu dữ kiện thì không lập, văn bản mang đúng số liệu",
    "danh_sach": "Danh sách đảng viên của chi bộ: ai là đảng viên chính thức ở mỗi ngày",
    "pham_vi": "Phạm vi của tài khoản cấp ủy: các chi bộ trực thuộc cấp ủy vào ngày của việc",
}
