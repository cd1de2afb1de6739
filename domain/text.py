"""What a name or a text may hold: Unicode in its composed form (NFC: "ệ" one character,
as Vietnamese keyboards mostly type it, so that equal names compare equal), and none of
the characters that make a text lie about itself: control characters (a NUL, terminal
escapes), bidirectional overrides (an RTL override shows "txt.exe" for "exe.txt"), lone
surrogates; nor a text made only of invisible characters (zero-width spaces)."""

from __future__ import annotations

import unicodedata

BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                          "\u2066\u2067\u2068\u2069")
INVISIBLE = frozenset("\u00ad\u034f\u115f\u1160\u180e\u200b\u200c\u200d\u2060\u2061\u2062"
                      "\u2063\u2064\u3164\ufeff\uffa0")
LINE_BREAKS = frozenset("\n\r\t")   # allowed in a multi-line text only


def normal(value: str) -> str:
    return unicodedata.normalize("NFC", value)


def refusal(value: str, multiline: bool = False) -> str | None:
    """Why the text is refused (Vietnamese), or None if it may be stored."""
    for char in value:
        if char in BIDI_CONTROLS:
            return "có ký tự đảo chiều chữ (bidi), không được phép."
        category = unicodedata.category(char)
        if category == "Cs":
            return "có ký tự Unicode không hợp lệ."
        if category == "Cc" and not (multiline and char in LINE_BREAKS):
            return "có ký tự điều khiển, không được phép."
    if value and all(char in INVISIBLE or char.isspace() for char in value):
        return "chỉ gồm ký tự vô hình (khoảng trắng, zero-width)."
    return None
