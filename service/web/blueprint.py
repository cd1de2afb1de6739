"""The web blueprint, the login session and the helpers the page modules share."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import LoginManager, UserMixin, login_user, logout_user

from projections import failures
from service.accounts import LoginThrottled, User
from service.current import services as services
from service.idempotency import claim
from service.schemas.views import LoginSchema
from service.web.forms import SchemaForm

bp = Blueprint("web", __name__, template_folder="templates", static_folder="static",
               static_url_path="/static/web")
PUBLIC = ("web.login", "web.static")
# a redirect from a renamed address records nothing: the form's key is claimed where it lands
REDIRECTS = ("web.old_person_address",)


def accounts():
    return current_app.extensions["ketnap_accounts"]


def today():
    return services().store.today()


def user() -> User:
    return g.user


class SignedIn(UserMixin):
    """Flask-Login's user: the account and the key of its server-side session (what the
    cookie carries, as Flask-Login's user id)."""

    def __init__(self, user: User, key: str) -> None:
        self.user, self.key = user, key

    def get_id(self) -> str:
        return self.key


def install_login(app) -> None:
    manager = LoginManager(app)
    manager.session_protection = None   # the server-side session does better than its hash
                                        # of address and agent, which roaming phones break
    # with protection off the identifier (a SHA-512 of address and agent) is never compared,
    # yet Flask-Login computes it on every request
    manager._session_identifier_generator = str
    manager.user_loader(signed_in_user)


def signed_in_user(key: str) -> SignedIn | None:
    """The live session's user (None if the session ended, timed out or the user is gone)."""
    uid = accounts().sessions.user_id(key)
    found = accounts().user(uid) if uid is not None else None
    return SignedIn(found, key) if found else None


@bp.before_app_request
def load_user() -> None:
    """The signed-in user, from the server-side session whose key Flask-Login's login_user put
    in the cookie. Read here once, directly: current_user's lazy proxy and signals cost a
    page more than the lookup itself. The API knows its caller by the bearer token
    (service/api/blueprint.py), not by the cookie."""
    key = session.get("_user_id") if request.blueprint != "api" else None
    g.signed_in = signed_in_user(key) if key else None
    g.user = g.signed_in.user if g.signed_in else None


@bp.app_context_processor
def read_side_banner() -> dict:
    """The admin and the committee see when the read models stopped at an event (one small
    query, for those roles only)."""
    if g.get("user") is None or g.user.role not in ("admin", "committee"):
        return {}
    with services().engine.connect() as conn:
        return {"read_side_failure": failures.last(conn)}


@bp.before_request
def require_login():
    if g.user is None and request.endpoint not in PUBLIC:
        return redirect(url_for("web.login", next=request.full_path))
    return None


@bp.before_request
def once():
    """A form posted twice (double click, a browser's retry) records once: its one-time
    form_key (service/idempotency.py)."""
    if g.user is None or request.method != "POST" or request.endpoint in REDIRECTS:
        return None
    return claim(g.user)


@bp.route("/dang-nhap", methods=["GET", "POST"])
def login():
    """Log in with a username and password (slowed down after repeated failures)."""
    form = SchemaForm(LoginSchema(), request.form if request.method == "POST" else None)
    if request.method == "POST" and form.validate() and signed_in(form):
        return redirect(safe_next(request.args.get("next")))
    status = 200 if request.method != "POST" else getattr(form, "status", 401)
    return render_template("login.html", form=form), status


def signed_in(form: SchemaForm) -> bool:
    try:
        found = accounts().authenticate(form.data["username"], form.data["password"],
                                        request.remote_addr or "-")
    except LoginThrottled as error:
        form.message, form.status = str(error), 429
        return False
    if found is None:
        form.message = "Tên đăng nhập hoặc mật khẩu không đúng."
        return False
    session.clear()   # nothing from before the login survives it (no fixation)
    login_user(SignedIn(found, accounts().sessions.open(found.id)))
    return True


LOCAL_PATH = re.compile(r"/(?![/\\])[\x21-\x7e]*")   # printable ASCII, not "//" nor "/\\"


def safe_next(target: str | None) -> str:
    r"""Only a path on this site: never another site after login. Browsers drop tabs and
    newlines and read a backslash as a slash, so "/\t/evil.com" would be "//evil.com"; a
    target with anything but printable ASCII, or with a scheme or host, goes home instead."""
    if target and LOCAL_PATH.fullmatch(target) and "\\" not in target:
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc:
            return target
    return url_for("web.home")


@bp.route("/dang-xuat", methods=["POST"])
def logout():
    """Log out: the server-side session ends, so a copy of the cookie is worth nothing."""
    if g.signed_in is not None:
        accounts().sessions.end(g.signed_in.key)
    logout_user()
    session.clear()
    flash("Đã đăng xuất.")
    return redirect(url_for("web.login"))


@bp.route("/")
def home():
    """The start page: a one-cell user's current plan, else the plans of the cells the user
    sees (the admin: the accounts)."""
    if user().manages_accounts():
        return redirect(url_for("web.admin_users"))
    return redirect(current_plan_url() or url_for("web.plan_list"))


def current_plan_url() -> str | None:
    """The dashboard of this year's plan (Việt Nam's year) for a user of exactly one cell."""
    from projections import queries
    cells = user().readable_cells(c.code for c in queries.cells(services().engine))
    if cells is None or len(cells) != 1:
        return None
    year = today().year
    found = [p for p in queries.plans(services().engine, cells[0]) if p.year == year]
    return url_for("web.plan_dashboard", plan_id=found[0].plan_id) if found else None
