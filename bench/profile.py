"""Where the time goes: cProfile of one measurement on a cached log.

    python -m bench.profile commands|rebuild|fetch [--backend sqlite|postgres] [--size 10000]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats

from bench import components, measure, probe
from bench.stores import Backend


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.profile")
    parser.add_argument("what", choices=("commands", "rebuild", "fetch"))
    parser.add_argument("--backend", default="sqlite", choices=("sqlite", "postgres"))
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    backend = Backend(args.backend)
    url = backend.with_log(args.size)
    try:
        if args.what == "rebuild":
            from service.services import Services
            services = Services(url)
            work = lambda: components.rebuild(services)  # noqa: E731
        elif args.what == "fetch":
            work = lambda: probe.fetch(url)  # noqa: E731
        else:
            work = lambda: measure.command_rate(url, candidates=100)  # noqa: E731
        profiler = cProfile.Profile()
        profiler.runcall(work)
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out).sort_stats("cumulative")
        stats.print_stats(args.top)
        stats.sort_stats("tottime").print_stats(args.top)
        print(out.getvalue())
    finally:
        backend.drop(url)
        backend.close()


if __name__ == "__main__":
    main()
