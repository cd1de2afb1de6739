"""Addresses that were renamed, kept for one release so bookmarks and printed links still work.

The register and a person's pages were under `/ung-vien` (*ứng viên*), a word neither the
glossary nor the features use; they are now under `/quan-chung`. A 308 keeps the method and
the body, so a form posted to an old address is taken as it was sent.
"""

from __future__ import annotations

from flask import redirect, request

from service.web.blueprint import bp

OLD_TO_NEW = (("/ung-vien", "/quan-chung"),)
RENAMED_SUFFIXES = (("/correction", "/dinh-chinh"),)


@bp.route("/ung-vien", methods=["GET", "POST"])
@bp.route("/ung-vien/<path:rest>", methods=["GET", "POST"])
def old_person_address(rest: str = ""):
    return redirect(new_address(request.full_path.rstrip("?")), code=308)


def new_address(path: str) -> str:
    """The current address of an old one, with its query string."""
    address, _, query = path.partition("?")
    for old, new in OLD_TO_NEW:
        if address == old or address.startswith(old + "/"):
            address = new + address[len(old):]
    for old, new in RENAMED_SUFFIXES:
        if address.endswith(old):
            address = address[: -len(old)] + new
    return address + (f"?{query}" if query else "")
