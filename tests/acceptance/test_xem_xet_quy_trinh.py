"""The committee reviews the procedures (features/xem_xet_quy_trinh.feature): the steps
write a procedure file into a folder of their own, record reviews and answers through
`Services.command` as the running service does, and read the state the pages show."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from domain.clock import zone
from domain.errors import DomainError
from service.livingdocs import reviews as rvs
from tests.conftest import FIXED_NOW

scenarios("xem_xet_quy_trinh.feature")

PROCEDURE = """# language: vi
Tính năng: Giới thiệu người vào Đảng

  @rule_{rule_a}
  Tình huống: {a}
    Cho học sinh "Nguyễn Văn An", đoàn viên
    Thì Đoàn được giới thiệu

  @rule_{rule_b}
  Tình huống: {b}
    Cho học sinh "Trần Thị Bình" chưa nộp đơn
    Thì việc giới thiệu bị từ chối
"""


@dataclass
class ReviewWorld:
    services: object
    folder: Path
    now: datetime = FIXED_NOW
    path: str = ""
    error: DomainError | None = None
    events_before: int = 0
    answers: dict = field(default_factory=dict)

    def book(self) -> rvs.ReviewBook:
        return rvs.ReviewBook(self.services.store, self.folder)

    def procedure(self) -> rvs.Procedure:
        return self.book().procedure(self.path)

    def at(self, day: str, hour: int, minute: int) -> None:
        local = datetime.combine(date(*reversed([int(p) for p in day.split("/")])),
                                 time(hour, minute), zone())
        self.now = local

    def review(self, actor: str, verdict: str, comments: list[dict]) -> None:
        self.events_before = self.services.store.last_position()
        try:
            self.services.command(self.services.store.review_procedure,
                                  self.book().current(self.path),
                                  self.book().current(self.path).version, verdict, comments,
                                  actor)
        except DomainError as error:
            self.error = error


@pytest.fixture
def world(database_url, tmp_path):
    from migrations import upgrade
    from service.config import sqlalchemy_url
    from service.services import Services

    upgrade(sqlalchemy_url(database_url))
    holder: list[ReviewWorld] = []
    services = Services(database_url, clock=lambda: holder[0].now)
    folder = tmp_path / "features"
    folder.mkdir()
    holder.append(ReviewWorld(services, folder))
    yield holder[0]
    services.close()


@pytest.fixture(autouse=True)
def on_both_stores(world):
    """Asked for here, not only by the steps, so that the scenarios run on either store."""
    return world


## Cho ---------------------------------------------------------------------------------------

@given(parsers.parse('quy trình "{path}" có hai tình huống "{a}" của quy tắc "{rule_a}" và '
                     '"{b}" của quy tắc "{rule_b}"'))
def procedure_file(world, path, a, rule_a, b, rule_b):
    (world.folder / path).write_text(PROCEDURE.format(a=a, b=b, rule_a=rule_a, rule_b=rule_b),
                                     encoding="utf-8")
    world.path = path


@given(parsers.parse('lúc {hour:d}:{minute:d} ngày {day} "{actor}" của cấp ủy cấp trên thông '
                     "qua phiên bản hiện tại của quy trình"))
@when(parsers.parse('lúc {hour:d}:{minute:d} ngày {day} "{actor}" của cấp ủy cấp trên thông '
                    "qua phiên bản hiện tại của quy trình"))
def approved(world, hour, minute, day, actor):
    world.at(day, hour, minute)
    world.review(actor, "approved", [])
    assert world.error is None, world.error


@given(parsers.parse('lúc {hour:d}:{minute:d} ngày {day} "{actor}" của Ủy ban kiểm tra không '
                     'thông qua phiên bản hiện tại của quy trình với ý kiến về tình huống '
                     '"{scenario}": "{text}"'))
def not_approved_earlier(world, hour, minute, day, actor, scenario, text):
    world.at(day, hour, minute)
    world.review(actor, "not_approved", [{"scenario": scenario, "text": text}])
    assert world.error is None, world.error


## Khi ---------------------------------------------------------------------------------------

@when(parsers.parse('"{actor}" của Ủy ban kiểm tra không thông qua phiên bản hiện tại của quy '
                    "trình mà không nêu ý kiến"))
def not_approved_silently(world, actor):
    world.review(actor, "not_approved", [])


@when(parsers.parse('"{actor}" của Ủy ban kiểm tra không thông qua phiên bản hiện tại của quy '
                    'trình với ý kiến về tình huống "{scenario}": "{text}"'))
def not_approved_with_comment(world, actor, scenario, text):
    world.review(actor, "not_approved", [{"scenario": scenario, "text": text}])


@when(parsers.parse('bước "{old}" của tình huống "{name}" được sửa thành "{new}"'))
def step_changed(world, old, name, new):
    file = world.folder / world.path
    text = file.read_text(encoding="utf-8")
    assert text.count(old) == 1
    file.write_text(text.replace(old, new), encoding="utf-8")


@when(parsers.parse('người soạn quy trình trả lời ý kiến số {key}: giữ nguyên vì "{note}"'))
def kept(world, key, note):
    world.services.command(world.services.store.answer_review_comment,
                           world.path, key, "kept", note, None,
                           "soan-thao")


## Thì ---------------------------------------------------------------------------------------

@then(parsers.parse('quy trình ở trạng thái "{label}"'))
def state_is(world, label):
    assert world.procedure().state.label == label


@then(parsers.parse('quy trình được "{actor}" thông qua lúc {hour:d}:{minute:d} ngày {day}'))
def approved_by(world, actor, hour, minute, day):
    [approval] = world.procedure().state.approvals
    assert approval.actor == actor
    assert approval.at.astimezone(zone()).strftime("%H:%M %d/%m/%Y") == \
        f"{hour:02d}:{minute:02d} {day}"


@then(parsers.parse('tình huống "{name}" hiện bản đã thông qua có "{old}" cạnh bản hiện tại '
                    'có "{new}"'))
def side_by_side(world, name, old, new):
    [change] = world.procedure().state.changes
    assert change.name == name
    assert old in change.old and new not in change.old and new in change.new


@then(parsers.parse('tình huống "{name}" vẫn là đã thông qua'))
def still_approved(world, name):
    assert world.procedure().state.approved_scenarios == {name}


@then(parsers.parse('quy tắc "{rule_id}" là "{label}"'))
def rule_state(world, rule_id, label):
    book = world.book()
    [rule] = [r for r in rvs.rule_reviews(book.procedures(), book.features)
              if r.rule_id == rule_id]
    assert rule.label == label


@then(parsers.parse('Ketnap từ chối, nêu "{text}"'))
def refused(world, text):
    assert world.error is not None and text in world.error.message


@then("sổ sự kiện không thêm gì")
def nothing_stored(world):
    assert world.services.store.last_position() == world.events_before


@then("quy trình không còn ý kiến chưa trả lời")
def no_open_comment(world):
    assert world.procedure().state.open_comments == []


@then(parsers.parse('ý kiến số {key} vẫn là "{text}", kèm trả lời "{answer}"'))
def comment_kept(world, key, text, answer):
    comment = world.procedure().record.comments[key]
    assert comment.text == text
    assert f"{'Giữ nguyên' if comment.answer.outcome == 'kept' else 'Đã sửa'}: " \
           f"{comment.answer.note}" == answer
