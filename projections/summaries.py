"""One Vietnamese sentence per event, for the candidate's page and the inspectors' history."""

from __future__ import annotations

from domain import events as ev
from domain.candidate.dossier import INTRODUCTION_KINDS as INTRODUCTION
from domain.candidate.nomination import CATEGORIES as CATEGORY
from domain.dates import format_vi
from domain.labels import fields_text


def _result(passed: bool) -> str:
    return "đạt" if passed else "không đạt"


def _votes(e) -> str:
    return (f"{e.votes_for}/{e.official_members} đảng viên chính thức tán thành, "
            f"{_result(e.passed)}")


def _nominated(e: ev.CandidateNominated) -> str:
    where = f", lớp {e.class_name}" if e.class_name else ""
    return (f"Tạo nguồn: {e.full_name} ({CATEGORY.get(e.category, e.category)}{where}) vào "
            f"danh sách cảm tình Đảng của chi bộ {e.cell_code}.")


_SENTENCES = {
    ev.CellRegistered: lambda e: f"Đăng ký chi bộ {e.name} ({e.code}), trực thuộc "
                                 f"{e.superior_body}.",
    ev.SuperiorBodyChanged: lambda e: f"Cấp ủy cấp trên trực tiếp đổi thành "
                                      f"{e.superior_body}.",
    ev.CellSettingsChanged: lambda e: f"Cài đặt văn bản của chi bộ: địa danh {e.place}"
                                      f"{', tên đầy đủ ' + e.full_name if e.full_name else ''}.",
    ev.PlanAdopted: lambda e: f"Ban hành kế hoạch phát triển đảng viên năm {e.year} số "
                              f"{e.number}.",
    ev.PlanAmended: lambda e: f"Điều chỉnh chỉ tiêu kế hoạch: {e.reason}.",
    ev.DayOffDeclared: lambda e: f"Ngày nghỉ {format_vi(e.occurred_on)}: {e.reason}.",
    ev.WorkdayDeclared: lambda e: f"Ngày làm bù {format_vi(e.occurred_on)}: {e.reason}.",
    ev.CandidateNominated: _nominated,
    ev.HelperAssigned: lambda e: f"Phân công đảng viên giúp đỡ: {', '.join(e.helpers)}.",
    ev.AwarenessClassRegistered: lambda e: "Đăng ký học lớp bồi dưỡng nhận thức về Đảng.",
    ev.AwarenessClassCompleted: lambda e: f"Được cấp giấy chứng nhận lớp bồi dưỡng nhận thức "
                                          f"về Đảng số {e.certificate_no} ({e.issued_by}).",
    ev.ApplicationSubmitted: lambda e: "Nộp đơn xin vào Đảng và lý lịch người xin vào Đảng.",
    ev.BackgroundVerified: lambda e: f"Kết luận thẩm tra lý lịch: {_result(e.passed)}.",
    ev.IntroductionRecorded: lambda e: f"Giới thiệu người vào Đảng: "
                                       f"{INTRODUCTION.get(e.kind, e.kind)} "
                                       f"({', '.join(e.introducers)}).",
    ev.CommentsCollected: lambda e: "Tổng hợp nhận xét của đoàn thể và chi ủy nơi cư trú.",
    ev.AdmissionVoted: lambda e: f"Chi bộ biểu quyết đề nghị kết nạp: {_votes(e)}.",
    ev.AdmissionDecided: lambda e: f"Quyết định kết nạp của {e.decided_by}; chi bộ nhận "
                                   f"ngày {format_vi(e.received_on)}.",
    ev.Admitted: lambda e: "Lễ kết nạp: trở thành đảng viên dự bị.",
    ev.NewMemberClassCompleted: lambda e: f"Hoàn thành lớp bồi dưỡng lý luận chính trị cho "
                                          f"đảng viên mới (giấy chứng nhận {e.certificate_no}).",
    ev.ConversionVoted: lambda e: f"Chi bộ biểu quyết đề nghị công nhận đảng viên chính "
                                  f"thức: {_votes(e)}.",
    ev.ConvertedToOfficial: lambda e: f"Quyết định công nhận đảng viên chính thức của "
                                      f"{e.decided_by}, kể từ ngày "
                                      f"{format_vi(e.official_since)}.",
    ev.Withdrawn: lambda e: f"Rút khỏi danh sách: {e.reason}.",
    ev.TransferredOut: lambda e: f"Chuyển đi: {e.reason}." + (
        f" Giấy tờ bàn giao: {', '.join(e.papers)}." if e.papers else ""),
    ev.StruckOff: lambda e: f"Xóa tên trong danh sách đảng viên dự bị: {e.reason}.",
    # issue 15: the superior's other outcomes, the end of probation, transfers
    ev.AdmissionRefused: lambda e: f"{e.decided_by} không đồng ý kết nạp: {e.reason}" + (
        "; trở lại danh sách cảm tình Đảng." if e.returns_to_pool else
        "; ra khỏi danh sách."),
    ev.ConversionRefused: lambda e: f"{e.decided_by} không đồng ý công nhận đảng viên chính "
                                    f"thức: {e.reason}.",
    ev.DecisionExtended: lambda e: f"Gia hạn thời hạn quyết định "
                                   f"{'kết nạp' if e.decision == 'admission' else 'công nhận chính thức'}"
                                   f" đến ngày {format_vi(e.extended_to)}: {e.reason}.",
    ev.LateCeremonyConsented: lambda e: f"{e.consented_by} đồng ý tổ chức lễ kết nạp quá "
                                        f"hạn (văn bản {e.document_no}).",
    ev.StrikeOffProposed: lambda e: f"Chi bộ đề nghị xóa tên đảng viên dự bị: {e.reason}.",
    ev.PartyTransferLetterIssued: lambda e: f"Chuyển sinh hoạt đảng đến {e.destination} "
                                            f"(giấy giới thiệu số {e.document_no}).",
    ev.TransferCauseRecorded: lambda e: f"Phải làm thủ tục chuyển sinh hoạt đảng: {e.reason}.",
    ev.PartyTransferPresented: lambda e: f"Đã xuất trình giấy giới thiệu tại "
                                         f"{e.received_by}.",
    ev.PartyTransferArrived: lambda e: f"Nhận sinh hoạt đảng của {e.full_name} từ "
                                       f"{e.from_unit} (giấy giới thiệu số {e.document_no} "
                                       f"ngày {format_vi(e.letter_on)}), kết nạp ngày "
                                       f"{format_vi(e.admitted_on)}.",
    ev.StoreMigrated: lambda e: f"Chép từ kho cũ: {e.from_events} sự kiện, mã băm cuối chuỗi "
                                f"{e.from_chain_head[:16]}….",
    ev.PersonErased: lambda e: f"Xóa dữ liệu cá nhân theo {e.authority}.",
    ev.RecordCorrected: lambda e: f"Đính chính sự kiện số {e.corrects} "
                                  f"({fields_text(e.fields)}) theo {e.authority}.",
}


def summary(event: ev.Event) -> str:
    sentence = _SENTENCES.get(type(event))
    text = sentence(event) if sentence else type(event).__name__
    if event.override_reason:
        text += f" Ghi nhận dù vượt quy định: {event.override_reason}."
    return text
