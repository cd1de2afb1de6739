"""Where the time goes: cProfile of one measurement on a cached log.

    python -m bench.profile commands|rebuild|fetch|page|api [--backend sqlite|postgres] [--size 10000]

`page` and `api` request the plan status (web page with a session cookie, API with a bearer
token) 500 times through Flask's test client, in process: the server's share of the HTTP
figures, without gunicorn and the load generator.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats

from bench import http, measure, probe, shape
from bench.stores import Backend
from service.readside import rebuild_all


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.profile")
    parser.add_argument("what", choices=("commands", "rebuild", "fetch", "page", "api"))
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
            work = lambda: rebuild_all(services)  # noqa: E731
        elif args.what == "fetch":
            work = lambda: probe.fetch(url)  # noqa: E731
        elif args.what in ("page", "api"):
            work = status_requests(url, args.what)
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


def status_requests(url: str, what: str, times: int = 500):
    """The bench's status request, made `times` times in process (the app is made first)."""
    from service import create_app
    api, page = http.status_pages(url, shape.STATUS_PLAN)
    _, path, headers = api if what == "api" else page
    app = create_app({"KETNAP_DATABASE_URL": url, "SECRET_KEY": http.SECRET,
                      "KETNAP_SESSION_IDLE_MINUTES": 600, "KETNAP_READ_SIDE": "inline"})
    rebuild_all(app.extensions["ketnap"])   # the read models the pages read
    client = app.test_client()
    if "Cookie" in headers:   # the test client keeps its own cookie jar
        client.set_cookie("session", headers.pop("Cookie").split("=", 1)[1])

    def work() -> None:
        for _ in range(times):
            response = client.get(path, headers=headers)
            assert response.status_code == 200, response.status_code
    work()   # warm: first-request imports and caches are not what is measured
    return work


if __name__ == "__main__":
    main()
