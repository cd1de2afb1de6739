"""The signed-cookie session (what it holds of a login is only the key of a server-side
session, `service/accounts/sessions.py`), made cheap for the pages every user reloads.

Flask builds the cookie's serializer again and checks the cookie's signature on every request,
a large share of a cached status page's cost (bench/README.md). The serializer depends only on
the keys, so it is built once per key set; a cookie whose signature was verified is
remembered (the same bytes under the same keys always verify), and its age is checked
against the session lifetime on every request, as the signature check would."""

from __future__ import annotations

import copy
import threading
import time

from flask import Flask, Request, request
from flask.sessions import SecureCookieSession, SecureCookieSessionInterface
from itsdangerous import BadSignature

from service.caches import lru

VERIFIED_MAX = 4096   # cookies remembered per process


class SessionInterface(SecureCookieSessionInterface):
    def __init__(self) -> None:
        self._built: tuple[tuple, object] | None = None
        self._verified = lru(VERIFIED_MAX)   # cookie → (signed at, data)
        self._lock = threading.Lock()
        self.now = time.time

    def get_signing_serializer(self, app: Flask):
        keys = (app.secret_key, tuple(app.config.get("SECRET_KEY_FALLBACKS") or ()))
        built = self._built
        if built is None or built[0] != keys:   # a key changed (tests set it after creation)
            with self._lock:
                self._verified = lru(VERIFIED_MAX)   # verified under other keys
                built = self._built = (keys, super().get_signing_serializer(app))
        return built[1]

    def get_cookie_secure(self, app: Flask) -> bool:
        """HTTPS-only whenever the request came over HTTPS (directly, or as the proxies
        trusted by KETNAP_PROXY_HOPS say), or when the configuration demands it always."""
        return bool(app.config["SESSION_COOKIE_SECURE"]) or request.is_secure

    def open_session(self, app: Flask, request: Request) -> SecureCookieSession | None:
        serializer = self.get_signing_serializer(app)
        if serializer is None:
            return None
        cookie = request.cookies.get(self.get_cookie_name(app))
        if not cookie:
            return self.session_class()
        max_age = int(app.permanent_session_lifetime.total_seconds())
        verified = self._verified
        known = verified.get(cookie)
        if known is None:
            try:
                data, signed_at = serializer.loads(cookie, max_age=max_age,
                                                   return_timestamp=True)
            except BadSignature:
                return self.session_class()
            known = (signed_at.timestamp(), data)
            verified.put(cookie, known)
        elif not 0 <= self.now() - known[0] <= max_age:
            return self.session_class()            # expired, as loads() would have said
        return self.session_class(copy.deepcopy(known[1]))   # a request may change its copy
