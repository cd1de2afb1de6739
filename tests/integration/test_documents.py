"""Issue 20: every document of every demo candidate, written and read back with python-docx.

The numbers on paper must be the numbers in the record: each assertion compares the DOCX
with the (corrected) events of the candidate's own stream, not with the template's text."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from docx import Document

from domain import events as ev
from domain.candidate.state import apply_corrections
from migrations import upgrade
from service import documents
from service.config import sqlalchemy_url
from service.demo import CELL, CELL_NAME, load_demo
from service.documents.render import text_of

PLACE = "Việt Yên"
NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo cell on SQLite, loaded once for the module (documents read only the log)."""
    from service.services import Services

    url = f"sqlite:///{tmp_path_factory.mktemp('docs')}/ketnap.sqlite"
    upgrade(sqlalchemy_url(url))
    svc = Services(url, clock=lambda: NOW)
    ids = load_demo(svc)
    yield svc, ids
    svc.close()


def record(svc, candidate_id, place=PLACE) -> documents.Record:
    return documents.Record(svc.store.candidate(candidate_id), svc.store.cell(CELL), place,
                            svc.store.roster(CELL))


def read(body: bytes):
    doc = Document(io.BytesIO(body))
    header = [p.text for row in doc.tables[0].rows for c in row.cells for p in c.paragraphs]
    return doc, header, text_of(body)


def last(events, kind, **match):
    found = [e for e in events if type(e) is kind
             and all(getattr(e, k) == v for k, v in match.items())]
    return found[-1]


def every_document(svc, ids):
    for key, candidate_id in ids.items():
        found = record(svc, candidate_id)
        for listed in documents.listing(found):
            if listed.ready:
                yield key, found, listed.kind


def test_every_ready_document_of_the_demo_is_a4_with_the_party_header_and_no_field_left(demo):
    svc, ids = demo
    written = set()
    for _key, found, kind in every_document(svc, ids):
        doc, header, text = read(documents.render(kind, found))
        section = doc.sections[0]
        assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
        assert header[0].isupper() and header[0].startswith("ĐẢNG BỘ")   # the superior
        assert "ĐẢNG CỘNG SẢN VIỆT NAM" in header
        assert any(line.startswith(f"{PLACE}, ngày ") for line in header)
        assert "{{" not in text and "{%" not in text and "None" not in text
        assert unicodedata.is_normalized("NFC", text)
        written.add(kind.code)
    # the demo reaches every kind of document but one: no conversion is refused in it
    assert written == set(documents.BY_CODE) - {"thong-bao-khong-cong-nhan"}


def test_the_admission_resolution_carries_the_votes_date_and_number_of_the_record(demo):
    svc, ids = demo
    for key in ("gv-hoa", "hs-an", "tc-hai", "hs-tam"):
        found = record(svc, ids[key])
        vote = last(apply_corrections(found.candidate.history), ev.AdmissionVoted, passed=True)
        _, header, text = read(documents.render(documents.BY_CODE["nghi-quyet-ket-nap"], found))
        assert f"Số {vote.document_no}" in header
        assert f"Ngày {vote.occurred_on:%d/%m/%Y}, {CELL_NAME} đã họp" in text
        assert (f"Tổng số đảng viên chính thức của chi bộ: {vote.official_members} đồng chí. "
                f"Số đảng viên chính thức tán thành: {vote.votes_for} đồng chí") in text
        assert f"không tán thành: {vote.official_members - vote.votes_for} đồng chí" in text
        day = vote.occurred_on
        assert f"ngày {day.day:02d} tháng " in header[-1] and header[-1].endswith(f"{day.year}")


def test_the_decisions_carry_the_committees_number_date_and_body(demo):
    svc, ids = demo
    found = record(svc, ids["tc-hai"])
    events = apply_corrections(found.candidate.history)
    admitted, converted = last(events, ev.AdmissionDecided), last(events, ev.ConvertedToOfficial)
    _, header, text = read(documents.render(documents.BY_CODE["quyet-dinh-ket-nap"], found))
    assert f"Số {admitted.document_no}" in header
    assert admitted.decided_by.upper() in header
    _, header, text = read(documents.render(documents.BY_CODE["quyet-dinh-chinh-thuc"], found))
    assert f"Số {converted.document_no}" in header
    assert f"là đảng viên chính thức kể từ ngày {converted.official_since:%d/%m/%Y}" in text
    _, _, text = read(documents.render(documents.BY_CODE["thong-bao-gia-han"], found))
    extension = last(events, ev.DecisionExtended)
    assert f"được gia hạn đến ngày {extension.extended_to:%d/%m/%Y}" in text


def test_every_date_printed_in_a_body_is_a_date_of_the_record(demo):
    svc, ids = demo
    for key in ("gv-hoa", "tc-my", "tc-giang"):
        found = record(svc, ids[key])
        held = {f"{getattr(e, f):%d/%m/%Y}" for e in found.candidate.history
                for f in ("occurred_on", "extended_to", "official_since", "birth_date")
                if getattr(e, f, None) is not None}
        held.add(f"{found.candidate.probation_ends_on:%d/%m/%Y}"
                 if found.candidate.probation_ends_on else "")
        for listed in documents.listing(found):
            if listed.ready:
                _, _, text = read(documents.render(listed.kind, found))
                printed = set(re.findall(r"\b\d{2}/\d{2}/\d{4}\b", text))
                assert printed and printed <= held, (key, listed.kind.code, printed - held)


def test_a_corrected_vote_is_printed_as_corrected(demo):
    svc, ids = demo
    hoa = ids["gv-hoa"]
    vote = last(svc.store.candidate(hoa).history, ev.AdmissionVoted, passed=True)
    svc.command(svc.store.correct_record, hoa, "ubkt.vietyen", corrects=vote.originator_version,
                fields={"votes_for": vote.official_members - 1},
                authority="Biên bản kiểm phiếu 2-BB/CB", on=NOW.date())
    _, _, text = read(documents.render(documents.BY_CODE["nghi-quyet-ket-nap"],
                                       record(svc, hoa)))
    assert f"tán thành: {vote.official_members - 1} đồng chí" in text
    assert "không tán thành: 1 đồng chí" in text


def test_a_document_whose_facts_are_missing_is_refused_naming_them(demo):
    svc, ids = demo
    pending = record(svc, ids["hs-tam"])          # voted, the superior has not decided yet
    with pytest.raises(documents.MissingFacts) as refused:
        documents.render(documents.BY_CODE["quyet-dinh-ket-nap"], pending)
    assert refused.value.fields == ["decision_date", "decision_no", "decided_by"]
    assert ("hồ sơ còn thiếu ngày quyết định kết nạp, số quyết định kết nạp, cấp ủy quyết "
            "định kết nạp") in refused.value.message
    unset = documents.Record(pending.candidate, replace(pending.cell, place=""), place="")
    with pytest.raises(documents.MissingFacts, match="hồ sơ còn thiếu địa danh."):
        documents.render(documents.BY_CODE["nghi-quyet-ket-nap"], unset)
    listed = {d.kind.code: d for d in documents.listing(pending)}
    assert listed["nghi-quyet-ket-nap"].ready and "quyet-dinh-ket-nap" not in listed


def test_the_cells_settings_give_the_place_and_full_name_of_its_documents(demo):
    svc, ids = demo
    kind = documents.BY_CODE["nghi-quyet-ket-nap"]
    found = record(svc, ids["gv-hoa"], place="")            # no deployment-wide place
    _, header, _ = read(documents.render(kind, found))
    assert header[-1] == "Việt Yên, ngày 12 tháng 3 năm 2024"   # the demo cell's own setting
    svc.command(svc.store.change_cell_settings, CELL, "Thị trấn Bích Động",
                "Chi bộ Trường Trung học phổ thông Lý Thường Kiệt", NOW.date(), "admin")
    _, header, text = read(documents.render(kind, record(svc, ids["gv-hoa"], place="")))
    assert header[1] == "CHI BỘ TRƯỜNG TRUNG HỌC PHỔ THÔNG LÝ THƯỜNG KIỆT"
    assert header[-1] == "Thị trấn Bích Động, ngày 12 tháng 3 năm 2024"
    assert "Chi bộ Trường Trung học phổ thông Lý Thường Kiệt đã họp" in text
    svc.command(svc.store.change_cell_settings, CELL, "Việt Yên", "", NOW.date(), "admin")


def test_a_cells_own_template_replaces_the_shipped_one_and_an_unknown_field_is_refused(
        demo, tmp_path):
    svc, ids = demo
    kind = documents.BY_CODE["nghi-quyet-ket-nap"]
    own = Document()
    own.add_paragraph("Chi bộ {{ cell_name }}: {{ votes_for }}/{{ official_members }} "
                      "— {{ place_date }}")
    own.add_table(rows=1, cols=1)
    own.save(tmp_path / f"{kind.code}.docx")
    found = record(svc, ids["hs-an"])
    vote = last(apply_corrections(found.candidate.history), ev.AdmissionVoted, passed=True)
    text = text_of(documents.render(kind, found, str(tmp_path)))
    assert f"Chi bộ {CELL_NAME}: {vote.votes_for}/{vote.official_members}" in text
    wrong = Document()
    wrong.add_paragraph("{{ full_name }} — {{ biet_danh }} {{ nickname }}")
    wrong.save(tmp_path / f"{kind.code}.docx")
    with pytest.raises(documents.UnknownTemplateField) as refused:
        documents.render(kind, found, str(tmp_path))
    assert refused.value.fields == ["biet_danh", "nickname"]
    assert "biet_danh, nickname" in refused.value.message


def test_every_shipped_template_uses_only_fields_the_record_knows():
    from service.documents.render import SHIPPED, check_template
    for kind in documents.KINDS:
        assert check_template(kind, SHIPPED / f"{kind.code}.docx")


def test_the_checklist_marks_missing_and_expiring_papers_on_the_meeting_date(demo):
    from datetime import timedelta

    from service.documents.checklist import checklist
    svc, ids = demo
    son = svc.store.candidate(ids["hs-son"])       # certificate only: the rest is missing
    before = checklist(son, son.certificate_expires_on - timedelta(days=31))
    states = {item.form: state for item, state, _ in before.rows()}
    assert states == {"CN-NTVĐ": "held", "Mẫu 1-KNĐ": "missing", "Mẫu 2-KNĐ": "missing",
                      "Mẫu 3-KNĐ, 4-KNĐ, 4A-KNĐ": "missing", "Mẫu 5-KNĐ": "missing"}
    assert not before.complete
    near = checklist(son, son.certificate_expires_on - timedelta(days=29)).rows()[0]
    after = checklist(son, son.certificate_expires_on + timedelta(days=1)).rows()[0]
    assert (near[1], after[1]) == ("expiring", "expired")
    hoa = svc.store.candidate(ids["gv-quynh"])       # probationary: the conversion dossier
    conversion = checklist(hoa, NOW.date())
    assert [i.form for i in conversion.items][-1] == "Mẫu 13-KNĐ"
    assert {s for i, s, _ in conversion.rows() if i.form in ("Mẫu 10-KNĐ", "Mẫu 11-KNĐ")} \
        == {"paper"}


def test_the_shipped_templates_are_what_shipped_py_writes(tmp_path):
    """Edit the wording in service/documents/shipped.py, then run it: the files must follow."""
    from service.documents.render import SHIPPED
    from service.documents.shipped import write_all
    write_all(tmp_path)
    for kind in documents.KINDS:
        written = (tmp_path / f"{kind.code}.docx").read_bytes()
        assert text_of(written) == text_of((SHIPPED / f"{kind.code}.docx").read_bytes()), \
            kind.code


@pytest.mark.parametrize(("code", "voted", "prefix"), [
    ("bien-ban-xet-ket-nap", ev.AdmissionVoted, ""),
    ("bien-ban-xet-chinh-thuc", ev.ConversionVoted, "conversion_")])
def test_the_minutes_name_the_chair_the_minutes_taker_and_everyone_present_from_the_roster(
        demo, code, voted, prefix):
    """Issue 20 with issue 14: attendance is the roster's meeting of the vote's day, so the
    minutes' names and count are those of the record, never typed again."""
    svc, ids = demo
    roster, checked = svc.store.roster(CELL), 0
    for found in (record(svc, candidate_id) for candidate_id in ids.values()):
        events = apply_corrections(list(found.candidate.history))
        if not [e for e in events if type(e) is voted and e.passed]:
            continue
        vote = last(events, voted, passed=True)
        meeting = roster.meetings[vote.occurred_on]
        _doc, _header, text = read(documents.render(documents.BY_CODE[code], found))
        names = sorted(roster.members[m].full_name for m in meeting.present)
        chair = roster.members[meeting.chaired_by].full_name
        clerk = roster.members[meeting.minutes_by].full_name
        assert f"Chủ trì: đồng chí {chair}. Thư ký: đồng chí {clerk}." in text
        line = next(p for p in text.splitlines() if p.startswith("Chủ trì:"))
        count, listed = re.fullmatch(r".*Có mặt (\d+) đồng chí: (.*)\.", line).groups()
        assert int(count) == len(meeting.present) == len(listed.split(", "))
        assert sorted(listed.split(", ")) == names
        checked += 1
    assert checked >= 1


def test_minutes_without_the_meetings_attendance_are_refused_naming_it(demo):
    svc, ids = demo
    voted = record(svc, ids["hs-an"])
    assert documents.render(documents.BY_CODE["bien-ban-xet-ket-nap"], voted)
    with pytest.raises(documents.MissingFacts) as refused:
        documents.render(documents.BY_CODE["bien-ban-xet-ket-nap"], replace(voted, roster=None))
    assert "người chủ trì cuộc họp xét kết nạp" in refused.value.message
    assert "danh sách đảng viên có mặt tại cuộc họp xét kết nạp" in refused.value.message
