"""The projection follower of a deployment (`ketnap projections follow`) as a subprocess beside
the measured writers, and how long it takes to drain what they wrote."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from bench.web import ROOT, stop

INTERVAL = 0.2               # `ketnap projections follow`'s default poll interval


@contextmanager
def follower(url: str, secret: str = "bench-secret-key"):
    """Run the follower on `url` until the block ends; yields the process once it polls.
    Its log goes to a file (a pipe nobody reads would fill and stop it); `tail(proc)` reads
    its end while the block runs."""
    log = tempfile.NamedTemporaryFile(  # noqa: SIM115 - outlives this frame: closed below
        prefix="ketnap-follower-", suffix=".log", delete=False)
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "ketnap"), "projections", "follow",
         "--interval", str(INTERVAL)],
        cwd=ROOT, env={**os.environ, "KETNAP_DATABASE_URL": url, "KETNAP_SECRET_KEY": secret},
        stdout=subprocess.PIPE, stderr=log, start_new_session=True)
    proc.log = Path(log.name)
    try:
        proc.stdout.readline()                 # its greeting: the app is up, polling starts
        if proc.poll() is not None:
            raise RuntimeError(f"the follower exited: {tail(proc)}")
        threading.Thread(target=proc.stdout.read, daemon=True).start()   # never block it
        yield proc
    finally:
        stop(proc)
        proc.stdout.close()
        log.close()
        proc.log.unlink(missing_ok=True)


def tail(proc, chars: int = 2000) -> str:
    return proc.log.read_text(errors="replace")[-chars:] if proc.log.exists() else ""


def drain_seconds(services, proc, timeout: float = 300.0) -> float | None:
    """Seconds until the read models and the audit seal both reach the end of the log (the
    follower's lag when the writers stop); None if it did not get there within `timeout`."""
    from projections import runner
    from service.audit.sealing import chain_tail

    end = services.store.last_position()
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        with services.engine.connect() as conn:
            sealed = chain_tail(conn).position
        if runner.position(services.engine) >= end and sealed >= end:
            return time.monotonic() - started
        if proc.poll() is not None:
            raise RuntimeError(f"the follower exited: {tail(proc)}")
        time.sleep(0.01)
    return None
