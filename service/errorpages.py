"""Every error a person can meet, as a Vietnamese page (JSON under /api/, as the API's own
errors are); an unexpected fault shows no trace and no version, only that it happened."""

from __future__ import annotations

from flask import Flask, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError

MESSAGES = {
    400: "Yêu cầu không hợp lệ.",
    401: "Cần đăng nhập.",
    403: "Bạn không có quyền thực hiện việc này.",
    404: "Không tìm thấy trang này.",
    405: "Trang này không nhận cách gửi yêu cầu đó.",
    413: "Dữ liệu gửi lên quá lớn.",
    429: "Quá nhiều yêu cầu; hãy thử lại sau ít phút.",
    500: "Đã có lỗi ở máy chủ. Việc vừa làm có thể chưa được lưu: hãy xem lại trước khi làm lại.",
}
CSRF_MESSAGE = ("Biểu mẫu đã hết hạn hoặc không hợp lệ (mã chống giả mạo). "
                "Hãy tải lại trang rồi gửi lại.")


def install(app: Flask) -> None:
    app.register_error_handler(CSRFError, csrf_error)
    app.register_error_handler(HTTPException, http_error)
    # Flask logs an unhandled exception, then asks for the 500 page (not with TESTING, where
    # the exception reaches the test)
    app.register_error_handler(InternalServerError, http_error)


def csrf_error(error: CSRFError):
    return page(400, CSRF_MESSAGE)


def http_error(error: HTTPException):
    if error.code is None or error.code < 400:
        return error                     # redirects and the like are not errors
    message = MESSAGES.get(error.code, MESSAGES[400] if error.code < 500 else MESSAGES[500])
    response = page(error.code, message)
    for name in ("Allow", "Retry-After", "WWW-Authenticate"):
        if value := error.get_response().headers.get(name):
            response[2][name] = value
    return response


def page(code: int, message: str):
    if request.path.startswith("/api/"):
        name = {413: "payload_too_large", 404: "not_found", 405: "method_not_allowed"}.get(
            code, "error" if code < 500 else "internal_error")
        return {"error": name, "message": message}, code, {}
    return render_template("error.html", code=code, message=message), code, {}
