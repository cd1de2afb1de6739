"""The demo cell's roster on the day it started using Ketnap: teachers and staff (staff are
filed as GV), fictional names. The candidates admitted in the demo join it at their
ceremony, without typing."""

from __future__ import annotations

from datetime import date

from domain.roster import NewMember

LISTED_ON = date(2023, 1, 6)

_MEMBERS = (
    ("Nguyễn Thị Hằng", (1975, 3, 12), "female", (1998, 5, 19), (1999, 5, 19)),
    ("Trần Văn Lợi", (1972, 9, 2), "male", (1995, 2, 3), (1996, 2, 3)),
    ("Phạm Thị Thu Hà", (1980, 11, 20), "female", (2004, 3, 26), (2005, 3, 26)),
    ("Lê Văn Thắng", (1978, 6, 15), "male", (2001, 12, 22), (2002, 12, 22)),
    ("Hoàng Thị Mai", (1985, 1, 8), "female", (2009, 9, 2), (2010, 9, 2)),
    ("Vũ Đức Anh", (1983, 4, 30), "male", (2008, 5, 19), (2009, 5, 19)),
    ("Đặng Thị Lan", (1988, 7, 7), "female", (2012, 3, 8), (2013, 3, 8)),
    ("Bùi Quang Huy", (1990, 2, 14), "male", (2014, 11, 20), (2015, 11, 20)),
    ("Đỗ Thị Ngọc Ánh", (1987, 10, 10), "female", (2011, 6, 1), (2012, 6, 1)),
    ("Ngô Văn Hùng", (1970, 12, 1), "male", (1994, 8, 19), (1995, 8, 19)),
    ("Dương Thị Thanh", (1992, 5, 25), "female", (2016, 3, 26), (2017, 3, 26)),
    ("Lý Minh Tuấn", (1986, 8, 18), "male", (2010, 2, 3), (2011, 2, 3)),
    ("Trịnh Thị Hoa", (1979, 3, 3), "female", (2003, 10, 20), (2004, 10, 20)),   # kế toán
    ("Mai Văn Sơn", (1982, 9, 9), "male", (2007, 5, 19), (2008, 5, 19)),         # nhân viên
    ("Cao Thị Yến", (1991, 12, 12), "female", (2015, 9, 2), (2016, 9, 2)),
    ("Phan Văn Đạt", (1994, 4, 4), "male", (2022, 5, 19), None),                 # dự bị
)


def demo_members() -> list[tuple[NewMember, date]]:
    return [(NewMember(name, date(*born), gender, "GV", date(*admitted),
                       date(*official) if official else None), LISTED_ON)
            for name, born, gender, admitted, official in _MEMBERS]
