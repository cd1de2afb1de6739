"""HTTP on loopback only: gunicorn (2 sync workers) and wrk (or a small Python load
generator where wrk is missing), bounded in time, as perf-baseline.md's web section did."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from contextlib import contextmanager
from http.client import HTTPConnection
from pathlib import Path

from flask import Flask, jsonify

HOST = "127.0.0.1"
ROOT = Path(__file__).resolve().parent.parent


def trivial() -> Flask:
    """perf-baseline.md's one-route app."""
    app = Flask("bench")

    @app.get("/")
    def index():
        return jsonify(status="ok", service="bench", version=1)

    return app


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


BOOT_FAILURES: list[str] = []   # servers that failed to boot (reported, then retried)


@contextmanager
def gunicorn(app_spec: str, env: dict | None = None, workers: int = 2, ready_path: str = "/"):
    """Serve `app_spec` on a free loopback port; yields (base_url, process). A server whose
    workers fail to boot is retried twice, and the failure is kept for the report."""
    for attempt in range(3):
        port = free_port()
        proc = subprocess.Popen(
            [str(Path(sys.executable).parent / "gunicorn"), "-k", "sync", "-w", str(workers),
             "-b", f"{HOST}:{port}", "--log-level", "warning", "--timeout", "60", app_spec],
            cwd=ROOT, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, start_new_session=True)
        base = f"http://{HOST}:{port}"
        try:
            wait_until_up(base + ready_path, proc)
            break
        except RuntimeError as failed:
            stop(proc)
            proc.stderr.close()
            lines = [line.strip() for line in str(failed).splitlines() if line.strip()]
            reason = next((line for line in reversed(lines) if "Error:" in line
                           and "[ERROR]" not in line), lines[-1] if lines else "?")
            BOOT_FAILURES.append(f"{app_spec}: {reason}")
            if attempt == 2:
                raise
    try:
        yield base, proc
    finally:
        stop(proc)
        proc.stderr.close()


def wait_until_up(url: str, proc, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except urllib.error.HTTPError:
            return                              # it answers (a 401/404 is an answer)
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"{url} did not answer within {seconds} s")


def stop(proc, sig=signal.SIGTERM) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=15)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is an answer of its own here: a page that sends the bench to the login page
    (an expired session, say) must not be measured as if it were served."""

    def redirect_request(self, *args, **kwargs):
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def get(url: str, headers: dict | None = None) -> tuple[int, bytes]:
    try:
        with _OPENER.open(urllib.request.Request(url, headers=headers or {}),
                          timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def load_tool() -> str:
    return "wrk" if shutil.which("wrk") else "python"


def load(url: str, seconds: float, connections: int = 16, headers: dict | None = None,
         warmup: float = 2.0) -> dict:
    """Requests/s, p50/p99 latency and errors of GET `url` for `seconds`, after a warm-up."""
    run = _wrk if load_tool() == "wrk" else _pyload
    if warmup:
        run(url, warmup, connections, headers)
    return run(url, seconds, connections, headers)


def _wrk(url: str, seconds: float, connections: int, headers: dict | None) -> dict:
    cmd = ["wrk", "-t1", f"-c{connections}", f"-d{max(1, round(seconds))}s", "--latency"]
    for k, v in (headers or {}).items():
        cmd += ["-H", f"{k}: {v}"]
    out = subprocess.run(cmd + [url], capture_output=True, text=True,
                         timeout=seconds + 30).stdout
    def ms(label):
        m = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        if not m:
            return None
        return float(m[1]) * {"us": 1e-3, "ms": 1.0, "s": 1e3}[m[2]]
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1]), "p50_ms": ms("50"),
            "p99_ms": ms("99"), "non_2xx": int(non2xx[1]) if non2xx else 0,
            "socket_errors": sum(map(int, errors.groups())) if errors else 0, "tool": "wrk"}


def _pyload(url: str, seconds: float, connections: int, headers: dict | None) -> dict:
    """Fallback: `connections` threads, one request per connection (as sync gunicorn does)."""
    host_port = url.split("//", 1)[1].split("/", 1)
    path = "/" + (host_port[1] if len(host_port) > 1 else "")
    host, port = host_port[0].split(":")
    deadline = time.monotonic() + seconds
    latencies: list[float] = []
    bad = [0]

    def worker():
        while time.monotonic() < deadline:
            t0 = time.perf_counter()
            try:
                conn = HTTPConnection(host, int(port), timeout=10)
                conn.request("GET", path, headers=headers or {})
                response = conn.getresponse()
                response.read()
                conn.close()
                if response.status >= 300:   # a redirect is not the page measured
                    bad[0] += 1
            except OSError:
                bad[0] += 1
            latencies.append(time.perf_counter() - t0)

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 15)
    latencies.sort()
    pick = lambda q: latencies[int(q * (len(latencies) - 1))] * 1e3 if latencies else None  # noqa: E731
    return {"rps": len(latencies) / seconds, "p50_ms": pick(.5), "p99_ms": pick(.99),
            "non_2xx": bad[0], "socket_errors": 0, "tool": "python"}
