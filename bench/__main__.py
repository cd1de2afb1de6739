"""`make bench`: measure Ketnap against its references in one run and write bench/REPORT.md.

    python -m bench [--quick] [--backend sqlite|postgres|both] [--reps 3]

Each figure is the median of --reps repetitions, next to its reference measured in the same
run; ratios are of the medians. Exits 1 when a target is missed or could not be measured
(a component missing), 0 when every target measured passes.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from bench import load, measure, report, web
from bench.stores import Backend, postgres_available

SIZES = (10_000, 100_000, 1_000_000)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="10k events only; skip the 1M comparisons (under two minutes)")
    parser.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--sizes", type=lambda s: tuple(int(x) for x in s.split(",")),
                        help="comma-separated log sizes (default 10k,100k,1M; --quick: 10k)")
    parser.add_argument("--web-seconds", type=float, help="wrk duration per repetition")
    parser.add_argument("--out", type=Path,
                        help="default: bench/REPORT.md (--quick: bench/REPORT-quick.md)")
    args = parser.parse_args(argv)
    sizes = args.sizes or ((SIZES[0],) if args.quick else SIZES)
    web_seconds = args.web_seconds or (1 if args.quick else 10)
    backends = ["sqlite", "postgres"] if args.backend == "both" else [args.backend]
    started = time.monotonic()
    results = {"sizes": sizes, "reps": args.reps, "quick": args.quick, "backends": {},
               "web_seconds": web_seconds, "load_tool": web.load_tool()}

    for name in backends:
        if name == "postgres" and (why := postgres_available()):
            results["backends"][name] = {"unavailable": why}
            log(f"postgres: not reachable ({why})")
            continue
        backend = Backend(name)
        try:
            results["backends"][name] = run_backend(backend, sizes, args.reps, web_seconds,
                                                    args.quick)
        finally:
            backend.close()

    results["elapsed_s"] = time.monotonic() - started
    results["boot_failures"] = web.BOOT_FAILURES
    targets = report.targets(results)
    args.out = args.out or Path(__file__).parent / (
        "REPORT-quick.md" if args.quick else "REPORT.md")
    args.out.write_text(report.render(results, targets), encoding="utf-8")
    log(f"wrote {args.out} in {results['elapsed_s']:.0f} s")
    for t in targets:
        log(f"  {t.status:8} {t.backend:8} {t.title}: {t.summary}")
    return 0 if all(t.status in ("PASS", "SKIPPED") for t in targets) else 1


def run_backend(backend: Backend, sizes, reps: int, web_seconds: float, quick: bool) -> dict:
    out: dict = {"sizes": {}}
    log(f"{backend.name}: raw append (trivial aggregate, one event per save) and commands "
        f"through the application (10k log), taking turns")
    things = 100 if quick else 250                   # × 8 saves each
    candidates = 50 if quick else 150            # × 8 commands each
    out["raw_append"], out["commands"] = taking_turns(
        reps, lambda: on_fresh(backend, lambda url: measure.raw_append(url, things)),
        lambda: on_log(backend, sizes[0], lambda url: measure.command_rate(url, candidates)))
    log(f"{backend.name}: commands with the personal fields in the clear (issue 18's cost)")
    out["commands_clear"] = [on_log(backend, sizes[0], lambda url: measure.command_rate(
        url, candidates, encrypt=False)) for _ in range(1 if quick else reps)]
    if quick:                                    # reported without a target
        out["commands_inline"] = {"skipped": "not measured by --quick"}
    else:
        log(f"{backend.name}: commands with the read side inline (one-process setting)")
        out["commands_inline"] = [on_log(backend, sizes[0], lambda url: measure.command_rate(
            url, candidates, "inline")) for _ in range(reps)]
    log(f"{backend.name}: load (concurrent secretaries) and a writer killed mid-load")
    out["load"] = on_log(backend, sizes[0], lambda url: secretaries(url, quick))
    out["crash"] = on_log(backend, sizes[0], lambda url: load.kill_server_mid_load(
        url, acknowledgements=30 if quick else 300, seconds=5 if quick else 30))
    log(f"{backend.name}: the follower killed mid-load, then a new one")
    out["follower_crash"] = on_log(backend, sizes[0], lambda url: load.kill_follower_mid_load(
        url, acknowledgements=30 if quick else 300, seconds=3 if quick else 30))
    smallest = None              # kept until the largest log's reads take turns with it
    try:
        for size in sizes:
            log(f"{backend.name}: {size:,}-event log")
            url = backend.with_log(size, log=log)
            paired = len(sizes) > 1 and size in (sizes[0], sizes[-1])
            try:
                out["sizes"][size] = measure_size(url, reps, quick, reads=not paired)
                if paired and size == sizes[0]:
                    smallest = url
                if size == sizes[-1]:
                    if smallest:
                        log(f"{backend.name}: reads on the {sizes[0]:,} and {size:,}-event logs, "
                            f"taking turns")
                        reads_taking_turns(out["sizes"][sizes[0]], smallest,
                                           out["sizes"][size], url, reps)
                    out.update(on_the_largest_log(url, reps, web_seconds, quick))
            finally:
                if url != smallest:
                    backend.drop(url)
    finally:
        if smallest:
            backend.drop(smallest)
    return out


def on_the_largest_log(url: str, reps: int, web_seconds: float, quick: bool) -> dict:
    """The web pages, and the HTTP command rate (reported without a target; --quick leaves
    it out, to stay near two minutes)."""
    return {"web": measure.web_pages(url, reps, web_seconds, warmup=1 if quick else 2),
            "http_commands": ({"skipped": "not measured by --quick"} if quick
                              else measure.http_command_rate(url, web_seconds))}


def secretaries(url: str, quick: bool) -> dict:
    shape = {"different": 4 if quick else 8, "same": 2 if quick else 4,
             "commands": 10 if quick else 100, "seconds": 5 if quick else 30}
    started = time.monotonic()
    outcome, problems = load.http_secretaries(url, **shape, read_side="follower")
    return {"acknowledged": len(outcome.acknowledged), "conflicts": outcome.conflicts,
            "errors": outcome.errors[:10], "problems": problems[:10],
            "seconds": time.monotonic() - started,
            "via": "HTTP API under gunicorn, follower running (threads posting with a "
                   "bearer token; the follower drained and the audit verified after)"}


def measure_size(url: str, reps: int, quick: bool, reads: bool = True) -> dict:
    """Fetch and rebuild; and the reads, unless they are measured taking turns with another
    log's (`reads_taking_turns`)."""
    fetches, rebuilds = taking_turns(reps, lambda: measure.probe("fetch", url),
                                     lambda: measure.probe("rebuild", url))
    size = {"fetch": fetches, "rebuild": rebuilds,
            "fetch_sealed": [measure.probe("fetch-sealed", url)]}   # no decryption: its cost
    size["events"] = size["fetch"][0]["events"]
    if reads:
        # judged only between 10k and 1M: --quick, which has no 1M log, reports one repetition
        times = 1 if quick else reps
        size["queries"] = [measure.query_latencies(url)[0] for _ in range(times)]
        size["as_of"] = [measure.as_of_replay(url) for _ in range(times)]
    return size


def reads_taking_turns(small: dict, small_url: str, large: dict, large_url: str,
                       reps: int) -> None:
    """The reads whose targets compare the smallest log with the largest (latencies, as-of
    replay), measured on both taking turns, once the largest has been rebuilt."""
    # the latencies: each query on both logs in turn, call by call (measure.paired_latencies)
    pairs = [measure.query_latencies(small_url, large_url) for _ in range(reps)]
    small["queries"], large["queries"] = [p[0] for p in pairs], [p[1] for p in pairs]
    small["as_of"], large["as_of"] = taking_turns(
        reps, lambda: measure.as_of_replay(small_url), lambda: measure.as_of_replay(large_url))


def taking_turns(reps: int, reference, measured) -> tuple[list, list]:
    """Repetitions of a reference and of what is compared with it, one after the other:
    this VM's speed drifts by tens of percent within a minute, and a drift then weighs on
    both sides of a ratio alike instead of on one."""
    pairs = [(reference(), measured()) for _ in range(reps)]
    return [r for r, _ in pairs], [m for _, m in pairs]


def on_fresh(backend: Backend, func):
    url = backend.fresh()
    try:
        return func(url)
    finally:
        backend.drop(url)


def on_log(backend: Backend, size: int, func):
    url = backend.with_log(size, log=log)
    try:
        return func(url)
    finally:
        backend.drop(url)


STARTED = time.monotonic()


def log(message: str) -> None:
    """Progress on stderr, each line with the seconds since the run started."""
    print(f"[{time.monotonic() - STARTED:4.0f} s] {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
