"""Đảng viên của chi bộ: the roster page, with the forms to list a member, record one
leaving and record an absence."""

from __future__ import annotations

from uuid import UUID

from flask import flash, redirect, render_template, request, url_for

from domain.meeting import MEETING_KINDS
from domain.roster import ABSENCE_KINDS, JOINED_BY, LEAVE_REASONS
from service import roster as ro
from service.documents.catalog import BY_CODE, MEETING_DOCUMENTS
from service.schemas.roster import (
    AbsenceSchema,
    MeetingSchema,
    MemberLeftSchema,
    MemberSchema,
)
from service.web.blueprint import bp, services, today, user
from service.web.candidates import attempt
from service.web.forms import SchemaForm

FORMS = {"add": (MemberSchema, ro.add_member, "Đã thêm đảng viên vào danh sách."),
         "leave": (MemberLeftSchema, ro.remove_member, "Đã ghi đảng viên ra khỏi danh sách."),
         "absence": (AbsenceSchema, ro.record_absence, "Đã ghi thời gian vắng sinh hoạt.")}


@bp.route("/chi-bo/<code>/dang-vien", methods=["GET", "POST"])
def member_list(code: str):
    roster = ro.roster(services(), user(), code)
    present = [m for m in ro.members_sorted(roster) if m.left_on is None]
    forms = {name: _form(schema, present) for name, (schema, _, _) in FORMS.items()}
    which = request.form.get("form") if request.method == "POST" else None
    meeting = _meeting_form(present)
    if which == "meeting":
        meeting = _meeting_form(present, request.form)
        if attempt(meeting, lambda d: ro.hold_meeting(services(), user(), code, d)):
            flash("Đã ghi cuộc họp chi bộ.")
            return redirect(url_for("web.member_list", code=code))
    elif which in FORMS:
        schema, run, done = FORMS[which]
        forms[which] = _form(schema, present, request.form)
        if attempt(forms[which], lambda d: run(services(), user(), code, d)):
            flash(done)
            return redirect(url_for("web.member_list", code=code))
    status = 422 if which else 200
    on = today()
    return render_template("members/list.html", code=code, members=ro.members_sorted(roster),
                           official=len(roster.official_on(on)), today=on, forms=forms,
                           may_record=user().may_record("secretary", code),
                           meeting=meeting, meetings=ro.meetings_view(roster),
                           papers=meeting_papers(roster),
                           names={m.member_id: m.full_name for m in roster.members.values()},
                           kinds=MEETING_KINDS,
                           joined_by=JOINED_BY, reasons=LEAVE_REASONS,
                           absences=ABSENCE_KINDS), status


def meeting_papers(roster) -> dict:
    """Each meeting's documents (by day): for every vote taken there, the candidate's name
    and the resolution and minutes that vote gives, linked to the candidate's documents."""
    store, papers = services().store, {}
    for day, held in roster.meetings.items():
        papers[day] = [{"candidate_id": cid, "name": store.candidate(UUID(cid)).full_name,
                        "documents": [BY_CODE[c] for c in MEETING_DOCUMENTS[subject]]}
                       for cid, subject in held.votes]
    return papers


class MeetingForm(SchemaForm):
    """The meeting's attendance is a list of checkboxes, one per member present on the
    roster (`present`), not a text field."""

    def payload(self) -> dict:
        data = super().payload()
        data["present"] = self.formdata.getlist("present") if self.formdata else []
        return data

    def fields(self):
        return [f for f in super().fields() if f.name != "present"]


def _meeting_form(present, formdata=None) -> MeetingForm:
    schema = MeetingSchema()
    for name in ("chaired_by", "minutes_by"):
        schema.fields[name].metadata = {**schema.fields[name].metadata,
                                        "choices": {m.member_id: m.full_name for m in present}}
    form = MeetingForm(schema, formdata, {"kind": "regular"})
    form.members = present
    form.checked = set(formdata.getlist("present")) if formdata else set()
    return form


def _form(schema_class, present, formdata=None) -> SchemaForm:
    """The leaving and absence forms choose among the members present, by name."""
    schema = schema_class()
    if "member_id" in schema.fields:
        schema.fields["member_id"].metadata = {
            **schema.fields["member_id"].metadata,
            "choices": {m.member_id: m.full_name for m in present}}
    return SchemaForm(schema, formdata, {"joined_by": "listed"})
