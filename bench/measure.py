"""One measurement each: returns plain numbers. Timers wrap only the measured work."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import time
from datetime import datetime, timedelta
from functools import partial
from uuid import uuid4

from eventsourcing.application import Application
from eventsourcing.domain import Aggregate, event

from bench import generate, http, web
from bench.follower import drain_seconds, follower
from bench.shape import CELL, COMMAND_DAY, NOW, STATUS_PLAN, make_app, median, percentile, person
from bench.stores import audit_key_file
from projections import queries
from service.application.store import store_environment

__all__ = ["CELL", "COMMAND_DAY", "NOW", "make_app", "median", "percentile", "person"]


# --- the library-level reference: a trivial aggregate, one event per save --------------------

class Thing(Aggregate):
    @event("Registered")
    def __init__(self, name: str) -> None:
        self.name, self.stage, self.notes = name, 0, []

    @event("Changed")
    def change(self, stage: int, note: str) -> None:
        self.stage = stage
        self.notes.append(note)


class RawApp(Application):
    name = "rawbench"


def raw_append(url: str, things: int = 250) -> dict:
    """perf-baseline.md's "append": create + 7 commands, one save each, events/s."""
    app = RawApp(env=store_environment(url))
    latencies = []
    started = time.perf_counter()
    for n in range(things):
        t0 = time.perf_counter()
        thing = Thing(f"candidate {n}")
        app.save(thing)
        latencies.append(time.perf_counter() - t0)
        for step in range(1, 8):
            t0 = time.perf_counter()
            thing.change(step, f"note {step} for candidate {n} " * 3)
            app.save(thing)
            latencies.append(time.perf_counter() - t0)
    elapsed = time.perf_counter() - started
    app.close()
    return {"rate": len(latencies) / elapsed, "p50_ms": percentile(latencies, .5) * 1e3,
            "p99_ms": percentile(latencies, .99) * 1e3}


# --- commands through the application, read-side catch-up included ---------------------------

def candidate_commands(n: int) -> list[tuple[str, dict]]:
    """The first 7 steps after nomination, with kwargs, in the order a secretary records them."""
    d = COMMAND_DAY
    return [
        ("assign_helpers", {"assigned_on": d + timedelta(7), "helpers": ["Nguyễn Hồng Phúc"]}),
        ("register_for_awareness_class", {"registered_on": d + timedelta(14)}),
        ("complete_awareness_class", {"completed_on": d + timedelta(60),
                                      "certificate_no": f"{n}/CN-NTVĐ",
                                      "issued_by": "Trung tâm Chính trị"}),
        ("submit_application", {"submitted_on": d + timedelta(80)}),
        ("record_verification", {"concluded_on": d + timedelta(100), "result": "passed"}),
        ("record_introduction", {"introduced_on": d + timedelta(105), "kind": "youth_union",
                                 "introducers": ["Ban Chấp hành Đoàn trường"],
                                 "resolution_no": "NQ giới thiệu"}),
        ("collect_comments", {"collected_on": d + timedelta(110)}),
    ]


def read_side_installed(services) -> bool:
    """Whether the composition root has read-side work to do after commands."""
    return bool(services.after_command)


def command_rate(url: str, candidates: int = 150, read_side: str = "follower",
                 encrypt: bool = True) -> dict:
    """perf-baseline.md's "handler": nominate 150 candidates, then 7 commands each
    (command-major), each get + decide + save. `follower`: the deployment's shape, the read
    models and audit seal kept up by a follower process running meanwhile (its drain time
    after the last command is reported); `inline`: both done inside every command.
    `encrypt=False` writes the personal fields in the clear, as before issue 18: its cost,
    side by side (the follower reads both kinds)."""
    from service import services_of

    app = make_app(url, read_side)
    services = services_of(app)
    if not encrypt:
        write_in_the_clear(services.store)
    latencies = []
    with app.app_context():
        services.follow_once()                    # the prepared log, outside the timer
        with follower(url) if read_side == "follower" else contextlib.nullcontext() as proc:
            if proc:
                warm_up(services, proc)
            started = time.perf_counter()
            ids = []
            for n in range(candidates):
                t0 = time.perf_counter()
                ids.append(services.command(services.store.nominate,
                                            CELL, person(n), COMMAND_DAY, "bench",
                                            candidate_id=uuid4()).id)
                latencies.append(time.perf_counter() - t0)
            for step in range(7):
                for n, cid in enumerate(ids):
                    use_case, kwargs = candidate_commands(n)[step]
                    t0 = time.perf_counter()
                    services.command(getattr(services.store, use_case), cid, "bench", **kwargs)
                    latencies.append(time.perf_counter() - t0)
            elapsed = time.perf_counter() - started
            drain = drain_seconds(services, proc) if proc else 0.0
    installed = read_side_installed(services)
    services.close()
    return {"rate": len(latencies) / elapsed, "p50_ms": percentile(latencies, .5) * 1e3,
            "p99_ms": percentile(latencies, .99) * 1e3, "read_side": installed,
            "mode": read_side, "drain_s": drain}


def write_in_the_clear(store) -> None:
    """The store's mapper, without the encryption of the personal fields on write."""
    from eventsourcing.persistence import Mapper

    from service.encryption.mapper import PersonalMapper

    class ClearMapper(PersonalMapper):
        def to_stored_event(self, domain_event):
            return Mapper.to_stored_event(self, domain_event)

    store.mapper = store.events.mapper = ClearMapper(store.construct_transcoder(),
                                                     store.personal_keys)


def warm_up(services, proc) -> None:
    """One command, drained, before the timer: the follower's first round pays one-time
    costs (the holidays, statements compiled: about 0.15 s of CPU on this VM) that a
    deployment's follower paid long ago, and that timed would take CPU from the commands."""
    services.command(services.store.nominate,
                     CELL, person(9_999), COMMAND_DAY, "bench", candidate_id=uuid4())
    if drain_seconds(services, proc) is None:
        raise RuntimeError("the follower did not catch up with the warm-up command")


# --- rebuild and raw fetch, each in a subprocess (peak memory is the subprocess's) -----------

def probe(mode: str, url: str, timeout: float = 1800) -> dict:
    out = subprocess.run([sys.executable, "-m", "bench.probe", mode, url], capture_output=True,
                         text=True, timeout=timeout)
    if out.returncode != 0:
        raise RuntimeError(f"probe {mode} failed: {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# --- read-side latency ------------------------------------------------------------------------

def latency(func, calls: int = 200, seconds: float = 10.0, warmup: int = 10) -> dict:
    return paired_latencies([func], calls, seconds, warmup)[0]


def paired_latencies(funcs: list, calls: int = 200, seconds: float = 10.0,
                     warmup: int = 10) -> list[dict]:
    """The latencies of several functions, measured call by call in turn (A, B, A, B, …).
    This VM's speed drifts in bursts of a fraction of a second, longer than one function's
    200 calls take: measured one after the other, a burst weighs on one side of a ratio;
    in turn, on each alike."""
    for _ in range(warmup):
        for func in funcs:
            func()
    times: list[list[float]] = [[] for _ in funcs]
    deadline = time.perf_counter() + seconds
    while len(times[0]) < calls and time.perf_counter() < deadline:
        for func, taken in zip(funcs, times, strict=True):
            t0 = time.perf_counter()
            func()
            taken.append(time.perf_counter() - t0)
    return [{"p50_ms": percentile(t, .5) * 1e3, "p99_ms": percentile(t, .99) * 1e3,
             "calls": len(t)} for t in times]


def query_latencies(*urls: str) -> list[dict]:
    """Plan status of the cell's 2024 plan and its first candidate's page, on each log; with
    several logs (the smallest and the largest), each query is timed on them in turn."""
    from service.services import Services

    opened = [Services(url, clock=lambda: NOW) for url in urls]
    try:
        cid = generate.candidate_id(f"{CELL}/2023/0")
        today = NOW.date()
        status = paired_latencies([partial(queries.plan_status, s.engine, STATUS_PLAN, today)
                                   for s in opened])
        page = paired_latencies([partial(candidate_page, s, cid) for s in opened])
        return [{"plan_status": st, "candidate_page": pg}
                for st, pg in zip(status, page, strict=True)]
    finally:
        for services in opened:
            services.close()


def candidate_page(services, candidate_id):
    """What the candidate page shows: the candidate's row and its history."""
    return (queries.candidate(services.engine, candidate_id),
            queries.history(services.engine, candidate_id, services.store.stream_events))


def as_of_replay(url: str, calls: int = 5) -> dict:
    from service.audit import AuditTools, replay
    from service.services import Services

    services = Services(url, clock=lambda: NOW)
    as_of = datetime(2025, 6, 30, 17, 0, tzinfo=NOW.tzinfo)
    try:
        tools = AuditTools(services, audit_key_file())
        tools.seal()                                      # sealing is outside the timer
        replayed = latency(lambda: replay.replay(tools, CELL, as_of), calls=calls,
                           seconds=60, warmup=1)
        replayed["proofs"] = proof_costs(tools)
        if url not in _INSPECTED:              # once per log: a full verification is long
            _INSPECTED.add(url)
            replayed["audit"] = audit_costs(tools)
        return replayed
    finally:
        services.close()


_INSPECTED: set[str] = set()


def audit_costs(tools) -> dict:
    """What an inspection costs on this log, once each: `ketnap audit verify` of the whole
    log (MACs, tree, signatures), and one cell's bundle (`ketnap audit export`, which
    seals, verifies and signs first) checked by the bundle's own verifier."""
    import io
    import tempfile
    from pathlib import Path

    from service.audit import verify_bundle
    from service.audit.export import export

    started = time.perf_counter()
    verdict = tools.verify()
    verified = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as folder:
        bundle = Path(folder) / "bundle"
        started = time.perf_counter()
        export(tools, CELL, bundle)
        exported = time.perf_counter() - started
        started = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):   # the verifier talks to a person
            errors = verify_bundle.verify(bundle)
        checked = time.perf_counter() - started
    return {"events": verdict.events, "verify_s": verified, "verify_ok": verdict.ok,
            "verify_rate": verdict.events / verified, "cell_export_s": exported,
            "cell_check_s": checked, "cell_check_ok": not errors}


def proof_costs(tools) -> dict:
    """The audit's own costs on this log, sealed: one event's inclusion proof and one
    consistency proof (half the log to all of it), each built from the stored subtrees and
    verified; and signing a checkpoint (the tree's root from its right edge, one row)."""
    from service.audit import merkle
    from service.audit.proofs import consistency, inclusion
    from service.audit.sealing import chain_tail, frontier

    with tools.engine.connect() as conn:
        size = chain_tail(conn).size
        root = frontier(conn, size).root()

    def prove_inclusion() -> None:
        with tools.engine.connect() as conn:
            index = size // 2 + 1
            leaf = bytes.fromhex(conn.exec_driver_sql(
                f"SELECT hash FROM audit_nodes WHERE level = 0 AND node_index = {index}"
            ).scalar())
            assert merkle.verify_inclusion(index, size, leaf, inclusion(conn, index, size), root)

    def prove_consistency() -> None:
        first = size // 2 + 1
        with tools.engine.connect() as conn:
            old = frontier(conn, first).root()
            assert merkle.verify_consistency(first, size, old, root,
                                             consistency(conn, first, size))

    return {"tree_size": size,
            "inclusion": latency(prove_inclusion, calls=50, seconds=10, warmup=2),
            "consistency": latency(prove_consistency, calls=50, seconds=10, warmup=2),
            "checkpoint": latency(tools.sign, calls=20, seconds=10, warmup=1)}


# --- HTTP (the web/API part) -------------------------------------------------------------------

def web_pages(url: str, reps: int, seconds: float, warmup: float) -> dict:
    """Requests/s of the plan-status pages (web and API) under gunicorn, 2 sync workers, and
    of the trivial Flask endpoint under the same settings, taking turns in each repetition so
    that both meet the same machine (load from other work moves both alike)."""
    pages = http.status_pages(url, STATUS_PLAN)
    out: dict[str, list] = {name: [] for name, _, _ in pages}
    trivial = []
    with web.gunicorn("bench.web:trivial()") as (plain, _), http.server(url) as (base, _):
        for name, path, headers in pages:
            status, body = web.get(base + path, headers)
            if status != 200:
                return {"missing": f"{name} answered HTTP {status}: {body[:120]!r}"}
        for rep in range(reps):
            first = warmup if rep == 0 else 0
            trivial.append(web.load(plain + "/", seconds, warmup=first))
            for name, path, headers in pages:
                out[name].append(web.load(base + path, seconds, headers=headers, warmup=first))
        for name, path, headers in pages:   # wrk does not count redirects as failures
            status, _ = web.get(base + path, headers)
            if status != 200:
                return {"missing": f"{name} answered HTTP {status} after the load"}
    return {"pages": out, "trivial": trivial}


def http_command_rate(url: str, seconds: float) -> dict:
    return http.command_rate(url, seconds)
