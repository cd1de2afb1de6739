"""Vietnamese sorting: by given name (tên), then middle and family name (họ
đệm); letters first in the order a ă â b c d đ e ê … o ô ơ … u ư …, then the tone, in the
order none, huyền, hỏi, ngã, sắc, nặng. Case is ignored except as a last resort."""

from __future__ import annotations

import unicodedata

ALPHABET = (
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j",
    "k", "l", "m", "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư",
    "v", "w", "x", "y", "z",
)
LETTER_RANK = {letter: rank for rank, letter in enumerate(ALPHABET)}
MODIFIERS = {"\u0306", "\u0302", "\u031b"}          # breve, circumflex, horn
TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
OTHER = len(ALPHABET)


def _letters_and_tone(word: str) -> tuple[tuple[tuple[int, int], ...], int]:
    """A word's letters as ranks (unknown characters after the alphabet, by code point) and
    its tone (a syllable carries one, wherever it is written: hòa = hoà)."""
    letters: list[tuple[int, int]] = []
    tone = 0
    for ch in unicodedata.normalize("NFD", word.lower()):
        if ch in TONES:
            tone = TONES[ch]
        elif ch in MODIFIERS and letters:
            base = ALPHABET[letters[-1][0]] if letters[-1][0] < OTHER else ""
            composed = unicodedata.normalize("NFC", base + ch)
            letters[-1] = (LETTER_RANK.get(composed, OTHER), ord(composed[-1]))
        elif not unicodedata.combining(ch):
            letters.append((LETTER_RANK.get(ch, OTHER), 0 if ch in LETTER_RANK else ord(ch)))
    return tuple(letters), tone


def text_key(text: str) -> tuple:
    """Compare words by letters first, then by tones, then by case."""
    words = [_letters_and_tone(w) for w in text.split()]
    return (tuple(w[0] for w in words), tuple(w[1] for w in words), text)


def name_key(full_name: str) -> tuple:
    """Sort key of a Vietnamese full name: given name, then the rest in written order."""
    parts = full_name.split()
    given, rest = (parts[-1], " ".join(parts[:-1])) if parts else ("", "")
    g, r = text_key(given), text_key(rest)
    return (g[0], g[1], r[0], r[1], full_name)
