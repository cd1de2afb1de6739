"""A person's identity, the duplicate warning and re-admission (issue 15), through the
service's own command path (the duplicate warning reads the register)."""

from __future__ import annotations

import pytest
from pytest_bdd import given, scenarios, then, when

from domain.candidate.identity import LEFT_BY
from service import actions
from service.accounts.policy import User
from tests.acceptance.conftest import CELL, step

scenarios("danh_tinh_ket_nap_lai.feature")

SECRETARY = User(1, "bi-thu-chi-bo", "secretary", (CELL,))
GENDERS = {"nam": "male", "nữ": "female"}
HOW = {words: code for code, words in LEFT_BY.items()}


@pytest.fixture
def world(live_world):
    return live_world


def teacher(name, gender, born, on, **extra) -> dict:
    return {"cell": CELL, "full_name": name, "birth_date": born, "gender": GENDERS[gender],
            "category": "GV", "nominated_on": on, "youth_union_member": False,
            "education": "university", "ethnicity": "Kinh", **extra}


def nominate(world, data: dict) -> None:
    def run(_override):
        world.app.at(data["nominated_on"])
        recorded = actions.nominate(world.services, SECRETARY, data)
        world.candidates[" ".join(data["full_name"].split())] = recorded.id
    world.attempt(run)


def citizen_id(words: str) -> str | None:
    return None if words == "không có" else words


NOMINATION = ('bí thư tạo nguồn giáo viên "{name}", {gender}, sinh ngày {born:Date}, '
              'số định danh "{cid}", ngày {on:Date}')


@given(step("bí thư đã " + NOMINATION.removeprefix("bí thư ")))
def nominated_with_id(world, name, gender, born, cid, on):
    nominate(world, teacher(name, gender, born, on, citizen_id=cid))
    world.expect_recorded()


@when(step(NOMINATION))
def nominate_with_id(world, name, gender, born, cid, on):
    nominate(world, teacher(name, gender, born, on, citizen_id=citizen_id(cid)))


@when(step(NOMINATION + " và xác nhận đã xem cảnh báo"))
def nominate_confirmed(world, name, gender, born, cid, on):
    nominate(world, teacher(name, gender, born, on, citizen_id=citizen_id(cid),
                            confirm_duplicate=True))


@when(step('bí thư đề nghị kết nạp lại giáo viên "{name}", {gender}, sinh ngày {born:Date}, '
           'ra khỏi Đảng ngày {left:Date} vì "{how}", ngày {on:Date}'))
def nominate_for_readmission(world, name, gender, born, left, how, on):
    nominate(world, teacher(name, gender, born, on, left_party_on=left, left_by=HOW[how]))


@then(step('"{name}" mang số định danh "{cid}"'))
def carries_id(world, name, cid):
    assert world.candidate(name).citizen_id == cid
