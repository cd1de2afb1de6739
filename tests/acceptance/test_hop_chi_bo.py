"""Cell meetings and the votes taken at them (hop_chi_bo.feature)."""

from __future__ import annotations

from datetime import date

from pytest_bdd import given, scenarios, when

from domain.roster import NewMember
from tests.acceptance.conftest import CELL, SECRETARY, step

scenarios("hop_chi_bo.feature")


@given(step("danh sách đảng viên của chi bộ có {officials:d} đảng viên chính thức và "
            "{probationary:d} đảng viên dự bị từ {since:Date}"))
def roster_of(world, officials, probationary, since):
    people = [(NewMember(f"Đảng viên chính thức {n}", date(1980, 1, n), "female", "GV",
                         date(2005, 1, 1), date(2006, 1, 1)), since)
              for n in range(1, officials + 1)]
    people += [(NewMember(f"Đảng viên dự bị {n}", date(1995, 1, n), "male", "GV",
                          since), since) for n in range(1, probationary + 1)]
    world.app.import_members(CELL, people, SECRETARY)


@given(step("{count:d} đảng viên chính thức {kind} từ {starts:Date} đến {ends:Date}"))
def absent(world, count, kind, starts, ends):
    kinds = {"sinh hoạt tạm thời nơi khác": "away", "miễn sinh hoạt": "exempt"}
    roster = world.app.roster(CELL)
    free = [m for m in roster.official_on(starts) if not m.absences]
    for member in free[:count]:
        world.app.record_absence(CELL, member.member_id, kinds[kind], starts, ends, SECRETARY)


@given(step("chi bộ họp ngày {on:Date}, mọi đảng viên trong danh sách có mặt trừ người vắng"))
def meeting(world, on):
    roster = world.app.roster(CELL)
    present = [m.member_id for m in roster.on_roster(on) if m.absence_on(on) is None]
    world.app.hold_meeting(CELL, on, "regular", present[0], present[-1], present, SECRETARY)


@when(step('chi bộ biểu quyết đề nghị kết nạp "{name}" tại cuộc họp ngày {on:Date}, nghị '
           'quyết số "{number}", {votes:d} đồng chí tán thành'))
def vote_at(world, name, on, number, votes):
    world.act("vote_admission", name, meeting_on=on, resolution_no=number, votes_for=votes)


@when(step("chi bộ ghi cuộc họp ngày {on:Date} có mặt một người không có trong danh sách"))
def meeting_with_a_stranger(world, on):
    roster = world.app.roster(CELL)
    present = [m.member_id for m in roster.on_roster(on)] + ["nguoi-ngoai"]
    world.attempt(lambda _override: world.app.hold_meeting(CELL, on, "regular", present[0],
                                                          present[0], present, SECRETARY))
