"""What a model's licence and the governance settings demand of an approval, checked without
the store: licence territory, the duties an approver must acknowledge, the user-count and
revenue thresholds, and the approval rules on provenance facts (``governance.approval_rules``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kanmon.config import ApprovalRule, GovernanceSettings
from kanmon.core.approval import Approval
from kanmon.core.catalog import Deployment, Model
from kanmon.core.territory import territory_problem
from kanmon.errors import BadRequestError, PermissionDeniedError
from kanmon.governance._conditions import (
    ACKNOWLEDGED,
    MAX_USERS,
    TRACK_USERS,
    check_conditions,
    satisfies,
    user_limit,
)


def caller_territories(use_case: str, settings: GovernanceSettings) -> list[str]:
    uc = settings.use_cases.get(use_case)
    return list(uc.territories) if uc is not None else []


def licence_territory_problem(
    dep: Deployment,
    model: Model | None,
    use_case: str,
    settings: GovernanceSettings,
    key_territory: Iterable[str] = (),
) -> str | None:
    """Why the model's licence does not allow inference in the deployment's region, for the
    use case's callers (``governance.use_cases.<name>.territories``) or for the calling key's
    (``key_territory``), or None."""
    if model is None:
        return None
    ob = model.licence.obligations
    why = territory_problem(
        ob.territory_exclusions,
        dep.processing_region,
        caller_territories(use_case, settings),
        key_territory,
    )
    if why is None:
        return None
    return f"licence {model.licence.id} of {model.id}: {why}"


@dataclass(frozen=True, slots=True)
class Duty:
    """A licence obligation the approver must acknowledge: its id (``acknowledge`` names it)
    and what it asks."""

    id: str
    text: str

    @property
    def condition(self) -> str:
        return f"{ACKNOWLEDGED} {self.id}: {self.text}"


def duties(model: Model | None) -> list[Duty]:
    """The licence duties Kanmon cannot carry out itself, in a fixed order."""
    if model is None:
        return []
    ob = model.licence.obligations
    out = []
    if ob.attribution:
        when = ""
        if ob.threshold_effect == "attribution" and (ob.mau_threshold or ob.revenue_threshold_usd):
            when = " once " + " or ".join(_thresholds(model))
        out.append(Duty("attribution", f"display {ob.attribution!r}{when}"))
    if ob.mau_threshold and ob.threshold_effect == "licence":
        out.append(
            Duty("mau_threshold", f"a separate licence above {ob.mau_threshold:,} monthly users")
        )
    if ob.revenue_threshold_usd and ob.threshold_effect == "licence":
        out.append(
            Duty(
                "revenue_threshold",
                f"a separate licence above US${ob.revenue_threshold_usd:,} revenue per "
                f"{ob.revenue_period}",
            )
        )
    if ob.acceptable_use_policy:
        out.append(
            Duty("acceptable_use_policy", f"the acceptable-use policy of {model.licence.id}")
        )
    if ob.derivative_terms:
        out.append(Duty("derivative_terms", ob.derivative_terms))
    return out


def _thresholds(model: Model) -> list[str]:
    ob = model.licence.obligations
    out = []
    if ob.mau_threshold:
        out.append(f"above {ob.mau_threshold:,} monthly users")
    if ob.revenue_threshold_usd:
        out.append(f"above US${ob.revenue_threshold_usd:,} revenue per {ob.revenue_period}")
    return out


def acknowledged(model: Model | None, acknowledge: Iterable[str]) -> tuple[str, ...]:
    """The ``acknowledged …`` conditions of an approval, or 400 naming each duty the approver
    left unacknowledged (an unknown id in ``acknowledge`` is refused as well)."""
    owed = duties(model)
    given = {a.strip() for a in acknowledge if a.strip()}
    unknown = sorted(given - {d.id for d in owed})
    if unknown:
        raise BadRequestError(
            f"acknowledge: {', '.join(unknown)} is not a duty of this licence"
            + (f" (its duties: {', '.join(d.id for d in owed)})" if owed else " (it has none)"),
            param="acknowledge",
            code="invalid_acknowledgement",
        )
    missing = [d for d in owed if d.id not in given]
    if missing:
        raise BadRequestError(
            "the licence asks for duties the approver must acknowledge (acknowledge: "
            + ", ".join(d.id for d in missing)
            + "): "
            + "; ".join(f"{d.id}: {d.text}" for d in missing),
            param="acknowledge",
            code="obligations_unacknowledged",
        )
    return tuple(d.condition for d in owed)


def threshold_conditions(model: Model | None, conditions: Sequence[str]) -> tuple[str, ...]:
    """The user-count condition the licence's ``mau_threshold`` adds (refusing when crossing it
    needs a separate licence, tracking when it only changes the attribution duty). An approver
    may set a lower ``max_monthly_users`` themselves, never a higher one."""
    if model is None or not model.licence.obligations.mau_threshold:
        return ()
    ob = model.licence.obligations
    threshold = ob.mau_threshold
    assert threshold is not None
    given = user_limit(conditions)
    refuse = ob.threshold_effect == "licence"
    if given is not None and given.refuse and given.users > threshold and refuse:
        raise BadRequestError(
            f"{MAX_USERS}: {given.users:,} is above the licence's threshold of {threshold:,} "
            f"monthly users ({model.licence.id}); at most {threshold:,}",
            param="conditions",
            code="invalid_condition",
        )
    if given is not None and (given.refuse or not refuse) and given.users <= threshold:
        return ()
    return (f"{MAX_USERS if refuse else TRACK_USERS}: {threshold}",)


def revenue_problem(
    model: Model | None, use_case: str, settings: GovernanceSettings
) -> tuple[str | None, str | None]:
    """(why the declared revenue forbids the approval, a warning that it is near), each None
    when it does not apply. Revenue is declared per month (``governance.use_cases``)."""
    if model is None:
        return None, None
    ob = model.licence.obligations
    uc = settings.use_cases.get(use_case)
    if not ob.revenue_threshold_usd or uc is None or uc.monthly_revenue_usd is None:
        return None, None
    per_period = uc.monthly_revenue_usd * (12 if ob.revenue_period == "year" else 1)
    share = per_period / ob.revenue_threshold_usd
    what = (
        f"use case {use_case!r} declares US${per_period:,.0f} revenue per {ob.revenue_period}, "
        f"{share:.0%} of the threshold of {model.licence.id} (US${ob.revenue_threshold_usd:,})"
    )
    if share > 1 and ob.threshold_effect == "licence":
        return f"{what}: a separate licence is needed", None
    if share > 1:
        return None, f"{what}: the attribution duty applies"
    if share >= settings.threshold_warn_share:
        return None, what
    return None, None


def rule_applies(
    rule: ApprovalRule,
    dep: Deployment,
    model: Model | None,
    use_case: str,
    classes: Iterable[str],
    ladder: Sequence[str],
) -> bool:
    if rule.use_cases_any is not None and use_case not in rule.use_cases_any:
        return False
    if rule.data_class_at_least is not None:
        floor = ladder.index(rule.data_class_at_least)
        if not any(c in ladder and ladder.index(c) >= floor for c in classes):
            return False
    return rule.deployment.matches(dep, model)


def rule_problem(
    settings: GovernanceSettings,
    dep: Deployment,
    model: Model | None,
    use_case: str,
    classes: Iterable[str],
    conditions: Sequence[str],
) -> tuple[str, str] | None:
    """(error code, why) for the first approval rule this approval breaks, or None: a rule
    without ``require_conditions`` refuses (``approval_rule``); one with them needs each of
    them among the conditions (``conditions_required``)."""
    classes = list(classes)
    for rule in settings.approval_rules:
        if not rule_applies(rule, dep, model, use_case, classes, settings.data_classes):
            continue
        why = f"approval rule {rule.id}" + (f" ({rule.message})" if rule.message else "")
        if not rule.require_conditions:
            return "approval_rule", f"{why} refuses approvals of {dep.id}"
        missing = [c for c in rule.require_conditions if not satisfies(conditions, c)]
        if missing:
            return "conditions_required", f"{why} requires the condition {', '.join(missing)}"
    return None


def check_rules(
    settings: GovernanceSettings,
    dep: Deployment,
    model: Model | None,
    use_case: str,
    classes: Iterable[str],
    conditions: Sequence[str],
) -> None:
    """Refuse an approval that an approval rule forbids (403) or conditions (400)."""
    found = rule_problem(settings, dep, model, use_case, classes, conditions)
    if found is None:
        return
    code, why = found
    if code == "approval_rule":
        raise PermissionDeniedError(f"cannot approve: {why}", code=code)
    raise BadRequestError(f"cannot approve: {why}", param="conditions", code=code)


def check_rule_classes(settings: GovernanceSettings) -> list[str]:
    """Problems with the approval rules' data classes (ConfigError at start)."""
    return [
        f"governance.approval_rules.{r.id}.data_class_at_least: unknown data class "
        f"{r.data_class_at_least!r} (known: {', '.join(settings.data_classes)})"
        for r in settings.approval_rules
        if r.data_class_at_least is not None and r.data_class_at_least not in settings.data_classes
    ]


def approval_terms(
    settings: GovernanceSettings,
    dep: Deployment,
    model: Model | None,
    use_case: str,
    classes: Sequence[str],
    conditions: Iterable[str],
    acknowledge: Iterable[str],
) -> tuple[tuple[str, ...], str | None]:
    """Everything the licence and the approval rules demand of a new approval: the conditions
    it carries (the approver's, the duties acknowledged, the licence's user threshold) and a
    warning (revenue near a threshold), or the error that refuses it."""
    where = licence_territory_problem(dep, model, use_case, settings)
    if where:
        raise PermissionDeniedError(f"cannot approve: {where}", code="licence_territory")
    lic = usage_problem(model, use_case, settings)
    if lic:
        raise PermissionDeniedError(f"cannot approve: {lic}", code="licence_forbids")
    over, near = revenue_problem(model, use_case, settings)
    if over:
        raise PermissionDeniedError(f"cannot approve: {over}", code="licence_threshold")
    checked = check_conditions(conditions)
    check_rules(settings, dep, model, use_case, classes, checked)
    terms = (*checked, *acknowledged(model, acknowledge), *threshold_conditions(model, checked))
    return terms, near


def standing_problem(
    settings: GovernanceSettings, dep: Deployment, model: Model | None, ap: Approval
) -> str | None:
    """Why the licence's territory or an approval rule no longer allows an approval (the
    settings or the catalog changed since it was granted)."""
    where = licence_territory_problem(dep, model, ap.use_case, settings)
    if where:
        return where
    found = rule_problem(settings, dep, model, ap.use_case, ap.data_classes, ap.conditions)
    return found[1] if found else None


def usage_problem(model: Model | None, use_case: str, settings: GovernanceSettings) -> str | None:
    """Non-commercial and research-only models never serve production use cases."""
    if model is None or use_case in settings.non_production_use_cases:
        return None
    ob = model.licence.obligations
    if ob.non_commercial or ob.research_only:
        kind = "research-only" if ob.research_only else "non-commercial"
        return (
            f"licence {model.licence.id} of {model.id} is {kind}; use case {use_case!r} is a "
            "production use case (governance.non_production_use_cases)"
        )
    return None
