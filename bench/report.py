"""Targets (PASS / FAIL / MISSING / SKIPPED) and bench/REPORT.md."""

from __future__ import annotations

import os
import platform
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

from bench.shape import median

MISSING = "not measured (component missing)"


@dataclass
class Target:
    backend: str
    title: str
    measured: str
    reference: str
    ratio: float | None
    rule: str           # ">= 0.5" or "<= 1.3"
    status: str         # PASS | FAIL | MISSING | SKIPPED
    why: str = ""

    @property
    def summary(self) -> str:
        if self.ratio is None:
            return self.why or self.measured
        return f"{self.ratio:.2f} (target {self.rule})"


def _judge(backend, title, measured, reference, ratio, rule) -> Target:
    op, limit = rule.split()
    ok = ratio >= float(limit) if op == ">=" else ratio <= float(limit)
    return Target(backend, title, measured, reference, ratio, rule, "PASS" if ok else "FAIL")


def _missing(backend, title, rule, why, status="MISSING") -> Target:
    return Target(backend, title, "–", "–", None, rule, status, why)


def _med(rows, *path):
    """Median of a nested field over repetitions; None if any repetition is missing."""
    values = []
    for row in rows:
        for key in path:
            row = row.get(key) if isinstance(row, dict) else None
        if row is None:
            return None
        values.append(row)
    return median(values)


def _why(rows, *path) -> str:
    for row in rows:
        for key in path:
            if isinstance(row, dict) and "missing" in row:
                return f"{MISSING}: {row['missing']}"
            row = row.get(key) if isinstance(row, dict) else None
    return MISSING


def targets(results: dict) -> list[Target]:
    out: list[Target] = []
    sizes = results["sizes"]
    small, large = sizes[0], sizes[-1]
    for name, r in results["backends"].items():
        if "unavailable" in r:
            out.append(_missing(name, "backend", "–", f"PostgreSQL not reachable: "
                                                      f"{r['unavailable']}"))
            continue
        out += _command_targets(name, r)
        out += _load_targets(name, r)
        s = r["sizes"]
        fetch, rebuild = _med(s[large]["fetch"], "rate"), _med(s[large]["rebuild"], "rate")
        title = f"rebuild rate vs raw fetch+deserialise ({large:,} events)"
        out.append(_judge(name, title, f"{rebuild:,.0f} ev/s", f"{fetch:,.0f} ev/s",
                          rebuild / fetch, ">= 0.5") if rebuild
                   else _missing(name, title, ">= 0.5", _why(s[large]["rebuild"], "rate")))
        out.append(_ratio_between(name, "peak memory of a rebuild, 1M vs 100k", s, 100_000,
                                  1_000_000, ("rebuild",), "peak_rss_mb", "MB", "<= 1.3"))
        for query in ("plan_status", "candidate_page"):
            out.append(_ratio_between(name, f"{query} p50 latency, 1M vs 10k", s, small,
                                      1_000_000, ("queries", query), "p50_ms", "ms", "<= 1.5"))
        out.append(_ratio_between(name, "as-of replay of one cell, 1M vs 10k", s, small,
                                  1_000_000, ("as_of",), "p50_ms", "ms", "<= 2"))
        out += _web_targets(name, r, large)
    return out


def _command_targets(name: str, r: dict) -> list[Target]:
    raw, cmd = _med(r["raw_append"], "rate"), _med(r["commands"], "rate")
    drains = [row.get("drain_s") for row in r["commands"]]
    title = "command rate (get+decide+save; read side by the follower) vs raw append"
    reference = f"{raw:,.0f} ev/s"
    if any(d is None for d in drains):
        t = _missing(name, title, ">= 0.5", "the follower did not catch up with the writer",
                     status="FAIL")
        t.measured, t.reference = f"{cmd:,.0f} cmd/s", reference
        out = [t]
    elif not all(row["read_side"] for row in r["commands"]):
        t = _missing(name, title, ">= 0.5", f"{MISSING}: no read side behind the commands "
                                            f"(without it: {cmd / raw:.2f})")
        t.measured, t.reference = f"{cmd:,.0f} cmd/s", reference
        out = [t]
    else:
        out = [_judge(name, title, f"{cmd:,.0f} cmd/s; follower drained "
                      f"{median(drains):.2f} s after the last", reference, cmd / raw, ">= 0.5")]
    inline_runs, inline = r.get("commands_inline") or [{}], None
    if isinstance(inline_runs, dict):                  # skipped, and why
        out.append(_missing(name, "command rate inline (catch-up + audit seal in each request, "
                            "one-process setting) vs raw append", "reported",
                            inline_runs["skipped"], status="SKIPPED"))
    else:
        inline = _med(inline_runs, "rate")
    if inline:
        out.append(Target(name, "command rate inline (catch-up + audit seal in each request, "
                          "one-process setting) vs raw append", f"{inline:,.0f} cmd/s",
                          reference, inline / raw, "reported", "PASS", "reported, no target"))
    http = r.get("http_commands") or {}
    title = "command rate through HTTP (API POST, bearer, gunicorn)"
    if "rate" in http:
        out.append(Target(name, title, f"{http['rate']:,.0f} cmd/s",
                          f"{cmd:,.0f} cmd/s in-process", http["rate"] / cmd, "reported",
                          "PASS", "reported, no target"))
    elif http.get("skipped"):
        out.append(_missing(name, title, "reported", http["skipped"], status="SKIPPED"))
    else:
        out.append(_missing(name, title, "reported", f"{MISSING}: {http.get('missing', '?')}"))
    return out


def _load_targets(name: str, r: dict) -> list[Target]:
    ld, crash = r["load"], r["crash"]
    title = f"concurrent secretaries, {ld['via']}"
    bad = ld["errors"] + ld["problems"]
    out = [Target(name, title, f"{ld['acknowledged']} acknowledged, {ld['conflicts']} conflicts",
                  "every acknowledgement in the log once; no errors", None, "0 lost, 0 errors",
                  "FAIL" if bad else "PASS", "; ".join(bad[:3]))]
    title = "writer killed with SIGKILL mid-load, then restart"
    measured = f"{crash['acknowledged']} acknowledged, {len(crash['problems'])} lost/moved"
    missing = [f"{k}: {v}" for k, v in crash.items()
               if isinstance(v, str) and v.startswith(MISSING)]
    status = "FAIL" if crash["problems"] else ("MISSING" if any(
        s.startswith("catch_up") for s in missing) else "PASS")
    out.append(Target(name, title, measured, "all acknowledged present, read side catches up",
                      None, "0 lost", status, "; ".join(crash["problems"][:3] + missing)))
    follower = r.get("follower_crash")
    if follower:
        bad = follower["problems"]
        drain = follower["drain_s"]
        out.append(Target(
            name, "follower killed with SIGKILL mid-load (web workers go on), new follower",
            f"{follower['acknowledged']} acknowledged, {len(bad)} problems; drained "
            + (f"{drain:.2f} s after the load" if drain is not None else "never"),
            "all acknowledged present once, read side and seal caught up, chain verifies",
            None, "0 lost", "FAIL" if bad else "PASS", "; ".join(bad[:3])))
    return out


def _ratio_between(name, title, s, low, high, path, field, unit, rule) -> Target:
    if low not in s or high not in s:
        return _missing(name, title, rule, f"needs the {low:,} and {high:,} logs "
                                           "(--quick or --sizes)", status="SKIPPED")
    a = _med(s[low][path[0]], *path[1:], field)
    b = _med(s[high][path[0]], *path[1:], field)
    if a is None or b is None:
        return _missing(name, title, rule, _why(s[high][path[0]], *path[1:], field))
    return _judge(name, title, f"{b:,.2f} {unit}", f"{a:,.2f} {unit}", b / a, rule)


def _web_targets(name: str, r: dict, large: int) -> list[Target]:
    """Each page against the trivial endpoint measured in turn with it, in the same run."""
    web = r.get("web") or {}
    title = f"status page req/s vs trivial Flask ({large:,} events)"
    pages = web.get("pages") or {}
    if not pages:
        return [_missing(name, title, ">= 0.5", f"{MISSING}: {web.get('missing', '?')}")]
    out = []
    trivial = median([row["rps"] for row in web["trivial"]])
    for page, rows in pages.items():
        rps = median([row["rps"] for row in rows])
        out.append(_judge(name, f"{page} req/s vs trivial Flask ({large:,} events)",
                          f"{rps:,.0f} req/s", f"{trivial:,.0f} req/s", rps / trivial, ">= 0.5"))
    return out


# --- REPORT.md ---------------------------------------------------------------------------------

def _versions() -> list[tuple[str, str]]:
    rows = [("CPython", platform.python_version())]
    for dist in ("eventsourcing", "SQLAlchemy", "psycopg", "Flask", "Werkzeug", "gunicorn",
                 "flask-smorest"):
        try:
            rows.append((dist, version(dist)))
        except Exception:  # noqa: BLE001 - not installed
            rows.append((dist, "not installed"))
    rows.append(("SQLite library", sqlite3.sqlite_version))
    rows.append(("PostgreSQL server", _run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-tAc",
                                            "show server_version", "test"])))
    rows.append(("wrk", _run(["wrk", "--version"]).split(" [")[0] if shutil.which("wrk")
                 else "not installed (Python load generator used)"))
    return rows


def _machine() -> list[tuple[str, str]]:
    meminfo = Path("/proc/meminfo").read_text().splitlines()
    mem = next((line.split()[1] for line in meminfo if line.startswith("MemTotal")), "0")
    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
    cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo
                if line.startswith("model name")), platform.processor())
    return [("nproc", str(os.cpu_count())), ("memory", f"{int(mem) / 1024 / 1024:.1f} GiB"),
            ("CPU", cpu), ("kernel", platform.release()), ("python", platform.python_version()),
            ("load average (1 min) at the end of the run", f"{os.getloadavg()[0]:.2f} — other "
             "work on the machine (other test suites, the shared PostgreSQL) adds noise")]


def _run(cmd) -> str:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=10).stdout.strip() \
            or subprocess.run(cmd, capture_output=True, text=True, timeout=10).stderr.strip()
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"


def _fmt(value, spec=",.0f") -> str:
    return "–" if value is None else format(value, spec)


def render(results: dict, targets: list[Target]) -> str:
    lines = [
        "# Ketnap benchmark report",
        "",
        f"Written by `python -m bench{' --quick' if results['quick'] else ''}` on "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC in {results['elapsed_s']:.0f} s. "
        f"Every figure is the median of {results['reps']} repetitions; each ratio is of "
        "medians measured in this same run (method: `docs/perf-baseline.md`, and "
        "`bench/README.md`). Absolute numbers on this VM move by ±20–40 % between runs; "
        "compare the ratios.",
        "",
        "## Targets",
        "",
        "| backend | what | measured | reference | ratio | target | result |",
        "|---|---|---|---|---|---|---|",
    ]
    for t in targets:
        ratio = "–" if t.ratio is None else f"{t.ratio:.2f}"
        result = t.status + (f": {t.why}" if t.why else "")
        lines.append(f"| {t.backend} | {t.title} | {t.measured} | {t.reference} | {ratio} | "
                     f"{t.rule} | {result} |")
    lines += ["", "## Figures", "",
              f"Web: gunicorn `-k sync -w 2` on 127.0.0.1, load by {results['load_tool']} "
              f"(`-t1 -c16`, {results['web_seconds']:.0f} s per repetition after a warm-up); "
              "in each repetition the trivial Flask endpoint and the status pages take turns.",
              ""]
    for name, r in results["backends"].items():
        lines += [f"### {name}", ""]
        if "unavailable" in r:
            lines += [f"Not measured: {r['unavailable']}", ""]
            continue
        lines += _backend_figures(r)
    if results.get("boot_failures"):
        lines += ["## Servers that failed to boot (each was retried)", ""]
        lines += [f"- `{f}`" for f in results["boot_failures"]]
        lines += ["", "Two gunicorn workers starting at once on PostgreSQL both run "
                  "eventsourcing's `create_table()`; PostgreSQL can refuse one with `tuple "
                  "concurrently updated`, the worker exits and gunicorn stops. See "
                  "bench/README.md.", ""]
    lines += capacity(results)
    lines += ["## Versions", "", "| component | version |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in _versions()]
    lines += ["", "## Machine", "", "| | |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in _machine()]
    return "\n".join(lines) + "\n"


def _inspection_row(size: int, s: dict) -> str:
    rows = [row for row in s.get("as_of") or [] if "audit" in row] or [{}]
    rate, fetch = _med(rows, "audit", "verify_rate"), _med(s["fetch"], "rate")
    failed = [row["audit"] for row in rows if isinstance(row.get("audit"), dict)
              and not (row["audit"].get("verify_ok") and row["audit"].get("cell_check_ok"))]
    return (f"| {size:,} | {_fmt(_med(rows, 'audit', 'verify_s'), '.1f')} | {_fmt(rate)} | "
            f"{_fmt(rate / fetch if rate and fetch else None, '.2f')} | "
            f"{_fmt(_med(rows, 'audit', 'cell_export_s'), '.2f')} | "
            f"{_fmt(_med(rows, 'audit', 'cell_check_s'), '.3f')}"
            f"{' (NOT OK)' if failed else ''} |")


def _share(clear: float | None, encrypted: float | None) -> str:
    """How much slower the encrypted figure is than the clear one."""
    if not clear or not encrypted:
        return "–"
    return f"{(clear / encrypted - 1) * 100:+.0f} % time per command"


def _backend_figures(r: dict) -> list[str]:
    raw, cmd = r["raw_append"], r["commands"]
    lines = [
        "| measurement | median | p50 / p99 ms |",
        "|---|---|---|",
        f"| raw append, trivial aggregate, 1 event per save | {_fmt(_med(raw, 'rate'))} ev/s | "
        f"{_fmt(_med(raw, 'p50_ms'), '.2f')} / {_fmt(_med(raw, 'p99_ms'), '.2f')} |",
        f"| command: get + decide + save, read models and audit seal by the follower process "
        f"running meanwhile (10k log) | {_fmt(_med(cmd, 'rate'))} cmd/s; drained "
        f"{_fmt(_med(cmd, 'drain_s'), '.2f')} s after the last | "
        f"{_fmt(_med(cmd, 'p50_ms'), '.2f')} / {_fmt(_med(cmd, 'p99_ms'), '.2f')} |",
    ]
    clear = r.get("commands_clear")
    if clear:
        lines.append(
            f"| the same commands with the personal fields written in the clear (before issue "
            f"18; encryption's cost side by side: {_share(_med(clear, 'rate'), _med(cmd, 'rate'))}"
            f") | {_fmt(_med(clear, 'rate'))} cmd/s | "
            f"{_fmt(_med(clear, 'p50_ms'), '.2f')} / {_fmt(_med(clear, 'p99_ms'), '.2f')} |")
    inline = r.get("commands_inline")
    if isinstance(inline, dict):
        lines.append(f"| command inline | {inline['skipped']} | – |")
    elif inline:
        lines.append(
            f"| command inline: get + decide + save + catch-up + audit seal in the request "
            f"(10k log) | {_fmt(_med(inline, 'rate'))} cmd/s | "
            f"{_fmt(_med(inline, 'p50_ms'), '.2f')} / {_fmt(_med(inline, 'p99_ms'), '.2f')} |")
    ld = r["load"]
    lines.append(f"| load: {ld['via']} | {ld['acknowledged']} acknowledged, {ld['conflicts']} "
                 f"conflicts, {len(ld['errors'])} errors in {ld['seconds']:.1f} s | – |")
    http = r.get("http_commands") or {}
    lines.append(f"| command through HTTP | "
                 f"{_fmt(http.get('rate'))} cmd/s {http.get('note', '')} | "
                 f"{_fmt(http.get('p50_ms'), '.2f')} / {_fmt(http.get('p99_ms'), '.2f')} |"
                 if "rate" in http else f"| command through HTTP | "
                 f"{http.get('skipped') or MISSING + ': ' + http.get('missing', '?')} | – |")
    lines += ["", "| log | events | raw fetch+deserialise ev/s (personal fields decrypted / "
              "left sealed) | rebuild ev/s | rebuild s | "
              "rebuild peak RSS MB (own + workers × largest worker) | fetch peak RSS MB | "
              "plan status p50/p99 ms | candidate page p50/p99 ms | as-of replay p50 ms | "
              "audit: inclusion proof / consistency proof / checkpoint p50 ms |",
              "|---|---|---|---|---|---|---|---|---|---|---|"]
    for size, s in r["sizes"].items():
        q = s["queries"]
        lines.append(
            f"| {size:,} | {s['events']:,} | {_fmt(_med(s['fetch'], 'rate'))} / "
            f"{_fmt(_med(s.get('fetch_sealed') or [{}], 'rate'))} | "
            f"{_fmt(_med(s['rebuild'], 'rate'))} | {_fmt(_med(s['rebuild'], 'seconds'), '.1f')} | "
            f"{_fmt(_med(s['rebuild'], 'peak_rss_mb'))}{_memory_parts(s['rebuild'])} | "
            f"{_fmt(_med(s['fetch'], 'peak_rss_mb'))} | "
            f"{_fmt(_med(q, 'plan_status', 'p50_ms'), '.2f')} / "
            f"{_fmt(_med(q, 'plan_status', 'p99_ms'), '.2f')} | "
            f"{_fmt(_med(q, 'candidate_page', 'p50_ms'), '.2f')} / "
            f"{_fmt(_med(q, 'candidate_page', 'p99_ms'), '.2f')} | "
            f"{_fmt(_med(s['as_of'], 'p50_ms'), '.1f')} | "
            f"{_fmt(_med(s['as_of'], 'proofs', 'inclusion', 'p50_ms'), '.2f')} / "
            f"{_fmt(_med(s['as_of'], 'proofs', 'consistency', 'p50_ms'), '.2f')} / "
            f"{_fmt(_med(s['as_of'], 'proofs', 'checkpoint', 'p50_ms'), '.2f')} |")
    lines += ["", "Inspection (issues 17, 22; reported, once per log): `ketnap audit verify` of "
              "the whole log, and one cell's bundle — `ketnap audit export` (seal, verify, "
              "sign, prove) and the bundle's own verifier.", "",
              "| log | verify s | verify ev/s | vs raw fetch | cell bundle export s | "
              "cell bundle check s |", "|---|---|---|---|---|---|"]
    for size, s in r["sizes"].items():
        lines.append(_inspection_row(size, s))
    web = r.get("web") or {}
    if web.get("trivial"):
        rows = web["trivial"]
        lines.append(f"\nTrivial Flask endpoint: {_fmt(median([x['rps'] for x in rows]))} req/s,"
                     f" p50 {_fmt(median([x['p50_ms'] for x in rows]), '.2f')} ms.")
    for page, rows in (web.get("pages") or {}).items():
        lines.append(f"\n{page}: {_fmt(median([x['rps'] for x in rows]))} req/s, p50 "
                     f"{_fmt(median([x['p50_ms'] for x in rows]), '.2f')} ms, p99 "
                     f"{_fmt(median([x['p99_ms'] for x in rows]), '.2f')} ms, non-2xx "
                     f"{sum(x['non_2xx'] for x in rows)}, socket errors "
                     f"{sum(x['socket_errors'] for x in rows)}.")
    return lines + [""]


NATIONAL_EVENTS_PER_YEAR = 5_000_000
NATIONAL_CELLS = 60_000


def capacity(results: dict) -> list[str]:
    """What the PostgreSQL figures say about a national deployment (bench/README.md)."""
    r = results["backends"].get("postgres")
    if not r or "unavailable" in r:
        return []
    large = results["sizes"][-1]
    per_day = NATIONAL_EVENTS_PER_YEAR / 365
    busy_hour = NATIONAL_EVENTS_PER_YEAR / (250 * 8) * 5 / 3600     # 5× a working hour's mean
    cmd = _med(r["commands"], "rate")
    fetch = _med(r["sizes"][large]["fetch"], "rate")
    rebuild = _med(r["sizes"][large]["rebuild"], "rate")
    lines = [
        "## What this means for a national deployment (PostgreSQL)", "",
        f"Assumed load: {NATIONAL_CELLS:,} cells, {NATIONAL_EVENTS_PER_YEAR:,} events a year = "
        f"{per_day:,.0f} a day on average; a busy hour at 5× the mean of a working hour "
        f"(250 days × 8 h) is {busy_hour:.1f} commands/s.", "",
        "| figure | value |", "|---|---|",
        f"| one writer process, commands/s, follower running (measured, 10k log) | "
        f"{_fmt(cmd)} |",
        f"| events/day if that writer ran flat out | {_fmt(cmd * 86400)} "
        f"({cmd * 86400 / per_day:,.0f}× the average day) |",
        f"| headroom over the busy hour | {cmd / busy_hour:,.0f}× |",
        f"| one year's log read and deserialised (raw fetch at {large:,}) | "
        f"{NATIONAL_EVENTS_PER_YEAR / fetch / 60:,.1f} min |",
    ]
    if rebuild:
        lines.append(f"| full projection rebuild of one year ({NATIONAL_EVENTS_PER_YEAR:,} "
                     f"events) at the measured rebuild rate | "
                     f"{NATIONAL_EVENTS_PER_YEAR / rebuild / 60:,.1f} min |")
    else:
        lines.append("| full projection rebuild of one year | not measured (projections "
                     "missing); the raw fetch above is its lower bound |")
    pages = (r.get("web") or {}).get("pages") or {}
    for page, rows in pages.items():
        lines.append(f"| {page} req/s per 2-core web node | "
                     f"{_fmt(median([x['rps'] for x in rows]))} |")
    return lines + [""]


def _memory_parts(runs) -> str:
    """' (own + n × worker)' when the rebuild started worker processes, else ''."""
    workers = _med(runs, "workers")
    if not workers:
        return ""
    return (f" ({_fmt(_med(runs, 'own_rss_mb'))} + {workers:.0f} × "
            f"{_fmt(_med(runs, 'worker_rss_mb'))})")
