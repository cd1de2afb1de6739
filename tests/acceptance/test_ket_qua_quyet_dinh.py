"""The superior's other outcomes and the end of probation (issue 15)."""

from pytest_bdd import scenarios

from tests.acceptance.outcome_steps import *  # noqa: F403 (the steps are fixtures)

scenarios("quyet_dinh_cua_cap_tren.feature", "ket_thuc_du_bi.feature",
          "chuyen_sinh_hoat_dang.feature")
