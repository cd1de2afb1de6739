"""Security headers on every answer, and no copy of personal data left in a browser's cache.

Written here rather than taken from Flask-Talisman: Talisman redirects to HTTPS and forces
the session cookie Secure unless told not to, and sends HSTS whenever a request carries
`X-Forwarded-Proto: https`, trusted proxy or not; these few lines follow
`KETNAP_PROXY_HOPS` instead (through `request.is_secure`)."""

from __future__ import annotations

from flask import Flask, Response, request

from service.statuscache import REVALIDATED

# Only the site's own files: no inline script anywhere, no framing, no plugins. The two
# printable documents (the audit report, the living documentation) carry their stylesheet
# inline so that they also work as a saved file; only they may use inline styles.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
CSP_INLINE_STYLE = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
INLINE_STYLE_PAGES = {"audit.report_page", "web.inspection_report", "web.living_docs"}
HSTS = "max-age=31536000; includeSubDomains"
FIXED = {"X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff",
         "Referrer-Policy": "same-origin", "Cross-Origin-Opener-Policy": "same-origin",
         "Permissions-Policy": "camera=(), microphone=(), geolocation=()"}


def install(app: Flask) -> None:
    app.after_request(cache_and_inline_style)
    app.wsgi_app = SecureHeaders(app.wsgi_app)   # inside ProxyFix, which is installed later


class SecureHeaders:
    """WSGI middleware: the fixed headers and the CSP join every answer, errors and static files
    included, as ready-made tuples. Set one by one through Werkzeug's header checks they were
    a tenth of a status page's time on the server."""

    def __init__(self, wsgi_app) -> None:
        self.wsgi_app = wsgi_app

    def __call__(self, environ, start_response):
        fixed = _SECURE if environ.get("wsgi.url_scheme") == "https" else _PLAIN

        def start(status, headers, exc_info=None):
            if not any(name == "Content-Security-Policy" for name, _ in headers):
                headers.append(("Content-Security-Policy", CSP))
            headers.extend(fixed)
            return start_response(status, headers, exc_info)
        return self.wsgi_app(environ, start)


_PLAIN = tuple(FIXED.items())
_SECURE = (*_PLAIN, ("Strict-Transport-Security", HSTS))


def cache_and_inline_style(response: Response) -> Response:
    if request.endpoint in INLINE_STYLE_PAGES:
        response.headers["Content-Security-Policy"] = CSP_INLINE_STYLE
    # A status view (aggregates, no personal data) revalidates with its ETag; anything else
    # may carry a person's data: no-store, so Back after logout on a shared computer shows
    # nothing.
    headers = response.headers
    if not _static() and headers.get("Cache-Control") != REVALIDATED:
        headers["Cache-Control"] = "no-store"
        headers.pop("Expires", None)
    return response


def _static() -> bool:
    endpoint = request.endpoint or ""
    return endpoint == "static" or endpoint.endswith(".static")
