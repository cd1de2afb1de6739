"""The documents Ketnap writes from the record (văn bản lập từ sổ), one template each.

Every form's number, title and content was confirmed in the regulation texts; the source is
noted beside each entry (`source`). The layout of every document is that of Hướng dẫn
36-HD/VPTW (03/4/2018), "Sơ đồ bố trí các thành phần thể thức văn bản của Đảng": (1) the title
"ĐẢNG CỘNG SẢN VIỆT NAM" top right, (2) the issuing body top left, (3) number and symbol,
(4) place and date, (5a) the kind and gist, (6) the body, (7) the signer, (9) recipients.

Pages read to confirm them (search tool, corpus `pages`): the list of forms and the dossier
in 12-HD/BTCTW 2022 (thuvienphapluat.vn, "Mẫu Nghị quyết đề nghị kết nạp đảng viên của chi bộ
(Mẫu 6-KNĐ)", and "Mẫu 3-KNĐ … Hướng dẫn 12-HD/BTCTW", tiểu mục 1.1 Mục 1 Phần II), the
form table of tnu.edu.vn ("Kết nạp Đảng và chuyển Đảng chính thức": Mẫu 1–9-KNĐ), Mẫu
13-KNĐ's text (luatvietnam.vn, "Mẫu Nghị quyết đề nghị công nhận đảng viên chính thức"), the
conversion dossier Mẫu 10–13-KNĐ (vanxuan.net), and the layout of 36-HD/VPTW
(danguykhoibinhthuan.vn, "Sơ đồ bố trí các thành phần thể thức văn bản của Đảng").
"""

from __future__ import annotations

from dataclasses import dataclass

HD12 = "Hướng dẫn 12-HD/BTCTW (2022), Phụ lục 1"
LAYOUT = "Hướng dẫn 36-HD/VPTW (03/4/2018), sơ đồ bố trí các thành phần thể thức"


@dataclass(frozen=True)
class DocumentKind:
    code: str              # the URL's name and the template's file name (code.docx)
    title: str             # as the user sees it in the list
    form: str              # the regulation's form number, "" where the guide gives none
    source: str            # where its number, title and content were confirmed
    issuer: str            # "cell" (chi bộ) or "committee" (cấp ủy cấp trên)
    dated_by: str          # the fact whose date is the document's date
    needs: tuple[str, ...]  # the facts it cannot be written without (beyond the template's)


KINDS: tuple[DocumentKind, ...] = (
    DocumentKind(
        "tong-hop-nhan-xet", "Tổng hợp ý kiến nhận xét đối với người vào Đảng", "Mẫu 5-KNĐ",
        f"{HD12}, Mẫu 5-KNĐ (tổng hợp ý kiến nhận xét của đoàn thể chính trị - xã hội nơi "
        "người vào Đảng sinh hoạt và chi ủy nơi cư trú; 12-HD/BTCTW II.1.1)",
        "cell", "comments_date", ("comments_date",)),
    DocumentKind(
        "nghi-quyet-ket-nap", "Nghị quyết đề nghị kết nạp đảng viên", "Mẫu 6-KNĐ",
        f"{HD12}, Mẫu 6-KNĐ (Nghị quyết đề nghị kết nạp đảng viên của chi bộ); Điều lệ Đảng "
        "Điều 4.3 (biểu quyết của 2/3 đảng viên chính thức)",
        "cell", "vote_date", ("vote_date", "resolution_no", "official_members", "votes_for")),
    DocumentKind(
        "bien-ban-xet-ket-nap", "Biên bản họp chi bộ xét đề nghị kết nạp đảng viên", "",
        "12-HD/BTCTW II.1.1 (hồ sơ sau khi chi bộ xét: nghị quyết và biên bản họp chi bộ); "
        "thể thức biên bản: Hướng dẫn 36-HD/VPTW",
        "cell", "vote_date", ("vote_date", "resolution_no", "official_members", "votes_for")),
    DocumentKind(
        "quyet-dinh-ket-nap", "Quyết định kết nạp đảng viên", "Mẫu 9-KNĐ",
        f"{HD12}, Mẫu 9-KNĐ (Quyết định kết nạp đảng viên, do ban thường vụ cấp ủy có thẩm "
        "quyền ký)",
        "committee", "decision_date", ("decision_date", "decision_no", "decided_by")),
    DocumentKind(
        "chuong-trinh-le-ket-nap", "Chương trình lễ kết nạp đảng viên", "",
        "12-HD/BTCTW, mục Tổ chức lễ kết nạp đảng viên (chào cờ, tuyên bố lý do, đọc quyết "
        "định, lời tuyên thệ, giao nhiệm vụ, Quốc tế ca); 24-QĐ/TW 4.1",
        "cell", "ceremony_date", ("ceremony_date", "decision_no", "decision_date")),
    DocumentKind(
        "bien-ban-le-ket-nap", "Biên bản lễ kết nạp đảng viên", "",
        "12-HD/BTCTW, mục Tổ chức lễ kết nạp đảng viên; thể thức biên bản: Hướng dẫn "
        "36-HD/VPTW",
        "cell", "ceremony_date", ("ceremony_date", "decision_no", "decision_date")),
    DocumentKind(
        "nghi-quyet-chinh-thuc", "Nghị quyết đề nghị công nhận đảng viên chính thức",
        "Mẫu 13-KNĐ",
        f"{HD12}, Mẫu 13-KNĐ (Nghị quyết của chi bộ đề nghị công nhận đảng viên chính thức; "
        "căn cứ Điều 5 Điều lệ Đảng)",
        "cell", "conversion_vote_date",
        ("conversion_vote_date", "conversion_resolution_no", "conversion_official_members",
         "conversion_votes_for", "admitted_date")),
    DocumentKind(
        "bien-ban-xet-chinh-thuc", "Biên bản họp chi bộ xét công nhận đảng viên chính thức", "",
        "Điều lệ Đảng Điều 5.2 (chi bộ xét, biểu quyết như khi xét kết nạp); 12-HD/BTCTW "
        "II.1.1; thể thức biên bản: Hướng dẫn 36-HD/VPTW",
        "cell", "conversion_vote_date",
        ("conversion_vote_date", "conversion_resolution_no", "conversion_official_members",
         "conversion_votes_for")),
    DocumentKind(
        "quyet-dinh-chinh-thuc", "Quyết định công nhận đảng viên chính thức", "Mẫu 16-KNĐ",
        f"{HD12}, Mẫu 16-KNĐ (Quyết định công nhận đảng viên chính thức; chính thức từ ngày "
        "hết 12 tháng dự bị, Điều lệ Đảng Điều 5.1)",
        "committee", "conversion_decision_date",
        ("conversion_decision_date", "conversion_decision_no", "conversion_decided_by",
         "official_since")),
    DocumentKind(
        "nghi-quyet-xoa-ten", "Nghị quyết đề nghị xóa tên đảng viên dự bị", "",
        "Điều lệ Đảng Điều 5.2; 24-QĐ/TW 4.2.1 (chi bộ đề nghị xóa tên đảng viên dự bị không "
        "đủ tư cách); thể thức: Hướng dẫn 36-HD/VPTW",
        "cell", "strike_off_date", ("strike_off_date", "strike_off_resolution_no",
                                    "strike_off_reason")),
    DocumentKind(
        "thong-bao-khong-ket-nap", "Thông báo không đồng ý kết nạp", "",
        "24-QĐ/TW 4.3.1 (cấp ủy có thẩm quyền không đồng ý thì thông báo, nêu lý do); thể thức "
        "thông báo: Hướng dẫn 36-HD/VPTW",
        "committee", "refusal_date", ("refusal_date", "refusal_no", "refused_by",
                                      "refusal_reason")),
    DocumentKind(
        "thong-bao-khong-cong-nhan", "Thông báo không đồng ý công nhận đảng viên chính thức", "",
        "Điều lệ Đảng Điều 5.2; 24-QĐ/TW 4.3.1; thể thức thông báo: Hướng dẫn 36-HD/VPTW",
        "committee", "conversion_refusal_date",
        ("conversion_refusal_date", "conversion_refusal_no", "conversion_refused_by",
         "conversion_refusal_reason")),
    DocumentKind(
        "thong-bao-gia-han", "Thông báo gia hạn thời gian xem xét", "",
        "24-QĐ/TW 4.3.1 (gia hạn một lần, không quá 30 ngày làm việc); thể thức thông báo: "
        "Hướng dẫn 36-HD/VPTW",
        "committee", "extension_date", ("extension_date", "extension_no", "extended_to",
                                        "extension_reason")),
)
BY_CODE = {k.code: k for k in KINDS}

# The documents a cell meeting's vote gives (its resolution and its minutes), by the vote's
# subject (Meeting.votes): listed on the meeting's page for the secretary and the committee.
MEETING_DOCUMENTS: dict[str, tuple[str, ...]] = {
    "admission": ("nghi-quyet-ket-nap", "bien-ban-xet-ket-nap"),
    "conversion": ("nghi-quyet-chinh-thuc", "bien-ban-xet-chinh-thuc"),
}
