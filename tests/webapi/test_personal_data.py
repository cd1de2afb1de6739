"""Issue 18 on the web: every read of a file is in the access log, which the inspector
reads and the admin does not; the committee (only) erases, citing its document, and prints
what is held on a person; a master key others can read stops `ketnap init`."""

from __future__ import annotations

import os

from click.testing import CliRunner

from domain.personal import ERASED
from tests.webapi.conftest import STUDENT, event_count


def _withdraw(app, candidate):
    from datetime import date
    app.extensions["ketnap"].command(app.extensions["ketnap"].store.withdraw,
                                     candidate, "bithu.a", on=date(2026, 3, 1),
                                     reason="Chuyển trường")


def test_every_view_of_a_file_is_logged_and_only_the_inspector_reads_the_log(
        app, as_user, api, ids):
    person = str(ids["candidate"])
    assert as_user("bithu.a").get(f"/quan-chung/{person}").status_code == 200
    assert api("capuy")("GET", f"/candidates/{person}").status_code == 200
    assert as_user("capuy").get("/xuat/danh-sach.csv?cell=CB-A").status_code == 200
    inspector = as_user("kiemtra")
    page = inspector.get(f"/nhat-ky-truy-cap?person={person}").get_data(as_text=True)
    assert "bithu.a" in page and "capuy" in page and ">page<" in page and ">api<" in page
    assert STUDENT.full_name not in page                     # ids only, never the name
    by_user = inspector.get("/nhat-ky-truy-cap?user=capuy").get_data(as_text=True)
    assert ">export<" in by_user and "CB-A" in by_user
    for role in ("quantri", "capuy", "bithu.a"):
        assert as_user(role).get(f"/nhat-ky-truy-cap?person={person}").status_code == 403
    result = app.test_cli_runner().invoke(args=["access", "log", "--user", "bithu.a"])
    assert result.exit_code == 0 and person in result.output


def test_only_the_committee_erases_and_without_a_document_nothing_is_stored(
        app, as_user, ids):
    person = ids["candidate"]
    _withdraw(app, person)
    before = event_count(app)
    secretary = as_user("bithu.a")
    assert secretary.post(f"/quan-chung/{person}/xoa-du-lieu",
                          data={"authority": "QĐ 1"}).status_code == 403
    assert as_user("quantri").get(f"/quan-chung/{person}/xoa-du-lieu").status_code == 403
    committee = as_user("capuy")
    refused = committee.post(f"/quan-chung/{person}/xoa-du-lieu", data={"authority": " "})
    assert refused.status_code == 422 and "Văn bản cho phép xóa" in refused.get_data(
        as_text=True)
    assert event_count(app) == before
    done = committee.post(f"/quan-chung/{person}/xoa-du-lieu", data={"authority": "QĐ 15-QĐ"})
    assert done.status_code == 302 and event_count(app) == before + 1
    page = committee.get(f"/quan-chung/{person}").get_data(as_text=True)
    assert ERASED in page and STUDENT.full_name not in page
    export = committee.get(f"/quan-chung/{person}/du-lieu-ca-nhan.json").get_json()
    assert export["events"][-1]["type"] == "PersonErased"
    assert export["events"][0]["data"]["full_name"] == ERASED


def test_the_committee_prints_everything_held_on_a_person(app, as_user, ids):
    person = ids["candidate"]
    page = as_user("capuy").get(f"/quan-chung/{person}/du-lieu-ca-nhan")
    assert page.status_code == 200 and STUDENT.full_name in page.get_data(as_text=True)
    assert "bithu.a" in page.get_data(as_text=True)              # who recorded each event
    assert as_user("bithu.a").get(f"/quan-chung/{person}/du-lieu-ca-nhan").status_code == 403


def test_a_master_key_others_can_read_stops_init(tmp_path, monkeypatch):
    from service.cli import cli
    key = tmp_path / "keys" / "master.key"
    monkeypatch.setenv("KETNAP_MASTER_KEY_FILE", str(key))
    monkeypatch.setenv("KETNAP_INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.delenv("KETNAP_DATABASE_URL", raising=False)
    runner = CliRunner()
    assert runner.invoke(cli, ["init"]).exit_code == 0
    assert key.stat().st_mode & 0o777 == 0o600 and key.parent.stat().st_mode & 0o777 == 0o700
    os.chmod(key, 0o644)
    result = runner.invoke(cli, ["init"])
    assert result.exit_code != 0 and "khóa chủ đọc được bởi người khác" in result.output
