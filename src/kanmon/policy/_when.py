"""A rule's conditions on the request, compiled once when the policy loads: only the conditions a
rule states are checked per request, each by one small function, in the order the schema lists
them. A rule that names its entities alone costs one call, not a look at every field its
``when`` could hold (a policy of many rules runs them all on every request)."""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Mapping, Sequence

from kanmon.policy._checks import Facts, PolicyCheck
from kanmon.policy._schema import When

Condition = Callable[[Facts], bool]


def conditions(
    when: When,
    ents: frozenset[str],
    rank: Mapping[str, int],
    calibrated: float,
    check: PolicyCheck | None,
) -> tuple[Condition, ...]:
    """``ents``: ``entities_any`` with groups expanded; ``calibrated``: the injection
    threshold ``injection_at_least: calibrated`` means; ``check``: the loaded ``check``."""
    out: list[Condition] = []
    if (floor_class := when.data_class_at_least) is not None:
        need = rank[floor_class]
        out.append(lambda f: rank.get(f.data_class or "", -1) >= need)
    if when.entities_any is not None:
        # most requests carry none of the rule's entities: one C call says so
        out.append(
            lambda f: not ents.isdisjoint(f.entities) and any(f.entities.get(e) for e in ents)
        )
    if (at_least := when.injection_at_least) is not None:
        floor = calibrated if at_least == "calibrated" else at_least
        if (layers := when.injection_layers_any) is not None:
            out.append(_by_layer(when.injection_sources, frozenset(layers), floor))
        elif (sources := when.injection_sources) is not None:
            out.append(
                lambda f: (
                    max((f.injection.by_source.get(s, 0.0) for s in sources), default=0) >= floor
                )
            )
        else:
            out.append(lambda f: f.injection.score >= floor)
    if (roles_any := when.roles_any) is not None:
        out.append(lambda f: not _roles(f).isdisjoint(roles_any))
    if (roles_none := when.roles_none) is not None:
        out.append(lambda f: _roles(f).isdisjoint(roles_none))
    if (teams_any := when.teams_any) is not None:
        out.append(lambda f: _team(f) in teams_any)
    if (teams_none := when.teams_none) is not None:
        out.append(lambda f: _team(f) not in teams_none)
    if (use_cases := when.use_cases_any) is not None:
        out.append(lambda f: (f.principal.use_case if f.principal else None) in use_cases)
    any_of, none_of = _patterns(when.tools_any), _patterns(when.tools_none)
    if any_of is not None:
        out.append(lambda f: _tools_match(any_of, f.tools))
    if none_of is not None:
        out.append(lambda f: not _tools_match(none_of, f.tools))
    if check is not None:
        out.append(check)
    return tuple(out)


def _by_layer(sources: Sequence[str] | None, layers: frozenset[str], floor: float) -> Condition:
    """The highest score of a text of ``sources`` (any, when None) in which one of ``layers``
    found evidence reaches ``floor``."""

    def holds(f: Facts) -> bool:
        for source, found in f.injection.by_source_layer.items():
            if sources is None or source in sources:
                for layer, v in found.items():
                    if v >= floor and layer in layers:
                        return True
        return False

    return holds


def _roles(f: Facts) -> frozenset[str]:
    return f.principal.roles if f.principal else frozenset()


def _team(f: Facts) -> str | None:
    return f.principal.team if f.principal else None


def _patterns(globs: list[str] | None) -> re.Pattern[str] | None:
    """Shell-style tool-name patterns as one compiled regex (None when the rule has none)."""
    if globs is None:
        return None
    return re.compile("|".join(f"(?:{fnmatch.translate(g)})" for g in globs) or "(?!)")


def _tools_match(pattern: re.Pattern[str], tools: frozenset[str]) -> bool:
    return any(pattern.match(t) for t in tools)
