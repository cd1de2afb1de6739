"""Rule sets by date (24-QĐ/TW, 232-QĐ/TW, 294-QĐ/TW) and the superior body as data."""

from pytest_bdd import scenarios, then

from domain.rules.catalogue import RULE_SETS
from tests.acceptance.conftest import CELL, step

scenarios("bo_quy_dinh_theo_ngay.feature")

TITLES = {rule_set.id: rule_set.title for rule_set in RULE_SETS}
STEPS = {"biểu quyết đề nghị kết nạp": "AdmissionVoted", "quyết định kết nạp": "AdmissionDecided",
         "lễ kết nạp": "Admitted"}


def recorded_event(world, name: str, label: str):
    return next(e for e in world.candidate(name).history if type(e).__name__ == STEPS[label])


@then(step('việc đó được xét theo "{text}"'))
def judged_under(world, text):
    rule_set = world.error.rule_set if world.error else world.app.read_events(
        world.app.last_position() - 1, 1)[0][1].rule_set
    assert TITLES[rule_set].startswith(text), TITLES[rule_set]


@then(step('việc "{label}" của "{name}" được xét theo "{text}"'))
def step_judged_under(world, label, name, text):
    assert TITLES[recorded_event(world, name, label).rule_set].startswith(text)


@then(step('cấp ủy cấp trên trực tiếp của chi bộ ngày {on:Date} là "{body}"'))
def superior_on(world, on, body):
    assert world.app.cell(CELL).superior_on(on) == body


@then(step('quyết định kết nạp "{name}" do cấp ủy cấp trên trực tiếp của chi bộ vào ngày '
           "quyết định ký"))
def decided_by_superior(world, name):
    decision = recorded_event(world, name, "quyết định kết nạp")
    assert decision.decided_by == world.app.cell(CELL).superior_on(decision.occurred_on)
