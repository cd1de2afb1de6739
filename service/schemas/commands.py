"""One schema per command: the shape of the input only. The domain judges the rules."""

from __future__ import annotations

from marshmallow import Schema, ValidationError, fields, validate

from domain.candidate.dossier import INTRODUCTION_KINDS
from domain.candidate.identity import LEFT_BY
from domain.candidate.nomination import CATEGORIES, EDUCATION_LEVELS, GENDERS
from domain.plan import ACTIVITIES
from service.schemas.fields import (
    MESSAGES,
    NOT_BLANK,
    Text,
    choice,
    count,
    day,
    flag,
    names,
    text,
)

RESULTS = {"passed": "Đạt", "failed": "Không đạt"}


class OverrideSchema(Schema):
    """The committee's written document that authorises a refused action (only the
    committee role may send one; the domain's override policy decides which rules)."""

    reason = text("Lý do ghi nhận dù trái quy định")
    document_no = text("Số văn bản cho phép")
    document_on = day("Ngày văn bản")
    issued_by = text("Cơ quan ban hành văn bản")


# Texts the read models keep in columns are limited to the column's width (projections.tables).
class CellSchema(Schema):
    code = text("Mã chi bộ", max_length=64)
    name = text("Tên chi bộ", max_length=300)
    superior_body = text("Cấp ủy cấp trên trực tiếp", max_length=300)
    registered_on = day("Ngày đăng ký", required=False)


class TargetSchema(Schema):
    activity = choice("Nội dung", ACTIVITIES)
    total = count("Tổng số")
    gv = count("Giáo viên", data_key="GV")
    hs = count("Học sinh", data_key="HS")
    quarters = fields.List(fields.Int(strict=True, validate=validate.Range(0, 10_000)),
                           allow_none=True, load_default=None,
                           validate=validate.Length(equal=4, error="Cần đúng 4 quý."),
                           metadata={"label": "Quý 1–4"})
    row_no = fields.Int(strict=True, allow_none=True, load_default=None,
                        validate=validate.Range(1, 100))
    note = Text(allow_none=True, load_default=None, validate=validate.Length(max=500),
                multiline=True)


class PlanSchema(Schema):
    cell = text("Chi bộ")
    year = count("Năm", 2000, 2100)
    number = text("Số kế hoạch", max_length=100)
    issued_on = day("Ngày ban hành")
    basis = Text(load_default="", validate=validate.Length(max=2000), multiline=True,
                 metadata={"label": "Căn cứ"})
    targets = fields.List(fields.Nested(TargetSchema), required=True, error_messages=MESSAGES,
                          validate=validate.Length(min=1, max=20))


class NominationSchema(Schema):
    cell = text("Chi bộ")
    full_name = text("Họ và tên", max_length=200)
    birth_date = day("Ngày sinh")
    gender = choice("Giới tính", GENDERS)
    category = choice("Đối tượng", CATEGORIES)
    nominated_on = day("Ngày vào danh sách cảm tình Đảng")
    youth_union_member = flag("Đoàn viên")
    education = choice("Trình độ học vấn", EDUCATION_LEVELS)
    ethnicity = text("Dân tộc", max_length=64)
    class_name = text("Lớp (học sinh)", required=False, max_length=32)
    document_no = text("Văn bản (nghị quyết chi bộ)", required=False)
    # issue 15: identity, the duplicate warning's confirmation, and re-admission
    citizen_id = text("Số định danh cá nhân (12 chữ số)", required=False, max_length=12)
    confirm_duplicate = fields.Bool(load_default=False, metadata={
        "label": "Tôi đã xem cảnh báo trùng người và xác nhận ghi"})
    left_party_on = day("Kết nạp lại: ngày ra khỏi Đảng (án tội ít nghiêm trọng: ngày được "
                        "xóa án tích)", required=False)
    left_by = choice("Kết nạp lại: hình thức ra khỏi Đảng", LEFT_BY, required=False)
    province_consent_no = text("Kết nạp lại: văn bản đồng ý của ban thường vụ tỉnh ủy",
                               required=False)


class ActionSchema(Schema):
    """Every candidate action may carry an override and the version the user saw."""

    override = fields.Nested(OverrideSchema, allow_none=True, load_default=None)
    expected_version = fields.Int(strict=True, allow_none=True, load_default=None,
                                  validate=validate.Range(1, 1_000_000))


class HelperSchema(ActionSchema):
    assigned_on = day("Ngày phân công")
    helpers = names("Đảng viên giúp đỡ (mỗi dòng một người)")
    document_no = text("Nghị quyết phân công", required=False)


class ClassRegistrationSchema(ActionSchema):
    registered_on = day("Ngày đăng ký học")
    document_no = text("Danh sách / văn bản", required=False)


class ClassCompletionSchema(ActionSchema):
    completed_on = day("Ngày cấp giấy chứng nhận")
    certificate_no = text("Số giấy chứng nhận")
    issued_by = text("Nơi cấp")


class ApplicationSchema(ActionSchema):
    submitted_on = day("Ngày nộp đơn và lý lịch")


class VerificationSchema(ActionSchema):
    concluded_on = day("Ngày kết luận thẩm tra")
    result = choice("Kết quả", RESULTS)
    document_no = text("Văn bản kết luận", required=False)


class IntroducerSchema(Schema):
    """One introducer from the cell's roster (issue 14)."""

    member_id = text("Đảng viên giới thiệu (mã trong danh sách đảng viên)", max_length=64)
    together_since = day("Cùng công tác, học tập với người vào Đảng từ ngày", required=False)
    replaces_reason = text("Thay người giới thiệu đã chuyển đi: lý do", required=False)


NAMES_REFUSED = ("Người giới thiệu phải là đảng viên trong danh sách đảng viên của chi bộ: "
                 "gửi mã đảng viên trong introducer_members, không gõ họ tên.")


def _no_typed_names(value) -> None:
    """A new introduction never names its introducers as typed text (issue 14)."""
    if value:
        raise ValidationError(NAMES_REFUSED)


class IntroductionSchema(ActionSchema):
    """The introducers are roster members (`introducer_members`, checked on the date). Names
    typed as text (`introducers`, as records kept before the roster hold them) are refused:
    old events are still read and corrected (LegacyIntroducersSchema), never written anew."""

    introduced_on = day("Ngày giới thiệu")
    kind = choice("Hình thức giới thiệu", INTRODUCTION_KINDS)
    introducer_members = fields.List(
        fields.Nested(IntroducerSchema), required=True, error_messages=MESSAGES,
        validate=validate.Length(min=1, max=2, error="Cần một hoặc hai đảng viên giới thiệu "
                                                     "từ danh sách đảng viên của chi bộ."),
        metadata={"label": "Đảng viên giới thiệu (từ danh sách đảng viên của chi bộ)"})
    introducers = fields.Raw(load_default=None, validate=_no_typed_names,
                             metadata={"label": "Người giới thiệu (họ tên gõ tay)",
                                       "hidden": True})
    resolution_no = text("Nghị quyết giới thiệu", required=False)
    resolution_on = day("Ngày nghị quyết giới thiệu", required=False)


class LegacyIntroducersSchema(Schema):
    """The introducers of a record kept before the roster, names as typed: a correction of
    such a record is validated by this field."""

    introducers = names("Người giới thiệu (mỗi dòng một người)")


class CommentsSchema(ActionSchema):
    collected_on = day("Ngày tổng hợp nhận xét")
    document_no = text("Văn bản tổng hợp", required=False)


class VoteSchema(ActionSchema):
    """The official members counted come from the roster and the meeting of that day."""

    meeting_on = day("Ngày họp chi bộ (cuộc họp đã ghi)")
    resolution_no = text("Số nghị quyết")
    votes_for = count("Số tán thành")


class DecisionSchema(ActionSchema):
    decided_on = day("Ngày quyết định")
    decision_no = text("Số quyết định")
    decided_by = text("Cấp ủy quyết định")


class AdmissionDecisionSchema(DecisionSchema):
    received_on = day("Ngày chi bộ nhận quyết định")


class CeremonySchema(ActionSchema):
    held_on = day("Ngày tổ chức lễ kết nạp")


class NewMemberClassSchema(ActionSchema):
    completed_on = day("Ngày hoàn thành lớp đảng viên mới")
    certificate_no = text("Số giấy chứng nhận")


class ExitSchema(ActionSchema):
    on = day("Ngày")
    reason = text("Lý do")


class CandidateTransferSchema(ExitSchema):
    """A person not yet a member leaves with the papers handed over (issue 15)."""

    papers = fields.List(Text(validate=NOT_BLANK), required=True,
                         error_messages=MESSAGES,
                         validate=validate.Length(min=1, max=20,
                                                  error="Cần ít nhất một giấy tờ bàn giao."),
                         metadata={"label": "Giấy tờ bàn giao (mỗi dòng một loại)",
                                   "lines": True})


class CorrectionSchema(ActionSchema):
    """The shape only: each corrected value is validated by the field of the command that
    recorded it (service.schemas.corrections), once the corrected event is known."""

    corrects = count("Sự kiện số", 1)
    changes = fields.Dict(keys=fields.Str(validate=validate.Length(min=1, max=64)),
                          required=True, error_messages=MESSAGES, data_key="fields",
                          validate=validate.Length(min=1, max=20,
                                                   error="Cần từ 1 đến 20 trường."),
                          metadata={"label": "Thông tin đính chính"})
    authority = text("Văn bản cho phép đính chính (số, ngày, cơ quan)")
    on = day("Ngày đính chính", required=False)


# --- the superior's other outcomes and the end of probation (issue 15) ----------------------

AFTER_REFUSAL = {"pool": "Trở lại danh sách cảm tình Đảng", "leaves": "Ra khỏi danh sách"}


class ConversionRefusalSchema(ActionSchema):
    decided_on = day("Ngày văn bản không đồng ý")
    decision_no = text("Số văn bản")
    decided_by = text("Cấp ủy quyết định")
    reason = text("Lý do không đồng ý")


class AdmissionRefusalSchema(ConversionRefusalSchema):
    afterwards = choice("Sau khi không được kết nạp", AFTER_REFUSAL)


class ExtensionSchema(ActionSchema):
    extended_on = day("Ngày văn bản gia hạn")
    document_no = text("Số văn bản gia hạn")
    extended_to = day("Gia hạn đến ngày")
    reason = text("Lý do gia hạn")


class LateCeremonyConsentSchema(ActionSchema):
    consented_on = day("Ngày văn bản đồng ý")
    document_no = text("Số văn bản đồng ý")
    consented_by = text("Cấp ủy cấp trên đồng ý")


class StrikeOffProposalSchema(ActionSchema):
    meeting_on = day("Ngày họp chi bộ")
    resolution_no = text("Số nghị quyết đề nghị xóa tên")
    reason = text("Lý do")


class PartyTransferSchema(ActionSchema):
    letter_on = day("Ngày giấy giới thiệu sinh hoạt đảng")
    letter_no = text("Số giấy giới thiệu", max_length=100)
    destination = text("Nơi chuyển đến", max_length=300)
    cause_on = day("Ngày quyết định chuyển công tác / thay đổi nơi cư trú có hiệu lực (nếu "
                   "chưa ghi)", required=False)


class TransferCauseSchema(ActionSchema):
    effective_on = day("Ngày quyết định chuyển công tác / thay đổi nơi cư trú có hiệu lực")
    reason = text("Quyết định, việc thay đổi nơi cư trú")


class TransferPresentedSchema(ActionSchema):
    presented_on = day("Ngày xuất trình giấy giới thiệu ở nơi chuyển đến")
    received_by = text("Nơi nhận sinh hoạt đảng", max_length=300)


class ArrivalSchema(Schema):
    """The receiving cell takes in a member with the letter of introduction."""

    cell = text("Chi bộ")
    full_name = text("Họ và tên", max_length=200)
    birth_date = day("Ngày sinh")
    gender = choice("Giới tính", GENDERS)
    category = choice("Đối tượng", CATEGORIES)
    youth_union_member = flag("Đoàn viên")
    education = choice("Trình độ học vấn", EDUCATION_LEVELS)
    ethnicity = text("Dân tộc", max_length=64)
    class_name = text("Lớp (học sinh)", required=False, max_length=32)
    citizen_id = text("Số định danh cá nhân (12 chữ số)", required=False, max_length=12)
    confirm_duplicate = fields.Bool(load_default=False, metadata={
        "label": "Tôi đã xem cảnh báo trùng người và xác nhận ghi"})
    arrived_on = day("Ngày nhận sinh hoạt đảng")
    letter_no = text("Số giấy giới thiệu sinh hoạt đảng", max_length=100)
    letter_on = day("Ngày giấy giới thiệu")
    from_unit = text("Nơi chuyển đi", max_length=300)
    admitted_on = day("Ngày kết nạp (ngày lễ kết nạp)")
    new_member_class_on = day("Ngày hoàn thành lớp đảng viên mới", required=False)
    official_since = day("Đảng viên chính thức từ ngày (nếu đã chính thức)", required=False)
