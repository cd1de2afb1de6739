"""Load and faults: concurrent secretaries, and a writer killed with SIGKILL mid-load.

Secretaries work on different candidates and on the same candidate at once. Every command the
system acknowledged (HTTP 201, or a `Recorded` in-process) must be in the log exactly once,
at the position it was given; conflicts on the same candidate are expected (HTTP 409,
ConcurrentChange), anything else is an error (HTTP 5xx). Every loop is bounded by a count
and a deadline; only loopback addresses are used.

    python -m bench.load writer URL SECONDS   # a writer process printing each acknowledgement
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import timedelta
from uuid import UUID, uuid4

from bench import http, shape, web
from bench.follower import drain_seconds, follower, tail
from bench.stores import audit_key_file
from domain.errors import ConcurrentChange


@dataclass
class Outcome:
    acknowledged: list[tuple[UUID, int, int]] = field(default_factory=list)  # (id, version, pos)
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)

    def merge(self, other: Outcome) -> None:
        self.acknowledged += other.acknowledged
        self.conflicts += other.conflicts
        self.errors += other.errors


class InProcess:
    """Secretaries calling the application directly (`Services.command`)."""

    def __init__(self, services) -> None:
        self.services = services

    def nominate(self, n: int) -> tuple[UUID, int, int]:
        r = self.services.command(self.services.store.nominate, shape.CELL, shape.person(n),
                                  shape.COMMAND_DAY, "load", candidate_id=uuid4())
        return r.id, r.version, r.log_position

    def assign_helpers(self, cid: UUID, n: int) -> tuple[UUID, int, int]:
        r = self.services.command(self.services.store.assign_helpers, cid, "load",
                                  assigned_on=shape.COMMAND_DAY + timedelta(days=7),
                                  helpers=[f"Đảng viên {n}"])
        return r.id, r.version, r.log_position


def secretary(client, candidate: UUID, commands: int, deadline: float, out: Outcome) -> None:
    """Record helper assignments on one candidate until `commands` or the deadline."""
    for n in range(commands):
        if time.monotonic() > deadline:
            return
        try:
            out.acknowledged.append(client.assign_helpers(candidate, n))
        except ConcurrentChange:
            out.conflicts += 1
        except Exception as error:  # noqa: BLE001 - any other failure is what we look for
            out.errors.append(f"{type(error).__name__}: {error}")


def run_secretaries(client, different: int = 4, same: int = 2, commands: int = 20,
                    seconds: float = 10.0) -> Outcome:
    """`different` secretaries on a candidate each, plus `same` on one shared candidate."""
    total = Outcome()
    own = [client.nominate(n) for n in range(different + 1)]
    total.acknowledged += own
    shared = own[-1][0]
    deadline = time.monotonic() + seconds
    jobs = [(own[i][0], Outcome()) for i in range(different)] + \
           [(shared, Outcome()) for _ in range(same)]
    threads = [threading.Thread(target=secretary, args=(client, cid, commands, deadline, out))
               for cid, out in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 30)
    for _, out in jobs:
        total.merge(out)
    return total


def check_log(store, acknowledged) -> list[str]:
    """Problems: an acknowledged event missing or elsewhere in the log, or a duplicate."""
    logged: dict[tuple[UUID, int], int] = {}
    problems, last = [], 0
    for _ in range(100_000):                      # bounded: 100M events at most
        page = store.read_events(last, 1000)
        if not page:
            break
        for position, event in page:
            key = (event.originator_id, event.originator_version)
            if key in logged:
                problems.append(f"duplicate {key} at {logged[key]} and {position}")
            logged[key] = position
        last = page[-1][0]
    seen = set()
    for cid, version, position in acknowledged:
        if (cid, version) in seen:
            problems.append(f"acknowledged twice: {cid} v{version}")
        seen.add((cid, version))
        if position is None and (cid, version) in logged:
            continue                              # HTTP answers give the stream version only
        if logged.get((cid, version)) != position:
            problems.append(f"acknowledged {cid} v{version} at {position}, log has "
                            f"{logged.get((cid, version))}")
    return problems


# --- a writer killed mid-load ------------------------------------------------------------------

def writer(url: str, seconds: float) -> None:
    """Nominate and assign until killed (or the deadline); print each acknowledgement. The
    application is composed as the server's is, so its events carry their MACs."""
    from service import services_of

    client = InProcess(services_of(shape.make_app(url)))
    deadline = time.monotonic() + seconds
    candidate = None
    for n in range(1_000_000):
        if time.monotonic() > deadline:
            break
        ack = client.nominate(n) if n % 4 == 0 else client.assign_helpers(candidate, n)
        candidate = ack[0]
        print(json.dumps([str(ack[0]), ack[1], ack[2]]), flush=True)


def kill_mid_load(url: str, acknowledgements: int = 50, seconds: float = 20.0) -> dict:
    """Start a writer, SIGKILL it after `acknowledgements` (or `seconds`), then check that
    every acknowledged command is in the log and the read side catches up."""
    proc = subprocess.Popen([sys.executable, "-m", "bench.load", "writer", url,
                             str(seconds + 10)], stdout=subprocess.PIPE, text=True,
                            start_new_session=True)
    acknowledged, deadline = [], time.monotonic() + seconds
    while len(acknowledged) < acknowledgements and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        cid, version, pos = json.loads(line)
        acknowledged.append((UUID(cid), version, pos))
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    for line in proc.stdout:                      # acknowledged just before the kill
        cid, version, pos = json.loads(line)
        acknowledged.append((UUID(cid), version, pos))
    proc.stdout.close()
    return after_crash(url, acknowledged)


def after_crash(url: str, acknowledged) -> dict:
    """Restart: every acknowledged command is present, the read side catches up, and the
    log verifies once what was recorded but not sealed is sealed."""
    from service.audit import AuditTools
    from service.readside import catch_up
    from service.services import Services

    services = Services(url, clock=lambda: shape.NOW)
    try:
        problems = check_log(services.store, acknowledged)
        caught_up = catch_up(services)
        tools = AuditTools(services, audit_key_file())
        tools.seal()
        verdict = tools.verify()
        if not verdict.ok:
            problems.append(f"audit verify: {verdict.message}")
        return {"acknowledged": len(acknowledged), "problems": problems,
                "catch_up": caught_up, "verify": str(verdict)}
    finally:
        services.close()


if __name__ == "__main__":
    if sys.argv[1] == "writer":
        writer(sys.argv[2], float(sys.argv[3]))


# --- the same through the HTTP API under gunicorn ------------------------------------------------

def http_secretaries(url: str, different: int, same: int, commands: int, seconds: float,
                     read_side: str = "inline") -> tuple[Outcome, list[str]]:
    """Secretaries over HTTP; returns the outcome and the log check's problems. With
    `read_side="follower"` the deployed shape: a follower process keeps the read models and
    the audit seal up, and must have drained the log, verifiably, when the load ends."""
    from service.services import Services

    tokens = http.credentials(url)
    services = Services(url)
    try:
        with (follower(url, http.SECRET) if read_side == "follower" else
              contextlib.nullcontext()) as proc, http.server(url, read_side) as (base, _):
            outcome = run_secretaries(http.Client(base, tokens["secretary"]), different, same,
                                      commands, seconds)
            problems = []
            if proc and drain_seconds(services, proc, timeout=60) is None:
                problems.append("the follower did not catch up within 60 s")
        problems += check_log(services.store, outcome.acknowledged)
        if read_side == "follower":
            problems += _verified(services)
        return outcome, problems
    finally:
        services.close()


def kill_follower_mid_load(url: str, acknowledgements: int = 40,
                           seconds: float = 20.0) -> dict:
    """The deployed shape: SIGKILL the follower while secretaries post over HTTP, go on
    posting with no follower, then start a new one: it drains the log, the chain it sealed
    verifies, and every 201 is in the log once."""
    from service.services import Services

    tokens = http.credentials(url)
    services = Services(url)
    outcomes: list[Outcome] = []
    try:
        with http.server(url, "follower") as (base, _):
            client = http.Client(base, tokens["secretary"])
            start = services.store.last_position()
            load = threading.Thread(target=lambda: outcomes.append(run_secretaries(
                client, different=3, same=1, commands=1_000_000, seconds=seconds)))
            with follower(url, http.SECRET) as first:
                load.start()
                stop_at = time.monotonic() + seconds
                while (services.store.last_position() < start + acknowledgements
                       and time.monotonic() < stop_at):
                    time.sleep(0.01)
                web.stop(first, signal.SIGKILL)
            with follower(url, http.SECRET) as second:
                load.join(seconds + 60)
                drained = drain_seconds(services, second, timeout=60)
                stuck = [] if drained is not None else [
                    f"the new follower did not drain in 60 s; its log ends: {tail(second)[-500:]}"]
        outcome = outcomes[0] if outcomes else Outcome(errors=["the load thread died"])
        problems = outcome.errors[:5] + check_log(services.store, outcome.acknowledged) + stuck
        return {"acknowledged": len(outcome.acknowledged), "conflicts": outcome.conflicts,
                "problems": problems + _verified(services), "drain_s": drained}
    finally:
        services.close()


def _verified(services) -> list[str]:
    """The chain the follower sealed matches the log (nothing sealed here)."""
    from service.audit import AuditTools

    verdict = AuditTools(services, audit_key_file()).verify()
    return [] if verdict.ok else [f"audit verify: {verdict.message}"]


def kill_server_mid_load(url: str, acknowledgements: int = 50, seconds: float = 20.0) -> dict:
    """SIGKILL gunicorn (master and workers) while secretaries post; restart it; then every
    201 is in the log, the read side catches up and the audit verifies."""
    tokens = http.credentials(url)
    acknowledged: list = []
    with http.server(url) as (base, proc):
        client = http.Client(base, tokens["secretary"])
        stop_at = time.monotonic() + seconds

        def secretary(k: int) -> None:
            cid = None
            for n in range(100_000):
                if time.monotonic() > stop_at:
                    return
                try:
                    ack = client.nominate(k * 1000 + n) if cid is None or n % 5 == 0 \
                        else client.assign_helpers(cid, n)
                except Exception:  # noqa: BLE001 - refused connections after the kill
                    if proc.poll() is not None:
                        return
                    continue
                cid = ack[0]
                acknowledged.append(ack)

        threads = [threading.Thread(target=secretary, args=(k,)) for k in range(4)]
        for t in threads:
            t.start()
        while len(acknowledged) < acknowledgements and time.monotonic() < stop_at:
            time.sleep(0.01)
        web.stop(proc, signal.SIGKILL)
        for t in threads:
            t.join(40)
    with http.server(url) as (base, _):            # the restart answers again
        pass
    return after_crash(url, acknowledged)
