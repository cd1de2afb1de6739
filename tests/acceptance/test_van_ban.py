"""Documents written from the record (issue 20): the numbers on paper are the record's."""

import pytest
from pytest_bdd import scenarios, then, when

from service import documents
from service.documents.checklist import checklist
from service.documents.render import text_of
from tests.acceptance.conftest import CELL, step

scenarios("van_ban.feature")
TITLES = {k.title: k for k in documents.KINDS}


@when(step('lập "{title}" của "{name}"'))
def write(world, title, name):
    found = documents.Record(world.candidate(name), world.app.cell(CELL),
                             roster=world.app.roster(CELL))
    world.document, world.refusal = None, None
    try:
        world.document = text_of(documents.render(TITLES[title], found))
    except documents.MissingFacts as refused:
        world.refusal = refused.message


@then(step('văn bản ghi "{text}"'))
def document_says(world, text):
    assert world.refusal is None, world.refusal
    assert text in world.document


@then(step('văn bản không lập được vì "{fragment}"'))
def document_refused(world, fragment):
    assert world.document is None and fragment in world.refusal


@when(step('lập danh mục hồ sơ của "{name}" cho ngày họp {on:Date}'))
def dossier(world, name, on):
    world.dossier = {item.title: label for item, _, label in
                     checklist(world.candidate(name), on).rows()}


@then(step('danh mục ghi "{title}" là "{label}"'))
def dossier_says(world, title, label):
    assert world.dossier[title] == label, world.dossier


@pytest.fixture(autouse=True)
def _no_leftovers(world):
    world.document = world.refusal = world.dossier = None
