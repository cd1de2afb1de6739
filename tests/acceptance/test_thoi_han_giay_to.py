"""Issue 14 item 5: the papers of the dossier still valid on the vote's day."""

from pytest_bdd import scenarios

scenarios("thoi_han_giay_to.feature")
