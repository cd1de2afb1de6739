"""The committee reviews the procedures: the summary by state, one procedure's review page
(its state, its comments and their answers, what changed since approval, the review form),
and the record of a period as a minutes-style page or DOCX."""

from __future__ import annotations

from datetime import date

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from marshmallow import ValidationError

from domain import review as rv
from domain.errors import DomainError, NotFound
from service.accounts.policy import require
from service.livingdocs import minutes as mn
from service.livingdocs import reviews as rvs
from service.schemas.reviews import AnswerSchema, ReviewSchema
from service.typed_dates import parse_day
from service.web.blueprint import bp, services, today, user
from service.web.exports import download

BASE = "/tai-lieu-quy-trinh/xem-xet"


def book() -> rvs.ReviewBook:
    require(user().role in rvs.READERS)
    return rvs.ReviewBook(services().store, rvs.features_dir(current_app.config))


@bp.route(BASE)
def review_summary():
    """Every procedure by review state, and the rules not yet reviewed."""
    reviews = book()
    procedures = reviews.procedures()
    rules = rvs.rule_reviews(procedures, reviews.features)
    return render_template("reviews/summary.html", groups=rvs.by_state(procedures),
                           rules=rules, user_may_review=user().role in rvs.REVIEWERS,
                           today=today())


@bp.route(f"{BASE}/<path:path>", methods=["GET", "POST"])
def review_procedure(path: str):
    """One procedure: its review state and history; committee and inspectors review it."""
    reviews = book()
    procedure = _found(reviews, path)
    errors: list[str] = []
    if request.method == "POST":
        recorded = _run(errors, lambda: rvs.record_review(
            services(), user(), reviews, ReviewSchema().load(_review_input(procedure))))
        if recorded:
            flash(f"Đã ghi nhận kết luận xem xét “{procedure.name}”.")
            return redirect(url_for("web.review_procedure", path=path))
    return _page(procedure, errors)


@bp.route(f"{BASE}/<path:path>/tra-loi", methods=["POST"])
def answer_review_comment(path: str):
    """The maintainer or the admin answers one comment."""
    reviews = book()
    procedure = _found(reviews, path)
    errors: list[str] = []
    data = {"path": path, "comment": request.form.get("comment", ""),
            "outcome": request.form.get("outcome", ""), "note": request.form.get("note", ""),
            "in_version": request.form.get("in_version") or None}
    if _run(errors, lambda: rvs.answer_comment(services(), user(), reviews,
                                              AnswerSchema().load(data))):
        flash(f"Đã trả lời ý kiến số {data['comment']}.")
        return redirect(url_for("web.review_procedure", path=path))
    return _page(procedure, errors)


def _found(reviews: rvs.ReviewBook, path: str) -> rvs.Procedure:
    try:
        return reviews.procedure(path)
    except NotFound:
        abort(404)


def _run(errors: list[str], command):
    """A refusal stays on the page, in Vietnamese, naming the field; nothing is stored."""
    try:
        return command()
    except ValidationError as error:
        errors += [f"{FIELDS.get(name, name)}: {_flat(messages)}"
                   for name, messages in error.messages.items()]
    except DomainError as error:
        errors.append(error.message)
    return None


FIELDS = {"version": "Phiên bản", "verdict": "Kết luận", "comments": "Ý kiến",
          "comment": "Ý kiến số", "outcome": "Trả lời", "note": "Ghi chú",
          "in_version": "Phiên bản", "path": "Quy trình"}


def _flat(messages) -> str:
    if isinstance(messages, dict):
        return "; ".join(_flat(m) for m in messages.values())
    if isinstance(messages, list):
        return "; ".join(_flat(m) for m in messages)
    return str(messages)


def _review_input(procedure: rvs.Procedure) -> dict:
    """The form's fields: the verdict, a comment on the whole, one per scenario (by its
    place in the version read, so a name is never trusted from the page)."""
    form = request.form
    version = form.get("version", "")
    read = procedure.text if version == procedure.text.version else \
        procedure.record.texts.get(version)
    names = list(read.scenarios) if read else []
    comments = [{"scenario": None, "text": form.get("comment_whole", "")}]
    for index, name in enumerate(names):
        comments.append({"scenario": name, "text": form.get(f"comment_{index}", "")})
    return {"path": procedure.path, "version": version, "verdict": form.get("verdict", ""),
            "comments": [c for c in comments if c["text"].strip()]}


def _page(procedure: rvs.Procedure, errors: list[str]):
    role = user().role
    return render_template("reviews/procedure.html", p=procedure, errors=errors,
                           form=request.form, verdicts=rv.VERDICTS, outcomes=rv.OUTCOMES,
                           may_review=role in rvs.REVIEWERS, may_answer=role in rvs.ANSWERERS,
                           scenarios=list(procedure.text.scenarios)), 422 if errors else 200


# --- the record of a period -------------------------------------------------------------------

@bp.route("/tai-lieu-quy-trinh/bien-ban")
def review_minutes():
    """The review record of a period, as a printable minutes page or a DOCX (A4)."""
    reviews = book()
    start, end = _day("tu"), _day("den")
    if start is None or end is None or start > end:
        return render_template("reviews/period.html", today=today(),
                               error=bool(request.args)), 400 if request.args else 200
    record = mn.Minutes(start, end, today(), mn.entries(reviews.procedures(), start, end))
    if request.args.get("dinh-dang") == "docx":
        return download(mn.to_docx(record), f"bien-ban-xem-xet-{start:%Y%m%d}-{end:%Y%m%d}",
                        "docx")
    return render_template("reviews/minutes.html", m=record, verdicts=rv.VERDICTS,
                           outcomes=rv.OUTCOMES)


def _day(name: str) -> date | None:
    return parse_day(request.args.get(name))
