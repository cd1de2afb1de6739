"""After admission: probation, conversion to official membership, and the exits."""

from pytest_bdd import scenarios

scenarios("du_bi_chuyen_chinh_thuc.feature", "xoa_ten_chuyen_di.feature")
