"""Custom rule conditions: the ``kanmon.policy_rules`` entry-point group.

A check is a callable ``(facts) -> bool`` named in a rule as ``when.check: <name>``. The
built-in ``unknown_data_terms`` goes through the same path as third-party checks.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points
from typing import TYPE_CHECKING

from kanmon.errors import ConfigError

if TYPE_CHECKING:
    from kanmon.policy._engine import Facts

GROUP = "kanmon.policy_rules"
PolicyCheck = Callable[["Facts"], bool]


def load_check(name: str) -> PolicyCheck:
    for ep in entry_points(group=GROUP):
        if ep.name == name:
            fn = ep.load()
            if not callable(fn):
                raise ConfigError(f"policy check {name!r} ({ep.value}) is not callable")
            return fn  # type: ignore[no-any-return]
    names = sorted(ep.name for ep in entry_points(group=GROUP))
    raise ConfigError(f"unknown policy check {name!r}; installed: {', '.join(names) or 'none'}")


def unknown_data_terms(facts: Facts) -> bool:
    """True when the first candidate deployment does not state its retention or training use."""
    if not facts.candidates:
        return False
    terms = facts.candidates[0].data_terms
    return terms.retention_days is None or terms.trains_on_data is None
