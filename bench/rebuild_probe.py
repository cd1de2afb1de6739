"""Rebuild probe: full read-model rebuild rate against the store's raw fetch + deserialise rate.

    python bench/rebuild_probe.py --events 100000 --backends sqlite,postgres --reps 3

For each backend: write N events (a generated year, its candidate streams copied with fresh
ids and interleaved, saved with batched `app.save`), then per repetition measure, each in a
fresh child process (so peak RSS is the rebuild's own):
  raw      `recorder.select_notifications` pages + `mapper.to_domain_event` (events/s)
  rebuild  `ketnap projections rebuild`'s code path from position 0 (events/s, peak RSS)
and print the medians and the median of the per-repetition ratios rebuild ÷ raw.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PG_ADMIN = os.environ.get("KETNAP_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
RAW_PAGE = 1000          # as perf-baseline's replay measurement
SAVE_BATCH = 1000


def services_for(url: str):
    from migrations import upgrade
    from service.config import sqlalchemy_url
    from service.services import Services

    upgrade(sqlalchemy_url(url))
    return Services(url, clock=lambda: datetime(2026, 11, 26, 8, tzinfo=UTC))


# --- writing the log -----------------------------------------------------------------------

def template_events() -> list:
    """A generated year (3 cells × 12 candidates, corrections included), in log order."""
    from bench.year import generate_year

    with tempfile.TemporaryDirectory() as scratch:
        svc = services_for(f"sqlite:///{scratch}/template.sqlite")
        generate_year(svc, cells=3, per_cell=12)
        events = [e for _, e in svc.store.read_events(0, 10**9)]
        svc.close()
    return events


def copies(template: list, total: int, interleave: int, correction_every: int):
    """The template's non-candidate events once, then its candidate streams copied with
    fresh ids, `interleave` copies at a time, until `total` events."""
    from domain import events as ev

    kinds = frozenset(ev.CANDIDATE_EVENTS)
    yield from (e for e in template if type(e) not in kinds)
    made = sum(1 for e in template if type(e) not in kinds)
    streams = [e for e in template if type(e) in kinds]
    copy = 0
    while made < total:
        group = range(copy, copy + interleave)
        ids = [{} for _ in group]
        for event in streams:
            for n, mapping in zip(group, ids, strict=True):
                if made >= total:
                    return
                if isinstance(event, ev.RecordCorrected) and n % correction_every:
                    continue
                new = mapping.setdefault(event.originator_id, uuid.uuid4())
                yield dataclasses.replace(event, originator_id=new)
                made += 1
        copy += interleave


def write_log(url: str, total: int, interleave: int, correction_every: int) -> int:
    svc = services_for(url)
    batch: list = []
    started = time.perf_counter()
    for event in copies(template_events(), total, interleave, correction_every):
        batch.append(event)
        if len(batch) >= SAVE_BATCH:
            svc.store.save(*batch)
            batch = []
    if batch:
        svc.store.save(*batch)
    written = svc.store.last_position()
    svc.close()
    print(f"  wrote {written:,} events in {time.perf_counter() - started:.1f} s", flush=True)
    return written


# --- the two measurements (run in a child process) -----------------------------------------

def measure_raw(url: str) -> dict:
    svc = services_for(url)
    app, after, count = svc.store, 0, 0
    started = time.perf_counter()
    while True:
        notes = app.recorder.select_notifications(start=after, limit=RAW_PAGE,
                                                  inclusive_of_start=False)
        if not notes:
            break
        for n in notes:
            app.mapper.to_domain_event(n)
        count, after = count + len(notes), notes[-1].id
    seconds = time.perf_counter() - started
    svc.close()
    return {"events": count, "seconds": seconds}


def measure_rebuild(url: str) -> dict:
    from service import readside
    from service.readcalendar import projection_context

    svc = services_for(url)
    projection_context()      # the public-holiday table: built once per process, not per event
    started = time.perf_counter()
    count = readside.rebuild_all(svc)
    seconds = time.perf_counter() - started
    svc.close()
    return {"events": count, "seconds": seconds}


def child(kind: str, url: str, profile: str | None) -> None:
    from bench.probe import workers_started

    run = (lambda: measure_raw(url)) if kind == "raw" else \
        (lambda: measure_rebuild(url))
    if profile:
        import cProfile
        cProfile.runctx("result = run()", globals(), locals_ := {"run": run}, profile)
        result = locals_["result"]
    else:
        result = run()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = workers_started(result["events"]) if kind == "rebuild" else 0
    # the rebuild's worker processes count too, each at the largest one's peak
    result["maxrss_mb"] = own + workers * resource.getrusage(
        resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps(result))


def in_child(kind: str, url: str, args) -> dict:
    command = [sys.executable, __file__, "--child", kind, "--url", url]
    if args.profile and kind == "rebuild":
        command += ["--profile", f"{args.profile}.{url.split(':')[0]}.prof"]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


# --- backends --------------------------------------------------------------------------------

def backend_url(name: str, scratch: str) -> tuple[str, callable]:
    if name == "sqlite":
        return f"sqlite:///{scratch}/probe.sqlite", lambda: None
    import psycopg

    db = f"bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{db}"')

    def drop() -> None:
        with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    return f"{PG_ADMIN.rsplit('/', 1)[0]}/{db}", drop


def probe(name: str, args) -> dict:
    with tempfile.TemporaryDirectory(prefix="ketnap-probe-") as scratch:
        url, drop = backend_url(name, scratch)
        try:
            print(f"{name}:", flush=True)
            write_log(url, args.events, args.interleave, args.correction_every)
            reps = []
            for rep in range(args.reps):
                raw, rebuilt = in_child("raw", url, args), in_child("rebuild", url, args)
                reps.append((raw, rebuilt))
                print(f"  rep {rep + 1}: raw {_rate(raw):,.0f}/s, rebuild "
                      f"{_rate(rebuilt):,.0f}/s, ratio {_rate(rebuilt) / _rate(raw):.2f}, "
                      f"peak RSS {rebuilt['maxrss_mb']:.0f} MB", flush=True)
        finally:
            drop()
    summary = {"backend": name, "events": args.events,
               "raw": statistics.median(_rate(r) for r, _ in reps),
               "rebuild": statistics.median(_rate(b) for _, b in reps),
               "ratio": statistics.median(_rate(b) / _rate(r) for r, b in reps),
               "peak_rss_mb": max(b["maxrss_mb"] for _, b in reps)}
    print(f"  median: raw {summary['raw']:,.0f}/s, rebuild {summary['rebuild']:,.0f}/s, "
          f"ratio {summary['ratio']:.2f}, peak RSS {summary['peak_rss_mb']:.0f} MB", flush=True)
    return summary


def _rate(result: dict) -> float:
    return result["events"] / result["seconds"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--interleave", type=int, default=10,
                        help="candidate-stream copies whose events are interleaved")
    parser.add_argument("--correction-every", type=int, default=10,
                        help="keep the template's corrections in every n-th copy only")
    parser.add_argument("--profile", help="cProfile the rebuild into PREFIX.<backend>.prof")
    parser.add_argument("--json", help="write the summaries here")
    parser.add_argument("--child", choices=("raw", "rebuild"), help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.url, args.profile)
        return
    results = [probe(name, args) for name in args.backends.split(",")]
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
