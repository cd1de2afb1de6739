"""Admission: the cell's vote, the superior's decision and the ceremony."""

from pytest_bdd import scenarios

scenarios("bieu_quyet_ket_nap.feature", "quyet_dinh_le_ket_nap.feature")
