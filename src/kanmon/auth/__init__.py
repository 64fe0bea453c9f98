"""Admission: who is calling (virtual keys), what their roles let them call, how often, and how
much they may spend (the reserve step)."""

from kanmon.auth._budget import BudgetStep
from kanmon.auth._failures import AuthFailures
from kanmon.auth._keys import Authenticator, bearer
from kanmon.auth._roles import require, require_own

__all__ = ["AuthFailures", "Authenticator", "BudgetStep", "bearer", "require", "require_own"]
