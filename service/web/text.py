"""Words and dates the pages show: dd/mm/yyyy everywhere, stages and categories in Vietnamese."""

from __future__ import annotations

from datetime import date, datetime

from flask import Flask

from domain import labels
from domain.candidate.nomination import CATEGORIES, EDUCATION_LEVELS, GENDERS
from domain.candidate.state import STAGE_LABELS
from domain.clock import local
from domain.plan import ACTIVITIES
from service.reports.header import long_date

STAGES = {stage.value: label for stage, label in STAGE_LABELS.items()}   # by stage code
DEADLINE_STATUS = {
    "pending": "Chưa đến hạn", "due_soon": "Sắp đến hạn", "overdue": "Quá hạn",
    "met": "Đúng hạn", "breached": "Trễ hạn", "closed": "Đã đóng",
    "consented": "Trễ hạn, cấp trên đã đồng ý",
}


def vn_date(value: date | datetime | None) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):   # the store records UTC; people read the cell's clock
        return local(value).strftime("%d/%m/%Y %H:%M")
    return value.strftime("%d/%m/%Y")


def install_filters(app: Flask) -> None:
    app.jinja_env.filters.update(
        vn_date=vn_date, long_date=long_date,
        stage=lambda s: STAGES.get(s, s),
        category=lambda c: CATEGORIES.get(c, c),
        gender=lambda g: GENDERS.get(g, g),
        education=lambda e: EDUCATION_LEVELS.get(e, e),
        activity=lambda a: ACTIVITIES.get(a, a),
        deadline_status=lambda s: DEADLINE_STATUS.get(s, s),
        rule_title=labels.rule_title, field_label=labels.field_label,
        audit_kind=labels.audit_kind, deadline_duty=labels.deadline_duty,
    )
    app.jinja_env.globals.update(STAGES=STAGES, CATEGORIES=CATEGORIES)
