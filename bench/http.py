"""The real HTTP API and web pages under gunicorn, on loopback: users and credentials for the
bench, a client that records commands through `POST /api/v1/...`, and the command rate."""

from __future__ import annotations

import json
import secrets
import threading
import time
from datetime import UTC, datetime
from http.client import HTTPConnection
from uuid import UUID

from bench import shape, web
from bench.follower import follower
from domain.errors import ConcurrentChange

SECRET = "bench-secret-key"
SECRETARY, INSPECTOR = "bench.thuky", "bench.kiemtra"
# the session cookie is made before the logs are loaded: it must outlive the default idle time
ENV = {"KETNAP_SECRET_KEY": SECRET, "KETNAP_SESSION_IDLE_MINUTES": "600"}


def credentials(url: str) -> dict:
    """Two users (a secretary of the bench cell, an inspector): API tokens, and a signed
    session cookie for the web pages (the same secret key as the server's) carrying the key
    of a server-side session, as after a login."""
    app = shape.make_app(url)
    app.config["SECRET_KEY"] = SECRET
    accounts = app.extensions["ketnap_accounts"]
    # the server runs on the wall clock: a session opened at the generated log's "today"
    # would have outlived its 12 hours, and every page would redirect to the login
    accounts.sessions.clock = lambda: datetime.now(UTC)
    try:
        for name, role, cells in ((SECRETARY, "secretary", [shape.CELL]),
                                  (INSPECTOR, "inspector", [])):
            if accounts.by_name(name) is None:
                accounts.add_user(name, "mat-khau-bench-1", role, cells)
        inspector = accounts.by_name(INSPECTOR)
        # the cookie a browser holds after its first page: Flask-WTF keeps the CSRF secret in
        # the session (without it every response would set a new cookie, which no browser
        # causes more than once)
        cookie = app.session_interface.get_signing_serializer(app).dumps(
            {"_user_id": accounts.sessions.open(inspector.id),
             "csrf_token": secrets.token_hex(20)})
        return {"secretary": accounts.issue_token(SECRETARY),
                "inspector": accounts.issue_token(INSPECTOR), "cookie": f"session={cookie}"}
    finally:
        app.extensions["ketnap"].close()


def server(url: str, read_side: str = "inline"):
    return web.gunicorn("service:create_app()", {**ENV, "KETNAP_DATABASE_URL": url,
                                                 "KETNAP_READ_SIDE": read_side},
                        ready_path="/api/v1/openapi.json")


class Client:
    """A secretary over HTTP: 201 → (id, version, None); 409 → ConcurrentChange."""

    def __init__(self, base: str, token: str) -> None:
        self.host, self.port = base.split("//")[1].split(":")
        self.headers = {"Authorization": f"Bearer {token}",
                        "Content-Type": "application/json"}

    def post(self, path: str, body: dict) -> tuple[UUID, int, None]:
        conn = HTTPConnection(self.host, int(self.port), timeout=30)
        try:
            conn.request("POST", "/api/v1" + path, json.dumps(body), self.headers)
            response = conn.getresponse()
            data = response.read()
        finally:
            conn.close()
        if response.status == 409:
            raise ConcurrentChange(data.decode(errors="replace"))
        if response.status != 201:
            raise RuntimeError(f"HTTP {response.status} {path}: {data[:300]!r}")
        created = json.loads(data)
        return UUID(created["id"]), created["version"], None

    def nominate(self, n: int):
        p = shape.person(n)
        return self.post("/candidates", {
            "cell": shape.CELL, "full_name": p.full_name, "birth_date": str(p.birth_date),
            "gender": p.gender, "category": p.category, "ethnicity": p.ethnicity,
            "youth_union_member": p.youth_union_member, "education": p.education,
            "class_name": p.class_name, "nominated_on": str(shape.COMMAND_DAY)})

    def assign_helpers(self, cid: UUID, n: int):
        return self.post(f"/candidates/{cid}/helper", {
            "assigned_on": str(shape.COMMAND_DAY.replace(day=9)),
            "helpers": [f"Đảng viên {n}"]})


def command_rate(url: str, seconds: float, threads: int = 4) -> dict:
    """`threads` secretaries, each nominating a candidate and then recording helper
    assignments on it, for `seconds`; acknowledged (201) commands per second. Deployed
    shape: web workers only record, the follower process keeps the read side up."""
    tokens = credentials(url)
    with follower(url, SECRET), server(url, "follower") as (base, _):
        client = Client(base, tokens["secretary"])
        acks: list[float] = []
        errors: list[str] = []
        deadline = time.monotonic() + seconds

        def secretary(k: int) -> None:
            cid = None
            for n in range(100_000):
                if time.monotonic() > deadline:
                    return
                t0 = time.perf_counter()
                try:
                    cid = client.nominate(k * 100_000 + n)[0] if cid is None or n % 8 == 0 \
                        else client.assign_helpers(cid, n)[0]
                    acks.append(time.perf_counter() - t0)
                except Exception as error:  # noqa: BLE001 - counted, reported
                    errors.append(str(error)[:200])

        started = time.monotonic()
        workers = [threading.Thread(target=secretary, args=(k,)) for k in range(threads)]
        for t in workers:
            t.start()
        for t in workers:
            t.join(seconds + 60)
        elapsed = time.monotonic() - started
    return {"rate": len(acks) / elapsed, "p50_ms": shape.percentile(acks, .5) * 1e3,
            "p99_ms": shape.percentile(acks, .99) * 1e3, "errors": errors[:5],
            "note": f"({threads} client threads; follower running)"}


def status_pages(url: str, plan_id: UUID) -> list[tuple[str, str, dict]]:
    tokens = credentials(url)
    return [("API plan status (GET /api/v1/plans/{id}/status)",
             f"/api/v1/plans/{plan_id}/status", {"Authorization": f"Bearer {tokens['inspector']}"}),
            ("web plan status page (GET /ke-hoach/{id})", f"/ke-hoach/{plan_id}",
             {"Cookie": tokens["cookie"]})]
