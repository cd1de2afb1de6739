"""The committee's review of the procedures: read each procedure's review state, record a
review of the version read, answer a comment."""

from __future__ import annotations

from flask import current_app

from service.accounts.policy import require
from service.api.blueprint import blp, services, user
from service.livingdocs import reviews as rvs
from service.schemas import reviews as s
from service.schemas import views as v

SECURED = [{"bearer": []}]


def book() -> rvs.ReviewBook:
    require(user().role in rvs.READERS)
    return rvs.ReviewBook(services().store, rvs.features_dir(current_app.config))


@blp.route("/procedures", methods=["GET"])
@blp.response(200, s.ReviewedProcedureSchema(many=True))
@blp.doc(security=SECURED)
def list_procedures():
    """Every procedure (feature file) with its review state"""
    return [rvs.procedure_dict(p) for p in book().procedures()]


@blp.route("/procedures/<path:path>", methods=["GET"])
@blp.response(200, s.ReviewedProcedureSchema)
@blp.doc(security=SECURED)
def show_procedure(path: str):
    """One procedure: who approved which version, open and answered comments, changes"""
    return rvs.procedure_dict(book().procedure(path))


@blp.route("/procedure-reviews", methods=["POST"])
@blp.arguments(s.ReviewSchema)
@blp.response(201, v.RecordedSchema)
@blp.doc(security=SECURED)
def review_procedure(data):
    """Record a review (committee, inspector) of the version read: approved, approved with
    remarks, or not approved with comments"""
    recorded = rvs.record_review(services(), user(), book(), data)
    return {"id": recorded.id, "stage": None, "version": recorded.version}


@blp.route("/procedure-review-answers", methods=["POST"])
@blp.arguments(s.AnswerSchema)
@blp.response(201, v.RecordedSchema)
@blp.doc(security=SECURED)
def answer_comment(data):
    """Answer a comment (maintainer, admin): changed in a version, or kept and why"""
    recorded = rvs.answer_comment(services(), user(), book(), data)
    return {"id": recorded.id, "stage": None, "version": recorded.version}
