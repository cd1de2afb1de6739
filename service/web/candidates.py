"""The register (danh sách), one candidate's page with its timeline, and the action forms."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from flask import abort, flash, redirect, render_template, request, url_for

from domain.errors import DomainError
from domain.rules import TWO_THIRDS
from projections import queries
from service import accesslog as access
from service import actions, reading
from service.accounts import Forbidden
from service.accounts.policy import require
from service.collation import name_key
from service.idempotency import current_key, derived_id
from service.schemas.commands import ArrivalSchema, NominationSchema
from service.typed_dates import parse_day
from service.web import paperwork
from service.web.blueprint import bp, services, today, user
from service.web.forms import SchemaForm


def scope(cell: str | None) -> str | tuple[str, ...] | None:
    """The cells a list shows (service/reading.py)."""
    return reading.list_scope(user(), cell)


def register_rows(args, what: str = "register") -> list[queries.CandidateRow]:
    """The register as the filters ask, sorted the Vietnamese way (given name first)."""
    cell = scope(args.get("cell"))
    rows = queries.candidates(services().engine, cell, args.get("stage") or None,
                              args.get("category") or None)
    access.seen(what, cell_code=cell if isinstance(cell, str) else None)
    return sorted(rows, key=lambda r: name_key(r.full_name))


@bp.route("/quan-chung")
def candidate_list():
    """The register, filtered by stage and category."""
    return render_template("candidates/list.html", rows=register_rows(request.args),
                           args=request.args, today=today())


def readable(candidate_id: UUID, what: str = "page", on: date | None = None
             ) -> queries.CandidateRow:
    """The person's row if the user may read it (service/reading.py), else a 404 page."""
    return reading.candidate_row(user(), candidate_id, what, on) or abort(404)


@bp.route("/quan-chung/<uuid:candidate_id>")
def candidate_page(candidate_id: UUID):
    """One candidate: the record, the timeline and the actions allowed next."""
    row = readable(candidate_id)
    history = queries.history(services().engine, candidate_id, services().store.stream_events)
    offered = actions.next_actions(row.stage, user(), row.cell_code,
                                   [h.event_type for h in history])
    return render_template("candidates/show.html", row=row, today=today(), history=history,
                           next_actions=offered,
                           overrides_only={a.slug for a in offered
                                           if actions.overrides_only(user(), a, row.cell_code)},
                           may_correct=actions.may_record(user(), actions.ACTIONS["correction"],
                                                          row.cell_code),
                           paperwork=paperwork.section(candidate_id, row.cell_code))


def attempt(form: SchemaForm, run) -> object | None:
    """Run a validated command; a refusal stays on the form, in plain Vietnamese."""
    if not form.validate():
        return None
    try:
        return run(form.data)
    except Forbidden:
        raise
    except DomainError as error:
        form.refuse(error)
        return None


def shown(recorded) -> bool:
    """With a follower, wait (bounded) until the read models hold what the user just saved,
    so the next page shows it; if they don't yet, say so rather than show an old page."""
    if services().settle(recorded):
        return True
    flash("Đã lưu. Bảng tra cứu đang cập nhật nên trang có thể chưa hiện thay đổi này; "
          "tải lại sau giây lát.")
    return False


# What follows a vote that did not reach two thirds (24-QĐ/TW 3.4 and 5.1): the step is
# recorded, but as a warning, not as a success.
FAILED_VOTE = {
    "admission-vote": f"Biểu quyết không đạt {TWO_THIRDS}: chi bộ chưa đề nghị kết nạp. Người này "
                      "ở lại bước trước; chi bộ có thể xem xét lại ở cuộc họp sau.",
    "conversion-vote": f"Biểu quyết không đạt {TWO_THIRDS}: chi bộ không đề nghị công nhận chính "
                       "thức. Cấp ủy cấp trên xem xét, có thể quyết định không công nhận.",
}


def acting_cells() -> dict[str, str]:
    """The cells this user records for, code → name: chosen from a list, not typed."""
    return {c.code: c.name for c in queries.cells(services().engine)
            if user().may_record("secretary", c.code)}


def deciding_body(action, row) -> dict:
    """A decision form starts with the cell's superior body on today's date."""
    if "decided_by" not in action.schema().load_fields:
        return {}
    try:
        return {"decided_by": services().store.cell(row.cell_code).superior_on(today())}
    except DomainError:
        return {}


def recorded_types(candidate_id: UUID) -> list[str]:
    return [type(e).__name__ for _, e in services().store.stream_events([candidate_id])]


def announce(action, recorded) -> None:
    """The message after a saved step: green for a step done, amber for a failed vote."""
    if action.slug in FAILED_VOTE:
        events = services().store.stream_events([recorded.id])
        if events and getattr(events[-1][1], "passed", True) is False:
            flash(f"Đã ghi nhận: {action.label}. {FAILED_VOTE[action.slug]}", "warning")
            return
    flash(f"Đã ghi nhận: {action.label}.")


def form_act_day(action) -> date | None:
    """A posted form is a write: reach is judged on the date it records (as the API does);
    a form opened, or a date not typed right, on today."""
    name = actions.act_field(action)
    return parse_day(request.form.get(name)) if request.method == "POST" and name else None


@bp.route("/quan-chung/<uuid:candidate_id>/<slug>", methods=["GET", "POST"])
def candidate_action(candidate_id: UUID, slug: str):
    """The form of one action; on success, back to the candidate's page."""
    action = actions.ACTIONS.get(slug) or abort(404)
    on = form_act_day(action)
    row = readable(candidate_id, what="form", on=on)
    if request.method == "GET":   # a posted form: the use case judges the right, once
        require(actions.may_record(user(), action, row.cell_code, overriding=True, on=on))
    if action.slug in actions.ONCE and actions.already_done(action, recorded_types(row.id)):
        flash(f"{action.label}: việc này đã được ghi. Nếu ghi sai, hãy dùng “Đính chính” ở "
              "dòng đó trong quá trình.", "warning")
        return redirect(url_for("web.candidate_page", candidate_id=candidate_id))
    form = SchemaForm(action.schema(), request.form or None,
                      {"expected_version": row.version, **deciding_body(action, row)})
    form.may_override = actions.acting_for(user()) == "committee"
    form.overriding_only = actions.overrides_only(user(), action, row.cell_code, on)
    if request.method == "POST" and (recorded := attempt(form, lambda d: actions.perform(
            services(), user(), candidate_id, action, d))):
        announce(action, recorded)
        shown(recorded)
        if not user().may_read(row.cell_code):   # recorded for a past date, not read today
            return redirect(url_for("web.candidate_list"))
        return redirect(url_for("web.candidate_page", candidate_id=candidate_id))
    return render_template("candidates/action.html", form=form, action=action, row=row), \
        422 if request.method == "POST" else 200


@bp.route("/quan-chung/moi", methods=["GET", "POST"])
def nominate():
    """Put a person on the cell's list (tạo nguồn)."""
    require(user().role == "secretary")
    form = SchemaForm(NominationSchema(), request.form or None,
                      {"cell": user().home_cell(), "nominated_on": ""})
    form.choices["cell"] = acting_cells()
    keyed = current_key()          # the form's one-time key: a retry finds the same person
    recorded = request.method == "POST" and attempt(
        form, lambda d: actions.nominate(services(), user(), d,
                                         candidate_id=derived_id(*keyed) if keyed else None))
    if recorded:
        flash("Đã đưa vào danh sách cảm tình Đảng.")
        if not shown(recorded):                   # not in the read models yet: no page
            return redirect(url_for("web.candidate_list"))
        return redirect(url_for("web.candidate_page", candidate_id=recorded.id))
    return render_template("candidates/new.html", form=form), \
        422 if request.method == "POST" else 200


@bp.route("/quan-chung/chuyen-den", methods=["GET", "POST"])
def receive_transfer():
    """The receiving cell takes in a member with the letter of introduction (issue 15)."""
    require(user().role == "secretary")
    form = SchemaForm(ArrivalSchema(), request.form or None,
                      {"cell": user().home_cell(), "arrived_on": ""})
    recorded = request.method == "POST" and attempt(
        form, lambda d: actions.receive_transfer(services(), user(), d))
    if recorded:
        flash("Đã nhận sinh hoạt đảng.")
        if not shown(recorded):
            return redirect(url_for("web.candidate_list"))
        return redirect(url_for("web.candidate_page", candidate_id=recorded.id))
    return render_template("candidates/arrival.html", form=form), \
        422 if request.method == "POST" else 200
