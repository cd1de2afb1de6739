"""The admin's pages: users and their API tokens (add, disable, enable, role and cells, new
password, tokens issued, revoked one by one or all at once). Behind the admin role, every
form CSRF-protected; the admin sees accounts here and no person's record anywhere."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from sqlalchemy.exc import IntegrityError

from service.accounts import ROLES
from service.accounts.policy import require
from service.accounts.store import TOKEN_DAYS
from service.web.blueprint import accounts, bp, user

PREFIX = "/quan-tri/nguoi-dung"


@bp.before_request
def admin_only():
    if request.endpoint and request.endpoint.startswith("web.admin_") and user() is not None:
        require(user().manages_accounts())


@bp.route(PREFIX, methods=["GET", "POST"])
def admin_users():
    """Every account; a form to add one."""
    if request.method == "POST":
        name = request.form.get("username", "").strip()
        if _done(lambda: accounts().add_user(name, request.form.get("password", ""),
                                             request.form.get("role", ""), _cells(),
                                             _body()),
                 f"Đã thêm người dùng {name}."):
            return redirect(url_for("web.admin_user", username=name))
    return render_template("admin/users.html", users=accounts().users(), roles=ROLES)


@bp.route(f"{PREFIX}/<username>")
def admin_user(username: str, new_token: str | None = None):
    """One account: its role, cells, state and tokens."""
    found = [row for row in accounts().users() if row.user.username == username]
    if not found:
        abort(404)
    return render_template("admin/user.html", row=found[0], roles=ROLES, new_token=new_token,
                           tokens=accounts().tokens(username), token_days=TOKEN_DAYS,
                           now=accounts().clock())


@bp.route(f"{PREFIX}/<username>/khoa", methods=["POST"])
def admin_disable(username: str):
    if username == user().username:
        flash("Không thể tự khóa tài khoản của mình.")
    else:
        _done(lambda: accounts().disable(username),
              "Đã khóa: mọi phiên đăng nhập kết thúc, mọi mã truy cập bị thu hồi.")
    return _back(username)


@bp.route(f"{PREFIX}/<username>/mo-khoa", methods=["POST"])
def admin_enable(username: str):
    _done(lambda: accounts().enable(username), "Đã mở khóa (mã truy cập cũ không dùng lại được).")
    return _back(username)


@bp.route(f"{PREFIX}/<username>/vai-tro", methods=["POST"])
def admin_role(username: str):
    _done(lambda: accounts().set_role(username, request.form.get("role", ""), _cells(),
                                      _body()),
          "Đã đổi vai trò; người dùng đăng nhập lại.")
    return _back(username)


@bp.route(f"{PREFIX}/<username>/mat-khau", methods=["POST"])
def admin_password(username: str):
    _done(lambda: accounts().set_password(username, request.form.get("password", "")),
          "Đã đặt mật khẩu mới; mọi phiên đăng nhập cũ kết thúc.")
    return _back(username)


@bp.route(f"{PREFIX}/<username>/ma-truy-cap", methods=["POST"])
def admin_issue_token(username: str):
    """A new token, shown once on this answer (only its hash is kept)."""
    issued: list[str] = []
    if _done(lambda: issued.append(accounts().issue_token(
            username, request.form.get("name", "").strip(), _days())), "Đã cấp mã truy cập."):
        return admin_user(username, new_token=issued[0])
    return _back(username)


@bp.route(f"{PREFIX}/<username>/ma-truy-cap/<int:token_id>/thu-hoi", methods=["POST"])
def admin_revoke_token(username: str, token_id: int):
    _done(lambda: accounts().revoke_token(username, token_id), "Đã thu hồi mã truy cập.")
    return _back(username)


@bp.route(f"{PREFIX}/<username>/ma-truy-cap/thu-hoi-tat-ca", methods=["POST"])
def admin_revoke_tokens(username: str):
    _done(lambda: accounts().revoke_tokens(username), "Đã thu hồi mọi mã truy cập.")
    return _back(username)


def _cells() -> list[str]:
    return request.form.get("cells", "").split()


def _body() -> str:
    """A committee user's body (issue 14): it reaches the cells under that body."""
    return request.form.get("body", "")


def _days() -> int:
    value = request.form.get("days", "").strip()
    if not value.isdigit() or len(value) > 4:
        raise ValueError("Thời hạn (ngày) phải là một số nguyên dương.")
    return int(value)


def _done(change, message: str) -> bool:
    """Run an account change; its refusal (the reason in Vietnamese) is shown, not a 500."""
    try:
        change()
    except (ValueError, LookupError) as refused:
        flash(str(refused.args[0]) if refused.args else "Không thực hiện được.")
        return False
    except IntegrityError:
        flash("Tên đăng nhập đã có.")
        return False
    flash(message)
    return True


def _back(username: str):
    return redirect(url_for("web.admin_user", username=username), code=303)
