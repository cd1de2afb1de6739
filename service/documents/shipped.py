"""The shipped templates, written as code once so their wording is reviewable in a diff:
`python -m service.documents.shipped` rewrites service/documents/templates/*.docx.

Each template is a plain .docx with Jinja fields ({{ full_name }}) that a cell may open in
Word, edit and put in KETNAP_TEMPLATES_DIR under the same name. Layout: A4, Times New Roman,
margins and the header table of Hướng dẫn 36-HD/VPTW (issuing body left, "ĐẢNG CỘNG SẢN VIỆT
NAM" right, number under the body, place and date under the title). The wording of each form
follows its source in `catalog.KINDS`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from service.documents.catalog import KINDS
from service.documents.render import SHIPPED

CELL_SIGNER = ("T/M CHI BỘ", "BÍ THƯ")
COMMITTEE_SIGNER = ("T/M BAN THƯỜNG VỤ", "")
VOTE = ("Tổng số đảng viên chính thức của chi bộ: {{ %(p)sofficial_members }} đồng chí. "
        "Số đảng viên chính thức tán thành: {{ %(p)svotes_for }} đồng chí, đạt "
        "{{ %(p)svotes_for_percent }} so với tổng số đảng viên chính thức; không tán thành: "
        "{{ %(p)svotes_against }} đồng chí.")
# Who attended, from the roster's meeting of the vote's day (issue 14's attendance).
ATTENDANCE = ("Chủ trì: đồng chí {{ %(p)schaired_by }}. Thư ký: đồng chí {{ %(p)sminutes_by }}. "
              "Có mặt {{ %(p)spresent_count }} đồng chí: {{ %(p)spresent_names }}.")


@dataclass(frozen=True)
class Text:
    number: str | None          # the field that holds the number and symbol, if any
    title: str
    gist: str
    body: tuple[str, ...]
    recipients: tuple[str, ...]
    signer: tuple[str, str] = CELL_SIGNER


TEXTS: dict[str, Text] = {
    "tong-hop-nhan-xet": Text(
        None, "TỔNG HỢP Ý KIẾN NHẬN XÉT",
        "của đoàn thể chính trị - xã hội nơi làm việc và chi ủy nơi cư trú "
        "đối với người vào Đảng",
        ("Họ và tên người vào Đảng: {{ full_name }}, sinh ngày {{ birth_date }}, dân tộc "
         "{{ ethnicity }}, {{ position }}.",
         "Ngày {{ comments_date }}, chi ủy {{ cell_name }} đã tổng hợp ý kiến nhận xét của các "
         "đoàn thể chính trị - xã hội nơi quần chúng {{ full_name }} sinh hoạt và của chi ủy "
         "nơi cư trú, theo các phiếu nhận xét kèm theo (Mẫu 5B-KNĐ, 5C-KNĐ).",
         "Số ý kiến tán thành, không tán thành và những ưu điểm, khuyết điểm chính được ghi "
         "theo các phiếu nhận xét kèm theo; hồ sơ điện tử của chi bộ không lưu các phiếu này.",
         "Chi ủy báo cáo chi bộ xem xét khi xét đề nghị kết nạp."),
        ("Chi bộ;", "Lưu hồ sơ."), ("T/M CHI ỦY", "BÍ THƯ")),
    "nghi-quyet-ket-nap": Text(
        "resolution_no", "NGHỊ QUYẾT", "đề nghị kết nạp đảng viên",
        ("Căn cứ Điều 4, Điều lệ Đảng Cộng sản Việt Nam;",
         "Căn cứ hồ sơ của quần chúng {{ full_name }}: đơn xin vào Đảng ngày "
         "{{ application_date }}, giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng số "
         "{{ certificate_no }} cấp ngày {{ certificate_date }}, kết luận thẩm tra lý lịch ngày "
         "{{ verification_date }}, giới thiệu của {{ introduced_by }} ngày "
         "{{ introduction_date }} và tổng hợp ý kiến nhận xét ngày {{ comments_date }};",
         "Ngày {{ vote_date }}, {{ cell_name }} đã họp xét đề nghị kết nạp quần chúng "
         "{{ full_name }}, sinh ngày {{ birth_date }}, dân tộc {{ ethnicity }}, "
         "{{ position }}, vào Đảng.",
         VOTE % {"p": ""},
         "Chi bộ đề nghị {{ superior_body }} xem xét, quyết định kết nạp quần chúng "
         "{{ full_name }} vào Đảng Cộng sản Việt Nam."),
        ("{{ superior_body }};", "Lưu chi bộ.")),
    "bien-ban-xet-ket-nap": Text(
        None, "BIÊN BẢN", "họp chi bộ xét đề nghị kết nạp đảng viên",
        ("Ngày {{ vote_date }}, {{ cell_name }} họp xét đề nghị kết nạp quần chúng "
         "{{ full_name }}, sinh ngày {{ birth_date }}, {{ position }}, vào Đảng.",
         ATTENDANCE % {"p": ""},
         "Chi bộ nghe báo cáo hồ sơ của người vào Đảng, giới thiệu của {{ introduced_by }}, "
         "tổng hợp ý kiến nhận xét ngày {{ comments_date }} và kết luận thẩm tra lý lịch ngày "
         "{{ verification_date }}; người vào Đảng trình bày nhận thức về Đảng.",
         "Kết quả biểu quyết: " + VOTE % {"p": ""},
         "Chi bộ ra Nghị quyết số {{ resolution_no }} đề nghị {{ superior_body }} xem xét, "
         "quyết định kết nạp quần chúng {{ full_name }} vào Đảng.",
         "Biên bản lập xong trong buổi họp, đã đọc lại cho chi bộ nghe và được nhất trí."),
        ("Lưu chi bộ.",), ("CHỦ TRÌ", "THƯ KÝ")),
    "quyet-dinh-ket-nap": Text(
        "decision_no", "QUYẾT ĐỊNH", "kết nạp đảng viên",
        ("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
         "Xét Nghị quyết số {{ resolution_no }} ngày {{ vote_date }} của {{ cell_name }} đề "
         "nghị kết nạp quần chúng {{ full_name }} vào Đảng,",
         "{{ decided_by }} QUYẾT ĐỊNH:",
         "Điều 1. Kết nạp quần chúng {{ full_name }}, sinh ngày {{ birth_date }}, dân tộc "
         "{{ ethnicity }}, {{ position }}, vào Đảng Cộng sản Việt Nam. Thời gian dự bị là 12 "
         "tháng, kể từ ngày chi bộ tổ chức lễ kết nạp.",
         "Điều 2. {{ cell_name }} và đồng chí có tên tại Điều 1 thi hành Quyết định này."),
        ("Như Điều 2;", "Lưu hồ sơ đảng viên."), COMMITTEE_SIGNER),
    "chuong-trinh-le-ket-nap": Text(
        None, "CHƯƠNG TRÌNH", "lễ kết nạp đảng viên",
        ("Thời gian: ngày {{ ceremony_date }}. Người được kết nạp: quần chúng {{ full_name }}, "
         "theo Quyết định số {{ decision_no }} ngày {{ decision_date }} của {{ decided_by }}.",
         "1. Chào cờ (hát Quốc ca).",
         "2. Tuyên bố lý do, giới thiệu đại biểu.",
         "3. Đọc Quyết định kết nạp đảng viên số {{ decision_no }}.",
         "4. Đảng viên mới đọc lời tuyên thệ.",
         "5. Đại diện chi bộ nói rõ nhiệm vụ, quyền hạn của đảng viên và phân công đảng viên "
         "chính thức giúp đỡ đảng viên dự bị.",
         "6. Đại diện cấp ủy cấp trên phát biểu (nếu có).",
         "7. Bế mạc (hát Quốc tế ca)."),
        ("Lưu chi bộ.",)),
    "bien-ban-le-ket-nap": Text(
        None, "BIÊN BẢN", "lễ kết nạp đảng viên",
        ("Ngày {{ ceremony_date }}, {{ cell_name }} tổ chức lễ kết nạp quần chúng "
         "{{ full_name }}, sinh ngày {{ birth_date }}, {{ position }}, vào Đảng Cộng sản "
         "Việt Nam theo Quyết định số {{ decision_no }} ngày {{ decision_date }} của "
         "{{ decided_by }}.",
         "Buổi lễ được tiến hành theo chương trình: chào cờ, tuyên bố lý do, đọc quyết định "
         "kết nạp, đảng viên mới đọc lời tuyên thệ, đại diện chi bộ giao nhiệm vụ, bế mạc.",
         "Thời gian dự bị của đồng chí {{ full_name }} tính từ ngày {{ ceremony_date }}.",
         "Biên bản lập xong trong buổi lễ và được nhất trí."),
        ("Lưu chi bộ.",), ("CHỦ TRÌ", "THƯ KÝ")),
    "nghi-quyet-chinh-thuc": Text(
        "conversion_resolution_no", "NGHỊ QUYẾT", "đề nghị công nhận đảng viên chính thức",
        ("Căn cứ Điều 5, Điều lệ Đảng Cộng sản Việt Nam;",
         "Ngày {{ conversion_vote_date }}, {{ cell_name }} đã họp để xét, đề nghị công nhận "
         "đảng viên dự bị {{ full_name }}, được kết nạp vào Đảng ngày {{ admitted_date }}, trở "
         "thành đảng viên chính thức.",
         VOTE % {"p": "conversion_"},
         "Chi bộ đề nghị {{ superior_body }} xem xét, quyết định công nhận đồng chí "
         "{{ full_name }} là đảng viên chính thức từ ngày {{ probation_end_date }}."),
        ("{{ superior_body }};", "Lưu chi bộ.")),
    "bien-ban-xet-chinh-thuc": Text(
        None, "BIÊN BẢN", "họp chi bộ xét công nhận đảng viên chính thức",
        ("Ngày {{ conversion_vote_date }}, {{ cell_name }} họp xét công nhận đảng viên dự bị "
         "{{ full_name }}, kết nạp ngày {{ admitted_date }}, trở thành đảng viên chính thức.",
         ATTENDANCE % {"p": "conversion_"},
         "Chi bộ nghe bản tự kiểm điểm của đảng viên dự bị, bản nhận xét của đảng viên giúp "
         "đỡ và tổng hợp ý kiến nhận xét của đoàn thể và chi ủy nơi cư trú.",
         "Kết quả biểu quyết: " + VOTE % {"p": "conversion_"},
         "Chi bộ ra Nghị quyết số {{ conversion_resolution_no }} đề nghị {{ superior_body }} "
         "công nhận đồng chí {{ full_name }} là đảng viên chính thức.",
         "Biên bản lập xong trong buổi họp, đã đọc lại cho chi bộ nghe và được nhất trí."),
        ("Lưu chi bộ.",), ("CHỦ TRÌ", "THƯ KÝ")),
    "quyet-dinh-chinh-thuc": Text(
        "conversion_decision_no", "QUYẾT ĐỊNH", "công nhận đảng viên chính thức",
        ("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
         "Xét Nghị quyết số {{ conversion_resolution_no }} ngày {{ conversion_vote_date }} của "
         "{{ cell_name }} đề nghị công nhận đảng viên chính thức,",
         "{{ conversion_decided_by }} QUYẾT ĐỊNH:",
         "Điều 1. Công nhận đồng chí {{ full_name }}, sinh ngày {{ birth_date }}, kết nạp vào "
         "Đảng ngày {{ admitted_date }}, là đảng viên chính thức kể từ ngày "
         "{{ official_since }}.",
         "Điều 2. {{ cell_name }} và đồng chí có tên tại Điều 1 thi hành Quyết định này."),
        ("Như Điều 2;", "Lưu hồ sơ đảng viên."), COMMITTEE_SIGNER),
    "nghi-quyet-xoa-ten": Text(
        "strike_off_resolution_no", "NGHỊ QUYẾT", "đề nghị xóa tên đảng viên dự bị",
        ("Căn cứ Điều 5, Điều lệ Đảng Cộng sản Việt Nam;",
         "Ngày {{ strike_off_date }}, {{ cell_name }} đã họp xét trường hợp đảng viên dự bị "
         "{{ full_name }}, kết nạp ngày {{ admitted_date }}.",
         "Lý do: {{ strike_off_reason }}.",
         "Chi bộ đề nghị {{ superior_body }} xem xét, quyết định xóa tên đồng chí "
         "{{ full_name }} trong danh sách đảng viên dự bị."),
        ("{{ superior_body }};", "Lưu chi bộ.")),
    "thong-bao-khong-ket-nap": Text(
        "refusal_no", "THÔNG BÁO", "không đồng ý kết nạp đảng viên",
        ("Xét Nghị quyết số {{ resolution_no }} ngày {{ vote_date }} của {{ cell_name }} đề "
         "nghị kết nạp quần chúng {{ full_name }} vào Đảng,",
         "{{ refused_by }} không đồng ý kết nạp quần chúng {{ full_name }}.",
         "Lý do: {{ refusal_reason }}.",
         "{{ cell_name }} thông báo cho quần chúng {{ full_name }} biết."),
        ("{{ cell_name }};", "Lưu hồ sơ."), COMMITTEE_SIGNER),
    "thong-bao-khong-cong-nhan": Text(
        "conversion_refusal_no", "THÔNG BÁO", "không đồng ý công nhận đảng viên chính thức",
        ("Xét đề nghị của {{ cell_name }} công nhận đảng viên dự bị {{ full_name }}, kết nạp "
         "ngày {{ admitted_date }}, là đảng viên chính thức,",
         "{{ conversion_refused_by }} không đồng ý công nhận đồng chí {{ full_name }} là đảng "
         "viên chính thức.",
         "Lý do: {{ conversion_refusal_reason }}."),
        ("{{ cell_name }};", "Lưu hồ sơ."), COMMITTEE_SIGNER),
    "thong-bao-gia-han": Text(
        "extension_no", "THÔNG BÁO", "gia hạn thời gian xem xét",
        ("Về trường hợp {{ address_as }} {{ full_name }}, {{ cell_name }}:",
         "Thời gian {{ extension_of }} được gia hạn đến ngày {{ extended_to }}.",
         "Lý do: {{ extension_reason }}."),
        ("{{ cell_name }};", "Lưu hồ sơ."), COMMITTEE_SIGNER),
}


def build(text: Text) -> Document:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    doc.styles["Normal"].font.name, doc.styles["Normal"].font.size = "Times New Roman", Pt(14)
    _header(doc, text)
    _line(doc, text.title, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _line(doc, text.gist, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _line(doc, "-----", align=WD_ALIGN_PARAGRAPH.CENTER)
    for paragraph in text.body:
        _line(doc, paragraph, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _line(doc, text.signer[0], bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    if text.signer[1]:
        _line(doc, text.signer[1], bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _line(doc, "Nơi nhận:", bold=True, italic=True)
    for recipient in text.recipients:
        _line(doc, f"- {recipient}")
    return doc


def _header(doc, text: Text) -> None:
    table = doc.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    _cell_line(left.paragraphs[0], "{{ issuer_upper }}")
    _cell_line(left.add_paragraph(), "{{ issuer }}", bold=True)
    _cell_line(left.add_paragraph(), "*")
    if text.number:
        _cell_line(left.add_paragraph(), "Số {{ " + text.number + " }}")
    _cell_line(right.paragraphs[0], "{{ party }}", bold=True, underline=True)
    _cell_line(right.add_paragraph(), "{{ place_date }}", italic=True)


def _cell_line(paragraph, text: str, bold=False, italic=False, underline=False) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    run.bold, run.italic, run.underline = bold, italic, underline


def _line(doc, text: str, bold=False, italic=False, align=WD_ALIGN_PARAGRAPH.LEFT) -> None:
    paragraph = doc.add_paragraph()
    paragraph.alignment = align
    run = paragraph.add_run(text)
    run.bold, run.italic = bold, italic


def write_all(folder: Path = SHIPPED) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for kind in KINDS:
        build(TEXTS[kind.code]).save(folder / f"{kind.code}.docx")


if __name__ == "__main__":
    write_all()
