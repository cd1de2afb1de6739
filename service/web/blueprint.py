"""The web blueprint, the login session and the helpers the page modules share."""

from __future__ import annotations

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

from projections import failures
from service.accounts import LoginThrottled, User
from service.schemas.views import LoginSchema
from service.web.forms import SchemaForm

bp = Blueprint("web", __name__, template_folder="templates", static_folder="static",
               static_url_path="/static/web")
PUBLIC = ("web.login", "web.static")


def services():
    return current_app.extensions["ketnap"]


def accounts():
    return current_app.extensions["ketnap_accounts"]


def today():
    return services().store.clock().date()


def user() -> User:
    return g.user


@bp.before_app_request
def load_user() -> None:
    uid = session.get("uid")
    g.user = accounts().user(uid) if uid else None


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


@bp.route("/dang-nhap", methods=["GET", "POST"])
def login():
    """Log in with a username and password (slowed down after repeated failures)."""
    form = SchemaForm(LoginSchema(), request.form if request.method == "POST" else None)
    if request.method == "POST" and form.validate() and signed_in(form):
        return redirect(safe_next(request.args.get("next")))
    status = 200 if request.method == "GET" else getattr(form, "status", 401)
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
    session.clear()
    session["uid"] = found.id
    return True


def safe_next(target: str | None) -> str:
    """Only a local path: never redirect to another site after login."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("web.home")


@bp.route("/dang-xuat", methods=["POST"])
def logout():
    """Log out."""
    session.clear()
    flash("Đã đăng xuất.")
    return redirect(url_for("web.login"))


@bp.route("/")
def home():
    """The start page: the plans of the cells the user sees."""
    return redirect(url_for("web.plan_list"))
