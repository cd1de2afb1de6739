"""Which fields of an event are a person's personal data (Law 91/2025/QH15), and what an
erased person reads as.

The service encrypts these fields with the person's own key before an event is stored and
decrypts them when it is read (crypto-shredding: erasing the person destroys the key). What
is not listed stays in the clear, so that order, counts and the audit work without keys:
event types, business and recorded dates, stages, the cell, the category GV/HS, vote counts,
document numbers, the acting user. Pure data: the domain never sees ciphertext.
"""

from __future__ import annotations

from uuid import UUID

from domain import events as ev

ERASED = "[đã xóa]"

# The person's identity, as the nomination (or the receiving cell) records it.
IDENTITY = ("full_name", "birth_date", "gender", "ethnicity", "class_name", "citizen_id",
            "left_by")
# Free texts about the person, names of the people around them, their own certificates.
FREE_TEXT = ("reason", "override_reason")
NAMES = ("helpers", "introducers")
# the roster members who introduce (issue 14): their names and since when they know the
# person; erased, the list is empty (no step follows an erasure, so no rule reads it again)
MEMBERS = ("members",)
CERTIFICATES = ("certificate_no",)

PERSONAL_FIELDS: dict[type, tuple[str, ...]] = {
    kind: tuple(name for name in (*IDENTITY, *FREE_TEXT, *NAMES, *MEMBERS, *CERTIFICATES)
                if name in kind.__dataclass_fields__)
    for kind in ev.CANDIDATE_EVENTS
}
# A party member on the cell's roster (issue 14) is a person too: their identity is encrypted
# with their own key (the member id; an admitted candidate keeps the candidate's). A member's
# file is never erased (below), so these never read as erased.
PERSONAL_FIELDS[ev.MemberJoined] = ("full_name", "birth_date", "gender")
# a correction's `fields` hold values of the corrected event's fields: the same names count
CORRECTABLE_PERSONAL = frozenset(name for names in PERSONAL_FIELDS.values() for name in names)


def key_owner(event: ev.Event) -> UUID:
    """Whose key encrypts the event's personal fields: the roster member's for a member
    listed on a cell's roster, otherwise the candidate's, whose stream it is."""
    if isinstance(event, ev.MemberJoined):
        return UUID(event.member_id)
    return event.originator_id


def erased_value(name: str, count: int = 0) -> object:
    """What a field of an erased person reads as: no date, the mark for a text, and for a
    list of names as many marks as there were names (the count is not personal)."""
    if name == "birth_date":
        return None
    if name in NAMES:
        return (ERASED,) * count
    if name in MEMBERS:
        return ()
    return ERASED


# Why a member's data is never erased (the catalogue's rule `member_file_kept`, with its
# articles): the party member's file is kept by the party's own archive rules, and Law
# 91/2025/QH15 Art. 14 lets the law keep what it requires.
MEMBER_FILE_KEPT = ("Hồ sơ đảng viên phải được lưu giữ (Quy định 24-QĐ/TW, mục 6.2.4; Quy định "
                    "270-QĐ/TW về Phông Lưu trữ Đảng): không xóa dữ liệu của người đã được kết "
                    "nạp.")
