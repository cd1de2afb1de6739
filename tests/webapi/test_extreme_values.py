"""No accepted event can break a projector: every event type recorded through the API with
extreme but valid values (the longest texts each field allows, characters from every
Unicode plane, boundary dates, optional fields null and set), then a correction of every
correctable field of every event type; the read models catch up after each, and a rebuild
gives the same tables. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from uuid import UUID

import pytest

from domain.candidate.correction import COMMITTEE_FACTS, CORRECTABLE
from service.readside import rebuild_all
from service.schemas.corrections import CORRECTIONS
from tests.readmodels import dump
from tests.webapi.conftest import SUPERIOR, make_app, seed

# one character from each Unicode plane that is assigned (BMP with Vietnamese, SMP emoji,
# SIP and TIP ideographs, SSP tag, the two private-use planes)
PLANES = "Ệ😀𠀀𰀀\U000E0041\U000F0000\U00100000"


def longest(length: int) -> str:
    return (PLANES * (length // len(PLANES) + 1))[:length]


TEXT = longest(500)
TODAY = "2026-11-26"          # the tests' fixed clock: the latest business date allowed


@pytest.fixture
def app(database_url):
    flask_app = make_app(database_url)
    flask_app.seed = seed(flask_app)
    yield flask_app
    flask_app.extensions["ketnap"].close()


def post(call, path: str, body: dict) -> dict:
    response = call("POST", path, json=body)
    assert response.status_code == 201, (path, response.json)
    return response.json


def nominate(call, birth: str, class_name: str | None, category: str = "HS",
             on: str = "2000-01-01") -> str:
    return post(call, "/candidates", {
        "cell": "CB-A", "full_name": longest(200), "birth_date": birth, "gender": "female",
        "category": category, "nominated_on": on, "youth_union_member": True,
        "education": "postgraduate", "ethnicity": longest(64), "class_name": class_name,
        "document_no": TEXT, "confirm_duplicate": True})["id"]     # one name, many people


def roster(secretary) -> dict:
    """Three official members (the fewest that may vote), added once (then refused)."""
    for n in range(1, 4):
        secretary("POST", "/cells/CB-A/members", json={
            "full_name": longest(200)[:-1] + str(n), "birth_date": "1970-01-01",
            "gender": "male", "category": "GV", "admitted_on": "1995-01-01",
            "official_since": "1996-01-01", "joined_on": "2000-01-01"})
    return secretary("GET", "/cells/CB-A/members").json


def introducers(secretary) -> list[dict]:
    """Two official members of the roster (issue 14: never names typed as text)."""
    return [{"member_id": m["member_id"], "together_since": "2000-01-01",
             "replaces_reason": TEXT} for m in roster(secretary)["members"][:2]]


def meeting(secretary, on: str) -> None:
    """The roster's three official members, all present: the vote's count."""
    roster_now = roster(secretary)
    if on in {m["held_on"] for m in roster_now["meetings"]}:
        return
    members = roster_now["members"]
    present = [m["member_id"] for m in members if m["left_on"] is None]
    post(secretary, "/cells/CB-A/meetings", {"held_on": on, "kind": "extraordinary",
                                             "chaired_by": present[0],
                                             "minutes_by": present[-1], "present": present})


def walk_the_path(secretary, committee, cid: str, upto: str = "conversion-decision") -> None:
    steps = [
        (secretary, "helper", {"assigned_on": "2000-01-01", "helpers": [TEXT] * 20,
                               "document_no": TEXT}),
        (secretary, "class-registration", {"registered_on": "2000-01-01", "document_no": None}),
        (secretary, "class-completion", {"completed_on": "2024-01-02", "certificate_no": TEXT,
                                         "issued_by": TEXT}),
        (secretary, "application", {"submitted_on": "2024-01-03"}),
        (secretary, "verification", {"concluded_on": "2024-01-04", "result": "passed",
                                     "document_no": TEXT}),
        (secretary, "introduction", {"introduced_on": "2024-01-05", "kind": "two_members",
                                     "introducer_members": introducers(secretary),
                                     "resolution_no": TEXT}),
        (secretary, "comments", {"collected_on": "2024-01-06", "document_no": TEXT}),
        (secretary, "admission-vote", {"meeting_on": "2024-01-08",
                                       "resolution_no": longest(464) + cid, "votes_for": 3}),
        (committee, "admission-decision", {"decided_on": "2024-01-09", "decision_no": TEXT,
                                           "decided_by": SUPERIOR, "received_on": "2024-01-09"}),
        (secretary, "admission-ceremony", {"held_on": "2024-01-10"}),
        (secretary, "new-member-class", {"completed_on": "2024-01-11", "certificate_no": TEXT}),
        (secretary, "conversion-vote", {"meeting_on": "2025-01-10",
                                        "resolution_no": longest(463) + "x" + cid,
                                        "votes_for": 3}),   # of 3, later 4 (one converted)
        (committee, "conversion-decision", {"decided_on": TODAY, "decision_no": TEXT,
                                            "decided_by": SUPERIOR}),
    ]
    for call, slug, body in steps:
        if slug.endswith("-vote"):
            meeting(secretary, body["meeting_on"])
        post(call, f"/candidates/{cid}/{slug}", body)
        if slug == upto:
            return


def correct_everything(secretary, committee, app, cid: str) -> int:
    """A correction of each correctable field of each event of the candidate, each to a
    value the original form would take (the same value for dates and counts, which keeps
    the record lawful; the longest text for texts). Returns how many were recorded."""
    store = app.extensions["ketnap"].store
    done = 0
    for event in list(store.candidate(UUID(cid)).history):
        for name, spec in CORRECTIONS[type(event)].items():
            value = (valid_citizen_id(event) if name == "citizen_id"
                     else extreme_value(spec, getattr(event, name)))
            call = committee if type(event) in COMMITTEE_FACTS else secretary
            post(call, f"/candidates/{cid}/correction", {
                "corrects": event.originator_version, "fields": {name: value},
                "authority": TEXT, "on": TODAY})
            done += 1
    return done


def valid_citizen_id(event) -> str:
    """12 digits agreeing with the person's birth year and sex (the longest valid value)."""
    year = event.birth_date.year
    century = (year // 100 - 19) * 2 + (event.gender == "female")
    return f"024{century}{year % 100:02d}999999"


def extreme_value(spec, current):
    field = spec.field
    limit = field.metadata.get("max_length")
    if isinstance(current, bool):
        choices = {"result": ("passed", "failed"), "afterwards": ("pool", "leaves")}
        return choices[spec.name][not current] if spec.name in choices else current
    if isinstance(current, date):
        return current.isoformat()
    if isinstance(current, int):
        return current
    if isinstance(current, tuple | list):
        return [TEXT] * 20
    if "choices" in field.metadata:
        return current
    return longest(limit or 500)


def the_superiors_other_outcomes(secretary, committee) -> list[str]:
    """A refusal after an extension, a consented late ceremony, a conversion refused after
    an extension (issue 15): every new event type, with the longest texts."""
    refused = nominate(secretary, "1980-03-31", longest(32))
    walk_the_path(secretary, committee, refused, upto="admission-vote")
    post(committee, f"/candidates/{refused}/admission-extension", {
        "extended_on": "2024-01-09", "document_no": TEXT, "extended_to": "2024-04-22",
        "reason": TEXT})
    post(committee, f"/candidates/{refused}/admission-refusal", {
        "decided_on": TODAY, "decision_no": TEXT, "decided_by": SUPERIOR, "reason": TEXT,
        "afterwards": "pool"})
    late = nominate(secretary, "1981-04-30", longest(32))
    walk_the_path(secretary, committee, late, upto="admission-decision")
    post(committee, f"/candidates/{late}/late-ceremony-consent", {
        "consented_on": "2024-03-01", "document_no": TEXT, "consented_by": TEXT})
    converting = nominate(secretary, "1982-05-31", longest(32))
    walk_the_path(secretary, committee, converting, upto="conversion-vote")
    post(committee, f"/candidates/{converting}/conversion-extension", {
        "extended_on": "2025-01-13", "document_no": TEXT, "extended_to": "2025-03-10",
        "reason": TEXT})
    post(committee, f"/candidates/{converting}/conversion-refusal", {
        "decided_on": TODAY, "decision_no": TEXT, "decided_by": SUPERIOR, "reason": TEXT})
    moving = nominate(secretary, "1983-06-30", longest(32))
    walk_the_path(secretary, committee, moving, upto="admission-ceremony")
    post(secretary, f"/candidates/{moving}/transfer-due", {
        "effective_on": "2024-02-01", "reason": TEXT})
    post(secretary, f"/candidates/{moving}/party-transfer", {
        "letter_on": TODAY, "letter_no": longest(100), "destination": longest(300)})
    post(secretary, f"/candidates/{moving}/transfer-presented", {
        "presented_on": TODAY, "received_by": longest(300)})
    arrived = post(secretary, "/candidates/arrivals", {
        "cell": "CB-A", "full_name": longest(200), "birth_date": "1960-02-29",
        "gender": "male", "category": "GV", "youth_union_member": False,
        "education": "postgraduate", "ethnicity": longest(64), "class_name": None,
        "arrived_on": TODAY, "letter_no": longest(100), "letter_on": TODAY,
        "from_unit": longest(300), "admitted_on": "2000-01-01",
        "new_member_class_on": "2000-06-01", "official_since": "2001-01-01",
        "confirm_duplicate": True})["id"]
    return [refused, late, converting, moving, arrived]


def test_every_event_type_with_extreme_values_and_every_correction_projects(app, api):
    secretary, committee = api("bithu.a"), api("capuy")
    student = nominate(secretary, "1964-01-31", longest(32))   # exactly 60 (by month) at the vote
    walk_the_path(secretary, committee, student)
    for slug, extra in (("withdrawal", {}), ("transfer", {"papers": [TEXT] * 20})):
        other = nominate(secretary, "2010-02-28", None, category="GV", on=TODAY)
        post(secretary, f"/candidates/{other}/{slug}", {"on": TODAY, "reason": TEXT, **extra})
    struck = nominate(secretary, "1988-02-29", longest(32))         # a leap day
    walk_the_path(secretary, committee, struck, upto="admission-ceremony")
    post(secretary, f"/candidates/{struck}/strike-off-proposal",
         {"meeting_on": TODAY, "resolution_no": TEXT, "reason": TEXT})
    post(committee, f"/candidates/{struck}/strike-off", {"on": TODAY, "reason": TEXT})
    others = [struck, *the_superiors_other_outcomes(secretary, committee)]

    for cid in (student, *others):
        corrected = correct_everything(secretary, committee, app, cid)
        assert corrected == sum(len(CORRECTABLE[type(e)]) for e in
                                app.extensions["ketnap"].store.candidate(UUID(cid)).history
                                if type(e) in CORRECTABLE)

    services = app.extensions["ketnap"]
    row = api("kiemtra")("GET", f"/candidates/{student}").json
    assert row["full_name"] == longest(200) and row["stage"] == "official"
    health = api("quantri")("GET", "/health").json
    assert health["ok"] and health["read_models_lag_events"] == 0
    live = dump(services.engine)
    rebuild_all(services, workers=1)
    assert dump(services.engine) == live
