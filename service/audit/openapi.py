"""The audit endpoints as OpenAPI paths, added to the API's document (they are plain Flask
routes because the printable report is HTML and the replay's shape follows the plan status)."""

from __future__ import annotations


def _query(name: str, description: str, required: bool = True, fmt: str | None = None) -> dict:
    schema = {"type": "string", **({"format": fmt} if fmt else {})}
    return {"in": "query", "name": name, "required": required, "description": description,
            "schema": schema}


_ERRORS = {str(code): {"description": text, "content": {"application/json": {"schema": {
    "type": "object", "properties": {"error": {"type": "string"},
                                     "message": {"type": "string"}}}}}}
    for code, text in ((400, "Tham số không hợp lệ"), (401, "Chưa xác thực"),
                       (403, "Không đủ quyền"))}
_OBJECT = {"200": {"description": "OK", "content": {"application/json": {
    "schema": {"type": "object"}}}}}
_CELL = _query("cell", "Mã chi bộ")
_PERIOD = [_CELL, _query("from", "Từ ngày", fmt="date"), _query("to", "Đến ngày", fmt="date"),
           {**_query("late_days", "Số ngày ghi muộn tối đa (mặc định 30)", required=False),
            "schema": {"type": "integer", "minimum": 0, "maximum": 3660}}]

AUDIT_PATHS = {
    "/api/v1/audit/verify": {"get": {
        "tags": ["audit"], "summary": "Kiểm tra sổ (mã xác thực, cây Merkle) và các điểm kiểm tra",
        "responses": {**_OBJECT, **_ERRORS}}},
    "/api/v1/audit/report": {"get": {
        "tags": ["audit"], "summary": "Báo cáo tuân thủ quy định của chi bộ trong một kỳ",
        "parameters": _PERIOD, "responses": {**_OBJECT, **_ERRORS}}},
    "/api/v1/audit/witness": {
        "get": {"tags": ["audit"], "summary": "Các điểm kiểm tra đang giữ cho một sổ (origin)",
                "parameters": [_query("origin", "Tên sổ"),
                               _query("latest", "Chỉ điểm cuối cùng", required=False)],
                "responses": {**_OBJECT, **_ERRORS}},
        "post": {"tags": ["audit"],
                 "summary": "Nhận điểm kiểm tra của chi bộ khác (nhân chứng, chỉ ghi thêm)",
                 "requestBody": {"required": True, "content": {"application/json": {
                     "schema": {"type": "object", "required": ["checkpoint", "old_size"],
                                "properties": {"checkpoint": {"type": "object"},
                                               "old_size": {"type": "integer"},
                                               "consistency": {"type": "array", "items": {
                                                   "type": "string"}}}}}}},
                 "responses": {"201": {"description": "Đã giữ"},
                               "409": {"description": "Không nối tiếp điểm đang giữ"},
                               "422": {"description": "Chữ ký không tin được"},
                               **_ERRORS}}},
    "/api/v1/audit/replay": {"get": {
        "tags": ["audit"],
        "summary": "Trạng thái chi bộ theo nhật ký tại một thời điểm (hoặc thay đổi từ 'from')",
        "parameters": [_CELL, _query("as_of", "Thời điểm ISO 8601", fmt="date-time"),
                       _query("from", "So sánh từ thời điểm", required=False,
                              fmt="date-time")],
        "responses": {**_OBJECT, **_ERRORS}}},
}


def document(spec, app) -> None:
    """Add the audit routes (already registered on `app`) to flask-smorest's spec."""
    for rule in app.url_map.iter_rules():
        if rule.rule in AUDIT_PATHS:
            spec.path(rule=rule, operations=AUDIT_PATHS[rule.rule], parameters=[])
