"""`ketnap --help` in Vietnamese: the help of every command and option, and Click's own
words (Usage, Options, errors), kept here in one catalogue so that the commands' code keeps
its English docstrings for the people who read the code.

Click looks its words up through gettext at call time (`_` in each of its modules); with
no compiled catalogue to ship, `install` puts a lookup in this dictionary in their place.
A test walks every command and fails on a help text left in English."""

from __future__ import annotations

import click
from flask.cli import FlaskGroup

COMMANDS = {
    "": "Ketnap: hồ sơ phát triển đảng viên của chi bộ.",
    "init": "Tạo hoặc nâng cấp cơ sở dữ liệu (sổ sự kiện và bảng tra cứu).",
    "run": "Chạy trang web và API JSON (một tiến trình, nhiều luồng; khi triển khai thật "
           "dùng gunicorn).",
    "demo": "Nạp chi bộ mẫu, kế hoạch năm 2024 và một quá trình thực tế (một lần).",
    "demo-users": "Tạo các tài khoản mẫu (một lần) và in cách đăng nhập.",
    "audit": "Kiểm tra: chuỗi băm, điểm kiểm tra có chữ ký, xuất hồ sơ, báo cáo, dựng lại.",
    "audit checkpoint": "Niêm phong, xác minh và ký một điểm kiểm tra để ghi vào biên bản "
                        "của chi bộ.",
    "audit checkpoints": "Liệt kê các điểm kiểm tra đã ký.",
    "audit export": "Ghi một gói hồ sơ tự đủ các sự kiện của chi bộ để kiểm tra ngoại tuyến.",
    "audit replay": "Chi bộ như sổ ghi tại một thời điểm (hoặc những gì đã thay đổi từ một "
                    "thời điểm khác).",
    "audit report": "Báo cáo kiểm tra của chi bộ trong một kỳ (mỗi sự kiện theo quy định có "
                    "hiệu lực vào ngày đó).",
    "audit seal": "Niêm phong các sự kiện ghi ngoài các lệnh của phần mềm (ví dụ sau khi nhập).",
    "audit verify": "Tính lại chuỗi băm từ các bảng gốc; thoát mã 1 và nêu sự kiện đầu tiên "
                    "bị sửa.",
    "calendar": "Ngày nghỉ hoặc ngày làm bù do cơ quan có thẩm quyền công bố.",
    "calendar declare": "Ghi một ngày nghỉ hoặc một ngày làm bù.",
    "cell": "Chi bộ: đăng ký chi bộ, thay đổi cấp ủy cấp trên.",
    "cell add": "Đăng ký một chi bộ và cấp ủy cấp trên trực tiếp.",
    "cell superior": "Ghi việc cấp ủy cấp trên của chi bộ thay đổi (ví dụ từ 01/07/2025).",
    "openapi": "Tài liệu OpenAPI của API.",
    "openapi list-config-prefixes": "Liệt kê các tiền tố cấu hình API.",
    "openapi print": "In tài liệu OpenAPI (JSON).",
    "openapi write": "Ghi tài liệu OpenAPI (JSON) ra tệp.",
    "plan": "Kế hoạch phát triển đảng viên.",
    "plan import": "Ban hành kế hoạch năm từ một tệp kế hoạch (mẫu: examples/*.toml).",
    "projections": "Bảng tra cứu: theo sổ sự kiện, dựng lại, đối chiếu.",
    "projections check": "Dựng lại vào một cơ sở dữ liệu tạm rồi so với bảng tra cứu đang dùng.",
    "projections follow": "Giữ bảng tra cứu và niêm phong kiểm tra luôn cập nhật đến khi "
                          "bấm Ctrl-C.",
    "projections rebuild": "Dựng lại mọi bảng tra cứu từ toàn bộ sổ (trong lúc đó các trang "
                           "hiện bảng cũ).",
    "user": "Người dùng và mã truy cập API.",
    "access": "Nhật ký truy cập hồ sơ (Ủy ban kiểm tra).",
    "access log": "Ai đã xem hồ sơ của ai, khi nào, xem gì, từ đâu (chỉ ghi mã, không ghi "
                  "dữ liệu cá nhân).",
    "audit prove": "Bằng chứng thuộc cây hoặc bằng chứng nhất quán so với điểm kiểm tra có "
                   "chữ ký mới nhất (JSON).",
    "audit rotate-key": "Khóa ký điểm kiểm tra mới, được khóa cũ xác nhận (các điểm kiểm tra "
                        "cũ vẫn xác minh được).",
    "cell settings": "Địa danh và tên đầy đủ của chi bộ ghi trên văn bản.",
    "keys": "Khóa chủ (KETNAP_MASTER_KEY_FILE).",
    "keys rotate": "Khóa chủ mới: khóa của từng người được bọc lại, không sự kiện nào bị "
                   "viết lại.",
    "member": "Đảng viên của chi bộ: ghi tên vào danh sách, nhập tệp danh sách.",
    "member add": "Ghi vào danh sách một đảng viên đã vào Đảng (hoặc chuyển sinh hoạt đến).",
    "member import": "Nhập tệp danh sách đảng viên (CSV hoặc XLSX; các cột: "
                     "service/memberfile.py): nhập tất cả các dòng hoặc không dòng nào.",
    "person": "Dữ liệu cá nhân: xóa, trích xuất cho chủ thể dữ liệu, chính sách lưu giữ.",
    "person erase": "Hủy khóa của người này; sổ vẫn ghi ai xóa hồ sơ nào theo văn bản nào.",
    "person export": "Mọi dữ liệu đang giữ về một người: từng sự kiện, đã giải mã, theo thứ "
                     "tự, kèm người ghi.",
    "person retention": "Chính sách lưu giữ: quần chúng chưa được kết nạp bị xóa dữ liệu N "
                        "năm sau khi ra khỏi danh sách.",
    "store": "Kho sự kiện.",
    "store migrate": "Chép kho này sang một kho mới, mã hóa theo từng người; kho này giữ "
                     "nguyên.",
    "user add": "Thêm người dùng với một vai trò (secretary: bí thư, committee: cấp ủy, "
                "inspector: kiểm tra, admin: quản trị, maintainer: người soạn quy trình). "
                "Mật khẩu đọc từ đầu vào chuẩn (một dòng) hoặc gõ ẩn ở máy trạm; không "
                "bao giờ từ dòng lệnh.",
    "user disable": "Khóa đăng nhập; mọi phiên kết thúc, mọi mã truy cập bị thu hồi vĩnh viễn.",
    "user enable": "Cho đăng nhập lại (phiên và mã cũ vẫn bị thu hồi).",
    "user list": "Mọi người dùng: tên, vai trò, chi bộ hoặc cấp ủy, đang hoạt động hay đã khóa.",
    "user password": "Đặt mật khẩu mới (đầu vào chuẩn hoặc gõ ẩn); mọi phiên của người dùng "
                     "kết thúc.",
    "user revoke": "Thu hồi một mã truy cập (--token ID) hoặc tất cả (--all).",
    "user role": "Đổi vai trò và chi bộ (hoặc cấp ủy) của người dùng (phiên kết thúc: đăng "
                 "nhập lại).",
    "user token": "In một mã truy cập API mới (chỉ lưu giá trị băm: hãy giữ mã ngay).",
    "user tokens": "Các mã truy cập API của người dùng: số, tên, ngày cấp, hạn, lần dùng "
                   "cuối, tình trạng.",
}
OPTIONS = {
    "actor": "Người ghi (lưu trên sự kiện).",
    "as_of": "Thời điểm ghi sổ (UTC nếu không ghi múi giờ).",
    "as_json": "Kết quả dạng JSON.",
    "all_methods": "Hiện cả HEAD và OPTIONS.",
    "body": "Cấp ủy cấp trên trực tiếp mới.",
    "cell_code": "Mã chi bộ.",
    "cells": "Chi bộ (bắt buộc với bí thư).",
    "config_prefix": "Tiền tố cấu hình API.",
    "days": "Số ngày đến khi hết hạn.",
    "document_no": "Số văn bản.",
    "end": "Đến ngày (dd/mm/yyyy hoặc yyyy-mm-dd).",
    "every": "Mọi mã truy cập của người dùng.",
    "format": "Định dạng (json hoặc yaml).",
    "host": "Địa chỉ lắng nghe.",
    "interval": "Số giây giữa hai lần đọc sổ.",
    "late_days": "Ghi sổ chậm quá số ngày này là một phát hiện (mặc định 30).",
    "name": "Tên.",
    "once": "Chạy một lượt rồi thoát (cron, kiểm thử).",
    "out": "Tệp ghi ra.",
    "port": "Cổng.",
    "reason": "Lý do.",
    "role": "Vai trò: secretary, committee, inspector, admin, maintainer.",
    "since": "Từ ngày (dd/mm/yyyy hoặc yyyy-mm-dd).",
    "sort": "Thứ tự sắp xếp.",
    "start": "Từ ngày (dd/mm/yyyy hoặc yyyy-mm-dd).",
    "superior_body": "Cấp ủy cấp trên trực tiếp.",
    "token_id": "Số của mã truy cập (xem `user tokens`).",
    "working": "Ngày làm bù (--working) hay ngày nghỉ (--off).",
    "workers": "Số tiến trình dựng lại hồ sơ [mặc định: mỗi CPU một tiến trình từ 50.000 "
               "sự kiện, dưới đó 1].",
}
OPTION_OVERRIDES = {("cell add", "name"): "Tên chi bộ.",
                    ("user token", "name"): "Mã dùng để làm gì (hiện trong `user tokens`).",
                    ("audit replay", "since"): "So sánh với thời điểm này (những gì đã thay "
                                               "đổi).",
                    ("user add", "body"): "Cấp ủy (bắt buộc với cấp ủy cấp trên): xem và ghi "
                                          "các chi bộ trực thuộc cấp ủy này vào ngày của việc.",
                    ("user role", "body"): "Cấp ủy (bắt buộc với cấp ủy cấp trên): xem và ghi "
                                           "các chi bộ trực thuộc cấp ủy này vào ngày của việc."}
# Click's own words (its gettext message ids).
WORDS = {
    "Usage:": "Cách dùng:", "Options": "Tùy chọn", "Commands": "Lệnh",
    "Show this message and exit.": "Hiện hướng dẫn này rồi thoát.",
    "Show the version and exit.": "Hiện phiên bản rồi thoát.",
    "Error: {message}": "Lỗi: {message}", "Aborted!": "Đã hủy.",
    "Try '{command} {option}' for help.": "Gõ '{command} {option}' để xem hướng dẫn.",
    "No such command {name!r}.": "Không có lệnh {name!r}.",
    "No such option {name!r}.": "Không có tùy chọn {name!r}.",
    "Missing argument": "Thiếu tham số", "Missing option": "Thiếu tùy chọn",
    "Missing parameter": "Thiếu tham số", "Missing command.": "Thiếu lệnh.",
    "Invalid value for {param_hint}: {message}": "Giá trị không hợp lệ cho {param_hint}: "
                                                 "{message}",
    "Invalid value: {message}": "Giá trị không hợp lệ: {message}",
    "Option {name!r} does not take a value.": "Tùy chọn {name!r} không nhận giá trị.",
    "{value!r} is not a valid {number_type}.": "{value!r} không phải là số hợp lệ.",
    "{value} is not in the range {range}.": "{value} không nằm trong khoảng {range}.",
    "{value!r} is not a valid UUID.": "{value!r} không phải là mã UUID hợp lệ.",
    "default: {default}": "mặc định: {default}",
    "Choose from:\n\t{choices}": "Chọn một trong:\n\t{choices}",
    "{name} {filename!r} does not exist.": "{name} {filename!r} không tồn tại.",
    "required": "bắt buộc", "file": "tệp", "path": "đường dẫn", "directory": "thư mục",
    "Could not open file {filename!r}: {message}": "Không mở được tệp {filename!r}: {message}",
}
FLASK_OPTIONS = ("env_file", "app", "debug", "version")   # Flask's, not Ketnap's
FLASK_COMMANDS = ("routes", "shell")


def word(message: str) -> str:
    return WORDS.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return word(singular if n == 1 else plural)


def install_words() -> None:
    """Click's own words in Vietnamese (its modules call `_` and `ngettext` by name)."""
    from click import core, decorators, exceptions, formatting, parser, types
    for module in (core, decorators, exceptions, formatting, parser, types):
        if hasattr(module, "_"):
            module._ = word
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext


class VietnameseGroup(FlaskGroup):
    """The `ketnap` group: Flask's, with every help text from the catalogue, without
    Flask's own options and developer commands (routes, shell)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(help=COMMANDS[""], **kwargs)
        self.params = [p for p in self.params if p.name not in FLASK_OPTIONS]
        self.options_metavar, self.subcommand_metavar = "[TÙY CHỌN]", "LỆNH [THAM SỐ]..."
        install_words()

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [n for n in super().list_commands(ctx) if n not in FLASK_COMMANDS]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        command = None if name in FLASK_COMMANDS else super().get_command(ctx, name)
        if command is not None:
            translate(command, name)
        return command


def translate(command: click.Command, path: str) -> None:
    """The command's help and its options', and its subcommands' (the English docstring
    stays in the code)."""
    command.help = COMMANDS.get(path, command.help)
    command.short_help = None
    command.options_metavar = "[TÙY CHỌN]"
    if isinstance(command, click.Group):
        command.subcommand_metavar = "LỆNH [THAM SỐ]..."
    for param in command.params:
        if isinstance(param, click.Option) and param.name != "help":
            param.help = OPTION_OVERRIDES.get((path, param.name),
                                              OPTIONS.get(param.name, param.help))
    for name, sub in getattr(command, "commands", {}).items():
        translate(sub, f"{path} {name}")
