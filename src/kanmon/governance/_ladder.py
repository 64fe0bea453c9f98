"""One ladder of data classes. When a policy file is loaded, its ``data_classes`` and
``default_data_class`` are the ladder governance uses too; ``governance.data_classes`` and
``governance.default_data_class`` in kanmon.yaml may repeat them but not contradict them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from kanmon.config import GovernanceSettings, KanmonConfig
from kanmon.errors import BadRequestError, ConfigError
from kanmon.policy import Policy, load_policy


def settings_for(
    config: KanmonConfig, config_path: Path | None, policy: Policy | None = None
) -> GovernanceSettings:
    """Governance settings with the data-class ladder of the policy file, if there is one
    (one source of truth; a contradicting ``governance.data_classes`` is a ConfigError)."""
    if config.policy.file is None:
        return config.governance
    if policy is None:
        policy = load_policy(config.resolve(config.policy.file))
    return with_policy_ladder(
        config.governance,
        policy.doc.data_classes,
        policy.doc.default_data_class,
        policy_source=policy.source,
        config_source=str(config_path or "kanmon.yaml"),
    )


def with_policy_ladder(
    settings: GovernanceSettings,
    ladder: Sequence[str],
    default: str,
    *,
    policy_source: str,
    config_source: str,
) -> GovernanceSettings:
    """``settings`` with the policy's ladder, or ConfigError naming both places if kanmon.yaml
    sets a different one."""
    given = settings.model_fields_set
    if "data_classes" in given and list(settings.data_classes) != list(ladder):
        raise ConfigError(
            f"data classes are defined twice and differ: governance.data_classes in "
            f"{config_source} is [{', '.join(settings.data_classes)}], data_classes in "
            f"{policy_source} is [{', '.join(ladder)}]; define the ladder once, in the policy "
            "file (governance uses it), or make both lists identical, lowest first"
        )
    if "default_data_class" in given and settings.default_data_class != default:
        raise ConfigError(
            f"the default data class is defined twice and differs: "
            f"governance.default_data_class in {config_source} is "
            f"{settings.default_data_class!r}, default_data_class in {policy_source} is "
            f"{default!r}; set it once, in the policy file"
        )
    return settings.model_copy(update={"data_classes": list(ladder), "default_data_class": default})


def known_classes(classes: Iterable[str], ladder: Sequence[str], *, where: str) -> list[str]:
    """``classes`` in ladder order, or BadRequestError naming the first unknown one."""
    values = list(classes)
    unknown = [c for c in values if c not in ladder]
    if unknown:
        raise BadRequestError(
            f"{where}: unknown data class {unknown[0]!r}; expected one of {', '.join(ladder)}",
            param=where,
            code="unknown_data_class",
        )
    return sorted(set(values), key=list(ladder).index)
