"""Đính chính in the browser: choose the step in the timeline, change the fields as they were
typed on the original form (dates dd/mm/yyyy), cite the authorising document. No JSON."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from flask import abort, flash, redirect, render_template, request, url_for

from domain import events as ev
from domain.candidate import Candidate
from domain.candidate.state import apply_corrections
from projections.queries import summary
from service import actions
from service.accounts.policy import require
from service.schemas.corrections import Correctable, correctable
from service.web.blueprint import bp, services, user
from service.web.candidates import attempt, readable, shown
from service.web.forms import FieldView, SchemaForm, kind_of, to_value

ACTION = actions.ACTIONS["correction"]


class CorrectionForm(SchemaForm):
    """The corrected event's own fields, filled with what the record says now; only the
    fields the user changes become the correction."""

    def __init__(self, candidate: Candidate, position: int, formdata=None) -> None:
        super().__init__(ACTION.schema(), formdata, {"expected_version": candidate.version})
        self.position = position
        current = apply_corrections(candidate.history)[position - 1]
        self.event = current
        self.specs: dict[str, Correctable] = correctable(type(current))
        self.current = {name: _shown(spec, getattr(current, name))
                        for name, spec in self.specs.items()}

    def fields(self) -> list[FieldView]:
        return [*self.event_fields(), *self.common()]

    def event_fields(self) -> list[FieldView]:
        views = []
        for name, spec in self.specs.items():
            kind = kind_of(spec.field)
            value = self.formdata.get(name, self.current[name]) if self.formdata else \
                self.current[name]
            views.append(FieldView(name, spec.label, kind, False, value,
                                   spec.field.metadata.get("choices", {}),
                                   self.errors.get(name, [])))
        return views

    def common(self) -> list[FieldView]:
        """The correction's own inputs: the authorising document and its date."""
        return [FieldView(name, ACTION.schema().fields[name].metadata["label"], kind,
                          name == "authority", self.formdata.get(name, ""), {},
                          self.errors.get(name, []))
                for name, kind in (("authority", "text"), ("on", "date"))]

    def payload(self) -> dict:
        changes = {}
        for name, spec in self.specs.items():
            kind = kind_of(spec.field)
            raw = self.formdata.get(name, "")
            new = to_value(kind, raw)
            if new == to_value(kind, self.current[name]):
                continue                        # unchanged: not part of the correction
            changes[name] = new if new not in ("", []) else None
        out = {"corrects": self.position, "fields": changes,
               "authority": self.formdata.get("authority", "").strip()}
        if self.formdata.get("on", "").strip():
            out["on"] = to_value("date", self.formdata["on"])
        return {**out, **self._special()}

    def validate(self) -> bool:
        ok = super().validate()
        if "fields" in self.errors:
            self.message = "Chưa thay đổi thông tin nào của việc này."
        return ok


def _shown(spec: Correctable, value) -> str:
    """A stored value as the original form showed it."""
    if value is None:
        return ""
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, tuple | list):
        return "\n".join(value)
    if spec.name == "result":
        return "passed" if value else "failed"
    if isinstance(value, bool):
        return "on" if value else ""
    return str(value)


@bp.route("/quan-chung/<uuid:candidate_id>/dinh-chinh", methods=["GET", "POST"])
def correction(candidate_id: UUID):
    """Choose a step to correct; then its form."""
    row = readable(candidate_id)
    require(actions.may_record(user(), ACTION, row.cell_code))
    candidate = services().store.candidate(candidate_id)
    position = request.args.get("su_kien", type=int)
    if position is None:
        steps = [(e.originator_version, summary(e), e.occurred_on)
                 for e in apply_corrections(candidate.history)
                 if not isinstance(e, ev.RecordCorrected)]
        return render_template("candidates/correction_choose.html", row=row, steps=steps)
    if not 1 <= position <= len(candidate.history) or \
            isinstance(candidate.history[position - 1], ev.RecordCorrected):
        abort(404)
    form = CorrectionForm(candidate, position, request.form or None)
    form.may_override = actions.acting_for(user()) == "committee"
    if request.method == "POST" and (recorded := attempt(form, lambda d: actions.perform(
            services(), user(), candidate_id, ACTION, d))):
        flash(f"Đã ghi nhận: {ACTION.label}.")
        shown(recorded)
        return redirect(url_for("web.candidate_page", candidate_id=candidate_id))
    return render_template("candidates/correction.html", form=form, row=row,
                           step=summary(form.event)), \
        422 if request.method == "POST" else 200
