"""The seeded faults, one function each; `seed_all` returns the expected findings."""

from __future__ import annotations

from domain import events as ev
from domain.decisions import Override
from tests.integration.audit.faulty import CELL, D, Faulty, person

OVERRIDE = Override("Ban Thường vụ Tỉnh ủy đồng ý", "15-CV/TU", D(2024, 2, 20),
                    "Ban Thường vụ Tỉnh ủy Bắc Giang")


def override_over_sixty(f: Faulty) -> None:
    cid, _ = f.nominate(person("Lỗi Quá Tuổi", D(1962, 6, 1), "GV"), D(2024, 1, 8))
    f.dossier(cid, D(2024, 1, 15))
    f.expect("override", "age_maximum",
             f.vote(cid, D(2024, 3, 5), override=OVERRIDE, acting_for="committee"))
    f.leave(cid, D(2024, 3, 20))


def override_under_age(f: Faulty) -> None:
    """No one may override the age floor now; an old log may still hold such an override."""
    cid, _ = f.nominate(person("Lỗi Tuổi", D(2007, 6, 1)), D(2024, 1, 8))
    f.dossier(cid, D(2024, 1, 15))
    f.expect("override", "age_limits",
             f.forge(D(2024, 3, 5), cid, ev.AdmissionVoted, "01-NQ/CB", official_members=9,
                     votes_for=9, passed=True, override_reason="Ban Thường vụ đồng ý",
                     override_authority="15-CV/HU", overridden_rules=("age_limits",)))
    f.leave(cid, D(2024, 3, 20))


def certificate_expired_at_vote(f: Faulty) -> None:
    cid, _ = f.nominate(person("Lỗi Chứng Nhận", D(2000, 1, 5)), D(2019, 1, 7))
    f.dossier(cid, D(2019, 1, 14))     # certificate 03/02/2019: > 60 months by 2024
    position = f.forge(D(2024, 5, 7), cid, ev.AdmissionVoted, "02-NQ/CB", official_members=9,
                       votes_for=9, passed=True)
    # the 2019 introduction, comments and verification lapsed too (issue 14 item 5)
    for rule in ("certificate_validity", "introduction_validity", "comments_validity",
                 "verification_validity"):
        f.expect("violation", rule, position)
    f.leave(cid, D(2024, 5, 20))


def vote_under_two_thirds_marked_passed(f: Faulty) -> None:
    cid, _ = f.nominate(person("Lỗi Biểu Quyết", D(2004, 2, 2)), D(2024, 1, 8))
    f.dossier(cid, D(2024, 1, 15))
    f.expect("vote_two_thirds", "vote_two_thirds",
             f.forge(D(2024, 3, 12), cid, ev.AdmissionVoted, "03-NQ/CB", official_members=9,
                     votes_for=5, passed=True))
    f.leave(cid, D(2024, 3, 25))


def step_out_of_order(f: Faulty) -> None:
    cid, _ = f.nominate(person("Lỗi Trình Tự", D(2004, 3, 3)), D(2024, 1, 8))
    f.dossier(cid, D(2024, 1, 15), certificate=False)
    f.expect("violation", "stage_order",
             f.forge(D(2024, 2, 1), cid, ev.ApplicationSubmitted))


def late_entry(f: Faulty) -> None:
    _, position = f.nominate(person("Lỗi Ghi Muộn", D(2004, 4, 4)), D(2024, 2, 5),
                             late_days=45)
    f.expect("late_entry", "late_entry", position)


def correction(f: Faulty) -> None:
    cid, _ = f.nominate(person("Lỗi Đính Chính", D(2004, 5, 5)), D(2024, 2, 5))
    f.expect("correction", "record_correction",
             f.run(D(2024, 2, 20), "correct_record", cid, "bithu", corrects=1,
                   fields={"full_name": "Lỗi Đính Chính Lại"}, authority="05-CV/CB",
                   on=D(2024, 2, 20)))


def decision_late(f: Faulty) -> None:
    cid, _ = f.nominate(person("Hạn Quyết Định", D(2004, 6, 6)), D(2024, 1, 8))
    f.dossier(cid, D(2024, 1, 15))
    f.vote(cid, D(2024, 3, 5))
    f.expect("deadline_breach", "decision_within_60_working_days",
             f.decide(cid, D(2024, 7, 30), D(2024, 8, 1)))
    f.ceremony(cid, D(2024, 8, 15))
    f.leave(cid, D(2024, 9, 2), "transfer_out")


def ceremony_late(f: Faulty) -> None:
    cid, _ = f.nominate(person("Hạn Lễ Kết Nạp", D(2004, 7, 7)), D(2024, 1, 8))
    f.dossier(cid, D(2024, 1, 15))
    f.vote(cid, D(2024, 3, 5))
    f.decide(cid, D(2024, 4, 2), D(2024, 4, 4))
    f.expect("deadline_breach", "ceremony_within_30_working_days",
             f.ceremony(cid, D(2024, 6, 28)))
    f.leave(cid, D(2024, 9, 2), "transfer_out")


def conversion_vote_late(f: Faulty) -> None:
    cid, _ = f.nominate(person("Hạn Xét Chính Thức", D(1995, 8, 8), "GV"), D(2024, 1, 8))
    f.dossier(cid, D(2024, 1, 15))
    f.vote(cid, D(2024, 3, 5))
    f.decide(cid, D(2024, 4, 2), D(2024, 4, 4))
    f.probation(cid, D(2024, 4, 16))
    f.expect("deadline_breach", "conversion_vote_within_30_working_days",
             f.convert_vote(cid, D(2025, 8, 19)))
    f.convert(cid, D(2025, 9, 9))


def conversion_decision_late(f: Faulty) -> None:
    cid, _ = f.nominate(person("Hạn Công Nhận", D(1995, 9, 9), "GV"), D(2024, 1, 8))
    f.dossier(cid, D(2024, 1, 15))
    f.vote(cid, D(2024, 3, 5))
    f.decide(cid, D(2024, 4, 2), D(2024, 4, 4))
    f.probation(cid, D(2024, 4, 16))
    f.convert_vote(cid, D(2025, 4, 22))
    f.expect("deadline_breach", "conversion_decision_within_30_working_days",
             f.convert(cid, D(2025, 8, 5)))


def decision_by_a_body_not_the_superior(f: Faulty) -> None:
    """An old import (before issue 14 item 4) holds a decision by a body that was not the
    cell's superior that day: the audit re-judges it against the cell's dated superiors."""
    cid, _ = f.nominate(person("Lỗi Cấp Quyết Định", D(2004, 11, 11)), D(2024, 1, 8))
    f.dossier(cid, D(2024, 1, 15))
    f.vote(cid, D(2024, 3, 5))
    f.expect("violation", "decision_by_competent_body",
             f.forge(D(2024, 4, 2), cid, ev.AdmissionDecided, "09-QĐ/PN",
                     decided_by="Hội Phụ nữ xã", received_on=D(2024, 4, 2)))
    f.ceremony(cid, D(2024, 4, 16))
    f.leave(cid, D(2024, 9, 2), "transfer_out")


def decision_still_missing(f: Faulty) -> None:
    cid, _ = f.nominate(person("Hạn Chưa Quyết Định", D(2004, 10, 10)), D(2025, 9, 8))
    f.dossier(cid, D(2025, 9, 15))
    f.expect("deadline_breach", "decision_within_60_working_days",
             f.vote(cid, D(2026, 1, 6)))


SEEDS = (override_under_age, override_over_sixty, certificate_expired_at_vote,
         vote_under_two_thirds_marked_passed, step_out_of_order, late_entry, correction,
         decision_late, ceremony_late, conversion_vote_late, conversion_decision_late,
         decision_by_a_body_not_the_superior, decision_still_missing)


def seed_all(services) -> list[tuple[str, str, int]]:
    f = Faulty(services)
    f.at(D(2019, 1, 2))
    services.command(services.store.register_cell,
                     CELL, "Chi bộ THPT Lỗi", "Ban Thường vụ Huyện ủy",
                     D(2019, 1, 2), "admin")
    clock = services.store.clock
    try:
        for seed in SEEDS:
            seed(f)
    finally:
        services.store.clock = clock
    return f.expected
