"""The password policy: at least 12 characters, not one of the common passwords and not
easily guessed. The list and the estimate are zxcvbn's (Dropbox's estimator: 30,000 common
passwords, keyboard patterns, sequences, repeats) rather than a list we would have to keep."""

from __future__ import annotations

import re
from functools import cache

MIN_LENGTH = 12
MIN_SCORE = 3          # zxcvbn: 3 = "safely unguessable" against an offline slow-hash attack
USERNAME = re.compile(r"[a-z0-9._-]{1,64}")


@cache
def _common() -> frozenset[str]:
    from zxcvbn.frequency_lists import FREQUENCY_LISTS
    return frozenset(FREQUENCY_LISTS["passwords"])


def check_password(password: str, username: str = "") -> None:
    """Raises ValueError with the Vietnamese reason a password is refused."""
    if len(password) < MIN_LENGTH:
        raise ValueError(f"Mật khẩu cần ít nhất {MIN_LENGTH} ký tự.")
    if password.lower() in _common():
        raise ValueError("Mật khẩu này nằm trong danh sách mật khẩu phổ biến; hãy chọn mật khẩu khác.")
    from zxcvbn import zxcvbn
    if zxcvbn(password[:100], user_inputs=[username] if username else [])["score"] < MIN_SCORE:
        raise ValueError("Mật khẩu quá dễ đoán (lặp lại, dãy phím, từ thông dụng); "
                         "hãy chọn mật khẩu dài hơn, khó đoán hơn.")


def check_username(username: str) -> None:
    if not USERNAME.fullmatch(username):
        raise ValueError("Tên đăng nhập chỉ gồm chữ thường không dấu, số và . _ - "
                         "(tối đa 64 ký tự).")
