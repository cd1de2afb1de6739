"""Users, roles and API tokens: who may record what, for which cell (shared by web and API)."""

from service.accounts.policy import ROLES, Forbidden, User
from service.accounts.store import Accounts
from service.accounts.throttle import LoginThrottled

__all__ = ["ROLES", "Accounts", "Forbidden", "LoginThrottled", "User"]
