"""After admission: probation, conversion to official membership, and the exits."""

from pytest_bdd import scenarios

from tests.acceptance.outcome_steps import *  # noqa: F403 (the strike-off proposal's step)

scenarios("du_bi_chuyen_chinh_thuc.feature", "xoa_ten_chuyen_di.feature")
